"""Hand-built extractions for the semantic-layer tests (rdf, store, query, SHACL, eval).

Sentences are written for these tests; the records are what an extractor would return.
"""
from __future__ import annotations

import datetime as dt

from mougraph.model import (
    Agreement,
    Area,
    Article,
    Extraction,
    Organisation,
    OrgKind,
    Person,
    Span,
)

TEXT_A = ("[한빛일보=김기자 기자] 대전시는 19일 시청 중회의실에서 한국과학기술원(KAIST), "
          "경복대학교와 인공지능 인재 양성을 위한 업무협약을 체결했다. "
          "협약에 따라 세 기관은 ▲인공지능 교육과정 공동 개발 ▲연구 장비 공동 활용에 협력한다. "
          "이날 협약식에는 이장우 대전시장과 이광형 KAIST 총장이 참석했다.")
TEXT_B = ("경복대(총장 서하늘)는 지난 3일 대전광역시와 평생교육 활성화를 위한 협약을 맺었다. "
          "두 기관은 평생교육 프로그램 운영, 지역 인재 채용 연계 등에 협력하기로 했다.")
TEXT_C = "경봉대학교는 한국전력기술과 원전 안전 연구 협약을 체결했다."


def span(text: str, fragment: str) -> Span:
    start = text.index(fragment)
    return Span(start, start + len(fragment), fragment)


def _sentence(text: str, number: int) -> Span:
    parts = [p for p in text.split(". ")]
    start = text.index(parts[number])
    end = start + len(parts[number]) + (1 if number < len(parts) - 1 else 0)
    return Span(start, end, text[start:end])


def extraction_a() -> Extraction:
    lead, areas, people = (_sentence(TEXT_A, i) for i in range(3))
    daejeon = Organisation("대전시", kind=OrgKind.LOCAL_GOVERNMENT, evidence=lead)
    kaist = Organisation("한국과학기술원", aliases=("KAIST",), kind=OrgKind.UNIVERSITY,
                         evidence=lead)
    kyungbok = Organisation("경복대학교", kind=OrgKind.UNIVERSITY, evidence=lead)
    agreement = Agreement(
        label="대전시·한국과학기술원·경복대학교 인공지능 인재 양성 업무협약",
        parties=(daejeon, kaist, kyungbok),
        representatives=(Person("이장우", "시장", "대전시", people),
                         Person("이광형", "총장", "한국과학기술원", people)),
        areas=(Area("인공지능 교육과정 공동 개발", areas), Area("연구 장비 공동 활용", areas)),
        kind="업무협약", signed_on=dt.date(2024, 3, 19), signed_at=dt.time(14, 0),
        venue="시청 중회의실", project="인공지능 인재 양성", evidence=lead)
    article = Article(id="a", text=TEXT_A, url="https://news.example/a", title="대전시 AI 협약",
                      published=dt.date(2024, 3, 20), publisher="한빛일보")
    return Extraction(article, (agreement,), published=dt.date(2024, 3, 20), author="김기자",
                      publisher="한빛일보")


def extraction_b() -> Extraction:
    lead, areas = _sentence(TEXT_B, 0), _sentence(TEXT_B, 1)
    kyungbok = Organisation("경복대", kind=OrgKind.UNIVERSITY, evidence=lead)
    daejeon = Organisation("대전광역시", kind=OrgKind.LOCAL_GOVERNMENT, evidence=lead)
    agreement = Agreement(
        label="경복대·대전광역시 평생교육 협약", parties=(kyungbok, daejeon),
        representatives=(Person("서하늘", "총장", "경복대", lead),),
        areas=(Area("평생교육 프로그램 운영", areas), Area("지역 인재 채용 연계", areas)),
        kind="협약", signed_on=dt.date(2024, 5, 3), evidence=lead)
    article = Article(id="b", text=TEXT_B, published=dt.date(2024, 5, 7))
    return Extraction(article, (agreement,), published=dt.date(2024, 5, 7))


def extraction_c() -> Extraction:
    lead = _sentence(TEXT_C, 0)
    agreement = Agreement(
        label="경봉대학교·한국전력기술 원전 안전 연구 협약",
        parties=(Organisation("경봉대학교", evidence=lead),
                 Organisation("한국전력기술", kind=OrgKind.COMPANY, evidence=lead)),
        evidence=lead)
    return Extraction(Article(id="c", text=TEXT_C), (agreement,))


def extraction_kaist_only() -> Extraction:
    """An article that names KAIST only by its acronym."""
    text = "KAIST는 세종시와 과학 문화 확산 협약을 체결했다."
    lead = _sentence(text, 0)
    agreement = Agreement(
        label="KAIST·세종시 과학 문화 협약",
        parties=(Organisation("KAIST", kind=OrgKind.FOREIGN, evidence=lead),
                 Organisation("세종시", evidence=lead)),
        evidence=lead)
    return Extraction(Article(id="d", text=text), (agreement,))


def no_signing() -> Extraction:
    text = "서울시는 다음 달 협약을 체결할 예정이다."
    return Extraction(Article(id="e", text=text), (), notes=("a plan, not a signing",))


ALL = (extraction_a, extraction_b, extraction_c, extraction_kaist_only, no_signing)


def build(out, extractions=None, *, flush: bool = True):  # noqa: ANN001, ANN201
    """Put extractions into a store under ``out`` (all fixtures by default); return ``out``."""
    from mougraph import rdf
    from mougraph.store import Store

    items = [make() for make in ALL] if extractions is None else list(extractions)
    with Store.open(out, create=True) as store:
        for item in items:
            store.put(item.article.id, rdf.article_triples(item))
        if flush:
            store.flush()
    return out
