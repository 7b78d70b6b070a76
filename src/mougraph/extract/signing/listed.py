"""listed_subject: the bodies a sentence lists as its subject, bare words included, for a
collective subject after it that counts them ("세 회사는", "두 기관은", "양사는")."""
from __future__ import annotations

import re
from functools import cache

from ...lexicons import read_lexicon
from ...morph import Word
from .. import orgs
from ..clause import Clause
from ..cues import AGREEMENT, COOP_VERB, COOPERATING, GUESTS
from ..lexicon import is_name
from .fallbacks import bare_company
from .parts import after_time_words
from .roles import goes_on

# a sentence of guests or onlookers ("내빈으로 함께했다", "협약을 축하했다"): the bodies it
# names watch the signing, they are not what a collective subject after it stands for
GUESTS_WATCHING = re.compile(rf"{GUESTS}|축하|배석|입회|지켜보")
# (a bare word is no body by its ending, so a list of them that attends is not taken either)
_ATTENDING = re.compile(r"참석")
# what the listed bodies do together ("힘을 모은다", "손잡았다", "협력한다", "…에 나선다",
# "협약을 맺는다"): "이차전지와 반도체, 소재가 핵심이다" lists no bodies
_JOINING = re.compile(rf"{AGREEMENT}|{COOP_VERB}|{COOPERATING}|맞손|뭉치|뭉쳤|나서|나선|나섰")
_SUBJECT = ("이", "가", "은", "는")
_JOINED = ("와", "과")


def listed_subject(cl: Clause, count: int | None) -> list[orgs.Mention]:
    """Rule bare-listed-before: "한결소재와 루미스가 이차전지 소재에 힘을 모은다. 두 회사는 …
    체결했다" — a list of single words opening the sentence as its subject (joined by 와/과,
    commas, a middle dot) names bodies even with no ending, where a collective after it
    counts exactly as many. No count ("이들 기관은"), another count, a word that is a sector
    or a place, a list of people only, or guests in the sentence: nothing."""
    if not count or GUESTS_WATCHING.search(cl.view) or \
            _ATTENDING.search(cl.view) or not _JOINING.search(cl.view):
        return []
    items = _subject_items(cl)
    if len(items) != count:
        return []
    if all(_person_shaped(cl.words[k].stem) for k in items):
        return []    # "김다온과 이누리가 …": people (a body may read as a name, not all of them)
    found = []
    for k in items:
        named = orgs.org_at(cl, k, slot=True)
        if named is not None and named.first_word == k:
            found.append(named)
        elif _bare_body(cl, k):
            found.extend(bare_company(cl, k, name_like=True))
        else:
            return []
    return found if len(found) == count else []


def _subject_items(cl: Clause) -> list[int]:
    """The words of a list of one-word items that opens the clause (after the day) and is
    closed by a subject particle; [] when the clause opens otherwise."""
    words = cl.words
    k = after_time_words(words, 0, len(words) - 1)
    items: list[int] = []
    while k < len(words):
        w = words[k]
        items.append(k)
        if w.particle in _SUBJECT:
            return items
        if w.particle in _JOINED and k + 1 < len(words):
            k += 1
        elif not w.particle and k + 2 < len(words) and _parts(words[k + 1]):
            k += 2
        else:
            return []
    return []


def _parts(w: Word) -> bool:
    """A comma or a middle dot standing alone between items."""
    return goes_on(w) or w.text == "·"


@cache
def _sectors() -> frozenset[str]:
    """"학계", "산업계": words for a sector of society (``lexicons/sectors.txt``), no body."""
    return frozenset(w for row in read_lexicon("sectors.txt") for w in row)


def _bare_body(cl: Clause, k: int) -> bool:
    stem = cl.words[k].stem
    return stem not in _sectors() and not orgs.is_generic(stem)


def _person_shaped(stem: str) -> bool:
    """A word of three syllables that reads as a family and a given name ("김다온")."""
    return len(stem) == 3 and is_name(stem)
