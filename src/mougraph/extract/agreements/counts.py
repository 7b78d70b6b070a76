"""Counts: the partners a signing sentence counts but does not name (rule count).

"… 등 11곳과 협약" names fewer partners than it counts: the rest are taken from
an enumeration ("참여 기업은 A, B, C 등이다", "… ▲A ▲B ▲C이다", "… A·B·C 등 3개사다"),
from "이들 기업은 A, B, C로 …", from the subject of a sentence about the agreement ("협약에
따라 A, B, C는 …"), from the staff who attended ("A, B, C 관계자 30여 명이 참석했다"),
from a sentence before naming them with a party of the signing ("X가 A, B, C와 … 나선다"),
from bodies of the counted kind ("도내 2개 대학과"), the last five only exactly as many as
counted; else from the attendance of the ceremony ("협약식에는 A 회장, B 원장 … 이
참석했다"), or from bodies named after the counted head ("8개 동 주민자치위원회" ->
"하늘3동 주민자치위원회"). The sources are a table, _COUNT_SOURCES, tried in order."""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from ...lexicons import count_words_pattern
from ...morph import known_noun
from ...text import Document, Sentence
from .. import orgs, people
from ..clause import Clause, clause
from ..cues import AGREEMENT, CLIENTELE, GUESTS, RELATION
from ..signing import slots
from ..signing.parts import COUNT_HEADS
from .events import Event
from .lists import PARTNERS_ARE, bare_name, commas_only, enumeration, listing
from .partners import ATTENDANCE, council


def supplement(doc: Document, clauses: dict[int, Clause], event: Event,
               names: list[orgs.Mention]) -> list[orgs.Mention]:
    """Rule count: name the partners the signing sentence only counts, from the first source
    of ``_COUNT_SOURCES`` that applies."""
    for source in _COUNT_SOURCES:
        found = source(_Count(doc, clauses, event, list(names)))
        if found is not None:
            return found
    return []


@dataclass
class _Count:
    """What a source of counted partners reads, and the names it has found so far."""

    doc: Document
    clauses: dict[int, Clause]
    event: Event
    known: list[orgs.Mention]
    out: list[orgs.Mention] = field(default_factory=list)

    def add(self, m: orgs.Mention) -> None:
        if not any(orgs.same_body(m.name, k.name) for k in self.known + self.out):
            self.out.append(m)


def _members_of_head(c: _Count) -> list[orgs.Mention] | None:
    """"8개 동 주민자치위원회" -> "하늘3동 주민자치위원회": bodies named after the
    counted head, anywhere in the article (None when the head is generic or none is named);
    "5개 저축은행" -> the bodies of a list of heads sharing the ending (rule shared-ending:
    "A 가람, B 누리저축은행장" names 가람 and 누리저축은행)."""
    head = c.event.unnamed_head
    if not head or head in COUNT_HEADS or len(head) < 2:
        return None
    for s in c.doc.sentences:
        cl = c.clauses[s.start]
        found = list(orgs.mentions(cl)) + [
            orgs.Mention.outside(p.org, p.start, p.end)
            for p in people.find_people(cl) if p.org]
        for m in found:
            if orgs.compact(m.name).endswith(orgs.compact(head)) and \
                    orgs.compact(m.name) != orgs.compact(head):
                c.add(m)
        for p in people.find_people(cl):    # "6개 지방은행" + "A 가람, B 누리은행장"
            if p.org and p.shared_kind and orgs.compact(head).endswith(p.shared_kind):
                c.add(orgs.Mention.outside(p.org, p.start, p.end))
    return c.out or None


# rule circle-listed: "누리전자의 주요 고객사로는 A, B 등이 있다", "솔빛테크 주주로는 A, B가 있다" -
# a list of one body's customers, owners or members (what it is to them opens the sentence with
# 로는) names no partner of the signing, however many bodies it holds
_CIRCLE_LISTED = re.compile(
    rf"^\s*(?:(?!{AGREEMENT}|참여|참가)[^,.]){{0,30}}(?:(?<![가-힣])|(?<=의))(?:주요\s?)?"
    rf"(?:{CLIENTELE}|{RELATION})(?:으로|로)는\s")


