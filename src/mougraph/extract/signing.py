"""Which sentences report a signing, and who the parties named in them are.

A sentence reports a signing when it has an agreement word (협약, MOU, 양해각서, 협정,
자매결연, …) and a past or progressive signing verb (체결했다, 맺었다, 협약식을 가졌다/열었다/
개최했다/진행했다, 서명했다, 교환했다, 협약을 했다; in a photo caption also 체결하고 있다), or
a connective signing verb followed by a report-tense predicate ("체결하고 … 나섰다/나선다고
밝혔다", "맺고 … 모았다"; not "체결하고 … 추진할 계획이다"), or a ceremony held ("협약식을 갖고
…"), the occasion held ("체결하는 자리를 가졌다"), the ceremony finished or taken place
("체결식을 마쳤다", "체결식이 있었다", "MOU 체결은 … 이뤄졌다"). Where nothing else reports it,
a ceremony reported by its attendees ("열린 협약식에는 … 참석했다"), a caption of the signed
copy ("협약서를 들고 기념촬영") or a headline ("… 협약 체결", "… MOU 맞손") does. Each way is a
row of ``SIGNED_RULES``.
Rules that say *no*:
- *plan*: 체결할 예정, 체결하기로 했다, 체결한다, 체결을 앞두고, 서명하게 된다;
- *called-off*: 연기, 취소, 무산, 철회, 보류, 불발, 해지, 파기;
- *opinion*: a column or an editorial ("[칼럼]", "[사설]") reports none (``opinion_piece``);
- *audit*: counts of past agreements ("19건의 MOU", "최근 5년간"), a year that is not the
  publication year ("2011년 … 협약을 체결했지만", "지난 2015년 2월 … 맺고"), 국정감사;
- quoted speech is not a report.

The parties are read from the sentence's slots: the topic/subject ("A는", "A가", "A와 B는")
and the partners ("B와", "B, C 등 세 개 기업과", "B와 함께"); a person in a slot stands for
their organisation ("달빛농협 한도윤 이사장과"); "N곳", "N개 기관" count partners the sentence
does not name ("A, B 등 관내 N개 기업": the named ones stand before "등"); a collective subject
("양 기관은", "두 기관이", "양측은") stands for the parties the sentence before named.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from ..lexicons import countries, denominations
from ..model import OrgKind
from ..morph import Word
from ..text import Sentence
from . import orgs, people
from .clause import Clause, clause
from .cues import AGREEMENT, CALLED_OFF, CEREMONY, EARLIER_CLAUSE, PLAN, SIGN_VERB
from .lexicon import ending, foreign_syllable, is_name, is_two_syllable_family_name, title_of
from .people.asides import heads_body
from .people.bodies import COMPANY_HEADS
from .people.names import cut_name_before_title

_AGREEMENT = re.compile(
    rf"업무\s?협약|{AGREEMENT}|mou|양해\s?각서|자매\s?결연|결연|파트너십|업무\s?제휴|전략적\s?제휴|"
    r"(관학|산학|민관|상호|업무|우호|교류)\s?협력")
_SIGNED = re.compile(
    rf"({SIGN_VERB})\s?(했|하였|됐|되었|했습니다|하였습니다)(?!던)"
    r"|(?<!결실을\s)(?<!열매를\s)맺었(?!던)|맺었습니다|맺어(?!\s?(왔|오|온|진|져))"
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
_PAST_SYLLABLES = "".join(chr(c) for c in range(0xAC00, 0xD7A4)
                          if (c - 0xAC00) % 28 == 20 and chr(c) not in "있없")
_PRESENT_SYLLABLES = "".join(chr(c) for c in range(0xAC00, 0xD7A4)
                             if (c - 0xAC00) % 28 == 4 and chr(c) not in "한인")
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
# "협약을 맺는 자리에서 지원 의지를 밝혔다", "MOU를 체결하는 자리에서 … 강조했다": something
# said or done at the signing's occasion, told in the past
_AT_OCCASION = re.compile(
    rf"(?:(?:{SIGN_VERB})하는|맺는)\s?자리에서\s.*[{_PAST_SYLLABLES.replace('왔', '')}]다")
# "업무협약 체결식을 성황리에 마쳤다": the ceremony finished; "협약식을 19일 시청에서 가졌다": held,
# with the day and the place between
_CEREMONY_DONE = re.compile(
    rf"(?:{CEREMONY})\s?['’”\"]?\s?(?:을|를)\s?(?:\S+\s)?(?:마쳤|마무리했|마무리하였)(?!던)"
    rf"|(?:{CEREMONY})\s?['’”\"]?\s?(?:을|를)\s(?:\S+\s){{1,5}}?{_HELD}")
# "협약서에 사인했다", "협약서를 주고받았다", "협약서에 도장을 찍었다": the signed copy
_SIGNED_COPY = re.compile(
    rf"(?:{AGREEMENT}|각서)서?\s?(?:에|를|을)\s?(?:사인했|사인하였|주고받았|날인했|도장을\s?찍었)(?!던)")
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
    rf"|(?:{AGREEMENT}식|{CEREMONY})\s*$")   # "[사진] 가람시-누리대 업무협약식"
# an interview's lead: "지난 20일 A, B와 '…협약'을 맺은 C 대표를 만났다" — the signing, dated,
# told in the clause that picks out the person met
_MET_SIGNER = re.compile(
    rf"(?<!오는\s)(?:지난\s?)?\d{{1,2}}일\s.*(?:{AGREEMENT}).*?(?P<verb>맺은|체결한)\s"
    r"(?:\S+\s){0,3}?\S+(?:을|를)\s(?:만났다|만나\s?봤다|만나\s?보았다)")
# "체결하고 … 추진할 계획이라고 밝혔다": what follows the signing is still a plan
_AND_PLAN = re.compile(rf"({PLAN}|전망)(이다|이라고|이며|이다고|이라며)"
                       r"|(?:하게|하기로)\s?(?:된다|될)\b|할\s?것(?:이다|으로)")


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
    SignedRule("signed", _SIGNED),                                  # "협약을 체결했다"
    SignedRule("progressive", _SIGNED_CAPTION, caption_only=True),  # "체결하고 있다"
    SignedRule("signed and", _SIGNED_AND, then=True),               # "체결하고 … 나섰다"
    SignedRule("held and", _HELD_AND, then=True),                   # "협약식을 갖고 … 펼치고 있다"
    SignedRule("took place", _TOOK_PLACE),                          # "협약식이 … 개최됐다"
    SignedRule("hands", _HANDS),                                    # "협약을 통해 손을 잡았다"
    SignedRule("done", _DONE),                                      # "MOU 체결을 완료했다"
    SignedRule("occasion", _OCCASION),                        # "체결하는 자리를 가졌다"
    SignedRule("at the occasion", _AT_OCCASION, then=True),   # "맺는 자리에서 … 밝혔다"
    SignedRule("ceremony done", _CEREMONY_DONE),              # "체결식을 성황리에 마쳤다"
    SignedRule("signed copy", _SIGNED_COPY),                  # "협약서에 사인했다"
    SignedRule("with an event", _WITH_EVENT_HELD),            # "협약 체결과 함께 현판식을 가졌다"
    SignedRule("attended", _ATTENDED, verb="verb", fallback=1),  # "열린 협약식에는 … 참석했다"
    SignedRule("attended ceremony", _ATTENDED_CEREMONY, verb="verb", fallback=1),  # "…에 참석했다"
    SignedRule("holding", _HOLDING, caption_only=True, fallback=1),  # "협약서를 들고 기념촬영"
    SignedRule("pictured", _CEREMONY_PICTURED, caption_only=True, fallback=1),  # "협약식 모습"
    SignedRule("met the signer", _MET_SIGNER, verb="verb", fallback=1),  # "…을 맺은 C를 만났다"
    SignedRule("headline", _HEADLINE, fallback=2),  # "A-B, 업무협약 체결"
)
_AHEAD = re.compile(r"오는\s?\d|내일|다음\s?달")
# a day that dates the signing as past: "19일", "지난 19일", "어제", "이날" (not "오는 19일")
_DATED = re.compile(
    r"(?<!오는\s)(?<!오는)(?<![\d~∼-])\d{1,2}일(?!\s?(?:까지|부터|간|동안))|어제|이날|지난\s?\d")
_BACKGROUND_YEAR = re.compile(r"지난|앞서|한편|이후|부터|까지|그동안|당시|이전")
_PLAN = re.compile(
    rf"({SIGN_VERB})\s?(할|하기로|한다|예정|을\s?앞두|을\s?추진|키로|하겠)|맺을|맺기로|가질\s?예정"
    r"|열\s?예정|개최할|개최\s?예정")
_CALLED_OFF = re.compile(
    rf"({CALLED_OFF})\s?(됐|되었|했|하였|될|되|하기로|돼|된)")
# (a count of agreements, "18건의 MOU", not of what one holds, "3건의 사업을 담은 협약"; a span
# looked back on, "최근 5년간", not the term of the agreement, "향후 3년간 지원하는"; last year
# but not "지난해에 이어 올해도")
_AUDIT = re.compile(rf"\d+\s?건의?\s?(?:{AGREEMENT}|업무\s?협약)"
                    r"|(?:최근|지난|과거|그간|그동안)\s?\d+\s?년간|국정\s?감사|국감|제출받은|후속\s?사업"
                    r"|(지난해|지난 해(?!외)|작년)(?!\s?12월\s?\d{1,2}일)(?!에?\s?이어)|그동안|과거"
                    r"|지난\s?\d{1,2}월(?!\s?\d{1,2}일)")
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})\s?년(?!도)")
# "2018년 개교한 캠퍼스에서", "2015년 문을 연 센터와": a year that dates a noun of the sentence
# (not "2020년 한 민간 연구소와": 한 alone is "a")
_YEAR_OF_A_NOUN = re.compile(
    r"(?<!\d)(?:19|20)\d{2}\s?년\s(?:\S+[을를]\s연|(?:\S+\s)?\S+[한된은던])\s")
# quoted speech ("…했다"고 말했다) is no report; a quoted name followed by a particle is the
# agreement's name ('"지역상생협약"을 체결했다') and stays
_QUOTE = re.compile(r"[\"“][^\"”]*[\"”](?!\s?(?:을|를|이|가|에|의|과|와|도)(?:\s|$)|\s?\()")
# "지난해 12월 의회에서 … 동의안이 통과된 A와 협약을 체결했다": a time inside a relative clause
# (closed by a passive modifier before the verb) dates that clause, not the signing
# ; so does a clause closed by "…한 데 이어" ("지난 2월 A와 체결한 데 이어 28일 B와 맺었다")
# ; so does an active one ("지난해 문을 연 센터와", "그동안 쌓아온 신뢰를 바탕으로", "지난 3월
# 개관한 센터와", "지난해 맺은 협약을 바탕으로 … 새 협약을 체결했다")
# ("지난해 MOU를 맺은 누리대와", and an earlier event closed by "에 이어" or "이후": "지난해
# 양해각서 체결에 이어 19일 본협약을", "지난 3월 MOU 체결 이후 19일 …")
_RELATIVE = re.compile(r"\S(?:된|받은|한|연|온|던)\s|(?:^|\s)맺은\s|문을\s?연\s|에\s?이어\s"
                       r"|\s이후\s|" + EARLIER_CLAUSE.pattern)
_KOREAN_NUMBERS = {"한": 1, "두": 2, "세": 3, "네": 4, "다섯": 5, "여섯": 6, "일곱": 7,
                   "여덟": 8, "아홉": 9, "열": 10}
_COUNT = re.compile(
    r"^(?:(\d+)|(한|두|세|네|다섯|여섯|일곱|여덟|아홉|열))\s?(?:개\s?)?"
    r"(곳|개|개사|개소|기관|기업|대학|단체|업체|개교|개기관|개기업|개대학|지자체)")
# what a count of partners may count ("11곳", "3개 기관"); other heads name a kind of body
COUNT_HEADS = set("""곳 개 개사 개소 기관 기업 대학 단체 업체 개교 지자체 금융기관 공공기관
                     유관기관 지방자치단체 자치단체 학교 병원 협회""".split())
_NOT_PARTIES = set("양 양측 양사 양기관 두 각 이들 시 군 구 당사 본사 본교 당행 본원 본회".split())
# "양 기관은", "두 기관이", "양측은", "3개 기관은": the parties named before, as a subject
_COLLECTIVE = re.compile(
    # (after up to three opening words that are no subject: "이를 위해 양 기관은", "이날")
    r"^\s*(?:\S*[^\s은는이가,]\s){0,3}?(?:양|두|세|네|다섯|[2-9]\s?개)\s?"
    r"(?:기관|측|사|대학|단체|기업|지자체|자치단체|학교|병원|협회|기관들|시군|도시"
    r"|은행|재단|공사|공단|센터|대학교|회사|업체|조합|금고|법인|지역|시|군|구|도|교회|부대)"
    r"(?:은|는|이|가|도)\s")
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z&.\-]*")
_SUBJECT = ("은", "는", "이", "가", "께서", "에서는")
_PARTNER = ("와", "과", "와는", "과는", "하고", "및", "와의", "과의", "와도", "과도", "이랑", "랑")
_KIND = (("양해각서", "양해각서"), ("MOU", "MOU"), ("자매결연", "자매결연"),
         ("업무협약", "업무협약"), ("협정", "협정"), ("약정", "약정"), ("협약", "협약"),
         ("결연", "자매결연"))


@dataclass
class Slots:
    """What one signing sentence says about its parties."""

    subject: list[orgs.Mention] = field(default_factory=list)
    partners: list[orgs.Mention] = field(default_factory=list)
    unnamed: int = 0                 # partners counted but not named ("등 11곳")
    unnamed_head: str = ""           # what they are ("주민자치위원회", "기업", "곳")
    unnamed_in_subject: bool = False
    short_subject: str = ""          # "재단은", "진흥원은": a subject named by its kind only
    short_partners: list[str] = field(default_factory=list)   # "군과 …": a partner so named
    people: list[people.PersonMention] = field(default_factory=list)
    bare_subject: list[orgs.Mention] = field(default_factory=list)  # "솔바람은": no ending
    # "솔빛과": a lone partner with no ending, a party only where its head is written with it
    bare_partners: list[orgs.Mention] = field(default_factory=list)

    @property
    def parties(self) -> list[orgs.Mention]:
        """Subject and partners in the order the sentence names them."""
        return sorted(self.subject + self.partners, key=lambda m: m.start)


@dataclass
class Signing:
    sentence: Sentence
    clause: Clause
    kind: str
    slots: Slots


# An opinion piece's tag before its headline ("[칼럼] …", "[사설]", "[김누리 칼럼]", "[기자수첩]"):
# the agreements a column or an editorial names are its background, not news it reports
_OPINION = re.compile(
    r"^\W*[\[【〔<]\s*(?:[^\]】〕>]{0,12}칼럼|사설|시론|(?:특별\s?)?기고|기자\s?수첩|취재\s?수첩"
    r"|오피니언|독자\s?투고|논단|시평|기자의\s?눈|편집국에서)\s*[\]】〕>]")


def opinion_piece(title: str | None, text: str) -> bool:
    """Rule opinion: the title, or the text's first line, is tagged as a column or an editorial."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    return any(_OPINION.match(line) for line in (title or "", first))


