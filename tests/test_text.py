# ruff: noqa: E501 - tables of Korean sentences read better unwrapped
"""Cleaning: clutter, bylines and repeated captions go; offsets stay true to the original."""
from __future__ import annotations

import re

import pytest

from mougraph.form import readable
from mougraph.lexicons import cue
from mougraph.text import COVER_AGREEMENT_NOUNS, prepare

PAGE = """가나대학교, 다라시와 업무협약 체결
가나대학교는 3일 다라시와 업무협약을 체결했다고 밝혔다. 사진은 홍길동 총장이 인사말을 하고 있다. [사진=가나대학교]

[바다일보 서울취재본부 김기자 기자] 가나대학교는 3일 다라시와 업무협약을 체결했다고 밝혔다.

양 기관은 청년 일자리 창출에 협력하기로 했다.

댓글 많은 뉴스
어느 정치인, "국회 해산하라"
다른 뉴스 제목 하나

※ 여러분의 제보가 뉴스가 됩니다. 모든 얘깃거리를 알려주세요
이메일 : webmaster@example.co.kr
저작권자 © 바다일보 무단전재 및 재배포 금지"""


@pytest.fixture(scope="module")
def doc():
    return prepare(PAGE)


def test_offsets_point_into_the_original(doc) -> None:
    for s in doc.sentences:
        assert PAGE[s.start : s.end] == s.text


def test_repeated_caption_keeps_the_body_sentence(doc) -> None:
    lead = [s for s in doc.sentences if s.text.startswith("가나대학교는 3일")]
    assert len(lead) == 1
    assert not doc.is_caption(lead[0])
    assert PAGE.index("[바다일보") < lead[0].start


def test_caption_only_sentences_are_kept_and_marked(doc) -> None:
    caption = [s for s in doc.sentences if "인사말" in s.text]
    assert len(caption) == 1 and doc.is_caption(caption[0])


@pytest.mark.parametrize("clutter", [
    "바다일보 서울취재본부", "댓글 많은", "국회 해산", "다른 뉴스 제목", "제보가", "webmaster",
    "저작권자", "[사진=",
])
def test_clutter_is_dropped(doc, clutter: str) -> None:
    assert not any(clutter in s.text for s in doc.sentences)


@pytest.mark.parametrize("line, kept", [
    ("▲ 사진=가온공사 제공", False),                                   # a credit alone
    ("사진 = 가온시청", False),
    # a caption that goes on after its credit names the people in the picture
    ("▲ 사진 = 가온공사, 14일 가온시청에서 홍길동 가온공사 본부장이 김누리 가온시 부시장과 협약을 체결하고 있다", True),
])
def test_a_credit_is_dropped_but_a_caption_after_it_is_kept(line: str, kept: bool) -> None:
    found = prepare("가온공사는 14일 가온시와 협약을 체결했다고 밝혔다.\n" + line)
    captions = [s.text for s in found.sentences if found.is_caption(s)]
    assert len(found.sentences) == (2 if kept else 1)
    assert all("홍길동" in c for c in captions) and len(captions) == int(kept)


def test_body_sentences_survive(doc) -> None:
    assert any("청년 일자리" in s.text for s in doc.sentences)


@pytest.mark.parametrize("line, kept", [
    ("아주일보 홍길동 기자= 가나시는 5일 라마재단과 협약을 맺었다.", "가나시는 5일 라마재단과 협약을 맺었다."),
    ("[가나=다라뉴스] 홍길동 기자 = 가나군과 마바군이 협약을 체결했다.", "가나군과 마바군이 협약을 체결했다."),
    ("[나라경제] 벤처협회가 협약을 체결했다고 26일 밝혔다.", "벤처협회가 협약을 체결했다고 26일 밝혔다."),
    ("(서울=바다뉴스) 홍길동 기자 = 가나대학교는 협약을 맺었다.", "가나대학교는 협약을 맺었다."),
    ("(가나=바다뉴스) 가나시는 협약을 맺었다.", "가나시는 협약을 맺었다."),
    # a photo credit of a word or two before a sentence is cut like a source tag
    ("(사진=솔빛일보 제공) 가나시는 협약을 맺었다.", "가나시는 협약을 맺었다."),
    ("[사진=솔빛일보] 가나시는 협약을 맺었다.", "가나시는 협약을 맺었다."),
])
def test_byline_heads_are_cut(line: str, kept: str) -> None:
    doc = prepare(line)
    assert [s.text for s in doc.sentences] == [kept]


@pytest.mark.parametrize("line", [
    "홍길동기자 | 2022.11.15 15:58:07", "2021-08-12     홍길동 기자", "2022-10-27 16:02", "주메뉴 바로가기 본문 바로가기",
    "이 기사를 공유합니다", "전체댓글 0", "Copyright © NEWS.COM, 무단 전재 및 재배포 금지",
    "홍길동 기자 someone@example.com", "(끝)",
])
def test_furniture_lines_vanish(line: str) -> None:
    assert prepare(line).sentences == ()


