# ruff: noqa: E501 - tables of Korean sentences read better unwrapped
"""Signatories of news the rules were not tuned on: one row per construction, each an invented
sentence or short article in the genre's style (a dateline, a headline, a caption)."""
from __future__ import annotations

import datetime as dt

import pytest

from mougraph.extract import extract, orgs
from mougraph.extract.clause import clause
from mougraph.model import Article, OrgKind
from mougraph.morph import Sentence

# article, the parties of each agreement it reports (sorted)
PARTIES = [
    # rule coined-word-party: a coined company name Kiwi's dictionary lacks is a partner after
    # an hour or a place too, where the tagger guesses it a common noun
    ("가람시는 25일 오후 다온클라우드와 디지털 전환 협약을 체결했다.", [["가람시", "다온클라우드"]]),
    ("가람시는 25일 시청에서 누리팜과 업무협약을 체결했다.", [["가람시", "누리팜"]]),
    ("가람시는 25일 시청에서 다온로지스와 물류 협약을 맺었다.", [["가람시", "다온로지스"]]),
    # … not a compound of common words Kiwi knows, though it reads it as one unknown word
    ("협약을 맺은 기업들은 가람대와 함께 산업곤충과 연계된 연구에 협력하기로 했다.", []),
    # lexicon user_dict.tsv (round 20, areas20): a harm the sides fight together, a common noun
    # the tagger called a proper one, is no partner after the day; a body after the day still is
    ("가람환경청과 누리하천공사는 23일 녹조와 홍수 피해에 함께 대응하기 위한 업무협약을 맺었다.",
     [["가람환경청", "누리하천공사"]]),
    ("가람경찰서와 누리여성센터는 23일 스토킹과 딥페이크 피해 예방을 위한 업무협약을 맺었다.",
     [["가람경찰서", "누리여성센터"]]),
    ("가람환경청은 23일 누리하천공사와 녹조 피해에 함께 대응하기 위한 업무협약을 맺었다.",
     [["가람환경청", "누리하천공사"]]),
    # rule headline-counted: the headline lists and counts every party ("N자 협약"), the body
    # names some and leaves its partner list open ("…등과"); a short form with Latin initials
    # ("누리TP") is the party the body names in full
    ("가람대 LINC사업단·누리TP·솔빛기계협회 3자 협약\n\n가람대학교 LINC사업단(단장 한소이)은 지난 12일 누리테크노파크 본관에서 누리테크노파크 등과 뿌리기업 지원을 위한 업무협약을 체결했다.",
     [["가람대학교 LINC사업단", "누리테크노파크", "솔빛기계협회"]]),
    ("다온시·해솔대·한빛신용보증재단, 소상공인 지원 3자 업무협약\n다온시는 4일 시청 상황실에서 해솔대학교 등과 소상공인 경영 안정을 위한 업무협약을 맺었다.",
     [["다온시", "한빛신용보증재단", "해솔대학교"]]),
    ("한울중학교-가람청소년수련관-누리경찰서 3자간 협약\n한울중학교는 지난 21일 가람청소년수련관 등과 학교폭력 예방 협약을 맺었다.",
     [["가람청소년수련관", "누리경찰서", "한울중학교"]]),
    ("가온농협·가온군·해솔로컬푸드협동조합 세 기관 3자 MOU\n가온농협은 16일 가온군 등과 로컬푸드 공급 협약을 체결했다.",
     [["가온군", "가온농협", "해솔로컬푸드협동조합"]]),
    # … not when the count is of something else, nor when the body's list is closed
    ("가온시·누리대 협약… 3자 협의체도 꾸린다\n가온시는 2일 누리대학교 등과 청년 창업 협약을 체결했다.",
     [["가온시", "누리대학교"]]),
    ("솔빛구·다온대·가람복지재단 3자 협약\n솔빛구는 3일 다온대학교와 협약을 맺었다.",
     [["다온대학교", "솔빛구"]]),
    # a faculty (학부, org_suffixes.tsv) that signs is the party, named in full with its
    # university, whether its name opens with Latin letters or not (GUIDELINES: units)
    ("가람고등학교는 26일 누리대학교 AI융합학부와 연계 교육 협약을 체결했다.",
     [["가람고등학교", "누리대학교 AI융합학부"]]),
    ("가람고등학교는 26일 누리대학교 인공지능융합학부와 연계 교육 협약을 체결했다.",
     [["가람고등학교", "누리대학교 인공지능융합학부"]]),
    # … a ministry ending in 과학부 is still the ministry, no faculty of a university
    ("가온시는 3일 미래창조과학부와 협약을 체결했다.", [["가온시", "미래창조과학부"]]),
    # rule self-reference: a newsletter's "우리 복지관은" is the body its masthead names, called
    # by its kind ("우리" is no word of the name)
    ("다온종합사회복지관 소식\n\n우리 복지관은 지난 21일 해솔베이커리와 나눔 협약을 맺었습니다.",
     [["다온종합사회복지관", "해솔베이커리"]]),
    # … a name that only opens with 우리 in one word is that name
    ("가온시는 20일 시청에서 우리누리협동조합과 협약을 맺었다.", [["가온시", "우리누리협동조합"]]),
    # rule japanese-town: a Japanese town (町, 정) after 일본, or before its head's title 정장
    ("가람시는 21일 시청에서 일본 아오바가와정(青葉川町)과 우호교류 협약을 체결했다.", [["가람시", "아오바가와정"]]),
    ("가람시는 21일 시청에서 우호교류 협약을 체결했다. 협약서에는 김철수 가람시장과 다나카 료타 아오바가와정 정장이 서명했다.",
     [["가람시", "아오바가와정"]]),
    # … not a word ending in 정 with neither ("일정", "과정" are no towns)
    ("가람시는 21일 일본 방문 일정 중 시청에서 누리시와 우호교류 협약을 체결했다.", [["가람시", "누리시"]]),
    # rule count-of-a-kind: the sentence counts universities it leaves unnamed beside companies
    # it names in full; the listing after it names the rest (a school's kind in its short form)
    ("가온대학교는 14일 가온대 등 3개 대학과 솔빛테크, 한결소재 등 기업 2곳, 누리테크노파크가 참여하는 컨소시엄 협약을 체결했다. 참여 대학은 가온대와 누리대, 다솜과학기술대 등 3곳이다.",
     [["가온대학교", "누리대", "누리테크노파크", "다솜과학기술대", "솔빛테크", "한결소재"]]),
    # … every counted kind named in the sentence: nothing more read from a later list
    ("가온대학교는 14일 누리대 등 2개 대학과 솔빛테크, 한결소재 등 기업 2곳이 참여하는 컨소시엄 협약을 체결했다. 지역 대학은 가온대, 누리대, 다솜대, 미르대 등 4곳이다.",
     [["가온대학교", "누리대", "솔빛테크", "한결소재"]]),
    # rule interviewee: the interviewer asks about a signing; the interviewee's body, named in
    # the tagged headline, signed it ("저희" in the answer); with no interview tag, no one added
    ("[인터뷰] 나라온 가온푸드 대표 \"농가와 함께 크겠다\"\n\n가온푸드 나라온 대표를 본사에서 만났다.\n\n"
     "-최근 한빛시와 협약을 맺었다고 들었다.\n\"지난 3일 시청에서 로컬푸드 협약을 체결했습니다.\"",
     [["가온푸드", "한빛시"]]),
    ("나라온 가온푸드 대표 \"농가와 함께 크겠다\"\n\n가온푸드 나라온 대표를 본사에서 만났다.\n\n"
     "-최근 한빛시와 협약을 맺었다고 들었다.\n\"지난 3일 시청에서 로컬푸드 협약을 체결했습니다.\"",
     [["한빛시"]]),
    # rule with-before-comma: Kiwi reads a short name and its 와 as one proper noun before a
    # comma ("누리대와,"); the name is cut from the particle
    ("가온시는 3일 누리대와, 다온병원과 각각 협약을 맺었다.",
     [["가온시", "누리대"], ["가온시", "다온병원"]]),
    ("가온군은 3일 다솜면과, 누리읍과 각각 협약을 맺었다.",
     [["가온군", "누리읍"], ["가온군", "다솜면"]]),
    # … and a university's short name with its 와 before any word ("누미채대와 4일 …")
    ("가온대학교(총장 김가온)는 누미채대와 4일 산학협력 교육을 위한 업무 협약을 체결했다.",
     [["가온대학교", "누미채대"]]),
    # rule paired-bare-subject: "A와 X는": a company word that reads as a name (이 + 노텍)
    ("가온시와 이노텍은 3일 시청에서 투자 협약을 체결했다.", [["가온시", "이노텍"]]),
    ("누리대학교와 한솔텍은 3일 산학협력 협약을 맺었다.", [["누리대학교", "한솔텍"]]),
    # … and in a list of bodies, with no title after it
    ("가온시는 3일 누리대, 이노텍과 청년 일자리 협약을 체결했다.", [["가온시", "누리대", "이노텍"]]),
    # rule paired-bare-partner: the same pair the other way round ("X와 A는")
    ("한빛정밀과 가온시는 3일 시청에서 투자협약을 체결했다.", [["가온시", "한빛정밀"]]),
    # a 지청 is a unit of the office written before it, not a party of its own
    ("가온시는 3일 누리지방고용노동청 가온지청과 일자리 협약을 체결했다.",
     [["가온시", "누리지방고용노동청 가온지청"]]),
    # rule caption-heads (agreements/counts.py): a caption's list before "대표들" names the
    # counted partners only when it holds exactly as many as counted (more: the test below)
    ("가람재단은 17일 지역 업체 3곳과 협약을 맺었다.\n▲김다온 이사장(가운데)과 한결마루, 다솜길, 미르온 대표들이 협약서를 들고 있다.",
     [["가람재단", "다솜길", "미르온", "한결마루"]]),
    # a national agency's regional office (org_suffixes.tsv: 지방병무청, 지방중소기업청 …) first
    # in a list of partners or alone; never the bare kind of office a permit comes from
    ("가온은행은 7일 본점에서 누리지방중소기업청, 가온소상공인연합회와 특별자금 협약을 맺었다.",
     [["가온소상공인연합회", "가온은행", "누리지방중소기업청"]]),
    ("가온시는 3일 시청에서 누리지방병무청과 협약을 맺었다.", [["가온시", "누리지방병무청"]]),
    ("가온시는 3일 누리테크와 투자협약을 맺었다. 공장은 관할 지방환경청의 허가를 받아 짓는다.",
     [["가온시", "누리테크"]]),
    # rule fused-attendee: "양 기관은 …" with the parties named only by their heads, one of
    # them in a fused title, in the caption
    ("양 기관은 3일 시청에서 업무협약을 체결했다.\n박가온 가온시장(오른쪽)과 김누리 누리대학교 총장이 협약서를 들고 기념촬영을 하고 있다.",
     [["가온시", "누리대학교"]]),
    # rule short-in-title: "시는 …" with the city written only in its mayor's title
    ("시는 3일 시청에서 업무협약을 체결했다.\n박가온 가온시장(오른쪽)과 김누리 한빛정밀 대표가 기념촬영을 하고 있다.",
     [["가온시", "한빛정밀"]]),
    ("구는 3일 구청에서 업무협약을 체결했다.\n박가온 가온구청장(오른쪽)과 김누리 한빛정밀 대표가 기념촬영을 하고 있다.",
     [["가온구청", "한빛정밀"]]),
    # the others of a signing sentence named after it: a bare name among bodies, the
    # parties in a copula ("협약 당사자는 A와 B다", "함께 협약을 체결한 기관은 A, B다")
    ("가온시는 3일 시청에서 업무협약식을 가졌다. 이번 협약에는 누리대, 다온병원, 한빛정밀이 참여했다.",
     [["가온시", "누리대", "다온병원", "한빛정밀"]]),
    ("가온시는 3일 협약을 체결했다. 협약 당사자는 누리대와 다온병원이다.", [["가온시", "누리대", "다온병원"]]),
    ("가온시는 3일 협약을 체결했다. 이날 함께 협약을 체결한 기관은 누리대, 다온병원이다.",
     [["가온시", "누리대", "다온병원"]]),
    # rule kind-of-signers: "협약을 맺은 (3개) 대학은 A, B, C 등 3곳이다": the signers' kind
    # as the topic, the named list after it (not "협약을 맺은 A와 B는": the signers themselves)
    ("가온시는 3일 전문대학 3곳과 청년 정착 협약을 맺었다고 밝혔다. 협약을 맺은 대학은 "
     "누리과학대학, 다온해양대학, 솔빛공과대학 등 3곳이다.",
     [["가온시", "누리과학대학", "다온해양대학", "솔빛공과대학"]]),
    ("가온시는 3일 전문대학 3곳과 청년 정착 협약을 맺었다고 밝혔다. 협약을 맺은 3개 대학은 "
     "누리과학대학, 다온해양대학, 솔빛공과대학 등이다.",
     [["가온시", "누리과학대학", "다온해양대학", "솔빛공과대학"]]),
    ("가온시는 3일 청년 정착 협약을 맺었다고 밝혔다. 협약을 맺은 누리과학대학과 다온해양대학은 "
     "내년부터 정착 강좌를 연다.",
     [["가온시", "누리과학대학", "다온해양대학"]]),
    # rule given-to with a bare subject: the body given to is the partner
    ("한빛정밀은 3일 누리장학재단에 장학금을 기탁하는 협약을 맺었다.", [["누리장학재단", "한빛정밀"]]),
    # a bare name before a count of companies, after the day ("3일 한빛정밀 등 5개 기업과")
    ("가온마이스터고등학교는 3일 한빛정밀 등 5개 기업과 현장실습 협약을 맺었다.",
     [["가온마이스터고등학교", "한빛정밀"]]),
    # rule town-read-as-verb: a township Kiwi reads as a verb in 면 ("if …") before a body
    ("가온읍 이장협의회와 누리면 이장협의회는 3일 자매결연 협약을 맺었다.",
     [["가온읍 이장협의회", "누리면 이장협의회"]]),
    ("가온군은 3일 누리면 주민자치회와 협약을 맺었다.", [["가온군", "누리면 주민자치회"]]),
    # a branch that serves two places, after its body (rule unit-of)
    ("한국누리공사 가온·다온지사는 3일 가온군과 농업용수 협약을 맺었다.",
     [["가온군", "한국누리공사 가온·다온지사"]]),
    # rule spaced-ending: a name written with a space before its ending, alone, as the body
    # of a unit, or as the last item of a dotted list
    ("누리경찰서는 3일 통장단 협의회와 방범 협약을 맺었다.", [["누리경찰서", "통장단 협의회"]]),
    ("누리경찰서는 3일 경찰서 대회의실에서 시청‧소방서‧한빛정밀‧통장단 협의회 누리동지회와 방범 협약을 맺었다.",
     [["누리경찰서", "소방서", "시청", "통장단 협의회 누리동지회", "한빛정밀"]]),
    # … with a name in Latin letters in the list, or before the ending
    ("누리경찰서는 3일 시청‧소방서‧Velmont‧통장단 협의회 누리동지회와 방범 협약을 맺었다.",
     [["Velmont", "누리경찰서", "소방서", "시청", "통장단 협의회 누리동지회"]]),
    ("누리경찰서는 3일 시청‧소방서‧한빛정밀‧Velmont 협의회 누리동지회와 방범 협약을 맺었다.",
     [["Velmont 협의회 누리동지회", "누리경찰서", "소방서", "시청", "한빛정밀"]]),
    # … not a person before their body's kind and their title
    ("가온시는 3일 누리시장 상인회와 협약을 맺었다. 김누리 상인회 대표가 참석했다.", [["가온시", "누리시장 상인회"]]),
    # common words in 구 are no districts ("인구 및 교통량이 가장 많은 …": no parties)
    ("협약식은 가온경찰서 관할 중 인구 및 교통량이 가장 많은 누리파출소와 다온마을 자율방범대가 방범 협약식을 열었다.",
     [["누리파출소", "다온마을 자율방범대"]]),
    # rule served-place: the village or estate a residents' body serves is part of its name,
    # also numbered and quoted; a short reference to it later is the same body
    ("가온경찰서는 3일 '누리마을3단지 자율방범대'와 협약을 맺었다.", [["가온경찰서", "누리마을3단지 자율방범대"]]),
    ("가온경찰서는 3일 누리마을 3단지 자율방범대와 협약을 맺었다.", [["가온경찰서", "누리마을 3단지 자율방범대"]]),
    ("가온경찰서는 3일 누리아파트 입주자대표회의와 협약을 맺었다.", [["가온경찰서", "누리아파트 입주자대표회의"]]),
    ("가온시는 3일 누리강변도시 주민협의회와 협약을 맺었다.", [["가온시", "누리강변도시 주민협의회"]]),
    # rule attached-body: a company's laboratory named by its task signs as the laboratory,
    # also when Kiwi reads the company's name as common words (한 + 솔 + 제약)
    ("누리대학교 약학대학은 3일 대학 본관에서 한솔제약 중앙연구소와 신약 공동연구 협약을 체결했다.",
     [["누리대학교 약학대학", "한솔제약 중앙연구소"]]),
    ("가온시는 3일 다온화학 기술연구소와 소재 개발 협약을 맺었다.", [["가온시", "다온화학 기술연구소"]]),
    # … and its head signing for it names the laboratory, not the company
    ("누리대학교 약학대학은 3일 다솜제약 중앙연구소와 신약 공동연구 협약을 체결했다. 이날 협약식에는 김가온 약학대학장, 박누리 다솜제약 중앙연구소장이 참석해 협약서에 서명했다.",
     [["누리대학교 약학대학", "다솜제약 중앙연구소"]]),
    # … but the head of the laboratory present at the company's signing is no party of it
    ("가온시는 3일 다온제약과 투자 협약을 맺었다. 김누리 다온제약 중앙연구소장이 참석했다.", [["가온시", "다온제약"]]),
    # rule host-abroad: one party named, signing in a foreign city's hall: the city is the other
    ("가온군은 지난 3일(현지시간) 미국 오리건주 누리빌(Nuriville)시 시청에서 자매결연 협정서에 서명했다고 7일 밝혔다.",
     [["가온군", "누리빌시"]]),
    # … never a hall at home, nor the hall of a party already named
    ("누리복지재단은 3일 경기 가온시 시청에서 주민 돌봄 협약서에 서명했다.", [["누리복지재단"]]),
    ("가온군은 3일 일본 누리현 다온시 시청에서 다온시와 우호교류 협정서에 서명했다.", [["가온군", "다온시"]]),
    # a body and its district council, last of a list of branches, are one party
    ("한국누리공사 가온지사와 다온연금공단 가온지사, 한빛나눔봉사회 가온지구협의회는 3일 돌봄 협약을 맺었다.",
     [["다온연금공단 가온지사", "한국누리공사 가온지사", "한빛나눔봉사회 가온지구협의회"]]),
    # … and a village named by its number (누리3리); its hall, where it signs, is no party
    ("가온면 주민자치회와 다솜3리 마을회, 다솜초등학교는 3일 다솜3리 마을회관에서 마을학교 협약을 맺었다.",
     [["가온면 주민자치회", "다솜3리 마을회", "다솜초등학교"]]),
    # rule count: after a list, the words before a count name its last member, whatever is
    # counted ("… 한빛방송 4개 PP가")
    ("가온TV와 누리TV, 다온방송, 한빛방송 4개 PP가 3일 공익 콘텐츠 협약을 체결했다.",
     [["가온TV", "누리TV", "다온방송", "한빛방송"]]),
    # rule guests-not-counted: the partners only counted are not taken from a quote that says
    # "함께하겠다" nor from guests ("내빈", "축하"); those at the ceremony still are
    ("가온협회와 4개 지방은행은 3일 업무협약을 체결했다. 솔빛복지관 임누리 사무국장은 \"앞으로도 지역사회와 함께하겠다\"며 환영의 뜻을 밝혔다.",
     [["가온협회"]]),
    ("가온협회와 2개 지방은행은 3일 업무협약을 체결했다. 협약식에는 솔빛상공회의소 황다온 상임이사 등 내빈 25여 명이 자리를 함께했다.",
     [["가온협회"]]),
    ("가온협회와 2개 지방은행은 3일 업무협약을 체결했다. 이날 협약식에는 최하윤 솔빛재단 이사장이 참석해 협약 체결을 축하했다.",
     [["가온협회"]]),
    ("가온협회와 2개 지방은행은 3일 업무협약을 체결했다. 협약식에는 김가온 누리은행장과 이다솜 솔빛은행장이 참석했다.",
     [["가온협회", "누리은행", "솔빛은행"]]),
    # three bodies joined by hyphens, one of them bare; rule pair-genitive past a list
    ("가온시-누리대-한빛정밀은 3일 3자 업무협약을 체결했다.", [["가온시", "누리대", "한빛정밀"]]),
    ("3일 가온시청에서 가온시와 누리대, 다온병원의 3자 협약식이 열렸다.", [["가온시", "누리대", "다온병원"]]),
    # rule marked-list: names joined by a middle dot, each with a legal mark
    ("가온시는 3일 한빛(주)·누리(주)와 투자 협약을 맺었다.", [["가온시", "누리", "한빛"]]),
    ("가온시는 3일 ㈜한빛·㈜누리와 투자 협약을 맺었다.", [["가온시", "누리", "한빛"]]),
    # rule pointer-list: "다음 기관들과" with the partners bulleted on the next line
    ("가온시는 3일 다음 기관들과 청년 일자리 협약을 체결했다.\n▲누리대학교 ▲다온병원 ▲한빛상공회의소",
     [["가온시", "누리대학교", "다온병원", "한빛상공회의소"]]),
    # the partners after a colon ("협약 기관: A, B"), before or after the signing sentence;
    # guests so listed are none
    ("가온시는 3일 청년 일자리 협약을 체결했다.\n협약 기관: 누리대학교, 다온병원",
     [["가온시", "누리대학교", "다온병원"]]),
    ("가온시는 3일 누리대와 협약을 체결했다.\n참석 기관: 다온병원, 한빛재단", [["가온시", "누리대"]]),
    # rule slashed-row: a fact sheet's row of partners, its names parted by slashes and the
    # row marked as a caption is ("■ 협약 기관 : A / B / ㈜C")
    ("가온테크노파크는 3일 관계 기관과 협약을 맺었다.\n■ 협약 기관 : 가온테크노파크 / 누리대학교 / "
     "㈜솔빛랩 / 다온병원", [["가온테크노파크", "누리대학교", "다온병원", "솔빛랩"]]),
    # not slashed-row: a row of guests, or a day written with slashes, names no partner
    ("가온시는 3일 누리대와 협약을 체결했다.\n■ 참석 기관 : 다온병원 / 한빛재단", [["가온시", "누리대"]]),
    ("가온시는 3일 누리대와 협약을 체결했다.\n■ 일시 : 3 / 15 오후 2시", [["가온시", "누리대"]]),
    # rule mission: a country's embassy or consulate named by its kind after the country
    ("가온시는 3일 주한 베트남 대사관과 문화 교류 협약을 맺었다.", [["가온시", "주한 베트남 대사관"]]),
    ("가온시는 3일 주부산 중국총영사관과 관광 협약을 맺었다.", [["가온시", "주부산 중국총영사관"]]),
    # rule corroborated-bare-partner: a lone bare partner word is a party when the article
    # writes it again as a body: the subject of another sentence, paired in the headline,
    # with a company mark, with its people
    ("가온시는 3일 한빛정밀과 업무협약을 체결했다. 한빛정밀은 정밀 부품을 만드는 회사로 지난해 본사를 옮겼다.",
     [["가온시", "한빛정밀"]]),
    ("가온시-한빛정밀, 일자리 창출 협약\n가온시는 3일 한빛정밀과 업무협약을 체결했다.",
     [["가온시", "한빛정밀"]]),
    ("가온시, 한빛정밀과 맞손…일자리 300개\n가온시는 3일 한빛정밀과 업무협약을 체결했다. 시는 행정 지원을 맡는다.",
     [["가온시", "한빛정밀"]]),
    ("가온시-한빛정밀, 일자리 창출 협약 > 경제\n본문 바로가기\n[가온=누리일보] 김다온 기자 = 가온시는 3일 한빛정밀과 업무협약을 체결했다.",
     [["가온시", "한빛정밀"]]),
    ("가온시는 3일 한빛정밀과 업무협약을 체결했다. ㈜한빛정밀은 가온산단에 공장을 짓는다.",
     [["가온시", "한빛정밀"]]),
    ("가온시는 3일 솔바다와 업무협약을 체결했다. 이에 따라 솔바다가 해양 쓰레기 수거를 맡는다.",
     [["가온시", "솔바다"]]),
    ("가온시는 3일 마켓잇과 청년 창업 협약을 체결했다.\n박가온 가온시장(왼쪽)과 마켓잇 관계자가 협약서를 들고 기념촬영을 하고 있다.",
     [["가온시", "마켓잇"]]),
    # rule carried-topic: a signing sentence naming only its partner is signed by the body
    # that opens the sentence before (or the one before that) as its topic
    ("가온시는 청년 일자리 사업을 확대한다고 20일 밝혔다. 21일에는 누리대와 업무협약을 체결했다.",
     [["가온시", "누리대"]]),
    ("20일 가온군이 귀농 지원을 늘린다. 군은 올해 예산 10억원을 편성했다. 이어 다온농협과 업무협약을 맺었다.",
     [["가온군", "다온농협"]]),
    # … or the body of the head who opens it ("박가온 가온시장은", "김누리 누리대 총장은")
    ("박가온 가온시장은 20일 청년 정책을 발표했다. 21일에는 누리대와 업무협약을 체결했다.",
     [["가온시", "누리대"]]),
    ("김누리 누리대 총장은 20일 기자회견을 열었다. 21일에는 가온시와 업무협약을 체결했다.",
     [["가온시", "누리대"]]),
    # … not to a pair named with 간, nor when the topic is the partner itself
    ("가온시는 청년 일자리 사업을 확대한다고 20일 밝혔다. 21일에는 누리대와 다온병원 간 협약이 체결됐다.",
     [["누리대", "다온병원"]]),
    ("누리대는 청년 창업을 돕는다. 21일에는 누리대와 업무협약을 체결했다.", [["누리대"]]),
    # rule group-body: a body and the one of the same place for a group of people are two
    ("가온시체육회와 가온시장애인체육회는 26일 생활체육 활성화 협약을 체결했다.",
     [["가온시장애인체육회", "가온시체육회"]]),
    ("가온경찰서는 27일 가온고등학교, 가온여자고등학교와 학교폭력 예방 협약을 체결했다.",
     [["가온경찰서", "가온고등학교", "가온여자고등학교"]]),
    # rule denomination: the religion or denomination before its body is part of the name;
    # rule temple: a word in 사 after a Buddhist order is its temple
    ("천주교 가온교구는 26일 가온시와 이웃 돌봄 협약을 체결했다.", [["가온시", "천주교 가온교구"]]),
    ("원불교 누리교구와 누리시는 26일 다문화가정 지원 협약을 맺었다.", [["누리시", "원불교 누리교구"]]),
    ("기독교대한감리회 가온지방회는 26일 가온시와 노숙인 자립 지원 협약을 맺었다.",
     [["가온시", "기독교대한감리회 가온지방회"]]),
    ("천주교 가온교구 사회복지회와 가온시 누리구는 26일 독거노인 돌봄 협약을 맺었다.",
     [["가온시 누리구", "천주교 가온교구 사회복지회"]]),
    # … also a denomination written short with its assembly ("예장가온 총회(총회장 …)")
    ("누리재단 나눔사업본부(본부장 김누리)와 예장가온 총회(총회장 박가온)가 3일 나눔 협약을 체결했다.",
     [["누리재단 나눔사업본부", "예장가온 총회"]]),
    # rule named-denomination: a denomination named with 교단 before its assembly is part of
    # its name; 교단 alone is no name
    ("누리재단 나눔사업본부(본부장 김누리)와 기독교누리교단 총회(총회장 박가온)가 3일 나눔 협약을 "
     "체결했다.", [["기독교누리교단 총회", "누리재단 나눔사업본부"]]),
    ("누리재단 나눔사업본부(본부장 김누리)와 교단 총회(총회장 박가온)가 3일 나눔 협약을 체결했다.",
     [["누리재단 나눔사업본부", "총회"]]),
    ("대한불교조계종 다온사는 26일 가온군과 템플스테이 협약을 체결했다.", [["가온군", "대한불교조계종 다온사"]]),
    # rule mark-before-particle: a legal mark between the name and its particle, which fits
    # the mark's sound (주 + 와), not the name's
    ("가온시는 27일 한빛산업(주)와 투자협약을 맺었다.", [["가온시", "한빛산업"]]),
    ("가온시는 27일 한빛산업 주식회사와 투자협약을 맺었다.", [["가온시", "한빛산업"]]),
    ("한빛산업(주)는 27일 가온시와 투자협약을 맺었다.", [["가온시", "한빛산업"]]),
    # rule headline-hands: "양 기관은" after a headline pairing two bodies that join hands
    ("가온시-누리대, 청년 창업 '맞손'\n양 기관은 27일 시청에서 청년 창업 지원을 위한 업무협약을 체결했다.",
     [["가온시", "누리대"]]),
    # rule known-apart: two bodies the gazetteer knows apart stay two, whatever their letters
    # share (연암대학교 reads as an abbreviation of 연암공과대학교)
    ("가온시는 28일 연암대학교 그리고 연암공과대학교와 청년 정착 협약을 체결했다.",
     [["가온시", "연암공과대학교", "연암대학교"]]),
    # residents' and volunteers' groups in 대 are no 대학: their place is part of the name
    ("다온경찰서는 28일 누리동 자율방범대, 누리동 통장협의회와 치안 협약을 체결했다.",
     [["누리동 자율방범대", "누리동 통장협의회", "다온경찰서"]]),
    # rule headless-company-head: a company's head with no body written attends while no
    # named party is a company: the lone bare partner is theirs
    ("가온대학교는 14일 한빛정공과 산학협력 협약을 체결했다. 이날 협약식에는 이가온 총장과 최한빛 대표이사가 참석했다.",
     [["가온대학교", "한빛정공"]]),
    ("가온대학교는 14일 주민과 협약을 체결했다. 이날 협약식에는 이가온 총장과 최한빛 대표이사가 참석했다.",
     [["가온대학교"]]),
    # … each of a list of bare words, where the article writes it again as a body
    ("가온시는 3일 한빛정밀, 솔바람, 다온텍과 투자협약을 체결했다. 한빛정밀은 부품을, 솔바람은 소재를 만든다. 다온텍은 장비 기업이다.",
     [["가온시", "다온텍", "솔바람", "한빛정밀"]]),
    # … or where the last is a coined word Kiwi's dictionary lacks (rule coined-word-party):
    # the list it closes is of names, not of common words
    ("가온시는 3일 한빛정밀, 솔바람, 다온텍과 투자협약을 체결했다.", [["가온시", "다온텍", "솔바람", "한빛정밀"]]),
    ("가온시는 3일 교육, 문화, 복지와 관련한 협약을 체결했다. 교육은 중요하다.", [["가온시"]]),
    # … never alone, never a common noun, an event, or a noun joined to another
    ("가온시는 3일 한빛정밀과 업무협약을 체결했다.", [["가온시"]]),
    ("가온시는 3일 주민과 소통 협약을 체결했다. 주민은 매달 회의에 참여한다.", [["가온시"]]),
    ("가온시, 청년과 함께 일자리 협약\n가온시는 3일 청년과 일자리 협약을 체결했다. 청년은 지역에 남는다.",
     [["가온시"]]),
    ("가온시는 3일 다온축제와 관련한 협약을 체결했다. 다온축제는 10월에 열린다.", [["가온시"]]),
    ("가온시는 3일 안전과 행복을 위한 협약을 체결했다. 안전은 가장 중요한 가치다.", [["가온시"]]),
    ("가온시는 3일 원활한 소통과 화합을 다지는 협약을 체결했다. 주민 소통이 부족했다는 지적이 있었다.", [["가온시"]]),
    # a residents' body named only by its kind names no estate: no party (GUIDELINES: named
    # organisations only) …
    ("가온시는 3일 입주자대표회의와 협약을 체결했다.", [["가온시"]]),
    ("가온시는 3일 부녀회와 협약을 체결했다.", [["가온시"]]),
    ("가온군은 3일 이장단과 협약을 체결했다.", [["가온군"]]),
    # … after its estate it is one (Kiwi reads 가온아파트 as a verb: 가 + 오 + …)
    ("가온시는 3일 가온아파트 입주자대표회의와 협약을 체결했다.",
     [["가온시", "가온아파트 입주자대표회의"]]),
    ("가온시는 3일 가온아파트 부녀회와 협약을 체결했다.", [["가온시", "가온아파트 부녀회"]]),
    # rule owners-of-partner: the owners of a joint venture or a subsidiary written before it
    # do not sign; the body they own does
    ("가온시는 3일 누리전자와 한빛정밀의 합작법인인 다온테크와 투자협약을 체결했다.",
     [["가온시", "다온테크"]]),
    ("가온시는 3일 누리전자와 다온화학의 자회사인 한빛테크와 투자협약을 체결했다.",
     [["가온시", "한빛테크"]]),
    # a legal form before a name (학교법인, 의료법인, 사회복지법인) is no body of its own
    ("가온시는 3일 학교법인 누리학원과 협약을 체결했다.", [["가온시", "누리학원"]]),
    # rule owned-by: a hospital or school after the foundation that runs it is one party,
    # named in full; with a comma between them they are two
    ("가온시는 3일 의료법인 누리의료재단 다솜병원과 협약을 체결했다.",
     [["가온시", "누리의료재단 다솜병원"]]),
    ("학교법인 누리학원 다솜고등학교는 3일 가온시와 협약을 체결했다.",
     [["가온시", "누리학원 다솜고등학교"]]),
    ("가온시는 3일 누리재단, 다솜병원과 협약을 체결했다.", [["가온시", "누리재단", "다솜병원"]]),
    # a short school name Kiwi reads as a noun and a bound noun (누리 + 중, as 진행 + 중) is
    # a party where the article writes the school out; alone it is refused
    ("가온시는 3일 누리중과 협약을 체결했다. 누리중학교 학생 50명이 참여한다.",
     [["가온시", "누리중학교"]]),
    ("가온시는 3일 누리중과 협약을 체결했다.", [["가온시"]]),
    ("가온시는 3일 진행중과 협약을 체결했다. 진행중에 문제가 없었다.", [["가온시"]]),
    ("가온시는 3일 가온초, 누리중, 다솜고와 협약을 체결했다.", [["가온시", "가온초", "누리중", "다솜고"]]),
    # a foreign city before a university Kiwi does not know, between a person and the title
    ("김가온 가온대학교 총장은 응우옌 반 안 하노이 솔빛대학교 총장을 만나 교류 협약을 체결했다.",
     [["가온대학교", "하노이 솔빛대학교"]]),
    # rule marked-head: a bare word after a legal mark, then a body's name, is one name
    ("누리대학교는 3일 사단법인 브릿지온 다솜개발원(이사장 김가온)과 협약을 체결했다.",
     [["누리대학교", "브릿지온 다솜개발원"]]),
    ("누리대학교는 3일 사단법인 가온 다솜개발원과 협약을 체결했다.", [["가온 다솜개발원", "누리대학교"]]),
    # rule coined-brand: a coined word Kiwi does not know, before a transcribed proper noun,
    # is the company's brand (a common word before it only says what kind)
    ("가온도는 3일 록아 클라우드와 협약을 체결했다.", [["가온도", "록아 클라우드"]]),
    ("가온도는 3일 국내 헬스케어와 협약을 체결했다.", [["가온도"]]),
    # a ceremony is no company, whatever head attends it
    ("가온전통시장은 3일 누리시청과 협약을 체결했다. 이날 개장식과 함께 열린 행사에서는 이가온 상인회 대표와 누리시 김다솜 국장이 협약서에 서명했다.",
     [["가온전통시장", "누리시청"]]),
    # rule beside-the-party: the party's head attends with its bare name before the title,
    # though the person was read with no body; the other head's body signs
    ("슬찬은 3일 누리도청에서 상생 협력을 위한 업무협약을 맺었다고 알렸다. 이날 행사에는 김가온 누리도지사와 이다솜 슬찬 대표가 함께 참석했다.",
     [["누리도", "슬찬"]]),
    # rule name-before-aside: a particle comes after a name's aside, so a syllable before
    # the aside that Kiwi cut as a particle (다누 + 로는) belongs to the name
    ("가온대학교(총장 김가온)와 AB 다누로(대표 이누리)는 3일 연구 협약을 체결했다.",
     [["AB 다누로", "가온대학교"]]),
    # rule particle-after-aside: the aside closes the name, so the particle after it that
    # Kiwi reads into one noun with a short name ("누보가") is cut off; a word going on after
    # the aside is the name's, and a body that runs something is no party for it
    ("클라우드 스타트업 누보(Nubo)가 3일 리겔칩스와 협약을 체결했다.", [["누보", "리겔칩스"]]),
    ("가온시는 3일 다솜(多率)가구와 협약을 체결했다.", [["가온시", "다솜가구"]]),
    ("가온시는 3일 보라(Bora)가 운영하는 다솜센터와 협약을 체결했다.", [["가온시", "다솜센터"]]),
    # rule counted-list: as many items as the count (with the one joined by 와/과 before the
    # list), so each is a party, a short bare name too
    ("가온도는 3일 도청에서 솔미, 누리텍, Verix, 다온 등 4개사와 투자협약을 체결했다.",
     [["Verix", "가온도", "누리텍", "다온", "솔미"]]),
    ("가온TV와 솔미, 다온, 누리방송 4개 PP가 3일 공익 콘텐츠 협약을 체결했다.",
     [["가온TV", "누리방송", "다온", "솔미"]]),
    # … but a count of more than the items named leaves the short word alone
    ("가온도는 3일 도청에서 솔미, 누리텍 등 5개사와 투자협약을 체결했다.", [["가온도", "누리텍"]]),
    # rule corroborated-listed: a short bare word Kiwi reads as a common noun, listed with
    # a body, is a party where the article writes it again as one (here the subject of a
    # clause after another's)
    ("가온군은 KT 및 해아와 함께 마을의 재난 안전망 구축을 위해 업무 협약을 맺었다. KT는 감시 장비 설치를 담당하며 해아는 대피 시설 정비를 맡는다.",
     [["KT", "가온군", "해아"]]),
    ("가온군은 KT 및 해아와 함께 마을의 재난 안전망 구축을 위해 업무 협약을 맺었다.",
     [["KT", "가온군"]]),
    # rule region-before-dot: a foreign province after its country, a dot, then a city are two
    # parties, though the province has no ending and may read as a Korean name (박 + 란성)
    ("가온시는 25일 베트남 박란성·미또시와 교류협력 협약을 체결했다.", [["가온시", "미또시", "박란성"]]),
    ("누리군은 10일 베트남 홍안성·꽝빈시와 우호교류 협약을 맺었다.", [["꽝빈시", "누리군", "홍안성"]]),
    # rule mixed-name: a company's name of Hangul mixed with digits or Latin letters, in the
    # party slot and before its head's title; a count there is no name
    ("가온대학교는 5일 3D누리와 업무협약을 체결했다. 협약식에는 송리현 3D누리 대표가 참석했다.",
     [["3D누리", "가온대학교"]]),
    ("가온대학교는 5일 누리365와 업무협약을 체결했다. 협약식에는 송리현 누리365 대표가 참석했다.",
     [["가온대학교", "누리365"]]),
    ("가온대학교는 5일 3개 기업과 업무협약을 체결했다.", [["가온대학교"]]),
    # rule listed-apart: two items of one list are two bodies, though one's letters hold the
    # other's (a place's first syllable before a name: 남 + 솔내농협); the same name written
    # short in an aside stays one body
    ("솔내군은 25일 솔내농협, 남솔내농협, 다온나눔과 협약을 맺었다.",
     [["남솔내농협", "다온나눔", "솔내군", "솔내농협"]]),
    ("솔내군은 25일 누리대학교(누리대), 다온나눔과 협약을 맺었다.", [["누리대학교", "다온나눔", "솔내군"]]),
    ("솔내군은 25일 누리대학교와 협약을 맺었다. 누리대 총장 김다온이 서명했다.", [["누리대학교", "솔내군"]]),
    # rule company-office: a company word Kiwi reads as a common noun, vouched for by its
    # regional office after it, is the office's parent, one party with it; an office after a
    # generic word or a list's comma stays alone
    ("가온시는 16일 솔빛은행 가온지역본부(본부장 임누리), 가온신용보증재단과 협약을 맺었다.",
     [["가온시", "가온신용보증재단", "솔빛은행 가온지역본부"]]),
    ("가온시는 16일 다온생명 누리영업본부와 협약을 맺었다.", [["가온시", "다온생명 누리영업본부"]]),
    ("가온시는 16일 지역균형발전 가온지역본부와 협약을 맺었다.", [["가온시", "가온지역본부"]]),
]

