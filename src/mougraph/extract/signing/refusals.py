"""What says a sentence reports no signing of its own: a plan, a signing called off, an
audit of past agreements, another year, quoted speech; and an article that reports none, an
opinion piece.
"""
from __future__ import annotations

import re

from ..cues import (
    AGREEMENT,
    BACKGROUND,
    CALLED_OFF,
    CEREMONY,
    EARLIER,
    EARLIER_CLAUSE,
    PLAN,
    SIGN_VERB,
)
from .reports import SIGNED, SignedRule

# "체결하고 … 추진할 계획이라고 밝혔다": what follows the signing is still a plan
_AND_PLAN = re.compile(rf"({PLAN}|전망)(이다|이라고|이며|이다고|이라며)"
                       r"|(?:하게|하기로)\s?(?:된다|될)\b|할\s?것(?:이다|으로)")


# a time to come: "오는 25일", "내일", "다음 달", "다음 주", "내주"
_AHEAD = re.compile(r"오는\s?\d|내일|다음\s?(?:달|주)(?![가-힣])|내주(?![가-힣])")
# a day that dates the signing as past: "19일", "지난 19일", "어제", "이날" (not "오는 19일")
_DATED = re.compile(
    r"(?<!오는\s)(?<!오는)(?<![\d~∼-])\d{1,2}일(?!\s?(?:까지|부터|간|동안))|어제|이날|지난\s?\d")
_BACKGROUND_YEAR = re.compile(r"지난|앞서|한편|이후|부터|까지|그동안|당시|이전")
_PLAN = re.compile(
    rf"({SIGN_VERB})\s?(할|하기로|한다|예정|을\s?앞두|을\s?추진|키로|하겠)|맺을|맺기로|가질\s?예정"
    r"|열\s?예정|개최할|개최\s?예정")
_CALLED_OFF = re.compile(
    rf"({CALLED_OFF})\s?(됐|되었|했|하였|될|되|하기로|돼|된)")
# (a count of agreements, "18건의 MOU", not of what one holds, "3건의 사업을 담은 협약"; a span
# looked back on, "최근 5년간", not the term of the agreement, "향후 3년간 지원하는"; last year
# but not "지난해에 이어 올해도")
AUDIT = re.compile(rf"\d+\s?건의?\s?(?:{AGREEMENT}|업무\s?협약)"
                   r"|(?:최근|지난|과거|그간|그동안)\s?\d+\s?년간|국정\s?감사|국감|제출받은|후속\s?사업"
                   r"|(지난해|지난 해(?!외)|작년)(?!\s?12월\s?\d{1,2}일)(?!에?\s?이어)|그동안|과거"
                   r"|지난\s?\d{1,2}월(?!\s?\d{1,2}일)")
# Rule aside-last-month: "한편 가온시도 지난달 누리재단과 협약을 체결했다": last month, with no day,
# in an aside ("한편 …") or of another subject told with 도 ("also"), is another body's earlier
# signing (a report of this one dates it, "지난달 27일", or leads with it, "가온시는 지난달 …")
_ASIDE_LAST_MONTH = re.compile(
    r"(?:^\W*한편\b.*?\s|\S도\s+)지난\s?달(?!\s?(?:\d|(?:초|중순|하순|말|께)(?![가-힣])))")
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})\s?년(?!도)")
# "2018년 개교한 캠퍼스에서", "2015년 문을 연 센터와", "2010년 3월 2일 개교한 누리대는": a year
# (with its month and day or not) that dates a noun of the sentence (not "2020년 한 민간
# 연구소와": 한 alone is "a"; nor a likeness, "2024년 누리상의와도 비슷한 협약을 맺었다": the year
# dates that earlier signing)
_YEAR_OF_A_NOUN = re.compile(
    r"(?<!\d)(?:19|20)\d{2}\s?년\s(?:\d{1,2}\s?월\s(?:\d{1,2}\s?일\s)?)?"
    r"(?:\S+[을를]\s연|(?:\S+\s)?(?!(?:비슷|유사|동일|같)[한은]\s)\S+[한된은던])\s")
# quoted speech ("…했다"고 말했다) is no report; a quoted name followed by a particle is the
# agreement's name ('"지역상생협약"을 체결했다') and stays
QUOTE = re.compile(r"[\"“][^\"”]*[\"”](?!\s?(?:을|를|이|가|에|의|과|와|도)(?:\s|$)|\s?\()")
# "지난해 12월 의회에서 … 동의안이 통과된 A와 협약을 체결했다": a time inside a relative clause
# (closed by a passive modifier before the verb) dates that clause, not the signing
# ; so does a clause closed by "…한 데 이어" ("지난 2월 A와 체결한 데 이어 28일 B와 맺었다")
# ; so does an active one ("지난해 문을 연 센터와", "그동안 쌓아온 신뢰를 바탕으로", "지난 3월
# 개관한 센터와", "지난해 맺은 협약을 바탕으로 … 새 협약을 체결했다")
# ("지난해 MOU를 맺은 누리대와", and an earlier event closed by "에 이어" or "이후": "지난해
# 양해각서 체결에 이어 19일 본협약을", "지난 3월 MOU 체결 이후 19일 …")
_RELATIVE = re.compile(r"\S(?:된|받은|한|연|온|던)\s|(?:^|\s)맺은\s|문을\s?연\s|에\s?이어\s"
                       r"|\s이후\s|" + EARLIER_CLAUSE.pattern)


