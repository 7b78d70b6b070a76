"""People: a name, a title and the organisation they speak for, in every common order.

Rules (each named where it is applied):
- *name-title*: "서하늘 총장" — a name (family name from ``lexicons/surnames.txt`` + 1–3
  syllables, not an ordinary word) right before a title from ``lexicons/titles.tsv``.
- *org-name-title*: "서해과기대 한재윤 총장", "(사)OO협회의 문도현 회장".
- *name-org-title*: "오세진 한빛건설 사장", "황순욱 한국과학기술정보연구원 본부장".
- *fused*: "송병준 한국드라마제작사협회장" -> 회장 of 한국드라마제작사협회 (the title swallows the
  organisation's ending: 협회+회장, 연구원+원장, 대전시+시장, 송파구청+구청장); when the fused
  part names no body ("의무원장", "산학협력단장" of a university) the whole word is the title.
- *aside*: "경복대학교(총장 서하늘)", "남도경영자총협회(김철수 회장)", "(총장 Nguyen Van An)";
  "(…, 이하 공단)" also defines a short form of the organisation.
- *carry*: in a list, a person without an organisation belongs to the one named for the
  previous person ("OO협회의 A 회장, B 부회장, C 사무국장"), or to the sentence's topic
  ("OO협의회는 A 회장, B 이사가 참여했다").
- *delegation*: "가람대에서는 A 총장, B 연구부총장, C 기계공학과 교수가 참석했다" — the list after
  a body marked 에서는 (or after each of several bodies marked 에서) speaks for that body; the
  words between name and title are part of the title.
- *caption-item-body*: "좌측부터 테로스 김누리 부장, …" — in a caption's list a bare proper
  word opening an item is the person's body; *one-word-foreign-name*: "람다대학교 르안텔스
  총장"; *cut-name-in-list*: "홍수가 총장, …" (Kiwi: 홍수 + 가) ends no list.
- names the lexicons do not know (read on renamed copies of the tune articles): a foreign name
  told by a transcription's syllables (``foreign.loan_syllable``), opened by a word shaped like a
  Korean name (*name-shaped-given-name*); *brand-word* ("홍길동 LG 루미스 CTO");
  *body-glued-to-name* ("가람TV 김누리 부장, 가람TV박하늘 차장"); *given-name-도-after-title*
  ("(총장 임실도)"), *given-name-도-of-two* ("곽도 이사장": Kiwi's one proper noun, no place or
  common word; lexicon.two_syllable_name_in_do); *latin-spelled-name*: "제니퍼 콜(Jennifer
  Cole) 메이플폴스 시장" — the Latin spelling in brackets ends the Hangul name.
- *short-kind*: "진우석 상의 사무국장" — the short form of a body's kind (상의: 상공회의소) between
  name and title is read as that kind (context.short_kind, a row of NAME_BEFORE_RULES).
- *numbered-village*: "하봉길 1리 이장" — a numbered 리 between name and village head's title
  names the party holding that village ("솔바람1리 마을회"; units.numbered_village).
- *latin-name-hangul-body*: "Oliver Grant 한웰로보틱스 아시아태평양 총괄 부사장" — the body's
  reading as a brand ("Grant 한웰로보틱스") gives back the Latin name's last word (a row of
  order._FOREIGN_BEFORE_BODY).
- *descriptor-body*: "엘레나 스트로바 퀼라반 국립대 총장" — a founder's descriptor and a body's
  ending ("국립대": 국 + 립대) is no name; the bare word before it names the body (names).
- *title-spelled-name*: "비오렌셀테크 대표 마르텐 호이만(Maarten Heuman)이", "벨스트란드 마리타임
  아시아본부장 Eirik Vandsnes가" — rule body-title-name with a foreign name after the title:
  Hangul words closed by their Latin spelling in brackets, or Latin words (body_title).
- *joined-colleague*: "온새재단 편하늬 이사장과 구다인 사무국장" — joined by 와/과 to a person whose
  body was written before the name, a person with no body of their own whose title can head
  one of that kind is carried to it (find).
- *list-item-body*: "가람농원 대표 김누리, 솔빛식품 대표 박하늘" — in a list of people written body,
  title, name, the word opening the next item is that item's body though no lexicon knows it
  (body_title; not carried from the item before).
- *latin-name-bare-body*: "Katrin Vollendorf 미렐스타트 시장" — a Latin name, one bare Hangul
  word, the title: the word is the body (latin); *place-before-head*: before a local head's
  title written apart, that word is the place ("미렐스타트시"; context).
- read on reshaped copies of the tune articles (bench/reshape.py): *brand-word* before the name
  or the title too ("AB 루미스 홍길동 CTO", "AB 루미스 대표 홍길동"); *fused-carries*: "김누리
  가온협의회장, 박하늘 사무국장" - a body of its own fused into a title heads the list after it
  (find); *rare-word-after-name*: "홍길동 온새미 대표" - a word read as a name only by a rare
  family name, after a full name, is the body (order); *office-place*: "솔빛2동 동장 김누리" -
  the 동/읍/면 written apart before its head's title (units).
- read on the chained copies (bench/combined.py): *body-slot*: "늘솔건설 사장 박하늘과" - a
  company Kiwi reads as common nouns, before a title that heads its kind and a name, is the
  body (body_title); *name-cut-as-particle*: "솔람은행 은행장 고윤도,", "총장 전율은은" - a name of
  three keeps the syllable Kiwi cut as a particle where none stands (names); a title with
  its particle ("사장이") is no name (lexicon.is_name); *abroad-body-name*: "일본 누리대학교
  총장 마사란 비로사" - Hangul words after the head's title of a body written after a country
  are a foreign name, and a syllable cut as 에 inside it goes on (*syllable-cut-inside-name*,
  foreign); *name-shaped-body*: "하솔초 팀장 임다온," - a word shaped like a name opening an
  item, a title and a full name closing it: the word is the body (body_title);
  *descriptor-before-body*: "이누리 국립 솔빛공대 산학협력단 단장" - the descriptor between the
  name and the body is passed over (order); *one-word-foreign-name* after the title too
  ("가온대학교 총장 르안텔스가", foreign).
- foreign names (foreign): *japanese-given-first* ("사토시 요시무라 일본 나루대학교 총장", a given
  name from ``lexicons/japanese_given_names.txt``), *family-first-after-title* ("총장 도 반
  롱이"), *proper-pair-after-body* ("XY대 키스 모건 총장"); *latin-body-before-name* ("QX NOVA
  박하늘 대표": a Latin brand of two words is the body; latin, context).
- *adjective-company*: "김다온 푸른숲 대표" - a glued word Kiwi reads as an adjective and a noun
  (푸르 + ㄴ + 숲) between a full name and a company head's title is the company (order).
- *co-holders*: "공동대표 정하늘·김누리가", "정하늘과 김누리 공동대표는" - the second holder of
  one title takes the first one's title and body (shared).
- *market-not-mayor*: "반려동물 보험 시장에서는" - 시장 right after a word Kiwi knows as one
  common noun is a market, and no person is read before it (order).
- read on blind batches of the own corpus: *province-head*: "누리성 쩐 반 호 성장" - a foreign
  province's head named family first (provinces); *body-before-officer*: "김다온 누보 CEO" - a
  bare word before a Latin officer title is the company (order); *office-department*:
  "가온시청자치행정과장" - a city office fused before its department's head (units, fused);
  *council-committee*: "가온시의회 산업건설위원장" (fused); *family-like-a-city*: "알레산드라
  로시 총장" - 로시 a family name, no city (foreign, orgs.left); *dharma-name-aside*: "(주지
  도현 스님)" (asides); *transcribed-company-before-pair*: "노바텍 클라우스 베버 CEO" - a bare
  word with a transcription's syllable before a foreign name of two words is the company, no
  Korean name (foreign); *known-given-opens-name*: "비오넥스 클라우스 베버 대표", "이번 프로그램
  요나스 베르크 대표" - a word the lexicons know opens a foreign name (a given name,
  ``lexicons/european_given_names.txt`` …, or a family name written first) cuts the word
  before it off the name; a bare company word there is the body, also before a family name
  written first ("솔렌텍 응우옌 반 훙 사장", "카르텍 다나카 히로시 사장") (foreign);
  *transcribed-company-before-name*: "이날 노바텍 노다온 대표가" - of two words read as names, the
  one with a transcription's syllable after its family name is the company (order, foreign).
Reporters ("OOO 기자") never match: 기자 is not a title here.

One module per family of rules, each importing only those above it (a new rule goes in the
module of its family; a new family gets a module of its own):

  mention     PersonMention, the record of one person found
  names       a word read as a name (glued 와/과 or 씨 cut off, a name Kiwi cut), where a list
              of people breaks (rule cut-name-in-list)
  units       units, departments, deputies and branches of a body, bodies shared by one person
  bodies      bare words that may be the person's body: a company before its head
              (COMPANY_HEADS), a proper noun beside the name, a party's slot
  latin       Latin writing: a body or a name in Latin, rule latin-spelled-name
  foreign     names the lexicons do not know: transcriptions (loan syllables), foreign family
              names written alone, a name before a foreign body, rule rare-family-name ("빈소율
              사무총장": a family name many words open with, lexicons/rare_surnames.txt)
  hanja       rule hanja-spelled-name: "다카무라 신이치(高村真一) 가와노우에시장", the name ends
              where its spelling in Chinese characters stands
  context     the body written with the person: the sentence's topic, a body before the name
              (rule in-house-unit: "한별정밀 기술연구소 석다온 소장"), rule caption-item-body,
              the organisation the words name (written_org)
  fused       titles holding more than a title: rule fused, a qualifier, a Latin title glued
  order       where a title's name is: before it (NAME_BEFORE_RULES: name-comma-title,
              body-glued-to-name, …; then name-title, name-org-title and brand-word walking
              leftwards) or after it (title-name)
  body_title  rule body-title-name ("한빛정밀 대표이사 김한빛")
  shared      people sharing words: rule dotted, names sharing a title, a shared ending
  delegation  rule delegation
  clergy      rule post-name-calling ("가람성당 주임 한가람 신부")
  asides      people in brackets (rule aside) and the short forms they define
  provinces   rule province-head ("누리성 쩐 반 호 성장": a foreign province's head)
  find        find_people: the rules tried word by word, then the other readings

Not a rule but a learned tagger, run after agreement assembly (``extract.extract``), adding
the people of the parties found that no rule read (rule learned-person):

  learned_features  what the tagger sees of each token (shared by training and tagging)
  learned           the tagger (models/people.crfsuite, loaded on first use) and how a tagged
                    person is linked to a party: add_learned_people; what the rules refuse
                    it does not add (VETOES: the rules' predicates asked again)
  train             the model trained on the own corpus (python -m mougraph.extract.people.train)
"""
from __future__ import annotations

from .find import find_people
from .mention import PersonMention

__all__ = ["PersonMention", "find_people"]
