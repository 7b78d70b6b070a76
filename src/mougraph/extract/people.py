"""People: a name, a title and the organisation they speak for, in every common order.

Rules (each named where it is applied):
- *name-title*: "전지용 총장" — a name (family name from ``lexicons/surnames.txt`` + 1–3
  syllables, not an ordinary word) right before a title from ``lexicons/titles.tsv``.
- *org-name-title*: "서해과기대 한재윤 총장", "(사)OO협회의 문도현 회장".
- *name-org-title*: "오세진 한빛건설 사장", "황순욱 한국과학기술정보연구원 본부장".
- *fused*: "송병준 한국드라마제작사협회장" -> 회장 of 한국드라마제작사협회 (the title swallows the
  organisation's ending: 협회+회장, 연구원+원장, 대전시+시장, 송파구청+구청장); when the fused
  part names no body ("의무원장", "산학협력단장" of a university) the whole word is the title.
- *aside*: "경복대학교(총장 전지용)", "남도경영자총협회(김철수 회장)", "(총장 Nguyen Van An)";
  "(…, 이하 공단)" also defines a short form of the organisation.
- *carry*: in a list, a person without an organisation belongs to the one named for the
  previous person ("OO협회의 A 회장, B 부회장, C 사무국장"), or to the sentence's topic
  ("OO협의회는 A 회장, B 이사가 참여했다").
- *delegation*: "가람대에서는 A 총장, B 연구부총장, C 기계공학과 교수가 참석했다" — the list after
  a body marked 에서는 (or after each of several bodies marked 에서) speaks for that body; the
  words between name and title are part of the title.
- *caption-item-body*: "좌측부터 테로스 김누리 부장, …" — in a caption's list a bare proper
  word opening an item is the person's body; *one-word-foreign-name*: "람다대학교 르안텔스
  총장"; *cut-name-in-list*: "홍수가 총장, …" (Kiwi: 홍수 + 가) ends no list.
- names the lexicons do not know (read on renamed copies of the tune articles): a foreign name
  told by a transcription's syllables (``loan_syllable``), opened by a word shaped like a
  Korean name (*name-shaped-given-name*); *brand-word* ("홍길동 LG 루미스 CTO");
  *body-glued-to-name* ("가람TV 김누리 부장, 가람TV박하늘 차장"); *given-name-도-after-title*
  ("(총장 임실도)"); *latin-spelled-name*: "제니퍼 콜(Jennifer Cole) 메이플폴스 시장" — the
  Latin spelling in brackets ends the Hangul name.
Reporters ("OOO 기자") never match: 기자 is not a title here.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import cast

from ..lexicons import countries, foreign_cities, foreign_family_names
from ..model import OrgKind
from ..morph import Word
from . import orgs
from .clause import Aside, Clause
from .cues import AGREEMENT
from .lexicon import (
    Title,
    ending,
    foreign_syllable,
    glued_name,
    is_family_name,
    is_name,
    is_two_syllable_family_name,
    title_of,
)

# a capitalised Latin word, letters with diacritics included ("José", "Müller", "Łukasz")
CAPITALISED = r"[A-ZÀ-ÖØ-ÞĀ-ž][a-zß-öø-ÿĀ-ž]+"
_LATIN_PERSON = re.compile(rf"{CAPITALISED}(?:\s{CAPITALISED}){{1,3}}")
_TOPIC = ("은", "는", "에서는", "에선")


def _name_word(stem: str) -> str | None:
    """The name a word holds, with a glued 와/과 (or 씨, "박다온씨와": Mr/Ms) cut off."""
    if len(stem) >= 3 and stem.endswith("씨") and is_name(stem[:-1]):
        return stem[:-1]
    return stem if is_name(stem) else glued_name(stem)


# a department of a body ("농업정책과 … 과장", "기획팀 … 팀장"): its head speaks for the body
# written before the department, not for the one the sentence is about
_DEPUTY_QUALIFIER = re.compile(r"제\d|행정\d?|경제|정무|문화|기획|복지|안전")
# what a university's or a hospital's deputy is in charge of ("연구부총장", "의무부원장")
_DEPUTY_DOMAIN = re.compile(r"연구|교학|대외|의무|학생|산학|진료|교육|국제|행정|기획|수석|상임")


def deputy_domain(full_title: str, title: str) -> bool:
    """"연구부총장": a deputy (부…) of a domain, who heads like any deputy of that title."""
    prefix = full_title[: -len(title)] if full_title.endswith(title) else ""
    return title.startswith("부") and _DEPUTY_DOMAIN.fullmatch(prefix) is not None
_DEPARTMENT_HEADS = {"과장": "과", "팀장": "팀", "국장": "국", "실장": "실", "계장": "계"}


@dataclass(frozen=True)
class PersonMention:
    name: str
    title: str                      # the short title (회장 for 협회장)
    full_title: str                 # the whole word when the fused part is no body (산학협력단장)
    rank: Title
    org: str | None = None          # organisation written with the person
    explicit: bool = False          # written as its own word: a non-party org excludes the person
    carried: str | None = None      # organisation of the list / sentence topic
    context: str | None = None      # organisation written before the name ("서해과기대 김 총장")
    start: int = 0
    end: int = 0
    follows: str | None = None      # the person listed right before, in the same list
    kind_word: str | None = None    # "김가람 재단 이사장": the body called by its kind only
    beside: str | None = None       # "온누리 김가람 대표": a bare word that may be the company
    stranger: str | None = None     # "가온필하모닉 박가온 단장": a proper noun that may be the body


def find_people(cl: Clause) -> list[PersonMention]:
    """Every person with a title in a clause, in text order."""
    # read once per clause: every agreement of an article and the party slots ask again
    if ("people",) not in cl.memo:
        cl.memo[("people",)] = tuple(_find_people(cl))
    return list(cast("tuple[PersonMention, ...]", cl.memo[("people",)]))


def _find_people(cl: Clause) -> list[PersonMention]:
    words = cl.words
    found: list[PersonMention] = []
    topic, topic_at = _topic(cl)
    carry, carry_at = topic, topic_at + 1
    heads = delegation_heads(cl)
    prev: tuple[str, int, str | None] | None = None
    done = -1                           # the last word a body-title-name reading took
    for i, w in enumerate(words):
        if not w.stem or i <= done:
            continue
        delegation = _delegation(cl, i)
        if delegation is not None:
            carry, carry_at = delegation, i + 1
            continue
        hit = title_of(w.stem)
        if hit is None or _titled_branch(cl, i):
            continue
        if (ahead := _body_title_name(cl, i)) is not None:
            (person, done), carry_at = ahead, ahead[1]
            found.append(person)
            carry, prev = person.org or carry, (person.name, done, person.org)
            continue
        rank, prefix = hit
        glued, prefix = _glued_latin_title(cl, i, rank, prefix)
        fused, qualified = _fused_or_qualified(cl, i, rank, prefix)
        member = _delegate(cl, heads, i, fused)
        if member is not None:
            found.append(member)
            continue
        n = glued or _name_before(cl, i) or _name_after(cl, i)
        if n is None:
            continue
        name_at, org_word, name = n
        fused = _fused_kept(cl, fused, name_at, org_word, i)
        if orgs.is_region(name) or (prefix and not fused and not qualified
                                    and _hall(prefix, w.stem)):
            continue                    # "부산 벡스코 …": a place is no person
        org, explicit, context, real_context = _written_org(cl, i, n, fused, rank)
        # rule carry: only along a list (no particle between the source and this name)
        if carry is not None and _list_broken(cl, carry_at, name_at):
            carry = None
        start, end = cl.span_of(min(name_at, i), max(name_at, i))
        title = rank.title if (fused or not prefix) else w.stem
        brand = _brand_unit(fused)
        if brand is not None:           # "AB남부고객본부장": AB's officer, the unit in the title
            org, title = brand, w.stem[len(brand):]
        shared = _shared_bodies(cl, name_at) if org is None and context is None else []
        follows, beside = _follows(cl, prev, name_at, rank), _beside_word(cl, name_at, i, org)
        for body in [*shared] if shared else [org]:    # rule shared-head: one person, n bodies
            found.append(PersonMention(name, title, w.stem, rank, body, explicit or bool(shared),
                                       None if shared else carry, context, start, end,
                                       follows, _kind_word(cl, name_at, i, org),
                                       None if context else beside,
                                       None if context else _stranger_word(cl, name_at, i, org)))
        if (explicit and org) or real_context:
            carry = context if real_context else org
        carry_at = i
        prev = (name, i, org or context)
    return _with_other_readings(cl, found)


def _with_other_readings(cl: Clause, found: list[PersonMention]) -> list[PersonMention]:
    """The people of asides, and better readings of shared endings and dotted names."""
    found = found + _aside_people(cl) + _post_name_calling(cl)
    for better in (_shared_ending_people(cl), _dotted_people(cl)):
        names = {p.name for p in better}
        found = [p for p in found if p.name not in names] + better
    spelled = _latin_spelled_people(cl)     # a reading over the same words gives way
    found = [p for p in found if not any(q.start < p.end and p.start < q.end
                                         for q in spelled)] + spelled
    return sorted(found, key=lambda p: p.start)


# rule latin-spelled-name: "제니퍼 콜(Jennifer Cole) 메이플폴스 시장", "간바트(Ganbaatar) 울란시
# 부시장" — a foreign name in Hangul, its Latin spelling in brackets (as many words as the
# Hangul), then the body's word(s) and the title: the bracket marks where the name ends
_LATIN_SPELLING = re.compile(rf"{CAPITALISED}(?:[\s-]{CAPITALISED}){{0,3}}")


def _latin_spelled_people(cl: Clause) -> list[PersonMention]:
    words, out = cl.words, []
    for aside in cl.asides:
        if not _LATIN_SPELLING.fullmatch(aside.text):
            continue
        first = aside.word + 1 - len(aside.text.split())
        if aside.word < 0 or first < 0 or any(
                words[k].particle or not re.fullmatch(r"[가-힣]{1,6}", words[k].stem)
                or title_of(words[k].stem) for k in range(first, aside.word + 1)) \
                or orgs.org_at(cl, aside.word) or orgs.is_region(words[aside.word].stem):
            continue                    # "가람대학교(Garam University)": a body's spelling
        at = next((k for k in range(aside.word + 2, min(aside.word + 5, len(words)))
                   if title_of(words[k].stem)), None)
        if at is None or any(words[k].particle or title_of(words[k].stem)
                             or _name_word(words[k].stem) for k in range(aside.word + 1, at)):
            continue
        rank, _ = cast("tuple[Title, str]", title_of(words[at].stem))
        body = " ".join(words[k].stem for k in range(aside.word + 1, at))
        name = " ".join(words[k].stem for k in range(first, aside.word + 1))
        start, end = cl.span_of(first, at)
        out.append(PersonMention(name, words[at].stem, words[at].stem, rank, body, True,
                                 start=start, end=end))
    return out


# rule post-name-calling: "가람성당 주임 한가람 신부", "성당 주임 한가람 신부", "누리교회 담임
# 김누리 목사" — a clergy post before the name, the calling after it: the calling is the
# title, the body (or its kind only) before the post the person's
_CLERGY_POSTS = frozenset("주임 부주임 보좌 담임 주지".split())
_CLERGY_KINDS = frozenset({OrgKind.NONPROFIT, OrgKind.OTHER})
_CLERGY_CALLINGS = frozenset("신부 목사 스님 사제 법사".split())


def _post_name_calling(cl: Clause) -> list[PersonMention]:
    words, found = cl.words, []
    for k in range(1, len(words) - 2):
        post = words[k]
        at = _clergy_name(words, k) if post.stem in _CLERGY_POSTS and not post.particle else None
        if at is None:
            continue
        name, calling = words[at], words[at + 1]
        before = words[k - 1]
        m = orgs.org_at(cl, k - 1) if not before.particle else None
        e = ending(before.stem)
        kind = before.stem if m is None and e is not None and e.suffix == before.stem and \
            not before.particle else None
        # "청운사 주지 혜담 스님": the temple a 주지 heads, a word ending in 사 (Kiwi: no body)
        temple = before.stem if m is None and post.stem == "주지" and not before.particle \
            and re.fullmatch(r"[가-힣]{1,4}사", before.stem) else None
        start, end = cl.span_of(k if m is None else m.first_word, at + 1)
        # a monk is titled by the post ("주지"), a priest or pastor by the calling ("신부")
        title = post.stem if calling.stem == "스님" else calling.stem
        rank = Title(title, (), _CLERGY_KINDS)
        found.append(PersonMention(name.stem, title, title, rank,
                                   m.name if m else temple, m is not None or temple is not None,
                                   None, None, start, end, kind_word=kind))
    return found


def _clergy_name(words: list[Word], k: int) -> int | None:
    """Where the name is after the clergy post at word ``k``: right after it, or after a
    baptismal name ("주임 안드레아 김가온 신부"); a monk's dharma name is of two syllables and
    no Korean name ("주지 혜담 스님")."""
    for at in (k + 1, k + 2):
        if at + 1 >= len(words):
            return None
        name, calling = words[at], words[at + 1]
        if at == k + 2 and (words[k + 1].particle or not _foreign_word(words[k + 1])):
            return None
        named = is_name(name.stem) or (calling.stem == "스님"
                                       and re.fullmatch(r"[가-힣]{2}", name.stem) is not None)
        if not name.particle and calling.stem in _CLERGY_CALLINGS and named and \
                title_of(name.stem) is None:
            return at
    return None


def _fused_kept(cl: Clause, fused: str | None, name_at: int, org_word: int | None,
                i: int) -> str | None:
    """The body fused into the title, unless it is a unit or department of a body written
    with the name ("가람대학교 홍길동 대외협력본부장", "홍길동 가람대 국제처장": 가람대's)."""
    if fused is not None and (_unit_of_context(cl, fused, min(name_at, i))
                              or (org_word is not None and department_name(fused))):
        return None
    return fused


# what stands between a title and the name after it as part of the function ("이사장 직무대행
# 최다솜"), and what follows the name as a calling, not a function ("부단장 최가온 교수")
_ACTING = frozenset({"직무대행", "권한대행", "대행", "겸"})
_CALLINGS = frozenset({"교수", "박사", "목사", "신부", "스님", "장로", "변호사", "회계사", "세무사",
                       "노무사", "변리사", "약사", "의사", "씨", "님",
                       # ranks: "제7보병사단장 박다온 소장" (소장, major general, is no head here)
                       "준장", "소장", "중장", "대장", "대령", "중령", "소령", "대위", "원사",
                       "총경", "경정", "경감", "경무관", "치안감", "소방정", "소방령", "소방감",
                       "소방준감"})


def _body_title_name(cl: Clause, i: int) -> tuple[PersonMention, int] | None:
    """Rule body-title-name: "한빛정밀 대표이사 김한빛", "가온대 산학협력단 부단장 최가온 교수",
    "한빛전자 대표이사 사장 박한빛이", "다솜재단 이사장 직무대행 최다솜은" — a body (no
    particle), the officer's function (a title, with 겸 or 직무대행 or a second title), then the
    name and maybe a calling: the person of that body, the function their title. Returns the
    person and the last word read."""
    words = cl.words
    k, parts = i + 1, [words[i].stem]
    while k < len(words) and not words[k - 1].particle and words[k].stem and \
            not is_name(words[k].stem) and not orgs.DOTS.search(words[k].stem) and (
                words[k].stem in _ACTING or (
                title_of(words[k].stem) is not None and words[k].stem not in _CALLINGS)):
        parts.append(words[k].stem)
        k += 1
    if k >= len(words) or words[k - 1].particle not in ("", "인") or \
            words[k - 1].text.endswith(",") or \
            cl.offset(words[k].start) == cl.offset(words[k - 1].end - 1) + 1:
        return None                 # ("회장최다온 누리대학교 총장": a page that lost a space)
    # ("누리전자 대표이사 사장인 김누리 씨": the function in apposition, closed by 인)
    name = _name_word(words[k].stem)
    if name is None or len(name) < 3 or parts[-1] in ("겸",):
        return None
    last = k
    if k + 1 < len(words) and not words[k].particle and not words[k].text.endswith(",") and \
            title_of(words[k + 1].stem) is not None:
        if words[k + 1].stem not in _CALLINGS:
            return None             # "총장 홍길동 회장": the name belongs to the next title
        last = k + 1
    body = _body_before_title(cl, i)
    if body is None and len(parts) == 1 and last == k:
        return None                 # "총장 홍길동": rule title-name reads it
    # ("산학협력단장 김누리 교수": the function is the title, 교수 a calling)
    rank, prefix = title_of(words[i].stem)                              # type: ignore[misc]
    # with no body before, the body fused into the title ("육군 제7보병사단장 박다온 소장")
    fused = _fused_or_qualified(cl, i, rank, prefix)[0] if body is None and prefix else None
    title = " ".join(parts) if len(parts) > 1 else (
        rank.title if not prefix or fused else words[i].stem)
    start, end = cl.span_of(max(i - 1, 0) if body else i, last)
    return PersonMention(name, title, words[i].stem if len(parts) == 1 else title, rank,
                         body or fused, body is not None or " " in (fused or ""), None, body,
                         start, end), last


def _body_before_title(cl: Clause, i: int) -> str | None:
    """The body written right before the title at word ``i`` ("한빛정밀 대표이사 …"): a name of
    a body, or a word that can only be a company's (not a 2–3 syllable personal name)."""
    if i == 0:
        return None
    w = cl.words[i - 1]
    if w.particle or w.verbal or not w.stem or title_of(w.stem) is not None:
        return None
    m = orgs.org_at(cl, i - 1)
    if m is not None:
        return m.name
    if is_name(w.stem) and not _long_name(w.stem):
        return None                 # "김한빛 대표이사 박누리": two people, no body
    if _bare_company_word(w) or _proper_body(cl, i - 1) or (is_name(w.stem) and _long_name(w.stem)):
        return w.stem
    return None


def _follows(cl: Clause, prev: tuple[str, int, str | None] | None, name_at: int,
             rank: Title) -> str | None:
    """The person listed right before (rule colleague): along a list, or joined by 와/과
    when this title can head the body written with that person ("홍길동 가온시장과 최다온
    일자리정책관": a city's officer; "… 가온시장과 김누리 연구부총장" is not)."""
    if prev is None:
        return None
    if not _list_broken(cl, prev[1], name_at):
        return prev[0]
    body = prev[2]
    joined = body is not None and not _list_broken(cl, prev[1], name_at, joined=True)
    return prev[0] if joined and rank.fits(body, orgs.kind_of(body)) else None  # type: ignore[arg-type]


def _dotted_people(cl: Clause) -> list[PersonMention]:
    """Rule dotted: people joined by a middle dot, which Kiwi reads as one word —
    "이한결·정다솜 한빛모빌리티 공동대표" (names sharing a body and title), "누리대 박누리
    총장·김다솜 부총장" (the next person's name glued to a title; both of the body before)."""
    out: list[PersonMention] = []
    words = cl.words
    for k, w in enumerate(words):
        parts = orgs.DOTS.split(w.stem)
        if len(parts) != 2 or w.particle or k + 1 >= len(words):
            continue
        if all(is_name(x) for x in parts):
            out += _names_sharing_a_title(cl, k, parts)
        elif k > 0 and is_name(parts[0]) and title_of(parts[1]) is not None and \
                title_of(words[k - 1].stem) is not None and is_name(words[k + 1].stem):
            out += _titles_before_dotted_names(cl, k, parts)
        elif k > 0 and is_name(parts[1]) and _plain_title(parts[0]) and \
                is_name(words[k - 1].stem) and not words[k - 1].particle and \
                _plain_title(words[k + 1].stem):
            start, end = cl.span_of(k - 1, k + 1)
            body = _context(cl, k - 1)
            for name, title in ((words[k - 1].stem, parts[0]), (parts[1], words[k + 1].stem)):
                rank = title_of(title)[0]                               # type: ignore[index]
                out.append(PersonMention(name, title, title, rank, body, body is not None,
                                         None, body, start, end))
    return out


def _titles_before_dotted_names(cl: Clause, k: int, parts: list[str]) -> list[PersonMention]:
    """Rule dotted-title-name: "가온대 총장 김누리·누리시장 박다온" — body, title, name, a dot,
    then the next person's title (a body fused in it or not) and name."""
    words = cl.words
    body = _body_before_title(cl, k - 1)
    rank, prefix = title_of(words[k - 1].stem)                          # type: ignore[misc]
    start, end = cl.span_of(k - 2 if body else k - 1, k)
    out = [PersonMention(parts[0], rank.title if not prefix else words[k - 1].stem,
                         words[k - 1].stem, rank, body, body is not None, None, body, start, end)]
    rank, prefix = title_of(parts[1])                                   # type: ignore[misc]
    fused = prefix + rank.fuse[0] if prefix and rank.fuse else None
    if fused is not None and not (orgs.looks_like_org(fused) or orgs.is_place(fused)):
        return out
    title = rank.title if fused or not prefix else parts[1]
    start, end = cl.span_of(k, k + 1)
    return out + [PersonMention(words[k + 1].stem, title, parts[1], rank, fused, fused is not None,
                                None, None, start, end)]


def _plain_title(word: str) -> bool:
    """A title that swallows no body ("총장", "부총장", "공동대표")."""
    hit = title_of(word)
    return hit is not None and (not hit[1] or hit[1] in ("부", "공동", "상임", "명예"))


def _names_sharing_a_title(cl: Clause, k: int, names: list[str]) -> list[PersonMention]:
    """"이한결·정다솜 (한빛모빌리티) 공동대표": each name with the title (and body) after them."""
    words = cl.words
    t = k + 1 if _plain_title(words[k + 1].stem) else k + 2
    if t >= len(words) or not _plain_title(words[t].stem) or \
            (t == k + 2 and (words[k + 1].particle or words[k + 1].verbal)):
        return []
    if t == k + 2:
        m = orgs.org_at(cl, k + 1)
        body: str | None = m.name if m else words[k + 1].stem
        if m is None and not (_proper_body(cl, k + 1) or orgs.looks_like_org(
                words[k + 1].stem, words[k + 1].tags, slot=True)
                or (words[t].stem in COMPANY_HEADS or title_of(words[t].stem)[0].title  # type: ignore[index]
                    in COMPANY_HEADS) and not orgs.ordinary_noun(words[k + 1].stem)):
            return []
    else:
        body = _context(cl, k)
    rank = title_of(words[t].stem)[0]                                   # type: ignore[index]
    start, end = cl.span_of(k, t)
    return [PersonMention(n, words[t].stem, words[t].stem, rank, body, body is not None, None,
                          body, start, end) for n in names]


# rule delegation: "가람대에서는 A 총장, B 연구부총장, C 기계공학과 교수가 참석했다" — the
# people listed after a body marked 에서는 (or after each of several bodies marked 에서) speak
# for it, whatever department their title names; the whole item after the name is the title
_HEAD_PARTICLES = ("에서는", "에선", "에서도", "측에서는")
_ITEM_WORDS = 6


def delegation_heads(cl: Clause) -> dict[int, str]:
    """Words that head a delegation list: a body marked 에서는 right before a name; a body
    marked 에서 counts only where the sentence lists several delegations that way (a single
    "가람시청에서 A 시장과 B 대표가" names the venue)."""
    words = cl.words
    topic: dict[int, str] = {}
    plain: dict[int, str] = {}
    for k, w in enumerate(words[:-1]):
        if w.particle not in (*_HEAD_PARTICLES, "에서") or not is_name(words[k + 1].stem):
            continue
        m = _side_of(cl, k)
        if m is None:
            continue
        (plain if w.particle == "에서" else topic)[k] = m.name
    return topic | (plain if len(plain) >= 2 else {})


def _delegate(cl: Clause, heads: dict[int, str], i: int, fused: str | None
              ) -> PersonMention | None:
    """Rule delegation: the person whose title is word ``i``, in the list of a head."""
    unit = ending(fused) if fused is not None else None
    if fused is not None and not (unit is not None and unit.unit) and not department_name(fused):
        return None                 # "가람시장": the title names a body of its own
    # ("기획처장", "기획조정실장": a department of the delegation's body stays in the list)
    head = max((h for h in heads if h < i), default=None)
    if head is None or _list_broken(cl, head + 1, i, joined=True):
        return None
    words = cl.words
    first = i
    while first > head + 1 and i - first < _ITEM_WORDS and words[first - 1].stem and \
            not _ends_item(words[first - 1]):
        first -= 1
    if first == i or not is_name(words[first].stem) or \
            any(_ends_item(words[k]) for k in range(first, i)):
        return None
    parts = [words[k].text for k in range(first + 1, i)] + [words[i].stem]
    title = " ".join(parts)
    start, end = cl.span_of(first, i)
    name = words[first].stem + words[first].particle if _tail_cut_name(words[first]) \
        else words[first].stem
    return PersonMention(name, title, title, title_of(words[i].stem)[0],  # type: ignore[index]
                         None, False, heads[head], None, start, end)


def _ends_item(w: Word) -> bool:
    """A word after which a new item of a delegation list starts: a comma, a particle
    ("A 원장을 비롯해 B 부원장"), a title."""
    return w.text.endswith(",") or (bool(w.particle) and not _department_word(w)
                                    and not _tail_cut_name(w)) or title_of(w.stem) is not None


def _delegation(cl: Clause, i: int) -> str | None:
    """Rule carry: "가람대에서는 A 총장, B 부총장 …": the body a delegation list is from."""
    w = cl.words[i]
    if w.particle not in ("에서는", "에선", "측에서는", "에서도"):
        return None
    m = _side_of(cl, i)
    return m.name if m is not None else None


def _side_of(cl: Clause, k: int) -> orgs.Mention | None:
    """The body that heads a delegation at word ``k``: "가람재단에서는", "가람재단 측에서"."""
    if cl.words[k].stem == "측" and k > 0 and not cl.words[k - 1].particle:
        return orgs.org_at(cl, k - 1)
    return orgs.org_at(cl, k)


# "A, B, C 등 세 개 기업의 홍길동 대표이사", "가람·누리·다솜 3사의 홍길동 대표이사"
_BODIES_NOUN = re.compile(r"(?:\d+)?(?:개\s?)?(?:기업|기관|회사|업체|법인|단체|계열사|사|곳)")
_COUNT_WORD = re.compile(r"\d+개?|[한두세네]|다섯|여섯|일곱|여덟|아홉|열|개|등")


def _shared_bodies(cl: Clause, name_at: int) -> list[str]:
    """Rule shared-head: the bodies listed before "… N개 기업의" whose one head is the person."""
    words = cl.words
    k = name_at - 1
    if k < 1 or words[k].particle != "의" or not _BODIES_NOUN.fullmatch(words[k].stem):
        return []
    k -= 1
    while k >= 0 and not words[k].particle and _COUNT_WORD.fullmatch(words[k].stem):
        k -= 1
    items: list[str] = []
    while k >= 0 and words[k].stem and not words[k].verbal and \
            (not words[k].particle or words[k].text.endswith(",")):
        parts = orgs.list_parts(words[k].stem) or orgs.DOTS.split(words[k].stem)
        items[:0] = [x for x in parts if x]
        k -= 1
        while k >= 0 and not words[k].stem and words[k].particle == ",":
            k -= 1
    if len(items) < 2 or any(title_of(x) or orgs.is_region(x) for x in items):
        return []
    return items


def _brand_unit(fused: str | None) -> str | None:
    """"AB남부고객본부": a unit glued to a Latin brand is the brand's; the brand is returned."""
    m = re.fullmatch(r"([A-Z][A-Za-z&]*)([가-힣]{2,})", fused or "")
    if m is None:
        return None
    e = ending(m.group(2))
    return m.group(1) if e is not None and e.unit and not orgs.is_bare_unit(m.group(2)) \
        else None


def _fused_or_qualified(cl: Clause, i: int, rank: Title, prefix: str) -> tuple[str | None, bool]:
    """What stands before the title in its word: the organisation it swallowed (rule fused:
    "대전시장"), or a deputy's qualifier ("제1부시장", "행정2부지사", "경제부시장")."""
    qualified = (bool(prefix) and rank.title.startswith("부") and
                 _DEPUTY_QUALIFIER.fullmatch(prefix) is not None) or \
        prefix == "부"                  # "부위원장", "부센터장": a deputy, no body "부위원회"
    fused = _fused(cl, i, rank, prefix) if prefix and not qualified else None
    return fused, qualified


def _unit_of_context(cl: Clause, fused: str, name_at: int) -> bool:
    """The fused part is a bare unit ("대외협력본부") and a body is written before the name: the
    person is that body's officer, the whole word their title (GUIDELINES: units)."""
    return department_name(fused) and _context(cl, name_at) is not None


def department_name(fused: str) -> bool:
    """"대외협력본부", "국제처", "기획조정실": one word naming a unit or department of a body."""
    e = ending(fused)
    department = e is not None and (e.unit or e.suffix in _DEPARTMENT_ENDINGS)
    return (department and " " not in fused and not orgs.is_bare_unit(fused)) or \
        _ROLE_COMMITTEE.fullmatch(fused) is not None


# a body's own committee named by its role only ("홍길동 한빛협회 운영위원장": 한빛협회's officer)
_ROLE_COMMITTEE = re.compile(r"(?:운영|조직|추진|집행|기획|자문|이사|발전|평가|윤리|인사)위원회")


# endings of a body's departments ("가람시청 홍길동 기획조정실장": 가람시청's officer)
_DEPARTMENT_ENDINGS = {"조정실", "비서실", "실", "국", "처", "부"}


def _hall(prefix: str, word: str) -> bool:
    """"제1전시장": a hall, not a title ("제3포병여단장" is one: a numbered unit's head)."""
    return word.endswith("전시장") or (bool(re.match(r"제\s?\d", prefix))
                                       and word.endswith("시장"))


def _written_org(cl: Clause, i: int, n: tuple[int, int | None, str], fused: str | None,
                 rank: Title) -> tuple[str | None, bool, str | None, bool]:
    """The organisation written with the person whose title is word ``i`` and name is ``n``:
    (organisation, written as its own word, organisation written before, that one is real)."""
    name_at, org_word, name = n
    org, explicit = None, False
    if fused is not None:                          # rule fused
        org = fused
        explicit = " " in fused                    # "한국과학기술원 문화기술대학원장"
    elif org_word is not None:                     # rule name-org-title
        m = orgs.org_at(cl, org_word) or orgs.brand_at(cl, org_word)
        if m is not None and m.first_word <= name_at + name.count(" "):
            m = None                    # "바트바야르 누리대": a body read with the name in it
        latin = _latin_body(cl, org_word, name_at + name.count(" "))
        # "존 스미스 마이크로소프트 아시아 부사장": every word between the name and the title
        between = " ".join(w.stem for w in cl.words[name_at + name.count(" ") + 1:org_word + 1])
        org = m.name if m else latin or between or cl.words[org_word].stem
        explicit = True
    # rule org-name-title (or org-title-name)
    context = _context(cl, min(name_at, i))
    if org is None and context is None and name_at < i:
        context = _company_in_slot(cl, name_at, i) or _company_of_head(cl, name_at, i)
    dept = _department(cl, min(name_at, i), rank.title)
    if dept is not None and org is None:
        context = dept
    real_context = context is not None and context != _coined(cl, name_at)
    if org is None and real_context:
        org, explicit = context, True
    return org, explicit, context, real_context


_LOCAL_KINDS = frozenset("시 군 구 도".split())


def _kind_word(cl: Clause, name_at: int, i: int, org: str | None) -> str | None:
    """Rule kind-word: "김가람 재단 이사장", "박누리 시 경제국장" — between the name and the title
    stands only the kind of body the person's party is (its name's ending)."""
    if org is not None or name_at != i - 2:
        return None
    w = cl.words[i - 1]
    e = ending(w.stem)
    kind = w.stem in _LOCAL_KINDS or (e is not None and e.suffix == w.stem and len(w.stem) >= 2)
    return w.stem if kind and not w.particle and not w.verbal else None


def _coined(cl: Clause, name_at: int) -> str | None:
    """"첨단소재융합MC 윤태섭 회장": a coined unit name right before the name."""
    if name_at == 0:
        return None
    prev = cl.words[name_at - 1]
    return prev.stem if re.search(r"[가-힣][A-Z]{2,}$", prev.stem) else None


def _context(cl: Clause, name_at: int) -> str | None:
    """"서해과기대 한재윤 총장", "OO협회의 문도현 회장", "남해국립대 소재·화학ICC 민경호 센터장"."""
    words = cl.words
    coined = None
    for back in (1, 2):
        k = name_at - back
        if k < 0:
            break
        prev = words[k]
        # (a body Kiwi reads as a verb, "누리시다문화가족지원센터" as 누리 + 시 + 다, counts)
        verb = prev.verbal and orgs.org_at(cl, k) is None
        if not prev.stem or verb or (is_name(prev.stem) and not cl.marked(k)
                                     and not _school_before_name(cl, k, name_at)) or \
                title_of(prev.stem):
            break
        if prev.particle not in ("", "의"):
            break
        m = orgs.org_at(cl, k)
        if m is not None:
            return m.name
        if back == 1:
            coined = _coined(cl, name_at)
        if prev.particle:
            break
    return coined or _caption_item_body(cl, name_at)


def _school_before_name(cl: Clause, k: int, name_at: int) -> bool:
    """Rule school-reads-as-name: "한솔대 남다솜 부총장" — a short school name that also reads
    as a name (한 + 솔대) right before a name is the body, as in ``_two_names``."""
    w = cl.words[k]
    return k == name_at - 1 and not w.particle and w.stem.endswith("대") and \
        is_name(cl.words[name_at].stem) and orgs.looks_like_org(w.stem, w.tags)


_CAPTION_OPEN = re.compile(r"좌|우|왼쪽|오른쪽|좌측|우측")
_BARE_BODY = re.compile(r"[가-힣A-Za-z][가-힣A-Za-z&]{1,9}")
_PROPER = {("NNP",), ("SL",)}                   # read as a proper noun or Latin in its sentence


def _caption_item_body(cl: Clause, name_at: int) -> str | None:
    """Rule caption-item-body: "좌측부터 가온솔 김누리 부장, Briix 박다솜 팀장": in a caption's
    list (opened by 왼쪽부터, 좌측부터 …) a bare word Kiwi reads as a proper noun (or Latin)
    opening an item, right before the name, is the person's body though it has no ending."""
    k = name_at - 1
    if k < 1:
        return None
    prev, before = cl.words[k], cl.words[k - 1]
    if not (_caption_opens(before) or (not before.stem and before.particle.startswith(","))):
        return None
    stem = prev.stem
    if prev.particle or prev.verbal or not _BARE_BODY.fullmatch(stem) or is_name(stem) or \
            title_of(stem) or orgs.is_region(stem) or orgs.is_place(stem) or \
            stem in countries() or orgs.is_generic(stem) or \
            (prev.tags[:1] not in _PROPER and orgs.ordinary_noun(stem)
             and not _glued_to_a_name_elsewhere(cl, stem)):
        return None
    return stem if any(_caption_opens(w) for w in cl.words[:k]) else None


def _glued_to_a_name_elsewhere(cl: Clause, stem: str) -> bool:
    """"늘초 김누리 부장, 늘초박하늘 차장": the word is a body the list writes glued to a name
    (rule body-glued-to-name), though Kiwi knows it as a common word."""
    return any(w.stem.startswith(stem) and len(w.stem) == len(stem) + 3
               and is_name(w.stem[len(stem):]) for w in cl.words)


def _caption_opens(w: Word) -> bool:
    return w.particle in ("부터", "에서부터") and _CAPTION_OPEN.fullmatch(w.stem) is not None


def _glued_latin_title(cl: Clause, i: int, rank: Title, prefix: str
                       ) -> tuple[tuple[int, int | None, str] | None, str]:
    """Rule glued-latin-title: "가온TV 김가람PD", "박누리CEO" — a Korean name written together
    with a title in Latin capitals; the name is the word's Hangul part (and no prefix of the
    title: the title is the Latin one)."""
    if not prefix or not re.fullmatch(r"[A-Z]{2,4}", rank.title) or not is_name(prefix) \
            or cl.words[i].stem != prefix + rank.title:
        return None, prefix
    return (i, None, prefix), ""


def _department(cl: Clause, name_at: int, title: str) -> str | None:
    """"경상남도 농업정책과 박지훈 과장": the body whose department the person heads."""
    unit = _DEPARTMENT_HEADS.get(title)
    if unit is None or name_at < 2:
        return None
    dept = cl.words[name_at - 1]
    if not dept.text.endswith(unit) or len(dept.text) < 3 or dept.text.endswith(","):
        return None
    body = cl.words[name_at - 2]
    if body.particle or not body.stem:
        return None
    m = orgs.org_at(cl, name_at - 2)
    if m is not None:
        return m.name
    return body.stem if orgs.is_region(body.stem) or orgs.is_place(body.stem) else None


def _list_broken(cl: Clause, start: int, end: int, joined: bool = False) -> bool:
    """A particle between two people ends the list, except "A를 비롯해 B, C" (and, in a
    delegation's list, 와/과 after a title: "누리대 측에서는 A 총장과 B 부총장이")."""
    words = cl.words
    for k in range(start, end):
        w = words[k]
        if not w.particle or w.text == "," or _department_word(w) or cut_name_before_title(cl, k):
            continue
        if joined and w.particle in ("와", "과") and title_of(w.stem) is not None:
            continue
        if w.particle in ("을", "를") and k + 1 < end and words[k + 1].stem.startswith("비롯"):
            continue
        if w.stem.startswith("비롯"):
            continue
        return True
    return False


def cut_name_before_title(cl: Clause, k: int) -> bool:
    """Rule cut-name-in-list: "홍수가 총장, …": a name whose last syllable Kiwi cut as a
    particle (홍수 + 가), right before its title, ends no list."""
    words = cl.words
    if not _tail_cut_name(words[k]):
        return False
    for n in range(k + 1, min(k + 5, len(words))):     # "손지가 우주 항공공학과 교수"
        if title_of(words[n].stem) is not None:
            return True
        if words[n].text.endswith(",") or (words[n].particle and not _department_word(words[n])):
            return False
    return False


def _department_word(w: Word) -> bool:
    """"기계공학과": Kiwi cuts the 과 of a department as a particle."""
    return w.particle == "과" and w.stem.endswith("학") and len(w.stem) >= 3


def _topic(cl: Clause) -> tuple[str | None, int]:
    """The organisation a sentence is about when it opens with one ("OO협의회는 …")."""
    for i, w in enumerate(cl.words[:4]):
        if w.particle in _TOPIC:
            m = orgs.org_at(cl, i)
            return (m.name if m else None), i
        if w.particle:
            return None, 0
    return None, 0


def _fused(cl: Clause, i: int, rank: Title, prefix: str) -> str | None:
    """Rule fused: the organisation inside "OO협회장" / "대전시장", extended leftwards."""
    endings = rank.fuse or ("",)
    candidate = _place_branch(rank, prefix) or prefix + endings[0]
    # "다라동 주민자치회장": a body named only with the place before it
    needs_place = ending(candidate) is not None and not orgs.looks_like_org(candidate) \
        and not orgs.is_place(candidate)
    if not (orgs.looks_like_org(candidate) or orgs.is_place(candidate) or needs_place):
        return None
    # "헨티도지사", "도르노고비도지사": a province the gazetteer does not know (every Korean
    # one it does), fused with its governor's title, is a foreign one and names itself
    foreign_place = needs_place and rank.fuse == ("도",) and len(prefix) >= 2 and \
        not orgs.is_known_form(candidate)
    # "한국과학기술원 문화기술대학원장", "솔내면 이장협의회장": the words before belong to it
    words = cl.words
    j = i - 1
    parts = [candidate]
    unit = ending(candidate)
    while j >= 0 and not words[j].particle and words[j].stem and not words[j].verbal:
        prev = words[j].stem
        if _street_or_place(prev) and not is_name(prev) and not _foreign_given(cl, j):
            parts.insert(0, prev)
        elif len(parts) == 1 and orgs.event_committee(prev, candidate):
            parts.insert(0, prev)       # "가온축제 운영위원장": the event's committee
            break
        elif unit is not None and unit.unit and orgs.looks_like_org(prev, words[j].tags):
            parts.insert(0, prev)
            break
        else:
            break
        j -= 1
    if needs_place and len(parts) == 1 and not foreign_place:
        return None
    return " ".join(parts)


# heads of a branch named after its place: "가람군지부장" heads 가람군지부, not 가람군
BRANCH_HEADS = frozenset({"지부장", "지점장", "지사장", "지회장", "지국장"})


def _place_branch(rank: Title, prefix: str) -> str | None:
    """Rule place-branch: "홍길동 가온농협 가람군지부장": the place fused with a branch head's
    title names the branch (가람군지부, a unit of the body before it), not the place's
    government."""
    if rank.title not in BRANCH_HEADS:
        return None
    branch = rank.title[:-1]
    for k in range(2, len(prefix) - 1):
        # "농협가람군지부장": a body glued to the place of its branch
        head, place = prefix[:k], prefix[k:]
        if orgs.is_place(place) and (orgs.is_known_form(head) or orgs.looks_like_org(head)):
            return f"{head} {place}{branch}"
    if orgs.is_place(prefix) or orgs.is_region(prefix) or prefix in _BRANCH_REGIONS:
        return prefix + branch
    return None


# areas wider than one province that name a body's branches ("누리전력 호남지사장"), no
# places of their own to stand before a name
_BRANCH_REGIONS = frozenset("""충청 호남 영남 수도권 경인 영동 영서 충청권 호남권 영남권 대경권
동남권 서남권 중부 남부 북부 서부 동부""".split())


def _name_before(cl: Clause, i: int) -> tuple[int, int | None, str] | None:
    """Where the name of the title at word ``i`` is: (name word, organisation word, name)."""
    words = cl.words
    latin = _latin_name_before(cl, i) or _transcribed_before(cl, i) or _name_latin_body(cl, i)
    if latin is not None:
        return latin
    set_apart = _name_comma_title(cl, i) or _body_glued_to_name(cl, i) or _name_and_syllable(cl, i)
    if set_apart is not None:
        return set_apart
    j = i - 1
    if j >= 0 and title_of(words[i].stem)[1] and _lone_foreign_surname(cl, j):   # type: ignore[index]
        return j, None, words[j].stem       # "다나카 사쿠라시장": before a fused title
    if j >= 1 and title_of(words[i].stem)[1] and _foreign_given(cl, j):   # type: ignore[index]
        return j - 1, None, f"{words[j - 1].stem} {words[j].stem}"   # "다나카 히로시 가람시장"
    if _surname_after_body(cl, j):
        return j, None, words[j].stem       # "가람대 스미스 부총장"
    skipped = 0
    while j >= 0 and skipped <= 2:
        w = words[j]
        if j == i - 1 and _tail_cut_name(w):
            return j, None, w.stem + w.particle      # Kiwi cut a name like "박O인" into 박O + 인
        if j == i - 1 and _family_name_only(w):
            return None     # "한솔대 김 총장": a family name alone; the word before is no name
        if w.particle == "과" and j == i - 1 and w.stem.endswith("학"):
            skipped += 1            # "항공공학과 교수": a department Kiwi cut as 항공공학 + 과
            j -= 1
            continue
        if skipped and _tail_cut_name(w):
            return j, None, w.stem + w.particle     # "표미란 솔내면 …센터장": 표미 + 란
        if not w.stem or w.particle:
            return None
        pair = _two_names(cl, i, j)
        if pair is not None:
            return pair
        # (a transcription after a brand is the brand's second word when a name is before
        # it: "홍길동 AB 루미스 CTO", not "가람대학교 르안텔스 총장")
        brand = orgs.brand_at(cl, j) if j > 0 and (
            is_name(w.stem) or j == i - 1 and _transcribed_alone(cl, j)) else None
        owner = _name_before_org(cl, j, brand.first_word) \
            if brand is not None and brand.first_word < j else None
        if owner is not None:
            return owner            # "홍길동 AB 유플러스 CTO" (but "AB 홍길동 상무": a name)
        if _name_at(cl, j) and not _noun_in_phrase(cl, j, skipped):
            if skipped == 1 and j + 1 == i - 1 and (_proper_body(cl, j + 1) or orgs.looks_like_org(
                    words[j + 1].stem, words[j + 1].tags, slot=True)
                    or _company_before_its_head(cl, j, i)):
                return j, j + 1, w.stem     # "한지민 마바소프트 대표": a bare company name
            return j, None, w.stem   # Kiwi may read a name as a verb (박찬구 -> 박차/VV ᆫ 구)
        k = orgs.org_at(cl, j)
        if w.verbal and k is None:
            return None             # (a body Kiwi reads as a verb, "가온새마을금고", still counts)
        if k is not None or orgs.looks_like_org(w.stem, w.tags, cl.marked(j)) or \
                (j == i - 1 and _branch_word(w.stem)):
            return _name_before_org(cl, _brand_goes_on(cl, j, i), k.first_word if k else j)
        if j == i - 1 and _transcribed_alone(cl, j):
            return j, None, w.stem
        # "차민규 IPP 산학협력 교수": words of a long title between name and title
        skipped += 1
        j -= 1
    return None


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
    if _name_after(cl, i) is not None:
        return None
    return n, org_word, w.stem


def _family_name_only(w: Word) -> bool:
    """Rule family-name-only: "김 총장", read as a proper noun (not "전 총장": former)."""
    return not w.particle and w.tags == ("NNP",) and is_family_name(w.stem)


def _transcribed_alone(cl: Clause, j: int) -> bool:
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




# "김가온 가온지사 회장": a branch named after its place, between a name and a title (its
# head's title is the one after it; "가온지사" alone would be a governor)
_BRANCH_WORD = re.compile(r"[가-힣]{2,8}(?:지사|지점|지국|지회|지부|지청)")


def _branch_word(stem: str) -> bool:
    return _BRANCH_WORD.fullmatch(stem) is not None and not orgs.is_region(stem)


def _titled_branch(cl: Clause, i: int) -> bool:
    """Word ``i`` is a branch followed by its head's title ("가온지사 회장"), not a title."""
    w = cl.words[i]
    return _branch_word(w.stem) and not w.particle and i + 1 < len(cl.words) and \
        title_of(cl.words[i + 1].stem) is not None


def _foreign_given(cl: Clause, k: int) -> bool:
    """Word ``k`` is a given name after a foreign family name written alone ("다나카 히로시"),
    though it may read as a place (히로시 ends like a city)."""
    w = cl.words[k]
    return (k >= 1 and not w.particle and w.tags[:1] == ("NNP",)
            and re.fullmatch(r"[가-힣]{2,4}", w.stem) is not None and not orgs.is_region(w.stem)
            and title_of(w.stem) is None and not is_name(w.stem)
            and _lone_foreign_surname(cl, k - 1))


# syllables of transcriptions that Korean given names hardly use, besides those of
# ``foreign_syllable``: the vowel ㅔ after any consonant but ㅅ/ㅈ ("로페즈", "케툿", "엘레나"),
# ㅋ before any vowel ("카를로스"), ㅌ before any vowel but ㅐ ("토마스", not 태), ㅍ before
# any vowel but ㅕ/ㅛ ("파블로", not 평/표)
_E_VOWEL, _KIEUK, _TIEUT, _PIEUP = 5, 15, 16, 17


def loan_syllable(ch: str) -> bool:
    """A syllable that marks a Hangul word as a transcription ("스", "뚜", "페", "카", "토")."""
    if foreign_syllable(ch):
        return True
    code = ord(ch) - 0xAC00
    if not 0 <= code < 11172:
        return False
    initial, vowel = code // 588, code % 588 // 28
    return (vowel == _E_VOWEL and initial not in (9, 12)) or initial == _KIEUK or \
        (initial == _TIEUT and vowel != 1) or (initial == _PIEUP and vowel not in (6, 12))


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
            and title_of(w.stem) is None and ending(w.stem) is None
            and not orgs.is_region(w.stem) and not orgs.is_place(w.stem)
            and w.stem not in countries() and w.stem not in foreign_cities())


