"""Which facts a learned model added, as a user checks them: in the records, the graph, the
views, the exports and the rules-only exports (mou:modelReadParty / mou:modelReadPerson)."""
from __future__ import annotations

import csv
import datetime as dt
import json
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

import igraph
import pytest
from click.testing import CliRunner
from rdflib import Dataset, Graph, URIRef
from rdflib.compare import isomorphic
from test_parties_learned import MISSED

from mougraph import export, rdf, views
from mougraph.cli import cli
from mougraph.extract import extract
from mougraph.model import Article, Extraction, ReadBy
from mougraph.rdf import MOU
from mougraph.store import Store
from mougraph.validate import validate

# invented articles: the party scorer adds 한결 and 다온 (the rules read 누리시 only) …
PARTY_ADDED = MISSED
# … the people tagger adds 솔빛테크's centre head (the rules read the two parties and 문하람) …
PERSON_ADDED = ("솔빛테크와 가람대학교는 업무협약을 체결했다.\n"
                "솔빛테크 한다온 센터장과 가람대학교 문하람 총장이 협약서에 서명했다.")
# … and neither adds anything to this one
RULES_ALONE = ("가온시는 20일 시청 상황실에서 나래대학교와 지역 인재 양성을 위한 업무협약을 "
               "체결했다고 밝혔다.")
TEXTS = {"party": PARTY_ADDED, "person": PERSON_ADDED, "rules": RULES_ALONE}
G = "{http://gexf.net/1.3}"


def read(key: str, **switch: bool) -> Extraction:
    return extract(Article(id=key, text=TEXTS[key], published=dt.date(2026, 10, 15)), **switch)


@pytest.fixture(scope="module")
def found() -> dict[str, Extraction]:
    return {key: read(key) for key in TEXTS}


def agreement(key: str) -> URIRef:
    return rdf.agreement_iri(key, 1)


def union(found: dict[str, Extraction]) -> Graph:
    """Every article's triples in one graph, as queries and the shapes see them."""
    g = Graph()
    for extraction in found.values():
        g += rdf.article_triples(extraction)
    return g


# --- the records and the article graphs --------------------------------------------------

def test_a_party_the_scorer_adds_says_so_and_has_the_sentence_it_was_read_in(
        found: dict[str, Extraction]) -> None:
    parties = {p.name: p for a in found["party"].agreements for p in a.parties}
    assert {name: p.read_by for name, p in parties.items()} == {
        "누리시": ReadBy.RULES, "한결": ReadBy.LEARNED_PARTY, "다온": ReadBy.LEARNED_PARTY}
    for name in ("한결", "다온"):
        evidence = parties[name].evidence
        assert evidence is not None and name in evidence.text
        assert PARTY_ADDED[evidence.start:evidence.end] == evidence.text
    g = rdf.article_triples(found["party"])
    for name in ("한결", "다온"):
        org = rdf.org_iri(name)
        assert (agreement("party"), MOU.modelReadParty, org) in g
        assert (org, MOU.signs, agreement("party")) in g           # stated plainly too
        sentence = g.value(org, MOU.evidence)
        assert sentence is not None and name in str(g.value(sentence, MOU.text))
    assert (agreement("party"), MOU.modelReadParty, rdf.org_iri("누리시")) not in g


def test_a_person_the_tagger_adds_says_so(found: dict[str, Extraction]) -> None:
    people = {p.name: p.read_by for a in found["person"].agreements for p in a.representatives}
    assert people == {"문하람": ReadBy.RULES, "한다온": ReadBy.LEARNED_PERSON}
    g = rdf.article_triples(found["person"])
    added = rdf.person_iri("한다온", "솔빛테크")
    assert set(g.objects(agreement("person"), MOU.modelReadPerson)) == {added}
    assert (added, MOU.attended, agreement("person")) in g
    assert (added, MOU.represents, rdf.org_iri("솔빛테크")) in g
    assert not set(g.objects(agreement("person"), MOU.modelReadParty))


def test_the_model_adds_its_facts_and_who_read_them_and_changes_nothing_else(
        found: dict[str, Extraction]) -> None:
    with_model = set(rdf.article_triples(found["party"]))
    rules = set(rdf.article_triples(read("party", learned_parties=False,
                                         learned_people=False)))
    assert rules <= with_model
    added = rdf.org_iri("한결"), rdf.org_iri("다온")
    for s, p, _ in with_model - rules:
        assert s in added or p == MOU.modelReadParty or (s, rdf.RDF.type, MOU.Sentence) in \
            with_model, (s, p)


