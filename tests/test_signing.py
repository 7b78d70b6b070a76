# ruff: noqa: E501 - tables of Korean sentences read better unwrapped
"""Signing detection and party slots, one row per construction (sentences written for the tests)."""
from __future__ import annotations

import datetime as dt

import pytest

from mougraph.extract import extract
from mougraph.extract.clause import clause
from mougraph.extract.signing import agreement_kind, reports_signing, slots
from mougraph.model import Article
from mougraph.morph import Sentence

REPORTED = [
    "가람시와 누리대학교의 청년 일자리 협약이 19일 맺어졌다.",
    "가나대학교는 3일 본관에서 다라시와 업무협약을 체결했다.",
    "가나시와 다라시는 13일 우호교류 합의서에 서명했다.",      # other documents of agreement
    "가나시는 13일 라마그룹과 투자 의향서를 체결했다.",
    "가나시는 13일 라마그룹과 LOI를 체결했다.",            # a letter of intent by its English initials
    # an earlier signing in a clause closed by "…한 데 이어" does not date this one
    "가나시는 지난 2월 라마대학교와 협약을 체결한 데 이어 28일 다라병원과 협약을 맺었다.",
    # the signing as done: completed, brought about, taken place; a twinning "done"; "…하는 등"
    "가나시는 13일 라마대학교와 청년 일자리 관련 MOU 체결을 완료했다.",
    "가나시는 13일 라마대학교와 업무협약을 성사시켰다.",
    "13일 가나시청에서 가나시와 라마대학교 간 업무협약이 이뤄졌다.",
    "가나시는 13일 다라군과 자매결연을 했다.",
    "가나시는 13일 라마대학교와 공동 연구 협약을 체결하는 등 협력에 나섰다.",
    "가나시는 13일 라마대학교와의 업무협약 체결로 청년 정책 협력의 발판을 마련했다.",
    "가나시는 라마재단과 상호협력 업무협약을 했다고 밝혔다.",
    # what the parties decided at the ceremony held (rule at-the-held-ceremony)
    "지난 13일 열린 협약식에서 가나시와 라마대학교는 청년 창업을 함께 돕기로 했다.",
    "13일 가나시청에서 진행된 업무협약식에서 두 기관은 인력을 교류하기로 합의했다.",
    "가나병원과 다라군은 13일 협약을 체결하였다.",
    "가나건설이 9일 라마에너지와 양해각서(MOU)를 체결했습니다.",
    "가나농협 홍길동 조합장과 다라병원 김철수 이사장은 업무협약을 맺었다.",
    "가나군은 24일 군청 회의실에서 우호교류 협약식을 가졌다.",
    "가나시는 지난 3월 4일 시청 대회의실에서 업무 협약식을 개최했다.",
    "가나시는 지난달 28일 다라군과 협약을 체결했다고 밝혔다.",
    "가나장학회는 지역아동센터 4곳과 '꿈나무 후원 협약식'을 진행했다고 13일 밝혔다.",
    "홍길동 총장과 김철수 구청장은 협약서에 서명했다.",
    "홍길동 총장은 다낭기술대학교 총장과 만나 공동 연구를 위한 MOU를 지난주 교환했다.",
    "가나복지관은 다라신협과 나눔 업무협약을 체결하고 후원 물품을 전달받았다고 6일 밝혔다.",
    "가나대학교는 다라협회와 업무협약을 체결, 인재 양성에 나서기로 했다.",
    "가나군 청년회의소는 다라시 청년회의소와 자매결연 협약을 체결했다고 10일 밝혔다.",
    "가온시가 관내 누리대학교와 관학협력을 체결했다.",
    "가나시와 다라군은 시청에서 상생협력 협약식을 갖고 공동 발전을 약속했다.",
    "마바구와 사아신협은 5일 구청 소회의실에서 '전통시장 살리기 업무협약'을 체결하고 상권 회복에 나섰다.",
    "자차군과 카타농협은 업무협약을 맺고 농촌 일손 돕기에 나선다고 밝혔다.",
    "파하시는 가나재단과 협약을 체결하며 청년 창업 지원에 힘을 보탰다.",
    "가나대학교는 다라병원과 업무협약을 체결해 의료 인력 양성에 손을 잡았다.",
    "마바군은 사아대학교와 업무협약을 맺고 인재 양성에 나선다.",
    # a ceremony held, whatever follows: "협약식을 갖고 … 펼치고 있다", "체결식’을 갖고, …"
    "가람지구대가 29일 누리봉사회와 합동순찰 협약식을 갖고 순찰을 펼치고 있다.",
    "가람부와 누리회는 회의실에서 ‘동행을 위한 업무협약(MOU) 체결식’을 갖고, 봉사 활동을 지원키로 했다.",
    # the ceremony as the subject; joining hands through the agreement
    "가람시와 누리대학교의 업무협약식이 4일 시청 대회의실에서 개최됐다.",
    "가람시는 누리대학교와 인재 양성 협약을 통해 손을 잡았다.",
    # more connectives: a comma after 체결하고, 맺음으로써, 체결한 뒤; 들어갔다 is no auxiliary
    "가람시는 4일 누리대학교와 협약을 체결하고, 지역 인재 양성에 힘을 모으기로 했다.",
    "가람시는 4일 누리대학교와 업무 협약을 맺음으로써 협력의 발판을 마련했다.",
    "가람시와 누리대학교는 4일 업무협약(MOU)을 체결한 뒤 기념촬영을 했다.",
    "가람시와 누리대학교는 4일 업무협약을 체결하고 본격적인 협력에 들어갔다.",
    # the agreement's name in straight double quotes is no quoted speech
    '가람공사(사장 홍길동)는 14일 누리시(시장 김철수)와 "지역상생협약"을 체결했다.',
    # a time inside a relative clause dates that clause, not the signing
    "군교육청은 21일 지난해 12월 군의회에서 '상생 업무협약 추진안'이 의결된 가람군과 업무협약을 체결했다.",
    # the ceremony reported through its attendees
    "지난 3일 누리군청 소회의실에서 열린 협약식에는 홍길동 누리군수와 김철수 가람농협 조합장이 참석했다.",
    "이날 누리시청 접견실에서 열린 협약식은 홍길동 누리시장과 김철수 가람재단 대표이사가 참석한 가운데 진행됐다.",
    # less common verbs and nouns of signing
    "가람전자는 19일 누리은행과 MOU를 교환했다.",
    "가람전자와 누리은행이 중소기업 금융 지원에 관한 협약서에 서명했다.",
    "가람시는 19일 시청 대회의실에서 누리대와 업무협약식을 개최했다.",
    "가람전자는 19일 누리은행과 전략적 파트너십을 체결했다.",
    "가람시와 누리대학교가 업무협약을 통해 손을 잡았다.",
    # "협약(MOU)을 체결, …": the English initials between the noun and its particle
    "가람전자는 19일 누리은행과 업무협약(MOU)을 체결, 중소기업 금융 지원에 나선다.",
    # the occasion held, the ceremony finished or taken place, the signing as the reason
    "가람시는 19일 누리대와 업무협약을 체결하는 자리를 가졌다.",
    "가람시는 19일 누리대와 업무협약을 맺는 자리를 마련했다.",
    # less common verbs: an agreement "carried out", a signing "at the same time as",
    # something pledged through the ceremony
    "가람시는 11일 누리대와 업무협약을 실시했다.",
    "가람시는 11일 누리그룹과 투자 합의각서를 체결했다.",   # other memoranda by name
    "가람시는 11일 다온시와 협력각서를 교환했다.",
    "가람시는 11일 누리대와 협약을 맺음과 동시에 장학금을 전달했다.",
    "가람시는 11일 누리대와의 협약식을 통해 협력을 약속했다.",
    # something said at the signing's occasion, told in the past
    "가람시는 19일 누리대와 청년 일자리 협약을 맺는 자리에서 지원 의지를 밝혔다.",
    # rule occasion-day: the day told, in the past, as the signing's
    "가람도서관과 누리초등학교가 '함께 읽기 협약'을 맺는 날이었거든요.",
    "지난 19일은 가람시와 누리대가 업무협약을 체결하는 날이었다.",
    "가람시는 19일 누리대와 업무협약 체결식을 성황리에 마쳤다.",
    "가람시와 누리대는 19일 업무협약 체결식이 있었다.",
    "가람시와 누리대의 MOU 체결은 19일 시청에서 이뤄졌다.",
    "가람시와 누리대는 19일 협약식을 열어 청년 창업 지원에 뜻을 모았다.",
    "가람시는 19일 누리대와 협약 체결식을 가지고 청년 창업을 지원하기로 했다.",
    "가람시와 누리대가 청년 창업 지원 협약을 체결함에 따라 지원이 확대된다.",
    # the ceremony held with the day and the place between; the signed copy exchanged
    "가람시는 누리대와 업무협약식을 19일 개최했다.",
    "가람시는 누리대와 업무협약 체결식을 19일 오후 시청 대회의실에서 진행했다.",
    "가람시와 누리대는 업무협약서에 사인했다.",
    "가람시와 누리대는 19일 협약서를 주고받았다.",
    "가람시와 누리대는 학생 교류를 위한 협약서를 최근 주고받았다.",   # an adverb before the verb
    "가람시 김다온 시장과 누리대 박솔 총장은 협약서에 나란히 사인했다.",
    "가람시와 누리대가 19일 협력 협약서에 도장을 찍었다.",
    "가람동주민자치회 김다온 위원장과 누리아파트 입주자대표회의 박누리 회장이 협약서에 이름을 적었다.",
    # a citizen reporter's day of the signing, told in the past (rule occasion)
    "가람동주민자치회와 누리아파트 입주자대표회의가 협약을 맺는 날이었기 때문이다.",
    # rarer verbs; the signing joined to another event held
    "가람시는 19일 누리대와 업무협약식을 거행했다.",
    "가람시는 19일 누리대와 협약을 하였다.",
    "가람시는 19일 누리대와 MOU 체결에 성공했다.",
    "가람시는 19일 누리대와의 업무협약을 이끌어냈다.",
    "가람시와 누리대는 19일 청년 일자리 상생 협약 체결과 함께 현판식을 가졌다.",
    "가람시와 누리대는 19일 청년 일자리 상생 협약 체결식 및 발대식을 가졌다.",
    "가람시와 누리대는 19일 협약 체결 후 공동 기자회견을 가졌다.",
    # more connectives after the signing or its ceremony
    "가람시와 누리대는 19일 협약식을 개최, 청년 지원에 협력하기로 했다.",
    "가람시와 누리대는 19일 협약식을 가지며 청년 지원에 협력하기로 했다.",
    "가람시와 누리대는 19일 업무협약을 맺으면서 청년 지원에 협력하기로 했다.",
    "가람시와 누리대는 19일 업무협약을 체결함과 동시에 청년 지원에 나섰다.",
    "가람시와 누리대는 19일 업무협약 체결을 계기로 청년 지원에 나섰다.",
    "가람전자는 19일 누리은행과 전략적 제휴를 맺었다.",          # a strategic alliance
    # the signing come about, known to have happened, wrapped up
    "가람시는 19일 누리대와 업무협약을 체결하게 됐다.",
    "가람시는 19일 누리대와 업무협약을 맺은 것으로 확인됐다.",
    "가람시는 19일 누리대와 업무협약 체결을 마무리했다.",
    "가람시와 누리대는 19일 협약서 서명을 마쳤다.",
    # a date to come after the signing belongs to what follows it
    "가람시는 19일 누리대와 업무협약을 체결하고 오는 5월 1일부터 공동 사업을 시작한다고 밝혔다.",
    # an interview's lead: the dated signing in the clause that picks out the person met
    "지난 20일 가람군, 가람군농업인연합회와 '태양광 단지 협약'을 맺은 한누리 누리에너지 대표를 만났다.",
    # a broadcaster's present tense on the day it airs
    "기자: 가람군과 누리산림조합이 오늘 군청에서 산불 예방 협약에 서명합니다.",
    "가람시와 누리대는 오늘 오후 청년 일자리 협약을 맺습니다.",
    # rule footage: a broadcaster's reporter tells the pictures in the present
    "김다온 가람시장과 누리돌봄, 솔빛공방 대표들이 차례로 협약서에 서명합니다.",
    "가람군수와 누리농협 조합장이 협약서를 주고받고 있습니다.",
]

