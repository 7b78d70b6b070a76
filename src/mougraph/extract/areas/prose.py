"""Prose lists closed by a predicate, without 등: one of ``PROSE_RULES``, tried in order
("A와 B를 위해 공동 노력키로 했다", "A와 B에 대해 상호 협력한다", "A를 주요 내용으로 담았다");
the contents worded as clauses ("…한다는 내용이 담겼다") or after a colon."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ...hangul import FINAL_N, final_of
from ...lexicons import count_words_pattern, lexicon_words
from ...morph import Token
from ...text import SYMBOLS
from ..cues import ADVERB, AGREEMENT, CONTENTS, COOP_VERB, COUNTED_BY, PLAN, SIGN_VERB
from .deung import CONTENT_TOPIC, clauses_of_contents, closed_by_deung
from .duties import clause_items
from .items import (
    GO_ON,
    NO_FIELD,
    QUOTE,
    LazyTokens,
    activity_ending,
    clean,
    list_start,
    opens_aside,
    split_prose,
    without_aim,
)
from .parties import PARTIES, heads_topic, pair_topic
from .verbs import TRANSITIVE

# "X을 위해 서로 협력할 것을 약속했다", "A와 B를 위해 공동 노력키로 했다": what both sides work for.
# Not "X을 위해 손(을 맞)잡았다": that tells the partnering itself, so X is its purpose, as in
# "X를 위한 업무협약을 체결했다" (the annotators list neither).
_FOR = re.compile(
    rf"(?:을|를)\s+위해\s+(?:(?:{ADVERB}|지속적으로|꾸준히|긴밀하게)\s*)*(?:협력|노력|{COOP_VERB})\S*"
    r"(?:기로|키로|할\s*것을\s*(?:협의|합의|약속|다짐)|한다(?!고)|친다"
    rf"|할\s*(?:{PLAN}))"
    r"|(?:을|를)\s+위한\s+(?:(?:상호|공동|긴밀한)\s*)?(?:협력|협업)(?:을|를)\s+(?:다짐|약속|합의)"
    r"|(?:을|를)\s+위한\s+(?:(?:상호|공동)\s*)?(?:협력|협업|공동)\s*(?:방안|체계|사업|과제|노력)(?:을|를)\s+"
    rf"(?:마련|모색|구축|논의|추진|발굴|펼치)(?:하기로|키로|기로|한다|할\s*(?:{PLAN})|해\s*나가)"
)   # "A와 B를 위해 공조한다", "A와 B를 위한 협력 방안을 마련하기로 했다"
# "양 기관은 인력 교류와 공동 연구를 이어가기로 합의했다": the parties decide on X.
_DECIDE = re.compile(
    rf"(?<!것)(?<!에\s협력)(?<!에\s협조)(?<!체계)(?<!방안)(?<!노력)(?:을|를|에)\s+(?:(?:{ADVERB}|우선|본격)\s+)*"
    r"(?:\S*(?:하기로|키로|해\s*나가기로)\s+(?:합의|약속|결의|했|하였)|(?:합의|약속)(?:했|하였)"
    # rule go-on-with: "A와 B를 이어가기로 뜻을 모았다": what the sides continue is the list
    # (not "협력 관계를 이어가기로": the tie itself, read whole)
    r"|(?<!관계를\s)(?<!협력을\s)이어\s*(?:가|나가)기로\s+(?:합의|약속|결의|뜻을\s*모)"
    # rule hold-events: "A과 B를 열기로 했다", 열다 the native 개최하다 (what is held); the
    # sides' own meetings ("점검 회의를 열기로") are how they keep the agreement, no area
    r"|(?<=[을를]\s)(?<!회의를\s)(?<!모임을\s)(?<!간담회를\s)(?<!협의회를\s)"
    r"(?:함께\s+|공동으로\s+)?열기로\s+(?:합의|약속|결의|했|하였))"
)
# "A와 B에 대해 상호 협력한다", "교육, 연구 분야에서 협력하기로 했다", "… 분야에서 교류한다"
_ABOUT = re.compile(
    r"(?:에\s*대해(?:서)?[도는]?|에\s*관해(?:서)?[도는]?|(?<=분야)에서|(?<=부문)에서|(?<=\S)(?:과|와)\s*관련(?:해|하여))\s+"
    rf"(?:(?:{ADVERB}|지속적으로|계속|긴밀하게)\s*)*"
    rf"(?:(?:협력|협조|협의|논의|교류|{COOP_VERB})\S*(?:\s+나가)?\S*(?:기로|키로|한다|할|하며|하고|하게)"
    r"|(?:협력|협조|교류)\S*\s+나갈\s*것을\s+(?:약속|다짐|합의)"
    rf"|(?:협력|협조|교류)\S*\s+나갈\s*(?:{PLAN})"
    r"|(?:상호\s*)?협력\s*(?:체계|방안|관계)(?:를|을)\s*(?:강화|구축|마련|모색|갖추)\S*"
    r"(?:기로|키로|한다|할|했다)"
    r"|(?:협력|공조|협업)\s*(?:관계|체계)를\s*(?:이어|구축|강화|유지|다지|맺)\S*"
    r"(?:기로|키로|간다|한다|는다|할)"
    r"|뜻을\s*(?:같이|함께)\s*(?:했다|하였다|한다|하기로|했으며|하고))"   # "A에 대해 뜻을 같이했다"
    r"|(?<=\S)에\s*(?:대한|관한)\s+(?:상호\s*)?협력\s*(?:체계|방안)(?:을|를)\s*(?:강화|구축|마련|모색)\S*"
    r"(?:기로|키로|한다|할|했다)"
    r"|(?<=\S)에\s*(?:대한|관한)\s+(?:상호\s*)?(?:협력|협조|교류)(?:을|를)\s+(?:더욱\s+)?"
    rf"(?:강화|확대|약속|다짐|이어|도모|추진)\S*(?:기로|키로|한다|할\s*(?:{PLAN})|했다|하였다)"
)   # "…에 대해 긴밀히 협의해 나가기로", "…분야에서 힘을 합치기로", "…분야에서 협력 관계를
#     이어간다", "…과 관련해 긴밀히 협력하기로", "A와 B에 대한 협력을 강화할 방침이다",
#     "향후 C에 대해서도 협력해 나갈 방침이다"
# "A와 B에 힘을 모은다", "A에 손잡기로 했다": a list, no 등, before a predicate of cooperating
_ON = re.compile(
    rf"(?<=\S)(?:에도?|에서도)\s+(?:(?:{ADVERB})\s*)*"
    rf"(?:{COOP_VERB}|협력|협조)\S*\s*\S*(?:기로|키로|한다|는다|친다|은다|[할갈]\s*(?:{PLAN})"
    r"|게\s*(?:됐|되었))"   # "A와 B에 협력하게 됐다": what the agreement has them do
    rf"|(?<=\S)에\s+(?:(?:{ADVERB})\s*)*(?:협력|협조|동참)(?:을|를)\s+(?:약속|다짐|합의)(?:했|하였)"
    rf"|(?<=\S)(?:에도?|에서도)\s+(?:(?:{ADVERB})\s*)*(?:{COOP_VERB}|뜻을\s*(?:같이|함께)|머리를\s*맞댔)\S*(?:았|었|했)?다"
    rf"|(?<=\S)에\s+(?:(?:{ADVERB})\s*)*(?:협력|협조)(?:하는\s+내용|하자는\s*데\s*(?:의견|뜻)을\s*모)"
    rf"|(?<=\S)에도?\s+(?:(?:{ADVERB})\s*)*(?:{COOP_VERB}|협력|협조|노력|힘쓰|힘써|최선을\s*다)\S*"
    r"\s*것(?:을|에)\s+(?:\S+\s+)?(?:약속|합의|다짐|결의|동의)"
)   # "A와 B에 협력할 것을 약속했다": the promise names what the sides cooperate on;
#   "A와 B에 힘을 모았다", "…에 뜻을 같이했다": what the sides agreed on at the signing;
#   "이 밖에 C에서도 힘을 모은다": 에서도 adds a field to the list told before (rule also-in)
FIELD_TAIL = re.compile(
    r"(?<=\S\s\S\S)\s(?:분야|부문)(?:의|에서의|에서)?\s*(?:상호\s*)?(?:협력|교류|공조|협업)"
    r"(?:\s*(?:체계|관계))?$|(?<=\S\s\S\S)\s(?:분야|부문)$")
# The cooperation itself after the last item ("B에 관한 협력", "B에 대한 상호 협력")
COOP_TAIL = re.compile(
    rf"(?<=\S)(?:에\s*(?:대한|관한)|을\s*위한|를\s*위한)\s+(?:(?:{ADVERB})\s*)?(?:협력|협조|협업|공조)$")


# Rule fields-of-one: "경제, 관광, 청소년 분야의 교류 확대에 힘을 모은다": bare field words
# listed before "X 분야의 …" name the fields of that one activity, no items of their own (not
# "장학 지원, 관광 분야의 교류 확대": whole activities before it stay items)
_FIELD_OF = re.compile(r"^\S+\s+(?:분야|부문)(?:의|에서의)\s+\S")


def _fields_of_one(items: list[tuple[int, str]], text: str) -> list[tuple[int, str]]:
    if len(items) < 2 or not _FIELD_OF.match(items[-1][1]) or any(
            " " in i.strip() or activity_ending(i.strip()) for _, i in items[:-1]):
        return items
    first, (last_at, last) = items[0][0], items[-1]
    return [(first, text[first : last_at + len(last)])]


def prose_items(text: str, *, parties: bool = False,
                 signing: bool = False) -> list[tuple[int, str]]:
    """A prose list: closed by "등" before a cue of cooperating, else one of ``PROSE_RULES``;
    ``parties``: the sentence is known to be about the parties (no "양 기관은" needed);
    ``signing``: the signing sentence, which names the parties for a list of two items or
    more (one object there is a clause of doing, read as a clause)."""
    if QUOTE.search(text) or opens_aside(text, "한편") or _contents_as_clauses(text):
        return []   # quotes, asides; contents told as clauses are read by contents_clauses
    tokens = LazyTokens(text)
    closed = _counted_list(text) or closed_by_deung(text, tokens)
    if closed is not None:
        return closed
    if heading := _CONTENTS_COLON.search(text):   # "협약 내용: A, B, C"
        items = split_prose(text, heading.end(), len(text.rstrip(" .")), tokens())
        return items if len(items) >= 2 else []
    for rule in PROSE_RULES:
        found = rule.pattern.search(text)
        # "이와 함께 A와 B에도 힘을 모은다": a sentence going on with the parties' list
        if found and (not rule.needs_parties or parties or signing
                      or _sides_named(text, found) or _sides_elided(rule, text, found)):
            end = _before_summary(text, found.start())
            start = list_start(tokens(), end, text)
            if rule.needs_parties and signing and not parties and not _sides_named(text, found) \
                    and not _TWO_ITEMS.search(text, start, found.start()):
                continue
            if rule.needs_contents and not _lists_contents(text, start, found.start(), tokens()):
                continue
            # "내용으로는 A를 개방하고 B 및 C 등에 대해 협조하기로": under a topic of contents
            # the clause before the list is an item too
            leading = clauses_of_contents(text, start)
            if _AFTER_CLAUSE.search(text[:start]) and "," not in text[start : found.start()] \
                    and not _PARTNERING.search(text[:start]) and not leading \
                    and not (_SIGNED_AND.search(text[:start])
                             and _TWO_ITEMS.search(text, start, found.start())):
                return []   # "A를 개발하고 B를 교류하기로 했다": clauses of doing, read as clauses
            items = _fields_of_one(
                leading + split_prose(text, start, _without_field_frame(text, start, end),
                                      tokens()), text)
            if len(items) < rule.min_items:
                continue
            if any(_CLAUSE_INSIDE.search(i) for _, i in items):
                return []   # "A를 신설하는 한편 B를 C에": clauses, read as clauses
            if items:   # "자원을 바탕으로 A, B를 …": the means is no item
                first = without_aim(items[0][1])
                items[0] = (items[0][0] + len(items[0][1]) - len(first), first)
            if len(items) > 1:  # "교육, 연구 분야에서 협력": 분야 names the whole list
                offset, last = items[-1]
                items[-1] = (offset, re.sub(r"\s(?:분야|부문)(?:\s*(?:협력|교류))?$", "", last))
            offset, last = items[-1]   # "A 분야에서 협력을 강화하기로": A, without its frame
            items[-1] = (offset, FIELD_TAIL.sub("", last))
            offset, last = items[-1]   # "…B에 관한 협력을 약속했다": B without the cooperation
            items[-1] = (offset, COOP_TAIL.sub("", last))
            # "협약에 적극 협력하기로", "지역사회 발전에 힘을 모은다": no field of cooperation;
            # "A 및 B 분야의 협력을 강화하기로": the verb strengthens the cooperation, no item's
            if rule.name == "decide" and len(items) == 1 \
                    and _without_field_frame(text, start, end) == end:
                items = [_with_its_verb(text, *items[0], found)]
            return [(o, i) for o, i in items if not NO_FIELD.search(i)]
    return one_content(text)


# Rule one-content: "주요 협약 내용은 X이다", "협약의 골자는 X이다", "이날 맺은 협약은 X가
# 핵심이다": one item told as the contents (two or more are rule contents-are's); the topic
# opens the sentence and the copula closes it (not "협약 내용은 다음과 같다", "…크게 세
# 가지다": an announcement; not "…하기 위한 것이다", "…에 의미가 있다": the purpose)
_CONTENTS_IS = re.compile(
    rf"^\s*(?:이번\s+)?(?:(?:업무\s*)?(?:{AGREEMENT})(?:의|서의)?\s+)?(?:주요|핵심|주된)?\s*"
    r"(?:(?:협약|협력)\s*)?(?:내용|골자|핵심)(?:은|는)\s+(?P<item>[^,\"“”]{4,60}?)"
    r"(?:이다|다|입니다)\.?\s*$")
_CORE_IS = re.compile(
    rf"^\s*(?:이번\s+|이날\s+(?:맺은|체결한)\s+)?(?:업무\s*)?(?:{AGREEMENT})(?:은|는)\s+"
    r"(?P<item>[^,\"“”]{4,60}?)(?:이|가)\s+(?:핵심|골자|주된\s*내용|주요\s*내용)"
    r"(?:이다|다|입니다)\.?\s*$")
_NOT_ONE_CONTENT = re.compile(
    rf"같$|(?:{COUNTED_BY})$|(?:목적|취지|의미|일환|차원|때문|위한\s+것|기\s+위해서)"
    r"|(?:^|\s)(?:다음|아래)"
    r"|\S(?:과|와)\s|\s및\s|(?:은|는|이|가)\s"   # a list, or a clause with its own subject
    r"|^(?:역할|업무|책임)\s*(?:분담|배분|나누기)$")   # "골자는 역할 분담이다": the duties follow


def one_content(text: str) -> list[tuple[int, str]]:
    """Rule one-content: the one item a sentence of contents names."""
    found = _CONTENTS_IS.search(text) or _CORE_IS.search(text)
    # "…을 빌려주는 것": the deed told as a thing, its 는 no topic
    if found is None or _NOT_ONE_CONTENT.search(re.sub(r"는\s것$", "", found["item"])) \
            or CONTENTS_ANNOUNCED.search(text):
        return []
    return [(found.start("item"), found["item"])]


def _sides_named(text: str, found: re.Match[str]) -> bool:
    """The sentence names who cooperates before its verb of cooperating: the parties, the pair
    or the heads as its topic, or it goes on with the parties' list ("이와 함께 …")."""
    return bool(GO_ON.match(text) or PARTIES.search(text, 0, found.start())
                or pair_topic(text) or heads_topic(text))


