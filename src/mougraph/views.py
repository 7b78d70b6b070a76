"""RDF -> NetworkX: the views network analysts and Gephi users look at. Writes no files.

Three views of a graph following DATA-MODEL.md, read either from a ``Store`` (quad scans
over Oxigraph, streamed: a network view reads only the triples it shows, so its memory
follows the view, not the store) or from an rdflib ``Graph`` / ``Dataset``:

- ``full``: the knowledge graph. A node per resource (organisation, agreement, signing,
  person, cooperation area, project, article) with ``label``, ``type`` and ``iri``; its
  literals are node attributes named after their predicate (``jobTitle``, ``venue``,
  ``signedOn``, …), multi-valued ones joined with ``"; "``; the sentences a fact was read
  from (``mou:evidence``) become the ``evidence`` attribute instead of nodes. An edge per
  relation (``nx.MultiDiGraph``, key and ``label`` = the predicate's local name, e.g. ``signs``).
- ``organisations``: organisations that took part in a signing; an undirected edge per pair
  that signed together, ``weight`` = number of signings (``mou:Signing``: several outlets'
  reports of one signing count once; an agreement in no signing counts as its own),
  ``signings`` = their node ids joined with ``" "``, ``label`` = their labels joined, and
  their dates (``mou:datedOn``): ``first_signed``, ``last_signed`` and ``signing_dates``
  (every dated signing's day, sorted, space-separated: the weight over time). Nodes carry
  ``signingCount``, ``first_signed`` and ``last_signed``.
- ``areas``: bipartite organisation–cooperation area (``bipartite`` = 0 / 1): an edge when
  the organisation took part in a signing whose reports cover the area, weighted the same way.

``period=Period(since, until)`` keeps only the signings dated within it (both ends included;
undated signings are left out) and what they connect.

Node ids are the resource's path under ``mgd:`` with ``/`` turned into ``:``
(``org:대전광역시``, ``signing:daejeon-special-video-mou:1``), made valid as XML NMTOKENs
so the same id works in GraphML, GEXF, CSV and JSON. Every attribute value is a str, int,
float or bool (no None, no lists), so any writer can declare one type per attribute.
"""
from __future__ import annotations

import datetime as dt
import math
import re
from array import array
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import combinations
from typing import Any, NamedTuple, Protocol
from urllib.parse import unquote

import networkx as nx
from rdflib import Graph, Literal, URIRef
from rdflib.graph import ConjunctiveGraph
from rdflib.namespace import PROV, RDF, RDFS, SKOS

from .errors import ExportError
from .rdf import MGD, MOU, ORG, SCHEMA

VIEWS = ("full", "organisations", "areas")

# class IRI -> the ``type`` Gephi partitions on; first match wins for multi-typed nodes
TYPES: dict[URIRef, str] = {
    ORG.Organization: "Organization",
    MOU.Agreement: "Agreement",
    MOU.Signing: "Signing",
    SCHEMA.Person: "Person",
    MOU.CooperationArea: "CooperationArea",
    MOU.Project: "Project",
    SCHEMA.NewsArticle: "NewsArticle",
}
# an IRI under mgd: that is used but never typed still gets its type from its path
_PATH_TYPES = {"org": "Organization", "agreement": "Agreement", "signing": "Signing",
               "person": "Person",
               "area": "CooperationArea", "project": "Project", "article": "NewsArticle"}

# one colour per type, shared by the GEXF writer and the pictures (colour-blind-safe-ish)
TYPE_COLOURS: dict[str, str] = {
    "Organization": "#1f77b4",
    "Agreement": "#d62728",
    "Signing": "#8c564b",
    "Person": "#2ca02c",
    "CooperationArea": "#ff7f0e",
    "Project": "#9467bd",
    "NewsArticle": "#7f7f7f",
}
OTHER_COLOUR = "#bcbd22"

SEP = "; "            # joins multi-valued literals
MAX_EVIDENCE = 5      # sentences kept per node: enough to check, not a copy of the corpus


def colour(node_type: str) -> str:
    return TYPE_COLOURS.get(node_type, OTHER_COLOUR)


# --- reading the RDF once ----------------------------------------------------------------

def _iri(term: Any) -> str:
    return str(term)


# the IRIs the views compare with, as plain str: views hold plain values, not rdflib terms
_TYPE, _LABEL, _ALT = _iri(RDF.type), _iri(RDFS.label), _iri(SKOS.altLabel)
_EVIDENCE, _TEXT, _START = _iri(MOU.evidence), _iri(MOU.text), _iri(MOU.startOffset)
_SIGNS, _REPORT_OF, _PARTY_TO = _iri(MOU.signs), _iri(MOU.reportOf), _iri(MOU.partyTo)
_COVERS, _DERIVED, _REPORTED_IN = _iri(MOU.covers), _iri(PROV.wasDerivedFrom), \
    _iri(MOU.reportedIn)
_DATED_ON, _SIGNED_ON, _PUBLISHED = _iri(MOU.datedOn), _iri(MOU.signedOn), \
    _iri(SCHEMA.datePublished)
_IDENTIFIER, _ORG_KIND = _iri(SCHEMA.identifier), _iri(MOU.orgKind)
_ATTENDED, _REPRESENTS = _iri(MOU.attended), _iri(MOU.represents)
# agreement -> a party or person a learned step added (also stated with signs / attended)
_MODEL_READ_PARTY, _MODEL_READ_PERSON = _iri(MOU.modelReadParty), _iri(MOU.modelReadPerson)
_MODEL_READ = (_MODEL_READ_PARTY, _MODEL_READ_PERSON)
# signing -> a party only a learned step read in its reports: the views read that from the
# reports themselves (``_model_read``), so it is no edge and no edge attribute either
_MODEL_READ_SIGNING_PARTY = _iri(MOU.modelReadSigningParty)
_NAMES = (_LABEL, _iri(SCHEMA.headline), _iri(SCHEMA.name), _IDENTIFIER)
_SENTENCE, _ORGANIZATION = _iri(MOU.Sentence), _iri(ORG.Organization)
_TYPE_NAMES = {_iri(cls): name for cls, name in TYPES.items()}
_MGD, _MOU = _iri(MGD), _iri(MOU)


