"""Where the graph lives: the output folder.

``Store`` is the system of record; ``graph.trig`` (one named graph per article) and
``graph.ttl`` (merged) are written from it atomically and deterministically.
"""
from __future__ import annotations

from pathlib import Path
from types import TracebackType

from rdflib import Dataset, Graph
from rdflib.query import Result

from .atomic import write_bytes
from .errors import StoreError
from .rdf import article_iri, bind_prefixes

TRIG = "graph.trig"
TURTLE = "graph.ttl"


class Store:
    """The articles' named graphs under ``out``. Use as a context manager."""

    def __init__(self, out: Path, dataset: Dataset) -> None:
        self.out = out
        self._ds = dataset

    @classmethod
    def open(cls, out: Path, *, create: bool = False) -> Store:
        out = Path(out)
        ds = Dataset(default_union=True)
        bind_prefixes(ds)
        if (out / TRIG).is_file():
            ds.parse(out / TRIG, format="trig")
        elif not create:
            raise StoreError(f"{out}: no mougraph output here (run 'mougraph extract' first)")
        return cls(out, ds)

    def put(self, article_id: str, graph: Graph) -> bool:
        """Make ``graph`` the article's named graph; False when it was already exactly that."""
        name = article_iri(article_id)
        current = self._ds.graph(name)
        if set(current) == set(graph):
            return False
        self._ds.remove_graph(current)
        target = self._ds.graph(name)
        for triple in graph:
            target.add(triple)
        return True

    def flush(self) -> None:
        """Write graph.trig and graph.ttl."""
        self.out.mkdir(parents=True, exist_ok=True)
        write_bytes(self.out / TRIG, self._ds.serialize(format="trig", encoding="utf-8"))
        merged = bind_prefixes(Graph())
        for s, p, o, _ in self._ds.quads((None, None, None, None)):
            merged.add((s, p, o))
        write_bytes(self.out / TURTLE, merged.serialize(format="turtle", encoding="utf-8"))

    def query(self, sparql: str) -> Result:
        return self._ds.query(sparql)

    def dataset(self) -> Dataset:
        return self._ds

    def close(self) -> None:
        pass

    def __enter__(self) -> Store:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()
