"""Reading organisation names in a clause: ``org_at`` (the name ending with one word, extended
leftwards by ``left.LEFT_RULES``, or, when the word names no body alone, read by
``ALONE_RULES``) and ``mentions`` (every name in a clause). The rules that read a whole body
before their own word (a branch, a campus, a department, an attached body) call ``org_at``
again, so they live here with it.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from typing import cast

from ...lexicons import denominations, foreign_cities
from ...model import OrgKind
from ...morph import Word
from ..clause import Clause
from ..lexicon import ending, title_of
from .alone import (
    abroad_kind,
    brand_name,
    foreign_district,
    foreign_region,
    japanese_town,
    mission_of,
    office_of_place,
    spaced_ending,
    temple_of,
)
from .left import ATTACHED, ATTACHING, LEFT_RULES, Reach
from .lists import list_parts
from .looks import common_words_name, is_bare_unit, kind_of, lab_by_task, looks_like_org
from .mention import BULLETS, DOTS, Mention, joined
from .spaced import short_names_listed
from .words import COMMON, is_place, is_region, place_of_genitive, relation_adnominal

# words that end a name read leftwards ("A 겸 B", "A 및 B", "A 등 B")
UNIT_LEFT_STOP = {"겸", "및", "등"}


def org_at(cl: Clause, last: int, *, slot: bool = False) -> Mention | None:
    """The organisation name ending with word ``last`` of the clause, extended leftwards."""
    key = ("org_at", last, slot)
    if key not in cl.memo:
        cl.memo[key] = _org_at(cl, last, slot)
    return cast("Mention | None", cl.memo[key])


def _org_at(cl: Clause, last: int, slot: bool) -> Mention | None:
    words = cl.words
    w = words[last]
    marked = cl.marked(last)
    if not looks_like_org(w.stem, w.tags, marked, slot) and not is_bare_unit(w.stem):
        if DOTS.search(w.stem) and list_parts(w.stem) is not None:
            return _dotted_names(cl, last)  # "누리대·다솜대와": the dot hid the short names
        if last == 0 or words[last - 1].particle:
            return None     # the rules below all read a word before, with no particle
        return next((m for rule in ALONE_RULES if (m := rule(cl, last, slot)) is not None), None)
    e = ending(w.stem)
    unit = bool(e and e.unit) or _college_of(cl, last)
    reach = Reach(cl, last, w.stem, first=last, bare=is_bare_unit(w.stem), unit=unit,
                  # "홍길동 가나공사 사장": before a name a title follows stands a person
                  # (or a department title: "홍길동 가람대학교 대외협력본부장")
                  titled=last + 1 < len(words) and title_of(words[last + 1].stem) is not None)
    j = last - 1
    while j >= 0:
        prev = words[j]
        # (a foreign place Kiwi reads as a verb is none: "꽝남" as 꽝 + 나 + ㅁ)
        if prev.particle or (prev.verbal and not _honorific_place(prev)
                             and prev.stem not in denominations()
                             and prev.stem not in foreign_cities()) or not prev.stem \
                or prev.stem in UNIT_LEFT_STOP or place_of_genitive(prev.stem) \
                or relation_adnominal(prev.stem):
            break
        step = next((s for rule in LEFT_RULES if (s := rule(reach, j)) is not None), None)
        if not step:
            break                           # no rule takes the word, or the name ends with it
        j -= 1
    first, parent = reach.first, reach.parent
    if first == last and (reach.bare or kind_after_list(cl, last)):
        return None
    if parent is None and reach.unit and first < last:
        parent = _chain_parent(cl, first, last)
    name = joined(cl, first, last)
    start, end = cl.span_of(first, last)
    bare = name.lstrip(BULLETS)             # "△가람대학교": a list mark glued to the name
    start, name = start + len(name) - len(bare), bare
    return Mention(name, start, end, first, last, marked or any(
        cl.marked(k) for k in range(first, last + 1)), parent)


def kind_after_list(cl: Clause, last: int) -> bool:
    """Rule kind-after-list: "가람·새봄 저축은행은": the kind alone after a dotted list the
    spaced view did not join (rule spaced-list-kind) is the list's kind, never a bare body
    (a name read leftwards keeps the list: "가온·누리 기술대학교")."""
    kind = cl.words[last].stem
    e = ending(kind)
    if e is None or last == 0 or not (e.suffix == kind or common_words_name(kind)):
        return False
    before = cl.words[last - 1]
    return not before.particle and short_names_listed(before.stem)


def _dotted_names(cl: Clause, last: int) -> Mention:
    """Names joined by a middle dot in one word, each a name of its own (split later)."""
    start, end = cl.span_of(last, last)
    return Mention(cl.words[last].stem, start, end, last, last, cl.marked(last))


# (a branch may serve two places, "가온·누리지사")
_BRANCH = re.compile(r"[가-힣]{2,8}(?:[·ㆍ][가-힣]{2,4})?(?:지사|지점|지국|시회|도회|지역회)")


# "한빛마트 누리점": a store of a retailer, named after its place
_STORE = re.compile(r"[가-힣]{2,6}점")


def _branch_of(cl: Clause, last: int, slot: bool = False) -> Mention | None:
    """Rule unit-of, for a branch named after its place: "한국가람공사 전북지역본부 남원지사",
    "가람건설협회 서울시회" (never a bare "전남지사", which is a governor's title)."""
    w = cl.words[last]
    store = _STORE.fullmatch(w.stem) is not None and w.stem[-2:] not in _NOT_STORES
    if last == 0 or not (_BRANCH.fullmatch(w.stem) or store) or cl.words[last - 1].particle:
        return None
    body = org_at(cl, last - 1, slot=True)     # a branch after it vouches for the body
    if body is None or is_place(cl.words[last - 1].stem) or is_region(cl.words[last - 1].stem):
        return None
    if store and not _BRANCH.fullmatch(w.stem) and kind_of(body.name) is not OrgKind.COMPANY:
        return None                            # (only a company has stores)
    start, end = cl.span_of(body.first_word, last)
    return Mention(joined(cl, body.first_word, last), start, end, body.first_word, last,
                   body.marked, body.name)


def _campus_of(cl: Clause, last: int, slot: bool = False) -> Mention | None:
    """Rule campus: "누리주립대학교 라스베이거스와" — a foreign city right after a university
    names its campus, one body with the city in its name."""
    w = cl.words[last]
    if w.stem not in foreign_cities():
        return None
    e = ending(cl.words[last - 1].stem)
    body = org_at(cl, last - 1) if e is not None and e.kind is OrgKind.UNIVERSITY else None
    if body is None:
        return None
    start, end = cl.span_of(body.first_word, last)
    return Mention(joined(cl, body.first_word, last), start, end, body.first_word, last,
                   body.marked)


# words ending in 점 that are no store ("관점", "거점", "시점")
_NOT_STORES = frozenset("""관점 거점 시점 중점 강점 약점 요점 초점 쟁점 지점 논점 정점 접점 허점
    원점 득점 실점 만점 감점 맹점""".split())


# rule department-of: "누리대학교 입학처와", "가온시 관광과와": in a party slot, a department
# named after the body whose unit signs (beside a person it is the body's office: the person
# speaks for the body)
_DEPARTMENT = re.compile(r"[가-힣]{2,8}(?:처|실|과|팀|국|본부)")
_HAS_DEPARTMENTS = frozenset({OrgKind.UNIVERSITY, OrgKind.HOSPITAL, OrgKind.LOCAL_GOVERNMENT,
                              OrgKind.PUBLIC_AGENCY, OrgKind.RESEARCH_INSTITUTE})


def _department_of(cl: Clause, last: int, slot: bool = False) -> Mention | None:
    w = cl.words[last]
    if not slot:
        return None
    if not _DEPARTMENT.fullmatch(w.stem) or w.stem[-2:] in COMMON or w.stem in COMMON or \
            title_of(w.stem) is not None or is_place(w.stem):
        return None
    body = org_at(cl, last - 1, slot=True)
    if body is None or kind_of(body.name) not in _HAS_DEPARTMENTS:
        return None
    start, end = cl.span_of(body.first_word, last)
    return Mention(joined(cl, body.first_word, last), start, end, body.first_word, last,
                   body.marked, body.name)


def brand_at(cl: Clause, last: int) -> Mention | None:
    """"AB 유플러스" ending with word ``last``, where a body is certain ("AB 유플러스(대표 …)")."""
    return brand_name(cl, last, True)


def _college_of(cl: Clause, last: int) -> bool:
    """"가람대학교 약학대학": a college (대학, 대학원) written after its university is a unit."""
    e = ending(cl.words[last].stem)
    if last == 0 or e is None or e.suffix not in ("대학", "대학원") or cl.words[last - 1].particle:
        return False
    pe = ending(cl.words[last - 1].stem)
    return pe is not None and pe.suffix in ("대학교", "대")


def _chain_parent(cl: Clause, first: int, last: int) -> str | None:
    """The body a unit's name holds before the unit ("한국과학기술원 문화기술대학원"); a chain
    of place words ("충북 가람군") is none."""
    parent = None
    for k in range(first, last):
        if looks_like_org(cl.words[k].stem, cl.words[k].tags) and not is_place(cl.words[k].stem):
            parent = joined(cl, first, k)
    return parent


def _attached_kind(cl: Clause, last: int, slot: bool = False) -> Mention | None:
    """Rule attached-body, named by its kind only: "누리대학교 의료원", "누리대학교 부설
    연구소", "한빛그룹 산하 재단" — the body a university, company or cooperative runs (in a
    party's slot, a company whose name Kiwi reads as common words: "한솔제약 중앙연구소와")."""
    w = cl.words[last]
    k = last - 1
    if cl.words[k].stem in ATTACHING and not cl.words[k].particle and k > 0:
        k -= 1
    prev = cl.words[k]
    if prev.particle or not (any(w.stem in tails for _, tails in ATTACHED)
                             or lab_by_task(w.stem)):
        return None
    body = org_at(cl, k, slot=slot and lab_by_task(w.stem))
    e = ending(body.name) if body is not None else None
    if body is None or e is None or is_place(body.name) or \
            not any(e.kind is kind and (w.stem in tails or "연구소" in tails
                                        and lab_by_task(w.stem)) for kind, tails in ATTACHED):
        return None
    start, end = cl.span_of(body.first_word, last)
    return Mention(joined(cl, body.first_word, last), start, end, body.first_word, last,
                   body.marked, body.name)


# The ways a word no ending marks as a body still ends a name (each reads the word before it,
# with no particle between), tried in this order; a new construction is a new row.
ALONE_RULES: tuple[Callable[[Clause, int, bool], Mention | None], ...] = (
    _branch_of,
    office_of_place,
    brand_name,
    foreign_region,
    japanese_town,
    foreign_district,
    abroad_kind,
    _campus_of,
    _department_of,                 # (in a party's slot only)
    _attached_kind,
    temple_of,
    mission_of,
    spaced_ending,
)


def _honorific_place(w: Word) -> bool:
    """"누리시 자원봉사센터": a city Kiwi reads as a verb with the honorific 시 (누리 + 시)."""
    return w.tags[-1:] == ("EP",) and w.stem.endswith("시") and not w.particle and \
        re.fullmatch(r"[가-힣]{2,4}", w.stem) is not None and is_place(w.stem)


def mentions(cl: Clause) -> list[Mention]:
    """Every organisation name in a clause (rightmost reading of each run of words)."""
    if ("mentions",) not in cl.memo:
        cl.memo[("mentions",)] = tuple(_mentions(cl))
    return list(cast("tuple[Mention, ...]", cl.memo[("mentions",)]))


def _mentions(cl: Clause) -> list[Mention]:
    out: list[Mention] = []
    taken = -1
    found: list[Mention] = []
    for i in range(len(cl.words) - 1, -1, -1):
        if i <= taken - 1 and any(m.first_word <= i <= m.last_word for m in found):
            continue
        m = org_at(cl, i)
        if m is not None:
            found.append(m)
            taken = m.first_word
    for m in sorted(found, key=lambda m: m.start):
        out.append(m)
    # "정책조정실·총리공보실": names joined by a middle dot inside one word; a headline's
    # "가나구-다라은행" pairs two names with a hyphen
    split: list[Mention] = []
    for m in out:
        parts = re.split(r"[·‧ㆍ・]|(?<=[가-힣])[-–](?=[가-힣])", m.name)
        paired = "-" in m.name or "–" in m.name
        if len(parts) > 1 and (all(looks_like_org(p) for p in parts) or paired and all(
                ending(p) is not None and len(p) >= 2 for p in parts)):
            pos = m.start
            for p in parts:
                split.append(Mention(p, pos, pos + len(p), m.first_word, m.last_word, m.marked))
                pos += len(p) + 1
        else:
            split.append(m)
    return split
