"""Rule learned-party: the parties a learned scorer finds that the rules did not take.

Every organisation the recogniser proposes in the article (``candidates``) is scored by a
hand-written logistic regression over binary features and their pairwise conjunctions (the
model ``models/parties.json``, trained on the own corpus by ``train``). A candidate joins the
article's agreement as a party only when all hold:

- the rules found an agreement (the scorer only adds parties, never an agreement);
- it is none of the rule parties (no name in common) and nests in none of their names nor
  holds one ("가람대" of "가람대 산학협력단");
- the model gives it ``THRESHOLD`` or more;
- no veto (``VETOES``): a generic word, a person with a title, a name only in a sentence of
  guests, a quoted name, or a name ending in a programme, department, product or event word.

Issue 10, item 3: features, veto, threshold and join mode (add only) were chosen on two folds
of the blind corpus batches 193-212 and 213-232 and measured once on the never-read dev third
(signatories F1 .812 -> .843, precision .903 -> .892); change none of them without measuring
again. The features read the rules' own recogniser and clauses, so a rule change can change
what the model sees: tests/test_parties_learned.py checks the shipped model equals a fresh
training (``python3 dev.py train-parties`` rebuilds it).
"""
from __future__ import annotations

import dataclasses
import json
import math
from functools import cache
from importlib.resources import files
from pathlib import Path

from ...model import Agreement, Article, Organisation
from ...text import Document, comparable
from ..clause import Clause
from ..lexicon import compact
from ..orgs.looks import kind_of
from .candidates import Candidate, candidates
from .context import Features, RuleForms

MODEL_PATH = Path(__file__).resolve().parents[2] / "models" / "parties.json"
THRESHOLD = 0.99
# features that rule a candidate out whatever the model says
VETOES = frozenset({"generic", "person_title", "witness_only", "in_quote", "quoted"} | {
    f"thing={head}" for head in (
        "학과", "전공", "사업", "프로그램", "산업", "과정", "플랫폼", "서비스", "시스템", "축제",
        "박람회", "제품", "브랜드", "기술", "행사", "대회", "정책", "공모", "단지", "클러스터",
        "특구", "포럼", "세미나")})
# the features whose pairs are features too (where x particle, headline x kind, …)
CONJOINED = ("where=", "signpart=", "headline", "bare", "kind=", "witness_only",
             "title_after", "count=", "lead", "nsign=", "gaz=")


def expand(features: Features) -> Features:
    """The features with the pairwise conjunctions of the ``CONJOINED`` ones."""
    keys = sorted(features)
    out = {k: features[k] for k in keys}
    chosen = [k for k in keys if k.startswith(CONJOINED)]
    for i, a in enumerate(chosen):
        for b in chosen[i + 1:]:
            out[a + "&" + b] = 1.0
    return out


def probability(weights: dict[str, float], features: Features) -> float:
    z = sum(weights.get(k, 0.0) * v for k, v in expand(features).items())
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))


@cache
def model() -> dict[str, float]:
    """The shipped weights, read once per process."""
    text = files("mougraph").joinpath("models", "parties.json").read_text(encoding="utf-8")
    return dict(json.loads(text)["weights"])


def rule_forms(agreements: list[Agreement]) -> RuleForms:
    """Each rule party's names (one party in two agreements: one set), ``comparable``."""
    names: dict[str, set[str]] = {}
    for agreement in agreements:
        for party in agreement.parties:
            names.setdefault(party.name, set()).update(
                comparable(n) for n in (party.name, *party.aliases))
    return list(names.values())


def add_learned_parties(article: Article, agreements: list[Agreement], doc: Document,
                        clauses: dict[int, Clause]) -> list[Agreement]:
    """``agreements`` (the rules', of ``article`` in its usual form, ``doc`` and ``clauses``
    as they read it) with the parties the scorer adds, joined to the first agreement."""
    forms = rule_forms(agreements)
    weights = model()
    taken = {x for names in forms for x in names}
    added: list[Candidate] = []
    for c in candidates(article, doc, clauses, forms):
        if admitted(c, taken, weights):
            added.append(c)
            taken |= {comparable(x) for x in c.forms}   # a later one nested in it: the same
    if not added:
        return agreements
    first = agreements[0]
    parties = first.parties + tuple(_organisation(c) for c in added)
    return [dataclasses.replace(first, parties=parties), *agreements[1:]]


def admitted(c: Candidate, taken: set[str], weights: dict[str, float]) -> bool:
    """Whether the candidate joins as a party: apart from the parties ``taken`` (their names,
    ``comparable``), no veto, and the model sure enough."""
    return _stands_apart({comparable(x) for x in c.forms}, taken) \
        and not VETOES & c.features.keys() and probability(weights, c.features) >= THRESHOLD


def _stands_apart(mine: set[str], taken: set[str]) -> bool:
    """No name in common with a party taken, none inside one of its names or holding one."""
    return not mine & taken and not any(len(a) >= 2 and len(b) >= 2 and (a in b or b in a)
                                        for a in mine for b in taken)


def _organisation(c: Candidate) -> Organisation:
    name = max(c.forms, key=lambda x: len(compact(x)))
    return Organisation(name, tuple(x for x in c.forms if x != name), kind_of(name))
