# ruff: noqa: E501 - tables of Korean sentences read better unwrapped
"""Rule item-heading: a roundup record's items, each under its own small headline, are read
as articles of their own, so no item's areas, people, venue or date reach another item's
agreement (records written for the tests)."""
from __future__ import annotations

import datetime as dt

import pytest

from mougraph.extract import extract
from mougraph.extract.roundup import MAX_ITEMS, roundup_items
from mougraph.model import Agreement, Article

PUBLISHED = dt.date(2026, 3, 21)

JOBS = ('가온시·누리대 "청년 일자리 함께 만든다"',
        "가온시는 3일 시청 소회의실에서 누리대학교와 청년 일자리 창출을 위한 업무협약을 체결했다. 이날 협약식에는 김다온 가온시장과 이누리 누리대 총장이 참석했다.\n"
        "양 기관은 지역 청년 취업 지원, 현장실습 확대 등에 협력하기로 했다.")
RESCUE = ("가온소방서, 솔빛병원과 응급의료 협약",
          "가온소방서는 4일 솔빛병원과 응급의료 협력 업무협약을 맺었다. 협약식에는 박솔빛 가온소방서장과 최한결 솔빛병원장이 참석했다.\n"
          "두 기관은 응급환자 신속 이송, 구급대원 교육 등에 힘을 모으기로 했다.")
FARMING = ("가온군농업기술센터, 귀농인 교육 개강",
           "가온군농업기술센터는 5일 귀농인 30명을 대상으로 귀농 기초 교육을 시작했다. 교육은 작목 선택, 농지 구입, 농기계 안전 등으로 8주간 진행된다.")


def record(*marks: str) -> str:
    """The three items under the given marks ({h} the heading, {n} its number)."""
    lines = []
    for n, (mark, (head, body)) in enumerate(zip(marks, (JOBS, FARMING, RESCUE), strict=False), 1):
        lines += [mark.format(h=head, n=n), body]
    return "\n".join(lines)


ROUNDUPS = [
    ("a mark of its own for each item", record("◆{h}", "■{h}", "▲{h}")),
    ("one mark, with a space", record("● {h}", "● {h}", "● {h}")),
    ("hollow marks", record("○{h}", "◇{h}", "□{h}")),
    ("items whose captions carry the items' mark",
     record("▲{h}", "▲{h}", "▲{h}").replace("\n가온시는", "\n▲김다온 가온시장(왼쪽)이 협약서를 들고 있다\n가온시는").replace("\n가온소방서는", "\n▲가온소방서는 4일 솔빛병원과 협약을 맺었다./가온소방서\n가온소방서는")),
    ("items whose captions carry another mark",
     record("◆{h}", "◆{h}", "◆{h}").replace("\n가온시는", "\n◇김다온 가온시장(왼쪽)이 협약서를 들고 있다.\n가온시는")),
    ("bracketed headings", record("[{h}]", "[{h}]", "[{h}]")),
    ("numbered headings", record("{n}. {h}", "{n}. {h}", "{n}. {h}")),
    ("circled numbers", record("①{h}", "②{h}", "③{h}")),
    ("a blank line between items", record("◆{h}", "◆{h}", "◆{h}").replace("\n", "\n\n")),
    ("a byline before the first item", "[가온일보 한결 기자]\n" + record("■ {h}", "■ {h}", "■ {h}")),
    ("the section's tag before bracketed headings", "[지역소식]\n\n" + record("[{h}]", "[{h}]", "[{h}]")),
    ("a subtitle, a caption and a stamp before a body",
     record("◆{h}", "◆{h}", "◆{h}").replace("\n가온시는", "\n- 청년 취업 지원·현장실습 확대\n왼쪽부터 김다온 가온시장, 이누리 누리대 총장.\n2026-03-03 한결 기자\n가온시는")),
]


@pytest.mark.parametrize("shape, text", ROUNDUPS, ids=[r[0] for r in ROUNDUPS])
def test_each_item_of_a_roundup_is_read_under_its_heading(shape: str, text: str) -> None:
    items = [it for it in roundup_items(text) if it.heading]
    assert [it.heading for it in items] == [JOBS[0], FARMING[0], RESCUE[0]]
    assert all(it.text == text[it.start:it.start + len(it.text)] for it in items)
    assert JOBS[1].split("\n")[0] in items[0].text and RESCUE[0] not in items[0].text


HEADINGS = [
    # a subject and a comma before a verb with no period
    "가온시, 청년 일자리 함께 만든다",
    # two bodies joined at the start, no comma
    "가온소방서·솔빛병원 응급의료 첫 약정",
    # a subject of any spelling before a comma
    "가온대 R&D 2.0 사업단, 누리 기업들과 연구 모임 출범",
    # an agreement named, no comma
    "가온군과 우호도시 협정 체결",
]


@pytest.mark.parametrize("heading", HEADINGS)
def test_a_heading_may_be_worded_as_roundups_word_them(heading: str) -> None:
    text = "\n".join(["◆" + heading, JOBS[1], "◆" + FARMING[0], FARMING[1]])
    assert [it.heading for it in roundup_items(text) if it.heading] == [heading, FARMING[0]]


