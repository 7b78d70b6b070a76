"""Lists: the partners a sentence names as a list (rule enumeration).

"참여 기업은 A, B, ㈜C 등이다", "… A, B, C의 관계자들이 참석했다" are read into their names
(enumeration: split at commas and at 과/와 between names, the copula or 등 cut off the
last). A sentence that lists the partners ("대상 기관은 A, B, C 등 3곳이다", "협약 기관:
A, B", "이번 협약에는 A와 B, C가 참여했다", "이번 협약을 맺은 A와 B는 …") is rewritten as
such a list (listing); it, or "협약 상대는 누리소방서다", gives a signing that names one
party its others (named_as_partners)."""
from __future__ import annotations

import re

from ...lexicons import count_words_pattern
from ...morph import Word
from ...text import Document, Sentence
from .. import orgs
from ..clause import Clause, clause
from ..cues import AGREEMENT
from ..lexicon import ending, is_name, title_of
from ..signing.fallbacks import COMPANY_KIND
from ..signing.parts import COUNT_HEADS, ITEM_TAILS, count_word
from .events import Event

_LIST_TAIL = re.compile(
    r"\s*(등|등이다|이다|입니다|등입니다|등\s*(?:\d+|" + count_words_pattern(2, 5)
    + r")\s*(?:곳|개\s*\S+|개사))\s*[.]?$")


# rule department-no-body: a clinical department alone ("내과", "소아청소년과", "가정의학과") is
# what a clinic treats, no clinic's name ("누리안과" is one)
_DEPARTMENT_ONLY = re.compile(
    r"(?:[가-힣]{0,4}의학|소아청소년|이비인후|산부인|비뇨기|정형외|성형외|흉부외|신경외|신경|정신"
    r"|피부|안|치|내|외|한방|소아)과")


def bare_name(name: str, *, name_like: bool = False) -> bool:
    """One word that may name a body: no person, title, place, number or generic word
    (``name_like``: a word that reads as a person's name too, where a count vouches)."""
    # (a number inside a name, "가온365의원", "누리24약국"; not one opening it, "3곳")
    return (bool(re.fullmatch(r"[가-힣A-Za-z&][가-힣A-Za-z&0-9]{1,9}", name))
            and not (is_name(name) and len(name) < 4 and not name_like)
            and title_of(name) is None
            and not orgs.is_region(name) and not orgs.is_place(name)
            and name not in COUNT_HEADS and not orgs.is_generic(name)
            and not _DEPARTMENT_ONLY.fullmatch(name))


def enumeration(cl: Clause, heads: bool = False) -> list[orgs.Mention]:
    """"참여 기업은 A, B, ㈜C 등이다" / "… 선정기관인 A, B, C의 관계자들이 참석했다". With HEADS
    (rule heads-listed: a copula list a count vouches for) each item may name its body by the
    head, in any order: "4개 기관은 홍길동 가온농원 대표, 누리벌꿀 대표 김영희, 솔빛식품 박하늘
    대표이다" -> 가온농원, 누리벌꿀, 솔빛식품."""
    words = cl.words
    commas = [i for i, w in enumerate(words) if w.text == ","]
    if len(commas) < 1:
        return []
    bounds = [-1, *commas, len(words)]
    items: list[orgs.Mention] = []
    for n in range(len(bounds) - 1):
        first, last = bounds[n] + 1, bounds[n + 1] - 1
        if last < first:
            continue
        first, last = _item_words(words, first, last, n == 0, n == len(bounds) - 2)
        closing = words[last]
        if n == len(bounds) - 2:
            last = _staff_dropped(words, first, last)
        first = _kind_dropped(words, first, last)
        branch = _branch_parent(cl, first, last)
        if heads and (body := _headed_body(words, first, last)) is not None:
            first, last = body
        elif (title_of(words[last].stem) is not None and not branch) \
                or _org_title_name(words, first, last):
            return []           # a list of people, not of bodies
        name = " ".join(w.stem for w in words[first : last + 1] if w.stem)
        name = _department_kept(words[last], name)
        if n == len(bounds) - 2:
            name = _copula_cut(words[last], name)
        name = _LIST_TAIL.sub("", name).strip()
        if n == len(bounds) - 2 and closing.particle not in ("", "의", "이다", "이", "등"):
            # "… C센터다." closes the list with a copula Kiwi left no 이 of
            if not closing.particle.startswith(("이", "의")) and \
                    closing.cut_tags[:1] != ("VCP",):
                return []
        if not name or len(name) < 2 or " " in name and len(name.split()) > 3:
            return []
        start, end = cl.span_of(first, last)
        items += _split_and(orgs.Mention(name, start, end, first, last,
                                         any(cl.marked(k) for k in range(first, last + 1)),
                                         branch))
    return items


