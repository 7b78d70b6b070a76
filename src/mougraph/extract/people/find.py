"""find_people: every person with a title in a clause, the rules tried word by word."""
from __future__ import annotations

import dataclasses
from typing import cast

from ...model import OrgKind
from .. import orgs
from ..clause import Clause
from ..lexicon import Title, ending, title_of
from .asides import aside_people
from .bodies import beside_word, stranger_word
from .body_title import body_title_name
from .clergy import post_name_calling
from .context import body_kind_word, topic_body, written_org
from .delegation import delegate, delegation_at, delegation_heads
from .fused import acting_for_head, fused_kept, fused_or_qualified, glued_latin_title
from .latin import latin_spelled_people
from .mention import PersonMention
from .names import list_broken
from .order import name_after, name_before
from .provinces import province_heads
from .shared import co_holders, dotted_people, shared_ending_people
from .units import brand_unit, hall, office_title, shared_bodies, titled_branch


def find_people(cl: Clause) -> list[PersonMention]:
    """Every person with a title in a clause, in text order."""
    # read once per clause: every agreement of an article and the party slots ask again
    if ("people",) not in cl.memo:
        cl.memo[("people",)] = tuple(_find_people(cl))
    return list(cast("tuple[PersonMention, ...]", cl.memo[("people",)]))


def _find_people(cl: Clause) -> list[PersonMention]:
    words = cl.words
    found: list[PersonMention] = []
    topic, topic_at = topic_body(cl)
    carry, carry_at = topic, topic_at + 1
    heads, listed = delegation_heads(cl), delegation_heads(cl, any_script=True)
    prev: _Prev | None = None
    done = -1                           # the last word a body-title-name reading took
    for i, w in enumerate(words):
        if not w.stem or i <= done:
            continue
        delegation = delegation_at(cl, i, listed)
        if delegation is not None:
            carry, carry_at = delegation, i + 1
            continue
        hit = title_of(w.stem)
        if hit is None or titled_branch(cl, i) or _addressed_group(cl, i):
            continue
        if (ahead := body_title_name(cl, i)) is not None:
            (person, done), carry_at = ahead, ahead[1]
            found.append(person)
            carry, prev = person.org or carry, (person.name, done, person.org, None)
            continue
        rank, prefix = hit
        glued, prefix = glued_latin_title(cl, i, rank, prefix)
        fused, qualified = fused_or_qualified(cl, i, rank, prefix)
        member = delegate(cl, heads, i, fused)
        if member is not None:
            found.append(member)
            continue
        n = glued or name_before(cl, i) or name_after(cl, i)
        if n is None or _former(cl, n[0], i):  # rule former-post: "홍길동 전 가온군수"
            continue
        name_at, org_word, name = n
        fused = fused_kept(cl, fused, name_at, org_word, i) or acting_for_head(cl, i, name_at)
        if orgs.is_region(name) or (prefix and not fused and not qualified
                                    and hall(prefix, w.stem)):
            continue                    # "부산 벡스코 …": a place is no person
        org, explicit, context, real_context = written_org(cl, i, n, fused, rank)
        carry = carry if _along_list(cl, carry, carry_at, name_at) else None
        carried = carry or _joined_colleague(cl, prev, name_at, rank, org or context)
        start, end = cl.span_of(min(name_at, i), max(name_at, i))
        title = office_title(w.stem) or (rank.title if (fused or not prefix) else w.stem)
        brand = brand_unit(fused)
        if brand is not None:           # "AB남부고객본부장": AB's officer, the unit in the title
            org, title = brand, w.stem[len(brand):]
        shared = shared_bodies(cl, name_at) if org is None and context is None else []
        follows = _follows(cl, prev, name_at, rank) or _deputy_after(cl, prev, name_at, i)
        beside = beside_word(cl, name_at, i, org)
        for body in [*shared] if shared else [org]:    # rule shared-head: one person, n bodies
            found.append(PersonMention(name, title, w.stem, rank, body, explicit or bool(shared),
                                       None if shared else carried, context, start, end,
                                       follows, body_kind_word(cl, name_at, i, org),
                                       None if context else beside,
                                       None if context else stranger_word(cl, name_at, i, org)))
        carry, carry_at = _carried_on(carry, org if explicit else None, context if real_context
                                      else None, fused if org == fused else None), i
        # (and the body written before the name, when it was: rule joined-colleague)
        prev = (name, i, org or context, context if real_context and name_at < i else None)
    return _with_other_readings(cl, found)


def _with_other_readings(cl: Clause, found: list[PersonMention]) -> list[PersonMention]:
    """The people of asides, and better readings of shared endings and dotted names."""
    clergy = post_name_calling(cl)
    # "누리사 주지 원각 스님": the temple's monk, not a bare "주지 원각" carried from the list
    found = [p for p in found if not any(_holds(q, p) for q in clergy)] + aside_people(cl) + clergy
    for better in (shared_ending_people(cl), dotted_people(cl)):
        names = {p.name for p in better}
        found = [p for p in found if p.name not in names] + better
    found += co_holders(cl, found)
    named = {p.name for p in found}     # rule province-head: where no rule read the head
    found += [p for p in province_heads(cl) if p.name not in named]
    spelled = [_bodiless_spelled(p, found) for p in latin_spelled_people(cl)]
    found = [p for p in found if not any(q.start < p.end and p.start < q.end
                                         for q in spelled)] + spelled
    return sorted(found, key=lambda p: p.start)


