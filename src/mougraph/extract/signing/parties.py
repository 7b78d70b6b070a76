"""slots: the parties a signing sentence names, read slot by slot and settled (a visit's
host, what is given to whom, a subject paired with a partner).
"""
from __future__ import annotations

import re

from ...lexicons import countries, foreign_cities, world_places
from ...morph import Word
from .. import orgs, people
from ..clause import Clause
from ..cues import SIGN_VERB
from ..people.names import cut_name_before_title
from .fallbacks import bare_company
from .items import fill_item, short_form
from .parts import (
    AGREEMENT_WORD,
    COMPANY_WORDS,
    COUNT_CLOSERS,
    ITEM_TAILS,
    Slots,
    after_time_words,
    count_in,
    listed_body,
    titled_after,
)
from .refusals import AUDIT
from .reports import first_signed_rule
from .roles import goes_on, misread_body, slot_case, slot_role, watching


def _verb_index(cl: Clause) -> int:
    """The first word of the signing verb phrase; the parties stand before it."""
    found = first_signed_rule(cl.view, True)
    if found is None:
        return len(cl.words)
    rule, m = found
    at = m.start(rule.verb)
    for i, w in enumerate(cl.words):
        if w.end > at:
            return i
    return len(cl.words)


def slots(cl: Clause) -> Slots:
    """Read the parties from the words before the agreement noun."""
    out = Slots()
    words = cl.words
    stop = _verb_index(cl)
    out.people = persons = people.find_people(cl)
    pending: list[tuple[int, int]] = []      # list items waiting for their role
    start = 0
    broken = False                           # a clause ended since the last subject
    visited: tuple[int, int] | None = None   # a foreign city visited, written bare
    verb_after = 0                           # the first word after the last verb
    for i in range(stop):
        w = words[i]
        if w.connective and not w.stem.startswith("비롯"):
            broken = True
            _after_earlier_agreement(cl, i, out)
        if i == start - 1 or cut_name_before_title(cl, i) or _inside_name(cl, i, persons):
            continue                           # ("허해가 군수와": 가 ends a name, no subject)
        if w.verbal and not misread_body(cl, i):
            _drop_hosts(cl, out, verb_after, i)
            kept = pending if _describes_next_item(cl, pending, start, i) else []
            start, pending = i + 1, kept       # "위치한", "사는": a modifier, not a slot
            verb_after = i + 1
            continue
        if goes_on(w):
            pending.append((start, i - 1))     # a list goes on
            start = i + 1
            continue
        if w.particle in ("을", "를") and i + 1 < len(words) and \
                words[i + 1].stem.startswith("비롯"):
            pending.append((start, i))         # "A를 비롯한 B, C는": A is one of them
            start = i + 2
            continue
        if w.particle in ("을", "를") and i + 1 < len(words) and \
                words[i + 1].text.startswith(("방문", "찾아", "찾았", "만나", "초청")):
            visited = visited or _visited(cl, start, i, out, persons)
            start, pending = i + 2, []
            continue
        if i > start and w.text[:1] in orgs.BULLETS:
            pending.append((start, i - 1))     # "▲A ▲B ▲C와": inline bullets part the items
            start = i
        if _owners_of_next(words, i):          # "A와 B의 합작법인인 C와": only C signs
            out.partners = [m for m in out.partners if m.last_word != i - 1]
            start, pending = i + 1, []
            continue
        role = slot_role(words, i)
        if role == "subject" and broken and not _agreement_subject(w):
            _forget_finished_clause(out)
            broken = False
        if role is None or (role == "subject" and watching(words, i)):
            if slot_case(w) and not _descriptor_object(cl, pending, i):
                start, pending = i + 1, _kept_past_copula(cl, pending, i)
            continue                               # another case ends the list: no slot
        _read_slot(cl, pending + [(start, i)], role, out, persons)
        pending, start = [], i + 1
    if visited and not out.partners and not out.unnamed:
        _visit_host(cl, *visited, out, persons)   # "하노이를 방문해 자매결연 협약을 체결"
    _settle(cl, out, stop)
    return out


