"""Kiwi as the rules read it: words its dictionary lacks (invented words of the genre)."""
from __future__ import annotations

import pytest

from mougraph.morph import common_compound, unknown_noun


@pytest.mark.parametrize("word, unknown, compound", [
    ("다온클라우드", True, False),   # a coined company name
    ("누리팜", True, False),
    ("산업곤충", True, True),        # read as one unknown word, but also as 산업 + 곤충
    ("기업", False, False),          # common words Kiwi knows
    ("지역사회", False, True),
    ("협력사", False, False),
])
def test_a_word_outside_kiwis_dictionary(word: str, unknown: bool, compound: bool) -> None:
    # OUT_OF_DICTIONARY is Kiwi's id for such a noun: this fails if a Kiwi release changes it
    assert unknown_noun(word) is unknown
    assert common_compound(word) is compound