def _transcribed_before(cl: Clause, i: int) -> tuple[int, int | None, str] | None:
    """Rule foreign: "데이비드 스미스 ABU 총장", "누리섬대학교 마리아 엘레나 로페즈 부총장" — two to
    four words transcribing a foreign name (at least one syllable no Korean name has), set off
    by a comma, a particle or a body, before the title or before the body and the title."""
    words = cl.words
    end, org_word = i - 1, None
    division = end >= 2 and _DIVISION.fullmatch(words[end].text) is not None
    if division:
        end -= 1                # "… AB Korea 교육사업부문 부사장": the division is the title's
    if end >= 1 and (_ACRONYM.fullmatch(words[end].stem) or orgs.org_at(cl, end)):
        m = orgs.org_at(cl, end)
        org_word, end = end, (m.first_word if m else end) - 1
    elif end >= 1 and _latin_body(cl, end) and not words[end].particle:
        org_word, end = end, _latin_run(cl, end) - 1     # "존 밀러 AB Korea 대표"
    if division and org_word is None:
        return _name_foreign_body(cl, end)      # the word before the division is the body
    found = _family_first_run(cl, end) if org_word is not None else None
    if found is None and org_word is not None and words[end].tags == ("NNP",) and \
            not any(foreign_syllable(c) for c in words[end].stem):
        found = _transcribed_run(cl, end - 1)          # "… 하이퐁 국립가람대학교 총장": a city
    found = found or _transcribed_run(cl, end)
    if found is None and org_word is None:
        return _name_foreign_body(cl, end)
    if found is not None and org_word is None and _company_closes_run(cl, i, found):
        return found[0], end, found[1].rsplit(" ", 1)[0]
    return (found[0], org_word, found[1]) if found else None


