"""Writers for a NetworkX view: GraphML, GEXF 1.3, CSV (Gephi spreadsheet import), JSON.

Builds nothing (the views come from ``views``); every file is written atomically and the
same graph always gives the same bytes. What Gephi needs, for every format:

- readable attribute names (``label``, ``type``, ``weight``, ``evidence`` — not ``d3``),
- one declared type per attribute (string, int, double or boolean), no None, no lists,
- node ids valid as XML NMTOKENs and unique edge ids (``e0``, ``e1``, … in sorted order),
- GEXF: ``viz:color`` per node ``type``, ``viz:size`` by degree and ``viz:position`` from a
  seeded layout, so the graph opens already drawn; GraphML carries the same as ``x``, ``y``,
  ``size``, ``r``, ``g``, ``b`` (which Gephi's GraphML importer reads as such),
- CSV: no cell a spreadsheet runs as a formula (text starting with ``= + - @`` gets a
  leading apostrophe, ``_inert``).

Files, for a view's stem (``graph`` for the full view, ``organisations``, ``areas``):
``STEM.graphml``, ``STEM.gexf``, ``STEM-nodes.csv`` + ``STEM-edges.csv``, ``STEM.json``.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import math
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import IO, Any
from xml.etree import ElementTree as ET

import networkx as nx
from networkx.readwrite.graphml import GraphMLWriter
from rdflib import Graph

from .atomic import write_with
from .errors import ExportError
from .views import ALWAYS, SEP, Period, Source, colour, layout, sizes, unique_id
from .views import NOT_NAME_CHAR as _NOT_NAME_CHAR
from .views import view as build_view
from .views import views as build_views

FORMATS = ("graphml", "gexf", "csv", "json")
STEMS = {"full": "graph", "organisations": "organisations", "areas": "areas"}
RULES_ONLY = "-rules"   # after the stem of a rules-only export: both can sit side by side

GEXF_NS = "http://gexf.net/1.3"
VIZ_NS = "http://gexf.net/1.3/viz"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"

Value = str | int | float | bool


# --- a clean copy every writer can trust ------------------------------------------------

class Prepared:
    """``g`` made writable: typed scalar attributes, valid ids, edge ids, drawing data."""

    def __init__(self, g: nx.Graph, *, seed: int = 42) -> None:
        self.directed = g.is_directed()
        self.name = str(g.graph.get("view", ""))
        # the edge attribute holding each edge's signing days: the graph is dynamic
        self.timeline = str(g.graph.get("timeline", ""))
        ids = _valid_ids(g.nodes)
        self.nodes: list[tuple[str, dict[str, Value]]] = []
        for node in sorted(g.nodes, key=ids.__getitem__):
            attrs = _scalars(g.nodes[node])
            attrs.setdefault("label", ids[node])
            attrs.setdefault("type", "Resource")
            self.nodes.append((ids[node], attrs))
        edges: list[tuple[str, str, dict[str, Value]]] = []
        for u, v, data in g.edges(data=True):
            attrs = _scalars(data)
            attrs.setdefault("label", "")
            weight = attrs.get("weight", 1.0)
            attrs["weight"] = 1.0 if isinstance(weight, bool | str) else float(weight)
            a, b = ids[u], ids[v]
            if not self.directed and b < a:
                a, b = b, a
            edges.append((a, b, attrs))
        edges.sort(key=lambda e: (e[0], e[1], str(e[2].get("label")), _sort_key(e[2])))
        self.edges = [(f"e{i}", a, b, attrs) for i, (a, b, attrs) in enumerate(edges)]
        self.node_types = _unify([attrs for _, attrs in self.nodes])
        self.edge_types = _unify([attrs for *_, attrs in self.edges])
        drawn: nx.MultiGraph[Any] = nx.MultiDiGraph() if self.directed else nx.MultiGraph()
        drawn.add_nodes_from(node for node, _ in self.nodes)
        drawn.add_edges_from((a, b) for _, a, b, _ in self.edges)
        self.position = layout(drawn, seed=seed)
        self.size = sizes(drawn)

    def colour(self, node_attrs: Mapping[str, Value]) -> tuple[int, int, int]:
        hexa = colour(str(node_attrs.get("type", "")))
        return int(hexa[1:3], 16), int(hexa[3:5], 16), int(hexa[5:7], 16)


def _sort_key(attrs: Mapping[str, Value]) -> str:
    return json.dumps(attrs, sort_keys=True, ensure_ascii=False, default=str)


def _valid_ids(nodes: Iterable[Any]) -> dict[Any, str]:
    """Node -> an NMTOKEN id: kept when already valid, else cleaned and numbered if taken."""
    ids: dict[Any, str] = {}
    taken = {str(n) for n in nodes if not _NOT_NAME_CHAR.search(str(n)) and str(n)}
    for node in sorted(nodes, key=str):
        text = str(node)
        if text in taken and not _NOT_NAME_CHAR.search(text):
            ids[node] = text
            continue
        ids[node] = unique_id(_NOT_NAME_CHAR.sub("_", text), taken)
    return ids


def _scalar(value: Any) -> Value | None:
    if value is None:
        return None
    if isinstance(value, bool | str):
        return value
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if hasattr(value, "item") and callable(value.item):  # numpy scalars
        return _scalar(value.item())
    if isinstance(value, list | tuple | set | frozenset):
        items = [_scalar(v) for v in value]
        parts = [str(v) for v in items if v is not None]
        return SEP.join(sorted(parts) if isinstance(value, set | frozenset) else parts)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)
    return str(value)


def _scalars(attrs: Mapping[str, Any]) -> dict[str, Value]:
    out: dict[str, Value] = {}
    for name, value in attrs.items():
        clean = _scalar(value)
        if clean is not None and str(name):
            out[str(name)] = clean
    return out


def _kind(value: Value) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "int"
    if isinstance(value, float):
        return "double"
    return "string"


def _unify(rows: list[dict[str, Value]]) -> dict[str, str]:
    """One type per attribute over all rows; values are converted in place to match."""
    kinds: dict[str, set[str]] = {}
    for row in rows:
        for name, value in row.items():
            kinds.setdefault(name, set()).add(_kind(value))
    declared: dict[str, str] = {}
    for name, found in kinds.items():
        if len(found) == 1:
            declared[name] = found.pop()
        elif found == {"int", "double"}:
            declared[name] = "double"
        else:
            declared[name] = "string"
    for row in rows:
        for name, value in row.items():
            if declared[name] == "double":
                row[name] = float(value)
            elif declared[name] == "string" and not isinstance(value, str):
                row[name] = _text(value)
    first = [n for n in ("label", "type", "weight") if n in declared]
    return {n: declared[n] for n in first + sorted(set(declared) - set(first))}


def _text(value: Value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return repr(value) if isinstance(value, float) else str(value)


# --- the writers ------------------------------------------------------------------------

def graphml(p: Prepared) -> bytes:
    """GraphML with readable key ids (networkx ``named_key_ids``) and Gephi's viz keys."""
    buffer = io.BytesIO()
    write_graphml(p, buffer)
    return buffer.getvalue()