# rule mixed-name, in a head's mention: the person of the company between name and title
MIXED_HEADS = [
    ("협약식에는 김다온 가온대 총장과 송리현 3D누리 대표가 참석했다.", ("송리현", "대표", "3D누리")),
    ("협약식에는 김다온 가온대 총장과 송리현 누리365 대표가 참석했다.", ("송리현", "대표", "누리365")),
    ("협약식에는 김다온 가온대 총장과 송리현 e누리 대표가 참석했다.", ("송리현", "대표", "e누리")),
]


@pytest.mark.parametrize("text, person", MIXED_HEADS)
def test_the_head_of_a_company_named_with_digits_or_latin(text: str, person: tuple) -> None:
    from mougraph.extract.people import find_people
    found = find_people(clause(Sentence(0, len(text), text)))
    assert person in [(p.name, p.title, p.org) for p in found]


@pytest.mark.parametrize("word, company", [
    ("3D누리", True), ("누리365", True), ("K-누리랩", True), ("S&T누리", True), ("e누리", True),
    ("3개", False), ("2차", False), ("2030년", False), ("4차산업", False), ("제2", False),
    ("오후2시", False), ("5G", False), ("누리", False),
])
def test_a_mixed_name_needs_hangul_and_latin_or_trailing_digits(word: str, company: bool) -> None:
    assert orgs.mixed_name(word) is company