def test_an_article_the_rules_read_alone_gets_no_new_triple(
        found: dict[str, Extraction]) -> None:
    g = rdf.article_triples(found["rules"])
    assert isomorphic(g, rdf.article_triples(read("rules", learned_parties=False,
                                                  learned_people=False)))
    assert not {p for _, p, _ in g} & {MOU.modelReadParty, MOU.modelReadPerson}


def test_the_graph_with_the_models_facts_conforms(found: dict[str, Extraction]) -> None:
    g = union(found)
    report = validate(g)
    assert report.conforms and report.triples == len(g), report.text
    # NOT: a model's party that is no organisation, a model's person that is no person
    for prop, wrong in ((MOU.modelReadParty, rdf.area_iri("청년 채용")),
                        (MOU.modelReadPerson, rdf.org_iri("솔빛테크"))):
        broken = union(found)
        broken.add((agreement("party"), prop, wrong))
        assert not validate(broken).conforms


def test_a_query_counts_the_parties_with_and_without_the_models(
        found: dict[str, Extraction]) -> None:
    ds = union(found)
    counted = """SELECT (COUNT(*) AS ?n) WHERE { ?org mou:signs ?ag %s }"""
    rules_only = "FILTER NOT EXISTS { ?ag mou:modelReadParty ?org }"
    every = [int(r[0]) for r in ds.query(counted % "", initNs=rdf.PREFIXES)]
    by_rules = [int(r[0]) for r in ds.query(counted % rules_only, initNs=rdf.PREFIXES)]
    assert every[0] - by_rules[0] == 2     # 한결, 다온


# --- the views and the exports -------------------------------------------------------------

@pytest.fixture(scope="module")
def data(found: dict[str, Extraction]) -> Dataset:
    return rdf.to_dataset(found.values())


def _org(name: str) -> str:
    return f"org:{name}"


def test_the_organisations_view_says_who_read_each_edge(data: Dataset) -> None:
    g = views.view(data, "organisations")
    assert g.edges[_org("누리시"), _org("한결")]["read_by"] == "model"
    assert g.edges[_org("한결"), _org("다온")]["read_by"] == "model"
    assert g.edges[_org("솔빛테크"), _org("가람대학교")]["read_by"] == "rules"
    rules = views.view(data, "organisations", rules_only=True)
    assert _org("한결") not in rules and _org("다온") not in rules
    assert set(rules.edges) == {e for e in g.edges if g.edges[e]["read_by"] == "rules"}
    assert {d["read_by"] for *_, d in rules.edges(data=True)} == {"rules"}


def test_the_full_view_marks_the_models_signs_and_attended(data: Dataset) -> None:
    g = views.view(data, "full")
    model = {(u, v, k) for u, v, k, d in g.edges(keys=True, data=True) if d["read_by"] == "model"}
    person = next(n for n, d in g.nodes(data=True) if d.get("label") == "한다온")
    assert (_org("한결"), "agreement:party:1", "signs") in model
    assert (person, "agreement:person:1", "attended") in model
    assert (person, _org("솔빛테크"), "represents") in model     # the person only it read
    assert (_org("누리시"), "agreement:party:1", "signs") not in model
    rules = views.view(data, "full", rules_only=True)
    assert person not in rules and _org("한결") not in rules
    assert "agreement:party:1" in rules and _org("솔빛테크") in rules
    assert rules.number_of_edges() == g.number_of_edges() - len(model)


