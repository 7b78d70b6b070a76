"""Which slot a word fills: subject or partner by its particle, the pair of an agreement
("A와 B 간 협약"), a body misread.
"""
from __future__ import annotations

from ... import gazetteer
from ...lexicons import denominations, lexicon_words
from ...morph import Word
from .. import orgs
from ..clause import Clause
from .backed import backed
from .fallbacks import COINED, COMPANY_KIND
from .parts import AGREEMENT_WORD

_SUBJECT = ("은", "는", "이", "가", "께서", "에서는")
_PARTNER = ("와", "과", "와는", "과는", "하고", "및", "와의", "과의", "와도", "과도", "이랑", "랑")


def goes_on(w: Word) -> bool:
    """A word that parts the items of a list: a comma, 및, a dash, a bullet standing alone."""
    return w.text == "," or w.stem in {"및", "그리고"} or w.text in _DASHES or \
        (not w.stem and w.text in orgs.BULLETS)


def misread_body(cl: Clause, i: int) -> bool:
    """"가온시와": a body Kiwi reads as a verb (가 + 오 + …) closing a slot is still a name."""
    w = cl.words[i]
    if not w.particle and w.stem in denominations():
        return True                     # "기독교대한감리회 누리지방회": 대한 read as a verb
    if w.particle in (*_SUBJECT, *_PARTNER) and (orgs.org_at(cl, i, slot=True) is not None
                                                 or COINED.fullmatch(w.stem) is not None
                                                 or _after_company_kind(cl, i)
                                                 or backed(cl, i)):
        return True
    # "A, 푸른들식품, B와": a listed body Kiwi reads as a verb (푸르 + ㄴ) goes on the list
    listed = i + 1 < len(cl.words) and cl.words[i + 1].text == "," and not w.particle
    return listed and orgs.org_at(cl, i, slot=True) is not None


def _after_company_kind(cl: Clause, i: int) -> bool:
    """"공연기획사 라움과": a short name right after a word saying what kind of company it is,
    which Kiwi reads as a verb (라 + 우 + ㅁ)."""
    before = cl.words[i - 1] if i else None
    return before is not None and not before.particle and \
        COMPANY_KIND.fullmatch(before.stem) is not None and len(cl.words[i].stem) <= 4


def slot_case(w: Word) -> str:
    """The word's particle without the closing quote of a quoted name ("'바람꽃'," has none,
    "'Baltic Route'와" has 와)."""
    return w.particle.lstrip("'’\"”")


def slot_role(words: list[Word], i: int) -> str | None:
    """The slot word ``i`` closes: "subject" ("A는", "A가"), "partner" ("B와", "B와 함께")."""
    w = words[i]
    case = slot_case(w)
    if case == "에서는" and _bare_town(w.stem):
        return None                     # "전북 임실에서는 A와 B가 …": where, not who
    if case in _SUBJECT:
        return "subject"
    if case in _PARTNER or (i + 1 < len(words) and words[i + 1].stem in {"함께", "공동"}
                            and case in ("와", "과")):
        return "partner"
    if _between(words, i) or _pair_of_agreement(words, i):
        return "partner"
    return None


def _bare_town(stem: str) -> bool:
    """Rule town-where: a city or county by its bare name with 에서는 ("임실에서는", not
    "임실군에서는", which may be the county speaking) tells where the signing was, no party."""
    entry = gazetteer.lookup(stem)
    return entry is not None and entry.kind in gazetteer.MUNICIPAL and stem != entry.canonical \
        and not stem.endswith(("시", "군", "구"))


def _pair_of_agreement(words: list[Word], i: int) -> bool:
    if words[i].particle != "의" or not any(
            AGREEMENT_WORD.search(w.stem) for w in words[i + 1:i + 4]):
        return False
    # (past a list: "A와 B, C의 3자 협약식")
    before = next((w for w in reversed(words[:i]) if w.particle and w.text != ","), None)
    return before is not None and before.particle in ("와", "과")


# "가람미술관 – 누리미술관 – 다솜미술관과": a dash standing alone separates list items like a comma
_DASHES = {"-", "–", "—"}


# rule between: "A와 B 간 업무협약", "A·B·C간 협약식", "A-B 간의 MOU", "A와 B 사이에",
# "A·B 공동 협약": the bodies the agreement is between, named before the bound noun 간 (glued,
# cut like a particle, or a word of its own), before 사이, or before 공동 + the agreement
_BETWEEN = ("간", "간의", "간에")


def _between(words: list[Word], i: int) -> bool:
    w = words[i]
    if w.particle in _BETWEEN:
        return True
    nxt = words[i + 1] if i + 1 < len(words) else None
    if w.particle or nxt is None:
        return False
    if nxt.stem == "간" and nxt.tags == ("NNB",) and nxt.particle in ("", "의", "에"):
        return True
    if nxt.stem == "간" and not nxt.particle and any(
            AGREEMENT_WORD.search(x.stem) for x in words[i + 2:i + 6]):
        return True         # "A와 B 간 청년 정착 협약이": Kiwi reads 간 as a verb (가 + ㄴ)
    # "A와 B 사이에 체결됐다"; "A·B 공동 업무협약"
    return (nxt.stem == "사이" and nxt.particle in ("에", "에서", "의")) or (
        nxt.stem == "공동" and not nxt.particle and not _joint_doing(words, i + 2)
        and any(AGREEMENT_WORD.search(x.stem) for x in words[i + 2:i + 4]))


def _joint_doing(words: list[Word], k: int) -> bool:
    """"누리대와 지역기업 애로기술 공동 지원 협약": 공동 before a noun of doing (word ``k``)
    makes the words before it what is done jointly, not a second body of a pair."""
    return k < len(words) and words[k].stem in lexicon_words("activity_nouns.txt")


# rule watching-subject: "B 부지사가 지켜보는 가운데 A는 …와 협약을 체결했다" — the subject
# of a clause of watching before "가운데" is a witness, not a party ("A 총장, B 시장이 참석한
# 가운데" names the parties' heads, who do sign)
_WATCH = ("지켜보", "입회", "참관")


def watching(words: list[Word], i: int) -> bool:
    """Word ``i`` is the subject of a clause of watching before 가운데: a witness."""
    nxt = words[i + 1: i + 3]
    return len(nxt) == 2 and nxt[0].text.startswith(_WATCH) and nxt[1].stem == "가운데"