def _branch_parent(cl: Clause, first: int, last: int) -> str | None:
    """Rule branch-item: "…, 한국가람공사 누리지사, …" - a last word that reads as a title
    (지사, a governor) names a branch when the body before it in the item vouches for it
    (orgs' rule unit-of): that body, its parent; a bare "누리지사" stays a title (None)."""
    m = orgs.org_at(cl, last, slot=True)
    if m is None or m.parent is None or not first <= m.first_word < last:
        return None
    return m.parent


# rule clinic-department: a clinic named by its department ends in 과 ("누리안과", "다솜치과",
# "가온소아청소년과"), which Kiwi cuts as the particle 과 before the comma of a list; the
# departments of Korean clinics (source: the 전문과목 of the medical service act's rules)
_CLINIC_DEPARTMENTS = ("안과", "치과", "내과", "외과", "피부과", "소아과", "청소년과", "이비인후과",
                       "산부인과", "비뇨기과", "의학과", "한방과")


def _department_kept(w: Word, name: str) -> str:
    """Rule clinic-department: the 과 Kiwi cut off a listed clinic's name goes back on."""
    if w.particle in ("과", "과,") and (name + "과").endswith(_CLINIC_DEPARTMENTS) and \
            len(name) >= 3:
        return name + "과"
    return name


def _staff_dropped(words: list[Word], first: int, last: int) -> int:
    """Rule staff-after-listed-name: "… C, D 관계자들이 참석했다" — the last item's people
    or its closing 등 (ITEM_TAILS: 관계자들, 임직원, 등) stand after it with no 의 between; its
    name is the words before them ("…, 가람한우 농업회사법인 등이다": the kind word closing
    the name is no kind before a name "등")."""
    if last > first and words[last - 1].particle == "" and words[last].stem in ITEM_TAILS:
        return last - 1
    return last


def _kind_dropped(words: list[Word], first: int, last: int) -> int:
    """Rule kind-before-listed-name: "…, 사회적기업 누리나눔이다" — the word saying what kind of
    company opens the item; the name is the word after it, a bare one (in "가온혁신플랫폼
    운영센터" the first word is the body's own)."""
    if last == first + 1 and not words[first].particle and \
            COMPANY_KIND.fullmatch(words[first].stem) and ending(words[last].stem) is None:
        return first + 1
    return first


def _name_org_title(words: list[Word], first: int, last: int) -> tuple[int, int] | None:
    """"홍길동 가온농원 대표": a person's name, then one or two words of the body, then the
    title (the name alone before the body, with no particle)."""
    if 2 <= last - first <= 3 and title_of(words[last].stem) is not None and \
            is_name(words[first].stem) and not words[first].particle:
        return first + 1, last - 1
    return None


def _org_name_title(words: list[Word], first: int, last: int) -> tuple[int, int] | None:
    """"가온농원 홍길동 대표": one or two words of the body, the name, the title."""
    if 2 <= last - first <= 3 and title_of(words[last].stem) is not None and \
            is_name(words[last - 1].stem) and not words[last - 1].particle:
        return first, last - 2
    return None


