"""Whether the axes of change add up: the tune articles rewritten along several gauges at once.

Each of the other gauges rewrites the tune articles along ONE axis (names, representatives'
mentions, parties' mentions, area lists, distracting sentences, page clutter, the text's form)
and costs a little; an unseen article differs along many at once. This gauge reads the tune
part of the dev set at run time (ids 001-075, and 101-335 not divisible by 3; never the
held-out ids divisible by 3 in 101-335) and, for each article and each seed, applies the
chosen gauges' own transforms IN SEQUENCE to one copy, each step taking the raw record and the
gold the step before it left (so the gold stays consistent: a step that renames, or changes a
character a gold string holds, changes the gold too). It also writes each step alone, then
extracts and scores every set and prints the originals, each single step and the chain side by
side, with the sum of the single losses against the chain's loss.

    .venv/bin/python bench/combined.py --work /tmp/combined --seeds 1,2,3,4,5,6 --jobs 2
    .venv/bin/python bench/combined.py --work /tmp/combined --seeds 7,8,9 --jobs 2
    .venv/bin/python bench/combined.py --work /tmp/c --chain renamed,distract,sites --seeds 1

The steps (``STEPS``; each is the gauge's own function, imported from it):

    renamed        renamed.rename_article          names swapped (the gold with them)
    people         nameshapes, family people       names swapped, people in other shapes
    companies      nameshapes, family companies    names swapped, companies in other shapes
    reshape        reshape.reshaped_article        representatives' mentions in other shapes
    reparty        reparty.repartied_article       parties' mentions in other shapes
    reareas        reareas.reareas_article         lists of areas in other shapes
    distract       distract.distracted_article     invented distracting sentences added
    noisy          noisy.noisy_article             page clutter, the family the rules know
    sites          clutter_sites.add_clutter       page clutter, the family written apart
    format         format.reform, one kind drawn per article (format:KIND for one kind)
    dateline       dates.moved_dateline            the record's date moved into the text

``--interactions`` (read seeds only, 1-6: never pass it with 7-9) lists, per article, the
errors the chain makes beyond the most any single step makes of the same kind there (missed
or extra org, area, person; no agreement): the classes that only the combination brings.
"""
from __future__ import annotations

import random
import re
import subprocess
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import clutter_sites  # noqa: E402  (beside this script: the gauges whose transforms chain)
import dates as dates_gauge  # noqa: E402
import distract  # noqa: E402
import format as format_gauge  # noqa: E402
import nameshapes  # noqa: E402
import noisy  # noqa: E402
import reareas  # noqa: E402
import renamed  # noqa: E402  (tune ids, extraction, scoring, means)
import reparty  # noqa: E402
import reshape  # noqa: E402

Change = Callable[[dict, dict, int], tuple[dict, dict]]
DEFAULT_CHAIN = "renamed,reshape,reparty,reareas,distract,sites,format"
# format kinds drawn for the "format" step: every kind the format gauge knows
FORMAT_KINDS = format_gauge.KINDS


def _format(raw: dict, gold: dict, seed: int, kind: str | None = None) -> tuple[dict, dict]:
    """The form gauge's change of one kind; with no kind, one drawn per article and seed."""
    kind = kind or random.Random(f"combined:format:{seed}:{raw.get('id')}").choice(FORMAT_KINDS)
    return format_gauge.reform(raw, gold, seed, kind)


def _dateline(raw: dict, gold: dict, seed: int) -> tuple[dict, dict]:
    """The date gauge's moved dateline; an article with no record date stays as it is."""
    moved = dates_gauge.moved_dateline(raw, gold, seed)
    return (moved[0], moved[1]) if moved else (raw, gold)


STEPS: dict[str, Change] = {
    "renamed": renamed.rename_article,
    "people": lambda r, g, s: nameshapes.shaped_article(r, g, s, "people"),
    "companies": lambda r, g, s: nameshapes.shaped_article(r, g, s, "companies"),
    "reshape": reshape.reshaped_article,
    "reparty": reparty.repartied_article,
    "reareas": reareas.reareas_article,
    "distract": distract.distracted_article,
    "noisy": noisy.noisy_article,
    "sites": lambda r, g, s: (clutter_sites.add_clutter(r, s), g),
    "format": _format,
    "dateline": _dateline,
}


def step(name: str) -> Change:
    """The transform of one step name ("format:wrap" fixes the form's kind)."""
    if name.startswith("format:"):
        kind = name.split(":", 1)[1]
        if kind not in FORMAT_KINDS:
            raise ValueError(f"unknown format kind {kind!r}")
        return lambda r, g, s: _format(r, g, s, kind)
    if name not in STEPS:
        raise ValueError(f"unknown step {name!r} (known: {', '.join(STEPS)}, format:KIND)")
    return STEPS[name]


def chained(names: list[str]) -> Change:
    """The steps applied in order to one copy, each to the record and gold the last one left."""
    changes = [step(n) for n in names]

    def change(raw: dict, gold: dict, seed: int) -> tuple[dict, dict]:
        for fn in changes:
            raw, gold = fn(raw, gold, seed)
        return raw, gold
    return change


COLUMNS = ("signatories", "areas", "representatives")


