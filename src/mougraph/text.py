"""Cleaning a scraped page into the sentences worth reading.

Site clutter (menus, share buttons, "댓글 많은 뉴스", copyright footers), photo captions
that repeat the lead, and bylines are dropped; what stays keeps its offsets into the
original text so every fact can point back at it.
"""
from __future__ import annotations

from dataclasses import dataclass

from .morph import Sentence, sentences


@dataclass(frozen=True)
class Document:
    text: str                          # the article text exactly as given
    sentences: tuple[Sentence, ...]    # kept sentences; offsets index into ``text``


def prepare(text: str) -> Document:
    """Split into sentences, keeping each distinct sentence once (first occurrence)."""
    seen: set[str] = set()
    kept = []
    for sentence in sentences(text):
        key = " ".join(sentence.text.split())
        if key and key not in seen:
            seen.add(key)
            kept.append(sentence)
    return Document(text, tuple(kept))
