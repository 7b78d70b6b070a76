"""Model -> RDF. The only place that mints IRIs and binds prefixes.

Each article becomes one named graph (its IRI is the article's), so every triple
traces to its source; the merged graph is the union of those.
"""
from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable
from urllib.parse import quote, unquote

from pyoxigraph import NamedNode
from rdflib import Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import OWL, PROV, RDF, RDFS, SKOS, XSD
from rdflib.term import Node

from .model import Agreement, Article, Extraction, Organisation, Span
from .resolve import name_key
from .sources import _ucschar, clean_url

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

def article_triples(extraction: Extraction) -> Graph:
    """The triples read from one article (to be stored as that article's named graph)."""
    article = extraction.article
    g = bind_prefixes(Graph())
    art = article_iri(article.id)
    g.add((art, RDF.type, SCHEMA.NewsArticle))
    g.add((art, SCHEMA.identifier, Literal(article.id)))
    if article.url:
        g.add((art, SCHEMA.url, _url(article.url)))
    if article.title:
        g.add((art, SCHEMA.headline, Literal(article.title, lang=KO)))
    if extraction.published:
        g.add((art, SCHEMA.datePublished, Literal(extraction.published, datatype=XSD.date)))
    if extraction.publisher:
        g.add((art, SCHEMA.publisher, Literal(extraction.publisher, lang=KO)))
    if extraction.author:
        g.add((art, SCHEMA.author, Literal(extraction.author, lang=KO)))
    for number, agreement in enumerate(extraction.agreements, start=1):
        _add_agreement(g, article, agreement_iri(article.id, number), agreement)
    return g


def _url(value: str) -> URIRef | Literal:
    """An http(s) URL as an IRI (made valid by ``sources.clean_url``), anything else as text."""
    cleaned = clean_url(value)
    if cleaned and re.fullmatch(r"https?://[^\s<>\"{}|\\^`]+", cleaned):
        try:
            NamedNode(cleaned)  # the store's own IRI check: what passes here, it accepts
            return URIRef(cleaned)
        except ValueError:
            pass
    return Literal(value)


def _add_agreement(g: Graph, article: Article, ag: URIRef, agreement: Agreement) -> None:
    art = article_iri(article.id)
    g.add((ag, RDF.type, MOU.Agreement))
    g.add((ag, RDFS.label, Literal(agreement.label, lang=KO)))
    g.add((ag, PROV.wasDerivedFrom, art))
    if agreement.kind:
        g.add((ag, MOU.agreementKind, Literal(agreement.kind, lang=KO)))
    if agreement.signed_on:
        g.add((ag, MOU.signedOn, Literal(agreement.signed_on, datatype=XSD.date)))
    if agreement.signed_at:
        g.add((ag, MOU.signedAt, Literal(agreement.signed_at, datatype=XSD.time)))
    if agreement.venue:
        g.add((ag, MOU.venue, Literal(agreement.venue, lang=KO)))
    if agreement.project:
        project = project_iri(agreement.project)
        g.add((project, RDF.type, MOU.Project))
        g.add((project, RDFS.label, Literal(agreement.project, lang=KO)))
        g.add((ag, MOU.concerns, project))
    _evidence(g, article, ag, agreement.evidence)
    for party in agreement.parties:
        org = _add_organisation(g, article, party)
        g.add((org, MOU.signs, ag))
    for area in agreement.areas:
        node = area_iri(area.label)
        g.add((node, RDF.type, MOU.CooperationArea))
        g.add((node, RDFS.label, Literal(area.label, lang=KO)))
        g.add((ag, MOU.covers, node))
        _evidence(g, article, node, area.evidence)
    for person in agreement.representatives:
        node = person_iri(person.name, person.organisation)
        g.add((node, RDF.type, SCHEMA.Person))
        g.add((node, RDFS.label, Literal(person.name, lang=KO)))
        if person.title:
            g.add((node, SCHEMA.jobTitle, Literal(person.title, lang=KO)))
        if person.organisation:
            g.add((node, MOU.represents, org_iri(person.organisation)))
        g.add((node, MOU.attended, ag))
        _evidence(g, article, node, person.evidence)


def _add_organisation(g: Graph, article: Article, party: Organisation) -> URIRef:
    org = org_iri(party.name)
    g.add((org, RDF.type, ORG.Organization))
    g.add((org, RDFS.label, Literal(party.name, lang=KO)))
    for alias in party.aliases:
        if alias != party.name:
            g.add((org, SKOS.altLabel, Literal(alias, lang=KO)))
    if party.kind:
        g.add((org, MOU.orgKind, MOU[party.kind.value]))
    if party.parent:
        parent = org_iri(party.parent)
        g.add((parent, RDF.type, ORG.Organization))
        g.add((parent, RDFS.label, Literal(party.parent, lang=KO)))
        g.add((org, ORG.subOrganizationOf, parent))
    _evidence(g, article, org, party.evidence)
    return org


