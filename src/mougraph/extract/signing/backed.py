"""Bare partners the article backs: a glued word that Kiwi reads as an adjective and a noun
("푸른숲과": 푸르 + ㄴ + 숲) names no party from its sentence alone; written elsewhere in the
article with its head ("푸른숲 김다온 대표") or paired with another body in the headline
("누리시-푸른숲, …"), it does. BACKING_RULES, each a named function of the article's text;
BACKING_ANY_RULES back a word however Kiwi reads it (before a chief officer's title).
"""
from __future__ import annotations

import re
from collections.abc import Callable
from typing import cast

from ..clause import Clause
from ..lexicon import is_name, title_of
from ..people.bodies import CHIEF_OFFICER, COMPANY_HEADS

# a glued word of Hangul that may be a bare company's name
_BARE = r"[가-힣]{3,6}"
_PARTICLE = r"(?:이|가|은|는|과|와|의|을|를|도)?"
_NAME = r"[가-힣]{2,4}"
_HEAD = "|".join(sorted(COMPANY_HEADS - {"CEO"}, key=len, reverse=True))
# "푸른숲 김다온 대표", "김다온 푸른숲 대표", "푸른숲 대표 김다온"
_BODY_NAME_HEAD = re.compile(rf"(?<!\S)({_BARE}) ({_NAME}) (?:{_HEAD}){_PARTICLE}(?=[\s,.]|$)")
_NAME_BODY_HEAD = re.compile(rf"(?<!\S)({_NAME}) ({_BARE}) (?:{_HEAD}){_PARTICLE}(?=[\s,.]|$)")
_BODY_HEAD_NAME = re.compile(rf"(?<!\S)({_BARE}) (?:{_HEAD}) ({_NAME}){_PARTICLE}(?=[\s,.]|$)")
# a headline's pair: "누리시-푸른숲, 청년 일자리 협약"
_HEADLINE_PAIR = re.compile(rf"^[^\n]*?[가-힣A-Za-z]+\s?[-–]\s?({_BARE})(?:[,\s]|$)")


def _with_its_head(text: str) -> set[str]:
    """Rule bare-with-head: the word written beside a name and a company head's title."""
    out = {m.group(1) for m in _BODY_NAME_HEAD.finditer(text) if _a_name(m.group(2))}
    out |= {m.group(2) for m in _NAME_BODY_HEAD.finditer(text) if _a_name(m.group(1))}
    return out | {m.group(1) for m in _BODY_HEAD_NAME.finditer(text) if _a_name(m.group(2))}


def _a_name(word: str) -> bool:
    """A name of two syllables or more that is no title ("이솔", "김다온")."""
    return len(word) >= 2 and is_name(word) and title_of(word) is None


def _paired_in_headline(text: str) -> set[str]:
    """Rule bare-in-headline: the word paired by a dash with another body in the first line."""
    m = _HEADLINE_PAIR.match(text)
    return {m.group(1)} if m else set()


BACKING_RULES: tuple[Callable[[str], set[str]], ...] = (_with_its_head, _paired_in_headline)

# "클라우스 베버 라인데이터 최고운영책임자(COO)": a name, one word, then a chief officer's title
_CHIEF = CHIEF_OFFICER + r"(?:\s?\(C[A-Z]{1,2}O\))?|C[A-Z]{1,2}O"
_NAME_BODY_CHIEF = re.compile(rf"(?<!\S){_NAME} ({_BARE}) (?:{_CHIEF}){_PARTICLE}(?=[\s,.]|$)")


def _before_a_chief_officer(text: str) -> set[str]:
    """Rule bare-before-chief: the word between a name and a chief officer's title is the
    company the officer serves, whatever Kiwi reads it as ("라인데이터": 라인 + 데이터, two
    common nouns); a chief officer heads no place, programme or kind of body."""
    return {m.group(1) for m in _NAME_BODY_CHIEF.finditer(text)}


# rules that back a bare word however Kiwi reads it (not only as an adjective and a noun)
BACKING_ANY_RULES: tuple[Callable[[str], set[str]], ...] = (_before_a_chief_officer,)


def backed_names(text: str) -> frozenset[str]:
    """The words the article backs as bodies, by every rule of BACKING_RULES."""
    return frozenset(name for rule in BACKING_RULES for name in rule(text)
                     if title_of(name) is None)


def mark_backed(clauses: dict[int, Clause], text: str) -> None:
    """Hand each clause of the article the names it backs (read by ``backed``)."""
    names = backed_names(text)
    any_reading = frozenset(name for rule in BACKING_ANY_RULES for name in rule(text)
                            if title_of(name) is None)
    for cl in clauses.values():
        cl.memo[("backed",)] = names
        cl.memo[("backed-any",)] = any_reading


def backed(cl: Clause, i: int) -> bool:
    """Word ``i`` is a bare name its article backs, read by Kiwi as an adjective and a noun."""
    w = cl.words[i]
    names = cast("frozenset[str]", cl.memo.get(("backed",), frozenset()))
    any_reading = cast("frozenset[str]", cl.memo.get(("backed-any",), frozenset()))
    return w.verbal and w.stem in names or w.stem in any_reading
