"""Parties named in another sentence than the signing: invented articles, scored by frame.

Each row is a frame of the genre in which the signing sentence does not name (all) its
parties and another sentence does: the parties named in the sentence before and the signing
sentence standing for them by an anaphor or a count ("이들 기관은", "양 기관은", "세 회사는",
"4개 기관은", "참여 기관들은"), the counts agreeing or not; the names given after the signing
("협약 참여 기관은 …이다", "협약에는 …이 참여했다/함께했다", "…을 비롯해"), or by the staff
attending the ceremony of a signing that names no party. Negative rows ("NOT: …") put a
sentence listing bodies that are no parties (guests, sponsors, an earlier agreement's
partners, a collective whose count does not match) near the signing; their parties are what
the signing sentence names and nothing more. ``GUIDELINES.md``: a guest, a sponsor or a body
that only witnessed is no party; bodies whose staff attend their own agreement's ceremony are
(the tune gold lists them).

Batch 2 was written after batch 1's fixes, batch 3 (bare names with no ending listed before
a collective that counts them) after batch 2's; each scored first on main before its fixes.

It runs ``extract`` on each article and compares the parties of all its agreements with the
row's (the names, spaces ignored), printing precision and recall by frame, the total, the
agreements found with no party at all (a partyless node in the graph) and the areas that are
a party's name, and with ``--misses`` each row's misses and extras.

    .venv/bin/python bench/partyprobe.py            # the table by frame
    .venv/bin/python bench/partyprobe.py --misses   # and each row's misses and extras

No sentence here comes from a dev article: the names, topics and words are our own.
"""
from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from mougraph.extract import extract
from mougraph.model import Article

sys.path.insert(0, str(Path(__file__).resolve().parent))
from areaprobe import prf  # noqa: E402  (precision, recall, F1 as score.py counts them)

FOUR = "가온시와 누리대학교, 가온상공회의소, 한빛테크노파크"
FOUR_PARTIES = ("가온시", "누리대학교", "가온상공회의소", "한빛테크노파크")
SIGN = "15일 시청에서 청년 일자리 창출을 위한 업무협약을 체결했다."
PAIR = ("가온시", "누리대학교")
LEAD = "가온시는 15일 시청에서 누리대학교와 청년 일자리 업무협약을 체결했다. "


@dataclass(frozen=True)
class Row:
    frame: str
    text: str
    parties: tuple[str, ...]


def _before() -> list[Row]:
    """The parties named in the sentence before, the signing sentence standing for them."""
    r = Row
    return [
        r("before: 이들 기관", f"{FOUR} 등 4개 기관이 청년 일자리 창출에 힘을 모았다. 이들 기관은 "
          + SIGN, FOUR_PARTIES),
        r("before: 이들 기관", f"{FOUR}가 청년 일자리 창출에 힘을 모은다. 이들 기관은 " + SIGN,
          FOUR_PARTIES),
        r("before: 이들 기관", "가온시를 비롯해 누리대학교, 가온상공회의소 등 3개 기관이 "
          "청년 일자리 창출에 나섰다. 이들 기관은 " + SIGN, FOUR_PARTIES[:3]),
        r("before: 양/두 기관", "가온시와 누리대학교가 청년 일자리 창출에 손을 잡았다. 양 기관은 "
          + SIGN, PAIR),
        r("before: 양/두 기관", "가온시와 누리대학교가 청년 창업 지원에 힘을 모은다. 두 기관은 "
          + SIGN, PAIR),
        r("before: 양/두 기관", "가온시, 누리대학교 등 2개 기관이 청년 창업 지원에 나선다. 두 "
          "기관은 " + SIGN, PAIR),
        r("before: N개 기관", f"{FOUR} 등 4개 기관이 청년 일자리 창출에 힘을 모았다. 4개 기관은 "
          + SIGN, FOUR_PARTIES),
        r("before: N개 기관", f"{FOUR} 등 4개 기관이 청년 일자리 창출에 힘을 모았다. 네 기관은 "
          + SIGN, FOUR_PARTIES),
        r("before: N개 기관", "가온시와 누리대학교, 가온상공회의소가 청년 일자리 창출에 힘을 "
          "모은다. 세 기관은 " + SIGN, FOUR_PARTIES[:3]),
        r("before: 세 회사", "솔빛테크와 미르전자, 한결소재가 배터리 재활용에 손을 잡았다. 세 "
          "회사는 15일 본사에서 업무협약을 체결했다.", ("솔빛테크", "미르전자", "한결소재")),
        r("before: 세 회사", "솔빛테크와 미르전자가 배터리 재활용에 손을 잡았다. 두 회사는 15일 "
          "본사에서 업무협약을 맺었다.", ("솔빛테크", "미르전자")),
        r("before: 참여/관계 기관들", "가온시와 누리대학교, 가온경찰서가 청소년 보호에 힘을 "
          "모은다. 참여 기관들은 15일 시청에서 업무협약을 체결했다.",
          ("가온시", "누리대학교", "가온경찰서")),
        r("before: 참여/관계 기관들", "가온시와 누리대학교, 가온경찰서가 청소년 보호에 힘을 "
          "모은다. 관계 기관들은 15일 시청에서 업무협약을 체결했다.",
          ("가온시", "누리대학교", "가온경찰서")),
        r("before: N곳", f"{FOUR} 등 4곳이 청년 일자리 창출에 힘을 모은다. 이들 4곳은 " + SIGN,
          FOUR_PARTIES),
        r("before: named again", "가온시 등 4개 기관이 청년 일자리 창출에 힘을 모았다. "
          f"{FOUR}는 " + SIGN, FOUR_PARTIES),
        r("before: named again", "가온시 등 4개 기관이 청년 일자리 창출에 힘을 모았다. "
          f"{FOUR}는 15일 시청에서 업무협약을 체결했다.", FOUR_PARTIES),
        r("before: named again", "가온시와 누리대학교가 청년 창업에 힘을 모은다. 가온시와 "
          "누리대학교는 " + SIGN, PAIR),
    ]


