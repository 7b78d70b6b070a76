"""How much the shape of a name costs: the tune articles renamed with names of shapes that
renamed.py never draws (people of two or four syllables, compound family names, acting
titles; companies with a bare two-syllable name, digits or Latin letters, & or a middle dot).

Reads the tune part of the dev set at run time (ids 001-075, and 101-335 not divisible by 3;
never the held-out ids divisible by 3 in 101-335). For each article and each seed it writes,
into --work (outside the repository), a copy renamed as ``renamed.py`` renames it (the same
invented stems, particles fitted, gold renamed too), except that one shape, drawn per article
and seed from the family (or forced with --shape), shapes every Korean representative (family
``people``) or every party name with no ending (family ``companies``). Then it extracts and
scores the originals and the copies and prints them side by side, then P / R of the shaped
field by shape, original -> copy.

    .venv/bin/python bench/nameshapes.py --work /tmp/nameshapes --seeds 7,8,9 --jobs 2
    .venv/bin/python bench/nameshapes.py --work /tmp/nameshapes --family companies --seeds 7
    .venv/bin/python bench/nameshapes.py --work /tmp/nameshapes --shape two --seeds 1

The shapes (``PEOPLE``, ``COMPANIES``; the examples are invented):

    two        family name + one syllable              김현, 이준, 정훈
    compound   compound family name + one or two       남궁민수, 황보경, 선우진
    four       family name + three syllables           김하늘빛, 이솔빛나
    acting     family name + two; one representative    김다온 총장 직무대리, 이사장 직무대행
               per article stands in, the gold title too (a local government's head glued to
               its place: "가온시장 권한대행인 김다온 부시장")
    bare       a two-syllable Hangul name              솔빛, 다온
    mixed      digits or Latin letters with Hangul     솔빛AI, 3D누리, K-가온랩, 다온21
    amp        an ampersand inside                     S&T솔빛, 가온&누리
    dot        a middle dot inside                     가온·누리

Two-syllable names that are common words (이윤, 한결, 전진, …: ``_WORDS``) are not drawn.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import renamed  # noqa: E402  (the renamer, tune ids, extraction, scoring, report)

PEOPLE = ("two", "compound", "four", "acting")
COMPANIES = ("bare", "mixed", "amp", "dot")
FAMILIES = {"people": PEOPLE, "companies": COMPANIES}

# Invented material for the shapes (not taken from any article).
ONE_SYLLABLE_GIVEN = "현 준 훈 윤 진 혁 솔 빈 린 결 찬 웅 담 율".split()
COMPOUND_FAMILY = "남궁 황보 제갈 선우 독고 사공 서문".split()
_WORDS = set("이윤 이율 정진 정결 조준 조율 조찬 임진 한결 한담 오진 오찬 신진 전진 전담 전율 "
             "송진 고결 고담 장담 배웅 문진 장찬 박찬 안빈".split())
LATIN_WORDS = "AI ICT IT BIO TECH".split()
LATIN_LETTERS = "K S E G T N".split()
_HEADS = re.compile(r"(?:시장|군수|구청장|도지사|지사)$")
_ACTING_WORDS = ("직무대리", "직무대행", "권한대행")
_KOREAN = re.compile(r"[가-힣]{2,5}")


@dataclass
class ShapedRenamer(renamed.Renamer):
    """renamed.py's renamer with one shape for Korean people or for companies with no ending."""

    shape: str = ""

    def korean_name(self) -> str:
        r, given = self.rng, renamed.GIVEN
        draws = {"two": lambda: r.choice(renamed.FAMILY) + r.choice(ONE_SYLLABLE_GIVEN),
                 "compound": lambda: r.choice(COMPOUND_FAMILY) + "".join(
                     r.sample(given, r.choice((1, 2)))),
                 "four": lambda: r.choice(renamed.FAMILY) + "".join(r.sample(given, 3))}
        if self.shape not in draws:
            return super().korean_name()
        draw = draws[self.shape]
        return self.fresh(lambda: next(n for n in iter(draw, None) if n not in _WORDS))

    def company(self) -> str:
        r = self.rng
        draws = {"bare": (stem_of,),
                 "mixed": (lambda r: stem_of(r) + r.choice(LATIN_WORDS),
                           lambda r: f"{r.randint(2, 9)}{r.choice('DGK')}{stem_of(r)}",
                           lambda r: f"{r.choice(LATIN_LETTERS)}-{stem_of(r)}랩",
                           lambda r: stem_of(r) + str(r.choice((21, 24, 365, 7))),
                           lambda r: r.choice("ei") + stem_of(r)),
                 "amp": (lambda r: f"{r.choice(LATIN_LETTERS)}&{r.choice(LATIN_LETTERS)}"
                                   f"{stem_of(r)}",
                         lambda r: f"{stem_of(r)}&{stem_of(r)}"),
                 "dot": (lambda r: f"{stem_of(r)}·{stem_of(r)}",)}
        if self.shape not in draws:
            return super().company()
        return self.fresh(lambda: r.choice(draws[self.shape])(r))


