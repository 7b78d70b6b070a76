"""The words a name takes on its left (``LEFT_RULES``): ``find.org_at`` reads a name from its
last word leftwards, and asks each rule in turn about the word before what it has so far
(a place, a service, a denomination, a parent body, a legal mark, an event, …). Each rule is
one named function over a ``Reach``; a new construction is a new row.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ... import gazetteer
from ...lexicons import (
    countries,
    denominations,
    foreign_cities,
    foreign_family_names,
    western_given_names,
)
from ...model import OrgKind
from ..clause import Clause
from ..cues import TIME_WORD
from ..lexicon import ending, foreign_syllable, is_name, title_of, two_syllable_name_in_do
from .alone import MISSIONS, spaced_ending
from .looks import (
    MILITARY,
    SERVICES,
    common_words_name,
    event_committee,
    looks_like_org,
    military_unit,
)
from .mention import DOTS, mark_before
from .words import (
    HANGUL,
    SERVED_PLACE,
    city_like_family,
    denomination,
    describes,
    is_place,
    known,
)


@dataclass
class Reach:
    """A name being extended leftwards from its last word (``org_at``)."""

    cl: Clause
    last: int
    stem: str                        # the last word's stem
    first: int                       # the first word taken so far
    bare: bool                       # a unit that needs words before it ("산학협력단")
    unit: bool                       # the ending names a unit of a body
    titled: bool                     # a title follows the name
    parent: str | None = None


# Each rule looks at the word ``j`` before the name: None when it does not apply; True when
# the word belongs to the name and the next word to the left may too; False when the word
# belongs to the name and ends it.

def _place_before(r: Reach, j: int) -> bool | None:
    """Rule place-before: "충북 가람군", "서울 송파구청" (not "홍길동 가나공사 사장")."""
    word = r.cl.words[j]
    prev = word.stem
    # a name ending like a village ("김누리", "박유리") before a body is a person, not its place;
    # so is a name of two in 도 before a head's title, written apart or fused ("곽도 가온재단
    # 이사장", "탁도 새봄시장": 도 is a province's ending)
    headed = r.titled or title_of(r.stem) is not None
    village_name = len(prev) == 3 and prev.endswith("리") and is_name(prev) and \
        known(prev) is None or headed and two_syllable_name_in_do(prev, word.tags)
    # "다나카 히로시 누리대학 학장": after a foreign family name, a given name (히로시)
    given = j > 0 and r.cl.words[j - 1].stem in foreign_family_names() and known(prev) is None
    if is_place(prev) and not (r.titled and is_name(prev)) and not village_name and not given \
            and not (headed and _family_after_given(r.cl, j)):
        r.first = j
        return True
    return None


def _family_after_given(cl: Clause, j: int) -> bool:
    """Rule family-like-a-city (city_like_family): "알레산드라 로시 누리대학교 총장" — right after
    a transcribed given name (a syllable no Korean name has, or a Western given name the
    lexicon lists) the word is the name's family name, no place."""
    word, before = cl.words[j].stem, cl.words[j - 1] if j > 0 else None
    return before is not None and city_like_family(word) and not before.particle \
        and re.fullmatch(r"[가-힣]{2,6}", before.stem) is not None \
        and (before.stem in western_given_names()
             or any(foreign_syllable(c) for c in before.stem) and not is_name(before.stem))


def _served_place_before(r: Reach, j: int) -> bool | None:
    """Rule served-place: "누리마을3단지 자율방범대", "누리마을 3단지 부녀회": the village or
    estate a residents' body serves is part of its name."""
    e = ending(r.stem)
    if e is not None and e.kind in (OrgKind.ASSOCIATION, OrgKind.NONPROFIT) and \
            re.fullmatch(SERVED_PLACE, r.cl.words[j].stem):
        r.first = j
        return True
    return None


# "한·몽", "한-우": the countries a binational body pairs, one syllable each
_PAIRED = re.compile(r"[가-힣][·-][가-힣](?:[·-][가-힣])*")


def _paired_countries(r: Reach, j: int) -> bool | None:
    """"한·몽 기술전문대학교", "한·중 교류센터", "한-우 기술대학" (a hyphen pairs them too)."""
    if r.first == r.last and _PAIRED.fullmatch(r.cl.words[j].stem):
        r.first = j
        return True
    return None


