"""Organisation names: where a name starts and ends, its kind, and which forms are one body.

Rules (each named where it is applied):
- *ending*: a word is a name when it ends in an organisation ending from
  ``lexicons/org_suffixes.tsv`` (대학교, 협회, 구청, 공단, 병원, 그룹, …) after a specific
  part ("경복" + 대학교), or carries a legal-form mark ((주), ㈜, (사), (재)).
- *place-before*: place words and descriptors (서울, 충남, 국립, 단성면) before a name belong
  to the written form ("충북 가람군"); the canonical name drops a leading region/descriptor.
- *unit-of*: a unit (산학협력단, 사업단, 대학원, 지역본부, 센터) written after its body keeps
  the body in its name ("한국과학기술원 문화기술대학원"), and the body is its ``parent``.
- *same-body*: short and long forms of one body are merged ("경복대"/"경복대학교",
  "남도경총"/"남도경영자총협회", "측량공사"/"대한측량공사", "가람군"/"가람군청"), never two
  bodies that are listed side by side as separate parties.
- *metro-city*: a party written 대전시 is named 대전광역시 (``lexicons/metro_cities.tsv``).
- *known*: a form the gazetteer knows (``mougraph.gazetteer``: 산림청, 경북도, 카이스트) is a
  name without an ending rule, gives the kind when no ending does, and two forms of one known
  body are one body (충북 / 충북도). The gazetteer helps; an unknown name still counts.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import cast

from .. import gazetteer
from ..lexicons import (
    countries,
    denominations,
    descriptors,
    foreign_cities,
    foreign_family_names,
    metro_cities,
    read_lexicon,
    regions,
)
from ..model import Organisation, OrgKind, Span
from ..morph import Word, readings, tokenize
from .clause import Clause
from .lexicon import Ending, compact, ending, foreign_syllable, is_name, title_of

_HANGUL = re.compile(r"[가-힣]")
_LATIN_NAME = re.compile(r"[A-Z][A-Za-z&.+\-]*(\s[A-Z][A-Za-z&.+\-]*)*")
# generic heads that never name a body on their own
_GENERIC_WORDS = {"기관", "기업", "단체", "대학", "대학교", "센터", "협회", "재단", "공단", "학교",
                  "지자체", "지방자치단체", "병원", "회사", "업체", "본부", "사업단", "산학협력단",
                  "정부", "부처", "시", "군", "구", "도", "동", "면", "양사", "양측", "양기관"}
# ordinary words that end like a place or a university ("도시", "시대", "연구")
_COMMON = frozenset("""
도시 당시 동시 즉시 상시 수시 전시 감시 표시 개시 게시 지시 무시
제시 중시 역시 다시 혹시 시대 세대 반대 최대 확대 기대 연대 증대
지대 부대 무대 상대 거대 절대 강대 연구 요구 도구 친구 지구 가구
출구 입구 창구 추구 공동연구 경제도시 이번 해군 공군 육군 아군 적군
직군 업무 정부 전부 일부 내부 외부 본부 간부 세부 학부 부부 전면
측면 이면 정면 방면 국면 가동 활동 행동 이동 운동 공동 노동 자동
협동 변동 감동 연동 출동 발동 진동 작동 가도 제도 정도 지도 속도
용도 태도 시도 의도 강도 각도 한도 비도 주도 온도 밀도 고도 빈도
선도 인도 적도 보도 매도 전도 신청 요청 시청 구청 군청 도청 처처
대처 근처 출처 상처 점진
인구 탐구 항구 공구 완구 문구 전구 용구 축구 야구 농구 배구 족구 탁구 당구 수구
""".split())
_PLACE_ENDINGS = ("시", "군", "구", "도", "동", "면", "읍", "리", "가")
_UNIT_LEFT_STOP = {"겸", "및", "등"}


@lru_cache(maxsize=4096)
def known(word: str) -> gazetteer.Entry | None:
    """Rule known: the body ``word`` names when the whole word is a strong gazetteer form
    (not a lookup-only stem like 예산, not a form shared by several bodies like 중구)."""
    m = gazetteer.longest_at(word, 0) if word else None
    return m.entry if m is not None and m.end == len(word) else None


def is_known_form(name: str) -> bool:
    """Any form of a body the gazetteer knows, even one shared by several (광주시, 중구)."""
    return bool(gazetteer.candidates(name))


@lru_cache(maxsize=1)
def _generic_prefixes() -> frozenset[str]:
    return frozenset(w for row in read_lexicon("generic_orgs.txt") for w in row)


def describes(word: str) -> bool:
    """A word that only says what kind of body follows ("지역", "관내", "중소", "청년")."""
    return word in _generic_prefixes()


def is_generic(word: str) -> bool:
    """A head that never names a body on its own (기관, 기업, 센터, 양사, …)."""
    return word in _GENERIC_WORDS or word in _COMMON


def is_region(word: str) -> bool:
    return word in regions() or word in descriptors()


def is_place(word: str) -> bool:
    """A place word that may stand before a name: a region, or 송파구 / 솔내면 / 하늘2동."""
    if is_region(word):
        return True
    return (2 <= len(word) <= 6 and word.endswith(_PLACE_ENDINGS) and word not in _COMMON
            and word[-2:] not in _COMMON
            and bool(re.fullmatch(r"[가-힣][가-힣0-9]*", word))
            and word[:-1] not in _generic_prefixes() and not _word_like_a_village(word)
            and not clock_or_count(word) and not verb_form(word))


# rule clock-or-count: "오후2시", "10시", "20대", "30도": a number before a one-syllable
# counter (an hour, an age group, degrees), after a time of day or not, names no body or place
_CLOCK_OR_COUNT = re.compile(
    r"(?:오전|오후|새벽|아침|낮|저녁|밤|정오|자정)?\s?\d+(?:[.,]\d+)?[가-힣]")


def clock_or_count(word: str) -> bool:
    """A time of day or a count ("오후2시", "20대"), however its last syllable reads."""
    return bool(_CLOCK_OR_COUNT.fullmatch(word.strip()))


@lru_cache(maxsize=4096)
def verb_form(word: str) -> bool:
    """Rule verb-form: "보면", "따르면", "읽으면": a word each of whose three best readings by
    Kiwi is a verb or adjective with its endings, no noun in it (a conditional 면 ends like a
    township), is no place. A name Kiwi can also read as a noun ("누리면", "솔내면", "서면")
    stays a place."""
    return all(toks and toks[0].tag in {"VV", "VA", "VX"} and not any(t.is_noun for t in toks)
               for toks in readings(word, 3))


def _word_like_a_village(word: str) -> bool:
    """"일자리", "거리", "머리": an ordinary word that ends like a village (리) is no place."""
    return word.endswith("리") and ordinary_noun(word) and not is_known_form(word)


@lru_cache(maxsize=1 << 16)    # every rule asks it of the same words again
def looks_like_org(stem: str, tags: tuple[str, ...] = (), marked: bool = False,
                   slot: bool = False) -> bool:
    """Rule *ending*: the word names a body (not a generic noun like 지역대학 or 관내 기업).

    ``slot``: the word stands where a party stands ("A와 협약을 체결했다"), which is evidence
    enough for a name Kiwi does not know as a proper noun.
    """
    stem = stem.strip()
    if len(stem) < 2 or stem in _GENERIC_WORDS or stem in _COMMON:
        return marked and len(stem) >= 2
    if clock_or_count(stem):
        return False                        # "오후2시", "20대": a time or a count
    if marked or known(stem) is not None:
        return True
    if military_unit(stem, tags):
        return True
    e = ending(stem)
    if e is None:
        return False
    head = stem.replace(" ", "")[: -len(e.suffix)]
    if not head or head in _generic_prefixes():
        return False
    if is_region(stem):
        return True                         # 대전시, 경기도, 서울특별시
    proper = bool(tags) and tags[0] in ("NNP", "SL")
    if len(e.suffix) == 1:
        return _short_ending_name(stem, e, tags, proper, slot)
    if e.kind is OrgKind.COMPANY and tags and not proper:
        # 발전, 산업, 건설 … are also common nouns ("지역균형발전")
        if not slot or any(head.startswith(g) for g in _generic_prefixes() if len(g) >= 2):
            return False
    return True


# rule military-unit: "제1사단", "제7보병사단", "제3함대", "제5172부대" (a number names the
# unit: a division by a short one, a unit by its 3-5 digit code), and "누리부대", a unit Kiwi
# knows as a proper name (never "군부대", "지역 부대", "심사단")
_NUMBERED_UNIT = re.compile(
    r"제\d{1,3}[가-힣]{0,4}(?:사단|여단|연대|대대|전대|함대|비행단)|제\d{3,5}부대")
_NAMED_UNIT = re.compile(r"[가-힣]{2,4}부대")


def military_unit(stem: str, tags: tuple[str, ...] = ()) -> bool:
    """A military unit named by its number, or by a proper name before 부대."""
    if _NUMBERED_UNIT.fullmatch(stem):
        return True
    return bool(_NAMED_UNIT.fullmatch(stem)) and tags[:1] == ("NNP",) and \
        stem[:-2] not in _COMMON and stem[:-2] not in _generic_prefixes()


def _short_ending_name(stem: str, e: Ending, tags: tuple[str, ...], proper: bool,
                       slot: bool) -> bool:
    """시/군/구/대/…: a place or school name Kiwi knows (NNP), or a short one that does not
    end in an ordinary word ("경제도시", "공동연구", "미래세대")."""
    if stem[-2:] in _COMMON and not proper:
        return False
    short = "대시군구도" if slot else "대시군구"
    return proper or (not tags and len(stem) <= 4) or (
        len(stem) <= 6 and e.suffix in short and stem.isalnum())


def is_bare_unit(stem: str) -> bool:
    """산학협력단, 사업단, LINC 3.0 사업단, 농업법인: a unit name that needs words before it."""
    e = ending(stem)
    if e is None or not e.unit:
        return False
    head = stem.replace(" ", "")[: -len(e.suffix)]
    return not head or head in _generic_prefixes() or not _HANGUL.search(head)


@dataclass(frozen=True)
class Mention:
    """An organisation name as written in one place (legal marks cut)."""

    name: str
    start: int
    end: int
    first_word: int
    last_word: int
    marked: bool = False
    parent: str | None = None

    @classmethod
    def outside(cls, name: str, start: int, end: int, marked: bool = False) -> Mention:
        """A name read outside a clause's words (a person's organisation, an aside, a name
        from another sentence): it has article offsets but no word indices."""
        return cls(name, start, end, NO_WORD, NO_WORD, marked)


NO_WORD = -1        # the word index of a name read outside a clause's words


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
            return None     # the four rules below all read a word before, with no particle
        return _branch_of(cl, last) or _office_of_place(cl, last) or \
            _brand_name(cl, last, slot) or _foreign_region(cl, last) or \
            _foreign_district(cl, last) or \
            _abroad_kind(cl, last) or _campus_of(cl, last) or \
            (_department_of(cl, last) if slot else None) or _attached_kind(cl, last, slot) or \
            _temple_of(cl, last) or _mission_of(cl, last) or _spaced_ending(cl, last)
    e = ending(w.stem)
    unit = bool(e and e.unit) or _college_of(cl, last)
    reach = _Reach(cl, last, w.stem, first=last, bare=is_bare_unit(w.stem), unit=unit,
                   # "홍길동 가나공사 사장": before a name a title follows stands a person
                   # (or a department title: "홍길동 가람대학교 대외협력본부장")
                   titled=last + 1 < len(words) and title_of(words[last + 1].stem) is not None)
    j = last - 1
    while j >= 0:
        prev = words[j]
        if prev.particle or (prev.verbal and not _honorific_place(prev)
                             and prev.stem not in denominations()) or not prev.stem \
                or prev.stem in _UNIT_LEFT_STOP:
            break
        step = next((s for rule in _LEFT_RULES if (s := rule(reach, j)) is not None), None)
        if not step:
            break                           # no rule takes the word, or the name ends with it
        j -= 1
    first, parent = reach.first, reach.parent
    if reach.bare and first == last:
        return None
    if parent is None and reach.unit and first < last:
        parent = _chain_parent(cl, first, last)
    name = _joined(cl, first, last)
    start, end = cl.span_of(first, last)
    bare = name.lstrip(BULLETS)             # "△가람대학교": a list mark glued to the name
    start, name = start + len(name) - len(bare), bare
    return Mention(name, start, end, first, last, marked or any(
        cl.marked(k) for k in range(first, last + 1)), parent)


def _dotted_names(cl: Clause, last: int) -> Mention:
    """Names joined by a middle dot in one word, each a name of its own (split later)."""
    start, end = cl.span_of(last, last)
    return Mention(cl.words[last].stem, start, end, last, last, cl.marked(last))


# (a branch may serve two places, "가온·누리지사")
_BRANCH = re.compile(r"[가-힣]{2,8}(?:[·ㆍ][가-힣]{2,4})?(?:지사|지점|지국|시회|도회|지역회)")
_BRANCH_OFFICE = re.compile(r"[가-힣]{2,8}(?:지사|지점|지국|지원|출장소)")
# "한빛마트 누리점": a store of a retailer, named after its place
_STORE = re.compile(r"[가-힣]{2,6}점")


def _branch_of(cl: Clause, last: int) -> Mention | None:
    """Rule unit-of, for a branch named after its place: "한국가람공사 충남지역본부 홍성지사",
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
    return Mention(_joined(cl, body.first_word, last), start, end, body.first_word, last,
                   body.marked, body.name)


