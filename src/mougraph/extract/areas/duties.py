"""Each party's duties told in clauses: "협약에 따라 A는 X에 앞장서고, B는 Y를
제공하기로 했다" -> "X에 앞장", "Y를 제공"; which sentences may tell a duty, where a clause
ends, and the other party's share told right after."""
from __future__ import annotations

import re

from ...hangul import FINAL_N, NO_FINAL, final_of, syllables_with_final
from ...lexicons import lexicon_words
from ...morph import Token, tokenize
from ...text import Sentence
from ..cues import (
    ADVERB,
    AGREEMENT,
    CEREMONY,
    COOP_VERB,
    COOPERATING,
    HOPE,
    PLEDGE,
    SIGN_VERB,
)
from .items import (
    AIM_VERB,
    GO_ON,
    LEAD_ADVERBIAL,
    POLITE_PRESENT,
    QUOTE,
    UNDER_AGREEMENT,
    VAGUE_WORKS,
    activity_ending,
    ends_in_activity,
    opens_aside,
    split_prose,
    without_aim,
    without_aim_after_deed,
)
from .parties import (
    COMMON_TOPICS,
    PARTY_TOPIC,
    SECOND_TOPIC,
    TOPIC_AHEAD,
    TOPIC_MARK,
    names_party,
    short_for_party,
    topic_of,
)
from .refusals import DECIDED, DONE_EARLIER, HABIT, past_fact
from .verbs import TRANSITIVE, VAGUE, verb_item

# Verbs (or verbal nouns) of what one side does for the other under the agreement.
_ACTION = (
    "협력|추진|지원|제공|활용|홍보|교류|모색|수행|개발|참여|앞장|최선|펼치|펼쳐|노력|공유|육성|"
    "펼친(?=다)|벌인(?=다)|벌이(?=고|며|기)|벌여|"   # "A와 B 활동을 펼친다": native verbs of doing
    "운영|협조|발굴|구축|확대|강화|실시|진행|맡|담당|전담|책임지|책임진|총괄(?=하|해|키)|"
    "지급(?=하|해|키)|"   # "도는 채용 장려금을 지급한다"
    "투입(?=하|해|키)|"   # "시는 조성비로 30억원을 투입하고": a side's share in money
    "갖추(?=고|며|기|어)|갖춘다|갖춰"   # "병원은 응급 의료진 대기 체계를 갖춘다": a side sets it up
)
# Verbs whose object alone says less than the duty: the verb stays ("목표 설정을 총괄")
_DEED = {"총괄", "투입"}   # (an amount alone is no duty: "30억원을 투입")
# syllables with no final consonant: 을 after one is no particle but the noun's own ("마을",
# "가을"; the object particle there is 를)
_OPEN_SYLLABLE = f"[{syllables_with_final(NO_FINAL)}]"
# How often a duty recurs, between its object and its verb ("교환을 해마다 추진하고"): rule
# rhythm-before-verb (the item is the object and the verb, as without it)
_RHYTHM = r"해마다|매년|매해|매월|매달|매주|정기적으로|수시로"
# A clause's object and its verb of acting: "X를 제공하고", "X에 적극 앞장서고"
_CLAUSE_ITEM = re.compile(
    rf"(?P<np>\S.*?)(?P<p>(?<!{_OPEN_SYLLABLE})을|를|에)\s+(?:\S+(?:에게|에게도|들에게)\s+)?"
    rf"(?P<adv>(?:(?:{ADVERB}|지속적으로|각각|각자|{_RHYTHM})\s+)*)"
    rf"(?P<verb>{_ACTION})(?![비금자단처팀간])(?P<tail>\S*)"
)   # not a noun the verbal noun begins ("운영비", "지원금", "참여자", "추진단", "실시간")
# Where a clause ends: 고, 며, 면서, 거나 (고 ends a clause, not a noun: "금고", "창고", "광고",
# "재고", "최고", nor the school level closing "초·중·고", "중고"), "한편", a verbal noun and a
# comma, an object and the next party's topic
_CLAUSE_END = re.compile(
    rf"(?:(?<!금)(?<!창)(?<!광)(?<!재)(?<!최)(?<!중)(?<![·ㆍ])고(?!\s*있)|며|으며|면서|거나)(?:,)?\s|(?<=는)\s+(?:한편|대신),?\s|\s뿐만\s*아니라\s"
    rf"|(?<=\s)(?:{_ACTION})\S{{0,2}},\s|(?<=[을를]),\s(?={TOPIC_AHEAD})"
)
_PAST_CLAUSE = re.compile(
    r"(?<!기로\s)(?<!키로\s)(?<!기로)(?<!키로)(?:했|였|었|됐|혔)(?:고|으며|는데)[,\s]"
)   # "…을 맡기로 했으며": a decision, not a story of what was done


# A side's background in the present tense: a count of what it has and runs ("8개 학과를
# 운영한다", "300여 병상을 갖추고 있다"), not of fields or programmes taken up
_HOLDINGS = re.compile(
    r"\d[\d,]*\s*여?\s*(?:개|곳|명|병상|대|종)\s*(?:의\s*)?"
    r"(?!분야|부문|과제|사업|항목|영역|프로그램|과정|강좌)\S*(?:을|를)\s+(?:\S+\s+)?"
    r"(?:운영|보유|갖추|갖춘|두고|둔다|거느리)"
)


# Rule side-founding: a side's founding told with its year or as the start of its record
# ("누리대학교는 1987년 개교한 거점 대학으로 X를 운영한다", "재단은 설립 이래 Y를 지원한다"),
# its size ("재학생 1만 명 규모로"), an award or selection ("우수대학으로 선정돼", "표창을
# 받은"), its years at it ("40년 가까이", "개교 40주년을 맞아"): what the side is and has
# done, background, not a duty under this agreement
_FOUNDED = r"개교|설립|창립|개원|출범|창업|개관|창단"   # the ways a body is founded or opened
_FOUNDING = re.compile(
    rf"\d{{4}}년(?:에)?\s*(?:문을\s*(?:연|열어|열고|열었)|(?:{_FOUNDED})\S*)"
    rf"|(?:{_FOUNDED})(?:한|된)?\s*(?:이래|이후)"
    r"|\d[\d,만천]*\s*(?:여\s*)?명\s*규모|(?:선정|지정)(?:돼|되어|된)\s|표창을\s*받|(?:상|대상)을\s*수상"
    r"|\d+년\s*(?:가까이|넘게|째)\s|\d+주년을\s*맞")


# Rule side-status: a side described by its standing ("누리대학교는 지역 유일의 공과대학으로 X를
# 운영한다", "솔빛테크는 국내 최대 규모의 부품 기업으로 …"): what the side is and does
# already, background (GUIDELINES), not a duty under this agreement
_STATUS = re.compile(
    r"(?:^|\s)(?:지역|국내|도내|시내|관내|전국|세계|업계|국내외)(?:에서)?\s*"
    r"(?:유일의|유일한|최대의?|최고의?|최초의?|대표|대표적인|첫)\s+(?:\S+\s+){0,2}?\S+(?:으로|로)(?:서)?\s")


# The signing sentence going on with what the sides decided ("…협약식’을 갖고, A를 지원키로 했다")
_SIGNED_THEN_DECIDED = re.compile(
    rf"(?:{AGREEMENT}|{CEREMONY})\S*(?:을|를)\s+(?:\S+\s+)?(?:(?:{SIGN_VERB})하|맺|가지|갖|열)(?:고|며),?"
    r"\s.*(?:기로|키로)\s*(?:했|합의했|약속했|하였)\S*"
    # rule decided-announced: "…하기로 합의했다고 19일 밝혔다": the decision, announced
    r"(?:(?<=다고)\s+(?:\d{1,2}일\s+)?밝혔다\.?)?\s*$")
_ANNOUNCED = re.compile(r"(?<=[했였])다고\s+(?:\d{1,2}일\s+)?밝혔다\.?(?=\s*$)")


