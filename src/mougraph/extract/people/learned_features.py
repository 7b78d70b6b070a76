"""What the learned people tagger sees of each token (rule learned-person; ``learned``).

An article is read line by line, each line's sentences as Kiwi tokens (``morph``), and each
token is described by strings a linear-chain CRF weighs: the token itself (form, POS,
shape, a family name first, a title or an organisation ending in it, a reporter word), the
tokens beside it, the sentence (a quote, a byline, a caption, a short one) and the
space-separated word holding it and the words beside that (a title, a bracket, a comma).

Training (``train``) and tagging (``learned``) describe tokens with these functions alone: a
change here changes what the shipped model was trained on, so retrain it
(``python -m mougraph.extract.people.train``) and check the dev scores again.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from functools import cache, lru_cache

from ... import morph
from ...lexicons import read_lexicon
from ...text import MAX_READ_CHARS

# words that mark a reporter, never a representative
REPORTER_WORDS = frozenset({"기자", "특파원", "통신원", "사진기자", "기자단"})
_QUOTE_VERBS = ("말했다", "밝혔다", "강조했다", "전했다", "덧붙였다", "화답했다", "설명했다")
HANGUL = re.compile(r"^[가-힣]+$")
_PARTICLE_TAIL = re.compile(r"(은|는|이|가|과|와|의|을|를|도|에게|께서|이며|이고|으로|로)$")
_LATIN = re.compile(r"^[A-Za-z]+$")
_DIGITS = re.compile(r"^[0-9]+$")
_WORD = re.compile(r"[^\s,·()\[\]\"'“”]+")


@cache
def surnames() -> frozenset[str]:
    return frozenset(word for row in read_lexicon("surnames.txt") for word in row)


@cache
def _titles() -> frozenset[str]:
    return frozenset(row[0] for row in read_lexicon("titles.tsv"))


@cache
def _org_endings() -> frozenset[str]:
    return frozenset(row[0] for row in read_lexicon("org_suffixes.tsv"))


@cache
def _org_ending_lengths() -> tuple[int, ...]:
    return tuple(sorted({len(e) for e in _org_endings()}, reverse=True))


@cache
def title_end(form: str) -> str:
    """The longest title ``form`` ends with ("가온시장" -> "시장"), or ''."""
    titles = _titles()
    return next((form[-n:] for n in range(len(form), 0, -1) if form[-n:] in titles), "")


@cache
def org_end(form: str) -> str:
    """The longest organisation ending ``form`` ends with, with a stem before it, or ''."""
    endings = _org_endings()
    return next((form[-n:] for n in _org_ending_lengths()
                 if n < len(form) and form[-n:] in endings), "")


def article_sentences(text: str, wanted: Callable[[int, int], bool] | None = None
                      ) -> list[list[morph.Token]]:
    """Each line's sentences as Kiwi tokens with offsets into the whole text (lines, not
    the cleaned document: the tagger was trained on every line, captions and bylines too),
    up to the line starting past the part of a text the rules read at all; only the lines
    (start, end) ``wanted`` when given."""
    out, pos = [], 0
    for line in text.split("\n"):
        if pos >= MAX_READ_CHARS:
            break   # bounded work, as the rules read (text.MAX_READ_CHARS)
        if line.strip() and (wanted is None or wanted(pos, pos + len(line))):
            for s in morph.sentences(line):
                base = pos + s.start
                out.append([morph.Token(t.form, t.tag, base + t.start, base + t.end)
                            for t in morph.tokenize(s.text)])
        pos += len(line) + 1
    return [s for s in out if s]


def features(tokens: list[morph.Token], text: str) -> list[list[str]]:
    """Each token's feature strings; ``tokens`` are one sentence of ``text``. (What depends
    on the sentence or on a word is worked out once per sentence, not once per token, and
    what depends on a token's form and tag alone once per process.)"""
    sentence = text[tokens[0].start:tokens[-1].end]
    told = _sentence(tokens, sentence)
    words = _words(tokens, sentence)
    return [[*_own(t.form, t.tag), *_neighbours(tokens, i), *_word_start(tokens, i), *told,
             *words[i]] for i, t in enumerate(tokens)]


def _shape(form: str) -> str:
    if HANGUL.match(form):
        return f"H{min(len(form), 5)}"
    if _LATIN.match(form):
        return "L"
    return "D" if _DIGITS.match(form) else "O"


@lru_cache(maxsize=1 << 16)
def _own(f: str, tag: str) -> tuple[str, ...]:
    """The token itself: form, POS, shape, a family name first, a title or an organisation
    ending in it, a reporter word."""
    feats = [f"w={f}", f"t={tag}", f"sh={_shape(f)}", f"wt={f}/{tag}"]
    if HANGUL.match(f):
        feats += [f"sur1={f[0] in surnames()}", f"last={f[-1]}"]
        if len(f) >= 2:
            feats.append(f"sur2={f[:2] in surnames()}")
    if te := title_end(f):
        feats += ["title", f"title_exact={te == f}"]
    if oe := org_end(f):
        feats.append(f"org_end={oe}")
    if f in REPORTER_WORDS:
        feats.append("reporter")
    return tuple(feats)


