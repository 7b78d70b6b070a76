"""Rule learned-person (extract/people/learned.py): how a tagged person is linked to a party,
what the shipped tagger adds to the rules' people and what it must not, the switch that turns
it off, and the training that rebuilds the shipped model (invented sentences only)."""
from __future__ import annotations

from pathlib import Path

import pytest

from mougraph.extract import extract
from mougraph.extract.people import learned, train
from mougraph.extract.people.learned_features import article_sentences, features
from mougraph.model import Article, Organisation

ROOT = Path(__file__).resolve().parents[1]
PARTIES = {"uni": ("가람대학교", "가람대"), "city": ("가온시",), "firm": ("솔빛테크",)}

# sentence, the tagged name, the party it speaks for (None: no party)
LINK_ROWS = [
    ("가람대학교(총장 김다온)는 가온시와 협약을 맺었다.", "김다온", "uni"),
    ("협약식에는 가온시장 박하늘이 참석했다.", "박하늘", "city"),
    ("협약식에는 가람대 총장 김다온이 참석했다.", "김다온", "uni"),
    ("이날 이누리 솔빛테크 대표 등이 서명했다.", "이누리", "firm"),
    # known miss, kept as measured: the title's particle is not cut in "name ORG title"
    ("이날 이누리 솔빛테크 대표가 서명했다.", "이누리", None),
    # NOT: a council of the city is another body, not the city
    ("이 자리에는 최가온 가온시의회 의장도 참석해 축하했다.", "최가온", None),
    # NOT: a party named earlier in the sentence, with words between, is no one's body here
    ("가람대학교는 이날 협약식을 열었고 축사는 한솔 재단 이사장 오다솜이 했다.", "오다솜", None),
]


def tagged(sentence: str, name: str) -> learned.Tagged:
    start = sentence.index(name)
    return learned.Tagged(name, 1.0, "", start, start + len(name), 0, len(sentence))


@pytest.mark.parametrize(("sentence", "name", "party"), LINK_ROWS)
def test_a_person_is_linked_to_the_party_written_beside_them(
        sentence: str, name: str, party: str | None) -> None:
    assert learned.direct_party(sentence, tagged(sentence, name), PARTIES) == party


def test_a_list_carries_the_party_of_the_person_before_but_a_caption_does_not() -> None:
    listed = "협약식에는 김다온 단장과 박하늘 부단장이 참석했다."
    before = [(listed.index("김다온"), listed.index("김다온") + 3, "uni")]
    assert learned.carried_party(listed, tagged(listed, "박하늘"), before) == "uni"
    caption = "(왼쪽부터) 김다온 총장, 박하늘 대표가 기념촬영을 하고 있다."
    before = [(caption.index("김다온"), caption.index("김다온") + 3, "uni")]
    assert learned.carried_party(caption, tagged(caption, "박하늘"), before) is None


# --- the shipped tagger over the rules ------------------------------------------------------

LEAD = "솔빛테크와 가람대학교는 업무협약을 체결했다.\n"
SIGNED = LEAD + "가람대학교 문하람 총장과 솔빛테크 한다온 센터장이 참석했다.\n"

