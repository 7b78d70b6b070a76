# ruff: noqa: E501 - tables of Korean sentences read better unwrapped
"""Names written with an optional space inside (한글 맞춤법 제49항: 고유명사는 단위별로 띄어 쓸
수 있다): rules spaced-unit and spaced-kind read them as the one word other outlets write, and
leave a describing word, a time word, a descriptor region or a person before a kind apart
(sentences and names invented for the tests)."""
from __future__ import annotations

import pytest

from mougraph.extract import extract
from mougraph.extract.clause import clause
from mougraph.extract.orgs import spaced_view
from mougraph.model import Article
from mougraph.text import Sentence


def parties(text: str) -> list[str]:
    (agreement,) = extract(Article("t", text)).agreements
    return [o.name.replace(" ", "") for o in agreement.parties]


def view(text: str) -> str:
    return spaced_view(clause(Sentence(0, len(text), text))).view


@pytest.mark.parametrize("text, party", [
    # rule spaced-kind: an own word, then the kind written apart
    ("누리 대학교(총장 김다온)와 다솜시는 5일 업무협약을 체결했다.", "누리대학교"),
    ("다솜시는 5일 솔빛 협의회(회장 김다온)와 업무협약을 체결했다.", "솔빛협의회"),
    ("다솜시는 5일 한빛 종합사회복지관과 돌봄 협약을 체결했다.", "한빛종합사회복지관"),
    ("다솜시는 5일 한빛 국제전문대학(총장 김다온)과 업무협약을 체결했다.", "한빛국제전문대학"),
    ("다솜대학교는 5일 누리민간기술개발 협의회와 업무협약을 체결했다.", "누리민간기술개발협의회"),
    ("다솜대학교는 5일 솔빛 영농조합과 업무협약을 체결했다.", "솔빛영농조합"),
    # after a region, a body named by common words only needs the region to name one
    ("다솜대학교는 5일 제주 문화진흥원과 창업 지원 협약을 체결했다.", "제주문화진흥원"),
    ("다솜대학교는 5일 강원 신용보증재단과 업무협약을 체결했다.", "강원신용보증재단"),
    # rule spaced-unit: a unit's ending written at its parts, then unit-of as before
    ("누리대학교 산학 협력단(단장 김다온)은 5일 다솜시와 업무협약을 체결했다.", "누리대학교산학협력단"),
    ("다솜시는 5일 한빛공사 강원 지역본부와 업무협약을 체결했다.", "한빛공사강원지역본부"),
    # rule spaced-federation: a federation's short name before its regional office
    ("다솜시는 5일 농협 다솜도지역본부, 누리군과 일손돕기 협약을 맺었다.", "농협다솜도지역본부"),
    ("다솜시는 5일 수협 누리본부와 어촌 돌봄 협약을 맺었다.", "수협누리본부"),
])
def test_a_spaced_name_is_one_party(text: str, party: str) -> None:
    assert party in parties(text)


@pytest.mark.parametrize("text, apart", [
    # a describing, common or time word before a kind names no body
    ("다솜시는 해당 대학교와 관내 복지관에 예산을 지원한다.", ("해당 대학교", "관내 복지관")),
    # a common word before a body's own name ("…동 소재 솔빛치과의원")
    ("다솜시는 누리동 소재 솔빛치과의원과 협약을 맺었다.", ("소재 솔빛치과의원",)),
    ("다솜시는 지역 대학교와 인근 종합사회복지관을 찾았다.", ("지역 대학교", "인근 종합사회복지관")),
    ("다솜시는 올해 협의회를 두 차례 열었다.", ("올해 협의회",)),
    # a person a title follows: the body's kind, then the person's title
    ("김다온 재단 이사장은 다솜시와 협약을 맺었다.", ("김다온 재단",)),
    # a body before its unit stays a name of two words (rule unit-of reads it)
    ("누리대학교 평생교육원은 다솜시와 협약을 맺었다.", ("누리대학교 평생교육원",)),
    # a region before an own name or a short kind is a descriptor (rule place-before)
    ("다솜시는 충북 누리대학교를 찾았다.", ("충북 누리대학교",)),
    # after a region: a name it does not end ("…상공회의소 누리구 상공회"), an own name, a
    # descriptor; a collective of both parties; a word begun with a number
    ("충북 상공회의소 누리구 상공회가 다솜시와 협약을 맺었다.", ("충북 상공회의소",)),
    ("대전 누리정보대학과 국립 다솜대학교는 협약을 맺었다.", ("대전 누리정보대학", "국립 다솜대학교")),
    ("양교 산학협력단은 협약을 통해 현장실습에 협력한다.", ("양교 산학협력단",)),
    ("누리마을 2단지 자율방범대는 다솜시와 협약을 맺었다.", ("2단지 자율방범대",)),
    # not spaced-federation: a federation's name before a word that is no regional office
    ("다솜시는 농협 하나로마트에서 장을 봤다.", ("농협 하나로마트",)),
    # a verb or adverb before a kind
    ("다솜시는 새로 문을 연 복지관과 훨씬 가까워진 대학교를 찾았다.", ("연 복지관", "훨씬 가까워진")),
])
def test_a_space_that_parts_two_things_stays(text: str, apart: tuple[str, ...]) -> None:
    for words in apart:
        assert words in view(text)


