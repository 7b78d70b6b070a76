"""Foreign names the lexicons do not know: transcribed words told by their loan
syllables, foreign family names written alone, names before a foreign body.
"""
from __future__ import annotations

import re

from ...hangul import Initial, Vowel, jamo_of
from ...lexicons import (
    countries,
    diaspora_family_names,
    european_given_names,
    foreign_cities,
    foreign_family_names,
    japanese_given_names,
    lexicon_words,
    regions,
    western_given_names,
    world_places,
)
from ...morph import Word
from .. import orgs
from ..clause import Clause
from ..lexicon import (
    ending,
    foreign_syllable,
    is_family_name,
    is_name,
    listed_not_name,
    title_of,
)
from .bodies import CHIEF_OFFICER, COMPANY_HEADS, opens_phrase, slot_body
from .chinese import chinese_family_first
from .latin import (
    ACRONYM,
    LATIN_BODY_WORDS,
    LATIN_TOKEN,
    latin_body,
    latin_name_latin_body,
    latin_run,
)
from .names import CAPITALISED


def transcribed_alone(cl: Clause, j: int) -> bool:
    """Rule one-word-foreign-name: "가온대학교 르안텔스 총장" — one transcribed word Kiwi reads as
    a proper noun but no Korean name, between a body and the title, is a foreign name."""
    words = cl.words
    w = words[j]
    return (j >= 1 and not w.particle and w.tags == ("NNP",)
            and re.fullmatch(r"[가-힣]{3,5}", w.stem) is not None and not is_name(w.stem)
            and ending(w.stem) is None and title_of(w.stem) is None
            and not orgs.is_region(w.stem) and not orgs.is_place(w.stem)
            and w.stem not in countries() and not words[j - 1].particle
            and orgs.org_at(cl, j - 1) is not None)


def transcribed_after_title(cl: Clause, k: int) -> str | None:
    """Rule one-word-foreign-name after the title: "가온대학교 총장 르안텔스가", "… 총장
    르안텔스(左)와" — one transcribed word (a proper noun to Kiwi, or a syllable no Korean name
    has) closing the phrase right after a body's head's title is a foreign name."""
    words = cl.words
    w = words[k]
    closes = bool(w.particle) or k + 1 == len(words) or words[k + 1].particle == "," or \
        any(a.word == k for a in cl.asides)
    if k < 2 or not closes or w.verbal or title_of(words[k - 1].stem) is None or \
            orgs.org_at(cl, k - 2) is None:
        return None
    plain = Word(w.text, w.start, w.end, w.stem, "", w.tags)
    return w.stem if (re.fullmatch(r"[가-힣]{3,5}", w.stem) and not is_name(w.stem)
                      and (w.tags == ("NNP",) or any(foreign_syllable(c) for c in w.stem))
                      and _transcribed_word(plain)) else None


def foreign_given(cl: Clause, k: int) -> bool:
    """Word ``k`` is a given name after a foreign family name written alone ("다나카 히로시"),
    though it may read as a place (히로시 ends like a city)."""
    w = cl.words[k]
    return (k >= 1 and not w.particle and w.tags[:1] == ("NNP",)
            and re.fullmatch(r"[가-힣]{2,4}", w.stem) is not None and not orgs.is_region(w.stem)
            and title_of(w.stem) is None and not is_name(w.stem)
            and lone_foreign_surname(cl, k - 1))


# syllables of transcriptions that Korean given names hardly use, besides those of
# ``foreign_syllable``: the vowel ㅔ after any consonant but ㅅ/ㅈ ("로페즈", "케툿", "엘레나"),
# ㅋ before any vowel ("카를로스"), ㅌ before any vowel but ㅐ ("토마스", not 태), ㅍ before
# any vowel but ㅕ/ㅛ ("파블로", not 평/표)


def loan_syllable(ch: str) -> bool:
    """A syllable that marks a Hangul word as a transcription ("스", "뚜", "페", "카", "토")."""
    if foreign_syllable(ch):
        return True
    parts = jamo_of(ch)
    if parts is None:
        return False
    initial, vowel, _ = parts
    return (vowel == Vowel.E and initial not in (Initial.S, Initial.J)) or initial == Initial.K \
        or (initial == Initial.T and vowel != Vowel.AE) \
        or (initial == Initial.P and vowel not in (Vowel.YEO, Vowel.YO))


def rare_family_name(w: Word) -> bool:
    """Rule rare-family-name: "빈소율 사무총장", "피준서 경영본부장" — a family name many words
    open with (``lexicons/rare_surnames.txt``) makes a name of a three-syllable word Kiwi reads
    as one proper noun, no body, place or title, and with no syllable of a transcription after
    the family name ("피렌체": 체)."""
    s = w.stem
    return (not w.particle and w.tags == ("NNP",) and re.fullmatch(r"[가-힣]{3}", s) is not None
            and s[0] in lexicon_words("rare_surnames.txt") and ending(s) is None
            and title_of(s) is None and not orgs.is_region(s) and s not in foreign_cities()
            and not listed_not_name(s) and not _loan_word(s[1:]))


def rare_name_in_aside(s: str) -> bool:
    """Rule rare-family-name-by-place (in an aside): "가온상공회의소(회장 피정우)" — right after a
    title in a head's aside, a three-syllable word opening with a rare family name is the
    head's name (no body, place, title, transcription or word listed in not_names.txt)."""
    return (re.fullmatch(r"[가-힣]{3}", s) is not None
            and s[0] in lexicon_words("rare_surnames.txt") and ending(s) is None
            and title_of(s) is None and not listed_not_name(s) and not orgs.is_region(s)
            and not orgs.is_place(s) and s not in foreign_cities() and s not in countries()
            and not _loan_word(s[1:]))


