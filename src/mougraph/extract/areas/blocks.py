"""The article read as blocks: the signing sentence and the sentences after it, up to a
later signing or the page's footer, with bullet lines joined to their lead-in and photo
captions left out."""
from __future__ import annotations

import re

from ...text import (
    CIRCLED,
    FOOTER,
    PHOTO_CAPTION,
    SYMBOLS,
    Document,
    Sentence,
    head_shot_name,
    item_mark,
)
from ..cues import CONTENTS, PAGE_PROMO, same_occasion
from ..lexicon import is_name
from .bullets import (
    LINE_BULLET,
    LINE_MARK,
    NOT_ITEM_LINE,
    SYMBOL_BULLET,
    bullet_items,
    leads_in,
    note_mark_lines,
    symbol_markers,
)
from .parties import topic_parties
from .refusals import SIGNED

# What makes a sentence of a caption line a photo caption itself: a body sentence on a line
# that also mentions the group photo ("… 협력하기로 했다. 이어 기념촬영을 했다") is read
_PHOTO = re.compile(
    r"사진|촬영|왼쪽|오른쪽|가운데|[(（]\s*[좌우]|[가-힣]\s*제공|(?:하고|고)\s*있다\.?\s*$|모습\.?\s*$|^\s*[▲△▶■●•·]"
)


# Rule contents-colon-line: "■ 협약 내용: A, B, C", a release's heading mark, the contents named
# and a colon, then the list on the same line: a list of the agreement's areas, though the mark
# opens the line as it opens a caption (not "■ 문의: …", "■ 일시: …")
_CONTENTS_COLON = re.compile(
    rf"^\s*(?:주요\s*)?(?:업무\s*)?(?:협약|협력|MOU)?\s*(?:주요\s*)?(?:{CONTENTS})\s*[:：]\s*\S")


def _contents_colon_line(doc: Document, s: Sentence) -> bool:
    """Rule contents-colon-line: ``s`` is a line the page marks as it marks a caption, which
    names the contents before a colon and no photo."""
    return doc.is_caption(s) and bool(_CONTENTS_COLON.match(s.text)) \
        and not re.search(PHOTO_CAPTION, s.text)


def in_paragraph(doc: Document, s: Sentence) -> bool:
    """Whether ``s`` shares its line with other sentences (a paragraph of body text)."""
    start = doc.text.rfind("\n", 0, s.start) + 1
    end = doc.text.find("\n", s.end)
    end = len(doc.text) if end < 0 else end
    return sum(1 for o in doc.sentences if start <= o.start and o.end <= end) >= 2


def read_blocks(doc: Document, signing: Sentence, own: tuple[str, ...] = (),
                others: tuple[str, ...] = ()) -> list[Sentence]:
    """The signing sentence and those after it, with bullet lines joined to their lead-in;
    ``own``, ``others``: the names of the agreement's parties, and of the other agreements'
    parties that are none of its own (rule told-for-own-parties)."""
    after = [part for s in doc.sentences if s.start >= signing.start
             for part in _quote_after_period(s)]
    if signing not in after:
        after.insert(0, signing)
    blocks: list[Sentence] = []
    next_signing: Sentence | None = None   # a later signing read past (told-for-own-parties)
    for s in after:
        if blocks and s.start < blocks[-1].end:
            continue  # already read as a bullet line of the block before, or put amid its list
        if blocks and _next_signing(s.text):
            if next_signing is None and _told_for_own(doc, s, own):
                next_signing = s
                continue
            break  # "이어 B와도 협약을 체결했다": the areas after it are another agreement's
        if blocks and _footer_between(doc, blocks[-1].end, s.start):
            break  # "무단전재 및 재배포 금지": the page's footer, other articles' titles after it
        if next_signing is not None and not _continues_list(blocks[-1], s) \
                and not _names_own_party(s.text, own, next_signing):
            break  # past the other signing, only what is told for this one's parties
        if blocks and (shares := partner_shares(s, own, others)) is not None:
            blocks += shares   # "A와는 X에, B와는 Y에 협력": this agreement's share, if any
            continue
        groups = _topic_groups(s) if others else [s]
        if len(groups) > 1:
            # "시와 사업단은 ▲A ▲B에 힘을 모으고, 조합과는 ▲C ▲D을 함께 한다": each
            # agreement's own bullets in one sentence
            blocks += [g for g in groups if not topic_parties(g.text, others)]
            continue
        if blocks and topic_parties(s.text, others):
            continue  # "극단 C, 합창단 D와는 …": told for another agreement's parties
        if s != signing and doc.is_caption(s) and len(symbol_markers(s.text)) < 2 \
                and (_PHOTO.search(s.text) or not in_paragraph(doc, s)) \
                and not _contents_colon_line(doc, s) \
                and not (blocks and _continues_list(blocks[-1], s)
                         and not _PHOTO_LINE.search(s.text)):
            continue  # photo captions repeat the lead; a "▲A ▲B" line is a list, not one,
            # nor "· B" going on with the list above it past a banner
        if not _contents_colon_line(doc, s):   # its mark opens no list
            s = _without_paragraph_mark(_with_first_bullet(doc, s))
        if blocks and _continues_list(blocks[-1], s):
            blocks[-1] = _list_over(doc, blocks[-1], s.end)
            continue
        if not blocks or s.start >= blocks[-1].end:
            s = _with_heading_before(doc, s)
        blocks.append(s)
        if SYMBOL_BULLET.search(s.text) or leads_in(s.text):
            blocks[-1] = _with_bullet_lines(doc, blocks[-1])
        elif s == signing and len(_bullet_lines_after(doc, s.end)) >= 2:
            blocks[-1] = _with_bullet_lines(doc, blocks[-1])   # "…체결했다." + "▶A" "▶B" lines
        if blocks[-1].end == s.end:
            blocks[-1] = _with_plain_lines(doc, blocks[-1])
    return blocks


