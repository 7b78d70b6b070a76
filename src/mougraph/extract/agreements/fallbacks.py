"""When a signing names fewer than two parties: the rules that find the others, tried in
order (PARTNER_FALLBACKS). Each row says when it is tried (fewer than two parties known,
exactly one, none) and adds what it finds; the next row sees the parties found so far."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ...text import Document, Sentence
from .. import orgs, people
from ..clause import Clause
from .counts import staff_attended
from .events import Event
from .lists import also_joined, named_as_partners
from .partners import (
    ATTENDANCE,
    beside_the_party,
    by_bare_head,
    council,
    from_people,
    host_abroad,
    interviewee,
    listed_after_pointer,
    signer_of_the_clause,
)


@dataclass(frozen=True)
class Told:
    """What a partner fallback reads: the article, its clauses (by sentence start), the
    agreement's event and the people the article names (with their sentences)."""

    doc: Document
    clauses: dict[int, Clause]
    event: Event
    persons: list[tuple[Sentence, people.PersonMention]]


def _fewer_than_two(known: int) -> bool:
    return known < 2


def _any(known: int) -> bool:
    return True


def _only_one(known: int) -> bool:
    return known == 1


def _none(known: int) -> bool:
    return known == 0


def fused_attendees(told: Told, names: list[orgs.Mention]) -> list[orgs.Mention]:
    """Rule fused-attendee: "양 기관은 … 체결했다" with the bodies named only beside their
    people elsewhere, or in their titles ("박가온 가온시장과 김누리 누리대학교 총장이 협약서를
    들고"): the bodies of the people attending, a council never among them."""
    return [orgs.Mention.outside(p.org, p.start, p.end) for s, p in told.persons
            if p.org and (p.explicit or p.full_title != p.title)
            and ATTENDANCE.search(s.text) and not council(p.org)]


@dataclass(frozen=True)
class PartnerRule:
    """One fallback: its rule name, when it is tried (by how many parties are known), and
    what it finds."""

    name: str
    tried: Callable[[int], bool]
    find: Callable[[Told, list[orgs.Mention]], list[orgs.Mention]]


# Tried in this order; each row adds what it finds to the parties known so far. A new source
# of partners is a new row (and a test of its construction).
PARTNER_FALLBACKS: tuple[PartnerRule, ...] = (
    # the bodies written with the people who signed
    PartnerRule("people-signed", _fewer_than_two,
                lambda t, names: from_people(t.event, t.persons, names)),
    # a listing sentence: "대상 기관은 A, B, C 등 3곳이다"
    PartnerRule("named-as-partners", _fewer_than_two,
                lambda t, names: named_as_partners(t.doc, t.clauses, t.event, names)),
    # the bullets after "다음 기관들과 협약을 체결했다"
    PartnerRule("pointer-list", _fewer_than_two,
                lambda t, names: listed_after_pointer(t.doc, t.event, names)),
    # the government a bare title heads: "홍길동 시장이 … 가온군청을 찾아 …"
    PartnerRule("bare-head", _fewer_than_two,
                lambda t, names: by_bare_head(t.doc, t.clauses, t.event, t.persons, names)),
    # the body of a head attending beside the one named party
    PartnerRule("beside-the-party", _only_one,
                lambda t, names: beside_the_party(t.persons, names[0])),
    # the foreign city whose hall the signing was held in
    PartnerRule("host-abroad", _only_one, lambda t, names: host_abroad(t.event, names[0])),
    # an interviewer asks about the signing: the interviewee's body, named in the headline
    PartnerRule("interviewee", _only_one,
                lambda t, names: interviewee(t.doc, t.event, t.persons, names)),
    # no party named at all: the bodies of the people attending
    PartnerRule("fused-attendee", _none, fused_attendees),
    # no party named at all: the bodies whose staff attended the ceremony
    PartnerRule("staff-attended", _none, lambda t, names: staff_attended(t.doc)),
    # the signing told as a clause on the person who signed: that person's body
    PartnerRule("signer-of-the-clause", _any,
                lambda t, names: signer_of_the_clause(t.event, t.persons, names)),
    # more partners after the signing: "A와 B도 협약에 참여했다"
    PartnerRule("also-joined", _any, lambda t, names: also_joined(t.doc, t.event, names)),
)


def with_fallbacks(told: Told, names: list[orgs.Mention]) -> list[orgs.Mention]:
    """``names`` with what the fallbacks find, each row tried when its condition holds."""
    names = list(names)
    for rule in PARTNER_FALLBACKS:
        if rule.tried(len(names)):
            names += rule.find(told, names)
    return names
