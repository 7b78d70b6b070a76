"""One article, written the way different sites and exports write it, reads the same: entities
left escaped, odd spaces, invisible characters, full-width letters, hard-wrapped lines, the
whole text on one line (all the articles here are invented)."""
from __future__ import annotations

import datetime as dt

import pytest
from bench_scripts import load

from mougraph.extract import extract
from mougraph.form import readable, relined, unwrapped
from mougraph.model import Article

PARAGRAPHS = [
    "가온시는 지난 12일 시청 대회의실에서 누리대학교와 청년 창업 지원을 위한 업무협약을 "
    "체결했다고 14일 밝혔다.",
    "이날 협약식에는 홍길동 가온시장과 김다온 누리대학교 총장 등 20여 명이 참석했다.",
    "두 기관은 협약에 따라 창업 공간 제공과 지역 인재 양성에 힘을 모으기로 했다.",
    "홍길동 시장은 \"대학과 함께 청년이 머무는 도시를 만들겠다\"고 말했다.",
]
TEXT = "\n\n".join(PARAGRAPHS)
# the text as an export wraps it at a width (the form gauge's wrap)
_wrapped = load("format", "format_gauge").wrapped


@pytest.mark.parametrize("written, read", [
    ("가온&amp;누리 컨소시엄", "가온&누리 컨소시엄"),
    ("&quot;함께 성장&quot;하겠다", "\"함께 성장\"하겠다"),
    ("연구&middot;개발 협력", "연구·개발 협력"),
    ("&ldquo;지역과 상생&rdquo;", "“지역과 상생”"),
    ("김다온&nbsp;총장", "김다온 총장"),
    ("&#39;스마트 도시&#39; 조성", "'스마트 도시' 조성"),
    ("&amp;quot;두 번 바뀐 따옴표&amp;quot;", "\"두 번 바뀐 따옴표\""),     # escaped twice
    ("AT&T와 R&D 협력", "AT&T와 R&D 협력"),            # no entity: as written
    ("가온\u200b대학교와 누리\u00ad재단", "가온대학교와 누리재단"),
    ("가온시청\u3000대회의실에서\t협약", "가온시청 대회의실에서 협약"),
    ("２０２４년 ＬＧ전자（주）와", "2024년 LG전자(주)와"),
    ("㈱가온테크와 ㈜누리", "㈜가온테크와 ㈜누리"),
    ("「가온시 청년 조례」에 따라 『함께 가자』고", "‘가온시 청년 조례’에 따라 “함께 가자”고"),
    ("″상생″을 위한", "\"상생\"을 위한"),
    ("가온시•누리대•다온재단", "가온시·누리대·다온재단"),
    ("연구‧개발, 교육∙훈련, 온・오프라인", "연구·개발, 교육·훈련, 온·오프라인"),
    ("인적ㆍ물적 교류", "인적ㆍ물적 교류"),                  # the usual Korean dot: as written
    ("• 청년 창업 지원", "• 청년 창업 지원"),                  # a bullet, not a dot between words
])
def test_a_page_form_reads_as_the_plain_text(written: str, read: str) -> None:
    assert readable(written) == read


def test_an_article_in_the_usual_form_is_read_as_given() -> None:
    assert readable(TEXT) is TEXT
    short_lines = "가온시 소식\n누리대 소식\n" * 5 + TEXT     # short lines are not a wrap
    assert readable(short_lines) is short_lines


@pytest.mark.parametrize("width", [30, 34, 38, 42])
def test_hard_wrapped_lines_are_joined_back(width: int) -> None:
    wrapped = _wrapped(TEXT, width)
    assert wrapped.count("\n") >= TEXT.count("\n") + 3
    assert unwrapped(wrapped) == TEXT                 # a break was a space: offsets hold


def test_a_wrapped_list_keeps_its_items_on_their_lines() -> None:
    items = "\n".join(["△ 청년 창업 공간 제공과 창업 교육 프로그램의 공동 운영",
                       "△ 지역 인재 양성을 위한 현장실습과 취업 연계 지원 사업",
                       "△ 대학 연구 성과의 지역 기업 이전과 기술 사업화 지원"])
    text = _wrapped(TEXT + "\n\n주요 협력 내용은 다음과 같다.\n" + items, 32)
    assert unwrapped(text).endswith(items)


# (rule wrapped-among-clutter) a page's clutter around a wrapped story: a share bar, widgets and
# a footer the wrapper never cut keep the cut lines under half of all lines
PAGE_TOP = ["가온일보 로그인 회원가입 구독신청 검색", "카카오톡 공유 페이스북 공유 링크 복사",
            "이 기사를 친구에게 보내기"]