def _campus_of(cl: Clause, last: int) -> Mention | None:
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
    return Mention(_joined(cl, body.first_word, last), start, end, body.first_word, last,
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


def _department_of(cl: Clause, last: int) -> Mention | None:
    w = cl.words[last]
    if not _DEPARTMENT.fullmatch(w.stem) or w.stem[-2:] in _COMMON or w.stem in _COMMON or \
            title_of(w.stem) is not None or is_place(w.stem):
        return None
    body = org_at(cl, last - 1, slot=True)
    if body is None or kind_of(body.name) not in _HAS_DEPARTMENTS:
        return None
    start, end = cl.span_of(body.first_word, last)
    return Mention(_joined(cl, body.first_word, last), start, end, body.first_word, last,
                   body.marked, body.name)


# rule foreign-region: "베트남 가람성과", "중국 누리성, 다솜시와", "미국 가온주와": a province
# (성), state (주) or prefecture (현) written right after its country, closing a list item
_FOREIGN_REGION = re.compile(r"[가-힣]{2,5}(?:성|주|현)")


def _foreign_region(cl: Clause, last: int) -> Mention | None:
    w = cl.words[last]
    if last == 0 or not _FOREIGN_REGION.fullmatch(w.stem) or \
            (w.tags[:1] != ("NNP",) and ordinary_noun(w.stem[:-1])) or \
            cl.words[last - 1].particle or cl.words[last - 1].stem not in countries() or \
            not (w.particle or w.text.endswith(",") or _comma_after(cl, last)
                 or _title_after(cl, last)):
        return None
    start, end = cl.span_of(last, last)
    return Mention(w.stem, start, end, last, last, cl.marked(last))


# rule foreign-district: "중국 가온시 누리구와": a district (구, 区) written right after a
# foreign city that follows its country is the city's district, named with its city
_DISTRICT = re.compile(r"[가-힣]{2,4}구")
_CITY = re.compile(r"[가-힣]{2,6}시")


def _foreign_district(cl: Clause, last: int) -> Mention | None:
    w = cl.words[last]
    if last < 2 or not _DISTRICT.fullmatch(w.stem) or not w.particle or \
            not _CITY.fullmatch(cl.words[last - 1].stem) or cl.words[last - 1].particle or \
            cl.words[last - 2].stem not in countries() or cl.words[last - 2].particle:
        return None
    start, end = cl.span_of(last - 1, last)
    return Mention(_joined(cl, last - 1, last), start, end, last - 1, last, cl.marked(last))


@lru_cache(maxsize=1024)
def ordinary_noun(word: str) -> bool:
    """"의존", "가능": a word Kiwi knows as one common noun, so "의존성" is no province (a
    transcribed name is unknown to it, or a proper noun, or has a foreign syllable)."""
    toks = tokenize(word)
    return len(toks) == 1 and toks[0].tag == "NNG" and not any(foreign_syllable(c) for c in word)


def _title_after(cl: Clause, k: int) -> bool:
    return k + 1 < len(cl.words) and title_of(cl.words[k + 1].stem) is not None


def _comma_after(cl: Clause, k: int) -> bool:
    return k + 1 < len(cl.words) and cl.words[k + 1].text == ","


# a village, market or estate a body serves ("솔빛마을 부녀회", "누리시장 상인회")
# (an estate may be numbered: "누리마을3단지", "누리마을 3단지"; so may a village: "가온2리")
_SERVED_PLACE = re.compile(
    r"[가-힣0-9]{1,8}(?:마을|전통시장|시장|상가|상점가|아파트|단지|도시|지구)|[가-힣]{1,6}[0-9]{1,2}리")


def _office_of_place(cl: Clause, last: int) -> Mention | None:
    """"누리시 보건소", "솔빛마을 부녀회", "누리시장 상인회": a body called by its kind after the
    place it serves."""
    w = cl.words[last]
    e = ending(w.stem)
    if last == 0 or e is None or not (e.suffix == w.stem or _kind_of_people(w.stem, e)) or \
            len(w.stem) < 3 or e.unit or w.stem in _GENERIC_WORDS or cl.words[last - 1].particle:
        return None
    place = cl.words[last - 1].stem
    if not (len(place) >= 2 and (is_place(place) and place.endswith(("시", "군", "구", "읍", "면",
                                                                 "동", "리"))
                                 or re.fullmatch(_SERVED_PLACE, place))):
        return None
    first = last - 1
    while first > 0 and not cl.words[first - 1].particle and (
            is_place(cl.words[first - 1].stem) or cl.words[first - 1].stem in denominations()
            or re.fullmatch(_SERVED_PLACE, cl.words[first - 1].stem)):
        first -= 1                      # "가람군 솔내면 주민자치회", "천주교 가온교구 복지회"
    start, end = cl.span_of(first, last)
    return Mention(_joined(cl, first, last), start, end, first, last, cl.marked(last))


def _kind_of_people(stem: str, e: Ending) -> bool:
    """Rule place-people-body: "누리시 소상공인연합회", "가람군 청년협의회" — an association
    named only by the people it gathers (a word that never names a body alone) after its
    place; no university or company ("가람시 지역대학" is no body)."""
    head = stem[: -len(e.suffix)]
    return e.kind in (OrgKind.ASSOCIATION, OrgKind.NONPROFIT) and head in _generic_prefixes()


def brand_at(cl: Clause, last: int) -> Mention | None:
    """"AB 유플러스" ending with word ``last``, where a body is certain ("AB 유플러스(대표 …)")."""
    return _brand_name(cl, last, True)


_LATIN_BRAND = re.compile(r"[A-Z][A-Za-z0-9&]{0,5}")
_HANGUL_WORD = re.compile(r"[가-힣]{2,8}")


def _brand_name(cl: Clause, last: int, slot: bool) -> Mention | None:
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
                            and not is_place(w.stem) and w.stem not in _COMMON
                            and w.stem not in _GENERIC_WORDS):
        return None
    start, end = cl.span_of(last - 1, last)
    return Mention(_joined(cl, last - 1, last), start, end, last - 1, last, cl.marked(last))


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
            parent = _joined(cl, first, k)
    return parent


