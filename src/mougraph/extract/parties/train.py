"""Train the learned party scorer on the own corpus (``tests/corpus``: invented articles and
their gold, up to ``LAST_ID``) and write the model the package ships (``models/parties.json``).

    python -m mougraph.extract.parties.train                  # from the repository's root
    python -m mougraph.extract.parties.train --corpus tests/corpus --out /tmp/parties.json
    python3 dev.py train-parties

Each article is read by the rules (``extract`` without the learned steps); each candidate
(``candidates``) is labelled a party when one of its names is a gold signatory's
(``comparable``). A logistic regression over the features and their conjunctions
(``learned.expand``) is fitted by stochastic gradient descent with fixed parameters, a fixed
shuffle seed and articles in id order, and written with sorted keys and rounded weights: the
same corpus and rules give the same file, byte for byte (tests/test_parties_learned.py).
"""
from __future__ import annotations

import dataclasses
import json
import math
import random
import sys
from pathlib import Path
from typing import Any

from ...atomic import atomic_path
from ...form import readable
from ...sources import record_to_article
from ...text import comparable, prepare
from .. import extract, sentence_clauses, training
from .candidates import candidates
from .context import Features
from .learned import MODEL_PATH, expand, rule_forms

# the parameters the model was chosen with (issue 10, item 3): change them and the held-out
# measurement no longer stands for the model
PARAMETERS = {"epochs": 30, "rate": 0.1, "l2": 1e-3, "seed": 1}
_DIGITS = 6   # weights are written rounded: the file is small and the same on every machine
# the corpus articles the model was chosen and measured with (001-232); retrained on 001-272
# (the parties3 experiment) it changed no dev article and fell short of the landing bar, so
# later batches join only when a retrained model is measured again and lands
LAST_ID = 232

Row = tuple[Features, int]


def article_rows(record: dict[str, Any], gold: dict[str, Any]) -> list[Row]:
    """The candidates of one corpus article, each with its label (1: a gold signatory)."""
    article = record_to_article(record, str(record.get("id")))
    article = dataclasses.replace(article, text=readable(article.text),
                                  title=readable(article.title) if article.title else None)
    found = extract(article, learned_people=False, learned_parties=False)
    doc = prepare(article.text)
    groups = [{comparable(x) for x in group} for group in gold.get("signatories", [])]
    return [(c.features, int(any({comparable(x) for x in c.forms} & g for g in groups)))
            for c in candidates(article, doc, sentence_clauses(doc),
                                rule_forms(list(found.agreements)))]


def fit(rows: list[Row]) -> dict[str, float]:
    """Logistic regression by SGD with L2, a decaying rate and a seeded shuffle."""
    weights: dict[str, float] = {}
    data = [(expand(f), y) for f, y in rows]
    shuffle = random.Random(PARAMETERS["seed"])
    for epoch in range(int(PARAMETERS["epochs"])):
        shuffle.shuffle(data)
        rate = PARAMETERS["rate"] / (1 + epoch * 0.1)
        for x, y in data:
            z = sum(weights.get(k, 0.0) * v for k, v in x.items())
            error = 1 / (1 + math.exp(-max(-30.0, min(30.0, z)))) - y
            for k, v in x.items():
                w = weights.get(k, 0.0)
                weights[k] = w - rate * (error * v + PARAMETERS["l2"] * w)
    return weights


def train(corpus: Path, ids: list[str], out: Path) -> tuple[int, int]:
    """Train on the corpus articles ``ids`` and write the model to ``out``; how many
    candidates, how many of them parties."""
    rows: list[Row] = []
    for aid in ids:
        record = json.loads((corpus / "raw" / f"{aid}.json").read_text(encoding="utf-8"))
        gold = json.loads((corpus / "gold" / f"{aid}.json").read_text(encoding="utf-8"))
        rows += article_rows(record, gold)
    weights = {k: round(w, _DIGITS) for k, w in sorted(fit(rows).items())}
    model = {"parameters": PARAMETERS, "articles": len(ids),
             "weights": {k: w for k, w in weights.items() if w}}
    out.parent.mkdir(parents=True, exist_ok=True)
    with atomic_path(out) as written:   # the shipped model is never left half-written
        written.write_text(json.dumps(model, ensure_ascii=False, sort_keys=True, indent=0)
                           + "\n", encoding="utf-8")
    return len(rows), sum(y for _, y in rows)


def corpus_ids(corpus: Path) -> list[str]:
    """The ids of the corpus articles (up to ``LAST_ID``) that have gold, in order."""
    return training.corpus_ids(corpus, LAST_ID)


def main(argv: list[str] | None = None) -> int:
    def run(corpus: Path, ids: list[str], out: Path) -> str:
        rows, parties = train(corpus, ids, out)
        return f"{rows} candidates ({parties} parties) in {len(ids)} articles -> {out}"
    return training.training_main(argv, doc=__doc__ or "", model_path=MODEL_PATH,
                                  ids_of=corpus_ids, train=run)


if __name__ == "__main__":
    sys.exit(main())
