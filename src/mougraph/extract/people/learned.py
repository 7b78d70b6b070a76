"""Rule learned-person: the people a learned tagger finds for the parties, where no rule did.

A linear-chain CRF (python-crfsuite; the model ``models/people.crfsuite``, trained on the own
corpus by ``train``) tags names and titles over each sentence's tokens (``learned_features``).
A tagged person is only ever linked to a party the rules found, never to another body:

- *beside-the-name*: the party written just before the name with nothing or one title
  between ("가람대 총장 김다온", "가람대(총장 김다온)", fused "가온시장 김다온"), or right
  after the name before a title ("김다온 가람대 총장"; a known miss: with the title's
  particle, "김다온 가람대 총장이", the title is not read there);
- *carried-in-a-list*: else the person listed just before in the same sentence, joined by a
  title, 과/와 or a comma ("A 단장과 B 부단장"), outside caption lines.

A tagged name inside a party's name, one whose lowest token marginal is under ``THRESHOLD``,
or one a rule person's name holds (or is held by) adds nothing: the rules keep the people
they found, and the tagger only adds (issue 10, item 3: chosen on corpus 133-192 over the
rules of then, measured once on the never-read dev third; the model, features, threshold and
links are what was measured, so change none of them without measuring again). Nor does one
ending in a particle ("총장 전화를 받은": an ordinary word; added after that measurement from
the people probe, it changes no dev article).

Nor does a person the rules refuse on purpose (``VETOES``, each a rule's predicate asked
again of the tagged person as the rules read them in their sentence; they change nothing in
how the tagger tags or links): *guest-address* (a congratulatory address), *short-kind* ("상의
회장" for another party), *own-body* (a body of no party written between name and title),
*fused-stranger* (a named body of no party fused into the title, "떤롱병원장"),
*body-as-name* (the word the rules read as a body, "재료연"), *joined-unfit* (carried across
과/와 with a title that heads no body of the party's kind), *title-as-name* (the word the rules
read as the title, "(사단장 소장 …)"), *country-as-name* (a country's name before a body's,
"필리핀 …대학교").

A person the step adds has the title the rules read with them in their sentence
(``rules_title``, rule learned-title: measured once on the never-read dev third, titles .944
-> 1.0, representatives unchanged), the tagger's nearest title word only where the rules read
none.
"""
from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from functools import cache
from importlib.resources import files
from pathlib import Path

import pycrfsuite

from ... import gazetteer, morph
from ...lexicons import countries
from ...model import Agreement, Organisation, Person, ReadBy, Span
from ...text import SYMBOLS, Document, Sentence, comparable, prepare
from ..agreements.representatives import (
    fused_office_no_party,
    fused_stranger,
    gave_address,
    resolve,
    short_kind_elsewhere,
    title_fits,
    written_with_no_party,
)
from ..clause import clause
from ..lexicon import compact
from ..orgs import spaced_view
from .find import find_people
from .learned_features import HANGUL, article_sentences, features, surnames, title_end
from .mention import PersonMention

MODEL_PATH = Path(__file__).resolve().parents[2] / "models" / "people.crfsuite"
# the lowest marginal of a name's tokens for the name to count (chosen on corpus 133-192)
THRESHOLD = 0.5
_CAPTION_CUES = ("왼쪽부터", "오른쪽부터", "좌측부터", "우측부터", "사진")
# what may stand between a party's name and a name or title (besides a title)
_SEPARATORS = " \t,·ㆍ및과와(의"

# a party's canonical name -> the names it is written with (canonical first)
Parties = dict[str, tuple[str, ...]]


@cache
def _model() -> bytes:
    return files("mougraph").joinpath("models", "people.crfsuite").read_bytes()


_per_thread = threading.local()


def tagger() -> pycrfsuite.Tagger:
    """The tagger, loaded on first use: the model is read once per process, and each thread
    gets its own tagger (a tagger holds the sequence it tags)."""
    found = getattr(_per_thread, "tagger", None)
    if found is None:
        found = pycrfsuite.Tagger()
        found.open_inmemory(_model())
        _per_thread.tagger = found
    return found


