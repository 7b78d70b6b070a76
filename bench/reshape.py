"""How much the surface shape of a representative's mention costs: the tune articles with each
gold representative written in another of the genre's standard shapes.

Reads the tune part of the dev set at run time (ids 001-075, and 101-335 not divisible by 3;
never the held-out ids divisible by 3 in 101-335). For each article and each seed it writes,
into --work (outside the repository), a copy in which every mention of a gold representative
that names the person, the title and the organisation together (as the gold gives them) is
rewritten into another shape drawn per seed, with the gold unchanged (the same person, title
and organisation). Then it runs ``mougraph extract`` on the originals and on each copy and
scores all of them with ``../shared/eval/score.py``, printing both means side by side.

    .venv/bin/python bench/reshape.py --work /tmp/reshape --seeds 7,8,9 --jobs 2
    .venv/bin/python bench/reshape.py --work /tmp/reshape --seeds 7 --shape name-org-title

The shapes (``SHAPES``; O an organisation form the gold lists, T the title, N the name):

    org-title-name    O T N          가온대학교 총장 홍길동과
    name-org-title    N O T          홍길동 가온대학교 총장과
    org-name-title    O N T          가온대학교 홍길동 총장과
    paren             O(T N)         가온대학교(총장 홍길동)와     (only in a signing sentence)
    title-name        T N            총장 홍길동과  (only when O stands elsewhere in the sentence)
    name-title        N T            홍길동 총장과  (the same)
    name-glued        N OT           홍길동 가온협회장과  (only when the title ends the name:
                                     협회 + 회장, 연구원 + 원장, 센터 + 센터장)

A mention is rewritten only where its boundaries are exact: it starts a word, and it ends the
word or is followed by one particle; a parenthesis holding more than the title and the name
(``(이사장 홍길동, 이하 재단)``) is left as it is. A particle after the mention (은/는, 이/가,
과/와, 을/를, 으로/로) is fixed to the new last syllable (after a parenthesis: to the word before
it). The report gives the share of representatives with at least one mention rewritten, and the
counts of source -> target shapes.
"""
from __future__ import annotations

import argparse
import random
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import renamed  # noqa: E402  (tune ids, particles, extraction, scoring, report)

SHAPES = ("org-title-name", "name-org-title", "org-name-title", "paren", "title-name",
          "name-title", "name-glued")
_SIGNING = re.compile(r"협약|협정|MOU|맺|체결|손잡|손을 잡")
_PARTICLE = "|".join(sorted(renamed._PARTICLES, key=len, reverse=True))
_TAIL = (r"(?P<aside>\([^()]{1,20}\))?(?P<p>(?:" + _PARTICLE
         + r")(?=(?:의|는|도)?(?![가-힣])))?(?![가-힣])")
_QUOTE = re.compile(r"[“\"'‘]|밝혔|말했|강조했|전했")
_LIST_END = re.compile(r"\s*(?:[,·ㆍ.]|등|및|$)")
_NO_GLUE = {"사", "공", "이사"}   # 공사 + 사장 is not written 공사장 (a building site)
STATS: Counter = Counter()       # what the copies of this run changed (read by the report)
SHAPED: dict[tuple[int, str], dict[str, set[str]]] = {}   # (seed, id) -> name -> target shapes


def glued(org: str, title: str) -> str | None:
    """The organisation and a title of the 회장/원장 style written as one word (협회 + 회장 ->
    협회장, 가온센터 + 센터장 -> 가온센터장); None when the title does not end the name."""
    if not title.endswith("장") or len(title) < 2:
        return None
    for k in range(len(title) - 1, 0, -1):
        if org.endswith(title[:k]) and title[:k] not in _NO_GLUE:
            return org + title[k:]
    return None


