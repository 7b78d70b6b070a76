"""Where the agreement was signed, worded as in the article ("시청 대회의실").

The venue is the noun phrase before "에서" in a clause that reports the signing or the
ceremony ("…에서 협약을 체결했다", "협약식은 … 에서 열렸다", "…에서 열린 체결식"). A "…에서"
that names no place ("이번 협약에서", "다양한 분야에서") is not a venue. A signing sentence with
no "…에서" may name the place visited for it ("누리시청을 방문해 협약을 맺었다").
"""
from __future__ import annotations

import re

from ..lexicons import lexicon_words
from ..morph import tokenize
from ..text import Document, Sentence, visible
from . import dates
from .cues import AGREEMENT, CEREMONY, MET, REMOTE, SIGN_VERB, about_earlier, agreement_only_told

# The clause after "…에서" must be about the signing or its ceremony.
_CUE = re.compile(
    rf"{AGREEMENT}|{SIGN_VERB}|mou|결연|맺|열렸|열린|열려|진행|가졌|갖고|개최|출범식"
    r"|(?:이뤄|이루어)(?:졌|진)|거행"   # "협약은 지난 20일 시청에서 이뤄졌다", "…에서 거행됐다"
)
# Sentences besides the signing one that may say where it happened ("이날 행사는 … 에서
# 진행됐다": the day's event named as the subject; "…에서 열린 행사에는", "…에서 서명했다")
_CEREMONY = re.compile(
    rf"{CEREMONY}|{AGREEMENT}|체결|서명(?:했|한|하고|하며|\s*!)|결연|(?:이날|이번|협약|체결)\s?행사(?:는|가)\s"
    r"|^\W*행사(?:는|가)\s"   # "행사는 시청 접견실에서 진행됐다", opening the sentence
    r"|(?:(?:열린|진행된|개최된)\s(?:\S+\s)?|\S에서의\s)(?:행사|자리)(?:에는|에서|에|는)")
# Eojeols that end the venue on its left: dates, times and words of the clause.
_TIME_WORD = re.compile(
    r"^(?:(?:\d{1,2}(?:일)?\s?[~～∼〜\-]\s?)?\d{1,4}(?:일|시|분|월|년)(?:\([^()]*\))?|\([월화수목금토일]\)|\(현지\s?시[간각]\)|(?:오늘|어제|그제)\(\d+일\)"
    r"|\d{1,2}\.(?:\s?\d{1,2}\.?)?(?:\([월화수목금토일]\))?"   # "5. 20.(월) 시청에서", "5.20(월)"
    r"|(?:오전|오후)?\d{1,2}:\d{2}"   # "20일 10:30 시청에서"
    r"|\d{1,2}일(?:오전|오후|낮|저녁|밤|새벽|아침)(?:\d{1,2}시(?:\d{1,2}분|반)?)?"   # "14일오후"
    r"|(?:지난)?주?[월화수목금토일]요일(?:\(\d{1,2}일\))?"   # "지난 화요일(19일) 시청에서"
    # a time zone aside spread over words: "10일(현지 시각)", "10일(미국 동부시간)"
    r"|\d{1,2}일\([^()\s]*|[^()\s]*(?:시간|시각)\)"
    # "오후(현지시간)", "(사진)", a caption's opening "(사진=19일"
    r"|(?:오전|오후|낮|저녁)\(현지\s?시[간각]\)|[(\[<]사진[)\]>]|[(\[<]?사진=(?:\d{1,2}일)?)$"
)
# A word made only of pieces of dates and times, however written: "14일(목)오후", "오후2시",
# "11시께", "11월14일", "'19.11.14", "2019-11-14(목)", "3시~4시", "지난달27일", a lone "일"
_DATE_PIECE = (
    r"\d{1,4}\s?(?:년|월|일|시|분)|\d{1,4}(?:[./:\-]\d{1,4})+[./:\-]?|\d{1,4}\.|['’]\d{2}\.?"
    r"|\([월화수목금토일](?:요일)?\)|[월화수목금토일]요일|오전|오후|낮|밤|저녁|새벽|아침|께|경|쯤|반|일"
    r"|지난달|지난|이달|오는|내달|다음달|올해|지난해|작년|금년|오늘|어제|이날|당일|[~～∼〜\-.,]"
    r"|양일간|이틀간|사흘간|양일|이틀|사흘"
    r"|초순|중순|하순|초|말"   # "이달 초 경주에서", "지난달 말 시청에서"
    r"|지난주|이번주|다음주|금주|주말|주초|최근"   # "지난주 가온호텔에서", "최근 본사에서"
    r"|전날|전일|이튿날|다음날|같은날|그날"   # "협약식은 전날 시청에서 열렸다"
    r"|개막|폐막|첫날"   # "개막 첫날 전시장 2층 세미나실에서"
)
_DATE_WORD = re.compile(rf"(?:{_DATE_PIECE})+")


