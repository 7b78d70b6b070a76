"""What one word is before any name is read: a place, a region, a generic head, an ordinary
word that only ends like a body, a count or a verb form, a denomination, a body the gazetteer
knows. Every other module asks these questions, so they sit at the bottom, reading only the
lexicons and the gazetteer.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ... import gazetteer
from ...lexicons import (
    denominations,
    descriptors,
    foreign_cities,
    read_lexicon,
    regions,
    world_places,
)
from ...morph import readings, tokenize
from ..cues import RELATION
from ..lexicon import foreign_syllable

HANGUL = re.compile(r"[가-힣]")


# generic heads that never name a body on their own
GENERIC_WORDS = {"기관", "기업", "단체", "대학", "대학교", "센터", "협회", "재단", "공단", "학교",
                 "지자체", "지방자치단체", "병원", "회사", "업체", "본부", "사업단", "산학협력단",
                 "정부", "부처", "시", "군", "구", "도", "동", "면", "양사", "양측", "양기관"}
# ordinary words that end like a place or a university ("도시", "시대", "연구")
COMMON = frozenset("""
도시 당시 동시 즉시 상시 수시 전시 감시 표시 개시 게시 지시 무시
제시 중시 역시 다시 혹시 시대 세대 반대 최대 확대 기대 연대 증대
지대 부대 무대 상대 거대 절대 강대 연구 요구 도구 친구 지구 가구
출구 입구 창구 추구 공동연구 경제도시 이번 해군 공군 육군 아군 적군
직군 업무 정부 전부 일부 내부 외부 본부 간부 세부 학부 부부 전면
측면 이면 정면 방면 국면 가동 활동 행동 이동 운동 공동 노동 자동
협동 변동 감동 연동 출동 발동 진동 작동 가도 제도 정도 지도 속도
용도 태도 시도 의도 강도 각도 한도 비도 주도 온도 밀도 고도 빈도
선도 인도 적도 보도 매도 전도 신청 요청 시청 구청 군청 도청 처처
대처 근처 출처 상처 점진
인구 탐구 항구 공구 완구 문구 전구 용구 축구 야구 농구 배구 족구 탁구 당구 수구
""".split())
_PLACE_ENDINGS = ("시", "군", "구", "도", "동", "면", "읍", "리", "가")


@lru_cache(maxsize=4096)
def known(word: str) -> gazetteer.Entry | None:
    """Rule known: the body ``word`` names when the whole word is a strong gazetteer form
    (not a lookup-only stem like 예산, not a form shared by several bodies like 중구)."""
    m = gazetteer.longest_at(word, 0) if word else None
    return m.entry if m is not None and m.end == len(word) else None


def city_like_family(word: str) -> bool:
    """Rule family-like-a-city: "로시" — a word of two syllables ending in 시 that neither the
    gazetteer nor a list of places knows reads as a city by its ending only (no city of Korea
    has a one-syllable name): it may be a transcribed family name ("알레산드라 로시").
    orgs.left and people.foreign each add what else makes it one."""
    return re.fullmatch(r"[가-힣]시", word) is not None and known(word) is None \
        and word not in foreign_cities() and word not in world_places()


def is_known_form(name: str) -> bool:
    """Any form of a body the gazetteer knows, even one shared by several (광주시, 중구)."""
    return bool(gazetteer.candidates(name))


@lru_cache(maxsize=1)
def generic_prefixes() -> frozenset[str]:
    return frozenset(w for row in read_lexicon("generic_orgs.txt") for w in row)


def describes(word: str) -> bool:
    """A word that only says what kind of body follows ("지역", "관내", "중소", "청년")."""
    return word in generic_prefixes()


def is_generic(word: str) -> bool:
    """A head that never names a body on its own (기관, 기업, 센터, 양사, …)."""
    return word in GENERIC_WORDS or word in COMMON


def is_region(word: str) -> bool:
    return word in regions() or word in descriptors()


# the gazetteer's kinds of a municipal government, whose name is a place
_MUNICIPAL = frozenset({"city", "county", "district"})


def is_place(word: str) -> bool:
    """A place word that may stand before a name: a region, or 송파구 / 솔내면 / 하늘2동."""
    if is_region(word) or gazetteer.kind_of(word) in _MUNICIPAL:
        return True   # (a district the gazetteer knows, though its stem is a word: 연수구)
    return (2 <= len(word) <= 6 and word.endswith(_PLACE_ENDINGS) and word not in COMMON
            and word[-2:] not in COMMON
            and bool(re.fullmatch(r"[가-힣][가-힣0-9]*", word))
            and word[:-1] not in generic_prefixes() and not _word_like_a_village(word)
            and not clock_or_count(word) and not verb_form(word))


# rule clock-or-count: "오후2시", "10시", "20대", "30도": a number before a one-syllable
# counter (an hour, an age group, degrees), after a time of day or not, names no body or place
_CLOCK_OR_COUNT = re.compile(
    r"(?:오전|오후|새벽|아침|낮|저녁|밤|정오|자정)?\s?\d+(?:[.,]\d+)?[가-힣]")


def clock_or_count(word: str) -> bool:
    """A time of day or a count ("오후2시", "20대"), however its last syllable reads."""
    return bool(_CLOCK_OR_COUNT.fullmatch(word.strip()))


# rule mixed-name: a company's name of Hangul with Latin letters or digits in it ("3D누리",
# "누리365", "K-누리랩", "S&T누리", "e누리"); a number before Hangul only counts or dates
# ("3개", "2차", "2030년", "4차산업"), and digits need two Hangul syllables before them ("제2")
_MIXED_NAME = re.compile(r"(?=.*[가-힣])(?=.*[A-Za-z0-9])[가-힣A-Za-z0-9][가-힣A-Za-z0-9&\-]{1,11}")
_MIXED_PART = re.compile(r".*[A-Za-z].*|[가-힣]{2,}\d{1,4}")


def mixed_name(word: str) -> bool:
    """Rule mixed-name: a word that names a company by Hangul mixed with Latin or digits."""
    return bool(_MIXED_NAME.fullmatch(word)) and bool(_MIXED_PART.fullmatch(word)) \
        and not re.fullmatch(r"\d+[가-힣]+", word) and not clock_or_count(word)


@lru_cache(maxsize=4096)
def verb_form(word: str) -> bool:
    """Rule verb-form: "보면", "따르면", "읽으면": a word each of whose three best readings by
    Kiwi is a verb or adjective with its endings, no noun in it (a conditional 면 ends like a
    township), is no place. A name Kiwi can also read as a noun ("누리면", "솔내면", "서면")
    stays a place."""
    return all(toks and toks[0].tag in {"VV", "VA", "VX"} and not any(t.is_noun for t in toks)
               for toks in readings(word, 3))


def _word_like_a_village(word: str) -> bool:
    """"일자리", "거리", "머리": an ordinary word that ends like a village (리) is no place."""
    return word.endswith("리") and ordinary_noun(word) and not is_known_form(word)


@lru_cache(maxsize=1024)
def ordinary_noun(word: str) -> bool:
    """"의존", "가능": a word Kiwi knows as one common noun, so "의존성" is no province (a
    transcribed name is unknown to it, or a proper noun, or has a foreign syllable)."""
    toks = tokenize(word)
    return len(toks) == 1 and toks[0].tag == "NNG" and not any(foreign_syllable(c) for c in word)


# Kinds of body written before their own name, as part of it: "극단 바람꽃" (a theatre
# company's name begins with 극단, as the troupes write it themselves; rule kind-first); the
# shops among them may be named by one common word ("카페 온기": signing/items, rule
# shop-named-by-a-word), a troupe not
SHOP_KINDS = frozenset({"카페", "책방", "공방"})
KIND_FIRST = SHOP_KINDS | {"극단"}


# a village, market or estate a body serves ("솔빛마을 부녀회", "누리시장 상인회")
# (an estate may be numbered: "누리마을3단지", "누리마을 3단지"; so may a village: "가온2리")
SERVED_PLACE = re.compile(
    r"[가-힣0-9]{1,8}(?:마을|전통시장|시장|상가|상점가|아파트|단지|도시|지구)|[가-힣]{1,6}[0-9]{1,2}리")


# denominations news writes short, with the name of the assembly glued ("예장가온", "예장누리")
_DENOMINATION_SHORT = ("예장", "기장", "기감", "기성", "예성")


# rule named-denomination: a denomination by its own name and the word 교단 ("기독교누리교단
# 총회", "한빛교단 총회"); not 교단 alone, the teaching profession ("교단에 선 지 30년")
_NAMED_DENOMINATION = re.compile(r"[가-힣]{2,10}교단")


def denomination(word: str) -> bool:
    """A religion or denomination ("천주교", "기독교대한감리회"), or a short one with its
    assembly's name ("예장가온"), or one named with 교단 ("누리교단")."""
    return word in denominations() or (
        word.startswith(_DENOMINATION_SHORT) and 3 <= len(word) <= 6
        and re.fullmatch(r"[가-힣]+", word) is not None) \
        or _NAMED_DENOMINATION.fullmatch(word) is not None


def place_of_genitive(stem: str) -> bool:
    """Rule place-genitive: "영광의 굴비명가" (the tagger kept the 의 in the place's word): the
    place a company is from, told with 의, is no word of its name."""
    if len(stem) < 3 or not stem.endswith("의"):
        return False
    entry = gazetteer.lookup(stem[:-1])      # a county's bare name ("영광") counts too
    return is_place(stem[:-1]) or entry is not None and entry.kind in gazetteer.MUNICIPAL


_RELATION_ADNOMINAL = re.compile(rf"(?:{RELATION})인")


def relation_adnominal(stem: str) -> bool:
    """Rule relation-before-name: "말사인 한별사", "자회사인 솔빛에너지" (the tagger reads the word
    as a proper noun): what the body is to another, no word of its name."""
    return bool(_RELATION_ADNOMINAL.fullmatch(stem))
