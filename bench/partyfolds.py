"""The fold grid the learned party scorer's threshold is chosen on (rule learned-party,
``extract/parties/learned.py``): each fold is one blind batch of the own corpus; the model is
trained on every other corpus article (``train.fit`` on ``train.article_rows``, rounded as
``train.train`` writes it) and the batch is read by the rules alone and by the rules joined
to that model at each threshold, scored with ``mougraph.evaluate`` (signatories).

    python bench/partyfolds.py --corpus tests/corpus
    python bench/partyfolds.py --corpus /tmp/corpus --folds 193-212,213-232 --show
    python bench/partyfolds.py --model src/mougraph/models/parties.json   # one model, no folds

The landed code is not changed: the fold's weights and threshold are set on the module
(``learned.model``, ``learned.THRESHOLD``) in this process only. The rows of each article
(its candidates read by the rules, labelled by its gold) are computed once and shared by the
folds, so the rules of the PYTHONPATH's code read both the training and the test articles.

Choice (issue 10, the parties3/parties4 protocol): the threshold with the highest summed F1
over the folds among those whose joined precision is not below the rules' on every fold;
ties go to the higher threshold; none admissible: the scorer adds nothing.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from mougraph import evaluate
from mougraph.extract import extract, training
from mougraph.extract.parties import learned, train
from mougraph.model import Article
from mougraph.sources import record_to_article

sys.path.insert(0, str(Path(__file__).resolve().parent))
from learnparties import added_parties  # noqa: E402  (beside this script)

FOLDS = "193-212,213-232,233-252,253-272,273-292,293-312,313-332,333-352"
THRESHOLDS = "0.95,0.97,0.98,0.99"


def parse_folds(text: str) -> list[tuple[int, int]]:
    return [(int(a), int(b)) for a, b in (part.split("-") for part in text.split(","))]


def fold_weights(rows: dict[str, list[train.Row]], held: set[str]) -> dict[str, float]:
    """The model ``train.train`` would write for every article of ``rows`` but ``held``."""
    data = [row for aid in sorted(rows) if aid not in held for row in rows[aid]]
    weights = {k: round(w, train._DIGITS) for k, w in sorted(train.fit(data).items())}
    return {k: w for k, w in weights.items() if w}


def article_rows(records: dict[str, Any], golds: dict[str, Any],
                 cache: Path | None) -> dict[str, list[train.Row]]:
    """Each article's rows (``train.article_rows``), from ``cache`` when it is there."""
    if cache is not None and cache.is_file():
        saved = json.loads(cache.read_text(encoding="utf-8"))
        return {aid: [(f, y) for f, y in saved[aid]] for aid in records}
    rows = {aid: train.article_rows(records[aid], golds[aid]) for aid in records}
    if cache is not None:
        cache.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    return rows


@contextmanager
def scorer(weights: dict[str, float], threshold: float) -> Iterator[None]:
    """The pipeline's scorer with these weights and threshold, for the block only."""
    model, kept = learned.model, learned.THRESHOLD
    learned.model = lambda: weights   # type: ignore[assignment]
    learned.THRESHOLD = threshold
    try:
        yield
    finally:
        learned.model, learned.THRESHOLD = model, kept


def joined_score(articles: list[Article], gold: dict[str, Any], joined: bool, field: str,
                 step: str, added: Callable[[Any, Any], list[str]]) -> tuple[
        dict[str, float], list[str]]:
    """The batch's score on ``field``, and what the learned ``step`` (the ``extract`` keyword
    that turns it off) added to the rules' reading (joined); peoplefolds.py asks it too."""
    rules = [extract(a, **{step: False}) for a in articles]
    found = [extract(a) for a in articles] if joined else rules
    log = [e for r, f in zip(rules, found, strict=True) for e in added(r, f)]
    return evaluate.score(evaluate.predictions_of(found), gold)[field], log