def _is_time_word(word: str) -> bool:
    """Whether ``word`` is a date or a time (or part of one), no part of a place."""
    word = visible(word)   # "1\u200b9일"
    return bool(_TIME_WORD.match(word) or _DATE_WORD.fullmatch(word))

_NOUNISH = {"NNG", "NNP", "NNB", "NR", "SN", "SL", "SH", "SW", "XSN", "XPN", "SO", "W_SERIAL",
            "SSO", "SSC"}   # quotes and brackets: "본관 ‘나래홀’", "시청(세종대로 소재)"
_QUOTES = "‘’'\"“”"
_MAX_WORDS = 7


# Inside one word a name may hold an adjective or a verb ending ("좋은이웃센터", "푸른초장교회",
# "열린시장실", "밝은안과") or a verb made a noun ("나눔홀", "어울림실": 나누 + ㅁ + 홀), as long
# as the word ends in a noun
_IN_A_NAME = {"VA", "VV", "ETM", "ETN", "XSA", "MAG", "MM", "VA-I", "VA-R", "VV-I", "VV-R"}
_NOUN_END = {"NNG", "NNP", "NNB", "SL", "SH", "XSN", "SSC", "SW"}


def _is_nounish(text: str, start: int, end: int, tags: list[tuple[int, int, str]]) -> bool:
    inside = [tag for s, e, tag in tags if s >= start and e <= end]
    if not inside:
        return False
    if all(tag in _NOUNISH for tag in inside):
        return True
    if " " not in text[start:end] and inside[-1] in _NOUN_END and _BUILDING.search(text[start:end]):
        return True   # "가온군청": a seat's name Kiwi reads as a verb (가 + 어 + 오 + ㄴ) and 군청
    return " " not in text[start:end] and inside[-1] in _NOUN_END and inside[0] not in {"ETM"} \
        and all(tag in _NOUNISH or tag in _IN_A_NAME for tag in inside)


# Asides that do not count in the distance to the cue: "누리대학교(총장 박누리), …"
_ASIDE = re.compile(r"\([^()]*\)")
_NEAR = 120


# Rule worked-there-before: "하천 관리 현장에서 두 기관이 손을 맞춰 왔다 … 이번 협약으로":
# the place's own clause tells work done up to now, before the agreement is named
_DONE_TILL_NOW = re.compile(r"(?<=[해여아어춰워와져러내써])\s?(?:왔다|왔으며|왔고|왔던|온\s)")


def _cue_near(text: str, end: int, cue: re.Pattern[str]) -> bool:
    """Whether ``cue`` follows ``end`` within ``_NEAR`` characters, asides in brackets not
    counted (a long list of parties, each with its head, between the place and the verb),
    and no work done up to now told before it (rule worked-there-before)."""
    m = cue.search(text, end)
    return m is not None and len(_ASIDE.sub("", text[end:m.end()])) <= _NEAR \
        and not _DONE_TILL_NOW.search(text, end, m.start())


# after "…에서는": the ceremony as the subject, held ("… 양 기관의 협약식이 열렸다")
_HELD_THERE = re.compile(
    rf"\s*(?:\S+\s){{0,8}}?\S*(?:{CEREMONY}|행사)(?:이|가)\s(?:\S+\s)?(?:열렸|열려|진행|개최|거행)")


# after a room's or a hall's "…에서는": the parties signing there ("전시장 2층 세미나실에서는 A와
# B가 … 업무협약을 맺었다"; not a body's "시청에서는", which tells whose side)
_ROOM = re.compile(r"(?:실|홀|룸|관|센터)$")
_SIGNED_THERE = re.compile(
    rf"\s*(?:\S+\s){{0,14}}?\S*(?:{AGREEMENT})\S*\s(?:\S+\s)?(?:맺었|체결했|체결하였)")


