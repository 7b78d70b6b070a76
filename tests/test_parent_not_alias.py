# ruff: noqa: E501 - tables of Korean sentences read better unwrapped
"""Rule parent-not-alias: the body a signing unit belongs to is a separate organisation, not
one of the unit's names (guidelines: "Former and parent names", "Units"); sentences written
for the tests."""
from __future__ import annotations

import pytest

from mougraph.extract import extract
from mougraph.extract.orgs import organisation
from mougraph.model import Article


def party(text: str, name: str) -> tuple[str, ...]:
    found = extract(Article("t", text))
    return next(o.aliases for a in found.agreements for o in a.parties if o.name == name)


def test_the_parent_named_again_is_not_an_alias_of_its_unit() -> None:
    text = ("가온공단 누리 문화센터는 지난 3일 다솜시와 문화예술 교육 업무협약을 체결했다고 밝혔다. "
            "가온공단은 지역 문화 사업을 지원해 왔다.")
    assert "가온공단" not in party(text, "가온공단 누리 문화센터")


@pytest.mark.parametrize("forms, name, dropped, kept", [
    # a unit with a name of its own: the body and its short forms are not its names
    (["가온대학교 누리 창업센터", "가온대학교", "가온대", "누리 창업센터"], "가온대학교 누리 창업센터",
     {"가온대학교", "가온대"}, {"누리 창업센터"}),
    # a welfare centre of a district: the district is no name of the centre
    (["가람시 누리구 솔빛동 행정복지센터", "누리구 솔빛동 행정복지센터", "누리구", "가람시"],
     "가람시 누리구 솔빛동 행정복지센터", {"누리구", "가람시"}, {"누리구 솔빛동 행정복지센터"}),
    # units the news calls by their body's name keep it: a project office, a branch
    (["가온대학교 LINC 3.0 사업단", "가온대학교"], "가온대학교 LINC 3.0 사업단", set(), {"가온대학교"}),
    (["가온공사 누리 지역본부", "가온공사"], "가온공사 누리 지역본부", set(), {"가온공사"}),
    # a unit written right after its body, one word: as before
    (["가온공단 누리지사", "가온공단"], "가온공단 누리지사", set(), {"가온공단"}),
])
def test_which_forms_of_the_parent_are_dropped(forms: list[str], name: str, dropped: set[str],
                                               kept: set[str]) -> None:
    org = organisation(forms)
    assert org.name == name
    assert not dropped & set(org.aliases)
    assert kept <= set(org.aliases)
