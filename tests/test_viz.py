"""Pictures: a PNG/SVG with real Korean glyphs, and the offline HTML viewer in Chromium."""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import warnings
from pathlib import Path
from urllib.parse import quote
from xml.etree import ElementTree as ET

import networkx as nx
import numpy as np
import pytest
from cdp import Browser
from click.testing import CliRunner
from graphdata import (
    AGREEMENT_LABEL,
    CITY,
    QUOTE,
    dataset,
    second_signing,
    twelve_party,
    two_articles,
)
from matplotlib import image as mpimg

from mougraph import rdf, views, viz
from mougraph.cli import cli
from mougraph.errors import ExportError
from mougraph.model import Extraction
from mougraph.store import Store


def _rgb(hexa: str) -> np.ndarray:
    return np.array([int(hexa[i:i + 2], 16) for i in (1, 3, 5)], dtype=float)


def _pixels_of(png: Path, hexa: str, tolerance: float = 12.0) -> int:
    """How many pixels of ``png`` have (about) the colour ``hexa``."""
    pixels = mpimg.imread(str(png))[..., :3] * 255.0
    return int((np.abs(pixels - _rgb(hexa)).max(axis=-1) <= tolerance).sum())


# --- static pictures --------------------------------------------------------------------

def test_korean_font_is_bundled_and_covers_every_label() -> None:
    from matplotlib import font_manager
    from matplotlib.ft2font import FT2Font

    family = viz.korean_font()
    assert family == "NanumGothic"
    path = font_manager.findfont(font_manager.FontProperties(family=family),
                                 fallback_to_default=False)
    charmap = FT2Font(path).get_charmap()
    g = views.full(two_articles())
    text = "".join(viz._short(str(d["label"])) for _, d in g.nodes(data=True))
    missing = {c for c in text if not c.isspace() and ord(c) not in charmap}
    assert not missing


@pytest.mark.parametrize("view", views.VIEWS)
def test_png_draws_without_missing_glyphs(tmp_path: Path, view: str) -> None:
    out = tmp_path / f"{view}.png"
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # matplotlib warns "Glyph … missing" for tofu
        viz.draw(dataset(), out, view=view)
    picture = mpimg.imread(str(out))
    assert picture.shape[:2] == (1123, 1560)  # 13 × 9.36 inches at 120 dpi for a small graph
    g = views.view(dataset(), view)
    legend = viz.groups(g, viz.default_colour_by(view)).legend
    names = {"full": {"Agreement", "Organization", "Person", "CooperationArea"},
             "organisations": {"LocalGovernment", "Association"},
             "areas": {"Organization", "CooperationArea"}}[view]
    assert names <= {name for name, _, _ in legend}  # organisations told apart by kind
    for name, colour, _ in legend:  # nodes really drawn, in their group's colour
        assert _pixels_of(out, colour) > 100, name


def test_png_and_svg_bytes_are_deterministic(tmp_path: Path) -> None:
    g = views.organisations(two_articles())
    assert viz.picture(g, fmt="png") == viz.picture(g, fmt="png")
    svg = viz.picture(g, fmt="svg", title="가람 네트워크")
    assert svg == viz.picture(g, fmt="svg", title="가람 네트워크")
    root = ET.fromstring(svg)
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    # names stay text: selectable, searchable and editable in Inkscape or Illustrator, with
    # Korean fonts named for viewers that lack NanumGothic
    texts = {"".join(t.itertext()) for t in root.iter("{http://www.w3.org/2000/svg}text")}
    assert {d["label"] for _, d in g.nodes(data=True)} <= texts
    assert "가람 네트워크" in texts
    assert b"'NanumGothic', 'Noto Sans CJK KR'" in svg


def test_draw_refuses_unknown_suffix(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match=r"cannot draw to \.pdf"):
        viz.draw(dataset(), tmp_path / "graph.pdf")
    assert not list(tmp_path.iterdir())


# --- the HTML page ----------------------------------------------------------------------

def test_html_page_is_self_contained(tmp_path: Path) -> None:
    out = viz.draw(dataset(), tmp_path / "graph.html")
    page = out.read_text(encoding="utf-8")
    assert not re.search(r"\b(src|href)\s*=", page)  # nothing fetched: no CDN, no files
    assert "@import" not in page and "url(" not in page
    assert page.count("<script") == 2  # the data and the viewer, both inline
    assert QUOTE.replace('"', '\\"') in page  # the source sentences ride along
    assert viz.page(views.full(dataset())) == viz.page(views.full(dataset()))  # same bytes


