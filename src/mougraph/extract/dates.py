"""When the article was published and when the agreement was signed.

Korean news gives the signing day relative to the publication ("19일", "지난 3일",
"지난달 28일", "오늘(17일)"), so a day is turned into a calendar date only when the
publication date is known, or when the text spells out the year.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterable, Sequence

from ..datelines import (
    AFTER_REVISED,
    COPYRIGHT_DATELINE,
    DATELINES,
    ENGLISH_DATELINE,
    english_month,
    hanja_dateline,
    publisher_stamp,
)
from ..hangul import FINAL_N, syllables_with_final
from ..model import Article
from ..text import LIST_HEADER, Document, Sentence, item_mark, visible
from .cues import (
    AGREEMENT,
    CEREMONY,
    EARLIER,
    EARLIER_CLAUSE,
    MET,
    SIGN_VERB,
    SIGNING_DAY_WAS,
    about_earlier,
    agreement_only_told,
)

# --- publication date --------------------------------------------------------------

def _english_dateline(text: str) -> dt.date | None:
    for m in ENGLISH_DATELINE.finditer(text):
        month = english_month(m.group("mon") or m.group("mon2"))
        if month is None:
            continue
        day, year = m.group("d") or m.group("d2"), m.group("y") or m.group("y2")
        if found := _ymd(year, str(month), day):
            return found
    return None


def _ymd(year: str, month: str, day: str) -> dt.date | None:
    try:
        return dt.date(int(year) + (2000 if len(year) == 2 else 0), int(month), int(day))
    except ValueError:
        return None


# A date in an article's address: "/2025/06/17/", "view/20240108000922", "?no=20210714091614",
# "NISX20231011_000…": a run of digits that opens with the day (8 digits only after letters,
# where a plain 8-digit number is an article number)
_URL_DATES = (
    re.compile(r"/((?:19|20)\d{2})/(\d{2})/(\d{2})(?:/|$)"),
    re.compile(r"(?<![\d])((?:19|20)\d{2})(\d{2})(\d{2})\d{2,14}(?!\d)"),
    re.compile(r"(?<=[A-Za-z])((?:19|20)\d{2})(\d{2})(\d{2})(?!\d)"),
    # "/2026-11-28/", "?date=2026-11-28", "/202611/28/", "/2026/1128/", and a path segment of
    # eight digits with more path after it ("/20261128/12345": a folder by day)
    re.compile(r"(?<![\d-])((?:19|20)\d{2})-(\d{2})-(\d{2})(?![\d-])"),
    re.compile(r"/((?:19|20)\d{2})(\d{2})/(\d{2})/"),
    re.compile(r"/((?:19|20)\d{2})/(\d{2})(\d{2})/"),
    re.compile(r"/((?:19|20)\d{2})(\d{2})(\d{2})/(?=[^/?#]+)"),
    # "key=20261128.22012003456": the day, a dot, the article's number
    re.compile(r"(?<![\d.])((?:19|20)\d{2})(\d{2})(\d{2})\.\d{5,}(?![\d.])"),
)


def url_date(url: str | None) -> dt.date | None:
    """The publication day an article's address carries, when it carries one."""
    for pattern in _URL_DATES if url else ():
        for m in pattern.finditer(url):  # type: ignore[arg-type]
            if found := _ymd(*m.group(1, 2, 3)):
                return found
    return None


# how far into the text the page's own dateline stands (a related article's "입력 …" in a
# list at the foot of the page is not this article's)
_HEAD = 300


def written_on(article: Article) -> dt.date | None:
    """The day the text's relative days ("지난달 29일", "26일") count from: the publication
    date, unless the text's own first dateline at its head ("입력 2023.08.01 | 수정
    2023.09.04") is earlier than the record's date (a record dated by a later revision or a
    later copy)."""
    published = publication_date(article)
    if article.published and (m := DATELINES[0].search(article.text, 0, _HEAD)) and \
            (entered := _ymd(*m.group(1, 2, 3))) and entered < article.published:
        return entered
    return published


def publication_date(article: Article) -> dt.date | None:
    """The record's ``published`` date, else a dateline found in the text, else a date in
    the article's address."""
    if article.published:
        return article.published
    for n, pattern in enumerate(DATELINES):
        for m in pattern.finditer(article.text):
            # (a bare date may be another article's; one after 입력/등록/… is the page's,
            # unless its own line is an item of a list: "1 누리시, 노선 개편 입력 2019.05.20")
            if _of_another_article(article.text, m.start(),
                                   listed_only=n < _WORDED or n in _OWN_WHEREVER):
                continue
            if n != _REVISION and AFTER_REVISED.search(article.text, 0, m.start()):
                continue   # "수정 2019.05.24 17:03 | 2019.05.22 15:12": the revision's
            if found := _ymd(*m.group(1, 2, 3)):
                return found
    if (hanja := hanja_dateline(article.text)) and (found := _safe_date(*hanja)):
        return found
    if stamp := publisher_stamp(article.text, article.publisher):
        return _ymd(*stamp.group(1, 2, 3))
    return _english_dateline(article.text) or url_date(article.url)


# the heading of a page's list of other articles, and a line of such a list ("· 가온시, 예산
# 늘려 2025-02-11 10:20", "2 누리군 청년 주택 입주자 모집 2025.11.26")
_WORDED = 2   # the first rule branches of DATELINES: a date after a dateline's word
_REVISION = len(DATELINES) - 1   # the branch of a revision's date, the last
_BYLINES = frozenset(n for n, p in enumerate(DATELINES)
                     if p.pattern.startswith("[가-힣]\\s?기자"))
# …and a copyright line, which is the page's wherever it stands (at the foot, after a list)
_OWN_WHEREVER = _BYLINES | {DATELINES.index(COPYRIGHT_DATELINE)}
# the marks such a line opens with (families of text.ITEM_MARKS): a rank or a bullet
_LISTED_MARKS = frozenset({"numbered", "ranked", *"·•ㆍ-▶▷■□○◆◇"})


