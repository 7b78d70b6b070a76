"""What is no area of this agreement, though worded like one: what was done before this
signing, one party's own plan, an earlier agreement, the agreement's general aim, people
attending, and bullet lists of a programme, the ceremony's steps or its conditions."""
from __future__ import annotations

import re
from collections.abc import Sequence

from ...hangul import FINAL_SS, final_of
from ...lexicons import count_words_between
from ...text import Sentence
from ..cues import (
    ADVERB,
    AGREEMENT,
    CEREMONY,
    COOP_VERB,
    EARLIER,
    GUESTS,
    PLAN,
    PLEDGE,
    SIGN_VERB,
)
from .items import TOLD_APART, UNDER_AGREEMENT, clean
from .parties import (
    COMMON_TOPICS,
    PARTIES,
    PARTY_TOPIC,
    SECOND_TOPIC,
    pair_topic,
    short_for_party,
    topic_of,
)

# People attending: "…등 20여 명이 자리를 함께했다", "…등이 참석했다" hold no areas.
# (and guests who were with them: "…등 내외빈이 함께했다")
ATTENDING = re.compile(rf"참석|배석|참관|자리를\s*(?:함께|같이)|자리했|자리한|{GUESTS}"
                       r"|함께했(?:다|으며|고)")
# A sentence ending in a past tense ("…했다", "…을 올렸다", "…을 마쳤다"): the syllable before
# 다 ends in ㅆ (not 있다: "담고 있다" states the contents)
_PAST_FACT = re.compile(r"(?:(?!있)[가-힣])다\.?\s*$")


def past_fact(text: str) -> bool:
    m = _PAST_FACT.search(text)
    return m is not None and final_of(m.group()[0]) == FINAL_SS


# a time before this signing: "지난달", "지난 3월", "지난해"
_EARLIER_TIME = r"지난달|지난해|작년|지난\s*\d{1,2}월"
DONE_EARLIER = re.compile(
    rf"(?:^|\s)(?:{_EARLIER_TIME}|그동안|그간|지난\s*\d+\s*(?:년|개월)간)(?:에도|에는|에|부터)?\s")


def done_before(block: Sentence, signing: Sentence) -> bool:
    """"양 기관은 지난 2년간 A, B 등을 함께 진행하며 신뢰를 쌓았다": what the sides did
    before this signing, told in the past (not the signing sentence, not a decision)."""
    text = block.text.strip()
    return block.start != signing.start and bool(DONE_EARLIER.search(text)) \
        and past_fact(text) and not re.search(r"(?:기로|키로)\s*(?:\S+\s+)?\S*$", text)


# Words that make a sentence about both sides or about the agreement, not one side's plan
# ("협력학교", "협력업체": a body named by the tie, not cooperating)
_TOGETHER = re.compile(
    rf"{ADVERB}|협력(?!학교|업체|기업|기관|병원|회사|대학|사(?:[은는이가을를와과의도에]|\s|$))|협업|연계|합의|약속|{COOP_VERB}|{AGREEMENT}")
# A plan of its own: "…할 계획이다", "올해 …", "내년까지 …"
_OWN_PLAN = re.compile(
    rf"\s(?:{PLAN})(?:이다|이며|이고|이라고)|(?:^|\s)(?:올해|내년|올\s*하반기|하반기|상반기|연내)"
)
# Rule own-investment: "솔빛에너지는 2029년까지 800억원을 들여 공장을 짓는다": what one side
# spends of its own, told in the present (unless decided: "…을 들여 짓기로 했다" may be a term)
_OWN_INVESTMENT = re.compile(
    r"\d[\d,.]*\s*(?:조|억|천만|백만|만)?\s*(?:\d[\d,.]*\s*(?:억|천만|만)\s*)?원(?:을|를)\s*"
    r"(?:들여|투입해|투입하여|투자해|투자하여)\s")