# what a modifying clause's own words may carry: its object, not a subject or a place
_NOT_IN_DESCRIPTOR = frozenset({"이", "가", "은", "는", "에서", "에게", "와", "과", "도"})


def _descriptor_object(cl: Clause, pending: list[tuple[int, int]], i: int) -> bool:
    """The object of a verb modifying the next item ("…, 편의점을 운영하는 늘솔유통과"): it
    leaves the list open for rule described-item to judge at the verb."""
    words = cl.words
    return bool(pending) and words[i].particle in ("을", "를") and i + 1 < len(words) \
        and words[i + 1].verbal and "ETM" in words[i + 1].cut_tags


def _kept_past_copula(cl: Clause, pending: list[tuple[int, int]], i: int
                      ) -> list[tuple[int, int]]:
    """Rule copula-described-item: "제조사 누리모빌리티, 시내버스 운송사업자인 가람여객과" — after a
    list's comma, a noun with the copula's 인 describes the next item; the bodies listed before
    the comma stay in the list (only bodies: "청년, 노인인 …" is no list of parties)."""
    w = cl.words[i]
    if pending and w.particle == "인" and "VCP" in w.cut_tags and \
            all(orgs.org_at(cl, last) is not None for _, last in pending):
        return pending
    return []


def _describes_next_item(cl: Clause, pending: list[tuple[int, int]], start: int,
                         verb: int) -> bool:
    """Rule described-item: "가온센터, 편의점 '늘솔24'를 운영하는 늘솔유통과" — after a list's
    comma, an object and a verb modifying the next item describe that item; the bodies listed
    before the comma stay in the list (not a clause that ended it: "청년, 노인을 위한 …", whose
    items are no bodies, is dropped as before)."""
    words = cl.words
    if not pending or start >= verb or "ETM" not in words[verb].cut_tags:
        return False
    inside = words[start:verb]
    if not any(w.particle in ("을", "를") for w in inside) or any(
            w.verbal or w.particle in _NOT_IN_DESCRIPTOR for w in inside):
        return False
    return all(orgs.org_at(cl, last) is not None for _, last in pending)


def _after_earlier_agreement(cl: Clause, i: int, out: Slots) -> None:
    """"지난 2월 A와 체결한 데 이어 B와": A was the earlier agreement's partner."""
    words = cl.words
    if words[i].stem == "이어" and i and words[i - 1].text == "데" and AUDIT.search(
            cl.view, 0, words[i].start):
        out.partners.clear()


def _forget_finished_clause(out: Slots) -> None:
    """"가온시와 상인회가 요청해 마련됐으며, … 가온중앙시장이 … 맺었다": a new subject after a
    finished clause; the earlier names belong to that clause."""
    out.subject.clear()
    out.partners.clear()


# hosting or sponsoring an event, told as a modifier of it ("한결은행이 후원한 박람회에서");
# running or founding the body that signs ("누리재단이 운영하는 한빛미술관과"): its operator,
# a parent and no party (rule operator-modifier)
_HOSTED = re.compile(r"(?:주최|주관|후원|협찬|운영|설립)(?:한|하는|했던|하고\s있는)")


def _drop_hosts(cl: Clause, out: Slots, start: int, verb: int) -> None:
    """Rule host-modifier: "누리시가 주최하고 한결은행이 후원한 박람회에서 A와 B가 협약을
    맺었다" — the subject (이/가) of a verb of hosting or sponsoring that modifies the event is
    its host or sponsor, not a party (GUIDELINES: a sponsor is no party); so is the subject of
    a verb of running or founding that modifies a party (its operator, a parent)."""
    if not _HOSTED.fullmatch(cl.words[verb].text):
        return
    out.subject[:] = [m for m in out.subject
                      if not (start <= m.last_word < verb
                              and slot_case(cl.words[m.last_word]) in ("이", "가"))]


