"""Party candidates of an article for the learned party scorer: every organisation the
recogniser proposes anywhere in the article (and, in a signing sentence, the proper nouns
with no organisation ending joined to it), grouped one per body, with binary features of
where and how each is written and how it stands to the parties the rules found (not
whether the rules took it: the join decides that).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ... import gazetteer
from ...model import Article, Span
from ...text import Document, Sentence
from ..clause import Clause, clause
from ..lexicon import compact, ending, is_name, title_of
from ..orgs import Mention, mentions, same_body, spaced_view
from ..orgs.looks import kind_of
from ..signing import SignedRule
from ..signing.find import signing_rule
from ..signing.reports import AGREEMENT_TEXT
from .context import (
    Features,
    RuleForms,
    against_rules,
    bare_context,
    coordinated,
    mention_context,
)

# a sentence of guests, hosts and sponsors; one of members, units and partnerships
_WITNESS = re.compile(r"참석|축하|후원|주최|주관|축사|내빈|귀빈|격려|참관|배석")
_COLLECTIVE = re.compile(r"회원사|소속|산하|참여\s?기관|협의체|컨소시엄|연합|네트워크")
_QUOTES = "\"“”'‘’"
_BULLET = re.compile(r"^\s*[△▲▽▼○●◎◇◆□■▶▷►※•∙⊙①-⑳\-*]")
_PARTICLES = ("과의", "와의", "측과", "측은", "측", "은", "는", "이", "가", "와", "과", "의",
              "을", "를", "에", "도", "로", "으로", "에서")
_BARE_PARTICLES = ("와", "과", "은", "는", "이", "가")
# words after a name that say how it stands to the signing ("A 등", "A 주최", "A 회원사")
_NEXT_CUES = frozenset(("등", "외", "측", "관계자", "주최", "주관", "후원", "대표", "회원사",
                        "소속", "산하", "참여", "협력", "간", "사이", "공동", "함께", "관계자들"))


@dataclass
class Candidate:
    """One body's names in the article and the features of all its mentions."""

    forms: list[str] = field(default_factory=list)
    features: Features = field(default_factory=dict)
    evidence: Span | None = None    # the first sentence it is read in


def candidates(article: Article, doc: Document, clauses: dict[int, Clause],
               rule_forms: RuleForms) -> list[Candidate]:
    """Candidates of ``article`` (in its usual form; ``doc``: its text prepared, ``clauses``:
    each sentence's words as the rules read them, by start); ``rule_forms``: the names of each
    party the rules found, ``comparable``."""
    body = [s for s in doc.sentences if not doc.is_caption(s)]
    lead = body[0].start if body else -1
    year = article.published.year if article.published else None
    raw: list[tuple[str, Features, Sentence]] = []
    for idx, s in enumerate(doc.sentences):
        cl = clauses.get(s.start) or spaced_view(clause(s))
        raw += [(name, f, s) for name, f in _sentence(doc, s, idx, cl, year, lead, rule_forms)]
    groups: list[Candidate] = []
    counts: list[int] = []
    for name, f, s in raw:
        g = next((k for k, c in enumerate(groups)
                  if any(same_body(name, x) for x in c.forms)), None)
        if g is None:
            groups.append(Candidate(evidence=Span(s.start, s.end, s.text)))
            counts.append(0)
            g = len(groups) - 1
        if name not in groups[g].forms:
            groups[g].forms.append(name)
        for k, v in f.items():
            groups[g].features[k] = groups[g].features.get(k, 0) + v
        counts[g] += 1
    title = article.title or ""
    for c, n in zip(groups, counts, strict=True):
        _finish(c, n, title)
        against_rules(c, rule_forms)
    return groups


def _sentence(doc: Document, s: Sentence, idx: int, cl: Clause, year: int | None, lead: int,
              rule_forms: RuleForms) -> list[tuple[str, Features]]:
    """The candidates one sentence writes, each with its features there."""
    caption = doc.is_caption(s)
    rule = signing_rule(s.text, caption=caption, year=year)
    words, ms = cl.words, mentions(cl)
    # the agreement words, read only in a signing sentence (no feature asks of another)
    agree = [] if rule is None else [i for i, w in enumerate(words)
                                     if AGREEMENT_TEXT.search(w.text)]
    pairs = coordinated(words, ms)
    where = ("other" if rule is None else "sign") + ("_cap" if caption else "")
    shared: Features = {f"where={where}": 1, f"pos={_bucket(idx, (0, 2, 5))}": 1}
    if rule is not None:
        shared[f"rule={rule.name}"] = 1
    if s.start == lead:
        shared["lead"] = 1
    if idx >= len(doc.sentences) - 2:
        shared["tail"] = 1
    for key, cue in (("witness_sent", _WITNESS), ("collective_sent", _COLLECTIVE)):
        if cue.search(s.text):
            shared[key] = 1
    if _BULLET.match(s.text):
        shared["bullet"] = 1
    if len(ms) >= 3:
        shared["list3"] = 1
    out: list[tuple[str, Features]] = []
    for mi, m in enumerate(ms):
        f: Features = {}
        mention_context(f, cl, ms, mi, pairs, rule_forms, rule, agree)
        f.update(shared)
        _written(f, s, cl, m, rule, agree)
        out += _split_joined(m.name, f)
    if rule is not None and agree:
        out += _bare_names(cl, ms, agree[-1], "witness_sent" in shared, rule_forms)
    return out


