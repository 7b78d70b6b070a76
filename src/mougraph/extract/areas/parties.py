"""The parties as a sentence names them: its topic ("새봄요양병원은"), the parties named
together ("누리시와 가람대는", "양 기관은"), and whether a topic stands for a party of the
signing sentence ("시는", "협회는")."""
from __future__ import annotations

import re

from ...lexicons import count_words_pattern
from ..cues import WHEN_WORDS
from ..lexicon import ending, title_of
from ..orgs import looks_like_org

# The parties named together ("양 기관", "양사", "이들") or the agreement binding them
PARTIES = re.compile(
    r"(?:양|두|세|네|각)\s*(?:기관|사|측|단체|지자체|대학|도시|센터|회사|기업|병원|학교)|양사|양측|"
    r"이들|참여\s*기관|"
    # rule party-plural-topic: "협약 기관들은", "기관들은" opening the sentence: the parties as
    # a plural topic (not "관내 기관들은", "기관들에": some bodies, those served)
    r"^\s*(?:(?:협약|참여)\s*)?(?:기관|기업|업체|단체)들(?=은|는)|"
    r"협약에\s*따라|협약을\s*통해|협약으로"
)
# "누리시와 가람대는", "시와 대학은", "A·B·C는": the parties named together as the topic
_PAIR_TOPIC = re.compile(
    r"^\s*(?:(?:이날|또한|아울러|특히|앞으로|이에\s*따라|협약에\s*따라|이번\s*협약으로),?\s+)?"
    r"((?:[^\s,·]+(?:,\s*|·|ㆍ|(?:와|과)\s+))+)((?:[^\s,·]+\s){0,2}[^\s,·]+?)(?:은|는)\s"
)
# A word that ends with a particle belongs to no name ("협약에", "시설을")
_PARTICLE_WORD = re.compile(r"(?:에|을|를|의|로|서|은|는|도)$")
# (a welfare centre and a library, "교회와 복지관은", "도서관과 학교는", called by their kinds too)
_SHORT_PARTY = frozenset(
    "시 군 구 도 청 시청 군청 구청 도청 대학 대학교 학교 병원 은행 재단 협회 센터 교회 기업 회사 "
    "부대 사단 공사 공단 본부 교육청 경찰서 소방서 조합 농협 법인 단체 기관 복지관 "
    "도서관".split()
)


def pair_topic(text: str) -> bool:
    """Whether ``text`` opens with the parties named together as its topic ("누리시와
    가람대는", "시와 대학은"), each name a body's name or the short word for one."""
    m = _PAIR_TOPIC.match(text)
    if m is None:
        return False
    names = [*re.split(r",\s*|·|ㆍ|(?<=[와과])\s+", m.group(1).strip()), m.group(2)]
    names = [re.sub(r"(?:와|과)$", "", n) for n in names if n]
    return len(names) >= 2 and all(_names_body(n) for n in names)


# Rule heads-pair-topic: "이날 김다온 총장과 이누리 시장은 A와 B에 나서기로 했다": the two
# heads, each a name and a title, as the topic speak for their bodies (not "김다온 씨와 …",
# "학생 대표와 …": a title is the second word of each, and the first is a name's length)
_HEADS_TOPIC = re.compile(
    r"^\s*(?:(?:이날|또한|아울러|특히|협약식에서|이\s*자리에서),?\s+)?"
    r"[가-힣]{2,4}\s+([가-힣]{2,8})(?:과|와)\s+[가-힣]{2,4}\s+([가-힣]{2,8}?)(?:은|는)\s")


def heads_topic(text: str) -> bool:
    """Whether ``text`` opens with two heads, by name and title, as its topic."""
    m = _HEADS_TOPIC.match(text)
    return m is not None and all(
        (found := title_of(word)) is not None and found[1] == "" for word in m.groups())


def _names_body(name: str) -> bool:
    """A body's name or the short word for one; the last of the pair may be written in several
    words ("가온대와 다솜 글로벌 예술대학교는"), its head word the body's."""
    *before, head = name.split()
    return (head in _SHORT_PARTY or looks_like_org(head)) \
        and not any(_PARTICLE_WORD.search(w) for w in before)