def _company_closes_run(cl: Clause, i: int, found: tuple[int, str]) -> bool:
    """Rule company-closes-run: "안나 칼손 하늘셀 최고경영자" — three transcribed words before a
    company head's title are a name of two and the company, the last a proper noun of three
    syllables or more (a company's name, not a one- or two-syllable given name)."""
    run = found[1].split(" ")
    last = cl.words[i - 1]
    return len(run) == 3 and cl.words[i].stem in COMPANY_HEADS and len(last.stem) >= 3 and \
        all(len(w) >= 2 for w in run[:2]) and _foreign_body_word(last)


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


# Hangul forms of the words that close a foreign body's name (as ``_LATIN_BODY_WORDS``)
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
        if prev is not None and not (prev.particle or orgs.org_at(cl, first - 1)
                                     or prev.text.endswith(",") or _opens_phrase(prev)):
            return None
        return first, " ".join(w.stem for w in words[first:end + 1])
    return None


# words that open a phrase and set off a name after them ("이날 응우옌 반 안 …")
_OPENERS = frozenset("이날 당일 특히 또 또한 한편 아울러 이어 앞서 현재 당시".split())


def _opens_phrase(w: Word) -> bool:
    return w.stem in _OPENERS or _SLOT_TIME.fullmatch(w.stem) is not None


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
                                 or orgs.is_generic(prev.stem)):
        return None                 # "지역 스마트 팜 대표": no name set off before the title
    return first, " ".join(run)


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


