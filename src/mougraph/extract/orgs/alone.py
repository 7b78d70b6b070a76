"""Names whose last word names no body by its ending alone, read from the word before it
(rows of ``find.ALONE_RULES``): a foreign region or district after its country, an office
called by its kind after the place it serves, a Latin brand, a body of a foreign place called
by its kind, a country's mission, a name written with a space before its ending (rule
spaced-ending), a temple after its order. None of these reads a whole organisation name
before it, so none needs ``org_at``; the rules that do live beside it in ``find``.
"""
from __future__ import annotations

import re

from ...lexicons import countries, denominations
from ...model import OrgKind
from ..clause import Clause
from ..lexicon import Ending, ending, is_name, title_of
from .mention import DOTS, Mention, comma_after, joined, title_after
from .words import (
    COMMON,
    GENERIC_WORDS,
    SERVED_PLACE,
    describes,
    generic_prefixes,
    is_place,
    ordinary_noun,
)

# rule foreign-region: "베트남 가람성과", "중국 누리성, 다솜시와", "미국 가온주와",
# "베트남 누리성 및 다솜시는": a province (성), state (주) or prefecture (현) written right
# after its country, closing a list item
_FOREIGN_REGION = re.compile(r"[가-힣]{2,5}(?:성|주|현)")


def foreign_region(cl: Clause, last: int, slot: bool = False) -> Mention | None:
    w = cl.words[last]
    if last == 0 or not _FOREIGN_REGION.fullmatch(w.stem) or \
            (w.tags[:1] != ("NNP",) and ordinary_noun(w.stem[:-1])) or \
            cl.words[last - 1].particle or cl.words[last - 1].stem not in countries() or \
            not (w.particle or w.text.endswith(",") or comma_after(cl, last)
                 or title_after(cl, last) or _and_after(cl, last)):
        return None
    start, end = cl.span_of(last, last)
    return Mention(w.stem, start, end, last, last, cl.marked(last))


# rule japanese-town: "일본 미나토정(港町)과", "사쿠라촌 촌장": a Japanese town (町, 정) or
# village (村, 촌), written right after 일본 or right before its head's title (정장, 촌장)
_JAPANESE_TOWN = re.compile(r"[가-힣]{2,6}(?:정|촌)")


def japanese_town(cl: Clause, last: int, slot: bool = False) -> Mention | None:
    w = cl.words[last]
    if not _JAPANESE_TOWN.fullmatch(w.stem):
        return None
    after_japan = last > 0 and cl.words[last - 1].stem == "일본" and \
        not cl.words[last - 1].particle and (w.particle or w.text.endswith(",")
                                             or comma_after(cl, last) or _and_after(cl, last))
    headed = not w.particle and last + 1 < len(cl.words) and \
        cl.words[last + 1].stem == w.stem[-1] + "장"
    if not (after_japan or headed):
        return None
    start, end = cl.span_of(last, last)
    return Mention(w.stem, start, end, last, last, cl.marked(last))


def _and_after(cl: Clause, k: int) -> bool:
    return k + 1 < len(cl.words) and cl.words[k + 1].stem == "및"


# rule foreign-district: "중국 가온시 누리구와": a district (구, 区) written right after a
# foreign city that follows its country is the city's district, named with its city
_DISTRICT = re.compile(r"[가-힣]{2,4}구")
_CITY = re.compile(r"[가-힣]{2,6}시")


def foreign_district(cl: Clause, last: int, slot: bool = False) -> Mention | None:
    w = cl.words[last]
    if last < 2 or not _DISTRICT.fullmatch(w.stem) or not w.particle or \
            not _CITY.fullmatch(cl.words[last - 1].stem) or cl.words[last - 1].particle or \
            cl.words[last - 2].stem not in countries() or cl.words[last - 2].particle:
        return None
    start, end = cl.span_of(last - 1, last)
    return Mention(joined(cl, last - 1, last), start, end, last - 1, last, cl.marked(last))


def office_of_place(cl: Clause, last: int, slot: bool = False) -> Mention | None:
    """"누리시 보건소", "솔빛마을 부녀회", "누리시장 상인회": a body called by its kind after the
    place it serves."""
    w = cl.words[last]
    e = ending(w.stem)
    if last == 0 or e is None or not (e.suffix == w.stem or _kind_of_people(w.stem, e)) or \
            len(w.stem) < 3 or e.unit or w.stem in GENERIC_WORDS or cl.words[last - 1].particle:
        return None
    place = cl.words[last - 1].stem
    if not (len(place) >= 2 and (is_place(place) and place.endswith(("시", "군", "구", "읍", "면",
                                                                 "동", "리"))
                                 or re.fullmatch(SERVED_PLACE, place))):
        return None
    first = last - 1
    while first > 0 and not cl.words[first - 1].particle and (
            is_place(cl.words[first - 1].stem) or cl.words[first - 1].stem in denominations()
            or re.fullmatch(SERVED_PLACE, cl.words[first - 1].stem)):
        first -= 1                      # "가람군 솔내면 주민자치회", "천주교 가온교구 복지회"
    start, end = cl.span_of(first, last)
    return Mention(joined(cl, first, last), start, end, first, last, cl.marked(last))