@pytest.mark.parametrize("line, caption", [
    ("사진=가나시", None),                                       # a credit
    ("[사진제공: 가나시청 홍보실]", None),
    # a credit of one word of five letters or more, and one after a caption's slash
    ("사진=가나문화예술재단", None),
    ("/사진=가나문화예술재단", None),
    ("(사진=19일 가나시청에서 열린 협약식에서 홍길동 시장이 인사말을 하고 있다)",  # a caption
     "(사진=19일 가나시청에서 열린 협약식에서 홍길동 시장이 인사말을 하고 있다)"),
    ("사진=지난 19일 가나시청에서 열린 협약식 모습", "사진=지난 19일 가나시청에서 열린 협약식 모습"),
    # a caption of five words and more after the mark names the people, no credit
    ("사진 = 박다온 가나시장(오른쪽)과 김누리 다라대 총장이 협약서를 교환하고 있다",
     "사진 = 박다온 가나시장(오른쪽)과 김누리 다라대 총장이 협약서를 교환하고 있다"),
    # (rule caption-in-credit-brackets) a short caption inside the credit's brackets is no
    # source tag: its day, place and people stay
    ("(사진=3일 가온시청에서 열린 협약식 모습)", "(사진=3일 가온시청에서 열린 협약식 모습)"),
    ("[사진=지난 3일 누리대학교 본관 회의실 협약식]", "[사진=지난 3일 누리대학교 본관 회의실 협약식]"),
    ("[사진=3일 협약식에서 박다온 가온시장]", "[사진=3일 협약식에서 박다온 가온시장]"),
    # negative rows: a credit of a word or two in brackets is still only a credit
    ("(사진=누리대 제공)", None),
    ("[사진=솔빛일보 DB]", None),
    ("(제공=솔빛테크)", None),
])
def test_a_photo_credit_goes_and_a_caption_opened_by_it_stays(line: str, caption: str | None) -> None:
    doc = prepare(line)
    assert [s.text for s in doc.sentences] == ([caption] if caption else [])
    assert all(doc.is_caption(s) for s in doc.sentences)


def test_a_sentence_that_agrees_to_share_is_no_share_button() -> None:
    doc = prepare("공유하기\n양 기관은 연구 장비를 공유하기로 했다.")
    assert [s.text for s in doc.sentences] == ["양 기관은 연구 장비를 공유하기로 했다."]


def test_a_dated_line_with_text_is_kept() -> None:
    doc = prepare("2024-07-12 가나대학교는 다라시와 협약을 체결했다.")
    assert any("가나대학교는" in s.text for s in doc.sentences)


def test_a_line_repeated_in_an_article_is_analysed_once(monkeypatch: pytest.MonkeyPatch) -> None:
    from mougraph import morph

    kiwi = morph.analyser()
    analysed: list[str] = []

    class Counting:
        def split_into_sents(self, text: str, **options: object) -> object:
            analysed.append(text)
            return kiwi.split_into_sents(text, **options)

    monkeypatch.setattr(morph, "analyser", Counting)
    line = "가온시는 누리대학교와 지역 인재 양성 업무협약을 체결했다."
    document = prepare(f"{line}\n▲ {line}\n나래구는 축제를 열었다.\n{line}")
    assert analysed.count(line) == 1
    assert [s.text for s in document.sentences] == [line, "나래구는 축제를 열었다."]


# A page as users feed it: the story among menus, widgets, ads, credits, notes and lists of
# other articles whose headlines name other bodies and other agreements (all invented).
NOISY_PAGE = """홈 > 지역 > 경제
전체기사 정치 경제 사회 문화 지역
가온시, 누리대학교와 청년 창업 협약
- 창업 공간과 장학금 함께 마련
입력 2025.03.04 10:15 수정 2025.03.04 11:02
페이스북 트위터 카카오톡 URL복사
가온시는 4일 시청 회의실에서 누리대학교와 청년 창업 지원 업무협약을 체결했다고 밝혔다.
사진 제공: 가온시청 홍보실
[광고] 다솜몰 봄맞이 특가 최대 50% 할인
협약의 주요 내용은 다음과 같다.
- 창업 공간 제공
- 대학생 현장실습, 장학금 지원
▲ 박다온 가온시장과 김누리 누리대 총장이 협약서에 서명하고 있다./가온시 제공
이 기사와 함께 많이 본 뉴스
한별공사·솔빛은행, 탄소중립 실천 업무협약 체결
▶ 다래재단, 하람병원과 돌봄 협약 맺어
▶ [포토] 별솔협회·가람센터 산학협력 협약식
▶ 새봄구, 주민참여예산 설명회 열어 2025.03.02
▶ 초록연구원, 해담복지관과 맞손 05-13 10:21
초록연구원은 2일 해담복지관과 노인 돌봄을 위한 업무협약을 체결했다고 …
좋아요 0 훈훈해요 0
네이버 메인에서 가온일보를 구독하세요!
글·사진 홍다래 기자
※ 바로잡습니다: 최초 보도에서 기관명을 잘못 적어 바로잡습니다.
※ 이 기사는 가온시의 보도자료를 바탕으로 작성되었습니다.
※ 이 기사의 저작권은 가온일보에 있습니다."""