def _org_title_name(words: list[Word], first: int, last: int) -> tuple[int, int] | None:
    """"가온농원 대표 홍길동": one or two words of the body, the title, the name (the last
    item's name carries the copula: "… 대표 홍길동이다")."""
    if 2 <= last - first <= 3 and is_name(words[last].stem) and \
            title_of(words[last - 1].stem) is not None and not words[last - 1].particle:
        return first, last - 2
    return None


# the shapes of an item naming its body by its head, tried in order (the name first wins: a
# body of three syllables may read as a name, "이석민 온나무 대표")
_HEADED_ITEMS = (_name_org_title, _org_name_title, _org_title_name)


def _headed_body(words: list[Word], first: int, last: int) -> tuple[int, int] | None:
    """The words of the body of an item that names it by its head, in any of the genre's
    orders (None when the item is no such item); no word of the body takes a particle."""
    for shape in _HEADED_ITEMS:
        body = shape(words, first, last)
        if body is not None and not any(w.particle for w in words[body[0] : body[1]]):
            return body
    return None


def _split_and(m: orgs.Mention) -> list[orgs.Mention]:
    """"…, 한빛복지재단 및 미르노인복지관이다": the last two items of a list joined by 및, when
    each side is a body of its own."""
    parts = m.name.split(" 및 ")
    if len(parts) != 2 or not all(orgs.looks_like_org(p, (), m.marked, slot=True) for p in parts):
        return [m]
    left, right = parts
    at = m.end - len(right)
    return [orgs.Mention.outside(left, m.start, m.start + len(left), m.marked),
            orgs.Mention.outside(right, at, m.end, m.marked)]


def _copula_cut(w: Word, name: str) -> str:
    """"…, ㈜미르바이오이다": Kiwi may cut the last name before the copula at the wrong
    syllable (미르바 + 이오이다); the name is then the word without its copula."""
    whole = re.sub(r"(?:이다|입니다)[.]?$", "", w.text)
    if whole != w.text and len(whole) > len(w.stem) and whole.startswith(w.stem) and \
            name.endswith(w.stem):
        return name[: len(name) - len(w.stem)] + whole
    return name


def _item_words(words: list[Word], first: int, last: int, opens: bool,
                closes: bool) -> tuple[int, int]:
    """The words of one enumerated item: the first item starts after the last particle, the
    last one ends at the first word with a particle."""
    if opens:
        k = last
        while k > first and not words[k - 1].particle and not words[k - 1].verbal:
            k -= 1
        first = k
    if closes:
        k = first
        while k < last and not words[k].particle:
            k += 1
        last = k
    return first, last


# "대상 기관은 A, B, C 등 3곳이다", "협약 기관은 A, B이다", "협약 참여 기관은 …": the partners
# in a copula
PARTNERS_ARE = re.compile(
    r"^\s*(?:이번\s)?(?:(?:협약\s?)?(?:협약|대상|참여|참가|협력)\s?(?:기관|기업|단체|대학)|협약\s?상대"
    # "협약 당사자는 A와 B다", "이날 함께 협약을 체결한 기관은 A, B다"
    r"|협약\s?당사자|(?:이날\s)?(?:함께\s)?(?:협약을\s)?(?:체결한|맺은)\s(?:[0-9]{1,2}\s?개\s?)?"
    r"(?:기관|기업|단체|대학))"
    r"(?:은|는)\s")


# "협약 기관: A, B, C", "참여 기관 : A, B": the partners listed after a colon
_PARTNERS_COLON = re.compile(
    r"^\s*(?:[▲△■□○]\s?)?(?:협약|참여|참가)\s?(?:기관|기업|단체|대학)\s?[:：]\s?")


# "이번 협약에는 A, B, C가 참여했다", "협약에 참여한 기관은 A, B, C다", "이번 협약은 A, B, C
# 등 3개 기관이 참여해 마련됐다": the partners of a signing sentence that named one, listed as
# joining it (attending, 참석, lists people)
_JOINED_IN = re.compile(
    rf"^\s*(?:이번\s|이날\s)?(?:\S*(?:{AGREEMENT})식?에는\s.+(?:이|가)\s(?:참여|참가|동참|함께)"
    r"(?:했|하였)다"
    rf"|\S*(?:{AGREEMENT})(?:은|는)\s.+(?:이|가)\s(?:참여|참가)(?:해|하여)\s"
    rf"|\S*(?:{AGREEMENT})에\s(?:참여|참가)한\s(?:기관|기업|단체|대학)(?:은|는)\s)")