# "…을 개최한다는 내용이 담겼다": the contents worded as clauses
_CLAUSAL_CONTENTS = re.compile(
    r"(?<=[가-힣])(?:한다['’\"”]?는|하는)\s+(?:주요\s+)?내용(?:이|을|도)?\s+(?:\S+\s+)?"
    r"(?:담|포함|들어|명시)"   # "…를 처리하는 내용을 담았다" too (rule contents-clauses-held)
    r"|(?<=[가-힣])(?:하는|한다는)\s+(?:주요\s+)?(?:내용|것)(?:\s*등)?(?:이다|입니다|이며|으로)")
#   "협약은 A가 B를 지원하는 내용이다", "협약 내용은 대학이 C를 실시하는 것이다", "주요 협약
#   내용은 A가 B를 짓고, C를 채용하며, 군은 D를 지원하는 것 등이다" (rule contents-clauses-deung)


# "…을 지원하는 것 등이다": the contents told as clauses closed by 등 (rule
# contents-clauses-deung), not a list of nouns
_CLAUSES_DEUNG = re.compile(r"(?<=[가-힣])(?:하는|한다는)\s+(?:내용|것)\s*등(?:이다|입니다|이며)")


# Rule contents-other-verb: "협약서에는 대학이 창업 교육을 맡는 내용이 담겼다": a verb other
# than 하다 before 내용, its stem given back to the clause ("맡기로 했다"); not a stem whose
# ㄹ drops before 는 ("여는", "만드는"): its clause is not read yet. The verb may have no object
# before it ("오류가 생기면 하루 안에 고쳐준다는 내용", rule contents-verb-without-object), and
# a stem with no final takes ㄴ다는 ("고쳐준다는": 고쳐주 + ㄴ다는)
_OTHER_VERB_CONTENTS = re.compile(
    r"(?<=[가-힣0-9]\s)(?:함께\s+|공동으로\s+)?(?P<stem>[가-힣]+?)(?<!하)(?<!있)(?<!없)"
    r"(?:는|는다는)\s+(?:주요\s+)?내용(?:이|을|도)?\s+(?:\S+\s+)?(?:담|포함|들어|명시)")
