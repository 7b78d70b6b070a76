"""Bullet and numbered lists: "▲A ▲B 등이다", "1. A, 2. B", "①A ②B", "첫째, A",
lines after "다음과 같다"; one item per bullet, the closing predicate cut off the last; whether
the list states what the agreement covers, and each party's duty as a bullet."""
from __future__ import annotations

import re
from typing import cast

from ...lexicons import count_words_pattern
from ...morph import tokenize
from ...text import (
    CIRCLED,
    LIST_HEADER,
    PHOTO_CAPTION,
    SYMBOLS,
    headline_stamped,
    item_mark,
)
from ..cues import (
    ADVERB,
    AGREEMENT,
    CONTENTS,
    COOP_VERB,
    COUNTED_BY,
    FACT_SHEET_LABEL,
    PLAN,
)
from ..orgs import looks_like_org
from .deung import CLOSING_DEUNG
from .duties import clause_body
from .items import QUOTE, clean
from .parties import names_party, short_for_party, topic_of
from .prose import COOP_TAIL, FIELD_TAIL, predicate_of_list, prose_items
from .refusals import (
    ATTENDING,
    CONDITION,
    NOT_AREAS_TOPIC,
    PARTNERS_SIGNED,
    PROGRAMME,
    SIGNED_ITEM,
    ceremony_steps,
    figures_listed,
    own_ongoing_programmes,
)
from .verbs import verb_item

# A symbol bullet anywhere; "-", "·", "*" only at the start of a line
# (inside a line they join words).
SYMBOL_BULLET = re.compile(
    rf"[{SYMBOLS}{CIRCLED}]|(?:^|\n)[ \t]*[-·ㆍ*∙‧–][ \t]*|(?<=[ \t])ㆍ(?=\S)"
    r"|(?:^|\n)[ \t]*[ㅇo][ \t]+(?=\S)"
)  # "ㆍ" (U+318D) also inline after a space: "ㆍA ㆍB" ("AㆍB" joins words); "ㅇ A" and
#    "o A" open a line as press releases write bullets
# "1. A, 2. B" / "1) A 2) B" / "(1) A (2) B" / "가. A 나. B" / "(가) A": a numbered item
# (checked for a running sequence)
_NUMBERED = re.compile(
    r"(?:^|(?<=[\s,;:]))(?:\((\d{1,2}|[가나다라마바사아자차카타파하])\)\s*"
    r"|(\d{1,2}|[가나다라마바사아자차카타파하])[.)]\s+)"
)
_HANGUL_ORDER = "가나다라마바사아자차카타파하"

# The sentence holding a list must be about what the agreement covers.
_AREA_CUE = re.compile(
    rf"{COOP_VERB}|{AGREEMENT}|합의|약속|내용|명시|골자|분야(?:는|로는|에는|별로)|항목|하기로|키로|기로\s*했|"
    # a heading of the fields with a colon, in Korean or in an agency's English ("협력 분야:",
    # "Key areas of cooperation:", rule fields-heading)
    r"분야\s*[:：]|(?i:(?:key\s+)?areas?\s+of\s+(?:cooperation|collaboration)|key\s+areas)|"
    r"나가기로|협력(?:한다|할|하며|하고|해|하게)|등이다|사항|다음과\s*같|"
    r"(?:분야|부문)에서\s+(?:\S+\s+)?협력|협력을\s+(?:이어|강화|확대|펼치|약속)|"
    rf"등을\s+(?:(?:{ADVERB})\s+)?추진(?:할|하기로|키로|한다)"
)
# Words of the predicate that follows the last item:
# "을 주요 내용으로 담았다", "에 적극 협력키로 했다".
_PRED_WORD = re.compile(
    rf"(?:{ADVERB}|긴밀하게|더욱|앞으로|주요|주된|핵심|"
    r"내용으로|내용을|내용이다|골자로|중심으로|분야에서|다양한|\d+\s*개|분야|항목?(?:을|이다|으로)?|"
    r"\S*(?:기로|키로|했다|한다|했으며|하며|하고|해|할|된다|이다|있다|담았다|담고|나서게|나가기로|"
    rf"(?:{PLAN})이다|합의했다|약속했다|했습니다|합니다|입니다|나간다|간다|갈)|"
    r"(?:힘|뜻|역량|지혜|손|머리)을|공동|\S*(?:합[치친쳐칠쳤]|모[으은아을았]|보[태탠탤탰]|"
    r"손잡|맞잡|공조|협업|함께[하한할했해]|대응|맞[대댄댈댔])\S*)[.,]?"
)
_ITEM_PARTICLE = re.compile(r"(을|를|에|이다|이|으로|로)(?=\s|[.,]?$)")


