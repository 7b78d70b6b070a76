"""Network measures over a NetworkX view: who is central, who brokers, which groups form.

Works on any NetworkX graph (``views.py``'s organisation or full view, or one you build).
A directed or multi-graph is measured as its undirected simple graph; parallel edges add
their ``weight`` (1 when absent) and self-loops are dropped. Nodes and edges are taken in
sorted order, so every number here is the same from one run (and process) to the next.

The measures, per node:

- ``degree``: number of distinct neighbours; ``weighted_degree``: sum of edge weights
  (for the organisation view: the number of co-signings).
- ``betweenness``: normalised shortest-path betweenness, counting hops (weights are tie
  strengths, not distances, so they are not used as path lengths). The same numbers as
  ``nx.betweenness_centrality``, computed by igraph; exact up to ``WORK`` node × edge
  steps, estimated from seeded random sources beyond (see ``measure``).
- ``eigenvector``: eigenvector centrality (weighted) is only defined inside one connected
  component, so it is computed per component, unit-normalised there as networkx does, then
  multiplied by the component's share of all nodes: on a connected graph it is exactly
  ``nx.eigenvector_centrality``, and a node of the giant component outranks an equally
  placed node of a small group. Isolated nodes get 0. If power iteration does not converge
  the component's leading eigenvector is taken from numpy instead. A component of more
  than ``LARGE`` edges gets its leading eigenvector from igraph (ARPACK, in C) instead of
  the power iteration (same vector; agrees with it to ~1e-4 at 100,000 nodes).
- ``component``: connected component number; ``community``: Louvain community number
  (``nx.community.louvain_communities`` with a fixed seed; beyond ``LARGE`` edges, whose
  Louvain grows faster than the graph, igraph's Leiden for modularity, seeded, a fixed
  number of iterations: see ``communities``). Both are numbered from 0 by size, largest
  first (ties by the smallest node id).

So every measure's work stays bounded on huge views (the full view of a 100,000-record
store has 535,410 nodes); ``Summary`` and ``annotate`` say which estimate was used.

Also here: finding organisations by any of their labels, the shortest connection between
two organisations through the signings they took part in, and an organisation's partners.
Reads no RDF and writes no files.
"""
from __future__ import annotations

import csv
import difflib
import io
import json
import math
import re
import unicodedata
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass, fields
from typing import Any, Literal, overload

import networkx as nx

from .errors import UnknownOrganisation
from .tables import counted, format_rows
from .tables import width as width  # kept importable from here: network.width(line)
from .views import SEP  # how the views join several values (altLabel, …) into one attribute

SEED = 42  # Louvain's seed: fixed so communities are repeatable
DIGITS = 6  # measures are rounded so tables and exports diff quietly

Format = Literal["table", "csv", "json"]
FORMATS: tuple[Format, ...] = ("table", "csv", "json")


# --- the graph that is measured ---------------------------------------------------------

def simple(g: nx.Graph) -> nx.Graph:
    """``g`` as an undirected simple graph in sorted order; parallel edges add their weights."""
    h: nx.Graph[Hashable] = nx.Graph()
    h.add_nodes_from(sorted(g.nodes, key=str))
    weights: dict[tuple[Hashable, Hashable], float] = {}
    for u, v, data in g.edges(data=True):
        if u == v:
            continue  # a self-loop says nothing about who connects whom
        key = (u, v) if str(u) <= str(v) else (v, u)
        weights[key] = weights.get(key, 0.0) + _weight(data)
    for (u, v) in sorted(weights, key=lambda e: (str(e[0]), str(e[1]))):
        h.add_edge(u, v, weight=weights[(u, v)])
    return h


def _weight(data: dict[str, Any]) -> float:
    value = data.get("weight", 1)
    if isinstance(value, bool) or not isinstance(value, int | float) or math.isnan(value):
        return 1.0
    return float(value)


# --- the measures -----------------------------------------------------------------------

def components(g: nx.Graph) -> list[list[Hashable]]:
    """Connected components, largest first; each a sorted list of nodes."""
    return _numbered(nx.connected_components(simple(g)))


LARGE = 100_000  # edges beyond which communities and a component's eigenvector use igraph
LEIDEN_ITERATIONS = 2  # Leiden's passes beyond LARGE: bounded work, modularity above Louvain's


