# ruff: noqa: E501 - rows of Korean articles read better unwrapped
"""What photo captions carry: invented articles whose signing day, place or heads are told only
in a caption, scored by caption shape.

Real pages put the day, the place, the parties and their heads into photo captions, written in
many shapes: inside a credit's brackets ("(사진=3일 … 열린 협약식 모습)"), after a slash
("/사진=…"), under a mark ("▲ …", "△ …", "<사진>", "사진 설명:"), with who stands where
("(왼쪽부터) …", "(사진 오른쪽 세번째)"), with the credit before or after the caption's words
("사진제공=…", "(제공=…)"), at the top of the page, between body paragraphs or at its foot.
Each row is an invented article: a body that reports the signing without the facts the caption
carries, and the caption. Credit-only rows (a caption that is only a credit, a photographer's
name, an outlet's) check the other side: a photographer is never a representative, a credit's
outlet never a party.

It runs ``extract`` on each article (published 2026-03-20, so "3일" is 2026-03-03) and counts
per field: the day (right / expected), the venue (the gold venue's words found in the read
one, or the other way round), the parties and the heads (right / expected), and what was
invented (a party or a person no row lists, a day or venue where the row expects none).

    .venv/bin/python bench/captionprobe.py            # the table by shape
    .venv/bin/python bench/captionprobe.py --misses   # and each row's misses and extras

36 rows, written and scored on main 745aad1 before any fix: day 30/36, venue 31/36, parties
72/72, heads 62/66, invented 0. After rule caption-in-credit-brackets (text.py) and rule
place-no-clause-end (extract/dates.py): day 36/36, venue 34/36, parties 72/72, heads 63/66,
invented 0. Left: "가온시청 에서" (a place spaced from its particle) gives no venue; a bare
"박다온 시장(오른쪽)이" and "박다온 시장과" in a caption give no head.

No sentence here comes from a dev article: the names, places and words are our own.
"""
from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections import defaultdict
from dataclasses import dataclass

from mougraph.extract import extract
from mougraph.model import Article
from mougraph.text import comparable

PUBLISHED = dt.date(2026, 3, 20)
# a body that reports the signing and nothing the captions carry (no day, no place, no heads)
HEAD = "가온시-누리대학교, 청년 창업 지원 맞손\n"
BODY = ("가온시가 누리대학교와 청년 창업 지원을 위한 업무협약을 맺었다.\n"
        "양 기관은 이번 협약에 따라 창업 공간 제공, 창업 교육 과정 운영 등에 협력하기로 했다.\n")
TAIL = "시 관계자는 \"지역 청년들이 창업에 도전할 수 있도록 돕겠다\"고 전했다.\n"
PAIR = ("가온시", "누리대학교")
HEADS = ("박다온", "김누리")
# a body that carries everything: the credit-only rows (nothing more may be read)
FULL = ("가온시는 3일 가온시청 대회의실에서 누리대학교와 청년 창업 지원을 위한 업무협약을 체결했다.\n"
        "이날 협약식에는 박다온 가온시장과 김누리 누리대학교 총장 등이 참석했다.\n")


@dataclass(frozen=True)
class Row:
    shape: str
    text: str
    day: int | None = 3
    venue: str | None = "가온시청"
    parties: tuple[str, ...] = PAIR
    people: tuple[str, ...] = HEADS


def _top(caption: str) -> str:
    return HEAD + caption + "\n" + BODY + TAIL


def _middle(caption: str) -> str:
    lines = BODY.splitlines(keepends=True)
    return HEAD + lines[0] + caption + "\n" + "".join(lines[1:]) + TAIL


def _foot(caption: str) -> str:
    return HEAD + BODY + TAIL + caption + "\n"


