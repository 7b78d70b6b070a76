"""Rule learned-party (extract/parties/learned.py): what the shipped scorer adds to the rules'
parties and what it must not, the switch that turns it off, and the training that rebuilds
the shipped model (invented articles only)."""
from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from test_unseen_parties import PARTIES

from mougraph import pipeline
from mougraph.extract import extract, sentence_clauses
from mougraph.extract.parties import learned, train
from mougraph.extract.parties.candidates import Candidate, candidates
from mougraph.model import Article
from mougraph.text import prepare

ROOT = Path(__file__).resolve().parents[1]

# a city signs with two companies named with no known ending, joined to it by 와 and a dot;
# the rules read the city alone
MISSED = "\n\n".join([
    "누리시, 청년 일자리 협약",
    "누리시와 한결·다온은 5일 시청 소회의실에서 '청년 일자리 창출 업무협약'을 맺었다고 "
    "6일 밝혔다.",
    "세 기관은 지역 청년 채용 확대, 직무 교육 과정 운영 등에 협력한다.",
    "누리시는 올해 '청년 내일 채움 사업'을 운영하고 있으며, 이번 협약으로 일자리가 늘어날 "
    "것으로 보고 있다.",
    "누리일보 최가람 기자",
])

# NOT: a programme, a department, a person with a title, a quoted shop, a unit of a party
DISTRACTORS = "\n\n".join([
    "가온시-누리대학교, 청년 창업 지원 협약",
    "가온시와 누리대학교는 8일 시청 회의실에서 '청년 창업 지원 업무협약'을 체결했다고 "
    "9일 밝혔다. 협약에 따라 누리대학교 산학협력단은 가온시의 '솔빛창업사업'과 "
    "누리대학교 기계공학과의 '다온 프로그램'을 함께 운영한다. 협약식에는 김다온 가온시장과 "
    "이하늘 누리대학교 총장이 참석했다. 이 총장은 \"'한빛상회' 같은 청년 가게가 "
    "늘어나길 바란다\"고 말했다.",
])


def parties(text: str, **switch: bool) -> list[str]:
    article = Article(id="t", text=text, published=dt.date(2026, 10, 15))
    return [p.name for a in extract(article, **switch).agreements for p in a.parties]


def test_the_scorer_adds_a_party_the_rules_miss() -> None:
    rules = parties(MISSED, learned_parties=False)
    assert "한결" not in rules and "다온" not in rules
    assert parties(MISSED) == [*rules, "한결", "다온"]


def test_no_distractor_is_added() -> None:
    assert parties(DISTRACTORS) == parties(DISTRACTORS, learned_parties=False)


# The rules' own "no" asked again of a candidate the model is sure of (RULE_VETOES): each row
# an invented text where the model admits a body the rules rightly leave out, and the veto
# that refuses it.
INTERVIEW = ("나라온 가온푸드 대표 \"농가와 함께 크겠다\"\n\n가온푸드 나라온 대표를 본사에서 "
             "만났다.\n\n")
