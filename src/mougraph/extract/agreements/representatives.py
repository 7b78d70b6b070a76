"""Representatives: the people who speak for the parties (rule representative).

A person counts when their organisation is a party: the body written with them
(one-body, office-of-party, abbreviation-fits, a unit of a party), else a colleague's
(colleague, colleague-first), else the one party their title can head (title-fits,
department-officer, carry-fits), else the party left over (elimination). An organisation
written next to the name that is no party (a guest body) excludes them; the reporter never."""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from ...lexicons import (
    countries,
    foreign_cities,
    foreign_family_names,
    short_kinds,
    western_given_names,
)
from ...model import Organisation, OrgKind, Person, Span
from ...text import Sentence
from .. import orgs, people
from ..lexicon import ending, foreign_syllable, is_name
from ..people.bodies import COMPANY_HEADS
from ..people.context import LOCAL_KINDS
from ..people.foreign import loan_syllable
from ..people.names import CAPITALISED
from ..people.order import OFFICER_QUALIFIERS
from ..people.units import (
    BRANCH_HEADS,
    branch_of_place,
    department_name,
    deputy_domain,
    numbered_village,
)


def party_representatives(parties: list[Organisation],
                          persons: list[tuple[Sentence, people.PersonMention]],
                          author: str | None) -> list[Person]:
    """Rule representative."""
    out: list[Person] = []
    seen: set[tuple[str, str]] = set()
    persons = [(s, _latin_body_cut(p, parties)) for s, p in _unswapped(persons, parties)]
    persons = [(s, q) for s, p in persons if (q := _party_word_cut(s, p, parties)) is not None]
    persons = [(s, _party_opens_name(s, p, parties)) for s, p in persons]
    placed = _placed_by_body(parties, persons)
    for sentence, p in persons:
        if author and p.name == author or _head_office(sentence, p, parties) or \
                gave_address(sentence, p) or _unfound_subjects_head(sentence, p, persons, parties) \
                or _unfound_body_past_carry(sentence, p, parties):
            continue
        resolved = _short_kind_party(p, parties) if _by_short_kind(p) else \
            _listed_colleague(p, out, parties) or _party_of_before(sentence, p, parties) or \
            _party_before_unit(sentence, p, parties) or \
            _party_between_past_carry(sentence, p, parties) or resolve(p, parties) or \
            _party_between(sentence, p, parties) or _after_colleague(p, out, parties)
        if resolved is None:
            continue
        party, title = resolved
        if clergy_elsewhere(title, party):
            continue
        if placed.get(p.name, party.name) != party.name and (
                _resolve_written(p, parties) is None or _only_carried(p) and placed[p.name]):
            continue                        # "김 부장" again: the body written with them before
        key = (p.name, party.name)
        if key in seen or any(_typo(p.name, q.name) and q.organisation == party.name
                              and q.title == title for q in out):
            continue                        # "도재훈"/"도재혼": one person, a typo
        seen.add(key)
        out.append(Person(p.name, title, party.name,
                          Span(sentence.start, sentence.end, sentence.text)))
    for sentence, p in persons:
        if _unfound_subjects_head(sentence, p, persons, parties) or \
                _unfound_body_past_carry(sentence, p, parties):
            continue
        left = None if _by_short_kind(p) else _left_over(p, out, parties, author, sentence)
        if left is not None and (p.name, left.name) not in seen \
                and not clergy_elsewhere(p.title, left):
            seen.add((p.name, left.name))
            out.append(Person(p.name, p.title, left.name,
                              Span(sentence.start, sentence.end, sentence.text)))
    return out


# rule clergy-own-body: a pastor, a priest or a monk heads a church, a parish or a temple, and
# speaks for no other party ("담임목사 김다온 목사와 누리복지관 관장이 서명했다" where the church
# is unnamed: the pastor is no head of the welfare centre)
_CLERGY_TITLES = frozenset("담임목사 목사 신부 주임신부 스님 주지 주지스님".split())
_RELIGIOUS_BODY = re.compile(r"(?:교회|성당|교구|사|절|사찰|선원|수도원|성전|본당)$")
# the kinds a church, a parish or a temple may be given (none when its ending is no lexicon row)
_RELIGIOUS_KINDS = (None, OrgKind.NONPROFIT, OrgKind.OTHER)


def clergy_elsewhere(title: str, party: Organisation) -> bool:
    """Rule clergy-own-body: a clergy title resolved to a party that is no religious body."""
    return title in _CLERGY_TITLES and not (party.kind in _RELIGIOUS_KINDS and any(
        _religious_name(name.replace(" ", "")) for name in (party.name, *party.aliases)))


def _religious_name(name: str) -> bool:
    """A religious body's ending that no longer ending of the org-suffix lexicon covers: a bare
    사 ends a temple's name (솔바람사), not 상사, 신문사, 공사 or 적십자사, whose row is longer."""
    own, row = _RELIGIOUS_BODY.search(name), ending(name)
    return own is not None and (row is None or len(row.suffix) <= len(own.group(0)))


def _by_short_kind(p: people.PersonMention) -> bool:
    """The person's body is called by the short form of its kind ("진우석 상의 사무국장")."""
    return p.kind_word is not None and p.kind_word in short_kinds().values()


def _short_kind_party(p: people.PersonMention, parties: list[Organisation]
                      ) -> tuple[Organisation, str] | None:
    """Rule short-kind: "진우석 상의 사무국장" speaks for the one party whose name ends in the
    kind 상의 shortens (누리상공회의소), and for no other party: a chamber's officer at a
    signing the chamber is no party of is a guest, whatever the title fits."""
    kind = p.kind_word or ""
    homes = [o for o in parties if any(orgs.compact(y).endswith(kind)
                                       for y in (o.name, *o.aliases))]
    return (homes[0], p.title) if len(homes) == 1 else None


def _latin_body_cut(p: people.PersonMention, parties: list[Organisation]) -> people.PersonMention:
    """Rule latin-name-and-body: "Michael Brown Daon Robotics CEO" where Daon Robotics signs —
    one run of capitalised words holds the name and the party's Latin name; cut the party off."""
    if p.org or not _LATIN_PERSON.fullmatch(p.name) or p.name.count(" ") < 2:
        return p
    for o in parties:
        for form in (o.name, *o.aliases):
            if not re.fullmatch(r"[A-Za-z][A-Za-z&.\- ]+", form) or " " not in p.name:
                continue
            rest = p.name[: -len(form)] if p.name.endswith(" " + form) else \
                p.name[len(form):] if p.name.startswith(form + " ") else None
            if rest and _LATIN_PERSON.fullmatch(rest.strip()):
                return replace(p, name=rest.strip(), org=form, explicit=True)
    return p


# a transcribed given or family name: two to four syllables, one of them a loan syllable
# ("마크", "헤일리"), no particle after it
_TRANSCRIBED = re.compile(r"[가-힣]{2,4}")
_PARTICLE_END = re.compile(r"(?:은|는|이|가|와|과|을|를|의|에|도|로)$")


