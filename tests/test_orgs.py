# ruff: noqa: E501 - tables of Korean sentences read better unwrapped
"""Organisation names: boundaries, forms of one body, canonical names, kinds."""
from __future__ import annotations

import pytest

from mougraph.extract import extract, orgs
from mougraph.extract.clause import clause
from mougraph.model import Article, OrgKind
from mougraph.morph import Sentence


def _parties(text: str) -> list[str]:
    found = extract(Article(id="t", text=text))
    return [o.name for a in found.agreements for o in a.parties]


def _mentions(text: str) -> list[str]:
    return [m.name for m in orgs.mentions(clause(Sentence(0, len(text), text)))]


@pytest.mark.parametrize("text, name", [
    ("노준용 한국과학기술원 문화기술대학원장이 참석했다.", None),   # fused: a person's title
    ("서울 송파구청과 협약을 맺었다.", "서울 송파구청"),
    ("충북 가람군과 협약을 맺었다.", "충북 가람군"),
    ("누리대학교 산학협력단이 협약을 맺었다.", "누리대학교 산학협력단"),
    ("한국품질진흥원 호남지역본부와 협약을 맺었다.", "한국품질진흥원 호남지역본부"),
    ("부산시 해운대구 하늘2동 행정복지센터와 협약을 맺었다.", "부산시 해운대구 하늘2동 행정복지센터"),
    ("(주)가나전자와 협약을 맺었다.", "가나전자"),
    ("가나제약(주)과 협약을 맺었다.", "가나제약"),
    ("별코리아 농업법인과 협약을 맺었다.", "별코리아 농업법인"),
    # a farm co-op incorporated as such is a body of its own, its head of common words or
    # Latin letters (no company's overseas 법인)
    ("들녘F&B영농조합법인과 협약을 맺었다.", "들녘F&B영농조합법인"),
    ("솔숲영농조합법인과 협약을 맺었다.", "솔숲영농조합법인"),
    ("한빛전자 미국법인과 협약을 맺었다.", "한빛전자 미국법인"),
    ("가람군 솔내면 이장협의회는 협약을 맺었다.", "가람군 솔내면 이장협의회"),
    ("한·중 기술교류센터와 협약을 맺었다.", "한·중 기술교류센터"),
    # a police box, a branch and the like are units of the body written before them
    # rule known: a body the gazetteer knows needs no ending rule (청 alone is too weak)
    ("기상청(청장 홍길동)과 협약을 맺었다.", "기상청"),
    ("누리경찰서 사아지구대가 협약을 맺었다.", "누리경찰서 사아지구대"),
    ("가람경찰서 솔내파출소와 협약을 맺었다.", "가람경찰서 솔내파출소"),
    ("가람문화원과 누리도서관이 협약을 맺었다.", "누리도서관"),
    ("누리이장단연합회 솔내지회와 협약을 맺었다.", "누리이장단연합회 솔내지회"),
    # a college after its university, a branch after its body, an office after its town
    ("가람대학교 약학대학과 협약을 맺었다.", "가람대학교 약학대학"),
    ("한국가람공사 전북지역본부 남원지사와 협약을 체결했다.", "한국가람공사 전북지역본부 남원지사"),
    ("가람건설협회 서울시회와 협약을 체결했다.", "가람건설협회 서울시회"),
    ("누리시 보건소와 협약을 맺었다.", "누리시 보건소"),
    # a profession's association named after its place (의사회, 약사회: no ending before)
    ("누리시 의사회는 가온시와 업무협약을 맺었다.", "누리시 의사회"),
    ("가온시 약사회는 누리보건소와 업무협약을 맺었다.", "가온시 약사회"),
    ("가온시는 대한가온약사회와 업무협약을 맺었다.", "대한가온약사회"),
    # rule event-committee: the event (and its year) before its committee
    ("가온시는 가온축제 운영위원회와 업무협약을 체결했다.", "가온축제 운영위원회"),
    ("누리대학교는 2026 가온엑스포 조직위원회와 업무협약을 체결했다.", "2026 가온엑스포 조직위원회"),
    # company endings of the genre after a proper name ("한빛소프트", "누리물류")
    ("가온대학교는 한빛소프트와 산학협력 협약을 체결했다.", "한빛소프트"),
    ("가온시는 한빛중공업과 투자협약을 체결했다.", "한빛중공업"),
    # a foreign city Kiwi reads as a Korean name, listed in lexicons/foreign_cities.txt
    ("가온대학교는 하노이 누리국립대학교와 교류 협약을 체결했다.", "하노이 누리국립대학교"),
    # ... and one Kiwi reads as a verb and its ending ("꽝남": 꽝 + 나 + ㅁ), after a person's name
    ("김다온 가온대 총장은 응우옌 반 탄 꽝남 국립외국어대학교 총장과 협약을 맺었다.",
     "꽝남 국립외국어대학교"),
    # more bodies of the genre: veterans, junior chambers, prisons, learning centres, 향교, YMCA
    ("가람시는 가온재향군인회와 업무협약을 체결했다.", "가온재향군인회"),
    ("가람시는 누리청년회의소와 업무협약을 체결했다.", "누리청년회의소"),
    ("가람대학교는 누리평생학습관과 업무협약을 체결했다.", "누리평생학습관"),
    # halls and gardens that sign as bodies, named with a word Kiwi knows as a common noun
    ("가람시는 누리과학관과 업무협약을 체결했다.", "누리과학관"),
    ("가람시는 누리수목원과 업무협약을 체결했다.", "누리수목원"),
    ("가람시는 누리공예관과 업무협약을 체결했다.", "누리공예관"),
    # rule attached-body: what a university, company or cooperative runs, written after it
    ("가람시는 가온대학교 평생교육원과 업무협약을 체결했다.", "가온대학교 평생교육원"),
    ("가람시는 누리전자 노동조합과 업무협약을 체결했다.", "누리전자 노동조합"),
    # … also when it is named by its kind only, after 부설/부속/산하 or right after the parent
    ("가람시는 누리대학교 부설 연구소와 업무협약을 체결했다.", "누리대학교 부설 연구소"),
    ("가람시는 누리대학교 의료원과 업무협약을 체결했다.", "누리대학교 의료원"),
    # units named by their task
    ("가람시는 가온대학교 창업지원단과 업무협약을 체결했다.", "가온대학교 창업지원단"),
    ("가람시는 한국누리연구원 가온분원과 업무협약을 체결했다.", "한국누리연구원 가온분원"),
    # schools, academies, fishing villages and clubs named with a common word
    ("가람시는 누리대안학교와 업무협약을 체결했다.", "누리대안학교"),
    ("가람시는 누리어촌계와 업무협약을 체결했다.", "누리어촌계"),
    # venues, leisure businesses and government offices that sign as bodies
    ("가람시는 누리종합운동장과 업무협약을 체결했다.", "누리종합운동장"),
    ("가람시는 누리보훈지청과 업무협약을 체결했다.", "누리보훈지청"),
    # a retailer's store named after its place
    ("한빛마트 누리점은 20일 가온면 행정복지센터와 나눔 협약을 체결했다.", "한빛마트 누리점"),
    # rule place-people-body: an association named only by the people it gathers, after its place
    ("가온시는 누리시 소상공인연합회와 업무협약을 체결했다.", "누리시 소상공인연합회"),
    ("누리대는 가온군 청년협의회와 업무협약을 체결했다.", "가온군 청년협의회"),
    ("가람군 솔내면 주민자치회는 솔빛마을 부녀회와 자매결연을 맺었다.", "가람군 솔내면 주민자치회"),
    ("가람군 솔내면 주민자치회는 솔빛마을 부녀회와 자매결연을 맺었다.", "솔빛마을 부녀회"),
    # a national body's district council is its unit, one name with it
    ("가온시는 한빛나눔봉사회 다솜지구협의회와 협약을 맺었다.", "한빛나눔봉사회 다솜지구협의회"),
    # a village's residents' meeting after its numbered 리 (not its hall, 마을회관)
    ("가온면 부녀회와 다솜2리 마을회는 업무협약을 맺었다.", "다솜2리 마을회"),
    ("가람군은 은하10리 마을회와 협약을 맺었다.", "은하10리 마을회"),
    ("가람은행은 누리시장 상인회와 자매결연을 맺었다.", "누리시장 상인회"),     # a market's merchants
    ("가람은행은 누리전통시장 상인회와 자매결연을 맺었다.", "누리전통시장 상인회"),
    ("가람은행 누리지점은 누리상인회와 협약을 맺었다.", "가람은행 누리지점"),   # a bank Kiwi cuts (은)
    ("가람문화재단은 누리예술단과 교류 협약을 체결했다.", "누리예술단"),
    ("가람로타리클럽은 누리유치원과 협약을 맺었다.", "가람로타리클럽"),
    ("가람로타리클럽은 누리유치원과 협약을 맺었다.", "누리유치원"),
    ("홍길동 전남지사가 참석했다.", None),              # a governor, not a branch
    # military units keep their service
    ("가람대학교는 육군 제3보병사단과 협약을 체결했다.", "육군 제3보병사단"),
    ("가람시는 해군 제2함대사령부와 협약을 체결했다.", "해군 제2함대사령부"),
    # a unit by its code number, with and without its service
    ("가람군은 육군 제5172부대와 협약을 맺었다.", "육군 제5172부대"),
    ("누리시는 제3091부대, 누리소방서와 협약을 맺었다.", "제3091부대"),
    # rule numbered-subunit: a numbered battalion or company after its parent unit is one
    # name with it (the parent alone signs nothing); a battalion alone stays itself
    ("가람군은 육군 제5172부대 2대대와 협약을 맺었다.", "육군 제5172부대 2대대"),
    ("누리중학교는 제3091부대 5중대와 자매결연을 맺었다.", "제3091부대 5중대"),
    ("가람군은 3대대와 협약을 맺었다.", "3대대"),
    # a Latin brand before a company word
    ("가람그룹은 AB 텔레콤과 협약을 체결했다.", "AB 텔레콤"),
    # rule foreign-region: a province, state or prefecture right after its country
    ("가온군은 베트남 박닌성, 뜨엉시와 협약서를 체결했다.", "박닌성"),
    ("가온군, 베트남 박누성 및 다솜시는 협약서를 체결했다.", "박누성"),     # closed by 및
    ("가온도는 중국 허난성과 우호교류 협약을 체결했다.", "허난성"),
    ("해든시가 베트남 꽝닌성과 우호교류 협약을 체결했다.", "꽝닌성"),     # Kiwi: 꽝닌/NNG + 성/XSN
    ("가온대학교는 미국 오리건주와 교류 협약을 맺었다.", "오리건주"),
    # a Chinese city's people's government, a Vietnamese province's people's committee
    ("누리시는 9일 중국 선전시 인민정부와 경제협력 협약을 맺었다.", "선전시 인민정부"),
    ("가람군은 베트남 다낭시 인민위원회와 협약을 맺었다.", "다낭시 인민위원회"),
    ("가람군은 9일 카자흐스탄 알마티주 정부와 농업 협력 협약을 맺었다.", "카자흐스탄 알마티주 정부"),
    # a foreign place before a body whose name is only common words
    ("누리대학교는 9일 중국 칭다오 해양대학교와 교류 협약을 체결했다.", "칭다오 해양대학교"),
    ("누리시는 9일 베트남 빈즈엉성 투자청과 협약을 체결했다.", "빈즈엉성 투자청"),
    ("가람모금회는 희망가온 나눔문화재단과 협약을 맺었다.", "희망가온 나눔문화재단"),
    ("누리대학교는 9일 베트남 하노이 과학기술대학교와 교류 협약을 체결했다.", "하노이 과학기술대학교"),
    ("가온대학교는 9일 안디잔 국립누리대학과 교류 협약을 체결했다.", "안디잔 국립누리대학"),
    # … also before a binational body's pair of countries, written with a hyphen
    ("가온대학교는 9일 누쿠스 한-우 기술대학과 교류 협약을 체결했다.", "누쿠스 한-우 기술대학"),
    # … but a person's name before the pair is no part of it
    ("가온대학교는 9일 김다온 한-우 기술대학 학장과 교류 협약을 체결했다.", "한-우 기술대학"),
    # rule abroad-kind: a body called only by its kind after a foreign place and its country
    ("가람시는 9일 일본 오사카 상공회의소와 교류 협약을 체결했다.", "오사카 상공회의소"),
    # … but not a body of its own, nor the name of a person listed before it
    ("가람시는 동부경찰서 해양대학교와 협약을 맺었다.", "해양대학교"),
    # rule parent-place-unit: a body, the place its centre serves, the centre
    ("한빛공단 수원 문화센터는 누리소방서와 협약을 맺었다.", "한빛공단 수원 문화센터"),
    # … also as the last of a dotted list of parties
    ("가온복지관ㆍ가온소방서ㆍ한국누리공단 수원 문화센터는 업무협약을 체결했다.", "한국누리공단 수원 문화센터"),
    # rule group-of-branch: a volunteer or members' group named after its body's branch
    ("가온군은 누리적십자사 다온지사 솔빛봉사회와 협약을 맺었다.", "누리적십자사 다온지사 솔빛봉사회"),
    ("누리적십자사 다온지사 솔빛봉사회는 가온군과 협약을 맺었다.", "누리적십자사 다온지사 솔빛봉사회"),
    # … but the branch alone, or a company's branch before no group, stays as it is
    ("가온군은 누리적십자사 다온지사와 협약을 맺었다.", "누리적십자사 다온지사"),
    ("가온군은 누리은행 다온지점과 협약을 맺었다.", "누리은행 다온지점"),
    # rescue and riot units of a fire or police station
    ("가람소방서 119구조대는 누리산악회와 안전 협약을 체결했다.", "가람소방서 119구조대"),
    # a foreign city that reads as a Korean name but has a syllable none has (찌)
    ("누리대학교는 베트남 호찌민 국립대학교와 협약을 체결했다.", "호찌민 국립대학교"),
    # a city Kiwi reads as a verb with the honorific 시 (누리 + 시) still opens the name
    ("가람시 자원봉사센터와 누리시 자원봉사센터는 교류 협약을 맺었다.", "누리시 자원봉사센터"),
    # rule place-genitive: where a company is from, told with 의, is no word of its name
    ("가온진흥원은 영광의 솔빛수산(대표 한다온), 완도의 다온농원과 협약을 맺었다.", "다온농원"),
    # … while a place before a name with no 의 stays one with it
    ("가온진흥원은 영광 솔빛수산협회와 협약을 맺었다.", "영광 솔빛수산협회"),
    # a list mark glued to the name is no part of it
    ("협약식에는 △가람대학교 김가람 사업단장이 참석했다.", "가람대학교"),
    ("가람시는 ▲누리재단과 협약을 맺었다.", "누리재단"),
    # a foreign city that reads as a Korean name (하 + 이퐁), known from foreign_cities.txt
    ("하이퐁 국립관광대학교와 협약을 맺었다.", "하이퐁 국립관광대학교"),
    # a word that only says when is no name of the unit after it (rule unit-own-name)
    ("누리시는 가온대와 최근 산학협력단 간 협약을 맺었다.", None),
    ("가온대는 이날 산학협력단과 협약을 맺었다.", None),
    # a describing word before a company's works or branch names a kind of it (unit-own-name)
    ("가람정밀은 누리소재와 스마트 공장 구축 협약을 맺었다.", None),
    ("가람정밀은 누리소재와 해외 법인 설립 협약을 맺었다.", None),
    ("가람시는 솔빛 공장과 협약을 맺었다.", "솔빛 공장"),
])
def test_boundaries(text: str, name: str | None) -> None:
    found = _mentions(text)
    if name is None:
        assert found == [] or all(" " not in f for f in found)
    else:
        assert name in found