@cache
def model_attributes() -> frozenset[str] | None:
    """The feature strings the model knows (its attributes), or None if its dump cannot be
    read whole. The tagger drops every other string it is given, unread: given only these,
    it tags the same, faster (a third of the strings describing a dev sentence are unknown
    words)."""
    info = tagger().info()
    known = frozenset(info.attributes)
    return known if str(len(known)) == info.header.get("num_attrs") else None


@dataclass(frozen=True)
class Tagged:
    """A name the tagger read, how sure it is (lowest marginal), the title beside it, and
    where name and sentence are in the text."""

    name: str
    prob: float
    title: str
    start: int
    end: int
    sent_start: int
    sent_end: int


def _one_word_name(tokens: list[morph.Token], i: int, j: int, text: str) -> int:
    """A Korean name is one word: "김다온 가람대" tagged as one name keeps 김다온."""
    first = text[tokens[i].start:tokens[j].end].split()[0]
    if HANGUL.match(first) and 2 <= len(first) <= 4 and first[0] in surnames():
        while j > i and tokens[j].start >= tokens[i].start + len(first):
            j -= 1
    return j


def tagged_people(crf: pycrfsuite.Tagger, text: str,
                  sentences: list[list[morph.Token]] | None = None) -> Iterator[Tagged]:
    """Every name the tagger reads in ``text`` (in ``sentences`` of it, default all), in
    order, with the title nearest it."""
    for tokens in article_sentences(text) if sentences is None else sentences:
        crf.set(features(tokens, text, model_attributes()))
        labels = crf.tag()
        for i, label in enumerate(labels):
            if label != "B-PER":
                continue
            j = i
            while j + 1 < len(tokens) and labels[j + 1] == "I-PER":
                j += 1
            j = _one_word_name(tokens, i, j, text)
            if tokens[j].tag.startswith("J"):
                continue    # "총장 전화를 받은": no name ends in a particle; an ordinary word
            prob = min(crf.marginal("B-PER" if k == i else "I-PER", k) for k in range(i, j + 1))
            near = sorted((k for k in range(max(0, i - 4), min(len(tokens), j + 5))
                           if not i <= k <= j), key=lambda k: min(abs(k - i), abs(k - j)))
            title = next((tokens[k].form for k in near
                          if labels[k] == "B-TTL" or title_end(tokens[k].form)), "")
            yield Tagged(text[tokens[i].start:tokens[j].end], prob, title, tokens[i].start,
                         tokens[j].end, tokens[0].start, tokens[-1].end)


# --- linking to a party ----------------------------------------------------------------------

def is_title_gap(gap: str, label: str = "") -> bool:
    """Nothing, or one title (maybe fused with the label's ending), between two things."""
    if label and gap and gap[0] not in _SEPARATORS:
        glued = (gap.split() or [gap])[0].split("(")[0]
        if not (glued == "의" or (len(glued) <= 4 and (
                title_end(glued) or title_end(label[-1] + glued)))):
            return False
    core = gap.strip(_SEPARATORS)
    if not core:
        return True
    words = core.split()
    if len(core) > 10 or len(words) > 2 or any(c in core for c in ").\"'“”"):
        return False
    last = words[-1].rstrip("과와,")
    return bool(title_end(last) or (label and title_end(label[-1] + last)))


def _label_distance(text: str, person: Tagged, label: str, at: int) -> float | None:
    """How far the party's name written at ``at`` is from the person, when it is theirs."""
    end = at + len(label)
    if end <= person.start:
        gap = text[end:person.start]
        return len(gap) if is_title_gap(gap, label) else None
    if person.end <= at <= person.end + 1:   # "김다온 가람대 총장"
        after = (text[end:end + 6].split() or [""])[0]
        if not after or title_end(after) or title_end(label[-1] + after):
            return 0.5
    return None