def _enumerated(c: _Count) -> list[orgs.Mention] | None:
    """"참여 기업은 A, B, C 등이다": a list of bodies after the counting sentence."""
    lead = min(s.sentence.start for s in c.event.signings)
    for s in c.doc.body():
        if s.start < lead or _CIRCLE_LISTED.match(s.text):
            continue                # the partners are named after the sentence counting them
        # (a list of who joined is read as the copula list it says: "이번 협약에는 A와 B, C가
        # 참여했다" -> "… A, B, C이다")
        text = listing(s, lead)
        cl = orgs.spaced_view(clause(Sentence(s.start, s.start + len(text), text))) if text \
            else c.clauses[s.start]
        items = enumeration(cl) or _heads_listed(cl, c)
        bodies = sum(orgs.looks_like_org(m.name, (), m.marked, slot=True) for m in items)
        # (the list may name again a partner the signing sentence named: "A 등 4개 기업과 …
        # 협약 기업은 A, B, C, D이다")
        new = len([m for m in items if not any(orgs.same_body(m.name, k.name) for k in c.known)])
        # "협약 기업은 솔바람, 다온텍, 한결소재다" after "기업 3곳과": the count vouches for
        # names with no ending when every item is a bare name
        counted = new == c.event.unnamed and all(
            bare_name(m.name) or orgs.looks_like_org(m.name, (), m.marked, slot=True)
            or _headed_item(cl, m) or _LATIN_ITEM.fullmatch(m.name)
            for m in items)
        if len(items) >= 2 and (counted or bodies * 2 >= len(items) and (
                new == c.event.unnamed or bodies * 2 > len(items))):
            for m in items:
                c.add(m)
            return c.out
    return None


# "(대표 김가람)", "(대표이사 …)", "(CEO …)": the aside of a company naming its head
_HEAD_ASIDE = re.compile(
    r"^\s*(?:공동\s?)?(?:대표|대표이사|CEO|사장|회장|이사장|원장|총장|센터장)\s")


def _heads_listed(cl: Clause, c: _Count) -> list[orgs.Mention]:
    """Rule heads-listed: "4개 기관은 홍길동 가온농원 대표, 김영희 누리벌꿀 대표이다" - the bodies
    of a copula list of their heads, exactly as many new ones as counted or said to be the
    counted bodies ("6개 기관은 …이다"); a list of speakers ("… 총장이 말했다") names none."""
    text = cl.sentence.text
    if not _COPULA_END.search(text):
        return []
    items = enumeration(cl, heads=True)
    new = [m for m in items if not any(orgs.same_body(m.name, k.name) for k in c.known)]
    return items if len(new) == c.event.unnamed or _COUNTED_ARE.match(text) else []


_COPULA_END = re.compile(r"(?:이다|입니다)\.?\s*$")
_COUNTED_ARE = re.compile(r"^\s*(?:이들\s|이상\s)?(?:\d+|" + count_words_pattern(2, 7)
                          + r")\s?(?:개\s?)?"
                          r"(?:기관|기업|업체|단체|대학|곳)(?:은|는)\s")


# "AB Korea", "Daon Robotics": a listed name in Latin capitals, a body when the count vouches
_LATIN_ITEM = re.compile(r"[A-Z][A-Za-z&.\-]*(?: [A-Z][A-Za-z&.\-]*){0,3}")


def _headed_item(cl: Clause, m: orgs.Mention) -> bool:
    """"솔바람(대표 김가람), 다온(대표 이누리)": a listed word that reads as a given name is
    a body when the aside after it names its head."""
    return m.last_word >= 0 and any(
        a.word == m.last_word and _HEAD_ASIDE.match(a.text) for a in cl.asides)


