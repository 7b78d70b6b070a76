"""Where a title's name is: before it (name-title, name-org-title, with a comma, glued to a
body, two names) or after it (title-name).
"""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from ...lexicons import countries, descriptors, read_lexicon
from ...morph import Word, tokenize
from .. import orgs
from ..clause import Clause
from ..lexicon import (
    ending,
    is_family_name,
    is_name,
    title_also_word,
    title_of,
    two_syllable_name_in_do,
)
from .bodies import (
    COMPANY_HEADS,
    company_before_its_head,
    opens_phrase,
    proper_body,
    slot_body,
)
from .context import founder_before_body, short_kind
from .foreign import (
    company_before_korean_name,
    foreign_given,
    foreign_name_after,
    foreign_name_before,
    foreign_surname_before,
    given_then_family,
    given_then_foreign_family,
    latin_name_before,
    lone_foreign_surname,
    rare_family_name,
    rare_name_after_title,
    rare_name_in_list,
    surname_after_body,
    surname_opening_body,
    transcribed_alone,
    transcribed_before,
    transcribed_name_in_body,
    western_given_cut,
)
from .hanja import hanja_spelled_name
from .latin import (
    latin_name_bare_body,
    latin_person_before,
    latin_person_opening_body,
    name_latin_body,
)
from .names import (
    determined,
    family_name_only,
    long_name,
    name_cut_as_particle,
    name_word,
    named_descriptor_body,
    reads_as_name,
    tail_cut_name,
)
from .units import branch_word, numbered_village, office_place

# rule body-bound-title: the head of a Japanese town (町長) or village (村長) is titled so only
# right after the town ("아오바정 정장"); elsewhere the word is a suit ("면접 정장 대여")
_BODY_BOUND_TITLES = frozenset({"정장", "촌장"})
# rule market-not-mayor: 시장 right after a word Kiwi knows as one common noun is a market
# ("보험 시장", "반려동물 보험 시장에서는"): goods, a service or an industry names no person, and
# the word before the goods is no name either ("김다온 시장", "가온시 시장 김다온" still are)
_MARKET_TITLES = frozenset({"시장"})


def name_before(cl: Clause, i: int) -> tuple[int, int | None, str] | None:
    """Where the name of the title at word ``i`` is: (name word, organisation word, name)."""
    words = cl.words
    if _bound_elsewhere(cl, i) or _market(cl, i) or western_given_cut(cl, i):
        return None
    for rule in NAME_BEFORE_RULES:
        found = rule(cl, i)
        if found is not None:
            return found
    j = i - 1
    if j >= 0 and title_of(words[i].stem)[1] and lone_foreign_surname(cl, j):   # type: ignore[index]
        return j, None, words[j].stem       # "다나카 사쿠라시장": before a fused title
    if j >= 1 and title_of(words[i].stem)[1] and foreign_given(cl, j):   # type: ignore[index]
        return j - 1, None, f"{words[j - 1].stem} {words[j].stem}"   # "다나카 히로시 가람시장"
    if surname_after_body(cl, j):
        return j, None, words[j].stem       # "가람대 스미스 부총장"
    skipped = 0
    while j >= 0 and skipped <= 2:
        w = words[j]
        if j == i - 1 and tail_cut_name(w) and not determined(cl, j):
            return j, None, w.stem + w.particle      # Kiwi cut a name like "박O인" into 박O + 인
        if j == i - 1 and family_name_only(w):
            return None     # "한솔대 김 총장": a family name alone; the word before is no name
        if w.particle == "과" and j == i - 1 and w.stem.endswith("학"):
            skipped += 1            # "항공공학과 교수": a department Kiwi cut as 항공공학 + 과
            j -= 1
            continue
        if skipped and tail_cut_name(w) and not determined(cl, j):
            return j, None, w.stem + w.particle     # "표미란 솔내면 …센터장": 표미 + 란
        if not w.stem or w.particle or skipped and _verb_of_doing(w):
            return None
        pair = _two_names(cl, i, j)
        if pair is not None:
            return pair
        # (a transcription after a brand is the brand's second word when a name is before
        # it: "홍길동 AB 루미스 CTO", not "가람대학교 르안텔스 총장")
        brand = orgs.brand_at(cl, j) if j > 0 and (
            is_name(w.stem) or j == i - 1 and transcribed_alone(cl, j)) else None
        owner = _name_before_org(cl, j, brand.first_word) \
            if brand is not None and brand.first_word < j else None
        if owner is not None:
            return owner            # "홍길동 AB 유플러스 CTO" (but "AB 홍길동 상무": a name)
        if _name_word(cl, i, j) and not _noun_in_phrase(cl, j, skipped):
            if j == i - 1 and _common_word_by_word_title(cl, i, j):
                return None         # "사무실 이사": moving house, no name
            return _person_at(cl, i, j, skipped)
        k = orgs.org_at(cl, j) or _verbal_slot(cl, i, j)
        if w.verbal and k is None and _adjective_company(cl, j, i):
            return j - 1, j, cl.words[j - 1].stem   # "김다온 푸른숲 대표": 푸르 + ㄴ + 숲
        if w.verbal and k is None:
            return None             # (a body Kiwi reads as a verb, "가온새마을금고", still counts)
        if k is not None or orgs.looks_like_org(w.stem, w.tags, cl.marked(j)) or \
                (j == i - 1 and branch_word(w.stem)):
            return _name_before_org(cl, _brand_goes_on(cl, j, i), k.first_word if k else j)
        if j == i - 1 and transcribed_alone(cl, j):
            return j, None, w.stem
        # "차민규 IPP 산학협력 교수": words of a long title between name and title
        skipped += 1
        j -= 1
    return None


