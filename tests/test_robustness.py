"""User text never becomes markup or code: hostile names round-trip through RDF, the store
and every export format, each read back by a parser other than the one that wrote it."""
from __future__ import annotations

import csv
import datetime as dt
import json
import re
from pathlib import Path
from xml.etree import ElementTree as ET

import igraph
import pyoxigraph as ox
import pytest
from rdflib import Dataset, Graph, Literal
from rdflib.compare import isomorphic

from mougraph import export, rdf
from mougraph.errors import InputError
from mougraph.model import Agreement, Area, Article, Extraction, Organisation, OrgKind, Person, Span
from mougraph.pipeline import build
from mougraph.sources import clean_url
from mougraph.store import Store

# Strings that break naive serialisers: quoting, escaping, markup, IRIs, Turtle syntax,
# Unicode oddities. Each becomes a name, label, title, venue, … below.
HOSTILE = [
    'He said "hi"', "it's", '"""triple"""', "'''single'''", "back\\slash", "ends\\",
    "<script>alert(1)</script>", "A & B", "&amp; &lt;", "&#0;", "]]>", "<![CDATA[x]]>",
    "line\nbreak", "tab\there", "  padded  ", "{curly} [square]", "pipe|caret^`tick`",
    "#hash", "%41 percent %", "a/b/../c", "?q=1&r=2", "http://evil.example/x> <y",
    "@prefix x: <y> .", "} GRAPH <urn:x> {", ". ; ,", "_:blank", "$var ?var",
    "emoji 😀 🇰🇷", "RTL \u202e override", "zero\u200bwidth", "combining 가\u0301",
    "ＦＵＬＬ ｗｉｄｔｈ", "nbsp\u00a0x", "line\u2028separator", "del\x7f",
    "한빛 \"MOU\" <체결> & 협력",
    "x" * 2000,
]
# XML 1.0 normalises a raw carriage return to a line feed: kept apart, checked in RDF only
CARRIAGE = "cr\rlf\r\n"


def hostile_extraction(index: int, text: str) -> Extraction:
    other = HOSTILE[(index + 7) % len(HOSTILE)]
    span = Span(0, len(text), text)
    org = Organisation(f"{text} 기관", aliases=(f"{other} 약칭",), kind=OrgKind.COMPANY,
                       parent=f"{other} 본부", evidence=span)
    partner = Organisation(f"상대 {other}", kind=OrgKind.UNIVERSITY)
    agreement = Agreement(
        label=text, parties=(org, partner),
        representatives=(Person(text, title=other, organisation=org.name, evidence=span),),
        areas=(Area(text, evidence=span), Area(f"{other} 분야")), kind=text,
        signed_on=dt.date(2021, 5, 6), signed_at=dt.time(14, 30), venue=text,
        project=f"{text} 사업", evidence=span)
    # the URL as sources.clean_url leaves it
    article = Article(id=f"{text}-{index}", text=text,
                      url=clean_url(f"https://example.org/{index}?{text}"),
                      title=text, published=dt.date(2021, 5, 6), publisher=text)
    return Extraction(article, (agreement,), published=article.published,
                      publisher=text, author=other)


EXTRACTIONS = [hostile_extraction(i, t) for i, t in enumerate(HOSTILE)]


def literals(graph: Graph | Dataset) -> set[str]:
    if isinstance(graph, Dataset):
        return {str(o) for _, _, o, _ in graph.quads() if isinstance(o, Literal)}
    return {str(o) for o in graph.objects() if isinstance(o, Literal)}


# --- RDF --------------------------------------------------------------------------------

@pytest.mark.parametrize("fmt", ["turtle", "nt", "xml", "json-ld", "trig", "nquads"])
@pytest.mark.parametrize("text", [*HOSTILE, CARRIAGE],
                         ids=[f"h{i}" for i in range(len(HOSTILE) + 1)])
def test_article_triples_round_trip_in_every_rdf_format(text: str, fmt: str) -> None:
    graph = rdf.article_triples(hostile_extraction(0, text))
    if fmt in ("trig", "nquads"):  # as the store writes them: one named graph per article
        named = Dataset()
        target = named.graph(rdf.article_iri(f"{text}-0"))
        for triple in graph:
            target.add(triple)
        data = named.serialize(format=fmt, encoding="utf-8")
    else:
        data = graph.serialize(format=fmt, encoding="utf-8")
    if fmt in ("trig", "nquads"):
        dataset = Dataset()
        dataset.parse(data=data, format=fmt)
        back = Graph()
        for s, p, o, _ in dataset.quads():
            back.add((s, p, o))
    else:
        back = Graph().parse(data=data, format=fmt)
    assert isomorphic(graph, back)
    assert text in literals(back)


