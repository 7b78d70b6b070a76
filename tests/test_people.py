# ruff: noqa: E501 - tables of Korean sentences read better unwrapped
"""People: name, title and organisation in every common order (sentences written for the tests)."""
from __future__ import annotations

import dataclasses

import pytest

from mougraph.extract import extract
from mougraph.extract.agreements.representatives import _party_word_cut, resolve
from mougraph.extract.clause import clause
from mougraph.extract.lexicon import ending, is_name, title_of
from mougraph.extract.people import PersonMention, find_people
from mougraph.extract.people.asides import aside_heads
from mougraph.extract.people.shared import shared_ending_people
from mougraph.lexicons import short_kinds
from mougraph.model import Article, Organisation
from mougraph.morph import Sentence
from mougraph.text import prepare


def _people(text: str) -> list[tuple[str, str, str | None]]:
    found = find_people(clause(Sentence(0, len(text), text)))
    return [(p.name, p.title, p.org or p.context or p.carried) for p in found]


PEOPLE = [
    # rule transcribed-company-before-pair: a bare word with a transcription's syllable opening
    # its phrase, before a foreign name of two words and the title, is the company (its first
    # syllable opening Korean names does not make it a name)
    ("이날 서명식에는 카이로텍 요나스 베르크 대표가 함께했다.", ("요나스 베르크", "대표", "카이로텍")),
    # (negative: a Korean name before a bare company stays the name)
    ("협약식에는 홍다온 솔렌텍 대표가 참석했다.", ("홍다온", "대표", "솔렌텍")),
    # rule known-given-opens-name: a given name the lexicons know (european_given_names.txt,
    # …) opens the name; the company word or loanword before it is no part of it, and a bare
    # company word there is the name's body
    ("협약식에는 비오넥스 클라우스 베버 대표가 참석했다.", ("클라우스 베버", "대표", "비오넥스")),
    ("이번 프로그램 요나스 베르크 대표는 말했다.", ("요나스 베르크", "대표", None)),
    ("협약식에는 비오넥스 요나스 베르크 CEO가 참석했다.", ("요나스 베르크", "CEO", "비오넥스")),
    ("노바텍 클라우스 베버(Klaus Weber) 사장은 협력을 강조했다.", ("클라우스 베버", "사장", "노바텍")),
    ("트리마텍 요나스 베르크 대표와 가온대 김다온 총장이 서명했다.", ("요나스 베르크", "대표", "트리마텍")),
    # … and a family name written first ("응우옌 반 훙", "다나카 히로시") after the bare company word
    ("협약식에는 솔렌텍 응우옌 반 훙 사장이 참석했다.", ("응우옌 반 훙", "사장", "솔렌텍")),
    ("협약식에는 비오넥스 쩐 티 마이 대표가 참석했다.", ("쩐 티 마이", "대표", "비오넥스")),
    ("협약식에는 카르텍 다나카 히로시 사장이 참석했다.", ("다나카 히로시", "사장", "카르텍")),
    ("협약식에는 비오넥스 사토 유키 대표가 참석했다.", ("사토 유키", "대표", "비오넥스")),
    # (negative: given names before a given name stay in the name; a Korean name after a
    # company is untouched)
    ("비오넥스 마리아 엘레나 로페즈 대표는 말했다.", ("마리아 엘레나 로페즈", "대표", "비오넥스")),
    # Spanish given names (european_given_names.txt): two given names then the family name
    ("왼쪽부터 필리핀 누리섬대학교 마리아 로사 벨렌 부총장, 가온대 김솔 총장.",
     ("마리아 로사 벨렌", "부총장", "누리섬대학교")),
    ("협약식에는 가람대 이사벨 카르멘 토레스 학장이 참석했다.", ("이사벨 카르멘 토레스", "학장", "가람대")),
    ("마리아 엘레나 로페즈(Maria Elena Lopez) 대표는 말했다.", ("마리아 엘레나 로페즈", "대표", None)),
    ("홍다온 솔렌텍 대표는 말했다.", ("홍다온", "대표", "솔렌텍")),
    # rule transcribed-company-before-name: of two words that read as names, the one with a
    # transcription's syllable after its family name is the company
    ("이날 노바텍 노다온 대표가 참석했다.", ("노다온", "대표", "노바텍")),
    # (negative: two plain Korean words: the first is the name, the second the body, as before)
    ("협약식에는 홍길동 가나대 단장이 참석했다.", ("홍길동", "단장", "가나대")),
    # rule latin-gloss-closes-name: a Latin gloss in parentheses inside a run of transcribed
    # words closes the name where its word count says; the words after it are the body's
    ("한나 베르그(Hanna Berg) 솔바크 메리디안 사장이 서명했다.", ("한나 베르그", "사장", "솔바크 메리디안")),
    ("올레 한센(Ole Hansen) 베스트링 해운 대표는 말했다.", ("올레 한센", "대표", "베스트링 해운")),
    # (negative: a gloss as long as the whole run leaves the run one name)
    ("마리아 엘레나 로페즈(Maria Elena Lopez) 대표는 말했다.", ("마리아 엘레나 로페즈", "대표", None)),
    # a body ending in 기술원 (org_suffixes.tsv) before a head whose two posts are joined by 겸
    ("이날 서명은 가온물기술원 연구본부장 겸 해외사업단장 주다온, 누리엔지니어링 대표 반하늘이 했다.",
     ("주다온", "연구본부장 겸 해외사업단장", "가온물기술원")),
    ("협약식에는 가온도농업기술원 김다온 원장이 참석했다.", ("김다온", "원장", "가온도농업기술원")),
    # rule led-body: the subject of a clause of leading is the person of the body it closes on,
    # not of the sentence's topic
    ("가람대학교는 지난 2015년 김다온 이사장이 이끄는 솔빛재단과도 협약을 맺은 바 있다.", ("김다온", "이사장", "솔빛재단")),
    ("가온시는 박서준 회장이 이끌고 있는 누리상공회의소와 손을 잡았다.", ("박서준", "회장", "누리상공회의소")),
    ("협약식에는 최민준 단장이 이끄는 한빛대학교 산학협력단 연구진이 참석했다.", ("최민준", "단장", "한빛대학교 산학협력단")),
    ("누리대는 지난해 박서준 대표가 이끄는 파로텍과도 협약을 맺은 바 있다.", ("박서준", "대표", "파로텍")),
    ("가온시는 2019년 최하윤 대표가 이끄는 Velmora와 협약을 맺었다.", ("최하윤", "대표", "Velmora")),
    # rule verbal-body-slot: a body Kiwi reads as a verb (해온생명: 하 + 어 + 오 + ㄴ + 생명), right
    # before a title that heads its kind, is the body of the name before it
    ("서명식에는 석다온 해온생명 대표이사가 참석했다.", ("석다온", "대표이사", "해온생명")),
    ("협약식에는 김다온 해온생명 대표이사와 박누리 가온대 총장이 참석했다.", ("김다온", "대표이사", "해온생명")),
    # … and after a foreign name written family first (rule family-first), a body Kiwi reads
    # as common nouns ("하롱그룹": a 그룹 whose 회장 heads it)
    ("협약식에는 응우옌 반 훙 하롱그룹 회장이 참석했다.", ("응우옌 반 훙", "회장", "하롱그룹")),
    ("협약식에는 김다온 누리식품 대표와 응우옌 반 훙 솔빛그룹 회장이 참석했다.", ("응우옌 반 훙", "회장", "솔빛그룹")),
    # rule name-title
    ("서하늘 총장은 협약서에 서명했다.", ("서하늘", "총장", None)),
    # rule foreign-name-before-body: after a transcribed word the next bare word ends the
    # foreign name, not opens the body written after it (spaced-kind does not join them)
    ("서명에는 김다온 가온증권 사장과 데이비드 로웰 누리브릿지자산운용 대표가 나섰다.", ("데이비드 로웰", "대표", "누리브릿지자산운용")),
    ("협약식에는 데이비드 로웰 가온 재단 이사장이 참석했다.", ("데이비드 로웰", "이사장", "가온 재단")),
    # … a mayor after the name or the city, not a market (rule market-not-mayor)
    ("반하늘 시장은 협약서에 서명했다.", ("반하늘", "시장", None)),
    ("가온시 시장 김다온은 협약서에 서명했다.", ("김다온", "시장", "가온시")),
    # a foreign name in Hangul before Latin words: the Latin words are the body, not a name
    ("협약식에는 김철수 가람시장과 엘레나 쿠즈네초바 Nordic Sail 대표가 참석했다.", ("엘레나 쿠즈네초바", "대표", "Nordic Sail")),
    # a broadcaster's regional 방송총국 is a body before its head's name (org_suffixes.tsv)
    ("협약식에는 JTN 가온방송총국 문채원 총국장이 참석했다.", ("문채원", "총국장", "JTN 가온방송총국")),
    # a body Kiwi reads as a verb (이루시다… as 이루 + 시 + 다) before the name is still the body,
    # not the body of the person before in the list
    ("협약식에는 가람교회 담임목사 오세진 목사, 이루시다문화가족지원센터 하은솔 센터장이 참석했다.", ("하은솔", "센터장", "이루시다문화가족지원센터")),
    # 감 is a family name too (surnames.txt); its common words stay no names (not_names.txt)
    ("협약식에는 감도윤 가온초 교장이 참석했다.", ("감도윤", "교장", "가온초")),
    # a name Kiwi cut (표수 + 란) before a place fused with its office's head title
    ("이날 협약식에는 표수란 솔내면 행정복지센터장이 참석했다.", ("표수란", "센터장", "솔내면 행정복지센터")),
    # a choir's or orchestra's conductor heads it (titles.tsv: 지휘자)
    ("협약식에는 가온시립합창단 모하린 지휘자가 참석했다.", ("모하린", "지휘자", "가온시립합창단")),
    # a football club named with FC is a body before its head's title (org_suffixes.tsv)
    ("협약식에는 주하람 가온FC 대표이사와 김철수 가람대 총장이 참석했다.", ("주하람", "대표이사", "가온FC")),
    # … and one with FC before its town (rule club-first)
    ("협약식에는 주하람 FC누리 단장과 김철수 가람대 총장이 참석했다.", ("주하람", "단장", "FC누리")),
    # a verb qualifying the person ("이끈", Kiwi: 이끌 + ㄴ) is no two-syllable name before it
    ("사절단을 이끈 도하윤 누리군수는 서명했다.", ("도하윤", "군수", "누리군")),
    # rule place-branch over a wider area: 충청지사장 heads the 충청지사 of the body before it
    ("협약식에는 마소윤 다올에너지 충청지사장이 참석했다.", ("마소윤", "충청지사장", "다올에너지")),
    # rule name-and-syllable: a name-shaped word and a one-syllable family name, after a body
    ("협약식에는 하늘학교 소마리 툰 교장이 참석했다.", ("소마리 툰", "교장", "하늘학교")),
    # a one-word foreign name that ends like a street (가) and a foreign province fused with
    # its governor's title (rules transcribed-가, foreign province)
    ("김철수 충청남도지사와 바톨가 우문고비도지사는 서명했다.", ("바톨가", "도지사", "우문고비도")),
    ("김철수 경상북도지사와 오트곤바타르 헨티도지사는 서명했다.", ("오트곤바타르", "도지사", "헨티도")),
    # rule company-closes-run: three transcribed words before a company head's title
    ("협약식에는 홍길동 누리시장, 엘사 요한손 노르비아 최고경영자가 참석했다.", ("엘사 요한손", "최고경영자", "노르비아")),
    ("협약식에는 홍길동 누리시장, 에밀 스벤손 바텔로 대표가 참석했다.", ("에밀 스벤손", "대표", "바텔로")),
    # rule company-possessor: a proper noun with 의 before a company head's name is the company
    ("가람로보틱의 요하네스 슈미트 최고경영자(CEO)는 인사말에서 말했다.", ("요하네스 슈미트", "최고경영자", "가람로보틱")),
    ("누리솔텍의 김철수 대표는 인사말에서 말했다.", ("김철수", "대표", "누리솔텍")),
    # rule post-name-calling: a clergy post before the name, the calling after it is the title
    ("협약식에는 가람성당 주임 한가람 신부와 누리푸드뱅크 이수아 센터장이 함께했다.", ("한가람", "신부", "가람성당")),
    ("협약식에는 누리교회 담임 김누리 목사가 참석했다.", ("김누리", "목사", "누리교회")),
    # rule church-name-calling: a church or parish written whole right before the name, the
    # calling after it, with no post between
    ("누리교회 김누리 목사는 \"동네 아이들에게 문을 열겠다\"고 했다.", ("김누리", "목사", "누리교회")),
    ("협약식에는 가람성당 한가람 신부가 참석했다.", ("한가람", "신부", "가람성당")),
    # a baptismal name between post and name is no part of it; a monk's dharma name is no
    # Korean name, his title the post, his temple the word ending in 사 before it
    ("협약식에는 가온성당 주임 요셉 박다온 신부가 참석했다.", ("박다온", "신부", "가온성당")),
    ("협약식에는 묘향사 주지 혜담 스님이 참석했다.", ("혜담", "주지", "묘향사")),
    # an airport's head, the title fused with the airport's name (공항장)
    ("협약식에는 김철수 지사와 이영희 김해국제공항장이 참석했다.", ("이영희", "공항장", "김해국제공항")),
    # rule aside
    ("경복대학교(총장 서하늘)는 협약을 체결했다.", ("서하늘", "총장", "경복대학교")),
    # rule given-name-도-after-title: 임실도 though 임실군 is a county
    ("가람대학교(총장 임실도)와 누리협회(회장 홍길동)는 협약을 체결했다.", ("임실도", "총장", "가람대학교")),
    # a name after its title that Kiwi read as a verb and its ending (고하 + 람)
    ("가람대학교 총장 고하람은 협약을 맺었다.", ("고하람", "총장", "가람대학교")),
    # a given name Kiwi cut as a particle after the family name (최 + 서도, as 에서도)
    ("최서도 누리경찰서장은 협력을 강조했다.", ("최서도", "경찰서장", "누리경찰서")),
    ("남도경영자총협회(나윤석 회장)는 협약을 체결했다.", ("나윤석", "회장", "남도경영자총협회")),
    ("다낭국제관광대학(총장 Pham Quoc Bao)과 협약을 체결했다.",
     ("Pham Quoc Bao", "총장", "다낭국제관광대학")),
    # a rank or calling after the name is no part of it; every comma part may be a head
    ("누리경찰서 사아지구대(지구대장 홍길동 경정)는 협약을 맺었다.",
     ("홍길동", "지구대장", "누리경찰서 사아지구대")),
    ("가람선교회(회장 홍길동 목사, 총무 김철수 목사)는 협약을 맺었다.", ("김철수", "총무", "가람선교회")),
    # rule professor-after-head: a professor heading a university's unit, 교수 after the name
    ("누리대학교 창업지원단(단장 홍길동 교수)은 협약을 맺었다.", ("홍길동", "단장", "누리대학교 창업지원단")),
    ("누리대학교 LINC 3.0 사업단(단장 김다온 교수)은 협약을 체결했다.",
     ("김다온", "단장", "누리대학교 LINC 3.0 사업단")),
    ("가람공사(한국가람관리공사, 사장 홍길동)는 협약을 체결했다.", ("홍길동", "사장", "가람공사")),
    # rule dharma-name-aside: between a title and 스님, a monk's dharma name of two syllables
    ("누리종 말사인 솔바위사(주지 도현 스님)는 가온복지관과 협약을 맺었다.", ("도현", "주지", "솔바위사")),
    # each aside of a dotted list heads the piece before it
    ("가람노인복지관(관장 홍길동 스님)ㆍ가람소방서(서장 김철수)ㆍ누리문화원(원장 이영희)은 협약을 체결했다.",
     ("김철수", "서장", "가람소방서")),
    ("한·베 가람전문대학교(총장 Nguyen Van An)와 협약을 체결했다.",
     ("Nguyen Van An", "총장", "한·베 가람전문대학교")),
    # rule hyphenated-given-name: a romanised Korean given name keeps its hyphen
    ("누쿠스 한-우 기술대학(학장 Kim Jae-won)과 협약을 체결했다.",
     ("Kim Jae-won", "학장", "누쿠스 한-우 기술대학")),
    # rule person-before-dot: a whole mention of a person closes the item before the dot
    ("가온복지관(관장 김누리)ㆍ박하늘 누리소방서장ㆍ한빛농협(조합장 최다온)은 협약을 체결했다.",
     ("박하늘", "소방서장", "누리소방서")),
    ("가온복지관(관장 김누리)ㆍ박하늘 누리소방서 서장ㆍ한빛농협 최다온 조합장은 협약을 체결했다.",
     ("최다온", "조합장", "한빛농협")),
    ("홍길동 가온대학교 총장ㆍ김누리 누리시장은 협약을 체결했다.", ("홍길동", "총장", "가온대학교")),
    ("홍길동 가온대학교 총장ㆍ김누리 누리시장은 협약을 체결했다.", ("김누리", "시장", "누리시")),
    ("가온대학교 총장 홍길동ㆍ누리시 시장 김누리는 협약을 체결했다.", ("홍길동", "총장", "가온대학교")),
    # … two names sharing one title stay one item
    ("협약식에는 이한결·정다솜 한빛모빌리티 공동대표가 참석했다.", ("이한결", "공동대표", "한빛모빌리티")),
    # an acting head: 직무대행 after the title is part of it, not of the name
    ("가온대학교(총장 직무대행 김누리)는 누리시와 협약을 맺었다.", ("김누리", "총장 직무대행", "가온대학교")),
    # a plant's head at a company's investment signing
    ("협약식에는 김누리 누리전자 공장장이 참석했다.", ("김누리", "공장장", "누리전자")),
    # titles joined by 겸 before the name are one title
    ("가람대학교(산학협력단장 겸 연구처장 홍길동)와 협약을 체결했다.", ("홍길동", "산학협력단장 겸 연구처장", "가람대학교")),
    # a foreign name written in Hangul, after the title (words of up to six syllables)
    ("미국 하늘대학교(총장 로버트 바르톨로메오 스튜어트)와 협약을 체결했다.",
     ("로버트 바르톨로메오 스튜어트", "총장", "하늘대학교")),
    ("미국 하늘주립대학교(총장 존 스미스)와 협약을 체결했다.", ("존 스미스", "총장", "하늘주립대학교")),
    # rule listed-foreign-in-aside: a listed Japanese given name that ends like a city, beside
    # a listed family name, after the body's Hanja name in the same aside
    ("가람시 국제교류협회(加覽市國際交流協會, 회장 스즈키 다카시)와 협약을 체결했다.",
     ("스즈키 다카시", "회장", "가람시 국제교류협회")),
    ("누리시 관광협회(회장 사토 히로시)와 협약을 체결했다.", ("사토 히로시", "회장", "누리시 관광협회")),
    # rule dharma-name-aside: a monk's dharma name between the post and 스님 in an aside
    ("세온사(주지 법운 스님)는 협약을 맺었다.", ("법운", "주지", "세온사")),
    # a company word Kiwi reads as a common noun, between the name and the title
    ("홍길동 가람그룹 회장과 김철수 AB 텔레콤 대표가 참석했다.", ("홍길동", "회장", "가람그룹")),
    ("홍길동 가람그룹 회장과 김철수 AB 텔레콤 대표가 참석했다.", ("김철수", "대표", "AB 텔레콤")),
    ("CD 유플러스(대표 김철수)와 협약을 체결했다.", ("김철수", "대표", "CD 유플러스")),
    # a transcription after a known brand is the company's second word, not a foreign name
    ("협약식에는 홍길동 LG 루미스 CTO 등이 참석했다.", ("홍길동", "CTO", "LG 루미스")),
    # rule brand-word: the same before a department head's title
    ("왼쪽부터 김철수 LG 루미스 품질보증팀장, 홍길동 가람대 총장.", ("김철수", "품질보증팀장", "LG 루미스")),
    # rule rare-word-after-name: a word read as a name only by a rare family name (온, 피),
    # after a full name, is the body
    ("가온대는 이한결 온새미 대표와 협약을 맺었다.", ("이한결", "대표", "온새미")),
    # ... and with the body written before the name or before the title
    ("협약식에는 CD 루미스 홍길동 CTO 등이 참석했다.", ("홍길동", "CTO", "CD 루미스")),
    ("왼쪽부터 CD 루미스 품질보증팀장 김철수, 홍길동 가람대 총장.", ("김철수", "품질보증팀장", "CD 루미스")),
    ("가람대학교 총장 홍길동과 CD 루미스 대표 김철수는 협약을 체결했다.", ("김철수", "대표", "CD 루미스")),
    # regional and division heads; "A 겸 B" titles in an aside
    ("가람백화점 홍길동 영남지역장이 참석했다.", ("홍길동", "영남지역장", "가람백화점")),
    ("홍길동 가람엔지니어링 사업부문장이 참석했다.", ("홍길동", "사업부문장", "가람엔지니어링")),
    ("가람대학교 산학협력단(산학협력단장 겸 연구처장 홍길동)은 협약을 맺었다.",
     ("홍길동", "산학협력단장 겸 연구처장", "가람대학교 산학협력단")),
    # a title in apposition; the department head of a body written before the name
    ("협약식에는 가람재단 이사장인 홍길동 씨가 참석했다.", ("홍길동", "이사장", "가람재단")),
    ("가람시청 홍길동 기획조정실장이 참석했다.", ("홍길동", "기획조정실장", "가람시청")),
    # the officer of a unit written after the body: the body's person, the whole word the title
    ("국립가람대학교 홍길동 대외협력본부장 일행이 방문했다.", ("홍길동", "대외협력본부장", "국립가람대학교")),
    # rule event-committee: an event is no body, its committee is ("…운영위원장" heads it)
    ("김누리 가온축제 운영위원장이 참석했다.", ("김누리", "위원장", "가온축제 운영위원회")),
    ("홍길동 가온국제영화제 조직위원장이 참석했다.", ("홍길동", "위원장", "가온국제영화제 조직위원회")),
    # … but a body's committee named by its role only is the body's: the whole word the title
    ("김누리 한빛무역협회 운영위원장이 참석했다.", ("김누리", "운영위원장", "한빛무역협회")),
    # rule unglued-name: a page that lost the separators between people
    ("박가람 가온부시장김누리 한빛그룹 회장최다온 누리대학교 총장이 참석했다.", ("김누리", "회장", "한빛그룹")),
    ("박가람 가온부시장김누리 한빛그룹 회장최다온 누리대학교 총장이 참석했다.", ("최다온", "총장", "누리대학교")),
    ("왼쪽부터 가온방송김누리 사무국장, 누리TV 박가람 팀장.", ("김누리", "사무국장", "가온방송")),
    # a name glued to a title of its own; never to a place's office or a body the name ends
    ("협약식에는 가온대학교 홍길동총장과 한빛전자 김누리대표이사가 참석했다.", ("홍길동", "총장", "가온대학교")),
    ("협약식에는 가온대학교 홍길동총장과 한빛전자 김누리대표이사가 참석했다.", ("김누리", "대표이사", "한빛전자")),
    ("협약식에는 최다온 누리협회장이 참석했다.", ("최다온", "회장", "누리협회")),
    # a name ending like a village (누리 ends in 리) before a body and its branch is a person
    ("협약식에는 김누리 가온은행 누리지점 지점장이 참석했다.", ("김누리", "지점장", "가온은행 누리지점")),
    # a Japanese name family-first (lexicons/foreign_family_names.txt); 히로시 is no city here
    # (it was left unread while 다나카 was not known as a family name)
    ("다나카 히로시 와세다대 총장이 서명했다.", ("다나카 히로시", "총장", "와세다대")),
    ("다나카 히로시 누리대학 학장이 참석했다.", ("다나카 히로시", "학장", "누리대학")),
    # a Japanese family name spelled with its first consonant aspirated (타카노, 카토)
    ("협약식에는 한다온 대표이사와 타카노 료 누리전자 사장이 참석했다.", ("타카노 료", "사장", "누리전자")),
    ("카토 켄지 누리대학 학장이 참석했다.", ("카토 켄지", "학장", "누리대학")),
    # rule name-comma-title: a name, a comma, then its fused title or its body and title
    ("협약식에는 홍길동, 가온시장과 김누리, 누리대 총장이 참석했다.", ("홍길동", "시장", "가온시")),
    ("협약식에는 홍길동, 가온시장과 김누리, 누리대 총장이 참석했다.", ("김누리", "총장", "누리대")),
    # … but a title with a name after it is that name's ("가온시장 김누리")
    ("협약식에는 누리전자 대표 홍길동, 가온시장 김누리가 참석했다.", ("김누리", "시장", "가온시")),
    # a Latin name whose letters carry diacritics, before a body, after one, and in an aside
    ("협약식에는 José Müller 누리대 총장이 참석했다.", ("José Müller", "총장", "누리대")),
    ("협약식에는 누리대 Łukasz Nowak 총장이 참석했다.", ("Łukasz Nowak", "총장", "누리대")),
    ("누리대(총장 Zoë Åberg)와 협약을 체결했다.", ("Zoë Åberg", "총장", "누리대")),
    # a branch named after its place before its head's title (not a governor: "가온지사")
    ("김가온 가온지사 회장은 \"대응 체계를 갖추겠다\"고 했다.", ("김가온", "회장", "가온지사")),
    ("홍길동 전남지사가 참석했다.", ("홍길동", "지사", "전남")),
    # a foreign given name Kiwi calls a common noun, before a family name it knows, and a
    # fused title
    ("협약서에는 홍길동 가온시장과 알리셰르 카리모프 누리시장이 서명했다.", ("알리셰르 카리모프", "시장", "누리시")),
    # a Vietnamese name after a word that opens the phrase
    ("이날 응우옌 반 안 하노이대 총장이 참석했다.", ("응우옌 반 안", "총장", "하노이대")),
    # rule family-first-after-title: a Vietnamese name of one-syllable words right after the
    # title (Kiwi reads each word as a common noun)
    ("협약서에는 총장 도 반 롱이 서명했다.", ("도 반 롱", "총장", None)),
    ("이날 학장 팜 꾸옥 빈은 인사말을 했다.", ("팜 꾸옥 빈", "학장", None)),
    # rule japanese-given-first: a Japanese given name the lexicon knows, then the family
    # name (which may read as a Korean name or be cut by Kiwi: 요시무 + 라), before the body
    # (a country between) or right after the title
    ("사토시 요시무라 일본 나루대학교 총장이 서명했다.", ("사토시 요시무라", "총장", "나루대학교")),
    ("이날 가즈키 모리노 사쿠라대 학장이 인사했다.", ("가즈키 모리노", "학장", "사쿠라대")),
    ("협약식에는 총장 히로키 마쓰노가 참석했다.", ("히로키 마쓰노", "총장", None)),
    ("김누리 가온시장과 마사루 이와노 하루미시장이 서명했다.", ("마사루 이와노", "시장", "하루미시")),
    # rule proper-pair-after-body: two proper nouns with a transcription's syllable between a
    # body and the title are one foreign name, though one reads as a Korean name (모건, 파커)
    ("협약식에는 XY대 키스 모건 총장이 참석했다.", ("키스 모건", "총장", "XY대")),
    ("이날 QR대학교 존 파커 부총장이 서명했다.", ("존 파커", "부총장", "QR대학교")),
    ("가온대 케빈 박 총장은 말했다.", ("케빈 박", "총장", "가온대")),
    # rule latin-body-before-name: a brand of two Latin words before a Korean name is the
    # person's body, not its first word alone (one Latin word stays the body it was)
    ("협약식에는 QX NOVA 박하늘 대표가 참석했다.", ("박하늘", "대표", "QX NOVA")),
    ("이날 ZR Lumen 최가온 대표이사가 서명했다.", ("최가온", "대표이사", "ZR Lumen")),
    ("KT 김누리 본부장이 참석했다.", ("김누리", "본부장", "KT")),
    # Korean names after the title stay Korean names
    ("총장 이하늘은 인사했다.", ("이하늘", "총장", None)),
    ("김누리 총장과 박하늘 시장이 참석했다.", ("박하늘", "시장", None)),
    ("홍길동 가온대 총장이 서명했다.", ("홍길동", "총장", "가온대")),
    # 사무처장 is one title, not 처장 of a 사무처
    ("이영희 다솜모금회 사무처장이 참석했다.", ("이영희", "사무처장", "다솜모금회")),
    # rule delegation: the people listed after "X에서는" speak for X, department titles whole
    ("이날 협약식에는 가람대에서는 홍길동 총장, 김철수 연구부총장, 이영희 기계공학과 교수가 참석했다.",
     ("이영희", "기계공학과 교수", "가람대")),
    ("이날 협약식에는 가람대에서는 홍길동 총장, 강다솜 교육 혁신 처장, 성민우 에너지 및 전력인력사업단장이 참석했다.",
     ("성민우", "에너지 및 전력인력사업단장", "가람대")),
    ("누리연구원에서는 홍길동 원장을 비롯해 김철수 부원장, 이영희 나노 소재연구본부장이 참석했다.",
     ("이영희", "나노 소재연구본부장", "누리연구원")),
    # several delegations each after a body marked 에서, with no commas between the people
    ("협약식에는 누리군에서 홍길동 군수 김철수 의장 등 20여명, 가람기업협회에서 이영희 회장 박민수 사무국장 등 30여명이 참석했다.",
     ("김철수", "의장", "누리군")),
    ("협약식에는 누리군에서 홍길동 군수 김철수 의장 등 20여명, 가람기업협회에서 이영희 회장 박민수 사무국장 등 30여명이 참석했다.",
     ("박민수", "사무국장", "가람기업협회")),
    # titles of companies' regions and divisions, Latin titles, numbered military units
    ("홍길동 가람백화점 영남지역장이 참석했다.", ("홍길동", "영남지역장", "가람백화점")),
    ("홍길동 가람엔지니어링 사업부문장이 참석했다.", ("홍길동", "사업부문장", "가람엔지니어링")),
    ("김철수 가람대 총장과 홍길동 AB 유플러스 CTO가 서명했다.", ("홍길동", "CTO", "AB 유플러스")),
    ("김철수(육군 준장) 육군 제3포병여단장이 참석했다.", ("김철수", "여단장", "제3포병여단")),
    ("김철수(육군 중장) 육군 가온군단장이 참석했다.", ("김철수", "군단장", "가온군단")),
    ("가람교회 총회(총회장 홍길동 목사)와 협약을 맺었다.", ("홍길동", "총회장", "총회")),
    # a name after a Latin word is still a name when no name stands before the Latin word
    ("이날 AB 홍길동 상무가 참석했다.", ("홍길동", "상무", None)),
    # rule foreign: a name transcribed in Hangul before the title, or before the body and title
    ("김철수 가람대 총장, 데이비드 스미스 ABU 총장 등이 참석했다.", ("데이비드 스미스", "총장", "ABU")),
    ("왼쪽부터 미국 하늘대학교 아니타 엔리케즈 스튜어트 부총장.", ("아니타 엔리케즈 스튜어트", "부총장", "하늘대학교")),
    ("김철수 가람대 총장과 제임스 브라운 누리대 부총장이 서명했다.", ("제임스 브라운", "부총장", "누리대")),
    # rule caption: a word a photo caption points at is a name, whatever it looks like
    ("가람호텔에서 홍길동(좌) 구청장과 아마드(우) 누리시 시장이 기념촬영을 하고 있다.", ("아마드", "시장", "누리시")),
    # a unit glued to a Latin brand: the brand's officer, with the unit in the title
    ("협약식에는 김철수 AB남부고객본부장이 참석했다.", ("김철수", "남부고객본부장", "AB")),
    # rule fused
    ("임성현 한국장애인복지시설협회장이 참석했다.", ("임성현", "회장", "한국장애인복지시설협회")),
    ("김명준 한국전자통신연구원장이 참석했다.", ("김명준", "원장", "한국전자통신연구원")),
    ("허태정 대전시장이 인사말을 했다.", ("허태정", "시장", "대전시")),
    ("문지호 가람구청장이 참석했다.", ("문지호", "구청장", "가람구청")),
    ("한민재 가온부시장이 참석했다.", ("한민재", "부시장", "가온시")),
    ("노준용 한국과학기술원 문화기술대학원장이 참석했다.",
     ("노준용", "원장", "한국과학기술원 문화기술대학원")),
    ("서동규 솔내면 이장협의회장이 말했다.", ("서동규", "회장", "솔내면 이장협의회")),
    ("박찬구 대덕이노폴리스벤처협회장이 참석했다.", ("박찬구", "회장", "대덕이노폴리스벤처협회")),
    # rule org-name-title
    ("서해과기대 한재윤 총장이 참석했다.", ("한재윤", "총장", "서해과기대")),
    ("정책조정실 정다운 정책2차장이 서명했다.", ("정다운", "정책2차장", "정책조정실")),
    # rule name-org-title
    ("오세진 한빛건설 사장이 참석했다.", ("오세진", "사장", "한빛건설")),
    ("황순욱 한국과학기술정보연구원 본부장이 참석했다.", ("황순욱", "본부장", "한국과학기술정보연구원")),
    ("누리대 방성훈 LINC+사업단장이 말했다.", ("방성훈", "사업단장", "LINC+사업단")),
    ("김철수 가나은행장은 지원을 약속했다.", ("김철수", "은행장", "가나은행")),
    ("홍길동 가나도지사가 참석했다.", ("홍길동", "도지사", "가나도")),
    # a compound title whose front is no body
    ("백도현 의무원장이 말했다.", ("백도현", "의무원장", None)),
    # a body Kiwi reads as a verb (가온 = 가 + 오 + ㄴ) still stands between name and title
    ("협약식에는 박영수 가온새마을금고 이사장이 참석했다.", ("박영수", "이사장", "가온새마을금고")),
    ("최영희 누리미술관 관장과 박영수 가온문화재단 이사장이 참석했다.", ("박영수", "이사장", "가온문화재단")),
    # a gallery (ending 갤러리) after a fused head's item is that item's own body, not carried
    ("최영희 누리미술관장, 박영수 솔마루갤러리 대표가 서명했다.", ("박영수", "대표", "솔마루갤러리")),
    # a name whose last syllable Kiwi cuts as a particle (박다 + 인, 김하 + 은) before a body
    ("이날 박다인 한빛시 부시장이 참석했다.", ("박다인", "부시장", "한빛시")),
    ("협약식에는 김하은 누리대 총장과 한지인 다솜재단 이사장이 참석했다.", ("김하은", "총장", "누리대")),
    ("협약식에는 김하은 누리대 총장과 한지인 다솜재단 이사장이 참석했다.", ("한지인", "이사장", "다솜재단")),
    # a department title glued to its department, the body written between name and title
    ("협약식에는 박영수 오리건대 국제처장이 참석했다.", ("박영수", "국제처장", "오리건대")),
    ("이날 이영희 누리공사 기획조정실장이 참석했다.", ("이영희", "기획조정실장", "누리공사")),
    # a military rank between the head title and the name, or after the name, in an aside
    ("공군 제8전투비행단(단장 준장 홍길동)은 협약을 맺었다.", ("홍길동", "단장", "공군 제8전투비행단")),
    ("육군 제7보병사단(사단장 김철수 소장)은 협약을 맺었다.", ("김철수", "사단장", "육군 제7보병사단")),
    # rule name-latin-org-title: a body written in Latin words between name and title
    ("협약식에는 박영수 AB Korea 대표와 최영희 가온대학교 총장이 참석했다.", ("박영수", "대표", "AB Korea")),
    ("이날 김민수 CD E&M 음악사업부문장이 참석했다.", ("김민수", "음악사업부문장", "CD E&M")),
    ("협약식에는 홍길동 가온군수와 이순신 KT 본부장이 참석했다.", ("이순신", "본부장", "KT")),
    # a bare company name between name and title is the person's body
    ("기업 측에서 한서윤 가람테크 대표와 최민재 다솜소프트 대표 등이 참석했다.", ("최민재", "대표", "다솜소프트")),
    # a vice governor / vice mayor: the province or city is the body, the whole word the title
    ("협약식에는 박정훈 경상남도 행정부지사, 이수민 가나연구원장이 참석했다.", ("박정훈", "행정부지사", "경상남도")),
    ("이날 윤태호 대전광역시 경제부시장과 김하늘 다라대 총장이 서명했다.", ("윤태호", "경제부시장", "대전광역시")),
    ("홍길동 전라남도 정무부지사가 축사를 했다.", ("홍길동", "정무부지사", "전라남도")),
    ("협약식에는 이장우 대전광역시 제1부시장과 박서준 한빛연구원장이 참석했다.", ("이장우", "제1부시장", "대전광역시")),
    ("이날 오후석 경기도 행정2부지사와 김하늘 솔빛대학교 총장이 서명했다.", ("오후석", "행정2부지사", "경기도")),
    # a Latin-script name, with or without its body's abbreviation
    ("이날 가나대 홍길동 총장과 Daniel K. Morgan LTC 총장이 서명했다.", ("Daniel K. Morgan", "총장", "LTC")),
    ("Sarah Lim 총장은 인사말을 했다.", ("Sarah Lim", "총장", None)),
    # titles of schools, temples, ships and law firms
    ("협약식에는 김가람 누리고등학교 교감이 참석했다.", ("김가람", "교감", "누리고등학교")),
    ("박누리 가람함 함장은 협력을 약속했다.", ("박누리", "함장", "가람함")),
    ("이다솜 누리법무법인 대표변호사가 서명했다.", ("이다솜", "대표변호사", "누리법무법인")),
    ("이다솜 다솜호텔 총지배인이 참석했다.", ("이다솜", "총지배인", "다솜호텔")),
    ("가람소방서 119구조대 김가온 구조대장은 말했다.", ("김가온", "구조대장", "가람소방서 119구조대")),
    # rule aside after a body written in two Latin words
    ("AB CDE(대표 허가람)는 17일 누리기금과 업무협약을 체결했다.", ("허가람", "대표", "AB CDE")),
    # rule title-foreign-name: a foreign name right after the title
    ("오클랜드대 총장 데이비드 스미스는 교류를 약속했다.", ("데이비드 스미스", "총장", "오클랜드대")),
    ("호라이즌대 총장 John Carter는 교류를 약속했다.", ("John Carter", "총장", "호라이즌대")),
    # ... closed by the comma of a list
    ("호라이즌대 총장 John Carter, 누리대 총장 김가람 등이 참석했다.", ("John Carter", "총장", "호라이즌대")),
    ("미국 오클랜드대 총장 데이비드 리 스미스, 누리대 총장 김가람 등이 참석했다.",
     ("데이비드 리 스미스", "총장", "오클랜드대")),
    # rule latin-name-org-title: a Latin name before a body written in Hangul
    ("협약식에는 김가람 총장과 John Carter 호라이즌대 총장이 참석했다.", ("John Carter", "총장", "호라이즌대")),
    ("이날 Nguyen Van Minh 하노이국립대 총장이 참석했다.", ("Nguyen Van Minh", "총장", "하노이국립대")),
    # rule latin-name-latin-body: a Latin name, then the body's whole Latin name
    ("협약식에는 김가람 총장과 John Carter Horizon University 총장이 참석했다.",
     ("John Carter", "총장", "Horizon University")),
    ("Daniel K. Morgan Lakeshore Technical College 총장이 서명했다.",
     ("Daniel K. Morgan", "총장", "Lakeshore Technical College")),
    # the head of a department speaks for the body written before it
    ("행사를 지켜본 충청남도 관광진흥과 박서연 과장은 좋은 사례라고 말했다.", ("박서연", "과장", "충청남도")),
    ("협약식을 지켜본 경상북도 산림자원과 이도윤 과장은 기대가 크다고 말했다.", ("이도윤", "과장", "경상북도")),
    # a common word between name and title qualifies the title; it is no body ("신임" reads
    # like a name: 신 + 임)
    ("홍길동 신임 사장은 협약식에서 인사말을 했다.", ("홍길동", "사장", None)),
    # a foreign body whose last word never ends a name ("코리아") takes both words
    ("데이비드 브라운 엔비디아 코리아 대표와 김가람 누리대 총장은 협약을 체결했다.",
     ("데이비드 브라운", "대표", "엔비디아 코리아")),
    # rule dotted: names joined by a middle dot share the title (and body) after them
    ("협약식에는 이한결·정다솜 한빛모빌리티 공동대표가 참석했다.", ("정다솜", "공동대표", "한빛모빌리티")),
    ("이날 가온대학교 박해솔·최한별 교수가 발표했다.", ("최한별", "교수", "가온대학교")),
    # titles of a newspaper's, a church's, a clinic's and an office's people
    ("협약식에는 이한결 가온일보 발행인과 최다솜 한빛재단 사무총장이 참석했다.", ("이한결", "발행인", "가온일보")),
    ("최다솜 관장과 박누리 담임목사가 참석했다.", ("박누리", "담임목사", None)),
    ("이날 김한솔 가온치과 대표원장이 서명했다.", ("김한솔", "대표원장", "가온치과")),
    ("가온시 일자리정책과 정하늘 주무관이 사업을 설명했다.", ("정하늘", "주무관", "가온시")),
    # rule glued-latin-title: a name written together with a title in Latin capitals
    ("이날 가온방송 박누리CEO가 참석했다.", ("박누리", "CEO", "가온방송")),
    ("좌측부터 가온TV 김가람PD, 누리방송 이한결 팀장.", ("김가람", "PD", None)),
    # a given name Kiwi knows, then a family name with no foreign syllable, after the body
    ("호라이즌대 마이클 존슨 총장은 교류를 확대하겠다고 말했다.", ("마이클 존슨", "총장", "호라이즌대")),
    # a foreign given name that ends like a city is no place of the fused body
    ("협약식에는 김가람 가온시장과 다나카 히로시 오사카시장이 참석했다.", ("다나카 히로시", "시장", "오사카시")),
    # a one-syllable given name after the body, beside a family name no Korean has
    ("김가람 시장은 한빛전자 존 스미스 대표와 협약서에 서명했다.", ("존 스미스", "대표", "한빛전자")),
    # 이날 opens the phrase: it is no part of the name after it
    ("이날 김솔 가온협동조합 이사장이 서명했다.", ("김솔", "이사장", "가온협동조합")),
    ("이날 레 꾸옥 바오 하노이대학교 총장이 참석했다.", ("레 꾸옥 바오", "총장", "하노이대학교")),
    # rule name-after-bare-body: a two-syllable name between a bare company word and the title
    ("협약식에는 가온시장과 솔빛테크 이준 대표가 참석했다.", ("이준", "대표", "솔빛테크")),
    ("협약식에는 누리텍 홍담 차장이 참석했다.", ("홍담", "차장", "누리텍")),
    # rule acting-for-head: the deputy standing in for a head whose title swallowed the body
    ("가온시장 권한대행인 이솔빛 부시장은 서명했다.", ("이솔빛", "부시장", "가온시")),
    # … told as a clause, the body written before the head's title
    ("가온시장 권한대행을 맡고 있는 이솔빛 부시장은 말했다.", ("이솔빛", "부시장", "가온시")),
    ("누리재단 이사장 직무대행을 맡은 김다온 상임이사는 말했다.", ("김다온", "상임이사", "누리재단")),
    ("협약식에는 누리구청장 권한대행 최윤서 부구청장이 참석했다.", ("최윤서", "부구청장", "누리구청")),
    # a name of four after a compound family name that Kiwi cut (남궁다 + 은): 은 after 다 is
    # no particle, so it ends the name
    ("가온시는 누리군청을 찾아 남궁다은 군수와 협정을 체결했다.", ("남궁다은", "군수", None)),
    # rule company-between: a bare word Kiwi knows as a common noun alone but reads as a
    # proper noun here, between a full name and a foundation's head's title
    ("이번 협약식에는 고다율 가온시장, 배람준 빛솔 이사장이 참석했다.", ("배람준", "이사장", "빛솔")),
    # a university's head of continuing education: the title is whole, its institute no body
    ("협약식에는 하다온 누리대 평생교육원장이 참석했다.", ("하다온", "평생교육원장", "누리대")),
]