# "협약 상대는 누리소방서다": the one partner, in a copula
_COUNTERPART = re.compile(r"^\s*(?:이번\s)?협약\s?상대(?:은|는)\s")
# "이번 협약을 맺은 A와 B는 …", "협약 기관인 A, B, C는 …": the signers as a later sentence's
# subject (the list up to the first 은/는)
_SIGNERS_ARE = re.compile(
    rf"^(\s*(?:이번\s|이날\s)?(?:\S*(?:{AGREEMENT})(?:을|를)\s(?:맺은|체결한)"
    r"|협약\s?(?:기관|기업|대학|당사자)인)\s)(.+?)(?:은|는)\s")


# Rule kind-of-signers: "협약을 맺은 (5개) 대학은 …": the signers' kind as the topic, their
# names listed after it (PARTNERS_ARE), not signers named before 은/는
_KIND_ONLY = re.compile(r"\s*(?:[0-9]{1,2}\s?개\s?)?(?:기관|기업|단체|대학|학교|업체|회사)들?\s*")


def _counterpart(cl: Clause) -> list[orgs.Mention]:
    """"협약 상대는 누리소방서다": the body named before the closing copula."""
    if not _COUNTERPART.match(cl.view) or len(cl.words) < 3:
        return []
    m = orgs.org_at(cl, len(cl.words) - 1, slot=True)
    return [m] if m is not None and m.first_word >= 2 else []


_JOINED_TAIL = re.compile(r"(?:이|가)\s(?:(?:참여|참가|동참|함께)(?:했|하였)다\.?\s*"
                          r"|(?:참여|참가)(?:해|하여)\s.*)$")
_COUNT_TAIL = re.compile(r"\s*등?\s*(\d+|" + count_words_pattern(2, 5)
                         + r")\s?(?:곳|개\s?\S+?)(?:이다|입니다)\.?\s*$")
# "A, B, C 등으로 앞으로 …", "A, B 등이며 …": a list closed by 등 and what follows it
_CLOSED_BY_DEUNG = re.compile(r"(,.*\s\S+?)\s?등(?:으로|이며|이고)\s.*$")


# "누리대학교를 비롯해 A, B 등 3개 기관이": the first body of a list, led by 비롯해
_LED_BY = re.compile(r"(?<=[가-힣A-Za-z)])(?:을|를)\s비롯(?:해|한|하여)\s(?=\S+,)")
# "A와 B, C이다": the first two names of a list joined by 와/과
_JOINED_FIRST = re.compile(r"(?<=[가-힣])(?:와|과)\s(?=[^\s,]+,)")


def commas_only(text: str) -> str:
    """``text`` with the first item of its list parted by a comma as the others are ("A를
    비롯해 B, C", "A와 B, C" -> "A, B, C"; the same length, so the offsets hold)."""
    text = _LED_BY.sub(lambda m: ", " + " " * (len(m.group(0)) - 2), text)
    return _JOINED_FIRST.sub(", ", text, count=1)


# "협약 기관은 ▲A ▲B ▲C다": a list of inline bullets after the topic
_INLINE_BULLETS = re.compile(r"(?<=[은는:]\s)[▲△■□○•]\s?(?=\S)")
_NEXT_BULLET = re.compile(r"\s[▲△■□○•]\s?(?=\S)")


def _bullets_as_commas(text: str) -> str:
    """"협약 기관은 ▲A ▲B ▲C다" as "협약 기관은  A, B, C다" (the same length), when every item
    is one word; else ``text`` as it is."""
    first = _INLINE_BULLETS.search(text)
    if first is None or "," in text:
        return text
    rest = text[first.end():]
    marks = len(_NEXT_BULLET.findall(rest))
    if not marks or len(rest.split()) != marks + 1:
        return text
    rest = _NEXT_BULLET.sub(lambda m: "," + " " * (len(m.group(0)) - 1), rest)
    return text[:first.start()] + " " * (first.end() - first.start()) + rest


