# ruff: noqa: E501 - tables of Korean lines read better unwrapped
"""The one reader of a line's item mark (text.item_mark, rule item-marks) and the families each
of its readers takes: the lists of headlines (text, rule list-mark-changes), the bullet lines of
an area list (areas/blocks, rule caption-between-items), a roundup's item headings (roundup,
rule item-heading) and the lines of a list of other articles a date is not read from (dates)."""
from __future__ import annotations

import re

import pytest

from mougraph.extract import dates, roundup
from mougraph.extract.areas import blocks
from mougraph.text import ITEM_MARKS, _item_mark, item_mark

HEADING = "가온시, 누리대와 청년 일자리 협약"

# (line, family of any mark, what the headline lists read, what an area list's bullet lines
# read, what a roundup's headings read); "" and None: no mark
CASES = [
    ("1. 공동 연구 개발", "numbered", "numbered", "numbered", ("numbered", "공동 연구 개발")),
    ("2) 인력 교류", "numbered", "numbered", "numbered", ("numbered", "인력 교류")),
    ("(3) 시설 공동 활용", "numbered", "numbered", "numbered", ("numbered", "시설 공동 활용")),
    ("1." + HEADING, "numbered", "numbered", "", ("numbered", HEADING)),   # no space: no bullet line
    ("07 " + HEADING, "ranked", "numbered", "", None),          # a rank in a list of other articles
    ("가. 공동 연구", "lettered", "", "numbered", None),
    ("(나) 인력 교류", "lettered", "", "numbered", None),
    ("③ 장비 공동 활용", "circled", "circled", "circled", ("circled", "장비 공동 활용")),
    ("❷ 장비 공동 활용", "circled", "circled", "circled", ("circled", "장비 공동 활용")),
    ("▲ 스마트 농업 기술 보급", "▲", "▲", "▲", ("▲", "스마트 농업 기술 보급")),
    ("◆" + HEADING, "◆", "◆", "◆", ("◆", HEADING)),
    ("· 공동 연구", "·", "·", "·", None),
    ("·솔빛테크, 누리대와 협약", "·", "·", "", None),          # "·" opens a bullet line before a space
    ("- 인력 교류", "-", "-", "-", None),
    ("∙ 인력 교류", "∙", "", "", None),                      # areas' inline bullets read it; no bullet line
    ("ㅇ 공동 연구", "ㅇ", "", "ㅇ", None),
    ("★ 공동 연구", "★", "", "★", None),
    ("※ 문의: 가온시 일자리정책과", "※", "※", "", None),
    ("[" + HEADING + "]", "bracketed", "", "", ("bracketed", HEADING)),
    # not marks
    ("[가온일보] 가온시는 3일 누리대와 협약을 맺었다.", None, "", "", None),   # a tag, not the whole line
    ("2026. 3. 5. 가온시는 누리대와 협약을 맺었다.", None, "", "", None),      # a date
    ("1.5배 늘어난 예산으로 공동 연구를 한다.", None, "", "", None),           # a ratio
    ("2.0 플랫폼을 함께 만든다.", None, "", "", None),                            # a version
    ("10년 넘게 이어온 협력", None, "", "", None),
    ("open 행사에 참석했다.", None, "", "", None),
    ("가온시는 3일 누리대와 협약을 맺었다.", None, "", "", None),
]


@pytest.mark.parametrize(("line", "family"), [(c[0], c[1]) for c in CASES])
def test_a_line_opens_with_a_mark_of_its_family(line: str, family: str | None) -> None:
    found = item_mark(line)
    assert (found and found.family) == family


@pytest.mark.parametrize(("line", "headlines", "bullets", "heading"), [(c[0], *c[2:]) for c in CASES])
def test_each_reader_takes_its_families(line: str, headlines: str, bullets: str,
                                        heading: tuple[str, str] | None) -> None:
    assert _item_mark(line) == headlines
    assert blocks._mark(line) == bullets
    assert roundup._mark(line) == heading


def test_a_mark_row_holds_no_capturing_group() -> None:
    # the reader tells the rows apart by the group it gives each
    assert all(re.compile(pattern).groups == 0 for _, pattern in ITEM_MARKS)


# (line ending in a date, whether the date stands in a list of other articles): a rank or one of
# the list's bullets opens such a line; a "▲" line is the story's (a bullet, a caption)
LISTED = [
    ("· 가온시, 누리대와 청년 일자리 협약 2026.03.05 10:20", True),
    ("07 가온시, 누리대와 청년 일자리 협약 2026.03.05", True),
    ("2. 솔빛테크, 가온시에 공장 준공 2026.03.05", True),
    ("\xa0• 승인 2026.03.05 10:20", True),
    ("▲ 가온시와 누리대가 2026년 3월 5일 협약을 맺었다.", False),
    ("가온시는 2026년 3월 5일 누리대와 협약을 맺었다.", False),
    ("1.5배 늘어난 예산은 2026년 3월 5일 확정됐다.", False),
]


# rule bulleted-dateline: the page's own dateline in a header box of bullets, over the story
HEADER_BOX = [
    ("누리시, 가온군과 협약\n  • 입력 : 2026. 03.05(목) 10:20\n  • 홍길동기자\n본문.", False),
    ("누리시, 가온군과 협약\n· 등록 2026-03-05\n본문.", False),
    # below a sentence of the story it is a list of other articles'
    ("가온시는 누리대와 협약을 맺었다.\n  • 입력 : 2026. 03.05(목) 10:20", True),
    # a bulleted headline with its date is no dateline
    ("누리시, 가온군과 협약\n· 가온시, 예산 늘려 2026.03.05 10:20\n본문.", True),
]


@pytest.mark.parametrize(("text", "listed"), HEADER_BOX)
def test_a_bulleted_dateline_over_the_story_is_the_pages(text: str, listed: bool) -> None:
    at = text.index("2026")
    assert dates._of_another_article(text, at, listed_only=True) is listed


@pytest.mark.parametrize(("line", "listed"), LISTED)
def test_a_date_on_a_listed_line_is_another_articles(line: str, listed: bool) -> None:
    text = "가온시는 누리대와 협약을 맺었다.\n" + line
    at = text.index("2026")
    assert dates._of_another_article(text, at, listed_only=True) is listed