@pytest.mark.parametrize("text, party", [
    ("누리진흥원(원장 홍다솜)이 담양의 솔빛바이오(대표 한다온), 영광의 굴비다온(대표 박예린) 등 도내 기업 2곳과"
     " 8일 본원 대회의실에서 수출 지원 협약을 체결했다.", "굴비다온"),
    ("누리진흥원(원장 홍다솜)이 완도의 다온전복(대표 박예린)과 8일 협약을 체결했다.", "다온전복"),
    # rule relation-before-name: what the body is to another, said with 인, is no word of it
    ("누리종 제3교구 말사인 솔빛사(주지 도연 스님)는 20일 가온복지관과 협약을 맺었다.", "솔빛사"),
    ("가온그룹 자회사인 다온에너지(대표 한누리)는 20일 가온시와 협약을 맺었다.", "다온에너지"),
])
def test_a_place_told_with_its_genitive_is_no_word_of_the_name(text: str, party: str) -> None:
    found = _parties(text)          # rule place-genitive
    assert party in found and not any(f.endswith(" " + party) for f in found)


@pytest.mark.parametrize("word", [
    "라디오방송", "지역방송", "생방송",   # 방송 after a generic word names no broadcaster
    "현장조사단",             # 사단 alone is no military ending: only 보병사단, 기갑사단, …
    "갤러리",                 # the ending alone, as in "갤러리에서 열린 전시"
    "지역대학", "관내 기업", "양 기관", "경제도시", "공동연구", "지역균형발전", "대학", "기업",
])
def test_generic_nouns_are_no_names(word: str) -> None:
    assert not orgs.looks_like_org(word, ("NNG",))