class Lit(NamedTuple):
    """A literal as the views hold it: its lexical form, datatype (None for plain and
    language-tagged strings, as rdflib has it) and language."""

    value: str
    datatype: str | None = None
    language: str | None = None


# a triple as views read it: IRIs as str, a literal as (lexical form, datatype, language)
Plain = tuple[str, str, Any]


@dataclass
class _Index:
    """What the views need from the triples, gathered in one pass, as plain values (an
    interned str per IRI): at 100k records an rdflib term per triple took gigabytes."""

    types: dict[str, tuple[str, ...]] = field(default_factory=dict)
    literals: dict[str, dict[str, list[Lit]]] = field(default_factory=dict)
    links: set[tuple[str, str, str]] = field(default_factory=set)
    sentences: dict[str, tuple[str, int]] = field(default_factory=dict)
    evidence: dict[str, list[str]] = field(default_factory=dict)  # node -> its sentences
    ids: dict[str, str] = field(default_factory=dict)
    # IRIs that are values rather than nodes (schema:url, mou:orgKind …), per subject
    iri_values: dict[str, dict[str, list[str]]] = field(default_factory=dict)
    # (party or person, agreement) a learned step added: mou:modelReadParty / …Person
    by_model: set[tuple[str, str]] = field(default_factory=set)

    def type_of(self, node: str) -> str:
        classes = self.types.get(node, ())
        for cls, name in _TYPE_NAMES.items():
            if cls in classes:
                return name
        if node.startswith(_MGD):
            head = node[len(_MGD):].split("/", 1)[0]
            if head in _PATH_TYPES:
                return _PATH_TYPES[head]
        return _local(min(classes)) if classes else "Resource"

    def values(self, node: str | None, predicate: str) -> list[Lit]:
        return self.literals.get(node, {}).get(predicate, []) if node else []


def _add(table: dict[str, dict[str, list[Any]]], node: str, predicate: str, value: Any
         ) -> None:
    values = table.setdefault(node, {}).setdefault(predicate, [])
    if value not in values:  # a handful per node and predicate
        values.append(value)


Triple = tuple[Any, Any, Any]


class Source(Protocol):
    """Where views read triples from: ``Store.triples`` (the union graph) has this shape;
    a source may also have ``named_triples`` (``Store.named_triples``: plain values)."""

    def triples(self, s: Any = None, p: Any = None, o: Any = None) -> Iterable[Triple]: ...


class _Rdflib:
    """An rdflib graph as a ``Source``: every distinct triple, the union of a Dataset's."""

    def __init__(self, data: Graph) -> None:
        self.data = data

    def triples(self, s: Any = None, p: Any = None, o: Any = None) -> Iterator[Triple]:
        if isinstance(self.data, ConjunctiveGraph):  # Dataset is one: quads span every graph
            seen: set[Triple] = set()
            for q in self.data.quads((s, p, o, None)):
                if q[:3] not in seen:
                    seen.add(q[:3])
                    yield q[:3]
        else:
            yield from self.data.triples((s, p, o))


def source(data: Graph | Source) -> Source:
    """``data`` as a ``Source``: a store is one already; an rdflib graph is wrapped."""
    return _Rdflib(data) if isinstance(data, Graph) else data


class _Plain:
    """A ``Source`` read as plain values: its ``named_triples`` when it has them (a store),
    else its rdflib terms turned into plain ones."""

    def __init__(self, src: Source) -> None:
        self.src = src
        self.named = getattr(src, "named_triples", None)

    def __call__(self, s: str | None = None, p: str | None = None, o: str | None = None
                 ) -> Iterable[Plain]:
        if self.named is not None:
            return self.named(s, p, o)  # type: ignore[no-any-return]
        return self._converted(s, p, o)

    def _converted(self, s: str | None, p: str | None, o: str | None) -> Iterator[Plain]:
        for ts, tp, to in self.src.triples(*(None if t is None else URIRef(t)
                                             for t in (s, p, o))):
            if not isinstance(ts, URIRef):
                continue
            if isinstance(to, URIRef):
                yield str(ts), str(tp), str(to)
            elif isinstance(to, Literal):
                yield str(ts), str(tp), (str(to), str(to.datatype) if to.datatype else None,
                                         to.language)


_OCCASION_LINKS = (_SIGNS, _REPORT_OF, _PARTY_TO)


def _slice(src: Source, *, covers: bool, articles: bool) -> Iterator[Plain]:
    """The triples a network view shows, read by pattern: who took part in which signing
    (and which areas the reports cover), then only those nodes' own triples and sentences."""
    read = _Plain(src)
    # the network views hold no people: only the parties a model read are asked for
    links = [t for p in (*_OCCASION_LINKS, *((_COVERS,) if covers else ()), _MODEL_READ_PARTY)
             for t in read(None, p, None)]
    reported = {s for s, p, _ in links if p == _REPORT_OF}
    nodes: set[Any] = set()
    for s, p, o in links:
        if p in _MODEL_READ:
            continue                                       # who read a party: no node
        if p in (_SIGNS, _PARTY_TO):
            nodes.add(s)                                   # an organisation
        if p in (_PARTY_TO, _REPORT_OF, _COVERS) or o not in reported:
            nodes.add(o)                                   # a signing, an area, a lone report
    yield from links
    del links
    more: set[Any] = set()
    sources = (_DERIVED, *((_REPORTED_IN,) if articles else ()))
    for node in sorted(n for n in nodes if isinstance(n, str)):
        for s, p, o in read(node, None, None):
            yield s, p, o
            if isinstance(o, str) and (p == _EVIDENCE or (p in sources and s not in reported)):
                more.add(o)                                # its sentences, its articles
    for node in sorted(more):
        yield from read(node, None, None)


