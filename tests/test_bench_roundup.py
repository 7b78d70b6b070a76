"""The roundup gauge joins articles as items under small headings, cuts an item's gold with its
text, and scores each item's facts against its own agreement (invented articles; nothing is
extracted)."""
from __future__ import annotations

import random
from pathlib import Path

import pytest
from bench_scripts import load

roundup = load("roundup")
SCORE = Path(__file__).resolve().parents[2] / "shared" / "eval" / "score.py"

JOBS = ({"id": "901", "title": "가온시, 누리대와 청년 일자리 협약", "published": "2026-03-03",
         "text": "가온시는 3일 시청 소회의실에서 누리대학교와 청년 일자리 창출을 위한 업무협약을 "
                 "체결했다.\n양 기관은 지역 청년 취업 지원, 현장실습 확대 등에 협력하기로 했다.\n"
                 "김다온 가온시장은 \"청년이 머무는 도시를 만들겠다\"고 말했다.\n"
                 "누리대는 올해 창업 강좌도 새로 연다."},
        {"id": "901", "signing": True, "signatories": [["가온시"], ["누리대학교", "누리대"]],
         "areas": ["지역 청년 취업 지원", "현장실습 확대"],
         "representatives": [{"name": "김다온", "title": "시장", "org": "가온시"}],
         "date": "2026-03-03", "venue": "시청 소회의실"})
RESCUE = ({"id": "902", "title": "", "published": "2026-03-04",
           "text": "가온소방서는 4일 솔빛병원과 응급의료 협력 업무협약을 맺었다.\n"
                   "두 기관은 응급환자 신속 이송, 구급대원 교육 등에 힘을 모으기로 했다."},
          {"id": "902", "signing": True, "signatories": [["가온소방서"], ["솔빛병원"]],
           "areas": ["응급환자 신속 이송", "구급대원 교육"], "representatives": [],
           "date": "2026-03-04", "venue": None})


@pytest.fixture(scope="module")
def sc():
    """score.py (its norm, dice, match), read where the gauge reads it: beside the dev set."""
    if not SCORE.exists():
        pytest.skip(f"no scorer at {SCORE} (shared/ is laid beside the repository)")
    return roundup.load_scorer(SCORE.parent / "dev")


def test_a_record_holds_each_item_under_a_heading_with_its_own_gold(sc) -> None:
    for seed in range(1, 12):
        raw, golds = roundup.build_record("1001", [JOBS, RESCUE], random.Random(seed), sc)
        text = raw["text"]
        assert "누리대와 청년 일자리 협약" in text              # the article's title
        written = ("가온소방서, 솔빛병원과 업무협약", "가온소방서-솔빛병원", "가온소방서·솔빛병원")
        assert any(h in text for h in written)                # one written from its parties
        assert text.index("누리대학교와") < text.index("솔빛병원과 응급의료")
        assert [g["id"] for g in golds] == ["901", "902"]
        assert golds[1]["date"] is None                  # published another day than the record
        assert raw["published"] == "2026-03-03"


def test_a_cut_item_drops_what_its_kept_text_does_not_say(sc) -> None:
    kept, gold = roundup.cut_to_lead(JOBS[0]["text"], JOBS[1], sc)
    assert "창업 강좌" not in kept and "현장실습 확대" in kept
    assert gold["areas"] == JOBS[1]["areas"] and gold["representatives"] == []


def test_an_item_whose_gold_area_is_reworded_stays_whole(sc) -> None:
    reworded = dict(JOBS[1], areas=["청년 취업 지원 사업"])
    assert roundup.cut_to_lead(JOBS[0]["text"], reworded, sc) is None


def test_the_union_gold_merges_a_party_two_items_share() -> None:
    other = dict(RESCUE[1], signatories=[["가온시"], ["솔빛병원"]])
    union = roundup.union_gold("1001", [JOBS[1], other])
    assert union["signatories"] == [["가온시"], ["누리대학교", "누리대"], ["솔빛병원"]]
    assert len(union["areas"]) == 4 and union["date"] == "2026-03-03"


def test_an_area_of_another_item_is_an_error_of_attachment(sc) -> None:
    tally = roundup.Attachment(sc)
    mixed = {"orgs": {"o1": {"가온시"}, "o2": {"누리대학교"}},
             "areas": {"지역 청년 취업 지원", "현장실습 확대", "응급환자 신속 이송"},
             "people": {"김다온": {"가온시"}}, "dates": {"2026-03-03"}, "venues": {"시청"}}
    tally.add_item("1001", JOBS[1], mixed)
    out = tally.summary()
    assert out["areas"]["precision"] == round(2 / 3, 3) and out["areas"]["recall"] == 1.0
    assert out["parties"]["f1"] == 1.0 and out["representatives"]["f1"] == 1.0
    assert out["venue_accuracy"] == 1.0 and out["date_accuracy"] == 1.0
    assert any("extra area '응급환자 신속 이송'" in e for e in tally.errors)


def test_the_brief_reports_no_signing_and_names_no_one_of_the_items() -> None:
    pools = roundup.noisy.Pools(random.Random(3), JOBS[0]["text"] + RESCUE[0]["text"])
    for _ in range(20):
        head, body = roundup.brief(pools)
        assert not any(w in head + body for w in ("협약", "체결", "MOU", "가온시", "누리대"))
        assert "{" not in head + body
