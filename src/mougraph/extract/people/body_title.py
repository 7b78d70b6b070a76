"""Rule body-title-name: a body, the officer's function, then the name ("한빛정밀
대표이사 김한빛").
"""
from __future__ import annotations

import re

from ...morph import Word
from .. import orgs
from ..clause import Clause
from ..lexicon import foreign_syllable, is_name, title_of
from .bodies import bare_company_word, proper_body, slot_body
from .foreign import (
    abroad_body_before,
    foreign_body_start,
    foreign_name_after,
    rare_family_name,
    rare_name_after_title,
    transcribed_after_title,
)
from .fused import fused_or_qualified
from .latin import LATIN_BODY_WORD, LATIN_SPELLING, LATIN_TOKEN, latin_body
from .mention import PersonMention
from .names import long_name, name_cut_as_particle, name_word
from .units import office_place

# what stands between a title and the name after it as part of the function ("이사장 직무대행
# 최다솜"), and what follows the name as a calling, not a function ("부단장 최가온 교수")
ACTING = frozenset({"직무대행", "권한대행", "직무대리", "대행", "겸"})
_CALLINGS = frozenset({"교수", "박사", "목사", "신부", "스님", "장로", "변호사", "회계사", "세무사",
                       "노무사", "변리사", "약사", "의사", "씨", "님",
                       # ranks: "제7보병사단장 박다온 소장" (소장, major general, is no head here)
                       "준장", "소장", "중장", "대장", "대령", "중령", "소령", "대위", "원사",
                       "총경", "경정", "경감", "경무관", "치안감", "소방정", "소방령", "소방감",
                       "소방준감"})


def body_title_name(cl: Clause, i: int) -> tuple[PersonMention, int] | None:
    """Rule body-title-name: "한빛정밀 대표이사 김한빛", "가온대 산학협력단 부단장 최가온 교수",
    "한빛전자 대표이사 사장 박한빛이", "다솜재단 이사장 직무대행 최다솜은" — a body (no
    particle), the officer's function (a title, with 겸 or 직무대행 or a second title), then the
    name and maybe a calling: the person of that body, the function their title. Returns the
    person and the last word read."""
    words = cl.words
    k, parts = i + 1, [words[i].stem]
    while k < len(words) and not words[k - 1].particle and words[k].stem and \
            not is_name(words[k].stem) and not orgs.DOTS.search(words[k].stem) and (
                words[k].stem in ACTING or (
                title_of(words[k].stem) is not None and words[k].stem not in _CALLINGS)):
        parts.append(words[k].stem)
        k += 1
    if k >= len(words) or words[k - 1].particle not in ("", "인") or \
            words[k - 1].text.endswith(",") or \
            cl.offset(words[k].start) == cl.offset(words[k - 1].end - 1) + 1:
        return None                 # ("회장최다온 누리대학교 총장": a page that lost a space)
    # ("누리전자 대표이사 사장인 김누리 씨": the function in apposition, closed by 인)
    name = name_word(words[k].stem) or (words[k].stem if rare_family_name(words[k])
                                         or rare_name_after_title(cl, k) else None)
    foreign = foreign_name_at(cl, k)
    if foreign is not None:
        k, name = foreign
    else:
        name = name_cut_as_particle(cl, k) or name or transcribed_after_title(cl, k)
    if name is None or len(name) < 3 or parts[-1] in ("겸",):
        return None
    last = k
    if k + 1 < len(words) and not words[k].particle and not words[k].text.endswith(",") and \
            title_of(words[k + 1].stem) is not None:
        if words[k + 1].stem not in _CALLINGS and not _acting(cl, i, parts) and \
                not _post_then_rank(cl, i, k + 1):
            return None             # "총장 홍길동 회장": the name belongs to the next title
        last = k + 1                # (rule acting-keeps-post: "사장 직무대행 김준서 경영본부장")
    body = body_before_title(cl, i) or (
        _name_shaped_body(cl, i, k) if len(parts) == 1 and last == k and foreign is None
        else None)
    if foreign is not None and body == words[i - 1].stem:      # "벨스트란드 마리타임 …장"
        body = " ".join(w.stem for w in words[foreign_body_start(cl, i - 1):i])
    if body is None and len(parts) == 1 and last == k and foreign is None:
        return None                 # "총장 홍길동": rule title-name reads it
    # ("산학협력단장 김누리 교수": the function is the title, 교수 a calling)
    rank, prefix = title_of(words[i].stem)                              # type: ignore[misc]
    # with no body before, the body fused into the title ("육군 제7보병사단장 박다온 소장")
    fused = fused_or_qualified(cl, i, rank, prefix)[0] if body is None and prefix else None
    title = " ".join(parts) if len(parts) > 1 else (
        rank.title if not prefix or fused else words[i].stem)
    start, end = cl.span_of(max(i - 1, 0) if body else i, last)
    return PersonMention(name, title, words[i].stem if len(parts) == 1 else title, rank,
                         body or fused, body is not None or " " in (fused or ""), None, body,
                         start, end), last


