"""A party's names: one Organisation per body the signing names.

Names the page glued together are told apart (unglue: the headline's dots, glued-pair);
the mentions of one body make one group (group_names, merge_named_twice: named-twice); its
other forms in the article join the group (absorb_names: an acronym or Latin name in an
aside, a Hangul spelling in an aside (hangul-spelling), a club's short form
(club-short-form), a shorter or longer form, a short
form the article defines, "이하 공단"); each group becomes the party (party_organisation)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ...hangul import open_syllable
from ...lexicons import countries
from ...model import Organisation, Span
from ...text import Document, Sentence
from .. import orgs, people
from ..clause import Aside, Clause
from ..lexicon import ending, title_of
from ..people.asides import defined_short_forms
from ..people.units import branch_of_place

_ACRONYM = re.compile(r"[A-Z][A-Z0-9&]{1,9}")
_HANGUL = re.compile(r"[가-힣]")
_LATIN_WORDS = re.compile(r"(?:[A-Z][A-Za-z&.\-]*\s){1,6}[A-Z][A-Za-z&.\-]*$")


@dataclass(frozen=True)
class ShortForm:
    """A short form the article defines for a party ("대전시설관리공단(이사장 …, 이하 공단)"):
    one of its names, written in no one place of its own."""

    name: str


Name = orgs.Mention | ShortForm     # one of the names a party is known by in the article


_DOTTED = re.compile(r"[가-힣A-Za-z0-9]+(?:[·‧ㆍ・][가-힣A-Za-z0-9]+)+")


def unglue(names: list[orgs.Mention], doc: Document) -> list[orgs.Mention]:
    """"가온시한빛제약그룹누리대" where the page lost its dots: the headline's
    "가온시‧한빛제약그룹‧누리대" tells the names apart."""
    out: list[orgs.Mention] = []
    for m in names:
        parts: list[str] = []
        for s in doc.sentences:
            for dotted in _DOTTED.findall(s.text):
                pieces = re.split(r"[·‧ㆍ・]", dotted)
                if "".join(pieces) == orgs.compact(m.name) and \
                        sum(orgs.looks_like_org(p) for p in pieces) >= 2:
                    parts = pieces
                    break
            if parts:
                break
        parts = parts or _listed_apart(m.name, doc) or _glued_pair(m.name)
        if parts:
            pos = m.start
            for piece in parts:
                out.append(orgs.Mention(piece, pos, pos + len(piece), m.first_word, m.last_word))
                pos += len(piece)
        else:
            out.append(m)
    return out


_LIST_MARKS = "·‧ㆍ・,-–"   # the marks a list of names is written with


def _listed_apart(name: str, doc: Document) -> list[str]:
    """Rule unglue-listed: "가온시한빛제약그룹누리대" where the page lost its dots, and the
    headline lists the names with other marks ("가온시, 한빛제약그룹·누리대와 …", "가온시-한빛
    제약그룹-누리대"): the marks tell the names apart."""
    compact = orgs.compact(name)
    if len(compact) < 5 or not re.fullmatch(r"[가-힣A-Za-z0-9]+", compact):
        return []                   # (a name written with a mark is no glued list)
    for s in doc.sentences:
        written = _written_listed(compact, s.text)
        if written is None:
            continue
        pieces = re.split(r"[·‧ㆍ・,\-–]\s?", written)
        if len(pieces) >= 2 and all(pieces) and sum(orgs.looks_like_org(p) for p in pieces) >= 2:
            return pieces
    return []


def _written_listed(compact: str, text: str) -> str | None:
    """The first place ``text`` writes the letters of ``compact`` in order with nothing, or
    one list mark and maybe a space, between two letters (what a pattern of the letters joined
    by an optional mark and space finds; matched by hand, a pattern per name compiled at every call
    was the rule's whole cost. The letters are no marks or spaces, so nothing backtracks)."""
    at = text.find(compact[0])
    while at >= 0:
        end = _listed_end(compact, text, at)
        if end is not None:
            return text[at:end]
        at = text.find(compact[0], at + 1)
    return None


def _listed_end(compact: str, text: str, at: int) -> int | None:
    """Where ``compact``, written from ``at`` as ``_written_listed`` reads it, ends."""
    j = at + 1
    for letter in compact[1:]:
        if j < len(text) and text[j] in _LIST_MARKS:
            j += 1
            if j < len(text) and text[j].isspace():
                j += 1
        if j >= len(text) or text[j] != letter:
            return None
        j += 1
    return j


def _glued_pair(name: str) -> list[str]:
    """Rule glued-pair: "가람시와누리대학교" where the page lost the space after 와/과: two
    names, each with an ending of its own, joined by the particle inside one word."""
    if " " in name:
        return []
    for k in range(2, len(name) - 2):
        left, right = name[:k], name[k + 1:]
        if name[k] not in "와과" or (name[k] == "와") != open_syllable(left[-1]):
            continue
        el, er = ending(left), ending(right)
        if el is not None and er is not None and not el.unit and len(right) > len(er.suffix):
            return [left, right]
    return []


def _initials(name: str) -> str:
    """"Ridgeview Community College" -> "RCC"."""
    return "".join(w[0] for w in name.split() if w[0].isupper())


def group_names(names: list[orgs.Mention], doc: Document) -> list[list[Name]]:
    groups: list[list[Name]] = []
    for m in names:
        if not m.name.strip():
            continue
        for g in groups:
            if any(orgs.same_body(m.name, x.name) for x in g) and \
                    not any(_listed_beside(m, x, doc) for x in g):
                g.append(m)
                break
        else:
            groups.append([m])
    return groups


# what stands between two items of one list: a comma, a middle dot, a slash, 및
_LIST_GAP = re.compile(r"\s*(?:[,·ㆍ/]|및)\s*")


def _listed_beside(a: Name, b: Name, doc: Document) -> bool:
    """Rule listed-apart: two different names written next to each other as items of one list
    ("한빛농협, 남한빛농협, …") are two bodies, however much of one the other's letters hold."""
    if not isinstance(a, orgs.Mention) or not isinstance(b, orgs.Mention) or \
            orgs.compact(a.name) == orgs.compact(b.name):
        return False
    first, second = sorted((a, b), key=lambda m: m.start)
    gap = doc.text[first.end:second.start] if first.end <= second.start else None
    return gap is not None and (_LIST_GAP.fullmatch(gap) is not None or _heads_between(gap))


# (rule listed-apart, heads) a list of heads: "가람농협 이누리 조합장, 동가람농협 박솔 조합장"
_HEAD_GAP = re.compile(r"\s+[가-힣]{2,4}\s+([가-힣]{2,10}?)(?:,|과|와)\s+")


def _heads_between(gap: str) -> bool:
    """Two bodies each before its own head's name and title, as items of one list of heads,
    are two bodies too."""
    m = _HEAD_GAP.fullmatch(gap)
    return m is not None and title_of(m.group(1)) is not None


def merge_named_twice(groups: list[list[Name]]) -> list[list[Name]]:
    """Rule named-twice: "누리대학교 시드니(…·NUS)와 … NUS에서": a party read once by its name and
    once by the abbreviation its aside defines is one party (the abbreviation's group has no
    name the other lacks)."""
    out: list[list[Name]] = []
    for g in groups:
        names = {x.name for x in g}
        home = next((h for h in groups if h is not g and names < {x.name for x in h}), None)
        if home is None:
            out.append(g)
    return out


def absorb_names(groups: list[list[Name]], doc: Document, clauses: dict[int, Clause]) -> None:
    """Rule same-body: every other form of a party in the article becomes one of its names."""
    for s in doc.sentences:
        cl = clauses[s.start]
        for aside in cl.asides:
            _absorb_acronym(groups, s, aside)
            _absorb_name_of_acronym(groups, cl, aside)
            _absorb_latin_name(groups, s, aside)
            _absorb_hangul_spelling(groups, s, aside)
            _absorb_bracketed_short_form(groups, cl, aside)
            _absorb_club_short_form(groups, s, aside)
        _absorb_mentions(groups, cl)
        _absorb_short_forms(groups, cl)
        _absorb_bare_forms(groups, cl)


def _absorb_acronym(groups: list[list[Name]], s: Sentence, aside: Aside) -> None:
    """"Ridgeview Community College(RCC)와", "한국가나연구원(KGI)": an abbreviation written
    right after a party's name is one of its names, also after the Latin name in the aside
    ("누리대학교(Nuri University·NU)")."""
    forms = _aside_names(aside.text)
    if not forms:
        return
    before = orgs.compact(s.text[: aside.start - 1 - s.start])
    homes = [g for g in groups if any(before.endswith(orgs.compact(x.name)) for x in g if x.name)]
    if len(homes) != 1:
        return
    for form in forms:
        if not any(x.name == form for x in homes[0]):
            homes[0].append(orgs.Mention.outside(form, aside.start, aside.end))


def _absorb_name_of_acronym(groups: list[list[Name]], cl: Clause, aside: Aside) -> None:
    """Rule acronym-party: a party named by its abbreviation ("NPA, 가온로지스와") takes the
    name the article spells out before that abbreviation in brackets ("누리항만공사(NPA) 본사
    대회의실에서"), so its heads written with the full name speak for it."""
    forms = {orgs.compact(f) for f in _aside_names(aside.text)}
    homes = [g for g in groups if any(orgs.compact(x.name) in forms for x in g)]
    if len(homes) != 1:
        return
    named = [m for m in orgs.mentions(cl) if m.end == aside.start - 1]
    if len(named) == 1 and not any(any(orgs.compact(x.name) == orgs.compact(named[0].name)
                                       for x in g) for g in groups):
        homes[0].append(named[0])


# "(University of Gaon, Nuri Campus·UGN)": the Latin name, then its abbreviation after a dot
_LATIN_THEN_ACRONYM = re.compile(r"([A-Z][A-Za-z&.,\- ]{4,60}?)\s*[·,]\s*([A-Z][A-Z0-9&]{1,9})")


def _aside_names(text: str) -> list[str]:
    """The abbreviation an aside gives for a party, alone or after its Latin name."""
    if _ACRONYM.fullmatch(text):
        return [text]
    m = _LATIN_THEN_ACRONYM.fullmatch(text)
    if m is None or _initials(m.group(1))[:1] != m.group(2)[:1]:
        return []
    return [m.group(2)]


def _absorb_latin_name(groups: list[list[Name]], s: Sentence, aside: Aside) -> None:
    """A party known by its abbreviation: the Latin name it abbreviates is its full name."""
    if not _ACRONYM.fullmatch(aside.text):
        return
    latin = _LATIN_WORDS.search(s.text[: aside.start - 1 - s.start])
    owners = [g for g in groups if any(x.name == aside.text for x in g)]
    if latin and len(owners) == 1 and _initials(latin.group(0)) == aside.text and \
            not any(x.name == latin.group(0) for x in owners[0]):
        at = s.start + latin.start()
        owners[0].append(orgs.Mention.outside(latin.group(0), at, at + len(latin.group(0))))


_HANGUL_SPELLING = re.compile(r"[가-힣]{3,}(?: [가-힣]{2,}){0,3}")


def _absorb_hangul_spelling(groups: list[list[Name]], s: Sentence, aside: Aside) -> None:
    """Rule hangul-spelling: "영국 로봇기업 Hanwell Robotics(한웰로보틱스)가" — a Hangul name in
    brackets right after a party's Latin name is one of its names (the article may call it so
    later: "Oliver Grant 한웰로보틱스 부사장"); a country or place in brackets is none, nor is
    the full name an acronym stands for ("MBC(문화방송)"): a spelling is shorter than the Latin
    name, so the Latin name stays the party's name."""
    if not _HANGUL_SPELLING.fullmatch(aside.text) or aside.text in countries() or \
            orgs.is_region(aside.text) or orgs.is_place(aside.text):
        return
    before = s.text[: aside.start - 1 - s.start].rstrip()
    size = len(orgs.compact(aside.text))
    homes = [g for g in groups if any(x.name and not _HANGUL.search(x.name)
                                      and len(orgs.compact(x.name)) > size
                                      and before.endswith(x.name) for x in g)]
    if len(homes) == 1 and not any(orgs.compact(x.name) == orgs.compact(aside.text)
                                   for x in homes[0]):
        homes[0].append(orgs.Mention.outside(aside.text, aside.start, aside.end))


_SHORT_FORM = re.compile(r"[가-힣]{3,8}")   # (two syllables may be a place: "(가온)")


def _absorb_bracketed_short_form(groups: list[list[Name]], cl: Clause, aside: Aside) -> None:
    """Rule bracketed-short-form: "한국가온해양연구원(가온해양연)", "누리군수산업협동조합
    (누리수협)": a Hangul word in brackets right after a name, made of that name's syllables
    in order, is the short form the article calls the body by. The party may be named by
    either (the signing by the short form, a background paragraph in full), so the group of
    either gets the other, and two groups, one of each form, are one; a place, a country or
    a person's name in brackets is none."""
    short = aside.text
    if not _SHORT_FORM.fullmatch(short) or short in countries() or orgs.is_region(short) or \
            orgs.is_place(short):
        return
    full = next((m for m in orgs.mentions(cl) if m.end == aside.start - 1), None)
    if full is None or not _shortens(short, orgs.compact(full.name)):
        return
    forms = {orgs.compact(full.name), short}
    homes = [g for g in groups if any(orgs.compact(x.name) in forms for x in g)]
    if len(homes) == 2:   # each form read as a party of its own: the brackets make them one
        other = homes.pop()
        homes[0].extend(other)
        groups[:] = [g for g in groups if g is not other]
    if len(homes) != 1:
        return
    for m in (full, orgs.Mention.outside(short, aside.start, aside.end)):
        if not any(orgs.compact(x.name) == orgs.compact(m.name) for x in homes[0]):
            homes[0].append(m)


# Rule club-short-form: "새별시민축구단(새별FC)", a club's short form is its name's first
# syllables and the Latin letters of its kind (FC: football club, 축구단)
_CLUB_SHORT_FORM = re.compile(r"([가-힣]{2,6})(FC|SC)")
_CLUB_KINDS = {"FC": ("축구단", "축구클럽", "풋볼클럽"), "SC": ("스포츠클럽", "체육회", "축구단")}


def _absorb_club_short_form(groups: list[list[Name]], s: Sentence, aside: Aside) -> None:
    """Rule club-short-form: "새별시민축구단(새별FC)": the short form is one of the names of the
    party whose name is written right before the brackets."""
    club = _CLUB_SHORT_FORM.fullmatch(aside.text)
    if club is None:
        return
    before = orgs.compact(s.text[: aside.start - 1 - s.start])
    homes = [g for g in groups if any(x.name and before.endswith(orgs.compact(x.name))
                                      and _club_shortens(club, orgs.compact(x.name)) for x in g)]
    if len(homes) == 1 and not any(x.name == aside.text for x in homes[0]):
        homes[0].append(orgs.Mention.outside(aside.text, aside.start, aside.end))


def _club_shortens(club: re.Match[str], full: str) -> bool:
    """Rule club-short-form: the Hangul part shortens the club's name ("새별" of "새별시민
    축구단") and its Latin letters name the club's kind, the name's ending."""
    hangul, kind = club.group(1), club.group(2)
    return full.endswith(_CLUB_KINDS[kind]) and _shortens(hangul, full)


def _shortens(short: str, full: str) -> bool:
    """``short`` is a short form of ``full``: fewer syllables, all of them in order, begun
    near its start ("가온해양연" of "한국가온해양연구원": 한국 may go)."""
    return len(short) < len(full) and orgs.subsequence(short, full) and short[0] in full[:3]


def _absorb_bare_forms(groups: list[list[Name]], cl: Clause) -> None:
    """Rule shared-ending-bare: "김가람 충북, 박누리 가온은행장": the bare form a head's bank
    is written by (충북 of 충북은행) is one of that party's names."""
    for p in people.find_people(cl):
        if p.bare_form is None or p.org is None:
            continue
        for g in groups:
            if any(orgs.compact(x.name) == orgs.compact(p.org) for x in g) and \
                    not any(x.name == p.bare_form for x in g):
                g.append(orgs.Mention.outside(p.bare_form, p.start, p.end))


def _absorb_mentions(groups: list[list[Name]], cl: Clause) -> None:
    """"경복대" beside the party "경복대학교": a shorter or longer form of one party."""
    for m in orgs.mentions(cl):
        inside = [g for g in groups if any(orgs.compact(x.name) in orgs.compact(m.name)
                                           for x in g)]
        if len(inside) > 1 or orgs.list_parts(m.name) is not None:
            continue    # several parties' names glued together (any form) or dotted ("A·B·C")
        homes = [g for g in groups if any(orgs.same_body(m.name, x.name) for x in g)]
        if len(homes) == 1 and not any(orgs.compact(m.name) == orgs.compact(x.name)
                                       for x in homes[0]) and not _unit_of(m.name, homes[0]):
            homes[0].append(m)


# a company's works: a place it runs, which news never has sign for it
_WORKS = ("공장", "사업장")


def _branch(name: str) -> bool:
    """Whether the last word of ``name`` (after a space) is a branch named after its place."""
    return " " in name and branch_of_place(name.rsplit(" ", 1)[-1])


def _unit_of(name: str, group: list[Name]) -> bool:
    """Rule works-not-alias: "한별정밀 국내 공장의 시험 라인" beside the party 한별정밀 — the
    party's name with one of its works after it (공장, 사업장) names a place of the party, not a
    fuller name of it; so does a branch named after its place (rule branch-not-alias: "솔빛테크
    베트남법인 김다온 법인장" beside the party 솔빛테크). (A unit such as "가람대 LINC 3.0
    사업단" named beside "가람대" often is the party's full name: news names the university in
    the signing sentence.)"""
    short = [orgs.compact(x.name) for x in group]
    return (_compact_ends(name, _WORKS) or _branch(name)) \
        and all(len(x) < len(orgs.compact(name)) for x in short) \
        and not any(_compact_ends(x.name, _WORKS) or _branch(x.name) for x in group)


def _compact_ends(name: str, endings: tuple[str, ...]) -> bool:
    """Whether ``name`` (spaces ignored) ends in one of ``endings``."""
    return orgs.compact(name).endswith(endings)


def _absorb_short_forms(groups: list[list[Name]], cl: Clause) -> None:
    """"대전시설관리공단(…, 이하 공단)": a short form the article defines."""
    for owner, short in defined_short_forms(cl):
        homes = [g for g in groups if any(orgs.same_body(owner, x.name) for x in g)]
        if len(homes) == 1:
            homes[0].append(ShortForm(short))


def party_organisation(group: list[Name], doc: Document) -> Organisation:
    forms = list(dict.fromkeys(m.name for m in group))
    written = [m for m in group if isinstance(m, orgs.Mention)]
    first = written[0]                  # a group starts with a party named in a sentence
    sentence = next((s for s in doc.sentences if s.start <= first.start < s.end), None)
    span = Span(sentence.start, sentence.end, sentence.text) if sentence else None
    parent = next((m.parent for m in written if m.parent), None)
    return orgs.organisation(forms, marked=any(m.marked for m in written), parent=parent,
                             evidence=span)