def signatories(articles: list[Article], gold: dict[str, Any], joined: bool) -> tuple[
        dict[str, float], list[str]]:
    """The batch's signatories score, and the parties the scorer added (joined)."""
    return joined_score(articles, gold, joined, "signatories", "learned_parties", added_parties)


def choose(sums: dict[float, float], admissible: set[float]) -> float | None:
    """The admissible threshold of the highest summed F1, the higher one on a tie; None
    when no threshold keeps every fold's precision."""
    return max(sorted(admissible), key=lambda t: (round(sums[t], 9), t), default=None)


def tally(t: float, r: dict[str, float], base: dict[str, float], log: list[str],
          sums: dict[float, float], admissible: set[float], show: bool, label: str) -> None:
    """Add a fold's joined F1 at threshold ``t`` to its sum, drop ``t`` from the admissible
    ones if the fold's precision fell below the rules', and print the fold's line."""
    sums[t] += r["f1"]
    falls = r["precision"] < base["precision"]
    if falls:
        admissible.discard(t)
    print(f"  {label}t={t:.2f} {cell(r)}  dF {r['f1'] - base['f1']:+.3f}  added {len(log)}"
          + ("  P FALLS" if falls else ""), flush=True)
    if show and log:
        print("\n".join(f"      {e}" for e in log))


def print_sums(thresholds: list[float], sums: dict[float, float], admissible: set[float]
               ) -> None:
    """The grid's last lines: each threshold's F1 summed over the folds, and if admissible."""
    for t in thresholds:
        print(f"t={t:.2f} summed F1 {sums[t]:.3f} {'admissible' if t in admissible else '-'}")


def cell(r: dict[str, float]) -> str:
    return f"P {r['precision']:.3f} R {r['recall']:.3f} F {r['f1']:.3f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=Path("tests/corpus"))
    parser.add_argument("--folds", default=FOLDS, help="id ranges, e.g. 193-212,213-232")
    parser.add_argument("--thresholds", default=THRESHOLDS)
    parser.add_argument("--show", action="store_true", help="list the parties added")
    parser.add_argument("--model", type=Path, help="score every fold with this model (e.g. "
                        "the shipped one) instead of one trained without the fold")
    parser.add_argument("--rows", type=Path, help="cache of the articles' rows (JSON): read "
                        "if there, else written; only valid for the same code and corpus")
    args = parser.parse_args(argv)
    folds, thresholds = parse_folds(args.folds), [float(t) for t in args.thresholds.split(",")]
    corpus, ids = args.corpus, training.corpus_ids(args.corpus)
    records = {aid: json.loads((corpus / "raw" / f"{aid}.json").read_text(encoding="utf-8"))
               for aid in ids}
    golds = {aid: json.loads((corpus / "gold" / f"{aid}.json").read_text(encoding="utf-8"))
             for aid in ids}
    rows = article_rows(records, golds, args.rows)
    print(f"{len(ids)} articles ({ids[0]}-{ids[-1]}), "
          f"{sum(map(len, rows.values()))} candidates")
    gold_all = evaluate.load_gold(corpus / "gold")
    sums = {t: 0.0 for t in thresholds}
    admissible = set(thresholds)
    for lo, hi in folds:
        held = {aid for aid in ids if lo <= int(aid) <= hi}
        if not held:
            print(f"fold {lo}-{hi}: no articles")
            continue
        weights = fold_weights(rows, held) if args.model is None else dict(
            json.loads(args.model.read_text(encoding="utf-8"))["weights"])
        articles = [record_to_article(records[aid], aid) for aid in sorted(held)]
        gold = {aid: gold_all[aid] for aid in sorted(held)}
        base, _ = signatories(articles, gold, joined=False)
        print(f"fold {lo}-{hi} ({len(held)}) rules alone  {cell(base)}")
        for t in thresholds:
            with scorer(weights, t):
                r, log = signatories(articles, gold, joined=True)
            tally(t, r, base, log, sums, admissible, args.show, label="")
    print_sums(thresholds, sums, admissible)
    best = choose(sums, admissible)
    print(f"chosen: {best if best is not None else 'none admissible'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