@pytest.mark.parametrize("a, b", [
    ("경복대", "경복대학교"), ("서해과기대", "서해과학기술대학교"), ("남도경총", "남도경영자총협회"),
    ("대전시설공단", "대전광역시시설관리공단"), ("측량공사", "대한측량공사"),
    ("서해발전", "한국서해발전"), ("송파구청", "서울 송파구청"), ("가람군", "가람군청"),
    ("도립대", "가람도립대학"), ("누리대", "누리대학교 산학협력단"),
    ("한국품질진흥원", "한국품질진흥원 호남지역본부"), ("별빛재단", "별빛사회공헌재단"),
    # rule known: forms of one body in the gazetteer
    ("충북", "충북도"), ("카이스트", "한국과학기술원"), ("경북도", "경상북도"), ("광주", "광주시"),
    # short school names: "누리고" beside 누리고등학교, "가람여고", "다솜공고", "한빛중", "솔초"
    ("누리고", "누리고등학교"), ("가람여고", "가람여자고등학교"), ("다솜공고", "다솜공업고등학교"),
    ("한빛중", "한빛중학교"), ("솔빛초", "솔빛초등학교"), ("가람여중", "가람여자중학교"),
    # a country written before a foreign body's name
    ("오클랜드대", "미국 오클랜드대학교"),
    # rule region-qualifier: a region before a unit's body, the body written short
    ("가온대 산학협력단", "경기 가온대학교 산학협력단"),
    # cooperatives by their usual short names
    ("가람신협", "가람신용협동조합"), ("누리농협", "누리농업협동조합"), ("다솜수협", "다솜수산업협동조합"),
    ("한빛축협", "한빛축산업협동조합"), ("솔빛사협", "솔빛사회적협동조합"),
    ("가온생협", "가온소비자생활협동조합"), ("누리생협", "누리생활협동조합"),
    # a newspaper or broadcaster called without its 사
    ("가온신문", "가온신문사"), ("누리방송", "누리방송사"),
    # an airport without its 국제
    ("누리공항", "누리국제공항"),
    # an insurer called without its 보험
    ("가온생명", "가온생명보험"), ("누리화재", "누리화재해상보험"), ("솔빛화재", "솔빛화재보험"),
    # a military unit written without its service
    ("제7전투비행단", "공군 제7전투비행단"), ("제25보병사단", "육군 제25보병사단"),
    # rule kind-first: a theatre company with and without the 극단 its name begins with
    ("들꽃바람", "극단 들꽃바람"),
])
def test_forms_of_one_body(a: str, b: str) -> None:
    assert orgs.same_body(a, b) and orgs.same_body(b, a)