@pytest.mark.parametrize("text", [*HOSTILE, CARRIAGE],
                         ids=[f"h{i}" for i in range(len(HOSTILE) + 1)])
def test_rdflib_turtle_is_valid_for_a_strict_independent_parser(text: str) -> None:
    graph = rdf.article_triples(hostile_extraction(0, text))
    for fmt, ox_format in (("turtle", ox.RdfFormat.TURTLE), ("nt", ox.RdfFormat.N_TRIPLES)):
        data = graph.serialize(format=fmt, encoding="utf-8")
        triples = list(ox.parse(data, format=ox_format))
        assert len(triples) == len(graph)
        assert text in {t.object.value for t in triples if isinstance(t.object, ox.Literal)}


def test_iris_minted_from_hostile_names_are_valid_iris() -> None:
    graph = Graph()
    for extraction in EXTRACTIONS:
        graph += rdf.article_triples(extraction)
    for node in set(graph.subjects()) | set(graph.objects()):
        if not isinstance(node, Literal):
            ox.NamedNode(str(node))  # oxigraph refuses any IRI that is not valid (RFC 3987)


@pytest.mark.parametrize("url", ["https://news.example/a?b=%zz", "https://news.example/a#b#c",
                                 "https://[::1/x", "https://news.example/\x7f",
                                 "https://news.example/\ue000"])
def test_urls_that_sources_cleaned_are_valid_iris(url: str) -> None:
    cleaned = clean_url(url)
    if cleaned is not None:
        ox.NamedNode(cleaned)


def test_rdf_never_mints_an_invalid_iri_from_a_url() -> None:
    for url in ("https://news.example/a?b=%zz", "https://news.example/a#b#c",
                "https://[::1/x", "https://news.example/\x7f"):
        graph = rdf.article_triples(Extraction(Article("x", "본문", url=url)))
        for node in set(graph.objects()):
            if not isinstance(node, Literal):
                ox.NamedNode(str(node))


# --- the store and its files ------------------------------------------------------------