def source_patterns(org: str, title: str, name: str) -> dict[str, str]:
    """One regular expression per shape a mention of (org, title, name) may have now."""
    o, t, n = map(re.escape, (org, title, name))
    pats = {"org-title-name": rf"{o} {t} {n}", "name-org-title": rf"{n} {o} {t}",
            "org-name-title": rf"{o} {n} {t}", "paren": rf"{o} ?\({t} {n}\)",
            "paren-nt": rf"{o} ?\({n} {t}\)"}
    g = glued(org, title)
    if g:
        pats["name-glued"] = rf"{n} {re.escape(g)}"
    return pats


def render(shape: str, org: str, title: str, name: str) -> tuple[str, str]:
    """The mention in a shape, and the word its particle follows."""
    return {"org-title-name": (f"{org} {title} {name}", name),
            "name-org-title": (f"{name} {org} {title}", title),
            "org-name-title": (f"{org} {name} {title}", title),
            "paren": (f"{org}({title} {name})", org),
            "title-name": (f"{title} {name}", name),
            "name-title": (f"{name} {title}", title),
            "name-glued": (f"{name} {glued(org, title)}", title)}[shape]


def fix_particle(p: str, word: str) -> str:
    """A particle fitted to the last syllable of WORD (as renamed.py does)."""
    fin = renamed.has_final(word[-1])
    if not p or fin is None or p not in renamed._PARTICLES:
        return p
    p = renamed._PARTICLES[p][0 if fin else 1]
    if p == "으로" and "가" <= word[-1] <= "힣" and (ord(word[-1]) - 0xAC00) % 28 == 8:
        p = "로"
    return p


def sentence_of(text: str, start: int, end: int) -> str:
    left = max(text.rfind(c, 0, start) for c in ".!?\n")
    rights = [i for i in (text.find(c, end) for c in ".!?\n") if i >= 0]
    return text[left + 1: min(rights) if rights else len(text)]


def targets(src: str, text: str, span: tuple[int, int], org: str, title: str,
            forms: list[str], aside: str = "") -> list[str]:
    """The shapes this mention may take instead of its own, in its sentence."""
    sent = sentence_of(text, *span)
    before = sent[: sent.find(text[span[0]:span[1]])]
    out = [s for s in SHAPES if s != src.replace("paren-nt", "paren")]
    after = sent[len(before):]
    party = _SIGNING.search(sent) and not _QUOTE.search(after) and not aside
    drop = set() if party else {"paren"}     # a party of the signing, not a speaker
    if not any(f in before for f in forms):      # the organisation named earlier in it
        drop |= {"title-name", "name-title"}
    if not glued(org, title):
        drop.add("name-glued")
    return [s for s in out if s not in drop]


def mentions(text: str, gold: dict) -> list[tuple[int, int, str, str, dict, str]]:
    """Every exact mention of a gold representative: (start, end, shape,
    'aside|particle', rep, org form)."""
    found: list[tuple[int, int, str, str, dict, str]] = []
    for rep in gold.get("representatives", []):
        name, title = rep.get("name", ""), rep.get("title", "")
        if not (name and title and rep.get("org")):
            continue
        for form in org_forms(gold, rep["org"]):
            for shape, pat in source_patterns(form, title, name).items():
                for m in re.finditer(r"(?<![가-힣A-Za-z)㈜])(?P<m>" + pat + ")" + _TAIL, text):
                    span = (m.start(), m.end("m"))
                    if shape.startswith("paren") and not (m.group("p") or _LIST_END.match(
                            text, m.end())):
                        continue        # O(T N) modifying a noun after it: not a slot of its own
                    if not any(s < span[1] and span[0] < e for s, e, *_ in found):
                        found.append((*span, shape, (m.group("aside") or "") + "|"
                                      + (m.group("p") or ""), rep, form))
    return sorted(found, key=lambda f: f[0])


def org_forms(gold: dict, org: str) -> list[str]:
    """The organisation and the forms the gold lists with it, longest first."""
    group = next((g for g in gold.get("signatories", []) if org in g), [org])
    return sorted({org, *group}, key=len, reverse=True)