def _rare_name_word(w: Word) -> bool:
    """A word of three syllables opening with a rare family name that may be a name: a noun
    (Kiwi may cut it: 태 + 서 + 율), no body, place, title, transcription or common word
    listed in ``not_names.txt`` ("온라인")."""
    s = w.stem
    return (re.fullmatch(r"[가-힣]{3}", s) is not None
            and s[0] in lexicon_words("rare_surnames.txt") and all(
                t.startswith(("NN", "XSN")) for t in w.tags) and not w.verbal
            and ending(s) is None and title_of(s) is None and not listed_not_name(s)
            and not orgs.is_region(s) and not orgs.is_place(s) and s not in foreign_cities()
            and s not in countries() and not _loan_word(s[1:]))


def rare_name_after_title(cl: Clause, j: int) -> bool:
    """Rule rare-family-name-by-place (after a title): "협의회 회장 온지혁은 …" — a word that
    opens with a rare family name right after a title (no particle, no comma) and closes the
    phrase with 은/는/이/가 or a comma is the title's holder, whatever Kiwi made of it."""
    words = cl.words
    if j < 1 or not _rare_name_word(words[j]):
        return False
    title, w = words[j - 1], words[j]
    closes = w.particle in ("은", "는", "이", "가") or w.text.endswith(",")
    return (closes and not title.particle and not title.text.endswith(",")
            and title_of(title.stem) is not None and not title.verbal)


def rare_name_in_list(cl: Clause, j: int) -> bool:
    """Rule rare-family-name-by-place (in a list): "… 단장과 단우진 가온대 부단장", "… 시장,
    태서후 누리대 단장" — a word that opens with a rare family name at the start of the next
    list item (after a title with 와/과, or a comma) and before a body and the title."""
    words = cl.words
    if j < 1 or words[j].particle or not _rare_name_word(words[j]):
        return False
    prev = words[j - 1]
    return (prev.stem == "" and prev.particle == ",") or (
        prev.particle in ("와", "과") and title_of(prev.stem) is not None)


def _loan_word(stem: str) -> bool:
    return any(loan_syllable(c) for c in stem)


def _loan_heavy(stem: str) -> bool:
    """"사에오토", "안노로토": a word that reads as a Korean name but transcribes a foreign one —
    two syllables no given name has, or one in a word of four syllables (a given name has one
    or two)."""
    n = sum(loan_syllable(c) for c in stem)
    return n >= 2 or (n >= 1 and len(stem) >= 4)


def _transcribed_word(w: Word) -> bool:
    """A word that may be part of a foreign name in Hangul: no particle, body, title or place.
    Kiwi reads an unknown transcription as a proper noun or cuts it into odd pieces (a particle
    or a prefix inside the word: "미란비토" -> 미란 + 비 + 토)."""
    if len(w.stem) == 1:
        return bool(re.fullmatch(r"[가-힣]", w.stem)) and not w.particle   # "레 반 안"
    foreign = any(foreign_syllable(c) for c in w.stem)
    cut = len(w.stem) >= 3 and _loan_word(w.stem) and any(
        t.startswith(("J", "XP")) for t in w.tags[1:])
    return (bool(re.fullmatch(r"[가-힣]{2,6}", w.stem)) and not w.particle
            and (w.tags == ("NNP",) or (foreign and "NNG" not in w.tags) or cut)
            and (foreign or not is_name(w.stem) or _loan_heavy(w.stem))
            and title_of(w.stem) is None
            and (ending(w.stem) is None and not orgs.is_place(w.stem) or _city_like_family(w))
            and not orgs.is_region(w.stem)
            and w.stem not in countries() and w.stem not in foreign_cities()
            and not _region_body(w.stem))


def _city_like_family(w: Word) -> bool:
    """Rule family-like-a-city (orgs.city_like_family): "로시", read as a proper noun, may be
    a transcribed family name."""
    return w.tags == ("NNP",) and orgs.city_like_family(w.stem)


def _region_body(word: str) -> bool:
    """"서울시회", "경기도회": a province or city and a body's word after it (a regional
    chapter written after its parent's name), no word of a name."""
    return len(word) >= 3 and any(word.startswith(r) and len(word) > len(r) for r in regions())


def transcribed_before(cl: Clause, i: int) -> tuple[int, int | None, str] | None:
    """Rule foreign: "데이비드 스미스 ABU 총장", "누리섬대학교 마리아 엘레나 로페즈 부총장" — two to
    four words transcribing a foreign name (at least one syllable no Korean name has), set off
    by a comma, a particle or a body, before the title or before the body and the title."""
    words = cl.words
    end, org_word = i - 1, None
    division = end >= 2 and _DIVISION.fullmatch(words[end].text) is not None
    if division:
        end -= 1                # "… AB Korea 교육사업부문 부사장": the division is the title's
    # (rule body-slot: "응우옌 반 훙 탄롱그룹 회장", a body Kiwi reads as common nouns or a verb
    # with an ending its head's title heads)
    slot = slot_body(cl, i) if end == i - 1 else None
    if end >= 1 and not _japanese_given_last(cl, end) and (
            ACRONYM.fullmatch(words[end].stem) or orgs.org_at(cl, end) or slot):
        m = orgs.org_at(cl, end) or slot
        org_word, end = end, (m.first_word if m else end) - 1
    elif end >= 1 and latin_body(cl, end) and not words[end].particle:
        org_word, end = end, latin_run(cl, end) - 1     # "존 밀러 AB Korea 대표"
    if division and org_word is None:
        return _name_foreign_body(cl, end)      # the word before the division is the body
    found = _family_first_run(cl, end) if org_word is not None else None
    if found is None and org_word is not None and words[end].tags == ("NNP",) and \
            not any(foreign_syllable(c) for c in words[end].stem):
        found = _transcribed_run(cl, end - 1)          # "… 하이퐁 국립가람대학교 총장": a city
    found = found or _given_first_run(cl, end) or _transcribed_run(cl, end)
    if found is None and (chinese := chinese_family_first(cl, end)) is not None:
        return chinese if org_word is None else (chinese[0], org_word, chinese[2])
    if found is None and org_word is None:
        found = _proper_pair_after_body(cl, end)
    if found is None and org_word is None:
        return _name_foreign_body(cl, end)
    if found is not None and org_word is None and _company_closes_run(cl, i, found):
        return found[0], end, found[1].rsplit(" ", 1)[0]
    glossed = _gloss_closes_name(cl, found, end) if found and org_word is None else None
    if glossed is not None:
        return found[0], end, glossed   # type: ignore[index]
    if found is not None and org_word is None and _company_before_opener(cl, found[0]):
        org_word = found[0] - 1
    return (found[0], org_word, found[1]) if found else None


