"""SHACL validation of mougraph output against ``ontology/shapes.ttl`` (pyshacl).

The data validated is the union of all article graphs (one node per organisation across
articles, as users query it), with the ontology mixed in so ``sh:class`` checks see the
organisation-kind individuals. Shapes of severity ``sh:Warning`` are reported but do not
make the output fail.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

from rdflib import Graph
from rdflib.namespace import RDF, SH

from .store import Store
from .tables import counted

ONTOLOGY = "mougraph.ttl"
SHAPES = "shapes.ttl"


def ontology_path(name: str = ONTOLOGY) -> Path:
    """Where a file of the shipped ontology folder is (works from a wheel too)."""
    return Path(str(files("mougraph").joinpath("ontology", name)))


@lru_cache(maxsize=2)
def _load(name: str) -> Graph:
    return Graph().parse(ontology_path(name), format="turtle")


def ontology_graph() -> Graph:
    return _load(ONTOLOGY)


def shapes_graph() -> Graph:
    return _load(SHAPES)


@dataclass(frozen=True)
class Report:
    conforms: bool
    violations: int
    warnings: int
    triples: int
    text: str          # pyshacl's report, for the details on failure

    def verdict(self) -> str:
        """One line: what passed or failed."""
        if self.conforms:
            extra = f", {counted(self.warnings, 'warning')}" if self.warnings else ""
            return (f"valid: {counted(self.triples, 'triple')} conform to the mougraph "
                    f"shapes{extra}")
        return (f"invalid: {counted(self.violations, 'violation')}, "
                f"{counted(self.warnings, 'warning')} in {counted(self.triples, 'triple')}")


INFERENCE = ("none", "rdfs")


def validate(data: Graph, *, inference: str = "none") -> Report:
    """Validate one graph (pass a union graph; a Dataset is validated as its union).

    ``inference="rdfs"`` first adds what the ontology implies (super-properties, domains
    and ranges), as a reasoner-backed consumer sees the data; it conforms either way.
    """
    from pyshacl import validate as shacl

    union = Graph()
    for triple in data.triples((None, None, None)):
        union.add(triple)
    _conforms, results, text = shacl(
        union, shacl_graph=shapes_graph(), ont_graph=ontology_graph(), inference=inference,
        allow_warnings=True, abort_on_first=False)
    severities = [results.value(r, SH.resultSeverity)
                  for r in results.subjects(RDF.type, SH.ValidationResult)]
    violations = sum(1 for s in severities if s == SH.Violation)
    warnings = len(severities) - violations
    return Report(conforms=violations == 0, violations=violations, warnings=warnings,
                  triples=len(union), text=str(text))


def validate_output(out: Path, *, inference: str = "none") -> Report:
    """Validate everything in the store under ``out``."""
    with Store.open_read_only(out) as store:
        union = store.construct("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")
    return validate(union, inference=inference)
