"""The Python API: a knowledge graph you can ask things in a notebook.

    >>> import mougraph
    >>> kg = mougraph.load("output")            # an output folder written by `mougraph extract`
    >>> kg.organisations()[:3]                  # records with every label
    >>> kg.network().centrality(top=5)          # degree, betweenness, eigenvector, communities
    >>> kg.path("대전시", "KAIST")              # how two organisations are connected
    >>> kg.partners("대전시", depth=2)           # an organisation's ego network
    >>> kg.view("organisations")                # a NetworkX graph (also "full", "areas")
    >>> kg.graph                                # the merged rdflib Graph
    >>> kg.query("SELECT ?o WHERE { ?o a org:Organization }")   # SPARQL, prefixes bound

``mougraph.extract_text(text, id=..., published=...)`` gives the same object for one
article held in memory (nothing is written).
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Hashable
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

import networkx as nx
from rdflib import Dataset, Graph
from rdflib.namespace import RDFS, SKOS
from rdflib.query import Result

from . import graph as views
from . import network
from .errors import QueryError
from .model import Article, Extraction
from .network import Connection, Ego, Network, Organisations
from .rdf import PREFIXES, bind_prefixes, to_dataset
from .resolve import name_key
from .store import Store
from .tables import counted


@dataclass(frozen=True)
class OrganisationRecord:
    """An organisation as the graph knows it."""

    id: str                      # node id in every view (``org:대전광역시``)
    iri: str
    label: str                   # canonical name
    alt_labels: tuple[str, ...]  # every other form seen
    kind: str | None             # mou:orgKind's local name (``LocalGovernment``, …)
    agreements: int              # agreements it signed

    def labels(self) -> tuple[str, ...]:
        return (self.label, *self.alt_labels)


class KnowledgeGraph:
    """One mougraph graph: RDF underneath, NetworkX views and network measures on top.

    Loaded from an output folder, the store is opened only while it is read (``query``
    each time, ``dataset`` once), so other mougraph commands can use the folder
    meanwhile. Views are built on first use and cached; ``view()`` hands out copies, so
    changing one never changes what the other methods see.
    """

    def __init__(self, dataset: Dataset | None = None, *, out: Path | None = None,
                 extractions: tuple[Extraction, ...] = ()) -> None:
        if dataset is None and out is None:
            raise ValueError("a KnowledgeGraph needs a dataset or an output folder")
        self.out = out
        self.extractions = extractions  # set by extract_text: the records behind the graph
        self._dataset = dataset
        self._graph: Graph | None = None
        self._views: dict[str, nx.Graph] = {}
        self._names: Organisations | None = None

    # --- RDF ---------------------------------------------------------------------------

    def dataset(self) -> Dataset:
        """The rdflib Dataset: one named graph per article (read once from the store)."""
        if self._dataset is None:
            assert self.out is not None
            with Store.open(self.out) as store:
                self._dataset = store.dataset()
        return self._dataset

    @property
    def graph(self) -> Graph:
        """Every article's triples merged into one rdflib Graph."""
        if self._graph is None:
            merged = bind_prefixes(Graph())
            for s, p, o, _ in self.dataset().quads((None, None, None, None)):
                merged.add((s, p, o))
            self._graph = merged
        return self._graph

    def query(self, sparql: str) -> Result:
        """Run SPARQL over the union of all articles; the project's prefixes are bound.

        From an output folder the store answers (fast, nothing loaded into memory).
        """
        if self.out is not None:
            with Store.open(self.out) as store:
                return store.query(sparql)
        try:
            return self.graph.query(sparql, initNs=PREFIXES)
        except Exception as exc:  # rdflib raises pyparsing's and its own errors
            raise QueryError(f"bad SPARQL: {' '.join(str(exc).split())}") from exc

    # --- NetworkX ------------------------------------------------------------------------

    def view(self, name: str = "organisations") -> nx.Graph:
        """A NetworkX view: ``organisations`` (weighted co-signing), ``full``, ``areas``."""
        return self._view(name).copy()

    def _view(self, name: str) -> nx.Graph:
        if name not in self._views:
            self._views[name] = views.view(self.dataset(), name)
        return self._views[name]

    def network(self, view: str = "organisations", *, seed: int = network.SEED) -> Network:
        """Measures over a view: ``.centrality()``, ``.communities()``, ``.summary()``."""
        return Network(self.view(view), seed=seed)

    def annotated(self, view: str = "organisations") -> nx.Graph:
        """A view with every measure written on its nodes (as the exports carry them)."""
        g = self.view(view)
        network.annotate(g)
        return g

    # --- organisations -----------------------------------------------------------------

    def organisations(self) -> list[OrganisationRecord]:
        """Every organisation, most agreements first, then by label."""
        full = self._view("full")
        assert isinstance(full, nx.MultiDiGraph)  # the full view keys each edge by relation
        records = []
        for node, data in full.nodes(data=True):
            if data.get("type") != network.ORGANISATION:
                continue
            signed = {v for _, v, key in full.out_edges(node, keys=True) if key == "signs"}
            kind = data.get("orgKind")
            records.append(OrganisationRecord(
                id=str(node), iri=str(data.get("iri", "")), label=self.names.label(node),
                alt_labels=self.names.labels(node)[1:],
                kind=str(kind) if kind else None, agreements=len(signed)))
        records.sort(key=lambda r: (-r.agreements, r.label, r.id))
        return records

    @property
    def names(self) -> Organisations:
        """Organisations by any of their labels: ``kg.names.find("대전시")`` -> node id.

        Every ``rdfs:label`` and ``skos:altLabel`` counts (articles may name one IRI
        differently); the view's ``label`` comes first, the others in sorted order.
        """
        if self._names is None:
            full = self._view("full")
            nodes = {str(d.get("iri")): n for n, d in full.nodes(data=True)
                     if d.get("type") == network.ORGANISATION}
            others: dict[str, set[str]] = {node: set() for node in nodes.values()}
            for predicate in (RDFS.label, SKOS.altLabel):
                for s, _, o in self.graph.triples((None, predicate, None)):
                    if str(s) in nodes:
                        others[nodes[str(s)]].add(str(o))
            labels: dict[Hashable, list[str]] = {}
            for node, found in others.items():
                first = str(full.nodes[node].get("label", node))
                labels[node] = [first, *sorted(found - {first})]
            self._names = Organisations(labels, rule=name_key)
        return self._names

    def find(self, name: str) -> OrganisationRecord:
        """The organisation going by ``name`` (raises UnknownOrganisation with suggestions)."""
        node = self.names.find(name)
        return next(r for r in self.organisations() if r.id == node)

    def path(self, source: str, target: str) -> Connection | None:
        """The shortest connection between two organisations, agreements and articles named;
        None when they are not connected."""
        return network.shortest_path(self._view("full"), source, target, names=self.names)

    def partners(self, organisation: str, depth: int = 2) -> Ego:
        """Who ``organisation`` signed with, and their partners, up to ``depth`` steps."""
        return network.partners(self._view("full"), organisation, depth, names=self.names)

    # --- lifetime (kept so ``with mougraph.load(out) as kg:`` reads naturally) ----------

    def close(self) -> None:
        """Nothing stays open between calls; kept for ``with`` blocks."""

    def __enter__(self) -> KnowledgeGraph:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def __repr__(self) -> str:
        return (f"<KnowledgeGraph: {counted(len(self.organisations()), 'organisation')}, "
                f"{counted(len(self.graph), 'triple')}>")