def _rows() -> list[Row]:
    r = Row
    return [
        # inside a credit's brackets
        r("(사진=…)", _foot("(사진=3일 가온시청에서 열린 협약식 모습)"), people=()),
        r("(사진=…)", _middle("(사진=지난 3일 가온시청 대회의실에서 박다온 가온시장(오른쪽)과 김누리 누리대학교 총장이 협약서에 서명한 뒤 악수하고 있다)")),
        r("(사진=…)", BODY.splitlines()[0] + " (사진=3일 가온시청에서 박다온 시장과 김누리 총장이 협약을 체결하고 있다)\n" + "".join(BODY.splitlines(keepends=True)[1:]) + TAIL),
        r("[사진=…]", _foot("[사진=3일 가온시청에서 열린 협약식에서 박다온 가온시장(왼쪽)과 김누리 누리대 총장이 기념촬영을 하고 있다]")),
        r("/사진=…", _foot("박다온 가온시장(오른쪽)과 김누리 누리대학교 총장이 3일 가온시청에서 협약서를 들어 보이고 있다. /사진=가온시 제공")),
        r("/사진=…", _foot("/사진=3일 가온시청 접견실에서 협약을 맺은 박다온 가온시장과 김누리 누리대학교 총장")),
        r("사진=… after", _foot("3일 가온시청에서 열린 업무협약식에서 박다온 시장(왼쪽 두번째)과 김누리 총장(왼쪽 세번째)이 관계자들과 함께 기념사진을 찍고 있다.사진=가온시")),
        # under a mark
        r("<사진>", _foot("<사진> 3일 가온시청에서 박다온 가온시장과 김누리 누리대학교 총장이 협약서를 교환하고 있다.")),
        r("<사진>", _top("<사진>\n박다온 가온시장(오른쪽)과 김누리 누리대학교 총장이 3일 가온시청에서 업무협약을 체결하고 있다.")),
        r("▲ …", _top("▲ 3일 가온시청에서 박다온 가온시장(오른쪽)과 김누리 누리대학교 총장이 업무협약서에 서명하고 있다. (사진=가온시 제공)")),
        r("▲ …", _middle("▲박다온 가온시장과 김누리 누리대학교 총장이 3일 가온시청 에서 협약을 맺고 기념촬영하고 있다 [가온시 제공]")),
        r("△ …", _foot("△ 3일 가온시청 대회의실에서 열린 가온시-누리대학교 청년창업 지원 업무협약식. 왼쪽부터 김누리 누리대학교 총장, 박다온 가온시장")),
        r("△ …", _middle("△지난 3일 가온시청에서 박다온 시장(오른쪽)이 김누리 누리대 총장과 협약서를 교환하고 있다")),
        r("사진 설명:", _foot("사진 설명: 3일 가온시청에서 박다온 가온시장(오른쪽)과 김누리 누리대학교 총장이 협약 체결 후 기념촬영을 하고 있다.")),
        r("사진 설명:", _top("[사진설명] 박다온 가온시장과 김누리 누리대학교 총장(왼쪽)이 3일 가온시청에서 협약서에 서명한 뒤 포즈를 취하고 있다.")),
        # who stands where
        r("(왼쪽부터) …", _foot("(왼쪽부터) 김누리 누리대학교 총장, 박다온 가온시장이 3일 가온시청에서 협약서를 들고 기념촬영을 하고 있다.")),
        r("(왼쪽부터) …", _middle("3일 가온시청에서 열린 협약식에서 (왼쪽부터)박다온 가온시장, 김누리 누리대학교 총장.")),
        r("(사진 오른쪽 세번째)", _foot("3일 가온시청에서 열린 협약식에서 박다온 가온시장(사진 오른쪽 세번째)과 김누리 누리대학교 총장(사진 오른쪽 네번째)이 참석자들과 기념촬영하고 있다.")),
        r("(사진 오른쪽 세번째)", _middle("박다온 가온시장(사진 왼쪽)이 3일 가온시청에서 김누리 누리대학교 총장과 협약을 체결하고 있다.")),
        # the credit before or after the caption's words
        r("(제공=…)", _foot("3일 가온시청에서 박다온 가온시장과 김누리 누리대학교 총장이 협약서를 교환하고 있다.(제공=가온시)")),
        r("(제공=…)", _foot("(제공=누리대학교) 김누리 누리대학교 총장(왼쪽)과 박다온 가온시장이 3일 가온시청에서 협약서에 서명하고 있다.")),
        r("사진제공=… before", _foot("사진제공=가온시\n3일 가온시청에서 박다온 가온시장(오른쪽)과 김누리 누리대학교 총장이 협약을 체결하고 있다.")),
        r("사진제공=… before", _foot("사진제공=가온시 3일 가온시청에서 박다온 가온시장과 김누리 누리대학교 총장이 협약서에 서명하고 있다.")),
        r("사진제공=… after", _foot("3일 가온시청에서 박다온 가온시장(오른쪽)과 김누리 누리대학교 총장이 협약을 체결하고 있다. 사진제공=가온시")),
        r("사진제공=… after", _top("박다온 가온시장과 김누리 누리대학교 총장이 3일 가온시청에서 업무협약서를 교환하고 있다 <사진제공=누리대학교>")),
        r("사진=outlet, caption", _foot("사진=가온시, 3일 가온시청에서 박다온 가온시장과 김누리 누리대학교 총장이 협약을 체결하고 있다")),
        # the day and the place only
        r("(사진=…) day, place", _top("(사진=3일 가온시청에서 열린 가온시-누리대학교 업무협약식)"), people=()),
        r("[사진] day, place", _foot("[사진] 3일 가온시청 대회의실에서 열린 업무협약식 모습"), people=()),
        r("사진은 …", _foot("사진은 3일 가온시청에서 열린 협약식에서 박다온 가온시장과 김누리 누리대학교 총장이 기념촬영을 하는 모습.")),
        # a caption that is only a credit, a photographer or an outlet: nothing more is read
        r("credit only", _foot("(사진=누리대 제공)").replace(BODY, FULL)),
        r("credit only", FULL + TAIL + "/사진=솔빛일보 DB\n"),
        r("credit only", FULL + "[사진=한별뉴스 문서율 기자]\n" + TAIL),
        r("credit only", FULL + TAIL + "사진=가온신문 정하람 기자\n"),
        r("credit only", FULL + TAIL + "(제공=솔빛테크)\n"),
        r("credit only", "사진제공=미르전자\n" + FULL + TAIL),
        r("credit only", FULL + TAIL + "<사진=가온시 제공 / 촬영 윤보람>\n"),
    ]