def _company_before_opener(cl: Clause, first: int) -> bool:
    """Rule known-given-opens-name (the body): "노바텍 클라우스 베버 사장" — a bare company word
    (rule transcribed-company-before-pair) right before a name opened by a word the lexicons
    know opens one is the name's body."""
    opener = cl.words[first]
    return first >= 1 and (_known_opener(opener) or opener.stem in foreign_family_names()) and \
        not cl.words[first - 1].particle and _transcribed_company(cl, first - 1)


def given_then_family(cl: Clause, i: int) -> tuple[int, int | None, str] | None:
    """Rule given-then-family: "루미스 제이슨 박 대표" — a given name with a transcription's
    syllable or one ``lexicons/western_given_names.txt`` lists, then a Korean family name of
    one syllable, right before the title and after a word with no particle (the body), are
    one name ("제이슨 박")."""
    words = cl.words
    if i < 3:
        return None
    family, given, before = words[i - 1], words[i - 2], words[i - 3]
    if family.particle or not is_family_name(family.stem) or given.particle or \
            given.tags != ("NNP",) or not re.fullmatch(r"[가-힣]{2,4}", given.stem) or \
            not (_loan_word(given.stem) or given.stem in western_given_names()) or \
            title_of(given.stem) or ending(given.stem) is not None or \
            orgs.is_place(given.stem) or orgs.is_region(given.stem) or \
            before.particle or not before.stem or title_of(before.stem) or \
            opens_phrase(before.stem) or not (orgs.org_at(cl, i - 3) is not None
                                              or _foreign_body_word(before)):
        return None
    return i - 2, i - 3, f"{given.stem} {family.stem}"


def given_then_foreign_family(cl: Clause, i: int) -> tuple[int, int | None, str] | None:
    """Rule given-then-foreign-family: "솔빛랩의 마이클 탄 대표" — a given name
    ``lexicons/western_given_names.txt`` lists, then a Chinese or Southeast Asian family name
    (``lexicons/diaspora_family_names.txt``) right before the title, are one name ("마이클
    탄"); the body is the bare word before them, if any."""
    words = cl.words
    if i < 2:
        return None
    family, given = words[i - 1], words[i - 2]
    if family.particle or given.particle or family.stem not in diaspora_family_names() or \
            given.stem not in western_given_names():
        return None
    body = i - 3 if i >= 3 and not words[i - 3].particle and \
        orgs.org_at(cl, i - 3) is not None else None
    return i - 2, body, f"{given.stem} {family.stem}"


def western_given_cut(cl: Clause, i: int) -> bool:
    """Rule given-then-foreign-family (veto): "마이클 쿼 대표" — a Western given name and then
    one syllable no lexicon knows as a family name, right before the title: the name is not
    the given name alone, and the rules cannot tell its family name, so no one is read."""
    words = cl.words
    if i < 2:
        return False
    family, given = words[i - 1], words[i - 2]
    return not family.particle and not given.particle and \
        given.stem in western_given_names() and re.fullmatch(r"[가-힣]", family.stem) is not None \
        and not is_family_name(family.stem) and family.stem not in diaspora_family_names() \
        and title_of(family.stem) is None


def _japanese_given_last(cl: Clause, end: int) -> bool:
    """Rule japanese-given-name: "누리가오카대학 다나카 히로시 학장" — a given name that ends like
    a city (히로시) right after a Japanese family name is the name's last word, not a body
    before the title (rule family-first reads the two)."""
    words = cl.words
    return end >= 2 and len(words[end - 1].stem) >= 2 and \
        words[end - 1].stem in foreign_family_names() and not words[end - 1].particle and \
        _family_first_run(cl, end) is not None


def _company_closes_run(cl: Clause, i: int, found: tuple[int, str]) -> bool:
    """Rule company-closes-run: "안나 칼손 하늘셀 최고경영자" — three transcribed words before a
    company head's title are a name of two and the company, the last a proper noun of three
    syllables or more (a company's name, not a one- or two-syllable given name)."""
    run = found[1].split(" ")
    last = cl.words[i - 1]
    # (two given names the lexicons know open "마리아 엘레나 로페즈": the third is the family's)
    first = cl.words[found[0]:found[0] + 2]
    # (a chief officer's title says a company stands before it, however Kiwi reads the word:
    # "클라우스 베버 라인데이터 최고운영책임자", 라인 + 데이터; signing.backed's bare-before-chief)
    chief = _CHIEF_OFFICER.fullmatch(cl.words[i].stem) is not None
    return len(run) == 3 and (cl.words[i].stem in COMPANY_HEADS or chief) and \
        len(last.stem) >= 3 and all(len(w) >= 2 for w in run[:2]) and \
        (_foreign_body_word(last) or chief) and not all(_known_opener(w) for w in first)


_CHIEF_OFFICER = re.compile(CHIEF_OFFICER)


_LATIN_GLOSS = re.compile(r"[A-Z][A-Za-z.'-]*(?: [A-Z][A-Za-z.'-]*){1,3}")


