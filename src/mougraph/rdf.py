"""Model -> RDF. The only place that mints IRIs and binds prefixes.

Each article becomes one named graph (its IRI is the article's), so every triple
traces to its source; the merged graph is the union of those.
"""
from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import Any
from urllib.parse import quote, unquote

import pyoxigraph as ox
from rdflib import BNode, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import OWL, PROV, RDF, RDFS, SKOS, XSD
from rdflib.term import Identifier, Node

from .model import Agreement, Article, Extraction, Organisation, ReadBy, Span
from .resolve import name_key, normalise
from .sources import _ucschar

MOU = Namespace("https://w3id.org/mougraph/ontology#")
MGD = Namespace("https://w3id.org/mougraph/id/")
ORG = Namespace("http://www.w3.org/ns/org#")
SCHEMA = Namespace("https://schema.org/")

PREFIXES = {"mou": MOU, "mgd": MGD, "org": ORG, "schema": SCHEMA, "prov": PROV,
            "skos": SKOS, "rdfs": RDFS, "xsd": XSD, "owl": OWL}
# (namespace, prefix), longest namespace first: the first that an IRI starts with is its prefix
NAMESPACES = sorted(((str(ns), p) for p, ns in PREFIXES.items()), key=lambda t: -len(t[0]))
KO = "ko"


def bind_prefixes(graph: Graph) -> Graph:
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True)
    return graph


# --- IRIs -------------------------------------------------------------------------------

_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=1 << 16)  # an article's id and its organisations recur in many IRIs
def slug(name: str) -> str:
    """A readable, IRI-safe path segment for a name: NFKC, spaces to '_', then
    ``iri_segment`` (so names that differ only by such details give one IRI)."""
    return iri_segment(_SPACES.sub("_", unicodedata.normalize("NFKC", name).strip())) or "_"


def iri_segment(text: str) -> str:
    """``text`` as an IRI path segment, one-to-one: every code point a name or an id can
    hold gives a segment Oxigraph, rdflib, Turtle/TriG and the XML exports accept.

    Kept as they are: ASCII letters and digits, ``_-.~``, and the non-ASCII characters
    RFC 3987 allows in a path (``ucschar``: Hangul, Hanja, …) other than controls,
    separators and format characters. Percent-encoded (UTF-8): everything else, ``%``
    itself included, so no two texts give one segment. That covers private-use
    characters, U+FFFC/U+FFFD and the other specials, variation selectors such as
    U+E0100, noncharacters and lone surrogates.
    """
    return "".join(_segment_char(c) for c in text)


def _segment_char(char: str) -> str:
    if char.isascii():
        return char if char.isalnum() or char in "_-.~" else quote(char, safe="")
    if _ucschar(ord(char)) and unicodedata.category(char)[0] not in "CZ":
        return char
    return "".join(f"%{byte:02X}" for byte in char.encode("utf-8", "surrogatepass"))


@lru_cache(maxsize=4096)  # asked for every fact of an article
def article_iri(article_id: str) -> URIRef:
    """An article's IRI: its id as it is (``iri_segment``, no normalisation), so two
    different ids never share one named graph (``a b``/``a_b``, NFC/NFD, ``ａ``/``a``)."""
    return MGD[f"article/{iri_segment(article_id) or '_'}"]


# the corpus layer (signings.py): one node per real-world signing, in its own named graph
SIGNINGS_GRAPH = MGD["graph/signings"]


def signing_iri(key: str) -> URIRef:
    """A signing's IRI from its key (``<article>/<n>`` of its first report, already a path)."""
    return MGD[f"signing/{key}"]


def org_iri(name: str) -> URIRef:
    """An organisation's IRI, minted from its name-rule key (``resolve.name_key``), so
    대전시 and 대전광역시, ㈜카카오 and 카카오 give one IRI in any article."""
    return org_iri_for_key(name_key(name))


