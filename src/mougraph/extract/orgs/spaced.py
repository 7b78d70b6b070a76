"""Names and titles written with an optional space inside them (한글 맞춤법 제49항: a proper
noun may be spaced at its units, "누리 대학교", "가온 신용보증재단", "누리대 산학 협력단"):
the spaces the clause's view drops so that the name reads as the one word other outlets
write.

Rows of ``SPACED_NAME_RULES``, each a named function over two neighbouring words of a clause
that says whether the space between them is inside one name:

- *spaced-unit*: a unit's ending written at its parts ("산학 협력단": the joined word is
  itself an ending of ``lexicons/org_suffixes.tsv``);
- *spaced-kind*: a body's own word, then its kind written apart ("누리민간기술개발 협의회",
  "한빛 종합사회복지관", "경기 신용보증재단"): the second word is a kind that names no body
  alone (and rule spaced-ending does not already read the pair as written), or a name of
  common words only after a word Kiwi does not know as one common noun; the first is no
  describing word (지역, 해당, 관내), no common or time word, no title, no body of its own, no
  verb, adverb or Latin word, no collective (양교), country, denomination or served place,
  and not a person a title follows ("김다온 재단 이사장") nor the last word of a foreign name
  after a transcribed one ("데이비드 로웰 누리자산운용 대표", rule foreign-name-before-body);
  after a place only a body the place names, where no place or body goes on
  (``_named_by_place``);
- *spaced-title*: a title written at its parts ("대표 이사" is 대표이사, "산학협력 단장" the
  head of a 산학협력단); ``one_title`` also joins the words of a title in an aside.

Precision first: a space the rules are unsure of stays, and the rules of ``find`` read the
words as before.
"""
from __future__ import annotations

import re

from ... import gazetteer
from ...lexicons import countries, denominations, descriptors, foreign_cities, lexicon_words
from ...model import OrgKind
from ...morph import Word
from ..clause import Clause, clause
from ..cues import BOTH, TIME_WORD, WHEN_WORDS
from ..lexicon import ending, foreign_syllable, is_name, title_of
from .alone import spaced_ending
from .looks import common_words_name
from .words import (
    COMMON,
    GENERIC_WORDS,
    SERVED_PLACE,
    describes,
    generic_prefixes,
    is_place,
    is_region,
    ordinary_noun,
)

_OWN_PART = re.compile(r"[가-힣][가-힣A-Za-z0-9&]{1,9}")   # (a Latin word before: a person, Clark)
_BOTH_WORDS = re.compile(BOTH)
_UNIT_PART = re.compile(r"[가-힣]{2,4}")
_SYLLABLES_3 = re.compile(r"[가-힣]{3}")
# tags of a word that may be a name's own part: nouns, numerals, Latin, Hanja, a noun suffix
_NOMINAL = ("NN", "NR", "SL", "SH", "SN", "XSN")


def _apart(cl: Clause, a: Word, b: Word) -> bool:
    """One plain space between two words, nothing cut from the first, nothing the view left
    out between them in the article ("티엔(La Quoc Thien) 응옥선기술대": an aside)."""
    return not a.particle and a.text == a.stem and b.start == a.end + 1 and \
        cl.view[a.end] == " " and cl.positions[b.start] - cl.positions[a.end - 1] == 2


def spaced_unit(cl: Clause, i: int) -> bool:
    """Rule spaced-unit: "산학 협력단" reads as 산학협력단."""
    words = cl.words
    a, b = words[i], words[i + 1]
    joined = a.stem + b.stem
    e = ending(joined)
    return _apart(cl, a, b) and bool(_UNIT_PART.fullmatch(a.stem)) and \
        e is not None and e.suffix == joined and ending(a.stem) is None