def _inside_name(cl: Clause, i: int, persons: list[people.PersonMention]) -> bool:
    """"총장 르토에 베레탄베 …": a syllable Kiwi cut as a particle that a person's name read
    back as its own (people.foreign), with the name going on in the next word, ends no list
    and opens no slot."""
    words = cl.words
    whole = words[i].stem + words[i].particle
    if not words[i].particle or i + 1 >= len(words):
        return False
    for p in persons:
        parts = p.name.split()
        if whole in parts[:-1] and parts[parts.index(whole) + 1] in (
                words[i + 1].stem, words[i + 1].stem + words[i + 1].particle):
            return True
    return False


def _agreement_subject(w: Word) -> bool:
    """Rule agreement-subject: "A와 B 간 함께 웃는 마을을 위한 업무협약이 체결됐다", "…을 위해
    업무협정이 체결됐다": the agreement as the subject of a passive is no new subject; a
    connective in its modifiers (더불어, 위해) closed no clause of other parties."""
    return _AGREEMENT_END.search(w.stem) is not None


_AGREEMENT_END = re.compile(rf"(?:{AGREEMENT_WORD.pattern})$")   # "업무협약", "상생협정"


def _visited(cl: Clause, start: int, i: int, out: Slots,
             persons: list[people.PersonMention]) -> tuple[int, int] | None:
    """The words ``start..i`` visited for the signing ("다라시청을 방문해": the host is the
    partner; a country is where): a bare foreign city is returned, to be the partner only
    when the sentence names no other."""
    if _only_where(cl.words[i].stem):
        return (start, i)
    if cl.words[i].stem not in countries():
        _visit_host(cl, start, i, out, persons)
    return None


def _only_where(stem: str) -> bool:
    """Rule visited-place: "하노이를 방문해 누리대학교와", "유럽을 방문 중인": a foreign city or a
    region of the world written bare says where the signing was; it is the partner only when
    the sentence names no other ("하노이를 방문해 자매결연 협약을 체결했다")."""
    return stem in foreign_cities() or stem in world_places()


# a company's seat, visited for the signing: its owner is the host ("누리텍 본사를 찾아")
_SEATS = frozenset({"본사", "본점", "사옥", "공장", "사업장"})


def _visit_host(cl: Clause, start: int, i: int, out: Slots,
                persons: list[people.PersonMention]) -> None:
    """The host visited for the signing (words ``start..i``, closed by 을/를) is the partner;
    rule seat-owner: for a company's seat ("판교로 코드마루 본사를 찾아"), the word right before
    the seat names the company (the words before it say where), even with no ending."""
    seat = cl.words[i].stem in _SEATS and i > start
    before = len(out.partners)
    fill_item(cl, i - 1 if seat else start, i - 1 if seat else i, "partner", out, persons)
    if seat and len(out.partners) == before:
        out.partners += bare_company(cl, i - 1, name_like=True)


# rule owners-of-partner: "A와 B의 합작법인인 C와", "A의 자회사인 C와": A and B own the
# partner; they do not sign
_OWNED = re.compile(r"(?:합작\s?(?:법인|회사|기업)|자회사|계열사|손자회사|출자\s?회사)")


def _owners_of_next(words: list[Word], i: int) -> bool:
    """Word ``i`` (closed by 의) and a 와/과 item right before it own the body named next."""
    return words[i].particle == "의" and i > 0 and words[i - 1].particle in ("와", "과") and \
        i + 1 < len(words) and words[i + 1].particle == "인" and \
        _OWNED.fullmatch(words[i + 1].stem) is not None