def _after() -> list[Row]:
    """The names given after the signing sentence."""
    r = Row
    what = "누리대학교, 가온상공회의소, 한빛테크노파크, 가온고용복지센터"
    all5 = ("가온시", "누리대학교", "가온상공회의소", "한빛테크노파크", "가온고용복지센터")
    kinds = "가온시는 15일 시청에서 지역 기관들과 청년 일자리 업무협약을 체결했다. "
    return [
        r("after: 참여 기관은 …이다", kinds + f"협약 참여 기관은 {what} 등 4곳이다.", all5),
        r("after: 참여 기관은 …이다", kinds + f"참여 기관은 {what}이다.", all5),
        r("after: 참여 기관은 …이다", "가온시는 15일 시청에서 지역 대학 3곳과 업무협약을 체결했다. "
          "협약 대상 대학은 누리대학교, 한빛대학교, 다솜대학교다.",
          ("가온시", "누리대학교", "한빛대학교", "다솜대학교")),
        r("after: 협약에는 …참여", "가온시는 15일 시청에서 관내 4개 기관과 청년 일자리 업무협약을 "
          f"체결했다. 협약에는 {what}가 참여했다.", all5),
        r("after: 협약에는 …참여", kinds + f"이번 협약에는 {what}가 함께했다.", all5),
        r("after: 협약에는 …참여", kinds + f"협약에는 {what} 등 4개 기관이 참여했다.", all5),
        r("after: 을 비롯해", kinds + "이번 협약에는 누리대학교를 비롯해 가온상공회의소, "
          "한빛테크노파크 등 3개 기관이 참여했다.", all5[:4]),
        r("after: anaphor first", "양 기관은 15일 시청에서 청년 일자리 업무협약을 체결했다. "
          "협약 기관은 가온시와 누리대학교다.", PAIR),
    ]


def _ceremony() -> list[Row]:
    """A ceremony whose parties are the bodies whose staff or heads attend it."""
    r = Row
    held = "청년 일자리 업무협약식이 15일 가온시청에서 열렸다. "
    return [
        r("ceremony: staff attend", held + "이날 협약식에는 가온시와 누리대학교, 가온상공회의소 "
          "관계자 30여명이 참석했다.", FOUR_PARTIES[:3]),
        r("ceremony: staff attend", held + "이날 협약식에는 가온시, 누리대학교 관계자 20여명이 "
          "참석했다.", PAIR),
        r("ceremony: heads attend", held + "이날 협약식에는 김다온 가온시장, 박하늘 누리대학교 "
          "총장 등이 참석해 협약서에 서명했다.", PAIR),
    ]