def spaced_kind(cl: Clause, i: int) -> bool:
    """Rule spaced-kind: "누리 대학교", "경기 신용보증재단" read as one word each."""
    words = cl.words
    a, b = words[i], words[i + 1]
    if not _apart(cl, a, b) or not _OWN_PART.fullmatch(a.stem) or a.verbal or \
            not a.tags or not all(t.startswith(_NOMINAL) for t in a.tags) or b.verbal:
        return False
    e = ending(b.stem)
    if e is None or e.kind is OrgKind.LOCAL_GOVERNMENT or \
            not (e.suffix == b.stem or common_words_name(b.stem)):
        return False
    if ending(a.stem) is not None or a.stem in COMMON or a.stem in GENERIC_WORDS or \
            describes(a.stem) or title_of(a.stem) is not None or TIME_WORD.fullmatch(a.stem) or \
            a.stem in WHEN_WORDS:
        return False
    if _BOTH_WORDS.fullmatch(a.stem) or a.stem in countries() or a.stem in denominations() \
            or SERVED_PLACE.fullmatch(a.stem):
        return False    # "양교 산학협력단", "주한 베트남 대사관", "천주교 가온교구", "누리아파트
        #                 입주자대표회의": both parties, or a word the name rules read as it is
    if i and not words[i - 1].particle and ending(words[i - 1].stem) is not None:
        return False    # "가온공단 누리 문화센터": rule parent-place-unit reads a body's unit
    if b.stem.startswith(tuple(descriptors())):
        return False                # "하노이 국립누리대학교": a name begun by a descriptor
    if _place_word(a.stem):
        return _named_by_place(words, i, e.suffix)
    head = b.stem[: -len(e.suffix)]
    if head and head not in generic_prefixes() and ordinary_noun(a.stem) or \
            not head and spaced_ending(cl, i + 1):
        # "소재 솔빛치과의원": a name of its own after a common word Kiwi knows; "통장단
        # 협의회": rule spaced-ending reads it as written
        return False
    # a person before a body ("김다온 재단 이사장", "김태윤 신부", "김다온 솔빛테크 상임 이사"):
    # a full name, or a name or any three syllables with a title near after ("단우진
    # 산학협력단 부단장", "태서후 그루대 지역혁신사업단장"), is no name's word
    titled = any(title_of(w.stem) is not None for w in words[i + 2: i + 5])
    return not (is_name(a.stem) and (len(a.stem) >= 3 or titled)
                or titled and _SYLLABLES_3.fullmatch(a.stem)
                or titled and _foreign_name_goes_on(words, i))


def _foreign_name_goes_on(words: list[Word], i: int) -> bool:
    """Rule foreign-name-before-body: "데이비드 로웰 누리자산운용 대표" — after a transcribed word
    (a syllable no Korean word has) written bare, the word is the last of a foreign name, not
    the first of the body's."""
    prev = words[i - 1] if i else None
    return prev is not None and not prev.particle and prev.text == prev.stem and \
        re.fullmatch(r"[가-힣]{2,6}", prev.stem) is not None and ending(prev.stem) is None and \
        title_of(prev.stem) is None and any(foreign_syllable(c) for c in prev.stem)


_PLACE_KINDS = {"province", "metropolitan_city", "special_city", *gazetteer.MUNICIPAL}


def _place_word(stem: str) -> bool:
    """A region, a place, a place a residents' body serves, a city, county or district
    written short (종로 of 종로구) or a foreign city."""
    return is_region(stem) or is_place(stem) or bool(SERVED_PLACE.fullmatch(stem)) or \
        stem in foreign_cities() or any(e.kind in _PLACE_KINDS for form in
                                        (stem, stem + "시", stem + "군", stem + "구")
                                        for e in gazetteer.candidates(form))


def _named_by_place(words: list[Word], i: int, suffix: str) -> bool:
    """After a region or place, a body the place names ("경기 신용보증재단" the gazetteer
    knows, "가온 경제진흥원" of a describing word, "가온 상공회의소" a long kind word), where
    no place or body goes on the name (not "가온 상공회의소 누리구 상공회", one unit's
    name; a title or a person may follow, "가온 경제진흥원 김다온 원장"); before an
    own name ("충북 누리대학교") or after a descriptor ("국립 누리대학교") the place is no word
    of the name (rule place-before reads it)."""
    a, b = words[i], words[i + 1]
    nxt = words[i + 2].stem if i + 2 < len(words) else ""
    goes_on = not b.particle and b.text == b.stem and bool(nxt) and \
        (_place_word(nxt) or ending(nxt) is not None and title_of(nxt) is None)
    if a.stem in descriptors() or goes_on:
        return False
    if gazetteer.lookup(a.stem + b.stem) is not None:
        return True
    head = b.stem[: -len(suffix)]
    if not head:
        return len(b.stem) >= 4 and b.stem not in GENERIC_WORDS
    return head in generic_prefixes() and common_words_name(b.stem)


