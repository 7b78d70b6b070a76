"""The date gauge moves the record's date into the text and rewrites the signing day in other
shapes, with a gold date only where the new words fix it (an invented article; nothing is
extracted)."""
from __future__ import annotations

import datetime as dt

from bench_scripts import load

gauge = load("dates", "dates_gauge")

TEXT = ("가람대·누리텍 업무협약\n2019-05-22 10:31 홍길동 기자\n"
        "가람대학교와 누리텍은 19일 가람시청에서 업무협약을 체결했다.\n"
        "협약식은 19일 오후 열렸다. 양 기관은 청년 창업을 지원하기로 했다.")
RAW = {"id": "900", "title": "가람대·누리텍 업무협약", "published": "2019-05-22",
       "url": "https://example.kr/2019/05/22/900", "text": TEXT}
GOLD = {"id": "900", "signing": True, "date": "2019-05-19"}


def test_the_records_date_moves_into_the_text_as_a_dateline() -> None:
    for seed in range(1, 20):
        raw, gold, _ = gauge.moved_dateline(RAW, GOLD, seed)
        assert "published" not in raw and "url" not in raw
        assert "10:31" not in raw["text"]                    # the page's own stamp is cut
        assert "2019" in raw["text"] and gold == GOLD          # one the gauge wrote
        assert "19일 가람시청에서" in raw["text"]               # the story stays


def test_a_shape_that_does_not_fix_the_day_has_no_gold_date() -> None:
    seen = set()
    for seed in range(1, 30):
        raw, gold, shape = gauge.varied_words(RAW, GOLD, seed, k=2)
        seen.add(shape)
        assert gold["date"] is None
        assert "19일" not in raw["text"]                         # every mention is gone
    assert len(seen) > 3


def test_a_shape_that_fixes_the_day_keeps_it() -> None:
    for seed in range(1, 30):
        raw, gold, shape = gauge.varied_words(RAW, GOLD, seed, k=0)
        assert gold["date"] == "2019-05-19", shape
        assert raw["text"] != TEXT


def test_shapes_are_offered_only_where_they_give_the_day() -> None:
    signed, published = dt.date(2019, 5, 19), dt.date(2019, 5, 22)
    shapes = gauge._shapes(signed, published)
    assert "지난달 D일" not in shapes                    # the 19th is this month's
    assert shapes["지난 요일"] == ("지난 일요일", signed)
    later = gauge._shapes(dt.date(2019, 4, 10), dt.date(2019, 5, 2))
    assert later["지난달 D일"] == ("지난달 10일", dt.date(2019, 4, 10))
    assert "M월 D일" in later and "지난 요일" not in later
