"""One signing, many reports: which agreement reports describe the same real-world signing.

Each article's ``mou:Agreement`` is a *report*; the corpus adds one ``mou:Signing`` per
signing, the way an events table sits above a mentions table (DATA-MODEL.md, "One signing,
many reports"). This module decides which reports are one signing, from small records
(``Report``: parties as resolved IRIs, dates, label, cue words), with pure functions, and
keeps the signing layer of a store up to date.

Two reports are linked (``link``) when a careful reader would say they report one signing:

- **tier 0**: the same parties, or one's parties contained in the other's sharing at least
  two, and dates within ``WINDOW`` days (a signing date is that day; a publication date
  only bounds it: the signing was that day or up to ``LAG`` days before);
- **tier 1** (both dated, the same day, at least one party exactly shared): the parties
  agree once names written inside one another count (``청주시 충청북도`` and ``충청북도``) and
  at least two are shared; or one report names a single party that the other contains
  (an outlet that named only one side);
- **tier 2** (a date unknown): the same parties (at least two), or one's contained in the
  other's sharing at least three, and the same cue words.

No link when a report signals another occasion (a renewal 재협약/갱신/연장, a numbered
second ceremony 2차/두 번째) that the other does not. Reports are then merged greedily,
strongest link first, and two groups are merged only when no pair across them is
*incompatible* (dated more than ``WINDOW`` days apart, different occasion cues, or two
complete party lists that disagree), so the same parties at two ceremonies a month apart,
or a renewal a year later, stay two signings. A weak link (tier 1 or 2) is dropped when the
report could belong to two incompatible signings: ambiguity keeps reports apart.

The grouping of a set of reports depends only on the reports linked to it, and every link
needs two shared parties or one party and the same day, so when articles change only the
reports reachable that way from theirs are regrouped (``update``, blocking by party);
``tests/test_signings.py`` checks that this equals a full rebuild.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import chain, combinations, product
from typing import Protocol
from urllib.parse import unquote

from rdflib import Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS, XSD
from rdflib.term import Node

from .lexicons import count_words_between
from .rdf import KO, MOU, SCHEMA, article_iri, signing_iri

WINDOW = 3  # days between two reports' possible signing days that still make one signing
LAG = 7     # days an article may come out after the signing it reports

# another occasion: a renewal, or a numbered ceremony (not 2차전지, a battery)
_RENEWAL = re.compile(r"재협약|재체결|재계약|갱신|연장\s*협약|협약\s*(?:을|를)?\s*연장"
                      r"|다시\s*(?:맺|체결)")
_AGREEMENT_NOUN = r"(?:업무\s*)?(?:협약|협정|MOU|양해각서|협력)"
_ORDINAL = re.compile(r"(?:제\s*)?(\d{1,2})\s*차\s*" + _AGREEMENT_NOUN)
_ORDINAL_WORDS = count_words_between(2, 5)     # "세 번째 협약": the second to the fifth
_ORDINAL_WORD = re.compile(rf"({'|'.join(_ORDINAL_WORDS)})\s*번째\s*" + _AGREEMENT_NOUN)


def cue_words(text: str) -> frozenset[str]:
    """Signs that a report is about another occasion than a first signing.

    ``renewal`` (재협약, 갱신, 연장 협약, …) and ``ordinal:N`` (제2차 협약, 두 번째 협약);
    "1차" says nothing (every first signing is one) and is left out.
    """
    cues: set[str] = set()
    if _RENEWAL.search(text):
        cues.add("renewal")
    for match in _ORDINAL.finditer(text):
        if int(match.group(1)) > 1:
            cues.add(f"ordinal:{int(match.group(1))}")
    for match in _ORDINAL_WORD.finditer(text):
        cues.add(f"ordinal:{_ORDINAL_WORDS[match.group(1)]}")
    return frozenset(cues)


@dataclass(frozen=True)
class Report:
    """One article's agreement, as the grouping sees it."""

    agreement: str                    # the mou:Agreement's IRI
    article: str                      # the article's IRI
    parties: frozenset[str]           # resolved organisation IRIs
    label: str = ""
    signed_on: dt.date | None = None
    published: dt.date | None = None  # the article's publication date
    cues: frozenset[str] = frozenset()
    # the parties only a learned step read here (mou:modelReadParty); grouping ignores it
    model_parties: frozenset[str] = frozenset()

    @property
    def date(self) -> dt.date | None:
        """When it happened, as far as this report says: signing date, else publication."""
        return self.signed_on or self.published

    @property
    def profile(self) -> tuple[object, ...]:
        """All that ``link``, ``incompatible`` and the search for candidates read."""
        return (self.parties, self.signed_on, self.published, self.cues)