def _gloss_closes_name(cl: Clause, found: tuple[int, str], end: int) -> str | None:
    """Rule latin-gloss-closes-name: "라스 옌센(Lars Jensen) 노르빅 윈드 대표" — inside a run of
    transcribed words before the title, a Latin gloss in parentheses with as many words as
    the run so far closes the name there; the words after it are the body's."""
    first, run = found[0], found[1].split(" ")
    if len(run) < 3:
        return None
    for aside in cl.asides:
        size = aside.word - first + 1
        if 2 <= size < len(run) and aside.word < end and \
                _LATIN_GLOSS.fullmatch(aside.text.strip()) and \
                len(aside.text.split()) == size:
            return " ".join(run[:size])
    return None


# a company's division written between its name and its officer's title
_DIVISION = re.compile(r"[가-힣]{2,8}(?:부문|사업부|사업본부)")


def _name_foreign_body(cl: Clause, end: int) -> tuple[int, int | None, str] | None:
    """Rule foreign-name-foreign-body: "존 스미스 마이크로소프트 부사장", "데이비드 브라운 아마존
    웹서비스 대표" — a transcribed name, then a foreign body in Hangul of one or two words
    (a proper noun Kiwi knows) before the title."""
    words = cl.words
    # "엔비디아 코리아": a body's last word that is never a name's ("코리아", "글로벌")
    sizes = (2,) if words[end].stem in _FOREIGN_BODY_TAILS else (1, 2)
    for size in sizes:
        first_body = end - size + 1
        body = words[first_body:end + 1]
        if first_body < 2 or not _foreign_body_word(body[0]) or \
                any(w.particle or w.verbal or not re.fullmatch(r"[가-힣]{2,8}", w.stem)
                    or title_of(w.stem) for w in body):
            continue
        found = _transcribed_run(cl, first_body - 1)
        if found is not None:
            return found[0], end, found[1]
    return None


# Hangul forms of the words that close a foreign body's name (as ``LATIN_BODY_WORDS``)
_FOREIGN_BODY_TAILS = frozenset("""코리아 아시아 글로벌 인터내셔널 재팬 차이나 그룹 랩스 테크
    솔루션즈 파트너스 홀딩스 캐피탈 모터스 코퍼레이션 컴퍼니 테크놀로지 테크놀로지스 시스템즈
    네트웍스 네트워크스 에너지 파마 바이오 미디어 스튜디오 서비스""".split())


def _foreign_body_word(w: Word) -> bool:
    """"마이크로소프트", "아마존": a proper noun in Hangul that transcribes a foreign name."""
    return (w.tags[:1] == ("NNP",) and not w.particle and re.fullmatch(r"[가-힣]{2,8}", w.stem)
            is not None and (any(foreign_syllable(c) for c in w.stem)
                             or (len(w.stem) >= 3 and not is_name(w.stem)))
            and w.stem not in countries() and not orgs.is_region(w.stem)
            and not orgs.is_place(w.stem))


def foreign_body_start(cl: Clause, last: int) -> int:
    """The first word of a body in Hangul transcription ending with word ``last`` ("벨스트란드
    마리타임"): up to three proper nouns that transcribe a foreign name, no particle."""
    first = last
    while first - 1 >= 0 and last - first < 2 and _foreign_body_word(cl.words[first - 1]):
        first -= 1
    return first


def _family_first_run(cl: Clause, end: int) -> tuple[int, str] | None:
    """Rule family-first: "응우옌 반 타인", "쩐 티 마이" — a known family name written first
    (``lexicons/foreign_family_names.txt``), then one or two short words, set off before."""
    words = cl.words
    for first in range(end - 1, max(end - 3, 0) - 1, -1):
        if words[first].stem not in foreign_family_names() or words[first].particle:
            continue
        rest = words[first + 1:end + 1]
        # (a Japanese given name is one word of up to four syllables: "다나카 히로시")
        # ("히로시" ends like a city: a given name unless a place the gazetteer knows)
        japanese = len(rest) == 1 and len(words[first].stem) >= 2
        size = r"[가-힣]{1,4}" if japanese else r"[가-힣]{1,2}"
        if not all(re.fullmatch(size, w.stem) and not w.particle
                   and title_of(w.stem) is None and not orgs.is_region(w.stem)
                   and (ending(w.stem) is None or japanese and not orgs.is_known_form(w.stem))
                   and w.stem not in foreign_cities() for w in rest):
            return None
        prev = words[first - 1] if first else None
        # (rule known-given-opens-name: "솔렌텍 응우옌 반 훙 사장" - a bare company word before)
        if prev is not None and not (prev.particle or orgs.org_at(cl, first - 1)
                                     or prev.text.endswith(",") or opens_phrase(prev.stem)
                                     or _transcribed_company(cl, first - 1)):
            return None
        return first, " ".join(w.stem for w in words[first:end + 1])
    return None


def _given_name_before(cl: Clause, first: int) -> bool:
    """Word ``first - 1`` is a foreign given name that also reads as a Korean name ("마리아"),
    between a body and a transcribed family name: "누리병원 마리아 산토스 원장"."""
    w, body = cl.words[first - 1], cl.words[first - 2]
    return (not w.particle and w.tags[:1] == ("NNP",) and re.fullmatch(r"[가-힣]{2,4}", w.stem)
            is not None and title_of(w.stem) is None and ending(w.stem) is None
            and not body.particle and orgs.org_at(cl, first - 2) is not None)


