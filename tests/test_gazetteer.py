"""The gazetteer: Korean organisations a reader of regional news already knows, as data.

A researcher's article says 경북도, 카이스트 or 서울 송파구; the gazetteer names the body
(경상북도, 한국과학기술원, 송파구 of 서울특별시), its kind and its parent, and never guesses
when a form is shared (중구 is a district of six cities). The data checks below keep the files
honest: every local government is there once, with its province, and no form quietly names
two bodies.
"""
from __future__ import annotations

import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from mougraph import gazetteer
from mougraph.gazetteer import ORG_KINDS, Gazetteer, data_files, default, find_all, lookup
from mougraph.model import OrgKind

METRO_KINDS = ("metropolitan_city", "province")


def entries(*kinds: str) -> list[gazetteer.Entry]:
    return [e for e in default().entries if not kinds or e.kind in kinds]


# -- the data -------------------------------------------------------------------------------

def test_all_17_metropolitan_and_provincial_governments() -> None:
    top = entries(*METRO_KINDS)
    assert len(top) == 17
    assert Counter(e.kind for e in top) == {"metropolitan_city": 8, "province": 9}
    assert all(e.parent == "" for e in top)


def test_all_226_municipal_governments_each_under_its_province() -> None:
    municipal = entries("city", "county", "district")
    assert len(municipal) == 226
    assert Counter(e.kind for e in municipal) == {"city": 75, "county": 82, "district": 69}
    provinces = {e.canonical for e in entries(*METRO_KINDS)}
    assert {e.parent for e in municipal} <= provinces
    assert Counter(e.parent for e in municipal)["서울특별시"] == 25
    # one body per (name, province): 고성군 twice, in two provinces
    assert len({(e.canonical, e.parent) for e in municipal}) == 226


def test_one_education_office_per_province() -> None:
    offices = entries("education_office")
    assert sorted(e.parent for e in offices) == sorted(e.canonical for e in
                                                       entries(*METRO_KINDS))


def test_universities_and_colleges_are_broadly_covered() -> None:
    schools = [e for e in default().entries if e.source == "universities"]
    assert len(schools) >= 300
    kinds = Counter(e.kind for e in schools)
    assert kinds["university"] >= 150 and kinds["college"] >= 100
    assert {t for e in schools for t in e.tags} >= {"national", "public", "private", "special"}


def test_every_parent_is_a_known_body() -> None:
    known = {e.canonical for e in default().entries}
    orphans = {(e.canonical, e.parent) for e in default().entries
               if e.parent and e.parent not in known}
    assert not orphans


def test_every_kind_has_an_organisation_kind() -> None:
    assert {e.kind for e in default().entries} <= set(ORG_KINDS)


def test_no_form_names_two_bodies_unless_declared_ambiguous() -> None:
    gaz = default()
    shared = {k for k, found in gaz._by_key.items() if len(found) > 1}
    undeclared = {k for k in shared if k.replace(" ", "") not in gaz.declared_ambiguous}
    assert not undeclared, f"forms of two bodies, not in ambiguous.tsv: {sorted(undeclared)}"
    unknown = {k for k in gaz.declared_ambiguous if not gaz.candidates(k)}
    assert not unknown, f"ambiguous.tsv lists forms no body has: {sorted(unknown)}"


@pytest.mark.parametrize("path", data_files(), ids=lambda p: p.name)
def test_every_file_names_its_sources(path: Path) -> None:
    head = [line for line in path.read_text(encoding="utf-8").splitlines()
            if line.startswith("#")]
    assert any("Source" in line for line in head), f"{path.name}: no 'Source' in its header"


# -- lookup: any known form names its body --------------------------------------------------

@pytest.mark.parametrize(("form", "canonical", "kind"), [
    ("대전광역시", "대전광역시", "metropolitan_city"),
    ("대전시", "대전광역시", "metropolitan_city"),
    ("대전시청", "대전광역시", "metropolitan_city"),
    ("경상북도", "경상북도", "province"),
    ("경북도", "경상북도", "province"),
    ("경북도청", "경상북도", "province"),
    ("전라북도", "전북특별자치도", "province"),       # the name before 2024
    ("송파구청", "송파구", "district"),
    ("서울 송파구", "송파구", "district"),
    ("서울송파구청", "송파구", "district"),
    ("금산군청", "금산군", "county"),
    ("충남 금산군", "금산군", "county"),
    ("경기 광주", "광주시", "city"),
    ("경북도교육청", "경상북도교육청", "education_office"),
    ("경북대", "경북대학교", "university"),
    ("국립부경대", "부경대학교", "university"),
    ("KAIST", "한국과학기술원", "university"),
    ("카이스트", "한국과학기술원", "university"),
    ("서울과기대", "서울과학기술대학교", "university"),
    ("충북도립대", "충북도립대학교", "college"),
    ("영진전문대", "영진전문대학교", "college"),
    ("과기정통부", "과학기술정보통신부", "ministry"),
    ("산업부", "산업통상자원부", "ministry"),
    ("중기부", "중소벤처기업부", "ministry"),
    ("식약처", "식품의약품안전처", "ministry_office"),
    ("산림청", "산림청", "agency"),
    ("공정위", "공정거래위원회", "commission"),
    ("LH", "한국토지주택공사", "public_corporation"),
    ("한전", "한국전력공사", "public_corporation"),
    ("캠코", "한국자산관리공사", "financial_institution"),
    ("ETRI", "한국전자통신연구원", "research_institute"),
    ("대구상의", "대구상공회의소", "chamber_of_commerce"),
    ("경북TP", "경북테크노파크", "technopark"),
    ("부산은행", "BNK부산은행", "bank"),
    ("서울대병원", "서울대학교병원", "hospital"),
])
def test_lookup_names_the_body(form: str, canonical: str, kind: str) -> None:
    entry = lookup(form)
    assert entry is not None and (entry.canonical, entry.kind) == (canonical, kind)
    assert gazetteer.canonical(form) == canonical and gazetteer.kind_of(form) == kind