# (rule guests-not-counted: words said in quotes, "…함께하겠다", tell of no attendance; guests,
# "…등 내외빈이 함께했다", "…이 참석해 축하했다", are no partners)
_SAID = re.compile(r"[\"“][^\"”]*[\"”]")
_GUESTS = re.compile(rf"{GUESTS}|축하|축사|격려사")


def _attending(c: _Count) -> list[orgs.Mention] | None:
    """"협약식에는 A 회장, B 원장 … 이 참석했다": the bodies of the people at the ceremony; not
    the body of a head written in the aside of a unit whose students came (rule students-only:
    "가온대 공학부(학부장 김다온) 학생 60명도 자리를 함께했다")."""
    for s in c.doc.sentences:
        told = _SAID.sub(" ", s.text)
        if not ATTENDANCE.search(told) or _GUESTS.search(told):
            continue
        for p in people.find_people(c.clauses[s.start]):
            if p.org and (orgs.looks_like_org(p.org) or p.shared_kind) and not council(p.org) and \
                    not _STUDENTS_AFTER.match(c.doc.text, p.end + _aside_closed(c.doc.text, p.end)):
                c.add(orgs.Mention.outside(p.org, p.start, p.end))
    return c.out


def _aside_closed(text: str, at: int) -> int:
    """How many characters close an aside at ``at`` ("(학부장 최나해) 학생": 1)."""
    return 1 if text[at:at + 1] == ")" else 0


# what parts the names of a count's aside: a comma, or a middle dot (orgs.DOTS) between names
_ASIDE_ITEM = re.compile(rf"[,，]|{orgs.DOTS.pattern}")
_COUNTED = re.compile(r"(?:\d+|" + count_words_pattern(2, 5) + r")\s?(?:곳|개\s?\S+|개사)$")


def _counted_aside(c: _Count) -> list[orgs.Mention] | None:
    """"관내 기업 3곳(솔바람, 다온텍, 한결소재)과": the partners named in the count's aside,
    exactly as many as counted, parted by commas or by middle dots ("3곳(솔바람·다온텍)")."""
    for s in c.event.signings:
        cl = s.clause
        for aside in cl.asides:
            # "4개 기업(…)": the count may stand a word before the aside's word
            counting = " ".join(w.stem for w in cl.words[max(aside.word - 1, 0):aside.word + 1])
            if aside.word < 0 or not _COUNTED.search(counting):
                continue
            names = [n.strip() for n in _ASIDE_ITEM.split(aside.text)]
            if len(names) != c.event.unnamed or _sectors_dotted(aside.text, names) or not all(
                    bare_name(n) or orgs.looks_like_org(n, (), slot=True) for n in names):
                continue
            at = aside.start
            for name in names:
                start = cl.sentence.text.find(name, at - cl.sentence.start) + cl.sentence.start
                c.add(orgs.Mention.outside(name, start, start + len(name)))
                at = start + len(name)
            return c.out
    return None


def _sectors_dotted(aside: str, names: list[str]) -> bool:
    """"기업 3곳(자동차·반도체·바이오)": a dotted aside may list the counted bodies' fields, so
    with no comma in it words Kiwi all knows as common nouns name no body (one of them may be
    a company's name: 솔바람)."""
    return not re.search(r"[,，]", aside) and all(known_noun(n) for n in names)


# "협약에 따라", "이번 협약으로", "협약을 통해": a sentence about the agreement just signed
_ABOUT_IT = re.compile(
    rf"^\s*(?:이번\s|이날\s)?\S*(?:{AGREEMENT})(?:에\s따라|으로|를\s통해|을\s통해)\s")


# "이들 기업은 A, B, C로 …", "이들 기관은 A, B, C이며 …": the counted partners, named as
# what the collective is
_THESE_ARE = re.compile(r"^\s*이들\s?(?:기관|기업|업체|대학|단체|학교|병원|회사)(?:은|는)\s"
                        r"(.+?)(?:으로|로|이며|이고|이다|며|다)(?=[\s.,]|$)")