def stem_of(r: random.Random) -> str:
    """A two-syllable invented Hangul stem."""
    return "".join(r.sample(renamed.STEM_SYLLABLES, 2))


def acting_title(title: str, rng: random.Random) -> str:
    """TITLE made acting: a local government's head 권한대행, others one of the three words."""
    return f"{title} {'권한대행' if _HEADS.search(title) else rng.choice(_ACTING_WORDS)}"


def deputy_of(title: str) -> str:
    """The deputy who stands in for a local government's head: 부시장, 부군수, 부지사."""
    return "부" + (title[1:] if title == "도지사" else title)


def act(text: str, name: str, title: str, acting: str) -> str:
    """TEXT with each mention of one representative given the acting title: "NAME (ORG )TITLE"
    and "TITLE NAME" take the acting word after the title; a local government's head glued
    to its place after the name ("김다온 가온시장") becomes "가온시장 권한대행인 김다온 부시장"."""
    n, t, word = re.escape(name), re.escape(title), acting.split()[-1]

    def after(m: re.Match) -> str:
        org, glue = m.group("org") or "", m.group("glue")
        if glue and not org and word == "권한대행":
            return f"{glue}{title} 권한대행인 {name} {deputy_of(title)}"
        return f"{name} {org}{glue}{title} {word}"

    text = re.sub(rf"(?<![가-힣]){n} (?P<org>[^\s,.()]{{1,12}} )?(?P<glue>[가-힣]*){t}"
                  r"(?![가-힣])", after, text)
    return re.sub(rf"(?<![가-힣]){t} {n}(?![가-힣])", f"{acting} {name}", text)


STATS: Counter = Counter()
SHAPED: dict[tuple[int, str], str] = {}    # (seed, id) -> the shape its names took


def shaped_article(raw: dict, gold: dict, seed: int, family: str,
                   force: str | None = None) -> tuple[dict, dict]:
    """One article renamed with its people (or its companies) in one shape of FAMILY."""
    rng = random.Random(f"{seed}:{gold['id']}:nameshapes")
    shape = force or rng.choice(FAMILIES[family])

    def renamer(r: random.Random, text: str) -> ShapedRenamer:
        return ShapedRenamer(r, text, shape=shape)

    new_raw, new_gold = renamed.rename_article(raw, gold, seed, renamer)
    text, title = new_raw.get("text", ""), new_raw.get("title", "")
    before = text + title
    reps = new_gold.get("representatives", [])
    heads = [i for i, r in enumerate(reps) if r.get("title") and _KOREAN.fullmatch(r["name"])]
    if shape == "acting" and heads:          # one stand-in per article, as the genre has it
        rep = reps[rng.choice(heads)]
        acting = acting_title(rep["title"], rng)
        text = act(text, rep["name"], rep["title"], acting)
        title = act(title, rep["name"], rep["title"], acting)
        new_gold["representatives"] = [dict(r, title=acting) if r is rep else r for r in reps]
    done = text + title != before if shape == "acting" else shaped(gold, new_gold, family)
    STATS["articles"] += 1
    STATS[f"shaped {shape}"] += bool(done)
    if done:
        SHAPED[(seed, gold["id"])] = shape
    return dict(new_raw, text=text, title=title), new_gold