@dataclass
class _Reach:
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

def _place_before(r: _Reach, j: int) -> bool | None:
    """Rule place-before: "충북 가람군", "서울 송파구청" (not "홍길동 가나공사 사장")."""
    prev = r.cl.words[j].stem
    # a name ending like a village ("김누리", "박유리") before a body is a person, not its place
    village_name = len(prev) == 3 and prev.endswith("리") and is_name(prev) and \
        known(prev) is None
    # "다나카 히로시 누리대학 학장": after a foreign family name, a given name (히로시)
    given = j > 0 and r.cl.words[j - 1].stem in foreign_family_names() and known(prev) is None
    if is_place(prev) and not (r.titled and is_name(prev)) and not village_name and not given:
        r.first = j
        return True
    return None


def _served_place_before(r: _Reach, j: int) -> bool | None:
    """Rule served-place: "누리마을3단지 자율방범대", "누리마을 3단지 부녀회": the village or
    estate a residents' body serves is part of its name."""
    e = ending(r.stem)
    if e is not None and e.kind in (OrgKind.ASSOCIATION, OrgKind.NONPROFIT) and \
            re.fullmatch(_SERVED_PLACE, r.cl.words[j].stem):
        r.first = j
        return True
    return None


def _paired_countries(r: _Reach, j: int) -> bool | None:
    """"한·몽 기술전문대학교", "한·중 교류센터"."""
    if r.first == r.last and re.fullmatch(r"[가-힣]·[가-힣](·[가-힣])*", r.cl.words[j].stem):
        r.first = j
        return True
    return None


