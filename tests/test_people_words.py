# ruff: noqa: E501 - tables of Korean sentences read better unwrapped
"""What is no person and what is one, near a title (sentences written for the tests; the
frames of bench/peopleprobe.py): an ordinary word after a title is no name, a real name that
opens like one is."""
from __future__ import annotations

import pytest

from mougraph.extract import extract
from mougraph.extract.clause import clause
from mougraph.extract.lexicon import is_name
from mougraph.extract.people import find_people
from mougraph.model import Article
from mougraph.morph import Sentence, words


def _people(text: str) -> list[tuple[str, str, str | None]]:
    found = find_people(clause(Sentence(0, len(text), text)))
    return [(p.name, p.title, p.org or p.context or p.carried) for p in found]


# not_names.txt, words said of an office: a speech, a tenure, an act or an object of the office,
# written right after the title with its particle
OFFICE_WORDS = [
    "협약식은 누리대학교 총장 인사말이 이어졌다.",
    "솔빛테크 대표 인사말에서 상생을 강조했다.",
    "누리대학교 총장 기념사가 끝난 뒤 기념촬영이 이어졌다.",
    "이번 협약은 가온시장 제안으로 성사됐다.",
    "회의는 가온시장 주재로 열렸다.",
    "협약서는 양사 대표 명의로 서명했다.",
    "누리대학교는 총장 부임 이후 지역 협력을 넓혀 왔다.",
    "이어 가온재단 이사장 연설과 누리대학교 총장 강연이 있었다.",
    "이날 누리대학교 총장 소감 발표가 있었다.",
    "협약식장에는 가온시장 명함이 놓였다.",
    # what belongs to the holder: a thought, a letter, a relative, a record
    "이번 협약에는 하람군수 구상이 담겼다.",
    "솔내대학교 총장 인선이 늦어져 협약이 미뤄졌었다.",
    "협약식에는 하람군수 부친도 자리했다.",
    "협약서에는 솔내대학교 총장 서신이 첨부됐다.",
    # a speech of four syllables ("인사 말씀")
    "누리대학교 이사장 인사말씀에 이어 기념촬영을 했다.",
]


@pytest.mark.parametrize("text", OFFICE_WORDS)
def test_a_word_of_the_office_after_a_title_is_no_name(text: str) -> None:
    assert _people(text) == []


@pytest.mark.parametrize("text, people", [
    # names opening with the same syllables as a word of the office stay names
    ("협약식에는 주재민 가온시장이 참석했다.", [("주재민", "시장", "가온시")]),
    ("협약서에는 누리대학교 총장 인사랑이 서명했다.", [("인사랑", "총장", "누리대학교")]),
    ("협약식에는 명의진 솔빛테크 대표가 참석했다.", [("명의진", "대표", "솔빛테크")]),
    ("협약식에는 구상민 하람군수가 참석했다.", [("구상민", "군수", "하람군")]),
    # names of two Kiwi may read as common nouns stay names after a title
    ("솔내대학교 총장 서진이 서명했다.", [("서진", "총장", "솔내대학교")]),
    ("솔내대학교 총장 이슬이 서명했다.", [("이슬", "총장", "솔내대학교")]),
])
def test_a_name_opening_like_a_word_of_the_office_is_a_name(text: str, people: list) -> None:
    assert _people(text) == people


@pytest.mark.parametrize("word, ok", [
    ("인사말", False), ("기념사", False), ("제안", False), ("주재", False), ("명의", False),
    ("부임", False), ("소감", False),
    ("주재민", True), ("인사랑", True), ("제안나", True),
    ("인사말씀", False), ("남궁다온", True), ("선우하람", True),
    # four syllables opening with a listed word may be a name (강 + 도슬채, 최 + 선솔윤)
    ("강도슬채", True), ("최선솔윤", True), ("전도리빛", True),
])
def test_is_name_of_office_words(word: str, ok: bool) -> None:
    assert is_name(word) is ok


def _parties(text: str) -> list[str]:
    found = extract(Article(id="t", text=text)).agreements
    return sorted({p.name for a in found for p in a.parties})