def _predicate_only(rest: str) -> bool:
    words = rest.split()
    return all(_PRED_WORD.fullmatch(w) for w in words)


# "▲A ▲B이라는 비전을 위해 …": the list named as the aim the sentence works for
_NAMED_AIM = re.compile(r"라는\s+(?:목표|비전|방향|가치|슬로건|구호|취지|과제)")


def _before_named_aim(item: str) -> str | None:
    """"…구축이라는 목표를" -> "…구축", "…놀이라는 목표를" -> "…놀이": the item before the
    copula, where Kiwi reads it (a written 이, or one left out after a vowel)."""
    aim = _NAMED_AIM.search(item)
    if aim is None:
        return None
    copula = [t for t in tokenize(item[: aim.end()]) if t.tag == "VCP" and t.start <= aim.start()]
    if not copula or copula[-1].start < aim.start() - 1:
        return None
    return item[: copula[-1].start].rstrip()


def _trim_last(item: str) -> str:
    """Cut the closing predicate off the last item of a list."""
    if (before_aim := _before_named_aim(item)) is not None:
        return before_aim
    for m in CLOSING_DEUNG.finditer(item):
        return item[: m.start()]
    particle = next((m.start() for m in _ITEM_PARTICLE.finditer(item)
                     if _predicate_only(item[m.end() :])), None)
    cut = min([c for c in (particle, predicate_of_list(item)) if c is not None], default=None)
    if cut is not None:   # the earliest: "▲B에 머리를 맞댔다" is B, not "B에 머리"
        return FIELD_TAIL.sub("", COOP_TAIL.sub("", item[:cut].rstrip()))
    return re.sub(r"(?:이다|입니다)?[.。]?[\"”’']?$", "", item)   # a quoted answer closes too


def _numbered_markers(text: str) -> list[re.Match[str]]:
    """Numbered markers that run in sequence (1., 2., 3. or 가., 나., 다.); a list that a
    page's clutter broke in two and numbered anew ("1. A 2. B" / an app banner / "1. C 2. D",
    rule renumbered-list) gives the markers of both runs."""
    runs: list[list[re.Match[str]]] = [[]]
    for m in _NUMBERED.finditer(text):
        label = m.group(1) or m.group(2)
        expected = len(runs[-1]) + 1
        ok = (label.isdigit() and int(label) == expected) or (
            not label.isdigit() and _HANGUL_ORDER.index(label) == expected - 1
        )
        if ok:
            runs[-1].append(m)
        elif label in {"1", "가"}:
            runs.append([m])
    return [m for run in runs if len(run) >= 2 for m in run]


# Rule fact-sheet-row: "■ 협약 기관 : A / B", "■ 서명 : …", "■ 일시 : …" - a row of a release's
# fact sheet, its label and a colon after the mark: no bullet of a list (the rows' mark would
# outnumber the list's own: "■ 협력 분야 : △A △B △C")
_FACT_SHEET_ROW = re.compile(rf"\s*(?:{FACT_SHEET_LABEL})\s*[:：]")


def symbol_markers(text: str) -> list[re.Match[str]]:
    """Bullets of the symbol used most ("◇협약 내용 ▲A ▲B": ◇ heads, ▲ lists); a fact sheet's
    rows are none (rule fact-sheet-row)."""
    found = [m for m in SYMBOL_BULLET.finditer(text)
             if not _FACT_SHEET_ROW.match(text, m.end())]
    def family(m: re.Match[str]) -> str:
        mark = item_mark(m.group())   # "circled", or the symbol
        return "-" if mark is None else mark.family
    counts: dict[str, int] = {}
    for m in found:
        counts[family(m)] = counts.get(family(m), 0) + 1
    if not counts:
        return []
    best = max(counts, key=lambda k: counts[k])  # first seen wins a tie (dicts keep order)
    return [m for m in found if family(m) == best]


