"""A clause of doing worded as an item, without its ending: "A를 온라인몰에서
판매하고" -> "A를 온라인몰에서 판매", "반찬을 나눈다" -> "반찬을 나누기"."""
from __future__ import annotations

import re

from ...hangul import FINAL_N, final_of
from ..cues import ADVERB, AGREEMENT, CEREMONY, COOP_VERB, PLAN, SIGN_VERB
from .items import ADVERBS, LEAD_PERIOD, NO_FIELD, QUOTE, without_aim

# Verbal nouns kept with their object ("편의를 제공", "인력을 적극 활용"), as articles word them.
TRANSITIVE = {"제공", "활용", "홍보", "개발", "지원", "공유", "육성", "운영", "발굴", "실시",
              "지급"}
# Objects too vague to be an area ("다양한 정책을 추진할 계획").
VAGUE = re.compile(
    r"^(?:다양한|여러|각종|관련|필요한|적극적인)?\s*(?:정책|사업|방안|활동|노력|지원|협력|역할|최선)(?:들)?$"
)


# A date, a head count or a signing in the clause: the event reported, or one side's own
# plan ("2026년까지 공장을 짓고 60명을 고용할 계획"), not an area; an ordinal ("제2일반산업단지",
# "제3공장") is no day
_EVENT = re.compile(
    rf"(?<!제)(?<!\d)\d+\s*(?:천|만|백)?\s*여?\s*(?:월|일|명(?!에게|씩))|\d{{4}}년|내달|다음\s*달|이달|올해|내년|"
    # (내주 = next week, a word of its own; not the verb 내주다, "부두를 내주고": what is given)
    rf"다음\s*주|이번\s*주|(?<![가-힣])내주(?=\s|에|중|초|말|부터|까지|$)|"
    rf"{SIGN_VERB}|{CEREMONY}|{AGREEMENT}|맺|논의|이행"
)
# What may follow the main verb of a clause: the frame of a decision or a plan.
# A head count as the object of a duty ("청년 50명을 채용", "봉사단 30명을 파견"): the term
# the agreement binds a side to, no event (read only where a clause tells a side's duty)
# ("청년을 2명 이상 채용": the count after the object, the same term)
_HEADCOUNT_OBJECT = re.compile(
    r"\d[\d,]*\s*(?:천|만|백)?\s*여?\s*명(?:을|를)(?=\s)"
    r"|(?<=[을를]\s)\d[\d,]*\s*여?\s*명(?:\s*(?:이상|이내|안팎|가량)|씩)?(?=\s)"
    # "신규 인력 150명 이상을 채용": the count with its bound before the particle
    r"|\d[\d,]*\s*(?:천|만|백)?\s*여?\s*명\s*(?:이상|이내|안팎|가량)(?:을|를)(?=\s)"
)
# The part of a year a duty is due in ("PLCC를 내년 1분기 출시한다", "연내 개소한다"): a term
# the agreement binds a side to, no event (read only where a clause tells a side's duty)
_DUE_TERM = re.compile(
    r"(?<!\S)(?:내년|올해)\s*(?:[1-4]\s*분기|상반기|하반기|중|안에)(?=\s)|(?<!\S)연내(?=\s)")
_AUX_WORD = re.compile(
    rf"(?:했다|했으며|하였다|한다|된다|있다|것이다|것|수|이다|합의했다|약속했다|다짐했다|"
    rf"합의하였다|약속하였다|했습니다|하였습니다|합니다|됩니다|있습니다|입니다|"
    rf"(?:{PLAN})(?:이다|이며|이고)?|나가기로|나갈|나간다|나가며|나가고|한편)[.,]?"
)
# "…하게 되며", "…하게 되고": the frame of what a side will come to do (the polite
# "…합니다", "…하게 됩니다" of broadcast copy and newsletters as the plain one: rule polite-ending)
_BECOME = re.compile(r"(?:되며|되고|되어|돼|되면서|된다|되었다|됐다|됩니다|됐습니다)[.,]?")
# The ending of the main verb: "판매하고" -> 판매, "구성키로" -> 구성; "열기로" -> 열기
HA_END = re.compile(
    r"(?:하(?:고|며|기로|기도|는|거나|도록|게|여|기|면서|려)?|한다|합니다|한|할|해|키로|키고|키며|케)"
    r"[.,]?$"
)
_NATIVE_END = re.compile(r"(?:기로|고|며|으며|거나|는다|는|도록|게)[.,]?$")


def _stem(verb: str) -> str:
    """A verbal noun without 하다 ("판매하고" -> 판매); else a noun ("열기로" -> 열기)."""
    if (cut := HA_END.sub("", verb)) != verb:
        return cut
    return _NATIVE_END.sub("", verb) + "기"