# an invented article, and the people (name, title, party) the learned step adds to the rules'
ADDED_ROWS = [
    ("a company's centre head the rules leave out (a university signs too)",
     LEAD + "솔빛테크 한다온 센터장과 가람대학교 문하람 총장이 협약서에 서명했다.",
     {("한다온", "센터장", "솔빛테크")}),
    ("the same, another company",
     "누리바이오와 가온대학교는 공동연구 협약을 맺었다.\n"
     "누리바이오 오세결 센터장과 가온대학교 권다은 총장이 협약서에 서명했다.",
     {("오세결", "센터장", "누리바이오")}),
    ("the same, another title",
     LEAD + "솔빛테크 한다온 연구소장과 가람대학교 문하람 총장이 서명했다.",
     {("한다온", "연구소장", "솔빛테크")}),
    ("a person named twice is added once",
     LEAD + "솔빛테크 한다온 센터장과 가람대학교 문하람 총장이 서명했다.\n"
     "솔빛테크 한다온 센터장은 \"뜻깊은 협약\"이라고 말했다.",
     {("한다온", "센터장", "솔빛테크")}),
    # NOT: what the rules found already, and the reporter
    ("a reporter", SIGNED + "누리일보 박하늘 기자", set()),
    # NOT: a guest from a body that signs nothing
    ("a guest from a non-party body",
     SIGNED + "이 자리에는 누리시의회 최가온 의장도 참석해 축하했다.", set()),
    # NOT: the people of a caption's list carry no party from the one before
    ("a caption list",
     LEAD + "가람대학교 문하람 총장이 서명했다.\n"
     "(왼쪽부터) 가람대학교 문하람 총장, 한다온 센터장, 여은솔 본부장이 기념촬영을 하고 있다.",
     set()),
    # NOT: an ordinary word the tagger runs into its particle after a title
    ("an ordinary word with its particle after a title",
     LEAD + "가람대학교 총장 전화를 받은 군수가 협약을 서둘렀다.", set()),
    # NOT: a name inside a party's name
    ("a name inside a party's name",
     "한다온장학재단과 가람대학교는 장학 업무협약을 체결했다.\n"
     "한다온장학재단 문하람 이사장과 가람대학교 여은솔 총장이 서명했다.", set()),
    # NOT: the people the rules refuse on purpose (their negative rows in test_people.py and
    # test_signing.py), refused by the step's vetoes (learned.VETOES; the veto: VETO_ROWS)
    ("a department head after the county head joined by 와 (veto joined-unfit)",
     "가람군과 누리은행은 17일 금고 약정을 체결했다. "
     "이날 홍길동 군수와 이영희 기획감사실장이 참석했다.", set()),
    ("an abbreviation read as a name (veto body-as-name)",
     "한국재료가온연구원은 가온대와 협약을 맺었다. 김누리 재료연 원장은 \"기쁘다\"고 말했다.",
     set()),
    ("a congratulatory address is a guest's (veto guest-address)",
     "가온대학교 RISE사업단(단장 김누리)은 13일 누리공단 가온본부와 협약을 체결했다. 가온대 "
     "홍길동 총장은 축사에서 \"지역과 함께하겠다\"고 말했다.", set()),
    ("a chamber's officer after the mayor joined by 과 (veto short-kind)",
     "가온시는 9일 가온관광협회와 관광 활성화 협약을 체결했다. 협약식에는 김가온 시장과 "
     "이다솜 상의 회장이 참석했다.", set()),
    ("a coach after the mayor joined by 과 (veto joined-unfit)",
     "가온시는 18일 가온대학교와 체육 교류 협약을 체결했다. "
     "협약식에는 김가온 가온시장과 염지석 감독, 박누리 총장이 참석했다.", set()),
    ("a guest with their own body between name and title after a party's head (veto own-body)",
     "가람대학교는 21일 ㈜솔빛테크와 가족회사 협약을 체결했다. "
     "협약식에는 기업 측에서 한서윤 솔빛테크 대표와 최민재 들녘소프트 대표 등이 참석했다.", set()),
]


def people(text: str, *, learned_people: bool = True) -> set[tuple[str, str | None, str | None]]:
    found = extract(Article(id="x", text=text), learned_people=learned_people)
    return {(p.name, p.title, p.organisation) for a in found.agreements
            for p in a.representatives}


@pytest.mark.parametrize(("text", "added"), [row[1:] for row in ADDED_ROWS],
                         ids=[row[0] for row in ADDED_ROWS])
def test_the_tagger_adds_the_people_of_the_parties_the_rules_miss(
        text: str, added: set[tuple[str, str, str]]) -> None:
    assert people(text) - people(text, learned_people=False) == added