# (rule note-mark-lines) ※, the mark a note opens with, opening each line of a list ("※ 공동
# 연구" / "※ 인력 교류"): the list's bullets, unless a line it opens reads as a note — a
# sentence, a contact, a source or a caption ("※ 자세한 내용은 누리집에서 확인할 수 있다.",
# "※ 문의: 가온시 기획과") — where none is a list (a note's ※ is never a bullet)
_NOTE_LINE_MARK = re.compile(r"(?:^|(?<=\n))[ \t]*※[ \t]*(?=\S)")
_NOTE_WORDS = re.compile(r"문의|자세한|자세히|참고|출처|홈페이지|누리집|전화|연락처|이메일"
                         r"|기사|사진|제공|https?://|www\.|\d{2,4}-\d{3,4}-\d{4}")
_DECIDED = re.compile(r"(?:기로|키로)\s*\S*[다요]\.?\s*$")


def note_mark_lines(text: str) -> list[re.Match[str]]:
    """The ※ marks opening two lines and more of ``text`` when every such line is a list's
    item, not a note (rule note-mark-lines); else none."""
    found = list(_NOTE_LINE_MARK.finditer(text))
    lines = [text[m.end() :].split("\n", 1)[0] for m in found]
    if len(found) < 2 or any(_NOTE_WORDS.search(line) for line in lines) or \
            any(NOT_ITEM_LINE.search(line) for line in lines[:-1]):
        return []
    # the last item may close the sentence ("※ C 등에 협력하기로 했다."), no other sentence
    last = lines[-1]
    return [] if NOT_ITEM_LINE.search(last) and not _DECIDED.search(last) else found


# "첫째, A, 둘째, B": ordinal words numbering the items
_ORDINALS = ("첫", "둘", "셋", "넷", "다섯", "여섯", "일곱", "여덟")
_ORDINAL = re.compile(rf"(?:^|(?<=[\s,\"“]))(?:{'|'.join(_ORDINALS)})째(?:는|로)?[,.]?\s+")


def _ordinal_markers(text: str) -> list[re.Match[str]]:
    """Ordinal words in their order from 첫째 (a list numbered in words)."""
    found = list(_ORDINAL.finditer(text))
    run = [m for k, m in enumerate(found) if k < len(_ORDINALS)
           and m.group().strip(" ,.").startswith(_ORDINALS[k])]
    return run if len(run) >= 2 and len(run) == len(found) else []


def bullet_items(text: str) -> tuple[str, list[tuple[int, str]]] | None:
    """(intro, [(offset, item)]) when ``text`` holds a bullet or numbered list; a list nested
    under a heading line of an outline is the list (rule nested-under-heading)."""
    if (under := _under_heading(text)) is not None:
        found = bullet_items(text[under:])
        if found is not None:
            return text[:under] + found[0], [(under + at, item) for at, item in found[1]]
    if (section := contents_section(text)) is not None:
        start, end = section
        found = bullet_items(text[start:end])
        if found is not None:
            return text[:start] + found[0], [(start + at, item) for at, item in found[1]]
    markers = nested_markers(text) or symbol_markers(text)
    if len(markers) < 2:
        markers = note_mark_lines(text) or markers
    if len(markers) < 2:
        markers = _numbered_markers(text)
    if len(markers) < 2:
        markers = _ordinal_markers(text)
    if len(markers) < 2 and "\n" in text.strip():
        markers = _plain_line_markers(text)   # unmarked item lines after a lead-in
    if len(markers) < 2:
        return None
    intro = text[: markers[0].start()]
    raws = [text[m.end() : markers[k + 1].start() if k + 1 < len(markers) else len(text)]
            for k, m in enumerate(markers)]
    if _sentence_lines(raws):
        return None   # a photo-news item told in sentence lines (rule sentence-lines)
    # "▲A를 운영하고 ▲B를 발굴하며 ▲C를 활용하기로 했다": bullets that are clauses keep their
    # object and verb, without the ending
    clauses = all(_CLAUSE_BULLET.search(raw) for raw in raws[:-1]) \
        or all(_SENTENCE_BULLET.search(raw.strip()) for raw in raws)   # "1) 시는 A를 제공한다."
    items: list[tuple[int, str]] = []
    for k, (m, raw) in enumerate(zip(markers, raws, strict=True)):
        if clauses:
            raw = _CLAUSE_BULLET.sub("", _DECIDED_END.sub("", raw.strip()))
        elif k + 1 == len(markers):
            raw = _trim_last(raw.strip())
        items.append((m.end(), raw))
    return intro, items


# Rule nested-under-heading: a pasted outline ("■ 협약 개요" / "- 협약명: …" / "- 목적: …" /
# "- 협력 사항" / " 1) A" / " 2) B") lists what the agreement is called, who signs and why under
# one mark, and the areas in a list of another mark under the line that leads in to them
_HEADING_MARKS = frozenset(SYMBOLS + "-·ㆍ*∙‧–")   # families of text.ITEM_MARKS


