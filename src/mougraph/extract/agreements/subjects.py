"""Subjects: who signs when the signing sentence does not name them itself.

A sentence naming its partner but no subject is signed by the body the sentence before
opens with as its topic (carry_topic: carried-topic, a head standing for their body); a
kind word for the subject or a partner ("재단은", "군과 농협은") is the body named before
whose name ends with it, or the one government of that kind a title names (resolve_short:
short-in-title)."""
from __future__ import annotations

import re

from ...text import Document, Sentence
from .. import orgs, people
from ..clause import Clause
from ..signing import Signing

_WITH_PARTNER = ("와", "과", "와는", "과는", "와도", "과도")


def carry_topic(doc: Document, clauses: dict[int, Clause], found: list[Signing]) -> None:
    """Rule carried-topic: "가온시는 청년 일자리를 늘린다고 20일 밝혔다. 21일에는 누리대와
    업무협약을 체결했다": the first signing sentence that names its partner but no subject
    is signed by the body the sentence before opens with as its topic (a partner closed by
    와/과, not a pair "A와 B 간")."""
    for s in found:
        if s.slots.subject or s.slots.short_subject:
            return                      # later ones follow this subject (rule events)
        words = s.clause.words
        if not s.slots.partners or s.slots.unnamed or not all(
                0 <= m.last_word < len(words) and words[m.last_word].particle in _WITH_PARTNER
                for m in s.slots.partners):
            continue
        topic = _topic_before(doc, clauses, s.sentence)
        if topic is not None and not any(orgs.same_body(topic.name, m.name)
                                         for m in s.slots.partners):
            s.slots.subject = [topic]
        return


def _topic_before(doc: Document, clauses: dict[int, Clause],
                  sentence: Sentence) -> orgs.Mention | None:
    """The body that opens one of the two body sentences before ``sentence`` as its topic
    ("가온시는 …", "20일 가온시가 …"), the nearer first."""
    before = [t for t in doc.body() if t.start < sentence.start][-2:]
    for t in reversed(before):
        cl = clauses[t.start]
        found = orgs.mentions(cl)
        if found:
            m = found[0]
            words = cl.words
            opens = all(not w.particle and _OPENING_WORD.fullmatch(w.stem)
                        for w in words[:max(m.first_word, 0)])
            if m.first_word >= 0 and opens and \
                    words[m.last_word].particle in ("은", "는", "이", "가"):
                return orgs.Mention.outside(m.name, m.start, m.end, m.marked)
        head = _head_as_topic(cl)
        if head is not None:
            return head
    return None


def _head_as_topic(cl: Clause) -> orgs.Mention | None:
    """"박가온 가온시장은 … 밝혔다", "김누리 누리대 총장은 …": a head opening the sentence as
    its topic, their body written with them or in the title, stands for the body (rule
    carried-topic)."""
    found = people.find_people(cl)
    if not found:
        return None
    p = found[0]
    before = cl.sentence.text[: p.start - cl.sentence.start]
    after = cl.sentence.text[p.end - cl.sentence.start:]
    if not p.org or not (p.explicit or p.full_title != p.title) or p.carried or p.context or \
            not re.fullmatch(r"\s*(?:(?:\d{1,2}일|이날|한편)\s)?", before) or \
            not re.match(r"(?:은|는|이|가)\s", after):
        return None
    return orgs.Mention.outside(p.org, p.start, p.end)


# words that may stand before a sentence's topic: a day, "이날", "한편"
_OPENING_WORD = re.compile(r"\d{1,2}일|이날|한편|또한|특히|앞서|올해|최근")


def resolve_short(doc: Document, clauses: dict[int, Clause], s: Signing,
                  short: str) -> orgs.Mention | None:
    """"재단은 먼저 … 맺었다", "군과 농협은": the body named before whose name ends with the
    kind word."""
    # "가온시에 따르면 시는 …": the body may be named earlier in the signing sentence itself
    own = re.search(rf"(?<![가-힣]){re.escape(short)}(?:은|는|이|가|과|와)\s", s.sentence.text)
    limit = s.sentence.start + own.start() if own else s.sentence.start
    for sentence in doc.sentences:
        if sentence.start > s.sentence.start:
            return None
        for m in orgs.mentions(clauses[sentence.start]):
            if sentence.start == s.sentence.start and m.end > limit:
                continue
            name = orgs.compact(m.name)
            # "대학은" after "누리대학교가": the kind word short of its last syllable
            if name.endswith(short) and len(name) > len(short) or \
                    name.endswith(short + "교") and len(name) > len(short) + 1:
                return orgs.Mention.outside(m.name, m.start, m.end, m.marked)
    return _short_in_a_title(doc, clauses, short) if short in _LOCAL_SHORT else None


_LOCAL_SHORT = {"시", "군", "구", "도"}


def _short_in_a_title(doc: Document, clauses: dict[int, Clause],
                      short: str) -> orgs.Mention | None:
    """Rule short-in-title: "시는 3일 … 체결했다" where the city is written only in its head's
    title ("박가온 가온시장(오른쪽)과 …", in a caption or later): the one government of that
    kind the titles name."""
    found = {p.org: p for s in doc.sentences for p in people.find_people(clauses[s.start])
             if p.org and p.full_title != p.title and short in p.rank.fuse
             and orgs.compact(p.org).endswith((short, short + "청"))
             and len(orgs.compact(p.org)) > 1}
    if len(found) != 1:
        return None
    (org, p), = found.items()
    return orgs.Mention.outside(org, p.start, p.end)


# Rule topic-own-clause: "협의회는 이번 협약을 주선했으며, 회원사 4곳이 각각 서명했다": the topic
# closes a clause of its own verb, and the signing clause after it has a subject of its own
# (이/가): the kind word is not who signed (not "군은 … 누리농협과 협약을 체결했으며, …")
_TOPIC_OWN_CLAUSE = re.compile(
    r"\s*\S+(?:은|는)\s[^,]*?\S(?:했으며|하며|했고|하고|했지만|했는데),\s*"
    r"(?:\S+\s+){0,3}?\S+(?:이|가)\s(?:\S+\s+){0,4}?\S*(?:서명|체결|맺)")


def topic_own_clause(text: str) -> bool:
    """Whether the sentence's topic closes a clause of its own before another subject signs
    (rule topic-own-clause)."""
    return _TOPIC_OWN_CLAUSE.match(text) is not None
