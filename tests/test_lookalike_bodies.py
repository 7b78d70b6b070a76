"""Words that only look like a party or a head (bench/lookalike.py): invented sentences both
ways, what must not be read beside what still is."""
from __future__ import annotations

import datetime as dt

import pytest

from mougraph.extract import extract
from mougraph.extract.agreements.representatives import clergy_elsewhere
from mougraph.model import Article, Organisation, OrgKind

SIGNED = ("가온시 4개 기관이 안전정보 공유를 위한 업무협약을 맺었다. 가온시를 비롯한 "
          "가온교육지원청, 가온경찰서, 가온소방서는 지난 3일 가온시청에서 협약식을 열었다. ")
FOUR = [["가온경찰서", "가온교육지원청", "가온소방서", "가온시"]]


@pytest.mark.parametrize("text, parties", [
    # rule circle-listed: a body's customers or owners listed after 로는 are no partners
    (SIGNED + "누리일렉트로닉스의 주요 고객사로는 한울솔루션즈, 다봄도청 등이 있다.", FOUR),
    (SIGNED + "솔빛테크 주주로는 한울캐피탈, 다봄투자조합 등이 있다.", FOUR),
    # … a list of who joined the signing still names the partners the count leaves out
    ("가온시 4개 기관이 안전정보 공유를 위한 업무협약을 맺었다. 협약 참여 기관은 가온시, "
     "가온교육지원청, 가온경찰서, 가온소방서이다.", FOUR),
])
def test_a_list_of_a_bodys_circle_names_no_partner(text: str, parties: list) -> None:
    found = extract(Article("t", text), learned_parties=False)
    assert sorted(sorted(o.name for o in a.parties) for a in found.agreements) == parties


SIGNING = ("가온시와 솔빛테크는 3일 가온시청에서 스마트팜 확산을 위한 업무협약을 체결했다. "
           "협약식에는 김다온 가온시장과 박누리 솔빛테크 대표가 참석했다. ")
HEADS = {("김다온", "시장", "가온시"), ("박누리", "대표", "솔빛테크")}


@pytest.mark.parametrize("text, heads", [
    # what 대표 ("leading") qualifies after it is no name: a product, a model, a sight
    (SIGNING + "Nuvia 대표 모델은 지난해 3만 대가 팔렸다.", HEADS),
    (SIGNING + "솔빛테크 대표 제품은 가온시 대표 명소에 설치됐다.", HEADS),
    # … a head named after 대표 in the same way stays read
    ("가온시와 솔빛테크는 3일 업무협약을 체결했다. 협약식에는 김다온 가온시장과 솔빛테크 대표 "
     "모하람이 참석했다.", {("김다온", "시장", "가온시"), ("모하람", "대표", "솔빛테크")}),
])
def test_what_leading_qualifies_is_no_head(text: str, heads: set) -> None:
    found = extract(Article("t", text, published=dt.date(2026, 5, 20)))
    assert {(p.name, p.title, p.organisation) for a in found.agreements
            for p in a.representatives} == heads


@pytest.mark.parametrize("name, kind, elsewhere", [
    # rule clergy-own-body: a temple's bare 사, a church, a parish are religious bodies …
    ("솔바람사", None, False),
    ("누리빛교회", OrgKind.NONPROFIT, False),
    ("가온교구", OrgKind.NONPROFIT, False),
    # … a company or an agency whose longer ending, or kind, the org-suffix lexicon gives is none
    ("솔빛상사", OrgKind.COMPANY, True),
    ("누리빛신문사", OrgKind.COMPANY, True),
    ("한빛적십자사", OrgKind.NONPROFIT, True),
    ("한국가온전력 누리지사", OrgKind.PUBLIC_AGENCY, True),
    ("누리일보사", OrgKind.COMPANY, True),
])
def test_a_pastor_speaks_for_no_company_ending_in_sa(name: str, kind: OrgKind | None,
                                                      elsewhere: bool) -> None:
    assert clergy_elsewhere("목사", Organisation(name, kind=kind)) is elsewhere


TWO = ("가온도는 3일 도내 2개 대학과 인재 양성 협약을 체결했다. 김누리 누리대학교 총장은 \"지역과 "
       "함께하겠다\"고 말했다. 박다솜 다솜대학교 총장도 \"힘을 보태겠다\"고 밝혔다. ")
FIVE = ("가온권 5개 대학이 공동 교육과정 운영을 위한 업무협약을 체결했다. "
        "누리대학교 혁신사업단은 3일 가온 호텔에서 가온권 사업에 참여하는 4개 대학과 "
        "업무협약을 체결했다고 5일 밝혔다. 이날 협약식에는 △ 누리대학교 김다온 사업단장 "
        "△가온대학교 박누리 사업단장 △ 솔빛대학교 이솔 사업단장 △ 한울대학교 최봄 사업단장 "
        "△ 다봄대학교 정하늘 사업단장 및 사업 관계자들이 참석했다. ")