def org_iri_for_key(key: str) -> URIRef:
    return MGD[f"org/{slug(key)}"]


def agreement_iri(article_id: str, number: int) -> URIRef:
    return MGD[f"agreement/{iri_segment(article_id) or '_'}/{number}"]


def person_iri(name: str, organisation: str | None) -> URIRef:
    # a person is identified by name within the organisation they speak for
    return _person_iri_for_key(name, name_key(organisation) if organisation else None)


def _person_iri_for_key(name: str, org_key: str | None) -> URIRef:
    return MGD[f"person/{slug(org_key or '_')}/{slug(name)}"]


def area_iri(label: str) -> URIRef:
    return MGD[f"area/{slug(label)}"]


def project_iri(label: str) -> URIRef:
    return MGD[f"project/{slug(label)}"]


def sentence_iri(article_id: str, span: Span) -> URIRef:
    return URIRef(f"{article_iri(article_id)}#{span.start}-{span.end}")


# --- triples ----------------------------------------------------------------------------
#
# Triples are built directly as Oxigraph terms (``article_ox``): that is what the store
# holds and what the workers of ``--jobs N`` send back, so no rdflib graph is made per
# article. ``article_triples`` gives the same triples as an rdflib ``Graph`` for the API.

_XSD_INTEGER = ox.NamedNode(str(XSD.integer))
_XSD_DATE = ox.NamedNode(str(XSD.date))
_XSD_TIME = ox.NamedNode(str(XSD.time))


def _n(term: URIRef) -> ox.NamedNode:
    return ox.NamedNode(str(term))


_TYPE, _LABEL, _ALT = _n(RDF.type), _n(RDFS.label), _n(SKOS.altLabel)
_ORGANIZATION, _PERSON, _KIND = _n(ORG.Organization), _n(SCHEMA.Person), _n(MOU.orgKind)
_REPRESENTS, _SIGNS = _n(MOU.represents), _n(MOU.signs)


def _ko(text: str) -> ox.Literal:
    return ox.Literal(text, language=KO)


class _Triples:
    """An article's triples as Oxigraph terms, each once, in the order first added."""

    def __init__(self) -> None:
        self.triples: dict[ox.Triple, None] = {}
        # evidence sentences already described, by span: many facts cite one sentence
        self.sentences: dict[tuple[int, int, str], ox.NamedNode] = {}

    def add(self, s: ox.NamedNode, p: URIRef, o: ox.NamedNode | ox.Literal) -> None:
        self.triples[ox.Triple(s, _predicate(p), o)] = None


@lru_cache(maxsize=256)
def _predicate(term: URIRef) -> ox.NamedNode:
    return ox.NamedNode(str(term))


def article_ox(extraction: Extraction) -> list[ox.Triple]:
    """The triples read from one article (its named graph), as Oxigraph triples."""
    article = extraction.article
    g = _Triples()
    art = _n(article_iri(article.id))
    g.add(art, RDF.type, _n(SCHEMA.NewsArticle))
    g.add(art, SCHEMA.identifier, ox.Literal(article.id))
    if article.url:
        g.add(art, SCHEMA.url, _url(article.url))
    if article.title:
        g.add(art, SCHEMA.headline, _ko(article.title))
    if extraction.published:
        g.add(art, SCHEMA.datePublished, ox.Literal(extraction.published.isoformat(),
                                                    datatype=_XSD_DATE))
    if extraction.publisher:
        g.add(art, SCHEMA.publisher, _ko(extraction.publisher))
    if extraction.author:
        g.add(art, SCHEMA.author, _ko(extraction.author))
    for number, agreement in enumerate(extraction.agreements, start=1):
        _add_agreement(g, article, _n(agreement_iri(article.id, number)), agreement)
    return list(g.triples)