# What one side does every year ("누리대는 매년 경진대회를 열어 …을 지원한다"), unless decided
HABIT = re.compile(r"(?:^|\s)(?:매년|해마다|매해|매달|매월|연중)\s")
# "군은 이를 위해 해마다 3억원을 지원한다": what it gives every year for the agreement's ends
_FOR_THIS = re.compile(r"(?:^|\s)이를\s*위(?:해|하여)\s")
DECIDED = re.compile(r"(?:기로|키로)\s*\S*$")


# A start of one side's own ("2학기부터", "다음 달부터", "새 학기부터"): its schedule
_FROM_ITS_START = re.compile(
    r"(?:^|\s)(?:\d+\s*학기|(?:새|다음|내)\s*학기|다음\s*달|내달|\d{1,2}월|연말|하반기|상반기)부터\s")


def one_sides_plan(text: str, signing: Sentence, *, apart: bool = False) -> bool:
    """"가온시는 앞으로 A, B 등을 추진할 계획이다": one named party's own plan (or what it
    does every year), not a duty under the agreement (GUIDELINES: not plans of one party
    alone); ``apart``: the sentence no longer follows the signing or the duties told after
    it (quotes came between), where a start of its own ("2학기부터 협력학교를 20곳으로
    늘린다") dates one party's schedule."""
    # "A는 이번 협약을 계기로 내년부터 X를 추진할 방침이다": the occasion, not the terms
    text_ = _OCCASION.sub(" ", text)
    if UNDER_AGREEMENT.search(text_) or _TOGETHER.search(text_):
        return False
    if not (_OWN_PLAN.search(text)
            or (HABIT.search(text) or _OWN_INVESTMENT.search(text)) and not DECIDED.search(text)
            and not _FOR_THIS.search(text)
            or apart and _FROM_ITS_START.search(text) and not DECIDED.search(text.strip())):
        return False
    topic = topic_of(text)
    if topic is not None and _counted_partners(topic, signing.text):
        return True
    if topic is None or PARTY_TOPIC.search(topic) or SECOND_TOPIC.search(text, len(topic)) \
            or pair_topic(text):
        return False   # "A는 X를, B는 Y를 …할 예정이다": each party's duty
    name = re.sub(r"에서$", "", topic.split()[-1])
    return len(name) >= 2 and name not in COMMON_TOPICS and name in signing.text \
        or short_for_party(name, signing.text)   # "구는 … 구성할 예정이다"


_COUNTS = count_words_between(2, 5)      # "세 기업은": partners counted in words, two to five
_COUNT_TOPIC = re.compile(
    rf"\s*(?:(?P<word>{'|'.join(_COUNTS)})\s*|(?P<digit>[2-9])\s*개\s*)"
    r"(?P<kind>기관|기업|대학|학교|단체|병원|업체|회사|조합)(?:들)?\s*$")


def _counted_partners(topic: str, signing: str) -> bool:
    """Rule counted-partners-plan: "가온군은 A, B, C 등 3개 기업과 협약을 맺었다 … 세 기업은
    2028년까지 150명을 채용할 계획이다" — the count topic is the partners the signing counted
    beside its subject, one side of the agreement: its plan is that side's own."""
    m = _COUNT_TOPIC.fullmatch(topic)
    if m is None:
        return False
    count = m.group("digit") or str(_COUNTS[m.group("word")])
    return re.search(rf"(?:^|\s){count}\s*개\s*{m.group('kind')}(?:과|와)\s", signing) is not None


# (rule footing) "이번 협약을 바탕으로 …에 도전할 계획이다": the agreement as the footing of
# one side's next step, like its occasion
_OCCASION = re.compile(
    rf"(?:이번\s*)?(?:{AGREEMENT})(?:\s*체결)?을\s*(?:계기로|바탕으로|발판으로|토대로|발판\s*삼아)")