# The next party taking up its own duty: "A는 X를, B는 Y를 맡는다"
TOPIC_AHEAD = r"(?:\S+\s+){0,2}?\S+(?:은|는|에서는)\s"
# 은/는 of a topic, not of a verb modifying a noun ("협력하는", "만들기’라는")
TOPIC_MARK = r"(?<!하)(?<!되)(?<!있)(?<!없)(?<!라)(?<!다)(?:은|는)\s"
# The parties together as a topic: "양 기관", "두 대학", "세 기업", "양측", "이들"; the parties
# of one kind in the plural or as the participants ("기관들", "학교들", "참여 기업", "각 기관");
# co-operatives as "두 조합", "양 조합"; hospitals and schools as "두 병원", "세 학교" (not
# "세 의원": clinics, but lawmakers too)
PARTY_TOPIC = re.compile(
    r"(?:^|\s)(?:(?:양|" + count_words_pattern(2, 5)
    + r")\s*(?:기관|사|측|단체|지자체|도시|대학|기업|회사|업체|조합|병원"
    r"|학교)|양사|양측|이들"
    r"|(?:참여\s*)?(?:기관|기업|대학|학교|단체|병원|업체)들|참여\s*(?:기관|기업|업체)"
    r"|각\s*(?:기관|기업|대학|학교|단체)"
    # shops as the signing's own ("협약 가게들은": the parties that are shops; not "가게들은",
    # any shops of the town)
    r"|(?:협약|참여)\s*(?:가게|업소|점포|상점|매장)들)(?:\s|$)"
    # "4개 기업은": a small count of one kind as the whole topic (not "20개 기업": those
    # served; not "사업에 선정된 5개 기관": a group the words before it pick out)
    r"|^\s*[2-9]\s*개\s*(?:기관|기업|대학|학교|단체|병원|업체|회사|조합)(?:\s|$)"
)


# Two-letter topics that name no party
COMMON_TOPICS = frozenset(
    "기관 기업 대학 학교 주민 정부 지역 업체 회원 시민 도민 군민 구민 학생 협약 행사 사업 "
    "이번 이날 양측 양사 앞서 한편 특히 또한 이에 향후 앞으로 현재 최근 올해 내년".split()
)


def topic_of(text: str) -> str | None:
    """The topic of a sentence ("새봄요양병원은" -> 새봄요양병원), when it comes first."""
    lead = r"\s*(?:(?:이번|이날|또한|아울러|특히)\s+)?(?:\S+\s+){0,4}?(\S+?)"
    m = re.match(lead + TOPIC_MARK, text)
    if not m:
        return None
    return text[: m.end(1)].strip()


def names_party(topic: str, signing: str) -> bool:
    """Whether ``topic`` names a party of the signing sentence ``signing``."""
    words = re.sub(r"\([^()]*\)", "", topic).split()   # "누리농협(조합장 김다온)과는"
    if not words:
        return False   # a topic all in brackets ("(누리농협)는") names no one outside them
    if len(words[-1]) >= 4 and words[-1][-1] in "와과" and words[-1] not in signing:
        # rule partner-topic-named: "먼저 누리농협과는 A에 협력하기로 했다": the partner the
        # subject acts with, as the topic, is a party the signing sentence names
        words[-1] = words[-1][:-1]
    if len(words) >= 2 and words[0] in _NEW_THING:
        return False   # "새 펀드는 …": what the agreement makes, named in its purpose, no party
    if len(words) >= 2 and (words[-1] == "측" or _PEOPLE_OF_BODY.fullmatch(words[-1])):
        words.pop()   # "누리대 측은": the body's side; "봉사회 봉사원들은": its people
    if len(words) == 2 and _CORPS.fullmatch(words[1]) and (m := _MEMBERS.fullmatch(words[0])) \
            and m.group(1) in _SHORT_PARTY and _short_of_one_party(m.group(1), signing):
        return True   # rule members-corps: "조합원 봉사단은" -> the one 조합 of the signing
    if len(words) >= 2 and _UNIT.search(words[-1]) and len(words[-2]) >= 3 \
            and words[-2] in signing:
        words.pop()   # "진흥공단 누리본부는": a party's unit, written short, stands for it
    name = re.sub(r"(?:에서|측)$", "", words[-1])   # "누리구에서는": the body as topic
    # a party named in the signing sentence; "기관", "기업" alone name no one, a two-letter
    # name ("육군", "농협") counts when the signing sentence has it as a word of its own
    return bool(PARTY_TOPIC.search(topic)) or pair_topic(topic + "는 ") \
        or (len(name) >= 3 and name in signing and not _names_the_agreement(name, signing)) or (
        len(name) == 2 and name not in COMMON_TOPICS
        and re.search(rf"(?:^|\s|['‘(]){re.escape(name)}(?:과|와|은|는|이|가|의|\s|,)", signing)
        is not None) or _short_of_one_party(name, signing)


# rule agreement-word-topic: "…과 나눔 냉장고 운영 협약을 맺었다. 냉장고는 로비에 놓인다": a
# word written in the signing sentence only in the agreement's own name (words with no
# particle running into 협약) is what the agreement is about, no party
_INTO_AGREEMENT = re.compile(r"(?:\s+[^\s,]*[^\s,과와은는이가의서을를에])*?\s*(?:업무\s*)?협약")


def _names_the_agreement(name: str, signing: str) -> bool:
    ends = [m.end() for m in re.finditer(re.escape(name), signing)]
    return bool(ends) and all(_INTO_AGREEMENT.match(signing, e) for e in ends)


# A determiner of a thing the agreement brings about: "새 펀드는", "신규 노선은"
_NEW_THING = {"새", "신규"}
_UNIT = re.compile(r"(?:본부|지사|지점|지부|지역본부|사업단|연구소)$")
# The people of a body, after its name as a topic: "봉사회 봉사원들은", "누리대 학생들은"
_PEOPLE_OF_BODY = re.compile(
    r"(?:봉사원|봉사자|직원|임직원|학생|교직원|교수진|의료진|회원|단원|장병|선수)들?")