def _party_word_cut(sentence: Sentence, p: people.PersonMention, parties: list[Organisation]
                    ) -> people.PersonMention | None:
    """Rule party-word-as-name: "마크 헤일리 노브리지 CEO" where 노브리지 시스템즈 signs - the word
    read as the name is the first word of a party's spaced name, so it is the body: the two
    transcribed words before it are the name, or, with none, there is no person. Rule
    party-as-name: a word read as a name that is, as written, a party's name or short form
    ("이날 노바텍 대표가", 노바텍 a bare company word whose first syllable opens names) is the
    party: no person."""
    if " " not in p.name and _party_named(p.name, parties) is not None:
        return None                 # rule party-as-name: "이날 노바텍 대표가" where 노바텍 signs
    if p.org or " " in p.name:
        return p
    party = next((o for o in parties for form in (o.name, *o.aliases)
                  if " " in form and form.split()[0] == p.name), None)
    if party is None:
        return p
    before = sentence.text[:p.start - sentence.start].split()[-2:]
    if len(before) == 2 and all(_TRANSCRIBED.fullmatch(w) and not _PARTICLE_END.search(w)
                                for w in before) \
            and any(loan_syllable(ch) for w in before for ch in w):
        return replace(p, name=" ".join(before), org=party.name, explicit=True)
    return None


def _party_opens_name(sentence: Sentence, p: people.PersonMention,
                      parties: list[Organisation]) -> people.PersonMention:
    """Rule party-opens-name: "캉푸 리 밍 사장", "브라이트웨이브 마이클 존슨 최고경영자" where the
    bare word 캉푸 or 브라이트웨이브 signs — a party's name opening the phrase was read into a
    foreign name of three words or more, or a foreign name's second word was read as the body:
    the party is the body and the words after it the name. A foreign name of two words or
    more with no body read, right after a bare party word or its side ("르블랑 Pierre Martin
    CTO", "르블랑 측은 …"), is that party's; so is one whose body read is the party's branch
    named after its place ("솔렌텍 베트남법인 응우옌 반 훙 법인장": the party signs, not its
    branch)."""
    words = p.name.split()
    if len(words) >= 3 and not p.org and (party := _party_named(words[0], parties)) is not None:
        return replace(p, name=" ".join(words[1:]), org=party.name, explicit=True)
    at = p.start - sentence.start
    before = sentence.text[:at].split()[-2:]
    party = _party_named(before[-1], parties) if before else None
    side = _party_named(before[0], parties) \
        if len(before) == 2 and _SIDE.fullmatch(before[1]) else None
    if not p.org:
        home = party or side
        return replace(p, org=home.name, explicit=True) if home and len(words) >= 2 else p
    if len(before) == 2 and before[1] == p.org and branch_of_place(p.org) and \
            _party_for(p.org, parties) is None and (home := _party_named(before[0], parties)):
        return replace(p, org=home.name, explicit=True)
    pair = _family_read_as_body(sentence.text, at, p, parties)
    if pair is not None and party is not None:
        return replace(p, name=pair, org=party.name, explicit=True)
    if pair is not None and side is not None and p.name in western_given_names():
        return replace(p, name=pair, org=side.name, explicit=True)
    return p


# a party's side named before its people ("클리어포트 측은 케빈 브라운 최고경영자가")
_SIDE = re.compile(r"측(?:은|에선|에서는|에서|도|이)")


def _family_read_as_body(text: str, at: int, p: people.PersonMention,
                         parties: list[Organisation]) -> str | None:
    """"마이클 존슨 최고경영자" read as 마이클 of the body 존슨: two transcribed words, one with a
    loan syllable, the second no party and no body's name — the whole foreign name."""
    if not p.org or " " in p.name or " " in p.org or _party_named(p.org, parties) is not None \
            or orgs.looks_like_org(p.org):
        return None
    pair = f"{p.name} {p.org}"
    if not text.startswith(pair + " ", at) or \
            not all(_TRANSCRIBED.fullmatch(w) for w in (p.name, p.org)) or \
            not any(map(loan_syllable, pair)):
        return None
    return pair


def _unswapped(persons: list[tuple[Sentence, people.PersonMention]], parties: list[Organisation]
               ) -> list[tuple[Sentence, people.PersonMention]]:
    """Rule party-read-as-name: "이노텍 박다온 대표" where 이노텍 signs — two words that both read
    as names, the first taken for the person: the one that is a party's name is the body."""
    bodies = {p.name: p.org for _, p in persons
              if p.org and is_name(p.org) and " " not in p.org and p.explicit
              and _party_for(p.name, parties) is not None and _party_for(p.org, parties) is None}
    if not bodies:
        return persons
    out = []
    for sentence, p in persons:
        if p.name in bodies and p.org == bodies[p.name]:
            p = replace(p, name=p.org, org=p.name, context=None)
        elif p.carried in bodies.values():
            body = next(k for k, v in bodies.items() if v == p.carried)
            p = replace(p, carried=body, follows=bodies.get(p.follows or "", p.follows))
        out.append((sentence, p))
    return out


# a sentence's topic: its first word with 은/는 ("소담랩은 25일 …"; not "협약서에는")
_TOPIC = re.compile(r"^([가-힣A-Za-z0-9]{2,}?)(?<!에|서|게|께)(?:은|는)\s")


def _unfound_subjects_head(sentence: Sentence, p: people.PersonMention,
                           persons: list[tuple[Sentence, people.PersonMention]],
                           parties: list[Organisation]) -> bool:
    """Rule unfound-subjects-head: "소담랩은 25일 김다온 대표와 박누리 가온전자 사장이 참석한
    가운데 협약을 체결했다" where 소담랩 is not found to sign: the head written with no body
    beside the one party's head written with its body is the subject's side, so no one's —
    not the one party its title fits (that party's head is the other)."""
    if p.org or p.context or p.carried or p.stranger or \
            _party_of_before(sentence, p, parties) or _party_between(sentence, p, parties):
        return False
    topic = _TOPIC.match(sentence.text)
    if topic is None or any(q.name == topic.group(1) for _, q in persons) or \
            _party_for(topic.group(1), parties) or _shortens_a_party(topic.group(1), parties):
        return False                    # (a person's topic: "김다온은 …", or a party's)
    fits = _fitting_parties(p, parties)
    if len(fits) != 1:
        return False
    written = (_resolve_written(q, parties) for s, q in persons
               if s.start == sentence.start and q.name != p.name and q.org and q.explicit)
    return any(w is not None and w[0] is fits[0] for w in written)


def _left_over(p: people.PersonMention, out: list[Person], parties: list[Organisation],
               author: str | None, sentence: Sentence) -> Organisation | None:
    """Rule elimination: "김가람 총장과 박누리 누리대 총장" at two universities' signing: a
    title with no body written that fits several parties speaks for the one whose head of
    that title is not named elsewhere, nor beside them in the same sentence ("김가람 총장과
    제임스 윌슨 토론토대 부총장")."""
    if p.org or p.context or p.carried or p.name == author or \
            p.full_title != p.rank.title or any(q.name == p.name for q in out):
        return None
    fits = _fitting_parties(p, parties)
    if len(fits) < 2:
        return None
    free = [o for o in fits if not any(
        q.organisation == o.name and (q.title == p.title or _same_sentence(q, sentence))
        for q in out)]
    return free[0] if len(free) == 1 else None


def _same_sentence(q: Person, sentence: Sentence) -> bool:
    return q.evidence is not None and q.evidence.start == sentence.start


def _typo(a: str, b: str) -> bool:
    return len(a) == len(b) >= 3 and sum(x != y for x, y in zip(a, b, strict=True)) == 1


