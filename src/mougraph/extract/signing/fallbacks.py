"""A slot's item that names no organisation the readers know: FALLBACK_RULES, tried in
order (its head, a coined unit, a proper noun, a transcription, a quoted name, …).
"""
from __future__ import annotations

import re
from collections.abc import Callable

from ...lexicons import countries, lexicon_words, read_lexicon
from ...morph import Word, common_compound, unknown_noun
from .. import orgs
from ..clause import Clause
from ..cues import AGREEMENT
from ..lexicon import ending, foreign_syllable, is_name, is_two_syllable_family_name, title_of
from ..orgs.looks import common_words_name
from ..people.asides import heads_body
from .backed import backed
from .parts import (
    COUNT_HEADS,
    KIND_ONLY,
    LATIN_WORD,
    NOT_PARTIES,
    SlotItem,
    after_time_words,
    listed_body,
    titled_after,
)


def _by_its_head(item: SlotItem) -> list[orgs.Mention]:
    """"가온시장과 누리대 총장이 … 협약을 체결했다": a party named only by its head's title,
    fused ("가온시장": 가온시) or after the body ("누리대 총장": 누리대)."""
    cl, first, last, words = item.cl, item.first, item.last, item.cl.words
    hit = title_of(words[last].stem)
    if hit is None or words[last].stem in NOT_PARTIES:
        return []
    rank, prefix = hit
    if prefix and last == first and rank.fuse:
        fused = rank.body_of(prefix)
        if orgs.looks_like_org(fused, slot=True) and not is_name(prefix):
            at = cl.offset(words[last].start)
            return [orgs.Mention(fused, at, at + len(prefix), last, last)]
        return []
    if not prefix and last == first + 1:
        body = orgs.org_at(cl, first, slot=True)
        return [body] if body is not None and body.first_word == first else []
    return []


def _coined_unit(item: SlotItem) -> list[orgs.Mention]:
    """"한국산업협력공단 첨단소재융합MC와": a unit with a coined Latin name after its body."""
    cl, first, last, words = item.cl, item.first, item.last, item.cl.words
    if not (last > first and re.search(r"[A-Za-z]", words[last].stem)
            and not words[last].verbal):
        return []
    body = orgs.org_at(cl, last - 1, slot=True)
    if body is None or kind_only(body.name.rsplit(" ", 1)[-1]):
        return []                   # "종합물류기업 AB&C와": what kind of company, no body
    name = f"{body.name} {words[last].stem}"
    return [orgs.Mention(name, body.start, cl.offset(words[last].stem_end - 1) + 1,
                         body.first_word, last, body.marked, body.name)]


def _proper_noun(item: SlotItem) -> list[orgs.Mention]:
    """"미국 Microsoft와", "Hanoi University of Science와", "금륜과": a proper noun in the slot."""
    cl, first, last, words = item.cl, item.first, item.last, item.cl.words
    if not _proper(cl, last):
        return []
    at = last
    while at > first and LATIN_WORD.fullmatch(words[at - 1].stem) and \
            LATIN_WORD.fullmatch(words[last].stem):
        at -= 1
    while at < last and words[at].stem.islower():
        at += 1
    if at == last and last > first and not kind_only(words[last - 1].stem) \
            and not orgs.place_of_genitive(words[last - 1].stem) and (
            _transcribed_brand(cl, last) or _transcribed(cl.words[last - 1])
            or _coined_brand(cl, last)):
        at -= 1                     # "아마존 웹서비스와", "엔비디아 코리아와": one company
    name = " ".join(w.stem for w in words[at : last + 1])
    start = cl.offset(words[at].start)
    parts = orgs.DOTS.split(name)
    if at == last and len(parts) > 1 and all(_BARE_PART.fullmatch(p) for p in parts):
        # rule dotted-proper-list: "빛누리·루멘텍과" names two companies (not "한·중": a
        # syllable each is one name's pieces)
        out, pos = [], start
        for p in parts:
            out.append(orgs.Mention(p, pos, pos + len(p), at, last, cl.marked(last)))
            pos += len(p) + 1
        return out
    return [orgs.Mention(name, start, start + len(name), at, last, cl.marked(last))]


_BARE_PART = re.compile(r"[가-힣A-Za-z&]{2,10}")


def kind_only(stem: str) -> bool:
    """Rule kind-glued-to-name: "화학기업 베르크만케미", "종합물류기업 AB&C": a word that only
    says what kind of company follows — the kind alone ("기업") or after common nouns only
    ("종합물류기업"; not "한빛기업", a company's own name) — is no part of the name."""
    if not COMPANY_KIND.fullmatch(stem):
        return False
    e = ending(stem)
    return e is None or stem == e.suffix or common_words_name(stem)


