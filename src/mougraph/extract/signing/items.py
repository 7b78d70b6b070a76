"""A slot's text into parties: items split at marks, counts taken, a person standing for
their organisation, short forms, else the fallbacks.
"""
from __future__ import annotations

import re

from ...lexicons import lexicon_words
from ...model import OrgKind
from .. import orgs, people
from ..clause import Clause
from ..cues import BOTH, MEMBERS_COUNTED
from ..lexicon import ending, title_of
from .fallbacks import COMPANY_KIND, FALLBACK_RULES
from .parts import COUNT_CLOSERS, COUNT_HEADS, ITEM_TAILS, NOT_PARTIES, SlotItem, Slots, count_in


def fill_item(cl: Clause, first: int, last: int, role: str, out: Slots,
          persons: list[people.PersonMention]) -> int:
    """One list item of a slot: organisations, a person standing for one, or a count.

    Returns the number of partners the item counts (0 when it only names them).
    """
    if last < first:
        return 0
    item = SlotItem(cl, first, last, role, out.subject if role == "subject" else out.partners)
    if not _take_count(item, out):
        return item.counted
    words = cl.words
    _both_dropped(item)
    while item.last > item.first and words[item.last].stem in ITEM_TAILS:
        item.last -= 1                   # "A·B 등과", "가람대 측과", "가람시 관계자와"
    person = _person_in(item, persons)
    if person is not None:
        # a person in the slot stands for their organisation
        _add_split(item.target, person)
        if len(person) > 1:             # a dotted list: its bodies without a head too
            rest: list[orgs.Mention] = []
            _add_split(rest, _names_in(item))
            item.target.extend(m for m in rest
                               if not any(orgs.same_body(m.name, p.name) for p in person))
        return item.counted
    found = _kind_dropped(_names_in(item))
    for rule in FALLBACK_RULES:
        if found:
            break
        found = _kind_first(item, rule(item))
    found = found or _after_kind_first(item)
    _add_split(item.target, [p for m in found for p in _marked_parts(cl, m)])
    return item.counted


def _kind_first(item: SlotItem, found: list[orgs.Mention]) -> list[orgs.Mention]:
    """Rule kind-first: "극단 바람꽃(대표 …)과", "극단 '바람꽃'과": a name found without an
    ending, right after a kind written first, is named with it."""
    words = item.cl.words
    if len(found) != 1 or found[0].first_word <= item.first:
        return found
    kind = words[found[0].first_word - 1]
    if kind.stem not in orgs.KIND_FIRST or kind.particle:
        return found
    m = found[0]
    name = f"{kind.stem} {m.name}"
    return [orgs.Mention(name, item.cl.offset(kind.start), m.end, found[0].first_word - 1,
                         m.last_word, m.marked, m.parent)]


def _after_kind_first(item: SlotItem) -> list[orgs.Mention]:
    """Rule kind-first, for a word no other rule reads as a name ("극단 들꽃바람과"): the one
    word after the kind, no particle between, is the name, unless it is an ordinary noun."""
    words, k = item.cl.words, item.last - 1
    if k < item.first or words[k].stem not in orgs.KIND_FIRST or words[k].particle \
            or not re.fullmatch(r"[가-힣A-Za-z]{2,12}", words[item.last].stem) \
            or orgs.ordinary_noun(words[item.last].stem) and not _shop_named_by_a_word(
                words[k].stem, words[item.last].stem):
        return []   # "극단 대표와", "극단 단원과": its people, no name
    start, end = item.cl.span_of(k, item.last)
    return [orgs.Mention(f"{words[k].stem} {words[item.last].stem}", start, end, k, item.last,
                         item.cl.marked(item.last))]


# rule shop-named-by-a-word: a café, a bookshop or a workshop is often named by one common
# word of two syllables ("카페 온기", "책방 오늘"); not by a word of its people ("카페 운영자",
# "공방 대표", "카페 직원") or of doing ("카페 운영"); the shops: orgs.SHOP_KINDS
_PEOPLES_ENDINGS = ("자", "원", "인", "주", "님", "들", "장", "생", "사", "가")


def _shop_named_by_a_word(kind: str, word: str) -> bool:
    return kind in orgs.SHOP_KINDS and len(word) == 2 and not word.endswith(_PEOPLES_ENDINGS) \
        and word not in lexicon_words("activity_nouns.txt") and title_of(word) is None


_BOTH = re.compile(rf"(?:{BOTH})")


def _both_dropped(item: SlotItem) -> None:
    """Rule both-after-names: "가람대와 누리병원 양 기관은", "가람전자·누리소재 양사는": 양 (both)
    and what the two are close a list of named parties; the names stand before them."""
    words = item.cl.words
    for n in (2, 1):
        k = item.last - n + 1
        if k > item.first and _BOTH.fullmatch("".join(w.stem for w in words[k : item.last + 1])):
            item.last = k - 1
            return