_GRAPH_HERE = "nodes-and-edges-here"


def write_graphml(p: Prepared, handle: IO[bytes]) -> None:
    """``graphml(p)`` as networkx's writer lays it out (its keys, order and indentation),
    written a node and an edge at a time: networkx builds a tree of the whole document
    (1.7 GB at 100k records); here the keys are found in a first pass, in networkx's
    order, and each element is serialised alone."""
    h: nx.MultiGraph[Any] = nx.MultiDiGraph() if p.directed else nx.MultiGraph()
    h.add_nodes_from(node for node, _ in p.nodes)  # the edges' order is networkx's
    for edge_id, a, b_, attrs in p.edges:
        h.add_edge(a, b_, key=edge_id, **attrs)
    nodes = dict(p.nodes)
    writer = _GraphMLWriter(encoding="utf-8", prettyprint=True, named_key_ids=True)
    graph = ET.Element("graph", edgedefault="directed" if p.directed else "undirected")
    view = writer.add_data("view", str, p.name, "graph") if p.name else None
    for node in h:  # first pass: the keys, in the order networkx meets them
        for name, value in _graphml_node(p, node, nodes[node]).items():
            writer.get_key(name, writer.get_xml_type(type(value)), "node", None)
    for *_, data in h.edges(keys=True, data=True):
        for name, value in data.items():
            writer.get_key(name, writer.get_xml_type(type(value)), "edge", None)
    if len(h):
        ET.SubElement(graph, _GRAPH_HERE)
    if view is not None:  # networkx adds the graph's data after its nodes and edges
        graph.append(view)
    writer.xml.append(graph)
    frame = io.BytesIO()
    writer.dump(frame)
    head, _, tail = frame.getvalue().partition(f"<{_GRAPH_HERE} />".encode())
    handle.write(head)
    handle.writelines(_serialised(_graphml_elements(writer, p, h, nodes), writer.indent, 2))
    handle.write(tail)