def _transcribed(w: Word) -> bool:
    """A foreign name in Hangul Kiwi knows as a proper noun: a syllable no Korean word has,
    or three syllables or more that read as no Korean name ("엔비디아", "프라운호퍼")."""
    return (_proper_word(w)
            and (any(foreign_syllable(c) for c in w.stem)
                 or (len(w.stem) >= 3 and not is_name(w.stem)))
            and ending(w.stem) is None and not w.stem.endswith(("지역", "지방", "일대"))
            # "영광의", "말사인": a place with 의, a relation with 인 (rules place-genitive,
            # relation-before-name)
            and not orgs.place_of_genitive(w.stem) and not orgs.relation_adnominal(w.stem))


def _proper_word(w: Word) -> bool:
    """A bare proper noun of 2-6 syllables that is no country, place or title: the first
    word of a foreign company's name in Hangul."""
    return (w.tags[:1] == ("NNP",) and not w.particle and not w.verbal
            and re.fullmatch(r"[가-힣]{2,6}", w.stem) is not None
            and w.stem not in countries() and not orgs.is_region(w.stem)
            and not orgs.is_place(w.stem) and title_of(w.stem) is None)


def _transcribed_pair(item: SlotItem) -> list[orgs.Mention]:
    """Rule transcribed-pair: "미국 메이요 클리닉과", "독일 프라운호퍼 연구소와": a foreign name in
    Hangul, then one more word of the company's or institute's name."""
    cl, last, words = item.cl, item.last, item.cl.words
    w = words[last]
    if last <= item.first or not _transcribed(words[last - 1]) or w.verbal or \
            re.fullmatch(r"[가-힣]{2,8}", w.stem) is None or title_of(w.stem) is not None or \
            w.stem.endswith("들") or w.stem in COUNT_HEADS | NOT_PARTIES | _COMPANY_PEOPLE:
        return []                   # "가온지역 상인들과": people of a place, no company
    start, end = cl.span_of(last - 1, last)
    return [orgs.Mention(f"{words[last - 1].stem} {w.stem}", start, end, last - 1, last,
                         cl.marked(last))]


def _transcribed_brand(cl: Clause, last: int) -> bool:
    """Rule transcribed-brand: "아마존 웹서비스", "마이크로소프트 애저": a proper noun before a
    transcribed word (a syllable no Korean word has) in the same item names one company."""
    prev, w = cl.words[last - 1], cl.words[last]
    return (_proper_word(prev) and any(foreign_syllable(c) for c in w.stem)
            and orgs.org_at(cl, last - 1) is None)


def _coined_brand(cl: Clause, last: int) -> bool:
    """Rule coined-brand: "솔다 클라우드와", "록아 헬스케어와": a coined word Kiwi does not know
    as one common noun, right before a transcribed proper noun, is the company's brand (not
    "공공 클라우드", "국내 헬스케어": a common word only says what kind)."""
    prev, w = cl.words[last - 1], cl.words[last]
    return (not prev.particle and not prev.verbal
            and re.fullmatch(r"[가-힣]{2,4}", prev.stem) is not None
            and any(foreign_syllable(c) for c in w.stem) and not orgs.ordinary_noun(prev.stem)
            and prev.stem not in countries() and not orgs.is_place(prev.stem)
            and not orgs.is_region(prev.stem) and not orgs.describes(prev.stem)
            and title_of(prev.stem) is None and orgs.org_at(cl, last - 1) is None)


def _headed_body(item: SlotItem) -> list[orgs.Mention]:
    """"솔빛(대표 홍길동), 하늘결(대표 김철수)과": a word whose aside names its head is a body,
    whatever its ending; a parent body or a Latin name before it belongs to the name
    ("AB 텔레콤(대표 …)", "가람전문대학교 국방계열(계열장 …)")."""
    cl, last, words = item.cl, item.last, item.cl.words
    w = words[last]
    if not (w.stem and len(w.stem) >= 2 and not w.verbal and heads_body(cl, last)
            and not orgs.is_region(w.stem) and title_of(w.stem) is None):
        return []
    first = last
    while first > item.first and _part_of_headed(cl, first - 1):
        first -= 1
    name = " ".join(x.stem for x in words[first : last + 1])
    start, end = cl.span_of(first, last)
    parent = name.rsplit(" ", 1)[0] if first < last else None
    return [orgs.Mention(name, start, end, first, last, cl.marked(last), parent)]