def _of_another_article(text: str, at: int, *, listed_only: bool = False) -> bool:
    """Whether the date at ``at`` stands in a list of other articles: after such a list's
    heading, or at the end of a listed line that opens with a bullet or a rank. A reporter's
    dated byline (``listed_only``) is the page's after a heading too (a "관련기사" box inside
    the story, the byline at its foot), unless its own line is listed."""
    if not listed_only and LIST_HEADER.search(text, 0, at):   # the cleaning's own headers
        return True
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    mark = item_mark(line, _LISTED_MARKS)
    return at > line_start and mark is not None and not _bulleted_dateline(text, line_start,
                                                                           mark.item)


# a sentence of the story, closed ("…맺었다. ")
_STORY_SENTENCE = re.compile(r"다\.(?:\s|$)")


def _bulleted_dateline(text: str, line_start: int, item: str) -> bool:
    """(rule bulleted-dateline) A header box of bullets over the story whose line is the
    dateline itself ("  • 입력 : 2024. 03.25(월) 09:12" over "  • 홍길동기자"): the page's own.
    The same line below a sentence of the story is a list of other articles'."""
    return bool(DATELINES[0].match(item)) and not _STORY_SENTENCE.search(text, 0, line_start)


# --- signing date and time ---------------------------------------------------------

# A date expression: full date, month + day, or a day (with 지난/오는/이달/지난달 …).
_DATE = re.compile(
    r"(?P<full>(?P<y>\d{4})\s*년\s*(?P<fm>\d{1,2})\s*월\s*(?P<fd>\d{1,2})\s*일"
    r"|(?<![\d/])(?P<y2>\d{4})(?P<sep>[./-])\s?(?P<fm2>\d{1,2})(?P=sep)\s?(?P<fd2>\d{1,2})\.?"
    r"(?!\s*\d{1,2}:\d{2})(?![\d/])"
    # the year in two figures after an apostrophe, as government releases write it: "'19. 11. 14."
    r"|['’](?P<y3>\d{2})\.\s?(?P<fm3>\d{1,2})\.\s?(?P<fd3>\d{1,2})(?![\d])\.?"
    # …and without it, "19.11.14": a date only in a year next to the publication's (_resolve)
    r"|(?<![\w.'’/:-])(?P<y4>\d{2})\.(?P<fm4>\d{1,2})\.(?P<fd4>\d{1,2})\.?(?![\d.:/-]))"
    # a relative word stands alone: "…바이오는 23일" is a name's end and a particle, no
    # "오는 23일" (rule day-relative-word-alone)
    r"|(?P<md>(?:(?<![가-힣])(?P<yrel>지난해|작년|전년|올해|금년|올)\s*)?"
    r"(?:(?<![가-힣])(?P<mrel>지난|오는)\s*)?"
    r"(?P<m>\d{1,2})\s*[월月]\s*(?P<d>\d{1,2})\s*[일日]"
    # a press release's "5. 20.(월)", "5.20(월)", "5/20(월)": month and day in figures, the
    # weekday after; "5. 20." and "지난 5/20" with none only in a recent past (_resolve)
    r"|(?<![\d.])(?P<m2>\d{1,2})(?:\.\s?|/)(?P<d2>\d{1,2})\.?(?=\s?\([월화수목금토일]\))"
    r"|(?<![\w.,/])(?P<m3>\d{1,2})\.\s?(?P<d3>\d{1,2})\.(?=\s[가-힣])"
    r"|(?<=지난\s)(?P<m4>\d{1,2})/(?P<d4>\d{1,2})(?![\d/])"
    # a caption's "5.19 협약식", "5.19 업무협약 체결": month and day before the signing's word
    r"|(?<![\w.,/])(?P<m5>\d{1,2})\.(?P<d5>\d{1,2})(?=\s?(?:업무\s?)?(?:" + AGREEMENT + "|"
    + SIGN_VERB + r")))"
    r"|(?P<day>(?:(?<![가-힣])"
    r"(?P<rel>지난달|지난\s달|이달|이번\s?달|다음\s?달|내달|지난|오는|오늘|당일)"
    r"\s*\(?\s*)?"
    # (rule ordinal-je: "제2일반산업단지", "제3일" count with 제, no day)
    r"(?<![\d.])(?<!제)(?P<dd>\d{1,2})\s*[일日])"
    # a word of a name that starts so is no day ("㈜오늘배달", "어제오늘카페"): the day word stands
    # alone or takes a particle or 오전/오후 (rule day-word-alone)
    r"|(?<![가-힣])(?P<word>오늘|금일|어제|그저께|그제)(?!\s*\(|날)"
    r"(?=[은는도의에만]|부터|까지|오전|오후|[^가-힣]|$)"
    # "지난 금요일(19일)": the day written beside it reads instead; a figure that is no day
    # ("지난 금요일 2025 …박람회") does not
    r"|(?P<weekday>지난\s*(?P<wk>주\s*)?(?P<wd>[월화수목금토일])요일)(?!\s*\(?\s*\d{1,2}\s*[일日])"
)
# "N일" that is not a date: durations, counts, ordinals ("10일간", "3일 동안", "7일분"; a
# "분" only joined to the day: "15일 분당구 …" is a day and a place)
_NOT_A_DAY = re.compile(r"\s*(?:간|동안|째|만에|이내|치|자\b)|분")
# the verbs an article reports with ("밝혔다", "전했다", "발표했다")
_REPORT_VERB = r"(?:밝혔|밝혀|전했|전해|말했|발표|알렸|알려|공개했|소개했|설명했)"
# "…체결했다고 20일 밝혔다": the day of the announcement, not of the signing.
_ANNOUNCED = re.compile(
    r"\s*(?:\([월화수목금토일]\)\s*)?(?:오전|오후)?\s*" + _REPORT_VERB +
    r"|\s*\S+(?:에|의)\s*따르면"   # "12일 한빛시에 따르면": the day of the report
    r"|\s*(?:보도\s*자료|자료)(?:를|을)?\s*(?:내고|통해|배포)"   # "20일 보도자료를 내고"
)
# "…체결했다고 20일 보도자료를 통해 밝혔다", "…체결했다며 20일 이같이 전했다": a day after a
# quoted clause is the report's
# (the clause may be quoted, its full stop inside: "…체결했다.'고 20일 밝혔다")
_CLOSE_QUOTE = "(?:\\.?['\"’”」』])?"
_REPORTED = re.compile(rf"\S(?:다|라){_CLOSE_QUOTE}(?:고|며|면서)\s+$"
                       r"|따르면,?\s+$")   # "…에 따르면 22일"