@pytest.fixture(scope="module")
def noisy_doc():
    return prepare(NOISY_PAGE)


@pytest.mark.parametrize("clutter", [
    "홈 >", "전체기사", "입력 2025", "URL복사", "가온시청 홍보실", "다솜몰",
    "한별공사", "다래재단", "별솔협회", "새봄구", "초록연구원", "훈훈해요", "구독하세요",
    "홍다래", "바로잡습니다", "보도자료를 바탕으로", "저작권은",
])
def test_page_clutter_around_a_story_is_dropped(noisy_doc, clutter: str) -> None:
    assert not any(clutter in s.text for s in noisy_doc.sentences)


@pytest.mark.parametrize("story", [
    "누리대학교와 청년 창업 협약",            # the headline and subtitle before the story
    "장학금 함께 마련",
    "청년 창업 지원 업무협약을 체결했다고",
    "창업 공간 제공",                          # the areas as bullets, after the story began
    "현장실습, 장학금 지원",
    "협약서에 서명하고 있다",                  # a caption with its credit
])
def test_the_story_among_the_clutter_is_kept(noisy_doc, story: str) -> None:
    assert any(story in s.text for s in noisy_doc.sentences)


def test_two_area_bullets_with_commas_are_not_a_list_of_headlines() -> None:
    page = ("가온시는 4일 누리대학교와 청년 창업 지원 업무협약을 체결했다고 밝혔다.\n"
            "- 창업 공간, 시제품 제작 지원\n- 현장실습, 장학금 지원\n양 기관은 성과를 공유한다.")
    kept = " ".join(s.text for s in prepare(page).sentences)
    assert "시제품 제작 지원" in kept and "장학금 지원" in kept


def test_headlines_of_other_articles_right_after_the_signing_are_no_areas() -> None:
    from mougraph.extract import extract
    from mougraph.model import Article
    page = ("가온시는 4일 누리대학교와 청년 창업 지원 업무협약을 체결했다.\n"
            "▶ 다래재단, 하람병원과 돌봄 협약 맺어\n▶ 새봄구, 주민참여예산 설명회 열어\n"
            "▶ 초록연구원, 해담복지관과 맞손 05-13 10:21\n"
            "양 기관은 창업 공간 제공과 현장실습에 협력하기로 했다.")
    found = extract(Article("t", page))
    assert [sorted(o.name for o in a.parties) for a in found.agreements] == [["가온시", "누리대학교"]]
    labels = " ".join(x.label for a in found.agreements for x in a.areas)
    assert "창업 공간 제공" in labels
    assert not any(w in labels for w in ("다래재단", "주민참여예산", "해담복지관"))


@pytest.mark.parametrize("page, story", [
    # a quote closed by the reporter's tag is story text, though it starts "이와 관련, "
    ("가온시는 4일 누리대학교와 청년 창업 지원 업무협약을 체결했다고 밝혔다.\n"
     "이와 관련, 박다온 가온시장은 \"청년이 머무는 도시를 만들겠다\"고 말했다.(홍누리 기자)\n"
     "다래재단, 하람병원과 돌봄 협약 맺어\n새봄구, 주민참여예산 설명회 열어\n주말 고속도로 정체 예상",
     "청년이 머무는 도시"),
    # a photo caption ends the list of headlines above it
    ("가온시는 4일 누리대학교와 청년 창업 지원 업무협약을 체결했다고 밝혔다.\n관련기사\n"
     "다래재단, 하람병원과 돌봄 협약 맺어\n새봄구, 주민참여예산 설명회 열어\n"
     "왼쪽부터 김누리 누리대 총장, 박다온 가온시장.",
     "박다온 가온시장"),
])
def test_story_text_next_to_a_list_of_headlines_is_kept(page: str, story: str) -> None:
    kept = [s.text for s in prepare(page).sentences]
    assert any(story in s for s in kept)
    assert not any("하람병원" in s for s in kept)