@dataclass(frozen=True)
class Signing:
    """One real-world signing and the reports of it (sorted by agreement IRI)."""

    key: str                          # ``<article>/<n>`` of its first report
    reports: tuple[Report, ...]
    parties: frozenset[str]           # the union of the reports' parties
    label: str
    signed_on: dt.date | None         # when any report fixes it (the most reported date)
    date: dt.date | None              # signed_on, else the earliest publication date
    basis: str | None                 # "signing" or "publication": where ``date`` comes from

    @property
    def articles(self) -> tuple[str, ...]:
        return tuple(sorted({r.article for r in self.reports}))

    @property
    def model_parties(self) -> frozenset[str]:
        """The parties no report has by its rules: a learned step read each of them in
        every report that names it (``mou:modelReadSigningParty``)."""
        by_rules = frozenset().union(*(r.parties - r.model_parties for r in self.reports))
        return frozenset().union(*(r.model_parties for r in self.reports)) - by_rules


# --- comparing two reports ------------------------------------------------------------------

def _name(iri: str) -> str:
    return unquote(iri.rstrip("/").rsplit("/", 1)[-1])


def _same_body(a: str, b: str) -> bool:
    """Two party IRIs that may name one body: equal, or one name written inside the other."""
    if a == b:
        return True
    x, y = sorted((_name(a), _name(b)), key=len)
    return len(x) >= 3 and x in y


def _loose_shared(a: Report, b: Report) -> int:
    """Parties of the smaller report that the other names, exactly or inside another name."""
    small, large = sorted((a.parties, b.parties), key=lambda p: (len(p), sorted(p)))
    return sum(1 for p in small if any(_same_body(p, q) for q in large))


def _span(r: Report) -> tuple[dt.date, dt.date] | None:
    """The days the signing can have been on: its date, or up to ``LAG`` days before the
    article came out (a publication date bounds the signing date; it does not fix it)."""
    if r.signed_on:
        return r.signed_on, r.signed_on
    if r.published:
        return r.published - dt.timedelta(days=LAG), r.published
    return None


def _gap(a: Report, b: Report) -> int | None:
    """Days between the two reports' possible signing days (0 when they overlap)."""
    x, y = _span(a), _span(b)
    if x is None or y is None:
        return None
    return max(0, (y[0] - x[1]).days, (x[0] - y[1]).days)


def incompatible(a: Report, b: Report) -> bool:
    """True when the two cannot be one signing, whatever else links them."""
    gap = _gap(a, b)
    if gap is not None and gap > WINDOW:
        return True
    if a.cues != b.cues and (gap is None or _ordinals(a) ^ _ordinals(b)):
        return True  # dated together, one outlet may omit "renewal"; not another number
    if len(a.parties) >= 2 and len(b.parties) >= 2 and not (
            a.parties <= b.parties or b.parties <= a.parties):
        return _loose_shared(a, b) < 2
    return False


def _ordinals(r: Report) -> set[str]:
    return {c for c in r.cues if c.startswith("ordinal:")}


def link(a: Report, b: Report) -> tuple[int, int] | None:
    """How strongly two reports are one signing: (tier, days apart), lower is stronger;
    None when nothing says they are."""
    shared = a.parties & b.parties
    if not shared or incompatible(a, b):
        return None
    nested = a.parties <= b.parties or b.parties <= a.parties
    gap = _gap(a, b)
    if gap is not None:
        if nested and len(shared) >= 2:
            return (0, gap)
        lone = min(len(a.parties), len(b.parties)) == 1  # an outlet that named one side
        if a.date == b.date and (_loose_shared(a, b) >= 2 or lone):
            return (1, 0)
        return None
    if a.cues != b.cues:
        return None
    if (a.parties == b.parties and len(shared) >= 2) or (nested and len(shared) >= 3):
        return (2, 0)
    return None


# --- grouping ---------------------------------------------------------------------------

