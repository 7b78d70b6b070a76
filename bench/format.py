"""How much the FORM of the text costs: the tune articles with their words unchanged, written
the way other sites and exports write them.

Reads the tune part of the dev set at run time (ids 001-075, and 101-335 not divisible by 3;
never the held-out ids divisible by 3 in 101-335; ``renamed.py``'s tune ids, scratch-folder
guard, extraction, scoring and report). For each kind of change (``--kinds``), each article
and each seed it writes, into --work (outside the repository), a copy of the article with one
meaning-preserving change of form, extracts every set and prints, per kind, the original and
the changed mean side by side, then one summary line per kind.

    .venv/bin/python bench/format.py --work /tmp/format --seeds 7,8,9 --jobs 2
    .venv/bin/python bench/format.py --work /tmp/format --kinds wrap,entities --seeds 1

The kinds, and what happens to the gold:

- ``collapse``: every line break becomes one space (an export that puts a whole article in
  one cell or one line);
- ``sentences``: every sentence ends its line (a break after "…했다." and the like);
- ``wrap``: lines hard-wrapped at a space, at 30-45 characters (drawn per article), as some
  exports and e-mail copies do;
- ``crlf``: Windows line ends;
- ``spaces``: about a third of the spaces become a no-break space, an ideographic
  (full-width) space or a tab (one or two drawn per article), and zero-width spaces are left
  beside spaces and inside a few words;
- ``entities``: HTML entities left unescaped (&amp; &quot; &#39; &lt; &gt; &middot;
  &ldquo; &rdquo; &lsquo; &rsquo; &hellip;, &nbsp; for some spaces);
- ``bullets``: a list's bullet glyph swapped for another (▲ △ · - ① ○ ◇ ◆ ■ □ ▶ ► ☞ • ※),
  a list of two lines and more at line starts now and then numbered (1. / 1) / 가. / (1) /
  ①②③);
- ``dots``: middle dots between words (the Latin ·, ㆍ, the Japanese ・ and ･, •, ‧, ∙, ․,
  ⋅) all written with one other dot drawn per article;
- ``quotes``: double and single quotes written in another style drawn per article (“” ‘’,
  「」 『』, straight, the double prime ″);
- ``fullwidth``: ASCII digits and Latin letters written full width (２０２４, ＬＧ);
- ``glued``: no space after a sentence's full stop ("…체결했다.이번 협약은"), as some
  exports and hand-pasted releases write it;
- ``notes``: the bullets of a list written on one line all written ※ (the reference mark
  some releases use as a bullet: "※ 공동 연구 ※ 인력 교류"); a line's own mark stays;
- ``brackets``: the brackets of a byline or source tag ([가온일보=홍길동 기자], (누리뉴스))
  swapped for 【】 〔〕 〈〉 <> () ［］, and the legal marks of companies and associations
  written another way (㈜ / (주) / （주） / ㈱; (사) / ㈔ / （사）).

Gold: the kinds that only move lines, spaces, brackets, bullets or entities leave the gold as
it is (the gold states what the text means; a reader undoes the form: an entity read as its
character, a zero-width space dropped, a company mark dropped as score.py does). The kinds
that change characters a gold string may hold (``dots``, ``quotes``, ``fullwidth``) apply the
same change to the gold's names, titles, areas and venue, so the gold stays what the changed
text writes. score.py's norm() applies NFKC (full-width forms, no-break and ideographic spaces
become ASCII) and unifies ㆍ・･•․‧∙ into · after it; ㆍ (U+318D) is NFKC'd into ᆞ first and so
is NOT unified there, and ″ becomes ′′, which norm() does not drop: a label carrying either
matches only a gold carrying the same. The line and glyph changes apply to the text; the
title gets the character-level kinds (not the line ones). Every change is written here from
general knowledge of how pages and exports write Korean news, not taken from any article.
"""
from __future__ import annotations

import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import renamed  # noqa: E402  (beside this script: tune ids, extraction, scoring, report)

# --- line kinds ------------------------------------------------------------------------------

_SENTENCE_END = re.compile(r"(?<=[가-힣][.!?])[ \t]+(?=\S)|(?<=[가-힣][.!?][”\"’'])[ \t]+(?=\S)")


def collapse(text: str, rng: random.Random) -> str:
    return re.sub(r"[ \t]*\n\s*", " ", text).strip()