def _these_listed(c: _Count) -> list[orgs.Mention] | None:
    """"가온시는 관내 기업 3곳과 … 맺었다. 이들 기업은 A, B, C로 …": the list the collective
    is said to be, exactly as many as counted and each a body or a bare name."""
    lead = min(s.sentence.start for s in c.event.signings)
    for s in c.doc.body():
        m = _THESE_ARE.match(s.text)
        if s.start < lead or m is None:
            continue
        text = s.text[:m.end(1)] + "이다."
        items = enumeration(clause(Sentence(s.start, s.start + len(text), text)))
        if len(items) == c.event.unnamed and all(
                bare_name(x.name) or orgs.looks_like_org(x.name, (), x.marked, slot=True)
                for x in items):
            for x in items:
                c.add(x)
            return c.out
    return None


def _listed_subject(c: _Count) -> list[orgs.Mention] | None:
    """"가온군은 관내 농협 3곳과 … 맺었다. 협약에 따라 A, B, C는 …": a later sentence about
    the agreement whose subject lists exactly as many bodies as counted, each with an ending."""
    lead = min(s.sentence.start for s in c.event.signings)
    for s in c.doc.body():
        cl = c.clauses[s.start]
        if s.start <= lead or not _ABOUT_IT.match(s.text):
            continue
        read = slots(cl)
        if len(read.subject) == c.event.unnamed >= 2 and not read.partners and all(
                orgs.looks_like_org(m.name, (), m.marked, slot=True) for m in read.subject):
            for m in read.subject:
                c.add(orgs.Mention.outside(m.name, m.start, m.end, m.marked))
            return c.out
    return None


# "협약식에는 A, B, C 관계자 30여 명이 참석했다": the bodies whose staff attended, in a list
_STAFF_OF = re.compile(
    r"^(.*?(?:에는|에선|에서는)\s)(.+?)\s(?:등\s)?(?:관계자|관계자들|임직원|직원|대표|대표들|기관장|"
    r"기관장들)(?:\s?(?:등\s)?\d+여?\s?명)?(?:이|가|들이)\s.*(?:참석|참여|함께)")


def _staff_attending(c: _Count) -> list[orgs.Mention] | None:
    """"지역 5개 기관이 … 협약을 체결했다. 이날 협약식에는 A, B, C, D, E 관계자 30여 명이
    참석했다": the bodies whose staff attended, exactly as many as counted."""
    for _, items in staff_lists(c.doc):
        if len(items) == c.event.unnamed and all(
                orgs.looks_like_org(x.name, (), x.marked, slot=True) for x in items):
            for x in items:
                c.add(x)
            return c.out
    return None


def staff_lists(doc: Document) -> Iterator[tuple[Sentence, list[orgs.Mention]]]:
    """Each sentence "…에는 A, B, C 관계자 30여 명이 참석했다" with the bodies it lists."""
    for s in doc.body():
        m = _STAFF_OF.match(s.text)
        if m is None:
            continue
        text = commas_only(m.group(1) + m.group(2) + "이다.")
        yield s, enumeration(clause(Sentence(s.start, s.start + len(text), text)))


# "…과 A, B, C 대표들이 협약서를 들고 있다": a photo caption naming a list of bodies by their
# heads in the plural, the caption's own verb after them
_CAPTION_HEADS = re.compile(
    r"(?P<list>[^\s,()]+(?:,\s?[^\s,()]+)+)\s(?:등\s)?(?:대표들|대표자들|관계자들|기관장들"
    r"|원장들|관장들)(?:이|가)\s.*(?:들고|기념\s?촬영|포즈를|서명하고|교환하고)")