def _abroad_kind(cl: Clause, last: int) -> Mention | None:
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
    return Mention(_joined(cl, last - 1, last), start, end, last - 1, last, cl.marked(last))


_MISSIONS = ("대사관", "총영사관", "영사관", "대표부")


def _mission_of(cl: Clause, last: int) -> Mention | None:
    """Rule mission: "주한 베트남 대사관", "베트남 대사관과": a country's mission named by its
    kind after the country ("주한", "주부산" before it belong to the name)."""
    w = cl.words[last]
    if w.stem not in _MISSIONS or cl.words[last - 1].stem not in countries() or \
            cl.words[last - 1].particle:
        return None
    first = last - 1
    if first > 0 and not cl.words[first - 1].particle and \
            re.fullmatch(r"주[가-힣]{1,4}", cl.words[first - 1].stem):
        first -= 1
    start, end = cl.span_of(first, last)
    return Mention(_joined(cl, first, last), start, end, first, last, cl.marked(last))


def _stationed_in(r: _Reach, j: int) -> bool | None:
    """Rule mission: "주부산 중국총영사관", "주한 베트남대사관": where a mission is stationed
    is part of its name."""
    if r.stem.endswith(_MISSIONS) and re.fullmatch(r"주[가-힣]{1,4}", r.cl.words[j].stem):
        r.first = j
        return False
    return None


def _foreign_place(r: _Reach, j: int) -> bool | None:
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
    common = _common_words_name(r.stem) and set_off and \
        ending(prev.stem) is None and not looks_like_org(prev.stem, prev.tags)
    # after its country a place that reads as a Korean name is a place ("베트남 하노이")
    city = prev.stem in foreign_cities()        # "하노이 가온국립대학교" (하노이 reads as a name)
    # a foreign city before any university names where it is, as its country does
    # ("하노이 가온대학교"; a Korean region is no part of the name, a foreign city is)
    e = ending(r.stem)
    campus = city and e is not None and e.kind is OrgKind.UNIVERSITY and not e.unit
    if r.first == r.last and (public or common or campus) and \
            (city or prev.tags and prev.tags[0] == "NNP" and prev.stem not in countries() and
             len(prev.stem) <= 5) and not prev.particle and \
            (not is_name(prev.stem) or any(foreign_syllable(c) for c in prev.stem) or abroad
             or city):
        r.first = j
        return True
    return None


@lru_cache(maxsize=4096)
def _common_words_name(stem: str) -> bool:
    """"해양대학교", "투자청", "상공회의소": an ending after common nouns only, a kind of body
    that needs the place before it to name one."""
    e = ending(stem)
    if e is None or e.kind is OrgKind.LOCAL_GOVERNMENT:
        return False                    # (a city's name is a name: "누리시")
    head = stem[: -len(e.suffix)]
    if not head or not re.fullmatch(r"[가-힣]+", head):
        return False
    return all(t.tag == "NNG" for t in tokenize(head))


# rule owned-by: "누리의료재단 다솜병원", "누리학원 다솜고등학교": a hospital, school or welfare
# house written after the foundation that runs it is one party, named in full (the legal form
# before the foundation, 의료법인 or 학교법인, is a mark cut from the words)
_FOUNDATIONS = ("재단", "학원")
_RUN_BY_FOUNDATION = (OrgKind.HOSPITAL, OrgKind.SCHOOL, OrgKind.UNIVERSITY)


def _owned_by(r: _Reach, j: int) -> bool | None:
    prev = r.cl.words[j]
    e = ending(r.stem)
    if r.first != r.last or e is None or not (
            e.kind in _RUN_BY_FOUNDATION or e.suffix in ("복지관", "요양원")) or \
            not prev.stem.endswith(_FOUNDATIONS) or \
            not looks_like_org(prev.stem, prev.tags, r.cl.marked(j)):
        return None
    r.first, r.parent = j, prev.stem
    return False


def _unit_of(r: _Reach, j: int) -> bool | None:
    """Rule unit-of: "한국과학기술원 문화기술대학원" (the body is the unit's parent)."""
    prev = r.cl.words[j]
    # "가람복지관ㆍ가람소방서ㆍ한국누리회 가람 문화센터": the unit's body is the last dotted name
    body = DOTS.split(prev.stem)[-1]
    spaced = _spaced_ending(r.cl, j) if (r.bare or r.unit) else None
    if spaced is not None:              # "이장단 연합회 가온군지회" (rule spaced-ending)
        r.first, r.parent = spaced.first_word, spaced.name
        return False
    if not ((r.bare or r.unit) and looks_like_org(body, prev.tags, r.cl.marked(j))):
        return None
    r.first = j
    r.parent = body
    pe = ending(prev.stem)
    if pe is not None and (pe.unit or pe.suffix == "대학"):
        # "산학연협력 선도대학 육성사업단": a weak body word inside a longer unit name
        r.bare, r.parent = True, None
        return True
    # "천주교 가온교구 사회복지회": the parent's denomination goes with it (rule denomination)
    return j > 0 and r.cl.words[j - 1].stem in denominations()