def _kind_of_people(stem: str, e: Ending) -> bool:
    """Rule place-people-body: "누리시 소상공인연합회", "가람군 청년협의회" — an association
    named only by the people it gathers (a word that never names a body alone) after its
    place; no university or company ("가람시 지역대학" is no body)."""
    head = stem[: -len(e.suffix)]
    return e.kind in (OrgKind.ASSOCIATION, OrgKind.NONPROFIT) and head in generic_prefixes()


_LATIN_BRAND = re.compile(r"[A-Z][A-Za-z0-9&]{0,5}")
_HANGUL_WORD = re.compile(r"[가-힣]{2,8}")


def brand_name(cl: Clause, last: int, slot: bool = False) -> Mention | None:
    """"AB 텔레콤", "CD 유플러스와": a Latin brand and a Hangul word after it (a company word, or
    in a party slot any word that is no title, place or common noun)."""
    w = cl.words[last]
    if last == 0 or cl.words[last - 1].particle or w.verbal or \
            not _LATIN_BRAND.fullmatch(cl.words[last - 1].stem) or \
            not _HANGUL_WORD.fullmatch(w.stem):
        return None
    e = ending(w.stem)
    company = e is not None and e.kind is OrgKind.COMPANY
    if not company and not (slot and e is None and title_of(w.stem) is None and len(w.stem) >= 3
                            and not is_place(w.stem) and w.stem not in COMMON
                            and w.stem not in GENERIC_WORDS):
        return None
    start, end = cl.span_of(last - 1, last)
    return Mention(joined(cl, last - 1, last), start, end, last - 1, last, cl.marked(last))


def abroad_kind(cl: Clause, last: int, slot: bool = False) -> Mention | None:
    """Rule abroad-kind: "일본 오사카 상공회의소와": a body called only by its kind, right after
    a foreign place that follows its country, is that place's body."""
    w, place = cl.words[last], cl.words[last - 1]
    e = ending(w.stem)
    if last < 2 or e is None or e.suffix != w.stem or len(w.stem) < 3 or e.unit or \
            cl.words[last - 2].stem not in countries() or cl.words[last - 2].particle or \
            place.particle or place.tags[:1] != ("NNP",) or place.stem in countries() or \
            ending(place.stem) is not None or not re.fullmatch(r"[가-힣]{2,6}", place.stem):
        return None
    start, end = cl.span_of(last - 1, last)
    return Mention(joined(cl, last - 1, last), start, end, last - 1, last, cl.marked(last))


MISSIONS = ("대사관", "총영사관", "영사관", "대표부")


def mission_of(cl: Clause, last: int, slot: bool = False) -> Mention | None:
    """Rule mission: "주한 베트남 대사관", "베트남 대사관과": a country's mission named by its
    kind after the country ("주한", "주부산" before it belong to the name)."""
    w = cl.words[last]
    if w.stem not in MISSIONS or cl.words[last - 1].stem not in countries() or \
            cl.words[last - 1].particle:
        return None
    first = last - 1
    if first > 0 and not cl.words[first - 1].particle and \
            re.fullmatch(r"주[가-힣]{1,4}", cl.words[first - 1].stem):
        first -= 1
    start, end = cl.span_of(first, last)
    return Mention(joined(cl, first, last), start, end, first, last, cl.marked(last))


_SPACED_PART = re.compile(r"[가-힣]{2,4}|[A-Z][A-Za-z]{2,11}")


def spaced_ending(cl: Clause, last: int, slot: bool = False) -> Mention | None:
    """Rule spaced-ending: "이장단 연합회", "…·이장단 연합회": a name written with a space
    before its ending (the ending alone, 연합회, names no body); the word before is a noun
    of the name, not a place, a kind or a descriptor. From a dotted list, its last item."""
    w = cl.words[last]
    e = ending(w.stem)
    if last == 0 or e is None or e.suffix != w.stem or len(w.stem) < 2 or e.unit or \
            e.kind is OrgKind.LOCAL_GOVERNMENT or w.verbal:
        return None
    prev = cl.words[last - 1]
    part = DOTS.split(prev.stem)[-1]
    # (a Latin name may stand there too: "…‧Vesta 연합회", and in the list before it)
    if prev.particle or prev.verbal or not _SPACED_PART.fullmatch(part) or \
            not all(t.startswith("NN") or t in ("XSN", "SP", "SW", "SL") for t in prev.tags) or \
            is_place(part) or describes(part) or part in GENERIC_WORDS or part in COMMON or \
            title_of(part) is not None or ending(part) is not None or \
            (is_name(part) and title_after(cl, last)):
        return None                     # ("김누리 상인회 대표": a person, their body's kind)
    start = cl.offset(prev.start) + len(prev.stem) - len(part)
    end = cl.span_of(last, last)[1]
    return Mention(f"{part} {w.stem}", start, end, last - 1, last, cl.marked(last))


def temple_of(cl: Clause, last: int, slot: bool = False) -> Mention | None:
    """Rule temple: "대한불교조계종 다온사": a word in 사 right after a Buddhist order names its
    temple (a word no ending marks as a body)."""
    w, prev = cl.words[last], cl.words[last - 1]
    if not (prev.stem in denominations() and prev.stem.endswith(("종", "불교"))
            and re.fullmatch(r"[가-힣]{1,3}사", w.stem) and not w.verbal):
        return None
    start, end = cl.span_of(last - 1, last)
    return Mention(joined(cl, last - 1, last), start, end, last - 1, last, cl.marked(last))
