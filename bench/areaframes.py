"""Area sentences in frames the area rules had not met, in whole invented articles, by frame.

Each row is an invented article: a signing lead, the sentence(s) that state (or seem to state)
what the parties cooperate on, then clutter of the genre (a quote, an aside, the byline or
photo credit, the copyright line). The areas are those ``../shared/eval/GUIDELINES.md`` gives:
one item per listed activity where the text separates items, each party's duties worded as
written, one item per bullet (a bullet with commas inside stays one), not the purpose, not a
vague "다양한 협력 사업", not what the agreement is expected to bring, not a party's own
programme, not the agreement's name, not a quote restating the areas.

Frames: duties followed by a purpose clause; vague works beside concrete ones; the contents
told by "골자", "…을 내용으로 하는", "주요 협약 내용은", "협약에는 … 담겼다", "…키로 뜻을
모았다"; areas spread over two sentences (또한, 아울러, 이 밖에) with a quote restating them;
effects, a party's programme, the agreement's name (no area); bullets with a colon head,
"1)", "(가)", "1.", "•", lines with no mark; a long item with its own commas; the clumsier
sentences of real reporting (long chains of clauses, "…하는 내용의 협약", "…할 수 있도록").

Unlike ``areaprobe.py`` (``find_areas`` on one sentence) it runs the whole ``extract`` on each
article, so the signing, the blocks and the clutter are read as in production, and matches
items as ``score.py`` does (character-bigram Dice >= 0.6, via ``areaprobe.matched``).

    .venv/bin/python bench/areaframes.py            # the table by frame
    .venv/bin/python bench/areaframes.py --misses   # and each row's misses and extras

Batch 1 was written and scored before any fix (round 19): first score on main b8aa24dd P .877
/ R .732 / F1 .798; after its fixes .982 / .874 / .925. Batch 2 (frames "2: …") was written
after those fixes and scored before its own: 1.000 / .806 / .892; after them 1.000 / .944 /
.971 (bench/README.md lists the classes). The leftover rows' classes (activity-project,
counted-contents, agreeing-agreement, duty-as-manner, rhythm-only, subject-party-pair) then
lifted all 91 rows from .986 / .890 / .935 to .994 / .945 / .969. Batch 3 (frames "3: …", 30
rows, eight of them negatives) was written in round 20 before reading the area rules and
scored before any fix: on main aea7c545 .927 / .655 / .768; after its fixes .978 / .776 /
.865 (batch 1 .992 / .976 / .984, all 121 rows .990 / .919 / .953). Its leftover frames (a list
broken by a ▲ caption line, areas in a head's quoted promise, a first item cut after a
chained verb, clauses under "협약서에는 …는 내용이 담겼다" with no object) then lifted batch 3
to 1.000 / .914 / .955 and all rows to .995 / .955 / .975.

No sentence here comes from a dev article: the names, topics and words are our own.
"""
from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from mougraph.extract import extract
from mougraph.model import Article

sys.path.insert(0, str(Path(__file__).resolve().parent))
from areaprobe import tabulate  # noqa: E402  (score.py's matching, the table by frame)

CITY = "가온시는 12일 시청 소회의실에서 누리대학교와 업무협약을 체결했다고 13일 밝혔다.\n"
FIRMS = "솔빛테크(대표 김다온)는 지난 9일 본사에서 다온물산과 상생협력 협약을 맺었다.\n"
CARE = "한빛병원은 12일 병원 대강당에서 다온복지재단과 의료 나눔 협약을 체결했다.\n"
TOWN = ("누리군이 지역 대학인 새솔대학교와 손을 잡았다. 누리군은 12일 군청 상황실에서 새솔대학교와 "
        "업무협약을 체결했다.\n")
BASE = CITY + "양 기관은 청년 창업 교육에 협력하기로 했다.\n"

# clutter after the area sentences, one per row in turn
CLUTTER = (
    "\n가온시장은 \"지역과 대학이 함께 성장하는 계기가 되길 바란다\"고 말했다.\n[가온일보 박한결 "
          "기자]",
    "\n한편 누리대학교는 올해 개교 40주년을 맞았다.\n/사진=가온시 제공",
    "\n협약식에는 양 기관 관계자 20여 명이 참석했다.\n저작권자 © 가온일보 무단전재 및 재배포 금지",
    "\n이 대표는 “작은 시작이지만 꾸준히 이어가겠다”고 밝혔다.\n이소리 기자 sori@gaonnews.kr",
)


@dataclass(frozen=True)
class Row:
    frame: str
    text: str
    areas: tuple[str, ...]


