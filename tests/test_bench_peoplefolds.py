"""The learned people tagger's fold grid (bench/peoplefolds.py): a fold's model is the one the
trainer writes for the other articles, the tagger is set for a block only, and the protocol's
choice (invented articles, no corpus read)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from bench_scripts import load

from mougraph.extract.people import learned, train

pf = load("peoplefolds")

ARTICLE = {"title": "가람대학교-솔빛테크 업무협약",
           "text": "가람대학교와 솔빛테크는 업무협약을 체결했다.\n"
                   "가람대학교 문하람 총장과 솔빛테크 한다온 대표가 서명했다.\n"}
GOLD = {"signing": True, "representatives": [
    {"name": "문하람", "title": "총장"}, {"name": "한다온", "title": "대표"}]}


def test_a_fold_model_is_the_trained_one_for_the_other_articles(tmp_path: Path) -> None:
    for folder, body in (("raw", ARTICLE), ("gold", GOLD)):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "001.json").write_text(json.dumps(body, ensure_ascii=False),
                                                    encoding="utf-8")
    train.train(tmp_path, ["001"], tmp_path / "direct.crfsuite")
    assert pf.fold_model(tmp_path, ["001"]) == (tmp_path / "direct.crfsuite").read_bytes()


def test_the_tagger_is_set_for_the_block_only() -> None:
    model, threshold = learned._model, learned.THRESHOLD
    shipped = learned.MODEL_PATH.read_bytes()
    with pytest.raises(RuntimeError), pf.tagger(shipped, 0.7):
        assert learned._model() == shipped and learned.THRESHOLD == 0.7
        raise RuntimeError
    assert learned._model is model and learned.THRESHOLD == threshold


@pytest.mark.parametrize(("sums", "admissible", "chosen"), [
    ({0.4: 4.1, 0.5: 4.0, 0.7: 3.9}, {0.4, 0.5, 0.7}, 0.4),
    ({0.4: 4.0, 0.5: 4.0, 0.7: 4.0}, {0.4, 0.5, 0.7}, 0.5),   # a tie: the measured one
    ({0.4: 4.0, 0.6: 4.0}, {0.4, 0.6}, 0.6),                  # no 0.5 in the tie: the higher
    ({0.4: 4.1, 0.5: 4.0}, {0.5}, 0.5),         # the best one loses precision somewhere
    ({0.4: 4.1, 0.5: 4.0}, set(), 0.5),         # none admissible: keep the measured one
])
def test_the_choice(sums: dict[float, float], admissible: set[float], chosen: float) -> None:
    assert pf.choose(sums, admissible) == chosen
