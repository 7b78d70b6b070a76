"""The text's form: what differs from site to site and export to export while the words stay.

``readable(text)`` is the article text as a reader sees it, before anything is cleaned or
read (``extract`` calls it first; sentence offsets index what it returns):

- HTML entities a page or an export left escaped are decoded ("&quot;", "&amp;", "&middot;",
  "&nbsp;", "&#39;", twice-escaped "&amp;quot;"); a text with no "&" is not touched;
- characters that show nothing are dropped (zero-width spaces and joiners, a soft hyphen,
  a byte-order mark): "가온\\u200b대학교" is 가온대학교;
- spaces of other widths (no-break, ideographic U+3000, thin, figure) and tabs become
  plain spaces, full-width ASCII (２０２４, ＬＧ, （주）) plain ASCII, ㈱ ㈜, corner brackets and
  the double prime the quotes the rules know (「」 ‘’, 『』 “”, ″ "), and a middle dot of
  another font between two words (•‧∙․⋅・･) the Latin ·, one character for one;
- lines broken inside a sentence are joined: such a line break becomes a space. Two kinds of
  evidence find them, in one pass over the lines (``unwrapped``): a text hard-wrapped
  throughout (when most lines stop short of one width, as an export or a mail copy wrapped
  at 30-70 characters does, a line that the next line's first word would have made longer
  than that width is a wrap; only when at least half of the lines followed by a line of
  text are such wraps, or, on a page whose clutter the wrapper never cut, at least half of
  the lines of prose that stop inside a sentence (rule wrapped-among-clutter): a page of
  short lines, menus and lists, is left as it is), and one
  story line broken in two on a cluttered page (``text.breaks_inside_sentences``, rule
  wrapped-line: the line stops on a word no line ends on and the next goes on). The width
  finds two wraps in three that no word shows, the words the one break on a page the width
  says nothing of; both make the same space, so every later reader (sentences, bullet
  lines, dates) reads the joined line;
- a photo caption set on its own line between the two halves of one story sentence moves
  after the sentence, whose halves then join (rule caption-inside-sentence);
- a text given on one line (an export that put the article in one cell: one line of more
  than 300 characters holds 80 % of it) is broken after each sentence, as a page shows
  it (also after a stop with no space after it, "…했다.이번": a line break is put in
  there), so a line is again a sentence and not the whole article; and around the furniture
  of a flattened page (a byline, a dateline's stamp, a column bar, an image's file name, a
  rights notice), so the story's first sentence starts with the story; and after the words of
  a widget or a menu that open a sentence (rule widget-before-story), so the sentence is
  read and not dropped with them as clutter;
- ※ written as the bullets of a list on one line ("※ 공동 연구 ※ 인력 교류") reads as ▲,
  the bullet the rules know; one ※ on a line (a note: "※ 문의: …") stays.

A text with none of these is returned as given (the same string), so articles written the
usual way read exactly as before.
"""
from __future__ import annotations

import functools
import html.entities
import re

from .datelines import DATELINES
from .text import (
    BYLINE,
    FOOTER,
    breaks_inside_sentences,
    headline_shaped,
    page_clutter,
    stories_after_clutter,
    visible,
    whole_caption,
)

_ENTITY = re.compile(r"&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_NAMED = html.entities.html5
# spaces of other widths (and tabs) -> a plain space; full-width ASCII -> ASCII
_PLAIN: dict[int, str] = {
          **dict.fromkeys(map(ord, "\t\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
                              "\u2007\u2008\u2009\u200a\u202f\u205f\u3000"), " "),
          **{code: chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F)},
          ord("㈱"): "㈜",                        # (株): 주식회사, as ㈜
          # corner brackets and the double prime written as quotes: the quotes the rules read
          ord("「"): "‘", ord("」"): "’", ord("『"): "“", ord("』"): "”", ord("″"): "\""}
