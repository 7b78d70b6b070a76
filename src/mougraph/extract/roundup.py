"""Roundups: one record holding several short items, each under its own small headline.

Regional outlets publish their news in roundups: "◆가온시, 누리대와 청년 일자리 협약" and its
body, then "■가온소방서, 솔빛병원과 응급의료 협약" and its body, then a brief that reports no
signing. Read as one article, one item's areas, people, venue and date went to the agreement
of another. Each item is read as an article of its own instead: its heading is its headline
(not body), its body is its text, and nothing of another item reaches its agreements.

A line is an item heading (rule item-heading) when it carries one of ``HEADING_MARKS`` before a
headline (``text.headline_shaped``: "가온시, …", "가온시-누리대 …", "… 협약 체결"; or
``_ITEM_HEADLINE``: "가온대 R&D 2.0 사업단, …", "가온군·누리농협 …", "… 협정 체결"), is no
sentence (``_told``: a closing quotation aside; "가온마트, … 지원한다" is a headline) and no
photo caption, is no list's later item (the line before it is no list item of its mark), and
a prose paragraph follows it before the next list item of its mark. A record is a roundup
when two lines or more are headings (an outlet may mark each item differently: ◆, then ■,
then ▲) and no prose stands before the first: an ordinary article's bullet lists (▲A ▲B), a
single subheading, and its sections after a lead ("1. 청년 창업, 취업 지원" / what it means)
never are.
"""
from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from typing import TypeVar

from ..model import Agreement, Area, Organisation, Person, Span
from ..text import PHOTO_CAPTION, headline_shaped, item_mark
from .cues import AGREEMENT, CEREMONY

# (rule item-heading) The marks an item heading opens with: families of ``text.ITEM_MARKS``.
# A bracketed heading is the whole line ("[가온시, 누리대와 협약]"), not a byline tag before a
# sentence ("[가온일보] 가온시는 …"). Of the symbols, the eight the rule was written for: a
# line under "-", "·" or "▶" is left to a story's own list or a link.
HEADING_MARKS = frozenset({"numbered", "circled", "bracketed", *"◆◇■□▲△●○"})
_HEADING_CHARS = (6, 70)
# Headings worded as a roundup words them beyond the shapes of ``headline_shaped``: a subject of
# any spelling before a comma ("가온대 R&D 2.0 사업단, …"), two bodies joined at its start
# ("가온군·누리농협 공동 판로 약정"), or an agreement named ("… 협정 체결").
_SUBJECT_COMMA = re.compile(r"^[^,]{2,30},\s\S")
_ITEM_HEADLINE = re.compile(_SUBJECT_COMMA.pattern + r"|^[^\s,]{2,20}[-·][^\s,]{2,20}\s"
                            rf"|(?:{AGREEMENT})|(?:{CEREMONY})")
# A sentence, not a headline: it ends in 다/요 or holds a finished one ("…했다. …"); a line of
# some length that does is a paragraph of an item's body.
_SENTENCE = re.compile(r"(다|요)\s*[.!?]?\s*[\"”’']?\s*$|다\.(?!\d)")
_PROSE_CHARS = 30
_LEAD_CHARS = 20    # a lead sentence before the first heading ("가온시는 3일 …와 협약을 맺었다.")
# The lines after a heading where its body's first paragraph may stand (a subtitle, a photo
# caption, a byline and a time stamp may come first).
_BODY_LINES = 12
# Items a record is read as at most (each is read within the bounds of one article: text.py).
MAX_ITEMS = 12
# A quotation closing a headline ('가온시·누리대 "청년과 함께 뛰었다"') is no sentence of its own.
_QUOTED = re.compile(r"[\"“'‘][^\"”'’]*[\"”'’]")


@dataclass(frozen=True)
class Item:
    """One item of a roundup: its heading ('' before the first) and its body, with the
    offset of the body in the record's text."""

    heading: str
    start: int
    text: str


def _lines(text: str) -> list[tuple[int, str]]:
    out, at = [], 0
    for line in text.split("\n"):
        out.append((at, line))
        at += len(line) + 1
    return out