def article_triples(extraction: Extraction) -> Graph:
    """``article_ox`` as an rdflib ``Graph`` (prefixes bound), for the API and tests."""
    g = bind_prefixes(Graph())
    for t in article_ox(extraction):
        g.add((to_rdflib(t.subject), to_rdflib(t.predicate), to_rdflib(t.object)))
    return g


def _url(value: str) -> ox.NamedNode | ox.Literal:
    """An http(s) URL as an IRI when it is a valid one (``sources`` cleaned it when it read
    the record), anything else as text."""
    if re.fullmatch(r"https?://[^\s<>\"{}|\\^`]+", value):
        try:
            return ox.NamedNode(value)  # the store's own IRI check
        except ValueError:
            pass
    return ox.Literal(value)


def _add_agreement(g: _Triples, article: Article, ag: ox.NamedNode,
                   agreement: Agreement) -> None:
    g.add(ag, RDF.type, _n(MOU.Agreement))
    g.add(ag, RDFS.label, _ko(agreement.label))
    g.add(ag, PROV.wasDerivedFrom, _n(article_iri(article.id)))
    if agreement.kind:
        g.add(ag, MOU.agreementKind, _ko(agreement.kind))
    if agreement.signed_on:
        g.add(ag, MOU.signedOn, ox.Literal(agreement.signed_on.isoformat(), datatype=_XSD_DATE))
    if agreement.signed_at:
        g.add(ag, MOU.signedAt, ox.Literal(agreement.signed_at.isoformat(), datatype=_XSD_TIME))
    if agreement.venue:
        g.add(ag, MOU.venue, _ko(agreement.venue))
    if agreement.project:
        project = _n(project_iri(agreement.project))
        g.add(project, RDF.type, _n(MOU.Project))
        g.add(project, RDFS.label, _ko(agreement.project))
        g.add(ag, MOU.concerns, project)
    _evidence(g, article, ag, agreement.evidence)
    by_rules = {org_iri(p.name) for p in agreement.parties if p.read_by is ReadBy.RULES}
    for party in agreement.parties:
        org = _add_organisation(g, article, party)
        g.add(org, MOU.signs, ag)
        if party.read_by is not ReadBy.RULES and org_iri(party.name) not in by_rules:
            g.add(ag, MOU.modelReadParty, org)   # said beside mou:signs, never instead
    for area in agreement.areas:
        node = _n(area_iri(area.label))
        g.add(node, RDF.type, _n(MOU.CooperationArea))
        g.add(node, RDFS.label, _ko(area.label))
        g.add(ag, MOU.covers, node)
        _evidence(g, article, node, area.evidence)
    people_by_rules = {person_iri(p.name, p.organisation) for p in agreement.representatives
                       if p.read_by is ReadBy.RULES}
    for person in agreement.representatives:
        iri = person_iri(person.name, person.organisation)
        node = _n(iri)
        if person.read_by is not ReadBy.RULES and iri not in people_by_rules:
            g.add(ag, MOU.modelReadPerson, node)   # said beside mou:attended, never instead
        g.add(node, RDF.type, _PERSON)
        g.add(node, RDFS.label, _ko(person.name))
        if person.title:
            g.add(node, SCHEMA.jobTitle, _ko(person.title))
        if person.organisation:
            g.add(node, MOU.represents, _n(org_iri(person.organisation)))
        g.add(node, MOU.attended, ag)
        _evidence(g, article, node, person.evidence)


def _add_organisation(g: _Triples, article: Article, party: Organisation) -> ox.NamedNode:
    org = _n(org_iri(party.name))
    g.add(org, RDF.type, _ORGANIZATION)
    g.add(org, RDFS.label, _ko(party.name))
    for alias in party.aliases:
        if alias != party.name:
            g.add(org, SKOS.altLabel, _ko(alias))
    if party.kind:
        g.add(org, MOU.orgKind, _n(MOU[party.kind.value]))
    if party.parent:
        parent = _n(org_iri(party.parent))
        g.add(parent, RDF.type, _ORGANIZATION)
        g.add(parent, RDFS.label, _ko(party.parent))
        g.add(org, ORG.subOrganizationOf, parent)
    _evidence(g, article, org, party.evidence)
    return org


