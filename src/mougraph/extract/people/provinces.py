"""The head of a foreign province, named family first beside the province: rule
province-head."""
from __future__ import annotations

import re

from ...lexicons import foreign_family_names
from ..clause import Clause
from ..lexicon import Title, title_of
from .bodies import opens_phrase
from .mention import PersonMention

# a province (성) of a foreign country as one word ("누리성", "다온록성"), no particle on it
_PROVINCE = re.compile(r"[가-힣]{2,4}성")
# the titles of a province's head; 성장 ("growth" anywhere else) is one only here
_PROVINCE_HEADS = ("인민위원장", "성장")


def province_heads(cl: Clause) -> list[PersonMention]:
    """Rule province-head: "누리성 쩐 반 호 성장", "쩐 반 호 다온록성 인민위원장" — a name written
    family first (a family name ``foreign_family_names.txt`` lists, then one or two words of
    one or two syllables) beside a foreign province (a word ending in 성), right before the
    province head's title, is the province's head. "성장" is read as a title only in this
    position, never the word for growth ("경제 성장", "쩐 반 호 성장률")."""
    words = cl.words
    out = []
    for i, w in enumerate(words):
        if w.stem not in _PROVINCE_HEADS or i < 3:
            continue
        after = _PROVINCE.fullmatch(words[i - 1].stem) is not None and not words[i - 1].particle
        province = i - 1 if after else None
        found = _family_first(cl, i - 2 if after else i - 1)
        if found is None:
            continue
        first = found
        if province is None:
            province = first - 1
            if province < 0 or _PROVINCE.fullmatch(words[province].stem) is None \
                    or words[province].particle or not _set_off(cl, province):
                continue
        elif not _set_off(cl, first):
            continue
        rank = _head_title(w.stem)
        start, end = cl.span_of(min(first, province), i)
        name = " ".join(x.stem for x in words[first:(i - 1 if after else i)])
        out.append(PersonMention(name, w.stem, w.stem, rank, words[province].stem, True,
                                 None, None, start, end))
    return out


def _family_first(cl: Clause, end: int) -> int | None:
    """The first word of a name written family first whose last word is word ``end``."""
    words = cl.words
    for first in (end - 1, end - 2):
        if first < 0 or words[first].stem not in foreign_family_names() \
                or words[first].particle:
            continue
        rest = words[first + 1:end + 1]
        if all(re.fullmatch(r"[가-힣]{1,2}", x.stem) and not x.particle
               and title_of(x.stem) is None for x in rest):
            return first
    return None


def _set_off(cl: Clause, at: int) -> bool:
    """Word ``at`` opens a phrase: the clause's start, or after a particle or a comma."""
    prev = cl.words[at - 1] if at else None
    return prev is None or bool(prev.particle) or prev.text.endswith(",") \
        or opens_phrase(prev.stem)


def _head_title(word: str) -> Title:
    """The rank of a province head's title: the lexicon's own for 인민위원장; for 성장, which
    the lexicon cannot list (it is the word for growth everywhere else), a title of its own
    with 인민위원장's kinds of body."""
    head = title_of("인민위원장")
    kinds = head[0].kinds if head else frozenset()
    return head[0] if head and word == "인민위원장" else Title(word, (), kinds)