def _index(triples: Iterable[Plain]) -> _Index:
    ix = _Index()
    names: dict[str, str] = {}
    intern = names.setdefault  # one str per IRI, however often it is read
    evidence: list[tuple[str, str]] = []
    for s, p, o in triples:
        s, p = intern(s, s), intern(p, p)
        if isinstance(o, tuple):
            value, kind, language = o  # the same few datatypes and languages: one str each
            _add(ix.literals, s, p, Lit(value, kind and intern(kind, kind),
                                        language and intern(language, language)))
        elif p == _TYPE:
            classes = ix.types.get(s, ())
            if o not in classes:
                ix.types[s] = (*classes, intern(o, o))
        elif p == _EVIDENCE:
            evidence.append((s, intern(o, o)))
        elif p in _MODEL_READ:   # who read a relation: an edge attribute, not an edge
            ix.by_model.add((intern(o, o), s))
        elif p == _MODEL_READ_SIGNING_PARTY:
            continue
        else:
            ix.links.add((s, p, intern(o, o)))
    del names
    # sentences are plumbing: their text becomes the evidence attribute of what they support
    for sentence in [s for s, classes in ix.types.items() if _SENTENCE in classes]:
        texts = sorted(t.value for t in ix.values(sentence, _TEXT))
        start = sorted(int(_value(v)) for v in ix.values(sentence, _START)) or [0]
        ix.sentences[sentence] = (texts[0] if texts else "", start[0])
        ix.literals.pop(sentence, None)  # kept as the pair above: never a node
    for subject, sentence in evidence:
        if sentence not in ix.evidence.setdefault(subject, []):
            ix.evidence[subject].append(sentence)
    ix.ids = _node_ids(_candidates(ix))
    for s, p, o in [link for link in ix.links if link[2] not in ix.ids]:
        ix.links.discard((s, p, o))
        _add(ix.iri_values, s, p, o)
    return ix


def _candidates(ix: _Index) -> Iterator[str]:
    """Resources that become nodes: typed with a known class or minted under mgd:."""
    nodes: set[str] = set()
    for node, classes in ix.types.items():
        if _SENTENCE not in classes and (
                any(c in _TYPE_NAMES for c in classes) or node.startswith(_MGD)):
            nodes.add(node)
    for s, _, o in ix.links:
        for node in (s, o):
            if node.startswith(_MGD) and _SENTENCE not in ix.types.get(node, ()) \
                    and "#" not in node:
                nodes.add(node)
    yield from sorted(nodes)


def _local(iri: str) -> str:
    return re.split(r"[#/]", str(iri).rstrip("/#"))[-1]


# --- node ids ---------------------------------------------------------------------------

# a character outside XML 1.0 NameChar, which an NMTOKEN (GraphML's id type) may not contain
NOT_NAME_CHAR = re.compile(
    "[^:A-Z_a-z\\-.0-9\u00b7\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u037d\u037f-\u1fff"
    "\u200c\u200d\u203f\u2040\u2070-\u218f\u2c00-\u2fef\u3001-\ud7ff\uf900-\ufdcf"
    "\ufdf0-\ufffd\U00010000-\U000effff]")


def _node_ids(nodes: Iterator[str]) -> dict[str, str]:
    """A readable id per node, unique and NMTOKEN-valid; collisions numbered in IRI order."""
    ids: dict[str, str] = {}
    used: set[str] = set()
    for iri in nodes:  # sorted, so the numbering is deterministic
        rel = iri[len(_MGD):] if iri.startswith(_MGD) else iri
        ids[iri] = unique_id(NOT_NAME_CHAR.sub("_", unquote(rel).replace("/", ":")), used)
    return ids


def unique_id(base: str, used: set[str]) -> str:
    """``base`` (or ``base-2``, ``base-3``, … when taken), recorded in ``used``."""
    base = base or "_"
    candidate, n = base, 1
    while candidate in used:
        n += 1
        candidate = f"{base}-{n}"
    used.add(candidate)
    return candidate


# --- attribute values -------------------------------------------------------------------

def _value(term: Any) -> str | int | float | bool:
    """A literal as a value every export format can type: dates and times as ISO strings."""
    if isinstance(term, Lit):
        return term.value if term.datatype is None else _typed(term.value, term.datatype)
    iri = str(term)
    return _local(iri) if iri.startswith(_MOU) else iri


@lru_cache(maxsize=1 << 14)
def _typed(lexical: str, datatype: str) -> str | int | float | bool:
    """A typed literal's value as rdflib reads it (the same dates recur: cached)."""
    term = Literal(lexical, datatype=URIRef(datatype))
    value = term.toPython()
    if isinstance(value, bool | int) or type(value) is str:
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else str(term)
    return str(term)


def _joined(values: Iterable[Any]) -> str | int | float | bool:
    cleaned = sorted({_value(v) for v in values}, key=lambda v: (str(type(v)), str(v)))
    if len(cleaned) == 1:
        return cleaned[0]
    return SEP.join(str(v) for v in cleaned)


def _labels(ix: _Index, node: str) -> list[str]:
    """The node's names, best first: Korean before others, the fullest form first."""
    lits = ix.literals.get(node, {})
    for predicate in _NAMES:
        values = lits.get(predicate)
        if values:
            return [v.value for v in sorted(values, key=lambda v: (
                v.language != "ko", -len(v.value), v.value))]
    return []