def _part_of_headed(cl: Clause, k: int) -> bool:
    """Word ``k`` before a headed body: its parent ("가람전문대학교") or a Latin name ("AB")."""
    w = cl.words[k]
    if w.particle or w.verbal or not w.stem or orgs.is_region(w.stem) or orgs.is_place(w.stem):
        return False
    return bool(LATIN_WORD.fullmatch(w.stem)) or orgs.looks_like_org(w.stem, w.tags) or \
        orgs.denomination(w.stem)           # "예장가온 총회(총회장 …)"


def _listed_before_count(item: SlotItem) -> list[orgs.Mention]:
    """"가온테크, 누리소프트 등 기업 9곳과": a bare word listed before the count is a body
    (but a word with a known ending that org_at refused is a kind of body: "복지관 등 5곳")."""
    cl, words = item.cl, item.cl.words
    first = after_time_words(words, item.first, item.last)   # ("3일 한빛정밀 등 5개 기업과")
    if not (item.counted and item.last == first and listed_body(cl, first)
            and not words[first].particle and first + 1 < len(words)
            and words[first + 1].stem in {"등", "외"} and ending(words[first].stem) is None):
        return []
    at = cl.offset(words[first].start)
    return [orgs.Mention(words[first].stem, at, at + len(words[first].stem), first, first,
                         cl.marked(first))]


def _unit_of_topic(item: SlotItem) -> list[orgs.Mention]:
    """"누리대학교는 산학협력단이 …": the unit of the body the sentence is about (it replaces
    that body in the subject)."""
    cl, first, words = item.cl, item.first, item.cl.words
    if not (item.role == "subject" and item.target and item.last == first and first > 0
            and orgs.is_bare_unit(words[first].stem) and words[first - 1].particle in ("은", "는")):
        return []
    body = item.target.pop()
    end = cl.offset(words[first].start) + len(words[first].stem)
    return [orgs.Mention(f"{body.name} {words[first].stem}", body.start, end,
                         body.first_word, first, body.marked, body.name)]


# What a slot item names when no organisation name is read in it, tried in this order
# (the first rule that finds something wins). A new construction is a new row.
# "사회적기업 누리나눔과", "스타트업 누리랩과", "식품 가공업체 누리푸드와": a word saying what
# kind of company stands right before the company's bare name ("쇼핑 플랫폼 누리몰과", "의류
# 브랜드 다온핏과": a platform or a brand is the company that runs it; "공연기획사 라움과",
# "구호단체 솔바람과": an agency, or a charity or civic group by its kind; "팹리스 솔칩스와",
# "핀테크 다온페이와": an industry's loanword for its companies, as a whole word only —
# "누리핀테크" is a name; rule industry-loanword-kind; the loanwords: industry_loanwords.txt)
_INDUSTRY_LOANWORDS = tuple(row[0] for row in read_lexicon("industry_loanwords.txt"))
# (rule trade-kind: "현지 부품사 탄롱과", "유통사 그린베일과": a company by the trade it
# is in, 사 after the trade; never the kind as a class: "부품사들과", "여러 유통사와" name
# no company, nor does a kind with no name after it)
_TRADE_KINDS = r"(?:부품|유통|제약|협력|공급|납품|건설|통신|해운|항공|물류|여행|출판|배급|" \
    r"투자|증권|보험|카드|식품|화장품|장비|소재|완성차|자동차|게임|정유|화학|철강|조선|바이오|" \
    r"반도체)사"
COMPANY_KIND = re.compile(r"\S*(?:기업|업체|스타트업|회사|제조사|법인|운영사|개발사|제작사|"
                          rf"기획사|협동조합|벤처|가맹본부|플랫폼|브랜드|단체|{_TRADE_KINDS})"
                          rf"|(?:{'|'.join(_INDUSTRY_LOANWORDS)})")
# people of a company, not its name ("회사 직원과", "기업 대표들과")
_COMPANY_PEOPLE = frozenset("""직원 임직원 대표 대표자 관계자 근로자 노동자 구성원 회원
    회원사 종사자 인력 사원 경영자 경영진 담당자 실무자 협력사 계열사
    가족 청년 주민 학생""".split())