# A date that a dateline word heads, or a reporter's name follows: the publication's
_DATELINE_WORD = re.compile(
    r"(?:기사\s*입력|입력|등록|승인|발행|發行|게재|게시|작성|송고|보도|배포|수정|업데이트|최종\s*편집|날짜|"
    r"(?i:posted|published|updated|date))[\]】]?\s*(?:일시|일자|일|시간|日)?\s*[:：]?\s*$"
)
_BYLINE_AFTER = re.compile(r"\.?\s+[가-힣]{2,4}\s?기자")
# A date in figures alone on its line, or with only a name after it ("2019-05-22 홍길동"): the
# page's stamp, never a day the story states
_STAMP_LINE = re.compile(r"(?:^|\n)[ \t]*$")
_STAMP_AFTER = re.compile(r"\.?(?:[ \t]*\(?[월화수목금토일](?:요일)?\)?)?(?:[ \t]+[가-힣]{2,4})?"
                          r"[ \t]*(?:\n|$|[|ㅣ])")
# After a day: the date of an event to come ("오는 6월 1일 개관하는 센터", "25일 열리는 축제")
# After a day: a deadline ("신청을 20일 마감한다", "20일 접수 마감", "20일 마감된 공모")
_DEADLINE = re.compile(r"\s*(?:\S+\s)?(?:마감|접수\s?마감|신청\s?마감)")
_DATES_A_COMING_NOUN = re.compile(
    r"\s*(?:(?:오전|오후)\s*\d{1,2}\s*시\s*)?(?:\S+(?:을|를)\s+)?"
    r"(?:\S*(?:개관|개막|개최|개장|개소|개통|개원|출범|시작|준공|시행|출시|오픈)"
    r"(?:하는|되는|할|될|\s?예정인)|\S*(?:열리는|열릴|여는))\s"
)
# "2일부터", "3~5일", "26일~27일", "18∼19일" (the tilde of Korean word processors), "18, 19일",
# "18일, 19일", "20일과 21일": days of a span or a list
_SPAN_MARKS = "~～∼〜\\-–—"
_SPAN_AFTER = re.compile(
    rf"\s*(?:부터|까지|이후|이전|[{_SPAN_MARKS}]|(?:,|과|와|및)\s*\d{{1,2}}\s*일)")
_SPAN_BEFORE = re.compile(
    rf"\d\s*[.·,{_SPAN_MARKS}]\s*$|\d\s*일\s*(?:[·,{_SPAN_MARKS}]|과|와|및)\s*$")
_TIME = re.compile(
    r"(?P<half>오전|오후|낮|밤|저녁|새벽|아침)?\s*(?P<h>\d{1,2})\s*시(?!간|장|청|민|설|기|점|대|각|작|즌|행|범|의|도|에서|부터까지)"
    r"\s*(?:(?P<min>\d{1,2})\s*분|(?P<ban>반))?"
    r"|(?<![\d.:])(?P<h24>[01]?\d|2[0-3]):(?P<m24>[0-5]\d)(?![\d:])"
)
# A press release's schedule line, "□ 일시 : 2019. 4. 19.(금) 14:00": its date is the event's
# even with a time after it (elsewhere a date and a time are a page's dateline)
_SCHEDULE = re.compile(r"^\W*일\s?시(?:\s?[/·및]\s?장\s?소)?\s*[:：]")
_CLOCK = re.compile(r"\d{1,2}:\d{2}")
# Sentences other than the signing one that may carry its date: the ceremony, "이날".
_CEREMONY = re.compile(
    rf"{CEREMONY}|출범식|협약을|협약 체결|{AGREEMENT}|{SIGN_VERB}|결연|손을?\s?(?:잡|맞잡)|맞잡|맺"
    # "13일 시청에서 열린 행사에는", "13일 시청에서의 행사에는"
    r"|(?:(?:열린|진행된|개최된)\s(?:\S+\s)?|\S에서의\s)행사(?:에는|에서|에|는)"
    r"|(?:이날|이번|협약|체결)\s?행사(?:는|가)\s"   # "이날 행사는 28일 본관에서 열렸다"
    r"|^\W*행사(?:는|가)\s"   # "행사는 20일 시청에서 열렸다", opening the sentence
    r"|" + _SCHEDULE.pattern
)


def _month_back(year: int, month: int, n: int = 1) -> tuple[int, int]:
    month -= n
    while month < 1:
        month += 12
        year -= 1
    return year, month


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    if not 1 <= month <= 12 or not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return dt.date(year, month, day)


def _resolve(m: re.Match[str], published: dt.date | None) -> tuple[bool, dt.date | None]:
    """(is a date expression, the calendar date it fixes or None)."""
    if m.group("full"):
        if m.group("y"):
            return True, _ymd(m.group("y"), m.group("fm"), m.group("fd"))
        if m.group("y2"):
            return True, _ymd(m.group("y2"), m.group("fm2"), m.group("fd2"))
        if m.group("y4"):
            return _bare_figures(_ymd(m.group("y4"), m.group("fm4"), m.group("fd4")), published)
        return True, _ymd(m.group("y3"), m.group("fm3"), m.group("fd3"))
    if m.group("word"):
        if published is None:
            return True, None
        back = {"오늘": 0, "금일": 0, "어제": 1, "그저께": 2, "그제": 2}[m.group("word")]
        return True, published - dt.timedelta(days=back)
    if m.group("weekday"):
        return True, None if published is None else _last_weekday(m, published)
    if m.group("m3") or m.group("m4") or m.group("m5"):   # "11. 14.", "지난 11/14", "5.19 협약식"
        return _bare_figures(None if published is None else _month_day(m, published),
                             published)
    if m.group("md"):
        return True, None if published is None else _month_day(m, published)
    day = int(m.group("dd"))
    if not 1 <= day <= 31:
        return False, None
    return True, None if published is None else _day_only(m, day, published)


