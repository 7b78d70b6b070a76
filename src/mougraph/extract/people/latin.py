"""Latin writing: a body written in Latin after a name, a person's Latin name, and the
Latin spelling in brackets that ends a Hangul name (rule latin-spelled-name).
"""
from __future__ import annotations

import re
from typing import cast

from .. import orgs
from ..clause import Clause
from ..lexicon import Title, is_name, title_of
from .mention import PersonMention
from .names import CAPITALISED, name_word

# (a romanised Korean given name is hyphenated: "Kim Jae-won", rule hyphenated-given-name)
_LATIN_PART = rf"{CAPITALISED}(?:-[A-Za-z][a-z]+)?"
LATIN_PERSON = re.compile(rf"{CAPITALISED}(?:\s{_LATIN_PART}){{1,3}}")


# rule latin-spelled-name: "제니퍼 콜(Jennifer Cole) 메이플폴스 시장", "간바트(Ganbaatar) 울란시
# 부시장" — a foreign name in Hangul, its Latin spelling in brackets (as many words as the
# Hangul), then the body's word(s) and the title: the bracket marks where the name ends; with
# the title right after the bracket ("에밀리 로즈 카터(Emily Rose Carter) 총장") no body is
# written (org None: the person's body is read as for any name before its title)
LATIN_SPELLING = re.compile(rf"{CAPITALISED}(?:[\s-]{CAPITALISED}){{0,3}}")


def latin_spelled_people(cl: Clause) -> list[PersonMention]:
    words, out = cl.words, []
    for aside in cl.asides:
        if not LATIN_SPELLING.fullmatch(aside.text):
            continue
        first = aside.word + 1 - len(aside.text.split())
        if aside.word < 0 or first < 0 or any(
                words[k].particle or not re.fullmatch(r"[가-힣]{1,6}", words[k].stem)
                or title_of(words[k].stem) for k in range(first, aside.word + 1)) \
                or orgs.org_at(cl, aside.word) or orgs.is_region(words[aside.word].stem):
            continue                    # "가람대학교(Garam University)": a body's spelling
        at = next((k for k in range(aside.word + 1, min(aside.word + 5, len(words)))
                   if title_of(words[k].stem)), None)
        if at is None or any(words[k].particle or title_of(words[k].stem)
                             or name_word(words[k].stem) for k in range(aside.word + 1, at)):
            continue
        if at == aside.word + 1 and not _person_spelling(aside.text):
            continue                    # "메이플폴스(Maplefalls) 시장": a place's spelling
        rank, prefix = cast("tuple[Title, str]", title_of(words[at].stem))
        body = " ".join(words[k].stem for k in range(aside.word + 1, at)) or None
        name = " ".join(words[k].stem for k in range(first, aside.word + 1))
        start, end = cl.span_of(first, at)
        # rule fused: a named body fused into the title ("Nguyen Van My) 미르병원장": 미르병원's)
        fused = rank.body_of(prefix) if prefix and body is None and rank.fuse else None
        if fused is not None and orgs.looks_like_org(fused):
            out.append(PersonMention(name, rank.title, words[at].stem, rank, fused, False,
                                     start=start, end=end))
            continue
        out.append(PersonMention(name, words[at].stem, words[at].stem, rank, body,
                                 body is not None, context=_body_before(cl, first, body),
                                 start=start, end=end))
    return out


# the words of a place's Latin name ("Riverton County"): a spelling holding one, with no body
# after its bracket, spells the place before a local head's title, not the person
PLACE_WORDS = frozenset({"County", "City", "State", "Province", "Prefecture", "Region",
                         "District", "Town", "Village", "Island", "Republic", "Oblast", "Aimag"})


def _person_spelling(latin: str) -> bool:
    """A spelling with no body after it is a person's only in two words or more, none a
    body's or a place's word ("Emily Rose Carter", not "Maplefalls", "Riverton County")."""
    tokens = latin.replace("-", " ").split()
    return len(tokens) >= 2 and not (LATIN_BODY_WORDS | PLACE_WORDS) & set(tokens)