def _unit_own_name(r: _Reach, j: int) -> bool | None:
    """"LINC 3.0 사업단", "산학연협력 선도대학 육성사업단": words of a bare unit's own name."""
    prev = r.cl.words[j]
    if r.bare and (not _HANGUL.search(prev.stem) or re.fullmatch(r"[가-힣]{2,8}", prev.stem)
                   and not looks_like_org(prev.stem, prev.tags)
                   and not (prev.tags and prev.tags[0] == "NNP" and len(prev.stem) <= 3)):
        r.first = j
        return True
    return None


def _latin_brand(r: _Reach, j: int) -> bool | None:
    """"AB 텔레콤", "CD 바이오": a Latin brand before a company word is the name's head."""
    prev = r.cl.words[j].stem
    e = ending(r.stem)
    if r.first == r.last and e is not None and e.kind is OrgKind.COMPANY and \
            re.fullmatch(r"[A-Z][A-Za-z0-9&]{0,5}", prev):
        r.first = j
        return False
    return None


_SERVICES = {"육군", "해군", "공군", "해병대"}
_MILITARY = ("사단", "여단", "사령부", "함대", "비행단", "부대")


def _service_of(r: _Reach, j: int) -> bool | None:
    """"육군 제3보병사단", "해군 제2함대사령부": a military unit keeps its service."""
    if r.cl.words[j].stem in _SERVICES and r.stem.endswith(_MILITARY):
        r.first, r.parent = j, r.cl.words[j].stem
        return False
    return None


# denominations news writes short, with the name of the assembly glued ("예장가온", "예장누리")
_DENOMINATION_SHORT = ("예장", "기장", "기감", "기성", "예성")


def denomination(word: str) -> bool:
    """A religion or denomination ("천주교", "기독교대한감리회"), or a short one with its
    assembly's name ("예장가온")."""
    return word in denominations() or (
        word.startswith(_DENOMINATION_SHORT) and 3 <= len(word) <= 6
        and re.fullmatch(r"[가-힣]+", word) is not None)


def _denomination_of(r: _Reach, j: int) -> bool | None:
    """Rule denomination: "천주교 가온교구", "기독교대한감리회 누리지방회", "원불교 다온교당": the
    religion or denomination written before its body is part of the body's name."""
    if denomination(r.cl.words[j].stem):
        r.first = j
        return False
    return None


_SPACED_PART = re.compile(r"[가-힣]{2,4}|[A-Z][A-Za-z]{2,11}")


def _spaced_ending(cl: Clause, last: int) -> Mention | None:
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
            is_place(part) or describes(part) or part in _GENERIC_WORDS or part in _COMMON or \
            title_of(part) is not None or ending(part) is not None or \
            (is_name(part) and _title_after(cl, last)):
        return None                     # ("김누리 상인회 대표": a person, their body's kind)
    start = cl.offset(prev.start) + len(prev.stem) - len(part)
    end = cl.span_of(last, last)[1]
    return Mention(f"{part} {w.stem}", start, end, last - 1, last, cl.marked(last))


def _temple_of(cl: Clause, last: int) -> Mention | None:
    """Rule temple: "대한불교조계종 다온사": a word in 사 right after a Buddhist order names its
    temple (a word no ending marks as a body)."""
    w, prev = cl.words[last], cl.words[last - 1]
    if not (prev.stem in denominations() and prev.stem.endswith(("종", "불교"))
            and re.fullmatch(r"[가-힣]{1,3}사", w.stem) and not w.verbal):
        return None
    start, end = cl.span_of(last - 1, last)
    return Mention(_joined(cl, last - 1, last), start, end, last - 1, last, cl.marked(last))


def _after_legal_mark(r: _Reach, j: int) -> bool | None:
    """Rule marked-head: "사단법인 가온 누리개발원", "(사)가온 누리협회": a bare word right
    after a legal mark, then a body's name, is the first word of that one name (the mark
    stands before the whole name, not before a body of its own)."""
    prev = r.cl.words[j]
    e = ending(r.stem)
    if r.first != r.last or e is None or e.unit or e.kind in (OrgKind.LOCAL_GOVERNMENT,
                                                              OrgKind.COMPANY) or \
            not _mark_before(r.cl, j) or _mark_before(r.cl, r.last) or \
            ending(prev.stem) is not None or is_place(prev.stem) or \
            not re.fullmatch(r"[가-힣A-Za-z]{2,8}", prev.stem):
        return None
    r.first = j
    return False


def _mark_before(cl: Clause, k: int) -> bool:
    """A legal mark stands right before word ``k``."""
    if not cl.marks or not cl.words[k].stem:
        return False
    at = cl.offset(cl.words[k].start)
    return any(at - 1 <= end <= at for _, end in cl.marks)


def _parent_before_place(r: _Reach, j: int) -> bool | None:
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


# rule event-committee: an event (a festival, a fair, a contest) is no body, but its committee
# is: "가온축제 운영위원회", "2026 누리엑스포 조직위원회"
_EVENT = re.compile(r"[가-힣A-Za-z0-9]+(?:축제|영화제|박람회|엑스포|대회|비엔날레|페스티벌|"
                    r"올림픽|체전|문화제|예술제|게임|페어|EXPO)")
_YEAR = re.compile(r"(?:19|20)\d\d")


def event_committee(word: str, committee: str) -> bool:
    """``word`` is an event (more than the event noun alone) and ``committee`` its committee."""
    e = ending(committee)
    return e is not None and e.suffix == "위원회" and _EVENT.fullmatch(word) is not None and \
        ending(word) is None and not is_place(word)


def _event_before(r: _Reach, j: int) -> bool | None:
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
_ATTACHED = (
    (OrgKind.UNIVERSITY, ("병원", "의료원", "교육원", "어학원", "연구소", "연구원", "박물관",
                          "도서관", "어린이집", "유치원", "미술관")),
    (OrgKind.COMPANY, ("재단", "노동조합", "노조", "봉사단", "연구소", "연구원", "어린이집")),
    (OrgKind.ASSOCIATION, ("하나로마트", "마트", "주유소", "장례식장")),
)


_ATTACHING = {"부설", "부속", "산하"}


