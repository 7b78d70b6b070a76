"""Pictures of a view: a static PNG/SVG (matplotlib) and an offline interactive HTML page.

Korean labels are drawn with NanumGothic, the font the ``koreanize-matplotlib`` dependency
ships (found without importing that package, which patches matplotlib globally), so a
picture never shows tofu boxes. Nodes are coloured by ``type`` (``views.TYPE_COLOURS``),
sized by degree and placed by ``views.layout`` (seeded), the same as in the GEXF export.

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
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any

import networkx as nx
from rdflib import Graph

from . import views
from .atomic import write_bytes
from .errors import ExportError
from .tables import counted

SUFFIXES = (".png", ".svg", ".html")
FONT_FILE = "NanumGothic.ttf"
LABEL_ALL_UP_TO = 150   # nodes labelled in a picture; past that the best-connected only
HUBS = 25               # in a crowded picture, the best-connected named even over small dots
COLOUR_BY = ("type", "kind", "community")
PAGE_ASPECT = 1.6      # a browser window's width / height, for packing the components
# the most nodes drawn: past that, the best-connected (a 100k-record store's full view has
# ~650,000 nodes: no picture shows that, and laying it out took hours)
MAX_DRAWN = {".png": 2500, ".svg": 2500, ".html": 10000}
SVG_FONTS = (b"font-family: 'NanumGothic', 'Noto Sans CJK KR', 'Noto Sans KR', "
             b"'Malgun Gothic', 'Apple SD Gothic Neo', ")
# attributes shown under a node's name in the HTML tooltip, in this order, when present
DETAILS = ("altLabel", "orgKind", "jobTitle", "agreementKind", "signedOn", "signedAt", "venue",
           "datePublished", "publisher", "signingCount", "first_signed", "last_signed",
           "weighted_degree", "community")


def draw(data: Graph | views.Source, out: Path, *, view: str = "full",
         colour_by: str | None = None, period: views.Period = views.ALWAYS,
         rules_only: bool = False, notice: Callable[[str], object] | None = None) -> Path:
    """Draw one view of ``data`` (a store or an rdflib graph) to ``out``; the suffix (.png,
    .svg, .html) picks the kind. Nodes are coloured by ``colour_by`` (``COLOUR_BY``;
    default: organisations by kind in the organisations view, every node by type in the
    others); ``period`` keeps the signings dated within it; ``rules_only`` leaves out the
    parties and people a learned step added (``views.views``), and the title says so.

    A view with more nodes than ``MAX_DRAWN`` allows for the kind is drawn as its
    best-connected nodes (``best_connected``) and the edges among them; the title says
    so, and so does ``notice`` (the CLI's stderr)."""
    out = Path(out)
    suffix = out.suffix.lower()
    if suffix not in SUFFIXES:
        raise ExportError(f"{out}: cannot draw to {suffix or 'a file without suffix'} "
                          f"(use {', '.join(SUFFIXES)})")
    colour_by = colour_by or default_colour_by(view)
    if colour_by not in COLOUR_BY:
        raise ExportError(f"cannot colour by {colour_by!r} (use {', '.join(COLOUR_BY)})")
    g, nodes, edges, hubs = _bounded(data, view, period, MAX_DRAWN[suffix], rules_only)
    drawn = f"{view} as the rules read it" if rules_only else view
    title = f"mougraph · {drawn} · {counted(nodes, 'node')}, {counted(edges, 'edge')}"
    if len(g) < nodes:
        shown = (f"drawn: {counted(g.number_of_nodes(), 'node')}, the "
                 f"{hubs} best-connected (most neighbours) with up to "
                 f"{views.per_hub(MAX_DRAWN[suffix])} of their best-connected neighbours "
                 f"each, and the {counted(g.number_of_edges(), 'edge')} among them")
        title = f"{title} · {shown}"
        if notice:
            notice(f"{out}: {view} view too large to draw whole; {shown} (mougraph export "
                   "writes every node)")
    if suffix == ".html":
        write_bytes(out, page(g, title=title, colour_by=colour_by).encode("utf-8"))
    else:
        write_bytes(out, picture(g, fmt=suffix[1:], title=title, colour_by=colour_by))
    return out


def _bounded(data: Graph | views.Source, view: str, period: views.Period, limit: int,
             rules_only: bool = False) -> tuple[nx.Graph, int, int, int]:
    """The view, or ``limit`` of its nodes around its hubs when it has more
    (``best_connected``); with the whole view's numbers of nodes and edges and the number
    of hubs. A full view over all time is read in two passes (``views.busiest_full``):
    building all of it first took gigabytes at 100k records. That reading knows nothing
    of who read a triple, so a rules-only full view is built whole."""
    if view == "full" and period.open and not rules_only:
        busiest = views.busiest_full(data, limit)
        if busiest is not None:
            return busiest.graph, busiest.nodes, busiest.edges, busiest.hubs
    g = views.view(data, view, period=period, rules_only=rules_only)
    nodes, edges = g.number_of_nodes(), g.number_of_edges()
    if nodes <= limit:
        return g, nodes, edges, 0
    drawn, hubs = best_connected(g, limit)
    return drawn, nodes, edges, hubs


def best_connected(g: nx.Graph, limit: int) -> tuple[nx.Graph, int]:
    """At most ``limit`` nodes of ``g``: the ones with the most distinct neighbours (ties
    by IRI, else id), each with its best-connected neighbours (``views.hubs_first``), and
    the edges among them, as a new graph of the same kind; and the number of hubs."""
    degree = views.degrees(g)

    def rank(n: Any) -> tuple[int, str]:
        return -degree[n], str(g.nodes[n].get("iri", n))

    def neighbours(n: Any) -> Iterable[Any]:
        return set(g.predecessors(n)) | set(g.successors(n)) if isinstance(g, nx.DiGraph) \
            else g.neighbors(n)

    keep, hubs = views.hubs_first(sorted(g.nodes, key=rank), neighbours, rank, limit)
    return g.subgraph(keep).copy(), hubs


# --- colours: by node type, organisation kind or community ------------------------------

# one colour per organisation kind (DATA-MODEL.md's mou:orgKind values), Tableau-like hues
KIND_COLOURS: dict[str, str] = {
    "LocalGovernment": "#1f77b4", "CentralGovernment": "#17becf", "PublicAgency": "#9467bd",
    "University": "#d62728", "School": "#ff9896", "ResearchInstitute": "#8c564b",
    "Company": "#ff7f0e", "Hospital": "#2ca02c", "Association": "#bcbd22",
    "NonProfit": "#e377c2", "Foreign": "#393b79", "Other": "#7f7f7f",
}
NO_KIND = "(kind unknown)"
COMMUNITY_COLOURS = ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b",
                     "#e377c2", "#17becf", "#bcbd22", "#393b79", "#ad494a", "#637939")
