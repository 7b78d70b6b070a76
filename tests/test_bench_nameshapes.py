"""The name-shape gauge renames people and companies into shapes renamed.py never draws (an
invented article; nothing is extracted)."""
from __future__ import annotations

import re

from bench_scripts import load

nameshapes = load("nameshapes")

RAW = {"id": "900", "title": "가람대학교·누리텍 업무협약",
       "text": ("가람대학교(총장 홍길동)와 누리텍은 5일 업무협약을 체결했다. "
                "홍길동 가람대 총장과 김철수 누리텍 대표, 박영희 가온시장이 참석했다.")}
GOLD = {"id": "900", "signing": True,
        "signatories": [["가람대학교", "가람대"], ["누리텍"], ["가온시"]],
        "representatives": [{"name": "홍길동", "title": "총장", "org": "가람대학교"},
                            {"name": "김철수", "title": "대표", "org": "누리텍"},
                            {"name": "박영희", "title": "시장", "org": "가온시"}]}


def shaped(shape: str, seed: int = 1) -> tuple[dict, dict]:
    family = "people" if shape in nameshapes.PEOPLE else "companies"
    return nameshapes.shaped_article(RAW, GOLD, seed, family, shape)


def test_each_people_shape_gives_every_korean_representative_its_shape() -> None:
    lengths = {"two": {2}, "compound": {3, 4}, "four": {4}}
    for shape, sizes in lengths.items():
        raw, gold = shaped(shape)
        for rep in gold["representatives"]:
            assert len(rep["name"]) in sizes and rep["name"] in raw["text"]
            assert rep["name"] not in nameshapes._WORDS
        if shape == "compound":
            assert all(r["name"][:2] in nameshapes.COMPOUND_FAMILY for r in gold["representatives"])


def test_one_representative_stands_in_and_the_gold_title_says_so() -> None:
    raw, gold = shaped("acting")
    acting = [r for r in gold["representatives"] if " " in r["title"]]
    assert len(acting) == 1
    assert acting[0]["title"].split()[1] in ("직무대리", "직무대행", "권한대행")
    assert nameshapes.act("김다온 가온시장, 이솔 대표", "김다온", "시장", "시장 권한대행") == \
        "가온시장 권한대행인 김다온 부시장, 이솔 대표"
    # a mention with a particle after the title stays ("김다온 가온시장과")
    kept = "김다온 가온시장과"
    assert nameshapes.act(kept, "김다온", "시장", "시장 권한대행") == kept
    assert nameshapes.act("가람대(총장 김다온)", "김다온", "총장", "총장 직무대리") == \
        "가람대(총장 직무대리 김다온)"


def test_each_company_shape_renames_the_name_with_no_ending_only() -> None:
    patterns = {"bare": r"[가-힣]{2}", "mixed": r".*[A-Za-z0-9].*", "amp": r".*&.*",
                "dot": r"[가-힣]{2}·[가-힣]{2}"}
    for shape, pattern in patterns.items():
        raw, gold = shaped(shape)
        uni, company, city = gold["signatories"]
        assert re.fullmatch(pattern, company[0]) and company[0] in raw["text"]
        assert uni[0].endswith("대학교") and city == ["가온시"]      # endings and places as before


def test_the_same_seed_gives_the_same_copy() -> None:
    assert shaped("two", 3) == shaped("two", 3) and shaped("mixed", 3) != shaped("mixed", 4)