# Rule deung-groundwork: "이번 협약으로 양 기관은 A를 꾸리고 B를 공유하는 등 X를 다지는 계기를
# 마련했다": told in the past, the chain closed by 등 is what the agreement has the sides do,
# the groundwork it lays their purpose (read as "B를 공유하고", as rule deung-cooperate does)
_GROUNDWORK = re.compile(
    r"(?<=[가-힣])하는\s+등\s+(?:\S+\s+){0,5}?(?:계기를|발판을|기반을|토대를)\s+마련(?:했|하였)다\.?\s*$")


# Rule deung-means-groundwork: "이번 협약을 통해 양 기관은 A를 운용하고 B, C 등으로 X 능력을
# 향상시키는 계기를 마련했다" (발판을, 기반을 too) / "… 등으로 X 태세를 다지게 됐다": the list
# closed by 등으로 is the means the agreement gives the sides, the rest their purpose (read as
# "… B, C 등을 추진하기로 했다")
_MEANS_LAID = re.compile(
    r"(?<=[가-힣])\s+등으로\s+(?:\S+\s+){0,6}?(?:(?:계기를|발판을|기반을|토대를)\s+마련(?:했|하였)다"
    r"|\S+게\s+(?:됐|되었)다)"
    r"\.?\s*$")
_MEANS_READ = " 등을 추진하기로 했다."
# "13일 가온군단에 따르면 이번 협약을 통해 …": who told the reporter, before the clause
_ATTRIBUTED = re.compile(r"^\s*(?:\d{1,2}일\s+)?(?:\S+\s+){0,2}?\S+에\s+따르면,?\s+")


# A duty told in the present right after the signing ("시는 A를 제공한다"), not a side's
# background ("2010년부터 운영한다", "현재", "이미", "매년")
_PRESENT_DUTY = re.compile(r"\S(?:한다|는다)\.?$")
_BACKGROUND = re.compile(r"\d{4}년|(?:^|\s)(?:현재|이미|매년|해마다|그동안|그간|지금까지)(?:\s|,)")


def _present_duty(text: str) -> bool:
    text = text.strip()
    return bool(_PRESENT_DUTY.search(text)) and not _BACKGROUND.search(text)


# Rule interview-contents: an interviewer's question about the agreement's contents
# ("-협약 내용을 소개해 달라.", "Q. MOU의 주요 내용은?", "-협약은 어떤 내용인가."); the quoted
# answer after it tells the
# terms in the interviewee's words ("군은 A를 지원하고, 우리는 B를 책임진다"), so its quote
# marks do not make it a quote about the agreement
CONTENTS_ASKED = re.compile(
    rf"^\s*(?:[-—–]|Q\.?\s)\s*(?:\S+\s+)?\S*(?:{AGREEMENT})\S*\s+(?:\S+\s+)?(?:주요\s+)?(?:내용|골자)\S*"
    r"(?:\s+\S+)?\s*(?:달라|주세요|무엇인가|뭔가|인가|입니까|\?)\S*\s*$")
# ... and a question about the signing itself ("-최근 누리대와 협약을 맺었다고 들었다.",
# "Q. 가온시와 MOU를 체결했는데"): the answer tells what was signed, terms and all
SIGNING_ASKED = re.compile(
    rf"^\s*(?:[-—–]|Q\.?\s)\s*\S.*(?:{AGREEMENT})\S*\s+(?:\S+\s+)?(?:맺|체결)\S*"
    r"(?:다고\s+들었다|는데|다던데|다는데)\S*\s*$")
# ... and a question about what the sides agreed ("-구체적으로 무엇에 합의했나.", "Q. 어떤
# 부분에 합의하셨나요?"): the answer lists it (rule asked-what-agreed)
AGREED_ASKED = re.compile(
    r"^\s*(?:[-—–]|Q\.?\s)\s*\S.*(?:무엇|어떤\s*(?:내용|분야|점|부분|사업))\S*\s+"
    r"(?:\S+\s+)?(?:합의|약속|협력하기로)\S*\s*[?.]?\s*$")
_ANSWER_CLOSED = re.compile(r"[”\"]\s*$")


# Rule pledged-under-agreement: a head's quote that opens with the agreement binding a side
# ("\"협약에 따라 시는 A하고, B하겠다\"고 말했다") tells that side's duties; read alone, its
# promise ending as a plain one. A quote of hopes or plans without that opening tells none.
# (its first sentence may close the block before the quote does: "\"협약에 따라 A는 X를 제공하고,
# B는 Y를 맡습니다. …\"", the explanation going on)
_PLEDGE_QUOTE = re.compile(
    rf"[\"“]\s*((?:이번\s+)?(?:{AGREEMENT})(?:에\s*따라|으로)\s+[^\"“”]+?)(?:[\"”]|\.?\s*$)")
_PROMISE_END = re.compile(r"(?:하겠다|하겠습니다)(?=\.?\s*$)")
# (hoped-not-pledged) "\"이번 협약으로 농가가 안심하는 모델이 자리잡고 … 계기가 되기를
# 바란다\"": the agreement opens a wish, no side bound to a duty ("안심하는" is no topic)
_WISHED = re.compile(rf"기를\s*(?:{HOPE})")
_POLITE_PRESENT = re.compile(POLITE_PRESENT[0] + r"(?=\.?\s*$)")   # "맡습니다" -> "맡는다"


def pledged_duties(text: str) -> str | None:
    """``text`` with only such a quote's words kept (offsets kept, the rest blanked, "하겠다"
    read as "한다"), else None."""
    m = _PLEDGE_QUOTE.search(text)
    if m is None or not re.search(r"\S(?:은|는)\s", m.group(1)) or _WISHED.search(m.group(1)):
        return None   # no side as its topic, or a wish (hoped-not-pledged)
    words = _PROMISE_END.sub(lambda e: "한다".ljust(len(e.group())), m.group(1))
    words = _POLITE_PRESENT.sub(POLITE_PRESENT[1] + " ", words)    # (padded: 습니다 is longer)
    return " " * m.start(1) + words + " " * (len(text) - m.end(1))


def answer_of(text: str, answering: bool) -> tuple[str | None, bool]:
    """A sentence's text as read for duties when it is part of the answer (``answering``: the
    question or the answer's sentences came before it), its quote marks blanked with offsets
    kept, or a head's pledge under the agreement (``pledged_duties``), else None; and whether
    the answer goes on after it."""
    read = QUOTE.sub(" ", text) if answering else pledged_duties(text)   # or a head's pledge
    asked = CONTENTS_ASKED.match(text) or SIGNING_ASKED.match(text) or AGREED_ASKED.match(text)
    return read, bool(asked) or answering and not _ANSWER_CLOSED.search(text)


def _side_background(text: str) -> bool:
    """Rules side-founding and side-status: the side's story or standing told with what it
    does ("A는 1987년 개교해 X를 운영한다", "A는 지역 유일의 공과대학으로 X를 운영한다"), unless
    the agreement binds it or the sides decided it (one test for both, so the two cannot drift
    apart in what lets a duty through)."""
    return bool(_FOUNDING.search(text) or _STATUS.search(text)) \
        and not UNDER_AGREEMENT.search(text) and not DECIDED.search(text.strip().rstrip("."))