SMALL_COMMUNITIES = "smaller communities"
GREY = "#b0b0b0"


@dataclass(frozen=True)
class Groups:
    """What each node is coloured by: its group's name, and the legend (name, colour, count)
    biggest group first."""

    of: dict[Any, str]
    legend: list[tuple[str, str, int]]

    def colour(self, node: Any) -> str:
        return self._colours[self.of[node]]

    @property
    def _colours(self) -> dict[str, str]:
        return {name: colour for name, colour, _ in self.legend}


def default_colour_by(view: str) -> str:
    """Organisations are told apart by kind; the other views mix types, so by type."""
    return "kind" if view == "organisations" else "type"


def groups(g: nx.Graph, colour_by: str = "type") -> Groups:
    """The colour group of every node of ``g``: ``type``, ``kind`` (organisations by
    ``orgKind``, other nodes by type) or ``community`` (Louvain, seeded)."""
    if colour_by not in COLOUR_BY:
        raise ExportError(f"cannot colour by {colour_by!r} (use {', '.join(COLOUR_BY)})")
    if colour_by == "community":
        return _communities(g)
    of: dict[Any, str] = {}
    colours: dict[str, str] = {}
    for n, d in g.nodes(data=True):
        node_type = str(d.get("type", ""))
        if colour_by == "kind" and node_type == "Organization":
            kind = str(d.get("orgKind") or NO_KIND).rpartition("#")[2].rpartition(":")[2]
            name = kind if kind in KIND_COLOURS else NO_KIND
            colours[name] = KIND_COLOURS.get(name, GREY)
        else:
            name = node_type
            colours[name] = views.colour(node_type)
        of[n] = name
    return Groups(of, _legend(of, colours))