def _stationed_in(r: Reach, j: int) -> bool | None:
    """Rule mission: "주부산 중국총영사관", "주한 베트남대사관": where a mission is stationed
    is part of its name."""
    if r.stem.endswith(MISSIONS) and re.fullmatch(r"주[가-힣]{1,4}", r.cl.words[j].stem):
        r.first = j
        return False
    return None


def _foreign_place(r: Reach, j: int) -> bool | None:
    """"다낭 국립관광대학교": a foreign place Kiwi knows before a public institution."""
    prev = r.cl.words[j]
    # (a name that reads as Korean but has a syllable no Korean name has is foreign: 호찌민)
    # the same before a body whose name is only common words ("하노이 과학기술대학교",
    # "빈즈엉성 투자청", "오사카 상공회의소")
    public = r.stem.startswith(("국립", "사립", "시립", "도립")) and len(r.stem) >= 5
    before = r.cl.words[j - 1] if j else None
    abroad = before is not None and before.stem in countries()
    set_off = before is None or bool(before.particle) or before.text.endswith(",") or \
        abroad or bool(re.fullmatch(r"\d{1,2}일|이날", before.stem))
    common = common_words_name(r.stem) and set_off and \
        ending(prev.stem) is None and not looks_like_org(prev.stem, prev.tags)
    # after its country a place that reads as a Korean name is a place ("베트남 하노이")
    city = prev.stem in foreign_cities()        # "하노이 가온국립대학교" (하노이 reads as a name)
    # a foreign city before any university names where it is, as its country does
    # ("하노이 가온대학교"; a Korean region is no part of the name, a foreign city is)
    e = ending(r.stem)
    campus = city and e is not None and e.kind is OrgKind.UNIVERSITY and not e.unit
    # (a city before a binational body's pair: "테르메즈 한-우 기술대학")
    lone = r.first == r.last or r.first == j + 1 and _PAIRED.fullmatch(r.cl.words[r.first].stem)
    if lone and (public or common or campus) and \
            (city or prev.tags and prev.tags[0] == "NNP" and prev.stem not in countries() and
             len(prev.stem) <= 5) and not prev.particle and \
            (not is_name(prev.stem) or any(foreign_syllable(c) for c in prev.stem) or abroad
             or city):
        r.first = j
        return True
    return None


# rule owned-by: "누리의료재단 다솜병원", "누리학원 다솜고등학교": a hospital, school or welfare
# house written after the foundation that runs it is one party, named in full (the legal form
# before the foundation, 의료법인 or 학교법인, is a mark cut from the words)
_FOUNDATIONS = ("재단", "학원")
_RUN_BY_FOUNDATION = (OrgKind.HOSPITAL, OrgKind.SCHOOL, OrgKind.UNIVERSITY)


def _owned_by(r: Reach, j: int) -> bool | None:
    prev = r.cl.words[j]
    e = ending(r.stem)
    if r.first != r.last or e is None or not (
            e.kind in _RUN_BY_FOUNDATION or e.suffix in ("복지관", "요양원")) or \
            not prev.stem.endswith(_FOUNDATIONS) or \
            not looks_like_org(prev.stem, prev.tags, r.cl.marked(j)):
        return None
    r.first, r.parent = j, prev.stem
    return False


def _unit_of(r: Reach, j: int) -> bool | None:
    """Rule unit-of: "한국과학기술원 문화기술대학원" (the body is the unit's parent)."""
    prev = r.cl.words[j]
    # "가람복지관ㆍ가람소방서ㆍ한국누리회 가람 문화센터": the unit's body is the last dotted name
    body = DOTS.split(prev.stem)[-1]
    spaced = spaced_ending(r.cl, j) if (r.bare or r.unit) else None
    if spaced is not None:              # "이장단 연합회 가온군지회" (rule spaced-ending)
        r.first, r.parent = spaced.first_word, spaced.name
        return False
    if not ((r.bare or r.unit) and (looks_like_org(body, prev.tags, r.cl.marked(j))
                                    or _company_before_office(r, body, prev.tags))):
        return None
    r.first = j
    r.parent = body
    pe = ending(prev.stem)
    if pe is not None and (pe.unit or pe.suffix == "대학"):
        # "가온 미래인재 육성사업단": a weak body word inside a longer unit name
        r.bare, r.parent = True, None
        return True
    # "천주교 가온교구 사회복지회": the parent's denomination goes with it (rule denomination)
    return j > 0 and r.cl.words[j - 1].stem in denominations()