def clause_eligible(text: str, signing: Sentence, previous: bool,
                     right_after: bool = False, names: str = "") -> bool:
    """Whether ``text`` may tell a side's duty; ``right_after``: it follows the signing
    sentence, or duties told right after it; ``names``: the parties' names and aliases (a
    topic among them names a party the signing sentence leaves out)."""
    if QUOTE.search(text) or opens_aside(text) or re.search(r"바\s*있다", text):
        return False  # quotes, asides, what was done before
    if text == signing.text and _SIGNED_THEN_DECIDED.search(text):
        return True   # "…와 지난 6월 협약식을 갖고, A를 지원키로 했다": what the signing binds
    if UNDER_AGREEMENT.search(text) and (_GROUNDWORK.search(text) or _MEANS_LAID.search(text)):
        return True   # "이번 협약으로 양 기관은 A하고 B하는 등 …계기를 마련했다" (deung-groundwork)
    if DONE_EARLIER.search(text):
        return False  # "A는 지난달 X를 발표하고 Y를 투입하기로 했다": decided before this signing
    if past_fact(text) and not re.search(r"(?:기로|키로)\s*(?:\S+\s+)?\S*$", text.strip()):
        return False
    if _PAST_CLAUSE.search(text):
        return False  # "A는 기부금을 전달했고, B는 …": a story of what was done
    if re.search(r"고\s*있다\.?\s*$|\s중(?:이다|에\s*있다)\.?\s*$", text):
        return False  # "…을 운영하고 있다", "…을 추진 중이다": what a side already does
    if _HOLDINGS.search(text) and not UNDER_AGREEMENT.search(text):
        return False  # "A는 공학, 인문 등 8개 학과를 운영한다": what a side has, no duty
    if _side_background(text):
        return False  # "A는 1987년 개교해 X를 운영한다": the side's story, no duty
    if UNDER_AGREEMENT.search(text) or (previous and GO_ON.match(text)):
        return True
    if (subject := _PARTY_SUBJECT.match(text)) and SECOND_TOPIC.search(text) \
            and names_party(subject.group(1), signing.text + names):
        return True   # rule subject-party-pair: "A가 X를 맡고, B는 Y를 담당한다"
    if (opened := _ROLES_OPENER.match(text)) and _present_duty(text) \
            and (subject := _PARTY_SUBJECT.match(text, opened.end())) \
            and names_party(subject.group(1), signing.text + names):
        return True   # rule roles-subject: "역할을 보면 A가 X를 맡는다"
    topic = topic_of(text)
    if topic is None:
        return False
    name = re.sub(r"에서$", "", topic.split()[-1])
    fresh = right_after and _present_duty(text)   # "시는 A를 제공한다. 대학은 B를 운영한다."
    if (previous or fresh) and name in _KIND_AS_NAME \
            and len(topic.split()) == 1 \
            and len(re.findall(rf"[가-힣]{name}(?:교)?(?:과|와|은|는|이|가|의|\s)",
                               signing.text)) == 1:
        return True   # "병원은 A를 열고 … 학교는 B를 맡는다": the one party of that kind
    # "시는 A를 제공하고 대학은 B를 맡기로 했다"; the city named in full among the parties
    # where the signing sentence itself calls it "시" ("시는 18일 누리대와 협약을 체결했다")
    if short_for_party(name, signing.text + names):
        return bool(DECIDED.search(text.strip().rstrip(".")) or SECOND_TOPIC.search(text)
                    or previous and re.search(r"\S(?:한다|는다)\.?$", text.strip()) or fresh)
        # "재단은 A를 맡는다. 시는 B를 지원한다.": the city's share right after the other's
    return names_party(topic, signing.text + names)


# A party opening the sentence as its subject (이/가), its duty first
_PARTY_SUBJECT = re.compile(r"\s*(\S{2,}?)(?:이|가)\s+(?=\S)")
# Rule roles-subject: "역할을 보면 A가 X를 맡는다", "협약 내용을 살펴보면 A가 …": an opener
# that turns to what each side does, then a party named as the subject of a present duty
_ROLES_OPENER = re.compile(rf"\s*(?:(?:{AGREEMENT})\s*)?(?:역할|내용|역할\s*분담)을\s*(?:살펴\s*)?"
                           r"보면,?\s+")


# Rule aim-of-duties: "A는 X를 맡고 B는 Y를 지원해, 원도심 상권을 살리는 데 힘을 모으기로
# 했다": after the duties, what they are for, told as the sides' shared effort; not a duty
# (the aim's verbs those of items.AIM_VERB; "A를 운영하고 B를 추진하는 데 힘을 모은다" keeps B)
_AIM_OF_DUTIES = re.compile(
    rf"(?:{AIM_VERB})\S*는\s+데(?:에)?\s+(?:(?:{ADVERB})\s*)*"
    rf"(?:(?:{COOPERATING})|{COOP_VERB}|앞장|힘쓰|힘을\s*쏟)")


_MEANS_BEFORE = re.compile(r"(?<=[가-힣])(?:해|하여|해서),?\s")
# Rule duty-as-manner: "B는 교육 장소를 내주는 방식으로 청년 역량을 높이는 데 협력한다":
# the clause before 방식으로 is the side's duty, what follows the aim they work at; read as
# "…내주고, …" (padded, so offsets hold)
_MANNER = re.compile(rf"(?<=[가-힣])는\s+방식으로,?\s+(?=[^.]*?{_AIM_OF_DUTIES.pattern})")


# Rule activity-also-done: "또 A 공동 발굴도 추진한다": 도 after a whole activity before a
# verb of acting marks what is done, as 을/를 would (one more item); read so, the item is the
# activity (not "A 공동 발굴도 추진"). Not after a body ("지역 기업도 지원한다": it also acts).
_ALSO_OBJECT = re.compile(
    rf"(?P<word>[^\s,]+)도(?=\s+(?:(?:{ADVERB})\s+)*(?:{_ACTION}))")


def _object_for_also(m: re.Match[str]) -> str:
    word = m.group("word")
    if not ends_in_activity(word):
        return m.group(0)
    return word + ("를" if final_of(word[-1]) == NO_FINAL else "을")


def clause_items(text: str, covered: list[tuple[int, int]],
                  names: str = "", parties: tuple[str, ...] = ()) -> list[tuple[int, str]]:
    """One item per clause that says what a side does under the agreement; ``names`` (the
    signing sentence) tells a party written as the clause's subject, ``parties`` a partner."""
    # rule decided-announced: "…하기로 합의했다고 19일 밝혔다" read as "…하기로 합의했다."
    text = _ANNOUNCED.sub(lambda m: "다.".ljust(len(m.group())), text)
    if UNDER_AGREEMENT.search(text):   # rule deung-means-groundwork
        text = _MEANS_LAID.sub(lambda m: _MEANS_READ.ljust(len(m.group())), text)
        text = _ATTRIBUTED.sub(lambda m: " " * len(m.group()), text)
    text = _MANNER.sub(lambda m: "고, ".ljust(len(m.group())), text)   # rule duty-as-manner
    also = [w for w in _ALSO_OBJECT.findall(text) if ends_in_activity(w)]
    text = _ALSO_OBJECT.sub(_object_for_also, text)   # rule activity-also-done
    items: list[tuple[int, str]] = []
    inside: list[tuple[str, str]] = []   # deadlines cut from inside a duty, put back below
    start = 0
    for end in _clause_bounds(text, names):
        clause = text[start:end]
        offset = start
        start = end
        if any(a < offset + len(clause) and offset < b for a, b in covered):
            continue
        if (goes_on := _clause_goes_on(clause, text[end:], names)) is not None:
            start = offset if goes_on else end
            continue   # "A가 기획하고 운영하는 사업", "과정을 마치고 수료한 학생": a modifier
        body = _without_partner_topic(_without_described_party(clause_body(clause), names),
                                      names, () if BOTH_SIDES.search(clause) else parties)
        uncut = _without_party_subject(body, names)
        body = without_aim_after_deed(_without_deadline(uncut, text))
        if cut := _deadline_inside(uncut, body):
            inside.append(cut)
        body = _DEUNG_COOPERATE.sub("하고", body)   # rule deung-cooperate
        at = offset + (len(clause) - len(body))
        if _DESIGNATES.search(body) or _PROCEDURE.search(body):
            continue   # "A는 기획과, B는 대외협력팀을 전담 부서로 지정해": who keeps contact
        if _OTHER_SUBJECT.match(body) or _CHAIN_FIRST.match(body):
            continue   # "A군은 인구 비율이 35%에 달하고": a fact; a chain with its doer cut
        if items and (aim := _AIM_OF_DUTIES.search(body)) \
                and not _MEANS_BEFORE.search(body, 0, aim.start()):
            continue   # rule aim-of-duties (a deed before it stays: rule aim-after-deed)
        if duty := _duty_object(body, text[end:]):
            items += [(at + o, i) for o, i in _duty_parts(body, duty)]
            continue
        m = _CLAUSE_ITEM.search(body)
        if m and _MEANS.fullmatch(m.group("tail")) and (
                re.search(r"\S\s+\S", body[m.end() :]) or _CHAINED_VERB.fullmatch(body[m.end() :])):
            # "A를 활용해 B를 지원한다": the first verb is the means of the clause's own verb;
            # "A를 구축해 운영한다": one object, two deeds (rule chained-deeds), read whole
            label = verb_item(body, duty=True) or _action_item(body, m)
        elif m and _modifier_first(body, m):
            label = verb_item(body, duty=True)   # rule modified-object: the whole clause
        else:
            label = _action_item(body, m) if m else verb_item(body, duty=True)
        label = label or next(filter(None, (read(body) for read in BARE_CLAUSES)), None)
        label = label and _ABOUT_FRAME.sub("", label)
        if label and (pair := as_well_as(label)):
            items += [(at + max(body.find(part), 0), part) for part in pair]
        elif label and len(label.replace(" ", "")) >= 4 and not _states_term(label) \
                and not VAGUE_WORKS.search(label):
            items += _listed_object(body, at, label, m)
    return [(o, _as_written(_with_deadline(i, inside), also)) for o, i in items]