# A verb right after "…에서" that makes the place that of the signing or of the event held for
# it ("시청에서 열린 협약식", "시청에서 만난 두 기관장은", "시청에서 체결한 협약")
_HELD_FOR_IT = re.compile(
    r"(?:열린|열렸던|진행된|진행한|진행됐던|개최된|개최한|개최됐던|가진|가졌던|마련된|마련한|있은"
    r"|있었던|치러진|펼쳐진|거행된|이뤄진|이루어진|만난|모인|체결한|체결된|맺은|서명한|교환한)$")


def _modifies_another(words: list[tuple[int, int, str]], i: int,
                      tags: list[tuple[int, int, str]]) -> bool:
    """Whether the word after "…에서" (word ``i``) is a verb that dates another noun ("미국에서
    온 대표단", "군에서 생산된 농산물", "시청에서 열리는 축제"): the place is that noun's."""
    if i + 1 >= len(words):
        return False
    start, end, word = words[i + 1]
    if word[0] in _QUOTES:
        return False   # "…에서 '안전한 등굣길' 협약을": a quoted name opens with the verb
    inside = [tag for s, e, tag in tags if s >= start and e <= end]
    return bool(inside) and inside[-1] == "ETM" and not _HELD_FOR_IT.search(word) \
        and not _is_time_word(word) \
        and not _describes_the_partner(words, i, inside) \
        and not _describes_the_ceremony(words, i, inside)   # "…에서 지난 7일": a day, no verb


# rule partner-described: "…에서 모교인 누리대학교와", "…에서 자매도시인 가람시와": a noun and
# the copula's 인 before the partner says what the partner is, it dates no noun at the place
_PARTNER_AFTER = re.compile(r"\S+(?:와|과),?$")


# rule ceremony-described: "…열람실에서 작은 협약식이 있었다", "…에서 조촐한 협약식을 가졌다": an
# adjective before the ceremony says what it was like; the place is the ceremony's
_CEREMONY_WORD = re.compile(rf"['‘\"“]?(?:{CEREMONY})")


def _describes_the_ceremony(words: list[tuple[int, int, str]], i: int,
                            inside: list[str]) -> bool:
    return len(inside) >= 2 and inside[-2] in {"VA", "XSA"} and i + 2 < len(words) \
        and bool(_CEREMONY_WORD.match(words[i + 2][2]))


def _describes_the_partner(words: list[tuple[int, int, str]], i: int, inside: list[str]) -> bool:
    return inside[-2:] == ["VCP", "ETM"] and i + 2 < len(words) \
        and bool(_PARTNER_AFTER.fullmatch(words[i + 2][2]))


# "시청 대회의실에서의 협약식": the place of the ceremony named in a noun phrase
# ("시청 대회의실에서의 행사에는 …": the day's event, itself the cue, in a sentence about it)
_OF_THE_CEREMONY = re.compile(rf"\s(?:\S+\s){{0,3}}?\S*(?:{CEREMONY}|{AGREEMENT}"
                              r"|(?P<event>행사)(?:에는|에서|는|가)\s)")
# a headline's "가온시청서 업무협약": "서" for "에서" after a building or a room (not a paper:
# "신청서", "요청서" end in a verbal noun)
_SHORT_AT = re.compile(r"(?P<stem>\S*(?:청|관|실|홀|센터|본사|사옥|캠퍼스|대학교|본부|의회|본점"
                       r"|지사|호텔|연구소|재단|공장))서")
_EVENT_OF = re.compile(r"\S+에서의$")
_PAPER = re.compile(r"(?:신청|요청|초청)서$")


def _place_stem(text: str, core: str, end: int, *, short: bool) -> str:
    """The word ``core`` (ending at ``end``) without the "…에서" that makes it a place, or
    "" when it is none ("시청에서", "시청에서는 … 협약식이 열렸다", "시청에서의 협약식", a
    headline's "시청서")."""
    if core.endswith("에서는") and (_HELD_THERE.match(text, end) or _ROOM.search(core[:-3])
                                   and _SIGNED_THERE.match(text, end)):
        return core[:-3]   # "시청에서는 … 협약식이 열렸다": the place as the topic
    if core.endswith("에서의") and _OF_THE_CEREMONY.match(text, end):
        return core[:-3]
    if core.endswith("에서"):
        return core[:-2]
    if short and (m := _SHORT_AT.fullmatch(core)) and not _PAPER.search(core) \
            and _OF_THE_CEREMONY.match(text, end):
        return m["stem"]
    return ""


