"""Prose lists closed by 등: "A, B와 C 등에 협력하기로 했다", "주요 내용은 A, B
등이다", "A, B 등 X를 지원" (examples of one thing done)."""
from __future__ import annotations

import re

from ...lexicons import count_words_pattern, lexicon_words
from ..cues import ADVERB, AGREEMENT, CONTENTS, COOP_VERB, PLAN
from .items import ADVERBS, QUOTE, UNDER_AGREEMENT, LazyTokens, list_start, split_prose
from .parties import TOPIC_MARK
from .refusals import ATTENDING
from .verbs import HA_END

_PARTICLE = r"(?:을|를|에도|에|에서|의|이다|이며|이고|이|으로|로|과|와|도)"
# "등" closing a list: "등에 협력", "등을 약속", "등이다", "등 9개 항", "등 다양한 분야에서"
CLOSING_DEUNG = re.compile(
    rf"\s?등(?:{_PARTICLE}(?=[\s.,]|$)|(?=\s+(?:\d+\s*개|다양한|여러|각종|총|모두|\d+\s*가지|폭넓은|다방면|분야|부문)))"
)
# "A, B 등에 협력하기로 했다": the predicate after a prose list must be about cooperating.
_COOP = re.compile(
    r"협력|노력|추진|합의|약속|명시|담|나서|지원|교류|협의|이바지|힘쓰|힘쓸|힘써|상호협력|하기로|키로|"
    rf"내용|골자|펼치|펼쳐|도모|함께|공동|{COOP_VERB}"
)
# what a cooperation's reach is called: "협력 분야를 넓힐", "협력 범위를 넓힐", "협력 영역을 확대할"
_SCOPE_NOUN = r"(?:분야|범위|영역)"
# "등" closing a prose list; "등으로"/"등과" rather start a clause of means or company.
_PROSE_CLOSING = re.compile(
    r"(?<!평)(?<!고)(?<!초)(?<!중)(?<!동)(?<!균)(?<!차)(?<!대)(?<!열)(?<!우)"  # 평등, 고등 …
    r"(?!(?<=[연로호광석])등)"   # a lamp written as one word: 연등, 가로등, 신호등, 형광등, 석등
    r"\s?등(?:(?:에서|에도|에|을|를|의|이다|이며|도)(?=[\s.,]|$)|으로(?=\s*(?:구성|이뤄|이루어|짜여))"
    r"|으로(?=\s*(?:\S+\s+)?\S*" + _SCOPE_NOUN + r"를\s+(?:넓|확대|확장|늘))"
    r"|으로(?=,)"   # "주요 내용은 A, B 등으로, 시는 …": the contents run on (rule contents-run-on)
    # "협력 내용은 A, B 등으로 알려졌다": the contents as reported (rule contents-reported)
    r"|으로(?=\s*(?:알려졌|알려진다|전해졌|파악됐|확인됐))"
    r"|(?=\.\s*$)"   # "주요 내용은 A, B 등.": a nominal sentence (rule contents-nominal)
    r"|이(?=\s*(?:포함|담겼|담겨|들어|명시|활성화|활발|추진|강화|확대|이뤄|이루어))|(?=\s))"
)
# "협약을 통해 A, B 등이 활성화될 예정이다", "A, B 등으로 협력 분야를 넓힐 계획이다":
# the agreement makes the list happen, no verb of cooperating needed
_BROUGHT_ABOUT = re.compile(r"\s?등(?:이|으로)$")
# "주요 내용은 A, B 등이다": the list is what the agreement holds, no verb needed
CONTENT_TOPIC = re.compile(
    rf"(?:{CONTENTS}|골자|핵심|(?:{AGREEMENT})서?|합의)(?:은|는|으로는|에는)\s"
    r"|(?:^|\s)구체적으로는\s"   # "구체적으로는 A, B 등이다"
)
# After a bare "등": a count of parties ("등 세 개 기업과") or of people ("등 20여 명이"),
# the signing itself.
_PARTY_COUNT = re.compile(
    r"^\s*(?:\S+\s){0,2}?(?:\d+|" + count_words_pattern(2, 6) + r"|여러|수십|수백)\s*여?\s*"
    r"(?:개|곳|명|인)"
    r"(?!\s*(?:분야|항목|과제|부문|영역|사업))|체결|맺"
)   # "등 세 개 기업과", "등 20여 명이" (not "등 3개 분야에서")
# "등 4개 기관이", "등 3곳과", "등 세 개 기업은": the list counted as bodies, whatever
# closes it (not "등 9개 항", "등 3개 분야에서")
_BODIES_COUNTED = re.compile(
    r"^\s*(?:\d+|" + count_words_pattern(2, 10) + r")\s*(?:개\s*)?"
    r"(?:곳|개사|기관|기업|대학|단체|업체|지자체|자치단체|시군|병원|학교|협회|공공기관|회사)")
