"""Rule delegation: the people listed after a body marked 에서는 speak for it."""
from __future__ import annotations

import re

from ...morph import Word, known_noun
from .. import orgs
from ..clause import Clause
from ..lexicon import ending, is_name, title_of
from .mention import PersonMention
from .names import department_word, list_broken, tail_cut_name
from .units import department_name

# rule delegation: "가람대에서는 A 총장, B 연구부총장, C 기계공학과 교수가 참석했다" — the
# people listed after a body marked 에서는 (or after each of several bodies marked 에서) speak
# for it, whatever department their title names; the whole item after the name is the title
_HEAD_PARTICLES = ("에서는", "에선", "에서도", "측에서는")
# rule side-delegation: "솔빛테크 측은 A 대표이사가", "연맹 측 A 회장과": a body's side (측,
# 쪽), bare, as the topic or marked 에서 ("솔렌텍 측에서 A 대표가": a side is no venue), heads
# the list of names after it as 측에서는 does
_SIDE_PARTICLES = ("", "은", "는", "에서")
_SIDES = frozenset({"측", "쪽"})
_ITEM_WORDS = 6
# rule delegations-listed: "A사 측에서 X 대표, Y 이사가, B사에서 Z 대표가 참석했다" - where a
# sentence lists two delegations or more, each marked 에서 (a side's or a bare body's) and
# followed by names and titles, every name goes to the body before it, whatever the names'
# script; a place ("서울에서") heads none
_TITLE_WITHIN = 4


def delegation_heads(cl: Clause, any_script: bool = False) -> dict[int, str]:
    """Words that head a delegation list: a body marked 에서는 right before a name; a body
    marked 에서 counts only where the sentence lists several delegations that way (a single
    "가람시청에서 A 시장과 B 대표가" names the venue). ``any_script``: rule delegations-listed,
    names of any script after a body, bare ones too (whose lists are carried, not read
    by ``delegate``)."""
    words = cl.words
    topic: dict[int, str] = {}
    plain: dict[int, str] = {}
    for k, w in enumerate(words[:-1]):
        if not (w.particle in (*_HEAD_PARTICLES, "에서") or _side_word(w)) or not (
                is_name(words[k + 1].stem) or any_script and _titled_item_after(cl, k)):
            continue
        m = _side_of(cl, k)
        if m is None and w.particle == "에서" and any_script:
            m = _listed_body(cl, k)
        if m is None:
            continue
        (plain if w.particle == "에서" else topic)[k] = m.name
    return topic | (plain if len(plain) >= 2 else {})


def _titled_item_after(cl: Clause, k: int) -> bool:
    """Rule delegations-listed: words with no particle after word ``k``, closed by a title
    ("왕 웨이 대표,"): a name of any script and its title."""
    words = cl.words
    for j in range(k + 2, min(len(words), k + 2 + _TITLE_WITHIN)):
        if words[j - 1].particle or words[j - 1].text.endswith(","):
            return False
        if title_of(words[j].stem) is not None:
            return True
    return False


def _listed_body(cl: Clause, k: int) -> orgs.Mention | None:
    """A body marked 에서 heading one of several delegations, named in full or a bare word
    ("솔렌텍에서": no common noun, name, title, place or region)."""
    m = orgs.org_at(cl, k, slot=True)
    if m is not None:
        return None if orgs.is_place(m.name) or orgs.is_region(m.name) else m
    w = cl.words[k]
    if k > 0 and cl.words[k - 1].stem and not cl.words[k - 1].particle \
            and not cl.words[k - 1].text.endswith(","):
        return None                     # "시청 대회의실에서": a word of a longer phrase
    if not re.fullmatch(r"[가-힣A-Za-z&]{2,10}", w.stem) or known_noun(w.stem) or \
            is_name(w.stem) or title_of(w.stem) is not None or orgs.is_place(w.stem) or \
            orgs.is_region(w.stem) or orgs.is_generic(w.stem):
        return None
    at = cl.offset(w.start)
    return orgs.Mention(w.stem, at, at + len(w.stem), k, k, cl.marked(k))


def delegate(cl: Clause, heads: dict[int, str], i: int, fused: str | None
             ) -> PersonMention | None:
    """Rule delegation: the person whose title is word ``i``, in the list of a head."""
    unit = ending(fused) if fused is not None else None
    if fused is not None and not (unit is not None and unit.unit) and not department_name(fused):
        return None                 # "가람시장": the title names a body of its own
    # ("기획처장", "기획조정실장": a department of the delegation's body stays in the list)
    head = max((h for h in heads if h < i), default=None)
    if head is None or list_broken(cl, head + 1, i, joined=True):
        return None
    words = cl.words
    first = i
    while first > head + 1 and i - first < _ITEM_WORDS and words[first - 1].stem and \
            not _ends_item(words[first - 1]):
        first -= 1
    if first == i or not is_name(words[first].stem) or \
            any(_ends_item(words[k]) for k in range(first, i)):
        return None
    parts = [words[k].text for k in range(first + 1, i)] + [words[i].stem]
    title = " ".join(parts)
    start, end = cl.span_of(first, i)
    name = words[first].stem + words[first].particle if tail_cut_name(words[first]) \
        else words[first].stem
    return PersonMention(name, title, title, title_of(words[i].stem)[0],  # type: ignore[index]
                         None, False, heads[head], None, start, end)


def _ends_item(w: Word) -> bool:
    """A word after which a new item of a delegation list starts: a comma, a particle
    ("A 원장을 비롯해 B 부원장"), a title."""
    return w.text.endswith(",") or (bool(w.particle) and not department_word(w)
                                    and not tail_cut_name(w)) or title_of(w.stem) is not None


def delegation_at(cl: Clause, i: int, heads: dict[int, str]) -> str | None:
    """Rule carry: "가람대에서는 A 총장, B 부총장 …": the body a delegation list is from (or
    one of several delegations the sentence lists, ``heads``)."""
    if i in heads:
        return heads[i]
    w = cl.words[i]
    if w.particle not in _HEAD_PARTICLES and not _side_word(w):
        return None
    m = _side_of(cl, i)
    return m.name if m is not None else None


def _side_word(w: Word) -> bool:
    """Rule side-delegation: "측", "측은", "쪽에서": a body's side heading the names after it."""
    return w.stem in _SIDES and w.particle in _SIDE_PARTICLES


def _side_of(cl: Clause, k: int) -> orgs.Mention | None:
    """The body that heads a delegation at word ``k``: "가람재단에서는", "가람재단 측에서"."""
    if cl.words[k].stem in _SIDES and k > 0 and not cl.words[k - 1].particle:
        return orgs.org_at(cl, k - 1, slot=True)   # "X 측": X is a body, named or short
    return orgs.org_at(cl, k)
