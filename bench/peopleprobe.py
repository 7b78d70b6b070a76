"""People and the labels a user sees: invented articles, scored by frame for precision first.

A researcher who publishes the network cannot tell an invented person from a real one, and an
odd label ("#가온시") shows in every view; extra people and extra bodies are errors as much as
missed ones. Each row is an invented article of the genre (a signing and the sentences around
it) with its gold parties and representatives (``../shared/eval/GUIDELINES.md``: each person
signing, attending for, heading or speaking for a party; not reporters, photographers or
people of non-party bodies). Frames:

- *title + noun*: a title followed by an ordinary noun with its particle, which reads like
  the name after a title ("총장 인사말이 이어졌다", "대표 명의로 서명했다", 축사, 환영사, 기념사,
  발표, 제안, 요청, 주재, 임기, 재임, 취임, 당시, 측, 일행);
- *title + verb*: a title before a verbal noun ("총장 취임 후", "시장 방문 때");
- *title in a compound*: "대표단", "회장단", "시장 상인회", "사장님";
- *non-party people*: guests, a master of ceremonies, reporters, photographers, a lecturer;
- *name-shaped body*: a body whose name is shaped like a person's ("이로움", "한울림");
- *real names* (positive rows, so recall is watched too): names of two and four syllables,
  rare family names, a given name 도;
- *labels*: a hashtag line, "[가온시]" tags, a party followed by 측/쪽.

It runs ``extract`` on each article and prints by frame and batch: people P / R (names,
spaces ignored), the invented people (names no gold lists) and invented parties, and the odd
labels (a party's or a person's name holding #, brackets, or a party's a particle or 측
left on); with
``--misses`` each row's misses and extras.

    .venv/bin/python bench/peopleprobe.py            # the table by frame
    .venv/bin/python bench/peopleprobe.py --misses   # and each row's misses and extras

Batch 1 (46 rows) was written and scored on main 45cab89 before any fix; batch 2 ("2: …", 25
rows) after batch 1's fixes, batch 3 ("3: …", 23) after batch 2's, batch 4 ("4: …", 17: what
belongs to an office holder, captions, quotes, 씨) after batch 3's, batch 5 ("5: …", 8: bodies
shaped like a name beside a real one) after batch 4's, each scored before any fix of its own.
First scores, people P / R, invented people, invented parties, odd labels: batch 1 .727 /
.941, 6, 2, 1; batch 2 .875 / .875, 1, 0, 0; batch 3 .889 / .889, 1, 0, 0; batch 4 .556 /
1.000, 8, 0, 0 (the probe then also flagged a person's name ending in 은 as odd: a false
alarm, the measure now flags only marks in a person's name); batch 5 1.000 / .571, 0, 0, 0.
After the fixes batches 1-4 are 1.000 / 1.000, batch 5 1.000 / .857, all with 0, 0, 0. The
column of people given to a body that is no party was added after batch 4's fixes (0 on main
too). Batch 6 ("6: …", 13 rows: a title with its particle after name and body, two holders of
one title, a bare partner Kiwi reads as an adjective and a noun) was written after the
linkgaps fixes, so its first score is main's before them: 1.000 / .583, 0, 0, 0; after them
1.000 / 1.000, 0, 0, 0. Batch 7 ("7: …", 30 rows: a Chinese name family first after its
company, a transcribed name before a long C-level title, a company's branch between the
company and its head, a title with no body whose one fitting party is told before, and their
neighbours) was written before the people19 fixes: main b8aa24dd scored it 1.000 / .618, 0
invented people, 3 invented parties, 0 odd, 1 person given to no party; after them 1.000 /
.971, 0, 0, 0, 0 (the miss left: a bare partner "현지 부품사 탄롱과" the signing reader does
not take, so its head has no party). Parties missed are not counted: a person of a party the
signing does not read is missed here though the people reader finds them.

No sentence here comes from a dev article: the names, topics and words are our own.
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from mougraph.extract import extract
from mougraph.model import Article

sys.path.insert(0, str(Path(__file__).resolve().parent))
from areaprobe import prf  # noqa: E402  (precision, recall, F1 as score.py counts them)

SIGN = "가온시는 15일 시청에서 누리대학교와 청년 일자리 업무협약을 체결했다. "
PAIR = ("가온시", "누리대학교")
FIRMS = "솔빛테크는 15일 본사에서 미르전자와 부품 공동 개발 업무협약을 체결했다. "
FIRM_PAIR = ("솔빛테크", "미르전자")
# what a label a user sees must not hold: a tag's or a bracket's mark; a party's, a particle or
# 측/쪽 left on (a person's name may end in 은 or 이: 편다은)
ODD_LABEL = re.compile(r"[#\[\]()【】<>]")
ODD_PARTY = re.compile(r"(?:측|쪽|은|는|이|가|을|를|의|과|와)$")


@dataclass(frozen=True)
class Row:
    frame: str
    text: str
    parties: tuple[str, ...]
    people: tuple[str, ...] = ()


def _title_noun() -> list[Row]:
    """A title followed by an ordinary noun and its particle: no name."""
    r = Row
    return [
        r("title + noun", SIGN + "협약식은 김다온 가온시장의 인사말로 시작해 누리대학교 총장 "
          "인사말이 이어졌다.", PAIR, ("김다온",)),
        r("title + noun", FIRMS + "협약서는 양사 대표 명의로 서명했다.", FIRM_PAIR),
        r("title + noun", SIGN + "이날 행사는 누리대학교 총장 축사로 막을 열었다.", PAIR),
        r("title + noun", SIGN + "협약식은 가온시장 환영사에 이어 협약서 서명 순으로 진행됐다.",
          PAIR),
        r("title + noun", SIGN + "누리대학교 총장 기념사가 끝난 뒤 기념촬영이 이어졌다.", PAIR),
        r("title + noun", SIGN + "이어 누리대학교 총장 발표가 있었다.", PAIR),
        r("title + noun", SIGN + "이번 협약은 가온시장 제안으로 성사됐다.", PAIR),
        r("title + noun", SIGN + "협약은 누리대학교 총장 요청에 따라 마련됐다.", PAIR),
        r("title + noun", SIGN + "협약식은 가온시장 주재로 열렸다.", PAIR),
        r("title + noun", SIGN + "박하늘 누리대학교 총장은 총장 임기 중 지역과의 상생을 "
          "강조했다.", PAIR, ("박하늘",)),
        r("title + noun", SIGN + "김다온 가온시장은 시장 재임 기간 청년 정책에 힘써 왔다.",
          PAIR, ("김다온",)),
        r("title + noun", SIGN + "협약식에는 누리대학교 총장 일행이 참석했다.", PAIR),
        r("title + noun", SIGN + "누리대학교 총장 측은 협약 내용을 환영했다.", PAIR),
        r("title + noun", SIGN + "가온시는 시장 당시 공약을 이번 협약으로 이행했다고 밝혔다.",
          PAIR),
        r("title + noun", FIRMS + "미르전자 대표 인사말에서 상생을 강조했다.", FIRM_PAIR),
    ]


def _title_verb() -> list[Row]:
    """A title before a verbal noun."""
    r = Row
    return [
        r("title + verb", SIGN + "이번 협약은 누리대학교 총장 취임 후 첫 협약이다.", PAIR),
        r("title + verb", SIGN + "가온시장 방문 때 논의가 시작됐다.", PAIR),
        r("title + verb", SIGN + "누리대학교는 총장 부임 이후 지역 협력을 넓혀 왔다.", PAIR),
        r("title + verb", FIRMS + "미르전자는 대표 교체 이후 첫 협약이라고 설명했다.", FIRM_PAIR),
    ]


def _compound() -> list[Row]:
    """A title inside a compound noun."""
    r = Row
    return [
        r("title in compound", SIGN + "협약식에는 가온시 대표단이 참석했다.", PAIR),
        r("title in compound", "가온상공회의소는 15일 누리대학교와 인재 양성 업무협약을 체결했다. "
          "협약식에는 가온상공회의소 회장단이 참석했다.", ("가온상공회의소", "누리대학교")),
        r("title in compound", "누리대학교는 15일 한빛시장 상인회와 전통시장 활성화 업무협약을 "
          "체결했다.", ("누리대학교", "한빛시장 상인회")),
        r("title in compound", SIGN + "행사에는 가온시 음식점 사장님들도 함께했다.", PAIR),
        r("title in compound", SIGN + "협약서는 누리대학교 총장실에서 교환했다.", PAIR),
    ]


def _non_party() -> list[Row]:
    """People of bodies that are no parties, and people of no body."""
    r = Row
    return [
        r("non-party people", SIGN + "이날 행사 사회는 한빛방송 이하늘 아나운서가 맡았다.", PAIR),
        r("non-party people", SIGN + "협약식에는 한빛재단 서다온 이사장이 내빈으로 참석해 축사를 "
          "했다.", PAIR),
        r("non-party people", SIGN + "협약식 뒤 한빛연구원 최다온 박사가 특강을 했다.", PAIR),
        r("non-party people", "[한빛일보 김솔 기자] " + SIGN, PAIR),
        r("non-party people", SIGN + "사진=한빛일보 나누리 기자", PAIR),
        r("non-party people", SIGN + "협약식에는 한빛신문 대표와 다솜은행 지점장이 참석해 "
          "축하했다.", PAIR),
        r("non-party people", SIGN + "협약식에는 이하람 가온시의회 의장이 참석해 축하했다.", PAIR),
    ]


def _name_shaped() -> list[Row]:
    """A body whose name is shaped like a person's."""
    r = Row
    return [
        r("name-shaped body", "가온시는 15일 시청에서 이로움과 사회적경제 업무협약을 체결했다.",
          ("가온시", "이로움")),
        r("name-shaped body", "가온시는 15일 시청에서 사회적협동조합 한울림과 돌봄 업무협약을 "
          "체결했다. 협약식에는 김다온 가온시장과 한울림 박솔 대표가 참석했다.",
          ("가온시", "한울림"), ("김다온", "박솔")),
        r("name-shaped body", "누리대학교는 15일 정다운과 청년 창업 업무협약을 체결했다고 밝혔다.",
          ("누리대학교", "정다운")),
    ]


