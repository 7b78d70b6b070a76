"""How much the shape of the area list costs: the tune articles with each list of gold areas
written in another of the genre's shapes.

Reads the tune part of the dev set at run time (ids 001-075, and 101-335 not divisible by 3;
never the held-out ids divisible by 3 in 101-335). For each article and each seed it writes,
into --work (outside the repository), a copy in which every place where two or more gold areas
are written together as one list with exact boundaries is rewritten into another shape drawn
per seed, with the gold unchanged: each area keeps the gold's words, only the list's frame,
its separators and the sentence around it change. Then it runs ``mougraph extract`` on the
originals and on each copy and scores all of them with ``../shared/eval/score.py``, printing
both means side by side, then areas P/R/F1 by target shape (the same articles, original vs
rewritten) and the share of articles rewritten.

    .venv/bin/python bench/reareas.py --work /tmp/reareas --seeds 7,8,9 --jobs 2
    .venv/bin/python bench/reareas.py --work /tmp/reareas --seeds 7 --shape duties

The shapes (``SHAPES``; A, B, C the gold areas, invented here as 인재 양성, 기술 개발, 장비 공유):

    bullets-inline  양 기관은 ▲인재 양성 ▲기술 개발 ▲장비 공유 등에 협력하기로 했다.
                    (▲ or △, drawn per seed)
    bullet-lines    주요 협약 내용은 다음과 같다.
                    - 인재 양성
                    - 기술 개발         (one bullet per line: -, ·, ○, ①②③ or 1. 2. 3.)
    prose-deung     양 기관은 인재 양성, 기술 개발, 장비 공유 등에서 협력하기로 했다.
    prose-and       양 기관은 인재 양성, 기술 개발과 장비 공유 분야에서 협력하기로 했다.
    dots            양 기관은 인재 양성·기술 개발·장비 공유 등에 힘을 모으기로 했다.
    duties          가온시는 인재 양성, 장비 공유를, 누리대는 기술 개발을 맡기로 했다.
                    (the gold's first two parties take the items in turn)
    contents        주요 내용은 인재 양성, 기술 개발, 장비 공유 등이다.
    clauses         협약에 따라 양 기관은 인재 양성하고, 기술 개발하며, 장비 공유하기로 했다.

A list is found where gold areas follow one another in the text separated only by list marks
(▲ △ ○ - · ① 1. …), commas, 및, 과/와, dots, line breaks or the ending of a clause ("A를
지원하고, B를 제공하기로"), each area starting a word. The sentence's head before the list is
kept when it ends at a clause boundary ("양 기관은 이를 위해 ", "…협약을 맺고 "): a shape that
needs a subject continues it (adding "양 기관은" when it names none; bullet lines then follow
"…다음 사항에 협력하기로 했다."), duties follow a head that names no subject ("이번 협약에 따라
"), contents follow no head; a head that is a topic of contents ("협약의 주요 내용은 ",
"협약서에는 ") goes with the list, as does a line announcing bullet lines ("…은 다음과
같다."). The rest of the sentence after the list goes too. A list is left as it is where its
sentence also tells the signing or another gold area, begins on the line above, or is a
headline (no sentence ending).

Where a shape would change what the gold says, it is not drawn: a prose shape splits at
commas, 및 and dots (GUIDELINES: "a prose list is split only where the text itself separates
items"), so an item holding one of those, or an object ("A를 지원"), stays in bullets; dots
need whole activities of three words at most (a dot between single words joins them,
"시설·장비 공동 활용"); clauses need whole activities of two words or more whose first words
are not all adverbs ("공동 연구하며" has no object); duties need two named parties. Every
gold area the original text contained must still be in the copy, else the article is left as
it is.
"""
from __future__ import annotations

import importlib.util
import random
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import renamed  # noqa: E402  (tune ids, extraction, scoring, report)
import reshape  # noqa: E402  (particles fitted to the last syllable)

SHAPES = ("bullets-inline", "bullet-lines", "prose-deung", "prose-and", "dots", "duties",
          "contents", "clauses")
PREDICATE = {"bullets-inline", "prose-deung", "prose-and", "dots", "clauses"}  # need a subject
_MARK = (r"(?:[▲△▶▷■□◆◇○●•★☆※ㅇ◎◈\-–·ㆍ]|\d{1,2}[.)]|\(\d{1,2}\)|[①-⑳]"
         r"|[가나다라마바사][.)])")