def _label(ix: _Index, node: str, node_id: str) -> str:
    labels = _labels(ix, node)
    return labels[0] if labels else node_id.split(":", 1)[-1]


def _evidence(ix: _Index, node: str) -> str | None:
    sentences = ix.evidence.get(node, ())
    found = sorted(ix.sentences[s] for s in sentences if s in ix.sentences)
    texts: list[str] = []
    for text, _ in found:
        if text and text not in texts:
            texts.append(text)
    return "\n".join(texts[:MAX_EVIDENCE]) if texts else None


def _node_attrs(ix: _Index, node: str) -> dict[str, Any]:
    node_id = ix.ids[node]
    attrs: dict[str, Any] = {"label": _label(ix, node, node_id), "type": ix.type_of(node),
                             "iri": node}
    literals = ix.literals.get(node, {})
    for predicate, values in sorted(literals.items()):
        if predicate not in (_LABEL, _EVIDENCE, _ALT):
            attrs.setdefault(_local(predicate), _joined(values))
    # every other name: skos:altLabel, and further rdfs:labels when articles disagree
    others = {v.value for v in literals.get(_ALT, ())}
    if _LABEL in literals:
        others.update(_labels(ix, node)[1:])
    others.discard(attrs["label"])
    if others:
        attrs["altLabel"] = SEP.join(sorted(others))
    evidence = _evidence(ix, node)
    if evidence:
        attrs["evidence"] = evidence
    for predicate, iris in sorted(ix.iri_values.get(node, {}).items()):
        attrs.setdefault(_local(predicate), _joined(iris))
    return attrs


# --- who read a relation: the rules, or a learned step beside them ---------------------------

RULES, MODEL = "rules", "model"   # the ``read_by`` of an edge


@dataclass(frozen=True)
class _ModelRead:
    """What only a learned step read (``mou:modelReadParty`` / ``mou:modelReadPerson``):
    the relations it added, the nodes only it brought, and (party, signing) pairs no rule
    reading of any report stands behind."""

    links: frozenset[tuple[str, str, str]] = frozenset()
    nodes: frozenset[str] = frozenset()
    parties: frozenset[tuple[str, str]] = frozenset()


def _model_read(ix: _Index) -> _ModelRead:
    if not ix.by_model:
        return _ModelRead()
    report_of = {s: o for s, p, o in ix.links if p == _REPORT_OF}
    added = {t for t in ix.links if t[1] in (_SIGNS, _ATTENDED) and (t[0], t[2]) in ix.by_model}
    rest = ix.links - added
    by_rules = {(s, report_of.get(o, o)) for s, p, o in rest if p == _SIGNS}
    parties = {(s, report_of.get(o, o)) for s, p, o in added if p == _SIGNS} - by_rules
    attends = {s for s, p, _ in rest if p in (_SIGNS, _ATTENDED)}
    nodes = {s for s, _, _ in added} - attends   # a party or person only the model read
    links = added | {t for t in ix.links if (t[1] == _PARTY_TO and (t[0], t[2]) in parties)
                     or t[0] in nodes or t[2] in nodes}
    return _ModelRead(frozenset(links), frozenset(nodes), frozenset(parties))


def read_by(model: _ModelRead, link: tuple[str, str, str]) -> str:
    """``MODEL`` for a relation only a learned step read (or one of a node only it brought),
    else ``RULES``."""
    return MODEL if link in model.links else RULES


def _rules_only(ix: _Index) -> _Index:
    """``ix`` without what only a learned step read: the relations it added, a signing's
    party no rule reading stands behind, the parties and people only it found with all
    their relations, and a node left with no relation by that (a learned party's parent)."""
    model = _model_read(ix)
    if not model.links:
        return ix
    links = ix.links - model.links
    before = {n for s, _, o in ix.links for n in (s, o)}
    after = {n for s, _, o in links for n in (s, o)}
    gone = model.nodes | (before - after)
    return replace(ix, links={t for t in links if t[0] not in gone and t[2] not in gone},
                   ids={iri: i for iri, i in ix.ids.items() if iri not in gone},
                   by_model=set())


# --- signings and periods ------------------------------------------------------------------

@dataclass(frozen=True)
class Period:
    """Days from ``since`` to ``until``, both included; None leaves that end open."""

    since: dt.date | None = None
    until: dt.date | None = None

    @property
    def open(self) -> bool:
        return self.since is None and self.until is None

    def keeps(self, day: str | None) -> bool:
        """True for a signing dated ``day`` (ISO); an undated one only when nothing is asked."""
        if self.open:
            return True
        if day is None:
            return False
        when = dt.date.fromisoformat(day)
        return (self.since is None or when >= self.since) and \
            (self.until is None or when <= self.until)


ALWAYS = Period()


@dataclass
class _Occasions:
    """Signings (an agreement in no signing stands for its own) and who took part."""

    parties: dict[str, set[str]]
    day: dict[str, str | None]
    report_of: dict[str, str]
    model: _ModelRead = field(default_factory=_ModelRead)

    def read_by(self, a: str, b: str, occasions: Iterable[str]) -> str:
        """``RULES`` when in one of ``occasions`` both ``a`` and ``b`` (organisations or an
        area) were read by the rules, else ``MODEL``."""
        return RULES if any((a, o) not in self.model.parties and (b, o) not in
                            self.model.parties for o in occasions) else MODEL

    def of(self, agreement: str) -> str:
        return self.report_of.get(agreement, agreement)