# "이번 협약은 … A 등 여러 방면에서 손을 잡고 … 데 목적이 있다": the general
# purpose of the agreement, not its terms (GUIDELINES: not the general purpose)
AIM_OF_AGREEMENT = re.compile(
    r"(?:데|것에?|기\s*위한\s*것)\s*(?:목적|취지|의의)(?:이|가)\s*있다\.?\s*$"
    r"|(?:목적|취지)(?:이다|다|로\s*한다)\.?\s*$|위해\s*(?:마련|추진)(?:됐|되었)다\.?\s*$"
    r"|\s(?:\S+의\s+)?일환(?:이다|입니다)\.?\s*$"
    r"|\S(?:이|가)\s+(?:\S+\s+){0,3}?\S+(?:는|하는)\s+(?:구조|체계|틀)(?:을|를)\s+"
    r"(?:만들|마련하|갖추)(?:기로|키로)\s*(?:했|하였)다\.?\s*$"
)   # "산책단은 … 위험 시설을 살피는 생활 안전 사업의 일환이다": what the thing is part of;
#     rule roles-frame: "A는 X를 돕고, B가 Y를 책임지는 구조를 만들기로 했다": the frame of
#     roles the sides aim at, told before the duties ("이에 따라 A는 …"), not a duty


# Rule definition: "'가온 일자리 사업'은 교육, 상담 등을 한곳에서 지원하는 가온시의 대표 사업이다":
# a sentence saying what a programme or a body is; the list inside its clause is what that
# thing does, not what the sides agreed on ("A는 X를, B는 Y를 만드는 회사다": what each
# company makes)
DEFINITION = re.compile(
    r"(?:하는|되는|인|한|된|드는|는)\s+(?:\S+\s+){0,3}\S*(?:사업|프로그램|제도|정책|서비스|플랫폼|"
    r"행사|축제|기관|단체|시설|공간|회사|기업|업체)(?:이다|입니다|다)\.?\s*$"
    # a party introduced ("새터마을은 …가 사는 마을로, 사과 농사를 주로 짓는다", "A는 …
    # 기업으로, B를 생산한다"): what the body is and does anyway
    r"|^\S+(?:은|는)\s+(?:\S+\s+){0,6}\S*(?:마을|회사|기업|업체|단체|조합|도시)(?:으로|로),\s")
AIM_OR_DEFINITION = re.compile(f"{AIM_OF_AGREEMENT.pattern}|{DEFINITION.pattern}")

# Rule purpose-agreed: "양 기관은 … 창업 생태계를 조성하는 데 뜻을 모았다", "지역 상권을
# 활성화하는 데 힘을 모으기로 했다": what the sides set their minds on is a climate to make, a
# level to raise or a gap to close, the general purpose (GUIDELINES), not a task; "A와 B를
# 추진하는 데 뜻을 모았다" names tasks, and a clause before ("A를 운영하고 …") is one
_PURPOSE_DOING = (
    r"(?:도모|증진|활성화|실현|제고|향상|이바지|기여)하는|높이는|불어넣는|앞당기는"
    r"|(?:생태계|환경|여건|분위기|토양|토대|기반|문화)(?:을|를)\s+(?:(?:조성|마련|구축)하는|만드는)"
    r"|(?:도시|사회|공동체|마을|구조|세상)(?:을|를)\s+만드는"
    r"|(?:격차|공백|문제|부담|불균형|사각지대|갈등|어려움)(?:을|를)\s+(?:해소|해결|극복)하는"
    r"|방안(?:을|를)\s+(?:(?:마련|모색)하는|찾는)")
_PURPOSE_AGREED = re.compile(
    rf"(?:{_PURPOSE_DOING})\s+데(?:에)?\s+(?:(?:{ADVERB})\s*)*"
    r"(?:뜻을\s*(?:모|같이|함께)|힘을\s*(?:모|합|보태)|의견을\s*모|공감|합의)\S*(?:\s+\S+)?\s*$")
_CLAUSE_BEFORE = re.compile(r"\S(?:하고|하며|이고|이며|했고|하였고|며),?\s")