def test_a_caption_listing_more_than_counted_names_no_partner() -> None:
    # rule caption-heads, by the rules alone (the learned scorer may still weigh the names)
    text = ("가람재단은 17일 지역 업체 2곳과 협약을 맺었다.\n▲김다온 이사장(가운데)과 한결마루, 다솜길, "
            "미르온 대표들이 협약서를 들고 있다.")
    found = extract(Article("t", text), learned_parties=False)
    assert [sorted(o.name for o in a.parties) for a in found.agreements] == [["가람재단"]]


@pytest.mark.parametrize("text, parties", PARTIES)
def test_parties_of_unseen_constructions(text: str, parties: list[list[str]]) -> None:
    # the rules' parties; what the learned scorer adds to these: tests/test_parties_learned.py
    found = extract(Article("t", text), learned_parties=False)
    assert sorted(sorted(o.name for o in a.parties) for a in found.agreements) == parties


@pytest.mark.parametrize("question, answer", [
    # rule interviewee: not when the question gives the signing a subject of its own, nor when
    # the answer sets it years back (what else is read of such a signing is not this test's)
    ("-누리시가 최근 한빛시와 협약을 맺었다고 들었다.", "\"좋은 일이다. 지역에 도움이 될 것이다.\""),
    ("-최근 한빛시와 협약을 맺었다고 들었다.", "\"3년 전에 맺은 협약이다. 지금은 끝났다.\""),
])
def test_the_interviewee_is_no_party_of_another_or_an_old_signing(question: str,
                                                                   answer: str) -> None:
    text = ("[인터뷰] 나라온 가온푸드 대표 \"농가와 함께 크겠다\"\n\n가온푸드 나라온 대표를 본사에서 "
            f"만났다.\n\n{question}\n{answer}")
    found = extract(Article("t", text), learned_parties=False)   # the rule's reading
    assert "가온푸드" not in {o.name for a in found.agreements for o in a.parties}


