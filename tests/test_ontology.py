"""The ontology defines every mou: term the output uses, in Korean and English."""
from __future__ import annotations

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS
from semantic_data import ALL

from mougraph import rdf
from mougraph.model import OrgKind
from mougraph.rdf import MOU
from mougraph.validate import ontology_graph, ontology_path, shapes_graph


def used_mou_terms() -> set[URIRef]:
    terms: set[URIRef] = set()
    for make in ALL:
        for triple in rdf.article_triples(make()):
            terms |= {t for t in triple if isinstance(t, URIRef) and t.startswith(str(MOU))}
    return terms


def defined_mou_terms(g: Graph) -> set[URIRef]:
    return {s for s in g.subjects(RDF.type, None)
            if isinstance(s, URIRef) and s.startswith(str(MOU))}


def test_the_package_finds_its_ontology_files() -> None:
    assert ontology_path("mougraph.ttl").is_file()
    assert ontology_path("shapes.ttl").is_file()
    assert len(ontology_graph()) > 100 and len(shapes_graph()) > 50


def test_every_term_the_output_uses_is_defined() -> None:
    missing = used_mou_terms() - defined_mou_terms(ontology_graph())
    assert not missing, sorted(missing)


def test_every_org_kind_is_an_individual_of_organisation_kind() -> None:
    g = ontology_graph()
    for kind in OrgKind:
        assert (MOU[kind.value], RDF.type, MOU.OrganisationKind) in g, kind
    members = list(g.items(g.value(MOU.OrganisationKind, OWL.oneOf)))
    assert set(members) == {MOU[k.value] for k in OrgKind}


@pytest.mark.parametrize("term", sorted(defined_mou_terms(ontology_graph())))
def test_every_term_has_korean_and_english_labels_and_comments(term: URIRef) -> None:
    g = ontology_graph()
    for prop in (RDFS.label, RDFS.comment):
        langs = {o.language for o in g.objects(term, prop) if isinstance(o, Literal)}
        assert {"ko", "en"} <= langs, f"{term} {prop}"


@pytest.mark.parametrize("kind", [OWL.ObjectProperty, OWL.DatatypeProperty])
def test_properties_have_ranges_and_classes_are_declared(kind: URIRef) -> None:
    g = ontology_graph()
    for prop in g.subjects(RDF.type, kind):
        assert g.value(prop, RDFS.range) is not None, prop
        domain = g.value(prop, RDFS.domain)
        if domain is not None and str(domain).startswith(str(MOU)):
            assert (domain, RDF.type, OWL.Class) in g, (prop, domain)


def test_provenance_terms_are_documented() -> None:
    g = ontology_graph()
    assert (MOU.evidence, RDFS.range, MOU.Sentence) in g
    for prop in (MOU.text, MOU.startOffset, MOU.endOffset):
        assert (prop, RDFS.domain, MOU.Sentence) in g