# the bodies of a school's people (as lexicons/org_suffixes.tsv lists them): never the school
_PEOPLES_BODIES = orgs.PEOPLES_BODIES


def _peoples_body_of_party(p: people.PersonMention, parties: list[Organisation]) -> bool:
    """Rule peoples-body: a head of a party's alumni, students' or parents' body ("미르대
    총동문회장", "누리대학교 총학생회장 홍길동") speaks for that body, a guest, not for the
    school, unless that body signs itself."""
    fused = next((b for b in _PEOPLES_BODIES if p.full_title.startswith(b)), "")
    body = orgs.compact(p.org or "")
    body = body if body.endswith(_PEOPLES_BODIES) else body + fused
    return body.endswith(_PEOPLES_BODIES) and not any(
        orgs.compact(f) == body for o in parties for f in (o.name, *o.aliases))


def _party_for(name: str, parties: list[Organisation]) -> Organisation | None:
    homes = [o for o in parties
             if any(orgs.same_body(name, form) for form in (o.name, *o.aliases))]
    if not homes and " " not in name and len(name) >= 3:
        # "청운사" for 대한불교조계종 청운사: the last word of a party written under its parent
        homes = [o for o in parties if o.name.endswith(f" {name}")]
    if len(homes) > 1:   # (rule listed-apart) "서너울농협" beside "너울농협": the one written so
        homes = [o for o in homes if any(orgs.compact(f) == orgs.compact(name)
                                         for f in (o.name, *o.aliases))]
    return homes[0] if len(homes) == 1 else None


def _party_named(word: str, parties: list[Organisation]) -> Organisation | None:
    """Rule stranger-is-party: the proper noun before a head's name ("벼리민예총 어윤재 이사장")
    is, as written, the name or a short form of one party: that party is the person's."""
    x = orgs.compact(word)
    homes = [o for o in parties if any(orgs.compact(f) == x for f in (o.name, *o.aliases))]
    return homes[0] if len(homes) == 1 else None


def _party_between(sentence: Sentence, p: people.PersonMention, parties: list[Organisation]
                   ) -> tuple[Organisation, str] | None:
    """Rule party-between: "유나래 솔바람 상임대표" where 솔바람 signs — the one word between
    the name and the title, which Kiwi reads as a common noun (a charity or a brand named by an
    everyday word), is, as written, one party's name: that party is the person's."""
    if p.org or p.context or p.carried:
        return None
    return _party_written_between(sentence, p, parties)


def _party_between_past_carry(sentence: Sentence, p: people.PersonMention,
                              parties: list[Organisation]) -> tuple[Organisation, str] | None:
    """Rule party-between-past-carry: "…, 박솔 누리에너지 대표, 김다온 하늘정보통신 부사장" — in a
    list of heads the body carried from the one before gives way to a party's name written,
    as is, between the name and the title (a name of common nouns that no body reader took)."""
    if p.org or p.context or not p.carried:
        return None
    return _party_written_between(sentence, p, parties)


# rule programme-qualifier: a programme's Latin name with its version between a listed head's
# name and title ("이하람 LINC 3.0 부단장") says which programme the post serves, no body
_PROGRAMME = re.compile(r"[A-Z]{2,}\+? ?\d+(?:\.\d+)?")


def _unfound_body_past_carry(sentence: Sentence, p: people.PersonMention,
                             parties: list[Organisation]) -> bool:
    """Rule unfound-body-past-carry: "…, 진솔 누리협회장, 강이서 아트스페이스 담 대표" where the
    gallery is not found to sign — words written between a listed head's name and title that
    name no party (nor qualify the title: "공동", "상임") are that head's body, so the head is
    no one's, not the body carried from the head before."""
    if p.org or p.context or not p.carried:
        return False
    written = sentence.text[p.start - sentence.start:p.end - sentence.start]
    if not written.startswith(p.name) or not written.endswith(p.full_title):
        return False
    between = written[len(p.name):len(written) - len(p.full_title)].split()
    if not between or any(w in OFFICER_QUALIFIERS for w in between) or \
            _PROGRAMME.fullmatch(" ".join(between)):
        return False
    return _party_named("".join(between), parties) is None and \
        _party_for(" ".join(between), parties) is None and \
        not any(_shortens_a_party(w, parties) for w in between)


def _party_written_between(sentence: Sentence, p: people.PersonMention,
                           parties: list[Organisation]) -> tuple[Organisation, str] | None:
    words = sentence.text[p.start - sentence.start:p.end - sentence.start].split()
    if len(words) != 3 or words[0] != p.name:
        return None
    party = _party_named(words[1], parties)
    return (party, p.title) if party is not None else None


# rule party-before-unit: a party's name, one to three region words (comma-separated) and a
# unit ending in a unit's word, with 의, before a head ("누리전력 호남, 제주법인 사업본부의 위도현
# 본부장")
_UNIT_WORD = r"(?:본부|법인|지사|지점|지부|지회|사업부|사업단|센터)"


def _party_before_unit(sentence: Sentence, p: people.PersonMention,
                       parties: list[Organisation]) -> tuple[Organisation, str] | None:
    """Rule party-before-unit: the unit written before a head's name with 의 names no party,
    but the party's name written right before the unit's regions does: the head is that
    party's (the unit is a part of it, as the title says: 본부장 of a 사업본부)."""
    if not p.context or p.carried or _party_for(p.context, parties) is not None or \
            not re.search(rf"{_UNIT_WORD}$", p.context):
        return None
    before = sentence.text[: p.start - sentence.start]
    at = before.rfind(p.context)
    if at < 0 or not re.fullmatch(r"의\s+", before[at + len(p.context):]):
        return None
    for k in (1, 2, 3):                     # the nearest party name first
        m = re.search(rf"(\S+)\s+(?:[가-힣]{{1,4}},?\s+){{{k}}}$", before[:at])
        party = _party_named(m.group(1), parties) if m else None
        if party is not None:
            return party, p.title
    return None


# "아오바현의 나카무라 유이치 지사": a word and 의 right before a person's name
_OF_BEFORE = re.compile(r"(\S+)의\s+$")


def _party_of_before(sentence: Sentence, p: people.PersonMention, parties: list[Organisation]
                     ) -> tuple[Organisation, str] | None:
    """Rule party-of-before: "가온도 김다온 부지사와 아오바현의 나카무라 유이치 지사" — a
    party's name, as written, with 의 right before a head whose own words name no body is
    that head's party (not the party the title's kind would fit: a governor of either side)."""
    if p.org or p.context or p.carried:
        return None
    of = _OF_BEFORE.search(sentence.text[: p.start - sentence.start])
    party = _party_named(of.group(1), parties) if of is not None else None
    return (party, p.title) if party is not None else None


def _after_colleague(p: people.PersonMention, out: list[Person],
                     parties: list[Organisation]) -> tuple[Organisation, str] | None:
    """Rule colleague: "홍길동 군수, 김철수 부군수, 이영희 기획감사실장": a department head with no
    body of their own, listed right after a party's person, is of that party (a department
    fused into the title is no body of their own: "최한빛 대표이사, 강민석 생산본부장")."""
    own_body = p.org is not None and (p.explicit or not department_name(p.org))
    if own_body or p.context or not p.follows or (
            p.full_title == p.rank.title and _fitting_parties(p, parties)):
        return None
    before = next((q.organisation for q in out if q.name == p.follows), None)
    party = next((o for o in parties if o.name == before), None)
    return (party, p.full_title) if party is not None else None