def reports_signing(text: str, *, caption: bool = False, year: int | None = None) -> bool:
    """True when the sentence reports an agreement as signed (not planned, not audited)."""
    return signing_rule(text, caption=caption, year=year) is not None


def signing_rule(text: str, *, caption: bool = False,
                 year: int | None = None) -> SignedRule | None:
    """The rule by which the sentence reports a signing; None when it reports none."""
    text = _QUOTE.sub(" ", text)
    if not _AGREEMENT.search(text):
        return None
    found = _signed(text, caption)
    if found is None:
        return None
    rule, signed = found
    return rule if _stands(text, rule, signed, year) else None


def _stands(text: str, rule: SignedRule, signed: re.Match[str], year: int | None) -> bool:
    """The rules that say *no* to a signing verb found: plan, called off, audit, year."""
    if _PLAN.search(text[max(0, signed.start() - 2) : signed.end() + 8]) and not _SIGNED.search(
            text[signed.end():]):
        return False
    # "오는 25일 협약을 체결하고 …": a signing to come ("체결하고 오는 5월부터 …": what follows);
    # "체결하고 … 추진할 계획이다": a plan, unless a past day dates the signing ("19일 … 체결하고
    # … 지원할 계획이다": the plan is what follows it)
    if rule.then and _AHEAD.search(text, 0, signed.start()):
        return False
    if rule.then and _AND_PLAN.search(text[signed.start():]) and not _DATED.search(
            text, 0, signed.start()):
        return False
    if _called_off(text, signed.start()) or _looks_back(text, signed.start()):
        return False
    years = set(_YEAR.findall(_YEAR_OF_A_NOUN.sub(" ", text)))
    if year is not None:
        # a December signing reported in the new year keeps last year's number; a later year
        # is a target ("2030년 탄소중립", "2025년까지 1천 명"), never the day of a past signing
        return all(int(y) >= year or (int(y) == year - 1 and re.search(r"12월\s?\d{1,2}일", text))
                   for y in years)
    # publication year unknown: one year and no sign of looking back is taken as the date
    return not years or (len(years) == 1 and not _BACKGROUND_YEAR.search(text))