def _attached_kind(cl: Clause, last: int, slot: bool = False) -> Mention | None:
    """Rule attached-body, named by its kind only: "누리대학교 의료원", "누리대학교 부설
    연구소", "한빛그룹 산하 재단" — the body a university, company or cooperative runs (in a
    party's slot, a company whose name Kiwi reads as common words: "한솔제약 중앙연구소와")."""
    w = cl.words[last]
    k = last - 1
    if cl.words[k].stem in _ATTACHING and not cl.words[k].particle and k > 0:
        k -= 1
    prev = cl.words[k]
    if prev.particle or not (any(w.stem in tails for _, tails in _ATTACHED)
                             or lab_by_task(w.stem)):
        return None
    body = org_at(cl, k, slot=slot and lab_by_task(w.stem))
    e = ending(body.name) if body is not None else None
    if body is None or e is None or is_place(body.name) or \
            not any(e.kind is kind and (w.stem in tails or "연구소" in tails
                                        and lab_by_task(w.stem)) for kind, tails in _ATTACHED):
        return None
    start, end = cl.span_of(body.first_word, last)
    return Mention(_joined(cl, body.first_word, last), start, end, body.first_word, last,
                   body.marked, body.name)


def lab_by_task(stem: str) -> bool:
    """"중앙연구소", "기술연구소": a laboratory named by common words only (no body alone, but
    one when written right after the university or company that runs it)."""
    return stem.endswith("연구소") and len(stem) > 3 and _common_words_name(stem)


def _attached_to(r: _Reach, j: int) -> bool | None:
    prev = r.cl.words[j]
    body = prev.stem
    e = ending(body)
    if r.first != r.last or e is None or is_place(body) or is_name(body) or \
            not looks_like_org(body, prev.tags) or " " in body:
        return None
    if not any(e.kind is kind and r.stem.endswith(tails) and ending(r.stem) is not None
               for kind, tails in _ATTACHED):
        return None
    r.first, r.parent = j, body
    return False


# The words a name takes on its left, tried in this order; a new construction is a new row.
_LEFT_RULES: tuple[Callable[[_Reach, int], bool | None], ...] = (
    _event_before,
    _latin_brand,
    _service_of,
    _denomination_of,
    _stationed_in,
    _after_legal_mark,
    _parent_before_place,
    _attached_to,
    _place_before,
    _served_place_before,
    _paired_countries,
    _foreign_place,
    _owned_by,
    _unit_of,
    _unit_own_name,
)


BULLETS = "△▲▽▼○●◎◇◆□■▶▷►※•∙⊙"


def _honorific_place(w: Word) -> bool:
    """"누리시 자원봉사센터": a city Kiwi reads as a verb with the honorific 시 (누리 + 시)."""
    return w.tags[-1:] == ("EP",) and w.stem.endswith("시") and not w.particle and \
        re.fullmatch(r"[가-힣]{2,4}", w.stem) is not None and is_place(w.stem)


def _joined(cl: Clause, first: int, last: int) -> str:
    return " ".join(cl.words[k].stem for k in range(first, last + 1) if cl.words[k].stem)


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


DOTS = re.compile(r"[·‧ㆍ・\u119e]")
_LOCAL = {"metropolitan_city", "province", "city", "county", "district", "administrative_city"}


def list_parts(name: str) -> list[str] | None:
    """"가람도서관·누리문화원" -> two names; None when ``name`` is one name.

    Rule shared-suffix: "가람·누리·다솜신용협동조합" -> 가람신용협동조합, 누리신용협동조합,
    다솜신용협동조합 (short names before one ending); rule known: "가람·누리" where every part
    is a local government the gazetteer knows (경기 수원·양평) -> each part as written.
    """
    paired = _paired(name)
    if paired is not None:
        return paired
    parts = DOTS.split(name)
    if len(parts) < 2 or any(len(p) < 2 for p in parts):
        return None
    named = sum(looks_like_org(p) for p in parts)
    if named and named + sum(_called_by_kind(p) for p in parts) >= 2 and \
            not any(is_region(p) and not _local_government(p) for p in parts) \
            and all(looks_like_org(p) or ending(p) is None or _called_by_kind(p) for p in parts):
        return parts
    # the short names all have one length: the last part is a name of that length + the ending
    size = len(parts[0])
    suffix = parts[-1][size:]
    if ending(parts[-1]) is not None and len(suffix) >= 2 and _whole_words(suffix) and all(
            re.fullmatch(r"[가-힣]{2,4}", p) and len(p) == size and ending(p) is None
            and not is_region(p) for p in parts[:-1]):
        return [p + suffix for p in parts[:-1]] + [parts[-1]]
    uneven = _shared_ending(parts)
    if uneven is not None:
        return uneven
    if all(any(c.kind in _LOCAL for c in gazetteer.candidates(p)) for p in parts):
        return parts
    return None


def _called_by_kind(part: str) -> bool:
    """Rule kind-in-list: "군청·교육지원청·누리복지관": an office called by its kind alone, in
    a list with other bodies, is the one of the place the article is about."""
    e = ending(part)
    return e is not None and e.suffix == part and \
        e.kind in {OrgKind.LOCAL_GOVERNMENT, OrgKind.CENTRAL_GOVERNMENT}


def _local_government(part: str) -> bool:
    """Rule province-in-list: "경기도·누리대학교·가온시" — a region written as its government
    (경기도, 충청남도; not the bare 경기 or 충남 of "충남·대전 지역") is a party of the list."""
    entry = known(part)
    return entry is not None and entry.kind in _LOCAL and part.endswith(("도", "시", "청"))


def _whole_words(suffix: str) -> bool:
    """The shared part is an ending, or words before one ("신용협동조합"), not a syllable of
    the last name cut off with it ("찬새마을금고" of 새마찬새마을금고)."""
    e = ending(suffix)
    return e is not None and len(suffix) - len(e.suffix) != 1


def _shared_ending(parts: list[str]) -> list[str] | None:
    """Rule shared-ending-uneven: "가람·미루·새마찬새마을금고" -> 가람새마을금고, 미루새마을금고,
    새마찬새마을금고: short names of two to four syllables (not of one length) before the last
    one's ending (of two syllables or more)."""
    e = ending(parts[-1])
    if e is None or len(e.suffix) < 2:
        return None
    stem = parts[-1][: -len(e.suffix)]
    if not all(re.fullmatch(r"[가-힣]{2,4}", p) and ending(p) is None and not is_region(p)
               for p in [*parts[:-1], stem]):
        return None
    return [p + e.suffix for p in parts[:-1]] + [parts[-1]]


# rule paired: "가람시-누리대학교 간 협약": two names joined by a hyphen or dash, each with an
# ending of its own (never "K-뷰티", "세종-대전 광역철도")
HYPHEN = re.compile(r"(?<=[가-힣])[-–](?=[가-힣])")


