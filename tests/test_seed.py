# ruff: noqa: E501 - tables of Korean sentences read better unwrapped
"""The built-in example end to end against its gold answers."""
from __future__ import annotations

import json
from importlib.resources import files
from pathlib import Path

import pytest

from mougraph.extract import extract
from mougraph.extract.orgs import compact
from mougraph.model import Article

GOLD = json.loads((Path(__file__).parent / "gold" / "daejeon-special-video-mou.gold.json")
                  .read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def extraction():
    text = files("mougraph.examples").joinpath("daejeon-special-video-mou.txt").read_text(
        encoding="utf-8")
    return extract(Article("daejeon-special-video-mou", text))


def test_one_agreement(extraction) -> None:
    assert len(extraction.agreements) == 1
    assert extraction.agreements[0].label == \
        "대전광역시 외 11개 기관 융·복합 특수영상 콘텐츠 클러스터 업무협약"


def test_signatories_exactly(extraction) -> None:
    parties = extraction.agreements[0].parties
    got = sorted(compact(p.name) for p in parties)
    assert got == sorted(compact(group[0]) for group in GOLD["signatories"])
    daejeon = next(p for p in parties if p.name == "대전광역시")
    assert "대전시" in daejeon.aliases


def test_representatives_exactly(extraction) -> None:
    got = sorted((p.name, p.title, p.organisation) for p in extraction.agreements[0].representatives)
    want = sorted((r["name"], r["title"], r["org"]) for r in GOLD["representatives"])
    assert got == want


def test_reporter_is_the_author_not_a_representative(extraction) -> None:
    assert extraction.author == "박희송"
    names = {p.name for p in extraction.agreements[0].representatives}
    assert "박희송" not in names


def test_unit_has_its_parent(extraction) -> None:
    unit = next(p for p in extraction.agreements[0].parties if p.name.endswith("문화기술대학원"))
    assert unit.name == "한국과학기술원 문화기술대학원" and unit.parent == "한국과학기술원"


def test_every_fact_points_at_its_sentence(extraction) -> None:
    text = extraction.article.text
    agreement = extraction.agreements[0]
    facts = [agreement, *agreement.parties, *agreement.representatives]
    for fact in facts:
        span = fact.evidence
        assert span is not None and text[span.start : span.end] == span.text


def test_captions_double_nothing(extraction) -> None:
    agreement = extraction.agreements[0]
    assert len({p.name for p in agreement.representatives}) == len(agreement.representatives)
    assert agreement.venue == "시청 대회의실"


# --- the assembly on short articles written for the tests ---------------------------------

def _extract(text: str, published=None):
    return extract(Article("t", text, published=published))


def test_a_plan_is_no_agreement() -> None:
    found = _extract("가나시는 오는 20일 다라재단과 업무협약을 체결할 예정이다.\n"
                     "홍길동 시장은 \"기대가 크다\"고 말했다.")
    assert found.agreements == () and found.notes


def test_each_partner_its_own_agreement() -> None:
    found = _extract("가나대학교는 5일 본관에서 다라전자, 마바제약, 사아건설과 각각 업무협약을 체결했다.")
    pairs = sorted(tuple(p.name for p in a.parties) for a in found.agreements)
    assert pairs == [("가나대학교", "다라전자"), ("가나대학교", "마바제약"), ("가나대학교", "사아건설")]


def test_an_earlier_agreement_is_background() -> None:
    found = _extract("가나군은 3일 다라시와 우호교류 협약을 체결했다.\n"
                     "앞서 가나군은 지난해 마바군과도 협약을 맺었다.")
    assert len(found.agreements) == 1
    assert {p.name for p in found.agreements[0].parties} == {"가나군", "다라시"}


def test_counted_partners_named_in_an_enumeration() -> None:
    found = _extract("가나대학은 12일 6개 기업과 산학협력 협약을 체결했다.\n"
                     "참여 기업은 청산농원, 다라식품, ㈜마바바이오, 사아농업법인, 자차상사, 카타(주) 등이다.")
    names = {p.name for p in found.agreements[0].parties}
    assert names == {"가나대학", "청산농원", "다라식품", "마바바이오", "사아농업법인", "자차상사", "카타"}


def test_guest_body_people_are_not_representatives() -> None:
    found = _extract("가나대학교는 13일 다라협의회(회장 유태경)와 업무협약을 체결했다.\n"
                     "다라협의회는 유태경 회장, 조은솔 이사, (사)마바진흥협회 오지환 부회장이 참여했다.")
    reps = {(p.name, p.organisation) for p in found.agreements[0].representatives}
    assert ("유태경", "다라협의회") in reps and ("조은솔", "다라협의회") in reps
    assert not any(name == "오지환" for name, _ in reps)


def test_counted_group_named_through_its_speaker() -> None:
    found = _extract("가나구 12개 동 주민자치회는 지난 13일 가나구자원봉사센터와 업무협약을 맺었다.\n"
                     "홍길동 다라동 주민자치회장은 소감을 밝혔다.")
    agreement = found.agreements[0]
    assert {p.name for p in agreement.parties} == {"가나구자원봉사센터", "다라동 주민자치회"}
    assert [(p.name, p.title) for p in agreement.representatives] == [("홍길동", "회장")]


def test_names_glued_by_a_lost_separator_are_told_apart_by_the_headline() -> None:
    found = _extract("가나시‧다라그룹‧마바대 민관학 업무협약 체결\n"
                     "지난 28일 마바대학교 본관에서 가나시다라그룹마바대가 업무협약을 체결하였다.")
    names = {p.name for p in found.agreements[0].parties}
    assert names == {"가나시", "다라그룹", "마바대학교"}


def test_a_list_of_activities_is_no_list_of_partners() -> None:
    found = _extract("가나대학은 12일 3개 기업과 산학협력 협약을 체결했다.\n"
                     "협약 내용은 현장실습, 공동연구, 인력교류 등이다.")
    assert {p.name for p in found.agreements[0].parties} == {"가나대학"}


def test_a_guest_with_a_title_is_not_given_to_a_party() -> None:
    found = _extract("가나시는 5일 다라대학교와 업무협약을 체결했다.\n"
                     "협약식에는 홍길동 가나시장, 김철수 다라대 총장과 함께 이영희 부지사가 참석했다.")
    names = {p.name for p in found.agreements[0].representatives}
    assert names == {"홍길동", "김철수"}


def test_parties_named_only_beside_their_people() -> None:
    found = _extract("양 기관은 5일 업무협약을 체결했다.\n"
                     "이날 협약식에는 가나대학교 홍길동 총장과 다라시 김철수 시장이 참석했다.")
    assert {p.name for p in found.agreements[0].parties} == {"가나대학교", "다라시"}


def test_a_signing_without_named_parties_is_still_an_agreement() -> None:
    found = _extract("양 기관은 5일 업무협약을 체결했다.")
    assert len(found.agreements) == 1 and found.agreements[0].parties == ()
    assert found.notes == ("signing reported, parties not named",)


def test_titles_alone_find_their_party() -> None:
    found = _extract("가나전자와 다라연구원은 5일 업무협약을 체결했다.\n"
                     "이날 홍길동 대표와 김철수 원장이 협약서에 서명했다.")
    reps = {(p.name, p.title, p.organisation) for p in found.agreements[0].representatives}
    assert reps == {("홍길동", "대표", "가나전자"), ("김철수", "원장", "다라연구원")}