# rule spaced-list-kind: "가람·솔빛·미루 새마을금고": short names in a dotted list, then the
# ending they share written apart; read as "가람·솔빛·미루새마을금고", which rule shared-suffix
# splits into one body each (never a region's list "충남·대전 지역", nor common words
# "교육·연구 재단", nor a list whose parts have endings of their own)
_DOTTED_SHORT_NAMES = re.compile(r"[가-힣]{2,4}(?:·[가-힣]{2,4})+")


def spaced_list_kind(cl: Clause, i: int) -> bool:
    """Rule spaced-list-kind: a dotted list of short bare names before their shared kind."""
    a, b = cl.words[i], cl.words[i + 1]
    if not _apart(cl, a, b) or not _DOTTED_SHORT_NAMES.fullmatch(a.stem) or b.verbal:
        return False
    e = ending(b.stem)
    if e is None or e.kind is OrgKind.LOCAL_GOVERNMENT or e.suffix != b.stem or \
            len(e.suffix) < 2:
        return False        # (a kind of common words may be a name: "누리대학교")
    return short_names_listed(a.stem)


def short_names_listed(word: str) -> bool:
    """"가람·솔빛·미루": short bare names in a dotted list (no region, place, ending or common
    word among them)."""
    return bool(_DOTTED_SHORT_NAMES.fullmatch(word)) and all(
        ending(p) is None and not is_region(p) and not is_place(p) and not ordinary_noun(p)
        and p not in COMMON and not describes(p) for p in word.split("·"))


# rule spaced-federation: a national federation's short name written apart before its regional
# office ("농협 가온본부", "농협 가온도지역본부", "한전 누리지사"): one name, the office's
_FEDERATIONS = lexicon_words("federations.txt")
_REGIONAL_OFFICE = re.compile(r"[가-힣]{2,8}(?:지역본부|본부|지사|지부|지회)")


def spaced_federation(cl: Clause, i: int) -> bool:
    """Rule spaced-federation: "농협 가온본부" reads as one name."""
    a, b = cl.words[i], cl.words[i + 1]
    return _apart(cl, a, b) and a.stem in _FEDERATIONS and \
        bool(_REGIONAL_OFFICE.fullmatch(b.stem))


def spaced_title(cl: Clause, i: int) -> bool:
    """Rule spaced-title: "대표 이사", "상임 이사", "산학협력 단장" read as one title."""
    a, b = cl.words[i], cl.words[i + 1]
    return _apart(cl, a, b) and one_title(a.stem, b.stem)


def one_title(first: str, second: str) -> bool:
    """Two words that are one title written apart: the joined word is a title of the lexicon
    as a whole (대표이사, 상임이사, 공동대표) or a unit's head fused with the unit (산학협력
    단장: 산학협력단 + 장), and the second word is a title alone; "대표 이사장" (no title of
    one word) and "명예 회장" (a title after a word) stay apart."""
    hit = title_of(first + second)
    if hit is None or title_of(second) is None or title_of(first) is not None and hit[1]:
        return False
    title, before = hit
    if not before:
        return title.title == first + second
    unit = [ending(first + f) for f in title.fuse]
    return before == first and any(e is not None and e.suffix == first + f
                                   for e, f in zip(unit, title.fuse, strict=True))


SPACED_NAME_RULES = (spaced_unit, spaced_kind, spaced_list_kind, spaced_title,
                     spaced_federation)


def spaces_in_names(cl: Clause) -> list[int]:
    """The view offsets of the spaces inside a name, by the rules above."""
    return [cl.words[i].end for i in range(len(cl.words) - 1)
            if any(rule(cl, i) for rule in SPACED_NAME_RULES)]


_SPACE_BEFORE_WORD = re.compile(r"[가-힣A-Za-z0-9] [가-힣]")


def spaced_view(cl: Clause) -> Clause:
    """The clause again with the spaces inside its names left out of the view (the offsets
    still point at the article), or the clause itself when it has none."""
    if not _SPACE_BEFORE_WORD.search(cl.view):
        return cl
    inside = spaces_in_names(cl)
    if not inside:
        return cl
    start = cl.sentence.start
    return clause(cl.sentence, frozenset(cl.positions[k] - start for k in inside))