def _as_written(label: str, also: list[str]) -> str:
    """``label`` with the 도 that rule activity-also-done read as 을/를 written back."""
    for word in also:
        label = re.sub(rf"{re.escape(word)}[을를](?=\s|$)", word + "도", label)
    return label


def _deadline_inside(uncut: str, body: str) -> tuple[str, str] | None:
    """The deadline rule deadline-of-duty cut from inside a duty ("진입도로를 2027년까지 확장"),
    as (the words before it, the deadline), to be put back: the duty is worded as written
    (GUIDELINES), only a deadline opening it is trimmed as an agreement's term is."""
    if uncut == body or uncut.endswith(body):
        return None   # nothing cut, or only the opening
    at = next(i for i, (a, b) in enumerate(zip(uncut, body, strict=False)) if a != b)
    before = body[:at].split()
    return (before[-1] + " ", uncut[at : at + len(uncut) - len(body)]) if before else None


def _with_deadline(label: str, inside: list[tuple[str, str]]) -> str:
    """``label`` with a deadline cut from inside its duty put back after the word before it."""
    for before, deadline in inside:
        if (i := label.find(before)) >= 0:
            j = i + len(before)
            return label[:j] + deadline + label[j:]
    return label


# "인적교류하고", "기술자문하기로 합의했다": a clause that is one compound verbal noun and its
# ending, the activity without an object
_BARE_VERBAL = re.compile(
    r"\s*(?P<stem>[가-힣]{4,12}?)(?:하고|하며|하면서|하기로|키로|한다|해)"
    rf"(?:\s+(?:{PLEDGE}|했|하였)\S*)?[.,]?\s*")


def bare_verbal_noun(body: str) -> str | None:
    """Rule bare-verbal-noun: "양 기관은 인적교류하고 공동연구하며 …" -> "인적교류", "공동연구":
    a compound of a field and an activity noun (activity_nouns.txt) done with 하다 is the
    item. Not the cooperating itself ("상호협력하고", "공동추진키로": cue family cooperating)
    nor an adverb with a verbal noun ("적극지원하고")."""
    m = _BARE_VERBAL.fullmatch(body)
    if m is None:
        return None
    stem = m.group("stem")
    noun = activity_ending(stem)
    if noun is None or re.fullmatch(COOPERATING, noun):
        return None
    prefix = stem[: -len(noun)]
    if len(prefix) < 2 or re.fullmatch(ADVERB, prefix) and prefix not in {"상호", "공동"}:
        return None
    return stem


# "B에 대해서는 공동으로 대응": the frame of cooperating after a clause's field, no part of it
_ABOUT_FRAME = re.compile(
    rf"(?<=\S)에\s*(?:대해|관해)(?:서)?[는도]?\s+(?:(?:{ADVERB}|공동으로|긴밀하게)\s+)*"
    r"(?:협력|협조|협의|대응|논의)$")


# "A는 물론 B까지", "A뿐 아니라 B까지": two items, the second reaching further
_AS_WELL_AS = re.compile(
    r"(?P<a>\S.*?\S)(?:(?:은|는)\s+물론(?:이고|이며)?|뿐(?:만)?\s*아니라)\s+(?P<b>\S.*?\S)까지(?:\s|$)")


def as_well_as(label: str) -> list[str] | None:
    """Rule as-well-as: "농산물 판로 확대는 물론 가공 기술 개발까지 함께 추진" -> "농산물 판로
    확대", "가공 기술 개발": the clause names two activities, the verb is no part of either."""
    m = _AS_WELL_AS.match(label)
    if m is None or min(len(m.group("a")), len(m.group("b"))) < 2 \
            or not ends_in_activity(m.group("a")):
        return None
    return [m.group("a"), m.group("b")]


# Clauses without an object and verb of acting, read when nothing else is: tried in order
BARE_CLAUSES = (bare_verbal_noun,)


# A deadline in a duty: "2027년까지", "2026년 6월까지", "오는 2028년 말까지", opening it or
# before its verb ("A 부지에 2028년 3월까지 공장을 건립"); or the term of this year or the next
# it is due in ("올해 하반기", "내년 상반기까지", "올해 안에")
_DEADLINE = re.compile(r"(?:^|(?<=\s))(?:(?:오는\s+)?\d{4}년(?:\s*\d{1,2}월"
                       r"|\s*(?:말|상반기|하반기))?까지"
                       r"|(?:올해|내년)\s*(?:상반기|하반기|말|안에|중)(?:까지|에|중)?)\s+")


def _without_deadline(body: str, text: str) -> str:
    """Rule deadline-of-duty: "세 기업은 2027년까지 A 공장을 건립하고 B를 채용한다", a duty
    told in the present with the year it is due by, is "A 공장을 건립": the deadline is a term
    of the duty, not the event (inside the duty, only where the sentence is told as the
    agreement's terms: "협약에 따라 B는 A 부지에 2028년까지 공장을 건립하고"); a plan ("…짓고
    … 채용할 계획이다") keeps its year and is read as one side's plan."""
    m = _DEADLINE.search(body)
    # "…을 건립하고 …을 채용하기로 했다": decided under the agreement, as binding as the present
    if m is None or not (_PRESENT_DUTY.search(text.strip())
                         or DECIDED.search(text.strip().rstrip("."))):
        return body
    if m.start() and not UNDER_AGREEMENT.search(text):
        return body   # "A는 … 전문기업으로 2030년까지 450억원을 투자한다": a side's own story
    return body[: m.start()] + body[m.end() :]


# "…을 지원, B를 제공하기로": a verbal noun and a comma end a clause
_NOUN_CLAUSE_END = re.compile(rf"(?<=\s)(?:{_ACTION})\S{{0,2}},\s")


def _clause_bounds(text: str, names: str) -> list[int]:
    """Where the clauses of ``text`` end; a verbal noun before a comma ends one only after
    its object ("장학금을 지원, …"), else it is an item of a noun list
    ("수소충전소 구축, 수소버스 도입, 관련 기업 유치를 추진")."""
    quoted = [(m.start(), m.end()) for m in re.finditer(r"‘[^’]*’|'[^']*'|「[^」]*」", text)]
    bounds: list[int] = []
    tokens = None
    for m in _CLAUSE_END.finditer(text):
        if any(a < m.start() < b for a, b in quoted):
            continue
        if m.group().startswith("고"):
            tokens = tokens if tokens is not None else tokenize(text)
            if _noun_ending_in_go(tokens, m.start()):
                continue   # "근무자에게 신고 요령 교육을 제공": 신고 is a noun, no clause ends
        if _in_noun_list(text, m, bounds[-1] if bounds else 0):
            continue
        bounds.append(m.end())
    # "A는 X 설치, B는 Y를 맡는다": a comma between two parties' topics ends A's duty
    for m in re.finditer(r",\s", text):
        if m.end() in bounds or any(a < m.start() < b for a, b in quoted):
            continue
        since = max([b for b in bounds if b <= m.start()] + [0])
        here = topic_of(text[since : m.start()])
        ahead = re.match(r"\s*([^\s,]+?)" + TOPIC_MARK, text[m.end() :])   # "누리대는 Y를"
        if here and ahead and names_party(here, names) and names_party(ahead.group(1), names):
            bounds.append(m.end())
    return [*sorted(bounds), len(text)]