def test_html_data_cannot_close_the_script(tmp_path: Path) -> None:
    import networkx as nx

    g = nx.Graph()
    g.add_node("x", label="</script><b>깨짐</b>", type="Organization")
    page = viz.page(g)
    assert page.count("</script>") == 2


def _chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    if os.environ.get("CI") and not os.environ.get("MOUGRAPH_NO_BROWSER"):
        pytest.fail("Chromium is missing on CI: dev.py install_browser() should install it")
    if os.environ.get("MOUGRAPH_NO_BROWSER"):  # dev.py chose not to (it says why)
        pytest.skip(f"no Chromium: {os.environ['MOUGRAPH_NO_BROWSER']}")
    pytest.skip("no Chromium here (python3 dev.py test installs it)")


def _browse(url: str, profile: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    command = [_chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
               "--no-first-run", "--disable-background-networking",
               "--disable-component-update", "--disable-sync", "--hide-scrollbars",
               f"--user-data-dir={profile}", "--window-size=1280,800",
               "--virtual-time-budget=3000", *extra, url]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=True)


def test_html_viewer_in_headless_chromium(tmp_path: Path) -> None:
    organisations = viz.draw(dataset(), tmp_path / "organisations.html", view="organisations")
    full = viz.draw(dataset(), tmp_path / "full.html", view="full")
    profile = tmp_path / "profile"

    # the page's script ran and drew all 12 organisations and 66 edges
    dom = _browse(organisations.as_uri(), profile, "--dump-dom").stdout
    assert 'data-ready="true"' in dom
    assert re.search(r'id="status" data-nodes="12" data-edges="66"', dom)
    assert re.search(r'<canvas id="graph"[^>]* data-drawn="12"', dom)
    labels = int(re.search(r'data-labels="(\d+)"', dom).group(1))
    assert labels >= 6  # most names fit without overlapping

    # a node's details: what hovering shows, opened through the #node= link
    person = next(n for n, d in views.full(dataset()).nodes(data=True) if d["label"] == "한도윤")
    dom = _browse(f"{full.as_uri()}#node={quote(person)}", profile, "--dump-dom").stdout
    tip = re.search(r'<div id="tip"[^>]*data-node="([^"]+)"[^>]*>(.*?)</div>\s*<div id="tools"',
                    dom, re.S)
    assert tip and tip.group(1) == person
    assert "<b>한도윤</b>" in tip.group(2) and "jobTitle: 회장" in tip.group(2)
    assert QUOTE.replace('"', "&quot;") in tip.group(2) or QUOTE in tip.group(2)

    # and a real screenshot: the eleven associations are on the canvas in their kind's colour
    shot = tmp_path / "organisations-screenshot.png"
    _browse(organisations.as_uri(), profile, f"--screenshot={shot}")
    assert mpimg.imread(str(shot)).shape[:2] == (800, 1280)
    assert _pixels_of(shot, viz.KIND_COLOURS["Association"]) > 11 * 150


def test_html_viewer_hover_drag_and_wheel(tmp_path: Path) -> None:
    """Driven like a person with a mouse, through the DevTools protocol."""
    page = viz.draw(dataset(), tmp_path / "full.html", view="full")
    person = next(n for n, d in views.full(dataset()).nodes(data=True) if d["label"] == "한도윤")
    with Browser(_chromium(), tmp_path / "profile") as browser:
        browser.open(page.as_uri())
        browser.wait_for("document.body && document.body.dataset.ready === 'true'")
        assert browser.eval("document.getElementById('graph').dataset.drawn") == "20"
        at = browser.eval(f"mougraphViewer.position({json.dumps(person)})")
        assert 0 < at["x"] < 1280 and 0 < at["y"] < 800

        browser.mouse("mouseMoved", at["x"], at["y"])  # hover: the source sentence shows
        assert browser.eval("mougraphViewer.shown()") == person
        tip = browser.eval("document.getElementById('tip').innerText")
        assert "한도윤" in tip and "jobTitle: 회장" in tip and QUOTE in tip
        shot = browser.screenshot(tmp_path / "hover.png")
        assert _pixels_of(shot, views.colour("Agreement")) > 100

        browser.mouse("mouseMoved", 5, 790)  # away from every node: the tooltip goes
        assert browser.eval("mougraphViewer.shown()") is None

        # drag the empty background by (-100, +60): the whole drawing moves with it
        browser.mouse("mousePressed", 5, 790, button="left", clickCount=1)
        browser.mouse("mouseMoved", 5 - 50, 790 + 30, button="left", buttons=1)
        browser.mouse("mouseMoved", 5 - 100, 790 + 60, button="left", buttons=1)
        browser.mouse("mouseReleased", 5 - 100, 790 + 60, button="left", clickCount=1)
        moved = browser.eval(f"mougraphViewer.position({json.dumps(person)})")
        assert (round(moved["x"] - at["x"]), round(moved["y"] - at["y"])) == (-100, 60)

        # wheel up over a node zooms in around the mouse: that node stays under it
        browser.mouse("mouseWheel", moved["x"], moved["y"], deltaX=0, deltaY=-400)
        assert browser.eval("mougraphViewer.zoom()") > 1.5
        still = browser.eval(f"mougraphViewer.position({json.dumps(person)})")
        assert abs(still["x"] - moved["x"]) < 1 and abs(still["y"] - moved["y"]) < 1
        assert still["r"] > moved["r"]


