"""Reading a name: a word that holds one (a glued 와/과 or 씨 cut off), a name Kiwi cut
before its title, a family name alone, and where a list of people breaks.
"""
from __future__ import annotations

import re

from ...hangul import NO_FINAL, final_of
from ...lexicons import countries, descriptors
from ...morph import PARTICLE_FORMS, Word
from .. import orgs
from ..clause import Clause
from ..lexicon import (
    ending,
    glued_name,
    is_family_name,
    is_name,
    is_two_syllable_family_name,
    title_of,
    two_syllable_name_in_do,
)

# a capitalised Latin word, letters with diacritics included ("José", "Müller", "Łukasz")
CAPITALISED = r"[A-ZÀ-ÖØ-ÞĀ-ž][a-zß-öø-ÿĀ-ž]+"


def name_word(stem: str) -> str | None:
    """The name a word holds, with a glued 와/과 (or 씨, "박다온씨와": Mr/Ms) cut off."""
    if len(stem) >= 3 and stem.endswith("씨") and is_name(stem[:-1]):
        return stem[:-1]
    return stem if is_name(stem) else glued_name(stem)


def list_broken(cl: Clause, start: int, end: int, joined: bool = False) -> bool:
    """A particle between two people ends the list, except "A를 비롯해 B, C" (and, in a
    delegation's list, 와/과 after a title: "누리대 측에서는 A 총장과 B 부총장이")."""
    words = cl.words
    for k in range(start, end):
        w = words[k]
        if not w.particle or w.text == "," or department_word(w) or cut_name_before_title(cl, k):
            continue
        if joined and w.particle in ("와", "과") and title_of(w.stem) is not None:
            continue
        if w.particle in ("을", "를") and k + 1 < end and words[k + 1].stem.startswith("비롯"):
            continue
        if w.stem.startswith("비롯"):
            continue
        return True
    return False


def cut_name_before_title(cl: Clause, k: int) -> bool:
    """Rule cut-name-in-list: "홍수가 총장, …": a name whose last syllable Kiwi cut as a
    particle (홍수 + 가), right before its title, ends no list."""
    words = cl.words
    if not tail_cut_name(words[k]):
        return False
    for n in range(k + 1, min(k + 5, len(words))):     # "손지가 우주 항공공학과 교수"
        if title_of(words[n].stem) is not None:
            return True
        if words[n].text.endswith(",") or (words[n].particle and not department_word(words[n])):
            return False
    return False


def department_word(w: Word) -> bool:
    """"기계공학과": Kiwi cuts the 과 of a department as a particle."""
    return w.particle == "과" and w.stem.endswith("학") and len(w.stem) >= 3


def family_name_only(w: Word) -> bool:
    """Rule family-name-only: "김 총장", read as a proper noun (not "전 총장": former); a
    two-syllable family name alone too ("남궁 총장 직무대리는": a short reference, no name)."""
    return not w.particle and w.tags == ("NNP",) and (
        is_family_name(w.stem) or len(w.stem) == 2 and is_two_syllable_family_name(w.stem))


def tail_cut_name(w: Word) -> bool:
    """A three-syllable name whose last syllable Kiwi cut as a particle or ending ("박다인" ->
    박다 + 인, "김하은" -> 김하 + 은), or whose whole given name it cut as a two-syllable
    particle after a family name it read as a proper noun ("최서도" -> 최 + 서도, as 에서도);
    와/과 after a name are real particles, and so is 은/는 after a generic word for bodies
    ("6개 기관은 가온농원 대표 홍길동": 기관 + 은 is no name); so may a name of four after a
    two-syllable family name ("남궁서은" -> 남궁서 + 은)."""
    whole = w.stem + w.particle
    sized = len(whole) == 3 or len(whole) == 4 and is_two_syllable_family_name(whole) \
        and not _fits_as_particle(w.stem, w.particle)
    if not w.particle or w.particle in ("와", "과") or not sized or not is_name(whole) \
            or orgs.is_generic(w.stem):
        return False
    return re.fullmatch(r"[가-힣]", w.particle) is not None or (
        len(w.stem) == 1 and w.tags == ("NNP",) and is_family_name(w.stem))


def determined(cl: Clause, k: int) -> bool:
    """Rule determiner-before-noun: "이 기술은 누리대 교수 …" — a word after a determiner (이, 그,
    각: Kiwi's MM written alone) is a common noun with its particle, never a name Kiwi cut
    (기술 + 은 is no 기술은)."""
    return k > 0 and cl.words[k - 1].tags == ("MM",) and not cl.words[k - 1].particle and \
        len(cl.words[k - 1].stem) == 1