# foreign names in Hangul beside a company and a body Kiwi reads as a verb, in lists (the
# whole clause's people, in order)
FOREIGN_AND_MISREAD_BODIES = [
    # rule given-then-family: a Western given name (lexicons/western_given_names.txt) and a
    # Korean family name of one syllable between a body and the title are one name
    ("협약식에는 누리테크 제이슨 박 대표와 김다온 가온시장이 참석했다.",
     [("제이슨 박", "대표", "누리테크"), ("김다온", "시장", "가온시")]),
    # … not after a word that says when, nor a Korean name and a stray syllable
    ("이날 제이슨 박 대표가 참석했다.", []),
    ("협약식에는 가온시 김다온 이 과장이 참석했다.", []),
    # rule given-then-foreign-family: a Western given name and a Chinese or Southeast Asian
    # family name (lexicons/diaspora_family_names.txt) before the title are one name
    ("가온랩스의 마이클 탄 대표는 협약에 서명했다.", [("마이클 탄", "대표", "가온랩스")]),
    ("협약식에는 누리테크 데이비드 웡 대표와 김다온 가온시장이 참석했다.",
     [("데이비드 웡", "대표", "누리테크"), ("김다온", "시장", "가온시")]),
    # … a syllable no lexicon knows as a family name: no one, never the given name alone
    ("협약식에는 마이클 쿼 대표가 참석했다.", []),
    # … and a given name alone before the title stays the name it was
    ("협약식에는 마이클 대표가 참석했다.", [("마이클", "대표", None)]),
    # rule japanese-given-name: a given name ending like a city (히로시) after a Japanese
    # family name, between a body and the title, is the name's last word, not a body
    ("협정식에는 누리대 강이안 총장과 누리가오카대학 다나카 히로시 학장이 참석했다.",
     [("강이안", "총장", "누리대"), ("다나카 히로시", "학장", "누리가오카대학")]),
    # … but a Korean name before a city and its head's title stays as it was
    ("협약식에는 누리대 강이안 총장과 김다온 가온시 부시장이 참석했다.",
     [("강이안", "총장", "누리대"), ("김다온", "부시장", "가온시")]),
    # rule transcribed-name-hangul-body: the body's reading took the name's last word (벨리)
    ("협약식에는 김다온 가온시장과 안드레아 벨리 누리코리아 대표가 참석했다.",
     [("김다온", "시장", "가온시"), ("안드레아 벨리", "대표", "누리코리아")]),
    # … but a Korean name or a village before the body stays one word
    ("협약식에는 김다온 가온시장과 박하늘 누리코리아 대표가 참석했다.",
     [("김다온", "시장", "가온시"), ("박하늘", "대표", "누리코리아")]),
    # rule title-transcribed-name: a given name with a transcription's syllable, then a family
    # name of one syllable, after a body's title
    ("협약식에는 솔빛랩 최고기술책임자 데이비드 김, 누리대 김서하 부총장이 참석했다.",
     [("데이비드 김", "최고기술책임자", "솔빛랩"), ("김서하", "부총장", "누리대")]),
    # rule family-as-copula: a family name of one syllable Kiwi reads as the copula (오)
    ("협약식에는 솔빛랩 최고기술책임자 제임스 오, 누리대 김서하 부총장이 참석했다.",
     [("제임스 오", "최고기술책임자", "솔빛랩"), ("김서하", "부총장", "누리대")]),
    # … but a Korean name and a calling after it stays the name
    ("협약식에는 솔빛랩 대표 김다온 교수가 참석했다.", [("김다온", "대표", "솔빛랩")]),
    # rule post-then-rank: a company's post, the name, then the holder's rank in the company
    ("협약식에는 가온대 산학협력단장 박누리 교수, 누리테크 연구소장 최하람 상무가 참석했다.",
     [("박누리", "산학협력단장", "가온대"), ("최하람", "연구소장", "누리테크")]),
    # … but a second title that is no rank still takes the name ("총장 홍길동 회장")
    ("협약식에는 가온대 총장 홍길동 회장이 참석했다.", [("홍길동", "회장", None)]),
    # rule name-quoted-body: a body in quotes between the full name and the title
    ("김다온 누리시장(오른쪽)과 박솔빛 '달빛공방' 대표가 협약서에 서명하고 있다.",
     [("김다온", "시장", "누리시"), ("박솔빛", "대표", "달빛공방")]),
    # … but a quoted phrase before a title with no name before it is no person
    ("이날 '청년 희망' 대표 발언이 이어졌다.", []),
    # a body Kiwi reads as a verb (고운들…: 곱 + 은) before its head's title and name, after an
    # item written body, name, title
    ("협약서에는 누리새 하지나 대표, 고운들영농조합법인 대표 전다겸이 서명했다.",
     [("하지나", "대표", None), ("전다겸", "대표", "고운들영농조합법인")]),
    ("협약서에는 고운들영농조합법인 대표 전다겸이 서명했다.",
     [("전다겸", "대표", "고운들영농조합법인")]),
]


@pytest.mark.parametrize("text, people", FOREIGN_AND_MISREAD_BODIES)
def test_foreign_names_and_bodies_read_as_verbs(text: str, people: list) -> None:
    assert _people(text) == people


# rule name-opens-item: a two-syllable name Kiwi cut (이 + 솔) opens a list item, one bare
# body word before the title
NAMES_OF_TWO_IN_A_LIST = [
    ("협약식에는 김다온 가온시장, 이솔 솔빛테크 대표, 박하늘 누리세미콘 대표가 참석했다.",
     [("김다온", "시장", "가온시"), ("이솔", "대표", "솔빛테크"), ("박하늘", "대표", "누리세미콘")]),
    ("협약식에는 이솔 솔빛테크 대표가 참석했다.", [("이솔", "대표", "솔빛테크")]),
]


@pytest.mark.parametrize("text, people", NAMES_OF_TWO_IN_A_LIST)
def test_a_name_of_two_syllables_opens_a_list_item(text: str, people: list) -> None:
    assert _people(text) == people


# rule co-holders: the second holder of one title takes the first one's title and body
CO_HOLDERS = [
    ("협약서에는 다라바이오 공동대표 정하늘·김누리가 서명했다.",
     [("정하늘", "공동대표", "다라바이오"), ("김누리", "공동대표", "다라바이오")]),
    ("협약식에는 다라바이오 공동대표 정하늘·김누리 씨가 참석했다.",
     [("정하늘", "공동대표", "다라바이오"), ("김누리", "공동대표", "다라바이오")]),
    # (the body before the first name is linked by the article's parties, not the clause)
    ("다라바이오 정하늘과 김누리 공동대표는 기쁘다고 말했다.",
     [("정하늘", "공동대표", None), ("김누리", "공동대표", None)]),
    # not: two names and no title, a real comma, a title of its own after the second name,
    # a title not held jointly after names joined by 과
    ("협약식에는 정하늘·김누리 씨가 참석했다.", []),
    ("협약식에는 정하늘과 김누리가 참석했다.", []),
    ("협약식에는 다라바이오 공동대표 정하늘, 김누리 씨가 참석했다.",
     [("정하늘", "공동대표", "다라바이오")]),
    ("협약식에는 다라바이오 대표 정하늘·김누리 이사가 참석했다.",
     [("정하늘", "대표", "다라바이오"), ("김누리", "이사", "다라바이오")]),
    ("협약식에는 다라바이오 공동대표 정하늘·가온시 부시장 김누리가 참석했다.",
     [("정하늘", "공동대표", "다라바이오"), ("김누리", "부시장", "가온시")]),
    ("다라바이오 정하늘과 김누리 대표는 기쁘다고 말했다.", [("김누리", "대표", None)]),
    ("협약식에는 박솔 가온시장과 김누리 공동대표가 참석했다.",
     [("박솔", "시장", "가온시"), ("김누리", "공동대표", None)]),
]


# rule adjective-company: a glued word Kiwi reads as an adjective and a noun between a full
# name and a company head's title is the company
ADJECTIVE_COMPANY = [
    ("협약식에는 김다온 푸른숲 대표가 참석했다.", [("김다온", "대표", "푸른숲")]),
    ("김다온 작은별 대표는 기쁘다고 말했다.", [("김다온", "대표", "작은별")]),
    ("김다온 푸른숲 대표, 이하늘 가온시 부시장이 참석했다.",
     [("김다온", "대표", "푸른숲"), ("이하늘", "부시장", "가온시")]),
    # rule body-before-officer: a bare word before a Latin officer title is the company,
    # even one Kiwi reads as a common noun
    ("한가온 누보 CEO는 기대가 크다고 말했다.", [("한가온", "CEO", "누보")]),
    # … not a word that qualifies the title
    ("협약식에는 김다온 공동 CEO가 참석했다.", [("김다온", "CEO", None)]),
    # not: an adjective alone, two words
    ("협약식에는 김다온 새로운 대표가 참석했다.", []),
    ("협약식에는 김다온 좋은 대표가 참석했다.", []),
]


@pytest.mark.parametrize("text, people", ADJECTIVE_COMPANY)
def test_a_company_read_as_an_adjective_between_name_and_head(text: str, people: list) -> None:
    assert _people(text) == people


@pytest.mark.parametrize("text, people", CO_HOLDERS)
def test_co_holders_of_one_title(text: str, people: list) -> None:
    assert _people(text) == people


@pytest.mark.parametrize("text", [
    "협약식에는 가공 소재 공정 가온연구단장이 참석했다.",  # common nouns of a long title
    "협약식에는 소재 분야 단장이 참석했다.",
    "협약식에는 김장 솔빛테크 대표가 참석했다.",          # 김장 (kimchi-making): no name
    "협약식에는 솔빛테크 김장 대표가 참석했다.",
    "협약식에는 가온시장과 솔빛테크 최근 대표가 참석했다.",
    "협약식에는 솔빛테크 정부 대표가 참석했다.",
    "협약식에는 솔빛테크 한편 이사가 참석했다.",
    "협약식에는 이번 솔빛테크 대표가 참석했다.",
    "남궁다는 군수와 협정을 체결했다.",                  # 는 after 다 is the particle
])
def test_a_word_of_two_syllables_near_a_body_is_no_name(text: str) -> None:
    assert [p for p in _people(text) if p[1] != "시장"] == []


@pytest.mark.parametrize("text", ["협약식에는 김다온 신임 대표가 참석했다.",
                                  "협약식에는 김다온 공동 대표가 참석했다."])
def test_a_qualifier_of_the_title_is_no_company(text: str) -> None:
    assert _people(text) == [("김다온", "대표", None)]


def test_a_title_that_goes_on_into_the_word_is_not_unglued() -> None:
    # "대표이사는": 이사는 is no name glued after 대표; "가온테크노파크": 노파크 is no name either
    assert _people("홍길동 한빛전자 대표이사는 말했다.") == [("홍길동", "대표이사", "한빛전자")]
    assert _people("김누리 가온테크노파크 원장이 참석했다.") == [("김누리", "원장", "가온테크노파크")]