# --- the vetoes: the rules' refusals asked again of a linked person ----------------------------

TWO_UNIVERSITIES = "가람대학교와 누리대학교는 학술 교류 협약을 체결했다. "
CHAMBER = "가온시는 9일 가온관광협회와 관광 활성화 협약을 체결했다. "

# text, the tagged name, the party it is linked to, carried (else beside-the-name), the veto
VETO_ROWS = [
    ("가람군과 누리은행은 17일 금고 약정을 체결했다. 이날 홍길동 군수와 이영희 기획감사실장이 "
     "참석했다.", "이영희", "가람군", True, "joined-unfit"),
    (CHAMBER + "협약식에는 김가온 가온시장과 염지석 감독이 참석했다.", "염지석", "가온시", True,
     "joined-unfit"),
    # NOT: a party's own deputy joined by 과 after its head: the title is the party's kind's
    (TWO_UNIVERSITIES + "협약식에는 가람대학교 김다온 총장과 박하늘 부총장, 누리대학교 이솔 "
     "총장이 참석했다.", "박하늘", "가람대학교", True, None),
    # NOT: a comma list is the rules' colleague list, not refused here
    ("가람군과 누리은행은 17일 금고 약정을 체결했다. 이날 홍길동 군수, 이영희 기획감사실장이 "
     "참석했다.", "이영희", "가람군", True, None),
    (CHAMBER + "협약식에는 김가온 시장과 이다솜 상의 회장이 참석했다.", "이다솜", "가온시", True,
     "short-kind"),
    # NOT: the party of the short kind is the person's
    ("가온시는 9일 가온상공회의소와 협약을 체결했다. 협약식에는 김가온 시장과 이다솜 상의 회장이 "
     "참석했다.", "이다솜", "가온상공회의소", True, None),
    ("가람대학교는 21일 솔빛테크와 협약을 체결했다. 협약식에는 한서윤 솔빛테크 대표와 최민재 "
     "들녘소프트 대표 등이 참석했다.", "최민재", "솔빛테크", False, "own-body"),
    # NOT: the guest's body is a party too
    ("가람대학교는 21일 솔빛테크, 들녘소프트와 협약을 체결했다. 협약식에는 한서윤 솔빛테크 대표와 "
     "최민재 들녘소프트 대표 등이 참석했다.", "최민재", "들녘소프트", False, None),
    # own-body in a list written body, title, name: the body before the title is no party
    ("가온테크노파크는 관계 기관과 협약을 맺었다. 서명: 가온TP 원장 김다온, 들녘랩 대표 최민재, "
     "솔빛대 산학협력단장 박하늘", "최민재", "가온테크노파크", True, "own-body"),
    ("가온테크노파크는 관계 기관과 협약을 맺었다. 서명: 가온TP 원장 김다온, 들녘랩 대표 최민재, "
     "솔빛대 산학협력단장 박하늘", "박하늘", "가온테크노파크", True, "own-body"),
    # NOT: the body before the title is the party's
    ("가온테크노파크는 들녘랩과 협약을 맺었다. 서명: 가온TP 원장 김다온, 들녘랩 대표 최민재",
     "최민재", "들녘랩", True, None),
    # NOT: a title alone before the name, no body written with it
    ("가온테크노파크는 들녘랩과 협약을 맺었다. 이날 가온테크노파크 원장 김다온과 부원장 최민재가 "
     "서명했다.", "최민재", "가온테크노파크", True, None),
    ("한국재료가온연구원은 가온대와 협약을 맺었다. 김누리 재료연 원장은 \"기쁘다\"고 말했다.",
     "재료연", "한국재료가온연구원", True, "body-as-name"),
    ("가온대학교 RISE사업단(단장 김누리)은 13일 누리공단 가온본부와 협약을 체결했다. 가온대 "
     "홍길동 총장은 축사에서 \"지역과 함께하겠다\"고 말했다.", "홍길동", "가온대학교 RISE사업단",
     False, "guest-address"),
    # the head's title with the rank after it in an aside is no person (veto title-as-name)
    ("육군 가온보병사단(사단장 소장 김다온)과 솔빛군은 5일 협약을 체결했다.", "사단장",
     "육군 가온보병사단", False, "title-as-name"),
    # NOT: the head's name in the same aside
    ("육군 가온보병사단(사단장 소장 김다온)과 솔빛군은 5일 협약을 체결했다.", "김다온",
     "육군 가온보병사단", False, None),
    # a city written right before the party's name it prefixes is no person (veto place-as-name)
    ("서귀포 가온영농조합법인(대표 김다온)과 솔빛푸드는 14일 협약을 체결했다.", "서귀포",
     "가온영농조합법인", False, "place-as-name"),
    # NOT: a person written before the party's name is no place
    ("가온영농조합법인과 솔빛푸드는 14일 협약을 체결했다. 김다온 가온영농조합법인 대표가 서명했다.",
     "김다온", "가온영농조합법인", False, None),
    # a country written before the party's name is no person (veto country-as-name)
    ("한결대학교와 필리핀 가온주립대학교는 9일 협약을 체결했다. 왼쪽부터 필리핀 가온주립대학교 "
     "김다온 부총장, 한결대학교 박솔 총장.", "필리핀", "가온주립대학교", False, "country-as-name"),
    # NOT: the person written after the country and the body
    ("한결대학교와 필리핀 가온주립대학교는 9일 협약을 체결했다. 왼쪽부터 필리핀 가온주립대학교 "
     "김다온 부총장, 한결대학교 박솔 총장.", "김다온", "가온주립대학교", False, None),
    # a council committee's chair (rule fused-office): the office is no party, whether the
    # committee is fused with it or written after it (veto fused-office)
    ("가온시는 12일 누리대학교와 협약을 체결했다. 협약식에는 가온시 김다온 시장과 누리대학교 "
     "박솔 총장이 서명했으며, 가온시의회산업건설위원장 이하람 의원도 참석했다.", "이하람", "가온시",
     False, "fused-office"),
    ("가온시는 12일 누리대학교와 협약을 체결했다. 협약식에는 김다온 가온시장, 박솔 누리대학교 "
     "총장, 이하람 가온시의회 산업건설위원장이 함께했다.", "이하람", "누리대학교", True,
     "fused-office"),
    # NOT: the city's own bureau head, the city signing
    ("가온시는 12일 누리대학교와 협약을 체결했다. 협약식에는 김다온 가온시장과 정누리 "
     "가온시산업건설국장, 박솔 누리대학교 총장이 서명했다.", "정누리", "가온시", False, None),
    # a named body of no party fused into the title, the body that lent the hall (veto
    # fused-stranger)
    ("다솜병원(병원장 이가람)은 12일 누리시와 협약을 체결했다. 장소를 내준 김다온 미르병원장은 "
     "\"기쁘다\"고 말했다.", "김다온", "다솜병원", False, "fused-stranger"),
    # NOT: the fused body is a party
    ("다솜병원(병원장 이가람)은 12일 미르병원과 협약을 체결했다. 이날 이가람 병원장과 "
     "김다온 미르병원장이 서명했다.", "김다온", "미르병원", False, None),
    # NOT: a head's greeting is a party's
    ("가온대학교 RISE사업단(단장 김누리)은 13일 누리공단 가온본부와 협약을 체결했다. 가온대 "
     "홍길동 총장은 인사말에서 \"지역과 함께하겠다\"고 말했다.", "홍길동", "가온대학교 RISE사업단",
     False, None),
    # a party's name with the bullet mark glued to it, read as a name (veto party-as-name)
    ("가온대학교는 12일 누리과학대학교, 다솜대학교와 협약을 체결했다. 협약식에는 "
     "△가온대학교 김다온 사업단장 △누리과학대학교 박솔 사업단장 △다솜대학교 이하람 부단장이 "
     "참석했다.", "△다솜대학교",
     "누리과학대학교", True, "party-as-name"),
    # NOT: the name after that party is its person
    ("가온대학교는 12일 누리과학대학교, 다솜대학교와 협약을 체결했다. 협약식에는 "
     "△가온대학교 김다온 사업단장 △누리과학대학교 박솔 사업단장 △다솜대학교 이하람 부단장이 "
     "참석했다.", "이하람",
     "다솜대학교", False, None),
]