def _named_after_its_kind(item: SlotItem) -> list[orgs.Mention]:
    cl, last, words = item.cl, item.last, item.cl.words
    # "배달앱 운영사인 솔빛플랫폼과": the kind may be said with a copula (인) before the name,
    # which Kiwi may read into the word (운영 + 사인)
    kind = words[last - 1].stem if last > item.first else ""
    if last <= item.first or words[last - 1].particle not in ("", "인") or \
            not (COMPANY_KIND.fullmatch(kind) or kind.endswith("인") and
                 COMPANY_KIND.fullmatch(kind[:-1])):
        return []
    # "중소기업 육성과", "온라인 플랫폼 구축과": a noun of doing after the kind is what is done
    # for such companies, not one of them
    if words[last].stem in lexicon_words("activity_nouns.txt"):
        return []
    # the kind vouches for a name that reads as a person's ("쇼핑 플랫폼 도다온은": 도 + 다온)
    return bare_company(cl, last, name_like=True)


def _backed_bare(item: SlotItem) -> list[orgs.Mention]:
    """"푸른숲과": a bare word Kiwi reads as an adjective and a noun, which the article backs
    as a body (signing.backed: its head named with it, the headline's pair)."""
    if not backed(item.cl, item.last):
        return []
    return bare_company(item.cl, item.last, name_like=True)


def _after_its_country(item: SlotItem) -> list[orgs.Mention]:
    """"독일 지멘스와", "미국 엔비디아와": a name right after its country that Kiwi does not know
    as one common noun (a transcribed company name)."""
    cl, last, words = item.cl, item.last, item.cl.words
    if last <= item.first or words[last - 1].particle or \
            words[last - 1].stem not in countries() or orgs.ordinary_noun(words[last].stem):
        return []
    return bare_company(cl, last, transcribed=True)


def bare_company(cl: Clause, last: int, transcribed: bool = False,
                 name_like: bool = False) -> list[orgs.Mention]:
    """A bare word that may name a company (a transcribed one may read as a Korean name:
    지 + 멘스; ``name_like``: any word that reads as a name)."""
    w = cl.words[last]
    person = is_name(w.stem) and len(w.stem) < 4 and not name_like and not (
        transcribed and any(foreign_syllable(c) for c in w.stem))
    # (the kind vouches for a name Kiwi reads as a verb too: "공연기획사 라움과", 라 + 우 + ㅁ)
    if not ((re.fullmatch(r"[가-힣A-Za-z&]{2,10}", w.stem) or orgs.mixed_name(w.stem))
            and not (w.verbal and not name_like)
            and not person and title_of(w.stem) is None
            and not (orgs.is_place(w.stem) and not (name_like and _name_or_village(w.stem)))
            and not orgs.is_region(w.stem)
            and not orgs.is_generic(w.stem) and not w.stem.endswith("들")
            and not KIND_ONLY.fullmatch(w.stem) and not orgs.kind_after_list(cl, last)
            and w.stem not in COUNT_HEADS | NOT_PARTIES | _COMPANY_PEOPLE):
        return []
    at = cl.offset(w.start)
    return [orgs.Mention(w.stem, at, at + len(w.stem), last, last, cl.marked(last))]


COINED = re.compile(r"([가-힣]{2,8})([A-Z][A-Z&]{1,4})")


def _coined_body(item: SlotItem) -> list[orgs.Mention]:
    """Rule coined-body: "가온TP와", "누리JC와" — a name and a Latin abbreviation of its kind
    glued in one word, in a party slot (not a name and a title: "김가람PD")."""
    cl, last, words = item.cl, item.last, item.cl.words
    w = words[last]
    m = COINED.fullmatch(w.stem)
    if m is None or w.verbal and not w.tags[-1:] == ("SL",) or is_name(m.group(1)) or \
            title_of(w.stem) is not None or orgs.is_region(m.group(1)):
        return []
    start, end = cl.span_of(last, last)
    return [orgs.Mention(w.stem, start, end, last, last, cl.marked(last))]


def _village(item: SlotItem) -> list[orgs.Mention]:
    """Rule village: "가온농협은 누리마을과 자매결연을 맺었다" — a village named in a party slot
    is a party (a body's 1사1촌 partner), unless the word before 마을 only says what kind of
    village it is ("농촌마을", "인근마을")."""
    cl, last, words = item.cl, item.last, item.cl.words
    w = words[last]
    m = re.fullmatch(r"([가-힣0-9]{2,6})마을", w.stem)
    if m is None or w.verbal or orgs.is_generic(m.group(1)) or m.group(1) in _GENERIC_VILLAGE:
        return []
    first = last
    if last > item.first and orgs.is_place(words[last - 1].stem) and not words[last - 1].particle:
        first = last - 1                # "누리군 솔내마을"
    start, end = cl.span_of(first, last)
    return [orgs.Mention(" ".join(x.stem for x in words[first:last + 1]), start, end, first,
                         last, cl.marked(last))]