def _occasions(ix: _Index, period: Period) -> _Occasions:
    report_of = {s: o for s, p, o in ix.links if p == _REPORT_OF and o in ix.ids}
    parties: dict[str, set[str]] = defaultdict(set)
    for s, p, o in ix.links:
        if s in ix.ids and o in ix.ids and p == _SIGNS:
            parties[report_of.get(o, o)].add(s)
        elif s in ix.ids and o in ix.ids and p == _PARTY_TO:
            parties[o].add(s)
    derived = {s: o for s, p, o in ix.links if p == _DERIVED and s in parties}
    days = {occasion: _day(ix, occasion, derived.get(occasion)) for occasion in parties}
    kept = {o: orgs for o, orgs in parties.items() if period.keeps(days[o])}
    return _Occasions(kept, {o: days[o] for o in kept}, report_of, _model_read(ix))


def _day(ix: _Index, node: str, article: str | None) -> str | None:
    """A signing's ``mou:datedOn``; a lone agreement's signing date, else its article's."""
    literals = ix.literals.get(node, {})
    for predicate in (_DATED_ON, _SIGNED_ON):
        if literals.get(predicate):
            return min(v.value for v in literals[predicate])
    published = ix.values(article, _PUBLISHED)
    return min(v.value for v in published) if published else None


def _dates(days: Iterable[str | None]) -> dict[str, str]:
    """``first_signed``, ``last_signed`` and ``signing_dates`` of some signings' days."""
    known = sorted(d for d in days if d)
    if not known:
        return {}
    return {"first_signed": known[0], "last_signed": known[-1],
            "signing_dates": " ".join(known)}


# --- the views --------------------------------------------------------------------------

def full(data: Graph | Source, *, period: Period = ALWAYS) -> nx.MultiDiGraph:
    """The knowledge graph: every resource a node, every relation between two an edge."""
    return _full(_index(_Plain(source(data))()), period)


def _full(ix: _Index, period: Period = ALWAYS) -> nx.MultiDiGraph:
    g: nx.MultiDiGraph[str] = nx.MultiDiGraph(view="full")
    for node in sorted(ix.ids, key=ix.ids.__getitem__):
        g.add_node(ix.ids[node], **_node_attrs(ix, node))
    model = _model_read(ix)
    for s, p, o in sorted(ix.links, key=lambda t: (ix.ids.get(t[0], ""), str(t[1]),
                                                  ix.ids.get(t[2], ""))):
        if s in ix.ids and o in ix.ids:
            name = _local(p)
            g.add_edge(ix.ids[s], ix.ids[o], key=name, label=name, predicate=_curie(p),
                       weight=1.0, read_by=read_by(model, (s, p, o)))
    if not period.open:
        _restrict(g, ix, period)
    return g


def _restrict(g: nx.MultiDiGraph, ix: _Index, period: Period) -> None:
    """Drop the signings outside ``period``, their reports, and what only they connected."""
    every = _occasions(ix, ALWAYS)
    dropped = {ix.ids[o] for o in every.parties if not period.keeps(every.day[o])}
    dropped |= {ix.ids[a] for a in ix.ids if ix.type_of(a) == "Agreement"
                and ix.ids[every.of(a)] in dropped}
    linked = {n for n in g.nodes if g.degree(n)}
    g.remove_nodes_from(sorted(dropped))
    g.remove_nodes_from([n for n in sorted(linked) if n in g and not g.degree(n)])


def _curie(iri: str) -> str:
    for prefix, ns in (("mou", MOU), ("org", ORG), ("schema", SCHEMA), ("prov", PROV),
                       ("skos", SKOS), ("rdfs", RDFS), ("rdf", RDF)):
        if str(iri).startswith(str(ns)):
            return f"{prefix}:{str(iri)[len(str(ns)):]}"
    return str(iri)


def _weighted(g: nx.Graph, ix: _Index, pairs: dict[tuple[str, str], set[str]],
              occasions: _Occasions) -> None:
    for (a, b), signed in sorted(pairs.items(),
                                 key=lambda kv: (ix.ids[kv[0][0]], ix.ids[kv[0][1]])):
        ordered = sorted(signed, key=ix.ids.__getitem__)
        g.add_edge(ix.ids[a], ix.ids[b], weight=float(len(ordered)),
                   label=SEP.join(_label(ix, o, ix.ids[o]) for o in ordered),
                   signings=" ".join(ix.ids[o] for o in ordered),
                   read_by=occasions.read_by(a, b, ordered),
                   **_dates(occasions.day[o] for o in ordered))


def organisations(data: Graph | Source, *, period: Period = ALWAYS) -> nx.Graph:
    """Organisations joined by an edge per pair that signed together, weighted by signings."""
    return _organisations(_index(_slice(source(data), covers=False, articles=False)), period)


def _organisations(ix: _Index, period: Period = ALWAYS) -> nx.Graph:
    occasions = _occasions(ix, period)
    days: dict[str, list[str | None]] = defaultdict(list)
    pairs: dict[tuple[str, str], set[str]] = defaultdict(set)
    for occasion, orgs in occasions.parties.items():
        ordered = sorted(orgs, key=ix.ids.__getitem__)
        for org in ordered:
            days[org].append(occasions.day[occasion])
        for a, b in combinations(ordered, 2):  # sorted, so (a, b) is canonical
            pairs[(a, b)].add(occasion)
    g: nx.Graph[str] = nx.Graph(view="organisations", timeline="signing_dates")
    for org in sorted(days, key=ix.ids.__getitem__):
        g.add_node(ix.ids[org], **_node_attrs(ix, org), signingCount=len(days[org]),
                   **{k: v for k, v in _dates(days[org]).items() if k != "signing_dates"})
    _weighted(g, ix, pairs, occasions)
    return g


def areas(data: Graph | Source, *, period: Period = ALWAYS) -> nx.Graph:
    """Bipartite organisations (``bipartite=0``) – cooperation areas (``bipartite=1``)."""
    return _areas(_index(_slice(source(data), covers=True, articles=False)), period)