NOT_REPORTED = [
    ("the day of a signing still to come (rule occasion)",
     "다음 주 토요일은 가람동주민자치회와 누리아파트 입주자대표회의가 협약을 맺는 날이다."),
    ("a day that was a signing's qualifies another thing (rule occasion)",
     "가람시와 누리대가 협약을 맺는 날이었던 지난 19일에는 비가 왔다."),
    ("a name written on a form that is no agreement's copy",
     "주민들은 참가 신청서에 이름을 적었다."),
    ("a copy exchanged earlier, qualifying the bodies (던)",
     "협약서를 서로 주고받았던 가람시와 누리대는 올해 교류를 멈췄다."),
    # not footage: a signing to come, told in the present
    ("a signing next month, in the broadcaster's present",
     "가람시와 누리대는 다음 달 협약서에 서명합니다."),
    ("a signing planned, in the broadcaster's present",
     "두 기관은 오는 20일 협약서에 서명할 예정입니다."),
    ("a ceremony to come, and what is planned at one held",
     "오는 20일 열릴 협약식에서 가람시와 누리대는 청년 창업을 돕기로 할 예정이다."),
    ("… what one side plans at a ceremony held",
     "지난 13일 열린 협약식에서 가람시는 청년 창업 지원 계획을 발표할 예정이라고 밝혔다."),
    ("an interview with a signer of an undated, older agreement",
     "2019년 가람군과 협약을 맺은 한누리 누리에너지 대표를 만났다."),
    ("an interview with the signer of an agreement to come",
     "오는 20일 가람군과 협약을 맺을 한누리 누리에너지 대표를 만났다."),
    ("the occasion of a signing to come",
     "가람시는 오는 20일 누리대와 협약을 맺는 자리에서 지원 계획을 발표할 예정이다."),
    ("a pledge to come through a ceremony", "가람시는 오는 20일 누리대와의 협약식을 통해 협력을 약속할 예정이다."),
    ("an agreement to be carried out", "가람시는 누리대와 업무협약을 실시할 계획이다."),
    ("rule occasion-day: the day of a signing to come", "20일은 가람시와 누리대가 협약을 맺는 날이다."),
    ("… told as the future", "내일은 가람시와 누리대가 협약을 체결하는 날이 될 것이다."),
    ("… a day that was to be it", "가람시와 누리대가 협약을 맺는 날이었던 20일 행사가 취소됐다."),
    ("a plan at the occasion", "가람시는 누리대와 협약을 맺는 자리에서 지원 계획을 발표할 계획이라고 밝혔다."),
    ("a broadcaster's present tense for another day", "가람시와 누리대는 내일 청년 일자리 협약에 서명합니다."),
    ("… or for a plan told today", "가람시는 오늘 누리대와 다음 달 협약을 체결할 예정이라고 밝혔습니다."),
    ("plan", "가나시는 오는 20일 다라재단과 업무협약을 체결할 예정이다."),
    ("plan", "두 기관은 다음 달 협약을 체결하기로 했다."),
    ("plan", "가나시는 라마재단과 업무협약을 체결한다."),
    ("plan", "협약식은 시청에서 가질 예정이다."),
    ("called off", "가나시와 다라군의 협약 체결이 무산됐다."),
    ("called off", "업무협약 체결식이 연기됐다."),
    ("audit", "가나공사는 최근 5년간 18건의 MOU를 맺었다."),
    ("audit", "가나재단은 2011년 다라대, 2014년 마바대와 협약을 체결했지만 실제 사업은 없었다."),
    ("background", "한편 가나군은 다라시와 지난 2017년 5월 우호교류협약을 맺고 교류해 왔다."),
    ("quote", '홍길동 총장은 "다른 대학과도 협약을 체결했다"고 말했다.'),
    ("no agreement word", "가나시는 다라군과 회의를 열었다."),
    ("last year", "가나사는 지난해 다라사와 MOU를 맺었다."),
    ("an earlier one", "업무협약을 체결했던 가나재단은 올해 장학금을 늘렸다."),
    ("a standing tie", "가나시는 다라군과 자매결연을 맺어 왔다."),
    ("a standing tie", "가나시는 다라대학교와 업무협약을 맺고 있다."),
    ("months ago", "가나시는 지난 3월 다라군과 협약을 체결했으며 교류를 이어가고 있다."),
    ("plan", "마바구는 사아은행과 협약을 체결하고 내년부터 보증 사업을 추진할 계획이다."),
    ("plan", "마바구는 사아은행과 협약을 체결하고 보증 사업을 펼칠 계획이라고 밝혔다."),
    ("plan", "자차시는 오는 9일 카타재단과 협약을 체결하고 장학 사업에 나선다."),
    ("a standing tie", "자차시는 카타대학교와 협약을 체결하고 교류해 왔다."),
    ("future", "홍길동 가람군수와 김철수 누리군수는 관광과 농업에서 손을 잡는 내용을 담은 협정서에 서명하게 된다."),
    ("plan", "가람시는 누리재단과 협약식을 갖고 장학 사업을 추진할 계획이다."),
    ("progressive, not a caption", "가람군과 누리교회가 업무협약식을 진행하고 있다."),
    ("a ceremony to come", "오는 9일 시청에서 열릴 협약식에는 홍길동 시장이 참석한다."),
    ("a ceremony to come", "협약식은 오는 9일 시청에서 열릴 예정이다."),
    ("not brought about", "가나시와 다라군의 협약 체결이 이뤄지지 않았다."),
    ("a follow-up meeting", "가나시와 다라대학교는 협약에 따른 후속 회의를 13일 개최했다."),
    ("a meeting before signing", "가나시는 13일 다라대학교와 업무협약 체결을 위한 회의를 열었다."),
    ("an extension", "가나시는 다라대학교와 업무협약을 연장했다."),
    ("joining hands with no agreement", "가람시와 누리대학교가 청년 일자리 창출을 위해 손을 잡았다."),
    ("an agreement bearing fruit", "가람시와 누리대학교가 맺은 청년 일자리 협약이 19일 결실을 맺었다."),
    ("a plan", "가람시와 누리대학교는 업무협약 체결을 추진하고 있다."),
    ("a plan", "가람시는 오는 25일 누리대와 업무협약을 체결하고 공동 사업을 시작한다고 밝혔다."),
    ("a cancellation", "가람시는 누리대학교와의 업무협약을 해지했다."),
    ("an earlier one in passing", "가람시는 지난해 누리대학교와 협약을 체결한 데 이어 올해 가온대학교와도 협력을 이어간다."),
    ("a ceremony to come, the day between", "가람시는 누리대와 업무협약식을 19일 개최할 예정이다."),
    ("a ceremony to come, present tense", "가람시는 누리대와 업무협약식을 다음 달 개최한다."),
    ("an event to come with the signing", "가람시와 누리대는 협약 체결식과 함께 발대식을 가질 예정이다."),
    ("a signing to come, then a plan", "가람시와 누리대는 협약식을 개최하며 청년 지원에 나설 계획이다."),
    ("a product, no signing", "가람전자는 19일 누리은행과 전략적 제휴 카드를 출시했다."),
    ("to come about", "가람시는 누리대와 업무협약을 체결하게 된다."),
    ("a condition", "협약이 맺어지면 가람시는 수수료 일부를 지원하고 누리대는 장학금을 늘린다."),
    ("a kind of tie", "가람시와 누리대학교 사이에 맺어지는 협약은 해마다 늘고 있다."),
    ("expected", "가람시는 누리대와 업무협약을 체결할 것으로 알려졌다."),
    ("an occasion to come", "가람시는 누리대와 업무협약을 체결하는 자리를 가질 예정이다."),
    ("a ceremony that was, in a clause", "업무협약 체결식이 있었던 누리홀은 올해 문을 닫았다."),
    ("a ceremony held, then a plan", "가람시는 누리대와 협약식을 열어 청년 창업을 지원할 계획이다."),
    ("talks before a signing", "가람시와 누리대학교는 협약 체결을 위한 실무 협의를 진행했다."),
    ("another body's signing last month, an aside",
     "한편 다온시도 지난달 솔빛재단과 관광 활성화 협약을 체결하고 3억 원을 지원하기로 했다."),
    ("another body's signing last month, also", "인근 누리군도 지난달 가온복지관과 협약을 맺었다."),
    ("an aside on last month", "한편, 누리군은 지난달 가온은행과 상생 협약을 체결했다."),
    ("an aside on last month, a partner whose name opens like a time word",
     "한편 가온시도 지난달 초록병원과 치매 예방 협약을 체결했다."),
    ("the ceremony's programme (rule ceremony-programme)",
     "협약식은 경과보고, 협약서 서명, 기념촬영 순으로 진행됐다."),
    ("the day's programme", "이날 행사는 기관 소개와 협약서 교환, 현판 전달식 순으로 진행됐다."),
]


@pytest.mark.parametrize("text", [
    "가람시는 지난달 누리대와 업무협약을 체결했다고 밝혔다.",          # the report leads with it
    "한편 가람시는 지난달 27일 누리대와 업무협약을 체결했다.",         # dated: the signing's day
    "가람시도 지난 달 28일 누리대와 협약을 맺었다.",
    "한편 가람시도 지난달 말 누리대와 협약을 맺었다.",                # dated: late last month
])
def test_last_month_dated_or_leading_is_the_reported_signing(text: str) -> None:
    assert reports_signing(text, year=2019)


@pytest.mark.parametrize("text, reported", [
    # a founding day, in full or not, dates the body, not the signing
    ("2010년 3월 2일 개교한 누리대학교는 19일 가람시와 업무협약을 체결했다.", True),
    ("2010년 3월 개교한 누리대학교는 19일 가람시와 업무협약을 체결했다.", True),
    # a day of an earlier year that dates the signing itself is an audit
    ("가나재단은 2011년 3월 2일 다라대와 협약을 체결했지만 사업은 없었다.", False),
    ("가람시는 2017년 5월 2일 누리대와 업무협약을 체결했다.", False),
])
def test_a_year_that_dates_a_noun_is_no_earlier_signing(text: str, reported: bool) -> None:
    assert reports_signing(text, year=2019) is reported


@pytest.mark.parametrize("text", REPORTED)
def test_reported_signings(text: str) -> None:
    assert reports_signing(text)


@pytest.mark.parametrize("why, text", NOT_REPORTED)
def test_not_a_reported_signing(why: str, text: str) -> None:
    assert not reports_signing(text), why


def test_progressive_counts_only_in_a_caption() -> None:
    text = "가나군과 다라군이 11일 가나군청에서 우호협력 협약을 체결하고 있다."
    assert reports_signing(text, caption=True)


def test_holding_the_signed_copy_counts_only_in_a_caption() -> None:
    text = "▲홍길동 가람군수와 김철수 누리텔레콤 본부장이 6일 협약서를 들고 기념촬영을 하고 있다./가람군 제공"
    assert reports_signing(text, caption=True)
    assert not reports_signing(text, caption=False)


def test_attendees_are_parties_only_when_nothing_else_reports_the_signing() -> None:
    alone = ("지난 3일 누리군청 소회의실에서 열린 협약식에는 홍길동 누리군수와 김철수 가람농협 조합장이 참석했다. "
             "이번 협약으로 두 기관은 농산물 판로를 넓힌다.")
    (agreement,) = extract(Article("t", alone)).agreements
    assert sorted(o.name for o in agreement.parties) == ["가람농협", "누리군"]
    assert agreement.venue == "누리군청 소회의실"
    guests = ("누리군은 3일 가람농협과 업무협약을 체결했다. 군청에서 열린 협약식에는 김철수 다솜시장이 참석했다.")
    (agreement,) = extract(Article("t", guests)).agreements
    assert sorted(o.name for o in agreement.parties) == ["가람농협", "누리군"]


def test_a_headline_reports_the_signing_only_when_nothing_else_does() -> None:
    alone = "가람시-누리대학교, 27일 청년 일자리 업무협약 체결\n양 기관은 청년 창업 지원에 협력하기로 했다."
    (agreement,) = extract(Article("t", alone)).agreements
    assert sorted(o.name for o in agreement.parties) == ["가람시", "누리대학교"]
    body = ("가람시-누리대학교, 청년 일자리 업무협약 체결\n"
            "가람시는 27일 시청에서 누리대학교와 업무협약을 체결했다.")
    (agreement,) = extract(Article("t", body)).agreements
    assert agreement.evidence.start > 0                  # the body's sentence, not the headline
    assert not extract(Article("t", "가람시-누리대학교, 업무협약 체결 예정\n양 기관은 다음 달 협약을 맺는다.")).agreements


# rule headline-ahead: a headline naming a time to come announces a plan (the lead under it
# says "체결할 예정"); a headline with no such time, or with 다음 opening another word, reports
@pytest.mark.parametrize("headline, signed", [
    ("솔빛동, 다음 주 누리교회·가온약국과 '이웃 돌봄' 협약", False),
    ("솔빛동, 다음 달 누리교회와 나눔 협약", False),
    ("솔빛동, 내주 누리교회와 나눔 협약", False),
    ("솔빛동, 오는 5일 누리교회와 나눔 협약", False),
    ("솔빛동, 누리교회와 나눔 협약", True),
    ("솔빛동, 다음 주민 돌봄 위해 누리교회와 협약 체결", True),
])
def test_a_headline_with_a_time_to_come_is_a_plan(headline: str, signed: bool) -> None:
    assert reports_signing(headline) is signed


# rule headline, a card-news cover: the parties crossed and the agreement named, an emoji after
# it; the crossed pair with a plan or with no agreement is no report
@pytest.mark.parametrize("cover, signed", [
    ("가람구 × 누리은행 소상공인 상생금융 업무협약 🤝", True),
    ("가람구 × 누리은행 상생 협약", True),
    ("가람구 × 누리은행 상생 협약 추진", False),
    ("가람구 × 누리은행 골목 상권 살리기 🤝", False),
])
def test_a_card_news_cover_crossing_the_parties_reports_the_signing(cover: str,
                                                                      signed: bool) -> None:
    assert reports_signing(cover) is signed


@pytest.mark.parametrize("headline", [
    "가람시-누리대학교, 청년 일자리 업무협약 맞손",
    "가람시-누리대학교, 청년 일자리 MOU 손잡아",
    "가람시·누리대학교 청년 일자리 협약 손잡고",
])
def test_headlines_told_with_joined_hands(headline: str) -> None:
    (agreement,) = extract(Article("t", headline + "\n양 기관은 청년 창업 지원에 협력하기로 했다.")).agreements
    assert sorted(o.name for o in agreement.parties) == ["가람시", "누리대학교"]


