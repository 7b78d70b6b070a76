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
from dataclasses import dataclass, field

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
    r"|바로잡습니다|^\s*[\[<(]?\s*정정\s*[\]>)]|^\s*[※*]?\s*(이|본)\s?기사는\s.{0,40}(보도자료|지원)",
    re.IGNORECASE)
# Headers of lists of other articles; the headlines under them are dropped too. A short line
# that names a list of news ("관련 기사", "이 기사와 함께 많이 본 뉴스", "기자의 다른 기사
# 보기", "실시간 인기 뉴스", "이 시각 주요뉴스") or one of the page's fixed list names.
LIST_HEADER = re.compile(
    r"^\s*[\[<【▶■◆●\-]*\s*(댓글 많은 뉴스|관련\s?뉴스|관련\s?기사|맞춤 정보|많이 본 정보"
    r"|오늘의 인기정보|이슈 & 토픽|비즈 링크|당신을 위한 추천 정보"
    r"|(이 기사와 함께\s?|함께\s?(보면 좋은|본|읽은|읽으면 좋은)\s?|기자의\s?|이\s?시각\s?)?"
    r"(많이\s?(본|읽은)|인기|최신|추천|주요|실시간(\s?인기)?|오늘의\s?(핫|주요|인기)?|핫|화제의|다른"
    r"|포토|HOT|[Hh]ot|베스트|랭킹)?\s?(뉴스|기사|소식|NEWS|[Nn]ews)(\s?(보기|더보기|목록|\+))?)"
    r"\s*[\]>】◀]*\s*$", re.M)   # re.M: dates searches a whole text for one
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
_HEADLINE = re.compile(
    r"^\s*[▶·■◆●•\-–]?\s*(\[[^\]]{1,8}\]\s*)?[^\s,.]{2,20}(\s[^\s,.]{1,20}){0,2},\s"
    r"|\S…\s?\S"
    r"|^\s*[▶·■◆●•\-–]?\s*[^\s,]{2,20}[-·][^\s,]{2,20}(,|\s['‘\"“])"
    r"|^\s*[▶·■◆●•\-–]?\s*\[(포토|사진|영상|단독|속보|날씨|인사|부고|동정)\]"
    r"|\s(\d{2,4}[-./]\d{1,2}([-./]\d{1,2})?\.?(\s\d{1,2}:\d{2})?|\d{1,2}(시간|분) 전)\s*$")
_BULLET_MARK = re.compile(r"^\s*([▶·■◆●•\-–]|\[[^\]]{1,8}\])")

# Byline and source tags at the start of a line.
_BYLINE_HEAD = re.compile(
    r"^\s*(\[[^\]\n]{1,40}\]\s*|\([^)\n]{1,30}=[^)\n]{1,30}\)\s*)?([^\s=\[\]()]{2,12}\s)?"
    r"([가-힣]{2,4}\s?기자\s*=\s*)"
    r"|^\s*\([^)\n]{1,30}=[^)\n]{1,30}\)\s*"
    r"|^\s*\[[^\]\n]{1,40}\]\s*"
    r"|^\s*[가-힣]{2,4}\s?기자\s*=\s*")
# The page's footer: what the outlet says of its rights ("무단전재 및 재배포 금지").
FOOTER = (r"저작권자|[Cc]opyright|무단\s?전재|재배포\s?금지|[Aa]ll rights reserved"
          r"|기사의 저작권은")
# Sentences that are only a credit, an address or a stamp.
_CLUTTER_SENTENCE = re.compile(
    FOOTER + r"|email protected|"
    # "사진=한빛시", "[사진제공: 한빛시청 홍보실]": a credit ("사진=19일 … 열린 협약식", "사진 =
    # 가온공사, 14일 … 홍길동 본부장이 …": a caption after its credit)
    r"^\s*[\[(<]?\s*사진\s?(제공)?\s?[=:]"
    r"(?!\s*(?:지난|오는)?\s*\d{1,2}일\s)(?!\s*[^\s,]+,\s*\S+\s\S+\s\S+)"
    # ("사진 = 박다온 가온시장(오른쪽)과 김누리 …": a caption of five words and more)
    r"(?!(?:\s*[^\s\])>]+){5})"
    r"|^\s*[\[(<]?\s*/?\s*\S+\s제공\s*[\])>]?\s*$|\S+@\S+"
    r"|^\s*\d{4}\.\s?\d{1,2}\.\s?\d{1,2}\.?\s*$|^[\W\d\s]*$|^\s*\*?재판매")
# Marks of a photo caption line.
_CAPTION = re.compile(
    r"^\s*[▲△▶■●•·]|사진\s?=|사진제공|\(사진|\[사진|사진은|기념사진|왼쪽부터|오른쪽부터"
    # (not the ceremony's programme told in prose: "… 서명, 기념촬영 순으로 진행됐다")
    r"|기념촬영(?!\s*(?:등\s*)?(?:의\s*)?순(?:서)?(?:으로|로)\s*(?:진행|이어|치러))"
    r"|\((왼쪽|오른쪽)[^)]{0,12}\)|/\s*\S+\s제공\s*$|ⓒ")
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
    in_list = False
    lines = _lines(text)
    # the lines read at all (bounded work): the runs are looked for there only
    headlines = _headline_runs([line for start, line in lines if start < MAX_READ_CHARS])
    for i, (start, line) in enumerate(lines):
        if len(kept) >= MAX_SENTENCES or start >= MAX_READ_CHARS:
            break  # bounded work (see the module doc)
        if LIST_HEADER.match(line):
            in_list = True
            others.add(start)
            continue
        if i in headlines or _TEASER.search(line):
            others.add(start)
            continue
        if in_list:
            if not (_SENTENCE_END.search(line) or _PHOTO_LINE.search(line)
                    or len(line.strip()) > _HEADLINE_CHARS):
                others.add(start)
                continue
            in_list = False
        if _CLUTTER_LINE.search(line):
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
        bare = _TRAILING_REPORTER.sub("", _TRAILING_CREDIT.sub("", line)).rstrip(" |")
        finished = bool(_STORY_LINE.search(bare))
        if len(line.strip()) > _HEADLINE_CHARS or _PHOTO_LINE.search(line):
            finished = True               # longer than a headline, or a caption: no headline
        if line.strip() and _CLUTTER_LINE.search(line) and story:
            continue                      # page furniture neither makes nor breaks a run
        if line.strip() and not finished and story:
            run.append(i)
            continue
        shaped = [j for j in run if _HEADLINE.search(lines[j]) or _TEASER.search(lines[j])]
        if len(run) >= 3 and len(shaped) >= 2 and 2 * len(shaped) >= len(run):
            out.update(run)
        run = []
        story = story or finished and len(line.strip()) >= 30   # not "기사를 공유합니다"
    return out


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
