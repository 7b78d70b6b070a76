"""The prose-area probe: invented sentences of the genre's frames, each with the areas the
guidelines give; a researcher reading prose lists gets them, and a sentence worded like an
area that states none adds nothing."""
from __future__ import annotations

import pytest
from bench_scripts import load

areaprobe = load("areaprobe")

NEGATIVE = [r for r in areaprobe.ROWS if r.frame.startswith("NOT")]


@pytest.mark.parametrize("row", NEGATIVE, ids=[r.frame for r in NEGATIVE])
def test_a_sentence_that_states_no_area_adds_none(row: object) -> None:
    assert areaprobe.areas_of(row.text) == list(row.areas)   # type: ignore[attr-defined]


def test_the_probe_reads_its_prose_frames_at_the_measured_level() -> None:
    tp = gold = pred = 0
    for row in areaprobe.ROWS:
        found = areaprobe.areas_of(row.text)
        matched, _, _ = areaprobe.matched(row.areas, found)
        tp, gold, pred = tp + matched, gold + len(row.areas), pred + len(found)
    assert tp / pred >= 0.98 and tp / gold >= 0.95   # measured: P .993, R .954


def test_matching_is_score_pys_dice() -> None:
    assert areaprobe.matched(("청년 창업 지원",), ["청년 창업을 지원"]) == (1, [], [])
    whole = "관광·문화·체육 분야"
    assert areaprobe.matched(("관광",), [whole]) == (0, ["관광"], [whole])
