"""The main job: inputs -> articles -> extraction -> RDF -> the store in the output folder."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from . import rdf
from .errors import InputError
from .extract import extract
from .model import Extraction
from .sources import read_inputs
from .store import Store


@dataclass
class Summary:
    articles: int = 0
    agreements: int = 0
    problems: list[InputError] = field(default_factory=list)


def build(inputs: Iterable[Path], out: Path, *, published: dt.date | None = None,
          on_article: Callable[[Extraction], None] | None = None,
          on_problem: Callable[[InputError], None] | None = None) -> Summary:
    summary = Summary()
    with Store.open(out, create=True) as store:
        for item in read_inputs(inputs, published=published):
            if isinstance(item, InputError):
                summary.problems.append(item)
                if on_problem:
                    on_problem(item)
                continue
            extraction = extract(item)
            store.put(item.id, rdf.article_triples(extraction))
            summary.articles += 1
            summary.agreements += len(extraction.agreements)
            if on_article:
                on_article(extraction)
        store.flush()
    return summary
