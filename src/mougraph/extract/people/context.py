"""The body written with a person: the sentence's topic, a body before the name, a
caption item's opening word, and the organisation a person's words name.
"""
from __future__ import annotations

import re

from ...lexicons import countries, short_kinds
from ...model import OrgKind
from ...morph import Word
from .. import orgs
from ..clause import Clause
from ..lexicon import Title, ending, is_name, title_of
from ..orgs.words import describes
from .bodies import company_in_slot, company_of_head
from .latin import latin_body, latin_body_before_name
from .names import long_name, named_descriptor_body, reads_as_name
from .units import department_body, numbered_village, office_place

_TOPIC = ("은", "는", "에서는", "에선")


# Rule founder-before-body: a foundation or a corps written apart after the body that founded
# it ("솔빛은행 장학재단", "누리그룹 사회봉사단", "가온신용금고 나눔재단"), between a person's
# name and title: the founder's word is part of the body's name, no name of the person's
_FOUNDED_BODY = re.compile(r"[가-힣]{2,}(?:재단|봉사단|장학회)")


def founder_before_body(cl: Clause, first: int) -> bool:
    words = cl.words
    if first < 2 or words[first - 1].particle or words[first - 2].particle \
            or not _FOUNDED_BODY.fullmatch(words[first].stem):
        return False
    before = words[first - 1]
    return (orgs.looks_like_org(before.stem, before.tags, cl.marked(first - 1))
            or ending(before.stem) is not None) and reads_as_name(cl, first - 2)


def written_org(cl: Clause, i: int, n: tuple[int, int | None, str], fused: str | None,
                rank: Title) -> tuple[str | None, bool, str | None, bool]:
    """The organisation written with the person whose title is word ``i`` and name is ``n``:
    (organisation, written as its own word, organisation written before, that one is real)."""
    name_at, org_word, name = n
    org, explicit = None, False
    if fused is not None:                          # rule fused
        org = fused
        explicit = " " in fused                    # "한국과학기술원 문화기술대학원장"
    elif org_word is not None:                     # rule name-org-title
        m = orgs.org_at(cl, org_word) or orgs.brand_at(cl, org_word)
        # (a body before the name, "AB 유플러스 홍길동 CTO", keeps its whole reading)
        if m is not None and org_word > name_at and (
                m.first_word <= name_at + name.count(" ") or named_descriptor_body(
                cl, m.first_word) and m.first_word > name_at + name.count(" ") + 1):
            m = None    # "바트바야르 누리대": a body read with the name in it; "퀼라반 국립대"
        latin = latin_body(cl, org_word, name_at + name.count(" "))
        # "존 스미스 마이크로소프트 아시아 부사장": every word between the name and the title
        between = " ".join(w.stem for w in cl.words[name_at + name.count(" ") + 1:org_word + 1]
                           ).strip("'‘’\"“”")     # ("박솔빛 '달빛공방' 대표": the quotes go)
        if m is not None and m.first_word == name_at + 2 and founder_before_body(cl, m.first_word):
            m = None    # rule founder-before-body: the founder and its foundation, one name
        org = m.name if m else latin or _place_of_head(between, rank) or between or \
            cl.words[org_word].stem
        explicit = True
    elif body_before_name(cl, min(name_at, i)) is None and \
            (led := led_body(cl, i)) is not None:  # rule led-body
        org, explicit = led, True
    # rule org-name-title (or org-title-name)
    context = body_before_name(cl, min(name_at, i))
    if org is None and context is None and name_at < i:
        context = company_in_slot(cl, name_at, i) or company_of_head(cl, name_at, i)
    dept = department_body(cl, min(name_at, i), rank.title)
    if dept is not None and org is None:
        context = dept
    real_context = context is not None and context != _coined(cl, name_at)
    if org is None and real_context:
        org, explicit = context, True
    return org, explicit, context, real_context


def led_body(cl: Clause, i: int) -> str | None:
    """Rule led-body: "김다온 이사장이 이끄는 솔빛재단과" — the title word ``i`` is the subject of
    a clause of leading that closes on a body: the person is that body's, whatever body the
    sentence's topic is ("가람대는 … 이사장이 이끄는 솔빛재단과도 협약을 맺은 바 있다")."""
    words = cl.words
    if words[i].particle not in ("이", "가") or i + 2 >= len(words):
        return None
    j = i + 1
    if words[j].text == "이끌고" and words[j + 1].text == "있는":
        j += 1
    elif words[j].text != "이끄는":
        return None
    body = None
    for k in range(j + 1, min(j + 5, len(words))):     # the longest name opening after the verb
        m = orgs.org_at(cl, k)
        if m is not None and m.first_word == j + 1:
            body = m.name
        if words[k].particle:
            break
    return body or _bare_led(words[j + 1])


