"""A list's text into items: where the list starts (after the last clause boundary),
where it splits (commas, 과/와, 및 and middle dots between whole activities), what is cleaned off
an item (openers such as "또한" or "협약에 따라", a period, a purpose), and the items of a block
as areas."""
from __future__ import annotations

import re
from functools import cache

from ...lexicons import lexicon_words
from ...model import Area, Span
from ...morph import Token, tokenize
from ...text import Sentence
from ..cues import ADVERB, AGREEMENT, HANDS_JOINED, SIGN_VERB, STRENGTH_POOLED

# The adverbs of cooperating (cues.ADVERB: 적극, 공동, 상호 …) as single words
ADVERBS = frozenset(ADVERB.split("|"))

# A quotation mark: quoted words are someone's, not the agreement's terms
QUOTE = re.compile(r"[“”\"]")

# A sentence of what the agreement makes the sides do.
# "협약에 따라", "MOU에 따라", "약정으로": any word for the agreement (cues.AGREEMENT)
UNDER_AGREEMENT = re.compile(
    rf"(?:{AGREEMENT})(?:에\s*따라|으로|로|(?:을|를)\s*(?:통(?:해|하여)|계기로|바탕으로))"
    r"|이에\s*따라"
)

# Rule polite-ending, spelled here once: a newsletter, a bulletin, a blog or a quote tells in
# the polite registers ("…을 함께 합니다.", "…지원이에요.", "…을 맡습니다."); each row is a
# polite ending (after a Hangul syllable where it says so) and the plain one the rules know.
# A block's last ending is read by POLITE_ENDINGS (areas/find.plain_ending); a pledge quote's
# by POLITE_PRESENT only (areas/duties.pledged_duties): a block ending in 습니다 was never
# read as plain, and stays so
POLITE_ENDINGS = (
    (r"합니다", "한다"),
    (r"입니다", "이다"),
    (r"(?<=[가-힣])(?:이래요|이에요)", "이다"),
    (r"(?<=[가-힣])예요", "이다"),
    (r"(?<=[가-힣])해요", "한다"),
)
POLITE_PRESENT = (r"(?<=[가-힣])습니다", "는다")      # "맡습니다" -> "맡는다"


# Rule apart-from-this: "시는 이와 별도로 X 사업을 추진한다": what a side does beside the
# agreement, an aside like "한편 …", after the sentence's topic or opening it
TOLD_APART = re.compile(r"\s*(?:\S+(?:은|는)\s+)?(?:이와\s*(?:는\s*)?)?별도로\s")


def opens_aside(text: str, openers: str = "한편|앞서") -> bool:
    """Whether ``text`` opens with an aside ("한편 시는 지난해 …", "앞서 …"): not rule
    aside-turns-to-this-one, "한편 이번 협약으로 A는 …", "한편 협약에 따라 …", where the opener
    turns to what this agreement makes the sides do."""
    return bool(re.match(rf"\s*(?:{openers})", text)) and not _TURNS_TO_THIS.match(text)


# rule aside-then-this-one: "앞서 A는 X를 알렸고, 이날 협약에 따라 B는 …" - the earlier step
# ends with its clause (group "aside"); the rest tells what this agreement makes B do; so does
# the signing day's own topic ("…알렸고, 이날 B는 X를, C는 Y를 설치하기로 했다")
THEN_TURNS_TO_THIS = re.compile(
    r"(?P<aside>\s*앞서\s[^.]*?(?:고|으며),\s*)(?:(?:이날|이번)\s+(?:업무\s*)?"
    rf"(?:{AGREEMENT})식?(?:에\s*따라|에서|에|으로)\s|이날\s+(?=[가-힣A-Za-z]{{2,}}(?:은|는)\s))")
_TURNS_TO_THIS = re.compile(
    rf"\s*(?:한편|앞서),?\s+(?:이번\s+)?(?:업무\s*)?(?:{AGREEMENT})(?:\s*체결)?"
    r"(?:에\s*따라|으로|로),?\s")


# The openers before what a clause says: "또한", "이에 따라", "협약서에 따르면", "이번 협약으로"
LEAD_ADVERBIAL = re.compile(
    r"^\s*(?:(?:또한|아울러|특히|이날|이에\s*따라|이를\s*위해|이를\s*통(?:해|하여)|이에|앞으로도|"
    r"앞으로|향후|또|더불어|그리고"
    rf"|이와\s*함께|(?:(?:{AGREEMENT})\s*)?내용에\s*따르면|(?:{AGREEMENT})서?에\s*따르면"
    rf"|(?:(?:{AGREEMENT})\s*)?내용을\s*(?:살펴\s*)?보면)(?:,\s*|\s+))*"   # "협약 내용을 보면 A는"
    rf"(?:(?:이번|이날)?\s*(?:업무\s*)?(?:{AGREEMENT})(?:\s*체결)?"
    r"(?:에\s*따라|으로|에서|을\s*통(?:해|하여)|을\s*계기로|을\s*바탕으로|을\s*시작으로|을\s*발판으로),?\s+)?"
)

# A sentence going on with the one before: "또한", "아울러", "이와 함께", "이를 위해"
GO_ON = re.compile(
    r"^\s*(?:또한|아울러|이와\s*함께|또|이어|이\s?밖에(?:도)?|이\s?외에(?:도)?|더불어|그리고|특히|"
    r"이를\s*위해|나아가|더욱이|이와\s*더불어|동시에|그\s?밖에(?:도)?|구체적으로(?:는)?"
    # the next of a count the writer began ("첫째, A한다. 둘째, B한다.", rule counted-on)
    r"|둘째|셋째|넷째|다섯째|마지막으로)[,\s]"
)

