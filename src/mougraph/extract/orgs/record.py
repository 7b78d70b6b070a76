"""From the forms a party was written in to its ``Organisation`` record: the canonical name
(descriptors dropped, a metro city written in full), aliases, kind and parent (rules unit-of,
known, parent-not-alias).
"""
from __future__ import annotations

import re

from ... import gazetteer
from ...lexicons import metro_cities
from ...model import Organisation, OrgKind, Span
from ..lexicon import compact, ending
from .forms import strip_descriptors, variants, written_after
from .looks import kind_of, looks_like_org

_QUOTES = re.compile(r"['\"‘’“”「」『』]")


def canonical(forms: list[str]) -> str:
    """The fullest form, descriptors dropped; a metro-city short form expanded.

    ``forms[0]`` is the form the party was named with; an office form ("다라시청", "가나군청")
    seen elsewhere (usually the venue) does not replace it.
    """
    cities = metro_cities()
    keep = [f for i, f in enumerate(forms)
            if i == 0 or not (f.endswith("청") and compact(f)[:-1] in {compact(g) for g in forms})]
    candidates = [cities.get(compact(f), f) for f in keep]
    stripped = [strip_descriptors(f) for f in candidates]
    return max(stripped, key=lambda f: (len(compact(f)), f.count(" ") == 0, f))


def organisation(forms: list[str], *, marked: bool = False, parent: str | None = None,
                 evidence: Span | None = None) -> Organisation:
    # '"연구원은': a quotation mark Kiwi left on a word is no part of the name
    forms = list(dict.fromkeys(f for f in (_QUOTES.sub("", f).strip() for f in forms) if f))
    name = canonical(forms)
    aliases = sorted({f for f in forms if f != name} | ({strip_descriptors(f) for f in forms}
                                                         - {name}))
    if parent is None and " " in name:
        # "한국과학기술원 문화기술대학원": a unit written after its body (rule unit-of)
        body, unit = name.rsplit(" ", 1)
        e = ending(unit)
        if e is not None and e.unit and e.kind is not OrgKind.COMPANY and \
                looks_like_org(body.split(" ")[-1]):
            parent = body
    entry = gazetteer.lookup(name)          # rule known: the body's canonical name is a label
    if entry is not None and compact(entry.canonical) not in {compact(f) for f in forms}:
        aliases = sorted({*aliases, entry.canonical})
    if parent is not None:
        parent = strip_descriptors(parent)
    if parent and compact(parent) == compact(name):
        parent = None
    parents = _parent_forms([name, *forms])
    aliases = [a for a in aliases if a not in parents]
    return Organisation(name, tuple(aliases), kind_of(name, marked), parent, evidence)


# units the news calls by their body's name (a branch, a campus, a project office): the
# body's name stays one of theirs
_CALLED_BY_BODY = ("사업단", "산학협력단", "본부", "캠퍼스", "지부", "지사", "지점", "지회")


def _parent_forms(forms: list[str]) -> set[str]:
    """Rule parent-not-alias: "가온공단" beside the party "가온공단 누리 문화센터" names the
    body the unit belongs to, a separate organisation, not another form of the unit (the
    guidelines' "Former and parent names" and "Units"); so do the body's short forms ("가온대"
    beside "가온대학교 누리 연구센터")."""
    parents = {compact(a) for a in forms if any(_names_parent(a, f) for f in forms)}
    return {a for a in forms
            if any(compact(v) in parents for v in variants(compact(a)))}


def _names_parent(form: str, full: str) -> bool:
    """``full`` is ``form`` followed by a unit with a name of its own ("가온공단" / "가온공단
    누리 문화센터"); not a unit the news calls by its body's name ("… LINC 3.0 사업단")."""
    if not compact(full).startswith(compact(form)):
        return False
    rest = written_after(full, compact(form))
    if " " not in rest or rest.endswith(_CALLED_BY_BODY):
        return False
    e = ending(rest)
    return e is not None and e.unit