def _real_names() -> list[Row]:
    """Names of two and four syllables and rare family names: real people."""
    r = Row
    return [
        r("real names", SIGN + "협약서에는 김솔 가온시장과 박온 누리대학교 총장이 서명했다.",
          PAIR, ("김솔", "박온")),
        r("real names", SIGN + "협약식에는 남궁다온 가온시장과 선우하늘 누리대학교 총장이 "
          "참석했다.", PAIR, ("남궁다온", "선우하늘")),
        r("real names", SIGN + "협약식에는 편하늬 가온시장과 빈소율 누리대학교 총장이 참석했다.",
          PAIR, ("편하늬", "빈소율")),
        r("real names", "가온재단은 15일 누리대학교와 장학 업무협약을 체결했다. 협약식에는 곽도 "
          "가온재단 이사장과 탁하람 누리대학교 총장이 참석했다.", ("가온재단", "누리대학교"),
          ("곽도", "탁하람")),
        r("real names", SIGN + "협약서에는 가온시장 옥다온, 누리대학교 총장 제갈누리가 서명했다.",
          PAIR, ("옥다온", "제갈누리")),
        r("real names", FIRMS + "서명은 솔빛테크 대표 황보솔과 미르전자 대표 석하람이 했다.",
          FIRM_PAIR, ("황보솔", "석하람")),
    ]