def _graphml_node(p: Prepared, node: str, attrs: Mapping[str, Value]) -> dict[str, Value]:
    r, g, b = p.colour(attrs)
    x, y = p.position[node]
    return {**attrs, "x": float(x), "y": float(y), "size": float(p.size[node]),
            "r": r, "g": g, "b": b}


def _graphml_elements(writer: GraphMLWriter, p: Prepared, h: nx.MultiGraph,
                      nodes: dict[str, dict[str, Value]]) -> Iterator[ET.Element]:
    """The node and edge elements as networkx's ``add_nodes``/``add_edges`` make them."""
    for node in h:
        element = ET.Element("node", id=str(node))
        for name, value in _graphml_node(p, node, nodes[node]).items():
            element.append(writer.add_data(name, type(value), str(value), "node"))
        yield element
    for u, v, key, data in h.edges(keys=True, data=True):
        element = ET.Element("edge", source=str(u), target=str(v), id=str(key))
        for name, value in data.items():
            element.append(writer.add_data(name, type(value), str(value), "edge"))
        yield element


class _GraphMLWriter(GraphMLWriter):
    """networkx's writer with readable key ids that stay unique in the document.

    ``named_key_ids`` names a key after its attribute, so a node ``label`` and an edge
    ``label`` would share the id ``label``; GraphML requires key ids to be unique, so the
    second becomes ``edge_label`` (its ``attr.name``, which readers use, stays ``label``).
    """

    def get_key(self, name: str, attr_type: str, scope: str, default: Any) -> str:
        known = (name, attr_type, scope) in self.keys
        key_id: str = super().get_key(name, attr_type, scope, default)
        if not known and list(self.keys.values()).count(key_id) > 1:
            key_id = f"{scope}_{name}"
            self.keys[(name, attr_type, scope)] = key_id
            self.xml[0].set("id", key_id)  # the key element just inserted first
        return key_id


_GEXF_TYPES = {"string": "string", "int": "integer", "double": "double", "boolean": "boolean"}


def gexf(p: Prepared) -> bytes:
    """GEXF 1.3 with declared attributes and viz:color / viz:size / viz:position."""
    buffer = io.BytesIO()
    write_gexf(p, buffer)
    return buffer.getvalue()


_NODES_HERE, _EDGES_HERE = "nodes-here", "edges-here"  # where the streamed elements go


def write_gexf(p: Prepared, handle: IO[bytes]) -> None:
    """``gexf(p)`` written to ``handle`` a node and an edge at a time: the document's
    frame is an ElementTree with a placeholder in ``nodes`` and ``edges``, each element is
    serialised alone (indented as at its depth), so memory holds one element, not a tree
    of the whole view (2 GB at 100k records)."""
    frame = _gexf_frame(p)
    head, _, rest = frame.partition(f"<viz:{_NODES_HERE} />")
    middle, _, tail = rest.partition(f"<{_EDGES_HERE} />")
    handle.write(head.encode())
    node_cols = {n: t for n, t in p.node_types.items() if n != "label"}
    handle.writelines(_serialised((_gexf_node(p, node, attrs, node_cols)
                                   for node, attrs in p.nodes), _gexf_indent, 3))
    handle.write(middle.encode())
    edge_cols = {n: t for n, t in p.edge_types.items() if n not in ("label", "weight")}
    parallel = _parallel(p)
    handle.writelines(_serialised((_gexf_edge(p, edge_id, a, b_, attrs, edge_cols,
                                              (a, b_) in parallel)
                                   for edge_id, a, b_, attrs in p.edges), _gexf_indent, 3))
    handle.write(tail.encode())


def _gexf_indent(element: ET.Element, level: int) -> None:
    ET.indent(element, space="  ", level=level)


_BATCH = 1000  # elements serialised in one call: one call each cost ~0.2 ms


def _serialised(elements: Iterable[ET.Element], indent: Callable[[ET.Element, int], object],
                level: int) -> Iterator[bytes]:
    """Sibling elements at depth ``level`` as the whole document's indentation would
    write them, a batch at a time: each indented, separated by a new line and the
    indentation of their depth, without the whitespace after the last one (the frame
    has it). A batch is a throwaway ``batch`` element whose tags are cut off."""
    gap = "\n" + "  " * level
    batch = ET.Element("batch")
    for element in elements:
        if len(batch) == _BATCH:  # flushed only when more follow: the last keeps no gap
            yield _inner(batch)
            batch = ET.Element("batch")
        indent(element, level)
        element.tail = gap
        batch.append(element)
    if len(batch):
        batch[-1].tail = None
        yield _inner(batch)