@pytest.mark.parametrize("name, kind", [
    ("누리동 자율방범대", OrgKind.NONPROFIT),
    ("가온시 자율방범연합대", OrgKind.NONPROFIT),
    ("가온동 의용소방대", OrgKind.NONPROFIT),
    ("누리아파트 입주자대표회의", OrgKind.NONPROFIT),
    ("가온교구", OrgKind.NONPROFIT),
    ("가온대", OrgKind.UNIVERSITY),
])
def test_kinds_of_bodies_whose_ending_is_short(name: str, kind: OrgKind) -> None:
    assert orgs.kind_of(name) is kind


@pytest.mark.parametrize("text, word, stem", [
    ("가온시는 누리대와, 다온병원과 협약을 맺었다.", "누리대와", "누리대"),
    # a place whose name ends with 와 keeps it: 오키나 has no ending
    ("일본 오키나와, 대만과 교류했다.", "오키나와", "오키나와"),
])
def test_a_particle_glued_before_a_comma_is_cut_only_after_a_named_body(
        text: str, word: str, stem: str) -> None:
    words = clause(Sentence(0, len(text), text)).words
    assert next(w.stem for w in words if w.text == word) == stem


def test_a_residents_body_called_short_later_is_the_same_body() -> None:
    assert orgs.same_body("자율방범대", "가온읍 누리마을 5단지 자율방범대")
    assert not orgs.same_body("가온읍 이장협의회", "누리면 이장협의회")


