"""The same question gets the same kind of answer everywhere: unknown names exit 2 with
suggestions, choices ignore case and suggest, counts agree with their nouns, SPARQL errors
say what is wrong. Sentences invented."""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from rdflib import Graph, Literal
from rdflib.namespace import RDF, RDFS

from mougraph import rdf
from mougraph.cli import cli
from mougraph.rdf import MGD, MOU, ORG

SIGNING = ("한빛시는 20일 시청 대회의실에서 누리대학교, 한솔연구원과 인공지능 인재 양성을 위한 "
           "업무협약을 체결했다.\n이한빛 한빛시장과 김누리 누리대학교 총장이 참석했다.")


def run(*args: str | Path) -> Result:
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("consistency")
    (folder / "signing.txt").write_text(SIGNING, encoding="utf-8")
    result = run("extract", folder / "signing.txt", "--out", folder / "out")
    assert result.exit_code == 0, result.stderr
    return folder / "out"


def test_query_partners_knows_organisations_as_partners_does(out: Path) -> None:
    result = run("query", "partners", "--param", "org=한빛 시청", "--format", "csv",
                 "--out", out)  # any form of the name, as 'mougraph partners' takes it
    assert result.exit_code == 0, result.stderr
    assert "누리대학교" in result.stdout and "한솔연구원" in result.stdout
    for command in (["query", "partners", "--param", "org=누리공대"], ["partners", "누리공대"]):
        result = run(*command, "--out", out)
        assert result.exit_code == 2
        assert result.stderr == ("mougraph: no organisation called '누리공대' (did you mean: "
                                 "누리대학교?)\n")


def test_query_evidence_names_an_unknown_organisation(out: Path) -> None:
    result = run("query", "evidence", "--param", "of=한솔연구소", "--out", out)
    assert result.exit_code == 2
    assert "did you mean: 한솔연구원?" in result.stderr
    assert run("query", "evidence", "--param", "of=한솔연구원", "--out", out).exit_code == 0


@pytest.mark.parametrize("sparql, message", [
    ("SELECT ?x WHERE { ?x rdf:type mou:Agreement }",
     "mougraph: bad SPARQL: prefix 'rdf:' is not declared; add 'PREFIX rdf: "
     "<http://www.w3.org/1999/02/22-rdf-syntax-ns#>' (or write 'a' for rdf:type) — "
     "predeclared are mou, mgd, org, schema, prov, skos, rdfs, xsd, owl"),
    ("SELECT ?x WHERE { ?x foaf:name ?n }", "mougraph: bad SPARQL: prefix 'foaf:' is not "
     "declared; add 'PREFIX foaf: <http://xmlns.com/foaf/0.1/>' — predeclared are mou, mgd, "
     "org, schema, prov, skos, rdfs, xsd, owl"),
    ("SELEC ?x WHERE { ?x a mou:Agreement }",
     "mougraph: bad SPARQL: 'SELEC' is not a SPARQL keyword (did you mean SELECT?)"),
    ("SELECT ?x WHERE { ?x a mou:Agreement } LIMT 3",
     "mougraph: bad SPARQL: 'LIMT' is not a SPARQL keyword (did you mean LIMIT?)"),
    ("SELECT ?x WHERE { ?x rdfs:label ?l FILTR(CONTAINS(?l, \"rdf:type SELEC\")) }",
     "mougraph: bad SPARQL: 'FILTR' is not a SPARQL keyword (did you mean FILTER?)"),
])
def test_sparql_errors_name_the_cause(out: Path, sparql: str, message: str) -> None:
    result = run("query", sparql, "--out", out)
    assert result.exit_code == 2
    assert result.stderr == message + "\n"


def test_choices_ignore_case_and_suggest(out: Path) -> None:
    result = run("export", "--format", "GEXF", "--view", "Organisations", "--out", out)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.strip() == str(out / "organisations.gexf")
    result = run("network", "--view", "organisation", "--out", out)
    assert result.exit_code == 2
    assert result.stderr == (
        "mougraph: Invalid value for '--view': 'organisation' is not one of 'organisations', "
        "'full', 'areas' (did you mean 'organisations'?) (see 'mougraph network --help')\n")


def test_counts_agree_with_their_nouns(tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_text(
        "다온군은 3일 바름병원과 의료 협력 업무협약을 체결했다.\n김다온 다온군수가 서명했다.",
        encoding="utf-8")
    result = run("extract", tmp_path / "one.txt", "--out", tmp_path / "out")
    assert result.stdout == "one: 2 signatories, 0 areas, 1 person\n"
    assert result.stderr == f"1 article, 1 agreement, 0 problems -> {tmp_path / 'out'}\n"


def test_an_alias_table_that_names_nothing_says_so(out: Path, tmp_path: Path) -> None:
    table = tmp_path / "aliases.tsv"
    table.write_text("가온텍\t가온테크놀로지\n", encoding="utf-8")
    result = run("aliases", table, "--out", out)
    assert result.exit_code == 0
    assert result.stderr == (
        f"mougraph: {table}: no line names an organisation in {out} (1 alias read), so "
        f"nothing changed; check the spelling against 'mougraph query organisations --out "
        f"{out}'\n")
    table.write_text("한솔연\t한솔연구원\n", encoding="utf-8")
    result = run("aliases", table, "--out", out)
    assert result.exit_code == 0 and result.stderr == ""


def test_agreement_labels_name_parties_as_the_organisations_are_named() -> None:
    """An article says 가온군; across the corpus it is 가온군청: the label follows."""
    g = Graph()
    county, hospital = MGD["org/가온군"], MGD["org/나래병원"]
    agreement = MGD["agreement/a1/1"]
    for org, name in ((county, "가온군"), (hospital, "나래병원")):
        g.add((org, RDF.type, ORG.Organization))
        g.add((org, RDFS.label, Literal(name, lang="ko")))
        g.add((org, MOU.signs, agreement))
    g.add((agreement, RDF.type, MOU.Agreement))
    g.add((agreement, RDFS.label, Literal("가온군·나래병원 의료 협약", lang="ko")))
    canonical = {"가온군": ("가온군청", "가온군청"), "나래병원": ("나래병원", "나래병원")}
    resolved = rdf.resolve_graph(g, lambda name: canonical[name])
    assert str(resolved.value(agreement, RDFS.label)) == "가온군청·나래병원 의료 협약"
    again = rdf.resolve_graph(resolved, lambda name: canonical.get(name, (name, name)))
    assert str(again.value(agreement, RDFS.label)) == "가온군청·나래병원 의료 협약"


@pytest.mark.parametrize("label, names, expected", [
    ("가온시 외 3개 기관 업무협약", {"가온시": "가온특별시"}, "가온특별시 외 3개 기관 업무협약"),
    ("한·베 기술대·나래시 협약", {"한·베 기술대": "한·베 기술대학교", "나래시": "나래시"},
     "한·베 기술대학교·나래시 협약"),
    ("가온시청사 이전 협약", {"가온시": "가온특별시"}, "가온시청사 이전 협약"),  # not a name
])
def test_party_names_in_labels(label: str, names: dict[str, str], expected: str) -> None:
    assert rdf._party_names(label, names) == expected