# Rule slashed-row: a fact sheet's row of partners parts its names by slashes ("협약 기관 :
# A / B / ㈜C"); read as commas, the same length ("A,  B,  ㈜C")
_SLASH = re.compile(r"\s/\s")


def _slashes_as_commas(row: str) -> str:
    """"A / B / C" as "A,  B,  C" when the row has no comma of its own."""
    return row if "," in row else _SLASH.sub(",  ", row)


def listing(s: Sentence, lead: int) -> str | None:
    """A sentence listing the partners ("대상 기관은 A, B, C 등 3곳이다", "협약 기관: A, B",
    "이번 협약에는 A와 B, C가 참여했다", "이번 협약을 맺은 A와 B는 …"), rewritten in place as
    a copula list "… A, B, C이다." (None when it lists none)."""
    joined = _JOINED_IN.match(s.text)
    colon = _PARTNERS_COLON.match(s.text)
    signers = _SIGNERS_ARE.match(s.text)
    if signers and _KIND_ONLY.fullmatch(signers.group(2)):
        signers = None      # "협약을 맺은 대학은 A, B 등 5곳이다": the kind, the list after it
    if not colon and (s.start < lead or not (PARTNERS_ARE.match(s.text) or joined or signers)):
        return None
    # "… 등 3곳이다": the count closes the list, it is no part of the last name
    text = _COUNT_TAIL.sub("이다.", s.text)
    if colon:               # "협약 기관: A, B, C" (before or after the signing sentence)
        text = " " * colon.end() + _slashes_as_commas(text[colon.end():])
    if joined:              # "이번 협약에는 A, B, C가 참여했다" read as "…, C이다"
        text = _COUNT_TAIL.sub("이다.", _JOINED_TAIL.sub("이다.", text))
    elif signers:           # "이번 협약을 맺은 A와 B는 …" read as "… A와 B이다"
        text = " " * len(signers.group(1)) + signers.group(2) + "이다."
    text = _CLOSED_BY_DEUNG.sub(r"\1 등이다.", text)
    text = _bullets_as_commas(text)
    if "," not in text:     # "협약 당사자는 A와 B다": two names joined by 와/과
        return re.sub(r"(?<=[가-힣])(와|과)\s(?=\S+(?:이다|다)\.?\s*$)",
                      lambda m: ", " + " " * (len(m.group(0)) - 2), text, count=1)
    return commas_only(text)


def named_as_partners(doc: Document, clauses: dict[int, Clause], event: Event,
                      names: list[orgs.Mention]) -> list[orgs.Mention]:
    """A signing sentence that names one party: the others listed in a copula sentence after
    it ("대상 기관은 A, B, C 등 3곳이다")."""
    lead = min(s.sentence.start for s in event.signings)
    # (a fact sheet's row of partners, "■ 협약 기관 : A / B", is marked as a caption is; it is
    # read all the same: rule slashed-row)
    for s in (s for s in doc.sentences if not doc.is_caption(s) or _PARTNERS_COLON.match(s.text)):
        text = listing(s, lead)
        if text is None:
            continue
        items = enumeration(clause(Sentence(s.start, s.start + len(text), text))) or \
            _counterpart(clauses[s.start])
        enough = len(items) >= 2 - bool(_COUNTERPART.match(s.text))
        # (a bare name is listed among bodies: "누리대, 다온병원, 한빛정밀이 참여했다")
        # (a unit is a body by its parent: "협약 상대는 한빛공사 누리지사다")
        bodies = [orgs.looks_like_org(m.name, (), m.marked, slot=True) or bool(
            m.parent and orgs.looks_like_org(m.parent, (), m.marked, slot=True)) for m in items]
        counted = _counted_as_listed(s.text, event, len(items))
        if enough and (any(bodies) or counted) and all(
                b or bare_name(m.name, name_like=counted)
                for b, m in zip(bodies, items, strict=True)):
            return [m for m in items if not any(orgs.same_body(m.name, n.name) for n in names)]
    return []