def _evidence(g: _Triples, article: Article, subject: ox.NamedNode, span: Span | None) -> None:
    """Link a fact's subject to the sentence it was read from (``mou:evidence``)."""
    if span is None:
        return
    known = g.sentences.get((span.start, span.end, span.text))
    if known is not None:   # its description is in already: only the link is new
        g.add(subject, MOU.evidence, known)
        return
    sentence = g.sentences[(span.start, span.end, span.text)] = \
        _n(sentence_iri(article.id, span))
    g.add(sentence, RDF.type, _n(MOU.Sentence))
    g.add(sentence, MOU.text, _ko(span.text))
    g.add(sentence, MOU.startOffset, ox.Literal(str(span.start), datatype=_XSD_INTEGER))
    g.add(sentence, MOU.endOffset, ox.Literal(str(span.end), datatype=_XSD_INTEGER))
    g.add(sentence, PROV.wasDerivedFrom, _n(article_iri(article.id)))
    g.add(subject, MOU.evidence, sentence)


Triple = tuple[Node, Node, Node]
Resolution = Callable[[str], tuple[str, ...]]


def resolve_graph(graph: Graph, resolve: Resolution) -> Graph:
    """One article's graph with its organisations resolved across the corpus.

    ``resolve(name) -> (cluster key, canonical label[, kind])`` (``Resolver.mapping``'s
    values); a kind given replaces the article's ``mou:orgKind``, None keeps it.
    Each organisation node (found by its ``rdfs:label``, the article's canonical form)
    gets the cluster's IRI and label; every other name it has becomes a ``skos:altLabel``;
    the people who represent it get IRIs under the new organisation. Applying it to its
    own output changes nothing.
    """
    out = Graph()
    for triple in resolve_triples(graph, resolve):
        out.add(triple)
    return out


def resolve_triples(triples: Iterable[Triple], resolve: Resolution) -> set[Triple]:
    """``resolve_graph`` on plain rdflib triples."""
    resolved = resolve_ox([ox.Triple(to_ox(s), to_ox(p), to_ox(o)) for s, p, o in triples],
                          resolve)
    return {(to_rdflib(t.subject), to_rdflib(t.predicate), to_rdflib(t.object))
            for t in resolved}


def resolve_ox(triples: Iterable[ox.Triple], resolve: Resolution) -> set[ox.Triple]:
    """``resolve_graph`` on Oxigraph triples (the store's path)."""
    triples = list(triples)
    orgs: set[ox.NamedNode] = set()  # only IRIs are renamed: a blank node has no name
    people: set[ox.NamedNode] = set()
    labels: dict[object, list[str]] = defaultdict(list)
    alt_labels: dict[object, list[str]] = defaultdict(list)
    represents: dict[object, object] = {}
    signed: dict[object, list[object]] = defaultdict(list)  # agreement -> its parties
    for s, p, o in triples:
        if p == _SIGNS:
            signed[o].append(s)
        if p == _TYPE:
            if o == _ORGANIZATION and isinstance(s, ox.NamedNode):
                orgs.add(s)
            elif o == _PERSON and isinstance(s, ox.NamedNode):
                people.add(s)
        elif p == _LABEL:
            labels[s].append(o.value)
        elif p == _ALT:
            alt_labels[s].append(o.value)
        elif p == _REPRESENTS:
            represents[s] = o
    renamed, names_of, kinds = _renamed_orgs(orgs, labels, alt_labels, resolve)
    for person in people:
        employer = represents.get(person)
        if employer is not None and employer in renamed and labels.get(person):
            renamed[person] = _n(_person_iri_for_key(min(labels[person]),
                                                     _key_of(renamed[employer])))
    parties = _parties_named(signed, labels, renamed, names_of)
    out: set[ox.Triple] = set()
    for s, p, o in triples:
        if s in renamed and (p == _LABEL or p == _ALT) and s in orgs:
            continue
        if p == _LABEL and s in parties:  # an agreement: its label names its parties
            o = _ko(_party_names(o.value, parties[s]))
        if p == _KIND and renamed.get(s) in kinds:
            continue
        subject: Any = renamed.get(s, s)
        out.add(ox.Triple(subject, p,
                          renamed.get(o, o) if isinstance(o, ox.NamedNode) else o))
    for org, (label, names) in names_of.items():
        out.add(ox.Triple(org, _LABEL, _ko(label)))
        out.update(ox.Triple(org, _ALT, _ko(name)) for name in names - {label})
    out.update(ox.Triple(org, _KIND, _n(MOU[kind])) for org, kind in kinds.items())
    return out