def direct_party(text: str, person: Tagged, parties: Parties) -> str | None:
    """Rule beside-the-name: the nearest party written with the person in their sentence."""
    best: tuple[float, str] | None = None
    for party, labels in parties.items():
        for label in (lab for lab in labels if len(lab) >= 2):
            at = text.find(label, person.sent_start)
            while 0 <= at and at + len(label) <= person.sent_end:
                dist = _label_distance(text, person, label, at)
                if dist is not None and (best is None or dist < best[0]):
                    best = (dist, party)
                at = text.find(label, at + 1)
    return best[1] if best else None


# (start, end, party) of a person already linked: a rule person, or one the tagger linked
Linked = tuple[int, int, str]


def carried_party(text: str, person: Tagged, linked: list[Linked]) -> str | None:
    """Rule carried-in-a-list: the party of the person listed just before in the sentence
    (not in a caption, where the people listed are of any body)."""
    if any(c in text[person.sent_start:person.sent_end] for c in _CAPTION_CUES):
        return None
    before = [m for m in linked if person.sent_start <= m[0] and m[1] <= person.start]
    if not before:
        return None
    prev = max(before, key=lambda m: m[1])
    return prev[2] if is_title_gap(text[prev[1]:person.start]) else None


# --- the people added to an article's agreements -----------------------------------------------

def add_learned_people(text: str, agreements: list[Agreement], doc: Document | None = None
                       ) -> list[Agreement]:
    """``agreements`` with the people the tagger finds in ``text`` for their parties, where
    no rule person is the same person and no rule refuses them (``VETOES``); each joins the
    agreements their party signs. ``doc``: ``text`` as the rules prepared it, if at hand."""
    parties = _party_names(agreements)
    if not parties:
        return agreements
    rule_people = [p for a in agreements for p in a.representatives]
    linked = _rule_mentions(text, rule_people, parties)
    rule_names = {comparable(p.name) for p in rule_people}
    rules = RulesReading(text, _party_records(agreements, parties), doc)
    added = [(person, party)
             for person, party in _linked_people(text, parties, linked, rules, rule_names)
             if not _same_as_one_of(comparable(person.name), rule_names)]
    if not added:
        return agreements
    return [_with_people(a, added, text) for a in agreements]


def _party_names(agreements: list[Agreement]) -> Parties:
    """Each party of the article's agreements with its names (one party signing two
    agreements: the names of both)."""
    names: dict[str, dict[str, None]] = {}
    for agreement in agreements:
        for party in agreement.parties:
            names.setdefault(party.name, {}).update(dict.fromkeys((party.name, *party.aliases)))
    return {party: tuple(forms) for party, forms in names.items()}


def _rule_mentions(text: str, people: list[Person], parties: Parties) -> list[Linked]:
    """Where the rule people are written, with their party (what a list carries on)."""
    out: list[Linked] = []
    compared = {party: {comparable(n) for n in labels} for party, labels in parties.items()}
    for person in people:
        if person.organisation is None:
            continue
        theirs = compared.get(person.organisation) or {comparable(person.organisation)}
        party = next((p for p, names in compared.items() if names & theirs), None)
        if party is not None:
            out += [(at, at + len(person.name), party) for at in _written_at(person.name, text)]
    return out


def _written_at(name: str, text: str) -> list[int]:
    """Where ``name`` is written in ``text``, left to right, not overlapping: the starts of
    ``re.finditer(re.escape(name), text)`` without compiling a pattern per person."""
    if not name:
        return [m.start() for m in re.finditer("", text)]
    found: list[int] = []
    at = text.find(name)
    while at >= 0:
        found.append(at)
        at = text.find(name, at + len(name))
    return found


