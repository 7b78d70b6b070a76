"""What the learned people tagger adds (rule learned-person, ``extract/people/learned.py``):
the representatives line of the rules alone and of the pipeline as it runs, side by side.

Each article of --raw that has gold in --gold is extracted twice in this process, with
``extract(article, learned_people=False)`` and as the pipeline does, and both are scored
with ``mougraph.evaluate`` (no cross-article resolution of names: the lines can differ a
little from ``mougraph extract`` + score.py, the same way on both sides).

    python bench/learnpeople.py --raw /work/shared/eval/dev/raw --gold /tmp/splits/tune114 --show
    python bench/learnpeople.py --raw tests/corpus/raw --gold tests/corpus/gold

``--show`` lists the people added; it refuses ``--split heldout`` and a gold folder named
heldout (the held-out third: the aggregate line and counts only).

What the step costs, two versions of the code side by side (``--speed``; no scoring, the
input's text only, so any corpus will do: a .jsonl of ``bench/generate.py`` too):

    python bench/learnpeople.py --speed OLD_SRC NEW_SRC --input /work/shared/eval/dev/raw \
        --input /tmp/gen400.jsonl --rounds 5 [--cli]

For each version and input a worker process (``PYTHONPATH`` the version's ``src``) loads
the articles once; then, round after round, each worker in turn (the order alternating)
extracts them all with the step off and on (``extract(article, learned_people=...)``, the
order alternating too) and tells the CPU time of both passes and of the step alone (the
calls to ``add_learned_people``, timed inside the "on" pass). The workers' rounds are
interleaved, so a busy machine slows both versions alike; the median round is printed with
the spread (min-max) of the rounds. ``--cli``: also the CPU of the whole ``mougraph
extract --jobs 1`` of each version, interleaved the same way.

Measured when the tagger was chosen (bench at ae70bd7, output level over main's graph, model
on corpus 001-192): tune114 .975 -> .977 (one person added, right); the held-out third, once,
.759 (P .900 R .656) -> .814 (P .889 R .750); corpus: nothing added.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from mougraph import evaluate
from mougraph.extract import extract
from mougraph.model import Extraction
from mougraph.sources import record_to_article


def added_people(rules: Extraction, learned: Extraction) -> list[str]:
    """The people the learned step added to an article, as "id: + name title -> party"."""
    def people(e: Extraction) -> set[tuple[str, str, str]]:
        return {(p.name, p.title or "", p.organisation or "")
                for a in e.agreements for p in a.representatives}
    return [f"{learned.article.id}: + {name} {title} -> {party}"
            for name, title, party in sorted(people(learned) - people(rules))]


def line(label: str, result: dict[str, Any]) -> str:
    r = result["representatives"]
    return (f"{label:<12} representatives P {r['precision']:.3f} R {r['recall']:.3f} "
            f"F1 {r['f1']:.3f}")


# --- what the step costs: versions side by side ------------------------------------------------

def speed_worker(source: Path) -> int:
    """One worker of ``--speed``: the articles of ``source`` loaded once, then one round per
    line read ("on-first" or "off-first"), answered with the round's CPU seconds as JSON."""
    import mougraph.extract as pipeline
    from mougraph.model import Article
    from mougraph.sources import read_inputs

    articles = [a for a in read_inputs([source]) if isinstance(a, Article)]
    step = [0.0]
    add: Callable[..., Any] = pipeline.add_learned_people

    def timed_step(*args: Any) -> Any:
        start = time.process_time()
        try:
            return add(*args)
        finally:
            step[0] += time.process_time() - start

    pipeline.add_learned_people = timed_step   # type: ignore[assignment]
    for article in articles[:5]:
        pipeline.extract(article)   # Kiwi, the model and the lexicons loaded
    print("ready", flush=True)
    for order in sys.stdin:
        passes: dict[str, float] = {}
        for learned in (True, False) if order.strip() == "on-first" else (False, True):
            step[0] = 0.0
            start = time.process_time()
            for article in articles:
                pipeline.extract(article, learned_people=learned)
            passes["on" if learned else "off"] = time.process_time() - start
            if learned:
                passes["step"] = step[0]
        print(json.dumps(passes), flush=True)
    return 0


def _median(values: list[float]) -> float:
    ordered = sorted(values)
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2


def _spread(values: list[float]) -> str:
    return f"{100 * min(values):.1f}..{100 * max(values):.1f}"