@pytest.mark.parametrize("text", [
    "가나진흥원은 부산 벡스코 제2전시장 오디토리움에서 포럼을 열었다.",   # a place and a hall
    "Google Korea 대표는 참석했다.",     # a Latin body's name, no person
    "Nuri Global Bank 대표가 참석했다.",
    "가나공사는 대구 엑스코 제3전시장 그랜드홀에서 박람회를 열었다.",
    "참석자는 김다래, 홍길동, 가온시장 등이다.",     # a name inside a list of names keeps no title after it
    # a time word is no name, though it opens like a family name (지 + 난해, 연 + 말)
    "가온군수 자리는 지난해 9월 전임 군수의 사직으로 비어 있다.",
    # a title before a word of choosing is the office, not a person (회장 + 선거)
    "누리체육회는 이날 온라인으로 회장 선거를 치렀다.",
    # Korea before a body whose head goes unnamed is a country, not a foreign family name
    "협약식에는 가온군수, 대한민국 가온재단 이사장이 참석했다.",
    "협약식에는 가온군수, 유럽 가온재단 이사장이 참석했다.",     # a region of the world too
    # a group named by what it does is no name, though it opens like one (추 + 진단)
    "이날 가온시 시장, 단계별 추진단 단장이 서명했다.",
    # an acting post written with a space ("권한 대행") has no name in it (권 + 한)
    "누리지부 사무처장 권한 대행을 맡은 부처장이 참석했다.",
    # the signature is no name (서 + 명, 서 + 명은)
    "협약서 서명은 양 기관장이 했다.",
    # rule market-not-mayor: 시장 after goods, a service or an industry is a market (반 + 려동물
    # reads like a name two words before it)
    "반려견 간식 시장에서는 가람펫과 누리펫이 1, 2위를 다툰다.",
    "반려동물 시장은 해마다 커지고 있다.",
    "가온시의 건설 시장은 얼어붙었다.",
    # rule listed-foreign-in-aside: a listed given name beside no listed family name
    "누리상회(대표 가온 히로시)와 협약을 맺었다.",
    # rule dharma-name-aside: an acting word between the post and 스님 is no dharma name
    "솔빛사(주지 대행 스님)는 협약을 맺었다.",
    # rule church-name-calling: no church before the name, so a bare calling stays no title
    "협약식에는 김누리 목사가 참석했다.",
    # a listed company's share price with its particle (주 + 가는), before a market
    "가온정밀 주가는 이날 코스닥시장에서 8.2% 올랐다.",
    "누리전자 주가도 이날 유가증권시장에서 3% 올랐다.",
    # rule hyphenated-given-name: a hyphen only inside a given name after the family name,
    # not in a Latin brand that opens with it
    "누리센터는 Well-being Korea와 협약을 맺었다.",
])
def test_no_person(text: str) -> None:
    assert _people(text) == []


@pytest.mark.parametrize("text, people", [
    # rule verb-before-skipped-words: a noun made a verb by 하 ("봉독한", 봉 + 독한 reads like
    # a name) with words skipped before the title is the clause's verb, no name
    ("시편 말씀을 봉독한 뒤 노회장 최솔빛 목사가 설교했다.", [("최솔빛", "노회장", None)]),
    ("경과를 보고한 뒤 회장 박누리 장로가 인사했다.", [("박누리", "회장", None)]),
    # (negative: a name of that shape before a body or a long title stays the name)
    ("협약식에는 김지한 가온대 총장이 참석했다.", [("김지한", "총장", "가온대")]),
    ("김지한 산학협력 교수가 말했다.", [("김지한", "교수", None)]),
])
def test_a_verb_of_하_before_skipped_words_is_no_name(text: str, people: list) -> None:
    assert _people(text) == people


@pytest.mark.parametrize("text, people", [
    # rule descriptor-body: 국립대 (국 + 립대) names a kind of body, never a person; the word
    # before it is the body's own name
    ("가온대 총장과 마르코 벨리니 솔바노 국립대 총장이 서명했다.", [("마르코 벨리니", "총장", "솔바노 국립대")]),
    ("협약식에는 김가람 시립대 총장이 참석했다.", [("김가람", "총장", "시립대")]),
    ("협약식에는 이시립 총장이 참석했다.", [("이시립", "총장", None)]),
])
def test_a_founders_descriptor_with_a_body_ending_is_no_name(text: str, people: list) -> None:
    assert _people(text) == people


@pytest.mark.parametrize("text, person", [
    # rule title-spelled-name: a body and title, then a foreign name in Hangul closed by its
    # Latin spelling in brackets, or a name in Latin words closing the phrase
    ("협약식에는 솔내바이오 대표 하랄트 뮐베크(Harald Muelbeck)가 참석했다.", ("하랄트 뮐베크", "대표", "솔내바이오")),
    ("이날 가온모빌리티 대표이사 사장 소피 랑글루아(Sophie Langlois)는 인사말을 했다.",
     ("소피 랑글루아", "대표이사 사장", "가온모빌리티")),
    ("협약식에는 노르벤 마리테크 유럽본부장 Lars Ekdahl이 참석했다.", ("Lars Ekdahl", "유럽본부장", "노르벤 마리테크")),
])
def test_a_foreign_name_after_its_body_and_title(text: str, person: tuple[str, str, str]) -> None:
    assert _people(text) == [person]


@pytest.mark.parametrize("text, second", [
    # rule joined-colleague: the body written before the first name holds the person joined
    # by 과 when the title can head one of its kind; a title of another kind stays free
    ("협약식에는 가온문화재단 문채원 이사장과 하은솔 사무국장, 김가람 누리협회장이 참석했다.",
     ("하은솔", "사무국장", "가온문화재단")),
    ("협약식에는 가람대 김누리 총장과 박하늘 시장이 참석했다.", ("박하늘", "시장", None)),
])
def test_a_colleague_joined_by_과_shares_the_body_written_before(text: str, second: tuple) -> None:
    assert _people(text)[1] == second


def test_a_latin_name_before_a_bare_place_and_its_heads_title() -> None:
    # rule latin-name-bare-body: the bare word between the Latin name and the title is the
    # body; rule place-before-head: before a mayor's title written apart it is the city
    assert _people("협약서에는 김가람 가온시장과 Helga Brandvik 트론스타드 시장이 서명했다.") == [
        ("김가람", "시장", "가온시"), ("Helga Brandvik", "시장", "트론스타드시")]


def test_department_head_of_a_body_written_with_the_name_is_explicit() -> None:
    text = "행사를 지켜본 충청남도 관광진흥과 박서연 과장은 좋은 사례라고 말했다."
    assert [p.explicit for p in find_people(clause(Sentence(0, len(text), text)))] == [True]


@pytest.mark.parametrize("text, person", PEOPLE)
def test_person(text: str, person: tuple[str, str, str | None]) -> None:
    assert person in _people(text)


@pytest.mark.parametrize("text, names", [
    # rule known-given-opens-name: no company word or loanword in the name, no one else read
    ("협약식에는 비오넥스 클라우스 베버 대표가 참석했다.", ["클라우스 베버"]),
    ("이번 프로그램 요나스 베르크 대표는 말했다.", ["요나스 베르크"]),
    ("협약식에는 비오넥스 존 스미스 대표가 참석했다.", ["존 스미스"]),
    # (negative: no name where no given name opens one, nor in a company word alone)
    ("비오넥스 마리아 엘레나 로페즈 대표는 말했다.", ["마리아 엘레나 로페즈"]),
    ("이번 프로그램 대표는 말했다.", []),
    ("협약식에는 김다온 가온시장과 쩐 티 마이 비오넥스 대표가 참석했다.", ["김다온", "쩐 티 마이"]),
    ("이번 사업 응우옌 반 훙 대표는 말했다.", []),
    ("협약식에는 솔렌텍 홍다온 대표가 참석했다.", ["홍다온"]),
])
def test_known_given_opens_name_reads_no_one_else(text: str, names: list[str]) -> None:
    assert [p[0] for p in _people(text)] == names


@pytest.mark.parametrize("text, person", [
    # rule fused-overlap: the body written in full before a title that begins like its ending
    # (의회 + 의장, 협의회 + 회장, 센터 + 센터장 …) is that body, not the body and the ending again
    ("협약식에는 박하늘 누리구의회의장이 참석했다.", ("박하늘", "의장", "누리구의회")),
    ("협약식에는 주다온 가람시의회의장이 참석했다.", ("주다온", "의장", "가람시의회")),
    ("협약식에는 서누리 솔빛환경협의회회장이 참석했다.", ("서누리", "회장", "솔빛환경협의회")),
    ("협약식에는 한가람 누리축제운영위원회위원장이 참석했다.", ("한가람", "위원장", "누리축제운영위원회")),
    ("협약식에는 문하린 가온해양연구원원장이 참석했다.", ("문하린", "원장", "가온해양연구원")),
    ("협약식에는 오세진 다온청소년센터센터장이 참석했다.", ("오세진", "센터장", "다온청소년센터")),
    ("협약식에는 변도윤 솔내영농조합조합장이 참석했다.", ("변도윤", "조합장", "솔내영농조합")),
    ("협약식에는 표하람 가람교육청교육감이 참석했다.", ("표하람", "교육감", "가람교육청")),
    ("협약식에는 진소율 국방부장관이 참석했다.", ("진소율", "장관", "국방부")),
])
def test_a_body_written_whole_before_its_heads_title_is_not_doubled(
        text: str, person: tuple[str, str, str]) -> None:
    assert person in _people(text)


def test_the_head_of_a_council_written_whole_speaks_for_it_under_the_title_alone() -> None:
    text = ("누리구의회와 가온대학교는 10일 의정 연수 협약을 체결했다. 협약식에는 박하늘 누리구의회의장과 "
            "김철수 가온대학교 총장이 참석했다.")
    (agreement,) = extract(Article("t", text)).agreements
    assert ("박하늘", "의장", "누리구의회") in [
        (p.name, p.title, p.organisation) for p in agreement.representatives]


def test_carry_along_a_list() -> None:
    text = "(사)가나협회의 홍길동 회장, 김영희 부회장, 이철수 사무국장과 다라대학교 박민수 총장, 최지훈 산학협력단장이 참석했다."
    found = {name: org for name, _, org in _people(text)}
    assert found["김영희"] == "가나협회" and found["이철수"] == "가나협회"
    assert found["박민수"] == "다라대학교" and found["최지훈"] == "다라대학교"


@pytest.mark.parametrize("text, expected", [
    # rule fused-carries: a body of its own fused into the title heads the list after it
    ("왼쪽부터 가람대 홍길동 교수, 김누리 (사)다온연구개발협의회장, 박하늘 사무국장.",
     {"김누리": "다온연구개발협의회", "박하늘": "다온연구개발협의회"}),
    # a university's unit fused into the title does not ("창업보육센터" is the 가람대's)
    ("왼쪽부터 가람대 홍길동 교수, 김누리 창업보육센터장, 박하늘 학생지원처장.",
     {"김누리": "창업보육센터", "박하늘": "가람대"}),
])
def test_a_body_fused_into_a_title_carries_along_the_list(text: str, expected: dict) -> None:
    found = {n: o for n, _, o in _people(text)}
    assert {n: found[n] for n in expected} == expected


def test_topic_carries_to_the_list() -> None:
    found = {n: o for n, _, o in _people("가나협의회는 강태민 회장, 윤서아 총무이사가 참여했다.")}
    assert found == {"강태민": "가나협의회", "윤서아": "가나협의회"}


def test_a_department_head_stays_in_a_delegation_list() -> None:
    # "기획처장": the 기획처 is a department of the delegation's body, not a body of its own
    found = {n: o for n, _, o in _people(
        "가온시에서는 홍길동 시장과 박가람 복지국장이, 누리대에서는 김누리 총장과 최다온 기획처장이 참석했다.")}
    assert found["최다온"] == "누리대" and found["박가람"] == "가온시"


def test_a_delegation_carries_to_its_list() -> None:
    text = ("이번 협약식에는 가람대에서는 홍길동 총장, 김철수 연구부총장, 이영희 연구 산학 처장, "
            "박민수 분자 소재 차세대인재양성단장, 최영수 우주 항공공학과 학과장, 정수진 우주 항공공학과 교수가 참석했다.")
    found = {name: (title, carried) for name, title, carried in _carried(text)}
    # the title is the whole item after the name, as the article gives it (GUIDELINES)
    assert found == {"홍길동": ("총장", "가람대"), "김철수": ("연구부총장", "가람대"),
                     "이영희": ("연구 산학 처장", "가람대"),
                     "박민수": ("분자 소재 차세대인재양성단장", "가람대"),
                     "최영수": ("우주 항공공학과 학과장", "가람대"),
                     "정수진": ("우주 항공공학과 교수", "가람대")}   # no "소재"


def test_a_delegation_list_goes_on_after_a_title_joined_by_과() -> None:
    text = "누리대 측에서는 박누리 총장과 김다솜 의무부총장이, 한빛병원 측에서는 이한빛 병원장이 참석했다."
    found = {name: (title, carried) for name, title, carried in _carried(text)}
    assert found == {"박누리": ("총장", "누리대"), "김다솜": ("의무부총장", "누리대"),
                     "이한빛": ("병원장", "한빛병원")}


@pytest.mark.parametrize("title", ["부위원장", "부센터장", "부본부장", "부의장", "부청장", "부조합장"])
def test_a_deputy_title_names_no_body_of_its_own(title: str) -> None:
    # "부위원장" is a deputy chair, not the chair of a "부위원회"
    assert _people(f"협약식에는 홍길동 {title}이 참석했다.") == [("홍길동", title, None)]


@pytest.mark.parametrize("text, expected", [
    # rule delegations-listed: two delegations or more, each marked 에서 (a side's, 쪽 too, or a
    # bare body's), each list of names of any script going to the body before it
    ("협약식에는 화윤전자 측에서 왕 웨이 대표, 저우 린 부총경리가, 솔렌텍에서 김다온 대표가 참석했다.",
     {"왕 웨이": "화윤전자", "저우 린": "화윤전자", "김다온": "솔렌텍"}),
    ("협약식에는 미도리정공에서 다나카 히로시 사장, 사토 유키 부장이, 다온전자에서 강보람 대표가 참석했다.",
     {"다나카 히로시": "미도리정공", "사토 유키": "미도리정공", "강보람": "다온전자"}),
    ("이 자리에는 한빛물산 쪽에서 한가온 사장, 서누리 상무가, 누리시에서 윤다솜 부시장이 참석했다.",
     {"한가온": "한빛물산", "서누리": "한빛물산", "윤다솜": "누리시"}),
    # NOT: places, rooms and a single hall marked 에서 head no delegation
    ("서울에서 김다온 대표가, 부산에서 박누리 대표가 참석했다.", {"김다온": None, "박누리": None}),
    ("현장에서 김다온 대표가, 본사에서 박누리 이사가 각각 서명했다.", {"김다온": None, "박누리": None}),
    ("오전에는 회의실에서 김다온 대표가, 오후에는 강당에서 박누리 이사가 발표했다.",
     {"김다온": None, "박누리": None}),
    ("가온시청에서 김다온 시장과 박누리 대표가 서명했다.", {"김다온": None, "박누리": None}),
])
def test_each_delegation_listed_heads_the_names_after_it(text: str, expected: dict) -> None:
    found = {name: carried for name, _, carried in _carried(text)}
    assert found == expected


@pytest.mark.parametrize("text, expected", [
    # rule town-read-as-verb: a township Kiwi reads as 면 "if" (a verb, or a noun with the
    # copula's 면) before a head's title fused with its body is the place the body serves
    ("구다솜 달보면 새마을부녀회장과 방하람 솔내면 새마을부녀회장은 말했다.",
     [("구다솜", "회장", "달보면 새마을부녀회"), ("방하람", "회장", "솔내면 새마을부녀회")]),
    ("협약식에는 표한결 새내면 이장협의회장 등 30여명이 참석했다.",
     [("표한결", "회장", "새내면 이장협의회")]),
    ("현보람 들내면 노인회장은 \"어르신 건강을 챙기겠다\"고 했다.", [("현보람", "회장", "들내면 노인회")]),
    ("협약서에는 성다은 오내면 체육회장과 이한빛 가람대학교 총장이 서명했다.",
     [("성다은", "회장", "오내면 체육회"), ("이한빛", "총장", "가람대학교")]),
    # NOT: a real conditional before a bare title stays a verb, and names no one
    ("비가 오면 회장은 행사를 미룬다.", []),
    ("협약을 맺으면 이사장이 직접 서명한다.", []),
    ("학생이면 회장도 될 수 있다.", []),
])
def test_a_township_read_as_if_before_its_bodys_head(text: str, expected: list) -> None:
    assert _people(text) == expected


def test_a_side_marked_측에서_heads_its_delegation() -> None:
    text = "가람재단 측에서 김가람 이사장, 박한솔 사무총장이, 누리병원 측에서 박누리 병원장이 참석했다."
    found = {name: carried for name, _, carried in _carried(text)}
    assert found == {"김가람": "가람재단", "박한솔": "가람재단", "박누리": "누리병원"}


@pytest.mark.parametrize("text, expected", [
    # rule side-delegation: a body's side, bare or as the topic, heads the names after it
    ("가온테크 측은 한가람 대표이사가, 누리병원 측은 박누리 병원장이 참석해 서명했다.",
     {"한가람": "가온테크", "박누리": "누리병원"}),
    ("협약에는 가온테크 측 한가람 대표와 박누리 가온시장이 서명했다.", {"한가람": "가온테크", "박누리": None}),
    # NOT: a side that is no body's name heads nothing
    ("상대 측 한가람 대표가 서명했다.", {"한가람": None}),
])
def test_a_side_측_heads_the_names_after_it(text: str, expected: dict[str, str | None]) -> None:
    assert {name: carried for name, _, carried in _carried(text)} == expected


def _carried(text: str) -> list[tuple[str, str, str | None]]:
    return [(p.name, p.title, p.carried)
            for p in find_people(clause(Sentence(0, len(text), text)))]


def test_a_particle_ends_the_list() -> None:
    found = {n: o for n, _, o in _people("가나대 한재윤 총장, 박민수 부총장과 엄태규 대표가 참석했다.")}
    assert found["박민수"] == "가나대" and found["엄태규"] is None


@pytest.mark.parametrize("text, bodies", [
    ("가나대 한재윤 총장과 다라, 마바 등 두 개 기업의 엄태규 대표이사가 참석했다.", ["다라", "마바"]),
    ("가람·누리·다솜 3사의 홍길동 대표이사가 서명했다.", ["가람", "누리", "다솜"]),
])
def test_one_head_of_several_bodies_speaks_for_each(text: str, bodies: list[str]) -> None:
    found = [o for _, _, o in _people(text) if o not in ("가나대",)]
    assert found == bodies


def test_a_single_place_marked_with_에서_is_the_venue_not_a_delegation() -> None:
    found = {n: o for n, _, o in _people("누리시청에서 홍길동 시장과 김철수 가람전자 대표가 서명했다.")}
    assert found == {"홍길동": None, "김철수": "가람전자"}


def test_a_word_in_a_delegation_title_is_no_name() -> None:
    names = [n for n, _, _ in _people(
        "가람대에서는 홍길동 총장, 성민우 소재 및 부품인력사업단장이 참석했다.")]
    assert names == ["홍길동", "성민우"]


@pytest.mark.parametrize("text, name", [
    ("홍길동 스마트팜 대표가 참석했다.", "홍길동"),         # a Korean name and a body
    ("이날 지역 스마트 팜 대표가 참석했다.", None),          # nothing sets a name off
])
def test_foreign_reading_needs_a_foreign_name(text: str, name: str | None) -> None:
    assert [n for n, _, _ in _people(text)] == ([name] if name else [])


def test_a_district_head_speaks_for_the_district_written_without_구청() -> None:
    rank, _ = title_of("구청장")  # type: ignore[misc]
    assert rank.fits("가람구", None) and rank.fits("가람구청", None)
    assert not rank.fits("가람시", None)


def test_a_calling_with_its_particle_is_no_name_for_the_next_title() -> None:
    names = [n for n, _, _ in _people("가람대학교 총장 홍길동 박사와 누리시장 김철수가 서명했다.")]
    assert names == ["홍길동", "김철수"]


# rule shared-ending: one title that swallows its body's ending closes a caption's list of
# "name + short name" items; each head speaks for their short name as written (GUIDELINES: the
# form the text has), a region's name for the body the title names (its bare form an alias)
SHARED_ENDING = [
    ("왼쪽부터 홍길동 가람, 김철수 누리, 이영희 다솜 은행장.",
     [("홍길동", "은행장", "가람"), ("김철수", "은행장", "누리"), ("이영희", "은행장", "다솜은행")]),
    # the last body fused into the title, no space after the commas
    ("사진 왼쪽부터 김다온 솔빛,박솔내 다온,이한결 한결저축은행장,최가온 상의 부회장.",
     [("김다온", "은행장", "솔빛"), ("박솔내", "은행장", "다온"), ("이한결", "은행장", "한결저축은행")]),
    # a kind word fused into the title after the last short name
    ("(왼쪽부터) 김다온 솔빛, 박솔내 가람, 이한결 누리 저축은행장",
     [("김다온", "은행장", "솔빛"), ("박솔내", "은행장", "가람"), ("이한결", "은행장", "누리저축은행")]),
    # regions as the banks' names, the last one fused
    ("왼쪽부터 김다온 충북, 박솔내 강원, 이한결 경기은행장이 협약서를 들고 있다.",
     [("김다온", "은행장", "충북은행"), ("박솔내", "은행장", "강원은행"), ("이한결", "은행장", "경기은행")]),
    # NOT: a region before a list closed by a kind of bank it may not be (누리저축은행)
    ("왼쪽부터 김다온 충북, 박솔내 가람, 이한결 누리저축은행장.",
     [("박솔내", "은행장", "가람"), ("이한결", "은행장", "누리저축은행")]),
    # a bank named by a common word (누리, 가온, 국민) closes the list; only a kind of bank
    # fused before the title (저축, 지방, 시중) names none
    ("왼쪽부터 김다온 솔빛, 박솔내 누리은행장.",
     [("김다온", "은행장", "솔빛"), ("박솔내", "은행장", "누리은행")]),
    # a name Kiwi splits before a copula's 인 ("옥다인" -> 옥다 + 인) is still a name
    ("왼쪽부터 옥다인 솔빛,박솔내 가람,이한결 가온은행장.",
     [("옥다인", "은행장", "솔빛"), ("박솔내", "은행장", "가람"), ("이한결", "은행장", "가온은행")]),
    # NOT: a kind of bank before the last title names no body, so it closes no list
    ("왼쪽부터 김다온 솔빛, 박솔내 지방은행장.", []),
    ("왼쪽부터 김다온 솔빛, 박솔내 시중은행장.", []),
    # NOT: one name only, no list
    ("이날 홍길동 가람 은행장이 참석했다.", []),
    ("왼쪽부터 김다온 강원 가람은행장.", []),             # a region before a single body
    ("서울·부산 지역 은행장들이 참석했다.", []),         # places, no bodies' names
    ("1·2차 협력사 대표들이 참석했다.", []),
    ("김가온·이누리 이사가 참석했다.", []),              # people's names before one title
    ("왼쪽부터 홍길동 부회장, 김철수 가람은행장.", []),   # a title, not a short name
    ("왼쪽부터 홍길동, 김철수 가람은행장.", []),          # a name alone
    # a calling after a monk's name, after a title
    ("협약식에는 가온문화재단 김다온 이사장, 누리사 주지 원각 스님, 박솔내 누리읍장이 참석했다.", []),
]


@pytest.mark.parametrize("text, heads", SHARED_ENDING)
def test_heads_sharing_one_ending_each_head_their_own_body(
        text: str, heads: list[tuple[str, str, str]]) -> None:
    found = shared_ending_people(clause(Sentence(0, len(text), text)))
    assert [(p.name, p.title, p.org) for p in found] == heads


def test_bare_names_of_a_shared_ending_caption_are_the_counted_parties() -> None:
    text = ("가온무역협회와 4개 지방은행은 12일 업무협약을 체결했다.\n\n왼쪽부터 김다온 충북, "
            "박솔내 가람, 이한결 경기은행장, 최가온 가온무역협회장, 정누리 솔빛, 한보람 미루은행장.")
    (agreement,) = extract(Article("t", text)).agreements
    assert sorted((o.name, o.aliases) for o in agreement.parties if o.name != "가온무역협회") == [
        ("가람", ()), ("경기은행", ()), ("미루은행", ()), ("솔빛", ()), ("충북은행", ("충북",))]
    assert ("박솔내", "가람") in [(p.name, p.organisation) for p in agreement.representatives]


def test_reporters_are_not_people() -> None:
    assert _people("[바다일보 김기자 기자] 가나시는 협약을 체결했다.") == []
    assert _people("홍길동 기자가 보도했다.") == []


@pytest.mark.parametrize("word, ok", [
    ("서하늘", True), ("김찬", True), ("박찬구", True), ("남궁민수", True),
    ("이날", False), ("한국", False), ("상인들", False), ("시민", False), ("솔내면", False), ("가람군", False), ("상인회", False),
    ("서울시회", False), ("경기도청", False), ("하노이", False), ("장로", False), ("장로와", False), ("연구처장", False), ("기획처장", False), ("관계자", False), ("공무원", False), ("주무관", False), ("조민우와", False), ("윤현우과", False), ("조민우", True),
    ("감도윤", True), ("감독관", False), ("감사원", False),
    ("지난해", False), ("연말", False), ("이듬해", False),     # time words
    ("선거", False), ("경선", False), ("취임", False),     # words of choosing a head
    ("추진단", False), ("방문단", False), ("홍보단", False),     # groups
    ("유럽", False), ("남미", False), ("이탈리아", False),     # places of the world
    # a title with the particle Kiwi cut left on is no name (사 + 장이); a name whose first
    # syllables spell a title is one
    ("사장이", False), ("회장은", False), ("총장도", False), ("이사는", False), ("이사랑", True),
])
def test_is_name(word: str, ok: bool) -> None:
    assert is_name(word) is ok


@pytest.mark.parametrize("text, people", [
    # rule body-slot: a company Kiwi reads as common nouns, before a title that heads a
    # company and the name after it, is that person's body; the first person's particle
    # (사장 + 이) makes no name of the title
    ("김다온 가온공사 사장이 오늘 늘솔건설 사장 박솔빛과 협약을 체결했다.",
     [("김다온", "사장", "가온공사"), ("박솔빛", "사장", "늘솔건설")]),
    ("협약식에는 새봄농원 대표 손다래가 참석했다.", [("손다래", "대표", "새봄농원")]),
    # not before a title of another kind: 위원장 heads no company
    ("협약식에는 균형발전 위원장 김다온이 참석했다.", [("김다온", "위원장", None)]),
])
def test_a_body_read_as_common_nouns_before_its_heads_title_and_name(text: str, people: list) -> None:
    assert _people(text) == people


@pytest.mark.parametrize("text, people", [
    # rule descriptor-before-body: a founder's descriptor (국립) between the name and the
    # body of a unit's head is no name, nor part of the body
    ("가온협회 회장 김다온은 이누리 국립 솔빛공대 산학협력단 단장과 협약을 체결했다.",
     [("김다온", "회장", "가온협회"), ("이누리", "단장", "솔빛공대 산학협력단")]),
    ("협약식에는 국립 솔빛대학교 산학협력단 단장이 참석했다.", []),
    # rule country-before-body: the country of a foreign body between a Korean name and the
    # body is no name, and the head is the body's, not the last party's
    ("협약식에는 허다온 가람대학교 총장과 김하람 일본 솔빛대학교 총장이 참석했다.",
     [("허다온", "총장", "가람대학교"), ("김하람", "총장", "솔빛대학교")]),
    ("이날 박누리 베트남 다온대학교 부총장이 협약서에 서명했다.",
     [("박누리", "부총장", "다온대학교")]),
    # …and a Japanese given name the lexicon knows, then the family name, before the country
    ("협약식에는 하지메 오시로 일본 솔빛대학교 총장이 참석했다.",
     [("하지메 오시로", "총장", "솔빛대학교")]),
    ("협약식에는 일본 솔빛대학교 총장이 참석했다.", []),
])
def test_a_descriptor_between_the_name_and_the_body_is_passed_over(text: str, people: list) -> None:
    assert _people(text) == people