def _verb_of_doing(w: Word) -> bool:
    """Rule verb-before-skipped-words: "말씀을 봉독한 뒤 노회장 김누리 목사" — a word Kiwi reads
    as a noun made a verb by 하 (봉독 + 하 + ㄴ) is a clause's verb, no name, once words were
    skipped between it and the title (right before the title a name Kiwi misreads so still
    counts)."""
    return w.verbal and "XSV" in w.tags


def _name_word(cl: Clause, i: int, j: int) -> bool:
    """Word ``j`` reads as the name of the title at word ``i``."""
    return reads_as_name(cl, j) or rare_family_name(cl.words[j]) or _rare_name_bare_item(cl, i, j)


def _rare_name_bare_item(cl: Clause, i: int, j: int) -> bool:
    """Rule rare-family-name-by-place (bare list item): "… 시장, 빈하람 교육장, …" — a word
    opening with a rare family name that opens the next list item right before its title, with
    no body between (Kiwi may call it a common noun)."""
    return j == i - 1 and rare_name_in_list(cl, j)


def _verbal_slot(cl: Clause, i: int, j: int) -> orgs.Mention | None:
    """Rule verbal-body-slot: "석다온 해온생명 대표이사" (Kiwi: 하 + 어 + 오 + ㄴ + 생명) — a word
    read as a verb, with a body's ending, right before a title that heads its kind, is the
    body (rule body-slot)."""
    return slot_body(cl, i) if cl.words[j].verbal and j == i - 1 else None


def _bound_elsewhere(cl: Clause, i: int) -> bool:
    """Rule body-bound-title (see _BODY_BOUND_TITLES): no town or village before the title."""
    return cl.words[i].stem in _BODY_BOUND_TITLES and (i == 0 or orgs.org_at(cl, i - 1) is None)


def _market(cl: Clause, i: int) -> bool:
    """Rule market-not-mayor (see _MARKET_TITLES)."""
    prev = cl.words[i - 1] if i else None
    return cl.words[i].stem in _MARKET_TITLES and prev is not None and not prev.particle \
        and prev.tags[:1] == ("NNG",) and orgs.ordinary_noun(prev.stem) \
        and not _mayors_name(prev.stem, cl.words[i].stem)