def _duty_parts(body: str, duty: str) -> list[tuple[int, str]]:
    """"A는 X와 Y를, B는 …": one item per listed activity ("참가자 모집과 장소 제공을,"), one
    item for things listed, none an activity, as what the side gives ("구호 물자와 임시
    거처를,")."""
    parts = split_prose(body, 0, len(duty), tokenize(body))
    activities = lexicon_words("activity_nouns.txt")
    if len(parts) >= 2 and not any(any(i.strip().endswith(a) for a in activities)
                                   for _, i in parts):
        return [(len(duty) - len(duty.lstrip()), " ".join(duty.split()))]
    return parts


def _noun_ending_in_go(tokens: list[Token], at: int) -> bool:
    """Whether the 고 at ``at`` ends a noun as Kiwi reads it ("신고", "공고"), not a verb's
    connective ending ("맡고", "제공하고")."""
    return any(t.tag.startswith("NN") and t.start < at < t.start + len(t.form) for t in tokens)


def _in_noun_list(text: str, m: re.Match[str], since: int) -> bool:
    """Whether the clause end ``m`` is a bare verbal noun and a comma with no object in the
    two words before it: an item of a noun list, not the end of a clause."""
    noun_end = _NOUN_CLAUSE_END.match(text, m.start())
    if not noun_end or noun_end.end() != m.end() or re.search(r"[을를에],", m.group()) \
            or re.match(TOPIC_AHEAD, text[m.end() :]):
        return False   # "A는 X 설치, B는 Y를 맡는다": the next party's duty follows
    before = text[since : m.start()].split()[-2:]
    return not any(re.search(r"\S(?:을|를|에)$", w) for w in before)


# "A, B 등 X로서 역할", "A, B 등 X 업무": a list of duties closed by 등 before the role; rule
# benefits-listed: "A 감면, B 할인 등(의) 혜택을 제공": the benefits named before their kind
_ROLE_OF_LIST = re.compile(
    r"(?P<list>[^,]+,[^,].*?)\s등(?:의)?\s+(?:\S+\s+){0,2}?\S*(?:역할|업무|기능|혜택|특전)$"
)


_CLOSING_DEUNG = re.compile(r"\s+등\s*$")


def _listed_object(body: str, at: int, label: str,
                   m: re.Match[str] | None) -> list[tuple[int, str]]:
    """"A 구축, B 도입, C 유치를 추진할 방침이다", "A 지원과 B 홍보를 추진한다": an object
    listed before a verb that is no part of the item gives one item per listed activity."""
    if m is not None and (role := _ROLE_OF_LIST.match(body, m.start("np"), m.end("np"))):
        # "A 및 B, C 및 D 등 시 금고로서 역할을 수행": the listed duties are the items
        parts = list(re.finditer(r"[^,]+", role.group("list")))   # "및" stays inside an item
        if len(parts) >= 2:
            return [(at + role.start() + p.start()
                     + len(p.group()) - len(p.group().lstrip()), p.group().strip())
                    for p in parts]
    if m is None:
        return _listed_without_object(body, at, label)
    np_at = m.start("np")
    if label != " ".join(m.group("np").split()):
        return _deeds_of_kept_verb(body, at, label, m)
    # (the list may close with 등: "A 독려, B 교육 등을 맡는다")
    items = [(o, _CLOSING_DEUNG.sub("", i)) for o, i in
             split_prose(body, np_at, m.end("np"), tokenize(body))]
    if len(items) < 2 or not all(_names_activity(i) for _, i in items):
        return [(at, label)]   # "통신망, AI, 클라우드 구축": things, built as one item
    return [(at + o, i) for o, i in items]


def _listed_without_object(body: str, at: int, label: str) -> list[tuple[int, str]]:
    """Rule listed-for-a-verb-of-taking-up: "시는 A 지원과 B 제공에 나선다" — a duty whose
    verb takes no object (에 나서다, 에 힘쓰다) listing whole activities joined by 과/와 or
    commas: one item per activity (GUIDELINES), as an object's list is; else the one label."""
    where = body.find(label)
    if where < 0:
        return [(at, label)]
    items = split_prose(body, where, where + len(label), tokenize(body))
    if len(items) < 2 or not all(_names_activity(i) for _, i in items):
        return [(at, label)]
    return [(at + o, " ".join(i.split())) for o, i in items]


# Rule activity-project: "야간 조명 개선 사업" is an activity too, the project of one
_PROJECT = re.compile(r"\S\s+사업$")


def _names_activity(item: str) -> bool:
    """Whether ``item`` ends in a noun of doing (activity_nouns.txt), or in 사업 after one
    ("A 조성, B 개선 사업을 추진": two items, rule activity-project)."""
    words = _PROJECT.sub(lambda m: m.group()[0], item.strip())
    return any(words.endswith(a) for a in lexicon_words("activity_nouns.txt"))


def _deeds_of_kept_verb(body: str, at: int, label: str,
                       m: re.Match[str]) -> list[tuple[int, str]]:
    """Rule listed-deeds-keep-verb: "A 상담과 B 창구를 운영", an object listed with 과/와
    before a verb the item keeps, is two duties when the first is a whole activity (it ends
    in a verbal noun of doing): "A 상담" and "B 창구를 운영" (GUIDELINES: split at 과/와 only
    between whole activities); things given ("구호 물자와 임시 거처를 제공") stay one."""
    np = " ".join(m.group("np").split())
    if not label.startswith(np) or re.search(r"[,·ㆍ]|\s및\s", m.group("np")):
        return [(at, label)]   # a comma or 및 list: read by the prose rules
    items = split_prose(body, m.start("np"), m.end("np"), tokenize(body))
    activities = lexicon_words("activity_nouns.txt")
    if len(items) != 2 or not any(items[0][1].strip().endswith(a) for a in activities) \
            or len(items[1][1].split()) < 2:
        return [(at, label)]   # "설계와 시공을": one activity of one object
    (first_at, first), (last_at, last) = items
    return [(at + first_at, " ".join(first.split())),
            (at + last_at, " ".join(last.split()) + label[len(np):])]


_SUBJECT = re.compile(r"\s*(?:\S+\s+){0,2}?(\S{2,}?)(?:이|가)\s+(?=\S)")
# A party written short as the subject ("시가", "대학이", "은행이"): the signing sentence
# names it in full (rule short-party-subject)
_SHORT_SUBJECT = re.compile(r"\s*(\S{1,2}?)(?:이|가)\s+(?=\S)")
# A clause with a subject of its own that is no party (the party was cut off before), and
# a figure as what is said of it: "고령 인구 비율이 35%에 달하고", "매출이 3000억원을 넘고"
_OTHER_SUBJECT = re.compile(
    r"\s*(?:\S+\s+){0,3}?\S{2,}?(?:이|가)\s+(?!\S*(?:하는|되는|한|된|할|있는|없는)\s)"
    r"\S*\d[\d,.]*\s*(?:%|퍼센트|명|곳|개|억|만|천|원|배|위)"
)


def _without_party_subject(body: str, names: str) -> str:
    """"누리대학교가 창업 교육을 맡고": the duty without the party that takes it up
    (GUIDELINES: one per duty, without the party)."""
    m = _SUBJECT.match(body)
    if m and PARTY_TOPIC.fullmatch(" " + body[: m.end()].strip()[:-1] + " ") \
            and not re.match(r"\S*(?:는|던|된|한|할|인)\s", body[m.end() :]):
        return body[m.end() :]   # "양 기관이 공동으로 A를 개최": both sides, no one party
    short = _SHORT_SUBJECT.match(body)
    if short and not re.match(r"\S*(?:는|던|된|한|할|인)\s", body[short.end() :]) \
            and (short_for_party(short.group(1), names) or names_party(short.group(1), names)):
        return body[short.end() :]   # rule short-party-subject: "시가 장학금을 지원"
    if not m or len(m.group(1)) < 3 or re.match(r"\S*(?:는|던|된|한|할|인)\s", body[m.end() :]):
        return body   # "A사가 추진하는 사업에": the subject of a modifier, part of the item
    return body[m.end() :] if re.search(rf"(?:^|\s){re.escape(m.group(1))}", names) else body


