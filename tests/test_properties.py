"""Property-based: random and adversarial Korean text through reading, cleaning, extraction
and serialisation never crashes, and whatever comes out parses back.

Run time is bounded: the Kiwi analyser is slow-ish, so the properties that use it draw few
examples (``KIWI``); the others draw more (``FAST``). ``deadline=None``: a first call loads
the analyser.
"""
from __future__ import annotations

import json
import string
import tempfile
from pathlib import Path

import pyoxigraph as ox
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Dataset, Graph, Literal
from rdflib.compare import isomorphic

from mougraph import rdf
from mougraph.errors import InputError, InputWarning
from mougraph.extract import extract
from mougraph.model import Agreement, Area, Article, Extraction, Organisation, Person
from mougraph.sources import clean_text, clean_url, decode, read_inputs, record_to_article
from mougraph.text import prepare

KIWI = settings(max_examples=25, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# --- strategies -------------------------------------------------------------------------

hangul = st.characters(min_codepoint=0xAC00, max_codepoint=0xD7A3)
jamo = st.characters(min_codepoint=0x3131, max_codepoint=0x318E)
punctuation = st.sampled_from(list(".,!?·…“”‘’\"'()[]{}<>「」『』▲△■□●○※-–—~%&#@/\\:;=+*"))
spaces = st.sampled_from([" ", " ", " ", "\n", "\n\n", "\t", "\u3000", "\u00a0", "\r\n"])
odd = st.sampled_from(["\u200b", "\ufeff", "\u202e", "😀", "中", "韓", "ｱ", "\x01", "\x7f",
                       "\ufffd", "e\u0301", "ﬁ"])
ascii_text = st.sampled_from(list(string.ascii_letters + string.digits))

korean_chars = st.one_of(hangul, hangul, hangul, hangul, jamo, punctuation, spaces, ascii_text,
                         odd)
korean_text = st.lists(korean_chars, max_size=200).map("".join)

# made-up pieces of an MOU report, so extraction goes past its first checks
names = st.text(hangul, min_size=1, max_size=5)
suffixes = st.sampled_from(["대학교", "연구원", "시", "군", "진흥원", "재단", "협회", "㈜", "병원",
                            "센터", "공사", "은행", ""])
verbs = st.sampled_from(["업무협약을 체결했다", "MOU를 맺었다", "협약식을 가졌다",
                         "양해각서에 서명했다", "협약을 체결할 예정이다", "협약을 해지했다"])


@st.composite
def mou_reports(draw: st.DrawFn) -> str:
    org = [draw(names) + draw(suffixes) for _ in range(draw(st.integers(1, 4)))]
    lines = [f"{org[0]}는 {draw(st.integers(1, 31))}일 {'·'.join(org[1:]) or '관계 기관'}과 "
             f"{draw(names)} 분야 협력을 위한 {draw(verbs)}."]
    for _ in range(draw(st.integers(0, 4))):
        lines.append(draw(st.one_of(
            korean_text,
            st.builds(lambda a, b: f"▲{a} ▲{b}", names, names),
            st.builds(lambda n, t: f"{n} {t}은 \"협력하겠다\"고 말했다.", names,
                      st.sampled_from(["시장", "총장", "원장", "대표이사", "회장"])),
        )))
    return draw(spaces).join(lines)


articles_text = st.one_of(korean_text, mou_reports())

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | korean_text,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(
        st.sampled_from(["id", "text", "url", "title", "published", "publisher", "x"]), inner,
        max_size=6),
    max_leaves=12)


# --- reading ----------------------------------------------------------------------------