def sentences(text: str, rng: random.Random) -> str:
    return _SENTENCE_END.sub("\n", text)


def wrap(text: str, rng: random.Random) -> str:
    return wrapped(text, rng.randint(30, 45))


def wrapped(text: str, width: int) -> str:
    """``text`` as an export wraps it: at a space, before a word that would pass ``width``
    (tests/test_form.py reads its wrapped copies from here too)."""
    out = []
    for line in text.split("\n"):
        row = ""
        for word in line.split(" "):
            if row and len(row) + 1 + len(word) > width:
                out.append(row)
                row = word
            else:
                row = f"{row} {word}" if row else word
        out.append(row)
    return "\n".join(out)


def crlf(text: str, rng: random.Random) -> str:
    return text.replace("\n", "\r\n")


def glued(text: str, rng: random.Random) -> str:
    return _SENTENCE_END.sub("", text)


# --- character kinds -------------------------------------------------------------------------

_ODD_SPACES = ("\u00a0", "\u3000", "\t")


def spaces(text: str, rng: random.Random) -> str:
    kinds = rng.sample(_ODD_SPACES, rng.choice((1, 2)))
    out = []
    for i, ch in enumerate(text):
        if ch == " ":
            r = rng.random()
            ch = rng.choice(kinds) if r < 0.33 else " \u200b" if r < 0.38 else " "
        elif "가" <= ch <= "힣" and i + 1 < len(text) and "가" <= text[i + 1] <= "힣" \
                and rng.random() < 0.01:
            ch += "\u200b"          # invisible, inside a word
        out.append(ch)
    return "".join(out)


_ENTITIES = {"&": "&amp;", '"': "&quot;", "'": "&#39;", "<": "&lt;", ">": "&gt;",
             "·": "&middot;", "“": "&ldquo;", "”": "&rdquo;", "‘": "&lsquo;", "’": "&rsquo;",
             "…": "&hellip;"}


def entities(text: str, rng: random.Random) -> str:
    out = []
    for ch in text:
        if ch == " " and rng.random() < 0.1:
            out.append("&nbsp;")
        else:
            out.append(_ENTITIES.get(ch, ch))
    return "".join(out)


SYMBOLS = "▲△·-①○◇◆■□▶►☞•※"
_INLINE_SYMBOLS = "▲△○◇◆■□▶►☞•※"      # not "-" or "·" inside a line: hyphen and middle dot
_LINE_BULLET = re.compile(r"^([ \t]*)([▲△▶►■□◆◇○●•·※☞\-–]|[①-⑳]|\d{1,2}[.)]|[가-하][.)]"
                          r"|\(\d{1,2}\))([ \t]*)(?=\S)", re.M)
_INLINE_BULLET = re.compile(r"(?<=\s)[△▲○◇◆■□▶►☞•※](?=[ \t]?[^\s△▲○◇◆■□▶►☞•※])")
_NUMBERED = (lambda n: f"{n}. ", lambda n: f"{n}) ",
             lambda n: "가나다라마바사아자차카타파하"[n - 1] + ". ",
             lambda n: f"({n}) ", lambda n: chr(0x2460 + n - 1) + " ")


def bullets(text: str, rng: random.Random) -> str:
    symbol = rng.choice(SYMBOLS)
    inline = symbol if symbol in _INLINE_SYMBOLS else rng.choice(_INLINE_SYMBOLS + "①")
    numbered = rng.choice(_NUMBERED) if rng.random() < 0.5 else None
    return _rebulleted(text, symbol, inline, numbered)


def notes(text: str, rng: random.Random) -> str:
    return _rebulleted(text, None, "※", None)


def _rebulleted(text: str, symbol: str | None, inline: str, numbered) -> str:
    """``text`` with its bullets written ``symbol`` at a line's start (or numbered; as they
    are when None) and ``inline`` inside a line."""
    lines = text.split("\n")
    runs = _bullet_runs(lines)
    out = []
    for i, line in enumerate(lines):
        m = _LINE_BULLET.match(line)
        marks = _inline_marks(inline)
        if m and _INLINE_BULLET.search(line):    # one list on one line: one glyph for its items
            line = m.group(1) + marks(None) + m.group(3) + line[m.end():]
        elif m and symbol:
            n = runs.get(i, 0)
            mark = numbered(n) if numbered and n and n <= 14 else symbol + " "
            line = m.group(1) + mark + line[m.end():]
        out.append(_INLINE_BULLET.sub(marks, line))
    return "\n".join(out)


