"""SPARQL over the store: named queries, parameters, formats, read-only, one-line errors."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from semantic_data import TEXT_A, build

from mougraph import query as q
from mougraph.cli import cli
from mougraph.errors import QueryError


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build(tmp_path_factory.mktemp("query-out"))


def records(out: Path, name: str, **params: str) -> list[dict[str, object]]:
    text = q.format_result(q.run(out, q.resolve_query(name, params=params)), "json")
    return json.loads(text)


def test_every_named_query_has_a_description_and_runs(out: Path) -> None:
    named = q.named_queries()
    assert {"signatories", "agreements", "areas", "partners", "people", "organisations",
            "articles", "evidence"} <= set(named)
    samples = {"org": "대전시", "of": "대전광역시"}
    for name, item in named.items():
        assert item.description, name
        params = {p: samples[p] for p in item.params}
        q.run(out, q.resolve_query(name, params=params))


def test_signatories_counts_signings_per_merged_organisation(out: Path) -> None:
    rows = {r["name"]: r["signings"] for r in records(out, "signatories")}
    assert rows["대전광역시"] == 2 and rows["경복대학교"] == 2 and rows["한국과학기술원"] == 2
    assert rows["한국전력기술"] == 1 and "대전시" not in rows


def test_partners_of_an_organisation_by_any_of_its_names(out: Path) -> None:
    by_short = records(out, "partners", org="대전시")
    assert records(out, "partners", org="대전광역시") == by_short
    shared = {r["name"]: r["shared"] for r in by_short}
    assert shared == {"경복대학교": 2, "한국과학기술원": 1}


def test_a_parameter_value_cannot_inject_sparql(out: Path) -> None:
    assert records(out, "partners", org='x" ) } SELECT * WHERE { ?s ?p ?o } #') == []


def test_evidence_shows_the_sentences_behind_the_edges(out: Path) -> None:
    rows = records(out, "evidence", of="KAIST")
    assert rows, "no evidence for KAIST"
    for row in rows:
        if row["article"] == "a":
            start, end = int(row["start"]), int(row["end"])
            assert TEXT_A[start:end] == row["sentence"]
    assert len(rows) == len({tuple(sorted(r.items())) for r in rows})  # no repeated row
    edges = {(r["article"], r["from"], r["edge"]) for r in rows}
    assert ("a", "한국과학기술원", "signs") in edges and ("d", "한국과학기술원", "signs") in edges
    assert ("a", "이광형", "represents") in edges
    # only edges that touch KAIST: not the areas, not the other parties' signing
    assert all("한국과학기술원" in (r["from"], r["to"]) for r in rows)


def test_agreements_people_areas(out: Path) -> None:
    agreements = records(out, "agreements")
    assert [(r["article"], r["parties"]) for r in agreements] == [
        ("a", 3), ("b", 2), ("c", 2), ("d", 2)]
    assert agreements[0]["venue"] == "시청 중회의실" and agreements[0]["date"] == "2024-03-19"
    people = {(r["name"], r["title"], r["organisation"]) for r in records(out, "people")}
    assert people == {("이장우", "시장", "대전광역시"), ("이광형", "총장", "한국과학기술원"),
                      ("서하늘", "총장", "경복대학교")}
    assert len(records(out, "areas")) == 4


def test_formats(out: Path) -> None:
    result = q.run(out, q.resolve_query("SELECT ?n WHERE { ?o rdfs:label ?n ; mou:signs "
                                        "?a . FILTER(STR(?n) = \"경봉대학교\") }"))
    assert q.format_result(result, "csv") == "n\n경봉대학교"
    assert json.loads(q.format_result(result, "json")) == [{"n": "경봉대학교"}]
    assert q.format_result(result, "table") == "n\n----------\n경봉대학교\n(1 row)"
    assert q.format_result(q.run(out, "ASK { ?s ?p ?o }"), "table") == "true"


@pytest.mark.parametrize("text, message", [
    ("INSERT DATA { <urn:a> <urn:b> <urn:c> }", "read-only"),
    ("PREFIX x: <urn:x>\n# comment\nDELETE WHERE { ?s ?p ?o }", "read-only"),
    ("CLEAR ALL", "read-only"),
    ("SELECT * WHERE { SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }", r"\(SERVICE\)"),
    ("select * where { service silent <http://127.0.0.1:1/q> { ?s ?p ?o } }", "federated"),
    ("SELECT ?x WHERE {", "bad SPARQL"),
])
def test_updates_and_bad_sparql_are_refused(out: Path, text: str, message: str) -> None:
    with pytest.raises(QueryError, match=message):
        q.run(out, text)


def test_keywords_inside_strings_iris_and_comments_are_not_refused(out: Path) -> None:
    text = ('SELECT ?o WHERE { ?o rdfs:label ?l . # SERVICE INSERT\n'
            '  FILTER(?l != "SERVICE" && ?o != <urn:x:SERVICE>) } LIMIT 1')
    assert len(list(q.run(out, text))) == 1


def test_params_are_checked() -> None:
    with pytest.raises(QueryError, match="missing --param org=VALUE"):
        q.resolve_query("partners")
    with pytest.raises(QueryError, match="has no parameter colour"):
        q.resolve_query("signatories", params={"colour": "red"})
    with pytest.raises(QueryError, match="no named query 'signatory'"):
        q.resolve_query("signatory")


def test_cli_list_names_every_query_with_its_description() -> None:
    result = CliRunner().invoke(cli, ["query", "--list"])
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert [line.split()[0] for line in lines] == sorted(q.named_queries())
    assert any(line.startswith("partners") and "--param org=" in line for line in lines)


def test_cli_query_named_file_and_text(out: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    named = runner.invoke(cli, ["query", "partners", "--param", "org=경복대",
                                "--format", "csv", "--out", str(out)])
    assert named.exit_code == 0, named.output
    assert named.output.splitlines()[0] == "partner,name,shared"
    rq = tmp_path / "count.rq"
    rq.write_text("SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a mou:Agreement }",
                  encoding="utf-8")
    from_file = runner.invoke(cli, ["query", "--file", str(rq), "--format", "json",
                                    "--out", str(out)])
    assert json.loads(from_file.output) == [{"n": 4}]


@pytest.mark.parametrize("args, message", [
    (["query", "DELETE WHERE { ?s ?p ?o }"], "mougraph: the store is read-only here"),
    (["query", "SELECT ?x WHERE {"], "mougraph: bad SPARQL: error at 1:18"),
    (["query", "partners"], "mougraph: missing --param org=VALUE"),
])
def test_cli_errors_are_one_line_without_traceback(out: Path, args: list[str],
                                                   message: str) -> None:
    result = CliRunner().invoke(cli, [*args, "--out", str(out)])
    assert result.exit_code != 0
    assert result.output.startswith(message) and result.output.count("\n") == 1
    assert "Traceback" not in result.output


def test_evidence_of_an_agreement_by_its_iri(out: Path) -> None:
    from mougraph import rdf

    rows = records(out, "evidence", of=str(rdf.agreement_iri("b", 1)))
    edges = {(r["from"], r["edge"], r["to"]) for r in rows}
    assert ("경복대학교", "signs", "경복대학교·대전광역시 평생교육 협약") in edges
    assert ("경복대학교·대전광역시 평생교육 협약", "covers", "지역 인재 채용 연계") in edges
    assert {r["article"] for r in rows} == {"b"}