def _linked_people(text: str, parties: Parties, linked: list[Linked], rules: RulesReading,
                   rule_names: set[str]) -> list[tuple[Tagged, str]]:
    """The tagged people sure enough and linked to a party, each name once (first found);
    a person linked joins ``linked``, so the next in a list carries their party (a person
    a veto refuses is linked to nothing and carries nothing on; the vetoes are asked only
    of people the rules did not read: re-reading a sentence is the step's dearest part)."""
    people: dict[str, tuple[Tagged, str]] = {}
    def may_link(start: int, end: int) -> bool:
        return _may_link(text, start, end, parties, linked)

    sentences = [s for s in article_sentences(text, may_link)
                 if may_link(s[0].start, s[-1].end)]
    sure = [p for p in tagged_people(tagger(), text, sentences) if p.prob >= THRESHOLD]
    refused: set[str] = set()   # rule refused-once: a caption printed twice is one person
    for person in sorted(sure, key=lambda p: p.start):
        direct = direct_party(text, person, parties)
        party = direct or carried_party(text, person, linked)
        if party is None or person.name in refused or \
                any(person.name in n for names in parties.values() for n in names):
            continue
        if not _same_as_one_of(comparable(person.name), rule_names):
            link = rules.link(person, party, carried=direct is None)
            if vetoed(link) is not None:
                refused.add(person.name)
                continue
            person = replace(person, title=rules_title(link) or person.title)
        linked.append((person.start, person.end, party))
        people.setdefault(person.name, (person, party))
    return list(people.values())


def rules_title(link: Link) -> str | None:
    """Rule learned-title: the title of a person the step adds is the rules' reading of it in
    their sentence, the title the rules give the person for the party linked
    (``representatives.resolve``: "김다온 가람대 총장이", "가람대 김다온 총장은", "솔빛테크 대표
    김다온", "가온시 기획조정실장 김다온", "총장 직무대행 김다온"), else the title the rules read
    with the name; None when the rules read no person there (the tagger's title, the title
    word nearest the name, stays; it may be the person's before, "… 총장과 박하늘 부총장")."""
    m = link.reading
    if m is None or not m.title:
        return None
    resolved = resolve(m, link.parties)
    return resolved[1] if resolved is not None and resolved[0].name == link.party.name \
        else m.title


def _may_link(text: str, start: int, end: int, parties: Parties, linked: list[Linked]) -> bool:
    """Whether a person tagged in the line or sentence ``start``-``end`` could be linked at
    all: a party's name is written in it (beside-the-name), or a rule person
    (carried-in-a-list; the people the tagger links are in such sentences too). The others
    are neither analysed nor tagged: it saves half the tagger's time and changes nothing it
    adds (a sentence is tagged alone, whatever is tagged around it)."""
    return any(start <= m[0] and m[1] <= end for m in linked) or any(
        0 <= (at := text.find(label, start)) and at + len(label) <= end
        for labels in parties.values() for label in labels if len(label) >= 2)


def _with_people(agreement: Agreement, added: list[tuple[Tagged, str]], text: str
                 ) -> Agreement:
    signs = {p.name for p in agreement.parties}
    new = tuple(Person(person.name, person.title or None, party,
                       Span(person.sent_start, person.sent_end,
                            text[person.sent_start:person.sent_end]),
                       read_by=ReadBy.LEARNED_PERSON)
                for person, party in added if party in signs)
    return replace(agreement, representatives=agreement.representatives + new) if new \
        else agreement


# --- vetoes: what the rules refuse, the step does not add ------------------------------------
# The rules refuse some people on purpose (a guest, a body's officer that is no party's, a
# word that is a body); they record no refusal, so a veto asks the rules' own predicate again
# of the tagged person, as the rules read them in the sentence (people.find_people).

