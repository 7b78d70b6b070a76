"""How much the shape of the parties' mention costs: the tune articles with the parties of each
signing sentence (and of the headline) written in another of the genre's standard shapes.

Reads the tune part of the dev set at run time (ids 001-075, and 101-335 not divisible by 3;
never the held-out ids divisible by 3 in 101-335). For each article and each seed it writes,
into --work (outside the repository), a copy in which each signing sentence that names two or
more gold signatories with exact boundaries, and the headline when it does, names the same
parties in another shape drawn per seed; the gold is unchanged. Then it runs ``mougraph
extract`` on the originals and on each copy and scores them with ``../shared/eval/score.py``,
printing both means side by side and signatories and agreements by target shape.

    .venv/bin/python bench/reparty.py --work /tmp/reparty --seeds 7,8,9 --jobs 2
    .venv/bin/python bench/reparty.py --work /tmp/reparty --seeds 7 --shape gan

A sentence is rewritten only when it opens (after a dateline, a date or a region word: no
word with a particle) with the parties: a subject of one party and a partner list closed by
와/과 ("A는 B와 …"), or a subject of two or more ("A와 B는 …", "A·B·C는 …"); each party is
exactly a gold form (a company mark before it and a bracket after it, "(총장 홍길동)", go
with it), no two from one gold group, and what follows holds the signing verb and no quote.
The words between the subject and the partner (G, "9일 대학 본관에서") and the rest (R, "업무
협약을 체결했다.") stay. The shapes (``SHAPES``; the example is invented):

    topic-partner  A는 G B와 R              가람대는 9일 누리텍과 협약을 체결했다.
    joined         A와 B는 G R              가람대와 누리텍은 9일 협약을 체결했다.
                   (three or more: A, B, C는)
    dot            A·B·C는 G R              가람대·누리텍·솔빛재단은 9일 …
    dot-count      A·B·C 3개 기관은 G R     (two parties: A·B 양 기관은)
    gan            A와 B 간 G R'            가람대와 누리텍 간 9일 업무협약이 체결됐다.
                   (only where R ends "…을 체결했다"/"맺었다": passive, the particle fitted)
    partner-first  B와 A가 G R              누리텍과 가람대가 9일 협약을 체결했다.
    handshake      A는 G B와 손잡고 R        가람대는 9일 누리텍과 손잡고 협약을 체결했다.
    hands-joined   A와 B가 손을 맞잡고 G R   가람대와 누리텍이 손을 맞잡고 9일 …
    mit            A 및 B는 G R             (three or more: A, B 및 C는)
    counted        A는 G B, C 등 2개 기관과 R   (three or more parties only)
    subject-partner A가 G B와 R             가람대가 9일 누리텍과 협약을 체결했다.
    together       A는 G B와 함께 R          가람대는 9일 누리텍과 함께 협약을 체결했다.
    listed-count   A, B, C 등 3개 기관은 G R  (three or more parties only)

The verb of R is swapped too, independently, where R ends "OBJ을/를 체결했다" or "맺었다"
(a trailing "고 (N일) 밝혔다" kept): 체결했다, 맺었다, OBJ 체결식을 가졌다, OBJ을 했다 (OBJ
ending 협약 only), OBJ을 체결하고 손을 잡았다, OBJ에 서명했다 (``VERBS``).

With ``--cross`` (or ``--shape`` one of them) the parties are named in a sentence of their
own and the headline is kept (``CROSS_SHAPES``):

    these-before   A와 B, C가 힘을 모았다. 이들 기관은 G R
    count-before   A와 B, C 등 3개 기관이 힘을 모았다. 세 기관은 G R
                   (two parties: A와 B가 손을 잡았다. 양 기관은 G R)
    listed-after   A는 G 지역 기관들과 R 협약 참여 기관은 B, C이다.   (two: … 협약 상대는 B다.)
    joined-after   A는 G 관계 기관들과 R 이번 협약에는 B, C가 참여했다.  (three parties or more)

The headline (and a line of the text that repeats it) is rewritten when it opens with two or
more gold forms joined by ", ", "-", "·" or "A, B와": title-dash "A-B, 업무협약 체결",
title-comma "A, B와 업무협약 체결", title-dot "A·B 업무협약 체결", title-hands "A, B와 손잡고
업무협약 체결", title-gan "A-B 간 업무협약 체결".

Besides the side-by-side table it prints the counts of source -> target shapes and the
signatories' and agreements' precision / recall of the articles by the shape they took
(an article with several target shapes counts under 'several'), original -> copy.

First measurement, main 550f747, seeds 7-9 (the first ten sentence and three headline
shapes): signatories .980 -> .940 (P .945, R .936), representatives .974 -> .934; the dot
shapes lost most (A·B·C는 recall .612, A·B 양 기관은 .625). After the rules it led to
(bench/README.md, "Parties in other shapes"): .980 / .974, the originals' figures. ``--cross``
first on main ffa60b6, seeds 7-9: signatories .982 -> .964, representatives .975 -> .963
(bench/README.md, "Parties named in another sentence").
"""
from __future__ import annotations

