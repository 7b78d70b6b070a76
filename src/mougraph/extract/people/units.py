"""A body's units, departments, deputies and branches: whose body a department's head
speaks for, a branch named after its place, bodies shared by one person.
"""
from __future__ import annotations

import re

from ...lexicons import count_words_pattern, countries, foreign_cities
from .. import orgs
from ..clause import Clause
from ..lexicon import Title, ending, title_of

# what a university's or a hospital's deputy is in charge of ("연구부총장", "의무부원장"; one
# or two domains: "교육연구부총장")
_DEPUTY_DOMAIN = re.compile(
    r"(?:연구|교학|대외|의무|학생|산학|진료|교육|국제|행정|기획|수석|상임)+")


def deputy_domain(full_title: str, title: str) -> bool:
    """"연구부총장": a deputy (부…) of a domain, who heads like any deputy of that title."""
    prefix = full_title[: -len(title)] if full_title.endswith(title) else ""
    return title.startswith("부") and _DEPUTY_DOMAIN.fullmatch(prefix) is not None


# a department of a body ("농업정책과 … 과장", "기획팀 … 팀장"): its head speaks for the body
# written before the department, not for the one the sentence is about
_DEPARTMENT_HEADS = {"과장": "과", "팀장": "팀", "국장": "국", "실장": "실", "계장": "계"}


# "A, B, C 등 세 개 기업의 홍길동 대표이사", "가람·누리·다솜 3사의 홍길동 대표이사"
_BODIES_NOUN = re.compile(r"(?:\d+)?(?:개\s?)?(?:기업|기관|회사|업체|법인|단체|계열사|사|곳)")
_COUNT_WORD = re.compile(r"\d+개?|" + count_words_pattern(1, 10) + r"|개|등")


def shared_bodies(cl: Clause, name_at: int) -> list[str]:
    """Rule shared-head: the bodies listed before "… N개 기업의" whose one head is the person."""
    words = cl.words
    k = name_at - 1
    if k < 1 or words[k].particle != "의" or not _BODIES_NOUN.fullmatch(words[k].stem):
        return []
    k -= 1
    while k >= 0 and not words[k].particle and _COUNT_WORD.fullmatch(words[k].stem):
        k -= 1
    items: list[str] = []
    while k >= 0 and words[k].stem and not words[k].verbal and \
            (not words[k].particle or words[k].text.endswith(",")):
        parts = orgs.list_parts(words[k].stem) or orgs.DOTS.split(words[k].stem)
        items[:0] = [x for x in parts if x]
        k -= 1
        while k >= 0 and not words[k].stem and words[k].particle == ",":
            k -= 1
    if len(items) < 2 or any(title_of(x) or orgs.is_region(x) for x in items):
        return []
    return items


def brand_unit(fused: str | None) -> str | None:
    """"AB남부고객본부": a unit glued to a Latin brand is the brand's; the brand is returned."""
    m = re.fullmatch(r"([A-Z][A-Za-z&]*)([가-힣]{2,})", fused or "")
    if m is None:
        return None
    e = ending(m.group(2))
    return m.group(1) if e is not None and e.unit and not orgs.is_bare_unit(m.group(2)) \
        else None


def department_name(fused: str) -> bool:
    """"대외협력본부", "국제처", "기획조정실": one word naming a unit or department of a body."""
    e = ending(fused)
    department = e is not None and (e.unit or e.suffix in _DEPARTMENT_ENDINGS)
    return (department and " " not in fused and not orgs.is_bare_unit(fused)) or \
        _ROLE_COMMITTEE.fullmatch(fused) is not None


# a body's own committee named by its role only ("홍길동 한빛협회 운영위원장": 한빛협회's officer)
_ROLE_COMMITTEE = re.compile(r"(?:운영|조직|추진|집행|기획|자문|이사|발전|평가|윤리|인사)위원회")


# endings of a body's departments ("가람시청 홍길동 기획조정실장": 가람시청's officer)
_DEPARTMENT_ENDINGS = {"조정실", "비서실", "실", "국", "처", "부"}


def hall(prefix: str, word: str) -> bool:
    """"제1전시장": a hall, not a title ("제3포병여단장" is one: a numbered unit's head)."""
    return word.endswith("전시장") or (bool(re.match(r"제\s?\d", prefix))
                                       and word.endswith("시장"))


def department_body(cl: Clause, name_at: int, title: str) -> str | None:
    """"경상남도 농업정책과 박지훈 과장": the body whose department the person heads."""
    unit = _DEPARTMENT_HEADS.get(title)
    if unit is None or name_at < 2:
        return None
    dept = cl.words[name_at - 1]
    if not dept.text.endswith(unit) or len(dept.text) < 3 or dept.text.endswith(","):
        return None
    body = cl.words[name_at - 2]
    if body.particle or not body.stem:
        return None
    m = orgs.org_at(cl, name_at - 2)
    if m is not None:
        return m.name
    return body.stem if orgs.is_region(body.stem) or orgs.is_place(body.stem) else None


# heads of a branch named after its place: "가람군지부장" heads 가람군지부, not 가람군
BRANCH_HEADS = frozenset({"지부장", "지점장", "지사장", "지회장", "지국장"})