@lru_cache(maxsize=1024)
def _mayors_name(word: str, title: str) -> bool:
    """Rule name-before-mayor: "협약식에서 서다온 시장과" — a word shaped like a Korean name that
    Kiwi took for a common noun in the sentence, but reads as a proper noun when it stands
    alone before the title ("서다온 시장이"; "반도체 시장이", "유통 시장이" stay goods)."""
    if not is_name(word) or len(word) != 3:
        return False
    toks = tokenize(f"{word} {title}이")
    return len(toks) == 3 and toks[0].form == word and toks[0].tag == "NNP"


def _person_at(cl: Clause, i: int, j: int, skipped: int) -> tuple[int, int | None, str]:
    """The person whose name word ``j`` reads as, before the title at ``i`` with ``skipped``
    words between: (name word, organisation word, name)."""
    words, w = cl.words, cl.words[j]
    if skipped == 0 and _rare_word_after_name(cl, j):
        return j - 1, j, words[j - 1].stem      # "홍길동 온나무 대표": 온 + 나무
    if skipped == 0 and len(w.stem) == 2 and _plain_word_before(cl, j) \
            and _name_after_bare_body(cl, j):
        return j, j - 1, w.stem     # "솔빛테크 이준 대표": the bare word is the body
    if skipped == 1 and j + 1 == i - 1 and (proper_body(cl, j + 1) or orgs.looks_like_org(
            words[j + 1].stem, words[j + 1].tags, slot=True)
            or company_before_its_head(cl, j, i) or office_place(cl, j + 1, i)):
        return j, j + 1, w.stem     # "한지민 마바소프트 대표": a bare company name
    if skipped == 1 and j + 1 == i - 1 and _word_before_officer(cl, j + 1, i):
        return j, j + 1, w.stem     # "한지민 누보 CEO": the word names the person's company
    return j, None, w.stem   # Kiwi may read a name as a verb (박찬구 -> 박차/VV ᆫ 구)


# Latin officer titles, and the few words that qualify them ("공동 CEO", "신임 CTO"): the
# C-level titles of titles.tsv (CEO, CTO, CFO, COO, CIO), and CSO, which this rule reads but
# titles.tsv does not list (as a title it would name people beside it elsewhere)
_LATIN_OFFICERS = frozenset(row[0] for row in read_lexicon("titles.tsv")
                            if re.fullmatch(r"C[A-Z]O", row[0])) | {"CSO"}
OFFICER_QUALIFIERS = frozenset("공동 각자 신임 전임 초대 상임 임시 대행 글로벌 한국 지역".split())


def _word_before_officer(cl: Clause, k: int, i: int) -> bool:
    """Rule body-before-officer: a bare Hangul word between a full name and a Latin officer
    title ("한지민 누보 CEO") is the officer's company even where it reads as a common noun
    (but for a qualifier: "공동 CEO"), so the person is not given by the title alone to
    another party."""
    w = cl.words[k]
    return cl.words[i].stem in _LATIN_OFFICERS and w.stem not in OFFICER_QUALIFIERS \
        and not w.particle and not w.verbal \
        and re.fullmatch(r"[가-힣]{2,8}", w.stem) is not None and title_of(w.stem) is None


def _adjective_company(cl: Clause, j: int, i: int) -> bool:
    """Rule adjective-company: "김다온 푸른숲 대표" - one glued word Kiwi reads as an adjective
    and a noun (푸르 + ㄴ + 숲), between a full name and a company head's title, is the
    company (not "김다온 새로운 대표": no noun; not two words)."""
    w, words = cl.words[j], cl.words
    head = title_of(words[i].stem)
    return j == i - 1 and j >= 1 and len(w.stem) >= 3 and w.text == w.stem and \
        w.tags[:1] in (("VA",), ("VA-I",)) and "ETM" in w.tags and w.tags[-1] == "NNG" and \
        head is not None and not head[1] and words[i].stem in COMPANY_HEADS and \
        not words[j - 1].particle and len(words[j - 1].stem) >= 3 and \
        is_name(words[j - 1].stem) and words[j - 1].text == words[j - 1].stem