_L_DROPPED = frozenset("여 만드 이끄 내거 거 파 푸 아 사 느 드 버".split())


def _contents_frame(text: str) -> tuple[int, str] | None:
    """Where the clauses of contents end and the verb that closes them ("하기로 했다.")."""
    if frame := _CLAUSAL_CONTENTS.search(text):
        return frame.start(), "하기로 했다."
    if other := _OTHER_VERB_CONTENTS.search(text):
        stem = _without_present_n(other.group("stem"))
        return None if stem in _L_DROPPED else (other.start("stem"), stem + "기로 했다.")
    return None


def _without_present_n(stem: str) -> str:
    """"고쳐준다" (read up to 는) -> "고쳐주": the present's ㄴ다 after a stem with no final."""
    if len(stem) >= 2 and stem[-1] == "다" and "가" <= stem[-2] <= "힣" \
            and final_of(stem[-2]) == FINAL_N:
        return stem[:-2] + chr(ord(stem[-2]) - FINAL_N)
    return stem


def _contents_as_clauses(text: str) -> bool:
    """Rule contents-clauses-deung: a topic of contents, then clauses closed by "…하는 것
    등이다"."""
    frame = _CLAUSES_DEUNG.search(text)
    return frame is not None and CONTENT_TOPIC.search(text, 0, frame.start()) is not None