def _caption_heads(c: _Count) -> list[orgs.Mention] | None:
    """Rule caption-heads: "지역 서점 5곳과 협약을 맺었다." + "▲재단 A 이사장(가운데)과 B, C, D,
    E, F 대표들이 협약서를 들고 있다": the bodies a photo caption lists before their heads
    in the plural, exactly as many as counted, each a body or a bare name."""
    for s in c.doc.sentences:          # (a caption is no sentence of the body)
        m = _CAPTION_HEADS.search(_SAID.sub(" ", s.text))
        if m is None:
            continue
        names = [n.strip() for n in m.group("list").split(",")]
        if len(names) != c.event.unnamed or not all(
                bare_name(n) or orgs.looks_like_org(n, (), slot=True) for n in names):
            continue
        at = s.start + m.start("list")
        for name in names:
            start = c.doc.text.find(name, at)
            c.add(orgs.Mention.outside(name, start, start + len(name)))
            at = start + len(name)
        return c.out
    return None


# "협약식에는", "MOU 체결식에는": the ceremony of the signing as the place of attendance
_AT_CEREMONY = re.compile(rf"(?:(?:{AGREEMENT})\S*|체결식)(?:에는|에선|에서는)\s")


def staff_attended(doc: Document) -> list[orgs.Mention]:
    """Rule staff-attended: "업무협약식이 19일 열렸다. 이날 협약식에는 가온시와 누리대학교,
    다솜병원 관계자 30여 명이 참석했다": a signing naming no party is of the bodies whose own
    staff attended its ceremony (two or more, each a body by its ending; none in a sentence of
    guests, "… 참석해 축하했다")."""
    for s, items in staff_lists(doc):
        told = _SAID.sub(" ", s.text)
        if not _AT_CEREMONY.search(told) or _GUESTS.search(told) or len(items) < 2:
            continue
        if all(orgs.looks_like_org(x.name, (), x.marked, slot=True) for x in items):
            return items
    return []


def _counted_before(c: _Count) -> list[orgs.Mention] | None:
    """"누리대학교가 A, B, C와 인재 양성에 나선다. 대학은 19일 3개 기업과 협약을 체결했다":
    the partners a sentence before (three at most, or the headline) names with a party of the
    signing, exactly as many as counted."""
    lead = min(s.sentence.start for s in c.event.signings)
    before = [t for t in c.doc.body() if t.start < lead]
    near = before[-3:] if before[:1] == before[-3:][:1] else before[:1] + before[-3:]
    for t in reversed(near):
        cl = c.clauses[t.start]
        read = slots(cl)
        named = [part for m in (read.parties or orgs.mentions(cl))
                 for part in _dotted_parts(m)]
        others = [m for m in named if not any(orgs.same_body(m.name, k.name) for k in c.known)]
        if read.unnamed or len(others) != c.event.unnamed or len(others) == len(named):
            continue            # (a party of the signing must be named with them)
        for m in others:
            c.add(orgs.Mention.outside(m.name, m.start, m.end, m.marked))
        return c.out
    return None


def _dotted_parts(m: orgs.Mention) -> list[orgs.Mention]:
    """"솔바람전자·다온텍·한결소재": the names a middle dot joins, each a mention."""
    parts = orgs.list_parts(m.name) or [p.strip() for p in orgs.DOTS.split(m.name)]
    if len(parts) < 2 or any(len(p) < 2 for p in parts):
        return [m]
    return [orgs.Mention.outside(p, m.start, m.end, m.marked) for p in parts]


# "협약 기업과 투자 규모는 …": the partners named with more than themselves
_PARTNERS_AND_MORE = re.compile(r"^\s*(?:이번\s)?(?:협약|참여)\s?(?:기관|기업|대학|단체)")
_BULLET_SPLIT = re.compile(rf"\s*[{re.escape(orgs.BULLETS)}]\s*")
_ITEM_END = re.compile(r"(?:이다|입니다|등이다|등|이며|이고|다|이|가)?[.,]?$")