def _rare_word_after_name(cl: Clause, j: int) -> bool:
    """Rule rare-word-after-name: "홍길동 온나무 대표" - a word that reads as a name only by a
    rare family name (온, 국, 시), right after a word that reads as a full one: the first is
    the name, the word is the body."""
    if j < 1:
        return False
    prev = cl.words[j - 1]
    return not reads_as_name(cl, j) and not prev.particle and not prev.verbal and \
        is_name(prev.stem) and not rare_family_name(prev) and prev.text == prev.stem


# one-syllable words that qualify a title rather than end a name ("전 총장": former)
_TITLE_QUALIFIERS = frozenset("전 현 신 구 부 총 대 초 제 수 각 양 본 당 동 겸 및 등 씨".split())


def _name_and_syllable(cl: Clause, i: int) -> tuple[int, int | None, str] | None:
    """Rule name-and-syllable: "누리학교 소피나 첸 교장" — between a body and the title, a word
    that reads as a name and a one-syllable proper noun after it (no family name, no qualifier
    like 전): a foreign name of two words, the short one its family name."""
    j = i - 1
    if j < 2:
        return None
    last, first, body = cl.words[j], cl.words[j - 1], cl.words[j - 2]
    if last.particle or first.particle or body.particle or last.tags != ("NNP",) or \
            not re.fullmatch(r"[가-힣]", last.stem) or is_family_name(last.stem) or \
            last.stem in _TITLE_QUALIFIERS or not is_name(first.stem) or \
            title_of(first.stem) is not None or orgs.org_at(cl, j - 2) is None:
        return None
    return j - 1, None, f"{first.stem} {last.stem}"


def _brand_goes_on(cl: Clause, j: int, i: int) -> int:
    """Rule brand-word: "홍길동 AB 루미스 기술팀장" — a proper noun after a Latin brand, before
    the title, is the company's second word (the brand read alone is word ``j``)."""
    b = orgs.brand_at(cl, j + 1) if j + 1 < i else None
    if b is None or b.first_word != j or cl.words[j + 1].tags[:1] != ("NNP",):
        return j
    return j + 1


def _body_glued_to_name(cl: Clause, i: int) -> tuple[int, int | None, str] | None:
    """Rule body-glued-to-name: "가람TV 김누리 부장, 가람TV박하늘 차장" — a word right before
    the title that is a body written as its own word earlier in the clause with a Korean name
    glued after it: the name, and that earlier word as the body."""
    if i < 2:
        return None
    w = cl.words[i - 1]
    head, name = w.stem[:-3], w.stem[-3:]
    if w.particle or len(head) < 2 or not is_name(name) or is_name(w.stem):
        return None
    body = next((k for k in range(i - 2, -1, -1) if cl.words[k].stem == head
                 and not cl.words[k].particle), None)
    if body is None or title_of(head) is not None or orgs.is_region(head) or \
            orgs.is_place(head):
        return None
    return i - 1, body, name


def _name_comma_title(cl: Clause, i: int) -> tuple[int, int | None, str] | None:
    """Rule name-comma-title: "협약식에는 홍길동, 가온시장과 김누리, 누리대 총장이" — a Korean
    name set off before (a particle or the clause start), a comma, then its fused title or its
    body and title; no name after the title ("대표 홍길동, 가온시장 김누리" is title-name)."""
    words = cl.words
    k, org_word = i - 1, None
    m = orgs.org_at(cl, k) if k >= 0 else None
    if m is not None and m.first_word == k and not words[k].particle:
        org_word, k = k, k - 1
    prefix = title_of(words[i].stem)[1]     # type: ignore[index]
    if k < 1 or words[k].stem or words[k].particle != "," or (org_word is None and not prefix):
        return None
    n = k - 1
    w = words[n]
    if w.particle or len(w.stem) != 3 or not is_name(w.stem) or (
            n >= 1 and not (words[n - 1].stem and words[n - 1].particle)):
        return None
    if name_after(cl, i) is not None:
        return None
    return n, org_word, w.stem


_QUOTE_MARKS = "'‘’\"“”"