def _listed_colleague(p: people.PersonMention, out: list[Person],
                      parties: list[Organisation]) -> tuple[Organisation, str] | None:
    """Rule colleague-first: "다온조선 정다온 부사장, 최다솔 전무" — a company officer with no
    body written, listed right after a person of a party whose name tells no kind (다온조선),
    is of that party, not of the one party whose kind the title fits (한빛중공업)."""
    if p.org or p.context or p.carried or p.beside or not p.follows or p.kind_word or \
            OrgKind.COMPANY not in p.rank.kinds or p.rank.fuse or p.full_title != p.rank.title:
        return None
    before = next((q.organisation for q in out if q.name == p.follows), None)
    party = next((o for o in parties if o.name == before), None)
    if party is None or _kind_of(party) not in (None, OrgKind.OTHER):
        return None
    return party, p.title


def _only_carried(p: people.PersonMention) -> bool:
    """Rule carry-yields-to-written: "왼쪽부터 최가람 누리정밀 대표, 김다온 단장" where 김다온 was
    written as head of another party: a body only carried from the list item before is not
    written with the person, so the party written with them elsewhere keeps them (a body no
    party written with them elsewhere does not: the list's reading stands)."""
    return not p.org and not p.context and bool(p.carried)


def _placed_by_body(parties: list[Organisation],
                    persons: list[tuple[Sentence, people.PersonMention]]) -> dict[str, str]:
    """Rule one-body: the party each name is written with somewhere in the article; a later
    mention with a title only ("김철수 부장은 …") is not moved to another party by its title.
    Rule one-body-no-party: a name written only with a body that is no party ("명지오 여울에너지
    대표" where 여울에너지 is not found to sign, and is no party's short form) is placed there
    too (""), so that a mention by title alone does not give them to a party their title fits."""
    placed: dict[str, str] = {}
    guests: dict[str, str] = {}
    for _, p in persons:
        written = _resolve_written(p, parties)
        if written is not None and written[0] is not _NO_PARTY and not _only_carried(p):
            placed.setdefault(p.name, written[0].name)
        elif written is not None and p.org and p.explicit and \
                not _shortens_a_party(p.org, parties):
            guests.setdefault(p.name, "")   # (not "가온랩" for a party 가온랩 클라우드)
    return guests | placed


def resolve(p: people.PersonMention, parties: list[Organisation]
            ) -> tuple[Organisation, str] | None:
    """The party a person mention speaks for and the title they have there, as the rules
    read it from the mention alone (None: none, or a body that is no party)."""
    written = _resolve_written(p, parties)
    if written is not None:
        return None if written[0] is _NO_PARTY else written
    title = p.full_title if p.org else p.title  # "산학협력단장": the fused part names no party
    fused = _fused_party(p, parties)
    if fused is not None:
        return fused, p.rank.title
    village = _village_party(p, parties)
    if village is not None:
        return village, title
    governed = _short_province_governor(p, parties)
    if governed is not None:
        return governed, _GOVERNOR
    if fused_stranger(p, parties):
        return None
    if p.stranger and not _shortens_a_party(p.stranger, parties):
        return None     # rule stranger: "가온필하모닉 박가온 단장": a body no party is written
    fits = _fitting_parties(p, parties)
    if p.kind_word in LOCAL_KINDS and not _of_local_kind(p.kind_word, parties):
        return None   # rule local-kind-stranger: "강다온 도 경제국장" at a county's signing
    if p.kind_word and (len(fits) != 1 or _kind_elsewhere(p, fits[0], parties)):
        # rule kind-word: "김가람 재단 이사장": the party whose name ends with that kind, even
        # where the title fits another ("A 위원장과 입주자대표회의 B 회장": not the 주민자치회)
        fits = _of_kind(p.kind_word, parties)
    if len(fits) == 1:
        return fits[0], title
    return None


_NO_PARTY = Organisation("")
_GOVERNOR = "지사"
_PROVINCE_ENDINGS = ("도", "특별자치도")


def _short_province_governor(p: people.PersonMention, parties: list[Organisation]
                             ) -> Organisation | None:
    """Rule short-province-governor: "도윤재 가온지사" at a signing of 가온도 and 해솔특별자치도 —
    a governor's title glued to the province's short name speaks for the one party named that
    short name and 도 or 특별자치도 (no body written; a branch "누리전력 가온지사" has its body)."""
    if p.org or p.rank.title != _GOVERNOR or not p.full_title.endswith(_GOVERNOR):
        return None
    short = p.full_title[: -len(_GOVERNOR)]
    if len(short) < 2:
        return None
    homes = [o for o in parties if any(orgs.compact(f) in {short + e for e in _PROVINCE_ENDINGS}
                                       for f in (o.name, *o.aliases))]
    return homes[0] if len(homes) == 1 else None


# "… 총장은 축사에서", "… 의원은 축사를 통해": a congratulatory address is a guest's, never a
# party's (the parties' heads give 인사말 or 기념사); so is one who came to give it ("… 총장이
# 참석해 축사를 했다"), and one who came to congratulate ("… 스님이 참석해 축하했다"; a head
# congratulating without coming stays read)
_ADDRESS = re.compile(r"^\S*\s+(?:이날\s+)?(?:(?:참석해\s+|참석하여\s+|나와\s+)?"
                      r"(?:축사|격려사)(?:에서|를|로|와|도|\s)"
                      r"|(?:참석해|참석하여|나와)\s+축하(?:했|하|를|의|\s))")


def gave_address(sentence: Sentence, p: people.PersonMention) -> bool:
    """Rule guest-address: the person is the subject of a congratulatory address."""
    return bool(_ADDRESS.match(sentence.text[max(0, p.end - sentence.start):]))


def _head_office(sentence: Sentence, p: people.PersonMention,
                 parties: list[Organisation]) -> bool:
    """Rule head-office: "가온공사 본사 윤다솜 기획처장도 함께했다" — a person written as of the
    head office (본사) came beside the signing units, for none of them; unless the body
    written before 본사 is itself a party ("누리전자 본사 김누리 상무" where 누리전자 signs)."""
    before = sentence.text[: max(0, p.start - sentence.start)].rstrip()
    if not before.endswith("본사"):
        return False
    body = before[: -len("본사")].split()[-1:]
    return not any(body and body[0] in (o.name, *o.aliases) for o in parties)


def _fused_party(p: people.PersonMention, parties: list[Organisation]) -> Organisation | None:
    """Rule fused-party: "노가온 청년회장" with no body written, where 다솜2리 청년회 signs —
    the body fused into the title (청년회) ends the name of one party only. Rule
    fused-whole-name: "남다온 가람지방해양수산청장" in a list after another party's head — the
    whole name of one party fused into the title wins over the body carried along the list."""
    if p.org or p.context or not p.rank.fuse or p.full_title == p.rank.title:
        return None
    body = p.rank.body_of(p.full_title[: -len(p.rank.title)])
    x = orgs.compact(body)
    if len(x) < 3:
        return None
    named = [o for o in parties if x in map(orgs.compact, (o.name, *o.aliases))]
    if len(named) == 1:
        return named[0]
    if p.carried:
        return None
    homes = [o for o in parties if any(len(y) > len(x) and y.endswith(x)
                                       for y in map(orgs.compact, (o.name, *o.aliases)))]
    return homes[0] if len(homes) == 1 else None


