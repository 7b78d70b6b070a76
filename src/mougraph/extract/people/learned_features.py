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
            out += [morph.tokenize(s.text, pos + s.start) for s in morph.sentences(line)]
        pos += len(line) + 1
    return [s for s in out if s]


def features(tokens: list[morph.Token], text: str, known: frozenset[str] | None = None
             ) -> list[tuple[str, ...]]:
    """Each token's feature strings; ``tokens`` are one sentence of ``text``. (What depends
    on the sentence or on a word is worked out once per sentence, not once per token, and
    what depends on a token's form and tag alone once per process; a token's features are
    joined from columns, one per kind, built over the sentence.) ``known``: only these
    strings are kept (a model's attributes: the tagger drops every other string it is
    given, so it tags the same, given fewer)."""
    sentence = text[tokens[0].start:tokens[-1].end]
    told = _kept(tuple(_sentence(tokens, sentence)), known)
    words = _words(tokens, sentence, known)
    described = [_token(t.form, t.tag, known) for t in tokens]
    own = [d[0] for d in described]
    m3, m2, m1, p1, p2, p3 = (_neighbour_column(described, k, known) for k in range(1, 7))
    starts = _word_starts(tokens, known)
    return [own[i] + m3[i] + m2[i] + m1[i] + p1[i] + p2[i] + p3[i] + starts[i] + told
            + words[i] for i in range(len(tokens))]


def _kept(feats: tuple[str, ...], known: frozenset[str] | None) -> tuple[str, ...]:
    """``feats`` without the strings not ``known`` (None: all kept), in order."""
    return feats if known is None else tuple([f for f in feats if f in known])


def _shape(form: str) -> str:
    if HANGUL.match(form):
        return f"H{min(len(form), 5)}"
    if _LATIN.match(form):
        return "L"
    return "D" if _DIGITS.match(form) else "O"


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


_DISTANCES = (-3, -2, -1, 1, 2, 3)


@lru_cache(maxsize=1 << 16)
def _token(form: str, tag: str, known: frozenset[str] | None) -> tuple[tuple[str, ...], ...]:
    """What a token is (``_own``), then what it is to the token it is each of
    ``_DISTANCES`` away from (``_beside``): every lookup of a token's form and tag at once."""
    return tuple(_kept(feats, known)
                 for feats in (_own(form, tag), *(_beside(d, form, tag) for d in _DISTANCES)))


def _neighbour_column(described: list[tuple[tuple[str, ...], ...]], k: int,
                      known: frozenset[str] | None) -> list[tuple[str, ...]]:
    """Each token's marks of the token ``d = _DISTANCES[k - 1]`` tokens away (the ``k``-th
    part of a ``_token``; past the sentence's edge, an edge mark): the three tokens on each
    side are six such columns."""
    d = _DISTANCES[k - 1]
    n = len(described)
    edges = [_kept((f"{d}:edge",), known)] * min(abs(d), n)
    if d < 0:
        return edges + [t[k] for t in described[:max(0, n + d)]]
    return [t[k] for t in described[d:]] + edges


def _beside(d: int, form: str, tag: str) -> tuple[str, ...]:
    """A token ``d`` tokens away: its form and POS (the nearer two), whether it is a title, an
    organisation, a reporter, a bracket, and (next to it) a topic or subject particle."""
    feats = [f"{d}:w={form}", f"{d}:t={tag}"] if abs(d) <= 2 else []
    on = {"title": bool(title_end(form)), "org": bool(org_end(form)),
          "reporter": form in REPORTER_WORDS, "open": form in ("(", "（"),
          "close": form in (")", "）"), "topic_or_subj": abs(d) == 1 and tag in ("JX", "JKS")}
    return (*feats, *(f"{d}:{k}" for k, yes in on.items() if yes))


_WORD_START = ("word_start",)


def _word_starts(tokens: list[morph.Token], known: frozenset[str] | None
                 ) -> list[tuple[str, ...]]:
    """Each token's mark of opening a word (not the sentence's last)."""
    opens = _kept(_WORD_START, known)
    out = [opens if i == 0 or tokens[i - 1].end < token.start else ()
           for i, token in enumerate(tokens)]
    out[-1] = ()
    return out


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


_NO_WORD = ("no_word",)


def _words(tokens: list[morph.Token], sentence: str, known: frozenset[str] | None
           ) -> list[tuple[str, ...]]:
    """Each token's word features: the space-separated word holding it, the words beside."""
    spans = _word_spans(sentence)
    starts = [s for s, _ in spans]
    described: dict[int, tuple[str, ...]] = {}
    out = []
    base = tokens[0].start
    positions, no_word = _word_positions(known), _kept(_NO_WORD, known)
    for token in tokens:
        a, b = token.start - base, token.end - base
        k = bisect_right(starts, a) - 1
        if k < 0 or a >= spans[k][1]:
            out.append(no_word)
            continue
        s, e = spans[k]
        if k not in described:
            described[k] = _kept(_word_itself(sentence[s:e]) + _beside_words(sentence, spans, k),
                                 known)
        out.append(positions[a == s, b == e] + described[k])
    return out


@lru_cache(maxsize=4)
def _word_positions(known: frozenset[str] | None) -> dict[tuple[bool, bool], tuple[str, ...]]:
    """Where in its word a token is: (opens the word, closes it) -> the mark."""
    marks = {(True, True): "wpos=SE", (True, False): "wpos=SI",
             (False, True): "wpos=IE", (False, False): "wpos=II"}
    return {where: _kept((mark,), known) for where, mark in marks.items()}


def _beside_words(sentence: str, spans: tuple[tuple[int, int], ...], k: int
                  ) -> tuple[str, ...]:
    """Marks of the words two and one before word ``k`` and one and two after it (a title,
    fused or not, an organisation, a reporter; for the next word, a bracket or a comma
    between)."""
    feats: list[str] = []
    s, e = spans[k]
    for d in (-2, -1, 1, 2):
        j = k + d
        if not 0 <= j < len(spans):
            feats.append(_WORD_EDGE[d])
            continue
        feats += _word_marks(sentence[spans[j][0]:spans[j][1]], d)
        if d == -1 or d == 1:
            gap = sentence[min(e, spans[j][1]):max(s, spans[j][0])]
            if "(" in gap:
                feats.append(_BRACKET_BETWEEN[d])
            if "," in gap:
                feats.append(_COMMA_BETWEEN[d])
    return tuple(feats)


_WORD_EDGE = {d: f"w{d}:edge" for d in (-2, -1, 1, 2)}
_BRACKET_BETWEEN = {d: f"w{d}:bracket_between" for d in (-1, 1)}
_COMMA_BETWEEN = {d: f"w{d}:comma_between" for d in (-1, 1)}


@lru_cache(maxsize=1 << 16)
def _word_marks(raw: str, d: int) -> tuple[str, ...]:
    """Marks of the word ``raw`` written ``d`` words away: a title (fused or not), an
    organisation, a reporter."""
    feats = []
    word = bare(raw)
    if te := title_end(word):
        feats += [f"w{d}:title", f"w{d}:title={te}"]
        if len(word) > len(te):
            feats.append(f"w{d}:fused_title")
    if org_end(word):
        feats.append(f"w{d}:org")
    if word in REPORTER_WORDS or raw in REPORTER_WORDS:
        feats.append(f"w{d}:reporter")
    return tuple(feats)


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
