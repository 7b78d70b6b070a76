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

import numpy as np
import pytest
from cdp import Browser
from click.testing import CliRunner
from graphdata import AGREEMENT_LABEL, CITY, QUOTE, dataset, twelve_party, two_articles
from matplotlib import image as mpimg

from mougraph import graph, rdf, viz
from mougraph.cli import cli
from mougraph.errors import ExportError
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
    g = graph.full(two_articles())
    text = "".join(viz._short(str(d["label"])) for _, d in g.nodes(data=True))
    missing = {c for c in text if not c.isspace() and ord(c) not in charmap}
    assert not missing


@pytest.mark.parametrize("view", graph.VIEWS)
def test_png_draws_without_missing_glyphs(tmp_path: Path, view: str) -> None:
    out = tmp_path / f"{view}.png"
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # matplotlib warns "Glyph … missing" for tofu
        viz.draw(dataset(), out, view=view)
    picture = mpimg.imread(str(out))
    assert picture.shape[:2] == (1200, 1560)
    colours = {"full": ("Agreement", "Organization", "Person", "CooperationArea"),
               "organisations": ("Organization",),
               "areas": ("Organization", "CooperationArea")}[view]
    for node_type in colours:  # nodes really drawn, in their type's colour
        assert _pixels_of(out, graph.colour(node_type)) > 100, node_type


def test_png_and_svg_bytes_are_deterministic(tmp_path: Path) -> None:
    g = graph.organisations(two_articles())
    assert viz.picture(g, fmt="png") == viz.picture(g, fmt="png")
    svg = viz.picture(g, fmt="svg", title="가람 네트워크")
    assert svg == viz.picture(g, fmt="svg", title="가람 네트워크")
    root = ET.fromstring(svg)
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    # text is drawn as glyph outlines: the SVG shows Hangul on machines without the font
    assert not list(root.iter("{http://www.w3.org/2000/svg}text"))


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
    assert viz.page(graph.full(dataset())) == viz.page(graph.full(dataset()))  # same bytes


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
    if os.environ.get("CI"):
        pytest.fail("Chromium is missing on CI: dev.py install_browser() should install it")
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
    person = next(n for n, d in graph.full(dataset()).nodes(data=True) if d["label"] == "한도윤")
    dom = _browse(f"{full.as_uri()}#node={quote(person)}", profile, "--dump-dom").stdout
    tip = re.search(r'<div id="tip"[^>]*data-node="([^"]+)"[^>]*>(.*?)</div>\s*<div id="tools"',
                    dom, re.S)
    assert tip and tip.group(1) == person
    assert "<b>한도윤</b>" in tip.group(2) and "jobTitle: 회장" in tip.group(2)
    assert QUOTE.replace('"', "&quot;") in tip.group(2) or QUOTE in tip.group(2)

    # and a real screenshot: nodes in the Organization colour are on the canvas
    shot = tmp_path / "organisations-screenshot.png"
    _browse(organisations.as_uri(), profile, f"--screenshot={shot}")
    assert mpimg.imread(str(shot)).shape[:2] == (800, 1280)
    assert _pixels_of(shot, graph.colour("Organization")) > 12 * 150


def test_html_viewer_hover_drag_and_wheel(tmp_path: Path) -> None:
    """Driven like a person with a mouse, through the DevTools protocol."""
    page = viz.draw(dataset(), tmp_path / "full.html", view="full")
    person = next(n for n, d in graph.full(dataset()).nodes(data=True) if d["label"] == "한도윤")
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
        assert _pixels_of(shot, graph.colour("Agreement")) > 100

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


def test_html_viewer_edge_hover_names_the_agreements(tmp_path: Path) -> None:
    g = graph.organisations(two_articles())
    ids = {d["label"]: n for n, d in g.nodes(data=True)}
    city, partner = ids[CITY], ids["다솜벤처협회"]
    page = viz.draw(two_articles(), tmp_path / "organisations.html", view="organisations")
    with Browser(_chromium(), tmp_path / "profile") as browser:
        browser.open(page.as_uri())
        browser.wait_for("document.body && document.body.dataset.ready === 'true'")
        a, b = (browser.eval(f"mougraphViewer.position({json.dumps(n)})") for n in (city, partner))
        browser.mouse("mouseMoved", (a["x"] + b["x"]) / 2, (a["y"] + b["y"]) / 2)
        assert set(browser.eval("mougraphViewer.shownEdge()").split()) == {city, partner}
        tip = browser.eval("document.getElementById('tip').innerText")
        assert "weight: 2" in tip
        assert AGREEMENT_LABEL in tip and "창업 지원 협약" in tip
        browser.mouse("mouseMoved", a["x"], a["y"])  # on the node itself: the node wins
        assert browser.eval("mougraphViewer.shown()") == city
        assert browser.eval("mougraphViewer.shownEdge()") is None


# --- the command ------------------------------------------------------------------------

def test_viz_command(tmp_path: Path) -> None:
    with Store.open(tmp_path, create=True) as store:
        extraction = twelve_party()
        store.put(extraction.article.id, rdf.article_triples(extraction))
        store.flush()
    runner = CliRunner()
    target = tmp_path / "pictures" / "organisations.png"
    result = runner.invoke(cli, ["viz", "--view", "organisations", "--out", str(target),
                                 "--from", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert result.output.strip() == str(target)
    assert _pixels_of(target, graph.colour("Organization")) > 100
    result = runner.invoke(cli, ["viz", "--out", str(tmp_path / "g.html"),
                                 "--from", str(tmp_path)])
    assert result.exit_code == 0 and CITY in (tmp_path / "g.html").read_text(encoding="utf-8")
    result = runner.invoke(cli, ["viz", "--out", str(tmp_path / "g.gif"), "--from",
                                 str(tmp_path)])
    assert result.exit_code != 0 and result.output.startswith("mougraph: ")