# a middle dot of another font between two words ("가온•누리", "연구‧개발"): the Latin one
# (ㆍ, the usual Korean one, is read as it is)
_ODD_DOT = re.compile(r"(?<=[\w)])[•‧∙․⋅・･](?=[\w(])")
# a sentence's end, and the space after it ("…했다. 이어", "…밝혔다.” 한편")
_SENTENCE_END = re.compile(r"(?<=[가-힣][.!?])[ ](?=\S)|(?<=[가-힣][.!?][”\"’'」』])[ ](?=\S)")
# (rule glued-stop) a sentence glued to the next with no space after its full stop ("…체결했다.
# 이번 협약은" written "…체결했다.이번 협약은"): in a text given on one line the break goes
# after the stop (a line break put in: the text grows by one character there)
_GLUED_END = re.compile(r"(?<=[가-힣][다요][.!?])(?=[가-힣])")
_ONE_LINE_CHARS = 300        # a line this long with sentences in it: a text given on one line
# (rule flat-page) where a page flattened onto one line leaves its furniture before the story:
# a byline ("… 추진 [가온=누리통신] 홍길동 기자 = 가온시는"), a column bar ("사진 | ⓒ | 지난
# 4일"), an image's file name ("… 본문 a1b2.jpg 가온대학교는"), a rights notice ("… *재판매 및
# DB 금지 협약에"): the line breaks there, so the story's first sentence starts with the story
_FURNITURE_BREAK = re.compile(r"(?<=\S) (?=" + BYLINE + r")"
                              r"|(?<=[|ㅣ]) (?=\S)|(?<=\.jpg|\.png|\.gif) |(?<=\.jpeg) ")
# a dateline's stamp ("홍길동 기자 | 2024.05.12 14:03 가온시는", "(사진=가온시 제공) 2024.05.12.
# hong@gaon.kr 협약에 따라") or a rights notice ("… *재판매 및 DB 금지 협약에"): the line breaks
# at the first space after it
_RIGHTS = re.compile(FOOTER + r"|재판매 및 DB 금지")
# (rule note-mark-bullets) ※, the reference mark a note opens with ("※ 문의: 가온시 …"), used as
# the bullet of a list written on one line ("※ 공동 연구 ※ 인력 교류 ※ 시설 공유"): two or more
# on one line, each before an item, are read as ▲, the list's bullet the rules know; a line
# with one ※ (a note) keeps it
_NOTE_MARK = re.compile(r"(?:^|(?<=\s))※(?=[ \t]?[^\s※])")
_LINE = re.compile(r"[^\n]+")
# (rule interview-slash) A broadcaster's interview line writes the speaker's name and post
# apart with a slash ("[인터뷰] 홍길동 / 가온군수"): the slash is read as a space, so the name
# and the post are read as a head's, as written beside each other
_INTERVIEW_SLASH = re.compile(
    r"(?m)^(\s*[\[(【<]\s*(?:인터뷰|녹취)\s*[\])】>]\s*[가-힣]{2,4}\s?)/(?=\s?[가-힣])")
# (rule answer-speaker) A Q&A answer opens on its speaker in brackets ("A. (홍길동 가온재단
# 이사장) …", "답: (홍길동 이사장) …"): the brackets are read as a space and a colon, so the
# name and the post are read as a head's, as in "A. 홍길동 가온재단 이사장: …"
_ANSWER_SPEAKER = re.compile(
    r"(?m)^(\s*(?:A|답)\s?[.:)]\s*)\(([가-힣]{2,4}(?:\s[가-힣A-Za-z]{1,20}){1,2})\)(?=\s)")
# a line that opens a list item or a new part: never the tail of a wrapped line
_OPENS = re.compile(r"^\s*([△▲▽▼○●◎◇◆□■▶▷►☞※•∙·ㆍ\-–*]|[①-⑳]|\d{1,2}[.)]\s|[가-하][.)]\s"
                    r"|\(\d{1,2}\)|\[|<|【)")
_FINISHED = re.compile(r"[.!?。][\"”’'」』)]?\s*$")


def readable(text: str) -> str:
    """``text`` as a reader sees it (see the module doc); the same string when nothing
    differs from the usual form."""
    given = text
    if "&" in text:
        text = decoded(text)
    text = visible(text).translate(_PLAIN)
    if _ODD_DOT.search(text):
        text = _ODD_DOT.sub("·", text)
    text = relined(unwrapped(text))
    if "/" in text:
        text = _INTERVIEW_SLASH.sub(lambda m: m.group(1) + " ", text)
    if text.count("※") >= 2:
        text = _LINE.sub(_note_bullets, text)
    if "(" in text:
        text = _ANSWER_SPEAKER.sub(lambda m: m.group(1) + " " + m.group(2) + ":", text)
    return given if text == given else text