@pytest.mark.parametrize("page, kept, dropped", [
    # rule list-mark-changes: headlines of one mark, then the story's own items of another
    ("가온시는 4일 누리대학교와 청년 창업 지원 업무협약을 체결했다고 밝혔다.\n관련기사\n"
     "☞ 다래재단, 하람병원과 돌봄 협약 맺어\n☞ 새봄구 주민참여예산 설명회 (2025.03.02)\n"
     "· 마을 텃밭 공동 운영\n· 어린이 숲 체험 교실", "마을 텃밭", "하람병원"),
    ("가온시는 4일 누리대학교와 청년 창업 지원 업무협약을 체결했다고 밝혔다.\n"
     "①[종합] 다래재단-하람병원 돌봄 맞손 2시간 전\n②새봄구 주민참여예산 설명회 (2025.03.02)\n"
     "③초록연구원·해담복지관 업무협약 체결\n- 마을 텃밭 공동 운영\n- 어린이 숲 체험 교실",
     "어린이 숲", "해담복지관"),
    # teasers with no mark between marked headlines: a mark seen before in the run is no change
    ("가온시는 4일 누리대학교와 청년 창업 지원 업무협약을 체결했다고 밝혔다.\n"
     "▶ 다래바이오-하람연구원 '산학 협력' MOU\n"
     "초록재단은 21일 해담복지관과 돌봄 협약을 체결했다고 … 1시간 전\n"
     "▶ 새봄대학교 신임 이사장에 김하늘 전 부원장 선임\n▶ 별솔시-가람조합, 돌봄 협약 맺어",
     "청년 창업", "새봄대학교"),
    # a headline of another mark is still a headline: the list goes on
    ("가온시는 4일 누리대학교와 청년 창업 지원 업무협약을 체결했다고 밝혔다.\n관련기사\n"
     "☞ 다래재단, 하람병원과 돌봄 협약 맺어\n▶ 초록연구원-해담복지관 돌봄 맞손 2시간 전",
     "청년 창업", "해담복지관"),
])
def test_items_of_another_mark_after_a_list_of_headlines_are_the_story(
        page: str, kept: str, dropped: str) -> None:
    sentences = [s.text for s in prepare(page).sentences]
    assert any(kept in s for s in sentences)
    assert not any(dropped in s for s in sentences)


@pytest.mark.parametrize("line, name", [
    # Kiwi reads "해닮" as 해+달+ㅁ, a sentence ending, inside the university's name
    ("해닮대학교 의과대학은 지난 4일 본관 강의실에서 해닮시보건소와 협약을 맺었다.", "해닮대학교"),
    ("서구청은 해닮복지재단과 돌봄 협약을 맺었다.", "해닮복지재단"),
    # rule name-read-as-ending: "꽝남" read as 꽝+나+ㅁ, a sentence ending, before a space
    ("김다온 가온대 총장은 응우옌 반 탄 꽝남 국립대학교 총장과 협약서를 주고받았다.", "꽝남"),
])
def test_a_sentence_is_not_cut_inside_a_word(line: str, name: str) -> None:
    sentences = [s.text for s in prepare(line).sentences]
    assert sentences == [line] and name in sentences[0]


@pytest.mark.parametrize("line, first", [
    # a note's real nominal endings still close their sentences
    ("가온시와 누리대는 청년 창업 지원 협약을 체결함 이에 따라 공동 사업을 추진한다.",
     "가온시와 누리대는 청년 창업 지원 협약을 체결함"),
])
def test_a_notes_nominal_ending_still_closes_its_sentence(line: str, first: str) -> None:
    assert prepare(line).sentences[0].text == first


@pytest.mark.parametrize("line, caption", [
    # the ceremony's programme told in prose is no photo caption, nor the lead before it
    ("가온시는 14일 누리대와 협약을 체결했다. 협약식은 경과보고, 협약서 서명, 기념촬영 순으로 진행됐다.",
     False),
    ("가온시는 14일 누리대와 협약을 체결했다. 행사는 내빈 소개, 축사, 기념촬영 등의 순서로 이어졌다.",
     False),
    # a picture of the ceremony is one
    ("가온시장(왼쪽)과 누리대 총장이 협약을 체결하고 기념촬영을 하고 있다.", True),
])
def test_a_line_naming_기념촬영_is_a_caption_unless_it_tells_the_programme(
        line: str, caption: bool) -> None:
    found = prepare(line)
    assert all(found.is_caption(s) == caption for s in found.sentences)