def cluster(reports: Iterable[Report]) -> list[Signing]:
    """Group reports into signings (deterministic: the same set gives the same signings).

    The rule is greedy: links strongest first (ties by agreement IRI), two groups merged
    unless a pair across them is incompatible. Where no two reports linked together are
    incompatible, nothing is ever refused, so the groups are the linked sets, found by
    profile (many outlets tell one signing alike); the greedy is run report by report only
    on a linked set with an incompatible pair (``_greedy``)."""
    items = sorted({r.agreement: r for r in reports}.values(), key=lambda r: r.agreement)
    same = _Comparisons(items)
    alike: dict[int, list[Report]] = defaultdict(list)  # profile -> its reports, sorted
    for r in items:
        alike[same.kind[r.agreement]].append(r)
    links = _links([told[0] for told in alike.values()], alike, same)
    signings = []
    for kinds in _linked_sets(alike, links):
        members = [r for k in kinds for r in alike[k]]
        if len(kinds) == 1 and kinds[0] not in links.get(kinds[0], {}):
            groups = [[r] for r in members]      # one profile, its reports not linked
        elif _conflict(kinds, alike, links, same):
            groups = _greedy(kinds, alike, links, same)
        else:
            groups = [members]
        signings += [_signing(g) for g in groups]
    return sorted(signings, key=lambda s: s.key)


Links = dict[int, dict[int, tuple[int, int]]]  # profile -> linked profile -> (tier, gap)


def _links(told: list[Report], alike: dict[int, list[Report]], same: _Comparisons) -> Links:
    """The links between profiles (``told``: one report of each) that the grouping keeps:
    a profile links to itself when two of its reports link; weak links (tier 1 or 2) are
    dropped at an ambiguous profile, one with two incompatible weak partners."""
    candidates = _candidates(told)
    found: Links = defaultdict(dict)
    for r in told:
        k = same.kind[r.agreement]
        for other in ([r] if len(alike[k]) > 1 else []) + candidates(r):
            j = same.kind[other.agreement]
            if j not in found[k] and (strength := same.link(r, other)) is not None:
                found[k][j] = found[j][k] = strength
    # (a report's own profile among its weak partners never tears it: linked, compatible)
    ambiguous = {k for k, partners in found.items() if _torn(
        [alike[j][0] for j, (tier, _) in partners.items() if tier > 0 and j != k], same)}
    return {k: {j: s for j, s in partners.items()
                if s[0] == 0 or not ({k, j} & ambiguous)} for k, partners in found.items()}


def _conflict(kinds: list[int], alike: dict[int, list[Report]], links: Links,
              same: _Comparisons) -> bool:
    """True when two profiles of a linked set are incompatible, or when checking every pair
    of profiles would cost more than the greedy's pairs of linked reports (a long chain of
    distinct profiles), which then runs as it would on a conflict."""
    pairs = sum(len(alike[p]) * (len(alike[q]) if q != p else (len(alike[p]) - 1) / 2)
                for p in kinds for q in links.get(p, {}) if q >= p)
    if len(kinds) * (len(kinds) - 1) / 2 > pairs:
        return True
    return any(same.incompatible(alike[p][0], alike[q][0])
               for i, p in enumerate(kinds) for q in kinds[i + 1:])


def _linked_sets(alike: dict[int, list[Report]], links: Links) -> list[list[int]]:
    """Profiles joined by kept links, each set sorted."""
    seen: set[int] = set()
    sets = []
    for start in alike:
        if start in seen:
            continue
        seen.add(start)
        found, queue = [start], [start]
        while queue:
            for j in links.get(queue.pop(), {}):
                if j not in seen:
                    seen.add(j)
                    found.append(j)
                    queue.append(j)
        sets.append(sorted(found))
    return sets


def _greedy(kinds: list[int], alike: dict[int, list[Report]], links: Links,
            same: _Comparisons) -> list[list[Report]]:
    """The greedy rule itself over one linked set: every linked pair of reports, strongest
    first, ties by agreement IRI; a merge refused when a pair across is incompatible."""
    edges = []
    for i, p in enumerate(kinds):
        for q in kinds[i:]:
            if q not in links.get(p, {}):
                continue
            tier, gap = links[p][q]
            pairs = combinations(alike[p], 2) if p == q else product(alike[p], alike[q])
            for a, b in pairs:
                x, y = (a, b) if a.agreement < b.agreement else (b, a)
                edges.append(((tier, gap, x.agreement, y.agreement), x, y))
    edges.sort(key=lambda e: e[0])
    group = {r.agreement: [r] for k in kinds for r in alike[k]}  # agreement -> its group
    # each group's distinct reports as the comparisons see them (its members' profiles)
    told = {id(members): {same.kind[r.agreement]: r} for members in group.values()
            for r in members}
    for _, a, b in edges:
        ga, gb = group[a.agreement], group[b.agreement]
        if ga is gb or any(same.incompatible(x, y) for x in told[id(ga)].values()
                           for y in told[id(gb)].values()):
            continue
        ga.extend(gb)
        for kind, r in told.pop(id(gb)).items():
            told[id(ga)].setdefault(kind, r)
        for r in gb:
            group[r.agreement] = ga
    unique = {id(members): members for members in group.values()}
    return list(unique.values())