# Rule quote-after-period: "…축구 교실을 연다. “…”는 게 구단의 설명이다." — the analyser keeps
# a sentence that opens on a quote with the one before; a finished sentence (다, 요 and a
# period) before an opening quote ends, so the quote's words do not mute its duty
_PERIOD_THEN_QUOTE = re.compile(r"(?<=[다요][.!?])\s+(?=[“\"])")


def _quote_after_period(s: Sentence) -> list[Sentence]:
    """``s`` cut where a finished sentence is followed by one opening on a quote."""
    gaps = [(m.start(), m.end()) for m in _PERIOD_THEN_QUOTE.finditer(s.text)]
    if not gaps:
        return [s]
    starts = [0, *(end for _, end in gaps)]
    ends = [*(start for start, _ in gaps), len(s.text)]
    return [Sentence(s.start + a, s.start + b, s.text[a:b])
            for a, b in zip(starts, ends, strict=True)]


# rule bullets-per-topic: a clause of bullets ended, the next topic opens bullets of its own
_NEXT_TOPIC_BULLETS = re.compile(
    rf"(?<=[고며]),\s+(?=[^\s,]{{1,20}}?(?:과는|와는|은|는)\s*[{SYMBOLS}])")


def _topic_groups(s: Sentence) -> list[Sentence]:
    """``s`` cut where a clause of bullets ends and another topic opens its own bullets."""
    cuts = [m.end() for m in _NEXT_TOPIC_BULLETS.finditer(s.text)
            if re.search(rf"[{SYMBOLS}]", s.text[: m.start()])]
    bounds = [0, *cuts, len(s.text)]
    ends = [len(s.text[:b].rstrip(" ,")) for b in bounds[1:]]
    return [Sentence(s.start + a, s.start + e, s.text[a:e])
            for a, e in zip(bounds, ends, strict=False)]


# rule per-partner-shares: "시는 누리대와는 X와 Y에, 솔빛병원과는 Z에 협력하기로 했다": the
# partner as a topic (와는/과는), its share ending in a particle and a comma before the next
_PARTNER_TOPIC = re.compile(r"(?:^|(?<=\s))(?P<partner>[^\s,]{2,30}?)(?:와는|과는|와|과)\s+")
_SHARE_END = re.compile(r"(?P<particle>에|을|를|으로|로),\s*$")
_PARTICLE_FORMS = {"에": "에", "을": "을|를", "를": "을|를", "으로": "으로|로", "로": "으로|로"}