def _village_party(p: people.PersonMention, parties: list[Organisation]) -> Organisation | None:
    """Rule numbered-village: "하봉길 1리 이장" where 솔바람1리 마을회 signs — the numbered 리
    written before the village head's title is the one party with a word naming a place's
    village of that number ("솔바람1리", not "솔바람11리")."""
    if not p.kind_word or not numbered_village(p.kind_word):
        return None
    number = p.kind_word.removeprefix("제")
    village = re.compile(rf"[가-힣]{re.escape(number)}")
    homes = [o for o in parties if any(village.search(y) for y in (o.name, *o.aliases))]
    return homes[0] if len(homes) == 1 else None


def _place_before_head(p: people.PersonMention, parties: list[Organisation]
                       ) -> Organisation | None:
    """Rule place-before-head: "제니퍼 콜(Jennifer Cole) 시더힐스 시장" where 시더힐스시 signs —
    a place written apart from its head's title and without the ending the title swallows
    (시, 군, 구) is the local government of that place and that ending (one such party only)."""
    if not p.org or " " in p.org or not p.rank.fuse or p.full_title != p.rank.title or \
            OrgKind.LOCAL_GOVERNMENT not in p.rank.kinds:
        return None
    forms = {orgs.compact(p.org + e) for e in p.rank.fuse}
    homes = [o for o in parties if _kind_of(o) is OrgKind.LOCAL_GOVERNMENT
             and any(orgs.compact(y) in forms for y in (o.name, *o.aliases))]
    return homes[0] if len(homes) == 1 else None


def _bare_place_party(p: people.PersonMention, parties: list[Organisation]
                      ) -> Organisation | None:
    """Rule bare-place-party: "탁가온 하람시장" or "편다솜 버들군 부군수" where the parties are
    written only as bare places ("하람·버들 등 5개 시·군과 …") — the local government written
    with its head's title (시, 군, 구 and the place) is the one party named by that place alone."""
    if not p.org or " " in p.org or OrgKind.LOCAL_GOVERNMENT not in p.rank.kinds:
        return None
    body = orgs.compact(p.org)
    place = next((body[: -len(e)] for e in p.rank.fuse if body.endswith(e)), "")
    if len(place) < 2 or any(orgs.compact(y) == body
                             for o in parties for y in (o.name, *o.aliases)):
        return None
    homes = [o for o in parties if any(orgs.compact(y) == place for y in (o.name, *o.aliases))]
    return homes[0] if len(homes) == 1 else None


def fused_stranger(p: people.PersonMention, parties: list[Organisation]) -> bool:
    """Rule fused-stranger: "김다온 누리병원장" where 누리병원 signs nothing (the hall the
    signing was held in, a guest's body) — a named body fused into the title that is no party
    and shortens none is the person's own, so their title fits no party (unlike a bare kind
    fused in, "산학협력단장", or a department, "국제처장", which name no body of their own)."""
    return p.org is not None and not p.explicit and p.full_title != p.rank.title and \
        orgs.looks_like_org(p.org) and not department_name(p.org) and \
        not _shortens_a_party(p.org, parties)


def _shortens_a_party(word: str, parties: list[Organisation]) -> bool:
    """"가온고" for 가온고등학교: the word opens like a party's name and runs through it."""
    x = orgs.compact(word)
    return any(y[:2] == x[:2] and orgs.subsequence(x, y)
               for o in parties for y in map(orgs.compact, (o.name, *o.aliases)))


def _signing_unit(p: people.PersonMention, parties: list[Organisation]) -> Organisation | None:
    """"가람협회 홍길동 서울시회장" where 가람협회 서울시회 signs: the unit's head speaks for it."""
    branch = p.rank.title in BRANCH_HEADS
    if not p.org or not (p.rank.fuse or branch) or p.full_title == p.rank.title:
        return None
    # "한국가온공사 충북지사장" where 한국가온공사 충북지사 signs: the branch is the title less 장
    before = p.full_title[: -len(p.rank.title)]
    unit = before + p.rank.title[:-1] if branch else p.rank.body_of(before)
    if p.org.endswith(unit):
        return None
    return _party_for(f"{p.org} {unit}", parties) or _unit_of_shortened(p.org, unit, parties) \
        or _unit_of_alias(p.org, unit, parties)


def _written_unit_of_alias(org: str, parties: list[Organisation]) -> Organisation | None:
    """"박누리 건협 서울시회 회장": rule unit-of-alias for a unit written apart from its title."""
    if " " not in org:
        return None
    head, tail = org.rsplit(" ", 1)
    return _unit_of_alias(head, tail, parties)


def _unit_of_alias(org: str, unit: str, parties: list[Organisation]) -> Organisation | None:
    """Rule unit-of-alias: "박누리 건협 서울시회장" where 가람건설협회 (건협) and 가람건설협회
    서울시회 both sign — the body written is another form of a party, and that party with the
    unit signs too: the unit's head speaks for the unit, not for the body (GUIDELINES: units)."""
    parent = _party_for(org, parties)
    if parent is None:
        return None
    homes = {id(o): o for form in (parent.name, *parent.aliases)
             if (o := _party_for(f"{form} {unit}", parties)) is not None and o is not parent}
    return next(iter(homes.values())) if len(homes) == 1 else None


def _unit_of_shortened(org: str, unit: str, parties: list[Organisation]) -> Organisation | None:
    """Rule shortened-unit: "설가온 전력점검공사 누리지사장" where 한국전력점검공사 누리지사 signs
    — the body written is the tail of the party's own body (its name less the unit), the head
    of the unit speaks for it (one such party only)."""
    x, u = orgs.compact(org), orgs.compact(unit)
    if len(x) < 3:
        return None
    homes = [o for o in parties if any(
        y.endswith(u) and len(y) > len(x) + len(u) and y[: -len(u)].endswith(x)
        for y in map(orgs.compact, (o.name, *o.aliases)))]
    return homes[0] if len(homes) == 1 else None


def _unit_of_party(org: str, parties: list[Organisation]) -> tuple[Organisation, str] | None:
    """"가람협회 서울시회 회장" where 가람협회 signs and 서울시회 does not: the person speaks for
    the party, with the unit in the title (GUIDELINES: units). A place is no unit ("경기도
    가람시")."""
    if " " not in org:
        return None
    head, tail = org.rsplit(" ", 1)
    e = ending(tail)
    college = tail.endswith("대학") and len(tail) > 3     # "가람대 인문대학": a university's
    if (e is not None and not e.unit and not college) or orgs.is_place(tail) \
            or orgs.is_region(tail):
        return None
    party = _party_for(head, parties)
    if party is None and college and head.endswith("대"):
        # "새봄대" where 새봄대학교 and 새봄도립대학 both sign: the university it shortens
        party = next((o for o in parties if orgs.compact(o.name) == f"{head}학교"), None)
    if party is not None and college and _kind_of(party) is not OrgKind.UNIVERSITY:
        return None
    return (party, tail) if party is not None else None


