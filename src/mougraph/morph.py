"""The only module that imports kiwipiepy: a lazily built analyser, plain tokens out.

Kiwi objects do not pickle and take ~1 s to load, so there is one per process,
built on first use.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from kiwipiepy import Kiwi


@dataclass(frozen=True, slots=True)
class Token:
    form: str
    tag: str      # Sejong-style POS tag from Kiwi (NNP, NNG, JKS, SF, …)
    start: int    # character offset into the analysed text
    end: int

    @property
    def is_noun(self) -> bool:
        return self.tag in {"NNP", "NNG", "NNB", "NR", "SL", "SH", "SN", "XR"}


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str


@lru_cache(maxsize=1)
def analyser() -> Kiwi:
    from kiwipiepy import Kiwi

    kiwi = Kiwi()
    for word, tag, score in _user_words():
        kiwi.add_user_word(word, tag, score)
    return kiwi


def _user_words() -> list[tuple[str, str, float]]:
    """Entries of ``lexicons/user_dict.tsv`` (word, tag, score), if the file exists."""
    from importlib.resources import files

    resource = files("mougraph.lexicons").joinpath("user_dict.tsv")
    if not resource.is_file():
        return []
    rows = []
    for line in resource.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        word, tag, *rest = line.split("\t")
        rows.append((word, tag, float(rest[0]) if rest else 0.0))
    return rows


def tokenize(text: str) -> list[Token]:
    return [Token(t.form, t.tag, t.start, t.start + t.len) for t in analyser().tokenize(text)]


def sentences(text: str) -> list[Sentence]:
    return [Sentence(s.start, s.end, s.text) for s in analyser().split_into_sents(text)]