def _noun_in_phrase(cl: Clause, j: int, skipped: int) -> bool:
    """A two-syllable "name" that is a common noun inside a long title ("분자 소재 …단장",
    "4차산업 소재 및 …"): a noun runs into it, or title words were skipped and Kiwi calls it
    common."""
    w = cl.words[j]
    if len(w.stem) != 2:
        return False
    if skipped and w.tags[:1] != ("NNP",):
        return True
    prev = cl.words[j - 1] if j else None
    return prev is not None and not prev.particle and prev.text != "," and not prev.verbal \
        and re.fullmatch(r"[가-힣0-9]+", prev.stem) is not None \
        and orgs.org_at(cl, j - 1) is None and not is_name(prev.stem) and not title_of(prev.stem)


def _name_before_org(cl: Clause, j: int, first: int) -> tuple[int, int | None, str] | None:
    """Rule name-org-title: "오세진 한빛건설 사장" (the organisation's words start at ``first``)."""
    words = cl.words
    peeled = _surname_opening_body(cl, j, first)
    if peeled is not None:
        return peeled
    foreign = _foreign_name_before(cl, first) or _foreign_surname_before(cl, first) or \
        _latin_person_before(cl, first)
    if foreign is not None:
        return foreign[0], j, foreign[1]
    if first - 1 >= 0 and not words[first - 1].particle and _name_at(cl, first - 1):
        return first - 1, j, words[first - 1].stem
    if first - 1 >= 0 and _tail_cut_name(words[first - 1]):
        prev = words[first - 1]                     # "박다인 가람시 부시장": 박다 + 인
        return first - 1, j, prev.stem + prev.particle
    return None