def shaped(old: dict, new: dict, family: str) -> bool:
    """Whether the copy holds a name of the shape: a Korean representative renamed (people), a
    signatory with no ending renamed (companies)."""
    if family == "people":
        pairs = zip(old.get("representatives", []), new.get("representatives", []), strict=True)
        return any(_KOREAN.fullmatch(o.get("name", "")) and o["name"] != n["name"]
                   for o, n in pairs)
    parties = zip(old.get("signatories", []), new.get("signatories", []), strict=True)
    return any(g[0] != h[0] and not renamed.ending_of(g[0].split()[-1]) for g, h in parties)


def errors_of(folder: Path, score_py: Path) -> dict[str, Counter]:
    """Per article: missed and extra people and organisations (tune articles only)."""
    res = subprocess.run([sys.executable, str(score_py), str(folder / "out" / "graph.trig"),
                          str(folder / "gold"), "--show-errors"], capture_output=True, text=True,
                         check=True)
    out: dict[str, Counter] = {}
    for aid, what in re.findall(r"^(\d+): (missed person|extra person|missed org|extra org)",
                                res.stdout, re.M):
        out.setdefault(aid, Counter())[what] += 1
    return out


def by_shape(work: Path, dev: Path, score_py: Path) -> str:
    """Representatives' and signatories' P / R of the shaped articles, by shape."""
    tally: dict[str, Counter] = {}
    errs = {s: errors_of(work / f"seed{s}", score_py) for s in {s for s, _ in SHAPED}}
    orig = errors_of(work / "original", score_py)
    for (seed, aid), shape in SHAPED.items():
        gold = json.loads((dev / "gold" / f"{aid}.json").read_text(encoding="utf-8"))
        t = tally.setdefault(shape, Counter())
        t["articles"] += 1
        for field, noun in (("representatives", "person"), ("signatories", "org")):
            n = len(gold.get(field, []))
            t[field] += n
            for tag, e in (("o", orig.get(aid, Counter())), ("c", errs[seed].get(aid, Counter()))):
                hit = n - e[f"missed {noun}"]
                t[f"{tag}{field} hit"] += hit
                t[f"{tag}{field} pred"] += hit + e[f"extra {noun}"]

    def prf(t: Counter, tag: str, field: str) -> str:
        hit = t[f"{tag}{field} hit"]
        return f"{hit / max(t[f'{tag}{field} pred'], 1):.3f}/{hit / max(t[field], 1):.3f}"

    lines = ["representatives and signatories P/R of the shaped articles, by shape "
             "(original -> copy):"]
    for k, t in sorted(tally.items()):
        lines.append(f"  {k:<9} reps {prf(t, 'o', 'representatives')} -> "
                     f"{prf(t, 'c', 'representatives')}   sigs {prf(t, 'o', 'signatories')} -> "
                     f"{prf(t, 'c', 'signatories')}  ({t['articles']} articles, "
                     f"{t['representatives']} people, {t['signatories']} parties)")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(add_help=False)
    ap.add_argument("--family", choices=tuple(FAMILIES), default="people")
    args, rest = renamed.shape_options(argv, PEOPLE + COMPANIES, "name", ap)
    family = next(f for f, shapes in FAMILIES.items() if args.shape in shapes) \
        if args.shape else args.family

    def change(raw: dict, gold: dict, seed: int) -> tuple[dict, dict]:
        return shaped_article(raw, gold, seed, family, args.shape)

    code = renamed.main(rest, change=change, label=args.shape or family, doc=__doc__)
    print(f"articles with names shaped: {len(SHAPED)}/{STATS['articles']}; "
          + ", ".join(f"{k}: {v}" for k, v in sorted(STATS.items()) if k.startswith("shaped")))
    if code == 0 and "--write-only" not in rest:
        dev = args.dev.resolve()
        print(by_shape(args.work.resolve(), dev, dev.parent / "score.py"))
    return code


if __name__ == "__main__":
    sys.exit(main())
