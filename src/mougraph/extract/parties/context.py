"""Context features of a party candidate: how news writes around a name that signs (the
subject of the signing clause, joined to another party) and around one that does not (a
department, programme or product word, a person or title after it, a quote)."""
from __future__ import annotations

import re
from typing import Protocol

from ...morph import Word
from ...text import comparable
from ..clause import Clause
from ..lexicon import compact, is_name, title_of
from ..orgs import Mention, is_generic, is_place, is_region
from ..signing import SignedRule

Features = dict[str, float]
RuleForms = list[set[str]]   # each rule-found party's names, compared as the scorer does


class Grouped(Protocol):
    forms: list[str]
    features: Features


_JOIN_PARTICLES = ("과", "와", "및", "하고", "이랑")
_SUBJECT = ("은", "는", "이", "가", "측은", "측이")
# heads that end a noun phrase naming an activity, a place or a thing, not a body
THING_HEADS = ("사업", "프로그램", "산업", "과정", "플랫폼", "서비스", "시스템", "축제", "박람회",
               "캠퍼스", "학과", "전공", "본부", "센터", "사업단", "제품", "브랜드", "기술", "단지",
               "클러스터", "특구", "공모", "행사", "대회", "포럼", "세미나", "위원회", "정책")


def coordinated(words: list[Word], ms: list[Mention]) -> set[tuple[int, int]]:
    """Pairs of mention indexes written as one list: "A와 B", "A, B", "A 및 B", "A·B"."""
    pairs: set[tuple[int, int]] = set()
    for i in range(len(ms) - 1):
        a, b = ms[i], ms[i + 1]
        if a.last_word < 0 or b.first_word < 0:
            continue
        between = [words[k] for k in range(a.last_word + 1, b.first_word)]
        part = words[a.last_word].particle if a.last_word < len(words) else ""
        if all(w.text in (",", "및") or w.stem in ("및",) for w in between) and (
                part.startswith(_JOIN_PARTICLES) or part.startswith(",") or between
                or words[a.last_word].text.endswith(",")):
            pairs.add((i, i + 1))
    return pairs


def is_rule_party(name: str, rule_forms: RuleForms) -> bool:
    c = comparable(name)
    return any(c in forms for forms in rule_forms)


def mention_context(f: Features, cl: Clause, ms: list[Mention], mi: int,
                    pairs: set[tuple[int, int]], rule_forms: RuleForms,
                    rule: SignedRule | None, agree: list[int]) -> None:
    """Features of mention ``mi`` of the clause from the words around it."""
    words, m = cl.words, ms[mi]
    neighbours = [j for a, b in pairs for j in (a, b) if mi in (a, b) and j != mi]
    if neighbours:
        f["coord"] = 1
        if any(is_rule_party(ms[j].name, rule_forms) for j in neighbours):
            f["coord_rule"] = 1
            if rule is not None:
                f["coord_rule_sign"] = 1
    last = m.last_word if 0 <= m.last_word < len(words) else None
    if last is None:
        return
    part = words[last].particle
    if rule is not None and agree:
        after = [a for a in agree if a >= last]
        if after:
            verbs = [k for k in range(last + 1, after[0]) if words[k].verbal]
            if part.startswith(_SUBJECT):
                f["subj_sign" if not verbs else "subj_sign_far"] = 1
            if verbs:
                f["verb_between"] = 1
        else:
            f["after_agree_sign"] = 1
    if last + 2 < len(words) and is_name(words[last + 1].stem) \
            and title_of(words[last + 2].stem) is not None:
        f["person_title_after"] = 1
    if last + 1 < len(words) and is_name(words[last + 1].stem):
        f["person_after"] = 1
    if last > 0 and m.first_word > 0 and title_of(words[m.first_word - 1].stem) is not None:
        f["title_before"] = 1
    if any(s <= m.start < e for s, e in cl.quoted):
        f["quoted"] = 1
    tags = [t for k in range(max(m.first_word, 0), last + 1) for t in words[k].tags]
    if tags and not any(t in ("NNP", "SL", "SH", "SN") for t in tags):
        f["no_proper"] = 1
    if part.startswith("의"):
        f["owner_of_next"] = 1


def against_rules(g: Grouped, rule_forms: RuleForms) -> None:
    """How the candidate stands to what the rules found: inside a found name (a parent or a
    place), around one (a unit's longer form), how many others the rules found; and what its
    name looks like (a place, a person, a generic or thing word)."""
    forms = {comparable(x) for x in g.forms}
    name = max(g.forms, key=lambda x: len(compact(x)))
    others = [fs for fs in rule_forms if not (fs & forms)]
    f = g.features
    f[f"nrule_other={min(len(others), 3)}"] = 1
    for fs in others:
        for r in fs:
            for c in forms:
                if len(c) >= 2 and c != r and c in r:
                    f["inside_rule"] = 1
                if len(r) >= 2 and c != r and r in c:
                    f["around_rule"] = 1
    plain = compact(name)
    if is_place(plain) or is_region(plain):
        f["place"] = 1
    if is_name(plain):
        f["person_like"] = 1
    if is_generic(plain):
        f["generic"] = 1
    if is_name(plain) and "title_after" in f:
        f["person_title"] = 1
    for head in THING_HEADS:
        if plain.endswith(head):
            f[f"thing={head}"] = 1
            break
    if re.fullmatch(r"[A-Za-z&\-]{1,4}", plain):
        f["latin_short"] = 1


def bare_context(words: list[Word], i: int, ms: list[Mention],
                 rule_forms: RuleForms) -> Features:
    """A bare name joined to a rule-found party ("A와 솔빛은", "솔빛과 A는"), or followed by a
    person (a title-less name is often a person's organisation or a person)."""
    f: Features = {}
    joins = words[i].particle.startswith(_JOIN_PARTICLES) or words[i].text.endswith(",")
    for m in ms:
        if m.first_word == i + 1 and joins or (
                m.last_word == i - 1 and (words[i - 1].particle.startswith(_JOIN_PARTICLES)
                                          or words[i - 1].text.endswith(","))):
            f["coord"] = 1.0
            if is_rule_party(m.name, rule_forms):
                f["coord_rule"] = 1.0
    if words[i].particle.startswith(_SUBJECT):
        f["subj_sign"] = 1.0
    if i + 1 < len(words) and is_name(words[i + 1].stem):
        f["person_after"] = 1.0
    if any(t not in ("NNP", "SL", "SH", "SN") for t in words[i].tags):
        f["mixed_tags"] = 1.0
    return f