PAGE_BOTTOM = ["지금 구독하면 첫 달 무료", "출처 : 가온시청 보도자료",
               "작성자 기획예산과 박하늘 | 조회수 1204", "(12345) 가온시 누리로 12, 다온빌딩 3층",
               "개인정보처리방침 | 이메일무단수집거부 | 찾아오시는 길",
               "Copyright 가온일보. All Rights Reserved."]


@pytest.mark.parametrize("width", [30, 34, 38])
def test_a_wrapped_story_among_page_clutter_is_joined_back(width: int) -> None:
    story = "\n".join(PARAGRAPHS)
    page = "\n".join([*PAGE_TOP, _wrapped(story, width), *PAGE_BOTTOM])
    assert unwrapped(page) == "\n".join([*PAGE_TOP, story, *PAGE_BOTTOM])
    assert _read(page)[:2] == _read(story)[:2]


# what the rule must leave as written: lines that stop short of the width, a few long ones that
# only look cut among them (a page of short menu lines, a list, a poem's lines quoted)
SHORT_LINES = [
    ["누리대학교 평생교육원 강좌 모집과 수강 신청 안내", "청년 창업 지원센터",
     "다온읍 주민자치회 회의 결과와 다음 달 행사 일정", "솔빛면 마을 축제",
     "한빛동 도서관 새 책 목록과 대출 방법 그리고 휴관일", "별빛마을 소식", "가온시 시정 소식",
     "누리군 농산물 직거래 장터 열리는 곳과 참여 방법", "햇살마을 안내", "새솔리 경로당 소식"],
    ["협력 분야는 다음과 같다.", "청년 창업 공간의 공동 운영과 창업 교육 프로그램",
     "지역 인재 양성", "대학 연구 성과의 지역 기업 이전과 기술 사업화 지원", "현장실습 연계",
     "두 기관이 필요하다고 합의한 그 밖의 협력 사업 일체", "장학 사업 공동 추진", "교직원 교류",
     "시설과 장비의 공동 활용"],
    ["김다온 총장은 축사에서 시 한 편을 읽었다.",
     "봄이 오는 길목에서 우리는 가온의 넓은 들판을 함께", "걸어 보았네", "아직 오지 않은 내일",
     "그 이름 불러 보며",
     "누리의 강물 따라 멀리 멀리 흘러가는 오랜 마음", "하나씩 품고",
     "서로의 손을 잡은 채 언덕 위에서 다시 한번 크게", "노래 부르면", "햇살 아래 꽃잎 피어나고",
     "우리 봄날 다시 오리"],
]


@pytest.mark.parametrize("lines", SHORT_LINES)
def test_short_lines_among_page_clutter_stay_apart(lines: list[str]) -> None:
    lead = "가온시는 12일 누리대학교와 청년 창업 지원 협약을 맺었다."
    page = "\n".join([*PAGE_TOP[:2], lead, *lines, *PAGE_BOTTOM[:3], PAGE_BOTTOM[4]])
    assert readable(page) is page


def test_a_text_given_on_one_line_is_broken_after_its_sentences() -> None:
    one_line = " ".join(PARAGRAPHS * 3)
    lines = relined(one_line).split("\n")
    assert len(lines) == 12 and lines[:4] == PARAGRAPHS
    assert len(relined(one_line)) == len(one_line)
    assert relined(TEXT) is TEXT                      # paragraphs on their lines: as given


def _read(text: str, title: str = "가온시-누리대, 청년 창업 지원 협약") -> tuple:
    ex = extract(Article(id="f1", text=text, title=title, published=dt.date(2024, 3, 14)))
    (ag,) = ex.agreements
    return (sorted(p.name for p in ag.parties), sorted(p.name for p in ag.representatives),
            ag.signed_on, ag.venue)


def _areas(text: str) -> list[str]:
    ex = extract(Article(id="f2", text=text, title="가온시-누리대 협약",
                         published=dt.date(2024, 3, 14)))
    return sorted(a.label for ag in ex.agreements for a in ag.areas)


def test_the_same_article_in_other_forms_gives_the_same_graph() -> None:
    plain = _read(TEXT)
    assert plain[0] == ["가온시", "누리대학교"] and plain[2] == dt.date(2024, 3, 12)
    escaped = TEXT.replace("\"", "&quot;").replace(" ", "&nbsp;", 3)
    odd = TEXT.replace(" ", "\u00a0", 9).replace("12일", "１２일").replace("대학교", "대\u200b학교")
    for form in (_wrapped(TEXT, 34), _wrapped(TEXT, 44).replace("\n", "\r\n"),
                 " ".join(PARAGRAPHS), escaped, odd):
        assert _read(form) == plain, form