def _acting(cl: Clause, i: int, parts: list[str]) -> bool:
    """Rule acting-keeps-post: "가온공사 사장 직무대행 김누리 경영본부장" — one acting for the
    head of the body written before keeps his own post, written after his name: the function
    is what he signs as."""
    return any(p in _ACTING_FOR for p in parts[1:]) and body_before_title(cl, i) is not None


_ACTING_FOR = frozenset({"직무대행", "권한대행", "직무대리"})
# a company officer's rank written after the name of one who holds a post in it
_RANKS = frozenset("상무 전무 상무이사 전무이사 이사 부사장 수석 책임 부장 차장".split())


def _post_then_rank(cl: Clause, i: int, rank: int) -> bool:
    """Rule post-then-rank: "누리테크 연구소장 최하람 상무" — a company's post, the name, then
    the holder's rank in the company: the person is of the body written before the post."""
    return cl.words[rank].stem in _RANKS and body_before_title(cl, i) is not None


def foreign_name_at(cl: Clause, k: int) -> tuple[int, str] | None:
    """Rule title-spelled-name: "비오렌셀테크 대표 마르텐 호이만(Maarten Heuman)이", "… 아시아본부장
    Eirik Vandsnes가" — a foreign name opening at word ``k`` after the title: Hangul words
    closed by their Latin spelling in brackets (as many words), or two to four Latin words
    closing the phrase. Returns its last word and the name."""
    words = cl.words
    for aside in cl.asides:
        size = len(aside.text.split())
        if aside.word == k + size - 1 and LATIN_SPELLING.fullmatch(aside.text) and not any(
                words[m].particle or not re.fullmatch(r"[가-힣]{1,6}", words[m].stem)
                or title_of(words[m].stem) for m in range(k, aside.word)):
            return aside.word, " ".join(w.stem for w in words[k:aside.word + 1])
    latin = foreign_name_after(cl, k - 1)       # (or Hangul words, after a body abroad)
    if latin is None or not (LATIN_TOKEN.fullmatch(latin.split()[0])
                             or abroad_body_before(cl, k - 1) or _transcribed_pair(latin)):
        return None
    return k + latin.count(" "), latin


def _transcribed_pair(name: str) -> bool:
    """Rule title-transcribed-name: "필드노트 최고기술책임자 제임스 오," — after a body's title,
    a given name of two syllables or more with a transcription's syllable, then a family name:
    a foreign name in Hangul (no Korean name is two words)."""
    given, *rest = name.split(" ")
    return len(rest) == 1 and len(given) >= 2 and \
        any(foreign_syllable(c) for c in given)