def _labels() -> list[Row]:
    """What a user sees: tags, a hashtag line, a party followed by 측/쪽."""
    r = Row
    return [
        r("labels", SIGN + "\n#가온시 #누리대학교 #청년일자리", PAIR),
        r("labels", "[가온시] " + SIGN, PAIR),
        r("labels", "[가온시]누리대학교와 청년 일자리 협약\n" + SIGN, PAIR),
        r("labels", SIGN + "누리대학교 측은 학생 취업에 도움이 될 것이라고 밝혔다.", PAIR),
        r("labels", SIGN + "가온시 쪽은 예산 지원을 약속했다.", PAIR),
        r("labels", "#가온시 #누리대학교 업무협약\n" + SIGN, PAIR),
    ]


def _second() -> list[Row]:
    """Batch 2, written after batch 1's fixes and scored before any fix of its own."""
    r = Row
    city = "다솔군은 20일 군청에서 한결대학교와 농촌 인력 업무협약을 체결했다. "
    two = ("다솔군", "한결대학교")
    return [
        r("2: title + noun", city + "이어 한결대학교 총장 격려사와 다솔군수 축전 낭독이 있었다.",
          two),
        r("2: title + noun", city + "협약서에는 양 기관장 직인이 찍혔다.", two),
        r("2: title + noun", city + "이번 협약은 다솔군수 공약 사업의 하나다.", two),
        r("2: title + noun", city + "행사는 한결대학교 총장 소개로 시작됐다.", two),
        r("2: title + noun", city + "한결대학교 이사장 인사말씀에 이어 기념촬영을 했다.", two),
        r("2: title + noun", city + "군은 군수 지시로 전담팀을 꾸렸다.", two),
        r("2: title + verb", city + "이번 협약은 한결대학교 총장 선임 이후 첫 대외 협력이다.", two),
        r("2: title + verb", city + "유하온 다솔군수는 군수 재임 시절부터 농촌 인력 문제에 힘썼다.",
          two, ("유하온",)),
        r("2: compound", city + "협약식에는 한결대학교 사장단과 이사회 임원들이 참석했다.", two),
        r("2: compound", city + "양 기관은 한결대학교 총장배 농구대회도 함께 열기로 했다.", two),
        r("2: compound", city + "협약서는 한결대학교 원장실에서 교환했다.", two),
        r("2: non-party", city + "사회를 맡은 다솔방송 남궁솔 아나운서가 행사를 진행했다.", two),
        r("2: non-party", city + "강사로 나선 한빛농업연구소 오하린 소장이 특강을 했다.", two),
        r("2: non-party", city + "협약식에는 주다온 다솔군의회 의장이 내빈으로 참석했다.", two),
        r("2: non-party", "(다솔=한빛뉴스) 권다은 기자 = " + city, two),
        r("2: name-shaped body", "다솔군은 20일 군청에서 마중물과 청년 농업 업무협약을 체결했다. "
          "협약식에는 정하늘 마중물 대표가 참석했다.", ("다솔군", "마중물"), ("정하늘",)),
        r("2: name-shaped body", "한결대학교는 20일 하나로와 현장실습 업무협약을 체결했다.",
          ("한결대학교", "하나로")),
        r("2: real names", city + "협약서에는 육하늘 다솔군수와 독고누리 한결대학교 총장이 "
          "서명했다.", two, ("육하늘", "독고누리")),
        r("2: real names", city + "협약식에는 어다온 다솔군수와 예솔 한결대학교 총장이 참석했다.",
          two, ("어다온", "예솔")),
        r("2: real names", "솔빛테크는 20일 본사에서 미르전자와 협약을 맺었다. 서명은 솔빛테크 "
          "권도 대표와 미르전자 사공하린 대표가 했다.", FIRM_PAIR, ("권도", "사공하린")),
        r("2: labels", "다솔군은 20일 군청에서 누리전자과 지역 인재 양성 업무협약을 체결했다.",
          ("다솔군", "누리전자")),
        r("2: labels", "[단독] 다솔군, 한결대학교와 농촌 인력 협약\n" + city, two),
        r("2: labels", city + "\n#다솔군 #한결대학교 #농촌인력", two),
        r("2: labels", city + "한결대학교 측과 다솔군 측은 실무협의회를 두기로 했다.", two),
        r("2: labels", "㈜솔빛테크는 20일 본사에서 미르전자㈜와 협약을 맺었다.", FIRM_PAIR),
    ]