import argparse
import json
import random
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import renamed  # noqa: E402  (tune ids, extraction, scoring, report)
import reshape  # noqa: E402  (particles fitted)

SHAPES = ("topic-partner", "joined", "dot", "dot-count", "gan", "partner-first", "handshake",
          "hands-joined", "mit", "counted", "subject-partner", "together", "listed-count",
          "these-before", "count-before", "listed-after", "joined-after")
# the shapes that name the parties in a sentence of their own (drawn only with --cross, or
# forced with --shape)
CROSS_SHAPES = ("these-before", "count-before", "listed-after", "joined-after")
_KOREAN_COUNT = {2: "양", 3: "세", 4: "네", 5: "다섯"}
TITLE_SHAPES = ("title-dash", "title-comma", "title-dot", "title-hands", "title-gan")
VERBS = ("체결했다", "맺었다", "체결식을 가졌다", "했다", "손을 잡았다", "서명했다")
_SIGN = re.compile(r"(?:협약|협정|MOU|양해각서|협약서)\S*\s?(?:을|를)?\s?(?:체결|맺|서명)"
                   r"|손잡|손을 잡|협약식을 (?:가졌|열었)")
_QUOTE = re.compile(r"[“”\"‘’']\s*(?:라고|고|며)|[“”\"]")
# Before the parties: nothing, or a dateline ending in ] = ) ▲ • - and then at most a date
# or one short region word ("경기", "충남"); between subject and partner: a date, a time, a
# place ("…에서"), nothing that modifies the partner ("… 기업인 B와").
_PRE = re.compile(r"(?:.*[\]=)▲•\-|]\s*)?(?:(?:지난 )?\d+일,? |[가-힣]{2} )?")
_GAP = re.compile(r"(?:.*(?:\d일|에서|오전|오후|\d시|\)|이날|최근),? )?")
_SEP = r"(?:와 |과 |, ?|[·‧ㆍ]| 및 )"
_PSEP = r"(?:, ?|[·‧ㆍ]| 및 |와 |과 )"
_TSEP = r"(?:, ?| ?[-–] ?|[·‧ㆍ])"
_VERB = re.compile(r"(?P<obj>\S*(?:협약|협정|MOU|양해각서|\(MOU\)|협약서)['’」]?)(?P<op>을|를) "
                   r"(?P<v>체결했다|맺었다)(?P<end>(?:고 (?:\d+일 )?밝혔다)?\.)$")
STATS: Counter = Counter()
CROSS = False   # --cross: every rewritten sentence takes one of CROSS_SHAPES
SHAPED: dict[tuple[int, str], set[str]] = {}   # (seed, id) -> target shapes


