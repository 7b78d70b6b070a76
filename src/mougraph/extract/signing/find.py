"""signings: the sentences of an article that report a signing, each with its parties."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ...text import Sentence
from .. import orgs
from ..clause import Clause, clause
from .parties import slots
from .parts import AGREEMENT_WORD, Slots
from .refusals import QUOTE, signing_stands
from .reports import AGREEMENT_TEXT, SignedRule, first_signed_rule

# "양 기관은", "두 기관이", "양측은", "3개 기관은": the parties named before, as a subject
_COLLECTIVE = re.compile(
    # (after up to three opening words that are no subject: "이를 위해 양 기관은", "이날")
    r"^\s*(?:\S*[^\s은는이가,]\s){0,3}?(?:양|두|세|네|다섯|[2-9]\s?개)\s?"
    r"(?:기관|측|사|대학|단체|기업|지자체|자치단체|학교|병원|협회|기관들|시군|도시"
    r"|은행|재단|공사|공단|센터|대학교|회사|업체|조합|금고|법인|지역|시|군|구|도|교회|부대)"
    r"(?:은|는|이|가|도)\s")


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


def signing_rule(text: str, *, caption: bool = False,
                 year: int | None = None) -> SignedRule | None:
    """The rule by which the sentence reports a signing; None when it reports none."""
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
    out = []
    for n, s, rule in found:
        cl = clauses[s.start] if clauses is not None else clause(s)
        read = slots(cl)
        if rule.name == "headline" and not read.parties:
            read.subject = list(orgs.mentions(cl))   # "가람시-누리대, 협약 체결": all it pairs
        if not read.parties and n and _COLLECTIVE.match(s.text):
            # "A와 B가 … 손을 맞잡았다. 양 기관은 이날 … 협약을 맺었다": the collective
            # subject stands for the parties the sentence before named
            prev = sentences[n - 1]
            prev_cl = clauses[prev.start] if clauses is not None else clause(prev)
            before = slots(prev_cl)
            named = before.parties if not before.unnamed else []
            if len(named) < 2 and n == 1 and (AGREEMENT_WORD.search(prev.text)
                                              or JOINED_HANDS.search(prev.text)):
                # "가람시-누리대, 청년 정착 협약 체결" as the headline: the bodies it pairs
                # (or "가람시-누리대, 청년 창업 '맞손'": joined hands, rule headline-hands)
                named = list(orgs.mentions(prev_cl))
            if len(named) >= 2:
                read.subject, read.partners = named, []
                read.unnamed, read.unnamed_head, read.unnamed_in_subject = 0, "", False
                read.people = before.people + read.people
        out.append(Signing(s, cl, agreement_kind(cl.view), read))
    return out


# a headline's words for two bodies joining hands ("맞손", "손잡아", "힘 모은다", "뭉쳤다")
JOINED_HANDS = re.compile(r"맞손|손\s?(?:을\s?)?(?:맞)?잡|힘\s?(?:을\s?)?모|뭉쳤|뭉친다|뭉쳐|맞들")