def _kind_dropped(found: list[orgs.Mention]) -> list[orgs.Mention]:
    """Rule kind-before-name: "반도체 장비 부품 기업 대덕반도체는", "편의점 가맹본부 바로마트와" —
    the words saying what kind of company it is stand right before its name; only the name
    is a party."""
    return [m for m in found
            if not (COMPANY_KIND.fullmatch(m.name.split()[-1])
                    and any(n.first_word == m.last_word + 1 for n in found))]


_MARK_BETWEEN = re.compile(r"(?:\(주\)|㈜)\s?[·ㆍ‧]|[·ㆍ‧]\s?(?:\(주\)|㈜)")


def _marked_parts(cl: Clause, m: orgs.Mention) -> list[orgs.Mention]:
    """Rule marked-list: "한빛(주)·누리(주)와", "㈜한빛·㈜누리와": names joined by a middle dot,
    each with a legal mark, are companies each, whatever their endings."""
    text = cl.sentence.text[m.start - cl.sentence.start : m.end - cl.sentence.start + 4]
    parts = orgs.DOTS.split(m.name)
    if len(parts) < 2 or not _MARK_BETWEEN.search(text) or orgs.list_parts(m.name) is not None \
            or not all(re.fullmatch(r"[가-힣A-Za-z&]{2,10}", p) for p in parts):
        return [m]
    out, at = [], m.start
    for p in parts:
        start = cl.sentence.text.find(p, at - cl.sentence.start) + cl.sentence.start
        out.append(orgs.Mention(p, start, start + len(p), m.first_word, m.last_word, True))
        at = start + len(p)
    return out


# Rule members-counted (the words: cues.MEMBERS_COUNTED): "가온관광협의회 회원사 4곳": the
# counted are the body's members, named nowhere in the item, so the item names no party
# (GUIDELINES: when the members sign, they are the parties; the body before them signs
# only when the text says so: "협의회는 회원사를 대표해 서명했다"); "A, B 등 회원사 2곳" still
# names A and B


def _take_count(item: SlotItem, out: Slots) -> bool:
    """Rule count: "A, B, C 등 세 개 기업" counts partners; the named ones stand before the
    count. Narrows ``item`` to them; False when no name is left to read."""
    words, first = item.cl.words, item.first
    count = count_in(words[first : item.last + 1])
    if count is None:
        return True
    item.counted, head, at = count
    out.unnamed_head = head
    if item.role == "subject":
        out.unnamed_in_subject = True
    last = first + at - 1
    # "A, B 등 관내 4개 기업", "A 등 소프트웨어 기업 9곳": words describing the counted
    # stand between "등" and the count; the named ones stand before "등"
    for k in range(last, max(first, last - 3) - 1, -1):
        if words[k].stem in {"등", "외"} and k > first:
            last = k
            break
    if words[last].stem in MEMBERS_COUNTED:
        return False    # rule members-counted: "가온관광협의회 회원사 4곳이": the members, unnamed
    generic = head in COUNT_HEADS or head.rstrip("들") in COUNT_HEADS
    listed = first > 0 and (words[first - 1].text == "," or words[first - 1].stem == "및")
    if last < first or (words[last].stem not in COUNT_CLOSERS and not generic and not listed):
        # "대구중구 12개 동 …": the words before describe what is counted; but in
        # "가나시, 다라대학교 2개 기관" they name the members, and so they do after a list
        # whatever is counted ("가온TV, 누리방송 2개 채널사용사업자가")
        return False
    if words[last].stem not in COUNT_CLOSERS and not listed and item.counted > 1 and \
            not _dotted_counted(words[first : last + 1], item.counted):
        return False    # "지역아동센터 5곳과": a kind of body counted, not one named
    while last >= first and words[last].stem in COUNT_CLOSERS:
        last -= 1
    item.last = last
    return last >= first


def _dotted_counted(named: list, counted: int) -> bool:
    """Rule dotted-count: "가람대학교·누리병원·다솜재단 3개 기관은": as many names joined by a
    middle dot as the count counts are the counted parties (not "경로당·복지관 5곳과", kinds)."""
    joined = " ".join(w.stem for w in named)
    return bool(orgs.DOTS.search(joined)) and len(orgs.DOTS.split(joined)) == counted