# The scope of a whole list before its first item: "해외 물류사업 부문에 대한 A, B, C"
_SCOPE = re.compile(r"^\s*(?:\S+\s){0,3}?\S*(?:부문|분야)에\s*(?:대한|관한|있어서?)\s+")


def _coop_follows(rest: str) -> bool:
    """Whether ``rest`` (what follows a list) says the sides cooperate on it.

    The cue must head its word ("협력하기로", "상호협력", not "산학협력단장") and the word
    must not modify a noun ("추진하는 모든 사업"); people attending come first otherwise.
    """
    for m in _COOP.finditer(rest):
        if ATTENDING.search(rest[: m.end()]):
            return False
        word_start = rest.rfind(" ", 0, m.start()) + 1
        word = re.match(r"\S*", rest[word_start:])
        text = word.group() if word else ""
        prefix = rest[word_start : m.start()]
        if prefix and prefix not in ADVERBS:
            continue
        after = rest[word_start + len(text) :].split()
        # "협력할 계획" is the sides' plan; "추진하는 모든 사업" only modifies a noun
        if re.search(r"(?:하는|되는|하던|된|한|할)$", text) and not (
            after and re.match(rf"(?:{PLAN}|것)", after[0])
        ):
            continue
        return True
    return False


def _after_contents_topic(text: str, start: int) -> int:
    """"주요 내용은 A, B, 양 기관이 필요하다고 인정하는 사항 등이다": under a topic of
    contents the list runs from the topic; an ending inside an item ("필요하다고") is no
    boundary when a comma before it separates items of the same list."""
    topics = [t for t in CONTENT_TOPIC.finditer(text, 0, start) if t.end() <= start]
    if not topics:
        return start
    lead = text[topics[-1].end() : start]
    if "," in lead and not QUOTE.search(lead) and not re.search(TOPIC_MARK, lead) \
            and not re.search(r"\S(?:며|고|서|면|데),", lead):   # "…추진됐으며, 앞으로 A": a clause
        return topics[-1].end()
    return start


