"""The cooperation areas an agreement covers, worded as in the article.

Three constructions carry them, tried in this order:

* bullet lists — "▲A ▲B ▲C 등이다", "△A △B 등을 추진하기로 했다", "1. A, 2. B", "①A ②B",
  bullets on their own lines after "다음과 같다"; one item per bullet, the closing
  "등이다" / "을 주요 내용으로 담았다" cut off the last one;
* prose lists — "A, B와 C 등에 협력하기로 했다", "주요 내용은 A, B 등이다", "A와 B를 위해 공동
  노력키로 했다", "A와 B에 대해 상호 협력한다", split at commas and at 과/와 between items;
* clauses of what each side will do — "협약에 따라 A는 X에 앞장서고, B는 Y를 제공하기로 했다";
* when none of these states an area, the agreement's own name, if it names activities —
  "'청년 창업기금 지원 업무협약'을 체결했다", "A 지원 및 B 확대를 위한 협약" — and
  else the headline's words before its verb ("가온시-한별대, 지역 인재 양성 맞손").

Items come from the signing sentence and the sentences after it, up to a later signing;
quotes, asides ("한편 …"), what was done before ("…해 왔다", "바 있다"), the general
purpose ("상호 발전") and vague objects ("다양한 정책") are left out.
"""
from __future__ import annotations

import re

from ...lexicons import lexicon_words
from ...model import Area, Span
from ...morph import tokenize
from ...text import Document, Sentence
from ..cues import ADVERB, AGREEMENT, COOP_VERB, EARLIER, SIGN_VERB
from .blocks import in_paragraph, read_blocks
from .bullets import bullet_items, bullet_labels, last_sentence, prose_after_bullets
from .duties import (
    adds_to_list,
    clause_eligible,
    clause_items,
    listed_span,
    one_partys_topic,
    other_share,
)
from .items import GO_ON, QUOTE, as_areas, clean, list_start, split_prose
from .parties import lead_subject, names_party
from .prose import CONTENTS_ANNOUNCED, announced_list, contents_clauses, prose_items
from .refusals import AIM_OF_AGREEMENT, SIGNED, done_before, earlier_agreement, one_sides_plan


def find_areas(doc: Document, signing: Sentence, *,
               parties: tuple[str, ...] = ()) -> list[Area]:
    """The cooperation areas of the agreement reported in ``signing``, in article order:
    those stated after it, else after an earlier sentence reporting the same signing (the
    lead may be a summary at the end: "…와 잇따라 협약을 체결했다"), else what the agreement's
    name, a caption or the headline says. ``parties``: the names (and aliases) of the
    agreement's parties, which tell its own name where one sentence reports two."""
    if stated := _stated(doc, signing):
        return stated
    earlier = _earlier_report(doc, signing)
    if earlier is not None and (stated := _stated(doc, earlier)):
        return stated
    return _titled(signing) or _named_each(signing, parties) or _captioned(doc, signing) \
        or _teaser(doc, signing) or _subtitled(doc, signing) or _headlined(doc, signing)


# "누리대와 창업 지원 협약을, 다솜병원과 건강 검진 협약을 각각 체결했다": two agreements in
# one sentence, each named by what it does right after its partner
_NAMED_EACH = re.compile(
    rf"([가-힣A-Za-z0-9]+?)(?:과|와)\s+([^\s,.'\"‘’“”]+(?:\s[^\s,.'\"‘’“”]+){{0,3}}?)\s*"
    rf"(?:업무\s*)?(?:{AGREEMENT})(?:을|를)(?=,|\s+(?:각각\s+)?(?:{SIGN_VERB}|맺))"
)


def _named_each(signing: Sentence, parties: tuple[str, ...]) -> list[Area]:
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


def _teaser(doc: Document, signing: Sentence) -> list[Area]:
    """"가온시가 누리대와 손잡고 A과 B에 나선다." right before the signing sentence: a lead that
    tells what the parties take up, when nothing after the signing states it."""
    before = [s for s in doc.sentences if s.end <= signing.start and not doc.is_caption(s)]
    if not before or not re.search(r"다\.\s*$", before[-1].text) \
            or not names_party(lead_subject(before[-1].text), signing.text):
        return []
    lead = before[-1]
    return [a for _, a in as_areas(prose_items(lead.text, parties=True), lead)]


def _earlier_report(doc: Document, signing: Sentence) -> Sentence | None:
    """The first body sentence before ``signing`` that reports a signing of an agreement."""
    for s in doc.sentences:
        if s.start >= signing.start:
            return None
        if not doc.is_caption(s) and re.search(AGREEMENT, s.text) and SIGNED.search(s.text) \
                and not EARLIER.search(s.text):
            return s
    return None


