"""When no sentence after the signing states areas: the agreement's own name, the name of
each agreement a sentence reports, a caption, a lead before the signing, the headline and
the subtitle together, the subtitle, the headline."""
from __future__ import annotations

import re
from collections.abc import Callable

from ...lexicons import lexicon_words
from ...model import Area, Span
from ...morph import tokenize
from ...text import Document, Sentence
from ..cues import ADVERB, AGREEMENT, COOP_VERB, HANDS_JOINED, PROMISE_TOGETHER, SIGN_VERB
from .blocks import in_paragraph
from .bullets import bullet_items, bullet_labels
from .items import QUOTE, UNDER_AGREEMENT, as_areas, clean, list_start, split_prose
from .parties import PARTIES, lead_subject, names_party
from .prose import prose_items
from .refusals import SIGNED

# "누리대와 창업 지원 협약을, 다솜병원과 건강 검진 협약을 각각 체결했다": two agreements in
# one sentence, each named by what it does right after its partner
_NAMED_EACH = re.compile(
    rf"([가-힣A-Za-z0-9]+?)(?:과|와)\s+([^\s,.'\"‘’“”]+(?:\s[^\s,.'\"‘’“”]+){{0,3}}?)\s*"
    rf"(?:업무\s*)?(?:{AGREEMENT})(?:을|를)(?=,|\s+(?:각각\s+)?(?:{SIGN_VERB}|맺))"
)


def named_each(doc: Document, signing: Sentence, parties: tuple[str, ...]) -> list[Area]:
    """The name of this agreement's own in a sentence that reports two, when the name ends
    in an activity ("창업 지원"; GUIDELINES: several agreements, the areas of each)."""
    named = list(_NAMED_EACH.finditer(signing.text))
    if len(named) < 2:
        return []
    mine = [m for m in named if m.group(1) in parties]
    if len(mine) != 1:
        return []
    name = mine[0].group(2)
    activities = lexicon_words("activity_nouns.txt")
    if len(name.split()) < 2 or _PURPOSE_WORD.search(name) \
            or not any(name.endswith(a) for a in activities):
        return []
    at = mine[0].start(2)
    return [a for _, a in as_areas([(at, name)], signing)]


def teaser(doc: Document, signing: Sentence, parties: tuple[str, ...]) -> list[Area]:
    """"가온시가 누리대와 손잡고 A과 B에 나선다." right before the signing sentence: a lead that
    tells what the parties take up, when nothing after the signing states it. Its subject is
    a party, named in the signing sentence or among ``parties`` (the signing sentence may call
    it "시는" or "두 회사는")."""
    before = [s for s in doc.sentences if s.end <= signing.start and not doc.is_caption(s)]
    if not before or not re.search(r"다\.\s*$", before[-1].text):
        return []
    subject = lead_subject(before[-1].text)
    if not names_party(subject, signing.text) and subject not in parties:
        return []
    lead = before[-1]
    return [a for _, a in as_areas(prose_items(lead.text, parties=True), lead)]


# the agreement's purpose in the signing sentence: "'A 활성화 및 B 양성을 위한 업무협약'",
# "A 육성을 목표로 … 협약을 체결했다"
_FOR_PURPOSE = re.compile(r"[^'‘\"“]*(?:을|를)\s*(?:위(?:한|해)|목표로)")


# Rule climate-goal: a climate the sides mean to make ("창업 생태계 조성", "정주 여건 마련",
# "상생 분위기 조성", "충전 기반 확충") is the purpose a lead states, no activity beside the
# stated areas; so is a problem to relieve ("자금난 해소", "의료 공백 해소", "돌봄 사각지대 해소")
_CLIMATE_GOAL = re.compile(r"(?:생태계|환경|여건|분위기|토양)\s*(?:조성|마련)$"
                           # a base to build ("충전 기반 확충"): the ground the tasks stand on
                           r"|기반\s*(?:조성|마련|구축|확충)$"
                           r"|(?:난|공백|문제|부담|격차|불균형|사각지대|갈등)\s*해소$")


# Rule lead-names-agreement: the word that names the agreement in the signing sentence ("소재
# 공동개발 양해각서를 맺었다"); a lead ending in that activity ("…플라스틱 공동 개발에 나선다")
# restates the agreement's topic, whose tasks the body lists
_AGREEMENT_NAME_WORD = re.compile(rf"([가-힣]{{2,}})\s*(?:업무\s*)?(?:{AGREEMENT})")