def closed_by_deung(text: str, tokens: LazyTokens) -> list[tuple[int, str]] | None:
    """"A, B 등에 협력하기로 했다", "주요 내용은 A, B 등이다": a list closed by 등."""
    closings = sorted(
        _PROSE_CLOSING.finditer(text),
        key=lambda m: (not CLOSING_DEUNG.match(text, m.start()), m.start()),
    )  # "등에/등을 …" first, a bare "등 …" only when no other closes the list
    for m in closings:
        rest = text[m.end() : m.end() + 50]
        bare = not CLOSING_DEUNG.match(text, m.start())
        if (bare or _BODIES_COUNTED.match(rest)) and _PARTY_COUNT.search(rest[:20]):
            continue   # "A, B 등 4개 기관이": a list of the parties (rule counted-bodies)
        if bare and _TOPIC_AFTER.match(rest):
            continue   # "특허 등 연구 결과물은 공동 소유한다": the list names a topic, no field
        if bare and re.match(r"\s*\S+(?:을|를)\s+(?:\S+\s+)?\S+(?:하는|되는)\s", rest):
            continue   # "A, B 등 정보를 제공하는 챗봇": the list only qualifies a noun
        copula = re.match(r"\s?등(?:이다|이며|으로|이$)", text[m.start() : m.end()]) \
            or text[m.end() :].strip() == "."   # rule contents-nominal
        content = copula and CONTENT_TOPIC.search(text, 0, m.start()) \
            and not _PROSPECT.match(rest)   # "분야는 A, B 등으로 확대될 전망이다": a forecast
        if text.startswith("으로,", m.end() - 2):   # rule contents-run-on
            if not content:
                continue   # "A, B 등으로, …" under no topic of contents: a means
            rest = ""   # what runs on after the comma is another clause's
        brought = _BROUGHT_ABOUT.match(text[m.start() : m.end()]) and (
            UNDER_AGREEMENT.search(text, 0, m.start())
            or re.search(_SCOPE_NOUN + "를", rest[:15]))
        if not content and not brought and not _coop_follows(rest):
            continue
        if re.match(r"\s*\S*(?:하는|되는|있는|된)\s", rest):
            continue
        if (_DONE_BEFORE.search(rest) or _ONGOING.search(rest)) \
                and not re.search(r"(?<!계)기로|키로", rest):
            continue  # "인력 교류 등을 추진해 왔다": what the sides did before
        start = _after_contents_topic(text, list_start(tokens(), m.start(), text))
        items = clauses_of_contents(text, start) + split_prose(text, start, m.start(), tokens())
        if items and re.search(r"(?:하는|되는|있는)$", items[-1][1].strip()):
            continue   # "챗봇을 개발하는 등": a clause goes on, no list ends here
        if kind := _examples_of_kind(text, start, m):
            return _kind_then_joined(text, start, m.end(), kind, tokens)
        if last := _last_with_its_kind(text, items, m):
            return [*items[:-1], last]
        if whole := _list_with_its_verb(text, items, m.end()):
            return [*items[: whole[0]], (items[whole[0]][0], whole[1])]
        if items:
            # "해외 물류사업 부문에 대한 A, B, C": the scope of the whole list, not of A
            first = _SCOPE.sub("", items[0][1], count=1)
            # "창업 지원단을 중심으로 A, B 등": the means is no part of A
            first = re.sub(r"^.*?(?:을|를)\s+(?:바탕으로|토대로|중심으로)\s+", "", first)
            return [(items[0][0], first), *items[1:]] if first.strip() else items[1:]
    return None


# "…등으로 확대될 전망이다", "…등으로 넓어질 것으로 기대된다": what may come, not the terms
_PROSPECT = re.compile(r"\s*(?:\S+\s+){0,2}?\S*(?:될|질|날|갈)\s*(?:전망|것으로|예정|수)")


# After "A, B 등", "A, B 등의", "A, B 등에 대한": words that say the list is the items
# themselves ("등 다양한 분야에서", "등의 내용을", "등 상호 협력 방안을")
_CONTAINER = re.compile(
    r"\s*(?:다양한|여러|각종|총|모두|\d|상호|공동|협력|분야|부문|내용|사항|사업|업무|관련|제반|폭넓은|"
    r"주요|다방면|전반|폭넓은|활동|교류|지원|협조|과제|항목|방안)"
)
# An item that names an activity, not a thing: "… 지원", "… 교류", "… 개발"
_ACTIVITY_END = re.compile(
    r"(?:지원|교류|협력|추진|개발|운영|육성|양성|구축|발굴|공유|활용|제공|확대|강화|개최|"
    r"연구|교육|홍보|조성|유치|참여|파견|실시|관리)(?=\s*(?:,|$))"
)
# The noun phrase after the list: up to the word that ends it with a particle
_KIND = re.compile(
    r"(?:\s+(?!\S*(?:하는|되는|된|한|할)\s)\S+?)*?\s*\S+?(?=(?:을|를|에|도|으로|로)\s)"
)