def _third() -> list[Row]:
    """Batch 3, written after batch 2's fixes and scored before any fix of its own."""
    r = Row
    lead = "새봄시는 3일 시청에서 다온대학교와 지역 상생 업무협약을 체결했다. "
    two = ("새봄시", "다온대학교")
    return [
        r("3: title + noun", lead + "협약식에는 다온대학교 총장 이하 보직교수들이 참석했다.", two),
        r("3: title + noun", lead + "협약식에는 새봄시장 등 관계자 20여명이 참석했다.", two),
        r("3: title + noun", lead + "다온대학교는 총장 연임 이후 대외 협력을 넓히고 있다.", two),
        r("3: title + noun", lead + "새봄시는 시장 면담 자리에서 협약을 제안받았다.", two),
        r("3: title + noun", lead + "다온대학교 총장 추천으로 학생 10명이 먼저 참여한다.", two),
        r("3: title + noun", lead + "새봄시장 초청으로 다온대학교 교직원들이 시청을 찾았다.", two),
        r("3: title + noun", lead + "다온대학교는 이사장 직무대행 체제다.", two),
        r("3: reporters", "글·사진 윤다솜 기자\n" + lead, two),
        r("3: reporters", lead + "/새봄=하도윤 통신원", two),
        r("3: non-party", lead + "이날 토론 좌장은 한빛연구원 박솔 원장이 맡았다.", two),
        r("3: non-party", lead + "축사를 한 새봄시의회 변하늘 의장은 협약을 반겼다.", two),
        r("3: non-party", lead + "명예홍보대사인 배우 최누리 씨도 자리를 함께했다.", two),
        r("3: name-shaped body", "새봄시는 3일 시청에서 이하람치과와 구강 건강 업무협약을 "
          "체결했다.", ("새봄시", "이하람치과")),
        r("3: name-shaped body", "다온대학교는 3일 김솔법률사무소와 법률 자문 업무협약을 "
          "체결했다. 협약식에는 김솔 대표 변호사가 참석했다.", ("다온대학교", "김솔법률사무소"),
          ("김솔",)),
        r("3: real names", lead + "협약서에는 맹하늘 새봄시장과 함다온 다온대학교 총장이 "
          "서명했다.", two, ("맹하늘", "함다온")),
        r("3: real names", lead + "협약식에는 엄솔 새봄시장과 모하람 다온대학교 총장이 참석했다.",
          two, ("엄솔", "모하람")),
        r("3: real names", lead + "이날 탁도 새봄시장은 협약서에 서명했다.", two, ("탁도",)),
        r("3: aside", "새봄시(시장 여하늘)는 3일 다온대학교(총장 소누리)와 지역 상생 업무협약을 "
          "체결했다.", two, ("여하늘", "소누리")),
        r("3: aside", "솔빛테크(대표 석하람)는 3일 미르전자와 부품 협약을 맺었다.", FIRM_PAIR,
          ("석하람",)),
        r("3: labels", "【새봄시】 " + lead, two),
        r("3: labels", "<새봄시> " + lead, two),
        r("3: labels", lead + "새봄시 측 관계자는 예산을 지원하겠다고 말했다.", two),
        r("3: labels", "솔빛테크(주)는 3일 본사에서 미르전자와 부품 협약을 맺었다.", FIRM_PAIR),
    ]