# particles written after a final consonant / after a vowel (은 after 솔, 는 after 서)
_AFTER_CONSONANT, _AFTER_VOWEL = frozenset("은 이 을 과".split()), frozenset("는 가 를 와".split())


def _fits_as_particle(stem: str, particle: str) -> bool:
    """The syllable Kiwi cut off could be the particle after STEM ("남궁서는": 는 after 서 is
    one; "남궁서은": 은 after 서 is none, so it ends the name)."""
    if not stem or not "가" <= stem[-1] <= "힣":
        return True
    final = final_of(stem[-1]) != NO_FINAL
    return particle in (_AFTER_CONSONANT if final else _AFTER_VOWEL) or \
        particle not in _AFTER_CONSONANT | _AFTER_VOWEL


# rule caption: "홍길동(왼쪽) 구청장": a word a photo caption points at is a person's name
_POSITION = re.compile(
    r"(?:사진\s*)?(?:좌|우|왼쪽|오른쪽|가운데|중앙|앞줄|뒷줄)(?:\s*(?:두|세)?\s*번째)?")


def reads_as_name(cl: Clause, k: int) -> bool:
    """Word ``k`` is a name: it reads as one, or a caption's position marker follows it."""
    w = cl.words[k]
    if is_name(w.stem):
        return not descriptor_body(w.stem)
    if two_syllable_name_in_do(w.stem, w.tags):
        return True                     # "곽도 이사장": rule given-name-도-of-two
    return (bool(re.fullmatch(r"[가-힣]{2,5}", w.stem)) and title_of(w.stem) is None
            and ending(w.stem) is None
            and any(a.word == k and _POSITION.fullmatch(a.text) for a in cl.asides))


def descriptor_body(word: str) -> bool:
    """Rule descriptor-body: "국립대", "시립대": a founder's descriptor (descriptors.txt) and a
    body's ending read as a family name (국, 시) and a given name, but name the kind of body."""
    return word[:2] in descriptors() and ending(word) is not None


def named_descriptor_body(cl: Clause, k: int) -> bool:
    """Rule descriptor-body: word ``k`` is a body called by its kind ("국립대") after a bare
    word that names it ("퀼라반 국립대"): no name, no place of a country or region."""
    if k < 1 or not descriptor_body(cl.words[k].stem):
        return False
    w = cl.words[k - 1]
    return not w.particle and not reads_as_name(cl, k - 1) and not orgs.is_place(w.stem) \
        and w.stem not in countries() and ending(w.stem) is None


def long_name(word: str) -> bool:
    """Four syllables and more after a one-syllable family name ("한결산업"): rarely a name,
    likelier a body beside a real one."""
    return len(word) >= 4 and not is_two_syllable_family_name(word)


# syllables Kiwi cuts off a name's end as a particle though none stands there before a comma
# or a stop: 도 ("also"), and the vocatives 아/야 no report addresses anyone with; before a
# comma, 가 (a subject closes no list item)
_CUT_BEFORE_A_BREAK = frozenset({"도", "아", "야"})
_CUT_BEFORE_A_COMMA = _CUT_BEFORE_A_BREAK | {"가"}
# the first syllables of particles that take another after them ("이준만이", "이준에게는")
_STACKING = frozenset("만 에 와 과 로 서 께 의 도".split())


def name_cut_as_particle(cl: Clause, k: int) -> str | None:
    """Rule name-cut-as-particle: a name of three whose last syllable Kiwi cut as a particle
    where none can stand: before the particle itself ("총장 전율은은": 전율 + 은은, "남린가가",
    "송찬은과"), or closing a list item or the sentence ("은행장 고윤도,", "은행장 김준아.",
    "시장 장채가,"). Returns the whole name."""
    w = cl.words[k]
    cut = w.particle.rstrip(".")
    if len(cut) == 2 and cut[1] in PARTICLE_FORMS and cut[0] not in _STACKING:
        whole = w.stem + cut[0]                     # a syllable, then the real particle
    else:
        comma = k + 1 < len(cl.words) and not cl.words[k + 1].stem and \
            cl.words[k + 1].particle == ","
        stop = w.particle.endswith(".") or k + 1 == len(cl.words)
        if not (comma and cut in _CUT_BEFORE_A_COMMA or stop and cut in _CUT_BEFORE_A_BREAK):
            return None
        whole = w.stem + cut
    return whole if len(whole) == 3 and is_name(whole) else None