class _Comparisons:
    """``link`` and ``incompatible`` of a set of reports, each asked once per pair of
    distinct *profiles*: both read only a report's parties, dates and cue words, and many
    reports share them (one signing reported by many outlets), so a group's checks cost
    the number of its distinct profiles squared, not of its reports. Two reports of one
    profile are never incompatible."""

    def __init__(self, items: list[Report]) -> None:
        ids: dict[tuple[object, ...], int] = {}
        self.kind = {r.agreement: ids.setdefault(r.profile, len(ids)) for r in items}
        self._incompatible: dict[tuple[int, int], bool] = {}
        self._link: dict[tuple[int, int], tuple[int, int] | None] = {}

    def incompatible(self, a: Report, b: Report) -> bool:
        key = (self.kind[a.agreement], self.kind[b.agreement])
        if key not in self._incompatible:
            self._incompatible[key] = incompatible(a, b)
        return self._incompatible[key]

    def link(self, a: Report, b: Report) -> tuple[int, int] | None:
        key = (self.kind[a.agreement], self.kind[b.agreement])
        if key not in self._link:
            self._link[key] = link(a, b)
        return self._link[key]


def _torn(partners: list[Report], same: _Comparisons) -> bool:
    """True when two of a report's weak partners (one per profile) are incompatible."""
    return any(same.incompatible(x, y) for i, x in enumerate(partners) for y in partners[i + 1:])


def _candidates(items: list[Report]) -> Callable[[Report], list[Report]]:
    """The blocking step: every link needs two shared parties, or one and the same day, so
    reports are indexed by party pair and by (party, day) and only those are compared."""
    by_pair: dict[tuple[str, str], list[str]] = defaultdict(list)
    by_day: dict[tuple[str, dt.date], list[str]] = defaultdict(list)
    index = {r.agreement: r for r in items}
    for r in items:
        for pair in combinations(sorted(r.parties), 2):
            by_pair[pair].append(r.agreement)
        if r.date is not None:
            for party in r.parties:
                by_day[(party, r.date)].append(r.agreement)

    def candidates(r: Report) -> list[Report]:
        lists = [by_pair.get(pair, []) for pair in combinations(sorted(r.parties), 2)]
        if r.date is not None:
            lists += [by_day.get((party, r.date), []) for party in sorted(r.parties)]
        # each once, in the order first listed (deduplicated by dict, not a Python loop:
        # a signing many outlets reported lists the same reports under every pair)
        found = dict.fromkeys(chain.from_iterable(lists))
        found.pop(r.agreement, None)
        return [index[a] for a in found]

    return candidates


def _signing(members: list[Report]) -> Signing:
    reports = tuple(sorted(members, key=lambda r: r.agreement))
    dates = Counter(r.signed_on for r in reports if r.signed_on)
    signed_on = min(dates, key=lambda d: (-dates[d], d)) if dates else None
    published = min((r.published for r in reports if r.published), default=None)
    lead = min(reports, key=lambda r: (-len(r.parties), r.agreement))
    return Signing(
        key=_key(reports[0].agreement), reports=reports,
        parties=frozenset().union(*(r.parties for r in reports)), label=lead.label,
        signed_on=signed_on, date=signed_on or published,
        basis="signing" if signed_on else ("publication" if published else None))


def _key(agreement: str) -> str:
    """``…/agreement/<article>/<n>`` -> ``<article>/<n>``."""
    return agreement.split("/agreement/", 1)[-1]


# --- keeping a layer up to date -----------------------------------------------------------