@pytest.mark.parametrize("caption", [
    "[사진] 가람시-누리대학교 업무협약 체결 모습.",
    "▲ 가람시와 누리대학교의 업무협약식 모습.",
    "▲ 업무협약식에서 김가람 가람시장(왼쪽)과 박누리 누리대학교 총장이 기념촬영을 하고 있다.",
])
def test_a_caption_picturing_the_ceremony_reports_the_signing(caption: str) -> None:
    assert extract(Article("t", "가람시는 청년 정책을 발표했다.\n" + caption)).agreements
    assert not reports_signing(caption.lstrip("[사진]▲ "))    # only as a caption


def test_a_ceremony_attended_reports_the_signing_only_when_nothing_else_does() -> None:
    alone = "김가람 가람시장과 박누리 누리대학교 총장이 19일 업무협약식에 참석했다."
    (agreement,) = extract(Article("t", alone)).agreements
    assert sorted(o.name for o in agreement.parties) == ["가람시", "누리대학교"]
    body = ("가람시는 19일 누리대학교와 업무협약을 체결했다. "
            "가온군 김솔 군수는 이날 업무협약식에 참석해 축사를 했다.")
    (agreement,) = extract(Article("t", body)).agreements
    assert sorted(o.name for o in agreement.parties) == ["가람시", "누리대학교"]   # 가온군 a guest
    assert not extract(Article("t", "김가람 가람시장은 다음 달 업무협약식에 참석할 예정이다.")).agreements


def test_a_ceremony_named_with_its_place_is_reported_through_its_attendees() -> None:
    # "…에서의 협약식에는 … 참석했다": the place in a noun phrase, as "…에서 열린 협약식"
    text = "19일 한빛시청 대회의실에서의 협약식에는 김한빛 한빛시장과 박누리 누리대학교 총장이 참석했다."
    (agreement,) = extract(Article("t", text)).agreements
    assert sorted(o.name for o in agreement.parties) == ["누리대학교", "한빛시"]
    assert agreement.venue == "한빛시청 대회의실"


def test_a_caption_naming_the_ceremony_or_showing_the_signed_copy_reports_it() -> None:
    named = "[사진] 가람시-누리대학교 업무협약식\n가람시는 누리대학교와 청년 일자리 창출에 힘을 모은다."
    (agreement,) = extract(Article("t", named)).agreements
    assert sorted(o.name for o in agreement.parties) == ["가람시", "누리대학교"]
    shown = "가람시와 누리대학교 관계자들이 27일 협약서를 들어 보이고 있다. /가람시 제공"
    assert reports_signing(shown, caption=True)
    assert not reports_signing("가람시, 누리대학교와 업무협약 체결로 청년 정책 기대")


def test_last_december_reported_in_january() -> None:
    assert reports_signing("가나시는 지난해 12월 28일 다라군과 협약을 체결했다.", year=2025)
    assert reports_signing("가나시는 2024년 12월 28일 다라군과 협약을 체결했다.", year=2025)
    assert not reports_signing("가나시는 2023년 5월 다라군과 협약을 체결했다.", year=2025)


@pytest.mark.parametrize("text", [
    "가람시는 19일 누리대와 '2030년 탄소중립 달성'을 위한 업무협약을 체결했다.",
    "가람시는 19일 누리대와 2020년까지 청년 1천명을 고용하는 협약을 체결했다.",
    "가람시는 19일 누리대와 2020년 청년 일자리 사업 협약을 체결했다.",
])
def test_a_later_year_is_a_target_not_the_day_of_a_past_signing(text: str) -> None:
    assert reports_signing(text, year=2019)
    assert not reports_signing(text.replace("19일", "2017년 5월"), year=2019)


@pytest.mark.parametrize("text", [
    "가람시는 19일 누리대와 2018년 개교한 가온캠퍼스에서 협약을 체결했다.",
    "가람시는 19일 2015년 문을 연 누리센터와 협약을 체결했다.",
    "가람시는 2017년 맺은 협약을 바탕으로 19일 누리대와 새 협약을 체결했다.",
])
def test_a_year_that_dates_a_noun_does_not_date_the_signing(text: str) -> None:
    assert reports_signing(text, year=2019)


def test_an_earlier_year_before_the_word_for_a_still_dates_the_signing() -> None:
    # "한" alone is "a", not a verb closing a clause
    assert not reports_signing("가람재단은 2017년 한 민간 연구소와 협약을 체결했지만 실적이 없었다.",
                               year=2019)


@pytest.mark.parametrize("text", [
    "가람시는 19일 누리대와 향후 3년간 청년 100명을 지원하는 협약을 체결했다.",   # the term
    "가람시는 19일 누리대와 5년간 100억원을 투자하는 업무협약을 체결했다.",
    "가람시는 19일 누리대와 청년 채용 등 3건의 사업을 담은 협약을 체결했다.",   # not a count of MOUs
    "가람시는 그동안 쌓아온 신뢰를 바탕으로 19일 누리대와 협약을 체결했다.",    # a relative clause
    "가람시는 19일 지난해 문을 연 누리센터와 협약을 체결했다.",
    "가람시는 19일 지난 3월 개관한 누리센터와 협약을 체결했다.",
    "가람시는 지난해에 이어 올해도 누리대와 협약을 체결했다.",               # a renewal this year
    "가람시는 지난해 양해각서(MOU) 체결에 이어 19일 누리대와 본협약을 체결했다.",  # an earlier step
    "가람시는 지난 3월 MOU 체결 이후 19일 누리대와 본협약을 맺었다.",
    "가람시는 지난해 MOU를 맺은 누리대와 19일 실무 협약을 체결했다.",
])
def test_a_look_back_inside_a_clause_of_the_signing_is_no_audit(text: str) -> None:
    assert reports_signing(text, year=2019)


@pytest.mark.parametrize("text", [
    "가람공사는 최근 5년간 18건의 MOU를 맺었다.",
    "가람시는 지난해 누리대와 협약을 체결했다.",
    "가람시는 그동안 누리대와 협약을 세 차례 체결했다.",
    "가람시는 지난해 누리대와 MOU를 체결했고 올해는 실무 협력을 강화한다.",
])
def test_a_look_back_on_the_signing_itself_is_an_audit(text: str) -> None:
    assert not reports_signing(text, year=2019)


@pytest.mark.parametrize("text, signed", [
    ("가람시는 19일 코로나19로 연기됐던 누리대와의 업무협약을 체결했다.", True),   # a modifier
    ("가람시는 19일 그동안 미뤄졌던 누리대와의 업무협약을 체결했다.", True),
    ("가람시는 19일 누리대와 보류된 사업 재개를 위한 협약을 체결했다.", True),
    ("가람시와 누리대의 업무협약이 연기됐다.", False),
    ("가람시와 누리대의 업무협약 체결식이 무산됐다.", False),
    ("가람시는 19일 누리대와 협약을 체결했으나 일주일 만에 해지했다.", False),
])
def test_a_signing_called_off_only_in_a_modifier_still_stands(text: str, signed: bool) -> None:
    assert reports_signing(text, year=2019) == signed



@pytest.mark.parametrize("text, signed", [
    # a past day dates the signing: the plan or expectation is what follows it
    ("가람시는 19일 누리대와 협약을 체결하고, 청년 창업을 지원할 것으로 기대된다고 밝혔다.", True),
    ("가람시는 지난 19일 누리대와 협약을 체결하고 청년 창업을 지원할 계획이라고 밝혔다.", True),
    # no day, or a day to come: the signing is part of the plan
    ("가람시는 누리대와 협약을 체결하고 청년 창업을 지원할 계획이다.", False),
    ("가람시는 오는 19일 누리대와 협약을 체결하고 청년 창업을 지원할 계획이다.", False),
    ("가람시는 19일부터 누리대와 협약을 체결하고 청년 창업을 지원할 계획이다.", False),
])
def test_a_plan_after_a_dated_signing_is_what_follows_it(text: str, signed: bool) -> None:
    assert reports_signing(text, year=2019) == signed


@pytest.mark.parametrize("headline, signed", [
    ("[칼럼] 협약서는 서랍 속에 있다", False),
    ("[사설] 협약 남발, 이행 점검부터", False),
    ("[가람누리 칼럼] 도시의 약속", False),
    ("【기자수첩】 협약식 사진 한 장", False),
    ("가람시, 누리대와 협약 [종합]", True),        # a tag at the end is no opinion tag
    ("[인터뷰] 누리전자 대표 \"협약으로 판로 열었다\"", True),   # an interview reports
])
def test_an_opinion_piece_reports_no_signing(headline: str, signed: bool) -> None:
    # rule opinion: a column names a past agreement to comment on it, as background
    text = (f"{headline}\n\n가람시는 최근 누리대학교와 청년 일자리 협약을 맺었다. "
            "그러나 협약은 약속의 시작일 뿐이다.")
    found = extract(Article(id="x", text=text, published=dt.date(2024, 3, 10))).agreements
    assert bool(found) is signed


# what a column telling a signing as news says the parties agreed to do
_TERMS = " 두 기관은 청년 인턴십 운영과 창업 공간 제공에 힘을 모으기로 했다."


@pytest.mark.parametrize("told, signed", [
    # rule opinion-news: a signing told whole with its day, within the month before, is news
    ("지난 3일 가람시는 시청에서 누리대학교와 청년 일자리 협약을 맺었다." + _TERMS, True),
    ("가람시(시장 김다온)는 지난달 24일 누리대학교와 청년 일자리 협약을 맺었다." + _TERMS, True),
    # an older or undated one stays background
    ("가람시는 지난해 11월 3일 시청에서 누리대학교와 청년 일자리 협약을 맺었다." + _TERMS, False),
    ("가람시가 누리대학교와 청년 일자리 협약을 맺은 지 2년이 지났다." + _TERMS, False),
    # … and so does one named to argue about it, with neither terms nor place nor heads
    ("지난 3일 가람시가 누리대학교와 청년 일자리 협약을 맺었다는 소식을 들었다.", False),
    ("가람시가 지난 3일 솔빛테크와 스마트시티 업무협약을 맺었다.", False),
    ("지난 3일 가람시청에서 가람시는 누리대학교와 청년 일자리 협약을 체결했다.", False),
])
def test_a_column_tells_a_signing_of_this_month_as_news(told: str, signed: bool) -> None:
    text = f"[가람 칼럼] 청년은 어디로 가나\n\n떠나는 청년이 늘고 있다. {told} 중요한 것은 그다음이다."
    found = extract(Article(id="x", text=text, published=dt.date(2024, 3, 10))).agreements
    assert bool(found) is signed


def test_year_of_publication_is_not_background() -> None:
    text = "가나대학교는 2024년 3월 5일 다라시와 업무협약을 체결했다."
    assert reports_signing(text, year=2024)
    assert reports_signing(text, year=None)
    assert not reports_signing(text, year=2025)


@pytest.mark.parametrize("text, kind", [
    ("양해각서(MOU)를 체결했다", "양해각서"), ("MOU를 맺었다", "MOU"),
    ("업무 협약을 체결했다", "업무협약"), ("자매결연 협약을 체결했다", "자매결연"),
    ("산학협력 협정을 체결했다", "협정"),
])
def test_agreement_kind(text: str, kind: str) -> None:
    assert agreement_kind(text) == kind


def _slots(text: str):
    return slots(clause(Sentence(0, len(text), text)))