def _communities(g: nx.Graph) -> Groups:
    from .network import communities

    of: dict[Any, str] = {}
    colours: dict[str, str] = {SMALL_COMMUNITIES: GREY}
    # numbered biggest first: the first few get colours, the many pairs share grey
    for number, members in enumerate(communities(g)):
        coloured = number < len(COMMUNITY_COLOURS) and len(members) > 2
        name = f"community {number}" if coloured else SMALL_COMMUNITIES
        if coloured:
            colours[name] = COMMUNITY_COLOURS[number]
        for n in members:
            of[n] = name
    return Groups(of, _legend(of, colours))


def _legend(of: dict[Any, str], colours: dict[str, str]) -> list[tuple[str, str, int]]:
    counts = Counter(of.values())
    def order(name: str) -> tuple[bool, int, str, int]:  # community 6 before community 10
        head, _, number = name.rpartition(" ")
        numbered = number.isdigit()
        return (name == SMALL_COMMUNITIES, -counts[name], head if numbered else name,
                int(number) if numbered else 0)

    return [(name, colours[name], counts[name]) for name in sorted(counts, key=order)]


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


def _figure_size(n: int) -> tuple[float, float]:
    """Inches: a bigger canvas for more nodes, so ~150 names find room (the legend panel
    on the right is included)."""
    width = 13.0 if n <= 40 else 16.0 if n <= 200 else 20.0
    return width, width * 0.72


def picture(g: nx.Graph, *, fmt: str = "png", title: str = "", colour_by: str = "type"
            ) -> bytes:
    """A PNG or SVG of ``g``: coloured by ``colour_by``, sized by degree, labelled without
    overlaps (every node up to ``LABEL_ALL_UP_TO``), with the legend beside the drawing.
    SVG text stays text (selectable, editable, searchable)."""
    import matplotlib
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    family = korean_font()
    with matplotlib.rc_context({"font.family": [family, "sans-serif"],
                                "axes.unicode_minus": False, "svg.hashsalt": "mougraph",
                                "svg.fonttype": "none"}):
        fig = Figure(figsize=_figure_size(len(g)), dpi=120)
        FigureCanvasAgg(fig)
        legend_width = 2.9 / fig.get_figwidth()  # inches kept for the legend, as a share
        ax = fig.add_axes((0.01, 0.035, 0.98 - legend_width, 0.905))
        ax.set_axis_off()
        fig.text(0.012, 0.975, title, fontsize=15, ha="left", va="top")
        if len(g):
            _draw_graph(fig, ax, g, groups(g, colour_by), 1 - legend_width)
        buffer = io.BytesIO()
        metadata: dict[str, Any] = ({"Software": None} if fmt == "png"
                                    else {"Date": None})
        fig.savefig(buffer, format=fmt, metadata=metadata, facecolor="white")
    if fmt == "svg":  # a viewer without NanumGothic should pick a Korean font, not DejaVu
        return buffer.getvalue().replace(b"font-family: 'NanumGothic', ", SVG_FONTS)
    return buffer.getvalue()


