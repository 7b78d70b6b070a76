# ruff: noqa: E501 - tables of Korean sentences read better unwrapped
"""An ordinary article reporting two signings: a second one told as an aside of the same
occasion (rule same-occasion), and each partner's share told in one sentence (rule
per-partner-shares). Articles written for the tests."""
from __future__ import annotations

import datetime as dt

import pytest

from mougraph.extract import extract
from mougraph.extract.cues import same_occasion
from mougraph.model import Article

PUBLISHED = dt.date(2026, 3, 16)
HEADLINE = "가온시, 누리대·솔빛병원과 잇따라 협약\n"
FIRST = ("가온시는 15일 시청에서 누리대학교와 청년 창업 지원 협약을 체결했다. "
         "양 기관은 창업 공간 제공과 창업 교육에 협력한다.\n")
HEALTH = "두 기관은 무료 건강검진과 방문 진료에 힘을 모은다."

Agreements = list[tuple[str, list[str]]]


def _agreements(body: str) -> Agreements:
    """Each agreement as its parties joined by '·' and its areas, sorted by parties."""
    found = extract(Article("t", HEADLINE + body, published=PUBLISHED))
    return sorted(("·".join(sorted(o.name for o in a.parties)), [x.label for x in a.areas])
                  for a in found.agreements)


TWO = [("가온시·누리대학교", ["창업 공간 제공", "창업 교육"]),
       ("가온시·솔빛병원", ["무료 건강검진", "방문 진료"])]
ONE = [("가온시·누리대학교", ["창업 공간 제공", "창업 교육"])]

SAME_OCCASION = [
    # "한편 … 같은 날 오후": the same day, a party of the article signing again
    (FIRST + "한편 가온시는 같은 날 오후 솔빛병원과 취약계층 의료 지원 협약을 맺었다. " + HEALTH, TWO),
    # "이 자리에서": the same ceremony
    (FIRST + "한편 가온시는 이 자리에서 솔빛병원과도 취약계층 의료 지원 협약을 체결했다. " + HEALTH, TWO),
    # "이날": the subject written short
    (FIRST + "한편 시는 이날 솔빛병원과 취약계층 의료 지원 협약을 맺었다. " + HEALTH, TWO),
    # "이어": no aside to begin with (as before)
    (FIRST + "이어 시는 솔빛병원과 취약계층 의료 지원 협약을 맺었다. " + HEALTH, TWO),
]

NOT_SAME_OCCASION = [
    # an earlier agreement told as background: no party, no agreement
    FIRST + "한편 가온시는 지난해 솔빛병원과 취약계층 의료 지원 협약을 맺은 바 있다.",
    FIRST + "한편 가온시는 지난달 솔빛병원과 취약계층 의료 지원 협약을 체결했다.",
    # a year before a likeness ("비슷한", "같은") dates that earlier signing, not a noun
    FIRST + "시는 2024년 솔빛병원과도 비슷한 협약을 맺었다.",
    FIRST + "가온시는 2023년 솔빛병원과 같은 내용의 협약을 체결했다.",
    # the same day, an earlier time named too: the follow-up of an earlier agreement
    FIRST + "한편 가온시는 같은 날 솔빛병원과 지난달 맺은 의료 지원 협약의 후속 협약을 체결했다.",
    # the same day, but a body that is no party of the article: another news item
    FIRST + "한편 이날 한빛군은 솔빛병원과 취약계층 의료 지원 협약을 맺었다.",
]


@pytest.mark.parametrize("body, agreements", SAME_OCCASION)
def test_a_signing_of_the_same_occasion_told_as_an_aside_is_a_signing(
        body: str, agreements: Agreements) -> None:
    assert _agreements(body) == agreements


@pytest.mark.parametrize("body", NOT_SAME_OCCASION)
def test_an_aside_about_an_earlier_or_unrelated_signing_stays_background(body: str) -> None:
    assert _agreements(body) == ONE