def _areas(ix: _Index, period: Period = ALWAYS) -> nx.Graph:
    occasions = _occasions(ix, period)
    covers: dict[str, set[str]] = defaultdict(set)
    for s, p, o in ix.links:
        if p == _COVERS and s in ix.ids and o in ix.ids:
            covers[occasions.of(s)].add(o)
    pairs: dict[tuple[str, str], set[str]] = defaultdict(set)
    for occasion, orgs in occasions.parties.items():
        for org in orgs:
            for area in covers.get(occasion, ()):
                pairs[(org, area)].add(occasion)
    g: nx.Graph[str] = nx.Graph(view="areas")
    for side, members in ((0, {o for o, _ in pairs}), (1, {a for _, a in pairs})):
        for node in sorted(members, key=ix.ids.__getitem__):
            g.add_node(ix.ids[node], **_node_attrs(ix, node), bipartite=side)
    _weighted(g, ix, pairs, occasions)
    return g


def parties(data: Graph | Source, *, period: Period = ALWAYS) -> nx.Graph:
    """Organisations and the signings they took part in (bipartite, for paths and partners);
    each signing node carries ``articles``: the ids of the articles that report it."""
    return _parties(_index(_slice(source(data), covers=False, articles=True)), period)


def _parties(ix: _Index, period: Period = ALWAYS) -> nx.Graph:
    occasions = _occasions(ix, period)
    g: nx.Graph[str] = nx.Graph(view="parties")
    orgs = {org for members in occasions.parties.values() for org in members}
    for node in sorted(orgs | set(occasions.parties), key=ix.ids.__getitem__):
        g.add_node(ix.ids[node], **_node_attrs(ix, node))
    found: dict[str, set[str]] = defaultdict(set)
    for s, p, a in ix.links:
        if s in occasions.parties and p in (_REPORTED_IN, _DERIVED):
            found[s].update(v.value for v in ix.values(a, _IDENTIFIER))
    for occasion in occasions.parties:
        g.nodes[ix.ids[occasion]]["articles"] = SEP.join(sorted(found[occasion]))
    g.add_edges_from(sorted((ix.ids[org], ix.ids[occasion], {"label": "partyTo"})
                            for occasion, members in occasions.parties.items()
                            for org in members))
    return g


@dataclass(frozen=True)
class OrganisationRow:
    """An organisation as the views name it, with what it signed."""

    id: str
    iri: str
    labels: tuple[str, ...]     # the view's label first, then every other name, sorted
    kind: str | None
    agreements: int             # reports of signings it took part in (mou:signs)
    signings: int               # signings it took part in (mou:partyTo, or lone reports)


def organisation_rows(data: Graph | Source) -> list[OrganisationRow]:
    """Every organisation with its names and counts, read by pattern (no other triples)."""
    read = _Plain(source(data))
    orgs = sorted({s for s, _, _ in read(None, _TYPE, _ORGANIZATION)})
    wanted = (_TYPE, _LABEL, _ALT, _ORG_KIND, _SIGNS, _PARTY_TO)
    ix = _index(t for org in orgs for p in wanted for t in read(org, p, None))
    reported = {s for ag in {o for s, p, o in ix.links if p == _SIGNS}
                for s, _, _ in read(ag, _REPORT_OF, None)}
    signs: dict[str, set[str]] = defaultdict(set)
    party: dict[str, set[str]] = defaultdict(set)
    for s, p, o in ix.links:
        if p == _SIGNS:
            signs[s].add(o)
        elif p == _PARTY_TO:
            party[s].add(o)
    rows = []
    for org in orgs:
        label = _label(ix, org, ix.ids[org])
        names = set(_labels(ix, org)) | {v.value for v in ix.values(org, _ALT)}
        kinds = sorted(_local(k) for k in ix.iri_values.get(org, {}).get(_ORG_KIND, ()))
        rows.append(OrganisationRow(
            ix.ids[org], org, (label, *sorted(names - {label})),
            kinds[0] if kinds else None, len(signs[org]),
            len(party[org] | (signs[org] - reported))))
    return rows


_BUILDERS: dict[str, Callable[[_Index, Period], nx.Graph]] = {
    "full": _full, "organisations": _organisations, "areas": _areas}


def view(data: Graph | Source, name: str, *, period: Period = ALWAYS,
         rules_only: bool = False) -> nx.Graph:
    """The named view (one of ``VIEWS``) of a store, an RDF graph or a dataset."""
    return views(data, [name], period=period, rules_only=rules_only)[name]


def views(data: Graph | Source, names: Iterable[str] = VIEWS, *, period: Period = ALWAYS,
          rules_only: bool = False) -> dict[str, nx.Graph]:
    """Several views, reading the triples once: all of them for the full view, else only
    the network's slice. ``rules_only``: without the parties and people a learned step
    added (``mou:modelReadParty`` / ``mou:modelReadPerson``), as the rules alone read."""
    names = list(names)
    unknown = [n for n in names if n not in _BUILDERS]
    if unknown:
        raise ExportError(f"unknown view {unknown[0]!r} (choose from {', '.join(VIEWS)})")
    src = source(data)
    triples = _Plain(src)() if "full" in names else \
        _slice(src, covers="areas" in names, articles=False)
    ix = _index(triples)
    if rules_only:
        ix = _rules_only(ix)
    return {name: _BUILDERS[name](ix, period) for name in names}


# --- the best-connected part of a huge full view (what a picture can show) ---------------

HUB_SHARE = 20  # a hub brings at most limit // HUB_SHARE neighbours: several hubs are shown


