"""People who share words: names joined by a dot (rule dotted), a title after several
names, an ending shared by several bodies.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ...morph import Word
from .. import orgs
from ..clause import Clause
from ..cues import KIND_PREFIX
from ..lexicon import Title, ending, is_name, title_of
from .bodies import COMPANY_HEADS, proper_body
from .body_title import body_before_title
from .clergy import CLERGY_CALLINGS
from .context import body_before_name
from .mention import PersonMention


def dotted_people(cl: Clause) -> list[PersonMention]:
    """Rule dotted: people joined by a middle dot, which Kiwi reads as one word —
    "이한결·정다솜 한빛모빌리티 공동대표" (names sharing a body and title), "누리대 박누리
    총장·김다솜 부총장" (the next person's name glued to a title; both of the body before)."""
    out: list[PersonMention] = []
    words = cl.words
    for k, w in enumerate(words):
        parts = orgs.DOTS.split(w.stem)
        if len(parts) != 2 or w.particle or k + 1 >= len(words):
            continue
        if all(is_name(x) for x in parts):
            out += _names_sharing_a_title(cl, k, parts)
        elif k > 0 and is_name(parts[0]) and title_of(parts[1]) is not None and \
                title_of(words[k - 1].stem) is not None and is_name(words[k + 1].stem):
            out += _titles_before_dotted_names(cl, k, parts)
        elif k > 0 and is_name(parts[1]) and _plain_title(parts[0]) and \
                is_name(words[k - 1].stem) and not words[k - 1].particle and \
                _plain_title(words[k + 1].stem):
            start, end = cl.span_of(k - 1, k + 1)
            body = body_before_name(cl, k - 1)
            for name, title in ((words[k - 1].stem, parts[0]), (parts[1], words[k + 1].stem)):
                rank = title_of(title)[0]                               # type: ignore[index]
                out.append(PersonMention(name, title, title, rank, body, body is not None,
                                         None, body, start, end))
    return out


def _titles_before_dotted_names(cl: Clause, k: int, parts: list[str]) -> list[PersonMention]:
    """Rule dotted-title-name: "가온대 총장 김누리·누리시장 박다온" — body, title, name, a dot,
    then the next person's title (a body fused in it or not) and name."""
    words = cl.words
    body = body_before_title(cl, k - 1)
    rank, prefix = title_of(words[k - 1].stem)                          # type: ignore[misc]
    start, end = cl.span_of(k - 2 if body else k - 1, k)
    out = [PersonMention(parts[0], rank.title if not prefix else words[k - 1].stem,
                         words[k - 1].stem, rank, body, body is not None, None, body, start, end)]
    rank, prefix = title_of(parts[1])                                   # type: ignore[misc]
    fused = rank.body_of(prefix) if prefix and rank.fuse else None
    if fused is not None and not (orgs.looks_like_org(fused) or orgs.is_place(fused)):
        return out
    title = rank.title if fused or not prefix else parts[1]
    start, end = cl.span_of(k, k + 1)
    return out + [PersonMention(words[k + 1].stem, title, parts[1], rank, fused, fused is not None,
                                None, None, start, end)]


def _plain_title(word: str) -> bool:
    """A title that swallows no body ("총장", "부총장", "공동대표")."""
    hit = title_of(word)
    return hit is not None and (not hit[1] or hit[1] in ("부", "공동", "상임", "명예"))


