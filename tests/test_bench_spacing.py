"""The spacing gauge changes only optional spaces, and leaves people's names and the gold
alone (an invented article; nothing is extracted)."""
from __future__ import annotations

from bench_scripts import load

spacing = load("spacing")

TEXT = ("누리대학교(총장 김다온)와 가온신용보증재단은 5일 업무협약식을 갖고 지역 인재 양성과 "
        "산학협력에 상호 협력하기로 했다. 누리대 산학협력단 이솔빛 단장과 솔빛테크 대표이사 "
        "박하람이 참석했다. 협약 체결식은 누리대학교에서 열렸다.")
RAW = {"id": "900", "title": "누리대학교·가온신용보증재단 업무협약", "text": TEXT}
GOLD = {"id": "900", "signing": True,
        "signatories": [["누리대학교", "누리대"], ["가온신용보증재단"]],
        "representatives": [{"name": "김다온", "title": "총장", "org": "누리대학교"},
                            {"name": "박하람", "title": "대표이사", "org": "솔빛테크"}],
        "areas": ["지역 인재 양성", "산학협력"]}


def squeeze(text: str) -> str:
    return text.replace(" ", "")


def test_only_spaces_change_and_the_gold_stays() -> None:
    for seed in range(1, 10):
        raw, gold = spacing.spaced_article(RAW, GOLD, seed)
        assert gold == GOLD
        assert squeeze(raw["text"]) == squeeze(TEXT)
        assert squeeze(raw["title"]) == squeeze(RAW["title"])
        for person in ("김다온", "이솔빛", "박하람"):
            assert person in raw["text"]


def test_each_family_changes_what_it_owns() -> None:
    seen: dict[str, set[str]] = {f: set() for f in spacing.FAMILIES}
    for seed in range(1, 10):
        for family in spacing.FAMILIES:
            seen[family].add(spacing.spaced_article(RAW, GOLD, seed, (family,))[0]["text"])
    assert any("업무 협약식" in t or "지역인재" in t for t in seen["compounds"])
    assert any("누리 대학교" in t or "가온 신용보증재단" in t for t in seen["names"])
    assert any("대표 이사" in t for t in seen["titles"])
    for texts in seen.values():
        assert len(texts) > 1


def test_no_space_a_writer_would_not_write() -> None:
    for seed in range(1, 10):
        text = spacing.spaced_article(RAW, GOLD, seed)[0]["text"]
        for wrong in ("협약 식", "체결 식", "누리 대 ", "김 다온", "박하 람", "솔빛 테크"):
            assert wrong not in text


def test_the_same_seed_gives_the_same_copy() -> None:
    assert spacing.spaced_article(RAW, GOLD, 3) == spacing.spaced_article(RAW, GOLD, 3)
    copies = {spacing.spaced_article(RAW, GOLD, s)[0]["text"] for s in range(1, 10)}
    assert len(copies) > 3