@pytest.fixture(scope="module")
def exported(data: Dataset, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("read_by")
    for rules_only in (False, True):
        export.export(data, out, formats=export.FORMATS, views=("organisations",),
                      rules_only=rules_only)
    return out


def test_graphml_carries_read_by_in_igraph(exported: Path) -> None:
    g = igraph.Graph.Read_GraphML(str(exported / "organisations.graphml"))
    labels = g.vs["label"]
    read_by = {frozenset((labels[e.source], labels[e.target])): e["read_by"] for e in g.es}
    assert read_by[frozenset(("누리시", "한결"))] == "model"
    assert read_by[frozenset(("솔빛테크", "가람대학교"))] == "rules"
    rules = igraph.Graph.Read_GraphML(str(exported / "organisations-rules.graphml"))
    assert "한결" not in rules.vs["label"] and set(rules.es["read_by"]) == {"rules"}
    assert rules.ecount() == sum(1 for v in read_by.values() if v == "rules")


def test_gexf_carries_read_by(exported: Path) -> None:
    root = ET.parse(exported / "organisations.gexf").getroot()
    [block] = [b for b in root.iter(f"{G}attributes") if b.get("class") == "edge"
               and b.get("mode") == "static"]
    column = next(a.get("id") for a in block.iter(f"{G}attribute") if a.get("title") == "read_by")
    values = [v.get("value") for v in root.iter(f"{G}attvalue") if v.get("for") == column]
    assert sorted(set(values)) == ["model", "rules"]


def test_csv_edges_carry_read_by_and_rules_only_leaves_the_models_out(exported: Path) -> None:
    def rows(name: str) -> list[dict[str, str]]:
        with (exported / name).open(encoding="utf-8-sig", newline="") as handle:
            return list(csv.DictReader(handle))

    every, rules = rows("organisations-edges.csv"), rows("organisations-rules-edges.csv")
    assert {r["read_by"] for r in every} == {"model", "rules"}
    assert len(rules) == sum(1 for r in every if r["read_by"] == "rules")
    assert not {r["Label"] for r in rows("organisations-rules-nodes.csv")} & {"한결", "다온"}


# --- the commands ------------------------------------------------------------------------------

def _stored(found: dict[str, Extraction], out: Path) -> Path:
    with Store.open(out, create=True) as store:
        for extraction in found.values():
            store.put(extraction.article.id, rdf.article_triples(extraction))
        store.flush()
    return out


def test_export_and_network_rules_only_from_the_store(
        found: dict[str, Extraction], tmp_path: Path) -> None:
    _stored(found, tmp_path)
    runner = CliRunner()
    result = runner.invoke(cli, ["export", "--format", "csv", "--view", "organisations",
                                 "--rules-only", "--no-measures", "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert result.output.split() == [str(tmp_path / "organisations-rules-nodes.csv"),
                                     str(tmp_path / "organisations-rules-edges.csv")]
    with (tmp_path / "organisations-rules-nodes.csv").open(encoding="utf-8-sig") as handle:
        labels = {row["Label"] for row in csv.DictReader(handle)}
    # 누리시 stays, a party of a signing with no partner the rules read
    assert labels == {"누리시", "솔빛테크", "가람대학교", "가온시", "나래대학교"}
    result = runner.invoke(cli, ["network", "--rules-only", "--format", "csv",
                                 "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "한결" not in result.output and "솔빛테크" in result.output
    result = runner.invoke(cli, ["query", "read-by", "--format", "csv", "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert result.output.split() == ["what,all,by_rules,by_model", "parties,7,5,2",
                                     "people,2,1,1", "signing-parties,7,5,2"]


# --- the signing layer: a party only a model read in every report of a signing ------------------

def _signing_markers(triples: Iterable[tuple[Any, Any, Any]]) -> set[tuple[str, str]]:
    return {(str(s).rsplit("signing/", 1)[-1], str(o).rsplit("/", 1)[-1])
            for s, p, o in triples if p == MOU.modelReadSigningParty}


def test_the_signing_says_which_parties_only_a_model_read_in_the_store_and_in_memory(
        found: dict[str, Extraction], tmp_path: Path) -> None:
    from urllib.parse import unquote

    from mougraph.api import from_extractions

    out = _stored(found, tmp_path)
    with Store.open_read_only(out) as store:
        stored = _signing_markers(store.triples(None, MOU.modelReadSigningParty, None))
        union = store.construct("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")
    assert {(k, unquote(o)) for k, o in stored} == {("party/1", "한결"), ("party/1", "다온")}
    in_memory = from_extractions(list(found.values())).dataset()  # a rebuild, in rdflib
    assert _signing_markers(in_memory.graph(rdf.SIGNINGS_GRAPH)) == stored
    assert b"mou:modelReadSigningParty" in (out / "graph.trig").read_bytes()
    # who read a party is no edge of the full view, nor of the part of it a picture reads
    with Store.open_read_only(out) as store:
        whole = views.full(store)
        busiest = views.busiest_full(store, 5)
    assert busiest is not None and busiest.edges == whole.number_of_edges()
    assert not {k for *_, k in whole.edges(keys=True)} & {
        "modelReadParty", "modelReadPerson", "modelReadSigningParty"}
    for inference in ("none", "rdfs"):
        report = validate(union, inference=inference)
        assert report.conforms, report.text
    # NOT: a marker on a party the signing does not have, or on something not a party
    signing = rdf.signing_iri("party/1")
    for wrong in (rdf.org_iri("솔빛테크"), rdf.area_iri("청년 채용")):
        broken = Graph()
        broken += union
        broken.add((signing, MOU.modelReadSigningParty, wrong))
        assert not validate(broken).conforms, wrong


def _jsonl(path: Path, keys: list[str]) -> Path:
    path.write_text("".join(json.dumps({"id": k, "text": TEXTS[k], "published": "2026-10-15"},
                                       ensure_ascii=False) + "\n" for k in keys),
                    encoding="utf-8")
    return path


def test_extract_run_after_run_writes_the_marker_as_one_run_does(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from mougraph import store
    from mougraph.pipeline import build

    # a run resolves what it holds after every article (the signings wait for the flush)
    monkeypatch.setattr(store, "_RESOLVE_FIRST", 1)
    grown = tmp_path / "grown"
    build([_jsonl(tmp_path / "1.jsonl", ["rules", "person"])], grown)
    build([_jsonl(tmp_path / "2.jsonl", ["party"])], grown)
    fresh = tmp_path / "fresh"
    build([_jsonl(tmp_path / "all.jsonl", ["party", "person", "rules"])], fresh)
    for name in ("graph.trig", "graph.ttl"):
        assert (grown / name).read_bytes() == (fresh / name).read_bytes()
    assert (grown / "graph.trig").read_text(encoding="utf-8").count(
        "mou:modelReadSigningParty") == 1   # one signing, its two parties on one line


def _drawn_labels(page: Path) -> tuple[str, set[str]]:
    """The title and the node labels of a viz HTML page (the data it draws)."""
    found = re.search(r'<script id="graph-data"[^>]*>(.*?)</script>',
                      page.read_text(encoding="utf-8"), re.S)
    assert found is not None
    data = json.loads(found.group(1))
    return data["title"], {n["label"] for n in data["nodes"]}


def _svg_texts(svg: Path) -> set[str]:
    """Every text an SVG picture shows (viz keeps text as text)."""
    root = ET.parse(svg).getroot()
    return {"".join(t.itertext()).strip() for t in root.iter("{http://www.w3.org/2000/svg}text")}


def test_viz_rules_only_draws_no_node_the_model_alone_read(
        found: dict[str, Extraction], tmp_path: Path) -> None:
    out = _stored(found, tmp_path)
    runner = CliRunner()
    written = {}
    for extra in ([], ["--rules-only"]):
        for fmt in ("html", "svg"):
            result = runner.invoke(cli, ["viz", "--view", "organisations", "--format", fmt,
                                         *extra, "--out", str(out)])
            assert result.exit_code == 0, result.output
            written[fmt, bool(extra)] = Path(result.output.strip())
    # beside each other, named as export names them
    assert written["html", True] == out / "organisations-rules.html"
    assert written["svg", True] == out / "organisations-rules.svg"
    title, every = _drawn_labels(written["html", False])
    rules_title, by_rules = _drawn_labels(written["html", True])
    assert {"한결", "다온", "누리시"} <= every
    assert by_rules == every - {"한결", "다온"}   # 누리시 stays: the rules read it
    assert "rules" not in title and "as the rules read it" in rules_title
    assert {"한결", "다온"} <= _svg_texts(written["svg", False])
    assert not {"한결", "다온"} & _svg_texts(written["svg", True])
    assert "누리시" in _svg_texts(written["svg", True])
    # the full view too (built whole: its two-pass reading knows no read_by), and a file
    target = out / "people.html"
    result = runner.invoke(cli, ["viz", "--rules-only", "--out", str(target)])
    assert result.exit_code == 0, result.output
    _, full = _drawn_labels(target)
    assert "한다온" not in full and "문하람" in full and "한결" not in full


def test_no_triple_leaves_its_articles_named_graph(found: dict[str, Extraction]) -> None:
    ds = rdf.to_dataset(found.values())
    for key, extraction in found.items():
        graph = ds.graph(rdf.article_iri(key))
        assert isomorphic(graph, rdf.article_triples(extraction))
        assert set(graph.subjects(MOU.modelReadParty)) | set(
            graph.subjects(MOU.modelReadPerson)) <= {agreement(key)}