def _lead_names_agreement(lead: list[Area], signing: Sentence) -> bool:
    activities = lexicon_words("activity_nouns.txt")
    named = [m.group(1) for m in _AGREEMENT_NAME_WORD.finditer(signing.text)
             if any(m.group(1).endswith(a) for a in activities)]
    return any(a.label.replace(" ", "").endswith(w) for a in lead for w in named)


# the lead tells the sides together: a partner joined ("…와 손잡고", "함께", "공동"); its
# "힘을 모" wants the 을 and any spacing, unlike STRENGTH_POOLED, and stays its own
_JOINED_LEAD = re.compile(rf"{HANDS_JOINED}|맞손|함께|공동|협력해|힘을\s*모")


def _one_side_alone(lead: str, parties: tuple[str, ...]) -> bool:
    """Rule lead-one-side: a lead whose subject is one party with no partner named or
    joined ("누리대학교가 해외 인재 양성에 나선다") tells that party's own aim (GUIDELINES: not
    plans of one party alone), no area beside those the body states; "A와 B가 …에 나선다" or
    "A가 B와 손잡고 …" tells the sides'. Only where the parties are known."""
    first = lead.split(maxsplit=1)[0] if lead.strip() else ""
    subject = lead_subject(lead)
    if not parties or re.search(r"(?:와|과)$", first) or _JOINED_LEAD.search(lead):
        return False
    others = [p for p in parties if len(p) >= 2 and p not in subject and subject not in p]
    return subject in parties and not any(p in lead for p in others)


def teaser_beside(doc: Document, signing: Sentence, parties: tuple[str, ...],
                  stated: list[Area]) -> list[Area]:
    """Rule teaser-beside: the lead's activities ("누리농협이 솔빛푸드와 손잡고 쌀 가공식품 공동
    개발에 나선다.") before the areas stated after the signing ("두 기관은 A와 B에도 협력한다"),
    when every item of the lead names an activity (not "지역 상생에 나선다", nor a climate to
    make: "창업 생태계 조성", rule climate-goal) and the body does not repeat it. Not a lead
    ending in the activity that names the agreement (rule lead-names-agreement), nor a lead
    whose words the agreement's name gives as its purpose ("'A 활성화 및 B 양성을 위한 협약'":
    GUIDELINES, not the general purpose), nor a sentence after another signing (the areas of
    an earlier agreement of the article)."""
    lead = teaser(doc, signing, parties)
    activities = lexicon_words("activity_nouns.txt")
    if not lead or not all(any(a.label.endswith(w) for w in activities) for a in lead):
        return stated
    if lead[0].evidence is not None and _one_side_alone(lead[0].evidence.text, parties):
        return stated   # rule lead-one-side: "누리대학교가 X 양성에 나선다", its own aim
    purpose = _FOR_PURPOSE.search(signing.text)
    if purpose and any(a.label.split()[-1] in purpose.group(0) for a in lead):
        return stated
    if any(_CLIMATE_GOAL.search(a.label) for a in lead):
        return stated   # "…가 청년 창업 생태계 조성에 손을 맞잡았다": the aim, not a task
    if _lead_names_agreement(lead, signing):
        return stated   # "…공동 개발에 나선다" beside "…공동개발 양해각서": its topic
    if any(s.start < signing.start and SIGNED.search(s.text) and not doc.is_caption(s)
           for s in doc.sentences):
        return stated
    return [a for a in lead if all(_dice(a.label, b.label) < 0.5 for b in stated)] + stated


def captioned(doc: Document, signing: Sentence, parties: tuple[str, ...]) -> list[Area]:
    """When the body states no areas, a photo caption that lists them ("가온시와 누리대가 A, B
    등에 협력하기로 하고 협약을 체결했다. (사진=가온시 제공)") or names the agreement by them."""
    for s in doc.sentences:
        if s == signing or not doc.is_caption(s) or QUOTE.search(s.text):
            continue
        span = Span(s.start, s.end, s.text)
        found = bullet_items(s.text)
        if found is not None:
            labels = bullet_labels(s.text, *found)
            if labels:
                return [Area(label, span) for label in labels if len(label) >= 2]
        # a caption that says the parties cooperate names them itself ("A시장과 B 이사장이
        # C와 D에 협력하기로 하고 협약서에 서명했다"), for a list of two items or more
        if areas := [a for _, a in as_areas(prose_items(s.text, signing=True), s)] \
                or by_title(doc, s, parties):
            return areas
    return []