def partner_shares(s: Sentence, own: tuple[str, ...],
                   others: tuple[str, ...]) -> list[Sentence] | None:
    """Rule per-partner-shares: a sentence telling each partner's share ("시는 누리대와는 X에,
    솔빛병원과는 Y에 협력하기로 했다", every partner a party of the article's agreements): the
    share of this agreement's partner with the verb the shares have in common, to be read (its
    span the whole sentence, which the areas cite); [] when it tells only other partners'
    shares; None for any other sentence ("A와는 다른 B에 협력": one partner topic)."""
    # (rule per-partner-gapped: "대학은 A와 X를, B와 Y를 각각 약속했다", the partners with a
    # bare 와/과, in a sentence of one agreement as of several: only words that name a party)
    topics = [t for t in _PARTNER_TOPIC.finditer(s.text)
              if topic_parties(t["partner"] + "는 ", own + others)]
    if len(topics) < 2:
        return None
    bounds = [t.start() for t in topics[1:]] + [len(s.text)]
    shares = [s.text[t.end():b] for t, b in zip(topics, bounds, strict=True)]
    ends = [_SHARE_END.search(share) for share in shares[:-1]]
    forms = {_PARTICLE_FORMS[e["particle"]] for e in ends if e}
    if not all(ends) or len(forms) != 1:
        return None   # every share but the last ends in the same particle and a comma
    last = shares[-1]
    verb_at = [m.end() for m in re.finditer(rf"(?:{forms.pop()})(?=\s)", last)]
    if not verb_at:
        return None
    # each share is what two sides agreed, the subject and that partner: read as the sides'
    # (not "대학은 X를 각각 약속했다", one side's)
    lead, verb = "양측은 ", last[verb_at[-1]:]
    mine = [n for n, t in enumerate(topics) if topic_parties(t["partner"] + "는 ", own)
            and not topic_parties(t["partner"] + "는 ", others)]
    return [Sentence(s.start, s.end, _EACH.sub(" ", lead + shares[n].rstrip(" ,") +
                                               ("" if n == len(shares) - 1 else verb)))
            for n in mine]


_EACH = re.compile(r"\s각각\s")   # "…를 각각 약속했다": each share is read alone


def _names_own_party(text: str, own: tuple[str, ...], other: Sentence) -> bool:
    """Whether the topic of ``text`` lists a party of this agreement that the other signing
    sentence does not name ("재단과 방송총국, 누리예대는 △A △B" after "재단은 같은 자리에서
    극단 C와도 협약을 따로 체결했다")."""
    return any(name not in other.text for name in topic_parties(text, own))


def _told_for_own(doc: Document, later: Sentence, own: tuple[str, ...]) -> bool:
    """Rule told-for-own-parties: two agreements told one after the other, then the areas of
    each told for its parties. The reading goes past the later signing when the sentence right
    after it lists a party of this agreement as its topic that the later signing leaves out."""
    following = next((s for s in doc.sentences if s.start >= later.end), None)
    return bool(own) and following is not None and _names_own_party(following.text, own, later)


def _bullet_lines_after(doc: Document, end: int) -> list[str]:
    """The bullet lines right after ``end``, all of one mark and none a photo caption."""
    lines = []
    while (m := _BULLET_LINE.match(doc.text, end)) and not _PARAGRAPH_MARK.match(m.group()) \
            and not _other_article(doc, m):
        lines.append(m.group().strip())
        end = m.end()
    marks = {line[0] for line in lines}
    if len(marks) != 1 or any(_PHOTO.search(line[1:]) for line in lines):
        return []
    return lines


# A line that is an item of an unmarked list: a short phrase, no sentence, no quote or credit
_PLAIN_ITEM_LINE = re.compile(r"[ \t]*\n[ \t]*([^\n]{2,60})")
_HEADING_LINE = re.compile(r"[ \t]*\n[ \t]*([\[<【〈(][^\n\]>】〉)]{2,30}[\]>】〉)])[ \t]*(?=\n)")


def _with_plain_lines(doc: Document, block: Sentence) -> Sentence:
    """"협약 내용은 다음과 같다." + "A" / "B" / "C" on lines of their own, with no marks
    (GUIDELINES: "△"-less line breaks separate items): the block over two such lines or more."""
    end, count = block.end, 0
    heading = _HEADING_LINE.match(doc.text, end)   # "[협약 주요 내용]" (cleaned away as a tag)
    if heading and leads_in(heading.group(1)):
        end = heading.end()
    elif not leads_in(block.text):
        return block
    while (m := _PLAIN_ITEM_LINE.match(doc.text, end)) and not NOT_ITEM_LINE.search(m.group(1)) \
            and not LINE_BULLET.match(m.group(1)) and not _other_article(doc, m):
        end, count = m.end(), count + 1
    if count < 2:
        return block
    return Sentence(block.start, end, doc.text[block.start : end])


