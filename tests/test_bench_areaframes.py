"""The area-frames gauge: whole invented articles whose area sentences are in frames the rules
had not met (duties then a purpose, vague works beside named ones, contents told by 골자 or a
passive, bullets with colon heads); the areas the guidelines give are read, and a sentence
that states none (vague works only, an expected effect, a party's programme, the
agreement's name) adds nothing."""
from __future__ import annotations

import pytest
from bench_scripts import load

from mougraph.extract import extract
from mougraph.model import Article

areaframes = load("areaframes")
areaprobe = load("areaprobe")   # score.py's matching

NEGATIVE = [pytest.param(i, r, id=f"{r.frame} {i}")
            for i, r in enumerate(areaframes.ROWS) if r.frame.startswith("NOT")]


@pytest.mark.parametrize("index, row", NEGATIVE)
def test_an_article_that_states_no_more_areas_adds_none(index: int, row: object) -> None:
    assert areaframes.read(index, row) == list(row.areas)   # type: ignore[attr-defined]


def test_the_gauge_reads_its_frames_at_the_measured_level() -> None:
    tp = gold = pred = 0
    for index, row in enumerate(areaframes.ROWS):
        found = areaframes.read(index, row)
        matched, _, _ = areaprobe.matched(row.areas, found)
        tp, gold, pred = tp + matched, gold + len(row.areas), pred + len(found)
    # measured: P .995, R .955 (121 rows, after batch 3's leftover frames were read in round 20)
    assert tp / pred >= 0.99 and tp / gold >= 0.95


def test_every_article_reports_a_signing() -> None:
    assert len(areaframes.ROWS) >= 60
    for row in areaframes.ROWS:
        assert extract(Article(id="probe", text=row.text)).agreements, row.text[:40]
