"""The form gauge writes the same words in another form, one kind at a time, and keeps the gold
what the changed text means (an invented article; nothing is extracted)."""
from __future__ import annotations

import re

import pytest
from bench_scripts import load

gauge = load("format", "format_gauge")

TEXT = "\n\n".join([
    "[가온일보=홍길동 기자] ㈜누리텍과 가온대학교는 지난 5일 \"청년·창업\" 지원을 위한 "
    "업무협약을 체결했다고 7일 밝혔다. 두 기관은 AI 인재 양성에 힘을 모은다.",
    "양 기관은 ▲인력 교류 ▲시설 공유에도 협력한다. 협약 내용은 다음과 같다.",
    "△ 연구·개발 협력\n△ 현장실습 지원\n△ 공동 행사 개최",
    "김다온 누리텍 대표는 '지역과 함께'를 강조했다.",
])
RAW = {"id": "901", "title": "누리텍·가온대학교 업무협약", "text": TEXT}
GOLD = {"id": "901", "signing": True, "signatories": [["㈜누리텍", "누리텍"], ["가온대학교"]],
        "areas": ["연구·개발 협력", "현장실습 지원", "공동 행사 개최", "인력 교류", "시설 공유"],
        "representatives": [{"name": "김다온", "title": "대표", "org": "㈜누리텍"}],
        "venue": None}


def _words(text: str) -> str:
    """The Hangul of a text, in order: what no change of form may touch (a company mark
    written ㈜ or (주), a list numbered 가. 나. are form)."""
    text = re.sub(r"㈜|㈱|㈔|[(（]\s?[주사]\s?[)）]|^[가-하]\. ", "", text, flags=re.M)
    return "".join(re.findall(r"[가-힣]", text))


@pytest.mark.parametrize("kind", gauge.KINDS)
def test_every_kind_keeps_the_words_and_changes_the_form(kind: str) -> None:
    raw, gold = gauge.reform(RAW, GOLD, seed=7, kind=kind)
    assert _words(raw["text"]) == _words(TEXT)
    if kind != "sentences":         # the invented text's sentences already end their lines
        assert raw["text"] != TEXT
    if kind not in gauge.GOLD_KINDS:
        assert gold == GOLD         # a reader undoes the form: the gold stays


def test_a_glyph_kind_changes_the_gold_as_it_changes_the_text() -> None:
    raw, gold = gauge.reform(RAW, GOLD, seed=7, kind="dots")
    (dot,) = {ch for ch in raw["text"] if ch in gauge.DOTS}
    assert gold["areas"][0] == f"연구{dot}개발 협력"
    raw, gold = gauge.reform(RAW, GOLD, seed=7, kind="fullwidth")
    assert "ＡＩ" in raw["text"]


def test_a_wrapped_copy_has_no_line_longer_than_its_width_but_a_word() -> None:
    raw, _ = gauge.reform(RAW, GOLD, seed=3, kind="wrap")
    assert all(len(line) <= 45 or " " not in line for line in raw["text"].split("\n"))


def test_the_same_seed_gives_the_same_copy() -> None:
    for kind in gauge.KINDS:
        assert gauge.reform(RAW, GOLD, 4, kind) == gauge.reform(RAW, GOLD, 4, kind)


def test_the_two_forms_left_over_glue_sentences_and_write_a_one_line_list_with_notes() -> None:
    raw, _ = gauge.reform(RAW, GOLD, seed=7, kind="glued")
    assert "밝혔다.두 기관은" in raw["text"] and "협력한다.협약 내용은" in raw["text"]
    raw, _ = gauge.reform(RAW, GOLD, seed=7, kind="notes")
    assert "※인력 교류 ※시설 공유" in raw["text"] and "△ 현장실습 지원" in raw["text"]