def per_hub(limit: int) -> int:
    """How many neighbours a hub brings into a picture of at most ``limit`` nodes."""
    return max(1, limit // HUB_SHARE)

@dataclass
class Busiest:
    """The best-connected nodes of a full view and the relations among them, with the
    size of the whole view: its nodes, and its relations between nodes."""

    graph: nx.MultiDiGraph
    nodes: int
    edges: int
    hubs: int  # of the nodes drawn, how many were taken for their own connections


# predicates between two nodes that ``_index`` makes no edge of (who read one: an attribute)
_NO_RELATION = frozenset((_TYPE, _EVIDENCE, *_MODEL_READ, _MODEL_READ_SIGNING_PARTY))


def busiest_full(data: Graph | Source, limit: int) -> Busiest | None:
    """At most ``limit`` nodes of the full view, chosen by ``hubs_first`` on the number of
    distinct neighbours (ties by IRI; as ``best_connected`` chooses in a built view), and
    the relations among them, read in two passes so that memory
    follows ``limit``, not the store: every relation as a pair of numbers (for the
    degrees), then only the chosen nodes' own triples and sentences. None when the whole
    view has at most ``limit`` nodes (``full`` builds it). Node ids are made among the
    chosen nodes."""
    read = _Plain(source(data))
    sentences, typed = _typed_nodes(read)

    def is_node(iri: str) -> bool:  # as _candidates decides
        return iri not in sentences and (
            iri in typed or (iri.startswith(_MGD) and "#" not in iri))

    number: dict[str, int] = {}
    pairs, edges = array("q"), 0
    for s, p, o in read():
        if isinstance(o, str) and p not in _NO_RELATION and is_node(s) and is_node(o):
            a, b = number.setdefault(s, len(number)), number.setdefault(o, len(number))
            pairs.append(min(a, b) << 32 | max(a, b))
            edges += 1
    for s, _, _ in read(None, _TYPE, None):  # nodes without relations are nodes too
        if is_node(s):
            number.setdefault(s, len(number))
    total = len(number)
    if total <= limit:
        return None
    keep, hubs = _top(list(number), pairs, limit)
    del number, pairs
    graph = _full(_index(_among(_own(read, keep), keep, is_node)))
    return Busiest(graph, total, edges, hubs)


def _typed_nodes(read: _Plain) -> tuple[set[str], set[str]]:
    """Sentences, and the typed nodes that are not plain ``mgd:`` IRIs without ``#``."""
    sentences, typed = set(), set()
    for s, _, o in read(None, _TYPE, None):
        if o == _SENTENCE:
            sentences.add(s)
        elif (o in _TYPE_NAMES or s.startswith(_MGD)) and ("#" in s or not s.startswith(_MGD)):
            typed.add(s)
    return sentences, typed - sentences


def _top(iris: list[str], pairs: array[int], limit: int) -> tuple[set[str], int]:
    """``hubs_first`` over the nodes numbered by position in ``iris``, with the distinct
    neighbours found in ``pairs`` (``low << 32 | high``); ties by IRI."""
    import numpy as np

    distinct = np.unique(np.frombuffer(pairs, dtype=np.int64))
    low, high = distinct >> 32, distinct & 0xFFFFFFFF
    loop = low == high
    degree = np.bincount(low, minlength=len(iris)) + \
        np.bincount(high[~loop], minlength=len(iris))
    # who is next to whom, both ways, grouped by node (a node's own loop once)
    ends = np.concatenate([low, high[~loop]])
    others = np.concatenate([high, low[~loop]])
    order = np.argsort(ends, kind="stable")
    ends, others = ends[order], others[order]
    del order, distinct, low, high

    def neighbours(i: int) -> Iterable[int]:
        start, stop = np.searchsorted(ends, [i, i + 1])
        return (int(n) for n in others[start:stop])

    def rank(i: int) -> tuple[int, str]:
        return -int(degree[i]), iris[i]

    floor = np.sort(degree)[-limit]  # the limit-th best: the hubs come from these
    contenders = sorted((int(i) for i in np.flatnonzero(degree >= floor)), key=rank)
    keep, hubs = hubs_first(contenders, neighbours, rank, limit)
    return {iris[i] for i in keep}, hubs


def hubs_first(order: Iterable[Any], neighbours: Callable[[Any], Iterable[Any]],
               rank: Callable[[Any], Any], limit: int) -> tuple[list[Any], int]:
    """At most ``limit`` nodes for a picture: the best-connected (``order``, best first),
    each followed by up to ``per_hub(limit)`` of its best-connected neighbours (by
    ``rank``) not yet taken, until ``limit``. The hubs alone would show no edges in the
    full view, where organisations meet only through signings. Returns the nodes and how
    many were taken as hubs."""
    keep: dict[Any, None] = {}
    hubs = 0
    for hub in order:
        if len(keep) >= limit:
            break
        if hub not in keep:
            keep[hub] = None
        hubs += 1
        near = sorted((n for n in set(neighbours(hub)) if n not in keep), key=rank)
        for node in near[:min(per_hub(limit), limit - len(keep))]:
            keep[node] = None
    return list(keep), hubs


def _own(read: _Plain, keep: set[str]) -> Iterator[Plain]:
    """The kept nodes' own triples and their sentences', without the relations to nodes
    not kept (they would make those nodes)."""
    sentences: set[str] = set()
    for node in sorted(keep):
        for s, p, o in read(node, None, None):
            if isinstance(o, str) and p == _EVIDENCE:
                sentences.add(o)
            yield s, p, o
    for sentence in sorted(sentences):
        yield from read(sentence, None, None)


def _among(triples: Iterable[Plain], keep: set[str], is_node: Callable[[str], bool]
           ) -> Iterator[Plain]:
    for s, p, o in triples:
        if not (isinstance(o, str) and p not in (_TYPE, _EVIDENCE) and is_node(o)
                and o not in keep):
            yield s, p, o


# --- drawing helpers shared by export (GEXF viz:*) and viz ------------------------------

DENSE = 0.5          # edge density from which a component is drawn on a circle …
DENSE_UP_TO = 40     # … when it has at most this many nodes


def layout(g: nx.Graph, *, seed: int = 42, aspect: float = 1.0
           ) -> dict[Any, tuple[float, float]]:
    """Deterministic 2-D positions in [-1000, 1000], rounded so files diff quietly.

    Each connected component is laid out on its own: on a circle when it is small and
    dense (``DENSE``), else with Fruchterman–Reingold (igraph's,
    in C: about a second for 10,000 nodes; seeded start and seeded generator), then the
    components are packed in rows, largest first: a corpus's many two-party agreements
    sit in a tidy block beside the big cluster instead of drifting to the edges. The rows
    are about ``aspect`` times as wide as the block is high (a picture's width / height).
    """
    nodes = sorted(g.nodes, key=str)
    if not nodes:
        return {}
    simple: nx.Graph[Any] = nx.Graph()
    simple.add_nodes_from(nodes)
    simple.add_edges_from((u, v) for u, v in g.edges() if u != v)
    parts = sorted((sorted(c, key=str) for c in nx.connected_components(simple)),
                   key=lambda c: (-len(c), str(c[0])))
    boxes = [_component_layout(simple.subgraph(part), part, seed) for part in parts]
    placed = _pack(boxes, aspect)
    xs = [p[0] for p in placed.values()]
    ys = [p[1] for p in placed.values()]
    span = max(max(xs) - min(xs), max(ys) - min(ys)) or 1.0
    cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    return {n: (round((x - cx) / span * 2000, 2), round((y - cy) / span * 2000, 2))
            for n, (x, y) in sorted(placed.items(), key=lambda item: str(item[0]))}


def _component_layout(g: nx.Graph, nodes: list[Any], seed: int
                      ) -> dict[Any, tuple[float, float]]:
    """One connected component in a box of side ~ sqrt(size), origin at its lower left."""
    import random

    import igraph

    side = max(len(nodes) ** 0.5, 1.0)
    if len(nodes) == 1:
        return {nodes[0]: (0.5, 0.5)}
    if len(nodes) == 2:
        return {nodes[0]: (0.0, 0.5), nodes[1]: (1.0, 0.5)}
    if len(nodes) <= DENSE_UP_TO and nx.density(g) >= DENSE:
        return _circle(nodes, side)
    index = {n: i for i, n in enumerate(nodes)}
    pairs = sorted({(min(index[u], index[v]), max(index[u], index[v])) for u, v in g.edges()})
    rng = random.Random(seed)
    half = side / 2  # the area igraph's own start uses: its grid relies on it
    start = [[rng.uniform(-half, half), rng.uniform(-half, half)] for _ in nodes]
    igraph.set_random_number_generator(random.Random(seed))
    try:
        coords = igraph.Graph(n=len(nodes), edges=pairs).layout_fruchterman_reingold(
            seed=start, niter=500).coords
    finally:
        igraph.set_random_number_generator(random)  # igraph's default generator
    xs, ys = [c[0] for c in coords], [c[1] for c in coords]
    left, bottom = min(xs), min(ys)  # once: inside the loop they made this quadratic
    scale = side / (max(max(xs) - left, max(ys) - bottom) or 1.0)
    return {n: ((x - left) * scale, (y - bottom) * scale)
            for n, (x, y) in zip(nodes, coords, strict=True)}


def _circle(nodes: list[Any], side: float) -> dict[Any, tuple[float, float]]:
    """A dense small group (everyone signed with nearly everyone: one multi-party MOU) on a
    circle: a force layout would pile it into a knot whose edges hide each other."""
    import math

    radius = side / 2
    return {n: (radius + radius * math.cos(math.pi / 2 - 2 * math.pi * i / len(nodes)),
                radius + radius * math.sin(math.pi / 2 - 2 * math.pi * i / len(nodes)))
            for i, n in enumerate(nodes)}


def _pack(boxes: list[dict[Any, tuple[float, float]]], aspect: float = 1.0
          ) -> dict[Any, tuple[float, float]]:
    """Shelf-pack laid-out components (largest first) into rows of an area about ``aspect``
    times as wide as high."""
    sizes = [(max(x for x, _ in b.values()), max(y for _, y in b.values())) for b in boxes]
    gap = 1.0
    width = max(max(w for w, _ in sizes),
                (aspect * sum((w + gap) * (h + gap) for w, h in sizes)) ** 0.5)
    placed: dict[Any, tuple[float, float]] = {}
    x = y = row = 0.0
    for box, (w, h) in zip(boxes, sizes, strict=True):
        if x > 0 and x + w > width:
            x, y, row = 0.0, y - row - gap, 0.0  # rows go downwards
        for node, (bx, by) in box.items():
            placed[node] = (x + bx, y - by)
        x += w + gap
        row = max(row, h)
    return placed


def degrees(g: nx.Graph) -> dict[Any, int]:
    """Each node's number of distinct neighbours (either direction in a directed graph)."""
    return {n: len(set(g.predecessors(n)) | set(g.successors(n)))
            if isinstance(g, nx.DiGraph) else len(set(g.neighbors(n)) - {n}) for n in g.nodes}


def sizes(g: nx.Graph, *, smallest: float = 10.0, largest: float = 50.0) -> dict[Any, float]:
    """Node size by degree (distinct neighbours), scaled linearly into [smallest, largest]."""
    degree = degrees(g)
    low, high = min(degree.values(), default=0), max(degree.values(), default=0)
    if high == low:
        return {n: round((smallest + largest) / 2, 2) for n in g.nodes}
    return {n: round(smallest + (d - low) / (high - low) * (largest - smallest), 2)
            for n, d in degree.items()}
