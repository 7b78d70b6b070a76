# ruff: noqa: E501 - tables of Korean sentences read better unwrapped
"""Rule reread-with: a party's name that Kiwi swallows with its particle 과/와 into a proper
noun or into a verb and a noun is read again from the surface (sentences written for the tests)."""
from __future__ import annotations

import pytest

from mougraph.extract import extract
from mougraph.model import Article
from mougraph.morph import words

WORDS = [
    # 과/와 glued to a proper noun before 는/도
    ("가람시는 누리대학교와는 17일, 다솜병원과는 19일 각각 업무협약을 체결했다.", "다솜병원과는", "다솜병원", "과는"),
    # a name read as a verb, its ending and a noun (하 + ㄴ + 결과)
    ("누리시는 10일 시청에서 한결과 청년 창업 지원 협약을 체결했다.", "한결과", "한결", "과"),
    # a proper noun read with its 과 before a word that leaves it ambiguous (하늘빛항공과/NNP)
    ("가온시는 누리상공회의소, 하늘빛항공과 지역 공항 활성화를 위한 협약을 체결했다.", "하늘빛항공과", "하늘빛항공", "과"),
    # rule reread-ending: a determiner and an ending glued after a noun (미르 + 전/MM + 자/EC)
    ("솔빛테크와 미르전자, 한결소재가 이차전지 소재 국산화에 힘을 모은다.", "미르전자", "미르전자", ""),
    # rule reread-dae: a university's short form before a comma read as a verb and 대 (가 + 온대)
    ("참여 대학은 가온대, 누리대, 다솜과학기술대이다.", "가온대", "가온대", ""),
    # rule reread-gwa-wa: a department's 과 cut with the particle (의학 + 과와)
    ("가온수협은 시청에서 한누리대 수산생명의학과와 질병 예방 협약을 체결했다.", "수산생명의학과와", "수산생명의학과", "와"),
    # … but 과 before 의 is a particle ("A과의 협약")
    ("가온수협은 한누리병원과의 협약을 발표했다.", "한누리병원과의", "한누리병원", "과의"),
    # rule reread-do: a province Kiwi does not know, its 도 cut as "also" before 는/가
    ("가람도는 지난 2일 누리군과 협약을 맺었다.", "가람도는", "가람도", "는"),
    ("솔내도가 누리군과 협약을 맺었다.", "솔내도가", "솔내도", "가"),
]


@pytest.mark.parametrize("text, word, stem, particle", WORDS)
def test_a_swallowed_particle_is_cut_again(text: str, word: str, stem: str, particle: str) -> None:
    found = next(w for w in words(text) if w.text == word)
    assert (found.stem, found.particle) == (stem, particle)


@pytest.mark.parametrize("text, parties", [
    ("가람시는 누리대학교와는 17일, 다솜병원과는 19일 각각 업무협약을 체결했다.",
     [["가람시", "누리대학교"], ["가람시", "다솜병원"]]),
    ("누리시는 8일 시청 접견실에서 한결과 투자협약을 체결했다. 협약식에는 박가온 누리시장과 이수민 한결 대표가 참석했다.",
     [["누리시", "한결"]]),
    ("가온시는 누리상공회의소, 하늘빛항공과 지역 공항 활성화를 위한 3자 업무협약을 체결했다고 27일 밝혔다.",
     [["가온시", "누리상공회의소", "하늘빛항공"]]),
    ("가람도는 지난 2일 도청 접견실에서 솔내시, 한별군과 협약을 맺었다고 3일 밝혔다.\n협약식에는 윤다경 가람도지사가 참석했다.",
     [["가람도", "솔내시", "한별군"]]),
])
def test_the_reread_name_is_the_party(text: str, parties: list[list[str]]) -> None:
    found = extract(Article("t", text))
    assert sorted(sorted(o.name for o in a.parties) for a in found.agreements) == parties


@pytest.mark.parametrize("text, word, stem", [
    # a name ending in 와 before a particle of its own keeps it
    ("가람시는 누리와이드와 협약을 맺었다.", "누리와이드와", "누리와이드"),
    # a proper noun ending in 와 that Kiwi keeps whole before "협약을" too stays whole
    ("다온와 지역 청년이 함께한다.", "다온와", "다온와"),
    # a verb, its ending and a noun written as two words are left as Kiwi reads them
    ("조사한 결과 만족도가 높았다.", "결과", "결과"),
    # a hearsay ending with no comma after it stays an ending
    ("그 사람도 내일 간대 하더라.", "간대", "간"),
    # 도 ("also") alone after a body, or after another particle, stays a particle
    ("누리대학교도 협약에 참여했다.", "누리대학교도", "누리대학교"),
    ("가온시는 누리대와도 협약을 맺었다.", "누리대와도", "누리대"),
])
def test_words_that_make_sense_are_left_alone(text: str, word: str, stem: str) -> None:
    found = next(w for w in words(text) if w.text == word)
    assert found.stem == stem
