"""The cue-word families every extractor shares, as regular-expression fragments.

The words live in ``lexicons/cues.tsv``; each constant here is an alternation ``a|b|c`` to be
placed inside a group (``rf"(?:{AGREEMENT})(?:을|를)"``). A rule that needs a family uses the
constant, never its own copy of the words, so adding a word to the file reaches every rule.
"""
from __future__ import annotations

import re

from ..lexicons import cue

AGREEMENT = cue("agreement")      # 협약, 협정, MOU, 양해각서, 약정
TIE_UP = cue("tie_up")            # 제휴, 결연, 파트너십 (bodies joined, no agreement's noun)
SIGN_VERB = cue("sign_verb")      # 체결, 서명, 교환, 조인
CEREMONY = cue("ceremony")        # 협약식, 체결식, …
ADVERB = cue("adverb")            # 상호, 적극, 긴밀히, …
PLAN = cue("plan")                # 계획, 예정, 방침
CALLED_OFF = cue("called_off")    # 연기, 취소, 무산, …
GUESTS = cue("guests")            # 내외빈, 내빈, 귀빈, 하객
BOTH = cue("both")                # 양기관, 양측, 양사 (양 기관: the words joined)
PLEDGE = cue("pledge")            # 약속, 합의, 결의, 다짐
COOPERATING = cue("cooperating")  # 협력, 협조, 협업, 공조, 노력, 추진, 참여
SAME_OCCASION = cue("same_occasion")  # 같은 날, 이날, 이 자리에서, 오후에는, …
EARLIER_TIME = cue("earlier_time")    # 지난해, 지난달, 앞서, 그동안, 바 있다, …
PAGE_PROMO = cue("page_promo")        # 구독하기, 뉴스레터, 바로가기, …
REMOTE = cue("remote")                # 비대면, 화상, 영상, 온라인, …
SENTENCE_OPENER = cue("sentence_opener")  # 한편, 또한, 특히, 이어, …
FACT_SHEET_LABEL = cue("fact_sheet_label")  # 협약 기관, 서명, 일시, 장소, … (before a colon)
RELATION = cue("relation")        # 말사, 모교, 자회사, … (before a name with 인)
CLIENTELE = cue("clientele")      # 고객사, 거래처, 주주, … (a body's own circle)
COUNTED_BY = cue("counted_by")    # 가지, 갈래, 개 분야 (the contents counted: "크게 세 가지다")
CONTENTS = cue("contents")        # 내용, 분야, 사항 (the contents named before their list)
HOPE = cue("hope")                # 바란다, 기대한다, 희망, 기원 (after "…기를": a wish)
KIND_PREFIX = cue("kind_prefix")  # 저축, 시중, 지방, … (fused before a title's ending: no name)

# Predicates of cooperating other than 협력, in any tense: "힘을 합친다", "힘을 모았다",
# "손잡기로 했다", "공조한다", "함께한다", "공동 대응키로 했다", "머리를 맞댄다".
COOP_VERB = (
    r"(?:힘|뜻|역량|지혜)을\s*(?:합|모|모으|모아|모은|보태|보탠)|손(?:을\s*)?(?:잡|맞잡)|맞손|공조|협업|"
    r"(?<!자리를\s)(?<!자리를)함께(?:하|한|할|했|해)|공동(?:으로)?\s*대응|머리를\s*맞대|맞대"
    r"|손발을\s*(?:맞추|맞춘|맞춰|맞출)"   # "A, B 등에서 손발을 맞춘다": work in step
)

# A head's promise to do something with the other side, in the first person: "함께 하겠다",
# "함께해 나가겠다", "협력하겠다" (rule quoted-promise reads its object)
PROMISE_TOGETHER = r"함께\s?(?:하겠|해\s?나가겠)|협력하겠|협력해\s?나가겠"

# Rule members-counted: the words for a body's members counted after it ("가온관광협의회 회원사
# 4곳", "누리연합회 소속 기관 5곳"); the counted are the members, named nowhere. The signing
# rule reads them all (signing/items); the party scorer's veto reads MEMBERS_AFTER_BODY
MEMBERS_COUNTED = frozenset(
    "회원사 회원 회원기관 회원단지 회원교 소속기관 산하기관 가맹점 조합원사".split())
# the scorer's veto was written with six of them: "회원" alone, "회원교" and "조합원사" were
# added to the signing rule only, and stay out so the scorer keeps the candidates it keeps
MEMBERS_AFTER_BODY = MEMBERS_COUNTED - {"회원", "회원교", "조합원사"}

# Rule occasion-day: "A와 B가 협약을 맺는 날이었다": the day told, in the past, as the
# signing's (never "맺는 날이었던"); signing/reports reads it with its endings, dates reads the
# day it dates
SIGNING_DAY_WAS = rf"(?:(?:{SIGN_VERB})하는|맺는)\s?날이었(?!던)"
# The sides joined, by hands or by strength ("손을 맞잡았다", "손잡고", "힘을 모아"): the stems,
# spaced or not, read by the joined-hands rules (signing/find, areas/find, areas/fallbacks);
# COOP_VERB spells its own "손(을)잡" without the space after 손 and stays apart (it feeds a
# dozen area patterns that would read more)
HANDS_JOINED = r"손\s?(?:을\s?)?(?:맞)?잡"
STRENGTH_POOLED = r"힘\s?(?:을\s?)?모"