NO_ROUNDUP = [
    # an ordinary article's bullet list of areas, prose after it
    ("bullets of areas",
     "가온시는 3일 누리대학교와 업무협약을 체결했다.\n주요 협약 내용은 다음과 같다.\n▲청년 창업, 취업 지원\n▲현장실습, 인턴십 확대\n▲지역 축제 공동 홍보\n김다온 가온시장은 \"청년이 머무는 도시를 만들겠다\"고 말했다."),
    # numbered areas, each with a comma, then prose
    ("numbered areas",
     "가온시는 3일 누리대학교와 업무협약을 체결했다.\n1. 청년 창업, 취업 지원\n2. 현장실습, 인턴십 확대\n양 기관은 실무협의회를 꾸리기로 했다."),
    # one subheading in a longer story
    ("one subheading",
     "가온시는 3일 누리대학교와 업무협약을 체결했다.\n◆가온시, 청년 정책 한층 강화\n양 기관은 청년 창업 지원과 현장실습 확대에 협력하기로 했다."),
    # an article's numbered sections after its lead, each told in prose
    ("sections after a lead",
     "가온시는 3일 누리대학교와 업무협약을 체결했다.\n1. 청년 창업, 취업 지원\n누리대는 창업 공간을 열고 가온시는 운영비를 지원한다.\n2. 현장실습, 인턴십 확대\n양 기관은 해마다 현장실습생 100명을 선발하기로 했다."),
    # photo captions marked ▲, with a period or without, are sentences, not headings
    ("captions without a period",
     "▲ 김다온 가온시장(왼쪽)과 이누리 누리대 총장이 협약서를 들어 보이고 있다\n가온시는 3일 누리대학교와 업무협약을 체결했다고 밝혔다.\n▲ 협약식에 참석한 두 기관 관계자들이 협약서를 들고 있다\n양 기관은 청년 창업 지원에 협력하기로 했다."),
    # photo captions marked ▲ are sentences, not headings
    ("captions",
     "▲ 김다온 가온시장(왼쪽)과 이누리 누리대 총장이 협약서를 들어 보이고 있다.\n가온시는 3일 누리대학교와 업무협약을 체결했다.\n▲ 협약식 참석자들이 기념촬영을 하고 있다.\n양 기관은 청년 창업 지원에 협력하기로 했다."),
    # a byline tag before a sentence is no bracketed heading
    ("byline tags",
     "[가온일보] 가온시는 3일 누리대학교와 업무협약을 체결했다.\n[누리일보] 솔빛병원은 4일 가온소방서와 협약을 맺었다."),
]


@pytest.mark.parametrize("shape, text", NO_ROUNDUP, ids=[r[0] for r in NO_ROUNDUP])
def test_an_ordinary_article_is_no_roundup(shape: str, text: str) -> None:
    assert roundup_items(text) == []


def _agreements(text: str) -> dict[str, Agreement]:
    found = extract(Article("t", text, published=PUBLISHED))
    return {"·".join(sorted(p.name for p in a.parties)): a for a in found.agreements}


def test_each_agreement_keeps_its_own_areas_people_and_venue() -> None:
    text = record("◆{h}", "▲{h}", "■{h}")
    ags = _agreements(text)
    assert set(ags) == {"가온시·누리대학교", "가온소방서·솔빛병원"}
    jobs, rescue = ags["가온시·누리대학교"], ags["가온소방서·솔빛병원"]
    assert {a.label for a in jobs.areas} == {"지역 청년 취업 지원", "현장실습 확대"}
    assert {a.label for a in rescue.areas} == {"응급환자 신속 이송", "구급대원 교육"}
    assert {p.name for p in jobs.representatives} == {"김다온", "이누리"}
    assert {p.name for p in rescue.representatives} == {"박솔빛", "최한결"}
    assert jobs.venue == "시청 소회의실" and rescue.venue is None
    assert jobs.signed_on == dt.date(2026, 3, 3)
    assert rescue.signed_on == dt.date(2026, 3, 4)


def test_evidence_indexes_the_whole_record() -> None:
    text = record("◆{h}", "◆{h}", "◆{h}")
    for ag in extract(Article("t", text, published=PUBLISHED)).agreements:
        spans = [ag.evidence] + [f.evidence for f in (*ag.parties, *ag.areas, *ag.representatives)]
        for span in spans:
            if span is not None:
                assert text[span.start:span.end] == span.text


def test_an_ordinary_article_with_bullets_keeps_every_area() -> None:
    ags = _agreements(NO_ROUNDUP[0][1])
    assert len(ags["가온시·누리대학교"].areas) == 3


def test_a_story_s_paragraphs_after_one_subheading_are_still_its_own() -> None:
    ags = _agreements(NO_ROUNDUP[2][1])
    assert {a.label for a in ags["가온시·누리대학교"].areas} == {"청년 창업 지원", "현장실습 확대"}


def test_a_record_of_very_many_items_is_read_as_a_bounded_number() -> None:
    text = "\n".join(f"◆가온{n}시, 누리대와 협약\n가온{n}시는 3일 누리대학교와 업무협약을 체결했다고 밝혔다."
                     for n in range(2000))
    items = roundup_items(text)
    assert len(items) == MAX_ITEMS and "가온1999시는" in items[-1].text