# Rule ceremony-programme: "협약식은 경과보고, 협약서 서명, 기념촬영 순으로 진행됐다" tells the
# order of the ceremony another sentence reports; alone it names no party and reports nothing
_PROGRAMME = re.compile(
    rf"^\W*(?:이날\s*)?(?:협약\s?)?(?:{CEREMONY}|행사)(?:은|는)\s.*"
    r"순(?:서)?(?:으로|로)\s*(?:진행|이어|치러|열렸)")


def signing_stands(text: str, rule: SignedRule, signed: re.Match[str], year: int | None) -> bool:
    """The rules that say *no* to a signing verb found: plan, called off, audit, year, the
    ceremony's programme."""
    if _PROGRAMME.search(text):
        return False
    if _PLAN.search(text[max(0, signed.start() - 2) : signed.end() + 8]) and not SIGNED.search(
            text[signed.end():]):
        return False
    # "오는 25일 협약을 체결하고 …": a signing to come ("체결하고 오는 5월부터 …": what follows);
    # "체결하고 … 추진할 계획이다": a plan, unless a past day dates the signing ("19일 … 체결하고
    # … 지원할 계획이다": the plan is what follows it)
    if rule.then and _AHEAD.search(text, 0, signed.start()):
        return False
    # rule headline-ahead: a headline with no verb that names a time to come ("가온동, 다음 주
    # 누리교회와 나눔 협약") announces a plan, as the lead under it says ("체결할 예정")
    if rule.name == "headline" and _AHEAD.search(text, 0, signed.start()):
        return False
    if rule.then and _AND_PLAN.search(text[signed.start():]) and not _DATED.search(
            text, 0, signed.start()):
        return False
    if _called_off(text, signed.start()) or _looks_back(text, signed.start()):
        return False
    years = set(_YEAR.findall(_YEAR_OF_A_NOUN.sub(" ", text)))
    if year is not None:
        # a December signing reported in the new year keeps last year's number; a later year
        # is a target ("2030년 탄소중립", "2025년까지 1천 명"), never the day of a past signing
        return all(int(y) >= year or (int(y) == year - 1 and re.search(r"12월\s?\d{1,2}일", text))
                   for y in years)
    # publication year unknown: one year and no sign of looking back is taken as the date
    return not years or (len(years) == 1 and not _BACKGROUND_YEAR.search(text))


def background_after_plan(before: list[str], signed: list[str]) -> bool:
    """Rule background-after-plan: an article that first announces a signing to come ("…와
    협약을 체결할 예정이라고 밝혔다") and whose only signing sentences tell an earlier
    agreement ("도는 앞서 지난 3월 2일 …와 협약을 맺었다", "… 맺은 바 있다") reports no
    signing: ``before``, the sentences before the first signing one; ``signed``, those."""
    return bool(signed) and all(BACKGROUND.search(t) or EARLIER.search(t) for t in signed) \
        and any(_PLAN.search(t) for t in before)


def _called_off(text: str, verb_at: int) -> bool:
    """Rule called-off: the signing postponed, cancelled or annulled — unless only in a
    modifier before the verb ("코로나19로 연기됐던 협약을 체결했다", "보류된 사업 재개를 위한")."""
    return any(not (m.end() <= verb_at and (text.startswith("던", m.end()) or (
        m.group(2) == "된" and text[m.end():m.end() + 1].isspace())))
        for m in _CALLED_OFF.finditer(text))


def _looks_back(text: str, verb_at: int) -> bool:
    """Rule audit: a count of past agreements or an earlier time that dates the signing (and
    rule aside-last-month)."""
    return any(not _RELATIVE.search(text, m.end(), verb_at)
               for m in (*AUDIT.finditer(text), *_ASIDE_LAST_MONTH.finditer(text, 0, verb_at)))


# An opinion piece's tag before its headline ("[칼럼] …", "[사설]", "[김누리 칼럼]", "[기자수첩]"):
# the agreements a column or an editorial names are its background, not news it reports
_OPINION = re.compile(
    r"^\W*[\[【〔<]\s*(?:[^\]】〕>]{0,12}칼럼|사설|시론|(?:특별\s?)?기고|기자\s?수첩|취재\s?수첩"
    r"|오피니언|독자\s?투고|논단|시평|기자의\s?눈|편집국에서)\s*[\]】〕>]")


def opinion_piece(title: str | None, text: str) -> bool:
    """Rule opinion: the title, or the text's first line, is tagged as a column or an editorial."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    return any(_OPINION.match(line) for line in (title or "", first))