def _name_quoted_body(cl: Clause, i: int) -> tuple[int, int | None, str] | None:
    """Rule name-quoted-body: "박솔빛 '달빛공방' 대표" — a body in quotes (Kiwi leaves the
    closing quote as the word's particle) between a full name and the title."""
    if i < 2:
        return None
    body, w = cl.words[i - 1], cl.words[i - 2]
    quoted = body.stem[:1] in _QUOTE_MARKS and body.particle and \
        not body.particle.strip(_QUOTE_MARKS) and len(body.stem.strip(_QUOTE_MARKS)) >= 2
    if not quoted or w.particle or not reads_as_name(cl, i - 2) or len(w.stem) < 3:
        return None
    return i - 2, i - 1, w.stem


def _name_short_kind(cl: Clause, i: int) -> tuple[int, int | None, str] | None:
    """Rule short-kind: "박하람 누리상공회의소 회장과 진우석 상의 사무국장" — a name, then the
    short form of a body's kind (상의, which Kiwi cuts as 상 + 의), then the title: the
    kind is read by body_kind_word, no body is written."""
    if i < 2 or short_kind(cl, i - 1) is None:
        return None
    w = cl.words[i - 2]
    if w.particle or not reads_as_name(cl, i - 2):
        return None
    return i - 2, None, w.stem


def _name_numbered_village(cl: Clause, i: int) -> tuple[int, int | None, str] | None:
    """Rule numbered-village: "연태수 주민자치회장과 하봉길 1리 이장" — a name, the numbered 리
    and the title of its head (a title fusing with 리); the numbered 리 is read by
    body_kind_word (no body of its own: it carries to no one after)."""
    if i < 2 or not numbered_village(cl.words[i - 1].stem) or cl.words[i - 1].particle or \
            "리" not in title_of(cl.words[i].stem)[0].fuse:     # type: ignore[index]
        return None
    w = cl.words[i - 2]
    if w.particle or not reads_as_name(cl, i - 2):
        return None
    return i - 2, None, w.stem


# where a title's name is, tried in order before the walk leftwards from the title: a name
# spelled in Chinese characters in brackets, a foreign name (in Latin, transcribed, before a
# Latin body), then a name set apart from its title (by a comma, glued to a body written
# earlier, a foreign name of two words)
NAME_BEFORE_RULES: tuple[Callable[[Clause, int], tuple[int, int | None, str] | None], ...] = (
    hanja_spelled_name,
    latin_name_before, transcribed_name_in_body, transcribed_before, given_then_family,
    given_then_foreign_family,
    name_latin_body,
    _name_comma_title, _body_glued_to_name, _name_and_syllable, _name_quoted_body,
    _name_short_kind,
    _name_numbered_village, latin_name_bare_body)


def _noun_in_phrase(cl: Clause, j: int, skipped: int) -> bool:
    """A two-syllable "name" that is a common noun inside a long title ("분자 소재 …단장",
    "4차산업 소재 및 …"): a noun runs into it, or title words were skipped and Kiwi calls it
    common."""
    w = cl.words[j]
    if len(w.stem) != 2:
        return False
    if skipped and w.tags[:1] != ("NNP",):
        return not _name_opens_item(cl, j, skipped)
    return _plain_word_before(cl, j) and not (skipped == 0 and _name_after_bare_body(cl, j))


def _plain_word_before(cl: Clause, j: int) -> bool:
    """The word before ``j`` runs into it: no particle, comma or verb, no body, name or title,
    and no word opening the sentence or saying when (rule opener-before-name)."""
    prev = cl.words[j - 1] if j else None
    return prev is not None and not prev.particle and prev.text != "," and not prev.verbal \
        and re.fullmatch(r"[가-힣0-9]+", prev.stem) is not None and not opens_phrase(prev.stem) \
        and orgs.org_at(cl, j - 1) is None and not is_name(prev.stem) and not title_of(prev.stem)