def block(seeds: Iterable[Report], candidates: Callable[[Report], Iterable[Report]]
          ) -> list[Report]:
    """``seeds`` and every report linked to them, transitively (their grouping may change).

    ``candidates(r)``: at least every report ``link`` may join to ``r`` (sharing two
    parties, or one party and the date).
    """
    found: dict[str, Report] = {}
    queue = sorted({r.agreement: r for r in seeds}.values(), key=lambda r: r.agreement)
    for r in queue:
        found[r.agreement] = r
    expanded: set[tuple[object, ...]] = set()
    while queue:
        current = queue.pop()
        if current.profile in expanded:
            continue  # a report of the same profile already brought in all this one links
        expanded.add(current.profile)
        linked: dict[tuple[object, ...], bool] = {}  # by the other's profile: link reads no more
        for other in candidates(current):
            if other.agreement in found:
                continue
            if other.profile not in linked:
                linked[other.profile] = link(current, other) is not None
            if linked[other.profile]:
                found[other.agreement] = other
                queue.append(other)
    return sorted(found.values(), key=lambda r: r.agreement)


# --- the layer in RDF ---------------------------------------------------------------------

Triple = tuple[Node, Node, Node]


class Source(Protocol):
    """What the layer reads and writes: a store's union graph (``Store`` is one)."""

    def triples(self, s: Node | None = None, p: Node | None = None, o: Node | None = None
                ) -> Iterable[Triple]: ...

    def replace_signings(self, remove: Iterable[Triple], add: Iterable[Triple]) -> None: ...


BASIS = {"signing": MOU.SigningDate, "publication": MOU.PublicationDate}


def signing_triples(signing: Signing) -> list[Triple]:
    """A signing as RDF (DATA-MODEL.md): the node, its reports' links, its parties."""
    node = signing_iri(signing.key)
    out: list[Triple] = [(node, RDF.type, MOU.Signing),
                         (node, RDFS.label, Literal(signing.label, lang=KO))]
    if signing.signed_on:
        out.append((node, MOU.signedOn, Literal(signing.signed_on, datatype=XSD.date)))
    if signing.date and signing.basis:
        out.append((node, MOU.datedOn, Literal(signing.date, datatype=XSD.date)))
        out.append((node, MOU.dateBasis, BASIS[signing.basis]))
    out += [(node, MOU.reportedIn, URIRef(a)) for a in signing.articles]
    out += [(URIRef(r.agreement), MOU.reportOf, node) for r in signing.reports]
    out += [(URIRef(p), MOU.partyTo, node) for p in sorted(signing.parties)]
    # said beside mou:partyTo, never instead (an extension: DATA-MODEL.md's queries hold)
    out += [(node, MOU.modelReadSigningParty, URIRef(p)) for p in sorted(signing.model_parties)]
    return out


class Layered(Source, Protocol):
    """A store the layer is kept in (``Store`` is one): it also answers the layer's own
    SELECT queries with plain values (an IRI as its ``str``, a literal as ``(lexical form,
    datatype, language)``, None for unbound or a blank node), and keeps a record of each
    report read (``record``) until its article changes."""

    def plain_rows(self, sparql: str) -> Iterable[tuple[Plain | None, ...]]: ...

    def kept_reports(self, agreements: list[str]) -> dict[str, str]: ...

    def keep_reports(self, rows: Iterable[tuple[str, str, str]]) -> None: ...

    def forget_reports(self, articles: Iterable[str]) -> None: ...


Plain = str | tuple[str, str | None, str | None]
_TYPE, _DERIVED, _LABEL, _SIGNED_ON, _EVIDENCE, _HEADLINE, _PUBLISHED = (
    str(t) for t in (RDF.type, PROV.wasDerivedFrom, RDFS.label, MOU.signedOn, MOU.evidence,
                     SCHEMA.headline, SCHEMA.datePublished))
# what a report is read from: its agreement's own triples ...
_OWN = f"""SELECT ?ag ?p ?o WHERE {{ VALUES ?ag {{ %s }} ?ag ?p ?o FILTER(?p IN (
    <{_TYPE}>, <{_DERIVED}>, <{_LABEL}>, <{_SIGNED_ON}>, <{_EVIDENCE}>)) }}"""
# ... its parties, its sentences' texts and its article's headline and publication date
_PARTIES = f"SELECT ?ag ?org WHERE {{ VALUES ?ag {{ %s }} ?org <{MOU.signs}> ?ag }}"
_MODEL_PARTIES = f"""SELECT ?ag ?org WHERE {{ VALUES ?ag {{ %s }}
    ?ag <{MOU.modelReadParty}> ?org }}"""
_TEXTS = f"""SELECT ?ag ?s ?text WHERE {{ VALUES ?ag {{ %s }}
    ?ag <{_EVIDENCE}> ?s . ?s <{MOU.text}> ?text }}"""