def _signed(text: str, caption: bool) -> tuple[SignedRule, re.Match[str]] | None:
    """The first of ``SIGNED_RULES`` that matches, with its match."""
    for rule in SIGNED_RULES:
        if rule.caption_only and not caption:
            continue
        m = rule.pattern.search(text)
        if m:
            return rule, m
    return None


def _called_off(text: str, verb_at: int) -> bool:
    """Rule called-off: the signing postponed, cancelled or annulled — unless only in a
    modifier before the verb ("코로나19로 연기됐던 협약을 체결했다", "보류된 사업 재개를 위한")."""
    return any(not (m.end() <= verb_at and (text.startswith("던", m.end()) or (
        m.group(2) == "된" and text[m.end():m.end() + 1].isspace())))
        for m in _CALLED_OFF.finditer(text))


def _looks_back(text: str, verb_at: int) -> bool:
    """Rule audit: a count of past agreements or an earlier time that dates the signing."""
    return any(not _RELATIVE.search(text, m.end(), verb_at) for m in _AUDIT.finditer(text))


def agreement_kind(text: str) -> str:
    compact = text.replace(" ", "")
    for word, kind in _KIND:
        if word in compact:
            return kind
    return "협약"


def signings(sentences: list[Sentence], captions: frozenset[int], *,
             year: int | None = None, clauses: dict[int, Clause] | None = None) -> list[Signing]:
    """The sentences that report a signing, with their parties read (``clauses`` by start)."""
    found: list[tuple[int, Sentence, SignedRule]] = []
    for n, s in enumerate(sentences):
        rule = signing_rule(s.text, caption=s.start in captions, year=year)
        if rule is not None:
            found.append((n, s, rule))
    level = min((rule.fallback for _, _, rule in found), default=0)
    found = [(n, s, rule) for n, s, rule in found if rule.fallback == level]
    out = []
    for n, s, rule in found:
        cl = clauses[s.start] if clauses is not None else clause(s)
        read = slots(cl)
        if rule.name == "headline" and not read.parties:
            read.subject = list(orgs.mentions(cl))   # "가람시-누리대, 협약 체결": all it pairs
        if not read.parties and n and _COLLECTIVE.match(s.text):
            # "A와 B가 … 손을 맞잡았다. 양 기관은 이날 … 협약을 맺었다": the collective
            # subject stands for the parties the sentence before named
            prev = sentences[n - 1]
            prev_cl = clauses[prev.start] if clauses is not None else clause(prev)
            before = slots(prev_cl)
            named = before.parties if not before.unnamed else []
            if len(named) < 2 and n == 1 and (_AGREEMENT_WORD.search(prev.text)
                                              or JOINED_HANDS.search(prev.text)):
                # "가람시-누리대, 청년 정착 협약 체결" as the headline: the bodies it pairs
                # (or "가람시-누리대, 청년 창업 '맞손'": joined hands, rule headline-hands)
                named = list(orgs.mentions(prev_cl))
            if len(named) >= 2:
                read.subject, read.partners = named, []
                read.unnamed, read.unnamed_head, read.unnamed_in_subject = 0, "", False
                read.people = before.people + read.people
        out.append(Signing(s, cl, agreement_kind(cl.view), read))
    return out


# a headline's words for two bodies joining hands ("맞손", "손잡아", "힘 모은다", "뭉쳤다")
JOINED_HANDS = re.compile(r"맞손|손\s?(?:을\s?)?(?:맞)?잡|힘\s?(?:을\s?)?모|뭉쳤|뭉친다|뭉쳐|맞들")


def _verb_index(cl: Clause) -> int:
    """The first word of the signing verb phrase; the parties stand before it."""
    found = _signed(cl.view, True)
    if found is None:
        return len(cl.words)
    rule, m = found
    at = m.start(rule.verb)
    for i, w in enumerate(cl.words):
        if w.end > at:
            return i
    return len(cl.words)


def _goes_on(w: Word) -> bool:
    """A word that parts the items of a list: a comma, 및, a dash, a bullet standing alone."""
    return w.text == "," or w.stem in {"및", "그리고"} or w.text in _DASHES or \
        (not w.stem and w.text in orgs.BULLETS)


def slots(cl: Clause) -> Slots:
    """Read the parties from the words before the agreement noun."""
    out = Slots()
    words = cl.words
    stop = _verb_index(cl)
    persons = people.find_people(cl)
    out.people = persons
    pending: list[tuple[int, int]] = []      # list items waiting for their role
    start = 0
    broken = False                           # a clause ended since the last subject
    for i in range(stop):
        w = words[i]
        if w.connective and not w.stem.startswith("비롯"):
            broken = True
            if w.stem == "이어" and i and words[i - 1].text == "데" and _AUDIT.search(
                    cl.view, 0, w.start):      # "지난 2월 A와 체결한 데 이어 B와": A was
                out.partners.clear()           # the earlier agreement's partner
        if i == start - 1 or cut_name_before_title(cl, i):
            continue                           # ("허해가 군수와": 가 ends a name, no subject)
        if w.verbal and not _misread_body(cl, i):
            start, pending = i + 1, []         # "위치한", "사는": a modifier, not a slot
            continue
        if _goes_on(w):
            pending.append((start, i - 1))     # a list goes on
            start = i + 1
            continue
        if w.particle in ("을", "를") and i + 1 < len(words) and \
                words[i + 1].stem.startswith("비롯"):
            pending.append((start, i))         # "A를 비롯한 B, C는": A is one of them
            start = i + 2
            continue
        if w.particle in ("을", "를") and i + 1 < len(words) and \
                words[i + 1].text.startswith(("방문", "찾아", "찾았", "만나", "초청")):
            if w.stem not in countries():   # "다라시청을 방문해": the host is the partner
                _visit_host(cl, start, i, out, persons)        # (a country is where)
            start, pending = i + 2, []
            continue
        if i > start and w.text[:1] in orgs.BULLETS:
            pending.append((start, i - 1))     # "▲A ▲B ▲C와": inline bullets part the items
            start = i
        if _owners_of_next(words, i):          # "A와 B의 합작법인인 C와": only C signs
            out.partners = [m for m in out.partners if m.last_word != i - 1]
            start, pending = i + 1, []
            continue
        role = _role(words, i)
        if role == "subject" and broken:
            # "가온시와 상인회가 요청해 마련됐으며, … 가온중앙시장이 … 맺었다": a new
            # subject after a finished clause; the earlier names belong to that clause
            out.subject.clear()
            out.partners.clear()
            broken = False
        if role is None or (role == "subject" and _watching(words, i)):
            if _case(w):                       # another case ends the list: no slot
                start, pending = i + 1, []
            continue
        _read_slot(cl, pending + [(start, i)], role, out, persons)
        pending, start = [], i + 1
    _settle(cl, out, stop)
    return out


# rule watching-subject: "B 부지사가 지켜보는 가운데 A는 …와 협약을 체결했다" — the subject
# of a clause of watching before "가운데" is a witness, not a party ("A 총장, B 시장이 참석한
# 가운데" names the parties' heads, who do sign)
_WATCH = ("지켜보", "입회", "참관")


def _watching(words: list[Word], i: int) -> bool:
    nxt = words[i + 1: i + 3]
    return len(nxt) == 2 and nxt[0].text.startswith(_WATCH) and nxt[1].stem == "가운데"


# a company's seat, visited for the signing: its owner is the host ("누리텍 본사를 찾아")
_SEATS = frozenset({"본사", "본점", "사옥", "공장", "사업장"})