# Pages flattened onto one line by an export or a scraper: the headline, the byline, the
# dateline's stamp, a column bar, an image's file name or a rights notice before the story
FLAT_PAGES = [
    "가온시-누리대, 청년 창업 지원 협약 체결 창업 공간 제공 등 추진 [가온=누리통신] "
    "박하늘 기자 = {story}",
    "가온시-누리대 청년 창업 협약 박하늘기자 | 2024.03.14 10:21:05 {story}",
    "![]() | ⓒ | {story}",
    "청년 창업 협약 > 지역 본문 바로가기 2024-03-14 10:21 본문 a1b2c3d4_5678.jpg {story}",
    "(사진=가온시 제공) 2024.03.14. hong@nuri.kr *재판매 및 DB 금지 {story}",
]


MORE = ["가온시는 올해 안에 창업 공간 두 곳을 열고 누리대학교 학생 100명의 창업을 돕는다.",
        "누리대학교는 창업 강좌를 새로 열어 지역 청년에게도 문을 열 계획이다.",
        "두 기관은 해마다 성과를 함께 점검하고 지원 대상을 넓혀 나갈 방침이다."]


@pytest.mark.parametrize("page", FLAT_PAGES)
def test_a_flattened_page_reads_its_story_from_the_story_first_sentence(page: str) -> None:
    story = [*PARAGRAPHS, *MORE]
    flat = page.format(story=" ".join(story))
    lines = relined(flat).split("\n")        # the byline ("홍길동 기자 =") may stay before it
    assert any(line.endswith(PARAGRAPHS[0]) and len(line) < len(PARAGRAPHS[0]) + 12
               for line in lines)
    assert len(relined(flat)) == len(flat)
    assert _read(flat) == _read("\n\n".join(story))


def test_a_list_written_on_one_line_with_note_marks_reads_as_a_list() -> None:
    listed = "두 기관은 ▲공동 연구 ▲인력 교류 ▲시설 공유에 협력하기로 했다."
    noted = listed.replace("▲", "※")
    assert readable(noted) == listed
    note = "※ 자세한 내용은 가온시 누리집에서 볼 수 있다."      # one ※: a note, as written
    assert readable(note) is note
    text = TEXT + "\n\n" + listed
    areas = _areas(text)
    assert len(areas) >= 3 and _areas(text.replace("▲", "※")) == areas


@pytest.mark.parametrize("line, read", [
    # rule interview-slash: a broadcaster's interview line, name / post
    ("[인터뷰] 홍다온 / 가온군수", "[인터뷰] 홍다온   가온군수"),
    ("[녹취] 윤누리/누리산림조합장", "[녹취] 윤누리 누리산림조합장"),
    # not a slash elsewhere: parties on a release's line, a date, a line with no interview tag
    ("■ 협약 기관 : 가온시 / 누리대학교", None),
    ("홍다온 / 가온군수", None),
    ("[인터뷰] 2026/03/03", None),
])
def test_an_interview_line_s_slash_reads_as_a_space(line: str, read: str | None) -> None:
    assert readable(line) == (read if read is not None else line)


@pytest.mark.parametrize("line, read", [
    # rule answer-speaker: a Q&A answer opening on its speaker in brackets
    ("A. (홍다온 가온재단 이사장) 함께해 든든합니다.",
     "A.  홍다온 가온재단 이사장: 함께해 든든합니다."),
    ("답: (윤누리 원장) 내년에 넓히겠습니다.", "답:  윤누리 원장: 내년에 넓히겠습니다."),
    # not brackets after a name, nor on a line that is no answer, nor a question's
    ("A. 가온재단(이사장 홍다온)은 함께합니다.", None),
    ("(홍다온 가온재단 이사장) 함께해 든든합니다.", None),
    ("Q. (홍다온 이사장) 협약의 의미는?", None),
])
def test_an_answer_s_speaker_in_brackets_reads_as_a_speaker(line: str, read: str | None) -> None:
    assert readable(line) == (read if read is not None else line)