_ARTICLE = f"""SELECT DISTINCT ?art ?p ?o WHERE {{ VALUES ?ag {{ %s }} ?ag <{_DERIVED}> ?art .
    ?art ?p ?o FILTER(?p IN (<{_HEADLINE}>, <{_PUBLISHED}>)) }}"""
# the signing each report is in (replaced when the report is regrouped)
_SIGNINGS_OF = f"SELECT DISTINCT ?s WHERE {{ VALUES ?ag {{ %s }} ?ag <{MOU.reportOf}> ?s }}"
# the reports a party signed; those signed, or reported in an article published, on a day
_SIGNED = f"SELECT ?ag WHERE {{ <%s> <{MOU.signs}> ?ag }}"
_DATED = f"""SELECT ?ag WHERE {{ {{ ?ag <{_SIGNED_ON}> "%s"^^<{XSD.date}> }} UNION
    {{ ?article <{_PUBLISHED}> "%s"^^<{XSD.date}> . ?ag <{_DERIVED}> ?article }} }}"""
_READ_AT_ONCE = 1000  # agreements per query


class _Reader:
    """Reports read on demand, each once: from the records the store keeps of them, else
    from its triples, many at a time (four queries per thousand reports, not a dozen
    pattern reads each). A signing a hundred outlets reported is regrouped, and so read,
    whole whenever one more report joins it; its kept records make that cheap."""

    def __init__(self, source: Layered) -> None:
        self.source = source
        self._reports: dict[str, Report | None] = {}
        self.fresh: list[Report] = []  # read from the triples: to be kept
        self._party: dict[str, set[str]] = {}
        self._day: dict[dt.date, set[str]] = {}

    def reports(self, agreements: Iterable[str]) -> list[Report]:
        """The reports of ``agreements`` in that order (what is not an agreement left out)."""
        wanted = list(dict.fromkeys(agreements))
        unread = [a for a in wanted if a not in self._reports]
        kept = self.source.kept_reports(unread)
        for ag, text in kept.items():
            self._reports[ag] = from_record(ag, text)
        unread = [a for a in unread if a not in kept]
        for start in range(0, len(unread), _READ_AT_ONCE):
            self._read(unread[start:start + _READ_AT_ONCE])
        return [r for r in (self._reports[a] for a in wanted) if r is not None]

    def signings(self, agreements: list[str]) -> set[Node]:
        """The signings these agreements are reports of."""
        found: set[Node] = set()
        for start in range(0, len(agreements), _READ_AT_ONCE):
            values = " ".join(f"<{a}>" for a in agreements[start:start + _READ_AT_ONCE])
            found.update(URIRef(s) for s, in self.source.plain_rows(_SIGNINGS_OF % values)
                         if isinstance(s, str))
        return found

    def _rows(self, query: str, agreements: list[str]) -> dict[Plain, dict[Plain, list[Plain]]]:
        """``query``'s rows (three values, the first two bound) for these agreements, as
        first -> second -> thirds sorted as text."""
        found: dict[Plain, dict[Plain, list[Plain]]] = defaultdict(lambda: defaultdict(list))
        values = " ".join(f"<{a}>" for a in agreements)
        for a, b, c in self.source.plain_rows(query % values):
            if a is not None and b is not None and c is not None:
                found[a][b].append(c)
        return {a: {b: sorted(c, key=_text) for b, c in bs.items()} for a, bs in found.items()}

    def _read(self, agreements: list[str]) -> None:
        own = self._rows(_OWN, agreements)
        texts = self._rows(_TEXTS, agreements)
        articles = self._rows(_ARTICLE, agreements)
        parties, model = (self._pairs(query, agreements) for query in (_PARTIES, _MODEL_PARTIES))
        for ag in agreements:
            found = _report(ag, own.get(ag, {}), texts.get(ag, {}), articles, parties[ag],
                            model[ag])
            self._reports[ag] = found
            if found is not None:
                self.fresh.append(found)

    def _pairs(self, query: str, agreements: list[str]) -> dict[str, set[str]]:
        """``query``'s (agreement, organisation) rows as agreement -> organisations."""
        found: dict[str, set[str]] = defaultdict(set)
        for ag, org in self.source.plain_rows(query % " ".join(f"<{a}>" for a in agreements)):
            if isinstance(ag, str) and isinstance(org, str):
                found[ag].add(org)
        return found

    def _signed(self, party: str) -> set[str]:
        if party not in self._party:
            self._party[party] = {ag for ag, in self.source.plain_rows(_SIGNED % party)
                                  if isinstance(ag, str)}
        return self._party[party]

    def _dated(self, day: dt.date) -> set[str]:
        """Agreements signed, or reported in an article published, on ``day`` (read once a
        day: the reports of one busy day are each other's candidates)."""
        if day not in self._day:
            when = day.isoformat()
            self._day[day] = {ag for ag, in self.source.plain_rows(_DATED % (when, when))
                              if isinstance(ag, str)}
        return self._day[day]

    def candidates(self, r: Report) -> list[Report]:
        """Reports that share two parties with ``r``, or one party and its date: every
        report a link can join (a hub's other reports are counted, not read)."""
        shared: Counter[str] = Counter()
        for party in r.parties:
            shared.update(self._signed(party))
        wanted = {ag for ag, n in shared.items() if n >= 2}
        if r.date is not None:
            wanted |= self._dated(r.date) & shared.keys()
        wanted.discard(r.agreement)
        return self.reports(sorted(wanted))


