# ruff: noqa: E501 - tables of Korean sentences read better unwrapped
"""Kinds of bodies that sign in a party slot: residents' bodies, performing companies, a
university's alumni and students, military units, a branch office after its parent, clinics
(sentences written for the tests)."""
from __future__ import annotations

import pytest

from mougraph.extract import extract
from mougraph.model import Article, OrgKind


def parties(text: str) -> list[tuple[str, OrgKind | None]]:
    (agreement,) = extract(Article("t", text)).agreements
    return [(o.name, o.kind) for o in agreement.parties]


@pytest.mark.parametrize("text, party", [
    # residents' bodies after the block they serve
    ("누리구는 13일 솔빛아파트 입주자대표회의와 공동체 활성화 업무협약을 체결했다.", ("솔빛아파트 입주자대표회의", OrgKind.NONPROFIT)),
    # orchestras, dance and theatre companies
    ("가람구는 13일 가온필하모닉오케스트라와 문화 나눔 협약을 체결했다.", ("가온필하모닉오케스트라", OrgKind.NONPROFIT)),
    ("가람대학교는 13일 누리시립교향악단과 공연 교류 협약을 체결했다.", ("누리시립교향악단", OrgKind.NONPROFIT)),
    ("가람시는 13일 누리무용단과 지역 공연 협약을 체결했다.", ("누리무용단", OrgKind.NONPROFIT)),
    ("가람시는 13일 누리극단과 청소년 연극 교육 협약을 체결했다.", ("누리극단", OrgKind.NONPROFIT)),
    # a university's alumni or students sign as themselves, named in full (not the university)
    ("가람시는 13일 누리대학교 총동문회와 장학 협약을 체결했다.", ("누리대학교 총동문회", OrgKind.ASSOCIATION)),
    ("가람시는 13일 누리대학교 총학생회와 봉사 협약을 체결했다.", ("누리대학교 총학생회", OrgKind.ASSOCIATION)),
    ("가람고등학교 학부모회는 13일 누리시와 통학로 안전 협약을 체결했다.", ("가람고등학교 학부모회", OrgKind.ASSOCIATION)),
    # rule military-unit: a unit named by its number, with its service when written
    ("가람시는 13일 해병대 제1사단과 민군 협력 협약을 체결했다.", ("해병대 제1사단", OrgKind.CENTRAL_GOVERNMENT)),
    ("가람군은 13일 제52여단과 재난 대응 협약을 체결했다.", ("제52여단", OrgKind.CENTRAL_GOVERNMENT)),
    # a branch office written after its parent is one party, named in full
    ("가람시는 13일 가온지방검찰청 누리지청과 범죄피해자 지원 협약을 체결했다.", ("가온지방검찰청 누리지청", OrgKind.CENTRAL_GOVERNMENT)),
    # rule branch-kind: a branch office after its parent has the parent's kind
    ("가람시는 13일 한국가온공사 누리지사와 농촌 상생 협약을 체결했다.", ("한국가온공사 누리지사", OrgKind.PUBLIC_AGENCY)),
    ("가람시는 13일 가온은행 누리지점과 소상공인 금융 협약을 체결했다.", ("가온은행 누리지점", OrgKind.COMPANY)),
    # rule foreign-district: a district written right after a foreign city and its country
    ("누리시는 13일 중국 쑤저우시 우중구와 우호교류 협약을 체결했다.", ("쑤저우시 우중구", OrgKind.LOCAL_GOVERNMENT)),
    # clinics
    ("누리구는 13일 장기동 소재 솔빛치과의원과 구강 건강 협약을 체결했다.", ("솔빛치과의원", OrgKind.HOSPITAL)),
])
def test_a_body_of_its_kind_signs(text: str, party: tuple[str, OrgKind]) -> None:
    assert party in parties(text)


def test_the_alumni_body_and_not_the_university_has_the_chair() -> None:
    text = ("가람시는 13일 누리대학교 총동문회와 장학 협약을 체결했다. "
            "협약식에는 홍길동 누리대학교 총동문회장이 참석했다.")
    (agreement,) = extract(Article("t", text)).agreements
    assert "누리대학교" not in [o.name for o in agreement.parties]
    assert ("홍길동", "누리대학교 총동문회") in [
        (p.name, p.organisation) for p in agreement.representatives]


@pytest.mark.parametrize("guest", ["홍길동 누리대 총동문회장", "누리대학교 총학생회장 홍길동"])
def test_the_chair_of_a_signing_universitys_alumni_is_a_guest(guest: str) -> None:
    # rule peoples-body: the alumni's or students' head speaks for that body, not the school
    text = (f"가람건설은 13일 누리대학교와 산학협력 협약을 체결했다. 이날 행사에는 {guest}도 참석했다.")
    (agreement,) = extract(Article("t", text)).agreements
    assert "홍길동" not in [p.name for p in agreement.representatives]


def test_the_parent_office_is_not_a_second_party() -> None:
    names = [n for n, _ in parties("가람시는 13일 가온지방검찰청 누리지청과 범죄피해자 지원 협약을 체결했다.")]
    assert names == ["가람시", "가온지방검찰청 누리지청"]


@pytest.mark.parametrize("text", [
    # a kind word alone, or a unit that no number or proper name picks out, names no party
    "가람시는 13일 군부대와 민군 협력 협약을 체결했다.",
    "가람시는 13일 지역 부대와 민군 협력 협약을 체결했다.",
    "가람시는 13일 심사단과 평가 협약을 체결했다.",
    "누리대학교는 13일 총동문회와 장학 협약을 체결했다.",
])
def test_a_kind_word_alone_is_no_party(text: str) -> None:
    assert len(parties(text)) == 1


@pytest.mark.parametrize("shop, signs", [
    # rules kind-first and shop-named-by-a-word: a café, a bookshop or a workshop written before
    # its name, a common word or not ("카페 온기" is warmth)
    ("카페 온기", True), ("책방 솔빛", True), ("공방 다온", True),
    # NOT: its people or a word of doing after the kind
    ("카페 운영자", False), ("카페 주인", False), ("카페 직원", False), ("카페 운영", False),
])
def test_a_shop_written_before_its_name_signs(shop: str, signs: bool) -> None:
    particle = "이" if (ord(shop[-1]) - 0xAC00) % 28 else "가"    # after a final consonant: 이
    text = f"가온교회와 누리지역아동센터, {shop}{particle} 11일 교회에서 나눔 협약을 맺었다."
    assert (shop in [name for name, _ in parties(text)]) is signs