def _bare_figures(found: dt.date | None, published: dt.date | None
                  ) -> tuple[bool, dt.date | None]:
    """Figures with dots or a slash and no weekday ("19.11.14", "11. 14.", "지난 11/14") are a
    date only when they fix a day in the recent past of the publication: elsewhere they are a
    score, a ratio, a version or a list's numbering."""
    if found and published and published - _RECENT <= found <= published + _AHEAD:
        return True, found
    return False, None


def _last_weekday(m: re.Match[str], published: dt.date) -> dt.date:
    """"지난 금요일": the last Friday before the publication; "지난주 금요일": the Friday of
    the week before the publication's (weeks run Monday to Sunday)."""
    weekday = "월화수목금토일".index(m.group("wd"))
    if m.group("wk"):
        monday = published - dt.timedelta(days=published.weekday() + 7)
        return monday + dt.timedelta(days=weekday)
    back = (published.weekday() - weekday) % 7 or 7
    return published - dt.timedelta(days=back)


def _month_day(m: re.Match[str], published: dt.date) -> dt.date | None:
    """"3월 19일", "지난해 12월 28일": the year is the publication's (or the one before)."""
    month = int(m.group("m") or m.group("m2") or m.group("m3") or m.group("m4") or m.group("m5"))
    day = int(m.group("d") or m.group("d2") or m.group("d3") or m.group("d4") or m.group("d5"))
    year = published.year
    if m.group("yrel") in {"지난해", "작년", "전년"}:
        year -= 1
    found = _safe_date(year, month, day)
    # "12월 28일" in an article of 3 January is last year's ("오는 2월 3일" is this year's)
    if found and not m.group("yrel") and m.group("mrel") != "오는" and \
            found > published + dt.timedelta(days=31):
        found = _safe_date(year - 1, month, day)
    if m.group("yrel"):
        return found
    return _by_weekday(m, found, [_safe_date(y, month, day) for y in (year - 1, year, year + 1)])


def _day_only(m: re.Match[str], day: int, published: dt.date) -> dt.date | None:
    """"19일", "지난 3일", "지난달 28일", "오는 3일": the month is fixed by the publication."""
    rel = (m.group("rel") or "").replace(" ", "")
    year, month = published.year, published.month
    tomorrow = published + dt.timedelta(days=1)
    if rel in {"", "오늘", "당일"} and day == tomorrow.day == 1:
        # the record's day is a month's last, the signing the next month's first
        return _safe_date(tomorrow.year, tomorrow.month, 1)
    if rel == "지난달":
        year, month = _month_back(year, month)
    elif rel in {"다음달", "내달"}:
        year, month = _month_back(year, month, -1)
    elif rel == "오는":
        if day < published.day:  # "오는 3일" written on the 28th is next month's
            year, month = _month_back(year, month, -1)
    elif rel not in {"이달", "이번달"} and day > published.day and not (
            rel in {"", "오늘", "당일"} and day == tomorrow.day):
        # "30일" in an article of the 2nd is last month's (and December's in January); a bare
        # "21일" or "오늘(21일)" in a record dated the 20th is the next day (a record dated in
        # another time zone): a day weeks back is written "지난 21일" or "지난달 21일"
        year, month = _month_back(year, month)
    found = _safe_date(year, month, day)
    if rel in {"지난달", "이달", "이번달", "다음달", "내달"}:
        return found
    months = [_month_back(published.year, published.month, n) for n in (1, 0, -1)]
    return _by_weekday(m, found, [_safe_date(y, mo, day) for y, mo in months])


_WEEKDAY = re.compile(r"\s*\(\s*([월화수목금토일])(?:요일)?\s*\)")


def _by_weekday(m: re.Match[str], found: dt.date | None,
                others: list[dt.date | None]) -> dt.date | None:
    """"21일(일)": the weekday written beside a day decides between neighbouring months
    (or years) when the publication date alone points to the wrong one — a record dated in
    another time zone, or a report published weeks after the signing."""
    wanted = _WEEKDAY.match(m.string, m.end())
    if wanted is None or (found and found.weekday() == "월화수목금토일".index(wanted[1])):
        return found
    weekday = "월화수목금토일".index(wanted[1])
    matching = [d for d in others if d and d.weekday() == weekday]
    return matching[0] if len(matching) == 1 else found


def _dates_in(text: str, published: dt.date | None) -> Iterable[tuple[int, dt.date | None]]:
    """(offset, date) of each date expression in ``text`` that may be the signing date
    (offsets into ``text`` with the invisible characters taken out, ``visible``)."""
    text = visible(text)
    for m in _DATE.finditer(text):
        if m.group("day") and _NOT_A_DAY.match(text, m.end()):
            continue
        if m.group("word") and _quoted(text, m.start()):
            continue   # "“오늘 협약은 …”": the day the speaker spoke, not the report's
        if _ANNOUNCED.match(text, m.end()) or _REPORTED.search(text, 0, m.start()):
            continue
        if _DATELINE_WORD.search(text, 0, m.start()) or _BYLINE_AFTER.match(text, m.end()) or \
                _a_stamp(text, m):
            continue   # "입력 2019.05.22", "2019-05-22 홍길동 기자": the page's date
        # "2일부터", "10일까지", "3~5일", "4일, 5일": a span or a list of days, not the signing
        # day (a relative word between parts them: "5일, 지난 3일 …" is two days told apart)
        if _SPAN_AFTER.match(text, m.end()) or _SPAN_BEFORE.search(text, 0, _figure_at(m)):
            continue
        if _DATES_A_COMING_NOUN.match(text, m.end()) or _DEADLINE.match(text, m.end()):
            continue   # "오는 25일 개막하는 축제": an event to come; "20일 마감한다": a deadline
        is_date, found = _resolve(m, published)
        if is_date:
            yield m.start(), found