def test_html_viewer_fills_the_window_finds_names_and_keeps_the_legend_visible(
        tmp_path: Path) -> None:
    g = _corpus(90)
    g.nodes["o5"]["altLabel"] = "다른 이름 연구소"
    page = tmp_path / "organisations.html"
    page.write_text(viz.page(g, colour_by="kind"), encoding="utf-8")
    with Browser(_chromium(), tmp_path / "profile") as browser:
        browser.open(page.as_uri())
        browser.wait_for("document.body && document.body.dataset.ready === 'true'")
        spots = [browser.eval(f"mougraphViewer.position('o{i}')") for i in range(90)]
        xs, ys = [p["x"] for p in spots], [p["y"] for p in spots]
        legend = browser.eval("(function (r) { return {left: r.left, right: r.right, "
                              "top: r.top, bottom: r.bottom}; })(document.getElementById("
                              "'legend').getBoundingClientRect())")
        head = browser.eval("document.getElementById('head').getBoundingClientRect().bottom")
        assert all(p["x"] < legend["left"] for p in spots)  # beside the legend, below the title
        assert all(p["y"] > head for p in spots), (head, min(ys), max(ys))
        # and filling the room left between them, in one dimension at least
        assert max((max(xs) - min(xs)) / legend["left"], (max(ys) - min(ys)) / (800 - head)) > 0.8

        # search: any name, spaces and case ignored
        assert browser.eval("mougraphViewer.find('다른이름연구소')") == "o5"
        assert browser.eval("mougraphViewer.find('가상기관007')") == "o7"
        assert browser.eval("mougraphViewer.find('없는 기관')") is None

        # hover the node nearest the legend: its tooltip does not cover the legend
        nearest = max(range(90), key=lambda i: spots[i]["x"] - abs(spots[i]["y"] - 60))
        browser.mouse("mouseMoved", spots[nearest]["x"], spots[nearest]["y"])
        assert browser.eval("mougraphViewer.shown()") == f"o{nearest}"
        tip = browser.eval("(function (r) { return {left: r.left, right: r.right, "
                           "top: r.top, bottom: r.bottom}; })(document.getElementById("
                           "'tip').getBoundingClientRect())")
        apart = (tip["right"] <= legend["left"] or tip["left"] >= legend["right"]
                 or tip["bottom"] <= legend["top"] or tip["top"] >= legend["bottom"])
        assert apart, (tip, legend)


def test_html_viewer_edge_hover_names_the_agreements(tmp_path: Path) -> None:
    g = views.organisations(two_articles())
    ids = {d["label"]: n for n, d in g.nodes(data=True)}
    city, partner = ids[CITY], ids["다솜벤처협회"]
    page = viz.draw(two_articles(), tmp_path / "organisations.html", view="organisations")
    with Browser(_chromium(), tmp_path / "profile") as browser:
        browser.open(page.as_uri())
        browser.wait_for("document.body && document.body.dataset.ready === 'true'")
        a, b = (browser.eval(f"mougraphViewer.position({json.dumps(n)})") for n in (city, partner))
        # on the edge, near the partner (whose only edge it is): no other edge crosses there
        t = 1 - (b["r"] + 12) / ((b["x"] - a["x"]) ** 2 + (b["y"] - a["y"]) ** 2) ** 0.5
        browser.mouse("mouseMoved", a["x"] + t * (b["x"] - a["x"]), a["y"] + t * (b["y"] - a["y"]))
        assert set(browser.eval("mougraphViewer.shownEdge()").split()) == {city, partner}
        tip = browser.eval("document.getElementById('tip').innerText")
        assert "weight: 2" in tip
        assert AGREEMENT_LABEL in tip and "창업 지원 협약" in tip
        browser.mouse("mouseMoved", a["x"], a["y"])  # on the node itself: the node wins
        assert browser.eval("mougraphViewer.shown()") == city
        assert browser.eval("mougraphViewer.shownEdge()") is None