_MARK_BEFORE = re.compile(rf"(?<!\S){_MARK}\s*$")   # a mark starts a word ("다." does not)
_BETWEEN = re.compile(rf"(?:(?:과|와)(?=\s)|(?<=[가-힣])(?:하고|하며|하여|해)(?=[,\s]))?"
                      rf"(?:\s|,|、|/|;|및|그리고|\.(?=\s*\n)|{_MARK})*")   # "A하고, B하기로"
_WORD = re.compile(r"[가-힣A-Za-z0-9]")
_BOUNDARY = re.compile(r"(?:은|는|이|가|고|며|서|해|여|써|통해|따라|위해|위하여|대해|으로|로"
                       r"|에는|에서는|앞으로|향후|또|또한|특히|아울러|이와 함께)[,\s]*$|[,:]\s*$")
_OF_LIST = re.compile(r"(?:비롯|포함)(?:해|하여|한)\s*$")   # "A를 비롯해 B, C": A is of the list
_CONTENTS_HEAD = re.compile(r"(?:내용|골자|사항|분야|핵심|협약서|협약|MOU|협정|각서)"
                            r"(?:은|는|에는|으로는|에)\s*$")
_ANNOUNCE = re.compile(r"(?:다음과|아래와)\s*같(?:다|습니다)\.?\s*$|[:：]\s*$")
_SIGNED = re.compile(r"체결|맺었|맺고|맺은|협약식|서명|손잡|손을 잡|가졌|열었")
_TOPIC = re.compile(r"\S(?:은|는)\s")
_SUBJECT = re.compile(r"\S(?:이|가)\s+$")    # "…에 따라 가온시와 누리대가 ": the subject
_PROSE_SPLIT = re.compile(r"[,·ㆍ/]|\s및\s|\s등(?:\s|$)")
_ADVERBS = {"상호", "공동", "적극", "함께", "긴밀히", "서로"}   # "공동 연구하며": no object
_OBJECT = re.compile(r"(?:을|를)\s")
_AFTER_LAST = re.compile(r"(?![가-힣A-Za-z0-9])|(?:을|를|에서|에|이|가|은|는|으로|로|과|와|의|도"
                         r"|까지|이다|다|등)(?:는|도|의)?(?![가-힣])"
                         r"|(?<=[가-힣])(?:하(?:기로|고|며|여|는|게|겠|기)|해|했|할|한|키로)")
_LINE_MARKS = (("-",) * 3, ("·",) * 3, ("○",) * 3, tuple("①②③④⑤⑥⑦⑧⑨⑩⑪⑫"),
               tuple(f"{k}." for k in range(1, 13)))
STATS: Counter = Counter()        # what the copies of this run changed (read by the report)
SHAPED: dict[tuple[int, str], str] = {}   # (seed, id) -> the target shape of its lists


def runs(text: str, areas: list[str]) -> list[tuple[int, int, list[str], str]]:
    """The lists of two or more gold areas written together: (start, end, items, source
    shape), start before the first item's mark, end after the last item."""
    found: list[tuple[int, int, list[str], str]] = []
    for i, first in enumerate(areas):
        for m in re.finditer(re.escape(first), text):
            if m.start() and _WORD.match(text[m.start() - 1]):
                continue                      # inside a longer word
            end, items, seps = m.end(), [first], []
            for nxt in areas[i + 1:]:
                gap = _BETWEEN.match(text, end)
                if gap is None or not text.startswith(nxt, gap.end()) \
                        or not gap.group(0).strip() or _WORD.match(text[gap.end() - 1]):
                    break               # no separator, or the next item inside a word
                seps.append(text[end: gap.end()])
                end, items = gap.end() + len(nxt), items + [nxt]
            if len(items) < 2 or any(s < end and m.start() < e for s, e, *_ in found) \
                    or not _AFTER_LAST.match(text, end):
                continue
            mark = _MARK_BEFORE.search(text, max(0, m.start() - 6), m.start())
            start = m.start() - (len(mark.group(0)) if mark else 0)
            found.append((start, end, items, source_shape(seps, bool(mark))))
    return sorted(found)