def _name_opens_item(cl: Clause, j: int, skipped: int) -> bool:
    """Rule name-opens-item: "협약식에는 이솔 솔빛테크 대표가", "…시장, 이준 솔빛테크 대표": a
    two-syllable name Kiwi did not call a proper noun (이 + 솔) opens a list item (after a
    particle, a comma or at the start) and one bare body word stands between it and the title;
    a common noun there ("…에는 소재 분야 단장") keeps it a noun."""
    w, prev = cl.words[j], cl.words[j - 1] if j else None
    body = cl.words[j + 1]
    opens = prev is None or bool(prev.particle) or prev.text.endswith(",")
    return opens and skipped == 1 and not body.particle and not orgs.ordinary_noun(w.stem) \
        and not orgs.ordinary_noun(body.stem) and re.fullmatch(r"[가-힣A-Za-z0-9]+", body.stem) \
        is not None


def _name_after_bare_body(cl: Clause, j: int) -> bool:
    """Rule name-after-bare-body: "솔빛테크 이준 대표": a two-syllable word Kiwi calls a proper
    noun right before the title, after a bare word that is a proper noun too or no common one,
    is the body's head, not a noun of a long title ("가공 소재 단장": both common); so is a name of
    two in 도 that Kiwi cuts in two ("솔빛테크 권도 대표": rule given-name-도-of-two)."""
    w, prev = cl.words[j], cl.words[j - 1]
    named = w.tags == ("NNP",) or two_syllable_name_in_do(w.stem, w.tags)
    return named and (prev.tags == ("NNP",) or not orgs.ordinary_noun(prev.stem))


# a foreign name before the body's first word, tried in order: transcribed, a foreign family
# name alone, a Latin name, a Latin name whose last word the body's reading took (each gives
# the name's first word and the name)
_FOREIGN_BEFORE_BODY: tuple[Callable[[Clause, int], tuple[int, str] | None], ...] = (
    foreign_name_before, foreign_surname_before, latin_person_before, latin_person_opening_body)


def _name_before_org(cl: Clause, j: int, first: int) -> tuple[int, int | None, str] | None:
    """Rule name-org-title: "오세진 한빛건설 사장" (the organisation's words start at ``first``)."""
    words = cl.words
    if named_descriptor_body(cl, first):
        first -= 1      # rule descriptor-body: "… 퀼라반 국립대 총장": the word before names it
    elif first >= 2 and words[first - 1].stem in descriptors() and \
            not words[first - 1].particle:
        first -= 1      # rule descriptor-before-body: "이누리 국립 솔빛공대 산학협력단 단장"
    elif first >= 2 and words[first - 1].stem in countries() and \
            not words[first - 1].particle:
        first -= 1      # rule country-before-body: "김하람 일본 솔빛대학교 총장"
    elif founder_before_body(cl, first):
        first -= 1      # rule founder-before-body: "김다온 솔빛은행 장학재단 이사장"
    peeled = surname_opening_body(cl, j, first)
    if peeled is not None:
        return peeled
    if first < j and rare_name_in_list(cl, first):
        return first, j, words[first].stem      # "…장과 단우진 가온대 부단장": a body of one word
    for rule in _FOREIGN_BEFORE_BODY:
        foreign = rule(cl, first)
        if foreign is not None:
            return foreign[0], j, foreign[1]
    if first - 1 >= 0 and not words[first - 1].particle and (
            reads_as_name(cl, first - 1) or rare_name_in_list(cl, first - 1)):
        return first - 1, j, words[first - 1].stem
    if first - 1 >= 0 and tail_cut_name(words[first - 1]) and not determined(cl, first - 1):
        prev = words[first - 1]                     # "박다인 가람시 부시장": 박다 + 인
        return first - 1, j, prev.stem + prev.particle
    return None