def _inner(batch: ET.Element) -> bytes:
    text = ET.tostring(batch, encoding="unicode")
    return text[len("<batch>"):-len("</batch>")].encode("utf-8", "xmlcharrefreplace")


def _gexf_frame(p: Prepared) -> str:
    """The document without its nodes and edges: placeholders mark where they go (the
    viz placeholder declares the viz namespace, as the nodes' viz elements would)."""
    ET.register_namespace("", GEXF_NS)
    ET.register_namespace("viz", VIZ_NS)
    ET.register_namespace("xsi", XSI_NS)
    root = ET.Element(f"{{{GEXF_NS}}}gexf", {
        f"{{{XSI_NS}}}schemaLocation": f"{GEXF_NS} {GEXF_NS}/gexf.xsd", "version": "1.3"})
    meta = ET.SubElement(root, _g("meta"))
    ET.SubElement(meta, _g("creator")).text = "mougraph"
    if p.name:
        ET.SubElement(meta, _g("description")).text = f"mougraph {p.name} view"
    mode = {"mode": "dynamic", "timeformat": "date"} if p.timeline else {"mode": "static"}
    graph = ET.SubElement(root, _g("graph"), {
        "defaultedgetype": "directed" if p.directed else "undirected", **mode})
    node_cols = {n: t for n, t in p.node_types.items() if n != "label"}
    edge_cols = {n: t for n, t in p.edge_types.items() if n not in ("label", "weight")}
    for cls, cols in (("node", node_cols), ("edge", edge_cols)):
        block = ET.SubElement(graph, _g("attributes"), {"class": cls, "mode": "static"})
        for name, kind in cols.items():
            ET.SubElement(block, _g("attribute"),
                          {"id": name, "title": name, "type": _GEXF_TYPES[kind]})
    if p.timeline:  # the weight over time (Gephi's timeline plays it)
        block = ET.SubElement(graph, _g("attributes"), {"class": "edge", "mode": "dynamic"})
        ET.SubElement(block, _g("attribute"), {"id": "weight", "title": "weight",
                                               "type": "double"})
    nodes = ET.SubElement(graph, _g("nodes"))
    if p.nodes:
        ET.SubElement(nodes, _v(_NODES_HERE))
    edges = ET.SubElement(graph, _g("edges"))
    if p.edges:
        ET.SubElement(edges, _g(_EDGES_HERE))
    ET.indent(root, space="  ")
    body = ET.tostring(root, encoding="unicode")
    return f'<?xml version="1.0" encoding="UTF-8"?>\n{body}\n'


# the streamed elements sit inside the frame's default (GEXF) namespace: plain tag names
def _gexf_node(p: Prepared, node: str, attrs: Mapping[str, Value], cols: Mapping[str, str]
               ) -> ET.Element:
    element = ET.Element("node", {"id": node, "label": str(attrs["label"]), **_start(p, attrs)})
    _attvalues(element, attrs, cols)
    r, g, b = p.colour(attrs)
    ET.SubElement(element, "viz:color", {"r": str(r), "g": str(g), "b": str(b), "a": "1.0"})
    x, y = p.position[node]
    ET.SubElement(element, "viz:position", {"x": repr(float(x)), "y": repr(float(y)),
                                            "z": "0.0"})
    ET.SubElement(element, "viz:size", {"value": repr(float(p.size[node]))})
    return element


def _gexf_edge(p: Prepared, edge_id: str, a: str, b: str, attrs: Mapping[str, Value],
               cols: Mapping[str, str], parallel: bool) -> ET.Element:
    fields = {"id": edge_id, "source": a, "target": b, "weight": repr(attrs["weight"])}
    if attrs["label"] != "":
        fields["label"] = str(attrs["label"])
    if parallel:  # GEXF 1.3 keeps parallel edges apart only by kind
        fields["kind"] = str(attrs["label"]) or edge_id
    days = _days(p, attrs)
    if days and len(days) == attrs["weight"]:  # every signing dated: it starts then
        fields["start"] = days[0]
    element = ET.Element("edge", fields)
    _attvalues(element, attrs, cols)
    if days:
        _weight_over_time(element, days, float(attrs["weight"]))
    return element


def _days(p: Prepared, attrs: Mapping[str, Value]) -> list[str]:
    """An edge's signing days (ISO, sorted, one per dated signing) in a dynamic graph."""
    return str(attrs.get(p.timeline, "")).split() if p.timeline else []