def source_shape(seps: list[str], marked: bool) -> str:
    if any("\n" in s for s in seps):
        return "bullet-lines"
    if marked:
        return "bullets-inline"
    if any(s.startswith("하") or s.startswith("해") for s in seps):
        return "clauses"
    if all("·" in s or "ㆍ" in s for s in seps):
        return "dots"
    return "prose-deung" if all("," in s for s in seps) else "prose-and"


def options(items: list[str], source: str, parties: list[str]) -> list[str]:
    """The shapes these items may take without changing what the gold says."""
    out = [s for s in SHAPES if s != source]
    activities = tuple(_activity_nouns())
    if any(_PROSE_SPLIT.search(i) or _joins_activities(i, activities) for i in items):
        out = [s for s in out if s not in {"prose-deung", "prose-and", "dots", "contents",
                                           "duties", "clauses"}]
    if any(_OBJECT.search(i) for i in items):
        out = [s for s in out if s not in {"prose-deung", "prose-and", "dots", "contents",
                                           "duties"}]
    whole = all(i.split()[-1].endswith(activities + ("화",)) and _WORD.match(i[-1])
                and len(i.split()) >= 2 and not set(i.split()[:-1]) <= _ADVERBS for i in items)
    if not whole:               # "청년 창업 지원하고": an activity with words of its own
        out = [s for s in out if s != "clauses"]
    if not whole or any(len(i.split()) > 3 for i in items):
        out = [s for s in out if s != "dots"]   # a dot joins single words ("시설·장비")
    if len(parties) < 2:
        out = [s for s in out if s != "duties"]
    return out


def _joins_activities(item: str, activities: tuple[str, ...]) -> bool:
    """"인력 양성과 공동 연구": 과/와 after a whole activity, where prose splits the item."""
    return any(w[:-1].endswith(activities) for w in re.findall(r"\S+(?:과|와)(?=\s)", item))


def _activity_nouns() -> list[str]:
    from mougraph.lexicons import lexicon_words
    return list(lexicon_words("activity_nouns.txt"))


def fit(p: str, word: str) -> str:
    return reshape.fix_particle(p, word)


def render(shape: str, items: list[str], parties: list[str], rng: random.Random) -> str:
    """The list in a shape: a predicate (the subject comes from the head) or sentences."""
    last = items[-1]
    if shape == "bullets-inline":
        mark = rng.choice("▲△")
        return " ".join(mark + i for i in items) + " 등에 협력하기로 했다."
    if shape == "bullet-lines":
        marks = rng.choice(_LINE_MARKS)
        return "주요 협약 내용은 다음과 같다.\n" + "\n".join(
            f"{marks[k % len(marks)]} {i}" for k, i in enumerate(items))
    if shape == "prose-deung":
        return ", ".join(items) + " 등에서 협력하기로 했다."
    if shape == "prose-and":
        before = items[-2]
        joined = ", ".join(items[:-2] + [before + fit("와", before)])
        return f"{joined} {last} 분야에서 협력하기로 했다."
    if shape == "dots":
        return "·".join(items) + " 등에 힘을 모으기로 했다."
    if shape == "duties":
        one, two = items[0::2], items[1::2]
        a, b = parties[0], parties[1]
        return (f"{a}{fit('은', a)} {', '.join(one)}{fit('을', one[-1])}, {b}{fit('은', b)} "
                f"{', '.join(two)}{fit('을', two[-1])} 맡기로 했다.")
    if shape == "contents":
        return "주요 내용은 " + ", ".join(items) + " 등이다."
    if shape == "clauses":
        heads = [f"{i}하고," if k % 2 == 0 else f"{i}하며," for k, i in enumerate(items[:-1])]
        return " ".join(heads) + f" {last}하기로 했다."
    raise ValueError(shape)


def sentence_bounds(text: str, start: int, end: int, lines: bool) -> tuple[int, int]:
    """Where the list's sentence begins (a line's start, after a period) and ends."""
    left = max([0] + [text.rfind(c, 0, start) + len(c) for c in ("\n", ". ", "다.")
                      if text.rfind(c, 0, start) >= 0])
    if lines:
        right = text.find("\n", end)
        return left, len(text) if right < 0 else right
    m = re.compile(r"[.!?](?=\s|$)|\n").search(text, end)
    return left, len(text) if m is None else (m.end() if m.group(0) != "\n" else m.start())