def _renamed_orgs(orgs: set[ox.NamedNode], labels: dict[object, list[str]],
                  alt_labels: dict[object, list[str]], resolve: Resolution
                  ) -> tuple[dict[object, ox.NamedNode],
                             dict[ox.NamedNode, tuple[str, set[str]]], dict[ox.NamedNode, str]]:
    """Each organisation node's resolved IRI, each resolved IRI's (label, every name
    seen) and, where resolution fixes it, its kind."""
    renamed: dict[object, ox.NamedNode] = {}
    names_of: dict[ox.NamedNode, tuple[str, set[str]]] = {}
    kinds: dict[ox.NamedNode, str] = {}
    for org in sorted(orgs, key=lambda node: node.value):
        names = set(labels.get(org, ())) | set(alt_labels.get(org, ()))
        if not names:
            continue
        own = min(labels[org]) if labels.get(org) else min(names)
        resolved = resolve(own)
        new = _n(org_iri_for_key(resolved[0]))
        if len(resolved) > 2 and resolved[2]:
            kinds[new] = resolved[2]
        renamed[org] = new
        previous = names_of.get(new, (resolved[1], set()))[1]
        names_of[new] = (resolved[1], previous | names)
    return renamed, names_of, kinds


def _parties_named(signed: dict[object, list[object]], labels: dict[object, list[str]],
                   renamed: dict[object, ox.NamedNode],
                   names_of: dict[ox.NamedNode, tuple[str, set[str]]]
                   ) -> dict[object, dict[str, str]]:
    """Per agreement: each party's name in the article -> its canonical label."""
    return {agreement: {min(labels[org]): names_of[renamed[org]][0] for org in orgs
                        if labels.get(org) and renamed.get(org) in names_of}
            for agreement, orgs in signed.items()}


def _party_names(label: str, names: dict[str, str]) -> str:
    """An agreement label (``A·B 협약``, ``A 외 3개 기관 …``) with the parties named as
    the article wrote them replaced by their canonical labels, so the label and the
    organisations agree (금산군청·진안군 협약, not 금산군·진안군 협약)."""
    def swap(text: str) -> tuple[str, str]:
        for own in sorted(names, key=lambda n: (-len(n), n)):
            if text.startswith(own) and text[len(own):len(own) + 1] in ("", " ", "·"):
                return names[own], text[len(own):]
        return "", text

    first, rest = swap(label)
    if first and rest.startswith("·"):
        second, tail = swap(rest[1:])
        rest = "·" + second + tail
    return first + rest


def _key_of(org: ox.NamedNode) -> str:
    return unquote(org.value[len(str(MGD["org/"])):])


def to_dataset(extractions: Iterable[Extraction]) -> Dataset:
    """All articles in one dataset, one named graph each."""
    ds = Dataset()
    bind_prefixes(ds)
    for extraction in extractions:
        graph = ds.graph(article_iri(extraction.article.id))
        for t in article_ox(extraction):
            graph.add((to_rdflib(t.subject), to_rdflib(t.predicate), to_rdflib(t.object)))
    return ds