def test_each_name_of_a_dotted_list_owns_the_short_form_its_aside_defines() -> None:
    text = "가온시는 17일 누리보증기금(이하 누보)·가람진흥원(이하 가진원)과 금융지원 업무협약을 체결했다."
    (agreement,) = extract(Article("t", text)).agreements
    assert {o.name: o.aliases for o in agreement.parties} == {
        "가온시": (), "누리보증기금": ("누보",), "가람진흥원": ("가진원",)}


def test_a_dotted_headline_list_is_no_longer_form_of_its_last_party() -> None:
    # rule same-body in absorb-mentions: "55사단·다솜대·누리시" lists three parties; it is no
    # fuller name of 누리시, the party its letters end with
    text = ("육군 55사단·다솜대·누리시, 장병 학업 지원 협약\n"
            "육군 제55보병사단과 다솜대학교, 누리시가 20일 부대에서 장병 학업 지원 협약을 맺었다.\n"
            "협약식에는 박다온 다솜대 총장과 이누리 누리시 부시장이 참석했다.")
    found = extract(Article("t", text, published=dt.date(2026, 10, 21)))
    names = {o.name: o.aliases for a in found.agreements for o in a.parties}
    assert names == {"육군 제55보병사단": (), "다솜대학교": ("다솜대",), "누리시": ()}