def _figure_at(m: re.Match[str]) -> int:
    """Where a day's figure starts ("지난 3일": at "3"), or the expression's start."""
    return m.start("dd") if m.group("day") else m.start()


def _quoted(text: str, at: int) -> bool:
    """Whether ``at`` stands inside a quotation (its marks may open or close beyond the
    sentence)."""
    before, after = text[:at], text[at:]
    if before.count("“") > before.count("”") or before.count('"') % 2:
        return True
    close, open_ = after.find("”"), after.find("“")
    return close >= 0 and (open_ < 0 or close < open_)


def _a_stamp(text: str, m: re.Match[str]) -> bool:
    """Whether a full date stands alone on its line, or with only a weekday or a name after
    it ("2019-05-22 홍길동", "2019년 5월 22일 수요일")."""
    return bool(m.group("y2") or m.group("y")) and \
        _STAMP_LINE.search(text, 0, m.start()) is not None and \
        _STAMP_AFTER.match(text, m.end()) is not None


def _time_in(text: str, start: int = 0) -> dt.time | None:
    for m in _TIME.finditer(text, start):
        if m.group("h24"):
            return dt.time(int(m.group("h24")), int(m.group("m24")))
        hour = int(m.group("h"))
        # a bare "3시" is a time only next to a day or with minutes ("19일 4시", "4시 20분")
        if not (m.group("half") or m.group("min") or m.group("ban")):
            if not re.search(r"일\s*$", text[max(0, m.start() - 3) : m.start()]):
                continue
        if m.group("half") in {"오후", "저녁", "밤"} and hour < 12:
            hour += 12
        minute = int(m.group("min")) if m.group("min") else (30 if m.group("ban") else 0)
        if hour > 23 or minute > 59:
            continue
        return dt.time(hour, minute)
    return None


# A sentence that tells the signing or its ceremony as something that took place ("협약식은
# 19일 열렸다", "19일 가진 협약식에서", "협약식을 열고", "협약서에 서명했다", a headline's
# "협약 체결", a card's "…에서 서명!"), not one that only names the agreement ("19일 협약
# 체결을 위한 실무 협의를 시작했다")
_TOOK_PLACE = re.compile(
    rf"(?:{SIGN_VERB})\s?(?:했|하였|한|해|하고|하며|됐|되었|된|식)|맺었|맺은|맺고|맺어|열렸|열린|열려|"
    rf"(?:{CEREMONY})(?:을|를)\s?(?:열었|열고)|"
    r"진행됐|진행되었|진행된|진행했|진행한|개최됐|개최되었|개최된|개최했|개최한|가졌|가진|갖고|거행|"
    rf"참석|(?:{SIGN_VERB})\s*(?:$|…|\.{{3}}|\(종합\)|!)|손(?:을\s?)?(?:잡|맞잡)|맞손"
)




# A step toward the signing, not told as the signing: "지난 2일 협약 체결을 위한 실무협의를
# 시작했다", "협약에 앞서 지난 15일 실무 회의를 열었다"
_STEP_TOWARD = re.compile(
    rf"(?:{AGREEMENT}|체결|{CEREMONY})\S*\s?(?:을|를|에)?\s?(?:위한|위해|앞서|앞두고)")


def _candidates(doc: Document, signing: Sentence) -> list[Sentence]:
    """The signing sentence first, then the other sentences about the ceremony in order:
    those that tell it as having taken place before those that only name the agreement; last
    the parties meeting in the two sentences after the signing one."""
    others = [
        s for s in doc.sentences
        if s != signing and _CEREMONY.search(s.text) and not about_earlier(s.text)
        and not agreement_only_told(s.text)
        and (_TOOK_PLACE.search(s.text) or not _STEP_TOWARD.search(s.text))
    ]
    others.sort(key=lambda s: not _TOOK_PLACE.search(s.text))
    after = [s for s in doc.sentences if s.start >= signing.end][:2]
    met = [s for s in after if s not in others and MET.search(s.text)
           and not EARLIER.search(s.text)]
    return [signing, *others, *met]


# How far before the publication a reported signing plausibly lies, and after it (a record
# dated in another time zone): a date outside is another event's (an earlier agreement, a
# deadline, an event to come) unless it is the only one.
_RECENT = dt.timedelta(days=92)
_AHEAD = dt.timedelta(days=1)
# "이날 협약식에서", "같은 날": the day of the event the sentences before it report; "같은
# 자리에서", "이 자리에서": at that event, so on its day ("29일 회의를 열었다. … 이어 같은
# 자리에서 협약을 체결했다")
_THAT_DAY = re.compile(r"(?:^|[\s)])(?:이날|같은\s?날|당일|(?:같은|이)\s?자리에서)(?!\s*\(?\d)")


_Found = tuple[int, dt.date | None]   # (offset in the sentence, the date it fixes)


def _pick(found: list[_Found], published: dt.date | None, *, signing: bool = False,
          modifiers: tuple[_Found, ...] = ()) -> _Found | None:
    """The date expression of a sentence that gives the signing day.

    Rule order: of the dates up to the publication the first recent one wins, else the first
    (an unfixed day counts as recent: it stops the search without a date). A date after the
    publication is an event to come; only the signing sentence itself may give it ("오는
    3일 협약을 체결한다", an announced signing), and only when it has no other. A day that
    dates a noun of its own ("지난 15일 개막한 박람회에서 19일 …": ``modifiers``) gives way
    to another recent day in the sentence."""
    if published is None:
        return found[0] if found else None
    past = [f for f in found if f[1] is None or f[1] <= published + _AHEAD]
    recent = [f for f in past if f[1] is None or f[1] >= published - _RECENT]
    own = [f for f in recent if f not in modifiers]
    ranked = own or recent or past or (found if signing else [])
    return ranked[0] if ranked else None


