"""The syllable arithmetic every rule reads its 받침 (final consonant) through."""
from __future__ import annotations

import pytest

from mougraph.hangul import (
    FINAL_N,
    FINAL_SS,
    NO_FINAL,
    final_of,
    jamo_of,
    open_syllable,
    syllables_with_final,
)


@pytest.mark.parametrize(("syllable", "final"), [
    ("가", NO_FINAL), ("누", NO_FINAL), ("한", FINAL_N), ("된", FINAL_N), ("했", FINAL_SS),
    ("섰", FINAL_SS), ("힣", 27),
])
def test_final_of_reads_the_final_consonant(syllable: str, final: int) -> None:
    assert final_of(syllable) == final


@pytest.mark.parametrize(("ch", "is_open"), [
    ("다", True), ("리", True), ("온", False), ("솔", False),
    ("A", False), ("3", False), ("ㄱ", False),           # no syllable at all
])
def test_open_syllable(ch: str, is_open: bool) -> None:
    assert open_syllable(ch) is is_open


def test_jamo_of_splits_a_syllable_and_nothing_else() -> None:
    assert jamo_of("가") == (0, 0, 0)
    assert jamo_of("힣") == (18, 20, 27)
    assert jamo_of("각") == (0, 0, 1)
    assert jamo_of("A") is None and jamo_of("ㅏ") is None


def test_syllables_with_final_is_every_syllable_closed_so() -> None:
    closed_n = syllables_with_final(FINAL_N)
    assert len(closed_n) == 399 and "한" in closed_n and "가진"[-1] in closed_n
    assert "가" not in closed_n and "했" not in closed_n
    assert syllables_with_final(NO_FINAL)[:3] == "가개갸"