def _person_in(item: SlotItem, persons: list[people.PersonMention]) -> list[orgs.Mention] | None:
    """Rule person-for-body: "달빛농협 한도윤 이사장과" names the person's organisation.

    None when no person stands in the item; [] for a person whose organisation is unwritten.
    """
    cl, first, last = item.cl, item.first, item.last
    a, b = cl.span_of(first, last)
    inside = [p for p in persons if a <= p.start and p.end <= b + 1]
    if not inside:
        return None
    start = cl.offset(cl.words[first].start)
    # "가람복지관(관장 …)ㆍ가람소방서(서장 …)는": one word, a head for each dotted body
    bodies = list(dict.fromkeys(p.org for p in inside if p.org))
    if len(bodies) > 1 and orgs.DOTS.search(cl.words[first].stem):
        return [orgs.Mention(o, start, start + len(o), first, last) for o in bodies]
    p = inside[0]
    if not p.org and p.beside and p.beside not in _NOT_A_COMPANY and \
            (first == 0 or cl.words[first - 1].particle or cl.words[first - 1].text == ","):
        # rule beside-in-slot: "솔바람 김누리 대표는 20일 가온시와 …": the word opening the slot
        # before a company head is the company, even a word Kiwi knows as a common noun
        return [orgs.Mention(p.beside, start, start + len(p.beside), first, first)]
    if not p.org:
        return []
    # "김누리 한솔제약 중앙연구소장이": the head of a company's laboratory signs for the laboratory
    lab = p.title[:-1] if p.title.endswith("장") and orgs.lab_by_task(p.title[:-1]) else ""
    org = f"{p.org} {lab}" if lab and orgs.kind_of(p.org) is OrgKind.COMPANY else p.org
    return [orgs.Mention(org, start, start + len(org), first, last)]


# words that open a slot before a head's name without naming a company
_NOT_A_COMPANY = frozenset("""신임 전임 초대 현 전 공동 상임 명예 직무대행 당시 이날 또 또한 특히
    한편 이어 아울러 협약 업체 회사 기업 법인 대표 본사 현지 해외 국내 외국""".split())


def _names_in(item: SlotItem) -> list[orgs.Mention]:
    """Rule names: organisation names read right to left until a word is no name."""
    cl, first, words = item.cl, item.first, item.cl.words
    k = item.last
    found: list[orgs.Mention] = []
    while k >= first:
        m = orgs.org_at(cl, k, slot=True)
        if m is None:
            break           # the slot's head is no name ("세종시 이전 정부 부처와")
        if m.first_word >= first:
            found.insert(0, m)
            k = m.first_word - 1
        else:
            # the name runs into the previous slot: keep only this item's words
            found.insert(0, orgs.Mention(" ".join(w.stem for w in words[first : k + 1]), m.start,
                                         m.end, first, k, m.marked, m.parent))
            k = first - 1
    return _place_off_the_dots(found)


# the kinds of a residents' or members' body named after the town it serves
_TOWN_BODIES = (OrgKind.ASSOCIATION, OrgKind.NONPROFIT)


def _place_off_the_dots(found: list[orgs.Mention]) -> list[orgs.Mention]:
    """Rule dotted-town-body: "가온군청ㆍ누리소방서ㆍ가온군 새마을부녀회와" - the last piece of a
    dotted word is a county, city or district, and the word after it a residents' or
    members' body (새마을부녀회, 체육회): that piece is the body's town, part of its name."""
    if len(found) < 2:
        return found
    left, right = found[-2], found[-1]
    town = orgs.DOTS.split(left.name)[-1]
    e, body = ending(town), ending(right.name)
    if left.first_word != left.last_word or right.first_word != left.last_word + 1 or \
            not orgs.DOTS.search(left.name) or e is None or e.suffix not in _SHORT_LOCAL or \
            body is None or body.kind not in _TOWN_BODIES or " " in right.name:
        return found
    cut = len(town) + 1
    return [*found[:-2],
            orgs.Mention(left.name[:-cut], left.start, left.end - cut, left.first_word,
                         left.last_word, left.marked),
            orgs.Mention(f"{town} {right.name}", left.end - len(town), right.end,
                         left.first_word, right.last_word, right.marked)]


def _add_split(target: list[orgs.Mention], found: list[orgs.Mention]) -> None:
    """"정책조정실·총리공보실", "가람·누리·다솜신협": names joined by a middle dot are separate
    parties (``orgs.list_parts``)."""
    for m in found:
        parts = orgs.list_parts(m.name)
        if parts is None:
            target.append(m)
            continue
        pos = m.start
        for written, piece in zip(orgs.joined_parts(m.name), parts, strict=True):
            target.append(orgs.Mention(piece, pos, pos + len(written), m.first_word, m.last_word))
            pos += len(written) + 1


# "시는 … 협약을 체결했다": a local government called by its kind, as news does after naming it
_SHORT_LOCAL = {"시", "군", "구", "도"}


def short_form(stem: str) -> bool:
    """"재단", "진흥원", "공사", "시": a body called by the kind its full name ends with."""
    if stem in _SHORT_LOCAL:
        return True
    e = ending(stem)
    return e is not None and len(stem) >= 2 and stem == e.suffix and stem not in NOT_PARTIES