# "A 등 X은 …": the list qualifies the sentence's topic
_TOPIC_AFTER = re.compile(r"\s*(?:\S+\s+){0,3}?\S+(?<!하)(?<!되)(?<!있)(?<!없)(?:은|는)\s")


def _examples_of_kind(text: str, start: int, m: re.Match[str]) -> str | None:
    """"A, B 등 X를 지원", "A, B 등의 X에 협력", "A 등에 대한 X를 지원": A and B are examples
    of one thing done, X; the list with X is one area (as a bullet "행정, 문화 등 교류 확대")."""
    closing = text[m.start() : m.end()].strip()
    after = m.end()
    if closing in {"등에"}:
        about = re.match(r"\s*(?:대한|관한)(?=\s)", text[after:])
        if not about:
            return None
        after += about.end()
    elif closing not in {"등", "등의"}:
        return None
    if _CONTAINER.match(text, after) or _ACTIVITY_END.search(text[start : m.start()]):
        return None   # "A 지원, B 교류 등 …": activities are items of their own
    window = text[after : after + 80]   # a noun phrase of a few words (bounded work)
    kind = _KIND.match(window)
    if kind is None or len(kind.group().split()) > 6:
        return None
    return " ".join(text[start : after + kind.end()].split())


def _kind_then_joined(text: str, start: int, after: int, kind: str,
                      tokens: LazyTokens) -> list[tuple[int, str]]:
    """Rule examples-then-joined: "부지 알선 등 행정 지원과 세제 감면을 맡는다": the examples
    before 등 name the first of two whole activities joined by 과/와 (each of two words or
    more, ending in a noun of doing), so the second is an item of its own ("세제 감면");
    "행정, 문화 등 교류와 협력 확대" stays one (GUIDELINES: never split by guessing)."""
    letters = len(kind.replace(" ", ""))   # where the kind ends in the text, spaces aside
    end = next(i + 1 for i in range(start, len(text))
               if len(text[start : i + 1].replace(" ", "").replace("\n", "")) == letters)
    parts = split_prose(text, after, end, tokens())
    if len(parts) != 2 or not all(len(p.split()) >= 2 and _activity(p) for _, p in parts):
        return [(start, kind)]
    (first_at, first), (last_at, last) = parts
    return [(start, " ".join(text[start : first_at + len(first)].split())),
            (last_at + len(last) - len(last.lstrip()), " ".join(last.split()))]


def _last_with_its_kind(text: str, items: list[tuple[int, str]],
                        m: re.Match[str]) -> tuple[int, str] | None:
    """Rule last-item-examples: "A 개발, B 연동, 베트남·태국 등 동남아 시장 진출에 나선다":
    activities, then a last item naming no activity whose bare 등 gives examples of the
    activity after it; that item is "C 등 X" (the others stay as they are)."""
    if len(items) < 2 or text[m.start():m.end()].strip() != "등" or _CONTAINER.match(text, m.end()):
        return None
    at, last = items[-1]
    if _activity(last) or not all(_activity(i) for _, i in items[:-1]):
        return None
    kind = _KIND.match(text[m.end() : m.end() + 80])
    if kind is None or len(kind.group().split()) > 6 or not _activity(kind.group()):
        return None
    return at, " ".join(text[at : m.end() + kind.end()].split())


def _activity(item: str) -> bool:
    """Whether ``item`` ends in a noun of doing (activity_nouns.txt): "API 연동", "시장 진출"."""
    words = item.split()
    return bool(words) and any(words[-1].endswith(a) for a in lexicon_words("activity_nouns.txt"))