# A page of another kind of site (the second clutter family's classes, all invented): chrome in
# English and Japanese, a related list under headers the first family never used, numbered
# headlines with no comma, previous/next links, a head shot of someone the story never names,
# reporter and press-officer boxes, a footer with a street address, share text, a comment box,
# and clutter glued to story lines.
SITE_PAGE = """KOREAN | ENGLISH | 日本語 | 中文
ログイン 会員登録 ニュース一覧
기사입력 2025.03.04 오전 10:21
가온시는 4일 시청 회의실에서 누리대학교와 청년 창업 지원 업무협약을 체결했다고 밝혔다. ▶ 관련기사 다래재단·하람병원 돌봄 협약
[사진] 문서율 솔빛재단 이사장
협약에 따라 두 기관은 창업 공간 제공과 현장실습에 협력한다. /가온=홍다래기자
▷ 채민결 원장(별솔연구원)
박다온 가온시장은 "청년이 머무는 도시를 만들겠다"고 말했다. <저작권자 ⓒ 가온일보>
이 기사와 관련된 기사
1 한별공사·솔빛은행 업무협약 체결 (2025.03.02)
2 새봄구 하반기 정기 인사 단행
3 초록연구원 해담복지관과 '노인 돌봄' 손잡아
관련기사: 별솔협회 누리텍과 협약 / 가람센터 신임 원장에 윤하람 교수
◀ 이전기사 다온조합·솔내공단 3자 협약
▶ 다음기사 여울시 나래은행과 청년 주거 협약 체결
문의: 가온시 일자리정책과 서지율 주무관 (031-123-4567)
보도자료 담당 누리대학교 대외협력팀 노하린 팀장 ☎ 02-345-6789
지금까지 누리방송 강별찬입니다.
#가온시 #업무협약 #청년창업
댓글쓰기
로그인 후 댓글을 남길 수 있습니다.
(주)가온일보 | 주소 : 가온시 솔빛구 한누리로 123, 다솜빌딩 5층 | 대표전화 031-987-6543
등록번호 가온 아 01234 | 발행·편집인 임새봄 | 청소년보호책임자 권도윤
회사소개 | 광고안내 | 기사제보 | 개인정보처리방침
Gaon Ilbo Co., Ltd. 123 Hannuri-ro, Gaon, Korea"""


@pytest.fixture(scope="module")
def site_doc():
    return prepare(SITE_PAGE)


@pytest.mark.parametrize("clutter", [
    "ENGLISH", "会員登録", "기사입력",                      # chrome, a stamp
    "다래재단", "홍다래", "저작권자",                        # glued after a story sentence
    "문서율", "채민결",                                      # head shots of people not in the story
    "한별공사", "새봄구", "초록연구원", "별솔협회", "윤하람",  # lists, numbered, inline
    "다온조합", "여울시",                                    # previous / next post
    "서지율", "노하린", "강별찬",                            # contact boxes, a sign-off
    "#가온시", "댓글", "임새봄", "권도윤", "한누리로", "다솜빌딩", "회사소개", "Hannuri",
])
def test_clutter_of_other_sites_is_dropped(site_doc, clutter: str) -> None:
    assert not any(clutter in s.text for s in site_doc.sentences)


@pytest.mark.parametrize("story", [
    "누리대학교와 청년 창업 지원 업무협약을 체결했다고 밝혔다.",
    "창업 공간 제공과 현장실습에 협력한다.",
    "청년이 머무는 도시를 만들겠다",
])
def test_the_story_is_read_up_to_the_clutter_glued_to_it(site_doc, story: str) -> None:
    assert any(s.text.endswith(story) or story in s.text for s in site_doc.sentences)


def test_a_head_shot_of_someone_the_story_names_stays() -> None:
    page = ("[사진] 박다온 가온시장\n가온시는 4일 누리대학교와 청년 창업 지원 업무협약을 체결했다.\n"
            "박다온 가온시장은 \"청년이 머무는 도시를 만들겠다\"고 말했다.")
    document = prepare(page)
    assert [s.text for s in document.sentences if document.is_caption(s)] == ["박다온 가온시장"]