# rule spaced-particle: a reporter's stray space before the particle ("가온시청 에서 협약을",
# "본관 대회의실 에서는 … 열렸다"): the lone "에서" joins the word before it (a letter, a digit
# or a closing bracket; not a dash or a quote that opens a new phrase)
_SPACED_AT = re.compile(r"(?<=[가-힣A-Za-z0-9)\]])\s+(?=에서(?:는|의)?(?:\s|,))")


# rule bill-passed-there: "지난해 11월 한빛도의회에서 '…협약 동의안'이 통과된 5개 시·군과": the
# council where the bill passed is the bill's place, not the signing's
# (the bill is named right after the place: no verb of the ceremony's, no other place between)
_PASSED_THERE = re.compile(r"\s*(?:(?!\S*(?:에서|된|린|한)\s)\S+\s){0,4}?\S*(?:이|가)\s"
                           r"(?:통과|가결|의결|처리)(?:된|됐던|한)\s")


def _venue_in(text: str, cue: re.Pattern[str] = _CUE) -> str | None:
    """The first place named before "에서" in a clause about the signing (``cue`` after it),
    if any."""
    text = _SPACED_AT.sub("", text)
    words = [(m.start(), m.end(), m.group()) for m in re.finditer(r"\S+", text)]
    tags: list[tuple[int, int, str]] | None = None
    stop = lexicon_words("venue_not_places.txt")
    short = not _FINISHED.search(text)   # a headline's line
    for i, (start, end, word) in enumerate(words):
        stem = _place_stem(text, word.rstrip(",."), end, short=short)
        if not stem:
            continue
        if not (_cue_near(text, end, cue) or _EVENT_OF.match(word)
                and (m := _OF_THE_CEREMONY.match(text, end)) and m["event"]):
            continue
        if tags is None:
            tags = [(t.start, t.end, t.tag) for t in tokenize(text)]
        head_end = start + len(stem)
        # a headline's "시청서" is one noun to the analyser: the whole word is read
        read_to = head_end if word[len(stem):].startswith("에") else start + len(stem) + 1
        if not _is_nounish(text, start, read_to, tags) or \
                _modifies_another(words, i, tags) or _PASSED_THERE.match(text, end):
            continue
        phrase = _phrase_before(text, words, i, text[start:head_end], tags, stop)
        if not phrase or _each_their_own(words, i - len(phrase) + 1, stop):
            continue
        if (inner := _inside_the_event(text, words, i, cue)) is not None:
            return inner
        head = phrase[-1].strip(_QUOTES)
        # "박람회 현장": the site of a named event is a place, a bare "현장" is not
        if head in _SITE and len(phrase) > 1:
            return " ".join(w.strip(_QUOTES) for w in phrase)
        if not head or head in stop \
                or any(head.endswith(w) for w in lexicon_words("venue_not_heads.txt")):
            continue
        return _quoted(" ".join(phrase))
    return None


_SITE = {"현장", "현지"}   # "박람회 현장", "베트남 하노이 현지": a place named before it

# "각자 사무실에서 영상으로 연결해 서명했다", "각 기관 회의실에서": each party in a place of its
# own, so no one place of the signing
_EACH = {"각자", "각자의", "각각", "각각의", "저마다", "각", "제각기"}


# the sentence telling that the parties signed apart, each from a place of its own
# ("각 기관에서 20여 명이 참석한 가운데": people from each body, not a place of each)
_APART = re.compile(r"(?:^|\s)(?:각자|각자의|각각|각각의|저마다|제각기|각)\s(?:\S+\s)?"
                    r"\S*(?:실|청사|본사|사옥|곳|자리)에서\s(?:\S+\s){0,4}?\S*(?:연결|서명|체결)")


# rule each-at-a-screen: "시장이 시청 집무실에서, 이사장이 재단 사무실에서 각각 화면으로 참여했다":
# two places in a row, one per side, joined over a screen: no one place ("교육은 대학에서,
# 실습은 공장에서 각각 한다" tells no screen, and is left to the other rules)
# … and the two places joined by 과/와 before one 에서, then 각각 ("다온식품 본사와 클럽 사무실
# 에서 각각 화상회의로 서명했다")
_PLACE_EACH = re.compile(r"\S+에서,\s(?:\S+\s){1,4}?\S+에서\s(?:각각\s|각자\s|따로\s)?"
                         rf"\S*(?:{REMOTE})"
                         r"|\S(?:과|와)\s(?:\S+\s){0,3}?\S+에서\s(?:각각|각자|따로)\s"
                         rf"\S*(?:{REMOTE})")