def _in_house_unit(org: str, parties: list[Organisation]) -> Organisation | None:
    """Rule in-house-unit: "한별정밀 기술연구소" where 한별정밀 signs — a body named only by what
    it does (기술 + 연구소), no government's office, written after a party is the party's own
    unit: its head speaks for the party, the unit in the title (GUIDELINES: units)."""
    if " " not in org:
        return None
    head, tail = org.rsplit(" ", 1)
    e = ending(tail)
    if e is None or len(e.suffix) < 2 or len(tail) <= len(e.suffix) or e.kind in _GOVERNMENTS \
            or not orgs.ordinary_noun(tail[: -len(e.suffix)]):
        return None
    return _party_for(head, parties)


_GOVERNMENTS = frozenset({OrgKind.LOCAL_GOVERNMENT, OrgKind.CENTRAL_GOVERNMENT})


def _office_of_party(p: people.PersonMention, parties: list[Organisation]
                     ) -> Organisation | None:
    """Rule office-of-party: "홍길동 가온시 기획조정실장" — a department fused into the title
    after its party (기획조정실, 경제국, 기획처) speaks for the party, the whole word its title."""
    if not p.org or " " not in p.org:
        return None
    head, tail = p.org.rsplit(" ", 1)
    if not department_name(tail) or not p.full_title.startswith(tail[:-1]):
        return None
    return _party_for(head, parties)


# the kinds of office a fused title may open with, a body of its own ("가온시의회…위원장")
_OFFICE_KINDS = frozenset({OrgKind.LOCAL_GOVERNMENT, OrgKind.CENTRAL_GOVERNMENT})


def _office_inside(p: people.PersonMention, parties: list[Organisation]) -> bool:
    """Rule fused-office: "가온시의회산업건설위원장 이하람", "가온경찰서장" - the body in the
    title is, or opens with, an office of its own (the longest start of it named as a
    government body by an ending of two letters or more: 가온시의회, not 가온시; no committee);
    when that office is no party, neither is the person's, and no party named before in the
    list carries to them. A party's own unit ("가온시산업건설국장": 가온시 signs) stays."""
    x = orgs.compact(p.org or "")
    if not x:
        return False
    for k in range(len(x), 2, -1):
        e = ending(x[:k])
        # ("의회", not "구" inside "연구"; a committee a party may have: "산학협력위원장")
        if e is not None and e.kind in _OFFICE_KINDS and not e.unit and k > len(e.suffix) \
                and len(e.suffix) >= 2 and e.suffix != "위원회":
            return _party_for(x[:k], parties) is None
    return False


def _abbreviated_party(p: people.PersonMention, parties: list[Organisation]
                       ) -> Organisation | None:
    """Rule abbreviation-fits: "강누리 누리신보 이사장" where 누리신용보증재단 signs — a body
    written with the person whose letters run in order through one party's name, opening as
    it does, speaks for that party when the title heads it."""
    homes = [o for o in parties if abbreviates(p.org or "", (o.name, *o.aliases))
             and p.rank.fits(o.name, _kind_of(o))]
    if not homes:
        homes = [o for o in parties if _shortened_without_its_lead(p.org or "", o)
                 and p.rank.fits(o.name, _kind_of(o))]
    return homes[0] if len(homes) == 1 else None


def _shortened_without_its_lead(body: str, party: Organisation) -> bool:
    """Rule placeless-short-form: the party read only by a short form that drops the full
    name's leading place word ("햇빛발전조합" of 가온햇빛발전협동조합), the person's body written
    in full is that party's: the short name's letters run in order through the full one after
    its first two letters, opening as that rest does and ending in the same kind of body
    (short forms of five letters or more, full names of eight or more)."""
    full = orgs.compact(body)
    if len(full) < 8 or " " in body:
        return False
    return any(len(x) >= 5 and orgs.is_abbreviation(x, full[2:])
               for x in map(orgs.compact, (party.name, *party.aliases)))


def abbreviates(short: str, forms: Iterable[str]) -> bool:
    """The letters test of rule abbreviation-fits: ``short`` (one word of three letters or
    more) runs in order through one of a body's ``forms`` (or one without its national
    prefix), opening as it does and not its start ("누리신보" of 누리신용보증재단)."""
    x = orgs.compact(short)
    if len(x) < 3 or " " in short:
        return False
    return any(len(y) > len(x) and y[:2] == x[:2] and orgs.subsequence(x, y)
               and not y.startswith(x) for y in _unprefixed(map(orgs.compact, forms)))


_NATIONAL = ("한국", "국립", "대한")


def _unprefixed(forms: Iterable[str]) -> list[str]:
    """The forms, and each without a national prefix ("생기원" shortens 한국생산기술연구원
    as 생산기술연구원)."""
    out = []
    for y in forms:
        out.append(y)
        if y.startswith(_NATIONAL) and len(y) > 4:
            out.append(y[2:])
    return out


def _resolve_written(p: people.PersonMention, parties: list[Organisation]
                     ) -> tuple[Organisation, str] | None:
    """The party of the body written with the person (_NO_PARTY: a body that is no party)."""
    title = p.title
    if p.org and _peoples_body_of_party(p, parties):
        return _NO_PARTY, title             # "곽태현 미르대 총동문회장": the alumni, not 미르대
    signing_unit = _signing_unit(p, parties)
    if signing_unit is not None:
        return signing_unit, p.rank.title
    if p.org:
        party = _party_for(p.org, parties) or _office_of(p, parties) or \
            _place_before_head(p, parties) or _bare_place_party(p, parties) or \
            _written_unit_of_alias(p.org, parties) or _kind_alone(p.org, parties)
        if party is not None:
            return party, title
        unit = _unit_of_party(p.org, parties)
        if unit is not None:
            return unit[0], f"{unit[1]} {title}"
        office = _office_of_party(p, parties)
        if office is not None:
            return office, p.full_title
        house = _in_house_unit(p.org, parties)
        if house is not None:
            return house, f"{p.org.rsplit(' ', 1)[1]} {title}"
        short = _abbreviated_party(p, parties)
        if short is not None:
            return short, title
        if p.explicit or orgs.is_known_form(p.org) or _office_inside(p, parties):
            return _NO_PARTY, title         # a guest body's person ("수원시장" at 이천's signing)
        title = p.full_title                # "산학협력단장": the fused part names no party
    beside = _party_for(p.beside, parties) if p.beside else None
    if beside is not None and orgs.compact(beside.name) in {
            orgs.compact(k + (p.beside or "")) for k in ("", *orgs.KIND_FIRST)}:
        return beside, title                # rule beside-word: "온누리 김가람 대표", "극단
        #                                     바람꽃 김가람 대표" (the kind written first)
    if p.beside and not (p.org or p.context or p.carried) and (
            _LATIN_BODY.fullmatch(p.beside) or beside is None and (
                _bare_brand(p.beside) or ending(p.beside) is not None)):
        return _NO_PARTY, title             # rule beside-no-party: "Koren 김가람 이사",
        #                                     "솔빛전자 김가람 지사장" (a body of no party)
    stranger = _party_named(p.stranger, parties) if p.stranger else None
    if stranger is not None:
        return stranger, title              # rule stranger-is-party: "벼리민예총 어윤재 이사장"
    whole = _fused_party(p, parties) if p.carried else None
    if whole is not None:
        return whole, p.rank.title          # rule fused-whole-name, over the body carried
    for written in (p.context, p.carried):
        if written:
            party = _party_for(written, parties)
            if party is not None and written == p.carried and (
                    _unfit_carry(p, party) or _kind_elsewhere(p, party, parties)):
                continue
            if party is not None:
                return party, title
            if written == p.context and p.explicit:
                return _NO_PARTY, title     # the person of a body that is no party
    return None