# rule party-of-before: a party's name with 의 right before a head whose own words name no
# body is that head's party, not the party the title's kind fits (a governor of either side)
@pytest.mark.parametrize("text, heads", [
    ("가온도는 19일 일본 사쿠라현과 협약을 체결했다. 협약서에는 가온도 김다온 부지사와 사쿠라현의 "
     "다카하시 료 지사가 서명했다.", {("김다온", "부지사", "가온도"), ("다카하시 료", "지사", "사쿠라현")}),
    ("가온시는 19일 누리대와 협약을 체결했다. 협약서에는 누리대의 김누리 총장이 서명했다.",
     {("김누리", "총장", "누리대")}),
    # … not a body's invitation or a word that names no party
    ("가온시는 19일 누리대와 협약을 체결했다. 이날 행사에는 가온시의 초청을 받은 이다온 원장이 참석했다.",
     set()),
])
def test_a_party_with_its_의_before_a_head_is_the_heads_party(text: str, heads: set) -> None:
    found = extract(Article("t", text, published=dt.date(2026, 5, 20)))
    assert {(p.name, p.title, p.organisation) for a in found.agreements
            for p in a.representatives} == heads


# rule unfound-subjects-head: a sentence's topic not found to sign (a bare word with no
# ending), its head written with no body beside the one party's head written with its body:
# that head is the subject's side, so no one's, not the one party the title fits
@pytest.mark.parametrize("text, heads", [
    ("한결정밀은 25일 도쿄 가온전자 본사에서 김다온 대표이사와 박누리 가온전자 사장이 참석한 가운데 "
     "공동개발 협약을 체결했다고 26일 밝혔다.", {("박누리", "사장", "가온전자")}),
    ("솔빛은 25일 김다온 대표와 다카하시 료 가온전자 사장이 참석한 가운데 협약을 체결했다.",
     {("다카하시 료", "사장", "가온전자")}),
    # … not where the topic signs, nor a head read by the party written before it with 의
    ("가람시는 25일 김다온 시장과 박누리 가온전자 사장이 참석한 가운데 협약을 체결했다.",
     {("김다온", "시장", "가람시"), ("박누리", "사장", "가온전자")}),
    ("누리테크는 25일 가온전자와 협약을 체결했다. 누리테크는 이날 김다온 대표와 박누리 가온전자 사장이 "
     "참석한 가운데 협약식을 열었다.", {("김다온", "대표", "누리테크"), ("박누리", "사장", "가온전자")}),
    ("가온도는 3일 일본 사쿠라현과 협약을 체결했다. 협약서에는 가온도 김다온 부지사와 사쿠라현의 "
     "다카하시 료 지사가 서명했다.", {("김다온", "부지사", "가온도"), ("다카하시 료", "지사", "사쿠라현")}),
])
def test_a_bare_head_of_a_subject_not_found_is_no_ones(text: str, heads: set) -> None:
    found = extract(Article("t", text, published=dt.date(2026, 5, 20)))
    assert {(p.name, p.title, p.organisation) for a in found.agreements
            for p in a.representatives} == heads