@pytest.mark.parametrize("a, b", [
    ("가람군", "가람군의회"), ("서울특별시", "서울특별시상인연합회"), ("남부소방서", "남부경찰서"),
    ("가온시", "가온교육지원청"), ("가람군자원봉사센터", "솔내시자원봉사센터"),
    ("사아지구대", "사아지구대학교"),     # a police box is no short form of a university
    ("누리중", "누리중앙회"), ("가람고", "가람고속"),    # a short school name is no prefix
    ("경기 가온대학교 산학협력단", "누리대 산학협력단"),
    ("가온생명", "누리생명보험"), ("가온생명", "가온생명과학"),   # another insurer; no insurer
    # a school's parents, alumni or students are a body of their own, not a unit of it
    ("누리초등학교", "누리초등학교 학부모회"), ("가온대", "가온대학교 총동문회"),
    ("솔빛고", "솔빛고등학교 총학생회"),
])
def test_different_bodies(a: str, b: str) -> None:
    assert not orgs.same_body(a, b)


# _descriptive_prefix passes any prefix glued to a shorter name, and a prefix that cuts into
# the last word of a spaced name; narrowing it changed the dev graph and the own corpus (a
# body called by its kind alone, a syllable glued to a name by segmentation rely on it)
@pytest.mark.xfail(reason="orgs.forms._descriptive_prefix: a glued prefix is not checked",
                   strict=True)
@pytest.mark.parametrize("a, b", [
    ("가람대학교", "누리가람대학교"), ("가온복지관", "다온가온복지관"),
    ("한결교회", "가온시 누리동 다솜한결교회"),
])
def test_known_false_merges(a: str, b: str) -> None:
    assert not orgs.same_body(a, b)


@pytest.mark.parametrize("forms, name", [
    (["대전시"], "대전광역시"),                  # rule metro-city
    (["경복대", "경복대학교"], "경복대학교"),
    (["서울 송파구청"], "송파구청"),              # a region before the name is dropped
    (["국립 서해과학기술대학교", "서해과기대"], "서해과학기술대학교"),
    (["광주시"], "광주시"),                      # 광주시 is also a city of 경기도: kept
    (["가람군", "가람군청"], "가람군"),           # the office in a venue is no fuller name
    (["서울 송파구청", "송파구"], "송파구청"),
    (["우리 가온시여성단체협의회"], "가온시여성단체협의회"),   # a newsletter's own body
    (["우리은행"], "우리은행"),                  # NOT: joined, 우리 is the name
])
def test_canonical(forms: list[str], name: str) -> None:
    org = orgs.organisation(forms)
    assert org.name == name
    assert set(org.aliases) >= set(forms) - {name}