def _two_names(cl: Clause, i: int, j: int) -> tuple[int, int | None, str] | None:
    """Words ``j - 1`` and ``j`` both read as names before the title at word ``i``."""
    if j == 0:
        return None
    w, prev = cl.words[j], cl.words[j - 1]
    if prev.particle or not is_name(prev.stem) or not is_name(w.stem):
        return None
    if "XSV" in prev.tags or "XSA" in prev.tags:
        return None     # "방문해 박다온 군수": a verb of a noun (방문 + 하다) is no name
    if prev.verbal and "ETM" in prev.cut_tags and w.tags[:1] == ("NNP",):
        return None     # "대표단을 이끈 박다온 군수": a verb qualifying the person is no name
    if orgs.looks_like_org(prev.stem, prev.tags, cl.marked(j - 1)):
        # "누리대 방성훈 사업단장": the first is the body; so is one with a legal mark,
        # "(주)나담 임누경 대표", though both read as names
        return j, None, w.stem
    if long_name(prev.stem) and not long_name(w.stem):
        return j, j - 1, w.stem       # "한결산업 이한결 대표": a long "name" is the body
    if company_before_korean_name(prev, w):
        return j, j - 1, w.stem       # "노바텍 노다온 대표": the transcribed word is the body
    if j == i - 1 and len(prev.stem) == 2 and len(w.stem) == 3 and ending(w.stem) is None \
            and not orgs.looks_like_org(w.stem, w.tags):
        return j, j - 1, w.stem       # "안심 나하람 대표": a full name by the title, rule
        #                               short-name-shaped-body: the short word is the body
        #                               (not "최결 라빛대 단장": a body's ending, 대)
    if j == i - 1 and w.tags[:1] == ("NNG",) and orgs.ordinary_noun(w.stem):
        return j - 1, None, prev.stem  # "홍길동 신임 사장": a common word qualifies the title
    if j == i - 1 or orgs.looks_like_org(w.stem, w.tags):
        return j - 1, j, prev.stem    # "홍길동 가나대 … 단장": the second is the body
    return None


# one-syllable particles a name may really take after a title ("총장 홍길동은")
_CASE_PARTICLES = frozenset("은 는 이 가 을 를 와 과 의 도 에 로".split())


def name_after(cl: Clause, i: int) -> tuple[int, int | None, str] | None:
    """Rule title-name: "가나대학교 총장 홍길동과", "가람구청장 최한빛은"."""
    words = cl.words
    # "가람재단 이사장인 홍길동 씨": a title in apposition
    if words[i].particle not in ("", "인") or i + 1 >= len(words):
        return None
    nxt = words[i + 1]
    name = name_word(nxt.stem) or (nxt.stem if rare_name_after_title(cl, i + 1) else None)
    if tail_cut_name(nxt) and (nxt.verbal or nxt.particle not in _CASE_PARTICLES):
        name = nxt.stem + nxt.particle      # "(총장 고하람": Kiwi read 고하 + 람 as a verb
    name = name_cut_as_particle(cl, i + 1) or name
    if name is None:
        foreign = foreign_name_after(cl, i)
        return (i + 1, None, foreign) if foreign else None
    if i + 2 < len(words) and not nxt.particle and name == nxt.stem and \
            title_of(words[i + 2].stem):
        return None                 # "총장 홍길동 회장": the name belongs to the next title
    if _common_word_by_word_title(cl, i, i + 1) or name == nxt.stem and _no_person_after_title(nxt):
        return None
    return i + 1, None, name


# particles of a place or a means, which no person takes right after a title (a person is
# reached with 에게, and is "as" with 로서): "총장 추천으로", "시장 주재로", "대표 인사말에서"
_PLACE_OR_MEANS = frozenset(
    "에 에서 에는 에서는 에도 에서도 로 으로 로는 으로는 로도 으로도".split())


def _no_person_after_title(w: Word) -> bool:
    """Rule means-after-title: a word after a title that takes a particle of a place or a
    means ("총장 추천으로 참여한다", "시장 초청에 따라") is what the office does, not the holder's
    name."""
    return w.particle.rstrip(".,") in _PLACE_OR_MEANS


def _common_word_by_word_title(cl: Clause, i: int, j: int) -> bool:
    """Rule word-title-common-noun: next to a title that is also an ordinary noun ("위원 모집",
    "약사 국가시험", "전문위원 위촉식", "사무실 이사"), a word read as common nouns only is no
    name ("위원 김다온" is one)."""
    hit = title_of(cl.words[i].stem)
    return hit is not None and title_also_word(hit[0]) and \
        all(t == "NNG" for t in cl.words[j].tags)