def table(orig: dict, singles: dict[str, dict], chain: dict, n_seeds: int) -> str:
    """Originals, each step alone and the chain side by side; then the sum of the single
    losses against the chain's loss, per field (F1)."""
    head = f"{'set':<22}" + "".join(f" {c[:5] + ' F1 (P/R)':>22}" for c in COLUMNS) \
        + f" {'agr F1':>7} {'date':>6}"
    lines = [f"mean of {n_seeds} seeds; loss = original F1 - set F1", head]
    for label, res in [("original", orig), *singles.items(), ("CHAIN", chain)]:
        cells = "".join(f" {res[c]['f1']:>7.3f} ({res[c]['precision']:.3f}/"
                        f"{res[c]['recall']:.3f})" for c in COLUMNS)
        lines.append(f"{label:<22}{cells} {res['agreements']['f1']:>7.3f}"
                     f" {res['date_accuracy']!s:>6}")
    lines.append("")
    lines.append(f"{'loss (F1)':<22}" + "".join(f" {c:>16}" for c in COLUMNS))
    total = {c: sum(orig[c]["f1"] - s[c]["f1"] for s in singles.values()) for c in COLUMNS}
    loss = {c: orig[c]["f1"] - chain[c]["f1"] for c in COLUMNS}
    for label, row in (("sum of single losses", total), ("chain loss", loss),
                       ("chain - sum", {c: loss[c] - total[c] for c in COLUMNS})):
        lines.append(f"{label:<22}" + "".join(f" {row[c]:>+16.3f}" for c in COLUMNS))
    return "\n".join(lines)


_ERROR = re.compile(r"^(\d+): (missed org|extra org|missed area|extra area|missed person"
                    r"|extra person|no agreement found)", re.M)


def errors_of(folder: Path, score_py: Path) -> dict[tuple[str, str], list[str]]:
    """(article id, kind) -> the error lines of one extracted set (tune articles only)."""
    res = subprocess.run([sys.executable, str(score_py), str(folder / "out" / "graph.trig"),
                          str(folder / "gold"), "--show-errors"], capture_output=True, text=True,
                         check=True)
    out: dict[tuple[str, str], list[str]] = {}
    for line in res.stdout.splitlines():
        m = _ERROR.match(line)
        if m:
            out.setdefault((m.group(1), m.group(2)), []).append(line)
    return out


def interactions(work: Path, names: list[str], seeds: list[int], score_py: Path) -> str:
    """The chain's errors beyond the most any single step makes of the same kind in the same
    article and seed: what only the combination brings."""
    lines, kinds = [], Counter()
    for seed in seeds:
        chain = errors_of(work / f"chain{seed}", score_py)
        singles = [errors_of(work / f"{n}{seed}", score_py) for n in names]
        for key, errs in sorted(chain.items()):
            most = max((len(s.get(key, [])) for s in singles), default=0)
            if len(errs) > most:
                kinds[key[1]] += len(errs) - most
                lines += [f"seed {seed} | {e}" for e in errs]
    head = "errors only the chain makes (beyond every single step), by kind: " + ", ".join(
        f"{k} {v}" for k, v in kinds.most_common())
    return "\n".join([head, *lines])


def main(argv: list[str] | None = None) -> int:
    ap = renamed.parser(__doc__)
    ap.add_argument("--chain", default=DEFAULT_CHAIN,
                    help=f"comma-separated steps in order (default {DEFAULT_CHAIN})")
    ap.add_argument("--interactions", action="store_true",
                    help="list the errors only the chain makes (read seeds 1-6 only)")
    args = ap.parse_args(argv)
    names = [n for n in args.chain.split(",") if n.strip()]
    try:
        changes = {n: step(n) for n in names}
    except ValueError as exc:
        print(f"--chain: {exc}", file=sys.stderr)
        return 2
    found = renamed.folders_of(args)
    if found is None:
        return 2
    work, dev = found
    ids = renamed.tune_ids(dev)
    seeds = [int(s) for s in args.seeds.split(",") if s.strip()]
    if args.interactions and any(s > 6 for s in seeds):
        print("--interactions reads errors: seeds 1-6 only", file=sys.stderr)
        return 2
    folders = {"original": (work / "original", None, None)}
    for seed in seeds:
        for n in names:
            folders[f"{n}{seed}"] = (work / f"{n}{seed}", seed, changes[n])
        folders[f"chain{seed}"] = (work / f"chain{seed}", seed, chained(names))
    for folder, seed, change in folders.values():
        renamed.write_set(dev, ids, folder, seed, change)
    if args.write_only:
        print(f"wrote {len(ids)} articles x {len(folders)} sets under {work}")
        return 0
    score_py = dev.parent / "score.py"
    res = {k: renamed.extract_and_score(f, args.mougraph, args.jobs, score_py)
           for k, (f, _, _) in folders.items()}
    singles = {n: renamed.mean([res[f"{n}{s}"] for s in seeds]) for n in names}
    chain = renamed.mean([res[f"chain{s}"] for s in seeds])
    print(f"tune articles: {len(ids)}; chain: {' -> '.join(names)}; seeds {args.seeds}")
    print(table(renamed.mean([res["original"]]), singles, chain, len(seeds)))
    if args.interactions:
        print(interactions(work, names, seeds, score_py))
    return 0


if __name__ == "__main__":
    sys.exit(main())