def test_an_answer_s_speaker_in_brackets_speaks_for_the_party() -> None:
    text = ("누리청소년연합은 25일 솔빛테크와 '청소년 디지털 역량' 협약을 체결했다.\n"
            "Q. 협약의 의미는?\nA. (홍다온 누리청소년연합 대표) 격차를 줄이겠습니다.")
    (agreement,) = extract(Article("t", text), learned_people=False).agreements
    assert ("홍다온", "누리청소년연합") in {(p.name, p.organisation)
                                     for p in agreement.representatives}


def test_a_one_line_text_with_no_space_after_its_full_stops_is_broken_after_them() -> None:
    glued = "".join(PARAGRAPHS * 2)                   # "…밝혔다.이날 협약식에는 …"
    assert relined(glued).split("\n") == PARAGRAPHS * 2   # a break put after each stop
    assert _read(glued) == _read(TEXT)


# (rule widget-before-story) A flattened page whose widgets and menus stood on lines of their
# own between the story's paragraphs: their words now open the next sentence
WIDGETS_BETWEEN = [
    ("뉴스레터 구독 신청 이메일 주소 입력 ", 0),
    ("다온뉴스 유튜브 채널 바로가기 ", 0),
    ("좋아요 0 슬퍼요 0 ", 1),
    ("기사 공유하기 ", 2),
]


@pytest.mark.parametrize("widget, before", WIDGETS_BETWEEN)
def test_a_flattened_page_reads_a_sentence_its_widget_words_open(widget: str,
                                                                  before: int) -> None:
    story = [*PARAGRAPHS, *MORE]
    flat = " ".join([*story[:before], widget + story[before], *story[before + 1:]])
    assert len(relined(flat)) == len(flat)
    # the widget's words after its marker may stay before the sentence ("신청 이메일 …")
    assert any(line.endswith(story[before]) and len(line) < len(story[before]) + 16
               for line in relined(flat).split("\n"))
    assert _read(flat) == _read("\n\n".join(story))


@pytest.mark.parametrize("line, cuts", [
    # negative rows: no clutter words; clutter with nothing finished after it; clutter after
    # the story's words (a sentence that shares a word with a widget is no widget)
    ("가온시는 누리대학교와 청년 창업 지원을 위한 업무협약을 체결했다.", []),
    ("가온뉴스 유튜브 채널 바로가기 구독 알림 설정", []),
    ("다온일보 채널 바로가기 짧다.", []),
    ("뉴스레터 구독 가온시는 누리대학교와 업무협약을 체결했다.", [7]),
])
def test_the_story_starts_after_clutter_words_only_where_a_sentence_follows(
        line: str, cuts: list[int]) -> None:
    from mougraph.text import stories_after_clutter
    assert stories_after_clutter(line) == cuts


def test_a_text_on_lines_of_its_own_keeps_its_widget_lines_apart() -> None:
    page = TEXT + "\n\n뉴스레터 구독 신청 이메일 주소 입력\n\n" + MORE[0]
    assert readable(page) is page


# rule quoted-name-wrap: a line ending on an agreement's quoted name goes on when the next line
# opens with the agreement word; a quoted name before a line of another kind stays apart
@pytest.mark.parametrize("text, joined", [
    ("다온연대·누리대, 협약\n"
     "다온연대와 누리대학교가 20일 부대 내 회관에서 '장병 학업 지원'\n협약을 맺었다.\n"
     "두 기관은 학점 취득을 돕는다.", True),
    ("다온연대·누리대, 협약\n"
     "다온연대는 20일 누리대학교와 본관에서 '장병 학업 지원'\n업무협약을 체결했다.\n"
     "두 기관은 학점 취득을 돕는다.", True),
    ("다온연대·누리대, '장병 학업 지원'\n다온연대는 20일 누리대학교와 협약을 맺었다.\n"
     "두 기관은 학점 취득을 돕는다.", False),
    # rule quoted-name-particle: the quoted name with its particle goes on, whatever follows
    ("다온모금회는 1일 회의실에서 지역 기관 세 곳과 '2026 나눔 협약'을\n맺었다. "
     "두 기관은 모금을 함께 한다.", True),
    # not quoted-name-particle: a headline ending on a quoted word and its particle
    ("다온연대·누리대 '맞손'…'학업 동반자'로\n다온연대는 20일 누리대학교와 협약을 맺었다.\n"
     "두 기관은 학점 취득을 돕는다.", False),
    # rule until-wrap: a story line stopped on 까지 goes on
    ("다온연대·누리대, 협약\n다온연대는 20일 누리대학교와 본관에서 협약을 맺었다. "
     "두 기관은 연말까지\n학점 취득을 돕는다.", True),
    # not until-wrap: a title ending on 까지 before the story
    ("다온연대, 학점 지원 연말까지\n다온연대는 20일 누리대학교와 협약을 맺었다. "
     "두 기관은 학점 취득을 돕는다.", False),
])
def test_a_line_cut_after_a_quoted_agreement_name_is_joined(text: str, joined: bool) -> None:
    read = readable(text)
    assert (read.count("\n") == text.count("\n") - 1) is joined