ARTS = "\n\n".join([
    "가온문화재단-가온민예총, 예술인 작업실 협약 2년 연장",
    "가온문화재단과 (사)가온민족예술인총연합회가 2019년 처음 맺은 '예술인 작업실 공동 운영 "
    "협약'을 2년 더 이어가기로 했다.",
    "재단은 12일 재단 3층 세미나실에서 가온민예총과 연장 협약을 맺었다고 13일 밝혔다. 이번 "
    "재협약에는 가온시 소재 음악 단체 연합인 가온음악인협회도 새로 참여했다.",
    "세 단체는 옛 가온역 창고를 고친 작업실을 함께 운영한다.",
    "협약서에는 재단 대표이사 김다온 사무처장과 가온민예총 이하늘 이사장, 가온음악인협회 박솔 "
    "회장이 서명했다.",
])
JOBS = "\n\n".join([
    "누리시, 상의·고용센터와 청년 일자리 협약",
    "(누리=뉴스1) 한가온 기자 = 누리시는 9일 시청 상황실에서 누리상공회의소, 누리고용센터와 "
    "'청년 일자리 창출을 위한 업무협약'을 체결했다고 밝혔다.",
    "협약에 따라 세 기관은 청년 채용박람회 공동 개최, 구직 청년 상담 지원 등에 협력하기로 했다.",
    "이날 협약식에는 백하람 누리시장과 도윤슬 누리상공회의소 회장, 표다온 누리고용센터 소장이 "
    "참석했다.",
    "백하람 시장은 \"청년이 머무는 도시를 만들겠다\"고 말했다. 누리상의는 지난해에도 시와 "
    "소상공인 지원 협약을 맺은 바 있다.",
])
VETOED = [
    # NOT: syllables of a foreign head's name (the foreign-name rules, tests/test_people.py)
    ("가온대학교 총장 한다온과 일본 누리대학교 총장 마사란 비로사, 미국 솔빛대학교 총장 "
     "로네에 베사란베 텔로탄비는 25일 협약을 체결했다.", "비로사", "in-a-name"),
    # NOT: the interviewee's company with no interview tag, of another's signing, of an old
    # one (rule interviewee, tests/test_unseen_parties.py)
    (INTERVIEW + "-최근 한빛시와 협약을 맺었다고 들었다.\n\"지난 3일 시청에서 로컬푸드 협약을 "
     "체결했습니다.\"", "가온푸드", "interviewee"),
    ("[인터뷰] " + INTERVIEW + "-누리시가 최근 한빛시와 협약을 맺었다고 들었다.\n\"좋은 일이다. "
     "지역에 도움이 될 것이다.\"", "가온푸드", "interviewee"),
    ("[인터뷰] " + INTERVIEW + "-최근 한빛시와 협약을 맺었다고 들었다.\n\"3년 전에 맺은 "
     "협약이다. 지금은 끝났다.\"", "가온푸드", "interviewee"),
    # NOT: a party's full name beside the short form the rules read (rule abbreviation-fits)
    (ARTS, "가온민족예술인총연합회", "same-body"),
    # NOT: the party of another, earlier agreement told as background (GUIDELINES: parties of
    # the reported event only)
    ("솔빛시는 지난 5일 솔빛체육관 회의실에서 솔빛 돌핀스 구단과 업무협약을 체결했다고 9일 "
     "밝혔다.\n협약에 따라 시는 체육관 편의시설 개선을 지원한다.\n다른 구단들도 연고지와 협약을 "
     "서두르고 있다. 한별 타이거스는 지난달 한별시와 유소년 농구 지원 협약을 맺었다.",
     "타이거스", "earlier-agreement"),
    # … nor the party of an earlier tie-up told with no agreement's noun (cue tie_up)
    ("솔빛시는 지난 5일 솔빛체육관 회의실에서 솔빛 돌핀스 구단과 업무협약을 체결했다고 9일 "
     "밝혔다.\n앞서 Solano테크놀로지스와 Loren테크놀로지스는 지난해 수소 분야 기술 제휴를 "
     "맺었다.\n협약에 따라 시는 체육관 편의시설 개선을 지원한다.", "Loren테크놀로지스",
     "earlier-agreement"),
    # NOT: the ceremony as the subject of its own sentence ("협정식은 … 열렸으며")
    ("솔내대, 日 하루미대학과 교류 협정\n\n솔내대학교(총장 강도윤)는 지난 4일 일본 하루미대학과 "
     "학술교류 협정을 체결했다고 8일 밝혔다.\n\n협정식은 하루미대학 본관에서 열렸으며 솔내대 "
     "강도윤 총장과 하루미대학 이시다 켄 총장이 협정서에 서명했다.\n\n두 대학은 △교환학생 파견 "
     "△공동 연구를 추진한다.", "협정식", "ceremony"),
    # NOT: a kind's short form in the headline beside the party of that kind (상의: 상공회의소)
    (JOBS, "상의", "short-kind"),
]


def _asked(text: str, name: str) -> learned.Asked:
    """The candidate named ``name`` in ``text`` as the rule vetoes ask of it."""
    article = Article(id="t", text=text, published=dt.date(2026, 10, 15))
    agreements = list(extract(article, learned_parties=False).agreements)
    doc = prepare(article.text)
    clauses = sentence_clauses(doc)
    forms = learned.rule_forms(agreements)
    c = next(c for c in candidates(article, doc, clauses, forms) if name in c.forms)
    return learned.Asked(c, doc, clauses, agreements)


@pytest.mark.parametrize(("text", "name", "veto"), VETOED)
def test_a_rule_veto_refuses_what_the_model_is_sure_of(text: str, name: str, veto: str) -> None:
    asked = _asked(text, name)
    taken = {x for names in learned.rule_forms(asked.agreements) for x in names}
    assert learned.admitted(asked.candidate, taken, learned.model())
    assert learned.rule_veto(asked) == veto
    assert name not in parties(text)


# NOT: the body written with a person the rules seat for a party ("최다온 상인회 대표" for
# 가온전통시장); asked of that name alone (the model proposes it only in longer texts)
MARKET = "\n\n".join([
    "가온전통시장, 누리청과 자매결연",
    "가온전통시장은 8일 시장 2층 강당에서 누리청과 자매결연을 맺었다.",
    "이날 최다온 상인회 대표와 누리청 이하늘 차장이 결연서에 서명했다.",
])


def test_the_body_of_a_seated_head_is_refused() -> None:
    seated = _asked(MARKET, "가온전통시장")
    kind_word = dataclasses.replace(seated, candidate=Candidate(forms=["상인회"]))
    assert learned.rule_veto(kind_word) == "head-body"


def test_a_kind_short_form_with_no_party_of_that_kind_is_not_refused() -> None:
    """Rule short-kind refuses 상의 only beside a party that is a 상공회의소; a 상의 beside
    none, or any other name, is the model's to decide; nor is a name a ceremony word."""
    asked = _asked(JOBS, "상의")
    others = [dataclasses.replace(a, parties=tuple(p for p in a.parties
                                                   if not p.name.endswith("상공회의소")))
              for a in asked.agreements]
    assert learned.rule_veto(dataclasses.replace(asked, agreements=others)) is None
    school = dataclasses.replace(asked, candidate=Candidate(forms=["누리협약식품"]))
    assert learned.rule_veto(school) is None