# rule beside-no-party: a word in Latin letters, or a Hangul brand with no body's ending,
# right before a Korean name and a company head's title is that person's company ("협약식에는
# Koren 김은찬 상임이사 등 내빈이 …", "회원사인 다온정밀 석우진 대표"); when it is no party,
# neither is the person's, whatever party their title would fit (a kind, "협의회 김가람
# 회장", still names the party of that kind)
_LATIN_BODY = re.compile(r"[A-Za-z][A-Za-z0-9&.\-]{1,}")
_HANGUL_BODY = re.compile(r"[가-힣]{2,8}")


def _bare_brand(word: str) -> bool:
    return _HANGUL_BODY.fullmatch(word) is not None and ending(word) is None


def _of_kind(kind: str, parties: list[Organisation]) -> list[Organisation]:
    """The parties whose name ends with ``kind``, or whose parent's does (a 지회 of 대한노인회
    for "노인회")."""
    return [o for o in parties if orgs.compact(o.name).endswith(kind)
            or o.parent is not None and orgs.compact(o.parent).endswith(kind)]


def _of_local_kind(kind: str, parties: list[Organisation]) -> list[Organisation]:
    """Rule local-kind-stranger: the parties a local government's kind alone ("도", "시")
    may stand for, named with it or with its office ("가온시청"); none, and the person of
    "김누리 도 경제국장" speaks for a province that did not sign (a guest's official)."""
    return _of_kind(kind, parties) + _of_kind(kind + "청", parties)


def _kind_alone(body: str, parties: list[Organisation]) -> Organisation | None:
    """Rule kind-alone: a body written by its kind only ("지부 사무처장 권한 대행을 맡은 …"):
    the one party of that kind."""
    e = ending(body)
    homes = _of_kind(body, parties) if e is not None and e.suffix == body else []
    return homes[0] if len(homes) == 1 else None


def _kind_elsewhere(p: people.PersonMention, party: Organisation,
                    parties: list[Organisation]) -> bool:
    """Rule kind-stops-carry: "농협 A 조합장, 노인회 B 지회장" — the kind written with B names
    one other party; the body before is not carried to B."""
    if not p.kind_word:
        return False
    homes = _of_kind(p.kind_word, parties)
    return len(homes) == 1 and homes[0] is not party


def _unfit_carry(p: people.PersonMention, party: Organisation) -> bool:
    """Rule carry-fits: a company's head is not carried to a sentence's topic whose kind no
    head of that title has ("가온시는 … 지역 김누리 대표와 협약을": 김누리 is no city's), nor
    an officer whose title only a university or a city has (부총장, 교수) to a body of
    another kind."""
    kind = _kind_of(party)
    if p.rank.fits(party.name, kind):
        return False
    if kind is not None and not p.rank.fuse and p.rank.kinds <= _HEADED_KINDS:
        return True     # "… 진흥원 대표이사 김누리를 비롯해 교육연구부총장 박다온": no agency's
    if p.full_title != p.rank.title:
        return False
    # "가온시는 김누리 총장 등 누리대학교 관계자와": a university's head is no city's either
    return (p.rank.title in COMPANY_HEADS and kind in _NO_COMPANY_HEAD) or \
        (kind in _HEADED_KINDS and p.rank.kinds <= _HEADED_KINDS)


# kinds whose heads bear titles of their own (총장, 시장, 병원장 …), never another kind's
_HEADED_KINDS = frozenset({OrgKind.LOCAL_GOVERNMENT, OrgKind.UNIVERSITY, OrgKind.HOSPITAL})
_NO_COMPANY_HEAD = frozenset({OrgKind.LOCAL_GOVERNMENT, OrgKind.UNIVERSITY, OrgKind.SCHOOL,
                              OrgKind.CENTRAL_GOVERNMENT, OrgKind.HOSPITAL})


def _fitting_parties(p: people.PersonMention, parties: list[Organisation]) -> list[Organisation]:
    """Rule title-fits: a person with no organisation written speaks for the one party their
    title can head ("총장" for the university)."""
    compound = p.full_title != p.rank.title and not deputy_domain(
        p.full_title, p.rank.title) and not _mission_of_country(p)
    # "부지사", "명예회장": a title with more in front matches a party by its ending only
    fits = [o for o in parties
            if any(p.rank.fits(form, _kind_of(o)) for form in (o.name, *o.aliases))
            and (not compound or p.rank.fuse)]
    if compound:
        fits = _another_government(p, _fused_name_ending(p, _unit_not_its_ending(p, fits, parties)))
    foreign = [o for o in parties if _foreign_party(o)]
    if _LATIN_PERSON.fullmatch(p.name) and len(foreign) == 1 and foreign[0] not in fits and \
            not any(_foreign_party(o) for o in fits):
        # rule latin-person: "Michael Johnson CEO" at a signing of 가온전자 and Nuri Robotics:
        # the one foreign party, though its name tells no kind the title heads
        return foreign
    if len(fits) > 1 and _LATIN_PERSON.fullmatch(p.name):
        # "John Smith 총장" at a signing of 가람대학교 and Nuri University: the foreign one
        fits = [o for o in fits if _kind_of(o) is not o.kind] or fits
    elif len(fits) > 1 and _foreign_person(p.name):
        # "응우옌 반 안 총장" at a signing of 가온대학교 and 베트남 하노이 누리대학교
        fits = [o for o in fits if _foreign_party(o)] or fits
    if not fits and compound:
        # "산학협력단장" of a college: the unit's kind tells which party
        fused = p.rank.body_of(p.full_title[: -len(p.rank.title)])
        unit = ending(fused)
        if unit is not None and unit.unit:
            fits = [o for o in parties if o.kind is unit.kind]
    if not fits and compound:
        fits = _department_officer(p, parties)
    if not fits and not p.rank.fuse and OrgKind.COMPANY in p.rank.kinds:
        # rule unknown-kind: "대표", "지역장" with no body written, where a single party has no
        # kind its name tells (가람마트, 솔빛): the head of a private body speaks for it
        fits = [o for o in parties if o.kind in (None, OrgKind.OTHER)]
    return fits


def _another_government(p: people.PersonMention, fits: list[Organisation]) -> list[Organisation]:
    """Rule fused-other-government: "다카하시 겐지 하루미시장" at an agreement of 솔내시 and
    솔내시의회 - the title fuses the whole name of a local government that no fitting party is
    (nor a short or longer form of it): the person heads that government, not 솔내시; "박서윤
    가온시장" still heads 가온시, and "가온부시장" (a name of two letters) is left to the rest."""
    fused = orgs.compact(p.rank.body_of(p.full_title[: -len(p.rank.title)]))
    if len(fused) < 3 or orgs.kind_of(fused) is not OrgKind.LOCAL_GOVERNMENT:
        return fits
    return [o for o in fits if any(form.endswith(fused) or fused.endswith(form)
                                   for form in map(orgs.compact, (o.name, *o.aliases)))]


