"""Parties a signing sentence leaves to the sentences around it.

A signing sentence often names its parties only in part: "양 기관은 …" after a lead that named
them, "가온시는 지역 대학과 …" under a headline pairing the city with the university, "김누리
총장과 박한빛 대표는 … 서명했다" with their bodies written beside them elsewhere. Each rule here
takes a body from another sentence only when that sentence is tied to the signing by
construction (a collective subject counting it, a kind word naming it, a ceremony it heads or
joins, the same person and title); a body merely mentioned elsewhere (a sponsor, a guest, an
earlier partner) is never taken. (A subject carried from the sentence before is
``agreements.subjects.carry_topic``; a list of who joined or signed is
``agreements.lists.named_as_partners``.)

Rules (each fills the slots of a signing sentence, before agreement assembly):
- *collective-before*: "A와 B가 … 손을 잡았다. (…) 이들 기관은 19일 … 협약을 체결했다":
  a collective subject stands for the bodies of the nearest sentence before that names two or
  more, within three sentences or in the headline, as many as it counts.
- *kind-partner*: "가온시-누리대, … 맞손 / 가온시는 … 지역 대학과 협약을 맺었다": a partner
  called by its kind is the one body of that kind the article names.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from ..model import OrgKind
from ..text import Document, Sentence
from . import orgs, people
from .agreements.subjects import topic_own_clause
from .clause import Clause
from .cues import AGREEMENT, BACKGROUND, COOP_VERB, EARLIER, GUESTS
from .signing import Signing, slots
from .signing.find import JOINED_HANDS
from .signing.listed import GUESTS_WATCHING, listed_subject
from .signing.parts import COMPANY_WORDS, collective_count

_LOOK_BACK = 3
# a headline pairing bodies: "가온시-누리대, 청년 일자리 맞손", "… 업무협약 체결"
_HEADLINE_CUE = re.compile(rf"(?:{AGREEMENT})|{JOINED_HANDS.pattern}|협력|{COOP_VERB}")


def fill(doc: Document, clauses: dict[int, Clause], found: list[Signing]) -> None:
    """Complete the slots of the signing sentences ``found`` from the sentences around them:
    each row of ``_SLOT_RULES`` in turn."""
    for s in found:
        for rule in _SLOT_RULES:
            rule(doc, clauses, s)


def _unnamed_parties(doc: Document, clauses: dict[int, Clause], s: Signing) -> None:
    """No party named: a collective subject's bodies named before, or a ceremony's lead."""
    if not s.slots.parties:
        s.slots.subject = _collective_before(doc, clauses, s) or \
            _ceremony_before(doc, clauses, s)


def _ceremony_heads(doc: Document, clauses: dict[int, Clause], s: Signing) -> None:
    if len(s.slots.parties) < 2:
        s.slots.subject += [m for m in _ceremony_of(s) if not _among(m, s.slots.parties)]


def _signers(doc: Document, clauses: dict[int, Clause], s: Signing) -> None:
    if len(s.slots.parties) < 2:
        found = _signers_named_elsewhere(doc, clauses, s)
        if len(s.slots.parties) + len(found) >= 2:
            (s.slots.partners if s.slots.subject else s.slots.subject).extend(found)


def _kind_words(doc: Document, clauses: dict[int, Clause], s: Signing) -> None:
    for short in s.slots.short_partners:
        m = _kind_partner(doc, clauses, s, short) or _company_in_headline(doc, clauses, s, short)
        if m is not None:
            s.slots.partners.append(m)
    if not s.slots.subject and s.slots.short_subject and s.slots.partners:
        s.slots.subject = _kind_subject(doc, clauses, s)


# The rules that fill a signing sentence's slots from other sentences, tried in this order
# (each only where the slots still lack what it gives).
_SLOT_RULES: tuple[Callable[[Document, dict[int, Clause], Signing], None], ...] = (
    _unnamed_parties,       # collective-before, ceremony-before
    _ceremony_heads,        # ceremony-of
    _signers,               # signers-elsewhere
    _kind_words,            # kind-partner, kind-subject
)


def _among(m: orgs.Mention, names: list[orgs.Mention]) -> bool:
    return any(orgs.same_body(m.name, n.name) for n in names)


# a kind word and the other endings of the names it calls ("대학과" for "누리대", "군은" for
# "가온군청")
_SHORTER = {"대학": ("대", "대학교"), "대학교": ("대", "대학"),
            "시": ("시청",), "군": ("군청",), "구": ("구청",), "도": ("도청",)}


def _kind_partner(doc: Document, clauses: dict[int, Clause], s: Signing,
                  short: str) -> orgs.Mention | None:
    """Rule kind-partner: "가온시는 … 지역 대학과 협약을 맺었다": the one body the article
    names with that ending (when the partner is no party yet)."""
    if any(_fits(p.name, short) for p in s.slots.partners):
        return None                     # resolved already ("군과 농협은": the 농협 named before)
    if any(p.parent and _fits(p.parent, short) for p in s.slots.parties):
        return None     # "가온대 사업단은 누리대 사업단과 대학 간 …": the parties' own parents
    return _one_of_kind(doc, clauses, short, s.slots.parties)


def _kind_subject(doc: Document, clauses: dict[int, Clause], s: Signing) -> list[orgs.Mention]:
    """Rule kind-subject: "군은 19일 누리농협과 … 협약을 체결했다. 홍길동 가온군수는 …": a
    subject called by its kind, named nowhere before, is the one body of that kind the article
    names (also as a person's body)."""
    if topic_own_clause(s.sentence.text):
        return []
    m = _one_of_kind(doc, clauses, s.slots.short_subject, s.slots.parties)
    return [m] if m is not None else []


def _company_in_headline(doc: Document, clauses: dict[int, Clause], s: Signing,
                         short: str) -> orgs.Mention | None:
    """Rule headline-company: "다온시, 소리숲과 … 협약 / 다온시는 … 지역 보청기 전문 기업과
    협약을 맺었다": a partner called only a company is the one body besides the parties that
    the headline pairs with them, when that body's name tells no other kind (a bare brand or a
    company's ending)."""
    if short not in COMPANY_WORDS or not s.slots.parties:
        return None
    head = doc.sentences[0]
    if head.start == s.sentence.start or not _HEADLINE_CUE.search(head.text):
        return None
    named = _bodies_of(clauses[head.start], head, True)
    if not any(_among(m, s.slots.parties) for m in named):
        return None                     # a headline about other bodies
    others = [m for m in named if not _among(m, s.slots.parties)]
    if len(others) != 1:
        return None
    kind = orgs.kind_of(others[0].name)
    return others[0] if kind in (None, OrgKind.COMPANY) else None


def _fits(name: str, short: str) -> bool:
    name = orgs.compact(name)
    return any(name.endswith(e) and len(name) > len(e) for e in (short, *_SHORTER.get(short, ())))


def _one_of_kind(doc: Document, clauses: dict[int, Clause], short: str,
                 parties: list[orgs.Mention]) -> orgs.Mention | None:
    """The one body the article names with the ending ``short`` (none of ``parties``); None
    when there is none, several, or one named in an aside sentence (an earlier partner)."""
    found: list[orgs.Mention] = []
    for t in doc.sentences:
        cl = clauses[t.start]
        named = list(orgs.mentions(cl)) + [orgs.Mention.outside(p.org, p.start, p.end)
                                           for p in people.find_people(cl) if p.org]
        for m in named:
            if _fits(m.name, short) and " " not in m.name and not _among(m, parties) \
                    and not _among(m, found):
                found.append(m)
                if _earlier(t.text):
                    return None         # "시는 지난해 한빛대와도 …": an earlier partner
    if len(found) != 1:
        return None                     # none, or several the kind word could mean
    m = found[0]
    return orgs.Mention.outside(m.name, m.start, m.end, m.marked)


def _earlier(text: str) -> bool:
    """A sentence about an earlier agreement or partner ("앞서 …", "지난해 …", "… 바 있다")."""
    return bool(BACKGROUND.search(text) or EARLIER.search(text))


def _collective_before(doc: Document, clauses: dict[int, Clause],
                       s: Signing) -> list[orgs.Mention]:
    """Rule collective-before: the bodies a collective subject counts, named before."""
    count = collective_count(s.sentence.text)
    if count == 0:
        return []
    before = [t for t in doc.sentences if t.start < s.sentence.start]
    for n, t in enumerate(reversed(before)):
        headline = t is doc.sentences[0] and bool(_HEADLINE_CUE.search(t.text))
        if n >= _LOOK_BACK and not headline or GUESTS_WATCHING.search(t.text):
            continue    # (guests and onlookers are not what the collective stands for)
        named = _bodies_of(clauses[t.start], t, headline)
        if count is not None and len(named) != count:   # rule bare-listed-before
            named = _outside(listed_subject(clauses[t.start], count)) or named
        if len(named) < 2:
            continue
        # the nearest sentence naming bodies decides: the wrong count, and nothing is taken
        return named if count is None or len(named) == count else []
    # "양 기관은 … 체결했다. … ▲ 가온시와 누리대학교 관계자들이 협약 후 기념촬영을 하고 있다":
    # nothing before names them; a photo caption of the signing does
    for t in doc.sentences:
        if t.start > s.sentence.start and doc.is_caption(t) and _PHOTO_OF_IT.search(t.text):
            named = _bodies_of(clauses[t.start], t, False)
            if len(named) >= 2:
                return named if count is None or len(named) == count else []
    return []


_PHOTO_OF_IT = re.compile(rf"(?:{AGREEMENT})|기념촬영|서명")


# "협약식은 19일 … 열렸다", "양 기관의 협약식이", "협약은 19일 … 체결됐다": the ceremony or
# the agreement as the subject, no body named
_CEREMONY_SUBJECT = re.compile(
    rf"^\s*(?:\S*[^\s은는이가,]\s){{0,3}}?(?:(?:양|두|세)\s?(?:기관|측)의\s)?"
    rf"\S*(?:{AGREEMENT})(?:식|\s?체결식|\s?체결)?(?:은|는|이|가)\s")


def _ceremony_before(doc: Document, clauses: dict[int, Clause],
                     s: Signing) -> list[orgs.Mention]:
    """Rule ceremony-before: "가온시와 누리대학교가 청년 정착에 힘을 모은다. 협약식은 19일 …
    열렸다": a signing told by its ceremony alone is the one of the bodies the nearest sentence
    before (three at most) names as joining in something."""
    if _CEREMONY_SUBJECT.match(s.sentence.text) is None:
        return []
    before = [t for t in doc.body() if t.start < s.sentence.start][-_LOOK_BACK:]
    for t in reversed(before):
        if _WATCHED.search(t.text) or _GUESTS.search(t.text):
            continue    # "… 이사장 등이 참석해 협약을 축하했다": guests, not who joins
        named = _bodies_of(clauses[t.start], t, False)
        if len(named) < 2:
            continue
        ok = _HEADLINE_CUE.search(t.text) and not _earlier(t.text)
        return named if ok else []
    return []


# the particles of a name in the noun phrase before a ceremony ("A와 B의", "A·B", "A, B")
_OF_CEREMONY = ("", "와", "과", "의", ",")
# the ceremony or the agreement heading that noun phrase, and its verb of taking place
_HEADED = re.compile(rf"(?:{AGREEMENT})(?:식|체결식|체결)?$|^체결식$")
_TOOK_PLACE = re.compile(r"열렸|개최됐|개최되었|진행됐|진행되었|거행됐|체결됐|체결되었|있었")


def _ceremony_of(s: Signing) -> list[orgs.Mention]:
    """Rule ceremony-of: "가온시·누리대학교 청년 정착 업무협약 체결식이 19일 열렸다", "가온시와
    누리대학교의 업무협약식이 열렸다": the bodies of the noun phrase the ceremony (or the
    agreement) heads as the sentence's subject, two or more; nothing when a word before it is
    a verb or takes another case ("한빛도가 주최한 협약식이", "가온시청에서 열린")."""
    words = s.clause.words
    at = next((i for i, w in enumerate(words) if w.particle in ("이", "가", "은", "는")
               and _HEADED.search(w.stem)), None)
    if at is None or at == 0 or not _TOOK_PLACE.search(s.clause.view, words[at].end):
        return []
    if any(w.verbal or w.particle not in _OF_CEREMONY for w in words[:at]):
        return []
    out: list[orgs.Mention] = []
    for found in orgs.mentions(s.clause):
        if 0 <= found.last_word < at:
            parts = orgs.list_parts(found.name) or [found.name]
            out += [orgs.Mention.outside(p, found.start, found.end, found.marked) for p in parts]
    return out if len(out) >= 2 else []


# "참석한 가운데", "축하했다": people of a sentence who watched, not signed
_WATCHED = re.compile(r"참석한\s?가운데|축하|배석|입회|지켜보")
_GUESTS = re.compile(GUESTS)


def _signers_named_elsewhere(doc: Document, clauses: dict[int, Clause],
                             s: Signing) -> list[orgs.Mention]:
    """Rule signers-elsewhere: "누리대학교(총장 김누리)와 한빛전자(대표 박한빛)가 … 김누리
    총장과 박한빛 대표는 19일 협약서에 서명했다": the people of a signing sentence named by a
    bare title are of the bodies written with the same name and title in another sentence
    (never a council, whose head is a guest; none when the sentence tells who watched)."""
    if _WATCHED.search(s.sentence.text):
        return []
    out: list[orgs.Mention] = []
    for p in s.slots.people:
        if p.org or p.carried or p.context:
            continue
        for t in doc.sentences:
            if t.start == s.sentence.start:
                continue
            q = next((q for q in people.find_people(clauses[t.start])
                      if q.name == p.name and q.title == p.title and q.org), None)
            if q is None or q.org is None:
                continue
            if orgs.looks_like_org(q.org) and not orgs.compact(q.org).endswith("의회") and \
                    not any(orgs.same_body(q.org, m.name) for m in out + s.slots.parties):
                out.append(orgs.Mention.outside(q.org, q.start, q.end))
            break
    return out


def _bodies_of(cl: Clause, t: Sentence, headline: bool) -> list[orgs.Mention]:
    """The bodies a sentence names as its subject and partners (a headline: all it names)."""
    read = slots(cl)
    if read.unnamed:
        return []
    named = list(read.parties)
    if len(named) < 2 and headline:
        named = list(orgs.mentions(cl))
    return _outside(named)


def _outside(named: list[orgs.Mention]) -> list[orgs.Mention]:
    """The bodies as named in another sentence than the signing."""
    return [orgs.Mention.outside(x.name, x.start, x.end, x.marked) for x in named]