# A quotation in a sentence: a head's own words
_QUOTED = re.compile(r"[\"“]([^\"“”]{10,300})[\"”]")


def quoted(doc: Document, signing: Sentence, parties: tuple[str, ...]) -> list[Area]:
    """When nothing outside quotes states areas, a head's words after the signing that tell
    what the agreement has the parties do ("이번 협약으로 두 기관은 A, B, C에 함께 힘을 쏟게
    됐다"): the agreement and the parties both named in the quote, a list of two items or
    more (rule quoted-terms; a quote naming one side's plan names neither)."""
    for s in doc.sentences:
        if s.start <= signing.start or doc.is_caption(s):
            continue
        for m in _QUOTED.finditer(s.text):
            words = m.group(1)
            if not (UNDER_AGREEMENT.search(words)
                    and PARTIES.search(UNDER_AGREEMENT.sub(" ", words))):
                continue   # "두 기관은" besides "이번 협약으로"
            items = prose_items(words, parties=True)
            if len(items) >= 2:
                return [a for _, a in as_areas([(m.start(1) + o, i) for o, i in items], s)]
    return []


# Rule quoted-promise: the areas told only in a head's promise, quoted ("A, B, C를 기업과
# 함께하겠다", "가온시와 함께 A와 B를 함께 하겠다"): the object of a first-person promise to
# do it together, two items or more; a partner named before the list ("가온시와 함께") is no
# item. Not a hope ("…도시를 만들겠다") nor one side's own plan (no promise together).
_PROMISED_LIST = re.compile(rf"(?<=\S)(?:을|를)\s+(?:[^\s,]+(?:과|와)\s+)?(?:{PROMISE_TOGETHER})")
_WITH_PARTNER = re.compile(r"\s*(?P<partner>[^\s,]+)(?:과|와)\s+함께\s+")
# Rule quoted-promise-with: "누리대와 함께 A, B, C를 추진하겠다" — the together said before the
# list, a verb of taking up after it: a promise together only when the partner is a party
_PROMISED_DEED = re.compile(
    r"(?<=\S)(?:을|를)\s+(?:적극\s+)?(?:추진|펼치|진행|실천)\S*(?:\s+나가)?겠")


def quoted_promise(doc: Document, signing: Sentence, parties: tuple[str, ...]) -> list[Area]:
    """Rule quoted-promise: the list a head's quoted words after the signing promise to take
    up together."""
    for s in doc.sentences:
        if s.start <= signing.start or doc.is_caption(s):
            continue
        for m in _QUOTED.finditer(s.text):
            words = m.group(1)
            promise = _PROMISED_LIST.search(words) or _PROMISED_DEED.search(words)
            if promise is None:
                continue
            tokens = tokenize(words)
            start = list_start(tokens, promise.start(), words)
            partner = _WITH_PARTNER.match(words, start)
            if promise.re is _PROMISED_DEED \
                    and not (partner and names_party(partner["partner"], signing.text)):
                continue   # "시민과 함께 …를 추진하겠다", or no partner: one side's own plan
            start = partner.end() if partner else start
            items = split_prose(words, start, promise.start(), tokens)
            if len(items) >= 2:
                return [a for _, a in as_areas([(m.start(1) + o, i) for o, i in items], s)]
    return []


# "'청년 창업기금 지원 업무협약'을 체결했다", "청년 창업 지원을 위한 협약을 맺었다":
# the agreement named by what it does
_QUOTED_TITLE = re.compile(
    rf"[‘'\"“]([^’'\"”]{{4,60}}?)\s*(?:업무\s*)?(?:{AGREEMENT})(?:\s*체결)?(?:식)?[’'\"”]"
    rf"|[‘'\"“]([^’'\"”]{{4,60}}?)[’'\"”]\s*(?:업무\s*)?(?:{AGREEMENT})"
)   # "'청년 창업기금 지원 협약'", "'청년 창업기금 지원' 협약"
_FOR_TITLE = re.compile(
    rf"(?:(?:을|를)\s+위한|(?<=\S)에\s*(?:관한|대한)|(?<=\S)에\s+(?:(?:{ADVERB})\s+)?"
    r"(?:협력|협조)(?:하는|하기\s*위한)(?:\s+내용의)?)\s+"
    rf"(?:업무\s*)?(?:{AGREEMENT})"
)   # "A, B 등에 관한 협약", "A와 B에 상호 협력하는 내용의 협약"
_PURPOSE_WORD = re.compile(r"위한\s+|위해\s+")


