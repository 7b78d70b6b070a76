"""Venue of the signing: one row per construction, sentences written for these tests."""
from __future__ import annotations

import pytest

from mougraph.extract.venue import find_venue
from mougraph.text import prepare

CASES = [
    # (round 20, areas20) venue_not_places.txt: a list of fields closed by 등 before 에서
    ("a list of past work closed by 등 before 에서 is no place",
     "두 기관은 수위 자료 공유, 소하천 정비 등에서 손발을 맞춰 왔으며, 이번 협약식을 계기로 "
     "협력 대상을 넓혔다.", None),
    ("rule worked-there-before: where the sides worked up to now, the agreement named after",
     "오다온 청장은 \"그동안에도 하천 관리 현장에서 두 기관이 손을 맞춰 왔다\"며 \"이번 협약으로 "
     "물길을 함께 지키겠다\"고 말했다.", None),
    ("… the place where the agreement was signed and then worked on stays the place",
     "두 기관은 2019년 시청 접견실에서 협약을 맺고 함께 일해 왔다.", "시청 접견실"),
    ("… a hall before 에서 with no 등 stays the place",
     "두 기관은 23일 가람환경청 대회의실에서 협약식을 열었다.", "가람환경청 대회의실"),
    ("a field of past work before 에서 is no place (금융)",
     "두 회사는 지난해 MOU를 교환한 뒤 중동 발전소 금융에서 손발을 맞춰 왔으나 이번 협약으로 "
     "협력 범위를 넓힐 계획이다.", None),
    ("a place before 에서 keeps its head",
     "두 회사는 20일 누리금융센터에서 협약을 맺었다.", "누리금융센터"),
    # rule partner-described: a noun and the copula's 인 before the partner says what it is
    ("the partner described by a copula after the place ('…에서 모교인 A와')",
     "가온고 동창회는 5월 9일 학교 본관 회의실에서 모교인 가온고등학교와 장학 협약을 체결했다.",
     "학교 본관 회의실"),
    ("…a sister city described so",
     "누리시는 3일 시청 접견실에서 자매도시인 가람시와 교류 협약을 체결했다.", "시청 접견실"),
    ("a verb's modifier after the place still dates another noun",
     "가온군은 누리농협과 군에서 생산된 농산물 판매 협약을 체결했다.", None),
    ("a copula's modifier before a noun that is no partner dates it",
     "가온군은 전국에서 처음인 농촌 돌봄 협약을 누리농협과 체결했다.", None),
    # a room named by a verb made a noun, which the analyser may cut (나누 + ㅁ + 홀)
    ("a room named by a verb made a noun ('나눔홀')",
     "가온복지관은 2일 복지관 1층 나눔홀에서 누리푸드뱅크와 '따뜻한 겨울나기' 협약을 체결했다.",
     "복지관 1층 나눔홀"),
    # a quoted name after the place opens with an adjective: no verb dating another noun
    ("the place before a quoted name that opens with an adjective",
     "가온초등학교는 7일 누리파출소와 가온초 교장실에서 '안전한 등굣길 만들기' 협약을 맺었다.",
     "가온초 교장실"),
    ("a place of a verb dating another noun, unquoted, is still no venue",
     "가온군은 누리농협과 군에서 생산된 농산물 판매 협약을 체결했다.", None),
    ("a verb made a noun that ends the word is no place",
     "가온복지관은 작은 나눔에서 시작해 누리푸드뱅크와 '따뜻한 겨울나기' 협약을 체결했다.", None),
    ("a day told as the day before is no word of the place",
     "가온군은 다래농협과 협약을 체결했다고 8일 밝혔다. 협약식은 전날 군청 상황실에서 열렸다.",
     "군청 상황실"),
    ("…written 전일",
     "가온군은 다래농협과 협약을 체결했다고 8일 밝혔다. 협약식은 전일 군청 상황실에서 열렸다.",
     "군청 상황실"),
    ("the place visited for the signing (rule visit)",
     "가람대 홍길동 총장은 4일 누리시청을 방문해 김철수 시장과 업무협약을 맺었다.", "누리시청"),
    ("a country visited is no venue",
     "가람시 대표단은 베트남을 방문해 누리성과 우호협약을 체결했다.", None),
    ("…에서 협약을 했다, after day and time",
     "한빛시는 19일 오후 4시 20분 시청 대회의실에서 누리협회 등 5곳과 업무협약을 했다.",
     "시청 대회의실"),
    ("협약식은 … 가운데 …에서 열렸다",
     "이날 협약식은 두 기관 관계자 20여 명이 참석한 가운데 도서관 별관 5층 국제회의실에서 열렸다.",
     "도서관 별관 5층 국제회의실"),
    ("체결식은 <address>에서 진행했다",
     "양사는 MOU를 체결했다. 체결식은 서울 중구 을지로 가람전력 본사에서 진행했다.",
     "서울 중구 을지로 가람전력 본사"),
    ("…에서 열린 체결식에서",
     "대구 수성구 누리센터에서 열린 MOU 체결식에서 두 대표는 공동 연구를 약속했다.",
     "대구 수성구 누리센터"),
    ("after the partner and the day",
     "가람대학은 누리연구원 등 4개 기관과 15일 가람리에 위치한 한옥카페에서 협약을 체결했다.",
     "가람리에 위치한 한옥카페"),
    ("Latin letters in the name", "가람대는 지난 8일 DKT R&D캠퍼스 회의실에서 협약식을 가졌다.",
     "DKT R&D캠퍼스 회의실"),
    ("weekday after the date",
     "한빛군은 3월 5일(화) 군청 소회의실에서 누리병원과 우호교류 협약식을 가졌다.",
     "군청 소회의실"),
    ("the partner in parentheses before", "누리센터(센터장 홍길동)와 가람센터(센터장 김철수)는 "
     "10일 가람센터에서 자매결연 협약식을 가졌다.", "가람센터"),
    ("the ceremony sentence when the signing sentence names no place",
     "양 기관은 업무협약을 체결했다고 밝혔다. 협약식은 군청 상황실에서 열렸다.", "군청 상황실"),
    ("the first place when an event follows",
     "한빛시는 12일 서울 누리호텔에서 열린 2024 투자포럼에서 가람사와 MOU를 체결했다.",
     "서울 누리호텔"),
    ("a booth inside an event held at a place: the booth (place-inside-event)",
     "누리전자는 지난 17일 가온컨벤션센터에서 열린 '2025 가람 에너지 엑스포' 누리전자 "
     "홍보부스에서 다래셀과 업무협약을 체결했다.", "누리전자 홍보부스"),
    ("a hall inside a fair held at a place: the hall (place-inside-event)",
     "한빛시는 12일 가온전시장에서 열린 국제식품박람회 비즈니스 상담관에서 누리식품과 "
     "협약을 맺었다.",
     "국제식품박람회 비즈니스 상담관"),
    ("a room as the topic of the parties' signing, after the event's first day",
     "개막 첫날 전시장 2층 세미나실에서는 누리랩과 솔빛농원이 스마트 온실 업무협약을 맺었다.",
     "전시장 2층 세미나실"),
    ("a body's side as the topic (시청에서는) is no room",
     "가온시청에서는 누리랩과 솔빛농원이 스마트 온실 업무협약을 맺었다.", None),
    ("the site of an event held at a place is that place (place-inside-event)",
     "두 기관은 12일 가온컨벤션센터에서 열린 '2026 나눔과 기술 박람회' 현장에서 업무협약을 "
     "맺었다.", "가온컨벤션센터"),
    ("the site of a named event held nowhere named is the event's site",
     "두 기관은 12일 '2026 가온 기술 박람회' 현장에서 업무협약을 맺었다.",
     "2026 가온 기술 박람회 현장"),
    ("a span of days before the place",
     "한빛시는 지난 19~20일 서울 코엑스에서 열린 박람회에서 누리전자와 협약을 맺었다.",
     "서울 코엑스"),
    ("a time zone aside of two words before the place",
     "한빛대는 10일(미국 동부시간) 보스턴에서 누리대와 협약을 체결했다.", "보스턴"),
    ("an event is no place, the place it was held is",
     "한빛군은 11일 군청에서 농업인 대회를 열었다. 군은 이날 대회에서 누리농협과 협약을 맺었다.",
     "군청"),
    ("an event whose place is not told gives none",
     "한빛군은 11일 농업인 대회를 열었다. 군은 이날 대회에서 누리농협과 협약을 맺었다.", None),
    ("a span with the word processor's tilde before the place",
     "가온시는 지난 19∼20일 서울 코엑스에서 열린 박람회에서 다래전자와 협약을 맺었다.",
     "서울 코엑스"),
    ("a press release's month and day in figures before the place",
     "가온시는 지난 4. 19.(금) 가온시청 접견실에서 다래대와 업무협약을 체결했다.",
     "가온시청 접견실"),
    ("a long list of parties with their heads between the place and the verb",
     "가온시는 19일 가온시청 접견실에서 다래대학교(총장 김다래), 나래대학교(총장 이나래), "
     "가람전자(대표 박가람), 누리병원(원장 최누리), 가온복지재단(이사장 정가온), "
     "다솜상공회의소(회장 오다솜), 한울테크노파크(원장 윤한울) 등 7개 기관과 지역 청년 일자리 "
     "창출 및 인재 양성을 위한 산학관 협력 업무협약을 체결했다.", "가온시청 접견실"),
    ("a day and a time of day written together", "가온대와 다래연구원은 9일오전 누리관 "
     "2층 세미나실에서 업무협약을 체결했다.", "누리관 2층 세미나실"),
    *[(f"a date or time written as '{when}' before the place",
       f"가온시는 {when} 시청 본관 접견실에서 다래대와 업무협약을 체결했다.", "시청 본관 접견실")
      for when in ("14 일", "14일(목)오후", "14일 오후2시", "14일 오전 11시께", "14일 밤",
                   "11월14일", "2019-11-14(목)", "'19. 11. 14.(목)", "14일 오후 3시~4시",
                   "지난달27일")],
    *[(f"a name holding an adjective: {place}",
       f"가온시는 19일 {place}에서 다래대와 업무협약을 체결했다.", place)
      for place in ("좋은이웃센터", "푸른초장교회", "가온시청 열린시장실", "다래대 열린마당")],
    ("a span told as two days is no part of the place", "가온대는 26~27일 양일간 제주 다래 "
     "호텔에서 나래대와 협약을 체결했다.", "제주 다래 호텔"),
    ("the place as the topic, the ceremony held there as the subject",
     "오늘(22일) 다솜시청에서는 다솜시와 다래대학교의 청년 일자리 업무협약식이 열렸습니다.",
     "다솜시청"),
    ("a clock time before the place", "가온시는 19일 10:30 가온시청 접견실에서 다래대와 협약을 "
     "체결했다.", "가온시청 접견실"),
    ("the event opening the sentence after the lead", "가온시는 다래대와 업무협약을 체결했다고 "
     "20일 밝혔다. 행사는 가온시청 접견실에서 진행됐다.", "가온시청 접견실"),
    ("a weekday before the place",
     "한빛시는 지난 화요일(19일) 시청에서 누리대와 협약을 체결했다.", "시청"),
    ("a week or 최근 before the place",
     "가온협회와 누리공사는 지난주 서울 다래호텔 2층 연회장에서 업무협약을 체결했다.",
     "서울 다래호텔 2층 연회장"),
    ("최근 before the place", "한빛소재는 최근 성남 본사에서 다온랩과 협약을 맺었다.", "성남 본사"),
    ("a time of day in words before the place",
     "한빛대는 한국시간 12일 새벽 미국 보스턴에서 누리대와 협약을 체결했다.", "미국 보스턴"),
    ("a place named before 현지", "한빛대는 12일(현지시간) 베트남 하노이 현지에서 누리대와 협약을 "
     "체결했다.", "베트남 하노이 현지"),
    ("현지시간 before the place",
     "한빛대는 현지시간 12일 베트남 하노이에서 누리대와 협약을 체결했다.",
     "베트남 하노이"),
    ("서명했다 as the signing verb", "양 기관은 이날 오전 시청 3층 상황실에서 협약서에 서명했다.",
     "시청 3층 상황실"),
    ("a quoted hall name stays with its quotes",
     "양 기관은 19일 한빛문화원 ‘나래홀’에서 협약을 체결했다.", "한빛문화원 ‘나래홀’"),
    ("a hall name in straight quotes keeps both",
     "양 기관은 19일 한빛대 본관 4층 '나래-누리홀'에서 협약을 체결했다.",
     "한빛대 본관 4층 '나래-누리홀'"),
    ("a stray straight quote goes", "양 기관은 19일 '한빛대 본관에서 협약을 체결했다.",
     "한빛대 본관"),
    ("a name in Hanja after the hall", "양 대학은 가람대학 내 누리관(樓里館)에서 협약을 체결했다.",
     "가람대학 내 누리관(樓里館)"),
    ("(현지시간) after the day is no part of the place",
     "한빛시 대표단은 18일(현지시간) 베트남 하노이 시청에서 자매결연 협약을 체결했다.",
     "베트남 하노이 시청"),
    ("a university visited, short form", "한빛시장은 19일 누리대를 방문해 업무협약을 체결했다.",
     "누리대"),
    ("a visit told with a comma", "가온시장은 19일 다래대학교를 방문, 김다래 총장과 업무협약을 "
     "체결했다.", "다래대학교"),
    ("a visit told as the occasion", "가온시장은 19일 다래대학교를 찾은 자리에서 김다래 총장과 "
     "업무협약을 체결했다.", "다래대학교"),
    ("a military unit visited", "가람대 총장은 19일 육군 제7여단을 방문해 협약을 체결했다.",
     "육군 제7여단"),
    ("a visit told in a later sentence about the signing",
     "한빛시와 누리대는 업무협약을 체결했다고 20일 밝혔다. "
     "이날 한빛시장 일행은 누리대를 방문해 협약서에 서명했다.", "누리대"),
    ("오후(현지시간) before the place",
     "한빛시는 지난 19일 오후(현지시간) 미국 누리시청에서 누리시와 자매결연 협약을 체결했다.",
     "미국 누리시청"),
    ("a caption opened by (사진)", "한빛시는 누리대와 업무협약을 체결했다고 20일 밝혔다.\n"
     "(사진) 한빛시청에서 열린 협약식 모습.", "한빛시청"),
    ("a caption opened by the photo credit", "한빛시는 누리대와 업무협약을 체결했다고 20일 "
     "밝혔다.\n(사진=19일 한빛시청에서 열린 협약식에서 김가람 시장이 인사말을 하고 있다)",
     "한빛시청"),
    ("a caption under a bullet", "한빛시는 누리대와 업무협약을 체결했다고 20일 밝혔다.\n"
     "▲ 19일 한빛시청 대회의실에서 열린 업무협약식에서 김가람 시장(왼쪽)과 박누리 총장이 "
     "기념촬영을 하고 있다.", "한빛시청 대회의실"),
    ("the day's event named as the subject",
     "한빛시는 19일 누리대와 업무협약을 체결했다. 이날 행사는 누리대 대학본부 회의실에서 진행됐다.",
     "누리대 대학본부 회의실"),
    ("a place before those attending",
     "한빛시와 누리대는 19일 김가람 시장과 박누리 총장 등이 참석한 가운데 한빛시청 접견실에서 "
     "업무협약을 체결했다.", "한빛시청 접견실"),
    ("the site of a named event", "한빛시와 누리대는 19일 '2019 청년 일자리 박람회' 현장에서 "
     "업무협약을 체결했다.", "2019 청년 일자리 박람회 현장"),
    ("a press release's place line", "한빛시는 누리대와 업무협약을 체결했다고 20일 밝혔다.\n"
     "□ 일시 : 2019. 4. 19.(금) 14:00\n□ 장소 : 한빛시청 대회의실", "한빛시청 대회의실"),
    ("... after the time", "한빛시는 누리대와 업무협약을 체결했다고 20일 밝혔다.\n"
     "- 일시/장소: 4월 19일(금) 14:00 / 한빛시청 대회의실", "한빛시청 대회의실"),
    ("a release's place line named for the signing", "한빛시는 누리대와 업무협약을 체결했다고 20일 "
     "밝혔다.\n■ 협약 일시 : 2019. 4. 19.(금) 14:00\n■ 협약 장소 : 한빛시청 4층 대회의실",
     "한빛시청 4층 대회의실"),
    ("not place-line-named: a field of another place word ('교육 장소') is no signing's",
     "한빛시는 누리대와 업무협약을 체결했다고 20일 밝혔다.\n■ 교육 장소 : 누리대 평생교육원", None),
    # rule card-fields: a card's "어디서? …" line answers where
    ("a card's where field", "#1\n한빛시 × 누리대\n청년 창업 업무협약 체결\n\n#2\n"
     "언제? 4월 19일(금)\n어디서? 한빛시청 3층 대회의실", "한빛시청 3층 대회의실"),
    ("not card-fields: a where asked inside a sentence",
     "#1\n한빛시 × 누리대\n청년 창업 업무협약 체결\n\n"
     "#2\n창업 공간은 어디서? 누리대 본관을 쓴다고 들었나요", None),
    ("일시·장소 : 날짜, 장소", "한빛시는 누리대와 업무협약을 체결했다.\n"
     "□ 일시·장소 : 2019. 4. 19.(금) 14:00, 한빛시청 3층 대회의실", "한빛시청 3층 대회의실"),
    ("일시, 장소 : 오후 시각, 장소", "한빛시는 누리대와 업무협약을 체결했다.\n"
     "○ 일시, 장소 : 4월 19일(금) 오후 2시, 누리대 본관", "누리대 본관"),
    ("장소는 … 이었다", "한빛시는 19일 누리대와 업무협약을 체결했다. "
     "협약식 장소는 누리대 본관 대회의실이었다.", "누리대 본관 대회의실"),
    ("…에 모여", "한빛시와 누리대 관계자들은 19일 한빛시청 대회의실에 모여 업무협약을 체결했다.",
     "한빛시청 대회의실"),
    ("an aside '한편' about the ceremony itself", "가온군은 다래농협과 판로 확대 협약을 체결했다고 "
     "8일 밝혔다. 한편 협약식은 지난 6일 가온군청 소회의실에서 열렸다.", "가온군청 소회의실"),
    ("'앞서' before the ceremony's own day", "가온군은 다래농협과 판로 확대 협약을 체결했다고 "
     "8일 밝혔다. 앞서 6일 가온군청 소회의실에서 열린 협약식에는 군수가 참석했다.",
     "가온군청 소회의실"),
    ("…에서 이뤄졌다", "가온군은 다래농협과 판로 확대 협약을 체결했다고 8일 밝혔다. "
     "협약은 지난 6일 가온군청 소회의실에서 이뤄졌다.", "가온군청 소회의실"),
    ("…에서 거행됐다", "가온군은 다래군과 자매결연을 맺었다고 8일 밝혔다. "
     "자매결연식은 지난 6일 다래군청 대회의실에서 거행됐다.", "다래군청 대회의실"),
    *[(f"the ceremony as the subject, told as '{verb}'", "가온군은 다래군과 협약을 맺었다고 8일 "
       f"밝혔다. 협약식은 지난 6일 다래군청 대회의실에서 {verb}.", "다래군청 대회의실")
      for verb in ("있었다", "마련됐다")],
    ("the ceremony as the subject, a field no place", "가온군은 다래군과 협약을 맺었다. "
     "협약식은 다양한 분야에서 교류하기 위해 마련됐다.", None),
    ("a place where the heads met for the signing", "김가온 시장과 박다래 총장은 19일 시청에서 "
     "만난 자리에서 협약서에 서명했다.", "시청"),
    # "…에서" that is no venue
    ("the place another noun comes from", "가온시는 19일 미국에서 온 다래대 대표단과 교류 협약을 "
     "체결했다.", None),
    ("... which gives way to the place of the signing", "가온시는 19일 미국에서 온 다래대 "
     "대표단과 시청 접견실에서 교류 협약을 체결했다.", "시청 접견실"),
    ("the place where a product of the agreement is made", "가온군은 19일 가온군에서 생산된 "
     "농산물 판로 확대를 위해 다래마트와 협약을 맺었다.", None),
    ("the place of an event to come", "가온시는 19일 오는 10월 시청에서 열리는 축제의 성공을 위해 "
     "다래대와 협약을 맺었다.", None),
    ("a field where exchanges took place", "가온군은 다래농협과 협약을 체결했다. "
     "협약에 앞서 양 기관은 유통 분야에서 교류가 이뤄졌다.", None),
    ("이번 협약에서", "이번 협약에서 양 기관은 인력 교류에 합의하고 협약을 체결했다.", None),
    ("다양한 분야에서", "양 대학은 다양한 분야에서 교류하기 위한 업무 협약을 체결했다.", None),
    ("협약식에서 (an event)", "이날 협약식에서 두 기관장은 협약서에 서명했다.", None),
    ("지역에서", "두 기관은 지역에서 함께 일하기로 하고 협약을 맺었다.", None),
    ("…에서는 (a topic)", "가람대에서는 센터장과 교수들이 협약식에 참석했다.", None),
    ("현장에서 alone", "양 기관은 현장에서 바로 업무협약을 체결했다.", None),
    ("a gathering of people is no place", "양 기관 관계자 20여명이 한자리에 모여 협약을 체결했다.",
     None),
    ("온라인에서", "양 기관은 온라인에서 업무협약을 체결했다.", None),
    ("온라인으로 (no place)", "한빛시는 19일 온라인으로 누리대와 업무협약을 체결했다.", None),
    ("비대면으로 (no place)", "한빛시는 19일 비대면으로 누리대와 업무협약을 체결했다.", None),
    ("각 기관에서", "각 기관에서 협약서에 서명한 뒤 교환하는 방식으로 협약을 체결했다.", None),
    ("an earlier agreement's place",
     "양 기관은 업무협약을 체결했다. "
     "한편 한빛시는 지난해 누리시청에서 가람시와 협약을 맺은 바 있다.", None),
    ("an earlier ceremony's place, even told with its ceremony as the subject",
     "양 기관은 업무협약을 체결했다. "
     "한편 지난해 협약식은 누리시청에서 열린 바 있다.", None),
    ("…에서 far from any signing", "한빛시는 시청에서 축제를 열었다. 양 기관은 협약을 체결했다.",
     None),
    ("a day with a zero-width space inside is no part of the place",
     "한빛시는 1\u200b9일 시청 대회의실에서 누리대와 협약을 체결했다.", "시청 대회의실"),
    # the place in a noun phrase of the ceremony, "…에서의 협약식"
    ("어제(N일) before the place", "한빛경찰서는 어제(17일) 경찰서 3층 회의실에서 누리마트와 "
     "협약을 체결했습니다.", "경찰서 3층 회의실"),
    ("…에서의 협약식", "한빛시와 누리대는 19일 한빛시청 대회의실에서의 업무협약식을 가졌다.",
     "한빛시청 대회의실"),
    ("…에서의 followed by no ceremony is no venue",
     "한빛시는 현장에서의 경험을 살려 누리대와 협약을 체결했다.", None),
    # a headline's "서" for "에서" after a building or a room
    ("a headline's 시청서", "한빛시-누리대, 한빛시청서 청년 일자리 업무협약 체결", "한빛시청"),
    ("a headline's 대회의실서", "누리대, 본관 대회의실서 한빛시와 업무협약 체결", "본관 대회의실"),
    ("a headline's paper ending in 서 is no venue", "한빛시-누리대, 참가신청서 접수 업무협약 체결",
     None),
    ("a finished sentence's 서 is not read so", "한빛시는 시청서 업무협약을 체결했다.", None),
    # each party signs in a place of its own: no one venue (rule each-their-own)
    ("each in its own office, by video", "두 기관장은 각자 사무실에서 화상으로 연결해 협약서에 "
     "서명했다.", None),
    ("each body's room", "세 기관은 각 기관 회의실에서 영상으로 협약을 체결했다.", None),
    ("each one's own, with 의", "양측 대표는 각각의 집무실에서 온라인으로 협약을 체결했다.", None),
    # rule each-at-a-screen: two places in a row, one per side, over a screen
    ("each head at a place of its own, by screen",
     "가람시는 5일 누리재단과 화상으로 협약을 체결했다. 협약식은 김가람 시장이 시청 집무실에서, "
     "박누리 이사장이 재단 사무실에서 각각 화면으로 참여하는 방식으로 진행됐다.", None),
    # … the two places joined by 와 before one 에서, then 각각 and the screen
    ("two offices joined by 와, each by video",
     "가람식품은 5일 누리재단과 협약을 맺었다. 양측 대표는 가람식품 본사와 재단 사무실에서 각각 "
     "화상회의로 협약서에 서명했다.", None),
    # … not a room met at in person (no 각각, no screen)
    ("one room, met in person",
     "가람식품은 5일 누리재단과 협약을 맺었다. 양측 대표는 재단 사무실에서 만나 협약서에 서명했다.",
     "재단 사무실"),
    # a seat's name the analyser reads as a verb and a noun is still a place (가 + 어 + 오 + ㄴ)
    ("a caption's county office", "가온군은 누리농협과 협약을 체결했다고 밝혔다.\n▲ 8일 가온군청 "
     "상황실에서 열린 협약식에서 김가온 군수가 협약서를 들어 보이고 있다.", "가온군청 상황실"),
    ("… but a verb before a room is no part of it", "가온군은 8일 새로운 회의실에서 누리농협과 "
     "협약을 체결했다.", "회의실"),
    ("…without 각각", "가람시는 5일 누리재단과 협약을 체결했다. 협약식은 시장이 시청 상황실에서, "
     "이사장이 재단 회의실에서 영상으로 참여해 진행됐다.", None),
    ("two places of a programme, no screen, leave the room",
     "가람시는 5일 시청 소회의실에서 누리재단과 협약을 체결했다. 협약에 따라 교육은 누리대에서, "
     "실습은 가람공장에서 각각 진행한다.", "시청 소회의실"),
    ("one room, the other side on screen", "가람시는 5일 몽골 누리시와 우호협약을 체결했다. "
     "협약식은 시청 영상회의실에서 열렸고 누리시장은 화면으로 참여했다.", "시청 영상회의실"),
    ("people from each body, and one room", "각 기관에서 20여 명이 참석한 가운데 두 기관은 시청 "
     "대회의실에서 협약을 체결했다.", "시청 대회의실"),
    # rule that-day-before: the signing on "이날", the day and place the sentence before set
    ("a column's scene, then 이날", "지난 12일 누리군청 상황실에서 있었던 장면은 눈여겨볼 만하다. "
     "누리군은 이날 가온대학교와 협약을 체결했다.", "누리군청 상황실"),
    ("the sentence before sets no day", "가온군청 상황실에서 있었던 일을 떠올려 보자. "
     "가온군은 이날 누리대학교와 협약을 체결했다.", None),
    # rule spaced-particle: a stray space before 에서 still ends the place
    ("a space before 에서", "다온시는 22일 다온시청 에서 한솔대학교와 청년 일자리 협약을 체결했다.",
     "다온시청"),
    ("…after a room of several words", "한솔대는 5일 한솔대 본관 대회의실 에서 다온연구원과 "
     "공동연구 협약을 맺었다.", "한솔대 본관 대회의실"),
    ("…before 에서는 with the ceremony held", "바름군은 농협과 협약을 맺었다고 밝혔다. 협약식은 "
     "군청 상황실 에서 열렸다.", "군청 상황실"),
    ("…a spaced 에서 that names no place is still none", "바름군은 다양한 분야 에서 한솔농협과 "
     "협약을 체결했다.", None),
    ("…nor after a dash", "바름군은 한솔농협과 협약을 체결했다 - 에서 열린 행사는 없었다.", None),
    # rule bill-passed-there: the council where a bill passed is the bill's place
    ("a council where last year's bill passed", "도교육청은 16일 지난해 11월 한빛도의회에서 '마을"
     "교육지구 협약 동의안'이 통과된 가온·누리 등 2개 시와 각각 업무협약을 체결했다.", None),
    ("…passed without quotes", "가온시는 9일 시의회에서 동의안이 가결된 누리대학교와 협약을 "
     "체결했다.", None),
    ("…but a hall with the ceremony held is still the place", "도교육청은 16일 한빛도의회 "
     "대회의실에서 열린 협약식에서 동의안이 통과된 가온시와 협약을 체결했다.",
     "한빛도의회 대회의실"),
]