def _fourth() -> list[Row]:
    """Batch 4, written after batch 3's fixes and scored before any fix of its own: ordinary
    words with a subject's or an object's particle after a title, captions, quotes, 씨."""
    r = Row
    lead = "하람군은 8일 군청에서 솔내대학교와 귀농 지원 업무협약을 체결했다. "
    two = ("하람군", "솔내대학교")
    return [
        r("4: title + noun", lead + "이번 협약에는 하람군수 구상이 담겼다.", two),
        r("4: title + noun", lead + "솔내대학교 총장 지론이 협약의 바탕이 됐다.", two),
        r("4: title + noun", lead + "하람군수 임기가 끝나기 전에 사업을 마무리한다.", two),
        r("4: title + noun", lead + "협약서에는 솔내대학교 총장 서신이 첨부됐다.", two),
        r("4: title + noun", lead + "이는 하람군수 소신을 반영한 것이다.", two),
        r("4: title + noun", lead + "솔내대학교 총장 전화를 받은 군수가 협약을 서둘렀다.", two),
        r("4: title + noun", lead + "협약식에는 하람군수 부친도 자리했다.", two),
        r("4: title + noun", lead + "하람군수 신념이 협약으로 이어졌다.", two),
        r("4: title + noun", lead + "솔내대학교 총장 인선이 늦어져 협약이 미뤄졌었다.", two),
        r("4: quotes", lead + "석누리 하람군수는 \"귀농인의 정착을 돕겠다\"고 말했다.", two,
          ("석누리",)),
        r("4: quotes", lead + "\"지역과 함께 크겠다\"고 강조한 변다온 솔내대학교 총장은 협약서에 "
          "서명했다.", two, ("변다온",)),
        r("4: caption", lead + "\n사진 왼쪽부터 채하늘 솔내대학교 총장, 길다솜 하람군수.", two,
          ("채하늘", "길다솜")),
        r("4: caption", "채하늘 솔내대학교 총장(오른쪽)과 길다솜 하람군수가 협약서를 들고 있다.\n"
          + lead, two, ("채하늘", "길다솜")),
        r("4: 씨", lead + "이날 행사에는 귀농인 대표 나하늘 씨가 사례를 발표했다.", two),
        r("4: 씨", lead + "귀농 10년차인 봉다온(52) 씨도 참석했다.", two),
        r("4: real names", lead + "서명은 금솔 하람군수와 경하람 솔내대학교 총장이 했다.", two,
          ("금솔", "경하람")),
        r("4: real names", lead + "협약식에는 편다은 하람군수와 은하솔 솔내대학교 총장이 참석했다.",
          two, ("편다은", "은하솔")),
    ]


def _fifth() -> list[Row]:
    """Batch 5, written after batch 4's fixes and scored before any fix of its own: bodies
    whose name is shaped like a person's, beside a real name."""
    r = Row
    city = "가온시는 8일 시청에서 "
    return [
        r("5: name-shaped body", city + "한빛과 청년 창업 업무협약을 체결했다. 협약식에는 한빛 "
          "김다온 대표가 참석했다.", ("가온시", "한빛"), ("김다온",)),
        r("5: name-shaped body", city + "한결과 청년 창업 업무협약을 체결했다. 협약식에는 한결 "
          "이준 대표가 참석했다.", ("가온시", "한결"), ("이준",)),
        r("5: name-shaped body", city + "이음과 돌봄 업무협약을 체결했다. 협약식에는 김다온 이음 "
          "대표가 참석했다.", ("가온시", "이음"), ("김다온",)),
        r("5: name-shaped body", city + "고운과 돌봄 업무협약을 체결했다. 협약서에는 고운 대표 "
          "최솔빛이 서명했다.", ("가온시", "고운"), ("최솔빛",)),
        r("5: name-shaped body", city + "조은협동조합과 돌봄 업무협약을 체결했다. 협약식에는 "
          "조은협동조합 윤솔 이사장이 참석했다.", ("가온시", "조은협동조합"), ("윤솔",)),
        r("5: name-shaped body", city + "안심과 안전 업무협약을 체결했다. 협약식에는 안심 나하람 "
          "대표와 박누리 가온시장이 참석했다.", ("가온시", "안심"), ("나하람", "박누리")),
        r("5: name-shaped body", city + "주식회사 정다운과 청년 창업 업무협약을 체결했다.",
          ("가온시", "정다운")),
        r("5: name-shaped body", city + "이로움과 청년 창업 업무협약을 체결했다. 이로움은 "
          "사회적기업이다.", ("가온시", "이로움")),
    ]