SLOTS = [
    # sentence, parties (in order: subject then partners), unnamed partners
    ("가온대학교(총장 서하늘)는 5일 본관 대회의실에서 서울 강서구청(구청장 최한빛)과 상호협력 업무협약을 체결했다.",
     ["가온대학교", "서울 강서구청"], 0),
    ("한빛건설과 한국서해발전이 7일 해외 신재생사업 공동 진출을 위한 양해각서(MOU)를 체결했다.",
     ["한국서해발전", "한빛건설"], 0),
    ("가나시는 19일 시청 대회의실에서 주요 협회·출연기관 등 11곳과 업무협약을 했다고 밝혔다.",
     ["가나시"], 11),
    ("국립 가나과학기술대학교는 (주)다라,(주)마바코리아, (주)사아바이오 등 세 개 기업과 기술협력 협정을 맺었다.",
     ["국립 가나과학기술대학교", "다라", "마바코리아", "사아바이오"], 0),
    ("가나농협 홍길동 이사장과 다라중앙병원 김철수 이사장은 업무협약을 맺었다.",
     ["다라중앙병원", "가나농협"], 0),
    ("가나소방서와 가나경찰서 라마과학대학교는 29일 업무협약을 체결했다.",
     ["가나경찰서", "라마과학대학교", "가나소방서"], 0),
    ("가나시를 비롯한 가나교육지원청, 가나경찰서는 지난 4일 업무 협약식을 개최했다.",
     ["가나시", "가나교육지원청", "가나경찰서"], 0),
    ("가나대학교는 산학협력단이 이달 4일 (사)다라기술진흥협의회와 업무 협약을 맺었다.",
     ["가나대학교 산학협력단", "다라기술진흥협의회"], 0),
    ("가나대학교 LINC 3.0 사업단은 다라대학교 산학협력단과 업무협약을 체결했다.",
     ["가나대학교 LINC 3.0 사업단", "다라대학교 산학협력단"], 0),
    ("가나구 8개 동 주민자치위원회는 21일 가나구청소년수련관과 업무협약을 맺었다.",
     ["가나구청소년수련관"], 8),
    ("LG전자는 미국 Microsoft와 클라우드 협력 MOU를 체결했다.", ["LG전자", "Microsoft"], 0),
    ("가나대학교는 Hanoi University of Science와 학술교류 협정을 체결했다.",
     ["가나대학교", "Hanoi University of Science"], 0),
    ("가나도와 다라시, 마바군은 광역 교통 협약을 체결했다.", ["가나도", "다라시", "마바군"], 0),
    ("가나군은 가나농협, 가나신협, 가나새마을금고 등 3개 금융기관과 출산장려 협약을 체결했다.",
     ["가나군", "가나농협", "가나신협", "가나새마을금고"], 0),
    # two holders of one title joined by a dot are people, not a body of the list
    ("협약서에는 가나시 이솔 부시장과 다라바이오 공동대표 정하늘·김누리가 서명했다.",
     ["가나시", "다라바이오"], 0),
    # … but a body after a comma that reads as a name is listed
    ("가나시는 다라대 총장 박다온, 이노텍과 협약을 맺었다.", ["가나시", "다라대", "이노텍"], 0),
    # rule host-modifier: the host or sponsor of the event the signing took place at
    ("가나시가 주최하고 다라은행이 후원한 채용 박람회에서 마바테크와 사아대학교가 4일 협약을 맺었다.",
     ["마바테크", "사아대학교"], 0),
    # rule industry-loanword-kind: an industry's loanword before a bare name is its kind
    ("가나시는 AI 반도체 팹리스 다라칩스와 협약을 맺었다.", ["가나시", "다라칩스"], 0),
    ("가나시는 핀테크 다라페이와 협약을 맺었다.", ["가나시", "다라페이"], 0),
    # … but a name ending in such a word is the company's own
    ("가나시는 마바핀테크와 협약을 맺었다.", ["가나시", "마바핀테크"], 0),
    # rule operator-modifier: the body that runs or founded a party is its parent, no party
    ("가나문화재단이 운영하는 다라미술관과 극단 마바가 19일 협약을 맺었다.", ["다라미술관", "극단 마바"], 0),
    ("가나시가 설립한 다라청년센터는 마바은행과 협약을 체결했다.", ["다라청년센터", "마바은행"], 0),
    # … but a party named before the modifier of its partner stays one
    ("가나문화재단은 다라시가 운영하는 마바도서관과 협약을 맺었다.", ["가나문화재단", "마바도서관"], 0),
    # rule described-item: after a list's comma, an object and a verb describing the next
    # item leave the body before the comma in the list
    ("가나구는 25일 가나구자원봉사센터, 편의점 '다라24'를 운영하는 다라리테일과 협약을 맺었다.",
     ["가나구", "가나구자원봉사센터", "다라리테일"], 0),
    ("가나시는 25일 다라대학교, 카페를 운영하는 마바협동조합과 협약을 맺었다.",
     ["가나시", "다라대학교", "마바협동조합"], 0),
    # rule copula-described-item: a noun with the copula's 인 describing the next item
    ("가나시는 28일 수소버스 제조사 다라모빌리티, 시내버스 운송사업자인 마바여객과 협약을 체결했다.",
     ["가나시", "다라모빌리티", "마바여객"], 0),
    ("가나시는 28일 다라대학교, 지역 거점병원인 마바의료원과 협약을 맺었다.",
     ["가나시", "다라대학교", "마바의료원"], 0),
    # … but words before the comma that are no body stay out ("청년, 노인인 …")
    ("가나시는 28일 청년, 노인인 주민을 돕는 다라복지재단과 협약을 맺었다.", ["가나시", "다라복지재단"], 0),
    # … but words before the comma that are no body are no item ("청년, 노인을 위한 …")
    ("가나시는 25일 청년, 노인을 위한 다라복지재단과 협약을 맺었다.", ["가나시", "다라복지재단"], 0),
    # … but a party that also hosts stays one
    ("가나시가 주최한 박람회에서 가나시와 다라대학교가 협약을 맺었다.", ["가나시", "다라대학교"], 0),
    # … but a word saying only what kind of company ("유통업체") is no body of the list
    ("가나군은 4일 가나농협, 유통업체와 농산물 판로 협약을 맺었다.", ["가나군", "가나농협"], 0),
    ("가나군은 4일 가나농협, 다라유통과 농산물 판로 협약을 맺었다.", ["가나군", "가나농협", "다라유통"], 0),
    ("가나대 LINC 3.0 사업단은 다라기업과 가족회사 협약을 체결했다.", ["가나대 LINC 3.0 사업단", "다라기업"], 0),
    ("영천시는 부산광역시와 함께 관광 활성화와 교통 개선을 위한 협약식을 가졌다.", ["영천시", "부산광역시"], 0),
    ("가나시, 다라대학교, 마바상공회의소 3개 기관은 20일 업무협약을 체결했다.",
     ["가나시", "다라대학교", "마바상공회의소"], 0),
    # a count of firms written "3사" closes the list as "3개사" does; "3사업", "3사단" are no count
    ("파로소프트와 윤솔에너지, 하람정보통신 3사는 17일 업무협약을 맺었다.",
     ["파로소프트", "윤솔에너지", "하람정보통신"], 0),
    ("가나시는 17일 다라건설 등 2사와 업무협약을 맺었다.", ["가나시", "다라건설"], 1),
    ("가나시는 17일 지역 건설사 3사와 업무협약을 맺었다.", ["가나시"], 3),
    ("홍길동 가나대 총장은 다라시청을 방문해 업무협약을 체결했다.", ["가나대", "다라시청"], 0),
    # a country visited is where the signing took place, not a party
    ("가나시 대표단은 베트남을 방문해 다낭시와 우호협력 협약을 체결했다.", ["가나시", "다낭시"], 0),
    # rule visited-place: a foreign city written bare is where, unless no other partner is named
    ("가온시는 14일 하노이를 방문해 누리대학교와 업무협약을 체결했다.", ["가온시", "누리대학교"], 0),
    ("가온시는 하노이를 방문 중인 누리대학교 대표단과 업무협약을 체결했다.", ["가온시", "누리대학교"], 0),
    ("가온시는 14일 하노이를 방문해 자매결연 협약을 체결했다.", ["가온시", "하노이"], 0),
    ("가온시는 14일 하노이시를 방문해 자매결연 협약을 체결했다.", ["가온시", "하노이시"], 0),
    # a body's delegation ("방문단", "총장 일행") signs for the body; a bare "일행" names none
    ("가나대 방문단은 10일 보스턴에서 다라대와 교류 협정을 맺었다.", ["가나대", "다라대"], 0),
    # rule watching-subject: who watches the signing ("…가 지켜보는 가운데") is no party
    ("누리군은 2일 군청에서 박가온 다솜도 경제부지사가 지켜보는 가운데 가람케미칼과 투자협약을 체결했다.",
     ["누리군", "가람케미칼"], 0),
    ("누리군은 2일 다솜도지사가 입회한 가운데 가람케미칼, 솔빛소재와 투자협약을 체결했다.",
     ["누리군", "가람케미칼", "솔빛소재"], 0),
    # a sports club by its generic noun "구단": the club's name is the words before it
    ("가람 썬더볼츠 구단은 5일 가람시, 누리프로농구연맹과 유소년 협약을 체결했다.",
     ["가람 썬더볼츠", "가람시", "누리프로농구연맹"], 0),
    ("누리시는 다온 레이븐스 선수단과 지역 봉사 협약을 맺었다.", ["누리시", "다온 레이븐스"], 0),
    ("가나대 총장 일행은 10일 보스턴에서 다라대와 교류 협정을 맺었다.", ["가나대", "다라대"], 0),
    ("일행은 10일 보스턴에서 다라대와 교류 협정을 맺었다.", ["다라대"], 0),
    # a body's own word for itself on its page ("본교", "당행") is no name
    ("본교는 지난 20일 다라시와 지역혁신 협약을 체결했다.", ["다라시"], 0),
    ("당행은 20일 다라시와 상생금융 협약을 체결했다.", ["다라시"], 0),
    ("가나시가 이달 시내에 있는 다라대학교와 청년 인력을 살려 주민 건강을 돌보고 대학을 키우기로 하는 관학협력을 맺었다.",
     ["가나시", "다라대학교"], 0),
    # words between "등" and the count describe the counted; a bare name before "등" is a body
    ("가나대학교는 21일 ㈜다라테크, 마바소프트 등 정보통신 기업 7곳과 가족회사 협약을 체결했다.",
     ["가나대학교", "다라테크", "마바소프트"], 5),
    ("사아군은 ㈜가나식품, 다라정밀(주), 마바물산㈜ 등 관내 3개 기업과 상생 협약을 체결했다.",
     ["사아군", "가나식품", "다라정밀", "마바물산"], 0),
    ("자차시는 카타전자, 파하물류 등 지역 기업 5곳과 협약을 체결했다.", ["자차시", "카타전자", "파하물류"], 3),
    ("가나대학교는 가람웍스, 누리소프트 등 소프트웨어 기업 9곳과 가족회사 협약을 체결했다.",
     ["가나대학교", "가람웍스", "누리소프트"], 7),
    ("가나시는 노인복지관 등 5곳과 협약을 체결했다.", ["가나시", "노인복지관"], 4),
    ("가나시는 복지관 등 5곳과 협약을 체결했다.", ["가나시"], 5),     # a kind of body, no name
    # a word right before a count, with no 등 and no list, says what is counted
    ("한빛재단이 지역아동센터 5곳과 돌봄 지원 협약을 맺었다.", ["한빛재단"], 5),
    # a word whose aside names its head is a body, whatever its ending
    ("가람대는 지역 기업 솔빛(대표 홍길동), 하늘결(대표 김철수), 모아랩(대표 이영희)과 협약을 맺었다.",
     ["가람대", "솔빛", "하늘결", "모아랩"], 0),
    ("가람대는 솔빛(대표 홍길동), 하늘결(대표 김철수) 등 2개 기업과 협약을 맺었다.",
     ["가람대", "솔빛", "하늘결"], 0),
    ("가람시는 AB 텔레콤(대표 홍길동)과 협약을 맺었다.", ["가람시", "AB 텔레콤"], 0),
    ("가람그룹은 CD 유플러스와 업무협약을 체결했다.", ["가람그룹", "CD 유플러스"], 0),
    # a dotted list Kiwi reads as one word, its last body with a unit after it
    ("가람노인복지관ㆍ가람소방서ㆍ한국마사회 서울 문화센터는 15일 업무협약을 체결했다.",
     ["가람노인복지관", "가람소방서", "한국마사회 서울 문화센터"], 0),
    ("가람노인복지관(관장 홍길동 스님)ㆍ가람소방서(서장 김철수)ㆍ한국마사회 서울 문화센터(센터장 이영희)는 15일 업무협약을 체결했다.",
     ["가람노인복지관", "가람소방서", "한국마사회 서울 문화센터"], 0),
    # rule dotted-town-body: the last dotted piece is a county, the word after it a members'
    # body named after it
    ("가람경찰서는 9일 군청ㆍ누리전력ㆍ솔빛정밀ㆍ가람군 새마을부녀회와 업무협약을 체결했다.",
     ["가람경찰서", "군청", "누리전력", "솔빛정밀", "가람군 새마을부녀회"], 0),
    # NOT: a company before the members' body is no town of it
    ("가람경찰서는 9일 군청ㆍ누리전력ㆍ솔빛정밀 새마을부녀회와 업무협약을 체결했다.",
     ["가람경찰서", "군청", "누리전력", "솔빛정밀", "새마을부녀회"], 0),
    # Kiwi reads "○○구청과" as ○○구 + 청과 (fruit): the particle is cut all the same
    ("가람공단 부산지역본부는 부산시 수영구청과 9일 업무 협약을 체결했다.",
     ["가람공단 부산지역본부", "부산시 수영구청"], 0),
    ("가람시는 누리마트, 솔빛상회와 상생 협약을 체결했다.", ["가람시", "누리마트", "솔빛상회"], 0),
    # a particle Kiwi reads as a noun after a number
    ("가람봉사대는 4일 누리나눔21(상임대표 김철수)과 협약식을 가졌다.", ["가람봉사대", "누리나눔21"], 0),
    ("가람시는 누리전문대학교 국방계열(계열부장 홍길동)과 협약을 맺었다.", ["가람시", "누리전문대학교 국방계열"], 0),
    # company names ending in a Latin ampersand name written in Hangul (E&C, F&B, C&S)
    ("가온구는 지역 기업 라온에프앤비, 미르씨앤에스, 솔빛이앤씨와 청년 일자리 협약을 체결했다.",
     ["가온구", "라온에프앤비", "미르씨앤에스", "솔빛이앤씨"], 0),
    # rule between: the bodies named before the bound noun 간, glued or a word of its own
    ("10일 가온시청에서 가온시와 나래대학교 간 업무협약을 체결했다.", ["가온시", "나래대학교"], 0),
    ("가온시와 나래대학교 간의 협약식이 10일 열렸다.", ["가온시", "나래대학교"], 0),
    ("15일 이사장실에서 가온·누리·다솜새마을금고간 상생 협약식을 가졌다.",
     ["가온새마을금고", "누리새마을금고", "다솜새마을금고"], 0),
    ("가온시·나래대학교·한빛은행 간 업무협약이 10일 시청에서 체결됐다.",
     ["가온시", "나래대학교", "한빛은행"], 0),
    ("업무협약은 가온시와 누리대학교 사이에 10일 체결됐다.", ["가온시", "누리대학교"], 0),
    ("가온시·누리대학교 공동 업무협약이 10일 체결됐다.", ["가온시", "누리대학교"], 0),
    # … but before 공동 and a noun of doing, the words are what is done jointly, no body
    ("가온시는 10일 누리대와 지역기업 판로 공동 지원 협약을 체결했다.", ["가온시", "누리대"], 0),
    ("가온시와 누리대학교 공동 연구센터 협약이 10일 체결됐다.", ["가온시", "누리대학교"], 0),
    # rule transcribed-brand: a proper noun before a transcribed word names one company
    ("다솜시는 지난 3일 아마존 웹서비스와 데이터 교육 협약을 맺었다.", ["아마존 웹서비스", "다솜시"], 0),
    # rule kind-glued-to-name: a word saying only what kind of company comes first is no part
    # of a Latin or transcribed name after it; a company's own name in 기업 stays a body
    ("종합유통기업 KD&M(대표 김다온)은 9일 누리푸드와 물류 협약을 체결했다.", ["KD&M", "누리푸드"], 0),
    ("가온소재는 9일 독일 화학기업 베르토라케미와 공동연구 협약을 맺었다.", ["가온소재", "베르토라케미"], 0),
    ("친환경소재 기업 PL&K와 누리대학교는 9일 인재 양성 협약을 맺었다.", ["PL&K", "누리대학교"], 0),
    ("한빛기업 AB&C는 9일 누리대학교와 협약을 맺었다.", ["누리대학교", "한빛기업 AB&C"], 0),
    # rule given-to: the body marked 에 in the clause of giving that names the agreement
    ("한빛건설은 9일 누리시 인재육성재단에 장학금 1억원을 기탁하는 협약을 체결했다.",
     ["누리시 인재육성재단", "한빛건설"], 0),
    ("가람은행은 9일 누리복지재단에 성금을 전달하는 협약을 맺었다.", ["가람은행", "누리복지재단"], 0),
    # a department of a university signs: the unit, named after its university
    ("누리대학교 간호학과는 9일 가람요양병원과 임상실습 협약을 체결했다.", ["가람요양병원", "누리대학교 간호학과"], 0),
    # rule transcribed-pair: a foreign name in Hangul, then one more word of the name
    ("다솜병원은 9일 미국 메이요 클리닉과 의료 협력 협약을 체결했다.", ["다솜병원", "메이요 클리닉"], 0),
    ("누리시는 9일 독일 프라운호퍼 연구소와 수소 기술 협약을 체결했다.", ["누리시", "프라운호퍼 연구소"], 0),
    ("누리대학교는 9일 엔비디아 코리아와 인재 양성 협약을 체결했다.", ["누리대학교", "엔비디아 코리아"], 0),
    # … but the people of a place are no company
    ("누리대학교 사업단과 가온지역 상인들이 협약을 맺었다.", ["누리대학교 사업단"], 0),
    # … but a country before it is no part of the name
    ("다솜시는 10일 미국 클라우드와 인재 양성 협약을 체결했다.", ["다솜시", "클라우드"], 0),
    # a party's side or its people stand for it in a slot
    ("가온시는 누리대학교 측과 10일 업무협약을 체결했다.", ["가온시", "누리대학교"], 0),
    ("가온시 관계자와 누리대학교 관계자들이 10일 협약서에 서명했다.", ["가온시", "누리대학교"], 0),
    # rule paired: two names joined by a hyphen; a dash on its own separates like a comma
    ("가온시-나래대학교간 업무협약이 10일 체결됐다.", ["가온시", "나래대학교"], 0),
    ("가온문화재단은 누리미술관 – 다솜미술관과 교류 협약을 체결했다.",
     ["가온문화재단", "누리미술관", "다솜미술관"], 0),
    # a counted list of companies with no known ending: the day before the first item, a
    # name Kiwi reads as a verb (푸르 + ㄴ), a four-syllable name that reads as 한 + 결소재
    ("가람시는 13일 시청에서 솔바람, 푸른들식품, 다온텍, 한결소재 등 4개사와 투자협약을 체결했다.",
     ["가람시", "솔바람", "푸른들식품", "다온텍", "한결소재"], 0),
    ("가람시는 13일 오후 솔바람, 다온텍 등 2개 기업과 투자협약을 체결했다.",
     ["가람시", "솔바람", "다온텍"], 0),
    ("가람시는 13일 솔바람, 다온텍, 한결소재 등과 투자협약을 체결했다.",
     ["가람시", "솔바람", "다온텍", "한결소재"], 0),
    # the subject of a signing with a named partner, with no ending ("솔바람은 … 가람시와");
    # a time is no subject body
    ("솔바람은 13일 가람시와 청년 일자리 창출을 위한 업무협약을 체결했다.", ["솔바람", "가람시"], 0),
    ("올해는 가람시와 누리대학교가 협약을 체결했다.", ["가람시", "누리대학교"], 0),
    # parties named only by their heads' titles, fused or after the body
    ("가온시장과 누리대 총장이 13일 청년 정착 지원 협약을 체결했다.", ["가온시", "누리대"], 0),
    ("시장과 총장이 협약을 체결했다.", [], 0),
    # quotes around one party's name
    ("가람시는 13일 ‘누리대학교’와 업무협약을 체결했다.", ["가람시", "누리대학교"], 0),
    ("가람시는 13일 '다솜솔루션'과 스마트시티 업무협약을 체결했다.", ["가람시", "다솜솔루션"], 0),
    # 간 that Kiwi reads as a verb (가 + ㄴ) before the agreement's name
    ("가람시와 누리대학교 간 청년 정착 협약이 13일 체결됐다.", ["가람시", "누리대학교"], 0),
    # a word saying what kind of company stands right before its bare name
    ("가람시는 13일 사회적기업 누리나눔과 업무협약을 체결했다.", ["가람시", "누리나눔"], 0),
    ("가람대학교는 13일 스타트업 누리랩과 업무협약을 체결했다.", ["가람대학교", "누리랩"], 0),
    ("가람군은 13일 식품 가공업체 누리푸드와 업무협약을 체결했다.", ["가람군", "누리푸드"], 0),
    # a platform or a brand is the company that runs it
    ("누리대학교는 13일 쇼핑 플랫폼 다온몰과 업무협약을 체결했다.", ["누리대학교", "다온몰"], 0),
    ("가람군은 13일 스포츠 브랜드 솔빛핏과 업무협약을 체결했다.", ["가람군", "솔빛핏"], 0),
    # an agency and a charity by their kind; the kind vouches for a name Kiwi reads as a
    # verb (라 + 우 + ㅁ)
    ("가온문화재단은 13일 공연기획사 라움과 업무협약을 맺었다.", ["가온문화재단", "라움"], 0),
    ("가람군은 13일 아동 구호단체 솔바람과 업무협약을 맺었다.", ["가람군", "솔바람"], 0),
    # rule trade-kind: a company by its trade (부품사, 유통사, 제약사 …) right before its bare
    # name, after a place word or not
    ("솔빛모터스는 4일 현지 부품사 탄롱과 협약을 맺었다고 밝혔다.", ["솔빛모터스", "탄롱"], 0),
    ("다온바이오가 인도네시아 제약사 쿠라파르마와 기술이전 계약에 이어 공동개발 협약을 맺었다.",
     ["다온바이오", "쿠라파르마"], 0),
    ("해솔푸드는 8일 미국 현지 유통사 그린베일과 판매 협약을 맺었다고 9일 밝혔다.",
     ["해솔푸드", "그린베일"], 0),
    # … never the trade as a class: in the plural, counted loosely, or with no name after it
    ("솔빛모터스는 4일 현지 부품사들과 상생 협약을 맺었다고 밝혔다.", ["솔빛모터스"], 0),
    ("가람식품은 지난 11일 여러 유통사와 수출 협약을 체결했다.", ["가람식품"], 0),
    ("다온바이오는 지역 제약사와 협약을 맺었다.", ["다온바이오"], 0),
    # … but not a group of no name, nor a verb after a kind ("기업 지원과")
    ("가람군은 13일 지역 시민단체와 업무협약을 맺었다.", ["가람군"], 0),
    ("가람군은 13일 기업 지원과 관련해 누리대학교와 협약을 맺었다.", ["가람군", "누리대학교"], 0),
    # the kind vouches for a name that reads as a person's (도 + 다온)
    ("쇼핑 플랫폼 도다온은 13일 가람군과 업무협약을 체결했다.", ["도다온", "가람군"], 0),
    ("가람군은 13일 스타트업 도다온과 업무협약을 체결했다.", ["가람군", "도다온"], 0),
    # … but a common noun after the kind is what is done for companies
    ("가람군은 13일 중소기업 육성과 관련해 누리대학교와 협약을 맺었다.", ["가람군", "누리대학교"], 0),
    ("가람군은 13일 온라인 플랫폼 구축과 관련해 누리대학교와 협약을 맺었다.", ["가람군", "누리대학교"], 0),
    # a transcribed company name right after its country (지멘스 reads as 지 + 멘스)
    ("가람전자는 13일 독일 지멘스와 기술 협력 양해각서를 체결했다.", ["가람전자", "지멘스"], 0),
    ("가람시는 13일 일본 정부와 협약을 체결했다.", ["가람시"], 0),
    # … but not its people
    ("가람시는 13일 회사 직원과 함께 누리대학교와 업무협약을 체결했다.", ["가람시", "누리대학교"], 0),
    ("가람시는 13일 지역 기업 대표들과 상생 협약을 체결했다.", ["가람시"], 0),
    # short names joined by a middle dot in one word Kiwi reads as common nouns
    ("가온시는 20일 누리대·다솜대와 업무협약을 체결했다.", ["가온시", "누리대", "다솜대"], 0),
    # a word saying what kind of company, before the company's name, is no party
    ("가온시는 20일 지역 향토기업 한빛식품과 상생협약을 체결했다.", ["가온시", "한빛식품"], 0),
    # an investor's kind before a name ending in its own company word is no part of it
    # (generic_orgs.txt); the kind joined into a name still is the name
    ("가온대학교는 13일 지역 벤처캐피털 누리파트너스와 업무협약을 맺었다.",
     ["가온대학교", "누리파트너스"], 0),
    ("가온시는 13일 자산운용사 다온인베스트먼트와 업무협약을 맺었다.",
     ["가온시", "다온인베스트먼트"], 0),
    ("가온시는 13일 누리벤처캐피탈과 업무협약을 맺었다.", ["가온시", "누리벤처캐피탈"], 0),
    # bullets inside the sentence part the items of a party list
    ("가온시는 20일 ▲한빛에너지 ▲누리솔라 ▲다솜소재와 투자협약을 체결했다.",
     ["가온시", "한빛에너지", "누리솔라", "다솜소재"], 0),
    # a company whose name Kiwi reads as an adjective (푸르 + ㄴ) still names the subject
    ("푸른건설은 20일 가람시와 업무협약을 체결했다.", ["푸른건설", "가람시"], 0),
    ("가람시는 20일 희망산업과 업무협약을 체결했다.", ["가람시", "희망산업"], 0),
    ("가람시는 20일 희망약국과 업무협약을 체결했다.", ["가람시", "희망약국"], 0),
    # rule beside-in-slot: the word opening a party slot before a company head is the
    # company, even a common word; a word of time, kind or office is not
    ("솔바람 김누리 대표는 20일 가온시와 업무협약을 체결했다.", ["솔바람", "가온시"], 0),
    ("가온시는 20일 솔바람 김누리 대표와 투자협약을 맺었다.", ["가온시", "솔바람"], 0),
    ("가온시는 20일 신임 김누리 대표와 투자협약을 맺었다.", ["가온시"], 0),
    ("가온시는 20일 시청에서 지역 김누리 대표와 투자협약을 맺었다.", ["가온시"], 0),
    ("가온시는 20일 해외 투자기업 김누리 대표와 투자협약을 맺었다.", ["가온시"], 0),
    # a kind of company before the bare name, said with a copula; a field in Latin before
    # 기업 is a kind, not a party
    ("가온시는 20일 배달앱 운영사인 솔빛플랫폼과 협약을 맺었다.", ["가온시", "솔빛플랫폼"], 0),
    ("가온시는 20일 글로벌 IT기업 누리소프트와 협약을 맺었다.", ["가온시", "누리소프트"], 0),
    ("가온대학교는 20일 캐나다 누리칼리지와 교류협약을 체결했다.", ["가온대학교", "누리칼리지"], 0),
    # rule department-of: a department of a university that signs, in a party slot
    ("가온고등학교는 20일 누리대학교 입학처와 교육과정 운영 협약을 체결했다.",
     ["가온고등학교", "누리대학교 입학처"], 0),
    # rule coined-body: a name and a Latin abbreviation of its kind glued in one word
    ("가온시는 20일 가온TP와 업무협약을 체결했다.", ["가온시", "가온TP"], 0),
    # rule village: a village in a party slot (a 1사1촌 partner), not a kind of village
    ("가온농협은 20일 누리마을과 자매결연을 맺었다.", ["가온농협", "누리마을"], 0),
    ("한빛전자는 20일 농촌마을과 자매결연을 맺었다.", ["한빛전자"], 0),
    # "지난 2월 A와 체결한 데 이어 B와 맺었다": A signed an earlier agreement, not this one
    ("가람시는 지난 2월 누리대학교와 협약을 체결한 데 이어 28일 누리병원과 의료 협력 협약을 맺었다.",
     ["가람시", "누리병원"], 0),
    # … but with no earlier time, both may be of the reported event
    ("가람시는 누리대학교와 협약을 체결한 데 이어 누리병원과도 협약을 맺었다.",
     ["가람시", "누리대학교", "누리병원"], 0),
    # rule opening-bare-subject: a bare word opening the sentence as its subject, no title after
    # it, with a named partner, is a body even when it reads as a name (마 + 루빛)
    ("마루빛은 지난 30일 서울 가온호텔에서 다온화학과 포장재 공동 개발 협약을 맺었다고 1일 밝혔다.",
     ["마루빛", "다온화학"], 0),
    ("한지원 대표는 30일 다온화학과 협약을 맺었다.", ["다온화학"], 0),
    ("우리는 30일 다온화학과 협약을 맺었다.", ["다온화학"], 0),
    # rule seat-owner: the company whose seat is visited for the signing is the partner
    ("가온시는 15일 분당구 다래로 누리코드 본사를 찾아 청년 일자리 협약을 맺었다.",
     ["가온시", "누리코드"], 0),
    ("가온시는 15일 누리전자 본사를 방문해 청년 일자리 협약을 맺었다.", ["가온시", "누리전자"], 0),
    # rule dotted-proper-list: bare proper names joined by a middle dot are companies each
    ("다온진흥원, 빛가람·루멘솔과 공동 수출 협약", ["다온진흥원", "빛가람", "루멘솔"], 0),
    # rule quoted-name-words: a word inside a quoted name keeps the syllable the analyser may
    # cut as a particle (찬드 + 라)
    ("가온봉사협회는 21일 현지 교육 NGO인 '찬드라 교육재단'과 봉사단 파견 협약을 체결했다.",
     ["가온봉사협회", "찬드라 교육재단"], 0),
    # rule kind-before-name: the words saying what kind of company stand before the name
    ("반도체 장비 부품 기업 다래반도체는 8일 누리전자고등학교와 인재 양성 협약을 체결했다.",
     ["다래반도체", "누리전자고등학교"], 0),
    ("가온경찰서는 17일 편의점 가맹본부 다온마트와 안전 지킴이 협약을 맺었다.",
     ["가온경찰서", "다온마트"], 0),
    # rule quoted-name: a name in quotes closing an item, after the kind of body it is, is a
    # party whatever its words; the closing quote before the particle ('…'와) keeps the slot
    # rule kind-first: a theatre company's name begins with 극단, quoted or not
    ("재단은 같은 자리에서 극단 '들꽃바람', 가온시립합창단과도 공연 교류 협약을 맺었다.",
     ["극단 들꽃바람", "가온시립합창단"], 0),
    ("가온문화재단은 15일 재단 소회의실에서 극단 들꽃바람(대표 홍길동)과 업무협약을 체결했다.",
     ["가온문화재단", "극단 들꽃바람"], 0),
    ("가온문화재단은 15일 극단 들꽃바람과 업무협약을 체결했다.", ["가온문화재단", "극단 들꽃바람"], 0),
    ("가온문화재단은 15일 극단 대표와 업무협약을 체결했다.", ["가온문화재단"], 0),
    ("가온문화재단은 15일 지역 극단 관계자와 업무협약을 체결했다.", ["가온문화재단"], 0),
    ("가온시는 3일 시청에서 일본 사쿠라노시, 여행사 'Nordic Trail'(노르딕트레일)과 관광 협약을 "
     "체결했다.", ["가온시", "사쿠라노시", "Nordic Trail"], 0),
    ("가온시는 20일 시청에서 '꿈나무 돌봄 협약'을 누리대와 체결했다.", ["가온시", "누리대"], 0),
    # rule aside-before-dot: an aside closed the name before the dot, which parts two items
    ("가람대학교(총장 홍길동)·서울 누리구청(구청장 김바다)은 2일 본관에서 업무협약을 체결했다.",
     ["가람대학교", "서울 누리구청"], 0),
    ("가온총회 선교부(부장 홍길동)·누리지원위원회(위원장 김바다)·사단법인 다솜 직업개발원(이사장 박다온)은 16일 업무협약을 체결했다.",
     ["선교부", "누리지원위원회", "다솜 직업개발원"], 0),
    ("BN 누리미디어(대표 홍길동)·가온보증기금(이하 가보)은 17일 업무협약을 체결했다.",
     ["BN 누리미디어", "가온보증기금"], 0),
    # rule body-before-dot: a whole body's name before the dot, a name of two words after it
    ("가람대학교·서울 누리구청은 2일 본관에서 업무협약을 체결했다.", ["가람대학교", "서울 누리구청"], 0),
    # … not one ending shared, nor a unit two universities share
    ("가람·누리신협은 17일 업무협약을 체결했다.", ["가람신협", "누리신협"], 0),
    ("가람대·누리대 산학협력단은 17일 업무협약을 체결했다.", ["가람대", "누리대 산학협력단"], 0),
    # rule person-before-dot: a name and a title close an item, the dot after them parts it
    ("가온복지관(관장 김누리)ㆍ박하늘 누리소방서장ㆍ한빛농협(조합장 최다온)은 12일 업무협약을 체결했다.",
     ["가온복지관", "누리소방서", "한빛농협"], 0),
    ("가온복지관(관장 김누리)ㆍ박하늘 누리소방서 서장ㆍ한빛농협 최다온 조합장은 12일 업무협약을 체결했다.",
     ["가온복지관", "누리소방서", "한빛농협"], 0),
    ("홍길동 가온대학교 총장ㆍ김누리 누리시장은 12일 업무협약을 체결했다.", ["가온대학교", "누리시"], 0),
    ("가온대학교 총장 홍길동ㆍ누리시 시장 김누리는 12일 업무협약을 체결했다.", ["가온대학교", "누리시"], 0),
    # rule latin-before-dot: a Latin name of two words before the dot, a body's name after it
    ("AB C&D·한빛진흥원 양 기관은 12일 업무협약을 체결했다.", ["AB C&D", "한빛진흥원"], 0),
    # rule both-after-names: 양 (both) and what the two are close a list of two named parties
    ("가람대학교와 누리병원 양 기관은 4일 협약을 체결했다.", ["가람대학교", "누리병원"], 0),
    ("가람전자·누리소재 양사는 4일 협약을 체결했다.", ["가람전자", "누리소재"], 0),
    # rule dotted-count: as many dotted names as the count counts are the counted parties …
    ("가람대학교·누리병원·다솜재단 3개 기관은 4일 협약을 체결했다.",
     ["가람대학교", "누리병원", "다솜재단"], 0),
    # … not kinds of body dotted before a larger count
    ("가람시는 관내 경로당·복지관 5곳과 협약을 체결했다.", ["가람시"], 5),
    # rule body-before-dot after a bullet, the name after the dot going on to a unit of it
    ("▲다솜군농업기술센터·한국누리공사 충남지역본부 다솜지사 양 기관은 업무 협약을 체결했다.",
     ["다솜군농업기술센터", "한국누리공사 충남지역본부 다솜지사"], 0),
    # rule agreement-subject: the agreement as the subject of a passive after 간, a connective
    # in its modifiers (더불어, 위해) closing no clause of other parties
    ("가온시와 누리복지관 간 ‘함께 웃는 골목’을 가꾸기 위한 업무협약이 체결됐다.",
     ["가온시", "누리복지관"], 0),
    ("가온대학교와 누리대학교 간 연구 교류 활성화를 위해 10일 업무협정이 체결됐다.",
     ["가온대학교", "누리대학교"], 0),
    # an army corps (군단) is a body like a brigade (여단)
    ("육군 가온군단·누리남부지방경찰청 양 기관은 12일 업무협약을 맺었다.",
     ["가온군단", "누리남부지방경찰청"], 0),
    # rule announcer-topic: a topic that tells of a pair signing as the subject is no party
    ("주한 가온 대사관은 3일 대사관저에서 가온국립대학교와 누리대학교가 양해각서를 체결했다고 밝혔다.",
     ["가온국립대학교", "누리대학교"], 0),
    # NOT: a topic signing with a partner, a subject in a modifier clause after it
    ("가온시는 3일 누리대학교와 협약을 체결했다.", ["가온시", "누리대학교"], 0),
]