def _note_bullets(line: re.Match[str]) -> str:
    """A line's ※ marks read as ▲ when they are a list's bullets (rule note-mark-bullets)."""
    marks = _NOTE_MARK.findall(line.group(0))
    return _NOTE_MARK.sub("▲", line.group(0)) if len(marks) >= 2 else line.group(0)


def decoded(text: str) -> str:
    """HTML entities decoded, twice-escaped ones too ("&amp;quot;"); control characters an
    entity names become spaces."""
    def one(m: re.Match[str]) -> str:
        body = m.group(1)
        if body[0] == "#":
            code = int(body[2:], 16) if body[1] in "xX" else int(body[1:])
            ch = chr(code) if 0 < code < 0x110000 and not 0xD800 <= code < 0xE000 else " "
            return " " if (ch < " " and ch not in "\t\n") or ch == "\x7f" else ch
        return _NAMED.get(body + ";", m.group(0))

    for _ in range(2):
        new = _ENTITY.sub(one, text)
        if new == text:
            break
        text = new
    return text


def unwrapped(text: str) -> str:
    """Lines broken inside a sentence joined (see the module doc): such a line break becomes
    a space, one character for one ("\\r\\n" two spaces); a caption set inside a sentence
    first moves after it (rule caption-inside-sentence)."""
    rows = text.splitlines(keepends=True)
    if len(rows) < 2:
        return text
    rows = _captions_lifted(rows)
    lines = [row.rstrip("\r\n") for row in rows]
    inside = breaks_inside_sentences(lines, _wraps(lines))
    if not inside:
        return "".join(rows)
    return "".join(line + " " * (len(row) - len(line)) if i in inside else row
                   for i, (row, line) in enumerate(zip(rows, lines, strict=True)))


# (rule caption-inside-sentence) A page that set a photo's caption between the two halves of
# one story sentence ("양 기관은 A 사업과" / "▲12일 … 들어 보이고 있다.(사진=…)" / "B 지원에
# 함께 나선다."): the caption line moves after the second half, which finishes the sentence,
# so the halves join as a line broken in two does (rule wrapped-line). Only a whole caption
# (opened by its mark, closed by its credit or its "…하고 있다.") between two lines of text.
def _captions_lifted(rows: list[str]) -> list[str]:
    """``rows`` with each caption set inside a sentence moved after the sentence's end."""
    for k in range(1, len(rows) - 1):
        before, caption, after = (row.rstrip("\r\n") for row in rows[k - 1:k + 2])
        if not (whole_caption(caption) and before.strip() and _FINISHED.search(after)
                and not whole_caption(before) and not _OPENS.match(after)):
            continue
        # the two lines swap, each row's line break staying where it was
        swapped = [after + rows[k][len(caption):], caption + rows[k + 1][len(after):]]
        lifted = rows[:k] + swapped + rows[k + 2:]
        if k - 1 in breaks_inside_sentences([row.rstrip("\r\n") for row in lifted[:k + 1]]):
            rows = lifted
    return rows


