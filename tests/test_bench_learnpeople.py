"""The learned-people gauge (bench/learnpeople.py): it never lists the people of the held-out
third, and it names the people the learned step added (invented records)."""
from __future__ import annotations

from pathlib import Path

import pytest
from bench_scripts import load

from mougraph.model import Agreement, Article, Extraction, Organisation, Person

lp = load("learnpeople")


@pytest.mark.parametrize("argv", [["--split", "heldout"], []])
def test_show_is_refused_on_the_held_out_third(tmp_path: Path, argv: list[str]) -> None:
    gold = tmp_path / ("gold" if argv else "heldout")
    with pytest.raises(SystemExit, match="never on the held-out third"):
        lp.main(["--raw", str(tmp_path), "--gold", str(gold), "--show", *argv])


def test_the_people_added_are_those_only_the_learned_side_has() -> None:
    article = Article(id="x", text="")
    party = Organisation("솔빛테크")
    rule = Person("문하람", "총장", "가람대학교")
    added = Person("한다온", "센터장", "솔빛테크")

    def with_people(*people: Person) -> Extraction:
        return Extraction(article, (Agreement("협약", (party,), tuple(people)),))

    assert lp.added_people(with_people(rule), with_people(rule, added)) == [
        "x: + 한다온 센터장 -> 솔빛테크"]


def test_the_speed_lines_take_the_median_round_and_show_the_spread() -> None:
    assert lp._median([0.3, 0.1, 0.2]) == 0.2
    assert lp._median([0.1, 0.2, 0.3, 0.4]) == pytest.approx(0.25)
    assert lp._spread([0.15, 0.1, 0.2]) == "10.0..20.0"