def load(out: str | Path = "output") -> KnowledgeGraph:
    """The graph in an output folder written by ``mougraph extract`` (StoreError if none)."""
    out = Path(out)
    Store.open(out).close()  # fail now, with the store's one-line reason, not on first use
    return KnowledgeGraph(out=out)


def extract_text(text: str, *, id: str = "text", published: dt.date | str | None = None,
                 url: str | None = None, title: str | None = None,
                 publisher: str | None = None) -> KnowledgeGraph:
    """Extract one article given as a string; the graph stays in memory."""
    from .extract import extract  # loads the Korean analyser on first use

    if isinstance(published, str):
        published = dt.date.fromisoformat(published)
    article = Article(id=id, text=text, url=url, title=title, published=published,
                      publisher=publisher, source="<text>")
    extraction = extract(article)
    return KnowledgeGraph(to_dataset([extraction]), extractions=(extraction,))


def from_extractions(extractions: list[Extraction] | tuple[Extraction, ...]
                     ) -> KnowledgeGraph:
    """A graph from extraction records already in hand (e.g. built by hand)."""
    records = tuple(extractions)
    return KnowledgeGraph(to_dataset(records), extractions=records)


__all__ = ["KnowledgeGraph", "OrganisationRecord", "extract_text", "from_extractions", "load"]