def _each_their_own(words: list[tuple[int, int, str]], first: int, stop: frozenset[str]) -> bool:
    """Rule each-their-own: the place (from word ``first``) is each party's own ("각 기관
    회의실": a word that is no place, dropped from the phrase, may stand between)."""
    before = [w for _, _, w in words[max(first - 2, 0):first]]
    if before and before[-1] in _EACH:
        return True
    return len(before) == 2 and before[0] in _EACH and before[1] in stop


# rule place-inside-event: "센터에서 열린 '가온 박람회' 누리전자 부스에서 협약을 체결했다": the
# place of an event held there, then a place inside that event (a booth, a hall) where the
# signing was; the finer one is the venue
_HELD_THERE_EVENT = re.compile(r"(?:열린|열리고\s있는|열리는|개최된|개최\s중인|진행\s중인)\s")


def _inside_the_event(text: str, words: list[tuple[int, int, str]], i: int,
                      cue: re.Pattern[str]) -> str | None:
    """The place named after "…에서 열린 <event>" (word ``i`` the first place), if any."""
    after = words[i][1] + 1
    if not _HELD_THERE_EVENT.match(text, after):
        return None
    rest = text[after:]
    inner = _venue_in(rest, cue)
    if inner is None or inner in text[:after] or inner.split()[-1] in _SITE:
        return None     # ("센터에서 열린 '…' 현장에서": the event's site is the centre itself)
    return re.split(r"['’”\"]\s", inner)[-1]   # the event's quoted name is no part of it


def _quoted(venue: str) -> str:
    """Quotes that open and close inside the venue stay ("본관 ‘나래홀’"); a stray one goes."""
    return venue if _balanced(venue) else venue.strip(_QUOTES)


def _balanced(venue: str) -> bool:
    """Whether every quote in ``venue`` is closed inside it and it does not begin with one."""
    pairs = {"‘": "’", "“": "”"}
    depth = 0
    for ch in venue:
        if ch in pairs:
            depth += 1
        elif ch in pairs.values():
            depth -= 1
            if depth < 0:
                return False
    # straight quotes open and close alike: paired when each comes twice ("본관 '나래홀'")
    return depth == 0 and venue[:1] not in _QUOTES and venue.count("'") % 2 == 0 \
        and venue.count('"') % 2 == 0


def _phrase_before(text: str, words: list[tuple[int, int, str]], i: int, head: str,
                   tags: list[tuple[int, int, str]], stop: frozenset[str]) -> list[str]:
    """The noun phrase ending with ``head`` (word ``i`` without its "에서"), extended left
    over nouns; leading words that name no place ("이날", "현지", a stray date) dropped."""
    phrase: list[str] = [head]
    j = i - 1
    while j >= 0 and len(phrase) < _MAX_WORDS:
        s, e, w = words[j]
        if w in {"위치한", "소재한", "있는"} and j > 0 and words[j - 1][2].endswith("에"):
            phrase[:0] = [words[j - 1][2], w]   # "솔내면 가람리에 위치한 한옥카페"
            j -= 2
            continue
        if _is_time_word(w) or w in stop or not _is_nounish(text, s, e, tags):
            break
        phrase.insert(0, w)
        j -= 1
    while phrase and (phrase[0] in stop or _is_time_word(phrase[0])):
        phrase.pop(0)
    return phrase


# "누리시청을 방문해 …", "가람교육원을 찾아 …": the host's place, visited for the signing
# ("…를 방문, …", "…를 방문한 자리에서", "…를 찾은 자리에서" too)
_VISIT = re.compile(r"(\S+)(?:을|를)\s(?:방문(?:해서|해|하여|하고|,)|찾아가|찾아"
                    r"|(?:방문한|찾은)\s자리에서)\s")
# a visit names a venue only when it names a building or a body's seat (not a country)
_VISITED_PLACE = re.compile(
    r"(?:청|원|관|센터|본사|사옥|캠퍼스|대학교|대학|학교|회의실|공장|병원|본부|[가-힣]대|"
    r"청사|의회|공사|공단|본점|지사|연구소|재단|호텔|사령부|여단|사단|군단|부대)$")


# "협약식 장소는 누리대 본관 대회의실이었다", "… 한빛시청 대회의실에 모여 협약을 체결했다"
_NAMED_PLACE = re.compile(
    r"장소는\s(?P<place>[^,.]{2,40}?)(?:이었|였|이다|이며|였으며|이었으며)"
    r"|(?:^|\s)(?P<met>(?:[^\s,]+\s){0,3}?[^\s,]+)에\s모여\s")