def contents_clauses(text: str, names: str) -> list[tuple[int, str]]:
    """"협약서에는 시가 A를 지원하고 대학은 B를 운영하며, 양 기관이 C를 개최한다는 내용이
    담겼다": each clause under a topic of contents is an item, read as a clause of doing."""
    frame = _contents_frame(text)
    topic = CONTENT_TOPIC.search(text, 0, frame[0]) if frame else None
    if frame is None or topic is None:
        return []
    clauses = text[topic.end() : frame[0]]
    # "협약서에는 '재단은 A를 지원하고, 군은 B를 추천한다'는 내용이 담겼다": the clause quoted
    # from the agreement (its marks blanked, offsets kept); a quote elsewhere is someone's words
    quoted = re.fullmatch(r"\s*['‘\"“]([^'‘’\"“”]+)$", clauses)
    if QUOTE.search(text) and not quoted:
        return []
    if quoted:
        clauses = " " * quoted.start(1) + quoted.group(1)
    clauses += frame[1]
    return [(topic.end() + o, i) for o, i in clause_items(clauses, [], names)]


# "A과 B 분야의 협력을 확대": the field frame after a list names the whole list
_FIELD_FRAME = re.compile(
    r"\s(?:분야|부문)(?:의|에서의|에서)?\s*(?:상호\s*)?(?:협력|교류|공조|협업)"
    r"(?:\s*(?:체계|관계|네트워크))?$")


