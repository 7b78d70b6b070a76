"""Network measures on graphs small enough to check by hand."""
from __future__ import annotations

import json
import math
from itertools import combinations

import networkx as nx
import pytest

from mougraph import network
from mougraph.errors import UnknownOrganisation
from mougraph.network import Network, Organisations, measure, normalise


def by_label(table: network.Table) -> dict[str, network.NodeMeasures]:
    return {row.label: row for row in table}


def org(g: nx.Graph, node: str, alt: str = "") -> None:
    g.add_node(node, type="Organization", label=node, **({"altLabel": alt} if alt else {}))


# --- the measures -------------------------------------------------------------------------

def test_a_path_of_three_organisations() -> None:
    g = nx.Graph()
    g.add_edges_from([("가", "나"), ("나", "다")])
    rows = by_label(measure(g))
    assert [rows[n].degree for n in "가나다"] == [1, 2, 1]
    # 나 lies on the only path of the one pair (가, 다): normalised betweenness 1
    assert [rows[n].betweenness for n in "가나다"] == [0.0, 1.0, 0.0]
    # the leading eigenvector of a 3-path is (1/2, 1/√2, 1/2)
    assert [rows[n].eigenvector for n in "가나다"] == [0.5, round(1 / math.sqrt(2), 6), 0.5]
    assert {rows[n].component for n in "가나다"} == {0}
    assert list(measure(g))[0].label == "나"  # highest degree first


def cliques_and_broker() -> nx.Graph:
    """Two 5-cliques a0..a4 and b0..b4; broker X is joined to a0 and b0 only."""
    g = nx.Graph()
    for side in "ab":
        g.add_edges_from(combinations([f"{side}{i}" for i in range(5)], 2))
    g.add_edges_from([("a0", "X"), ("X", "b0")])
    return g


def test_the_broker_has_the_highest_betweenness() -> None:
    rows = by_label(measure(cliques_and_broker()))
    # by hand: 11 nodes, 45 pairs not involving the node. X is on the path of all 25
    # a-b pairs; a0 on 4·5 a-b pairs plus the 4 pairs (a1..a4, X).
    assert rows["X"].betweenness == round(25 / 45, 6)
    assert rows["a0"].betweenness == rows["b0"].betweenness == round(24 / 45, 6)
    assert rows["a1"].betweenness == 0.0
    assert max(rows.values(), key=lambda r: r.betweenness).label == "X"
    assert measure(cliques_and_broker()).sorted("betweenness")[0].label == "X"


def test_louvain_finds_the_two_communities() -> None:
    rows = by_label(measure(cliques_and_broker()))
    a = {rows[f"a{i}"].community for i in range(5)}
    b = {rows[f"b{i}"].community for i in range(5)}
    assert len(a) == len(b) == 1 and a != b
    assert rows["X"].community in a | b
    groups = network.communities(cliques_and_broker())
    assert len(groups) == 2 and sorted(len(c) for c in groups) == [5, 6]


def test_communities_are_the_same_whatever_the_insertion_order() -> None:
    g = cliques_and_broker()
    backwards = nx.Graph()
    backwards.add_nodes_from(reversed(list(g.nodes)))
    backwards.add_edges_from(reversed(list(g.edges)))
    assert measure(g) == measure(backwards)
    assert network.communities(g) == network.communities(backwards)


def test_a_twelve_party_agreement_is_a_clique() -> None:
    g = nx.complete_graph([f"기관{i:02d}" for i in range(12)])
    table = measure(g)
    assert len(table) == 12
    assert {r.degree for r in table} == {11}
    assert {r.betweenness for r in table} == {0.0}
    assert {r.eigenvector for r in table} == {round(1 / math.sqrt(12), 6)}
    assert {r.community for r in table} == {0} and {r.component for r in table} == {0}


