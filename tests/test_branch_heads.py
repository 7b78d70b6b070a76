# ruff: noqa: E501 - tables of Korean sentences read better unwrapped
"""Heads written with their branch's place fused to the title, and foreign family names
written alone between a body and a title (sentences written for the tests)."""
from __future__ import annotations

import pytest

from mougraph.extract import extract
from mougraph.extract.clause import clause
from mougraph.extract.people import find_people
from mougraph.model import Article
from mougraph.text import prepare


def people_in(text: str) -> list[tuple[str, str, str | None]]:
    return [(p.name, p.title, p.org) for s in prepare(text).sentences
            for p in find_people(clause(s))]


@pytest.mark.parametrize("text, person", [
    # rule place-branch: the place fused with a branch head's title names the branch
    ("협약식에는 홍길동 가온농협 가람군지부장이 참석했다.", ("홍길동", "지부장", "가온농협 가람군지부")),
    ("협약식에는 홍길동 가람군지부장이 참석했다.", ("홍길동", "지부장", "가람군지부")),
    # … also when the body is glued to the place
    ("협약식에는 홍길동 신협가람군지부장이 참석했다.", ("홍길동", "지부장", "신협 가람군지부")),
    # rule surname-after-body: a foreign family name alone between the body and the title
    ("협약식에는 가람대 스미스 부총장이 참석했다.", ("스미스", "부총장", "가람대")),
    ("이날 누리병원 다나카 원장이 서명했다.", ("다나카", "원장", "누리병원")),
])
def test_the_person_and_the_body_they_head(text: str, person: tuple[str, str, str]) -> None:
    assert person in people_in(text)


@pytest.mark.parametrize("text, person", [
    # a company written in two words after the name: its second word is no family name
    ("왼쪽부터 박가온 LG 유플러스 팀장.", ("박가온", "팀장", "LG 유플러스")),
    ("왼쪽부터 박가온 AB 스카이라이프 팀장, 김누리 가람대 총장.", ("박가온", "팀장", None)),
])
def test_a_company_word_after_the_name_is_no_surname(text: str, person: tuple[str, str, str | None]) -> None:
    assert person in people_in(text)


def test_a_governor_is_no_branch_head() -> None:
    assert people_in("협약식에는 김철수 가람도지사가 참석했다.") == [("김철수", "도지사", "가람도")]


def test_the_branch_head_represents_the_branch_that_signs() -> None:
    text = ("가온농협 가람군지부는 지난 3일 다솜복지관과 나눔 업무협약을 체결했다. "
            "협약식에는 홍길동 가람군지부장과 이영희 다솜복지관장이 참석했다.")
    (agreement,) = extract(Article("t", text)).agreements
    assert sorted((p.name, p.organisation) for p in agreement.representatives) == [
        ("이영희", "다솜복지관"), ("홍길동", "가온농협 가람군지부")]
