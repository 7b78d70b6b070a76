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

Measured when the tagger was chosen (bench at ae70bd7, output level over main's graph, model
on corpus 001-192): tune114 .975 -> .977 (one person added, right); the held-out third, once,
.759 (P .900 R .656) -> .814 (P .889 R .750); corpus: nothing added.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from rdflib import Dataset

from mougraph import evaluate, rdf
from mougraph.extract import extract
from mougraph.model import Extraction
from mougraph.sources import record_to_article


def predictions(extractions: list[Extraction]) -> dict[str, Any]:
    ds = Dataset(default_union=True)
    for quad in rdf.to_dataset(extractions).quads():
        ds.add(quad)
    return evaluate.predictions(lambda q: ds.query(q, initNs=rdf.PREFIXES))


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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--raw", type=Path, required=True, help="folder of NNN.json articles")
    parser.add_argument("--gold", type=Path, required=True, help="folder of gold NNN.json")
    parser.add_argument("--split", default="all", choices=evaluate.SPLITS)
    parser.add_argument("--show", action="store_true", help="list the people added")
    args = parser.parse_args(argv)
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
    print(line("rules alone", evaluate.score(predictions(rules), gold)))
    print(line("learned", evaluate.score(predictions(learned), gold))
          + f"  added {len(log)} in {len({e.split(':')[0] for e in log})} articles")
    if args.show and log:
        print("\n".join(log))
    return 0


if __name__ == "__main__":
    sys.exit(main())
