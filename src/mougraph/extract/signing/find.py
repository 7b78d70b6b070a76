"""signings: the sentences of an article that report a signing, each with its parties."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ...text import Sentence
from .. import orgs
from ..clause import Clause, clause
from ..cues import HANDS_JOINED, STRENGTH_POOLED
from .listed import GUESTS_WATCHING, listed_subject
from .parties import slots
from .parts import AGREEMENT_WORD, COLLECTIVE, Slots, collective_count
from .refusals import QUOTE, background_after_plan, signing_stands
from .reports import AGREEMENT_TEXT, SignedRule, first_signed_rule

_KIND = (("양해각서", "양해각서"), ("MOU", "MOU"), ("자매결연", "자매결연"),
         ("업무협약", "업무협약"), ("협정", "협정"), ("약정", "약정"), ("협약", "협약"),
         ("결연", "자매결연"))


@dataclass
class Signing:
    sentence: Sentence
    clause: Clause
    kind: str
    slots: Slots


def reports_signing(text: str, *, caption: bool = False, year: int | None = None) -> bool:
    """True when the sentence reports an agreement as signed (not planned, not audited)."""
    return signing_rule(text, caption=caption, year=year) is not None


@lru_cache(maxsize=1024)
def signing_rule(text: str, *, caption: bool = False,
                 year: int | None = None) -> SignedRule | None:
    """The rule by which the sentence reports a signing; None when it reports none (kept for
    the sentences of the last articles: the learned party scorer asks again of each)."""
    text = QUOTE.sub(" ", text)
    if not AGREEMENT_TEXT.search(text):
        return None
    found = first_signed_rule(text, caption)
    if found is None:
        return None
    rule, signed = found
    return rule if signing_stands(text, rule, signed, year) else None


def agreement_kind(text: str) -> str:
    compact = text.replace(" ", "")
    for word, kind in _KIND:
        if word in compact:
            return kind
    return "협약"


def signings(sentences: list[Sentence], captions: frozenset[int], *,
             year: int | None = None, clauses: dict[int, Clause] | None = None) -> list[Signing]:
    """The sentences that report a signing, with their parties read (``clauses`` by start)."""
    found: list[tuple[int, Sentence, SignedRule]] = []
    for n, s in enumerate(sentences):
        rule = signing_rule(s.text, caption=s.start in captions, year=year)
        if rule is not None:
            found.append((n, s, rule))
    level = min((rule.fallback for _, _, rule in found), default=0)
    found = [(n, s, rule) for n, s, rule in found if rule.fallback == level]
    if found and background_after_plan([x.text for x in sentences[:found[0][0]]],
                                       [s.text for _, s, _ in found]):
        return []
    out = []
    for n, s, rule in found:
        cl = clauses[s.start] if clauses is not None else orgs.spaced_view(clause(s))
        read = slots(cl)
        if rule.name == "headline" and not read.parties:
            read.subject = list(orgs.mentions(cl))   # "가람시-누리대, 협약 체결": all it pairs
        if not read.parties and n and COLLECTIVE.match(s.text):
            _collective_before(sentences, n, clauses, read)
        elif not read.parties and not read.unnamed and n and not _has_subject(cl):
            _hands_before(sentences, n, clauses, read)
        out.append(Signing(s, cl, agreement_kind(cl.view), read))
    return out


def _collective_before(sentences: list[Sentence], n: int, clauses: dict[int, Clause] | None,
                       read: Slots) -> None:
    """"A와 B가 … 손을 맞잡았다. 양 기관은 이날 … 협약을 맺었다": the collective subject of
    sentence ``n`` stands for the parties the sentence before named (into ``read``)."""
    prev = sentences[n - 1]
    prev_cl = clauses[prev.start] if clauses is not None else clause(prev)
    before = slots(prev_cl)
    named = before.parties if not before.unnamed else []
    if GUESTS_WATCHING.search(prev.text):
        named = []    # "미르와 다온이 내빈으로 함께했다. 두 회사는 …": guests
    if len(named) < 2 and n == 1 and (AGREEMENT_WORD.search(prev.text)
                                      or JOINED_HANDS.search(prev.text)):
        # "가람시-누리대, 청년 정착 협약 체결" as the headline: the bodies it pairs
        # (or "가람시-누리대, 청년 창업 '맞손'": joined hands, rule headline-hands)
        named = list(orgs.mentions(prev_cl))
    count = collective_count(sentences[n].text)
    if count is not None and len(named) != count:
        named = listed_subject(prev_cl, count) or named   # rule bare-listed-before
    if len(named) >= 2 and count in (None, len(named)):   # ("세 기관은" after two: none)
        read.subject, read.partners = named, []
        read.unnamed, read.unnamed_head, read.unnamed_in_subject = 0, "", False
        read.people = before.people + read.people


def _has_subject(cl: Clause) -> bool:
    """A word marked as the clause's topic or subject ("소담정밀은", "두 회사가")."""
    return any(w.particle.rstrip(",. ") in {"은", "는", "이", "가"} for w in cl.words)


def _hands_before(sentences: list[Sentence], n: int, clauses: dict[int, Clause] | None,
                  read: Slots) -> None:
    """Rule subjectless-after-hands: "A와 B가 손을 잡았습니다. (2/5) 14일 … 협약을 맺었는데요"
    — a signing sentence with no subject and no party goes on with the sentence before it (a card's
    number between them set aside) when that one tells two bodies or more joining hands."""
    k = n - 1
    while k > 0 and n - k < 3 and not re.search(r"[가-힣]", sentences[k].text):
        k -= 1                      # "2/5": a card's number, no sentence
    prev = sentences[k]
    if not JOINED_HANDS.search(prev.text) or GUESTS_WATCHING.search(prev.text) or \
            AGREEMENT_WORD.search(prev.text):
        return                      # (a sentence with its own agreement is read on its own)
    before = slots(clauses[prev.start] if clauses is not None else clause(prev))
    if len(before.parties) >= 2 and not before.unnamed:
        read.subject, read.partners = before.parties, []
        read.people = before.people


# a headline's words for two bodies joining hands ("맞손", "손잡아", "힘 모은다", "뭉쳤다")
JOINED_HANDS = re.compile(rf"맞손|{HANDS_JOINED}|{STRENGTH_POOLED}|뭉쳤|뭉친다|뭉쳐|맞들")