def purpose_agreed(text: str) -> bool:
    """Rule purpose-agreed: the sentence's one clause sets the sides on a general purpose."""
    found = _PURPOSE_AGREED.search(text.strip().rstrip("."))
    return found is not None and not _CLAUSE_BEFORE.search(text, 0, found.start())


# Rule expected-effect: "이번 협약으로 관광객 체류 시간이 늘고 지역 소비가 살아날 것으로
# 기대된다": what the agreement is hoped to bring, told as a forecast, no term (GUIDELINES:
# not the general purpose); the forecast's own ending closes the sentence
_EXPECTED_EFFECT = re.compile(
    r"\S\s+것(?:으로|이라고)\s+(?:크게\s+)?(?:기대|전망|예상|관측)(?:된다|됩니다|하고\s+있다|한다)"
    r"\.?\s*$")
# "A에 협력하기로 해 …", "A를 합의했으며 이에 따라 … 기대하고 있다": a term told before the
# forecast, read as one
_TERM_BEFORE = re.compile(rf"(?:기로|키로)\s|{PLEDGE}|(?:했|하였)(?:으며|고)\s")


# Rule earlier-agreement-topic: "당시 협약에는 A와 B가 담겼다", "1차 협약은 …": the terms of
# an earlier agreement of the same sides, told as background
_EARLIER_AGREEMENT_TOPIC = re.compile(
    rf"^\s*(?:당시|지난|앞선|기존|이전|1차)(?:의)?\s*(?:\S+\s+)?(?:업무\s*)?(?:{AGREEMENT})서?"
    r"(?:에는|은|는|의|에서는)\s")


# Rule liaison-offices: "원활한 연락을 위해 A는 국제교류팀이, B는 대외협력과가 실무 연락을
# 맡는다": the office each side names for keeping in touch, a procedure of the agreement, no
# field of cooperation (a liaison officer sent as a term, "상호 연락관 파견", stays an area)
_LIAISON_WORK = re.compile(
    r"(?:실무\s*)?연락(?:\s*창구|\s*업무|\s*및\s*협의\S*)?(?:을|를|은|는)?\s*(?:\S+\s+)?"
    r"(?:맡|담당|전담)")
_OFFICE_AS_SUBJECT = re.compile(r"\S(?:팀|과|실|부|국|처|센터|사무소)(?:이|가),?\s")


def liaison_offices(text: str) -> bool:
    """Rule liaison-offices: the sentence names the offices that keep the sides in touch."""
    return bool(_LIAISON_WORK.search(text) and _OFFICE_AS_SUBJECT.search(text))


# Rule further-agreement-planned: "군은 다음 달 누리대와도 농활 협약을 추진할 계획이다": a
# further agreement one side plans is told, not a term of this one (the agreement's noun is
# the object of the planned signing)
_FURTHER_AGREEMENT = re.compile(
    rf"(?:{AGREEMENT})(?:을|를)?\s*(?:추진|체결|맺)[가-힣]*\s+(?:{PLAN})")


def states_no_terms(text: str) -> bool:
    """The agreement's general aim, a definition, a purpose agreed on (rule purpose-agreed),
    what a side does apart from the agreement (rule apart-from-this), what it is expected
    to bring (rule expected-effect), an earlier agreement's terms (rule
    earlier-agreement-topic), the offices that keep in touch (rule liaison-offices) or a
    further agreement planned (rule further-agreement-planned): no terms told."""
    return bool(AIM_OR_DEFINITION.search(text)) or purpose_agreed(text) \
        or bool(TOLD_APART.match(text)) \
        or bool(_EXPECTED_EFFECT.search(text)) and not _TERM_BEFORE.search(text) \
        or bool(_EARLIER_AGREEMENT_TOPIC.match(text)) or liaison_offices(text) \
        or bool(_FURTHER_AGREEMENT.search(text))