@pytest.mark.parametrize("text, expected", [
    # rule spaced-list-kind: short names in a dotted list, their shared ending written apart:
    # one body each, never the ending alone
    ("다솜시와 가람·솔빛·미루 새마을금고는 5일 시청에서 서민 금융 지원 협약을 맺었다.",
     ["가람새마을금고", "다솜시", "미루새마을금고", "솔빛새마을금고"]),
    ("다솜시는 5일 가람·다온 복지관과 돌봄 지원 협약을 맺었다고 밝혔다.",
     ["가람복지관", "다솜시", "다온복지관"]),
    # rule kind-after-list: a kind of more words than the ending ("저축은행", "신용협동조합")
    # after the list is not joined (a name may be of common words), and never a body alone
    ("다솜시와 가람·솔빛·미루 저축은행은 5일 시청에서 서민 금융 지원 협약을 맺었다.", ["다솜시"]),
    ("다솜시는 5일 가람·다온 신용협동조합과 서민 금융 지원 협약을 맺었다고 밝혔다.", ["다솜시"]),
    # NOT rule kind-after-list: a region's list before the kind is read leftwards as before
    ("다솜시와 충남·대전 저축은행은 5일 서민 금융 지원 협약을 맺었다고 밝혔다.",
     ["다솜시", "충남·대전저축은행"]),
])
def test_a_dotted_list_before_its_spaced_kind_is_one_body_each(
        text: str, expected: list[str]) -> None:
    assert sorted(parties(text)) == expected


@pytest.mark.parametrize("text, apart", [
    # NOT rule spaced-list-kind: regions, common words, or a part with an ending of its own
    ("다솜시는 충남·대전 저축은행 이용자를 도왔다.", "충남·대전 저축은행"),
    ("다솜시는 교육·연구 재단 설립을 검토했다.", "교육·연구 재단"),
    ("다솜시는 누리시·가람군 신용협동조합 이용자를 도왔다.", "가람군 신용협동조합"),
    ("다솜시는 충남·대전 새마을금고 이용자를 도왔다.", "충남·대전 새마을금고"),
])
def test_a_dotted_list_not_of_names_keeps_the_space(text: str, apart: str) -> None:
    assert apart in view(text)


def test_a_descriptor_region_is_still_dropped_from_the_name() -> None:
    assert "누리대학교" in parties("다솜시는 5일 충북 누리대학교와 업무협약을 체결했다.")


def test_the_view_keeps_the_article_offsets() -> None:
    text = "다솜시는 5일 한빛 종합사회복지관과 협약을 체결했다."
    cl = spaced_view(clause(Sentence(0, len(text), text)))
    assert "한빛종합사회복지관과" in cl.view
    at = cl.view.index("종합")
    assert text[cl.offset(at): cl.offset(at) + 7] == "종합사회복지관"


def reps(text: str) -> list[tuple[str, str, str]]:
    (agreement,) = extract(Article("t", text)).agreements
    return [(r.name, r.title, r.organisation or "") for r in agreement.representatives]


