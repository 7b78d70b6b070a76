"""The learned-party gauge (bench/learnparties.py): it never lists the parties of the held-out
third, and it names the parties the learned step added (invented records)."""
from __future__ import annotations

from pathlib import Path

import pytest
from bench_scripts import load

from mougraph.model import Agreement, Article, Extraction, Organisation

lp = load("learnparties")


@pytest.mark.parametrize("argv", [["--split", "heldout"], []])
def test_show_is_refused_on_the_held_out_third(tmp_path: Path, argv: list[str]) -> None:
    gold = tmp_path / ("gold" if argv else "heldout")
    with pytest.raises(SystemExit, match="never on the held-out third"):
        lp.main(["--raw", str(tmp_path), "--gold", str(gold), "--show", *argv])


def test_the_parties_added_are_those_only_the_learned_side_has() -> None:
    article = Article(id="x", text="")
    rule = Organisation("가람대학교", ("가람대",))
    added = Organisation("솔빛", ("솔빛상회",))

    def with_parties(*parties: Organisation) -> Extraction:
        return Extraction(article, (Agreement("협약", tuple(parties)),))

    assert lp.added_parties(with_parties(rule), with_parties(rule, added)) == [
        "x: + 솔빛 (솔빛상회)"]