def reshape_text(text: str, gold: dict, rng: random.Random, force: str | None,
                 done: dict[str, set[str]]) -> str:
    """TEXT with each exact mention rewritten into another shape; names rewritten go to DONE."""
    out, last = [], 0
    for start, end, src, p, rep, form in mentions(text, gold):
        title, name = rep["title"], rep["name"]
        forms = org_forms(gold, rep["org"])
        aside, p = p.split("|")
        options = targets(src, text, (start, end), form, title, forms, aside)
        if force:
            options = [force] if force in options else []
        STATS["mentions"] += 1
        if not options:
            continue
        shape = rng.choice(options)
        new, last_word = render(shape, form, title, name)
        out += [text[last:start], new, aside, fix_particle(p, last_word)]
        last = end + len(aside) + len(p)
        STATS[f"{src.replace('paren-nt', 'paren')} -> {shape}"] += 1
        STATS["rewritten"] += 1
        done.setdefault(name, set()).add(shape)
    return "".join(out) + text[last:]


PARTY_SHAPES = ("comma", "dot", "and", "count")
_LIST_SEP = re.compile(r", ?|[·ㆍ]")


def party_lists(text: str, gold: dict) -> list[re.Match]:
    """Lists of two or more parties written by gold forms alone: "A, B, C와", "A·B·C는",
    "A와 B는" (each item exactly a form; the list closed by a particle)."""
    forms = sorted({f for g in gold.get("signatories", []) for f in g if len(f) > 1},
                   key=len, reverse=True)
    if not forms:
        return []
    f = "(?:" + "|".join(map(re.escape, forms)) + ")"
    pat = (rf"(?<![가-힣A-Za-z)㈜])(?P<items>{f}(?:(?:, ?|[·ㆍ]){f})+|{f}(?:와|과) {f})"
           r"(?P<p>과|와|은|는|이|가)(?![가-힣])")
    return list(re.finditer(pat, text))


def split_items(items: str, gold: dict) -> list[str]:
    forms = {f for g in gold.get("signatories", []) for f in g}
    head = re.match(r"(.+?)(?:와|과) (.+)$", items)
    if head and head.group(1) in forms and head.group(2) in forms:
        return [head.group(1), head.group(2)]
    return _LIST_SEP.split(items)


def render_list(shape: str, items: list[str], p: str) -> str:
    """A list of parties in a shape, the particle fitted to its last syllable."""
    if shape == "dot":
        return "·".join(items) + fix_particle(p, items[-1])
    if shape == "and":
        rest = ", ".join(items[1:])
        return f"{items[0]}{fix_particle('와', items[0])} {rest}{fix_particle(p, items[-1])}"
    if shape == "count":
        return f"{items[0]}{fix_particle('와', items[0])} {', '.join(items[1:])} 등 " \
               f"{len(items)}개 기관{fix_particle(p, '관')}"
    return ", ".join(items) + fix_particle(p, items[-1])


def reshape_parties(text: str, gold: dict, rng: random.Random) -> str:
    """TEXT with each list of parties written in another shape (the count shape only for a
    subject of three or more)."""
    out, last = [], 0
    for m in party_lists(text, gold):
        items = split_items(m.group("items"), gold)
        own = "and" if "와 " in m.group("items") or "과 " in m.group("items") else (
            "dot" if "·" in m.group("items") or "ㆍ" in m.group("items") else "comma")
        options = [s for s in PARTY_SHAPES if s != own and (
            s != "count" or (len(items) >= 3 and m.group("p") in "은는이가"))]
        shape = rng.choice(options)
        out += [text[last:m.start()], render_list(shape, items, m.group("p"))]
        last = m.end()
        STATS[f"party list {own} -> {shape}"] += 1
    return "".join(out) + text[last:]


