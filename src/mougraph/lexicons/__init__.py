"""The word lists the extractors read, loaded once per process on first use.

Every list lives in a data file beside this module (``importlib.resources``), so a newcomer
extends the vocabulary without touching code:

- ``read_lexicon("titles.tsv")``: rows of a tab-separated (``.tsv``) or whitespace-separated
  (``.txt``) file;
- ``lexicon_words("areas_generic.txt")``: a one-entry-per-line list (an entry may hold spaces);
- ``cue("agreement")``: a cue-word family of ``cues.tsv`` as a regular-expression alternation
  ("협약|협정|MOU|…"), to be placed inside a group of a larger pattern.

Blank lines and ``#`` comments are skipped everywhere.
"""
from __future__ import annotations

from functools import cache
from importlib.resources import files


def _text(name: str) -> str:
    return files(__name__).joinpath(name).read_text(encoding="utf-8")


@cache
def read_lexicon(name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of a tab-separated (or whitespace-separated .txt) file in ``lexicons/``."""
    rows = []
    for line in _text(name).splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        rows.append(tuple(line.split("\t") if name.endswith(".tsv") else line.split()))
    return tuple(rows)


@cache
def lexicon_words(name: str) -> frozenset[str]:
    """The entries of a one-entry-per-line list in ``lexicons/`` (whole lines)."""
    return frozenset(w.strip() for w in _text(name).splitlines()
                     if w.strip() and not w.startswith("#"))


def _every_word(name: str) -> frozenset[str]:
    """Every word of a whitespace-separated list in ``lexicons/`` (several to a line)."""
    return frozenset(word for row in read_lexicon(name) for word in row)


@cache
def _cues() -> dict[str, str]:
    # a space inside a cue word is optional: outlets write 양해각서 and 양해 각서
    return {row[0].strip(): row[1].strip().replace(" ", r"\s?")
            for row in read_lexicon("cues.tsv")}


def cue(family: str) -> str:
    """The cue words of ``family`` (a row of ``cues.tsv``) as ``a|b|c``, in file order."""
    return _cues()[family]


# --- places --------------------------------------------------------------------------------

@cache
def foreign_family_names() -> frozenset[str]:
    """Family names written first in a transcribed foreign name ("응우옌", "쩐")."""
    return _every_word("foreign_family_names.txt")


@cache
def chinese_family_names() -> frozenset[str]:
    """Chinese family names written first and set apart by a space ("왕 웨이", "류 샤오밍")."""
    return _every_word("chinese_family_names.txt")


@cache
def japanese_given_names() -> frozenset[str]:
    """Japanese given names written before the family name ("히로시", "게이코")."""
    return _every_word("japanese_given_names.txt")


@cache
def european_given_names() -> frozenset[str]:
    """Continental European given names opening a transcribed name ("클라우스", "요나스")."""
    return _every_word("european_given_names.txt")


@cache
def western_given_names() -> frozenset[str]:
    """Western given names written before a Korean family name ("제이슨 박", "케빈 김")."""
    return _every_word("western_given_names.txt")


@cache
def diaspora_family_names() -> frozenset[str]:
    """Chinese and Southeast Asian family names written after a Western given name
    ("마이클 탄", "데이비드 웡")."""
    return _every_word("diaspora_family_names.txt")


@cache
def foreign_cities() -> frozenset[str]:
    """Foreign cities in Hangul ("하노이", "라스베이거스") that open or close a body's name."""
    return _every_word("foreign_cities.txt")


@cache
def countries() -> frozenset[str]:
    """Country names in Korean ("베트남", "중국") as written before a foreign place."""
    return _every_word("countries.txt")


@cache
def world_places() -> frozenset[str]:
    """Korea and the world's regions and oceans ("대한민국", "유럽", "태평양"): no country
    abroad, no person's name."""
    return _every_word("world_places.txt")


@cache
def regions() -> frozenset[str]:
    """Place names that may stand before a name ("서울", "충남", "대전광역시")."""
    return _every_word("regions.txt")


@cache
def denominations() -> frozenset[str]:
    """Religions and denominations written before a body of theirs ("천주교 가온교구")."""
    return _every_word("denominations.txt")


@cache
def descriptors() -> frozenset[str]:
    """Words before a name that are not part of it ("국립", "사립")."""
    return _every_word("descriptors.txt")


@cache
def metro_cities() -> dict[str, str]:
    """Short form -> full name of the metropolitan cities ("대전시" -> "대전광역시")."""
    return {row[0]: row[1] for row in read_lexicon("metro_cities.tsv")}


@cache
def count_words() -> dict[str, int]:
    """Native count word -> its number ("세" -> 3), one to ten, in counting order."""
    return {row[0]: int(row[1]) for row in read_lexicon("count_words.tsv")}


def count_words_between(low: int, high: int) -> dict[str, int]:
    """The count words saying ``low`` to ``high`` (두, 세, 네, 다섯 for 2 to 5)."""
    return {word: n for word, n in count_words().items() if low <= n <= high}


def count_words_pattern(low: int, high: int) -> str:
    """The count words saying ``low`` to ``high`` as a regex alternation ("두|세|네|다섯"),
    to be placed inside a group."""
    return "|".join(count_words_between(low, high))


@cache
def short_kinds() -> dict[str, str]:
    """Short form -> full kind of a body written alone by its kind ("상의" -> "상공회의소")."""
    return {row[0]: row[1] for row in read_lexicon("short_kinds.tsv")}


@cache
def regional_governments() -> dict[str, str]:
    """Short form -> full name of every regional government with an unambiguous short form:
    the metropolitan cities and the provinces ("경남" -> "경상남도")."""
    return {**metro_cities(), **{row[0]: row[1] for row in read_lexicon("provinces.tsv")}}