def _transcribed_run(cl: Clause, end: int) -> tuple[int, str] | None:
    """The foreign name whose last word is word ``end``: (first word, name)."""
    words = cl.words
    first = end
    while first >= 0 and end - first < 4 and _transcribed_word(words[first]):
        first -= 1
    first += 1
    if first >= 1 and first <= end and end - first < 3 and _foreign_common(words[first - 1]) \
            and any(w.tags == ("NNP",) for w in words[first:end + 1]):
        first -= 1                  # "알리셰르 카리모프": a given name Kiwi calls a common noun
    family = _family_first_run(cl, end) if first < end else None
    if family is not None and family[0] > first and words[first].stem not in foreign_family_names():
        return family               # "빈롱 쩐 티 투 대표": the family name opens the name
    opener = _known_opener_after(words, first, end)
    if opener is not None:
        first = opener              # "비오넥스 클라우스 베버": the given name opens the name
    given = first == end and first >= 2 and _given_name_before(cl, first)
    if given:
        first -= 1                  # "누리병원 마리아 산토스 원장": a given name Kiwi knows
    elif first >= 1 and first <= end and _name_shaped_given(words[first - 1], words[first:end + 1]):
        first -= 1                  # "마텔 비드노로", "사사 미란비토": a given name like 김탄
    run = [w.stem for w in words[first:end + 1]]
    # between a body and the title, a proper noun that reads as no Korean name after a given
    # name is a family name even without a foreign syllable ("가람대 마이클 존슨 총장"); a run
    # of two words or more with a transcription's syllable is a foreign name ("토에 로페스")
    foreign = any(foreign_syllable(c) for c in "".join(run)) or (
        given and words[end].tags[:1] == ("NNP",) and not is_name(words[end].stem)) or (
        len(run) >= 2 and any(len(w) >= 2 and _loan_word(w) and not is_name(w) for w in run))
    # a one-syllable word ("존 스미스") only after a body, beside a word no Korean name has
    short_ok = (first >= 1 and orgs.org_at(cl, first - 1) is not None
                or _proper_run(words[first:end + 1])) and any(
        len(w) >= 2 and any(foreign_syllable(c) for c in w) for w in run)
    if not 2 <= len(run) <= 4 or not foreign or \
            (len(run) < 3 and any(len(w) == 1 for w in run) and not short_ok):
        return _family_first_run(cl, end)
    prev = words[first - 1] if first else None
    # (a body called by its kind only, "재단 데위 사르타카 이사장", sets the name off too)
    if prev is not None and not (prev.particle or orgs.org_at(cl, first - 1)
                                 or orgs.is_generic(prev.stem)
                                 or (_known_opener(words[first]) and len(prev.stem) >= 3)):
        return None                 # "지역 스마트 팜 대표": no name set off before the title
    return first, " ".join(run)


def _known_opener(w: Word) -> bool:
    """A word the lexicons know as the first word of a foreign name: a Western, European or
    Japanese given name, or a family name written first (two syllables or more: "응우옌")."""
    return not w.particle and (
        w.stem in western_given_names() or w.stem in european_given_names()
        or w.stem in japanese_given_names()
        or (len(w.stem) >= 2 and w.stem in foreign_family_names()))


def _known_opener_after(words: list[Word], first: int, end: int) -> int | None:
    """Rule known-given-opens-name: "비오넥스 클라우스 베버 대표", "이번 프로그램 요나스 베르크
    대표" — the run's second word is one the lexicons know opens a foreign name and its first
    is none (a company's word or a loanword of three syllables or more): the name starts at
    the second word, two words long at least, and the first is no part of it; a known given
    name before it joins it ("마리아 엘레나 로페즈", though 마리아 reads as a Korean name)."""
    if first + 1 < end and _known_opener(words[first + 1]) and \
            not _known_opener(words[first]) and len(words[first].stem) >= 3:
        return first + 1
    if _known_opener(words[first]):
        while first >= 1 and end - first < 3 and _known_opener(words[first - 1]):
            first -= 1              # "마리아 엘레나 로페즈": given names before a given name
        return first
    return None


def _name_shaped_given(w: Word, rest: list[Word]) -> bool:
    """Rule name-shaped-given-name: "사사 미란비토", "라마 비마마" — a two-syllable word that
    reads as a Korean name (family name + one syllable) opens a foreign name when the words
    after it are a transcription (a syllable no Korean name has, in a word that is no name)."""
    return (len(w.stem) == 2 and not w.particle and set(w.tags) <= {"NNP", "NNG"}
            and is_name(w.stem) and title_of(w.stem) is None and ending(w.stem) is None
            and not orgs.is_region(w.stem) and not orgs.is_place(w.stem)
            and w.stem not in countries()
            and any(len(r.stem) >= 2 and _loan_word(r.stem) and not is_name(r.stem)
                    for r in rest))


def _proper_run(run: list[Word]) -> bool:
    """Rule one-syllable-given-name: "협약식에는 존 스미스 총영사가" — with no body before, a
    one-syllable word starts a foreign name only when Kiwi reads every word of it as a proper
    noun (not "전 스미스 총영사": 전 = former, a determiner)."""
    return all(w.tags == ("NNP",) for w in run)


def _foreign_common(w: Word) -> bool:
    """A word Kiwi calls a common noun that transcribes a foreign name: a syllable no Korean
    name has, no particle, body, title or place."""
    return (not w.particle and w.tags == ("NNG",) and re.fullmatch(r"[가-힣]{2,6}", w.stem)
            is not None and any(foreign_syllable(c) for c in w.stem)
            and title_of(w.stem) is None and ending(w.stem) is None
            and not orgs.is_region(w.stem) and not orgs.is_place(w.stem))


def surname_opening_body(cl: Clause, j: int, first: int) -> tuple[int, int | None, str] | None:
    """Rule foreign-surname-in-body: "바트바야르 누리대 총장" — the body reader took a foreign
    name written alone (``lone_foreign_surname``) as the first word of the body; the body is
    the one word after it, with a name of its own before its ending (not "하버드 대학교")."""
    words = cl.words
    if j != first + 1 or not lone_foreign_surname(cl, first):
        return None
    body, name = words[j].stem, words[first].stem
    end = ending(body)
    if end is None or end.unit or len(body) - len(end.suffix) < 2 or \
            orgs.is_known_form(name + body) or orgs.is_known_form(name):
        return None
    return first, j, name