def _wraps(lines: list[str]) -> set[int]:
    """The lines of a text wrapped throughout that a wrapper cut (none when the text is not
    wrapped so)."""
    lengths = sorted(len(line.rstrip()) for line in lines if line.strip())
    if len(lengths) < 5:
        return set()
    width = lengths[len(lengths) * 9 // 10]
    if not 25 <= width <= 70:
        return set()
    joins = [i for i in range(len(lines) - 1) if _wrapped(lines[i], lines[i + 1], width)]
    # lines followed by another line of text: in a wrapped text most of them are wraps (a page
    # of short lines, menus and lists, has a few lines that look cut and many that do not); on
    # a cluttered page, most of its prose's (rule wrapped-among-clutter)
    inner = sum(1 for i in range(len(lines) - 1) if lines[i].strip() and lines[i + 1].strip())
    if len(joins) >= 2 and 2 * len(joins) >= inner:
        return set(joins)
    return _prose_wraps(lines, joins)


# (rule wrapped-among-clutter) A wrapped text on a cluttered page: the page's own short lines (a
# share bar, a byline, a footer, list items) were never long enough for the wrapper to cut and
# keep the wraps under half of all lines, so the signing sentence stayed in two. Its prose still
# shows the width: of the lines of prose that stop inside a sentence (no clutter, no headline,
# no list item; a sentence's end says nothing of a width), most were cut there, at least this
# many. A page of short lines, a list or a poem's lines stop short of the width and stay; a
# line of clutter is joined neither to the next line nor the line before to it.
_PROSE_CUTS = 3


def _prose_wraps(lines: list[str], joins: list[int]) -> set[int]:
    """The cuts ``joins`` of a text wrapped on a cluttered page, when most lines of prose that
    stop inside a sentence are among them (rule wrapped-among-clutter); none otherwise."""
    stops = {i for i in range(len(lines) - 1) if _stops_in_prose(lines[i], lines[i + 1])}
    cuts = stops.intersection(joins)
    if len(cuts) < _PROSE_CUTS or 2 * len(cuts) < len(stops):
        return set()
    return {i for i in joins if not (_clutter(lines[i]) or _clutter(lines[i + 1]))}


def _stops_in_prose(line: str, after: str) -> bool:
    """Whether ``line`` is prose that stops inside a sentence and ``after`` goes on with prose."""
    if not line.strip() or not after.strip() or _FINISHED.search(line):
        return False
    if _OPENS.match(line) or _OPENS.match(after) or headline_shaped(line):
        return False
    return not (_clutter(line) or _clutter(after))


def _clutter(line: str) -> bool:
    """A line of page clutter; a short line that finishes a sentence ("체결했다.") is a wrapped
    sentence's last word, not clutter."""
    return page_clutter(line) and not _FINISHED.search(line)


def _wrapped(line: str, after: str, width: int) -> bool:
    """Whether ``line`` was cut where a wrapper cut it: the next line's first word would have
    made it longer than ``width``, and nothing shows the line ends there."""
    body = line.rstrip()
    if not body or not after.strip() or _OPENS.match(after) or _FINISHED.search(body):
        return False
    first = after.split()[0]
    return len(body) + 1 + len(first) > width - 2 and len(body) >= width * 2 // 3


def relined(text: str) -> str:
    """A text given on one line (one line holds most of it, and it is long) broken after its
    sentences; one character for one, but for a break put after a glued stop (rule
    glued-stop)."""
    lines = text.split("\n")
    longest = max(lines, key=len)
    if len(longest) <= _ONE_LINE_CHARS or len(longest) < 0.8 * len(text.strip()):
        return text
    if len(_SENTENCE_END.findall(longest)) + len(_GLUED_END.findall(longest)) < 3:
        return text
    return "\n".join(_flat_page(line) if line is longest else line for line in lines)


def _flat_page(line: str) -> str:
    """A page flattened onto one line broken after its sentences and around its furniture
    (rule flat-page); a space becomes the break, or one is put after a glued stop."""
    cuts = {m.start() for m in _SENTENCE_END.finditer(line)}
    cuts |= {m.start() for m in _FURNITURE_BREAK.finditer(line)}
    for stamp in _stamps():
        for m in stamp.finditer(line):
            space = line.find(" ", m.end())
            if space > 0:
                cuts.add(space)
    glued = {m.start() for m in _GLUED_END.finditer(line)}
    broken = "".join("\n" if i in cuts else "\n" + ch if i in glued else ch
                     for i, ch in enumerate(line))
    return "\n".join(_story_from_clutter(piece) for piece in broken.split("\n"))


def _story_from_clutter(piece: str) -> str:
    """A piece of a flattened page that opens with a widget's words broken where its story
    sentence starts (``text.stories_after_clutter``, rule widget-before-story)."""
    cuts = set(stories_after_clutter(piece))
    return "".join("\n" if i in cuts else ch for i, ch in enumerate(piece)) if cuts else piece


@functools.cache
def _stamps() -> tuple[re.Pattern[str], ...]:
    """The page's dateline stamps (``datelines``) that are not anchored at a line's end, and
    a rights notice."""
    return (*(p for p in DATELINES if not p.flags & re.M), _RIGHTS)