def _start(p: Prepared, attrs: Mapping[str, Value]) -> dict[str, str]:
    first = attrs.get("first_signed") if p.timeline else None
    return {"start": str(first)} if first else {}


def _weight_over_time(element: ET.Element, days: list[str], weight: float) -> None:
    """``weight`` attvalues, one per span between signing days (closed intervals of whole
    days, as GEXF 1.3 reads them): the count signed so far; undated signings count from
    the start."""
    block = element.find("attvalues")
    if block is None:
        block = ET.SubElement(element, "attvalues")
    steps = sorted(set(days))
    base = weight - len(days)
    if base:
        ET.SubElement(block, "attvalue", {"for": "weight", "value": repr(base),
                                               "end": _day_before(steps[0])})
    for i, day in enumerate(steps):
        spell = {"for": "weight", "value": repr(base + sum(d <= day for d in days)),
                 "start": day}
        if i + 1 < len(steps):
            spell["end"] = _day_before(steps[i + 1])
        ET.SubElement(block, "attvalue", spell)


def _day_before(day: str) -> str:
    return (dt.date.fromisoformat(day) - dt.timedelta(days=1)).isoformat()


def _g(tag: str) -> str:
    return f"{{{GEXF_NS}}}{tag}"


def _v(tag: str) -> str:
    return f"{{{VIZ_NS}}}{tag}"


def _attvalues(element: ET.Element, attrs: Mapping[str, Value], cols: Mapping[str, str]
               ) -> None:
    present = [n for n in cols if n in attrs]
    if present:
        block = ET.SubElement(element, "attvalues")
        for name in present:
            ET.SubElement(block, "attvalue", {"for": name, "value": _text(attrs[name])})


def _parallel(p: Prepared) -> set[tuple[str, str]]:
    seen: set[tuple[str, str]] = set()
    twice: set[tuple[str, str]] = set()
    for _, a, b, _ in p.edges:
        (twice if (a, b) in seen else seen).add((a, b))
    return twice


def csv_tables(p: Prepared) -> tuple[bytes, bytes]:
    """Gephi's spreadsheet import: nodes (Id, Label, Type, …), edges (Source, Target, Type…)."""
    node_cols = [n for n in p.node_types if n not in ("label", "type")]
    nodes = io.StringIO()
    writer = csv.writer(nodes, lineterminator="\n")
    writer.writerow(["Id", "Label", "Type", *node_cols])
    for node, attrs in p.nodes:
        writer.writerow(map(_inert, [node, attrs["label"], attrs["type"],
                                     *(_cell(attrs.get(n)) for n in node_cols)]))
    edge_cols = [n for n in p.edge_types if n not in ("label", "weight")]
    edges = io.StringIO()
    writer = csv.writer(edges, lineterminator="\n")
    # Gephi reads Type as the edge's direction, Label and Weight as such, the rest as columns
    writer.writerow(["Source", "Target", "Type", "Id", "Label", "Weight", *edge_cols])
    direction = "Directed" if p.directed else "Undirected"
    for edge_id, a, b, attrs in p.edges:
        writer.writerow(map(_inert, [a, b, direction, edge_id, attrs["label"],
                                     _text(attrs["weight"]),
                                     *(_cell(attrs.get(n)) for n in edge_cols)]))
    # UTF-8 with a byte-order mark: Excel reads Hangul as UTF-8 only then (without it, as
    # the local code page: mojibake); Gephi's spreadsheet import and Python's csv with
    # encoding="utf-8-sig" skip the mark
    return nodes.getvalue().encode("utf-8-sig"), edges.getvalue().encode("utf-8-sig")


def _cell(value: Value | None) -> str:
    return "" if value is None else _text(value)


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?|[+-]?(inf|nan)")


def _inert(cell: Value) -> Value:
    """A CSV cell a spreadsheet cannot run: text starting with ``= + - @`` (or a tab or
    carriage return) is a formula to Excel, LibreOffice and Google Sheets, so
    ``=HYPERLINK(…)`` in a title would become a live link. Such text gets a leading
    apostrophe (shown as text, the OWASP advice); numbers such as ``-0.25`` stay numbers."""
    if isinstance(cell, str) and cell.startswith(_FORMULA_START) and \
            not _NUMBER.fullmatch(cell):
        return "'" + cell
    return cell


