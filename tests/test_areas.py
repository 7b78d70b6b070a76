"""Cooperation areas: one row per construction, with sentences written for these tests."""
from __future__ import annotations

import json
import re
from importlib.resources import files
from pathlib import Path

import pytest

from mougraph.extract import extract
from mougraph.extract.areas import find_areas
from mougraph.extract.areas.duties import clause_items
from mougraph.extract.areas.parties import names_party, pair_topic
from mougraph.model import Article
from mougraph.morph import Sentence
from mougraph.text import prepare

SIGNED = re.compile(r"체결|맺|협약을 했|협약식")


def areas_of(text: str) -> list[str]:
    doc = prepare(text)
    signing = next(s for s in doc.sentences if SIGNED.search(s.text))
    return [a.label for a in find_areas(doc, signing)]


LEAD = "한빛시는 20일 시청에서 누리대학교와 업무협약을 체결했다고 밝혔다.\n"
SOFT = "한빛시는 20일 시청에서 누리소프트와 업무협약을 체결했다.\n"
# a background signing told in the middle of the article ("한편 … 맺은 바 있다")
ASIDE = "한편 한빛시는 지난해 솔빛병원과 의료 지원 협약을 맺은 바 있다. "

CASES = [
    # rule partner-topic-named: the partner the subject acts with as the topic (과는/와는), a
    # party the signing sentence names though not as "X과"; an aside after its name too
    ("rule partner-topic-named: 'X과는' opening the sentence names the first-listed partner",
     "가람군은 3일 군청에서 누리농협, 솔빛에너지와 각각 협약을 체결했다. "
     "먼저 누리농협(조합장 김다온)과는 농산물 판로 개척과 직매장 확대에 협력하기로 했다.",
     ["농산물 판로 개척", "직매장 확대"]),
    ("NOT rule partner-topic-named: a body no party as the topic tells no share",
     "가람군은 3일 군청에서 누리농협, 솔빛에너지와 각각 협약을 체결했다. "
     "가온수협과는 농산물 판로 개척과 직매장 확대에 협력하기로 했다.",
     []),
    # round 20 (areas20): sister pages, the text around the areas
    ("NOT pledged-under-agreement (hoped-not-pledged): a quote opening with the agreement "
     "that wishes for what it brings",
     SOFT + "양사는 공동 연구에 협력하기로 했다.\n김누리 한빛시장은 \"이번 협약으로 청년 모두 "
     "안심하는 창업 환경이 자리잡고 두 기관의 신뢰가 깊어지는 계기가 되기를 바란다\"고 말했다.",
     ["공동 연구"]),
    ("pledged-under-agreement still reads the pledge when a wish follows in another quote",
     SOFT + "김누리 한빛시장은 \"협약에 따라 시는 창업 공간을 제공하고, 행정 절차를 신속히 "
     "처리하겠다\"며 \"좋은 결실을 맺기를 바란다\"고 말했다.",
     ["창업 공간을 제공", "행정 절차를 신속히 처리"]),
    ("NOT liaison-offices: the office each side names for keeping in touch is no area",
     LEAD + "양 기관은 공동 연구에 협력하기로 했다. 원활한 소통을 위해 한빛시는 국제교류팀이, "
     "누리대학교는 대외협력과가 실무 연락을 맡는다.",
     ["공동 연구"]),
    ("liaison-offices: a liaison officer sent as a term stays an area",
     LEAD + "양 기관은 상호 연락관 파견과 공동 훈련에 협력하기로 했다.",
     ["상호 연락관 파견", "공동 훈련"]),
    ("liaison-offices: a side's duty of contact work, no office named, stays a duty",
     LEAD + "협약에 따라 한빛시는 창업 공간을 제공하고, 누리대학교는 학생 연락 업무를 맡는다.",
     ["창업 공간을 제공", "학생 연락 업무"]),
    # round 20 (check20): a further agreement one side plans is no term of this one
    ("NOT further-agreement-planned: one side's plan of another agreement is no area",
     LEAD + "양 기관은 공동 연구에 협력하기로 했다. 한빛시는 다음 달에는 솔빛대학교와도 "
     "청년 창업 협약을 추진할 계획이다.",
     ["공동 연구"]),
    ("NOT further-agreement-planned: a signing planned with its partner named",
     LEAD + "양 기관은 공동 연구에 협력하기로 했다. 시는 내년 봄 가람병원과 의료 협약을 "
     "체결할 예정이다.",
     ["공동 연구"]),
    ("further-agreement-planned: a plan under this agreement stays the sides' term",
     LEAD + "양 기관은 협약에 따라 공동 연구를 추진할 계획이다.",
     ["공동 연구"]),
    ("rule objects-of-one-verb: 과 joining two objects of the verb before the head, one item",
     LEAD + "양 기관은 두 지역의 특산물과 관광지를 해외에 알리는 공동 홍보에 나선다.",
     ["두 지역의 특산물과 관광지를 해외에 알리는 공동 홍보"]),
    ("NOT objects-of-one-verb: a whole activity on the left of 과 stays an item",
     LEAD + "양 기관은 청년 창업 지원과 유휴 공간을 활용하는 공유 오피스 조성에 나선다.",
     ["청년 창업 지원", "유휴 공간을 활용하는 공유 오피스 조성"]),
    ("NOT objects-of-one-verb: two objects of the sides' own verbs split at the clause",
     LEAD + "양 기관은 지역 농산물과 가공품을 판매하고 공동 브랜드를 개발하기로 했다.",
     ["지역 농산물과 가공품을 판매", "공동 브랜드를 개발"]),
    ("rule core-as: 'A를 핵심으로 한다' names the agreement's contents",
     LEAD + "이번 협약은 지역 중소기업의 자금 흐름을 돕기 위해 매출채권 담보대출을 통한 운전자금 "
     "지원을 핵심으로 한다.",
     ["매출채권 담보대출을 통한 운전자금 지원"]),
    ("NOT core-as: a side's own policy centred on something, no agreement its topic",
     LEAD + "시는 올해 관광 정책을 관광객 유치를 핵심으로 한다.",
     []),
    ("rule deung-means-groundwork: '등으로 … 발판을 마련했다' as '계기를' does",
     "가람군은 20일 군청에서 누리시와 협약을 체결했다.\n이번 협약으로 두 기관은 재난 발생 시 "
     "공동 현장지휘소를 운영하고 상호 연락관 상주, 드론 영상 실시간 공유 등으로 합동 대응 능력을 "
     "끌어올리는 발판을 마련했다.",
     ["재난 발생 시 공동 현장지휘소를 운영", "상호 연락관 상주", "드론 영상 실시간 공유"]),
    ("NOT deung-means-groundwork: the groundwork laid with no agreement binding the sides",
     "가람군은 20일 군청에서 누리시와 협약을 체결했다.\n군은 그동안 주민 설명회, 현장 점검 "
     "등으로 사업 추진의 발판을 마련했다.",
     []),
    ("what-the-work-is-part-of: '…의 하나로' before the work is cut as '…의 일환으로' is",
     "가람시와 누리대학교는 20일 시청에서 업무협약을 체결하고, 청년 정착 사업의 하나로 대학생 "
     "주거비를 지원하기로 했다.",
     ["대학생 주거비를 지원"]),
    ("NOT what-the-work-is-part-of: '하나로 묶은' (joined into one) is part of the work",
     "가람시와 누리대학교는 20일 시청에서 업무협약을 체결하고, 돌봄과 의료를 하나로 묶은 통합 "
     "서비스를 운영하기로 했다.",
     ["돌봄과 의료를 하나로 묶은 통합 서비스를 운영"]),
    # round 18 (areas18b): shapes left by areas18
    ("rule contents-other-verb: a verb other than 하다 before '내용이 담겼다'",
     LEAD + "협약서에는 시가 청년 인턴 선발을 맡는 내용이 담겼다.",
     ["청년 인턴 선발"]),
    ("NOT rule contents-other-verb: '내용이 담긴' with no topic of contents",
     LEAD + "양 기관은 공동 연구에 협력하기로 했다. 시는 협약을 알리는 내용이 담긴 홍보물을 "
     "만들었다.",
     ["공동 연구"]),
    ("NOT rule contents-other-verb: a stem whose ㄹ drops before 는 is not guessed",
     LEAD + "협약서에는 누리대학교가 학술대회를 여는 내용이 담겼다.",
     []),
    # rule contents-verb-without-object: the clauses' verbs with no object before them, a
    # stem with no final before ㄴ다는
    ("rule contents-verb-without-object: clauses whose verbs take no object, '고쳐준다는'",
     LEAD + "협약서에는 학생 동아리가 만든 예약 앱을 시 보건소 5곳에 무료로 깔아주고, "
     "사용법을 모르는 어르신에게는 학생들이 직접 찾아가 알려주며, 고장이 나면 사흘 안에 "
     "고쳐준다는 내용이 담겼다.",
     ["학생 동아리가 만든 예약 앱을 시 보건소 5곳에 무료로 깔아주기",
      "사용법을 모르는 어르신에게는 학생들이 직접 찾아가 알려주기",
      "고장이 나면 사흘 안에 고쳐주기"]),
    ("NOT rule contents-verb-without-object: the sides helping each other is no area",
     LEAD + "협약서에는 양 기관이 서로 돕는 내용이 담겼다.", []),
    # rule mutual-benefit-scope: a scope told only by its good for both is no field
    ("NOT rule mutual-benefit-scope: '서로 이익이 되는 분야부터 협력하기로' before the list",
     LEAD + "양 기관은 서로 이익이 되는 분야부터 협력하기로 하고 농산물 직거래 장터 운영, "
     "대학생 농촌 봉사 유치 등을 함께 추진키로 했다.",
     ["농산물 직거래 장터 운영", "대학생 농촌 봉사 유치"]),
    ("NOT rule mutual-benefit-scope: the scope alone states no area",
     LEAD + "양 기관은 서로 도움이 되는 분야부터 협력하기로 했다.", []),
    # rule open-scope-alone: an open scope left alone by the "…에서 협력하기로" path
    ("NOT rule open-scope-alone: '가능한 분야에서 협력하기로' names no field",
     LEAD + "두 기관은 앞으로 가능한 분야에서 협력하기로 했다.", []),
    ("NOT rule open-scope-alone: '필요한 부문에서 서로 협력' names no field either",
     LEAD + "양측은 필요한 부문에서 서로 적극 협력키로 했다.", []),
    ("rule open-scope-alone keeps a named field before '분야에서 협력하기로'",
     LEAD + "두 기관은 앞으로 노인 돌봄 분야에서 협력하기로 했다.", ["노인 돌봄"]),
    # rule contents-clause-not-listed: "A와 B를 진행한다는 내용이 담겼다" is a clause, read as
    # one (no item "B를 진행한다는" with the clause's ending); a list of nouns stays a list
    ("rule contents-clause-not-listed: two activities before '진행한다는 내용이 담겼다'",
     LEAD + "협약서에는 연구원 교류와 하천 생태 공동 조사를 진행한다는 내용이 담겼다.",
     ["연구원 교류", "하천 생태 공동 조사"]),
    ("NOT rule contents-clause-not-listed: nouns before '등의 내용이 담겼다' stay a list",
     LEAD + "협약서에는 연구원 교류, 하천 생태 공동 조사 등의 내용이 담겼다.",
     ["연구원 교류", "하천 생태 공동 조사"]),
    # rule roles-subject: an opener turning to each side's role, a party as the subject
    ("rule roles-subject: '역할을 보면 A가 X를 맡는다', then the other's duty",
     LEAD + "역할을 보면 누리대학교가 실습 과정의 총괄 운영을 맡는다. 시는 실습 공간을 "
     "제공한다.", ["실습 과정의 총괄 운영", "실습 공간을 제공"]),
    ("NOT rule roles-subject: a body no party as the subject tells no duty",
     LEAD + "역할을 보면 솔빛복지관이 실습 과정의 총괄 운영을 맡는다.", []),
    ("NOT rule roles-subject: a party's story after the opener is no duty",
     LEAD + "역할을 보면 누리대학교가 1990년 실습 과정을 처음 열었다.", []),
    # rule activity-also-done: "또 A 발굴도 추진한다", 도 marking what is done
    ("rule activity-also-done: one more item told with 도 after the list",
     LEAD + "양 기관은 하천 생태 조사에 협력하기로 했다. 또 폐교를 활용한 생태 학습장 공동 "
     "발굴도 추진한다.",
     ["하천 생태 조사", "폐교를 활용한 생태 학습장 공동 발굴도 추진"]),
    ("rule activity-also-done: a bare activity with 도, worded without its verb",
     LEAD + "양 기관은 하천 생태 조사에 협력하기로 했다. 또 숲 해설가 양성도 추진한다.",
     ["하천 생태 조사", "숲 해설가 양성"]),
    # rule quoted-promise: areas told only in a head's quoted promise to do them together
    ("rule quoted-promise: the list a head promises to take up with the other side",
     LEAD + "한빛시장은 “누리대학교와 함께 하천 생태 조사와 시민 환경 교육을 함께 하겠다”고 "
     "말했다.", ["하천 생태 조사", "시민 환경 교육"]),
    ("rule quoted-promise: a list before '기업과 함께하겠다'",
     LEAD + "한빛시장은 “골목 상권 진단, 빈 점포 활용, 상인 교육을 대학과 함께하겠다”고 밝혔다.",
     ["골목 상권 진단", "빈 점포 활용", "상인 교육"]),
    # round 21 (areaframes batch 4) rule quoted-promise-with: the together said before the
    # list ("누리대학교와 함께"), a verb of taking up after it ("…을 추진하겠다")
    ("rule quoted-promise-with: '(party)와 함께 A, B, C를 추진하겠다'",
     LEAD + "한빛시장은 “누리대학교와 함께 하천 생태 조사, 시민 환경 교육, 숲 가꾸기를 "
     "추진하겠다”고 말했다.", ["하천 생태 조사", "시민 환경 교육", "숲 가꾸기"]),
    ("rule quoted-promise-with: the party called short, '…추진해 나가겠다'",
     LEAD + "한빛시장은 “누리대와 함께 하천 생태 조사와 시민 환경 교육을 적극 추진해 "
     "나가겠다”고 말했다.", ["하천 생태 조사", "시민 환경 교육"]),
    ("NOT rule quoted-promise-with: together with no party ('시민과 함께') is one side's plan",
     LEAD + "한빛시장은 “시민과 함께 하천 생태 조사, 시민 환경 교육을 추진하겠다”고 말했다.", []),
    ("NOT rule quoted-promise-with: no partner named is one side's plan",
     LEAD + "한빛시장은 “하천 생태 조사, 시민 환경 교육을 추진하겠다”고 말했다.", []),
    ("NOT rule quoted-promise: a head's hope is no area",
     LEAD + "한빛시장은 “청년이 돌아오는 도시를 만들겠다”고 말했다.", []),
    ("NOT rule quoted-promise: a quote beside areas stated outside it adds nothing",
     LEAD + "양 기관은 하천 생태 조사에 협력하기로 했다. 한빛시장은 “시민 환경 교육과 숲 "
     "가꾸기를 대학과 함께하겠다”고 말했다.", ["하천 생태 조사"]),
    ("rule short-party-subject: '시가' for the city the signing names in full",
     LEAD + "협약서에는 시가 지역 출신 재학생에게 장학금을 지원하는 내용이 포함됐다.",
     ["지역 출신 재학생에게 장학금을 지원"]),
    ("NOT rule short-party-subject: '도가' when no province signs",
     LEAD + "협약서에는 도가 운영비를 지원하는 내용이 포함됐다.",
     ["도가 운영비를 지원"]),
    ("rule native-present-amount: an amount between the object and '낮춘다'",
     "한빛시는 20일 시청에서 누리은행과 업무협약을 체결했다.\n누리은행은 협약에 따라 시가 "
     "추천한 소상공인의 대출 금리를 최대 1.5%포인트 낮춘다.",
     ["시가 추천한 소상공인의 대출 금리를 최대 1.5%포인트 낮추기"]),
    ("NOT rule native-present-amount: what the bank did before, in the past",
     "한빛시는 20일 시청에서 누리은행과 업무협약을 체결했다.\n양 기관은 공동 연구에 "
     "협력하기로 했다. 누리은행은 지난해 대출 금리를 0.5%포인트 내렸다.",
     ["공동 연구"]),
    # round 18 (areas18b): what the purpose refusals must still read
    ("NOT rule purpose-agreed: a task to run before '…하는 데 힘을 모으기로'",
     LEAD + "양 기관은 경력단절 여성의 재취업 교육을 운영하는 데 힘을 모으기로 했다.",
     ["경력단절 여성의 재취업 교육을 운영"]),
    ("NOT rule general-aim-item: 활성화 of a field and 향상 of a skill are tasks",
     LEAD + "양 기관은 관광 활성화와 특산물 홍보에 힘을 모으기로 했다.",
     ["관광 활성화", "특산물 홍보"]),
    ("NOT rule general-aim-item: 역량 향상 is no wish for a good life",
     LEAD + "양 기관은 교원 역량 향상과 교육과정 공동 개발에 힘을 모은다.",
     ["교원 역량 향상", "교육과정 공동 개발"]),
    ("NOT rule apart-from-this: 별도 예산 is no aside",
     LEAD + "양 기관은 공동 연구에 협력하기로 했다. "
     "한빛시는 별도 예산을 들여 연구 장비를 지원한다.",
     ["공동 연구", "별도 예산을 들여 연구 장비를 지원"]),
    # round 18 (areas18): constructions of the blind batch 573-592, with their negative rows
    ("rule bare-activities: two bare nouns of doing joined by 및 are two activities; a span's "
     "연말까지 before them is no part of the first (LEAD_PERIOD)",
     "다솜모금회는 1일 회의실에서 가온복지관과 나눔 협약을 맺었다. "
     "두 기관은 연말까지 모금 및 홍보, 배분을 함께 진행한다.",
     ["모금", "홍보", "배분"]),
    ("NOT rule bare-activities: an object before the first noun is shared by both",
     "다솜모금회는 1일 회의실에서 가온복지관과 나눔 협약을 맺었다. "
     "두 기관은 후원 물품의 수납 및 관리, 배분을 함께 진행한다.",
     ["후원 물품의 수납 및 관리", "배분"]),
    ("rule counted-on and announced-clause: '내용은 크게 세 가지다. 첫째, A한다. 둘째, B한다.'",
     "솔내시와 누리교육청은 5일 교육청에서 급식 협약을 체결했다. 협약 내용은 크게 세 가지다. "
     "첫째, 지역 쌀을 학교 급식에 우선 공급한다. 둘째, 식재료 안전 검사를 공동으로 실시한다. "
     "셋째, 농장 체험 수업을 해마다 운영한다.",
     ["지역 쌀을 학교 급식에 우선 공급", "식재료 안전 검사", "농장 체험 수업을 해마다 운영"]),
    ("NOT rule counted-on: a count of one party's own plans after no announcement",
     "솔내시와 누리교육청은 5일 교육청에서 급식 협약을 체결했다. "
     "양 기관은 급식 식재료 공동 구매에 협력하기로 했다. 시는 올해 예산 8억원을 편성했다. "
     "둘째, 시는 내년에 급식센터를 새로 지을 계획이다.",
     ["급식 식재료 공동 구매"]),
    ("rule contents-run-on: '주요 내용은 A과 B, C 등으로,' running on into another clause",
     "다온시는 3일 시청에서 해솔봉사회와 구호 협약을 맺었다. "
     "협약의 주요 내용은 이재민 급식 지원과 구호 물품 공동 비축, 주민 대피 교육 등으로, "
     "시는 이번 협약으로 대응이 빨라질 것으로 보고 있다.",
     ["이재민 급식 지원", "구호 물품 공동 비축", "주민 대피 교육"]),
    ("NOT rule contents-run-on: 'A, B 등으로,' under no topic of contents is a means",
     "다온시는 3일 시청에서 해솔봉사회와 구호 협약을 맺었다. "
     "양 기관은 급식 차량과 천막 등으로, 시는 이번 협약으로 대응이 빨라질 것으로 보고 있다.",
     []),
    ("rule contents-clauses-held: '협약서에는 A가 X하고, B는 Y하는 내용을 담았다'",
     "가람시는 9일 시청에서 누리소재와 투자협약을 했다. 협약서에는 누리소재가 제2산업단지에 "
     "200억원을 들여 공장을 건립하고, 가람시는 인허가 절차를 신속히 처리하는 내용을 담았다.",
     ["제2산업단지에 200억원을 들여 공장을 건립", "인허가 절차를 신속히 처리"]),
    ("NOT rule contents-clauses-held: '…하는 내용을 담았다' under no topic of contents",
     "가람시는 9일 시청에서 누리소재와 투자협약을 했다. 시는 공장 건립이 고용을 늘리는 "
     "내용을 담은 보고서를 내놓았다.",
     []),
    ("rule signed-when-where: the day and the place before the first item of the agreement's "
     "contents are when and where it was signed",
     "하늘모빌리티와 가온리사이클이 2일 서울 성수동 하늘모빌리티 본사에서 폐배터리 회수 체계 "
     "구축과 재활용 소재 공동 연구를 골자로 하는 업무협약을 체결했다.",
     ["폐배터리 회수 체계 구축", "재활용 소재 공동 연구"]),
    ("NOT rule signed-when-where: the partner after the day and the place is no item",
     "누리소방서는 9일 서장실에서 다온병원과 응급환자 신속 이송과 병상 정보 공유를 골자로 한 "
     "업무협약을 체결했다.",
     ["응급환자 신속 이송", "병상 정보 공유"]),
    ("rule time-topic: '…수립하고, 내년에는 X를 확보할 계획이다' is one side's schedule",
     "한솔군은 11일 군청에서 바른진흥원과 협약을 맺었다. "
     "협약에 따라 두 기관은 물 기업의 기술 실증을 공동 지원한다. "
     "군은 올해 하반기까지 기본계획을 수립하고, 내년에는 실증 부지를 확보할 계획이다.",
     ["물 기업의 기술 실증을 공동 지원"]),
    ("NOT rule time-topic: a second party as topic still tells each side's duty",
     "한솔군은 11일 군청에서 바른진흥원과 협약을 맺었다. "
     "협약에 따라 군은 실증 부지를 제공하고, 진흥원은 기술 자문을 맡는다.",
     ["실증 부지를 제공", "기술 자문"]),
    ("rule helped-verb-amount: a bound before the amount ('최대 2%포인트')",
     "가온시는 20일 시청에서 누리은행과 협약을 맺었다.\n가온시는 누리은행에 50억원을 "
     "예치하고, 누리은행은 소상공인 대출 금리를 최대 2%포인트 낮춰 준다.",
     ["누리은행에 50억원을 예치", "소상공인 대출 금리를 최대 2%포인트 낮춰"]),
    ("rule subtitle-list: a subtitle listing two activities answers before the agreement's "
     "name",
     "솔마루군-가온시, 관광 동맹\n농촌 체험 상품 공동 개발, 축제 상호 홍보 등 협력\n\n"
     "솔마루군과 가온시가 관광 활성화를 위해 손을 잡았다.\n"
     "두 지자체는 7일 가온시청에서 '관광 교류 협약'을 체결했다.\n",
     ["농촌 체험 상품 공동 개발", "축제 상호 홍보"]),
    ("NOT rule subtitle-list: a subtitle of one activity waits behind the agreement's name",
     "솔마루군-가온시, 관광 동맹\n농촌 체험 상품 공동 개발 협력\n\n"
     "솔마루군과 가온시가 관광 활성화를 위해 손을 잡았다.\n"
     "두 지자체는 7일 가온시청에서 '관광 교류 협약'을 체결했다.\n",
     ["관광 교류"]),
    # round 21 (areaframes batch 4) activity_nouns.txt 보육: an incubating is an activity
    ("a bare subtitle whose items end in 보육 and 실습 lists activities",
     "솔마루군-한결대, 청년 정착 맞손\n귀농 교육·농기계 실습·창업 보육 협력\n"
     "솔마루군은 7일 군청에서 한결대학교와 업무협약을 체결했다.\n",
     ["귀농 교육", "농기계 실습", "창업 보육"]),
    ("NOT 보육 as an activity: a subtitle naming people of care is no list of activities",
     "솔마루군-한결대, 청년 정착 맞손\n귀농 교육·보육 교사 협력\n"
     "솔마루군은 7일 군청에서 한결대학교와 업무협약을 체결했다.\n", []),
    ("rule question-heading: card news asks for the contents or what the sides do together",
     "다온구와 누리문화재단이 3일 협약을 맺었다.\n\n협약 내용은?\n① 골목 책방 큐레이션 지원\n"
     "② 작가 초청 강연\n③ 책방 안내 지도 제작\n",
     ["골목 책방 큐레이션 지원", "작가 초청 강연", "책방 안내 지도 제작"]),
    ("rule question-heading: '함께하는 일은?'",
     "다온구와 누리문화재단이 3일 협약을 맺었다.\n\n3/5\n함께하는 일은?\n"
     "① 골목 책방 큐레이션 지원\n② 작가 초청 강연\n",
     ["골목 책방 큐레이션 지원", "작가 초청 강연"]),
    ("rule question-heading: '함께 할 일은?', spaced",
     "다온구와 누리문화재단이 3일 협약을 맺었다.\n\n함께 할 일은?\n"
     "① 골목 책방 큐레이션 지원\n② 작가 초청 강연\n",
     ["골목 책방 큐레이션 지원", "작가 초청 강연"]),
    ("rule gloss-before-and: a Hanja gloss before 과 still ends the item it glosses",
     "한빛정밀은 13일 가람대학교와 협정을 체결했다. 이번 협정에 따라 양측은 기술인력 양성(養成)과 "
     "공동연구, 시험설비 공동활용 등에 상호 협력키로 했다.\n",
     ["기술인력 양성(養成)", "공동연구", "시험설비 공동활용"]),
    ("rule gloss-before-and: a Latin gloss likewise",
     "한빛정밀은 13일 가람대학교와 협약을 체결했다. 양측은 장비 공동활용(Sharing)과 인력 교류에 "
     "협력하기로 했다.\n",
     ["장비 공동활용(Sharing)", "인력 교류"]),
    # round 21 (areaframes batch 4, probed) rule aside-before-and: a short aside in brackets
    # after a noun of doing, then 과: the item ends at the aside, as after a gloss
    ("rule aside-before-and: '교육(초급·중급)과 B에 협력' gives both items",
     LEAD + "양 기관은 드론 교육(초급·중급)과 스마트팜 실습에 협력하기로 했다.",
     ["드론 교육(초급·중급)", "스마트팜 실습"]),
    ("rule aside-before-and: each item with its aside, before a verb of doing",
     LEAD + "양 기관은 시민 강좌 운영(연 2회)과 지역 기업 기술 지원(분기별)을 함께 한다.",
     ["시민 강좌 운영(연 2회)", "지역 기업 기술 지원(분기별)"]),
    ("NOT rule aside-before-and: things given, an aside after the first, stay one item",
     LEAD + "누리대학교는 실습 장비(드론·센서)와 강사를 지원한다.",
     ["실습 장비(드론·센서)와 강사를 지원"]),
    ("a side's duty told as what it sets up (갖춘다, 갖추기로), the third side's after two",
     "가온시는 3일 누리병원, 다온소방서와 협약을 체결했다. 협약에 따라 소방서는 헬기 이송을 "
     "지원하고, 가온시는 이송 비용을 맡는다. 병원은 응급 의료진 대기 체계를 갖춘다.\n",
     ["헬기 이송을 지원", "이송 비용", "응급 의료진 대기 체계"]),
    ("NOT a duty: what a party has (기술력을 갖춘) in a sentence about it",
     "가온시는 3일 누리테크와 협약을 체결했다. 우수한 기술력을 갖춘 누리테크는 2010년 설립됐다.\n",
     []),
    ("rule counted-contents-lead: the gist counted in a sentence of its own leads into the "
     "bullets below it",
     "솔빛테크가 누리대와 협약을 맺었다고 15일 밝혔다.\n\n이번 협약의 핵심은 세 가지.\n"
     "▲도시 데이터 공동연구\n▲인턴십 프로그램 운영\n▲연구 장비 공유\n\n김 대표는 기대했다.\n",
     ["도시 데이터 공동연구", "인턴십 프로그램 운영", "연구 장비 공유"]),
    ("rule counted-contents-lead: in mixed English, with the copula",
     "솔빛테크가 누리대와 MOU를 맺었다고 15일 밝혔다.\n\n이번 MOU의 key point는 두 가지다.\n"
     "▲AI 인턴십 운영\n▲GPU 서버 공유\n",
     ["AI 인턴십 운영", "GPU 서버 공유"]),
    ("NOT rule counted-contents-lead: a party's own strengths counted lead into no areas",
     "솔빛테크가 누리대와 협약을 맺었다고 15일 밝혔다.\n\n솔빛테크의 강점은 세 가지다.\n"
     "▲빠른 개발\n▲많은 데이터\n▲좋은 인력\n",
     []),
    ("NOT rule question-heading: a question of what happened leads into no list",
     "다온구와 누리문화재단이 3일 협약을 맺었다.\n\n무슨 일이 있었나요?\n① 골목이 살아나요\n"
     "② 아이들이 책과 가까워져요\n",
     []),
    ("NOT rule question-heading: a question of why leads into no list",
     "다온구와 누리문화재단이 3일 협약을 맺었다.\n\n책방이 왜 필요할까요?\n① 골목이 살아나요\n"
     "② 아이들이 책과 가까워져요\n",
     []),
    ("rule signed-this-agreement: the signing told in a clause before '이번 협약으로' is the "
     "opener's, not the first item's",
     "가온대학교는 15일 누리대학과 교류 협약을 체결했다. 박하온 가온대 총장과 최솔 누리대학 "
     "총장이 서명한 이번 협약으로 두 대학은 교환학생 파견, 공동 학위 과정 개설, "
     "교수 공동연구를 추진한다.\n",
     ["교환학생 파견", "공동 학위 과정 개설", "교수 공동연구"]),
    ("a list of roles, each line a party, a colon and its duty (rule party-colon)",
     "누리대학교 산학협력단은 3일 가온정밀, 솔빛로보틱스와 실증 컨소시엄 협약을 맺었다.\n"
     "기관별 역할은 다음과 같다.\n- 누리대 산학협력단: 주행 데이터 분석\n"
     "- 가온정밀: 감속기 시제품 제작\n- 솔빛로보틱스: 시험 노선 운영\n",
     ["주행 데이터 분석", "감속기 시제품 제작", "시험 노선 운영"]),
    ("NOT: a line before the colon that names no party keeps the list as it is "
     "(rule party-colon)",
     "누리대학교 산학협력단은 3일 가온정밀, 솔빛로보틱스와 실증 컨소시엄 협약을 맺었다.\n"
     "협약 내용은 다음과 같다.\n- 연구 분야: 주행 데이터 분석\n"
     "- 가온정밀: 감속기 시제품 제작\n- 솔빛로보틱스: 시험 노선 운영\n",
     ["연구 분야: 주행 데이터 분석", "가온정밀: 감속기 시제품 제작",
      "솔빛로보틱스: 시험 노선 운영"]),
    ("the signing's shops as a plural topic take their duty in turn with the other party's "
     "(rule party-plural-topic, shops); 전달 ends a whole activity (activity_nouns.txt)",
     "다온복지관은 20일 복지관 강당에서 해솔베이커리, 온담식당과 나눔 협약을 맺었다.\n"
     "협약 가게들은 저소득 가정에 식품을 후원하고, 복지관은 나눔 현장 홍보와 감사패 전달을 맡는다.",
     ["저소득 가정에 식품을 후원", "나눔 현장 홍보", "감사패 전달"]),
    ("NOT: shops with no word making them the signing's are any shops of the town "
     "(rule party-plural-topic, shops)",
     "다온복지관은 20일 복지관 강당에서 해솔베이커리, 온담식당과 나눔 협약을 맺었다.\n"
     "가게들은 저소득 가정에 식품을 후원하고, 복지관은 나눔 현장 홍보와 감사패 전달을 맡는다.",
     []),
    ("a bare 전달 sharing its object, or after a dot between single words, stays one item",
     LEAD + "양 기관은 정보 수집 및 전달, 물품·성금 전달에 협력한다.",
     ["정보 수집 및 전달", "물품·성금 전달"]),
    ("the parties decide to hold events (열기로, the native 개최하기로): the events are the items "
     "(rule hold-events)",
     LEAD + "양측은 청소년 예술단 상호 방문 공연과 전통공예 공동 전시를 열기로 했다.",
     ["청소년 예술단 상호 방문 공연", "전통공예 공동 전시"]),
    ("the same with 함께 and 합의했다 (rule hold-events)",
     LEAD + "양 기관은 청년 취업 박람회와 창업 특강을 함께 열기로 합의했다.",
     ["청년 취업 박람회", "창업 특강"]),
    ("NOT: opening a door holds no event (rule hold-events)",
     LEAD + "양 기관은 문을 열기로 했다.", []),
    ("one object, two deeds chained by 해 with no object of its own: one duty as written "
     "(rule chained-deeds)",
     LEAD + "협약에 따라 한빛시는 충전소 부지를 발굴하고, 누리대학교는 충전소를 구축해 운영한다.",
     ["충전소 부지를 발굴", "충전소를 구축해 운영"]),
    ("the same in the middle of duties in turn (rule chained-deeds)",
     LEAD + "협약에 따라 한빛시는 부지를 제공하고, 누리대학교는 교육과정을 개발해 운영하며, "
     "누리전자는 장비를 지원한다.",
     ["부지를 제공", "교육과정을 개발해 운영", "장비를 지원"]),
    ("NOT: a verb of cooperating after 해 is the frame, no second deed (rule chained-deeds)",
     LEAD + "협약에 따라 한빛시는 부지를 제공하고, 누리대학교는 인력을 지원해 협력한다.",
     ["부지를 제공", "인력을 지원"]),
    ("a noun of doing glued to 과 that Kiwi reads as an office's section is the particle "
     "joining two items (rule activity-section-noun)",
     LEAD + "두 기관은 장병 대민지원과 군 장비 지원, 예비군 훈련장 공동 활용에 협력하기로 했다.",
     ["장병 대민지원", "군 장비 지원", "예비군 훈련장 공동 활용"]),
    ("the same with two items only (rule activity-section-noun)",
     LEAD + "두 기관은 주민 긴급지원과 전통시장 안전 점검에 협력한다.",
     ["주민 긴급지원", "전통시장 안전 점검"]),
    ("the parties as a plural topic split a prose list (rule party-plural-topic)",
     LEAD + "협약 기관들은 청소년 코딩 교실 운영, 노트북 기증, 진로 멘토링을 함께 한다.",
     ["청소년 코딩 교실 운영", "노트북 기증", "진로 멘토링"]),
    ("NOT: bodies in the plural that are served are no topic of the parties "
     "(rule party-plural-topic)",
     LEAD + "관내 기관들은 청소년 코딩 교실 운영, 노트북 기증, 진로 멘토링을 둘러봤다.",
     []),
    ("a disclosure's form lines name the counterparty and the day, no area (rule disclosure-form)",
     "솔빛바이오는 다온제약과 업무협약을 체결했다고 공시했다.\n\n"
     "1. 협약 상대방: 다온제약 주식회사\n2. 협약 내용: 면역 항암제 공동 연구\n"
     "3. 협약 체결일: 2026-05-04\n"
     "4. 기타 투자판단에 참고할 사항: 본 협약은 양해각서임.",
     ["면역 항암제 공동 연구"]),
    ("NOT: a field that names a partner country is still an area (rule disclosure-form)",
     LEAD + "양 기관은 ▲상대방 국가 연수 지원 ▲공동 연구에 협력하기로 했다.",
     ["상대방 국가 연수 지원", "공동 연구"]),
    ("a card-news question of what was agreed leads into the bullets (rule question-heading)",
     "#1\n가온시 × 솔빛은행 상생 협약 체결\n#2\n어떤 협력을 하나요?\n📌 청년 창업 자금 보증\n"
     "📌 경영 컨설팅\n#3\n문의 가온시 경제과",
     ["청년 창업 자금 보증", "경영 컨설팅"]),
    ("NOT: a card-news question of when and where leads into no list (rule question-heading)",
     "#1\n가온시 × 솔빛은행 상생 협약 체결\n#2\n언제, 어디서?\n📌 5월 3일 시청 대회의실\n"
     "📌 오후 2시",
     []),
    # bullets of any symbol, the closing predicate cut off the last item
    ("▲ … 등이다",
     LEAD + "협력 분야는 ▲지역 인재 양성 ▲공동 연구 과제 발굴 ▲시설·장비 공동 활용 등이다.",
     ["지역 인재 양성", "공동 연구 과제 발굴", "시설·장비 공동 활용"]),
    ("a photo caption written as a bullet line ends the list (rule caption-ends-list)",
     LEAD + "주요 협력 내용은 다음과 같다.\n▲지역 인재 양성\n▲공동 연구 과제 발굴\n"
     "▲ 협약식에 참석한 최하윤 가온시의회 의장(왼쪽 세 번째)과 내빈들이 기념촬영을 하고 있다.",
     ["지역 인재 양성", "공동 연구 과제 발굴"]),
    ("a third party's duty in its own sentence after the others' told in turn, the city with "
     "its head in brackets (rule duties-in-turn)",
     "가온시(시장 김다온)는 5일 시청에서 솔빛배달(대표 박누리), 누리상인연합회와 협약을 "
     "체결했다.\n협약에 따라 솔빛배달은 배달앱 운영을, 연합회는 가맹점 모집을 맡는다. "
     "시는 지역화폐 결제 연동을 지원한다.",
     ["배달앱 운영", "가맹점 모집", "지역화폐 결제 연동을 지원"]),
    ("NOT: after duties told in turn, one of those parties' own background is no share "
     "(rule duties-in-turn)",
     "가온재단은 5일 누리복지관과 협약을 체결했다.\n재단은 난방비를 지원하고, 복지관은 지원 "
     "가정을 발굴한다. 재단은 2011년 설립 이후 3개 기금을 운영한다.",
     ["난방비를 지원", "지원 가정을 발굴"]),
    ("NOT: after duties told in turn, a party's founding told as what it is (rule side-founding)",
     "가온시는 5일 누리대학교와 협약을 체결했다.\n시는 행정 지원을, 대학은 연구 인력을 맡는다. "
     "누리대학교는 1987년 개교한 거점 대학으로 현장 실습 교육을 운영한다.",
     ["행정 지원", "연구 인력"]),
    ("NOT: after duties told in turn, a party's founding and record before a present clause "
     "(rule side-founding)",
     "가온시는 5일 누리대학교와 협약을 체결했다.\n시는 행정 지원을, 대학은 연구 인력을 맡는다. "
     "누리대학교는 1987년 개교해 인재 양성에 힘써 왔으며, 지역 기업과 현장 실습을 운영한다.",
     ["행정 지원", "연구 인력"]),
    ("NOT: after duties told in turn, a third party's founding (rule side-founding)",
     "가온시는 5일 누리대학교, 솔빛테크와 협약을 체결했다.\n시는 행정 지원을, 대학은 연구 "
     "인력을 맡는다. 솔빛테크는 설립 이래 장비 교육을 운영한다.",
     ["행정 지원", "연구 인력"]),
    ("NOT: right after the signing, a party's founding told as what it is (rule side-founding)",
     LEAD + "누리대학교는 1987년 개교한 거점 대학으로 현장 실습 교육을 운영한다.", []),
    ("NOT: right after the signing, what a party has done since its founding (rule side-founding)",
     LEAD + "누리대학교는 설립 이래 현장 실습 교육을 운영한다.", []),
    ("right after the signing, a party's present duty stays (not side-founding)",
     LEAD + "누리대학교는 현장 실습 교육을 운영한다.", ["현장 실습 교육을 운영"]),
    ("NOT: after duties told in turn, a party's size (rule side-founding)",
     "가온시는 5일 누리대학교와 협약을 체결했다.\n시는 행정 지원을, 대학은 연구 인력을 맡는다. "
     "누리대학교는 재학생 1만2천 명 규모로 지역 기업과 현장 실습을 운영한다.",
     ["행정 지원", "연구 인력"]),
    ("NOT: after duties told in turn, a party's selection (rule side-founding)",
     "가온시는 5일 누리대학교와 협약을 체결했다.\n시는 행정 지원을, 대학은 연구 인력을 맡는다. "
     "누리대학교는 2년 연속 산학협력 우수대학으로 선정돼 현장 실습 교육을 운영한다.",
     ["행정 지원", "연구 인력"]),
    ("NOT: after duties told in turn, a party's award (rule side-founding)",
     "가온시는 5일 누리대학교와 협약을 체결했다.\n시는 행정 지원을, 대학은 연구 인력을 맡는다. "
     "누리대학교는 대통령 표창을 받은 현장 실습 교육을 운영한다.",
     ["행정 지원", "연구 인력"]),
    ("NOT: after a party's duty, its years at it (rule side-founding)",
     "가온시는 5일 누리대학교와 협약을 체결했다.\n가온시는 행정 지원을 맡는다. 누리대학교는 연구 "
     "인력을 지원한다. 누리대학교는 40년 가까이 지역 기업과 현장 실습 교육을 운영한다.",
     ["행정 지원", "연구 인력을 지원"]),
    ("NOT: after duties told in turn, a party's anniversary as the occasion (rule side-founding)",
     "가온시는 5일 누리대학교와 협약을 체결했다.\n시는 행정 지원을, 대학은 연구 인력을 맡는다. "
     "누리대학교는 개교 40주년을 맞아 지역 기업과 현장 실습 교육을 확대한다.",
     ["행정 지원", "연구 인력"]),
    ("a selection under the agreement stays a duty (not side-founding)",
     "가온시는 5일 누리대학교와 협약을 체결했다.\n시는 행정 지원을, 대학은 연구 인력을 맡는다. "
     "협약에 따라 누리대학교는 거점 기관으로 지정돼 현장 실습 교육을 운영한다.",
     ["행정 지원", "연구 인력", "거점 기관으로 지정돼 현장 실습 교육을 운영"]),
    ("a third party's duty after the others' told in turn stays (not side-founding)",
     "가온시는 5일 누리대학교, 솔빛테크와 협약을 체결했다.\n시는 행정 지원을, 대학은 연구 "
     "인력을 맡는다. 솔빛테크는 장비 교육을 운영한다.",
     ["행정 지원", "연구 인력", "장비 교육을 운영"]),
    ("a year of founding inside a duty under the agreement stays (not side-founding)",
     "가온시는 5일 누리대학교, 솔빛테크와 협약을 체결했다.\n시는 행정 지원을, 대학은 연구 "
     "인력을 맡는다. 협약에 따라 솔빛테크는 2027년 개교하는 공업고에 실습 장비를 지원한다.",
     ["행정 지원", "연구 인력", "2027년 개교하는 공업고에 실습 장비를 지원"]),
    ("a photo-news item told in marked sentence lines, its caption among them: the lines are "
     "sentences, the caption no area (rule sentence-lines)",
     "[포토뉴스] 가온시·솔빛수협, 어업 상생 협약\n\n▲ 5일 가온시청에서 열린 '어업 상생 협약식'에서 "
     "박다온 가온시장(왼쪽)과 김누리 솔빛수협 조합장이 협약서를 펼쳐 보이고 있다.\n"
     "▲ 양 기관은 어업인 교육, 수산물 공동 판매에 협력하기로 했다.\n"
     "▲ 이날 협약식에는 주민 30여 명이 함께했다. /사진=가온시 제공",
     ["어업인 교육", "수산물 공동 판매"]),
    ("NOT: duties told as marked sentence lines with no picture stay the list's items "
     "(rule sentence-lines)",
     LEAD + "두 기관이 합의한 사항은 다음과 같다.\n▲ 청년 창업 교육을 함께 운영한다.\n"
     "▲ 지역 축제를 공동 개최한다.",
     ["청년 창업 교육을 함께 운영", "지역 축제를 공동 개최"]),
    # what a page puts amid a list is no part of its items (rule caption-between-items)
    ("a building's caption between two numbered items is no part of the first",
     LEAD + "협약 내용은 다음과 같다.\n1. 청년 창업 지원\n2. 어촌 체험 마을 조성\n"
     "누리은행 본관 전경. /한빛뉴스 DB\n3. 공동 연구 개발",
     ["청년 창업 지원", "어촌 체험 마을 조성", "공동 연구 개발"]),
    ("a head shot's caption between two numbered items is no part of the first",
     LEAD + "양 기관은 다음 사항에 협력하기로 했다.\n1. 청년 창업 지원\n▲ 김다온 솔빛대 대표이사\n"
     "2. 공동 연구 개발\n3. 지역 축제 공동 개최",
     ["청년 창업 지원", "공동 연구 개발", "지역 축제 공동 개최"]),
    ("a related headline of another mark after the list is no item of it",
     LEAD + "양 기관은 다음 사항에 협력하기로 했다.\n1. 청년 창업 지원\n2. 공동 연구 개발\n"
     "박다온 시장은 기대가 크다고 말했다.\n① 관련기사 [사회] "
     "솔빛재단 가람과 협약 | [종합] 누리센터-다온 "
     "평생교육 맞손", ["청년 창업 지원", "공동 연구 개발"]),
    # rule list-after-interjection: a line or two between a lead-in and its list
    ("an aside between the lead-in and its list",
     LEAD + "주요 협약 내용은 다음과 같다.\n한편 솔빛협회도 "
     "지난달 다온테크와 업무협약을 맺은 바 있다.\n"
     "- 마을 도서관 공동 운영\n- 어르신 건강 상담",
     ["마을 도서관 공동 운영", "어르신 건강 상담"]),
    ("an outlet tag and a subscription prompt between the lead-in and its list",
     LEAD + "양 기관은 다음 사항에 협력하기로 했다. [한빛타임스]\n지금 구독하면 첫 달 무료\n"
     "· 수소 버스 공동 투자\n· 섬 지역 관광 개발", ["수소 버스 공동 투자", "섬 지역 관광 개발"]),
    ("a lead-in three story lines above a list is not its lead-in",
     LEAD + "주요 협약 내용은 다음과 같다.\n박다온 시장은 기대가 "
     "크다고 말했다.\n김누리 총장도 환영했다.\n"
     "행사에는 주민 50명이 참석했다.\n- 가온 축제 안내\n- 주차장 이용 안내", []),
    ("a line leading in to a list of its own is no interjection",
     LEAD + "양 기관은 다음 사항에 협력하기로 했다.\n한빛시는 올해 다음 사업도 따로 추진한다.\n"
     "- 시민 정원 조성\n- 야간 버스 확대", []),
    # rule renumbered-list: a banner broke the list, the page numbered it anew
    ("a numbered list broken by a banner and numbered anew",
     LEAD + "양 기관은 다음 사항에 협력하기로 했다.\n1. 청년 창업 지원\n2. 공동 연구 개발\n"
     "[한빛일보 앱 설치하기] 속보를 가장 빠르게\n1. 전통시장 장보기 행사\n2. 드론 교육 과정 운영",
     ["청년 창업 지원", "공동 연구 개발", "전통시장 장보기 행사", "드론 교육 과정 운영"]),
    ("the list right above a related-articles header is the story's",
     LEAD + "양 기관은 다음 사항에 협력하기로 했다.\n1. 해양 "
     "쓰레기 줄이기\n2. 관광 안내소 공동 운영\n"
     "3. 시민 요가 교실\n이 기사와 관련된 기사\n①[종합] 솔빛-한별대학교 해외 판로 개척 맞손\n"
     "②[지역] 다온시 누리재단과 협약 | 가온일보\n③한별협회 가람공단과 협약 2시간 전\n"
     "④결누·미하협회 업무협약 체결 2시간 전\n⑤솔달공단·가람연구원·한별조합 3자 협약\n"
     "⑥[종합] 다온-누리진흥원 농산물 판로 확대 맞손",
     ["해양 쓰레기 줄이기", "관광 안내소 공동 운영", "시민 요가 교실"]),
    # rule list-mark-changes (cleaning): the story's items after a list of other articles
    ("a related list between the lead-in and its items, of another mark",
     LEAD + "양 기관은 다음 사항에 협력하기로 했다.\n관련기사\n☞ "
     "솔빛은행 누리재단과 '해외 판로' 손잡아 | "
     "가온일보\n☞ 다온대학교 신임 원장에 김하늘 교수 (2024.05.12)\n☞ 한별복지관 공모사업 선정\n"
     "· 마을 텃밭 공동 운영\n· 어린이 숲 체험 교실", ["마을 "
     "텃밭 공동 운영", "어린이 숲 체험 교실"]),
    ("a related list amid numbered items",
     LEAD + "양 기관은 다음 사항에 협력하기로 했다.\n1. 마을 "
     "텃밭 공동 운영\n2. 어린이 숲 체험 교실\n"
     "주요뉴스\n①[종합] 솔빛-가람 평생교육 맞손 2시간 전\n②다온협회 한별과 협약 2024-01-08 17:20\n"
     "③누리재단·가온공사 3자 협약\n3. 해변 정화 봉사",
     ["마을 텃밭 공동 운영", "어린이 숲 체험 교실", "해변 정화 봉사"]),
    ("dotted items going on past a list of ranked headlines, read as captions by cleaning",
     LEAD + "양 기관은 다음 사항에 협력하기로 했다.\n· 마을 텃밭 공동 운영\n포토뉴스\n"
     "1위 솔빛협회 노사 임금협약 타결\n2위 다온 에너지 자립 공모사업 선정\n"
     "· 어린이 숲 체험 교실\n· 해변 정화 봉사",
     ["마을 텃밭 공동 운영", "어린이 숲 체험 교실", "해변 정화 봉사"]),
    ("a dotted photo caption after dotted items is no item",
     LEAD + "양 기관은 다음 사항에 협력하기로 했다.\n· 마을 텃밭 공동 운영\n· 어린이 숲 체험 교실\n"
     "· 박다온 한빛시장(왼쪽)과 김누리 총장이 기념촬영을 하고 있다.",
     ["마을 텃밭 공동 운영", "어린이 숲 체험 교실"]),
    # rule credit-on-caption: a copyright tag after a photo's caption credits the picture
    ("a copyright tag on a caption's line does not end the article",
     LEAD + "가온시-누리대 업무협약식 [사진=한빛시] 2024.01.08 | <저작권자 ⓒ 한빛뉴스>\n"
     "양 기관은 다음 사항에 협력하기로 했다.\n1. 마을 텃밭 공동 운영\n2. 어린이 숲 체험 교실",
     ["마을 텃밭 공동 운영", "어린이 숲 체험 교실"]),
    ("a copyright line of its own ends the article",
     LEAD + "<저작권자 ⓒ 한빛뉴스 무단전재 및 재배포 금지>\n"
     "양 기관은 다음 사항에 협력하기로 했다.\n1. 마을 텃밭 공동 운영\n2. 어린이 숲 체험 교실", []),
    # rule headlines-listed: other articles' headlines a flattened page put after the story
    ("a most-viewed list on the story's line is no list of areas",
     LEAD + "양 기관은 공동 연구와 인력 교류에 협력하기로 했다. "
     "많이 본 뉴스 ①솔빛센터 신임 본부장에 "
     "박누리 교수 2시간 전 ②[종합] 다온-한별 귀농귀촌 지원 맞손 ③누리대학교 노사 임금협약 타결",
     ["공동 연구", "인력 교류"]),
    ("headlines stamped as such with no header are no list of areas",
     LEAD + "양 기관은 공동 연구와 인력 교류에 협력하기로 했다. ①가람시 한별재단과 돌봄 협약 체결 "
     "②다온연구원·솔빛은행 업무협약 체결 (2024.05.12) ③누리대학교 노사 임금협약 타결 2시간 전",
     ["공동 연구", "인력 교류"]),
    ("bullets with a comma are areas, not headlines",
     LEAD + "협력 분야는 ▲교육, 연구 협력 ▲인력 교류 ▲시설 공동 활용 등이다.",
     ["교육, 연구 협력", "인력 교류", "시설 공동 활용"]),
    ("… after a list closed by its predicate",
     LEAD + "양 기관은 이번 협약에 따라\n▲지역 인재 양성\n▲시설 공동 활용 등에 협력하기로 했다.\n"
     "▲ 사진은 협약식에서 인사말을 하는 가온재단 이사장의 모습.",
     ["지역 인재 양성", "시설 공동 활용"]),
    # rule list-interruptions: a caption, a head shot or a promotion between two bullet lines
    # is no item and the list goes on after it
    ("a photo caption line between two bullet lines",
     LEAD + "협약에 따라 두 기관은\n▲ 청년 창업 교육\n▲ 공동 연구 과제 발굴\n"
     "[사진] 한빛시장(오른쪽)과 누리대학교 총장이 협약서를 들고 있다. /사진=한빛시 제공\n"
     "▲ 시설 공동 활용\n등에 협력한다.",
     ["청년 창업 교육", "공동 연구 과제 발굴", "시설 공동 활용"]),
    ("a head shot of someone the story names, written as a bullet line inside the list",
     LEAD + "협약식에는 마서윤 누리대학교 총장이 참석했다.\n양 기관은 앞으로\n▲ 청년 창업 교육\n"
     "▲ 공동 연구 과제 발굴\n\n▲ 마서윤 누리대학교 총장\n\n▲ 시설 공동 활용\n등에 협력한다.",
     ["청년 창업 교육", "공동 연구 과제 발굴", "시설 공동 활용"]),
    ("a newsletter line between numbered items",
     LEAD + "협력 내용은 다음과 같다.\n1. 청년 창업 교육\n2. 공동 연구 과제 발굴\n\n▶ 가온일보 "
     "뉴스레터 구독하기 - 매일 아침 소식을 받아보세요\n\n3. 시설 공동 활용",
     ["청년 창업 교육", "공동 연구 과제 발굴", "시설 공동 활용"]),
    ("an advertisement line between numbered items",
     LEAD + "협력 내용은 다음과 같다.\n1) 청년 창업 교육\n2) 공동 연구 과제 발굴\n"
     "[AD] 가온몰 봄맞이 특가전 바로가기\n3) 시설 공동 활용",
     ["청년 창업 교육", "공동 연구 과제 발굴", "시설 공동 활용"]),
    ("not list-interruptions: an item shaped like a head shot, naming nobody, stays",
     LEAD + "양 기관은 앞으로\n▲ 청년 창업 교육\n▲ 지역 문화 시설 확장\n▲ 공동 연구\n"
     "등에 협력한다.",
     ["청년 창업 교육", "지역 문화 시설 확장", "공동 연구"]),
    ("the parties' topic and '이번 협약을 통해' over bullet lines, '등을 추진한다' below them",
     LEAD + "두 기관은 이번 협약을 통해\n▲ 청년 창업 교육\n▲ 공동 연구 과제 발굴\n"
     "▲ 시설 공동 활용\n등을 추진한다.",
     ["청년 창업 교육", "공동 연구 과제 발굴", "시설 공동 활용"]),
    # rule signing-bodies-lead: "협약 기관은" over the bullet lines, like "세 기관은"
    ("the signing bodies as the topic over bullet lines, a newsletter's 합니다 below them",
     LEAD + "협약 기관은\n△청년 창업 교육\n△공동 연구 과제 발굴 및 수행\n△시설 공동 활용\n"
     "에 협력합니다.",
     ["청년 창업 교육", "공동 연구 과제 발굴 및 수행", "시설 공동 활용"]),
    ("not signing-bodies-lead: the lines under '협약 기관은' are the parties",
     "한빛시는 12일 시청에서 지역 기관들과 업무협약을 체결했다.\n협약 기관은\n▲누리대학교\n"
     "▲솔빛병원\n▲가온상공회의소\n이다.",
     []),
    # rule polite-ending: the contents told in a newsletter's or a blog's polite register
    ("a newsletter's 합니다",
     LEAD + "협약으로 두 기관은 청년 창업 교육, 공동 연구 과제 발굴, 시설 공동 활용을 함께 합니다.",
     ["청년 창업 교육", "공동 연구 과제 발굴", "시설 공동 활용"]),
    ("each side's duty closed by a newsletter's 하기로 하였습니다",
     "누리사(주지 도현 스님)는 지난 5일 경내 강당에서 한빛노인복지관(관장 서다온)과 협약을 "
     "맺었습니다.\n\n누리사는 명상 강좌를 운영하고, 복지관은 참여 어르신을 모집하기로 "
     "하였습니다.",
     ["명상 강좌를 운영", "참여 어르신을 모집"]),
    ("not polite-ending: what was done that day, told with 하였습니다",
     LEAD + "이날 두 기관 관계자들은 협약서에 서명하고 기념 촬영을 하였습니다.",
     []),
    ("a blog's 이래요",
     LEAD + "협약 내용은 청년 창업 교육, 공동 연구 과제 발굴이래요.",
     ["청년 창업 교육", "공동 연구 과제 발굴"]),
    ("a bulletin's 입니다",
     LEAD + "협력 분야는 청년 창업 교육과 시설 공동 활용입니다.",
     ["청년 창업 교육", "시설 공동 활용"]),
    ("not polite-ending: one side's own plan in the polite register is still no area",
     LEAD + "가온시는 내년에 청년 창업 박람회를 열 계획입니다.",
     []),
    # rule fields-heading: a heading of the fields with a colon, in Korean or English
    ("a colon heading of the fields over one line of bullets",
     LEAD + "협력 분야:\n▲ 청년 창업 교육 ▲ 공동 연구 과제 발굴 ▲ 시설 공동 활용",
     ["청년 창업 교육", "공동 연구 과제 발굴", "시설 공동 활용"]),
    ("an agency's English heading over bullet lines",
     LEAD + "Key areas of cooperation:\n▲ 청년 창업 교육\n▲ Green ODA 협력",
     ["청년 창업 교육", "Green ODA 협력"]),
    ("not fields-heading: a colon heading of something else over bullets is no list of areas",
     LEAD + "이날 행사 순서:\n▲ 개회사 ▲ 협약서 서명 ▲ 기념촬영",
     []),
    # rule pair-topic-lead: the two sides' short forms as the topic over bullet lines
    ("the sides' short forms as the topic, over bullet lines, the rest after them",
     LEAD + "협약에 따라 시와 대학은\n▲ 청년 창업 교육\n▲ 공동 연구 과제 발굴\n에 힘을 모은다.",
     ["청년 창업 교육", "공동 연구 과제 발굴"]),
    ("not pair-topic-lead: a topic that goes on to its verb is no lead-in; its bullets below are "
     "another's",
     LEAD + "한편 시와 대학은 지난해에도 협약을 맺었다.\n"
     "▲ 가온시 청년 일자리 박람회 개최 (2024.05.12)\n"
     "▲ 누리대 개교 50주년 기념식",
     []),
    ("a sentence broken around dash lines, its rest opened by the last item's particle",
     LEAD + "양측은 향후\n- 청년 창업 교육\n- 공동 연구 과제 발굴\n에 힘을 모은다.",
     ["청년 창업 교육", "공동 연구 과제 발굴"]),
    # rule nested-under-heading: an outline's fields are no areas, the list under its heading is
    ("a pasted outline: name and purpose fields, the areas numbered under '- 협력 사항'",
     LEAD + "■ 협약 개요\n- 협약명: 청년 창업 지원 협약\n- 목적: 지역 청년의 창업 활성화\n"
     "- 협력 사항\n 1) 청년 창업 교육\n 2) 공동 연구 과제 발굴",
     ["청년 창업 교육", "공동 연구 과제 발굴"]),
    ("not nested-under-heading: an item ending in '사항' among items of its own mark",
     LEAD + "협력 분야는 다음과 같다.\n- 교육 관련 협력 사항\n- 공동 연구\n- 시설 공동 활용",
     ["교육 관련 협력 사항", "공동 연구", "시설 공동 활용"]),
    # rule contents-section: an outline in sections of one mark, the areas under the heading
    # that names the contents; the overview fields and the next steps are none
    ("a release outline in □ sections: overview fields, contents, next steps",
     LEAD + "□ 협약 개요\n ㅇ 일  시 : 2026. 3. 5.(목) 14:00\n ㅇ 장  소 : 시청 소회의실\n"
     " ㅇ 협약기간 : 협약일로부터 2년\n\n□ 주요내용\n ㅇ 청년 창업 교육 공동 운영\n"
     " ㅇ 공동 연구 과제 발굴\n\n□ 향후 계획\n ㅇ 실무협의회를 꾸려 세부 과제를 정할 예정\n"
     " ㅇ 내년 예산에 사업비 반영 추진",
     ["청년 창업 교육 공동 운영", "공동 연구 과제 발굴"]),
    ("not contents-section: sections with no contents heading read as before",
     LEAD + "양 기관은 다음과 같이 협력한다.\n■ 청년 창업 교육\n■ 공동 연구 과제 발굴\n"
     "■ 시설 공동 활용",
     ["청년 창업 교육", "공동 연구 과제 발굴", "시설 공동 활용"]),
    # rule nested-list: heading items with sub-items indented under them, one area per bullet
    ("circled heads with dash sub-items indented deeper, under a contents section",
     LEAD + "□ 주요내용\n ① 청년 창업 지원\n   - 창업 공간 10곳 제공\n"
     "   - 초기 자금 최대 300만 원 지원\n ② 공동 연구 과제 발굴\n ③ 시설 공동 활용\n"
     "□ 향후 계획\n ㅇ 실무협의회 구성",
     ["청년 창업 지원", "창업 공간 10곳 제공", "초기 자금 최대 300만 원 지원",
      "공동 연구 과제 발굴", "시설 공동 활용"]),
    ("■ heads over dash sub-items after a lead-in sentence, the heads read too",
     LEAD + "협약 내용은 다음과 같다.\n\n■ 공동 연구개발\n  - 스택 내구성 향상 기술 개발\n"
     "  - 시제품 2대 제작\n■ 실증 및 사업화\n  - 물류센터 2곳에서 현장 실증\n"
     "  - 판매망 공동 구축",
     ["공동 연구개발", "스택 내구성 향상 기술 개발", "시제품 2대 제작", "실증 및 사업화",
      "물류센터 2곳에서 현장 실증", "판매망 공동 구축"]),
    ("not nested-list: a heading that names the contents, and the term's section, are no areas",
     LEAD + "□ 협력 분야\n  - 청년 창업 교육\n  - 공동 연구 과제 발굴\n"
     "□ 협약 기간\n  - 협약일부터 2년",
     ["청년 창업 교육", "공동 연구 과제 발굴"]),
    ("not agenda-to-find: a research agenda found together is an area",
     LEAD + "양 기관은 지역 현안 연구 과제를 발굴하고 공동 세미나를 열기로 했다.",
     ["지역 현안 연구 과제를 발굴", "공동 세미나를 열기"]),
    # rule pledged-under-agreement: a head's quote opening with the agreement binding a side
    ("a mayor's quote of the city's duties under the agreement, the company's in prose",
     SOFT + "누리소프트는 이번 협약에 따라 지역 청년 50명을 채용한다.\n"
     "김누리 한빛시장은 \"협약에 따라 시는 창업 공간을 제공하고, 행정 절차를 신속히 "
     "처리하겠다\"고 말했다.",
     ["지역 청년 50명을 채용", "창업 공간을 제공", "행정 절차를 신속히 처리"]),
    ("not pledged-under-agreement: the same promise without the agreement binding it",
     SOFT + "누리소프트는 이번 협약에 따라 지역 청년 50명을 채용한다.\n"
     "김누리 한빛시장은 \"시는 창업 공간을 제공하고, 행정 절차를 신속히 처리하겠다\"고 "
     "말했다.",
     ["지역 청년 50명을 채용"]),
    ("a head's explanation quoted on its own line, its first sentence closing before the quote "
     "does, in the polite register ('…을 맡습니다. …')",
     "가람농협은 24일 누리대학교와 협약을 맺었다.\n염다온 조합장은 협약 내용을 이렇게 설명했다.\n"
     "\"협약에 따라 농협은 실습 농장을 제공하고, 대학은 청년 농업인 교육을 맡습니다. 끝까지 "
     "함께하겠다는 약속입니다.\"",
     ["실습 농장을 제공", "청년 농업인 교육"]),
    ("not pledged-under-agreement: such a quote of hopes with no agreement binding a side",
     "가람농협은 24일 누리대학교와 협약을 맺었다.\n염다온 조합장은 소감을 이렇게 밝혔다.\n"
     "\"농협은 청년들이 돌아오기를 바랍니다. 끝까지 함께하겠다는 약속입니다.\"",
     []),
    # rule last-item-examples: a last item naming no activity gives examples of the one after 등
    ("activities, then places as examples of the activity after a bare 등",
     SOFT + "이번 협약으로 양사는 결제 챗봇 공동 개발, 가맹점 API 연동, 그리고 베트남·태국 등 "
     "동남아 시장 공동 진출에 나선다.",
     ["결제 챗봇 공동 개발", "가맹점 API 연동", "베트남·태국 등 동남아 시장 공동 진출"]),
    ("not last-item-examples: fields before '등 다양한 분야에서' stay items of their own",
     SOFT + "양사는 결제 챗봇 공동 개발, 기술 교류, 행정·문화 등 다양한 분야에서 협력한다.",
     ["결제 챗봇 공동 개발", "기술 교류", "행정·문화"]),
    # rule polite-ending: a broadcast's or newsletter's polite endings read as the plain ones
    ("each side's duty in a reporter's polite sentence, broken over a line",
     "한빛시는 오늘 시청에서 누리택시조합과 협약을 맺었습니다.\n"
     "협약에 따라 시는 기사에게 장려금을 지급하고,\n조합은 심야 택시 100대를 배차하게 됩니다.",
     ["기사에게 장려금을 지급", "심야 택시 100대를 배차"]),
    ("not polite-ending: one side's own plan in the polite form is no duty",
     "한빛시는 오늘 시청에서 누리택시조합과 협약을 맺었습니다.\n"
     "협약에 따라 시는 기사에게 장려금을 지급합니다.\n"
     "시는 다음 달부터 석 달 동안 시범 운영할 계획입니다.",
     ["기사에게 장려금을 지급"]),
    # rule asked-what-agreed: an interview's answer to what was agreed, its items numbered by
    # ordinal words with a particle ("첫째는 A, 둘째는 B입니다")
    ("an answer to what was agreed, items after 첫째는 / 둘째는, the quote closing the last",
     LEAD + "-누리대학교와 구체적으로 무엇에 합의했나.\n\"크게 두 가지입니다. "
     "첫째는 청년 창업 교육 공동 운영, 둘째는 공동 연구 과제 발굴입니다.\"",
     ["청년 창업 교육 공동 운영", "공동 연구 과제 발굴"]),
    ("not asked-what-agreed: the same answer to a question about the city's own plans",
     LEAD + "-시의 내년 계획은.\n\"크게 두 가지입니다. "
     "첫째는 청년 창업 교육 공동 운영, 둘째는 공동 연구 과제 발굴입니다.\"",
     []),
    ("a bracketed heading line over dash items, after a purpose sentence",
     LEAD + "이번 협약은 지역 청년의 창업을 돕기 위한 것이다.\n\n[협약 주요 내용]\n"
     "- 청년 창업 교육\n- 공동 연구 과제 발굴",
     ["청년 창업 교육", "공동 연구 과제 발굴"]),
    # rule note-mark-lines: ※ opening each line of a list is its bullet (no ※ left in an item,
    # and the line closing the list goes on with its own prose, as after ▲ lines)
    ("※ lines after a lead-in",
     LEAD + "양 기관은 다음 분야에서 협력하기로 했다.\n※ 지역 인재 양성\n※ 공동 연구 과제 발굴",
     ["지역 인재 양성", "공동 연구 과제 발굴"]),
    ("※ lines closed by '등이며 …'",
     LEAD + "협약의 주요 내용은\n※ 지역 인재 양성\n※ 시설 공동 활용\n"
     "등이며 이를 위해 공동 기금을 마련하는 데 노력하기로 했다.",
     ["지역 인재 양성", "시설 공동 활용", "공동 기금을 마련"]),
    ("※ lines, the last closing the sentence",
     LEAD + "양 기관은 다음 분야에서\n※ 지역 인재 양성\n※ 시설 공동 활용 등에 협력하기로 했다.",
     ["지역 인재 양성", "시설 공동 활용"]),
    ("△ … 등을 추진하기로 했다",
     LEAD + "양 기관은 △청년 창업 지원 △지역 축제 공동 홍보 등을 추진하기로 했다.",
     ["청년 창업 지원", "지역 축제 공동 홍보"]),
    ("a party's duty to bear a cost ('B는 Y를 부담한다'); a cost with no side is none (below)",
     LEAD + "대학은 상담 인력을 지원하고, 복지관은 어르신 이동을 안내하며, 시는 운영비를 부담한다.",
     ["상담 인력을 지원", "어르신 이동을 안내", "운영비를 부담"]),
    ("A는 X를 지원하고, B는 Y를 부담한다",
     LEAD + "시는 행정 절차를 지원하고, 대학은 장학금의 절반을 부담한다.",
     ["행정 절차를 지원", "장학금의 절반을 부담"]),
    ("a duty whose object opens with 마을: 을 after a syllable with no final consonant is the "
     "noun's own, no particle",
     "가온시는 8일 누리에너지와 협약을 체결했다.\n협약에 따라 기업은 마을 공유부지에 태양광 "
     "설비를 설치해 10년간 관리하고, 시는 인허가 절차를 지원한다.",
     ["마을 공유부지에 태양광 설비를 설치해 10년간 관리", "인허가 절차를 지원"]),
    ("두 조합은 A, B, C에 협력한다 (co-operatives as the parties' topic)",
     "가온신용협동조합은 20일 누리주거복지사회적협동조합과 업무협약을 체결했다.\n"
     "두 조합은 전세 대출 상품 개발, 빈집 공유주택 공급, 청년 금융 교육에 협력한다.",
     ["전세 대출 상품 개발", "빈집 공유주택 공급", "청년 금융 교육"]),
    ("두 병원은 X를 맡고, A는 Y를 제공한다 (hospitals as the parties' topic)",
     "가온병원은 20일 누리재활병원과 진료 협력 협약을 체결했다.\n"
     "두 병원은 환자 의뢰·회송을 맡고, 가온병원은 장비를 제공한다.",
     ["환자 의뢰·회송", "장비를 제공"]),
    ("세 의원은 △A △B △C를 맡는다 (clinics counted by the kind a party ends with)",
     "가온구보건소는 20일 새솔치과, 다온한의원, 누리내과의원과 방문 진료 협약을 체결했다.\n"
     "세 의원은 △월 2회 방문 진료 △구강 검진 △검진 결과 공유를 맡는다.",
     ["월 2회 방문 진료", "구강 검진", "검진 결과 공유"]),
    ("세 의원은 △A △B를 맡는다, no clinic among the parties: lawmakers, no duty",
     LEAD + "세 의원은 △지역 예산 확보 △관련 법 개정을 맡는다.", []),
    ("두 학교는 X를 운영하고, B는 Y를 파견한다 (schools as the parties' topic)",
     "가온중학교는 20일 누리고등학교와 교육 협약을 체결했다.\n"
     "두 학교는 진로 체험을 운영하고, 누리고등학교는 강사를 파견한다.",
     ["진로 체험을 운영", "강사를 파견"]),
    ("▶ … 에 적극 협력하기로 약속했다 (no 등)",
     LEAD + "두 기관은 ▶평생교육 강좌 개설 ▶기타 지역 발전 지원에 적극 협력하기로 약속했다.",
     ["평생교육 강좌 개설", "기타 지역 발전 지원"]),
    ("■ … 을 주요 내용으로 담았다",
     LEAD + "협약서에는 ■방재 정보 공유 ■재난 대응 훈련 공동 실시를 주요 내용으로 담았다.",
     ["방재 정보 공유", "재난 대응 훈련 공동 실시"]),
    ("▷ … 등의 내용을 담았다, inner 등 kept",
     LEAD + "이번 협약은 ▷장비·인력 등 연구 기반 공유 ▷현장실습 운영 등의 내용을 담았다.",
     ["장비·인력 등 연구 기반 공유", "현장실습 운영"]),
    ("▲ … 등 N개 항이다",
     LEAD + "합의한 분야는 ▲창업 교육 ▲기술 지원 등 7개 항이다.",
     ["창업 교육", "기술 지원"]),
    ("▶ … 등 다양한 분야에서 협력하기로 합의했다",
     LEAD + "양 기관은 ▶공동 행사 추진 ▶신규 사업 발굴 등 다양한 분야에서 협력하기로 합의했다.",
     ["공동 행사 추진", "신규 사업 발굴"]),
    ("▲ … 등 분야에서 협력한다: the field word closes the list",
     LEAD + "두 기관은 ▲보안 인력 양성 ▲관제 기술 연구 ▲재직자 교육 등 분야에서 협력한다.",
     ["보안 인력 양성", "관제 기술 연구", "재직자 교육"]),
    ("a press release: □ opens paragraphs, ○ lines under the lead-in are the list",
     "□ 한빛시는 20일 시청에서 누리대학교와 업무협약을 체결했다.\n\n"
     "□ 이번 협약은 지역 인재를 키우기 위해 추진됐다.\n\n"
     "□ 협약의 주요 내용은 다음과 같다.\n  ○ 청년 창업 지원\n  ○ 평생교육 강좌 운영\n\n"
     "□ 한빛시장은 \"함께 성장하겠다\"고 말했다.",
     ["청년 창업 지원", "평생교육 강좌 운영"]),
    ("a clause's condition ('…이 방문할 때') is no part of its duty",
     LEAD + "두 기관은 봉사자가 방문할 때 어르신 안부 확인을 하고, 위기 가구에 긴급 생계비 지원을 "
     "하기로 했다.",
     ["어르신 안부 확인", "위기 가구에 긴급 생계비 지원"]),
    ("a listed object of activities before 확대하기로 (방문, 연수 are activities)",
     LEAD + "양 도시는 청소년 교류와 공무원 연수, 시민 상호 방문을 확대하기로 뜻을 모았다.",
     ["청소년 교류", "공무원 연수", "시민 상호 방문"]),
    ("areas only in the subtitle line under the headline",
     "한빛시-누리대학교, 상생 맞손\n- 청년 창업 지원·지역 축제 공동 홍보 협력\n\n"
     + LEAD + "한빛시장은 \"함께 성장하겠다\"고 말했다.",
     ["청년 창업 지원", "지역 축제 공동 홍보"]),
    ("'X을 아끼지 않기로': the duty is X",
     LEAD + "협약에 따라 시는 행정적 지원을 아끼지 않기로 했으며, 누리대학교는 교육 공간을 "
     "제공하기로 했다.",
     ["행정적 지원", "교육 공간을 제공"]),
    ("'양측은 A, B, C에서 손을 잡기로 했다': a verb of joining hands closes the list",
     LEAD + "양측은 현지 유통망 확대, 공동 마케팅, 수출 기업 발굴에서 손을 잡기로 했다.",
     ["현지 유통망 확대", "공동 마케팅", "수출 기업 발굴"]),
    ("a dot between activities that each have their own object splits",
     LEAD + "양 기관은 설계 안전성 검토·장비조달·현장점검 등을 함께 추진할 예정이다.",
     ["설계 안전성 검토", "장비조달", "현장점검"]),
    ("a dot between bare verbal nouns or before a shared noun joins one item",
     LEAD + "양 기관은 교육·연구 교류와 인력 양성·교류에 힘을 모은다.",
     ["교육·연구 교류", "인력 양성·교류"]),
    ("'…을 공급하는 데 협력하기로': the work is the clause before 데",
     LEAD + "양 기관은 지역 농가가 기른 농산물을 학교 급식에 우선 공급하는 데 협력하기로 했다.",
     ["지역 농가가 기른 농산물을 학교 급식에 우선 공급"]),
    ("'협약서에 따르면 A는 X를 하고, Y에 협조하며': the source of the duties is no part of them",
     LEAD + "협약서에 따르면 누리대학교는 재난 발생 시 인력·장비 지원을 하고, 청년 행사 공동 "
     "운영에 협조한다.",
     ["재난 발생 시 인력·장비 지원", "청년 행사 공동 운영"]),
    ("numbered 1. 2. 3.",
     LEAD + "세부 협력 분야는 1. 안전 정보 공유, 2. 합동 점검 실시, 3. 기타 필요한 사항이다.",
     ["안전 정보 공유", "합동 점검 실시", "기타 필요한 사항"]),
    ("circled ①②③",
     LEAD + "협약 내용은 ①교환학생 파견 ②공동 학술대회 개최 ③교수 교류 등이다.",
     ["교환학생 파견", "공동 학술대회 개최", "교수 교류"]),
    ("가. 나. 다.",
     LEAD + "협약 내용은 가. 의료 봉사 나. 건강 강좌 운영 등이다.",
     ["의료 봉사", "건강 강좌 운영"]),
    ("bullets on their own lines after a lead-in",
     LEAD + "주요 협약 내용은 다음과 같다.\n▲ 농산물 직거래 확대\n▲ 도농 교류 행사 개최\n",
     ["농산물 직거래 확대", "도농 교류 행사 개최"]),
    ("short bullet lines that cleaning drops as clutter",
     LEAD + "주요 협력 분야는 다음과 같다.\n▲교육\n▲연구\n▲인재양성\n한빛시장은 말했다.",
     ["교육", "연구", "인재양성"]),
    ("dashes at line starts",
     LEAD + "협약 내용은 다음과 같다.\n- 공동 연구 추진\n- 연구 인력 교류\n",
     ["공동 연구 추진", "연구 인력 교류"]),
    ("numbered items on their own lines",
     LEAD + "협약 내용은 다음과 같다.\n1. 공동 연구 추진\n2. 연구 인력 교류\n3. 시설 공동 활용\n",
     ["공동 연구 추진", "연구 인력 교류", "시설 공동 활용"]),
    ("numbered 1) 2) in prose",
     LEAD + "양 기관은 1) 교육과정 공동 개발 2) 현장실습 지원 등에 협력한다.",
     ["교육과정 공동 개발", "현장실습 지원"]),
    ("'ㅇ' opening lines, as press releases write bullets",
     LEAD + "주요 협약 내용은 다음과 같다.\nㅇ 지역 인재 양성\nㅇ 공동 연구 추진\n"
     "ㅇ 시설 공동 활용\n",
     ["지역 인재 양성", "공동 연구 추진", "시설 공동 활용"]),
    ("★ bullets",
     LEAD + "협약 내용은 ★지역 인재 양성 ★공동 연구 추진 등이다.",
     ["지역 인재 양성", "공동 연구 추진"]),
    ("'A/B/C 분야에서 협력한다': a slash between items",
     LEAD + "양 기관은 인재 양성/공동 연구/시설 활용 분야에서 협력한다.",
     ["인재 양성", "공동 연구", "시설 활용"]),
    ("'다음 사항에 협력한다' points to a list, it is none",
     LEAD + "양 기관은 다음 사항에 협력한다.", []),
    ("a heading in angle brackets before '-' lines",
     LEAD + "<협약 주요 내용>\n- 지역 인재 양성\n- 공동 연구 추진\n",
     ["지역 인재 양성", "공동 연구 추진"]),
    ("bullets that are clauses after '협약에 따라 양 기관은': the endings cut",
     LEAD + "협약에 따라 양 기관은\n▲교육과정을 공동 운영하고\n▲공동 연구 과제를 발굴하며\n"
     "▲연구 시설을 함께 활용하기로 했다.",
     ["교육과정을 공동 운영", "공동 연구 과제를 발굴", "연구 시설을 함께 활용"]),
    ("bullet lines right after the signing sentence, with no heading",
     LEAD + "▲지역 인재 양성 ▲공동 연구 추진 ▲시설 공동 활용",
     ["지역 인재 양성", "공동 연구 추진", "시설 공동 활용"]),
    ("a ◇ heading before ▲ bullets is no item",
     LEAD + "◇협약 주요 내용\n▲ 인재 양성 ▲ 기술 이전", ["인재 양성", "기술 이전"]),
    # prose lists
    ("A, B, C 등에 협력하기로 했다",
     LEAD + "양 기관은 이번 협약을 통해 인력 지원, 홍보사업, 자원봉사 등에 협력하기로 했다.",
     ["인력 지원", "홍보사업", "자원봉사"]),
    ("A과 B, C 등에 나서게 된다 (과 between items)",
     LEAD + "협약에 따라 두 도시는 관광 상품 공동 개발과 축제 교류, "
     "농산물 판로 확대 등에 나서게 된다.",
     ["관광 상품 공동 개발", "축제 교류", "농산물 판로 확대"]),
    ("a bare verbal noun after 과 shares the object: one item",
     LEAD + "양 기관은 지역 축제 기획과 운영, 관광 안내 인력 교육 등에 협력하기로 했다.",
     ["지역 축제 기획과 운영", "관광 안내 인력 교육"]),
    ("A과 B 등 C: examples of C, one item",
     LEAD + "양 기관은 강의실과 장비 등 시설 공동 활용, 교수 교류 등에 협력하기로 했다.",
     ["강의실과 장비 등 시설 공동 활용", "교수 교류"]),
    ("a period before the duty is when, not what",
     LEAD + "양 기관은 올해부터 3년간 지역 청년 창업 지원, 창업 공간 제공 등에 협력하기로 했다.",
     ["지역 청년 창업 지원", "창업 공간 제공"]),
    ("bullets in an aside (한편 …) are no areas of the agreement",
     LEAD + "양 기관은 청년 창업 지원에 협력하기로 했다. 한편 한빛시는 이번 협약을 시작으로 "
     "△창업 박람회 △투자 설명회 등을 개최할 예정이다.",
     ["청년 창업 지원"]),
    ("A, B 등의 X: examples of one thing done, one area",
     LEAD + "양 기관은 학교, 동아리 등의 직접적인 교류 연계를 적극 지원한다.",
     ["학교, 동아리 등의 직접적인 교류 연계"]),
    ("A 등 X: the kind named after 등 is the area",
     LEAD + "양 기관은 앞으로 전통시장 장보기 행사 등 지역 상생 사업을 함께 추진하기로 했다.",
     ["전통시장 장보기 행사 등 지역 상생 사업"]),
    ("A 등에 대한 X", LEAD + "협약에 따라 한빛시는 연구 부지 등에 대한 사용 허가를 지원한다.",
     ["연구 부지 등에 대한 사용 허가"]),
    ("activities before 등 X stay items of their own",
     LEAD + "양 기관은 교원 연수 지원, 학생 교류 등 양국 대학의 자원을 활용해 협력하기로 했다.",
     ["교원 연수 지원", "학생 교류"]),
    ("평등 is a word, not a list closed by 등",
     LEAD + "양 기관은 상호 평등의 원칙에 따라 청소년 교류 사업에 협력하기로 했다.",
     ["청소년 교류 사업"]),
    ("the clause after a list's predicate is read on its own",
     LEAD + "양 기관은 한빛축제 등 양 기관의 대내외 행사에 적극 협력하고, 지역 발전에 필요한 "
     "사업을 공동 추진하기로 했다.",
     ["한빛축제 등 양 기관의 대내외 행사", "지역 발전에 필요한 사업"]),
    ("a verb of means before the clause's own verb: one duty",
     LEAD + "협약에 따라 누리은행은 전자 어음 서비스를 활용해 자금난을 겪는 협력업체를 지원한다.",
     ["전자 어음 서비스를 활용해 자금난을 겪는 협력업체를 지원"]),
    ("contributing to a general good is the purpose, not a duty",
     LEAD + "협약에 따라 누리은행은 지역 인재를 채용하고 지역 경제 활성화에 기여한다.",
     ["지역 인재를 채용"]),
    ("each party's duty with the light verb 하다",
     LEAD + "협약에 따라 한빛시는 행정적 지원을 하고 누리대학교는 교육 프로그램을 운영한다.",
     ["행정적 지원", "교육 프로그램을 운영"]),
    ("two clauses of doing, the second closing the decision: read as clauses",
     LEAD + "양 기관은 교육 과정을 공동 개발하고 실습 장비를 공유하기로 했다.",
     ["교육 과정을 공동 개발", "실습 장비를 공유"]),
    ("A, B, C 분야에서 협력하게 된다",
     LEAD + "앞으로 양 기관은 인재 양성, 기술 교류, 공동 마케팅 분야에서 협력하게 된다.",
     ["인재 양성", "기술 교류", "공동 마케팅"]),
    ("a party with a two-letter name takes up its duty in a sentence of its own",
     "누리대학교는 20일 육군과 학군 협약을 체결했다.\n"
     "육군은 우수 재학생에게 장학금을 지급하고 졸업생에게 임관 우선권을 부여한다.",
     ["우수 재학생에게 장학금을 지급", "졸업생에게 임관 우선권을 부여"]),
    ("a body as the topic with 에서는",
     "한빛구는 20일 누리공사와 도시재생 협약을 체결했다.\n"
     "한빛구에서는 주민 공간을 제공하고 마을 축제를 홍보한다.",
     ["주민 공간을 제공", "마을 축제를 홍보"]),
    ("A와 B를 추진하는 데 뜻을 모았다",
     LEAD + "양 기관은 지역 농산물 판로 확대와 로컬푸드 활성화를 추진하는 데 뜻을 모았다.",
     ["지역 농산물 판로 확대", "로컬푸드 활성화"]),
    ("A, B, C를 함께 해 나갈 방침이다",
     LEAD + "협약을 통해 양 기관은 청소년 진로 체험, 대학 시설 개방, 평생학습 강좌 운영을 "
     "함께 해 나갈 방침이다.",
     ["청소년 진로 체험", "대학 시설 개방", "평생학습 강좌 운영"]),
    ("협약을 통해 A에 나선다",
     LEAD + "양사는 이번 협약을 통해 전기차 충전 인프라 확충에 나선다.",
     ["전기차 충전 인프라 확충"]),
    ("A를 비롯해 B, C 등: A heads the list",
     LEAD + "양 기관은 공동 연구를 비롯해 학생 교류, 교수 파견 등에 협력하기로 했다.",
     ["공동 연구", "학생 교류", "교수 파견"]),
    ("a nominalised verb before 과 ends an item too",
     LEAD + "두 기관은 앞으로 농촌 일손 돕기와 도농 교류 행사를 공동 추진한다.",
     ["농촌 일손 돕기", "도농 교류 행사"]),
    ("A와 B에 힘쓰기로 했다",
     LEAD + "양 기관은 앞으로 의료 취약계층 진료 지원과 건강 강좌 개최에 힘쓰기로 했다.",
     ["의료 취약계층 진료 지원", "건강 강좌 개최"]),
    ("…에도 힘을 모으기로: the object is the item",
     LEAD + "양 기관은 지역 일자리 창출에 협력하고 청년 정착 지원에도 힘을 모으기로 했다.",
     ["지역 일자리 창출", "청년 정착 지원"]),
    ("the parties decide on one object that names no activity: the verb that does stays "
     "(verb-carries-activity)",
     LEAD + "두 기관은 매달 가로등 고장 현황을 점검하기로 했다.",
     ["매달 가로등 고장 현황을 점검"]),
    ("…an object that is an activity itself is the item, without its verb",
     LEAD + "두 기관은 청년 인재 교류를 점검하기로 했다.",
     ["청년 인재 교류"]),
    ("the other side's duty keeps its verb of giving (settled case)",
     LEAD + "협약에 따라 누리대학교는 강사를 파견하고, 한빛시는 교육 장소를 제공하기로 했다.",
     ["강사를 파견", "교육 장소를 제공"]),
    ("what one side is already doing is no area",
     LEAD + "양 기관은 인재 양성에 협력하기로 했다. 누리대학교는 지난해 지역혁신 사업에 선정돼 "
     "공동 연구, 창업 교육 등을 추진하고 있다.",
     ["인재 양성"]),
    ("…을 담고 있다 is the contents, not what is already done",
     LEAD + "협약서는 공동 연구 수행, 연구 인력 교류 등 3개 항목을 담고 있다.",
     ["공동 연구 수행", "연구 인력 교류"]),
    ("the ceremony's order in bullets is no area",
     LEAD + "양 기관은 인재 양성에 협력하기로 했다.\n"
     "협약식은 ▲개회사 ▲협약서 서명 ▲기념촬영 순으로 진행됐다.",
     ["인재 양성"]),
    ("the ceremony's steps without 순 are its programme, not its content",
     LEAD + "이날 행사는 ▲국민의례 ▲내빈 소개 ▲협약서 서명 ▲기념촬영으로 진행됐다.", []),
    ("NOT rule figures-listed: counts under a lead of the contents are still the areas",
     LEAD + "주요 협력 내용은 ▲지역 인재 채용 30명 ▲현장 실습생 20명 등이다.",
     ["지역 인재 채용 30명", "현장 실습생 20명"]),
    ("NOT rule figures-listed: a count in one item of the list leaves the list",
     LEAD + "협약 내용은 ▲소상공인 특례보증 50억원 ▲경로당 30곳 ▲공동 연구 등이다.",
     ["소상공인 특례보증 50억원", "경로당 30곳", "공동 연구"]),
    ("NOT rule own-ongoing-programmes: the parties together running them are the areas",
     LEAD + "양 기관이 추진 중인 사업은 ▲공동 연구 ▲인력 교류 등이다.", ["공동 연구", "인력 교류"]),
    ("NOT rule own-ongoing-programmes: one side's programmes under the agreement are its duties",
     LEAD + "협약에 따라 시가 추진하는 사업은 ▲청년 창업 교육 ▲공동 연구 과제 발굴 등이다.",
     ["청년 창업 교육", "공동 연구 과제 발굴"]),
    ("NOT rule not-areas-topic: a plan of the cooperation announced is still read",
     LEAD + "향후 협력 계획은 다음과 같다.\n1. 청년 창업 교육\n2. 공동 연구 과제 발굴\n",
     ["청년 창업 교육", "공동 연구 과제 발굴"]),
    ("'참석자는 다음과 같다' leads in to people, not areas",
     LEAD + "참석자는 다음과 같다.\n▲김가람 한빛시장\n▲이솔 누리대 총장\n"
     "▲박하늘 시의회 의장\n", []),
    ("conditions among the contents (a period, a budget) are no areas",
     LEAD + "주요 내용은 ▲협약 기간 3년 ▲사업비 10억원 ▲청년 인턴십 운영 ▲창업 공간 제공 등이다.",
     ["청년 인턴십 운영", "창업 공간 제공"]),
    ("conditions written 'name: value' on their own lines are no areas",
     LEAD + "협약의 주요 내용은 다음과 같다.\n▲협약 기간: 2024년 1월부터 3년간\n"
     "▲참여 인원: 학생 50명\n▲청년 인턴십 운영\n▲창업 공간 제공\n",
     ["청년 인턴십 운영", "창업 공간 제공"]),
    ("one named party's own plan is no area (GUIDELINES: not plans of one party alone)",
     LEAD + "한빛시는 앞으로 스마트팜 단지 조성, 청년 주택 공급 등을 추진할 계획이다.", []),
    ("bullets of one named party's programme for the year are no areas",
     LEAD + "양 기관은 청년 창업 지원에 협력하기로 했다.\n한빛시는 올해 다음 사업을 추진한다.\n"
     "▲청년 주택 공급\n▲공공 와이파이 확대\n", ["청년 창업 지원"]),
    ("a plan of one party alone is no area even when it serves the partner's people",
     LEAD + "한빛시는 누리대학교 재학생을 대상으로 시청 인턴십 기회를 제공할 계획이다.", []),
    ("plans of each party in one sentence are their duties",
     LEAD + "한빛시는 행정 지원과 장소 제공을, 누리대학교는 강사 파견을 맡아 진행할 예정이다.",
     ["행정 지원", "장소 제공", "강사 파견"]),
    ("what was held that day around the ceremony is no area",
     LEAD + "양 기관은 청년 창업 지원에 협력하기로 했다.\n"
     "협약식에 앞서 ▲시설 견학 ▲간담회 ▲오찬이 진행됐다.", ["청년 창업 지원"]),
    ("bullets of one party's record ('주요 성과는') are no areas",
     LEAD + "양 기관은 청년 창업 지원에 협력하기로 했다.\n"
     "누리대의 주요 성과는 ▲취업률 1위 ▲창업 기업 50개 육성 등이다.", ["청년 창업 지원"]),
    ("a term of the agreement about its results is no area (list before a topic)",
     LEAD + "양 기관은 청년 창업 지원에 협력하기로 했다. 공동 연구 과정에서 나온 특허 등 "
     "연구 결과물은 공동 소유한다.", ["청년 창업 지원"]),
    ("a term with a topic and its subject is no duty",
     LEAD + "양 기관은 청년 창업 지원에 협력하기로 했다. 협약에 따라 공동 연구로 나온 특허 등 "
     "연구 결과물은 양 기관이 공동 소유하기로 했다.", ["청년 창업 지원"]),
    ("parties before 등 and the topic: their field is read",
     "한빛시와 누리대학교 등 두 기관은 20일 업무협약을 체결했다. 가람시, 누리대 등 양 기관은 "
     "청년 창업 지원, 지역 인재 채용 등에 협력하기로 했다.", ["청년 창업 지원", "지역 인재 채용"]),
    ("naming each side's contact office is no area",
     LEAD + "양 기관은 청년 창업 지원에 협력하기로 했다. 한빛시는 일자리정책과, 누리대는 "
     "산학협력단을 전담 부서로 지정해 업무를 협의하기로 했다.", ["청년 창업 지원"]),
    ("naming contact staff is no area",
     LEAD + "양 기관은 청년 창업 지원에 협력하기로 했다. 또 실무 담당자를 지정해 연락 및 협의 "
     "사항에 관한 업무를 맡기기로 했다.", ["청년 창업 지원"]),
    ("A과 B에 관한 내용이 담겼다: what the contents are about",
     LEAD + "협약서에는 청년 인턴십 운영과 창업 공간 제공에 관한 내용이 담겼다.",
     ["청년 인턴십 운영", "창업 공간 제공"]),
    ("A, B에 대한 세부 내용을 포함하고 있다",
     LEAD + "이번 협약은 교원 연수, 학생 교류에 대한 세부 내용을 포함하고 있다.",
     ["교원 연수", "학생 교류"]),
    ("duties written with the party as subject (이/가) are worded without it",
     LEAD + "이번 협약에 따라 누리대학교가 창업 교육을 맡고, 한빛시가 창업 공간을 제공한다.",
     ["창업 교육", "창업 공간을 제공"]),
    ("a party described before its topic ('…에 본사를 둔 A는') is worded without both",
     SOFT + "협약에 따라 가람시에 본사를 둔 누리소프트는 보안 점검을 맡고, 시는 시험 공간을 "
     "제공한다.", ["보안 점검", "시험 공간을 제공"]),
    ("a described topic that names no party is not cut as one",
     SOFT + "협약에 따라 가람시에 새로 생긴 청년센터는 창업 상담을 맡고, 누리소프트는 장비를 "
     "제공한다.", ["가람시에 새로 생긴 청년센터는 창업 상담", "장비를 제공"]),
    ("a party that is the subject of a modifier stays in the duty",
     LEAD + "이번 협약에 따라 누리은행은 한빛시가 추진하는 청년 사업에 금융을 지원한다.",
     ["한빛시가 추진하는 청년 사업에 금융을 지원"]),
    ("what one named party does every year is no area",
     LEAD + "양 기관은 청년 창업 지원에 협력하기로 했다. 누리대학교는 매년 창업 경진대회를 열어 "
     "우수 창업팀에 상금과 사무 공간을 지원한다.", ["청년 창업 지원"]),
    ("what one party decided to do every year under the agreement is its duty",
     LEAD + "누리대학교는 매년 한빛시 청소년에게 장학금을 지원하기로 했다.",
     ["매년 한빛시 청소년에게 장학금을 지원"]),
    ("what one party gives every year 'for this' (이를 위해) after the list is its duty",
     LEAD + "양 기관은 청년 창업 지원 등에 협력하기로 했다. 시는 이를 위해 대학에 해마다 "
     "창업 공간 임차료를 지원한다.", ["청년 창업 지원", "대학에 해마다 창업 공간 임차료를 지원"]),
    ("a noun the verbal noun begins ('운영비', '지원금') is no verb of the duty",
     LEAD + "협약에 따라 시는 대학에 운영비 3억원을 지원한다.", ["대학에 운영비 3억원을 지원"]),
    ("… and a task force is what the side runs ('추진단을 운영')",
     LEAD + "협약에 따라 시는 추진단을 운영하고 누리대학교는 창업 교육을 맡는다.",
     ["추진단을 운영", "창업 교육"]),
    ("…but without 이를 위해 what it gives every year stays its own habit",
     LEAD + "양 기관은 청년 창업 지원 등에 협력하기로 했다. 시는 해마다 대학에 창업 공간 "
     "임차료를 지원한다.", ["청년 창업 지원"]),
    ("bullets of bodies (earlier partners) are no areas",
     LEAD + "양 기관은 청년 창업 지원에 협력하기로 했다.\n누리대학교는 지금까지 ▲다온군 "
     "▲솔바람시 ▲한결군 등 10개 지자체와 협약을 맺었다.", ["청년 창업 지원"]),
    ("bullets of bodies that joined the ceremony are no areas",
     LEAD + "양 기관은 청년 창업 지원에 협력하기로 했다.\n이번 협약에는 ▲가온상공회의소 "
     "▲솔바람재단 ▲다온신문 등도 함께했다.", ["청년 창업 지원"]),
    ("bullets of the expected effects are no areas",
     LEAD + "양 기관은 청년 창업 지원에 협력하기로 했다.\n"
     "기대 효과는 ▲청년 유출 감소 ▲지역 경제 활성화 등이다.", ["청년 창업 지원"]),
    ("'협약을 바탕으로,' with a comma is an adverbial, not part of the duty",
     LEAD + "이번 업무협약을 바탕으로, 다솜서점 한빛점에서는 3월 4일(월)부터 2개월간 어린이 "
     "코너에 체험 부스를 열어 지역 작가의 그림책을 홍보한다.",
     ["어린이 코너에 체험 부스를 열어 지역 작가의 그림책을 홍보"]),
    ("lines after '신청 방법은 다음과 같다' are steps, not areas",
     LEAD + "양 기관은 청년 창업 지원에 협력하기로 했다.\n신청 방법은 다음과 같다.\n"
     "- 누리대 홈페이지 접속\n- 신청서 작성 후 제출\n", ["청년 창업 지원"]),
    ("lines after '지원 대상은 다음과 같다' are who may apply",
     LEAD + "양 기관은 청년 창업 지원에 협력하기로 했다.\n지원 대상은 다음과 같다.\n"
     "- 만 39세 이하 청년\n- 한빛시 거주자\n", ["청년 창업 지원"]),
    ("A와 B에 뜻을 같이했다 (past, a predicate of cooperating)",
     LEAD + "양측은 농산물 판로 확대와 도농 교류 활성화에 뜻을 같이했다.",
     ["농산물 판로 확대", "도농 교류 활성화"]),
    ("A와 B에 힘을 모았다", LEAD + "두 기관은 청년 일자리 창출과 창업 지원에 힘을 모았다.",
     ["청년 일자리 창출", "창업 지원"]),
    ("a past 협력했다 is history, not the agreement",
     LEAD + "양 기관은 지난해 지역 축제 운영에 협력했다.", []),
    ("duty bullets on their own lines after '협약에 따라'",
     LEAD + "협약에 따라\n▲한빛시는 창업 공간을 제공하고\n▲누리대학교는 창업 교육을 맡는다.\n",
     ["창업 공간을 제공", "창업 교육"]),
    ("bullets that say they list prizes are no areas",
     LEAD + "양 기관은 인재 양성에 협력하기로 했다.\n"
     "시상 내역은 ▲대상 홍길동 ▲최우수상 김철수 등이다.",
     ["인재 양성"]),
    ("a paragraph that also mentions the group photo is body text",
     LEAD + "양 기관은 지역 인재 양성, 공동 연구 등에 협력하기로 했다. "
     "협약식 후 참석자들은 기념촬영을 했다.",
     ["지역 인재 양성", "공동 연구"]),
    ("a photo caption repeating the list is still not read twice",
     LEAD + "양 기관은 지역 인재 양성, 공동 연구 등에 협력하기로 했다.\n"
     "[사진] 양 기관장이 청년 창업, 지역 축제 등에 협력하기로 하고 기념촬영을 하고 있다.",
     ["지역 인재 양성", "공동 연구"]),
    ("△A과 △B: the joining 과 is no part of A",
     LEAD + "양 기관은 △인재 양성과 △공동 연구에 협력한다.", ["인재 양성", "공동 연구"]),
    ("▲… 성과: a noun ending in 과 keeps it",
     LEAD + "협력 분야는 ▲연구 성과 공유 ▲기술 이전 등이다.", ["연구 성과 공유", "기술 이전"]),
    ("a clause that modifies a noun ('마치고 수료한 학생') is no duty",
     "누리대학교는 20일 한빛소방서와 인재 양성 협약을 체결했다.\n"
     "소방서는 응급처치 과정을 마치고 수료한 학생에게 현장 견학 기회를 부여한다.",
     ["수료한 학생에게 현장 견학 기회를 부여"]),
    ("a head count makes a fact about one side, not a duty",
     LEAD + "양 기관은 인재 양성에 협력하기로 했다.\n"
     "누리대학교는 지역 유일의 4년제 대학으로 매년 2천여 명의 졸업생을 배출한다.",
     ["인재 양성"]),
    ("협약 내용: A, B, C (a colon, no verb)",
     LEAD + "협약 내용: 장학금 지원, 현장실습 운영, 취업 연계",
     ["장학금 지원", "현장실습 운영", "취업 연계"]),
    ("과 inside one item is kept",
     LEAD + "양 기관은 청년과 노인 세대의 소통 증진, 지역 문화 보존 등에 협력하기로 했다.",
     ["청년과 노인 세대의 소통 증진", "지역 문화 보존"]),
    ("\"인적, 물적 자원\": a bare 적-word joins the next item",
     LEAD + "양측은 상호 인적, 물적 자원의 공동 활용과 교육과정 개발 등에 협력하기로 했다.",
     ["상호 인적, 물적 자원의 공동 활용", "교육과정 개발"]),
    ("an adverb before the first item is dropped",
     LEAD + "양 기관은 앞으로 공동 연구, 인력 교류 등 다방면에서 협력할 계획이다.",
     ["공동 연구", "인력 교류"]),
    ("주요 내용은 A, B, C 등이다 (content, no verb)",
     LEAD + "협약의 주요 내용은 인력 교류, 공동 연구, 시설 공유 등이다.",
     ["인력 교류", "공동 연구", "시설 공유"]),
    ("주요 내용으로는 A, B 등이 포함됐다",
     LEAD + "협약 주요 내용으로는 금융교육 지원, 창업자금 대출 연계 등이 포함됐다.",
     ["금융교육 지원", "창업자금 대출 연계"]),
    ("A, B 등으로 구성됐다",
     LEAD + "협약 내용은 인력 교류, 공동 연구 등으로 구성됐다.", ["인력 교류", "공동 연구"]),
    ("a heading, then dashes", LEAD + "협약 주요 내용\n- 인력 교류\n- 공동 연구\n",
     ["인력 교류", "공동 연구"]),
    ("A와 B에 대해 상호 협력한다",
     LEAD + "양 기관은 인재 양성과 기술 교류에 대해 상호 협력한다.", ["인재 양성", "기술 교류"]),
    ("A, B 분야에서 협력하기로 했다",
     LEAD + "양 기관은 교육, 연구 분야에서 협력하기로 했다.", ["교육", "연구"]),
    ("A와 B에 합의했다", LEAD + "양 기관은 인재 양성과 기술 교류에 합의했다.",
     ["인재 양성", "기술 교류"]),
    ("A를 위해 상호 협력하기로 했다",
     LEAD + "양 기관은 지역 청년의 일자리 창출을 위해 상호 협력하기로 했다.",
     ["지역 청년의 일자리 창출"]),
    ("A와 B를 하기로 합의했다",
     LEAD + "양 기관은 기술 교류와 연구 인력 파견을 확대하기로 합의했다.",
     ["기술 교류", "연구 인력 파견"]),
    ("clauses: one side does X, the other Y",
     LEAD + "이번 협약에 따라 누리병원은 시민의 건강검진 비용 할인에 앞장서고, "
     "한빛시는 병원 직원의 관광지 입장료 감면 혜택을 제공하기로 했다.",
     ["시민의 건강검진 비용 할인", "병원 직원의 관광지 입장료 감면 혜택을 제공"]),
    ("items wrapped in '에 관한 사항'",
     LEAD + "양 기관은 장비 대여, 시설 개방에 관한 사항과 "
     "주민의 문화강좌에 관한 사항 등을 약속했다.",
     ["장비 대여", "시설 개방", "주민의 문화강좌"]),
    ("a story of what was done is no area",
     LEAD + "한빛재단은 누리기금에 기부금을 전달했고, 누리기금은 장학금을 제공할 계획이다.", []),
    ("clauses: 맡고 … 제공한다",
     LEAD + "이번 협약에 따라 누리대학교는 지역 농산물의 수매와 유통을 맡고, "
     "한빛시는 판로 개척에 필요한 행정 지원을 제공한다.",
     ["지역 농산물의 수매와 유통", "판로 개척에 필요한 행정 지원을 제공"]),
    ("clauses: an indirect object before the verb",
     LEAD + "이번 협약에 따라 누리대학교는 한빛시 관광지를 학생들에게 적극 홍보할 예정이다.",
     ["한빛시 관광지를 학생들에게 적극 홍보"]),
    ("이번 협약으로 A, B 등 다양한 분야에서 협력",
     LEAD + "두 기관은 이번 협약으로 농산물 직거래 활성화, 관광 자원 공동 홍보 등 "
     "다양한 분야에서 협력하기로 했다.",
     ["농산물 직거래 활성화", "관광 자원 공동 홍보"]),
    ("clauses: a list in one clause stays whole",
     LEAD + "이에 따라 한빛공사는 도로, 교량 등 누리건설이 맡는 모든 공사에 "
     "측량 정보를 제공하게 된다.",
     ["도로, 교량 등 누리건설이 맡는 모든 공사에 측량 정보를 제공"]),
    ("a second signing ends the first agreement's areas",
     LEAD + "양 기관은 ▲인재 양성 ▲공동 연구 등에 협력하기로 했다.\n"
     "이어 한빛시는 가람공사와도 협약을 체결했다. "
     "가람공사와는 ▲도로 정비 ▲교통 안전 등에 협력한다.",
     ["인재 양성", "공동 연구"]),
    # a lead-in announcing the list, whatever its verb, then bullet lines (issue 3)
    ("다음과 같이 협력한다 + ▶ lines",
     LEAD + "두 기관은 이번 협약에 따라 다음과 같이 협력한다.\n"
     "▶ 하천 수질 공동 조사\n▶ 생태 교육 프로그램 운영\n",
     ["하천 수질 공동 조사", "생태 교육 프로그램 운영"]),
    ("다음 사업을 공동 추진한다 + ■ lines",
     LEAD + "양 기관은 다음 사업을 공동 추진한다.\n■ 전통시장 배송 지원\n■ 상인 디지털 교육\n",
     ["전통시장 배송 지원", "상인 디지털 교육"]),
    ("다음 분야에서 교류한다 + dash lines",
     LEAD + "두 대학은 다음 분야에서 교류한다.\n- 연구원 상호 파견\n- 학술지 공동 발간\n",
     ["연구원 상호 파견", "학술지 공동 발간"]),
    ("다음 과제를 함께 수행한다 + ◇ lines",
     LEAD + "세 기관은 협약서에 따라 다음 과제를 함께 수행한다.\n"
     "◇ 산불 감시 드론 운용\n◇ 산림 치유 프로그램 개발\n",
     ["산불 감시 드론 운용", "산림 치유 프로그램 개발"]),
    ("아래와 같이 …: + ▲ lines",
     LEAD + "두 기관은 아래와 같이 협력하기로 했다:\n▲ 산림 병해충 방제\n▲ 임도 정비\n",
     ["산림 병해충 방제", "임도 정비"]),
    # cooperation predicates other than 협력, in any tense
    ("▲ … 에 힘을 합쳤다",
     LEAD + "양 기관은 ▲전기차 충전소 확충 ▲공용 자전거 보급에 힘을 합쳤다.",
     ["전기차 충전소 확충", "공용 자전거 보급"]),
    ("▲ … 에 힘을 모은다",
     LEAD + "양 기관은 ▲폐교 활용 방안 마련 ▲귀농인 정착 지원에 힘을 모은다.",
     ["폐교 활용 방안 마련", "귀농인 정착 지원"]),
    ("◆ … 등에 손을 맞잡기로 했다",
     LEAD + "두 기관은 ◆해안 쓰레기 수거 ◆어촌 관광 홍보 등에 손을 맞잡기로 했다.",
     ["해안 쓰레기 수거", "어촌 관광 홍보"]),
    ("△ … 등에서 공조한다",
     LEAD + "양 기관은 △감염병 정보 공유 △방역 물품 비축 등에서 공조한다.",
     ["감염병 정보 공유", "방역 물품 비축"]),
    ("▲ … 에 함께한다",
     LEAD + "양 기관은 ▲독거노인 안부 확인 ▲무료 급식 운영에 함께한다.",
     ["독거노인 안부 확인", "무료 급식 운영"]),
    ("▲ … 에 공동 대응하기로 했다",
     LEAD + "양 기관은 ▲보이스피싱 예방 ▲불법 대부 단속에 공동 대응하기로 했다.",
     ["보이스피싱 예방", "불법 대부 단속"]),
    ("A, B 등에 힘을 모으기로 했다",
     LEAD + "양 기관은 섬 지역 의료 지원, 응급 이송 체계 정비 등에 힘을 모으기로 했다.",
     ["섬 지역 의료 지원", "응급 이송 체계 정비"]),
    # rule noun-read-as-also: 임도 (a forest road) is one noun, not 임 + the particle 도
    ("A과 임도 정비, B에 힘을 모읍니다",
     LEAD + "두 기관은 산불 예방 교육과 임도 정비, 산림 부산물 수거에 힘을 모읍니다.",
     ["산불 예방 교육", "임도 정비", "산림 부산물 수거"]),
    ("A과 임도 정비에 협력한다",
     LEAD + "양 기관은 숲 가꾸기 공동 추진과 임도 정비에 협력한다.",
     ["숲 가꾸기 공동 추진", "임도 정비"]),
    ("A과 B에 손잡기로 했다 (no 등)",
     LEAD + "두 기관은 해양 쓰레기 감축과 연안 생태 복원에 손잡기로 했다.",
     ["해양 쓰레기 감축", "연안 생태 복원"]),
    ("A에 공동 대응키로 했다", LEAD + "두 기관은 폭염 취약계층 보호에 공동 대응키로 했다.",
     ["폭염 취약계층 보호"]),
    # prose lists closed by 등에서 / 등의 분야에서
    ("A, B, C 등에서 협력한다",
     LEAD + "이번 협약에 따라 두 기관은 스마트팜 실습, 농기계 임대, 귀농 상담 등에서 협력한다.",
     ["스마트팜 실습", "농기계 임대", "귀농 상담"]),
    ("A, B 등의 분야에서 협력하기로 했다",
     LEAD + "양측은 협약을 통해 수산물 가공, 해양 레저 등의 분야에서 협력하기로 했다.",
     ["수산물 가공", "해양 레저"]),
    # "저신용자" read by Kiwi as 저+신용+자(EC): an ending after no verb ends no clause
    ("an item starting with 저신용자",
     LEAD + "양 기관은 영세사업자 세무 상담, 저신용자 채무 조정 등을 함께 추진하기로 했다.",
     ["영세사업자 세무 상담", "저신용자 채무 조정"]),
    # other enumerators
    ("(1) (2) (3) lines",
     LEAD + "협력 과제는 다음과 같다.\n"
     "(1) 갯벌 생태 조사\n(2) 철새 서식지 보호\n(3) 탐조 관광 개발\n",
     ["갯벌 생태 조사", "철새 서식지 보호", "탐조 관광 개발"]),
    ("가. 나. lines",
     LEAD + "협력 과제는 다음과 같다.\n가. 갯벌 생태 조사\n나. 철새 서식지 보호\n",
     ["갯벌 생태 조사", "철새 서식지 보호"]),
    ("ㆍ (U+318D) lines",
     LEAD + "협력 과제는 다음과 같다.\nㆍ갯벌 생태 조사\nㆍ철새 서식지 보호\n",
     ["갯벌 생태 조사", "철새 서식지 보호"]),
    ("(가) (나) inline",
     LEAD + "협약 내용은 (가) 갯벌 생태 조사 (나) 철새 서식지 보호 등이다.",
     ["갯벌 생태 조사", "철새 서식지 보호"]),
    ("ㆍ inline after a space",
     LEAD + "협약 내용은 ㆍ갯벌 생태 조사 ㆍ철새 서식지 보호 등이다.",
     ["갯벌 생태 조사", "철새 서식지 보호"]),
    ("ㆍ joining words is no bullet",
     LEAD + "양 기관은 태양광ㆍ풍력 설비 보급, 수소ㆍ연료전지 실증 등에 협력하기로 했다.",
     ["태양광ㆍ풍력 설비 보급", "수소ㆍ연료전지 실증"]),
    ("attendees who 자리를 함께했다, then the areas",
     LEAD + "이날 행사에는 박민호 이사장과 어촌계장 등 40여 명이 자리를 함께했다.\n"
     "양 기관은 골목상권 활성화, 공동 마케팅 등에 협력하기로 했다.",
     ["골목상권 활성화", "공동 마케팅"]),
    # clauses of doing, worded as written without the verb's ending (class: verb clauses)
    ("clauses: 판매하고, … 열기로 했다",
     LEAD + "양 기관은 지역 특산물을 온라인몰에서 판매하고, 직거래 장터도 함께 열기로 했다.",
     ["지역 특산물을 온라인몰에서 판매", "직거래 장터도 함께 열기"]),
    ("clauses: 이번 협약으로 A는 … 판매하고, … 확대한다",
     LEAD + "이번 협약으로 누리대학교는 주민이 만든 공예품을 교내 기념품점에서 적극 판매하고, "
     "관광객이 늘어나는 흐름에 맞춰 체험 강좌도 확대한다.",
     ["주민이 만든 공예품을 교내 기념품점에서 적극 판매", "체험 강좌도 확대"]),
    ("clauses: … 나서는 한편 … 구성키로 했다",
     LEAD + "앞으로 누리대학교는 한빛시가 주최하는 축제에 공연팀을 지원하거나 홍보 영상 "
     "제작에 나서는 한편 필요할 때 합동으로 안내 창구도 운영키로 했다.",
     ["한빛시가 주최하는 축제에 공연팀을 지원", "홍보 영상 제작", "합동으로 안내 창구도 운영"]),
    ("clauses: 또 … after a bullet list add to it",
     LEAD + "양 기관은 ▲지역 농산물 홍보 ▲농촌 일자리 연계 등을 약속했다.\n"
     "또 한빛시에서 생산된 못난이 농산물을 누리대학교 학생식당에 공급하고 "
     "도시농부를 농가에 파견하기로 했다.",
     ["지역 농산물 홍보", "농촌 일자리 연계",
      "한빛시에서 생산된 못난이 농산물을 누리대학교 학생식당에 공급", "도시농부를 농가에 파견"]),
    ("clauses: a summary after a bullet list is no item",
     LEAD + "양 기관은 ▲지역 농산물 홍보 ▲농촌 일자리 연계 등을 약속했다.\n"
     "이번 협약을 계기로 양 기관은 마을 농업의 자립 토대를 쌓고 판로를 넓혀 나갈 계획이다.",
     ["지역 농산물 홍보", "농촌 일자리 연계"]),
    # bare nouns that only say what a clause is about stay in it (class: over-splitting)
    ("A, B, C 등에 관해 폭넓은 교류를 추진: one area",
     LEAD + "이에 두 군은 체육, 관광, 농업 등에 관해 폭넓은 교류와 협력을 추진해 "
     "함께 성장하기로 약속했다.",
     ["체육, 관광, 농업 등에 관해 폭넓은 교류와 협력을 추진"]),
    ("A, B, C 등을 공동 기획, 유치, 홍보: one area",
     LEAD + "양 기관은 공연, 전시, 축제 등을 공동 기획, 유치, 홍보하기로 했다.",
     ["공연, 전시, 축제 등을 공동 기획, 유치, 홍보"]),
    ("A와 B 등을 개설 운영하기로 합의: one area",
     LEAD + "두 대학은 내후년부터 드론학과와 정비학과 등을 개설 운영하기로 합의했다.",
     ["드론학과와 정비학과 등을 개설 운영"]),
    ("A, B, C 등을 지원하기로: activities stay apart",
     LEAD + "양 기관은 교육, 연구, 봉사 등을 지원하기로 했다.", ["교육", "연구", "봉사"]),
    # prose lists the agreement brings about (class: noun lists in prose)
    ("협약을 통해 A, B 등이 활성화될 예정이다",
     LEAD + "협약을 통해 악기 수리 지원, 강사 파견 등이 활성화될 예정이다.",
     ["악기 수리 지원", "강사 파견"]),
    ("A, B, C 등으로 협력 분야를 넓힐 계획이다, then 아울러 △ …",
     LEAD + "양 기관은 협약을 맺음에 따라 드론 등 신기술 교육, 지역 축제 운영 등으로 "
     "협력 분야를 넓힐 방침이다. 또한 △자료 공유 △공동 홍보 등을 추진할 예정이다.",
     ["드론 등 신기술 교육", "지역 축제 운영", "자료 공유", "공동 홍보"]),
    ("협약을 통해 A, B 및 C 등이 활발해질 전망이다",
     LEAD + "협약을 통해 실험실 개방, 기업 간 매칭 및 투자 상담 등이 활발해질 전망이다.",
     ["실험실 개방", "기업 간 매칭", "투자 상담"]),
    ("A, B, C 등으로 협력 범위를 넓힐 계획이다",
     LEAD + "두 기관은 이번 협약으로 수소 설비 투자, 해외 자원 개발, 부품 수출 등으로 협력 "
     "범위를 넓힐 계획이다.", ["수소 설비 투자", "해외 자원 개발", "부품 수출"]),
    ("a list that made a past year lively is no area",
     LEAD + "지난해에는 축제, 공연 등이 활발했다.", []),
    ("A, B, C에 대해 협력해 나가기로 했다",
     LEAD + "협약에 따라 양 기관은 봉사 인력 연계, 지역 행사 개최 시 홍보 지원, 공동 관심 사업의 "
     "세부 계획에 대해 서로 협력해 나가기로 했다.",
     ["봉사 인력 연계", "지역 행사 개최 시 홍보 지원", "공동 관심 사업의 세부 계획"]),
    ("a list of what a class holds is no area",
     LEAD + "학생들은 발표, 토론 등이 포함된 수업을 듣는다.", []),
    ("협정서에는 A, B 또는 C에 참여하고 D 등을 명시하고 있다: the clauses are items too",
     LEAD + "협정서에는 두 기관 간 정보공유 창구 마련, 체육 시설의 임대 또는 생활체육 대회에 "
     "공동참가하고 어르신 건강 강좌의 기획 협력 등을 명시하고 있다.",
     ["두 기관 간 정보공유 창구 마련", "체육 시설의 임대", "생활체육 대회에 공동참가",
      "어르신 건강 강좌의 기획 협력"]),
    # the contents framed by a copula (class: copula framing)
    ("핵심은 A, B, C에 초점을 맞추고 있다",
     LEAD + "협약의 핵심은 스마트 농업 기술 보급, 청년 농부 육성, 판로 확대에 초점을 맞추고 있다.",
     ["스마트 농업 기술 보급", "청년 농부 육성", "판로 확대"]),
    ("핵심은 A, B, C에 맞춰져 있다 (rule focus-set)",
     LEAD + "협약의 핵심은 마을 공유주방 조성, 귀촌 청년 정착 지원, 농산물 꾸러미 판매에 "
     "맞춰져 있다.",
     ["마을 공유주방 조성", "귀촌 청년 정착 지원", "농산물 꾸러미 판매"]),
    ("a schedule set to an event is no list (no topic of contents)",
     LEAD + "행사 일정은 개막식, 공연, 시상식에 맞춰져 있다.", []),
    ("A를 주요 내용으로 담았다",
     LEAD + "이번 협약은 협력업체의 자금 운용을 돕기 위해 매출채권을 활용한 유동성 지원을 "
     "주요 내용으로 담았다.",
     ["매출채권을 활용한 유동성 지원"]),
    ("A를 약속하는 내용이 담겼다",
     LEAD + "이 협약은 누리군의 숲길 정비사업에 관한 두 지역 간 지원을 약속하는 내용이 담겼다.",
     ["누리군의 숲길 정비사업에 관한 두 지역 간 지원"]),
    ("A와 B를 골자로 한다",
     LEAD + "협약은 지역 농산물 공동 구매와 학교 급식 연계를 골자로 한다.",
     ["지역 농산물 공동 구매", "학교 급식 연계"]),
    ("numbered lines after '주요 내용으로는' (class: numbered list)",
     LEAD + "두 총장이 서명했으며 주요 내용으로는\n1. 교수 공동 강의\n2. 도서관 상호 이용\n"
     "3. 교직원 교류\n등이다.",
     ["교수 공동 강의", "도서관 상호 이용", "교직원 교류"]),
    # bullets that are no areas (class: bullets not areas)
    ("bullets of attendees",
     LEAD + "이날 협약식에는 △가람대학교 홍길동 사업단장 △누리대학교 김철수 사업단장 등 "
     "관계자들이 참석했다. 양 기관은 △공동 교육과정 운영 △현장실습 협력 등에 합의했다.",
     ["공동 교육과정 운영", "현장실습 협력"]),
    ("bullets of each party's own course",
     LEAD + "△가람대학은 '드론학과' △누리대학은 '정비학과' 등을 각각 개설한다.", []),
    ("a bulleted photo caption is no item",
     LEAD + "▲한빛시가 누리대학교와 업무 협약을 체결했다. (한빛시)\n"
     "협약 내용은 ▲청년 창업 지원 ▲지역 축제 홍보 등이다.",
     ["청년 창업 지원", "지역 축제 홍보"]),
    ("bullets closed by '등 다양한 분야에서 협력을 이어갈 계획이다'",
     LEAD + "또한 양 기관은 ▲청소년 진로 캠프 운영 ▲공동 체육 대회 개최 등 다양한 분야에서 "
     "협력을 이어갈 계획이다.",
     ["청소년 진로 캠프 운영", "공동 체육 대회 개최"]),
    ("one party's duties before a bullet list count beside it; the sides' aims do not",
     LEAD + "이에 양 기관은 마을 돌봄 인력을 키울 방안을 찾기로 했다.\n"
     "이번 협약에 따라 누리대학교는 돌봄 교육 교재를 강의에 제공하고, 한빛시는 실습 기관을 "
     "마련하게 된다.\n양 기관은 ▲돌봄학과 실습 운영 ▲공동 토론회 개최 등에 협력한다.",
     ["돌봄 교육 교재를 강의에 제공", "실습 기관을 마련", "돌봄학과 실습 운영",
      "공동 토론회 개최"]),
    ("▲ … 등에 대한 자료를 공유하고 함께 협력하게 된다 (class: ▲ inside a sentence)",
     LEAD + "그동안 두 기관은 하천 정화, 환경 교육 등 마을 과제를 풀려고 협력해 왔으며, "
     "이번 협약을 계기로 협업을 넓히게 됐다. 앞으로 두 기관은 ▲폐현수막 재활용 ▲하천 감시단 운영 "
     "등에 대한 자료를 공유하고 함께 협력하게 된다.",
     ["폐현수막 재활용", "하천 감시단 운영"]),
    ("a list that only qualifies a noun of another plan (class: off-topic)",
     LEAD + "시는 주차장, 화장실, 쉼터 등 위치를 한눈에 안내하는 지도를 제작하는 등 누리대학교와 "
     "협력 분야를 넓혀 나간다는 방침이다.", []),
    ("what the sides did before, with 계기로 later in the sentence",
     LEAD + "그동안 두 기관은 하천 정화, 환경 교육 등 마을 과제를 풀려고 협력해 왔으며, "
     "이번 협약을 계기로 협업을 넓히게 됐다.", []),
    # each party's own duties, the verb shared (class: duties)
    ("duties: A는 X과 Y를, B는 Z를 맡는다",
     LEAD + "협약에 따라 한빛시는 부지 제공과 인허가 지원을, 누리대학교는 시설 설계를 맡는다.",
     ["부지 제공", "인허가 지원", "시설 설계"]),
    ("duties: A는 X를, B는 Y를 맡아 진행할 예정이다",
     LEAD + "이번 협약에 따라 한빛시는 참여 가구 추천을, 누리대학교는 사업의 전반적인 수행 업무를 "
     "맡아 진행할 예정이다.",
     ["참여 가구 추천", "사업의 전반적인 수행 업무"]),
    ("clauses: 이밖에 두 기관은 … 신설하는 한편 … 하기로 합의했다",
     LEAD + "이밖에 두 기관은 인재 확보를 위해 공동 교육과정을 신설하는 한편 "
     "대학원 정원 일부를 한빛시 공무원에게 배정하기로 합의했다.",
     ["공동 교육과정을 신설", "대학원 정원 일부를 한빛시 공무원에게 배정"]),
    ("clauses: the aim and the means before the task are cut",
     LEAD + "양 기관은 주민이 만족할 수 있도록 생활 과제를 꾸준히 발굴하고, "
     "각자의 자원을 바탕으로 공동 상담 창구를 운영하기로 했다.",
     ["생활 과제를 꾸준히 발굴", "공동 상담 창구를 운영"]),
    ("clauses: '아울러, …' with a comma; who pays the costs is no area",
     LEAD + "이에 따라 두 도시는 청소년 교류단을 파견하기로 했다. 아울러, 예술인의 방문을 확대하고 "
     "숙박비는 초청한 쪽이 부담하기로 약속했다.",
     ["청소년 교류단을 파견", "예술인의 방문"]),
    ("clauses: carrying out the agreement is no area",
     LEAD + "양 기관은 협약 내용을 성실히 이행하기로 했다.", []),
    ("clauses: a meeting to discuss is no area",
     LEAD + "두 기관은 앞으로 정기적으로 만나 세부 협력 방안을 논의할 예정이다.", []),
    ("clauses: what a side already does",
     LEAD + "누리대학교는 1990년 개교한 이래 지역 인재를 양성하고 있으며 "
     "학생 1만 명이 재학 중이다.",
     []),
    ("clauses: one side's own investment plan",
     LEAD + "누리대학교는 2027년까지 100억원을 들여 연구동을 짓고 "
     "40명 이상을 새로 채용할 계획이다.",
     []),
    ("clauses: a dated plan of one side",
     LEAD + "누리대학교는 내달 1일부터 시민 자문단을 출범한다.", []),
    # what is not an area
    ("the general purpose", "양 기관은 상호 발전을 위해 업무협약을 체결했다.", []),
    ("attendees listed with 등이 참석",
     LEAD + "협약식에는 김철수 시장, 이영희 총장 등이 참석한 가운데 협력을 다짐했다.", []),
    ("attendees who 자리를 함께했다",
     LEAD + "이날 행사에는 박민호 이사장과 어촌계장 등 40여 명이 자리를 함께했다.", []),
    ("attendees listed with 등이 참석했다",
     LEAD + "협약식에는 박민호 이사장, 주민자치회 위원 등이 참석했다.", []),
    ("a bare tie, only how close it is (rule bare-tie)",
     LEAD + "양 기관은 상호 신뢰를 바탕으로 긴밀한 협력 관계를 이어가기로 뜻을 모았다.", []),
    ("what a programme is (rule definition)",
     LEAD + "'가온 일자리 사업'은 교육, 상담, 일자리 연계 등을 한곳에서 지원하는 "
     "한빛시의 대표 사업이다.", []),
    ("what a body is",
     LEAD + "누리센터는 청소년 상담과 진로 교육 등을 운영하는 지역 전문기관이다.", []),
    ("a bare tie kept up", LEAD + "양 기관은 돈독한 파트너십을 강화하기로 했다.", []),
    ("the pooling itself after a purpose, no field (rule bare-pooling)",
     LEAD + "두 기관은 빈틈없는 돌봄 도시를 만들기 위해 힘을 모으기로 했다.", []),
    ("… joined hands after a purpose",
     LEAD + "양 기관은 청년이 머무는 한빛시를 만들기 위해 서로 손을 맞잡기로 했다.", []),
    ("the field pooled for stays an area",
     LEAD + "두 기관은 돌봄 인력 확충에 힘을 모으기로 했다.", ["돌봄 인력 확충"]),
    ("a step put off, with nothing it is done to (rule deferred)",
     LEAD + "양 기관은 청년 창업 지원에 협력하고, 세부 사항은 추후 협의하기로 했다.",
     ["청년 창업 지원"]),
    ("… the same with 확인",
     LEAD + "양 기관은 청년 창업 지원에 협력하고, 세부 사항은 추후 확인하기로 했다.",
     ["청년 창업 지원"]),
    ("a later step with what it is done to is an area",
     LEAD + "양 기관은 청년 창업 지원과 향후 인력 양성에 협력하기로 했다.",
     ["청년 창업 지원", "인력 양성"]),
    ("a tie with its field is an area",
     LEAD + "양 기관은 지역 돌봄을 위한 협력 관계를 이어가기로 했다.",
     ["지역 돌봄을 위한 협력 관계를 이어가기"]),
    ("guests listed with 등 내외빈이 함께했다",
     LEAD + "이날 협약식에는 최하윤 다온시의회 의장, 박서준 솔빛병원 원장 등 내외빈이 "
     "함께했다.", []),
    ("guests who were with them",
     LEAD + "행사에는 가온군의회 의장, 솔빛재단 이사장 등이 함께했다.", []),
    ("다음 주 is no lead-in to a list",
     LEAD + "한빛시는 다음 주 사업 설명회를 연다.\n▲ 일시: 25일 오후\n▲ 장소: 시청 대강당\n", []),
    ("a general purpose before 힘을 모은다",
     LEAD + "양 기관은 지역사회 발전에 힘을 모으기로 했다.", []),
    ("the agreement itself is no field", LEAD + "두 기관은 협약에 적극 협력하기로 했다.", []),
    ("one speaker's promise", LEAD + "김 시장은 지역 발전에 힘을 모으겠다고 말했다.", []),
    ("a list of parties", "한빛대는 가람㈜, 누리㈜ 등 두 개 기업과 산학협력 협약을 체결했다.", []),
    ("a quote", LEAD + "김 총장은 “교육, 연구 등에 협력하겠다”고 말했다.", []),
    ("a discussion is no agreement", LEAD + "두 기관은 지역 발전에 대해 논의했다.", []),
    ("topics of a talk", LEAD + "참석자들은 관광, 문화 등 여러 주제를 논의했다.", []),
    ("what a side already does", LEAD + "누리대학교는 지역 기업 지원 등을 운영하고 있다.", []),
    ("a verb that modifies a noun",
     LEAD + "이번 MOU 체결에 따라 누리대학교는 기존에 추진 중인 사업뿐 아니라 새 사업도 맡는다.",
     []),
    ("a vague plan of one side",
     LEAD + "한빛시는 앞으로 지역 농가의 소득 증대를 위해 다양한 정책을 추진할 계획이다.", []),
    ("money a side gives under the agreement is its duty (the period before it is cut)",
     LEAD + "누리대학교는 이번 협약을 통해 3년간 총 10억원을 지원한다.", ["총 10억원을 지원"]),
    ("a fund given under the agreement is a duty",
     LEAD + "이번 협약에 따라 누리대학교는 한빛시에 장학기금 5억원을 출연한다.",
     ["한빛시에 장학기금 5억원을 출연"]),
    ("what the sides did before", LEAD + "양 기관은 그동안 인력 교류, 공동 연구 등을 추진해 왔다.",
     []),
    ("an aside", LEAD + "한편, 한빛시는 교육, 문화 등에 투자할 계획이다.", []),
    ("bullets that are no agreement content",
     LEAD + "협회는 그동안 △ICT △금융 △건설 등 업종별 간담회를 열어 회원사를 지원해 왔다.", []),
    ("what was done before",
     LEAD + "앞서 한빛시는 지난달 누리시청에서 공무원 교류 행사에 참여한 바 있다.", []),
    ("duty bullets: each party's own duty, without the party",
     LEAD + "주요 내용은 ▲한빛시는 행정적 지원을, ▲누리대는 전문 인력 양성 프로그램 운영을 "
     "맡는 것이다.",
     ["행정적 지원", "전문 인력 양성 프로그램 운영"]),
    ("duty bullets with their own verbs",
     LEAD + "협약에 따라 ▲한빛시는 장학금을 지원하고 ▲누리대는 지역 학생을 우선 선발하기로 했다.",
     ["장학금을 지원", "지역 학생을 우선 선발"]),
    ("duty bullets on their own lines",
     LEAD + "협약에 따라 두 기관은 다음과 같이 역할을 나눈다.\n"
     "▲한빛시는 청년 정착을 위한 행정 지원\n▲누리대학교는 교육 프로그램 개발 및 운영",
     ["청년 정착을 위한 행정 지원", "교육 프로그램 개발 및 운영"]),
    ("what each party names in quotes is no duty",
     LEAD + "협약에 따라 △누리대는 '스마트농업학과' △다솜대는 '해양레저학과'를 신설한다.", []),
    ("a list repeated in the subtitle and the body gives each item once",
     "한빛시-누리시 협약 체결\n관광 활성화, 문화 교류 등 추진\n"
     "한빛시와 누리시는 20일 협약을 체결했다. "
     "두 도시는 관광 활성화, 문화 교류 등에 협력하기로 했다.",
     ["관광 활성화", "문화 교류"]),
    # 및 in prose: split between whole activities only (GUIDELINES, settled cases)
    ("및 between two whole activities splits",
     LEAD + "양 기관은 현장실습 운영 및 공동 연구개발, 재직자 교육 등에 협력하기로 했다.",
     ["현장실습 운영", "공동 연구개발", "재직자 교육"]),
    ("및 between two compound activities splits",
     LEAD + "두 기관은 인적교류 및 정보교류 등에 협력한다.", ["인적교류", "정보교류"]),
    ("및 before a bare verbal noun that shares the object stays",
     LEAD + "양 기관은 연구 장비의 활용 및 관리, 기술 자문 등에 협력하기로 했다.",
     ["연구 장비의 활용 및 관리", "기술 자문"]),
    # rule shared-running: two programmes joined by 및 before the one verbal noun of running
    ("및 between two programmes run together stays (rule shared-running)",
     LEAD + "양 기관은 현장실습 및 인턴십 운영, 재직자 교육 등에 협력하기로 했다.",
     ["현장실습 및 인턴십 운영", "재직자 교육"]),
    ("및 in a contents line between two programmes run together stays",
     LEAD + "협약 내용: 인공지능 교과목 공동 개발, 재학생 현장실습 및 인턴십 운영, "
     "연구장비 공동 활용.",
     ["인공지능 교과목 공동 개발", "재학생 현장실습 및 인턴십 운영", "연구장비 공동 활용"]),
    ("및 between two programmes each run on its own splits",
     LEAD + "양 기관은 현장실습 운영 및 인턴십 운영, 재직자 교육 등에 협력하기로 했다.",
     ["현장실습 운영", "인턴십 운영", "재직자 교육"]),
    ("및 after a bare modifier stays",
     LEAD + "두 기관은 초등 및 중등 교원 연수, 과학 체험 프로그램 운영 등에 협력한다.",
     ["초등 및 중등 교원 연수", "과학 체험 프로그램 운영"]),
    ("및 inside a phrase of purpose stays",
     LEAD + "양 기관은 마을 기업 선정 및 지원을 위한 협력, 판로 개척 등에 힘을 모으기로 했다.",
     ["마을 기업 선정 및 지원을 위한 협력", "판로 개척"]),
    ("및 inside a bullet stays (bullets win)",
     LEAD + "협력 분야는 ▲현장실습 운영 및 공동 연구 ▲장비 공동 활용 등이다.",
     ["현장실습 운영 및 공동 연구", "장비 공동 활용"]),
    ("A와 B에 대해 협의해 나가기로 했다",
     LEAD + "두 기관은 대학 유휴부지 활용 방안과 청년 주거 지원에 대해 긴밀히 "
     "협의해 나가기로 했다.",
     ["대학 유휴부지 활용 방안", "청년 주거 지원"]),
    ("A, B 분야에서 힘을 합치기로 했다",
     LEAD + "양측은 재활용품 수거 체계 개선, 폐기물 감량 캠페인 분야에서 힘을 합치기로 했다.",
     ["재활용품 수거 체계 개선", "폐기물 감량 캠페인"]),
    ("협력 사항으로는 A, B, C가 있다",
     LEAD + "주요 협력 사항으로는 항만 배후단지 개발, 물류기업 유치, 친환경 항만 조성이 있다.",
     ["항만 배후단지 개발", "물류기업 유치", "친환경 항만 조성"]),
    ("협약서에는 A와 B, C 내용이 담겼다",
     LEAD + "협약서에는 중장년 재취업 지원과 직업훈련 과정 공동 운영, 구인 기업 발굴 "
     "내용이 담겼다.",
     ["중장년 재취업 지원", "직업훈련 과정 공동 운영", "구인 기업 발굴"]),
    ("a prose list after a bullet list in the same sentence",
     LEAD + "양사는 ▲정보 교환 ▲공동 투자 등에 합의하고 "
     "앞으로 타당성 검토, 금융 조달 등을 협력할 예정이다.",
     ["정보 교환", "공동 투자", "타당성 검토", "금융 조달"]),
    ("a prose list after bullets, with its own verb of running",
     LEAD + "양 기관은 ▲노후 주거지 정비 ▲공공임대주택 공급 등에 협력하고 주민 일자리 창출, "
     "상가 활성화 등을 함께 추진하기로 했다.",
     ["노후 주거지 정비", "공공임대주택 공급", "주민 일자리 창출", "상가 활성화"]),
    ("after bullets, a clause of what was done before adds nothing",
     LEAD + "양 기관은 ▲노후 주거지 정비 ▲공공임대주택 공급 등에 협력하고 그동안 주민 교육, "
     "상가 정비 등을 추진해 왔다.",
     ["노후 주거지 정비", "공공임대주택 공급"]),
    ("no areas stated: the agreement's quoted name, when it names an activity",
     "한빛시와 누리은행은 20일 '소상공인 창업자금 지원 업무협약'을 체결했다.\n"
     "이날 협약식에는 양 기관장이 참석했다.",
     ["소상공인 창업자금 지원"]),
    ("no areas stated: 'X를 위한 협약' when X is activities",
     "한결병원은 19일 다온구와 취약계층 의료 지원 및 건강검진 확대를 위한 업무협약을 "
     "체결했다.\n협약식에는 양 기관 관계자 10여 명이 참석했다.",
     ["취약계층 의료 지원", "건강검진 확대"]),
    ("no areas stated: a name of purpose only gives none",
     "한결교회연합과 누리재단은 16일 '지속 가능한 마을을 위한 협약'을 체결했다.", []),
    ("no areas stated: 'X를 위한 협약' when X is a purpose gives none",
     "가온시는 21일 누리대학교와 상생 발전을 위한 업무협약을 체결했다.", []),
    ("areas stated: the agreement's name adds nothing",
     "한빛시는 20일 누리대학교와 청년 창업 지원을 위한 업무협약을 체결했다.\n"
     "양 기관은 창업 공간 제공, 멘토링 운영 등에 협력한다.",
     ["창업 공간 제공", "멘토링 운영"]),
    ("no areas stated anywhere else: the headline's activities before its verb",
     "가온시-한별대, 지역 인재 양성 맞손\n"
     "가온시는 21일 시청 접견실에서 한별대학교와 업무협약을 체결했다고 밝혔다.\n"
     "김누리 가온시장은 \"대학과 함께 지역의 미래를 열겠다\"고 말했다.",
     ["지역 인재 양성"]),
    # rule tie-kind: the kind of tie in the headline and the agreement's name is no activity
    ("a friendship tie in the headline and the name, no areas told: none",
     "가온시, 누리현과 우호교류 협약\n"
     "가온시는 21일 시청 접견실에서 누리현과 우호교류 협약을 체결했다고 밝혔다.\n"
     "김누리 가온시장은 \"두 도시가 이웃이 됐다\"고 말했다.",
     []),
    ("not tie-kind: an exchange named by its field in the headline is an area",
     "가온시, 누리현과 청소년 교류 협약\n"
     "가온시는 21일 시청 접견실에서 누리현과 협약을 체결했다고 밝혔다.",
     ["청소년 교류"]),
    ("the headline's activities, the trailing 협력 cut",
     "솔내군·푸른농협, 농산물 공동 브랜드 개발 협력 MOU\n"
     "솔내군은 20일 군청에서 푸른농협과 협약을 맺었다.",
     ["농산물 공동 브랜드 개발"]),
    ("a headline whose words the body gives as the purpose ('X을 위해 손을 맞잡았다') gives none",
     "가온시-한별대, 지역 인재 양성 협약\n가온시와 한별대학교가 지역 인재 양성을 위해 손을 "
     "맞잡았다.\n두 기관은 21일 시청에서 업무협약을 맺었다.", []),
    ("what the agreement is hoped to bring ('…에 기여할 것으로 기대된다') is no area",
     LEAD + "이번 협약은 청년 창업 활성화와 지역 경제 발전에 기여할 것으로 기대된다.", []),
    ("'이번 협약은 A와 B를 목적으로 한다' states the purpose",
     LEAD + "이번 협약은 청년 창업 지원과 지역 인재 양성을 목적으로 한다.", []),
    ("a headline of purpose gives none",
     "가온시-한별대, 상생 발전 위해 맞손\n가온시는 21일 한별대학교와 업무협약을 체결했다.", []),
    # rule headline-and-subtitle: one area in the headline, the others in the line under it
    ("headline-and-subtitle: a quoted verb in the headline, a bare subtitle line with 도",
     "가온시·누리시, 청소년 홈스테이 교류 '맞손'\n문화 공연 공동 개최·생활체육 교류전도 추진\n\n"
     "가온시는 11일 누리시청에서 누리시와 우호교류 협정을 체결했다.\n"
     "두 시장이 협정서에 서명했다.",
     ["청소년 홈스테이 교류", "문화 공연 공동 개최", "생활체육 교류전"]),
    ("headline-and-subtitle: a subtitle repeating the headline's area gives it once",
     "가온시-한별대, 지역 인재 양성 맞손\n- 지역 인재 양성·창업 공간 제공 협력\n\n"
     "가온시는 21일 시청에서 한별대학교와 업무협약을 체결했다.",
     ["지역 인재 양성", "창업 공간 제공"]),
    ("not headline-and-subtitle: a bare line under the headline that is no list of activities",
     "가온시·누리시, 우호 '맞손'\n두 도시 시장 첫 만남 추진\n\n"
     "가온시는 11일 누리시청에서 누리시와 우호교류 협정을 체결했다.", []),
    # rule quoted-terms: nothing outside quotes, a head's words tell what the agreement has
    # the parties do
    ("quoted-terms: '이번 협약으로 두 기관은 A, B에 함께 힘을 쏟게 됐다' in a head's quote",
     LEAD + "한빛시장은 \"이번 협약으로 두 기관은 청년 창업 교육, 지역 축제 공동 홍보에 함께 힘을 "
     "쏟게 됐다\"며 \"시민이 먼저 체감하게 하겠다\"고 말했다.",
     ["청년 창업 교육", "지역 축제 공동 홍보"]),
    ("not quoted-terms: a quote of one side's plan names no agreement",
     LEAD + "누리대학교 총장은 \"우리 대학은 창업 교육, 현장 실습에 힘을 쏟겠다\"고 말했다.", []),
    ("not quoted-terms: the agreement named but no parties as the topic",
     LEAD + "한빛시장은 \"이번 협약으로 청년 창업 교육과 축제 홍보가 나아질 것\"이라고 "
     "말했다.", []),
    ("'A와 B에 협력하게 됐다': what the agreement has the sides do",
     LEAD + "양 기관은 이번 협약으로 청년 창업 교육과 판로 지원에 협력하게 됐다.",
     ["청년 창업 교육", "판로 지원"]),
    ("a headline adds nothing when the body states areas",
     "가온시-한별대, 지역 인재 양성 맞손\n가온시는 21일 한별대학교와 업무협약을 체결했다.\n"
     "양 기관은 창업 공간 제공, 멘토링 운영 등에 협력한다.",
     ["창업 공간 제공", "멘토링 운영"]),
    ("a noun Kiwi reads as a contracted verb ('취약지') does not cut the list",
     LEAD + "양 기관은 의료취약지 방문 진료, 건강 상담 등에 협력하기로 했다.",
     ["의료취약지 방문 진료", "건강 상담"]),
    ("a figure said of the party is no duty",
     LEAD + "양 기관은 의료취약지 방문 진료에 협력하기로 했다. "
     "한빛시는 고령 인구 비율이 35%에 달하고 병원은 10곳에 그친다.",
     ["의료취약지 방문 진료"]),
    ("a party's clause with a listed object of activities: one item each",
     LEAD + "한빛시는 협약을 통해 수소충전소 구축, 수소버스 도입, 관련 기업 유치를 추진할 "
     "방침이다.",
     ["수소충전소 구축", "수소버스 도입", "관련 기업 유치"]),
    ("a party's clause with a listed object of things stays one item",
     LEAD + "협약에 따라 누리대학교는 통신망, 인공지능, 클라우드 서비스를 구축한다.",
     ["통신망, 인공지능, 클라우드 서비스"]),
    ("rule deung-means-groundwork: A를 운영하고 B, C 등으로 X 태세를 다지게 됐다",
     LEAD + "21일 한빛시에 따르면 이번 협약으로 양 기관은 폭우 때 합동상황반을 운영하고 상호 "
     "연락관 상주, 현장 영상 공유 등으로 재난 대응 태세를 다지게 됐다.",
     ["폭우 때 합동상황반을 운영", "상호 연락관 상주", "현장 영상 공유"]),
    ("rule deung-means-groundwork beside bullets: …등으로 …계기를 마련했다, then ▲ items",
     LEAD + "이번 협약을 통해 양 기관은 공동 순찰, 정보 공유 등으로 치안 역량을 높이는 계기를 "
     "마련했다.\n협약서는 ▲합동 훈련 ▲장비 지원 등을 담고 있다.",
     ["공동 순찰", "정보 공유", "합동 훈련", "장비 지원"]),
    ("…등으로 …다지게 됐다 told of the past, under no agreement, is no area",
     LEAD + "한빛시는 지난해 공동 순찰, 정보 공유 등으로 치안 태세를 다지게 됐다.", []),
    ("rule activities-beside-genitive: A 지원과 B의 C 지도를 맡는다, two whole activities",
     LEAD + "협약에 따라 한빛시는 학교별 간식비 지원과 자원봉사자의 독서 지도를 맡는다.",
     ["학교별 간식비 지원", "자원봉사자의 독서 지도"]),
    ("a 의 after 과 joining modifiers of one activity keeps one item",
     LEAD + "양 기관은 청소년과 홀몸 어르신 가정의 안전 점검에 협력하기로 했다.",
     ["청소년과 홀몸 어르신 가정의 안전 점검"]),
    ("A의 관리와 B의 제공을 위한 C 구축: the purpose joins both, one item",
     LEAD + "양 기관은 문화 자원의 체계적 관리와 양질의 안내 제공을 위한 앱 구축에 협력하기로 "
     "했다.",
     ["문화 자원의 체계적 관리와 양질의 안내 제공을 위한 앱 구축"]),
    ("an inspection is a whole activity: A 검사와 B 공유를 맡는다, two duties",
     LEAD + "협약에 따라 누리대학교는 하천 수질 검사와 측정 결과 공유를 맡는다.",
     ["하천 수질 검사", "측정 결과 공유"]),
    ("the things inspected, listed with 과, stay inside one duty",
     LEAD + "협약에 따라 누리대학교는 하천과 저수지의 수질 검사를 맡는다.",
     ["하천과 저수지의 수질 검사"]),
    ("a listed object of activities closed by 등: one item each",
     LEAD + "특히 누리대학교는 회원사의 현장 참여 독려, 안전 표준 교육 등을 맡는다.",
     ["회원사의 현장 참여 독려", "안전 표준 교육"]),
    ("a listed object of things closed by 등 stays one item",
     LEAD + "협약에 따라 누리대학교는 통신망, 클라우드 서버 등을 구축한다.",
     ["통신망, 클라우드 서버"]),
    ("each party's duty as a bare noun phrase before the next party ('A는 X, B는 Y를 맡는다')",
     LEAD + "협약에 따라 한빛시는 가공시설 설치, 누리대학교는 제품 판매를 각각 맡는다.",
     ["가공시설 설치", "제품 판매"]),
    ("a listed object before 담당하며 is no pair of duties",
     LEAD + "누리대학교는 통신망, 인공지능, 빅데이터 구축을 담당하며 한빛시는 부지 제공을 맡는다.",
     ["통신망, 인공지능, 빅데이터 구축", "부지 제공"]),
    ("a duty taken with 책임진다",
     LEAD + "누리대학교에서는 체험 프로그램을 운영하고, 한빛시에서는 참가 학생 모집과 안전 관리를 "
     "책임진다.",
     ["체험 프로그램을 운영", "참가 학생 모집", "안전 관리"]),
    ("협약 내용은 A, B, C이다 (no 등)",
     LEAD + "협약의 주요 내용은 농기계 임대 지원, 영농 인력 중개, 귀농인 정착 지원이다.",
     ["농기계 임대 지원", "영농 인력 중개", "귀농인 정착 지원"]),
    ("협약 내용은 A와 B다",
     LEAD + "협약 내용은 농기계 임대 지원과 영농 인력 중개다.",
     ["농기계 임대 지원", "영농 인력 중개"]),
    ("the agreement's purpose as a copula is no list",
     LEAD + "이번 협약은 지역 저소득층의 생활 안정과 복지 증진에 기여하기 위한 목적이다.", []),
    ("a party's clause with two activities joined by 과",
     LEAD + "양 기관은 앞으로 청년 창업 지원과 지역 축제 공동 홍보를 추진한다.",
     ["청년 창업 지원", "지역 축제 공동 홍보"]),
    ("what the agreement lets others do ('…할 수 있게 됐다') is no area",
     LEAD + "이로써 관내 소상공인들은 낮은 금리로 창업자금을 빌릴 수 있게 됐다.", []),
    ("duties decided with '기로 했으며' are no story of the past",
     LEAD + "협약에 따라 누리대학교는 김장행사의 전체 진행을 맡고 한빛시는 봉사단의 모집과 관리를 "
     "책임지기로 했으며 두 기관은 홀몸 어르신 방문 등에 협조키로 했다.",
     ["김장행사의 전체 진행", "봉사단의 모집과 관리", "홀몸 어르신 방문"]),
    # the partners together by count and kind ("세 기업은", "두 회사는") take up duties too
    ("'세 기업은': the companies together as the topic",
     "한빛군은 2일 군청에서 누리케미칼, 가람소재, 다온테크와 투자협약을 체결했다.\n"
     "세 기업은 신규 인력 120명을 채용한다. 군은 기반시설 조성을 맡는다.",
     ["신규 인력 120명을 채용", "기반시설 조성"]),
    ("'두 회사는' before a list with no 등 and a verb of cooperating",
     "한빛소재는 다온랩과 업무협약을 체결했다고 밝혔다.\n"
     "두 회사는 현지 연구인력 공동 채용, 해외 시장 공동 진출에 협력한다.",
     ["현지 연구인력 공동 채용", "해외 시장 공동 진출"]),
    ("a side's two duties ending in 확인 and 배달, joined by 과",
     LEAD + "협약에 따라 누리대학교는 어르신 안부 확인과 도시락 배달을 맡고, 한빛시는 대상자 "
     "발굴을 맡는다.",
     ["어르신 안부 확인", "도시락 배달", "대상자 발굴"]),
    ("a side's listed duties, one ending in 처리, are one item each",
     LEAD + "협약에 따라 한빛시는 인허가 신속 처리, 기반시설 조성, 보조금 신청 지원을 맡는다.",
     ["인허가 신속 처리", "기반시설 조성", "보조금 신청 지원"]),
    # the object of a verb modifying a noun ('…을 책임지는 구조') is no duty, and the whole
    # sentence is the frame of roles the sides aim at (rule roles-frame; own gold 096)
    ("the object of a verb modifying a noun ('…을 책임지는 구조') is no duty",
     LEAD + "한빛시는 청년 창업을 돕고, 누리대학교가 졸업 이후를 책임지는 구조를 만들기로 했다.",
     []),
    # a side's charge of the whole (총괄하고) is its duty, the verb kept in the item
    ("a deed told with 총괄 and the next side's 확대",
     LEAD + "협약에 따라 한빛시는 사업 목표 설정과 이행 점검을 총괄하고, 누리대학교는 창업 "
     "공간을 확대한다.",
     ["사업 목표 설정", "이행 점검을 총괄", "창업 공간"]),
    ("holding regular meetings is how the sides keep in touch, no area",
     LEAD + "양 기관은 청년 창업 지원에 협력하기로 했다. 이를 위해 두 기관은 분기마다 회의를 열고 "
     "세부 사항을 협의해 나가기로 했다.",
     ["청년 창업 지원"]),
    ("'협회는': the ending of one party's name stands for it",
     "한결시는 20일 바른협회와 청년 고용 협약을 체결했다.\n"
     "협회는 회원사가 청년을 채용할 수 있도록 채용 설명회를 열고 인건비 일부를 지원한다.",
     ["채용 설명회를 열기", "인건비 일부를 지원"]),
    ("'…을 구축하는 데 협력해 나갈 계획이다': what the sides work at",
     LEAD + "두 기관은 노후 상수관로를 교체하고 누수 감시 시스템을 구축하는 데 협력해 나갈 "
     "계획이다.",
     ["노후 상수관로를 교체", "누수 감시 시스템"]),
    ("what a party receives ('…을 지원받는다') is no duty",
     LEAD + "양 기관은 청년 창업 지원에 협력하기로 했다. 누리대학교는 교육부 사업에 선정돼 "
     "5년간 100억원을 지원받는다.",
     ["청년 창업 지원"]),
    ("NOT: a side's backing received from a third body ('…의 후원을 받아왔으며') after its "
     "duties is no duty (rule received-no-duty)",
     "누리FC는 지역 기업 다온테크와 후원 협약을 체결했다. 이번 협약으로 다온테크는 유니폼 "
     "스폰서로 참여하고, 누리FC는 경기장 광고판을 제공한다. 양측은 또 유소년 축구교실 공동 "
     "운영에도 힘을 모은다. 누리FC는 올 시즌까지 해솔건설의 후원을 받아왔으며, 해솔건설과의 "
     "계약은 이달 말 끝난다.",
     ["유니폼 스폰서로 참여", "경기장 광고판을 제공", "유소년 축구교실 공동 운영"]),
    ("an exchange ('…을 주고받는다') told as a side's duty stays one (rule received-no-duty)",
     LEAD + "이번 협약으로 누리대학교는 창업 교육 과정을 운영하고, 한빛시는 창업 공간을 "
     "제공한다. 한빛시는 대학과 정보를 주고받는다.",
     ["창업 교육 과정을 운영", "창업 공간을 제공", "대학과 정보를 주고받기"]),
    ("items numbered in words (첫째, 둘째, 셋째)",
     LEAD + "협약에 따라 두 기관은 첫째, 청년 창업 지원, 둘째, 지역 축제 공동 홍보, 셋째, 인재 "
     "양성에 협력한다.",
     ["청년 창업 지원", "지역 축제 공동 홍보", "인재 양성"]),
    ("less common bullet symbols (⦁, ▪, ‣)",
     LEAD + "협약서에는 ⦁청년 창업 지원 ⦁지역 축제 공동 홍보 등이 담겼다.",
     ["청년 창업 지원", "지역 축제 공동 홍보"]),
    ("양 기관은 A, B, C에서 협력한다 (a list of fields)",
     LEAD + "양 기관은 청년 창업 지원, 지역 축제 공동 홍보, 인재 양성에서 협력한다.",
     ["청년 창업 지원", "지역 축제 공동 홍보", "인재 양성"]),
    ("'A와 B 분야 협력을 약속했다': 분야 협력 names the list",
     LEAD + "양 기관은 청년 창업 지원과 지역 축제 홍보 분야 협력을 약속했다.",
     ["청년 창업 지원", "지역 축제 홍보"]),
    ("협약은 A와 B를 담고 있다",
     LEAD + "협약은 청년 창업 지원과 지역 축제 공동 홍보를 담고 있다.",
     ["청년 창업 지원", "지역 축제 공동 홍보"]),
    ("'이번 협약에서' is no part of the first item",
     LEAD + "두 기관은 이번 협약에서 청년 창업 지원, 지역 축제 공동 홍보에 합의했다.",
     ["청년 창업 지원", "지역 축제 공동 홍보"]),
    ("'A, B 분야에서 협력 관계를 이어간다'",
     LEAD + "양 기관은 앞으로 청년 창업 지원, 지역 축제 공동 홍보 분야에서 협력 관계를 이어간다.",
     ["청년 창업 지원", "지역 축제 공동 홍보"]),
    ("'A와 관련해 긴밀히 협력하기로 했다'",
     LEAD + "양측은 청년 창업 지원과 관련해 긴밀히 협력하기로 했다.", ["청년 창업 지원"]),
    ("'이를 위해 양 기관은 …': the lead and the parties are no part of the duty",
     LEAD + "이를 위해 양 기관은 창업 공간을 제공하고 멘토링 프로그램을 운영한다.",
     ["창업 공간을 제공", "멘토링 프로그램을 운영"]),
    ("'협약을 체결하고 내년부터 A를 …하기로 합의했다': the start of a decided duty is no event",
     "가온대학교는 20일 한빛소방서와 협약을 체결하고 내년부터 재난 안전 강좌를 "
     "개설하기로 합의했다.",
     ["재난 안전 강좌를 개설"]),
    ("'구체적으로는 A, B 등이다'",
     LEAD + "협약식에는 양 기관장이 참석했다. 구체적으로는 청년 창업 지원, 지역 축제 공동 홍보 "
     "등이다.",
     ["청년 창업 지원", "지역 축제 공동 홍보"]),
    ("'협약 내용에 따르면 A는 X를 …고, B는 Y를 …한다'",
     LEAD + "협약 내용에 따르면 누리대학교는 창업 강좌를 열고, 한빛시는 공간을 제공한다.",
     ["창업 강좌를 열기", "공간을 제공"]),
    # a list that goes on in the next sentence, with no subject of its own
    ("'또 A, B 등에도 협력하기로 했다': 등에도 closes the list",
     LEAD + "양 기관은 청년 창업 지원에 협력하기로 했다. 또 지역 축제 공동 홍보, 평생교육 강좌 "
     "개설 등에도 협력하기로 했다.",
     ["청년 창업 지원", "지역 축제 공동 홍보", "평생교육 강좌 개설"]),
    ("'이와 함께 A과 B에도 힘을 모으기로 했다': the parties of the sentence before",
     LEAD + "양 기관은 청년 창업 지원에 협력하기로 했다. 이와 함께 대학 시설 개방과 주민 건강 "
     "강좌 운영에도 힘을 모으기로 했다.",
     ["청년 창업 지원", "대학 시설 개방", "주민 건강 강좌 운영"]),
    # the list names the agreement itself
    ("'A, B 등에 협력하는 업무협약을 체결했다'",
     "가온시는 12일 누리대학교와 지역 인재 양성, 공동 연구 등에 협력하는 업무협약을 체결했다.",
     ["지역 인재 양성", "공동 연구"]),
    ("'A, B 등에 관한 업무협약'",
     "가온시는 12일 누리대학교와 청년 창업 지원, 현장실습 운영 등에 관한 업무협약을 맺었다.",
     ["청년 창업 지원", "현장실습 운영"]),
    ("'A와 B에 상호 협력하는 내용의 협약'",
     "가온시는 12일 누리대학교와 지역 인재 양성과 공동 연구에 상호 협력하는 내용의 업무협약을 "
     "체결했다.",
     ["지역 인재 양성", "공동 연구"]),
    ("'12일 A, B 등에 협력하기로 하고': the day is no part of the first item",
     "가온시와 누리대학교는 12일 지역 인재 양성, 공동 연구 등에 협력하기로 하고 업무협약을 "
     "체결했다.",
     ["지역 인재 양성", "공동 연구"]),
    # the means and the work taken up
    ("'상호 협력을 통해 A를 배분하고 B에 힘을 쏟기로': cooperating is the means",
     LEAD + "세 기관은 상호 협력을 통해 기탁된 물품을 배분하고 지역 돌봄사업 확대에 힘을 쏟기로 "
     "합의했다.",
     ["기탁된 물품을 배분", "지역 돌봄사업 확대"]),
    ("'A를 연계하는 데 힘을 모으기로': the work without the frame",
     LEAD + "두 기관은 이날 협약으로 위기가구를 발굴하고 맞춤형 복지 서비스를 연계하는 데 힘을 "
     "모으기로 했다.",
     ["위기가구를 발굴", "맞춤형 복지 서비스를 연계"]),
    ("'A 활성화와 B 증진을 위해 협력하기로': 와 after a derived noun joins two items",
     LEAD + "양 기관은 지역 경제 활성화와 주민 복지 증진을 위해 긴밀히 협력하기로 했다.",
     ["지역 경제 활성화", "주민 복지 증진"]),
    ("'…하게 되며, …하게 된다': what the sides will come to do",
     LEAD + "양 기관은 대학 강의실을 주민 평생교육 장소로 활용하게 되며, 어르신 디지털 교육 "
     "등을 지원하게 된다.",
     ["대학 강의실을 주민 평생교육 장소로 활용", "어르신 디지털 교육"]),
    ("'주요 내용은 A, B, 양 기관이 필요하다고 인정하는 사항 등이다': an ending inside an item",
     LEAD + "협약의 주요 내용은 지역 특화 산업 인재 양성, 연구 장비의 지역 기업 개방, 그 밖에 "
     "양 기관이 필요하다고 인정하는 사항 등이다.",
     ["지역 특화 산업 인재 양성", "연구 장비의 지역 기업 개방",
      "양 기관이 필요하다고 인정하는 사항"]),
    ("'협약서에는 A는 X를 …하고 양 기관이 Y를 개최한다는 내용이 담겼다': clauses of contents",
     LEAD + "협약서에는 누리대학교가 창업 교육 과정을 개설·운영하고, 양 기관이 공동으로 창업 "
     "경진대회를 개최한다는 내용이 담겼다.",
     ["창업 교육 과정을 개설·운영", "공동으로 창업 경진대회를 개최"]),
    ("'…을 개방하기로 뜻을 모았다': the frame of a decision",
     LEAD + "양 기관은 청년 유입 정책을 공동으로 발굴하고 대학 유휴 공간을 지역 주민에게 "
     "개방하기로 뜻을 모았다.",
     ["청년 유입 정책을 공동으로 발굴", "대학 유휴 공간을 지역 주민에게 개방"]),
    ("'또한, A에 대한 합의도 이루어졌다': what was agreed, told as an event",
     LEAD + "양 기관은 공동 연구에 협력하기로 했다. 또한, 청년 일자리 안내를 위한 앱 개발에 "
     "대한 합의도 이루어졌다.",
     ["공동 연구", "청년 일자리 안내를 위한 앱 개발"]),
    ("'A를 추진하고 B도 가질 예정이다': the light verb 갖다, its object is the item",
     LEAD + "이번 협약을 통해 양 기관은 여러 공동 사업을 추진하고 학생 간 정기적인 교류도 가질 "
     "예정이다.",
     ["여러 공동 사업", "학생 간 정기적인 교류"]),
    ("'A, B 등의 교류도 지원한다. 아울러 C를 파견해 D를 홍보한다': a list read, the next goes on",
     LEAD + "양 기관은 청년 창업 지원에 협력하기로 했다. 마을, 동호회 등의 정기적인 교류도 적극 "
     "지원한다. 아울러 사절단을 보내 두 지역의 특산물을 널리 홍보한다.",
     ["청년 창업 지원", "마을, 동호회 등의 정기적인 교류",
      "사절단을 보내 두 지역의 특산물을 널리 홍보"]),
    ("'특히, A를 강화하고 …': 특히 goes on with the list before",
     LEAD + "양 기관은 청년 창업 지원에 협력하기로 했다. 특히, 대표단의 왕래를 강화하기로 "
     "약속했다.",
     ["청년 창업 지원", "대표단의 왕래"]),
    ("'누리대 측은 A를 운영하고, 한빛시 측은 B를 제공한다': a body's side as topic",
     LEAD + "누리대학교 측은 창업 교육 프로그램을 운영하고, 한빛시 측은 창업 공간을 제공한다.",
     ["창업 교육 프로그램을 운영", "창업 공간을 제공"]),
    ("'▲A ▲B 등을 펼칠 예정이며, 이를 위해 C도 꾸리기로 합의했다': a duty after bullets",
     LEAD + "양 기관은 ▲인력 지원 ▲기술 교류 등을 함께 추진할 예정이며, 이를 위해 실무 협의회도 "
     "구성하기로 합의했다.",
     ["인력 지원", "기술 교류", "실무 협의회도 구성"]),
    ("'▲A ▲B 등을 추진하기로 했으며, 이를 위해 C도 운영하기로 합의했다': decided, then a duty",
     LEAD + "양 기관은 △장기 금융 지원 △정보 공유 등을 적극 추진하기로 했으며, 이를 위해 분기별 "
     "협의회도 운영하기로 합의했다.",
     ["장기 금융 지원", "정보 공유", "분기별 협의회도 운영"]),
    ("'▲A ▲B 등을 추진하기로 했으며, 시장은 …라고 말했다': a quote after is no duty",
     LEAD + "양 기관은 △장기 금융 지원 △정보 공유 등을 추진하기로 했으며, 이를 두고 업계는 "
     "\"큰 진전\"이라고 평가했다.",
     ["장기 금융 지원", "정보 공유"]),
    ("numbered lines closed by a line '등이며 이를 뒷받침하기 위해 C를 마련하는데 힘쓰기로'",
     LEAD + "주요 내용으로는\n1. 교과서 공동 집필\n2. 교사 연수 교류\n등이며 이를 뒷받침하기 위해 "
     "공동 기금을 마련하는데 힘쓰기로 합의하였다.",
     ["교과서 공동 집필", "교사 연수 교류", "공동 기금을 마련"]),
    ("'A을 비롯해 B, C 등 폭넓은 분야에서 손을 맞잡는다'",
     LEAD + "두 기관은 청년 창업 지원을 비롯해 현장실습 운영, 평생교육 등 폭넓은 분야에서 손을 "
     "맞잡는다.",
     ["청년 창업 지원", "현장실습 운영", "평생교육"]),
    ("'A에 협력하는 한편 B를 공유하기로 했다': the clause before 한편 is a duty too",
     LEAD + "양 기관은 청년 창업 지원에 협력하는 한편 연구 장비를 공유하기로 했다.",
     ["청년 창업 지원", "연구 장비를 공유"]),
    ("'A과 B 분야의 협력을 확대해 나가기로': the field frame names the whole list",
     LEAD + "양 기관은 청년 창업 지원과 현장실습 운영 분야의 협력을 확대해 나가기로 했다.",
     ["청년 창업 지원", "현장실습 운영"]),
    ("'A·B·C 등에 협력': a middle dot between whole activities of several words each",
     LEAD + "양 기관은 청년 창업 지원·현장실습 운영·평생교육 강좌 개설 등에 협력하기로 했다.",
     ["청년 창업 지원", "현장실습 운영", "평생교육 강좌 개설"]),
    ("'지역 농가·어가 지원과 판로 연계': a dot between single words joins them",
     LEAD + "양 기관은 지역 농가·어가 지원과 판로 연계 등에 협력한다.",
     ["지역 농가·어가 지원", "판로 연계"]),
    ("'시는 A를 제공하고 누리대는 B를 담당하기로 했다': 시 for the city the signing names",
     LEAD + "시는 창업 공간을 제공하고 누리대학교는 창업 교육을 담당하기로 했다.",
     ["창업 공간을 제공", "창업 교육"]),
    ("'이를 위해 A를 구축하고 B를 운영하기로 했다': to this end, with no subject of its own",
     LEAD + "양 기관은 청년 창업 지원에 협력하기로 했다. 이를 위해 창업 지원 협의체를 구성하고 "
     "멘토링 프로그램을 공동 운영하기로 했다.",
     ["청년 창업 지원", "창업 지원 협의체를 구성", "멘토링 프로그램을 공동 운영"]),
    ("'나아가 …', '구체적으로 …': more openers of a sentence that goes on with the list",
     LEAD + "양 기관은 청년 창업 지원에 협력하기로 했다. 나아가 지역 기업의 기술 자문에도 힘을 "
     "모으기로 했다. 구체적으로 대학 연구 장비를 지역 기업과 공동 활용하기로 했다.",
     ["청년 창업 지원", "지역 기업의 기술 자문", "대학 연구 장비를 지역 기업과 공동 활용"]),
    ("'이어 진행된 협약 체결식에서 양 기관은 A에 협력하기로 했다': the same signing",
     LEAD + "이어 진행된 협약 체결식에서 양 기관은 청년 창업 지원과 현장실습 운영에 협력하기로 "
     "했다.",
     ["청년 창업 지원", "현장실습 운영"]),
    ("a thing 'there is' that is no list of contents",
     LEAD + "두 마을이 합쳐진 뒤 처음으로 외국 도시와 우호협약을 맺었다는 데 의미가 있다.", []),
    # the present tense of a duty: the light verb 하다 and native verbs in ㄴ다
    ("the light verb in the present, '…상담을 한다'",
     LEAD + "양 기관은 매월 청년 취업 상담을 한다.",
     ["청년 취업 상담"]),
    ("the light verb in the present after an adverb, '…를 함께 한다'",
     LEAD + "양 기관은 매년 농번기에 일손 돕기를 함께 한다.",
     ["농번기에 일손 돕기"]),
    ("a list of duties closed by 등 before the role, '…등 시 금고로서 역할을 수행한다'",
     LEAD + "이에 따라 누리은행은 세금 수납 및 보조금 지급, 여유자금의 예치 및 관리 등 "
     "시 금고로서 역할을 수행한다.",
     ["세금 수납 및 보조금 지급", "여유자금의 예치 및 관리"]),
    # round 21 (areaframes batch 4, probed) rule benefits-listed
    ("benefits listed before their kind, '…감면, …할인 등의 혜택을 제공한다': one item each",
     LEAD + "누리대학교는 시 공무원에게 등록금 30% 감면, 평생교육원 수강료 할인 등의 혜택을 "
     "제공한다.", ["시 공무원에게 등록금 30% 감면", "평생교육원 수강료 할인"]),
    ("NOT rule benefits-listed: one benefit before its kind stays one item",
     LEAD + "누리대학교는 시 공무원에게 등록금 감면 등의 혜택을 제공한다.",
     ["시 공무원에게 등록금 감면 등의 혜택을 제공"]),
    ("a noun ending in 고 ('금고') does not end a clause",
     LEAD + "이에 따라 누리은행은 세금 수납, 여유자금의 예치 및 관리 등 시 금고 업무를 맡는다.",
     ["세금 수납", "여유자금의 예치 및 관리"]),
    ("the cause of a hardship before those helped is no part of the work",
     LEAD + "이번 협약으로 누리마트는 폭우 등으로 어려움을 겪는 어가의 수산물을 지점에서 "
     "판매한다.",
     ["어려움을 겪는 어가의 수산물을 지점에서 판매"]),
    ("fields before '분야에서 교류한다'",
     LEAD + "협약에 따라 두 도시는 경제, 문화, 관광 분야에서 교류한다.",
     ["경제", "문화", "관광"]),
    ("a native verb in the present, '…을 나눈다'",
     LEAD.replace("누리대학교", "누리종합복지관")
     + "이에 따라 복지관은 홀몸 어르신에게 반찬을 나눈다.",
     ["홀몸 어르신에게 반찬을 나누기"]),
    ("a native verb in the present after how often and where ('…을 해마다 … 무대에 올린다'; "
     "native-present-object)",
     LEAD.replace("누리대학교", "누리시립극단")
     + "협약에 따라 극단은 창작 뮤지컬을 해마다 구민회관에서 무대에 올린다.",
     ["창작 뮤지컬을 해마다 구민회관에서 무대에 올리기"]),
    ("a native verb of doing in the present after a manner adverb, in a sentence going on "
     "with '아울러' ('…을 함께 펼친다': the activity, as with 추진한다)",
     LEAD.replace("누리대학교", "누리환경재단")
     + "두 기관은 하천 정화 활동을 공동 추진하기로 했다. 아울러 일회용품 줄이기 캠페인을 "
     "함께 펼친다.",
     ["하천 정화 활동", "일회용품 줄이기 캠페인"]),
    ("the purpose the agreement is named for, told again as what both sides work for, is "
     "no area (rule named-purpose)",
     "가온시는 16일 가온상공회의소에서 가온상공회의소와 지역경제 활성화를 위한 상생협약을 "
     "체결했다.\n양 기관은 지역경제 활성화를 위해 상호 협력한다는 내용을 협약서에 담았다.",
     []),
    ("NOT: what both sides work for, when the agreement is named for something else, is an "
     "area (rule named-purpose)",
     "가온시는 16일 가온상공회의소에서 가온상공회의소와 지역경제 활성화를 위한 상생협약을 "
     "체결했다.\n양 기관은 지역 청년 창업 지원을 위해 상호 협력한다는 내용을 협약서에 담았다.",
     ["지역 청년 창업 지원"]),
    ("a side described by its standing after the duties told in turn is background, no "
     "duty (rule side-status)",
     "가온시는 20일 시청에서 누리대학교와 업무협약을 체결했다고 밝혔다.\n"
     "협약에 따라 시는 실습 장소를 제공하고, 대학은 참여 학생을 선발한다. 누리대학교는 지역 "
     "유일의 공과대학으로 현장 실습 교육을 운영한다.",
     ["실습 장소를 제공", "참여 학생을 선발"]),
    ("NOT: the same side's plain present duty after the other's stays (rule side-status)",
     "가온시는 20일 시청에서 누리대학교와 업무협약을 체결했다고 밝혔다.\n"
     "협약에 따라 시는 실습 장소를 제공한다. 누리대학교는 현장 실습 교육을 운영한다.",
     ["실습 장소를 제공", "현장 실습 교육을 운영"]),
    ("a native verb of a ㄹ stem in ㄴ다, after who goes where ('학교를 찾아 … 특강을 연다')",
     LEAD.replace("누리대학교", "누리병원")
     + "협약에 따라 병원은 의사와 간호사가 학교를 찾아 진로 특강을 연다.",
     ["학교를 찾아 진로 특강을 열기"]),
    ("where a party goes to do its duty stays in the duty, as written ('…을 찾아 무료 진료')",
     "솔빛복지관은 20일 강당에서 누리병원과 업무협약을 체결했다고 밝혔다.\n"
     "협약에 따라 병원은 어르신 건강검진을 맡고, 월 2회 경로당을 찾아 무료 진료를 한다. "
     "복지관은 대상 어르신을 안내한다.",
     ["어르신 건강검진", "월 2회 경로당을 찾아 무료 진료", "대상 어르신을 안내"]),
    ("NOT: the purpose before where a party goes is still cut ('…을 위해 …을 찾아')",
     "솔빛복지관은 20일 강당에서 누리병원과 업무협약을 체결했다고 밝혔다.\n"
     "협약에 따라 병원은 어르신 건강 증진을 위해 월 2회 경로당을 찾아 무료 진료를 한다.",
     ["월 2회 경로당을 찾아 무료 진료"]),
    ("'학교는 …' after the hospital's duty: the one party of that kind takes up its own",
     "새봄병원은 10일 누리고등학교와 진로체험 협약을 맺었다.\n"
     "협약에 따라 병원은 학생들에게 병원 견학 기회를 제공한다. "
     "학교는 참여 학생을 선발하고 안전 교육을 맡는다.",
     ["학생들에게 병원 견학 기회를 제공", "참여 학생을 선발", "안전 교육"]),
    ("a native verb in ㄴ다 with its object and what it turns into ('…을 …로 바꾼다')",
     LEAD.replace("누리대학교", "가온전력")
     + "협약에 따라 가온전력은 시 청사의 낡은 조명을 전등으로 바꾼다.",
     ["시 청사의 낡은 조명을 전등으로 바꾸기"]),
    ("'시는 …한다' right after the other party's duty: the city's share",
     "가온시는 14일 누리복지재단과 돌봄 협약을 체결했다.\n"
     "협약에 따라 재단은 홀몸 어르신의 안부를 확인한다. 시는 돌봄 인력의 인건비를 지원한다.",
     ["홀몸 어르신의 안부를 확인", "돌봄 인력의 인건비를 지원"]),
    ("each side's duty in the present right after the signing, with no '협약에 따라'",
     "다온군은 8일 군청에서 해솔대학교와 업무협약을 체결했다.\n"
     "군은 귀농 청년에게 실습 농지를 제공한다. 대학은 스마트팜 교육을 운영한다.",
     ["귀농 청년에게 실습 농지를 제공", "스마트팜 교육을 운영"]),
    ("the university's duty first ('대학은'), then the city's, right after the signing",
     "가온시는 3일 새솔대학교와 평생학습 협약을 맺었다.\n"
     "대학은 시민에게 교양 강좌를 개설한다. 시는 수강생 모집을 돕는다.",
     ["시민에게 교양 강좌를 개설", "수강생 모집을 돕기"]),
    ("the contents announced by their count ('…크게 세 가지다'), listed in the next sentence",
     LEAD + "협약 내용은 크게 세 가지다. 전통시장 배달 지원, 상인 교육, 공동 판촉 행사 개최이다.",
     ["전통시장 배달 지원", "상인 교육", "공동 판촉 행사 개최"]),
    ("the contents announced ('…다음과 같다') with no bullets, listed in prose with 등이다",
     LEAD + "주요 내용은 다음과 같다. 도서관 상호 이용, 독서 캠프 운영 등이다.",
     ["도서관 상호 이용", "독서 캠프 운영"]),
    # round 20 (corpus known miss) rule whom-joined: a bare word that is no activity, joined
    # by 과 to a longer item, names whom that item serves
    ("those served, joined by 과 before one item ('어르신과 장애인 가정 …'): one item",
     LEAD + "또 어르신과 장애인 가정 난방비 지원 등 겨울나기에 힘을 모으기로 했다.",
     ["어르신과 장애인 가정 난방비 지원"]),
    ("NOT rule whom-joined: two whole activities joined by 과 stay two",
     LEAD + "양 기관은 청년 창업 교육과 지역 상권 빈 점포 활용에 힘을 모으기로 했다.",
     ["청년 창업 교육", "지역 상권 빈 점포 활용"]),
    # round 20 (corpus known miss) rule listed-for-a-verb-of-taking-up: a side's duty with no
    # object ("…에 나서고") listing whole activities gives one item each
    ("one side's two activities joined by 과 before '…에 나서고': two items",
     LEAD + "시는 해외 연수 금융 지원과 보증 제공에 나서고, 대학은 연수생을 모집한다.",
     ["해외 연수 금융 지원", "보증 제공", "연수생을 모집"]),
    ("NOT rule listed-for-a-verb-of-taking-up: things joined by 과 stay one item",
     LEAD + "시는 장학금과 기숙사 운영비에 힘쓰고, 대학은 연수생을 모집한다.",
     ["장학금과 기숙사 운영비", "연수생을 모집"]),
    # round 20 (corpus known miss) activity_nouns.txt 조율: a coordinating is an activity
    ("a side's coordinating ('일정 조율') and a deed joined by 과: two duties",
     LEAD + "시는 봉사 일정 조율과 참가자 간식을 지원하고, 대학은 봉사단을 꾸린다.",
     ["봉사 일정 조율", "참가자 간식을 지원", "봉사단을 꾸리기"]),
    # round 20 (areaframes batch 3) rule objects-of-one-verb: 과 after a word that is no
    # activity, before words going on to a verb, joins what one clause acts on
    ("two joined by 과 as what one clause's verb acts on ('보호자와 구조대에 … 알리는'): one item",
     LEAD + "양 기관은 위급할 때 보호자와 구조대에 자동으로 알리는 체계 구축, 어르신 안부 확인 "
     "등에 협력하기로 했다.", ["위급할 때 보호자와 구조대에 자동으로 알리는 체계 구축",
                         "어르신 안부 확인"]),
    ("those who take part, joined by 과 before their verb: one item, no party-less fragment",
     LEAD + "양 기관은 지역 주민과 학생이 함께 참여하는 봉사활동 운영, 환경 정화 등에 협력하기로 "
     "했다.", ["지역 주민과 학생이 함께 참여하는 봉사활동 운영", "환경 정화"]),
    ("NOT rule objects-of-one-verb: an activity before 과 still ends an item",
     LEAD + "양 기관은 어르신 건강 상담과 홀로 사는 노인을 돕는 봉사 활동 등에 협력하기로 했다.",
     ["어르신 건강 상담", "홀로 사는 노인을 돕는 봉사 활동"]),
    # round 20 (areaframes batch 3) rule quote-after-period: a sentence opening on a quote,
    # which the analyser keeps with the one before, mutes no duty told before it
    ("a side's duty, then a sentence opening on a quote: the duty is read, the quote is not",
     LEAD + "협약에 따라 누리대학교는 시민 야간 강좌를 연다. “배움에는 때가 없다”는 게 대학의 "
     "설명이다.", ["시민 야간 강좌를 열기"]),
    ("NOT rule quote-after-period: the quote restating the duty adds nothing",
     LEAD + "협약에 따라 누리대학교는 시민 야간 강좌를 연다. “시민 누구나 야간 강좌를 듣고 "
     "자격증 과정도 밟게 하겠다”는 게 대학의 설명이다.", ["시민 야간 강좌를 열기"]),
    # round 20 (corpus known miss) rule named-before-various: "각종 B" after named items
    ("a side's duty whose object lists named things, then '각종 B': the duty is read",
     LEAD + "이에 따라 누리은행은 한빛시의 일반회계와 특별회계, 각종 기금을 관리하며 세입금 "
     "수납, 세출금 지급 등 시 금고 업무를 맡는다.",
     ["한빛시의 일반회계와 특별회계, 각종 기금을 관리", "세입금 수납", "세출금 지급"]),
    ("NOT rule named-before-various: an object of only '각종 B' names no field",
     LEAD + "이에 따라 누리은행은 각종 기금을 관리하며 세입금 수납, 세출금 지급 등 시 금고 "
     "업무를 맡는다.", ["세입금 수납", "세출금 지급"]),
    # round 20 (areaframes batch 3) rule counted-by: the contents counted in 갈래 too
    ("the contents counted in branches ('크게 세 갈래다') are no item; the clauses after are",
     LEAD + "협약 내용은 크게 두 갈래다. 첫째, 대학은 시민 강좌를 연다. 둘째, 시는 강의실을 "
     "빌려준다.", ["시민 강좌를 열기", "강의실을 빌려주기"]),
    ("NOT rule counted-by: a count of branches with no list after it names nothing",
     LEAD + "협약 내용은 크게 세 갈래다.", []),
    # round 20 (areaframes batch 3) rule one-and-the-other
    ("the core announced as two ('핵심은 두 가지다'), told as '하나는 A이고, 다른 하나는 B이다'",
     LEAD + "협약의 핵심은 두 가지다. 하나는 상인 디지털 교육이고, 다른 하나는 공동 배송망 "
     "구축이다.", ["상인 디지털 교육", "공동 배송망 구축"]),
    ("NOT rule one-and-the-other: '하나는 … 다른 하나는' with no announcement before it",
     LEAD + "누리대학교의 건물 두 동 가운데 하나는 기숙사이고, 다른 하나는 도서관이다.", []),
    ("after the announced contents, a sentence of who attended is no list",
     LEAD + "협약 내용은 크게 두 가지다. 이날 협약식에는 시장, 총장, 시의원 등 30여 명이 참석했다.",
     []),
    ("right after the signing, a side's background in the present ('2010년부터 … 운영한다')",
     "다온군은 8일 군청에서 해솔대학교와 업무협약을 체결했다.\n"
     "대학은 2010년부터 귀농 교육 과정을 운영한다.",
     []),
    ("right after the signing, a side's past ('…운영해 왔다') and own plan ('…할 계획이다')",
     "다온군은 8일 군청에서 해솔대학교와 업무협약을 체결했다.\n"
     "대학은 그동안 귀농 교육 과정을 운영해 왔다. 군은 내년에 농업기술센터를 새로 지을 계획이다.",
     []),
    ("a native verb in 는다 beside one in ㄴ다",
     LEAD + "이에 따라 시는 재난 때 인력을 보내고, 대학은 주민 대피를 돕는다.",
     ["재난 때 인력을 보내기", "주민 대피를 돕기"]),
    ("'…에 협력할 것을 약속했다': the promise closes the list, not its last item",
     LEAD + "양 기관은 지역 인재 육성, 청년 일자리 창출, 평생교육 활성화에 협력할 것을 약속했다.",
     ["지역 인재 육성", "청년 일자리 창출", "평생교육 활성화"]),
    ("'협약을 맺고 A와 B에 손을 맞잡았다': the signing sentence names its parties itself",
     "누리은행과 가람시는 9일 협약을 맺고 지역 소상공인 금융 지원과 전통시장 활성화에 "
     "손을 맞잡았다.",
     ["지역 소상공인 금융 지원", "전통시장 활성화"]),
    ("'A와 B에 협력해 나갈 계획이다': the plan of both sides closes the list",
     LEAD + "양 기관은 청년 창업 지원과 지역 인재 양성에 협력해 나갈 계획이다.",
     ["청년 창업 지원", "지역 인재 양성"]),
    ("'A, B에 대한 협력을 강화할 방침이다'",
     LEAD + "두 기관은 청년 창업 지원, 지역 인재 양성에 대한 협력을 강화할 방침이다.",
     ["청년 창업 지원", "지역 인재 양성"]),
    ("'A와 B에 협력을 약속했다': the promised cooperation is no part of the last item",
     LEAD + "양측은 청년 창업 지원과 지역 인재 양성에 협력을 약속했다.",
     ["청년 창업 지원", "지역 인재 양성"]),
    ("'A 및 B를 위해 공조한다': a verb of cooperating other than 협력 after 위해",
     LEAD + "양 기관은 청년 창업 지원 및 지역 인재 양성을 위해 공조한다.",
     ["청년 창업 지원", "지역 인재 양성"]),
    ("'A와 B를 위한 협력 방안을 마련하기로 했다'",
     LEAD + "이들 기관은 청년 창업 지원과 지역 인재 양성을 위한 협력 방안을 마련하기로 했다.",
     ["청년 창업 지원", "지역 인재 양성"]),
    ("'A, B 분야에서 협력 체계를 구축하기로 했다': the frame names the whole list",
     LEAD + "양 기관은 청년 창업 지원, 지역 인재 양성 분야에서 협력 체계를 구축하기로 했다.",
     ["청년 창업 지원", "지역 인재 양성"]),
    ("the parties named together as the topic ('시와 대학은')",
     LEAD + "시와 대학은 청년 창업 지원과 지역 인재 양성을 추진한다.",
     ["청년 창업 지원", "지역 인재 양성"]),
    ("the parties by name as the topic, with a plan of both ('누리시와 가람대는 … 계획이다')",
     "누리시는 5일 가람대학교와 업무협약을 체결했다.\n"
     "누리시와 가람대는 청년 창업 지원, 지역 인재 양성을 추진할 계획이다.",
     ["청년 창업 지원", "지역 인재 양성"]),
    ("each party's duty in a clause quoted from the agreement ('…한다'는 내용이 담겼다)",
     "새솔복지재단은 12일 다온군과 협약을 체결했다.\n협약서에는 '재단은 저소득 가정에 생필품을 "
     "지원하고, 군은 대상 가구를 추천한다'는 내용이 담겼다.",
     ["저소득 가정에 생필품을 지원", "대상 가구를 추천"]),
    ("'이를 통해 양 기관은 A와 B를 추진할 계획이다': the lead adverbial is no part of A",
     "가람농협은 7일 누리대학교와 업무협약을 체결했다.\n"
     "이를 통해 양 기관은 스마트팜 기술 보급과 청년 농업인 교육을 추진할 계획이다.",
     ["스마트팜 기술 보급", "청년 농업인 교육"]),
    ("the page's copyright footer ends the body: other articles' titles after it are no list",
     LEAD + "양 기관은 청년 창업 지원에 협력하기로 했다.\n홍길동 기자\n"
     "저작권자 © 누리신문 무단전재 및 재배포금지\n- 한빛시, 지역 축제 공동 홍보 협약\n"
     "- 가온군, 농촌 일손 돕기 협력",
     ["청년 창업 지원"]),
    ("bullets that name the partners of the signing ('▲A ▲B와 각각 협약을 체결했다') are no areas",
     "가온시는 20일 시청에서 ▲한빛은행 ▲솔빛병원과 각각 업무협약을 체결했다.",
     []),
    ("each company's investment after a signing that lists them with commas ('X는 …에 나선다')",
     "가온도는 9일 도청에서 누리텍, 솔빛, 한결화학 등 3개사와 투자협약을 체결했다.\n"
     "솔빛은 가온물류단지에 냉동창고 신축에 나서게 되며 한결화학은 가온시로 연구소를 옮겨 "
     "인력 채용에 나선다.",
     ["가온물류단지에 냉동창고 신축", "가온시로 연구소를 옮겨 인력 채용"]),
    ("a duty whose object opens on a school level closing in 고 ('초·중·고 …을 맡고'): no clause "
     "ends inside it",
     "가온교육청은 3일 누리연구원과 협약을 체결했다.\n협약에 따라 교육청은 초·중·고 코딩 동아리 "
     "운영을 맡고, 연구원은 교사 연수를 개설한다.",
     ["초·중·고 코딩 동아리 운영", "교사 연수를 개설"]),
    ("an activity marked by 도 before the verb ('A와 B 교육도 함께 운영하기로'): the last of "
     "the list",
     "가온은행은 5일 누리재단과 협약을 체결했다.\n두 기관은 재기 컨설팅과 디지털 교육도 함께 "
     "운영하기로 했다.",
     ["재기 컨설팅", "디지털 교육"]),
    ("a party's further duty marked by 도 ('배송비 지원도 한다')",
     "가온유통은 5일 누리상인회와 협약을 체결했다.\n협약에 따라 가온유통은 배송비 지원도 한다.",
     ["배송비 지원"]),
    ("a noun ending in 도 that is no activity ('제도') stays as written",
     "가온시는 5일 누리대와 협약을 체결했다.\n두 기관은 장학 제도 운영에 협력하기로 했다.",
     ["장학 제도 운영"]),
    ("used goods ('중고') are a noun, no clause end either",
     "가온시는 3일 솔빛마켓과 협약을 체결했다.\n협약에 따라 솔빛마켓은 중고 가전 수거를 맡고, "
     "시는 수거 장소를 제공한다.",
     ["중고 가전 수거", "수거 장소를 제공"]),
    ("the signing sentence going on with what was decided ('…체결식’을 갖고, A를 지원키로 했다'), "
     "without what the work is part of ('…의 한 방안으로')",
     "누리농협과 가온재단, 한빛영농회는 지난 5일 본부 회의실에서 ‘청년 농부 키우기 "
     "업무협약 체결식’을 갖고, 귀농 정착의 한 방안으로 청년 농부들의 판로 개척을 지원키로 했다.",
     ["청년 농부들의 판로 개척을 지원"]),
    ("the contents told as one clause ('협약은 …을 지원하는 내용이다')",
     "누리도서관은 17일 가온문화재단과 업무협약을 체결했다고 밝혔다.\n협약은 누리도서관의 "
     "열람실 두 곳을 주말마다 열어 가온재단이 모집하는 청소년에게 독서 강좌를 지원하는 내용이다.",
     ["누리도서관의 열람실 두 곳을 주말마다 열어 가온재단이 모집하는 청소년에게 독서 강좌를 지원"]),
    ("what the sides mean to do under the agreement ('이번 협약을 통해 …을 하려 한다')",
     "가온소방서는 29일 누리산악회와 안전지킴 협약을 체결했다.\n"
     "이번 협약을 통해 산악회 본부와 등산로 쉼터 40곳에서 응급처치 교육을 하려 한다.",
     ["산악회 본부와 등산로 쉼터 40곳에서 응급처치 교육"]),
    ("an item with a subject of its own inside a clause that modifies its noun ('청년들이 … 수 "
     "있는 환경 조성')",
     LEAD + "양 기관은 임직원 봉사활동 확대, 청년들이 지역에 정착할 수 있는 환경 조성 등에 "
     "협력하기로 했다.",
     ["임직원 봉사활동 확대", "청년들이 지역에 정착할 수 있는 환경 조성"]),
    ("'이번 협약을 시작으로 A, B 등으로 협력 분야를 넓힌다': the start is no part of A",
     LEAD + "양 기관은 이번 협약을 시작으로 교육, 문화, 복지 등으로 협력 분야를 넓혀 "
     "나갈 예정이다.",
     ["교육", "문화", "복지"]),
    ("items on lines of their own with no marks after '다음과 같다' (a line break separates them)",
     LEAD + "협약 내용은 다음과 같다.\n지역 인재 양성 프로그램 운영\n공동 연구 과제 발굴\n"
     "대학 시설 공동 활용",
     ["지역 인재 양성 프로그램 운영", "공동 연구 과제 발굴", "대학 시설 공동 활용"]),
    # round 20 (areaframes batch 3) rule item-ends-in-제공
    ("unmarked item lines ending in 제공 ('상담실 무상 제공'): an item, no photo credit",
     LEAD + "협약에 따른 지원은 다음과 같다.\n청년 상담실 무상 제공\n취업 특강 운영\n"
     "면접 정장 대여 제공",
     ["청년 상담실 무상 제공", "취업 특강 운영", "면접 정장 대여 제공"]),
    ("NOT rule item-ends-in-제공: a credit line ('한빛시 제공') after the unmarked items",
     LEAD + "협약 내용은 다음과 같다.\n청년 상담실 운영\n취업 특강 개최\n한빛시 제공",
     ["청년 상담실 운영", "취업 특강 개최"]),
    ("NOT rule item-ends-in-제공: a credit after a slash ('/누리대 홍보팀 제공')",
     LEAD + "협약 내용은 다음과 같다.\n청년 상담실 운영\n취업 특강 개최\n/누리대 홍보팀 제공",
     ["청년 상담실 운영", "취업 특강 개최"]),
    ("unmarked item lines under a bracketed heading ('[협약 주요 내용]'), a quote after them",
     LEAD + "[협약 주요 내용]\n지역 인재 양성 프로그램 운영\n공동 연구 과제 발굴\n"
     "시장은 “기대가 크다”고 말했다.",
     ["지역 인재 양성 프로그램 운영", "공동 연구 과제 발굴"]),
    ("bullet lines right after the signing sentence, with no heading",
     LEAD + "▶청년 창업 지원\n▶지역 인재 양성\n▶평생교육 강좌 운영",
     ["청년 창업 지원", "지역 인재 양성", "평생교육 강좌 운영"]),
    ("numbered lines that are each a party's duty in a sentence ('1) 시는 A를 제공한다.')",
     LEAD + "양 기관은 다음 사항에 협력한다.\n1) 시는 창업 공간을 제공한다.\n"
     "2) 대학은 창업 교육을 운영한다.",
     ["창업 공간을 제공", "창업 교육을 운영"]),
    ("numbered sentences of both sides ('① 양 기관은 A에 협력한다.'): the verb of cooperating "
     "is no part of A",
     LEAD + "협약서에 담긴 내용은 다음과 같다.\n① 양 기관은 지역 인재 양성에 협력한다.\n"
     "② 양 기관은 시설을 공동 활용한다.",
     ["지역 인재 양성", "시설을 공동 활용"]),
    ("'A와 B 분야에서 긴밀히 협력해 나갈 것을 약속했다'",
     LEAD + "양 기관은 청년 창업 지원과 지역 인재 양성 분야에서 긴밀히 협력해 나갈 것을 약속했다.",
     ["청년 창업 지원", "지역 인재 양성"]),
    ("'A와 B를 위한 협력을 다짐했다'",
     LEAD + "양 기관은 청년 창업 지원과 지역 인재 양성을 위한 협력을 다짐했다.",
     ["청년 창업 지원", "지역 인재 양성"]),
    ("'A와 B에서 서로 돕기로 했다': helping each other is cooperating",
     LEAD + "양 기관은 청년 창업 지원과 지역 인재 양성에서 서로 돕기로 했다.",
     ["청년 창업 지원", "지역 인재 양성"]),
    ("'A를 개설하는 등 B에 나선다': '하는 등' separates two items",
     LEAD + "양 기관은 이번 협약을 통해 창업 강좌를 개설하는 등 청년 창업 활성화에 나선다.",
     ["창업 강좌를 개설", "청년 창업 활성화"]),
    ("when nothing else states areas, the agreement's name quoted before the word '협약'",
     "솔빛시는 4일 누리복지재단과 '홀몸 어르신 돌봄 지원' 협약을 체결했다.",
     ["홀몸 어르신 돌봄 지원"]),
    ("when the body states none, a caption where the parties' heads agree on a list",
     "솔빛시는 4일 누리복지재단과 협약을 체결했다.\n이날 협약식에는 시장과 이사장이 참석했다.\n"
     "솔빛시장(오른쪽)과 누리복지재단 이사장이 홀몸 어르신 돌봄 지원과 고독사 예방에 협력하기로 "
     "하고 협약서에 서명했다. (사진=솔빛시 제공)",
     ["홀몸 어르신 돌봄 지원", "고독사 예방"]),
    ("'A, B 등에 힘쓸 계획이다': 힘쓰다 in any form closes a list with 등",
     LEAD + "양 기관은 청년 창업 지원, 지역 인재 양성 등에 힘쓸 계획이다.",
     ["청년 창업 지원", "지역 인재 양성"]),
    ("each party's duty, the second told as its plan ('A는 X하며 B는 Y할 계획이다')",
     "누리시는 5일 시청에서 가람대학교와 업무협약을 체결했다.\n"
     "누리시는 창업 공간을 제공하며 가람대는 창업 교육 프로그램을 운영할 예정이다.",
     ["창업 공간을 제공", "창업 교육 프로그램을 운영"]),
    ("the other party's plan right after one party's duty is its share",
     "누리시는 5일 시청에서 가람대학교와 업무협약을 체결했다.\n협약에 따라 시는 창업 공간을 "
     "제공한다. 대학은 창업 교육 프로그램을 운영할 계획이다.",
     ["창업 공간을 제공", "창업 교육 프로그램을 운영"]),
    ("'도는' as the province's topic (Kiwi reads it as a verb) before its duty",
     "가람도는 5일 누리전자와 투자협약을 체결했다.\n이번 협약으로 도는 창업 공간을 제공하기로 "
     "했다. 누리전자는 창업 교육 프로그램을 운영하기로 했다.",
     ["창업 공간을 제공", "창업 교육 프로그램을 운영"]),
    ("'A와 B에 머리를 맞댔다'",
     LEAD + "양 기관은 청년 창업 지원과 지역 인재 양성에 머리를 맞댔다.",
     ["청년 창업 지원", "지역 인재 양성"]),
    ("'A와 B에 뜻을 함께했다'",
     LEAD + "양 기관은 청년 창업 지원과 지역 인재 양성에 뜻을 함께했다.",
     ["청년 창업 지원", "지역 인재 양성"]),
    ("'A와 B를 위해 손잡았다' tells the partnering itself: A and B are its purpose, as in "
     "'A와 B를 위한 협약을 맺었다'",
     LEAD + "양 기관은 청년 창업 지원과 지역 인재 양성을 위해 손잡았다.", []),
    ("'A를 위해 손을 맞잡았다' in the lead, before the signing, is the purpose too",
     "가온소방본부와 한별보건대학교가 응급 처치 교육을 위해 손을 맞잡았다.\n"
     "두 기관은 12일 본부 회의실에서 업무협약을 맺었다.", []),
    ("'A와 B를 위해 힘을 합친다'",
     LEAD + "양 기관은 청년 창업 지원과 지역 인재 양성을 위해 힘을 합친다.",
     ["청년 창업 지원", "지역 인재 양성"]),
    ("'A와 B를 위한 공동 노력을 펼치기로 했다'",
     LEAD + "양 기관은 청년 창업 지원과 지역 인재 양성을 위한 공동 노력을 펼치기로 했다.",
     ["청년 창업 지원", "지역 인재 양성"]),
    ("'A와 B에 대해 협력 체계를 강화하기로 했다'",
     LEAD + "양 기관은 청년 창업 지원과 지역 인재 양성에 대해 협력 체계를 강화하기로 했다.",
     ["청년 창업 지원", "지역 인재 양성"]),
    ("'A와 B에 대한 상호 협력 방안을 마련했다'",
     LEAD + "양 기관은 청년 창업 지원과 지역 인재 양성에 대한 상호 협력 방안을 마련했다.",
     ["청년 창업 지원", "지역 인재 양성"]),
    ("'A와 B에 관한 협력을 약속했다': the cooperation is no part of B",
     LEAD + "양 기관은 청년 창업 지원과 지역 인재 양성에 관한 협력을 약속했다.",
     ["청년 창업 지원", "지역 인재 양성"]),
    ("'A와 B에서 협력을 이어가기로 했다'",
     LEAD + "양 기관은 청년 창업 지원과 지역 인재 양성에서 협력을 이어가기로 했다.",
     ["청년 창업 지원", "지역 인재 양성"]),
    ("'A와 B에 대해 적극 협력해 나갈 방침이다'",
     LEAD + "양 기관은 청년 창업 지원과 지역 인재 양성에 대해 적극 협력해 나갈 방침이다.",
     ["청년 창업 지원", "지역 인재 양성"]),
    ("'A와 B에 협력하자는 데 의견을 모았다'",
     LEAD + "양 기관은 청년 창업 지원과 지역 인재 양성에 협력하자는 데 의견을 모았다.",
     ["청년 창업 지원", "지역 인재 양성"]),
    ("'A와 B에 상호 협력하는 내용을 담았다'",
     LEAD + "양 기관은 청년 창업 지원과 지역 인재 양성에 상호 협력하는 내용을 담았다.",
     ["청년 창업 지원", "지역 인재 양성"]),
    ("'A와 B 분야에서 공조 체계를 구축하기로 했다'",
     LEAD + "양 기관은 청년 창업 지원과 지역 인재 양성 분야에서 공조 체계를 구축하기로 했다.",
     ["청년 창업 지원", "지역 인재 양성"]),
    ("'A와 B를 중점 추진한다'",
     LEAD + "양 기관은 청년 창업 지원과 지역 인재 양성을 중점 추진한다.",
     ["청년 창업 지원", "지역 인재 양성"]),
    ("'A와 B를 추진할 것을 합의했다'",
     LEAD + "양 기관은 청년 창업 지원과 지역 인재 양성을 추진할 것을 합의했다.",
     ["청년 창업 지원", "지역 인재 양성"]),
    ("one item with its field frame ('A 분야에서 협력을 강화하기로 했다')",
     LEAD + "양 기관은 청년 창업 지원 분야에서 협력을 강화하기로 했다.",
     ["청년 창업 지원"]),
    ("one item before '에서 협력을 이어가기로 했다'",
     LEAD + "양 기관은 평생교육 강좌 운영에서 협력을 이어가기로 했다.",
     ["평생교육 강좌 운영"]),
    ("the last bullet without a predicate any prose rule knows ('▲A ▲B에 머리를 맞댔다')",
     LEAD + "양 기관은 ▲청년 창업 지원 ▲지역 인재 양성에 머리를 맞댔다.",
     ["청년 창업 지원", "지역 인재 양성"]),
    ("the last bullet without the cooperation it is about ('▲B에 관한 협력을 약속했다')",
     LEAD + "양 기관은 ▲청년 창업 지원 ▲지역 인재 양성에 관한 협력을 약속했다.",
     ["청년 창업 지원", "지역 인재 양성"]),
    ("the last bullet without its field frame ('▲B 분야에서 협력을 강화하기로 했다')",
     LEAD + "양 기관은 ▲청년 창업 지원 ▲지역 인재 양성 분야에서 협력을 강화하기로 했다.",
     ["청년 창업 지원", "지역 인재 양성"]),
    ("'▲A ▲B 등을 위해 함께 노력할 계획이다'",
     LEAD + "양 기관은 ▲청년 창업 지원 ▲지역 인재 양성 등을 위해 함께 노력할 계획이다.",
     ["청년 창업 지원", "지역 인재 양성"]),
    ("'A와 B를 함께 펼쳐 나가기로 했다'",
     LEAD + "양 기관은 청년 창업 지원과 지역 인재 양성을 함께 펼쳐 나가기로 했다.",
     ["청년 창업 지원", "지역 인재 양성"]),
    ("each party's duty joined by '…하는 대신'",
     LEAD + "협약에 따라 대학은 시에 연구 인력을 지원하는 대신 시는 대학에 연구비를 지원한다.",
     ["시에 연구 인력을 지원", "대학에 연구비를 지원"]),
    ("'A를 위해 지속적으로 협력한다'",
     LEAD + "양사는 청년 창업 지원과 지역 인재 양성을 위해 지속적으로 협력한다.",
     ["청년 창업 지원", "지역 인재 양성"]),
    ("bullets inline as the object of a party's duty ('진흥원은 이들 기업에 ▲A ▲B ▲C를 지원한다')",
     "한빛창업진흥원은 20일 시청에서 새싹기업 3곳과 해외 진출 협약을 맺었다.\n"
     "진흥원은 이들 기업에 ▲해외 박람회 참가비 ▲현지 법률 자문 ▲번역 서비스를 지원한다.",
     ["해외 박람회 참가비", "현지 법률 자문", "번역 서비스"]),
    ("a head count as the object of a company's duty ('청년 30명을 채용하고')",
     SOFT + "협약에 따라 누리소프트는 지역 청년 30명을 채용하고, 시는 인건비 일부를 지원한다.",
     ["지역 청년 30명을 채용", "인건비 일부를 지원"]),
    ("the head count after the object ('청년을 2명 이상 채용하기로') is the same term",
     SOFT + "협약에 따라 시는 인건비 일부를 지원하고, 누리소프트는 해마다 지역 청년을 2명 이상 "
     "채용하기로 했다.",
     ["인건비 일부를 지원", "해마다 지역 청년을 2명 이상 채용"]),
    ("'A는 X와 Y를, B는 …': things the side gives, none an activity, stay one item",
     LEAD + "협약에 따라 시는 이재민 구호 물자와 임시 거처를, 누리대학교는 심리 상담을 맡는다.",
     ["이재민 구호 물자와 임시 거처", "심리 상담"]),
    ("'A는 X와 Y를, B는 …': listed activities still give one item each",
     LEAD + "협약에 따라 시는 참가자 모집과 장소 제공을, 누리대학교는 교육 운영을 맡는다.",
     ["참가자 모집", "장소 제공", "교육 운영"]),
    ("'봉사회 봉사원들은': a party's people as the topic take up its duty",
     "한빛시는 20일 시청에서 누리전력 한빛지사, 가온봉사회와 안전 돌봄 협약을 맺었다.\n"
     "협약에 따라 한빛지사는 전기 설비를 무상 점검한다. 가온봉사회 봉사원들은 점검 가구를 "
     "매달 방문해 안부를 살핀다.",
     ["전기 설비를 무상 점검", "점검 가구를 매달 방문해 안부를 살피기"]),
    ("'진흥공단 한빛본부는': a party's unit, written short after its name, takes up its duty",
     "한빛은행은 15일 본점에서 한빛신용재단, 소상공인진흥공단 한빛지역본부와 보증 협약을 "
     "체결했다.\n협약에 따라 은행은 재단에 출연금을 낸다. 진흥공단 한빛본부는 보증을 받은 "
     "소상공인에게 경영 컨설팅을 연계한다.",
     ["재단에 출연금을 내기", "보증을 받은 소상공인에게 경영 컨설팅을 연계"]),
    ("a head count as the day's turnout is still no duty",
     SOFT + "이날 협약식에는 양측 관계자 20명 이상 참석했다.",
     []),
    ("a head count sent every year ('매년 봉사단 20명을 파견하고'), the rhythm left out",
     "한빛봉사협회는 20일 현지 재단인 '누리 재단'과 파견 협약을 체결했다.\n"
     "협약에 따라 협회는 매년 의료 봉사단 20명을 파견하고, 재단은 숙소와 통역을 제공한다.",
     ["의료 봉사단 20명을 파견", "숙소와 통역을 제공"]),
    ("a noun ending in 고 ('신고') ends no clause",
     SOFT + "협약에 따라 누리소프트 매장은 길 잃은 아동을 임시 보호하고, 시는 매장 직원에게 "
     "실종 신고 요령 교육을 제공한다.",
     ["길 잃은 아동을 임시 보호", "매장 직원에게 실종 신고 요령 교육을 제공"]),
    ("a noun ending in 고 ('공고') inside the object, a verb's 고 after it",
     SOFT + "협약에 따라 누리소프트는 청년 채용 공고 작성을 돕고, 시는 채용 박람회를 연다.",
     ["청년 채용 공고 작성을 돕기", "채용 박람회를 열기"]),
    ("two verbal nouns joined by a middle dot make one verb ('점검·보수하고')",
     LEAD + "협약에 따라 대학은 마을 놀이터 시설을 점검·보수하고, 시는 자재 구입비를 댄다.",
     ["마을 놀이터 시설을 점검·보수", "자재 구입비를 대기"]),
    ("a verbal noun pair ('발굴·육성하고') keeps both in the item",
     LEAD + "협약에 따라 대학은 지역 공예 작가를 발굴·육성하고, 시는 전시 공간을 제공한다.",
     ["지역 공예 작가를 발굴·육성", "전시 공간을 제공"]),
    ("'A 및 B 등 두 기관이 필요한 업무에': the vague sum after 등 is no item",
     LEAD + "양 기관은 폐교 부지 활용 및 마을버스 노선 조정 등 두 기관이 필요한 "
     "업무에 서로 협력하기로 했다.",
     ["폐교 부지 활용", "마을버스 노선 조정"]),
    ("under a topic of contents, the clause before the list is an item too",
     LEAD + "주요 협약 내용으로는 하천 산책로를 함께 정비하고 폐교 부지 활용 및 마을버스 "
     "노선 조정 등 두 기관이 주민 삶과 관련된 사항에 대해 서로 협조하기로 했다.",
     ["하천 산책로를 함께 정비", "폐교 부지 활용", "마을버스 노선 조정"]),
    ("the last bullet named as an aim ('▲C이라는 비전을 위해 …') ends before the copula",
     LEAD + "협약에 따라 누리대학교는 ▲농산물 가공 기술 이전 ▲귀농 청년 교육 ▲누구나 찾고 "
     "싶은 농촌 마을 조성이라는 비전을 이루고자 시와 세부 과제를 정해 나간다.",
     ["농산물 가공 기술 이전", "귀농 청년 교육", "누구나 찾고 싶은 농촌 마을 조성"]),
    ("a copula left out after a vowel ('놀이라는 목표') keeps the noun's own 이",
     LEAD + "양 기관은 ▲청년 창업 지원 ▲아이들의 안전한 놀이라는 목표 아래 협력하기로 했다.",
     ["청년 창업 지원", "아이들의 안전한 놀이"]),
    ("bare nouns closing a mixed list ('A 개발, 캠프, 대회 등을 공동 개최, 운영할 수 있도록') "
     "are one item with their verbs; the activity before them stays its own",
     LEAD + "세부적으로는 체육 교재의 공동 개발, 캠프, 대회, 강습회 등을 공동 개최, 운영할 수 "
     "있도록 서로 지원하기로 합의했다.",
     ["체육 교재의 공동 개발", "캠프, 대회, 강습회 등을 공동 개최, 운영"]),
    ("a scope named by no field ('모든 분야에서 … 협력') is none",
     LEAD + "양 기관은 신뢰를 바탕으로 모든 분야에서 적극 협력하기로 결정하고 청년 창업 "
     "지원 사업을 함께 발굴하기로 했다.",
     ["청년 창업 지원 사업을 함께 발굴"]),
    ("… so is 'what can be done first' with a native verb of helping ('할 수 있는 분야부터 서로 "
     "돕기로')",
     LEAD + "두 기관은 할 수 있는 분야부터 서로 돕기로 하고 누리 특산물 직거래 장터 개설을 함께 "
     "추진하기로 했다.",
     ["누리 특산물 직거래 장터 개설"]),
    ("… but a named field helped in stays ('돌봄 분야에서 서로 돕기로')",
     LEAD + "두 기관은 노인 돌봄 분야에서 서로 돕기로 했다.",
     ["노인 돌봄 분야에서 서로 돕기"]),
    ("right after the signing, a party's duty from a start of its own is still its duty",
     LEAD + "누리대학교는 다음 달부터 시민 강좌를 운영한다.",
     ["다음 달부터 시민 강좌를 운영"]),
    ("'MOU에 따라' opens the duties as '협약에 따라' does, the parties named only before",
     "교구 기업 누리소프트가 가온전자, 한별교육과 손잡았다.\n"
     "세 회사는 20일 본사에서 'AI 교구 공급 MOU' 체결식을 가졌다.\n"
     "이날 행사에는 협력사 관계자 30여명이 참관했다.\n"
     "MOU에 따라 누리소프트는 교구용 소프트웨어를 공급하고, 가온전자는 교구 생산라인을 마련한다.",
     ["교구용 소프트웨어를 공급", "교구 생산라인을 마련"]),
    ("'학교들은': the parties of one kind in the plural take up a duty",
     "한빛시는 20일 시청에서 누리초등학교, 누리중학교, 누리체육회와 업무협약을 체결했다.\n"
     "협약에 따라 시는 통학 버스를 지원한다. 학교들은 운동장을 개방하고, 체육회는 강사를 파견한다.",
     ["통학 버스를 지원", "운동장을 개방", "강사를 파견"]),
    ("'기관들은': all the parties, told as a plural, right after the signing",
     "한빛시는 20일 시청에서 누리전력 한빛지사, 가온가스 한빛지사와 안전 돌봄 협약을 맺었다.\n"
     "기관들은 홀몸 어르신 가구의 전기 설비를 무상 점검하고, 노후 가스 호스를 교체해 주기로 했다.",
     ["홀몸 어르신 가구의 전기 설비를 무상 점검", "노후 가스 호스를 교체해 주기"]),
    # rule listed-deeds-keep-verb: a whole activity and an object joined by 과/와 before a
    # verb the item keeps are two duties; things given stay one (the row above on 구호 물자)
    ("a clause's object listed with 과 before a verb of giving",
     LEAD + "이번 협약으로 누리대학교는 창업 기업에 기술 자문과 실습 공간을 제공한다.",
     ["창업 기업에 기술 자문", "실습 공간을 제공"]),
    ("an activity and a service joined by 과 before a verb of running",
     LEAD + "협약에 따라 시는 청년 구직자 면접 교육과 취업 상담 창구를 운영한다.",
     ["청년 구직자 면접 교육", "취업 상담 창구를 운영"]),
    ("two things given joined by 과 before a verb of giving stay one",
     LEAD + "협약에 따라 누리대학교는 지역 아동에게 학용품과 간식을 제공한다.",
     ["지역 아동에게 학용품과 간식을 제공"]),
    # rule helped-verb-amount: the helper 주다 dropped, an amount before the verb kept
    ("an amount between a duty's object and its verb, with the helper 주다",
     LEAD + "협약에 따라 한빛시는 창업 공간을 제공하고, "
     "누리대학교는 재학생 창업 강좌 수강료를 50% 깎아 준다.",
     ["창업 공간을 제공", "재학생 창업 강좌 수강료를 50% 깎아"]),
    ("a degree between the object and the verb, with the helper 주다",
     LEAD + "협약에 따라 누리대학교는 시민의 평생교육 수강료를 절반으로 낮춰 준다.",
     ["시민의 평생교육 수강료를 절반으로 낮춰"]),
    # rule members-corps: a party's members' corps as the topic names that party
    ("the members' volunteer corps of the one co-op among the parties",
     "한빛시는 20일 시청에서 가온원예협동조합과 업무협약을 맺었다.\n"
     "협약에 따라 시는 꽃 판로 개척을 지원하고, 조합은 공공시설에 화분을 공급한다. "
     "조합원 봉사단은 월 1회 경로당 정원 가꾸기 봉사에 나선다.",
     ["꽃 판로 개척을 지원", "공공시설에 화분을 공급", "월 1회 경로당 정원 가꾸기 봉사"]),
    ("the members' corps of a body that is no party tells no duty",
     "한빛시는 20일 시청에서 가온원예협동조합과 업무협약을 맺었다.\n"
     "협약에 따라 시는 꽃 판로 개척을 지원하고, 조합은 공공시설에 화분을 공급한다. "
     "협회원 봉사단은 월 1회 경로당 정원 가꾸기 봉사에 나선다.",
     ["꽃 판로 개척을 지원", "공공시설에 화분을 공급"]),
    # rule deadline-of-duty: the year a duty told in the present is due by is a term of it
    ("the partners' duty due by a year, told in the present",
     "한빛시는 20일 시청에서 누리소재, 가온화학과 투자협약을 체결했다.\n"
     "두 회사는 2028년까지 한빛 제3일반산업단지에 배터리 부품 공장을 건립하고 "
     "신규 인력 200명을 채용한다.",
     ["한빛 제3일반산업단지에 배터리 부품 공장을 건립", "신규 인력 200명을 채용"]),
    ("NOT: a deadline inside the duty, before its verb, stays: the duty as written; and the "
     "other side's share after it",
     "한빛시는 20일 시청에서 누리소재와 투자협약을 체결했다.\n"
     "협약에 따라 누리소재는 제3산업단지 부지에 2029년 6월까지 공장을 건립하고, 시는 인허가를 "
     "신속히 처리한다.",
     ["제3산업단지 부지에 2029년 6월까지 공장을 건립", "인허가를 신속히 처리"]),
    ("NOT: … a month's deadline after the object, in the city's share",
     "한빛시는 20일 시청에서 누리소재와 투자협약을 체결했다.\n"
     "협약에 따라 누리소재는 공장을 건립하고, 시는 산업단지 진입도로를 2028년 3월까지 "
     "확장한다.",
     ["공장을 건립", "산업단지 진입도로를 2028년 3월까지 확장"]),
    ("… this year's half it is due in; a small count of companies as the topic; 지급",
     "한빛도는 20일 누리정밀, 가온화학, 솔빛식품과 채용 협약을 맺었다.\n"
     "3개 기업은 올해 하반기 청년 90명을 채용하고, 도는 채용 장려금을 지급한다.",
     ["청년 90명을 채용", "채용 장려금을 지급"]),
    ("… but one side's plan with this year's half is still no area",
     "한빛도는 20일 누리정밀, 가온화학과 채용 협약을 맺었다.\n"
     "누리정밀은 올해 하반기 공장을 증설할 계획이다.",
     []),
    ("… nor are twenty companies served a topic of the parties",
     "한빛도는 20일 누리정밀과 수출 협약을 맺었다.\n"
     "관내 20개 기업은 올해 수출액이 늘었다.",
     []),
    # rule roles-frame: the frame of roles the sides aim at, told before their duties
    ("the structure of roles the sides build is no duty; the duties after it are",
     LEAD + "누리대학교는 재학생의 현장실습을 돕고, 지역 기업들이 채용까지 책임지는 구조를 "
     "만들기로 했다. 이에 따라 누리대학교는 실습 학생을 추천하고, 한빛시는 실습 수당을 지원한다.",
     ["실습 학생을 추천", "실습 수당을 지원"]),
    # activity nouns 설정, 인정, 발견, 조정: an item ending in one is a whole activity
    ("a setting and a check, a recognition and a thing given, each side's two duties",
     LEAD + "협약에 따라 한빛시는 연간 감축 목표 설정과 실적 점검을 맡고, 누리대학교는 "
     "봉사 활동 학점 인정과 우수 봉사자 장학금을 제공한다.",
     ["연간 감축 목표 설정", "실적 점검", "봉사 활동 학점 인정", "우수 봉사자 장학금을 제공"]),
    ("a selection, a recruiting and an upkeep, each a whole activity before 과",
     LEAD + "협약에 따라 누리대학교는 봉사 학생 선정과 현장 교육을 맡고, 한빛시는 참여 가정 모집과 "
     "장비 유지보수를 담당한다.",
     ["봉사 학생 선정", "현장 교육", "참여 가정 모집", "장비 유지보수"]),
    # rule counted-partners-plan: the partners the signing counts beside its subject ("3개
    # 기업과") told as the topic of a plan ("세 기업은 … 할 계획이다") are one side: no area
    ("the counted partners' own plan after the duties is no area",
     "가온군은 20일 누리소재, 한결정밀, 다솜푸드 등 3개 기업과 투자협약을 체결했다.\n"
     "협약에 따라 기업들은 공장 건립을, 군은 행정 지원을 각각 맡는다.\n"
     "세 기업은 2029년까지 공장을 짓고 120명을 새로 채용할 계획이다.",
     ["공장 건립", "행정 지원"]),
    # … but a count that is all the parties ("3개 기관은 협약을 맺었다 … 세 기관은") plans together
    ("all the parties counted as the signing's subject plan together: an area",
     "가온군과 누리소재, 한결정밀 등 3개 기관은 20일 협약을 체결했다.\n"
     "세 기관은 청년 120명을 새로 채용할 계획이다.",
     ["청년 120명을 새로 채용"]),
    # activity nouns 추천, 측정: a recommending and a measuring are whole activities before 과
    ("a recommending and a follow-up, a measuring after a support, each side's duty before 과",
     LEAD + "협약에 따라 한빛시는 참여 기업 추천과 사후 관리를 맡고, 누리대학교는 선수 재활 지원과 "
     "체력 측정을 담당한다.",
     ["참여 기업 추천", "사후 관리", "선수 재활 지원", "체력 측정"]),
    # activity noun 확보: a securing is a whole activity before 과
    ("a securing and a guiding, one side's duty before 과",
     LEAD + "협약에 따라 한빛시는 공원에 쉼터 20곳을 짓고, 누리대학교는 관리 인력 확보와 "
     "주민 안내를 맡는다.",
     ["공원에 쉼터 20곳을 짓기", "관리 인력 확보", "주민 안내"]),
    ("a securing after a thing ('예산과 인력 확보'): one duty",
     LEAD + "협약에 따라 누리대학교는 예산과 인력 확보를 맡는다.",
     ["예산과 인력 확보"]),
    ("a measuring device and a vehicle are things given: one duty",
     LEAD + "협약에 따라 한빛시는 측정 장비와 분석 차량을 제공하고, 누리대학교는 "
     "수질 분석을 맡는다.",
     ["측정 장비와 분석 차량을 제공", "수질 분석"]),
    # rule prose-beside-bullets: a prose list in a sentence of its own counts beside bullets
    # when it tells each named side's share, goes on with 도, or tells what the agreement binds
    # the sides to; any other prose beside bullets repeats them or sums them up
    ("each named side's share told after the bullets",
     "한빛시와 누리대학교, 가온복지재단은 20일 시청에서 청년 주거 지원 협약을 체결했다.\n"
     "양 기관은 ▲청년 임대주택 공급 ▲주거비 상담 등에 협력하기로 했다. 한빛시는 입주 대상 추천과 "
     "행정 지원을, 가온복지재단은 사업의 전반적인 운영을 맡을 예정이다.",
     ["청년 임대주택 공급", "주거비 상담", "입주 대상 추천", "행정 지원", "사업의 전반적인 운영"]),
    ("one more item after the bullets, marked by 도 ('…에 대한 합의도 이루어졌다')",
     LEAD + "양 기관은 ▲청년 창업 지원 ▲지역 인재 양성 등에 협력하기로 했다.\n"
     "또한 캠퍼스 공간의 공동 활용에 대한 합의도 이루어졌다.",
     ["청년 창업 지원", "지역 인재 양성", "캠퍼스 공간의 공동 활용"]),
    ("a sentence going on after the bullets with what the sides will take up ('아울러 …')",
     LEAD + "양 기관은 ▲청년 창업 지원 ▲지역 인재 양성 등에 협력하기로 했다.\n"
     "아울러 두 기관은 지역 축제 공동 홍보와 문화 교류 행사 개최에 나서게 된다.",
     ["청년 창업 지원", "지역 인재 양성", "지역 축제 공동 홍보", "문화 교류 행사 개최"]),
    ("what the agreement binds two sides to, before the bullets ('협약에 따라 … 약속했다')",
     "누리신협은 지난 15일 가온신협, 한별신협과 동반성장 협약을 맺었다.\n"
     "이날 협약에 따라 가온신협과 한별신협이 누리읍 장터 안에 이동 상담창구 운영 지원을 "
     "약속했다.\n이번 협약을 통해 세 신협은 △공동 금융교육 개최 △농촌 일손 돕기 "
     "등에 협력하기로 했다.",
     ["누리읍 장터 안에 이동 상담창구 운영 지원", "공동 금융교육 개최", "농촌 일손 돕기"]),
    # the parties named together as the topic, the last in several words (rule pair-topic)
    ("a pair topic whose second party's name has several words",
     "가온대학교 총장은 다솜 글로벌 예술대학교 총장과 학술교류 협정을 지난달 맺었다. "
     "가온대와 다솜 글로벌 예술대학교는 공동 전시회 개최와 교수 파견 분야에서 "
     "협력하기로 했다.",
     ["공동 전시회 개최", "교수 파견"]),
    ("beside bullets, the sides' plan after the agreement sums them up",
     LEAD + "양 기관은 ▲청년 창업 지원 ▲지역 인재 양성 등에 협력하기로 했다.\n"
     "협약을 계기로 양 기관은 마을 공방의 자립 토대를 쌓고 귀농인 유입을 이끌 계획이다.",
     ["청년 창업 지원", "지역 인재 양성"]),
    ("beside bullets, what the sides promise to work for is the aim",
     LEAD + "양 기관은 ▲청년 창업 지원 ▲지역 인재 양성 등에 협력하기로 했다.\n"
     "이날 협약에 따라 한빛시와 누리대학교는 지역 공동 번영과 주민복지 향상 등을 위해 "
     "노력하기로 했다.",
     ["청년 창업 지원", "지역 인재 양성"]),
    ("beside bullets, a talk held that day ('또한 … 논의를 진행했다')",
     LEAD + "양 기관은 ▲청년 창업 지원 ▲지역 인재 양성 등에 협력하기로 했다.\n"
     "또한, 누리대학교 교직원과 함께 교환학생 선발 등 교류 강화를 위한 논의를 진행했다.",
     ["청년 창업 지원", "지역 인재 양성"]),
    # rule together-ahead: the sides, unnamed after the signing, do a list together from now on
    ("'앞으로 A와 B를 함께합니다' after the signing, no subject",
     LEAD + "김다온 시장과 박솔 총장이 협약서에 서명했다. 앞으로 매주 금요일 무료 법률 상담과 "
     "청년 취업 특강을 함께합니다.",
     ["매주 금요일 무료 법률 상담", "청년 취업 특강"]),
    # rows of bench/areaprobe.py (prose frames probed before the fixes)
    ("'A 및 B에 관한 사항이 담겼다': the matters the agreement holds",
     LEAD + "협약서에는 하천 쓰레기 수거 및 수변 산책로 관리에 관한 사항이 담겼다.",
     ["하천 쓰레기 수거", "수변 산책로 관리"]),
    ("'A 및 B에 관한 사항을 담고 있다'",
     LEAD + "이번 협약은 응급 의료 교육 및 구급 장비 공동 구매에 관한 사항을 담고 있다.",
     ["응급 의료 교육", "구급 장비 공동 구매"]),
    ("'주요 내용은 A 및 B에 관한 사항 등이다': the wrapper does not keep 및 from splitting",
     LEAD + "주요 내용은 어학 연수 과정 운영 및 장학생 선발에 관한 사항 등이다.",
     ["어학 연수 과정 운영", "장학생 선발"]),
    ("'이와 함께 B에도 나선다': the next sentence takes up one more item",
     LEAD + "양 기관은 골목 상권 공동 마케팅에 힘을 모으기로 했다. 이와 함께 소상공인 경영 "
     "컨설팅에도 나선다.",
     ["골목 상권 공동 마케팅", "소상공인 경영 컨설팅"]),
    ("beside bullets, the sides' plan 'C에 대해서도 협력해 나갈 방침이다' adds C",
     LEAD + "협약 내용은 ▲지역 작가 전시 지원 ▲창작 공간 공유 등이다. 양 기관은 향후 예술 교육 "
     "강사 파견에 대해서도 협력해 나갈 방침이다.",
     ["지역 작가 전시 지원", "창작 공간 공유", "예술 교육 강사 파견"]),
    ("bare verbal nouns done with 하다 ('인력교류하고 공동개발하며'), rule bare-verbal-noun",
     LEAD + "두 기관은 인력교류하고 공동개발하며 실험 장비를 함께 쓰기로 했다.",
     ["인력교류", "공동개발", "실험 장비를 함께 쓰기"]),
    ("a bare verbal noun before the pledge ('경영자문하기로 합의했다')",
     LEAD + "양 기관은 교재를 공동 제작하고 경영자문하기로 합의했다.",
     ["교재를 공동 제작", "경영자문"]),
    ("the cooperating itself done with 하다 is no item ('상호협력하고 적극지원하기로')",
     LEAD + "양 기관은 상호협력하고 적극지원하기로 했다.",
     []),
    ("one party's duty of two activities joined by 과 ('A 대여와 B 교육을 담당하고')",
     LEAD + "협약에 따라 한빛시는 측정 장비 대여와 안전 교육을 담당하고, 누리대학교는 실습실을 "
     "제공한다.",
     ["측정 장비 대여", "안전 교육", "실습실을 제공"]),
    ("'A 저감 및 B 해소에 공동 대응하기로': 및 between two whole activities",
     LEAD + "양 기관은 하천 악취 저감 및 주차난 해소에 공동 대응하기로 했다.",
     ["하천 악취 저감", "주차난 해소"]),
    ("'A는 물론 B까지 함께 추진한다': two activities, rule as-well-as",
     LEAD + "양 기관은 이번 협약으로 해외 판로 개척은 물론 수출 상품 개발까지 함께 추진한다.",
     ["해외 판로 개척", "수출 상품 개발"]),
    ("'A뿐만 아니라 B에도 힘을 모은다': A is the list's first item",
     LEAD + "양 기관은 응급 환자 이송뿐만 아니라 재난 의료 지원에도 힘을 모은다.",
     ["응급 환자 이송", "재난 의료 지원"]),
    ("'A은 물론 B에도 협력하기로'",
     LEAD + "양 기관은 전통 공예 교육 운영은 물론 공예품 판로 지원에도 협력하기로 했다.",
     ["전통 공예 교육 운영", "공예품 판로 지원"]),
    ("a clause 'B에 대해서는 공동으로 대응한다' after a duty: B without its frame",
     LEAD + "양 기관은 해충 발생 정보를 나누고, 외래종 확산에 대해서는 공동으로 대응한다.",
     ["해충 발생 정보를 나누기", "외래종 확산"]),
    ("an item counted by its ordinal ('첫째, A이다'): the count is no item",
     LEAD + "협약 내용은 첫째, 야간 순찰 강화이다.",
     ["야간 순찰 강화"]),
    ("'A 및 B 분야의 협력을 강화하기로': the list without the strengthened cooperation",
     LEAD + "양 기관은 해양 드론 및 수중 통신 분야의 협력을 강화하기로 했다.",
     ["해양 드론 및 수중 통신"]),
    # rule aside-follow-up: the sentence right after a background signing whose topic is that
    # signing's parties tells the earlier agreement
    ("aside-follow-up: '두 기관은' after a background signing tells the earlier agreement",
     LEAD + "양 기관은 창업 교육에 협력한다. " + ASIDE + "두 기관은 무료 건강검진에 힘을 모았다.",
     ["창업 교육"]),
    ("aside-follow-up: '양 기관은' after it too",
     LEAD + "양 기관은 창업 교육에 협력한다. " + ASIDE + "양 기관은 무료 건강검진에 힘을 모았다.",
     ["창업 교육"]),
    ("aside-follow-up: the aside's partner as the topic",
     LEAD + "양 기관은 창업 교육에 협력한다. " + ASIDE + "솔빛병원은 무료 건강검진을 맡았다.",
     ["창업 교육"]),
    ("not aside-follow-up: '양 기관은' right after the signing sentence",
     LEAD + "양 기관은 창업 교육과 청년 취업 지원에 협력한다.",
     ["창업 교육", "청년 취업 지원"]),
    ("not aside-follow-up: '이번 협약으로 양 기관은' after the aside is this agreement's",
     LEAD + ASIDE + "이번 협약으로 양 기관은 창업 교육에 협력한다.",
     ["창업 교육"]),
    ("not aside-follow-up: this agreement's duty after an aside in the middle",
     LEAD + "양 기관은 창업 교육에 협력한다. " + ASIDE
     + "이번 협약으로 양 기관은 청년 취업 지원에도 협력한다.",
     ["창업 교육", "청년 취업 지원"]),
    # rule compared-frame: what an item is compared with frames it and is no item
    ("compared-frame: '기존 사업과는 다른' before the first item",
     LEAD + "양 기관은 기존 사업과는 다른 청년 창업 교육과 판로 지원에 협력한다.",
     ["청년 창업 교육", "판로 지원"]),
    ("compared-frame: before the second item, with the 과 joining it",
     LEAD + "양 기관은 청년 창업 교육과 기존 사업과는 다른 판로 지원에 협력한다.",
     ["청년 창업 교육", "판로 지원"]),
    ("compared-frame: '…과 차별화된', and a comma list",
     LEAD + "양 기관은 기존 방식과 차별화된 청년 창업 교육, 판로 지원 등에 협력하기로 했다.",
     ["청년 창업 교육", "판로 지원"]),
    ("not compared-frame: 'A와 다른 B' is 'A and other B', one item as written",
     LEAD + "양 기관은 대학과 다른 연구기관의 공동 연구에 협력한다.",
     ["대학과 다른 연구기관의 공동 연구"]),
    ("not compared-frame: '새로운', '같은' are the item's own wording",
     LEAD + "양 기관은 새로운 청년 창업 교육과 스마트팜과 같은 농업 기술 보급에 협력한다.",
     ["새로운 청년 창업 교육", "스마트팜과 같은 농업 기술 보급"]),
    ("not compared-frame: '다른 지역' opening the list after the topic",
     LEAD + "양 기관은 다른 지역 청년 교육과 판로 지원에 협력한다.",
     ["다른 지역 청년 교육", "판로 지원"]),
    # rules also-run and also-in: areas told over several sentences, the later ones adding to
    # the list with 도 ("B와 C도 함께 추진하기로 했다", "D에서도 힘을 모은다")
    ("also-run: 'B와 C도 함께 추진하기로 했다' after a first sentence",
     LEAD + "양 기관은 청년 창업 교육에 협력한다. 또 공동 연구와 장비 공유도 함께 추진하기로 했다.",
     ["청년 창업 교육", "공동 연구", "장비 공유"]),
    ("also-in: '이 밖에 D에서도 힘을 모은다'",
     LEAD + "양 기관은 청년 창업 교육에 협력한다. 이 밖에 지역 축제 홍보에서도 힘을 모은다.",
     ["청년 창업 교육", "지역 축제 홍보"]),
    ("also-in: '…에서도 손을 잡았다', in the past",
     LEAD + "양 기관은 청년 창업 교육에 협력하기로 했다. 아울러 전통시장 홍보에서도 손을 잡았다.",
     ["청년 창업 교육", "전통시장 홍보"]),
    # rule aimed-at: "X 양성을 목표로 A, B 등": the aim before the list is no item of it
    ("aimed-at: '…을 목표로' before a list closed by 등에서 협력한다",
     LEAD + "두 기관은 해조류 산업 육성을 목표로 공동 연구, 장비 공동 활용, 학생 현장실습 지원 "
     "등에서 협력한다.", ["공동 연구", "장비 공동 활용", "학생 현장실습 지원"]),
    ("aimed-at: a counted aim, then a first item joined inside by 과",
     LEAD + "양 기관은 2030년까지 전문인력 300명 양성을 목표로 교원과 연구원 인적 교류, 학점 교류, "
     "공동 연구 협력 등을 추진하기로 했다.",
     ["교원과 연구원 인적 교류", "학점 교류", "공동 연구 협력"]),
    ("not aimed-at: '…을 목표로 하는 A' is the item's own wording",
     LEAD + "양 기관은 탄소중립을 목표로 하는 에너지 전환 사업과 주민 교육에 협력한다.",
     ["탄소중립을 목표로 하는 에너지 전환 사업", "주민 교육"]),
    # rule contents-colon-line: "■ 협약 내용: A, B, C", a marked line the page sets as it sets
    # a caption, read as the agreement's list (not the agreement's name, the fallback)
    ("contents-colon-line: a ■ line of contents after a named agreement",
     "한빛시는 20일 시청에서 누리상회와 '전통시장 온라인 판로 업무협약'을 체결했다.\n\n"
     "■ 협약 내용: 시장 공동 브랜드 개발, 온라인 전용관 입점 지원, 상인 대상 포장 교육\n\n"
     "박다온 시장은 \"기대가 크다\"고 말했다.",
     ["시장 공동 브랜드 개발", "온라인 전용관 입점 지원", "상인 대상 포장 교육"]),
    ("contents-colon-line: '주요 협력 분야 :' with a spaced colon",
     LEAD + "\n● 주요 협력 분야 : 해양 쓰레기 수거, 어촌 체험 관광",
     ["해양 쓰레기 수거", "어촌 체험 관광"]),
    # rule aside-turns-to-this-one: "한편 이번 협약으로 …" in a late paragraph tells this
    # agreement's duties; "한편 …" of anything else stays an aside
    ("aside-turns-to-this-one: each side's duty after '한편 이번 협약으로'",
     SOFT + "누리소프트 대표는 \"지역과 함께 크겠다\"고 말했다.\n\n한편 이번 협약으로 누리소프트 "
     "직원들은 농번기 일손 돕기에 나서고, 한빛시는 행사 장소를 제공하기로 했다.",
     ["농번기 일손 돕기", "행사 장소를 제공"]),
    ("aside-turns-to-this-one: '한편 협약에 따라' opening a list",
     LEAD + "한편 협약에 따라 양 기관은 청년 창업 교육, 판로 지원 등에 협력한다.",
     ["청년 창업 교육", "판로 지원"]),
    ("not aside-turns-to-this-one: '한편' of another signing with its areas",
     LEAD + "양 기관은 공동 연구에 협력한다. 한편 누리대학교는 지난해 솔빛병원과 협약을 맺고 "
     "의료 봉사에 협력하기로 했다.", ["공동 연구"]),
    # rule aside-then-this-one: "앞서 A는 …했고, 이날 협약에 따라 B는 …": the earlier step in
    # the first clause is no area, the duties after the turn are
    ("aside-then-this-one: each side's duty after '앞서 …했고, 이날 협약에 따라'",
     LEAD + "앞서 한빛시는 주민 설문으로 위험 골목을 찾아 누리대학교에 알렸고, 이날 협약에 따라 "
     "한빛시는 골목 가로등 30개를 설치하고, 누리대학교는 학생 순찰대를 운영하기로 했다.",
     ["골목 가로등 30개를 설치", "학생 순찰대를 운영"]),
    ("aside-then-this-one: the signing day's topic after '앞서 …했고,', one verb for two sides",
     LEAD + "앞서 한빛시는 주민 설문으로 위험 골목을 찾아 누리대학교에 알렸고, 이날 한빛시는 골목 "
     "18곳에 조명 40개를, 누리대학교는 정문 앞에 비상벨 6대를 설치하기로 했다.",
     ["골목 18곳에 조명 40개", "정문 앞에 비상벨 6대를 설치"]),
    # rule bracketed-heads-topic: each party's head in brackets inside a long topic
    ("bracketed-heads-topic: three parties with their heads in brackets, then two duties",
     LEAD + "누리대학교(총장 하다온)ㆍ한빛시(시장 모서윤)ㆍ가온전력 한빛지사 나눔센터(센터장 "
     "도이든)는 이날 협약에 따라 마을 200가구의 낡은 배선을 점검하고 누전차단기를 교체할 예정이다.",
     ["마을 200가구의 낡은 배선을 점검", "누전차단기를 교체"]),
    ("not bracketed-heads-topic: a bracket after the object stays in the item",
     LEAD + "양 기관은 학술 교류(공동 세미나, 워크숍 개최)를 추진하기로 했다.",
     ["학술 교류(공동 세미나, 워크숍 개최)를 추진"]),
    ("not aside-then-this-one: '이날' with no topic after the aside stays an aside",
     LEAD + "양 기관은 공동 연구에 협력한다. 앞서 한빛시는 지난달 골목 가로등 30개를 설치했고, "
     "이날 오후 누리대학교에 결과를 알리기로 했다.", ["공동 연구"]),
    ("not aside-then-this-one: '앞서 …' with no turn to this agreement stays an aside",
     LEAD + "양 기관은 공동 연구에 협력한다. 앞서 한빛시는 지난달 골목 가로등 30개를 설치했고, "
     "누리대학교는 학생 순찰대를 운영하기로 했다.", ["공동 연구"]),
    # rules modified-object and deung-cooperate: a chain of duties in one sentence, its first
    # object modified by a clause of its own ("…을 활용한 A를"), its last closed by
    # "…하는 등 다각적으로 협력한다"
    ("modified-object and deung-cooperate: a chain of three duties",
     LEAD + "양 기관은 협약에 따라 마을 자원을 활용한 관광 상품을 공동 개발하고, 청년 창업팀에 "
     "작업 공간을 지원하며, 입주 기업의 판로 개척을 지원하는 등 다각적으로 협력한다.",
     ["마을 자원을 활용한 관광 상품을 공동 개발", "청년 창업팀에 작업 공간을 지원",
      "입주 기업의 판로 개척을 지원"]),
    ("deung-cooperate: '…하는 등 협력하기로 했다' after one clause",
     LEAD + "두 기관은 지역 축제를 공동 개최하고, 참가 상인을 모집하는 등 협력하기로 했다.",
     ["지역 축제를 공동 개최", "참가 상인을 모집"]),
    ("not deung-cooperate: '…하는 등 노력해 왔다', what one side did before",
     LEAD + "양 기관은 공동 연구에 협력한다. 누리대학교는 그동안 지역 청년 창업을 지원하는 등 "
     "노력해 왔다.", ["공동 연구"]),
    # not own-investment: a spend decided, under the agreement, or beside the other's share
    ("not own-investment: a spend decided ('…들여 짓기로 했다') is a term",
     SOFT + "누리소프트는 300억원을 들여 연구소를 짓기로 했다.", ["300억원을 들여 연구소를 짓기"]),
    ("not own-investment: a spend under the agreement",
     SOFT + "협약에 따라 누리소프트는 300억원을 들여 연구소를 짓는다.",
     ["300억원을 들여 연구소를 짓기"]),
    ("not own-investment: one side's spend beside the other's share",
     SOFT + "양 기관은 공동 연구에 협력한다. 누리소프트는 5억원을 투입해 연구소를 짓고, 한빛시는 "
     "부지를 제공한다.", ["공동 연구", "5억원을 투입해 연구소를 짓기", "부지를 제공"]),
    # not footing: the sides together on the agreement's footing
    ("not footing: both sides' plan on the agreement's footing",
     LEAD + "양 기관은 이번 협약을 바탕으로 청년 창업 지원에 협력할 계획이다.", ["청년 창업 지원"]),
    ("not modified-object: one side's plan with a modified object",
     LEAD + "양 기관은 공동 연구에 협력한다. 한빛시는 누리대학교가 보유한 장비를 활용한 창업 "
     "지원을 내년부터 확대할 계획이다.", ["공동 연구"]),
    # rule contents-clauses-deung: "주요 협약 내용은 A가 X를 짓고, Y를 채용하며, B는 Z를 …하는
    # 것 등이다": the contents as clauses closed by 등, each a duty; a year the duty is due by
    # and a head count with 이상 are its terms (rules deadline-of-duty, headcount-object)
    ("contents-clauses-deung: duties with a deadline, an amount and a head count",
     SOFT + "주요 협약 내용은 누리소프트가 2028년까지 한빛산업단지에 300억원을 투자해 연구소를 "
     "건립하고, 신규 인력 50명 이상을 지역 청년으로 우선 채용하며, 한빛시는 인허가를 신속히 "
     "처리하는 것 등이다.",
     ["한빛산업단지에 300억원을 투자해 연구소를 건립",
      "신규 인력 50명 이상을 지역 청년으로 우선 채용", "인허가를 신속히 처리"]),
    ("deadline-of-duty: a duty decided with the year it is due by",
     SOFT + "누리소프트는 2028년까지 한빛산업단지에 연구소를 건립하고 신규 인력 50명 이상을 "
     "채용하기로 했다.", ["한빛산업단지에 연구소를 건립", "신규 인력 50명 이상을 채용"]),
    ("not deadline-of-duty: one side's plan with a year and a head count",
     SOFT + "양 기관은 공동 연구에 협력한다. 누리소프트는 2028년까지 제2연구소를 짓고 인력 50명 "
     "이상을 채용할 계획이다.", ["공동 연구"]),
    # rule together-present: "A와 B를 함께 한다", the items joined by 와 before the present
    ("two duties joined by 와 before '함께 한다'",
     LEAD + "양 기관은 야간 순찰 협조와 합동 방재훈련을 함께 한다.",
     ["야간 순찰 협조", "합동 방재훈련"]),
    # rule fact-sheet-row: a release's fact sheet rows ("■ 협약 기관 : …", "■ 서명 : …") are
    # no bullets; the list of another mark in the contents row is
    ("fact sheet rows, the areas bulleted in the contents row",
     LEAD + "■ 협약 기관 : 한빛시 / 누리대학교 / 솔빛랩\n■ 서명 : 한빛시장 김다온, 누리대 총장 "
     "박하늘\n■ 협력 분야 : △청년 창업 지원 △공동 연구 △장비 공동 활용",
     ["청년 창업 지원", "공동 연구", "장비 공동 활용"]),
    ("fact sheet rows of day and place, the areas listed in the contents row",
     LEAD + "■ 일시 : 3월 20일 오후 2시\n■ 장소 : 한빛시청 대회의실\n■ 주요 내용 : 청년 창업 "
     "지원, 공동 연구", ["청년 창업 지원", "공동 연구"]),
    # not fact-sheet-row: a bullet whose words only begin like a label, no colon after them
    ("bullets that begin with a label's word but have no colon",
     LEAD + "협력 분야는 ▲일자리 연계 ▲장소 공동 활용 ▲공동 연구 등이다.",
     ["일자리 연계", "장소 공동 활용", "공동 연구"]),
    # rule share-out: "참여 기관은 A, B, C를 나눠 맡는다", the work the sides share among them
    ("three tasks the parties share out, '나눠 맡는다'",
     LEAD + "참여 기관은 골목 순찰, 도시락 배달, 방역 봉사를 나눠 맡는다.",
     ["골목 순찰", "도시락 배달", "방역 봉사"]),
    ("two tasks shared out, '나누어 맡기로 했다'",
     LEAD + "양 기관은 창업 상담과 시제품 제작을 나누어 맡기로 했다.",
     ["창업 상담", "시제품 제작"]),
    ("two tasks shared, '분담한다'",
     LEAD + "두 기관은 공동 연구와 인력 교류를 분담한다.", ["공동 연구", "인력 교류"]),
    # rule per-party-clauses: a list after the next party's topic ("…하고, B는 C와 D를 지원하기로")
    # is that party's one duty, read as a clause like the first party's; the year it is due by
    # opens a decided duty as it opens a present one (rule deadline-of-duty)
    ("one party's deadline duty, the other's duty joined by 과",
     LEAD + "협약에 따라 시는 2030년까지 청년주택 300가구를 건립하고, 대학은 부지 매입과 "
     "인허가 업무를 지원하기로 했다.",
     ["청년주택 300가구를 건립", "부지 매입과 인허가 업무를 지원"]),
    # rule due-term: the part of a year a duty is due in is a term of it, no event
    ("the sides' duty with the quarter it is due in",
     "누리카드는 가온커피와 제휴 카드 출시 협약을 8일 맺었다. "
     "양사는 가온커피 적립 혜택을 담은 카드를 내년 1분기 출시한다.",
     ["가온커피 적립 혜택을 담은 카드를 내년 1분기 출시"]),
    # rule lamp-not-deung: a lamp written as one word (연등, 가로등, 신호등) closes no list
    ("a lantern festival's name in the signing sentence is no list closed by 등",
     "한빛재단은 14일 오후 누리사와 '가온 연등 거리' 공동 운영 협약식을 가졌다. "
     "누리사는 연등 제작을 맡고, 재단은 거리 공연을 기획한다.",
     ["연등 제작", "거리 공연을 기획"]),
    ("a list closed by 등 after a street lamp is still a list",
     LEAD + "양 기관은 가로등 정비, 방범 순찰 등에 협력하기로 했다.",
     ["가로등 정비", "방범 순찰"]),
    # rule township-short: "읍은", "면은" stand for the township office the signing names
    ("'읍은' for the township office the signing sentence names",
     "한빛재단은 14일 가온읍행정복지센터에서 누리사와 공동 운영 협약을 체결했다. "
     "누리사는 연등 제작을 맡는다. 읍은 가로등 전기를 공급하고 교통 통제를 지원한다.",
     ["연등 제작", "가로등 전기를 공급", "교통 통제를 지원"]),
    ("'면은' for the township office that signs",
     "누리사는 14일 가온면사무소와 공동 운영 협약을 체결했다. "
     "누리사는 연등 제작을 맡는다. 면은 행사장 주차를 안내하고 교통 통제를 지원한다.",
     ["연등 제작", "행사장 주차를 안내", "교통 통제를 지원"]),
    ("'면은' with no township office in the signing sentence names no party",
     "누리사는 14일 한빛재단과 공동 운영 협약을 체결했다. "
     "누리사는 연등 제작을 맡는다. 면은 행사장 주차를 안내하고 교통 통제를 지원한다.",
     ["연등 제작"]),
    # rule new-thing-topic: "새 펀드는": what the agreement makes, no party, though its name
    # is in the signing sentence's purpose
    ("a new product as the topic tells no duty",
     "누리증권은 가온자산운용과 해외 펀드 공동 개발을 위한 업무협약을 맺었다. "
     "양사는 배당주 펀드를 공동 개발하고 투자자 세미나를 공동 개최하기로 했다. "
     "새 펀드는 거래소 상장도 검토한다.",
     ["배당주 펀드를 공동 개발", "투자자 세미나를 공동 개최"]),
    ("the product's maker as the topic still tells a duty",
     "누리증권은 가온자산운용과 해외 펀드 공동 개발을 위한 업무협약을 맺었다. "
     "양사는 배당주 펀드를 공동 개발하고 투자자 세미나를 공동 개최하기로 했다. "
     "가온자산운용은 펀드 운용을 맡는다.",
     ["배당주 펀드를 공동 개발", "투자자 세미나를 공동 개최", "펀드 운용"]),
    # round 19 (sister pages): rules heads-pair-topic, after-signing, and benefits granted
    ("rule heads-pair-topic: the two heads by name and title as the topic name the sides",
     "다온대학교(총장 김누리)는 5일 가람구(구청장 이솔)와 협약을 맺었다. "
     "이날 김누리 총장과 이솔 구청장은 주민 코딩 교실 개설과 도서관 공동 이용에 함께 "
     "나서기로 했다.",
     ["주민 코딩 교실 개설", "도서관 공동 이용"]),
    ("NOT rule heads-pair-topic: two people with no title are no heads of the sides",
     "다온대학교(총장 김누리)는 5일 가람구(구청장 이솔)와 협약을 맺었다. "
     "김누리 씨와 이솔 학생은 주민 코딩 교실 개설과 도서관 공동 이용에 함께 나서기로 했다.",
     []),
    ("rule after-signing: the signing told as a time before the list is no item",
     "누리시는 9일 시청에서 한빛대학교와 협약을 체결했다. "
     "양 기관은 협약서를 교환한 뒤 청년 창업 지원과 전통시장 홍보에 협력하기로 했다.",
     ["청년 창업 지원", "전통시장 홍보"]),
    ("NOT rule after-signing: a time of another verb stays inside its item",
     "누리시는 9일 시청에서 한빛대학교와 협약을 체결했다. "
     "양 기관은 교육을 마친 뒤 채용 연계와 전통시장 홍보에 협력하기로 했다.",
     ["교육을 마친 뒤 채용 연계", "전통시장 홍보"]),
    ("benefits granted (감면, 할인) are whole activities: a duty's list splits at 과 and comma",
     "가온군은 2일 군청에서 솔빛병원과 의료협력 협약을 체결했다. "
     "협약에 따라 솔빛병원은 군민 진료비 감면과 홀몸 어르신 수술 우선 지원을 맡고, "
     "가온군은 병원 직원의 군 체육시설 이용료 할인, 축제 때 의료부스 자리 제공을 맡기로 했다.",
     ["군민 진료비 감면", "홀몸 어르신 수술 우선 지원", "병원 직원의 군 체육시설 이용료 할인",
      "축제 때 의료부스 자리 제공"]),
    ("NOT benefits granted: things listed before a duty's verb stay one item",
     "가온군은 2일 군청에서 솔빛병원과 의료협력 협약을 체결했다. "
     "협약에 따라 솔빛병원은 휠체어와 보행 보조기 대여를 맡기로 했다.",
     ["휠체어와 보행 보조기 대여"]),
    ("rule go-on-with: what the sides agree to carry on ('이어가기로 뜻을 모았다') is the list",
     "누리시는 9일 시청에서 한빛대학교와 협약을 체결했다. "
     "양 기관은 자료 공유와 연구 인력 교류를 이어가기로 뜻을 모았습니다.",
     ["자료 공유", "연구 인력 교류"]),
    ("NOT rule go-on-with: guests, no sides, carrying on tell no area",
     "누리시는 9일 시청에서 한빛대학교와 협약을 체결했다. "
     "참석자들은 장학 사업과 봉사 활동을 이어가기로 뜻을 모았다.",
     []),
    ("rule fields-of-one: bare field words before 'X 분야의 …' name one activity's fields",
     "누리구는 9일 구청에서 다온시와 우호교류 협정을 맺었다. "
     "이에 따라 양 도시는 경제, 관광, 청소년 분야의 교류 확대에 힘을 모으기로 했다.",
     ["경제, 관광, 청소년 분야의 교류 확대"]),
    ("NOT rule fields-of-one: a whole activity before 'X 분야의 …' stays an item",
     "누리구는 9일 구청에서 다온시와 우호교류 협정을 맺었다. "
     "이에 따라 양 도시는 장학 지원, 관광 분야의 교류 확대에 힘을 모으기로 했다.",
     ["장학 지원", "관광 분야의 교류 확대"]),
    ("rule deung-groundwork: a chain closed by '등 …계기를 마련했다' under the agreement",
     "가온경찰서는 16일 누리소방서와 업무협약을 맺었다. "
     "이번 협약으로 양 기관은 합동 상황실을 운영하고 재난 정보를 실시간 공유하는 등 공동 대응 "
     "태세를 다지는 계기를 마련했다.",
     ["합동 상황실을 운영", "재난 정보를 실시간 공유"]),
    ("NOT rule deung-groundwork: what the sides did before, told in the past, is no area",
     "가온경찰서는 16일 누리소방서와 업무협약을 맺었다. "
     "양 기관은 지난해 합동 상황실을 운영하고 재난 정보를 공유하는 등 협력의 계기를 마련했다.",
     []),
    ("rule decided-announced: the signing sentence's decision, announced ('…했다고 19일 밝혔다')",
     "가온시는 누리대학교와 협약을 맺고 청년 창업 공간을 함께 운영하기로 합의했다고 19일 밝혔다.",
     ["청년 창업 공간을 함께 운영"]),
    ("NOT rule decided-announced: what was done before, announced, is no decision",
     "가온시는 누리대학교와 협약을 맺고 청년 창업 공간을 운영해 왔다고 19일 밝혔다.",
     []),
    ("rule native-become: a native verb before '게 됩니다' tells a side's duty",
     "한빛정보원은 21일 누리중공업과 협력 양해각서를 체결했습니다. 이에 따라 한빛정보원은 "
     "해저 지형 측량을 맡고, 누리중공업은 측량선 전용 부두를 무상으로 내주게 됩니다.",
     ["해저 지형 측량", "측량선 전용 부두를 무상으로 내주기"]),
    ("NOT next week (내주) read as the verb: a side's schedule stays no area",
     "한빛정보원은 21일 누리중공업과 협력 양해각서를 체결했다. 이에 따라 한빛정보원은 "
     "해저 지형 측량을 맡고, 누리중공업은 내주 중 측량선 부두 설계를 마무리한다.",
     ["해저 지형 측량"]),
    ("rule rhythm-before-verb: how often, between a duty's object and its verb",
     "누리구는 9일 구청에서 다온시와 우호교류 협정을 맺었다. 양 도시는 관광 교류에 힘을 "
     "모으기로 했다. 또 청소년 홈스테이 교환을 해마다 추진하고, 축제에 예술단을 서로 파견한다.",
     ["관광 교류", "청소년 홈스테이 교환", "축제에 예술단을 서로 파견"]),
    ("NOT rule rhythm-before-verb: what a side does every year anyway is no duty",
     "누리복지관은 3일 가온시와 협약을 맺었다. 누리복지관은 해마다 어르신 500명에게 도시락을 "
     "배달한다.",
     []),
    # round 19 (areas19) rule aim-after-deed: the deed, then what it is for after 해/여
    ("a deed's aim after 해 is cut from the duty",
     LEAD + "누리대학교는 실습 장비를 빌려주고 한빛시는 교육비를 지원해 지역 청년들의 취업 "
     "문턱을 낮추는 데 힘을 보탠다. 한빛시는 강사료를 부담해 수강생 부담을 덜기로 했다.",
     ["실습 장비를 빌려주기", "교육비를 지원", "강사료를 부담"]),
    ("a duty whose aim closes its clause is read without the aim",
     LEAD + "한빛시는 유휴 부지를 제공하고, 누리대학교는 빗물 저장 설비를 설치·운영해 하천 범람 "
     "위험을 줄여 나간다.", ["유휴 부지를 제공", "빗물 저장 설비를 설치·운영"]),
    ("two deeds chained by 해 stay one item (not aim-after-deed)",
     LEAD + "양 기관은 폐목재를 수거해 공예 재료로 가공하기로 했다.",
     ["폐목재를 수거해 공예 재료로 가공"]),
    # rule aim-of-duties: after the duties, "…을 살리는 데 힘을 모으기로": their aim
    ("the sides' aim after the duties is no duty",
     LEAD + "한빛시는 점포 임대를 알선하고 누리대학교는 상권 분석을 지원해, 골목 상권을 "
     "되살리는 데 힘을 모으기로 했다.", ["점포 임대를 알선", "상권 분석을 지원"]),
    ("a task before 데 with no aim verb stays (not aim-of-duties)",
     LEAD + "양 기관은 청년 주택을 공급하고 창업 공간을 조성하는 데 힘을 모으기로 했다.",
     ["청년 주택을 공급", "창업 공간을 조성"]),
    # rule unnamed-works: works named by no field beside a concrete one
    ("unnamed works beside a named one: the named one alone",
     LEAD + "양 기관은 다양한 협력 사업을 발굴하고, 우선 하천 생태 조사에 나서기로 했다.",
     ["우선 하천 생태 조사"]),
    ("a purpose and unnamed tasks to find beside a named one",
     LEAD + "두 기관은 지역 관광 발전을 위한 공동 과제를 발굴하는 한편 섬 둘레길 조성에 우선 "
     "협력한다.", ["섬 둘레길 조성에 우선 협력"]),
    ("'공동 연구 과제 발굴' names its field (not unnamed-works)",
     LEAD + "양 기관은 공동 연구 과제 발굴과 연구 장비 공유에 협력하기로 했다.",
     ["공동 연구 과제 발굴", "연구 장비 공유"]),
    # rule expected-effect: a term told before the forecast is still read
    # rule one-content: one item told as the contents, by a copula
    ("one item as the main contents",
     LEAD + "주요 협약 내용은 관내 경로당 무료 안전 점검이다.", ["관내 경로당 무료 안전 점검"]),
    ("one deed told as a thing under 골자",
     LEAD + "협약의 골자는 폐교를 고쳐 주민 쉼터로 내주는 것이다.",
     ["폐교를 고쳐 주민 쉼터로 내주는 것"]),
    ("one item as the agreement's core",
     LEAD + "이날 맺은 협약은 공공 자전거 정비 인력 양성이 핵심이다.",
     ["공공 자전거 정비 인력 양성"]),
    # rule day-then-activity: the day, then the first item cut at its 과
    ("the day before the first item of the signing's contents",
     "가람군은 9일 마을 축제 공동 개최와 특산물 홍보를 주요 내용으로 하는 협약을 누리농협과 "
     "체결했다.", ["마을 축제 공동 개최", "특산물 홍보"]),
    ("a partner's name ending in a noun of doing is no item (not day-then-activity)",
     "가람군은 9일 한빛 도시개발과 마을 축제 공동 개최, 특산물 홍보 등을 내용으로 하는 협약을 "
     "체결했다.", ["마을 축제 공동 개최", "특산물 홍보"]),
    # rule marked-contents-colon: the heading behind one symbol mark
    ("a contents heading behind a mark, its list after the colon",
     LEAD + "◆주요 협력 분야: 하천 정화 활동, 생태 탐방로 관리\n양 기관 관계자 10명이 참석했다.",
     ["하천 정화 활동", "생태 탐방로 관리"]),
    # rule contents-held-passive: "협약에는 A와 B가 담겼다"
    ("the contents held, told in the passive",
     LEAD + "협약에는 도서관 장서 공동 활용 방안과 독서 동아리 지원 방안이 담겼다.",
     ["도서관 장서 공동 활용 방안", "독서 동아리 지원 방안"]),
    ("the second agreement's own contents (not earlier-agreement-topic)",
     LEAD + "2차 협약에는 물류 창고 공동 운영과 배송 인력 교육이 담겼다.",
     ["물류 창고 공동 운영", "배송 인력 교육"]),
    # cues.COOP_VERB "손발을 맞추": working in step is cooperating
    ("a list the sides work in step on",
     LEAD + "양 기관은 하천 수질 측정, 녹조 예찰 등에서 손발을 맞추기로 했다.",
     ["하천 수질 측정", "녹조 예찰"]),
    # LEAD_ADVERBIAL "협약 내용을 보면": the opener, not the first duty's object
    ("the duties after '협약 내용을 보면'",
     LEAD + "협약 내용을 보면 한빛시는 실습 농장을 빌려주고 누리대학교는 영농 교육을 맡는다.",
     ["실습 농장을 빌려주기", "영농 교육"]),
    # rule contents-reported: "내용은 A, B 등으로 알려졌다"
    ("the contents as reported",
     LEAD + "세부 협력 내용은 빈집 정비, 귀촌인 주거 상담 등으로 알려졌다.",
     ["빈집 정비", "귀촌인 주거 상담"]),
    # rule about: "A와 B에 대해 뜻을 같이했다"
    ("a list the sides are of one mind about",
     LEAD + "양 기관은 하천 쓰레기 수거와 생태 교육에 대해 뜻을 같이했다.",
     ["하천 쓰레기 수거", "생태 교육"]),
    # rule run: "A와 B를 함께 할 것을 약속했다"
    ("a list done together, promised with 할 것을",
     LEAD + "양 기관은 텃밭 체험과 요리 교실을 함께 할 것을 약속했다.", ["텃밭 체험", "요리 교실"]),
    # rule contents-nominal: the contents in a nominal sentence closed by 등.
    ("the contents in a sentence with no verb",
     LEAD + "협약 주요 내용은 마을 버스 노선 조정, 교통 약자 이동 지원 등.",
     ["마을 버스 노선 조정", "교통 약자 이동 지원"]),
    # rule activities-with-genitive: a whole activity each side of 과, 의 inside the right one
    ("two whole activities joined by 과, a genitive inside the second",
     LEAD + "양 기관은 연간 10명의 연구원 파견과 5억원 규모의 공동 기금 조성에 합의했다.",
     ["연간 10명의 연구원 파견", "5억원 규모의 공동 기금 조성"]),
    # rule deed-project: "…를 …는 사업" is a whole activity on the left of 과
    ("a project told by its deed, then an activity with a genitive, joined by 과",
     LEAD + "양 기관은 폐교를 마을 도서관으로 고치는 사업과 귀촌 가정의 정착 지원에 함께 "
     "나선다.", ["폐교를 마을 도서관으로 고치는 사업", "귀촌 가정의 정착 지원"]),
    ("NOT rule deed-project: a project with no deed of its own stays one item",
     LEAD + "양 기관은 군이 추진하는 사업과 대학의 연구 지원에 함께 나선다.",
     ["군이 추진하는 사업과 대학의 연구 지원"]),
    # rule chained-deed: a connective 아/어 inside an item's clause before the noun it modifies
    ("items worded as clauses, the first chaining two verbs with 해",
     LEAD + "양 기관은 마을 회관에 공기청정기를 설치해 어르신 건강을 돌보는 일, 폭염 때 무더위 "
     "쉼터를 운영하는 일을 함께 하기로 했다.",
     ["마을 회관에 공기청정기를 설치해 어르신 건강을 돌보는 일",
      "폭염 때 무더위 쉼터를 운영하는 일"]),
    ("an item chaining a verb with its helper (빌려줘), joined by 과",
     LEAD + "양 기관은 실습 장비를 빌려줘 학생을 가르치는 사업과 복지 정책 연구를 함께 하기로 "
     "했다.", ["실습 장비를 빌려줘 학생을 가르치는 사업", "복지 정책 연구"]),
    ("NOT rule chained-deed: a means before a duty's own verb is no modifier's clause",
     LEAD + "양 기관은 드론을 띄워 산불을 감시하고, 결과를 공유하기로 했다.",
     ["드론을 띄워 산불을 감시", "결과를 공유"]),
    ("two activities bound by a purpose to one noun stay one (not activities-with-genitive)",
     LEAD + "양 기관은 숲길의 꼼꼼한 관리와 등산객의 안전 확보를 위한 앱 개발에 협력한다.",
     ["숲길의 꼼꼼한 관리와 등산객의 안전 확보를 위한 앱 개발"]),
    ("a term agreed before the forecast of its effect stays",
     LEAD + "양 기관은 이번 협약으로 산림 교육 교재 개발을 합의했으며, 이에 따라 한빛시는 "
     "숲 체험객이 늘어날 것으로 기대하고 있다.", ["산림 교육 교재 개발"]),
    # rule examples-then-joined: examples before 등 name the first of two whole activities
    # joined by 과, the second is an item of its own
    ("examples before 등 then two activities joined by 과, a duty",
     SOFT + "누리소프트는 한빛시에 연구소를 옮기고, 시는 건축 인허가 등 행정 지원과 기반시설 "
     "조성 지원을 맡는다.",
     ["한빛시에 연구소를 옮기기", "건축 인허가 등 행정 지원", "기반시설 조성 지원"]),
    ("NOT rule examples-then-joined: things joined by 과 after 등 stay one",
     SOFT + "시는 장비, 인력 등 물적 자원과 인적 자원을 지원한다.",
     ["장비, 인력 등 물적 자원과 인적 자원"]),
    # rule relative-clause-object: a relative verb in 는 after its complement is no topic
    ("a duty whose object holds a relative clause, a noun in 가 after it",
     LEAD + "시는 대학에서 여는 전문가 특강 비용을 지원하고, 누리대학교는 강의실을 무료로 "
     "개방한다.", ["대학에서 여는 전문가 특강 비용을 지원", "강의실을 무료로 개방"]),
    ("NOT rule relative-clause-object: a term with its topic and subject is no duty",
     LEAD + "시는 연구비를 지원하고, 연구 성과물은 양 기관이 공동 소유한다.", ["연구비를 지원"]),
    # the native verbs of doing (펼친다, 벌인다) after a list of activities
    ("a party's volunteers do two activities told by 벌인다",
     SOFT + "시는 판로를 열어주고, 누리소프트 사원 봉사단은 격주로 경로당 말벗 봉사와 도시락 "
     "배달 활동을 벌인다.",
     ["판로를 열어주기", "격주로 경로당 말벗 봉사", "도시락 배달 활동"]),
    ("the sides do two activities told by 펼친다",
     LEAD + "양 기관은 청년 창업 교육과 멘토링 활동을 함께 펼친다.",
     ["청년 창업 교육", "멘토링 활동"]),
    ("NOT: activities a party did last year (펼쳤다) add none",
     SOFT + "시는 판로를 열어주고, 누리소프트는 청년 고용을 늘린다. 누리소프트는 지난해에도 "
     "경로당 말벗 봉사와 도시락 배달 활동을 펼쳤다.", ["판로를 열어주기", "청년 고용을 늘리기"]),
    # rule activity-project: "X 개선 사업" is an activity, so a comma list of activities
    # before the verb splits
    ("an activity, then an activity's project, before 추진한다",
     LEAD + "양 기관은 협약을 통해 하천변 산책로 정비, 어린이 통학로 안전 개선 사업을 추진한다.",
     ["하천변 산책로 정비", "어린이 통학로 안전 개선 사업"]),
    ("NOT rule activity-project: things listed before one project stay one",
     SOFT + "양 기관은 통신망, 서버, 관제 시스템 구축 사업을 추진한다.",
     ["통신망, 서버, 관제 시스템 구축 사업"]),
    # rule counted-contents: the count and the list in one sentence, a comma between
    ("the contents counted, then listed after a comma",
     SOFT + "협약의 골자는 모두 두 가지인데, 스마트 농장 기술 이전과 농가 판로 개척이다.",
     ["스마트 농장 기술 이전", "농가 판로 개척"]),
    ("NOT rule counted-contents: the count, then no list",
     SOFT + "협약 내용은 크게 세 가지로, 세부 사항은 다음 달 발표한다.", []),
    # rule agreeing-agreement: the agreement named in the signing by what it agrees on
    ("the signing of an agreement that agrees on two activities",
     "가온군은 12일 누리농협과 농산물 공동 판매와 저온 창고 공유에 합의하는 업무협약을 "
     "체결했다.", ["농산물 공동 판매", "저온 창고 공유"]),
    ("NOT rule agreeing-agreement: agreeing on cooperation itself names no field",
     "가온군은 12일 누리농협과 상호 협력에 합의하는 업무협약을 체결했다.", []),
    ("NOT rule agreeing-agreement: an earlier agreement's terms",
     "가온군과 누리농협은 지난해 가을 창고 공유에 합의하는 협약을 맺은 바 있다. 두 기관은 "
     "12일 군청에서 판로 협약을 체결했다.", []),
    # rule aim-after-deed with making known (알린다) as the aim: the deed before it is the item
    ("a deed told as the means of making something known, after 아울러",
     LEAD + "양 기관은 청년 창업 교육에 협력하기로 했다. 아울러 창업 박람회를 공동 개최해 지역 "
     "창업 기업의 제품을 이웃 시민들에게 알린다.", ["청년 창업 교육", "창업 박람회를 공동 개최"]),
    ("NOT rule aim-after-deed: making known with no deed before it is the duty itself",
     LEAD + "시는 행사 일정을 시민들에게 알리고, 대학은 강사를 보낸다.",
     ["행사 일정을 시민들에게 알리기", "강사를 보내기"]),
    # rule duty-as-manner: "B는 X를 하는 방식으로 … 데 힘을 모은다": X is B's duty
    ("a side's duty told as the manner of the aim both work at",
     SOFT + "누리소프트는 노트북 50대를 기증하고 한빛시는 교육 공간을 마련하는 방식으로 "
     "어르신들의 디지털 격차를 줄이는 데 힘을 모은다.", ["노트북 50대를 기증", "교육 공간을 마련"]),
    ("NOT rule duty-as-manner: a manner of saving cost, no aim worked at together",
     SOFT + "양 기관은 재료를 함께 사는 방식으로 비용을 줄인다.", []),
    # rule rhythm-only: how often, and a verbal noun with no field, is no item
    ("NOT rule rhythm-only: an exchange told only by how often",
     SOFT + "양 기관은 청년 일자리 박람회를 공동 개최하고 수시로 교류하기로 했다.",
     ["청년 일자리 박람회를 공동 개최"]),
    ("rule rhythm-only keeps an exchange that names its field",
     SOFT + "양 기관은 청년 일자리 박람회를 공동 개최하고 매달 기술 교류를 하기로 했다.",
     ["청년 일자리 박람회를 공동 개최", "기술 교류"]),
    # rule subject-party-pair: a party named with 이/가 as the first duty's subject, the
    # other party's topic after it
    ("a party as the subject of its duty (가), the other's topic after it",
     LEAD + "누리대학교가 야간 강좌 개설을 맡고, 시는 강의실 대여를 담당한다.",
     ["야간 강좌 개설", "강의실 대여"]),
    ("NOT rule subject-party-pair: a subject that is no party tells no duty",
     LEAD + "수강생이 해마다 줄고, 시는 강의실 대여를 걱정한다.", []),
    # round 21 (areaframes batch 4, probed) rule chained-modifier: two verbs of one object
    # joined by 하고/하며, the second modifying the noun the clause's verb acts on
    ("two verbs of one object before the noun they modify ('발굴하고 육성하는 N을'): one item",
     LEAD + "양 기관은 지역 청년 예술가를 발굴하고 육성하는 공모전을 함께 열기로 했다.",
     ["지역 청년 예술가를 발굴하고 육성하는 공모전을 함께 열기"]),
    ("the same with a doer inside the modifier ('주민이 기획하고 운영하는 N을')",
     LEAD + "양 기관은 주민이 직접 기획하고 운영하는 골목 축제를 지원한다.",
     ["주민이 직접 기획하고 운영하는 골목 축제를 지원"]),
    ("the same as one side's duty, the other side's duty after it",
     LEAD + "누리대학교는 창업 동아리를 선발하고 지원하는 과정을 운영하고, 시는 사무 공간을 "
     "제공한다.", ["창업 동아리를 선발하고 지원하는 과정을 운영", "사무 공간을 제공"]),
    ("NOT rule chained-modifier: two sides' duties joined by 하고 stay two",
     LEAD + "누리대학교는 교육과정을 개발하고 시는 수강생을 모집한다.",
     ["교육과정을 개발", "수강생을 모집"]),
    ("NOT rule chained-modifier: a chain modifying whom the duty is for stays out of it",
     LEAD + "누리대학교는 연수를 완료하고 수료한 주민에게는 창업 자금을 우선 배정한다.",
     ["창업 자금을 우선 배정"]),
    # round 21 (areaframes batch 4) rule doer-in-modifier: a subject that is no party, its
    # clauses chained by 고/며 up to a modifier and the object it modifies: one item
    ("a doer's clauses inside the modifier of the object ('학생들이 … 배우고 … 탐색하는 과정을')",
     LEAD + "양 기관은 학생들이 지역 공방을 찾아가 기술을 배우고 진로를 살피는 체험 과정을 함께 "
     "운영하기로 했다.",
     ["학생들이 지역 공방을 찾아가 기술을 배우고 진로를 살피는 체험 과정을 함께 운영"]),
    ("the same over three clauses, with a comma inside a place list",
     LEAD + "양 기관은 시민 기자단이 마을 회관, 경로당에서 어르신을 만나며 옛이야기를 모으고 "
     "영상으로 남기는 기록 사업을 함께 펼친다.",
     ["시민 기자단이 마을 회관, 경로당에서 어르신을 만나며 옛이야기를 모으고 영상으로 남기는 "
      "기록 사업"]),
    ("NOT rule doer-in-modifier: each side as topic keeps its own duty",
     LEAD + "누리대학교는 학생이 참여하는 봉사단을 꾸리고, 시는 활동비를 지원한다.",
     ["학생이 참여하는 봉사단을 꾸리기", "활동비를 지원"]),
    ("NOT rule doer-in-modifier: a condition ('학생이 창업하면') is no modifier of an object",
     LEAD + "시는 학생이 창업하면 초기 자금을 지원하고, 누리대학교는 창업 교육을 맡는다.",
     ["학생이 창업하면 초기 자금을 지원", "창업 교육"]),
    # round 21 (areaframes batch 4, probed) rule decided-remarked: the reporter's remark on
    # a decision ("…하기로 해 눈길을 끈다") and the decision's light verb ("…하기로 하고")
    # are no part of the deed
    ("a decision with the reporter's remark ('…하기로 해 눈길을 끈다'): the deed alone",
     LEAD + "특히 누리대학교는 목공 강좌를 정규 교과목으로 개설하기로 해 눈길을 끈다.",
     ["목공 강좌를 정규 교과목으로 개설"]),
    ("the same with '…키로 해 관심을 모은다'",
     LEAD + "양 기관은 시민 강좌 수강료를 절반으로 낮추키로 해 관심을 모은다.",
     ["시민 강좌 수강료를 절반으로 낮추"]),
    ("'…하기로 하고, …': the decision's light verb is cut, the next duty read",
     LEAD + "양 기관은 목공 강좌를 함께 개설하기로 하고 강사 선발도 공동으로 맡기로 했다.",
     ["목공 강좌를 함께 개설", "강사 선발"]),
    ("NOT rule decided-remarked: an effect after '…하기로 해' is no remark to cut, no item",
     LEAD + "양 기관은 수강료 절반을 지원하기로 해 주민들의 부담이 줄게 됐다.", []),
    # round 21 (areaframes batch 4) activity_nouns.txt 알선: a brokering is an activity
    ("a side's support and brokering joined by 과 ('행정 지원과 부지 알선을 맡고'): two duties",
     LEAD + "시는 행정 지원과 창업 공간 알선을 맡고, 누리대학교는 창업 멘토링을 맡는다.",
     ["행정 지원", "창업 공간 알선", "창업 멘토링"]),
    ("NOT 알선 as an activity: things brokered joined by 과 stay one item",
     LEAD + "시는 장비와 인력 알선을 맡는다.", ["장비와 인력 알선"]),
    ("NOT rule chained-modifier: a chain whose doer is a party left out",
     LEAD + "한빛시 혹은 누리대학교가 개발하고 제안하는 사업을 함께 추진할 수 있다.", []),
]


# Sentences after the agreement's own list that state no area of it: each is appended to a
# base article whose one area is "공동 연구"; nothing else may be read.
BASE = LEAD + "양 기관은 공동 연구에 협력하기로 했다. "
NOT_AREAS = [
    # round 19 (sister pages) rule settled-by-talks: what the sides will settle between them
    # later (a schedule, by consultation) is how they work, no area
    ("a schedule to be settled by the sides' consultation",
     "또 세부 사업 일정은 분기마다 실무 협의로 정하고, 성과는 공동으로 알려 나갈 계획이다."),
    # round 18 (areascensus18) rule figures-listed: bullets that each end in a count are
    # figures of what there is, not fields; rule not-areas-topic: one body's yearly work plan
    ("bullets of counts under a topic that names nothing agreed",
     "시에 따르면 관내 사업체는 ▲음식점 820곳 ▲숙박업 140곳 ▲제조업 95곳 등이다."),
    ("bullets of households counted, closed by 등이다",
     "군 집계로 관내 농가는 ▲논벼 2100가구 ▲시설 채소 640가구 ▲한우 사육 310가구 등이다."),
    ("bullets of one body's running programmes after '추진 중인 사업은'",
     "가람군이 추진 중인 사업은 ▲청년 창업 지원센터 건립 ▲농촌 유학 마을 등이다."),
    ("bullets of one body's running programmes after '운영 중인 프로그램은'",
     "시가 운영 중인 프로그램은 ▲어르신 요가 ▲청소년 코딩 교실 등이다."),
    ("numbered lines of one body's work plan after '업무계획은 다음과 같다'",
     "\n올해 한빛시 주요 업무계획은 다음과 같다.\n1. 하천 정비\n2. 시립 미술관 건립\n"),
    # round 18 (areas18b) rule purpose-agreed: a climate to make, a level to raise, a gap to
    # close, before "…하는 데 뜻을 모았다 / 힘을 모으기로 했다"
    ("a climate to make before 데 뜻을 모았다",
     "양 기관은 청년들이 마음껏 도전할 수 있는 창업 생태계를 조성하는 데 뜻을 모았다."),
    ("a field to enliven before 데 힘을 모으기로 했다",
     "두 기관은 침체된 골목 상권을 활성화하는 데 힘을 모으기로 했다."),
    ("a gap to close before 데 힘을 모으기로 했다",
     "양 기관은 이를 통해 읍면 지역의 돌봄 격차를 해소하는 데 힘을 모으기로 했다."),
    ("a level to raise before 데 힘을 모으기로 했다",
     "양측은 섬 관광의 경쟁력을 높이는 데 힘을 모으기로 했다."),
    ("a place to make, told by a long relative clause",
     "두 기관은 아이를 낳고 기르기 좋은 마을을 만드는 데 힘을 모으기로 했다."),
    ("a way to be found later",
     "양측은 실무 협의를 거쳐 구체적인 협력 방안을 마련하는 데 뜻을 모았다."),
    ("a good to reach by 도모",
     "양 기관은 지역 경제 활성화를 도모하는 데 뜻을 모았다."),
    # rule general-aim-item: a good the sides wish for, a task named only as their shared aim
    ("a good life wished for beside a field's growth",
     "양 기관은 농촌 주민 삶의 질 향상과 지역 균형 발전에 힘을 모으기로 했다."),
    ("a community to come true",
     "두 기관은 이웃이 서로 돌보는 따뜻한 공동체 실현에 힘을 모은다."),
    ("a shared task named by 이라는",
     "양 기관은 인구 감소 위기 극복이라는 공동 과제 해결에 나선다."),
    # the rest of that census: purposes, one side's plans and background that main already
    # left out, ending the same ways
    ("a purpose by 도모 with a long object",
     "두 기관은 상호 신뢰를 토대로 지역 사회의 지속 가능한 발전을 도모하는 데 뜻을 모았다."),
    ("a purpose told by 이라는 공동의 목표 아래",
     "두 기관은 ESG 경영 확산과 탄소중립 실현이라는 공동의 목표 아래 긴밀히 협력하기로 했다."),
    ("a hoped result before 협력하기로 했다",
     "양 기관은 이번 협약이 지역 농가의 소득 증대로 이어질 수 있도록 적극 협력하기로 했다."),
    ("keeping the agreement itself",
     "양 기관은 협약 내용을 성실히 이행하는 데 뜻을 모았다."),
    ("one side's own new department",
     "누리대학교는 올해 하반기 인공지능 융합 학과 신설을 추진한다."),
    ("one side's own camp next month",
     "누리대학교는 다음 달 지역 고교생을 대상으로 한 진로 캠프 운영에 나선다."),
    ("one side's own build-up with its cost",
     "한빛시는 2028년까지 총사업비 300억 원을 들여 스마트 물류 단지 조성을 추진한다."),
    ("what one side took up last year",
     "한빛시는 앞서 지난해 하반기부터 원도심 빈 점포 재생 사업에 나섰다."),
    ("what one side has run for years",
     "한빛시는 지난 2021년부터 청년 주거 지원과 일자리 연계 사업을 추진해 왔다."),
    # rule apart-from-this, rule vague-works
    ("one side's programme told apart from the agreement",
     "한빛시는 이와 별도로 어르신 건강 증진을 위한 걷기 좋은 길 만들기 사업을 추진한다."),
    ("works left unnamed",
     "양 기관은 지역 경제에 보탬이 되는 방향으로 다양한 협력 사업을 추진한다."),
    # rule activity-section-noun: an office's section ("일자리지원과") named outside any list
    ("an office's section before its staff",
     "한빛시 일자리지원과 관계자는 청년 상담이 늘 것이라고 말했다."),
    ("an office's section among the guests",
     "협약식에는 한빛시 일자리지원과 직원과 누리대학교 교수들이 참석했다."),
    # rule together-ahead: without 함께, or without 앞으로/향후 opening it, no list
    ("'매주 A와 B를 함께한다': no 앞으로", "매주 청년 주거 상담과 일자리 안내를 함께한다."),
    ("'앞으로 A와 B를 계속한다': no 함께", "앞으로 청년 주거 상담과 일자리 안내를 계속한다."),
    # rule agenda-to-find: the agenda the sides will still work out is no area
    ("a working body to find the concrete agenda, the next step",
     "양 기관은 앞으로 실무협의체를 구성해 구체적인 협력 과제를 발굴하고 세부 사항을 논의할 "
     "예정이다."),
    # rule note-mark-lines: a run of notes each opened by ※ is no list
    ("※ note lines",
     "\n※ 자세한 내용은 한빛시 누리집에서 확인할 수 있다.\n※ 문의: 한빛시 일자리정책과"),
    ("※ note lines of facts",
     "\n※ 이번 협약은 지난해 맺은 협약을 넓힌 것이다.\n※ 두 기관은 2019년부터 교류해 왔다."),
    # not fact-sheet-row: the rows of who and when alone state no area
    ("fact sheet rows of parties and signers",
     "\n■ 협약 기관 : 한빛시 / 누리대학교\n■ 서명 : 한빛시장 김다온, 누리대 총장 박하늘"),
    # not share-out: the roles at the ceremony, told in the past, are no work shared out
    ("the ceremony's roles the heads shared",
     "양 기관 대표는 협약식 사회와 축사를 나눠 맡았다."),
    ("the ceremony's roles staff share, the parties not the topic",
     "행사 진행과 통역은 두 기관 직원들이 나눠 맡는다."),
    ("a meal the heads had together after the signing",
     "양 기관 대표는 협약식 뒤 오찬을 함께 했다."),
    ("one side's plan with its year is no duty",
     "시는 2030년까지 청년주택 300가구를 건립할 계획이다."),
    ("one side's own opening with the half-year it is due in",
     "누리대학교는 내년 상반기 제2캠퍼스를 개교한다."),
    ("one side's own opening within the year",
     "누리대학교는 연내 창업보육센터를 개소한다."),
    # rule hearsay: what is told or known of a side ("…된 것으로 전해지며") is no duty
    ("a side's founding told as hearsay",
     "누리대학교는 조선 때 세워진 서당에서 비롯된 것으로 전해지며 본관은 문화유산이다."),
    ("a side's founding told as known",
     "누리대학교는 조선 때 세워진 서당에서 비롯된 것으로 알려지며 본관은 문화유산이다."),
    ("what each company makes (rule definition)",
     "누리소재는 생분해 포장재를, 한솔섬유는 재생 섬유를 만드는 회사다."),
    ("what a company produces (rule definition)",
     "누리소재는 생분해 포장재와 완충재를 생산하는 기업이다."),
    ("two lawmakers' own plans are no parties' duties",
     "세 의원은 지역 예산 확보와 법 개정을 추진할 계획이다."),
    ("a party's programme under way",
     "누리대학교는 지난 5월 교육부 사업에 선정돼 지역 기업 연계 현장실습, 창업 동아리 육성 등을 "
     "추진 중이다."),
    ("an earlier agreement told in passing",
     "앞서 한빛시는 지난 3월 가람대와 청년 창업 지원, 지역 축제 공동 홍보 등에 협력하기로 하는 "
     "협약을 맺었다."),
    ("an earlier agreement dated by its year",
     "두 기관은 2019년 지역 인재 양성과 평생교육 강좌 운영에 협력하는 협약을 맺은 바 있다."),
    ("a party's past results",
     "누리대학교는 그동안 지역 기업 200곳과 현장실습, 취업 연계 등을 추진해 왔다."),
    ("background about a party",
     "누리대학교는 반도체, 이차전지 등 첨단 분야 특성화 학과를 운영하고 있다."),
    ("the ceremony's programme",
     "협약식은 경과보고, 협약서 서명, 기념촬영 순으로 진행됐다."),
    ("a quoted wish",
     "한빛시장은 \"청년 창업과 현장실습에 최선을 다하겠다\"고 말했다."),
    ("a city's own plan, written '시는'",
     "시는 올해 청년 정책 박람회를 열고 창업 캠프를 운영할 예정이다."),
    ("a party's own plan",
     "한빛시는 앞으로 청년 일자리 박람회, 창업 캠프 등을 확대할 계획이다."),
    ("the term of the agreement",
     "협약 기간은 3년이며, 양 기관이 이의가 없으면 1년씩 자동 연장된다."),
    ("what the sides have kept up since an earlier twinning",
     "두 기관은 2015년 자매결연을 맺은 이후 학생 캠프, 교직원 연수 등 다양한 교류를 이어왔다."),
    ("how the sides will work out the details",
     "양 기관은 앞으로 실무협의회를 꾸려 구체적인 실행 방안을 마련할 예정이다."),
    # rule own-investment: what one side spends of its own, told in the present
    ("one side's investment told in the present ('…억원을 들여 … 짓는다')",
     "누리대학교는 2028년까지 가온캠퍼스에 500억원을 들여 연구동을 짓는다."),
    ("one side's investment with 투입해",
     "한빛시는 내후년까지 30억원을 투입해 청년센터를 세운다."),
    # rule footing: the agreement as the footing of one side's next step
    ("one side's next step on the agreement's footing ('협약을 바탕으로 … 계획이다')",
     "누리대학교는 이번 협약을 바탕으로 교육부 공모에 도전할 계획이다."),
    ("one side's next step on the agreement as a springboard",
     "한빛시는 이번 협약을 발판으로 국제 박람회 유치에 나설 예정이다."),
    ("a party's own plan that the agreement only occasions",
     "누리대학교는 이번 협약을 계기로 내년부터 재학생 창업 캠프를 추진할 방침이다. "
     "또 졸업생 대상 창업 강좌도 마련할 예정이다."),
    ("what a party achieved that day, in any past verb",
     "누리대학교는 이날 박람회에서 지역 기업 20곳과 함께 홍보관을 운영해 큰 성과를 올렸다."),
    ("the agreement's purpose, with fields named inside it",
     "이번 협약은 두 기관의 시설을 함께 써 문화·체육·평생학습 등 여러 분야에서 협력 기반을 "
     "다지고 주민 삶의 질을 높이는 데 목적이 있다."),
    ("the agreement's purpose, told as why it was made",
     "이번 협약은 청년 창업 지원과 지역 축제 홍보에 힘을 모으기 위해 마련됐다."),
    ("a party's policy decided before the signing",
     "한빛시는 지난달 청년정책 기본계획을 발표하고 5년간 1000억원을 투입하기로 했다."),
    ("what the sides did together before, told in the past",
     "양 기관은 지난 2년간 청년 멘토링, 지역 축제 자원봉사 등을 함께 진행하며 신뢰를 쌓았다."),
    ("a party's background: a count of what it runs, in the present tense",
     "누리대학교는 공학, 인문, 예술 등 8개 학과를 운영한다."),
    ("a city's background: the centres it runs",
     "한빛시는 5개 권역에 12개 복지관을 운영한다."),
    ("the hope for what the agreement brings",
     "이번 협약으로 지역 청년들이 교육과 취업, 정착까지 한 번에 지원받을 수 있을 것으로 "
     "기대된다."),
    ("sentences on lines of their own after a lead-in are no unmarked list",
     "협약의 의미는 다음과 같다.\n시는 청년 정책을 넓힌다.\n대학은 지역과 함께 큰다."),
    ("what the sides did the year before ('지난해에도 …을 함께 추진했다')",
     "양 기관은 지난해에도 청년 멘토링, 취업 박람회 등을 함께 추진했다."),
    ("a forecast of the fields under a topic of fields ('…등으로 확대될 전망이다')",
     "협력 분야는 앞으로 문화, 체육 등으로 확대될 전망이다."),
    ("how the sides check the progress ('…추진 상황을 점검하기로 했다')",
     "두 기관은 분기마다 실무 회의를 열어 추진 상황을 점검하기로 했다."),
    ("a party's head quoting the duties as his wish",
     "군수는 “재단은 저소득 가정에 생필품을 지원하고, 군은 대상 가구를 추천한다”고 말했다."),
    ("what a thing the agreement sets up is part of ('…을 살피는 생활 안전 사업의 일환이다')",
     "반려견 산책단은 하천 둔치와 놀이터를 반려견과 함께 걸으며 가로등 고장과 위험 시설을 "
     "살피는 생활 안전 사업의 일환이다."),
    ("the body and rules that run the agreement ('전담 기구와 규약을 두기로')",
     "두 기관은 분기마다 점검 회의를 열기로 했으며, 협약 이행을 위해 전담 기구와 규약을 "
     "두기로 했다."),
    ("inline bullets of what a party gave before, in the past",
     "누리대학교는 지난해 ▲창업 동아리 ▲해외 연수를 지원했다."),
    ("inline bullets of what a body that is no party gives",
     "정부는 이들 대학에 ▲연구비 ▲장학금을 지원한다."),
    ("not also-run: people who also take part ('시민들도 함께 참여하기로 했다')",
     "시민들도 함께 참여하기로 했다."),
    ("not also-in: a party's own plan told with 에서도 ('…에서도 함께할 계획이다')",
     "한빛시는 내년 축제에서도 청년 부스를 함께 열 계획이다."),
    ("a head count at the ceremony, no duty",
     "협약식에는 지역 청년 50명을 초청하고 기념 공연을 열었다."),
    ("after the quotes, one party's schedule from a start of its own ('2학기부터 … 늘린다')",
     "한빛시장은 \"청년이 머무는 도시를 만들겠다\"고 말했다.\n"
     "누리대학교는 2학기부터 실습 협력학교를 20곳으로 늘린다."),
    ("one party's schedule naming a body of the tie ('협력업체'), not cooperating",
     "누리대학교는 다음 학기부터 협력업체 현장실습을 30곳으로 넓힌다."),
    ("dash items under a bracketed heading that is no list of the agreement's",
     "\n\n[한빛시 하반기 일정]\n- 청년 박람회 개최\n- 창업 캠프 운영"),
    ("dash items of one party's plan apart from the agreement, closed on the next line",
     "\n누리대학교는 협약과 별도로 내년 상반기까지\n- 제2캠퍼스 증축\n- 연구소 인력 확충\n"
     "을 마무리할 계획이다."),
    ("dash items of one party's plan, its topic followed by an adverb",
     "\n누리대학교는 앞으로\n- 제2캠퍼스 증축\n- 연구소 인력 확충\n을 마무리할 계획이다."),
    # rule attachments: what a press release comes with, numbered after 붙임, 첨부 or 별첨
    ("a release's attachments after 붙임",
     "\n\n붙임  1. 협약식 사진 2매\n      2. 누리대학교 현황 1부.  끝."),
    ("a release's attachments after [첨부] on a line of its own",
     "\n\n[첨부]\n1. 협약서 사본\n2. 행사 사진"),
    # rule contents-colon-line reads only the contents: not a contact line, nor a photo's
    ("a ■ contact line with a colon (not contents-colon-line)",
     "\n\n■ 문의: 한빛시 일자리정책과, 담당 김다온"),
    ("a ▲ caption naming the contents, with who stands where",
     "\n\n▲ 협약 내용: 박다온 시장(오른쪽)과 최누리 총장이 협약서를 들어 보이고 있다."),
    # round 19 (areas19) rule unnamed-works: works, fields or ways named by no field
    ("works still to be found, named by no field",
     "두 기관은 앞으로 여러 분야에서 새로운 협력 사업을 발굴하기로 했다."),
    ("shared interests and ways to find",
     "양 기관은 상호 관심 분야에서 실질적인 협력 방안을 모색하기로 했다."),
    ("a purpose and unnamed ways to find",
     "양 기관은 지역 상생을 위한 다양한 협력 방안을 마련하기로 했다."),
    # rule one-content: not the duties announced, nor a term, nor the purpose
    ("the gist announced as the division of roles",
     "협약의 골자는 역할 분담이다."),
    ("the term of the agreement after a topic like the contents",
     "협약 기간은 체결일로부터 2년이다."),
    ("the purpose told as the agreement's gist",
     "협약의 핵심은 지역 인재가 지역에 남도록 하기 위한 것이다."),
    # rule marked-contents-colon: a marked heading that names no contents
    ("a marked line of the term after a colon",
     "\n◇협약 기간: 체결일부터 2년, 자동 연장"),
    # rule earlier-agreement-topic: an earlier agreement's terms, as background
    ("the earlier agreement's contents under 당시",
     "두 기관은 2021년에도 협약을 맺었다. 당시 협약에는 공동 연구소 설립과 연구비 분담이 담겼다."),
    ("the earlier agreement's contents under 1차",
     "1차 협약은 장학금 지원과 현장실습을 담고 있었다."),
    ("the heads' signatures held, no contents",
     "협약서에는 김다온 시장과 박누리 총장의 서명이 담겼다."),
    # rule contents-reported needs a topic of contents: not the guests as reported
    ("the guests as reported",
     "참석자는 김다온 시의원, 박누리 교수 등으로 알려졌다."),
    # rule contents-nominal needs a topic of contents
    ("the guests in a sentence with no verb",
     "\n참석자는 김다온 시의원, 박누리 교수 등."),
    # rule expected-effect: what the agreement is hoped to bring, as a forecast
    ("the effects forecast, clauses and all",
     "이번 협약으로 귀촌 인구가 늘고 빈집이 줄어들 것으로 기대된다."),
    ("the effects forecast by the reporter",
     "업계에서는 두 기관의 협력으로 지역 일자리가 크게 늘어날 것으로 전망하고 있다."),
]


@pytest.mark.parametrize("sentence, not_an_item", [
    # rule noun-read-as-also: a body called short, then the particle 도, is no noun of 도
    ("양 기관은 누리천 정비에 협력하며 군도 지원에 나선다.", "군도 지원"),
    ("두 기관은 숲길 조성에 협력하고 시도 관리에 함께한다.", "시도 관리"),
    ("두 기관은 숲길 조성에 협력하고 주민도 정비에 함께한다.", "주민도 정비"),
])
def test_the_particle_also_after_a_body_stays_a_particle(
        sentence: str, not_an_item: str) -> None:
    assert not_an_item not in areas_of(LEAD + sentence)


@pytest.mark.parametrize("sentence", [c[1] for c in NOT_AREAS], ids=[c[0] for c in NOT_AREAS])
def test_sentences_that_state_no_area_add_none(sentence: str) -> None:
    assert areas_of(BASE + sentence) == ["공동 연구"]


@pytest.mark.parametrize("text, expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_areas(text: str, expected: list[str]) -> None:
    assert areas_of(text) == expected


KNOWN_MISSES = [
    ("a list continued in the next sentence without a subject",
     LEAD + "양 기관은 청년 창업 육성과 판로 연계 등에 협력한다. "
     "우수 기업에 기술 자문과 창업 공간을 제공해 성장을 지원한다.",
     ["청년 창업 육성", "판로 연계", "기술 자문", "창업 공간을 제공"],
     "a sentence with no topic is read only after an opener (또한, 아울러, 이를 위해, 나아가 …); "
     "reading every subjectless sentence after a list lost held-out precision; narrowed to a "
     "present-tense duty of 제공/지원 it changed one tune article and lost tune precision "
     "(.981 -> .978)"),
]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(t, e, marks=pytest.mark.xfail(reason=r, strict=True))
        for _, t, e, r in KNOWN_MISSES
    ],
    ids=[c[0] for c in KNOWN_MISSES],
)
def test_known_misses(text: str, expected: list[str]) -> None:
    assert areas_of(text) == expected


def test_seed_areas_match_gold_exactly() -> None:
    text = files("mougraph.examples").joinpath("daejeon-special-video-mou.txt").read_text("utf-8")
    gold = json.loads(
        (Path(__file__).parent / "gold" / "daejeon-special-video-mou.gold.json").read_text("utf-8")
    )
    assert areas_of(text) == gold["areas"]


def test_evidence_is_the_sentence_the_area_was_read_from() -> None:
    text = LEAD + "협력 분야는 ▲지역 인재 양성 ▲공동 연구 등이다."
    doc = prepare(text)
    signing = doc.sentences[0]
    found = find_areas(doc, signing)
    assert found
    for area in found:
        assert area.evidence is not None
        assert text[area.evidence.start : area.evidence.end] == area.evidence.text
        assert area.label in area.evidence.text


def test_areas_before_the_signing_sentence_are_not_read() -> None:
    text = "협력 분야는 ▲지역 인재 양성 ▲공동 연구 등이다.\n" + LEAD
    doc = prepare(text)
    signing = next(s for s in doc.sentences if "체결" in s.text)
    assert find_areas(doc, signing) == []


INTERVIEW = ("[인터뷰] 나라온 가온푸드 대표\n가온푸드가 한빛시와 손을 잡았다. 지난 20일 한빛시와 "
             "'로컬푸드 상생 협약'을 맺은 나라온 대표를 만났다.\n\n-{question}\n\"시는 공공급식 "
             "판로를 지원하고, 우리는 지역 농산물 가공 상품을 개발한다. 남는 이익은 농가에 "
             "돌아간다.\"\n\n-앞으로 계획은.\n\"내년에 가공 공장을 짓겠다.\"")


@pytest.mark.parametrize("question, expected", [
    ("협약 내용을 소개해 달라.", ["공공급식 판로를 지원", "지역 농산물 가공 상품을 개발"]),
    ("협약은 어떤 내용인가.", ["공공급식 판로를 지원", "지역 농산물 가공 상품을 개발"]),
    ("왜 한빛시인가.", []),
    ("협약 뒤 반응은 어떤가.", []),
], ids=["asked for the contents", "asked what the contents are (인가)", "asked something else",
        "asked of the agreement but not its contents"])
def test_an_interview_answer_to_the_contents_question_tells_the_duties(
        question: str, expected: list[str]) -> None:
    """Rule interview-contents: the interviewee's quoted answer to "협약 내용을 소개해 달라"
    states each side's duty (the company as "우리"); a quote elsewhere states none."""
    assert areas_of(INTERVIEW.format(question=question)) == expected


TOLD = ["공공급식 판로를 지원", "지역 농산물 가공 상품을 개발"]


@pytest.mark.parametrize("opening, expected", [
    # rule subject-state: a subject and its state open the answer; no area
    ("역할이 분명합니다.", TOLD),
    ("의미가 큽니다.", TOLD),
    # … but a duty with its object is still one
    ("시는 물류 창고를 제공합니다.", ["물류 창고를 제공", *TOLD]),
], ids=["a role is clear", "a meaning is big", "a duty with its object"])
def test_a_state_opening_the_answer_is_no_area(opening: str, expected: list[str]) -> None:
    text = INTERVIEW.format(question="협약은 어떤 내용인가.").replace('"시는 공공급식',
                                                                     f'"{opening} 시는 공공급식')
    assert areas_of(text) == expected


ASKED_ABOUT_SIGNING = ("[인터뷰] 나라온 가온푸드 대표\n"
                       "가온푸드 나라온 대표를 본사에서 만났다.\n\n-{question}\n"
                       "\"지난 20일 시청에서 로컬푸드 협약을 체결했습니다. "
                       "시는 공공급식 판로를 지원하고, "
                       "저희는 지역 농산물 가공 상품을 개발합니다.\"\n\n"
                       "-앞으로 계획은.\n\"내년에 가공 공장을 짓겠습니다.\"")


BULLETED_THEN = ("가온대학교는 14일 솔빛테크, 누리테크노파크와 협약을 체결했다. "
                 "세 기관은 △공정 교육과정 개발 △공용 장비 공유 등을 추진한다. {then}")


@pytest.mark.parametrize("then, expected", [
    # rule party-duty-beside-bullets: a party of the signing as the topic of a present duty
    ("누리테크노파크는 참여 학생의 시제품 제작을 지원한다.", ["참여 학생의 시제품 제작을 지원"]),
    # … not its plan, nor a body that did not sign, nor a quote
    ("누리테크노파크는 내년에 시제품 제작실을 열 계획이다.", []),
    ("가람시는 참여 학생의 시제품 제작을 지원한다.", []),
    ("누리테크노파크는 \"시제품 제작을 지원한다\"고 말했다.", []),
    # … nor its standing service or what it does every year anyway
    ("누리테크노파크는 24시간 공용 장비실을 운영한다.", []),
    ("누리테크노파크는 매년 지역 기업 300곳의 시제품 제작을 지원한다.", []),
    # rule deung-groundwork beside bullets: the chain the agreement lays the groundwork with
    ("이번 협약으로 세 기관은 실습실을 함께 운영하고 채용 정보를 공유하는 등 산학 협력을 다지는 "
     "계기를 마련했다.", ["실습실을 함께 운영", "채용 정보를 공유"]),
    # … not one told with no agreement binding it
    ("세 기관은 실습실을 함께 운영하고 채용 정보를 공유하는 등 산학 협력을 다지는 계기를 마련했다.",
     []),
])
def test_a_partys_duty_after_the_bullets_adds_to_them(then: str, expected: list[str]) -> None:
    (agreement,) = extract(Article("t", BULLETED_THEN.format(then=then))).agreements
    assert [a.label for a in agreement.areas] == ["공정 교육과정 개발", "공용 장비 공유", *expected]


TOLD_IN_THE_ANSWER = ["공공급식 판로를 지원", "지역 농산물 가공 상품을 개발"]


@pytest.mark.parametrize("question, expected", [
    ("최근 한빛시와 협약을 맺었다고 들었다.", TOLD_IN_THE_ANSWER),
    ("얼마 전 한빛시와 MOU를 체결했는데.", TOLD_IN_THE_ANSWER),
], ids=["heard of it", "a clause ending in 는데"])
def test_an_interview_answer_to_a_question_about_the_signing_tells_the_duties(
        question: str, expected: list[str]) -> None:
    """Rule interview-contents: asked about the signing itself, the interviewee tells it and
    the sides' duties in one quoted answer (the company as "저희")."""
    assert areas_of(ASKED_ABOUT_SIGNING.format(question=question)) == expected


@pytest.mark.parametrize("lead", [
    "한빛시 등 3개 기관이 청년 창업 지원에 힘을 모았다.\n",
    "한빛시, 누리대학교 등 2곳이 청년 창업 지원에 나선다.\n",
])
def test_a_lead_counting_the_parties_names_no_area(lead: str) -> None:
    # rule counted-bodies: "A 등 N개 기관이 …에 힘을 모았다" lists parties, not areas
    text = lead + "한빛시와 누리대학교, 다솜병원은 12일 시청에서 업무협약을 체결했다."
    doc = prepare(text)
    signing = next(s for s in doc.sentences if "체결" in s.text)
    labels = [a.label for a in find_areas(doc, signing)]
    assert "한빛시" not in labels and "누리대학교" not in labels


def test_bullets_naming_the_parties_are_no_areas() -> None:
    # rule parties-bulleted: "협약 기관은 ▲A ▲B다" tells who signed
    text = ("한빛시는 12일 시청에서 지역 기관들과 업무협약을 체결했다. 협약 기관은 ▲누리대학교 "
            "▲다솜병원이다.")
    doc = prepare(text)
    signing = doc.sentences[0]
    assert find_areas(doc, signing, parties=("한빛시", "누리대학교", "다솜병원")) == []
    text = LEAD + "협력 분야는 다음과 같다.\n▲누리대학교 실습 지원\n▲공동 연구"
    doc = prepare(text)
    found = find_areas(doc, doc.sentences[0], parties=("한빛시", "누리대학교"))
    assert [a.label for a in found] == ["누리대학교 실습 지원", "공동 연구"]


def test_a_list_counted_as_items_is_still_read() -> None:
    # not counted-bodies: "등 3개 분야에서" counts fields
    text = LEAD + "양 기관은 공동 연구, 인력 교류, 시설 공유 등 3개 분야에서 협력하기로 했다."
    assert areas_of(text) == ["공동 연구", "인력 교류", "시설 공유"]


def test_a_summary_lead_at_the_end_reads_the_areas_after_the_first_report() -> None:
    text = (LEAD + "양 기관은 대학 강의실을 주민 평생교육 장소로 활용하게 되며, 어르신 디지털 "
            "교육 등을 지원하게 된다.\n한빛시는 시민 평생교육 확대를 위해 18일 가람도서관, "
            "20일 누리대학교와 잇따라 업무협약을 체결했다.")
    doc = prepare(text)
    summary = [s for s in doc.sentences if "체결" in s.text][-1]
    assert [a.label for a in find_areas(doc, summary)] == [
        "대학 강의실을 주민 평생교육 장소로 활용", "어르신 디지털 교육"]


# rule teaser: the lead's subject is a party even where the signing sentence calls it "시는" or
# "두 회사는" (its name is among the agreement's parties); a purpose or one party's own work is
# no lead of this kind
TEASERS = [
    ("가온시가 누리대학교와 손잡고 청년 창업 지원과 지역 인재 양성에 나선다.\n"
     "시는 15일 시청에서 누리대와 업무협약을 체결했다.",
     ("가온시", "누리대학교", "누리대"), ["청년 창업 지원", "지역 인재 양성"]),
    ("솔빛전자와 누리전자가 차세대 배터리 공동 개발에 나선다.\n"
     "두 회사는 15일 서울 본사에서 전략적 파트너십을 체결했다.",
     ("솔빛전자", "누리전자"), ["차세대 배터리 공동 개발"]),
    ("가온시와 누리대학교가 청년 창업 생태계 조성을 위해 손을 잡았다.\n"
     "시는 15일 시청에서 누리대와 업무협약을 체결했다.",
     ("가온시", "누리대학교", "누리대"), []),
    ("가온시는 지난해부터 청년 창업 지원과 지역 인재 양성을 추진하고 있다.\n"
     "시는 15일 시청에서 누리대와 업무협약을 체결했다.",
     ("가온시", "누리대학교", "누리대"), []),
    # rule teaser-beside: the lead's activities come before the areas the body states after
    ("솔빛농협이 가온푸드와 손잡고 쌀 가공식품 공동 개발에 나선다.\n"
     "솔빛농협은 30일 본점에서 가온푸드와 업무협약을 체결했다. 두 기관은 계약재배 확대와 판로 "
     "개척에도 협력한다.",
     ("솔빛농협", "가온푸드"), ["쌀 가공식품 공동 개발", "계약재배 확대", "판로 개척"]),
    ("가온경찰서와 누리고등학교가 학교폭력 예방에 나선다.\n"
     "가온경찰서는 24일 학교 측과 협약을 체결했다. 이에 따라 경찰서는 상담 교실을 운영하고, "
     "학교는 위기 학생 명단을 공유한다.",
     ("가온경찰서", "누리고등학교"),
     ["학교폭력 예방", "상담 교실을 운영", "위기 학생 명단을 공유"]),
    # not teaser-beside: a lead whose words the agreement's name gives as its purpose
    ("가온시와 누리대학교가 지역 관광 활성화와 관광 인력 양성에 힘을 모은다.\n"
     "가온시는 7일 누리대학교와 '지역 관광 활성화 및 인력 양성을 위한 업무협약'을 체결했다. "
     "두 기관은 야간관광 콘텐츠 개발과 현장실습 운영에 협력한다.",
     ("가온시", "누리대학교"), ["야간관광 콘텐츠 개발", "현장실습 운영"]),
    ("누리군이 다솜농협과 손잡고 스마트농업 육성에 나선다.\n"
     "누리군은 16일 스마트농업 육성을 목표로 다솜농협과 업무협약을 체결했다. "
     "두 기관은 스마트팜 교육과 장비 임대에 협력한다.",
     ("누리군", "다솜농협"), ["스마트팜 교육", "장비 임대"]),
    # not teaser-beside (rule lead-names-agreement): the lead ends in the activity that names
    # the agreement, so it restates the agreement's topic whose tasks the body lists
    ("솔빛소재와 누리화학이 친환경 포장재 공동 개발에 나선다.\n"
     "솔빛소재는 12일 본사에서 누리화학과 신소재 공동개발 양해각서(MOU)를 체결했다. "
     "두 회사는 시제품 제작과 품질 검증에 힘을 모은다.",
     ("솔빛소재", "누리화학"), ["시제품 제작", "품질 검증"]),
    ("가온시가 누리대학교와 손잡고 지역 먹거리 연구에 나선다.\n"
     "가온시는 7일 누리대학교와 먹거리 공동 연구 협약을 체결했다. 두 기관은 현장실습 운영에 "
     "협력한다.",
     ("가온시", "누리대학교"), ["현장실습 운영"]),
    # …but an agreement named by another activity leaves the lead a task of its own
    ("솔빛농협이 가온푸드와 손잡고 쌀 가공식품 공동 개발에 나선다.\n"
     "솔빛농협은 30일 본점에서 가온푸드와 판로 지원 협약을 체결했다. 두 기관은 계약재배 확대에도 "
     "협력한다.",
     ("솔빛농협", "가온푸드"), ["쌀 가공식품 공동 개발", "계약재배 확대"]),
    # not teaser-beside (rule climate-goal): a climate the sides mean to make is their aim
    ("가온시와 누리대학교가 지역 청년 창업 생태계 조성에 손을 맞잡았다.\n"
     "가온시는 7일 누리대학교와 업무협약을 체결했다. 두 기관은 현장실습 운영에 협력한다.",
     ("가온시", "누리대학교"), ["현장실습 운영"]),
    ("솔빛군이 다솜농협과 손잡고 귀농인 정주 여건 조성에 나선다.\n"
     "솔빛군은 16일 다솜농협과 업무협약을 체결했다. 두 기관은 빈집 정비와 영농 교육에 협력한다.",
     ("솔빛군", "다솜농협"), ["빈집 정비", "영농 교육"]),
    # … nor a base the sides mean to build ("충전 기반 확충", "돌봄 기반 구축")
    ("가람시가 솔빛에너지와 손잡고 수소차 충전 기반 확충에 나선다.\n"
     "가람시는 11일 솔빛에너지와 업무협약을 체결했다. 두 기관은 충전소 부지 발굴과 안전 점검에 "
     "협력한다.",
     ("가람시", "솔빛에너지"), ["충전소 부지 발굴", "안전 점검"]),
    # … but a base worded as no goal of building it is an activity still ("기반 시설 점검")
    ("가람시가 솔빛에너지와 손잡고 산업단지 기반 시설 점검에 나선다.\n"
     "가람시는 11일 솔빛에너지와 업무협약을 체결했다. 두 기관은 현장실습 운영에 협력한다.",
     ("가람시", "솔빛에너지"), ["산업단지 기반 시설 점검", "현장실습 운영"]),
    # … nor a problem the sides mean to relieve ("자금난 해소", "돌봄 공백 해소")
    ("가온도와 누리은행이 지역 중소기업의 자금난 해소에 함께 나선다.\n"
     "가온도는 2일 누리은행과 업무협약을 체결했다. 두 기관은 특별자금 공급과 이차보전에 협력한다.",
     ("가온도", "누리은행"), ["특별자금 공급", "이차보전"]),
    # …but relieving what no problem word names is an activity still ("물류 병목 해소")
    ("가온시가 누리대학교와 손잡고 산업단지 물류 병목 해소에 나선다.\n"
     "가온시는 7일 누리대학교와 업무협약을 체결했다. 두 기관은 현장실습 운영에 협력한다.",
     ("가온시", "누리대학교"), ["산업단지 물류 병목 해소", "현장실습 운영"]),
    # …but a climate worded as no goal of making it is an activity still ("환경 개선")
    ("가온시가 누리대학교와 손잡고 하천 환경 개선에 나선다.\n"
     "가온시는 7일 누리대학교와 업무협약을 체결했다. 두 기관은 현장실습 운영에 협력한다.",
     ("가온시", "누리대학교"), ["하천 환경 개선", "현장실습 운영"]),
    # not teaser-beside (rule lead-one-side): one party alone, no partner named or joined,
    # tells its own aim
    ("누리대학교가 해외 반도체 인재 양성에 나선다.\n"
     "누리대학교는 12일 가람공과대학교와 교육 교류 협약을 체결했다고 밝혔다. 두 대학은 교수 교환과 "
     "공동 교육과정 개발에 협력한다.",
     ("누리대학교", "누리대", "가람공과대학교"), ["교수 교환", "공동 교육과정 개발"]),
    ("솔빛농협이 쌀 가공식품 공동 개발에 나선다.\n"
     "솔빛농협은 30일 본점에서 가온푸드와 업무협약을 체결했다. 두 기관은 계약재배 확대와 판로 "
     "개척에도 협력한다.",
     ("솔빛농협", "가온푸드"), ["쌀 가공식품 공동 개발", "계약재배 확대", "판로 개척"]),
    # …but the partner joined ("…와 손잡고") makes it the sides' lead
    ("누리대학교가 가람공과대학교와 손잡고 해외 반도체 인재 양성에 나선다.\n"
     "누리대학교는 12일 가람공과대학교와 교육 교류 협약을 체결했다고 밝혔다. 두 대학은 교수 교환과 "
     "공동 교육과정 개발에 협력한다.",
     ("누리대학교", "누리대", "가람공과대학교"),
     ["해외 반도체 인재 양성", "교수 교환", "공동 교육과정 개발"]),
    # not teaser-beside: a lead of no activity ("상생에 나선다")
    ("가온시와 누리대학교가 지역 상생에 나선다.\n"
     "가온시는 7일 누리대학교와 업무협약을 체결했다. 두 기관은 현장실습 운영에 협력한다.",
     ("가온시", "누리대학교"), ["현장실습 운영"]),
]


@pytest.mark.parametrize("text, parties, expected", TEASERS)
def test_a_lead_whose_subject_the_signing_calls_otherwise(
        text: str, parties: tuple[str, ...], expected: list[str]) -> None:
    doc = prepare("가온시-누리대 협력\n" + text)
    signing = next(s for s in doc.sentences if "체결" in s.text)
    assert [a.label for a in find_areas(doc, signing, parties=parties)] == expected


def test_a_lead_before_the_signing_tells_the_areas_when_nothing_after_does() -> None:
    text = ("한빛시가 지역 대학과 손잡고 청년 창업 지원과 현장실습 운영에 나선다.\n" + LEAD
            + "한빛시장은 \"청년이 머무는 도시를 만들겠다\"고 말했다.")
    doc = prepare(text)
    signing = next(s for s in doc.sentences if "체결" in s.text)
    assert [a.label for a in find_areas(doc, signing)] == ["청년 창업 지원", "현장실습 운영"]


def test_a_signing_sentence_not_in_the_document_still_works() -> None:
    doc = prepare(LEAD + "협력 분야는 ▲지역 인재 양성 ▲공동 연구 등이다.")
    outside = Sentence(0, 10, LEAD[:10])
    assert [a.label for a in find_areas(doc, outside)] == ["지역 인재 양성", "공동 연구"]


def test_the_second_agreement_reads_its_own_areas() -> None:
    text = (
        LEAD + "양 기관은 ▲인재 양성 ▲공동 연구 등에 협력하기로 했다.\n"
        "이어 한빛시는 가람공사와도 협약을 체결했다. "
        "가람공사와는 ▲도로 정비 ▲교통 안전 등에 협력한다."
    )
    doc = prepare(text)
    second = next(s for s in doc.sentences if "가람공사와도" in s.text)
    assert [a.label for a in find_areas(doc, second)] == ["도로 정비", "교통 안전"]


# Two agreements signed at one event, then the areas of each told for its parties
# (rule told-for-own-parties)
TWO_AT_ONE_EVENT = (
    "한빛시는 20일 시청에서 누리대학교, 가람병원과 '청년 건강 협약'을 맺었다. "
    "시는 같은 자리에서 다솜복지관과도 돌봄 협약을 따로 체결했다.\n"
    "시와 누리대학교, 가람병원은 △청년 건강 검진 △정신 건강 상담 등을 함께 추진한다. "
    "다솜복지관과는 어르신 돌봄 인력을 공동 양성한다.\n"
    "시장은 \"함께 돌보겠다\"고 말했다."
)


@pytest.mark.parametrize("which, parties, others, expected", [
    # the first reads on past the second signing, through the list told for its own parties
    (0, ("한빛시", "누리대학교", "가람병원"), ("다솜복지관",),
     ["청년 건강 검진", "정신 건강 상담"]),
    # the second leaves the first's list alone and reads what is told for its partner
    (1, ("한빛시", "다솜복지관"), ("누리대학교", "가람병원"), ["어르신 돌봄 인력을 공동 양성"]),
])
def test_two_agreements_at_one_event_each_read_what_is_told_for_their_parties(
        which: int, parties: tuple[str, ...], others: tuple[str, ...],
        expected: list[str]) -> None:
    doc = prepare(TWO_AT_ONE_EVENT)
    signing = doc.sentences[which]
    assert [a.label for a in find_areas(doc, signing, parties=parties, others=others)] == expected


def test_two_agreements_at_one_event_in_the_extracted_graph() -> None:
    article = Article(id="two-at-one-event",
                      text="한빛시·누리대·가람병원 협약\n\n" + TWO_AT_ONE_EVENT)
    areas = {tuple(p.name for p in a.parties): [x.label for x in a.areas]
             for a in extract(article).agreements}
    assert areas == {("한빛시", "누리대학교", "가람병원"): ["청년 건강 검진", "정신 건강 상담"],
                     ("한빛시", "다솜복지관"): ["어르신 돌봄 인력을 공동 양성"]}


# Two agreements signed in one sentence, the bullets of each in one sentence after it, each
# group opened by its own topic (rule bullets-per-topic; the second party named by its kind)
TWO_IN_ONE_LIST = (
    "가온시는 지난 5일 시청에서 누리대학교 창업지원단과 '창업 협약'을, 가람청년협동조합과 "
    "'작업장 협약'을 각각 체결했다.\n"
    "시와 지원단은 ▲창업동아리 시제품 제작 지원 ▲창업 강좌 공동 운영에 힘을 모으고, "
    "조합과는 ▲빈 점포 공유 작업장 운영 ▲청년 상품 공동 판로 개척을 함께 한다."
)


@pytest.mark.parametrize("parties, others, expected", [
    (("가온시", "누리대학교 창업지원단"), ("가람청년협동조합",),
     ["창업동아리 시제품 제작 지원", "창업 강좌 공동 운영"]),
    (("가온시", "가람청년협동조합"), ("누리대학교 창업지원단",),
     ["빈 점포 공유 작업장 운영", "청년 상품 공동 판로 개척"]),
])
def test_two_agreements_bulleted_in_one_sentence_each_read_their_own_group(
        parties: tuple[str, ...], others: tuple[str, ...], expected: list[str]) -> None:
    doc = prepare(TWO_IN_ONE_LIST)
    signing = doc.sentences[0]
    assert [a.label for a in find_areas(doc, signing, parties=parties, others=others)] == expected


def test_the_first_agreement_stops_where_the_next_is_signed_in_a_clause() -> None:
    text = (
        LEAD + "양 기관은 관광객 유치와 특산물 판매에 협력한다.\n"
        "이어 시는 오후에 가람의료재단과 협약을 맺고 의료 관광 상품 개발, 외국인 환자 유치 등에 "
        "힘을 모으기로 했다."
    )
    doc = prepare(text)
    assert [a.label for a in find_areas(doc, doc.sentences[0])] == ["관광객 유치", "특산물 판매"]


TWO_NAMED = ("다온군은 9일 군청에서 해솔대학교와 청년 창업 지원 협약을, "
             "새솔병원과 어르신 건강 검진 "
             "협약을 각각 체결했다.\n군수는 \"주민 모두에게 도움이 되길 바란다\"고 말했다.")


@pytest.mark.parametrize("parties, expected", [
    (("다온군", "해솔대학교", "해솔대"), ["청년 창업 지원"]),
    (("다온군", "새솔병원"), ["어르신 건강 검진"]),
    ((), []),   # parties unknown: neither name belongs to the agreement
], ids=["the university's agreement", "the hospital's agreement", "no parties"])
def test_two_agreements_in_one_sentence_each_named_by_what_it_does(
        parties: tuple[str, ...], expected: list[str]) -> None:
    doc = prepare(TWO_NAMED)
    signing = doc.sentences[0]
    assert [a.label for a in find_areas(doc, signing, parties=parties)] == expected


def test_two_agreements_named_by_a_purpose_add_no_area() -> None:
    doc = prepare("다온군은 9일 해솔대학교와 상생 발전 협약을, 새솔병원과 주민 건강 증진 협약을 "
                  "각각 체결했다.")
    signing = doc.sentences[0]
    assert find_areas(doc, signing, parties=("다온군", "해솔대학교")) == []
    assert find_areas(doc, signing, parties=("다온군", "새솔병원")) == []


def test_each_agreement_of_one_sentence_gets_its_own_name_as_its_area() -> None:
    found = extract(Article("t", TWO_NAMED))
    assert sorted((tuple(sorted(o.name for o in a.parties)), [x.label for x in a.areas])
                  for a in found.agreements) == [
        (("다온군", "새솔병원"), ["어르신 건강 검진"]),
        (("다온군", "해솔대학교"), ["청년 창업 지원"]),
    ]


SHORT_TOPICS = ("들녘군은 16일 군청에서 누리농업협동조합, 푸른먹거리재단과 급식 협약을 체결했다.\n"
                "협약에 따라 군은 식재료 구입비 차액을 지원한다.\n"
                "누리농협은 계약재배 농가를 모집하고, 재단은 식재료 안전성 검사를 맡기로 했다.")


@pytest.mark.parametrize("parties, expected", [
    (("들녘군", "누리농업협동조합", "누리농협", "푸른먹거리재단"),
     ["식재료 구입비 차액을 지원", "계약재배 농가를 모집", "식재료 안전성 검사"]),
    (("들녘군", "누리농업협동조합", "푸른먹거리재단"), ["식재료 구입비 차액을 지원"]),
], ids=["the short form known as the party's alias", "no alias known"])
def test_a_party_named_by_a_short_form_the_signing_sentence_lacks_takes_up_duties(
        parties: tuple[str, ...], expected: list[str]) -> None:
    # "누리농협은": the co-operative's short form, not in the signing sentence, is one of the
    # agreement's parties (agreements.py resolves it); without it the topic names no party
    doc = prepare(SHORT_TOPICS)
    assert [a.label for a in find_areas(doc, doc.sentences[0], parties=parties)] == expected


def test_a_signing_told_only_in_a_caption_reads_the_areas_after_the_body_joins_hands() -> None:
    # the body tells the partnering with no agreement word ("손을 맞잡았다"); only the photo
    # caption says the copy was signed, so the areas stated after the body's sentence count
    text = ("가온공항공사가 무인 수하물 시스템 도입을 서두르고 있다.\n\n"
            "공사는 올해 안내 로봇 6대를 새로 들일 계획이다.\n\n"
            "이를 위해 공사는 누리항공협회와 손을 맞잡았다. 양 기관은 수하물 정보 공유, "
            "지상 조업 인력 교육, 운항 자료 표준화에 함께 나서기로 했다.\n\n"
            "[사진] 한누리 가온공항공사 사장(왼쪽)과 조다온 누리항공협회장이 9일 공사 "
            "회의실에서 업무협약서에 서명한 뒤 기념촬영을 하고 있다. /가온공항공사 제공")
    found = extract(Article("t", text, published=None))
    assert [[a.label for a in ag.areas] for ag in found.agreements] == [
        ["수하물 정보 공유", "지상 조업 인력 교육", "운항 자료 표준화"]]


@pytest.mark.parametrize("body, expected", [
    # rule caption-only-topic: only a caption reports the signing; the body sentence that
    # opens on the parties together tells the areas
    ("기관들은 일회용품 줄이기, 분리배출 교육, 하천 정화 활동에 함께하기로 했다.",
     ["일회용품 줄이기", "분리배출 교육", "하천 정화 활동"]),
    ("세 기관은 일회용품 줄이기와 하천 정화 활동에 함께한다.",
     ["일회용품 줄이기", "하천 정화 활동"]),
    # …not one opening on one body, nor one telling an earlier time
    ("군은 일회용품 줄이기, 분리배출 교육, 하천 정화 활동에 나선다.", []),
    ("기관들은 지난해에도 일회용품 줄이기, 분리배출 교육에 함께한 바 있다.", []),
])
def test_a_caption_only_signing_takes_the_areas_of_the_parties_together(
        body: str, expected: list[str]) -> None:
    doc = prepare("가람군 '쓰레기 없는 가람' 캠페인 시작\n"
                  "가람군이 생활 쓰레기 줄이기 캠페인에 나선다.\n" + body
                  + "\n▲ 2일 가람군청 소회의실에서 김다온 가람군수와 가람경찰서, 가람소방서 "
                  "관계자들이 '쓰레기 없는 가람' 협약을 체결한 뒤 기념촬영을 하고 있다.")
    signing = next(s for s in doc.sentences if "체결한" in s.text)
    assert doc.is_caption(signing)
    parties = ("가람군", "가람경찰서", "가람소방서")
    assert [a.label for a in find_areas(doc, signing, parties=parties)] == expected


def test_a_pair_of_kinds_as_topic_splits_its_two_items() -> None:
    # the parties called by their kinds ("교회와 복지관은"), the pair of items joined by 과
    doc = prepare("가온교회는 5일 누리종합사회복지관과 나눔 협약을 맺었습니다. "
                  "앞으로 교회와 복지관은 홀몸 어르신 밑반찬 나눔과 청소년 방과후 학습 지원을 "
                  "함께 합니다.")
    parties = ("가온교회", "누리종합사회복지관")
    assert [a.label for a in find_areas(doc, doc.sentences[0], parties=parties)] == [
        "홀몸 어르신 밑반찬 나눔", "청소년 방과후 학습 지원"]


def test_the_ending_of_one_party_stands_for_it_when_the_parties_are_known() -> None:
    # "센터는": the ending of one party's name; the parties' names the assembly passes in
    # repeat that name, which still makes one party, not two
    doc = prepare("누리경찰서는 23일 누리교육지원청, 누리청소년상담복지센터와 업무협약을 체결했다. "
                  "협약에 따라 경찰서는 위기 학생 조기 발견을 맡고, 교육지원청은 예방교육을 "
                  "담당한다. 센터는 피해학생 심리상담과 가족 상담을 지원한다.")
    parties = ("누리경찰서", "누리교육지원청", "누리청소년상담복지센터")
    found = [a.label for a in find_areas(doc, doc.sentences[0], parties=parties)]
    assert found[-2:] == ["피해학생 심리상담", "가족 상담을 지원"]


@pytest.mark.parametrize("sentence, together", [
    ("가온대와 다솜 글로벌 예술대학교는 교수 파견에 협력한다.", True),
    ("가온시와 누리대는 청년 창업에 협력한다.", True),
    ("가온시와 이번 협약에 누리대는 청년 창업에 협력한다.", False),
    ("가온시와 누리대 관계자들은 청년 창업을 논의했다.", False),
    ("교회와 복지관은 어르신 반찬 나눔과 청소년 학습 지원을 함께 합니다.", True),
    ("도서관과 학교는 방과후 독서 교실을 함께 운영한다.", True),
    ("교회와 이웃 주민들은 반찬 나눔을 함께 합니다.", False),
], ids=["the second name in several words", "two one-word names",
        "a word with a particle is no part of a name", "the people of a body are no body",
        "a church and a welfare centre called by their kinds",
        "a library and a school called by their kinds", "neighbours are no body"])
def test_the_parties_named_together_as_the_topic(sentence: str, together: bool) -> None:
    assert pair_topic(sentence) is together


def test_a_party_introduced_by_what_it_is_adds_no_area() -> None:
    # rule definition: "솔터마을은 …가 사는 마을로, … 농사를 주로 짓는다" says what the village is
    # and does anyway, after the list the sides agreed on
    text = ("식품기업 누리식품이 가온군 들내면 솔터마을과 1사1촌 자매결연 협약을 맺었다.\n\n"
            "누리식품과 솔터마을은 지난 2일 솔터마을 경로당에서 협약식을 열고 ▲마을 농산물 구매 "
            "▲임직원 일손 돕기에 협력하기로 했다.\n\n"
            "솔터마을은 들내면 남쪽의 30가구가 사는 마을로, 사과와 고추 농사를 주로 짓는다.")
    (agreement,) = extract(Article("t", text), learned_people=False).agreements
    assert [a.label for a in agreement.areas] == ["마을 농산물 구매", "임직원 일손 돕기"]


@pytest.mark.parametrize("then, expected", [
    # the answer goes on with one more share told together ("…도 함께 하기로 했습니다")
    ("청년 인력 교류도 함께 하기로 했습니다.", [*TOLD_IN_THE_ANSWER, "청년 인력 교류"]),
    # what the company did alone, in the answer's past, is no share
    ("작년에는 가공 공장도 새로 지었습니다.", TOLD_IN_THE_ANSWER),
], ids=["a share told together", "the company's own past"])
def test_an_interview_answer_goes_on_with_a_share_told_together(
        then: str, expected: list[str]) -> None:
    text = ASKED_ABOUT_SIGNING.format(question="최근 한빛시와 협약을 맺었다고 들었다.").replace(
        "개발합니다.\"", "개발합니다. " + then + "\"")
    assert areas_of(text) == expected


# round 21 (areaframes batch 4, probed) rule partner-with: "시는 누리대와 A, B에 협력한다" — the
# partner, a party of the agreement (its name or a short form), joined by 과/와 to the list or
# the duty is no part of the first item nor an item of its own (the whole pipeline, as it
# knows the parties)
SIGNED_WITH_NURI = "한빛시는 20일 시청에서 누리대학교와 업무협약을 체결했다.\n"


@pytest.mark.parametrize("body, expected", [
    ("시는 누리대와 목공 교육, 공방 창업 지원 등에 협력하기로 했다.",
     ["목공 교육", "공방 창업 지원"]),
    ("한빛시는 누리대학교와 시민 목공 강좌를 함께 운영한다.", ["시민 목공 강좌를 함께 운영"]),
    ("이에 따라 한빛시는 누리대학교(총장 김다온)와 목공 교육, 공방 창업 지원에 협력한다.",
     ["목공 교육", "공방 창업 지원"]),
    # NOT: a body no party of the agreement stays with the duty, as written
    ("시는 솔빛공방과 함께 목공 교육을 운영한다.", ["솔빛공방과 함께 목공 교육을 운영"]),
])
def test_the_partner_before_the_list_is_no_part_of_it(body: str, expected: list[str]) -> None:
    found = extract(Article(id="probe", text=SIGNED_WITH_NURI + body)).agreements
    assert [x.label for a in found for x in a.areas] == expected


def test_a_unit_as_partner_drops_from_a_list_whose_field_shares_its_name() -> None:
    """Rule partner-with: "가온시는 산학협력단과 산학협력, 공동연구 등에": the unit (a party,
    written short) is cut, the field "산학협력" that begins its name stays."""
    text = ("누리대학교 산학협력단(이하 산학협력단)은 12일 가온시와 업무협약을 체결했다.\n"
            "가온시는 산학협력단과 산학협력, 공동연구 등에 협력하기로 했다.")
    found = extract(Article(id="probe", text=text)).agreements
    assert [x.label for a in found for x in a.areas] == ["산학협력", "공동연구"]


def test_a_party_joined_by_and_under_both_sides_topic_is_what_they_act_on() -> None:
    """Not rule partner-with: "세 기관은 한빛우체국과 시내 공방을 …": both sides are the topic,
    so the party before 과 is one of the places used, not the partner."""
    text = ("한빛시는 20일 시청에서 한빛우체국, 누리대학교와 업무협약을 체결했다.\n세 기관은 "
            "한빛우체국과 시내 공방을 학생들의 체험 장소로 활용한다.")
    found = extract(Article(id="probe", text=text)).agreements
    assert [x.label for a in found for x in a.areas] == [
        "한빛우체국과 시내 공방을 학생들의 체험 장소로 활용"]


@pytest.mark.parametrize("clause, body", [
    # rule signed-this-agreement: a clause of signing before "이번 협약으로" is cut with it
    ("두 총장이 서명한 이번 협약으로 두 대학은 교환학생 파견을 추진한다",
     "교환학생 파견을 추진한다"),
    ("가온시와 누리대가 체결한 이번 협약에 따라 두 기관은 창업 공간을 함께 운영한다",
     "창업 공간을 함께 운영한다"),
    # (negative: a clause of another deed, or another noun than the agreement, is not cut)
    ("시가 지원한 이번 사업으로 두 기관은 창업 공간을 함께 운영한다",
     "시가 지원한 이번 사업으로 두 기관은 창업 공간을 함께 운영한다"),
])
def test_signed_this_agreement_is_the_opener(clause: str, body: str) -> None:
    from mougraph.extract.areas.duties import clause_body
    assert clause_body(clause) == body


# rule short-topic-of-named-city: "시는" for a city among the parties that the signing sentence
# itself calls only "시" (its full name told before: "한빛시가 … 만든다. 시는 20일 … 협약을
# 체결했다"); and a side's share in money (…에 N원을 투입하고) is its duty, the verb kept
CITY_CALLED_SHORT = ("한빛시가 누리대학교와 손잡고 원도심에 창업 거점을 만든다.\n"
                     "시는 20일 시청에서 누리대학교와 업무협약을 체결했다.\n")


@pytest.mark.parametrize("then, parties, expected", [
    ("시는 창업 공간 조성비로 내년까지 20억원을 투입하고, 대학은 창업 교육 과정을 운영하기로 했다.",
     ("한빛시", "누리대학교"),
     ["창업 공간 조성비로 내년까지 20억원을 투입", "창업 교육 과정을 운영"]),
    # … not what the city spent before, nor a 시 that is no party
    ("시는 지난해 원도심 정비에 50억원을 투입했다.", ("한빛시", "누리대학교"), []),
    ("시는 창업 공간 조성비로 20억원을 투입하고, 대학은 창업 교육을 운영하기로 했다.",
     ("누리대학교",), []),
], ids=["the city's money and the school's course", "spent before", "no city among the parties"])
def test_a_city_the_signing_sentence_calls_시_takes_up_duties(
        then: str, parties: tuple[str, ...], expected: list[str]) -> None:
    doc = prepare(CITY_CALLED_SHORT + then)
    signing = next(s for s in doc.sentences if SIGNED.search(s.text))
    assert [a.label for a in find_areas(doc, signing, parties=parties)] == expected



# rule agreement-word-topic: a topic written in the signing sentence only inside the
# agreement's own name is what the agreement is about, no party: what it says is no duty
FRIDGE = ("가온복지관은 지난 3월 2일 강당에서 누리교회와 나눔 냉장고 운영 협약을 맺었습니다.\n\n"
          "누리교회는 매달 쌀을 기부하고, 복지관은 냉장고를 관리합니다.\n\n")


@pytest.mark.parametrize("then, expected", [
    ("나눔 냉장고는 복지관 1층 로비에 놓이며 평일 오전 9시부터 오후 6시까지 누구나 이용할 수 "
     "있습니다.", ["쌀을 기부", "냉장고를 관리"]),
    # NOT: a party written in the signing sentence with its particle ("가온복지관은") stays a
    # party as a topic
    ("복지관은 냉장고 위생도 매주 점검합니다.",
     ["쌀을 기부", "냉장고를 관리", "냉장고 위생도 매주 점검"]),
])
def test_a_topic_only_in_the_agreements_name_is_no_party(then: str, expected: list[str]) -> None:
    (agreement,) = extract(Article("t", FRIDGE + then), learned_people=False).agreements
    assert [a.label for a in agreement.areas] == expected


def test_a_topic_written_all_in_brackets_names_no_party_and_breaks_nothing() -> None:
    # a page that brackets its bodies' names ("(누리농협)는") once crashed the area reader
    signing = "가온군은 3일 군청에서 누리농협과 판로 협약을 체결했다."
    assert names_party("(누리농협)", signing) is False
    text = signing + " (누리농협)는 지역 농산물 판로 개척을 맡는다."
    result = extract(Article(id="brackets", text=text))
    assert [o.name for o in result.agreements[0].parties] == ["가온군", "누리농협"]


# round 20 (areaframes batch 3, a round-19 leftover) rule deed-contents: the agreement named by
# a clause of doing right after its partner is what the sides agreed to do
@pytest.mark.parametrize("lead, expected", [
    ("한빛시는 20일 시청에서 솔내식품과 폐식용유를 모아 바이오 연료로 재활용하는 내용의 업무협약을 "
     "체결했다.", ["폐식용유를 모아 바이오 연료로 재활용"]),
    ("한빛시는 20일 누리건설과 5년간 300억원을 들여 물류 창고를 짓는 내용의 투자협약을 맺었다.",
     ["300억원을 들여 물류 창고를 짓"]),   # the span, when it is done, is dropped
    # NOT: a purpose clause names no deed; a noun list before 내용의 is the prose rules' own
    ("한빛시는 20일 솔내식품과 지역 경제를 살리기 위해 힘을 모으는 내용의 협약을 맺었다.", []),
    ("한빛시는 20일 솔내식품과 상생 발전을 도모하는 내용의 협약을 맺었다.", []),
    ("한빛시는 20일 솔내식품과 협력 방안을 모색하는 내용의 협약을 맺었다.", []),
    # round 21 (areaframes batch 4) rule deed-pair: two clauses of doing, each with its
    # object, joined by 고/며 before 내용의: one item each
    ("한빛시는 20일 누리대학교와 시민 야간 강좌를 열고 지역 농산물 상표를 함께 만드는 내용의 "
     "협약을 맺었다.", ["시민 야간 강좌를 열", "지역 농산물 상표를 함께 만드"]),
    ("한빛시는 20일 솔내식품과 장학 기금을 조성하며 저소득층 학생에게 장학금을 지급하는 내용의 "
     "협약을 맺었다.", ["장학 기금을 조성", "저소득층 학생에게 장학금을 지급"]),
    # NOT rule deed-pair: two verbs of one object stay one deed; a noun in 고 ends no clause
    ("한빛시는 20일 솔내식품과 청년 요리사를 발굴하고 육성하는 내용의 협약을 맺었다.",
     ["청년 요리사를 발굴하고 육성"]),
    ("한빛시는 20일 솔내식품과 남는 재고를 모아 푸드뱅크에 기부하는 내용의 협약을 맺었다.",
     ["남는 재고를 모아 푸드뱅크에 기부"]),
])
def test_an_agreement_named_by_a_deed_reads_the_deed(lead: str, expected: list[str]) -> None:
    found = extract(Article(id="probe", text=lead)).agreements
    assert [x.label for a in found for x in a.areas] == expected


@pytest.mark.parametrize("clause, body", [
    ("또 가온 시민단체도 적극 지원한다.", "가온 시민단체"),
    ("또 누리대학교도 실습 장비를 지원한다.", "누리대학교"),
])
def test_also_after_a_body_is_never_read_as_what_is_done(clause: str, body: str) -> None:
    """Not rule activity-also-done: 도 after a body marks one that acts too, no item."""
    assert body not in [label for _, label in clause_items(clause, [])]