def veto_of(text: str, name: str, party: str, carried: bool) -> str | None:
    agreements = list(extract(Article(id="x", text=text), learned_people=False).agreements)
    parties = learned._party_names(agreements)
    assert party in parties
    reading = learned.RulesReading(text, learned._party_records(agreements, parties))
    start = text.rindex(name)
    person = learned.Tagged(name, 1.0, "", start, start + len(name), 0, len(text))
    return learned.vetoed(reading.link(person, party, carried=carried))


@pytest.mark.parametrize(("text", "name", "party", "carried", "veto"), VETO_ROWS)
def test_a_veto_refuses_whom_the_rules_refuse_and_no_one_else(
        text: str, name: str, party: str, carried: bool, veto: str | None) -> None:
    assert veto_of(text, name, party, carried) == veto


# --- the title of a person the step adds: the rules' reading (rule learned-title) ----------------

UNI_FIRM = "가람대학교와 솔빛테크는 협약을 체결했다. "
CITY_FIRM = "가온시와 솔빛테크는 협약을 체결했다. "

# text, the tagged name, the party it is linked to, the title the rules read (None: none read,
# the tagger's title stays)
TITLE_ROWS = [
    (UNI_FIRM + "협약식에는 김다온 가람대 총장이 참석했다.", "김다온", "가람대학교", "총장"),
    (UNI_FIRM + "가람대 김다온 총장은 인사말을 했다.", "김다온", "가람대학교", "총장"),
    (UNI_FIRM + "이날 솔빛테크 대표 김다온은 서명했다.", "김다온", "솔빛테크", "대표"),
    (CITY_FIRM + "이날 가온시 기획조정실장 김다온이 참석했다.", "김다온", "가온시", "기획조정실장"),
    (CITY_FIRM + "이날 김다온 가온시 기획조정실장이 참석했다.", "김다온", "가온시", "기획조정실장"),
    (UNI_FIRM + "가람대 총장 직무대행 김다온 교수가 서명했다.", "김다온", "가람대학교",
     "총장 직무대행"),
    # NOT: the title of the person listed before (the title word nearest the name)
    (UNI_FIRM + "가람대학교 김다온 총장과 박하늘 부총장이 참석했다.", "박하늘", "가람대학교",
     "부총장"),
    # NOT: a title the rules do not read with the name (none written): the tagger's stays
    (UNI_FIRM + "이날 솔빛테크 김다온이 서명했다.", "김다온", "솔빛테크", None),
]