def _evidence(g: Graph, article: Article, subject: URIRef, span: Span | None) -> None:
    """Link a fact's subject to the sentence it was read from (``mou:evidence``)."""
    if span is None:
        return
    sentence = sentence_iri(article.id, span)
    g.add((sentence, RDF.type, MOU.Sentence))
    g.add((sentence, MOU.text, Literal(span.text, lang=KO)))
    g.add((sentence, MOU.startOffset, Literal(span.start)))
    g.add((sentence, MOU.endOffset, Literal(span.end)))
    g.add((sentence, PROV.wasDerivedFrom, article_iri(article.id)))
    g.add((subject, MOU.evidence, sentence))


Triple = tuple[Node, Node, Node]


def resolve_graph(graph: Graph, resolve: Callable[[str], tuple[str, ...]]) -> Graph:
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


def resolve_triples(triples: Iterable[Triple], resolve: Callable[[str], tuple[str, ...]]
                    ) -> set[Triple]:
    """``resolve_graph`` on plain triples (the store's fast path: no rdflib Graph)."""
    type_, label_, alt_, represents_ = RDF.type, RDFS.label, SKOS.altLabel, MOU.represents
    organization, person_, kind_ = ORG.Organization, SCHEMA.Person, MOU.orgKind
    triples = list(triples)
    orgs: set[URIRef] = set()  # only IRIs are renamed: a blank node has no name to key on
    people: set[URIRef] = set()
    labels: dict[Node, list[str]] = defaultdict(list)
    alt_labels: dict[Node, list[str]] = defaultdict(list)
    represents: dict[Node, Node] = {}
    signed: dict[Node, list[Node]] = defaultdict(list)  # agreement -> its parties
    for s, p, o in triples:
        if p == MOU.signs:
            signed[o].append(s)
        if p == type_:
            if o == organization and isinstance(s, URIRef):
                orgs.add(s)
            elif o == person_ and isinstance(s, URIRef):
                people.add(s)
        elif p == label_:
            labels[s].append(str(o))
        elif p == alt_:
            alt_labels[s].append(str(o))
        elif p == represents_:
            represents[s] = o
    renamed: dict[Node, URIRef] = {}
    names_of: dict[URIRef, tuple[str, set[str]]] = {}
    kinds: dict[URIRef, str] = {}
    for org in sorted(orgs):
        names = set(labels.get(org, ())) | set(alt_labels.get(org, ()))
        if not names:
            continue
        own = min(labels[org]) if labels.get(org) else min(names)
        resolved = resolve(own)
        new = org_iri_for_key(resolved[0])
        if len(resolved) > 2 and resolved[2]:
            kinds[new] = resolved[2]
        renamed[org] = new
        previous = names_of.get(new, (resolved[1], set()))[1]
        names_of[new] = (resolved[1], previous | names)
    for person in people:
        employer = represents.get(person)
        if employer is not None and employer in renamed and labels.get(person):
            renamed[person] = _person_iri_for_key(min(labels[person]), _key_of(renamed[employer]))
    parties = _parties_named(signed, labels, renamed, names_of)
    out: set[Triple] = set()
    for s, p, o in triples:
        if s in renamed and (p == label_ or p == alt_) and s in orgs:
            continue
        if p == label_ and s in parties:  # an agreement: its label names its parties
            o = Literal(_party_names(str(o), parties[s]), lang=KO)
        if p == kind_ and renamed.get(s) in kinds:
            continue
        out.add((renamed.get(s, s), p, renamed.get(o, o) if isinstance(o, URIRef) else o))
    for org, (label, names) in names_of.items():
        out.add((org, RDFS.label, Literal(label, lang=KO)))
        out.update((org, SKOS.altLabel, Literal(name, lang=KO)) for name in names - {label})
    out.update((org, MOU.orgKind, MOU[kind]) for org, kind in kinds.items())
    return out


def _parties_named(signed: dict[Node, list[Node]], labels: dict[Node, list[str]],
                   renamed: dict[Node, URIRef], names_of: dict[URIRef, tuple[str, set[str]]]
                   ) -> dict[Node, dict[str, str]]:
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


def _key_of(org: URIRef) -> str:
    return unquote(str(org)[len(str(MGD["org/"])):])


def to_dataset(extractions: Iterable[Extraction]) -> Dataset:
    """All articles in one dataset, one named graph each."""
    ds = Dataset()
    bind_prefixes(ds)
    for extraction in extractions:
        graph = ds.graph(article_iri(extraction.article.id))
        for triple in article_triples(extraction):
            graph.add(triple)
    return ds