# --- the command ------------------------------------------------------------------------

def _store(folder: Path, *extractions: Extraction) -> Path:
    with Store.open(folder, create=True) as store:
        for extraction in extractions or (twelve_party(),):
            store.put(extraction.article.id, rdf.article_triples(extraction))
        store.flush()
    return folder


def test_viz_reads_and_writes_the_out_folder(tmp_path: Path) -> None:
    """One folder rule: --out is where the graph is read and the picture written."""
    out = _store(tmp_path / "dev-out")
    runner = CliRunner()
    result = runner.invoke(cli, ["viz", "--view", "organisations", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert result.output.strip() == str(out / "organisations.png")
    result = runner.invoke(cli, ["viz", "--format", "HTML", "--out", str(out)])  # any case
    assert result.output.strip() == str(out / "graph.html")  # the full view's stem
    assert CITY in (out / "graph.html").read_text(encoding="utf-8")

    # a file path draws the graph of the folder it is in, not the default output/
    target = out / "organisations.svg"
    result = runner.invoke(cli, ["viz", "--view", "organisations", "--out", str(target)])
    assert result.exit_code == 0, result.output
    assert "12 nodes" in target.read_text(encoding="utf-8")

    # … or of the folder given with --from
    elsewhere = tmp_path / "pictures" / "org.png"
    result = runner.invoke(cli, ["viz", "--view", "organisations", "--out", str(elsewhere),
                                 "--from", str(out)])
    assert result.exit_code == 0 and elsewhere.is_file()
    result = runner.invoke(cli, ["viz", "--out", str(out / "g.gif")])
    assert result.exit_code == 2 and result.output.startswith("mougraph: ")
    result = runner.invoke(cli, ["viz", "--format", "svg", "--out", str(out / "g.png")])
    assert result.exit_code == 2
    assert result.output == f"mougraph: {out / 'g.png'}: --format svg but the file ends in .png\n"


def test_a_view_too_large_to_draw_shows_its_best_connected_nodes_and_says_so(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A store's full view runs to hundreds of thousands of nodes: a picture draws the
    best-connected ones (MAX_DRAWN) and its title and stderr say how many of how many."""
    out = _store(tmp_path, twelve_party(), second_signing())
    with Store.open(out) as store:
        whole = views.full(store)
    monkeypatch.setitem(viz.MAX_DRAWN, ".html", 20)
    result = CliRunner().invoke(cli, ["viz", "--format", "html", "--out", str(out)])
    assert result.exit_code == 0, result.output
    drawn, hubs = viz.best_connected(whole, 20)
    assert len(drawn) == 20 and drawn.number_of_edges() >= 19  # hubs with their neighbours
    shown = (f"drawn: 20 nodes, the {hubs} best-connected (most neighbours) with up to "
             f"1 of their best-connected neighbours each, and the "
             f"{drawn.number_of_edges()} edges among them")
    assert result.stderr.strip() == (f"{out / 'graph.html'}: full view too large to draw "
                                     f"whole; {shown} (mougraph export writes every node)")
    page = (out / "graph.html").read_text(encoding="utf-8")
    found = re.search(r'<script id="graph-data"[^>]*>(.*?)</script>', page, re.S)
    assert found is not None
    data = json.loads(found.group(1))
    assert data["title"] == (f"mougraph · full · {len(whole)} nodes, "
                             f"{whole.number_of_edges()} edges · {shown}")
    degree = views.degrees(whole)
    assert sorted(n["id"] for n in data["nodes"]) == sorted(drawn.nodes)
    best = max(whole, key=lambda n: degree[n])
    assert best in drawn and set(whole.successors(best)) & set(drawn)


def test_the_best_connected_part_of_a_full_view_is_read_without_building_all_of_it(
        tmp_path: Path) -> None:
    out = _store(tmp_path, twelve_party(), second_signing())
    with Store.open(out) as store:
        whole = views.full(store)
        busiest = views.busiest_full(store, 20)
        assert views.busiest_full(store, len(whole)) is None  # small enough: draw it all
    assert busiest is not None
    assert (busiest.nodes, busiest.edges) == (len(whole), whole.number_of_edges())
    expected, hubs = viz.best_connected(whole, 20)
    assert busiest.hubs == hubs
    by_iri = {d["iri"]: d for _, d in busiest.graph.nodes(data=True)}
    assert by_iri == {d["iri"]: d for _, d in expected.nodes(data=True)}

    def relations(g: nx.Graph) -> list[tuple[str, str, str]]:
        return sorted((g.nodes[u]["iri"], g.nodes[v]["iri"], k)
                      for u, v, k in g.edges(keys=True))

    assert relations(busiest.graph) == relations(expected)


def test_viz_view_typo_suggests_the_view(tmp_path: Path) -> None:
    out = _store(tmp_path)
    result = CliRunner().invoke(cli, ["viz", "--view", "organisation", "--out", str(out)])
    assert result.exit_code == 2
    assert "did you mean 'organisations'?" in result.output
    assert len(result.output.strip().splitlines()) == 1


# --- labels and colours at corpus size --------------------------------------------------

def _corpus(n_orgs: int) -> nx.Graph:
    """An organisations view of invented names: a hub with a ring of partners, pairs, and
    a dense group, about ``n_orgs`` organisations of mixed kinds."""
    import networkx as nx

    kinds = ["University", "Company", "LocalGovernment", "Hospital", "Association"]
    g: nx.Graph = nx.Graph(view="organisations")
    for i in range(n_orgs):
        g.add_node(f"o{i}", label=f"가상기관{i:03d} 협력센터", type="Organization",
                   orgKind=kinds[i % len(kinds)])
    for i in range(1, n_orgs // 3):
        g.add_edge("o0", f"o{i}", weight=1.0)
    for i in range(n_orgs // 3, n_orgs - 6, 2):
        g.add_edge(f"o{i}", f"o{i + 1}", weight=1.0)
    dense = [f"o{i}" for i in range(n_orgs - 6, n_orgs)]
    g.add_edges_from((a, b) for a in dense for b in dense if a < b)
    return g


def _drawn_names(svg: bytes) -> list[str]:
    root = ET.fromstring(svg)
    return ["".join(t.itertext()) for t in root.iter("{http://www.w3.org/2000/svg}text")]


def test_every_organisation_is_named_up_to_150() -> None:
    g = _corpus(120)
    names = _drawn_names(viz.picture(g, fmt="svg", colour_by="kind"))
    labels = {d["label"] for _, d in g.nodes(data=True)}
    assert labels <= set(names)
    assert not any("unlabelled" in n for n in names)


def test_a_bigger_graph_names_the_best_connected_and_says_how_many_are_not() -> None:
    g = _corpus(500)
    names = _drawn_names(viz.picture(g, fmt="svg"))
    assert "가상기관000 협력센터" in names  # the hub
    shown = [n for n in names if n.startswith("가상기관")]
    assert 60 <= len(shown) <= viz.LABEL_ALL_UP_TO
    note = next(n for n in names if "unlabelled" in n)
    assert note.startswith(f"{500 - len(shown)} of 500 nodes unlabelled")


def test_labels_do_not_cover_each_other() -> None:
    import matplotlib
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    g = _corpus(120)
    with matplotlib.rc_context({"font.family": [viz.korean_font(), "sans-serif"]}):
        fig = Figure(figsize=viz._figure_size(len(g)), dpi=120)
        FigureCanvasAgg(fig)
        ax = fig.add_axes((0.01, 0.035, 0.77, 0.905))
        viz._draw_graph(fig, ax, g, viz.groups(g, "kind"), 0.8)
        renderer = fig.canvas.get_renderer()
        boxes = [t.get_window_extent(renderer) for t in ax.texts]
    assert len(boxes) == 120
    overlapping = sum(a.overlaps(b) for i, a in enumerate(boxes) for b in boxes[i + 1:])
    assert overlapping == 0


def test_organisations_coloured_by_kind_or_community() -> None:
    g = _corpus(60)
    kinds = viz.groups(g, "kind")
    assert {name for name, _, _ in kinds.legend} == {
        "University", "Company", "LocalGovernment", "Hospital", "Association"}
    assert kinds.colour("o0") == viz.KIND_COLOURS["University"]
    communities = viz.groups(g, "community")
    assert communities.legend[0][0] == "community 0"  # the hub and its ring, biggest first
    assert communities.of["o0"] == "community 0"
    pairs = {communities.of[n] for n in ("o20", "o21", "o22")}
    assert pairs == {viz.SMALL_COMMUNITIES}  # two-party agreements share one grey
    with pytest.raises(ExportError, match="cannot colour by 'size'"):
        viz.groups(g, "size")


def test_a_dense_small_group_is_drawn_on_a_circle() -> None:
    g = views.organisations(dataset())  # twelve organisations, all signed with all
    pos = views.layout(g)
    centre = (sum(x for x, _ in pos.values()) / 12, sum(y for _, y in pos.values()) / 12)
    radii = [((x - centre[0]) ** 2 + (y - centre[1]) ** 2) ** 0.5 for x, y in pos.values()]
    assert max(radii) - min(radii) < 0.01 * max(radii)
