"""Pictures of a view: a static PNG/SVG (matplotlib) and an offline interactive HTML page.

Korean labels are drawn with NanumGothic, the font the ``koreanize-matplotlib`` dependency
ships (found without importing that package, which patches matplotlib globally), so a
picture never shows tofu boxes. Nodes are coloured by ``type`` (``graph.TYPE_COLOURS``),
sized by degree and placed by ``graph.layout`` (seeded), the same as in the GEXF export.

The HTML page inlines its own small canvas viewer (``web/viewer.js``): pan, zoom, a legend
that hides types, search, and hover or click for a node's details and the sentence it was
read from (``mou:evidence``). It loads nothing from the network.
"""
from __future__ import annotations

import html as htmlib
import importlib.util
import io
import json
from collections import Counter
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any

import networkx as nx
from rdflib import Graph

from . import graph as views
from .atomic import write_bytes
from .errors import ExportError

SUFFIXES = (".png", ".svg", ".html")
FONT_FILE = "NanumGothic.ttf"
LABEL_ALL_UP_TO = 80    # nodes; past that only the best-connected are labelled
LABELS_MAX = 40
# attributes shown under a node's name in the HTML tooltip, in this order, when present
DETAILS = ("altLabel", "orgKind", "jobTitle", "agreementKind", "signedOn", "signedAt", "venue",
           "datePublished", "publisher", "agreementCount", "weighted_degree", "community")


def draw(data: Graph, out: Path, *, view: str = "full") -> Path:
    """Draw one view of ``data`` to ``out``; the suffix (.png, .svg, .html) picks the kind."""
    out = Path(out)
    suffix = out.suffix.lower()
    if suffix not in SUFFIXES:
        raise ExportError(f"{out}: cannot draw to {suffix or 'a file without suffix'} "
                          f"(use {', '.join(SUFFIXES)})")
    g = views.view(data, view)
    title = f"mougraph · {view} · {g.number_of_nodes()} nodes, {g.number_of_edges()} edges"
    if suffix == ".html":
        write_bytes(out, page(g, title=title).encode("utf-8"))
    else:
        write_bytes(out, picture(g, fmt=suffix[1:], title=title))
    return out


# --- static picture ---------------------------------------------------------------------

@cache
def korean_font() -> str:
    """Register the bundled NanumGothic with matplotlib once; return its family name."""
    from matplotlib import font_manager

    spec = importlib.util.find_spec("koreanize_matplotlib")
    if spec is None or not spec.submodule_search_locations:
        raise ExportError("koreanize-matplotlib is not installed: no Korean font to draw with")
    path = Path(next(iter(spec.submodule_search_locations))) / "fonts" / FONT_FILE
    font_manager.fontManager.addfont(str(path))
    return str(font_manager.FontProperties(fname=str(path)).get_name())


def _short(text: str, limit: int = 22) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def picture(g: nx.Graph, *, fmt: str = "png", title: str = "") -> bytes:
    """A PNG or SVG of ``g``: coloured by type, sized by degree, labelled, with a legend."""
    import matplotlib
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.collections import LineCollection
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D
    from matplotlib.patheffects import withStroke

    family = korean_font()
    pos = views.layout(g)
    size = views.sizes(g)
    with matplotlib.rc_context({"font.family": family, "axes.unicode_minus": False,
                                "svg.hashsalt": "mougraph", "svg.fonttype": "path"}):
        fig = Figure(figsize=(13, 10), dpi=120)
        FigureCanvasAgg(fig)
        ax = fig.add_axes((0.01, 0.01, 0.98, 0.93))
        ax.set_axis_off()
        fig.suptitle(title, fontsize=15, x=0.02, ha="left")
        if len(g):
            weights = [float(d.get("weight", 1.0)) for *_, d in g.edges(data=True)]
            top = max(weights, default=1.0)
            segments = [(pos[u], pos[v]) for u, v in g.edges() if u != v]
            widths = [0.6 + 2.4 * (w - 1) / max(top - 1, 1) for w, (u, v)
                      in zip(weights, g.edges(), strict=True) if u != v]
            ax.add_collection(LineCollection(segments, colors="#8a8a8a", alpha=0.45,
                                             linewidths=widths, zorder=1))
            types = Counter(str(d.get("type", "")) for _, d in g.nodes(data=True))
            # thousands of nodes need smaller dots to stay apart
            shrink = max(0.25, min(1.0, (150 / len(g)) ** 0.5))
            area = {n: _area(size[n]) * shrink ** 2 for n in g.nodes}
            for node_type in sorted(types, key=lambda t: (-types[t], t)):
                nodes = [n for n, d in g.nodes(data=True) if d.get("type") == node_type]
                ax.scatter([pos[n][0] for n in nodes], [pos[n][1] for n in nodes],
                           s=[area[n] for n in nodes],
                           c=views.colour(node_type), edgecolors="white",
                           linewidths=0.8 * shrink, zorder=2)
            # proxies, so every legend dot has the same size whatever the nodes' degrees
            handles = [Line2D([], [], linestyle="", marker="o", markersize=9,
                              markerfacecolor=views.colour(t), markeredgecolor="white",
                              label=f"{t} ({types[t]})")
                       for t in sorted(types, key=lambda t: (-types[t], t))]
            legend = ax.legend(handles=handles, loc="upper right", fontsize=10, title="type")
            ax.margins(0.12)
            ax.autoscale_view()
            _label(fig, ax, g, pos, area, size, legend,
                   withStroke(linewidth=3, foreground="white"))
        buffer = io.BytesIO()
        metadata: dict[str, Any] = ({"Software": None} if fmt == "png"
                                    else {"Date": None})
        fig.savefig(buffer, format=fmt, metadata=metadata, facecolor="white")
    return buffer.getvalue()