def day_in(text: str, published: dt.date | None) -> dt.date | None:
    """The signing day a part of a signing sentence gives ("지난 17일 A와 협약을 체결한 데
    이어"), by the rules of ``signing_datetime`` for its own sentence."""
    text = visible(text)
    picked = _pick(list(_dates_in(text, published)), published, signing=True)
    return picked[1] if picked else None


def _day_of_that_day(doc: Document, sentence: Sentence, published: dt.date | None, *,
                     reported: bool = False) -> dt.date | None:
    """"이날 …": the day stated last in the nearest sentence before ``sentence`` that states
    one. When that day is only the day of the report ("…했다고 20일 밝혔다"), None, unless
    ``reported``: then the day of the report, for a sentence that tells the ceremony."""
    for before in reversed([s for s in doc.sentences if s.end <= sentence.start]):
        if not _DATE.search(before.text) or EARLIER.search(before.text) or \
                _spans_only(before.text):
            continue
        picked = _pick(list(_dates_in(before.text, published))[::-1], published)
        if picked is None and reported and _CEREMONY.search(sentence.text) and \
                _TOOK_PLACE.search(sentence.text) and not _shifted(doc, before, sentence):
            return _announced_day(before.text, published)
        return picked[1] if picked else None
    return None


# "시는 설명회에서 …와 협약을 맺었다": the signing at an event a sentence before dated
_AT_THE_EVENT = re.compile(
    r"(?:^|\s)(?:(?:이번\s|이\s|같은\s)?(?P<event>포럼|박람회|설명회|기념식|총회|개막식|축제|세미나|"
    r"토론회|간담회|워크숍|심포지엄|엑스포|전시회|상담회|회의)(?:장)?\s?(?:현장)?에서"
    # "개막 첫날 …": on the day the event (told before as opening) opened
    r"|(?P<opening>개막)\s?(?:첫날|당일))\s")


def _day_of_the_event(doc: Document, sentence: Sentence, event: str,
                      published: dt.date | None) -> dt.date | None:
    """The day the nearest sentence before ``sentence`` naming ``event`` gives it ("20일 서울에서
    열린 투자유치 설명회에 참가했다"), when that sentence states one."""
    for before in reversed([s for s in doc.sentences if s.end <= sentence.start]):
        if event in before.text and _DATE.search(before.text) and \
                not EARLIER.search(before.text):
            picked = _pick(list(_dates_in(before.text, published)), published)
            return picked[1] if picked else None
    return None


def _spans_only(text: str) -> bool:
    """Whether every day ``text`` names is a span's end or a count ("지난 15일부터 일주일간",
    "3~5일", "10일간"): no day that "이날" can stand for."""
    return all(
        _SPAN_AFTER.match(text, m.end()) or _SPAN_BEFORE.search(text, 0, m.start())
        or (m.group("day") and _NOT_A_DAY.match(text, m.end()))
        for m in _DATE.finditer(text))


# "전날 …", "다음 날 …": a sentence that moves the story to another day than the report's
_OTHER_DAY = re.compile(r"전날|전일|다음\s?날|이튿날|하루\s?(?:전|앞서|뒤)")


def _shifted(doc: Document, before: Sentence, sentence: Sentence) -> bool:
    """Whether a sentence from ``before`` to ``sentence`` moves the story to another day."""
    return any(_OTHER_DAY.search(s.text) for s in doc.sentences
               if before.start <= s.start <= sentence.start)


def _announced_day(text: str, published: dt.date | None) -> dt.date | None:
    """"…체결했다고 19일 밝혔다. 이날 협약식에서 …": the day of the report is the day a
    sentence telling the ceremony calls "이날" (the text fixes it, GUIDELINES `date`), when
    the sentence before states no other day."""
    for m in _DATE.finditer(text):
        if m.group("day") and _ANNOUNCED.match(text, m.end()):
            found = _resolve(m, published)[1]
            if found and published and published - _RECENT <= found <= published + _AHEAD:
                return found
    return None


# After a day: a verb that makes it the date of a noun ("15일 개막한 박람회", "3일 문을 연")
_DATES_A_NOUN = re.compile(
    r"\s*(?:(?:오전|오후)\s*\d{1,2}\s*시\s*)?(?:\S+(?:을|를)\s+)?"
    r"\S*(?:개막한|개막된|개최된|개최한|출범한|개소한|개관한|개장한|시작된|시작한|문을\s*연|연|열린|열렸던|"
    r"발표한|발표된|선정된|준공한|창립한|설립된|취임한)\s"
)


# After a day: an earlier step that the signing follows ("지난 3월 28일 업무협약 체결에 따른 후속
# 조치로 19일 …", "지난 2일 협약에 이어 19일 …")
_FOLLOWED_UP = re.compile(r"\s*(?:\S+\s){0,3}?\S*(?:에\s?따른|에\s?이어|의\s?후속)\s")


# A verb's past form before a noun ends in a syllable closed by ㄴ (한, 된, 가진, 연, 맺은):
# "…을 가진 데 이어", "…를 연 뒤"
_PAST_ADNOMINAL = f"[{syllables_with_final(FINAL_N)}]"
_EARLIER_CLAUSE = re.compile(EARLIER_CLAUSE.pattern + rf"|{_PAST_ADNOMINAL}\s?(?:데|것에)\s?이어\s")


def _before_an_earlier_clause(text: str, offset: int) -> bool:
    return any(m.start() > offset for m in _EARLIER_CLAUSE.finditer(text))


# A clause that closes before another day ("18일 개막식을 열고 19일 …", "18일 시청을 방문한 뒤
# 19일 …", "18일 …을 방문했으며, 19일 …") and the first signing word after the days
# (rule place-no-clause-end) "…에서 " is a place ("3일 가온시청에서 협약서를 …"), not a
# clause closed with 서 ("선정돼서 "); a quote opening is another clause, the words said on
# the first day ("2일 간담회에서 "지난 1일 …맺었다"며")
_CLAUSE_END = re.compile(
    rf"\S(?:고|며|해|여|(?<!에)서)\s|{_PAST_ADNOMINAL}\s(?:뒤|후|다음)\s|,\s|\s[\"“‘']")
