"""The renamed-tune gauge swaps names consistently (an invented article; nothing is extracted)."""
from __future__ import annotations

from bench_scripts import load

renamed = load("renamed")

RAW = {"id": "900", "title": "가람대학교·누리텍 업무협약",
       "text": ("가람대학교(총장 홍길동)와 누리텍은 5일 가람시청에서 업무협약을 체결했다. "
                "홍길동 가람대 총장과 김철수 누리텍 대표가 참석했다. 가람시는 이를 지원한다.")}
GOLD = {"id": "900", "signing": True,
        "signatories": [["가람대학교", "가람대"], ["누리텍"]],
        "representatives": [{"name": "홍길동", "title": "총장", "org": "가람대학교"},
                            {"name": "김철수", "title": "대표", "org": "누리텍"}],
        "areas": ["가람대 학생 현장실습"], "venue": "가람시청"}


def test_every_form_of_a_party_and_person_moves_together() -> None:
    raw, gold = renamed.rename_article(RAW, GOLD, seed=1)
    uni, company = gold["signatories"]
    assert uni[0].endswith("대학교") and uni[0] != "가람대학교"     # the ending is kept
    assert uni[1] == uni[0][: -len("대학교")] + "대"                 # the short form follows
    assert company[0] != "누리텍"
    text = raw["text"] + raw["title"]
    for old in ("가람대", "누리텍", "홍길동", "김철수"):
        assert old not in text
    for name in (*uni, company[0], *(r["name"] for r in gold["representatives"])):
        assert name in text
    assert gold["representatives"][0]["org"] == uni[0]
    assert "가람시청" in text and gold["venue"] == "가람시청"        # local governments stay


def test_a_particle_follows_the_new_name() -> None:
    mapping = {"누리텍": "가온솔", "가람": "다온"}
    assert renamed.substitute("누리텍은 가람과 협약", mapping, set()) == "가온솔은 다온과 협약"
    mapping = {"누리텍": "가온다"}
    after_aside = renamed.substitute("누리텍(대표 홍길동)은 협약", mapping, set())
    assert after_aside == "가온다(대표 홍길동)는 협약"


def test_the_held_out_third_is_never_read() -> None:
    assert renamed.is_tune("001") and renamed.is_tune("101") and renamed.is_tune("335")
    assert not renamed.is_tune("102") and not renamed.is_tune("333")


def test_the_same_seed_gives_the_same_copy() -> None:
    assert renamed.rename_article(RAW, GOLD, 3) == renamed.rename_article(RAW, GOLD, 3)
    assert renamed.rename_article(RAW, GOLD, 3) != renamed.rename_article(RAW, GOLD, 4)


def test_a_body_named_by_a_place_and_its_kind_keeps_its_name() -> None:
    # "관악구 상공회", "총회 …선교부": no word of its own to swap; a committee keeps its kind
    rn = renamed.Renamer(renamed.random.Random(1), "")
    assert rn.name("가람구 상공회") == "가람구 상공회"
    body = rn.name("총회 누리선교부")
    assert body.startswith("총회 ") and body.endswith("선교부") and body != "총회 누리선교부"
    assert rn.name("누리지원위원회").endswith("위원회")