def _under_heading(text: str) -> int | None:
    """Where the list under the outline's heading line starts ("- 협력 사항" over "1) A" /
    "2) B"), when no line below the heading opens with the heading's own mark; else None."""
    lines = list(re.finditer(r"[^\n]+", text))
    for line in reversed(lines[:-2]):
        heading = item_mark(line.group(), _HEADING_MARKS)
        if heading is None or not leads_in(heading.item) or ":" in heading.item.rstrip(" :"):
            continue
        if any(other.group().lstrip().startswith(heading.mark) for other in lines
               if other.start() > line.start()):
            return None
        return line.end()
    return None


def _plain_line_markers(text: str) -> list[re.Match[str]]:
    """The starts of the lines after the last line that leads in to a list ("협약 내용은
    다음과 같다.", "[협약 주요 내용]"), when each is a short phrase, not a sentence."""
    starts = [m for m in _LINE_START.finditer(text)]
    for k in range(len(starts) - 2, -1, -1):
        line_end = text.find("\n", starts[k].end())
        if leads_in(text[starts[k].end() : line_end]):
            items = starts[k + 1 :]
            lines = [text[m.end() :].split("\n", 1)[0] for m in items]
            ok = all(not NOT_ITEM_LINE.search(line) for line in lines)
            return items if ok and len(items) >= 2 else []
    first = text.split("\n", 1)[0]
    lines = [text[m.end() :].split("\n", 1)[0] for m in starts]
    if leads_in(first) and len(starts) >= 2 and not any(NOT_ITEM_LINE.search(x) for x in lines):
        return starts
    return []


_CLAUSE_BULLET = re.compile(r"(?<=[가-힣])(?:하고|하며|하여),?\s*$")
_SENTENCE_BULLET = re.compile(r"(?<=[가-힣])(?:한다|(?:하기로|키로)\s*(?:했다|합의했다))\.$")
# The start of a line after the first (an unmarked list's item)
_LINE_START = re.compile(r"(?<=\n)[ \t]*(?=\S)")
_DECIDED_END = re.compile(
    r"(?<=[가-힣])(?:하기로|키로)\s*(?:했다|하였다|합의했다|약속했다)\.?$|(?<=[가-힣])한다\.?$")


# What opens a bullet line: a symbol, "-", "ㆍ", "1.", "1)", "(1)", "가.", "(가)".
LINE_MARK = (
    rf"(?:[{SYMBOLS}{CIRCLED}]|[-·ㆍ*ㅇo][ \t]|ㆍ(?=\S)|\d{{1,2}}[.)][ \t]"
    rf"|[{_HANGUL_ORDER}][.)][ \t]|\((?:\d{{1,2}}|[{_HANGUL_ORDER}])\))"
)
LINE_BULLET = re.compile(rf"\s*{LINE_MARK}")
# rule question-heading, asked as the last words: the contents, or what the sides do together
# ("협약 내용은?", "함께 할 일은?"); read by _LEADS_IN and _CONTENTS_QUESTION alike
_ASKED_CONTENTS = (rf"(?:(?:{CONTENTS})(?:은|는)?|(?:함께|같이)\s*(?:할|하는)\s*일(?:은|는)?)"
                   r"\s*[?？]\s*$")