@pytest.mark.parametrize("name, kind", [
    ("대전광역시", OrgKind.LOCAL_GOVERNMENT), ("송파구청", OrgKind.LOCAL_GOVERNMENT),
    ("경복대학교", OrgKind.UNIVERSITY), ("누리대학교 산학협력단", OrgKind.UNIVERSITY),
    ("가람사회복지회", OrgKind.NONPROFIT),    # 복지회, not the branch ending 지회
    ("한국전자통신연구원", OrgKind.RESEARCH_INSTITUTE), ("새봄병원", OrgKind.HOSPITAL),
    ("한국드라마제작사협회", OrgKind.ASSOCIATION), ("대전시설관리공단", OrgKind.PUBLIC_AGENCY),
    ("가람경찰서", OrgKind.CENTRAL_GOVERNMENT), ("가나전자", OrgKind.COMPANY),
    ("Hanoi University", OrgKind.FOREIGN),
    ("카이스트", OrgKind.UNIVERSITY),        # rule known: no ending, the gazetteer's kind
])
def test_kind(name: str, kind: OrgKind) -> None:
    assert orgs.kind_of(name) is kind


@pytest.mark.parametrize("name, parts", [
    ("가람도서관ㆍ누리문화원", ["가람도서관", "누리문화원"]),            # ㆍ (U+318D) as a dot
    ("가람·누리·다솜신용협동조합", ["가람신용협동조합", "누리신용협동조합", "다솜신용협동조합"]),
    ("안성·가평·여주", ["안성", "가평", "여주"]),                    # local governments it knows
    ("울산ㆍ경남지역혁신센터", None),                               # a region pair in one name
    ("가람·누리", None),                                          # unknown words: no guess
    # rule province-in-list: a province written as its government is a party of the list
    ("누리대학교·가온시·경기도", ["누리대학교", "가온시", "경기도"]),
    ("충청남도·가온대학교", ["충청남도", "가온대학교"]),
])
def test_list_parts(name: str, parts: list[str] | None) -> None:
    assert orgs.list_parts(name) == parts


def test_the_gazetteer_helps_but_is_not_required() -> None:
    assert orgs.known("산림청") is not None and orgs.known("가람솔빛테크") is None
    assert orgs.looks_like_org("산림청", ("NNG",))
    assert orgs.looks_like_org("가람솔빛테크", ("NNP",))     # unknown, but a name by its ending
    assert orgs.known("예산") is None                        # a lookup-only stem is no name


def test_unit_keeps_its_parent() -> None:
    org = orgs.organisation(["한국과학기술원 문화기술대학원"], parent="한국과학기술원")
    assert org.parent == "한국과학기술원"
    assert org.kind is OrgKind.UNIVERSITY


def test_legal_mark_makes_a_company() -> None:
    assert orgs.organisation(["금륜"], marked=True).kind is OrgKind.COMPANY


@pytest.mark.parametrize("text, names", [
    ("마포구-가람신용금고, 소상공인 금융 지원 협약", ["마포구", "가람신용금고"]),
    ("동래구-다온은행, 청년 창업 지원 협약", ["동래구", "다온은행"]),
])
def test_a_hyphenated_headline_pair_is_two_names(text: str, names: list[str]) -> None:
    found = _mentions(text)
    assert [n for n in names if n in found] == names
    assert not any("-" in f for f in found)


def test_a_common_noun_in_성_after_a_country_is_no_region() -> None:
    assert _mentions("가온시는 중국 의존성을 낮추고 베트남 가능성과 협력하는 협약을 맺었다.") == ["가온시"]


def test_quotes_are_no_part_of_a_name() -> None:
    org = orgs.organisation(["한국가나소재연구원", '"연구원', "‘가나소재연구원"])
    assert org.name == "한국가나소재연구원"
    assert org.aliases == ("가나소재연구원", "연구원")


@pytest.mark.parametrize("text, party", [
    ("누리시는 13일 가람방송과 콘텐츠 제작 협약을 체결했다.", "가람방송"),
    ("누리시는 13일 다솜TV와 콘텐츠 제작 협약을 체결했다.", "다솜TV"),
    ("가람전자는 13일 누리공고와 산학협력 협약을 맺었다.", "누리공고"),
    ("누리시는 13일 가람여고, 다솜공고와 진로 교육 협약을 체결했다.", "가람여고"),
    ("누리시는 13일 가람여고, 다솜공고와 진로 교육 협약을 체결했다.", "다솜공고"),
    # more endings of the genre's bodies
    ("가람시는 13일 누리호텔과 관광 활성화 협약을 체결했다.", "누리호텔"),
    ("가람시는 13일 누리포럼과 정책 연구 협약을 체결했다.", "누리포럼"),
    ("가람대학교는 13일 다솜랩스와 인공지능 협약을 체결했다.", "다솜랩스"),
    ("가람시는 13일 누리우체국과 복지 등기 협약을 체결했다.", "누리우체국"),
    ("가람구는 13일 누리축협과 나눔 협약을 체결했다.", "누리축협"),
    ("가람구는 13일 누리상점가와 상생 협약을 체결했다.", "누리상점가"),
    ("가람문화재단은 13일 솔마루갤러리와 청년작가 지원 협약을 체결했다.", "솔마루갤러리"),
])
def test_endings_of_the_genre_make_parties(text: str, party: str) -> None:
    (agreement,) = extract(Article("t", text)).agreements
    assert party in [o.name for o in agreement.parties]


def test_a_generic_broadcast_is_no_party() -> None:
    (agreement,) = extract(Article("t", "가람시는 13일 라디오방송과 업무협약을 체결했다.")).agreements
    assert [o.name for o in agreement.parties] == ["가람시"]