def _stated(doc: Document, signing: Sentence) -> list[Area]:
    """The areas stated in ``signing`` and the sentences after it.

    A bullet list wins over the prose lists (which mostly repeat it); the clauses that add
    to it ("또 A를 공급하고 B를 파견하기로 했다") count beside the bullets.
    """
    bulleted: list[tuple[tuple[int, int], Area]] = []   # (where, area): article order
    prose: list[tuple[tuple[int, int], Area]] = []
    clauses: list[tuple[tuple[int, int], Area]] = []
    previous_ok = False
    duty_topic: str | None = None   # the party whose duty the block before told
    last_block = -1   # where the last prose block starts
    right_after = False   # the block follows the signing, or duties told right after it
    announced = False   # the block before announced the contents ("내용은 크게 세 가지다")
    for index, block in enumerate(read_blocks(doc, signing)):
        span = Span(block.start, block.end, block.text)
        after_announcement, announced = announced, False
        found = bullet_items(block.text)
        if found is not None and one_sides_plan(last_sentence(found[0]), signing):
            continue   # "가온시는 올해 다음 사업을 추진한다. ▲A ▲B": its own programme
        if found is not None:
            labels = bullet_labels(block.text, *found, after_signing=index == 1)
            if labels:   # "▲A ▲B 등에 합의하고 C, D 등을 협력할 예정이다": C, D too
                labels += [clean(i) for _, i in prose_after_bullets(block.text, found[1])]
            bulleted += [((block.start, k), Area(label, span)) for k, label in enumerate(labels)
                         if len(label) >= 2]
            if labels and GO_ON.match(block.text):   # "A, B에 … 아울러 ▲C ▲D": A, B too
                clauses += [a for a in prose if a[0][0] == last_block]
            previous_ok = previous_ok or bool(labels)   # "또 …" goes on after the list
            continue
        share = other_share(block.text, duty_topic, signing)
        if not share and one_sides_plan(block.text, signing) \
                or earlier_agreement(block, signing) \
                or AIM_OF_AGREEMENT.search(block.text) or done_before(block, signing):
            previous_ok = False   # "또 …" after it goes on with that plan
            duty_topic = None
            right_after = False
            continue
        # the signing sentence names the parties itself ("A와 B는 협약을 맺고 C에 손을 맞잡았다")
        listed = prose_items(block.text, signing=block.start == signing.start) \
            or contents_clauses(block.text, signing.text) \
            or (announced_list(block.text) if after_announcement else [])
        announced = bool(CONTENTS_ANNOUNCED.search(block.text))
        last_block = block.start
        previous_ok = share or clause_eligible(block.text, signing, previous_ok, right_after)
        duty_topic = None
        right_after = index == 0   # the next duty may follow the signing, or a duty
        if previous_ok:
            found_clauses = clause_items(block.text, listed_span(listed, block.text), signing.text)
            right_after = right_after or bool(found_clauses)
            duty_topic = one_partys_topic(block.text, found_clauses)
            if adds_to_list(block.text):
                clauses += as_areas(found_clauses, block)
            listed = sorted(listed + found_clauses)
        # "A, B 등의 교류도 적극 지원한다. 아울러 C를 …": a list of the agreement read here,
        # the next sentence may go on with it
        previous_ok = previous_ok or bool(listed) and not QUOTE.search(block.text)
        prose += as_areas(listed, block)
    return _once(sorted(bulleted + clauses if bulleted else prose, key=lambda keyed: keyed[0]))


def _once(keyed: list[tuple[tuple[int, int], Area]]) -> list[Area]:
    """The areas in order, the same list repeated (subtitle, caption, body) giving each once."""
    unique: list[Area] = []
    for _, area in keyed:
        if all(_dice(area.label, kept.label) < 0.7 for kept in unique):
            unique.append(area)
    return unique


def _captioned(doc: Document, signing: Sentence) -> list[Area]:
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
        if areas := [a for _, a in as_areas(prose_items(s.text, signing=True), s)] or _titled(s):
            return areas
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
    rf"\s(?:(?:업무|상호)\s*)?(?:협력\s*)?(?:{AGREEMENT}|맞손|손잡|손\s*맞잡|협력\s*(?:체결|나서|강화))"
)
_HEADLINE_PARTIES = re.compile(r"^.*(?:,|\S(?:와|과))\s+")
_HEADLINE_FRAME = re.compile(r"\s*(?:(?:을|를)?\s*위(?:해|한)|협력|상호|공동|위한)$")


def _headlined(doc: Document, signing: Sentence) -> list[Area]:
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
    activities = lexicon_words("activity_nouns.txt")
    tokens = tokenize(head.text)
    items = [(o, clean(i)) for o, i in split_prose(head.text, start, start + len(what), tokens)]
    if not items or not all(any(i.endswith(a) for a in activities) for _, i in items):
        return []
    if _purpose_in_body(doc, head, what.strip()):
        return []
    span = Span(head.start, head.end, head.text)
    return [Area(i, span) for _, i in items if len(i) >= 2]


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


def _subtitled(doc: Document, signing: Sentence) -> list[Area]:
    """When the body states no areas, a subtitle line between the headline and the body that
    lists them ("한빛시-누리대 협약" / "- 청년 창업 지원·지역 축제 공동 홍보 협력"), if every
    item names an activity."""
    for s in doc.sentences[1:4]:
        if s.start >= signing.start or in_paragraph(doc, s) or QUOTE.search(s.text):
            break
        head = _SUBTITLE.match(s.text)
        cue = _SUBTITLE_CUE.search(s.text)
        if head is None or cue is None or re.search(r"다\.?\s*$", s.text):
            continue
        items = [(o, clean(i))
                 for o, i in split_prose(s.text, head.end(), cue.start(), tokenize(s.text))]
        activities = lexicon_words("activity_nouns.txt")
        if items and all(any(i.endswith(a) for a in activities) for _, i in items):
            span = Span(s.start, s.end, s.text)
            return [Area(i, span) for _, i in items if len(i) >= 2]
    return []


def _titled(signing: Sentence) -> list[Area]:
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
    activities = lexicon_words("activity_nouns.txt")
    items = [(o, clean(i)) for o, i in split_prose(text, start, end, tokenize(text))]
    if not items or not all(any(i.endswith(a) for a in activities) for _, i in items):
        return []
    span = Span(signing.start, signing.end, text)
    return [Area(i, span) for _, i in items if len(i) >= 2]


def _dice(a: str, b: str) -> float:
    x, y = (re.sub(r"\s+", "", t) for t in (a, b))
    bx = {x[i : i + 2] for i in range(len(x) - 1)} or {x}
    by = {y[i : i + 2] for i in range(len(y) - 1)} or {y}
    return 2 * len(bx & by) / (len(bx) + len(by))