@pytest.mark.parametrize("text, parties, unnamed", SLOTS)
def test_party_slots(text: str, parties: list[str], unnamed: int) -> None:
    found = _slots(text)
    assert sorted(m.name for m in found.parties) == sorted(parties)
    assert found.unnamed == unnamed


# rule past-time-no-verb: 지난 (Kiwi: the verb 지나다) before a day, a month or a week says when;
# the kind word before it is the signing's short subject, not the object of a verb
@pytest.mark.parametrize("text, short", [
    ("시는 지난 17일 시청 중회의실에서 누리대, 솔빛테크와 협약을 맺었다고 18일 밝혔다.", "시"),
    ("군은 지난 3일 군청에서 가온농협과 협약을 체결했다.", "군"),
    ("구는 지난 달 27일 구청에서 솔빛복지관과 협약을 맺었다.", "구"),
    # NOT: 지난 before no time, as before this rule (no short subject read)
    ("시는 지난 행사에서 만난 누리대와 협약을 맺었다.", ""),
])
def test_past_time_after_a_kind_word_is_no_verb_of_its_own(text: str, short: str) -> None:
    assert _slots(text).short_subject == short


@pytest.mark.parametrize("text", [
    "가람시는 관내 경로당·복지관 5곳과 협약을 체결했다.",
    "두 도시는 행정·문화·관광 교류를 넓히기로 했다.",
    "협약은 도·농 상생과 산·학·연 협력을 위한 것이다.",
    "가온공사 경기·인천지역본부는 협약을 체결했다.",
    "가온대학교 교수·학생 교류를 늘리기로 했다.",
])
def test_a_dotted_list_of_kinds_or_areas_stays_one_word(text: str) -> None:
    # no item rule parts these dots: no aside, body, person or Latin name closes an item
    assert clause(Sentence(0, len(text), text)).view == text