def node_link(p: Prepared) -> bytes:
    """Node-link JSON (networkx / d3 shape: ``nodes`` and ``links``) with x, y, size, color."""
    nodes = []
    for node, attrs in p.nodes:
        x, y = p.position[node]
        nodes.append({"id": node, **attrs, "x": x, "y": y, "size": p.size[node],
                      "color": colour(str(attrs["type"]))})
    links = [{"id": edge_id, "source": a, "target": b, **attrs}
             for edge_id, a, b, attrs in p.edges]
    data = {"directed": p.directed, "multigraph": True, "graph": {"view": p.name},
            "nodes": nodes, "links": links}
    return (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


# --- files ------------------------------------------------------------------------------

Writer = Callable[[IO[bytes]], object]


def _blob(data: bytes) -> Writer:
    return lambda handle: handle.write(data)


def _csv(p: Prepared) -> dict[str, Writer]:
    nodes, edges = csv_tables(p)
    return {"-nodes.csv": _blob(nodes), "-edges.csv": _blob(edges)}


# format -> {file suffix: what fills that file}; GEXF and GraphML stream (the largest files)
_WRITERS: dict[str, Callable[[Prepared], dict[str, Writer]]] = {
    "graphml": lambda p: {".graphml": lambda handle: write_graphml(p, handle)},
    "gexf": lambda p: {".gexf": lambda handle: write_gexf(p, handle)},
    "csv": _csv,
    "json": lambda p: {".json": _blob(node_link(p))},
}


def write(g: nx.Graph, fmt: str, stem: Path) -> list[Path]:
    """Write ``g`` in ``fmt`` as ``stem`` + suffix (``out/areas`` -> ``out/areas.gexf``)."""
    _check(formats=[fmt])
    paths = []
    for suffix, writer in _WRITERS[fmt](Prepared(g)).items():
        path = stem.parent / f"{stem.name}{suffix}"
        write_with(path, writer)
        paths.append(path)
    return paths


def _check(*, formats: Iterable[str] = (), views: Iterable[str] = ()) -> None:
    for fmt in formats:
        if fmt not in _WRITERS:
            raise ExportError(f"unknown format {fmt!r} (choose from {', '.join(FORMATS)})")
    for name in views:
        if name not in STEMS:
            raise ExportError(f"unknown view {name!r} (choose from {', '.join(STEMS)})")


def annotated(data: Graph | Source, view: str, *, measures: bool = True,
              period: Period = ALWAYS, rules_only: bool = False) -> nx.Graph:
    """The view, with its network measures (degree, betweenness, …) on the nodes if asked;
    ``rules_only``: without what a learned step added (``views.views``)."""
    g = build_view(data, view, period=period, rules_only=rules_only)
    if measures:
        measure(g)
    return g


def measure(g: nx.Graph) -> tuple[str, ...]:
    """Network measures written onto the nodes before export (``network.annotate``); what
    was estimated on a large view (empty when every measure is exact)."""
    if not len(g):
        return ()
    from .network import annotate

    return annotate(g)


def export(data: Graph | Source, out: Path, *, formats: Iterable[str] = FORMATS,
           views: Iterable[str] = ("full",), measures: bool = True,
           period: Period = ALWAYS, say: Callable[[str], object] | None = None,
           rules_only: bool = False) -> list[Path]:
    """Write each view of ``data`` (a store or an rdflib graph) into folder ``out`` in each
    format; return the files. ``period`` keeps the signings dated within it. ``say`` is
    told, for a view too large for every measure to be exact, which ones were estimated.
    ``rules_only``: leave out the parties and people a learned step added, into files named
    with ``RULES_ONLY`` (``out/organisations-rules.gexf``); every edge carries ``read_by``,
    ``rules`` or ``model``, either way.

    Files are named by view (``graph`` for the full view) and format, e.g.
    ``out/graph.graphml``, ``out/organisations.gexf``, ``out/areas-nodes.csv``.
    """
    formats, views = list(formats), list(views)
    _check(formats=formats, views=views)
    paths: list[Path] = []
    for name, g in build_views(data, views, period=period,  # read once
                               rules_only=rules_only).items():
        estimated = measure(g) if measures else ()
        if estimated and say:
            say(f"{name} view ({g.number_of_nodes():,} nodes): {'; '.join(estimated)}")
        prepared = Prepared(g)  # laid out once, written in every format
        for fmt in formats:
            for suffix, writer in _WRITERS[fmt](prepared).items():
                path = Path(out) / f"{STEMS[name]}{RULES_ONLY if rules_only else ''}{suffix}"
                write_with(path, writer)
                paths.append(path)
    return paths
