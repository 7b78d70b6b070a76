"""Prose area sentences of the genre's frames, invented here, scored by frame.

Each row is a frame of the genre (how a report words what the parties cooperate on, or a
sentence worded like an area that states none), an article of invented sentences (a signing
lead and the sentence probed) and the areas the guidelines give for it
(``../shared/eval/GUIDELINES.md``: one item per listed activity where the text separates
items, each party's duties, not the purpose, one party's plan, background, what was done that
day or a quote). A negative row follows a base sentence of one area ("공동 연구"), so its
areas are that one and nothing more. It runs ``find_areas`` on each article and matches
items as ``score.py`` does (character-bigram Dice >= 0.6), printing precision and recall by
frame, the total, and the misses and extras of each row.

    .venv/bin/python bench/areaprobe.py            # the table by frame
    .venv/bin/python bench/areaprobe.py --misses   # and each row's misses and extras

Batch 1 (49 rows) was written and scored before any fix; batch 2 (frames "2: …", 20 rows)
after batch 1's fixes, batch 3 ("3: …", 12 rows) after batch 2's, each scored before any fix
of its own. First scores (P / R / F1): batch 1 on main fafe830 .975 / .802 / .880; batch 2
after batch 1's fixes .848 / .778 / .812; batch 3 after batch 2's .947 / .900 / .923. After
the fixes: .989 / .948 / .968, 1.000 / .972 / .986, 1.000 / .950 / .974. Left: dotted
single-word fields ("관광·문화·체육 분야"), a list continued by a sentence without a subject
(tests/test_areas.py KNOWN_MISSES), "둘째, B이다" after "첫째, A이다", "A 및 B" of fields
that are no activities.

No sentence here comes from a dev article: the topics, names and words are our own.
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from mougraph.extract.areas import find_areas
from mougraph.text import prepare

LEAD = "다솔군은 12일 군청에서 한결대학교와 업무협약을 체결했다고 밝혔다.\n"
FIRM = "미르전자는 12일 본사에서 새솔바이오와 업무협약을 체결했다.\n"
CITY_FIRM = "다솔군은 12일 군청에서 미르전자와 업무협약을 체결했다.\n"
BASE = LEAD + "양 기관은 공동 연구에 협력하기로 했다. "
SIGNED = re.compile(r"체결|맺|협약을 했|협약식")


@dataclass(frozen=True)
class Row:
    frame: str
    text: str
    areas: tuple[str, ...]


def _rows() -> list[Row]:
    r = Row
    return [
        # A, B, C 등에서 협력하기로 했다
        r("등에서 협력", LEAD + "양 기관은 해양 쓰레기 수거, 갯벌 생태 조사, 어촌 체험 관광 등에서 "
          "협력하기로 했다.", ("해양 쓰레기 수거", "갯벌 생태 조사", "어촌 체험 관광")),
        r("등에서 협력", LEAD + "두 기관은 드론 방제 기술 보급과 농작업 안전 교육 등의 분야에서 "
          "힘을 합치기로 했다.", ("드론 방제 기술 보급", "농작업 안전 교육")),
        r("등에서 협력", LEAD + "이들 기관은 전통시장 온라인 판로 개척, 상인 디지털 교육 등에서 "
          "손을 잡는다.", ("전통시장 온라인 판로 개척", "상인 디지털 교육")),
        r("등에서 협력", LEAD + "양 기관은 관광·문화·체육 분야에서 교류하기로 했다.",
          ("관광", "문화", "체육")),
        # …을 위해 A와 B에 힘을 모으기로 했다
        r("위해 A와 B에 힘", LEAD + "두 기관은 지역 관광 활성화를 위해 야간 관광 상품 개발과 숙박 "
          "할인에 힘을 모으기로 했다.", ("야간 관광 상품 개발", "숙박 할인")),
        r("위해 A와 B에 힘", LEAD + "양측은 탄소중립 캠퍼스 조성을 위해 태양광 설비 설치와 에너지 "
          "진단에 힘을 모은다.", ("태양광 설비 설치", "에너지 진단")),
        r("위해 A와 B에 힘", LEAD + "양 기관은 청소년 진로 탐색을 위해 직업 체험 프로그램 운영과 "
          "멘토 연계에 힘을 보태기로 했다.", ("직업 체험 프로그램 운영", "멘토 연계")),
        r("위해 A와 B에 힘", LEAD + "양 기관은 치매 조기 검진과 돌봄 인력 양성을 위해 공동 "
          "노력하기로 했다.", ("치매 조기 검진", "돌봄 인력 양성")),
        # A를 공동 추진하고 B를 지원한다
        r("추진하고 지원", LEAD + "양 기관은 스마트팜 실증 사업을 공동 추진하고 청년 "
          "농업인 창업을 지원한다.", ("스마트팜 실증 사업을 공동 추진", "청년 농업인 창업을 지원")),
        r("추진하고 지원", LEAD + "두 기관은 수소 버스 충전소를 함께 구축하고 운전원 교육을 "
          "실시하기로 했다.", ("수소 버스 충전소를 함께 구축", "운전원 교육을 실시")),
        r("추진하고 지원", FIRM + "양사는 반려동물 건강관리 앱을 공동 개발하고 보호소 입양 "
          "캠페인을 후원한다.", ("반려동물 건강관리 앱을 공동 개발", "보호소 입양 캠페인을 후원")),
        # 협약에 따라 가온시는 A를, 누리대는 B를 맡는다
        r("duties", LEAD + "협약에 따라 다솔군은 실습 농장 부지를, 한결대학교는 교육 과정 "
          "운영을 맡는다.", ("실습 농장 부지", "교육 과정 운영")),
        r("duties", LEAD + "협약에 따라 다솔군은 행정 지원을 하고, 한결대학교는 전문 "
          "인력을 파견한다.", ("행정 지원", "전문 인력을 파견")),
        r("duties", CITY_FIRM + "이에 따라 미르전자는 장비 기증과 기술 교육을 담당하고, "
          "다솔군은 교육 장소를 제공하기로 했다.", ("장비 기증", "기술 교육", "교육 장소를 제공")),
        # 주요 협약 내용은 A, B 등이다
        r("contents are", LEAD + "주요 협약 내용은 문화재 디지털 기록, 보존 전문가 양성, 공동 전시 "
          "개최 등이다.", ("문화재 디지털 기록", "보존 전문가 양성", "공동 전시 개최")),
        r("contents are", LEAD + "협약의 주요 내용은 야간 경관 조명 설치와 관광 안내 앱 구축이다.",
          ("야간 경관 조명 설치", "관광 안내 앱 구축")),
        r("contents are", LEAD + "협력 분야는 감염병 공동 대응, 의료진 교환 연수, 원격 진료 시범 "
          "운영 등이다.", ("감염병 공동 대응", "의료진 교환 연수", "원격 진료 시범 운영")),
        # A 및 B에 관한 사항
        r("및 … 관한 사항", LEAD + "협약서에는 지역 농산물 학교 급식 공급 및 식생활 교육에 관한 "
          "사항이 담겼다.", ("지역 농산물 학교 급식 공급", "식생활 교육")),
        r("및 … 관한 사항", LEAD + "주요 내용은 해외 연수 프로그램 운영 및 교환학생 선발에 관한 "
          "사항 등이다.", ("해외 연수 프로그램 운영", "교환학생 선발")),
        r("및 … 관한 사항", LEAD + "이번 협약은 재난 안전 교육 및 비상 물자 비축에 관한 사항을 "
          "담고 있다.", ("재난 안전 교육", "비상 물자 비축")),
        # A하며 B하기로
        r("A하며 B하기로", LEAD + "양 기관은 청년 인턴십을 운영하며 지역 기업 채용 박람회를 공동 "
          "개최하기로 했다.", ("청년 인턴십을 운영", "지역 기업 채용 박람회를 공동 개최")),
        r("A하며 B하기로", LEAD + "두 기관은 도서관 장서를 공유하며 독서 캠프를 함께 열기로 했다.",
          ("도서관 장서를 공유", "독서 캠프를 함께 열기")),
        r("A하며 B하기로", LEAD + "양측은 폐배터리 재활용 기술을 연구하며 관련 인력을 양성하기로 "
          "했다.", ("폐배터리 재활용 기술을 연구", "관련 인력을 양성")),
        # bare verbal nouns
        r("bare verbal nouns", LEAD + "양 기관은 앞으로 인적교류하고 공동연구하며 학술정보를 "
          "공유하기로 했다.", ("인적교류", "공동연구", "학술정보를 공유")),
        r("bare verbal nouns", LEAD + "두 대학은 학점교류하고 공동학위 과정을 개설하기로 했다.",
          ("학점교류", "공동학위 과정을 개설")),
        r("bare verbal nouns", LEAD + "양 기관은 정보교류하며 기술자문하기로 합의했다.",
          ("정보교류", "기술자문")),
        # A에 대해 상호 협력
        r("에 대해 상호 협력", LEAD + "양 기관은 산림 병해충 예찰과 산불 예방 활동에 대해 상호 "
          "협력하기로 했다.", ("산림 병해충 예찰", "산불 예방 활동")),
        r("에 대해 상호 협력", LEAD + "두 기관은 지역 예술인 창작 공간 지원에 대해 상호 협력한다.",
          ("지역 예술인 창작 공간 지원",)),
        r("에 대해 상호 협력", LEAD + "양측은 외국인 주민 한국어 교육, 다문화 가족 상담에 대해 "
          "긴밀히 협력해 나가기로 했다.", ("외국인 주민 한국어 교육", "다문화 가족 상담")),
        # a list continued in the next sentence
        r("next sentence", LEAD + "양 기관은 장애인 일자리 발굴에 협력하기로 했다. 또 보조기기 "
          "대여 사업도 함께 추진한다.", ("장애인 일자리 발굴", "보조기기 대여 사업")),
        r("next sentence", LEAD + "양 기관은 노후 주택 에너지 효율 개선에 힘을 모으기로 했다. "
          "이와 함께 취약 계층 난방비 지원에도 나선다.",
          ("노후 주택 에너지 효율 개선", "취약 계층 난방비 지원")),
        r("next sentence", LEAD + "두 기관은 하천 수질 공동 조사를 벌이기로 했다. 특히 수질 "
          "측정 자료를 실시간으로 공유한다.",
          ("하천 수질 공동 조사", "수질 측정 자료를 실시간으로 공유")),
        r("next sentence", LEAD + "양 기관은 귀농인 정착 지원과 농촌 빈집 정비 등에 협력한다. "
          "귀농인에게 영농 기술 교육과 주택 수리비를 제공한다.",
          ("귀농인 정착 지원", "농촌 빈집 정비", "영농 기술 교육", "주택 수리비를 제공")),
        # the plan of the sides after bullets
        r("sides' plan after bullets", LEAD + "주요 협약 내용은 다음과 같다.\n▲해양 레저 체험 교실 "
          "운영\n▲수상 안전 요원 양성\n양 기관은 앞으로 해양 관광 상품 개발에도 상호 협력할 "
          "계획이다.", ("해양 레저 체험 교실 운영", "수상 안전 요원 양성", "해양 관광 상품 개발")),
        r("sides' plan after bullets", LEAD + "협약 내용은 ▲스마트 물류 기술 공동 연구 "
          "▲현장실습 지원 등이다. 양 기관은 향후 물류 전문 인력 채용 연계에 대해서도 "
          "협력해 나갈 방침이다.",
          ("스마트 물류 기술 공동 연구", "현장실습 지원", "물류 전문 인력 채용 연계")),
        r("sides' plan after bullets", LEAD + "협약 내용은 ▲농촌 유학 프로그램 운영 ▲폐교 활용 "
          "등이다. 두 기관은 앞으로 농촌 체험 마을 조성도 함께 추진할 계획이다.",
          ("농촌 유학 프로그램 운영", "폐교 활용", "농촌 체험 마을 조성")),
        # not areas (after the base sentence of one area)
        r("NOT: purpose", BASE + "이번 협약은 지역 상생 발전을 위해 마련됐다.", ("공동 연구",)),
        r("NOT: purpose", BASE + "두 기관은 청년 유출을 막고 지역 소멸에 대응하자는 데 공감했다.",
          ("공동 연구",)),
        r("NOT: purpose", BASE + "양 기관은 이번 협약으로 2030년까지 탄소 배출을 40% 줄이는 것을 "
          "목표로 삼았다.", ("공동 연구",)),
        r("NOT: one party's plan", BASE + "한결대학교는 내년부터 드론 학과를 신설하고 "
          "실습동을 지을 계획이다.", ("공동 연구",)),
        r("NOT: one party's plan", BASE + "다솔군은 올해 하반기 귀농 박람회와 농산물 직거래 장터를 "
          "열 예정이다.", ("공동 연구",)),
        r("NOT: background", BASE + "한결대학교는 2010년 개교해 간호, 물리치료, 보건행정 등 12개 "
          "학과를 두고 있다.", ("공동 연구",)),
        r("NOT: background", BASE + "다솔군은 전체 인구의 35%가 65세 이상인 초고령 "
          "지역으로, 돌봄과 의료 수요가 크다.", ("공동 연구",)),
        r("NOT: done that day", BASE + "협약식에 이어 참석자들은 스마트팜 실증 단지와 연구동을 "
          "둘러봤다.", ("공동 연구",)),
        r("NOT: done that day", BASE + "이날 양 기관 관계자들은 간담회를 열고 청년 유출 문제와 "
          "일자리 대책을 논의했다.", ("공동 연구",)),
        r("NOT: quote", BASE + "한결대학교 총장은 \"지역 청년 창업과 농촌 활성화에 힘을 "
          "보태겠다\"고 말했다.", ("공동 연구",)),
        r("NOT: quote", BASE + "군수는 “드론 교육과 스마트팜 보급이 지역을 바꿀 것”이라고 "
          "강조했다.", ("공동 연구",)),
        r("NOT: hope", BASE + "이번 협약으로 농가 소득 증대와 청년 유입 효과가 기대된다.",
          ("공동 연구",)),
        r("NOT: sides' meeting after bullets", LEAD + "협약 내용은 ▲농기계 임대 ▲농업 기술 교육 "
          "등이다. 두 기관은 앞으로 정기 협의회를 열어 세부 사항을 논의할 계획이다.",
          ("농기계 임대", "농업 기술 교육")),
        # second batch, written after the first fixes and scored before any fix of its own
        r("2: 비롯해 … 등 다양한 분야", LEAD + "양 기관은 산학 공동 연구를 비롯해 교원 연수, 학생 "
          "봉사활동 등 다양한 분야에서 협력한다.",
          ("산학 공동 연구", "교원 연수", "학생 봉사활동")),
        r("2: 물론 … 까지", LEAD + "두 기관은 이번 협약으로 농산물 판로 확대는 물론 가공 기술 "
          "개발까지 함께 추진한다.", ("농산물 판로 확대", "가공 기술 개발")),
        r("2: signing with its contents", "다솔군은 12일 한결대학교와 지역 인재 육성, 평생교육 "
          "강좌 운영 등을 내용으로 하는 업무협약을 체결했다.",
          ("지역 인재 육성", "평생교육 강좌 운영")),
        r("2: signed and decided", "다솔군은 12일 한결대학교와 업무협약을 맺고 청년 창업 공간 "
          "조성과 창업 교육에 협력하기로 했다.", ("청년 창업 공간 조성", "창업 교육")),
        r("2: 사업을 함께 펼친다", LEAD + "협약에 따라 양 기관은 앞으로 주민 건강 걷기 대회, 생활 "
          "체육 교실 등의 사업을 함께 펼친다.", ("주민 건강 걷기 대회", "생활 체육 교실")),
        r("2: 공동 대응", LEAD + "양 기관은 미세먼지 저감 및 폭염 피해 예방에 공동 대응하기로 "
          "했다.", ("미세먼지 저감", "폭염 피해 예방")),
        r("2: 첫째 둘째", LEAD + "협약 내용은 첫째, 장학금 지원이다. 둘째, 현장실습 기회 "
          "제공이다.", ("장학금 지원", "현장실습 기회 제공")),
        r("2: 뿐 아니라 … 넓히기로", LEAD + "양 기관은 문화 예술 교류뿐 아니라 관광 마케팅까지 "
          "협력 범위를 넓히기로 했다.", ("문화 예술 교류", "관광 마케팅")),
        r("2: 이를 위해 duties", LEAD + "양 기관은 청년 농업인 육성에 힘을 모은다. 이를 위해 "
          "다솔군은 임대 농지를 알선하고, 한결대학교는 영농 교육을 맡는다.",
          ("청년 농업인 육성", "임대 농지를 알선", "영농 교육")),
        r("2: 골자", LEAD + "이번 협약은 폐교 활용 캠핑장 조성과 농촌 민박 운영 지원을 골자로 "
          "한다.", ("폐교 활용 캠핑장 조성", "농촌 민박 운영 지원")),
        r("2: N개 분야", LEAD + "두 기관은 교육, 연구, 의료 봉사 등 3개 분야에서 손을 잡았다.",
          ("교육", "연구", "의료 봉사")),
        r("2: 에 대해서는 공동으로", LEAD + "양 기관은 기상 관측 자료를 공유하고, 가뭄 대책에 "
          "대해서는 공동으로 대응한다.", ("기상 관측 자료를 공유", "가뭄 대책")),
        r("2: 힘을 합친다, one item", LEAD + "양 기관은 섬 지역 의료 공백 해소에 힘을 합친다.",
          ("섬 지역 의료 공백 해소",)),
        r("2: 구체적으로", LEAD + "양 기관은 구체적으로 전기차 충전 설비 설치와 운영 인력 교육을 "
          "함께하기로 했다.", ("전기차 충전 설비 설치", "운영 인력 교육")),
        r("NOT 2: guests", BASE + "협약식에는 한결대학교 교수, 다솔군 공무원 등 30여 명이 "
          "참석했다.", ("공동 연구",)),
        r("NOT 2: done before", BASE + "양 기관은 그동안 농촌 봉사활동, 농산물 직거래 등에서 "
          "협력해 왔다.", ("공동 연구",)),
        r("NOT 2: a party's funding", BASE + "다솔군은 올해 스마트팜 단지 조성을 위해 국비 10억 "
          "원을 확보했다.", ("공동 연구",)),
        r("NOT 2: ceremony order", BASE + "행사는 협약서 낭독, 서명, 기념촬영 순으로 "
          "진행됐다.", ("공동 연구",)),
        r("NOT 2: why now", BASE + "다솔군은 최근 청년 인구가 크게 줄어 일자리와 주거 대책이 "
          "시급한 상황이다.", ("공동 연구",)),
        r("NOT 2: the university's record", BASE + "한결대학교는 지난해 드론 교육과 스마트팜 "
          "실습으로 교육부 평가에서 우수 대학에 뽑혔다.", ("공동 연구",)),
        # third batch, written after batch 2's fixes and scored before any fix of its own
        r("3: 골자는 A와 B다", LEAD + "협약의 골자는 고택 보수 지원과 한옥 숙박 체험 운영이다.",
          ("고택 보수 지원", "한옥 숙박 체험 운영")),
        r("3: 약속했다", LEAD + "양 기관은 어린이 통학로 안전 점검과 교통 안전 교육을 "
          "약속했다.", ("어린이 통학로 안전 점검", "교통 안전 교육")),
        r("3: 뜻을 모았다", LEAD + "두 기관은 독거노인 안부 확인, 무료 급식 배달 등을 함께 하기로 "
          "뜻을 모았다.", ("독거노인 안부 확인", "무료 급식 배달")),
        r("3: 나서기로 했다", LEAD + "양 기관은 빈 점포 활용 창업 공간 조성과 상권 분석 지원에 "
          "나서기로 했다.", ("빈 점포 활용 창업 공간 조성", "상권 분석 지원")),
        r("3: 등을 위해 협력", LEAD + "양 기관은 다문화 학생 학습 지원, 이중언어 교육 등을 위해 "
          "상호 협력하기로 했다.", ("다문화 학생 학습 지원", "이중언어 교육")),
        r("3: 분야의 협력을 강화", LEAD + "양 기관은 원전 해체 기술 및 방사선 안전 분야의 협력을 "
          "강화하기로 했다.", ("원전 해체 기술", "방사선 안전")),
        r("3: N개 항목에 합의", LEAD + "양 기관은 국제 학술대회 공동 개최, 연구원 교류 등 5개 "
          "항목에 합의했다.", ("국제 학술대회 공동 개최", "연구원 교류")),
        r("3: 협력하고 B도 지원", LEAD + "양 기관은 마을 기업 육성에 협력하고 주민 공동체 활동도 "
          "지원하기로 했다.", ("마을 기업 육성", "주민 공동체 활동도 지원")),
        r("3: 과 관련해 협력", LEAD + "두 기관은 고령 운전자 면허 반납 지원과 관련해 긴밀히 "
          "협력하기로 했다.", ("고령 운전자 면허 반납 지원",)),
        r("NOT 3: 한편 aside", BASE + "한편 다솔군은 지난해 귀농 지원 조례를 만들고 정착금을 "
          "늘렸다.", ("공동 연구",)),
        r("NOT 3: explained that day", BASE + "협약식에서 한결대학교 총장은 드론 학과의 교육 "
          "과정과 실습 장비를 소개했다.", ("공동 연구",)),
        r("NOT 3: the agreement's term and review", BASE + "협약은 체결일부터 3년간 유효하며, 양 "
          "기관은 매년 성과를 점검한다.", ("공동 연구",)),
    ]


ROWS = _rows()


def _bigrams(text: str) -> set[str]:
    t = re.sub(r"[\s'\"‘’“”()\[\]]", "", text).replace("ㆍ", "·").lower()
    return {t[i : i + 2] for i in range(len(t) - 1)} or {t}


def _dice(a: str, b: str) -> float:
    x, y = _bigrams(a), _bigrams(b)
    return 2 * len(x & y) / (len(x) + len(y)) if x and y else 0.0


def matched(gold: tuple[str, ...], pred: list[str]) -> tuple[int, list[str], list[str]]:
    """Greedy one-to-one matching at Dice >= 0.6, as score.py: (matched, missed, extra)."""
    pairs = sorted(((_dice(g, p), i, j) for i, g in enumerate(gold) for j, p in enumerate(pred)),
                   key=lambda t: -t[0])
    used_g: set[int] = set()
    used_p: set[int] = set()
    for score, i, j in pairs:
        if score >= 0.6 and i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
    return (len(used_g), [g for i, g in enumerate(gold) if i not in used_g],
            [p for j, p in enumerate(pred) if j not in used_p])


def areas_of(text: str) -> list[str]:
    doc = prepare(text)
    signing = next(s for s in doc.sentences if SIGNED.search(s.text))
    return [a.label for a in find_areas(doc, signing)]


def prf(tp: int, gold: int, pred: int) -> tuple[float, float, float]:
    """Precision, recall and F1 of ``tp`` matches among ``gold`` and ``pred`` items (1.0 when
    there is nothing to find or nothing was found)."""
    p = tp / pred if pred else 1.0
    r = tp / gold if gold else 1.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def tabulate(rows: Sequence[Any], read: Callable[[int, Any], list[str]], *, batches: int,
             description: str, argv: list[str] | None) -> int:
    """Score every row (its ``frame``, ``text`` and gold ``areas``) with ``read(index, row)``
    and print the table by frame, one line per batch (a frame "2: …" or "NOT 2: …" is batch
    2's, an unmarked one batch 1's) and all rows; ``--misses`` adds each row's misses."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--misses", action="store_true", help="print each row's misses and extras")
    args = parser.parse_args(argv)
    by_frame: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    notes = []
    for index, row in enumerate(rows):
        pred = read(index, row)
        tp, missed, extra = matched(row.areas, pred)
        tally = by_frame[row.frame]
        for k, v in enumerate((1, tp, len(row.areas), len(pred))):
            tally[k] += v
        if missed or extra:
            notes.append(f"[{row.frame}] missed {missed} extra {extra}  got {pred}")
    print(f"{'frame':<34} {'rows':>4} {'P':>6} {'R':>6} {'F1':>6}")
    total = [0, 0, 0, 0]
    for frame, (n, tp, gold, pred) in by_frame.items():
        total = [a + b for a, b in zip(total, (n, tp, gold, pred), strict=True)]
        p, r, f = prf(tp, gold, pred)
        print(f"{frame:<34} {n:>4} {p:>6.3f} {r:>6.3f} {f:>6.3f}")
    for batch in range(1, batches + 1):
        mark = "" if batch == 1 else str(batch)
        tallies = [t for frame, t in by_frame.items()
                   if (m := re.match(r"(?:NOT )?(\d):", frame)) and m.group(1) == mark
                   or not m and not mark]
        n, tp, gold, pred = (sum(col) for col in zip(*tallies, strict=True))
        p, r, f = prf(tp, gold, pred)
        print(f"{'batch ' + str(batch):<34} {n:>4} {p:>6.3f} {r:>6.3f} {f:>6.3f}")
    p, r, f = prf(*total[1:])
    print(f"{'all':<34} {total[0]:>4} {p:>6.3f} {r:>6.3f} {f:>6.3f}")
    if args.misses:
        print("\n".join(notes))
    return 0


def main(argv: list[str] | None = None) -> int:
    return tabulate(ROWS, lambda _, row: areas_of(row.text), batches=3,
                    description=__doc__.splitlines()[0], argv=argv)


if __name__ == "__main__":
    sys.exit(main())