def test_a_finished_clause_with_its_own_subject_is_not_about_the_signing() -> None:
    found = _slots("협약은 가나시와 상인회가 요청해 마련됐으며, 가나전통시장이 처음으로 공공기관과 자매결연을 맺었다.")
    assert [m.name for m in found.parties] == ["가나전통시장"]


# whole short articles: the parties of each agreement, read across sentences
ACROSS_SENTENCES = [
    # rule subjectless-after-hands: a signing sentence with no subject and no party goes on
    # with the sentence before that tells two bodies joining hands (a card's number between)
    ("다온구(구청장 하솔)와 누리문화재단(이사장 반가온)이 손을 잡았습니다\n\n2/4\n"
     "8월 3일, 다온구청 회의실에서 '골목 책방' 협약을 맺었는데요",
     [["누리문화재단", "다온구"]]),
    ("다온구와 누리문화재단이 손을 잡았다. 3일 다온구청에서 협약을 맺었다.",
     [["누리문화재단", "다온구"]]),
    # … not when the signing sentence has its own subject, nor after a sentence of no hands
    ("다온구와 누리문화재단이 손을 잡았다. 솔빛재단은 3일 다온구청에서 협약을 맺었다.",
     [["솔빛재단"]]),
    ("다온구와 누리문화재단이 골목 책방을 함께 살린다. 3일 다온구청에서 협약을 맺었다.",
     [[]]),
    # rule also-joined: more partners after the signing, as a later sentence's subject with 도
    ("가온미술관은 9일 가온문화재단과 협약을 맺었다. 누리병원과 한울인쇄도 협약에 참여했다.",
     [["가온문화재단", "가온미술관", "누리병원", "한울인쇄"]]),
    ("가온미술관은 9일 가온문화재단과 협약을 맺었다. 누리병원, 다솜복지관, 한울인쇄도 협약에 참여했다.",
     [["가온문화재단", "가온미술관", "누리병원", "다솜복지관", "한울인쇄"]]),
    # … not people joining, nor a list of another time
    ("가온미술관은 9일 가온문화재단과 협약을 맺었다. 자원봉사자와 청소년도 협약에 참여했다.",
     [["가온문화재단", "가온미술관"]]),
    ("가온미술관은 9일 가온문화재단과 협약을 맺었다. 지난해에는 누리병원과 한울인쇄도 협약에 참여했다.",
     [["가온문화재단", "가온미술관"]]),
    # … nor guests who joined the ceremony
    ("가온미술관은 9일 가온문화재단과 협약을 맺었다. 누리병원과 한울인쇄도 협약식에 참여했다.",
     [["가온문화재단", "가온미술관"]]),
    ("가온미술관은 9일 가온문화재단과 협약을 맺었다. 누리병원과 한울인쇄도 이날 협약식에 참가했다.",
     [["가온문화재단", "가온미술관"]]),
    # rule background-after-plan: a signing to come, then only an earlier agreement told
    # with 앞서: no signing; the earlier one told first, as the news, stays
    ("솔내도는 다음 달 5일 도청에서 누리도개발공사와 협약을 체결할 예정이라고 11일 밝혔다. "
     "도는 앞서 지난 3월 2일 가온대학교 등 4개 대학과 지역혁신 협약을 맺었다.", []),
    ("솔내도는 다음 달 5일 도청에서 누리도개발공사와 협약을 체결할 예정이다. "
     "도는 지난해 가온대학교와 지역혁신 협약을 맺은 바 있다.", []),
    ("솔내도는 2일 도청에서 가온대학교와 지역혁신 협약을 맺었다. "
     "도는 다음 달 누리도개발공사와도 협약을 체결할 예정이다.", [["가온대학교", "솔내도"]]),
    # rule also-signed: three or more bodies with no ending that signed too, opened by 또
    ("가온미술관은 9일 가온문화재단과 협약을 맺었다. 또 두레나눔, 한마음공방, 온기살림도 함께 서명했다.",
     [["가온문화재단", "가온미술관", "두레나눔", "온기살림", "한마음공방"]]),
    ("가온미술관은 9일 가온문화재단과 협약을 맺었다. 햇살마당, 다솜살림, 누리공방도 협약서에 서명했다.",
     [["가온문화재단", "가온미술관", "누리공방", "다솜살림", "햇살마당"]]),
    # … not people who signed, nor volunteers, nor two bare words
    ("가온미술관은 9일 가온문화재단과 협약을 맺었다. 이다온, 김누리, 박하늘도 협약서에 서명했다.",
     [["가온문화재단", "가온미술관"]]),
    ("가온미술관은 9일 가온문화재단과 협약을 맺었다. 자원봉사자들도 함께 서명했다.",
     [["가온문화재단", "가온미술관"]]),
    ("가온미술관은 9일 가온문화재단과 협약을 맺었다. 또 한마음, 온기도 함께 서명했다.",
     [["가온문화재단", "가온미술관"]]),
    # rule kind-before-listed-name: the kind of company opening a listed item is no part of
    # its name; a body's own first word before its ending stays
    ("가온센터는 3일 지역 기관 3곳과 협약을 맺었다. 참여 기관은 가온병원, 누리복지관, 사회적기업 다온손이다.",
     [["가온병원", "가온센터", "누리복지관", "다온손"]]),
    ("가온센터는 3일 지역 기관 3곳과 협약을 맺었다. 참여 기관은 가온병원, 누리복지관, 청년창업플랫폼 운영센터이다.",
     [["가온병원", "가온센터", "누리복지관", "청년창업플랫폼운영센터"]]),
    # rule kind-side: a partner named by its kind and 측 ("학교 측과") is the body of that kind
    # the article named before
    ("가온경찰서와 누리여자고등학교가 학교폭력 예방에 나선다. 가온경찰서는 24일 학교 측과 "
     "업무협약을 체결했다.", [["가온경찰서", "누리여자고등학교"]]),
    ("가온경찰서는 24일 학교 측과 업무협약을 체결했다.", [["가온경찰서"]]),
    # … not a side met in a clause of its own before the signing
    ("누리초등학교에서 학교폭력 사건이 있었다. 가온경찰서는 24일 학교 측과 면담한 뒤, "
     "가온청소년상담센터와 업무협약을 체결했다.", [["가온경찰서", "가온청소년상담센터"]]),
    # rule described-partner: a lone partner word with no ending is a party when the article
    # says what company it is, or when the signing sentence quotes it
    ("한빛세미콘은 반도체 장비 제조기업으로 가온시에 새 공장을 짓는다. 가온시는 20일 한빛세미콘과 "
     "투자협약을 체결했다.", [["가온시", "한빛세미콘"]]),
    ("가온시는 20일 한빛기술과 투자협약을 체결했다. 한빛기술은 2010년 설립된 정밀기계 전문기업이다.",
     [["가온시", "한빛기술"]]),
    ("가온시는 20일 ‘한빛세미콘’과 투자협약을 체결했다.", [["가온시", "한빛세미콘"]]),
    # … or when it is a coined word Kiwi's dictionary lacks, no common word (rule
    # coined-word-party, signing/fallbacks); a common word stays no guess
    ("가온시는 20일 한빛세미콘과 투자협약을 체결했다.", [["가온시", "한빛세미콘"]]),
    ("가온시는 20일 지역사회와 협약을 체결했다.", [["가온시"]]),
    # counted partners named in the count's aside ("4개 기업(…)"), or in a later list that
    # names again the one partner the signing sentence named
    ("가온시는 20일 관내 4개 기업(한빛전자, 누리소재, 다솜바이오, 솔빛)과 투자협약을 체결했다.",
     [["가온시", "누리소재", "다솜바이오", "솔빛", "한빛전자"]]),
    ("가온시는 20일 한빛전자 등 관내 4개 기업과 투자협약을 체결했다. 협약 기업은 한빛전자, 누리소재, "
     "다솜바이오, 솔빛이다.", [["가온시", "누리소재", "다솜바이오", "솔빛", "한빛전자"]]),
    # a body called by its kind after "X에 따르면" in the same sentence is X
    ("가온시에 따르면 시는 20일 누리대학교와 업무협약을 체결했다.", [["가온시", "누리대학교"]]),
    ("누리재단에 따르면 재단은 20일 가온시와 업무협약을 체결했다.", [["가온시", "누리재단"]]),
    # a collective subject ("양 기관", "두 기관", "양측") stands for the parties named just before
    ("가나산림조합과 다라대학교가 산림 인재 양성을 위해 손을 맞잡았다. 양 기관은 이날 조합 대회의실에서 업무협약을 맺었다.",
     [["가나산림조합", "다라대학교"]]),
    ("마바시와 사아의료재단이 공공의료 강화를 위해 힘을 합쳤다. 두 기관은 9일 시청에서 협약을 체결했다.",
     [["마바시", "사아의료재단"]]),
    # a signing sentence naming one party: the others in a copula sentence after it
    ("가람교육지원청은 5일 학생 봉사활동 확대를 위한 업무협약을 체결했다. 대상 기관은 누리청소년상담센터, "
     "가람시자원봉사센터, 가람중앙시장 번영회 등 3곳이다.",
     [["가람교육지원청", "가람시자원봉사센터", "가람중앙시장 번영회", "누리청소년상담센터"]]),
    # … an item that is a branch after its body, whose last word reads as a governor's
    # title ("누리지사"), is a body (rule branch-item)
    ("가람교육지원청은 5일 학생 봉사활동 확대를 위한 업무협약을 체결했다. 협약 기관은 가람청소년수련관, "
     "한국다온공사 누리지사, 가람중앙시장 번영회 등 3곳이다.",
     [["가람교육지원청", "가람중앙시장 번영회", "가람청소년수련관", "한국다온공사 누리지사"]]),
    # NOT: a person with a governor's title, no body before it, is no branch (the list is
    # no list of bodies)
    ("가람교육지원청은 5일 학생 봉사활동 확대를 위한 업무협약을 체결했다. 협약 기관은 가람청소년수련관, "
     "가람중앙시장 번영회, 김다온 누리지사 등이다.",
     [["가람교육지원청"]]),
    # … closed by a copula Kiwi leaves no 이 of ("…센터다.")
    ("가람교육지원청은 5일 학생 봉사활동 확대를 위한 업무협약을 체결했다. 협약 기관은 누리청소년상담센터, "
     "가람시자원봉사센터, 솔빛청소년수련센터다.",
     [["가람교육지원청", "가람시자원봉사센터", "누리청소년상담센터", "솔빛청소년수련센터"]]),
    # one subject announcing several agreements: each partner signs with it
    ("가나연구원은 10일 박람회장에서 업무협약 두 건을 체결했다. 먼저 연구원은 ㈜다라소재와 부품 국산화 협약을 맺었다. "
     "이어 마바과학대학교와는 연구 인력 교류 협약을 체결하고 공동 연구에 나섰다.",
     [["가나연구원", "다라소재"], ["가나연구원", "마바과학대학교"]]),
    # the subject called by its kind only ("재단은") is the body named before with that ending
    ("한빛문화재단은 2일 업무협약 3건을 잇따라 체결했다. 재단은 먼저 솔빛은행과 장학 협약을 맺었다. "
     "이어 청람대학교와는 연구 협약을 체결했다.",
     [["솔빛은행", "한빛문화재단"], ["청람대학교", "한빛문화재단"]]),
    ("가나군과 다라신용협동조합이 지역 소상공인 지원을 위해 손을 잡았다. 양측은 지난 3일 군청 소회의실에서 업무협약을 체결했다.",
     [["가나군", "다라신용협동조합"]]),
    # a local government called by its kind ("시는") is the one named before
    ("가온시가 지역 기업과 손을 잡았다. 시는 10일 시청에서 누리테크와 투자협약을 체결했다.",
     [["가온시", "누리테크"]]),
    ("다솜군이 청년 농업인 지원에 나섰다. 군은 10일 누리농협과 업무협약을 맺었다.",
     [["누리농협", "다솜군"]]),
    # "A와 B 간 협약이 체결됐다": no subject, the pair before 간
    ("가온시와 누리대학교 간 업무협약이 10일 체결됐다.", [["가온시", "누리대학교"]]),
    # "A와 B의 협약식이 열렸다": the pair before the genitive of the agreement noun
    ("10일 가온시청에서 가온시와 누리대학교의 업무협약식이 열렸다.", [["가온시", "누리대학교"]]),
    # rule beside-the-party: one party named; its head attends beside the other side's head
    ("라온마트는 3일 가람도청에서 농산물 판로 확대를 위한 업무협약을 맺었다고 밝혔다. "
     "협약식에는 홍길동 가람도지사와 김라온 라온마트 대표가 참석했다.",
     [["가람도", "라온마트"]]),
    # … its head attending by name and title alone, named with the party before (the other
    # side's hall is where it was signed)
    ("다솜병원(병원장 이가람)은 12일 하노이 미르병원에서 의료협력 협약을 체결했다. 이날 "
     "협약식에는 이가람 병원장과 응우옌 반 미(Nguyen Van My) 미르병원장이 참석했다.",
     [["다솜병원", "미르병원"]]),
    # … not a name the article never gave the party
    ("다솜병원은 12일 하노이 미르병원에서 의료협력 협약을 체결했다. 이날 협약식에는 이가람 "
     "원장과 응우옌 반 미(Nguyen Van My) 미르병원장이 참석했다.",
     [["다솜병원"]]),
    # … but a council chair beside them is a guest
    ("라온마트는 3일 가람도청에서 업무협약을 맺었다. "
     "협약식에는 홍길동 가람도지사, 박의장 가람도의회 의장, 김라온 라온마트 대표가 참석했다.",
     [["가람도", "라온마트"]]),
    # a partner called by its kind in a list subject ("군과 농협은") is the one named before
    ("가람군과 누리농협이 지역 상생에 손을 잡았다. 군과 누리농협은 17일 군청에서 금고 약정 체결식을 열었다.",
     [["가람군", "누리농협"]]),
    # a collective subject named by the parties' kind ("두 은행은", "양 재단은")
    ("가람은행과 누리은행이 지역 소상공인 지원을 위해 손을 잡았다. 두 은행은 지난 9일 본점에서 상생 금융 협약을 체결했다.",
     [["가람은행", "누리은행"]]),
    # a collective subject after opening words ("이를 위해 양 기관은")
    ("가온시는 누리대학교와 지역 인재 양성에 협력하기로 했다. 이를 위해 양 기관은 10일 업무협약을 체결했다.",
     [["가온시", "누리대학교"]]),
    # a body Kiwi reads as a verb (가온 = 가 + 오 + ㄴ) still closes a party slot
    # … names with no ending, vouched for by the count of the signing sentence
    ("가람시는 13일 지역 기업 3곳과 상생 협약을 체결했다. 협약 기업은 솔바람, 다온텍, 한결소재다.",
     [["가람시", "다온텍", "솔바람", "한결소재"]]),
    ("가람시는 13일 지역 기업 3곳과 상생 협약을 체결했다. 참여 기업은 솔바람, 다온텍, 한결소재 등 3곳이다.",
     [["가람시", "다온텍", "솔바람", "한결소재"]]),
    # a collective subject right after a headline pairing the bodies
    ("가람시-누리대, 청년 정착 협약 체결\n양 기관은 13일 시청에서 협약을 체결했다.",
     [["가람시", "누리대"]]),
    # … or in the count's aside
    ("가람시는 13일 관내 기업 3곳(솔바람, 다온텍, 한결소재)과 상생 협약을 체결했다.",
     [["가람시", "다온텍", "솔바람", "한결소재"]]),
    # rule caption-heads: … or in a photo caption before their heads in the plural
    ("가람재단은 17일 지역 서점 3곳과 협약을 맺었다.\n▲가람재단 김다온 이사장(가운데)과 누리책방, "
     "다온서점, 미르문고 대표들이 협약서를 들고 있다.",
     [["가람재단", "누리책방", "다온서점", "미르문고"]]),
    # … not a caption naming no body
    ("가람재단은 17일 지역 서점 2곳과 협약을 맺었다.\n▲김다온 이사장(가운데)과 동네 서점, 헌책방 "
     "대표들이 협약서를 들고 있다.",
     [["가람재단"]]),
    # … parted by middle dots as well as commas
    ("가람시는 13일 관내 기업 3곳(솔바람·다온텍·누리소재)과 상생 협약을 체결했다.",
     [["가람시", "누리소재", "다온텍", "솔바람"]]),
    # … but dotted words Kiwi knows as common nouns are the companies' fields, no names
    ("가람시는 13일 관내 기업 3곳(자동차·반도체·바이오)과 상생 협약을 체결했다.",
     [["가람시"]]),
    # … but a list longer than the count is no list of the partners
    ("가람시는 13일 지역 기업 2곳과 상생 협약을 체결했다. 협약 기업은 솔바람, 다온텍, 한결소재다.",
     [["가람시"]]),
    ("누리대학교는 가온시와 10일 산학협력 협약식을 진행했다.", [["가온시", "누리대학교"]]),
    # the agreement's name in quotes before "을 했다"
    ("가온시는 10일 누리대학교와 '지역 상생 발전을 위한 업무협약'을 했다.", [["가온시", "누리대학교"]]),
    # "A와는 X 협약을, B와는 Y 협약을": one sentence, two agreements
    ("춘천시는 청람대학교와는 인재 양성 협약을, 들녘병원과는 의료 지원 협약을 체결했다.",
     [["들녘병원", "춘천시"], ["청람대학교", "춘천시"]]),
    # rule headed-bare-partner: a lone partner with no ending, its head written with it later
    ("누리시는 8일 시청 접견실에서 솔빛과 투자협약을 체결했다. 협약식에는 박가온 누리시장과 "
     "이한결 솔빛 대표가 참석했다.",
     [["누리시", "솔빛"]]),
    # the others of a signing sentence that names one, listed as joining the agreement
    ("누리군은 9일 군청에서 먹거리 협약식을 열었다. 이번 협약에는 누리군, 누리농협, 누리로컬푸드협동조합, "
     "누리학교급식지원센터가 참여했다.",
     [["누리군", "누리농협", "누리로컬푸드협동조합", "누리학교급식지원센터"]]),
    ("가람시는 9일 청년 일자리 협약을 체결했다. 협약에 참여한 기관은 가람상공회의소, 누리고용센터, 다솜대학교다.",
     [["가람상공회의소", "가람시", "누리고용센터", "다솜대학교"]]),
    # the subject called "대학" after a 대학교 was named
    ("누리대학교가 고교학점제 지원에 나섰다. 대학은 9일 가람고등학교와 공동교육과정 운영 협약을 맺었다.",
     [["가람고등학교", "누리대학교"]]),
    # the one partner named in a copula after the signing sentence
    ("가람병원은 응급환자 이송체계 구축을 위해 협약을 체결했다고 9일 밝혔다. 협약 상대는 누리소방서다.",
     [["가람병원", "누리소방서"]]),
    # rule glued-pair: the page lost the space after 와/과 between two names with endings
    ("가람시와누리대학교는 9일 시청에서 청년 정착 협약을 체결했다.", [["가람시", "누리대학교"]]),
    ("누리재단과가람병원은 9일 의료 나눔 협약을 체결했다.", [["가람병원", "누리재단"]]),
    # … but a name holding 과 with no ending before it is one name
    ("가람과학기술원은 9일 누리시와 협약을 체결했다.", [["가람과학기술원", "누리시"]]),
    # rule unglue-listed: names the page glued, told apart by the headline's list in any marks
    ("가람시, 누리그룹·다솜대와 민관학 업무협약 체결\n\n지난 28일 다솜대학교 본관에서 "
     "가람시누리그룹다솜대가 업무협약을 체결하였다.", [["가람시", "누리그룹", "다솜대학교"]]),
    ("가람시-누리그룹-다솜대, 민관학 업무협약 체결\n\n지난 28일 다솜대학교 본관에서 "
     "가람시누리그룹다솜대가 업무협약을 체결하였다.", [["가람시", "누리그룹", "다솜대학교"]]),
    # rule bare-head: a head by bare title signs; the government of that kind the article names
    ("다솜시의 자매도시가 늘었다. 홍길동 시장이 10일 누리군청을 찾아 김철수 군수와 자매결연 협정을 체결했다.",
     [["누리군청", "다솜시"]]),
    # rule works-not-alias: the party's plant named in what they will do is no fuller name
    ("누리정밀은 9일 가람기계와 감속기 공동개발 협약을 체결했다. 양사는 누리정밀 국내 공장의 시험 "
     "라인 구축에 협력한다.", [["가람기계", "누리정밀"]]),
    # … but a lone common word in the slot with no head written with it is no party
    ("누리시는 8일 시청 접견실에서 주민과 소통 협약을 체결했다. 협약식에는 박가온 누리시장이 참석했다.",
     [["누리시"]]),
]