def _duties_then_purpose() -> list[Row]:
    r = Row
    f = "duties, then a purpose"
    return [
        r(f, CITY + "가온시는 행정 절차를 맡고 누리대학교는 창업 교육 프로그램을 지원해, 원도심 "
          "상권을 "
          "되살리는 데 힘을 모으기로 했다.", ("행정 절차", "창업 교육 프로그램을 지원")),
        r(f, FIRMS + "솔빛테크는 장비를 무상 대여하고 다온물산은 교육 장소를 내주는 방식으로 지역 "
          "청년들의 디지털 역량을 높이는 데 협력한다.", ("장비를 무상 대여", "교육 장소를 내주")),
        r(f, CARE + "협약에 따라 한빛병원은 의료진을 보내고 다온복지재단은 진료비 일부를 부담해 "
          "의료 "
          "사각지대 주민들의 건강을 챙긴다.", ("의료진을 보내", "진료비 일부를 부담")),
        r(f, CITY + "누리대학교가 교육 과정 설계를 맡아 운영하고, 가온시는 수강생 모집과 홍보를 "
          "담당해 중장년 재취업을 돕기로 했다.", ("교육 과정 설계", "수강생 모집", "홍보")),
        r(f, CITY + "양 기관은 폐현수막 수거와 재활용 제품 제작을 함께 추진해 자원이 순환하는 "
          "도시를 "
          "만드는 데 앞장서기로 했다.", ("폐현수막 수거", "재활용 제품 제작")),
        r(f, FIRMS + "이번 협약으로 다온물산은 유휴 부지를 제공하고, 솔빛테크는 태양광 발전 설비를 "
          "설치·운영해 탄소 배출을 줄여 나간다.", ("유휴 부지를 제공", "태양광 발전 설비를 "
          "설치·운영")),
        r(f, TOWN + "새솔대학교는 재학생 봉사단을 꾸려 학습 멘토링을 하고, 누리군은 활동비를 "
          "지원해 "
          "농촌 아이들의 교육 격차를 줄이기로 했다.",
          ("재학생 봉사단을 꾸려 학습 멘토링", "활동비를 지원")),
    ]


def _vague_beside_concrete() -> list[Row]:
    r = Row
    f = "vague works beside concrete"
    return [
        r(f, CITY + "양 기관은 다양한 협력 사업을 발굴하고, 우선 전통시장 배달 플랫폼 구축에 "
          "나서기로 "
          "했다.", ("전통시장 배달 플랫폼 구축",)),
        r(f, CITY + "두 기관은 상호 관심 분야에서 협력하기로 하고, 특히 해양 플라스틱 저감 기술 "
          "공동 "
          "연구를 올해 안에 시작한다.", ("해양 플라스틱 저감 기술 공동 연구",)),
        r(f, FIRMS + "양사는 상호 발전을 위한 다양한 사업을 추진하는 한편 지역 농산물 납품을 "
          "확대하기로 "
          "했다.", ("지역 농산물 납품을 확대",)),
        r(f, CITY + "양 기관은 실질적인 협력 방안을 모색하고 그 첫 사업으로 어르신 스마트폰 교실을 "
          "열기로 했다.", ("어르신 스마트폰 교실",)),
        r(f, CARE + "두 기관은 지역 의료 발전을 위한 공동 과제를 발굴하는 한편 홀몸 어르신 방문 "
          "진료에 "
          "우선 협력한다.", ("홀몸 어르신 방문 진료",)),
        r("NOT: vague only", CITY + "양 기관은 앞으로 다양한 분야에서 긴밀히 협력해 나가기로 했다.",
          ()),
        r("NOT: vague only", FIRMS + "양사는 상호 관심 분야에서 협력 사업을 발굴하고 정기적으로 "
          "교류하기로 했다.", ()),
        r("NOT: vague only", TOWN + "양 기관은 지역 발전을 위한 다양한 협력 방안을 모색해 나갈 "
          "계획이다.", ()),
    ]


