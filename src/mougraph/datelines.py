"""How a news page stamps its own date: the dateline patterns (입력 2019.05.22, 홍길동 기자
2019-05-22, [2019-05-22], a revision's 수정 …), the most explicit first.

They are facts of the page, not of the story: ``extract.dates`` reads the publication date
with them and ``form`` breaks a page flattened onto one line at them, so they live below both.
"""
from __future__ import annotations

import re

_YMD = (
    # (in Hanja too: "2019年 4月 19日")
    r"(\d{4})\s*[.\-/년年]\s*(\d{1,2})\s*[.\-/월月]\s*(\d{1,2})(?:\s*[일日])?"
    r"(?:\s*\([월화수목금토일月火水木金土日]\))?"  # "2019년 04월 19일 (금)", "2019.04.19 (金)"
)
# The words of a page's revision stamp: "수정", "최종수정 :", "수정일", "업데이트", "최종편집",
# "Updated" (AFTER_REVISED: a text that ends in them)
_REVISED = (r"(?:(?:최종\s*)?수정|업데이트|최종\s*편집|(?i:updated?))\s*(?:일시|일자|일|시간)?"
             r"\s*[:：]?\s*")
AFTER_REVISED = re.compile(_REVISED + r"$")
# a copyright line that dates the page: "ⓒ 가온일보 2019.05.22", "Copyright ⓒ 가온일보
# 2019.05.22 무단 전재 및 재배포 금지", "<ⓒ가온뉴스> 2019-05-22" (the outlet's name has no
# particle: "ⓒ 가온일보는 2019.05.22 …" is a sentence)
COPYRIGHT_DATELINE = re.compile(
    r"^[ \t]*[<\[]?[ \t]*(?:저작권자[ \t]*)?(?:(?i:copyright)[ \t]*)?(?:ⓒ|©|\((?i:c)\))"
    r"[ \t]*[^\n\d<>]{0,25}?(?<![는은을를이가의와과])[>\]]?[ \t]*" + _YMD
    + r"\.?(?:[ \t]+[가-힣A-Za-z]{2,12})?"   # "© 2019.05.22 가온일보 All rights reserved."
    r"[ \t]*(?:[.,|ㅣ]?[ \t]*(?:무단[^\n]{0,30}|(?i:all rights reserved\.?)))?[ \t]*$",
    re.M)
# an English weekday, in any case ("Thu", "THURSDAY", "Thu.")
ENGLISH_WEEKDAY = r"(?i:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*)\.?"
# English month names by their first three letters ("May", "Sept.", "DECEMBER")
ENGLISH_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun",
                  "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH_NAME = r"(?P<mon>(?i:(?:" + "|".join(ENGLISH_MONTHS) + r")[a-z]*)\.?)"
# English datelines, alone on their line or after posted/published/updated: "May 22, 2019",
# "Published May 22, 2019 10:31", "22 May 2019", a wire's "May 22, 2019 10:31 KST" and
# "22 May 2019 | 10:31 KST", a feed's "Wed, 22 May 2019 10:31:00 +0900" (the weekday first),
# "WED, MAY 22, 2019" in capitals, "May 22, 2019 at 10:31 am"; groups mon/d/y or mon2/d2/y2
ENGLISH_DATELINE = re.compile(
    r"^[ \t]*(?:(?i:posted|published|updated|date)\s*(?:on\s*)?[:：]?\s*)?"
    r"(?:" + ENGLISH_WEEKDAY + r",?\s+)?"
    r"(?:" + _MONTH_NAME + r"\s+(?P<d>\d{1,2}),?\s+(?P<y>\d{4})"
    r"|(?P<d2>\d{1,2})\s+" + _MONTH_NAME.replace("mon", "mon2") + r",?\s+(?P<y2>\d{4}))"
    r"(?:\s*[,|]?\s+(?:(?i:at)\s+)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?i:am|pm))?"
    r"(?:\s+(?:\(?[A-Z]{2,4}\)?|[+-]\d{2}:?\d{2}))?)?[ \t]*$",
    re.M)