def _without_field_frame(text: str, start: int, end: int) -> int:
    """Where a list of two items or more ends before "분야의 협력" ("청년 창업 지원과 현장실습
    운영 분야의 협력을 확대해 나가기로": the 의 there joins no item to the next)."""
    frame = _FIELD_FRAME.search(text, start, end)
    if frame is None or not re.search(r",|\S(?:과|와)\s|\s및\s", text[start : frame.start()]):
        return end
    return frame.start()


def _lists_contents(text: str, start: int, end: int, tokens: list[Token]) -> bool:
    """Whether text[start:end] is a list of two items or more right after a topic of contents
    ("주요 협력 사항으로는 A, B가 있다"; not "…을 맺었다는 데 의미가 있다")."""
    topic = CONTENT_TOPIC.search(text, 0, start + 1)
    if re.search(rf"(?:목적|취지|차원|일환|것|계기|의미|때문|전망|예상|{PLAN})이?$"
                 r"|것으로\s+(?:기대|전망|예상)[되된하한했]?$|(?:목적|취지)으로\s+하?[한하]?$",
                 text[start:end].strip()):
        return False   # "이번 협약은 A와 B에 기여하기 위한 목적이다", "…을 목적으로 한다": the
    #                    purpose; "…에 기여할 것으로 기대된다": what it is hoped to bring
    return topic is not None and text[topic.end() : start].strip() == "" \
        and len(split_prose(text, start, end, tokens)) >= 2


# "A, B 등 두 기관이 필요한 업무": after 등, a phrase that sums the list up vaguely
_SUMMARY = re.compile(
    r"\s등\s+(?:(?!\S*(?:을|를|에)\s)\S+\s+|\S+(?:을|를)\s+위(?:해|하여)\s+){0,4}?"
    r"\S*(?:필요한|필요로\s*하는|관련된?|제반|기타|관심)"
    r"\s*(?:\S+\s+)?(?:사항|분야|부문|업무|과제)$")


def _before_summary(text: str, end: int) -> int:
    """Where a list ending at ``end`` ends before a vague phrase summing it up ("A 및 B 등
    두 기관이 필요한 업무에 협력"): the items are before 등."""
    m = _SUMMARY.search(text, 0, end)
    return m.start() if m else end


# A list that starts right after a clause of doing ("…을 개발하고 B를 …"), or after the
# next party's topic there ("A는 …을 건립하고, B는 C와 D를 지원하기로": each side's duty)
_AFTER_CLAUSE = re.compile(r"\S(?:고|며),?\s*(?:\S{2,}(?:은|는)\s+)?$")
# …unless that clause is the partnering itself ("누리대와 손잡고 A과 B에 나선다")
_PARTNERING = re.compile(rf"(?:{COOP_VERB})\S*(?:고|며|아|어),?\s*$")
# …or the signing itself, before a list of two items or more ("…와 협약을 맺고 A와 B에
# 손을 맞잡았다"; one object after it is a clause of doing, read as a clause)
_SIGNED_AND = re.compile(rf"(?:{AGREEMENT}|협약식)(?:을|를)\s+(?:\S+\s+)?"
                         rf"(?:(?:{SIGN_VERB})하|맺|가지|갖|열)(?:고|며),?\s*$")
_TWO_ITEMS = re.compile(r",|\S(?:과|와)\s|\s및\s")


def _with_its_verb(text: str, offset: int, item: str, found: re.Match[str]) -> tuple[int, str]:
    """"…는 교육 장소를 제공하기로 했다": one object of a verb of giving or running keeps the
    verb, as a duty is worded ("교육 장소를 제공"). Rule verb-carries-activity: "세 기관은
    분기마다 공급 실적을 점검하기로 했다": an object that names no activity ("공급 실적") keeps
    the verbal noun that does ("공급 실적을 점검"); "인력 교류를 추진하기로" stays "인력 교류",
    and the agreement's own progress ("추진 상황을 점검", areas_generic) stays no area."""
    verb = re.match(r"(?:을|를)\s+(\S+?)(?:하기로|키로)", text[found.start() :])
    if verb is None:
        return offset, item
    activities = lexicon_words("activity_nouns.txt")
    generic = {w.replace(" ", "") for w in lexicon_words("areas_generic.txt")}
    if verb.group(1) not in TRANSITIVE and not (
            verb.group(1) in activities and not any(item.endswith(a) for a in activities)
            and clean(item).replace(" ", "") not in generic):
        return offset, item
    return offset, text[offset : found.start() + verb.end(1)]