def _visit_host(cl: Clause, start: int, i: int, out: Slots,
                persons: list[people.PersonMention]) -> None:
    """The host visited for the signing (words ``start..i``, closed by 을/를) is the partner;
    rule seat-owner: for a company's seat ("판교로 코드마루 본사를 찾아"), the word right before
    the seat names the company (the words before it say where), even with no ending."""
    seat = cl.words[i].stem in _SEATS and i > start
    before = len(out.partners)
    _fill(cl, i - 1 if seat else start, i - 1 if seat else i, "partner", out, persons)
    if seat and len(out.partners) == before:
        out.partners += _bare_company(cl, i - 1, name_like=True)


# rule owners-of-partner: "A와 B의 합작법인인 C와", "A의 자회사인 C와": A and B own the
# partner; they do not sign
_OWNED = re.compile(r"(?:합작\s?(?:법인|회사|기업)|자회사|계열사|손자회사|출자\s?회사)")


def _owners_of_next(words: list[Word], i: int) -> bool:
    """Word ``i`` (closed by 의) and a 와/과 item right before it own the body named next."""
    return words[i].particle == "의" and i > 0 and words[i - 1].particle in ("와", "과") and \
        i + 1 < len(words) and words[i + 1].particle == "인" and \
        _OWNED.fullmatch(words[i + 1].stem) is not None


def _settle(cl: Clause, out: Slots, stop: int) -> None:
    """The slots read, completed: the body given to, a bare word paired with the subject,
    a bare subject of a signing with a named partner."""
    if (out.subject or out.bare_subject) and not out.partners and not out.unnamed:
        out.partners = _given_to(cl, stop)    # (a bare subject then signs: rule given-to)
    if out.subject and not out.partners and len(out.bare_partners) == 1 and \
            _pairs_the_subject(cl.words, out.bare_partners[0], out.subject[0]):
        out.partners = out.bare_partners
        out.bare_partners = []
    if not out.subject and out.partners and out.bare_subject and not out.short_subject:
        # "솔바람은 13일 가람시와 … 협약을 체결했다": the subject of a signing with a named
        # partner is a party even when no ending tells it is a body
        out.subject = out.bare_subject


def _pairs_the_subject(words: list[Word], bare: orgs.Mention, subject: orgs.Mention) -> bool:
    """Rule paired-bare-partner: "한빛정밀과 가온시는 3일 … 체결했다" — a bare word opening the
    sentence, closed by 와/과 right before the subject body, is its partner (as "가온시와
    이노텍은" is, rule paired-bare-subject)."""
    return 0 <= bare.last_word < len(words) and \
        _after_time_words(words, 0, bare.last_word) == bare.first_word and \
        bare.last_word + 1 == subject.first_word and words[bare.last_word].particle in ("와", "과")


# "X에 장학금을 기탁하는 협약": what one party gives the other, right before the agreement
_GIVING = re.compile(r"(?:기탁|기부|출연|후원|전달|지원|제공)하")


def _given_to(cl: Clause, stop: int) -> list[orgs.Mention]:
    """Rule given-to: "한빛건설은 누리재단에 장학금 1억원을 기탁하는 협약을 체결했다" — the
    partner is the body marked 에/에게 in the clause of giving that names the agreement."""
    words = cl.words
    giving = next((k for k in range(stop - 1, -1, -1)
                   if words[k].verbal and _GIVING.match(words[k].stem)), None)
    if giving is None or giving + 1 >= len(words) or \
            not _AGREEMENT_WORD.search(words[giving + 1].stem):
        return []
    for k in range(giving - 1, max(giving - 5, 0) - 1, -1):
        if words[k].particle in ("에", "에게"):
            m = orgs.org_at(cl, k, slot=True)
            return [m] if m is not None else []
    return []


def _misread_body(cl: Clause, i: int) -> bool:
    """"가온시와": a body Kiwi reads as a verb (가 + 오 + …) closing a slot is still a name."""
    w = cl.words[i]
    if not w.particle and w.stem in denominations():
        return True                     # "기독교대한감리회 누리지방회": 대한 read as a verb
    if w.particle in (*_SUBJECT, *_PARTNER) and (orgs.org_at(cl, i, slot=True) is not None
                                                 or _COINED.fullmatch(w.stem) is not None):
        return True
    # "A, 푸른들식품, B와": a listed body Kiwi reads as a verb (푸르 + ㄴ) goes on the list
    listed = i + 1 < len(cl.words) and cl.words[i + 1].text == "," and not w.particle
    return listed and orgs.org_at(cl, i, slot=True) is not None


def _case(w: Word) -> str:
    """The word's particle without the closing quote of a quoted name ("'바람꽃'," has none,
    "'Baltic Route'와" has 와)."""
    return w.particle.lstrip("'’\"”")


def _role(words: list[Word], i: int) -> str | None:
    """The slot word ``i`` closes: "subject" ("A는", "A가"), "partner" ("B와", "B와 함께")."""
    w = words[i]
    case = _case(w)
    if case in _SUBJECT:
        return "subject"
    if case in _PARTNER or (i + 1 < len(words) and words[i + 1].stem in {"함께", "공동"}
                            and case in ("와", "과")):
        return "partner"
    if _between(words, i) or _pair_of_agreement(words, i):
        return "partner"
    return None


# rule pair-genitive: "A와 B의 업무협약식이 열렸다", "A와 B의 청년 일자리 협약": the item closed
# by 의 right before the agreement noun, after an item closed by 와/과, names the second party
_AGREEMENT_WORD = re.compile(rf"(?:{AGREEMENT}|업무\s?협약|양해\s?각서|자매\s?결연)")


def _pair_of_agreement(words: list[Word], i: int) -> bool:
    if words[i].particle != "의" or not any(
            _AGREEMENT_WORD.search(w.stem) for w in words[i + 1:i + 4]):
        return False
    # (past a list: "A와 B, C의 3자 협약식")
    before = next((w for w in reversed(words[:i]) if w.particle and w.text != ","), None)
    return before is not None and before.particle in ("와", "과")


# "가람미술관 – 누리미술관 – 다솜미술관과": a dash standing alone separates list items like a comma
_DASHES = {"-", "–", "—"}


# rule between: "A와 B 간 업무협약", "A·B·C간 협약식", "A-B 간의 MOU", "A와 B 사이에",
# "A·B 공동 협약": the bodies the agreement is between, named before the bound noun 간 (glued,
# cut like a particle, or a word of its own), before 사이, or before 공동 + the agreement
_BETWEEN = ("간", "간의", "간에")


def _between(words: list[Word], i: int) -> bool:
    w = words[i]
    if w.particle in _BETWEEN:
        return True
    nxt = words[i + 1] if i + 1 < len(words) else None
    if w.particle or nxt is None:
        return False
    if nxt.stem == "간" and nxt.tags == ("NNB",) and nxt.particle in ("", "의", "에"):
        return True
    if nxt.stem == "간" and not nxt.particle and any(
            _AGREEMENT_WORD.search(x.stem) for x in words[i + 2:i + 6]):
        return True         # "A와 B 간 청년 정착 협약이": Kiwi reads 간 as a verb (가 + ㄴ)
    # "A와 B 사이에 체결됐다"; "A·B 공동 업무협약"
    return (nxt.stem == "사이" and nxt.particle in ("에", "에서", "의")) or (
        nxt.stem == "공동" and not nxt.particle
        and any(_AGREEMENT_WORD.search(x.stem) for x in words[i + 2:i + 4]))