def _bodiless_spelled(spelled: PersonMention, found: list[PersonMention]) -> PersonMention:
    """A Latin-spelled name with no body written ("에밀리 로즈 카터(Emily Rose Carter) 총장")
    keeps what the reading of its title found for the body (list, topic, context), with the
    whole name; a body fused into the title ("흐엉(Nguyen Van Huong) 떤롱병원장") is read as the
    title's reading read it (rule fused: 떤롱병원's 병원장)."""
    if spelled.org is not None:
        return spelled
    same = next((p for p in found if spelled.title in (p.title, p.full_title)
                 and p.end == spelled.end), None)
    if same is None:
        return spelled
    in_name = set(spelled.name.split())     # "마거릿 콜린스": 콜린스 is no body of the name's
    return dataclasses.replace(
        same, name=spelled.name, start=spelled.start,
        org=None if same.org in in_name else same.org,
        explicit=same.explicit and same.org not in in_name,
        context=None if same.context in in_name else same.context,
        beside=None if same.beside in in_name else same.beside,
        stranger=None if same.stranger in in_name else same.stranger)


def _holds(whole: PersonMention, part: PersonMention) -> bool:
    """``whole`` reads the same person as ``part`` over its words and more, with the body."""
    return whole.org is not None and part.org is None and whole.name == part.name and \
        whole.title == part.title and whole.start <= part.start and part.end <= whole.end


def _carried_on(carry: str | None, explicit: str | None, context: str | None,
                fused: str | None) -> str | None:
    """What the list after a person carries (rule carry): the body written before the name, or
    the one written with it, or (rule fused-carries: "김누리 가온협의회장, 박다온 사무국장") a body
    of its own fused into the title; else what it carried before."""
    if context or explicit:
        return context or explicit
    return fused if fused is not None and _body_of_its_own(fused) else carry


def _body_of_its_own(fused: str) -> bool:
    """Rule fused-carries: a body fused into the title ("가온협의회장", "누리시장") that is no
    unit of another ("창업보육센터장" is a university's, "자문위원장" a committee named by a common
    word) heads the list after it; a city's or a ministry's head does not (a list of guests:
    "A 가온군수, B 누리구청장, C 누리구의회의장")."""
    e = ending(fused)
    return e is not None and not e.unit and len(fused) > len(e.suffix) and \
        e.kind not in _GUEST_KINDS and not orgs.ordinary_noun(fused[: -len(e.suffix)])


_GUEST_KINDS = frozenset({OrgKind.LOCAL_GOVERNMENT, OrgKind.CENTRAL_GOVERNMENT})


_FORMER = frozenset({"전", "前", "전임"})


def _former(cl: Clause, name_at: int, i: int) -> bool:
    """Rule former-post: "박누리 전 가온군수", "전 가온시장 김철수": a post held before (전,
    前 written apart before the title) — a guest of the ceremony, no one's representative."""
    words = cl.words
    lo, hi = sorted((name_at, i))
    return any(words[k].stem in _FORMER and not words[k].particle for k in range(lo + 1, hi)) \
        or (i < name_at and i > 0 and words[i - 1].stem in _FORMER) \
        or words[i].stem.startswith("前")


def _addressed_group(cl: Clause, i: int) -> bool:
    """Rule addressed-group: "신도회 대표 여러분이 함께했다" - a title with 여러분 after it
    names the holders as a group, no one person: neither the word before it (their body) nor
    여러분 is a name ("김다온 대표와 이하늘 회장" stay; so do "김다온·이하늘 대표들")."""
    words = cl.words
    return i + 1 < len(words) and words[i + 1].stem == "여러분"


# the person read last: name, title word, body, the body written before the name
_Prev = tuple[str, int, str | None, str | None]


def _along_list(cl: Clause, carry: str | None, carry_at: int, name_at: int) -> bool:
    """Rule carry: only along a list (no particle between the source and this name)."""
    return carry is not None and not list_broken(cl, carry_at, name_at)


def _joined_colleague(cl: Clause, prev: _Prev | None, name_at: int, rank: Title,
                      own: str | None) -> str | None:
    """Rule joined-colleague: "온새재단 편하늬 이사장과 구다인 사무국장" — a person with no body
    written, joined by 와/과 to the person before, whose body was written before that name,
    is of that body when their title can head one of its kind (not "가람대 A 총장과 B 시장")."""
    if prev is None or prev[3] is None or own is not None or \
            list_broken(cl, prev[1], name_at, joined=True) or not list_broken(cl, prev[1], name_at):
        return None
    body = prev[3]
    return body if rank.fits(body, orgs.kind_of(body)) else None


def _deputy_after(cl: Clause, prev: _Prev | None, name_at: int, i: int) -> str | None:
    """Rule deputy-joined: "김누리 사업단장과 박다온 부단장" — the deputy (부 + the same title)
    joined by 와/과 to the head before is that head's colleague, though no body is written."""
    if prev is None or list_broken(cl, prev[1], name_at, joined=True):
        return None
    mine, head = cl.words[i].stem, cl.words[prev[1]].stem
    # (the head's title may carry its unit: "사업단장" heads what "부단장" deputises)
    deputy = len(mine) >= 3 and mine.startswith("부") and title_of(head) is not None and \
        head.endswith(mine[1:]) and not head.startswith("부")
    return prev[0] if deputy else None


def _follows(cl: Clause, prev: _Prev | None, name_at: int,
             rank: Title) -> str | None:
    """The person listed right before (rule colleague): along a list, or joined by 와/과
    when this title can head the body written with that person ("홍길동 가온시장과 최다온
    일자리정책관": a city's officer; "… 가온시장과 김누리 연구부총장" is not)."""
    if prev is None:
        return None
    if not list_broken(cl, prev[1], name_at):
        return prev[0]
    body = prev[2]
    joined = body is not None and not list_broken(cl, prev[1], name_at, joined=True)
    return prev[0] if joined and rank.fits(body, orgs.kind_of(body)) else None  # type: ignore[arg-type]