def reshaped_article(raw: dict, gold: dict, seed: int, force: str | None = None,
                     kinds: tuple[str, ...] = ("reps",)) -> tuple[dict, dict]:
    """One article with its representatives' mentions (and, with kinds 'parties', its lists
    of parties) in other shapes; the gold unchanged."""
    rng = random.Random(f"{seed}:{gold['id']}:reshape")
    done: dict[str, set[str]] = {}
    new = dict(raw)
    if "parties" in kinds:
        new.update(text=reshape_parties(new.get("text", ""), gold, rng),
                   title=reshape_parties(new.get("title", ""), gold, rng))
    if "reps" in kinds:
        new.update(text=reshape_text(new.get("text", ""), gold, rng, force, done),
                   title=reshape_text(new.get("title", ""), gold, rng, force, done))
    names = {r["name"] for r in gold.get("representatives", []) if r.get("name")}
    STATS["representatives"] += len(names)
    STATS["representatives rewritten"] += len(names & set(done))
    SHAPED[(seed, gold["id"])] = done
    return new, gold


def stats_report() -> str:
    reps, done = STATS["representatives"], STATS["representatives rewritten"]
    lines = [f"representatives with a mention rewritten: {done}/{reps} "
             f"({done / max(reps, 1):.3f}); exact mentions found {STATS['mentions']}, "
             f"rewritten {STATS['rewritten']}"]
    lines += [f"  {k}: {v}" for k, v in sorted(STATS.items()) if "->" in k]
    lists = sum(v for k, v in STATS.items() if k.startswith("party list"))
    if lists:
        lines.append(f"party lists rewritten: {lists}")
    return "\n".join(lines)


def missed_people(folder: Path, score_py: Path) -> set[tuple[str, str]]:
    """(article id, name) of each gold representative the extraction of FOLDER missed
    (tune articles only: their errors may be read)."""
    res = subprocess.run([sys.executable, str(score_py), str(folder / "out" / "graph.trig"),
                          str(folder / "gold"), "--show-errors"], capture_output=True, text=True,
                         check=True)
    found = re.findall(r"^(\d+): missed person (.+?) \(", res.stdout, re.M)
    return set(found)


def recall_by_shape(work: Path, score_py: Path) -> str:
    """Recall of the representatives rewritten, by the shape their mentions took (a person
    whose mentions took several shapes counts under 'several')."""
    seen: Counter = Counter()
    hit: Counter = Counter()
    was: Counter = Counter()
    missed = {seed: missed_people(work / f"seed{seed}", score_py)
              for seed in {s for s, _ in SHAPED}}
    missed_orig = missed_people(work / "original", score_py)
    for (seed, aid), done in SHAPED.items():
        for name, shapes in done.items():
            key = next(iter(shapes)) if len(shapes) == 1 else "several"
            seen[key] += 1
            hit[key] += (aid, name) not in missed[seed]
            was[key] += (aid, name) not in missed_orig
    return ("recall of the rewritten representatives, by target shape (original -> rewritten):\n"
            + "\n".join(f"  {k:<16} {was[k] / seen[k]:.3f} -> {hit[k] / seen[k]:.3f}"
                        f"  (of {seen[k]})" for k in sorted(seen)))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(add_help=False)
    ap.add_argument("--kinds", default="reps",
                    help="what to reshape: reps, parties, or reps,parties")
    args, rest = renamed.shape_options(argv, SHAPES, "mention", ap)

    def change(raw: dict, gold: dict, seed: int) -> tuple[dict, dict]:
        return reshaped_article(raw, gold, seed, args.shape, tuple(args.kinds.split(",")))

    code = renamed.main(rest, change=change, label=args.shape or "reshape", doc=__doc__)
    print(stats_report())
    if code == 0 and "--write-only" not in rest:
        print(recall_by_shape(args.work.resolve(), args.dev.resolve().parent / "score.py"))
    return code


if __name__ == "__main__":
    sys.exit(main())