def _read_slot(cl: Clause, items: list[tuple[int, int]], role: str, out: Slots,
               persons: list[people.PersonMention]) -> None:
    """The names of one slot, a list of items (word ranges), into ``out``."""
    words = cl.words
    named = counted = 0
    empty: list[int] = []
    target = out.subject if role == "subject" else out.partners
    for first, last in items:
        before = len(target)
        n = _fill(cl, first, last, role, out, persons)
        if len(target) == before and not n and _short_form(words[last].stem):
            if role == "subject":
                out.short_subject = words[last].stem
            else:
                out.short_partners.append(words[last].stem)
        counted += n
        named += len(target) - before
        if role == "subject" and len(items) == 1 and len(target) == before and not n:
            k = _after_time_words(words, first, last)
            if k == last and words[k].stem not in _NOT_A_SUBJECT_BODY and \
                    not _AGREEMENT_WORD.search(words[k].stem):
                out.bare_subject = _bare_company(
                    cl, k, name_like=_paired_with_body(cl, k) or _opens_untitled(cl, k))
        if role == "partner" and len(items) == 1 and len(target) == before and not n and \
                _after_time_words(words, first, last) == last:
            # (a word that reads as a name too: a party only when a head is written with it)
            out.bare_partners += _bare_company(cl, last, name_like=True)
        core = last
        while core > first and words[core].stem in _ITEM_TAILS and not words[core - 1].particle:
            core -= 1                   # "…, 한결소재 등과"
        if len(target) == before and _after_time_words(words, first, core) == core and not n:
            empty.append(core)          # "13일 솔바람, …": the day before the first item
    if not named and not counted and role == "partner" and len(items) > 1:
        # "한빛정밀, 솔바람, 다온텍과": a list of bare words only; each is a party where the
        # article writes it again as a body (rule corroborated-bare-partner)
        for k in empty:
            out.bare_partners += _bare_company(cl, k, name_like=True)
    if counted == len(items) + _with_before(cl, items[0][0]) and len(items) > 1 and \
            named < counted:
        named += _counted_list(cl, items, empty, target)
        empty = []
    if named and len(items) > 1:
        # "가나농협, 가나신협, 가나새마을금고 등": in a list of bodies, a bare word is one too
        for k in empty:
            if _listed(cl, k):
                w = words[k]
                bare = w.stem.lstrip(orgs.BULLETS)
                start_at = cl.offset(w.start) + len(w.stem) - len(bare)
                target.append(orgs.Mention(bare, start_at, start_at + len(bare), k, k,
                                           cl.marked(k)))
                named += 1
            elif role == "partner":
                # rule corroborated-listed: a short one ("누리, 가온시와") is a party where
                # the article writes it again as a body, as a lone partner word is
                out.bare_partners += _bare_company(cl, k, name_like=True)
    if counted > named:
        out.unnamed += counted - named


def _counted_list(cl: Clause, items: list[tuple[int, int]], empty: list[int],
                  target: list[orgs.Mention]) -> int:
    """Rule counted-list: "가온, 누리, 다솜 3개사와", "가온과 누리, 다솜 3개사가": as many items
    as the count (with the one joined by 와/과 before), so each bare item is a party.
    Returns how many were added to ``target``."""
    added = 0
    for k in [*empty, *_counted_last(cl, items[-1])]:
        if any(m.first_word <= k <= m.last_word for m in target):
            continue
        found = _bare_company(cl, k, name_like=True)
        target.extend(found)
        added += len(found)
    return added


def _with_before(cl: Clause, first: int) -> int:
    """1 when the word before a list is a body joined to it by 와/과 ("가온과 누리, …")."""
    return int(first > 0 and cl.words[first - 1].particle in ("와", "과"))


def _counted_last(cl: Clause, item: tuple[int, int]) -> list[int]:
    """The word before the count in a list's last item ("… 다솜 3개사와"), when the item
    named no body (one bare word, after the day if one is written)."""
    first, last = item
    count = _count(cl.words[first : last + 1])
    if count is None:
        return []
    k = first + count[2] - 1
    while k > first and cl.words[k].stem in _COUNT_CLOSERS:
        k -= 1
    return [k] if k >= first and _after_time_words(cl.words, first, k) == k else []


_TIME_WORD = re.compile(r"\d{1,2}일|\d{1,2}시|오전|오후|지난|오는|이날|최근|당일|\d{1,2}월")


def _after_time_words(words: list, first: int, last: int) -> int:
    """The first word of an item after the day or hour written before it ("13일 오후 A")."""
    while first < last and not words[first].particle and _TIME_WORD.fullmatch(words[first].stem):
        first += 1
    return first


def _paired_with_body(cl: Clause, k: int) -> bool:
    """Rule paired-bare-subject: "가온시와 이노텍은 3일 … 체결했다" — the subject word right
    after a body closed by 와/과 is the body's partner, even a word that reads as a name
    (이 + 노텍): a person in that place has a title with them."""
    prev = cl.words[k - 1] if k else None
    return prev is not None and prev.particle in ("와", "과") and \
        orgs.org_at(cl, k - 1, slot=True) is not None and not _titled_after(cl, k)


def _opens_untitled(cl: Clause, k: int) -> bool:
    """Rule opening-bare-subject: "마루솔은 30일 비채온과 … 협약을 맺었다" — a word opening the
    signing sentence as its subject, with no title after it, is a body even when it reads as
    a name (마 + 루솔): news writes a person there with a title ("한지수 대표는")."""
    return _after_time_words(cl.words, 0, k) == k and not _titled_after(cl, k) and \
        cl.words[k].particle in ("은", "는") and "NP" not in cl.words[k].tags   # ("우리는")


# subjects of a signing sentence that are no body: times, the event, connectives
_NOT_A_SUBJECT_BODY = frozenset("""올해 내년 지난해 작년 금년 이날 당일 오늘 최근 이번 앞서 현재
    향후 이후 당시 그간 그동안 행사 협약식 체결식 이어 또한 특히 아울러 이에 이를 이들 이곳
    시민 주민 학생 청년 참석자 관계자 대표단 일행 방문단 사절단""".split())


@dataclass
class _Item:
    """One list item of a party slot: words ``first..last`` of the clause."""

    cl: Clause
    first: int
    last: int
    role: str                        # "subject" or "partner"
    target: list[orgs.Mention]       # the slot's names so far (subject or partners)
    counted: int = 0                 # partners the item counts ("11곳"), 0 when it names them


# words after a party's name that stand for it in a slot: a list's tail, its side, its people
_ITEM_TAILS = {"등", "외", "기관", "기관들", "측", "관계자", "관계자들", "임직원", "임직원들",
               "대표단", "관계관", "일행", "방문단", "사절단",   # "누리대 방문단은": its delegation
               "구단", "선수단"}   # "가람 호크스 구단은": a sports club by its generic noun


def _fill(cl: Clause, first: int, last: int, role: str, out: Slots,
          persons: list[people.PersonMention]) -> int:
    """One list item of a slot: organisations, a person standing for one, or a count.

    Returns the number of partners the item counts (0 when it only names them).
    """
    if last < first:
        return 0
    item = _Item(cl, first, last, role, out.subject if role == "subject" else out.partners)
    if not _take_count(item, out):
        return item.counted
    words = cl.words
    while item.last > item.first and words[item.last].stem in _ITEM_TAILS:
        item.last -= 1                   # "A·B 등과", "가람대 측과", "가람시 관계자와"
    person = _person_in(item, persons)
    if person is not None:
        # a person in the slot stands for their organisation
        _add_split(item.target, person)
        if len(person) > 1:             # a dotted list: its bodies without a head too
            rest: list[orgs.Mention] = []
            _add_split(rest, _names_in(item))
            item.target.extend(m for m in rest
                               if not any(orgs.same_body(m.name, p.name) for p in person))
        return item.counted
    found = _kind_dropped(_names_in(item))
    for rule in _FALLBACK_RULES:
        if found:
            break
        found = rule(item)
    _add_split(item.target, [p for m in found for p in _marked_parts(cl, m)])
    return item.counted


def _kind_dropped(found: list[orgs.Mention]) -> list[orgs.Mention]:
    """Rule kind-before-name: "반도체 장비 부품 기업 대덕반도체는", "편의점 가맹본부 바로마트와" —
    the words saying what kind of company it is stand right before its name; only the name
    is a party."""
    return [m for m in found
            if not (_COMPANY_KIND.fullmatch(m.name.split()[-1])
                    and any(n.first_word == m.last_word + 1 for n in found))]


_MARK_BETWEEN = re.compile(r"(?:\(주\)|㈜)\s?[·ㆍ‧]|[·ㆍ‧]\s?(?:\(주\)|㈜)")


def _marked_parts(cl: Clause, m: orgs.Mention) -> list[orgs.Mention]:
    """Rule marked-list: "한빛(주)·누리(주)와", "㈜한빛·㈜누리와": names joined by a middle dot,
    each with a legal mark, are companies each, whatever their endings."""
    text = cl.sentence.text[m.start - cl.sentence.start : m.end - cl.sentence.start + 4]
    parts = orgs.DOTS.split(m.name)
    if len(parts) < 2 or not _MARK_BETWEEN.search(text) or orgs.list_parts(m.name) is not None \
            or not all(re.fullmatch(r"[가-힣A-Za-z&]{2,10}", p) for p in parts):
        return [m]
    out, at = [], m.start
    for p in parts:
        start = cl.sentence.text.find(p, at - cl.sentence.start) + cl.sentence.start
        out.append(orgs.Mention(p, start, start + len(p), m.first_word, m.last_word, True))
        at = start + len(p)
    return out


