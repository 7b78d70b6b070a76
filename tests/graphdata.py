"""Hand-built extractions for the graph, export and viz tests (sentences written by us).

``twelve_party()`` is an agreement among twelve organisations (one city, eleven partners)
with two representatives, three cooperation areas, a venue and a project, the shape of the
built-in example. ``two_articles()`` adds a second article in which two of those
organisations sign again, so that pair's co-signing weight is 2.
"""
from __future__ import annotations

import datetime as dt

from rdflib import Dataset

from mougraph import rdf
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

CITY = "가람광역시"
PARTNERS = (
    "한빛드라마제작자협회", "누리광고영상협회", "가온영화인협회", "미르가상현실산업협회",
    "다솜벤처협회", "한별콘텐츠진흥협회", "가람전자통신연구원", "가람과학정보연구원",
    "누리미디어대학원대학교", "한빛과학기술원 문화기술대학원", "(재)가람정보문화진흥원",
)
PARTIES = (CITY, *PARTNERS)
LEAD = ("가람시는 20일 시청 대회의실에서 한빛드라마제작자협회 등 11개 기관과 "
        "특수영상 클러스터 조성을 위한 업무협약을 체결했다고 밝혔다.")
QUOTE = "한빛드라마제작자협회 한도윤 회장은 \"영상 산업의 새 장이 열렸다\"고 말했다."
AREAS = ("특수영상 기술을 활용한 콘텐츠 고품질화", "클러스터 인프라 지원",
         "전문 인력 양성 프로그램 공동 운영")
AGREEMENT_LABEL = "가람광역시 외 11개 기관 특수영상 클러스터 업무협약"
SECOND_LEAD = "가람시와 다솜벤처협회는 5일 창업 지원 협약을 맺었다."


def span(text: str, start: int = 0) -> Span:
    return Span(start, start + len(text), text)


def twelve_party() -> Extraction:
    text = f"{LEAD}\n{QUOTE}\n" + "\n".join(f"▲{a}" for a in AREAS)
    lead, quote = span(LEAD), span(QUOTE, len(LEAD) + 1)
    parties = tuple(
        Organisation(name, aliases=("가람시",) if name == CITY else (),
                     kind=OrgKind.LOCAL_GOVERNMENT if name == CITY else OrgKind.ASSOCIATION,
                     evidence=lead)
        for name in PARTIES)
    offset = len(LEAD) + len(QUOTE) + 2
    areas = []
    for area in AREAS:
        areas.append(Area(area, evidence=span(f"▲{area}", offset)))
        offset += len(area) + 2
    agreement = Agreement(
        AGREEMENT_LABEL, parties,
        representatives=(Person("이가람", "시장", CITY, evidence=lead),
                         Person("한도윤", "회장", PARTNERS[0], evidence=quote)),
        areas=tuple(areas), kind="업무협약", signed_on=dt.date(2024, 3, 20),
        venue="시청 대회의실", project="특수영상 클러스터 조성 사업", evidence=lead)
    article = Article("garam-cluster", text, url="https://news.example/garam/1",
                      title="가람시, 11개 기관과 특수영상 클러스터 협약")
    return Extraction(article, (agreement,), published=dt.date(2024, 3, 20),
                      author="김기자", publisher="가람일보")


def second_signing() -> Extraction:
    lead = span(SECOND_LEAD)
    parties = (Organisation(CITY, aliases=("가람시",), evidence=lead),
               Organisation("다솜벤처협회", evidence=lead))
    agreement = Agreement("가람광역시-다솜벤처협회 창업 지원 협약", parties,
                          areas=(Area("클러스터 인프라 지원", evidence=lead),),
                          kind="협약", evidence=lead)
    return Extraction(Article("garam-startup", SECOND_LEAD), (agreement,))


def dataset(*extractions: Extraction) -> Dataset:
    return rdf.to_dataset(extractions or (twelve_party(),))


def two_articles() -> Dataset:
    return dataset(twelve_party(), second_signing())