def _named_place(text: str) -> str | None:
    """Rule named-place: "장소는 X였다", "X에 모여 …" in a sentence about the signing."""
    m = _NAMED_PLACE.search(text)
    if m is None or not _CUE.search(text):
        return None
    if m["place"]:
        return m["place"].strip()
    words = m["met"].split()
    while words and (_is_time_word(words[0]) or words[0] in lexicon_words(
            "venue_not_places.txt") or re.search(r"[은는이가을를과와도]$", words[0])):
        words.pop(0)
    place = " ".join(words)
    return place if words and _VISITED_PLACE.search(words[-1]) else None


def _visited(text: str) -> str | None:
    """Rule visit: the place visited in a signing sentence, when it names a building or body."""
    m = _VISIT.search(text)
    if m is None or not _cue_near(text, m.end(), _CUE):
        return None
    place = m.group(1).strip("‘’'\"“”")
    if not _VISITED_PLACE.search(place):
        return None
    # "육군 제7여단", "베트남 누리시 인민위원회": the bare words before it name it too
    words = text[: m.start(1)].split()
    while words and len(place.split()) < 4 and not _is_time_word(words[-1]) \
            and re.fullmatch(r"[가-힣A-Za-z0-9]+", words[-1]) \
            and words[-1] not in lexicon_words("venue_not_places.txt") \
            and words[-1] not in {"직접", "다시"} \
            and not re.search(r"[은는이가을를과와에의도로고며서해]$", words[-1]):
        place = f"{words.pop()} {place}"
    return place


# a press release's "□ 장소 : 시청 대회의실", "- 일시/장소: 4월 19일(금) 14:00 / 시청 대회의실",
# "□ 일시·장소 : 2019. 4. 19.(금) 14:00, 시청 대회의실" (the day and hour before a comma);
# "■ 협약 장소 : …", the field named for the signing (rule place-line-named)
_PLACE_LINE = re.compile(
    r"^\W*(?:(?:협약|협약식|체결|체결식|행사)\s?)?(?:일\s?시\s?[/·및,]\s?)?장\s?소\s*[:：]\s*"
    r"(?:[^/\n]*/\s*|[\d.\s():~\-년월일시분오전후화수목금토]*\d[\d.\s():~\-년월일시분오전후화수목금토]*,\s*)?"
    r"(?P<place>[^/\n]*[^\s/.])")


# Rule card-fields: a card news's question field "어디서? 시청 대회의실" on a line of its own
# (the card's answer to where; not a question asked in a sentence)
_WHERE_FIELD = re.compile(
    r"^[ \t]*어디서[ \t]?\?[ \t]*(?P<place>[^\s?!.][^\n?!]{1,38}[^\s?!.])[ \t]*$", re.MULTILINE)


def _place_line(doc: Document) -> str | None:
    """Rule place-line: the place a press release's "장소 :" line states; rule card-fields:
    the place a card's "어디서? …" line answers."""
    for sentence in doc.sentences:
        if m := _PLACE_LINE.match(sentence.text):
            return m["place"]
    m = _WHERE_FIELD.search(doc.text)
    return m["place"] if m else None


# A line that ends like a finished sentence ("…체결했다.", "…맺었습니다"), not a headline
_FINISHED = re.compile(r"(?:다|요)[.!?'\"’”)\]]*\s*$")


def find_venue(doc: Document, signing: Sentence) -> str | None:
    """Where the agreement reported in ``signing`` was signed, as worded, else None.

    Rule order: the signing sentence; the other sentences about the ceremony; a place visited
    in them; a headline's "…에서" (a headline compresses: "가온대, 베트남에서 유학생 유치 …
    협약" names the country of a trip, the body the building visited); a press release's
    place line."""
    others = [
        s for s in doc.sentences
        if s != signing and _CEREMONY.search(s.text) and not about_earlier(s.text)
        and not agreement_only_told(s.text)
    ]
    if any(_APART.search(s.text) or _PLACE_EACH.search(s.text) for s in [signing, *others]):
        return None   # rule each-their-own: no one place, and no watcher's room is it
    if venue := _venue_in(signing.text) or _visited(signing.text) or _named_place(signing.text):
        if _BUILDING.search(venue):
            return venue
        return _ceremony_room(others) or _hall_of_the_event(venue, others) or venue
    headlines = [s for s in others if not _FINISHED.search(s.text)]
    for sentence in others:
        if sentence not in headlines and (
                venue := _venue_in(sentence.text) or _named_place(sentence.text)
                or _ceremony_place(sentence.text)):
            return venue
    for sentence in _met(doc, signing, others):
        if venue := _met_at(sentence.text):
            return venue
    for sentence in others:   # "이날 시장 일행은 누리대를 방문해 협약서에 서명했다"
        if venue := _visited(sentence.text):
            return venue
    if venue := _that_day_before(doc, signing) or _occasion_place(doc, signing):
        return venue
    for sentence in [signing, *others]:
        if venue := _place_of_the_event(doc, sentence):
            return venue
    for sentence in headlines:
        if venue := _venue_in(sentence.text) or _named_place(sentence.text):
            return venue
    return _place_line(doc) or _scene_place(doc, signing)