# a word that modifies the noun after it, ending in ㄴ: "둔", "있는", "위치한", "설립된"
_MODIFIER_N = f"[{syllables_with_final(FINAL_N)}]"
# "가람시에 본사를 둔 누리소재는 X를 맡고": a party as the topic, described before it
_DESCRIBED_TOPIC = re.compile(
    rf"\s*(?:\S+\s+){{1,4}}?\S*{_MODIFIER_N}\s+(\S{{2,}}?){TOPIC_MARK}")


def _without_described_party(body: str, names: str) -> str:
    """"가람시에 본사를 둔 누리소재는 원료를 공급하고": the duty without the party and what
    describes it (clause_body keeps a topic with an object or place before it, as that is
    usually the duty's own phrase; here the topic names a party of the signing sentence)."""
    m = _DESCRIBED_TOPIC.match(body)
    if m and len(m.group(1)) >= 3 and names_party(m.group(1), names):
        return body[m.end():]
    return body


# "누리대학교와는 창업 교육에 협력": the partner as the clause's topic, a name of three letters
# or more that the signing sentence names
_PARTNER_TOPIC = re.compile(r"\s*(\S{3,}?)(?:와|과)는\s+(?=\S)")


def _without_partner_topic(body: str, names: str, parties: tuple[str, ...] = ()) -> str:
    """"시는 누리대학교와는 X에 협력하기로 했다": the duty without the partner it is told for
    (the topic "시는" is cut before); "기존 사업과는 다른 X": no partner, the item keeps it."""
    m = _PARTNER_TOPIC.match(body)
    if m and re.search(rf"(?:^|\s){re.escape(m.group(1))}(?:와|과|,|은|는|이|가|\s)", names):
        return body[m.end():]
    # rule partner-with: "시는 누리대학교와 X를 함께 운영한다", the partner without 는, one of
    # ``parties`` (none when both sides are the topic: "양 기관은 A와 B를 활용": objects)
    m = PARTNER_WITH.match(body)
    if m and names_a_party(m.group(1), parties) and _OBJECT_AHEAD.match(body, m.end()):
        return body[m.end():]
    return body


# the parties together as the topic or subject ("양 기관은", "두 기관이"): a party joined to
# what follows by 과/와 is then what they act on, not the partner (rule partner-with)
BOTH_SIDES = re.compile(PARTY_TOPIC.pattern.replace(r"(?:\s|$)", r"(?:은|는|이|가|도)?(?:\s|$)"))


def names_a_party(word: str, parties: tuple[str, ...]) -> bool:
    """Whether ``word`` is one of ``parties`` (names and aliases) or the short form of one
    ("누리대" for "누리대학교")."""
    return len(word) >= 2 and any(p == word or len(word) >= 3 and p.startswith(word)
                                  for p in parties)


PARTNER_WITH = re.compile(r"\s*(\S{3,}?)(?:\([^()]{1,20}\))?(?:와|과)\s+(?:함께\s+)?(?=\S)")
_OBJECT_AHEAD = re.compile(r".*?\S(?:을|를|에)\s")   # what the side does with the partner


# Naming who keeps contact: "…팀을 전담 부서로 지정해", "실무 담당자를 지정해"
_DESIGNATES = re.compile(
    r"(?:(?:전담|담당|실무|연락|협력)\s*(?:부서|창구|기구|직원|담당자|책임자|관)|"
    r"(?:과|팀|부|실|단|센터|담당자|담당관)(?:을|를))\s*(?:(?:전담\s*)?(?:부서|창구)로\s*)?"
    r"(?:각각\s*)?지정"
)
# How the sides keep the agreement going, not what they cooperate on: "정기적인 모임을 갖고",
# "세부 사항을 협의해 나가기로"
_PROCEDURE = re.compile(
    r"(?:모임|회의|간담회)(?:을|를)\s*(?:정기적으로\s*)?(?:갖|가지|열|개최)"
    r"|^\s*(?:\S+\s+)?세부\s*(?:사항|내용|계획|방안)(?:을|를|은|는)\s*(?:\S+\s+)?(?:협의|논의|결정|정하)"
    r"|(?:^|\s)(?:구체적인?|세부)\s*(?:실행|추진|이행)?\s*(?:방안|계획)(?:을|를)\s*(?:마련|수립)"
    r"|(?:^|\s)(?:구체적인?|세부)\s*(?:협력|실천|추진)?\s*(?:과제|사업|의제)(?:을|를)\s*"
    r"(?:함께\s*)?(?:발굴|논의|협의|정하|선정)"
    r"|(?:^|\s)(?:별도의?\s*)?(?:조직|기구|규정|규약)(?:과|와|\s*및)?\s*(?:조직|기구|규정|규약)?"
    r"(?:을|를|도)\s+(?:\S+\s+)?(?:운영|구성|마련|제정|두)"
    # rule settled-by-talks: "일정은 분기마다 실무 협의로 정하고", "별도 협의를 거쳐 확정한다":
    # what is still to be settled between the sides, how they will work, no area
    r"|(?:협의|논의)(?:로|를\s*(?:통해|거쳐)|해|하여)\s+(?:\S+\s+)?(?:정하|정한|결정|확정|구체화)"
)   # "실무협의회를 구성해 구체적인 실행 방안을 마련": how the sides will work it out;
#     "전담 기구와 규약을 두기로 했다": the body and rules that run it; "구체적인 협력 과제를
#     발굴하고": the agenda still to be found, no area yet (rule agenda-to-find)
# A topic and its subject inside one item: "연구 결과물은 양 기관이 공동 소유" states a
# term of the agreement about X, it is no duty
_STATEMENT = re.compile(
    r"\S(?<!하)(?<!되)(?<!있)(?<!없)(?<!라)(?:은|는)\s+(?:\S+\s+){0,2}?\S+(?:이|가)\s")


def _states_term(label: str) -> bool:
    """Whether ``label`` holds a topic and its subject (``_STATEMENT``), the 은/는 the topic
    particle of a noun: in "공방에서 여는 강사 초청 수업 재료비를 지원" it ends a relative
    clause ("여는", after its own complement "공방에서"; Kiwi may read it as a noun and 는), so
    the item is a duty (rule relative-clause-object)."""
    marks = [at + 1 for at in range(len(label)) if _STATEMENT.match(label, at)
             and not _COMPLEMENT_BEFORE.search(label, 0, label.rfind(" ", 0, at + 1) + 1)]
    if not marks:
        return False
    tokens = tokenize(label)
    topics = {t.start for before, t in zip(tokens, tokens[1:], strict=False)
              if t.tag == "JX" and t.form in {"은", "는"}
              and before.tag.startswith(("NNG", "NNP", "NNB", "ETN", "XSN", "SN", "SL"))}
    return any(at in topics for at in marks)


# The verb's own complement right before a word in 은/는: the word is a relative verb
# ("서점에서 여는", "주민에게 파는"), not a topic
_COMPLEMENT_BEFORE = re.compile(r"\S(?:에서|에게|을|를|으로)\s$")


# A verb's connective of means or sequence ("활용해", "파견하여"): a clause goes on after it
_MEANS = re.compile(r"(?:해|하여|해서)")
# Rule chained-deeds: the clause's own verb right after "…해", with no object of its own
# ("충전소를 구축해 운영한다"): the object is done both deeds, one item as written
# (a verb of cooperating after it is the frame, not a second deed: "인력을 지원해 협력한다")
_CHAINED_VERB = re.compile(
    rf"\s+(?!(?:{COOPERATING})|{COOP_VERB}|노력)[가-힣]{{2,4}}(?:한다|하고|하며|하기로|키로|합니다)[.,]?\s*")


def _modifies_noun(rest: str) -> bool:
    """Whether the next word is a verb that modifies a noun ("졸업한 학생", "참여한 기업")."""
    word = re.match(r"\s*(\S+한)\s", rest)
    if word is None:
        return False
    tokens = tokenize(word.group(1))
    return len(tokens) >= 2 and tokens[-1].tag == "ETM" and tokens[-2].tag.startswith(("VV", "XSV"))