def _surname_opening_body(cl: Clause, j: int, first: int) -> tuple[int, int | None, str] | None:
    """Rule foreign-surname-in-body: "바트바야르 누리대 총장" — the body reader took a foreign
    name written alone (``_lone_foreign_surname``) as the first word of the body; the body is
    the one word after it, with a name of its own before its ending (not "하버드 대학교")."""
    words = cl.words
    if j != first + 1 or not _lone_foreign_surname(cl, first):
        return None
    body, name = words[j].stem, words[first].stem
    end = ending(body)
    if end is None or end.unit or len(body) - len(end.suffix) < 2 or \
            orgs.is_known_form(name + body) or orgs.is_known_form(name):
        return None
    return first, j, name


def _tail_cut_name(w: Word) -> bool:
    """A three-syllable name whose last syllable Kiwi cut as a particle or ending ("박다인" ->
    박다 + 인, "김하은" -> 김하 + 은), or whose whole given name it cut as a two-syllable
    particle after a family name it read as a proper noun ("최서도" -> 최 + 서도, as 에서도);
    와/과 after a name are real particles."""
    whole = w.stem + w.particle
    if not w.particle or w.particle in ("와", "과") or len(whole) != 3 or not is_name(whole):
        return False
    return re.fullmatch(r"[가-힣]", w.particle) is not None or (
        len(w.stem) == 1 and w.tags == ("NNP",) and is_family_name(w.stem))