def _paired(name: str) -> list[str] | None:
    """"가온시-누리대", "가온시-누리대-한빛정밀": bodies joined by hyphens (of three or more, one
    may be a bare name, as the pair's hyphen vouches for it)."""
    parts = HYPHEN.split(name)
    named = [len(p) >= 3 and ending(p) is not None and looks_like_org(p) for p in parts]
    if len(parts) < 2 or not (all(named) or len(parts) >= 3 and sum(named) >= 2 and all(
            n or re.fullmatch(r"[가-힣A-Za-z]{2,10}", p) for n, p in zip(named, parts,
                                                                        strict=True))):
        return None
    return parts


def joined_parts(name: str) -> list[str]:
    """How ``name`` is written around its separators (dots or a pairing hyphen)."""
    return (HYPHEN if _paired(name) is not None else DOTS).split(name)


# --- canonical names ----------------------------------------------------------------------

_QUOTES = re.compile(r"['\"‘’“”「」『』]")


# bodies named for a place keep it ("가람군 솔내면 이장협의회"); others only name a venue or
# an address with it ("서울 중구 다동 한빛건설" is 한빛건설)
_OWN_NAMES = {OrgKind.COMPANY, OrgKind.UNIVERSITY, OrgKind.HOSPITAL, OrgKind.RESEARCH_INSTITUTE,
              OrgKind.FOREIGN}


def strip_descriptors(name: str) -> str:
    """Drop leading region/descriptor words: "서울 송파구청" -> "송파구청", "국립 금오공대 …"."""
    parts = name.split(" ")
    e = ending(parts[-1])
    own = e is not None and e.kind in _OWN_NAMES and not e.unit
    while len(parts) > 1 and (is_region(parts[0]) or (own and is_place(parts[0]))) and \
            looks_like_org(" ".join(parts[1:])):
        parts = parts[1:]
    return " ".join(parts)


def subsequence(short: str, long: str) -> bool:
    """The letters of ``short`` run in order through ``long``."""
    it = iter(long)
    return all(ch in it for ch in short)




_EXPANSIONS = {"대": ("대학교", "대학"), "시": ("시청",), "군": ("군청",), "구": ("구청",),
               "도": ("도청",), "여고": ("여자고등학교",), "공고": ("공업고등학교",),
               "여중": ("여자중학교",), "신협": ("신용협동조합",), "농협": ("농업협동조합",),
               "수협": ("수산업협동조합",), "축협": ("축산업협동조합",),
               # a newspaper or broadcaster called without its 사 ("가온신문" of 가온신문사)
               "신문": ("신문사",), "방송": ("방송사",), "일보": ("일보사",)}
# short school names with no ending of their own ("누리고", "가람중", "다솜초"): a form of the
# school only beside the full name it shortens
_SCHOOL_SHORT = {"고": "고등학교", "중": "중학교", "초": "초등학교"}


def school_in_full(name: str) -> str | None:
    """"누리중" -> "누리중학교": a short school name written out (None for other words)."""
    if ending(name) is None and len(name) >= 3 and name[-1] in _SCHOOL_SHORT:
        return name[:-1] + _SCHOOL_SHORT[name[-1]]
    return None


def _variants(name: str) -> list[str]:
    """A name and its written-out forms: 경복대 -> 경복대학교, 경복대학; 가람군 -> 가람군청."""
    out = [name]
    e = ending(name)
    for tail, longs in _EXPANSIONS.items():
        # "사아지구대" ends in 지구대, not in the 대 of a university
        if name.endswith(tail) and e is not None and e.suffix == tail:
            out += [name[: -len(tail)] + long for long in longs]
    full = school_in_full(name)
    if full is not None:
        out.append(full)
    return out


@lru_cache(maxsize=1 << 16)    # pairs of names recur across sentences and rules
def same_body(a: str, b: str) -> bool:
    """Rule *same-body*: ``a`` and ``b`` are forms of one organisation's name."""
    if compact(a) == compact(b):
        return True
    if len(compact(a)) > len(compact(b)):
        a, b = b, a
    x, y = compact(a), compact(b)
    if len(x) < 2:
        return False
    if _one_known_body(a, b):
        return True
    if _two_known_bodies(a, b):
        return False
    if any(_longer_form(v, y, b) for v in _variants(x)):
        return True
    return _abbreviation(x, y) or _same_unit(a, b) or _same_without_region(a, b)


def _same_without_region(a: str, b: str) -> bool:
    """Rule region-qualifier: "경기 가온대학교 산학협력단" and "가온대 산학협력단": the region
    written before a unit's body only says where it is; the forms match without it."""
    if " " not in a or " " not in b or a.rsplit(" ", 1)[1] != b.rsplit(" ", 1)[1]:
        return False
    e = ending(a.rsplit(" ", 1)[1])         # (only a unit's body: its parent's forms vary)
    sa, sb = strip_descriptors(a), strip_descriptors(b)
    return e is not None and e.unit and (sa, sb) != (a, b) and same_body(sa, sb)


def _same_unit(a: str, b: str) -> bool:
    """"다솜폴리텍 가온캠퍼스" / "한국다솜폴리텍대학 가온캠퍼스": one unit (its last word) of a
    body written short in one and in full in the other."""
    if " " not in a or " " not in b:
        return False
    (ha, ua), (hb, ub) = a.rsplit(" ", 1), b.rsplit(" ", 1)
    e = ending(ua)
    if DOTS.search(ha + hb):        # "3개 기업·한국누리회 가람지부": a list, not a longer name
        return False
    if compact(ua) != compact(ub) or e is None or not e.unit or is_bare_unit(ua):
        return False
    short, long = sorted((compact(ha), compact(hb)), key=len)
    return short != long and len(short) >= 2 and short in long and ending(long) is not None


def _two_known_bodies(a: str, b: str) -> bool:
    """Rule known-apart: "연암대학교" and "연암공과대학교" are each the whole form of a body the
    gazetteer knows, and of no same one: two bodies, whatever their letters share."""
    ka, kb = known(compact(a)), known(compact(b))
    return ka is not None and kb is not None and ka != kb and \
        not set(gazetteer.candidates(a)) & set(gazetteer.candidates(b))


def _one_known_body(a: str, b: str) -> bool:
    """Rule known: "충북" and "충북도", "카이스트" and "한국과학기술원" are forms of one body;
    so are "광주" and "광주시", which may each be either of the same two cities."""
    ca, cb = gazetteer.candidates(a), gazetteer.candidates(b)
    return bool(ca) and set(ca) == set(cb)