def item_pattern(forms: list[str]) -> str:
    """One party: a gold form, a company mark before it, a bracket after it."""
    f = "|".join(map(re.escape, forms))
    return r"(?:(?:㈜|\((?:주|사|재)\))\s?)?(?:" + f + r")(?:\s?\([^()]{1,40}\))?"


def split_list(block: str, item: str) -> list[str]:
    """The items of a list block, in order."""
    return [m.group(0) for m in re.finditer(item, block)]


def group_of(item: str, gold: dict) -> int | None:
    core = re.sub(r"\s?\([^()]{1,40}\)$", "", item)
    core = re.sub(r"^(?:㈜|\((?:주|사|재)\))\s?", "", core)
    return next((i for i, g in enumerate(gold.get("signatories", [])) if core in g), None)


def word_of(item: str) -> str:
    """The word a particle after ITEM follows (the name before its bracket)."""
    return re.sub(r"\s?\([^()]{1,40}\)$", "", item)


def p(particle: str, item: str) -> str:
    return item + reshape.fix_particle(particle, word_of(item))


def parse_sentence(sent: str, gold: dict) -> dict | None:
    """The parties of a signing sentence that opens with them: pre, items, gap, rest, source
    shape; None when the sentence is not one of the two source shapes."""
    forms = sorted({f for g in gold.get("signatories", []) for f in g if len(f) > 1},
                   key=len, reverse=True)
    if not forms or _QUOTE.search(sent):
        return None
    item = item_pattern(forms)
    head = re.compile(rf"(?P<pre>.*?)(?<![가-힣A-Za-z0-9)])(?P<subj>{item}(?:{_SEP}{item})*)"
                      r"(?P<sp>은|는|이|가) ")
    m = head.match(sent)
    if not m or not _PRE.fullmatch(m.group("pre")):
        return None
    subj = split_list(m.group("subj"), item)
    rest = sent[m.end():]
    partner = re.search(rf"(?<![가-힣A-Za-z0-9)])(?P<part>{item}(?:{_PSEP}{item})*)"
                        r"(?P<pp>와|과) (?:함께 )?", rest)
    if len(subj) == 1 and partner and _SIGN.search(rest[partner.end():]):
        gap, tail = rest[:partner.start()], rest[partner.end():]
        items, src = subj + split_list(partner.group("part"), item), "topic-partner"
        if re.search(r"[,.]", gap) or len(gap) > 50 or not _GAP.fullmatch(gap):
            return None
    elif len(subj) >= 2 and _SIGN.search(rest):
        gap, tail, items = "", rest, subj
        src = "joined" if "와 " in m.group("subj") or "과 " in m.group("subj") else "list"
    else:
        return None
    groups = [group_of(i, gold) for i in items]
    if None in groups or len(set(groups)) != len(groups):
        return None
    return {"pre": m.group("pre"), "items": items, "gap": gap, "tail": tail, "src": src}


def passive(tail: str) -> str | None:
    """R with its verb in the passive ("…협약이 체결됐다"), or None when R ends otherwise."""
    m = _VERB.search(tail)
    if not m:
        return None
    obj = m.group("obj")
    particle = "이" if m.group("op") == "을" else "가"
    return tail[:m.start()] + f"{obj}{particle} 체결됐다{m.group('end')}"


def swap_verb(tail: str, verb: str) -> str | None:
    """R with another of the genre's signing verbs, or None where R does not allow it."""
    m = _VERB.search(tail)
    if not m or verb == m.group("v"):
        return None
    obj, op, end = m.group("obj"), m.group("op"), m.group("end")
    new = {"체결했다": f"{obj}{op} 체결했다", "맺었다": f"{obj}{op} 맺었다",
           "체결식을 가졌다": f"{obj} 체결식을 가졌다",
           "했다": f"{obj}{op} 했다" if obj.endswith("협약") else None,
           "손을 잡았다": f"{obj}{op} 체결하고 손을 잡았다",
           "서명했다": f"{obj}에 서명했다"}[verb]
    return None if new is None else tail[:m.start()] + new + end