def _contents_told() -> list[Row]:
    r = Row
    return [
        r("골자는 …이다", CITY + "협약의 골자는 빈집을 고쳐 귀촌 청년에게 싸게 빌려주는 것이다.",
          ("빈집을 고쳐 귀촌 청년에게 싸게 빌려주는 것",)),
        r("…을 골자로 한 협약", "가온시와 솔빛테크는 자율주행 셔틀 시범 운행과 정밀 도로지도 "
          "구축을 "
          "골자로 한 업무협약을 12일 맺었다.", ("자율주행 셔틀 시범 운행", "정밀 도로지도 구축")),
        r("…을 골자로 한 협약", CITY + "이번 협약은 대학 기숙사 공실을 지역 청년 임시 주거로 "
          "활용하는 것을 골자로 하고 있다.", ("대학 기숙사 공실을 지역 청년 임시 주거로 활용",)),
        r("…등을 내용으로 하는 협약", "누리대학교는 13일 다온물산과 현장실습 학기제 운영, 졸업생 "
          "채용 우대 등을 내용으로 하는 산학협력 협약을 맺었다.",
          ("현장실습 학기제 운영", "졸업생 채용 우대")),
        r("…등을 내용으로 하는 협약", "한빛병원과 다온복지재단은 12일 저소득층 수술비 지원과 퇴원 "
          "환자 돌봄 연계를 주요 내용으로 하는 협약을 체결했다.",
          ("저소득층 수술비 지원", "퇴원 환자 돌봄 연계")),
        r("주요 협약 내용은 …이다", CITY + "주요 협약 내용은 스마트 가로등 설치, 공공 와이파이 "
          "확대 "
          "구축, 도시 데이터 공유 등이다.",
          ("스마트 가로등 설치", "공공 와이파이 확대 구축", "도시 데이터 공유")),
        r("주요 협약 내용은 …이다", FIRMS + "주요 협약 내용은 협력사 납품 대금 조기 지급이다.",
          ("협력사 납품 대금 조기 지급",)),
        r("협약에는 … 담겼다", CITY + "협약에는 폐교를 활용한 생태 학습장 조성 방안과 운영비 분담 "
          "방안이 담겼다.", ("폐교를 활용한 생태 학습장 조성 방안", "운영비 분담 방안")),
        r("협약에는 … 담겼다", CARE + "이번 협약서에는 응급 환자 이송 체계 개선과 간호 인력 공동 "
          "교육 등의 내용이 담겼다.", ("응급 환자 이송 체계 개선", "간호 인력 공동 교육")),
        r("…키로 뜻을 모았다", CARE + "양 기관은 섬마을 어르신 이동 진료를 정례화하고 약 배달 "
          "서비스도 함께 운영키로 뜻을 모았다.",
          ("섬마을 어르신 이동 진료를 정례화", "약 배달 서비스도 함께 운영")),
        r("…키로 뜻을 모았다", TOWN + "두 기관은 지역 특화 작물 연구와 농업인 재교육에 공동 "
          "대응키로 뜻을 같이했다.", ("지역 특화 작물 연구", "농업인 재교육")),
        r("내용을 보면", CITY + "협약 내용을 보면 양 기관은 공동 연구실을 설치하고 연구 인력을 "
          "상호 파견한다.", ("공동 연구실을 설치", "연구 인력을 상호 파견")),
        r("크게 세 가지로", CITY + "협약서에 담긴 내용은 크게 세 가지로, 청년 주거 지원과 일자리 "
          "연계, 정착금 지급이다.", ("청년 주거 지원", "일자리 연계", "정착금 지급")),
        r("…이 핵심이다", FIRMS + "이날 맺은 협약은 공공 배달앱 가맹점 확대가 핵심이다.",
          ("공공 배달앱 가맹점 확대",)),
    ]


def _two_sentences() -> list[Row]:
    r = Row
    f = "spread over sentences"
    return [
        r(f, TOWN + "양 기관은 스마트 축산 기술 보급에 협력한다. 또한 가축 질병 예찰 정보도 "
          "공유하기로 "
          "했다.\n누리군수는 \"스마트 축산과 방역 정보 공유로 농가의 걱정을 덜겠다\"고 말했다.",
          ("스마트 축산 기술 보급", "가축 질병 예찰 정보도 공유")),
        r(f, CITY + "두 기관은 지역 문화유산 디지털 복원에 힘을 모은다. 아울러 관련 전공 학생들의 "
          "현장실습도 지원하기로 했다.", ("지역 문화유산 디지털 복원", "관련 전공 학생들의 "
          "현장실습도 지원")),
        r(f, CARE + "양 기관은 치매 환자 가족 상담을 함께 운영한다. 이 밖에 돌봄 인력 심리 치유 "
          "프로그램도 마련하기로 했다.", ("치매 환자 가족 상담을 함께 운영",
                                  "돌봄 인력 심리 치유 프로그램도 마련")),
        r(f, FIRMS + "양사는 친환경 포장재 공동 개발에 나선다. 이와 더불어 물류 창고를 함께 쓰는 "
          "방안도 추진한다.", ("친환경 포장재 공동 개발", "물류 창고를 함께 쓰는 방안")),
        r(f, CITY + "양 기관은 외국인 유학생 지역 정착 지원에 협력하기로 했다. 이 외에도 유학생 "
          "대상 한국어 강좌를 공동으로 개설한다.\n누리대학교 총장은 \"유학생 정착과 한국어 교육, "
          "나아가 지역 기업 취업까지 이어지도록 하겠다\"고 강조했다.",
          ("외국인 유학생 지역 정착 지원", "유학생 대상 한국어 강좌를 공동으로 개설")),
        r(f, TOWN + "협약에 따라 양 기관은 농촌 체험 관광 상품을 개발한다. 또 귀농 희망자를 위한 "
          "영농 실습 과정도 운영한다.", ("농촌 체험 관광 상품을 개발", "귀농 희망자를 위한 영농 "
          "실습 과정도 운영")),
    ]