def place_branch(rank: Title, prefix: str) -> str | None:
    """Rule place-branch: "홍길동 가온농협 가람군지부장": the place fused with a branch head's
    title names the branch (가람군지부, a unit of the body before it), not the place's
    government."""
    if rank.title not in BRANCH_HEADS:
        return None
    branch = rank.title[:-1]
    for k in range(2, len(prefix) - 1):
        # "농협가람군지부장": a body glued to the place of its branch
        head, place = prefix[:k], prefix[k:]
        if orgs.is_place(place) and (orgs.is_known_form(head) or orgs.looks_like_org(head)):
            return f"{head} {place}{branch}"
    if orgs.is_place(prefix) or orgs.is_region(prefix) or prefix in _BRANCH_REGIONS:
        return prefix + branch
    return None


# areas wider than one province that name a body's branches ("누리전력 호남지사장"), no
# places of their own to stand before a name
_BRANCH_REGIONS = frozenset("""충청 호남 영남 수도권 경인 영동 영서 충청권 호남권 영남권 대경권
동남권 서남권 중부 남부 북부 서부 동부""".split())


# "김가온 가온지사 회장": a branch named after its place, between a name and a title (its
# head's title is the one after it; "가온지사" alone would be a governor)
_BRANCH_WORD = re.compile(r"[가-힣]{2,8}(?:지사|지점|지국|지회|지부|지청)")


# rule branch-not-alias: a company's office abroad or in a city, named after its place
# ("베트남법인", "하노이지점", "미국지사", "현지법인"): a part of the company, not its name
_PLACE_BRANCH = re.compile(r"(?P<place>[가-힣]{1,8}?)(?:법인|지사|지점|사무소)")
_ABROAD = frozenset({"현지", "해외", "국내", "중남미", "북미", "남미", "유럽", "동남아", "중동"})


def branch_of_place(word: str) -> bool:
    """Whether ``word`` is a company's branch named after its place ("베트남법인")."""
    m = _PLACE_BRANCH.fullmatch(word)
    return m is not None and (m["place"] in countries() or m["place"] in foreign_cities()
                              or m["place"] in _ABROAD or orgs.is_place(m["place"])
                              or orgs.is_region(m["place"]))


_NUMBERED_VILLAGE = re.compile(r"(?:제)?[0-9]+리")


def numbered_village(stem: str) -> bool:
    """Rule numbered-village: "1리", "제3리" — a numbered 리 written alone, the village a
    village head (이장) heads, its place left to the party's name ("솔바람1리 마을회")."""
    return _NUMBERED_VILLAGE.fullmatch(stem) is not None


# rule office-place: "솔빛2동 동장", "가온읍 읍장" - the 동/읍/면 written apart before its head's
# title (the office, 행정복지센터 or 주민센터, is the party: representatives._office_of)
_OFFICE_PLACE = re.compile(r"[가-힣]{1,6}[0-9]{0,2}(동|읍|면)")


def office_place(cl: Clause, k: int, i: int) -> str | None:
    """Rule office-place: word ``k`` is the 동, 읍 or 면 whose head's title (동장, 읍장, 면장)
    is word ``i``; the place's name."""
    w = cl.words[k]
    m = _OFFICE_PLACE.fullmatch(w.stem)
    if m is None or w.particle or cl.words[i].stem != m.group(1) + "장" or len(w.stem) < 2:
        return None
    return w.stem


def branch_word(stem: str) -> bool:
    return _BRANCH_WORD.fullmatch(stem) is not None and not orgs.is_region(stem)


def regional_branch(stem: str) -> bool:
    """A body's branch named after its place: "가온지회", "누리지부", and an association's
    city or province chapter ("서울시회", "경기도회": the place and 회)."""
    return branch_word(stem) or (stem.endswith(("시회", "도회")) and len(stem) >= 4
                                 and orgs.is_place(stem[:-1]))


def titled_branch(cl: Clause, i: int) -> bool:
    """Word ``i`` is a branch followed by its head's title ("가온지사 회장"), not a title."""
    w = cl.words[i]
    return branch_word(w.stem) and not w.particle and i + 1 < len(cl.words) and \
        title_of(cl.words[i + 1].stem) is not None


# Rule office-department: "가온시청자치행정과장", "가온구청평생교육과장" - a city, district or
# county office (시청, 구청, 군청, 도청) fused with one of its departments and the head of it
_OFFICE_DEPARTMENT = re.compile(r"(?P<office>[가-힣]{1,5}(?:시|구|군|도)청)(?P<unit>[가-힣]{2,10}?"
                                r"(?:과|국|실|팀|담당관))장")


def office_department(word: str) -> tuple[str, str] | None:
    """Rule office-department: the office a department head's title opens with and the rest,
    the title ("가온시청자치행정과장" -> ("가온시청", "자치행정과장")): the person is the
    office's, not the party named before in a list; 청 before 소년/년 is the unit's own
    ("가온시청소년과장": 가온시's 청소년과)."""
    m = _OFFICE_DEPARTMENT.fullmatch(word)
    if m is None:
        return None
    office, unit = m["office"], m["unit"]
    if unit.startswith(("소년", "년")):
        office, unit = office[:-1], "청" + unit
    return (office, unit + "장") if len(office) >= 3 else None


def office_title(word: str) -> str | None:
    """The title of a city office's department head, without the office (rule
    office-department: "가온시청자치행정과장" -> "자치행정과장")."""
    office = office_department(word)
    return office[1] if office else None
