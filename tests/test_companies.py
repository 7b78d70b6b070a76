"""Companies a reader of Korean news already knows: 우아한형제들, 현대차, KT, 교보생명.

A local government signs with a delivery platform whose name has no company ending, and Kiwi
reads that name as an adjective and a noun; a report calls 현대자동차 현대차 two lines later.
The gazetteer's companies file (``lexicons/gazetteer/companies.tsv``) makes both one known
company in the party slot; a company named anywhere else (a sponsor, an app, a product) is
still no party. The sentences are invented; the company names are public knowledge.
"""
from __future__ import annotations

import pytest

from mougraph.extract import extract
from mougraph.gazetteer import find_all, lookup
from mougraph.lexicons import countries
from mougraph.model import Article, OrgKind


def parties(text: str) -> dict[str, tuple[str, ...]]:
    """Each party's name -> its other labels, over every agreement the text reports."""
    found: dict[str, tuple[str, ...]] = {}
    for agreement in extract(Article(id="t", text=text)).agreements:
        for org in agreement.parties:
            found[org.name] = org.aliases
    return found


# -- the data -------------------------------------------------------------------------------

@pytest.mark.parametrize(("form", "canonical"), [
    ("현대차", "현대자동차"),
    ("SKT", "SK텔레콤"),
    ("LGU+", "LG유플러스"),
    ("한투증권", "한국투자증권"),
    ("국민카드", "KB국민카드"),
    ("대우조선해양", "한화오션"),           # a former name
    ("Coupang", "쿠팡"),
])
def test_a_short_latin_or_former_form_names_the_company(form: str, canonical: str) -> None:
    entry = lookup(form)
    assert entry is not None and entry.canonical == canonical
    assert entry.org_kind is OrgKind.COMPANY


@pytest.mark.parametrize("form", ["토스", "배민", "당근", "만도"])
def test_a_form_that_is_also_a_common_word_is_lookup_only(form: str) -> None:
    assert lookup(form) is not None              # a known form of the company ...
    assert find_all(f"{form} 이야기를 나눴다") == []  # ... never recognised in running text


@pytest.mark.parametrize("form", ["삼성", "현대", "롯데", "대상", "한독"])
def test_a_group_name_or_an_ordinary_word_is_no_company_form(form: str) -> None:
    assert lookup(form) is None


def test_holding_and_operating_company_stay_two_bodies() -> None:
    """포스코홀딩스 and 포스코 are linked only when a text equates them."""
    assert lookup("포스코").canonical == "포스코"
    assert lookup("포스코홀딩스").canonical == "포스코홀딩스"


@pytest.mark.parametrize("name", ["가나", "튀르키예", "남수단", "몰디브", "코트디부아르"])
def test_the_country_list_is_full(name: str) -> None:
    assert name in countries()


def test_the_common_word_sudan_is_not_a_country_word() -> None:
    assert "수단" not in countries()        # 교통 수단: the word for 'means'


# -- in a party slot ------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "party", "kind"), [
    # Kiwi reads 우아한형제들 as 우아하 + ㄴ + 형제 + 들: the gazetteer knows the name
    ("누리군은 19일 군청에서 우아한형제들과 소상공인 지원 업무협약을 체결했다.",
     "우아한형제들", OrgKind.COMPANY),
    ("가람시는 22일 현대차와 수소 모빌리티 협약을 체결했다.", "현대차", OrgKind.COMPANY),
    ("가람시는 20일 SK텔레콤, 야놀자와 관광 활성화를 위한 업무협약을 맺었다.",
     "야놀자", OrgKind.COMPANY),
    ("가람시는 24일 교보생명, 신한카드와 협약을 체결했다.", "신한카드", OrgKind.COMPANY),
    # Kiwi alone reads "메디톡스와", "현대오토에버와" as one common noun, particle and all;
    # the companies are in its user dictionary as proper nouns
    ("가람시는 19일 메디톡스와 바이오 인재 양성 협약을 체결했다.", "메디톡스", OrgKind.COMPANY),
    ("누리대학교는 19일 현대오토에버와 산학협력 협약을 맺었다.", "현대오토에버", OrgKind.COMPANY),
    # a Latin name the gazetteer knows is a Korean company, not a foreign body
    ("가람군은 23일 KT와 협약을 체결했다.", "KT", OrgKind.COMPANY),
])
def test_a_known_company_in_a_party_slot_is_a_party(text: str, party: str,
                                                    kind: OrgKind) -> None:
    found = {org.name: org for ag in extract(Article(id="t", text=text)).agreements
             for org in ag.parties}
    assert party in found
    assert found[party].kind is kind