@pytest.mark.parametrize("text, people", [
    # rule founder-before-body: a foundation or a corps written apart after the body that
    # founded it is one name with it, between the name and the title
    ("협약식에는 김다온 솔빛신용금고 나눔재단 이사장이 참석했다.",
     [("김다온", "이사장", "솔빛신용금고 나눔재단")]),
    ("협약식에는 김다온 누리은행 장학재단 이사장이 참석했다.",
     [("김다온", "이사장", "누리은행 장학재단")]),
    # … not a body and its branch (rule unit-of), nor a place before the foundation
    ("협약식에는 김다온 누리은행 가온지점 지점장이 참석했다.",
     [("김다온", "지점장", "누리은행 가온지점")]),
])
def test_a_founder_and_its_foundation_are_one_body(text: str, people: list) -> None:
    assert _people(text) == people


@pytest.mark.parametrize("text, people", [
    # rule name-shaped-body: a word shaped like a name opening the sentence or an item, its
    # head's title and a full name closing the item: the word is the body
    ("좌측부터 가온 팀장 이다솜, 하솔초 팀장 임다온, 누리텍 국장 박다온이 참석했다.",
     [("이다솜", "팀장", None), ("임다온", "팀장", "하솔초"), ("박다온", "국장", "누리텍")]),
    ("윤가총 상무이사 배다결은 협약을 통해 성과를 내겠다고 말했다.", [("배다결", "상무이사", "윤가총")]),
    ("▲문다온 가온건설 사장(오른쪽)과 채온 사장 홍별나(왼쪽)가 기념촬영을 하고 있다.",
     [("문다온", "사장", "가온건설"), ("홍별나", "사장", "채온")]),
    # not inside a clause (after 에는), nor before a name with a title of its own
    ("이날 행사에는 김한빛 대표 박누리, 최다온 회장 등이 참석했다.", [("김한빛", "대표", None), ("최다온", "회장", None)]),
    ("왼쪽부터 김한빛 대표 박누리 이사, 최다온 회장.",
     [("김한빛", "대표", None), ("박누리", "이사", None), ("최다온", "회장", None)]),
])
def test_a_word_shaped_like_a_name_opening_an_item_before_title_and_name_is_the_body(
        text: str, people: list) -> None:
    assert _people(text) == people


@pytest.mark.parametrize("text, people", [
    # rule name-cut-as-particle: a name of three keeps the syllable Kiwi cut as a particle
    # where none stands: closing an item or the sentence (고윤 + 도, 김준 + 아, 장채 + 가 before
    # a comma), or before the real particle (전율 + 은은, 남린 + 가가, 송찬 + 은과, 전누 + 람이)
    ("왼쪽부터 솔람은행 은행장 고윤도,가온협회 운영위원장 한율선,솔빛은행 은행장 김준도.",
     [("고윤도", "은행장", "솔람은행"), ("한율선", "운영위원장", "가온협회"), ("김준도", "은행장", "솔빛은행")]),
    ("이 자리에는 가온시 시장 장채가, 누리시 시장 고가온이 참석했다.",
     [("장채가", "시장", "가온시"), ("고가온", "시장", "누리시")]),
    ("가온대학교 총장 전율은은 누리대와 협약을 체결했다.", [("전율은", "총장", "가온대학교")]),
    ("이날 협약식에는 솔빛재단 사무처장 남린가가 참석했다.", [("남린가", "사무처장", "솔빛재단")]),
    ("가온연구원(원장 황다나)과 누리대학교 총장 전누람이 협력에 나선다.",
     [("황다나", "원장", "가온연구원"), ("전누람", "총장", "누리대학교")]),
    # a name of two and a real particle before the verb, 과 joining the next person, or a
    # particle that takes another after it (이준 + 만이: "only")
    ("협약식에는 솔람은행 은행장 이준도 참석했다.", [("이준", "은행장", "솔람은행")]),
    ("협약식에는 솔람은행 은행장 이준과 가온협회 회장 한율선이 참석했다.",
     [("이준", "은행장", "솔람은행"), ("한율선", "회장", "가온협회")]),
    ("총장 이준만이 협약서에 서명했다.", [("이준", "총장", None)]),
    ("총장 이준은 협약서에 서명했다.", [("이준", "총장", None)]),
])
def test_a_name_keeps_the_syllable_read_as_a_particle_where_none_stands(text: str, people: list) -> None:
    assert _people(text) == people


def test_title_then_name() -> None:
    found = _people("가나대학교 총장 홍길동과 다라시장 김철수는 협약서에 서명했다.")
    assert ("홍길동", "총장", "가나대학교") in found
    assert ("김철수", "시장", "다라시") in found


@pytest.mark.parametrize("text, person", [
    ("레 꾸옥 바오 하노이대학교 총장이 참석했다.", ("레 꾸옥 바오", "총장", "하노이대학교")),
    ("협약식에는 데이비드 스미스 하늘대학교 총장이 참석했다.", ("데이비드 스미스", "총장", "하늘대학교")),
    # rule family-like-a-city: a family name of two syllables ending in 시 ("로시") after a
    # transcribed given name is the name's, not a city before the body
    ("협약식에는 데이비드 로시 가온대학교 총장이 참석했다.", ("데이비드 로시", "총장", "가온대학교")),
    ("알레산드라 로시 솔레아 국립대학교 총장과 김다온 가온대학교 총장이 서명했다.",
     ("알레산드라 로시", "총장", "솔레아 국립대학교")),
    # rule family-first: a Vietnamese family name written first, then short given names
    ("협약식에는 홍길동 가온시장과 쩐 티 마이 하노이대학교 부총장이 참석했다.",
     ("쩐 티 마이", "부총장", "하노이대학교")),
    ("이날 누리대 총장과 응우옌 반 흥 꽝닌대학교 총장이 서명했다.", ("응우옌 반 흥", "총장", "꽝닌대학교")),
    # body, then a foreign given name that also reads as a Korean name, then the family name
    ("가온병원 임동훈 원장과 누리병원 마리아 산토스 원장은 MOU에 서명했다.",
     ("마리아 산토스", "원장", "누리병원")),
    # rule foreign-name-foreign-body: a transcribed name, then a foreign body in Hangul
    ("협약식에는 데이비드 브라운 아마존 웹서비스 대표가 참석했다.", ("데이비드 브라운", "대표", "아마존 웹서비스")),
    # rule foreign-surname: a foreign family name alone, set off before the body and title
    ("이날 협약식에는 김누리 가람대 총장과 스미스 오클랜드대 총장이 참석했다.",
     ("스미스", "총장", "오클랜드대")),
    ("슈미트 베를린공대 부총장은 협력을 기대한다고 말했다.", ("슈미트", "부총장", "베를린공대")),
    ("응우옌 다낭시 인민위원장은 교류 확대를 바란다고 말했다.", ("응우옌", "인민위원장", "다낭시")),
    ("바트바야르 몽골 국립의대 총장은 교류 확대를 바란다고 말했다.", ("바트바야르", "총장", "국립의대")),
    # rule foreign-surname-in-body: the body reader took the lone name into the body's name
    ("협약식에는 바트바야르 누리대 총장이 참석했다.", ("바트바야르", "총장", "누리대")),
    ("협약식에는 홍길동 가온시장과 바트바야르 국립누리대학교 총장이 참석했다.",
     ("바트바야르", "총장", "국립누리대학교")),
    ("왕웨이 누리시 인민정부시장은 교류를 약속했다.", ("왕웨이", "인민정부시장", "누리시")),
    ("왕밍 저장성 부성장이 협약서에 서명했다.", ("왕밍", "부성장", "저장성")),
    ("김누리 누리시장과 다나카 사쿠라시장은 협정서에 서명했다.", ("다나카", "시장", "사쿠라시")),
    ("이날 다나카 사쿠라시장이 서명했다.", ("다나카", "시장", "사쿠라시")),
    # two words that both read as names: a four-syllable one is the body ("한결산업" = 한 + 결산업)
    ("김누리 시장을 비롯해 한결산업 이한결 대표가 참석했다.", ("이한결", "대표", "한결산업")),
    # rule company-between: a word no dictionary knows between a full name and a company head
    ("협약식에는 이한결 솔빛 대표가 참석했다.", ("이한결", "대표", "솔빛")),
    # a foundation's head the same way; a list's earlier company is not carried to them
    ("협약식에는 홍길동 가람건설 회장, 이한결 솔빛 이사장이 참석했다.", ("이한결", "이사장", "솔빛")),
    # a transcription's syllables with no ㅡ or tense consonant (페, 엘, 카, 토): a foreign name
    ("이날 김누리 가람대 총장, 로페 엘마리 GNU 총장 등이 참석했다.", ("로페 엘마리", "총장", "GNU")),
    # rule name-shaped-given-name: a given name that reads as a Korean one (마란 = 마 + 란)
    ("이날 김누리 가람대 총장, 마란 비토레 GNU 총장 등이 참석했다.", ("마란 비토레", "총장", "GNU")),
    # a family name Kiwi cuts into odd pieces (a particle and a prefix inside the word)
    ("이날 김누리 가람대 총장, 마사 미란비토 GNU 총장 등이 참석했다.", ("마사 미란비토", "총장", "GNU")),
    # a word that reads as a Korean name but has two syllables no given name has (사 + 에오테)
    ("이날 김누리 가람대 총장, 레노 사에오테 GNU 총장 등이 참석했다.", ("레노 사에오테", "총장", "GNU")),
    # a company's division between its name and the title belongs to the title
    ("협약식에는 김누리 가온시장과 로페 엘마리 Norvia 영업부문 부사장이 참석했다.",
     ("로페 엘마리", "부사장", "Norvia")),
    ("협약식에는 김누리 가온시장과 데이비드 브라운 마이크로소프트 교육사업부문 부사장이 참석했다.",
     ("데이비드 브라운", "부사장", "마이크로소프트")),
    # a body called by its kind only ("재단") sets off the foreign name after it
    ("협약식에는 협회 이가온 회장과 재단 시티 누르하야티 이사장이 참석했다.", ("시티 누르하야티", "이사장", None)),
    ("협약식에는 센터 김가온 센터장과 재단 하산 쿠르트 이사장이 참석했다.", ("하산 쿠르트", "이사장", None)),
    # rule latin-spelled-name: the Latin spelling in brackets ends the name (as many words as
    # it has), the word(s) between it and the title are the body
    ("협약식에는 제니퍼 콜(Jennifer Cole) 메이플폴스 시장이 참석했다.", ("제니퍼 콜", "시장", "메이플폴스")),
    ("이날 마르코 벨리니(Marco Bellini) 누리대학교 총장이 협약서에 서명했다.", ("마르코 벨리니", "총장", "누리대학교")),
    ("올리버 헤이스(Oliver Hayes) 그린포드 시장은 협력을 약속했다.", ("올리버 헤이스", "시장", "그린포드")),
    ("협약식에는 루카 페라리(Luca Ferrari) 토렌토 재단 이사장이 참석했다.", ("루카 페라리", "이사장", "토렌토 재단")),
    ("협약식에는 콜(Cole) 메이플폴스 시장이 참석했다.", ("콜", "시장", "메이플폴스")),
    # with the title right after the bracket no body is written: the whole name, and the body
    # the title's reading finds (here the one before the name), not a word of the name
    ("이날 누리대학교 에밀리 로즈 카터(Emily Rose Carter) 총장이 서명했다.",
     ("에밀리 로즈 카터", "총장", "누리대학교")),
    ("이날 클레어 모건(Claire Morgan) 총장과 김누리 가온대 총장이 서명했다.", ("클레어 모건", "총장", None)),
    # (a body's Latin spelling is no name's: the person after it keeps the body)
    ("이날 누리테크(Nuritech) 김누리 대표가 참석했다.", ("김누리", "대표", "누리테크")),
    ("이날 가람대학교(Garam University) 김누리 총장이 참석했다.", ("김누리", "총장", "가람대학교")),
    # a company head's title in full (최고경영자), its acronym in an aside
    ("하늘테크의 요하네스 슈미트 최고경영자(CEO)는 인사말에서 말했다.",
     ("요하네스 슈미트", "최고경영자", "하늘테크")),
])
def test_foreign_name_in_hangul(text: str, person: tuple[str, str, str]) -> None:
    assert person in _people(text)


@pytest.mark.parametrize("text", [
    # rule latin-spelled-name with the title right after the bracket: a place's or a body's
    # spelling (one word, or a body's or place's word in it) is no person's name
    "이날 메이플폴스(Maplefalls) 시장이 서명했다.",
    "이날 리버턴 카운티(Riverton County) 의장이 서명했다.",
    "이날 가람대학교(Garam University) 총장이 서명했다.",
])
def test_a_places_latin_spelling_before_a_title_is_no_name(text: str) -> None:
    assert _people(text) == []


@pytest.mark.parametrize("text, people", [
    # rule abroad-body-name: after the title of a body written after a country, a name of
    # several Hangul words Kiwi reads as common nouns (rule syllable-cut-inside-name: 로네 +
    # 에 inside it) is a foreign name
    ("협약식에는 미국 솔빛대학교 총장 로네에 베사란베 텔로탄비가 참석했다.",
     [("로네에 베사란베 텔로탄비", "총장", "솔빛대학교")]),
    ("협약식에는 일본 누리대학교 총장 마사란 비로사가 참석했다.", [("마사란 비로사", "총장", "누리대학교")]),
    # a Korean name and a calling after it, or a body written with no country, stay as read
    ("협약식에는 미국 솔빛대학교 총장 김하나 박사가 참석했다.", [("김하나", "총장", "솔빛대학교")]),
    ("협약식에는 미국 솔빛대학교 총장 김하나 씨가 참석했다.", [("김하나", "총장", "솔빛대학교")]),
    ("협약식에는 누리대학교 총장 마사란 비로사가 참석했다.", [("마사란", "총장", "누리대학교")]),
])
def test_a_name_of_hangul_words_after_the_head_of_a_body_abroad(text: str, people: list) -> None:
    assert _people(text) == people


@pytest.mark.parametrize("text, people", [
    # rule one-word-foreign-name after the title: one transcribed word closing the phrase
    ("체결식에는 누리대학교 총장 송다온과 가온대학교 총장 르안텔스가 각각 서명했다.",
     [("송다온", "총장", "누리대학교"), ("르안텔스", "총장", "가온대학교")]),
    ("가온대 총장 르안텔스(左)와 송다온 누리대 총장(右)", [("르안텔스", "총장", "가온대"), ("송다온", "총장", "누리대")]),
    # a word of the title's phrase is no name
    ("협약식에는 가온대학교 총장 일행이 참석했다.", []),
    ("가온대학교 총장 대리인이 서명했다.", []),
])
def test_one_transcribed_word_after_a_bodys_head_is_a_foreign_name(text: str, people: list) -> None:
    assert _people(text) == people


@pytest.mark.parametrize("text, person", [
    # a province or city with a body's word after it (a regional chapter) is no word of a
    # transcribed name: the name is the Korean one before it
    ("협약식에서 가온공사 사장 권다경과 누리협회 장다재 서울시회 회장이 기념촬영을 했다.", ("장다재", "회장", "서울시회")),
    ("협약식에서 누리협회 장다재 경기도회 회장이 참석했다.", ("장다재", "회장", "경기도회")),
])
def test_a_regional_chapter_after_a_name_is_no_word_of_it(text: str, person: tuple) -> None:
    assert person in _people(text)


def test_a_syllable_cut_inside_a_foreign_name_ends_no_list_of_parties() -> None:
    text = ("가온대학교 총장 한다온과 일본 누리대학교 총장 마사란 비로사, 미국 솔빛대학교 총장 "
            "로네에 베사란베 텔로탄비는 25일 협약을 체결했다.")
    # the rules' parties (the learned party scorer adds 비로사: tests/test_parties_learned.py)
    agreement = extract(Article(id="t", text=text), learned_parties=False).agreements[0]
    assert [o.name for o in agreement.parties] == ["가온대학교", "누리대학교", "솔빛대학교"]


def test_common_nouns_before_a_body_are_no_foreign_name() -> None:
    assert _people("이날 행사에는 지역 주민 가람대학교 총장이 참석했다.") == []


@pytest.mark.parametrize("text", [
    "홍길동 공동 대표가 참석했다.",            # an ordinary word before the title is no company
    "홍길동 명예 회장이 참석했다.",
])
def test_an_ordinary_word_before_a_company_head_is_no_company(text: str) -> None:
    assert _people(text) == [("홍길동", text.split()[2][:-1], None)]


@pytest.mark.parametrize("text", [
    "이날 협약식에는 프랑스 리옹대 총장이 참석했다.",           # a country is no family name
    "협약식에는 미국 텍사스 가람대 총장이 참석했다.",           # a place running on into the body
    "협약식에는 삼성 누리병원 원장이 참석했다.",                # a short proper noun is no surname
    "협약식에는 하버드 의과대학 학장이 참석했다.",              # a body's own first word: no name
])
def test_a_country_or_place_before_a_body_is_no_foreign_surname(text: str) -> None:
    assert _people(text) == []


def test_a_body_written_again_glued_to_the_next_name_is_that_persons_body() -> None:
    # rule body-glued-to-name: a typo that glues the body written before to a name
    found = _people("좌측부터 가람TV 김누리 부장, 가람TV박하늘 차장, 누리방송 홍길동 국장.")
    assert ("박하늘", "차장", "가람TV") in found
    assert ("홍길동", "국장", "누리방송") in found


def test_a_common_word_opening_a_caption_item_is_a_body_when_glued_to_a_name_later() -> None:
    # 햇살 is a common word to Kiwi; written glued to the next name it is the list's body
    found = _people("좌측부터 햇살 김누리 부장, 햇살박하늘 차장, 누리방송 홍길동 국장.")
    assert ("김누리", "부장", "햇살") in found


def test_a_calling_before_an_aside_is_no_name() -> None:
    # 장로 reads as 장 + 로; the aside names the committee the elder heads
    found = _people("가람총회 부회장 홍길동 장로(누리위원장)와 김철수 목사가 인사했다.")
    assert [n for n, _, _ in found] == ["홍길동"]


def test_a_foreign_city_before_a_body_is_no_name() -> None:
    # 하노이 reads as a Korean name (하 + 노이); the city lexicon says it is none
    names = [n for n, _, _ in _people("이날 김누리 총장은 하노이 가람빛대학교 총장을 만났다.")]
    assert names == ["김누리"]


def test_a_person_written_with_a_party_keeps_it_when_named_again_by_title_only() -> None:
    text = ("가람대학교 국방학과(학과장 홍길동)와 육군 제9보병사단은 4일 학·군 협약을 체결했다. "
            "협약식에는 김철수 육군 제9보병사단장이 참석했다. "
            "홍길동 국방학과 부장은 \"뜻깊은 협약\"이라고 말했다.")
    (agreement,) = extract(Article("t", text)).agreements
    people = {(p.name, p.organisation) for p in agreement.representatives}
    assert ("홍길동", "육군 제9보병사단") not in people
    assert ("김철수", "육군 제9보병사단") in people


def test_the_officer_of_a_unit_that_does_not_sign_speaks_for_its_signing_parent() -> None:
    text = ("누리건설은 10일 가람시, 한국가람협회와 주거환경 개선 협약을 체결했다. 협약식에는 홍길동 누리건설 "
            "회장, 김철수 가람시장, 이영희 한국가람협회 서울시회 회장이 참석했다.")
    (agreement,) = extract(Article("t", text)).agreements
    assert ("이영희", "서울시회 회장", "한국가람협회") in [
        (p.name, p.title, p.organisation) for p in agreement.representatives]


def test_a_private_head_with_no_body_written_speaks_for_the_party_of_unknown_kind() -> None:
    text = ("가람마트와 누리도는 4일 판로 협약을 체결했다. 협약식에는 가람마트 홍길동 영남지역장과 "
            "누리도 김철수 도지사가 참석했다.")
    (agreement,) = extract(Article("t", text)).agreements
    assert ("홍길동", "가람마트") in [(p.name, p.organisation) for p in agreement.representatives]


def test_a_latin_word_before_an_officer_is_the_party_of_that_name() -> None:
    # rule beside-word: the company written in Latin letters before its regional head
    text = ("Norvia는 4일 누리도와 판로 협약을 체결했다. 협약식에는 Norvia 홍길동 영남지역장과 "
            "누리도 김철수 도지사가 참석했다.")
    (agreement,) = extract(Article("t", text)).agreements
    assert ("홍길동", "Norvia") in [(p.name, p.organisation) for p in agreement.representatives]


@pytest.mark.parametrize("text", [
    # rule former-post: a post held before is no one's now
    "이날 협약식에는 박누리 전 가온군수와 다온조합 신하람 고문 등이 참석했다.",
    "행사에는 고다솜 전 가온시장도 자리를 함께했다.",
    "협약식에는 전 가온시장 김철수 씨가 참석했다.",
    # (전 before the title is "former", no part of the name either)
    "협약식에는 가람대 김철수 전 총장이 참석했다.",
])
def test_a_former_post_makes_no_person(text: str) -> None:
    assert not any(p[0].startswith(("박누리", "고다솜", "김철수")) for p in _people(text))


@pytest.mark.parametrize(("aside", "heads"), [
    # rule gloss-dot-head: a Latin gloss, a middle dot, then the head
    ("Solti State University·총장 에밀리 카터", [("총장", "에밀리 카터")]),
    ("SSU·총장 김다온", [("총장", "김다온")]),
    # not gloss-dot-head: no title after the dot, or a dot between two Hangul names
    ("Solti State University·SSU", []),
    ("대표 김누리·이하늘", []),
    # rule former-name-first: the body's former name (옛, 舊), then a dot or comma, then the head
    ("옛 누리에프앤비·대표 김다온", [("대표", "김다온")]),
    ("舊 누리상사, 대표 김다온", [("대표", "김다온")]),
    # … with no head after it, the former name is no person
    ("옛 누리에프앤비", []),
])
def test_a_head_after_a_latin_gloss_and_a_middle_dot(aside: str, heads: list[tuple[str, str]],
                                                      ) -> None:
    assert [(t, n) for t, n, _ in aside_heads(aside)] == heads


def test_the_foreign_head_in_a_glossed_aside_signs_for_the_partner() -> None:
    text = ("누리한인회는 5일 솔티 주립대학교(Solti State University·총장 에밀리 카터)와 한국어 "
            "교육 협약을 체결했다.")
    (agreement,) = extract(Article("t", text)).agreements
    assert ("에밀리 카터", "총장", "솔티 주립대학교") in [
        (p.name, p.title, p.organisation) for p in agreement.representatives]


def test_a_title_addressed_as_a_group_makes_no_person() -> None:
    # rule addressed-group: "여러분" after the title, a group of holders; the word before
    # is their body ("학부모회 회장 여러분", "신도회 대표 여러분")
    assert _people("이날 누리사 신도회 대표 여러분이 함께해 뜻을 더했습니다.") == []
    assert _people("행사에는 가온초 학부모회 회장 여러분도 자리했다.") == []
    # not addressed-group: named heads beside, 여러분 in a quote after a head's title
    quote = _people("김다온 대표는 \"회원 여러분께 감사드린다\"고 말했다.")
    assert [p[:2] for p in quote] == [("김다온", "대표")]
    assert [p[0] for p in _people("이날 김다온 대표와 이하늘 회장이 참석했다.")] == ["김다온",
                                                                         "이하늘"]


def test_a_kind_beside_the_head_still_names_the_party_of_that_kind() -> None:
    # rule beside-no-party spares a kind ("협의회 김가람 회장"): it names the party of that kind
    text = ("가온이차전지협의회는 19일 누리셀과 협약을 맺었다. "
            "협의회 김가람 회장은 \"배터리를 다시 쓰겠다\"고 말했다.")
    (agreement,) = extract(Article("t", text)).agreements
    assert ("김가람", "가온이차전지협의회") in [(p.name, p.organisation)
                                          for p in agreement.representatives]


def test_a_name_that_opens_with_전_is_still_a_name() -> None:
    assert ("서하늘", "총장", "가온대") in _people("협약식에는 가온대 서하늘 총장이 참석했다.")


@pytest.mark.parametrize("text", [
    # rule latin-beside-no-party: a guest's company in Latin letters is no party, so neither is
    # the guest's, though 상임이사 or 이사장 could head one of the parties
    "가온시와 누리진흥원은 19일 업무협약을 체결했다. 협약식에는 Koren 김은찬 상임이사 등 내빈 30여 명이 자리를 함께했다.",
    "가온시와 누리협회는 19일 업무협약을 체결했다. 이날 행사에는 문경하 가온시의원과 Zenetta 허선해 이사장 등이 참석해 협약을 축하했다.",
    # … and a member company's brand in Hangul with no body's ending, beside its head
    "가온도와 가온도상인협회는 19일 업무협약을 체결했다. 이날 행사에는 회원사인 누리정밀 석다온 대표 등이 참석했다.",
])
def test_the_officer_of_a_latin_named_body_that_is_no_party_is_no_representative(text: str) -> None:
    (agreement,) = extract(Article("t", text)).agreements
    assert agreement.representatives == ()


@pytest.mark.parametrize("text, expected", [
    # a department head listed right after a party's person is of that party
    ("가람군과 누리은행은 17일 금고 약정을 체결했다. 이날 홍길동 군수, 김철수 부군수, 이영희 기획감사실장과 "
     "박민수 누리은행장이 참석했다.", ("이영희", "가람군")),
    # a title no party's kind fits (의장), listed right after a party's person
    ("가람군과 누리상공회의소는 17일 자매결연 협약을 체결했다. 이날 홍길동 군수, 이영희 의장, "
     "김철수 누리상공회의소 회장이 참석했다.", ("이영희", "가람군")),
    # a particle ends the list: the department head after 과 is no colleague of the one before
    ("가람군과 누리은행은 17일 금고 약정을 체결했다. 이날 홍길동 군수와 이영희 기획감사실장이 참석했다.", None),
])
def test_a_department_head_follows_the_colleague_listed_before(
        text: str, expected: tuple[str, str] | None) -> None:
    (agreement,) = extract(Article("t", text), learned_people=False).agreements  # the rules' reading; the learned step's: test_people_learned.VETO_ROWS
    found = [(p.name, p.organisation) for p in agreement.representatives if p.name == "이영희"]
    assert found == ([expected] if expected else [])


def test_the_head_of_a_signing_unit_written_after_its_parent_speaks_for_the_unit() -> None:
    text = ("누리공사는 가람건설협회, 가람건설협회 서울시회와 상생 협약을 10일 체결했다. 협약식에는 누리공사 "
            "김철수 사장과 가람건설협회 이영희 회장, 가람건설협회 홍길동 서울시회장이 참석했다.")
    (agreement,) = extract(Article("t", text)).agreements
    assert ("홍길동", "회장", "가람건설협회 서울시회") in [
        (p.name, p.title, p.organisation) for p in agreement.representatives]


_BRANCH_SIGNS = "누리공사는 가람건설협회(이하 건협), 가람건설협회 서울시회와 상생 협약을 10일 체결했다. "
_PARENT_SIGNS = "누리공사는 가람건설협회(이하 건협)와 상생 협약을 10일 체결했다. "


@pytest.mark.parametrize("text, expected", [
    # GUIDELINES (units): a branch that signs is the party its head speaks for (title 회장);
    # when only its body signs, the branch's head speaks for the body, the branch in the title.
    # The same in every shape the head is written in, and under the body's short form (건협)
    (_BRANCH_SIGNS + "협약식에는 김철수 누리공사 사장과 박서준 건협 서울시회장이 참석했다.",
     ("박서준", "회장", "가람건설협회 서울시회")),
    (_BRANCH_SIGNS + "협약식에는 김철수 누리공사 사장과 박서준 건협 서울시회 회장이 참석했다.",
     ("박서준", "회장", "가람건설협회 서울시회")),
    (_BRANCH_SIGNS + "협약식에는 누리공사 사장 김철수와 건협 서울시회 회장 박서준이 참석했다.",
     ("박서준", "회장", "가람건설협회 서울시회")),
    (_BRANCH_SIGNS + "협약식에는 누리공사(사장 김철수)와 건협(서울시회 회장 박서준)이 참석했다.",
     ("박서준", "회장", "가람건설협회 서울시회")),
    # a chapter that does not sign beside one that does: its head speaks for the body
    (_BRANCH_SIGNS + "협약식에는 누리공사(사장 김철수)와 가람건설협회(경기도회 회장 박서준)가 참석했다.",
     ("박서준", "경기도회 회장", "가람건설협회")),
    (_PARENT_SIGNS + "협약식에는 누리공사(사장 김철수)와 가람건설협회(서울시회 회장 박서준)가 참석했다.",
     ("박서준", "서울시회 회장", "가람건설협회")),
])
def test_a_branch_head_speaks_for_the_branch_when_it_signs_else_for_its_body(
        text: str, expected: tuple[str, str, str] | None) -> None:
    (agreement,) = extract(Article("t", text)).agreements
    found = [(p.name, p.title, p.organisation) for p in agreement.representatives
             if p.name == "박서준"]
    assert found == ([expected] if expected else [])