def _take_count(item: _Item, out: Slots) -> bool:
    """Rule count: "A, B, C 등 세 개 기업" counts partners; the named ones stand before the
    count. Narrows ``item`` to them; False when no name is left to read."""
    words, first = item.cl.words, item.first
    count = _count(words[first : item.last + 1])
    if count is None:
        return True
    item.counted, head, at = count
    out.unnamed_head = head
    if item.role == "subject":
        out.unnamed_in_subject = True
    last = first + at - 1
    # "A, B 등 관내 4개 기업", "A 등 소프트웨어 기업 9곳": words describing the counted
    # stand between "등" and the count; the named ones stand before "등"
    for k in range(last, max(first, last - 3) - 1, -1):
        if words[k].stem in {"등", "외"} and k > first:
            last = k
            break
    generic = head in COUNT_HEADS or head.rstrip("들") in COUNT_HEADS
    listed = first > 0 and (words[first - 1].text == "," or words[first - 1].stem == "및")
    if last < first or (words[last].stem not in _COUNT_CLOSERS and not generic and not listed):
        # "대구중구 12개 동 …": the words before describe what is counted; but in
        # "가나시, 다라대학교 2개 기관" they name the members, and so they do after a list
        # whatever is counted ("가온TV, 누리방송 2개 채널사용사업자가")
        return False
    if words[last].stem not in _COUNT_CLOSERS and not listed and item.counted > 1:
        return False    # "지역아동센터 5곳과": a kind of body counted, not one named
    while last >= first and words[last].stem in _COUNT_CLOSERS:
        last -= 1
    item.last = last
    return last >= first


_COUNT_CLOSERS = {"등", "총", "모두", "외"}


def _person_in(item: _Item, persons: list[people.PersonMention]) -> list[orgs.Mention] | None:
    """Rule person-for-body: "달빛농협 한도윤 이사장과" names the person's organisation.

    None when no person stands in the item; [] for a person whose organisation is unwritten.
    """
    cl, first, last = item.cl, item.first, item.last
    a, b = cl.span_of(first, last)
    inside = [p for p in persons if a <= p.start and p.end <= b + 1]
    if not inside:
        return None
    start = cl.offset(cl.words[first].start)
    # "가람복지관(관장 …)ㆍ가람소방서(서장 …)는": one word, a head for each dotted body
    bodies = list(dict.fromkeys(p.org for p in inside if p.org))
    if len(bodies) > 1 and orgs.DOTS.search(cl.words[first].stem):
        return [orgs.Mention(o, start, start + len(o), first, last) for o in bodies]
    p = inside[0]
    if not p.org and p.beside and p.beside not in _NOT_A_COMPANY and \
            (first == 0 or cl.words[first - 1].particle or cl.words[first - 1].text == ","):
        # rule beside-in-slot: "솔바람 김누리 대표는 20일 가온시와 …": the word opening the slot
        # before a company head is the company, even a word Kiwi knows as a common noun
        return [orgs.Mention(p.beside, start, start + len(p.beside), first, first)]
    if not p.org:
        return []
    # "김누리 한솔제약 중앙연구소장이": the head of a company's laboratory signs for the laboratory
    lab = p.title[:-1] if p.title.endswith("장") and orgs.lab_by_task(p.title[:-1]) else ""
    org = f"{p.org} {lab}" if lab and orgs.kind_of(p.org) is OrgKind.COMPANY else p.org
    return [orgs.Mention(org, start, start + len(org), first, last)]


# words that open a slot before a head's name without naming a company
_NOT_A_COMPANY = frozenset("""신임 전임 초대 현 전 공동 상임 명예 직무대행 당시 이날 또 또한 특히
    한편 이어 아울러 협약 업체 회사 기업 법인 대표 본사 현지 해외 국내 외국""".split())


def _names_in(item: _Item) -> list[orgs.Mention]:
    """Rule names: organisation names read right to left until a word is no name."""
    cl, first, words = item.cl, item.first, item.cl.words
    k = item.last
    found: list[orgs.Mention] = []
    while k >= first:
        m = orgs.org_at(cl, k, slot=True)
        if m is None:
            break           # the slot's head is no name ("세종시 이전 정부 부처와")
        if m.first_word >= first:
            found.insert(0, m)
            k = m.first_word - 1
        else:
            # the name runs into the previous slot: keep only this item's words
            found.insert(0, orgs.Mention(" ".join(w.stem for w in words[first : k + 1]), m.start,
                                         m.end, first, k, m.marked, m.parent))
            k = first - 1
    return found


def _by_its_head(item: _Item) -> list[orgs.Mention]:
    """"가온시장과 누리대 총장이 … 협약을 체결했다": a party named only by its head's title,
    fused ("가온시장": 가온시) or after the body ("누리대 총장": 누리대)."""
    cl, first, last, words = item.cl, item.first, item.last, item.cl.words
    hit = title_of(words[last].stem)
    if hit is None or words[last].stem in _NOT_PARTIES:
        return []
    rank, prefix = hit
    if prefix and last == first and rank.fuse:
        fused = prefix + rank.fuse[0]
        if orgs.looks_like_org(fused, slot=True) and not is_name(prefix):
            at = cl.offset(words[last].start)
            return [orgs.Mention(fused, at, at + len(prefix), last, last)]
        return []
    if not prefix and last == first + 1:
        body = orgs.org_at(cl, first, slot=True)
        return [body] if body is not None and body.first_word == first else []
    return []


def _coined_unit(item: _Item) -> list[orgs.Mention]:
    """"한국산업협력공단 첨단소재융합MC와": a unit with a coined Latin name after its body."""
    cl, first, last, words = item.cl, item.first, item.last, item.cl.words
    if not (last > first and re.search(r"[A-Za-z]", words[last].stem)
            and not words[last].verbal):
        return []
    body = orgs.org_at(cl, last - 1, slot=True)
    if body is None:
        return []
    name = f"{body.name} {words[last].stem}"
    return [orgs.Mention(name, body.start, cl.offset(words[last].stem_end - 1) + 1,
                         body.first_word, last, body.marked, body.name)]


def _proper_noun(item: _Item) -> list[orgs.Mention]:
    """"미국 Microsoft와", "Hanoi University of Science와", "금륜과": a proper noun in the slot."""
    cl, first, last, words = item.cl, item.first, item.last, item.cl.words
    if not _proper(cl, last):
        return []
    at = last
    while at > first and _LATIN_WORD.fullmatch(words[at - 1].stem) and \
            _LATIN_WORD.fullmatch(words[last].stem):
        at -= 1
    while at < last and words[at].stem.islower():
        at += 1
    if at == last and last > first and (_transcribed_brand(cl, last) or
                                        _transcribed(cl.words[last - 1]) or
                                        _coined_brand(cl, last)):
        at -= 1                     # "아마존 웹서비스와", "엔비디아 코리아와": one company
    name = " ".join(w.stem for w in words[at : last + 1])
    start = cl.offset(words[at].start)
    parts = orgs.DOTS.split(name)
    if at == last and len(parts) > 1 and all(_BARE_PART.fullmatch(p) for p in parts):
        # rule dotted-proper-list: "빛누리·루멘텍과" names two companies (not "한·중": a
        # syllable each is one name's pieces)
        out, pos = [], start
        for p in parts:
            out.append(orgs.Mention(p, pos, pos + len(p), at, last, cl.marked(last)))
            pos += len(p) + 1
        return out
    return [orgs.Mention(name, start, start + len(name), at, last, cl.marked(last))]


_BARE_PART = re.compile(r"[가-힣A-Za-z&]{2,10}")


def _transcribed(w: Word) -> bool:
    """A foreign name in Hangul Kiwi knows as a proper noun: a syllable no Korean word has,
    or three syllables or more that read as no Korean name ("엔비디아", "프라운호퍼")."""
    return (_proper_word(w)
            and (any(foreign_syllable(c) for c in w.stem)
                 or (len(w.stem) >= 3 and not is_name(w.stem)))
            and ending(w.stem) is None and not w.stem.endswith(("지역", "지방", "일대")))


