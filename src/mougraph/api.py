"""The Python API: a knowledge graph you can ask things in a notebook.

    >>> import mougraph
    >>> kg = mougraph.load("output")            # an output folder written by `mougraph extract`
    >>> kg.organisations()[:3]                  # records with every label
    >>> kg.network().centrality(top=5)          # degree, betweenness, eigenvector, communities
    >>> kg.network(since="2023-01-01")          # the network of the signings from then on
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
import warnings
from collections.abc import Hashable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

import networkx as nx
from rdflib import Dataset, Graph
from rdflib.query import Result

from . import network, signings, views
from .errors import QueryError, StoreNotice
from .model import Article, Extraction
from .network import Connection, Ego, Network, Organisations
from .rdf import PREFIXES, SIGNINGS_GRAPH, Triple, bind_prefixes, to_dataset
from .resolve import name_key
from .sources import with_title
from .store import Store
from .tables import counted
from .views import Period


@dataclass(frozen=True)
class OrganisationRecord:
    """An organisation as the graph knows it."""

    id: str                      # node id in every view (``org:대전광역시``)
    iri: str
    label: str                   # canonical name
    alt_labels: tuple[str, ...]  # every other form seen
    kind: str | None             # mou:orgKind's local name (``LocalGovernment``, …)
    agreements: int              # agreement reports naming it as a party
    signings: int                # signings it took part in (several reports of one count once)

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
        self._views: dict[tuple[str, Period, bool], nx.Graph] = {}  # name, period, rules only
        self._rows_cache: list[views.OrganisationRow] | None = None
        self._names: Organisations | None = None

    # --- RDF ---------------------------------------------------------------------------

    def dataset(self) -> Dataset:
        """The rdflib Dataset: one named graph per article (read once from the store)."""
        if self._dataset is None:
            assert self.out is not None
            with Store.open_read_only(self.out) as store:
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
            with Store.open_read_only(self.out) as store:
                return store.query(sparql)
        try:
            return self.graph.query(sparql, initNs=PREFIXES)
        except Exception as exc:  # rdflib raises pyparsing's and its own errors
            raise QueryError(f"bad SPARQL: {' '.join(str(exc).split())}") from exc

    # --- NetworkX ------------------------------------------------------------------------

    @contextmanager
    def _reading(self) -> Iterator[views.Source]:
        """What views read: the store (opened for the read only), else the dataset."""
        if self.out is not None:
            with Store.open_read_only(self.out) as store:
                yield store
        else:
            yield views.source(self.dataset())

    def view(self, name: str = "organisations", *, since: Day = None, until: Day = None,
             rules_only: bool = False) -> nx.Graph:
        """A NetworkX view: ``organisations`` (co-signing, weighted by signings), ``full``,
        ``areas``; ``since``/``until`` (dates, inclusive) keep the signings dated then;
        ``rules_only``: without the parties and people a learned model added (every edge
        says ``read_by``: ``rules`` or ``model``)."""
        return self._view(name, _period(since, until), rules_only).copy()

    def _view(self, name: str, period: Period = views.ALWAYS, rules_only: bool = False
              ) -> nx.Graph:
        key = (name, period, rules_only)
        if key not in self._views:
            with self._reading() as data:
                self._views[key] = views.view(data, name, period=period, rules_only=rules_only)
        return self._views[key]

    def network(self, view: str = "organisations", *, since: Day = None, until: Day = None,
                seed: int = network.SEED, rules_only: bool = False) -> Network:
        """Measures over a view: ``.centrality()``, ``.communities()``, ``.summary()``."""
        return Network(self.view(view, since=since, until=until, rules_only=rules_only),
                       seed=seed)

    def annotated(self, view: str = "organisations", *, since: Day = None, until: Day = None
                  ) -> nx.Graph:
        """A view with every measure written on its nodes (as the exports carry them)."""
        g = self.view(view, since=since, until=until)
        network.annotate(g)
        return g

    def _parties(self) -> nx.Graph:
        """Organisations and the signings they took part in (paths, partners)."""
        if ("parties", views.ALWAYS, False) not in self._views:
            with self._reading() as data:
                self._views[("parties", views.ALWAYS, False)] = views.parties(data)
        return self._views[("parties", views.ALWAYS, False)]

    # --- organisations -----------------------------------------------------------------

    def _rows(self) -> list[views.OrganisationRow]:
        if self._rows_cache is None:
            with self._reading() as data:
                self._rows_cache = views.organisation_rows(data)
        return self._rows_cache

    def organisations(self) -> list[OrganisationRecord]:
        """Every organisation, most signings first, then by label."""
        records = [OrganisationRecord(
            id=r.id, iri=r.iri, label=r.labels[0], alt_labels=r.labels[1:], kind=r.kind,
            agreements=r.agreements, signings=r.signings) for r in self._rows()]
        records.sort(key=lambda r: (-r.signings, -r.agreements, r.label, r.id))
        return records

    @property
    def names(self) -> Organisations:
        """Organisations by any of their labels: ``kg.names.find("대전시")`` -> node id.

        Every ``rdfs:label`` and ``skos:altLabel`` counts (articles may name one IRI
        differently); the view's ``label`` comes first, the others in sorted order.
        """
        if self._names is None:
            labels: dict[Hashable, list[str]] = {r.id: list(r.labels) for r in self._rows()}
            self._names = Organisations(labels, rule=name_key)
        return self._names

    def find(self, name: str) -> OrganisationRecord:
        """The organisation going by ``name`` (raises UnknownOrganisation with suggestions)."""
        node = self.names.find(name)
        return next(r for r in self.organisations() if r.id == node)

    def path(self, source: str, target: str) -> Connection | None:
        """The shortest connection between two organisations, signings and articles named;
        None when they are not connected."""
        return network.shortest_path(self._parties(), source, target, names=self.names)

    def partners(self, organisation: str, depth: int = 2) -> Ego:
        """Who ``organisation`` signed with, and their partners, up to ``depth`` steps."""
        return network.partners(self._parties(), organisation, depth, names=self.names)

    # --- lifetime (kept so ``with mougraph.load(out) as kg:`` reads naturally) ----------

    def close(self) -> None:
        """Nothing stays open between calls; kept for ``with`` blocks."""

    def __enter__(self) -> KnowledgeGraph:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def __repr__(self) -> str:
        if self.out is not None:  # counted by the store: nothing loaded into rdflib
            with Store.open_read_only(self.out) as store:
                triples = len(store)
        else:
            triples = len(self.graph)
        return (f"<KnowledgeGraph: {counted(len(self.organisations()), 'organisation')}, "
                f"{counted(triples, 'triple')}>")


def load(out: str | Path = "output") -> KnowledgeGraph:
    """The graph in an output folder written by ``mougraph extract`` (StoreError if none)."""
    out = Path(out)
    with warnings.catch_warnings():  # its notes come when the graph is read, once
        warnings.simplefilter("ignore", StoreNotice)
        Store.open_read_only(out).close()  # fail now with the one-line reason, not later
    return KnowledgeGraph(out=out)


def extract_text(text: str, *, id: str = "text", published: dt.date | str | None = None,
                 url: str | None = None, title: str | None = None,
                 publisher: str | None = None) -> KnowledgeGraph:
    """Extract one article given as a string; the graph stays in memory."""
    from .extract import extract  # loads the Korean analyser on first use

    if isinstance(published, str):
        published = dt.date.fromisoformat(published)
    article = Article(id=id, text=with_title(text, title), url=url, title=title,
                      published=published, publisher=publisher, source="<text>")
    extraction = extract(article)
    return KnowledgeGraph(with_signings(to_dataset([extraction])), extractions=(extraction,))


def from_extractions(extractions: list[Extraction] | tuple[Extraction, ...]
                     ) -> KnowledgeGraph:
    """A graph from extraction records already in hand (e.g. built by hand)."""
    records = tuple(extractions)
    return KnowledgeGraph(with_signings(to_dataset(records)), extractions=records)


Day = dt.date | str | None


def _period(since: Day, until: Day) -> Period:
    def day(value: Day) -> dt.date | None:
        return dt.date.fromisoformat(value) if isinstance(value, str) else value

    return Period(day(since), day(until))


class _DatasetLayer:
    """An in-memory dataset as ``signings.Source``: the layer goes to its signings graph."""

    def __init__(self, ds: Dataset) -> None:
        self.ds = ds
        self.triples = views.source(ds).triples

    def replace_signings(self, remove: Iterable[Triple], add: Iterable[Triple]) -> None:
        graph = self.ds.graph(SIGNINGS_GRAPH)
        for triple in remove:
            graph.remove(triple)
        for triple in add:
            graph.add(triple)


def with_signings(ds: Dataset) -> Dataset:
    """``ds`` with its signing layer (as a store's flush adds it): reports grouped."""
    signings.rebuild(_DatasetLayer(ds))
    return ds


__all__ = ["KnowledgeGraph", "OrganisationRecord", "extract_text", "from_extractions", "load"]