def _scene_place(doc: Document, signing: Sentence) -> str | None:
    """Rule scene-lead: the place of a verbless scene line right before the signing sentence
    ("지난 19일 오후 2시 가온시청 대회의실."), its days and hours dropped, when it is a building
    or a room."""
    scene = dates.scene_before(doc, signing)
    if scene is None:
        return None
    words = scene.text.strip().rstrip(".").split()
    while words and _is_time_word(words[0]):
        words.pop(0)
    if not words or len(words) > 4 or not _BUILDING.search(words[-1]):
        return None
    tags = [(t.start, t.end, t.tag) for t in tokenize(" ".join(words))]
    spans = [(m.start(), m.end()) for m in re.finditer(r"\S+", " ".join(words))]
    text = " ".join(words)
    return text if all(_is_nounish(text, s, e, tags) for s, e in spans) else None


# The head of a place built or set up for people to meet in (a room, a hall, a building, a
# stage, a body's seat), unlike a city or a country ("미국 시애틀") or an event's name
# ("'2022 국제산업전'")
_BUILDING = re.compile(
    r"(?:청|관|실|홀|룸|센터|본사|사옥|캠퍼스|대학교|대학|학교|공장|병원|본부|청사|의회|본점|지사"
    r"|연구소|재단|호텔|사령부|여단|사단|군단|부대|무대|[회식의공행]장|교회|성당|빌딩|타워|층)['’\"”)]?$")


def _ceremony_room(others: list[Sentence]) -> str | None:
    """Rule ceremony-room: a sentence whose subject is the ceremony names a building or a
    room ("협약식은 누리대 본관 회의실에서 열렸다"): it wins over a signing sentence that
    names only a city or an event ("지난 4일 미국 시애틀에서 … 협약을 체결했다")."""
    for sentence in others:
        if (venue := _ceremony_place(sentence.text)) and _BUILDING.search(venue):
            return venue
    return None


def _hall_of_the_event(site: str, others: list[Sentence]) -> str | None:
    """Rule site-of-held-event: a signing told only at an event's site ("박람회 현장에서") takes
    the building another sentence about it says the same event was held in ("센터에서 열린
    '…박람회'에서 협약을 체결했다")."""
    words = site.split()
    if len(words) < 2 or words[-1] not in _SITE:
        return None
    event = re.escape(words[-2].strip(_QUOTES))
    for sentence in others:
        hall = _venue_in(sentence.text, _HELD_THERE_EVENT)
        if hall and _BUILDING.search(hall) and re.search(
                rf"{re.escape(hall)}에서\s{_HELD_THERE_EVENT.pattern}(?:\S+\s){{0,4}}?\S*{event}",
                sentence.text):
            return hall
    return None


# A sentence whose subject is the ceremony: "협약식은 지난 20일 시청 접견실에서 있었다"
_CEREMONY_SUBJECT = re.compile(rf"^\W*(?:이날\s|이번\s)?\S*(?:{CEREMONY})(?:은|는|이|가)\s")
_PREDICATE = re.compile(r"다[.!]?\s*$|(?:며|고),?\s")


def _ceremony_place(text: str) -> str | None:
    """Rule ceremony-subject: the place in a sentence whose subject is the ceremony, whatever
    verb tells it ("…에서 있었다", "…에서 마련됐다")."""
    return _venue_in(text, _PREDICATE) if _CEREMONY_SUBJECT.match(text) else None


def _met(doc: Document, signing: Sentence, others: list[Sentence]) -> list[Sentence]:
    """The two sentences after the signing one where they tell the parties meeting."""
    after = [s for s in doc.sentences if s.start >= signing.end][:2]
    return [s for s in after if s not in others and MET.search(s.text)
            and not about_earlier(s.text)]