def _draw_graph(fig: Any, ax: Any, g: nx.Graph, colours: Groups, legend_x: float) -> None:
    from matplotlib.collections import LineCollection
    from matplotlib.lines import Line2D

    box = ax.get_window_extent()
    pos = views.layout(g, aspect=box.width / box.height)
    size = views.sizes(g)
    xs, ys = [p[0] for p in pos.values()], [p[1] for p in pos.values()]
    span = max(max(xs) - min(xs), max(ys) - min(ys), 1.0)
    ax.set_xlim(min(xs) - 0.1 * span, max(xs) + 0.1 * span)  # room for names at the sides
    ax.set_ylim(min(ys) - 0.05 * span, max(ys) + 0.05 * span)
    weights = [float(d.get("weight", 1.0)) for *_, d in g.edges(data=True)]
    top = max(weights, default=1.0)
    segments = [(pos[u], pos[v]) for u, v in g.edges() if u != v]
    widths = [0.6 + 2.4 * (w - 1) / max(top - 1, 1) for w, (u, v)
              in zip(weights, g.edges(), strict=True) if u != v]
    ax.add_collection(LineCollection(segments, colors="#8a8a8a", alpha=0.45,
                                     linewidths=widths, zorder=1))
    shrink = max(0.25, min(1.0, (150 / len(g)) ** 0.5))  # thousands of nodes: smaller dots
    area = {n: _area(size[n]) * shrink ** 2 for n in g.nodes}
    nodes = sorted(g.nodes, key=str)
    ax.scatter([pos[n][0] for n in nodes], [pos[n][1] for n in nodes],
               s=[area[n] for n in nodes], c=[colours.colour(n) for n in nodes],
               edgecolors="white", linewidths=0.8 * shrink, zorder=2)
    # proxies, so every legend dot has the same size whatever the nodes' degrees
    handles = [Line2D([], [], linestyle="", marker="o", markersize=9, markerfacecolor=colour,
                      markeredgecolor="white", label=f"{name} ({count})")
               for name, colour, count in colours.legend]
    fig.legend(handles=handles, loc="upper left", bbox_to_anchor=(legend_x, 0.94),
               fontsize=10, frameon=False, borderaxespad=0.0)
    unlabelled = Labeller(fig, ax, g, pos, area).place(_label_order(g, size))
    if unlabelled:
        fig.text(0.012, 0.012, f"{unlabelled} of {len(g)} nodes unlabelled: past "
                 f"{LABEL_ALL_UP_TO} nodes the best-connected are named where they fit; "
                 "the HTML view (--format html) names every node", fontsize=10,
                 color="#555555", ha="left", va="bottom")


def _area(size: float) -> float:
    """Marker area (points²) for a node of ``views.sizes`` size 10..50."""
    return (6 + size * 0.45) ** 2


def _label_order(g: nx.Graph, size: dict[Any, float]) -> list[Any]:
    """Organisations first, then the rest; best-connected first within each."""
    return sorted(g.nodes, key=lambda n: (g.nodes[n].get("type") != "Organization",
                                          -size[n], str(n)))


