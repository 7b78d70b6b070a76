"""A name spelled in Chinese characters in brackets (rule hanja-spelled-name).

"다카무라 신이치(高村真一) 가와노우에시장", "시진핑(習近平) 국가주석": the characters in
brackets after Hangul words mark those words as a person's name, however they read. A Korean
or Chinese reading gives one syllable per character, so the name is the one word before the
bracket; a Japanese reading does not (신이치 for 真一), and the name is written in two words,
family name first.
"""
from __future__ import annotations

import re

from ...lexicons import foreign_family_names
from .. import orgs
from ..clause import Aside, Clause
from ..lexicon import title_of
from .foreign import loan_syllable

_HANJA = re.compile(r"[\u4e00-\u9fff]{2,8}")
_HANGUL = re.compile(r"[가-힣]{1,6}")


def hanja_spelled_name(cl: Clause, i: int) -> tuple[int, int | None, str] | None:
    """The name before the title at word ``i`` (fused with its body, "가와노우에시장", or after
    one body word), ending with the word a Chinese-character spelling follows."""
    words = cl.words
    for aside in cl.asides:
        if not _HANJA.fullmatch(aside.text) or aside.word not in (i - 1, i - 2):
            continue
        org_word = i - 1 if aside.word == i - 2 else None
        if org_word is not None and (words[org_word].particle or title_of(words[org_word].stem)):
            continue                # the body's one word between the bracket and the title
        if not _bare(cl, aside.word):
            continue                # "가람대(嘉藍大) 총장": a body's spelling, not a name's
        first = _first_word(cl, aside)
        return first, org_word, " ".join(w.stem for w in words[first:aside.word + 1])
    return None


def _first_word(cl: Clause, aside: Aside) -> int:
    """The name's first word: the word before too when the reading is no syllable per
    character and that word is a bare Hangul noun, a transcription ("오카무라": 카) or one
    Kiwi does not know as a common word, set off before (a particle, a comma, the start)."""
    last = aside.word
    if len(cl.words[last].stem) == len(aside.text) or last < 1:
        return last
    prev = cl.words[last - 1]
    # (a family name the lexicon knows may end like a city: "다카하시")
    if not (_bare(cl, last - 1) or not prev.particle and prev.stem in foreign_family_names()):
        return last
    if prev.tags[:1] not in (("NNP",), ("NNG",)) or (
            orgs.ordinary_noun(prev.stem) and not any(loan_syllable(c) for c in prev.stem)):
        return last                 # "이날 홍길동(洪吉童)": a common word before the name
    before = cl.words[last - 2] if last >= 2 else None
    if before is not None and not before.particle and not before.text.endswith(","):
        return last
    return last - 1


def _bare(cl: Clause, k: int) -> bool:
    """Word ``k`` is a Hangul word with no particle that is no title, body or place."""
    w = cl.words[k]
    return (not w.particle and _HANGUL.fullmatch(w.stem) is not None
            and title_of(w.stem) is None and orgs.org_at(cl, k) is None
            and not orgs.is_region(w.stem))