# a regional office of a company, named after the place it serves ("한결은행 가온지역본부")
_REGIONAL_OFFICES = ("지역본부", "영업본부")


def _company_before_office(r: Reach, body: str, tags: tuple[str, ...]) -> bool:
    """Rule company-office: a company word Kiwi reads as a common noun ("한결은행", "누리생명")
    is vouched for as a body by its regional office written right after it, as a branch
    vouches for the body before it (rule unit-of)."""
    e = ending(body)
    return r.first == r.last and r.stem.endswith(_REGIONAL_OFFICES) and e is not None and \
        e.kind is OrgKind.COMPANY and looks_like_org(body, tags, slot=True)


def _unit_own_name(r: Reach, j: int) -> bool | None:
    """"LINC 3.0 사업단", "가온 미래인재 육성사업단": words of a bare unit's own name."""
    prev = r.cl.words[j]
    if TIME_WORD.fullmatch(prev.stem):   # "가온대와 최근 산학협력단 간": a when, not a name
        return None
    if describes(prev.stem) and _company_unit(r.stem):
        return None     # "스마트 공장", "해외 법인": a kind of works or branch, not its name
    if r.bare and (not HANGUL.search(prev.stem) or re.fullmatch(r"[가-힣]{2,8}", prev.stem)
                   and not looks_like_org(prev.stem, prev.tags)
                   and not (prev.tags and prev.tags[0] == "NNP" and len(prev.stem) <= 3)):
        r.first = j
        return True
    return None


def _company_unit(word: str) -> bool:
    """A company's own works or branch (공장, 법인): a word that names a part of a company."""
    e = ending(word)
    return e is not None and e.unit and e.kind is OrgKind.COMPANY


def _latin_brand(r: Reach, j: int) -> bool | None:
    """"AB 텔레콤", "CD 바이오": a Latin brand before a company word is the name's head."""
    prev = r.cl.words[j].stem
    e = ending(r.stem)
    if r.first == r.last and e is not None and e.kind is OrgKind.COMPANY and \
            re.fullmatch(r"[A-Z][A-Za-z0-9&]{0,5}", prev):
        r.first = j
        return False
    return None


def _service_of(r: Reach, j: int) -> bool | None:
    """"육군 제3보병사단", "해군 제2함대사령부": a military unit keeps its service."""
    if r.cl.words[j].stem in SERVICES and r.stem.endswith(MILITARY):
        r.first, r.parent = j, r.cl.words[j].stem
        return False
    return None


# rule numbered-subunit: "육군 제5172부대 3대대", "제7보병사단 2연대": a numbered battalion,
# regiment or company written right after its parent unit is one party named with it (the
# parent signs nothing of its own; GUIDELINES: the unit that signs is the party)
_NUMBERED_SUBUNIT = re.compile(r"\d{1,3}(?:연대|대대|중대|소대)")


def _subunit_of(r: Reach, j: int) -> bool | None:
    prev = r.cl.words[j]
    if r.first != r.last or not _NUMBERED_SUBUNIT.fullmatch(r.stem) or prev.particle or \
            not military_unit(prev.stem, prev.tags):
        return None
    r.first, r.parent = j, prev.stem
    if j > 0 and r.cl.words[j - 1].stem in SERVICES and not r.cl.words[j - 1].particle:
        r.first, r.parent = j - 1, f"{r.cl.words[j - 1].stem} {prev.stem}"
    return False


def _denomination_of(r: Reach, j: int) -> bool | None:
    """Rule denomination: "천주교 가온교구", "기독교대한감리회 누리지방회", "원불교 다온교당": the
    religion or denomination written before its body is part of the body's name."""
    if denomination(r.cl.words[j].stem):
        r.first = j
        return False
    return None


def _after_legal_mark(r: Reach, j: int) -> bool | None:
    """Rule marked-head: "사단법인 가온 누리개발원", "(사)가온 누리협회": a bare word right
    after a legal mark, then a body's name, is the first word of that one name (the mark
    stands before the whole name, not before a body of its own)."""
    prev = r.cl.words[j]
    e = ending(r.stem)
    if r.first != r.last or e is None or e.unit or e.kind in (OrgKind.LOCAL_GOVERNMENT,
                                                              OrgKind.COMPANY) or \
            not mark_before(r.cl, j) or mark_before(r.cl, r.last) or \
            ending(prev.stem) is not None or is_place(prev.stem) or \
            not re.fullmatch(r"[가-힣A-Za-z]{2,8}", prev.stem):
        return None
    r.first = j
    return False


