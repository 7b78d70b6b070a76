"""The record of one person found: name, title, the body they speak for, and the
bodies written around them that readers of the mention weigh.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..lexicon import Title


@dataclass(frozen=True)
class PersonMention:
    name: str
    title: str                      # the short title (회장 for 협회장)
    full_title: str                 # the whole word when the fused part is no body (산학협력단장)
    rank: Title
    org: str | None = None          # organisation written with the person
    explicit: bool = False          # written as its own word: a non-party org excludes the person
    carried: str | None = None      # organisation of the list / sentence topic
    context: str | None = None      # organisation written before the name ("서해과기대 김 총장")
    start: int = 0
    end: int = 0
    follows: str | None = None      # the person listed right before, in the same list
    kind_word: str | None = None    # "김가람 재단 이사장": the body called by its kind only
    beside: str | None = None       # "온누리 김가람 대표": a bare word that may be the company
    stranger: str | None = None     # "가온필하모닉 박가온 단장": a proper noun that may be the body
    shared_kind: str | None = None  # "김가람 가람, 박누리 누리은행장": 은행, the kind of the list
    bare_form: str | None = None    # "김가람 충북, …은행장": 충북, the form written for 충북은행