def english_month(name: str) -> int | None:
    """The number of an English month written whole or cut ("Sept." -> 9), else None."""
    key = name.lower()[:3]
    return ENGLISH_MONTHS.index(key) + 1 if key in ENGLISH_MONTHS else None

# Rule branches for a dateline, the most explicit first.
DATELINES = (
    # 입력 2019.05.22 / 기사입력 2021-08-12 / 등록 2019-04-19 오후 3:00 / 입력 : 2020/07/29
    # (an overseas Koreans' paper writes the word in Hanja: 發行日 : 2019.04.02 (火))
    re.compile(
        r"(?:기사\s*입력|입력|등록|승인|발행|發行|게재|게시|작성|송고|보도|배포|(?:기사|뉴스)(?=\s*일자)"
        r"|방송(?=\s*일))"   # a broadcaster's 방송일 : 2019-05-22
        r"\s*(?:일시|일자|일|시간|日)?"
        r"\s*[:：]?\s*" + _YMD
    ),
    # 입력 19.05.22 10:31 (a year in two digits, only after a dateline word)
    re.compile(r"(?:입력|등록|승인|게재|게시|작성|송고)\s*(?:일시|일자|일)?\s*[:：]?\s*"
               r"(?<!\d)(\d{2})[.\-/](\d{1,2})[.\-/](\d{1,2})(?![\d.\-/])"),
    # 가온일보 2019년 5월 22일자 5면 (a print edition's date)
    re.compile(r"(\d{4})\s*년\s*(\d{1,2})\s*월\s*(\d{1,2})\s*일\s*자\s*(?:\d+\s*면|지면|신문)"),
    # 가온일보 2019.05.22 A12면 (a print edition's date in figures, its page after it)
    re.compile(_YMD + r"\.?\s*(?:자\s*)?[A-Z]?\d{1,2}\s*면(?![가-힣])"),
    # [2019-05-22] or [가온일보 2019-05-22] alone on its line
    re.compile(r"^[ \t]*\[[^\]\n]{0,20}?" + _YMD + r"\][ \t]*(?:$|[|ㅣ])", re.M),
    # [가온일보] 2019.05.22: an outlet's name in brackets, then the date closing the line
    re.compile(r"^[ \t]*\[[^\]\n\d]{2,20}\][ \t]*" + _YMD + r"[ \t]*$", re.M),
    # [2019-11-08] 가온군 소식: a bracketed date opening the page, its section's name after it
    # (a list of other articles never opens the page)
    re.compile(r"\A\s*\[[^\]\n]{0,20}?" + _YMD + r"\]"),
    # 2024.12.11 14:03 / 2022.11.15 15:58:07 / 2022-10-27 16:02
    re.compile(_YMD + r"\.?\s+(?:(?:오전|오후)\s*)?\d{1,2}:\d{2}"),
    # 2022-04-07     정하늘 기자 (- 2022.04.07 - 정하늘 기자)
    re.compile(_YMD + r"\.?(?:[ \t]*[-–—])?\s+[가-힣]{2,4}\s?기자"),
    # 2022년 4월 7일 가온일보 정하늘 기자 (the outlet between, the line closing on the byline)
    re.compile(_YMD + r"\.?[ \t]+[가-힣A-Za-z]{2,10}[ \t]+[가-힣]{2,4}\s?기자[ \t]*$", re.M),
    # 날짜 : 2026-11-28 / Posted 2026.11.28 / 2026-11-28T14:03:00+09:00 / 가람신문 | 2026.11.28
    # ([날짜] 2026.3.4(수): a release's header, the label in brackets)
    re.compile(r"(?:[\[【]\s*날짜\s*[\]】]|날짜|(?i:posted|published|date))\s*[:：]?\s*" + _YMD),
    re.compile(_YMD + r"T\d{2}:\d{2}"),
    # (… | [2026-11-28], … | 2026년 11월 28일 토요일)
    re.compile(r"\S\s*[|ㅣ]\s*\[?" + _YMD + r"\]?\.?(?:\s*[월화수목금토일]요일)?[ \t]*(?:$|[|ㅣ])",
               re.M),
    # [가온일보=홍길동 기자] 2019.05.22 / 홍길동 기자 2019-05-22 / 홍길동 기자, 2019.05.22. /
    # 홍길동 기자 (hong@gaon.kr) 2019-05-22 (the reporter's address between)
    # (also in brackets: 홍길동 기자 | [2019-05-22]; or after a slash: 홍길동 기자 / 2019.05.22)
    re.compile(r"[가-힣]\s?기자\s*[\])]?\s*(?:\(?[\w.\-]+@[\w.\-]+\)?\s*)?[,|ㅣ/]?\s*[\[(]?" + _YMD
               + r"[\])]?\.?\s*(?:$|[|ㅣ\[(])", re.M),
    # 글 홍길동 기자 · 사진 가온시 제공 · 2019.05.22 (credits between, the date closing the line)
    re.compile(r"[가-힣]\s?기자[^\n\d]{0,30}?[·ㆍ|ㅣ,]\s*" + _YMD + r"\.?[ \t]*$", re.M),
    # 가온신문 2019년 5월 22일 수요일 (a paper's dated masthead: the weekday in a word; a
    # page's "today" box writes "2019.05.22 (수)" beside the weather and is none)
    # (or before a revision: "2019년 5월 22일 수요일 | 수정 …")
    re.compile(r"^[^\n\d]{0,20}?" + _YMD + r"\s*[월화수목금토일]요일[ \t]*(?:$|[|ㅣ])", re.M),
    # 2019년 05월 22일 15시 20분 (a day and an hour in words, alone at the end of its line)
    re.compile(_YMD + r"\s+(?:(?:오전|오후)\s*)?\d{1,2}\s*시\s*\d{1,2}\s*분[ \t]*$", re.M),
    # a news agency's photo stamp: "(사진=가온시 제공) 2019.05.22. hong@gaon.kr", "[사진=가온시]
    # 2019.05.22 |": the day the photo went out with the story
    re.compile(r"(?:[\[(]\s*사진\s*=[^\])\n]{1,30}[\])]|제공\)?)\s*" + _YMD
               + r"\.?[ \t]*(?:[\w.\-]+@[\w.\-]+|\[email[^\]\n]*\]|[|ㅣ]|$)", re.M),
    re.compile(_YMD + r"\.?[ \t]+(?:[\w.\-]+@[\w.\-]+\.[a-z]{2,}|\[email[^\]\n]*\])"),
    COPYRIGHT_DATELINE,
    # 2019.05.22 (수) 가온방송 뉴스: a broadcaster's dated line, its programme closing it (a
    # page's "today" box has nothing after its weekday)
    re.compile(r"^[ \t]*" + _YMD + r"\.?[ \t]+(?:[가-힣A-Za-z0-9]{1,12}[ \t]?){0,2}?"
               r"(?:[가-힣A-Za-z0-9]{0,8}뉴스[가-힣]{0,4}|방송|TV|라디오)[ \t]*$", re.M),
    # 편집 2019.05.22 / 편집일 : 2019-05-22 10:20, opening its line or after a bar (not "최종편집",
    # a revision's word)
    re.compile(r"(?:^|[|ㅣ·][ \t]*)(?<!최종)편집\s*(?:일시|일자|일|시간)?\s*[:：]?\s*" + _YMD,
               re.M),
    # 2019-05-22 (Thu): a date with its weekday in English alone on its line, not opening the
    # text (a page's "today" box stands at the very top)
    re.compile(r"(?<=\n)[ \t]*" + _YMD + r"\.?[ \t]*(?:\(" + ENGLISH_WEEKDAY + r"\)|"
               + ENGLISH_WEEKDAY + r")[ \t]*$", re.M),
    # 2019-05-22 alone on its line, or with only the writer's name after it ("관리자" on the
    # line before, "2019.05.22 홍길동"): a board's or a small site's stamp. No weekday: a page's
    # "today" box writes one. (In brackets too: "(2019.05.22)", "<2019. 5. 22.>")
    # ("- 2019.05.22 -" between dashes too)
    re.compile(r"^(?:[^\n]*[|ㅣ])?[ \t]*(?:[(<\-–—][ \t]*)?(\d{4})[ \t]*[.\-/][ \t]*(\d{1,2})[ \t]*"
               r"[.\-/][ \t]*(\d{1,2})\.?(?:[ \t]*[)>\-–—])?(?:[ \t]+[가-힣]{2,4})?[ \t]*"
               r"(?:$|[|ㅣ])", re.M),
    # 수정 2018.08.13 / 수정일 … / Updated … (a revision date is still the day of the report, or
    # a day after: read only when the page gives no other)
    re.compile(_REVISED + _YMD),
)