# "2025년 3월부터 2028년 2월 28일까지 3년간", "올해부터 3년간", "오는 3월부터": when the
# sides do it, not what they do
LEAD_PERIOD = re.compile(
    r"^\s*(?:(?:오는\s+|올해\s+|내년\s+)?(?:\d{4}년\s*)?(?:\d{1,2}월\s*)?(?:\d{1,2}일\s*)?"
    r"(?:\([월화수목금토일]\)\s*)?(?:올해|내년|올|금년|연말|연내|연초|상반기|하반기)?(?:부터|까지)\s+){1,2}"
    r"(?:\S+\s*(?:년|개월|일)간\s+)?"
    r"|^\s*\S+\s*(?:년|개월)간\s+"
)


# The label of a form line that names the contents before a colon ("협약 내용: A")
CONTENTS_LABEL = re.compile(
    r"^(?:주요\s*)?(?:업무\s*)?(?:협약|협력|MOU)?\s*(?:주요\s*)?(?:내용|분야)\s*[:：]\s*(?=\S)")


# (rule signed-when-where) The signing's day and place before the first item of a list the
# signing sentence names its agreement by ("…이 2일 서울 본사에서 A과 B를 골자로 하는 협약을
# 체결했다"): when and where it was signed, not what on
_SIGNED_WHEN_WHERE = re.compile(
    r"^\s*(?:지난\s)?\d{1,2}일(?:\s?\([월화수목금토일]\))?(?:\s(?:오전|오후))?\s+"
    r"(?:\S+\s+){0,3}?\S+에서\s+(?=\S)")


def clean(item: str) -> str:
    """An item as a label: one space between words, without the openers before it ("또한",
    "이번 협약으로"), its period ("2024년부터 3년간") or a closing 등."""
    item = " ".join(item.split())
    item = item.strip(" ,;:·-")
    item = re.sub(r"^(?:(?:및|그리고|또|또한|앞으로|향후|함께|특히|아울러|이\s?밖에도?|"
                  r"이\s?외에도?|더불어|나아가|더욱이|동시에|그\s?밖에도?|구체적으로(?:는)?"
                  r"|첫째|둘째|셋째|넷째|다섯째|마지막으로)"   # "첫째, A이다": the count
                  r"(?:,\s*|\s+|$))+", "", item)
    item = LEAD_ADVERBIAL.sub("", item, count=1)   # "이번 협약으로 A"
    item = LEAD_PERIOD.sub("", item, count=1)   # "2024년 1월부터 3년간 A"
    item = CONTENTS_LABEL.sub("", item, count=1)   # "2. 협약 내용: A" (rule disclosure-form)
    item = re.sub(r"\s?등$", "", item)
    return item.strip(" ,;:")


def without_aim(head: str) -> str:
    """What a clause does, without its purpose, occasion or condition ("" for an aim)."""
    if re.search(r"있도록$", head):
        return ""
    head = re.sub(r"^.*수\s+있도록\s+", "", head)   # "…을 거둘 수 있도록": the aim
    head = re.sub(r"^.*?(?:을|를|\S기)\s+위(?:해|하여)\s+", "", head)   # "X를 위해": the purpose
    head = re.sub(r"^.*?(?:을|를)\s+(?:바탕으로|토대로|중심으로)\s+", "", head)   # the means
    # "상호 협력을 통해 A를 배분": cooperating itself is the means, A the work
    head = re.sub(r"^(?:(?:상호|긴밀한|적극적인)\s*)?(?:협력|협업|연계|공조|협약)(?:을|를)\s+"
                  r"통(?:해|하여)\s+", "", head)
    head = re.sub(r"^.*?에\s+(?:맞춰|맞추어|발맞춰)\s+", "", head)   # "…추세에 맞춰": the occasion
    # "자립 지원의 한 방안으로", "사업의 일환으로", "… 길의 하나로": what the work is part of
    head = re.sub(r"^.*?(?:(?:방안|일환|차원)으로|의\s+하나로)\s+(?=\S+\s)", "", head)
    # "의사가 학교를 찾아 진로 특강을 연다": who goes is the party's people, cut; where it goes
    # stays, part of the duty as written ("학교를 찾아 진로 특강을 열기"), as a means does
    head = re.sub(r"^(?:\S+\s+){0,3}?\S+[이가]\s+(?=(?:\S+\s+){0,3}?\S+(?:을|를)\s+(?:직접\s+)?"
                  r"(?:찾아|방문해|방문하여)\s+\S+\s)", "", head)
    # "장마 등으로 어려움을 겪는 농가": the cause of a hardship, not the work
    head = re.sub(r"^\S.*?(?:으로|로)\s+(?:인해\s+)?(?=(?:어려움|피해|고통)을\s+겪)", "", head)
    # "필요할 때", "검침원이 방문할 때마다": the condition
    return re.sub(r"^(?:\S+\s+){0,3}?\S+[할일]\s+때(?:에|마다|에는)?\s+", "", head)


