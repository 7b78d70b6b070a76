"""Model -> RDF: IRIs, triples per article (DATA-MODEL.md), provenance, resolution of a graph."""
from __future__ import annotations

import datetime as dt

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.compare import graph_diff, isomorphic, to_isomorphic
from rdflib.namespace import PROV, RDF, RDFS, SKOS, XSD
from semantic_data import TEXT_C, extraction_a, extraction_b, extraction_c, no_signing

from mougraph import rdf
from mougraph.model import Agreement, Article, Extraction, Organisation, Person
from mougraph.rdf import MGD, MOU, ORG, SCHEMA

EXPECTED_C = """
@prefix mou: <https://w3id.org/mougraph/ontology#> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix schema: <https://schema.org/> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

<https://w3id.org/mougraph/id/article/c> a schema:NewsArticle ; schema:identifier "c" .
<https://w3id.org/mougraph/id/agreement/c/1> a mou:Agreement ;
    rdfs:label "경봉대학교·한국전력기술 원전 안전 연구 협약"@ko ;
    prov:wasDerivedFrom <https://w3id.org/mougraph/id/article/c> ;
    mou:evidence <https://w3id.org/mougraph/id/article/c#0-%(end)d> .
<https://w3id.org/mougraph/id/article/c#0-%(end)d> a mou:Sentence ;
    mou:text "%(text)s"@ko ; mou:startOffset 0 ; mou:endOffset %(end)d ;
    prov:wasDerivedFrom <https://w3id.org/mougraph/id/article/c> .
<https://w3id.org/mougraph/id/org/경봉대학교> a org:Organization ;
    rdfs:label "경봉대학교"@ko ;
    mou:signs <https://w3id.org/mougraph/id/agreement/c/1> ;
    mou:evidence <https://w3id.org/mougraph/id/article/c#0-%(end)d> .
<https://w3id.org/mougraph/id/org/한국전력기술> a org:Organization ;
    rdfs:label "한국전력기술"@ko ;
    mou:orgKind mou:Company ;
    mou:signs <https://w3id.org/mougraph/id/agreement/c/1> ;
    mou:evidence <https://w3id.org/mougraph/id/article/c#0-%(end)d> .
"""


def assert_same(got: Graph, expected: Graph) -> None:
    if not isomorphic(got, expected):
        _both, only_got, only_expected = graph_diff(to_isomorphic(got), to_isomorphic(expected))
        pytest.fail("graphs differ\nonly in output:\n"
                    + only_got.serialize(format="nt")
                    + "\nonly expected:\n" + only_expected.serialize(format="nt"))


def test_small_article_gives_exactly_the_expected_graph() -> None:
    expected = Graph().parse(data=EXPECTED_C % {"end": len(TEXT_C), "text": TEXT_C},
                             format="turtle")
    assert_same(rdf.article_triples(extraction_c()), expected)


def test_article_metadata_and_agreement_details() -> None:
    g = rdf.article_triples(extraction_a())
    art = rdf.article_iri("a")
    ag = rdf.agreement_iri("a", 1)
    assert (art, SCHEMA.url, URIRef("https://news.example/a")) in g
    assert (art, SCHEMA.datePublished, Literal(dt.date(2024, 3, 20), datatype=XSD.date)) in g
    assert (art, SCHEMA.author, Literal("김기자", lang="ko")) in g
    assert (art, SCHEMA.publisher, Literal("한빛일보", lang="ko")) in g
    assert (ag, MOU.signedOn, Literal(dt.date(2024, 3, 19), datatype=XSD.date)) in g
    assert (ag, MOU.signedAt, Literal(dt.time(14, 0), datatype=XSD.time)) in g
    assert (ag, MOU.venue, Literal("시청 중회의실", lang="ko")) in g
    assert (ag, MOU.agreementKind, Literal("업무협약", lang="ko")) in g
    project = rdf.project_iri("인공지능 인재 양성")
    assert (ag, MOU.concerns, project) in g and (project, RDF.type, MOU.Project) in g
    # one mou:signs per party, the article's subject (대전시) included
    assert set(g.subjects(MOU.signs, ag)) == {
        rdf.org_iri("대전시"), rdf.org_iri("한국과학기술원"), rdf.org_iri("경복대학교")}
    assert len(set(g.objects(ag, MOU.covers))) == 2
    # the reporter is the author, never a person of the graph
    assert not any("김기자" in str(o) for o in g.objects(None, RDFS.label))