def foreign_name_before(cl: Clause, first: int) -> tuple[int, str] | None:
    """"레 꾸옥 바오 하노이대학교 총장", "존 스미스 누리대 부총장": a foreign name in Hangul, two to
    four short words before the body, the last one a proper noun, opening a list item."""
    words = cl.words
    k = first - 1
    while k >= 0 and first - k <= 4 and foreign_word(words[k]) and \
            not _SETTING_OFF.fullmatch(words[k].stem):      # "이날 김솔 …": no name of 이날
        k -= 1
    start = k + 1
    if first - start < 2 or words[first - 1].tags[:1] != ("NNP",):
        return None
    if k >= 0 and not words[k].particle and words[k].text != "," and \
            not _SETTING_OFF.fullmatch(words[k].stem):
        return None                     # "지역 주민 …": the words run on from the clause
    return start, " ".join(w.stem for w in words[start:first])


def transcribed_name_in_body(cl: Clause, i: int) -> tuple[int, int | None, str] | None:
    """Rule transcribed-name-hangul-body: "마르코 벨리 아르테온코리아 대표" — the reading of the
    body before the title at word ``i`` took the last word of a transcribed name ("벨리
    아르테온코리아"): that word and the one before are a foreign name (no particle, title, body
    or region; a transcription's syllable in them; opening a phrase; 벨리 reads as a village
    of 리, so no place test) and the body's last word is a body by itself."""
    words, j = cl.words, i - 1
    m = orgs.org_at(cl, j) if j >= 2 else None
    if m is None or m.first_word != j - 1 or words[j - 1].particle or \
            not orgs.looks_like_org(words[j].stem, words[j].tags):
        return None
    first = j - 2                   # a name of two words: the given name, then the one taken
    run = words[first:j]
    opens = first == 0 or bool(words[first - 1].particle) or words[first - 1].text.endswith(",")
    if not opens or any(w.particle or w.verbal or not re.fullmatch(r"[가-힣]{2,4}", w.stem)
                        or title_of(w.stem) or ending(w.stem) or orgs.is_region(w.stem)
                        for w in run) or \
            not any(foreign_syllable(c) for w in run for c in w.stem):
        return None
    return first, j, " ".join(w.stem for w in run)


def foreign_surname_before(cl: Clause, first: int) -> tuple[int, str] | None:
    """Rule foreign-surname: "스미스 오클랜드대 총장", "응우옌 다낭시 인민위원장" — a foreign
    family name alone, opening a list item right before the body."""
    k = first - 1
    if k >= 1 and cl.words[k].stem in countries() and not cl.words[k].particle:
        k -= 1                          # "바트바야르 몽골 국립의대 총장": the country between
    if k < 0 or not lone_foreign_surname(cl, k):
        return None
    head = cl.words[first]
    if first + 1 < len(cl.words) and orgs.is_place(head.stem) and not orgs.is_region(head.stem) \
            and not cl.words[first + 1].particle and title_of(cl.words[first + 1].stem) is None:
        return None                     # "다나카 히로시 와세다대 총장": 히로시 is a given name
    return k, cl.words[k].stem


def surname_after_body(cl: Clause, k: int) -> bool:
    """Rule surname-after-body: "가람대 스미스 부총장", "누리병원 다나카 원장" — a foreign
    family name alone between its body and its title (a known one, or a proper noun with a
    syllable no Korean name has)."""
    if k < 1 or cl.words[k - 1].particle:
        return False
    w = cl.words[k]
    if not foreign_word(w) or len(w.stem) < 2 or not (
            w.stem in foreign_family_names()
            or (w.tags[:1] == ("NNP",) and any(foreign_syllable(c) for c in w.stem))):
        return False
    body = cl.words[k - 1]
    if orgs.is_known_form(w.stem) or orgs.is_known_form(body.stem + w.stem) or \
            (k >= 2 and is_name(cl.words[k - 2].stem)):
        return False            # "박가온 LG 유플러스 팀장": the word is the body's, the name before
    return orgs.org_at(cl, k - 1) is not None or orgs.looks_like_org(body.stem, body.tags)


def lone_foreign_surname(cl: Clause, k: int) -> bool:
    """Word ``k`` is a foreign family name written alone: a known one ("응우옌"), or a proper
    noun with a syllable no Korean name has ("스미스"), or one of three syllables or more that
    reads as no Korean name ("다나카"); set off before (a particle, a comma, the clause start);
    a country is no name."""
    w = cl.words[k]
    if not foreign_word(w) or len(w.stem) < 2 or w.stem in countries() \
            or w.stem in world_places():
        return False
    proper = w.tags[:1] == ("NNP",)
    if not (w.stem in foreign_family_names()
            or (proper and any(foreign_syllable(c) for c in w.stem))
            or (proper and len(w.stem) >= 3 and not is_name(w.stem))):
        return False
    prev = cl.words[k - 1] if k else None
    return prev is None or bool(prev.particle) or prev.text.endswith(",") or \
        _SETTING_OFF.fullmatch(prev.stem) is not None


# words after which a new phrase starts though they carry no particle ("이날 다나카 …")
_SETTING_OFF = re.compile(r"이날|당일|또|또한|특히|한편|\d{1,2}일")


def foreign_word(w: Word) -> bool:
    return (not w.particle and not w.verbal and bool(re.fullmatch(r"[가-힣]{1,6}", w.stem))
            and title_of(w.stem) is None and ending(w.stem) is None
            and not orgs.is_region(w.stem) and not street_or_place(w.stem)
            and w.stem not in countries()                       # "미국 텍사스 가람대"
            and w.stem not in foreign_cities()                  # "하노이 가람대학교"
            and not (is_name(w.stem) and len(w.stem) == 3))     # 홍길동 is Korean