@pytest.mark.parametrize("text, parties", ACROSS_SENTENCES)
def test_parties_across_sentences(text: str, parties: list[list[str]]) -> None:
    found = extract(Article("t", text))
    assert sorted(sorted(o.name for o in a.parties) for a in found.agreements) == parties


@pytest.mark.parametrize("text, party, alias", [
    ("가나대학교는 10일 미국 Lakeshore Technical College(LTC)와 학술교류 협정을 체결했다고 밝혔다.",
     "Lakeshore Technical College", "LTC"),
    ("가나시는 한국가나연구원(KGRI)과 업무협약을 체결했다.", "한국가나연구원", "KGRI"),
])
def test_an_abbreviation_after_a_party_is_an_alias(text: str, party: str, alias: str) -> None:
    (agreement,) = extract(Article("t", text)).agreements
    assert alias in next(o for o in agreement.parties if o.name == party).aliases


def test_a_foreign_host_named_by_its_people_and_abbreviation() -> None:
    text = ("가나대학교는 지난 5일(현지시간) 미국 텍사스주 Lakeshore Technical College(LTC) 본관 회의실에서 "
            "학술교류 협정을 체결했다고 7일 밝혔다. 이날 협정식에는 가나대 홍길동 총장과 Daniel K. Morgan "
            "LTC 총장이 참석해 협정서에 서명했다.")
    (agreement,) = extract(Article("t", text)).agreements
    assert sorted(o.name for o in agreement.parties) == ["Lakeshore Technical College", "가나대학교"]
    assert ("Daniel K. Morgan", "총장", "Lakeshore Technical College") in [
        (p.name, p.title, p.organisation) for p in agreement.representatives]