# --- between rdflib and Oxigraph terms -----------------------------------------------------

_XSD_STRING = str(XSD.string)


@lru_cache(maxsize=1 << 16)  # predicates, classes and shared nodes repeat in every article
def to_ox(term: Node) -> Any:
    """An rdflib term as the Oxigraph term."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"not an RDF term: {term!r}")


@lru_cache(maxsize=1 << 16)
def to_rdflib(term: Any) -> Identifier:
    """An Oxigraph term as the rdflib term (cached: views read the same nodes and
    predicates again and again, and rdflib checks every IRI it builds)."""
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        if term.datatype.value == _XSD_STRING:
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    raise TypeError(f"not an RDF term: {term!r}")


# --- an article's graph as the store takes it -------------------------------------------

OrgNames = tuple[str, tuple[str, ...], str]  # (label, aliases, kind) as an article names it


class ArticleGraph:
    """One article's graph before resolution, in the form the store keeps and hashes.

    ``ntriples``: its distinct triples as sorted N-Triples (the same triples always give
    the same bytes); ``orgs``: each organisation node's names and kind; ``segment``, when
    given, its named graph already written as TriG (``serialise.segment``), which the
    store keeps as it is when resolution leaves the graph unchanged. This is what a worker
    of ``--jobs N`` sends back (bytes pickle cheaply); ``triples`` parses them again on the
    other side only when asked.
    """

    __slots__ = ("ntriples", "orgs", "segment", "_triples")

    def __init__(self, ntriples: bytes, orgs: tuple[OrgNames, ...],
                 triples: tuple[ox.Triple, ...] | None = None,
                 segment: bytes | None = None) -> None:
        self.ntriples = ntriples
        self.orgs = orgs
        self.segment = segment
        self._triples = triples

    @classmethod
    def of(cls, triples: Iterable[ox.Triple]) -> ArticleGraph:
        unique = tuple(dict.fromkeys(triples))
        lines = sorted({f"{t} ." for t in unique})
        return cls(("\n".join(lines) + "\n").encode("utf-8"), org_names(unique), unique)

    @property
    def triples(self) -> tuple[ox.Triple, ...]:
        if self._triples is None:
            self._triples = tuple(q.triple for q in ox.parse(self.ntriples,
                                                             format=ox.RdfFormat.N_TRIPLES))
        return self._triples

    def lines(self) -> list[str]:
        """The triples as sorted ``s p o`` lines (N-Triples without the final dot)."""
        return sorted(line[:-2] for line in self.ntriples.decode("utf-8").split("\n") if line)

    def __reduce__(self) -> tuple[Any, ...]:
        return ArticleGraph, (self.ntriples, self.orgs, None, self.segment)


def article_graph(extraction: Extraction) -> ArticleGraph:
    """``article_ox`` ready for the store (what a pipeline worker produces)."""
    return ArticleGraph.of(article_ox(extraction))


def org_names(triples: Iterable[ox.Triple]) -> tuple[OrgNames, ...]:
    """(label, aliases, kind) of each organisation node, as the article names it."""
    orgs: set[ox.NamedNode | ox.BlankNode] = set()
    values: dict[tuple[object, ox.NamedNode], list[str]] = defaultdict(list)
    wanted = (_LABEL, _ALT, _KIND)
    for s, p, o in triples:
        if p == _TYPE and o == _ORGANIZATION:
            orgs.add(s)
        elif p in wanted:
            values[(s, p)].append(o.value)
    found = []
    for org in sorted(orgs, key=str):
        labels = sorted(values.get((org, _LABEL), []))
        aliases = sorted(values.get((org, _ALT), []))
        kinds = sorted(k.rpartition("#")[2] for k in values.get((org, _KIND), []))
        if labels:
            found.append((normalise(labels[0]), tuple(normalise(a) for a in aliases),
                          kinds[0] if kinds else ""))
    return tuple(found)