def _drop_announcer(cl: Clause, out: Slots) -> None:
    """Rule announcer-topic: "주한 가온 대사관은 3일 … A와 B가 협약을 체결했다고 밝혔다" — a
    topic (은/는) before a pair of bodies that sign as the subject (이/가) and no partner is
    the body that tells of the signing, not a party."""
    cases = [slot_case(cl.words[m.last_word]) for m in out.subject]
    if len(cases) != 2 or cases[0] not in ("은", "는") or cases[1] not in ("이", "가"):
        return
    pair = out.subject[1]
    if any(m.last_word == pair.first_word - 1 and m.last_word > out.subject[0].last_word
           and slot_case(cl.words[m.last_word]) in ("와", "과") for m in out.partners):
        del out.subject[0]


def _settle(cl: Clause, out: Slots, stop: int) -> None:
    """The slots read, completed: the body given to, a bare word paired with the subject,
    a bare subject of a signing with a named partner."""
    _drop_announcer(cl, out)
    if (out.subject or out.bare_subject) and not out.partners and not out.unnamed:
        out.partners = _given_to(cl, stop)    # (a bare subject then signs: rule given-to)
    if out.subject and not out.partners and len(out.bare_partners) == 1 and \
            _pairs_the_subject(cl.words, out.bare_partners[0], out.subject[0]):
        out.partners = out.bare_partners
        out.bare_partners = []
    if not out.subject and out.partners and out.bare_subject and not out.short_subject:
        # "솔바람은 13일 가람시와 … 협약을 체결했다": the subject of a signing with a named
        # partner is a party even when no ending tells it is a body
        out.subject = out.bare_subject


def _pairs_the_subject(words: list[Word], bare: orgs.Mention, subject: orgs.Mention) -> bool:
    """Rule paired-bare-partner: "한빛정밀과 가온시는 3일 … 체결했다" — a bare word opening the
    sentence, closed by 와/과 right before the subject body, is its partner (as "가온시와
    이노텍은" is, rule paired-bare-subject)."""
    return 0 <= bare.last_word < len(words) and \
        after_time_words(words, 0, bare.last_word) == bare.first_word and \
        bare.last_word + 1 == subject.first_word and words[bare.last_word].particle in ("와", "과")


# "X에 장학금을 기탁하는 협약": what one party gives the other, right before the agreement
_GIVING = re.compile(r"(?:기탁|기부|출연|후원|전달|지원|제공)하")


def _given_to(cl: Clause, stop: int) -> list[orgs.Mention]:
    """Rule given-to: "한빛건설은 누리재단에 장학금 1억원을 기탁하는 협약을 체결했다" — the
    partner is the body marked 에/에게 in the clause of giving that names the agreement."""
    words = cl.words
    giving = next((k for k in range(stop - 1, -1, -1)
                   if words[k].verbal and _GIVING.match(words[k].stem)), None)
    if giving is None or giving + 1 >= len(words) or \
            not AGREEMENT_WORD.search(words[giving + 1].stem):
        return []
    for k in range(giving - 1, max(giving - 5, 0) - 1, -1):
        if words[k].particle in ("에", "에게"):
            m = orgs.org_at(cl, k, slot=True)
            return [m] if m is not None else []
    return []


def _before_tails(words: list[Word], first: int, last: int) -> int:
    """The last word of an item before the words that close it ("측", "관계자": ITEM_TAILS)."""
    while last > first and words[last].stem in ITEM_TAILS:
        last -= 1
    return last


def _read_slot(cl: Clause, items: list[tuple[int, int]], role: str, out: Slots,
               persons: list[people.PersonMention]) -> None:
    """The names of one slot, a list of items (word ranges), into ``out``; what another slot
    counted and left unnamed ("A 등 5개 대학과") is kept when this one names all it counts
    ("B, C, D, E 등 기업 4곳, F가 참여하는")."""
    unnamed, kind = out.unnamed, (out.unnamed_head, out.unnamed_in_subject)
    _read_items(cl, items, role, out, persons)
    if unnamed and out.unnamed == unnamed:
        out.unnamed_head, out.unnamed_in_subject = kind


