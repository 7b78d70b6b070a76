"""Agreement assembly: the signing sentences of an article in, its agreements out.

``assemble`` resolves who signs where the sentence leaves it to a kind word or the
sentence before, lets ``elsewhere`` fill the slots other sentences tell, splits contrasted
and chained signings, groups the sentences into agreements, and builds each one: its
partners (named, counted, or told around the signing), its parties' names, its
representatives, areas, date, venue and label. Parties told in other sentences without a
count are ``elsewhere``'s rules.

One module per family of rules, each importing only those above it:

  events           which signing sentences report one agreement (Event, signing_events;
                   contrasted, chained and "각각" signings split, each dated by its part)
  subjects         who signs when the sentence does not say (the topic before, "재단은")
  names            a party's names: glued names told apart, mentions grouped per body, an
                   acronym or defined short form absorbed, one Organisation per group
  lists            the partners a sentence names as a list ("참여 기업은 A, B, C 등이다")
  partners         the parties told around the signing (the people who signed, bullets
                   after "다음 기관들과", a bare title's government, a head attending)
  counts           the partners a signing counts but does not name: _COUNT_SOURCES, in order
  fallbacks        the partners of a signing naming fewer than two: PARTNER_FALLBACKS, in order
  representatives  who speaks for which party (rule representative)
"""
from __future__ import annotations

import datetime as dt
import re

from ...model import Agreement, Organisation, Span
from ...text import Document, Sentence
from .. import areas as _areas
from .. import dates as _dates
from .. import elsewhere, orgs, people
from .. import project as _project
from .. import venue as _venue
from ..clause import Clause
from ..signing import Signing
from .counts import supplement
from .events import Event, chained, chained_day, contrasted, each_day, signing_events, split_each
from .fallbacks import Told, with_fallbacks
from .names import (
    Name,
    ShortForm,
    absorb_names,
    group_names,
    merge_named_twice,
    party_organisation,
    unglue,
)
from .partners import councils_dropped, headed_bare_partners, headline_counted
from .representatives import party_representatives
from .subjects import carry_topic, resolve_short, topic_own_clause

__all__ = ["Name", "ShortForm", "assemble"]


def assemble(doc: Document, clauses: dict[int, Clause], found: list[Signing],
             published: dt.date | None, author: str | None) -> list[Agreement]:
    """The agreements the signing sentences ``found`` report (``clauses`` by sentence start)."""
    for s in found:
        if not s.slots.subject and s.slots.short_subject and \
                not topic_own_clause(s.sentence.text):
            found_short = resolve_short(doc, clauses, s, s.slots.short_subject)
            s.slots.subject = [found_short] if found_short else []
        for short in s.slots.short_partners:    # "군과 농협은 … 체결식을 열었다"
            m = resolve_short(doc, clauses, s, short)
            if m is not None and not any(orgs.same_body(m.name, p.name) for p in s.slots.parties):
                s.slots.partners.append(m)
    carry_topic(doc, clauses, found)
    elsewhere.fill(doc, clauses, found)
    found = [part for s in found for part in contrasted(s)]
    found = [part for s in found for part in chained(s)]
    persons = [(s, p) for s in doc.sentences for p in people.find_people(clauses[s.start])]
    events = split_each(signing_events(found))
    parties = [_parties(doc, clauses, event, persons) for event in events]
    return [_agreement(doc, event, own, _others(own, parties), persons, published, author)
            for event, own in zip(events, parties, strict=True)]


# --- one agreement ----------------------------------------------------------------------

def _parties(doc: Document, clauses: dict[int, Clause], event: Event,
             persons: list[tuple[Sentence, people.PersonMention]]) -> list[Organisation]:
    """The parties of ``event``'s agreement: named, counted, or told around the signing."""
    names = list(event.names)
    if event.unnamed and (len(names) - 1 < event.unnamed + 1 or _few_of_kind(event, names)):
        names += supplement(doc, clauses, event, names)
    names += headline_counted(doc, event, names)
    names = unglue(names, doc)
    names += headed_bare_partners(event, persons, names, doc)
    names = with_fallbacks(Told(doc, clauses, event, persons), names)
    names = councils_dropped(names, doc.text)
    groups = group_names(names, doc)
    absorb_names(groups, doc, clauses)
    groups = merge_named_twice(groups)
    return [party_organisation(g, doc) for g in groups]


def _few_of_kind(event: Event, names: list[orgs.Mention]) -> bool:
    """Rule count-of-a-kind: "A대 등 5개 대학과 B, C, D 등 기업 4곳이 참여하는 협약": the
    sentence names many bodies, but few of the kind it counts unnamed, so the rest are
    named elsewhere ("참여 대학은 A대와 E대, F대 등 5곳이다")."""
    kind = orgs.kind_of(event.unnamed_head)
    if kind is None:
        return False
    of_kind = [m for m in names if orgs.kind_of(m.name) is kind]
    return len(of_kind) < event.unnamed + 1


def _others(own: list[Organisation], every: list[list[Organisation]]) -> tuple[str, ...]:
    """The names of the parties of the article's other agreements that are no party of this
    one (rule told-for-own-parties: a block told for them is their agreement's)."""
    mine = {n for p in own for n in (p.name, *p.aliases)}
    return tuple(dict.fromkeys(
        n for parties in every if parties is not own for p in parties
        if not ({p.name, *p.aliases} & mine) for n in (p.name, *p.aliases)))


def _agreement(doc: Document, event: Event, parties: list[Organisation], others: tuple[str, ...],
               persons: list[tuple[Sentence, people.PersonMention]],
               published: dt.date | None, author: str | None) -> Agreement:
    lead = next((s for s in event.signings if not doc.is_caption(s.sentence)), event.signings[0])
    reps = party_representatives(parties, persons, author)
    sentence = lead.sentence
    span = Span(sentence.start, sentence.end, sentence.text)
    project = _project.find_project(doc, sentence)
    signed_on, signed_at = _dates.signing_datetime(doc, sentence, published)
    signed_on = each_day(event, published) or chained_day(lead, published) or signed_on
    return Agreement(
        label=_label(parties, project, lead.kind),
        parties=tuple(parties),
        representatives=tuple(reps),
        areas=tuple(_areas.find_areas(
            doc, sentence, parties=tuple(n for p in parties for n in (p.name, *p.aliases)),
            others=others)),
        kind=lead.kind,
        signed_on=signed_on,
        signed_at=signed_at,
        venue=_venue.find_venue(doc, sentence),
        project=project,
        evidence=span,
    )


def _label(parties: list[Organisation], project: str | None, kind: str) -> str:
    """"대전광역시 외 11개 기관 융·복합 특수영상 콘텐츠 클러스터 업무협약", deterministic."""
    if not parties:
        who = ""                        # a signing whose parties the article does not name
    elif len(parties) == 2:
        who = f"{parties[0].name}·{parties[1].name}"
    else:
        who = parties[0].name + (f" 외 {len(parties) - 1}개 기관" if len(parties) > 1 else "")
    what = re.sub(r"\s*사업$", "", project) if project else ""
    return " ".join(x for x in (who, what, kind) if x)