@pytest.fixture(scope="module")
def stored(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("hostile")
    with Store.open(out, create=True) as store:
        for extraction in EXTRACTIONS:
            store.put(extraction.article.id, rdf.article_triples(extraction))
        store.flush()
    return out


def test_the_store_files_parse_back_with_every_hostile_string(stored: Path) -> None:
    for name, fmt, ox_format in (("graph.trig", "trig", ox.RdfFormat.TRIG),
                                 ("graph.ttl", "turtle", ox.RdfFormat.TURTLE)):
        data = (stored / name).read_bytes()
        parsed = Dataset() if fmt == "trig" else Graph()
        parsed.parse(data=data, format=fmt)
        assert set(HOSTILE) <= literals(parsed), name
        strict = list(ox.parse(data, format=ox_format))  # an independent, strict parser
        assert len(strict) >= len(HOSTILE)


def test_the_store_keeps_each_article_graph_intact(stored: Path) -> None:
    with Store.open(stored) as store:
        for extraction in EXTRACTIONS[:8]:
            expected = rdf.article_triples(extraction)
            got = store.graph(extraction.article.id)
            # organisation names may be resolved to a canonical form; every other text stays
            assert {s for s in literals(expected) if "기관" not in s and "본부" not in s} <= \
                literals(got)


def test_query_results_carry_hostile_strings_unchanged(stored: Path) -> None:
    with Store.open(stored) as store:
        rows = store.query("SELECT ?v WHERE { ?a a mou:Agreement ; mou:venue ?v }")
        assert {str(row[0]) for row in rows} == set(HOSTILE)


# --- exports ----------------------------------------------------------------------------

@pytest.fixture(scope="module")
def exported(stored: Path) -> Path:
    with Store.open(stored) as store:
        export.export(store.dataset(), stored, formats=export.FORMATS,
                      views=("full", "organisations", "areas"))
    return stored


def _xml_texts(path: Path) -> set[str]:
    root = ET.parse(path).getroot()  # raises on anything that is not well-formed XML
    found = set()
    for element in root.iter():
        found.update(v for v in element.attrib.values())
        if element.text:
            found.add(element.text)
    return found


@pytest.mark.parametrize("view", ["graph", "organisations", "areas"])
def test_graphml_is_well_formed_and_igraph_reads_the_labels(exported: Path, view: str) -> None:
    path = exported / f"{view}.graphml"
    texts = _xml_texts(path)
    g = igraph.Graph.Read_GraphML(str(path))
    assert g.vcount() > 0
    if view == "graph":
        assert set(HOSTILE) <= set(g.vs["label"]) | texts
    if view == "areas":
        assert {f"{h} 분야" for h in HOSTILE} <= set(g.vs["label"])


@pytest.mark.parametrize("view", ["graph", "organisations", "areas"])
def test_gexf_is_well_formed_and_keeps_the_labels(exported: Path, view: str) -> None:
    path = exported / f"{view}.gexf"
    root = ET.parse(path).getroot()
    labels = {n.get("label") for n in root.iter("{http://gexf.net/1.3}node")}
    assert labels
    if view == "graph":
        assert set(HOSTILE) <= labels | _xml_texts(path)
    if view == "areas":
        assert {f"{h} 분야" for h in HOSTILE} <= labels


def test_csv_tables_keep_the_labels(exported: Path) -> None:
    with (exported / "graph-nodes.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    # a label a spreadsheet would run as a formula is written with a leading apostrophe
    assert set(HOSTILE) <= {re.sub(r"^'(?=[=+\-@\t\r])", "", row["Label"]) for row in rows}
    with (exported / "graph-edges.csv").open(encoding="utf-8-sig", newline="") as handle:
        edges = list(csv.DictReader(handle))
    ids = {row["Id"] for row in rows}
    assert all(e["Source"] in ids and e["Target"] in ids for e in edges)


def test_node_link_json_keeps_the_labels(exported: Path) -> None:
    data = json.loads((exported / "graph.json").read_text(encoding="utf-8"))
    assert set(HOSTILE) <= {node.get("label") for node in data["nodes"]}


def test_an_article_the_store_cannot_hold_is_a_problem_and_the_run_goes_on(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from mougraph import pipeline

    real = pipeline.rdf.article_ox

    def triples(extraction: Extraction) -> list[ox.Triple]:
        made = real(extraction)
        if extraction.article.id == "bad":  # a term the store refuses, as from a buggy stage
            made.append(ox.Triple(ox.NamedNode(str(rdf.article_iri("bad"))),
                                  ox.NamedNode(str(rdf.SCHEMA.url)),
                                  ox.NamedNode("https://news.example/%zz")))
        return made

    monkeypatch.setattr(pipeline.rdf, "article_ox", triples)
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("".join(json.dumps({"id": i, "text": "한빛시는 누리대학교와 업무협약을 "
                                          "체결했다."}, ensure_ascii=False) + "\n"
                              for i in ("a", "bad", "c")), encoding="utf-8")
    problems: list[InputError] = []
    summary = build([corpus], tmp_path / "out", progress=False, on_problem=problems.append)
    assert summary.articles == 2
    assert [str(p) for p in problems] == [f"{corpus}:2: cannot be stored (Invalid IRI percent "
                                          "encoding '%zz')"]
    assert article_ids(tmp_path / "out" / "graph.trig") == {"a", "c"}


def article_ids(trig: Path) -> set[str]:
    dataset = Dataset()
    dataset.parse(trig, format="trig")
    return {str(o) for _, p, o, _ in dataset.quads() if p == rdf.SCHEMA.identifier}


# --- the whole pipeline on hostile article text -----------------------------------------

def test_hostile_article_text_goes_through_the_pipeline(tmp_path: Path) -> None:
    text = ('<script>alert("x")</script> 한빛시는 20일 "A&B 센터"와 <누리> 대학교, '
            "]]> 재단과 업무협약을 체결했다.\n\x01\x02 ▲'인공지능' & \"데이터\" 협력 "
            "▲{중괄호} 교류\n대표는 \"\"\"협력\"\"\"을 강조했다.")
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(json.dumps({"id": 'x"<&>\n1', "text": text, "title": "<b>&amp;</b>",
                                  "url": "javascript:alert(1)"}) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    summary = build([corpus], out, progress=False)
    assert summary.articles == 1 and not summary.problems
    parsed = Dataset()
    parsed.parse(out / "graph.trig", format="trig")
    # the title's entity is read as its character (form.readable); "<b>&</b>" must still come
    # through every serialiser as written
    assert "<b>&</b>" in literals(parsed)
    list(ox.parse(path=str(out / "graph.trig"), format=ox.RdfFormat.TRIG))
    with Store.open(out) as store:
        export.export(store.dataset(), out, formats=export.FORMATS)
    ET.parse(out / "graph.gexf")
    igraph.Graph.Read_GraphML(str(out / "graph.graphml"))
    json.loads((out / "graph.json").read_text(encoding="utf-8"))
