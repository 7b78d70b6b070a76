"""Bare words beside a name that may be the person's body: a company before its head
(COMPANY_HEADS), a proper noun, a word in the slot of a signing's party.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ...lexicons import countries
from ...morph import Word
from .. import orgs
from ..clause import Clause
from ..cues import AGREEMENT, SENTENCE_OPENER, TIME_WORD, WHEN_WORDS
from ..lexicon import ending, is_name, title_of
from .units import BRANCH_HEADS


def proper_body(cl: Clause, k: int) -> bool:
    """A bare proper noun that can only be the person's body (no title, place or name)."""
    w = cl.words[k]
    return (bool(w.tags) and w.tags[0] == "NNP" and len(w.stem) >= 3
            and re.fullmatch(r"[가-힣]+", w.stem) is not None and not w.particle
            and title_of(w.stem) is None and not orgs.is_region(w.stem)
            and not orgs.is_place(w.stem) and not is_name(w.stem)
            and ending(w.stem) is None)     # "상인회": a kind of body, not a name


# titles only a company's (or an association's) head bears: "이한결 솔빛 대표"
COMPANY_HEADS = frozenset("대표 대표이사 공동대표 사장 부사장 회장 CEO 최고경영자".split())
# a company's chief officer, "최고운영책임자", "최고기술책임자": a company stands before the title
CHIEF_OFFICER = r"최고[가-힣]{2,4}책임자"


# the head of a foundation or an association (재단, 사단법인) is written the same way:
# "이한결 솔빛 이사장"
_BODY_HEADS = COMPANY_HEADS | {"이사장"}


def company_before_its_head(cl: Clause, name_at: int, i: int) -> bool:
    """Rule company-between: "이한결 솔빛 대표", "이한결 솔빛 이사장" — a full Korean name,
    then one word (no place, title or name) that Kiwi does not know as a common noun, or reads
    as a proper noun in its sentence with no body's ending (빛솔 alone is a common noun to it;
    상인회 has an ending), or a company's name mixed with Latin or digits ("3D누리", rule
    mixed-name), then a company's or a foundation's head's title: the word is the body
    ("공동", "신임", "명예" before 대표 are ordinary nouns)."""
    words = cl.words
    w, name = words[name_at + 1], words[name_at].stem
    return (words[i].stem in _BODY_HEADS and len(name) == 3 and is_name(name)
            and not w.particle and not w.verbal and w.text != w.stem + ","
            and (re.fullmatch(r"[가-힣]{2,8}", w.stem) is not None
                 and (w.tags == ("NNP",) and ending(w.stem) is None
                      or not orgs.ordinary_noun(w.stem))
                 or orgs.mixed_name(w.stem))
            and not is_name(w.stem) and title_of(w.stem) is None and not orgs.is_region(w.stem)
            and not orgs.is_place(w.stem) and w.stem not in countries())


_AGREEMENT_AHEAD = re.compile(rf"{AGREEMENT}|업무협약|협약식")
SLOT_TIME = re.compile(r"\d{1,2}일|\d{1,2}시|오전|오후|이날")
_SENTENCE_OPENER = re.compile(SENTENCE_OPENER)


def opens_phrase(stem: str) -> bool:
    """Rule opener-before-name: a word that opens the sentence or says when ("한편", "특히",
    "이날", "오늘", "당시") sets off the name after it: it is no body, no word of a title
    running into the name ("한편 김솔 총장은", "오늘 이준 대표가")."""
    return bool(_SENTENCE_OPENER.fullmatch(stem) or TIME_WORD.fullmatch(stem)
                or SLOT_TIME.fullmatch(stem)) or stem in WHEN_WORDS


def company_in_slot(cl: Clause, name_at: int, i: int) -> str | None:
    """Rule company-in-slot: "가온시는 20일 솔바람 김누리 대표와 협약을 맺었다" — one bare word
    opening a party slot right before a company head who signs (the title closed by 와/과
    before the agreement, or the subject of a sentence that names one) is the head's company:
    no particle, place, title, name, time or word Kiwi knows as a common noun."""
    words = cl.words
    k = name_at - 1
    if k < 0 or words[i].stem not in COMPANY_HEADS or not is_name(words[name_at].stem):
        return None
    w = words[k]
    if not bare_company_word(w):
        return None
    before = words[k - 1] if k else None
    opens = before is None or bool(before.particle) or before.text.endswith(",") or \
        SLOT_TIME.fullmatch(before.stem) is not None
    signs = _partner_closed(cl, i) or (
        words[i].particle in ("은", "는", "이", "가") and k == 0
        and _AGREEMENT_AHEAD.search(" ".join(x.stem for x in words[i + 1:])) is not None)
    return w.stem if opens and signs else None


def company_of_head(cl: Clause, name_at: int, i: int) -> str | None:
    """Rule company-possessor: "가람로보틱의 요하네스 슈미트 최고경영자는" — a proper noun with
    의 right before a company head's name, that can only be a company's name, is the head's
    company (no place, country, region, personal name or word with a body's ending)."""
    k = name_at - 1
    if k < 0 or cl.words[i].stem not in COMPANY_HEADS:
        return None
    w = cl.words[k]
    if w.particle != "의" or w.tags != ("NNP",) or w.text != w.stem + "의":
        return None
    return w.stem if bare_company_word(replace(w, particle="", text=w.stem)) else None