# Rule attachments: a press release's list of what it comes with ("붙임 1. 협약식 사진 2매
# 2. 회사 개요 1부. 끝."), numbered like a list of areas
ATTACHMENTS = re.compile(
    r"^\s*[\[<(]?\s*(?:붙임|첨부|별첨)(?:\s?(?:자료|파일))?\s*[\]>)]?\s*[:：]?\s*(?:\d|$)", re.M)


# "지난 3월 …와 협약을 맺었다": a signing dated before this one
_BEFORE_NOW = re.compile(rf"{_EARLIER_TIME}|\d{{4}}년")
SIGNED = re.compile(
    rf"(?:(?:{SIGN_VERB})(?:했|하였)|맺었|(?:{CEREMONY})을\s*가졌)(?:다|으며|고)|(?:{SIGN_VERB})한\s*바|맺은\s*바")


def earlier_agreement(block: Sentence, signing: Sentence,
                      before: Sequence[Sentence] = ()) -> bool:
    """Whether ``block`` (not the signing sentence) tells of an earlier agreement ("앞서 시는
    지난 3월 한별대와 A, B 등에 협력하는 협약을 맺었다"): its list is that agreement's;
    ``before``: the blocks read before it (rule aside-follow-up)."""
    if block.start == signing.start:
        return False
    text = block.text
    return bool((EARLIER.search(text) or _BEFORE_NOW.search(text)) and SIGNED.search(text)) \
        or bool(before) and _follows_aside(block, signing, before[-1])


# what puts a sentence under the agreement reported ("이번 협약으로 양 기관은 …")
_THIS_AGREEMENT = re.compile(r"(?:^|\s)이번\s")


def _follows_aside(block: Sentence, signing: Sentence, aside: Sentence) -> bool:
    """Rule aside-follow-up: "한편 시는 지난해 솔빛병원과 … 협약을 맺은 바 있다. 두 기관은 무료
    건강검진에 힘을 모았다": right after a background signing, a sentence whose topic is that
    signing's parties (counted, or its partner named) tells that earlier agreement; one under
    this agreement ("이번 협약으로 양 기관은 …") is this one's again."""
    topic = topic_of(block.text)
    if topic is None or UNDER_AGREEMENT.search(block.text) or _THIS_AGREEMENT.search(topic) \
            or not earlier_agreement(aside, signing):
        return False
    name = topic.split()[-1]
    return bool(PARTY_TOPIC.search(topic)) or len(name) >= 2 and name not in COMMON_TOPICS \
        and name in aside.text and name not in signing.text


# A list that says what it lists, other than areas: prizes, schedule, the ceremony's order,
# who attends, the term and conditions, one body's own yearly work plan ("업무계획은 다음과 같다")
NOT_AREAS_TOPIC = re.compile(
    r"(?:시상|수상|수상자|내역|일정|순서|식순|참석자|명단|기간|자격|요건|조건|상금|모집|대상자|"
    r"성과|실적|현황|연혁|약력|효과|대상|방법|절차|방식|문의|신청|접수|업무\s*계획)"
    r"(?:은|는|으로는|로는)\s*(?:다음과\s*같(?:다|습니다)\.?|:)?\s*$"
)   # "참석자는 다음과 같다." leads in to people, not areas
PROGRAMME = re.compile(
    r"순(?:서)?(?:으로|로)\s*(?:진행|열렸|열린|이어|치러)"
    r"|^\s*\S+(?:\s\S+)?(?:이|가)\s+(?:(?:진행|개최)(?:됐|되었)|열렸|이어졌|마련됐)다"
)   # "▲시설 견학 ▲간담회 ▲오찬이 진행됐다": what was held that day
# The steps of a ceremony ("▲국민의례 ▲내빈 소개 ▲협약서 서명 ▲기념촬영으로 진행됐다")
_CEREMONY_STEP = re.compile(
    r"\s*(?:국민의례|개회(?:사|식|\s*선언)?|폐회(?:사|식)?|내빈\s*소개|인사말|환영사|축사|격려사|"
    r"기념사|경과\s*보고|(?:협약서?|협정서?)\s*(?:서명|교환|낭독)|서명식|기념\s*촬영|기념품\s*(?:전달|교환)|"
    r"오찬|만찬|현판\s*(?:전달|제막)(?:식)?)(?:\s*(?:순|등)?\s*(?:으로|로|을|를|이|가|과|와)?\b.*)?$"
)
# A condition of the agreement, not a field: "협약 기간 3년", "사업비: 10억원", "참여 인원 50명";
# and a disclosure's form lines (rule disclosure-form): "1. 협약 상대방: …", "3. 협약 체결일: …",
# "4. 기타 투자판단에 참고할 사항: …" ("2. 협약 내용: A" is the content)
CONDITION = re.compile(
    r"(?:협약|사업|지원|계약)?\s*(?:기간|유효\s*기간|사업비|총사업비|예산|인원|참여\s*인원|규모|금액|"
    r"일시|장소|대상|상대방|상대\s*기관|체결\s*일(?:자|시)?|기타[^:：\n]{0,20}사항)\s*(?::|：|\S*\d)"
)