@pytest.mark.parametrize(("text", "expected"), [
    ("가람시는 19일 삼성전자, LG전자, SK하이닉스 등 3개 기업과 반도체 인재 협약을 체결했다.",
     {"가람시", "삼성전자", "LG전자", "SK하이닉스"}),
    ("가람시는 19일 네이버·카카오·쿠팡과 협약을 체결했다.", {"가람시", "네이버", "카카오", "쿠팡"}),
    ("가람시와 우아한형제들, 요기요, 쿠팡이츠는 19일 공공배달 협약을 체결했다.",
     {"가람시", "우아한형제들", "요기요", "쿠팡이츠"}),
])
def test_known_companies_listed_together_are_each_a_party(text: str, expected: set[str]) -> None:
    assert set(parties(text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("누리군은 19일 가나 아크라시와 우호교류 협약을 체결했다.", {"누리군", "아크라시"}),  # Ghana
    ("가나군은 19일 누리대학교와 협약을 체결했다.", {"가나군", "누리대학교"}),  # an invented county
])
def test_ghana_before_a_city_and_a_county_named_gana(text: str, expected: set[str]) -> None:
    assert set(parties(text)) == expected


def test_a_short_form_later_in_the_article_is_the_same_company() -> None:
    found = parties("가람시는 22일 현대자동차와 수소 모빌리티 협약을 체결했다. "
                    "현대차는 수소차 10대를 제공한다.")
    assert "현대차" in found["현대자동차"]
    assert "현대차" not in found


def test_a_latin_short_form_later_in_the_article_is_the_same_company() -> None:
    found = parties("가람시는 19일 SK텔레콤과 협약을 체결했다. SKT는 5G 장비를 지원한다.")
    assert set(found) == {"가람시", "SK텔레콤"}
    assert "SKT" in found["SK텔레콤"]


def test_a_holding_company_the_text_equates_with_its_operating_company() -> None:
    found = parties("가람시는 19일 포스코홀딩스(이하 포스코)와 협약을 체결했다. "
                    "포스코는 부지를 제공한다.")
    assert set(found) == {"가람시", "포스코홀딩스"}
    assert "포스코" in found["포스코홀딩스"]


def test_a_party_named_by_its_short_form_carries_the_canonical_name() -> None:
    found = parties("가람시는 22일 현대차와 수소 모빌리티 협약을 체결했다.")
    assert "현대자동차" in found["현대차"]


def test_a_holding_company_is_not_linked_to_its_operating_company_unasked() -> None:
    found = parties("가람시는 28일 포스코홀딩스와 협약을 체결했다. 포스코는 부지를 제공한다.")
    assert set(found) == {"가람시", "포스코홀딩스"}
    assert "포스코" not in found["포스코홀딩스"]


def test_the_representative_of_a_known_company_with_no_ending() -> None:
    text = ("가람시는 19일 우아한형제들과 협약을 체결했다. 협약식에는 김민수 가람시장과 "
            "이수진 우아한형제들 대표가 참석했다.")
    agreement, = extract(Article(id="t", text=text)).agreements
    assert ("이수진", "우아한형제들") in {(p.name, p.organisation) for p in
                                    agreement.representatives}


def test_lgu_plus_later_in_the_article_is_lg_uplus() -> None:
    """Kiwi alone reads "LGU+는" as a verb; in its user dictionary LGU+ is a proper noun."""
    found = parties("한빛대학교는 21일 LG유플러스와 산학협력 협약을 체결했다. "
                    "LGU+는 장비를 지원한다.")
    assert "LGU+" in found["LG유플러스"]


# -- refusals: a company named outside the party slot ---------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    # an app, a service, a product: no party
    ("가람시는 25일 카카오톡 채널로 알리는 방안을 두고 누리대학교와 협약을 체결했다.",
     {"가람시", "누리대학교"}),
    ("가람시는 26일 네이버 지도에 관광지를 싣기로 하고 누리문화재단과 협약을 체결했다.",
     {"가람시", "누리문화재단"}),
    ("누리대학교는 27일 삼성 갤럭시 태블릿을 지원받아 가람군과 협약을 체결했다.",
     {"누리대학교", "가람군"}),
    # an ordinary word that is also a company's name (기아 = hunger), an app named for its maker
    ("가람시는 19일 누리재단과 기아 해소를 위한 협약을 체결했다.", {"가람시", "누리재단"}),
    ("가람시는 19일 배달의민족 앱으로 주문하는 소상공인을 돕기 위해 누리상회와 협약을 체결했다.",
     {"가람시", "누리상회"}),
    # a sponsor
    ("가람시는 29일 누리상사와 협약을 체결했다. 이날 협약식은 CJ제일제당 후원으로 열렸다.",
     {"가람시", "누리상사"}),
])
def test_a_company_named_outside_the_party_slot_is_no_party(text: str,
                                                          expected: set[str]) -> None:
    assert set(parties(text)) == expected