_PHOTO = re.compile(r"사진|왼쪽|오른쪽|기념촬영")


def _inline_marks(inline: str):
    """The replacement of a line's inline bullets: one symbol, or ① ② ③ in turn."""
    count = iter(range(1, 100))
    return lambda _m: chr(0x2460 + min(next(count), 20) - 1) if inline == "①" else inline


def _bullet_runs(lines: list[str]) -> dict[int, int]:
    """Line index -> its number in a run of two or more bullet lines (blank lines between);
    photo captions ("▲ 사진 …") keep a symbol: nobody numbers them."""
    runs: dict[int, int] = {}
    run: list[int] = []
    for i, line in enumerate([*lines, "end"]):
        if _LINE_BULLET.match(line):
            run.append(i)
        elif line.strip():
            if len(run) >= 2 and not any(_PHOTO.search(lines[j]) for j in run):
                runs.update({j: k for k, j in enumerate(run, 1)})
            run = []
    return runs


DOTS = "·ㆍ・･•‧∙․⋅"


def dot_map(rng: random.Random) -> dict[int, str]:
    new = rng.choice(DOTS[1:])
    return {ord(d): new for d in DOTS}


_QUOTE_STYLES = (("“", "”", "‘", "’"), ("「", "」", "「", "」"), ("『", "』", "「", "」"),
                 ('"', '"', "'", "'"), ("″", "″", "'", "'"), ("“", "”", "'", "'"))


def requote(text: str, style: tuple[str, str, str, str]) -> str:
    """Quotes in ``style`` (open and close double, open and close single); a straight quote
    opens or closes by its position among the straight ones of the same kind."""
    out, seen = [], {'"': 0, "'": 0}
    for i, ch in enumerate(text):
        if ch in "“”":
            ch = style[0] if ch == "“" else style[1]
        elif ch in "‘’" and not (ch == "’" and i and text[i - 1].isalpha()
                                 and text[i - 1].isascii()):      # not the apostrophe of "it's"
            ch = style[2] if ch == "‘" else style[3]
        elif ch == '"' or ch == "'" and not (i and text[i - 1].isascii() and text[i - 1].isalpha()):
            kind = ch
            ch = style[seen[kind] % 2 + (0 if kind == '"' else 2)]
            seen[kind] += 1
        out.append(ch)
    return "".join(out)