def _report(ag: str, own: dict[Plain, list[Plain]], texts: dict[Plain, list[Plain]],
            articles: dict[Plain, dict[Plain, list[Plain]]], parties: set[str],
            model: set[str]) -> Report | None:
    """A report from what was read of it (as ``_all_reports`` reads every report)."""
    if str(MOU.Agreement) not in own.get(_TYPE, []):
        return None
    derived = own.get(_DERIVED, [])
    art = _text(derived[0]) if derived else ag
    article = articles.get(art, {})
    labels = [_text(v) for v in own.get(_LABEL, [])]
    words = labels + [_text(t) for s in own.get(_EVIDENCE, []) for t in texts.get(s, [])]
    words += [_text(h) for h in article.get(_HEADLINE, [])]
    return Report(
        agreement=ag, article=art, parties=frozenset(parties),
        label=labels[0] if labels else "", signed_on=_plain_date(own.get(_SIGNED_ON, [])),
        published=_plain_date(article.get(_PUBLISHED, [])), cues=cue_words(" ".join(words)),
        model_parties=frozenset(parties & model))


def _text(value: Plain) -> str:
    """What ``str`` of the rdflib term is: an IRI, or a literal's lexical form."""
    return value if isinstance(value, str) else value[0]


def _plain_date(values: list[Plain]) -> dt.date | None:
    return _date([Literal(v[0], datatype=v[1], lang=v[2]) for v in values
                  if not isinstance(v, str)])


def _date(values: list[Node]) -> dt.date | None:
    for value in values:
        if isinstance(value, Literal) and isinstance(value.toPython(), dt.date):
            return value.toPython()  # type: ignore[no-any-return]
    return None


def update(source: Layered, article_ids: Iterable[str]) -> None:
    """Regroup the reports that articles ``article_ids`` (added, replaced or re-resolved)
    can change: their own, those of the signings they were in, and every report linked
    to those through shared parties. The rest of the layer is not read."""
    articles = sorted({article_iri(a) for a in article_ids})
    source.forget_reports(str(a) for a in articles)  # their reports are read again
    if _unlayered(source):  # made before signings existed: group every report once
        source.keep_reports(records(_rebuild(source)))
        return
    reader = _Reader(source)
    agreements: list[str] = []
    old: set[Node] = set()
    for article in articles:
        agreements += sorted(str(ag) for ag, _, _ in
                             source.triples(None, PROV.wasDerivedFrom, article))
        old.update(s for s, _, _ in source.triples(None, MOU.reportedIn, article))
    for signing in sorted(old, key=str):
        agreements += [str(ag) for ag, _, _ in source.triples(None, MOU.reportOf, signing)]
    reports = block(reader.reports(agreements), reader.candidates)
    old |= reader.signings([r.agreement for r in reports])  # a report's own is replaced too
    _write(source, old, cluster(reports))
    source.keep_reports(records(reader.fresh))


def _unlayered(source: Source) -> bool:
    """Reports but no signing at all: a store written before the layer existed."""
    def first(cls: Node) -> bool:
        return next(iter(source.triples(None, RDF.type, cls)), None) is not None

    return first(MOU.Agreement) and not first(MOU.Signing)


def rebuild(source: Source) -> None:
    """Regroup every report of the source (what ``update`` must always agree with), read
    with one scan per predicate rather than a few per report."""
    _rebuild(source)