def gap_(gap: str) -> str:
    return gap if not gap or gap.endswith(" ") else gap + " "


def render(shape: str, items: list[str], gap: str, tail: str) -> str | None:
    """The parties in SHAPE followed by the sentence's own words (None where it does not fit)."""
    a, rest, n, g = items[0], items[1:], len(items), gap_(gap)
    listed = ", ".join(items[:-1])
    if shape == "topic-partner":
        return f"{p('는', a)} {g}{p('와', ', '.join(rest))} {tail}"
    if shape == "joined":
        subj = f"{p('와', a)} {rest[0]}" if n == 2 else ", ".join(items)
        return f"{p('는', subj)} {g}{tail}"
    if shape == "dot":
        return f"{p('는', '·'.join(items))} {g}{tail}"
    if shape == "dot-count":
        count = "양 기관은" if n == 2 else f"{n}개 기관은"
        return f"{'·'.join(items)} {count} {g}{tail}"
    if shape == "gan":
        pas = passive(tail)
        subj = f"{p('와', a)} {rest[0]}" if n == 2 else ", ".join(items)
        return None if pas is None else f"{subj} 간 {g}{pas}"
    if shape == "partner-first":
        return f"{p('와', ', '.join(rest))} {p('가', a)} {g}{tail}"
    if shape == "handshake":
        return f"{p('는', a)} {g}{p('와', ', '.join(rest))} 손잡고 {tail}"
    if shape == "hands-joined":
        subj = f"{p('와', a)} {rest[0]}" if n == 2 else ", ".join(items)
        return f"{p('가', subj)} 손을 맞잡고 {g}{tail}"
    if shape == "mit":
        return f"{p('는', f'{listed} 및 {items[-1]}')} {g}{tail}"
    if shape == "counted":
        if n < 3:
            return None
        return f"{p('는', a)} {g}{', '.join(rest)} 등 {n - 1}개 기관과 {tail}"
    return _render_more(shape, items, g, tail)


def _render_more(shape: str, items: list[str], g: str, tail: str) -> str | None:
    a, rest, n = items[0], items[1:], len(items)
    if shape == "subject-partner":
        return f"{p('가', a)} {g}{p('와', ', '.join(rest))} {tail}"
    if shape == "together":
        return f"{p('는', a)} {g}{p('와', ', '.join(rest))} 함께 {tail}"
    if shape == "listed-count":
        return None if n < 3 else f"{', '.join(items)} 등 {n}개 기관은 {g}{tail}"
    return _render_cross(shape, items, g, tail)


def _render_cross(shape: str, items: list[str], g: str, tail: str) -> str | None:
    """The parties named in a sentence of their own, before or after the signing sentence."""
    a, rest, n = items[0], items[1:], len(items)
    joined = f"{p('와', a)} {', '.join(rest)}"
    if shape == "these-before":
        return f"{p('가', joined)} 힘을 모았다. 이들 기관은 {g}{tail}"
    if shape == "count-before":
        if n not in _KOREAN_COUNT:
            return None
        if n == 2:
            return f"{p('가', joined)} 손을 잡았다. 양 기관은 {g}{tail}"
        return f"{joined} 등 {n}개 기관이 힘을 모았다. {_KOREAN_COUNT[n]} 기관은 {g}{tail}"
    if shape == "listed-after":
        if n < 3:
            return f"{p('는', a)} {g}지역 기관과 {tail} 협약 상대는 {copula(rest[0])}."
        return f"{p('는', a)} {g}지역 기관들과 {tail} 협약 참여 기관은 {copula(', '.join(rest))}."
    if shape == "joined-after":
        listed = p("가", ", ".join(rest))
        return None if n < 3 else \
            f"{p('는', a)} {g}관계 기관들과 {tail} 이번 협약에는 {listed} 참여했다."
    raise ValueError(shape)


def copula(item: str) -> str:
    """ITEM closed by the copula: "…대학교다", "…센터이다"."""
    return item + ("이다" if reshape.fix_particle("이", word_of(item)) == "이" else "다")