def _written(f: Features, s: Sentence, cl: Clause, m: Mention, rule: SignedRule | None,
             agree: list[int]) -> None:
    """Features of how mention ``m`` is written: its particle, how far the agreement word is,
    what word follows it, an aside, a quote, a mark."""
    words = cl.words
    last = m.last_word if m.last_word >= 0 else None
    part = words[last].particle if last is not None and last < len(words) else ""
    f[f"part={_particle(part)}"] = 1
    if rule is not None:
        f[f"signpart={_particle(part)}"] = 1
        if agree and last is not None:
            after = [a for a in agree if a >= last]
            d = (after[0] - last) if after else 99
            f[f"dist={_bucket(d, (1, 3, 6, 10))}"] = 1
            f["before_agree" if after else "after_agree"] = 1
    if last is not None and last + 1 < len(words):
        nxt = words[last + 1]
        if title_of(nxt.stem) is not None:
            f["title_after"] = 1
        if is_name(nxt.stem):
            f["name_after"] = 1
        if nxt.stem in _NEXT_CUES:
            f[f"next={nxt.stem}"] = 1
    if any(a.word == last for a in cl.asides):
        f["aside"] = 1
    before = s.text[: max(0, m.start - s.start)]
    if sum(before.count(c) for c in _QUOTES) % 2 == 1:
        f["in_quote"] = 1
    if rule is None and "witness_sent" in f:
        f["witness_only"] = 1
    if m.marked:
        f["marked"] = 1
    if m.parent:
        f["unit"] = 1
    f[f"praw={part[:2] or '-'}"] = 1


def _particle(p: str) -> str:
    return next((x for x in _PARTICLES if p.startswith(x)), "none" if not p else "other")


def _bucket(n: int, edges: tuple[int, ...]) -> str:
    return next((f"<={e}" for e in edges if n <= e), f">{edges[-1]}")


def _split_joined(name: str, f: Features) -> list[tuple[str, Features]]:
    """"가온시·누리상의": names joined by a middle dot are separate candidates."""
    parts = [p.strip(_QUOTES) for p in re.split(r"[·‧ㆍ・]", name)]
    if len(parts) > 1 and all(len(p) >= 2 for p in parts):
        return [(p, {**f, "dotted": 1.0}) for p in parts]
    return [(name.strip(_QUOTES) or name, f)]


def _bare_names(cl: Clause, ms: list[Mention], stop: int, witness: bool,
                rule_forms: RuleForms) -> list[tuple[str, Features]]:
    """Proper nouns with no organisation ending joined to the signing ("솔빛과", "다온은"),
    before its last agreement word: candidates only, the model decides."""
    taken = {i for m in ms for i in range(m.first_word, m.last_word + 1)}
    out: list[tuple[str, Features]] = []
    words = cl.words
    for i in range(min(stop, len(words))):
        w = words[i]
        if i in taken or len(w.stem) < 2 or not any(t in ("NNP", "SL") for t in w.tags):
            continue
        if is_name(w.stem) or title_of(w.stem) is not None:
            continue
        comma = i + 1 < len(words) and words[i + 1].text == ","
        if not (w.particle.startswith(_BARE_PARTICLES) or comma):
            continue
        f: Features = {"bare": 1.0, "where=sign": 1.0, f"signpart={_particle(w.particle)}": 1.0,
                       f"dist={_bucket(stop - i, (1, 3, 6, 10))}": 1.0}
        if i + 1 < len(words) and title_of(words[i + 1].stem) is not None:
            f["title_after"] = 1.0
        if witness:
            f["witness_sent"] = 1.0
        f.update(bare_context(words, i, ms, rule_forms))
        for part in re.split(r"[·\-]", w.stem.strip(_QUOTES)):
            if len(part.strip(_QUOTES)) >= 2:
                out.append((part.strip(_QUOTES), f))
    return out


def _finish(c: Candidate, n: int, title: str) -> None:
    """The group's features: each present once, plus how often and where it is written and
    what its fullest name looks like."""
    f: Features = dict.fromkeys(c.features, 1.0)
    f[f"count={_bucket(n, (1, 2, 4))}"] = 1
    f[f"nsign={_bucket(int(c.features.get('where=sign', 0)), (0, 1, 2))}"] = 1
    name = max(c.forms, key=lambda x: len(compact(x)))
    if any(compact(x) in compact(title) for x in c.forms if len(compact(x)) >= 2):
        f["headline"] = 1
    kind = kind_of(name)
    f[f"kind={kind.name if kind else 'none'}"] = 1
    e = ending(name)
    f[f"ending={e.suffix if e else 'none'}"] = 1
    entry = gazetteer.lookup(name)
    f[f"gaz={entry.kind if entry else 'none'}"] = 1
    f[f"len={_bucket(len(compact(name)), (2, 3, 5, 8))}"] = 1
    if " " in name:
        f["spaced"] = 1
    if not re.search(r"[가-힣]", name):
        f["latin"] = 1
    f["bias"] = 1
    c.features = f