def _bulleted_items(c: _Count) -> list[orgs.Mention] | None:
    """"협약 기업은 ▲A ▲B ▲C이다", "협약 기업과 투자 규모는 △A 500억원 △B 300억원이다":
    inline bullets after the signing, the first word of each a body, exactly as many as
    counted."""
    lead = min(s.sentence.start for s in c.event.signings)
    for s in c.doc.body():
        if s.start <= lead or not PARTNERS_ARE.match(s.text) and \
                not _PARTNERS_AND_MORE.match(s.text):
            continue
        pieces = _BULLET_SPLIT.split(s.text)
        if len(pieces) < 3:
            pieces = _dotted_copula(s.text)
        if len(pieces) < 3:
            continue
        items: list[orgs.Mention] = []
        at = len(pieces[0])
        for piece in pieces[1:]:
            word = _ITEM_END.sub("", piece.split()[0]) if piece.split() else ""
            start = s.text.find(word, at) + s.start
            at = start - s.start + len(word)
            items.append(orgs.Mention.outside(word, start, start + len(word)))
        if len(items) == c.event.unnamed and all(
                bare_name(x.name) or orgs.looks_like_org(x.name, (), slot=True) for x in items):
            for x in items:
                c.add(x)
            return c.out
    return None


def _dotted_copula(text: str) -> list[str]:
    """"참여 기업은 A·B·C 등 3개사다": the topic, then the names a middle dot joins (the same
    pieces as a bullet split gives)."""
    topic = re.match(r"^\s*\S+\s\S+(?:은|는)\s", text)
    rest = text[topic.end():].split() if topic else []
    if not rest or "," in rest[0] or len(orgs.DOTS.split(rest[0])) < 2:
        return []
    return [text[:topic.end()] if topic else "", *orgs.DOTS.split(rest[0])]


# the counted heads that name a kind of body ("도내 2개 대학과"), with the endings of its names
_KIND_HEADS = {"대학": ("대학교", "대학", "대"), "대학교": ("대학교", "대학", "대"),
               "학교": ("학교",), "병원": ("병원",), "협회": ("협회",)}


# rule students-only: a school named as the school of students who take part ("다온대 공학부
# 재학생 12명이 참여한다", "누리대 학생들도"), a unit of it between (its head in an aside:
# "다온대 공학부(학부장 김솔) 학생"), is no counted partner
_STUDENTS_AFTER = re.compile(
    r"\s*(?:[가-힣A-Za-z]*(?:학부|학과|대학)\s*(?:\([^()]{0,20}\)\s*)?)?"
    r"(?:재학생|학생|졸업생|학생회)")


def _of_counted_kind(c: _Count) -> list[orgs.Mention] | None:
    """"가온도는 도내 2개 대학과 협약을 체결했다. … 김누리 누리대학교 총장은 … 박다솜
    다솜대학교 총장도 …": the bodies of the counted kind the article names, exactly as many
    as counted (None when more or fewer)."""
    ends = _KIND_HEADS.get(c.event.unnamed_head)
    if ends is None:
        return None
    found: list[orgs.Mention] = []
    for s in c.doc.sentences:
        cl = c.clauses[s.start]
        for m in list(orgs.mentions(cl)) + [orgs.Mention.outside(p.org, p.start, p.end)
                                            for p in people.find_people(cl) if p.org]:
            name = orgs.compact(m.name)
            if " " in m.name or not any(name.endswith(e) and len(name) > len(e) for e in ends) \
                    or _STUDENTS_AFTER.match(c.doc.text, m.end):
                continue
            if not any(orgs.same_body(m.name, k.name) for k in c.known + found):
                found.append(m)
    if len(found) != c.event.unnamed:
        return None
    for m in found:
        c.add(orgs.Mention.outside(m.name, m.start, m.end, m.marked))
    return c.out


# Where the partners a signing sentence only counts are named, tried in this order: the first
# source that applies (returns a list, even an empty one) answers.
_COUNT_SOURCES: tuple[Callable[[_Count], list[orgs.Mention] | None], ...] = (
    _counted_aside,
    _members_of_head,
    _enumerated,
    _bulleted_items,
    _these_listed,
    _listed_subject,
    _staff_attending,
    _caption_heads,
    _counted_before,
    _of_counted_kind,
    _attending,
)
