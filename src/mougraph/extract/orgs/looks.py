"""Rule *ending* and the kind a name gives: whether one word (or a spaced name) names a body
(``looks_like_org``), a military unit, a bare unit that needs its body's words, a laboratory
or an event committee, and which ``OrgKind`` a name is (``kind_of``). These judge a name as a
string, with no clause around it, so both the clause readers and the form comparisons use
them.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ... import gazetteer
from ...model import OrgKind
from ...morph import known_noun, tokenize
from ..lexicon import Ending, ending
from .words import (
    COMMON,
    GENERIC_WORDS,
    HANGUL,
    clock_or_count,
    generic_prefixes,
    is_place,
    is_region,
    known,
)

# rule club-first: a football club written with FC before its town ("FC가온", "AFC누리"), as
# the suffix FC after it (org_suffixes.tsv) writes "가온FC"
CLUB_FIRST = re.compile(r"A?FC[가-힣]{2,6}")


@lru_cache(maxsize=1 << 16)    # every rule asks it of the same words again
def looks_like_org(stem: str, tags: tuple[str, ...] = (), marked: bool = False,
                   slot: bool = False) -> bool:
    """Rule *ending*: the word names a body (not a generic noun like 지역대학 or 관내 기업).

    ``slot``: the word stands where a party stands ("A와 협약을 체결했다"), which is evidence
    enough for a name Kiwi does not know as a proper noun.
    """
    stem = stem.strip()
    if len(stem) < 2 or stem in GENERIC_WORDS or stem in COMMON:
        return marked and len(stem) >= 2
    if clock_or_count(stem):
        return False                        # "오후2시", "20대": a time or a count
    if marked or known(stem) is not None:
        return True
    if military_unit(stem, tags) or CLUB_FIRST.fullmatch(stem):
        return True
    e = ending(stem)
    if e is None:
        return False
    head = stem.replace(" ", "")[: -len(e.suffix)]
    if not head or head in generic_prefixes():
        return False
    if is_region(stem):
        return True                         # 대전시, 경기도, 서울특별시
    proper = bool(tags) and tags[0] in ("NNP", "SL")
    if len(e.suffix) == 1:
        return _short_ending_name(stem, e, tags, proper, slot)
    if e.kind is OrgKind.COMPANY and tags and not proper:
        # 발전, 산업, 건설 … are also common nouns ("지역균형발전")
        if not slot or any(head.startswith(g) for g in generic_prefixes() if len(g) >= 2):
            return False
    return True


# The kind words that close a military unit's name, spelled here once: a division, brigade,
# fleet or air wing may have a proper name (rule named-division: "한별사단"); a regiment,
# battalion or group is named by its number only ("제3연대": 연대 alone is also solidarity);
# 부대 by a proper name or a 3-5 digit code ("누리부대", "제5172부대")
DIVISION_KINDS = ("비행단", "사단", "여단", "함대")
NUMBERED_ONLY_KINDS = ("연대", "대대", "전대")
UNIT_KINDS = (*DIVISION_KINDS, *NUMBERED_ONLY_KINDS, "부대")
# what a word of the armed services may close on ("육군 제1사단", "해군 작전사령부")
MILITARY = (*DIVISION_KINDS, "사령부", "부대")

# rule military-unit: "제1사단", "제7보병사단", "제3함대", "제5172부대" (a number names the
# unit: a division by a short one, a unit by its 3-5 digit code), and "누리부대", a unit Kiwi
# knows as a proper name (never "군부대", "지역 부대", "심사단")
_NUMBERED_KINDS = "|".join(DIVISION_KINDS + NUMBERED_ONLY_KINDS)
_NUMBERED_UNIT = re.compile(rf"제\d{{1,3}}[가-힣]{{0,4}}(?:{_NUMBERED_KINDS})|제\d{{3,5}}부대")
_NAMED_UNIT = re.compile(r"[가-힣]{2,4}부대")
# rule named-division: "한별사단", "누리함대", a division, brigade, fleet or air wing with a
# proper name and no number, as Kiwi reads it (a proper noun); never a profession's or a task's
# group read as 사 + 단 (rule group-of-sa)
_NAMED_DIVISION = re.compile(rf"[가-힣]{{2,3}}(?:{'|'.join(DIVISION_KINDS)})")


def _group_of_sa(stem: str) -> bool:
    """Rule group-of-sa: a name of two syllables, a noun of a job or a task in 사 that Kiwi
    knows (봉사, 심사, 교사, 기사), then 단 - a group of those people or that task ("가온봉사단",
    "누리심사단", "다온기사단"), no division, whose proper name runs straight into 사단
    ("한별사단", "가온사단"; "맹호사단" leaves one syllable before 호사)."""
    return stem.endswith("사단") and len(stem) >= 5 and known_noun(stem[-3:-1])


def military_unit(stem: str, tags: tuple[str, ...] = ()) -> bool:
    """A military unit named by its number, or by a proper name before 부대 or a division's
    word (rule named-division)."""
    if _NUMBERED_UNIT.fullmatch(stem):
        return True
    named = _NAMED_UNIT.fullmatch(stem) or _NAMED_DIVISION.fullmatch(stem) and \
        not _group_of_sa(stem)
    return bool(named) and tags[:1] == ("NNP",) and \
        stem[:-2] not in COMMON and stem[:-2] not in generic_prefixes()


def _short_ending_name(stem: str, e: Ending, tags: tuple[str, ...], proper: bool,
                       slot: bool) -> bool:
    """시/군/구/대/…: a place or school name Kiwi knows (NNP), or a short one that does not
    end in an ordinary word ("경제도시", "공동연구", "미래세대")."""
    if stem[-2:] in COMMON and not proper:
        return False
    short = "대시군구도" if slot else "대시군구"
    return proper or (not tags and len(stem) <= 4) or (
        len(stem) <= 6 and e.suffix in short and stem.isalnum()) or bool(
        _SCHOOL_SHORT.fullmatch(stem))


# rule school-short: a university's short form by its kind of school, longer than a place
# and 대 alone ("가온과학기술대", "누리외국어대", "다솜보건대")
_SCHOOL_SHORT = re.compile(r"[가-힣]{2,5}(?:과학기술|보건|교육|예술|외국어)대")


def is_bare_unit(stem: str) -> bool:
    """산학협력단, 사업단, LINC 3.0 사업단, 농업법인: a unit name that needs words before it."""
    e = ending(stem)
    if e is None or not e.unit:
        return False
    head = stem.replace(" ", "")[: -len(e.suffix)]
    return not head or head in generic_prefixes() or not HANGUL.search(head)


_BRANCH_OFFICE = re.compile(r"[가-힣]{2,8}(?:지사|지점|지국|지원|출장소)")


@lru_cache(maxsize=4096)
def common_words_name(stem: str) -> bool:
    """"해양대학교", "투자청", "상공회의소": an ending after common nouns only, a kind of body
    that needs the place before it to name one."""
    e = ending(stem)
    if e is None or e.kind is OrgKind.LOCAL_GOVERNMENT:
        return False                    # (a city's name is a name: "누리시")
    head = stem[: -len(e.suffix)]
    if not head or not re.fullmatch(r"[가-힣]+", head):
        return False
    return all(t.tag == "NNG" for t in tokenize(head))


# a numbered unit's name closes on one of UNIT_KINDS ("제58보병사단", "제3함대", "제5172부대")
_UNIT_SHORT = re.compile(rf"제?(\d{{1,5}})({'|'.join(UNIT_KINDS)})")
_NUMBER = re.compile(r"\d+")


def unit_short_form(short: str, full: str) -> bool:
    """Rule unit-short-form: "58사단" of "제58보병사단" — the unit's number and its last kind
    word are another form of the numbered unit, not a body of its own ("12사단" is)."""
    m = _UNIT_SHORT.fullmatch(short)
    return m is not None and short != full and full.endswith(m.group(2)) and \
        m.group(1) in _NUMBER.findall(full)   # the number whole, not inside a longer one


SERVICES = {"육군", "해군", "공군", "해병대"}


# rule event-committee: an event (a festival, a fair, a contest) is no body, but its committee
# is: "가온축제 운영위원회", "2026 누리엑스포 조직위원회"
_EVENT = re.compile(r"[가-힣A-Za-z0-9]+(?:축제|영화제|박람회|엑스포|대회|비엔날레|페스티벌|"
                    r"올림픽|체전|문화제|예술제|게임|페어|EXPO)")


def event_committee(word: str, committee: str) -> bool:
    """``word`` is an event (more than the event noun alone) and ``committee`` its committee."""
    e = ending(committee)
    return e is not None and e.suffix == "위원회" and _EVENT.fullmatch(word) is not None and \
        ending(word) is None and not is_place(word)


def lab_by_task(stem: str) -> bool:
    """"중앙연구소", "기술연구소": a laboratory named by common words only (no body alone, but
    one when written right after the university or company that runs it)."""
    return stem.endswith("연구소") and len(stem) > 3 and common_words_name(stem)


def kind_of(name: str, marked: bool = False) -> OrgKind | None:
    if not HANGUL.search(name):            # a Latin name: foreign, unless known (KT, SKT)
        entry = gazetteer.lookup(name)
        return entry.org_kind if entry is not None else OrgKind.FOREIGN
    e = ending(name)
    if e is not None:
        return e.kind
    if military_unit(name.rsplit(" ", 1)[-1], ("NNP",)):
        return OrgKind.CENTRAL_GOVERNMENT
    if " " in name and _BRANCH_OFFICE.fullmatch(name.rsplit(" ", 1)[1]):
        # rule branch-kind: "가온지방법원 누리지원", "가온은행 누리지점": a branch office
        # written after its parent is a body of the parent's kind
        return kind_of(name.rsplit(" ", 1)[0], marked)
    entry = gazetteer.lookup(name)          # rule known: 카이스트, 캠코
    if entry is not None:
        return entry.org_kind
    return OrgKind.COMPANY if marked else None