# rule caption: "홍길동(왼쪽) 구청장": a word a photo caption points at is a person's name
_POSITION = re.compile(
    r"(?:사진\s*)?(?:좌|우|왼쪽|오른쪽|가운데|중앙|앞줄|뒷줄)(?:\s*(?:두|세)?\s*번째)?")


def _name_at(cl: Clause, k: int) -> bool:
    """Word ``k`` is a name: it reads as one, or a caption's position marker follows it."""
    w = cl.words[k]
    if is_name(w.stem):
        return True
    return (bool(re.fullmatch(r"[가-힣]{2,5}", w.stem)) and title_of(w.stem) is None
            and ending(w.stem) is None
            and any(a.word == k and _POSITION.fullmatch(a.text) for a in cl.asides))


def _foreign_name_before(cl: Clause, first: int) -> tuple[int, str] | None:
    """"레 꾸옥 바오 하노이대학교 총장", "존 스미스 누리대 부총장": a foreign name in Hangul, two to
    four short words before the body, the last one a proper noun, opening a list item."""
    words = cl.words
    k = first - 1
    while k >= 0 and first - k <= 4 and _foreign_word(words[k]) and \
            not _SETTING_OFF.fullmatch(words[k].stem):      # "이날 김솔 …": no name of 이날
        k -= 1
    start = k + 1
    if first - start < 2 or words[first - 1].tags[:1] != ("NNP",):
        return None
    if k >= 0 and not words[k].particle and words[k].text != "," and \
            not _SETTING_OFF.fullmatch(words[k].stem):
        return None                     # "지역 주민 …": the words run on from the clause
    return start, " ".join(w.stem for w in words[start:first])


def _foreign_surname_before(cl: Clause, first: int) -> tuple[int, str] | None:
    """Rule foreign-surname: "스미스 오클랜드대 총장", "응우옌 다낭시 인민위원장" — a foreign
    family name alone, opening a list item right before the body."""
    k = first - 1
    if k >= 1 and cl.words[k].stem in countries() and not cl.words[k].particle:
        k -= 1                          # "바트바야르 몽골 국립의대 총장": the country between
    if k < 0 or not _lone_foreign_surname(cl, k):
        return None
    head = cl.words[first]
    if first + 1 < len(cl.words) and orgs.is_place(head.stem) and not orgs.is_region(head.stem) \
            and not cl.words[first + 1].particle and title_of(cl.words[first + 1].stem) is None:
        return None                     # "다나카 히로시 와세다대 총장": 히로시 is a given name
    return k, cl.words[k].stem


def _surname_after_body(cl: Clause, k: int) -> bool:
    """Rule surname-after-body: "가람대 스미스 부총장", "누리병원 다나카 원장" — a foreign
    family name alone between its body and its title (a known one, or a proper noun with a
    syllable no Korean name has)."""
    if k < 1 or cl.words[k - 1].particle:
        return False
    w = cl.words[k]
    if not _foreign_word(w) or len(w.stem) < 2 or not (
            w.stem in foreign_family_names()
            or (w.tags[:1] == ("NNP",) and any(foreign_syllable(c) for c in w.stem))):
        return False
    body = cl.words[k - 1]
    if orgs.is_known_form(w.stem) or orgs.is_known_form(body.stem + w.stem) or \
            (k >= 2 and is_name(cl.words[k - 2].stem)):
        return False            # "박가온 LG 유플러스 팀장": the word is the body's, the name before
    return orgs.org_at(cl, k - 1) is not None or orgs.looks_like_org(body.stem, body.tags)


def _lone_foreign_surname(cl: Clause, k: int) -> bool:
    """Word ``k`` is a foreign family name written alone: a known one ("응우옌"), or a proper
    noun with a syllable no Korean name has ("스미스"), or one of three syllables or more that
    reads as no Korean name ("다나카"); set off before (a particle, a comma, the clause start);
    a country is no name."""
    w = cl.words[k]
    if not _foreign_word(w) or len(w.stem) < 2:
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


def _foreign_word(w: Word) -> bool:
    return (not w.particle and not w.verbal and bool(re.fullmatch(r"[가-힣]{1,6}", w.stem))
            and title_of(w.stem) is None and ending(w.stem) is None
            and not orgs.is_region(w.stem) and not _street_or_place(w.stem)
            and w.stem not in countries()                       # "미국 텍사스 가람대"
            and w.stem not in foreign_cities()                  # "하노이 가람대학교"
            and not (is_name(w.stem) and len(w.stem) == 3))     # 홍길동 is Korean


def _street_or_place(stem: str) -> bool:
    """Rule transcribed-가: a place word, but not a transcription that only ends like a street
    ("바톨가", "간톨가": a loan syllable and no number before 가, as a street's "을지로3가")."""
    if not orgs.is_place(stem):
        return False
    return not (stem.endswith("가") and not stem[-2].isdigit() and _loan_word(stem[:-1])
                and not orgs.is_known_form(stem))


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
    if _long_name(prev.stem) and not _long_name(w.stem):
        return j, j - 1, w.stem       # "한결산업 이한결 대표": a long "name" is the body
    if j == i - 1 and w.tags[:1] == ("NNG",) and orgs.ordinary_noun(w.stem):
        return j - 1, None, prev.stem  # "홍길동 신임 사장": a common word qualifies the title
    if j == i - 1 or orgs.looks_like_org(w.stem, w.tags):
        return j - 1, j, prev.stem    # "홍길동 가나대 … 단장": the second is the body
    return None


def _long_name(word: str) -> bool:
    """Four syllables and more after a one-syllable family name ("한결산업"): rarely a name,
    likelier a body beside a real one."""
    return len(word) >= 4 and not is_two_syllable_family_name(word)


_LATIN_TOKEN = re.compile(rf"{CAPITALISED}|[A-Z]\.?")
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&]{1,9}")
_LATIN_BODY_WORDS = set("""Korea Korean Asia Global International University College Institute
    School Group Inc Corp Corporation Company Co Ltd Bank Foundation Center Centre Lab Labs
    Systems Technologies Technology Tech Electronics Solutions Partners Holdings Capital Motors
    Pharma Bio Energy Media Studio Studios Networks Software Services Association Society
    Council Agency Ministry Office Hospital Clinic Academy Campus Research Science
    Sciences""".split())


def _latin_name_before(cl: Clause, i: int) -> tuple[int, int | None, str] | None:
    """"Daniel K. Morgan LTC 총장", "Daniel Morgan 총장": a Latin-script name (and body)."""
    words = cl.words
    j = i - 1
    org_word = None
    if j >= 1 and _ACRONYM.fullmatch(words[j].stem) and not words[j].particle:
        org_word, j = j, j - 1
    tokens: list[str] = []
    while j >= 0 and not words[j].particle and _LATIN_TOKEN.fullmatch(words[j].stem):
        tokens.insert(0, words[j].stem)
        j -= 1
    foreign = (_foreign_name_before(cl, j + 1) or _transcribed_run(cl, j)) \
        if j >= 0 and tokens and org_word is None else None
    if foreign is not None:
        return foreign[0], i - 1, foreign[1]    # "안나 페트로바 Amber Line 대표": the body
    if org_word is None and _LATIN_BODY_WORDS & set(tokens):
        return _latin_name_latin_body(tokens, j + 1, i - 1)
    if len(tokens) < 2 or not re.fullmatch(CAPITALISED, tokens[0]) or \
            not re.fullmatch(CAPITALISED, tokens[-1]) or len(tokens) > 4 or \
            _LATIN_BODY_WORDS & set(tokens):
        return None                 # "Google Korea 대표": a body's name, not a person's
    return j + 1, org_word, " ".join(tokens)


