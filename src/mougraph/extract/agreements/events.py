"""Events: which signing sentences report one agreement (rule events).

Signing sentences that share a partner, or that only add names to a sentence counting
unnamed partners, report one agreement; a sentence naming other partners reports another
(four MOUs at one forum -> four agreements). A sentence naming only a partner is signed by
the subject named before ("X는 … 두 건을 체결했다. 먼저 Y와 …, 이어 Z와는 …" -> X·Y and
X·Z), and the sentence counting them adds no agreement of its own; people signing the
document restate the agreement whose party they name (people-signed). "A와는 … 협약을,
B와는 … 협약을" is one agreement per partner (contrasted), so is "A와 17일 체결한 데 이어
19일 B와도 …" (chained-signings, each dated by its part), and a sentence that signs "각각"
with several partners (split_each)."""
from __future__ import annotations

import datetime as dt
import itertools
import re
from dataclasses import dataclass, field, replace

from .. import dates as _dates
from .. import orgs
from ..cues import AGREEMENT, BACKGROUND, same_occasion
from ..signing import Signing

_EACH = re.compile(r"각각|각기|개별로|차례로|릴레이")


@dataclass
class Event:
    """One agreement: the signing sentences that report it and the partners they name
    (``unnamed``: how many more they count without naming, of kind ``unnamed_head``)."""

    signings: list[Signing] = field(default_factory=list)
    names: list[orgs.Mention] = field(default_factory=list)
    unnamed: int = 0
    unnamed_head: str = ""
    each: orgs.Mention | None = None   # the one partner of a "각각" split, when split


def signing_events(found: list[Signing]) -> list[Event]:
    """Rule events: group the signing sentences by the partners they name."""
    events: list[Event] = []
    announcer: list[orgs.Mention] = []      # the last subject a signing sentence named
    for s in found:
        names, partners = s.slots.parties, s.slots.partners
        if s.slots.subject:
            announcer = s.slots.subject
        home = next((e for e in events if _same_agreement(e, partners)), None)
        restated = _restated(s, events) if home is None else None
        if restated is not None:
            home, names = restated, []      # the people's bodies are no new parties
        if home is None:
            if events and BACKGROUND.search(s.sentence.text) and not _same_occasion(s, events):
                continue                    # an earlier agreement mentioned in passing
            home = Event()
            events.append(home)
            if not s.slots.subject and announcer and not _holds(events, partners):
                # "X는 … 두 건의 협약을 체결했다. 먼저 (X는) Y와 … 맺었다. 이어 Z와는 …":
                # a sentence naming only a partner is signed by the subject named before
                names = announcer + names
        home.signings.append(s)
        known = list(home.names)
        # (two names the slots read as items of one sentence's list stay two: the parties'
        # grouping tells them apart, rule listed-apart in agreements.names)
        for m in names:
            if not any(orgs.same_body(m.name, n.name) for n in known) and not any(
                    orgs.compact(m.name) == orgs.compact(n.name) for n in home.names):
                home.names.append(m)
        if s.slots.unnamed > home.unnamed and (not s.slots.unnamed_in_subject
                                               or home.signings[0] is s):
            home.unnamed, home.unnamed_head = s.slots.unnamed, s.slots.unnamed_head
    return [e for e in events if not _announcing(e, events)]


def _same_occasion(s: Signing, events: list[Event]) -> bool:
    """Rule same-occasion: "한편 가온시는 같은 날 오후 솔빛병원과 … 협약을 맺었다" — an aside
    telling the day or the occasion of the event reported, whose subject is a party of an
    agreement before, reports another signing of that event (not an earlier one)."""
    return same_occasion(s.sentence.text) and any(
        orgs.same_body(m.name, n.name) for m in s.slots.subject for e in events for n in e.names)


def _same_agreement(event: Event, partners: list[orgs.Mention]) -> bool:
    """A signing sentence naming ``partners`` reports ``event``'s agreement: it names no
    partner, the event counted partners it has not named, or they share a partner."""
    return not partners or event.unnamed > len(event.names) - 1 or any(
        orgs.same_body(a.name, b.name) for a in partners for b in event.names)


_PEOPLE_SIGNED = re.compile(r"(?:협약서|협정서|각서|약정서)(?:에|에는)\s.*서명(?:했|하였|을 했)")


def _restated(s: Signing, events: list[Event]) -> Event | None:
    """Rule people-signed: "다온대학교 간호학과는 누리병원과 협약을 맺었다. … 다온대 간호학과장
    박다온 교수와 누리병원 최누리 원장이 협약서에 서명했다" — a later sentence of people signing
    the document restates the one agreement whose party it names (the subject here), though it
    writes another party by its parent body."""
    if not _PEOPLE_SIGNED.search(s.sentence.text):
        return None
    shared = [e for e in events if any(orgs.same_body(m.name, n.name)
                                       for m in s.slots.parties for n in e.names)]
    return shared[0] if len(shared) == 1 else None


