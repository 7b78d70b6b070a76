# ruff: noqa: E501 - tables of Korean sentences read better unwrapped
"""Rule chained-signings: one sentence telling two signings, one after the other, reports two
agreements, each dated by its own part of the sentence (sentences written for the tests)."""
from __future__ import annotations

import datetime as dt

import pytest

from mougraph.extract import extract
from mougraph.model import Article

PUBLISHED = dt.date(2026, 3, 21)

CHAINED = [
    # "A와 … 체결한 데 이어 B와도 …": the second signing is the sentence's own
    ("가람시는 지난 17일 누리대학교와 인재 양성 업무협약을 체결한 데 이어 19일 다솜병원과도 의료 협력 협약을 체결했다고 20일 밝혔다.",
     [("가람시·누리대학교", dt.date(2026, 3, 17)), ("가람시·다솜병원", dt.date(2026, 3, 19))]),
    # "맺고": the first signing closed by a connective
    ("가온군은 18일 한빛농협과 먹거리 협약을 맺고 19일 솔빛로컬푸드와 유통 협약을 체결했다.",
     [("가온군·솔빛로컬푸드", dt.date(2026, 3, 19)), ("가온군·한빛농협", dt.date(2026, 3, 18))]),
]


def _parties_and_days(text: str) -> list[tuple[str, dt.date | None]]:
    """Each agreement of ``text`` as its parties joined by '·' and its day, sorted."""
    found = extract(Article("t", text, published=PUBLISHED))
    return sorted(("·".join(sorted(o.name for o in a.parties)), a.signed_on)
                  for a in found.agreements)


@pytest.mark.parametrize("text, agreements", CHAINED)
def test_two_signings_told_in_one_sentence_are_two_agreements(
        text: str, agreements: list[tuple[str, dt.date]]) -> None:
    assert _parties_and_days(text) == agreements


@pytest.mark.parametrize("text", [
    # one signing with two partners, followed by what they will do
    "가람시는 19일 누리대학교, 다솜병원과 의료 협력 협약을 체결하고 공동 연구에 나섰다.",
    # one signing, the partners joined by 와
    "가람시는 19일 누리대학교와 다솜병원이 참여한 가운데 3자 협약을 체결했다.",
])
def test_one_signing_with_two_partners_stays_one_agreement(text: str) -> None:
    found = extract(Article("t", text, published=PUBLISHED))
    assert len(found.agreements) == 1
    assert found.agreements[0].signed_on == dt.date(2026, 3, 19)


EACH_ITS_DAY = [
    # "A는 20일 B와, 21일 C와 각각 …": the day before each partner is that partner's
    ("가온시는 20일 누리대학교와, 21일 다솜병원과 각각 협약을 체결했다.",
     [("가온시·누리대학교", dt.date(2026, 3, 20)), ("가온시·다솜병원", dt.date(2026, 3, 21))]),
    # the day after each partner, and a third partner, and the day of the report after
    ("가람군은 한빛농협과 지난 18일, 솔빛병원과 19일, 누리재단과 20일 각각 업무협약을 맺었다고 21일 밝혔다.",
     [("가람군·누리재단", dt.date(2026, 3, 20)), ("가람군·솔빛병원", dt.date(2026, 3, 19)),
      ("가람군·한빛농협", dt.date(2026, 3, 18))]),
    # one day for all: every partner's agreement keeps it
    ("가온시는 19일 누리대학교, 다솜병원과 각각 협약을 체결했다.",
     [("가온시·누리대학교", dt.date(2026, 3, 19)), ("가온시·다솜병원", dt.date(2026, 3, 19))]),
]


@pytest.mark.parametrize("text, agreements", EACH_ITS_DAY)
def test_each_partner_signing_on_its_own_day_gets_that_day(
        text: str, agreements: list[tuple[str, dt.date]]) -> None:
    assert _parties_and_days(text) == agreements
