"""What the trainers of the learned steps share: the own corpus's articles that have gold, and
the command line that trains a model from them and writes it where the package reads it
(``python -m mougraph.extract.people.train``, ``python -m mougraph.extract.parties.train``)."""
from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

DEFAULT_CORPUS = Path("tests/corpus")


def corpus_ids(corpus: Path, last_id: int | None = None) -> list[str]:
    """The ids of the corpus articles that have gold, in order; up to ``last_id`` if given."""
    return sorted(p.stem for p in (corpus / "raw").glob("*.json")
                  if (corpus / "gold" / p.name).is_file()
                  and not (last_id is not None and p.stem.isdigit() and int(p.stem) > last_id))


def training_main(argv: list[str] | None, *, doc: str, model_path: Path,
                  ids_of: Callable[[Path], list[str]],
                  train: Callable[[Path, list[str], Path], str]) -> int:
    """Parse ``--corpus`` and ``--out``, train on the corpus's articles (``ids_of``) and print
    the line ``train`` returns; 2 and a one-line error when the corpus is not there."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS,
                        help="folder with raw/ and gold/ (default: tests/corpus)")
    parser.add_argument("--out", type=Path, default=model_path,
                        help="where to write the model (default: the package's own)")
    args = parser.parse_args(argv)
    if not (args.corpus / "raw").is_dir():
        print(f"train: {args.corpus}/raw: no such folder (run from the repository's root "
              "or give --corpus)", file=sys.stderr)
        return 2
    print(train(args.corpus, ids_of(args.corpus), args.out))
    return 0