def _bare_led(w: Word) -> str | None:
    """A company led, written bare ("… 대표가 이끄는 솔빛과도"): one word that is no common noun,
    name, title, team ("연구팀"), place or country."""
    proper = w.tags[:1] == ("NNP",) or not orgs.ordinary_noun(w.stem)   # as read in the text
    if w.verbal or not re.fullmatch(r"[가-힣]{2,8}|[A-Za-z][A-Za-z0-9&]{1,15}", w.stem) \
            or not proper or is_name(w.stem) or title_of(w.stem) is not None \
            or w.stem.endswith("팀") \
            or orgs.is_region(w.stem) or orgs.is_place(w.stem) or w.stem in countries():
        return None
    return w.stem


LOCAL_KINDS = frozenset("시 군 구 도".split())   # a local government by its kind alone


def _place_of_head(word: str, rank: Title) -> str | None:
    """Rule place-before-head: "Katrin Vollendorf 미렐스타트 시장" — one bare word that names no
    body, before a local head's title written apart: the place is 미렐스타트시."""
    kind = next((f for f in rank.fuse if f in LOCAL_KINDS), None)
    if kind is None or not re.fullmatch(r"[가-힣]{2,8}", word) or ending(word) is not None:
        return None
    return word + kind


def short_kind(cl: Clause, k: int) -> str | None:
    """Rule short-kind: "진우석 상의 사무국장" — word ``k`` is the short form of a body's kind
    (상의 for 상공회의소, ``lexicons/short_kinds.tsv``; Kiwi reads it as 상 + 의): the kind it
    stands for."""
    w = cl.words[k]
    return short_kinds().get(w.stem + w.particle) if w.particle in ("", "의") else None


def body_kind_word(cl: Clause, name_at: int, i: int, org: str | None) -> str | None:
    """Rule kind-word: "김가람 재단 이사장", "박누리 시 경제국장" — between the name and the title
    stands only the kind of body the person's party is (its name's ending), or its short
    form (rule short-kind: "진우석 상의 사무국장" -> 상공회의소), or a numbered 리 (rule
    numbered-village: "하봉길 1리 이장", the party's name tells the place). Rule
    kind-before-name: the kind may stand before the name instead, as a list item's body
    ("…, 노인회 박누리 지회장"), or as the side the person speaks for ("연맹 측 박누리 회장")."""
    if org is None and name_at == i - 1 and name_at >= 1:
        side = cl.words[name_at - 1].stem == "측" and name_at >= 2   # "연맹 측 A 회장"
        return _kind_only(cl.words[name_at - 1 - side])
    if org is not None or name_at != i - 2:
        return None
    if (short := short_kind(cl, i - 1)) is not None:
        return short
    w = cl.words[i - 1]
    if numbered_village(w.stem) and not w.particle:
        return w.stem
    e = ending(w.stem)
    kind = w.stem in LOCAL_KINDS or (e is not None and e.suffix == w.stem and len(w.stem) >= 2)
    return w.stem if kind and not w.particle and not w.verbal else None


def _kind_only(w: Word) -> str | None:
    """A word that is only a body's ending ("노인회", "협회"), or an association's ending after
    the people it gathers, a word that names nobody alone ("입주자대표회의": the kind of the
    party named in full before, "가온아파트 입주자대표회의"), no particle."""
    e = ending(w.stem)
    bare = e is not None and len(w.stem) >= 2 and (
        e.suffix == w.stem or e.kind in (OrgKind.ASSOCIATION, OrgKind.NONPROFIT)
        and describes(w.stem[: -len(e.suffix)]))
    return w.stem if bare and not w.particle and not w.verbal else None


def _coined(cl: Clause, name_at: int) -> str | None:
    """"첨단소재융합MC 윤태섭 회장": a coined unit name right before the name."""
    if name_at == 0:
        return None
    prev = cl.words[name_at - 1]
    return prev.stem if re.search(r"[가-힣][A-Z]{2,}$", prev.stem) else None


def body_before_name(cl: Clause, name_at: int) -> str | None:
    """"서해과기대 한재윤 총장", "OO협회의 문도현 회장", "남해국립대 소재·화학ICC 민경호 센터장"."""
    words = cl.words
    latin = latin_body_before_name(cl, name_at)
    if latin is not None:
        return latin
    coined = None
    for back in (1, 2):
        k = name_at - back
        if k < 0:
            break
        prev = words[k]
        # (a body Kiwi reads as a verb, "누리시다문화가족지원센터" as 누리 + 시 + 다, counts)
        verb = prev.verbal and orgs.org_at(cl, k) is None
        if not prev.stem or verb or (is_name(prev.stem) and not cl.marked(k)
                                     and not _school_before_name(cl, k, name_at)) or \
                title_of(prev.stem):
            break
        if prev.particle not in ("", "의"):
            break
        # (rule brand-word: "AB 루미스 홍길동 CTO", a Latin brand and the word after it)
        m = orgs.org_at(cl, k) or (orgs.brand_at(cl, k) if back == 1 else None)
        if m is not None:
            return _in_house_unit(cl, m) or m.name
        if back == 1 and name_at + 1 < len(words) and \
                (place := office_place(cl, k, name_at + 1)) is not None:
            return place            # rule office-place: "솔빛2동 김누리 동장"
        if back == 1:
            coined = _coined(cl, name_at)
        if prev.particle:
            break
    return coined or _caption_item_body(cl, name_at)