@pytest.mark.parametrize("text, expected", [
    # the other university's 총장 is written with it: the bare one is the subject's
    ("가람대학교는 13일 누리대학교와 학술교류 협정을 체결했다. 이날 협약식에는 김가람 총장과 박누리 누리대 "
     "총장이 참석했다.", ("김가람", "총장", "가람대학교")),
    # the partner city's mayor is named later with his city: the bare 시장 is the subject's
    ("가람시는 13일 중국 누리시와 우호교류 협약을 체결했다. 김가람 시장은 \"교류를 넓히겠다\"고 말했다. "
     "왕웨이 누리시장은 감사를 표했다.", ("김가람", "시장", "가람시")),
    # the other university's person beside them is written with it, under another title
    ("가람대학교는 9일 캐나다 토론토대학교와 공동학위 협약을 체결했다. 협약식에는 김가람 총장과 제임스 윌슨 "
     "토론토대 부총장이 참석했다.", ("김가람", "총장", "가람대학교")),
    # both heads bare: nothing tells which is which
    ("가람대학교는 13일 누리대학교와 학술교류 협정을 체결했다. 이날 협약식에는 김가람 총장과 박누리 총장이 "
     "참석했다.", None),
])
def test_a_bare_title_several_parties_fit_speaks_for_the_one_whose_head_is_not_named(
        text: str, expected: tuple[str, str, str] | None) -> None:
    (agreement,) = extract(Article("t", text)).agreements
    found = [(p.name, p.title, p.organisation) for p in agreement.representatives
             if p.name == "김가람"]
    assert found == ([expected] if expected else [])


@pytest.mark.parametrize("body, title", [
    ("누리농협", "조합장"), ("누리수협", "조합장"), ("가람상공회의소", "회장"), ("가람적십자사", "회장"),
    ("누리그룹", "회장"), ("가람어린이집", "원장"), ("가람테크노파크", "원장"), ("가람농업기술센터", "소장"),
    ("가람로타리클럽", "회장"), ("누리라이온스클럽", "부회장"),
])
def test_a_bare_head_title_fits_the_body_it_heads_under_another_ending(body: str, title: str
                                                                       ) -> None:
    jo = "과" if (ord(body[-1]) - 0xAC00) % 28 else "와"
    text = (f"가람시는 13일 {body}{jo} 업무협약을 체결했다. 이날 협약식에는 김가람 시장과 박누리 {title}이 "
            "참석했다.")
    (agreement,) = extract(Article("t", text)).agreements
    assert ("박누리", title, body) in [
        (p.name, p.title, p.organisation) for p in agreement.representatives]


def test_a_latin_head_speaks_for_the_foreign_body_its_name_tells() -> None:
    text = ("가람대학교는 13일 미국 Nuri University와 교류 협정을 체결했다. 협정식에는 김가람 총장과 "
            "John Smith 총장이 참석했다.")
    (agreement,) = extract(Article("t", text)).agreements
    assert sorted((p.name, p.organisation) for p in agreement.representatives) == [
        ("John Smith", "Nuri University"), ("김가람", "가람대학교")]


@pytest.mark.parametrize("text, person", [
    ("김가람(가람시장)이 참석했다.", ("김가람", "시장", "가람시")),
    ("박누리(누리건설 대표)가 참석했다.", ("박누리", "대표", "누리건설")),
    ("박누리(대표)가 참석했다.", ("박누리", "대표", None)),
])
def test_a_name_whose_aside_holds_its_title(text: str, person: tuple[str, str, str | None]
                                             ) -> None:
    assert person in _people(text)


def test_an_age_in_an_aside_is_no_title() -> None:
    assert _people("홍길동(45)씨가 참석했다.") == []


@pytest.mark.parametrize("text, expected", [
    # rule kind-word: between name and title only the kind of the party ("재단")
    ("다솜문화재단과 가람미술관의 MOU 체결식이 9일 미술관에서 열렸다. 김다솜 재단 이사장과 박가람 관장이 참석했다.",
     ("김다솜", "다솜문화재단")),
    ("누리시와 가람대학교는 9일 업무협약을 체결했다. 이날 박누리 시 경제국장이 참석했다.", ("박누리", "누리시")),
])
def test_a_person_written_with_the_kind_of_their_party_speaks_for_it(
        text: str, expected: tuple[str, str]) -> None:
    (agreement,) = extract(Article("t", text)).agreements
    assert expected in [(p.name, p.organisation) for p in agreement.representatives]


# rule local-kind-stranger: a local government's kind alone between name and title ("도") names
# a body no party is when no party is of that kind: a guest's official, no one's representative
@pytest.mark.parametrize("text, expected", [
    ("한들군은 18일 새봄푸드와 투자협약을 맺었다. 이 자리에는 강다온 도 일자리경제국장이 참석해 "
     "협약을 축하했다.", set()),
    # … the kind still names the party of that kind, or the party named with its office
    ("가온도는 18일 새봄푸드와 투자협약을 맺었다. 이 자리에는 강다온 도 일자리경제국장이 참석했다.",
     {("강다온", "가온도")}),
    ("가온시청은 18일 새봄푸드와 투자협약을 맺었다. 이 자리에는 강다온 시 일자리경제국장이 참석했다.",
     {("강다온", "가온시청")}),
])
def test_a_local_kind_no_party_is_names_a_guests_official(
        text: str, expected: set[tuple[str, str]]) -> None:
    (agreement,) = extract(Article("t", text)).agreements
    assert {(p.name, p.organisation) for p in agreement.representatives
            if p.name == "강다온"} == expected


def test_a_name_glued_to_the_title_before_it_by_a_dot_is_the_next_person() -> None:
    text = "협약식에는 한빛건설 최한빛 대표, 누리대 박누리 총장·김다솜 부총장 등이 참석했다."
    assert _people(text) == [("최한빛", "대표", "한빛건설"), ("박누리", "총장", "누리대"),
                             ("김다솜", "부총장", "누리대")]


def test_a_district_education_head_speaks_for_an_office_called_교육청() -> None:
    text = ("누리대학교와 가온시교육청은 협약을 체결했다. 박누리 총장과 김가람 교육장이 참석했다.")
    (agreement,) = extract(Article("t", text)).agreements
    people = {(p.name, p.organisation) for p in agreement.representatives}
    assert ("김가람", "가온시교육청") in people


# rule company-in-slot: a bare word opening the partner slot right before a company head who
# signs is the head's company; a word Kiwi knows as a common noun is not ("지역", "관내 기업")
@pytest.mark.parametrize("text, parties, person", [
    ("가온대학교는 20일 누리아이 김누리 대표와 산학협력 협약을 체결했다.",
     ["가온대학교", "누리아이"], ("김누리", "누리아이")),
    ("가온대학교는 20일 온새미로 김누리 대표, 한빛나래 박가람 대표와 산학협력 협약을 체결했다.",
     ["가온대학교", "온새미로", "한빛나래"], ("김누리", "온새미로")),
    ("가온시는 20일 지역 김누리 대표와 협약을 맺었다.", ["가온시"], None),
])
def test_a_bare_word_before_a_signing_company_head_is_the_company(
        text: str, parties: list[str], person: tuple[str, str] | None) -> None:
    (agreement,) = extract(Article("t", text)).agreements
    assert [o.name for o in agreement.parties] == parties
    if person is not None:
        assert person in [(p.name, p.organisation) for p in agreement.representatives]


def test_a_company_head_is_not_carried_to_a_city_that_has_none() -> None:
    # rule carry-fits: 대표 heads no city; the unnamed company is no party either
    (agreement,) = extract(Article("t", "가온시는 20일 지역 김누리 대표와 협약을 맺었다.")).agreements
    assert agreement.representatives == ()


def test_a_department_fused_into_the_title_after_its_party_speaks_for_the_party() -> None:
    # rule office-of-party: 기획조정실 of 가온시 is no party; its head is 가온시's
    text = ("가온시는 20일 다솜대학교와 업무협약을 체결했다. 이날 협약식에는 홍길동 가온시 "
            "기획조정실장과 김누리 다솜대학교 총장 등이 참석했다.")
    (agreement,) = extract(Article("t", text)).agreements
    assert ("홍길동", "기획조정실장", "가온시") in [
        (p.name, p.title, p.organisation) for p in agreement.representatives]


def test_a_bare_partner_that_reads_as_a_word_is_a_party_when_its_head_is_written_with_it() -> None:
    # rule beside-word (and headed-bare-partner): "온누리와" alone could be a common word or a
    # place (리); "온누리 김누리 대표" at the ceremony confirms the company
    text = ("가온시는 20일 온누리와 투자협약을 체결했다. 협약식에는 홍길동 가온시장과 온누리 김누리 "
            "대표가 참석했다.")
    (agreement,) = extract(Article("t", text)).agreements
    assert [o.name for o in agreement.parties] == ["가온시", "온누리"]
    assert ("김누리", "온누리") in [(p.name, p.organisation) for p in agreement.representatives]


def test_a_head_beside_the_name_of_a_company_written_kind_first_speaks_for_it() -> None:
    # rules kind-first and beside-word: "극단 들꽃바람(…)과" signs, "들꽃바람 김누리 대표" heads it
    text = ("가온문화재단은 20일 극단 들꽃바람과 공연 교류 협약을 체결했다. 협약식에는 극단 들꽃바람 "
            "김누리 대표가 참석했다.")
    (agreement,) = extract(Article("t", text)).agreements
    assert sorted(o.name for o in agreement.parties) == ["가온문화재단", "극단 들꽃바람"]
    assert ("김누리", "극단 들꽃바람") in [(p.name, p.organisation) for p in agreement.representatives]


@pytest.mark.parametrize("text, person", [
    # rule colleague across 와/과: an officer whose title heads the body of the person before
    ("누리대학교 김누리 총장과 박가람 산학협력단장, 가온시 홍길동 시장과 최다온 일자리정책관이 참석했다.",
     ("최다온", "가온시")),
    # a deputy of a domain (연구부총장) heads like any deputy: the university, not the city
    ("협약식에는 홍길동 가온시장과 김누리 연구부총장이 참석했다.", ("김누리", "누리대학교")),
    # ... of two domains (교육연구부총장) too; rule carry-fits: listed after the city's head,
    # a title only a university has is not carried to the city
    ("협약식에는 누리대학교(총장 박누리)와 가온시장 홍길동을 비롯해 교육연구부총장 김누리 등이 참석했다.",
     ("김누리", "누리대학교")),
])
def test_an_officer_named_without_a_body_speaks_for_the_party_their_title_heads(
        text: str, person: tuple[str, str]) -> None:
    lead = "가온시와 누리대학교는 20일 가온시청에서 업무협약을 체결했다. "
    (agreement,) = extract(Article("t", lead + text)).agreements
    assert person in [(p.name, p.organisation) for p in agreement.representatives]


def test_a_foreign_name_with_a_bare_title_speaks_for_the_foreign_party() -> None:
    # two universities sign; "응우옌 반 안 총장" is the one written after its country
    text = ("가온대학교는 20일 베트남 하노이 누리대학교와 교류협약을 체결했다. "
            "응우옌 반 안 총장은 \"기쁘다\"고 말했다.")
    (agreement,) = extract(Article("t", text)).agreements
    assert [(p.name, p.organisation) for p in agreement.representatives] == [
        ("응우옌 반 안", "하노이 누리대학교")]


def test_a_foreign_head_before_a_province_read_as_a_verb_speaks_for_its_body() -> None:
    # "꽝남" (a Vietnamese province Kiwi reads 꽝 + 나 + ㅁ, a sentence ending) opens the body's
    # name and closes no person's (rules name-read-as-ending, foreign cities)
    text = ("김다온 가온대학교 총장은 응우옌 반 탄 꽝남 국립외국어대학교 총장과 만나 교류 협약서를 "
            "최근 주고받았다.")
    (agreement,) = extract(Article("t", text)).agreements
    assert sorted((p.name, p.organisation) for p in agreement.representatives) == [
        ("김다온", "가온대학교"), ("응우옌 반 탄", "꽝남 국립외국어대학교")]


def test_a_chief_officer_after_a_foreign_name_speaks_for_the_word_between() -> None:
    # rule company-closes-run with a chief officer's title: "안드레아스 크루거 솔빛데이터
    # 최고운영책임자" is a name of two and the company (솔빛 + 데이터, two common nouns to Kiwi)
    text = ("가람도는 8일 오후 솔빛데이터와 인재 양성 협약을 맺었다. 협약식에는 안드레아스 크루거 솔빛데이터 "
            "최고운영책임자(COO)가 참석했다.")
    (agreement,) = extract(Article("t", text)).agreements
    assert ("안드레아스 크루거", "최고운영책임자", "솔빛데이터") in [
        (p.name, p.title, p.organisation) for p in agreement.representatives]


def test_a_village_head_speaks_for_the_village_that_signs() -> None:
    # 이장 heads a 마을 (or a 리); the village is a party of a 1사1촌 signing
    text = ("가온농협은 20일 누리마을과 자매결연을 맺었다. 홍길동 조합장과 김누리 이장 등 30여명이 "
            "참석했다.")
    (agreement,) = extract(Article("t", text)).agreements
    assert ("김누리", "이장", "누리마을") in [
        (p.name, p.title, p.organisation) for p in agreement.representatives]

# rule given-name-도: a given name may end in 도, the syllable that ends a province; Kiwi may
# also cut that 도 off as a particle ("백린도" -> 백린 + 도)
GIVEN_NAME_DO = [
    ("가람대학교(총장 손재도)와 협약을 체결했다.", ("손재도", "총장", "가람대학교")),
    ("협약식에는 손재도 가람대학교 총장이 참석했다.", ("손재도", "총장", "가람대학교")),
    ("누리전자(대표 백린도)는 협약을 체결했다.", ("백린도", "대표", "누리전자")),
    ("협약식에는 윤린도 가람군수가 참석했다.", ("윤린도", "군수", "가람군")),
]


@pytest.mark.parametrize("text, person", GIVEN_NAME_DO)
def test_a_given_name_ending_in_도(text: str, person: tuple[str, str, str]) -> None:
    assert person in _people(text)


@pytest.mark.parametrize("word", ["경기도", "전북도", "강화도", "신뢰도", "이용도", "안면도"])
def test_a_province_island_or_degree_in_도_is_no_name(word: str) -> None:
    assert not is_name(word)


# rule cut-name-in-list: a name whose last syllable Kiwi cuts as a particle (홍수가 -> 홍수 + 가,
# 윤서가 -> 윤서 + 가) opens a list without ending it
CUT_NAME_LISTS = [
    ("이번 협약식에는 가람대에서는 홍수가 총장, 김다솜 연구부총장, 박누리 분자 소재 차세대인재양성단장이 참석했다.",
     "박누리", ("분자 소재 차세대인재양성단장", "가람대")),
    ("이번 협약식에는 누리재단에서는 윤서가 이사장, 최가온 나눔 사업 팀장이 참석했다.",
     "최가온", ("나눔 사업 팀장", "누리재단")),
]


@pytest.mark.parametrize("text, name, expected", CUT_NAME_LISTS)
def test_a_cut_name_opening_a_delegation_list_does_not_end_it(
        text: str, name: str, expected: tuple[str, str]) -> None:
    found = {n: (title, carried) for n, title, carried in _carried(text)}
    assert found[name] == expected


# rule caption-item-body: in a caption's list a bare word opening an item, right before the
# name, is the person's body though it has no ending
CAPTION_ITEM_BODIES = [
    ("좌측부터 테로스 백람린 부장, Briix 권율빛 팀장, 가람재단 성누리 이사장.", ("백람린", "부장", "테로스")),
    ("좌측부터 테로스 백람린 부장, Briix 권율빛 팀장, 가람재단 성누리 이사장.", ("권율빛", "팀장", "Briix")),
    ("왼쪽부터 가람재단 성누리 이사장, 다온텍 김누리 대표.", ("김누리", "대표", "다온텍")),
    # … and a name mixed with Latin or digits (rule mixed-name)
    ("좌측부터 3G누리 백람린 부장, 가온24 권율빛 국장, S-다온랩 성누리 팀장.", ("권율빛", "국장", "가온24")),
    ("좌측부터 3G누리 백람린 부장, 가온24 권율빛 국장, S-다온랩 성누리 팀장.", ("성누리", "팀장", "S-다온랩")),
]


@pytest.mark.parametrize("text, person", CAPTION_ITEM_BODIES)
def test_a_bare_body_opening_a_caption_item(text: str, person: tuple[str, str, str]) -> None:
    assert person in _people(text)


# rule one-word-foreign-name: one transcribed word Kiwi reads as a proper noun but no Korean
# name, between a body and the title, is a foreign person's name
ONE_WORD_FOREIGN_NAMES = [
    ("체결식에는 람다대학교 르안텔스 총장이 참석했다.", ("르안텔스", "총장", "람다대학교")),
    ("체결식에는 람다대학교 엘텔페탄 총장이 참석했다.", ("엘텔페탄", "총장", "람다대학교")),
]


@pytest.mark.parametrize("text, person", ONE_WORD_FOREIGN_NAMES)
def test_a_one_word_foreign_name_between_body_and_title(text: str, person: tuple[str, str, str]) -> None:
    assert person in _people(text)


def test_a_word_with_a_legal_mark_is_the_body_though_it_reads_as_a_name() -> None:
    # rule marked-body: "(주)나담 임누경 대표": both words read as names; the mark tells the body
    text = "이날 별여조합 강린수 대표, 달아(주) 신은준 회장, (주)나담 임누경 대표가 참석했다."
    assert ("임누경", "대표", "나담") in _people(text)


def test_a_cut_name_with_words_before_its_title_opens_a_delegation_item() -> None:
    # rule cut-name-in-list: "손지가 우주 항공공학과 교수" (Kiwi: 손지 + 가) ends no list either
    text = ("협약식에는 가람대에서는 안솔도 총장, 손지가 우주 항공공학과 교수, "
            "정담수 기후 환경연구소 부소장이 자리했다.")
    found = {n: (title, carried) for n, title, carried in _carried(text)}
    assert found["손지가"] == ("우주 항공공학과 교수", "가람대")
    assert found["정담수"] == ("기후 환경연구소 부소장", "가람대")


def test_a_foreign_mission_head_with_a_one_syllable_given_name_speaks_for_the_mission() -> None:
    # rule one-syllable-given-name and rule mission-head: "존 스미스 총영사" with no body before
    # it is a foreign name (every word a proper noun), and 총영사 heads a 총영사관
    text = ("미국총영사관과 누리대학교는 12일 교류 협력 양해각서를 체결했다. "
            "협약식에는 존 스미스 총영사와 김누리 누리대 총장이 참석했다.")
    (agreement,) = extract(Article("t", text)).agreements
    assert ("존 스미스", "미국총영사관") in [
        (p.name, p.organisation) for p in agreement.representatives]


def test_a_former_head_or_a_place_stationed_in_is_no_foreign_name() -> None:
    # "전" (former) is a determiner, not a given name; "주부산" (stationed in Busan) no name
    assert _people("협약식에는 전 스미스 총영사가 참석했다.") == []
    assert not is_name("주부산") and not is_name("주오사카") and is_name("주영수")


@pytest.mark.parametrize("school", ["가온대", "한솔대", "조은대"])
def test_a_short_school_name_that_reads_as_a_name_heads_the_delegation_after_it(school: str) -> None:
    # rule school-reads-as-name: 한솔대 (한 + 솔대) and 조은대 read as names, yet before a name
    # they are the body, and the list after the first title goes on with it
    text = (f"국립 {school}학교와 누리진흥원은 19일 업무협약을 체결했다. 협약식에는 정가온 {school} 총장과 "
            f"서누리 누리진흥원 대표이사를 비롯해 {school} 남다솜 교육연구부총장, 조하늘 대외협력처장 등이 참석했다.")
    (agreement,) = extract(Article("t", text)).agreements
    found = [(p.name, p.organisation) for p in agreement.representatives]
    assert ("남다솜", f"{school}학교") in found and ("조하늘", f"{school}학교") in found


@pytest.mark.parametrize("text", ["한솔대 김 총장은 소감을 밝혔다.", "조은대 박 총장과 누리시 최 시장이 서명했다."])
def test_a_family_name_alone_before_the_title_makes_no_name_of_the_school_before_it(text: str) -> None:
    # rule family-name-only: "김 총장" names no one in full; 한솔대 (한 + 솔대) is no person
    assert _people(text) == []


@pytest.mark.parametrize("text", ["남궁 총장 직무대리는 축사에서 말했다.", "가람대 제갈 학장과 누리시 황보 시장이 서명했다."])
def test_a_two_syllable_family_name_alone_is_no_name(text: str) -> None:
    # rule family-name-only: "남궁 총장" refers back to someone named in full; 남궁 is no person
    assert _people(text) == []


@pytest.mark.parametrize("text, person", [
    # a Japanese reading: the two words before the characters are the name, family name first
    ("서명식에는 김철수 가람군수와 오카무라 신이치(岡村真一) 미나미카와시장이 참석했다.", ("오카무라 신이치", "시장", "미나미카와시")),
    ("협약식에는 다카무라 신이치(高村真一) 아오바정밀 사장이 참석했다.", ("다카무라 신이치", "사장", "아오바정밀")),
    # a known family name that ends like a city (다카하시: 시), and rule japanese-town: a town
    # (町, 정) named before its head's title 정장
    ("협약서에는 김철수 가람군수와 다카하시 료타(高橋亮太) 아오바가와정 정장(町長)이 서명했다.",
     ("다카하시 료타", "정장", "아오바가와정")),
])
def test_a_name_spelled_in_chinese_characters_ends_at_the_bracket(
        text: str, person: tuple[str, str, str | None]) -> None:
    # rule hanja-spelled-name: the bracket tells the name, though 신이치 reads as a Korean one
    assert person in _people(text)
    assert not any(p[0] == "신이치" for p in _people(text))


def test_a_unit_head_speaks_for_the_party_of_the_units_kind_not_one_ending_like_the_title() -> None:
    # rule unit-title-kind: 산학협력단 is a university's unit; 누리시설공단 only ends in 단
    text = ("누리시는 누리공과대학교, 누리시설공단과 업무협약을 체결했다. 시에서는 김누리 부시장이, "
            "대학에서는 산학협력단장인 박다온 교수가, 공단에서는 최가온 이사장이 서명했다.")
    (agreement,) = extract(Article("t", text)).agreements
    found = {(p.name, p.organisation) for p in agreement.representatives}
    assert ("박다온", "누리공과대학교") in found and ("박다온", "누리시설공단") not in found


def test_a_party_short_form_before_a_head_is_that_party() -> None:
    # rule stranger-is-party: 솔빛민예총 reads as no body by its ending, but it is a party's short form
    text = ("솔빛문화재단은 솔빛민예총, 솔빛연극인협회와 예술인 지원 협약을 체결했다. 협약서에는 "
            "솔빛민예총 하누리 이사장과 솔빛연극인협회 도가온 회장이 서명했다.")
    (agreement,) = extract(Article("t", text)).agreements
    assert ("하누리", "이사장", "솔빛민예총") in [
        (p.name, p.title, p.organisation) for p in agreement.representatives]


@pytest.mark.parametrize("between, is_party", [
    ("솔바람", True),      # rule party-between: the word between name and title is the party
    ("대외협력", False),   # … but a word of a long title does not name it
])
def test_a_party_named_by_a_common_noun_between_name_and_title(between: str, is_party: bool
                                                                 ) -> None:
    text = ("누리소프트와 아동 구호단체 솔바람이 12일 업무협약을 맺었다. 협약식에는 하다온 누리소프트 "
            f"대표와 유가람 {between} 상임대표가 참석했다.")
    (agreement,) = extract(Article("t", text), learned_people=False).agreements
    found = {p.name: p.organisation for p in agreement.representatives}
    assert (found.get("유가람") == "솔바람") is is_party and found["하다온"] == "누리소프트"


@pytest.mark.parametrize("head, party", [
    # rule fused-name-ending: 가온농업기술원 ends in 기술원, 솔빛농원 only in 원: a guest
    ("박해윤 가온농업기술원장은 개막식에서 \"데이터가 경쟁력\"이라고 말했다.", None),
    # … but the party's own head fused ("솔빛농원장") speaks for it
    ("박해윤 솔빛농원장은 \"데이터가 경쟁력\"이라고 말했다.", "솔빛농원"),
])
def test_a_head_fused_with_a_longer_ending_than_a_partys(head: str, party: str | None) -> None:
    text = ("농업 스타트업 누리랩과 딸기 농가 솔빛농원이 19일 스마트 온실 업무협약을 맺었다. " + head)
    (agreement,) = extract(Article("t", text), learned_people=False).agreements
    found = {p.name: p.organisation for p in agreement.representatives}
    assert found.get("박해윤") == party


def test_a_production_companys_producer_attends_for_it() -> None:
    # titles.tsv: 프로듀서, a company's officer; the body before the name is its party
    text = ("가온영상진흥원은 12일 누리픽처스, 다솜필름과 영화 제작 지원 협약을 맺었다. 협약식에는 "
            "진흥원 하가온 원장과 누리픽처스 한다솜 프로듀서, 다솜필름 대표 박누리가 참석했다.")
    (agreement,) = extract(Article("t", text), learned_people=False).agreements
    assert ("한다솜", "프로듀서", "누리픽처스") in [
        (p.name, p.title, p.organisation) for p in agreement.representatives]


def test_the_head_of_a_companys_in_house_unit_speaks_for_the_company() -> None:
    # rule in-house-unit: 디자인연구소 (디자인 + 연구소) names no body of its own, so it is 솔마루전자's
    text = ("솔마루전자와 가온대학교는 12일 산학협력 협약을 체결했다. 협약식에는 이가온 총장과 "
            "솔마루전자 디자인연구소 마하늘 소장이 참석했다.")
    (agreement,) = extract(Article("t", text)).agreements
    assert ("마하늘", "솔마루전자") in [(p.name, p.organisation) for p in agreement.representatives]


def test_one_acting_for_a_head_keeps_his_own_post_after_the_name() -> None:
    # rule acting-keeps-post: he signs as 사장 직무대행 of 누리에너지공사, not as head of a 경영본부
    text = "협약식에는 가온개발공사 나다온 사장, 누리에너지공사 사장 직무대행 김도윤 경영본부장이 참석했다."
    assert ("김도윤", "사장 직무대행", "누리에너지공사") in _people(text)


@pytest.mark.parametrize("text, person", [
    ("연맹에서는 빈하율 사무총장이 서명했다.", ("빈하율", "사무총장", None)),
    ("가온에너지공사 사장 직무대행 피도윤 기획본부장이 서명했다.", ("피도윤", "사장 직무대행", "가온에너지공사")),
])
def test_a_rare_family_name_opens_a_name_kiwi_reads_as_one_proper_noun(
        text: str, person: tuple[str, str, str | None]) -> None:
    # rule rare-family-name: 빈 and 피 open many words (빈소, 피해) and are left out of surnames.txt
    assert _people(text) == [person]


def test_a_transcribed_city_opening_like_a_rare_family_name_is_no_name() -> None:
    assert _people("피렌체 시장을 방문했다.") == []


