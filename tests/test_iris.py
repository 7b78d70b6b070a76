"""Every code point that can reach an IRI gives an IRI that Oxigraph, rdflib and the exports
accept; odd metadata is a warning, never a lost article."""
from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import unquote
from xml.etree import ElementTree

import pyoxigraph as ox
import pytest
from rdflib import Dataset
from rdflib.term import _is_valid_uri

from mougraph import rdf
from mougraph.export import export
from mougraph.model import Agreement, Area, Article, Extraction, Organisation, Person
from mougraph.pipeline import build
from mougraph.store import Store

# what XML 1.0 (GraphML, GEXF) can carry
XML_CHARS = re.compile("[\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]*")
ODD = ["\ufffc", "\U000e0100", "\ufffd", "\ue000", "\U0010fffd", "\ufeff", "\u200b",
       "\u2028", "\U000e0001", "\ufdd0", "\x85", "%", "_", " "]


def test_every_code_point_gives_an_iri_every_consumer_accepts() -> None:
    for start in range(0, 0x110000, 256):
        text = "".join(map(chr, range(start, start + 256)))
        for segment in (rdf.iri_segment(text), rdf.slug(text)):
            iri = f"{rdf.MGD}org/{segment}"
            ox.NamedNode(iri)  # raises ValueError on an invalid IRI
            assert _is_valid_uri(iri), hex(start)
            assert XML_CHARS.fullmatch(iri), hex(start)
        # one-to-one: the text comes back from its segment
        assert unquote(rdf.iri_segment(text), errors="surrogatepass") == text, hex(start)


def odd_extraction(char: str) -> Extraction:
    text = f"가온{char}시는 나래{char}대학교와 업무협약을 체결했다."
    org, other = f"가온{char}시", f"나래{char}대학교"
    agreement = Agreement(f"{org}·{other} 협약", (Organisation(org), Organisation(other)),
                          areas=(Area(f"인재{char} 양성"),),
                          representatives=(Person(f"김{char}철", title="시장", organisation=org),),
                          project=f"사업{char}")
    return Extraction(Article(id=f"id{char}{ord(char):x}", text=text), (agreement,))


def test_odd_characters_in_names_and_ids_are_stored_and_exported(tmp_path: Path) -> None:
    with Store.open(tmp_path, create=True) as store:
        for char in ODD:
            store.put(f"id{char}{ord(char):x}", rdf.article_triples(odd_extraction(char)))
        store.flush()
        assert len(store.article_ids()) == len(ODD)
        dataset = store.dataset()
    parsed = Dataset()
    parsed.parse(tmp_path / "graph.trig", format="trig")
    assert len({g.identifier for g in parsed.graphs() if "/article/" in g.identifier}) == len(ODD)
    assert len(list(ox.parse(path=str(tmp_path / "graph.ttl"), format=ox.RdfFormat.TURTLE)))
    for written in export(dataset, tmp_path, formats=("graphml", "gexf", "csv", "json"),
                          views=("full",), measures=False):
        if written.suffix in (".graphml", ".gexf"):
            ElementTree.parse(written)


def test_an_odd_character_never_costs_an_article(tmp_path: Path) -> None:
    sentence = ("가온시는 20일 시청 상황실에서 나래{c}대학교와 지역 인재 양성을 위한 업무협약을 "
                "체결했다고 밝혔다. 두 기관은 앞으로 지역 인재를 함께 길러 내기로 했다. "
                "가온시장은 \"지역 대학과 힘을 모으겠다\"고 말했다.")
    corpus = tmp_path / "odd.jsonl"
    corpus.write_text("".join(json.dumps({"id": f"odd-{ord(c):x}", "text": sentence.format(c=c)},
                                         ensure_ascii=False) + "\n" for c in ODD[:5]),
                      encoding="utf-8")
    problems: list[str] = []
    summary = build([corpus], tmp_path / "out", on_problem=lambda p: problems.append(str(p)))
    assert problems == [] and summary.articles == 5 and summary.agreements == 5


@pytest.mark.parametrize("published", ["0001-01-01", "9999-12-31", "0000-00-00"])
def test_an_odd_publication_date_is_a_warning_not_a_lost_article(tmp_path: Path,
                                                                 published: str) -> None:
    corpus = tmp_path / "dated.jsonl"
    corpus.write_text(json.dumps({"id": "d", "published": published, "text":
                                  "가온시는 20일 나래대학교와 업무협약을 체결했다."},
                                 ensure_ascii=False) + "\n", encoding="utf-8")
    problems: list[str] = []
    summary = build([corpus], tmp_path / "out", on_problem=lambda p: problems.append(str(p)))
    assert summary.articles == 1 and summary.agreements == 1 and not summary.problems
    assert len(problems) == 1 and "warning: 'published'" in problems[0]
