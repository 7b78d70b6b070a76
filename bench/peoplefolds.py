"""The fold grid the learned people tagger is measured on when its training data grows (rule
learned-person, ``extract/people/learned.py``): each fold is one blind batch of the own
corpus; a model is trained (``train.train``, the fixed PARAMETERS) on every corpus article up
to --last but the batch, and the batch is read by the rules alone, by the rules joined to a
reference model (the shipped one by default) and by the rules joined to the fold's model, at
each threshold, scored with ``mougraph.evaluate`` (representatives).

    python bench/peoplefolds.py --corpus tests/corpus --last 492
    python bench/peoplefolds.py --folds 473-492 --thresholds 0.5 --show

The landed code is not changed: the model's bytes and the threshold are set on the module
(``learned._model``, ``learned.THRESHOLD``) in this process only.

Choice (issue 10, people17 protocol): the threshold with the highest summed F1 over the folds
among those whose joined precision is not below the rules' on every fold; ties go to 0.5
(the measured one), then to the higher threshold; none admissible: keep 0.5.

Measured (people17, corpus 001-492, reference the 001-192 model): every fold model reads its
batch exactly as the reference does, at every threshold (summed F1 4.900 each; 0.5 kept);
bench/README.md has the grid and the held-out decision.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from mougraph import evaluate
from mougraph.extract import training
from mougraph.extract.people import learned, train
from mougraph.model import Article
from mougraph.sources import record_to_article

sys.path.insert(0, str(Path(__file__).resolve().parent))
from learnpeople import added_people  # noqa: E402  (beside this script)
from partyfolds import cell, joined_score, parse_folds, print_sums, tally  # noqa: E402

FOLDS = "393-412,413-432,433-452,453-472,473-492"
THRESHOLDS = "0.4,0.5,0.6,0.7"
MEASURED = 0.5   # the threshold the tagger was measured with: it wins a tie


def _reset() -> None:
    """Forget the loaded tagger and its attributes, so the next use reads ``_model``."""
    learned._per_thread.tagger = None
    learned.model_attributes.cache_clear()


@contextmanager
def tagger(model: bytes, threshold: float) -> Iterator[None]:
    """The pipeline's tagger with this model and threshold, for the block only."""
    kept_model, kept_threshold = learned._model, learned.THRESHOLD
    learned._model = lambda: model   # type: ignore[assignment]
    learned.THRESHOLD = threshold
    _reset()
    try:
        yield
    finally:
        learned._model, learned.THRESHOLD = kept_model, kept_threshold
        _reset()


def fold_model(corpus: Path, ids: list[str]) -> bytes:
    """The bytes ``train.train`` writes for the corpus articles ``ids``."""
    with tempfile.TemporaryDirectory() as scratch:
        out = Path(scratch) / "fold.crfsuite"
        train.train(corpus, ids, out)
        return out.read_bytes()


def representatives(articles: list[Article], gold: dict[str, Any], joined: bool) -> tuple[
        dict[str, float], list[str]]:
    """The batch's representatives score, and the people the tagger added (joined)."""
    return joined_score(articles, gold, joined, "representatives", "learned_people",
                        added_people)


def choose(sums: dict[float, float], admissible: set[float]) -> float:
    """The admissible threshold of the highest summed F1; a tie to the measured one, then
    to the higher; the measured one when none keeps every fold's precision."""
    return max(sorted(admissible), key=lambda t: (round(sums[t], 9), t == MEASURED, t),
               default=MEASURED)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=Path("tests/corpus"))
    parser.add_argument("--last", type=int, default=train.LAST_ID,
                        help="the last corpus id a fold model trains on")
    parser.add_argument("--folds", default=FOLDS, help="id ranges, e.g. 393-412,413-432")
    parser.add_argument("--thresholds", default=THRESHOLDS)
    parser.add_argument("--reference", type=Path, default=learned.MODEL_PATH,
                        help="the model each fold model is set beside (default: the shipped)")
    parser.add_argument("--show", action="store_true", help="list the people added")
    args = parser.parse_args(argv)
    folds, thresholds = parse_folds(args.folds), [float(t) for t in args.thresholds.split(",")]
    corpus, ids = args.corpus, training.corpus_ids(args.corpus, args.last)
    reference = args.reference.read_bytes()
    gold_all = evaluate.load_gold(corpus / "gold")
    sums = {t: 0.0 for t in thresholds}
    admissible = set(thresholds)
    for lo, hi in folds:
        held = [aid for aid in ids if lo <= int(aid) <= hi]
        if not held:
            print(f"fold {lo}-{hi}: no articles")
            continue
        articles = [record_to_article(json.loads((corpus / "raw" / f"{aid}.json").read_text(
            encoding="utf-8")), aid) for aid in held]
        gold = {aid: gold_all[aid] for aid in held}
        base, _ = representatives(articles, gold, joined=False)
        with tagger(reference, MEASURED):
            ref, ref_log = representatives(articles, gold, joined=True)
        print(f"fold {lo}-{hi} ({len(held)}) rules alone  {cell(base)}", flush=True)
        print(f"  reference t={MEASURED:.2f} {cell(ref)}  added {len(ref_log)}", flush=True)
        model = fold_model(corpus, [aid for aid in ids if aid not in held])
        for t in thresholds:
            with tagger(model, t):
                r, log = representatives(articles, gold, joined=True)
            tally(t, r, base, log, sums, admissible, args.show, label="fold ")
    print_sums(thresholds, sums, admissible)
    print(f"chosen: {choose(sums, admissible)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
