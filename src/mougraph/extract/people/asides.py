"""People in brackets (rule aside): "경복대학교(총장 서하늘)", and the short forms
"(…, 이하 공단)" defines.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ...lexicons import foreign_family_names, japanese_given_names
from .. import orgs
from ..clause import Aside, Clause
from ..lexicon import Title, ending, is_family_name, is_name, title_of
from .bodies import beside_word
from .body_title import ACTING
from .context import body_before_name
from .foreign import rare_name_in_aside
from .latin import LATIN_BODY_WORD, LATIN_PERSON, latin_body
from .mention import PersonMention
from .units import regional_branch


def aside_people(cl: Clause) -> list[PersonMention]:
    """Rule aside: "경복대학교(총장 서하늘)", "(김철수 회장)", "(총장 Nguyen Van An)",
    "(부장 홍길동 목사, 총무 김철수 목사)", "(지구대장 홍길동 경정)", "(총장 존 스미스)";
    the word before a head is the body even when it reads like a name ("하늘결(대표 김철수)")."""
    out = []
    for aside in cl.asides:
        if aside.word < 0:
            continue
        m = orgs.org_at(cl, aside.word) or orgs.brand_at(cl, aside.word)
        word = cl.words[aside.word]
        name = word.stem[:-1] if word.stem.endswith("씨") and is_name(word.stem[:-1]) else (
            word.stem if is_name(word.stem) else None)  # ("김누리씨(대표)": 씨 is no part)
        if m is None and name and (named := _titled_in_aside(name, aside)):
            body = None if named.org else body_before_name(cl, aside.word)
            if body is None and not named.org:      # "누리상회 김누리씨(대표)"
                named = replace(named, beside=beside_word(cl, aside.word, aside.word + 1, None,
                                                          named.title))
            out.append(replace(named, org=body, context=body, explicit=True) if body else named)
            continue
        if m is None and (not word.stem or title_of(word.stem) or len(word.stem) < 2):
            continue
        latin = latin_body(cl, aside.word) if m is None and word.stem and \
            LATIN_BODY_WORD.fullmatch(word.stem) else None
        org = m.name if m else latin or word.stem  # "솔바람양봉(대표 지은채)", "AB CDE(대표 …)"
        org = _dotted_piece(cl, aside, org, m.start if m else cl.offset(word.start))
        for title_word, name, rank in aside_heads(aside.text):
            body, title_word = _branch_of_aside(org, title_word)
            out.append(PersonMention(name, title_word, title_word, rank, body, True, None,
                                     None, aside.start, aside.end))
    return out


def _branch_of_aside(org: str, title_word: str) -> tuple[str, str]:
    """Rule branch-aside: "가람건설협회(서울시회 회장 박누리)" — a branch written before the
    title in the aside belongs to the body: the person heads "가람건설협회 서울시회", read as
    "박누리 가람건설협회 서울시회 회장" is (whether the branch or the body signs decides later)."""
    branch, _, title = title_word.partition(" ")
    if title and regional_branch(branch):
        return f"{org} {branch}", title
    return org, title_word


def _titled_in_aside(name: str, aside: Aside) -> PersonMention | None:
    """Rule name-aside: "김가람(가람시장)", "박누리(누리건설 대표)": a name whose aside holds
    its title, with the body fused into it or written before it."""
    parts = aside.text.split()
    hit = title_of(parts[-1]) if 1 <= len(parts) <= 3 else None
    if hit is None:
        return None
    rank, prefix = hit
    body = " ".join(parts[:-1])
    if prefix:
        fused = rank.body_of(prefix)
        if not (orgs.looks_like_org(fused, slot=True) or orgs.is_place(fused)):
            return None
        body = f"{body} {fused}".strip()
    elif body and not orgs.looks_like_org(body, slot=True):
        return None
    return PersonMention(name, rank.title, rank.title, rank, body or None, bool(body), None,
                         None, aside.start, aside.end)


def _dotted_piece(cl: Clause, aside: Aside, org: str, org_start: int) -> str:
    """"가람복지관(관장 …)ㆍ가람소방서(서장 …)ㆍ…": Kiwi reads the dotted list as one word; the
    aside heads the piece written right before it."""
    if orgs.list_parts(org) is None and orgs.list_parts(org.split(" ")[0]) is None:
        return org                      # one name ("한·베 가람전문대학교")
    before = cl.sentence.text[org_start - cl.sentence.start : aside.start - 1 - cl.sentence.start]
    piece = orgs.DOTS.split(re.sub(r"\([^)]*\)", "", before))[-1].strip()
    return piece if len(piece) >= 2 else org


# the parts of an aside: split at commas, and at a middle dot after a Latin gloss (rule
# gloss-dot-head: "(Lavent State University·총장 마크 홀든)"; "(대표 김누리·이하늘)" stays whole)
_ASIDE_PARTS = re.compile(r"[,，]|(?<=[A-Za-z.)])\s*[·ㆍ]\s*")


# rule former-name-first: the body's former name opening an aside, parted from its head by a
# middle dot or a comma ("다온식품(옛 다온에프앤비·대표 류승완)")
_FORMER_NAME = re.compile(r"^\s*(?:옛|舊)\s?[^·ㆍ,，()]+[·ㆍ,，]\s*")


def aside_heads(text: str) -> list[tuple[str, str, Title]]:
    """(title, name, rank) of each head an aside names: "대표 홍길동", "부장 A 목사, 총무 B"."""
    text = re.sub(r"\s*이하\s.*$", "", re.split(r"\s이하\s", text)[0])
    text = _FORMER_NAME.sub("", text)
    heads = (_aside_head(part.split()) for part in _ASIDE_PARTS.split(text))
    return [h for h in heads if h is not None]


def heads_body(cl: Clause, k: int) -> bool:
    """Word ``k`` is followed by an aside naming its head ("하늘결(대표 김철수)")."""
    return any(a.word == k and aside_heads(a.text) for a in cl.asides)


# what may follow a name in an aside without being part of it: a rank or a calling
# ("(지구대장 홍길동 경정)", "(부장 홍길동 목사)")
_AFTER_NAME = {"목사", "장로", "스님", "신부", "수녀", "박사", "경정", "경감", "경위", "총경",
               "경무관", "전도사", "권사", "집사", "씨",
               "준장", "중장", "대령", "중령", "소령", "대위", "중위", "소위", "원사"}
# military ranks, written between a head title and the name ("(사단장 소장 홍길동)") or after
# the name ("(단장 홍길동 준장)"); 소장 and 대장 are also titles, so only in those places
_RANKS = {"준장", "중장", "대령", "중령", "소령", "대위", "중위", "소위", "원사", "소장", "대장"}
# rule professor-after-head: a professor heading a university's unit, "(단장 홍길동 교수)":
# 교수 is a title of its own, so it is cut only after a head's title and the name
_POSTS_AFTER_NAME = {"교수"}
# a foreign name written in Hangul: two to four words of one to five syllables
_HANGUL_FOREIGN = re.compile(r"[가-힣]{1,6}(?:\s[가-힣]{1,6}){1,3}")


def _aside_head(tokens: list[str]) -> tuple[str, str, Title] | None:
    """(title, name, rank) of one part of an aside: "총장 홍길동", "홍길동 회장", "총장 존 스미스".
    """
    monk = len(tokens) == 3 and tokens[-1] == "스님"
    if len(tokens) >= 3 and (tokens[-1] in _AFTER_NAME or (
            tokens[-1] in _RANKS | _POSTS_AFTER_NAME and title_of(tokens[0]) is not None)):
        tokens = tokens[:-1]
    if len(tokens) >= 3 and tokens[1] in _RANKS and title_of(tokens[0]) is not None:
        tokens = [tokens[0], *tokens[2:]]       # "(단장 준장 홍길동)"
    if len(tokens) >= 3 and orgs.one_title(tokens[0], tokens[1]):
        tokens = [tokens[0] + tokens[1], *tokens[2:]]     # "(상임 대표 홍길동)"
    elif len(tokens) >= 3 and orgs.one_title(tokens[-2], tokens[-1]):
        tokens = [*tokens[:-2], tokens[-2] + tokens[-1]]  # "(홍길동 대표 이사)"
    if len(tokens) == 3 and tokens[1] in ACTING - {"겸"} and is_name(tokens[2]) and \
            (hit := title_of(tokens[0])) is not None:
        return f"{tokens[0]} {tokens[1]}", tokens[2], hit[0]   # "(총장 직무대행 김누리)"
    if len(tokens) == 3 and regional_branch(tokens[0]) and is_name(tokens[2]) and \
            (hit := title_of(tokens[1])) is not None and not hit[1]:
        return f"{tokens[0]} {tokens[1]}", tokens[2], hit[0]   # "(서울시회 회장 김누리)"
    if len(tokens) < 2:
        return None
    readings = ((tokens[0], " ".join(tokens[1:])), (tokens[-1], " ".join(tokens[:-1])))
    for title_word, name in readings:
        hit = title_of(title_word)
        if hit is None or (hit[1] and not _compound_ok(title_word)):
            continue
        if is_name(name) or LATIN_PERSON.fullmatch(name) or (
                title_word == tokens[0] and (_foreign_name(name) or _do_name(name)
                                             or rare_name_in_aside(name)
                                             or monk and _dharma_name(name))):
            return title_word, name, hit[0]
    return _joint_titles(tokens)


def _dharma_name(word: str) -> bool:
    """Rule dharma-name-aside: "세온사(주지 법운 스님)" — between a title and 스님 in an aside,
    a word of two syllables naming no title, body or place is a monk's dharma name (no family
    name; the same reading as post-name-calling outside brackets)."""
    return bool(re.fullmatch(r"[가-힣]{2}", word)) and title_of(word) is None \
        and ending(word) is None and not orgs.is_region(word) and not orgs.is_place(word) \
        and word not in ACTING


def _do_name(word: str) -> bool:
    """Rule given-name-도-after-title: "(총장 장수도)" — right after a title in an aside, a
    family name and a given name ending in 도 is a name even where its stem names a county
    (장수군: 장수도 could otherwise be an island or a province); a region is still none."""
    return (len(word) == 3 and word.endswith("도") and is_family_name(word[0])
            and not orgs.is_region(word) and not orgs.is_region(word[:-1])
            and not orgs.is_known_form(word))


def _joint_titles(tokens: list[str]) -> tuple[str, str, Title] | None:
    """"(산학협력단장 겸 연구처장 홍길동)": titles joined by 겸 before the name."""
    if len(tokens) < 4 or "겸" not in tokens[1:-2] or not is_name(tokens[-1]):
        return None
    hit = title_of(tokens[-2])
    return (" ".join(tokens[:-1]), tokens[-1], hit[0]) if hit else None


def _foreign_name(name: str) -> bool:
    """"존 스미스", "다로 야마다": Hangul words after a title naming no title, body or place."""
    return bool(_HANGUL_FOREIGN.fullmatch(name)) and not any(
        (title_of(w) or ending(w) or orgs.is_region(w) or w in _AFTER_NAME)
        and not _listed_foreign(w, name.split()) for w in name.split())


def _listed_foreign(word: str, words: list[str]) -> bool:
    """Rule listed-foreign-in-aside: beside a foreign family name the lexicon lists, a
    Japanese given name it lists ("다나카 히로시": 히로시 ends like a city) is a word of the
    name; beside no listed family name ("가온 히로시") it stays unread."""
    return word in japanese_given_names() and any(w in foreign_family_names() for w in words)


def _compound_ok(word: str) -> bool:
    return bool(re.fullmatch(r"[가-힣0-9]{2,12}", word))


def defined_short_forms(cl: Clause) -> list[tuple[str, str]]:
    """"대전시설관리공단(이사장 하민철, 이하 공단)" -> (대전시설관리공단, 공단)."""
    out = []
    for aside in cl.asides:
        match = re.search(r"이하\s*['‘\"“]?([가-힣A-Za-z]{1,10})", aside.text)
        if match and aside.word >= 0:
            m = orgs.org_at(cl, aside.word)
            if m is not None:
                out.append((_part_before(cl, m.name, aside), match.group(1)))
    return out


def _part_before(cl: Clause, name: str, aside: Aside) -> str:
    """"가온기금(이하 …)·누리진흥원(이하 …)과": of names joined by dots in one word, the one
    written right before the aside owns what it defines."""
    parts = orgs.DOTS.split(name)
    before = cl.sentence.text[: aside.start - 1 - cl.sentence.start].rstrip()
    return next((p for p in parts if len(parts) > 1 and before.endswith(p)), name)