# rule that-day-before: "지난 12일 가온군청 상황실에서 있었던 장면은 …. 가온군은 이날 …
# 협약을 체결했다" — the signing told on "이날", the day and place the sentence before set
_HAPPENED = re.compile(r"있었던|있은|열린|벌어진")


def _that_day_before(doc: Document, signing: Sentence) -> str | None:
    if not re.search(r"(?:^|\s)이날\s", signing.text):
        return None
    before = [s for s in doc.sentences if s.end <= signing.start][-1:]
    if not before or not _DAY_BEFORE_PLACE.search(before[0].text):
        return None
    return _venue_in(before[0].text, _HAPPENED)


# rule occasion-place: "지난 토요일(21일) 오후, 누리마을도서관 2층 강당이 아이들로 가득했다.
# 가온도서관과 누리초등학교가 협약을 맺는 날이었다": the scene's place, its subject or where
# people gathered, named first after the scene's day
_SCENE_DAY = re.compile(r"^\W*(?:지난\s*)?(?:\S+\s*)?\(?\d{1,2}\s*일\)?(?:\s*(?:오전|오후))?,?\s")
_SCENE_PLACE = re.compile(r"(?P<place>(?:[^\s,]+\s){0,3}?[^\s,]+?)(?:이|가|에|에서)\s")


def _occasion_place(doc: Document, signing: Sentence) -> str | None:
    """Rule occasion-place: where a signing told as the day it was ("…협약을 맺는 날이었다")
    took place is the building the scene before it opens on, right after its day; only when
    each word of it reads as a noun (a clause there names no place)."""
    before = dates.occasion_before(doc, signing)
    day = _SCENE_DAY.match(before.text) if before else None
    if before is None or day is None:
        return None
    m = _SCENE_PLACE.match(before.text, day.end())
    if m is None or not _BUILDING.search(m["place"]):
        return None
    text = before.text
    tags = [(t.start, t.end, t.tag) for t in tokenize(text)]
    spans = [(w.start(), w.end()) for w in re.finditer(r"\S+", m["place"])]
    at = m.start("place")
    return m["place"] if all(_is_nounish(text, at + s, at + e, tags) for s, e in spans) \
        else None


_MEETING = re.compile(r"만나|만난\s|회동|모여")
_DAY_BEFORE_PLACE = re.compile(r"\d{1,2}\s*일|이날")


def _met_at(text: str) -> str | None:
    """Where the parties met ("…은 6일 군청 접견실에서 만나"), or where a pledge dated that
    day was made ("양 기관은 6일 본점에서 … 협력하기로 약속했다"); a pledge with no day
    tells where they will work together ("교육 현장에서 협력하기로 했다"), no place."""
    if venue := _venue_in(text, _MEETING):
        return venue
    at = text.find("에서")
    if at > 0 and _DAY_BEFORE_PLACE.search(text, 0, at):
        return _venue_in(text, MET)
    return None


# "이 자리에서 …", "같은 자리에서 …", "이날 기념식에서 …": at the event a sentence before told
# (the ceremony itself, "이날 협약식에서", is not such an event); "이날 행사에서 …" names the
# event by the bare word, so like "이 자리에서" it is the nearest event held
_AT_THAT_EVENT = re.compile(
    r"(?:^|\s)(?:(?:이|같은|그)\s?자리에서|(?:이날|같은)\s행사에서"
    r"|(?:이날|이번|같은)\s(?P<event>[^\s협체]\S*"
    r"(?:기념식|개막식|식|총회|회의|회|포럼|행사|대회|축제|박람회|세미나|워크숍))에서)\s")
# the verb that tells an event held at the place before it ("시청 대강당에서 기념식을 열었다")
_HELD = re.compile(r"열었|열린|열렸|열고|개최|가졌|가진|갖고|진행")


def _place_of_the_event(doc: Document, sentence: Sentence) -> str | None:
    """Rule at-that-event: the place of the event that the nearest sentence before
    ``sentence`` holding it tells ("20일 시청 대강당에서 청년의 날 기념식을 열었다. 이날
    기념식에서 시는 …와 협약을 체결했다"); for "이 자리에서", of the nearest event held."""
    m = _AT_THAT_EVENT.search(sentence.text)
    if m is None:
        return None
    event = m["event"]
    for before in reversed([s for s in doc.sentences if s.end <= sentence.start]):
        if _HELD.search(before.text) and (event is None or event in before.text):
            return _venue_in(before.text, _HELD)
    return None