@pytest.mark.parametrize(("text", "name", "party", "title"), TITLE_ROWS)
def test_an_added_person_has_the_title_the_rules_read_with_them(
        text: str, name: str, party: str, title: str | None) -> None:
    parties = [Organisation("가람대학교", aliases=("가람대",)), Organisation("솔빛테크"),
               Organisation("가온시")]
    start = text.rindex(name)
    person = learned.Tagged(name, 1.0, "교수", start, start + len(name), 0, len(text))
    link = learned.RulesReading(text, parties).link(person, party, carried=False)
    assert learned.rules_title(link) == title


def test_own_body_refuses_only_a_body_written_between_name_and_title() -> None:
    # "솔빛교단 총회(총회장 장다온)" where the party is 솔빛교단 총회: the rules read the aside's
    # body as 총회 alone, no party; written before the title, it is no veto
    text = "가온혈액원(원장 조누리)과 솔빛교단 총회(총회장 장다온)가 29일 업무협약을 체결했다."
    parties = [Organisation("가온혈액원"), Organisation("솔빛교단 총회")]
    start = text.index("장다온")
    person = learned.Tagged("장다온", 1.0, "총회장", start, start + 3, 0, len(text))
    link = learned.RulesReading(text, parties).link(person, "솔빛교단 총회", carried=False)
    assert link.reading is not None and link.reading.org == "총회"
    assert learned.vetoed(link) is None