# A headline's verb of agreeing: what it does comes before it ("A-B, X·Y 맞손")
_HEADLINE_CUE = re.compile(
    rf"\s['‘]?(?:(?:업무|상호)\s*)?(?:협력\s*)?(?:{AGREEMENT}|맞손|손잡|손\s*맞잡|협력\s*(?:체결|나서|강화))"
)   # the verb may stand in quotes: "A-B, X 교류 '맞손'"
_HEADLINE_PARTIES = re.compile(r"^.*(?:,|\S(?:와|과))\s+")
_HEADLINE_FRAME = re.compile(r"\s*(?:(?:을|를)?\s*위(?:해|한)|협력|상호|공동|위한)$")


def headlined(doc: Document, signing: Sentence, parties: tuple[str, ...]) -> list[Area]:
    """When neither the body nor the agreement's name states areas, the headline's words
    before its verb of agreeing, if they name activities ("가온시-한별대, 청년 창업 지원 맞손")."""
    head = doc.sentences[0] if doc.sentences else None
    if head is None or head.start >= signing.start or in_paragraph(doc, head) \
            or re.search(r"다\.?\s*$|[\"“”]", head.text):
        return []   # the first sentence, a line of its own that is no body sentence
    cue = _HEADLINE_CUE.search(head.text)
    if cue is None:
        return []
    what = _HEADLINE_PARTIES.sub("", head.text[: cue.start()])
    while (frame := _HEADLINE_FRAME.search(what)) and frame.start() > 0:
        what = what[: frame.start()]
    if not what.strip() or what.strip() == head.text[: cue.start()].strip():
        return []   # no parties before the words: not a headline of this shape
    start = head.text.find(what)
    areas = _activities(head, start, start + len(what))
    if areas is None or _purpose_in_body(doc, head, what.strip()):
        return []
    return areas


def _purpose_in_body(doc: Document, head: Sentence, what: str) -> bool:
    """Whether the body gives the headline's words as what the parties sign or join hands
    for ("…가 X을 위해 손을 맞잡았다"): then X is the agreement's purpose, as the annotators
    read "X를 위해 협약식을 가졌다", not an area."""
    purpose = re.compile(re.escape(what) + r"(?:을|를)\s+위(?:해|하여)\s")
    return any(purpose.search(s.text) for s in doc.sentences if s.start > head.start)


# A subtitle line under the headline: "- A·B 협력", "…A, B 등 맞손"
_SUBTITLE = re.compile(r"^\s*(?:-|…|ㅡ|―|·{2,3}|\.{3})\s*")
# …and the words that close it: what the sides do with the list
_SUBTITLE_CUE = re.compile(
    rf"\s*(?:등\s*)?(?:(?:\S+\s+)?(?:분야|부문)(?:에서)?\s*)?(?:(?:상호|공동|업무)\s*)?"
    rf"(?:협력|협약|맞손|손잡|추진|나서|{COOP_VERB})\S*\s*$"
)


def subtitled(doc: Document, signing: Sentence, parties: tuple[str, ...]) -> list[Area]:
    """When the body states no areas, a subtitle line between the headline and the body that
    lists them ("한빛시-누리대 협약" / "- 청년 창업 지원·지역 축제 공동 홍보 협력"), if every
    item names an activity. The line right under the headline needs no dash (rule
    bare-subtitle), and its last item may carry 도 ("…·생활체육 교류전도 추진")."""
    for index, s in enumerate(doc.sentences[1:4], start=1):
        if s.start >= signing.start or in_paragraph(doc, s) or QUOTE.search(s.text):
            break
        head = _SUBTITLE.match(s.text) or (_BARE_SUBTITLE.match(s.text) if index == 1 else None)
        cue = _SUBTITLE_CUE.search(s.text)
        if head is None or cue is None or re.search(r"다\.?\s*$", s.text):
            continue
        end = cue.start()
        if (areas := _activities(s, head.end(), end)) is None and s.text[end - 1] == "도":
            areas = _activities(s, head.end(), end - 1)   # "…교류전도 추진": also, with 도
        if areas is not None:
            return areas
    return []