def test_disconnected_graphs_get_eigenvector_per_component() -> None:
    g = nx.Graph()
    g.add_edges_from([("가", "나"), ("나", "다"), ("p", "q")])
    g.add_node("외톨이")
    rows = by_label(measure(g))
    n = 6
    # unit-normalised inside the component, times the component's share of all nodes
    assert rows["나"].eigenvector == round(1 / math.sqrt(2) * 3 / n, 6)
    assert rows["p"].eigenvector == rows["q"].eigenvector == round(1 / math.sqrt(2) * 2 / n, 6)
    assert rows["외톨이"].eigenvector == 0.0
    assert [rows[x].component for x in ("가", "p", "외톨이")] == [0, 1, 2]
    assert rows["외톨이"].degree == 0 and rows["외톨이"].community not in (
        rows["가"].community, rows["p"].community)


@pytest.mark.parametrize("g", [nx.Graph(), nx.empty_graph(1), nx.empty_graph(3),
                               nx.path_graph(2), nx.MultiDiGraph()], ids=repr)
def test_tiny_graphs_do_not_crash(g: nx.Graph) -> None:
    table = measure(g)
    assert len(table) == len(g)
    net = Network(g)
    assert net.summary().nodes == len(g)
    if len(g):
        assert len(net.components()) == nx.number_connected_components(nx.Graph(g))
        assert len(net.communities()) == len(net.components())  # no edge joins two groups
    else:
        assert net.components() == net.communities() == []


def test_eigenvector_is_networkx_eigenvector_centrality_on_a_connected_graph() -> None:
    g = cliques_and_broker()
    nx.set_edge_attributes(g, {("a0", "X"): 3.0}, "weight")
    expected = nx.eigenvector_centrality(g, max_iter=1000, weight="weight")
    got = network.eigenvector(g)
    assert got == pytest.approx(expected, abs=1e-6)


def test_eigenvector_falls_back_to_numpy_when_power_iteration_fails(
        monkeypatch: pytest.MonkeyPatch) -> None:
    g = cliques_and_broker()
    expected = measure(g)

    def fail(*_args: object, **_kwargs: object) -> None:
        raise nx.PowerIterationFailedConvergence(0)

    monkeypatch.setattr(network, "_power_iteration", fail)
    fallback = measure(g)
    for a, b in zip(expected, fallback, strict=True):
        assert a.label == b.label
        assert a.eigenvector == pytest.approx(b.eigenvector, abs=1e-5)