def test_middle_dots_are_one_dot() -> None:
    assert gazetteer.key("경제ㆍ인문사회연구회") == gazetteer.key("경제·인문사회연구회")
    assert lookup("경제ㆍ인문사회연구회").canonical == "경제·인문사회연구회"  # type: ignore[union-attr]


def test_kinds_map_to_the_graphs_organisation_kinds() -> None:
    assert lookup("송파구청").org_kind is OrgKind.LOCAL_GOVERNMENT  # type: ignore[union-attr]
    assert lookup("포스텍").org_kind is OrgKind.UNIVERSITY          # type: ignore[union-attr]
    assert lookup("한전").org_kind is OrgKind.PUBLIC_AGENCY          # type: ignore[union-attr]


@pytest.mark.parametrize(("form", "within", "canonical", "parent"), [
    ("중구", "부산", "중구", "부산광역시"),
    ("중구청", "서울시", "중구", "서울특별시"),
    ("동구", "대전광역시", "동구", "대전광역시"),
    ("고성군", "경남", "고성군", "경상남도"),
    ("강서구", "부산시", "강서구", "부산광역시"),
])
def test_a_shared_form_is_resolved_only_with_its_parent(form: str, within: str,
                                                        canonical: str, parent: str) -> None:
    assert lookup(form) is None and gazetteer.canonical(form) is None
    assert len(gazetteer.candidates(form)) > 1
    entry = lookup(form, within=within)
    assert entry is not None and (entry.canonical, entry.parent) == (canonical, parent)


def test_a_bare_cooperative_name_is_never_resolved() -> None:
    """농협 may be the federation, its bank or one of a thousand local 농협."""
    for form in ("농협", "수협", "신협", "새마을금고"):
        assert lookup(form) is None
    assert lookup("NH농협은행").canonical == "NH농협은행"  # type: ignore[union-attr]


def test_unknown_names_are_unknown() -> None:
    """The gazetteer helps, it is never required: an invented body is simply not in it."""
    assert lookup("가람대학교") is None and gazetteer.kind_of("누리테크") is None


# -- recognition in running text (invented sentences) ----------------------------------------

@pytest.mark.parametrize(("sentence", "found"), [
    ("경북도와 가람전자는 5일 도청에서 협약을 맺었다.", [("경북도", "경상북도")]),
    ("충남 금산군청은 누리대학교와 손잡았다.", [("충남 금산군청", "금산군")]),
    ("서울송파구청과 한빛복지관이 협약했다.", [("서울송파구청", "송파구")]),
    ("카이스트와 경북대학교, 한전은 공동연구에 합의했다.",
     [("카이스트", "한국과학기술원"), ("경북대학교", "경북대학교"), ("한전", "한국전력공사")]),
    ("△부산대 △충북도립대학교 △대구상의가 참여한다.",
     [("부산대", "부산대학교"), ("충북도립대학교", "충북도립대학교"),
      ("대구상의", "대구상공회의소")]),
    # 경기 is also "a game", 예산 "a budget", 고대 "ancient": lookup-only, not recognised
    ("경기 결과와 예산 편성, 고대 유물 전시를 논의했다.", []),
    # KIST is not read inside KISTI
    ("KISTI와 KIST가 협약했다.",
     [("KISTI", "한국과학기술정보연구원"), ("KIST", "한국과학기술연구원")]),
    # a shared form is found, but names no body
    ("중구청과 가람재단이 협약했다.", [("중구청", None)]),
    ("부산 중구와 가람재단이 협약했다.", [("부산 중구", "중구")]),
    # 양주 is not read inside 남양주시
    ("남양주시와 누리공사가 만났다.", [("남양주시", "남양주시")]),
    # a short name in 대 run on into another word is that word, not the university
    ("경기대회와 서울대공원, 인천대교, 세종대왕 동상, 국민대표 회의, 세종대로", []),
    ("생명연장과 전기연결", []),
    ("경북대와 부산대병원, 전남대에서", [("경북대", "경북대학교"), ("부산대병원", "부산대학교병원"),
                                      ("전남대", "전남대학교")]),
    # residents and the council are not the city government; a glued title is fine
    ("대전시민과 대전시내, 대전시의회, 홍길동 경북도지사", [("경북도", "경상북도")]),
])
def test_find_all(sentence: str, found: list[tuple[str, str | None]]) -> None:
    got = [(m.text, m.entry.canonical if m.entry else None) for m in find_all(sentence)]
    assert got == found


def test_longest_at_a_position() -> None:
    text = "협약에는 경상북도청 관계자가 참석했다."
    match = gazetteer.longest_at(text, text.index("경상"))
    assert match is not None and match.text == "경상북도청"
    assert gazetteer.longest_at(text, 0) is None


# -- loading ---------------------------------------------------------------------------------

def test_loaded_once_and_light() -> None:
    assert default() is default()
    probe = ("import sys; from mougraph import gazetteer; gazetteer.lookup('경북대'); "
             "print(sorted(m for m in ('kiwipiepy', 'rdflib') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "[]"


def test_a_bad_row_names_its_line() -> None:
    with pytest.raises(ValueError, match="line 2"):
        Gazetteer([("t", "# comment\n\tcounty\t충청남도\n")])