@pytest.mark.parametrize("page, sentence", [
    # broken on a particle ("…회의실에서" / "누리대학교와 …"): one sentence (the break a space)
    ("가온시는 4일 오후 시청 2층 회의실에서\n누리대학교와 청년 창업 지원 업무협약을 체결했다.",
     "가온시는 4일 오후 시청 2층 회의실에서 누리대학교와 청년 창업 지원 업무협약을 체결했다."),
    # broken after a modifier written as a word of its own ("…지원을 위한" / "…에 대한")
    ("가온센터(소장 홍다솜)는 지난달 30일 센터 강당에서 누리농협(조합장 박예린)과 청년 교육 지원을 위한\n"
     "업무협약을 맺었다.",
     "가온센터(소장 홍다솜)는 지난달 30일 센터 강당에서 누리농협(조합장 박예린)과 청년 교육 지원을 위한 업무협약을 맺었다."),
    ("가온시는 4일 시청 회의실에서 누리대학교와 청년 창업에 대한\n공동 연구 협약을 체결했다.",
     "가온시는 4일 시청 회의실에서 누리대학교와 청년 창업에 대한 공동 연구 협약을 체결했다."),
    # rule lead-topic-particle: the lead sentence, before any story line, broken after a
    # particle once it has named its subject and day
    ("가온돌봄센터, 지역 5개 기관과 돌봄 협약\n가온돌봄센터는 지난 3일 센터 강당에서 지역 기관 5곳과\n"
     "'어르신 돌봄 협약'을 맺었다고 5일 밝혔다.",
     "가온돌봄센터는 지난 3일 센터 강당에서 지역 기관 5곳과 '어르신 돌봄 협약'을 맺었다고 5일 밝혔다."),
    # rule lead-topic-wide: the subject with its head or abbreviation in brackets, a unit
    # after it, a month before the day; and such a lead broken after a noun in a long line
    ("[병원 소식] 가온병원, 누리시 보건소와 협약\n\n가온병원(병원장 홍다솜)은 지난 2일 본관 회의실에서"
     " 누리시 보건소와\n감염병 대응 협약을 맺었다.",
     "가온병원(병원장 홍다솜)은 지난 2일 본관 회의실에서 누리시 보건소와 감염병 대응 협약을 맺었다."),
    ("누리대 총동문회, 모교와 협약\n누리대학교 총동문회는 5월 9일 대학 본관 대회의실에서 모교인 누리대학교와\n"
     "장학기금 협약을 맺었다.",
     "누리대학교 총동문회는 5월 9일 대학 본관 대회의실에서 모교인 누리대학교와 장학기금 협약을 맺었다."),
    ("의회 소식\n가온시의회(의장 윤다온)는 9일 의회 본관 회의실에서 솔빛대학교(총장 한누리)와 의정 연구\n"
     "협력에 관한 업무협약을 맺었다.",
     "가온시의회(의장 윤다온)는 9일 의회 본관 회의실에서 솔빛대학교(총장 한누리)와 의정 연구 협력에 관한"
     " 업무협약을 맺었다."),
    ("[보도자료] 가온대·누리대 협약\n\n주한 솔라니아 대사관은 11월 3일(화) 대사관저에서 가온대학교와\n"
     "누리대학교가 양해각서를 체결했다고 밝혔다.",
     "주한 솔라니아 대사관은 11월 3일(화) 대사관저에서 가온대학교와 누리대학교가 양해각서를 체결했다고 밝혔다."),
    # rule long-lead-line: a lead longer than any title, broken after a noun before the story
    ("[가온·누리] 가온 솔빛식품 등 3곳, 누리진흥원과 협약\n\n지역 중소기업의 판로 개척과 물류비 부담 완화를 위해"
     " 누리진흥원(원장 홍다솜)이 가온의 솔빛식품(대표 박예린), 누리의 다온수산(대표 한누리), 새봄의 별솔농원(대표"
     " 윤다온) 등 도내\n기업 3곳과 8일 본원 대회의실에서 수출 지원 협약을 체결했다.",
     "지역 중소기업의 판로 개척과 물류비 부담 완화를 위해 누리진흥원(원장 홍다솜)이 가온의 솔빛식품(대표 박예린),"
     " 누리의 다온수산(대표 한누리), 새봄의 별솔농원(대표 윤다온) 등 도내 기업 3곳과 8일 본원 대회의실에서 수출 지원"
     " 협약을 체결했다."),
    # rule sentence-inside-line: a transcript's turn that finishes a sentence, then breaks the
    # next after a particle
    ("[가온FM 아침 뉴스]\n진행자: 석 기자?\n기자: 네, 저는 지금 가온시장 상인회관에 나와 있습니다. 어제 이곳에서"
     " 가온상인회와\n누리대학교가 협약을 맺었습니다.",
     "어제 이곳에서 가온상인회와 누리대학교가 협약을 맺었습니다."),
    # rule verb-tail-line: broken before the verb alone, which finishes the sentence
    ("가온시는 4일 시청 회의실에서 누리대학교와 청년 창업 협약을 맺었다.\n양 기관은 청년 창업 공간 제공, 현장실습 연계, 지역 기업 공동 연구를 함께\n"
     "추진한다.\n박다온 시장은 \"기쁘다\"고 말했다.",
     "양 기관은 청년 창업 공간 제공, 현장실습 연계, 지역 기업 공동 연구를 함께 추진한다."),
    # rule crossed-cover: a card-news cover, the parties crossed on one line, the agreement on
    # the next
    ("[카드뉴스] 가온구 × 솔빛은행, 함께!\n\n#1\n가온구 × 솔빛은행\n청년 창업 상생 업무협약 🤝\n\n#2\n"
     "무엇을 약속했나요?\n✔ 창업 자금 보증",
     "가온구 × 솔빛은행 청년 창업 상생 업무협약 🤝"),
    # … the agreement line closing on the signing noun ("… 업무협약 체결", "… 협약식")
    ("[카드뉴스] 등굣길 함께 지켜요\n\n#1\n가온교육청 × 누리경찰서\n학교폭력 예방 업무협약 체결\n\n#2\n"
     "무엇을 함께하나요?\n① 합동 순찰",
     "가온교육청 × 누리경찰서 학교폭력 예방 업무협약 체결"),
    ("#1\n가온구 × 솔빛은행\n청년 창업 상생 협약식\n\n#2\n무엇을 약속했나요?",
     "가온구 × 솔빛은행 청년 창업 상생 협약식"),
    # rule cut-caption: a photo caption broken after a particle, finished on the next line
    ("[포토] 가온군·누리수협 협약\n▲ 17일 가온군청에서 열린 협약식에서 박다온 가온군수(오른쪽)와\n"
     "한누리 누리수협 조합장이 협약서를 들어 보이고 있다.\n▲ 두 기관은 어선 임대에 협력하기로 했다.",
     "17일 가온군청에서 열린 협약식에서 박다온 가온군수(오른쪽)와 한누리 누리수협 조합장이 협약서를 들어 보이고"
     " 있다."),
    # rule lead-topic-wide, house voice: "우리" before a body named by a word of its own, and a
    # day told by its weekday (a church's 주일) with the date in brackets
    ("가온교회 소식\n우리 가온교회는 지난 주일(3월 8일) 예배 후 본당 비전홀에서 누리복지관과\n"
     "'이웃 나눔' 협약을 맺었습니다.",
     "우리 가온교회는 지난 주일(3월 8일) 예배 후 본당 비전홀에서 누리복지관과 '이웃 나눔' 협약을 맺었습니다."),
    ("도서관 소식\n가온도서관은 지난 토요일(11일) 1층 열람실에서 동네책방 두 곳과\n"
     "'책 읽는 마을' 협약을 맺었어요.",
     "가온도서관은 지난 토요일(11일) 1층 열람실에서 동네책방 두 곳과 '책 읽는 마을' 협약을 맺었어요."),
    # broken before "등" that no sentence opens with
    ("가온시는 4일 누리대학교와 협약을 맺었다.\n양 기관은 창업 공간과 시제품 제작 장비\n"
     "등 물적 자원을 함께 쓰기로 했다.",
     "양 기관은 창업 공간과 시제품 제작 장비 등 물적 자원을 함께 쓰기로 했다."),
    # broken anywhere in a long line once the story has begun
    ("가온시는 4일 시청 회의실에서 누리대학교와 청년 창업 협약을 맺었다.\n양 기관은 ▲청년 창업 공간 제공 ▲대학생 현장실습과 취업 연계 ▲지역 기업"
     "\n공동 연구 등에 협력하기로 했다.",
     "양 기관은 ▲청년 창업 공간 제공 ▲대학생 현장실습과 취업 연계 ▲지역 기업 공동 연구 등에 협력하기로 했다."),
    # the lead sentence after its dateline, broken after a noun
    ("[가온일보=홍다래 기자] 가온시와 누리대학교는 4일 오후 2시 가온시청 2층 대회의실\n"
     "청년 창업 지원 업무협약을 체결했다.",
     "가온시와 누리대학교는 4일 오후 2시 가온시청 2층 대회의실 청년 창업 지원 업무협약을 체결했다."),
    # broken after a particle glued to a bracket, before any story line (a release's □)
    ("보도자료\n□ 가온시(시장 박다온)는 4일 시청 회의실에서 솔빛테크(Solbit Tech, 대표 한다온)와\n"
     "'청년 창업 지원 업무협약'을 체결했다.",
     "□ 가온시(시장 박다온)는 4일 시청 회의실에서 솔빛테크(Solbit Tech, 대표 한다온)와 '청년 창업 지원 업무협약'을 체결했다."),
    # broken inside a quote, and in a list of names after a comma
    ("가온시는 4일 누리대학교와 ‘청년\n창업 지원 업무협약’을 체결했다.",
     "가온시는 4일 누리대학교와 ‘청년 창업 지원 업무협약’을 체결했다."),
    ("가온시는 4일 시청 회의실에서 누리대학교와 청년 창업 협약을 맺었다.\n"
     "참여 기업은 가온농원, 누리식품,\n㈜다솜바이오 등이다.",
     "참여 기업은 가온농원, 누리식품, ㈜다솜바이오 등이다."),
])
def test_a_story_line_broken_in_two_is_one_sentence(page: str, sentence: str) -> None:
    read = readable(page)                   # the break becomes a space: offsets hold
    assert len(read) == len(page) and sentence in [s.text for s in prepare(read).sentences]


