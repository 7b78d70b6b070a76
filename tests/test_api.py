"""The Python API over output folders built by hand (see network_corpus.py)."""
from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest
from network_corpus import TWELVE, chain, twelve, write
from rdflib import Dataset, Graph

import mougraph
from mougraph.errors import QueryError, StoreError, UnknownOrganisation
from mougraph.network import Table


@pytest.fixture(scope="module")
def chain_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write(tmp_path_factory.mktemp("chain") / "out", chain())


@pytest.fixture(scope="module")
def twelve_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write(tmp_path_factory.mktemp("twelve") / "out", twelve())


def test_import_is_light() -> None:
    code = ("import sys, mougraph; heavy = [m for m in ('rdflib', 'networkx', 'kiwipiepy', "
            "'mougraph.api') if m in sys.modules]; print(heavy)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == "[]"
    assert callable(mougraph.load) and mougraph.KnowledgeGraph.__name__ == "KnowledgeGraph"


def test_load_a_folder_without_output_is_a_store_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError):
        mougraph.load(tmp_path)


def test_rdf_graph_dataset_and_query(chain_out: Path) -> None:
    kg = mougraph.load(chain_out)
    assert isinstance(kg.graph, Graph) and isinstance(kg.dataset(), Dataset)
    rows = list(kg.query("SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE { ?o a org:Organization }"))
    assert int(rows[0][0]) == 5
    with pytest.raises(QueryError):
        kg.query("SELECT nonsense")


def test_organisations_carry_every_label(chain_out: Path) -> None:
    kg = mougraph.load(chain_out)
    records = {r.label: r for r in kg.organisations()}
    assert set(records) == {"가온대학교", "나래연구원", "다솜전자", "라온시", "마루재단"}
    assert records["나래연구원"].alt_labels == ("NRI", "나래연")
    assert records["나래연구원"].agreements == 2
    assert kg.organisations()[0].label == "나래연구원"  # most agreements first
    assert kg.find("nri").label == "나래연구원"
    assert kg.find("다솜 전자").label == "다솜전자"
    # not a label, but the name rules extraction merges by make it the same organisation
    assert kg.find("가온대").label == "가온대학교"


def test_views_are_networkx_copies(chain_out: Path) -> None:
    kg = mougraph.load(chain_out)
    orgs = kg.view("organisations")
    assert isinstance(orgs, nx.Graph) and orgs.number_of_nodes() == 5
    assert orgs.number_of_edges() == 3
    orgs.clear()
    assert kg.view("organisations").number_of_nodes() == 5
    assert isinstance(kg.view("full"), nx.MultiDiGraph)


def test_a_path_of_three_organisations(chain_out: Path) -> None:
    kg = mougraph.load(chain_out)
    rows = {r.label: r for r in kg.network().centrality()}
    assert [rows[n].degree for n in ("가온대학교", "나래연구원", "다솜전자")] == [1, 2, 1]
    # 5 organisations: 6 pairs not involving 나래연구원, it is on the path of one of them
    assert rows["나래연구원"].betweenness == round(1 / 6, 6)
    assert rows["가온대학교"].component == rows["나래연구원"].component != rows["라온시"].component
    connection = kg.path("가온대학교", "다솜전자")
    assert connection is not None
    assert connection.organisations() == ["가온대학교", "나래연구원", "다솜전자"]
    assert [(a.label, a.articles) for hop in connection.hops for a in hop.signings] == [
        ("산학협력 업무협약", ("art-1",)), ("기술이전 업무협약", ("art-2",))]
    assert kg.path("가온대학교", "라온시") is None
    with pytest.raises(UnknownOrganisation, match="가온대학교"):
        kg.path("가온대학원", "라온시")


def test_partners(chain_out: Path) -> None:
    kg = mougraph.load(chain_out)
    ego = kg.partners("(주)다솜전자", depth=2)
    assert ego.organisation == "다솜전자"
    assert [(p.label, p.distance, p.via) for p in ego.partners] == [
        ("나래연구원", 1, ""), ("가온대학교", 2, "나래연구원")]
    assert [p.label for p in kg.partners("다솜전자", depth=1).partners] == ["나래연구원"]


def test_a_twelve_party_agreement(twelve_out: Path) -> None:
    kg = mougraph.load(twelve_out)
    net = kg.network()
    table = net.centrality()
    assert sorted(r.label for r in table) == sorted(TWELVE)
    assert {r.degree for r in table} == {11} and {r.betweenness for r in table} == {0.0}
    assert {r.weighted_degree for r in table} == {11.0}
    assert {r.eigenvector for r in table} == {round(1 / math.sqrt(12), 6)}
    summary = net.summary()
    assert (summary.nodes, summary.edges, summary.components, summary.communities) == (
        12, 66, 1, 1)
    assert summary.density == 1.0
    annotated = kg.annotated("organisations")
    assert {d["degree"] for _, d in annotated.nodes(data=True)} == {11}


def test_measures_are_the_same_in_every_process(chain_out: Path, twelve_out: Path) -> None:
    # rdflib's sets iterate in hash order, which changes per process; the measures must not
    code = ("import sys, mougraph; kg = mougraph.load(sys.argv[1]); "
            "print(kg.network('full').centrality().to_json())")
    outputs = set()
    for seed in ("1", "2"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        result = subprocess.run([sys.executable, "-c", code, str(chain_out)], env=env,
                                capture_output=True, text=True, check=True)
        outputs.add(result.stdout)
    assert len(outputs) == 1
    assert len(json.loads(outputs.pop())) > 5


def test_extract_text_reads_a_signing_told_only_in_the_title() -> None:
    kg = mougraph.extract_text("양 기관은 청년 창업 지원에 협력하기로 했다.", id="mem-2",
                               title="가람시-누리대학교, 청년 일자리 업무협약 체결")
    (agreement,) = kg.extractions[0].agreements
    assert sorted(o.name for o in agreement.parties) == ["가람시", "누리대학교"]


def test_extract_text_keeps_the_graph_in_memory() -> None:
    kg = mougraph.extract_text("가람시는 19일 나래연구원과 업무협약을 체결했다고 밝혔다.",
                               id="mem-1", published="2024-03-19")
    assert kg.extractions[0].article.id == "mem-1"
    ids = {str(o) for o in kg.graph.objects(None, None) if str(o) == "mem-1"}
    assert ids == {"mem-1"}
    assert isinstance(kg.network().centrality(), Table)
    assert kg.out is None