# rule hashtag-mark (morph): the mark of a hashtag is no part of a name the graph shows
LABELS = [
    ("#가온시 #누리대학교 업무협약\n가온시는 15일 시청에서 누리대학교와 청년 일자리 업무협약을 체결했다.",
     ["가온시", "누리대학교"]),
    ("#누리대학교 #가온시 청년 일자리 협약\n누리대학교는 15일 가온시와 청년 일자리 업무협약을 체결했다.",
     ["가온시", "누리대학교"]),
    ("[가온시] 가온시는 15일 시청에서 누리대학교와 청년 일자리 업무협약을 체결했다.",
     ["가온시", "누리대학교"]),
]


@pytest.mark.parametrize("text, parties", LABELS)
def test_a_tag_mark_is_no_part_of_a_party_name(text: str, parties: list[str]) -> None:
    assert _parties(text) == parties


@pytest.mark.parametrize("text, stems", [
    ("#누리대학교 #청년일자리", ["누리대학교", "청년일자리"]),
    ("#김다온 가온시장", ["김다온", "가온시장"]),
])
def test_a_hashtag_word_is_the_word_after_its_mark(text: str, stems: list[str]) -> None:
    assert [w.stem for w in words(text)] == stems


# rule honorific-particle (morph): Kiwi reads the subject particle after the honorific 님 as a
# determiner ("관장님이": 관장 + 님 + 이/MM); it is the particle, cut off the title with 님
@pytest.mark.parametrize("text, stems", [
    ("한다온 담임목사와 윤서진 관장님이 협약서에 서명했습니다.",
     ["한다온", "담임목사", "윤서진", "관장", "협약서", "서명했"]),
    ("윤서진 관장님이 협약서에 서명했습니다.", ["윤서진", "관장", "협약서", "서명했"]),
    ("가온교회 담임목사님이 인사했다.", ["가온교회", "담임목사", "인사했"]),
])
def test_the_particle_after_the_honorific_is_cut(text: str, stems: list[str]) -> None:
    assert [w.stem for w in words(text)] == stems


def test_a_head_called_by_title_and_honorific_is_read() -> None:
    text = ("가온교회는 지난 8일 본당에서 누리종합사회복지관과 '이웃 나눔' 협약을 맺었습니다. "
            "한다온 담임목사와 윤서진 관장님이 협약서에 서명했습니다.")
    (agreement,) = extract(Article("t", text)).agreements
    assert sorted((p.name, p.title) for p in agreement.representatives) == \
        [("윤서진", "관장"), ("한다온", "담임목사")]


# rule given-name-도-of-two (lexicon.two_syllable_name_in_do): a family name and the given name
# 도, one proper noun to Kiwi, before a title or a body and its head's title
@pytest.mark.parametrize("text, people", [
    ("협약식에는 곽도 이사장이 참석했다.", [("곽도", "이사장", None)]),
    ("협약식에는 곽도 가온재단 이사장과 탁하람 누리대학교 총장이 참석했다.",
     [("곽도", "이사장", "가온재단"), ("탁하람", "총장", "누리대학교")]),
    # Kiwi cuts it in two (권/NNB + 도/NNG) after a bare body
    ("협약식에는 솔빛테크 권도 대표가 참석했다.", [("권도", "대표", "솔빛테크")]),
    # a place or a common word of 도 is no name
    ("협약식에는 솔빛테크 지도 교수가 참석했다.", []),
    ("협약식에는 진도 군수가 참석했다.", []),
    ("협약식에는 송도 센터장이 참석했다.", []),
    ("협약식에는 지도 교수가 참석했다.", []),
    ("이날 인도 대사가 참석했다.", []),
])
def test_a_given_name_도_of_two(text: str, people: list) -> None:
    assert _people(text) == people


def test_a_given_name_도_of_two_is_no_part_of_the_body_after_it() -> None:
    text = ("가온재단은 15일 누리대학교와 장학 업무협약을 체결했다. 협약식에는 곽도 가온재단 이사장과 "
            "탁하람 누리대학교 총장이 참석했다.")
    assert _parties(text) == ["가온재단", "누리대학교"]


# rule opener-before-name (order): a word opening the sentence or saying when is neither a noun
# of a long title running into a name of two nor the person's body
@pytest.mark.parametrize("text, people", [
    ("이날 김솔 새봄시장은 협약서에 서명했다.", [("김솔", "시장", "새봄시")]),
    ("한편 김솔 총장은 협약서에 서명했다.", [("김솔", "총장", None)]),
    ("오늘 이준 대표가 협약서에 서명했다.", [("이준", "대표", None)]),
    ("이날 탁도 새봄시장은 협약서에 서명했다.", [("탁도", "시장", "새봄시")]),
    # a bare body before a name of two is still the body; common nouns of a title no name
    ("협약식에는 솔빛테크 이준 대표가 참석했다.", [("이준", "대표", "솔빛테크")]),
    ("협약식에는 소재 분야 단장이 참석했다.", []),
])
def test_a_word_opening_the_sentence_is_no_body_before_a_name(text: str, people: list) -> None:
    assert _people(text) == people