@dataclass
class RulesReading:
    """The rules' reading of an article, made where a tagged person is linked (the sentences
    and the people in each, read once; the parties as the agreements have them)."""

    text: str
    parties: list[Organisation]
    doc: Document | None = None   # the text as the rules prepared it (else prepared here)
    _people: dict[int, tuple[PersonMention, ...]] = field(default_factory=dict)

    def link(self, person: Tagged, party: str, *, carried: bool) -> Link:
        if self.doc is None:
            self.doc = prepare(self.text)
        sentence = next((s for s in self.doc.sentences
                         if s.start <= person.start < s.end), None)
        read: tuple[PersonMention, ...] = ()
        if sentence is not None:
            if sentence.start not in self._people:
                self._people[sentence.start] = tuple(find_people(spaced_view(clause(sentence))))
            read = self._people[sentence.start]
        record = next(o for o in self.parties if o.name == party)
        return Link(person, record, carried, self.text, self.parties, sentence, read)


@dataclass(frozen=True)
class Link:
    """A tagged person linked to a party (by carried-in-a-list or beside-the-name), with the
    rules' sentence there and the people the rules read in it."""

    person: Tagged
    party: Organisation
    carried: bool
    text: str
    parties: list[Organisation]
    sentence: Sentence | None
    read: tuple[PersonMention, ...]

    @property
    def reading(self) -> PersonMention | None:
        """The rules' reading of the tagged person: a person of that name over the name."""
        return next((m for m in self.read if m.start <= self.person.start < m.end
                     and (self.person.name in m.name or m.name in self.person.name)), None)


def _guest_address(link: Link) -> bool:
    """Veto guest-address: "가온대 홍길동 총장은 축사에서 …" - a congratulatory address is a
    guest's, whichever party's body is written with them (representatives: guest-address)."""
    m = link.reading
    return m is not None and link.sentence is not None and gave_address(link.sentence, m)


def _short_kind_elsewhere(link: Link) -> bool:
    """Veto short-kind: "김가온 시장과 이다솜 상의 회장" - a person written with a short kind
    (상의: 상공회의소) speaks for the party of that kind only; no list carries them to another
    (representatives: short-kind)."""
    m = link.reading
    return m is not None and short_kind_elsewhere(m, link.party, link.parties)


def _own_body_no_party(link: Link) -> bool:
    """Veto own-body: "한서윤 솔빛테크 대표와 최민재 들녘소프트 대표" - between the name and the
    title (or before the title: "…, 들녘소프트 대표 최민재") the rules read a body of the
    person's own that is no party ("들녘소프트"): a
    guest's, neither the party written before nor the one of the person listed before
    (representatives: one-body)."""
    m = link.reading
    if m is None or not m.org:
        return False
    # (only a body written between the name and the title, or right before the title in a
    # list written body, title, name: in "누리 총회(총회장 김다온)" the rules read 총회 alone,
    # a party's name cut short)
    between = compact(link.text[link.person.end:m.end])
    written = compact(m.org) in between or _body_title_before(link, m)
    return written and written_with_no_party(m, link.parties)


def _fused_office(link: Link) -> bool:
    """Veto fused-office: "가온시의회산업건설위원장 이하람 의원" - the rules read an office of
    no party fused into the title (representatives: fused-office): a guest's, not the party
    whose name the office begins with."""
    m = link.reading
    return m is not None and fused_office_no_party(m, link.parties)


def _fused_stranger(link: Link) -> bool:
    """Veto fused-stranger: "응우옌 반 흐엉 떤롱병원장" - the rules read a named body of no party
    fused into the title (representatives: fused-stranger): the person's own, no party's."""
    m = link.reading
    return m is not None and fused_stranger(m, link.parties)


def _body_title_before(link: Link, m: PersonMention) -> bool:
    """"…, 솔빛랩 대표 김다온, …": the rules' reading is the body and the title written whole
    before the name (rule list-item-body), nothing else between."""
    before = compact(link.text[m.start:link.person.start])
    return bool(m.org) and before == compact(m.org or "") + compact(m.title)


def _party_as_name(link: Link) -> bool:
    """Veto party-as-name: "△ 누리과학대 김다온 사업단장 △가온대학 이하람 부단장" - the tagged
    "name" is, without the bullet mark glued to it, a party's name: a name holds no mark and
    no party is a person."""
    name = link.person.name
    core = compact(name.lstrip(SYMBOLS + "-·"))
    return core != compact(name) or any(core == compact(f) for o in link.parties
                                        for f in (o.name, *o.aliases))