def test_people_represent_their_organisation_and_attend() -> None:
    g = rdf.article_triples(extraction_a())
    person = rdf.person_iri("이장우", "대전시")
    assert (person, RDF.type, SCHEMA.Person) in g
    assert (person, SCHEMA.jobTitle, Literal("시장", lang="ko")) in g
    assert (person, MOU.represents, rdf.org_iri("대전광역시")) in g
    assert (person, MOU.attended, rdf.agreement_iri("a", 1)) in g


@pytest.mark.parametrize("make", [extraction_a, extraction_b, extraction_c])
def test_every_fact_keeps_its_sentence_with_offsets_into_the_text(make) -> None:  # noqa: ANN001
    extraction = make()
    g = rdf.article_triples(extraction)
    facts = set(g.subjects(RDF.type, MOU.Agreement)) | set(g.subjects(RDF.type, ORG.Organization))
    facts |= set(g.subjects(RDF.type, SCHEMA.Person))
    facts |= set(g.subjects(RDF.type, MOU.CooperationArea))
    for fact in facts:
        sentences = list(g.objects(fact, MOU.evidence))
        assert sentences, f"{fact} has no evidence"
        for s in sentences:
            start, end = int(g.value(s, MOU.startOffset)), int(g.value(s, MOU.endOffset))
            assert extraction.article.text[start:end] == str(g.value(s, MOU.text))
            assert (s, PROV.wasDerivedFrom, rdf.article_iri(extraction.article.id)) in g


def test_no_signing_gives_the_article_only() -> None:
    g = rdf.article_triples(no_signing())
    assert not list(g.subjects(RDF.type, MOU.Agreement))
    assert set(g.subjects()) == {rdf.article_iri("e")}


@pytest.mark.parametrize("a, b", [
    ("대전시", "대전광역시"), ("㈜카카오", "카카오"), ("(주)카카오", "주식회사 카카오"),
    ("송파구청", "송파구"), ("경복대", "경복대학교"), ("한국과학기술원 문화기술대학원",
                                              "한국과학기술원  문화기술대학원"),
])
def test_names_with_one_key_share_an_iri(a: str, b: str) -> None:
    assert rdf.org_iri(a) == rdf.org_iri(b)


def test_iris_are_readable_and_safe() -> None:
    assert str(rdf.org_iri("대전광역시")) == "https://w3id.org/mougraph/id/org/대전광역시"
    assert str(rdf.area_iri("AR·VR 기술 개발")) == "https://w3id.org/mougraph/id/area/AR·VR_기술_개발"
    assert rdf.slug("a/b?c#d e") == "a%2Fb%3Fc%23d_e"
    assert rdf.slug("") == "_"
    assert rdf.person_iri("서하늘", "경복대") == rdf.person_iri("서하늘", "경복대학교")


def test_resolve_graph_renames_orgs_and_people_and_is_idempotent() -> None:
    g = rdf.article_triples(extraction_a())

    def resolve(name: str) -> tuple[str, str]:
        # a resolver maps its own labels to themselves, like resolve.Resolver
        merged = name in ("한국과학기술원", "KAIST 본부")
        return ("KAIST본부", "KAIST 본부") if merged else (name, name)

    once = rdf.resolve_graph(g, resolve)
    new_org = rdf.org_iri_for_key("KAIST본부")
    assert (new_org, RDFS.label, Literal("KAIST 본부", lang="ko")) in once
    assert set(once.objects(new_org, SKOS.altLabel)) == {Literal("한국과학기술원", lang="ko"),
                                                       Literal("KAIST", lang="ko")}
    assert len(set(once.objects(new_org, RDFS.label))) == 1
    assert (None, None, rdf.org_iri("한국과학기술원")) not in once
    people = set(once.subjects(MOU.represents, new_org))
    assert people == {MGD["person/KAIST본부/이광형"]}
    assert isomorphic(rdf.resolve_graph(once, resolve), once)


def test_to_dataset_has_one_named_graph_per_article() -> None:
    ds = rdf.to_dataset([extraction_a(), extraction_b()])
    names = {g.identifier for g in ds.graphs() if len(g)}
    assert names == {rdf.article_iri("a"), rdf.article_iri("b")}


def test_unit_of_a_body_points_to_its_parent() -> None:
    unit = Organisation("한국과학기술원 문화기술대학원", parent="한국과학기술원")
    ex = Extraction(Article(id="u", text="x"), (Agreement("협약", (unit,),
                    representatives=(Person("노준용", "원장", unit.name),)),))
    g = rdf.article_triples(ex)
    parent = rdf.org_iri("한국과학기술원")
    assert (rdf.org_iri(unit.name), ORG.subOrganizationOf, parent) in g
    assert (parent, RDF.type, ORG.Organization) in g