def test_a_large_component_that_does_not_converge_keeps_iterating_instead_of_a_dense_solve(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # a dense solve of a 15k-node areas view took 3.6 GB: past DENSE_EIGEN_UP_TO nodes the
    # power iteration runs longer and keeps its last vector, which is still the answer
    g = cliques_and_broker()
    expected = measure(g)
    longer = network._power_iteration

    def short_then_long(h: nx.Graph, *args: object, settle: bool = False, **kwargs: object
                        ) -> dict[object, float]:
        if not settle:
            raise nx.PowerIterationFailedConvergence(0)
        return longer(h, *args, settle=settle, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(network, "DENSE_EIGEN_UP_TO", 3)
    monkeypatch.setattr(network, "_power_iteration", short_then_long)
    monkeypatch.setattr(network, "_leading_eigenvector", None)  # never the dense solve
    for a, b in zip(expected, measure(g), strict=True):
        assert a.label == b.label
        assert a.eigenvector == pytest.approx(b.eigenvector, abs=1e-5)


def test_betweenness_is_networkx_betweenness() -> None:
    g = nx.les_miserables_graph()  # 77 nodes, 254 edges, a classic
    expected = nx.betweenness_centrality(g, normalized=True)
    assert network.betweenness(g) == pytest.approx(expected, abs=1e-9)


def test_betweenness_of_a_large_graph_is_estimated_from_seeded_sources() -> None:
    g = nx.les_miserables_graph()
    exact = network.betweenness(g)
    estimate = network.betweenness(g, sample=40)
    assert estimate == network.betweenness(g, sample=40)  # seeded: the same every run
    assert estimate != exact
    top = sorted(exact, key=exact.__getitem__)[-1]
    assert top == "Valjean" and estimate[top] == pytest.approx(exact[top], rel=0.5)


def test_a_directed_multigraph_is_measured_as_its_simple_graph() -> None:
    g = nx.MultiDiGraph()
    g.add_edge("가", "나", weight=2.0)
    g.add_edge("나", "가")              # no weight: counts 1
    g.add_edge("나", "다", weight=1.5)
    g.add_edge("다", "다")              # self-loop: dropped
    rows = by_label(measure(g))
    assert rows["나"].degree == 2 and rows["나"].weighted_degree == 4.5
    assert rows["가"].weighted_degree == 3.0
    assert rows["다"].degree == 1


def test_annotate_writes_plain_typed_values_that_graphml_declares(tmp_path) -> None:
    g = cliques_and_broker()
    network.annotate(g)
    types = {"degree": int, "weighted_degree": float, "betweenness": float,
             "eigenvector": float, "community": int, "component": int}
    for _, data in g.nodes(data=True):
        for name, kind in types.items():
            assert type(data[name]) is kind, (name, data[name])
    path = tmp_path / "g.graphml"
    nx.write_graphml(g, path)
    text = path.read_text(encoding="utf-8")
    assert 'attr.name="betweenness" attr.type="double"' in text
    assert 'attr.name="community" attr.type="int"' in text or \
        'attr.name="community" attr.type="long"' in text
    back = nx.read_graphml(path)
    assert back.nodes["X"]["betweenness"] == round(25 / 45, 6)


def test_annotate_works_on_a_multidigraph_with_typed_nodes() -> None:
    g = nx.MultiDiGraph()
    org(g, "가")
    g.add_node("협약", type="Agreement", label="협약")
    g.add_edge("가", "협약", key="signs")
    network.annotate(g)
    assert g.nodes["협약"]["degree"] == 1 and g.nodes["가"]["component"] == 0


# --- the table ----------------------------------------------------------------------------

def test_table_sorts_cuts_and_formats() -> None:
    g = nx.Graph()
    g.add_node("대전광역시", label="대전광역시")
    g.add_edges_from([("대전광역시", "KAIST"), ("대전광역시", "ETRI"), ("KAIST", "ETRI"),
                      ("ETRI", "X")])
    table = measure(g)
    assert [r.label for r in table] == ["ETRI", "KAIST", "대전광역시", "X"]
    assert [r.label for r in table.sorted("label")] == ["ETRI", "KAIST", "X", "대전광역시"]
    assert len(table.top(2)) == 2 and table.top(None) is table
    text = table.to_text().splitlines()
    assert text[0].split() == ["label", "degree", "weighted_degree", "betweenness",
                               "eigenvector", "community", "component"]
    # Hangul takes two columns: every line ends in the same terminal column
    assert len({network.width(line) for line in text}) == 1
    assert json.loads(table.to_json())[0]["label"] == "ETRI"
    assert table.to_csv().splitlines()[0] == ",".join(network.COLUMNS)
    with pytest.raises(ValueError):
        table.sorted("shoe size")


# --- organisations by name, paths, partners -----------------------------------------------

@pytest.mark.parametrize("name,key", [
    ("㈜ 다솜전자", "다솜전자"), ("(주)다솜전자", "다솜전자"), ("주식회사 다솜전자", "다솜전자"),
    ("다솜 전자", "다솜전자"), ("Kaist", "kaist"), ("（주）다솜전자", "다솜전자"),
])
def test_names_are_compared_without_spaces_and_company_marks(name: str, key: str) -> None:
    assert normalise(name) == key


def test_organisations_are_found_by_any_label() -> None:
    names = Organisations({"org:1": ["한국과학기술원", "KAIST", "카이스트"],
                           "org:2": ["㈜다솜전자"], "org:3": ["대전광역시", "대전시"]})
    assert names.find("kaist") == "org:1"
    assert names.find("다솜전자") == "org:2"
    assert names.find("대전 시") == "org:3"
    with pytest.raises(UnknownOrganisation) as error:
        names.find("대전")
    assert error.value.suggestions == ("대전광역시",)
    assert "did you mean: 대전광역시" in str(error.value)
    with pytest.raises(UnknownOrganisation) as error:
        names.find("한국과학기술연구원")
    assert "한국과학기술원" in error.value.suggestions


def test_a_looser_rule_is_tried_when_no_label_matches() -> None:
    def rule(name: str) -> str:
        return normalise(name).removesuffix("교")

    names = Organisations({"org:1": ["가온대학교"], "org:2": ["가온대학"]}, rule=rule)
    assert names.find("가온대학") == "org:2"  # a label match wins over the rule
    names = Organisations({"org:1": ["가온대학교"]}, rule=rule)
    assert names.find("가온 대학") == "org:1"
    with pytest.raises(UnknownOrganisation):
        Organisations({"org:1": ["가온대학교"]}).find("가온대학")


def test_a_canonical_label_wins_over_another_organisations_alternative_label() -> None:
    names = Organisations({"org:unit": ["가온대학교 공과대학", "가온대학교"],
                           "org:uni": ["가온대학교", "가온대"]})
    assert names.find("가온대학교") == "org:uni"


def test_a_name_two_organisations_share_is_reported_as_ambiguous() -> None:
    names = Organisations({"org:1": ["서울대학교", "서울대"], "org:2": ["서울대학병원", "서울대"]})
    with pytest.raises(UnknownOrganisation, match="2 organisations"):
        names.find("서울대")


def signing_graph() -> nx.MultiDiGraph:
    """Like the full view: 가–(협약1)–나–(협약2, 협약3)–다, 라–(협약4)–마 apart."""
    g = nx.MultiDiGraph()
    for name in ("가온대학교", "나래연구원", "다솜전자", "라온시", "마루재단"):
        org(g, name)
    g.nodes["나래연구원"]["altLabel"] = "나래연; NRI"
    signed = {"협약1": ("가온대학교", "나래연구원"), "협약2": ("나래연구원", "다솜전자"),
              "협약3": ("나래연구원", "다솜전자"), "협약4": ("라온시", "마루재단")}
    for number, (agreement, parties) in enumerate(signed.items(), start=1):
        g.add_node(agreement, type="Agreement", label=f"{agreement} 업무협약")
        g.add_node(f"기사{number}", type="NewsArticle", label="제목", identifier=f"art-{number}")
        g.add_edge(agreement, f"기사{number}", key="wasDerivedFrom")
        for party in parties:
            g.add_edge(party, agreement, key="signs")
    g.add_node("사람", type="Person", label="사람")
    for agreement in ("협약1", "협약4"):  # a shared attendee must not make a shortcut
        g.add_edge("사람", agreement, key="attended")
    return g


def test_shortest_path_names_signings_and_articles() -> None:
    connection = network.shortest_path(signing_graph(), "가온대학교", "다솜전자")
    assert connection is not None
    assert connection.organisations() == ["가온대학교", "나래연구원", "다솜전자"]
    first, second = connection.hops
    assert [(a.label, a.articles) for a in first.signings] == [("협약1 업무협약", ("art-1",))]
    assert [a.label for a in second.signings] == ["협약2 업무협약", "협약3 업무협약"]
    assert str(connection).splitlines() == [
        "가온대학교", "  — 협약1 업무협약 [art-1]", "나래연구원", "  — 협약2 업무협약 [art-2]",
        "  — 협약3 업무협약 [art-3]", "다솜전자"]


def test_no_path_between_components_and_none_to_oneself() -> None:
    g = signing_graph()
    assert network.shortest_path(g, "가온대학교", "마루재단") is None
    same = network.shortest_path(g, "NRI", "나래연")
    assert same is not None and same.hops == () and str(same) == "나래연구원"
    with pytest.raises(UnknownOrganisation):
        network.shortest_path(g, "가온대학교", "없는기관")


def test_partners_by_depth() -> None:
    g = signing_graph()
    one = network.partners(g, "다솜전자", depth=1)
    assert [(p.label, p.distance, p.signings, p.via) for p in one.partners] == [
        ("나래연구원", 1, 2, "")]  # a direct partner is reached via no one
    two = network.partners(g, "다솜전자", depth=2)
    assert [(p.label, p.distance, p.signings, p.via) for p in two.partners] == [
        ("나래연구원", 1, 2, ""), ("가온대학교", 2, 0, "나래연구원")]
    assert set(two.graph) == {"다솜전자", "나래연구원", "가온대학교", "협약1", "협약2", "협약3"}
    assert network.partners(g, "라온시", depth=3).partners[0].label == "마루재단"
    with pytest.raises(ValueError):
        network.partners(g, "라온시", depth=0)


def test_notebook_reprs_show_the_readable_forms() -> None:
    g = signing_graph()
    connection = network.shortest_path(g, "가온대학교", "다솜전자")
    assert repr(connection).splitlines()[:2] == ["<Connection: 2 signings apart>", "가온대학교"]
    ego = network.partners(g, "다솜전자")
    assert repr(ego).splitlines()[0] == "<Ego: 다솜전자, 2 partners within 2>"
    g.nodes["가온대학교"]["label"] = "<가온>"
    html = measure(g).top(20)._repr_html_()
    assert html.startswith("<table>") and "&lt;가온&gt;" in html


def test_the_summary_says_when_betweenness_is_estimated(monkeypatch: pytest.MonkeyPatch) -> None:
    assert network.sources(77, 254) is None                 # small: exact
    assert network.sources(10_000, 50_000) == 2_000         # WORK / edges sources
    assert network.sources(100_000, 10_000_000) == 100      # never fewer than 100
    assert network.sources(1_000, 100, sample=40) == 40
    g = nx.barabasi_albert_graph(300, 2, seed=1)
    assert "estimated" not in str(Network(g).summary())
    monkeypatch.setattr(network, "WORK", 10)
    summary = Network(g).summary()
    assert summary.betweenness_sources == 100
    assert str(summary).endswith("; betweenness estimated from 100 sources")


# --- huge views: bounded work past LARGE edges ----------------------------------------------

def test_communities_past_the_bound_come_from_leiden_and_find_the_same_two_groups() -> None:
    # 22 edges: with a bound of 10 the two cliques are found by igraph's Leiden
    g = cliques_and_broker()
    louvain = network.communities(g)
    leiden = network.communities(g, large=10)
    assert leiden == network.communities(g, large=10)  # seeded: the same every run
    groups = [set(group) for group in leiden]
    assert {f"a{i}" for i in range(5)} in [group - {"X"} for group in groups]
    assert {f"b{i}" for i in range(5)} in [group - {"X"} for group in groups]
    assert len(leiden) == len(louvain) == 2


def test_up_to_the_bound_communities_are_networkx_louvain() -> None:
    g = nx.les_miserables_graph()  # 254 edges: exactly at a bound of 254, still Louvain
    expected = nx.community.louvain_communities(g, weight="weight", seed=network.SEED)
    got = network.communities(g, large=254)
    assert sorted(map(sorted, got)) == sorted(map(sorted, expected))
    assert network.bounded(network.simple(g), large=254) == ()


def test_a_component_past_the_bound_gets_its_eigenvector_from_arpack_not_power_iteration(
        monkeypatch: pytest.MonkeyPatch) -> None:
    g = cliques_and_broker()                       # one component of 22 edges …
    g.add_edges_from([("p", "q"), ("q", "r")])     # … and a 3-path of 2 edges
    expected = network.eigenvector(g)
    iterated = []
    power = network._power_iteration

    def watched(h: nx.Graph, *args: object, **kwargs: object) -> dict[object, float]:
        iterated.append(h.number_of_nodes())
        return power(h, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(network, "_power_iteration", watched)
    got = network.eigenvector(g, large=10)
    assert iterated == [3]  # only the small component was iterated
    assert got == pytest.approx(expected, abs=1e-6)
    assert got["p"] == expected["p"]  # under the bound: the very same numbers


def test_the_summary_and_annotate_say_what_was_computed_past_the_bound() -> None:
    g = cliques_and_broker()
    g.add_edges_from([("p", "q"), ("q", "r")])
    assert network.annotate(g.copy()) == ()  # all exact: nothing to say
    said = network.annotate(g, large=10)
    assert said == ("communities by Leiden (igraph, 2 iterations) beyond 10 edges",
                    "eigenvector by ARPACK (igraph) in 1 component beyond 10 edges")
    assert g.nodes["X"]["community"] in (0, 1) and g.nodes["p"]["community"] == 2
    summary = Network(g, large=10).summary()
    assert summary.bounded == said and summary.communities == 3
    assert str(summary).endswith("; " + "; ".join(said))
    assert Network(g).summary().bounded == ()