_GENERIC_VILLAGE = frozenset("""농촌 어촌 산촌 도시 시골 전통 우리 이웃 자매 결연 각 해당 인근
    지역 관내 도농 체험 교류 협약 참여 대상 소외 취약 농가 농어촌 산골 섬""".split())


def _name_or_village(word: str) -> bool:
    """"김누리", "온누리": a word that reads as a name or ends like a village (리) but is no
    place the gazetteer knows."""
    return is_name(word) or (word.endswith("리") and not orgs.is_known_form(word)
                             and not orgs.is_region(word))


_OPEN_QUOTE = "'‘\"“"
_QUOTED_NAME = re.compile(r"[가-힣A-Za-z0-9&][가-힣A-Za-z0-9&.\- ]{0,24}")


def _quoted_name(item: SlotItem) -> list[orgs.Mention]:
    """Rule quoted-name: "극단 '바람꽃', 누리합창단과", "여행사 'Baltic Route'(발틱루트)와" — a
    name in quotes closing a party slot's item, alone or after the kind of body it is, is the
    party whatever its words (a troupe, a band, a foreign firm)."""
    cl, first, last, words = item.cl, item.first, item.last, item.cl.words
    w = words[last]
    if w.verbal or not re.match(r"['’\"”]", w.text[len(w.text) - len(w.particle):] or " ") \
            and not w.stem.endswith(("'", "’")):
        return []
    opening = next((k for k in range(last, max(first, last - 3) - 1, -1)
                    if words[k].stem[:1] in _OPEN_QUOTE), None)
    if opening is None or opening > first and words[opening - 1].particle:
        return []
    name = " ".join(x.stem for x in words[opening : last + 1]).strip(_OPEN_QUOTE + "’”")
    if not _QUOTED_NAME.fullmatch(name) or re.search(AGREEMENT, name):
        return []
    at = cl.offset(words[opening].start) + 1
    return [orgs.Mention(name, at, at + len(name), opening, last, cl.marked(last))]


FALLBACK_RULES: tuple[Callable[[SlotItem], list[orgs.Mention]], ...] = (
    _quoted_name,
    _coined_unit,
    _proper_noun,
    _headed_body,
    _named_after_its_kind,
    _backed_bare,
    _transcribed_pair,
    _after_its_country,
    _by_its_head,
    _listed_before_count,
    _unit_of_topic,
    _village,
    _coined_body,
)


def _proper(cl: Clause, i: int) -> bool:
    """A lone proper noun in a party slot names a party even without an ending ("금륜")."""
    w = cl.words[i]
    if (is_name(w.stem) and not _short_proper_body(cl, i)) or orgs.is_region(w.stem) or \
            len(w.stem) < 2:
        return False
    if w.stem in NOT_PARTIES:
        return False
    return cl.marked(i) or (bool(w.tags) and w.tags[0] in ("NNP", "SL")
                            and not title_of(w.stem)) or _coined_word(w)


def _coined_word(w: Word) -> bool:
    """Rule coined-word-party: a word Kiwi's dictionary lacks alone in a party slot is a
    coined name ("… 25일 오후 다온클라우드와 협약을"), whatever Kiwi guessed for it in the
    sentence (a proper noun after "25일", a common one after "오후"); not one that also reads
    as common nouns it knows ("산업곤충과 연계된 연구": 산업 + 곤충)."""
    return len(w.stem) >= 3 and not w.verbal and re.fullmatch(r"[가-힣]+", w.stem) is not None \
        and unknown_noun(w.stem) and not common_compound(w.stem) and title_of(w.stem) is None


def _short_proper_body(cl: Clause, i: int) -> bool:
    """Rule two-syllable-body: "가람건설과 채늘이 … 협약을 체결했다", "마봄, 나찬 등 4개사와": a
    two-syllable proper noun alone in a party slot names a company though it reads like a
    name (채 + 늘); a person there has a title beside it ("대표 김솔", "김솔 대표")."""
    w, words = cl.words[i], cl.words
    return len(w.stem) == 2 and w.tags == ("NNP",) and not is_two_syllable_family_name(w.stem) \
        and not (i > 0 and title_of(words[i - 1].stem)) and not titled_after(cl, i)