class Labeller:
    """Places node labels in display space (pixels) so that none covers another label or
    a dot: beside the dot first, then further out in eight directions with a thin leader
    line, then in a smaller font. The first ``LABEL_ALL_UP_TO`` nodes in the given order
    are always labelled (at the least crowded spot when no free one is left)."""

    MARGIN = 3.0                                           # pixels kept free around a name
    RINGS = (1.0, 10.0, 20.0, 34.0, 52.0, 76.0)            # pixels beyond the dot's edge
    DIRECTIONS = ((1, 0), (-1, 0), (0, 1), (0, -1), (1, 1), (-1, 1), (1, -1), (-1, -1))

    def __init__(self, fig: Any, ax: Any, g: nx.Graph, pos: dict[Any, tuple[float, float]],
                 area: dict[Any, float]) -> None:
        import numpy as np

        self.fig, self.ax, self.g = fig, ax, g
        self.renderer = fig.canvas.get_renderer()
        self.pixels = fig.dpi / 72.0
        nodes = list(g.nodes)
        xy = ax.transData.transform([pos[n] for n in nodes])
        self.at = {n: (float(x), float(y)) for n, (x, y) in zip(nodes, xy, strict=True)}
        self.radius = {n: area[n] ** 0.5 / 2 * self.pixels for n in nodes}
        self.dots = np.array([(x - self.radius[n], y - self.radius[n], x + self.radius[n],
                               y + self.radius[n]) for n, (x, y) in self.at.items()]
                             ).reshape(-1, 4)
        self.names = np.zeros((0, 4))  # the label boxes drawn so far
        self.frame = ax.bbox

    def place(self, order: list[Any]) -> int:
        """Label nodes in ``order``; the number left unlabelled. Up to ``LABEL_ALL_UP_TO``
        nodes every one is named (in the least crowded spot if no free one is left); in a
        bigger graph the first ``LABEL_ALL_UP_TO`` that find a free spot are."""
        everyone = len(order) <= LABEL_ALL_UP_TO
        named = 0
        for n in order:
            if named >= LABEL_ALL_UP_TO:
                break
            text = _short(str(self.g.nodes[n].get("label", n)))
            spot = self._free_spot(n, text, 9) or self._free_spot(n, text, 7.5)
            if spot is None and (everyone or named < HUBS):
                # the hubs of a crowded core may cover small dots, never another name
                spot = self._free_spot(n, text, 9, over_dots=True)
            if spot is None and everyone:
                spot = self._crowded_spot(n, text)
            if spot is not None:
                self._draw(n, text, *spot)
                named += 1
        return len(order) - named

    def _extent(self, text: str, points: float) -> tuple[float, float]:
        from matplotlib.font_manager import FontProperties

        prop = FontProperties(size=points)  # the family set by picture's rc_context
        w, h, _ = self.renderer.get_text_width_height_descent(text, prop, ismath=False)
        return w + 2 * self.MARGIN, h + 2 * self.MARGIN

    def _candidates(self, n: Any, w: float, h: float) -> Iterator[tuple[float, float, float]]:
        """(x0, y0, ring) of label boxes around node ``n``, nearest first."""
        x, y = self.at[n]
        r = self.radius[n]
        directions = self._away(n)
        for ring in self.RINGS:
            d = r + ring
            for dx, dy in directions:
                # the box's side (or corner) nearest the dot sits at distance d
                x0 = x + d * dx * (0.71 if dy else 1) - (w if dx < 0 else 0 if dx > 0 else w / 2)
                y0 = y + d * dy * (0.71 if dx else 1) - (h if dy < 0 else 0 if dy > 0 else h / 2)
                yield x0, y0, ring

    def _away(self, n: Any) -> list[tuple[int, int]]:
        """The eight directions, those pointing away from ``n``'s neighbours first: a label
        there crosses none of its own edges (outwards on a circle, outer ends of a pair)."""
        x, y = self.at[n]
        others = [self.at[m] for m in self.g.neighbors(n) if m != n]
        if not others:
            return list(self.DIRECTIONS)
        ax = x - sum(p[0] for p in others) / len(others)
        ay = y - sum(p[1] for p in others) / len(others)
        return sorted(self.DIRECTIONS, key=lambda d: -(d[0] * ax + d[1] * ay)
                      / (abs(d[0]) + abs(d[1])) ** 0.5)

    def _inside(self, x0: float, y0: float, w: float, h: float) -> bool:
        f = self.frame
        return bool(x0 >= f.x0 and y0 >= f.y0 and x0 + w <= f.x1 and y0 + h <= f.y1)

    def _hits(self, x0: float, y0: float, w: float, h: float, *, dots: bool = True) -> int:
        hits = 0
        for b in (self.names, self.dots) if dots else (self.names,):
            hits += int(((b[:, 0] < x0 + w) & (b[:, 2] > x0) & (b[:, 1] < y0 + h)
                         & (b[:, 3] > y0)).sum())
        return hits

    def _free_spot(self, n: Any, text: str, points: float, *, over_dots: bool = False
                   ) -> tuple[float, float, float, float] | None:
        w, h = self._extent(text, points)
        for x0, y0, ring in self._candidates(n, w, h):
            if self._inside(x0, y0, w, h) and not self._hits(x0, y0, w, h,
                                                             dots=not over_dots):
                return x0, y0, ring, points
        return None

    def _crowded_spot(self, n: Any, text: str) -> tuple[float, float, float, float]:
        w, h = self._extent(text, 7.5)
        inside = [c for c in self._candidates(n, w, h) if self._inside(c[0], c[1], w, h)]
        x0, y0, ring = min(inside or list(self._candidates(n, w, h))[:1],
                           key=lambda c: (self._hits(c[0], c[1], w, h), c[2]))
        return x0, y0, ring, 7.5

    def _draw(self, n: Any, text: str, x0: float, y0: float, ring: float,
              points: float) -> None:
        import numpy as np

        w, h = self._extent(text, points)
        inverse = self.ax.transData.inverted()
        anchor = inverse.transform((x0 + self.MARGIN, y0 + self.MARGIN))
        # a translucent white box, not a stroked outline: path effects turn SVG text into
        # outlines, and the box keeps a name readable where edges cross it
        self.ax.text(anchor[0], anchor[1], text, fontsize=points, ha="left", va="bottom",
                     zorder=4, bbox={"boxstyle": "square,pad=0.1", "facecolor": "white",
                                     "edgecolor": "none", "alpha": 0.75})
        if ring > self.RINGS[0]:  # moved away from its dot: a leader line shows whose it is
            x, y = self.at[n]
            nx_, ny_ = min(max(x, x0), x0 + w), min(max(y, y0), y0 + h)
            ends = inverse.transform([(x, y), (nx_, ny_)])
            self.ax.plot(ends[:, 0], ends[:, 1], color="#777777", linewidth=0.5, zorder=3)
        self.names = np.vstack([self.names, (x0, y0, x0 + w, y0 + h)])


