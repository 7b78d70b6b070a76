"""RDF -> NetworkX views, on agreements built by hand (tests/graphdata.py)."""
from __future__ import annotations

import re
from collections import Counter

import networkx as nx
import pytest
from graphdata import (
    AGREEMENT_LABEL,
    AREAS,
    CITY,
    LEAD,
    PARTIES,
    QUOTE,
    dataset,
    second_signing,
    span,
    twelve_party,
    two_articles,
)
from rdflib import Graph, Literal
from rdflib.namespace import RDFS

from mougraph import rdf, views
from mougraph.errors import ExportError
from mougraph.model import Agreement, Article, Extraction, Organisation

NMTOKEN = re.compile(r"[\w:.\-·]+")


def org(g: nx.Graph, name: str) -> str:
    """The id of the organisation labelled ``name`` (ids follow rdf's IRI rules)."""
    found = [n for n, d in g.nodes(data=True) if d["label"] == name]
    assert len(found) == 1, (name, found)
    assert found[0].startswith("org:")
    return found[0]


@pytest.fixture(scope="module")
def ds():
    return dataset()


def test_full_view_of_twelve_party_agreement(ds) -> None:
    g = views.view(ds, "full")
    assert isinstance(g, nx.MultiDiGraph)
    types = Counter(d["type"] for _, d in g.nodes(data=True))
    assert types == {"Organization": 12, "Person": 2, "CooperationArea": 3, "Agreement": 1,
                     "Project": 1, "NewsArticle": 1}
    labels = Counter(d["label"] for *_, d in g.edges(data=True))
    assert labels == {"signs": 12, "covers": 3, "concerns": 1, "wasDerivedFrom": 1,
                      "represents": 2, "attended": 2}
    assert (g.number_of_nodes(), g.number_of_edges()) == (20, 21)


def test_full_view_literals_become_attributes(ds) -> None:
    g = views.full(ds)
    city = g.nodes[org(g, CITY)]
    assert city["label"] == CITY and city["type"] == "Organization"
    assert city["altLabel"] == "가람시"
    assert city["orgKind"] == "LocalGovernment"
    assert city["evidence"] == LEAD
    agreement = g.nodes["agreement:garam-cluster:1"]
    assert agreement["label"] == AGREEMENT_LABEL
    assert (agreement["venue"], agreement["signedOn"], agreement["agreementKind"]) == (
        "시청 대회의실", "2024-03-20", "업무협약")
    person = next(d for _, d in g.nodes(data=True) if d["label"] == "한도윤")
    assert (person["label"], person["jobTitle"], person["evidence"]) == ("한도윤", "회장", QUOTE)
    article = g.nodes["article:garam-cluster"]
    assert article["label"] == "가람시, 11개 기관과 특수영상 클러스터 협약"
    assert article["url"] == "https://news.example/garam/1"
    assert (article["author"], article["publisher"]) == ("김기자", "가람일보")
    edge = g.edges[org(g, CITY), "agreement:garam-cluster:1", "signs"]
    assert edge == {"label": "signs", "predicate": "mou:signs", "weight": 1.0,
                    "read_by": "rules"}


def test_sentences_are_attributes_not_nodes(ds) -> None:
    g = views.full(ds)
    assert not [n for n in g if "#" in n or "Sentence" in g.nodes[n]["type"]]
    area_texts = {d["evidence"] for _, d in g.nodes(data=True) if d["type"] == "CooperationArea"}
    assert area_texts == {f"▲{a}" for a in AREAS}


def test_organisation_view_of_twelve_party_agreement_is_the_12_clique(ds) -> None:
    g = views.view(ds, "organisations")
    assert (g.number_of_nodes(), g.number_of_edges()) == (12, 66)
    assert nx.density(g) == 1.0
    assert {d["label"] for _, d in g.nodes(data=True)} == set(PARTIES)
    assert {d["weight"] for *_, d in g.edges(data=True)} == {1.0}
    assert {d["signings"] for *_, d in g.edges(data=True)} == {"agreement:garam-cluster:1"}
    assert {d["label"] for *_, d in g.edges(data=True)} == {AGREEMENT_LABEL}
    assert {d["signingCount"] for _, d in g.nodes(data=True)} == {1}


def test_a_pair_signing_twice_weighs_two() -> None:
    g = views.organisations(two_articles())
    assert (g.number_of_nodes(), g.number_of_edges()) == (12, 66)
    pair = g.edges[org(g, CITY), org(g, "다솜벤처협회")]
    assert pair["weight"] == 2.0
    assert pair["signings"] == "agreement:garam-cluster:1 agreement:garam-startup:1"
    assert Counter(d["weight"] for *_, d in g.edges(data=True)) == {1.0: 65, 2.0: 1}
    assert g.nodes[org(g, CITY)]["signingCount"] == 2