class LazyTokens:
    """The tokens of a sentence, read from Kiwi only when a rule needs them."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._tokens: list[Token] | None = None

    def __call__(self) -> list[Token]:
        if self._tokens is None:
            self._tokens = tokenize(self._text)
        return self._tokens


# Tokens after which a list cannot go on to the left: topic/subject, clause endings.
_BOUNDARY_TAGS = {"JX", "JKS", "EC", "EF", "SF", "JKQ"}


def _after_predicate(tokens: list[Token], i: int) -> bool:
    """Whether an ending (EC/EF) follows a verb or adjective, as endings do when read right."""
    return i > 0 and tokens[i - 1].tag.startswith(("V", "XSV", "XSA", "EP"))


# "A를 비롯해 B, C 등에 협력": A heads the list
_INCLUDING = re.compile(r"(?:을|를)\s*비롯(?:해|하여|한)$")
# "A는 물론 B에도", "A뿐(만) 아니라 B까지": A is the list's first item, not its topic
_AS_WELL_AS = re.compile(
    r"(?<=[은는])\s+물론(?:이고|이며)?\s|(?<=뿐)(?:만)?\s*아니라\s|(?<=뿐만)\s*아니라\s")


def _as_well_as_mark(text: str, t: Token) -> bool:
    """Whether token ``t`` is part of "는 물론" or "뿐(만) 아니라" after a whole activity
    ("판로 확대는 물론": not "양 기관은 물론 주민도", the parties)."""
    mark = t.form in {"은", "는", "뿐", "만"} and bool(_AS_WELL_AS.match(text, t.end)) \
        or t.form == "라" and bool(re.search(r"뿐(?:만)?\s*아니라$", text[: t.end]))
    before = re.search(r"(\S+?)(?:은|는|뿐|뿐만)(?:\s*아니라)?$", text[: t.end])
    return mark and before is not None and ends_in_activity(before.group(1))


def ends_in_activity(item: str) -> bool:
    """Whether ``item`` ends in a noun of doing (activity_nouns.txt): a whole activity."""
    return activity_ending(item) is not None


def activity_ending(item: str) -> str | None:
    """The longest noun of doing (activity_nouns.txt) that ``item`` ends in ("인적교류": 교류)."""
    return next((a for a in _activities_longest_first() if item.endswith(a)), None)


@cache
def _activities_longest_first() -> tuple[str, ...]:
    return tuple(sorted(lexicon_words("activity_nouns.txt"), key=len, reverse=True))


def _subject_of_modifier(tokens: list[Token], i: int, end: int, text: str) -> bool:
    """Whether the subject ending at token ``i`` belongs to a clause that modifies a noun of
    the same item ("청년들이 지역에 정착할 수 있는 환경", "양 기관이 보유한 시설"): a verb's
    adnominal ending comes before any clause ending, a comma or the list's end."""
    for u in tokens[i + 1 :]:
        if u.end > end or "," in text[tokens[i].end : u.start]:
            return False
        if u.tag == "ETM":
            return True
        if u.tag in {"EC", "EF", "JX", "JKS"}:
            return False
    return False


def list_start(tokens: list[Token], end: int, text: str) -> int:
    """Where the prose list ending at ``end`` begins: after the last clause boundary."""
    start = 0
    for i, t in enumerate(tokens):
        if t.end > end:
            break
        if t.tag in _BOUNDARY_TAGS or t.form in {"통해", "따라"}:
            if t.tag in {"EC", "EF"} and not _after_predicate(tokens, i):
                continue   # "저신용자" read as 저+신용+자(EC): no verb there, no clause ends
            if t.tag == "EC" and tokens[i - 1].start == tokens[i - 1].end:
                continue   # "의료취약지" read as 취약+(하)+지: a 하 not written, a noun
            if _INCLUDING.search(text, 0, t.end):
                continue   # "A를 비롯해 B, C 등": A is the list's first item
            if _as_well_as_mark(text, t):
                continue   # "A는 물론 B에도 협력", "A뿐 아니라 B에도": A is the first item
            if t.tag == "JKS" and _subject_of_modifier(tokens, i, end, text):
                continue   # "청년들이 정착할 수 있는 환경 조성": the subject inside an item
            if t.tag == "JX" and text[t.start - 1 : t.start] in ("과", "와") \
                    and _COMPARED_TAIL.match(text, t.end):
                continue   # "기존 사업과는 다른 A": a comparison before an item (compared-frame)
            if t.tag == "EC" and _chained_in_modifier(tokens, i, end, text):
                continue   # "스피커를 설치해 안부를 살피는 일": the item's own clause goes on
            if _one_noun_read_as_also(tokens, i, text):
                continue   # "A과 임도 정비": 임도 is a noun, not 임 + the particle 도
            start = t.end
    if short := re.search(r"(?:^|\s)도는\s", text[start:end]):
        start += short.end()   # "도는": the province as topic (read as 돌다 + 는 otherwise)
    if aims := list(_AIMED_AT.finditer(text, start, end)):
        start = aims[-1].end()   # rule aimed-at: "X 양성을 목표로 A, B 등": X is the aim
    if signed := list(_AFTER_SIGNING.finditer(text, start, end)):
        start = signed[-1].end()   # rule after-signing: "협약서에 서명한 뒤 A와 B에": a time
    while start < end and text[start] in " ,":
        start += 1
    return start


# Rule chained-deed: an item worded as a clause modifying its last noun ("혼자 사는 어르신 집에
# 스피커를 설치해 안부를 살피는 일") may chain two verbs with the connective 아/어 ("설치해",
# "빌려줘"): the connective is inside the clause, so the item begins before it. Only where
# the words after the connective, up to a comma, a 과/와 or the list's end, are one clause
# closed by a modifier and the one noun it modifies (not "예산을 들여 공간을 조성": a means,
# then the item).
_CHAINING = frozenset({"아", "어", "여", "아서", "어서", "여서"})


def _chained_in_modifier(tokens: list[Token], i: int, end: int, text: str) -> bool:
    if tokens[i].form not in _CHAINING:
        return False
    if i + 2 < len(tokens) and tokens[i + 1].tag == "VX" and tokens[i + 2].tag == "EC":
        return _chained_in_modifier(tokens, i + 2, end, text)   # "빌려줘": 빌리+어 주+어
    comma = text.find(",", tokens[i].end, end)
    joined = [u.start for u in tokens[i + 1 :] if u.tag == "JC" and u.end <= end]
    stop = min([end] + [comma] * (comma >= 0) + joined[:1])   # the item's own end
    after = [u for u in tokens[i + 1 :] if u.end <= stop]
    clause_ends = [k for k, u in enumerate(after) if u.tag in {"EC", "EF", "JX", "JKS"}
                   and not (u.tag == "EC" and k + 1 < len(after) and after[k + 1].tag == "VX")]
    modifiers = [k for k, u in enumerate(after) if u.tag == "ETM"]
    if clause_ends or not modifiers:
        return False
    head = after[modifiers[-1] + 1 :]
    return bool(head) and head[0].tag.startswith("NN") \
        and all(u.tag.startswith(("NN", "J", "XSN")) for u in head) \
        and len(text[head[0].start : stop].split()) == 1


