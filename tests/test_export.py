"""Every export read back by a reader other than networkx's own writer's twin.

GraphML: python-igraph. GEXF: ElementTree against the GEXF 1.3 structure. CSV: the csv
module. JSON: json. Checked: labels, types, weights, counts, ids, declared types, viz data.
"""
from __future__ import annotations

import codecs
import csv
import json
import math
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path
from xml.etree import ElementTree as ET

import igraph
import networkx as nx
import pytest
from click.testing import CliRunner
from graphdata import AGREEMENT_LABEL, CITY, PARTIES, dataset, twelve_party, two_articles

from mougraph import export, rdf, views
from mougraph.cli import cli
from mougraph.errors import ExportError
from mougraph.store import Store

G = "{http://gexf.net/1.3}"
VIZ = "{http://gexf.net/1.3/viz}"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
NMTOKEN = re.compile(r"[\w:.\-·]+")
ALL = ("full", "organisations", "areas")


@pytest.fixture(scope="module")
def one(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("one")
    export.export(dataset(), out, formats=export.FORMATS, views=ALL)
    return out


@pytest.fixture(scope="module")
def two(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("two")
    export.export(two_articles(), out, formats=export.FORMATS, views=ALL)
    return out


def test_file_names(one: Path) -> None:
    assert sorted(p.name for p in one.iterdir()) == sorted(
        f"{stem}{suffix}" for stem in ("graph", "organisations", "areas")
        for suffix in (".graphml", ".gexf", "-nodes.csv", "-edges.csv", ".json"))


# --- GraphML, read by igraph ------------------------------------------------------------

def test_graphml_organisations_is_the_12_clique_in_igraph(one: Path) -> None:
    g = igraph.Graph.Read_GraphML(str(one / "organisations.graphml"))
    assert (g.vcount(), g.ecount()) == (12, 66)
    assert not g.is_directed()
    assert sorted(g.vs["label"]) == sorted(PARTIES)
    assert set(g.vs["type"]) == {"Organization"}
    assert set(g.es["weight"]) == {1.0}
    assert set(g.es["label"]) == {AGREEMENT_LABEL}
    assert g.degree() == [11] * 12


def test_graphml_keys_are_readable_and_ids_unique(one: Path) -> None:
    root = ET.parse(one / "graph.graphml").getroot()
    ns = "{http://graphml.graphdrawing.org/xmlns}"
    keys = {(k.get("for"), k.get("attr.name")): k.get("attr.type")
            for k in root.iter(f"{ns}key")}
    ids = [k.get("id") for k in root.iter(f"{ns}key")]
    assert len(ids) == len(set(ids))  # unique in the document, as GraphML requires
    for k in root.iter(f"{ns}key"):  # and readable: the name, or scope_name on a clash
        assert k.get("id") in (k.get("attr.name"), f"{k.get('for')}_{k.get('attr.name')}")
    assert ("edge_label", "edge") in {(k.get("id"), k.get("for")) for k in root.iter(f"{ns}key")}
    data_keys = {d.get("key") for d in root.iter(f"{ns}data")}
    assert data_keys <= set(ids)
    assert keys[("node", "label")] == "string" and keys[("edge", "weight")] == "double"
    assert {("node", n) for n in ("type", "evidence", "x", "y", "size", "r", "g", "b",
                                  "degree", "betweenness", "community")} <= set(keys)
    nodes = [n.get("id") for n in root.iter(f"{ns}node")]
    edges = [e.get("id") for e in root.iter(f"{ns}edge")]
    assert len(nodes) == len(set(nodes)) == 20 and all(NMTOKEN.fullmatch(n) for n in nodes)
    assert len(edges) == len(set(edges)) == 21 and edges == [f"e{i}" for i in range(21)]


def test_graphml_full_view_in_igraph(one: Path) -> None:
    g = igraph.Graph.Read_GraphML(str(one / "graph.graphml"))
    assert g.is_directed() and (g.vcount(), g.ecount()) == (20, 21)
    assert Counter(g.vs["type"])["Organization"] == 12
    assert Counter(g.es["label"]) == {"signs": 12, "covers": 3, "concerns": 1,
                                      "wasDerivedFrom": 1, "represents": 2, "attended": 2}
    hub = g.vs.find(label=AGREEMENT_LABEL)
    assert hub["type"] == "Agreement" and hub["venue"] == "시청 대회의실"
    assert hub.indegree() == 12 + 2  # signed by 12, attended by 2
    for v in g.vs:  # Gephi's GraphML importer reads these as colour, size and position
        assert (v["r"], v["g"], v["b"]) == _rgb(views.colour(v["type"]))
        assert -1000 <= v["x"] <= 1000 and 10 <= v["size"] <= 50


def test_graphml_shared_pair_weighs_two(two: Path) -> None:
    g = igraph.Graph.Read_GraphML(str(two / "organisations.graphml"))
    city, partner = g.vs.find(label=CITY), g.vs.find(label="다솜벤처협회")
    edge = g.es[g.get_eid(city.index, partner.index)]
    assert edge["weight"] == 2.0
    assert edge["signings"] == "agreement:garam-cluster:1 agreement:garam-startup:1"
    assert Counter(g.es["weight"]) == {1.0: 65, 2.0: 1}


# --- GEXF 1.3, read with ElementTree ----------------------------------------------------

def _gexf(path: Path) -> ET.Element:
    head = path.read_bytes()[:400].decode()
    assert head.startswith('<?xml version="1.0" encoding="UTF-8"?>')
    assert f'xmlns:xsi="{XSI}"' in head and "http://w3.org/2001" not in head
    root = ET.parse(path).getroot()
    assert root.tag == f"{G}gexf" and root.get("version") == "1.3"
    assert root.get(f"{{{XSI}}}schemaLocation") == "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd"
    return root


def _declared(root: ET.Element, cls: str) -> dict[str, str]:
    block = [a for a in root.iter(f"{G}attributes")
             if a.get("class") == cls and a.get("mode") == "static"]
    assert len(block) == 1
    return {a.get("id"): a.get("type") for a in block[0].iter(f"{G}attribute")}


def _typed(kind: str, text: str) -> object:
    if kind == "integer":
        return int(text)
    if kind == "double":
        value = float(text)
        assert math.isfinite(value)
        return value
    if kind == "boolean":
        assert text in ("true", "false")
        return text == "true"
    assert kind == "string"
    return text


def _gexf_graph(path: Path) -> nx.MultiGraph:
    """Read a GEXF 1.3 file by its structure, checking declared types on the way."""
    root = _gexf(path)
    graph_el = root.find(f"{G}graph")
    assert graph_el is not None
    directed = graph_el.get("defaultedgetype") == "directed"
    g: nx.MultiGraph = nx.MultiDiGraph() if directed else nx.MultiGraph()
    cols = {cls: _declared(root, cls) for cls in ("node", "edge")}
    dynamic = {a.get("id") for block in root.iter(f"{G}attributes")
               if block.get("mode") == "dynamic" for a in block.iter(f"{G}attribute")}
    for node in root.iter(f"{G}node"):
        attrs: dict[str, object] = {"label": node.get("label")}
        for value in node.iter(f"{G}attvalue"):
            kind = cols["node"][value.get("for")]  # KeyError: undeclared attribute
            attrs[value.get("for")] = _typed(kind, value.get("value"))
        colour, position, size = (node.find(f"{VIZ}{t}") for t in ("color", "position", "size"))
        assert colour is not None and position is not None and size is not None
        attrs["rgb"] = tuple(int(colour.get(c)) for c in "rgb")
        attrs["xy"] = (float(position.get("x")), float(position.get("y")))
        attrs["size"] = float(size.get("value"))
        assert node.get("id") not in g
        g.add_node(node.get("id"), **attrs)
    for edge in root.iter(f"{G}edge"):
        attrs = {"label": edge.get("label"), "weight": float(edge.get("weight")),
                 "id": edge.get("id")}
        for value in edge.iter(f"{G}attvalue"):
            if value.get("for") in dynamic:  # a value over time: (start, end, value) spells
                spell = (value.get("start"), value.get("endopen"), float(value.get("value")))
                attrs.setdefault(f"{value.get('for')}_over_time", []).append(spell)
                continue
            attrs[value.get("for")] = _typed(cols["edge"][value.get("for")], value.get("value"))
        assert edge.get("source") in g and edge.get("target") in g
        g.add_edge(edge.get("source"), edge.get("target"), **attrs)
    ids = [d["id"] for *_, d in g.edges(data=True)]
    assert len(ids) == len(set(ids))
    return g


def _rgb(hexa: str) -> tuple[int, int, int]:
    return int(hexa[1:3], 16), int(hexa[3:5], 16), int(hexa[5:7], 16)


def test_gexf_organisations_is_the_12_clique(one: Path) -> None:
    g = _gexf_graph(one / "organisations.gexf")
    assert not g.is_directed()
    assert (g.number_of_nodes(), g.number_of_edges()) == (12, 66)
    assert sorted(d["label"] for _, d in g.nodes(data=True)) == sorted(PARTIES)
    assert {d["weight"] for *_, d in g.edges(data=True)} == {1.0}
    assert {d["degree"] for _, d in g.nodes(data=True)} == {11}  # network.annotate ran
    assert {d["rgb"] for _, d in g.nodes(data=True)} == {_rgb(views.colour("Organization"))}


def test_gexf_full_view_types_colours_sizes_positions(one: Path) -> None:
    g = _gexf_graph(one / "graph.gexf")
    assert g.is_directed() and (g.number_of_nodes(), g.number_of_edges()) == (20, 21)
    for _, d in g.nodes(data=True):
        assert d["rgb"] == _rgb(views.colour(d["type"]))
    sizes = {d["type"]: d["size"] for _, d in g.nodes(data=True)}
    assert sizes["Agreement"] == 50.0 and sizes["Project"] == 10.0
    positions = [d["xy"] for _, d in g.nodes(data=True)]
    assert len(set(positions)) == 20 and all(-1000 <= c <= 1000 for xy in positions for c in xy)
    assert Counter(d["label"] for *_, d in g.edges(data=True))["signs"] == 12


def test_gexf_shared_pair_weighs_two(two: Path) -> None:
    g = _gexf_graph(two / "organisations.gexf")
    weights = Counter(d["weight"] for *_, d in g.edges(data=True))
    assert weights == {1.0: 65, 2.0: 1}
    heavy = next((u, v) for u, v, d in g.edges(data=True) if d["weight"] == 2.0)
    assert {g.nodes[n]["label"] for n in heavy} == {CITY, "다솜벤처협회"}


def test_gexf_areas_is_bipartite(one: Path) -> None:
    g = _gexf_graph(one / "areas.gexf")
    assert (g.number_of_nodes(), g.number_of_edges()) == (15, 36)
    assert Counter(d["bipartite"] for _, d in g.nodes(data=True)) == {0: 12, 1: 3}


# --- CSV (Gephi's spreadsheet import) and JSON ------------------------------------------

def _rows(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        rows = list(reader)
        return list(reader.fieldnames or []), rows


def test_csv_tables(one: Path, two: Path) -> None:
    header, nodes = _rows(one / "organisations-nodes.csv")
    assert header[:3] == ["Id", "Label", "Type"]
    assert sorted(r["Label"] for r in nodes) == sorted(PARTIES)
    header, edges = _rows(two / "organisations-edges.csv")
    assert header[:6] == ["Source", "Target", "Type", "Id", "Label", "Weight"]
    assert len(edges) == 66 and {r["Type"] for r in edges} == {"Undirected"}
    assert Counter(float(r["Weight"]) for r in edges) == {1.0: 65, 2.0: 1}
    ids = {r["Id"] for r in nodes}
    assert all(r["Source"] in ids and r["Target"] in ids for r in edges)
    _, full_edges = _rows(one / "graph-edges.csv")
    assert len(full_edges) == 21 and {r["Type"] for r in full_edges} == {"Directed"}
    _, full_nodes = _rows(one / "graph-nodes.csv")
    evidence = [r["evidence"] for r in full_nodes if r["Type"] == "Person"]
    assert len(evidence) == 2 and all(evidence)  # the source sentence travels with the node


def test_csv_tables_open_in_excel_as_utf8(one: Path) -> None:
    """Excel takes a CSV for UTF-8 only when it starts with the byte-order mark; the
    header right after it is what Gephi's spreadsheet import looks for."""
    for name in ("organisations-nodes.csv", "organisations-edges.csv"):
        data = (one / name).read_bytes()
        assert data.startswith(codecs.BOM_UTF8)
        assert data[3:].startswith(b"Id,Label,Type," if "nodes" in name
                                   else b"Source,Target,Type,Id,Label,Weight")
        assert data.count(codecs.BOM_UTF8) == 1
        assert CITY.encode("utf-8") in data  # Hangul as UTF-8, not a local code page


def test_json_node_link(one: Path, two: Path) -> None:
    data = json.loads((one / "organisations.json").read_text(encoding="utf-8"))
    assert (len(data["nodes"]), len(data["links"])) == (12, 66)
    assert {n["type"] for n in data["nodes"]} == {"Organization"}
    assert all({"x", "y", "size", "color", "label"} <= set(n) for n in data["nodes"])
    assert {link["weight"] for link in data["links"]} == {1.0}
    heavy = json.loads((two / "organisations.json").read_text(encoding="utf-8"))
    assert Counter(link["weight"] for link in heavy["links"]) == {1.0: 65, 2.0: 1}
    full = nx.node_link_graph(json.loads((one / "graph.json").read_text(encoding="utf-8")),
                              edges="links")
    assert (full.number_of_nodes(), full.number_of_edges()) == (20, 21)


# --- what the writers guarantee for any graph -------------------------------------------

def test_messy_attributes_are_cleaned_and_typed(tmp_path: Path) -> None:
    g = nx.Graph()
    g.add_node("a b", label="첫째", tags=["x", "y"], score=1, maybe=None, ratio=float("nan"))
    g.add_node("a/b", label="둘째", tags=("z",), score=2.5, flag=True)
    g.add_node(3, score="높음")  # no label or type: the id and "Resource" stand in
    g.add_edge("a b", "a/b", weight=3, note={"k": 1})
    g.add_edge("a/b", 3)
    paths = {p.suffix: p for p in export.write(g, "gexf", tmp_path / "messy")}
    messy = _gexf_graph(paths[".gexf"])
    assert sorted(messy) == ["3", "a_b", "a_b-2"]
    types = _declared(_gexf(paths[".gexf"]), "node")
    assert types["score"] == "string"  # 1, 2.5 and "높음": one declared type for all
    assert types["tags"] == "string" and "maybe" not in types and "flag" in types
    labels = {d["label"]: d for _, d in messy.nodes(data=True)}
    assert labels["첫째"]["tags"] == "x; y" and "ratio" not in labels["첫째"]
    assert labels["3"]["type"] == "Resource"
    assert sorted(d["weight"] for *_, d in messy.edges(data=True)) == [1.0, 3.0]
    ig = igraph.Graph.Read_GraphML(str(export.write(g, "graphml", tmp_path / "messy")[0]))
    assert sorted(ig.vs["score"]) == ["1", "2.5", "높음"]


def test_same_graph_same_bytes_in_a_fresh_process(tmp_path: Path) -> None:
    export.export(two_articles(), tmp_path / "here", views=("organisations", "full"))
    script = ("import sys; sys.path.insert(0, 'tests'); from pathlib import Path;"
              "from graphdata import two_articles; from mougraph import export;"
              f"export.export(two_articles(), Path({str(tmp_path / 'there')!r}),"
              " views=('organisations', 'full'))")
    subprocess.run([sys.executable, "-c", script], check=True,
                   cwd=Path(__file__).resolve().parents[1])
    here = sorted((tmp_path / "here").iterdir())
    assert len(here) == 10
    for path in here:
        assert path.read_bytes() == (tmp_path / "there" / path.name).read_bytes(), path.name
    assert not [p for p in (tmp_path / "here").iterdir() if p.name.startswith(".")]


def test_unknown_format_or_view() -> None:
    with pytest.raises(ExportError, match="unknown format 'dot'"):
        export.export(dataset(), Path("unused"), formats=["dot"])
    with pytest.raises(ExportError, match="unknown view 'people'"):
        export.export(dataset(), Path("unused"), views=["people"])


# --- the command ------------------------------------------------------------------------

def test_export_command_reads_the_store(tmp_path: Path) -> None:
    with Store.open(tmp_path, create=True) as store:
        extraction = twelve_party()
        store.put(extraction.article.id, rdf.article_triples(extraction))
        store.flush()
    runner = CliRunner()
    result = runner.invoke(cli, ["export", "--format", "gexf", "--view", "organisations",
                                 "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert result.output.strip() == str(tmp_path / "organisations.gexf")
    g = _gexf_graph(tmp_path / "organisations.gexf")
    assert (g.number_of_nodes(), g.number_of_edges()) == (12, 66)
    result = runner.invoke(cli, ["export", "--format", "all", "--view", "all",
                                 "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert len(result.output.splitlines()) == 15
    result = runner.invoke(cli, ["export", "--format", "csv", "--view", "areas",
                                 "--no-measures", "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    header, rows = _rows(tmp_path / "areas-nodes.csv")
    assert len(rows) == 15 and "betweenness" not in header and "bipartite" in header


def test_export_command_without_a_graph(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["export", "--format", "csv", "--out", str(tmp_path)])
    assert result.exit_code != 0
    assert "mougraph: " in result.output and "Traceback" not in result.output


def test_an_empty_graph_exports_empty_files(tmp_path: Path) -> None:
    from rdflib import Dataset

    paths = export.export(Dataset(), tmp_path, views=ALL)
    assert len(paths) == 15
    assert _gexf_graph(tmp_path / "organisations.gexf").number_of_nodes() == 0
    assert igraph.Graph.Read_GraphML(str(tmp_path / "areas.graphml")).vcount() == 0
    assert _rows(tmp_path / "graph-edges.csv") == (
        ["Source", "Target", "Type", "Id", "Label", "Weight"], [])
    assert json.loads((tmp_path / "graph.json").read_text(encoding="utf-8"))["nodes"] == []


@pytest.mark.parametrize("count", [999, 1000, 1001])
def test_large_views_stream_well_formed_and_evenly_indented(count: int) -> None:
    """GEXF and GraphML are written in batches of elements: at a batch's edge, as
    anywhere, one node per line at its depth and no stray blank line."""
    g = nx.Graph(view="organisations")
    g.add_edges_from((f"o{i}", f"o{i + 1}") for i in range(count - 1))
    p = export.Prepared(g)
    for blob, depth in ((export.gexf(p), 6), (export.graphml(p), 4)):
        text = blob.decode("utf-8")
        root = ET.fromstring(blob)
        assert sum(1 for e in root.iter() if e.tag.endswith("}node")) == count
        assert text.count("\n" + " " * depth + "<node ") == count
        assert "\n\n" not in text and text.endswith(">\n")


def test_export_says_which_measures_of_a_large_view_were_estimated(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from mougraph import network

    heard: list[str] = []
    export.export(dataset(), tmp_path, formats=["csv"], views=["organisations"], say=heard.append)
    assert heard == []  # 12 organisations: every measure exact
    monkeypatch.setattr(network, "LARGE", 10)  # the 12-clique's 66 edges are now "large"
    export.export(dataset(), tmp_path, formats=["csv"], views=["organisations"], say=heard.append)
    assert heard == ["organisations view (12 nodes): communities by Leiden (igraph, 2 "
                     "iterations) beyond 10 edges; eigenvector by ARPACK (igraph) in 1 "
                     "component beyond 10 edges"]
    _, rows = _rows(tmp_path / "organisations-nodes.csv")
    assert {row["eigenvector"] for row in rows} == {"0.288675"}  # 1/√12, as when exact