def test_a_campus_named_after_its_city_is_one_party_with_its_abbreviation() -> None:
    # rule campus (a foreign city after a university) and rule named-twice (the abbreviation
    # the aside defines, used alone later, is the same party)
    text = ("가온대학교가 미국 누리주립대학교 라스베이거스(Nuri State University, Las Vegas·NSUL)와 "
            "학술 교류 양해각서를 체결했다고 8일 밝혔다.\n양 기관은 7일 미국 NSUL에서 홍길동 가온대 "
            "총장, 존 스미스 NSUL 총장 등이 참석한 가운데 협약식을 열었다.")
    (agreement,) = extract(Article("t", text)).agreements
    assert [(o.name, o.aliases) for o in agreement.parties] == [
        ("가온대학교", ("가온대",)), ("누리주립대학교 라스베이거스", ("NSUL",))]


def test_a_campus_of_a_polytechnic_and_its_head_written_short() -> None:
    # 캠퍼스 is a unit, 폴리텍 an ending; rule same-unit: "다솜폴리텍 가온캠퍼스" is the campus
    # the signing sentence names in full
    text = ("가온시는 20일 누리대학교, 한국다솜폴리텍대학 가온캠퍼스와 업무협약을 체결했다. 이날 "
            "협약식에는 홍길동 가온시장과 김누리 누리대 총장, 박가람 다솜폴리텍 가온캠퍼스 학장이 참석했다.")
    (agreement,) = extract(Article("t", text)).agreements
    assert [o.name for o in agreement.parties] == ["가온시", "누리대학교", "한국다솜폴리텍대학 가온캠퍼스"]
    assert ("박가람", "한국다솜폴리텍대학 가온캠퍼스") in [
        (p.name, p.organisation) for p in agreement.representatives]

# rule shared-ending-uneven: short names of different lengths before the last one's ending
@pytest.mark.parametrize("name, parts", [
    ("찬하·미루·새마찬새마을금고", ["찬하새마을금고", "미루새마을금고", "새마찬새마을금고"]),
    ("가람·누리·다솜별복지관", ["가람복지관", "누리복지관", "다솜별복지관"]),
    ("가람·누리·다솜신용협동조합", ["가람신용협동조합", "누리신용협동조합", "다솜신용협동조합"]),
    ("경기·인천지역본부", None),
])
def test_short_names_of_uneven_length_share_an_ending(name: str, parts: list[str] | None) -> None:
    assert orgs.list_parts(name) == parts


def test_간_glued_after_an_unknown_name_reads_as_between() -> None:
    text = "본점 회의실에서 찬하·미루·새마찬새마을금고간 나눔 동행 협약식을 열었다."
    (agreement,) = extract(Article("t", text)).agreements
    assert sorted(o.name for o in agreement.parties) == ["미루새마을금고", "새마찬새마을금고",
                                                         "찬하새마을금고"]


# rule name-before-mark: a legal mark right after a word closes a company's name, so a last
# syllable Kiwi reads as a particle once the mark is lifted out (채 + 로) stays in the name
@pytest.mark.parametrize("text, party", [
    ("가람대학이 누리본부 및 6개 기업과 12일 협약을 체결했다. 참여 기업은 름해농원, "
     "Loren 가공공장, 루윤록, ㈜파렌온, Novex 농업법인, 채로(주) 등이다.", "채로"),
    ("가람대학이 누리본부 및 6개 기업과 12일 협약을 체결했다. 참여 기업은 름해농원, "
     "Loren 가공공장, 루윤록, ㈜파렌온, Novex 농업법인, 다솜도(주) 등이다.", "다솜도"),
])
def test_a_syllable_before_a_legal_mark_belongs_to_the_name(text: str, party: str) -> None:
    (agreement,) = extract(Article("t", text)).agreements
    assert party in [o.name for o in agreement.parties]


# rule staff-after-listed-name: the last listed body's people ("D 관계자들이") or its closing 등
# after a name ending in a kind word ("가람한우 농업회사법인 등이다") are no part of its name
@pytest.mark.parametrize("text, party, absent", [
    ("누리재단은 최근 복지기관 4곳과 협약식을 가졌다고 20일 밝혔다. 지난 14일 열린 협약식에는 "
     "선정기관인 가온복지관, 다솜쉼터, 솔내자립센터, 한올아동센터협의회 관계자들이 참석했다.",
     "한올아동센터협의회", "한올아동센터협의회 관계자들"),
    ("가온대학이 누리본부 및 식품 분야 3개 기업과 19일 협약을 체결했다. 참여 기업은 솔뫼팜, "
     "미르식품(주), 다온한우 농업회사법인 등이다.", "다온한우농업회사법인", "등"),
])
def test_a_listed_bodys_people_or_closing_word_is_no_part_of_it(
        text: str, party: str, absent: str) -> None:
    (agreement,) = extract(Article("t", text)).agreements
    names = [o.name.replace(" ", "") for o in agreement.parties]
    assert party in names
    assert absent.replace(" ", "") not in names


# A campus where the sides met is no other form of the university that signs, and a dotted
# "3개 기업·X" in a headline is a count beside a body, not a longer name of X's unit.
@pytest.mark.parametrize("text, parties", [
    ("가온시는 20일 누리대학교 다솜캠퍼스 대회의실에서 누리대학교와 업무협약을 체결했다.",
     ["가온시", "누리대학교"]),
    ("가온도립대학, 3개 기업·한국누리본부 가람지역본부와 협약\n\n가온도립대학(총장 홍길동)은 "
     "한국누리본부 가람지역본부와 업무협약을 체결했다.",
     ["가온도립대학", "한국누리본부 가람지역본부"]),
])
def test_a_meeting_place_or_a_count_is_no_form_of_a_party(text: str, parties: list[str]) -> None:
    (agreement,) = extract(Article("t", text)).agreements
    assert [o.name for o in agreement.parties] == parties