def _names_sharing_a_title(cl: Clause, k: int, names: list[str]) -> list[PersonMention]:
    """"이한결·정다솜 (한빛모빌리티) 공동대표": each name with the title (and body) after them."""
    words = cl.words
    t = k + 1 if _plain_title(words[k + 1].stem) else k + 2
    if t >= len(words) or not _plain_title(words[t].stem) or \
            (t == k + 2 and (words[k + 1].particle or words[k + 1].verbal)):
        return []
    if t == k + 2:
        m = orgs.org_at(cl, k + 1)
        body: str | None = m.name if m else words[k + 1].stem
        if m is None and not (proper_body(cl, k + 1) or orgs.looks_like_org(
                words[k + 1].stem, words[k + 1].tags, slot=True)
                or (words[t].stem in COMPANY_HEADS or title_of(words[t].stem)[0].title  # type: ignore[index]
                    in COMPANY_HEADS) and not orgs.ordinary_noun(words[k + 1].stem)):
            return []
    else:
        body = body_before_name(cl, k)
    rank = title_of(words[t].stem)[0]                                   # type: ignore[index]
    start, end = cl.span_of(k, t)
    return [PersonMention(n, words[t].stem, words[t].stem, rank, body, body is not None, None,
                          body, start, end) for n in names]


def second_holder(cl: Clause, i: int) -> bool:
    """"공동대표 정하늘·김누리가": a full name after another that follows a title (the dot read
    as a comma) is the title's second holder, not a body of the list."""
    words = cl.words
    if i < 3 or not is_name(words[i].stem) or len(words[i].stem) != 3:
        return False
    comma, name, title = words[i - 1], words[i - 2], words[i - 3]
    at = cl.offset(comma.start) - cl.sentence.start
    dotted = orgs.DOTS.fullmatch(cl.sentence.text[at:at + 1]) is not None  # "·", read as ","
    return dotted and not comma.stem and comma.particle == "," and is_name(name.stem) and \
        not name.particle and title_of(title.stem) is not None and not title.particle


def _untitled(cl: Clause, i: int) -> bool:
    """No title of its own right after the name at ``i``: else it is a new person."""
    words = cl.words
    return bool(words[i].particle) or i + 1 >= len(words) or title_of(words[i + 1].stem) is None


def _co_title(word: str) -> bool:
    """A title held jointly ("공동대표", "공동위원장"): it names more than one holder."""
    return word.startswith("공동") and title_of(word) is not None


def co_holders(cl: Clause, found: list[PersonMention]) -> list[PersonMention]:
    """Rule co-holders: the second holder of one title, given the first one's title and body —
    "공동대표 정하늘·김누리가" (a dot after a name that follows the title; not a real comma,
    nor a name with a title of its own after it) and "정하늘과 김누리 공동대표는" (names
    joined by 과/와 before a title held jointly; not "정하늘과 김누리 대표는")."""
    words = cl.words
    read = {p.name for p in found}
    out: list[PersonMention] = []
    for p in found:
        for i, w in enumerate(words):
            if w.stem in read or not is_name(w.stem) or len(w.stem) != 3:
                continue
            after = i >= 2 and words[i - 2].stem == p.name and second_holder(cl, i) and \
                _untitled(cl, i)
            before = i + 2 < len(words) and words[i + 1].stem == p.name and \
                w.particle in ("과", "와") and not words[i + 1].particle and \
                _co_title(words[i + 2].stem) and words[i + 2].stem == p.full_title
            if after or before:
                start, end = cl.span_of(i, i + 2 if before else i)
                out.append(replace(p, name=w.stem, start=min(start, p.start),
                                   end=max(end, p.end), follows=p.name))
                read.add(w.stem)
    return out