def _negative() -> list[Row]:
    """Bodies that are no parties, near the signing."""
    r = Row
    return [
        r("NOT: earlier partners", LEAD + "시는 지난해 한빛대학교, 다솜병원과도 협약을 맺었다.",
          PAIR),
        r("NOT: earlier partners", "가온시는 15일 시청에서 지역 기관들과 청년 일자리 업무협약을 "
          "체결했다. 앞서 시는 지난해 한빛대학교, 다솜병원과 협약을 맺은 바 있다.", ("가온시",)),
        r("NOT: guests", LEAD + "이날 협약식에는 한빛신문, 다솜은행, 가온방송 관계자들이 참석해 "
          "축하했다.", PAIR),
        r("NOT: guests", LEAD + "협약식에는 한빛재단 이사장 등 내빈 20여명이 함께했다.", PAIR),
        r("NOT: guests", "청년 일자리 업무협약식이 15일 가온시청에서 열렸다. 이날 협약식에는 "
          "한빛신문과 다솜은행 관계자들이 참석해 축하했다.", ()),
        r("NOT: sponsors", LEAD + "이번 사업은 한빛재단과 다솜은행이 후원한다.", PAIR),
        r("NOT: sponsors", "한빛재단과 다솜은행, 가온방송이 후원하는 청년 박람회가 15일 열렸다. "
          "가온시는 이날 누리대학교와 업무협약을 체결했다.", PAIR),
        r("NOT: count mismatch", "누리대학교, 한빛재단, 다솜은행이 청년 창업을 돕는다. 양 기관은 "
          + SIGN, ()),
        r("NOT: count mismatch", f"{FOUR} 등 4개 기관이 청년 일자리 창출에 힘을 모았다. 세 "
          "기관은 " + SIGN, ()),
        r("NOT: count mismatch", "가온시는 15일 시청에서 지역 기관 3곳과 청년 일자리 업무협약을 "
          "체결했다. 협약식에는 누리대학교와 한빛재단 관계자들이 참석했다.", ("가온시",)),
    ]


def _second() -> list[Row]:
    """Batch 2, written after batch 1's fixes and scored before any fix of its own."""
    r = Row
    what = "누리대학교, 가온상공회의소, 한빛테크노파크, 가온고용복지센터"
    all5 = ("가온시", "누리대학교", "가온상공회의소", "한빛테크노파크", "가온고용복지센터")
    three = FOUR_PARTIES[:3]
    return [
        r("2: before", "가온시·누리대학교·가온상공회의소가 청년 일자리 창출에 힘을 모은다. 이들 "
          "기관은 " + SIGN, three),
        r("2: before", "가온시는 누리대학교, 가온상공회의소와 함께 청년 일자리 창출에 나선다. 세 "
          "기관은 " + SIGN, three),
        r("2: before", "가온시와 누리대학교가 청년 일자리 창출에 손잡았다. 청년 유출이 심각하다는 "
          "판단에서다. 양 기관은 " + SIGN, PAIR),
        r("2: before", "가온시·누리대, 청년 일자리 맞손\n양 기관은 " + SIGN, ("가온시", "누리대")),
        r("2: after", "가온시는 15일 시청에서 지역 기관 4곳과 청년 일자리 업무협약을 체결했다. "
          f"협약에 참여한 기관은 {what}다.", all5),
        r("2: after", "가온시는 15일 시청에서 관계 기관들과 청년 일자리 업무협약을 체결했다. 이번 "
          "협약에는 누리대학교와 가온상공회의소가 함께했다.", three),
        r("2: after", "가온시는 15일 시청에서 지역 기관들과 청년 일자리 업무협약을 체결했다. 협약 "
          "기관은 ▲누리대학교 ▲가온상공회의소 ▲한빛테크노파크다.", FOUR_PARTIES),
        r("2: ceremony", "청년 일자리 업무협약 체결식이 15일 열렸다. 체결식에는 가온시, "
          "누리대학교, 가온상공회의소 임직원 40여명이 참석했다.", three),
        r("2: NOT", LEAD + "이날 행사에는 한빛재단, 다솜은행 등 후원 기관 관계자들도 참석했다.",
          PAIR),
        r("2: NOT", LEAD + "협약식에는 가온시의회 의장과 한빛도 관계자가 참석해 축하했다.", PAIR),
        r("2: NOT", "가온시는 15일 시청에서 지역 기관들과 청년 일자리 업무협약을 체결했다. 시는 "
          "앞서 누리대학교, 한빛대학교와 비슷한 협약을 맺었다.", ("가온시",)),
        r("2: NOT", "청년 일자리 업무협약식이 15일 열렸다. 협약식에는 한빛신문, 다솜방송 등 "
          "취재진이 함께했다.", ()),
        r("2: NOT", "한빛재단과 다솜은행이 후원하는 청년 박람회가 열린다. 이들 기관은 박람회에서 "
          "채용 상담을 맡는다. 가온시는 15일 누리대학교와 업무협약을 체결했다.", PAIR),
    ]