# rule means-after-title (order): a word after a title with a particle of a place or a means
@pytest.mark.parametrize("text, people", [
    ("다온대학교 총장 추천으로 학생 10명이 먼저 참여한다.", []),
    ("새봄시장 초청에 따라 교직원들이 시청을 찾았다.", []),
    ("솔빛테크 대표 간담회에서 협약이 논의됐다.", []),
    # a person after a title takes the particles of a person
    ("다온대학교 총장 함다온은 협약서에 서명했다.", [("함다온", "총장", "다온대학교")]),
    ("다온대학교 총장 함다온과 새봄시장 맹하늘이 서명했다.",
     [("함다온", "총장", "다온대학교"), ("맹하늘", "시장", "새봄시")]),
])
def test_a_word_of_a_place_or_a_means_after_a_title_is_no_name(text: str, people: list) -> None:
    assert _people(text) == people


# the people around a head are no name (not_names.txt; a team by lexicon.is_name), and a word
# after a determiner is a common noun with its particle (rule determiner-before-noun)
@pytest.mark.parametrize("text, people", [
    ("이 기술은 누리대 교수 연구팀이 개발했다.", []),
    ("협약식에는 가온시 대표 임원진이 참석했다.", []),
    ("누리대학교 총장 연구진이 방문했다.", []),
    ("가온시장 경영진이 참석했다.", []),
    ("그 기술은 누리대 김다온 교수가 개발했다.", [("김다온", "교수", "누리대")]),
    ("누리대학교 김다온 교수 연구팀이 개발했다.", [("김다온", "교수", "누리대학교")]),
    # a name Kiwi cut (박다 + 인) with no determiner before it stays a name
    ("이날 박다인 가람시 부시장이 참석했다.", [("박다인", "부시장", "가람시")]),
])
def test_a_group_or_a_determined_noun_is_no_name(text: str, people: list) -> None:
    assert _people(text) == people


@pytest.mark.parametrize("word, ok", [
    ("연구팀", False), ("기획팀", False), ("연구진", False), ("임원진", False),
    ("김하진", True), ("박솔팀", False),
])
def test_is_name_of_groups(word: str, ok: bool) -> None:
    assert is_name(word) is ok


# a body whose name is shaped like a person's, beside a full name: the full name is the person
# (rule short-name-shaped-body in order._two_names; rule name-shaped-body after a phrase's
# particle in body_title)
@pytest.mark.parametrize("text, people", [
    ("협약식에는 안심 나하람 대표와 박누리 가온시장이 참석했다.",
     [("나하람", "대표", "안심"), ("박누리", "시장", "가온시")]),
    ("협약식에는 한빛 김다온 대표가 참석했다.", [("김다온", "대표", "한빛")]),
    ("협약서에는 고운 대표 최솔빛이 서명했다.", [("최솔빛", "대표", "고운")]),
    ("협약식에는 김다온 이음 대표가 참석했다.", [("김다온", "대표", "이음")]),
    # a full name before a common word qualifying the title stays the person
    ("협약식에는 김다온 신임 대표가 참석했다.", [("김다온", "대표", None)]),
    # a short name before a body with an ending is the person ("최솔 누리대"), and so is a
    # short name a caption points at
    ("이날 최솔 누리대 산학협력단장은 말했다.", [("최솔", "단장", "누리대 산학협력단")]),
    ("이날 오훈 한빛대 총장이 참석했다.", [("오훈", "총장", "한빛대")]),
    ("호텔에서 김솔(좌) 구청장과 박하늘(우) 누리시장이 서명했다.",
     [("김솔", "구청장", None), ("박하늘", "시장", "누리시")]),
    # after 의 the word is no opening of a phrase
    ("협약서에는 가온시장 김다온이 서명했다.", [("김다온", "시장", "가온시")]),
])
def test_a_name_shaped_body_beside_a_full_name(text: str, people: list) -> None:
    assert _people(text) == people