def _body_before(cl: Clause, first: int, body: str | None) -> str | None:
    """With no body after the bracket, the body written right before the name, if one is
    ("누리대학교 에밀리 카터(Emily Carter) 총장")."""
    if body is not None or first == 0 or cl.words[first - 1].particle:
        return None
    before = orgs.org_at(cl, first - 1)
    return before.name if before is not None else None


LATIN_TOKEN = re.compile(rf"{CAPITALISED}|[A-Z]\.?")
ACRONYM = re.compile(r"[A-Z][A-Z0-9&]{1,9}")
LATIN_BODY_WORDS = set("""Korea Korean Asia Global International University College Institute
    School Group Inc Corp Corporation Company Co Ltd Bank Foundation Center Centre Lab Labs
    Systems Technologies Technology Tech Electronics Solutions Partners Holdings Capital Motors
    Pharma Bio Energy Media Studio Studios Networks Software Services Association Society
    Council Agency Ministry Office Hospital Clinic Academy Campus Research Science
    Sciences""".split())


def latin_person_before(cl: Clause, first: int) -> tuple[int, str] | None:
    """Rule latin-name-org-title: "John Carter 호라이즌대 총장" — a name in two to four Latin
    words (a middle initial allowed) right before a body written in Hangul."""
    words = cl.words
    k = first - 1
    tokens: list[str] = []
    while k >= 0 and len(tokens) < 4 and not words[k].particle and \
            LATIN_TOKEN.fullmatch(words[k].stem):
        tokens.insert(0, words[k].stem)
        k -= 1
    if len(tokens) < 2 or LATIN_BODY_WORDS & set(tokens) or \
            not all(re.fullmatch(CAPITALISED, t) for t in (tokens[0], tokens[-1])):
        return None
    return k + 1, " ".join(tokens)


def latin_name_bare_body(cl: Clause, i: int) -> tuple[int, int | None, str] | None:
    """Rule latin-name-bare-body: "Katrin Vollendorf 미렐스타트 시장" — a Latin name, then one
    bare Hangul word no reader calls a body, then the title of a city's, county's or
    province's head written apart: the word is the place (not "Hyundai Motor 코리아 대표")."""
    words = cl.words
    j = i - 1
    if j < 2 or words[j].particle or not re.fullmatch(r"[가-힣]{2,8}", words[j].stem) or \
            title_of(words[j].stem) is not None or is_name(words[j].stem) or \
            not set(cast("tuple[Title, str]", title_of(words[i].stem))[0].fuse) & set("시군도"):
        return None
    found = latin_person_before(cl, j)
    return (found[0], j, found[1]) if found is not None else None


def latin_person_opening_body(cl: Clause, first: int) -> tuple[int, str] | None:
    """Rule latin-name-hangul-body: "Oliver Grant 한웰로보틱스 아시아태평양 총괄 부사장" — the
    body's reading as a brand ("Grant 한웰로보틱스", as "LG 루미스") took the last word of a
    Latin name: two to four Latin words ending with that word, a Hangul body after it that
    tells it is one by itself (not "Hyundai Motor 코리아 대표": a brand's Korean arm), and no
    Korean name before the Latin words ("김철수 Hyundai Motor 코리아 대표")."""
    words = cl.words
    if first + 1 >= len(words) or words[first].particle or \
            not re.fullmatch(CAPITALISED, words[first].stem) or \
            not re.match(r"[가-힣]", words[first + 1].stem) or \
            not orgs.looks_like_org(words[first + 1].stem, words[first + 1].tags):
        return None
    found = latin_person_before(cl, first + 1)
    if found is None or found[0] >= first or (
            found[0] > 0 and not words[found[0] - 1].particle
            and is_name(words[found[0] - 1].stem)):
        return None
    return found