# "지난 2월 A와 협약을 맺은 데 이어 28일 B와 …": the clause before closes an earlier event
# a word that only says when ("13일 오후 A", "최근 산학협력단"): no party's name starts with it
TIME_WORD = re.compile(r"\d{1,2}일|\d{1,2}시|오전|오후|지난|오는|이날|최근|당일|\d{1,2}월")
# words that say when, never a word of a name ("올해 협의회", "매년 총회")
WHEN_WORDS = frozenset("""올해 내년 작년 금년 지난해 지난달 이달 내달 다음달
                       매년 매월 오늘 어제 당시 차기""".split())
EARLIER_CLAUSE = re.compile(r"\S[한된은]\s?(?:데|것에)\s?이어\s")
# "한편 … 협약을 맺은 바 있다", "지난 2019년 …": a sentence about an earlier agreement
EARLIER = re.compile(r"^\s*(?:한편|앞서|지난해|이에\s*앞서)|바\s*있다|지난\s*\d{4}년")
# The parties meeting or pledging, told right after the signing sentence ("김 시장과 박 총장은
# 19일 시청에서 만나 … 힘을 모으기로 했다", "양 기관은 19일 … 협력하기로 약속했다"): the date
# and the venue read them
MET = re.compile(rf"{COOP_VERB}|협력하기로|협력을\s?약속|약속했|다짐했|만나|만난\s|회동")
# a sentence about an earlier agreement ("앞서 … 지난달 … 협약을 맺었다", "시는 앞서 …")
# starts no new one
BACKGROUND = re.compile(
    r"^\s*(?:[가-힣]{1,8}(?:은|는)\s)?(앞서|이에 앞서|한편|또한 지난)"
    r"|지난달|지난해|작년|그동안|이전에")
# "12일 열린 포럼에서 협약 내용을 시민들에게 소개했다": the agreement told at another event (a
# forum, a briefing), not signed there; a sentence that also tells the signing or the
# ceremony ("협약식에서 협약 내용을 설명했다") is no other event
_TOLD_AT_EVENT = re.compile(
    rf"(?:{AGREEMENT})\S*\s?(?:내용|사실|취지|결과|성과)?\s?(?:을|를)\s(?:\S+\s){{0,3}}?"
    r"\S*(?:소개|설명|발표|알렸|알리|공유|보고|홍보)(?:했|하였|하고|하며|해)")
_SIGNED_HERE = re.compile(
    rf"{CEREMONY}|(?:{SIGN_VERB})\s?(?:했|하였|한|하고|하며|해)|맺었|맺은|맺고|맺어")


def agreement_only_told(text: str) -> bool:
    """Whether the sentence only tells the agreement at another event ("포럼에서 협약 내용을
    소개했다"): its day and place are that event's, not the signing's."""
    return bool(_TOLD_AT_EVENT.search(text)) and not _SIGNED_HERE.search(text)


# "한편" opening a sentence, after its subject or not ("한편 시는 …", "시는 한편 …")
_ASIDE_OPENER = re.compile(r"^\s*(?:[가-힣]{1,8}(?:은|는)\s)?한편\s*,?\s*")
_SAME_OCCASION = re.compile(SAME_OCCASION)
_EARLIER_TIME = re.compile(EARLIER_TIME)


def same_occasion(text: str) -> bool:
    """"한편 시는 같은 날 오후 솔빛병원과도 협약을 맺었다": a sentence that 한편 opens, telling the
    day or the occasion of the event reported and no earlier time, reports another signing of
    that event, not an earlier agreement ("한편 시는 지난해 … 맺은 바 있다" stays one)."""
    opener = _ASIDE_OPENER.match(text)
    if opener is None:
        return False
    rest = text[opener.end():]
    return bool(_SAME_OCCASION.search(rest)) and not (
        _EARLIER_TIME.search(rest) or EARLIER.search(rest) or BACKGROUND.search(rest))


# "한편 협약식은 지난 20일 시청에서 열렸다", "앞서 20일 열린 협약식에는 …": an aside whose subject
# is the reported ceremony itself, not an earlier event (unless an earlier year, a second
# partner "…와도" or a numbered round "1차" says otherwise)
_THIS_CEREMONY = re.compile(rf"(?:{CEREMONY})(?:은|는|에는|에서는|이|가)\s")
_ANOTHER_EVENT = re.compile(r"바\s*있다|지난\s*\d{4}년|지난해|작년|\S(?:와|과)도\s|\d\s*차\s")


def about_earlier(text: str) -> bool:
    """Whether a sentence tells an earlier event (``EARLIER``) rather than an aside about the
    ceremony being reported ("한편 협약식은 지난 20일 …")."""
    if not EARLIER.search(text):
        return False
    return not (_THIS_CEREMONY.search(text) and not _ANOTHER_EVENT.search(text))