def frame(text: str, span: tuple[int, int], lines: bool,
          others: list[str]) -> tuple[int, str, int] | None:
    """The list's sentence around SPAN: (where it starts, the head kept, where it ends);
    None where the list cannot be cut out of it exactly."""
    start, end = span
    left, right = sentence_bounds(text, start, end, lines)
    head, tail = text[left:start], text[end:right]
    if _SIGNED.search(tail) or "\n" in tail.strip() or _OF_LIST.search(head) \
            or any(a in head or a in tail for a in others):
        return None             # the signing, or more of the list, in the same sentence
    if not lines and not re.search(r"다\.?$", text[left:right].strip()):
        return None             # a headline or subtitle, no sentence
    if not lines and text[:left].rstrip().endswith(","):
        return None             # "…을 제공하며,⏎B는 …": the sentence began on the line above
    if lines:
        prev = text.rfind("\n", 0, max(left - 1, 0))
        before = text[prev + 1: max(left - 1, 0)].strip()
        if text[right:].lstrip().startswith("등"):
            return None         # "⏎등이며 …": the list's sentence goes on below it
        if _ANNOUNCE.search(before) or _CONTENTS_HEAD.search(before):
            left = prev + 1     # the line announcing the list goes with it
        elif before and not re.search(r"다\.$", before):
            return None         # the lines are inside a sentence of the line before
    if head.strip() and _CONTENTS_HEAD.search(head):
        head = ""               # "협약의 주요 내용은 ": the topic goes with the list
    elif head.strip() and not _BOUNDARY.search(head):
        return None             # the head modifies the first item
    return left, head, right


def rewrite(text: str, span: tuple[int, int], items: list[str], source: str, shape: str,
            parties: list[str], rng: random.Random, others: list[str]) -> str | None:
    """TEXT with one list rewritten into SHAPE; None where the list's sentence cannot be."""
    found = frame(text, span, source == "bullet-lines", others)
    if found is None:
        return None
    left, head, right = found
    new = render(shape, items, parties, rng)
    named = _TOPIC.search(head) or _SUBJECT.search(head)
    subject = "" if named else ("양 기관은 " if len(parties) <= 2 else "참여 기관들은 ")
    if shape == "clauses" and not head.strip():
        subject = "협약에 따라 " + subject
    if shape == "bullet-lines" and head.strip():   # "양 기관은 이를 위해 다음 사항에 …"
        new = subject + "다음 사항에 협력하기로 했다.\n" + new.split("\n", 1)[1]
    elif shape in PREDICATE:
        new = subject + new
    elif head.strip() and (shape == "contents" or _TOPIC.search(head)):
        return None             # "이번 협약에 따라 가온시는 A를, …": duties follow a head
    #                             that names no subject; the contents no head at all
    rest = text[right:]
    if shape == "bullet-lines" and rest and not rest.startswith("\n"):
        rest = "\n" + rest.lstrip()
    return text[:left] + head + new + rest


def party_names(gold: dict, text: str) -> list[str]:
    """The parties as the text names them (the longest form found), in gold order."""
    out = []
    for group in gold.get("signatories", []):
        forms = sorted((f for f in group if f and f in text), key=len, reverse=True)
        if forms:
            out.append(forms[0])
    return out


def reareas_text(text: str, gold: dict, rng: random.Random, force: str | None,
                 shape: str | None = None) -> tuple[str, str | None]:
    """TEXT with its lists of gold areas rewritten, and the target shape drawn."""
    areas = [a for a in gold.get("areas", []) if len(a) >= 2]
    parties = party_names(gold, text)
    found = runs(text, areas)
    if not found:
        return text, None
    longest = max(found, key=lambda f: len(f[2]))   # the article's list: its options rule
    allowed = set(options(longest[2], longest[3], parties))
    if force:
        allowed &= {force}
    if shape is None and allowed:
        shape = rng.choice(sorted(allowed))
    if shape is None:
        return text, None
    present = [a for a in gold.get("areas", []) if a in text]
    out = text
    for start, end, items, src in reversed(found):
        if shape not in options(items, src, parties):
            continue
        others = [a for a in areas if a not in items]
        new = rewrite(out, (start, end), items, src, shape, parties, rng, others)
        STATS["lists"] += 1
        if new is not None:
            out = new
            STATS[f"{src} -> {shape}"] += 1
    if out == text or not all(a in out for a in present):
        return text, None
    return out, shape


