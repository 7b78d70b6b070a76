"""Train the learned people tagger on the own corpus (``tests/corpus``: invented articles
and their gold), and write the model the package ships (``models/people.crfsuite``).

    python -m mougraph.extract.people.train                  # from the repository's root
    python -m mougraph.extract.people.train --corpus tests/corpus --out /tmp/people.crfsuite
    python3 dev.py train-people

Labels: each gold representative found in the article's text at token boundaries is a name
(B-PER, I-PER); the nearest token within five of it that is, or ends in, the gold title's last
word is its title (B-TTL). Training is deterministic (L-BFGS, fixed parameters, articles in id
order): the same corpus gives the same model, byte for byte (tests/test_people_learned.py).
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

import pycrfsuite

from ... import morph
from ...atomic import atomic_path
from .. import training
from .learned import MODEL_PATH
from .learned_features import article_sentences, features, title_end

# the parameters the model was chosen with (issue 10, item 3): change them and the held-out
# measurement no longer stands for the model
PARAMETERS = {"c1": 0.05, "c2": 0.05, "max_iterations": 150,
              "feature.possible_transitions": True}
# the corpus articles the model was chosen and measured with (001-192); later batches (the
# party scorer's training data) join only when the tagger is measured again
LAST_ID = 192


def _mark_title(labels: list[str], tokens: list[morph.Token], first: int, last: int,
                title: str) -> None:
    """Mark B-TTL on the token nearest the name (within five) holding the title's last word."""
    word = title.split()[-1] if title else ""
    near = [k for k in range(max(0, first - 5), min(len(tokens), last + 6))
            if word and (tokens[k].form == word
                         or (tokens[k].form.endswith(word) and title_end(tokens[k].form)))]
    if near:
        k = min(near, key=lambda k: min(abs(k - first), abs(k - last)))
        if labels[k] == "O":
            labels[k] = "B-TTL"


def labels_for(text: str, sentences: list[list[morph.Token]], gold: dict[str, Any]
               ) -> tuple[list[list[str]], int, int]:
    """BIO labels of the sentences; how many gold people were found in the text, of how many."""
    labels = [["O"] * len(s) for s in sentences]
    starts = {t.start: (si, ti) for si, s in enumerate(sentences) for ti, t in enumerate(s)}
    ends = {t.end: (si, ti) for si, s in enumerate(sentences) for ti, t in enumerate(s)}
    people = gold.get("representatives", []) if gold.get("signing", True) else []
    located = 0
    for person in people:
        found = False
        for m in re.finditer(re.escape(person["name"]), text):
            if m.start() not in starts or m.end() not in ends:
                continue
            (s1, first), (s2, last) = starts[m.start()], ends[m.end()]
            before = sentences[s1][first - 1] if first else None
            if s1 != s2 or (before and before.end == m.start() and before.tag[0] == "N"):
                continue   # across sentences, or the tail of a longer noun
            found = True
            for k in range(first, last + 1):
                labels[s1][k] = ("B-" if k == first else "I-") + "PER"
            _mark_title(labels[s1], sentences[s1], first, last, person.get("title") or "")
        located += found
    return labels, located, len(people)


def train(corpus: Path, ids: list[str], out: Path) -> tuple[int, int]:
    """Train on the corpus articles ``ids`` and write the model to ``out``; the gold people
    located in the texts, of how many."""
    trainer = pycrfsuite.Trainer(verbose=False)
    located = total = 0
    for aid in ids:
        raw = json.loads((corpus / "raw" / f"{aid}.json").read_text(encoding="utf-8"))
        gold = json.loads((corpus / "gold" / f"{aid}.json").read_text(encoding="utf-8"))
        sentences = article_sentences(raw["text"])
        labels, found, n = labels_for(raw["text"], sentences, gold)
        located, total = located + found, total + n
        for tokens, sentence_labels in zip(sentences, labels, strict=True):
            trainer.append(features(tokens, raw["text"]), sentence_labels)
    trainer.set_params(PARAMETERS)
    out.parent.mkdir(parents=True, exist_ok=True)
    with atomic_path(out) as written:   # the shipped model is never left half-written
        trainer.train(str(written))
    return located, total


def corpus_ids(corpus: Path) -> list[str]:
    """The ids of the corpus articles (up to ``LAST_ID``) that have gold, in order."""
    return training.corpus_ids(corpus, LAST_ID)


def main(argv: list[str] | None = None) -> int:
    def run(corpus: Path, ids: list[str], out: Path) -> str:
        located, total = train(corpus, ids, out)
        return f"located {located}/{total} representatives in {len(ids)} articles -> {out}"
    return training.training_main(argv, doc=__doc__ or "", model_path=MODEL_PATH,
                                  ids_of=corpus_ids, train=run)


if __name__ == "__main__":
    sys.exit(main())