# Rule figures-listed: every item a count of what there is ("관내 농가는 ▲벼 재배 4200가구
# ▲과수 1100가구 등이다"): figures, not fields (a sum of money may be an area: "특례보증 100억 원")
_FIGURE_END = re.compile(
    r"\d[\d,.]*\s*(?:만|천)?\s*(?:가구|명|곳|개소|개사|개|건|%|퍼센트|ha|헥타르|㎡|톤|마리|세대)$")


def figures_listed(labels: list[str]) -> bool:
    """Whether every one of two or more ``labels`` ends in a count (rule figures-listed)."""
    return len(labels) >= 2 and all(_FIGURE_END.search(label) for label in labels)


# Rule own-ongoing-programmes: a list led by what one body is already running ("군이 추진
# 중인 사업은 ▲A ▲B 등이다"): its own programmes, not the agreement's (not the parties
# together, "양 기관이 추진 중인 사업은", nor under the agreement, "협약에 따라 …")
_ONGOING_PROGRAMMES = re.compile(
    r"(?:추진|운영|진행|시행)\s*(?:중인|하고\s*있는|해\s*온|해온)\s+(?:\S+\s+)?"
    r"(?:사업|정책|프로그램|과제|시책)(?:은|는|으로는|로는)\s*(?:다음과\s*같다\.?|:)?\s*$")


def own_ongoing_programmes(intro: str) -> bool:
    """Whether the words before a list lead in to one body's own running programmes (rule
    own-ongoing-programmes)."""
    return bool(_ONGOING_PROGRAMMES.search(intro)) and not PARTIES.search(intro) \
        and not re.search(AGREEMENT, intro)


def ceremony_steps(items: list[tuple[int, str]]) -> bool:
    """Whether most items are steps of the ceremony itself (its programme, not its content)."""
    steps = sum(1 for _, raw in items if _CEREMONY_STEP.match(clean(raw)))
    return steps >= 2 and 2 * steps >= len(items)


# "…▲솔빛병원과(도) 각각 협약을 체결했다": the last bullet is a partner of a signing
PARTNERS_SIGNED = re.compile(
    rf"\S(?:과|와)도?\s+(?:(?:각각|잇따라|차례로|업무|상호)\s+)*(?:\S+\s+)?(?:업무|상호|교류)?(?:{AGREEMENT}|{CEREMONY})\S*\s+"
    rf"(?:(?:{SIGN_VERB})|맺|가졌|했)")
# "▲A가 B와 업무 협약을 체결했다. (가람군)": a photo caption, not an item
SIGNED_ITEM = re.compile(rf"(?:{SIGN_VERB})\S*(?:했다|하였다)|맺었다|(?:{CEREMONY})을\s*가졌다")
