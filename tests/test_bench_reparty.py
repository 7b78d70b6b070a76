# ruff: noqa: E501 - Korean sentences read better unwrapped
"""The party-shape gauge writes the parties of a signing sentence and of the headline in another
of the genre's shapes and leaves the facts (and the gold) alone (an invented article; nothing
is extracted)."""
from __future__ import annotations

import random

from bench_scripts import load

reparty = load("reparty")

TITLE = "가람대, 누리텍과 산학협력 업무협약 체결"
TEXT = (f"{TITLE}\n"
        "[가온일보=홍길동 기자] 가람대학교(총장 김바다)는 9일 본관에서 누리텍(대표 박솔)과 "
        "산학협력 업무협약을 체결했다고 10일 밝혔다.\n"
        "김바다 총장은 “누리텍과 협력하겠다”고 말했다.")
GOLD = {"id": "900", "signing": True,
        "signatories": [["가람대학교", "가람대"], ["누리텍"]],
        "representatives": [{"name": "김바다", "title": "총장", "org": "가람대학교"}]}
SIGNING = TEXT.split("\n")[1]


def rewritten(seed: int, shape: str | None = None) -> tuple[str, str, dict]:
    raw, gold = reparty.repartied_article({"title": TITLE, "text": TEXT}, GOLD, seed, shape)
    return raw["title"], raw["text"].split("\n")[1], gold


def test_each_shape_names_the_same_parties_with_the_particles_fitted() -> None:
    seen = {}
    for shape in reparty.SHAPES:
        _, sentence, gold = rewritten(1, shape)
        assert gold == GOLD
        seen[shape] = sentence.split("] ")[1]
    assert seen["joined"].startswith("가람대학교(총장 김바다)와 누리텍(대표 박솔)은 9일 본관에서 ")
    assert seen["dot-count"].startswith("가람대학교(총장 김바다)·누리텍(대표 박솔) 양 기관은 ")
    assert seen["partner-first"].startswith("누리텍(대표 박솔)과 가람대학교(총장 김바다)가 ")
    assert seen["handshake"].startswith("가람대학교(총장 김바다)는 9일 본관에서 누리텍(대표 박솔)과 "
                                        "손잡고 산학협력")
    assert seen["gan"] == ("가람대학교(총장 김바다)와 누리텍(대표 박솔) 간 9일 본관에서 산학협력 "
                           "업무협약이 체결됐다고 10일 밝혔다.")
    assert seen["mit"].startswith("가람대학교(총장 김바다) 및 누리텍(대표 박솔)은 ")
    assert seen["subject-partner"].startswith("가람대학교(총장 김바다)가 9일 본관에서 누리텍(대표 박솔)과 ")
    assert seen["together"].startswith("가람대학교(총장 김바다)는 9일 본관에서 누리텍(대표 박솔)과 함께 ")
    for three_or_more in ("counted", "listed-count"):         # two parties: left as written
        assert seen[three_or_more] == SIGNING.split("] ")[1]


def test_the_cross_shapes_name_the_parties_in_a_sentence_of_their_own() -> None:
    seen = {shape: rewritten(1, shape)[1].split("] ")[1] for shape in reparty.CROSS_SHAPES}
    assert seen["these-before"].startswith("가람대학교(총장 김바다)와 누리텍(대표 박솔)이 힘을 모았다. "
                                           "이들 기관은 9일 본관에서 산학협력 업무협약을")
    assert seen["count-before"].startswith("가람대학교(총장 김바다)와 누리텍(대표 박솔)이 손을 잡았다. "
                                           "양 기관은 9일 본관에서 ")
    assert seen["listed-after"].startswith("가람대학교(총장 김바다)는 9일 본관에서 지역 기관과 산학협력 ")
    assert seen["listed-after"].endswith(" 협약 상대는 누리텍(대표 박솔)이다.")
    assert reparty.render("joined-after", ["가람대", "누리텍"], "", "협약을 맺었다.") is None
    assert reparty.render("joined-after", ["가람대", "누리텍", "솔빛재단"], "9일 ", "협약을 맺었다.") == (
        "가람대는 9일 관계 기관들과 협약을 맺었다. 이번 협약에는 누리텍, 솔빛재단이 참여했다.")
    assert reparty.render("count-before", ["가람대", "누리텍", "솔빛재단"], "", "협약을 맺었다.") == (
        "가람대와 누리텍, 솔빛재단 등 3개 기관이 힘을 모았다. 세 기관은 협약을 맺었다.")


def test_the_verb_is_swapped_among_the_genres_keeping_what_follows_it() -> None:
    tail = "산학협력 업무협약을 체결했다고 10일 밝혔다."
    assert reparty.swap_verb(tail, "맺었다") == "산학협력 업무협약을 맺었다고 10일 밝혔다."
    assert reparty.swap_verb(tail, "서명했다") == "산학협력 업무협약에 서명했다고 10일 밝혔다."
    assert reparty.swap_verb(tail, "체결식을 가졌다") == "산학협력 업무협약 체결식을 가졌다고 10일 밝혔다."
    assert reparty.swap_verb("MOU를 체결했다.", "했다") is None      # 협약을 했다 only
    assert reparty.passive("MOU를 체결했다.") == "MOU가 체결됐다."


def test_the_headline_takes_another_headline_shape() -> None:
    titles = {rewritten(seed)[0] for seed in range(20)}
    assert titles == {"가람대-누리텍, 산학협력 업무협약 체결", "가람대·누리텍 산학협력 업무협약 체결",
                      "가람대, 누리텍과 손잡고 산학협력 업무협약 체결",
                      "가람대-누리텍 간 산학협력 업무협약 체결"}
    assert all(TITLE not in reparty.repartied_article({"title": TITLE, "text": TEXT}, GOLD,
                                                      seed)[0]["text"] for seed in range(5))


def test_a_quote_a_modifier_of_the_partner_or_a_list_of_one_body_stays_as_written() -> None:
    quoted = "김바다 총장은 “가람대는 누리텍과 협약을 체결했다”고 말했다."
    modified = "가람대학교는 9일 지역 기업인 누리텍과 협약을 체결했다."
    both = "가람대학교와 가람대는 9일 협약을 체결했다."
    for sentence in (quoted, modified, both):
        assert reparty.parse_sentence(sentence, GOLD) is None
    assert reparty.reparty_sentence(quoted, GOLD, random.Random(1), None, set()) == quoted
