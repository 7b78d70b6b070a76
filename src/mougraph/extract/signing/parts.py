"""What the slot readers share: the Slots record, an item of a slot, counts of partners
(COUNT_HEADS), time words, a title after a name.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ...lexicons import count_words, count_words_between, count_words_pattern
from .. import orgs, people
from ..clause import Clause
from ..cues import AGREEMENT, TIME_WORD
from ..lexicon import is_name, title_of
from ..people.bodies import COMPANY_HEADS
from ..people.shared import second_holder

_COUNT = re.compile(
    rf"^(?:(\d+)|({'|'.join(count_words())}))\s?(?:개\s?)?"
    r"(곳|개|개사|개소|기관|기업|대학|단체|업체|개교|개기관|개기업|개대학|지자체|사(?![가-힣]))")
# what a count of partners may count ("11곳", "3개 기관"); other heads name a kind of body
COUNT_HEADS = set("""곳 개 개사 사 개소 기관 기업 대학 단체 업체 개교 지자체 금융기관 공공기관
                     유관기관 지방자치단체 자치단체 학교 병원 협회""".split())
# the words a company is called by when the sentence gives no name ("지역 보청기 전문 기업과",
# "심리상담 전문 업체와"): the partner so called is named elsewhere, if at all
COMPANY_WORDS = frozenset("기업 업체 회사 스타트업".split())
# a word that only says what kind of company ("유통업체와", "음식업소와"): no name ends so
KIND_ONLY = re.compile(r"[가-힣]*(?:업체|업소|스타트업)")
NOT_PARTIES = set("양 양측 양사 양기관 두 각 이들 시 군 구 당사 본사 본교 당행 본원 본회".split())


LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z&.\-]*")

# "이들 기관은", "양 기관은", "두 기관이", "세 회사는", "3개 기관은", "이들 4곳은", "양측은",
# "참여 기관들은": a subject standing for bodies named in another sentence (after up to three
# opening words that are no subject: "이를 위해 양 기관은", "이날"); ``n`` is its count
COLLECTIVE = re.compile(
    r"^\s*(?:\S*[^\s은는이가,]\s){0,3}?"
    r"(?:(?:이들\s?)?(?P<n>이들|양|" + count_words_pattern(2, 5) + r"|[2-9])\s?(?:개\s?)?"
    r"(?:기관|측|사|대학|단체|기업|지자체|자치단체|학교|병원|협회|기관들|시군|도시|은행|재단|공사"
    r"|공단|센터|대학교|회사|업체|조합|금고|법인|지역|시|군|구|도|교회|부대|곳)"
    r"|(?:참여|관계|협약)\s?(?:기관|기업|단체)들"
    r"|(?P<alone>양측|양사|이들))(?:\s?(?:대표|대표들|관계자|관계자들|기관장|기관장들))?"
    r"(?:은|는|이|가|도)\s")
# (COLLECTIVE's own words: its count words say two to five, its digits two to nine)
_COLLECTIVE_COUNTS = {"양": 2, "양측": 2, "양사": 2, **count_words_between(2, 5),
                      **{str(n): n for n in range(2, 10)}}


def count_word(word: str) -> int | None:
    """The number a count is written with: "3" or "세" -> 3 (None for another word)."""
    return int(word) if word.isdigit() else count_words().get(word)


def collective_count(text: str) -> int | None:
    """How many bodies the collective subject opening ``text`` stands for: 0 when it opens
    with none, None when it counts none ("이들 기관은", "참여 기관들은")."""
    m = COLLECTIVE.match(text)
    if m is None:
        return 0
    return _COLLECTIVE_COUNTS.get(m.group("n") or m.group("alone") or "")


@dataclass
class Slots:
    """What one signing sentence says about its parties."""

    subject: list[orgs.Mention] = field(default_factory=list)
    partners: list[orgs.Mention] = field(default_factory=list)
    unnamed: int = 0                 # partners counted but not named ("등 11곳")
    unnamed_head: str = ""           # what they are ("주민자치위원회", "기업", "곳")
    unnamed_in_subject: bool = False
    short_subject: str = ""          # "재단은", "진흥원은": a subject named by its kind only
    short_partners: list[str] = field(default_factory=list)   # "군과 …": a partner so named
    people: list[people.PersonMention] = field(default_factory=list)
    bare_subject: list[orgs.Mention] = field(default_factory=list)  # "솔바람은": no ending
    # "솔빛과": a lone partner with no ending, a party only where its head is written with it
    bare_partners: list[orgs.Mention] = field(default_factory=list)

    @property
    def parties(self) -> list[orgs.Mention]:
        """Subject and partners in the order the sentence names them."""
        return sorted(self.subject + self.partners, key=lambda m: m.start)


# rule pair-genitive: "A와 B의 업무협약식이 열렸다", "A와 B의 청년 일자리 협약": the item closed
# by 의 right before the agreement noun, after an item closed by 와/과, names the second party
AGREEMENT_WORD = re.compile(rf"(?:{AGREEMENT}|업무\s?협약|양해\s?각서|자매\s?결연)")


def after_time_words(words: list, first: int, last: int) -> int:
    """The first word of an item after the day or hour written before it ("13일 오후 A")."""
    while first < last and not words[first].particle and TIME_WORD.fullmatch(words[first].stem):
        first += 1
    return first


@dataclass
class SlotItem:
    """One list item of a party slot: words ``first..last`` of the clause."""

    cl: Clause
    first: int
    last: int
    role: str                        # "subject" or "partner"
    target: list[orgs.Mention]       # the slot's names so far (subject or partners)
    counted: int = 0                 # partners the item counts ("11곳"), 0 when it names them


# words after a party's name that stand for it in a slot: a list's tail, its side, its people
ITEM_TAILS = {"등", "외", "기관", "기관들", "측", "관계자", "관계자들", "임직원", "임직원들",
              "대표단", "관계관", "일행", "방문단", "사절단",   # "누리대 방문단은": its delegation
              "구단", "선수단"}   # "가람 호크스 구단은": a sports club by its generic noun


COUNT_CLOSERS = {"등", "총", "모두", "외"}


def listed_body(cl: Clause, i: int) -> bool:
    w = cl.words[i]
    # a listed body of four syllables is rarely a person ("한결소재" reads as 한 + 결소재); nor
    # is one of three in a party slot's list with no title after it ("누리대, 이노텍과")
    person = is_name(w.stem) and (len(w.stem) < 3 or len(w.stem) == 3 and titled_after(cl, i))
    return (len(w.stem) >= 3 and not person and not w.verbal and not second_holder(cl, i)
            and not title_of(w.stem) and not orgs.is_region(w.stem)
            and not re.search(r"\d", w.stem) and not KIND_ONLY.fullmatch(w.stem)
            and w.stem not in {"관계자", "관계기관", "유관기관"})


def titled_after(cl: Clause, i: int) -> bool:
    """A title within the next three words of the same item ("서준가 가람도 일자리본부장")."""
    for k in range(i, min(i + 4, len(cl.words))):
        w = cl.words[k]
        if k > i and (title_of(w.stem) or w.stem in COMPANY_HEADS):
            return True
        if w.text.endswith(",") or (k > i and w.particle):
            return False
    return False


def count_in(item_words: list) -> tuple[int, str, int] | None:
    """"11곳", "세 개 기업", "6차 산업분야 6개 기업", "9개 동 주민자치위원회".

    Returns (number, what is counted, index of the word where the count starts).
    """
    stems = [w.stem for w in item_words]
    for k in range(len(stems)):
        text = " ".join(x for x in stems[k:] if x)
        m = _COUNT.match(text)
        if m:
            n = int(m.group(1)) if m.group(1) else count_words()[m.group(2)]
            rest = text[m.end():].strip()
            head = rest.split(" ")[-1] if rest else m.group(3)
            return n, head, k
    return None
