"""The ways a sentence reports a signing (SIGNED_RULES, one row each): signed, signed and
gone on, a ceremony held or attended, the occasion, a caption of the signed copy, the signer
met in an interview's lead, a headline.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ...hangul import FINAL_N, FINAL_SS, syllables_with_final
from ..cues import AGREEMENT, CEREMONY, PLAN, SIGN_VERB, SIGNING_DAY_WAS

AGREEMENT_TEXT = re.compile(
    rf"업무\s?협약|{AGREEMENT}|mou|양해\s?각서|자매\s?결연|결연|파트너십|업무\s?제휴|전략적\s?제휴|"
    r"(관학|산학|민관|상호|업무|우호|교류)\s?협력")
# ("맺어지면", "맺어지는": the passive not yet past is a condition or a kind; "맺어졌다" reports)
SIGNED = re.compile(
    rf"({SIGN_VERB})\s?(했|하였|됐|되었|했습니다|하였습니다)(?!던)"
    r"|(?<!결실을\s)(?<!열매를\s)맺었(?!던)|맺었습니다|맺어(?!\s?(왔|오|온|진|져|지))"
    rf"|({AGREEMENT}|각서|결연|{SIGN_VERB})식?\s?['’”\"]?\s?(을|를|이|도)?\s?"
    r"(가졌|열었|개최했|개최하였|진행했|진행하였|가졌습니다|열렸|개최됐|진행됐|체결했|체결해|거행했|거행하였"
    r"|실시했|실시하였)"
    r"(?!던)"
    rf"|({AGREEMENT}|결연)['’”\"]?(을|를)?\s?(했|하였)(?!던)")
_SIGNED_CAPTION = re.compile(rf"({SIGN_VERB}|맺)(하고|고)\s|({SIGN_VERB})한?\s?(후|뒤)")
# "체결하고 … 후원받았다고 밝혔다", "협약을 체결, … 나서기로 했다", "MOU를 맺고 …했다":
# a signing joined to another reported fact
# the predicate after it is in the report tense: a past syllable (final ㅆ: 했, 섰, 냈, 혔…)
# but not 있/없 ("맺고 있다") nor the auxiliary 왔 ("맺고 교류해 왔다"); or, closing the
# sentence, a present one ("…에 나선다", "힘을 모은다")
_PAST_SYLLABLES = "".join(c for c in syllables_with_final(FINAL_SS) if c not in "있없")
_PRESENT_SYLLABLES = "".join(c for c in syllables_with_final(FINAL_N) if c not in "한인")
# ("체결한 뒤 … 했다", "맺음으로써 … 마련했다", "체결하고, … 모으기로 했다"; the auxiliary 왔
# after 어/아 is a standing tie, "들어갔다" is not)
_SIGNED_AND = re.compile(
    rf"(({SIGN_VERB})(하고|해|하며|하면서|함으로써|함에\s?따라|함과\s?동시에|하는\s?등"
    r"|한\s?(?:뒤|후|데\s?이어))"
    r"|맺고|맺으며|맺으면서|맺음으로써|맺음에\s?따라|맺음과\s?동시에"
    rf"|(?:{AGREEMENT}|결연)\s?체결을\s?계기로"
    rf"|({AGREEMENT}|각서)(\([^()]{{1,12}}\))?(을|를)?\s?체결\s?,|({AGREEMENT}|각서|결연)\s?체결로"
    rf"|(?:{CEREMONY})(을|를)?\s?(갖고|가지고|가지며|열고|열어|열며|개최하고|개최해|개최하며|개최\s?,"
    r"|진행하고|진행하며|진행해))"
    rf",?\s.*((?<![어아여해와]\s)(?<![어아여해와])왔다|[{_PAST_SYLLABLES.replace('왔', '')}]다"
    rf"|(?:[{_PRESENT_SYLLABLES}]|는)다[.]?\s*$)")
# "협약식을 갖고 순찰을 펼치고 있다", "체결식’을 갖고, … 지원키로 했다": a ceremony held is an
# event that happened, whatever the tense of what follows (but not "갖고 … 추진할 계획이다")
_HELD_AND = re.compile(
    rf"(?:{CEREMONY})\s?['’”\"]?\s?(?:을|를)\s?(?:갖고|가지고|열고|열어|개최하고|진행하고)(?:,\s?|\s)(?!있)")
# "…에서 열린 협약식에는 A 시장과 B 대표가 참석했다", "열린 협약식은 … 참석한 가운데 진행됐다",
# "시청에서의 협약식에는 …" (the place in a noun phrase stands for the verb of holding it):
# the ceremony reported through its attendees; they stand before the verb (group "verb")
_ATTENDED = re.compile(
    rf"(?:(?:열린|진행된|개최된)\s|\S에서의\s)(?:\S+\s){{0,3}}?\S*(?:{CEREMONY})"
    r"(?:에는|은|는|에서는)\s.*?"
    r"(?P<verb>(?:참석|참여|함께)(?:했|하였|한\s?가운데|해\s))")
# "A 시장과 B 총장이 19일 업무협약식에 참석했다": the ceremony attended, its attendees before it
_ATTENDED_CEREMONY = re.compile(
    rf"(?P<verb>(?:(?:열린|진행된|개최된)\s(?:\S+\s){{0,3}}?)?\S*(?:{CEREMONY})에\s?"
    r"(?:참석|참여|참가)(?:했|하였|해\s|하고\s))")
# "협약식이 4일 시청에서 개최됐다", "업무협약식이 … 열렸다": the ceremony as the subject
_TOOK_PLACE = re.compile(
    rf"(?:{CEREMONY})\s?['’”\"]?\s?(?:이|가|은|는)\s.*?"
    r"(?:개최됐|개최되었|열렸|진행됐|진행되었|거행됐|거행되었|있었(?!던))"
    rf"|(?:{AGREEMENT}|결연|각서)\s?(?:체결|서명)(?:은|는|이|가)\s.*?"   # "MOU 체결은 … 이뤄졌다"
    r"(?:이뤄졌|이루어졌|진행됐|진행되었)(?!던)")
# "MOU 체결을 완료했다", "협약을 성사시켰다", "업무협약이 이뤄졌다": the signing as done
_DONE = re.compile(
    rf"(?:{AGREEMENT}|결연|각서)서?\s?(?:체결|서명)?\s?['’”\"]?\s?(?:을|를|이|가)\s?"
    r"(?:완료했|마쳤|마무리했|성사시켰|성사했|이뤄졌|이루어졌|성사됐|성사되었|이끌어\s?냈|끌어\s?냈)"
    r"(?!던)"
    # "체결하게 됐다", "맺은 것으로 알려졌다": the signing come about, or known to have
    rf"|(?:(?:{SIGN_VERB})하게|맺게)\s?(?:됐|되었)(?!던)"
    rf"|(?:(?:{SIGN_VERB})한|맺은)\s?것으로\s?(?:알려졌|확인됐|확인되었|전해졌|나타났)"
    rf"|(?:{AGREEMENT}|결연|각서)\s?(?:체결|서명)에\s?성공했(?!던)")
# "협약 체결과 함께 현판식을 가졌다", "협약 체결식 및 발대식을 가졌다", "협약 체결 후 기자회견을
# 열었다": the signing joined to another event held
_WITH_EVENT = re.compile(
    rf"(?:{AGREEMENT}|결연)\s?(?:체결|서명)식?\s?(?:과\s?함께|및|후|뒤|에\s?이어)\s"
    rf"|(?:{CEREMONY})(?:과|와)\s?함께\s")
# an event held, told as done (not "가졌던 행사")
_HELD = r"(?:가졌|열었|개최했|개최하였|진행했|진행하였|거행했)(?!던)"
_WITH_EVENT_HELD = re.compile(
    rf"(?:{_WITH_EVENT.pattern})(?:\S+\s){{0,3}}?\S*(?:을|를)\s?{_HELD}")
# "협약을 체결하는 자리를 가졌다", "MOU를 맺는 자리를 마련했다": the occasion of the signing held
_OCCASION = re.compile(
    rf"(?:(?:{SIGN_VERB})하는|맺는)\s?(?:자리|시간)를\s?(?:가졌|마련했|마련하였|가졌습니다)(?!던)")
# rule occasion-day: "A와 B가 협약을 맺는 날이었다", "…맺는 날이었거든요", "…날이었기 때문이다":
# the day told, in the past, as the day of the signing (not "맺는 날이다", "맺는 날이 될 것이다",
# "맺는 날이었던")
_OCCASION_DAY = re.compile(
    rf"{SIGNING_DAY_WAS}(?:다|습니다|어요|거든요|죠|지요|고|으며|기\s?때문)")
# "협약을 맺는 자리에서 지원 의지를 밝혔다", "MOU를 체결하는 자리에서 … 강조했다": something
# said or done at the signing's occasion, told in the past
_AT_OCCASION = re.compile(
    rf"(?:(?:{SIGN_VERB})하는|맺는)\s?자리에서\s.*[{_PAST_SYLLABLES.replace('왔', '')}]다")
# "지난 19일 열린 협약식에서 A와 B는 … 돕기로 했다": what the parties did at the ceremony held,
# told in the past (the ceremony told as the occasion, like "맺는 자리에서")
_AT_HELD_CEREMONY = re.compile(
    rf"(?:열린|진행된|개최된)\s(?:\S+\s){{0,3}}?\S*(?:{CEREMONY})\s?['’”\"]?에서\s"
    r".*(?P<verb>(?:기로|키로)\s?(?:했|하였|합의했|약속했|뜻을\s?모았)다)")
# "업무협약 체결식을 성황리에 마쳤다": the ceremony finished; "협약식을 19일 시청에서 가졌다": held,
# with the day and the place between
_CEREMONY_DONE = re.compile(
    rf"(?:{CEREMONY})\s?['’”\"]?\s?(?:을|를)\s?(?:\S+\s)?(?:마쳤|마무리했|마무리하였)(?!던)"
    rf"|(?:{CEREMONY})\s?['’”\"]?\s?(?:을|를)\s(?:\S+\s){{1,5}}?{_HELD}")
# Rule footage: a broadcaster's reporter tells the pictures in the present ("대표들이 차례로
# 협약서에 서명합니다", "협약서를 주고받고 있습니다"): the signed copy, signed as it is shown; not
# a signing to come ("다음 달 협약서에 서명합니다", "…할 예정입니다")
_FOOTAGE = re.compile(
    rf"^(?!.*(?:오는\s|내일|모레|다음\s?(?:달|주)|내달|{PLAN}))"
    rf".*?(?P<verb>(?:{AGREEMENT}|각서)서?\s?(?:에|를|을)\s?(?:\S+\s)?"
    r"(?:서명|사인|날인|교환|주고받)(?:합니다|하고\s?있습니다|습니다|고\s?있습니다))")
# "협약서에 사인했다", "협약서를 주고받았다", "협약서에 도장을 찍었다", "협약서에 이름을
# 적었다": the signed copy; an adverb may stand before the verb ("협약서를 최근 주고받았다",
# "협약서에 나란히 사인했다")
_SIGNED_COPY = re.compile(
    rf"(?:{AGREEMENT}|각서)서?\s?(?:에|를|을)\s?(?:\S+\s)?"
    r"(?:사인했|사인하였|주고받았|날인했|도장을\s?찍었|이름을\s?(?:적었|썼))(?!던)")
# "협약을 통해 손을 잡았다", "협약으로 손을 맞잡았다": the signing as joining hands
_HANDS = re.compile(rf"(?:{AGREEMENT})(?:을\s?통해|으로|을\s?맺어)\s.*?손을\s?(?:맞)?잡았"
                    # "협약식을 통해 협력을 약속했다": what the parties did through the ceremony
                    rf"|(?:{CEREMONY})(?:을|를)\s?통해\s.*?(?:약속했|다짐했|합의했|뜻을\s?모았)")
# a photo caption: "… 협약 체결서를 들고 기념촬영을 하고 있다"
_HOLDING = re.compile(
    rf"(?:{AGREEMENT}|체결|결연)\s?(?:증서|서)(?:를|을)\s?(?:들고|펼쳐\s?들고|들어\s?보이)")
# a photo caption of the ceremony: "… 업무협약 체결 모습", "협약식에서 … 기념촬영을 하고 있다"
_CEREMONY_PICTURED = re.compile(
    rf"(?:(?:{AGREEMENT})\s?(?:{SIGN_VERB})식?|{CEREMONY})\s?(?:모습|장면)"
    rf"|(?:{CEREMONY})(?:에서|을\s?마치고|\s?후)\s.*(?:기념\s?촬영|악수|기념\s?사진)")
# a headline line, a noun phrase with no verb: "가람시-누리대, 27일 청년 일자리 업무협약 체결",
# "… 협약 맞손", "… MOU 손잡아"
_HEADLINE = re.compile(
    rf"(?:{AGREEMENT}|결연|{CEREMONY})\s?(?:\([A-Za-z]+\))?['’”\"]?\s?"
    rf"(?:{SIGN_VERB}|맞손|손\s?잡(?:아|고|다)?)"
    r"\s?(?:\(종합\)|…|\.{3}|\.)?\s*$"
    rf"|(?:{AGREEMENT}식|{CEREMONY})\s*$"   # "[사진] 가람시-누리대 업무협약식"
    # a card-news cover, the parties crossed ("가람시 × 누리은행 상생 업무협약 🤝"): the
    # agreement named with no verb, an emoji or a mark after it
    rf"|\S\s?×\s?\S.*(?:{AGREEMENT})\s?[^\w\s]*\s*$")
# an interview's lead: "지난 20일 A, B와 '…협약'을 맺은 C 대표를 만났다" — the signing, dated,
# told in the clause that picks out the person met
_MET_SIGNER = re.compile(
    rf"(?<!오는\s)(?:지난\s?)?\d{{1,2}}일\s.*(?:{AGREEMENT}).*?(?P<verb>맺은|체결한)\s"
    r"(?:\S+\s){0,3}?\S+(?:을|를)\s(?:만났다|만나\s?봤다|만나\s?보았다)")

# A broadcaster's copy tells the day's signing in the present tense, on the day it airs:
# "오늘 … 협약에 서명합니다", "… 오늘 협약을 맺습니다" (never "내일 …", "다음 달 …": only 오늘)
_TODAY_PRESENT = re.compile(
    rf"(?<![가-힣])오늘(?:\s|\()(?!.*(?:{PLAN})).*?"
    rf"(?P<verb>(?:{SIGN_VERB})합니다|맺습니다)")


@dataclass(frozen=True)
class SignedRule:
    """One way a sentence says an agreement was signed; a row of ``SIGNED_RULES``."""

    name: str
    pattern: re.Pattern[str]
    caption_only: bool = False     # read only in a photo caption
    then: bool = False             # a connective: what follows must not be a plan
    verb: str | int = 0            # the group that starts the verb (the parties stand before)
    fallback: int = 0              # counts only where no rule of a lower level finds a signing:
                                   # attendees of a ceremony also reported otherwise may be
                                   # guests (1); a headline is read only when nothing else is (2)


# Tried in order; the first rule that matches decides. A new construction is a new row.
SIGNED_RULES: tuple[SignedRule, ...] = (
    SignedRule("signed", SIGNED),                                  # "협약을 체결했다"
    SignedRule("progressive", _SIGNED_CAPTION, caption_only=True),  # "체결하고 있다"
    SignedRule("signed and", _SIGNED_AND, then=True),               # "체결하고 … 나섰다"
    SignedRule("held and", _HELD_AND, then=True),                   # "협약식을 갖고 … 펼치고 있다"
    SignedRule("took place", _TOOK_PLACE),                          # "협약식이 … 개최됐다"
    SignedRule("hands", _HANDS),                                    # "협약을 통해 손을 잡았다"
    SignedRule("done", _DONE),                                      # "MOU 체결을 완료했다"
    SignedRule("occasion", _OCCASION),                        # "체결하는 자리를 가졌다"
    SignedRule("at the occasion", _AT_OCCASION, then=True),   # "맺는 자리에서 … 밝혔다"
    SignedRule("occasion day", _OCCASION_DAY),                # "협약을 맺는 날이었다"
    SignedRule("at the held ceremony", _AT_HELD_CEREMONY, verb="verb"),  # "열린 협약식에서 …기로"
    SignedRule("ceremony done", _CEREMONY_DONE),              # "체결식을 성황리에 마쳤다"
    SignedRule("signed copy", _SIGNED_COPY),                  # "협약서에 사인했다"
    SignedRule("footage", _FOOTAGE, verb="verb"),             # "협약서에 서명합니다"
    SignedRule("with an event", _WITH_EVENT_HELD),            # "협약 체결과 함께 현판식을 가졌다"
    SignedRule("attended", _ATTENDED, verb="verb", fallback=1),  # "열린 협약식에는 … 참석했다"
    SignedRule("attended ceremony", _ATTENDED_CEREMONY, verb="verb", fallback=1),  # "…에 참석했다"
    SignedRule("holding", _HOLDING, caption_only=True, fallback=1),  # "협약서를 들고 기념촬영"
    SignedRule("pictured", _CEREMONY_PICTURED, caption_only=True, fallback=1),  # "협약식 모습"
    SignedRule("met the signer", _MET_SIGNER, verb="verb", fallback=1),  # "…을 맺은 C를 만났다"
    SignedRule("today present", _TODAY_PRESENT, verb="verb", fallback=1),  # "오늘 … 서명합니다"
    SignedRule("headline", _HEADLINE, fallback=2),  # "A-B, 업무협약 체결"
)


def first_signed_rule(text: str, caption: bool) -> tuple[SignedRule, re.Match[str]] | None:
    """The first of ``SIGNED_RULES`` that matches, with its match."""
    for rule in SIGNED_RULES:
        if rule.caption_only and not caption:
            continue
        m = rule.pattern.search(text)
        if m:
            return rule, m
    return None