def _sixth() -> list[Row]:
    """Batch 6, the three shapes of the linkgaps round (written after their fixes, scored on
    main first): a name, body, title with a particle on the title; two holders of one title;
    a bare partner Kiwi reads as an adjective and a noun, backed by the article."""
    r = Row
    city = "가온시는 8일 시청에서 "
    bio = city + "누리바이오와 청년 창업 업무협약을 체결했다. "
    return [
        r("6: title particle", city + "다솜대학교와 청년 창업 업무협약을 체결했다. 최누리 다솜대 "
          "총장이 협약서에 서명했다.", ("가온시", "다솜대학교"), ("최누리",)),
        r("6: title particle", city + "하늬소프트와 청년 창업 업무협약을 체결했다. 협약식에서 "
          "윤가람 하늬소프트 대표는 상생을 강조했다.", ("가온시", "하늬소프트"), ("윤가람",)),
        r("6: title particle", "솔내군은 8일 군청에서 누리대학교와 청년 창업 업무협약을 체결했다. "
          "권하늘 솔내군 부군수가 대신 서명했다.", ("솔내군", "누리대학교"), ("권하늘",)),
        r("6: title particle", city + "하늬소프트와 청년 창업 업무협약을 체결했다. 협약식에는 "
          "서다솜 한빛재단 이사장이 참석했다.", ("가온시", "하늬소프트")),
        r("6: title particle", city + "고운숲과 청년 창업 업무협약을 체결했다. 협약식에는 정누리 "
          "고운숲 대표가 참석했다.", ("가온시", "고운숲"), ("정누리",)),
        r("6: co-holders", bio + "협약서에는 누리바이오 공동대표 한가람·오다솜이 서명했다.",
          ("가온시", "누리바이오"), ("한가람", "오다솜")),
        r("6: co-holders", bio + "누리바이오 한가람과 오다솜 공동대표는 지역 인재를 채용하겠다고 "
          "밝혔다.", ("가온시", "누리바이오"), ("한가람", "오다솜")),
        r("6: co-holders", bio + "협약식에는 한가람·오다솜 씨가 참석했다.",
          ("가온시", "누리바이오")),
        r("6: co-holders", bio + "협약식에는 누리바이오 공동대표 한가람·가온시 부시장 오다솜이 "
          "참석했다.", ("가온시", "누리바이오"), ("한가람", "오다솜")),
        r("6: bare partner", city + "밝은길과 청년 창업 업무협약을 체결했다. 협약식에는 밝은길 "
          "이솔 대표가 참석했다.", ("가온시", "밝은길"), ("이솔",)),
        r("6: bare partner", "가온시-따뜻한손, 돌봄 협약\n" + city + "따뜻한손과 돌봄 업무협약을 "
          "체결했다.", ("가온시", "따뜻한손")),
        r("6: bare partner", city + "작은숲과 돌봄 업무협약을 체결했다. 작은숲 대표 문다온이 "
          "서명했다.", ("가온시", "작은숲"), ("문다온",)),
        r("6: bare partner", city + "새로운 기업과 돌봄 업무협약을 체결했다. 협약식에는 새로운 "
          "한가람 대표가 참석했다.", ("가온시",)),
    ]