def speed(sources: list[Path], inputs: list[Path], rounds: int, cli: bool) -> None:
    """Print, per input, each version's extra cost of the step, measured side by side."""
    workers = {}
    for source in sources:
        for path in inputs:
            worker = subprocess.Popen(
                [sys.executable, __file__, "--speed-worker", str(path)], text=True,
                stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                env={**os.environ, "PYTHONPATH": str(source)})
            assert worker.stdout is not None and worker.stdout.readline().strip() == "ready"
            workers[source, path] = worker
    rows: dict[tuple[Path, Path], list[dict[str, float]]] = {key: [] for key in workers}
    for r in range(rounds):
        for path in inputs:
            for source in sources if r % 2 == 0 else sources[::-1]:
                worker = workers[source, path]
                assert worker.stdin is not None and worker.stdout is not None
                worker.stdin.write("on-first\n" if r % 2 else "off-first\n")
                worker.stdin.flush()
                rows[source, path].append(json.loads(worker.stdout.readline()))
    for worker in workers.values():
        assert worker.stdin is not None
        worker.stdin.close()
        worker.wait()
    print(f"extract() in process, {rounds} interleaved rounds: median (min..max of rounds)")
    for (source, path), found in rows.items():
        extra = [row["on"] / row["off"] - 1 for row in found]
        share = [row["step"] / row["off"] for row in found]
        rules = _median([row["off"] for row in found])
        print(f"  {path.name:<14} {str(source):<28} rules {rules:.2f} s"
              f"  on/off +{100 * _median(extra):.1f}% ({_spread(extra)})"
              f"  step/rules {100 * _median(share):.1f}% ({_spread(share)})")
    if cli:
        cli_speed(sources, inputs, rounds)


def cli_speed(sources: list[Path], inputs: list[Path], rounds: int) -> None:
    """The CPU seconds of ``mougraph extract --jobs 1`` per version and input, interleaved."""
    seconds: dict[tuple[Path, Path], list[float]] = {}
    with tempfile.TemporaryDirectory() as scratch:
        out = Path(scratch) / "out"
        for r in range(rounds):
            for path in inputs:
                for source in sources if r % 2 == 0 else sources[::-1]:
                    shutil.rmtree(out, ignore_errors=True)
                    before = resource.getrusage(resource.RUSAGE_CHILDREN)
                    subprocess.run([str(Path(sys.executable).parent / "mougraph"), "extract",
                                    str(path), "--out", str(out), "--jobs", "1"],
                                   check=True, capture_output=True,
                                   env={**os.environ, "PYTHONPATH": str(source)})
                    after = resource.getrusage(resource.RUSAGE_CHILDREN)
                    seconds.setdefault((source, path), []).append(
                        after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    print(f"mougraph extract --jobs 1, CPU s, {rounds} interleaved rounds: median (each round)")
    for (source, path), found in seconds.items():
        print(f"  {path.name:<14} {str(source):<28} {_median(found):.2f}  "
              + " ".join(f"{x:.2f}" for x in found))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--speed", nargs="+", type=Path, metavar="SRC",
                        help="what the step costs with each of these src folders")
    parser.add_argument("--input", type=Path, action="append", help="--speed: an input")
    parser.add_argument("--rounds", type=int, default=5, help="--speed: rounds")
    parser.add_argument("--cli", action="store_true", help="--speed: the CLI's CPU too")
    parser.add_argument("--speed-worker", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--raw", type=Path, help="folder of NNN.json articles")
    parser.add_argument("--gold", type=Path, help="folder of gold NNN.json")
    parser.add_argument("--split", default="all", choices=evaluate.SPLITS)
    parser.add_argument("--show", action="store_true", help="list the people added")
    args = parser.parse_args(argv)
    if args.speed_worker:
        return speed_worker(args.speed_worker)
    if args.speed:
        speed(args.speed, args.input or [], args.rounds, args.cli)
        return 0
    if args.raw is None or args.gold is None:
        parser.error("--raw and --gold, or --speed")
    if args.show and (args.split == "heldout" or "heldout" in str(args.gold)):
        sys.exit("--show prints people of articles: never on the held-out third")
    gold = evaluate.load_gold(args.gold, args.split)
    rules, learned = [], []
    for aid in gold:
        path = args.raw / f"{aid}.json"
        article = record_to_article(json.loads(path.read_text(encoding="utf-8")), str(path))
        rules.append(extract(article, learned_people=False))
        learned.append(extract(article))
    log = [entry for r, ln in zip(rules, learned, strict=True) for entry in added_people(r, ln)]
    print(line("rules alone", evaluate.score(evaluate.predictions_of(rules), gold)))
    print(line("learned", evaluate.score(evaluate.predictions_of(learned), gold))
          + f"  added {len(log)} in {len({e.split(':')[0] for e in log})} articles")
    if args.show and log:
        print("\n".join(log))
    return 0


if __name__ == "__main__":
    sys.exit(main())