# A verb word: an ending of doing, not a noun ("판매하고", "열기로", not "협력")
_VERB_WORD = re.compile(
    r"\S+(?:하고|하며|하기로|하거나|한다|합니다|할|해|하게|키로|키고|키며|기로|고|며|거나|는다|하는"
    r"|나서는)[.,]?"
    r"|\S*하려"   # "응급처치 교육을 하려 한다": what the sides mean to do
)
# Verbs of saying, hoping, expecting: a clause about the agreement, not in it; of being
# told or known ("…창건된 것으로 전해지며", "…로 알려져"): hearsay about a side, no duty;
# of receiving ("…의 후원을 받는다", "…지원을 받아왔으며"): what a third body gives a side or
# the project, no duty of the side's own (rule received-no-duty; "주고받는다" is an exchange)
_NOT_DOING = re.compile(
    r"밝히|밝혔|말하|말했|전했|기대|전망|예상|강조|설명|다짐|바라|평가|공감|갖추|도모|확산|부담|기여"
    r"|전해지|전해져|알려지|알려져"
    r"|^받(?:는|아|았|고|으|기|을|게)"
)
# "시는 운영비를 부담한다": a side's own cost is its duty under the agreement (a cost told
# with no side, "숙박비는 초청한 쪽이 부담하기로", is none)
_BEARS = re.compile(r"부담(?:하고|하며|한다|하기로|키로)[.,]?")


def _bears_cost(words: list[str], duty: bool) -> bool:
    """A side's duty to bear what its object names ("…운영비를 부담한다")."""
    return duty and len(words) >= 2 and bool(_BEARS.fullmatch(words[-1])) \
        and re.search(r"\S(?:을|를)$", words[-2]) is not None


# "지분 참여에 나서는": the object is the item, the verb only says the side takes it up
_TAKE_UP = re.compile(rf"(?:을|를|에|에도|(?:하)?는\s*데)\s+(?:(?:{ADVERB})\s+)?"
                      rf"(?:나서|앞장서|힘쓰|주력|노력|동참|힘을\s*쏟|아끼지\s+않|{COOP_VERB}"
                      rf"|(?<=데\s)(?:(?:{ADVERB})\s+)?(?:협력|협조)"
                      rf"|(?<=에도\s)(?:(?:{ADVERB})\s+)?(?:협력|협조))\S*$")
# "A를 연계하는 데 힘을 모으기로": the work is "A를 연계"


# How often a duty recurs, at the head of its clause ("매월", "매년 두 차례", "정기적으로")
_HOW_OFTEN = re.compile(
    r"^(?:매(?:월|주|년|일|달|분기|학기)|정기적으로|수시로)(?:\s+(?:\d+|한|두|세)\s*(?:차례|회|번))?\s+"
)


# What may stand between a native verb and its object: where, with what, how often
# ("합동 공연을 연 2회 무대에 올린다", "반찬을 가정으로 나눈다")
_ADVERBIAL = re.compile(
    r"\S+(?:에|에서|로|으로)|\S+마다|연|월|매(?:월|주|년|달|분기)|\d+\s*(?:회|차례|번)")


def _object_before(words: list[str]) -> bool:
    """Rule native-present-object: the object of the verb ending ``words`` right before it, or
    before adverbials of place, means, rhythm or manner only ("캠페인을 함께 펼친다"; not
    "10곳에 그친다": no object); rule native-present-amount: or an amount ("금리를 최대
    1%포인트 낮춘다", as rule helped-verb-amount reads "…낮춰 준다")."""
    for word in reversed(words[:-1]):
        if re.search(r"\S(?:을|를)$", word):
            return True
        if not _ADVERBIAL.fullmatch(word) and word not in ADVERBS \
                and not _AMOUNT.fullmatch(word):
            return False
    return False


def _native_present(word: str) -> bool:
    """"나눈다", "살핀다": a native verb in the present, its stem's last syllable given ㄴ
    (한다, 된다 and 이다 are frames; 있다, 없다 take no ㄴ; "돕는다" is read as 는다)."""
    m = re.fullmatch(r"([가-힣]*)([가-힣])다[.,]?", word)
    return m is not None and word.rstrip(".,") not in {"본다", "온다", "난다"} \
        and final_of(m.group(2)) == FINAL_N and m.group(2) not in {"한", "된", "인", "는"}


def _native_stem(word: str) -> str:
    """"나눈다" -> "나누": the ㄴ of the present taken off the stem's last syllable."""
    body = word.rstrip(".,")[:-1]
    if body[-1] in _RIEUL_STEM:   # "연다" -> "열", "만든다" -> "만들": the ㄹ the present drops
        return body[:-1] + _RIEUL_STEM[body[-1]]
    return body[:-1] + chr(ord(body[-1]) - 4)