_LATIN_WORD = re.compile(r"[A-Z][a-z]{2,14}")     # a capitalised word, no title's acronym


def beside_word(cl: Clause, name_at: int, i: int, org: str | None,
                title: str | None = None) -> str | None:
    """Rule beside-word: the bare word right before a company head's name ("온누리 김가람
    대표"), or a branch head's ("솔빛전자 김가람 지사장": the company whose branch it is), or a
    Latin word before any officer's ("Norvia 김가람 지역장"), kept for the agreement to match
    against a party named alone elsewhere."""
    if org is not None or name_at != i - 1 or name_at == 0:
        return None
    w = cl.words[name_at - 1]
    latin = _LATIN_WORD.fullmatch(w.stem) is not None and w.tags == ("SL",)
    if (title or cl.words[i].stem) not in COMPANY_HEADS | BRANCH_HEADS and not latin:
        return None
    return _with_acronyms(cl, name_at - 1) if _bare_word_beside(w, 10) else None


_ACRONYM = re.compile(r"[A-Z][A-Z0-9&+]{1,5}")


def _with_acronyms(cl: Clause, k: int) -> str:
    """Word ``k``, or the run of capital acronyms it ends ("AB CDE 김가람 대표": the body is
    AB CDE, not CDE)."""
    words, first = cl.words, k
    while _ACRONYM.fullmatch(words[k].stem) and first > 0 and k - first < 2 and \
            not words[first - 1].particle and _ACRONYM.fullmatch(words[first - 1].stem):
        first -= 1
    return " ".join(w.stem for w in words[first:k + 1])


def stranger_word(cl: Clause, name_at: int, i: int, org: str | None) -> str | None:
    """Rule stranger: "가온필하모닉오케스트라 박가온 단장" — a proper noun (of no ending that
    tells a body) right before the name of a head other than a company's: the person's own
    body, kept so that the title alone does not give them to another party."""
    if org is not None or name_at != i - 1 or name_at == 0 or \
            cl.words[i].stem in COMPANY_HEADS:
        return None
    w = cl.words[name_at - 1]
    if w.tags != ("NNP",) or len(w.stem) < 3 or is_name(w.stem):
        return None
    return w.stem if _bare_word_beside(w, 14) else None


def _bare_word_beside(w: Word, longest: int) -> bool:
    """A bare word before a name that may be the name of the person's body."""
    return (not w.particle and not w.verbal and w.text == w.stem
          and re.fullmatch(rf"[가-힣A-Za-z&]{{2,{longest}}}", w.stem) is not None
          and title_of(w.stem) is None and not orgs.is_region(w.stem)
          and not (orgs.is_place(w.stem) and orgs.is_known_form(w.stem))   # (온누리: a 리)
          and not orgs.is_generic(w.stem) and not orgs.describes(w.stem)
          and _KIND_OF_BODY.search(w.stem) is None and not opens_phrase(w.stem))


# "투자기업 김누리 대표": a word saying what kind of body, not its name
_KIND_OF_BODY = re.compile(r"(?:기업|업체|회사|법인|기관|단체|스타트업|사업자)$")


def _partner_closed(cl: Clause, i: int) -> bool:
    """Word ``i`` closes a partner slot ("…와 업무협약을"), or a list item of one ("…, … 와
    협약을")."""
    words = cl.words
    k = i
    if words[i].text.endswith(",") or (i + 1 < len(words) and words[i + 1].text == ","):
        k = next((j for j in range(i + 1, min(i + 12, len(words)))
                  if words[j].particle in ("와", "과") or words[j].verbal), i)
    ahead = " ".join(x.stem for x in words[k + 1:k + 5])
    return words[k].particle in ("와", "과") and _AGREEMENT_AHEAD.search(ahead) is not None


def bare_company_word(w: Word) -> bool:
    """A word that can only be a company's name here (no ending that makes it a body: those
    are read as bodies already, or are kinds like 기업)."""
    return (not w.particle and not w.verbal and w.text == w.stem
            and (re.fullmatch(r"[가-힣]{2,8}", w.stem) is not None
                 or re.fullmatch(r"[A-Z][A-Za-z0-9&]{1,10}", w.stem) is not None)
            and (w.tags[:1] == ("NNP",) or not orgs.ordinary_noun(w.stem)) and not is_name(w.stem)
            and title_of(w.stem) is None and ending(w.stem) is None
            and not orgs.is_region(w.stem) and not orgs.is_place(w.stem)
            and not orgs.is_generic(w.stem) and w.stem not in countries()
            and not opens_phrase(w.stem))


def slot_body(cl: Clause, i: int) -> orgs.Mention | None:
    """Rule body-slot: "솔람건설 사장 박하늘" — a word with a body's ending, right before a
    title that can head a body of its kind and the name after it, stands where a body stands,
    as a party's slot does (건설, 공사, 은행 … are common nouns too, and Kiwi reads a company it
    does not know as common nouns); not before a title of another kind ("균형발전 위원장")."""
    w, rank = cl.words[i - 1], title_of(cl.words[i].stem)
    e = ending(w.stem)
    if e is None or rank is None or rank[1] or not rank[0].fits(w.stem, e.kind):
        return None
    return orgs.org_at(cl, i - 1, slot=True)