# --- interactive page -------------------------------------------------------------------

def page(g: nx.Graph, *, title: str = "mougraph", colour_by: str = "type") -> str:
    """A self-contained HTML page (data and viewer inlined) showing ``g``, its nodes
    coloured and grouped in the legend by ``colour_by``."""
    pos = views.layout(g, aspect=PAGE_ASPECT)
    size = views.sizes(g)
    colours = groups(g, colour_by)
    nodes = []
    for n, d in sorted(g.nodes(data=True), key=lambda item: str(item[0])):
        entry: dict[str, Any] = {
            "id": str(n), "label": str(d.get("label", n)), "type": str(d.get("type", "Resource")),
            "group": colours.of[n], "x": pos[n][0], "y": -pos[n][1],  # screen y grows down
            "size": size[n], "color": colours.colour(n)}
        if d.get("altLabel"):
            entry["alt"] = str(d["altLabel"])  # found by the search box too
        details = [f"{name}: {d[name]}" for name in DETAILS if d.get(name) not in (None, "")]
        if details:
            entry["details"] = " · ".join(details)
        if d.get("evidence"):
            entry["evidence"] = str(d["evidence"])
        nodes.append(entry)
    edges = [{"source": str(u), "target": str(v), "label": str(d.get("label", "")),
              "weight": float(d.get("weight", 1.0))}
             for u, v, d in sorted(g.edges(data=True), key=lambda e: (str(e[0]), str(e[1])))]
    types = [{"name": name, "color": colour, "count": count}
             for name, colour, count in colours.legend]
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
