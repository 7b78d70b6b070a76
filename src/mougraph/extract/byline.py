"""The reporter and the publishing outlet, read from the byline and the copyright footer.

The reporter becomes ``schema:author`` of the article and is never a representative;
the outlet becomes ``schema:publisher`` when the input record does not name it.
"""
from __future__ import annotations

import re

from ..lexicons import lexicon_words

_NAME = r"[가-힣]{2,4}"
_ROLE = r"(?:기자|특파원|선임기자|전문기자|객원기자)"

# Rule branches for the reporter, most specific first.
_AUTHOR_PATTERNS = (
    # [이뉴스투데이 대전충청취재본부 박희송 기자] / [HBN뉴스통신=김철수 기자]
    # [사아팩트 l 광주=나누리 기자]
    re.compile(rf"[\[【(][^\]】)\n]{{0,40}}?[\s=]({_NAME})\s?{_ROLE}\s?[\]】)]"),
    # (서울=뉴스1) 홍길동 기자 = / [부산=다라통신] 이영희 기자 = / 가나경제 박영수 기자=
    re.compile(rf"(?:^|[\s\])】])({_NAME})\s?{_ROLE}\s?=", re.M),
    # 홍길동 기자 hong@news.com / 이민호 기자 | 입력 / 2022-04-07  정하늘 기자
    re.compile(rf"(?:^|[\s\]|])({_NAME})\s?{_ROLE}(?=\s*(?:[\w.+-]+@|\||\(|$))", re.M),
    # bsk@example.com 권민수 기자 / (고은비 기자)
    re.compile(rf"(?:@[\w.-]+\s+|\()({_NAME})\s?{_ROLE}(?=\s*\)?\s*$)", re.M),
)

# Outlet: "[매체=… 기자]", "[지역=매체]", "[매체 … 기자]", a copyright footer, "매체 홍길동 기자=".
_BRACKET_EQ = re.compile(r"[\[【(]([^\]】)=\n]{1,25})=\s*([^\]】)\n]{1,40})[\]】)]")
_BRACKET_BYLINE = re.compile(rf"[\[【]([^\]】\s=]{{2,20}})\s[^\]】\n]{{0,30}}?{_ROLE}\s?[\]】]")
_BRACKET_ALONE = re.compile(r"^\s*[\[【]([^\]】\s=]{2,20})[\]】]", re.M)
_COPYRIGHT = re.compile(
    r"(?:저작권자|Copyrights?|copyrights?)\s*(?:\(c\)|©|ⓒ|Ⓒ)?\s*([^\s©ⓒ&|,:·-][^\s&|,:]*)"
    r"|(?:^|\s)(?:©|ⓒ|Ⓒ)\s*([^\s&|,:·-][^\s&|,:]*)",  # not "…했다.ⓒ한빛대학" (a photo credit)
    re.M,
)
_LEAD_BYLINE = re.compile(rf"^\s*([^\s\[\]=]{{2,20}})\s+{_NAME}\s?{_ROLE}\s?=", re.M)


def find_author(text: str) -> str | None:
    """The reporter named in the byline ("[매체 홍길동 기자]", "홍길동 기자 hong@…"), if any."""
    not_names = lexicon_words("byline_not_names.txt")
    for pattern in _AUTHOR_PATTERNS:
        for m in pattern.finditer(text):
            name = m.group(1)
            if name not in not_names and not name.endswith(("본부", "취재")):
                return name
    return None


def _outlet(candidate: str) -> str | None:
    name = candidate.strip().strip("'\"‘’“”.").strip()
    not_outlets = lexicon_words("byline_not_outlets.txt")
    if len(name) < 2 or name in not_outlets or not re.search(r"[가-힣A-Za-z]", name):
        return None
    return name


def find_publisher(text: str) -> str | None:
    """The outlet that published the article, from its byline or copyright footer."""
    places = lexicon_words("byline_places.txt")
    for m in _BRACKET_EQ.finditer(text):
        left, right = m.group(1).strip(), m.group(2).strip()
        if left in {"사진", "그래픽", "영상", "자료", "출처"}:
            continue
        right_words = right.split()
        if re.search(_ROLE, right):
            # [HBN뉴스통신=김철수 기자] names the outlet on the left; [세종=마바뉴스 정가람 기자]
            # names a place on the left and the outlet first on the right.
            if left in places and len(right_words) >= 3:
                found = _outlet(right_words[0])
            else:
                found = _outlet(left.split()[0])
        elif left in places:
            found = _outlet(right_words[0]) if right_words else None   # [부산=다라통신]
        else:
            continue
        if found:
            return found
    for pattern in (_BRACKET_BYLINE, _LEAD_BYLINE):
        for m in pattern.finditer(text):
            if found := _outlet(m.group(1)):
                return found
    for m in _COPYRIGHT.finditer(text):
        if found := _outlet(m.group(1) or m.group(2)):
            return found
    for m in _BRACKET_ALONE.finditer(text):
        if found := _outlet(m.group(1)):
            return found
    return None
