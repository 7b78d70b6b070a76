"""The word knowledge orgs and people share: organisation endings, titles, personal names.

- ``ending("경복대학교")``: the organisation ending a word closes with (대학교: a university),
  from ``lexicons/org_suffixes.tsv``, longest first;
- ``title_of("대전시장")``: the title a word ends with and what stands before it (시장, 대전),
  from ``lexicons/titles.tsv``;
- ``is_name("홍길동")``: a Korean personal name (family name from ``lexicons/surnames.txt``,
  not a word of ``lexicons/not_names.txt``, not a title or a place).

``orgs`` and ``people`` both build on this module; neither imports the other's internals
for it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from .. import gazetteer
from ..hangul import NO_FINAL, Initial, Vowel, jamo_of
from ..lexicons import countries, foreign_cities, read_lexicon, regions, world_places
from ..model import OrgKind
from ..morph import PARTICLE_FORMS, SuffixIndex

_NAME = re.compile(r"[가-힣]{2,4}")


@dataclass(frozen=True)
class Ending:
    suffix: str
    kind: OrgKind
    unit: bool


@cache
def _endings() -> list[Ending]:
    rows = [Ending(r[0], OrgKind(r[1]), r[2].strip() == "1")
            for r in read_lexicon("org_suffixes.tsv")]
    return sorted(rows, key=lambda e: -len(e.suffix))




@cache
def _ending_index() -> SuffixIndex[Ending]:
    return SuffixIndex((e.suffix, e) for e in _endings())


@lru_cache(maxsize=1 << 16)    # asked for the same few names by every rule
def ending(name: str) -> Ending | None:
    """The organisation ending of ``name`` (longest first), if any."""
    found = _ending_index().longest(name.replace(" ", ""))
    return found[0] if found else None




_NOT_COMPACT = re.compile(r"[\s'\"‘’“”]")


@lru_cache(maxsize=1 << 16)    # same_body compares every mention with every party name
def compact(name: str) -> str:
    return _NOT_COMPACT.sub("", name)




@dataclass(frozen=True)
class Title:
    title: str
    fuse: tuple[str, ...]            # endings of the organisation a fused form swallows
    kinds: frozenset[OrgKind]        # kinds of organisation the title heads

    def body_of(self, prefix: str) -> str:
        """The body a fused form names: the part before the title with the ending the title
        swallows ("대전" + 시장: 대전시), or that part alone when it already ends so (rule
        fused-overlap: "누리구의회의장" is 누리구의회's 의장, "가온센터센터장" 가온센터's)."""
        if not self.fuse or any(prefix.endswith(e) for e in self.fuse):
            return prefix
        return prefix + self.fuse[0]

    def fits(self, name: str, kind: OrgKind | None) -> bool:
        """Could a holder of this title speak for the organisation ``name``?"""
        written = compact(name)
        if self.fuse:
            # "군수" heads 가람군 and 가람군청 alike
            return any(written.endswith((e, e + "청")) for e in self.fuse) or (
                kind in self.kinds and self.fuse == ("대학",))
        # rule mission-head: "총영사" heads 주부산 미국총영사관, "대사" a 대사관 (the title + 관)
        return kind in self.kinds or (OrgKind.FOREIGN in self.kinds
                                      and written.endswith(self.title + "관"))


@cache
def titles() -> list[Title]:
    rows = []
    for row in read_lexicon("titles.tsv"):
        fuse = () if row[1].strip() == "-" else tuple(row[1].strip().split("|"))
        kinds = frozenset(OrgKind(k) for k in row[2].strip().split(","))
        rows.append(Title(row[0].strip(), fuse, kinds))
    return sorted(rows, key=lambda t: -len(t.title))


@cache
def _surnames() -> tuple[frozenset[str], frozenset[str]]:
    words = [w for row in read_lexicon("surnames.txt") for w in row]
    return frozenset(w for w in words if len(w) == 1), frozenset(w for w in words if len(w) == 2)


@cache
def _not_names() -> frozenset[str]:
    return frozenset(w for row in read_lexicon("not_names.txt") for w in row)


def listed_not_name(word: str) -> bool:
    """"온라인", "이날": a word ``not_names.txt`` lists as an ordinary word, never a name."""
    return word in _not_names()


@cache
def _title_index() -> SuffixIndex[Title]:
    return SuffixIndex((t.title, t) for t in titles())


@cache
def _titles_also_words() -> frozenset[str]:
    return frozenset(w for row in read_lexicon("titles_also_words.txt") for w in row)


def title_also_word(title: Title) -> bool:
    """"위원", "이사": a title that is also an ordinary noun (``titles_also_words.txt``)."""
    return title.title in _titles_also_words()


@lru_cache(maxsize=1 << 16)    # asked of every word by the people and organisation rules
def title_of(stem: str) -> tuple[Title, str] | None:
    """The title a word ends with and what stands before it ("대전시장" -> 시장, "대전"); a
    title in the plural ("…센터 대표들이") is the title of each item listed before it."""
    found = _title_index().longest(stem)
    if found is None:
        return title_of(stem[:-1]) if len(stem) > 2 and stem.endswith("들") else None
    title, n = found
    return title, stem[: len(stem) - n]


def is_name(word: str) -> bool:
    """A Korean personal name: family name + given name, 2–4 syllables, not a common word."""
    if not _NAME.fullmatch(word) or word in _not_names() or word in foreign_cities() \
            or word in countries() or word in world_places():
        return False                # "하노이" (하 + 노이), "유럽" (유 + 럽): known places
    if len(word) >= 3 and word[-1] in "와과" and (glued_name(word) or word[:-1] in _not_names()):
        return False                # "홍민수와", "장로와": a word with its particle Kiwi left on
    single, double = _surnames()
    if word[:2] in double and len(word) >= 3:
        return True
    if word[0] not in single:
        return False
    if title_of(word) is not None and title_of(word)[1] in ("", "부"):  # type: ignore[index]
        return False                # "부단장", "부학장": a deputy's title (부 + title), no name
    if len(word) >= 4 and title_of(word) is not None:
        return False                # "연구처장", "기획처장": a department's head, no name
    if len(word) >= 3 and word.endswith("팀"):
        return False                # "연구팀", "기획팀": a team (팀 ends no given name)
    if len(word) == 3 and word[-1] in PARTICLE_FORMS and (t := title_of(word[:-1])) is not None \
            and t[1] == "":
        return False                # "사장이", "회장은": a title with its particle, no name
    # a name may end like a district or a school (박찬구, 이종대), not like a town (단성면),
    # a city or county (가람군) or a body with a longer ending (상인회, 협회)
    if len(word) == 4 and word[:2] in regions():
        return False                # "서울시회", "경기도청": a place and a body, no name
    if word[0] == "주" and len(word) >= 3 and word[1:] in (*regions(), *countries(),
                                                          *foreign_cities()):
        return False                # "주부산", "주오사카": "stationed in" before a mission
    e = ending(word)
    if e is None:
        return True
    if len(word) == 4:
        return False                # "가람지회": four syllables and an ending
    if e.suffix == "도":
        return _given_name_in_do(word)
    return len(e.suffix) == 1 and e.suffix not in "시군면읍리"


def _given_name_in_do(word: str) -> bool:
    """Rule given-name-도: "손재도", "윤가도" are names though 도 ends a province; a province
    (경기도, 전북도), an island or a county's (강화도) is not, nor a three-syllable word of 도
    (만족도, listed in not_names.txt)."""
    stem = word[:-1]
    return len(word) == 3 and stem not in regions() and word not in regions() and \
        not any(gazetteer.candidates(form) for form in (word, stem, stem + "군", stem + "시"))


def two_syllable_name_in_do(word: str, tags: tuple[str, ...]) -> bool:
    """Rule given-name-도-of-two: "곽도 이사장", "솔빛테크 권도 대표" — a one-syllable family name
    and the given name 도, which Kiwi reads as one proper noun (곽도/NNP) or as two nouns it does
    not know as one word (권/NNB + 도/NNG), is a name. A word of two syllables in 도 is mostly a
    common word Kiwi knows as one (지도, 강도: one common noun) or a place (진도, 송도, 인도: the
    gazetteer, countries and not_names.txt know them), so those are not read so (``is_name``
    does not read this: it sees no tags)."""
    nouns = tags != ("NNG",) and all(t.startswith("NN") for t in tags)
    return len(word) == 2 and word[1] == "도" and nouns and bool(tags) and is_family_name(word[0]) \
        and word not in _not_names() and word not in countries() and word not in regions() \
        and word not in world_places() and word not in foreign_cities() \
        and not any(gazetteer.candidates(form) for form in (word, word + "군", word + "시"))


def is_family_name(word: str) -> bool:
    """"김", "박": a one-syllable family name."""
    return word in _surnames()[0]


def is_two_syllable_family_name(word: str) -> bool:
    """"남궁민", "황보은지": the name opens with a two-syllable family name."""
    return word[:2] in _surnames()[1]


def glued_name(word: str) -> str | None:
    """"홍민수와" -> "홍민수": the list particle 와/과 left on a name."""
    if len(word) >= 3 and word[-1] in "와과" and is_name(word[:-1]):
        return word[:-1]
    return None


# syllables a Korean given name hardly has but transcriptions of foreign names do: a
# consonant with the filler vowel ㅡ (스, 트, 드, 즈, 크 …: "키스", "위트필드") or a tense
# ㄸ/ㅃ/ㅉ ("뚜안")
_FILLER_INITIALS = {Initial.D, Initial.R, Initial.B, Initial.S, Initial.J, Initial.CH,
                    Initial.K, Initial.T, Initial.P, Initial.H}
_TENSE_INITIALS = {Initial.TT, Initial.PP, Initial.JJ}


def foreign_syllable(ch: str) -> bool:
    """A syllable of a transcribed foreign word ("스", "뚜"), hardly of a Korean name."""
    parts = jamo_of(ch)
    if parts is None:
        return False
    initial, vowel, final = parts
    return (vowel == Vowel.EU and final == NO_FINAL and initial in _FILLER_INITIALS) or \
        initial in _TENSE_INITIALS