def _verb_of_its_own(words: list[Word], last: int) -> bool:
    """Whether the item is the object of a verb right after it, no signing verb ("학교 측과
    면담한 뒤, …와 협약을 체결했다"): a side met, not one that signed (rule kind-side)."""
    after = words[last + 1] if last + 1 < len(words) else None
    return after is not None and bool({"VV", "XSV"} & set(after.tags)) and \
        not re.match(SIGN_VERB, after.stem) and not _past_time(words, last + 1)


# rule past-time-no-verb: "시는 지난 17일 누리대와 협약을 맺었다" — 지난 (Kiwi: the verb 지나다)
# before a day, a month or a week says when; the kind word before it is the subject, no object
_PAST_TIME_AFTER = re.compile(r"\d|(?:달|주|주말|연말|해|봄|여름|가을|겨울)$")


def _past_time(words: list[Word], k: int) -> bool:
    return words[k].stem == "지난" and not words[k].particle and k + 1 < len(words) and \
        _PAST_TIME_AFTER.match(words[k + 1].stem) is not None


# rule self-reference: a body calling itself ("우리 복지관", "저희 병원"): the words are no
# part of its name; the kind word after them is the short form of the body named elsewhere
# (a masthead, a sign-off), or of none (GUIDELINES: only named parties)
_SELF = frozenset({"우리", "저희"})


def _past_self(words: list[Word], first: int, last: int) -> tuple[int, int]:
    """Rule self-reference: the item "우리 복지관" read from its kind word on."""
    if first < last and words[first].stem in _SELF and not words[first].particle:
        return first + 1, last
    return first, last


def _read_items(cl: Clause, items: list[tuple[int, int]], role: str, out: Slots,
                persons: list[people.PersonMention]) -> None:
    words = cl.words
    named = counted = 0
    empty: list[int] = []
    target = out.subject if role == "subject" else out.partners
    for first, last in (_past_self(words, f, t) for f, t in items):   # rule self-reference
        before = len(target)
        n = fill_item(cl, first, last, role, out, persons)
        kind = _before_tails(words, first, last)   # rule kind-side: "학교 측과" names a 학교
        called = short_form(words[kind].stem) or \
            role == "partner" and words[kind].stem in COMPANY_WORDS
        if len(target) == before and not n and called and not _verb_of_its_own(words, last):
            if role == "subject":
                out.short_subject = words[kind].stem
            else:
                out.short_partners.append(words[kind].stem)
        counted += n
        named += len(target) - before
        if role == "subject" and len(items) == 1 and len(target) == before and not n:
            k = after_time_words(words, first, last)
            if k == last and words[k].stem not in _NOT_A_SUBJECT_BODY and \
                    not AGREEMENT_WORD.search(words[k].stem):
                out.bare_subject = bare_company(
                    cl, k, name_like=_paired_with_body(cl, k) or _opens_untitled(cl, k))
        if role == "partner" and len(items) == 1 and len(target) == before and not n and \
                after_time_words(words, first, last) == last:
            # (a word that reads as a name too: a party only when a head is written with it)
            out.bare_partners += bare_company(cl, last, name_like=True)
        core = last
        while core > first and words[core].stem in ITEM_TAILS and not words[core - 1].particle:
            core -= 1                   # "…, 한결소재 등과"
        if len(target) == before and after_time_words(words, first, core) == core and not n:
            empty.append(core)          # "13일 솔바람, …": the day before the first item
    if not named and not counted and role == "partner" and len(items) > 1:
        # "한빛정밀, 솔바람, 다온텍과": a list of bare words only; each is a party where the
        # article writes it again as a body (rule corroborated-bare-partner)
        for k in empty:
            out.bare_partners += bare_company(cl, k, name_like=True)
    if counted == len(items) + _with_before(cl, items[0][0]) and len(items) > 1 and \
            named < counted:
        named += _counted_list(cl, items, empty, target)
        empty = []
    if named and len(items) > 1:
        # "가나농협, 가나신협, 가나새마을금고 등": in a list of bodies, a bare word is one too
        for k in empty:
            if listed_body(cl, k):
                w = words[k]
                bare = w.stem.lstrip(orgs.BULLETS)
                start_at = cl.offset(w.start) + len(w.stem) - len(bare)
                target.append(orgs.Mention(bare, start_at, start_at + len(bare), k, k,
                                           cl.marked(k)))
                named += 1
            elif role == "partner":
                # rule corroborated-listed: a short one ("누리, 가온시와") is a party where
                # the article writes it again as a body, as a lone partner word is
                out.bare_partners += bare_company(cl, k, name_like=True)
    named += _party_joined_before(cl, items[0][0], out, role)
    if counted > named:
        out.unnamed += counted - named