@pytest.mark.parametrize("text, parties", [
    # rule students-only: a school whose students (of a faculty) take part is no counted party
    (TWO + "현장실습에는 한결대 공학부 재학생 12명이 참여한다.",
     [["가온도", "누리대학교", "다솜대학교"]]),
    (FIVE + "현장실습에는 다온대 공학부 재학생 12명이 참여할 예정이다.",
     [["가온대학교", "누리대학교 혁신사업단", "다봄대학교", "솔빛대학교", "한울대학교"]]),
    (FIVE + "다온대 공학부(학부장 이하람) 학생 12명도 이날 자리를 함께했다.",
     [["가온대학교", "누리대학교 혁신사업단", "다봄대학교", "솔빛대학교", "한울대학교"]]),
    ("가온시 4개 유관기관이 안전정보 공유를 위한 업무협약을 체결했다. 가온시를 비롯한 "
     "가온교육지원청, 가온경찰서, 가온소방서는 지난 3일 가온시청에서 협약식을 열었다. "
     "다온대 공학부(학부장 이하람) 학생 12명도 이날 자리를 함께했다.",
     [["가온경찰서", "가온교육지원청", "가온소방서", "가온시"]]),
    # … a counted school named by its head too stays, its students beside
    (TWO + "다솜대 학생들도 이번 사업에 참여한다.", [["가온도", "누리대학교", "다솜대학교"]]),
])
def test_a_school_of_students_taking_part_is_no_counted_party(text: str, parties: list) -> None:
    found = extract(Article("t", text), learned_parties=False)
    assert sorted(sorted(o.name for o in a.parties) for a in found.agreements) == parties


BRANCH = "가온군수협과 한국누리공사 가온지사가 지난 8일 가온지사 회의실에서 업무 협약식을 가졌다. "


@pytest.mark.parametrize("text, heads", [
    # rule beside-no-party: a body with an ending written right before a head's name, a
    # party of none, makes that head a guest (a branch head too: rule beside-word)
    (BRANCH + "행사엔 솔빛전자 이하람 지사장도 얼굴을 비쳤다.", set()),
    ("가온군수협과 누리상사가 지난 8일 업무 협약식을 가졌다. 행사엔 솔빛전자 이하람 대표도 "
     "얼굴을 비쳤다.", set()),
    # … the party's own body written there gives the head to it
    ("가온시와 누리전자는 8일 업무 협약식을 가졌다. 행사엔 누리전자 이하람 대표와 김다온 "
     "가온시장이 참석했다.", {("김다온", "시장", "가온시"), ("이하람", "대표", "누리전자")}),
])
def test_a_head_of_a_body_of_no_party_written_before_the_name_is_a_guest(
        text: str, heads: set) -> None:
    found = extract(Article("t", text, published=dt.date(2026, 5, 20)))
    assert {(p.name, p.title, p.organisation) for a in found.agreements
            for p in a.representatives} == heads


SIGNED_UNIS = "가온대학교(총장 김다온)는 3일 누리대학교와 학술 교류 협약을 체결하였다. "


@pytest.mark.parametrize("text, areas", [
    # rule next-signing: "B와도 지난해 … 맺었던 A는" tells what A did before, no later signing;
    # the contents after it are still this agreement's
    (SIGNED_UNIS + "한울솔루션즈·다봄시스템즈와도 지난해 비슷한 협약을 맺었던 가온대는 이번에도 "
     "적극적이었다. 주요 내용으로는 공동 연구의 확대, 학생 교환 확대 등이다.",
     [["공동 연구의 확대", "학생 교환 확대"]]),
    # … "B와도 협약을 맺었다" is a later signing, whose contents are its own
    (SIGNED_UNIS + "주요 내용은 공동 연구의 확대, 학생 교환 확대 등이다. 가온대는 이날 "
     "솔빛대학교와도 협약을 맺었다. 솔빛대학교와는 교직원 연수, 공동 학술대회 개최 등에 협력한다.",
     [["공동 연구의 확대", "학생 교환 확대"], ["교직원 연수", "공동 학술대회 개최"]]),
])
def test_an_earlier_agreement_told_in_a_clause_keeps_the_contents_after_it(
        text: str, areas: list) -> None:
    found = extract(Article("t", text, published=dt.date(2026, 5, 20)))
    assert [[x.label for x in a.areas] for a in found.agreements] == areas


def test_a_board_before_its_chairs_title_is_no_head() -> None:
    # a council's chair (의장) fits the party; the board (이사회) is no one's name
    text = ("가온상인협의회와 누리시는 3일 전통시장 활성화 협약을 체결했다. 솔빛테크는 "
            "한울시스템즈의 자회사로, 한울시스템즈 이하람 회장이 이사회 의장을 맡고 있다.")
    found = extract(Article("t", text, published=dt.date(2026, 5, 20)))
    assert "이사회" not in {p.name for a in found.agreements for p in a.representatives}