def latin_name_latin_body(tokens: list[str], first: int, last: int
                          ) -> tuple[int, int | None, str] | None:
    """Rule latin-name-latin-body: "John Carter Horizon University 총장" — a two-word name
    (three with a middle initial: "Daniel K. Morgan") and a body of two words or more whose
    last word says it is one (``LATIN_BODY_WORDS``)."""
    size = 3 if len(tokens) > 2 and re.fullmatch(r"[A-Z]\.?", tokens[1]) else 2
    name, body = tokens[:size], tokens[size:]
    if len(body) < 2 or body[-1] not in LATIN_BODY_WORDS or LATIN_BODY_WORDS & set(name) \
            or not all(re.fullmatch(CAPITALISED, t) for t in (name[0], name[-1])):
        return None
    return first, last, " ".join(name)


# rule name-latin-org-title: "홍길동 AB Korea 대표", "김철수 CD E&M 부문장", "이영희 KT 본부장":
# a Korean name, then a body written in one to three Latin words, then the title
LATIN_BODY_WORD = re.compile(r"[A-Za-z][A-Za-z0-9&.+\-]*|&")


def latin_run(cl: Clause, last: int) -> int:
    """The first word of the run of Latin words (no particle) that ends with word ``last``."""
    words = cl.words
    first = last
    while first - 1 >= 0 and last - first < 2 and not words[first - 1].particle and \
            LATIN_BODY_WORD.fullmatch(words[first - 1].stem):
        first -= 1
    return first


def name_latin_body(cl: Clause, i: int) -> tuple[int, int | None, str] | None:
    words = cl.words
    last = i - 1
    if last < 1 or words[last].particle or not LATIN_BODY_WORD.fullmatch(words[last].stem) \
            or not re.search(r"[A-Z]", words[last].stem):
        return None
    first = latin_run(cl, last)
    k = first - 1
    if k < 0 or words[k].particle or not is_name(words[k].stem):
        return None
    if _programme_of_unit(cl, k, first, i):
        return k, None, words[k].stem
    return k, last, words[k].stem


def _programme_of_unit(cl: Clause, k: int, first: int, i: int) -> bool:
    """Rule programme-of-unit: "△ 가온대학교 옥세린 RISE 사업단장" — one capitalised acronym
    between a name and a unit head's title (…단장), with the person's body written right before
    the name, names the programme the unit runs, no body of its own ("홍길동 KT 상무" with no
    body before the name keeps KT)."""
    words = cl.words
    return first == i - 1 and re.fullmatch(r"[A-Z]{2,6}", words[first].stem) is not None and \
        words[i].stem.endswith("단장") and k >= 1 and not words[k - 1].particle and \
        orgs.org_at(cl, k - 1) is not None


def latin_body(cl: Clause, org_word: int, after: int = -1) -> str | None:
    """The Latin body ending with word ``org_word`` ("AB Korea"), when it is one; it starts
    after word ``after`` (the person's name) when that is given."""
    first = latin_run(cl, org_word) if after < 0 else after + 1
    if first > org_word or not all(LATIN_BODY_WORD.fullmatch(w.stem)
                                   for w in cl.words[first:org_word + 1]):
        return None
    return " ".join(w.stem for w in cl.words[first:org_word + 1])


def latin_body_before_name(cl: Clause, name_at: int) -> str | None:
    """Rule latin-body-before-name: "QX NOVA 박하늘 대표", "ZR Lumen 최가온 대표이사" — two or
    three Latin words, each opening with a capital and none with a particle, right before a
    Korean name, are the person's body (a brand of more than one word: not its first word
    alone)."""
    words = cl.words
    last = name_at - 1
    if last < 1 or not is_name(words[name_at].stem):
        return None
    first = latin_run(cl, last)
    run = words[first:last + 1]
    if len(run) < 2 or any(w.particle or w.text.endswith(",") or not re.match(r"[A-Z]", w.stem)
                           for w in run):
        return None
    return " ".join(w.stem for w in run)