def _longer_form(v: str, y: str, b: str) -> bool:
    """``y`` (written ``b``) is ``v`` with more: a place or descriptor before it, or a unit
    after it."""
    if v == y:
        return True
    coined_unit = " " in b and compact(b.rsplit(" ", 1)[1]) == v and \
        looks_like_org(b.rsplit(" ", 1)[0])
    if y.endswith(v) and _descriptive_prefix(y[: -len(v)], b) and \
            (ending(v) is not None or coined_unit):
        return True            # 측량공사 / 대한측량공사; OO MC / OO공단 OO MC
    if y.endswith(v) and y[: -len(v)] in _SERVICES and military_unit(v):
        return True            # 제3보병사단 / 육군 제3보병사단: a unit written without its service
    if y.startswith(v):
        # "한국품질진흥원" / "한국품질진흥원 호남지역본부": a body named for its unit
        rest = _after(b, v)
        e = ending(rest) if rest else None
        # a campus is where a university meets more often than who signs: "가온대 누리캠퍼스
        # 대회의실에서" names no other form of 가온대
        if rest and e is not None and e.unit and "캠퍼스" not in rest:
            return True
    return False


def _abbreviation(x: str, y: str) -> bool:
    """남도경총 / 남도경영자총협회, 대전시설공단 / 대전광역시시설관리공단,
    서해과기대 / 서해과학기술대학교: ``x`` abbreviates ``y``."""
    if not (x[0] == y[0] and len(x) >= 3 and subsequence(x, y) and not y.startswith(x)):
        return False
    if _group_inserted(x, y):
        return False
    if x.endswith("대") and y.endswith(("대학교", "대학")):
        return subsequence(x[:-1], y[: y.rfind("대학")])
    ex, ey = ending(x), ending(y)
    last = y.rfind(x[-1])
    return last >= len(y) - 3 and ex is not None and ey is not None and ex.kind == ey.kind


# the people a body of its own serves ("가온시장애인체육회" beside "가온시체육회"), or the
# kind of school ("가온여자고등학교" beside "가온고등학교")
_GROUPS = ("장애인", "여성", "청소년", "노인", "어르신", "청년", "어린이", "다문화", "소상공인",
           "농업인", "학부모", "외국인", "중장년", "여자", "남자", "공업", "상업", "외국어")


def _group_inserted(x: str, y: str) -> bool:
    """Rule group-body: "가온시체육회" and "가온시장애인체육회", "가온고등학교" and
    "가온여자고등학교" are two bodies, not a name and its abbreviation: the longer is the
    shorter with the people it serves (or its kind of school) written in."""
    return any(y[:k] + y[k + len(g):] == x for g in _GROUPS for k in range(1, len(y))
               if y.startswith(g, k))


def _after(written: str, prefix: str) -> str:
    """What follows ``prefix`` (spaces ignored) in ``written``, when a space separates them."""
    count = 0
    for i, ch in enumerate(written):
        if count == len(prefix):
            rest = written[i:]
            return rest.strip() if rest.startswith(" ") else ""
        if ch != " ":
            count += 1
    return ""


def _descriptive_prefix(prefix: str, written: str) -> bool:
    """The part before a shorter form is a place, a descriptor or a parent body."""
    if not prefix:
        return True
    return (prefix in {"대한", "한국", "국립", "사립"} or is_region(prefix) or is_place(prefix)
            or prefix in countries()            # "몽골 국립의과대학" / "국립의대"
            or looks_like_org(prefix) or all(is_place(p) or re.fullmatch(_SERVED_PLACE, p)
                                             for p in written.split(" ")[:-1]))


def canonical(forms: list[str]) -> str:
    """The fullest form, descriptors dropped; a metro-city short form expanded.

    ``forms[0]`` is the form the party was named with; an office form ("다라시청", "가나군청")
    seen elsewhere (usually the venue) does not replace it.
    """
    cities = metro_cities()
    keep = [f for i, f in enumerate(forms)
            if i == 0 or not (f.endswith("청") and compact(f)[:-1] in {compact(g) for g in forms})]
    candidates = [cities.get(compact(f), f) for f in keep]
    stripped = [strip_descriptors(f) for f in candidates]
    return max(stripped, key=lambda f: (len(compact(f)), f.count(" ") == 0, f))


def kind_of(name: str, marked: bool = False) -> OrgKind | None:
    if not _HANGUL.search(name):            # a Latin name: foreign, unless known (KT, SKT)
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


def organisation(forms: list[str], *, marked: bool = False, parent: str | None = None,
                 evidence: Span | None = None) -> Organisation:
    # '"연구원은': a quotation mark Kiwi left on a word is no part of the name
    forms = list(dict.fromkeys(f for f in (_QUOTES.sub("", f).strip() for f in forms) if f))
    name = canonical(forms)
    aliases = sorted({f for f in forms if f != name} | ({strip_descriptors(f) for f in forms}
                                                         - {name}))
    if parent is None and " " in name:
        # "한국과학기술원 문화기술대학원": a unit written after its body (rule unit-of)
        body, unit = name.rsplit(" ", 1)
        e = ending(unit)
        if e is not None and e.unit and e.kind is not OrgKind.COMPANY and \
                looks_like_org(body.split(" ")[-1]):
            parent = body
    entry = gazetteer.lookup(name)          # rule known: the body's canonical name is a label
    if entry is not None and compact(entry.canonical) not in {compact(f) for f in forms}:
        aliases = sorted({*aliases, entry.canonical})
    if parent is not None:
        parent = strip_descriptors(parent)
    if parent and compact(parent) == compact(name):
        parent = None
    parents = _parent_forms([name, *forms])
    aliases = [a for a in aliases if a not in parents]
    return Organisation(name, tuple(aliases), kind_of(name, marked), parent, evidence)


# units the news calls by their body's name (a branch, a campus, a project office): the
# body's name stays one of theirs
_CALLED_BY_BODY = ("사업단", "산학협력단", "본부", "캠퍼스", "지부", "지사", "지점", "지회")


def _parent_forms(forms: list[str]) -> set[str]:
    """Rule parent-not-alias: "가온공단" beside the party "가온공단 누리 문화센터" names the
    body the unit belongs to, a separate organisation, not another form of the unit (the
    guidelines' "Former and parent names" and "Units"); so do the body's short forms ("가온대"
    beside "가온대학교 누리 연구센터")."""
    parents = {compact(a) for a in forms if any(_names_parent(a, f) for f in forms)}
    return {a for a in forms
            if any(compact(v) in parents for v in _variants(compact(a)))}


def _names_parent(form: str, full: str) -> bool:
    """``full`` is ``form`` followed by a unit with a name of its own ("가온공단" / "가온공단
    누리 문화센터"); not a unit the news calls by its body's name ("… LINC 3.0 사업단")."""
    if not compact(full).startswith(compact(form)):
        return False
    rest = _after(full, compact(form))
    if " " not in rest or rest.endswith(_CALLED_BY_BODY):
        return False
    e = ending(rest)
    return e is not None and e.unit
