"""The shape gauge writes each representative's mention in another of the genre's shapes and
leaves the facts (and the gold) alone (an invented article; nothing is extracted)."""
from __future__ import annotations

import random

from bench_scripts import load

reshape = load("reshape")

TEXT = ("가람대학교(총장 홍길동)와 누리협회(회장 김바다, 이하 협회)는 5일 업무협약을 체결했다.\n"
        "이날 협약식에는 나솔 누리협회 사무국장이 참석했다.")
GOLD = {"id": "900", "signing": True,
        "signatories": [["가람대학교", "가람대"], ["누리협회", "협회"]],
        "representatives": [{"name": "홍길동", "title": "총장", "org": "가람대학교"},
                            {"name": "김바다", "title": "회장", "org": "누리협회"},
                            {"name": "나솔", "title": "사무국장", "org": "누리협회"}]}


def test_each_shape_names_the_same_person_title_and_body_with_the_particle_fitted() -> None:
    seen = set()
    for seed in range(40):
        raw, gold = reshape.reshaped_article({"text": TEXT, "title": ""}, GOLD, seed)
        assert gold == GOLD
        first = raw["text"].split("\n")[0]
        seen.add(first.split(" 누리협회")[0])
    assert seen >= {"가람대학교 총장 홍길동과", "홍길동 가람대학교 총장과",
                    "가람대학교 홍길동 총장과"}


def test_a_bracket_holding_more_than_title_and_name_stays_as_written() -> None:
    for seed in range(10):
        raw, _ = reshape.reshaped_article({"text": TEXT, "title": ""}, GOLD, seed)
        assert "누리협회(회장 김바다, 이하 협회)는" in raw["text"]


def test_glued_only_where_the_title_ends_the_bodys_name() -> None:
    assert reshape.glued("누리협회", "회장") == "누리협회장"
    assert reshape.glued("가람연구원", "원장") == "가람연구원장"
    assert reshape.glued("누리공사", "사장") is None          # 공사장 is a building site
    assert reshape.glued("가람대학교", "총장") is None


def test_the_short_shapes_need_the_body_written_before_them_in_the_sentence() -> None:
    text = "누리협회는 이날 가람대와 협약을 맺었으며, 나솔 누리협회 사무국장이 서명했다."
    shapes = reshape.targets("name-org-title", text, (text.index("나솔"), text.index("이 서명")),
                             "누리협회", "사무국장", ["누리협회", "협회"])
    assert "title-name" in shapes and "name-org-title" not in shapes
    lone = "나솔 누리협회 사무국장이 서명했다."
    assert "title-name" not in reshape.targets("name-org-title", lone, (0, lone.index("이 서")),
                                               "누리협회", "사무국장", ["누리협회"])


def test_a_mention_inside_a_company_mark_is_not_rewritten() -> None:
    gold = dict(GOLD, representatives=[{"name": "나솔", "title": "대표", "org": "누리텍"}],
                signatories=[["누리텍"]])
    text = "(주)누리텍 나솔 대표는 협약을 맺었다."
    assert reshape.reshape_text(text, gold, random.Random(1), None, {}) == text


def test_a_list_of_parties_takes_another_shape_with_its_particle_fitted() -> None:
    gold = {"id": "901", "signatories": [["가람대학교"], ["누리텍"], ["솔빛재단"]]}
    text = "가람대학교, 누리텍, 솔빛재단은 협약을 맺었다."
    shapes = {reshape.reshape_parties(text, gold, random.Random(s)) for s in range(30)}
    assert shapes == {"가람대학교·누리텍·솔빛재단은 협약을 맺었다.",
                      "가람대학교와 누리텍, 솔빛재단은 협약을 맺었다.",
                      "가람대학교와 누리텍, 솔빛재단 등 3개 기관은 협약을 맺었다."}
    two = reshape.reshape_parties("누리텍과 가람대학교가 손잡았다.", gold, random.Random(1))
    assert two in {"누리텍, 가람대학교가 손잡았다.", "누리텍·가람대학교가 손잡았다."}