def body_before_title(cl: Clause, i: int) -> str | None:
    """The body written right before the title at word ``i`` ("한빛정밀 대표이사 …"): a name of
    a body, or a word that can only be a company's (not a 2–3 syllable personal name)."""
    if i == 0:
        return None
    w = cl.words[i - 1]
    if w.particle or not w.stem or title_of(w.stem) is not None:
        return None
    if w.verbal:    # a body Kiwi reads as a verb ("바른들영농조합법인": 바르 + ㄴ) only in a slot
        slot = slot_body(cl, i)
        return slot.name if slot is not None else None
    m = orgs.org_at(cl, i - 1) or slot_body(cl, i)
    if m is not None:
        return m.name
    if (place := office_place(cl, i - 1, i)) is not None:
        return place                # rule office-place: "솔빛2동 동장 김누리"
    if is_name(w.stem) and not long_name(w.stem):
        return None                 # "김한빛 대표이사 박누리": two people, no body
    if bare_company_word(w) or proper_body(cl, i - 1) or (is_name(w.stem) and long_name(w.stem)) \
            or _next_item_body(cl, i - 1):
        # rule brand-word: "AB 유플러스 대표 홍길동" - a Latin brand before the word is the
        # company's first word
        brand = orgs.brand_at(cl, i - 1)
        if brand is not None:
            return brand.name
        # ("AB CDE 대표 홍길동": a body of Latin words, the run that ends with the word)
        return (latin_body(cl, i - 1) if LATIN_BODY_WORD.fullmatch(w.stem) else None) or w.stem
    return None


def _name_shaped_body(cl: Clause, i: int, k: int) -> str | None:
    """Rule name-shaped-body: "하결초 팀장 임리솔,", "채늘 사장 홍별가(왼쪽)가", "협약서에는 고운
    대표 최솔빛이" — a word shaped like a name opening the sentence, a phrase or a list item
    (after a comma, 와/과, 부터 or another particle but 의), its head's title, and a full name
    closing the item: the word is the body (no report lists two people as name, title, bare
    name)."""
    words = cl.words
    w, name = words[i - 1], words[k]
    before = words[i - 2].particle if i >= 2 else ""
    # (after another particle, only a word of two: "이날 행사에는 김한빛 대표 박누리, …" is
    # the full name's person)
    opens = i == 1 or before in (",", "와", "과", "부터") or \
        bool(before) and before != "의" and len(w.stem) == 2 and \
        not any(a.word == i - 1 for a in cl.asides)     # ("김빈(좌) 구청장 …": a caption's)
    closes = bool(name.particle) or k + 1 == len(words) or words[k + 1].particle == "," or \
        any(a.word == k for a in cl.asides)
    if not opens or not closes or w.particle or not is_name(w.stem) or \
            not re.fullmatch(r"[가-힣]{2,4}", w.stem) or len(name.stem) < 3:
        return None
    return w.stem


def _next_item_body(cl: Clause, k: int) -> bool:
    """Rule list-item-body: "가람농원 대표 김누리, 솔빛식품 대표 박하늘" — in a list of people
    each written body, title, name, the word opening the next item before its title is that
    item's body, though no lexicon knows it (not a name, title, place or ordinary noun)."""
    words = cl.words
    w = words[k]
    comma = k - 1 if k >= 1 and not words[k - 1].stem and words[k - 1].particle == "," else k
    name_at = comma - 1 if comma < k else k - 1
    if name_at < 1 or (comma == k and not words[name_at].text.endswith(",")):
        return False
    before = words[name_at]
    return (re.fullmatch(r"[가-힣]{2,10}|[A-Za-z][A-Za-z0-9&]{1,12}", w.stem) is not None
            and not w.particle and not w.verbal and not is_name(w.stem)
            and not orgs.ordinary_noun(w.stem) and not orgs.is_region(w.stem)
            and is_name(before.stem) and before.particle in ("", ",")
            and title_of(words[name_at - 1].stem) is not None
            and not words[name_at - 1].particle and name_at >= 2
            and _item_body_word(words[name_at - 2]))


def _item_body_word(w: Word) -> bool:
    """A word that may open an item as its body: no particle, no title, no name."""
    return bool(w.stem) and not w.particle and title_of(w.stem) is None and not is_name(w.stem)