# the scorer still adds the right parties beside each veto's construction
_SIGNING = MISSED.split("\n\n")[1]
KEPT = [
    ("in-a-name", MISSED + "\n\n협약식에는 일본 솔빛대학교 총장 마사란 비로사가 참석했다."),
    ("interviewee", "[인터뷰] 최가람 누리시장 \"청년 일자리 늘린다\"\n\n" + _SIGNING
     + "\n\n-한결·다온과 협약을 맺었다고 들었다.\n\"지난 5일 시청에서 협약을 체결했습니다.\""),
    ("same-body", MISSED.replace("누리시와 한결", "누리특별자치시(누리시)와 한결")),
    ("head-body", MISSED.replace("세 기관은", "김다온 시 대표와 이하늘 한결 대표, 박솔 다온 "
                                 "대표는")),
    # another body's earlier agreement beside; the signing itself told as of last month
    ("earlier-agreement", MISSED + "\n\n한별 타이거스는 지난해 한별시와 협약을 맺었다."),
    ("earlier-agreement", MISSED.replace("5일", "지난달 28일")),
    ("earlier-agreement", MISSED + "\n\n앞서 한별 타이거스는 지난해 한별시와 기술 제휴를 맺었다."),
]


@pytest.mark.parametrize(("veto", "text"), KEPT)
def test_the_scorer_still_adds_beside_a_veto(veto: str, text: str) -> None:
    rules = parties(text, learned_parties=False)
    assert parties(text) == [*rules, "한결", "다온"]


@pytest.mark.parametrize(("text", "parties"), PARTIES)
def test_nothing_is_added_to_the_unseen_constructions(
        text: str, parties: list[list[str]]) -> None:
    found = extract(Article(id="t", text=text))
    assert sorted(sorted(p.name for p in a.parties) for a in found.agreements) == parties


def _sure_candidate() -> Candidate:
    """A company of ``MISSED`` as the scorer saw it: a candidate it is sure of."""
    article = Article(id="t", text=MISSED, published=dt.date(2026, 10, 15))
    found = extract(article, learned_parties=False)
    doc = prepare(article.text)
    forms = learned.rule_forms(list(found.agreements))
    return next(c for c in candidates(article, doc, sentence_clauses(doc), forms)
                if c.forms == ["한결"])


# a veto rules out even a candidate the model is sure of
VETO_ROWS = ["thing=사업", "thing=프로그램", "thing=학과", "person_title", "quoted", "in_quote",
             "witness_only", "generic"]


@pytest.mark.parametrize("veto", VETO_ROWS)
def test_a_vetoed_candidate_is_not_added(veto: str) -> None:
    sure = _sure_candidate()
    assert learned.admitted(sure, set(), learned.model())
    vetoed = dataclasses.replace(sure, features={**sure.features, veto: 1.0})
    assert not learned.admitted(vetoed, set(), learned.model())


@pytest.mark.parametrize(("name", "taken"), [
    ("한결", {"한결"}),                 # NOT: a rule party already
    ("한결", {"한결소재"}),             # NOT: inside a rule party's name
    ("누리대학교산학협력단", {"누리대학교"}),  # NOT: holding one (a unit of a party)
    ("58사단", {"제58보병사단"}),       # NOT: a numbered unit's number and last kind word
    ("제3함대", {"해군제3함대"}),
])
def test_a_name_nested_with_a_party_is_not_added(name: str, taken: set[str]) -> None:
    sure = dataclasses.replace(_sure_candidate(), forms=[name])
    assert not learned.admitted(sure, taken, learned.model())


@pytest.mark.parametrize(("name", "taken"), [
    ("12사단", {"제58보병사단"}),        # another number: another unit
    ("58여단", {"제58보병사단"}),        # another kind: another unit
    ("누리부대", {"제58보병사단"}),
])
def test_another_unit_beside_a_numbered_party_is_added(name: str, taken: set[str]) -> None:
    sure = dataclasses.replace(_sure_candidate(), forms=[name])
    assert learned.admitted(sure, taken, learned.model())


def test_training_on_the_corpus_rebuilds_the_shipped_model_byte_for_byte(tmp_path: Path) -> None:
    corpus = ROOT / "tests" / "corpus"
    out = tmp_path / "parties.json"
    rows, positives = train.train(corpus, train.corpus_ids(corpus), out)
    assert 0 < positives < rows
    assert out.read_bytes() == learned.MODEL_PATH.read_bytes()


def test_the_model_is_part_of_the_record_fingerprint() -> None:
    # a retrained model re-extracts the stored articles, as a code change does
    root = Path(pipeline.__file__).parent
    assert learned.MODEL_PATH.suffix in pipeline._EXTRACTION_FILES
    assert learned.MODEL_PATH.is_relative_to(root) and learned.MODEL_PATH.is_file()