@FAST
@given(korean_text, st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-32"]))
def test_unicode_encodings_decode_back_or_are_refused_with_a_reason(text: str,
                                                                     codec: str) -> None:
    try:
        decoded = decode(text.encode(codec), "x.txt")
    except InputError as problem:
        # only text with many control characters, or nothing at all, is refused
        assert problem.reason in ("empty file", "binary data (control characters), not text",
                                  "binary data (NUL bytes), not text")
        return
    # one byte-order mark is taken as the encoding's; a plain UTF-8 text starting with
    # U+FEFF looks exactly like one
    expected = text.removeprefix("\ufeff") if codec == "utf-8" else text
    assert decoded == clean_text(expected)


@FAST
@given(st.text(st.one_of(hangul, st.sampled_from(list(" \n.,()·" + string.ascii_letters))),
               min_size=1, max_size=200))
def test_cp949_korean_decodes_back(text: str) -> None:
    data = text.encode("cp949")
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        assert decode(data, "x.txt") == text
    else:  # also valid UTF-8 (ASCII, or a syllable or two by accident): read as UTF-8,
        # unless that reading holds C1 controls ("혖" is C2 81 in CP949, U+0081 in UTF-8)
        utf8 = data.decode("utf-8")
        c1 = any("\x80" <= ch <= "\x9f" for ch in utf8)
        assert decode(data, "x.txt") == (text if c1 else utf8)


def test_a_cp949_syllable_that_reads_as_a_utf8_control_is_korean() -> None:
    assert decode("혖".encode("cp949"), "x.txt") == "혖"
    assert decode("가람 혖".encode("cp949"), "x.txt") == "가람 혖"


@FAST
@given(st.binary(max_size=400))
def test_any_bytes_are_an_article_or_a_problem(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        for name in ("a.txt", "b.json", "c.jsonl"):
            (Path(folder) / name).write_bytes(data)
        for item in read_inputs([Path(folder)]):
            assert isinstance(item, (Article, InputError))
            if isinstance(item, Article):
                assert item.text.strip()
                item.text.encode("utf-8")  # no lone surrogates


@FAST
@given(json_values)
def test_any_json_value_is_an_article_or_a_problem(value: object) -> None:
    try:
        article = record_to_article(value, "c.jsonl:1")
    except InputError as problem:
        assert problem.where == "c.jsonl:1" and problem.reason
        return
    assert isinstance(article, Article) and article.id


@FAST
@given(st.lists(json_values, max_size=5))
def test_any_jsonl_file_yields_one_outcome_per_line(values: list[object]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "c.jsonl"
        path.write_text("".join(json.dumps(v, ensure_ascii=False) + "\n" for v in values),
                        encoding="utf-8")
        items = list(read_inputs([path]))
        assert all(isinstance(i, (Article, InputError)) for i in items)
        # one article or one problem per line; warnings ride along with their record
        outcomes = [i for i in items if not isinstance(i, InputWarning)]
        assert [i.source if isinstance(i, Article) else i.where for i in outcomes] == (
            [f"{path}:{n}" for n in range(1, len(values) + 1)] if values else [str(path)])


@FAST
@given(st.text(), st.sampled_from(["https://news.example/", "http://뉴스.kr:8080/a?",
                                   "https://x.org/a#", "HTTPS://X.ORG"]))
def test_cleaned_urls_are_valid_iris(tail: str, head: str) -> None:
    cleaned = clean_url(head + tail)
    if cleaned is not None:
        ox.NamedNode(cleaned)


# --- cleaning and extraction ------------------------------------------------------------

@KIWI
@given(articles_text)
def test_prepare_keeps_offsets_into_the_text(text: str) -> None:
    doc = prepare(text)
    assert doc.text == text
    for sentence in doc.sentences:
        assert 0 <= sentence.start <= sentence.end <= len(text)
        assert text[sentence.start:sentence.end] == sentence.text


@KIWI
@given(articles_text)
def test_extraction_never_crashes_and_its_rdf_parses_back(text: str) -> None:
    article = Article(id="prop", text=clean_text(text) or "빈", published=None)
    extraction = extract(article)
    for agreement in extraction.agreements:
        spans = [agreement.evidence, *(p.evidence for p in agreement.parties),
                 *(a.evidence for a in agreement.areas),
                 *(r.evidence for r in agreement.representatives)]
        for span in filter(None, spans):
            assert 0 <= span.start <= span.end <= len(article.text)
    assert_round_trip(rdf.article_triples(extraction))


# --- serialisation ----------------------------------------------------------------------

def assert_round_trip(graph: Graph) -> None:
    dataset = Dataset()
    named = dataset.graph(rdf.article_iri("prop"))
    for triple in graph:
        named.add(triple)
    for fmt, ox_format in (("trig", ox.RdfFormat.TRIG), ("nquads", ox.RdfFormat.N_QUADS)):
        data = dataset.serialize(format=fmt, encoding="utf-8")
        back = Dataset()
        back.parse(data=data, format=fmt)
        merged = Graph()
        for s, p, o, _ in back.quads():
            merged.add((s, p, o))
        assert isomorphic(graph, merged), fmt
        assert len(list(ox.parse(data, format=ox_format))) == len(graph)
    turtle = graph.serialize(format="turtle", encoding="utf-8")
    assert isomorphic(graph, Graph().parse(data=turtle, format="turtle"))
    assert len(list(ox.parse(turtle, format=ox.RdfFormat.TURTLE))) == len(graph)


names_any = st.text(min_size=1, max_size=40).map(clean_text).filter(str.strip)


@settings(max_examples=60, deadline=None)
@given(names_any, names_any, names_any, names_any)
def test_any_names_serialise_to_rdf_that_parses_back(org: str, person: str, area: str,
                                                     label: str) -> None:
    agreement = Agreement(label, (Organisation(org, aliases=(person,), parent=area),
                                  Organisation(f"{org} 2")),
                          representatives=(Person(person, title=label, organisation=org),),
                          areas=(Area(area),), kind=label, venue=area, project=label)
    extraction = Extraction(Article(label, org, title=person, publisher=area),
                            (agreement,), author=person, publisher=area)
    graph = rdf.article_triples(extraction)
    assert_round_trip(graph)
    assert {org, person, area, label} <= {str(o) for o in graph.objects()
                                          if isinstance(o, Literal)}