# Rule noun-read-as-also: Kiwi reads some two-syllable nouns of 도 (임도, a forest road) as a
# one-syllable noun and the particle 도 ("also"); a word of two syllables so read, standing
# alone and followed by a noun of doing ("임도 정비", "차도 확장"), is one noun inside an item.
# Not a longer word ("주민도 참여", "기업도 지원": the particle after a whole noun), nor a body
# called short ("군도 지원에 나선다": the county, too, supports).
_SHORT_BODIES = frozenset({"시", "군", "구", "도", "동", "면", "읍", "당", "청"})


def _one_noun_read_as_also(tokens: list[Token], i: int, text: str) -> bool:
    t = tokens[i]
    if t.form != "도" or t.tag != "JX" or i == 0 or i + 1 >= len(tokens) \
            or t.start - tokens[i - 1].start != 1:
        return False
    if not tokens[i - 1].tag.startswith("NN") or text[t.start - 2 : t.start - 1].strip() \
            or tokens[i - 1].form in _SHORT_BODIES:
        return False
    after = tokens[i + 1]
    return after.tag == "NNG" and text[t.end : after.start].isspace() \
        and activity_ending(after.form) == after.form


# Rule aimed-at: "X 양성을 목표로 A, B 등을 추진하기로 했다": what the sides aim at is the
# agreement's purpose, no item; the list begins after it (not "X를 목표로 하는 A": a modifier
# of the item)
_AIMED_AT = re.compile(r"(?<=\S)(?:을|를)\s+목표로(?:\s*삼아)?\s+(?!하는|한\s|할\s|삼는)")


# Rule after-signing: "협약서에 서명한 뒤 A와 B에 나서기로 했다": the signing told as the time
# before the list is no item (a signing verb's modifier, then 뒤/후/다음); not "교육을 마친 뒤
# 채용": a time inside an item, of any other verb
_AFTER_SIGNING = re.compile(
    r"(?:(?:" + SIGN_VERB + r")한|맺은)\s*(?:뒤|후|다음)(?:에)?\s")


# Rule compared-frame: "양 기관은 기존 사업과는 다른 A와 B에 협력한다": what an item is compared
# with frames it, and is no item ("기존 사업") nor part of one ("다른 A"); the item is worded as
# written after the frame. Only a frame of difference ("같은", "새로운" stay: "A와 같은 B" names
# examples of B, "새로운 A" is the item's own wording); "다른" after 과는/와는 only ("A와 다른 B"
# is "A and other B").
_COMPARED_TAIL = re.compile(r"\s+(?:전혀\s+)?(?:다른|차별화된|차별된|구별되는)\s+(?=\S)")
_COMPARED_FRAME = re.compile(
    r"(?:[^\s,]+(?<![과와,])\s+){0,2}[^\s,]+?(?:(?:과는|와는)" + _COMPARED_TAIL.pattern
    + r"|(?:과|와)\s+(?:차별화된|차별된|구별되는)\s+(?=\S))")


# "A에 관한 사항과 B에 관한 사항": the wrapper that ends each item
_MATTER = re.compile(
    r"(?:에\s*(?:관한|대한)\s*사항)(?:과|와|,|\s*및|(?:을|를)\s*비롯한)?\s*(?=\S)"
)


def _word_end(text: str, pos: int) -> int:
    m = re.compile(r"\S*").match(text, pos)
    return m.end() if m else pos


# A comma, "A를 비롯해 B", a slash between items ("A/B/C 분야"), "A는 물론 B", "A뿐 아니라 B"
_ITEM_SEPARATOR = re.compile(
    r",\s*|(?<=[가-힣])하는\s+등\s+|(?<=\S)(?:을|를)\s*비롯(?:해|하여|한)\s+|(?<=[가-힣])\s?/\s?(?=[가-힣])"
    r"|(?<=\S)(?:은|는)\s+물론(?:이고|이며)?\s+|(?<=\S)뿐(?:만)?\s*아니라\s+")


def split_prose(text: str, start: int, end: int, tokens: list[Token]) -> list[tuple[int, str]]:
    """Split text[start:end] into items at commas and at 과/와 joining two items."""
    cuts: list[tuple[int, int]] = []   # (cut start, resume offset)
    asides = [(m.start(), m.end()) for m in re.finditer(r"\([^()]*\)", text)]
    for m in _ITEM_SEPARATOR.finditer(text[start:end]):
        if not any(a < start + m.start() < b for a, b in asides):   # "(University, Ohio)"
            cuts.append((start + m.start(), start + m.end()))
    # "A에 관한 사항과 B에 관한 사항을 비롯한 C": the wrapper ends each item
    for m in _MATTER.finditer(text, start, end):
        cuts = [c for c in cuts if not m.start() <= c[0] < m.end()]
        cuts.append((m.start(), m.end()))
    for i, t in enumerate(tokens):
        if start < t.start and t.end < end and _joins_items(text, tokens, i, cuts, start, end):
            cuts.append((t.start, t.end))
    cuts += _and_cuts(text, start, end, sorted(cuts))
    cuts += _dot_cuts(text, start, end, sorted(cuts))
    cuts, frames = _compared_cuts(text, start, end, cuts)
    items: list[tuple[int, str]] = []
    pos = start
    for cut, resume in sorted(cuts):
        if (cut, resume) not in frames or text[pos:cut].strip():
            items.append((pos, text[pos:cut]))
        pos = resume
    items.append((pos, re.sub(r"에\s*(?:관한|대한)\s*사항\s*$", "", text[pos:end])))
    return _without_partner(text, _merge_bare_modifiers(text, items))


