"""The learned party scorer's fold grid (bench/partyfolds.py): a fold's model is the one the
trainer writes without the fold, the scorer is set for a block only, and the protocol's choice
(invented rows, no corpus read)."""
from __future__ import annotations

import pytest
from bench_scripts import load

from mougraph.extract.parties import learned, train

pf = load("partyfolds")


def test_folds_are_read_as_id_ranges() -> None:
    assert pf.parse_folds("193-212,313-332") == [(193, 212), (313, 332)]


def test_a_fold_model_is_the_trained_one_without_the_fold() -> None:
    rows = {"001": [({"kind=COMPANY": 1.0}, 1)], "002": [({"generic": 1.0}, 0)],
            "003": [({"kind=COMPANY": 1.0, "bare": 1.0}, 1)]}
    kept = [row for aid in ("001", "003") for row in rows[aid]]
    expected = {k: round(w, 6) for k, w in train.fit(kept).items() if round(w, 6)}
    assert pf.fold_weights(rows, {"002"}) == expected
    assert "generic" not in expected


def test_the_scorer_is_set_for_the_block_only() -> None:
    model, threshold = learned.model, learned.THRESHOLD
    with pytest.raises(RuntimeError), pf.scorer({"bare": 1.0}, 0.5):
        assert learned.model() == {"bare": 1.0} and learned.THRESHOLD == 0.5
        raise RuntimeError
    assert learned.model is model and learned.THRESHOLD == threshold


@pytest.mark.parametrize(("sums", "admissible", "chosen"), [
    ({0.95: 7.8, 0.99: 7.7}, {0.95, 0.99}, 0.95),
    ({0.95: 7.8, 0.99: 7.8}, {0.95, 0.99}, 0.99),     # a tie: the higher threshold
    ({0.95: 7.8, 0.99: 7.7}, {0.99}, 0.99),           # the best one loses precision somewhere
    ({0.95: 7.8, 0.99: 7.7}, set(), None),            # none keeps every fold's precision
])
def test_the_choice(sums: dict[float, float], admissible: set[float],
                    chosen: float | None) -> None:
    assert pf.choose(sums, admissible) == chosen