def communities(g: nx.Graph, *, seed: int = SEED, large: int | None = None
                ) -> list[list[Hashable]]:
    """Louvain communities (weighted, seeded), largest first; each a sorted list of nodes.

    networkx's Louvain takes time growing faster than the graph (full views of 5k, 10k and
    20k generated records: 65k, 131k, 263k edges in 6, 23 and 113 s); on a graph of more
    than ``large`` edges the groups come from igraph's Leiden instead (modularity, weighted,
    seeded, ``LEIDEN_ITERATIONS`` passes: 0.6 s on those 263k edges, modularity .739
    against Louvain's .735). The same groups every run either way.
    """
    return _communities(simple(g), seed, large)


def _communities(h: nx.Graph, seed: int, large: int | None = None
                 ) -> list[list[Hashable]]:
    large = LARGE if large is None else large  # read now: tests set a small bound
    if h.number_of_edges() == 0:
        # Louvain divides by the total weight; with no edges every node is its own group
        return _numbered({n} for n in h.nodes)
    if h.number_of_edges() > large:
        return _numbered(_leiden(h, seed))
    return _numbered(nx.community.louvain_communities(h, weight="weight", seed=seed))


def _igraph(h: nx.Graph) -> tuple[list[Hashable], Any]:
    """``h``'s nodes in order and an igraph graph of it (same order, ``weight`` on edges)."""
    import igraph

    nodes = list(h.nodes)
    index = {node: i for i, node in enumerate(nodes)}
    graph = igraph.Graph(n=len(nodes), edges=[(index[a], index[b]) for a, b in h.edges()])
    graph.es["weight"] = [data["weight"] for _, _, data in h.edges(data=True)]
    return nodes, graph


def _leiden(h: nx.Graph, seed: int) -> list[set[Hashable]]:
    import random

    import igraph

    nodes, graph = _igraph(h)
    igraph.set_random_number_generator(random.Random(seed))
    try:
        found = graph.community_leiden(objective_function="modularity", weights="weight",
                                       n_iterations=LEIDEN_ITERATIONS)
    finally:
        igraph.set_random_number_generator(random)  # igraph's default generator
    groups: list[set[Hashable]] = [set() for _ in range(len(found))]
    for node, group in zip(nodes, found.membership, strict=True):
        groups[group].add(node)
    return groups


def _numbered(groups: Iterable[set[Hashable]]) -> list[list[Hashable]]:
    ordered = [sorted(group, key=str) for group in groups]
    ordered.sort(key=lambda group: (-len(group), str(group[0])))
    return ordered


def eigenvector(g: nx.Graph, *, large: int | None = None) -> dict[Hashable, float]:
    """Eigenvector centrality per component, scaled by component share (see module doc)."""
    return _eigenvector(simple(g), large)


def _eigenvector(h: nx.Graph, large: int | None = None) -> dict[Hashable, float]:
    large = LARGE if large is None else large  # read now: tests set a small bound
    n = h.number_of_nodes()
    result: dict[Hashable, float] = {}
    for group in _numbered(nx.connected_components(h)):
        if len(group) == 1:
            result[group[0]] = 0.0  # no neighbours, no centrality
            continue
        sub = h.subgraph(group)
        try:
            # the power iteration may take 11,000 steps over every edge: not on a huge one
            values = _arpack(sub) if sub.number_of_edges() > large else _power_iteration(sub)
        except nx.PowerIterationFailedConvergence:
            # a dense solve costs n² memory and n³ time (3.6 GB, 250 s for an areas view
            # of 15k nodes); a large component gets a longer iteration's last vector
            values = (_leading_eigenvector(sub) if len(group) <= DENSE_EIGEN_UP_TO else
                      _power_iteration(sub, max_iter=LONG_ITERATION, settle=True))
        share = len(group) / n
        for node, value in values.items():
            result[node] = value * share
    return result


DENSE_EIGEN_UP_TO = 2000   # nodes of a component whose eigenvector may be solved densely
LONG_ITERATION = 10_000    # else: iterations of the power method, the last vector kept