def _seventh() -> list[Row]:
    """Batch 7 (people19), written before any fix of its own: heads after a bare party word —
    a Chinese name family first with a space, a transcribed name before a long C-level title,
    a company's branch between the company and its head, a title with no body whose one
    fitting party is told before — and their neighbours (a bracket, a side's list, a common
    noun after a family-name syllable, a product before a title)."""
    r = Row
    cn = ("솔렌텍", "화룽전자")
    return [
        r("7: chinese family first", "솔렌텍은 3일 중국 선전에서 화룽전자와 배터리 소재 공급 "
          "업무협약을 맺었다. 이날 협약식엔 화룽전자 왕 웨이 대표와 솔렌텍 김다온 대표가 참석해 "
          "서명했다.", cn, ("왕 웨이", "김다온")),
        r("7: chinese family first", "메디온은 선전 현지 의료기기 업체 캉푸와 유통 협력 MOU를 "
          "체결했다고 7일 밝혔다. 캉푸 리 밍 사장은 \"한국 시장 진출의 발판이 될 것\"이라고 "
          "말했다.", ("메디온", "캉푸"), ("리 밍",)),
        r("7: chinese family first", "노바랩은 지난 5일 상하이 본사에서 진하이소프트와 AI "
          "공동연구 업무협약을 체결했다. 협약서에는 노바랩 정하람 대표와 진하이소프트 장 웨이 "
          "이사가 각각 서명했다.", ("노바랩", "진하이소프트"), ("정하람", "장 웨이")),
        r("7: chinese family first", "한빛무역과 톈룽그룹이 12일 물류 협력 양해각서를 교환했다. "
          "이 자리엔 톈룽그룹 천 하오 회장, 한빛무역 오솔 사장 등 10여명이 참석했다.",
          ("한빛무역", "톈룽그룹"), ("천 하오", "오솔")),
        r("7: chinese family first", "가온바이오는 베이징 소재 제약사 화신제약과 신약 공동개발 "
          "협약을 맺었다고 9일 전했다. 협약식에는 화신제약 류 샤오밍 부사장이 직접 방한해 "
          "가온바이오 한누리 대표와 협약서에 사인했다.",
          ("가온바이오", "화신제약"), ("류 샤오밍", "한누리")),
        r("7: chinese neighbours", "미르소재는 10일 중국 쑤저우의 신다전기(대표 왕 웨이)와 부품 "
          "공급 업무협약을 체결했다.", ("미르소재", "신다전기"), ("왕 웨이",)),
        r("7: chinese neighbours", "솔렌텍은 11일 화룽전자와 협약을 체결했다. 서명식에는 화룽전자 "
          "측에서 왕 웨이 대표, 저우 린 부총경리가, 솔렌텍에서 김다온 대표가 나왔다.",
          cn, ("왕 웨이", "저우 린", "김다온")),
        r("7: chinese neighbours", "솔렌텍은 11일 화룽전자와 협약을 체결했다. 화룽전자 왕 부문 "
          "매출은 지난해 두 배로 늘었다.", cn),
        r("7: chinese neighbours", "솔렌텍은 11일 화룽전자와 협약을 체결했다. 솔렌텍 장 기간 공급 "
          "계약도 논의됐다.", cn),
        r("7: c-level", "솔빛테크는 미국 스타트업 브라이트웨이브와 클라우드 보안 협력을 위한 "
          "MOU를 맺었다고 4일 밝혔다. 브라이트웨이브 마이클 존슨 최고경영자는 \"아시아 첫 "
          "파트너\"라고 말했다.", ("솔빛테크", "브라이트웨이브"), ("마이클 존슨",)),
        r("7: c-level", "노바랩은 독일 베르크젠과 스마트팩토리 공동연구 협약을 체결했다. 협약식엔 "
          "베르크젠 토마스 뮐러 최고기술책임자(CTO)와 노바랩 박솔 대표가 자리했다.",
          ("노바랩", "베르크젠"), ("토마스 뮐러", "박솔")),
        r("7: c-level", "미르전자와 캐나다 노스필드가 6일 배터리 재활용 업무협약을 체결했다. 이날 "
          "노스필드 사라 윌리엄스 최고운영책임자가 미르전자 판교 사옥을 찾아 서명했다.",
          ("미르전자", "노스필드"), ("사라 윌리엄스",)),
        r("7: c-level", "하이런은 8일 영국 옥스베일과 데이터 분석 협약을 맺었다. 옥스베일 "
          "데이비드 리 CEO는 화상으로 참석했다.", ("하이런", "옥스베일"), ("데이비드 리",)),
        r("7: c-level", "가온소프트는 프랑스 르블랑과 업무협약을 체결했다고 2일 밝혔다. 르블랑 "
          "Pierre Martin CTO와 가온소프트 이다온 CTO가 협약서에 서명했다.",
          ("가온소프트", "르블랑"), ("Pierre Martin", "이다온")),
        r("7: c-level neighbours", "솔빛테크는 4일 브라이트웨이브와 MOU를 맺었다. 브라이트웨이브 "
          "측은 마이클 존슨 최고경영자가 직접 서명했다고 전했다.",
          ("솔빛테크", "브라이트웨이브"), ("마이클 존슨",)),
        r("7: c-level neighbours", "솔빛테크는 4일 브라이트웨이브와 MOU를 맺었다. 브라이트웨이브 "
          "클라우드 플랫폼 최고경영자 직속 조직이 사업을 맡는다.", ("솔빛테크", "브라이트웨이브")),
        r("7: c-level neighbours", "솔빛테크는 4일 브라이트웨이브와 MOU를 맺었다. 양사는 스마트 "
          "글래스 CEO 포럼도 공동 개최한다.", ("솔빛테크", "브라이트웨이브")),
        r("7: branch", "솔렌텍은 8일 베트남 하노이에서 현지 부품사 탄롱과 협력 업무협약을 "
          "체결했다. 협약식에는 솔렌텍 베트남법인 응우옌 반 훙 법인장과 탄롱 쩐 티 투 대표가 "
          "참석했다.", ("솔렌텍", "탄롱"), ("응우옌 반 훙", "쩐 티 투")),
        r("7: branch", "누리전자는 미국 오크브룩과 판매 협력 MOU를 체결했다고 3일 밝혔다. 서명은 "
          "누리전자 미국지사 존 스미스 지사장이 맡았다.", ("누리전자", "오크브룩"), ("존 스미스",)),
        r("7: branch", "가온은행은 15일 하노이 현지에서 베트남 롱안성과 금융 협력 업무협약을 "
          "맺었다. 이 자리에는 가온은행 하노이지점 김다온 지점장이 참석했다.",
          ("가온은행", "롱안성"), ("김다온",)),
        r("7: branch", "한별식품은 천안시와 지역 농산물 구매 협약을 맺었다. 협약식엔 한별식품 "
          "천안공장 박하람 공장장과 천안시 관계자들이 참석했다.",
          ("한별식품", "천안시"), ("박하람",)),
        r("7: branch", "미르화학은 쑤저우시와 친환경 공정 협력 협약을 체결했다. 미르화학 중국법인 "
          "이솔 법인장은 \"현지화의 계기\"라고 했다.", ("미르화학", "쑤저우시"), ("이솔",)),
        r("7: branch", "미르화학은 쑤저우시와 친환경 공정 협력 협약을 체결했다. 미르화학 중국법인 "
          "매출은 해마다 늘었다.", ("미르화학", "쑤저우시")),
        r("7: title, no body", "가온시는 누리대학교와 청년 창업 지원 업무협약을 체결했다고 2일 "
          "밝혔다. 박다온 시장(오른쪽)이 누리대 관계자와 협약서를 들어 보이고 있다.",
          ("가온시", "누리대학교"), ("박다온",)),
        r("7: title, no body", "가온시와 누리대, 한별연구원은 14일 탄소중립 공동연구 업무협약을 "
          "맺었다. 김나래 총장과 이하람 원장이 협약서에 서명했고 가온시는 행정을 지원한다.",
          ("가온시", "누리대", "한별연구원"), ("김나래", "이하람")),
        r("7: title, no body", "다솔군은 한결대학교와 농촌 일손 돕기 협약을 맺었다. 유하온 군수는 "
          "\"대학생의 손길이 큰 힘이 될 것\"이라고 말했다.", ("다솔군", "한결대학교"), ("유하온",)),
        r("7: title, no body", "누리대학교는 6일 미르병원과 의료 인력 양성 협약을 체결했다. 이날 "
          "협약식에 참석한 최솔 병원장은 \"지역 의료의 미래\"라고 말했다.",
          ("누리대학교", "미르병원"), ("최솔",)),
        r("7: title, no body", "솔빛테크는 가온시와 스마트시티 협약을 맺었다. 협약식에서 서하늘 "
          "시장과 남누리 대표가 악수하고 있다.", ("솔빛테크", "가온시"), ("서하늘", "남누리")),
        r("7: title, no body", "가온대학교와 누리대학교는 학점 교류 협약을 맺었다. 김나래 총장은 "
          "\"뜻깊다\"고 했다.", ("가온대학교", "누리대학교")),
        r("7: title, no body", "가온시는 누리대학교와 협약을 맺었다. 축사를 한 이하람 이사장은 "
          "\"환영한다\"고 했다.", ("가온시", "누리대학교")),
    ]


