"""Names written together in one word: dotted lists ("가람도서관·누리문화원"), short names
sharing one ending ("가람·누리신용협동조합", rule shared-suffix), and pairs joined by a
hyphen ("가온시-누리대", rule paired). Kept apart from the clause readers because they read
the string only and are asked by signing and people too.
"""
from __future__ import annotations

import re

from ... import gazetteer
from ...model import OrgKind
from ..lexicon import ending
from .looks import looks_like_org
from .mention import DOTS
from .words import is_region, known

_LOCAL = {"metropolitan_city", "province", "city", "county", "district", "administrative_city"}


def list_parts(name: str) -> list[str] | None:
    """"가람도서관·누리문화원" -> two names; None when ``name`` is one name.

    Rule shared-suffix: "가람·누리·다솜신용협동조합" -> 가람신용협동조합, 누리신용협동조합,
    다솜신용협동조합 (short names before one ending); rule known: "가람·누리" where every part
    is a local government the gazetteer knows (경기 수원·양평) -> each part as written.
    """
    paired = _paired(name)
    if paired is not None:
        return paired
    parts = DOTS.split(name)
    if len(parts) < 2 or any(len(p) < 2 for p in parts):
        return None
    named = sum(looks_like_org(p) for p in parts)
    if named and named + sum(_called_by_kind(p) for p in parts) >= 2 and \
            not any(is_region(p) and not _local_government(p) for p in parts) \
            and all(looks_like_org(p) or ending(p) is None or _called_by_kind(p) for p in parts):
        return parts
    # the short names all have one length: the last part is a name of that length + the ending
    size = len(parts[0])
    suffix = parts[-1][size:]
    if ending(parts[-1]) is not None and len(suffix) >= 2 and _whole_words(suffix) and all(
            re.fullmatch(r"[가-힣]{2,4}", p) and len(p) == size and ending(p) is None
            and not is_region(p) for p in parts[:-1]):
        return [p + suffix for p in parts[:-1]] + [parts[-1]]
    uneven = _shared_ending(parts)
    if uneven is not None:
        return uneven
    if all(any(c.kind in _LOCAL for c in gazetteer.candidates(p)) for p in parts):
        return parts
    return None


def _called_by_kind(part: str) -> bool:
    """Rule kind-in-list: "군청·교육지원청·누리복지관": an office called by its kind alone, in
    a list with other bodies, is the one of the place the article is about."""
    e = ending(part)
    return e is not None and e.suffix == part and \
        e.kind in {OrgKind.LOCAL_GOVERNMENT, OrgKind.CENTRAL_GOVERNMENT}


def _local_government(part: str) -> bool:
    """Rule province-in-list: "경기도·누리대학교·가온시" — a region written as its government
    (경기도, 충청남도; not the bare 경기 or 충남 of "충남·대전 지역") is a party of the list."""
    entry = known(part)
    return entry is not None and entry.kind in _LOCAL and part.endswith(("도", "시", "청"))


def _whole_words(suffix: str) -> bool:
    """The shared part is an ending, or words before one ("신용협동조합"), not a syllable of
    the last name cut off with it ("찬새마을금고" of 새마찬새마을금고)."""
    e = ending(suffix)
    return e is not None and len(suffix) - len(e.suffix) != 1


def _shared_ending(parts: list[str]) -> list[str] | None:
    """Rule shared-ending-uneven: "가람·미루·새마찬새마을금고" -> 가람새마을금고, 미루새마을금고,
    새마찬새마을금고: short names of two to four syllables (not of one length) before the last
    one's ending (of two syllables or more)."""
    e = ending(parts[-1])
    if e is None or len(e.suffix) < 2:
        return None
    stem = parts[-1][: -len(e.suffix)]
    if not all(re.fullmatch(r"[가-힣]{2,4}", p) and ending(p) is None and not is_region(p)
               for p in [*parts[:-1], stem]):
        return None
    return [p + e.suffix for p in parts[:-1]] + [parts[-1]]


# rule paired: "가람시-누리대학교 간 협약": two names joined by a hyphen or dash, each with an
# ending of its own (never "K-뷰티", "세종-대전 광역철도")
HYPHEN = re.compile(r"(?<=[가-힣])[-–](?=[가-힣])")


def _paired(name: str) -> list[str] | None:
    """"가온시-누리대", "가온시-누리대-한빛정밀": bodies joined by hyphens (of three or more, one
    may be a bare name, as the pair's hyphen vouches for it)."""
    parts = HYPHEN.split(name)
    named = [len(p) >= 3 and ending(p) is not None and looks_like_org(p) for p in parts]
    if len(parts) < 2 or not (all(named) or len(parts) >= 3 and sum(named) >= 2 and all(
            n or re.fullmatch(r"[가-힣A-Za-z]{2,10}", p) for n, p in zip(named, parts,
                                                                        strict=True))):
        return None
    return parts


def joined_parts(name: str) -> list[str]:
    """How ``name`` is written around its separators (dots or a pairing hyphen)."""
    return (HYPHEN if _paired(name) is not None else DOTS).split(name)