def reparty_sentence(sent: str, gold: dict, rng: random.Random, force: str | None,
                     done: set[str]) -> str:
    """SENT with its parties in another shape (and maybe another verb), or SENT as it is."""
    parsed = parse_sentence(sent, gold)
    if parsed is None:
        return sent
    STATS["sentences"] += 1
    pool = CROSS_SHAPES if CROSS else tuple(s for s in SHAPES if s not in CROSS_SHAPES)
    options = [s for s in (SHAPES if force else pool)
               if s != parsed["src"] and (force is None or s == force)]
    rng.shuffle(options)
    tail = parsed["tail"]
    verb = rng.choice(VERBS)
    swapped = swap_verb(tail, verb) if rng.random() < 0.5 and not force else None
    for shape in options:
        new = render(shape, parsed["items"], parsed["gap"], swapped or tail)
        if new is not None:
            STATS[f"{parsed['src']} -> {shape}"] += 1
            if swapped and shape != "gan":
                STATS[f"verb -> {verb}"] += 1
            done.add(shape)
            return parsed["pre"] + new
    return sent


def reparty_text(text: str, gold: dict, rng: random.Random, force: str | None,
                 done: set[str]) -> str:
    """TEXT with each signing sentence that opens with its parties rewritten."""
    lines = []
    for line in text.split("\n"):
        sents = re.split(r"(?<=다\.)( +)", line)
        lines.append("".join(reparty_sentence(s, gold, rng, force, done) if i % 2 == 0 else s
                             for i, s in enumerate(sents)))
    return "\n".join(lines)


def reparty_title(title: str, gold: dict, rng: random.Random, force: str | None,
                  done: set[str]) -> str:
    """A headline that opens with two or more gold forms, in another headline shape."""
    forms = sorted({f for g in gold.get("signatories", []) for f in g if len(f) > 1},
                   key=len, reverse=True)
    if not forms or CROSS:
        return title        # (--cross: the headline as it is)
    item = item_pattern(forms)
    m = re.match(rf"(?P<pre>\[[^\]]*\]\s*)?(?P<items>{item}(?:{_TSEP}{item})+)"
                 r"(?P<p>와|과)?,? (?P<rest>.*(?:협약|협정|MOU|체결|손잡|맞손|협력).*)$", title)
    if not m:
        return title
    items = split_list(m.group("items"), item)
    groups = [group_of(i, gold) for i in items]
    seps = set(re.findall(_TSEP, m.group("items")))
    if None in groups or len(set(groups)) != len(groups) or len(seps) > 1:
        return title                    # "A, B·C 사업단과": the dot joins the unit's owners
    rest = m.group("rest")
    src = "title-comma" if m.group("p") else (
        "title-dash" if re.search(r"[-–]", m.group("items")) else "title-dot")
    for word, shape in (("손잡고 ", "title-hands"), ("간 ", "title-gan")):
        if rest.startswith(word):
            src, rest = shape, rest[len(word):]
    options = [s for s in TITLE_SHAPES if s != src and (force is None or s == force)]
    if not options:
        return title
    shape = rng.choice(options)
    new = {"title-dash": "-".join(items) + ",",
           "title-comma": f"{items[0]}, {p('와', '·'.join(items[1:]))}",
           "title-dot": "·".join(items),
           "title-hands": f"{items[0]}, {p('와', '·'.join(items[1:]))} 손잡고",
           "title-gan": "-".join(items) + " 간"}[shape]
    STATS[f"{src} -> {shape}"] += 1
    done.add(shape)
    return (m.group("pre") or "") + new + " " + rest