def reareas_article(raw: dict, gold: dict, seed: int,
                    force: str | None = None) -> tuple[dict, dict]:
    """One article with its lists of gold areas in another shape; the gold unchanged."""
    rng = random.Random(f"{seed}:{gold['id']}:reareas")
    text, shape = reareas_text(raw.get("text", ""), gold, rng, force)
    STATS["articles"] += 1
    STATS["articles with areas"] += bool(gold.get("areas"))
    if shape is not None:
        STATS["articles rewritten"] += 1
        SHAPED[(seed, gold["id"])] = shape
    return dict(raw, text=text), gold


def _score_module():
    path = renamed.ROOT.parent / "shared" / "eval" / "score.py"
    spec = importlib.util.spec_from_file_location("eval_score", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def area_tally(score, pred: dict, gold: dict, ids: list[str]) -> tuple[int, int, int]:
    """(matched, gold, predicted) areas over IDS, as score.py counts them."""
    tp = ng = npred = 0
    for aid in ids:
        gold_areas = list(gold[aid].get("areas", []))
        pred_areas = list((pred.get(aid) or {"areas": {}})["areas"].values())
        n, _, _ = score.match(gold_areas, pred_areas,
                              lambda a, b: d if (d := score.dice(a, b)) >= 0.6 else 0.0)
        tp, ng, npred = tp + n, ng + len(gold_areas), npred + len(pred_areas)
    return tp, ng, npred


def prf(t: tuple[int, int, int]) -> str:
    tp, ng, npred = t
    p = tp / npred if npred else 1.0
    r = tp / ng if ng else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"{p:.3f} {r:.3f} {f:.3f}"


def by_shape(work: Path, dev: Path) -> str:
    """Areas P/R/F1 of the rewritten articles, by target shape, pooled over the seeds:
    the same articles' originals beside them."""
    score = _score_module()
    gold = score.load_gold(dev / "gold")
    orig = score.load_predictions(work / "original" / "out" / "graph.trig")
    seeds = sorted({s for s, _ in SHAPED})
    preds = {s: score.load_predictions(work / f"seed{s}" / "out" / "graph.trig") for s in seeds}
    lines = ["areas of the rewritten articles by target shape (P R F1; pooled over seeds):",
             f"  {'shape':<15} {'n':>4}   {'original':>17}   {'rewritten':>17}"]
    for shape in (*SHAPES, "all"):
        keys = [k for k, v in SHAPED.items() if shape in (v, "all")]
        if not keys:
            continue
        o = [area_tally(score, orig, gold, [aid]) for _, aid in keys]
        r = [area_tally(score, preds[s], gold, [aid]) for s, aid in keys]
        lines.append(f"  {shape:<15} {len(keys):>4}   {prf(_sum(o)):>17}   {prf(_sum(r)):>17}")
    return "\n".join(lines)


def _sum(ts: list[tuple[int, int, int]]) -> tuple[int, int, int]:
    return (sum(t[0] for t in ts), sum(t[1] for t in ts), sum(t[2] for t in ts))


def stats_report() -> str:
    n, rewritten = STATS["articles with areas"], STATS["articles rewritten"]
    lines = [f"articles rewritten: {rewritten}/{n} with gold areas "
             f"({rewritten / max(n, 1):.3f}; {rewritten}/{STATS['articles']} of all); "
             f"lists found {STATS['lists']}"]
    lines += [f"  {k}: {v}" for k, v in sorted(STATS.items()) if "->" in k]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    args, rest = renamed.shape_options(argv, SHAPES, "list")

    def change(raw: dict, gold: dict, seed: int) -> tuple[dict, dict]:
        return reareas_article(raw, gold, seed, args.shape)

    code = renamed.main(rest, change=change, label=args.shape or "reareas", doc=__doc__)
    print(stats_report())
    if code == 0 and "--write-only" not in rest:
        print(by_shape(args.work.resolve(), args.dev.resolve()))
    return code


if __name__ == "__main__":
    sys.exit(main())