def street_or_place(stem: str) -> bool:
    """Rule transcribed-가: a place word, but not a transcription that only ends like a street
    ("바톨가", "간톨가": a loan syllable and no number before 가, as a street's "을지로3가")."""
    if not orgs.is_place(stem):
        return False
    return not (stem.endswith("가") and not stem[-2].isdigit() and _loan_word(stem[:-1])
                and not orgs.is_known_form(stem))


def latin_name_before(cl: Clause, i: int) -> tuple[int, int | None, str] | None:
    """"Daniel K. Morgan LTC 총장", "Daniel Morgan 총장": a Latin-script name (and body)."""
    words = cl.words
    j = i - 1
    org_word = None
    if j >= 1 and ACRONYM.fullmatch(words[j].stem) and not words[j].particle:
        org_word, j = j, j - 1
    tokens: list[str] = []
    while j >= 0 and not words[j].particle and LATIN_TOKEN.fullmatch(words[j].stem):
        tokens.insert(0, words[j].stem)
        j -= 1
    foreign = (foreign_name_before(cl, j + 1) or _transcribed_run(cl, j)) \
        if j >= 0 and tokens and org_word is None else None
    if foreign is not None:
        return foreign[0], i - 1, foreign[1]    # "안나 페트로바 Amber Line 대표": the body
    if org_word is None and LATIN_BODY_WORDS & set(tokens):
        return latin_name_latin_body(tokens, j + 1, i - 1)
    if len(tokens) < 2 or not re.fullmatch(CAPITALISED, tokens[0]) or \
            not re.fullmatch(CAPITALISED, tokens[-1]) or len(tokens) > 4 or \
            LATIN_BODY_WORDS & set(tokens):
        return None                 # "Google Korea 대표": a body's name, not a person's
    return j + 1, org_word, " ".join(tokens)


def foreign_name_after(cl: Clause, i: int) -> str | None:
    """Rule title-foreign-name: "오클랜드대 총장 데이비드 스미스는", "총장 John Carter는" — two to
    four words of a foreign name right after the title, the last one closing the phrase (with
    a particle, or the comma of a list: "총장 John Carter, …")."""
    family_first = family_first_after_title(cl, i) or japanese_after_title(cl, i)
    if family_first is not None:
        return family_first
    words = cl.words
    run: list[str] = []
    abroad = abroad_body_before(cl, i)
    for k in range(i + 1, min(i + 6, len(words))):
        w = words[k]
        if run and not w.stem and w.particle.startswith(","):
            break                   # "총장 John Carter, …": the comma of a list closes it
        if len(run) == 1 and _family_read_as_copula(w):
            run.append(w.text)      # "CTO 제임스 오, …": Kiwi reads 오 as the copula
            break
        inner = _syllable_cut_inside(cl, k)
        bare = Word(w.text, w.start, w.end, inner or w.stem, "", w.tags)  # particle set aside
        if not (LATIN_TOKEN.fullmatch(w.stem) or _transcribed_word(bare)
                or abroad and _plain_word(bare)):
            return None
        run.append(inner or w.stem)
        if not inner and (w.particle or w.text.endswith(",")):
            break
    else:
        return None
    latin = all(LATIN_TOKEN.fullmatch(t) for t in run)
    hangul = not any(LATIN_TOKEN.fullmatch(t) for t in run) and (
        any(foreign_syllable(c) for c in "".join(run))
        or abroad and all(len(t) >= 2 for t in run))     # ("김하나 씨": a calling after it)
    return " ".join(run) if 2 <= len(run) <= 4 and (latin or hangul) else None


def _family_read_as_copula(w: Word) -> bool:
    """Rule family-as-copula: "제임스 오," — a one-syllable family name after a transcribed
    given name, which Kiwi reads as the copula or an ending (no stem left)."""
    return not w.stem and w.text == w.particle and len(w.text) == 1 and is_family_name(w.text)


def _syllable_cut_inside(cl: Clause, k: int) -> str | None:
    """Rule syllable-cut-inside-name: "총장 르토에 베레탄베 …" — Kiwi cut a transcription's last
    syllable as the particle 에 though the name goes on in the next word: the whole word."""
    w = cl.words[k]
    nxt = cl.words[k + 1] if k + 1 < len(cl.words) else None
    if w.particle != "에" or nxt is None or not re.fullmatch(r"[가-힣]{2,6}", nxt.stem) \
            or w.text.endswith(","):
        return None
    return w.stem + w.particle


def _plain_word(w: Word) -> bool:
    """A Hangul word that names no title, body, place or country and is no verb or common
    noun ("박사"): a word of a foreign name Kiwi read as common nouns, where the body says the
    person is foreign."""
    return bool(re.fullmatch(r"[가-힣]{2,6}", w.stem)) and not w.verbal and \
        not listed_not_name(w.stem) and \
        title_of(w.stem) is None and ending(w.stem) is None and not orgs.is_region(w.stem) \
        and not orgs.is_place(w.stem) and w.stem not in countries()


def abroad_body_before(cl: Clause, i: int) -> bool:
    """Rule abroad-body-name: "일본 누리대학교 총장 로사란 비리사", "미국 솔빛대학교 총장 르토에
    베레탄베 텔엘탄비" — the body before the title is written after a country: a name of
    several words after the title is a foreign one, though Kiwi reads its words as common
    nouns and no syllable of it tells (a Korean name is one word)."""
    if i < 2:
        return False
    m = orgs.org_at(cl, i - 1)
    first = m.first_word if m is not None else i - 1
    return first >= 1 and cl.words[first - 1].stem in countries() and \
        cl.words[first - 1].stem not in ("한국", "대한민국")