# What may stand beside the date on a line that stamps it with the paper's own name: a
# copyright mark, brackets, bars, the weekday, the hour
_TODAY_WEEKDAY = re.compile(r"\(\s*[월화수목금토일]\s*\)")
_STAMP_MARKS = re.compile(r"[<>©ⓒ()\[\]|ㅣ·,:]|저작권자|(?i:copyright)")
_STAMPED = re.compile(r"\s*" + _YMD + r"\.?(?:\s*[월화수목금토일]요일)?"
                      r"(?:\s+(?:(?:오전|오후)\s*)?\d{1,2}:\d{2}(?::\d{2})?)?\s*")


def publisher_stamp(text: str, publisher: str | None) -> re.Match[str] | None:
    """Rule publisher-stamp: a line made of the record's own publisher and a date ("가온일보
    2019.05.22", "<저작권자 © 가온일보> 2019.05.22", "2019년 5월 22일 수요일 가온일보"): the
    page's stamp. Its groups are the year, month and day. A weekday in brackets ("가온일보
    2019.05.22 (수)") is a page's "today" box, as in the masthead rule above: none."""
    if not publisher or len(publisher) < 2:
        return None
    for line in text.splitlines():
        if publisher in line and not _TODAY_WEEKDAY.search(line) and (
                m := _STAMPED.fullmatch(_STAMP_MARKS.sub(" ", line.replace(publisher, " ")))):
            return m
    return None