@pytest.mark.parametrize("scene, expected", [
    # rule scene-lead: the place of a verbless scene line right before the signing
    ("지난 19일 오후 2시 한빛시청 대회의실.", "한빛시청 대회의실"),
    ("19일 누리대 본관 회의실.", "누리대 본관 회의실"),
    # … not a city, nor a line with a verb
    ("지난 19일 오후 서울.", None),
    ("지난 19일 한빛시청 대회의실은 붐볐다.", None),
])
def test_a_scene_line_before_the_signing_gives_its_place(scene: str,
                                                        expected: str | None) -> None:
    doc = prepare(scene + " 김가람 시장과 박누리 총장이 협약서에 서명했다.")
    assert find_venue(doc, doc.sentences[-1]) == expected


@pytest.mark.parametrize("before, expected", [
    # rule occasion-place: the signing told as the day it was ("…협약을 맺는 날이었다") takes
    # the place of the scene sentence right before, its subject or where people gathered
    ("지난 토요일(18일) 오후, 누리마을도서관 2층 세미나실이 아이들 웃음소리로 가득했어요.",
     "누리마을도서관 2층 세미나실"),
    ("지난 토요일(18일) 오후, 가온동 행복작은도서관에 이웃들이 하나둘 모였다.",
     "가온동 행복작은도서관"),
    # …with a hard-wrapped line's piece between the scene and the signing
    ("지난 18일 오후, 가온동 작은도서관에 이웃들이 모였다.\n도서관을 꾸려 온",
     "가온동 작은도서관"),
    # …not a scene with no day, nor a place that is no building, nor one two sentences back
    ("누리마을도서관 2층 세미나실이 아이들로 가득했다.", None),
    ("지난 토요일(18일) 오후, 가온동 골목에 이웃들이 모였다.", None),
    ("지난 18일 오후, 누리마을도서관이 붐볐다. 아이들이 많았다.", None),
])
def test_the_day_it_was_takes_the_place_of_the_scene_before(before: str,
                                                            expected: str | None) -> None:
    doc = prepare(before + "\n가온도서관과 누리초등학교가 협약을 맺는 날이었다.")
    assert find_venue(doc, doc.sentences[-1]) == expected