# "협약 내용: A, B, C", "주요 협력 분야 : A, B": the contents listed after a colon
# (rule marked-contents-colon: "◇협력 분야: A, B, C", the heading behind one symbol mark)
_CONTENTS_COLON = re.compile(
    rf"^\s*(?:[{SYMBOLS}]\s*)?(?:주요\s*)?(?:(?:{AGREEMENT})\s*)?(?:주요\s*)?(?:협력\s*)?"
    rf"(?:{CONTENTS})\s*[:：]\s*"
)
# An item that holds a clause of its own: "A를 신설하고 B", "A를 신설하는 한편 B"
_CLAUSE_INSIDE = re.compile(r"\S(?:을|를)\s+\S+(?:고|며)\s|\s한편\s")


@dataclass(frozen=True)
class ProseRule:
    """A construction that closes a prose list without "등": ``pattern`` matches right after
    the list's last item; the list starts after the clause boundary before it."""

    name: str
    pattern: re.Pattern[str]
    needs_parties: bool          # the sentence must name the parties first ("양 기관은")
    needs_contents: bool = False   # …or a topic of contents ("협약서에는", "사항으로는")
    min_items: int = 1             # a list of this many items at least


# Tried in this order, after the lists closed by 등; the first rule that matches answers.
# A new construction is a new row (and a row in tests/test_areas.py).
# "협약의 핵심은 A, B, C에 초점을 맞추고 있다": what the agreement centres on
_FOCUS = re.compile(r"(?<=\S)에\s+(?:주요\s+)?초점을\s+(?:맞|두|둔)")
# rule focus-set: "협약의 핵심은 A, B, C에 맞춰져 있다" — the same, told in the passive (under
# a topic of contents: "일정은 행사에 맞춰져 있다" lists nothing)
_FOCUS_SET = re.compile(r"(?<=\S)에\s+(?:초점이\s+)?(?:맞춰져|맞추어져)\s*있")
# "A를 주요 내용으로 담았다", "A와 B를 골자로 한다": the contents, framed by a copula
_AS_CONTENTS = re.compile(
    r"(?:을|를)\s+(?:(?:주요|핵심|주된)\s*)?(?:내용으로|골자로)\s+(?:담|하|한|삼|포함)"
    r"|(?:을|를)\s+핵심으로\s+(?:하|한|삼)"   # rule core-as: "이번 협약은 A를 핵심으로 한다"
)
# "A에 관한 협력을 약속하는 내용이 담겼다": the promise is the contents
# rule agreeing-agreement: "A와 B에 합의하는 협약을 맺었다", the agreement named by what it
# agrees on (in the signing sentence)
_PROMISE_CONTENTS = re.compile(
    r"(?:을|를)\s+(?:약속|합의|규정|명시)하는\s+내용"
    rf"|(?<=\S)(?:에|을|를)\s+(?:(?:{ADVERB})\s+)?합의하는\s+(?:업무\s*)?(?:{AGREEMENT})")
# "협약서에는 A과 B에 관한 내용이 담겼다", "…에 관한 사항을 담고 있다": what the contents
# are about
_ABOUT_CONTENTS = re.compile(
    r"(?<=\S)에\s*(?:관한|대한)\s+(?:주요\s+|세부\s+)?(?:내용|사항)(?:이|을|도)\s+(?:\S+\s+)?"
    r"(?:담|포함|명시|들어)"
)

# "A와 B를 추진하는 데 뜻을 모았다": what the sides agreed to work at
_AIM_TOGETHER = re.compile(
    rf"(?:을|를|에)\s+(?:(?:{ADVERB})\s+)*\S+(?:하는|해\s*나가는|나서는)\s+(?:데|것에)\s+"
    r"(?:뜻을\s*(?:모|같이)|의견을\s*모|합의|공감)"
)
# "A, B, C를 함께 해 나갈 방침이다", "A와 B를 공동 추진한다": the sides run the list together;
# "또 A와 B도 함께 추진하기로 했다": 도 in place of 을/를 adds them to the list told before
# (rule also-run)
_RUN_TOGETHER = re.compile(
    rf"(?:을|를|(?<=[가-힣])도)\s+(?:(?:{ADVERB}|중점|우선)\s*)+(?:해\s*나갈|해\s*나가기로|하기로|할\s*(?:{PLAN})"
    r"|펼쳐\s*나가기로|펼쳐\s*나갈|펼치기로"
    r"|추진한다|추진할|추진키로|추진하기로|운영한다|실시한다)"
    r"|(?:을|를)\s+(?:추진|진행|실시|운영)할\s*것을\s+(?:합의|약속)"   # "…을 추진할 것을 합의했다"
    # "…B를 함께 할 것을 약속했다": the light verb, done together, promised
    rf"|(?:을|를)\s+(?:(?:{ADVERB})\s*)+할\s*것을\s+(?:합의|약속|다짐)"
)
# "양 기관은 A와 B를 함께 한다": two activities or more done together, the light verb in the
# present (one is read as a clause: "매년 X를 함께 한다")
_DO_TOGETHER = re.compile(rf"(?:을|를)\s+(?:(?:{ADVERB})\s*)+한다\.?\s*$")
# rule together-ahead: "앞으로 A와 B를 함께합니다", told after the signing with no subject: the
# word 함께 itself names the sides; a topic before the list ("앞으로 시는 …") is one side's
_AHEAD_TOGETHER = re.compile(r"^\s*(?:앞으로|향후)\s(?![^\s]+[은는]\s)")


