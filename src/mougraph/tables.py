"""Plain-text tables that line up in a terminal, Hangul included.

The one table formatter of mougraph: ``query`` (SPARQL results) and ``network`` (measures,
partners) print through it. A terminal gives East Asian wide and full-width characters
(Hangul, Hanja, ＡＢ) two columns and combining marks none, so cells are padded by display
width, not by ``len``.
"""
from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence

# the plural of each word mougraph counts, where it is not the word + "s"
_PLURALS = {"person": "people", "signatory": "signatories", "community": "communities",
            "property": "properties", "triple": "triples", "entry": "entries",
            "alias": "aliases"}


def counted(number: int, word: str) -> str:
    """``1 article``, ``2 articles``, ``1 person``, ``3 people``: a count with its noun."""
    if number == 1:
        return f"{number} {word}"
    return f"{number} {_PLURALS.get(word, word + 's')}"


def width(text: str) -> int:
    """Columns a terminal gives ``text``: East Asian wide and full-width characters take two,
    combining marks (and the vowel/final jamo of a decomposed syllable) none."""
    return sum(_char_width(ch) for ch in text)


def _char_width(ch: str) -> int:
    if unicodedata.combining(ch) or "\u1160" <= ch <= "\u11ff" or "\ud7b0" <= ch <= "\ud7ff" \
            or ch == "\u200b":
        return 0  # drawn on the character before (NFD Hangul: 한 = ᄒ + ᅡ + ᆫ)
    return 2 if unicodedata.east_asian_width(ch) in "WF" else 1


def format_rows(header: Sequence[str], rows: Sequence[Sequence[str]], *,
                left: Iterable[str] | None = None, rule: bool = False) -> str:
    """``header`` and ``rows`` as aligned columns two spaces apart, lines right-stripped.

    ``left``: the columns that are left-aligned (text); the others (numbers) are
    right-aligned. ``None`` left-aligns every column. ``rule``: a line of dashes under
    the header.
    """
    widths = [max([width(h)] + [width(r[i]) for r in rows]) for i, h in enumerate(header)]
    lefts = set(header if left is None else left)
    right = [h not in lefts for h in header]

    def line(cells: Sequence[str]) -> str:
        out = []
        for cell, w, r in zip(cells, widths, right, strict=True):
            pad = " " * (w - width(cell))
            out.append(pad + cell if r else cell + pad)
        return "  ".join(out).rstrip()

    lines = [line(header)]
    if rule:
        lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines + [line(r) for r in rows])