# "A, B 등을 추진하고 있다": what a side already does (not "…을 담고 있다", the contents)
_ONGOING = re.compile(
    r"(?<!담)(?<!명시하)(?<!포함하)(?<!규정하)(?<!두)(?<!로 하)(?<!로하)고\s*있(?:다|으며|는)"
    r"|(?:추진|진행|운영|시행|실시)\s*중(?:이다|이며|이고|에\s*있)"   # "…을 추진 중이다"
)


# "…해 왔다", "…을 이어왔다", "…한 바 있다": what was done before
_DONE_BEFORE = re.compile(r"(?:해|하여|와|여|어|아)\s*(?:왔|온)|바\s*있")


# After "A, B, C 등에 관해": the predicate's own object ("폭넓은 교류와 협력을 추진")
_OWN_OBJECT = re.compile(r"\s*(?:\S+\s+){0,3}?\S+(?:을|를)\s")
# After "A, B 등을": a verb of making or running them ("개설", "기획, 유치, 홍보")
_MAKE_VERB = re.compile(
    rf"\s*(?!(?:(?:{ADVERB})\s*)?(?:협력|지원|추진|협조|교류|공유))(?:공동\s*)?"
    r"\S+(?:,\s*\S+)*\s*\S*(?:하|할|키|운영)"
)   # "…을 공동 개최, 운영할 수 있도록": the verb before "수 있도록" too
_ENDS_VERB = re.compile(r"\S*(?:하|해|키|하여|혀|어|아|여)(?:고|며|기로|는|도록)?[.,]?|\S+할")


def _list_with_its_verb(text: str, items: list[tuple[int, str]],
                        after: int) -> tuple[int, str] | None:
    """"체육, 관광, 농업 등에 관해 폭넓은 교류를 추진": bare nouns that only say what the
    clause is about are no items of their own; the clause with its verb is one area.
    (k, label): the bare nouns from items[k] on (after "A 추진, 공연, 전시 등을 기획":
    "A 추진" stays an item of its own)."""
    k = len(items)
    while k > 0 and " " not in items[k - 1][1].strip() and len(items[k - 1][1].strip()) <= 5:
        k -= 1
    if len(items) - k < 2:
        return None
    items = items[k:]
    closing = text[items[-1][0] + len(items[-1][1]) : after]
    rest = text[after:]
    about = re.match(r"\s*(?:관해|대해|관하여|대하여|(?:의\s*)?(?:분야|부문)(?:에서|에))\s", rest)
    obj = _OWN_OBJECT.match(rest, about.end() if about else 0)
    if (about or "에서" in closing) and obj:
        pos = obj.end()
    elif re.search(r"을|를", closing) and _MAKE_VERB.match(rest):
        pos = 0
    else:
        return None
    for word in re.finditer(r"\S+", rest[pos:]):
        if _ENDS_VERB.fullmatch(word.group()):
            verb = HA_END.sub("", word.group().rstrip(".,"))
            label = text[items[0][0] : after + pos + word.start()] + verb
            return k, " ".join(label.split())
    return None


def clauses_of_contents(text: str, start: int) -> list[tuple[int, str]]:
    """"협정서에는 A, B 또는 C에 공동참여하고 D 등을 명시하고 있다": under a topic of contents,
    the clauses before the list closed by 등 are items too, one per comma, 또는 or clause."""
    topics = list(CONTENT_TOPIC.finditer(text, 0, start))
    topic = topics[-1] if topics else None
    if topic is None or not re.search(r"(?:하고|하며),?\s*$", text[topic.end() : start]):
        return []
    lead = text[topic.end() : start]
    if re.search(TOPIC_MARK, lead.replace("또는 ", "")) or QUOTE.search(lead):
        return []
    items = []
    pos = topic.end()
    for cut in re.finditer(r",\s*|\s또는\s|(?:하고|하며),?\s*", lead):
        item = text[pos : topic.end() + cut.start()]
        if item.strip():
            items.append((pos, item))
        pos = topic.end() + cut.end()
    return items