# rule party-between-past-carry: in a list of heads, a party's name of common nouns written
# between a name and its title is that head's body, not the body carried from the one before
@pytest.mark.parametrize("text, heads", [
    ("가온소프트와 누리에너지, 하늘정보통신 3사는 17일 업무협약을 맺었다고 20일 밝혔다.\n\n▲ 왼쪽부터 "
     "강이안 가온소프트 대표, 남궁율 누리에너지 대표, 진하은 하늘정보통신 부사장",
     {("강이안", "대표", "가온소프트"), ("남궁율", "대표", "누리에너지"),
      ("진하은", "부사장", "하늘정보통신")}),
    ("가온소프트와 누리에너지, 바다물류 3사는 17일 업무협약을 맺었다. 협약식에는 강이안 가온소프트 "
     "대표, 남궁율 누리에너지 대표, 진하은 바다물류 전무가 참석했다.",
     {("강이안", "대표", "가온소프트"), ("남궁율", "대표", "누리에너지"), ("진하은", "전무", "바다물류")}),
    # … the carry stays where no body is written between
    ("가온소프트와 누리에너지는 17일 업무협약을 맺었다. 협약식에는 강이안 가온소프트 대표, 남궁율 "
     "누리에너지 대표, 진하은 전무가 참석했다.",
     {("강이안", "대표", "가온소프트"), ("남궁율", "대표", "누리에너지"), ("진하은", "전무", "누리에너지")}),
])
def test_a_party_written_between_name_and_title_beats_the_carry(text: str, heads: set) -> None:
    found = extract(Article("t", text, published=dt.date(2026, 5, 20)))
    assert {(p.name, p.title, p.organisation) for a in found.agreements
            for p in a.representatives} == heads