def _latin_person_before(cl: Clause, first: int) -> tuple[int, str] | None:
    """Rule latin-name-org-title: "John Carter 호라이즌대 총장" — a name in two to four Latin
    words (a middle initial allowed) right before a body written in Hangul."""
    words = cl.words
    k = first - 1
    tokens: list[str] = []
    while k >= 0 and len(tokens) < 4 and not words[k].particle and \
            _LATIN_TOKEN.fullmatch(words[k].stem):
        tokens.insert(0, words[k].stem)
        k -= 1
    if len(tokens) < 2 or _LATIN_BODY_WORDS & set(tokens) or \
            not all(re.fullmatch(CAPITALISED, t) for t in (tokens[0], tokens[-1])):
        return None
    return k + 1, " ".join(tokens)


def _latin_name_latin_body(tokens: list[str], first: int, last: int
                           ) -> tuple[int, int | None, str] | None:
    """Rule latin-name-latin-body: "John Carter Horizon University 총장" — a two-word name
    (three with a middle initial: "Daniel K. Morgan") and a body of two words or more whose
    last word says it is one (``_LATIN_BODY_WORDS``)."""
    size = 3 if len(tokens) > 2 and re.fullmatch(r"[A-Z]\.?", tokens[1]) else 2
    name, body = tokens[:size], tokens[size:]
    if len(body) < 2 or body[-1] not in _LATIN_BODY_WORDS or _LATIN_BODY_WORDS & set(name) \
            or not all(re.fullmatch(CAPITALISED, t) for t in (name[0], name[-1])):
        return None
    return first, last, " ".join(name)


# rule name-latin-org-title: "홍길동 AB Korea 대표", "김철수 CD E&M 부문장", "이영희 KT 본부장":
# a Korean name, then a body written in one to three Latin words, then the title
_LATIN_BODY_WORD = re.compile(r"[A-Za-z][A-Za-z0-9&.+\-]*|&")


def _latin_run(cl: Clause, last: int) -> int:
    """The first word of the run of Latin words (no particle) that ends with word ``last``."""
    words = cl.words
    first = last
    while first - 1 >= 0 and last - first < 2 and not words[first - 1].particle and \
            _LATIN_BODY_WORD.fullmatch(words[first - 1].stem):
        first -= 1
    return first


def _name_latin_body(cl: Clause, i: int) -> tuple[int, int | None, str] | None:
    words = cl.words
    last = i - 1
    if last < 1 or words[last].particle or not _LATIN_BODY_WORD.fullmatch(words[last].stem) \
            or not re.search(r"[A-Z]", words[last].stem):
        return None
    first = _latin_run(cl, last)
    k = first - 1
    if k < 0 or words[k].particle or not is_name(words[k].stem):
        return None
    return k, last, words[k].stem


def _latin_body(cl: Clause, org_word: int, after: int = -1) -> str | None:
    """The Latin body ending with word ``org_word`` ("AB Korea"), when it is one; it starts
    after word ``after`` (the person's name) when that is given."""
    first = _latin_run(cl, org_word) if after < 0 else after + 1
    if first > org_word or not all(_LATIN_BODY_WORD.fullmatch(w.stem)
                                   for w in cl.words[first:org_word + 1]):
        return None
    return " ".join(w.stem for w in cl.words[first:org_word + 1])


def _proper_body(cl: Clause, k: int) -> bool:
    """A bare proper noun that can only be the person's body (no title, place or name)."""
    w = cl.words[k]
    return (bool(w.tags) and w.tags[0] == "NNP" and len(w.stem) >= 3
            and re.fullmatch(r"[가-힣]+", w.stem) is not None and not w.particle
            and title_of(w.stem) is None and not orgs.is_region(w.stem)
            and not orgs.is_place(w.stem) and not is_name(w.stem)
            and ending(w.stem) is None)     # "상인회": a kind of body, not a name


# titles only a company's (or an association's) head bears: "이한결 솔빛 대표"
COMPANY_HEADS = frozenset("대표 대표이사 공동대표 사장 부사장 회장 CEO 최고경영자".split())


# the head of a foundation or an association (재단, 사단법인) is written the same way:
# "이한결 솔빛 이사장"
_BODY_HEADS = COMPANY_HEADS | {"이사장"}


def _company_before_its_head(cl: Clause, name_at: int, i: int) -> bool:
    """Rule company-between: "이한결 솔빛 대표", "이한결 솔빛 이사장" — a full Korean name,
    then one word Kiwi does not know as a common noun (nor a place, title or name), then a
    company's or a foundation's head's title: the word is the body ("공동", "신임", "명예"
    before 대표 are ordinary nouns)."""
    words = cl.words
    w, name = words[name_at + 1], words[name_at].stem
    return (words[i].stem in _BODY_HEADS and len(name) == 3 and is_name(name)
            and not w.particle and not w.verbal and w.text != w.stem + ","
            and re.fullmatch(r"[가-힣]{2,8}", w.stem) is not None
            and not orgs.ordinary_noun(w.stem) and not is_name(w.stem)
            and title_of(w.stem) is None and not orgs.is_region(w.stem)
            and not orgs.is_place(w.stem) and w.stem not in countries())


_AGREEMENT_AHEAD = re.compile(rf"{AGREEMENT}|업무협약|협약식")
_SLOT_TIME = re.compile(r"\d{1,2}일|\d{1,2}시|오전|오후|이날")


def _company_in_slot(cl: Clause, name_at: int, i: int) -> str | None:
    """Rule company-in-slot: "가온시는 20일 솔바람 김누리 대표와 협약을 맺었다" — one bare word
    opening a party slot right before a company head who signs (the title closed by 와/과
    before the agreement, or the subject of a sentence that names one) is the head's company:
    no particle, place, title, name, time or word Kiwi knows as a common noun."""
    words = cl.words
    k = name_at - 1
    if k < 0 or words[i].stem not in COMPANY_HEADS or not is_name(words[name_at].stem):
        return None
    w = words[k]
    if not _bare_company_word(w):
        return None
    before = words[k - 1] if k else None
    opens = before is None or bool(before.particle) or before.text.endswith(",") or \
        _SLOT_TIME.fullmatch(before.stem) is not None
    signs = _partner_closed(cl, i) or (
        words[i].particle in ("은", "는", "이", "가") and k == 0
        and _AGREEMENT_AHEAD.search(" ".join(x.stem for x in words[i + 1:])) is not None)
    return w.stem if opens and signs else None


def _company_of_head(cl: Clause, name_at: int, i: int) -> str | None:
    """Rule company-possessor: "가람로보틱의 요하네스 슈미트 최고경영자는" — a proper noun with
    의 right before a company head's name, that can only be a company's name, is the head's
    company (no place, country, region, personal name or word with a body's ending)."""
    k = name_at - 1
    if k < 0 or cl.words[i].stem not in COMPANY_HEADS:
        return None
    w = cl.words[k]
    if w.particle != "의" or w.tags != ("NNP",) or w.text != w.stem + "의":
        return None
    return w.stem if _bare_company_word(replace(w, particle="", text=w.stem)) else None


_LATIN_WORD = re.compile(r"[A-Z][a-z]{2,14}")     # a capitalised word, no title's acronym


def _beside_word(cl: Clause, name_at: int, i: int, org: str | None,
                 title: str | None = None) -> str | None:
    """Rule beside-word: the bare word right before a company head's name ("온누리 김가람
    대표"), or a Latin word before any officer's ("Norvia 김가람 지역장"), kept for the
    agreement to match against a party named alone elsewhere."""
    if org is not None or name_at != i - 1 or name_at == 0:
        return None
    w = cl.words[name_at - 1]
    latin = _LATIN_WORD.fullmatch(w.stem) is not None and w.tags == ("SL",)
    if (title or cl.words[i].stem) not in COMPANY_HEADS and not latin:
        return None
    return w.stem if _bare_word_beside(w, 10) else None


def _stranger_word(cl: Clause, name_at: int, i: int, org: str | None) -> str | None:
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
          and _KIND_OF_BODY.search(w.stem) is None and _SLOT_TIME.fullmatch(w.stem) is None)


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


def _bare_company_word(w: Word) -> bool:
    """A word that can only be a company's name here (no ending that makes it a body: those
    are read as bodies already, or are kinds like 기업)."""
    return (not w.particle and not w.verbal and w.text == w.stem
            and (re.fullmatch(r"[가-힣]{2,8}", w.stem) is not None
                 or re.fullmatch(r"[A-Z][A-Za-z0-9&]{1,10}", w.stem) is not None)
            and (w.tags[:1] == ("NNP",) or not orgs.ordinary_noun(w.stem)) and not is_name(w.stem)
            and title_of(w.stem) is None and ending(w.stem) is None
            and not orgs.is_region(w.stem) and not orgs.is_place(w.stem)
            and not orgs.is_generic(w.stem) and w.stem not in countries()
            and _SLOT_TIME.fullmatch(w.stem) is None)


# one-syllable particles a name may really take after a title ("총장 홍길동은")
_CASE_PARTICLES = frozenset("은 는 이 가 을 를 와 과 의 도 에 로".split())


def _name_after(cl: Clause, i: int) -> tuple[int, int | None, str] | None:
    """Rule title-name: "가나대학교 총장 홍길동과", "송파구청장 김도윤은"."""
    words = cl.words
    # "가람재단 이사장인 홍길동 씨": a title in apposition
    if words[i].particle not in ("", "인") or i + 1 >= len(words):
        return None
    nxt = words[i + 1]
    name = _name_word(nxt.stem)
    if _tail_cut_name(nxt) and (nxt.verbal or nxt.particle not in _CASE_PARTICLES):
        name = nxt.stem + nxt.particle      # "(총장 고하람": Kiwi read 고하 + 람 as a verb
    if name is None:
        foreign = _foreign_name_after(cl, i)
        return (i + 1, None, foreign) if foreign else None
    if i + 2 < len(words) and not nxt.particle and name == nxt.stem and \
            title_of(words[i + 2].stem):
        return None                 # "총장 홍길동 회장": the name belongs to the next title
    return i + 1, None, name


def _foreign_name_after(cl: Clause, i: int) -> str | None:
    """Rule title-foreign-name: "오클랜드대 총장 데이비드 스미스는", "총장 John Carter는" — two to
    four words of a foreign name right after the title, the last one closing the phrase."""
    words = cl.words
    run: list[str] = []
    for k in range(i + 1, min(i + 5, len(words))):
        w = words[k]
        bare = Word(w.text, w.start, w.end, w.stem, "", w.tags)     # the particle set aside
        if not (_LATIN_TOKEN.fullmatch(w.stem) or _transcribed_word(bare)):
            return None
        run.append(w.stem)
        if w.particle or w.text.endswith(","):
            break
    else:
        return None
    latin = all(_LATIN_TOKEN.fullmatch(t) for t in run)
    hangul = not any(_LATIN_TOKEN.fullmatch(t) for t in run) and \
        any(foreign_syllable(c) for c in "".join(run))
    return " ".join(run) if 2 <= len(run) <= 4 and (latin or hangul) else None