def _sides_elided(rule: ProseRule, text: str, found: re.Match[str]) -> bool:
    """Rule together-ahead: the sides, unnamed, do a list together from now on."""
    return rule.name == "do together" and "함께" in found[0] and \
        bool(_AHEAD_TOGETHER.match(text)) and not re.search(r"\S[은는]\s", text[: found.start()])


# "이번 협약을 통해 A에 나선다", "이와 함께 B에도 나선다": the list is what the sides take up
_TAKE_UP_LIST = re.compile(
    rf"(?<=\S)에도?\s+(?:(?:{ADVERB})\s+)*(?:본격\s+)?(?:나(?:선다|서기로|서게|설\s*(?:{PLAN}))"
    r"|(?:힘쓰|앞장서)(?:기로|고|며|ㄴ다)|(?:주력|노력)(?:하기로|키로|한다)"
    r"|힘을\s*쏟(?:기로|는다|게\s*(?:됐|되었)))"
)
# "참여 기관은 A, B, C를 나눠 맡는다", "양 기관은 A와 B를 분담하기로 했다": the list is the
# work the sides share out among themselves (a list of two at least; costs shared, "사업비와
# 운영비를 분담한다", are read as one side's cost, not as a list of areas)
_SHARE_OUT = re.compile(
    r"(?<!비)(?<!비용)(?<!예산)(?<!재원)(?:을|를)\s+(?:(?:나눠|나누어)\s*(?:맡|담당)|분담)(?:는다|한다|하기로|키로|기로|고|며|아|하고|하며)"
)

# "주요 협력 사항으로는 A, B, C가 있다", "협약서에는 A와 B, C 내용이 담겼다": under a topic
# of contents, the list is what the contents are
_CONTENTS_ARE = re.compile(
    r"(?<=\S)(?:이|가)\s+(?:있다|있으며|있고|포함(?:됐|되었|된다|되며|돼))"
    # "협약에는 A 방안과 B 방안이 담겼다" (rule contents-held-passive: held, not included)
    r"|(?<=\S)(?<!는\s내용)(?:이|가)\s+(?:(?:주로|모두|함께)\s+)?"
    r"(?:담겼|담겨\s*있|명시됐|명시되었|들어\s*있|들어갔)"
    # (neither here nor above after a clause's modifier, "…를 진행한다는 내용이 담겼다":
    # contents_clauses reads the clause, rule contents-clause-not-listed)
    r"|(?<=\S)(?<!는)\s(?:등의\s+)?내용(?:이|을|도)\s+(?:\S+\s+)?(?:담|포함|명시|들어)"
    r"|(?<=[가-힣])(?:이다|다|입니다)\.?\s*$"   # "협약 내용은 A, B, C다"
)

# "양 기관은 A, B, C에서 협력한다": the fields the sides cooperate in (a list of two or more)
# "A에서 협력을 이어가기로 했다", "A 분야에서 긴밀한 협력 체계를 갖추기로 했다"
_IN_FRAME = re.compile(
    rf"(?<=\S)에서\s+(?:(?:{ADVERB}|긴밀하게|긴밀한)\s*)*(?:협력\s*(?:체계|관계)?를|협력을)\s+"
    r"(?:이어|강화|확대|구축|갖추)\S*(?:기로|키로|한다|간다)")
_IN = re.compile(
    rf"(?<=\S)에서\s+(?:(?:{ADVERB}|긴밀하게)\s*)*(?:협력|협조|돕|도우|{COOP_VERB})\S*"
    rf"(?:기로|키로|한다|는다|할\s*(?:{PLAN}))"
)
# "협약은 A와 B를 담고 있다": what the agreement holds
_HOLDS = re.compile(
    r"(?:을|를)\s+(?:담고\s*있|담았|담겼|포함하고\s*있|포함했|명시하고\s*있|명시했)"
)

# "또한 A에 대한 합의도 이루어졌다": what the sides agreed on, told as an event
_AGREED_ON = re.compile(
    r"(?<=\S)에\s*(?:대한|관한)\s+(?:합의|협의)(?:도|가)?\s+(?:이루어졌|이뤄졌|이루어지|이뤄지)")