_EDGE = {d: (f"{d}:edge",) for d in (-3, -2, -1, 1, 2, 3)}


def _neighbours(tokens: list[morph.Token], i: int) -> list[str]:
    """The three tokens on each side: form and POS of the nearer two, marks of all three."""
    feats: list[str] = []
    for d in (-3, -2, -1, 1, 2, 3):
        j = i + d
        feats += _beside(d, tokens[j].form, tokens[j].tag) if 0 <= j < len(tokens) else _EDGE[d]
    return feats


@lru_cache(maxsize=1 << 16)
def _beside(d: int, form: str, tag: str) -> tuple[str, ...]:
    """A token ``d`` tokens away: its form and POS (the nearer two), whether it is a title, an
    organisation, a reporter, a bracket, and (next to it) a topic or subject particle."""
    feats = [f"{d}:w={form}", f"{d}:t={tag}"] if abs(d) <= 2 else []
    on = {"title": bool(title_end(form)), "org": bool(org_end(form)),
          "reporter": form in REPORTER_WORDS, "open": form in ("(", "（"),
          "close": form in (")", "）"), "topic_or_subj": abs(d) == 1 and tag in ("JX", "JKS")}
    return (*feats, *(f"{d}:{k}" for k, yes in on.items() if yes))


def _word_start(tokens: list[morph.Token], i: int) -> list[str]:
    """A token opening a word (not the sentence's last)."""
    starts = i + 1 < len(tokens) and (i == 0 or tokens[i - 1].end < tokens[i].start)
    return ["word_start"] if starts else []


def _sentence(tokens: list[morph.Token], sentence: str) -> list[str]:
    """What the sentence is: a quote, a byline, a caption, a short one."""
    feats = []
    if any(v in sentence for v in _QUOTE_VERBS):
        feats.append("quote_sent")
    if "기자" in sentence and len(tokens) < 12:
        feats.append("short_byline_like")
    if sentence.lstrip().startswith(("사진", "▲", "(사진")) or any(
            c in sentence for c in ("왼쪽부터", "좌측부터")):
        feats.append("caption")
    if len(tokens) < 15:
        feats.append("short_sent")
    return feats


@lru_cache(maxsize=4096)
def _word_spans(sentence: str) -> tuple[tuple[int, int], ...]:
    return tuple((m.start(), m.end()) for m in _WORD.finditer(sentence))


def bare(word: str) -> str:
    """``word`` without a particle at its end ("총장이" -> "총장"), if longer than two."""
    return _PARTICLE_TAIL.sub("", word) if len(word) > 2 else word


def _words(tokens: list[morph.Token], sentence: str) -> list[list[str]]:
    """Each token's word features: the space-separated word holding it, the words beside."""
    spans = _word_spans(sentence)
    starts = [s for s, _ in spans]
    beside: dict[int, list[str]] = {}
    out = []
    for token in tokens:
        a, b = token.start - tokens[0].start, token.end - tokens[0].start
        k = bisect_right(starts, a) - 1
        if k < 0 or a >= spans[k][1]:
            out.append(["no_word"])
            continue
        if k not in beside:
            beside[k] = [f for d in (-2, -1, 1, 2) for f in _beside_word(sentence, spans, k, d)]
        out.append(_own_word(sentence, spans[k], a, b) + beside[k])
    return out


def _own_word(sentence: str, span: tuple[int, int], a: int, b: int) -> list[str]:
    """Where in its word the token (``a``-``b``) is, and what the word is."""
    s, e = span
    return [f"wpos={'S' if a == s else 'I'}{'E' if b == e else 'I'}",
            *_word_itself(sentence[s:e])]


@lru_cache(maxsize=1 << 16)
def _word_itself(word: str) -> tuple[str, ...]:
    """A word's length without its particle, and whether it is shaped like a name or is a
    title."""
    own = bare(word)
    feats = [f"wlen={min(len(own), 6)}"]
    if HANGUL.match(own) and 2 <= len(own) <= 4 and own[0] in surnames():
        feats.append("w_name_shape")
    if title_end(own):
        feats.append("w_title")
    return tuple(feats)


def _beside_word(sentence: str, spans: tuple[tuple[int, int], ...], k: int, d: int
                 ) -> list[str]:
    """Marks of the word ``d`` words from word ``k``: a title (fused or not), an
    organisation, a reporter; for the next word, a bracket or a comma between."""
    j = k + d
    if not 0 <= j < len(spans):
        return [f"w{d}:edge"]
    feats = []
    raw = sentence[spans[j][0]:spans[j][1]]
    word = bare(raw)
    if te := title_end(word):
        feats += [f"w{d}:title", f"w{d}:title={te}"]
        if len(word) > len(te):
            feats.append(f"w{d}:fused_title")
    if org_end(word):
        feats.append(f"w{d}:org")
    if word in REPORTER_WORDS or raw in REPORTER_WORDS:
        feats.append(f"w{d}:reporter")
    if abs(d) == 1:
        s, e = spans[k]
        gap = sentence[min(e, spans[j][1]):max(s, spans[j][0])]
        feats += [f"w{d}:{name}" for name, c in (("bracket_between", "("),
                                                 ("comma_between", ",")) if c in gap]
    return feats