def _proper_word(w: Word) -> bool:
    """A bare proper noun of 2-6 syllables that is no country, place or title: the first
    word of a foreign company's name in Hangul."""
    return (w.tags[:1] == ("NNP",) and not w.particle and not w.verbal
            and re.fullmatch(r"[가-힣]{2,6}", w.stem) is not None
            and w.stem not in countries() and not orgs.is_region(w.stem)
            and not orgs.is_place(w.stem) and title_of(w.stem) is None)


def _transcribed_pair(item: _Item) -> list[orgs.Mention]:
    """Rule transcribed-pair: "미국 메이요 클리닉과", "독일 프라운호퍼 연구소와": a foreign name in
    Hangul, then one more word of the company's or institute's name."""
    cl, last, words = item.cl, item.last, item.cl.words
    w = words[last]
    if last <= item.first or not _transcribed(words[last - 1]) or w.verbal or \
            re.fullmatch(r"[가-힣]{2,8}", w.stem) is None or title_of(w.stem) is not None or \
            w.stem.endswith("들") or w.stem in COUNT_HEADS | _NOT_PARTIES | _COMPANY_PEOPLE:
        return []                   # "가온지역 상인들과": people of a place, no company
    start, end = cl.span_of(last - 1, last)
    return [orgs.Mention(f"{words[last - 1].stem} {w.stem}", start, end, last - 1, last,
                         cl.marked(last))]


def _transcribed_brand(cl: Clause, last: int) -> bool:
    """Rule transcribed-brand: "아마존 웹서비스", "마이크로소프트 애저": a proper noun before a
    transcribed word (a syllable no Korean word has) in the same item names one company."""
    prev, w = cl.words[last - 1], cl.words[last]
    return (_proper_word(prev) and any(foreign_syllable(c) for c in w.stem)
            and orgs.org_at(cl, last - 1) is None)


def _coined_brand(cl: Clause, last: int) -> bool:
    """Rule coined-brand: "솔다 클라우드와", "록아 헬스케어와": a coined word Kiwi does not know
    as one common noun, right before a transcribed proper noun, is the company's brand (not
    "공공 클라우드", "국내 헬스케어": a common word only says what kind)."""
    prev, w = cl.words[last - 1], cl.words[last]
    return (not prev.particle and not prev.verbal
            and re.fullmatch(r"[가-힣]{2,4}", prev.stem) is not None
            and any(foreign_syllable(c) for c in w.stem) and not orgs.ordinary_noun(prev.stem)
            and prev.stem not in countries() and not orgs.is_place(prev.stem)
            and not orgs.is_region(prev.stem) and not orgs.describes(prev.stem)
            and title_of(prev.stem) is None and orgs.org_at(cl, last - 1) is None)


def _headed_body(item: _Item) -> list[orgs.Mention]:
    """"솔빛(대표 홍길동), 하늘결(대표 김철수)과": a word whose aside names its head is a body,
    whatever its ending; a parent body or a Latin name before it belongs to the name
    ("AB 텔레콤(대표 …)", "가람전문대학교 국방계열(계열장 …)")."""
    cl, last, words = item.cl, item.last, item.cl.words
    w = words[last]
    if not (w.stem and len(w.stem) >= 2 and not w.verbal and heads_body(cl, last)
            and not orgs.is_region(w.stem) and title_of(w.stem) is None):
        return []
    first = last
    while first > item.first and _part_of_headed(cl, first - 1):
        first -= 1
    name = " ".join(x.stem for x in words[first : last + 1])
    start, end = cl.span_of(first, last)
    parent = name.rsplit(" ", 1)[0] if first < last else None
    return [orgs.Mention(name, start, end, first, last, cl.marked(last), parent)]


def _part_of_headed(cl: Clause, k: int) -> bool:
    """Word ``k`` before a headed body: its parent ("가람전문대학교") or a Latin name ("AB")."""
    w = cl.words[k]
    if w.particle or w.verbal or not w.stem or orgs.is_region(w.stem) or orgs.is_place(w.stem):
        return False
    return bool(_LATIN_WORD.fullmatch(w.stem)) or orgs.looks_like_org(w.stem, w.tags) or \
        orgs.denomination(w.stem)           # "예장가온 총회(총회장 …)"


def _listed_before_count(item: _Item) -> list[orgs.Mention]:
    """"가온테크, 누리소프트 등 기업 9곳과": a bare word listed before the count is a body
    (but a word with a known ending that org_at refused is a kind of body: "복지관 등 5곳")."""
    cl, words = item.cl, item.cl.words
    first = _after_time_words(words, item.first, item.last)   # ("3일 한빛정밀 등 5개 기업과")
    if not (item.counted and item.last == first and _listed(cl, first)
            and not words[first].particle and first + 1 < len(words)
            and words[first + 1].stem in {"등", "외"} and ending(words[first].stem) is None):
        return []
    at = cl.offset(words[first].start)
    return [orgs.Mention(words[first].stem, at, at + len(words[first].stem), first, first,
                         cl.marked(first))]


def _unit_of_topic(item: _Item) -> list[orgs.Mention]:
    """"누리대학교는 산학협력단이 …": the unit of the body the sentence is about (it replaces
    that body in the subject)."""
    cl, first, words = item.cl, item.first, item.cl.words
    if not (item.role == "subject" and item.target and item.last == first and first > 0
            and orgs.is_bare_unit(words[first].stem) and words[first - 1].particle in ("은", "는")):
        return []
    body = item.target.pop()
    end = cl.offset(words[first].start) + len(words[first].stem)
    return [orgs.Mention(f"{body.name} {words[first].stem}", body.start, end,
                         body.first_word, first, body.marked, body.name)]


# What a slot item names when no organisation name is read in it, tried in this order
# (the first rule that finds something wins). A new construction is a new row.
# "사회적기업 누리나눔과", "스타트업 누리랩과", "식품 가공업체 누리푸드와": a word saying what
# kind of company stands right before the company's bare name
_COMPANY_KIND = re.compile(r"\S*(?:기업|업체|스타트업|회사|제조사|법인|운영사|개발사|제작사|"
                           r"협동조합|벤처|가맹본부)")
# people of a company, not its name ("회사 직원과", "기업 대표들과")
_COMPANY_PEOPLE = frozenset("""직원 임직원 대표 대표자 관계자 근로자 노동자 구성원 회원
    회원사 종사자 인력 사원 경영자 경영진 담당자 실무자 협력사 계열사
    가족 청년 주민 학생""".split())


def _named_after_its_kind(item: _Item) -> list[orgs.Mention]:
    cl, last, words = item.cl, item.last, item.cl.words
    # "배달앱 운영사인 솔빛플랫폼과": the kind may be said with a copula (인) before the name,
    # which Kiwi may read into the word (운영 + 사인)
    kind = words[last - 1].stem if last > item.first else ""
    if last <= item.first or words[last - 1].particle not in ("", "인") or \
            not (_COMPANY_KIND.fullmatch(kind) or kind.endswith("인") and
                 _COMPANY_KIND.fullmatch(kind[:-1])):
        return []
    return _bare_company(cl, last)


def _after_its_country(item: _Item) -> list[orgs.Mention]:
    """"독일 지멘스와", "미국 엔비디아와": a name right after its country that Kiwi does not know
    as one common noun (a transcribed company name)."""
    cl, last, words = item.cl, item.last, item.cl.words
    if last <= item.first or words[last - 1].particle or \
            words[last - 1].stem not in countries() or orgs.ordinary_noun(words[last].stem):
        return []
    return _bare_company(cl, last, transcribed=True)


def _bare_company(cl: Clause, last: int, transcribed: bool = False,
                  name_like: bool = False) -> list[orgs.Mention]:
    """A bare word that may name a company (a transcribed one may read as a Korean name:
    지 + 멘스; ``name_like``: any word that reads as a name)."""
    w = cl.words[last]
    person = is_name(w.stem) and len(w.stem) < 4 and not name_like and not (
        transcribed and any(foreign_syllable(c) for c in w.stem))
    if not (re.fullmatch(r"[가-힣A-Za-z&]{2,10}", w.stem) and not w.verbal
            and not person and title_of(w.stem) is None
            and not (orgs.is_place(w.stem) and not (name_like and _name_or_village(w.stem)))
            and not orgs.is_region(w.stem)
            and not orgs.is_generic(w.stem) and not w.stem.endswith("들")
            and w.stem not in COUNT_HEADS | _NOT_PARTIES | _COMPANY_PEOPLE):
        return []
    at = cl.offset(w.start)
    return [orgs.Mention(w.stem, at, at + len(w.stem), last, last, cl.marked(last))]


