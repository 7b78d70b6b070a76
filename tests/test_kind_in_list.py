# ruff: noqa: E501 - tables of Korean sentences read better unwrapped
"""Rule kind-in-list: an office called by its kind alone ("군청", "교육지원청") in a dotted list
of parties is one of them (sentences written for the tests)."""
from __future__ import annotations

import pytest

from mougraph.extract import extract
from mougraph.extract.orgs import list_parts
from mougraph.model import Article


@pytest.mark.parametrize("name, parts", [
    ("군청·교육지원청·누리복지관", ["군청", "교육지원청", "누리복지관"]),
    ("시청·가람소방서", ["시청", "가람소방서"]),
    # offices by kind alone, with no body named among them: no list of parties
    ("시청·구청", None),
])
def test_a_list_with_offices_called_by_their_kind(name: str, parts: list[str] | None) -> None:
    assert list_parts(name) == parts


def test_each_office_of_the_list_signs() -> None:
    found = extract(Article("t", "가람경찰서는 22일 군청·교육지원청·누리복지관과 업무협약을 체결했다."))
    assert sorted(o.name for a in found.agreements for o in a.parties) == [
        "가람경찰서", "교육지원청", "군청", "누리복지관"]