@pytest.mark.parametrize("word", [
    "오후2시", "오전10시", "새벽5시",   # a time of day before the place of a signing
    "20대", "30도",                     # an age group, degrees: a count, not a school or 도
])
def test_a_time_or_a_count_is_no_organisation_and_no_place(word: str) -> None:
    # "누리시청에서 오후2시 협약을 체결했다": the hour ends in 시 like a city
    assert not orgs.looks_like_org(word)
    assert not orgs.looks_like_org(word, slot=True)
    assert not orgs.is_place(word)


@pytest.mark.parametrize("word", ["보면", "따르면", "읽으면", "살펴보면"])
def test_a_verb_with_its_conditional_ending_is_no_township(word: str) -> None:
    # "협약 내용을 보면 …": 면 closes a verb here, not a township's name
    assert not orgs.is_place(word)


# "누리면", "서면" can be read as verbs too, but also as names: they stay places
@pytest.mark.parametrize("word", ["솔내면", "단성면", "누리면", "서면", "하늘2동", "가온시"])
def test_townships_and_numbered_neighbourhoods_stay_places(word: str) -> None:
    assert orgs.is_place(word)


# a district the gazetteer knows is a place though its stem is an activity word (연수구: 연수);
# the activity word alone is none
@pytest.mark.parametrize("word, place", [("연수구", True), ("연수", False), ("연수원", False)])
def test_a_known_district_is_a_place_whatever_its_stem(word: str, place: bool) -> None:
    assert orgs.is_place(word) is place


def test_a_chamber_unit_of_a_district_keeps_the_district() -> None:
    text = "녹차의 고장 다솔군과 인천 상공회의소 연수구 상공회가 상생교류 협약을 체결했다."
    (agreement,) = extract(Article("t", text)).agreements
    assert "연수구 상공회" in [o.name for o in agreement.parties]
    assert "상공회" not in [o.name for o in agreement.parties]


def test_the_parent_of_a_numbered_battalion_is_no_party_beside_it() -> None:
    # rule numbered-subunit (GUIDELINES: the unit that signs is the party, not its parent)
    text = ("육군 제5172부대 2대대와 가람면이장협의회가 3일 면사무소에서 재난 대응 협약을 맺었다.\n"
            "한다온 2대대장(중령)은 \"주민 곁을 지키겠다\"고 말했다.")
    agreement = extract(Article(id="battalion", text=text)).agreements[0]
    assert sorted(p.name for p in agreement.parties) == ["가람면이장협의회", "육군 제5172부대 2대대"]


def test_a_unit_by_its_code_number_is_a_party_and_its_fused_head_represents_it() -> None:
    # rule military-unit, and 부대장 fusing with the unit it heads ("제3091부대장")
    text = ("가람군은 10일 군청에서 가람경찰서, 육군 제3091부대와 안심 귀가 협약을 맺었다.\n"
            "(왼쪽부터) 한다온 가람경찰서장, 문해찬 가람군수, 오세린 제3091부대장이 기념촬영을 "
            "하고 있다.")
    agreement = extract(Article(id="unit", text=text)).agreements[0]
    assert "육군 제3091부대" in [p.name for p in agreement.parties]
    people = {(p.name, p.title, p.organisation) for p in agreement.representatives}
    assert ("오세린", "부대장", "육군 제3091부대") in people


@pytest.mark.parametrize("word, named", [
    # rule named-division: a division, brigade or fleet with a proper name and no number
    ("한별사단", True), ("누리함대", True), ("가온여단", True),
    # … its proper name running into 사단, even where its last syllable and 사 make a word
    ("맹솔사단", True), ("다솜별사단", True), ("가람빛사단", True),
    # NOT: a group of a profession or a task read as 사 + 단 (rule group-of-sa: a name, then a
    # noun in 사 Kiwi knows)
    ("가온봉사단", False), ("누리심사단", False), ("다온기사단", False),
    ("누리교사단", False), ("가온강사단", False), ("솔빛조사단", False), ("한별공사단", False),
])
def test_a_division_named_without_a_number_is_a_military_unit(word: str, named: bool) -> None:
    assert orgs.military_unit(word, ("NNP",)) is named


def test_a_named_division_after_its_service_signs_and_its_commander_title_first() -> None:
    # rule named-division, and rule rare-family-name-by-place for 음 (陰) after the title
    text = ("육군 가온사단은 8일 사단 본청에서 누리시와 장병 취업 지원 협약을 체결했다. 협약식에는 "
            "사단장 음다온 소장, 박솔 누리시장이 참석했다.")
    agreement = extract(Article(id="division", text=text)).agreements[0]
    assert sorted(p.name for p in agreement.parties) == ["누리시", "육군 가온사단"]
    assert ("음다온", "육군 가온사단") in [(p.name, p.organisation)
                                         for p in agreement.representatives]


@pytest.mark.parametrize("word, named", [
    # rule school-short: a place, a kind of school and 대, longer than six syllables
    ("다솜과학기술대", True), ("가람누리외국어대", True), ("누리보건대", True),
    # the kind of school alone, or a longer word that is no school's short form
    ("지역과학기술혁신대", False), ("미래융합기술연구대", False),
])
def test_a_university_by_its_kind_of_school_is_a_name(word: str, named: bool) -> None:
    assert orgs.looks_like_org(word, ("NNG",), slot=True) is named