def _other_article(doc: Document, line: re.Match) -> bool:
    """Whether the raw line ``line`` ends in was dropped by cleaning as part of a list of other
    articles (a "related articles" headline is no item of this article's list)."""
    return doc.text.rfind("\n", 0, line.end()) + 1 in doc.other_articles


# The copyright line that ends an article's body on a news page
_FOOTER = re.compile(FOOTER)


def _footer_between(doc: Document, start: int, end: int) -> bool:
    """Whether the page's footer stands in doc.text[start:end]: a copyright mark, not after a
    photo caption on its line (rule credit-on-caption: "가온시-누리대 협약식 [사진=가온시] |
    <저작권자 ⓒ 가온뉴스>" credits the picture, and the story goes on below it)."""
    for m in _FOOTER.finditer(doc.text, start, end):
        before = doc.text[doc.text.rfind("\n", 0, m.start()) + 1 : m.start()]
        if not _PHOTO_LINE.search(before.replace("ⓒ", "")):   # "ⓒ 가온뉴스 무단전재": the footer
            return True
    return False


# "□ 가온시는 … 협약을 체결했다.": in a press release "□" opens a paragraph, not an item
_PARAGRAPH_MARK = re.compile(r"\s*□\s*(?=\S[^\n]*다\.\s*$)")


def _without_paragraph_mark(s: Sentence) -> Sentence:
    """A sentence of a press release's "□" paragraph, without the mark (its "○" lines below
    are still the list)."""
    m = _PARAGRAPH_MARK.match(s.text)
    if m is None or "□" in s.text[m.end() :]:
        return s
    return Sentence(s.start + m.end(), s.end, s.text[m.end() :])


def _with_first_bullet(doc: Document, s: Sentence) -> Sentence:
    """"▲A ▲B": the splitter may have left the first "▲" outside the sentence."""
    lead = re.search(rf"[{SYMBOLS}{CIRCLED}][ \t]*$", doc.text[max(0, s.start - 3) : s.start])
    if not lead:
        return s
    start = s.start - (len(lead.group()))
    return Sentence(start, s.end, doc.text[start : s.end])


def _continues_list(prev: Sentence, s: Sentence) -> bool:
    """``s`` is a bullet line of the list ``prev`` holds or leads in to; after a bullet line,
    one of the same mark ("1. A" then "2. B", not "① 관련기사 …" after "4. D")."""
    last_line = prev.text.rsplit("\n", 1)[-1]
    return bool(LINE_BULLET.match(s.text)) and s.start >= prev.end \
        and _mark(last_line) in ("", _mark(s.text)) and bool(
            SYMBOL_BULLET.search(prev.text) or leads_in(prev.text)
            or LINE_BULLET.search(last_line))   # "1. A" then "2. B"


_NEXT_SIGNING = re.compile(
    r"^\s*(?:이어|이어서|또|또한|아울러|이와\s*함께|이에\s*앞서)\s.*(?:체결(?!식에서|식에서는|\s*후)"
    r"|맺었|맺고|맺으며|협약을\s*했|협약식을\s*가졌)"
    r"|(?:와|과)도\s.*(?:체결했(?!던)|맺었(?!던)|맺고|협약을\s*했(?!던))"
)   # not "이어 진행된 협약 체결식에서 양 기관은 A에 협력하기로 했다": the same signing, nor
#     "B와도 지난해 협약을 맺었던 A는": a clause of what A did before, no signing told


def _next_signing(text: str) -> bool:
    """A later signing ("이어 B와도 협약을 체결했다"), or one of the same event told as an aside
    ("한편 시는 같은 날 오후 B와 협약을 맺었다", rule same-occasion)."""
    return bool(_NEXT_SIGNING.search(text)) or same_occasion(text) and bool(SIGNED.search(text))


_BULLET_LINE = re.compile(rf"[ \t]*\n[ \t\n]*{LINE_MARK}[^\n]*")
# Rule caption-ends-list: a photo caption written as a bullet line after the list ("▲ 협약식에
#참석한 … 의장(왼쪽 세 번째)과 내빈들이 기념촬영을 하고 있다") is no item and ends it
# (the caption words of text.PHOTO_CAPTION, and a caption's other forms: "사진: …", "(좌)",
# "… 기념 촬영을 하고 있다", "… 모습")
_PHOTO_LINE = re.compile(
    PHOTO_CAPTION + r"|사진\s?[:：]|사진\s제공|기념\s촬영|[(（]\s*(?:좌|우)[)\s]"
    r"|(?:하고|고)\s*있다\.?\s*$|모습\.?\s*$")


