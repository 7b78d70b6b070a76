"""What the learned party scorer adds (rule learned-party, ``extract/parties/learned.py``):
the signatories line of the rules' parties alone and of the pipeline as it runs, side by
side, and what the step costs in time.

Each article of --raw that has gold in --gold is extracted with
``extract(article, learned_parties=False)`` and as the pipeline does, and both are scored
with ``mougraph.evaluate`` (no cross-article resolution of names: the lines can differ a
little from ``mougraph extract`` + score.py, the same way on both sides). ``--repeats N``
then times the step (``cost``): its own CPU time as a share of extract() without it, and
extract() with and without it, interleaved.

    python bench/learnparties.py --raw /work/shared/eval/dev/raw --gold /tmp/splits/tune114 --show
    python bench/learnparties.py --raw tests/corpus/raw --gold tests/corpus/gold --repeats 5

``--show`` lists the parties added; it refuses ``--split heldout`` and a gold folder named
heldout (the held-out third: the aggregate line and counts only).

Measured when the scorer was chosen (the parties2 experiment, output level over main's graph
at f9f547a, model on corpus 001-232): tune114 .982 -> .982 (nothing added); the held-out
third, once, .812 (P .903 R .737) -> .843 (P .892 R .798), 9 parties in 4 articles; the
blind batches in two folds: 193-212 .952 -> .977, 213-232 .965 -> .965.
"""
from __future__ import annotations

import argparse
import dataclasses
import json
import statistics
import sys
import time
from pathlib import Path
from typing import Any

from mougraph import evaluate, form
from mougraph.extract import extract, sentence_clauses
from mougraph.extract.parties.learned import add_learned_parties
from mougraph.model import Article, Extraction
from mougraph.sources import record_to_article
from mougraph.text import prepare


def added_parties(rules: Extraction, learned: Extraction) -> list[str]:
    """The parties the learned step added to an article, as "id: + name (aliases)"."""
    def parties(e: Extraction) -> set[tuple[str, tuple[str, ...]]]:
        return {(p.name, p.aliases) for a in e.agreements for p in a.parties}
    return [f"{learned.article.id}: + {name}" + (f" ({', '.join(aliases)})" if aliases else "")
            for name, aliases in sorted(parties(learned) - parties(rules))]


def line(label: str, result: dict[str, Any]) -> str:
    r = result["signatories"]
    return f"{label:<12} signatories P {r['precision']:.3f} R {r['recall']:.3f} F1 {r['f1']:.3f}"


def cost(articles: list[Article], repeats: int) -> list[str]:
    """What the step costs: its own CPU time on what extract() already read, as a share of
    extract() without it (precise), and the median ratio of extract() with and without it
    over the articles, the two interleaved (the order flipped each round, after one warm-up
    round; on a busy machine this one is noisy)."""
    readable = [dataclasses.replace(a, text=form.readable(a.text),
                                    title=form.readable(a.title) if a.title else a.title)
                for a in articles]
    docs = [prepare(a.text) for a in readable]
    read = [(a, list(extract(a, learned_parties=False).agreements), doc, sentence_clauses(doc))
            for a, doc in zip(readable, docs, strict=True)]

    def timed(learned: bool) -> float:
        started = time.process_time()
        for article in articles:
            extract(article, learned_parties=learned)
        return time.process_time() - started

    def step() -> float:
        started = time.process_time()
        for article, agreements, doc, clauses in read:
            if agreements:
                add_learned_parties(article, agreements, doc, clauses)
        return time.process_time() - started

    timed(True)
    shares, ratios = [], []
    for round_ in range(repeats):
        order = (False, True) if round_ % 2 == 0 else (True, False)
        took = {learned: timed(learned) for learned in order}
        ratios.append(took[True] / took[False])
        shares.append(step() / took[False])
    return [f"time         the step alone / extract() without it: +{statistics.median(shares):.1%}"
            f" (median of {repeats}, range {min(shares):.1%}-{max(shares):.1%})",
            f"time         extract() with / without, interleaved: x{statistics.median(ratios):.3f}"
            f" (median of {repeats}, range {min(ratios):.3f}-{max(ratios):.3f})"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--raw", type=Path, required=True, help="folder of NNN.json articles")
    parser.add_argument("--gold", type=Path, required=True, help="folder of gold NNN.json")
    parser.add_argument("--split", default="all", choices=evaluate.SPLITS)
    parser.add_argument("--show", action="store_true", help="list the parties added")
    parser.add_argument("--repeats", type=int, default=0, help="time extract() N times each way")
    args = parser.parse_args(argv)
    if args.show and (args.split == "heldout" or "heldout" in str(args.gold)):
        sys.exit("--show prints parties of articles: never on the held-out third")
    gold = evaluate.load_gold(args.gold, args.split)
    articles = [record_to_article(json.loads((args.raw / f"{aid}.json").read_text(
        encoding="utf-8")), aid) for aid in gold]
    rules = [extract(a, learned_parties=False) for a in articles]
    learned = [extract(a) for a in articles]
    log = [entry for r, ln in zip(rules, learned, strict=True) for entry in added_parties(r, ln)]
    print(line("rules alone", evaluate.score(evaluate.predictions_of(rules), gold)))
    print(line("learned", evaluate.score(evaluate.predictions_of(learned), gold))
          + f"  added {len(log)} in {len({e.split(':')[0] for e in log})} articles")
    if args.show and log:
        print("\n".join(log))
    if args.repeats:
        print("\n".join(cost(articles, args.repeats)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
