"""Titles that hold more than a title: a body fused into it (rule fused, "가온시장"),
a qualifier ("행정부시장"), a Latin title glued to a name ("김가람PD").
"""
from __future__ import annotations

import re

from .. import orgs
from ..clause import Clause
from ..lexicon import Ending, Title, ending, is_name, title_of, two_syllable_name_in_do
from .context import body_before_name
from .foreign import foreign_given, street_or_place
from .units import department_name, office_department, place_branch


def fused_kept(cl: Clause, fused: str | None, name_at: int, org_word: int | None,
               i: int) -> str | None:
    """The body fused into the title, unless it is a unit or department of a body written
    with the name ("가람대학교 홍길동 대외협력본부장", "홍길동 가람대 국제처장": 가람대's);
    a city office before its department (rule office-department: "가온시청자치행정과장")."""
    if office := office_department(cl.words[i].stem):
        return office[0]
    if fused is not None and (_unit_of_context(cl, fused, min(name_at, i))
                              or (org_word is not None and department_name(fused))):
        return None
    return fused


# what qualifies a deputy's title without naming a body ("제1부시장", "행정부시장")
_DEPUTY_QUALIFIER = re.compile(r"제\d|행정\d?|경제|정무|문화|기획|복지|안전")


def fused_or_qualified(cl: Clause, i: int, rank: Title, prefix: str) -> tuple[str | None, bool]:
    """What stands before the title in its word: the organisation it swallowed (rule fused:
    "대전시장"), or a deputy's qualifier ("제1부시장", "행정2부지사", "경제부시장")."""
    qualified = (bool(prefix) and rank.title.startswith("부") and
                 _DEPUTY_QUALIFIER.fullmatch(prefix) is not None) or \
        prefix == "부"                  # "부위원장", "부센터장": a deputy, no body "부위원회"
    fused = _fused(cl, i, rank, prefix) if prefix and not qualified else None
    return fused, qualified


def _unit_of_context(cl: Clause, fused: str, name_at: int) -> bool:
    """The fused part is a bare unit ("대외협력본부") and a body is written before the name: the
    person is that body's officer, the whole word their title (GUIDELINES: units)."""
    return department_name(fused) and body_before_name(cl, name_at) is not None


def glued_latin_title(cl: Clause, i: int, rank: Title, prefix: str
                      ) -> tuple[tuple[int, int | None, str] | None, str]:
    """Rule glued-latin-title: "가온TV 김가람PD", "박누리CEO" — a Korean name written together
    with a title in Latin capitals; the name is the word's Hangul part (and no prefix of the
    title: the title is the Latin one)."""
    if not prefix or not re.fullmatch(r"[A-Z]{2,4}", rank.title) or not is_name(prefix) \
            or cl.words[i].stem != prefix + rank.title:
        return None, prefix
    return (i, None, prefix), ""


def _fused(cl: Clause, i: int, rank: Title, prefix: str) -> str | None:
    """Rule fused: the organisation inside "OO협회장" / "대전시장", extended leftwards."""
    candidate = place_branch(rank, prefix) or rank.body_of(prefix)
    # "다라동 주민자치회장": a body named only with the place before it
    needs_place = ending(candidate) is not None and not orgs.looks_like_org(candidate) \
        and not orgs.is_place(candidate)
    if not (orgs.looks_like_org(candidate) or orgs.is_place(candidate) or needs_place):
        return None
    # "헨티도지사", "도르노고비도지사": a province the gazetteer does not know (every Korean
    # one it does), fused with its governor's title, is a foreign one and names itself
    foreign_place = needs_place and rank.fuse == ("도",) and len(prefix) >= 2 and \
        not orgs.is_known_form(candidate)
    # "한국과학기술원 문화기술대학원장", "솔내면 이장협의회장": the words before belong to it
    words = cl.words
    j = i - 1
    parts = [candidate]
    unit = ending(candidate)
    while j >= 0 and not words[j].particle and words[j].stem and not words[j].verbal:
        prev = words[j].stem
        if street_or_place(prev) and not is_name(prev) and not foreign_given(cl, j) \
                and not two_syllable_name_in_do(prev, words[j].tags):   # "탁도 새봄시장"
            parts.insert(0, prev)
        elif len(parts) == 1 and orgs.event_committee(prev, candidate):
            parts.insert(0, prev)       # "가온축제 운영위원장": the event's committee
            break
        elif unit is not None and unit.unit and orgs.looks_like_org(prev, words[j].tags):
            parts.insert(0, prev)
            break
        elif _council_committee(prev, unit):
            parts.insert(0, prev)       # rule council-committee: "가온시의회 산업건설위원장"
            break
        else:
            break
        j -= 1
    if needs_place and len(parts) == 1 and not foreign_place:
        return None
    return " ".join(parts)


def _council_committee(prev: str, unit: Ending | None) -> bool:
    """Rule council-committee: a committee's title after a council's name ("가온시의회
    산업건설위원장") is that council's committee: the council is part of the body, so its
    chair is no officer of a party named before (representatives: fused-office)."""
    council = ending(prev)
    return unit is not None and unit.suffix == "위원회" and council is not None \
        and council.suffix == "의회" and len(prev) > len(council.suffix)


# the words of one standing in for a head ("권한대행인": 인 is the copula's modifier form)
_STANDS_IN = frozenset({"권한대행", "직무대행", "직무대리"})


def acting_for_head(cl: Clause, i: int, name_at: int) -> str | None:
    """Rule acting-for-head: "가온시장 권한대행인 이솔빛 부시장" — the deputy (title ``i``, name
    right before it) stands in for a head whose title swallowed the body (가온시장): the person
    is that body's officer. The standing in may be told as a clause ("… 권한대행을 맡고 있는",
    "… 직무 대행을 맡은"), and the body written before the head's title ("누리재단 이사장
    직무대행을 맡은 김다온 상임이사"), or only its kind ("지부 사무처장 권한 대행을 …")."""
    head_at = _head_stood_in_for(cl, name_at) if name_at == i - 1 else None
    if head_at is None or head_at < 0:
        return None
    head = cl.words[head_at]
    hit = title_of(head.stem)
    if head.particle or hit is None:
        return None
    if not hit[1]:          # the body written before the head's title, or its kind alone
        if head_at == 0:
            return None
        body = orgs.org_at(cl, head_at - 1)
        before = cl.words[head_at - 1]
        kind = ending(before.stem)
        bare_kind = kind is not None and kind.suffix == before.stem and not before.particle
        return body.name if body is not None else before.stem if bare_kind else None
    fused, qualified = fused_or_qualified(cl, head_at, *hit)
    return None if qualified else fused


def _head_stood_in_for(cl: Clause, name_at: int) -> int | None:
    """The word of the head's title before "권한대행(인)", "권한대행을 맡고 있는", "직무 대행을
    맡은" right before the name at ``name_at`` (None when no standing in is told there)."""
    words, k = cl.words, name_at - 1
    if k >= 1 and (words[k].stem, words[k].particle) == ("있", "는") and \
            (words[k - 1].stem, words[k - 1].particle) == ("맡", "고"):
        k -= 2
        particles: tuple[str, ...] = ("을",)
    elif k >= 0 and (words[k].stem, words[k].particle) == ("맡", "은"):
        k -= 1
        particles = ("을",)
    else:
        particles = ("", "인")
    if k < 1 or words[k].particle not in particles:
        return None
    if words[k].stem in _STANDS_IN:
        return k - 1
    spaced = words[k].stem in ("대행", "대리") and words[k - 1].stem in ("권한", "직무") and \
        not words[k - 1].particle
    return k - 2 if spaced else None