# rule bracketed-short-form: a Hangul word in brackets after a name, made of its syllables in
# order, is the short form the article calls that party by, whichever form the signing uses
@pytest.mark.parametrize("text, party", [
    ("한국누리해양연구원(누리해양연)은 5일 가온해운과 공동연구 협약을 맺었다. 협약식에는 김다온 "
     "누리해양연 원장과 박가온 가온해운 대표가 참석했다.", ("한국누리해양연구원", ("누리해양연",))),
    ("누리수협은 5일 가온군과 수산물 판로 협약을 맺었다. 1962년 문을 연 누리군수산업협동조합"
     "(누리수협)은 조합원 3천명을 두고 있다.", ("누리군수산업협동조합", ("누리수협",))),
    # …and where each form was read as a party of its own (the signer line writes the short
    # form), the brackets make the two one party
    ("다온생협 소식지 제12호 | 2026년 3월\n\n■ 생산자와 함께: 누리친환경농업인연합회와 협약\n"
     "우리 생협은 3월 5일 생협 물류센터 2층 교육장에서 누리친환경농업인연합회(누리친농연)와\n"
     "'함께 짓는 밥상' 협약을 맺었습니다. 다온생활협동조합 김다온 이사장과 박누리 누리친농연 "
     "회장이\n협약서에 서명했습니다.\n협약으로 두 단체는 친환경 농산물 계약재배, 농가 방문 "
     "프로그램을 함께 합니다.", ("누리친환경농업인연합회", ("누리친농연",))),
    # rule club-short-form: the club's first syllables and the Latin letters of its kind
    ("K3리그 가온시민축구단(가온FC)은 5일 누리교육지원청과 협약을 맺었다. 김다온 가온FC 단장이 "
     "서명했다.", ("가온시민축구단", ("가온FC",))),
    # not club-short-form: letters of no kind of the body, or syllables not of its name
    ("K3리그 가온시민축구단(누리FC)은 5일 누리교육지원청과 협약을 맺었다.", ("가온시민축구단", ())),
    ("가온시는 5일 누리바이오(누리FC)와 협약을 맺었다.", ("누리바이오", ())),
    # not the body's syllables, or two of them (a place may stand there): no name of it
    ("가온시는 5일 누리바이오(다온바이오)와 협약을 맺었다.", ("누리바이오", ())),
    ("가온시는 5일 누리바이오(누리)와 협약을 맺었다.", ("누리바이오", ())),
])
def test_a_short_form_in_brackets_is_one_of_the_partys_names(
        text: str, party: tuple[str, tuple[str, ...]]) -> None:
    (agreement,) = extract(Article("t", text)).agreements
    assert party in [(o.name, o.aliases) for o in agreement.parties]


@pytest.mark.parametrize("text, person", [
    ("한국누리해양연구원(누리해양연)은 5일 가온해운과 공동연구 협약을 맺었다. 협약식에는 김다온 "
     "누리해양연 원장과 박가온 가온해운 대표가 참석했다.", ("김다온", "한국누리해양연구원")),
    # rule club-short-form: the head written with the club's short form
    ("K3리그 가온시민축구단(가온FC)은 5일 누리교육지원청과 협약을 맺었다. 김다온 가온FC 단장은 "
     "\"기쁘다\"고 말했다.", ("김다온", "가온시민축구단")),
])
def test_the_officer_of_a_party_written_by_its_bracketed_short_form_speaks_for_it(
        text: str, person: tuple[str, str]) -> None:
    (agreement,) = extract(Article("t", text), learned_people=False).agreements
    assert person in [(p.name, p.organisation) for p in agreement.representatives]


@pytest.mark.parametrize("word, club", [
    ("FC가온", True), ("AFC누리", True),     # rule club-first: FC before the town
    ("FC", False), ("FC가", False),          # … but not the letters alone or a town of one
    ("CFC가온", False),
])
def test_a_football_club_written_fc_first(word: str, club: bool) -> None:
    assert orgs.looks_like_org(word, ("SL",)) is club


def test_a_school_and_its_parents_association_sign_as_two() -> None:
    text = ("누리초등학교(교장 김다온)와 누리초등학교 학부모회(회장 박하늘), 가람경찰서 누리파출소"
            "(소장 최민준)는 7일 등굣길 안전 협약을 맺었다.")
    (agreement,) = extract(Article("t", text)).agreements
    assert sorted(o.name for o in agreement.parties) == [
        "가람경찰서 누리파출소", "누리초등학교", "누리초등학교 학부모회"]


# rule village-address: a village written after its county and township is named by the
# village word; the address stays one of its names. Not a body serving the village ("…마을
# 부녀회") nor a word that only ends in 마을 (새마을회)
@pytest.mark.parametrize("text, party, head", [
    ("가온군 솔내면 별빛마을과 지역 기업 누리정밀이 10일 마을회관에서 자매결연 협약을 맺었다. 이날 "
     "별빛마을 김다온 이장과 누리정밀 박하늘 대표가 서명했다.",
     ("별빛마을", ("솔내면 별빛마을",)), ("김다온", "별빛마을")),
    ("누리정밀은 10일 가온군 솔내면 별빛마을 부녀회와 자매결연 협약을 맺었다.",
     ("가온군 솔내면 별빛마을 부녀회", ("솔내면 별빛마을 부녀회",)), None),
    ("누리정밀은 10일 가온읍 새마을회와 협약을 맺었다.", ("가온읍 새마을회", ()), None),
])
def test_a_village_after_its_address_is_named_by_the_village(
        text: str, party: tuple[str, tuple[str, ...]], head: tuple[str, str] | None) -> None:
    (agreement,) = extract(Article("t", text)).agreements
    assert party in [(o.name, o.aliases) for o in agreement.parties]
    assert head is None or head in [(p.name, p.organisation) for p in agreement.representatives]