def test_areas_view_is_bipartite_and_weighted() -> None:
    one = views.view(dataset(), "areas")
    assert (one.number_of_nodes(), one.number_of_edges()) == (15, 36)
    assert nx.is_bipartite(one)
    sides = Counter((d["bipartite"], d["type"]) for _, d in one.nodes(data=True))
    assert sides == {(0, "Organization"): 12, (1, "CooperationArea"): 3}
    two = views.areas(two_articles())
    shared = "area:클러스터_인프라_지원"
    assert two.edges[org(two, CITY), shared]["weight"] == 2.0
    assert two.edges[org(two, "다솜벤처협회"), shared]["weight"] == 2.0
    assert two.edges[org(two, "누리광고영상협회"), shared]["weight"] == 1.0
    assert two.number_of_edges() == 36


def test_same_organisation_in_two_articles_is_one_node() -> None:
    g = views.full(two_articles())
    city = org(g, CITY)  # asserts there is exactly one
    assert sorted(v for _, v, k in g.out_edges(city, keys=True) if k == "signs") == [
        "agreement:garam-cluster:1", "agreement:garam-startup:1"]
    assert g.nodes[city]["altLabel"] == "가람시"
    assert (g.number_of_nodes(), g.number_of_edges()) == (22, 25)


def test_plain_graph_and_dataset_give_the_same_view() -> None:
    merged = Graph()
    for extraction in (twelve_party(), second_signing()):
        for triple in rdf.article_triples(extraction):
            merged.add(triple)
    for name in views.VIEWS:
        a, b = views.view(merged, name), views.view(two_articles(), name)
        assert nx.utils.graphs_equal(a, b), name


@pytest.mark.parametrize("name", views.VIEWS)
def test_every_value_is_a_typed_scalar_and_every_id_an_nmtoken(ds, name: str) -> None:
    g = views.view(ds, name)
    for node, data in g.nodes(data=True):
        assert NMTOKEN.fullmatch(node), node
        assert {"label", "type", "iri"} <= set(data)
        for value in data.values():
            assert isinstance(value, str | int | float | bool), (node, value)
    for *_, data in g.edges(data=True):
        for value in data.values():
            assert isinstance(value, str | int | float | bool), value


def test_ids_stay_unique_when_names_clean_to_the_same_token() -> None:
    # "(" is not allowed in an XML NMTOKEN: both names clean to 가람랩_GL_
    lead = span("가람랩(GL)과 가람랩_GL_은 협약을 맺었다.")
    parties = (Organisation("가람랩(GL)", evidence=lead), Organisation("가람랩_GL_", evidence=lead))
    extraction = Extraction(Article("clash", lead.text),
                            (Agreement("가람랩 협약", parties, evidence=lead),))
    g = views.organisations(dataset(extraction))
    assert sorted(g) == ["org:가람랩_GL_", "org:가람랩_GL_-2"]
    assert {g.nodes[n]["label"] for n in g} == {"가람랩(GL)", "가람랩_GL_"}
    assert g.number_of_edges() == 1


def test_several_labels_keep_the_fullest_and_the_rest_as_altlabel() -> None:
    data = dataset()
    city = rdf.org_iri(CITY)
    data.graph(rdf.article_iri("garam-cluster")).add(
        (city, RDFS.label, Literal("가람시청", lang="ko")))
    g = views.organisations(data)
    node = org(g, CITY)
    assert g.nodes[node]["altLabel"] == "가람시; 가람시청"


def test_views_are_deterministic() -> None:
    first, second = views.full(two_articles()), views.full(two_articles())
    assert list(first.nodes(data=True)) == list(second.nodes(data=True))
    assert list(first.edges(keys=True, data=True)) == list(second.edges(keys=True, data=True))


def test_unknown_view_is_a_one_line_error(ds) -> None:
    with pytest.raises(ExportError, match="unknown view 'people'"):
        views.view(ds, "people")


def test_empty_graph_gives_empty_views() -> None:
    for name in views.VIEWS:
        assert views.view(Graph(), name).number_of_nodes() == 0
    assert views.layout(nx.Graph()) == {}


def test_layout_is_seeded_and_bounded(ds) -> None:
    g = views.organisations(ds)
    pos = views.layout(g)
    assert pos == views.layout(g)
    assert set(pos) == set(g)
    assert all(-1000 <= c <= 1000 for xy in pos.values() for c in xy)
    assert len(set(pos.values())) == len(g)  # no two nodes on top of each other


def test_sizes_follow_degree(ds) -> None:
    g = views.full(ds)
    size = views.sizes(g)
    assert size["agreement:garam-cluster:1"] == 50.0  # the hub
    assert size["project:특수영상_클러스터_조성_사업"] == 10.0  # a leaf
    assert size[org(g, CITY)] > size[org(g, "다솜벤처협회")]  # represented, so one more neighbour


def test_views_reads_once_and_gives_each_view() -> None:
    data = two_articles()
    together = views.views(data)
    assert list(together) == list(views.VIEWS)
    for name, g in together.items():
        assert nx.utils.graphs_equal(g, views.view(data, name)), name
    with pytest.raises(ExportError, match="unknown view 'people'"):
        views.views(data, ["organisations", "people"])