def _power_iteration(h: nx.Graph, max_iter: int = 1000, tol: float = 1.0e-6, *,
                     settle: bool = False) -> dict[Hashable, float]:
    """``nx.eigenvector_centrality``'s iteration (x <- (A + I) x, unit norm, same stopping
    rule) with numpy doing the sums, so a component of 50,000 nodes takes a moment.
    ``settle``: after ``max_iter`` steps return the vector reached instead of failing."""
    import numpy as np

    nodes = list(h.nodes)
    index = {node: i for i, node in enumerate(nodes)}
    u = np.fromiter((index[a] for a, _ in h.edges()), dtype=np.intp, count=h.number_of_edges())
    v = np.fromiter((index[b] for _, b in h.edges()), dtype=np.intp, count=h.number_of_edges())
    w = np.fromiter((d["weight"] for _, _, d in h.edges(data=True)), dtype=float,
                    count=h.number_of_edges())
    n = len(nodes)
    x = np.full(n, 1.0 / n)
    for _ in range(max_iter):
        last = x
        x = last + np.bincount(v, w * last[u], n) + np.bincount(u, w * last[v], n)
        x = x / (np.linalg.norm(x) or 1.0)
        if float(np.abs(x - last).sum()) < n * tol:
            return {node: float(value) for node, value in zip(nodes, x, strict=True)}
    if settle:
        return {node: float(value) for node, value in zip(nodes, x, strict=True)}
    raise nx.PowerIterationFailedConvergence(max_iter)


def _arpack(h: nx.Graph) -> dict[Hashable, float]:
    """The leading eigenvector of one large component by igraph (ARPACK), unit norm."""
    nodes, graph = _igraph(h)
    values = graph.eigenvector_centrality(scale=True, weights="weight")  # largest is 1
    norm = math.sqrt(sum(value * value for value in values)) or 1.0
    return {node: abs(value) / norm for node, value in zip(nodes, values, strict=True)}


def _leading_eigenvector(h: nx.Graph) -> dict[Hashable, float]:
    import numpy as np  # only when power iteration fails: a dense solve of one component

    nodes = list(h.nodes)
    matrix = nx.to_numpy_array(h, nodelist=nodes, weight="weight")
    _, vectors = np.linalg.eigh(matrix)
    leading = np.abs(vectors[:, -1])  # Perron vector: one sign, largest eigenvalue last
    leading = leading / np.linalg.norm(leading)
    return {node: float(value) for node, value in zip(nodes, leading, strict=True)}


WORK = 10**8  # node × edge steps of exact betweenness: seconds with igraph


def betweenness(g: nx.Graph, *, seed: int = SEED, sample: int | None = None
                ) -> dict[Hashable, float]:
    """Normalised betweenness, counting hops (see ``measure`` for exact vs estimated)."""
    return _betweenness(simple(g), seed, sample)