# "협력 분야는 다음과 같다.", "주요 협약 내용:", a heading "협약 주요 내용"
_LEADS_IN = re.compile(
    rf"(?:같다|다음과 같|:|(?:{CONTENTS})(?:은|는|으로는|에는)?)\s*\.?\s*[\]>〉】」』)]?\s*$"
    rf"|(?:(?:{AGREEMENT})에|이에)\s*따라,?\s*$"   # "협약에 따라" + "▲A는 …" lines: duties
    # rule question-heading: card news asks what comes below ("협약 내용은?", "함께 할 일은?")
    rf"|{_ASKED_CONTENTS}"
    # rule counted-contents-lead: the contents, or their gist, counted with no list in the
    # sentence ("이번 협약의 핵심은 세 가지다.", "MOU의 key point는 세가지.")
    rf"|(?:{CONTENTS}|골자|핵심|요지|포인트|[Kk]ey\s?[Pp]oints?)(?:은|는)\s+(?:크게\s*)?"
    rf"(?:{count_words_pattern(2, 6)}|\d+)\s*(?:{COUNTED_BY})(?:다|이다|로\s*요약된다)?\s*\.?\s*$"
    # rule pair-topic-lead: a sentence that is only the two sides as its topic ("협약에 따라
    # 사단과 시는" + "▲A" / "▲B" + "에 힘을 모은다."), their short forms joined by 과/와
    rf"|^\s*(?:(?:(?:이번\s)?(?:{AGREEMENT})에|이에)\s*따라,?\s+)?[가-힣]{{1,10}}(?:과|와)\s"
    rf"[가-힣]{{1,10}}(?:은|는)(?:\s+(?:앞으로|향후|{ADVERB}))*\s*$"
    # rule signing-bodies-lead: "협약 기관은" + "△A" / "△B" + "에 협력합니다." (the signing
    # bodies as one topic, like "세 기관은"; bullets that are the parties: rule parties-bulleted)
    r"|(?:^|\s)(?:(?:양|두|세)\s*(?:기관|사|측|단체|도시|대학)|양사|양측|(?:협약|참여)\s?기관들?)"
    r"(?:은|는)"
    rf"(?:\s+(?:앞으로|향후|{ADVERB}|(?:이번\s+)?(?:{AGREEMENT})(?:을|를)\s+통해"
    rf"|(?:이번\s+)?(?:{AGREEMENT})(?:으로|에\s+따라)))*\s*$"
)   # "[주요 협약 내용]", "<협약 내용>"; "협약에 따라 양 기관은" + "▲A하고 ▲B하기로 했다";
#     "양 기관은 앞으로" + "▲A" / "▲B" + "등에 협력한다." (the adverbs of the verb after it,
#     "이번 협약을 통해" too)
# A sentence announcing the list below it, whatever its verb: "다음과 같이 협력한다",
# "다음 사업을 공동 추진한다", "다음 분야에서 교류한다", "아래와 같이 …".
_ANNOUNCES = re.compile(
    r"(?:다음|아래)(?:과|와)\s*같|(?:다음|아래)(?:의)?\s+(?!(?:달|주|해|날|번|회|차례)\s)(?:\S+\s+)?"
    r"(?:사업|분야|과제|사항|내용|항목|부문|업무|활동|프로그램)"
)


# Rule question-heading: card news asks what the agreement holds and answers with the bullets
# below ("어떤 협력을 하나요?" / "무엇을 약속했나요?"); a question of when, where or why leads
# into no list ("언제, 어디서?").
_CONTENTS_QUESTION = re.compile(
    r"(?:무엇을|뭘|어떤\s+(?:협력|내용|약속|일|사업|분야|도움)\S*)\s+(?:\S+\s+)?\S*[?？]\s*$"
    rf"|(?:^|\s){_ASKED_CONTENTS}")
#   ("협약 내용은?", "함께 할 일은?": the contents, or what the sides do together, asked)


def leads_in(text: str) -> bool:
    """Whether ``text`` ends in a lead-in to bullet lines (a heading, "…:", "다음과 같이 …",
    a question of what was agreed)."""
    last_line = text.rsplit("\n", 1)[-1]
    return bool(_LEADS_IN.search(text) or _ANNOUNCES.search(last_line)
                or _CONTENTS_QUESTION.search(last_line))


# Rule contents-section: a release pasted as an outline in sections under one mark ("□ 협약
# 개요" / "□ 주요내용" / "□ 향후 계획"): the areas are the list of the section whose heading
# names the contents; the outline's date, venue and term and the next steps are none
_CONTENTS_HEADING = re.compile(
    r"^[\[<(〈【]?\s*(?:(?:협약|협력|업무)\s*)?(?:주요\s*)?(?:협약|협력|업무)?\s*"
    rf"(?:{CONTENTS}|과제)\s*[\]>)〉】]?$")


def contents_section(text: str) -> tuple[int, int] | None:
    """(start, end) of the section under the heading that names the contents, when another
    line opens with that heading's mark below it (else None: rule nested-under-heading)."""
    lines = list(re.finditer(r"[^\n]+", text))
    for k, line in enumerate(lines):
        heading = item_mark(line.group(), _HEADING_MARKS)
        if heading is None or not _CONTENTS_HEADING.match(heading.item):
            continue
        below = [other for other in lines[k + 1:]
                 if other.group().lstrip().startswith(heading.mark)]
        if below and below[0].start() > lines[min(k + 1, len(lines) - 1)].start():
            return line.end(), below[0].start()
    return None