def _no_area() -> list[Row]:
    r = Row
    return [
        r("NOT: expected effect", BASE + "이번 협약으로 관광객 체류 시간이 늘고 지역 소비가 살아날 "
          "것으로 기대된다.", ("청년 창업 교육",)),
        r("NOT: expected effect", BASE + "이를 통해 양 기관은 지역 인재의 역외 유출을 막는 효과를 "
          "거둘 것으로 보고 있다.", ("청년 창업 교육",)),
        r("NOT: a party's programme", BASE + "누리대학교는 2019년부터 자체 사회공헌 사업으로 "
          "저소득층 아동 코딩 교실을 운영해 왔다.", ("청년 창업 교육",)),
        r("NOT: a party's programme", BASE + "가온시는 현재 관내 15곳에서 무료 급식소와 공유 "
          "주방을 운영하고 있다.", ("청년 창업 교육",)),
        r("NOT: the agreement's name", "가온시는 12일 시청에서 누리대학교와 '청년 일자리 창출 "
          "협약'을 체결했다.\n양 기관은 청년 창업 교육에 협력하기로 했다.", ("청년 창업 교육",)),
        r("NOT: the agreement's name", "솔빛테크는 12일 다온물산과 '탄소중립 실천 협약'을 맺었다고 "
          "밝혔다.\n협약식은 솔빛테크 본사에서 열렸다.", ()),
        r("NOT: term", BASE + "협약 기간은 2년이며 이견이 없으면 1년씩 자동 연장된다.",
          ("청년 창업 교육",)),
        r("NOT: an earlier agreement", BASE + "앞서 가온시는 지난달 솔빛테크와도 비슷한 협약을 "
          "맺고 "
          "드론 배송 시범 사업을 시작했다.", ("청년 창업 교육",)),
        r("NOT: a quote restating", BASE + "누리대학교 총장은 \"청년 창업 교육에 대학의 역량을 "
          "모두 쏟겠다\"며 \"창업 공간과 장비도 아낌없이 내놓겠다\"고 말했다.", ("청년 창업 "
          "교육",)),
        r("NOT: why", BASE + "가온시는 최근 5년 새 청년 인구가 20% 가까이 줄었다.",
          ("청년 창업 교육",)),
    ]


def _bullets() -> list[Row]:
    r = Row
    return [
        r("bullets, colon head", CITY + "주요 협약 내용:\n- 지역 특산물 공동 브랜드 개발\n- 온라인 "
          "판매 채널 입점 지원\n- 포장재 디자인 개선",
          ("지역 특산물 공동 브랜드 개발", "온라인 판매 채널 입점 지원", "포장재 디자인 개선")),
        r("bullets, colon head", CARE + "◇협력 분야: 친환경 농업 교육, 로컬푸드 직매장 운영, 농촌 "
          "일손 돕기", ("친환경 농업 교육", "로컬푸드 직매장 운영", "농촌 일손 돕기")),
        r("bullets, 1) 2)", CITY + "협약 내용은 다음과 같다.\n1) 재난 대비 비상 급수 체계 구축\n2) "
          "수도 시설 합동 점검\n3) 관련 정보 공유",
          ("재난 대비 비상 급수 체계 구축", "수도 시설 합동 점검", "관련 정보 공유")),
        r("bullets, 1. 2.", FIRMS + "양사가 합의한 사항은 아래와 같다.\n1. 산학 공동 연구\n2. 연구 "
          "장비 공동 활용\n3. 기술 이전 및 사업화",
          ("산학 공동 연구", "연구 장비 공동 활용", "기술 이전 및 사업화")),
        r("bullets, (가) (나)", CITY + "협약서의 주요 내용은 다음과 같다.\n(가) 공동 교육과정 "
          "개발\n"
          "(나) 교원 상호 파견\n(다) 학생 교류", ("공동 교육과정 개발", "교원 상호 파견", "학생 "
          "교류")),
        r("bullets, inline ①②", TOWN + "협약은 ①전기차 충전소 확충 ②노후 경유차 전환 지원 ③친환경 "
          "교통 홍보 등을 담았다.", ("전기차 충전소 확충", "노후 경유차 전환 지원", "친환경 교통 "
          "홍보")),
        r("lines with no mark", CITY + "협약에 따라 양 기관은 다음 사항에 협력한다.\n청년 창업 "
          "공간 "
          "제공\n창업 멘토링 운영\n투자 유치 설명회 공동 개최\n",
          ("청년 창업 공간 제공", "창업 멘토링 운영", "투자 유치 설명회 공동 개최")),
        r("bullets, a long item", CITY + "협약 내용은 다음과 같다.\n▲ 지역 축제, 공연, 전시 등 "
          "문화행사 공동 기획 및 홍보\n▲ 대학 시설 주민 개방",
          ("지역 축제, 공연, 전시 등 문화행사 공동 기획 및 홍보", "대학 시설 주민 개방")),
        r("bullets, a long item", CARE + "협약 내용은 △ 의료급여 수급자, 차상위 계층, 홀몸 어르신 "
          "등 취약계층 진료비 감면 △ 무료 건강검진 △ 의료 봉사단 운영 등이다.",
          ("의료급여 수급자, 차상위 계층, 홀몸 어르신 등 취약계층 진료비 감면", "무료 건강검진",
           "의료 봉사단 운영")),
        r("bullets, •", FIRMS + "양사는 아래 분야에서 협력한다.\n• 외국인 근로자 한국어 교육\n• "
          "고충 상담 창구 운영", ("외국인 근로자 한국어 교육", "고충 상담 창구 운영")),
        r("bullets, field: items", TOWN + "주요 내용은 다음과 같다.\n▲교육 분야: 교원 연수 및 교재 "
          "개발\n▲연구 분야: 지역 특화 작물 공동 연구",
          ("교육 분야: 교원 연수 및 교재 개발", "연구 분야: 지역 특화 작물 공동 연구")),
        r("bullets, ordinals in a sentence", CITY + "협약 내용은 첫째 공동 연구 과제 발굴, 둘째 "
          "연구 인력 교류, 셋째 특허 공동 출원이다.",
          ("공동 연구 과제 발굴", "연구 인력 교류", "특허 공동 출원")),
    ]