def _with_bullet_lines(doc: Document, block: Sentence) -> Sentence:
    """The block extended over the bullet lines right after it in the article text, past a
    line that interrupts them (rule list-interruptions) and past one or two lines put between
    a lead-in and its list (rule list-after-interjection), those lines blanked.

    Cleaning may drop a short line ("▲교육") as clutter; the list still needs it.
    """
    end = _bullet_lines_end(doc, block.end)
    if end == block.end:
        end = _note_mark_lines_after(doc, end)
    if end == block.end and leads_in(block.text) and bullet_items(block.text) is None:
        after = _interjection_end(doc, block.end)
        end = _bullet_lines_end(doc, after)
        end = block.end if end == after else end
    if end == block.end:
        return block
    listed = _list_over(doc, block, end)
    if closing := _CLOSING_LINE.match(doc.text, end):   # "1. A\n2. B\n등이며 …"
        listed = Sentence(block.start, closing.end(), listed.text + closing.group())
    return listed


def _bullet_lines_end(doc: Document, end: int) -> int:
    """Where the bullet lines right after ``end`` stop (at a caption after the last of them, a
    "□" paragraph or a list of other articles), past a line that interrupts them (rule
    list-interruptions)."""
    while True:
        if (m := _list_line(doc, end)) is not None:
            end = m.end()
        elif (hop := _interruption(doc, end)) is not None:
            end = hop   # the list goes on after it
        else:
            return end


# Rule list-after-interjection: a lead-in ("다음 사항에 협력하기로 했다.") and its list with a
# line or two put between them (a subscription prompt, an aside "한편 …", a quote, a photo's
# caption, what a page glued after the lead-in's stop: "… 했다. [가온타임스]"; and any list of
# other articles cleaning dropped): the list is the lead-in's, the lines between are none of
# it. Never a line leading in itself, nor a bullet line but a caption's.
_INTERJECTED_LINES = 2
_REST_OF_LINE = re.compile(r"[^\n]*")
_ONE_LINE = re.compile(r"\n[ \t]*(?P<line>[^\n]*\S[^\n]*)")


def _interjection_end(doc: Document, end: int) -> int:
    """Where the rest of the lead-in's line and the lines put after it end."""
    rest = _REST_OF_LINE.match(doc.text, end)
    at, count = rest.end() if rest else end, 0
    while (line := _ONE_LINE.match(doc.text, at)) is not None:
        if _other_article(doc, line):   # a list of other articles, dropped whole: not counted
            at = line.end()
            continue
        if count == _INTERJECTED_LINES or leads_in(line["line"]) \
                or LINE_BULLET.match(line["line"]) and not _PHOTO_LINE.search(line["line"]):
            break
        at, count = line.end(), count + 1
    return at


def _mark(line: str) -> str:
    """The kind of mark a bullet line opens with (its family in ``text.ITEM_MARKS``; "1.",
    "(2)" and "가." are one kind, a list numbering its items with either), "" for none."""
    found = item_mark(line) if LINE_BULLET.match(line) else None
    if found is None:
        return ""
    return "numbered" if found.family == "lettered" else found.family


def _list_over(doc: Document, block: Sentence, end: int) -> Sentence:
    """``block`` extended to ``end`` over its list's lines, the lines between them that are
    none of the list's blanked (rule caption-between-items: "2. A" / "가온은행 본관 전경.
    /가온뉴스 DB" / "3. B", the caption no part of A): a line with no mark, one of another mark
    that cleaning dropped (a head shot "▲ 김다온 가온대 대표이사" amid "1." lines), and what
    follows a lead-in on its own line (rule list-after-interjection)."""
    lines = doc.text[block.end : end].split("\n")
    own_line = block.text.rsplit("\n", 1)[-1]
    mark = _mark(lines[-1]) or _mark(own_line)   # the list's: that of the last line read
    kept = [_mark(own_line) != "" or not lines[0].strip()]   # the rest of the block's line
    at = block.end + len(lines[0]) + 1
    for k, line in enumerate(lines[1:], 1):
        kept.append(not line.strip() or not _interrupts(doc, line) and (
            _mark(line) == mark or _mark(line) != "" and _holds_sentence(doc, at, at + len(line))
            or _heads_sub_items(line, lines[k + 1] if k + 1 < len(lines) else "", mark)))
        at += len(line) + 1
    text = "\n".join(line if keep else " " * len(line) for line, keep in zip(lines, kept,
                                                                           strict=True))
    return Sentence(block.start, end, block.text + text)