_SIGN_WORD = re.compile(rf"{SIGN_VERB}|맺|{CEREMONY}|{AGREEMENT}")


def _modifies(text: str, offset: int, later: Sequence[int] = ()) -> bool:
    """Whether the day at ``offset`` dates something else the sentence names (an event, an
    earlier step, a clause closed before the signing, a clause closed before another day
    that the signing follows)."""
    end = _end_of(text, offset)
    if _DATES_A_NOUN.match(text, end) or _earlier_step(text, offset) or \
            _before_an_earlier_clause(text, offset):
        return True
    sign = _SIGN_WORD.search(text, end)
    return any(end < at < (sign.start() if sign else -1) and _CLAUSE_END.search(text, end, at)
               for at in later)


def _earlier_step(text: str, offset: int) -> bool:
    """Whether the day at ``offset`` dates an earlier step the signing follows ("지난 2월 2일
    맺은 협약에 이어", "… 협약에 따른 후속 조치로"): never the signing's day, even when the
    sentence states no other."""
    return bool(_FOLLOWED_UP.match(text, _end_of(text, offset)))


def _closes_before_the_agreement(text: str, offset: int) -> bool:
    """Whether the clause of the day at ``offset`` closes before the agreement is named after
    it: "시는 지난 8일 공모에 선정됐으며, 이번 협약은 그 후속 조치다" dates the selection."""
    end = _end_of(text, offset)
    sign = _SIGN_WORD.search(text, end)
    return sign is not None and _CLAUSE_END.search(text, end, sign.start()) is not None


def _end_of(text: str, offset: int) -> int:
    m = _DATE.match(text, offset)
    return m.end() if m else offset


_DAY_BEFORE = re.compile(r"(?:^|\s)전날(?!\s*\(?\d)")


def _day_before_the_last(doc: Document, sentence: Sentence,
                         published: dt.date | None) -> dt.date | None:
    """"전날 …": the day before the last day stated before ``sentence`` (the day of a report
    counts here: "…했다고 5일 밝혔다. 전날 …" is the 4th), else before the publication."""
    for before in reversed([s for s in doc.sentences if s.end <= sentence.start]):
        found = [_resolve(m, published) for m in _DATE.finditer(before.text)]
        if found:
            last = found[-1][1]
            return last - dt.timedelta(days=1) if last else None
    return published - dt.timedelta(days=1) if published else None


# "시는 22일 누리대와 협약을 체결했다고 밝혔다", "시는 22일 '누리대와 … 체결했다'고 밝혔다": the
# day may be the report's, not the signing's
_TOLD_AS_REPORTED = re.compile(
    rf"(?:다|라){_CLOSE_QUOTE}(?:고|며|면서)\s+(?:\S+\s+){{0,2}}{_REPORT_VERB}\S*\s*$")


# the ceremony itself or the signing done, not a step before it ("지난 20일 열린 실무협의회에서
# 협약안을 확정했다", "… 협약 체결을 논의했다")
_SIGNED_OR_CEREMONY = re.compile(rf"{CEREMONY}|(?:{SIGN_VERB})\s?(?:했|하였|됐|되었|된)|맺었|맺은")


def _held_day(doc: Document, signing: Sentence, published: dt.date | None) -> dt.date | None:
    """Rule held-before-the-report: when the signing sentence's only day is the publication's
    and it tells the signing as reported ("22일 …체결했다고 밝혔다"), a sentence telling the
    ceremony as held on an earlier day ("협약식은 지난 20일 시청에서 열렸다") gives the day."""
    for sentence in _candidates(doc, signing)[1:]:
        if not (_TOOK_PLACE.search(sentence.text) and _SIGNED_OR_CEREMONY.search(sentence.text)):
            continue
        picked = _pick(list(_dates_in(sentence.text, published)), published)
        if picked and picked[1] and published and picked[1] < published:
            return picked[1]
    return None


def _past_the_report_day(doc: Document, signing: Sentence, found: list[_Found],
                         modifiers: tuple[_Found, ...], published: dt.date | None,
                         first: _Found) -> _Found | None:
    """A signing sentence told as reported: its first day may be the report's. Another recent
    day after it in the sentence and before it in time is the signing's ("시는 22일 누리대와
    지난 20일 …체결했다고 밝혔다", rule report-day-before-the-clause: "시는 21일 '누리대와 지난
    20일 …체결했다'고 밝혔다" in a paper of the 22nd); else, when the first day is the
    publication's and the only one, a ceremony told as held earlier (rule
    held-before-the-report)."""
    if published is None or first[1] is None:
        return None
    earlier = [f for f in found if f not in modifiers and f[1] and f[0] > first[0]
               and published - _RECENT <= f[1] < first[1]]
    if earlier:
        return earlier[0]
    if first[1] == published and len(found) == 1 and \
            (held := _held_day(doc, signing, published)):
        return found[0][0], held
    return None


# rule occasion-day's day: "지난 토요일(21일) 오후, 도서관이 붐볐다. A와 B가 협약을 맺는
# 날이었다": the signing told as the day of the sentence right before takes its day
_THE_DAY_IT_WAS = re.compile(SIGNING_DAY_WAS)


# a line that ends like a finished sentence ("…모였다.", "…가득했어요."): a hard-wrapped
# line's piece before the signing ("도서관을 꾸려 온") is none
_ENDS_A_SENTENCE = re.compile(r"(?:다|요)[.!?'\"’”)\]]*\s*$")