def _clumsy() -> list[Row]:
    r = Row
    f = "clumsy reporting"
    return [
        r(f, FIRMS + "이날 협약으로 양사는 앞으로 지역 중소기업의 수출 판로 개척을 위한 해외 "
          "바이어 "
          "상담회를 공동으로 개최하고, 무역 실무 교육을 함께 진행하는 한편 수출 초보 기업에 대한 "
          "컨설팅도 지원하게 된다.", ("해외 바이어 상담회를 공동으로 개최", "무역 실무 교육을 "
          "함께 진행",
                              "수출 초보 기업에 대한 컨설팅도 지원")),
        r(f, CARE + "양 기관은 발달장애인이 지역 카페에서 바리스타로 일할 수 있도록 직무 교육과 "
          "취업 "
          "연계에 협력하기로 했다.", ("직무 교육", "취업 연계")),
        r(f, "가온시는 솔빛테크와 폐플라스틱을 수거해 재생 원료로 가공하는 내용의 업무협약을 12일 "
          "체결했다.", ("폐플라스틱을 수거해 재생 원료로 가공",)),
        r(f, "누리대학교와 새솔대학교는 12일 학생 교환과 공동 학위 운영에 합의하는 협약을 맺었다.",
          ("학생 교환", "공동 학위 운영")),
        r(f, "가온시와 다온물산이 지역 농산물 판로 확대에 손을 맞잡았다. 가온시는 12일 시청에서 "
          "다온물산과 업무협약을 체결했다고 밝혔다.", ("지역 농산물 판로 확대",)),
        r(f, FIRMS + "업무협약에 따라 솔빛테크는 지역 청년 20명을 해마다 채용하기로 하고, "
          "다온물산은 "
          "채용 청년의 직무 교육을 맡는다.",
          ("지역 청년 20명을 해마다 채용", "채용 청년의 직무 교육")),
        r(f, CITY + "양 기관은 이번 협약을 통해 구도심 골목길 벽화 조성, 야간 조명 개선 사업을 "
          "추진한다.", ("구도심 골목길 벽화 조성", "야간 조명 개선 사업")),
        r(f, CITY + "두 기관은 지역 대학생 장학금 지원과 인턴십 제공을 협력키로 했다.",
          ("지역 대학생 장학금 지원", "인턴십 제공")),
        r(f, CARE + "협약을 맺은 두 기관은 향후 희귀질환 환아 치료비 지원, 보호자 숙소 제공 "
          "등에서 손발을 맞춘다.", ("희귀질환 환아 치료비 지원", "보호자 숙소 제공")),
        r(f, TOWN + "이에 따라 새솔대학교 산학협력단은 누리군 공무원을 대상으로 한 데이터 분석 "
          "교육을, 누리군은 행정 데이터 제공을 각각 맡게 된다.",
          ("누리군 공무원을 대상으로 한 데이터 분석 교육", "행정 데이터 제공")),
        r(f, CITY + "양 기관은 이날 협약에서 AI 인재 양성을 위한 공동 교육과정을 운영하고 "
          "지역 기업과 연계한 실무 프로젝트도 진행하기로 합의했다.",
          ("AI 인재 양성을 위한 공동 교육과정을 운영", "지역 기업과 연계한 실무 프로젝트도 진행")),
        r(f, FIRMS + "양사는 협약에 따라 △공동 마케팅 △신제품 공동 개발 등을 추진할 예정이다.",
          ("공동 마케팅", "신제품 공동 개발")),
        r(f, CITY + "구체적인 협력 내용은 청년 창업가 발굴, 창업 공간 제공, 투자 연계 등으로 "
          "알려졌다.",
          ("청년 창업가 발굴", "창업 공간 제공", "투자 연계")),
        r(f, CARE + "협약 체결로 한빛병원은 다온복지재단이 추천하는 저소득 환자에게 무료 수술을 "
          "제공한다.", ("다온복지재단이 추천하는 저소득 환자에게 무료 수술을 제공",)),
    ]