def _counted_as_listed(text: str, event: Event, listed: int) -> bool:
    """Rule counted-listing: bare names only ("협약 기업은 누리솔, 한결텍, 다온랩이다") are the
    partners when a count vouches for the list: its own ("… 등 3곳이다") or the one the
    signing gave without naming them ("지역 기업 3곳과 … 체결했다"), the same as the names."""
    own = _COUNT_TAIL.search(text)
    if own is not None:
        return count_word(own.group(1)) == listed
    return listed >= 2 and event.unnamed == listed


# "누리갤러리와 한울인쇄도 협약에 참여했다": more partners of a signing that named its own,
# joining it as the subject of a later sentence, with 도 (rule also-joined); joining its
# ceremony ("…도 협약식에 참가했다") is a guest's attending, no signing
_ALSO_JOINED = re.compile(
    rf"(?<=[가-힣A-Za-z)])도\s(?:이번\s|이날\s)?(?:(?:{AGREEMENT})에\s(?:함께\s)?"
    r"(?:참여|참가|동참)|(?P<signed>(?:함께\s)?(?:협약서에\s(?:함께\s)?)?서명))"
    r"(?:했|하였)다\.?\s*$")
# (rule also-signed: "또 A, B, C도 함께 서명했다" — the list may open with 또 or 이 밖에; bodies
# that signed too need no ending when three or more are listed, none a person's name)
_ALSO_OPENS = re.compile(r"\s*(?:(?:또|또한|이\s?밖에|아울러)\s)?")
# the last two names of "A, B와 C" / "A와 C": 와/과 before the last word
_LAST_AND = re.compile(r"(?<=[가-힣A-Za-z)])(?:와|과)\s(?=\S+이다\.$)")


def also_joined(doc: Document, event: Event, names: list[orgs.Mention]) -> list[orgs.Mention]:
    """Rule also-joined: the bodies a sentence after the signing says joined it too ("A와 B도
    협약에 참여했다"), read as the copula list "A, B이다"; the sentence opens with the list
    (not "지난해에는 A와 B도 …")."""
    lead = min(s.sentence.start for s in event.signings)
    for s in doc.body():
        also = _ALSO_JOINED.search(s.text)
        if s.start <= lead or also is None:
            continue
        text = _LAST_AND.sub(lambda m: ", " + " " * (len(m.group(0)) - 2),
                             s.text[: also.start()] + "이다.")
        opened = len(text) - len(_ALSO_OPENS.sub("", text, count=1))
        text = " " * opened + text[opened:]     # (offsets hold)
        items = enumeration(clause(Sentence(s.start, s.start + len(text), text)))
        opens = not text[: items[0].start - s.start].strip() if items else False
        if opens and (_bodies_joining(items) or also.group("signed") and _bodies_signing(items)):
            return [m for m in items if not any(orgs.same_body(m.name, n.name) for n in names)]
    return []


def _bodies_signing(items: list[orgs.Mention]) -> bool:
    """Rule also-signed: three or more bare names of three syllables or more, none a
    person's ("두레나눔, 한마음공방, 온기살림도 함께 서명했다")."""
    return len(items) >= 3 and all(len(m.name) >= 3 and not is_name(m.name)
                                   and not m.name.endswith("들") for m in items)


def _bodies_joining(items: list[orgs.Mention]) -> bool:
    """Two or more bodies, one with an ending vouching for the bare names beside it; people
    joining are no bodies ("자원봉사자와 청소년도 …"), nor a bare word of two syllables."""
    bodies = [orgs.looks_like_org(m.name, (), m.marked, slot=True) for m in items]
    return len(items) >= 2 and any(bodies) and all(
        b or bare_name(m.name) and len(m.name) >= 3 and not m.name.endswith("들")
        for b, m in zip(bodies, items, strict=True))