@pytest.mark.parametrize("text, told", [
    ("한편 가온시는 같은 날 오후 솔빛병원과 협약을 맺었다.", True),
    ("가온시는 한편 이 자리에서 솔빛병원과도 협약을 체결했다.", True),
    ("한편 시는 오후에는 솔빛병원과 협약을 맺었다.", True),
    ("한편 가온시는 지난해 솔빛병원과 협약을 맺은 바 있다.", False),
    ("한편 시는 그동안 솔빛병원과 협력해 왔다.", False),
    ("한편 같은 날 앞서 시는 솔빛병원과 협약을 맺었다.", False),
    ("이날 가온시는 솔빛병원과 협약을 맺었다.", False),   # no aside at all
])
def test_same_occasion_cue(text: str, told: bool) -> None:
    assert same_occasion(text) is told


PER_PARTNER = [
    # "A와는 X에, B와는 Y에 협력": each partner's agreement takes its own share
    ("가온시는 15일 시청에서 누리대학교, 솔빛병원과 각각 업무협약을 체결했다. "
     "시는 누리대학교와는 창업 공간 제공과 창업 교육에, 솔빛병원과는 무료 건강검진과 방문 진료에 협력하기로 했다.", TWO),
    # the shares as objects ("A와는 X를, B와는 Y를 추진한다")
    ("가온시는 15일 누리대학교, 솔빛병원과 각각 업무협약을 체결했다. "
     "시는 누리대학교와는 창업 공간 제공과 창업 교육을, 솔빛병원과는 무료 건강검진과 방문 진료를 추진한다.", TWO),
]


@pytest.mark.parametrize("body, agreements", PER_PARTNER)
def test_each_partners_share_goes_to_its_agreement(body: str, agreements: Agreements) -> None:
    assert _agreements(body) == agreements


def test_a_share_cites_the_whole_sentence_as_written() -> None:
    body = PER_PARTNER[0][0]
    found = extract(Article("t", HEADLINE + body, published=PUBLISHED))
    text = HEADLINE + body
    for agreement in found.agreements:
        for area in agreement.areas:
            assert area.evidence is not None
            assert text[area.evidence.start:area.evidence.end] == area.evidence.text
            assert area.evidence.text.startswith("시는 누리대학교와는")


def test_one_agreement_with_its_partner_once_as_a_topic_is_not_split() -> None:
    # "시는 A와는 X에 협력": one partner topic, one agreement, the topic no part of an item
    body = ("가온시는 15일 누리대학교와 업무협약을 체결했다. "
            "시는 누리대학교와는 창업 공간 제공과 창업 교육에 협력하기로 했다.")
    assert _agreements(body) == ONE


def test_one_agreement_whose_item_says_wa_neun_is_not_split() -> None:
    # "기존 사업과는 다른 X": 와는 inside an item, no partner (the item's wording is read as
    # on main: "다른 창업 공간 제공")
    body = ("가온시는 15일 누리대학교와 업무협약을 체결했다. "
            "양 기관은 기존 사업과는 다른 창업 공간 제공과 창업 교육에 협력하기로 했다.")
    agreements = _agreements(body)
    assert [parties for parties, _ in agreements] == ["가온시·누리대학교"]
    assert len(agreements[0][1]) == 2 and agreements[0][1][1] == "창업 교육"


@pytest.mark.parametrize("body", [
    # a share told for a body that is no party of the article: no per-partner reading
    "가온시는 15일 누리대학교, 솔빛병원과 각각 업무협약을 체결했다. "
    "시는 누리대학교와는 창업 공간 제공에, 한빛재단과는 창업 교육에 협력하기로 했다.",
])
def test_shares_for_a_body_that_is_no_party_are_not_split(body: str) -> None:
    found = dict(_agreements(body))
    assert found["가온시·솔빛병원"] == []


def _all_areas(text: str) -> list[str]:
    found = extract(Article("t", text, published=PUBLISHED))
    return sorted({x.label for a in found.agreements for x in a.areas})