def _area(size: float) -> float:
    """Marker area (points²) for a node of ``graph.sizes`` size 10..50."""
    return (6 + size * 0.45) ** 2


def _label(fig: Any, ax: Any, g: nx.Graph, pos: dict[Any, tuple[float, float]],
           area: dict[Any, float], size: dict[Any, float], legend: Any, outline: Any) -> None:
    """Label the biggest nodes first, dropping any label that would overlap one drawn."""
    renderer = fig.canvas.get_renderer()
    taken = [legend.get_window_extent(renderer)]
    frame = fig.bbox  # a label cut by the picture's edge is worse than none
    limit = len(g) if len(g) <= LABEL_ALL_UP_TO else LABELS_MAX
    shown = 0
    for n in sorted(g.nodes, key=lambda n: (-size[n], str(n))):
        if shown >= limit:
            break
        gap = area[n] ** 0.5 / 2 + 2
        for dx, align in ((gap, "left"), (-gap, "right")):  # right of the dot, else left
            text = ax.annotate(_short(str(g.nodes[n].get("label", n))), pos[n],
                               xytext=(dx, 0), textcoords="offset points", ha=align,
                               va="center", fontsize=9, zorder=3, path_effects=[outline])
            box = text.get_window_extent(renderer)
            inside = box.x0 >= frame.x0 and box.x1 <= frame.x1
            if inside and not any(box.overlaps(other) for other in taken):
                taken.append(box)
                shown += 1
                break
            text.remove()


# --- interactive page -------------------------------------------------------------------

def page(g: nx.Graph, *, title: str = "mougraph") -> str:
    """A self-contained HTML page (data and viewer inlined) showing ``g``."""
    pos = views.layout(g)
    size = views.sizes(g)
    nodes = []
    for n, d in sorted(g.nodes(data=True), key=lambda item: str(item[0])):
        node_type = str(d.get("type", "Resource"))
        entry: dict[str, Any] = {
            "id": str(n), "label": str(d.get("label", n)), "type": node_type,
            "x": pos[n][0], "y": -pos[n][1],  # screen y grows downwards
            "size": size[n], "color": views.colour(node_type)}
        details = [f"{name}: {d[name]}" for name in DETAILS if d.get(name) not in (None, "")]
        if details:
            entry["details"] = " · ".join(details)
        if d.get("evidence"):
            entry["evidence"] = str(d["evidence"])
        nodes.append(entry)
    edges = [{"source": str(u), "target": str(v), "label": str(d.get("label", "")),
              "weight": float(d.get("weight", 1.0))}
             for u, v, d in sorted(g.edges(data=True), key=lambda e: (str(e[0]), str(e[1])))]
    counts = Counter(n["type"] for n in nodes)
    types = [{"name": t, "color": views.colour(t), "count": counts[t]}
             for t in sorted(counts, key=lambda t: (-counts[t], t))]
    payload = {"title": title, "directed": g.is_directed(), "nodes": nodes, "edges": edges,
               "types": types}
    # inside <script>, "<" must not start "</script>": JSON allows it escaped
    blob = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")
    web = files("mougraph.web")
    template = web.joinpath("viewer.html").read_text(encoding="utf-8")
    script = web.joinpath("viewer.js").read_text(encoding="utf-8")
    parts = {"__TITLE__": htmlib.escape(title), "__DATA__": blob, "__SCRIPT__": script}
    out = template
    for marker in ("__TITLE__", "__SCRIPT__", "__DATA__"):  # data last: it is user text
        head, sep, tail = out.partition(marker)
        out = head + parts[marker] + tail if sep else out
    return out