@pytest.mark.parametrize("page", [
    # a lead-in and its numbered items
    "가온시는 4일 누리대학교와 협약을 맺었다. 주요 내용으로는\n1. 청년 창업 공간 제공\n2. 현장실습",
    # a line that ends a clause, as writers break lines themselves
    "가온시는 창업 공간을 제공하며,\n누리대학교는 현장실습을 맡기로 했다.",
    # a title before the story, also one ending in a syllable a particle is written with
    "가온시·누리대학교 청년 창업 지원 협약 체결\n가온시는 4일 누리대학교와 협약을 맺었다.",
    "가온시·누리대학교 청년 창업 지원 방안 논의\n가온시는 4일 누리대학교와 협약을 맺었다.",
    "가온시·누리대학교 청년 창업 지원 사업 성과\n가온시는 4일 누리대학교와 협약을 맺었다.",
    # a title ending in a particle is no lead sentence: it names no topic and day
    "가온시, 누리대학교와\n가온시는 4일 누리대학교와 청년 창업 지원 협약을 맺었다.",
    # a newsletter's "우리 …는" is no lead topic (rule lead-topic-wide), nor a topic with no day
    "소식지 제9호\n우리 생협은 지난 8월 2일 생협 교육장에서 가온농협, 누리한우협회와\n협약을 맺었습니다.",
    # …nor "우리" before a generic word of two syllables ("우리 대학은": no name there)
    "학보 제3호\n우리 대학은 지난 3월 2일 본관 회의실에서 가온시, 누리상공회의소와\n협약을 맺었습니다.",
    "가온시 소식\n가온시의회(의장 윤다온)는 솔빛대학교(총장 한누리)와 의정 연구 협력을 위해 오래 준비한\n"
    "협약을 맺었다.",
    # a line that finishes a sentence and then a title that ends on a noun (rule
    # sentence-inside-line reads only a tail broken after a particle)
    "가온시는 4일 누리대학교와 협약을 맺었다. 관련 사진 자료\n박다온 시장은 \"기쁘다\"고 말했다.",
    # a long line that ends a clause stays (rule long-lead-line)
    "지역 중소기업의 판로 개척과 물류비 부담 완화를 위해 누리진흥원과 가온의 솔빛식품, 누리의 다온수산, 새봄의 별솔농원이"
    " 힘을 모으기로 하고\n8일 본원 대회의실에서 수출 지원 협약을 체결했다.",
    # a short line of clutter after a finished story line stays apart (rule verb-tail-line)
    "가온시는 4일 누리대학교와 청년 창업 지원 협약을 맺었다.\n감사합니다.",
    # a list item that ends on a noun, before a line of prose, stays its own (rule cut-caption)
    "가온시는 4일 누리대학교와 협약을 맺었다.\n▲ 청년 창업 공간 제공\n박다온 시장은 \"기쁘다\"고 말했다.",
    # a crossed pair before a line that names no agreement stays apart (rule crossed-cover)
    "#1\n가온구 × 솔빛은행\n골목 상권을 함께 살려요 🤝\n#2\n가온구는 4일 솔빛은행과 협약을 맺었다.",
    # … nor one that names the agreement as a plan, not signed (rule crossed-cover)
    "#1\n가온구 × 솔빛은행\n청년 창업 협약 체결 예정\n#2\n가온구는 4일 솔빛은행과 협약을 맺었다.",
    # a title ending in a bracket with no particle after it
    "가온시·누리대학교 청년 창업 지원 협약(종합)\n가온시는 4일 누리대학교와 협약을 맺었다.",
])
def test_lines_that_end_where_they_should_stay_apart(page: str) -> None:
    assert readable(page) is page