def _fused_name_ending(p: people.PersonMention, fits: list[Organisation]) -> list[Organisation]:
    """Rule fused-name-ending: "박해윤 다온농업기술원장" at a signing of 새미농원 — the body
    fused into the title ends with a longer ending (기술원) than the one the title fuses with
    (원): a party fits only when its name ends so too (농원 only ends like the title)."""
    fused = p.rank.body_of(p.full_title[: -len(p.rank.title)])
    own = ending(fused)
    fuse = max((f for f in p.rank.fuse if fused.endswith(f)), key=len, default="")
    if own is None or own.unit or not fuse or len(own.suffix) <= len(fuse):
        return fits
    return [o for o in fits if any(orgs.compact(form).endswith(own.suffix)
                                   for form in (o.name, *o.aliases))]


def _unit_not_its_ending(p: people.PersonMention, fits: list[Organisation],
                         parties: list[Organisation]) -> list[Organisation]:
    """Rule unit-title-kind: "산학협력단장" at a signing of 라온환경공단 and 라온과학대학교 —
    the fused part names a unit of a kind (산학협력단: a university's), so a party that only
    ends like the title (공단: 단) is no fit when a party of the unit's kind signs."""
    fused = p.rank.body_of(p.full_title[: -len(p.rank.title)])
    unit = ending(fused)
    if unit is None or not unit.unit or len(unit.suffix) < 3 or any(
            orgs.compact(form).endswith(unit.suffix)
            for o in fits for form in (o.name, *o.aliases)):
        return fits
    return [o for o in parties if o.kind is unit.kind] or fits


# the kinds of body whose departments are called so: a 과 (section) or a 국 (bureau) is a
# government's, a 처 (office: 교무처, 산학협력처) a university's or a public agency's
_DEPARTMENT_KINDS = {
    "과장": frozenset({OrgKind.LOCAL_GOVERNMENT, OrgKind.CENTRAL_GOVERNMENT}),
    "국장": frozenset({OrgKind.LOCAL_GOVERNMENT, OrgKind.CENTRAL_GOVERNMENT}),
    "처장": frozenset({OrgKind.UNIVERSITY, OrgKind.PUBLIC_AGENCY}),
}


def _department_officer(p: people.PersonMention, parties: list[Organisation]
                        ) -> list[Organisation]:
    """Rule department-officer: "박누리 투자유치과장", "김누리 산학협력처장" with no body written —
    the head of a department whose kind of name tells whose it is (a 과 or 국 a government's,
    a 처 a university's) speaks for the one party of that kind."""
    kinds = _DEPARTMENT_KINDS.get(p.rank.title)
    dept = p.full_title[: -len(p.rank.title)]
    if kinds is None or len(dept) < 2 or dept.endswith("학") or ending(dept) is not None \
            or orgs.is_place(dept) or orgs.is_region(dept):
        return []
    fits = [o for o in parties if _kind_of(o) in kinds]
    if len(fits) > 1 and not _foreign_person(p.name) and not _LATIN_PERSON.fullmatch(p.name):
        # rule home-officer: "여다온 국제처장" at a signing of 가온대학교 and 미국 누리대학교:
        # a department's head named in Korean, no body written, is the Korean party's
        fits = [o for o in fits if not _foreign_party(o)]
    return fits if len(fits) == 1 else []


_LATIN_PERSON = re.compile(rf"{CAPITALISED}(?:[ .-][A-ZÀ-ÖØ-ÞĀ-ž][a-zß-öø-ÿĀ-ž.]*)+")


def _mission_of_country(p: people.PersonMention) -> bool:
    """"미국총영사", "가온공화국대사": a country before a mission's head is no other title."""
    return OrgKind.FOREIGN in p.rank.kinds and p.full_title[: -len(p.rank.title)] in countries()


def _foreign_person(name: str) -> bool:
    """A foreign name in Hangul: several words, one with a syllable no Korean name has or
    led by a foreign family name ("존 스미스", "응우옌 반 안", "다나카 히로시")."""
    parts = name.split()
    return len(parts) >= 2 and (parts[0] in foreign_family_names()
                                or any(foreign_syllable(c) for c in name))


def _foreign_party(o: Organisation) -> bool:
    """A party written after its country or a foreign city, or named in Latin letters."""
    forms = (o.name, *o.aliases)
    return o.kind is OrgKind.FOREIGN or any(
        f.split()[0] in countries() or f.split()[0] in foreign_cities() for f in forms if f)


# the kind a foreign body's Latin name tells ("Nuri University" heads like a university)
_LATIN_KINDS = (
    (re.compile(r"\b(?:University|College|Institute of Technology|School)\b"), OrgKind.UNIVERSITY),
    (re.compile(r"\b(?:City|Province|Prefecture|County|State of)\b"), OrgKind.LOCAL_GOVERNMENT),
    (re.compile(r"\b(?:Hospital|Medical Center|Clinic)\b"), OrgKind.HOSPITAL),
    (re.compile(r"\b(?:Inc|Corp|Corporation|Co|Ltd|LLC|GmbH|Group|Company)\b"), OrgKind.COMPANY),
)


def _kind_of(o: Organisation) -> OrgKind | None:
    if o.kind is not OrgKind.FOREIGN:
        return o.kind
    return next((kind for pattern, kind in _LATIN_KINDS if pattern.search(o.name)), o.kind)


def _office_of(p: people.PersonMention, parties: list[Organisation]) -> Organisation | None:
    """"하늘2동장" speaks for "하늘2동 행정복지센터": a 동/읍/면 and its office (written
    apart or glued: "가온시 하늘2동행정복지센터")."""
    if not p.org or p.rank.title not in {"동장", "읍장", "면장"}:
        return None
    homes = [o for o in parties if any(
        re.search(rf"(^|\s){re.escape(p.org)}(?:\s\S*)?(행정복지센터|주민센터|사무소)$", form)
        for form in (o.name, *o.aliases))]
    return homes[0] if len(homes) == 1 else None


# --- the rules' refusals, asked again of a person the learned tagger links (people.learned):
# the rules decide these but record no refusal, so the learned step asks the same predicates
# (gave_address above as it is; these three say what the rules' private steps decide)

def short_kind_elsewhere(p: people.PersonMention, party: Organisation,
                         parties: list[Organisation]) -> bool:
    """Rule short-kind: a person written with a short kind ("상의") speaks for the one party
    of that kind only, so not for ``party`` when it is another (or no party is of it)."""
    home = _short_kind_party(p, parties) if _by_short_kind(p) else (party, "")
    return home is None or home[0] is not party


def written_with_no_party(p: people.PersonMention, parties: list[Organisation]) -> bool:
    """Rule one-body (a guest body's person): the body written with the person is no party."""
    written = _resolve_written(p, parties)
    return written is not None and written[0] is _NO_PARTY


def fused_office_no_party(p: people.PersonMention, parties: list[Organisation]) -> bool:
    """Rule fused-office: the title has an office of no party fused into it."""
    return _office_inside(p, parties)


def title_fits(p: people.PersonMention, party: Organisation, parties: list[Organisation]
               ) -> bool:
    """Rule title-fits: the person's title can head ``party`` (one of the parties it fits)."""
    return party in _fitting_parties(p, parties)