_FULL = {**{ord(c): chr(ord(c) - 0x30 + 0xFF10) for c in "0123456789"},
         **{ord(c): chr(ord(c) - 0x41 + 0xFF21) for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"},
         **{ord(c): chr(ord(c) - 0x61 + 0xFF41) for c in "abcdefghijklmnopqrstuvwxyz"}}

_TAG = re.compile(r"[\[(]([^\[\]()\n]{1,40}?)[\])]")
_TAG_WORDS = re.compile(r"=|기자|특파원|신문|뉴스|일보|방송|타임즈|타임스|경제|투데이|저널|매일"
                        r"|데일리|신보|통신|[Nn]ews")
_PAIRS = ("【】", "〔〕", "〈〉", "<>", "()", "［］", "[]")
_MARKS = {"주": ("㈜", "(주)", "（주）", "㈱"), "사": ("(사)", "㈔", "（사）")}
_MARK = re.compile(r"㈜|㈱|㈔|[(（]\s?(주|사)\s?[)）]")


def brackets(text: str, rng: random.Random) -> str:
    pair = rng.choice(_PAIRS)
    marks = {k: rng.choice(v) for k, v in _MARKS.items()}

    def tag(m: re.Match) -> str:
        return pair[0] + m.group(1) + pair[1] if _TAG_WORDS.search(m.group(1)) else m.group(0)

    def mark(m: re.Match) -> str:
        kind = m.group(1) or ("사" if m.group(0) == "㈔" else "주")
        return marks[kind]

    return _MARK.sub(mark, _TAG.sub(tag, text))


LINE_KINDS = {"collapse": collapse, "sentences": sentences, "wrap": wrap, "crlf": crlf}
CHAR_KINDS = {"spaces": spaces, "entities": entities, "bullets": bullets, "brackets": brackets,
              "glued": glued, "notes": notes}
GOLD_KINDS = ("dots", "quotes", "fullwidth")       # the same change is made to the gold
KINDS = (*LINE_KINDS, "spaces", "entities", "bullets", "dots", "quotes", "fullwidth",
         "brackets", "glued", "notes")


def change_for(kind: str, rng: random.Random):
    """(text change, title change, gold string change) of one kind for one article."""
    if kind in LINE_KINDS:
        return (lambda t: LINE_KINDS[kind](t, rng)), None, None
    if kind in CHAR_KINDS:
        fn = CHAR_KINDS[kind]
        return (lambda t: fn(t, rng)), (lambda t: fn(t, rng)), None
    table = dot_map(rng) if kind == "dots" else _FULL
    style = rng.choice(_QUOTE_STYLES)

    def same(t: str) -> str:
        return requote(t, style) if kind == "quotes" else t.translate(table)
    return same, same, same


def gold_with(gold: dict, fn) -> dict:
    """The gold with every string that names something changed by ``fn``."""
    new = dict(gold)
    new["signatories"] = [[fn(x) for x in g] for g in gold.get("signatories", [])]
    new["representatives"] = [{k: fn(v) if k in ("name", "title", "org") and isinstance(v, str)
                               else v for k, v in r.items()}
                              for r in gold.get("representatives", [])]
    new["areas"] = [fn(a) for a in gold.get("areas", [])]
    if isinstance(gold.get("venue"), str):
        new["venue"] = fn(gold["venue"])
    return new


def reform(raw: dict, gold: dict, seed: int, kind: str) -> tuple[dict, dict]:
    """One article written in another form of one kind, and its gold."""
    rng = random.Random(f"format:{kind}:{seed}:{raw.get('id')}")
    text_fn, title_fn, gold_fn = change_for(kind, rng)
    new = dict(raw, text=text_fn(raw.get("text", "")))
    if title_fn and isinstance(raw.get("title"), str):
        new["title"] = title_fn(raw["title"])
    return new, gold_with(gold, gold_fn) if gold_fn else gold


def summary(orig: dict, by_kind: dict[str, dict]) -> str:
    cols = ("signatories", "areas", "representatives")
    head = (f"{'kind':<10}" + "".join(f" {c[:5] + ' F1 (P)':>16}" for c in cols)
            + f" {'agreem P':>9} {'date':>6} {'venue':>6}")
    lines = [head]
    for kind, res in [("original", orig), *by_kind.items()]:
        cells = "".join(f" {res[c]['f1']:>7.3f} ({res[c]['precision']:.3f})" for c in cols)
        lines.append(f"{kind:<10}{cells} {res['agreements']['precision']:>9.3f}"
                     f" {res['date_accuracy']!s:>6} {res['venue_accuracy']!s:>6}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = renamed.parser(__doc__)
    ap.add_argument("--kinds", default=",".join(KINDS), help="comma-separated: " + ",".join(KINDS))
    args = ap.parse_args(argv)
    kinds = [k for k in args.kinds.split(",") if k.strip()]
    unknown = [k for k in kinds if k not in KINDS]
    found = renamed.folders_of(args)
    if unknown or found is None:
        if unknown:
            print(f"--kinds: unknown {', '.join(unknown)} (known: {', '.join(KINDS)})",
                  file=sys.stderr)
        return 2
    work, dev = found
    ids = renamed.tune_ids(dev)
    seeds = [int(s) for s in args.seeds.split(",") if s.strip()]
    renamed.write_set(dev, ids, work / "original", None)
    for kind in kinds:
        for seed in seeds:
            renamed.write_set(dev, ids, work / f"{kind}{seed}", seed,
                              lambda r, g, s, k=kind: reform(r, g, s, k))
    if args.write_only:
        print(f"wrote {len(ids)} articles x {1 + len(kinds) * len(seeds)} sets under {work}")
        return 0
    score_py = dev.parent / "score.py"

    def run(folder: Path) -> dict:
        return renamed.extract_and_score(folder, args.mougraph, args.jobs, score_py)

    orig = renamed.mean([run(work / "original")])
    by_kind = {}
    for kind in kinds:
        per_seed = [run(work / f"{kind}{seed}") for seed in seeds]
        by_kind[kind] = renamed.mean(per_seed)
        print(renamed.report(orig, by_kind[kind], per_seed, len(ids), kind), flush=True)
    print(summary(orig, by_kind))
    return 0


if __name__ == "__main__":
    sys.exit(main())