def _parent_before_place(r: Reach, j: int) -> bool | None:
    """Rule parent-place-unit: "한빛공단 수원 문화센터", "가람공단 누리 지사": a body
    written before the place its branch or centre serves is the branch's parent."""
    words = r.cl.words
    place, prev = words[j], words[j - 1] if j else None
    # "가온복지관ㆍ가온소방서ㆍ한국누리회 가온 문화센터": the body is the last dotted name
    body = DOTS.split(prev.stem)[-1] if prev is not None else ""
    if prev is None or r.first != r.last or prev.particle or place.particle or \
            not (is_place(place.stem) or any(gazetteer.candidates(place.stem + e)
                                             for e in ("시", "군", "구"))) or \
            ending(place.stem) is not None or is_place(body) or is_name(body) or \
            not looks_like_org(body, prev.tags if body == prev.stem else ()):
        return None
    r.first, r.parent = j - 1, body
    return False


# rule group-of-branch: "대한누리회 가온지사 다온봉사회" — a volunteer or members' group named
# after the branch of a body it belongs to: the group signs, the branch is its parent (GUIDELINES:
# the unit that signs is the party)
_BRANCH_WORD = re.compile(r"[가-힣]{2,8}(?:지사|지부|지회|지점)")
_GROUP_KINDS = (OrgKind.NONPROFIT, OrgKind.ASSOCIATION)


def _group_of_branch(r: Reach, j: int) -> bool | None:
    words = r.cl.words
    e = ending(r.stem)
    if r.first != r.last or j == 0 or e is None or e.kind not in _GROUP_KINDS:
        return None
    branch, body = words[j], words[j - 1]
    if branch.particle or body.particle or not _BRANCH_WORD.fullmatch(branch.stem) or \
            not looks_like_org(body.stem, body.tags):
        return None
    r.first, r.parent = j - 1, f"{body.stem} {branch.stem}"
    return False


_YEAR = re.compile(r"(?:19|20)\d\d")


def _event_before(r: Reach, j: int) -> bool | None:
    """Rule event-committee: the event before a committee, and a year before the event."""
    prev = r.cl.words[j].stem
    if r.first == r.last and event_committee(prev, r.stem):
        r.first = j
        if j > 0 and _YEAR.fullmatch(r.cl.words[j - 1].stem) and not r.cl.words[j - 1].particle:
            r.first = j - 1
        return False
    return None


# rule attached-body: a body a university, company or cooperative runs, written right after it
# with no separator, is named with it ("가온대학교 평생교육원", "가온그룹 사회공헌재단", "누리전자
# 노동조합", "누리농협 하나로마트"): the parent's kind, then the endings it runs
ATTACHED = (
    (OrgKind.UNIVERSITY, ("병원", "의료원", "교육원", "어학원", "연구소", "연구원", "박물관",
                          "도서관", "어린이집", "유치원", "미술관")),
    (OrgKind.COMPANY, ("재단", "노동조합", "노조", "봉사단", "연구소", "연구원", "어린이집")),
    (OrgKind.ASSOCIATION, ("하나로마트", "마트", "주유소", "장례식장")),
)


ATTACHING = {"부설", "부속", "산하"}


def _attached_to(r: Reach, j: int) -> bool | None:
    prev = r.cl.words[j]
    body = prev.stem
    e = ending(body)
    if r.first != r.last or e is None or is_place(body) or is_name(body) or \
            not looks_like_org(body, prev.tags) or " " in body:
        return None
    if not any(e.kind is kind and r.stem.endswith(tails) and ending(r.stem) is not None
               for kind, tails in ATTACHED):
        return None
    r.first, r.parent = j, body
    return False


# The words a name takes on its left, tried in this order; a new construction is a new row.
LEFT_RULES: tuple[Callable[[Reach, int], bool | None], ...] = (
    _event_before,
    _latin_brand,
    _subunit_of,
    _service_of,
    _denomination_of,
    _stationed_in,
    _after_legal_mark,
    _parent_before_place,
    _group_of_branch,
    _attached_to,
    _place_before,
    _served_place_before,
    _paired_countries,
    _foreign_place,
    _owned_by,
    _unit_of,
    _unit_own_name,
)