def _bare() -> list[Row]:
    """Batch 3: bare names (no ending) listed as the subject of the sentence before, a
    collective counting them; scored on ef3e3ef before the fix."""
    r = Row
    sign = "15일 본사에서 업무협약을 체결했다."
    two = ("한결소재", "루미스")
    return [
        r("3: bare before", "한결소재와 루미스가 이차전지 소재 국산화에 힘을 모은다. 두 회사는 "
          + sign, two),
        r("3: bare before", "한결소재, 루미스가 배터리 소재 공동 개발에 나선다. 양사는 " + sign,
          two),
        r("3: bare before", "솔빛테크와 미르전자, 한결소재가 이차전지 소재 국산화에 힘을 모은다. "
          "세 회사는 " + sign, ("솔빛테크", "미르전자", "한결소재")),
        r("3: bare before", "미르와 한결소재, 루미스가 배터리 재활용에 손을 잡았다. 세 회사는 "
          + sign, ("미르", "한결소재", "루미스")),
        r("3: bare before", "한결소재와 루미스가 이차전지 소재 국산화에 힘을 모은다. 소재 자립을 "
          "위해서다. 두 회사는 " + sign, two),
        r("3: NOT bare", "한결소재와 루미스, 미르가 이차전지 소재 국산화에 힘을 모은다. 두 "
          "회사는 " + sign, ()),
        r("3: NOT bare", "솔빛테크는 미르전자, 한결소재의 부품을 쓴다. 세 회사는 " + sign, ()),
        r("3: NOT bare", "정부와 기업, 대학이 이차전지 소재 국산화에 힘을 모은다. 세 주체는 "
          + sign, ()),
        r("3: NOT bare", "산업계와 학계, 연구계가 이차전지 소재 국산화에 힘을 모은다. 세 기관은 "
          + sign, ()),
        r("3: NOT bare", "한결소재와 루미스가 이차전지 소재 국산화에 힘을 모은다. 협약식에는 "
          "내빈으로 미르와 다온이 참석했다. 두 회사는 " + sign, two),
        r("3: NOT bare", "미르와 다온이 내빈으로 함께한다. 두 회사는 " + sign, ()),
        r("3: NOT bare", "이차전지와 반도체, 소재가 국산화의 핵심이다. 세 회사는 " + sign, ()),
        r("3: NOT bare", "김다온과 이누리가 이차전지 소재 국산화에 힘을 모은다. 두 회사는 "
          + sign, ()),
    ]


ROWS = _before() + _after() + _ceremony() + _negative() + _second() + _bare()


def _key(name: str) -> str:
    return name.replace(" ", "")


def read(text: str) -> tuple[list[str], int, list[str]]:
    """The parties of every agreement ``extract`` finds in ``text`` (each once), how many of
    the agreements have no party, and the areas named as a party is."""
    found = extract(Article(id="probe", text=text)).agreements
    parties = list(dict.fromkeys(p.name for a in found for p in a.parties))
    names = {_key(p.name) for a in found for p in a.parties} | {_key(n) for n in ROWS_NAMES}
    areas = [x.label for a in found for x in a.areas if _key(x.label) in names]
    return parties, sum(not a.parties for a in found), areas


ROWS_NAMES = {n for row in ROWS for n in row.parties}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="print each row's misses and extras")
    args = parser.parse_args(argv)
    by_frame: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0, 0])
    notes = []
    for row in ROWS:
        pred, partyless, areas = read(row.text)
        gold = {_key(n) for n in row.parties}
        got = {_key(n) for n in pred}
        tp = len(gold & got)
        tally = by_frame[row.frame]
        for k, v in enumerate((1, tp, len(gold), len(got), partyless, len(areas))):
            tally[k] += v
        if gold != got or partyless or areas:
            notes.append(f"[{row.frame}] {row.text}\n   missed {sorted(gold - got)} extra "
                         f"{sorted(got - gold)} partyless {partyless} "
                         f"area-party {areas}")
    print(f"{'frame':<28} {'rows':>4} {'P':>6} {'R':>6} {'F1':>6} {'no-party':>8} "
          f"{'area=party':>10}")
    total = [0] * 6
    for frame, tally in by_frame.items():
        total = [a + b for a, b in zip(total, tally, strict=True)]
        p, r, f = prf(*tally[1:4])
        print(f"{frame:<28} {tally[0]:>4} {p:>6.3f} {r:>6.3f} {f:>6.3f} {tally[4]:>8} "
              f"{tally[5]:>10}")
    for batch, mark in (("batch 1", ""), ("batch 2", "2:"), ("batch 3", "3:")):
        rows = [t for frame, t in by_frame.items()
                if (frame.startswith(mark) if mark else frame[:2] not in ("2:", "3:"))]
        sums = [sum(col) for col in zip(*rows, strict=True)]
        p, r, f = prf(*sums[1:4])
        print(f"{batch:<28} {sums[0]:>4} {p:>6.3f} {r:>6.3f} {f:>6.3f} {sums[4]:>8} "
              f"{sums[5]:>10}")
    p, r, f = prf(*total[1:4])
    print(f"{'all':<28} {total[0]:>4} {p:>6.3f} {r:>6.3f} {f:>6.3f} {total[4]:>8} {total[5]:>10}")
    if args.misses:
        print("\n".join(notes))
    return 0


if __name__ == "__main__":
    sys.exit(main())
