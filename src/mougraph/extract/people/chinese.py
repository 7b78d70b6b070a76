"""Chinese names written family name first with a space ("화룽전자 왕 웨이 대표").

Kiwi reads both words as common nouns and no syllable of them is foreign to a Korean name, so
only the shape tells: a family name the lexicon knows (``chinese_family_names.txt``), then a
given name of one or two words made only of syllables the Mandarin transcription table writes
(no final but ㄴ or ㅇ; no ㅐ, ㅚ, ㅢ, ㅛ, ㅕ; "기", "문", "공" are none), set off before and closed
by the title. Common nouns after such a word ("장 기간", "왕 부문") have a syllable the table
never writes, so they stay no name.
"""
from __future__ import annotations

import re

from ...hangul import FINAL_N, FINAL_NG, NO_FINAL, Initial, Vowel, jamo_of
from ...lexicons import chinese_family_names
from .. import orgs
from ..clause import Clause
from ..lexicon import ending, foreign_syllable, title_of
from .bodies import opens_phrase


def _initials(names: str) -> frozenset[Initial]:
    return frozenset(Initial[n] for n in names.split())


_NEVER_VOWELS = {Vowel.AE, Vowel.YAE, Vowel.YEO, Vowel.OE, Vowel.YO, Vowel.UI, Vowel.WAE}
# vowels the table writes only after some initials ("스", "보", "지", "샤", "쥐", "류")
_AFTER_ONLY: dict[int, frozenset[Initial]] = {
    Vowel.EU: _initials("S SS J JJ CH R"),
    Vowel.O: _initials("B P M NG"),
    Vowel.I: _initials("B P M D T N R J CH S NG"),
    Vowel.YA: _initials("NG S R N M B P D T"),
    Vowel.WI: _initials("NG J CH S R N"),
    Vowel.YU: _initials("NG R N M D S"),
}
_LABIALS = _initials("M B P")


def mandarin_syllable(ch: str) -> bool:
    """Whether the table transcribing Mandarin writes the syllable ``ch`` (closely enough:
    it keeps out the syllables of Sino-Korean words, whose finals ㄱ ㄹ ㅁ ㅂ it never has)."""
    if ch == "얼":
        return True
    parts = jamo_of(ch)
    if parts is None:
        return False
    initial, vowel, final = parts
    if final not in (NO_FINAL, FINAL_N, FINAL_NG) or vowel in _NEVER_VOWELS:
        return False
    if vowel in _AFTER_ONLY and initial not in _AFTER_ONLY[vowel]:
        return False
    if vowel in (Vowel.EU, Vowel.O, Vowel.WE) and final != NO_FINAL:
        return False
    # "문", "붕": no Mandarin syllable (men is 먼, meng is 멍)
    return not (vowel == Vowel.U and final != NO_FINAL and initial in _LABIALS)


def _given_word(stem: str) -> bool:
    return bool(re.fullmatch(r"[가-힣]{1,3}", stem)) and all(map(mandarin_syllable, stem)) \
        and title_of(stem) is None and ending(stem) is None and not orgs.is_region(stem)


def _set_off(cl: Clause, j: int) -> bool:
    """Word ``j`` opens a phrase: the clause's first, or after a particle, a comma or a word
    that opens one ("이날")."""
    prev = cl.words[j - 1] if j else None
    return prev is None or bool(prev.particle) or prev.text.endswith(",") or opens_phrase(prev.stem)


def _bare_body(cl: Clause, j: int) -> bool:
    """Word ``j`` is a body's bare name opening its phrase ("톈룽그룹 천 하오 회장"): a noun of two
    syllables or more, no title, with no particle: a proper noun, a transcription or a word
    with a body's ending ("협약식 후 …" is none)."""
    w = cl.words[j]
    return not w.particle and bool(re.fullmatch(r"[가-힣A-Za-z]{2,10}", w.stem)) and \
        w.tags[:1] in (("NNP",), ("NNG",)) and not w.verbal and title_of(w.stem) is None and \
        (w.tags[:1] == ("NNP",) or any(map(foreign_syllable, w.stem))
         or ending(w.stem) is not None) and _set_off(cl, j)


def chinese_family_first(cl: Clause, end: int) -> tuple[int, int | None, str] | None:
    """Rule chinese-family-first: "화룽전자 왕 웨이 대표", "캉푸 리 밍 사장", "저우 린 부총경리" —
    the name ending at word ``end`` (right before the title): (first word, the body's word
    before it or None, name)."""
    words = cl.words
    for first in (end - 1, end - 2):
        if first < 0 or words[first].stem not in chinese_family_names() \
                or words[first].particle or words[first].text.endswith(","):
            continue
        given = words[first + 1:end + 1]
        if any(w.particle or w.text.endswith(",") for w in given[:-1]) \
                or sum(len(w.stem) for w in given) > 4 \
                or not all(_given_word(w.stem) for w in given):
            return None
        name = " ".join(w.stem for w in words[first:end + 1])
        # (a name of two syllables, "리 밍", only after its body: "양 사 대표" is "both firms")
        if _set_off(cl, first) and len(name) > 3:
            return first, None, name
        if first >= 1 and (orgs.org_at(cl, first - 1) or _bare_body(cl, first - 1)):
            return first, first - 1, name
        return None
    return None