def _heads_sub_items(line: str, below: str, mark: str) -> bool:
    """Rule nested-list: a line of another mark over a line of the list's mark indented
    deeper ("■ 공동 연구" over "  - 스택 개발") heads sub-items; it is an item too."""
    def indent(x: str) -> int:
        return len(x) - len(x.lstrip())
    return _mark(line) != "" and _mark(below) == mark and indent(below) > indent(line)


def _holds_sentence(doc: Document, start: int, end: int) -> bool:
    """Whether cleaning kept a body sentence (no caption) that starts in doc.text[start:end]."""
    return any(start <= s.start < end and not doc.is_caption(s) for s in doc.sentences)


def _list_line(doc: Document, end: int) -> re.Match[str] | None:
    """The bullet line right after ``end`` that goes on with a list: no paragraph's "□", no
    other article's headline, no photo caption, head shot or promotion."""
    m = _BULLET_LINE.match(doc.text, end)
    if m is None or _PARAGRAPH_MARK.match(m.group()) or _other_article(doc, m) \
            or _interrupts(doc, m.group()):
        return None
    return m


# Rule list-interruptions: a page sets a photo caption ("[사진] … 기념촬영을 하고 있다"), a
# head shot's caption ("▲ 홍길동 가온재단 이사장", someone the story names) or a promotion
# ("▶ 뉴스레터 구독하기", "[AD] … 바로가기") between two bullet lines of one list: no item,
# and the list goes on after it (a caption after the last bullet still ends the list:
# caption-ends-list)
_LINE_AFTER = re.compile(r"[ \t]*\n[ \t\n]*([^\n]+)")
_PROMO = re.compile(rf"{PAGE_PROMO}|^\s*[\[<(]\s*(?:AD|광고|PR|협찬)\s*[\]>)]")


def _interrupts(doc: Document, line: str) -> bool:
    """Whether ``line`` is a caption, a head shot or a promotion (rule list-interruptions)."""
    name = head_shot_name(line)
    return bool(_PHOTO_LINE.search(line) or _PROMO.search(line)) \
        or name is not None and is_name(name) and doc.text.count(name) >= 2


def _interruption(doc: Document, end: int) -> int | None:
    """The end of the interrupting line right after ``end`` when a bullet line of the list
    follows it (rule list-interruptions), else None."""
    m = _LINE_AFTER.match(doc.text, end)
    if m is None or not _interrupts(doc, m.group(1)) or _other_article(doc, m):
        return None
    return m.end() if _list_line(doc, m.end()) is not None else None


# "[협약 주요 내용]": a heading on its own line, dropped by cleaning, over a list's lines
_HEADING_BEFORE = re.compile(r"([\[<【〈][^\n\]>】〉]{2,30}[\]>】〉])[ \t]*\n[ \t\n]*$")


def _with_heading_before(doc: Document, s: Sentence) -> Sentence:
    """A block that opens with a bullet line, with the heading line right above it that leads
    in to the list ("[협약 주요 내용]" + "- A" / "- B"): the heading says what the list is."""
    if not LINE_BULLET.match(s.text):
        return s
    m = _HEADING_BEFORE.search(doc.text, max(0, s.start - 40), s.start)
    if m is None or not leads_in(m.group(1)):
        return s
    return Sentence(m.start(), s.end, doc.text[m.start() : s.end])


_NOTE_MARK_LINE = re.compile(r"[ \t]*\n[ \t\n]*※[^\n]*")


def _note_mark_lines_after(doc: Document, end: int) -> int:
    """Rule note-mark-lines: where the lines a ※ opens right after ``end`` stop, when they
    are a list's items and not notes (else ``end``)."""
    stop = end
    while (m := _NOTE_MARK_LINE.match(doc.text, stop)) and not _other_article(doc, m):
        stop = m.end()
    return stop if stop > end and note_mark_lines(doc.text[end:stop]) else end


# A line that closes the bullet list above it: "등이다.", "등이며 이를 위해 …하기로 했다.", and
# the rest of a sentence broken around the list, opened by the last item's particle ("양측은
# 향후" / "- A" / "- B" / "에 힘을 모은다.")
_CLOSING_LINE = re.compile(
    r"[ \t]*\n[ \t]*(?:등(?:이다|이며|을|의|에)|(?:을|를|에|으로|로)\s)[^\n]*")
