"""Deterministic Turtle and TriG, written in pieces that can be kept and reassembled.

``graph.trig`` is a prefix header followed by one *segment* per article (its named graph,
triples sorted); ``graph.ttl`` is the header followed by one *block* per subject of the
merged graph (that subject's distinct triples, sorted), blocks in subject order. The
store keeps both kinds of piece and renders again only those an article changed, so
writing the files is a streamed concatenation, never a re-parse. A piece depends only on
its own triples, so the files have the same bytes however the pieces were produced.

Triples come in as N-Triples lines without the final `` .`` (``"s p o"``); the Turtle
abbreviates IRIs with the project's prefixes (``rdf.PREFIXES``) where that is valid.
"""
from __future__ import annotations

import heapq
import itertools
import operator
import re
import tempfile
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path

from rdflib.namespace import RDF

from .rdf import NAMESPACES, PREFIXES

SORT_CHUNK = 200_000  # lines held in memory by the external sort of a full rebuild
_SAFE_LOCAL = re.compile(r"[A-Za-z_][A-Za-z0-9_\-]*")
_RDF_TYPE = f"<{RDF.type}>"


def prefix_header() -> bytes:
    """The ``@prefix`` lines both files start with."""
    return "".join(f"@prefix {prefix}: <{ns}> .\n"
                   for prefix, ns in sorted(PREFIXES.items())).encode("utf-8")


def subject_key(line: str) -> str:
    """Where a triple's block sorts: its subject and the space after it (a subject that is
    a prefix of another, ``_:b1`` / ``_:b12``, still sorts as its lines do)."""
    return line[: line.index(" ") + 1]


def segment(graph_iri: str, lines: Iterable[str]) -> bytes:
    """One article's named graph in TriG (``lines`` sorted); empty for an empty graph."""
    body = b"".join(blocks(lines, indent=INDENT))
    if not body:
        return b""
    return segment_head(graph_iri) + body + SEGMENT_TAIL


INDENT = "    "      # a named graph's statements in TriG
SEGMENT_TAIL = b"}\n"


def segment_head(graph_iri: str) -> bytes:
    """What opens a segment; its blocks (indented) and ``SEGMENT_TAIL`` follow."""
    return f"\n{compact(f'<{graph_iri}>')} {{\n".encode()


def blocks(lines: Iterable[str], indent: str = "") -> Iterator[bytes]:
    """Sorted ``s p o`` lines -> Turtle statements, one per subject."""
    # (split in place, keys by itemgetter, lists joined: this runs for every triple of
    # the merged graph at a full render)
    for subject, group in itertools.groupby(map(_split, lines), key=_FIRST):
        parts = []
        for predicate, objects in itertools.groupby(group, key=_SECOND):
            verb = "a" if predicate == _RDF_TYPE else compact(predicate)
            parts.append(f"{verb} " + " , ".join([compact(t[2]) for t in objects]))
        body = f" ;\n{indent}    ".join(parts)
        yield f"{indent}{compact(subject)} {body} .\n".encode()


@lru_cache(maxsize=1 << 16)
def compact(term: str) -> str:
    """``<iri>`` -> ``prefix:local`` when that is valid Turtle; literals get ``^^xsd:``."""
    if term.startswith("<"):
        iri = term[1:-1]
        for ns, prefix in NAMESPACES:
            if iri.startswith(ns) and _SAFE_LOCAL.fullmatch(iri[len(ns):]):
                return f"{prefix}:{iri[len(ns):]}"
        return term
    if term.startswith('"') and term.endswith(">") and "^^<" in term:
        value, _, datatype = term.rpartition("^^")
        return f"{value}^^{compact(datatype)}"
    return term


def strip_dot(line: str) -> str:
    """An N-Triples line without its final " ." (and newline)."""
    return line.rstrip("\n").removesuffix(" .")


def _split(line: str) -> list[str]:
    """``s p o`` -> [s, p, o] (an IRI or blank node has no space; an object may)."""
    return line.split(" ", 2)


_FIRST, _SECOND = operator.itemgetter(0), operator.itemgetter(1)


def sorted_unique(lines: Iterable[str]) -> Iterator[str]:
    """Sorted distinct lines, with at most ``SORT_CHUNK`` of them in memory at once."""
    with tempfile.TemporaryDirectory(prefix="mougraph-sort-") as tmp:
        runs: list[Path] = []
        chunk: list[str] = []

        def spill() -> None:
            path = Path(tmp) / f"run{len(runs)}"
            path.write_text("".join(f"{line}\n" for line in sorted(set(chunk))),
                            encoding="utf-8")
            runs.append(path)
            chunk.clear()

        for line in lines:
            chunk.append(line)
            if len(chunk) >= SORT_CHUNK:
                spill()
        if not runs:
            yield from sorted(set(chunk))
            return
        if chunk:
            spill()
        handles = [open(path, encoding="utf-8", newline="\n") for path in runs]
        try:
            previous = None
            for line in heapq.merge(*handles):
                if line != previous:
                    yield line.rstrip("\n")
                    previous = line
        finally:
            for h in handles:
                h.close()