def _second() -> list[Row]:
    """Batch 2, written after batch 1's fixes and scored before any fix of its own."""
    r = Row
    return [
        r("2: items with asides", CITY + "양 기관은 인력 양성(현장실습·인턴십), 기술 지원(장비 "
          "공동 "
          "활용) 등에 협력한다.", ("인력 양성(현장실습·인턴십)", "기술 지원(장비 공동 활용)")),
        r("2: quoted programme names", CARE + "양 기관은 '찾아가는 건강교실' 운영과 '마을 주치의' "
          "사업에 협력하기로 했다.", ("'찾아가는 건강교실' 운영", "'마을 주치의' 사업")),
        r("2: 협약서에 서명", "누리군과 새솔대학교는 12일 드론 조종 교육과 드론 방제에 협력하는 "
          "내용의 협약서에 서명했다.", ("드론 조종 교육", "드론 방제")),
        r("2: nominal sentence", CITY + "협약 주요 내용은 청년 고용 연계, 직무 교육 지원 등.",
          ("청년 고용 연계", "직무 교육 지원")),
        r("2: 위해 … 공동 추진", FIRMS + "양사는 골목 상권을 살리기 위해 공동 쿠폰 발행, 배달비 "
          "지원 등을 공동 추진한다.", ("공동 쿠폰 발행", "배달비 지원")),
        r("2: 비롯한", TOWN + "양 기관은 스마트팜 기술을 비롯한 농업 데이터 공유, 청년 농업인 "
          "교육에 "
          "힘을 합치기로 했다.", ("스마트팜 기술", "농업 데이터 공유", "청년 농업인 교육")),
        r("2: 며, 또", CITY + "두 기관은 지역 축제에 공동 부스를 운영하며, 또 관광 상품을 함께 "
          "개발할 계획이다.", ("지역 축제에 공동 부스를 운영", "관광 상품을 함께 개발")),
        r("2: 책임지고", CITY + "누리대학교는 교육 과정을 책임지고, 가온시는 수강료를 지원한다.",
          ("교육 과정을 책임", "수강료를 지원")),
        r("2: bullets with fields", TOWN + "협약 내용은 ▲연구: 공동 연구소 설립 ▲교육: 교환학생 "
          "파견 등이다.", ("연구: 공동 연구소 설립", "교육: 교환학생 파견")),
        r("2: Latin letters", FIRMS + "양사는 ESG 경영, R&D 협력, AI 기반 물류 최적화 등에서 "
          "협업한다.", ("ESG 경영", "R&D 협력", "AI 기반 물류 최적화")),
        r("2: amounts inside", CITY + "양 기관은 연간 20명의 인턴 채용과 100억원 규모의 공동 펀드 "
          "조성에 합의했다.", ("연간 20명의 인턴 채용", "100억원 규모의 공동 펀드 조성")),
        r("2: 할 것을 약속", TOWN + "두 기관은 지역 농산물을 학교 급식에 우선 공급하고 식생활 "
          "교육을 "
          "함께 할 것을 약속했다.", ("지역 농산물을 학교 급식에 우선 공급", "식생활 교육")),
        r("2: 에 대해 뜻을 같이", TOWN + "양 기관은 산불 예방 공동 캠페인과 임도 정비에 대해 뜻을 "
          "같이했다.", ("산불 예방 공동 캠페인", "임도 정비")),
        r("2: 하는 등", CARE + "양 기관은 장애인 채용 박람회를 공동 개최하는 등 장애인 고용 확대에 "
          "협력하기로 했다.", ("장애인 채용 박람회를 공동 개최", "장애인 고용 확대")),
        r("NOT 2: record", BASE + "누리대학교는 그간 스마트팜, 드론, 로봇 분야에서 연구 성과를 "
          "쌓아 왔다.", ("청년 창업 교육",)),
        r("NOT 2: next meeting", BASE + "양 기관은 다음 달 실무협의회를 열어 세부 추진 계획을 정할 "
          "예정이다.", ("청년 창업 교육",)),
        r("NOT 2: ceremony", BASE + "이날 협약식에서는 기관 소개 영상 상영과 협약서 서명, 기념 "
          "촬영이 이어졌다.", ("청년 창업 교육",)),
        r("NOT 2: apart", BASE + "가온시는 이와 별개로 올해 청년 창업 지원 예산을 30% 늘렸다.",
          ("청년 창업 교육",)),
        r("NOT 2: explained", BASE + "창업보육센터는 예비 창업자에게 사무 공간과 경영 자문을 "
          "제공하는 시설이다.", ("청년 창업 교육",)),
        r("NOT 2: a party's figures", BASE + "누리대학교는 지난해 창업 동아리 40개, 학생 창업 "
          "기업 12곳을 배출했다.", ("청년 창업 교육",)),
    ]