@pytest.mark.parametrize("text, person", [
    # right after a title that ends the phrase (Kiwi reads 온서준 as a noun with its particle)
    ("누리귀농귀촌협의회 회장 온서준은 청년들과 함께하겠다고 말했다.",
     ("온서준", "회장", "누리귀농귀촌협의회")),
    ("가온상인회 회장 단도윤, 누리조합 이사장 김하람이 참석했다.", ("단도윤", "회장", "가온상인회")),
    # the next list item after "title 과" or a comma, before a body and the title
    ("협약식에는 이가온 가온대 산학협력단장과 단하준 산학협력단 부단장이 참석했다.",
     ("단하준", "부단장", "산학협력단")),
    ("협약식에는 박누리 누리시장, 태서율 가온대 지역혁신사업단장이 참석했다.",
     ("태서율", "지역혁신사업단장", "가온대")),
    # the next bare list item after a comma, right before its title (no body between)
    ("협약식에는 김가온 시장, 빈다율 교육장, 이누리 경찰서장이 참석했다.", ("빈다율", "교육장", None)),
    ("이날 박솔 군수, 빈도하 소방서장 등이 자리했다.", ("빈도하", "소방서장", None)),
    ("이날 박솔 군수, 태서후 교육장 등이 자리했다.", ("태서후", "교육장", None)),
    # right after the title in a head's aside
    ("가온상공회의소(회장 피하윤)는 28일 누리재단과 협약을 체결했다.", ("피하윤", "회장", "가온상공회의소")),
    # 음 (陰), after a title and before a rank
    ("협약식에는 사단장 음다온 소장, 박솔 누리시장이 참석했다.", ("음다온", "사단장", None)),
])
def test_a_rare_family_name_opens_a_name_by_its_place_in_the_sentence(
        text: str, person: tuple[str, str, str | None]) -> None:
    # rule rare-family-name-by-place: 온, 단 and 태 open many words, so only the place tells
    assert person in _people(text)


@pytest.mark.parametrize("text", [
    "가온협회 회장 온라인은 물론 현장에서도 홍보하겠다고 말했다.",
    "누리협회 회장 온도계가 고장났다고 말했다.",
    "가온연구소 소장과 단백질 누리연구소 소장이 참석했다.",
    "가온시 시장, 단계별 누리추진단 단장이 참석했다.",
    "가온군수와 온누리 가온센터 센터장이 참석했다.",
    "가온협회 회장 단체는 협약을 환영했다.",
    "가온협회 회장 온실은 새로 지었다.",
    "가온협회 회장 태양광은 미래라고 말했다.",
    "누리시장, 태풍 피해 복구단 단장이 참석했다.",
    "가온지원센터(센터장 온라인)는 상담을 맡는다.",
    "가온협회 회장 음악회는 성황리에 열렸다고 말했다.",
    "가온시 시장, 음식점 누리조합 조합장이 참석했다.",
    "가온시 시장, 피해자 대표가 참석했다.",
    "누리군 군수, 빈부차 해소 위원장이 참석했다.",
])
def test_a_common_word_opening_like_a_rare_family_name_is_no_name_in_those_places(
        text: str) -> None:
    # 온라인, 단백질, 태양광 …: listed in not_names.txt; 단체, 온실, 태풍 have two syllables
    assert _people(text) == []


def test_a_guest_written_with_their_own_body_is_no_partys_when_named_again_by_title() -> None:
    # rule one-body-no-party: 한빛건설 does not sign; "최다온 대표" later is still its head
    text = ("가온시와 누리상인협회는 10일 상생 협약을 체결했다. 협약식에는 김가온 가온시장과 박누리 "
            "누리상인협회장이 서명했고, 최다온 한빛건설 대표가 축하했다. 최다온 대표는 지역 상권을 "
            "응원하겠다고 말했다.")
    (agreement,) = extract(Article("t", text)).agreements
    assert "최다온" not in [p.name for p in agreement.representatives]


def test_a_head_written_with_their_party_is_not_carried_to_the_caption_item_before() -> None:
    # rule carry-yields-to-written: in the caption, 김다온 follows 누리정밀's head; the list's
    # carry does not move the unit's head written in its aside to that company
    text = ("가람대학교 창업지원단(단장 김다온 교수)은 28일 솔빛텍, 누리정밀과 가족회사 협약을 체결했다.\n"
            "[사진] 왼쪽부터 최가람 누리정밀 대표, 김다온 단장, 박누리 솔빛텍 대표")
    (agreement,) = extract(Article("t", text)).agreements
    assert sorted((p.name, p.organisation) for p in agreement.representatives) == [
        ("김다온", "가람대학교 창업지원단"), ("박누리", "솔빛텍"), ("최가람", "누리정밀")]


def test_a_colleague_without_a_body_of_their_own_still_takes_the_list_s_body() -> None:
    # (negative of carry-yields-to-written: a person named nowhere else keeps the carry)
    text = ("가람시와 누리정밀은 28일 협약을 체결했다. 협약식에는 최가람 누리정밀 대표, 김다온 "
            "전무가 참석했다.")
    (agreement,) = extract(Article("t", text)).agreements
    assert ("김다온", "누리정밀") in [(p.name, p.organisation) for p in agreement.representatives]


def test_a_name_before_a_former_or_present_head_is_still_the_name() -> None:
    assert _people("홍길동 현 총장은 소감을 밝혔다.") == [("홍길동", "총장", None)]


def test_a_name_written_with_씨_is_the_name_without_it() -> None:
    # "대표 박다온씨": Kiwi keeps 씨 (Mr/Ms) on the name; the person is 박다온
    assert ("박다온", "대표", "다온전자") in _people("다온전자 대표 박다온씨와 가온시 홍길동 시장이 서명했다.")


def test_an_acting_head_is_no_name() -> None:
    # 권한대행 (acting) reads as 권 + 한대행; it is part of the title
    assert "권한대행" not in [p[0] for p in _people("협약식에는 가온시장 권한대행 부시장 이가온이 참석했다.")]


def test_a_department_head_title_before_a_name_and_calling_is_no_body() -> None:
    # "누리대학교 연구처장 김누리 교수": 연구처장 (연 + 구처장) read as a name was taken for the
    # person's body, a body that does not sign; it is a title, and 교수 fits the university
    text = ("누리대학교와 다온전자㈜는 5일 산학협력 협약을 맺었다. 협약식에는 누리대학교 산학협력단장 겸 "
            "연구처장 김누리 교수와 다온전자 대표이사 사장 박다온이 참석했다.")
    (agreement,) = extract(Article("t", text)).agreements
    assert ("김누리", "누리대학교") in [(p.name, p.organisation) for p in agreement.representatives]


def test_a_person_written_with_an_abbreviation_of_the_party_speaks_for_it() -> None:
    # rule abbreviation-fits: 누리신보 (누리 + 신용 + 보증) abbreviates 누리신용보증재단, and
    # 이사장 heads that foundation; 가온은행 is no such abbreviation
    text = ("누리신용보증재단과 가온은행은 18일 소상공인 지원 업무협약을 체결했다. "
            "강누리 누리신보 이사장은 \"소상공인에게 힘이 되겠다\"고 밝혔다.")
    (agreement,) = extract(Article("t", text)).agreements
    assert [(p.name, p.organisation) for p in agreement.representatives] == [
        ("강누리", "누리신용보증재단")]


_PLACELESS_SIGNING = ("가온시설공단은 3일 솔빛에너지, {short}과 태양광 협약을 맺었다. 협약식에는 한다온 "
                      "가온시설공단 이사장, 박솔 솔빛에너지 대표, 윤가람 {full} 이사장이 참석했다.")


@pytest.mark.parametrize(("short", "full", "speaks"), [
    # rule placeless-short-form: the party read only as 시민햇빛조합, its head's body written in
    # full with its place word first (가온 or another)
    ("시민햇빛조합", "가온시민햇빛발전협동조합", True),
    ("시민햇빛조합", "누리시민햇빛발전협동조합", True),
    # NOT: a short form of four letters is too loose to fit a full name by its letters
    ("햇빛조합", "가온시민햇빛발전협동조합", False),
    # NOT: a body of another kind (a foundation) is no full name of a cooperative
    ("시민햇빛조합", "가온시민에너지재단", False),
])
def test_a_party_read_by_a_short_form_without_its_place_word(short: str, full: str,
                                                              speaks: bool) -> None:
    text = _PLACELESS_SIGNING.format(short=short, full=full)
    (agreement,) = extract(Article("t", text)).agreements
    assert ("윤가람" in [p.name for p in agreement.representatives]) is speaks


def test_a_guest_body_that_is_no_abbreviation_of_a_party_stays_out() -> None:
    text = ("누리대학교와 다온전자는 15일 산학협력 협약을 체결했다. 김누리 총장과 박다온 대표가 서명했다. "
            "이날 행사에는 윤바다 누리시장이 참석해 축사를 했다.")
    (agreement,) = extract(Article("t", text)).agreements
    assert "윤바다" not in [p.name for p in agreement.representatives]


@pytest.mark.parametrize("company", ["이노텍", "조은텍", "한빛솔"])
def test_a_signing_company_whose_name_reads_as_a_name_is_the_body_before_its_head(company: str) -> None:
    # rule party-read-as-name: "이노텍 박다온 대표" (이 + 노텍) where 이노텍 signs; the colleague
    # listed after goes with the company too
    text = (f"가온시와 {company}㈜는 3일 투자 업무협약을 체결했다. 이날 협약식에는 홍길동 가온시장과 "
            f"{company} 박다온 대표, 김누리 전무 등이 참석했다.")
    (agreement,) = extract(Article("t", text)).agreements
    found = [(p.name, p.organisation) for p in agreement.representatives]
    assert ("박다온", company) in found and ("김누리", company) in found
    assert company not in [name for name, _ in found]


@pytest.mark.parametrize("written", ["Michael Brown Daon Robotics CEO", "Daon Robotics Michael Brown CEO"])
def test_a_latin_name_run_together_with_the_latin_party_is_cut_at_the_party(written: str) -> None:
    # rule latin-name-and-body: one run of capitalised words holds both the name and the body
    text = ("누리대학교와 Daon Robotics는 16일 기술협력 MOU를 체결했다. "
            f"협약식에는 김누리 누리대 총장과 {written}가 참석했다.")
    (agreement,) = extract(Article("t", text)).agreements
    assert ("Michael Brown", "Daon Robotics") in [
        (p.name, p.organisation) for p in agreement.representatives]


@pytest.mark.parametrize(("signer", "expected"), [
    # rule party-word-as-name: the first word of the party's spaced name, read as the name,
    # is the body; the two transcribed words before it are the name
    ("협약식에는 마크 헤일리 벨로니아 CEO가 참석했다.", ("마크 헤일리", "벨로니아 시스템즈")),
    # NOT: no transcribed name before the body's word: no person at all (not "벨로니아")
    ("협약식에는 이번에 벨로니아 CEO가 참석했다.", None),
])
def test_a_spaced_partys_first_word_read_as_a_name_is_the_body(
        signer: str, expected: tuple[str, str] | None) -> None:
    (sentence,) = prepare(signer).sentences
    at = signer.index("벨로니아")
    read = PersonMention(name="벨로니아", title="CEO", full_title="CEO", rank=None,  # type: ignore[arg-type]
                         start=at, end=at + len("벨로니아 CEO"))
    cut = _party_word_cut(sentence, read, [Organisation("누리대학교"), Organisation("벨로니아 시스템즈")])
    assert (cut.name, cut.org) == expected if cut else expected is None
    # a person the finder reads with a body of their own is left as read
    own = dataclasses.replace(read, name="김누리", org="누리대")
    assert _party_word_cut(sentence, own, [Organisation("벨로니아 시스템즈")]) == own


@pytest.mark.parametrize(("text", "names"), [
    # rule party-as-name: a word read as a name that is a party's name as written is the
    # party, no person (노바텍: 노 opens Korean names)
    ("가온시는 15일 시청에서 노바텍과 수소 부품 업무협약을 체결했다. 이날 노바텍 대표가 참석했다.", []),
    ("가온시는 15일 시청에서 라보텍과 수소 부품 업무협약을 체결했다. 협약식에는 라보텍 대표도 자리했다.", []),
    # NOT: a name that is no party's stays, beside the party's word or in a party shaped like a name
    ("가온시는 15일 시청에서 노바텍과 수소 부품 업무협약을 체결했다. 이날 노바텍 노다온 대표가 참석했다.", ["노다온"]),
    ("누리대학교는 15일 정다운과 청년 창업 업무협약을 체결했다. 협약식에는 김다온 정다운 대표가 참석했다.", ["김다온"]),
])
def test_a_partys_name_read_as_a_name_is_no_person(text: str, names: list[str]) -> None:
    found = extract(Article("t", text)).agreements
    assert [p.name for a in found for p in a.representatives] == names


@pytest.mark.parametrize("company", ["솔빛시스템즈", "솔빛 시스템즈", "가온테크놀로지스", "한결인더스트리즈"])
def test_an_english_plural_ending_makes_a_company_party(company: str) -> None:
    # lexicon org_suffixes: 시스템즈, 테크놀로지스, … as 솔루션즈 and 게임즈
    text = f"누리시는 7일 시청에서 {company}와 업무협약을 체결했다."
    (agreement,) = extract(Article("t", text)).agreements
    assert company in [p.name for p in agreement.parties]


# rule body-title-name: a body, the officer's function (with 겸, 직무대행 or a second title),
# then the name and maybe a calling; a body that reads as a name ("한빛정밀": 한 + 빛정밀) is
# no name here, and a deputy's title ("부단장") is no name either
BODY_TITLE_NAMES = [
    ("누리전자 대표이사 사장인 김누리 씨는 소감을 밝혔다.", ("김누리", "대표이사 사장", "누리전자")),
    ("한빛정밀 대표이사 김한빛, 누리시 기업지원과장 박누리가 서명했다.", ("김한빛", "대표이사", "한빛정밀")),
    ("누리시 기업지원과장 박누리, 가온대 산학협력단 부단장 최가온 교수가 서명했다.",
     ("최가온", "부단장", "가온대 산학협력단")),
    ("다솜재단 이사장 직무대행 최다솜은 9일 한빛은행과 나눔 협약을 체결했다.",
     ("최다솜", "이사장 직무대행", "다솜재단")),
    ("가온대학교 총장 김누리 박사와 한빛전자 대표이사 사장 박한빛이 협약을 체결했다.",
     ("박한빛", "대표이사 사장", "한빛전자")),
    ("가온대학교 총장 김누리 박사와 한빛전자 대표이사 사장 박한빛이 협약을 체결했다.",
     ("김누리", "총장", "가온대학교")),
]


# rule list-item-body: in a list of people each written body, title, name, the word opening
# the next item is that item's body though no lexicon knows it (not the previous item's body)
NEXT_ITEM_BODIES = [
    ("참여 기관은 가람농원 대표 김누리, 솔빛식품 대표 박하늘, 누리벌꿀 대표 최다온이다.",
     ("박하늘", "대표", "솔빛식품")),
    ("협약식에는 가람대 총장 김누리, 솔빛식품 대표 박하늘이 참석했다.", ("박하늘", "대표", "솔빛식품")),
    ("다온대학교 총장 윤서진, 솔빛바이오 대표 강하람은 기술 협약을 맺었다.", ("강하람", "대표", "솔빛바이오")),
    # what stays: a qualifier of the title, a deputy with no body, a name opening the item
    ("가람텍 대표 김누리, 공동 대표 박하늘이 참석했다.", ("박하늘", "대표", "가람텍")),
    ("가람텍 대표 김누리, 부사장 박하늘이 참석했다.", ("박하늘", "부사장", "가람텍")),
    ("가람대 총장 김누리, 박하늘 대표가 참석했다.", ("박하늘", "대표", "가람대")),
]


@pytest.mark.parametrize("text, person", NEXT_ITEM_BODIES)
def test_the_next_item_of_a_list_names_its_own_body(text: str,
                                                    person: tuple[str, str, str]) -> None:
    assert person in _people(text)


@pytest.mark.parametrize("text, person", BODY_TITLE_NAMES)
def test_a_body_then_the_function_then_the_name(text: str, person: tuple[str, str, str]) -> None:
    assert person in _people(text)


def test_a_calling_after_the_name_makes_no_second_person() -> None:
    found = _people("가온대 산학협력단 부단장 최가온 교수가 서명했다.")
    assert found == [("최가온", "부단장", "가온대 산학협력단")]


@pytest.mark.parametrize("word", ["부단장", "부학장", "부소장", "부관장"])
def test_a_deputy_title_is_no_name(word: str) -> None:
    assert not is_name(word)


def test_a_verb_of_a_noun_before_a_name_is_no_name() -> None:
    # "방문해" (방문 + 하다) reads as a name (방 + 문해); the person is 박다온, heading 다온군
    text = ("가온시는 22일 다온군청을 찾아 자매결연 협정을 체결했다. 김가온 시장이 이날 다온군청을 "
            "방문해 박다온 군수와 협정서에 서명했다.")
    (agreement,) = extract(Article("t", text)).agreements
    assert ("박다온", "군수", "다온군청") in [
        (p.name, p.title, p.organisation) for p in agreement.representatives]


def test_a_university_head_is_not_carried_to_the_city_the_sentence_is_about() -> None:
    # rule carry-fits: 총장 heads no city; 누리대학교 is told only as "관계자와", no party here
    text = "가온시는 김누리 총장 등 누리대학교 관계자와 청년 창업 협약을 맺었다고 4일 밝혔다."
    (agreement,) = extract(Article("t", text)).agreements
    assert ("김누리", "가온시") not in [(p.name, p.organisation) for p in agreement.representatives]


def test_the_head_of_a_signing_branch_named_after_its_place_speaks_for_the_branch() -> None:
    # rule signing-unit for branch heads: 충북지사장 = 충북지사 + 장, a branch of the body before
    text = ("한국가온공사 충북지사는 9일 청주시 솔빛마을과 1사1촌 자매결연 협약을 체결했다. 협약식에는 "
            "홍가온 한국가온공사 충북지사장과 박솔빛 솔빛마을 이장 등 30여명이 참석했다.")
    (agreement,) = extract(Article("t", text)).agreements
    assert ("홍가온", "한국가온공사 충북지사") in [
        (p.name, p.organisation) for p in agreement.representatives]


def test_an_officer_listed_after_a_person_of_a_company_of_no_told_kind_is_of_that_company() -> None:
    # rule colleague-first: 다온조선 tells no kind, so 전무 would fit only 한빛중공업
    text = ("한빛중공업과 다온조선은 22일 친환경 선박 기술협력 협약을 맺었다. 협약식에는 한빛중공업 "
            "이한빛 사장과 다온조선 정다온 부사장, 최다솔 전무 등 양사 임원이 참석했다.")
    (agreement,) = extract(Article("t", text)).agreements
    found = [(p.name, p.organisation) for p in agreement.representatives]
    assert ("정다온", "다온조선") in found and ("최다솔", "다온조선") in found


def test_a_head_written_with_a_body_that_is_no_party_speaks_for_no_party() -> None:
    # rule stranger: "가온필하모닉오케스트라 박가온 단장": a proper noun before the name is the
    # person's own body; 단장 is not given to the one party a 단장 could head
    text = ("누리문화재단은 가온필하모닉오케스트라와 문화예술 교류 협약을 맺었다. 누리문화재단 대표이사 "
            "한누리는 \"뜻깊다\"고 말했다. 가온필하모닉오케스트라 박가온 단장은 \"기쁘다\"고 전했다.")
    (agreement,) = extract(Article("t", text)).agreements
    assert "박가온" not in [p.name for p in agreement.representatives
                           if p.organisation == "누리문화재단"]


@pytest.mark.parametrize("bullet", ["△", "▲", "·", "◇"])
def test_a_bullet_glued_to_a_body_opens_a_list_item(bullet: str) -> None:
    # "△가온대 김가온 사업단장": the bullet is no part of the body's name
    text = f"이날 협약식에는 {bullet}가온대 김가온 사업단장 {bullet}누리대 이누리 사업단장이 참석했다."
    assert _people(text) == [("김가온", "사업단장", "가온대"), ("이누리", "사업단장", "누리대")]


def test_titles_and_names_joined_by_a_dot_are_two_people() -> None:
    # rule dotted-title-name: "총장 김누리·누리시장 박다온" (Kiwi reads 김누리·누리시장 as one word)
    assert _people("가온대 총장 김누리·누리시장 박다온이 서명했다.") == [
        ("김누리", "총장", "가온대"), ("박다온", "시장", "누리시")]


def test_a_short_school_name_before_the_name_is_no_stranger_to_its_party() -> None:
    # rule stranger: "가온고" shortens the party 가온고등학교, so 교장 speaks for it
    text = ("누리대학교는 15일 가온고등학교와 교육 협약을 맺었다. 협약식에는 누리대 김누리 입학처장과 "
            "가온고 박다온 교장이 참석했다.")
    (agreement,) = extract(Article("t", text)).agreements
    assert ("박다온", "가온고등학교") in [(p.name, p.organisation) for p in agreement.representatives]


def test_an_artistic_director_heads_an_arts_centre() -> None:
    text = ("누리문화재단과 가온아트센터는 15일 협약을 맺었다. 이번 협약은 누리문화재단 김누리 이사장과 "
            "가온아트센터 박다온 예술감독이 체결했다.")
    (agreement,) = extract(Article("t", text)).agreements
    assert ("박다온", "예술감독", "가온아트센터") in [
        (p.name, p.title, p.organisation) for p in agreement.representatives]


@pytest.mark.parametrize("text, person", [
    # the function before the name is the title; 교수 after it is a calling (GUIDELINES: title
    # as the article gives the person's function)
    ("산학협력단장 김누리 교수는 소감을 밝혔다.", ("김누리", "산학협력단장", None)),
    ("누리대 산학협력단장 김누리 교수는 소감을 밝혔다.", ("김누리", "산학협력단장", "누리대")),
])
def test_a_calling_after_the_name_is_not_the_title(text: str, person: tuple[str, str, str | None]
                                                    ) -> None:
    assert _people(text) == [person]


def test_a_rank_after_the_name_of_a_fused_head_is_no_second_title() -> None:
    # "제7보병사단장 박다온 소장": 소장 is the rank (major general), not a research head's title
    text = ("가온연구소와 육군 제7보병사단은 12일 협약을 체결했다. 협약식에는 가온연구소 김누리 소장과 "
            "제7보병사단장 박다온 소장이 참석했다.")
    (agreement,) = extract(Article("t", text)).agreements
    assert sorted((p.name, p.organisation) for p in agreement.representatives) == [
        ("김누리", "가온연구소"), ("박다온", "육군 제7보병사단")]


@pytest.mark.parametrize("text, person", [
    # rule reread-with: Kiwi may read a head's title closed by 과 as one proper noun
    ("김누리 한국가온공사 부산본부장과 박다온 부시장이 참석했다.", ("김누리", "본부장", "한국가온공사 부산본부")),
    ("박다온 시장과 김누리 원장은 협약서에 서명했다.", ("박다온", "시장", None)),
])
def test_a_title_closed_by_과_that_reads_as_one_proper_noun(
        text: str, person: tuple[str, str, str | None]) -> None:
    assert person in _people(text)


def test_an_abbreviation_of_a_party_without_its_national_prefix() -> None:
    # rule abbreviation-fits: 재료연 shortens 한국재료가온연구원 once 한국 is set aside
    text = "한국재료가온연구원은 가온대와 협약을 맺었다. 김누리 재료연 원장은 \"기쁘다\"고 말했다."
    (agreement,) = extract(Article("t", text), learned_people=False).agreements  # the rules' reading; the learned step's: test_people_learned.VETO_ROWS
    assert [(p.name, p.organisation) for p in agreement.representatives] == [
        ("김누리", "한국재료가온연구원")]


def test_a_japanese_mayor_after_a_title_closed_by_과_that_reads_as_one_noun() -> None:
    # "시장과" read as one common noun hid both people
    assert _people("홍가온 시장과 야마모토 다카시 누리시장이 협정서에 서명했다.") == [
        ("홍가온", "시장", None), ("야마모토 다카시", "시장", "누리시")]


def test_a_latin_named_head_with_no_body_speaks_for_the_one_foreign_party() -> None:
    # rule latin-person: CEO would fit only 가온전자 by kind; the person is Nuri Robotics'
    text = ("가온전자는 미국 Nuri Robotics와 기술협력 MOU를 체결했다. 가온전자 박가온 대표와 "
            "Nuri Robotics의 Michael Johnson CEO가 서명했다.")
    (agreement,) = extract(Article("t", text)).agreements
    assert sorted((p.name, p.organisation) for p in agreement.representatives) == [
        ("Michael Johnson", "Nuri Robotics"), ("박가온", "가온전자")]


def test_an_honorific_after_the_title_is_no_part_of_it() -> None:
    # "원장님": Kiwi reads 원장 + 님 (a suffix of respect); the title is 원장
    assert _people("누리어린이집 김누리 원장님은 \"안전이 최우선\"이라고 말했다.") == [
        ("김누리", "원장", "누리어린이집")]


def test_a_name_with_씨_whose_aside_holds_the_title() -> None:
    # "누리상회 김누리씨(대표)": 씨 is cut off; the bare word before is the company that signs
    text = "가온복지관은 누리상회와 나눔 협약을 맺었다. 누리상회 김누리씨(대표)는 \"작은 나눔\"이라고 했다."
    (agreement,) = extract(Article("t", text)).agreements
    assert [(p.name, p.title, p.organisation) for p in agreement.representatives] == [
        ("김누리", "대표", "누리상회")]


@pytest.mark.parametrize("text, person", [
    # rule department-officer: a 과 or 국 is a government's, a 처 a university's
    ("가온시는 누리전자와 투자협약을 맺었다. 박누리 투자유치과장은 \"최선을 다하겠다\"고 말했다.",
     ("박누리", "투자유치과장", "가온시")),
    ("가온시는 누리전자와 투자협약을 맺었다. 이날 협약식에는 최가온 경제국장이 참석했다.",
     ("최가온", "경제국장", "가온시")),
    ("누리대학교는 가온전자와 협약을 맺었다. 김누리 산학협력처장은 \"협력하겠다\"고 말했다.",
     ("김누리", "산학협력처장", "누리대학교")),
])
def test_a_department_head_named_without_a_body_speaks_for_the_party_of_its_kind(
        text: str, person: tuple[str, str, str]) -> None:
    (agreement,) = extract(Article("t", text)).agreements
    assert [(p.name, p.title, p.organisation) for p in agreement.representatives] == [person]