def occasion_before(doc: Document, signing: Sentence) -> Sentence | None:
    """Rule occasion-day: the sentence right before a signing told as the day it was ("…협약을
    맺는 날이었다"), which sets its scene; one hard-wrapped piece between them is skipped."""
    if not _THE_DAY_IT_WAS.search(visible(signing.text)):
        return None
    before = [s for s in doc.sentences if s.end <= signing.start][-2:]
    if before and not _ENDS_A_SENTENCE.search(before[-1].text):
        before.pop()   # "…이웃들이 모였다. 도서관을 꾸려 온 / A와 B가 협약을 맺는 날이었다"
    else:
        before = before[-1:]
    return before[-1] if before and _ENDS_A_SENTENCE.search(before[-1].text) else None


def _day_told_before(doc: Document, sentence: Sentence,
                     published: dt.date | None) -> dt.date | None:
    """The day of the sentence right before ``sentence`` (rule occasion-day's day)."""
    before = occasion_before(doc, sentence)
    picked = _pick(list(_dates_in(before.text, published)), published) if before else None
    return picked[1] if picked else None


# Rule card-fields: a card news's question field "언제? 9월 29일(화)" on a line of its own
# gives the day of the signing its cover tells (when no sentence states it)
_WHEN_FIELD = re.compile(r"^[ \t]*언제[ \t]?\?[ \t]*(?P<day>[^\n?]{3,40})$", re.MULTILINE)


def signing_datetime(
    doc: Document, signing: Sentence, published: dt.date | None
) -> tuple[dt.date | None, dt.time | None]:
    """The calendar date (only when fixed) and time of day of the signing, when stated."""
    for sentence in _candidates(doc, signing):
        text = seen = visible(sentence.text)
        if _SCHEDULE.match(text):   # "2019.4.19 14:00" on a schedule line is the event's date
            text = _CLOCK.sub(lambda m: " " * len(m[0]), text)
        found = list(_dates_in(text, published))
        if sentence != signing and not _TOOK_PLACE.search(seen):
            # a sentence that only names the agreement: a day of another clause is not its
            found = [f for f in found if not _closes_before_the_agreement(seen, f[0])]
        elif sentence == signing:   # its own earlier step is another agreement's
            found = [f for f in found if not _earlier_step(seen, f[0])]
        offsets = [f[0] for f in found]
        modifiers = tuple(f for f in found if _modifies(seen, f[0], offsets))
        picked = _pick(found, published, signing=sentence == signing, modifiers=modifiers)
        if picked is None:
            date = None
            if _THAT_DAY.search(seen):
                date = _day_of_that_day(doc, sentence, published)
            elif m := _AT_THE_EVENT.search(seen):
                date = _day_of_the_event(doc, sentence, m["event"] or m["opening"],
                                         published)
            elif _DAY_BEFORE.search(seen):
                date = _day_before_the_last(doc, sentence, published)
            elif sentence == signing and _THE_DAY_IT_WAS.search(seen):
                date = _day_told_before(doc, sentence, published)
            if date:
                return date, _time_in(seen)
            continue
        if sentence == signing and _TOLD_AS_REPORTED.search(text):
            picked = _past_the_report_day(doc, signing, found, modifiers, published,
                                          picked) or picked
        offset, date = picked
        return date, _time_in(seen, offset)
    if m := _WHEN_FIELD.search(doc.text):   # rule card-fields: "언제? 9월 29일(화)"
        picked = _pick(list(_dates_in(m["day"], published)), published)
        if picked and picked[1]:
            return picked[1], _time_in(m["day"])
    if scene := scene_before(doc, signing):
        picked = _pick(list(_dates_in(scene.text, published)), published)
        if picked and picked[1]:
            return picked[1], _time_in(scene.text)
    # last resort, when no sentence states the ceremony's own day (a caption, a schedule
    # line): "…했다고 19일 밝혔다. 이날 협약식에서 …" is the day of the report
    for sentence in _candidates(doc, signing):
        if _THAT_DAY.search(sentence.text) and (
                date := _day_of_that_day(doc, sentence, published, reported=True)):
            return date, _time_in(sentence.text)
    if _page_day_of_this_day(doc, signing, published):
        return published, _time_in(signing.text)
    return None, _time_in(signing.text)


# "이날" as the signing sentence's only day
_THIS_DAY = re.compile(r"(?:^|[\s)])이날\s(?!\s*\(?\d)")


def _page_day_of_this_day(doc: Document, signing: Sentence, published: dt.date | None) -> bool:
    """Rule page-day: "A는 이날 … 협약을 맺었다고 밝혔다" with no day in any sentence before
    it: a wire's or a daily's "이날" is the day its dateline (or the record) stamps. Not when
    the text opens on it: a passage cut from a longer story, whose day was told before."""
    before = [s for s in doc.sentences if s.end <= signing.start]
    if published is None or not before or not _THIS_DAY.search(visible(signing.text)):
        return False
    return not any(_names_a_day(visible(s.text)) for s in before)


def _names_a_day(text: str) -> bool:
    """Whether ``text`` names a day other than the page's own stamp: one reported ("20일
    밝혔다") or another ("전날") counts, for "이날" may stand for it."""
    return bool(_OTHER_DAY.search(text)) or any(
        not (_DATELINE_WORD.search(text, 0, m.start()) or _BYLINE_AFTER.match(text, m.end())
             or _a_stamp(text, m))
        for m in _DATE.finditer(text))


# rule scene-lead: "지난 19일 오후 2시 가온시청 대회의실. 김 시장과 박 총장이 협약서에 서명했다."
# A feature opens on the scene in a line with no verb, a day first (and a time and a place);
# the signing told right after it happened there and then
_SCENE = re.compile(
    r"^\W*(?:지난\s*)?(?:\d{1,2}\s*월\s*)?\d{1,2}\s*일[\s,].{2,50}?(?<![다요])\.\s*$")


def scene_before(doc: Document, signing: Sentence) -> Sentence | None:
    """The verbless scene line right before the signing sentence, if there is one."""
    before = [s for s in doc.sentences if s.end <= signing.start][-1:]
    if before and _SCENE.match(before[0].text) and not _CEREMONY.search(before[0].text):
        return before[0]
    return None