def _compared_cuts(text: str, start: int, end: int, cuts: list[tuple[int, int]]
                   ) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Rule compared-frame: ``cuts`` with each frame of comparison ("기존 사업과는 다른 ") cut
    away whole, with the 과/와 joining it to the item before ("A와 기존 사업과는 다른 B");
    and the frames' cuts."""
    frames = []
    for m in _COMPARED_FRAME.finditer(text, start, end):
        joined = re.search(r"(?<=\S)(?:과|와)\s+$", text[start : m.start()])
        frames.append((start + joined.start() if joined else m.start(), m.end()))
    kept = [c for c in cuts if not any(a <= c[0] < b for a, b in frames)]
    return kept + frames, frames


# "7일 누리시와 A, B 등": the day and the partner of the signing before the list;
# "가람대(Garam University)와 A, B 등": a name with its aside, then the list
_PARTNER_LEAD = re.compile(
    r"^\s*(?:(?:지난\s*)?\d{1,2}일\s(?:(?:[^,(]|\([^)]*\))*?(?:와|과)\s+)?"
    r"|[^,(]*\([^)]*\)(?:와|과)\s+)"
)


def _first_activity(rest: str) -> bool:
    """Rule day-then-activity: "12일 저소득층 수술비 지원과 B를 주요 내용으로 하는 협약": the
    words after the day, cut at their 과, end in a noun of doing standing alone
    (activity_nouns.txt): the list's first item, not the partner's name ("7일 누리공사와",
    "7일 한빛 도시개발과": the noun of doing inside a name)."""
    words = rest.split()
    return len(words) >= 2 and words[-1] in lexicon_words("activity_nouns.txt")