def _duty_object(body: str, rest: str) -> str | None:
    """"A는 X와 Y를, B는 Z를 맡는다": X와 Y is A's duty, the verb comes with B's."""
    m = re.fullmatch(r"(?P<np>.+?)(?:을|를),\s*", body) or re.fullmatch(
        r"(?P<np>[^,]+?[^고며해서여음함]),\s*", body)   # "X 설치, B는 …": a bare noun phrase
    if not m or not re.match(TOPIC_AHEAD, rest) or " " not in body.strip() and len(body) < 5 \
            or _DESIGNATES.search(rest[:80]):
        return None   # "A는 기획과, B는 협력팀을 전담 부서로 지정": who keeps contact
    np = m.group("np")
    if VAGUE.match(np) or re.search(r"위해|통해", np):
        return None
    return np


# Rule signed-this-agreement: "A와 B가 서명한 이번 협약으로 두 기관은 …": the signing told
# in a clause that modifies "이번 협약" is the opener's, not the item's
_SIGNED_THIS = re.compile(
    rf"^[^,\"“”]{{0,80}}?\s(?=\S*(?:{SIGN_VERB})\S*\s+이번\s+(?:업무\s*)?(?:{AGREEMENT})"
    r"(?:에\s*따라|으로|로),?\s)\S+\s+")


# a word of the topic; a head in brackets after a party is part of its word (rule
# bracketed-heads-topic: "A(관장 혜원 스님)ㆍB(서장 국재윤)ㆍC 나눔센터(센터장 어도율)는 …")
_TOPIC_WORD = r"(?:[^\s(]|\([^()]{0,30}\))"


def clause_body(clause: str) -> str:
    """The clause without its topic and the adverbials before the object."""
    body = LEAD_ADVERBIAL.sub("", _SIGNED_THIS.sub("", clause, count=1), count=1)
    topic = re.match(rf"\s*(?:{_TOPIC_WORD}+\s+){{0,4}}?{_TOPIC_WORD}+?" + TOPIC_MARK, body)
    if topic and not re.search(r"(?:을|를|에)\s", topic.group()):
        body = LEAD_ADVERBIAL.sub("", body[topic.end() :], count=1)
    # "‘…’라는 가치 아래": the banner the sides work under, not the item
    return re.sub(r"^(?:‘[^’]{0,40}’|[^,‘]){0,60}?\s(?:아래|하에)\s+", "", body)


# Rule deung-cooperate: "…C를 지원하는 등 다각적으로 협력한다": the last clause of a chain of
# duties closed by 등 and the verb of cooperating, read as "C를 지원하고" (not "…을 구축하는
# 데 협력": the aim)
_DEUNG_COOPERATE = re.compile(
    rf"(?<=[가-힣])하는\s+등\s+(?:(?:{ADVERB}|다각적으로|다방면으로|폭넓게|긴밀하게)\s+)*"
    rf"(?:(?:{COOPERATING})|{COOP_VERB})\S*(?:\s+\S+){{0,2}}\s*$|{_GROUNDWORK.pattern}")


def _modifier_first(body: str, m: re.Match[str]) -> bool:
    """Rule modified-object: "지역 자원을 활용한 창업 아이템을 공동 발굴하고": the first object
    and verb found modify the clause's own object ("…을 활용한"), which comes after them; so
    do two verbs of one object ("창업가를 발굴하고 육성하는 프로그램을", rule chained-modifier)."""
    tail = m.group("tail")
    chained = re.fullmatch(r"하고|하며", tail) and _CHAINED_MODIFIER.match(body, m.end())
    return bool(re.fullmatch(r"(?:한|하는|된|되는)", tail) or chained) \
        and re.search(r"\S(?:을|를)\s", body[m.end() :]) is not None


# Rule chained-modifier: "청년 창업가를 발굴하고 육성하는 프로그램을 운영한다", "주민이 기획하고
# 운영하는 축제를 지원한다": a verbal noun's 하고/하며 right before a second verb of one word
# that modifies the noun after it; both verbs share the object and the clause is one item
# (worded as written), not a duty cut off before a modifier that then reads as nothing.
_CHAINED_MODIFIER = re.compile(
    r"\s+[가-힣]{2,4}(?:하는|한|되는|된)\s+(?:[^\s,]+(?<![에는은])\s+){0,3}?[^\s,]+(?:을|를)\s")
# (the noun modified is what the clause's verb acts on, "…을/를", not whom it is for:
# "연수를 완료하고 수료한 주민에게는 자금을 배정한다")
# the chain first in a duty: its subject was a party, cut ("A 혹은 B가 개발하고 제안하는
# 사업을 추진할 수 있다"), so no object or doer of the chain is left to word the item with
_CHAIN_FIRST = re.compile(r"\s*[가-힣]{2,4}(?:하고|하며)\s+[가-힣]{2,4}(?:하는|한|되는|된)\s")
_CHAIN_END = re.compile(r"(?:^|\s)[가-힣]{2,4}(?:하고|하며),?\s*$")   # "발굴하고" (not "마치고")


def _clause_goes_on(clause: str, rest: str, names: str) -> bool | None:
    """Whether ``clause`` is read on into ``rest`` (True), dropped as the start of a modifier
    ("A가 기획하고 운영하는 사업", "과정을 마치고 수료한 학생": False) or read (None)."""
    if re.match(r"\S*(?:하는|되는|된)\s", rest) or _modifies_noun(rest):
        return _chain_goes_on(clause, rest)   # rule chained-modifier
    return True if _doer_inside_modifier(clause, rest, names) else None


def _doer_inside_modifier(clause: str, rest: str, names: str) -> bool:
    """Rule doer-in-modifier: "양 기관은 대학생이 방학 동안 시청에서 일하며 경험을 쌓는 인턴십을
    운영한다": a clause ending in 고/며 whose subject (이/가) is no party goes on, with no topic
    between, to a modifier and the object it modifies ("…쌓는 인턴십을"); the chain of clauses
    is what that doer does, inside the one item, not the sides' duties."""
    if not re.search(r"(?:고|며),?\s*$", clause):
        return False
    tokens = tokenize(clause)
    subjects = [t for t in tokens if t.tag == "JKS"]
    if not subjects or (doer := clause[: subjects[-1].start].split()[-2:]) and (
            names_party(" ".join(doer), names) or short_for_party(doer[-1], names)):
        return False
    ahead = tokenize(re.split(r"[.!?](?:\s|$)", rest, maxsplit=1)[0])   # to the sentence end
    for k, u in enumerate(ahead):
        if u.tag in {"JX", "EF", "JKS"}:
            return False   # a topic or a sentence of its own first: the next side's duty
        if u.tag == "ETM":   # the noun modified, then 을/를: "…쌓는 청년 인턴십을"
            head = next((j for j, v in enumerate(ahead[k + 1 : k + 6])
                         if not v.tag.startswith(("NN", "XSN", "SL", "SN"))), None)
            return head is not None and head > 0 and ahead[k + 1 + head].tag == "JKO"
    return False


def _chain_goes_on(clause: str, rest: str) -> bool:
    """Rule chained-modifier: ``clause`` ends in "…발굴하고" and ``rest`` opens on the verb it
    shares its object with ("육성하는 프로그램을"): the clause reads on into ``rest``."""
    return bool(_CHAIN_END.search(clause) and _CHAINED_MODIFIER.match(" " + rest))