@pytest.mark.parametrize("text, expected", [
    # rule fused-stranger: a named body fused into the title that signs nothing (the body that
    # lent the hall) is the person's own; the title fits no party, whether the name is Korean
    # or a transcribed one with its Latin spelling (rule latin-spelled keeps the fused body)
    ("다솜병원(병원장 이가람)은 12일 누리시와 의료협력 협약을 체결했다. 장소를 내준 "
     "응우옌 반 미(Nguyen Van My) 미르병원장은 \"기쁘다\"고 말했다.",
     [("이가람", "병원장", "다솜병원")]),
    ("다솜병원(병원장 이가람)은 12일 누리시와 의료협력 협약을 체결했다. 장소를 내준 "
     "김다온 미르병원장은 \"기쁘다\"고 말했다.",
     [("이가람", "병원장", "다솜병원")]),
    # NOT: the fused body is a party, or its short form
    ("가온시는 3일 누리대학교와 협약을 맺었다. 박가온 가온시장과 김누리 누리대 총장이 서명했다.",
     [("박가온", "시장", "가온시"), ("김누리", "총장", "누리대학교")]),
    ("다솜병원은 12일 미르병원과 협약을 체결했다. 이날 응우옌 반 미(Nguyen Van My) 미르병원장이 서명했다.",
     [("응우옌 반 미", "병원장", "미르병원")]),
])
def test_a_body_fused_into_a_title_that_signs_nothing_gives_no_party(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    (agreement,) = extract(Article("t", text), learned_people=False).agreements
    assert [(p.name, p.title, p.organisation) for p in agreement.representatives] == expected


@pytest.mark.parametrize(("partner", "officer", "expected"), [
    # rule home-officer: a department head named in Korean, with no body written, at a signing
    # of a Korean and a foreign university (after its state, or its city) is the Korean's
    ("미국 텍사스주 누리힐대학교", "여다온 국제처장", [("여다온", "국제처장", "가온대학교")]),
    ("일본 오사카 누리대학교", "여다온 국제처장", [("여다온", "국제처장", "가온대학교")]),
    # NOT: two Korean universities: the officer may be either's
    ("누리대학교", "여다온 국제처장", []),
    # NOT: a transcribed foreign name is no home officer
    ("미국 텍사스주 누리힐대학교", "제임스 밀러 국제처장", []),
])
def test_a_korean_department_head_beside_a_foreign_university_is_the_korean_partys(
        partner: str, officer: str, expected: list) -> None:
    text = (f"가온대학교는 {partner}와 교류 협정을 체결했다. 한다온 총장이 현지에서 협정서에 서명했다. "
            f"이번 방문에는 {officer}이 동행했다.")
    (agreement,) = extract(Article("t", text)).agreements
    assert [(p.name, p.title, p.organisation) for p in agreement.representatives
            if p.name != "한다온"] == expected


def test_a_section_head_is_no_company_s_when_no_government_signs() -> None:
    text = "누리대학교는 가온전자와 협약을 맺었다. 박누리 투자유치과장은 \"기쁘다\"고 말했다."
    (agreement,) = extract(Article("t", text)).agreements
    assert agreement.representatives == ()


def test_a_department_fused_into_the_title_is_no_body_of_a_colleague_s_own() -> None:
    # rule colleague: "최한빛 대표이사, 강민석 생산본부장": 생산본부 is a department of the
    # company of the person listed before, not a body that could sign
    text = ("가온대학교는 14일 ㈜한빛정공과 산학협력 협약을 체결했다. 이날 협약식에는 이가온 총장과 "
            "최한빛 대표이사, 강민석 생산본부장 등이 참석했다.")
    (agreement,) = extract(Article("t", text)).agreements
    assert ("강민석", "생산본부장", "한빛정공") in [
        (p.name, p.title, p.organisation) for p in agreement.representatives]


@pytest.mark.parametrize("text, deputy", [
    # rule deputy-joined: the deputy joined by 과 to the head of the same post is that
    # head's colleague, though no body is written (the head's title may carry the unit)
    ("가온대학교 RISE사업단은 13일 누리공단 가온본부와 협약을 체결했다. 협약식에는 김누리 "
     "사업단장과 박다온 부단장이 참석했다.", ("박다온", "가온대학교 RISE사업단")),
    # rule kind-before-name / kind-stops-carry: a list item's body written by its kind only,
    # before the name, is the party of that kind (a branch by its parent's kind), not the
    # body of the item before
    # rule kind-alone: the acting head of a body written by its kind only
    ("가온FC는 1일 누리시체육회 가온지부와 협약을 체결했다. 지부 사무처장 권한 대행을 맡고 있는 "
     "김다온 부처장은 \"함께 뛰겠다\"고 말했다.", ("김다온", "누리시체육회 가온지부")),
    ("가온군은 22일 군청에서 누리병원, 가온농업협동조합, 대한노인회 가온군지회와 협약을 "
     "체결했다. 협약식에는 병원에서 황보다온 병원장, 농협 설윤 조합장, 노인회 안다온 지회장이 "
     "함께했다.", ("안다온", "대한노인회 가온군지회")),
    # rule kind-word: an association called by its kind after the people it gathers
    # ("입주자대표회의") is the party of that kind, though the title fits the other party too
    ("가온동주민자치회와 누리숲아파트 입주자대표회의가 19일 협약을 맺었다. 주민자치회 김다온 "
     "위원장과 입주자대표회의 박누리 회장이 협약서에 서명했다.",
     ("박누리", "누리숲아파트 입주자대표회의")),
    # rule fused-whole-name: a party's whole name fused into the title, in a list after
    # another party's head, is that party's head, not the body carried along the list
    ("가온항만공사는 5일 누리해양경찰서, 가온지방해양수산청과 안전 협약을 체결했다. 협약식에는 "
     "김누리 가온항만공사 사장, 박다온 누리해양경찰서장, 최하윤 가온지방해양수산청장이 참석했다.",
     ("최하윤", "가온지방해양수산청")),
    # rule kind-before-name: the kind as the side the person speaks for ("연맹 측")
    ("누리대학교는 5일 가온볼연맹과 심판 양성 협약을 체결했다.\n연맹 측 박누리 회장과 체육대학 "
     "김다온 학장이 협약서에 서명했다.", ("박누리", "가온볼연맹")),
])
def test_a_deputy_joined_to_the_head_speaks_for_the_head_s_party(
        text: str, deputy: tuple[str, str]) -> None:
    (agreement,) = extract(Article("t", text)).agreements
    assert deputy in {(p.name, p.organisation) for p in agreement.representatives}


@pytest.mark.parametrize("text, kinds", [
    ("협약식에는 연맹 측 박누리 회장과 대학 측 김다온 학장이 참석했다.",
     {"박누리": "연맹", "김다온": "대학"}),
    # NOT: a side named by no kind of body ("주최 측") is no kind (rule kind-before-name)
    ("협약식에는 주최 측 박누리 회장이 참석했다.", {"박누리": None}),
])
def test_the_kind_of_the_side_a_head_speaks_for(text: str, kinds: dict[str, str | None]) -> None:
    found = find_people(clause(Sentence(0, len(text), text)))
    assert {p.name: p.kind_word for p in found} == kinds


def test_a_deputy_of_another_post_is_no_colleague() -> None:
    found = _people_follows("협약식에는 김누리 가온대 총장과 박다온 부시장이 참석했다.")
    assert found["박다온"] is None


def _people_follows(text: str) -> dict[str, str | None]:
    return {p.name: p.follows for p in find_people(clause(Sentence(0, len(text), text)))}


@pytest.mark.parametrize("text, speaks", [
    # rule guest-address: a congratulatory address is a guest's, though the guest heads the
    # body a signing unit belongs to; a head's greeting (인사말) is a party's
    ("가온대학교 RISE사업단(단장 김누리)은 13일 누리공단 가온본부와 협약을 체결했다. 가온대 "
     "홍길동 총장은 축사에서 \"지역과 함께하겠다\"고 말했다.", False),
    ("가온대학교 RISE사업단(단장 김누리)은 13일 누리공단 가온본부와 협약을 체결했다. 가온대 "
     "홍길동 총장은 이날 격려사를 통해 \"지역과 함께하겠다\"고 말했다.", False),
    ("가온대학교 RISE사업단(단장 김누리)은 13일 누리공단 가온본부와 협약을 체결했다. 가온대 "
     "홍길동 총장은 인사말에서 \"지역과 함께하겠다\"고 말했다.", True),
    ("가온대학교 RISE사업단(단장 김누리)은 13일 누리공단 가온본부와 협약을 체결했다. "
     "홍길동 가온대학교 총장이 참석해 축사를 했다.", False),
    # … so is one who came to congratulate, with an office title before the name too
    ("가온대학교 RISE사업단(단장 김누리)은 13일 누리공단 가온본부와 협약을 체결했다. "
     "홍길동 가온대학교 총장이 참석해 축하했다.", False),
    ("가온대학교 RISE사업단(단장 김누리)은 13일 누리공단 가온본부와 협약을 체결했다. "
     "가온대학교 대외협력처장 홍길동 교수가 참석해 축하를 전했다.", False),
    # … but a head congratulating who is not said to come stays read
    ("가온대학교 RISE사업단(단장 김누리)은 13일 누리공단 가온본부와 협약을 체결했다. 가온대 "
     "홍길동 총장은 축하했다.", True),
    # who came to sign is no guest
    ("가온대학교 RISE사업단(단장 김누리)은 13일 누리공단 가온본부와 협약을 체결했다. "
     "홍길동 누리공단 가온본부장이 참석해 협약서에 서명했다.", True),
])
def test_a_congratulatory_address_is_a_guest_s(text: str, speaks: bool) -> None:
    (agreement,) = extract(Article("t", text), learned_people=False).agreements  # the rules' reading; the learned step's: test_people_learned.VETO_ROWS
    assert ("홍길동" in {p.name for p in agreement.representatives}) == speaks


def test_a_head_beside_a_social_cooperative_written_short_speaks_for_it() -> None:
    # 사협 shortens 사회적협동조합: the head written beside the short form is that party's
    text = ("가온신용협동조합은 20일 누리사회적협동조합과 업무협약을 체결했다. 협약식에는 곽민 "
            "이사장과 누리사협 주예린 이사장 직무대행이 참석했다.")
    (agreement,) = extract(Article("t", text)).agreements
    assert ("주예린", "누리사회적협동조합") in {
        (p.name, p.organisation) for p in agreement.representatives}


@pytest.mark.parametrize("stem, title", [
    # a title in the plural stands after a list for the head of each item ("…센터 대표들이")
    ("대표들", "대표"), ("이사장들", "이사장"), ("가온시장들", "시장"),
    # …no plural of another word, nor the plural ending alone
    ("학생들", None), ("직원들", None), ("들", None),
])
def test_a_title_in_the_plural_is_the_title(stem: str, title: str | None) -> None:
    found = title_of(stem)
    assert (found[0].title if found else None) == title


@pytest.mark.parametrize("text, last", [
    # the last body of a list before the heads in the plural signs as the others do
    ("김다온 가온시장과 누리돌봄, 솔빛두레생협, 한별지역자활센터 대표들이 차례로 협약서에 "
     "서명했다.", "한별지역자활센터"),
    # …but a list of the people of no body names no party after it
    ("김다온 가온시장과 누리돌봄, 솔빛두레생협, 지역 주민들이 차례로 협약서에 서명했다.",
     "솔빛두레생협"),
])
def test_a_listed_body_before_its_heads_in_the_plural_is_a_party(text: str, last: str) -> None:
    (agreement,) = extract(Article("t", text), learned_people=False,
                           learned_parties=False).agreements
    assert [p.name for p in agreement.parties][-1] == last


@pytest.mark.parametrize("closing, head", [
    # rule sign-off: a newsletter's closing line under its body names the party's head, the
    # party written in full there and short (생협) in the body
    ("\n\n가온소비자생활협동조합 이사장 김다온\n\n※ 다음 달 나눔 행사 신청은 매장에서 받습니다.",
     ("김다온", "가온소비자생활협동조합")),
    # …not a head shot above more of the story, nor a photo's caption
    ("\n가온소비자생활협동조합 이사장 김다온\n조합원 30여 명이 함께했습니다.", None),
    ("\n\n[사진] 가온소비자생활협동조합 이사장 김다온", None),
])
def test_a_newsletters_sign_off_names_the_partys_head(
        closing: str, head: tuple[str, str] | None) -> None:
    text = ("가온생협 소식지 3월호\n\n우리 가온생협은 지난 14일 조합 교육장에서 누리영농조합법인과 "
            "'유기농 채소 계약재배 협약'을 맺었습니다.\n조합원 여러분의 많은 관심 부탁드립니다."
            + closing)
    (agreement,) = extract(Article("t", text), learned_people=False).agreements
    found = [(p.name, p.organisation) for p in agreement.representatives]
    assert found == ([head] if head else [])


def test_people_signing_the_document_later_restate_the_agreement_of_a_unit() -> None:
    # the unit signs; the later sentence writes the unit's parent with its head's title
    text = ("다온대학교 간호학과는 누리요양병원과 4일 간호 실습 협약을 맺었다고 밝혔다. 이날 다온대 "
            "간호학과장 박다온 교수와 누리요양병원 최누리 원장이 협약서에 서명했다.")
    (agreement,) = extract(Article("t", text)).agreements
    assert len(agreement.parties) == 2 and "누리요양병원" in [p.name for p in agreement.parties]
    assert ("최누리", "누리요양병원") in [(p.name, p.organisation) for p in agreement.representatives]


@pytest.mark.parametrize("text", ["부산의 김철수 대표는 말했다.", "미국의 김철수 대표는 말했다."])
def test_a_place_with_의_before_a_company_head_is_no_company(text: str) -> None:
    assert _people(text) == [("김철수", "대표", None)]


def test_a_branch_head_written_with_its_body_shortened_speaks_for_the_branch() -> None:
    # rule shortened-unit: 수도점검공사 is the tail of 한국수도점검공사, 가온지사장 heads its 가온지사
    text = ("한국수도점검공사 가온지사와 국민복지연금공단 가온지사는 3일 취약가구 안전 협약을 맺었다. "
            "협약식에는 노가람 수도점검공사 가온지사장, 하다솜 연금공단 가온지사장이 참석했다.")
    (agreement,) = extract(Article("t", text)).agreements
    found = [(p.name, p.organisation) for p in agreement.representatives]
    assert ("노가람", "한국수도점검공사 가온지사") in found
    assert ("하다솜", "국민복지연금공단 가온지사") in found


def test_a_dean_written_with_the_short_university_and_a_college_speaks_for_the_university() -> None:
    # rule unit-of-party for a college: 인문대학 is a unit of 하람대 (하람대학교), even when
    # 하람도립대학 also signs and 하람대 alone could shorten either
    text = ("하람대학교는 5일 하람도립대학과 인재 양성 협약을 맺었다. 협약식에는 노윤서 하람도립대 총장, "
            "하람대 인문대학 표지후 학장이 참석했다.")
    (agreement,) = extract(Article("t", text)).agreements
    found = [(p.name, p.organisation) for p in agreement.representatives]
    assert ("표지후", "하람대학교") in found


def test_a_party_written_by_the_last_word_of_its_name_is_that_party() -> None:
    # rule party-last-word: "묘향사" for 대한불교조계종 묘향사, the party written under its order
    text = ("대한불교조계종 묘향사와 가온시가족센터는 2일 나눔 협약을 맺었다. 협약식에는 묘향사 주지 혜담 스님과 "
            "가온시가족센터 변나래 센터장이 참석했다.")
    (agreement,) = extract(Article("t", text)).agreements
    found = [(p.name, p.organisation) for p in agreement.representatives]
    assert ("혜담", "대한불교조계종 묘향사") in found


def test_a_head_of_a_body_fused_into_the_title_speaks_for_the_one_party_it_ends() -> None:
    # rule fused-party: 청년회장 and 부녀회장 with no body written; 다솜2리 청년회 and 다솜면
    # 부녀회 sign, each the one party ending with the body fused into the title
    text = ("다솜면 주민자치회와 다솜2리 청년회, 다솜면 부녀회는 4일 마을 돌봄 협약을 맺었다. 이날 협약식에는 "
            "오가람 주민자치회장과 노다온 청년회장, 유솔비 부녀회장이 참석했다.")
    (agreement,) = extract(Article("t", text)).agreements
    found = [(p.name, p.organisation) for p in agreement.representatives]
    assert ("노다온", "다솜2리 청년회") in found and ("유솔비", "다솜면 부녀회") in found


def test_a_person_of_the_head_office_beside_a_signing_branch_speaks_for_no_party() -> None:
    # rule head-office: 윤다솜 came from 한국가온공사's 본사; the 가온지사 signed, not he
    text = ("한국가온공사 가온지사는 7일 누리복지관과 나눔 협약을 맺었다. 협약식에는 노가람 가온지사장과 "
            "변하늘 누리복지관장이 참석했다. 공사 본사 윤다솜 기획처장도 함께했다.")
    (agreement,) = extract(Article("t", text)).agreements
    assert "윤다솜" not in [p.name for p in agreement.representatives]


def test_a_person_of_the_head_office_of_a_signing_company_speaks_for_it() -> None:
    # rule head-office refuses only a head office beside its signing units
    text = ("누리전자와 가온시는 7일 청년 고용 협약을 맺었다. 협약식에는 누리전자 본사 김누리 상무와 "
            "박가온 가온시장이 참석했다.")
    (agreement,) = extract(Article("t", text)).agreements
    assert ("김누리", "누리전자") in [(p.name, p.organisation) for p in agreement.representatives]


# rule place-before-head: a foreign city written apart from its mayor's title, without the 시
# the title swallows, is the city that signs under the name with 시
def test_a_mayor_of_a_place_written_without_시_speaks_for_the_city() -> None:
    text = ("가람군은 15일 미국 시더힐스시와 자매결연 협정을 체결했다. 김가람 가람군수와 마이클 브라운"
            "(Michael Brown) 시더힐스 시장이 서명했다.")
    (agreement,) = extract(Article("t", text)).agreements
    assert ("마이클 브라운", "시장", "시더힐스시") in [
        (p.name, p.title, p.organisation) for p in agreement.representatives]


# rule short-kind: 상의 is the short form of 상공회의소 (Kiwi reads it as 상 + 의); between a
# name and a title it calls the person's body by its kind, the party whose name ends in it
def test_a_chamber_officer_written_with_상의_speaks_for_the_chamber() -> None:
    text = ("가온시는 9일 가온상공회의소, 가온테크노파크와 수출 지원 협약을 체결했다. 협약식에는 김가온 "
            "시장과 박누리 가온상공회의소 회장, 이다솜 상의 사무국장, 최한빛 가온테크노파크 원장이 참석했다.")
    (agreement,) = extract(Article("t", text)).agreements
    assert ("이다솜", "사무국장", "가온상공회의소") in [
        (p.name, p.title, p.organisation) for p in agreement.representatives]
    assert "상의" not in [o.name for o in agreement.parties]


def test_a_chamber_officer_written_with_상의_is_no_other_partys_person() -> None:
    text = ("가온시는 9일 가온관광협회와 관광 활성화 협약을 체결했다. 협약식에는 김가온 시장과 "
            "이다솜 상의 회장이 참석했다.")
    (agreement,) = extract(Article("t", text), learned_people=False).agreements  # the rules' reading; the learned step's: test_people_learned.VETO_ROWS
    assert "이다솜" not in [p.name for p in agreement.representatives]


def test_every_short_kind_in_the_lexicon_stands_for_a_kind_a_body_ends_in() -> None:
    # lexicons/short_kinds.tsv: a second short form is a data row; its full kind must be an
    # ending of lexicons/org_suffixes.tsv, or no party's name could end in it
    assert short_kinds()["상의"] == "상공회의소"
    assert [(short, kind) for short, kind in short_kinds().items()
            if (e := ending(kind)) is None or e.suffix != kind] == []


# rule numbered-village: "하은결 3리 이장" where 다솜3리 마을회 signs — the numbered 리 written
# before the village head's title names the party whose name holds that village
def test_a_village_head_written_with_its_numbered_리_speaks_for_its_village_body() -> None:
    text = ("다솜면 주민자치회와 다솜3리 마을회, 다솜4리 노인회는 2일 마을 돌봄 협약을 체결했다. 이날 "
            "협약식에는 김다솜 주민자치회장과 하은결 3리 이장, 박노을 노인회장이 참석했다.")
    (agreement,) = extract(Article("t", text)).agreements
    assert ("하은결", "이장", "다솜3리 마을회") in [
        (p.name, p.title, p.organisation) for p in agreement.representatives]


# rule latin-name-hangul-body: a Latin name before a Hangul body, whose reading as a brand
# ("Clark 누리로보틱스", as "LG 루미스") took the name's last word; the words of a regional
# division and a long title between body and title
@pytest.mark.parametrize("text, person", [
    ("협약식에는 Emily Clark 누리로보틱스 부사장이 참석했다.", ("Emily Clark", "부사장", "누리로보틱스")),
    ("협약식에는 Emily Clark 누리로보틱스 아시아태평양 총괄 부사장과 김가온 가온정밀 대표이사가 참석했다.",
     ("Emily Clark", "부사장", "누리로보틱스")),
])
def test_a_latin_name_before_a_hangul_body(text: str, person: tuple[str, str, str]) -> None:
    assert person in _people(text)


@pytest.mark.parametrize("text", [
    "협약식에는 Hyundai Motor 코리아 대표가 참석했다.",        # a brand's Korean arm, no person
    "협약식에는 김철수 Hyundai Motor 코리아 대표가 참석했다.",
])
def test_latin_words_before_a_brands_korean_arm_are_no_name(text: str) -> None:
    assert "Hyundai Motor" not in [name for name, _, _ in _people(text)]


# rule hangul-spelling: the Hangul spelling in brackets after a party's Latin name is one of
# its names, so its officer written with the Hangul body speaks for it
def test_a_latin_party_spelled_in_hangul_in_brackets_keeps_its_officer() -> None:
    text = ("미국 로봇기업 Brightfield Robotics(브라이트필드로보틱스)가 가온정밀과 협동로봇 MOU를 체결했다. "
            "서명식에는 Emily Clark 브라이트필드로보틱스 아시아태평양 총괄 부사장과 김가온 가온정밀 대표이사가 "
            "참석했다.")
    (agreement,) = extract(Article("t", text)).agreements
    assert ("Emily Clark", "부사장", "Brightfield Robotics") in [
        (p.name, p.title, p.organisation) for p in agreement.representatives]


def test_the_full_name_an_acronym_stands_for_is_no_hangul_spelling() -> None:
    text = "가온구는 12일 KBN(가온방송네트워크)과 지역 콘텐츠 제작 협약을 체결했다."
    (agreement,) = extract(Article("t", text)).agreements
    assert "KBN" in [o.name for o in agreement.parties]


# rule colleague with a club's coach (titles.tsv: 감독 heads a club, a company here): written
# with no body after another person's body and title, the body carries over when the title
# belongs to that body's kind; after a city's mayor it does not
@pytest.mark.parametrize("text, expected", [
    ("누리FC는 18일 가온중학교, 가온시체육회와 유소년 축구 협약을 체결했다. 협약식에는 하도윤 누리FC "
     "대표이사와 염지석 감독, 가온중 박가온 교장이 참석했다.", [("염지석", "감독", "누리FC")]),
    ("가온시는 18일 가온대학교와 체육 교류 협약을 체결했다. 협약식에는 김가온 가온시장과 염지석 감독, "
     "박누리 총장이 참석했다.", []),
])
def test_a_coach_listed_after_a_clubs_head_speaks_for_the_club(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    (agreement,) = extract(Article("t", text), learned_people=False).agreements  # the rules' reading; the learned step's: test_people_learned.VETO_ROWS
    assert [(p.name, p.title, p.organisation) for p in agreement.representatives
            if p.name == "염지석"] == expected


@pytest.mark.parametrize("text, person", [
    # a common noun led is no body: the person keeps the body written before the name
    ("가람대 홍길동 총장이 이끄는 대표단은 누리시를 방문했다.", ("홍길동", "총장", "가람대")),
    ("김누리 감독이 이끄는 연구팀은 성과를 냈다.", ("김누리", "감독", None)),
])
def test_what_a_person_leads_is_their_body_only_when_it_names_one(text: str, person: tuple) -> None:
    assert person in _people(text)


@pytest.mark.parametrize("text, heads", [
    ("가람대학교는 식품분야 4개 기업과 12일 산학협력 협약을 체결했다. 4개 기관은 박서준 가온농원 대표, 최하윤 누리벌꿀 대표, 김다온 솔빛식품 대표, 이도윤 한결농업법인 대표이다.",
     {("박서준", "가온농원"), ("최하윤", "누리벌꿀"), ("김다온", "솔빛식품"), ("이도윤", "한결농업법인")}),
    ("누리시는 관내 3개 기업과 상생 협약을 맺었다. 3개 기관은 박서준 가온농원 대표, 누리벌꿀(대표 최하윤), 김다온 솔빛식품 대표이다.",
     {("박서준", "가온농원"), ("최하윤", "누리벌꿀"), ("김다온", "솔빛식품")}),
    # the list says it is the counted bodies even where the count reads one fewer new partner
    ("가람대학교는 누리생산성본부 대전지역본부 및 식품분야 3개 기업과 협약을 체결했다. 3개 기관은 박서준 가온농원 대표, 최하윤 누리벌꿀 대표, 김다온 솔빛식품 대표이다.",
     {("박서준", "가온농원"), ("최하윤", "누리벌꿀"), ("김다온", "솔빛식품")}),
    # the items in the genre's other orders: body title name, body name title, mixed
    ("가람대학교는 식품분야 4개 기업과 12일 산학협력 협약을 체결했다. 4개 기관은 가온농원 대표 박서준, 누리벌꿀 최하윤 대표, 김다온 솔빛식품 대표, 한결농업법인(대표 이도윤)이다.",
     {("박서준", "가온농원"), ("최하윤", "누리벌꿀"), ("김다온", "솔빛식품"), ("이도윤", "한결농업법인")}),
    ("누리시는 관내 3개 기업과 상생 협약을 맺었다. 3개 기관은 가온농원 대표 박서준, 누리벌꿀 대표 최하윤, 솔빛식품 대표 김다온이다.",
     {("박서준", "가온농원"), ("최하윤", "누리벌꿀"), ("김다온", "솔빛식품")}),
])
def test_counted_partners_listed_by_their_heads_in_any_order(text: str, heads: set) -> None:
    """A list the count vouches for may give each partner by its head: "name body title",
    "body title name" or "body name title"."""
    (agreement,) = extract(Article("t", text)).agreements
    assert heads <= {(p.name, p.organisation) for p in agreement.representatives}


@pytest.mark.parametrize("mention", ["솔빛2동 동장 김누리는", "김누리 솔빛2동 동장은", "솔빛2동 김누리 동장은",
                                     "솔빛2동장 김누리는"])
def test_a_village_office_head_speaks_for_the_office_in_every_order(mention: str) -> None:
    """Rule office-place: the 동 written apart before its head's title (동장) is the place whose
    office (솔빛2동 행정복지센터) signs."""
    text = ("가온종합사회복지관과 솔빛2동 행정복지센터는 12일 복지 협약을 체결했다. "
            f"이와 관련, {mention} \"주민 복지를 위해 힘쓰겠다\"고 말했다.")
    (agreement,) = extract(Article("t", text)).agreements
    assert ("김누리", "솔빛2동 행정복지센터") in [
        (p.name, p.organisation) for p in agreement.representatives]


@pytest.mark.parametrize("mention", ["AB CDE 허가람 대표는", "AB CDE 대표 허가람은", "허가람 AB CDE 대표는"])
def test_a_company_of_two_acronyms_keeps_both_in_every_order(mention: str) -> None:
    """Rule brand-word for a body of Latin acronyms: "AB CDE" is one company, whichever order
    its head is written in."""
    text = f"[가온일보 김기자] {mention} 17일 누리신용보증기금과 업무협약을 체결했다고 밝혔다."
    (agreement,) = extract(Article("t", text)).agreements
    assert "AB CDE" in [o.name for o in agreement.parties]
    assert [(p.name, p.organisation) for p in agreement.representatives] == [("허가람", "AB CDE")]


# titles.tsv: heads and staff of the genre's smaller bodies (a pharmacy, a committee, a parish,
# an overseas subsidiary, a company's C-level written out in Korean)
@pytest.mark.parametrize("text, person", [
    ("협약식에는 김다온 가온시장, 이솔빛 솔빛약국 약사, 정한결 한결한의원 원장이 참석했다.", ("이솔빛", "약사", "솔빛약국")),
    ("협약식에는 이누리 솔빛테크 최고기술책임자가 참석했다.", ("이누리", "최고기술책임자", "솔빛테크")),
    ("협약식에는 이누리 솔빛테크 최고재무책임자가 참석했다.", ("이누리", "최고재무책임자", "솔빛테크")),
    ("협약식에는 이누리 솔빛테크 이사가 참석했다.", ("이누리", "이사", "솔빛테크")),
    ("협약식에는 이누리 누리위원회 위원이 참석했다.", ("이누리", "위원", "누리위원회")),
    ("누리위원회 위원 서다솜은 협약서에 서명했다.", ("서다솜", "위원", "누리위원회")),
    ("협약식에는 이누리 솔빛테크 베트남법인장이 참석했다.", ("이누리", "베트남법인장", "솔빛테크")),
    ("협약식에는 누리재단 위원 이누리가 참석했다.", ("이누리", "위원", "누리재단")),
])
def test_a_title_of_a_smaller_body(text: str, person: tuple[str, str, str]) -> None:
    assert person in _people(text)


# rule word-title-common-noun: a title that is also an ordinary noun (titles_also_words.txt)
# names nobody next to a word read as common nouns
@pytest.mark.parametrize("text", [
    "김다온 씨는 이사 준비로 바쁘다.",
    "가온시는 시민 위원 모집에 나선다.",
    "누리재단은 오는 6월 운영위원 모집 공고를 낸다.",
    "가온시는 약사 국가시험 준비생을 돕는다.",
    "가온시는 전문위원 위촉식을 열었다.",
    "이번 협약으로 신부 입장과 결혼식 비용을 지원한다.",
    "가온시는 국내 제약사와 협력해 신약을 개발한다.",
    "협약에 따라 솔빛테크는 신규 이사 선임을 추진한다.",
    "가온시는 참여 위원 10명을 위촉했다.",
    "협약에 따라 가온시는 구직자 면접 정장을 무료로 빌려준다.",
])
def test_a_title_that_is_also_a_word_names_nobody(text: str) -> None:
    assert _people(text) == []


def test_moving_house_after_a_head_is_no_second_person() -> None:
    assert _people("김다온 대표는 사무실 이사 후 첫 협약을 맺었다.") == [("김다온", "대표", None)]


# a name, a body and a title with its particle: the person speaks for the body when it is a
# party of the signing; not a guest's body, nor a body the title heads no body of the kind of
TITLE_WITH_PARTICLE = [
    ("가온시는 15일 다솜대학교와 협약을 맺었다. 최누리 다솜대 총장이 협약서에 서명했다.",
     [("최누리", "다솜대학교")]),
    ("가온시는 15일 하늬소프트와 협약을 맺었다. 윤가람 하늬소프트 대표는 상생을 강조했다.",
     [("윤가람", "하늬소프트")]),
    ("솔내군은 15일 누리대학교와 협약을 맺었다. 권하늘 솔내군 부군수가 대신 서명했다.",
     [("권하늘", "솔내군")]),
    ("가온시는 15일 하늬소프트와 협약을 맺었다. 서다솜 한빛재단 이사장이 축사를 했다.", []),
    ("가온시는 15일 하늬소프트와 협약을 맺었다. 서다솜 하늬소프트 총장이 축사를 했다.", []),
]


@pytest.mark.parametrize("text, people", TITLE_WITH_PARTICLE)
def test_a_title_with_its_particle_after_name_and_party(text: str, people: list) -> None:
    found = extract(Article(id="t", text=text)).agreements
    assert [(p.name, p.organisation) for a in found for p in a.representatives] == people


def test_a_verb_before_a_title_with_no_bodys_ending_is_no_body() -> None:
    # rule verbal-body-slot reads a verb-read word as a body only with a body's ending
    assert _people("협약식에는 김다온 새로 온 대표이사가 참석했다.") == []


def test_an_insurer_written_without_its_boheom_is_the_party() -> None:
    # "가온생명" is 가온생명보험 written without its 보험 (orgs.forms): its head speaks for it
    text = ("해온생명보험은 누리헬스와 건강관리 서비스 협약을 맺었다고 4일 밝혔다. 서명식에는 "
            "석다온 해온생명 대표이사와 박누리 누리헬스 대표가 참석했다.")
    (agreement,) = extract(Article("t", text)).agreements
    assert ("석다온", "대표이사", "해온생명보험") in [
        (p.name, p.title, p.organisation) for p in agreement.representatives]


# rule province-head: a name written family first beside a foreign province (a word ending in
# 성), right before the province head's title, is its head; 성장 is a title only there
@pytest.mark.parametrize("text, person", [
    ("협약식은 누리성 청사에서 열렸으며, 김다온 가온시장과 누리성 쩐 반 호 성장이 협약서에 서명했다.",
     ("쩐 반 호", "성장", "누리성")),
    ("이날 협약식에는 김다온 가온시장과 쩐 반 호 다온록성 인민위원장을 비롯한 대표단이 참석했다.",
     ("쩐 반 호", "인민위원장", "다온록성")),
    ("협약식에는 누리성 레 티 란 인민위원장이 참석했다.", ("레 티 란", "인민위원장", "누리성")),
])
def test_the_head_of_a_foreign_province_named_family_first(
        text: str, person: tuple[str, str, str | None]) -> None:
    assert person in _people(text)


@pytest.mark.parametrize("text", [
    "누리성의 경제 성장이 빠르다.",                    # growth, no name before it
    "누리성 쩐 반 호 성장률은 높다.",                  # a rate of growth
    "가온시는 쩐 반 호 성장과 만났다.",                # no province beside the name
    "협약식에는 누리성 김다온 성장이 참석했다.",        # no family name written first
])
def test_growth_is_no_title_outside_a_province_heads_place(text: str) -> None:
    assert [p for p in _people(text) if p[1] == "성장"] == []


def test_a_city_like_word_after_a_korean_name_is_no_family_name() -> None:
    # not family-like-a-city: after a Korean name, or after the body, "로시" names no one
    assert ("김다온 로시", "총장", "가온대학교") not in _people(
        "협약식에는 김다온 로시 가온대학교 총장이 참석했다.")
    assert _people("협약식에는 가온대학교 로시 총장이 참석했다.") == []


def test_an_aside_of_a_monk_with_no_dharma_name_names_no_one() -> None:
    # not dharma-name-aside: no name between the title and 스님, a body's word or acting there
    assert _people("솔바위사(주지 스님)는 가온복지관과 협약을 맺었다.") == []
    assert _people("솔바위사(주지 센터 스님)는 가온복지관과 협약을 맺었다.") == []
    assert _people("솔바위사(주지 대행 스님)는 가온복지관과 협약을 맺었다.") == []


def test_a_foreign_name_before_words_of_no_body_is_no_person() -> None:
    # rule body-slot needs a body's ending its title heads ("지역발전 위원장": a committee's)
    assert _people("협약식에는 응우옌 반 훙 지역발전 위원장이 참석했다.") == []


def test_a_temples_monk_after_another_bodys_head_is_the_temples_only() -> None:
    # the clergy reading ("누리사 주지 원각 스님") holds the bare "주지 원각" the list would carry
    # to the body before: one person, the temple's
    text = "협약식에는 가온재단 김다온 이사장, 누리사 주지 원각 스님이 참석했다."
    assert [p for p in _people(text) if p[0] == "원각"] == [("원각", "주지", "누리사")]


def test_a_monk_with_no_temple_written_is_still_read() -> None:
    assert ("원각", "주지", "가온재단") in _people(
        "협약식에는 가온재단 김다온 이사장, 주지 원각 스님이 참석했다.")


def test_a_dong_head_speaks_for_its_office_written_glued() -> None:
    # "솔빛동장" speaks for "가온시 솔빛동행정복지센터" (the office glued to its 동)
    text = ("가온시 솔빛동행정복지센터는 14일 누리교회와 반찬 나눔 협약을 체결했다. 이날 협약식에는 "
            "문하람 솔빛동장, 박하늘 누리교회 담임목사가 참석했다.")
    (agreement,) = extract(Article("t", text)).agreements
    assert ("문하람", "동장", "가온시 솔빛동행정복지센터") in [
        (p.name, p.title, p.organisation) for p in agreement.representatives]


@pytest.mark.parametrize("text, clergy", [
    # rule clergy-own-body: a pastor speaks for his church, never for another party
    ("우리 교회는 지난 주일 가온종합사회복지관과 나눔 협약을 맺었습니다. 담임목사 김다온 목사님과 "
     "박누리 관장님이 협약서에 서명하셨습니다.", set()),
    ("누리빛교회는 8일 가온종합사회복지관과 나눔 협약을 맺었다. 누리빛교회 김다온 담임목사와 "
     "박누리 관장이 협약서에 서명했다.", {("김다온", "누리빛교회")}),
    ("솔바람사와 가온군은 8일 템플스테이 협약을 맺었다. 솔바람사 주지 혜원 스님과 박누리 군수가 "
     "서명했다.", {("혜원", "솔바람사")}),
])
def test_a_clergy_head_speaks_for_a_religious_body_only(
        text: str, clergy: set[tuple[str, str]]) -> None:
    (agreement,) = extract(Article("t", text)).agreements
    found = {(p.name, p.organisation) for p in agreement.representatives}
    assert {(n, o) for n, o in found if n in {"김다온", "혜원"}} == clergy


# rule fused-office (and council-committee): a title with an office of no party fused into it
# or written before a committee's title is that office's, not the party named before it in the
# list, nor the party whose name the office begins with; a party's own officer stays
SIGNED_BY_CITY_AND_UNIVERSITY = ("가온시는 12일 누리대학교와 인재 양성 협약을 체결했다. ")
FUSED_OFFICES = [
    ("a council committee's chair fused, after the signers' heads",
     "협약식에는 가온시 김다온 시장과 누리대학교 박솔 총장이 서명했으며, "
     "가온시의회산업건설위원장 이하람 의원도 참석했다.", "이하람", None),
    ("the same, fused after the name in a comma list",
     "협약식에는 김다온 가온시장, 박솔 누리대학교 총장, 이하람 가온시의회산업건설위원장이 함께했다.",
     "이하람", None),
    ("the council written apart before the committee's title, after the name",
     "협약식에는 김다온 가온시장, 박솔 누리대학교 총장, 이하람 가온시의회 산업건설위원장이 "
     "자리했다.", "이하람", None),
    ("a provincial council's committee fused",
     "협약식에는 김다온 가온시장, 박솔 누리대학교 총장, 이하람 가온도의회교육위원장이 참석했다.",
     "이하람", None),
    ("a caption naming the guest after the heads",
     "김다온 가온시장과 박솔 누리대학교 총장이 서명했다.\n[사진] 김다온 가온시장(왼쪽)과 박솔 "
     "누리대학교 총장, 이하람 가온시의회 산업건설위원장이 기념촬영을 하고 있다.", "이하람", None),
    ("an education office's head fused, in a comma list after the heads",
     "협약식에는 김다온 가온시장, 박솔 누리대학교 총장, 이하람 가온교육지원청교육장이 참석했다.",
     "이하람", None),
    ("a police station's head fused, in a comma list after the heads",
     "협약식에는 김다온 가온시장, 박솔 누리대학교 총장, 이하람 가온경찰서장이 함께했다.",
     "이하람", None),
    # NOT: a party's own officer with its unit fused, or written with the party, stays
    ("NOT: the city's own bureau head fused",
     "협약식에는 김다온 가온시장과 정누리 가온시산업건설국장, 박솔 누리대학교 총장이 서명했다.",
     "정누리", "가온시"),
    ("NOT: the city's own bureau head written apart",
     "협약식에는 가온시 김다온 시장과 가온시 산업건설국장 정누리, 누리대학교 박솔 총장이 "
     "참석했다.", "정누리", "가온시"),
    ("NOT: the university's deputy who signs",
     "협약식에는 가온시 김다온 시장과 누리대학교 박솔 총장, 최여름 부총장이 참석해 서명했다.",
     "최여름", "누리대학교"),
]


# rule office-department: a city, district or county office (시청, 구청, 군청) fused with one of
# its departments and its head's title is that office's, not the party named before in a list;
# when the office is no party, the person is no party's
OFFICE_DEPARTMENTS = [
    ("a city office's section head in a list after the heads: the city's",
     "가온시는 10일 누리대학교와 인재 양성 협약을 체결했다. 이날 협약식에는 한가람 가온시장과 "
     "오다솜 누리대학교 총장, 정누리 가온시청자치행정과장, 문하늘 누리대학교 산학협력단장 등이 "
     "참석했다.", "정누리", ("가온시", "자치행정과장")),
    ("NOT: the university's unit head after them stays the university's",
     "가온시는 10일 누리대학교와 인재 양성 협약을 체결했다. 이날 협약식에는 한가람 가온시장과 "
     "오다솜 누리대학교 총장, 정누리 가온시청자치행정과장, 문하늘 누리대학교 산학협력단장 등이 "
     "참석했다.", "문하늘", ("누리대학교", "단장")),
    ("a city office's bureau head when the city signs nothing: no party's",
     "누리대학교는 10일 솔빛테크와 산학협력 협약을 체결했다. 이날 협약식에는 오다솜 누리대학교 "
     "총장과 김다온 솔빛테크 대표, 정누리 가온시청일자리경제국장이 참석했다.", "정누리", None),
    ("'시청' before '소년과': the 청 is the unit's (청소년과), the head still the city's",
     "가온시는 10일 누리대학교와 인재 양성 협약을 체결했다. 이날 협약식에는 한가람 가온시장, "
     "오다솜 누리대학교 총장, 정누리 가온시청소년과장이 참석했다.", "정누리",
     ("가온시", "청소년과장")),
]


@pytest.mark.parametrize(("text", "name", "expected"), [row[1:] for row in OFFICE_DEPARTMENTS],
                         ids=[row[0] for row in OFFICE_DEPARTMENTS])
def test_an_office_department_head_is_the_offices(text: str, name: str,
                                                  expected: tuple[str, str] | None) -> None:
    (agreement,) = extract(Article("t", text)).agreements
    found = {p.name: (p.organisation, p.title) for p in agreement.representatives}
    assert found.get(name) == expected


def test_an_office_that_signs_keeps_its_head() -> None:
    # NOT fused-office: the police station is a party, its head is its own
    text = ("가온경찰서는 12일 누리대학교와 치안 협약을 체결했다. 협약식에는 박솔 누리대학교 총장, "
            "이하람 가온경찰서장이 참석했다.")
    (agreement,) = extract(Article("t", text)).agreements
    assert ("이하람", "가온경찰서") in [(p.name, p.organisation) for p in agreement.representatives]


@pytest.mark.parametrize(("text", "name", "party"), [row[1:] for row in FUSED_OFFICES],
                         ids=[row[0] for row in FUSED_OFFICES])
def test_an_office_of_no_party_in_a_title_is_no_partys(text: str, name: str,
                                                          party: str | None) -> None:
    (agreement,) = extract(Article("t", SIGNED_BY_CITY_AND_UNIVERSITY + text)).agreements
    found = {p.name: p.organisation for p in agreement.representatives}
    assert found.get(name) == party


def _reps(text: str) -> dict[str, str | None]:
    """Each representative the article's agreements give, spaces dropped, and their party."""
    return {p.name.replace(" ", ""): p.organisation for a in extract(Article("t", text)).agreements
            for p in a.representatives}


# heads the rules used to miss: a Chinese name family first (rule chinese-family-first), a
# party word opening a foreign name (rule party-opens-name), a company's branch named after its
# place (rules branch-not-alias, party-opens-name), a name Kiwi took for goods before 시장 (rule
# name-before-mayor); each with what must not be read
HEADS_AFTER_A_BARE_PARTY = [
    # rule chinese-family-first
    ("다온소재는 5일 쑤저우에서 신하이전기와 부품 공급 업무협약을 맺었다. 이날 신하이전기 탕 하오 사장과 다온소재 민가람 대표가 서명했다.",
     {"탕하오": "신하이전기", "민가람": "다온소재"}),
    ("누리팜은 중국 제약사 캉밍약업과 공동개발 협약을 맺었다고 3일 전했다. 협약식에는 캉밍약업 쑨 샤오린 부사장이 직접 참석했다.",
     {"쑨샤오린": "캉밍약업"}),
    ("바름물산과 룽다그룹이 7일 물류 협력 양해각서를 교환했다. 이 자리에는 룽다그룹 황 웨이 회장, 바름물산 진솔 사장 등이 참석했다.",
     {"황웨이": "룽다그룹", "진솔": "바름물산"}),
    ("한결테크는 9일 선전의 밍다전자와 협약을 체결했다. 서명은 밍다전자 저우 린 총경리가 했다.",
     {"저우린": "밍다전자"}),
    # …not a common noun after a family-name syllable ("장 기간", "왕 부문": no Mandarin syllable)
    ("한결테크는 9일 밍다전자와 협약을 체결했다. 한결테크 장 기간 공급 대표 제품은 배터리다.", {}),
    ("한결테크는 9일 밍다전자와 협약을 체결했다. 밍다전자 왕 부문 대표 실적이 좋았다.", {}),
    # …nor a counter after "both" or "after" ("양 사 대표": the two firms' heads)
    ("한결테크와 밍다전자 양 사 대표는 9일 협약을 체결했다.", {}),
    ("한결테크는 9일 밍다전자와 협약을 체결했다. 협약식 후 리 사 대표는 공장을 둘러봤다.", {}),
    # …in a caption's list, each after their company
    ("한결테크는 9일 밍다전자와 협약을 체결했다.\n사진 왼쪽부터 밍다전자 쉬 잉 대표, 한결테크 국다솜 대표.",
     {"쉬잉": "밍다전자", "국다솜": "한결테크"}),
    # rule party-opens-name: the bare party word before a foreign name
    ("바름소프트는 미국 스타트업 클리어포트와 보안 협력 MOU를 맺었다고 4일 밝혔다. 클리어포트 케빈 브라운 최고경영자는 \"뜻깊다\"고 말했다.",
     {"케빈브라운": "클리어포트"}),
    ("바름소프트는 4일 클리어포트와 MOU를 맺었다. 클리어포트 측은 케빈 브라운 최고경영자가 직접 서명했다고 밝혔다.",
     {"케빈브라운": "클리어포트"}),
    ("한결랩은 8일 영국 브룩데일과 데이터 협약을 맺었다. 브룩데일 제임스 리 CEO는 화상으로 참석했다.",
     {"제임스리": "브룩데일"}),
    ("바름소프트는 프랑스 모르방과 업무협약을 체결했다. 모르방 Louis Girard CTO와 바름소프트 임다솜 CTO가 서명했다.",
     {"LouisGirard": "모르방", "임다솜": "바름소프트"}),
    # …a company's product or a forum is no name
    ("바름소프트는 4일 클리어포트와 MOU를 맺었다. 클리어포트 클라우드 플랫폼 최고경영자 직속 조직이 맡는다.", {}),
    ("바름소프트는 4일 클리어포트와 MOU를 맺었다. 양사는 스마트 글래스 CEO 포럼을 연다.", {}),
    # rules branch-not-alias and party-opens-name: the company signs, its branch's head speaks
    ("다온화학은 하노이시와 친환경 공정 협약을 체결했다. 다온화학 베트남법인 정누리 법인장은 \"뜻깊다\"고 했다.",
     {"정누리": "다온화학"}),
    ("한결전자는 7일 호치민에서 현지 유통사와 협약을 체결한 빈롱그룹과 판매 협력 MOU를 맺었다. 협약식에는 한결전자 베트남법인 응우옌 반 남 법인장이 참석했다.",
     {"응우옌반남": "한결전자"}),
    # rule family-first inside a transcribed run: the bare company before the family name is
    # no part of the name ("빈롱 쩐 티 투 대표"), and a head of a body that signs nothing is no one
    ("한결전자는 7일 빈롱과 판매 협력 MOU를 맺었다. 협약식에는 한결전자 국다솜 대표와 빈롱 쩐 티 투 대표가 참석했다.",
     {"국다솜": "한결전자", "쩐티투": "빈롱"}),
    ("한결전자는 7일 베트남 하노이에서 현지 판매법인과 협력 업무협약을 체결했다. 협약식에는 한결전자 국다솜 대표와 판롱 쩐 티 투 대표가 참석했다.",
     {"국다솜": "한결전자"}),
    # (rule trade-kind: "현지 부품사 판롱과" names the company, which signs; its head is its own)
    ("한결전자는 7일 베트남 하노이에서 현지 부품사 판롱과 협력 업무협약을 체결했다. 협약식에는 한결전자 국다솜 대표와 판롱 쩐 티 투 대표가 참석했다.",
     {"국다솜": "한결전자", "쩐티투": "판롱"}),
    # …a branch that itself signs is the party, named in full
    ("다온화학 베트남법인은 하노이시와 친환경 공정 협약을 체결했다. 정누리 법인장은 \"뜻깊다\"고 했다.",
     {"정누리": "다온화학 베트남법인"}),
    # rule name-before-mayor: a name Kiwi took for a common noun before 시장
    ("바름테크는 다온시와 스마트시티 협약을 맺었다. 협약식에서 채다온 시장과 도하람 대표가 악수했다.",
     {"채다온": "다온시", "도하람": "바름테크"}),
    # …goods before 시장 stay a market
    ("바름테크는 다온시와 스마트시티 협약을 맺었다. 양측은 반도체 시장이 커질 것으로 봤다.", {}),
    ("바름테크는 다온시와 스마트시티 협약을 맺었다. 양측은 화장품 시장에 함께 진출한다.", {}),
]


@pytest.mark.parametrize("text, people", HEADS_AFTER_A_BARE_PARTY)
def test_heads_after_a_bare_party_or_its_branch(text: str, people: dict[str, str]) -> None:
    assert _reps(text) == people


@pytest.mark.parametrize("text, heads", [
    # rule short-province-governor: a governor's title glued to the province's short name
    ("가온도와 해솔특별자치도는 13일 해솔도청에서 교류 협약을 했다. 협약식은 도하준 가온지사와 "
     "마서린 해솔지사가 참석한 가운데 열렸다.", {"도하준": "가온도", "마서린": "해솔특별자치도"}),
    # negative: no party is that short name and 도 (가온시 is a city: its head is 시장)
    ("가온시와 누리도는 13일 교류 협약을 했다. 협약식에는 박다온 가온지사와 김솔 누리지사가 참석했다.",
     {"김솔": "누리도"}),
])
def test_a_governor_glued_to_a_short_province_name_speaks_for_that_province(
        text: str, heads: dict[str, str]) -> None:
    (agreement,) = extract(Article("t", text)).agreements
    found = {p.name: p.organisation for p in agreement.representatives}
    assert found == heads


# rule bare-place-party: the parties written only as bare places ("하람·솔내 등 2개 시와"), a
# head whose title holds the place and its ending (시장, 군수, 부군수) speaks for that place
BARE_PLACE_PARTIES = [
    ("이 자리에는 탁가온 하람시장과 편다솜 솔내군 부군수가 참석했다.",
     {"탁가온": ("하람", "시장"), "편다솜": ("솔내", "부군수")}),
    ("협약식에는 노새별 솔내군수가 함께했다.", {"노새별": ("솔내", "군수")}),
    # (negative: a head of a place no party is written as is no representative)
    ("이 자리에는 탁가온 한솔시장이 참석해 축하했다.", {"탁가온": None}),
    # (negative: a bare word of one syllable left by the ending names no place)
    ("협약식에는 노새별 솔시장이 함께했다.", {"노새별": None}),
]


@pytest.mark.parametrize("text, expected", BARE_PLACE_PARTIES)
def test_a_head_of_a_place_speaks_for_the_party_written_as_the_bare_place(
        text: str, expected: dict) -> None:
    parties = [Organisation("누리도교육청"), Organisation("하람"), Organisation("솔내"), Organisation("솔")]
    got = {}
    for p in find_people(clause(Sentence(0, len(text), text))):
        r = resolve(p, parties)
        got[p.name] = (r[0].name, r[1]) if r else None
    assert got == expected


# rule office-name-calling: a church body's clerk or treasurer between the body and the name
# with its calling (목사, 장로 …): the office is the title, the body the person's
OFFICE_NAME_CALLING = [
    ("예배는 가온선교위원회 서기 노다온 목사의 인도로 시작됐다.",
     [("노다온", "서기", "가온선교위원회")]),
    ("누리교육부 회계 편솔 장로가 기도하고 말씀을 봉독했다.", [("편솔", "회계", "누리교육부")]),
    # (negative: an office with no body written before it reads no one)
    ("이날 서기 노다온 목사의 사회로 진행됐다.", []),
    # (negative: 서기 of a year is no office)
    ("가온선교위원회는 서기 2025년에 세워졌다.", []),
]


@pytest.mark.parametrize("text, people", OFFICE_NAME_CALLING)
def test_a_church_bodys_clerk_written_before_the_name_and_calling(text: str, people: list) -> None:
    assert _people(text) == people


# rule programme-qualifier: a programme's Latin name and version between a listed head's name
# and title qualifies the post (no body of its own): the head stays the carried party's
PROGRAMME_QUALIFIER = [
    ("가온대학교 산학협력단(단장 김다온)은 12일 누리협회와 협약을 체결했다. 이날 협약식에는 가온대 "
     "박솔 창업지원단장, 이하람 LINC 3.0 부단장, 누리협회 최누리 회장이 참석했다.", True),
    # (negative: a Latin word with no version there is a body of no party, a guest's)
    ("가온대학교 산학협력단(단장 김다온)은 12일 누리협회와 협약을 체결했다. 이날 협약식에는 가온대 "
     "박솔 창업지원단장, 이하람 ABC 부장, 누리협회 최누리 회장이 참석했다.", False),
]


@pytest.mark.parametrize("text, listed", PROGRAMME_QUALIFIER)
def test_a_programme_between_name_and_title_is_no_body(text: str, listed: bool) -> None:
    (agreement,) = extract(Article("t", text), learned_people=False).agreements
    people = [(p.name, p.organisation) for p in agreement.representatives]
    assert (("이하람", "가온대학교 산학협력단") in people) is listed


# rule programme-of-unit: one capitalised acronym between a name and a unit head's title, with
# the body written right before the name, names the unit's programme, no body of its own
PROGRAMME_OF_UNIT = [
    ("협약식에는 △ 가온과학대학교 옥세린 RISE 사업단장 △누리보건대학교 제하율 사업단장이 참석했다.",
     [("옥세린", "사업단장", "가온과학대학교"), ("제하율", "사업단장", "누리보건대학교")]),
    ("협약식에는 누리대학교 김하늘 BK 사업단장이 참석했다.", [("김하늘", "사업단장", "누리대학교")]),
    # NOT: no body before the name: the acronym is the body
    ("협약식에는 김하늘 RISE 사업단장이 참석했다.", [("김하늘", "사업단장", "RISE")]),
    # NOT: a title that heads no unit keeps the acronym as the body
    ("협약식에는 가온대학교 박솔 총장과 이하람 HB 상무가 참석했다.",
     [("박솔", "총장", "가온대학교"), ("이하람", "상무", "HB")]),
]


@pytest.mark.parametrize("text, people", PROGRAMME_OF_UNIT)
def test_an_acronym_between_a_units_head_and_title_is_the_programme(text: str,
                                                                     people: list) -> None:
    assert _people(text) == people


# rule party-before-unit: a party's name, region words and a unit with 의 before a head: the
# head is the party's
PARTY_BEFORE_UNIT = [
    ("가람군은 누리전력, 누리전력솔루션과 에너지 협약을 맺었다고 12일 밝혔다. 하다온 가람군수, 누리전력 호남, "
     "제주법인 사업본부의 위도현 본부장, 모라엘 누리전력솔루션 사업부문장이 참석했다.",
     ("위도현", "본부장", "누리전력")),
    # NOT: a unit of no party before the head
    ("가람군은 누리전력과 에너지 협약을 맺었다. 하다온 가람군수와 솔빛공사 호남, 제주 사업본부의 위도현 "
     "본부장이 참석했다.", ("위도현", "본부장", None)),
]


@pytest.mark.parametrize("text, head", PARTY_BEFORE_UNIT)
def test_a_partys_unit_with_its_regions_before_a_head(text: str, head: tuple) -> None:
    (agreement,) = extract(Article("t", text), learned_people=False).agreements
    people = {p.name: (p.name, p.title, p.organisation) for p in agreement.representatives}
    if head[2] is None:
        assert head[0] not in people
    else:
        assert people.get(head[0]) == head