# Rule nested-list: items of one mark, each with sub-items of another mark indented deeper
# ("■ 공동 연구" / "  - 스택 개발" / "  - 시제품 제작" / "■ 실증"): every marked line is an item
# (GUIDELINES: one area per bullet, the heading items and their sub-items alike)
_MARKED_LINE = re.compile(rf"(?:^|(?<=\n))([ \t]*){LINE_MARK}[ \t]*")


def nested_markers(text: str) -> list[re.Match[str]]:
    """The marks of a two-level list, heads and sub-items in order; else []."""
    # (item_mark reads a mark only before an item: a placeholder stands for it)
    marked = [(m, item_mark(m.group().strip() + " x")) for m in _MARKED_LINE.finditer(text)]
    kinds = list(dict.fromkeys(mark.family for _, mark in marked if mark is not None))
    if len(kinds) != 2 or any(mark is None for _, mark in marked):
        return []
    head, sub = kinds
    depth = {kind: {len(m.group(1).expandtabs()) for m, mark in marked
                    if mark and mark.family == kind} for kind in kinds}
    heads = [m for m, mark in marked if mark and mark.family == head]
    if len(heads) < 2 or max(depth[head]) >= min(depth[sub]) \
            or any(leads_in(text[m.end():].split("\n", 1)[0]) for m in heads):
        return []
    return [m for m, _ in marked]


# A line that is no item of an unmarked list: a sentence, a quote, a photo credit, a heading.
# Rule item-ends-in-제공: a credit is one word before 제공 ("가온시 제공", as text.py's credit
# lines) or 제공 after a slash, "=" or a bracket ("/누리대 홍보팀 제공", "(자료=가온시 제공)");
# an item of several words may end in it ("창업 공간 무상 제공")
NOT_ITEM_LINE = re.compile(r"[다요][.!?]?\s*$|[.!?]\s*$|[\"“”‘’']|사진|기자|[:：]\s*$"
                           r"|^\s*[\[(<]?\s*/?\s*\S+\s?제공|[/=][^\n]*제공|[\[(<][^\n\])>]*제공")


# The clause of the last bullet ends ("…등에 합의하고", "…을 추진하며,") and another begins
_BULLETS_CLAUSE_END = re.compile(
    r"\S(?:하고|하며|했고|했으며|키로\s*하고|기로\s*하고),?\s+"
    r"|\S(?:기로|키로)\s+했(?:고|으며),?\s+"   # "…등을 추진하기로 했으며, 이를 위해 …"
    rf"|(?:{PLAN})이며,?\s+|\s?등이며,?\s+")


