"""Mention, the record of one organisation name as written, and what the clause readers share
about the words around it (a title or a comma after, a legal mark before, list marks).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..clause import Clause
from ..lexicon import title_of


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


def title_after(cl: Clause, k: int) -> bool:
    return k + 1 < len(cl.words) and title_of(cl.words[k + 1].stem) is not None


def comma_after(cl: Clause, k: int) -> bool:
    return k + 1 < len(cl.words) and cl.words[k + 1].text == ","


def mark_before(cl: Clause, k: int) -> bool:
    """A legal mark stands right before word ``k``."""
    if not cl.marks or not cl.words[k].stem:
        return False
    at = cl.offset(cl.words[k].start)
    return any(at - 1 <= end <= at for _, end in cl.marks)


BULLETS = "△▲▽▼○●◎◇◆□■▶▷►※•∙⊙"


def joined(cl: Clause, first: int, last: int) -> str:
    return " ".join(cl.words[k].stem for k in range(first, last + 1) if cl.words[k].stem)


DOTS = re.compile(r"[·‧ㆍ・\u119e]")