# rule wrapped-caption: a photo caption opened by its mark and hard-wrapped over lines is one
# sentence up to its close ("…하고 있다.", "/사진=… 제공"); a bullet list, or a caption line
# followed by the story's next sentence, stays apart
CAPTION_BODY = "가람군이 지역 기관과 안전 캠페인에 나선다.\n군은 기관 4곳이 함께한다고 밝혔다.\n"


@pytest.mark.parametrize("text, joins", [
    (CAPTION_BODY + "▲ 5일 가람군청에서 김다온 가람군수(가운데)와 가람경찰서, 가람소방서,\n"
     "가람교육지원청 관계자들이 협약을 체결한\n뒤 기념촬영을 하고 있다. /사진=가람군 제공", 2),
    (CAPTION_BODY + "▲ 5일 가람군청에서 김다온 가람군수와 기관장들이\n"
     "협약서에 서명하고 있다. /가람군 제공\n군은 연말까지 성과를 점검한다.", 1),
    # not wrapped-caption: bullets, each on its own line, and a line after them
    (CAPTION_BODY + "▲ 안전 교육 운영\n▲ 합동 순찰\n군은 연말까지 성과를 점검한다.", 0),
    # not wrapped-caption: a caption line that closes, then the story goes on
    (CAPTION_BODY + "▲ 협약식에서 기념촬영을 하고 있다.\n군은 연말까지 성과를 점검한다.", 0),
    # not wrapped-caption: no close of a caption ahead, the lines are the story's
    (CAPTION_BODY + "▲ 가람군은 기관 4곳과\n연말까지 성과를 점검한다.\n군은 내년에도 이어간다.", 0),
])
def test_a_hard_wrapped_photo_caption_is_joined(text: str, joins: int) -> None:
    assert text.count("\n") - readable(text).count("\n") == joins


# rule caption-inside-sentence: a whole photo caption set between the two halves of one story
# sentence moves after it and the halves join; a caption after a finished sentence, a bullet
# list, or a caption before a line that does not finish the sentence stays where it was
LIFT_LEAD = "누리시는 3일 시청에서 솔빛대학교와 업무협약을 맺었다고 4일 밝혔다.\n"
LIFT_CAPTION = "▲3일 누리시청에서 열린 협약식에서 참석자들이 기념촬영을 하고 있다.(사진=누리시)\n"


@pytest.mark.parametrize("text, read", [
    (LIFT_LEAD + "두 기관은 빈 창고를 청년 작업실로 고치는 사업과\n" + LIFT_CAPTION
     + "작업실 입주자의 전시회 개최에 힘을 모은다.\n김다온 기자",
     LIFT_LEAD + "두 기관은 빈 창고를 청년 작업실로 고치는 사업과 작업실 입주자의 전시회 개최에 "
     "힘을 모은다.\n" + LIFT_CAPTION + "김다온 기자"),
    (LIFT_LEAD + "시는 행정 절차를 맡고, 대학은 실습 장비를 빌려주는 일에\n"
     + LIFT_CAPTION.rstrip("\n") + "\r\n힘을 보태기로 했다.",
     LIFT_LEAD + "시는 행정 절차를 맡고, 대학은 실습 장비를 빌려주는 일에 힘을 보태기로 했다.\r\n"
     + LIFT_CAPTION.rstrip("\n")),
    # not caption-inside-sentence: the sentence before the caption is finished
    (LIFT_LEAD + "두 기관은 청년 작업실 조성에 힘을 모은다.\n" + LIFT_CAPTION + "시는 예산을 "
     "마련한다.", None),
    # not caption-inside-sentence: bullets round a caption, and a line after it that goes on
    (LIFT_LEAD + "▲ 작업실 조성\n" + LIFT_CAPTION + "▲ 전시회 개최.", None),
    (LIFT_LEAD + "두 기관은 빈 창고를 청년 작업실로 고치는 사업과\n" + LIFT_CAPTION
     + "작업실 입주자의 전시회 개최", None),
])
def test_a_caption_inside_a_sentence_moves_after_it(text: str, read: str | None) -> None:
    assert readable(text) == (text if read is None else read)