def _mark(line: str) -> tuple[str, str] | None:
    """(mark family, heading) of a line that opens with an item mark."""
    found = item_mark(line, HEADING_MARKS)
    return None if found is None or not found.item else (found.family, found.item)


def _is_heading(before: str, after: list[str], kind: str, heading: str) -> bool:
    """Rule item-heading: a headline of its kind's mark, no list item (``before``: the line
    above), a paragraph among the lines ``after`` it."""
    low, high = _HEADING_CHARS
    if not low <= len(heading) <= high or _told(heading) or re.search(PHOTO_CAPTION, heading) \
            or not (headline_shaped(heading) or _ITEM_HEADLINE.search(heading)):
        return False
    if _listed(before, kind):
        return False                                 # a list's later item
    until = next((n for n, ln in enumerate(after) if _listed(ln, kind)), len(after))
    return _prose(after[:until])


def _listed(line: str, kind: str) -> bool:
    """Whether ``line`` is an item of a list marked by ``kind`` (a photo caption or a sentence
    under the same mark is not: "▲가온시장(왼쪽)이 …", "▲가온시는 … 맺었다."; brackets mark a
    section's or an outlet's tag, "[지역소식]", "[가온일보]", never a list)."""
    marked = _mark(line)
    return marked is not None and marked[0] == kind != "bracketed" \
        and not _told(marked[1]) and not re.search(PHOTO_CAPTION, marked[1])


def _told(heading: str) -> bool:
    """Whether a marked line is a sentence, not a headline: it ends in 다/요 or holds a finished
    sentence (a closing quotation aside); a subject and a comma before a verb with no period
    make a headline ("가온마트, 누리 청년 창업 돕는다"), not a caption ("… 들고 있다")."""
    unquoted = _QUOTED.sub("", heading)
    if not _SENTENCE.search(unquoted):
        return False
    return not (_SUBJECT_COMMA.search(unquoted) and not re.search(r"[.!?]\s*$", unquoted))


def _prose(lines: list[str], chars: int = _PROSE_CHARS) -> bool:
    """Whether one of ``lines`` is a paragraph of prose (of ``chars`` characters or more)."""
    return any(len(ln.strip()) >= chars and _SENTENCE.search(ln) for ln in lines)


def roundup_items(text: str) -> list[Item]:
    """The items of a roundup record (the text before the first heading is the first, with no
    heading); [] when the record is no roundup."""
    lines = _lines(text)
    plain = [line for _, line in lines]
    filled = [i for i, line in enumerate(plain) if line.strip()]
    bounds: list[tuple[int, str]] = [(-1, "")]
    for k, i in enumerate(filled):
        marked = _mark(plain[i])
        if marked and _is_heading(plain[filled[k - 1]] if k else "",
                                  [plain[j] for j in filled[k + 1:k + 1 + _BODY_LINES]], *marked):
            bounds.append((i, marked[1]))
            if len(bounds) > MAX_ITEMS:
                break            # bounded work: the last item holds the rest of the record
    if len(bounds) < 3 or _prose(plain[:bounds[1][0]], _LEAD_CHARS):
        return []         # an article's sections: its story began before the first heading
    items = []
    for n, (i, heading) in enumerate(bounds):
        end = bounds[n + 1][0] if n + 1 < len(bounds) else len(lines)
        start = lines[i + 1][0] if i + 1 < len(lines) else len(text)
        stop = lines[end][0] if end < len(lines) else len(text)
        items.append(Item(heading, start, text[start:stop]))
    return [it for it in items if it.heading or it.text.strip()]


_Fact = TypeVar("_Fact", Organisation, Person, Area)


def _moved(span: Span | None, offset: int) -> Span | None:
    return None if span is None else Span(span.start + offset, span.end + offset, span.text)


def shifted(agreement: Agreement, offset: int) -> Agreement:
    """``agreement`` as read from an item, its evidence indexing the whole record's text."""
    def move(facts: tuple[_Fact, ...]) -> tuple[_Fact, ...]:
        return tuple(dataclasses.replace(f, evidence=_moved(f.evidence, offset)) for f in facts)

    return dataclasses.replace(
        agreement, evidence=_moved(agreement.evidence, offset), parties=move(agreement.parties),
        representatives=move(agreement.representatives), areas=move(agreement.areas))