def test_a_ranked_list_with_no_header_before_the_footer_is_dropped() -> None:
    page = ("가온시는 4일 시청 회의실에서 누리대학교와 청년 창업 지원 업무협약을 체결했다.\n"
            "①[종합] 다래재단-하람병원 돌봄 맞손 (2025.03.02)\n②새봄구 주민참여예산 공모사업 선정\n"
            "③초록연구원 노인 돌봄 공모사업 선정\n④[인사] 해담복지관 솔내공단과 협약\n"
            "회사소개 | 광고안내 | 기사제보 | 개인정보처리방침\n"
            "(주)가온일보 | 주소 : 가온시 솔빛구 한누리로 123 | 대표전화 031-987-6543")
    kept = " ".join(s.text for s in prepare(page).sentences)
    assert "업무협약을 체결했다" in kept
    assert not any(w in kept for w in ("다래재단", "새봄구", "초록연구원", "해담복지관", "한누리로"))


@pytest.mark.parametrize("line", [
    "교육  연구  봉사",                    # a row of areas written with wide gaps
    "본사 이전 지원 협약 체결",            # a title opening with a contact word, no colon
    "주요 협력 분야는 교육 | 연구 | 지역 봉사 활동 전반에 걸친 공동 사업 추진이다.",
])
def test_lines_like_furniture_that_are_story_stay(line: str) -> None:
    page = "가온시는 4일 시청 회의실에서 누리대학교와 청년 창업 지원 업무협약을 체결했다.\n" + line
    assert any(line.split()[0] in s.text for s in prepare(page).sentences[1:])


def test_the_cover_rules_agreement_nouns_are_words_of_the_agreement_family() -> None:
    # (rule crossed-cover) a named subset of lexicons/cues.tsv's family, not a list of its own
    family = re.compile(rf"(?:{cue('agreement')})")
    assert all(family.fullmatch(w) for w in COVER_AGREEMENT_NOUNS)
