"""Where the graph lives: the output folder.

``graph.trig`` (one named graph per article) and ``graph.ttl`` (merged) are written
atomically and deterministically.
"""
from __future__ import annotations

from pathlib import Path

from rdflib import Dataset, Graph

from .atomic import write_bytes
from .errors import StoreError
from .rdf import bind_prefixes

TRIG = "graph.trig"
TURTLE = "graph.ttl"


def save(dataset: Dataset, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    write_bytes(out / TRIG, dataset.serialize(format="trig", encoding="utf-8"))
    merged = bind_prefixes(Graph())
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        merged.add((s, p, o))
    write_bytes(out / TURTLE, merged.serialize(format="turtle", encoding="utf-8"))


def load(out: Path) -> Dataset:
    path = Path(out) / TRIG
    if not path.is_file():
        raise StoreError(f"{out}: no mougraph output here (run 'mougraph extract' first)")
    ds = Dataset(default_union=True)
    ds.parse(path, format="trig")
    return ds