def _in_house_unit(cl: Clause, m: orgs.Mention) -> str | None:
    """Rule in-house-unit: "한별정밀 기술연구소 석다온 소장" — a body named only by what it does
    (a common noun and an ending: 기술 + 연구소) right after a bare word that is not one common
    word nor a name is that body's own unit, written with it."""
    e = ending(m.name)
    k = m.first_word
    if k < 1 or m.last_word != k or e is None or len(e.suffix) < 2 or \
            len(m.name) <= len(e.suffix) or \
            not orgs.ordinary_noun(m.name[: -len(e.suffix)]):
        return None
    prev = cl.words[k - 1]
    if prev.particle or prev.verbal or not _BARE_BODY.fullmatch(prev.stem) or \
            (len(prev.tags) == 1 and prev.tags[0] not in ("NNP", "SL")) or \
            (is_name(prev.stem) and not long_name(prev.stem)) or title_of(prev.stem) or \
            orgs.is_region(prev.stem) or orgs.is_place(prev.stem) or \
            prev.stem in countries() or orgs.is_generic(prev.stem):
        return None                 # ("이날 기술연구소": one common word is no body's name)
    return f"{prev.stem} {m.name}"


def _school_before_name(cl: Clause, k: int, name_at: int) -> bool:
    """Rule school-reads-as-name: "한솔대 남다솜 부총장" — a short school name that also reads
    as a name (한 + 솔대) right before a name is the body, as in ``_two_names``."""
    w = cl.words[k]
    return k == name_at - 1 and not w.particle and w.stem.endswith("대") and \
        is_name(cl.words[name_at].stem) and orgs.looks_like_org(w.stem, w.tags)


_CAPTION_OPEN = re.compile(r"좌|우|왼쪽|오른쪽|좌측|우측")
_BARE_BODY = re.compile(r"[가-힣A-Za-z][가-힣A-Za-z&]{1,9}")
_PROPER = {("NNP",), ("SL",)}                   # read as a proper noun or Latin in its sentence


def _caption_item_body(cl: Clause, name_at: int) -> str | None:
    """Rule caption-item-body: "좌측부터 가온솔 김누리 부장, Briix 박다솜 팀장": in a caption's
    list (opened by 왼쪽부터, 좌측부터 …) a bare word Kiwi reads as a proper noun (or Latin, or
    a name mixed with Latin or digits: "누리24", rule mixed-name) opening an item, right before
    the name, is the person's body though it has no ending."""
    k = name_at - 1
    if k < 1:
        return None
    prev, before = cl.words[k], cl.words[k - 1]
    if not (_caption_opens(before) or (not before.stem and before.particle.startswith(","))):
        return None
    stem = prev.stem
    bare = _BARE_BODY.fullmatch(stem) or orgs.mixed_name(stem)    # "가온솔", "누리24"
    if prev.particle or prev.verbal or not bare or is_name(stem) or \
            title_of(stem) or orgs.is_region(stem) or orgs.is_place(stem) or \
            stem in countries() or orgs.is_generic(stem) or \
            (prev.tags[:1] not in _PROPER and orgs.ordinary_noun(stem)
             and not _glued_to_a_name_elsewhere(cl, stem)):
        return None
    return stem if any(_caption_opens(w) for w in cl.words[:k]) else None


def _glued_to_a_name_elsewhere(cl: Clause, stem: str) -> bool:
    """"늘초 김누리 부장, 늘초박하늘 차장": the word is a body the list writes glued to a name
    (rule body-glued-to-name), though Kiwi knows it as a common word."""
    return any(w.stem.startswith(stem) and len(w.stem) == len(stem) + 3
               and is_name(w.stem[len(stem):]) for w in cl.words)


def _caption_opens(w: Word) -> bool:
    return w.particle in ("부터", "에서부터") and _CAPTION_OPEN.fullmatch(w.stem) is not None


def topic_body(cl: Clause) -> tuple[str | None, int]:
    """The organisation a sentence is about when it opens with one ("OO협의회는 …")."""
    for i, w in enumerate(cl.words[:4]):
        if w.particle in _TOPIC:
            m = orgs.org_at(cl, i)
            return (m.name if m else None), i
        if w.particle:
            return None, 0
    return None, 0
