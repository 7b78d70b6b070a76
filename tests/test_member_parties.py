# ruff: noqa: E501 - tables of Korean sentences read better unwrapped
"""Who signs when a body's members do, and whose head a fused title names: rules
members-counted (signing.items, signing.find, the scorer's veto), topic-own-clause
(agreements.subjects) and fused-other-government (agreements.representatives). Articles
written for the tests."""
from __future__ import annotations

import datetime as dt

import pytest

from mougraph.extract import extract
from mougraph.model import Article

PUBLISHED = dt.date(2026, 3, 20)


def _parties(text: str) -> list[str]:
    found = extract(Article("t", text, published=PUBLISHED))
    return sorted({o.name for a in found.agreements for o in a.parties})


def _heads(text: str) -> set[tuple[str, str]]:
    found = extract(Article("t", text, published=PUBLISHED))
    return {(r.name, r.organisation or "") for a in found.agreements for r in a.representatives}


MEMBERS = [
    # members-counted: the headline counts a council's members, the body names them signing
    # and the council only arranged it: the members and the partner, no council
    ("한빛숙박협의회 회원사 3곳, 다온철도와 여행상품 협약\n다온철도는 19일 한빛숙박협의회 회의실에서 가람호텔, 누리펜션, 솔빛리조트와 여행상품 개발 협약을 맺었다. 협의회는 이번 협약을 주선했으며, 회원사 3곳이 각각 협약서에 서명했다.",
     ["가람호텔", "누리펜션", "다온철도", "솔빛리조트"]),
    # NOT: the council signs for its members: the council is the party
    ("다온철도는 19일 한빛숙박협의회와 여행상품 개발 협약을 맺었다. 협의회는 회원사 12곳을 대표해 협약서에 서명했다.",
     ["다온철도", "한빛숙박협의회"]),
    # topic-own-clause NOT: the topic's own clause is the signing ("…체결했으며, …"): it signs
    ("군은 19일 군청에서 누리농협과 농산물 유통 협약을 체결했으며, 협약식에는 30여 명이 참석했다. 홍길동 가온군수는 \"농가 소득을 늘리겠다\"고 말했다.",
     ["가온군", "누리농협"]),
]


@pytest.mark.parametrize("text, names", MEMBERS)
def test_members_sign_or_their_body_does(text: str, names: list[str]) -> None:
    assert _parties(text) == names


def test_a_fused_title_of_another_government_heads_that_one() -> None:
    # fused-other-government: the foreign mayor heads 하루미시 (no party of the councils'
    # agreement), never 솔빛시
    text = ("솔빛시는 19일 시청에서 일본 하루미시와 자매결연 협약을 체결했다. 같은 자리에서 솔빛시의회와 하루미시의회도 우호교류 협약을 맺었다. "
            "협약서에는 도하람 솔빛시장과 다카다 유이치 하루미시장, 한가람 솔빛시의회 의장이 서명했다.")
    heads = _heads(text)
    assert ("다카다 유이치", "솔빛시") not in heads
    assert ("도하람", "솔빛시") in heads


def test_a_fused_title_of_the_party_itself_still_heads_it() -> None:
    # NOT: "도하람 솔빛시장" heads 솔빛시
    assert ("도하람", "솔빛시") in _heads(
        "솔빛시는 19일 시청에서 누리대학교와 청년 정착 협약을 체결했다. 도하람 솔빛시장은 \"청년이 머무는 도시를 만들겠다\"고 말했다.")


def _areas(text: str) -> list[str]:
    found = extract(Article("t", text, published=PUBLISHED))
    return sorted({x.label for a in found.agreements for x in a.areas})


def test_a_kind_word_stands_for_the_one_party_named_in_full_and_short() -> None:
    # rule kind-of-one-party: the headline writes the association short, the lead in full;
    # "협회는" is still that one party, and its duty is read
    text = ("솔빛전력-해누리어민협회, 상생 협약\n솔빛전력과 가온해누리어민협회가 19일 도청에서 상생 협약을 맺었다. "
            "협약에 따라 솔빛전력은 어업 피해 보상 기준을 마련한다. 협회는 공동 해양 조사에 협조한다.")
    assert "공동 해양 조사" in _areas(text)


def test_a_kind_word_ending_two_parties_stands_for_neither() -> None:
    # NOT: two associations sign; "협회는" names neither, its sentence is no duty of one
    text = ("솔빛전력은 19일 도청에서 누리어민협회, 가온선주협회와 상생 협약을 맺었다. "
            "협약에 따라 솔빛전력은 어업 피해 보상 기준을 마련한다. 협회는 다음 달 총회를 연다.")
    assert "다음 달 총회" not in " ".join(_areas(text))


# rule council-of-a-party: the council of a government that signs, written only before its
# members' offices in the signing sentence's list of heads, is a guest; a council the text says
# signs stays a party
COUNCILS = [
    ("다온군과 누리은행이 군 금고 약정을 맺었다.\n군과 은행은 27일 군청 대회의실에서 하가온 군수, 도솔 부군수, 이나래 재무과장과 "
     "채누리 누리은행장, 표하늘 누리은행 다온지점장, 서마루 다온군의회 의장 등이 참석한 가운데 약정 체결식을 가졌다.",
     ["누리은행", "다온군"]),
    ("다온군의회와 누리군의회가 27일 다온군의회 본회의장에서 우호교류 협약을 맺었다. 서마루 다온군의회 의장과 "
     "한솔 누리군의회 의장이 협약서에 서명했다.",
     ["누리군의회", "다온군의회"]),
    ("다온군과 다온군의회는 27일 누리대학교와 청년 정책 협약을 맺었다. 하가온 군수와 서마루 다온군의회 의장, "
     "채누리 누리대학교 총장이 협약서에 서명했다.",
     ["누리대학교", "다온군", "다온군의회"]),
    # a 협의회 is an association of members, no legislature: the last head of a caption's run
    # speaks for a party
    ("가온나눔재단은 지난 9일 복지기관들과 나눔 협약을 맺었다.\n▲(왼쪽부터)하솔 가온나눔재단 이사장, "
     "도윤 다솜복지관 관장, 마루 누리구노인복지협의회 회장이 9일 협약서를 들고 있다.",
     ["가온나눔재단", "누리구노인복지협의회", "다솜복지관"]),
    # NOT: a district council's chair in the same run is a guest
    ("가온나눔재단은 지난 9일 복지기관들과 나눔 협약을 맺었다.\n▲(왼쪽부터)하솔 가온나눔재단 이사장, "
     "도윤 다솜복지관 관장, 마루 누리구의회 의장이 9일 협약서를 들고 있다.",
     ["가온나눔재단", "다솜복지관"]),
]


@pytest.mark.parametrize(("text", "parties"), COUNCILS)
def test_a_council_of_a_signing_government_is_a_guest(text: str, parties: list[str]) -> None:
    assert _parties(text) == parties