# A party's members' corps as the topic: "조합원 자원봉사단", "협회원 봉사단" (the members,
# 조합원 = the 조합's people, the corps theirs)
_CORPS = re.compile(r"(?:자원)?봉사(?:단|대)")
_MEMBERS = re.compile(r"([가-힣]{2})원")


def _short_of_one_party(name: str, signing: str) -> bool:
    """"협회는", "재단은": the ending of exactly one party's name in the signing sentence
    ("누리협회와 협약을 체결했다"), standing for that party."""
    e = ending(name)
    if len(name) != 2 or name in COMMON_TOPICS or e is None or e.suffix != name:
        return False
    # one party, however often written (the parties' names may follow the sentence again),
    # its name and its short form one party too (rule kind-of-one-party: "가온어업인협회" and
    # "어업인협회" from the headline; "누리협회" and "가온협회" are two)
    found = set(re.findall(rf"[가-힣A-Za-z]+{re.escape(name)}(?=과|와|은|는|이|가|의|\s|,)",
                           signing))
    return len({n for n in found if not any(o != n and o.endswith(n) for o in found)}) == 1


def short_for_party(name: str, signing: str) -> bool:
    """"시는", "군은", "구는": a local government a party of the signing sentence names in full
    ("한빛시는 … 누리대와 협약을 체결했다"); "읍은", "면은": a township whose office the
    signing sentence names ("가온읍행정복지센터", "누리면사무소"); the name may have its head
    in brackets ("한빛시(시장 김다온)는")."""
    if name in {"읍", "면"}:
        return re.search(rf"[가-힣]{{1,4}}{name}(?:행정복지센터|사무소)", signing) is not None
    return name in {"시", "군", "구", "도"} and re.search(
        rf"[가-힣]{{1,4}}{name}(?:청)?(?:\([^()]{{1,20}}\))?(?:과|와|은|는|이|가|의)?\s",
        signing) is not None


def lead_subject(text: str) -> str:
    """The first word of a sentence without its particle ("가온시가" -> "가온시")."""
    first = text.split(maxsplit=1)[0] if text.strip() else ""
    return re.sub(r"(?:이|가|은|는|와|과)$", "", first)


# A time set off as a topic ("…수립하고, 내년에는 X를 확보할 계획이다") names no second
# party: one side's schedule goes on (rule time-topic). The words that say when, and the parts
# of a year and the later times a schedule is told in
_SCHEDULE_WORDS = {"내후년", "상반기", "하반기", "연말", "연내", "앞으로", "향후", "이후", "분기"}
_WHEN = "(?:" + "|".join(sorted(WHEN_WORDS | _SCHEDULE_WORDS)) + r"|다음\s?해|[0-9]+년)"
# A second party's topic after the first one's duty: "A는 X를, B는 Y를 맡는다"
SECOND_TOPIC = re.compile(
    r"(?:(?:을|를),|(?<=[가-힣])(?:고|며),?)\s+"
    r"(?!(?:\S+\s+){0,2}?\S*" + _WHEN + r"(?:에)?(?:은|는)\s)"
    r"(?:\S+\s+){0,2}?\S+(?:은|는)\s")


# The opening topic of a sentence, up to its 은/는: "시와 누리대학교, 가람병원은", "극단
# 바람꽃, 시립합창단과는" (the partners the subject acts with, as the topic)
_OPENING_TOPIC = re.compile(
    r"^\s*(?:(?:이날|또한|아울러|특히|앞으로|이에\s*따라|협약에\s*따라|이번\s*협약으로),?\s+)?"
    r"([^.!?\n\"“”]{2,60}?)(?:과|와)?" + TOPIC_MARK)


def topic_parties(text: str, names: tuple[str, ...]) -> list[str]:
    """The names among ``names`` that the sentence's opening topic lists ("시와 누리대학교,
    가람병원은" -> 누리대학교, 가람병원): each listed word is a name, the end of one ("방송총국"
    for "KBN 누리방송총국") or one with a word before it ("극단 바람꽃" for "바람꽃")."""
    m = _OPENING_TOPIC.match(text)
    if m is None or not names:
        return []
    found = []
    for piece in re.split(r",\s*|·|ㆍ|(?<=[와과])\s+", m.group(1)):
        piece = re.sub(r"(?:과|와)$", "", piece.strip(" '‘’\""))
        hits = [n for n in names if piece == n or len(piece) >= 3 and len(n) >= 3
                and (n.endswith(piece) or piece.endswith(n))]
        if not hits and len(piece) >= 2 and piece in _SHORT_PARTY:
            # "조합과는": the kind word that ends exactly one of them ("가온청년협동조합")
            ending = [n for n in names if n.endswith(piece) and len(n) > len(piece)]
            hits = ending if len(ending) == 1 else []
        found += hits
    return found