_RIEUL_STEM = {"연": "열", "든": "들", "판": "팔", "끈": "끌"}


# The helper 주다 in the present after a verb's 아/어 form ("금리를 낮춰 준다"), and an
# amount or degree between the object and that verb ("1%포인트", "50%", "두 배로")
_GIVE_HELPER = re.compile(r"준다[.,]?")
_CONNECTIVE = re.compile(r"[가-힣]*[해춰워줘와봐써어아여내]")
_AMOUNT = re.compile(r"\d[\d,.]*\s*(?:%p?|%포인트|퍼센트(?:포인트)?|원|만원|억원|배)(?:로|씩|까지)?"
                     r"|(?:두|세)\s*배로?"
                     r"|최대|최고|최소|최저|평균|약")   # the bound before it: "최대 2%포인트"


def _helped_verb(words: list[str], duty: bool) -> str | None:
    """Rule helped-verb-amount: a side's duty "X를 1%포인트 낮춰 준다" is "X를 1%포인트 낮춰":
    the helper 주다 (done for the other side) dropped, the verb kept in its 아/어 form, an
    amount or adverbial between the object and the verb kept with it."""
    if not duty or len(words) < 3 or not _GIVE_HELPER.fullmatch(words[-1]) \
            or not _CONNECTIVE.fullmatch(words[-2]) or words[-2].endswith(("하여", "되어")):
        return None
    for i in range(len(words) - 3, -1, -1):
        if re.search(r"\S(?:을|를)$", words[i]):
            break
        if not (_AMOUNT.fullmatch(words[i]) or _ADVERBIAL.fullmatch(words[i])):
            return None
    else:
        return None
    head = _HOW_OFTEN.sub("", without_aim(" ".join(words[:-1])), count=1)
    np = " ".join(words[: i + 1])
    if not head or QUOTE.search(head) or VAGUE.match(re.sub(r"(?:을|를)$", "", np)) \
            or _EVENT.search(_HEADCOUNT_OBJECT.sub(" ", head)):
        return None
    return head


# "소상공인을 위한 다양한 지원책": an object that names no field of its own (rule
# named-before-various: not the last of a list whose items before it are named, "시의
# 일반회계와 특별회계, 각종 기금": a comma before it)
_UNSPECIFIED = r"^[^,]*(?:^|\s)(?:다양한|여러|각종|많은)\s+\S+$"


# The light verb 갖다/가지다 ("교류를 갖기로", "교류도 가질 예정"): its object is the item
_HAVE = re.compile(r"(?:갖(?:기로|고|는다|게)|가지(?:기로|고|며)|가질|가진다)[.,]?")


# A clause of a subject and its predicate only ("역할이 분명합니다", "의미가 큽니다"): what the
# subject is, no work done on an object
_SUBJECT_ONLY = re.compile(r"[가-힣]{2,}(?:이|가)")


def _native_become(words: list[str]) -> None:
    """Rule native-become: "부두를 무상으로 내주게 됩니다": a native verb before the frame of
    coming to do (not "…하게", which HA_END reads) is read as "내주고"."""
    if words and words[-1].endswith("게") and not words[-1].endswith("하게") \
            and len(words[-1]) >= 3:
        words[-1] = words[-1][:-1] + "고"


# Rule decided-remarked: "…을 개설하기로 해 눈길을 끈다", "…키로 해 주목된다": the reporter's
# remark on a decision is no part of the deed; "…을 개설하기로 하고, …": the decision's own
# light verb neither (the deed's verb, "개설하기로", ends the item)
_REMARK = re.compile(r"(?:눈길|관심|이목)을\s+(?:끌|모으|모)\S*|주목(?:된|되|받|을)\S*"
                     r"(?:\s+받\S*)?")
_DECISION = re.compile(r"\S+(?:기로|키로)")


def _cut_decision(words: list[str]) -> None:
    """Rule decided-remarked: the remark after "…하기로 해", and the light verb after
    "…하기로", cut from ``words`` in place."""
    for at in range(len(words) - 2, 0, -1):
        if words[at] in {"해", "하여"} and _DECISION.fullmatch(words[at - 1]) \
                and _REMARK.fullmatch(" ".join(words[at + 1 :]).rstrip(".,")):
            del words[at:]
            return
    if len(words) >= 3 and _DECISION.fullmatch(words[-2]) \
            and re.fullmatch(r"(?:하고|하며|하여|해),?", words[-1]):
        words.pop()