_COINED = re.compile(r"([가-힣]{2,8})([A-Z][A-Z&]{1,4})")


def _coined_body(item: _Item) -> list[orgs.Mention]:
    """Rule coined-body: "가온TP와", "누리JC와" — a name and a Latin abbreviation of its kind
    glued in one word, in a party slot (not a name and a title: "김가람PD")."""
    cl, last, words = item.cl, item.last, item.cl.words
    w = words[last]
    m = _COINED.fullmatch(w.stem)
    if m is None or w.verbal and not w.tags[-1:] == ("SL",) or is_name(m.group(1)) or \
            title_of(w.stem) is not None or orgs.is_region(m.group(1)):
        return []
    start, end = cl.span_of(last, last)
    return [orgs.Mention(w.stem, start, end, last, last, cl.marked(last))]


def _village(item: _Item) -> list[orgs.Mention]:
    """Rule village: "가온농협은 누리마을과 자매결연을 맺었다" — a village named in a party slot
    is a party (a body's 1사1촌 partner), unless the word before 마을 only says what kind of
    village it is ("농촌마을", "인근마을")."""
    cl, last, words = item.cl, item.last, item.cl.words
    w = words[last]
    m = re.fullmatch(r"([가-힣0-9]{2,6})마을", w.stem)
    if m is None or w.verbal or orgs.is_generic(m.group(1)) or m.group(1) in _GENERIC_VILLAGE:
        return []
    first = last
    if last > item.first and orgs.is_place(words[last - 1].stem) and not words[last - 1].particle:
        first = last - 1                # "누리군 솔내마을"
    start, end = cl.span_of(first, last)
    return [orgs.Mention(" ".join(x.stem for x in words[first:last + 1]), start, end, first,
                         last, cl.marked(last))]


_GENERIC_VILLAGE = frozenset("""농촌 어촌 산촌 도시 시골 전통 우리 이웃 자매 결연 각 해당 인근
    지역 관내 도농 체험 교류 협약 참여 대상 소외 취약 농가 농어촌 산골 섬""".split())


def _name_or_village(word: str) -> bool:
    """"김누리", "온누리": a word that reads as a name or ends like a village (리) but is no
    place the gazetteer knows."""
    return is_name(word) or (word.endswith("리") and not orgs.is_known_form(word)
                             and not orgs.is_region(word))


_OPEN_QUOTE = "'‘\"“"
_QUOTED_NAME = re.compile(r"[가-힣A-Za-z0-9&][가-힣A-Za-z0-9&.\- ]{0,24}")


def _quoted_name(item: _Item) -> list[orgs.Mention]:
    """Rule quoted-name: "극단 '바람꽃', 누리합창단과", "여행사 'Baltic Route'(발틱루트)와" — a
    name in quotes closing a party slot's item, alone or after the kind of body it is, is the
    party whatever its words (a troupe, a band, a foreign firm)."""
    cl, first, last, words = item.cl, item.first, item.last, item.cl.words
    w = words[last]
    if w.verbal or not re.match(r"['’\"”]", w.text[len(w.text) - len(w.particle):] or " ") \
            and not w.stem.endswith(("'", "’")):
        return []
    opening = next((k for k in range(last, max(first, last - 3) - 1, -1)
                    if words[k].stem[:1] in _OPEN_QUOTE), None)
    if opening is None or opening > first and words[opening - 1].particle:
        return []
    name = " ".join(x.stem for x in words[opening : last + 1]).strip(_OPEN_QUOTE + "’”")
    if not _QUOTED_NAME.fullmatch(name) or re.search(AGREEMENT, name):
        return []
    at = cl.offset(words[opening].start) + 1
    return [orgs.Mention(name, at, at + len(name), opening, last, cl.marked(last))]


_FALLBACK_RULES: tuple[Callable[[_Item], list[orgs.Mention]], ...] = (
    _quoted_name,
    _coined_unit,
    _proper_noun,
    _headed_body,
    _named_after_its_kind,
    _transcribed_pair,
    _after_its_country,
    _by_its_head,
    _listed_before_count,
    _unit_of_topic,
    _village,
    _coined_body,
)


def _add_split(target: list[orgs.Mention], found: list[orgs.Mention]) -> None:
    """"정책조정실·총리공보실", "가람·누리·다솜신협": names joined by a middle dot are separate
    parties (``orgs.list_parts``)."""
    for m in found:
        parts = orgs.list_parts(m.name)
        if parts is None:
            target.append(m)
            continue
        pos = m.start
        for written, piece in zip(orgs.joined_parts(m.name), parts, strict=True):
            target.append(orgs.Mention(piece, pos, pos + len(written), m.first_word, m.last_word))
            pos += len(written) + 1


# "시는 … 협약을 체결했다": a local government called by its kind, as news does after naming it
_SHORT_LOCAL = {"시", "군", "구", "도"}


def _short_form(stem: str) -> bool:
    """"재단", "진흥원", "공사", "시": a body called by the kind its full name ends with."""
    if stem in _SHORT_LOCAL:
        return True
    e = ending(stem)
    return e is not None and len(stem) >= 2 and stem == e.suffix and stem not in _NOT_PARTIES


def _listed(cl: Clause, i: int) -> bool:
    w = cl.words[i]
    # a listed body of four syllables is rarely a person ("한결소재" reads as 한 + 결소재); nor
    # is one of three in a party slot's list with no title after it ("누리대, 이노텍과")
    person = is_name(w.stem) and (len(w.stem) < 3 or len(w.stem) == 3 and _titled_after(cl, i))
    return (len(w.stem) >= 3 and not person and not w.verbal
            and not title_of(w.stem) and not orgs.is_region(w.stem)
            and not re.search(r"\d", w.stem) and w.stem not in {"관계자", "관계기관", "유관기관"})


def _proper(cl: Clause, i: int) -> bool:
    """A lone proper noun in a party slot names a party even without an ending ("금륜")."""
    w = cl.words[i]
    if (is_name(w.stem) and not _short_proper_body(cl, i)) or orgs.is_region(w.stem) or \
            len(w.stem) < 2:
        return False
    if w.stem in _NOT_PARTIES:
        return False
    return cl.marked(i) or (bool(w.tags) and w.tags[0] in ("NNP", "SL")
                            and not title_of(w.stem))


def _short_proper_body(cl: Clause, i: int) -> bool:
    """Rule two-syllable-body: "가람건설과 채늘이 … 협약을 체결했다", "마봄, 나찬 등 4개사와": a
    two-syllable proper noun alone in a party slot names a company though it reads like a
    name (채 + 늘); a person there has a title beside it ("대표 김솔", "김솔 대표")."""
    w, words = cl.words[i], cl.words
    return len(w.stem) == 2 and w.tags == ("NNP",) and not is_two_syllable_family_name(w.stem) \
        and not (i > 0 and title_of(words[i - 1].stem)) and not _titled_after(cl, i)


def _titled_after(cl: Clause, i: int) -> bool:
    """A title within the next three words of the same item ("서준가 가람도 일자리본부장")."""
    for k in range(i, min(i + 4, len(cl.words))):
        w = cl.words[k]
        if k > i and (title_of(w.stem) or w.stem in COMPANY_HEADS):
            return True
        if w.text.endswith(",") or (k > i and w.particle):
            return False
    return False


def _count(item_words: list) -> tuple[int, str, int] | None:
    """"11곳", "세 개 기업", "6차 산업분야 6개 기업", "9개 동 주민자치위원회".

    Returns (number, what is counted, index of the word where the count starts).
    """
    stems = [w.stem for w in item_words]
    for k in range(len(stems)):
        text = " ".join(x for x in stems[k:] if x)
        m = _COUNT.match(text)
        if m:
            n = int(m.group(1)) if m.group(1) else _KOREAN_NUMBERS[m.group(2)]
            rest = text[m.end():].strip()
            head = rest.split(" ")[-1] if rest else m.group(3)
            return n, head, k
    return None