def repartied_article(raw: dict, gold: dict, seed: int,
                      force: str | None = None) -> tuple[dict, dict]:
    """One article with its parties' mentions in other shapes; the gold unchanged."""
    rng = random.Random(f"{seed}:{gold['id']}:reparty")
    done: set[str] = set()
    title = raw.get("title", "")
    new_title = reparty_title(title, gold, rng, force, done)
    text = raw.get("text", "")
    if title and new_title != title:
        text = text.replace(title, new_title)
    text = reparty_text(text, gold, rng, force, done)
    STATS["articles"] += 1
    STATS["articles rewritten"] += bool(done)
    SHAPED[(seed, gold["id"])] = done
    return dict(raw, title=new_title, text=text), gold


def errors_of(folder: Path, score_py: Path) -> dict[str, Counter]:
    """Per article: missed and extra organisations, and a missed agreement (tune only)."""
    res = subprocess.run([sys.executable, str(score_py), str(folder / "out" / "graph.trig"),
                          str(folder / "gold"), "--show-errors"], capture_output=True, text=True,
                         check=True)
    out: dict[str, Counter] = {}
    for aid, what in re.findall(r"^(\d+): (missed org|extra org|no agreement found)", res.stdout,
                                re.M):
        out.setdefault(aid, Counter())[what] += 1
    return out


def _prf(t: Counter, tag: str) -> str:
    """Signatories P / R and agreements R of one tally, original (o) or copy (c)."""
    return (f"{t[tag + 'hit'] / max(t[tag + 'pred'], 1):.3f}/"
            f"{t[tag + 'hit'] / max(t['gold'], 1):.3f}/{t[tag + 'agr'] / t['articles']:.3f}")


def by_shape(work: Path, dev: Path, score_py: Path) -> str:
    """Signatories P / R and agreements R of the rewritten articles, by target shape."""
    tally: dict[str, Counter] = {}
    errs = {s: errors_of(work / f"seed{s}", score_py) for s in {s for s, _ in SHAPED}}
    orig = errors_of(work / "original", score_py)
    for (seed, aid), done in SHAPED.items():
        if not done:
            continue
        key = next(iter(done)) if len(done) == 1 else "several"
        gold = json.loads((dev / "gold" / f"{aid}.json").read_text(encoding="utf-8"))
        n = len(gold.get("signatories", []))
        t = tally.setdefault(key, Counter())
        t["articles"] += 1
        t["gold"] += n
        for tag, e in (("o", orig.get(aid, Counter())), ("c", errs[seed].get(aid, Counter()))):
            t[tag + "hit"] += n - e["missed org"]
            t[tag + "pred"] += n - e["missed org"] + e["extra org"]
            t[tag + "agr"] += 1 - e["no agreement found"]
    lines = ["signatories P/R and agreements R of the rewritten articles, by target shape "
             "(original -> copy):"]
    for k, t in sorted(tally.items()):
        lines.append(f"  {k:<16} {_prf(t, 'o')} -> {_prf(t, 'c')}  ({t['articles']} articles, "
                     f"{t['gold']} parties)")
    return "\n".join(lines)


def stats_report() -> str:
    lines = [f"articles with a party mention rewritten: {STATS['articles rewritten']}"
             f"/{STATS['articles']}; signing sentences of the two source shapes "
             f"{STATS['sentences']}"]
    lines += [f"  {k}: {v}" for k, v in sorted(STATS.items()) if "->" in k]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(add_help=False)
    ap.add_argument("--cross", action="store_true",
                    help="the parties named in a sentence of their own (CROSS_SHAPES)")
    args, rest = renamed.shape_options(argv, SHAPES + TITLE_SHAPES, "party mention", ap)
    global CROSS
    CROSS = args.cross

    def change(raw: dict, gold: dict, seed: int) -> tuple[dict, dict]:
        return repartied_article(raw, gold, seed, args.shape)

    code = renamed.main(rest, change=change, label=args.shape or "reparty", doc=__doc__)
    print(stats_report())
    if code == 0 and "--write-only" not in rest:
        dev = args.dev.resolve()
        print(by_shape(args.work.resolve(), dev, dev.parent / "score.py"))
    return code


if __name__ == "__main__":
    sys.exit(main())