# rule unfound-body-past-carry: in a list of heads, words written between a name and its title
# that name no party found are that head's body, so the head is no one's, not the body carried
# from the head before; a qualifier of the title ('공동 대표') is no body
CAPTION_OF_HEADS = ("▲ 협약식에 참석한 (왼쪽부터) 한도윤 가온문화재단 대표이사, 모하람 가온시립미술관장, "
                    "진솔 가온청년예술인협회장, 강이서 {} 대표.\n\n가온시립미술관은 9일 미술관 세미나실에서 "
                    "가온문화재단, 가온청년예술인협회 등과 협약을 맺었다.")


@pytest.mark.parametrize("written, organisation", [
    ("아트스페이스 솔", None), ("공방 솔", None), ("아트랩 온", None),
    ("공동", "가온청년예술인협회"),
])
def test_a_body_not_found_between_a_listed_heads_name_and_title_stops_the_carry(
        written: str, organisation: str | None) -> None:
    found = extract(Article("t", CAPTION_OF_HEADS.format(written), published=dt.date(2026, 5, 20)))
    heads = {p.name: p.organisation for a in found.agreements for p in a.representatives}
    assert heads.get("강이서") == organisation
    assert heads["진솔"] == "가온청년예술인협회"


# rule listed-apart (heads): two bodies each before its own head in one list of heads are two
# bodies, though one's letters hold the other's (동 + 가람농협), and each head is its own
# body's; one body's two heads stay one body
@pytest.mark.parametrize("text, heads, parties", [
    ("가람군은 18일 김다온 군수와 가람농협 이누리 조합장, 동가람농협 박솔 조합장이 참여한 가운데 "
     "먹거리 협약을 맺었다.",
     {("김다온", "군수", "가람군"), ("이누리", "조합장", "가람농협"), ("박솔", "조합장", "동가람농협")},
     {"가람군", "가람농협", "동가람농협"}),
    ("가람군은 18일 가람농협과 협약을 맺었다. 협약식에는 가람농협 이누리 조합장, 가람농협 박솔 "
     "상임이사가 참석했다.", {("이누리", "조합장", "가람농협"), ("박솔", "상임이사", "가람농협")},
     {"가람군", "가람농협"}),
])
def test_bodies_listed_apart_with_their_heads(text: str, heads: set, parties: set) -> None:
    found = extract(Article("t", text, published=dt.date(2026, 5, 20)))
    assert {(p.name, p.title, p.organisation) for a in found.agreements
            for p in a.representatives} == heads
    assert {o.name for a in found.agreements for o in a.parties} == parties


# rule wire-lead: a wire's lead opened by its dateline in round brackets and broken after a
# particle goes on to the next line (the signing's day and place are read from it)
def test_a_wire_lead_broken_after_a_particle_is_one_sentence() -> None:
    text = ("가온도, 일본 사쿠라현과 교류 협약\n"
            "(가온=다온뉴스) 김누리 기자 = 가온도는 3일 일본 사쿠라현 현청 회의실에서 사쿠라현과\n"
            "우호교류 협약을 체결했다고 밝혔다.\n"
            "양측은 청소년 교류와 관광 상품 공동 개발에 협력한다.")
    found = extract(Article("t", text, published=dt.date(2026, 9, 3)))
    assert [(a.signed_on, a.venue) for a in found.agreements] == [
        (dt.date(2026, 9, 3), "일본 사쿠라현 현청 회의실")]


# rule acronym-party: a party named by its abbreviation takes the name spelled out before that
# abbreviation in brackets elsewhere in the sentence, so a head written with it speaks for it
def test_a_party_named_by_its_abbreviation_takes_the_name_it_abbreviates() -> None:
    text = ("솔빛랩이 17일 다온항만공사(DPA) 본사 회의실에서 DPA, 누리해운과 협약을 맺었다.\n"
            "협약식에는 오하린 다온항만공사 사장과 누리해운 이다온 대표가 참석했다.")
    found = extract(Article("t", text, published=dt.date(2026, 9, 19)))
    parties = {o.name: set(o.aliases) for a in found.agreements for o in a.parties}
    heads = {(p.name, p.organisation) for a in found.agreements for p in a.representatives}
    assert parties.get("다온항만공사") == {"DPA"} and ("오하린", "다온항만공사") in heads


@pytest.mark.parametrize(("text", "parties", "heads"), [
    # rule signer-of-the-clause: the signing told as a clause on the person who signed, with
    # no subject of its own: that person's body, written with the name elsewhere, signed
    ("누리에너지가 가온군 농가와 손을 잡았다. 지난 20일 가온군, 가온군농업인연합회와 '시범단지 "
     "조성 협약'을 맺은 박솔 누리에너지 대표를 만났다.",
     ["가온군", "가온군농업인연합회", "누리에너지"], [("박솔", "누리에너지")]),
    ("[인터뷰] 박솔 누리에너지 대표\n\n지난 20일 가온군, 가온군농업인연합회와 협약을 맺은 박솔 "
     "대표를 만났다.", ["가온군", "가온군농업인연합회", "누리에너지"], [("박솔", "누리에너지")]),
    # NOT: a signing with a subject of its own: the person met after it adds no party
    ("가온군은 20일 가온군농업인연합회와 협약을 맺었다. 협약을 맺은 박솔 대표는 다온전자에서 "
     "일했다. 박솔 다온전자 대표는 기뻐했다.", ["가온군", "가온군농업인연합회"], None),
])
def test_a_signing_told_as_a_clause_on_its_signer(text: str, parties: list[str],
                                                  heads: list | None) -> None:
    (agreement,) = extract(Article("t", text)).agreements
    assert sorted(o.name for o in agreement.parties) == parties
    if heads is not None:
        assert [(p.name, p.organisation) for p in agreement.representatives] == heads
