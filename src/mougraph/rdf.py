"""Model -> RDF. The only place that mints IRIs and binds prefixes.

Each article becomes one named graph (its IRI is the article's), so every triple
traces to its source; the merged graph is the union of those.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from urllib.parse import quote

from rdflib import Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import OWL, PROV, RDF, RDFS, SKOS, XSD

from .model import Agreement, Article, Extraction, Organisation, Span

MOU = Namespace("https://w3id.org/mougraph/ontology#")
MGD = Namespace("https://w3id.org/mougraph/id/")
ORG = Namespace("http://www.w3.org/ns/org#")
SCHEMA = Namespace("https://schema.org/")

PREFIXES = {"mou": MOU, "mgd": MGD, "org": ORG, "schema": SCHEMA, "prov": PROV,
            "skos": SKOS, "rdfs": RDFS, "xsd": XSD, "owl": OWL}
KO = "ko"


def bind_prefixes(graph: Graph) -> Graph:
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True)
    return graph


# --- IRIs -------------------------------------------------------------------------------

_SPACES = re.compile(r"\s+")


def slug(name: str) -> str:
    """A readable, IRI-safe path segment: NFC, spaces to '_', reserved characters escaped."""
    text = _SPACES.sub("_", unicodedata.normalize("NFKC", name).strip())
    # keep Hangul and other letters readable (IRIs allow them); escape what would break one
    return quote(text, safe="_-.~·()'!*,;=:@") or "_"


def article_iri(article_id: str) -> URIRef:
    return MGD[f"article/{slug(article_id)}"]


def org_iri(name: str) -> URIRef:
    return MGD[f"org/{slug(name)}"]


def agreement_iri(article_id: str, number: int) -> URIRef:
    return MGD[f"agreement/{slug(article_id)}/{number}"]


def person_iri(name: str, organisation: str | None) -> URIRef:
    # a person is identified by name within the organisation they speak for
    return MGD[f"person/{slug(organisation or '_')}/{slug(name)}"]


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
    return URIRef(value) if re.fullmatch(r"https?://[^\s<>\"{}|\\^`]+", value) else Literal(value)


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


def to_dataset(extractions: Iterable[Extraction]) -> Dataset:
    """All articles in one dataset, one named graph each."""
    ds = Dataset()
    bind_prefixes(ds)
    for extraction in extractions:
        graph = ds.graph(article_iri(extraction.article.id))
        for triple in article_triples(extraction):
            graph.add(triple)
    return ds