def _shared_ending_people(cl: Clause) -> list[PersonMention]:
    """Rule shared-ending: "왼쪽부터 홍길동 가람, 김철수 누리 은행장" — one title that swallows
    its body's ending (은행장 = 은행 + 장) closes a list of "name + short name" items; each
    person heads the short name + that ending (가람은행, 누리은행). Two items at least."""
    words = cl.words
    out: list[PersonMention] = []
    for i, w in enumerate(words):
        hit = title_of(w.stem)
        if hit is None or hit[1] or not hit[0].fuse:
            continue
        rank, k = hit[0], i - 1
        pairs: list[tuple[int, int]] = []
        while k >= 1 and _short_body_word(words[k]) and not words[k - 1].particle and \
                is_name(words[k - 1].stem):
            pairs.insert(0, (k - 1, k))
            k -= 2
            if k < 0 or words[k].text != ",":
                break
            k -= 1
        if len(pairs) < 2:
            continue
        for name_at, body_at in pairs:
            start, end = cl.span_of(name_at, body_at)
            out.append(PersonMention(words[name_at].stem, rank.title, rank.title, rank,
                                     words[body_at].stem + rank.fuse[0], True,
                                     start=start, end=end))
    return out


def _short_body_word(w: Word) -> bool:
    """"가람", "전북": a short name standing for a body before a shared ending."""
    return re.fullmatch(r"[가-힣]{1,5}", w.text) is not None and ending(w.stem) is None and \
        title_of(w.stem) is None and not is_name(w.stem)


def _aside_people(cl: Clause) -> list[PersonMention]:
    """Rule aside: "경복대학교(총장 전지용)", "(김철수 회장)", "(총장 Nguyen Van An)",
    "(부장 홍길동 목사, 총무 김철수 목사)", "(지구대장 홍길동 경정)", "(총장 존 스미스)";
    the word before a head is the body even when it reads like a name ("하늘결(대표 김철수)")."""
    out = []
    for aside in cl.asides:
        if aside.word < 0:
            continue
        m = orgs.org_at(cl, aside.word) or orgs.brand_at(cl, aside.word)
        word = cl.words[aside.word]
        name = word.stem[:-1] if word.stem.endswith("씨") and is_name(word.stem[:-1]) else (
            word.stem if is_name(word.stem) else None)  # ("김누리씨(대표)": 씨 is no part)
        if m is None and name and (named := _titled_in_aside(name, aside)):
            body = None if named.org else _context(cl, aside.word)
            if body is None and not named.org:      # "누리상회 김누리씨(대표)"
                named = replace(named, beside=_beside_word(cl, aside.word, aside.word + 1, None,
                                                           named.title))
            out.append(replace(named, org=body, context=body, explicit=True) if body else named)
            continue
        if m is None and (not word.stem or title_of(word.stem) or len(word.stem) < 2):
            continue
        latin = _latin_body(cl, aside.word) if m is None and word.stem and \
            _LATIN_BODY_WORD.fullmatch(word.stem) else None
        org = m.name if m else latin or word.stem  # "솔바람양봉(대표 지은채)", "AB CDE(대표 …)"
        org = _dotted_piece(cl, aside, org, m.start if m else cl.offset(word.start))
        for title_word, name, rank in aside_heads(aside.text):
            out.append(PersonMention(name, title_word, title_word, rank, org, True, None,
                                     None, aside.start, aside.end))
    return out


def _titled_in_aside(name: str, aside: Aside) -> PersonMention | None:
    """Rule name-aside: "김가람(가람시장)", "박누리(누리건설 대표)": a name whose aside holds
    its title, with the body fused into it or written before it."""
    parts = aside.text.split()
    hit = title_of(parts[-1]) if 1 <= len(parts) <= 3 else None
    if hit is None:
        return None
    rank, prefix = hit
    body = " ".join(parts[:-1])
    if prefix:
        fused = prefix + (rank.fuse[0] if rank.fuse else "")
        if not (orgs.looks_like_org(fused, slot=True) or orgs.is_place(fused)):
            return None
        body = f"{body} {fused}".strip()
    elif body and not orgs.looks_like_org(body, slot=True):
        return None
    return PersonMention(name, rank.title, rank.title, rank, body or None, bool(body), None,
                         None, aside.start, aside.end)


def _dotted_piece(cl: Clause, aside: Aside, org: str, org_start: int) -> str:
    """"가람복지관(관장 …)ㆍ가람소방서(서장 …)ㆍ…": Kiwi reads the dotted list as one word; the
    aside heads the piece written right before it."""
    if orgs.list_parts(org) is None and orgs.list_parts(org.split(" ")[0]) is None:
        return org                      # one name ("한·베 가람전문대학교")
    before = cl.sentence.text[org_start - cl.sentence.start : aside.start - 1 - cl.sentence.start]
    piece = orgs.DOTS.split(re.sub(r"\([^)]*\)", "", before))[-1].strip()
    return piece if len(piece) >= 2 else org


def aside_heads(text: str) -> list[tuple[str, str, Title]]:
    """(title, name, rank) of each head an aside names: "대표 홍길동", "부장 A 목사, 총무 B"."""
    text = re.sub(r"\s*이하\s.*$", "", re.split(r"\s이하\s", text)[0])
    heads = (_aside_head(part.split()) for part in re.split(r"[,，]", text))
    return [h for h in heads if h is not None]


def heads_body(cl: Clause, k: int) -> bool:
    """Word ``k`` is followed by an aside naming its head ("하늘결(대표 김철수)")."""
    return any(a.word == k and aside_heads(a.text) for a in cl.asides)


# what may follow a name in an aside without being part of it: a rank or a calling
# ("(지구대장 홍길동 경정)", "(부장 홍길동 목사)")
_AFTER_NAME = {"목사", "장로", "스님", "신부", "수녀", "박사", "경정", "경감", "경위", "총경",
               "경무관", "전도사", "권사", "집사", "씨",
               "준장", "중장", "대령", "중령", "소령", "대위", "중위", "소위", "원사"}
# military ranks, written between a head title and the name ("(사단장 소장 홍길동)") or after
# the name ("(단장 홍길동 준장)"); 소장 and 대장 are also titles, so only in those places
_RANKS = {"준장", "중장", "대령", "중령", "소령", "대위", "중위", "소위", "원사", "소장", "대장"}
# a foreign name written in Hangul: two to four words of one to five syllables
_HANGUL_FOREIGN = re.compile(r"[가-힣]{1,6}(?:\s[가-힣]{1,6}){1,3}")


def _aside_head(tokens: list[str]) -> tuple[str, str, Title] | None:
    """(title, name, rank) of one part of an aside: "총장 홍길동", "홍길동 회장", "총장 존 스미스".
    """
    if len(tokens) >= 3 and (tokens[-1] in _AFTER_NAME or (
            tokens[-1] in _RANKS and title_of(tokens[0]) is not None)):
        tokens = tokens[:-1]
    if len(tokens) >= 3 and tokens[1] in _RANKS and title_of(tokens[0]) is not None:
        tokens = [tokens[0], *tokens[2:]]       # "(단장 준장 홍길동)"
    if len(tokens) == 3 and tokens[1] in _ACTING - {"겸"} and is_name(tokens[2]) and \
            (hit := title_of(tokens[0])) is not None:
        return f"{tokens[0]} {tokens[1]}", tokens[2], hit[0]   # "(총장 직무대행 김누리)"
    if len(tokens) < 2:
        return None
    readings = ((tokens[0], " ".join(tokens[1:])), (tokens[-1], " ".join(tokens[:-1])))
    for title_word, name in readings:
        hit = title_of(title_word)
        if hit is None or (hit[1] and not _compound_ok(title_word)):
            continue
        if is_name(name) or _LATIN_PERSON.fullmatch(name) or (
                title_word == tokens[0] and (_foreign_name(name) or _do_name(name))):
            return title_word, name, hit[0]
    return _joint_titles(tokens)


def _do_name(word: str) -> bool:
    """Rule given-name-도-after-title: "(총장 장수도)" — right after a title in an aside, a
    family name and a given name ending in 도 is a name even where its stem names a county
    (장수군: 장수도 could otherwise be an island or a province); a region is still none."""
    return (len(word) == 3 and word.endswith("도") and is_family_name(word[0])
            and not orgs.is_region(word) and not orgs.is_region(word[:-1])
            and not orgs.is_known_form(word))


def _joint_titles(tokens: list[str]) -> tuple[str, str, Title] | None:
    """"(산학협력단장 겸 연구처장 홍길동)": titles joined by 겸 before the name."""
    if len(tokens) < 4 or "겸" not in tokens[1:-2] or not is_name(tokens[-1]):
        return None
    hit = title_of(tokens[-2])
    return (" ".join(tokens[:-1]), tokens[-1], hit[0]) if hit else None


def _foreign_name(name: str) -> bool:
    """"존 스미스", "다로 야마다": Hangul words after a title naming no title, body or place."""
    return bool(_HANGUL_FOREIGN.fullmatch(name)) and not any(
        title_of(w) or ending(w) or orgs.is_region(w) or w in _AFTER_NAME
        for w in name.split())


def _compound_ok(word: str) -> bool:
    return bool(re.fullmatch(r"[가-힣0-9]{2,12}", word))


def defined_short_forms(cl: Clause) -> list[tuple[str, str]]:
    """"대전시설관리공단(이사장 하민철, 이하 공단)" -> (대전시설관리공단, 공단)."""
    out = []
    for aside in cl.asides:
        match = re.search(r"이하\s*['‘\"“]?([가-힣A-Za-z]{1,10})", aside.text)
        if match and aside.word >= 0:
            m = orgs.org_at(cl, aside.word)
            if m is not None:
                out.append((_part_before(cl, m.name, aside), match.group(1)))
    return out


def _part_before(cl: Clause, name: str, aside: Aside) -> str:
    """"가온기금(이하 …)·누리진흥원(이하 …)과": of names joined by dots in one word, the one
    written right before the aside owns what it defines."""
    parts = orgs.DOTS.split(name)
    before = cl.sentence.text[: aside.start - 1 - cl.sentence.start].rstrip()
    return next((p for p in parts if len(parts) > 1 and before.endswith(p)), name)