PROSE_RULES: tuple[ProseRule, ...] = (
    ProseRule("for", _FOR, needs_parties=False),        # "A와 B를 위해 공동 노력키로 했다"
    ProseRule("decide", _DECIDE, needs_parties=True),   # "A와 B를 이어가기로 합의했다"
    ProseRule("about", _ABOUT, needs_parties=True),     # "A와 B에 대해 상호 협력한다"
    ProseRule("on", _ON, needs_parties=True),           # "A와 B에 힘을 모은다"
    ProseRule("focus", _FOCUS, needs_parties=False),    # "핵심은 A, B에 초점을 맞추고"
    ProseRule("focus set", _FOCUS_SET, needs_parties=False,
              needs_contents=True),   # "핵심은 A, B에 맞춰져 있다"
    ProseRule("contents", _AS_CONTENTS, needs_parties=False),  # "A를 주요 내용으로 담았다"
    ProseRule("promise", _PROMISE_CONTENTS, needs_parties=False),  # "A를 약속하는 내용이"
    ProseRule("about contents", _ABOUT_CONTENTS, needs_parties=False),  # "A에 관한 내용이"
    ProseRule("aim", _AIM_TOGETHER, needs_parties=True),   # "A를 추진하는 데 뜻을 모았다"
    ProseRule("run", _RUN_TOGETHER, needs_parties=True),   # "A와 B를 공동 추진한다"
    ProseRule("take up", _TAKE_UP_LIST, needs_parties=True),   # "협약을 통해 A에 나선다"
    ProseRule("do together", _DO_TOGETHER, needs_parties=True,
              min_items=2),   # "양 기관은 A와 B를 함께 한다"
    ProseRule("share out", _SHARE_OUT, needs_parties=True,
              min_items=2),   # "참여 기관은 A, B, C를 나눠 맡는다"
    ProseRule("contents are", _CONTENTS_ARE, needs_parties=False,
              needs_contents=True),   # "협력 사항으로는 A, B가 있다"
    ProseRule("holds", _HOLDS, needs_parties=False, needs_contents=True),   # "협약은 A를 담고"
    ProseRule("agreed on", _AGREED_ON, needs_parties=False),   # "A에 대한 합의도 이뤄졌다"
    ProseRule("in", _IN, needs_parties=True, needs_contents=False,
              min_items=2),   # "양 기관은 A, B, C에서 협력한다"
    ProseRule("in frame", _IN_FRAME, needs_parties=True),   # "A에서 협력을 이어가기로 했다"
)


def predicate_of_list(item: str) -> int | None:
    """Where a predicate that closes a prose list begins in ``item`` (the last bullet:
    "▲B에 대해 협력 체계를 강화하기로 했다"), the earliest any prose rule finds."""
    starts = [m.start() for rule in PROSE_RULES if (m := rule.pattern.search(item))
              and m.start() > 0 and rule.name not in {"contents are"}]
    return min(starts) if starts else None


# "협약 내용은 크게 세 가지다.", "주요 내용은 다음과 같다.", "협약의 핵심은 두 가지다.": the
# contents announced, their list in the next sentence ("A, B, C이다.", "A, B, C 등이다.")
CONTENTS_ANNOUNCED = re.compile(
    rf"(?:{CONTENTS}|골자|핵심|요지)(?:은|는)\s+(?:(?:크게|모두|총|다음과|아래와)\s*)?"
    r"(?:(?:" + count_words_pattern(2, 6) + r"|\d+)\s*(?:" + COUNTED_BY + ")"
    r"(?:다|이다|로\s*나뉜다)"
    r"|같다)\.?\s*$"
)
# Rule counted-contents: the announcement and its list in one sentence, a comma between
# ("내용은 크게 세 가지로, A와 B, C이다"): the list read as the announced one
_COUNTED_CONTENTS = re.compile(
    rf"(?:{CONTENTS}|골자)(?:은|는)\s+(?:(?:크게|모두|총)\s*)?"
    r"(?:" + count_words_pattern(2, 6) + r"|\d+)\s*(?:" + COUNTED_BY + ")"
    r"(?:로|인데|이며|이고),\s*")
_CONTENTS_LEAD = "협약 내용은 "


def _counted_list(text: str) -> list[tuple[int, str]]:
    """Rule counted-contents: the list after "내용은 크게 세 가지로,", read as announced."""
    counted = _COUNTED_CONTENTS.search(text)
    listed = announced_list(text[counted.end() :]) if counted else []
    return [(counted.end() + o, i) for o, i in listed] if counted else []
_DOING_END = re.compile(r"[가-힣](?:한|된)다\.?\s*$")
# Rule one-and-the-other: the two contents announced, told as "하나는 A이고, 다른 하나는
# B이다" (each a thing named before its copula; not "하나는 A를 맡고": a clause of doing)
_ONE_AND_OTHER = re.compile(
    r"^\s*(?:그\s*)?하나는\s+(?P<one>[^,\"“”]{2,60}?)(?:이고|이며),\s*"
    r"(?:다른|또\s*다른|나머지)\s*(?:하나|한\s*가지)는\s+(?P<other>[^,\"“”]{2,60}?)"
    r"(?:이다|입니다)\.?\s*$")


def announced_list(text: str) -> list[tuple[int, str]]:
    """The list of a sentence right after an announcement of the contents, read as if the
    contents were its topic ("A, B, C이다." -> "협약 내용은 A, B, C이다."); not a clause
    closed by a verb of doing ("첫째, A를 공급한다."), whose 다 is no copula: the clause
    rules read it (rule announced-clause)."""
    if pair := _ONE_AND_OTHER.match(text):
        return [(pair.start("one"), pair["one"]), (pair.start("other"), pair["other"])]
    if _DOING_END.search(text):
        return []
    items = prose_items(_CONTENTS_LEAD + text)
    shift = len(_CONTENTS_LEAD)
    return [(o - shift, i) for o, i in items if o >= shift] if len(items) >= 2 else []