@pytest.mark.parametrize("text, rep", [
    # rule spaced-title: a title written at its parts is the one title
    ("다솜시는 5일 솔빛테크와 업무협약을 체결했다. 협약식에는 솔빛테크 대표 이사 김다온과 이솔빛 다솜시장이 참석했다.", ("김다온", "대표이사", "솔빛테크")),
    ("다솜시는 5일 솔빛테크와 업무협약을 체결했다. 협약식에는 김다온 솔빛테크 상임 이사와 이솔빛 다솜시장이 참석했다.", ("김다온", "상임이사", "솔빛테크")),
    ("다솜시는 5일 솔빛테크와 업무협약을 체결했다. 협약식에는 솔빛테크 공동 대표 김다온과 이솔빛 다솜시장이 참석했다.", ("김다온", "공동대표", "솔빛테크")),
    # a unit's head fused with the unit, written apart
    ("다솜시는 5일 누리대학교 산학협력단과 업무협약을 체결했다. 김다온 산학협력 단장(정보학과 교수)은 \"기쁘다\"고 말했다.", ("김다온", "단장", "누리대학교 산학협력단")),
    # in an aside
    ("다솜시는 29일 사단법인 솔빛21(상임 대표 김다온)과 순찰 협약식을 가졌다.", ("김다온", "상임대표", "솔빛21")),
])
def test_a_spaced_title_is_one_title(text: str, rep: tuple[str, str, str]) -> None:
    assert rep in reps(text)


def test_a_person_before_a_company_is_not_its_name() -> None:
    text = ("다솜시는 5일 솔빛테크와 업무협약을 체결했다. "
            "협약식에는 김다온 솔빛테크 상임 이사와 이솔빛 다솜시장이 참석했다.")
    assert parties(text) == ["다솜시", "솔빛테크"]
    assert "대표 이사장" in view("솔빛테크 대표 이사장 김다온이 참석했다.")
    assert "명예 회장" in view("솔빛테크 명예 회장 김다온이 참석했다.")


@pytest.mark.parametrize("text, rep", [
    # a person before a body, a kind or a title is no word of a name (rule spaced-kind)
    ("다솜시는 5일 솔빛사, 가온교회, 누리성당과 나눔 협약을 체결했다. 협약식에는 솔빛사 주지 혜원 스님, 가온교회 담임목사 한다온 목사, 누리성당 주임 요셉 박태윤 신부, 다솜시가족센터 추은별 센터장이 참석했다.",
     ("박태윤", "신부", "누리성당")),
    ("누리대학교 산학협력단은 5일 솔빛테크와 업무협약을 체결했다. 이날 협약식에는 정다온 누리대 산학협력단장과 단우현 산학협력단 부단장, 솔빛테크 이가온 대표가 참석했다.",
     ("단우현", "부단장", "누리대학교 산학협력단")),
    ("다솜시는 5일 누리대학교 청년창업사업단과 업무협약을 체결했다. 협약식에는 이솔빛 다솜시장, 채우진 누리대 청년창업사업단장이 참석했다.",
     ("채우진", "사업단장", "누리대학교 청년창업사업단")),
    # an aside between two words: "티엔(La Quoc Thien) 응옥선기술대" is a name, then a body
    ("다솜대학교는 5일 하롱기술대학교와 학술교류 협약을 체결했다. 협약식에서 이솔빛 다솜대 총장과 레 반 투언(Le Van Tuan) 하롱기술대 총장이 서명했다.",
     ("레 반 투언", "총장", "하롱기술대학교")),
])
def test_a_person_next_to_a_body_keeps_the_space(text: str, rep: tuple[str, str, str]) -> None:
    assert rep in reps(text)


def test_a_priest_is_read_once_for_his_own_church() -> None:
    text = ("다솜시는 5일 솔빛사, 가온교회, 누리성당과 나눔 협약을 체결했다. 협약식에는 솔빛사 주지 혜원 스님, "
            "가온교회 담임목사 한다온 목사, 누리성당 주임 요셉 박태윤 신부, 다솜시가족센터 추은별 센터장이 참석했다.")
    assert [r for r in reps(text) if r[0] == "박태윤"] == [("박태윤", "신부", "누리성당")]
