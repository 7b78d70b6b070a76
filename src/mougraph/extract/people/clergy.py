"""Rule post-name-calling: a clergy post before the name, the calling after it."""
from __future__ import annotations

import re

from ...model import OrgKind
from ...morph import Word
from .. import orgs
from ..clause import Clause
from ..lexicon import Title, ending, is_name, title_of
from .foreign import foreign_word
from .mention import PersonMention

# rule post-name-calling: "가람성당 주임 한가람 신부", "성당 주임 한가람 신부", "누리교회 담임
# 김누리 목사" — a clergy post before the name, the calling after it: the calling is the
# title, the body (or its kind only) before the post the person's
_CLERGY_POSTS = frozenset("주임 부주임 보좌 담임 주지".split())
_CLERGY_KINDS = frozenset({OrgKind.NONPROFIT, OrgKind.OTHER})
CLERGY_CALLINGS = frozenset("신부 목사 스님 사제 법사".split())


def post_name_calling(cl: Clause) -> list[PersonMention]:
    return _post_name_calling(cl) + _church_name_calling(cl) + _office_name_calling(cl)


# rule office-name-calling: "누리선교부 서기 김다온 목사의 사회로", "가온위원회 회계 박솔 장로가
# 기도하고" — a church body's clerk or treasurer, an office no title row reads (서기 is also
# "AD"), between the body written whole and the name with its calling: the office is the title
# and the body the person's (with no body written before it, the office reads no one)
_CHURCH_OFFICES = frozenset("서기 부서기 회계 부회계".split())
_OFFICERS_CALLINGS = frozenset("목사 장로 신부 전도사 집사 권사".split())


def _office_name_calling(cl: Clause) -> list[PersonMention]:
    words, found = cl.words, []
    for k in range(1, len(words) - 2):
        office, name, calling = words[k], words[k + 1], words[k + 2]
        if office.stem not in _CHURCH_OFFICES or office.particle or name.particle or \
                words[k - 1].particle or calling.stem not in _OFFICERS_CALLINGS or \
                not is_name(name.stem) or title_of(name.stem) is not None:
            continue
        m, before = orgs.org_at(cl, k - 1), words[k - 1].stem
        e = ending(before)      # ("다음세대교육부": a body's ending, though no ministry)
        body = m.name if m else before if e and len(before) > len(e.suffix) + 1 else None
        if body is None:
            continue
        start, end = cl.span_of(m.first_word if m else k - 1, k + 2)
        rank = Title(office.stem, (), _CLERGY_KINDS)
        found.append(PersonMention(name.stem, office.stem, office.stem, rank, body, True,
                                   None, None, start, end))
    return found


# rule church-name-calling: "누리교회 김누리 목사", "가람성당 한가람 신부" — a church or a
# parish written whole right before the name and the calling after it: that body's pastor
# or priest (a bare calling with no body before it stays no title: titles.tsv)
_CHURCH = re.compile(r"[가-힣]{1,8}(?:교회|성당)")


def _church_name_calling(cl: Clause) -> list[PersonMention]:
    words, found = cl.words, []
    for k in range(1, len(words) - 1):
        body, name, calling = words[k - 1], words[k], words[k + 1]
        if body.particle or name.particle or calling.stem not in ("목사", "신부") or \
                not _CHURCH.fullmatch(body.stem) or not is_name(name.stem) or \
                title_of(name.stem) is not None:
            continue
        m = orgs.org_at(cl, k - 1)
        if m is None or m.name != body.stem:
            continue
        start, end = cl.span_of(k - 1, k + 1)
        rank = Title(calling.stem, (), _CLERGY_KINDS)
        found.append(PersonMention(name.stem, calling.stem, calling.stem, rank, m.name, True,
                                   None, None, start, end))
    return found


def _post_name_calling(cl: Clause) -> list[PersonMention]:
    words, found = cl.words, []
    for k in range(1, len(words) - 2):
        post = words[k]
        at = _clergy_name(words, k) if post.stem in _CLERGY_POSTS and not post.particle else None
        if at is None:
            continue
        name, calling = words[at], words[at + 1]
        before = words[k - 1]
        m = orgs.org_at(cl, k - 1) if not before.particle else None
        e = ending(before.stem)
        kind = before.stem if m is None and e is not None and e.suffix == before.stem and \
            not before.particle else None
        # "청운사 주지 혜담 스님": the temple a 주지 heads, a word ending in 사 (Kiwi: no body)
        temple = before.stem if m is None and post.stem == "주지" and not before.particle \
            and re.fullmatch(r"[가-힣]{1,4}사", before.stem) else None
        start, end = cl.span_of(k if m is None else m.first_word, at + 1)
        # a monk is titled by the post ("주지"), a priest or pastor by the calling ("신부")
        title = post.stem if calling.stem == "스님" else calling.stem
        rank = Title(title, (), _CLERGY_KINDS)
        found.append(PersonMention(name.stem, title, title, rank,
                                   m.name if m else temple, m is not None or temple is not None,
                                   None, None, start, end, kind_word=kind))
    return found


def _clergy_name(words: list[Word], k: int) -> int | None:
    """Where the name is after the clergy post at word ``k``: right after it, or after a
    baptismal name ("주임 안드레아 김가온 신부"); a monk's dharma name is of two syllables and
    no Korean name ("주지 혜담 스님")."""
    for at in (k + 1, k + 2):
        if at + 1 >= len(words):
            return None
        name, calling = words[at], words[at + 1]
        if at == k + 2 and (words[k + 1].particle or not foreign_word(words[k + 1])):
            return None
        named = is_name(name.stem) or (calling.stem == "스님"
                                       and re.fullmatch(r"[가-힣]{2}", name.stem) is not None)
        if not name.particle and calling.stem in CLERGY_CALLINGS and named and \
                title_of(name.stem) is None:
            return at
    return None
