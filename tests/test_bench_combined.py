"""The combined gauge chains the other gauges' own transforms on one copy and keeps the gold
consistent with it (an invented article; nothing is extracted)."""
from __future__ import annotations

import pytest
from bench_scripts import PARAS, load

combined = load("combined")
renamed = load("renamed")
distract = load("distract")

RAW = {"id": "900", "title": PARAS[0], "text": "\n\n".join(PARAS), "published": "2024-05-06"}
GOLD = {"id": "900", "signing": True, "date": "2024-05-05",
        "signatories": [["가람대학교", "가람대"], ["누리텍"]],
        "representatives": [{"name": "홍길동", "title": "총장", "org": "가람대학교"}],
        "areas": ["청년 창업 지원", "현장실습"]}


def test_a_chain_of_one_step_is_that_gauges_own_transform() -> None:
    for seed in (1, 2):
        assert combined.chained(["renamed"])(RAW, GOLD, seed) == \
            renamed.rename_article(RAW, GOLD, seed)
        assert combined.chained(["distract"])(RAW, GOLD, seed) == \
            distract.distracted_article(RAW, GOLD, seed)


def test_steps_apply_in_order_each_to_what_the_last_left() -> None:
    raw, gold = combined.chained(["renamed", "distract"])(RAW, GOLD, 3)
    first_raw, first_gold = renamed.rename_article(RAW, GOLD, 3)
    assert (raw, gold) == distract.distracted_article(first_raw, first_gold, 3)


def test_the_gold_follows_the_renamed_names_through_the_whole_chain() -> None:
    for seed in range(1, 6):
        raw, gold = combined.chained(combined.DEFAULT_CHAIN.split(","))(RAW, GOLD, seed)
        assert "누리텍" not in raw["text"] and "홍길동" not in raw["text"]
        assert gold["representatives"][0]["name"] != "홍길동"
        assert gold["signatories"][1][0] != "누리텍"


def test_format_takes_a_fixed_kind_and_unknown_steps_are_refused() -> None:
    raw, _ = combined.step("format:collapse")(RAW, GOLD, 1)
    assert "\n" not in raw["text"]
    with pytest.raises(ValueError):
        combined.step("format:nosuch")
    with pytest.raises(ValueError):
        combined.step("nosuch")


def test_an_article_with_no_record_date_keeps_its_form_under_the_dateline_step() -> None:
    raw = {k: v for k, v in RAW.items() if k != "published"}
    assert combined.step("dateline")(raw, GOLD, 1) == (raw, GOLD)


def test_the_table_sets_the_sum_of_single_losses_against_the_chain_loss() -> None:
    def res(f1: float) -> dict:
        cell = {"precision": f1, "recall": f1, "f1": f1}
        return {"signatories": cell, "areas": cell, "representatives": cell,
                "agreements": cell, "date_accuracy": None}
    out = combined.table(res(0.9), {"a": res(0.85), "b": res(0.8)}, res(0.6), 2)
    sums = next(line for line in out.splitlines() if line.startswith("sum of single"))
    assert "+0.150" in sums
    extra = next(line for line in out.splitlines() if line.startswith("chain - sum"))
    assert "+0.150" in extra
