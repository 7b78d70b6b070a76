"""Cleaning a scraped page into the sentences worth reading.

Site clutter (menus, share buttons, "댓글 많은 뉴스" lists, copyright footers, e-mail
lines), bylines ("[이뉴스투데이 박희송 기자]", "가나경제 박영수 기자=") and repeated
photo captions are dropped; what stays keeps its offsets into the original text so
every fact can point back at it.

Photo captions are *kept once* and marked (``Document.captions``): some pages report the
signing only in a caption ("… 협약서에 서명하고 있다. 왼쪽부터 …"), and captions name
the people in the picture. A caption sentence that repeats a body sentence is dropped
in favour of the body one.

Bounds (``MAX_SENTENCES``, ``MAX_SENTENCE_CHARS``): extraction compares the names and
sentences of an article with each other, so its cost grows with the square of what it
reads. Only the first ``MAX_SENTENCES`` sentences within the first ``MAX_READ_CHARS``
characters are read, and a "sentence" longer than ``MAX_SENTENCE_CHARS`` (a list of a
thousand names, text with no sentence ends) is skipped: a 1 MB article costs what a long
news article does. News articles stay far below all three (the dev set: at most 27
sentences, 305 characters in a sentence, 926 in an article).
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import NamedTuple

from .morph import Sentence, sentences_of

# A whole line that is page furniture, never article text.
_CLUTTER_LINE = re.compile(
    r"^\s*ⓒ|^\s*©|바로가기|기사를 공유|공유하기(?![로도를가는])|전체\s?댓글|댓글\s?\d|도배방지"
    r"|^\s*광고\s*$"
    r"|^\s*\(?끝\)?\s*$|^\s*출처\s?:|편집자\s?주|보도자료\s?출처|제보가 뉴스가|^\s*이메일\s?:"
    r"|^\s*카카오톡\s?:|^\s*!\[|기사원문|^\s*수정\s?:|^\s*입력\s?:|^\s*\S+@\S+\.\S+\s*$"
    r"|^\s*[가-힣]{2,4}\s?기자\s*(\||\S+@|$)"
    r"|^\s*\d{4}[-./]\d{1,2}[-./]\d{1,2}\b[^가-힣]*([가-힣]{2,4}\s?기자[^가-힣]*)?$"
    r"|^\s*\S{1,6}\s*$"
    # share bars, subscription and reaction widgets, font buttons ("SNS 기사보내기", "URL 복사",
    # "좋아요 0", "… 구독하세요", "채널 추가하고 …", "글씨 크게", "기자의 다른 기사 보기")
    r"|기사\s?보내기|URL\s?복사|링크\s?복사|기사\s?스크랩|인쇄하기|글자\s?크기|글씨\s?크게"
    r"|좋아요\s?\d|구독하세요|구독하기\s*$|채널\s?추가|다른\s?기사\s?보기|자세히\s?보기\s*$"
    r"|^\s*((페이스북|트위터|카카오톡|카카오스토리|밴드|네이버|라인|URL|이메일|인쇄|스크랩)[\s|·,]*)+$"
    # a time stamp line ("입력 2025.03.04 10:15 수정 …"), a menu path ("홈 > 지역 > 경제"), a menu
    r"|^\s*(입력|수정|승인|등록|발행|업데이트)\s?:?\s*\d{4}[-./]"
    r"|^\s*[^\s>]+(\s?[>›»]\s?[^\s>]+){1,4}\s*$"
    r"|^\s*((전체기사|전체메뉴|정치|경제|사회|문화|지역|오피니언|포토|스포츠|연예|국제|산업|교육|검색"
    r"|로그인|회원가입|홈|HOME|뉴스)[\s|·]*){3,}$"
    # an ad ("[광고] …", "AD …"), a credit or a byline alone ("그래픽=홍길동 기자", "글·사진 …
    # 기자", "사진 제공: 가온시청 홍보실"), a correction ("바로잡습니다", "[정정]"), a note on the
    # story's source ("이 기사는 … 보도자료를 바탕으로")
    r"|^\s*[\[(<]?\s*(광고|AD)\s*[\])>]?\s"
    r"|^\s*[\[(<]?\s*/?\s*(사진|그래픽|영상|자료|일러스트)\s?(제공)?\s?[=:]\s*[^\s=]+(\s[^\s=]+)?"
    r"\s*[\])>]?\s*$"
    r"|^\s*(글\s?[·/]\s?사진|정리|취재|글)\s?[=:]?\s*[가-힣]{2,4}\s?기자"
    r"|바로잡습니다|^\s*[\[<(]?\s*정정\s*[\]>)]|^\s*[※*]?\s*(이|본)\s?기사는\s.{0,40}(보도자료|지원)"
    # (rule reporter-box) a reporter with a rank or the outlet before ("가온일보 홍길동 선임기자 |
    # …"), the credits of a story ("취재 A 기자 · 사진 B 기자", "영상취재 A / 영상편집 B"), a
    # regional paper's sign-off ("/가온=홍길동기자")
    r"|^\s*(\S+\s)?[가-힣]{2,4}\s?(선임|수석|객원|인턴|전문|사진|영상|취재)?\s?기자\s*(\||\S+@|$)"
    r"|^\s*(취재|사진|영상|편집)\s[가-힣]{2,4}\s?기자\s?[·/|]|^\s*영상\s?(취재|편집)\s"
    r"|^\s*/\s?[가-힣]{1,10}\s?=\s?[가-힣]{2,4}\s?기자\s*$"
    # (rule page-widgets) comment boxes, subscription and app prompts, a satisfaction poll, the
    # public licence, a video player, a search box, share lines in Latin letters, chrome in
    # Japanese (kana and no Hangul), a file photo's caption ("자료사진. …") and a building's
    # ("가온대학교 본관 전경")
    r"|댓글\s?(쓰기|을\s|은\s|작성|등록)|답글\s?\d|공감\s?\d|^\s*(최신|추천|과거)순\s*\|"
    r"|구독하고\s.*받아\s?보세요|유료\s?회원\s?전용|후원하기|채널\s?(구독하기|바로\s?가기)"
    r"|앱\s?설치하기|뉴스레터\s?구독|친구에게\s?보내기|만족하십니까|매우\s?만족|공공누리"
    r"|동영상\s?재생|\d{2}:\d{2}\s?/\s?\d{2}:\d{2}|검색어를?\s?입력|^\s*(기사\s?입력|최종\s?수정)\s"
    r"|^\s*((facebook|twitter|kakao|band|blog|naver|line|x|share|tweet)\s*)+$"
    r"|^\s*(Share this|Sign in|Log ?in|Sitemap|About Us|Privacy Policy)\b"
    r"|^[^가-힣]*[\u3040-\u30ff][^가-힣]*$|^\s*(#[^\s#]+\s*){2,}$"
    r"|^\s*[\[(<〈]?\s*자료\s?사진|^\s*[^\s.]+(\s[^\s.]+)?\s(본관\s)?전경\s*([./\[(].*)?$",
    re.IGNORECASE)
# (rule contact-and-footer) Lines that finish no sentence and carry a phone number, open with a
# contact or post label ("문의:", "담당부서", "작성자", "대표전화"), name the publisher's
# registration ("발행인", "청소년보호책임자", "등록번호"), give an address in Latin letters
# ("34 Gaon-ro, Seoul, Korea"), or are a row of three or more short links ("회사소개 |
# 광고안내 | 기사제보", "KOREAN | ENGLISH | 日本語").
_FURNITURE_UNFINISHED = re.compile(
    r"(?<!\d)0\d{1,2}[-.)]\s?\d{3,4}[-.]\d{4}(?!\d)|☎"
    r"|^\s*[\[(<]?\s*(문의|담당\s?부서|담당자|연락처|작성자|작성일|등록일|조회\s?수|보도자료\s?담당"
    r"|대표\s?전화|TEL|FAX|팩스)\s*[:：|]?\s|^\s*(주소|본사)\s*[:：]"
    r"|발행\s?[·・]?\s?편집인|발행인|편집인|청소년\s?보호\s?책임자|등록\s?번호|통신판매업"
    r"|개인정보\s?(처리\s?방침|보호\s?책임자)|이메일\s?무단\s?수집"
    r"|\d+\s[A-Za-z]+-(ro|gil|daero)\b|,\s?(Seoul,\s?)?(Republic of\s)?Korea\.?\s*$",
    re.IGNORECASE)
# (rule head-shot) A head shot's caption: a name, a title and maybe a body, nothing said
# ("홍길동 이사장", "[사진] 홍길동 가온재단 이사장", "▷ 홍길동 원장(가온재단)", "〈사진〉 가온재단
# 이사장 홍길동", "홍길동 가온재단 이사장. 사진=가온재단"). Dropped when the name occurs nowhere
# else in the text: the picture of someone the story does not name.
_TITLE_WORD = r"[가-힣]{0,6}(장|대표|대표이사|이사|교수|위원|의원)"
_HEAD_SHOT = re.compile(
    r"^\s*([▲△▷▶■●•·]|\[사진\]|〈사진〉|<사진>|\(사진\))?\s*"
    r"((?P<n>[가-힣]{2,4})(\s[^\s.()]{1,20}){0,2}\s" + _TITLE_WORD
    + r"|([^\s.()]{1,20}\s){0,2}" + _TITLE_WORD + r"\s(?P<m>[가-힣]{2,4}))"
    r"(\s?\([^)]{1,20}\))?\s*\.?\s*([\[(<]?\s*사진\s?=\s?[^\s\])>]+[\])>]?)?\s*$")
_LINK_BAR, _LINK_GAP = re.compile(r"\s*\|\s*"), re.compile(r"\s{2,}")
# Headers of lists of other articles; the headlines under them are dropped too. A short line
# that names a list of news ("관련 기사", "이 기사와 함께 많이 본 뉴스", "기자의 다른 기사
# 보기", "실시간 인기 뉴스", "이 시각 주요뉴스") or one of the page's fixed list names.
# (rule list-header-words) The words such a name is made of, in the orders sites use them:
# who ("이 기사와 관련된", "홍길동 기자의", "이 기자의", "에디터"), which ("가장 많이 본", "같은
# 분야", "섹션별 주요", "지금 뜨는"), what ("뉴스", "기사", "소식", "최신글") and a link word
# ("더 보기", "TOP 10", "랭킹"); and the English and Japanese names of such lists.
LIST_HEADER = re.compile(
    r"^\s*[\[<【〈《▶■◆●☞\-]*\s*(댓글 많은 뉴스|관련\s?뉴스|관련\s?기사(\s?더\s?보기)?|맞춤 정보"
    r"|많이 본 정보|오늘의 인기정보|이슈 & 토픽|비즈 링크|당신을 위한 추천 정보|에디터\s?추천"
    r"|(이 기사와 (함께|관련된)(\s?(보면 좋은|본|읽은|읽으면 좋은))?\s?"
    r"|함께\s?(보면 좋은|본|읽은|읽으면 좋은)\s?"
    r"|([가-힣]{2,4}\s?|이\s?)?기자의\s?|이\s?시각\s?|같은\s?분야\s?|섹션별\s?|지금\s?뜨는\s?"
    r"|에디터\s?|지역\s?|가장\s?)?"
    r"(많이\s?(본|읽은)|인기|최신|추천|주요|실시간(\s?인기)?|오늘의\s?(핫|주요|인기)?|핫|화제의|다른"
    r"|포토|HOT|[Hh]ot|베스트|랭킹)?\s?(뉴스|기사|소식|최신\s?글|NEWS|[Nn]ews)"
    r"(\s?(보기|더\s?보기|목록|랭킹|\+|TOP\s?\d+))?"
    r"|(Related|Latest|Top|Most\s(Viewed|Read|Popular))\s(News|Articles|Stories)"
    r"|Most\s(Viewed|Read|Popular)|関連記事|人気記事|ニュース一覧)"
    r"\s*[\]>】〉》◀]*\s*$", re.M)   # re.M: dates searches a whole text for one
# (rule inline-list) One line that names such a list and gives its headlines after a mark
# ("관련기사: A / B", "▶관련기사◀ A", "주요뉴스 A | B"), and a link to the previous or next
# post ("이전글 A", "◀ 이전기사 A", "윗글 A").
_LIST_INLINE = re.compile(
    r"^\s*[\[<【〈▶■◆●☞\-]*\s*(관련\s?(기사|뉴스)|주요\s?뉴스|추천\s?기사|많이\s?본\s?(뉴스|기사))"
    r"\s*([:：\]>】〉◀]|\s)"
    r"|^\s*[◀▶◁▷▲▼△▽<>]*\s*((이전|다음)\s?(글|기사|게시물)|윗글|아랫글)\s")
# A line that reads as a finished sentence (ends the list of headlines under a header), and
# what else ends it: a photo caption ("왼쪽부터 …"), a line longer than a headline.
_SENTENCE_END = re.compile(r"(다|요)\s*[.!?]\s*$")
_PHOTO_LINE = re.compile(r"왼쪽부터|오른쪽부터|기념촬영|기념사진|\((왼쪽|오른쪽)[^)]{0,12}\)")
_HEADLINE_CHARS = 100
# A line the story's text ends ("…했다.", "…밝혔다", "…말했다.”"): what a body line looks like.
_STORY_LINE = re.compile(r"(다|요)\s*([.!?]\s*[\"”’']?|[\"”’']\s*[.])\s*$|(다|요)\s*$")
# A teaser cut short, as lists of other articles print them ("…협약을 체결했다고 …"), maybe
# with its time stamp ("… 05-13 10:21", "… 1시간 전").
_TEASER = re.compile(r"\S\s?(…|\.\.\.)\s*(\d{2,4}[-./]\d{1,2}([-./]\d{1,2})?\.?(\s\d{1,2}:\d{2})?"
                     r"|\d{1,2}(시간|분|일) 전)?\s*$")
# A headline: a subject and a comma ("가온시, 누리대와 협약", "가온재단 홍길동 이사장, …"), a
# "…" between its parts ("협약…\"힘 모은다\""), two bodies joined by a hyphen
# or a dot before a comma or a quote ("가온시-누리텍, …", "가온공사·누리은행 'MOU'"), a
# "[포토]" tag, or a time stamp at its end.
# (rule headline-shapes) A list's mark may be a rank ("1 ", "01 ", "1. ", "①", "1위 ") or an
# arrow or corner ("☞", "└", "○"); a headline may end in its date in brackets ("(2024.05.12)")
# or its outlet after a bar ("| 가온일보"), in the words of a signing's headline ("… 협약
# 체결", "… 맞손", "… MOU") or in a quote ('… 원장 "…앞장서겠다"').
_LEAD = r"^\s*([▶▷·■□◆◇●○•\-–☞└ㄴ]|\d{1,2}(\.|위)?\s|[①-⑳])?\s*"
# what only a headline carries: a section tag, a time stamp or date at its end, its outlet
# after a bar, a signing headline's last words, a quote at its end (an area item never does)
_HEADLINE_STAMP = (
    _LEAD + r"\[(포토|사진|영상|단독|속보|날씨|인사|부고|동정|종합|지역|경제|사회|대학)\]"
    r"|\s(\d{2,4}[-./]\d{1,2}([-./]\d{1,2})?\.?(\s\d{1,2}:\d{2})?|\d{1,2}(시간|분) 전)\s*$"
    r"|\s[(\[]\d{2,4}[-./]\d{1,2}([-./]\d{1,2})?\.?[)\]]\s*$|\s\|\s?\S{2,12}\s*$"
    r"|\s(업무\s?)?(협약(\s?체결|\s?맺어|식)?|MOU|맞손|손잡아|손잡는다)\s*$"
    r"|\S\s[\"“][^\"”]{2,40}[\"”]\s*$")
_STAMPED = re.compile(_HEADLINE_STAMP)
_HEADLINE = re.compile(
    _LEAD + r"(\[[^\]]{1,8}\]\s*)?[^\s,.]{2,20}(\s[^\s,.]{1,20}){0,2},\s"
    r"|\S…\s?\S"
    r"|" + _LEAD + r"[^\s,]{2,20}[-·][^\s,]{2,20}(,|\s['‘\"“])"
    r"|" + _HEADLINE_STAMP)

_BULLET_MARK = re.compile(r"^\s*([▶·■◆●•\-–]|\[[^\]]{1,8}\])")

# Byline and source tags at the start of a line.
# ("[가온=누리통신] 홍길동 기자 =", "(가온=누리통신) 가온일보 홍길동 기자 =")
BYLINE = (r"(\[[^\]\n]{1,40}\]\s*|\([^)\n]{1,30}=[^)\n]{1,30}\)\s*)?([^\s=\[\]()]{2,12}\s)?"
          r"([가-힣]{2,4}\s?기자\s*=\s*)")
# (rule caption-in-credit-brackets) a photo's credit brackets ("(사진=…)", "[사진제공=…]") holding
# three words and more hold its caption ("(사진=3일 가온시청에서 열린 협약식 모습)"): no source
# tag to skip. A credit of a word or two ("(사진=누리대 제공)") is still cut as one.
_PHOTO_BRACKET = r"(?!\s*사진\s?(?:제공|설명)?\s?[=:]\s*[^\s)\]]+(?:\s+[^\s)\]]+){2})"
_BYLINE_HEAD = re.compile(
    r"^\s*" + BYLINE
    + r"|^\s*\(" + _PHOTO_BRACKET + r"[^)\n]{1,30}=[^)\n]{1,30}\)\s*"
    r"|^\s*\[" + _PHOTO_BRACKET + r"[^\]\n]{1,40}\]\s*"
    r"|^\s*[가-힣]{2,4}\s?기자\s*=\s*")
# The page's footer: what the outlet says of its rights ("무단전재 및 재배포 금지").
FOOTER = (r"저작권자|[Cc]opyright|무단\s?전재|재배포\s?금지|[Aa]ll rights reserved"
          r"|기사의 저작권은")
# An outlet's name as sign-offs write it ("가온일보", "누리방송", "한빛뉴스24", "다온TV")
_OUTLET = r"\S*(일보|신문|방송|뉴스|타임스|타임즈|통신|경제|데일리|TV|투데이|미디어|저널|포스트)\S*"
# (rule sign-off) a broadcaster's or reporter's sign-off ("지금까지 가온방송 홍길동입니다.")
_SIGN_OFF = r"(지금까지\s)?" + _OUTLET + r"\s[가-힣]{2,4}(\s?기자)?입니다\.?\s*$"
# (rule glued-tail) What a page leaves after a story's finished sentence on the same line: a
# copyright tag, a related headline ("▶ 관련기사 …", "☞ …"), a byline ("/가온=홍길동기자",
# "홍길동 기자 a@b.kr"), hashtags, "(끝)", the outlet in brackets, a sign-off. The line is
# read up to it.
_GLUED_TAIL = re.compile(
    r"(?<=[.!?\"”’'])\s+([<\[(]?\s*(저작권자|ⓒ|©|Copyright)"
    r"|[▶☞■\[<]*\s*관련\s?(기사|뉴스)|☞"
    r"|/\s?[가-힣]{1,10}\s?=\s?[가-힣]{2,4}\s?기자|[가-힣]{2,4}\s?기자\s+\S+@"
    r"|(#[^\s#]+\s*)+$|\(끝\)\s*$|\[[^\]\s]{2,12}\]\s*$"
    r"|" + _SIGN_OFF + r")"
    r"|(\s+#[가-힣A-Za-z][^\s#]*)+\s*$")
# Sentences that are only a credit, an address or a stamp.
_CLUTTER_SENTENCE = re.compile(
    FOOTER + r"|email protected|"
    # "사진=한빛시", "[사진제공: 한빛시청 홍보실]", "/사진=한빛시" (after a caption's last
    # sentence): a credit ("사진=19일 … 열린 협약식", "사진 = 가온공사, 14일 … 홍길동 본부장이 …":
    # a caption after its credit)
    r"^\s*[\[(<]?\s*/?\s*사진\s?(제공)?\s?[=:]"
    r"(?!\s*(?:지난|오는)?\s*\d{1,2}일\s)(?!\s*[^\s,]+,\s*\S+\s\S+\s\S+)"
    # ("사진 = 박다온 가온시장(오른쪽)과 김누리 …": a caption of five words and more; words
    # parted by spaces, so a credit of five letters or more is still one)
    r"(?!\s*\S+(?:\s+\S+){4})"
    r"|^\s*[\[(<]?\s*/?\s*\S+\s제공\s*[\])>]?\s*$|\S+@\S+"
    r"|^\s*\d{4}\.\s?\d{1,2}\.\s?\d{1,2}\.?\s*$|^[\W\d\s]*$|^\s*\*?재판매"
    r"|^\s*" + _SIGN_OFF)
# Words that make a line a photo caption wherever they stand (the areas' reader of bullet
# lines asks them too), and the marks a caption line opens with.
PHOTO_CAPTION = (
    r"사진\s?=|사진제공|\(사진|\[사진|사진은|기념사진|왼쪽부터|오른쪽부터"
    # (not the ceremony's programme told in prose: "… 서명, 기념촬영 순으로 진행됐다")
    r"|기념촬영(?!\s*(?:등\s*)?(?:의\s*)?순(?:서)?(?:으로|로)\s*(?:진행|이어|치러))"
    r"|\((왼쪽|오른쪽)[^)]{0,12}\)|/\s*\S+\s제공\s*$|ⓒ")
_CAPTION = re.compile(r"^\s*[▲△▶■●•·]|" + PHOTO_CAPTION)
# Trailing credits inside a sentence: "(사진=대전시청)", "[사진=…]", "<사진제공=…>", "ⓒ…".
_TRAILING_CREDIT = re.compile(r"\s*([\[(<]\s*사진[^\])>]*[\])>]|ⓒ\S*|/\s*\S+\s제공)\s*\|?\s*$")
_TRAILING_REPORTER = re.compile(r"\s*\(\s*[가-힣]{2,4}\s?기자\s*\)\s*$")
_LEADING_BULLET = re.compile(r"^[\s▲△▶■●•|]+")

MAX_SENTENCES = 100          # sentences of an article that extraction reads
MAX_READ_CHARS = 100_000     # of an article's text: ten times a long news article
MAX_SENTENCE_CHARS = 1_500   # longer ones are not sentences a signing is reported in
_PIECE_CHARS = 8_000         # a longer line goes to the sentence splitter in pieces
_PIECE_END = re.compile(r".*[.!?。]\s|.*\s", re.DOTALL)


@dataclass(frozen=True)
class Document:
    text: str                          # the article text exactly as given
    sentences: tuple[Sentence, ...]    # kept sentences; offsets index into ``text``
    captions: frozenset[int] = field(default=frozenset())  # starts of caption sentences
    # starts of the lines dropped as lists of other articles (headers, headlines, teasers):
    # readers of the raw lines (bullet lists after a sentence) stop there
    other_articles: frozenset[int] = field(default=frozenset())

    def is_caption(self, sentence: Sentence) -> bool:
        return sentence.start in self.captions

    def body(self) -> tuple[Sentence, ...]:
        """The kept sentences that are not photo captions."""
        return tuple(s for s in self.sentences if s.start not in self.captions)


# Characters a web page leaves inside words that show nothing: "1\u200b9일" reads "19일"
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))


def visible(text: str) -> str:
    """``text`` without the characters that show nothing (zero-width spaces and joiners, a
    soft hyphen): what a reader sees."""
    return text.translate(_INVISIBLE)


def headline_shaped(line: str) -> bool:
    """Whether ``line`` is worded as a headline (rule headline-shapes): a roundup's item
    headings are told by it too."""
    return bool(_HEADLINE.search(line))


def headline_stamped(line: str) -> bool:
    """Whether ``line`` carries what only a headline in a list of other articles carries (a
    section tag, a time stamp, its outlet, a signing headline's last words), or is a teaser
    cut short: not the comma of a subject, which a list's item may hold too ("A, B 지원")."""
    return bool(_STAMPED.search(line) or _TEASER.search(line))


def page_clutter(line: str) -> bool:
    """Whether ``line`` is page clutter or furniture as ``prepare`` drops it (a share bar, a
    widget, a byline, a contact, a footer, a row of links), never a line of the story."""
    return bool(_CLUTTER_LINE.search(line)) or _is_furniture(line)


def prepare(text: str) -> Document:
    """Clean ``text`` and split it into sentences with offsets into ``text``."""
    kept, others = _kept_lines(text)
    # one analyser pass over the article's lines (a repeated line is analysed once)
    split = sentences_of([segment for _, _, segment in kept])
    candidates: list[tuple[Sentence, bool]] = []
    for (at, caption, _), found in zip(kept, split, strict=True):
        for sentence in found:
            if len(candidates) >= MAX_SENTENCES:
                break  # bounded work (see the module doc)
            trimmed = _trim(Sentence(at + sentence.start, at + sentence.end, sentence.text),
                            text)
            if trimmed is not None and len(trimmed.text) <= MAX_SENTENCE_CHARS:
                candidates.append((trimmed, caption))
    return _deduplicate(text, candidates, frozenset(others))


def _kept_lines(text: str) -> tuple[list[tuple[int, bool, str]], set[int]]:
    """The lines worth reading, as (offset of the kept part, whether a caption, the part), and
    the starts of the lines dropped as lists of other articles."""
    kept: list[tuple[int, bool, str]] = []
    others: set[int] = set()
    in_list, list_marks = False, set[str]()   # the marks the list's headlines opened with
    lines = _lines(text)
    # the lines read at all (bounded work): the runs are looked for there only
    headlines = _headline_runs([line for start, line in lines if start < MAX_READ_CHARS])
    for i, (start, line) in enumerate(lines):
        if len(kept) >= MAX_SENTENCES or start >= MAX_READ_CHARS:
            break  # bounded work (see the module doc)
        if LIST_HEADER.match(line):
            in_list, list_marks = True, set()
            others.add(start)
            continue
        if i in headlines or _TEASER.search(line) or _LIST_INLINE.match(line):
            if in_list:
                list_marks.add(_item_mark(line))
            others.add(start)
            continue
        if in_list:
            if not (_SENTENCE_END.search(line) or _PHOTO_LINE.search(line)
                    or len(line.strip()) > _HEADLINE_CHARS
                    or _other_mark(line, list_marks)):
                list_marks.add(_item_mark(line))
                others.add(start)
                continue
            in_list = False
        glued = _GLUED_TAIL.search(line)
        if glued:
            line = line[: glued.start()]
        if page_clutter(line) or _other_head_shot(line, text) and not _signs_off(lines, i):
            continue
        head = _BYLINE_HEAD.match(line)
        offset = head.end() if head else 0
        caption = bool(_CAPTION.search(line))
        bullet = _LEADING_BULLET.match(line, offset)
        if bullet and caption:
            offset = bullet.end()
        for at, piece in _pieces(line, offset):
            if start + at >= MAX_READ_CHARS:
                break  # bounded work (see the module doc)
            kept.append((start + at, caption, piece))
    return kept, others


# (rule wrapped-line) A story line broken in two where a narrow column ended: the line stops
# inside a sentence, on a word that never ends a headline or a list item (a particle, a
# connective or a modifier: "…회의실에서", "…기업과", "…위한", "…18일"; a modifier written as
# a word of its own too: "…지원을 위한", "…에 대한") and the next line goes on with text, no
# mark. ``form.unwrapped`` makes the break a space, as it does a hard wrap's
# (``breaks_inside_sentences`` answers for both). A line that ends a clause ("…하며,",
# "…협력하기 위해") is where writers break lines themselves: it stays apart, as before.
_MID_SENTENCE = re.compile(
    r"[가-힣](에서|에게|으로|하는)\s*$"
    r"|[\s가-힣](위한|대한|따른|있는|및|등|\d{1,2}일|오전|오후)\s*$"
    # a list of names going on after a comma ("…, 가온농원," / "㈜누리식품, …")
    r"|[가-힣A-Za-z0-9)],\s*$"
    # a particle glued to a closing bracket ends no noun, not even in a title: a name with its
    # head or its Latin form goes on ("…솔빛테크(대표 한다온)와" / "'…협약'을 체결했다.")
    r"|\)(과|와|은|는|을|를|이|가|에|로|으로)\s*$")
_GOES_ON = re.compile(r"^\s*(?!\d{1,2}\s?[.)]|\d{1,2}위\s)[가-힣A-Za-z0-9‘“'\"㈜]")
# One-syllable particles also end nouns ("논의", "성과", "마을", "진로"): they count once the
# story has begun, never in a title or a menu above it; so does 까지 ("…연말까지" / "모금을
# 함께 한다."), which ends no noun but a span's (rule until-wrap)
_MID_PARTICLE = re.compile(r"[가-힣](로|과|와|을|를|은|는|에|까지)\s*$")
# (rule quoted-name-particle) a particle glued to a closing quote mark: a quoted name with
# its particle goes on ("… 가온시와 '청년 나눔 협약'을" / "맺었다."), counted where one-syllable
# particles are (a headline may end so: "가온시, '청년 도시'로")
_QUOTED_PARTICLE = re.compile(r"[가-힣A-Za-z0-9]['’\"”](과|와|은|는|을|를|이|가|에|로|으로)\s*$")
# a head or a side note in brackets closing the line, its particle after ("…군수(오른쪽)와")
_BRACKET_PARTICLE = re.compile(r"\)(과|와|이|가|은|는)\s*$")
# A quote or a bracket opened and not closed on the line: the sentence goes on.
_OPENERS, _CLOSERS = "‘“「『(", "’”」』)"


# Once the story has begun, a long line that finishes no sentence and is followed by one that
# does is one sentence broken anywhere ("…▲대학·기업" / "연구 인력의 교류 … 담았다.");
# and a line that opens with a word no sentence opens with ("등 물적 교류 …") goes on the last.
_LONG_WRAPPED = 40
_CLAUSE_END = re.compile(r"[가-힣\s](고|며|면서|하여|위해|통해|해서|하고|지만|는데)\s*,?\s*$")
# Before the story, a long line opened by a dateline ("[가온일보] …", "[가온일보=홍길동 기자] …")
# is the lead sentence, not a title
# ; so is one opened by a wire's dateline in round brackets with its reporter ("(가온=누리뉴스)
# 홍길동 기자 = 가온도는 …", rule wire-lead)
_LEAD_SENTENCE = re.compile(r"^\s*\[[^\]\n]{2,30}\]\s*\S"
                            r"|^\s*\([^)\n]{1,20}=[^)\n]{1,20}\)\s*[가-힣]{2,4}\s?기자\s?=\s*\S")
# Before the story, a line opened by a body as topic and its day ("가온센터는 지난 27일 …") is
# the lead sentence too: broken after a particle, it goes on (rule lead-topic-particle); the
# body may carry its head or abbreviation in brackets and a unit after it, the day a month
# and a year ("가온병원(병원장 홍다솜)은 지난달 2일 …", "누리대학교 총동문회는 5월 9일 …",
# rule lead-topic-wide), and such a lead broken anywhere in a long line goes on too; the body
# may take three words ("주한 가온 대사관은 11월 3일(화) …"); a house voice's "우리" before a
# body named by a word of its own ("우리 가온교회는") and a day told by its weekday with the
# date in brackets ("지난 주일(3월 8일)", "지난 토요일(11일)") too; not a newsletter's "우리
# 생협은 …", whose body is named elsewhere
_LEAD_TOPIC = re.compile(r"^\s*(?:우리\s(?=[^\s,()]{3,30}(?:은|는)\s))?(?!우리\s)[^\s,()]{2,30}"
                         r"(\([^()\n]{1,20}\))?(\s[^\s,()]{2,20}){0,2}"
                         r"(\([^()\n]{1,20}\))?(은|는)\s(지난\s?|지난달\s)?"
                         r"((?:[월화수목금토일]요일|주일)\s?\()?(\d{4}년\s)?"
                         r"(\d{1,2}월\s)?\d{1,2}일(?=[\s()])")
_OPENS_INSIDE = re.compile(r"^\s*(등|및|또는)\s")
# (rule long-lead-line) a line longer than any title that finishes no sentence is prose even
# before the story (a compound lead naming four parties broken on "… 등 도내" / "기업 3곳과 …");
# (rule sentence-inside-line) a line that finishes a sentence and opens the next is prose too:
# that one broken after a particle goes on ("…나와 있습니다. 어제 이곳에서 가온상인회와" /
# "누리대학교가 협약을 맺었습니다.")
# (rule verb-tail-line) a line of the verb alone that finishes the sentence ("추진한다.") is
# that sentence's tail, not a short line of clutter
_VERB_TAIL = re.compile(r"^\s*[가-힣]{1,6}(다|요)\.\s*$")
_SENTENCE_INSIDE = re.compile(r"(다|요)[.!?][\"”’']?\s+[가-힣]")
# Rule quoted-name-wrap: a line that ends on an agreement's quoted name ("… '청년 창업 지원'")
# and a next line that opens with the agreement word it names ("협약을 맺었다.") are one
# sentence: a quoted name with no particle after it ends no sentence
_QUOTED_NAME_END = re.compile(r"[가-힣A-Za-z0-9]\s*['’\"”]\s*$")
_AGREEMENT_FIRST = re.compile(r"^\s*(?:업무\s?)?(?:협약|협정|양해각서|MOU|상생협약|교류협약)")


def breaks_inside_sentences(lines: Sequence[str], wraps: Collection[int] = ()) -> set[int]:
    """The indices ``i`` of ``lines`` whose line break (to line ``i + 1``) falls inside a
    sentence: those in ``wraps`` (a text wrapped throughout, ``form.unwrapped``), and where a
    story line was broken in two (rule wrapped-line), judged on the line read so far."""
    inside: set[int] = set()
    story = False
    line = ""                 # the line read so far: lines broken inside it joined
    for i, following in enumerate(lines):
        if i and (i - 1 in wraps or _wraps(line, following, story)
                  or _caption_wrapped(line, lines[i:i + 2])):
            inside.add(i - 1)
            line += (" " if i - 1 in wraps else "\n") + following
            continue
        if i:
            story = story or bool(_STORY_LINE.search(line)) and len(line) >= 30
        line = following
    return inside


# Rule wrapped-caption: a photo caption opened by its mark and hard-wrapped over two or three
# lines ("▲ 2일 군청에서 A 군수와 B, C," / "D 관계자들이 협약을 체결한" / "뒤 기념촬영을 하고
# 있다. /사진=가온군 제공"): the lines up to the caption's close are one sentence
_CAPTION_OPEN = re.compile(r"^\s*[▲△]\s*\S")
_CAPTION_CLOSE = re.compile(r"(?:하고|고)\s*있다\.|기념촬영|사진\s?=|/\s*\S+\s제공\s*$")


def _caption_wrapped(line: str, following: Sequence[str]) -> bool:
    """Rule wrapped-caption: ``line`` (read so far) is a caption stopped inside its sentence,
    the next line goes on with it, and the caption's close comes in it or the line after."""
    if not _CAPTION_OPEN.match(line) or _SENTENCE_END.search(line) or \
            _CAPTION_CLOSE.search(line) or not following:
        return False
    closed = [k for k, x in enumerate(following) if _CAPTION_CLOSE.search(x)]
    return bool(closed) and all(_GOES_ON.match(x) and not _CAPTION_OPEN.match(x)
                                for x in following[: closed[0] + 1])


def whole_caption(line: str) -> bool:
    """A photo caption on a line of its own, opened by its mark and closed by its credit or
    its "…하고 있다." (rule caption-inside-sentence asks it)."""
    return bool(_CAPTION_OPEN.match(line) and _CAPTION_CLOSE.search(line))


# Rule crossed-cover: a card-news cover names the parties crossed on one line and the
# agreement on the next ("가람시 × 누리은행" / "소상공인 상생금융 업무협약 🤝"): one title;
# the agreement line may close on the signing noun ("… 업무협약 체결", "… 협약식")
_CROSSED = re.compile(r"\s*[^\s×]+(?:\s[^\s×]+)?\s?×\s?[^\s×]+(?:\s[^\s×]+)?\s*")
# (its nouns: four words of the agreement family, lexicons/cues.tsv, written unspaced; the
# cover rule never read the family's others - 약정, 합의서, 의향서, MOA, LOI, 합의 각서, 협력 각서
# - nor 양해 각서 written apart, and still does not: tests/test_text.py keeps them family words)
COVER_AGREEMENT_NOUNS = ("협약", "협정", "양해각서", "MOU")
_AGREEMENT_LAST = re.compile(
    rf"(?:{'|'.join(COVER_AGREEMENT_NOUNS)})\s?(?:식|\s?체결(?:식)?)?\s?[^\w\s]*\s*$")


def _wraps(line: str, following: str, story: bool) -> bool:
    if _CROSSED.fullmatch(line) and _AGREEMENT_LAST.search(following):
        return True
    glued = _GLUED_TAIL.search(line)
    line = line[: glued.start()] if glued else line
    if len(line.strip()) < 10 or not following.strip() or _STORY_LINE.search(line):
        return False
    if (not _GOES_ON.match(following) or _CLAUSE_END.search(line) or _is_furniture(line)
            or _LIST_INLINE.match(line)):
        return False
    long_in_story = ((story or _LEAD_SENTENCE.search(line) or _LEAD_TOPIC.match(line)
                      or len(line.strip()) > _HEADLINE_CHARS)
                     and len(line.strip()) >= _LONG_WRAPPED
                     and not (_HEADLINE.search(line) or _TEASER.search(line))
                     and bool(_STORY_LINE.search(following)))
    unclosed = sum(map(line.count, _OPENERS)) > sum(map(line.count, _CLOSERS))
    particle = ((story or _LEAD_TOPIC.match(line) or _SENTENCE_INSIDE.search(line))
                and len(line.strip()) >= 20
                and bool(_MID_PARTICLE.search(line) or _QUOTED_PARTICLE.search(line)))
    quoted_name = bool(_QUOTED_NAME_END.search(line) and _AGREEMENT_FIRST.match(following))
    if not (_MID_SENTENCE.search(line) or _OPENS_INSIDE.match(following) or long_in_story
            or particle or unclosed or quoted_name):
        return False
    marked = bool(_BULLET_MARK.match(line) or _CAPTION.search(line))
    if (marked and not _cut_item(line, following) or _CLUTTER_LINE.search(line)
            or LIST_HEADER.match(line) or LIST_HEADER.match(following)):
        return False
    return not (_CLUTTER_LINE.search(following) and not _VERB_TAIL.match(following)
                or _LIST_INLINE.match(following))


def _cut_item(line: str, following: str) -> bool:
    """Rule cut-caption: a caption or an item broken after a particle ("▲ … 가온군수(오른쪽)와"),
    whose next line, opened by no mark, finishes the sentence ("박누리 조합장이 … 있다.")."""
    return bool(_MID_PARTICLE.search(line) or _BRACKET_PARTICLE.search(line)) \
        and bool(_STORY_LINE.search(following))


def _other_head_shot(line: str, text: str) -> bool:
    """A head shot's caption naming someone the rest of the text does not name."""
    name = head_shot_name(line)
    return name is not None and text.count(name) == 1


# (rule sign-off) A letter's or newsletter's closing line under its body: the body, its
# title and its head's name, nothing after but notes ("※ …") and page furniture
_NOTE_MARK = re.compile(r"^\s*(?:※|\*|☞)")


def _signs_off(lines: Sequence[tuple[int, str]], i: int) -> bool:
    """Whether the head-shot-shaped line ``i`` ("가온소비자생활협동조합 이사장 홍길동", the
    name last, no photo mark) closes the text under a finished story line (rule sign-off)."""
    shot = _HEAD_SHOT.match(lines[i][1])
    if shot is None or not shot.group("m") or shot.group(1) or "사진" in lines[i][1]:
        return False
    before = [line for _, line in lines[:i] if line.strip()]
    after = [line for _, line in lines[i + 1:] if line.strip()]
    return bool(before) and bool(_STORY_LINE.search(before[-1])) and all(
        _NOTE_MARK.match(line) or page_clutter(line) for line in after)


def head_shot_name(line: str) -> str | None:
    """The name a head shot's caption gives ("▲ 홍길동 가온재단 이사장" -> "홍길동", rule
    head-shot), or None for a line of any other shape."""
    shot = _HEAD_SHOT.match(line)
    return None if shot is None else shot.group("n") or shot.group("m")


def _is_furniture(line: str) -> bool:
    """A line that finishes no sentence and is a contact, a footer or a row of links."""
    if _STORY_LINE.search(line):
        return False
    if _FURNITURE_UNFINISHED.search(line):
        return True
    # links between bars, or (a menu) four or more single words between wide gaps: a row of
    # areas written with gaps ("교육  연구  봉사") stays
    cells = [c for c in _LINK_BAR.split(line.strip()) if c]
    words = [c for c in _LINK_GAP.split(line.strip()) if c]
    return ((len(cells) >= 3 and all(len(c) <= 14 for c in cells))
            or (len(words) >= 4 and all(len(c) <= 8 and " " not in c for c in words)))


# (rule widget-before-story) On a page flattened onto one line, once it is broken after its
# sentences, the words of a widget or a menu that stood on a line of their own open the next
# sentence ("뉴스레터 구독 신청 가온공단은 … 협약을 체결했다."), and the whole line would go as
# clutter. The story starts at the space after the clutter's words, where what follows
# finishes a sentence of its own (this many characters at least) and is no clutter itself.
_STORY_AFTER_CLUTTER = 20


def stories_after_clutter(line: str) -> list[int]:
    """The spaces of LINE where a story sentence starts after clutter words (none when the
    line holds no clutter, or nothing after it finishes a sentence)."""
    cuts: list[int] = []
    at = 0
    while (clutter := _CLUTTER_LINE.search(line[at:])) is not None and clutter.end():
        end = at + clutter.end()
        space = end - 1 if line[end - 1] == " " else line.find(" ", end)
        rest = line[space + 1:] if space >= 0 else ""
        if len(rest.strip()) < _STORY_AFTER_CLUTTER or not _STORY_LINE.search(rest):
            break
        cuts.append(space)
        at = space + 1
    return cuts


def _headline_runs(lines: list[str]) -> set[int]:
    """Indices of lines that are a list of other articles' headlines with no header: after the
    story's first finished sentence (of 30 characters or more), three or more adjacent lines
    that finish no sentence, two or more and most of them shaped as headlines (a subject and
    a comma, "A-B, …", "[포토]", a time stamp).
    The lists of areas an article gives as bullets are not shaped so; its title and subtitles
    come before its first sentence."""
    out: set[int] = set()
    story = False
    run: list[int] = []
    for i, line in enumerate([*lines, ""]):
        # "…있다./가온시 제공", "| …하고 있다. |", "…말했다.(홍길동 기자)"
        glued = _GLUED_TAIL.search(line)
        bare = line[: glued.start()] if glued else line
        bare = _TRAILING_REPORTER.sub("", _TRAILING_CREDIT.sub("", bare)).rstrip(" |")
        finished = bool(_STORY_LINE.search(bare))
        if len(line.strip()) > _HEADLINE_CHARS or _PHOTO_LINE.search(line):
            finished = True               # longer than a headline, or a caption: no headline
        if LIST_HEADER.match(line):
            finished = True               # a list's header ends the run above it: the lines
            # under it are dropped with it, those above are the story's own list's items
        elif line.strip() and story and page_clutter(line):
            continue                      # page furniture neither makes nor breaks a run
        if line.strip() and not finished and story:
            if run and _other_mark(line, {_item_mark(lines[j]) for j in run}):
                out.update(_headlines(run, lines))   # rule list-mark-changes: the story's own
                run = []                             # items after the headlines
            run.append(i)
            continue
        out.update(_headlines(run, lines))
        run = []
        story = story or finished and len(line.strip()) >= 30   # not "기사를 공유합니다"
    return out


def _headlines(run: list[int], lines: list[str]) -> list[int]:
    """``run`` when it is a list of headlines: three lines or more, two and most of them
    shaped as headlines; else none."""
    shaped = [j for j in run if _HEADLINE.search(lines[j]) or _TEASER.search(lines[j])]
    return run if len(run) >= 3 and len(shaped) >= 2 and 2 * len(shaped) >= len(run) else []


def _pieces(line: str, offset: int) -> list[tuple[int, str]]:
    """``line[offset:]`` as (offset, text) pieces of at most ``_PIECE_CHARS``, cut after a
    sentence end (else a space): the splitter analyses each piece whole, and a 1 MB line
    read in one go would take it a minute before the sentence bound could stop it."""
    pieces = []
    while len(line) - offset > _PIECE_CHARS:
        head = _PIECE_END.match(line, offset, offset + _PIECE_CHARS)
        end = head.end() if head else offset + _PIECE_CHARS
        pieces.append((offset, line[offset:end]))
        offset = end
    pieces.append((offset, line[offset:]))
    return pieces


# (rule item-marks) What a line opens an item of a list with, one row per mark: (family,
# pattern). The family sorts the marks: "1." and "2)" are one ("numbered"), "①" and "②"
# another ("circled"), each symbol its own (the symbol). A reader names the families it takes.
# Symbols that mark an item wherever they stand (areas' bullets read them inside a line too;
# ➊-➓ are among them, each a family of its own, as areas have always read them):
SYMBOLS = "▲△▶▷►■□◆◇◈●○◎❍•◦➊➋➌➍➎➏➐➑➒➓⦁‣▪☞◉➤➢❖♦✔✓⁃★☆▸▹◼◻📌✅☑🔹🔸"
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳❶❷❸❹❺❻❼❽❾❿"
# ... and symbols that mark one only at a line's start (inside a line they join words: "A·B")
_LINE_SYMBOLS = "·ㆍ∙‧*-–※└ㄴ"
_LETTERS = "가나다라마바사아자차카타파하"   # the letters items are lettered with, in order
ITEM_MARKS: tuple[tuple[str, str], ...] = (
    ("numbered", r"\d{1,2}[.)](?!\d)|\(\d{1,2}\)"),   # "1. A", "2) B", "(3) C"; not "1.5배"
    ("ranked", r"\d{1,2}(?=\s)"),                  # "2 가온시 …", a rank in a list of articles
    ("lettered", rf"[{_LETTERS}][.)](?=\s)|\([{_LETTERS}]\)"),   # "가. A", "(나) B"
    ("circled", rf"[{CIRCLED}]"),
    ("bracketed", r"\[[^\[\]]+\]\s*$"),           # "[가온시, 누리대와 협약]", the whole line
    *((symbol, re.escape(symbol)) for symbol in SYMBOLS + _LINE_SYMBOLS),
    ("ㅇ", r"ㅇ(?=[ \t])"), ("o", r"o(?=[ \t])"),   # "ㅇ A", "o A": a press release's bullets
)   # no capturing group in a pattern: the reader knows a row by its own group


class ItemMark(NamedTuple):
    """The mark a line opens with: its family, the mark as written, and the item it opens (the
    rest of the line, or what the brackets hold), both stripped."""

    family: str
    mark: str
    item: str


def item_mark(line: str, families: frozenset[str] | None = None) -> ItemMark | None:
    """The mark ``line`` opens with, of one of ``families`` (None: any of ``ITEM_MARKS``)."""
    reader, family_of = _mark_reader(families)
    m = reader.match(line)
    if m is None or m.lastgroup is None:
        return None
    family, mark = family_of[m.lastgroup], m.group(m.lastgroup).strip()
    item = mark[1:-1] if family == "bracketed" else line[m.end() :]
    return ItemMark(family, mark, item.strip())


@cache
def _mark_reader(families: frozenset[str] | None) -> tuple[re.Pattern[str], dict[str, str]]:
    """One pattern for the rows of ``families``, tried in the table's order, and the family of
    each row's group."""
    rows = [(f"row{n}", family, pattern) for n, (family, pattern) in enumerate(ITEM_MARKS)
            if families is None or family in families]
    either = "|".join(f"(?P<{name}>{pattern})" for name, _, pattern in rows)
    return re.compile(rf"^\s*(?:{either})"), {name: family for name, family, _ in rows}


# (rule list-mark-changes) The headlines under a list's header open with one mark, or none; a
# line opening with another mark and stamped as no headline is the story's again (the items of
# its own list, "· 공동 연구", after a related list put between the lead-in and them).
_HEADLINE_LIST_MARKS = frozenset({"numbered", "ranked", "circled", *"·ㆍ•◦○●▲△■□◆◇▶▷►☞※└ㄴ*-–"})


def _item_mark(line: str) -> str:
    """The family of the mark ``line`` opens with ("" for none); a rank ("01 …") is a number."""
    found = item_mark(line, _HEADLINE_LIST_MARKS)
    if found is None:
        return ""
    return "numbered" if found.family == "ranked" else found.family


def _other_mark(line: str, marks: set[str]) -> bool:
    """Whether ``line`` opens with a mark none of the list's lines so far (``marks``) opened
    with, and is no headline."""
    mark = _item_mark(line)
    return bool(mark) and bool(marks) and mark not in marks \
        and not (_HEADLINE.search(line) or _TEASER.search(line))


def _lines(text: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for line in text.splitlines(keepends=True):
        out.append((pos, line.rstrip("\r\n")))
        pos += len(line)
    return out


def _trim(sentence: Sentence, text: str) -> Sentence | None:
    """Drop trailing credits and reporter tags; None when nothing worth reading is left."""
    body = sentence.text
    for pattern in (_TRAILING_CREDIT, _TRAILING_REPORTER, _TRAILING_CREDIT):
        match = pattern.search(body)
        if match and match.start() > 0:
            body = body[: match.start()]
    body = body.rstrip()
    lead = len(body) - len(body.lstrip())
    body = body.strip()
    credit = text[sentence.start - 1 : sentence.start] == "ⓒ"     # "ⓒ한빛대학"
    if len(body) < 4 or credit or _CLUTTER_SENTENCE.search(body):
        return None
    start = sentence.start + lead
    # keep the invariant text[start:end] == sentence text
    if text[start : start + len(body)] != body:  # pragma: no cover - Kiwi normalised it
        return None
    return Sentence(start, start + len(body), body)


def _key(text: str) -> str:
    return re.sub(r"\W+", "", text)


def _deduplicate(text: str, candidates: list[tuple[Sentence, bool]],
                 others: frozenset[int] = frozenset()) -> Document:
    """Keep each distinct sentence once, preferring a body occurrence over a caption one."""
    chosen: dict[str, tuple[Sentence, bool]] = {}
    for sentence, caption in candidates:
        key = _key(sentence.text)
        if not key:
            continue
        if key not in chosen or (chosen[key][1] and not caption):
            chosen[key] = (sentence, caption)
    kept = sorted(chosen.values(), key=lambda item: item[0].start)[:MAX_SENTENCES]
    return Document(text, tuple(s for s, _ in kept),
                    frozenset(s.start for s, caption in kept if caption), others)


# Names compared as the scorer compares them (``evaluate`` scores with it; the learned people
# step tells a rule person from a tagged one with it): NFKC, one kind of middle dot, no
# spaces, brackets, quotes or legal forms, lower case.
_ONE_DOT = str.maketrans({"ㆍ": "·", "・": "·", "･": "·", "•": "·", "․": "·", "‧": "·", "∙": "·"})
_NOT_COMPARED = re.compile(r"[\s'\"‘’“”「」『』《》〈〉<>()\[\]]|㈜|\(주\)|주식회사|"
                           r"\(사\)|사단법인|\(재\)|재단법인")


def comparable(name: str) -> str:
    """``name`` as names are compared ("㈜ 한빛 (주)" -> "한빛")."""
    text = unicodedata.normalize("NFKC", str(name)).translate(_ONE_DOT)
    text = text.replace("(주)", "").replace("(사)", "").replace("(재)", "")
    return _NOT_COMPARED.sub("", text).lower()