ROWS = _title_noun() + _title_verb() + _compound() + _non_party() + _name_shaped() \
    + _real_names() + _labels() + _second() + _third() + _fourth() + _fifth() + _sixth() \
    + _seventh()


def _key(name: str) -> str:
    return name.replace(" ", "")


def read(text: str) -> tuple[list[str], list[str]]:
    """The parties and the representatives' names of every agreement ``extract`` finds in
    ``text`` (each once)."""
    parties, people, _ = read_bodies(text)
    return parties, people


def read_bodies(text: str) -> tuple[list[str], list[str], list[str | None]]:
    """``read``, and the body each representative found speaks for."""
    found = extract(Article(id="probe", text=text)).agreements
    parties = list(dict.fromkeys(p.name for a in found for p in a.parties))
    reps = list(dict.fromkeys((p.name, p.organisation) for a in found for p in a.representatives))
    return parties, list(dict.fromkeys(n for n, _ in reps)), [o for _, o in reps]


# per frame: rows, people found right, gold people, people found, invented people,
# invented parties, odd labels, people given to a body that is no gold party
_COLUMNS = 8


def _tally(row: Row) -> tuple[list[int], str | None]:
    parties, people, bodies = read_bodies(row.text)
    gold = {_key(n) for n in row.people}
    got = {_key(n) for n in people}
    gold_parties = {_key(n) for n in row.parties}
    extra_parties = {_key(n) for n in parties} - gold_parties
    odd = [n for n in parties + people if ODD_LABEL.search(n)] + \
        [n for n in parties if ODD_PARTY.search(n)]
    wrong_body = [b for b in bodies if b is None or _key(b) not in gold_parties]
    counts = [1, len(gold & got), len(gold), len(got), len(got - gold), len(extra_parties),
              len(odd), len(wrong_body)]
    wrong = gold != got or extra_parties or odd or wrong_body
    note = (f"[{row.frame}] {row.text}\n   people missed {sorted(gold - got)} invented "
            f"{sorted(got - gold)}; parties invented {sorted(extra_parties)}; odd {odd}; "
            f"bodies no party {wrong_body}")
    return counts, note if wrong else None


def _line(label: str, tally: list[int]) -> str:
    p, r, f = prf(*tally[1:4])
    return (f"{label:<22} {tally[0]:>4} {p:>6.3f} {r:>6.3f} {f:>6.3f} {tally[4]:>8} "
            f"{tally[5]:>8} {tally[6]:>5} {tally[7]:>6}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="print each row's misses and extras")
    args = parser.parse_args(argv)
    by_frame: dict[str, list[int]] = defaultdict(lambda: [0] * _COLUMNS)
    notes = []
    for row in ROWS:
        counts, note = _tally(row)
        by_frame[row.frame] = [a + b for a, b in zip(by_frame[row.frame], counts, strict=True)]
        if note:
            notes.append(note)
    print(f"{'frame':<22} {'rows':>4} {'P':>6} {'R':>6} {'F1':>6} {'+people':>8} "
          f"{'+parties':>8} {'odd':>5} {'+body':>6}")
    for frame, tally in by_frame.items():
        print(_line(frame, tally))
    marks = ("2:", "3:", "4:", "5:", "6:", "7:")
    for batch, mark in (("batch 1", ""), *((f"batch {m[0]}", m) for m in marks)):
        rows = [t for frame, t in by_frame.items()
                if (frame.startswith(mark) if mark else frame[:2] not in marks)]
        if rows:
            print(_line(batch, [sum(col) for col in zip(*rows, strict=True)]))
    print(_line("all", [sum(col) for col in zip(*by_frame.values(), strict=True)]))
    if args.misses:
        print("\n".join(notes))
    return 0


if __name__ == "__main__":
    sys.exit(main())