@pytest.mark.parametrize("card, expected", [
    # a card news's card of its own that tells the signing done: "DAY, PLACE에서 서명!"
    ("11월 18일, 가온구청 3층 상황실에서 서명!", "가온구청 3층 상황실"),
    # …not a card that tells one to come, nor a campaign of signatures
    ("11월 28일, 가온구청 3층 상황실에서 서명 예정!", None),
    ("11월 18일, 가온구청 상황실에서 서명 운동!", None),
])
def test_a_cards_signing_told_with_an_exclamation_gives_its_place(card: str,
                                                                 expected: str | None) -> None:
    doc = prepare("가온구 × 누리은행\n소상공인 상생금융 업무협약\n\n언제, 어디서?\n" + card)
    signing = next(s for s in doc.sentences if "업무협약" in s.text)
    assert find_venue(doc, signing) == expected


def test_a_signing_apart_takes_no_watchers_room() -> None:
    # the parties signed each from its own office; volunteers watched from a room: no venue
    doc = prepare("누리소방서는 28일 가람가스와 화재 예방 협약을 화상으로 체결했다. 두 기관 대표는 "
                  "각자 사무실에서 영상으로 연결해 서명했다. 의용소방대원들은 본부 상황실에서 협약 "
                  "과정을 지켜봤다.")
    assert find_venue(doc, doc.sentences[0]) is None