def test_rules_only_adds_no_learned_people() -> None:
    text = ADDED_ROWS[0][1]
    assert ("한다온", "센터장", "솔빛테크") in people(text)
    assert not any(name == "한다온" for name, _, _ in people(text, learned_people=False))


def test_the_tagger_given_only_the_strings_its_model_knows_tags_the_same() -> None:
    text = (LEAD + "협약식에는 솔빛테크 한다온 센터장과 가람대학교 문하람 총장, 누리일보 박하늘 "
            "기자가 함께했다.")
    known = learned.model_attributes()
    assert known is not None
    crf = learned.tagger()
    for tokens in article_sentences(text):
        every, kept = features(tokens, text), features(tokens, text, known)
        assert all(set(k) <= known and [f for f in e if f in known] == list(k)
                   for e, k in zip(every, kept, strict=True))
        read = []
        for described in (every, kept):
            crf.set(described)
            labels = crf.tag()
            read.append((labels, [crf.marginal(label, i) for i, label in enumerate(labels)]))
        assert read[0] == read[1]


# --- training ---------------------------------------------------------------------------------

def test_training_labels_mark_the_gold_person_and_title_not_the_reporter() -> None:
    text = "가람대학교(총장 김다온)는 가온시와 협약을 맺었다.\n누리일보 박하늘 기자"
    gold = {"signing": True,
            "representatives": [{"name": "김다온", "title": "총장", "org": "가람대학교"}]}
    sentences = article_sentences(text)
    labels, located, total = train.labels_for(text, sentences, gold)
    marked = {(tok.form, lab) for s, ls in zip(sentences, labels, strict=True)
              for tok, lab in zip(s, ls, strict=True) if lab != "O"}
    assert (located, total) == (1, 1)
    assert ("총장", "B-TTL") in marked
    assert any(lab == "B-PER" and "김다온".startswith(form) for form, lab in marked)
    assert not any("박하늘".startswith(form) for form, _ in marked)


def test_training_on_the_corpus_rebuilds_the_shipped_model_byte_for_byte(tmp_path: Path) -> None:
    corpus = ROOT / "tests" / "corpus"
    out = tmp_path / "people.crfsuite"
    located, total = train.train(corpus, train.corpus_ids(corpus), out)
    assert located == total
    assert out.read_bytes() == learned.MODEL_PATH.read_bytes()


# rule refused-once: a caption printed twice holds one person; a council's officer the vetoes
# refuse in the first copy is not linked to the party before them in the second
_CAPTION = ("▲(왼쪽부터)김다온 가온복지재단 사무국장, 박솔빛 새별시의회 복지환경위원장, "
            "이하람 누리복지관 관장이 4일 협약식에서 기념촬영을 하고 있다. /사진=가온복지재단")


def test_a_person_refused_in_a_caption_stays_refused_in_its_copy() -> None:
    text = ("가온복지재단은 지난 4일 누리복지관과 나눔사업 협약식을 열었다고 5일 밝혔다.\n\n"
            f"{_CAPTION}\n{_CAPTION}\n올해 나눔사업에는 누리복지관이 선정됐다.")
    people = [(p.name, p.organisation) for a in extract(Article("t", text)).agreements
              for p in a.representatives]
    assert people == [("김다온", "가온복지재단"), ("이하람", "누리복지관")]