def _body_read_as_name(link: Link) -> bool:
    """Veto body-as-name: "김누리 재료연 원장" - the tagged "name" is the word the rules read as
    a person's body (an abbreviation, 재료연: 한국재료가온연구원), not a person."""
    name = compact(link.person.name)
    return any(name == compact(body) for m in link.read
               for body in (m.org, m.context, m.beside, m.stranger) if body)


def _place_before_party(link: Link) -> bool:
    """Veto place-as-name: "서귀포 가온영농조합법인(대표 …)" - the tagged "name" is a place the
    gazetteer knows as a city or county, written right before the party's name it prefixes."""
    entries = (gazetteer.lookup(link.person.name + end) for end in ("", "시", "군"))  # 서귀포(시)
    if not any(e is not None and e.kind in gazetteer.MUNICIPAL for e in entries):
        return False
    after = link.text[link.person.end:].lstrip(" ")
    return any(after.startswith(form) for form in (link.party.name, *link.party.aliases))


def _country_as_name(link: Link) -> bool:
    """Veto country-as-name: "필리핀 가온주립대학교 김다온 부총장" - the tagged "name" is a
    country (lexicons/countries.txt) written before a body's name, no person."""
    return compact(link.person.name) in countries()


def _joined_title_unfit(link: Link) -> bool:
    """Veto joined-unfit: "김가온 시장과 염지석 감독", "홍길동 군수와 이영희 기획감사실장" - a
    person carried to a party across 과/와 whose title, as the rules read it, heads no body of
    the party's kind (representatives: title-fits); 과/와 ends a list of colleagues for the
    rules (rule colleague), so only a title the party has carries ("… 총장과 박하늘 부총장")."""
    m = link.reading
    if not link.carried or m is None:
        return False
    before = (link.text[link.person.sent_start:link.person.start].split() or [""])[-1]
    joined = before[-1:] in ("과", "와") and bool(title_end(before[:-1]))   # "가온시장과"
    return joined and not title_fits(m, link.party, link.parties)


def _title_as_name(link: Link) -> bool:
    """Veto title-as-name: "가온사단(사단장 소장 김다온)" - the tagged "name" is the word the rules
    read as a title in its sentence (사단장, with the rank 소장 after it), not a person."""
    name = compact(link.person.name)
    return any(name in (compact(m.title), compact(m.full_title)) for m in link.read)


# the vetoes, each named, tried in order on every person the step would add
VETOES: tuple[tuple[str, Callable[[Link], bool]], ...] = (
    ("guest-address", _guest_address),
    ("short-kind", _short_kind_elsewhere),
    ("own-body", _own_body_no_party),
    ("fused-office", _fused_office),
    ("fused-stranger", _fused_stranger),
    ("body-as-name", _body_read_as_name),
    ("party-as-name", _party_as_name),
    ("joined-unfit", _joined_title_unfit),
    ("place-as-name", _place_before_party),
    ("country-as-name", _country_as_name),
    ("title-as-name", _title_as_name),
)


def vetoed(link: Link) -> str | None:
    """The name of the first veto that refuses the linked person, or None."""
    return next((name for name, veto in VETOES if veto(link)), None)


def _party_records(agreements: list[Agreement], parties: Parties) -> list[Organisation]:
    """The parties as the rules' predicates take them: each once, with all its names."""
    records: dict[str, Organisation] = {}
    for agreement in agreements:
        for party in agreement.parties:
            records.setdefault(party.name, replace(party, aliases=parties[party.name][1:]))
    return list(records.values())


def _same_as_one_of(name: str, others: set[str]) -> bool:
    """A rule person is the same person when one name holds the other ("김다온", "김다온씨")."""
    return any(name in other or other in name for other in others)