def _action_item(body: str, m: re.Match[str]) -> str | None:
    """"X를 제공하고", "X에 앞장서고": an object and a verb of acting for the other side."""
    np = m.group("np")
    if re.search(r"(?:을|를)\s+위해\s*$", np + m.group("p") + " "):
        return None
    # "…기획하고 운영하는 체험 사업": a modifier cut from its clause, not an item
    if re.match(r"\S*(?:하는|되는|하던|된)\s", np):
        return None
    if m.group("tail").startswith("받"):
        return None   # "100억원을 지원받는다": what the side receives, no duty of its own
    # "추진 중인 사업", "개발한 제품": the verb modifies a noun, no one does it
    after_verb = body[m.end() :]
    if re.match(r"\s*(?:중인|중이던|중)\s", after_verb) or re.search(
        r"(?:하는|되는|하던|된|한)$|^(?:는|던)$", m.group("tail")   # "…을 책임지는 구조"
    ) and not (m.group("tail") == "하는" and re.match(r"\s*(?:데|한편|대신)\s", after_verb)):
        return None   # "…을 구축하는 데 협력해 나갈 계획이다": what the sides work at
    # "소득 증대를 위해 다양한 정책을 추진": the purpose is not the item
    np = without_aim(np)
    if not np or VAGUE.match(np):
        return None  # "다양한 정책": no field of cooperation
    label = np
    pair = _VERB_PAIR.match(m.group("tail"))
    if m.group("verb") in TRANSITIVE | _DEED or pair and pair.group(1) in TRANSITIVE:
        label = np + body[m.end("np") : m.end("verb")]   # "관광지를 시민들에게 적극 홍보"
        if pair:   # "A를 점검·보수하고", "A를 발굴·육성하고": two verbal nouns, one verb
            label += pair.group()
    return " ".join(label.split())


# A second verbal noun joined to the verb by a middle dot: "발굴·육성하고" -> "·육성"
_VERB_PAIR = re.compile(r"[·ㆍ]([가-힣]{2,4}?)(?=하|키|해)")


def one_partys_topic(text: str, found_clauses: list[tuple[int, str]]) -> str | None:
    """The one party whose duty ``text`` told (the other's share may follow), if any; rule
    duties-in-turn: of duties told party by party ("A는 X를, B는 Y를 맡는다"), those parties
    (spaced), so that a third party's duty in its own sentence follows ("시는 Z를 지원한다")
    and a sentence about one of them does not."""
    topic = topic_of(text)
    if not found_clauses or not topic or PARTY_TOPIC.search(topic) \
            or re.search(r"\S(?:와|과|·)\s?\S", topic):
        return None
    turns = [m.group().split()[-1][:-1] for m in SECOND_TOPIC.finditer(text)]
    return " ".join([topic.split()[-1], *turns])


# a party called by its kind alone, right after the other party's duty ("병원은 …")
_KIND_AS_NAME = frozenset({"대학", "학교", "병원", "은행"})


def other_share(text: str, duty_topic: str | None, signing: Sentence, names: str = "") -> bool:
    """"누리시는 A를 제공한다. 가람대는 B를 운영할 계획이다.": right after one party's duty, the
    other party's plan is its share of the agreement (not a plan of one party alone)."""
    if duty_topic is None or QUOTE.search(text) or HABIT.search(text) or _FOUNDING.search(text):
        return False   # rule side-founding: "B는 1987년 개교해 …": its story, no share
    topic = topic_of(text)
    if topic is None or " " in topic.strip():
        return False
    name = topic.strip()
    if name in duty_topic.split() or name in COMMON_TOPICS and name not in _KIND_AS_NAME \
            or any(name.endswith((turn, turn + "교")) for turn in duty_topic.split()):
        return False   # "대학은 Y를 맡는다. 누리대학교는 …": that party again, by its name
    return bool(short_for_party(name, signing.text) or names_party(name, signing.text + names)
                or name in _KIND_AS_NAME)


# a body's standing service, told as what it always does ("한빛병원은 24시간 응급실을 운영한다")
_STANDING = re.compile(r"(?:^|\s)(?:24시간|상시|연중무휴|365일)\s")


def adds_to_list(text: str, names: str = "") -> bool:
    """Clauses beside a bullet list: "또 …" goes on with it, and so do the duties of one named
    party ("협약에 따라 A병원은 X를 제공하고"; rule party-duty-beside-bullets: "A는 X를
    지원한다", a party of the signing, ``names``, as the topic of a present duty, not what it
    does every year or around the clock anyway); what both sides aim at sums it up."""
    if GO_ON.match(text):
        return True
    topic = topic_of(text)
    if topic is None or PARTY_TOPIC.search(topic):
        return False
    return bool(UNDER_AGREEMENT.search(text)) or (
        bool(names) and len(topic.split()) == 1 and len(topic) >= 3 and topic in names
        and _present_duty(text) and not QUOTE.search(text)
        and not HABIT.search(text) and not _STANDING.search(text))


# "…에 대한 합의도 이루어졌다", "…의 교류도 적극 지원한다", "C에 대해서도 협력해 나갈
# 방침이다": a further item, marked by 도
_ALSO = re.compile(
    rf"(?:{PLEDGE}|협의)도\s+(?:이루어|이뤄|했|하였)"
    rf"|\S도\s+(?:(?:{ADVERB})\s+)*(?:지원|협력|추진|제공|협조)"
    r"(?:한다|하기로|키로|할\s|해\s*나가기로|해\s*나갈\s)")
# "…을 약속했다", "…하기로 합의했다": what the sides bound themselves to at the signing
_BOUND = re.compile(rf"(?:{PLEDGE})(?:했|하였)|(?:하기로|키로)\s+(?:했|하였|{PLEDGE})")
# "…을 위해 노력하기로 했다": the aim of the cooperation, no item of it
_AIM = re.compile(r"위(?:해|하여)\s+(?:\S+\s+)?(?:노력|협력|힘쓰|최선)")


# "…논의를 진행했다": what was done that day, told in the past (not "…하기로 했다", a decision)
_TOLD_DONE = re.compile(r"(?<!기로\s)(?<!키로\s)(?:했|였|었|았|됐)다\.?\s*$")


def goes_on(text: str) -> bool:
    """"또한 A에 대한 합의도 이루어졌다", "아울러 두 기관은 B에 나서게 된다": the sentence goes on
    with the list (not "또한 … 논의를 진행했다": what was done that day)."""
    return bool(GO_ON.match(text)) and (bool(_ALSO.search(text)) or not _TOLD_DONE.search(text))


def also_supported(text: str) -> bool:
    """"학교 간 연계 등의 교류도 적극 지원한다": one more item of the agreement, marked by 도."""
    return bool(_ALSO.search(text)) and not QUOTE.search(text)


def under_agreement(text: str) -> bool:
    """"이날 협약에 따라 A와 B가 X 설치 지원을 약속했다", "이번 협약으로 …하는 등 …계기를
    마련했다": what the agreement binds the sides to (not "이에 따라 …", which goes on from
    any sentence; not a plan or an aim)."""
    found = UNDER_AGREEMENT.search(text)
    return found is not None and not found.group(0).startswith("이에") \
        and bool(_BOUND.search(text) or _GROUNDWORK.search(text) or _MEANS_LAID.search(text)) \
        and not _AIM.search(text)


def each_partys_share(text: str) -> bool:
    """"가온시는 A와 B를, 한별재단은 C를 맡는다", "KT는 A를 담당하며 가온은 B를 맡아": two
    named sides' shares in one sentence (not "양 기관은 …", which sums the list up; not
    "…와 협약을 체결하며, B는 …", which tells further signings)."""
    topic = topic_of(text)
    return topic is not None and not PARTY_TOPIC.search(topic) \
        and bool(SECOND_TOPIC.search(text)) and not re.search(rf"(?:{AGREEMENT})(?:을|를)\s", text)


# A prose list in a block of its own beside a bullet list counts too when the block is one of
# these (rule prose-beside-bullets); any other prose list repeats or sums up the bullets.
BESIDE_BULLETS = (goes_on, also_supported, under_agreement, each_partys_share)


def beside_bullets(text: str) -> bool:
    """Whether the items read in ``text`` add to a bullet list elsewhere (``BESIDE_BULLETS``)."""
    return any(rule(text) for rule in BESIDE_BULLETS)


def listed_span(listed: list[tuple[int, str]], text: str) -> list[tuple[int, int]]:
    """The span of a prose list and its predicate, where no clause item is read: the
    predicate ends with its clause ("…에 협력하고, B를 …": B's clause is read)."""
    if not listed:
        return []
    first = min(off for off, _ in listed)
    last_end = max(off + len(raw) for off, raw in listed)
    ends = re.search(r"\S(?:하고|하며|하여|해|고|며),?(?=\s)", text[last_end : last_end + 25])
    return [(first, last_end + (ends.end() if ends else 25))]