_BARE_SUBTITLE = re.compile(r"^\s*")


def subtitle_list(doc: Document, signing: Sentence, parties: tuple[str, ...]) -> list[Area]:
    """Rule subtitle-list: a subtitle that lists two activities or more ("관광 상품 공동
    개발, 축제 상호 홍보 등 협력") says what the agreement covers more fully than its name
    ("'관광 교류 협약'"): it answers before the name does, with the headline's item beside
    it when there is one (``headline_and_subtitle``); a subtitle of one item waits its turn."""
    found = subtitled(doc, signing, parties)
    if len(found) < 2:
        return []
    return headline_and_subtitle(doc, signing, parties) or found   # the headline's one too


def headline_and_subtitle(doc: Document, signing: Sentence,
                          parties: tuple[str, ...]) -> list[Area]:
    """When the body states no areas, the headline's and the subtitle's together: the
    headline may tell one ("A-B, 청소년 홈스테이 교류 맞손") and the subtitle the others ("관광
    상품 공동 개발·생활체육 교류전도 추진"); a subtitle repeating the headline adds nothing."""
    headline, subtitle = headlined(doc, signing, parties), subtitled(doc, signing, parties)
    if not headline or not subtitle:
        return []
    return [a for a in headline if all(_dice(a.label, b.label) < 0.5 for b in subtitle)] \
        + subtitle


def _dice(a: str, b: str) -> float:
    x, y = (t.replace(" ", "") for t in (a, b))
    bx = {x[i : i + 2] for i in range(len(x) - 1)}
    by = {y[i : i + 2] for i in range(len(y) - 1)}
    return 2 * len(bx & by) / (len(bx) + len(by)) if bx and by else float(x == y)


def by_title(doc: Document, signing: Sentence, parties: tuple[str, ...]) -> list[Area]:
    """When the article states no areas, what the agreement's own name says it does, if that
    ends in an activity ("창업기금 지원"; not a purpose like "상생 발전" or "지속 가능한 교회")."""
    text = signing.text
    quoted = _QUOTED_TITLE.search(text)
    name = (1 if quoted.group(1) else 2) if quoted else 0
    if quoted and _PURPOSE_WORD.search(quoted.group(name)):
        return []   # "'A 활성화를 위한 B 지원' 협약": a name framed by its purpose
    if quoted:
        start, end = quoted.start(name), quoted.end(name)
    elif titled := _FOR_TITLE.search(text):
        end = titled.start()
        start = list_start(tokenize(text), end, text)
        start = max([m.end() for m in _PURPOSE_WORD.finditer(text, start, end)] + [start])
    else:
        return []
    return _activities(signing, start, end) or []


# Rule deed-contents: "가온시는 솔빛테크와 폐비닐을 모아 재생 원료로 가공하는 내용의 협약을
# 맺었다": the agreement named by a clause of doing after the partner (an object and its verb,
# "…하는"/"…짓는" before 내용의), which is what the sides agreed to do. The verb's stem is the
# item's end, as in the other clauses read ("…재생 원료로 가공", "…공장을 짓")
_DEED_NAMED = re.compile(
    r"(?:^|\s)(?P<partner>[^\s,]+?)(?:과|와)\s+"
    r"(?P<deed>[^,.\"“”'‘’]{2,90}?(?:을|를)\s[^,.\"“”'‘’]{0,60}?[가-힣])(?:하는|는)\s+내용의\s+"
    rf"(?:[^\s,]+\s+)?[^\s,]*(?:{AGREEMENT})")


# the verbs of an aim, not a deed ("상생 발전을 도모하는", "협력 방안을 모색하는")
_AIMING = re.compile(r"(?:도모|모색|증진|향상|제고|강화|다짐|약속|합의|꾀)$")