def _cut_frame(words: list[str]) -> None:
    """The verbs that frame a clause's deed, cut from ``words`` in place so the deed's own verb
    ends them: a decision's, a coming-to-do's, a taking-up's."""
    _cut_decision(words)
    if len(words) >= 3 and re.fullmatch(r"(?:뜻|의견)을", words[-2]) \
            and re.match(r"(?:모|같이|함께)", words[-1]):
        words[-2:] = []   # "…을 개방하기로 뜻을 모았다": the frame of a decision
    if len(words) >= 2 and words[-2].endswith("게") and _BECOME.fullmatch(words[-1]):
        words.pop()   # "A를 B로 활용하게 되며": what the side will come to do is "활용"
        _native_become(words)
    if len(words) >= 2 and words[-2].endswith("에") and re.fullmatch(r"나(?:선다|서게)[.,]?",
                                                                     words[-1]):
        words[-1] = "나서고"   # "B단지에 증설 투자에 나선다": the work taken up (cut below)


def verb_item(body: str, *, duty: bool = False) -> str | None:
    """"A를 온라인몰에서 판매하고": a clause of doing, worded as written without its ending;
    ``duty``: the clause tells a side's duty under the agreement, where a head count as its
    object is a term ("청년 50명을 채용하고"), not the event."""
    if re.search(r"(?:기로|키로)\s+(?:합의|약속|결정)", body):
        body = LEAD_PERIOD.sub("", body, count=1)   # "내년부터 A를 개설하기로 합의": decided
    words = body.split()
    meanwhile = bool(words) and re.fullmatch(r"한편,?", words[-1]) is not None   # "…하는 한편"
    last = words[-1] if words else ""
    while words and _AUX_WORD.fullmatch(words[-1]):
        words.pop()
    if _BECOME.fullmatch(last) and words and words[-1].endswith("게"):
        _native_become(words)   # "…를 내주게 됩니다" (됩니다, 된다 are cut as frames above)
    if re.fullmatch(r"한다[.,]?", last) and words and words[-1] in ADVERBS:
        words.pop()   # "일손 돕기를 함께 한다": the adverb goes with the light verb
    if re.fullmatch(r"한다[.,]?", last) and words and re.search(r"\S(?:을|를)$", words[-1]):
        words.append("하고")   # "매월 취업 상담을 한다": the light verb 하다 in the present
    elif len(words) >= 2 and _native_present(words[-1]) and _object_before(words):
        words[-1] = _native_stem(words[-1]) + "고"   # "반찬을 나눈다" -> "나누고"
    if helped := _helped_verb(words, duty):
        return helped
    _cut_frame(words)
    if len(words) < 2 or not (_VERB_WORD.fullmatch(words[-1]) or meanwhile
                              or _HAVE.fullmatch(words[-1])) \
            or _NOT_DOING.search(words[-1]) and not _bears_cost(words, duty) \
            or re.search(r"거나,?$|^있", words[-1]):   # "A하거나 B할 경우": a condition
        return None
    if len(words) == 2 and _SUBJECT_ONLY.fullmatch(words[0]):
        return None   # "역할이 분명합니다": a state of its subject, no deed (rule subject-state)
    said = " ".join(words)
    if all(w in ADVERBS for w in words[:-1]) \
            or _EVENT.search(_DUE_TERM.sub(" ", _HEADCOUNT_OBJECT.sub(" ", said)) if duty
                             else said):
        return None   # "공동 추진키로": no object; "지난 15일 …": the event itself
    head = " ".join(words[:-1])
    if re.search(r"(?:위해|위하여|통해|따라)$", head) or QUOTE.search(head):
        return None
    if re.match(r"\S*(?:하는|되는|하던|된)\s", head):
        return None   # "…하고 제안하는 사업": a modifier cut from its clause
    head = without_aim(head)   # "협력을 통해 기탁된 물품을": a modifier after the means is fine
    # "매월 취업 상담을 한다": the work, not its rhythm; "정기적으로 교류하기로": a rhythm
    # and no field, no item (rule rhythm-only)
    head = _HOW_OFTEN.sub("", head + " ", count=1).strip()
    if not head:
        return None
    stem = _stem(words[-1])
    if _HAVE.fullmatch(words[-1]):   # "교류도 가질 예정": the light verb 갖다, its object
        stem, head = "", re.sub(r"(?:을|를|도)$", "", head)
    if not stem:   # "행정적 지원을 하고": the light verb 하다, its object is the item
        head = re.sub(r"(?:을|를)$", "", head)
    label = " ".join([head, stem]).strip()
    if taken := _TAKE_UP.search(label):
        label = label[: taken.start()]
    np = re.sub(r"(?:을|를|에)$", "", label.rsplit(" ", 1)[0]) if " " in label else label
    if VAGUE.match(np) or NO_FIELD.search(label) or re.search(_UNSPECIFIED, np):
        return None
    return label