def _rebuild(source: Source) -> list[Report]:
    old = {s for s, _, _ in source.triples(None, RDF.type, MOU.Signing)}
    old |= {o for p in (MOU.reportOf, MOU.partyTo) for _, _, o in source.triples(None, p, None)}
    reports = _all_reports(source)
    _write(source, old, cluster(reports))
    return reports


# --- the record a store keeps of each report read -----------------------------------------

def records(reports: Iterable[Report]) -> Iterator[tuple[str, str, str]]:
    """(agreement, article, record) of each report: its profile, label and the parties
    only a learned step read, as JSON."""
    for r in reports:
        dates = [d.isoformat() if d else None for d in (r.signed_on, r.published)]
        if r.article == r.agreement or any(
                d is not None and type(d) is not dt.date for d in (r.signed_on, r.published)):
            continue  # no article to forget it by, or a date and time: read again
        yield r.agreement, r.article, json.dumps(
            [r.article, sorted(r.parties), r.label, *dates, sorted(r.cues),
             sorted(r.model_parties)],
            ensure_ascii=False)


def from_record(agreement: str, record: str) -> Report:
    """The report ``records`` kept."""
    article, parties, label, signed_on, published, cues, model = json.loads(record)
    return Report(agreement=agreement, article=article, parties=frozenset(parties),
                  label=label, signed_on=signed_on and dt.date.fromisoformat(signed_on),
                  published=published and dt.date.fromisoformat(published),
                  cues=frozenset(cues), model_parties=frozenset(model))


def _all_reports(source: Source) -> list[Report]:
    """Every report, as ``_Reader.report`` reads each (memory: the reports, not the store)."""
    agreements = {s for s, _, _ in source.triples(None, RDF.type, MOU.Agreement)}

    def values(p: Node, subjects: set[Node]) -> dict[Node, list[Node]]:
        found: dict[Node, list[Node]] = defaultdict(list)
        for s, _, o in source.triples(None, p, None):
            if s in subjects:
                found[s].append(o)
        return {s: sorted(v, key=str) for s, v in found.items()}

    derived, labels, signed, evidence = (values(p, agreements) for p in (
        PROV.wasDerivedFrom, RDFS.label, MOU.signedOn, MOU.evidence))
    articles = {v[0] for v in derived.values()}
    published, headlines = (values(p, articles) for p in (SCHEMA.datePublished,
                                                           SCHEMA.headline))
    texts = values(MOU.text, {x for v in evidence.values() for x in v})
    parties: dict[Node, set[str]] = defaultdict(set)
    for org, _, ag in source.triples(None, MOU.signs, None):
        parties[ag].add(str(org))
    model: dict[Node, set[str]] = defaultdict(set)
    for ag, _, org in source.triples(None, MOU.modelReadParty, None):
        model[ag].add(str(org))
    reports = []
    for ag in agreements:
        art = derived[ag][0] if ag in derived else ag
        words = [str(v) for v in labels.get(ag, [])]
        words += [str(t) for x in evidence.get(ag, []) for t in texts.get(x, [])]
        words += [str(h) for h in headlines.get(art, [])]
        reports.append(Report(
            agreement=str(ag), article=str(art), parties=frozenset(parties[ag]),
            label=str(labels[ag][0]) if ag in labels else "",
            signed_on=_date(signed.get(ag, [])), published=_date(published.get(art, [])),
            cues=cue_words(" ".join(words)), model_parties=frozenset(parties[ag] & model[ag])))
    return reports


# signing nodes written at a time: a fresh run of a large store regroups every report
_PART = 2000


def _write(source: Source, old: set[Node], signings: list[Signing]) -> None:
    """Replace the signings ``old`` of the layer by ``signings``, a part at a time (every
    triple of the layer names one signing node, so parts by node are independent)."""
    new: dict[Node, Signing] = {signing_iri(s.key): s for s in signings}
    nodes = sorted(old | new.keys(), key=str)
    for start in range(0, len(nodes), _PART):
        part = nodes[start:start + _PART]
        remove = [t for n in part if n in old for t in chain(
            source.triples(n, None, None), source.triples(None, MOU.reportOf, n),
            source.triples(None, MOU.partyTo, n))]
        add = [t for n in part if n in new for t in signing_triples(new[n])]
        source.replace_signings(remove, add)


__all__ = ["Report", "Signing", "Source", "WINDOW", "block", "cluster", "cue_words",
           "incompatible", "link", "rebuild", "signing_triples", "update"]