def _third() -> list[Row]:
    """Batch 3, written blind (before reading the area rules) after batch 2's and the leftover
    rows' fixes, scored before any fix of its own: areas told across two sentences, duties with
    a condition or a means, a list broken by a caption or a quote, areas only in a head's
    quote, numbered prose, "이번 협약으로", items that are long clauses, and articles where
    nothing past the base sentence is an area."""
    r = Row
    return [
        r("3: two sentences, no connective", TOWN + "협약에 따라 새솔대학교는 누리군 공무원을 "
          "위한 빅데이터 분석 과정을 개설한다. 수업료는 누리군이 전액 부담한다.",
          ("누리군 공무원을 위한 빅데이터 분석 과정을 개설", "수업료는 누리군이 전액 부담")),
        r("3: two sentences, no connective", CARE + "두 기관은 지역아동센터 아이들의 정기 "
          "건강검진을 함께 하기로 했다. 검진 결과 치료가 필요한 아이는 한빛병원이 무료로 "
          "치료해준다.", ("지역아동센터 아이들의 정기 건강검진",
                     "검진 결과 치료가 필요한 아이는 한빛병원이 무료로 치료")),
        r("3: duty with a condition", CITY + "누리대학교는 가온시 주민이 평생교육원 강좌를 들을 "
          "경우 수강료의 절반을 깎아주고, 가온시는 강의실이 모자랄 때 주민자치센터를 "
          "빌려주기로 했다.", ("가온시 주민이 평생교육원 강좌를 들을 경우 수강료의 절반을 깎아주",
                         "강의실이 모자랄 때 주민자치센터를 빌려주")),
        r("3: duty with a means", FIRMS + "솔빛테크는 자체 물류망을 활용해 다온물산 제품의 새벽 "
          "배송을 맡고, 다온물산은 남는 재고를 지역 푸드뱅크에 기부하는 방식으로 힘을 보탠다.",
          ("자체 물류망을 활용해 다온물산 제품의 새벽 배송", "남는 재고를 지역 푸드뱅크에 기부")),
        r("3: duty with a means", TOWN + "양 기관은 드론과 위성 영상을 이용해 산림 병해충을 "
          "조기에 찾아내고, 그 결과를 방제 계획에 반영하기로 했다.",
          ("드론과 위성 영상을 이용해 산림 병해충을 조기에 찾아내", "그 결과를 방제 계획에 반영")),
        r("3: list broken by a caption", CITY + "양 기관은 원도심 빈 점포를 청년 공방으로 바꾸는 "
          "사업과\n▲12일 가온시청 소회의실에서 열린 협약식에서 참석자들이 협약서를 들어 보이고 "
          "있다.(사진=가온시)\n공방 입주 청년의 판로 지원에 함께 나선다.",
          ("원도심 빈 점포를 청년 공방으로 바꾸는 사업", "공방 입주 청년의 판로 지원")),
        r("3: list broken by a quote", "프로축구 가온FC는 12일 누리군청에서 누리군과 유소년 축구 "
          "발전 협약을 맺었다.\n협약에 따라 가온FC는 누리군 초등학생 대상 축구 교실을 연다. “공 "
          "하나로 아이들이 웃을 수 있다면 그걸로 충분하다”는 게 구단의 설명이다. 가온FC는 또 은퇴 "
          "선수를 지도자로 파견하고, 누리군은 군 체육공원 잔디구장을 무상으로 내준다.",
          ("누리군 초등학생 대상 축구 교실", "은퇴 선수를 지도자로 파견",
           "군 체육공원 잔디구장을 무상으로 내준")),
        r("3: areas in a head's quote", CITY + "협약식에서 누리대학교 총장은 “가온시와 함께 지역 "
          "청년의 창업 교육과 기술 사업화를 함께 하겠다”고 말했다.",
          ("지역 청년의 창업 교육", "기술 사업화")),
        r("3: areas in a head's quote", FIRMS + "김다온 대표는 “다온물산과 손잡고 지역 농가의 "
          "스마트팜 전환을 돕고, 수확한 작물의 판로도 함께 책임지겠다”고 말했다.",
          ("지역 농가의 스마트팜 전환을 돕", "수확한 작물의 판로도 함께 책임")),
        r("3: numbered prose", CITY + "협약 내용은 크게 세 갈래다. 첫째, 누리대학교는 지역 기업 "
          "재직자를 위한 야간 학위 과정을 연다. 둘째, 가온시는 과정 수강료의 일부를 지원한다. "
          "셋째, 양 기관은 수료생 취업 현황을 매년 함께 점검한다.",
          ("지역 기업 재직자를 위한 야간 학위 과정", "과정 수강료의 일부를 지원",
           "수료생 취업 현황을 매년 함께 점검")),
        r("3: numbered prose", CARE + "먼저 한빛병원은 재단이 추천한 저소득 환자의 수술비를 "
          "감면한다. 다음으로 재단은 환자 가족의 간병비를 지원하고, 마지막으로 양 기관은 퇴원 후 "
          "재활 과정을 함께 관리한다.", ("재단이 추천한 저소득 환자의 수술비를 감면",
                                "환자 가족의 간병비를 지원", "퇴원 후 재활 과정을 함께 관리")),
        r("3: after 이번 협약으로", TOWN + "이번 협약으로 양 기관은 군 보건소와 대학 간호학과를 "
          "잇는 방문 간호 체계를 만들고, 간호학과 학생들은 여름방학마다 섬 지역 어르신 가정을 "
          "찾는다.", ("군 보건소와 대학 간호학과를 잇는 방문 간호 체계",
                    "여름방학마다 섬 지역 어르신 가정을 찾")),
        r("3: items are long clauses", CITY + "양 기관은 혼자 사는 어르신 집에 인공지능 스피커를 "
          "설치해 안부를 살피는 일, 위급할 때 보호자와 119에 자동으로 알리는 체계를 갖추는 일, "
          "여기서 모인 자료를 복지 정책에 쓰는 일을 함께 하기로 했다.",
          ("혼자 사는 어르신 집에 인공지능 스피커를 설치해 안부를 살피는 일",
           "위급할 때 보호자와 119에 자동으로 알리는 체계를 갖추는 일",
           "여기서 모인 자료를 복지 정책에 쓰는 일")),
        r("3: items are long clauses", FIRMS + "협약서에는 솔빛테크가 개발한 재고관리 프로그램을 "
          "다온물산 매장 30곳에 무상으로 깔아주고, 사용법을 모르는 점주에게는 직원이 직접 찾아가 "
          "가르쳐주며, 오류가 생기면 24시간 안에 고쳐준다는 내용이 담겼다.",
          ("솔빛테크가 개발한 재고관리 프로그램을 다온물산 매장 30곳에 무상으로 깔아주",
           "사용법을 모르는 점주에게는 직원이 직접 찾아가 가르쳐주", "오류가 생기면 24시간 안에 "
           "고쳐준다")),
        r("3: 하는 내용의 협약, a deed", "가온시는 12일 시청에서 솔빛테크와 앞으로 3년간 "
          "500억원을 들여 가온일반산업단지에 배터리 부품 공장을 짓는 내용의 투자협약을 "
          "체결했다.",
          ("앞으로 3년간 500억원을 들여 가온일반산업단지에 배터리 부품 공장을 짓",)),
        r("3: lines ending in 제공", CITY + "협약에 따른 지원 내용은 아래와 같다.\n창업 공간 무상 "
          "제공\n시제품 제작비 지원\n법률·세무 상담 제공\n",
          ("창업 공간 무상 제공", "시제품 제작비 지원", "법률·세무 상담 제공")),
        r("3: 등 세 가지다", TOWN + "협약 내용은 농산물 가공 기술 이전, 가공 창업 교육, 공동 "
          "브랜드 개발 등 세 가지다.", ("농산물 가공 기술 이전", "가공 창업 교육", "공동 브랜드 "
          "개발")),
        r("3: bare nouns joined by 과", CARE + "한빛병원은 진료를, 재단은 환자 발굴과 이송을 "
          "맡는다.", ("진료", "환자 발굴", "이송")),
        r("3: 핵심은 두 가지", FIRMS + "협약의 핵심은 두 가지다. 하나는 협력사 직원의 기술 "
          "교육이고, 다른 하나는 공동 구매를 통한 원자재 비용 절감이다.",
          ("협력사 직원의 기술 교육", "공동 구매를 통한 원자재 비용 절감")),
        r("3: roles, 각각 맡는다", "가온시와 누리대학교, 솔빛테크는 12일 가온시청에서 3자 "
          "업무협약을 맺었다.\n가온시는 인허가 지원을, 솔빛테크는 설비 투자를, 누리대학교는 기술 "
          "자문을 각각 맡는다.", ("인허가 지원", "설비 투자", "기술 자문")),
        r("3: 초점을 맞췄다", FIRMS + "이번 협약은 지역 소상공인의 온라인 판로 확보에 초점을 "
          "맞췄다.", ("지역 소상공인의 온라인 판로 확보",)),
        r("3: ▷ under a 【】 head", TOWN + "【협약 주요 내용】\n▷지역 인재 우선 채용\n▷재직자 직무 "
          "교육 지원\n▷대학 연구시설 공동 활용", ("지역 인재 우선 채용", "재직자 직무 교육 지원",
                                     "대학 연구시설 공동 활용")),
        r("NOT 3: purpose only", CITY + "양 기관은 지역 소멸 위기에 함께 대응하고 상생 발전의 "
          "토대를 마련하기 위해 이번 협약을 맺었다고 설명했다.", ()),
        r("NOT 3: hopes", FIRMS + "업계에서는 이번 협약이 두 회사의 해외 시장 진출에 힘을 실어줄 "
          "것이라는 관측이 나온다. 다온물산 관계자는 “서로 부족한 부분을 채워주는 관계가 되길 "
          "바란다”고 말했다.", ()),
        r("NOT 3: one party's plan", BASE + "누리대학교는 협약과 별도로 내년 3월 창업학과를 새로 "
          "열 계획이다.", ("청년 창업 교육",)),
        r("NOT 3: one party's plan", BASE + "가온시는 이번 협약을 계기로 청년 정책 전담 부서를 "
          "새로 만들 방침이다.", ("청년 창업 교육",)),
        r("NOT 3: a deed that day", BASE + "협약식이 끝난 뒤 누리대학교 학생 봉사단은 시청 앞 "
          "광장에서 환경 정화 활동을 벌였다.", ("청년 창업 교육",)),
        r("NOT 3: background figures", BASE + "가온시에 따르면 관내 청년 창업 기업은 지난해 "
          "320곳으로 3년 전보다 40% 늘었다.", ("청년 창업 교육",)),
        r("NOT 3: a head's hope", BASE + "가온시장은 “청년들이 떠나지 않는 도시를 만들겠다”며 "
          "“오늘이 그 첫걸음”이라고 말했다.", ("청년 창업 교육",)),
        r("NOT 3: 이번 협약으로, an effect", BASE + "이번 협약으로 해마다 청년 창업 기업 50곳이 "
          "새로 생겨날 것으로 시는 내다봤다.", ("청년 창업 교육",)),
    ]


ROWS = (_duties_then_purpose() + _vague_beside_concrete() + _contents_told() + _two_sentences()
        + _no_area() + _bullets() + _clumsy() + _second() + _third())


def read(index: int, row: Row) -> list[str]:
    """The areas of every agreement ``extract`` finds in the row's article with its clutter."""
    text = row.text.rstrip("\n") + CLUTTER[index % len(CLUTTER)]
    found = extract(Article(id="probe", text=text)).agreements
    return [x.label for a in found for x in a.areas]


def main(argv: list[str] | None = None) -> int:
    return tabulate(ROWS, read, batches=3, description=__doc__.splitlines()[0], argv=argv)


if __name__ == "__main__":
    sys.exit(main())