GAPPED = [
    # rule per-partner-gapped: one body with several partners, each share gapped with a bare
    # 와 and closed by 각각 (one agreement or one per partner: the shares are all read)
    ("누리대학교는 15일 가온정밀, 솔빛로보틱스와 차례로 산학협력 협약을 맺었다.\n"
     "대학은 가온정밀과 감속기 공동 연구를, 솔빛로보틱스와 현장실습 운영을 각각 약속했다.",
     ["감속기 공동 연구", "현장실습 운영"]),
    # per-partner-shares with 와는, in one agreement
    ("누리대학교는 15일 가온정밀, 솔빛로보틱스와 산학협력 협약을 맺었다.\n"
     "가온정밀과는 감속기 공동 연구에, 솔빛로보틱스와는 현장실습 운영에 합의했다.",
     ["감속기 공동 연구", "현장실습 운영"]),
    # NOT: words joined by 와 that name no party cut no share: the sentence reads as before
    ("누리대학교는 15일 가온정밀, 솔빛로보틱스와 산학협력 협약을 맺었다.\n"
     "세 기관은 연구와 교육을, 실습과 채용을 함께 추진한다.",
     ["실습과 채용", "연구와 교육을"]),
]


@pytest.mark.parametrize("text, areas", GAPPED)
def test_each_partners_gapped_share_is_read(text: str, areas: list[str]) -> None:
    assert _all_areas(text) == areas


IN_TURN = [
    # rule counted-in-turn: a lead counting its partners, then each signing told in turn with
    # the duties after it: each one's areas
    ("솔빛군이 지난주 지역 기관 두 곳과 차례로 업무협약을 맺었다.\n"
     "군은 지난 10일 군청에서 누리대학교와 청년 정착 협약을 체결했다. 대학은 귀촌 동아리를 운영하고, 군은 주거비를 지원한다.\n"
     "이어 12일에는 다온식품과 로컬푸드 협약을 맺었다. 다온식품은 지역 농산물을 우선 구매한다.",
     ["귀촌 동아리를 운영", "주거비를 지원", "지역 농산물을 우선 구매"]),
    # the relay's last signing told with its area in the same past clause ('…협약을 맺고 X에
    # 힘을 모으기로 했다')
    ("솔빛군이 지난주 지역 기관 두 곳과 차례로 업무협약을 맺었다.\n"
     "군은 지난 10일 군청에서 누리대학교와 청년 정착 협약을 체결했다. 대학은 귀촌 동아리를 운영한다.\n"
     "이어 12일에는 다온체육회와 생활체육 협약을 맺고 마을 걷기대회 확대에 힘을 모으기로 했다.",
     ["귀촌 동아리를 운영", "마을 걷기대회 확대"]),
    # NOT: the last one only planned ('…협약을 맺고 … 할 예정이다'): no signing told, no area
    ("솔빛군이 지난주 지역 기관 두 곳과 차례로 업무협약을 맺었다.\n"
     "군은 지난 10일 군청에서 누리대학교와 청년 정착 협약을 체결했다. 대학은 귀촌 동아리를 운영한다.\n"
     "다음 달에는 다온체육회와 생활체육 협약을 맺고 마을 걷기대회 확대에 나설 예정이다.",
     ["귀촌 동아리를 운영"]),
    # NOT: a lead naming its partners itself reads after itself only, never a later signing's
    ("솔빛군은 지난 10일 군청에서 누리대학교와 청년 정착 협약을 체결했다. 대학은 귀촌 동아리를 운영한다.\n"
     "한편 군은 지난해 다온식품과 로컬푸드 협약을 맺었다. 다온식품은 지역 농산물을 우선 구매한다.",
     ["귀촌 동아리를 운영"]),
]


@pytest.mark.parametrize("text, areas", IN_TURN)
def test_signings_counted_then_told_in_turn_each_give_their_areas(text: str, areas: list[str]) -> None:
    assert _all_areas(text) == areas