def _announcing(event: Event, events: list[Event]) -> bool:
    """"X는 … 협약 두 건을 체결했다": the announcing sentence names no partner; its subject
    signs the agreements that follow, not one of its own."""
    return len(event.names) <= 1 and not event.unnamed and any(
        o is not event and len(o.names) > 1 and all(
            any(orgs.same_body(m.name, n.name) for n in o.names) for m in event.names)
        for o in events)


_CONTRAST = ("와는", "과는")
_AGREEMENT_OBJECT = re.compile(rf"(?:{AGREEMENT})(?:을|를)")


def contrasted(s: Signing) -> list[Signing]:
    """"A와는 X 협약을, B와는 Y 협약을 체결했다": one sentence, one agreement per partner."""
    words = s.clause.words
    partners = [m for m in s.slots.partners
                if 0 <= m.last_word < len(words) and words[m.last_word].particle in _CONTRAST]
    if len(partners) < 2 or len(partners) != len(s.slots.partners) or \
            len(_AGREEMENT_OBJECT.findall(s.clause.view)) < len(partners):
        return [s]
    return [replace(s, slots=replace(s.slots, partners=[p], unnamed=0)) for p in partners]


# "체결한 데 이어", "맺은 뒤", "체결하고": a signing closed before the next partner is named
_SIGNED_THEN = re.compile(r"(?:체결|맺|서명)(?:한 데 이어|한 뒤|한 후|하고|했고|했으며|"
                          r"은 데 이어|은 뒤|은 후|고|었고|었으며)(?![가-힣])")


def chained(s: Signing) -> list[Signing]:
    """Rule chained-signings: "A와 17일 협약을 체결한 데 이어 19일 B와도 협약을 체결했다":
    one sentence, two signings, one agreement per partner (each with the subject)."""
    words, view = s.clause.words, s.clause.view
    partners = sorted((m for m in s.slots.partners if 0 <= m.first_word <= m.last_word
                       < len(words)), key=lambda m: m.first_word)
    if len(partners) < 2 or len(partners) != len(s.slots.partners) or s.slots.unnamed:
        return [s]
    for a, b in itertools.pairwise(partners):
        if not _SIGNED_THEN.search(view[words[a.last_word].end:words[b.first_word].start]):
            return [s]
    return [replace(s, slots=replace(s.slots, partners=[p])) for p in partners]


def chained_day(s: Signing, published: dt.date | None) -> dt.date | None:
    """Rule chained-signings, its date: "A와 17일 체결한 데 이어 19일 B와도 …": the signing
    with A is dated by the part of the sentence that closes with its own verb."""
    words, view = s.clause.words, s.clause.view
    if len(s.slots.partners) != 1:
        return None
    p = s.slots.partners[0]
    if not 0 <= p.first_word <= p.last_word < len(words):
        return None
    closing = _SIGNED_THEN.search(view, words[p.last_word].end)
    before = [m.end() for m in _SIGNED_THEN.finditer(view, 0, words[p.first_word].start)]
    if closing is None and not before:
        return None                     # the sentence tells one signing
    end = closing.end() if closing else len(view)
    return _dates.day_in(view[(before or [0])[-1]:end], published)


def each_day(event: Event, published: dt.date | None) -> dt.date | None:
    """Rule each-its-day: "A는 20일 B와, 21일 C와 각각 협약을 체결했다" (or "B와 20일, C와
    21일 각각 …"): each partner's agreement takes the day written beside that partner, when
    every partner has one and they are not all the same day."""
    if event.each is None:
        return None
    s = event.signings[0]
    words, view = s.clause.words, s.clause.view
    partners = sorted((m for m in s.slots.partners if 0 <= m.first_word <= m.last_word
                       < len(words)), key=lambda m: m.first_word)
    if len(partners) < 2 or not any(m is event.each for m in partners):
        return None
    edges = [0, *(words[m.first_word].start for m in partners), len(view)]
    ends = [words[m.last_word].end for m in partners]
    before = [_dates.day_in(view[prev:words[m.first_word].start], published)
              for prev, m in zip([0, *ends], partners, strict=False)]
    after = [_dates.day_in(view[end:nxt], published)
             for end, nxt in zip(ends, edges[2:], strict=True)]
    for days in (before, after):
        if all(days) and len(set(days)) > 1:
            return days[[m is event.each for m in partners].index(True)]
    return None


def _holds(events: list[Event], partners: list[orgs.Mention]) -> bool:
    """True when an earlier event already names one of these partners among its parties."""
    return any(orgs.same_body(p.name, n.name) for e in events for n in e.names for p in partners)


def split_each(events: list[Event]) -> list[Event]:
    """"A는 B, C, D와 각각 협약을 체결했다": one agreement per partner."""
    out = []
    for event in events:
        lead = event.signings[0]
        subject, partners = lead.slots.subject, lead.slots.partners
        if _EACH.search(lead.sentence.text) and len(subject) == 1 and len(partners) >= 2 \
                and not event.unnamed:
            for partner in partners:
                out.append(Event(event.signings, [subject[0], partner], each=partner))
        else:
            out.append(event)
    return out