ROWS = _rows()


def _same_venue(gold: str | None, got: str | None) -> bool:
    if gold is None or got is None:
        return gold == got
    a, b = comparable(gold), comparable(got)
    return a in b or b in a


# per shape: rows, days right, days expected, venues right, venues expected, parties right,
# parties expected, heads right, heads expected, invented (parties, people, days, venues)
_COLUMNS = 10


def _tally(row: Row) -> tuple[list[int], str | None]:
    found = extract(Article(id="probe", text=row.text, published=PUBLISHED)).agreements
    days = {a.signed_on for a in found if a.signed_on}
    venues = [a.venue for a in found if a.venue]
    parties = {comparable(p.name) for a in found for p in a.parties}
    people = {comparable(p.name) for a in found for p in a.representatives}
    gold_day = dt.date(2026, 3, row.day) if row.day else None
    day_ok = gold_day in days if gold_day else not days
    venue_ok = any(_same_venue(row.venue, v) for v in venues) if row.venue else not venues
    gold_parties = {comparable(n) for n in row.parties}
    gold_people = {comparable(n) for n in row.people}
    invented = (len(parties - gold_parties) + len(people - gold_people)
                + len(days - {gold_day}) + (len(venues) if not row.venue else 0))
    counts = [1, int(bool(gold_day) and day_ok), int(bool(gold_day)),
              int(bool(row.venue) and venue_ok), int(bool(row.venue)),
              len(parties & gold_parties), len(gold_parties),
              len(people & gold_people), len(gold_people), invented]
    wrong = not (day_ok and venue_ok) or parties != gold_parties or people != gold_people
    note = (f"[{row.shape}] {row.text!r}\n   days {sorted(map(str, days))} venues {venues} "
            f"parties {sorted(parties)} people {sorted(people)}")
    return counts, note if wrong else None


def _line(label: str, t: list[int]) -> str:
    return (f"{label:<22} {t[0]:>4} {t[1]:>3}/{t[2]:<3} {t[3]:>3}/{t[4]:<3} {t[5]:>3}/{t[6]:<3} "
            f"{t[7]:>3}/{t[8]:<3} {t[9]:>8}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="print each row's misses and extras")
    args = parser.parse_args(argv)
    by_shape: dict[str, list[int]] = defaultdict(lambda: [0] * _COLUMNS)
    notes = []
    for row in ROWS:
        counts, note = _tally(row)
        by_shape[row.shape] = [a + b for a, b in zip(by_shape[row.shape], counts, strict=True)]
        if note:
            notes.append(note)
    print(f"{'shape':<22} {'rows':>4} {'day':>7} {'venue':>7} {'parties':>7} {'heads':>7} "
          f"{'invented':>8}")
    for shape, tally in by_shape.items():
        print(_line(shape, tally))
    print(_line("all", [sum(col) for col in zip(*by_shape.values(), strict=True)]))
    if args.misses:
        print("\n".join(notes))
    return 0


if __name__ == "__main__":
    sys.exit(main())