def deed_named(doc: Document, signing: Sentence, parties: tuple[str, ...]) -> list[Area]:
    """Rule deed-contents: the clause of doing the agreement is named by, right after a party
    of it; not a purpose ("…위해", "상생 발전을 도모하는"), nor a quote."""
    for m in _DEED_NAMED.finditer(signing.text):
        deed = m["deed"]
        if any(m["partner"].startswith(p) for p in parties if len(p) >= 2) \
                and not _PURPOSE_WORD.search(deed + " ") and not QUOTE.search(deed) \
                and not _AIMING.search(deed):
            return [a for _, a in as_areas(_each_deed(deed, m.start("deed")), signing)]
    return []


# Rule deed-pair: "…강좌를 열고 특산물 브랜드를 함께 개발하는 내용의 협약": two clauses of
# doing, each with its object, joined by 고/며: one item each (GUIDELINES: one per listed
# activity), the first cut at its stem as the last is ("…강좌를 열", "…강좌를 개설"); a noun
# ending in 고 ("광고", "재고", "최고") ends no clause
_DEED_JOIN = re.compile(r"(?<![금창광재최])(?:하고|고|하며|으며|며),?\s+")
_HAS_OBJECT = re.compile(r"\S(?:을|를)\s")


def _each_deed(deed: str, at: int) -> list[tuple[int, str]]:
    """``deed`` (written at ``at``) as one item per clause of doing with an object."""
    parts, start = [], 0
    for j in _DEED_JOIN.finditer(deed):
        if _HAS_OBJECT.search(deed, start, j.start()) and _HAS_OBJECT.search(deed, j.end()):
            parts.append((at + start, deed[start : j.start()]))
            start = j.end()
    return [*parts, (at + start, deed[start:])]


# The kind of tie two places or bodies make ("우호교류", "자매결연", "친선 협력"): the
# agreement's kind, not what it covers
_TIE_KIND = re.compile(r"^(?:국제\s*)?(?:우호|친선|자매)\s*(?:결연|도시)?\s*(?:교류|협력)?$")


def _activities(s: Sentence, start: int, end: int) -> list[Area] | None:
    """The items of ``s.text[start:end]`` as areas when each names an activity ("청년 창업
    지원", "공동 홍보"; not a purpose like "상생 발전"); None when one does not."""
    activities = lexicon_words("activity_nouns.txt")
    items = [clean(i) for _, i in split_prose(s.text, start, end, tokenize(s.text))]
    if not items or not all(any(i.endswith(a) for a in activities) for i in items):
        return None
    if any(_TIE_KIND.match(i) for i in items):
        return None   # rule tie-kind: "우호교류 협약" names the kind of tie, no activity
    span = Span(s.start, s.end, s.text)
    return [Area(i, span) for i in items if len(i) >= 2]


# What each fallback takes: the article, the signing sentence and the names of the agreement's
# parties (a fallback may need only some of them); it returns the areas it finds, or none.
Fallback = Callable[[Document, Sentence, tuple[str, ...]], list[Area]]

# Tried in this order when nothing after the signing states areas; the first that finds any
# answers. A new source of areas is a new row (and a row in tests/test_areas.py).
FALLBACKS: tuple[Fallback, ...] = (
    subtitle_list,   # a subtitle listing two or more: "관광 상품 공동 개발, 축제 상호 홍보 등 협력"
    by_title,     # the agreement's own name: "'청년 창업기금 지원 업무협약'을 체결했다"
    deed_named,   # a clause of doing names it: "…를 모아 재생 원료로 가공하는 내용의 협약"
    named_each,   # "누리대와 창업 지원 협약을, 다솜병원과 건강 검진 협약을 각각 체결했다"
    captioned,    # a photo caption that lists them or names the agreement by them
    quoted,       # a head's words: "이번 협약으로 두 기관은 A, B에 힘을 쏟게 됐다"
    quoted_promise,   # a head's promise: "A, B, C를 기업과 함께하겠다"
    teaser,       # the lead right before: "가온시가 누리대와 손잡고 A과 B에 나선다."
    headline_and_subtitle,   # one in the headline, the others in the subtitle under it
    subtitled,    # the line under the headline: "- 청년 창업 지원·지역 축제 공동 홍보 협력"
    headlined,    # the headline's words before its verb: "가온시-한별대, 지역 인재 양성 맞손"
)