def shared_ending_people(cl: Clause) -> list[PersonMention]:
    """Rule shared-ending: "왼쪽부터 홍길동 가람, 김철수 누리 은행장" — one title that swallows
    its body's ending (은행장 = 은행 + 장) closes a list of "name + short name" items; each
    person heads their short name, written so (GUIDELINES: the form the text has; the last
    item's body is written whole: 누리 은행). The last item may fuse its body into the title
    ("김철수 누리저축은행장") or write it before a title that qualifies the kind ("김철수 누리
    저축은행장"). Two items at least."""
    words = cl.words
    out: list[PersonMention] = []
    for i, w in enumerate(words):
        hit = title_of(w.stem)
        if hit is None or not hit[0].fuse:
            continue
        rank = hit[0]
        last = _closing_item(cl, i, rank, hit[1])
        if last is None:
            continue
        name_at, body = last
        pairs = _bare_items_before(cl, name_at)
        if not pairs:
            continue
        plain = not hit[1] or orgs.is_region(body[:-len(rank.fuse[0])])
        for at, bare in [*pairs, (name_at, None)]:
            start, end = cl.span_of(at, at + 1 if bare is not None else i)
            named = _bare_body(bare, rank, plain) if bare else body
            if named is None:
                continue
            name = _listed_name(words[at]) or words[at].stem
            out.append(PersonMention(name, rank.title, rank.title, rank, named, True,
                                     start=start, end=end, shared_kind=rank.fuse[0],
                                     bare_form=bare if bare != named else None))
    return out


def _bare_body(bare: str, rank: Title, plain: bool) -> str | None:
    """The body a bare item heads: its name as written ("가람"); a region's name ("충북") is
    the region's government in the graph, so its body is named with the ending the title
    swallows (충북은행; the bare form stays an alias, a shorter form the article writes) —
    only when the last item's body is a region or a name with that ending alone (경기은행, not
    누리저축은행, where 충북은행 would be a guess of its kind)."""
    if not orgs.is_region(bare):
        return bare
    return rank.body_of(bare) if plain else None


def _closing_item(cl: Clause, i: int, rank: Title, prefix: str) -> tuple[int, str] | None:
    """The last item of a shared-ending list, closed by the title at ``i``: its person's
    word and body — "김철수 누리 은행장" (누리은행), "김철수 누리저축은행장" (the body fused:
    누리저축은행), "김철수 누리 저축은행장" (a kind word fused: 누리저축은행)."""
    words = cl.words
    if i >= 2 and _short_body_word(words[i - 1]) and _listed_name(words[i - 2]) and \
            (not prefix or _kind_only(prefix)):
        return i - 2, words[i - 1].stem + rank.body_of(prefix)
    if prefix and not _kind_only(prefix) and i >= 1 and _listed_name(words[i - 1]):
        return i - 1, rank.body_of(prefix)
    return None


def _kind_only(prefix: str) -> bool:
    """"저축" of 저축은행장: a kind of body, not a body of its own (누리저축, 경기 are names;
    so are common words a bank is named by: 가온은행장, 국민은행장)."""
    return re.fullmatch(rf"(?:{KIND_PREFIX})", prefix) is not None


def _listed_name(w: Word) -> str | None:
    """A person's name as a list item: a bare name, or one Kiwi splits into a stem and the
    copula's 인 ("옥다인" -> 옥다 + 인; a name's last syllable, not a particle)."""
    if not w.particle and is_name(w.stem):
        return w.stem
    return w.text if w.particle == "인" and w.text == w.stem + "인" and is_name(w.text) else None


def _bare_items_before(cl: Clause, name_at: int) -> list[tuple[int, str]]:
    """The "name + short name," items before the list's last item, nearest last: each
    person's word and their short name."""
    words = cl.words
    pairs: list[tuple[int, str]] = []
    k = name_at - 1
    while k >= 2 and words[k].text == "," and _short_body_word(words[k - 1]) and \
            _listed_name(words[k - 2]) and \
            (k < 3 or title_of(words[k - 3].stem) is None):   # not "주지 원각 스님,"
        pairs.insert(0, (k - 2, words[k - 1].stem))
        k -= 3
    return pairs


def _short_body_word(w: Word) -> bool:
    """"가람", "충북": a short name standing for a body before a shared ending (a region may
    read as a person's name: 충북)."""
    return re.fullmatch(r"[가-힣]{1,5}", w.text) is not None and ending(w.stem) is None and \
        title_of(w.stem) is None and w.stem not in CLERGY_CALLINGS and \
        (not is_name(w.stem) or orgs.is_region(w.stem))