def family_first_after_title(cl: Clause, i: int) -> str | None:
    """Rule family-first-after-title: "총장 도 반 롱이", "학장 팜 꾸옥 빈은" — right after
    the title, a Vietnamese family name the lexicon knows (``foreign_family_names.txt``, one or two
    syllables), then two words of one or two syllables, the last closing the phrase with a
    particle or a comma. Kiwi reads such words as common nouns, so nothing else tells them."""
    words = cl.words
    run = words[i + 1:i + 4]
    if len(run) < 3 or run[0].stem not in foreign_family_names() or len(run[0].stem) > 2:
        return None
    last = run[-1]
    if any(w.particle or w.text.endswith(",") for w in run[:-1]) or \
            not (last.particle or last.text.endswith(",")) or \
            (i + 4 < len(words) and words[i + 4].stem and title_of(words[i + 4].stem)):
        return None
    if not all(re.fullmatch(r"[가-힣]{1,2}", w.stem) and not w.verbal
               and title_of(w.stem) is None and (len(w.stem) == 1 or ending(w.stem) is None)
               and not orgs.is_region(w.stem) and w.stem not in countries() for w in run):
        return None
    return " ".join(w.stem for w in run)


def _japanese_family(w: Word, closing: bool) -> str | None:
    """The family name written after a Japanese given name: one Hangul word of two to four
    syllables, no title, body, place or country (it may read as a Korean name: "모리노" —
    the given name before tells it); a piece Kiwi cut off as a particle that is
    no case particle belongs to it ("요시무 + 라"). With ``closing`` the word must close the
    phrase (a case particle or a comma) and the particle is set aside."""
    text = w.stem if closing else w.stem + w.particle
    closes = bool(w.particle or w.text.endswith(","))
    if w.verbal or (closing and not closes) or \
            (not closing and (w.particle in _CASE_PARTICLES or w.text.endswith(","))):
        return None
    if not re.fullmatch(r"[가-힣]{2,4}", text) or _reads_otherwise(text):
        return None
    return text


def _reads_otherwise(word: str) -> bool:
    """Whether a word Kiwi gave as a name part is a title, a body, a region, a place or a
    country instead (what the foreign-name rules refuse)."""
    return title_of(word) is not None or ending(word) is not None or orgs.is_region(word) \
        or orgs.is_place(word) or word in countries()


_CASE_PARTICLES = frozenset("은 는 이 가 을 를 와 과 의 도 에 로 으로 에서".split())


def _given_first_run(cl: Clause, end: int) -> tuple[int, str] | None:
    """Rule japanese-given-first: "히로키 마쓰노 일본 나루대학교 총장" — a Japanese given name the
    lexicon knows (``japanese_given_names.txt``), then the family name, before the body (a
    country may stand between), set off before like any name opening a phrase."""
    words = cl.words
    if end >= 1 and words[end].stem in countries() and not words[end].particle:
        end -= 1
    if end < 1 or words[end - 1].stem not in japanese_given_names() or words[end - 1].particle:
        return None
    family = _japanese_family(words[end], closing=False)
    prev = words[end - 2] if end >= 2 else None
    if family is None or not (prev is None or prev.particle or prev.text.endswith(",")
                              or opens_phrase(prev.stem)):
        return None
    return end - 1, f"{words[end - 1].stem} {family}"


def japanese_after_title(cl: Clause, i: int) -> str | None:
    """Rule japanese-given-first (after the title): "총장 히로키 마쓰노가" — a Japanese given name
    the lexicon knows and the family name closing the phrase, right after the title."""
    words = cl.words
    if i + 2 >= len(words) or words[i + 1].stem not in japanese_given_names() or \
            words[i + 1].particle:
        return None
    family = _japanese_family(words[i + 2], closing=True)
    return f"{words[i + 1].stem} {family}" if family else None


def _transcribed_company(cl: Clause, j: int) -> bool:
    """Rule transcribed-company-before-pair: "협약식에는 노바텍 클라우스 베버 CEO가" — a bare proper
    word with a transcription's syllable, opening its phrase, before a foreign name of two
    words is the company though no lexicon knows it (노바텍 is no name, though 노 opens names)."""
    w, prev = cl.words[j], cl.words[j - 1] if j else None
    return all(t in ("NNP", "NNG") for t in w.tags) and _loan_word(w.stem) and \
        re.fullmatch(r"[가-힣]{2,5}", w.stem) is not None and not _reads_otherwise(w.stem) and \
        (prev is None or bool(prev.particle) or prev.text.endswith(",") or opens_phrase(prev.stem))


def company_before_korean_name(prev: Word, w: Word) -> bool:
    """Rule transcribed-company-before-name: "이날 노바텍 노다온 대표가" — of two words that both
    read as Korean names before the title, the first has a transcription's syllable after its
    family name (텍) and the second none: the first is the company, the second the name."""
    return len(prev.stem) >= 3 and _loan_word(prev.stem[1:]) and \
        not _reads_otherwise(prev.stem) and not _loan_word(w.stem[1:])


def _proper_pair_after_body(cl: Clause, end: int) -> tuple[int, str] | None:
    """Rule proper-pair-after-body: "XY대 키스 모건 총장", "가람대학교 존 파커 부총장" — between a
    body and the title, two words Kiwi reads as proper nouns, with a syllable of a
    transcription in them (``loan_syllable``), are a foreign name though one of them reads as a
    Korean name (모건, 파커); no full Korean name of three syllables, title, body or place."""
    words = cl.words
    if end < 2 or words[end - 2].particle or not (
            orgs.org_at(cl, end - 2) is not None or _transcribed_company(cl, end - 2)):
        return None
    pair = words[end - 1:end + 1]
    if not all(w.tags == ("NNP",) and not w.particle and re.fullmatch(r"[가-힣]{1,4}", w.stem)
               and not (len(w.stem) == 3 and is_name(w.stem)) and not _reads_otherwise(w.stem)
               and w.stem not in foreign_cities() for w in pair):
        return None
    if not any(_loan_word(w.stem) for w in pair) or is_name(pair[0].stem + pair[1].stem):
        return None                 # "가온대 김 누리 총장": a Korean name Kiwi cut in two
    return end - 1, f"{pair[0].stem} {pair[1].stem}"