def _without_partner(text: str, items: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The list without the day and the partner a signing sentence names before it."""
    if items and (where := _SIGNED_WHEN_WHERE.match(items[0][1])):
        rest = items[0][1][where.end():].rstrip()
        if any(rest.endswith(a) for a in lexicon_words("activity_nouns.txt")):
            return [(items[0][0] + where.end(), items[0][1][where.end():]), *items[1:]]
    if not items or not (lead := _PARTNER_LEAD.match(items[0][1])):
        return items
    offset, first = items[0]
    rest = first[lead.end() :]
    if not lead.group().rstrip().endswith(("와", "과")) and (
            text.startswith(("와", "과"), offset + len(first)) or not rest.strip()) \
            and not _first_activity(rest):
        return items[1:]   # "7일 누리공사" was cut from its 와 as an item of its own
    if not lead.group().rstrip().endswith(("와", "과")):
        return [(offset + lead.end(), rest), *items[1:]]   # "12일 A, B 등에": the day only
    return [(offset + lead.end(), rest), *items[1:]] if rest.strip() else items[1:]


# "인력 양성 및 공동연구": 및 between two whole activities
_AND = re.compile(r"\s및\s+")

# "A 및 B에 관한 사항 등이다": the wrapper after the last item wraps the whole list
_MATTER_TAIL = re.compile(r"에\s*(?:관한|대한)\s*(?:사항|내용)$")
# "… 지원을 위한 협력", "디지털 문화 관련 교육": the right side modifies one item
_MODIFIER = re.compile(r"(?:위한|관련|관한|대한|통한|연계한)(?:\s|$)|\S의\s")


def _and_cuts(text: str, start: int, end: int,
              cuts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Cuts at 및 joining two whole activities of a prose list (GUIDELINES: split where the
    text separates whole activities, never by guessing): "현장실습 운영 및 공동 연구개발"
    is two; "세금의 수납 및 관리" (a bare verbal noun sharing the object) and "초등 및 중등
    교원 연수" (a bare modifier) are one."""
    activities = lexicon_words("activity_nouns.txt")
    found: list[tuple[int, int]] = []
    for m in _AND.finditer(text, start, end):
        left_from = max([r for _, r in cuts if r <= m.start()] + [start])
        right_to = min([c for c, _ in cuts if c >= m.end()] + [end])
        left, right = text[left_from : m.start()].strip(), text[m.end() : right_to].strip()
        right = _MATTER_TAIL.sub("", right)   # "A 및 B에 관한 사항": the wrapper of the list
        last = left.split()[-1] if left else ""
        if not any(last.endswith(a) for a in activities) or _MODIFIER.search(left + " " + right):
            continue
        words = right.split()
        if _shared_running(left, words):
            continue
        if len(words) >= 2 or len(right) >= 3 or _bare_pair(left, words, activities):
            found.append((m.start(), m.end()))   # "관리", "양성" alone share the object
    return found


def _bare_pair(left: str, right: list[str], activities: frozenset[str]) -> bool:
    """Rule bare-activities: "모금 및 홍보를 함께 진행한다" — two bare nouns of doing with no
    object before the first (a span's "연말까지" is none): two activities, not one object's
    two verbs ("세금의 수납 및 관리", "학생 상담 및 관리" share what comes before)."""
    words = clean(left).split()
    return len(words) == 1 and len(right) == 1 and words[0] in activities \
        and right[0] in activities


# the verbal nouns of running a programme: "현장실습 및 인턴십 운영" runs both
_RUNNING = frozenset({"운영", "실시", "진행"})


def _shared_running(left: str, right: list[str]) -> bool:
    """Rule shared-running: "재학생 현장실습 및 인턴십 운영" — a programme, 및, a second one
    and the verbal noun of running it: the running is both's, one item; not where the left
    side is run on its own ("현장실습 운영 및 인턴십 운영") or is longer than a programme's
    name."""
    words = left.split()
    return len(right) == 2 and right[1] in _RUNNING and 1 <= len(words) <= 2 and \
        not any(words[-1].endswith(v) for v in _RUNNING)


_DOT = re.compile(r"(?<=\S)[·ㆍ・‧∙․](?=\S)")


def _dot_cuts(text: str, start: int, end: int,
              cuts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Cuts at a middle dot between two activities of several words each ("청년 창업 지원·현장
    실습 운영"); a dot between single words joins them into one item ("시설·장비 공동 활용",
    "지역 농가·어가 지원")."""
    dots = list(_DOT.finditer(text, start, end))
    if not dots:
        return []
    activities = tuple(lexicon_words("activity_nouns.txt"))
    bounds = sorted([start] + [r for _, r in cuts] + [m.end() for m in dots])
    ends = sorted([end] + [c for c, _ in cuts] + [m.start() for m in dots])
    found = []
    for m in dots:
        left = text[max(b for b in bounds if b <= m.start()) : m.start()].strip()
        right = text[m.end() : min(e for e in ends if e >= m.end())].strip()
        if _whole_activity(left, activities) and _whole_activity(right, activities) \
                and "(" not in left + right:
            found.append((m.start(), m.end()))   # each side a whole activity
    return found


def _whole_activity(item: str, activities: tuple[str, ...]) -> bool:
    """An activity with its own object ("청년 창업 지원", "금융조달"), not a bare verbal noun
    that shares the object with its neighbour ("교육·연구", "인력 양성·교류")."""
    found = next((a for a in activities if item.endswith(a)), None)
    return found is not None and len(item.replace(" ", "")) > len(found) + 1


def _section_read(text: str, tokens: list[Token], i: int) -> bool:
    """Rule activity-section-noun: "대민지원과 장비 지원" read as the noun 과 (an office's
    section, "지원과") after a noun of doing, glued to it and followed by a space: the particle
    joining two items. A section's name goes on with its own particle ("지원과와"), no space."""
    t = tokens[i]
    return t.form == "과" and t.tag == "NNG" and i > 0 and tokens[i - 1].end == t.start \
        and t.end < len(text) and text[t.end].isspace() \
        and ends_in_activity(text[: t.start].split()[-1] if text[: t.start].split() else "")


# Rule deed-project: "빈 점포를 청년 공방으로 바꾸는 사업" - a clause with its own object
# before "…는 사업/일" names a whole activity, as a noun of doing does (not "시가 추진하는
# 사업", which tells no deed)
_DEED_PROJECT = re.compile(r"\S[을를]\s(?:\S+\s){0,4}\S+(?:는|한)\s(?:사업|일)$")


def _activities_joined(left: str, right: str) -> bool:
    """Rule activities-with-genitive: "연간 20명의 인턴 채용과 100억원 규모의 공동 펀드 조성":
    a whole activity of two words or more on each side of 과, each ending in a noun of doing;
    the 의 inside the right one is its own modifier's (not "어린이와 … 가정의 안전", nor "A의
    관리와 C의 B 확보를 위한 앱 개발": the purpose binds both to the last noun)."""
    activities = lexicon_words("activity_nouns.txt")
    left_words = left.split()
    right_words = re.sub(r"(?:을|를|에|에서|에도)?\s*$", "", right.strip()).split()
    return len(left_words) >= 2 and len(right_words) >= 2 \
        and (left_words[-1] in activities or bool(_DEED_PROJECT.search(left))) \
        and right_words[-1] in activities \
        and not re.search(r"(?:위한|관련|관한|대한|통한|연계한)\s", right)   # "A와 B를 위한 C"


def _joins_items(text: str, tokens: list[Token], i: int, cuts: list[tuple[int, int]],
                 start: int, end: int) -> bool:
    """Whether token ``i`` is a 과/와 joining two items of the list text[start:end]."""
    t = tokens[i]
    particle = t.tag in {"JC", "JKB"} or _section_read(text, tokens, i)
    before = _glossed_noun(tokens, i)
    if t.form not in {"과", "와"} or not particle or before < 0 \
            or not tokens[before].tag.startswith(("NN", "ETN", "XSN")):   # "돕기와", "활성화와"
        return False
    if t.end < len(text) and not text[t.end].isspace():
        return False
    # "산업곤충과 연계된 연구": 과 of company before a verb, inside one item
    following = [u for u in tokens[i + 1 : i + 5] if u.start < _word_end(text, t.end + 1)]
    if any(u.tag in {"VV", "VA", "XSV", "XSA", "ETM"} for u in following):
        return False
    # "어린이와 홀몸 어르신 가정의 안전": 과 joins the modifiers of one item, not two items
    next_cut = min([c for c, _ in cuts if c > t.end] + [end])
    prev_cut = max([r for _, r in cuts if r <= t.start] + [start])
    if any(u.tag == "JKG" for u in tokens if t.end <= u.start and u.end <= next_cut) \
            and not _activities_joined(text[prev_cut : t.start], text[t.end : next_cut]):
        return False
    if len(text[prev_cut : t.start].replace(" ", "")) < 3:   # "시와 누리대간의": a name
        return False
    if _whom_joined(text[prev_cut : t.start], text[t.end : next_cut]):
        return False
    if _objects_of_one_verb(text[prev_cut : t.start], tokens, t.end, next_cut):
        return False
    right = text[t.end : next_cut].strip()
    # "프로젝트 발굴과 수행": a bare verbal noun shares the object before it; "시설과 공간 등
    # 물적 교류": the two are examples of the thing named after 등; one item either way
    return len(right.replace(" ", "")) >= 3 and not re.search(r"\s등\s+\S", right)


def _whom_joined(left: str, right: str) -> bool:
    """Rule whom-joined: "교직원과 외국인 유학생 전용 금융상품 지원" — one bare word that is no
    activity, joined by 과 to a longer item: the two it serves, one item (GUIDELINES: split
    only between whole activities), not "교육과 연구 장비 공동 활용" (교육 is done)."""
    words = clean(left).split()
    return len(words) == 1 and not ends_in_activity(words[0]) and len(right.split()) >= 3


def _objects_of_one_verb(left: str, tokens: list[Token], start: int, end: int) -> bool:
    """Rule objects-of-one-verb: "위급할 때 보호자와 119에 알리는 체계를 갖추는 일" — a 과 after a
    word that is no activity, before words that go on to a verb of their own: the two are
    what one clause's verb acts on, inside one item; not "청년 창업 교육과 기업이 여는 멘토링
    운영" (교육 is done: two items)."""
    words = clean(left).split()
    return bool(words) and not ends_in_activity(words[-1]) and any(
        u.tag in {"VV", "ETM"} for u in tokens if start <= u.start and u.end <= end)


def _glossed_noun(tokens: list[Token], i: int) -> int:
    """The token the 과/와 at ``i`` follows, read past a Hanja or Latin gloss of the word
    before it (rule gloss-before-and: "기술인력 양성(養成)과 공동연구": 양성); -1 at the start."""
    k = i - 1
    if k >= 3 and tokens[k].tag == "SSC" and tokens[k - 2].tag == "SSO" and \
            tokens[k - 1].tag in {"SH", "SL"}:
        return k - 3
    return _past_aside(tokens, k)


def _past_aside(tokens: list[Token], k: int) -> int:
    """Rule aside-before-and: "청년 창업 교육(연 2회)과 기업 지원(분기별)을": a short aside in
    brackets after a noun of doing, read past to that noun (its item ends there, as with a
    gloss); not after a name ("누리대학교(총장 김다온)와": no activity before it)."""
    if tokens[k].tag != "SSC":
        return k
    opened = next((j for j in range(k - 1, max(k - 8, 0), -1) if tokens[j].tag == "SSO"), -1)
    if opened >= 1 and tokens[opened - 1].tag.startswith("NN") \
            and ends_in_activity(tokens[opened - 1].form):
        return opened - 1
    return k


def _merge_bare_modifiers(text: str, items: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """"상호 인적, 물적 자원의 …": a bare "…적" before a comma belongs to the next item."""
    merged: list[tuple[int, str]] = []
    for offset, item in items:
        if merged and re.fullmatch(r"\s*(?:\S+\s)?\S{1,2}적\s*", merged[-1][1]):
            prev_offset, _ = merged.pop()
            merged.append((prev_offset, text[prev_offset : offset + len(item)]))
        else:
            merged.append((offset, item))
    return merged


# Rule vague-works: "…방향으로 다양한 협력 사업", works the sentence leaves unnamed (not "여러
# 공동 사업을 추진하고 B도 가질 예정이다", a row of tests/test_areas.py the annotators' way)
VAGUE_WORKS = re.compile(r"(?:^|\s)(?:다양한|각종)\s+(?:\S+\s+)?"
                         r"(?:사업|정책|프로그램|활동|방안|과제)$")
# An item that names no field of cooperation: the agreement itself, "발전", "성장"; rule
# general-aim-item: a good the sides wish for ("주민 삶의 질 향상", "복지 공동체 실현", "위기
# 극복"), or a task named only as their shared aim ("…이라는 공동 과제 해결")
NO_FIELD = re.compile(rf"(?:{AGREEMENT}|발전|성장)\s*$"
                      r"|삶의\s*질\s*(?:향상|개선|제고)$|(?:공동체|가치|비전|꿈)\s*실현$"
                      r"|(?:위기|어려움|난관)\s*극복$|이라는\s+(?:\S+\s+)?(?:과제|목표|숙제)"
                      r"|" + VAGUE_WORKS.pattern)

# Purposes, not areas: "사업의 성공적 추진", "원활한 사업 추진".
_PURPOSE = re.compile(r"(?:성공적인?|원활한|차질\s*없는)\s.*(?:추진|개최|운영|수행)$")

# Rule bare-tie: "긴밀한 협력 관계를 이어가기", "돈독한 파트너십 강화": a tie between the sides
# with no field, only how close it is and that it goes on (not "돌봄을 위한 협력 관계")
_BARE_TIE = re.compile(
    r"(?:(?:긴밀한|긴밀히|상호|굳건한|돈독한|두터운|지속적인?|원활한|유기적인?|탄탄한|든든한|우호적인?|"
    r"전략적인?|신뢰\s*있는|견고한)\s*)*"
    r"(?:협력\s*관계|파트너십|동반자\s*관계|우호\s*관계|유대\s*관계|신뢰\s*관계)(?:을|를)?"
    r"(?:\s*(?:계속\s*)?(?:이어\s*가기|이어\s*나가기|유지|지속|강화|다지기|공고히|구축|맺기|형성))?")

# Rule bare-pooling: "복지 빈틈을 메우기 위해 힘을 모으기로 했다" with the purpose cut: the
# pooling itself ("힘을 모으기", "손을 맞잡기", "머리를 맞대기"), no field it is pooled for (not
# "돌봄 인력 확충에 힘을 모으기": the field stands before it)
_BARE_POOLING = re.compile(
    rf"(?:(?:{ADVERB})\s*)*(?:{STRENGTH_POOLED}(?:으기|음)|힘\s?을\s?(?:합치기|합침|보태기)"
    rf"|뜻\s?을\s?(?:모으기|모음|같이하기)|{HANDS_JOINED}(?:기|음)|머리\s?를\s?맞대기)")

# Rule deferred: "세부 사항은 추후 협의하기로 했다": a later time and one verbal noun, a step
# put off with nothing it is done to, no area (not "추후 인력 양성 지원")
_DEFERRED = re.compile(r"(?:추후|향후|차후|나중에|다시|별도로?)\s+\S+")

# "다음 사항에 협력한다": a pointer to the list, no area
_POINTER = re.compile(r"(?:다음|아래|상기|위)(?:의|와\s*같은|과\s*같은)?\s*\S{1,4}$")


# "모든 분야에서 적극 협력하기로 결정", "할 수 있는 분야부터 서로 돕기로": a scope named by
# no field, only the verb after it; so is a scope told only by its good for both ("서로 이익이
# 되는 분야부터 협력하기로", rule mutual-benefit-scope)
_OPEN_SCOPE_WORDS = (r"(?:가능한|모든|여러|다양한|필요한|제반|할\s*수\s*있는"
                     r"|(?:서로|상호)\s+(?:이익|이득|도움)이\s+되는)\s+(?:분야|부문|영역)")
_OPEN_SCOPE = re.compile(
    rf"(?:^|\s){_OPEN_SCOPE_WORDS}"
    r"(?:부터|에서|에서도|에)\s+"
    r"(?:\S+\s+){0,2}?\S*(?:지원|협력|협조|추진|돕|도우|도와)\S*(?:\s+\S+)?$")
# Rule open-scope-alone: the same scope read by itself where the verb was cut off by the
# "…에서 협력하기로" path ("가능한 분야에서 협력하기로 했다" leaves "가능한 분야"): no field
_OPEN_SCOPE_ALONE = re.compile(_OPEN_SCOPE_WORDS)


# Rule unnamed-works: "다양한 협력 사업을 발굴", "상호 관심 분야에서 협력 사업을 발굴",
# "지역 발전을 위한 공동 과제를 발굴", "실질적인 협력 방안", "상호 관심 분야": works still to
# be found, ways, or a scope, named by no field of their own (not "여러 공동 사업을 추진하고":
# works to be done, the annotators list them; a bullet saying so stays, as written)
_VAGUE_MODIFIER = r"(?:다양한|여러|각종|실질적인?|구체적인?|새로운|상호|공동)\s+"
_VAGUE_SCOPE = r"(?:상호|공동)\s+관심\s*(?:분야|사항|사)?|(?:여러|다양한|모든|제반)\s+분야"
_UNNAMED_WORKS = re.compile(
    r"(?:(?:\S+\s+){0,6}?\S+(?:을|를)\s+위한\s+)?"   # "…을 위한": the purpose, no field
    rf"(?:(?:{_VAGUE_SCOPE})(?:에서|의)?\s+)?(?:{_VAGUE_MODIFIER})*"
    r"(?:(?:협력\s*)?(?:분야|사업|방안|과제)(?:들)?(?:을|를)?\s+(?:발굴|모색|마련|찾기|논의)"
    rf"|(?:협력\s*)?방안|{_VAGUE_SCOPE})")

# Rule aim-after-deed: "진료비 일부를 부담해 주민들의 건강을 챙기기": the deed, then what it
# is for, joined by 해/여; the item is the deed ("진료비 일부를 부담"); the aim's verbs are
# those of keeping, raising, cutting, making good or making known ("…를 시민들에게 알린다")
# (not "수거해 재생 원료로 가공": two deeds)
AIM_VERB = (r"챙기|줄이|줄여|살리|되살리|돕|도우|높이|낮추|넓히|좁히|끌어올리|만들|만드|막|키우|"
            r"늘리|덜|지키|앞당기|알리|알려|알린")
_AIM_AFTER = (r"(?<=[가-힣])(?:해|하여|해서),?\s+(?:\S+\s+){0,6}?\S+(?:을|를|이|가)\s+"
              rf"(?:\S+\s+){{0,2}}?(?:{AIM_VERB})\S*")
_AIM_AFTER_DEED = re.compile(_AIM_AFTER + "$")
# …and in a whole clause, its verb closing it ("설비를 설치해 탄소 배출을 줄여 나간다."): the
# clause read as the deed alone ("설비를 설치한다.")
_AIM_CLOSING_CLAUSE = re.compile(_AIM_AFTER + r"(?:\s+\S+){0,2}?\.?\s*$")


def without_aim_after_deed(clause: str) -> str:
    """Rule aim-after-deed in a clause: the deed, its verb closing the clause."""
    return _AIM_CLOSING_CLAUSE.sub("한다.", clause)


def as_areas(listed: list[tuple[int, str]], block: Sentence) -> list[tuple[tuple[int, int], Area]]:
    """The items of one block as areas, without general purposes and empty words."""
    generic = {w.replace(" ", "") for w in lexicon_words("areas_generic.txt")}
    span = Span(block.start, block.end, block.text)
    out = []
    for offset, raw in listed:
        label = _AIM_AFTER_DEED.sub("", clean(raw))
        if len(label) >= 2 and label.replace(" ", "") not in generic \
                and not _PURPOSE.search(label) and not _POINTER.match(label) \
                and not _OPEN_SCOPE.search(label) and not _OPEN_SCOPE_ALONE.fullmatch(label) \
                and not _BARE_TIE.fullmatch(label) \
                and not _BARE_POOLING.fullmatch(label) \
                and not _DEFERRED.fullmatch(label) and not _UNNAMED_WORKS.fullmatch(label):
            out.append(((block.start, offset), Area(label, span)))
    return out