def test_the_head_of_a_known_government_speaks_only_for_it() -> None:
    text = ("도교육청은 21일 이천·양평·포천 등 3개 시군과 저마다 업무협약을 맺었다. 협약식에는 "
            "홍길동 도교육감과 김철수 이천시장, 이영희 양평군수, 박민수 포천시 부시장이 참석했다.")
    found = extract(Article("t", text)).agreements
    assert sorted(o.name for a in found for o in a.parties if o.name != "도교육청") == [
        "양평", "이천", "포천시"]
    people = {(p.name, p.organisation) for a in found for p in a.representatives}
    assert ("김철수", "이천") in people and ("김철수", "포천시") not in people


def test_the_host_visited_is_the_partner_and_council_chairs_are_guests() -> None:
    text = ("홍길동 시장이 21일 누리군청을 찾아 김철수 군수와 우호교류 협정을 맺었다. 이날 행사에는 "
            "가람에서 이영희 시의회 의장, 누리에서 박민수 군의회 의장 등이 자리했다.")
    (agreement,) = extract(Article("t", text)).agreements
    assert [o.name for o in agreement.parties] == ["누리군청"]
    assert [(p.name, p.organisation) for p in agreement.representatives] == [("김철수", "누리군청")]
    assert agreement.venue == "누리군청"


def test_the_person_of_a_body_that_is_no_party_is_no_representative() -> None:
    text = ("춘천대학교는 21일 ㈜솔빛테크와 가족회사 협약을 체결했다. 협약식에는 기업 측에서 한서윤 솔빛테크 "
            "대표와 최민재 들녘소프트 대표 등이 참석했다.")
    (agreement,) = extract(Article("t", text), learned_people=False).agreements  # the rules' reading; the learned step's: test_people_learned.VETO_ROWS
    assert [(p.name, p.organisation) for p in agreement.representatives] == [("한서윤", "솔빛테크")]


# rule two-syllable-body: a two-syllable proper noun alone in a party slot names a company
# though it reads like a Korean name (채 + 늘); with a title beside it, it is a person
TWO_SYLLABLE_BODIES = [
    ("한빛건설과 채늘이 9일 해외 물류사업 공동 진출을 위한 양해각서를 체결했다.", ["채늘", "한빛건설"]),
    ("가람군은 29일 군청에서 마봄, 나찬, 다온텍 등 3개사와 투자협약을 체결했다.",
     ["가람군", "나찬", "다온텍", "마봄"]),
    ("가람시는 김솔 대표와 협약을 체결했다.", ["가람시"]),
    ("가람군은 서준가 누리조합 이사장과 협약을 체결했다.", ["가람군", "누리조합"]),
]


@pytest.mark.parametrize("text, parties", TWO_SYLLABLE_BODIES)
def test_a_two_syllable_company_in_a_party_slot(text: str, parties: list[str]) -> None:
    assert sorted(m.name for m in _slots(text).parties) == parties


# rule modifier-named-body: a body whose name opens with a verb or adjective in its modifier
# form (Kiwi reads 바르 + ㄴ + 병원) still closes a party slot
MODIFIER_NAMED_BODIES = [
    ("누리대학교는 24일 바른병원과 업무협약을 체결했다.", ["누리대학교", "바른병원"]),
    ("나온은행은 24일 누리대학교와 업무협약을 체결했다.", ["나온은행", "누리대학교"]),
    ("누리대학교는 24일 좋은병원, 가람시와 업무협약을 체결했다.", ["가람시", "누리대학교", "좋은병원"]),
]


@pytest.mark.parametrize("text, parties", MODIFIER_NAMED_BODIES)
def test_a_body_named_with_a_modifier(text: str, parties: list[str]) -> None:
    assert sorted(m.name for m in _slots(text).parties) == parties



def test_a_name_whose_last_syllable_reads_as_a_subject_marker_ends_no_slot() -> None:
    # "허해가 군수와": 가 closes the name (허해 + 가), not a subject slot
    text = ("누리시의 자매도시 명단에 가람군이 추가됐다. 김가온 시장이 21일 가람군청을 찾아 "
            "허해가 군수와 자매결연 협정을 체결했다.")
    (agreement,) = extract(Article("t", text)).agreements
    assert "가람군청" in [o.name for o in agreement.parties]


# rule backed-bare: a bare partner Kiwi reads as an adjective and a noun ("푸른숲과": 푸르 + ㄴ
# + 숲) is read when the article backs it, never from the sentence alone
BACKED_BARE = [
    ("가온시는 15일 시청에서 맑은샘과 협약을 맺었다. 협약식에는 맑은샘 김다온 대표가 참석했다.",
     ["가온시", "맑은샘"]),
    ("가온시는 15일 시청에서 작은별과 협약을 맺었다. 작은별 대표 김다온이 서명했다.",
     ["가온시", "작은별"]),
    ("가온시는 15일 시청에서 푸른숲과 협약을 맺었다. 협약식에는 김다온 푸른숲 대표가 참석했다.",
     ["가온시", "푸른숲"]),
    ("가온시-고운빛, 청년 일자리 협약\n가온시는 15일 시청에서 고운빛과 협약을 맺었다.",
     ["가온시", "고운빛"]),
    ("가온시는 15일 시청에서 푸른숲과 협약을 맺었다. 협약식에는 푸른숲 이솔 대표가 참석했다.",
     ["가온시", "푸른숲"]),
    # rule bare-before-chief: a word Kiwi reads as two common nouns (솔빛 + 데이터), written
    # between a name and a chief officer's title
    ("가람도는 8일 오후 솔빛데이터와 인재 양성 협약을 맺었다. 협약식에는 안드레아스 크루거 솔빛데이터 "
     "최고운영책임자(COO)가 참석했다.", ["가람도", "솔빛데이터"]),
    # not: the sentence alone, a headline with no pair, a head of no company's title, two words
    ("가온시는 15일 시청에서 푸른숲과 협약을 맺었다.", ["가온시"]),
    ("가람도는 8일 오후 솔빛데이터와 인재 양성 협약을 맺었다. 협약식에는 솔빛데이터 "
     "최고운영책임자가 참석했다.", ["가람도"]),      # no name before the word: not backed
    ("가온시, 청년 일자리 협약\n가온시는 15일 시청에서 고운빛과 협약을 맺었다.", ["가온시"]),
    ("가온시는 15일 시청에서 높은뜰과 협약을 맺었다. 높은뜰 김다온 이사장이 참석했다.", ["가온시"]),
    ("가온시는 15일 시청에서 좋은 친구와 협약을 맺었다. 좋은 김다온 대표가 참석했다.", ["가온시"]),
    ("가온시는 15일 시청에서 새로운 기업과 협약을 맺었다. 새로운 김다온 대표가 참석했다.",
     ["가온시"]),
    ("가온시는 15일 시청에서 푸른숲과 협약을 맺었다. 협약식에는 푸른숲 이번 대표가 참석했다.",
     ["가온시"]),
]


@pytest.mark.parametrize("text, parties", BACKED_BARE)
def test_a_bare_partner_read_as_an_adjective_needs_the_articles_backing(
        text: str, parties: list[str]) -> None:
    found = extract(Article(id="t", text=text)).agreements
    assert [p.name for a in found for p in a.parties] == parties


@pytest.mark.parametrize("text, parties", [
    # rule town-where: a county by its bare name with 에서는 tells where, no party
    ("같은 날 오후, 전북 임실에서는 가온군교육지원청(교육장 한다온)과 누리치즈협동조합(이사장 박예린)이 "
     "협약을 체결했다.", {"가온군교육지원청", "누리치즈협동조합"}),
    # … while a body named in full with 에서는 still speaks as the subject
    ("임실군에서는 19일 누리치즈협동조합과 협약을 체결했다.", {"임실군", "누리치즈협동조합"}),
])
def test_a_town_told_with_에서는_is_where_not_who(text: str, parties: set[str]) -> None:
    found = extract(Article(id="t", text=text))
    assert {o.name for a in found.agreements for o in a.parties} == parties
