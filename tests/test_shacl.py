"""Every output passes the SHACL shapes; broken graphs do not; `mougraph validate`."""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS, XSD
from semantic_data import ALL, build, extraction_a

from mougraph import rdf
from mougraph.cli import cli
from mougraph.rdf import MOU, SCHEMA
from mougraph.validate import validate, validate_output


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build(tmp_path_factory.mktemp("shacl-out"))


def test_the_store_output_conforms(out: Path) -> None:
    report = validate_output(out)
    assert report.conforms, report.text
    assert report.violations == 0


@pytest.mark.parametrize("make", ALL)
def test_each_article_graph_conforms(make) -> None:  # noqa: ANN001
    report = validate(rdf.article_triples(make()))
    assert report.conforms, report.text


def test_the_written_files_conform(out: Path) -> None:
    for name, fmt in (("graph.ttl", "turtle"), ("graph.trig", "trig")):
        from rdflib import Dataset
        data = Dataset(default_union=True) if fmt == "trig" else Graph()
        data.parse(out / name, format=fmt)
        report = validate(data)
        assert report.conforms, (name, report.text)


AG = rdf.agreement_iri("a", 1)
ORG_ = rdf.org_iri("대전시")
SENTENCE = next(iter(rdf.article_triples(extraction_a()).subjects(RDF.type, MOU.Sentence)))


def _break(change: str) -> Graph:
    g = rdf.article_triples(extraction_a())
    if change == "two labels":
        g.add((ORG_, RDFS.label, Literal("대전시청", lang="ko")))
    elif change == "no source":
        g.remove((AG, PROV.wasDerivedFrom, None))
    elif change == "date as text":
        g.set((AG, MOU.signedOn, Literal("19일")))
    elif change == "offsets reversed":
        g.set((SENTENCE, MOU.startOffset, Literal(900)))
    elif change == "unknown kind":
        g.set((ORG_, MOU.orgKind, MOU.Spaceship))
    elif change == "evidence not a sentence":
        g.add((ORG_, MOU.evidence, URIRef("https://example.org/nothing")))
    elif change == "area without agreement":
        g.remove((AG, MOU.covers, None))
    elif change == "published twice":
        g.add((rdf.article_iri("a"), SCHEMA.datePublished,
               Literal("2024-03-21", datatype=XSD.date)))
    return g


@pytest.mark.parametrize("change", ["two labels", "no source", "date as text", "offsets reversed",
                                    "unknown kind", "evidence not a sentence",
                                    "area without agreement", "published twice"])
def test_broken_graphs_are_violations(change: str) -> None:
    report = validate(_break(change))
    assert not report.conforms and report.violations >= 1, change


def test_an_agreement_without_parties_is_only_a_warning() -> None:
    g = rdf.article_triples(extraction_a())
    g.remove((None, MOU.signs, None))
    report = validate(g)
    assert report.conforms and report.warnings == 1


def test_cli_validate_one_line_verdict(out: Path, tmp_path: Path) -> None:
    ok = CliRunner().invoke(cli, ["validate", "--out", str(out)])
    assert ok.exit_code == 0
    assert ok.output.startswith("valid: ") and ok.output.count("\n") == 1

    from mougraph.store import Store
    broken = build(tmp_path / "broken", [extraction_a()])
    with Store.open(broken) as store:
        store.put("a", _break("date as text"))
    bad = CliRunner().invoke(cli, ["validate", "--out", str(broken)])
    assert bad.exit_code == 1
    assert bad.output.splitlines()[-1].startswith("invalid: ")
    assert "Validation Report" in bad.output  # the details come before the verdict