def _counted_list(cl: Clause, items: list[tuple[int, int]], empty: list[int],
                  target: list[orgs.Mention]) -> int:
    """Rule counted-list: "가온, 누리, 다솜 3개사와", "가온과 누리, 다솜 3개사가": as many items
    as the count (with the one joined by 와/과 before), so each bare item is a party.
    Returns how many were added to ``target``."""
    added = 0
    for k in [*empty, *_counted_last(cl, items[-1])]:
        if any(m.first_word <= k <= m.last_word for m in target):
            continue
        found = bare_company(cl, k, name_like=True)
        target.extend(found)
        added += len(found)
    return added


def _party_joined_before(cl: Clause, first: int, out: Slots, role: str) -> int:
    """Rule counted-with-joined: "가온시와 누리대학교, 가온상의 등 3개 기관이": the party joined
    by 와/과 before a counted subject list is one of those counted (1 when it is)."""
    if role != "subject" or not _with_before(cl, first):
        return 0
    return int(any(m.last_word == first - 1 for m in out.partners))


def _with_before(cl: Clause, first: int) -> int:
    """1 when the word before a list is a body joined to it by 와/과 ("가온과 누리, …")."""
    return int(first > 0 and cl.words[first - 1].particle in ("와", "과"))


def _counted_last(cl: Clause, item: tuple[int, int]) -> list[int]:
    """The word before the count in a list's last item ("… 다솜 3개사와"), when the item
    named no body (one bare word, after the day if one is written)."""
    first, last = item
    count = count_in(cl.words[first : last + 1])
    if count is None:
        return []
    k = first + count[2] - 1
    while k > first and cl.words[k].stem in COUNT_CLOSERS:
        k -= 1
    return [k] if k >= first and after_time_words(cl.words, first, k) == k else []


def _paired_with_body(cl: Clause, k: int) -> bool:
    """Rule paired-bare-subject: "가온시와 이노텍은 3일 … 체결했다" — the subject word right
    after a body closed by 와/과 is the body's partner, even a word that reads as a name
    (이 + 노텍): a person in that place has a title with them."""
    prev = cl.words[k - 1] if k else None
    return prev is not None and prev.particle in ("와", "과") and \
        orgs.org_at(cl, k - 1, slot=True) is not None and not titled_after(cl, k)


def _opens_untitled(cl: Clause, k: int) -> bool:
    """Rule opening-bare-subject: "마루솔은 30일 비채온과 … 협약을 맺었다" — a word opening the
    signing sentence as its subject, with no title after it, is a body even when it reads as
    a name (마 + 루솔): news writes a person there with a title ("한지수 대표는")."""
    return after_time_words(cl.words, 0, k) == k and not titled_after(cl, k) and \
        cl.words[k].particle in ("은", "는") and "NP" not in cl.words[k].tags   # ("우리는")


# subjects of a signing sentence that are no body: times, the event, connectives
_NOT_A_SUBJECT_BODY = frozenset("""올해 내년 지난해 작년 금년 이날 당일 오늘 최근 이번 앞서 현재
    향후 이후 당시 그간 그동안 행사 협약식 체결식 이어 또한 특히 아울러 이에 이를 이들 이곳
    시민 주민 학생 청년 참석자 관계자 대표단 일행 방문단 사절단""".split())