@pytest.mark.parametrize("text, expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_venue(text: str, expected: str | None) -> None:
    doc = prepare(text)
    signing = next(
        (s for s in doc.sentences if "체결" in s.text or "협약을 했" in s.text), doc.sentences[0]
    )
    assert find_venue(doc, signing) == expected


@pytest.mark.parametrize("body, expected", [
    # a building visited in the body wins over the country a headline names
    ("김누리 가온대 부총장 일행은 지난 14일 다래교육원을 방문해 협약서에 서명했다.", "다래교육원"),
    # the headline's place when the body names none
    ("양 기관은 교육 교류에 힘을 모으기로 했다.", "라오스"),
])
def test_a_headlines_place_comes_after_the_bodys(body: str, expected: str) -> None:
    doc = prepare("가온대, 라오스에서 유학생 유치 나서…다래교육원과 MOU 체결\n"
                  "가온대학교는 다래교육원과 업무협약을 체결했다고 밝혔다.\n" + body)
    assert find_venue(doc, doc.sentences[1]) == expected


@pytest.mark.parametrize("after, expected", [
    # the parties meeting right after the signing sentence
    ("김다래 군수와 이가온 조합장은 6일 군청 접견실에서 만나 판로 확대에 힘을 모으기로 했다.",
     "군청 접견실"),
    ("양 기관은 6일 다래농협 본점에서 지역 농산물 유통에 협력하기로 약속했다.", "다래농협 본점"),
    # the heads signing, told without the word for the agreement
    ("김다래 군수와 이가온 조합장은 6일 군청 소회의실에서 서명했다.", "군청 소회의실"),
    # the event held for it, told as such
    ("6일 군청 접견실에서 열린 행사에는 양 기관 관계자 20여명이 참석했다.", "군청 접견실"),
    ("6일 군청 접견실에서의 행사에는 양 기관 관계자 20여명이 참석했다.", "군청 접견실"),
    # another event named so is not the signing's
    ("다래농협은 군청 광장에서의 장터에 농산물을 내놓는다.", None),
    # an event where the agreement was only told about is not the signing's (and its own
    # ceremony, where the agreement is told too, still is)
    ("군은 6일 군청 대강당에서 열린 농업인 대회에서 협약 내용을 농업인들에게 소개했다.", None),
    ("6일 군청 대강당에서 열린 협약식에서 양 기관장은 협약 내용을 설명했다.", "군청 대강당"),
    # a later event of the parties is not the signing's
    ("양 기관은 다음 달 군청에서 첫 직거래 장터를 연다.", None),
    # rule ceremony-described: an adjective before the ceremony is no verb dating another noun
    ("지난 토요일(6일) 누리시립도서관 2층 강당에서 작은 협약식이 있었어요.",
     "누리시립도서관 2층 강당"),
    ("양 기관은 6일 군청 소회의실에서 조촐한 협약식을 가졌다.", "군청 소회의실"),
    # …but an adjective before another noun still dates it
    ("양 기관은 군청에서 작은 장터를 함께 열기로 했다.", None),
    # where they will work together is no place of the signing
    ("양 기관은 앞으로 교육 현장에서 협력하기로 했다.", None),
    ("양 기관은 수도권 시장에서 공동 판촉을 하기로 뜻을 모았다.", None),
])
def test_the_sentences_after_the_signing_name_its_place(after: str, expected: str | None
                                                       ) -> None:
    doc = prepare("가온군은 다래농협과 농산물 판로 확대 협약을 체결했다고 8일 밝혔다. " + after)
    assert find_venue(doc, doc.sentences[0]) == expected


@pytest.mark.parametrize("text, expected", [
    ("가온군은 6일 군청 대강당에서 군민의 날 기념식을 열었다. "
     "이날 기념식에서 군은 다래농협과 판로 확대 협약을 체결했다.", "군청 대강당"),
    ("가온군은 6일 군청 상황실에서 농업인 단체 간담회를 가졌다. "
     "이 자리에서 군은 다래농협과 판로 확대 협약을 체결했다.", "군청 상황실"),
    # the ceremony itself is no event told before: an earlier festival's place is not taken
    ("가온군은 지난 3월 군청 광장에서 축제를 열었다. 가온군은 다래농협과 협약을 체결했다고 "
     "8일 밝혔다. 이날 협약식에서 양 기관장은 협약서에 이름을 적었다.", None),
    # the event sentence names no place: none
    ("가온군은 6일 군민의 날 기념식을 열었다. 이날 기념식에서 군은 다래농협과 협약을 체결했다.",
     None),
    # the event by the bare word 행사: the nearest event held before
    ("누리대학교는 6일 교내 창업지원관에서 '2026 누리 창업 발표회'를 열었다. "
     "이날 행사에서 누리대학교 산학협력단은 다래파트너스와 협약을 체결했다.", "교내 창업지원관"),
    ("누리대학교는 6일 창업 발표회를 열었다. "
     "이날 행사에서 누리대학교 산학협력단은 다래파트너스와 협약을 체결했다.", None),
])
def test_a_signing_at_an_event_told_before_takes_the_events_place(text: str,
                                                                 expected: str | None) -> None:
    doc = prepare(text)
    assert find_venue(doc, doc.sentences[1]) == expected


@pytest.mark.parametrize("text, expected", [
    # a city or an event in the signing sentence gives way to the ceremony's room
    ("가온대는 지난 4일 미국 누리턴에서 다래대학교와 교환학생 협약을 체결했다. "
     "협약식은 다래대 본관 회의실에서 열렸다.", "다래대 본관 회의실"),
    ("가온진흥원은 지난 21일 개막한 '2026 가온산업전'에서 다래텍과 수출 협약을 체결했다. "
     "협약식은 전시회가 열린 가온컨벤션센터 특별무대에서 진행됐다.", "가온컨벤션센터 특별무대"),
    # ... not a room of the signing sentence itself
    ("가온시는 4일 시청 접견실에서 다래대학교와 협약을 체결했다. "
     "협약식은 다래대 본관 회의실에서 열렸다.", "시청 접견실"),
    # ... and a city stays when no sentence names the ceremony's room
    ("가온군과 다래군은 이달 초 누리에서 열린 정기회의에서 자매결연 협약서에 서명했다. "
     "두 군은 직거래 장터를 함께 연다.", "누리"),
])
def test_the_ceremonys_room_wins_over_a_city_or_an_event(text: str, expected: str) -> None:
    doc = prepare(text)
    assert find_venue(doc, doc.sentences[0]) == expected


@pytest.mark.parametrize("text, expected", [
    # an event's site in the signing sentence gives way to the hall that event was held in
    ("솔빛테크가 로봇 박람회 현장에서 두 업체와 잇따라 협약을 맺었다. 솔빛테크는 3일 "
     "누리컨벤션센터에서 열린 '2026 가온 로봇 박람회'에서 다온기계와 협약을 체결했다.",
     "누리컨벤션센터"),
    ("가온대는 취업 박람회 현장에서 누리전자와 협약을 맺었다. 가온대는 이날 가온시청 "
     "대회의실에서 개최된 취업 박람회에서 누리전자와 협약서에 서명했다.", "가온시청 대회의실"),
    # ... not a hall of another event, nor a place that is no building
    ("솔빛테크가 로봇 박람회 현장에서 다온기계와 협약을 맺었다. 솔빛테크는 앞서 "
     "누리컨벤션센터에서 열린 투자 설명회에서 협약 내용을 소개했다.", "로봇 박람회 현장"),
    ("솔빛테크가 로봇 박람회 현장에서 다온기계와 협약을 맺었다. 두 회사는 가온시 일대에서 "
     "열린 로봇 박람회에서 협약을 체결했다.", "로봇 박람회 현장"),
    # ... and a country's site ("현지") stays
    ("가온대는 베트남 누리 현지에서 다래대학교와 협약을 맺었다. 협약은 가온대 본관에서 "
     "열린 설명회에서 체결됐다.", "베트남 누리 현지"),
])
def test_an_events_site_gives_way_to_the_hall_it_was_held_in(text: str, expected: str) -> None:
    doc = prepare(text)
    assert find_venue(doc, doc.sentences[0]) == expected
