"""The list gauge writes a list of gold areas in another of the genre's shapes, each area in the
gold's own words, and leaves the gold alone (an invented article; nothing is extracted)."""
from __future__ import annotations

import random

import pytest
from bench_scripts import load

reareas = load("reareas")

LEAD = "가온시는 20일 시청에서 누리대학교와 업무협약을 체결했다고 밝혔다.\n"
AREAS = ["청년 창업 지원", "지역 인재 양성", "연구 장비 공유"]
GOLD = {"id": "902", "signing": True, "signatories": [["가온시"], ["누리대학교", "누리대"]],
        "areas": AREAS, "representatives": []}
PROSE = LEAD + "협약의 주요 내용은 청년 창업 지원, 지역 인재 양성, 연구 장비 공유 등이다.\n" \
    "김 총장은 \"지역과 함께 크겠다\"고 말했다."


@pytest.mark.parametrize("shape", [s for s in reareas.SHAPES if s != "prose-deung"])
def test_each_shape_keeps_every_area_in_its_words_and_the_gold(shape: str) -> None:
    raw, gold = reareas.reareas_article({"text": PROSE, "title": ""}, GOLD, 7, shape)
    assert gold == GOLD
    assert raw["text"] != PROSE
    assert all(a in raw["text"] for a in AREAS)
    assert raw["text"].startswith(LEAD) and raw["text"].endswith("고 말했다.")


def test_the_shapes_read_as_the_genre_writes_them() -> None:
    def shaped(shape: str) -> str:
        text = reareas.reareas_article({"text": PROSE, "title": ""}, GOLD, 1, shape)[0]["text"]
        return text[len(LEAD): text.index("\n김 총장")]

    assert shaped("contents") == ("주요 내용은 청년 창업 지원, 지역 인재 양성, 연구 장비 공유 "
                                  "등이다.")
    assert shaped("prose-and") == ("양 기관은 청년 창업 지원, 지역 인재 양성과 연구 장비 공유 "
                                   "분야에서 협력하기로 했다.")
    assert shaped("duties") == ("가온시는 청년 창업 지원, 연구 장비 공유를, 누리대학교는 지역 인재 "
                                "양성을 맡기로 했다.")
    assert shaped("bullet-lines").startswith("주요 협약 내용은 다음과 같다.\n")


def test_a_head_naming_the_sides_is_kept_and_continued() -> None:
    text = LEAD + "양 기관은 이를 위해 청년 창업 지원, 지역 인재 양성 등에 협력하기로 했다."
    raw, _ = reareas.reareas_article({"text": text, "title": ""}, GOLD, 1, "bullet-lines")
    assert raw["text"].startswith(LEAD + "양 기관은 이를 위해 다음 사항에 협력하기로 했다.\n")
    raw, _ = reareas.reareas_article({"text": text, "title": ""}, GOLD, 1, "bullets-inline")
    assert raw["text"][len(LEAD):] in {
        f"양 기관은 이를 위해 {m}청년 창업 지원 {m}지역 인재 양성 등에 협력하기로 했다."
        for m in "▲△"}
    assert reareas.reareas_article({"text": text, "title": ""}, GOLD, 1, "contents")[0] \
        == {"text": text, "title": ""}          # the contents take no head


def test_bullets_with_commas_inside_an_item_stay_bullets() -> None:
    gold = dict(GOLD, areas=["창업 교육, 멘토링 지원", "지역 인재 양성"])
    text = LEAD + "협약 내용은 ▲창업 교육, 멘토링 지원 ▲지역 인재 양성 등이다."
    assert reareas.options(gold["areas"], "bullets-inline", ["가온시", "누리대학교"]) \
        == ["bullet-lines"]
    raw, _ = reareas.reareas_article({"text": text, "title": ""}, gold, 3)
    assert raw["text"] == (LEAD + "주요 협약 내용은 다음과 같다.\n" + "\n".join(
        f"{m} {a}" for m, a in zip(_marks(raw["text"]), gold["areas"], strict=True)))


def _marks(text: str) -> list[str]:
    return [line.split(" ", 1)[0] for line in text.splitlines()[2:]]


def test_a_list_whose_sentence_tells_the_signing_is_left_as_it_is() -> None:
    text = "가온시는 청년 창업 지원과 지역 인재 양성을 위해 누리대학교와 협약을 체결했다."
    assert reareas.reareas_text(text, GOLD, random.Random(1), None) == (text, None)


def test_a_list_beside_another_gold_area_in_its_sentence_is_left_as_it_is() -> None:
    text = LEAD + "가온시는 연구 장비 공유를 맡고 청년 창업 지원, 지역 인재 양성 등을 추진한다."
    assert reareas.reareas_text(text, GOLD, random.Random(1), None) == (text, None)