# Rule hanja-dateline: a date written with 年 月 日 alone on its line, in figures or in Hanja
# numerals ("2019年 5月 22日", "二〇一九年 五月 二十二日"): the page's stamp (in a sentence it
# is the story's)
_HANJA_DIGITS = {ch: n for n, ch in enumerate("〇一二三四五六七八九")} | {"零": 0}
_HANJA_NUMBER = r"[\d〇零一二三四五六七八九十]{1,4}"
_HANJA_DATELINE = re.compile(
    rf"^[ \t]*({_HANJA_NUMBER})[ \t]*年[ \t]*({_HANJA_NUMBER})[ \t]*月[ \t]*({_HANJA_NUMBER})"
    r"[ \t]*日[ \t]*$", re.M)


def _hanja_number(written: str) -> int | None:
    """"2019" or "二〇一九" digit by digit; "二十二", "十二", "十" with 十 for the tens."""
    if written.isdigit():
        return int(written)
    if "十" not in written:
        return int("".join(str(_HANJA_DIGITS[ch]) for ch in written))
    tens, _, ones = written.partition("十")
    if len(tens) > 1 or len(ones) > 1 or "十" in ones:
        return None
    return (_HANJA_DIGITS[tens] if tens else 1) * 10 + (_HANJA_DIGITS[ones] if ones else 0)


def hanja_dateline(text: str) -> tuple[int, int, int] | None:
    """Rule hanja-dateline: the (year, month, day) of the first such line that reads as one."""
    for m in _HANJA_DATELINE.finditer(text):
        year, month, day = (_hanja_number(g) for g in m.group(1, 2, 3))
        if year and month and day and year >= 1900:
            return year, month, day
    return None