def sources(n: int, m: int, sample: int | None = None) -> int | None:
    """How many source nodes betweenness is estimated from; None when it is exact."""
    k = sample if sample is not None else (None if n * m <= WORK else max(100, WORK // m))
    return None if k is None or k >= n else k


def _betweenness(h: nx.Graph, seed: int, sample: int | None) -> dict[Hashable, float]:
    n, m = h.number_of_nodes(), h.number_of_edges()
    if n < 3 or m == 0:
        return {node: 0.0 for node in h.nodes}
    k = sources(n, m, sample)
    try:
        nodes, graph = _igraph(h)
    except ImportError:  # same numbers, only slower
        return nx.betweenness_centrality(h, k=k, normalized=True, seed=seed)
    if k is None:
        raw = graph.betweenness(directed=False)
        scale = 1.0
    else:  # k seeded random sources stand for all n (networkx's estimator)
        import random

        picked = random.Random(seed).sample(range(n), k)
        raw = graph.betweenness(directed=False, sources=picked, targets=None)
        scale = n / k
    pairs = (n - 1) * (n - 2) / 2
    return {node: value * scale / pairs for node, value in zip(nodes, raw, strict=True)}


@dataclass(frozen=True)
class NodeMeasures:
    """One row of the centrality table."""

    id: str
    label: str
    type: str
    degree: int
    weighted_degree: float
    betweenness: float
    eigenvector: float
    community: int
    component: int


MEASURES = ("degree", "weighted_degree", "betweenness", "eigenvector", "community",
            "component")
COLUMNS = tuple(f.name for f in fields(NodeMeasures))
SORT_KEYS = ("degree", "weighted_degree", "betweenness", "eigenvector", "label")


def measure(g: nx.Graph, *, seed: int = SEED, sample: int | None = None,
            large: int | None = None) -> Table:
    """Every node's measures, sorted by degree (then weighted degree, betweenness, label).

    Betweenness is exact while nodes × edges stays under ``WORK`` (igraph computes it in a
    few seconds); past that it is estimated from enough seeded random source nodes to do
    the same work (``sample`` sets their number yourself), so exports of a large corpus
    do not run for hours. Past ``large`` edges communities come from Leiden and a large
    component's eigenvector from ARPACK (see ``communities``, ``bounded``).
    """
    return _measure(g, simple(g), seed, sample, large)


def _measure(g: nx.Graph, h: nx.Graph, seed: int, sample: int | None,
             large: int | None) -> Table:
    between = _betweenness(h, seed, sample)
    eigen = _eigenvector(h, large)
    component = _index(_numbered(nx.connected_components(h)))
    community = _index(_communities(h, seed, large))
    rows = []
    for node in h.nodes:
        data = g.nodes[node]
        rows.append(NodeMeasures(
            id=str(node),
            label=str(data.get("label", node)),
            type=str(data.get("type", "")),
            degree=int(h.degree(node)),
            weighted_degree=_round(h.degree(node, weight="weight")),
            betweenness=_round(between[node]),
            eigenvector=_round(eigen[node]),
            community=community[node],
            component=component[node],
        ))
    return Table(rows).sorted("degree")


def _index(groups: list[list[Hashable]]) -> dict[Hashable, int]:
    return {node: number for number, group in enumerate(groups) for node in group}


def _round(value: float) -> float:
    # + 0.0 turns -0.0 into 0.0
    return round(float(value), DIGITS) + 0.0


def annotate(g: nx.Graph, *, seed: int = SEED, large: int | None = None) -> tuple[str, ...]:
    """Write every measure onto ``g``'s nodes as a plain int or float attribute; return
    what was estimated (``estimates``; empty when every measure is exact).

    Exports call this so Gephi can size and colour by ``degree``, ``betweenness``,
    ``community``, … without computing them again.
    """
    h = simple(g)
    for row in _measure(g, h, seed, None, large):
        node = _node_by_str(g, row.id)
        attrs = g.nodes[node]
        for name in MEASURES:
            attrs[name] = getattr(row, name)
    return estimates(h, large=large)


def bounded(h: nx.Graph, *, large: int | None = None) -> tuple[str, ...]:
    """What ``large`` made igraph compute in the simple graph ``h`` (see ``communities``
    and ``eigenvector``), one phrase each; empty when ``h`` has no more than ``large``
    edges (``LARGE`` when None)."""
    large = LARGE if large is None else large
    if h.number_of_edges() <= large:
        return ()
    over = sum(1 for part in nx.connected_components(h)
               if sum(degree for _, degree in h.degree(part)) // 2 > large)
    said: tuple[str, ...] = (
        f"communities by Leiden (igraph, {LEIDEN_ITERATIONS} iterations) beyond {large:,} edges",)
    if over:
        said += (f"eigenvector by ARPACK (igraph) in {counted(over, 'component')} "
                 f"beyond {large:,} edges",)
    return said


def estimates(h: nx.Graph, *, sample: int | None = None, large: int | None = None
              ) -> tuple[str, ...]:
    """Every measure of ``h`` (a simple graph) not computed exactly, one phrase each."""
    k = sources(h.number_of_nodes(), h.number_of_edges(), sample)
    between = (f"betweenness estimated from {k} sources",) if k else ()
    return between + bounded(h, large=large)


def _node_by_str(g: nx.Graph, key: str) -> Hashable:
    return key if key in g else next(n for n in g.nodes if str(n) == key)


# --- a graph with its measures -----------------------------------------------------------

@dataclass(frozen=True)
class Summary:
    nodes: int
    edges: int            # of the undirected simple graph that is measured
    density: float
    components: int
    largest_component: int
    communities: int
    modularity: float     # of the communities' partition (0 when there are no edges)
    betweenness_sources: int | None = None  # None: exact; else estimated from this many
    bounded: tuple[str, ...] = ()  # past ``LARGE`` edges: what igraph computed instead

    def __str__(self) -> str:
        estimate = (f"; betweenness estimated from {self.betweenness_sources} sources"
                    if self.betweenness_sources else "")
        estimate += "".join(f"; {said}" for said in self.bounded)
        return (f"{counted(self.nodes, 'node')}, {counted(self.edges, 'edge')}, "
                f"density {_cell(self.density)}, "
                f"{counted(self.components, 'component')} (largest {self.largest_component}), "
                f"{counted(self.communities, 'community')} "
                f"(modularity {_cell(self.modularity)})"
                f"{estimate}")


class Network:
    """A NetworkX graph and its measures, computed once on first use.

    ``components()`` and ``communities()`` give node ids, largest group first; the
    ``centrality()`` table carries labels and the group numbers.
    """

    def __init__(self, graph: nx.Graph, *, seed: int = SEED, large: int | None = None) -> None:
        self.graph = graph
        self.seed = seed
        self.large = large  # edges past which igraph's Leiden and ARPACK are used
        self._simple: nx.Graph | None = None
        self._table: Table | None = None
        self._communities: list[list[Hashable]] | None = None

    @property
    def simple(self) -> nx.Graph:
        if self._simple is None:
            self._simple = simple(self.graph)
        return self._simple

    def centrality(self, *, sort: str = "degree", top: int | None = None) -> Table:
        """Every node's measures, highest ``sort`` first (see ``Table.sorted``)."""
        if self._table is None:
            self._table = _measure(self.graph, self.simple, self.seed, None, self.large)
        return self._table.sorted(sort).top(top)

    def components(self) -> list[list[Hashable]]:
        return _numbered(nx.connected_components(self.simple))

    def communities(self) -> list[list[Hashable]]:
        if self._communities is None:
            self._communities = _communities(self.simple, self.seed, self.large)
        return self._communities

    def summary(self) -> Summary:
        h = self.simple
        groups = self.communities()
        parts = self.components()
        modularity = (nx.community.modularity(h, [set(c) for c in groups], weight="weight")
                      if h.number_of_edges() else 0.0)
        return Summary(h.number_of_nodes(), h.number_of_edges(), _round(nx.density(h)),
                       len(parts), len(parts[0]) if parts else 0, len(groups),
                       _round(modularity), sources(len(h), h.number_of_edges()),
                       bounded(h, large=self.large))


# --- the table --------------------------------------------------------------------------

class Table(Sequence[NodeMeasures]):
    """Rows of measures: sort, cut, and print as an aligned table, CSV or JSON.

    In a notebook it shows as an HTML table; ``pandas.DataFrame(list(table))`` works too.
    """

    def __init__(self, rows: Iterable[NodeMeasures]) -> None:
        self._rows = list(rows)

    @overload
    def __getitem__(self, index: int) -> NodeMeasures: ...
    @overload
    def __getitem__(self, index: slice) -> Table: ...
    def __getitem__(self, index: int | slice) -> NodeMeasures | Table:
        if isinstance(index, slice):
            return Table(self._rows[index])
        return self._rows[index]

    def __len__(self) -> int:
        return len(self._rows)

    def __iter__(self) -> Iterator[NodeMeasures]:
        return iter(self._rows)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Table) and self._rows == other._rows

    __hash__ = None  # type: ignore[assignment]

    def sorted(self, by: str = "degree") -> Table:
        """Highest first by ``by`` (a measure), ties broken by the other measures then label;
        ``by="label"`` sorts alphabetically."""
        if by == "label":
            return Table(sorted(self._rows, key=lambda r: (r.label, r.id)))
        if by not in SORT_KEYS:
            raise ValueError(f"cannot sort by {by!r}; choose one of {', '.join(SORT_KEYS)}")
        order = [by] + [key for key in SORT_KEYS[:-1] if key != by]
        return Table(sorted(self._rows, key=lambda r: (
            tuple(-getattr(r, key) for key in order), r.label, r.id)))

    def top(self, n: int | None) -> Table:
        return self if n is None else Table(self._rows[:n])

    def records(self) -> list[dict[str, Any]]:
        return [asdict(row) for row in self._rows]

    def to_csv(self) -> str:
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(self.records())
        return buffer.getvalue()

    def to_json(self) -> str:
        return json.dumps(self.records(), ensure_ascii=False, indent=2) + "\n"

    def to_text(self) -> str:
        """An aligned plain-text table (Hangul counted as two columns wide); no ids."""
        # the organisation view is all organisations: a type column would say nothing
        typed = any(r.type not in ("", ORGANISATION) for r in self)
        shown = [c for c in COLUMNS if c != "id" and (c != "type" or typed)]
        cells = [[_cell(getattr(row, c)) for c in shown] for row in self._rows]
        return format_rows(shown, cells, left={"label", "type"})

    def format(self, fmt: Format = "table") -> str:
        if fmt == "table":
            return self.to_text() + "\n"
        if fmt == "csv":
            return self.to_csv()
        if fmt == "json":
            return self.to_json()
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")

    def __str__(self) -> str:
        return self.to_text()

    def __repr__(self) -> str:
        return f"<Table: {len(self)} rows>\n{self.to_text()}"

    def _repr_html_(self) -> str:
        import html

        head = "".join(f"<th>{c}</th>" for c in COLUMNS if c != "id")
        body = "".join(
            "<tr>" + "".join(f"<td>{html.escape(_cell(getattr(row, c)))}</td>"
                             for c in COLUMNS if c != "id") + "</tr>"
            for row in self._rows)
        return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _cell(value: object) -> str:
    if isinstance(value, float):
        return f"{value:.4f}" if value % 1 else f"{value:.0f}"
    return str(value)


# --- finding organisations by name -------------------------------------------------------

ORGANISATION = "Organization"
AGREEMENT = "Agreement"
SIGNING = "Signing"
OCCASIONS = (SIGNING, AGREEMENT)  # what organisations are connected through
ARTICLE = "NewsArticle"
_COMPANY = re.compile(r"\(주\)|주식회사")
_SPACE = re.compile(r"\s+")


def normalise(name: str) -> str:
    """The form names are compared in: NFKC, no spaces, no ㈜/(주)/주식회사, case-folded."""
    text = unicodedata.normalize("NFKC", name)  # ㈜ and （주） become (주)
    return _SPACE.sub("", _COMPANY.sub("", text)).casefold()


class Organisations:
    """Organisations by any of their labels: the canonical label first, then the others.

    ``rule``: a second, looser comparison tried when no label matches (the API passes
    ``resolve.name_key``, so 가온대 finds 가온대학교 and 대전시 finds 대전광역시 the way
    extraction merges them).
    """

    def __init__(self, labels: Mapping[Hashable, Sequence[str]], *,
                 rule: Callable[[str], str] | None = None) -> None:
        self._labels = {node: tuple(names) for node, names in labels.items() if names}
        self._rule = rule
        self._by_key: dict[str, set[Hashable]] = {}
        self._by_rule: dict[str, set[Hashable]] = {}
        self._by_canonical: dict[str, set[Hashable]] = {}
        for node, names in self._labels.items():
            self._by_canonical.setdefault(normalise(names[0]), set()).add(node)
            for name in names:
                self._by_key.setdefault(normalise(name), set()).add(node)
                if rule is not None:
                    self._by_rule.setdefault(rule(name), set()).add(node)

    @classmethod
    def from_graph(cls, g: nx.Graph) -> Organisations:
        """Index the ``Organization`` nodes of a view by ``label`` and ``altLabel``."""
        labels: dict[Hashable, list[str]] = {}
        for node, data in g.nodes(data=True):
            if data.get("type") != ORGANISATION:
                continue
            names = [str(data.get("label", node))]
            names += [a for a in _split(data.get("altLabel")) if a not in names]
            labels[node] = names
        return cls(labels)

    def __contains__(self, node: object) -> bool:
        return node in self._labels

    def __len__(self) -> int:
        return len(self._labels)

    def label(self, node: Hashable) -> str:
        return self._labels[node][0] if node in self._labels else str(node)

    def labels(self, node: Hashable) -> tuple[str, ...]:
        return self._labels.get(node, ())

    def find(self, name: str) -> Hashable:
        """The organisation called ``name`` (any label, spacing and ㈜ ignored).

        A canonical label wins over another organisation's alternative label (한국과학기술원
        is the institute, not the unit that was also called so). Raises
        ``UnknownOrganisation`` naming close labels when none or several match.
        """
        key = normalise(name)
        matches = self._by_canonical.get(key) or self._by_key.get(key, set())
        if not matches and self._rule is not None:
            matches = self._by_rule.get(self._rule(name), set())
        if len(matches) == 1:
            return next(iter(matches))
        if matches:
            names = tuple(sorted(self.label(n) for n in matches))
            raise UnknownOrganisation(
                f"{name!r} names {len(names)} organisations: {', '.join(names)}", names)
        suggestions = self.suggest(name)
        hint = f" (did you mean: {', '.join(suggestions)}?)" if suggestions else ""
        raise UnknownOrganisation(f"no organisation called {name!r}{hint}", suggestions)

    def suggest(self, name: str, n: int = 5) -> tuple[str, ...]:
        """Canonical labels of organisations whose labels contain or resemble ``name``."""
        key = normalise(name)
        if not key:
            return ()
        keys = sorted(self._by_key)
        close = [k for k in keys if key in k or k in key]
        close += [k for k in difflib.get_close_matches(key, keys, n=n, cutoff=0.5)
                  if k not in close]
        found: list[str] = []
        for k in close:
            for node in sorted(self._by_key[k], key=str):
                label = self.label(node)
                if label not in found:
                    found.append(label)
        return tuple(found[:n])


def _split(value: object) -> list[str]:
    """Several values as views store them: a list, or one string joined by views.SEP."""
    if value is None:
        return []
    if isinstance(value, str):
        return [part.strip() for part in value.split(SEP) if part.strip()]
    if isinstance(value, Iterable):
        return [str(part) for part in value]
    return [str(value)]


# --- how organisations are connected through signings -------------------------------------

def signings(g: nx.Graph) -> nx.Graph:
    """The organisation–signing graph inside ``g`` (``views.parties``, or the full view), in
    sorted order.

    Only ``Organization`` nodes and signings are kept: ``Signing`` nodes, and ``Agreement``
    nodes that report no signing (a graph without the signing layer: each report stands for
    its own signing), with the edges between the two kinds. Each signing node gets
    ``articles``: the ids of the articles that report it (its ``articles`` attribute, else
    the ``identifier`` of its ``NewsArticle`` neighbours).
    """
    kinds = {n: d.get("type") for n, d in g.nodes(data=True)}
    for node, kind in kinds.items():
        if kind == AGREEMENT and _reports_a_signing(g, node):
            kinds[node] = None  # its signing stands for it
    h: nx.Graph[Hashable] = nx.Graph()
    for node in sorted(g.nodes, key=str):
        kind = kinds[node]
        if kind == ORGANISATION:
            h.add_node(node, **g.nodes[node])
        elif kind in OCCASIONS:
            h.add_node(node, **g.nodes[node])
            h.nodes[node]["articles"] = _articles(g, node)
    pairs = set()
    for u, v in g.edges():
        if kinds[u] == ORGANISATION and kinds[v] in OCCASIONS:
            pairs.add((u, v))
        elif kinds[v] == ORGANISATION and kinds[u] in OCCASIONS:
            pairs.add((v, u))
    h.add_edges_from(sorted(pairs, key=lambda e: (str(e[0]), str(e[1]))))
    return h


def _reports_a_signing(g: nx.Graph, node: Hashable) -> bool:
    if isinstance(g, nx.MultiDiGraph):
        return any(key == "reportOf" for _, _, key in g.out_edges(node, keys=True))
    return False


def _articles(g: nx.Graph, occasion: Hashable) -> tuple[str, ...]:
    given = _split(g.nodes[occasion].get("articles"))
    if given:
        return tuple(sorted(given))
    neighbours = set(g.successors(occasion)) | set(g.predecessors(occasion)) \
        if isinstance(g, nx.DiGraph) else set(g.neighbors(occasion))
    found = []
    for n in neighbours:
        d = g.nodes[n]
        if d.get("type") == ARTICLE:
            found.append(str(d.get("identifier") or d.get("label") or n))
    return tuple(sorted(found))


@dataclass(frozen=True)
class SigningRef:
    id: str
    label: str
    articles: tuple[str, ...]

    def __str__(self) -> str:
        source = f" [{', '.join(self.articles)}]" if self.articles else ""
        return f"{self.label}{source}"


@dataclass(frozen=True)
class Hop:
    """Two organisations that signed together, and every signing they both took part in."""

    source: str
    target: str
    signings: tuple[SigningRef, ...]


@dataclass(frozen=True, repr=False)
class Connection:
    """The shortest way from one organisation to another through shared signings."""

    source: str
    target: str
    hops: tuple[Hop, ...]

    def __len__(self) -> int:
        return len(self.hops)

    def organisations(self) -> list[str]:
        return [self.source] + [hop.target for hop in self.hops]

    def __str__(self) -> str:
        if not self.hops:
            return self.source
        lines = [self.source]
        for hop in self.hops:
            for signing in hop.signings:
                lines.append(f"  — {signing}")
            lines.append(hop.target)
        return "\n".join(lines)

    def __repr__(self) -> str:  # a notebook shows the chain, not nested records
        steps = "1 signing" if len(self) == 1 else f"{len(self)} signings"
        return f"<Connection: {steps} apart>\n{self}"

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, indent=2) + "\n"


def shortest_path(g: nx.Graph, source: str, target: str, *,
                  names: Organisations | None = None) -> Connection | None:
    """How ``source`` reaches ``target`` (both found by any label) through signings.

    ``g`` holds ``Organization`` and ``Signing`` nodes (``views.parties`` and the full view
    do); ``names`` resolves labels (default: the nodes' ``label``/``alt_labels``). One
    shortest path is returned (the same one every run); each hop names every signing its two
    organisations both took part in, the path's own first. None when not connected.
    """
    bip = signings(g)
    names = names or Organisations.from_graph(bip)
    a, b = names.find(source), names.find(target)
    if a not in bip or b not in bip:
        return None
    try:
        nodes = nx.shortest_path(bip, a, b)
    except nx.NetworkXNoPath:
        return None
    hops = []
    for i in range(0, len(nodes) - 1, 2):
        u, via, v = nodes[i], nodes[i + 1], nodes[i + 2]
        shared = sorted(set(bip[u]) & set(bip[v]), key=lambda n: (n != via, str(n)))
        hops.append(Hop(names.label(u), names.label(v),
                        tuple(_signing(bip, n) for n in shared)))
    return Connection(names.label(a), names.label(b), tuple(hops))


def _signing(bip: nx.Graph, node: Hashable) -> SigningRef:
    data = bip.nodes[node]
    return SigningRef(str(node), str(data.get("label", node)), tuple(data["articles"]))


@dataclass(frozen=True)
class Partner:
    """An organisation within reach: ``distance`` 1 signed with the ego directly."""

    id: str
    label: str
    distance: int
    signings: int     # signings together with the ego (0 beyond distance 1)
    via: str          # the ego's direct partner on a shortest way there ("" at distance 1)


@dataclass(repr=False)
class Ego:
    """An organisation's partners up to ``depth`` signings away, and that sub-network."""

    organisation: str
    depth: int
    partners: list[Partner]
    graph: nx.Graph   # organisation–signing subgraph: the ego, partners, their signings

    def to_text(self) -> str:
        header = ["partner", "distance", "signings", "via"]
        rows = [[p.label, str(p.distance), str(p.signings), p.via] for p in self.partners]
        return format_rows(header, rows, left={"partner", "via"})

    def __str__(self) -> str:
        return self.to_text()

    def __repr__(self) -> str:
        return (f"<Ego: {self.organisation}, {counted(len(self.partners), 'partner')} within "
                f"{self.depth}>\n{self.to_text()}")

    def to_json(self) -> str:
        data = {"organisation": self.organisation, "depth": self.depth,
                "partners": [asdict(p) for p in self.partners]}
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def partners(g: nx.Graph, organisation: str, depth: int = 2, *,
             names: Organisations | None = None) -> Ego:
    """``organisation``'s ego network: who signed with it (distance 1), with those (2), …

    Partners are sorted by distance, then signings shared with the ego, then label.
    """
    if depth < 1:
        raise ValueError("depth must be at least 1")
    bip = signings(g)
    names = names or Organisations.from_graph(bip)
    ego = names.find(organisation)
    if ego not in bip:
        return Ego(names.label(ego), depth, [], nx.Graph())
    # org to org is two steps in the bipartite graph: org - signing - org
    paths = nx.single_source_shortest_path(bip, ego, cutoff=2 * depth)
    found = []
    for node, path in paths.items():
        if node == ego or bip.nodes[node].get("type") != ORGANISATION:
            continue
        shared = len(set(bip[ego]) & set(bip[node]))
        distance = (len(path) - 1) // 2
        via = names.label(path[2]) if distance > 1 else ""  # a direct partner: no one between
        found.append(Partner(str(node), names.label(node), distance, shared, via))
    found.sort(key=lambda p: (p.distance, -p.signings, p.label, p.id))
    sub = bip.subgraph(paths).copy()
    return Ego(names.label(ego), depth, found, sub)