def prose_after_bullets(text: str, items: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A prose list in the clause after a bullet list of the same sentence (GUIDELINES: areas
    in prose are items too): "양사는 ▲A ▲B 등에 합의하고 앞으로 C, D 등을 협력할 예정이다"."""
    offset, last = items[-1]
    rest_at = text.find(last, offset) + len(last)   # the item was stripped of its spaces
    tail = text[rest_at:]
    end = _BULLETS_CLAUSE_END.search(tail)
    if end is None or "\n" in tail[: end.start()].strip():
        return []
    at = rest_at + end.end()
    if listed := prose_items(text[at:]):
        return [(at + o, i) for o, i in listed]
    # "…등을 추진할 예정이며, 이를 위해 실무 협의회도 구성하기로 합의했다": a decided duty
    rest = text[at:].strip()
    if QUOTE.search(rest) or not re.search(r"(?:기로|키로)\s*(?:\S+\s*)?\S*다\.?$", rest):
        return []
    label = verb_item(clause_body(rest))
    return [(at, label)] if label else []


def last_sentence(text: str) -> str:
    """The last sentence of a list's lead-in ("… 했다. 가온시는 다음 사업을 추진한다.")."""
    parts = [p for p in re.split(r"(?<=[.!?])\s+|\n", text.strip()) if p.strip()]
    return parts[-1] if parts else ""


# The verb a party's duty closes an inline list with: "▲A ▲B를 지원한다", "…를 제공하기로"
_DUTY_CLOSE = re.compile(
    rf"^[^.\n]*?(?:을|를)\s+(?:(?:{ADVERB})\s+)*(?:(?:지원|제공|운영|추진|실시|파견|공급|맡|담당|전담)"
    rf"(?:한다|합니다|는다|하기로|키로|할\s+(?:{PLAN}))"
    r"|(?<=함께\s)한다|(?<=같이\s)한다)")   # "▲A ▲B을 함께 한다": the light verb, done together


def _party_duty_list(intro: str, tail: str, names: str) -> bool:
    """"진흥원은 이들 기업에 ▲A ▲B ▲C를 지원한다": a party of the signing sentence ``names``
    as the topic, the list the object of its duty (in the present or decided, not done)."""
    topic = topic_of(intro)
    if not names or topic is None or not _DUTY_CLOSE.search(tail):
        return False
    topic = re.sub(r"(?<=\S)(?:과|와)$", "", topic)   # "조합과는 ▲A ▲B을 함께 한다": with it
    name = topic.split()[-1]
    return names_party(topic, names) or short_for_party(name, names) or \
        _counted_of_their_kind(topic, names)


def _counted_of_their_kind(topic: str, names: str) -> bool:
    """"세 의원은": the parties counted by a kind a party of the signing sentence ``names``
    ends with ("봄날한의원"); not lawmakers (의원 too) where no party is a clinic."""
    m = re.fullmatch(r"(?:양|" + count_words_pattern(2, 5) + r")\s*([가-힣]{2,3})", topic)
    return m is not None and \
        re.search(rf"[가-힣]+{m[1]}(?:과|와|,|은|는|이|가)?\s", names) is not None


def other_articles(intro: str, items: list[tuple[int, str]]) -> bool:
    """Rule headlines-listed: a list of other articles' headlines that a flattened page put
    on the story's line ("… 계획이다. Most Viewed ①A 2시간 전 ②[종합] B …"): the name of such a
    list (the cleaning's ``LIST_HEADER``) ends the words before it, or half its items and more
    carry what only a headline carries (``headline_stamped``: a time stamp, "[종합]", "…
    맞손")."""
    words = intro.split()
    if any(LIST_HEADER.fullmatch(" ".join(words[-n:])) for n in range(1, min(len(words), 6) + 1)):
        return True
    stamped = sum(1 for _, raw in items if headline_stamped(" ".join(raw.split())))
    return stamped >= 2 and 2 * stamped >= len(items)


def bullet_labels(text: str, intro: str, items: list[tuple[int, str]], *,
                   after_signing: bool = False, names: str = "") -> list[str]:
    """The items of a bullet list, when the list is about what the agreement covers
    (``after_signing``: bullet lines right after the signing sentence, with no heading;
    ``names``: the signing sentence, whose parties may take up the list as a duty)."""
    tail = items[-1][1] if items else ""
    if re.match(r"\s*(?:한편|앞서)[,\s]", text):
        return []   # "한편 … △A △B 등을 개최할 예정이다": an aside, not the agreement's list
    if NOT_AREAS_TOPIC.search(intro) or PROGRAMME.search(tail) or ceremony_steps(items) \
            or own_ongoing_programmes(intro):
        return []   # "시상 내역은 ▲…", "▲개회사 ▲서명 ▲기념촬영 순으로 진행됐다"
    if other_articles(intro, items):
        return []   # "… 계획이다. 많이 본 뉴스 ①A 2시간 전 ②B [종합] …": other articles
    if not (_ANNOUNCES.search(intro) or _CONTENTS_QUESTION.search(intro.rstrip())
            or after_signing and not intro.strip()
            or any(_AREA_CUE.search(t) for t in (intro, text[-40:], tail))
            or predicate_of_list(text[items[-1][0] :]) is not None   # "▲A ▲B에 머리를 맞댔다"
            or _party_duty_list(intro, text[items[-1][0] :], names)):
        return []
    if ATTENDING.search(text[items[-1][0]:]):
        return []   # "△A대 홍길동 단장 … 이 참석했다": no areas
    if PARTNERS_SIGNED.search(text, items[-1][0]):
        return []   # "▲한빛은행 ▲솔빛병원과도 각각 협약을 체결했다": the partners, no areas
    if all(_PARTY_ITEM.match(raw) for _, raw in items):
        return _party_duties(items)
    # (the last item without the verb of taking it up: "…△C를 맡는다")
    labels = [_without_joiner(clean(raw)) if k + 1 < len(items)
              else _TAKES_CHARGE.sub("", clean(raw)) for k, (_, raw) in enumerate(items)]
    if 2 * sum(1 for label in labels if " " not in label and looks_like_org(label)) > len(labels):
        return []   # "▲다온군 ▲솔바람시 ▲한결군 등과 협약을 맺었다": bodies, not fields
    if figures_listed(labels) and not (_AREA_CUE.search(intro) or _ANNOUNCES.search(intro)):
        return []   # rule figures-listed: "관내 농가는 ▲벼 4200가구 ▲과수 1100가구 등이다"
    labels = _party_colon_duties(labels, names)
    return [label for label in labels
            if label and not SIGNED_ITEM.search(label) and not CONDITION.match(label)]


# Rule party-colon: a list of roles, each line a party of the signing sentence, a colon and
# its duty ("- 누리대 산학협력단: 공동 연구", "- 솔빛테크: 장비 지원"): the duty without the
# party (GUIDELINES: each party's own duties are areas); a heading before the colon that names
# no party ("협력 분야: 공동 연구") leaves the list as it is
_PARTY_COLON = re.compile(r"((?:\S+\s+){0,2}\S+?)\s*[:：]\s*(?=\S)")


def _party_colon_duties(labels: list[str], names: str) -> list[str]:
    """``labels`` each without its party and colon when every one opens with a party of the
    signing sentence ``names`` (rule party-colon); else ``labels`` unchanged."""
    found = [_PARTY_COLON.match(label) for label in labels]
    if len(labels) < 2 or not names or any(
            m is None or not names_party(m.group(1), names) for m in found):
        return labels
    return [label[m.end():] for label, m in zip(labels, found, strict=True) if m is not None]


# "행정적 지원을 맡고", "운영을 담당하는 것이다": the duty is the object of taking charge
_TAKES_CHARGE = re.compile(
    r"\s*(?:을|를)\s*(?:맡|담당|책임지|전담)\S*(?:\s+것(?:이다)?|\s+예정이다)?[.,]?$")
# "장학금을 지원하고", "우선 선발하기로 했다": the verb of a duty without its ending
_DUTY_VERB_END = re.compile(r"(?<=[가-힣])(?:하고|하며|하기로(?:\s*했다)?|하기|한다|하는\s*것)$")


_COOPERATE_ON = re.compile(rf"(?<=\S)에\s+(?:(?:{ADVERB})\s+)?(?:협력|협조)$")


def _party_duties(items: list[tuple[int, str]]) -> list[str]:
    """"▲A시는 행정 지원을, ▲B대는 교육 운영을 맡는다": each party's own duty, without the
    party (GUIDELINES: each party's own duties are areas); "△A대는 '…학과'" (what each
    names, in quotes) is no duty."""
    labels = []
    for _, raw in items:
        rest = raw[cast("re.Match[str]", _PARTY_ITEM.match(raw)).end():]
        if re.search(r"[‘'\"“]", rest):
            return []
        rest = _TAKES_CHARGE.sub("", " ".join(rest.split()).rstrip(" ,"))
        label = _DUTY_VERB_END.sub("", re.sub(r"(?:을|를)$", "", clean(rest)).strip())
        label = _COOPERATE_ON.sub("", label)   # "양 기관은 A에 협력한다.": A
        if len(label.replace(" ", "")) >= 4:
            labels.append(label)
    return labels


# Rule sentence-lines: a photo-news item tells its story in marked lines, each a whole
# sentence, its picture's caption among them ("▲ 3일 시청에서 A 시장(오른쪽)과 B 대표가
# 협약서를 들어 보이고 있다. ▲ 두 기관은 …에 협력하기로 했다."): the lines are sentences for
# the prose to read, not a list's items; a list whose items are fields is not refused
_SENTENCE_LINE = re.compile(r"[가-힣]다\.\s*$")


def _sentence_lines(raws: list[str]) -> bool:
    """Whether a line before the last is a whole sentence and one line is a photo caption."""
    return (any(_SENTENCE_LINE.search(raw) for raw in raws[:-1])
            and any(re.search(PHOTO_CAPTION, raw) for raw in raws))


def _without_joiner(label: str) -> str:
    """"△인재 양성과 △공동 연구에": the 과/와 joining two bullets is no part of the first."""
    if not label.endswith(("과", "와")):
        return label
    tokens = tokenize(label)
    if tokens and tokens[-1].tag == "JC" and tokens[-1].form in {"과", "와"}:
        return label[: tokens[-1].start].rstrip()
    return label


# "△가람대학은 '○○학과'": what one party does, listed party by party
_PARTY_ITEM = re.compile(r"\s*(?:\S+\s+){0,3}?\S+?(?:은|는|에서는)\s")
