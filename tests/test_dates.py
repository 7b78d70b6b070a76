"""Publication and signing dates: one row per construction, sentences written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from mougraph.extract import extract
from mougraph.extract.dates import publication_date, signing_datetime, written_on
from mougraph.model import Article
from mougraph.morph import Sentence
from mougraph.text import Document, prepare

D = dt.date
T = dt.time

DATELINES = [
    ("입력 2019.05.22 10:31 한빛시는 협약을 체결했다.", D(2019, 5, 22)),
    ("기사입력 2021-08-12 오후 2:10\n본문", D(2021, 8, 12)),
    ("등록 2019-04-19 오후 3:00 | 수정 2019-04-20", D(2019, 4, 19)),
    ("김기자 기자 | 입력 : 2020/07/29 [08:38]", D(2020, 7, 29)),
    ("홍길동기자 | 2022.11.15 15:58:07\n본문", D(2022, 11, 15)),
    ("2024.12.11 14:03\n[누리=가나통신] 본문", D(2024, 12, 11)),
    ("2021-08-12     허가람 기자\n본문", D(2021, 8, 12)),
    ("수정 : 2018.08.13 15:39 기사원문", D(2018, 8, 13)),
    ("2019년 04월 19일 (금) 15:30 | 홍길동 기자", D(2019, 4, 19)),
    ("승인 2023.05.12 17:20 본문", D(2023, 5, 12)),
    ("날짜 : 2023-05-12\n본문", D(2023, 5, 12)),
    # a release's header, the label in brackets and the weekday after the date
    ("[보도자료]\n[날짜] 2023.5.12(금)\n[담당] 한빛시 투자과\n본문", D(2023, 5, 12)),
    ("[날짜] 2023-05-12\n본문", D(2023, 5, 12)),
    ("Posted 2023.05.12\n본문", D(2023, 5, 12)),
    ("2023-05-12T14:03:00+09:00\n본문", D(2023, 5, 12)),
    ("한빛일보 | 2023.05.12\n본문", D(2023, 5, 12)),
    # a date right after the reporter's byline
    ("[가온일보=홍길동 기자] 2019.05.22\n본문", D(2019, 5, 22)),
    ("홍길동 기자 2019-05-22\n본문", D(2019, 5, 22)),
    ("가온뉴스 홍길동 기자, 2019.05.22.\n본문", D(2019, 5, 22)),
    ("홍길동 기자 (hong@gaon.kr)\n2019-05-22\n본문", D(2019, 5, 22)),
    ("가온일보 홍길동 기자 hong@gaon.kr 2019.05.22\n본문", D(2019, 5, 22)),
    ("2019년 05월 22일 15시 20분\n본문", D(2019, 5, 22)),
    ("가온신문 2019년 5월 22일 수요일\n본문", D(2019, 5, 22)),
    # other dateline words, a year in two digits, a print edition, a bracketed date line
    ("게시일 : 2019.05.22\n본문", D(2019, 5, 22)),
    ("보도일시 2019-05-22\n본문", D(2019, 5, 22)),
    ("배포일 2019.05.22\n본문", D(2019, 5, 22)),
    ("입력 19.05.22 10:31\n본문", D(2019, 5, 22)),
    ("가온일보 2019년 5월 22일자 5면\n본문", D(2019, 5, 22)),
    ("[2019-05-22]\n본문", D(2019, 5, 22)),
    ("본문\n[가온일보 2019-05-22]", D(2019, 5, 22)),
    # English datelines, alone on their line or after Posted/Published
    ("May 22, 2019\n본문", D(2019, 5, 22)),
    ("Published Sept. 3, 2021 10:31\n본문", D(2021, 9, 3)),
    ("22 May 2019\n본문", D(2019, 5, 22)),
    # a date in the body, an agreement's own date line, a page header: none is the page's date
    ("한빛시는 2023년 5월 12일 협약을 체결했다.", None),
    ("협약 일자: 2023년 5월 12일\n본문", None),
    ("2024.03.08 (금)\n  • 흐림가온 12.1℃\n본문", None),
    ("한빛시는 19일 협약을 체결했다.", None),
    ("입력 2019.13.45 잘못된 날짜", None),
    # an English date inside a sentence, or a byline followed by the signing's date, is none
    ("The MOU was signed on May 22, 2019 in Seoul.\n본문", None),
    ("홍길동 기자 2019년 5월 19일 한빛시는 협약을 체결했다.", None),
    ("한빛시는 2019년 5월 19일 15시 20분 협약을 체결했다.", None),
    ("한빛시는 19.05.22 협약을 체결했다.", None),            # two digits only after a dateline word
    ("한빛시는 [2019-05-22 협약 체결] 행사를 열었다.", None),
    # a later revision stamped before or beside the page's date never wins over it
    ("수정 2019.05.24 17:03 | 2019년 05월 22일 (수) 12:09:25\n본문", D(2019, 5, 22)),
    ("2019년 5월 22일 수요일 | 수정 : 2019-05-24 09:12:00\n본문", D(2019, 5, 22)),
    ("최종수정 2019.05.24 11:08 | [2019-05-22]\n본문", D(2019, 5, 22)),
    ("업데이트 2019-05-24 14:36 | Posted 2019-05-22\n본문", D(2019, 5, 22)),
    ("Updated 2019-05-24 21:43 | 송고시간 2019-05-22 11:18\n본문", D(2019, 5, 22)),
    ("본문\n최종편집 2019/05/24 | 2019. 5. 22. 09:26", D(2019, 5, 22)),
    ("수정일 2019.05.24\n본문", D(2019, 5, 24)),           # the only date the page gives
    # a bracketed date beside the byline, an entry time
    ("홍길동 기자 | [2019-05-22]\n본문", D(2019, 5, 22)),
    ("입력시간 : 2019.05.22 08:39\n본문", D(2019, 5, 22)),
    ("홍길동 기자 (2019.05.22)\n본문", D(2019, 5, 22)),
    ("기사일자 : 2019-05-22\n본문", D(2019, 5, 22)),
    ("뉴스일자 2019.05.22\n본문", D(2019, 5, 22)),
    # a news agency's photo stamp in a caption
    ("본문\n협약식 모습. (사진=가온시 제공) 2019.05.22. hong@gaon.kr *재판매 금지\n본문",
     D(2019, 5, 22)),
    ("본문\n업무협약식. [사진=가온시] 2019.05.22 hong@gaon.kr |\n본문", D(2019, 5, 22)),
    ("본문\n협약서를 들어 보이고 있다. [사진=가온은행] 2019.05.22 |\n본문", D(2019, 5, 22)),
    ("본문\n가온시는 2019.05.22 협약을 맺었다. 문의 hong@gaon.kr", None),
    # a byline with credits between it and the date closing its line
    ("글 홍길동 기자 · 사진 가온시 제공 · 2019.05.22\n본문", D(2019, 5, 22)),
    ("홍길동 기자 · 한빛시는 2019.05.22 협약을 맺었다.", None),
    # an overseas paper's Hanja dateline word and weekday
    ("發行日 : 2019.04.02 (火)\n본문", D(2019, 4, 2)),
    ("發行 2019.04.02\n본문", D(2019, 4, 2)),
    ("가온한인회는 2019.04.02 (火) 총회를 연다.\n본문", None),
    # a bracketed date opening the page with its section's name after it; the same shape
    # lower down is another article's
    ("[2019-11-08] 누리군 소식\n누리군은 지난 7일 협약을 맺었다.", D(2019, 11, 8)),
    ("누리군은 지난 7일 협약을 맺었다.\n[2019-10-30] 누리군, 제설 대책 가동", None),
    ("누리군은 지난 7일 협약을 맺었다.\n다음 기사 누리군의회 개회 [2019-11-12]", None),
    # a wire's English dateline with its time zone
    ("본문\nhong@gaon.kr\nMar 4, 2021 08:15 KST", D(2021, 3, 4)),
    ("Mar 4, 2021 08:15 (KST)\n본문", D(2021, 3, 4)),
    ("The deal was signed Mar 4, 2021 08:15 KST in Seoul.\n본문", None),
    ("4 March 2021 | 14:02 KST\n본문", D(2021, 3, 4)),
    ("Thu, 04 Mar 2021 14:02:00 +0900\n본문", D(2021, 3, 4)),   # a feed's pubDate pasted
    ("On Thu, 4 March 2021 the deal was signed.\n본문", None),
    # an outlet's name in brackets, then the date closing the line
    ("[가온일보] 2021.03.04\n본문", D(2021, 3, 4)),
    ("[가온일보] 누리시는 2021.03.04 협약을 맺었다.\n본문", None),
    ("[누리군 소식] 협약식 2021.03.04\n본문", None),
    # the date in Hanja after a Hanja dateline word
    ("發行 2021年 3月 4日\n본문", D(2021, 3, 4)),
    ("가온한인회는 2021年 3月 4日 총회를 열었다.\n본문", None),
    # English datelines in capitals, or with "at" before the hour
    ("THU, MARCH 4, 2021\n본문", D(2021, 3, 4)),
    ("March 4, 2021 at 2:02 pm\n본문", D(2021, 3, 4)),
    ("The deal was signed March 4, 2021 at 2:02 pm in Seoul.\n본문", None),
    # a date alone on its line in brackets; in a sentence it is none
    ("본문\n(2021.03.04)", D(2021, 3, 4)),
    ("<2021. 3. 4.>\n본문", D(2021, 3, 4)),
    ("가온시는 (2021.03.04) 협약을 맺었다.\n본문", None),
    # a byline after a slash; the outlet between the date and a byline closing the line
    ("본문\n홍길동 기자 / 2021.03.04", D(2021, 3, 4)),
    ("본문\n2021년 3월 4일 가온일보 홍길동 기자", D(2021, 3, 4)),
    ("가온시는 2021년 3월 4일 누리시청에서 홍길동 기자와 만났다.\n본문", None),
    # a print edition's date in figures with its page
    ("본문\n가온일보 2021.03.04 A12면", D(2021, 3, 4)),
    ("가온시는 2021.03.04 12면짜리 보고서를 냈다.\n본문", None),
    # rule hanja-dateline: 年 月 日 alone on its line, in figures or Hanja numerals
    ("누리시, 협약\n二〇二一年 三月 四日\n본문", D(2021, 3, 4)),
    ("본문\n二〇二一年十二月二十四日", D(2021, 12, 24)),
    ("누리시, 협약\n2021年 3月 4日\n본문", D(2021, 3, 4)),
    ("가온시는 2021年 3月 4日 협약을 맺었다.\n본문", None),
    ("누리시, 협약\n二〇二一年 十三月 四日\n본문", None),
    # a date between dashes on its line; an edit stamp; a copyright line with the date
    ("누리시, 협약\n- 2021.03.04 -\n본문", D(2021, 3, 4)),
    ("가온시는 - 2021.03.04 - 행사를 열었다.\n본문", None),
    ("누리시, 협약\n편집 2021.03.04\n본문", D(2021, 3, 4)),
    ("홍길동 기자 | 편집 : 2021-03-04 10:20\n본문", D(2021, 3, 4)),
    ("편집위원회는 2021.03.04 회의를 연다.\n본문", None),
    ("본문\nⓒ 가온일보 2021.03.04", D(2021, 3, 4)),
    ("본문\nCopyright ⓒ 가온일보 2021.03.04 무단 전재 및 재배포 금지", D(2021, 3, 4)),
    ("본문\n관련기사\n· 누리시 소식\n<ⓒ가온뉴스> 2021-03-04", D(2021, 3, 4)),
    ("ⓒ 가온일보는 2021.03.04 창간 행사를 연다.\n본문", None),
    ("본문\n© 2021.03.04 가온일보 All rights reserved.", D(2021, 3, 4)),
    ("© 2021.03.04 가온일보가 창간 행사를 열었다.\n본문", None),
    # a broadcaster's 방송일; a byline after a dash
    ("누리시, 협약\n방송일 2021.03.04\n본문", D(2021, 3, 4)),
    ("누리시, 협약\n방송일자 : 2021-03-04\n본문", D(2021, 3, 4)),
    ("가온방송은 2021.03.04 특집을 내보냈다.\n본문", None),
    # a date with an English weekday on its line, below the very top (a "today" box opens it)
    ("누리시, 협약\n2021-03-04 (Thu)\n본문", D(2021, 3, 4)),
    ("누리시, 협약\n2021-03-04 Thu\n본문", D(2021, 3, 4)),
    ("2021-03-04 (Thu)\n누리시, 협약\n본문", None),
    # a broadcaster's dated line, its programme closing it
    ("누리시, 협약\n2021.03.04 (목) 가온방송 뉴스\n본문", D(2021, 3, 4)),
    ("누리시, 협약\n2021년 3월 4일 (목) 가온TV 뉴스데스크\n본문", D(2021, 3, 4)),
    ("2021.03.04 (목)\n누리시, 협약\n본문", None),
    ("가온시는 2021.03.04 (목) 가온방송 뉴스에 나왔다.\n본문", None),
    ("누리시, 협약\n관련기사\n· 누리시 소식 2021.03.04 가온방송 뉴스\n본문", None),
]


@pytest.mark.parametrize("text, expected", DATELINES)
def test_publication_date_from_a_dateline(text: str, expected: dt.date | None) -> None:
    assert publication_date(Article("a", text)) == expected


@pytest.mark.parametrize("url, expected", [
    ("https://news.example.kr/view/20240108000922", D(2024, 1, 8)),
    ("https://example.kr/view/?no=20210714091614", D(2021, 7, 14)),
    ("https://m.example.kr/view_amp.html?ar_id=NISX20231011_0002478828", D(2023, 10, 11)),
    ("https://example.kr/2025/06/17/%EC%B4%9D%ED%9A%8C/", D(2025, 6, 17)),
    ("http://example.kr/culture/201803/dh20180308110846138680.htm", D(2018, 3, 8)),
    ("https://example.kr/news/20230512/12345", D(2023, 5, 12)),
    ("https://example.kr/2023-05-12/story", D(2023, 5, 12)),
    ("https://example.kr/view?date=2023-05-12&id=7", D(2023, 5, 12)),
    ("https://example.kr/n/202305/12/x.html", D(2023, 5, 12)),
    ("https://example.kr/news/2023/0512/abc", D(2023, 5, 12)),
    # an article number is no date, even one of eight digits that reads like one
    ("https://example.kr/news/body.asp?code=0300&key=20230512.22012003456", D(2023, 5, 12)),
    ("https://example.kr/view?no=20230512.5", None),
    ("http://example.kr/news/articleView.html?idxno=20230512", None),
    ("https://example.kr/article/10630097", None),
    ("https://example.kr/read?newsId=02056566622526312", None),
])
def test_publication_date_from_the_address_when_nothing_else_gives_it(
        url: str, expected: dt.date | None) -> None:
    assert publication_date(Article("a", "본문", url=url)) == expected


@pytest.mark.parametrize("page", [
    "관련기사\n· 가온시, 친환경 농업 예산 늘려 2025-02-11 10:20\n",
    "많이 본 뉴스\n1 누리군 청년 주택 입주자 모집 2025-02-11 10:20\n",
    "· 가온시, 친환경 농업 예산 늘려 2025-02-11 10:20\n",
])
def test_a_listed_articles_timestamp_is_not_the_pages_date(page: str) -> None:
    text = "가온군은 지난 5일 누리농협과 협약을 체결했다.\n" + page
    assert publication_date(Article("a", text)) is None
    # the page's own dateline word still counts, wherever the list stands
    assert publication_date(Article("b", "관련기사\n입력 2025.03.14 11:02\n" + text)) == \
        D(2025, 3, 14)


def test_a_listed_line_with_a_dateline_word_is_another_articles() -> None:
    text = ("많이 본 뉴스\n1 누리시, 버스 노선 개편 입력 2019.05.02 10:00\n"
            "가람시는 지난 11일 누리대와 협약을 체결했다.\n홍길동 기자 입력 2019.05.22 14:05")
    assert publication_date(Article("a", text)) == D(2019, 5, 22)
    assert publication_date(Article("b", "입력 2019.05.22 14:05\n본문")) == D(2019, 5, 22)


@pytest.mark.parametrize("line, expected", [
    # rule publisher-stamp: the record's own publisher beside a date on a line of its own
    ("가온일보 2019.05.22", D(2019, 5, 22)),
    ("<저작권자 © 가온일보> 2019.05.22", D(2019, 5, 22)),
    ("2019년 5월 22일 수요일 가온일보", D(2019, 5, 22)),
    ("가온일보 | 2019.05.22 14:05", D(2019, 5, 22)),
    # … not another name's, nor a sentence with the paper in it
    ("한빛일보 2019.05.22", None),
    ("가온일보 2019.05.22 (수)", None),   # the site's today box, its weekday in brackets
    ("가온일보는 2019.05.22 창간 기념식을 열었다.", None),
])
def test_a_line_of_the_papers_name_and_a_date_is_the_pages_stamp(line: str,
                                                                expected: dt.date | None) -> None:
    text = "가람시는 누리대와 협약을 체결했다.\n" + line
    assert publication_date(Article("a", text, publisher="가온일보")) == expected


def test_a_dated_byline_after_a_related_box_inside_the_story_is_the_pages() -> None:
    text = ("가람시는 누리대와 협약을 체결했다.\n관련기사\n- 가람시, 청년 정책 발표 2019.04.02\n"
            "양 기관은 창업을 지원한다.\n홍길동 기자 (2019.05.22) | 수정 2019.05.24 08:12")
    assert publication_date(Article("a", text)) == D(2019, 5, 22)


def test_a_dateline_wins_over_the_address() -> None:
    article = Article("a", "입력 2019.05.22 본문", url="https://example.kr/view/20200101000001")
    assert publication_date(article) == D(2019, 5, 22)


def test_relative_days_count_from_the_texts_first_dateline_when_the_record_is_later() -> None:
    text = ("입력 2023.08.01 10:20 | 수정 2023.09.04 14:05\n"
            "가온교회는 지난달 29일 다래학교와 교육선교 협약을 체결했다.")
    article = Article("a", text, published=D(2023, 9, 4))
    assert publication_date(article) == D(2023, 9, 4)
    assert written_on(article) == D(2023, 8, 1)
    assert extract(article).agreements[0].signed_on == D(2023, 7, 29)
    # a dateline later than the record's date changes nothing
    later = Article("b", text.replace("2023.08.01", "2023.09.10"), published=D(2023, 9, 4))
    assert written_on(later) == D(2023, 9, 4)
    # nor does a related article's dateline listed at the foot of the page
    foot = Article("c", text.split("\n")[1] + "\n" + "관련기사 " * 60 + "\n입력 2023.08.01",
                   published=D(2023, 9, 4))
    assert written_on(foot) == D(2023, 9, 4)


def test_the_records_date_wins_over_the_text() -> None:
    article = Article("a", "입력 2019.05.22 본문", published=D(2020, 1, 1))
    assert publication_date(article) == D(2020, 1, 1)


def one(text: str) -> tuple[Document, Sentence]:
    doc = Document(text, (Sentence(0, len(text), text),))
    return doc, doc.sentences[0]


SIGNING = [
    ("day and time", "한빛시는 19일 오후 4시 20분 시청 대회의실에서 협약을 체결했다.",
     D(2019, 4, 20), D(2019, 4, 19), T(16, 20)),
    ("지난 N일", "양 기관은 지난 3일 협약을 맺었다.", D(2020, 3, 10), D(2020, 3, 3), None),
    ("그저께", "한빛시는 그저께 누리대와 협약을 맺었다.", D(2020, 3, 10), D(2020, 3, 8), None),
    ("the day of an earlier signing closed by '…한 데 이어' gives way",
     "한빛시는 지난 2월 20일 가람대와 협약을 맺은 데 이어 9일 누리대와 협약을 체결했다.",
     D(2020, 3, 10), D(2020, 3, 9), None),
    ("a span of days written day by day is no signing day",
     "한빛시는 8일~9일 열린 박람회 기간 중 누리대와 협약을 맺었다.", D(2020, 3, 10), None, None),
    ("month, day and weekday", "한빛군은 9월 24일(화) 군청에서 협약식을 가졌다.",
     D(2019, 9, 25), D(2019, 9, 24), None),
    ("a date written with hyphens", "양 기관은 2024-03-13 협약을 체결했다.",
     None, D(2024, 3, 13), None),
    ("a date written with dots and no spaces", "양 기관은 2024.3.5. 시청에서 협약을 체결했다.",
     None, D(2024, 3, 5), None),
    ("a date with mixed separators is none", "양 기관은 2024-03.13 협약을 체결했다.",
     None, None, None),
    ("a full date needs no publication date", "양 기관은 2019년 4월 19일 협약을 체결했다.",
     None, D(2019, 4, 19), None),
    ("a day after the publication day is last month's", "양 기관은 30일 협약을 체결했다.",
     D(2021, 7, 2), D(2021, 6, 30), None),
    ("…and last year's in January", "양 기관은 30일 협약을 체결했다.",
     D(2021, 1, 2), D(2020, 12, 30), None),
    ("December in an article of January", "양 기관은 12월 28일 협약을 체결했다.",
     D(2022, 1, 3), D(2021, 12, 28), None),
    ("지난달 N일", "양 기관은 지난달 28일 협약을 체결했다.", D(2024, 12, 11), D(2024, 11, 28),
     None),
    ("오늘(N일)", "누리공사가 오늘(17일) 가람건설과 MOU를 체결했습니다.",
     D(2010, 11, 17), D(2010, 11, 17), None),
    ("a day without a publication date is not fixed",
     "양 기관은 19일 오전 10시 30분 협약을 체결했다.",
     None, None, T(10, 30)),
    ("a month-day without a publication date is not fixed", "지난 3월 4일 협약식을 개최했다.",
     None, None, None),
    ("the day of the announcement is not the signing day",
     "한빛대는 지난 16일 누리원과 협약을 체결했다고 17일 밝혔다.", D(2023, 5, 22), D(2023, 5, 16),
     None),
    ("the day of a source's report", "12일 한빛시에 따르면 시는 누리대와 협약을 체결했다.",
     D(2023, 5, 12), None, None),
    ("only an announcement day", "한빛협회는 누리원과 협약을 체결했다고 26일 밝혔다.",
     D(2023, 5, 26), None, None),
    ("24-hour time after the day", "양 기관은 12일 14시 협약을 체결했다.",
     D(2023, 5, 12), D(2023, 5, 12), T(14, 0)),
    ("half past", "양 기관은 12일 오후 3시 반 협약을 체결했다.", D(2023, 5, 12), D(2023, 5, 12),
     T(15, 30)),
    ("a span of days is no signing day",
     "양 기관은 2일부터 5일까지 교류 행사를 열고 협약을 체결했다.",
     D(2023, 5, 12), None, None),
    ("a duration is no day", "양 기관은 3일간의 행사 끝에 협약을 체결했다.", D(2023, 5, 12), None,
     None),
    ("a day that the month does not have", "양 기관은 31일 협약을 체결했다.", D(2021, 3, 2), None,
     None),
    ("오는 N일 of next month", "양 기관은 오는 3일 협약을 체결한다.", D(2023, 5, 28), D(2023, 6, 3),
     None),
    ("the weekday decides the month (a record dated a day early)",
     "양 기관은 21일(일) 협약을 체결했다.", D(2023, 5, 20), D(2023, 5, 21), None),
    ("the weekday agrees with last month", "양 기관은 30일(일) 협약을 체결했다.",
     D(2023, 5, 20), D(2023, 4, 30), None),
    ("December in January, the weekday agreeing", "양 기관은 12월 30일(금) 협약을 맺었다.",
     D(2023, 1, 5), D(2022, 12, 30), None),
    ("the date of an earlier agreement in the sentence is not the signing day",
     "양 기관은 2019년 3월 5일 맺은 협약을 갱신해 19일 새 협약을 체결했다.",
     D(2023, 5, 20), D(2023, 5, 19), None),
    ("the day of a press release is not the signing day",
     "한빛시는 20일 보도자료를 내고 지난 18일 누리대와 협약을 체결했다고 밝혔다.",
     D(2023, 5, 20), D(2023, 5, 18), None),
    ("지난 금요일", "양 기관은 지난 금요일 협약을 체결했다.", D(2023, 5, 22), D(2023, 5, 19), None),
    ("지난 금요일 on a Friday is a week back", "양 기관은 지난 금요일 협약을 체결했다.",
     D(2023, 5, 19), D(2023, 5, 12), None),
    ("지난주 화요일", "양 기관은 지난주 화요일 협약을 맺었다.", D(2023, 5, 19), D(2023, 5, 9),
     None),
    ("지난 금요일 before a figure that is no day",
     "양사는 지난 금요일 2023 가온 농업박람회 현장에서 협약을 맺었다.", D(2023, 5, 22),
     D(2023, 5, 19), None),
    ("지난 금요일(N일): the day beside it", "양사는 지난 금요일(12일) 협약을 맺었다.",
     D(2023, 5, 22), D(2023, 5, 12), None),
    ("전날: the day before the publication", "양 기관은 전날 시청에서 협약을 체결했다.",
     D(2023, 5, 20), D(2023, 5, 19), None),
    ("the day of another event named in the sentence gives way",
     "한빛시는 지난 15일 개막한 누리박람회 현장에서 19일 누리대와 협약을 체결했다.",
     D(2023, 5, 20), D(2023, 5, 19), None),
    ("the day of the ceremony it names is the signing day",
     "한빛시는 19일 시청에서 열린 협약식에서 누리대와 협약을 체결했다.",
     D(2023, 5, 20), D(2023, 5, 19), None),
    ("a dateline inside the signing sentence is the page's date",
     "입력 2023.05.20 한빛시는 19일 누리대와 협약을 체결했다.", D(2023, 5, 20), D(2023, 5, 19),
     None),
    ("a date before the reporter's name is the page's date",
     "2023.05.20 홍길동 기자 한빛시는 19일 누리대와 협약을 체결했다.", D(2023, 5, 20),
     D(2023, 5, 19), None),
    ("a bare day just after the record's date is that next day",
     "양 기관은 21일 협약을 체결했다.", D(2023, 5, 20), D(2023, 5, 21), None),
    ("오늘(N일) just after the record's date",
     "누리공사가 오늘(21일) 가람건설과 MOU를 체결했습니다.", D(2023, 5, 20), D(2023, 5, 21), None),
    ("a bare 1일 just after a record dated on a month's last day is the next month's",
     "양 기관은 1일 협약을 체결했다.", D(2023, 5, 31), D(2023, 6, 1), None),
    ("... and the next year's after 31 December",
     "누리공사가 오늘(1일) 가람건설과 MOU를 체결했습니다.", D(2023, 12, 31), D(2024, 1, 1),
     None),
    ("a bare 1일 in a record dated mid-month is that month's",
     "양 기관은 1일 협약을 체결했다.", D(2023, 5, 15), D(2023, 5, 1), None),
    ("지난 N일 just after the publication day is last month's",
     "양 기관은 지난 21일 협약을 체결했다.", D(2023, 5, 20), D(2023, 4, 21), None),
    ("이달 N일", "한빛시는 이달 19일 누리대학교와 업무협약을 체결했다.", D(2019, 4, 25),
     D(2019, 4, 19), None),
    ("N일(현지시간)", "한빛시는 19일(현지시간) 미국 누리시와 자매결연 협약을 체결했다.",
     D(2019, 4, 20), D(2019, 4, 19), None),
    ("N일 오후(현지시각)", "한빛시는 지난 19일 오후(현지시각) 누리시청에서 협약을 체결했다.",
     D(2019, 4, 20), D(2019, 4, 19), None),
    ("a span of days closing an event is no signing day",
     "한빛시는 18~19일 열린 국제박람회에서 누리대학교와 업무협약을 체결했다.",
     D(2019, 4, 20), None, None),
    ("month and day take the publication's year", "한빛시는 5월 19일 누리대와 협약을 맺었다.",
     D(2019, 5, 22), D(2019, 5, 19), None),
    ("지난 N일(요일)", "한빛시는 지난 17일(금) 누리대와 협약을 체결했다.", D(2019, 5, 22),
     D(2019, 5, 17), None),
    ("어제(N일)", "한빛시는 어제(19일) 누리대와 협약을 맺었다.", D(2019, 4, 20), D(2019, 4, 19),
     None),
    ("어제 alone is the day before the record's", "한빛시는 어제 누리대와 협약을 맺었습니다.",
     D(2019, 4, 20), D(2019, 4, 19), None),
    ("a company named 오늘… gives no day (rule day-word-alone)",
     "한빛시는 19일 시청에서 ㈜오늘택배, 누리상회와 협약을 체결했다.", D(2019, 4, 20),
     D(2019, 4, 19), None),
    ("... nor one named 어제…", "한빛시는 19일 어제오늘카페와 협약을 체결했다.", D(2019, 4, 20),
     D(2019, 4, 19), None),
    ("an ordinal after 제 is no day: '제2일반산업단지' (rule ordinal-je)",
     "가온시는 23일 시청에서 누리푸드와 가온 제2일반산업단지 투자협약을 체결했다.",
     D(2026, 11, 24), D(2026, 11, 23), None),
    ("NOT: a day after a word ending in 제 spaced apart still dates",
     "가온시는 누리푸드와 협약 체제 23일 시청에서 협약을 체결했다.",
     D(2026, 11, 24), D(2026, 11, 23), None),
    ("a name ending in 오 before 는 is no '오는' (rule day-relative-word-alone)",
     "솔빛바이오는 23일 본사에서 누리소재와 협약을 맺었다고 24일 밝혔다.", D(2026, 11, 24),
     D(2026, 11, 23), None),
    ("... before a month and day too", "가온스튜디오는 3월 5일 누리시와 협약을 맺었다.",
     D(2026, 3, 20), D(2026, 3, 5), None),
    ("... and one ending in 지 before 난 is no '지난'", "한빛시는 19일 누리지난로와 협약을 맺었다.",
     D(2019, 4, 20), D(2019, 4, 19), None),
    ("'오는' standing alone still looks ahead", "누리바이오는 오는 23일 한빛시와 협약을 맺는다.",
     D(2026, 11, 24), D(2026, 12, 23), None),
    ("the signing's day inside an event's span of days",
     "한빛시는 지난 10일부터 19일까지 열린 박람회 기간 중인 17일 누리시와 협약을 체결했다.",
     D(2019, 4, 20), D(2019, 4, 17), None),
    ("the day of an event to come that the agreement serves is no signing day",
     "한빛시는 오는 6월 1일 개관하는 청년센터 운영을 위해 누리대와 협약을 체결했다고 20일 밝혔다.",
     D(2019, 4, 20), None, None),
    ("... written 다음 달 N일", "한빛시는 다음 달 1일 개관하는 센터를 위해 누리대와 협약을 맺었다.",
     D(2019, 4, 20), None, None),
    ("... or with a bare day", "한빛시는 25일 개막하는 축제를 위해 누리대와 협약을 체결했다.",
     D(2019, 4, 20), None, None),
    ("내달 N일 is next month's", "양 기관은 내달 3일 협약을 체결한다.", D(2023, 5, 20),
     D(2023, 6, 3), None),
    ("오는 M월 N일 months ahead stays in the year", "양 기관은 오는 6월 1일 협약을 체결한다.",
     D(2019, 4, 20), D(2019, 6, 1), None),
    ("the day of an earlier step the signing follows gives way",
     "한빛시는 지난 3월 28일 업무협약 체결에 따른 후속 조치로 19일 누리대와 세부 협약을 체결했다.",
     D(2019, 4, 20), D(2019, 4, 19), None),
    ("... written '에 이어'", "한빛시는 지난 2일 협약에 이어 19일 누리대와 협약을 체결했다.",
     D(2019, 4, 20), D(2019, 4, 19), None),
    ("the day of a clause closed before the signing's day gives way",
     "한빛시는 18일 개막식을 열고 19일 누리대와 협약을 체결했다.", D(2019, 4, 20),
     D(2019, 4, 19), None),
    ("... closed by '…한 뒤'",
     "한빛시 대표단은 17일 누리시에 도착해 18일 시청을 방문한 뒤 19일 누리시와 자매결연 협약을 "
     "체결했다.", D(2019, 4, 20), D(2019, 4, 19), None),
    ("... closed by '…했으며,'",
     "한빛시는 18일 누리대를 방문했으며, 19일 누리대와 협약을 체결했다.",
     D(2019, 4, 20), D(2019, 4, 19), None),
    ("a day after the signing's clause is another event's",
     "한빛시는 19일 누리대와 협약을 체결하고 20일 공동 세미나를 열었다.", D(2019, 4, 21),
     D(2019, 4, 19), None),
    ("금일", "한빛시는 금일 누리대와 협약을 체결했다.", D(2019, 4, 20), D(2019, 4, 20), None),
    ("금년 M월 N일", "한빛시는 금년 3월 19일 누리대와 협약을 체결했다.", D(2019, 4, 20),
     D(2019, 3, 19), None),
    ("a span written with the word processor's tilde is no signing day",
     "가온시는 18∼19일 열린 국제박람회에서 다래대와 업무협약을 체결했다.", D(2019, 4, 20), None,
     None),
    ("... nor one written with a wave dash between full days",
     "가온시는 18일〜19일 열린 국제박람회에서 다래대와 업무협약을 체결했다.", D(2019, 4, 20), None,
     None),
    ("... nor a list of days", "가온시는 18, 19일 이틀간 열린 박람회에서 다래대와 협약을 맺었다.",
     D(2019, 4, 20), None, None),
    ("... nor two days joined by 과", "가온시는 지난 18일과 19일 이틀간 열린 박람회에서 다래대와 "
     "협약을 맺었다.", D(2019, 4, 20), None, None),
    ("a press release's month and day in figures before the weekday",
     "가온시는 지난 4. 19.(금) 시청에서 다래대와 업무협약을 체결했다.", D(2019, 4, 22),
     D(2019, 4, 19), None),
    ("... written without spaces", "가온시는 4.19(금) 다래대와 업무협약을 체결했다.",
     D(2019, 4, 22), D(2019, 4, 19), None),
    ("a government release's year in two figures after an apostrophe",
     "가온시는 '19. 4. 19.(금) 다래대와 업무협약을 체결했다.", D(2019, 4, 22), D(2019, 4, 19),
     None),
    ("... written without spaces, and needing no publication date",
     "가온시는 '19.4.19 다래대와 업무협약을 체결했다.", None, D(2019, 4, 19), None),
    ("figures with a dot and no weekday are no date",
     "가온시는 지원금을 4.19 배로 늘리는 협약을 다래대와 체결했다.", D(2019, 4, 22), None, None),
    ("the report's day first, the signing's after it, in a sentence told as reported",
     "가온시는 22일 다래대와 지난 20일 업무협약을 체결했다고 밝혔다.", D(2019, 5, 22),
     D(2019, 5, 20), None),
    ("... unless the earlier day dates an event the sentence names",
     "가온시는 22일 지난 15일 개막한 박람회에서 다래대와 협약을 체결했다고 밝혔다.",
     D(2019, 5, 22), D(2019, 5, 22), None),
    # rule report-day-before-the-clause: the first day stands before the reported (or quoted)
    # clause that names the signing's earlier day
    ("a quoted clause's day after the report's",
     "가온시는 4일 '누리대와 지난 3일 협약을 체결했다'고 밝혔다.", D(2021, 3, 5),
     D(2021, 3, 3), None),
    ("... in double quotes, told with 며", "가온시는 4일 “누리대와 3일 협약을 맺었다”며 이같이 "
     "전했다.", D(2021, 3, 5), D(2021, 3, 3), None),
    ("... the report's day the publication's, the clause in curly quotes",
     "가온시는 5일 ‘누리대와 지난 3일 업무협약을 맺었다’고 설명했다.", D(2021, 3, 5),
     D(2021, 3, 3), None),
    ("... unquoted", "가온시는 4일 누리대와 지난 3일 협약을 체결했다고 밝혔다.", D(2021, 3, 5),
     D(2021, 3, 3), None),
    ("... the quote closing after a full stop, told with 면서",
     "가온시는 4일 \"누리대와 지난달 26일 협약을 맺었다.\"면서 이같이 밝혔다.", D(2021, 3, 5),
     D(2021, 2, 26), None),
    ("... the report's day set off by a comma",
     "가온시는 5일, 지난 3일 누리대와 협약을 체결했다고 밝혔다.", D(2021, 3, 5),
     D(2021, 3, 3), None),
    ("NOT: a list of days written with a comma is still no signing day",
     "가온시는 4일, 5일 이틀간 열린 박람회에서 누리대와 협약을 맺었다.", D(2021, 3, 6), None, None),
    ("NOT: a sentence not told as reported keeps its first day",
     "가온시는 4일 누리대와 협약을 맺고 3일 열린 회의 결과를 공유했다.", D(2021, 3, 5),
     D(2021, 3, 4), None),
    ("NOT: a reported sentence with one day keeps it",
     "가온시는 4일 '누리대와 협약을 체결했다'고 밝혔다.", D(2021, 3, 5), D(2021, 3, 4), None),
    ("the signing day first, the quoted clause's report day after it",
     "가온시는 '지난 3일 누리대와 협약을 체결했다'고 5일 밝혔다.", D(2021, 3, 5),
     D(2021, 3, 3), None),
    ("the day after '…에 따르면' is the report's",
     "가온시에 따르면 22일 시는 지난 20일 다래대와 업무협약을 체결했다.", D(2019, 5, 22),
     D(2019, 5, 20), None),
    # day forms a page may carry: an invisible character inside the day, the Hanja 日, figures
    # with a slash or dots and no weekday (a date only in the recent past of the publication)
    ("a zero-width space inside a day", "가온시는 1\u200b9일 누리대와 협약을 체결했다.",
     D(2026, 3, 21), D(2026, 3, 19), None),
    ("the Hanja day", "가온시는 19日 누리대와 협약을 체결했다.",
     D(2026, 3, 21), D(2026, 3, 19), None),
    ("month and day in Hanja", "가온시는 3月 19日 누리대와 협약을 체결했다.",
     D(2026, 3, 21), D(2026, 3, 19), None),
    ("month/day with its weekday", "가온시는 3/19(목) 누리대와 협약을 체결했다.",
     D(2026, 3, 21), D(2026, 3, 19), None),
    ("지난 month/day", "가온시는 지난 3/19 누리대와 협약을 체결했다.",
     D(2026, 3, 21), D(2026, 3, 19), None),
    ("a two-figure year without its apostrophe", "가온시는 26.3.19 누리대와 협약을 체결했다.",
     D(2026, 3, 21), D(2026, 3, 19), None),
    ("month. day. without a weekday", "가온시는 3. 19. 누리대와 협약을 체결했다.",
     D(2026, 3, 21), D(2026, 3, 19), None),
    ("a ratio is no date", "가온시는 누리대와 협약을 맺고 지분 3/19를 넘겼다.",
     D(2026, 3, 21), None, None),
    ("a version is no date", "가온시는 누리대와 협약을 맺고 플랫폼 2.3.1 버전을 공개했다.",
     D(2026, 3, 21), None, None),
    ("figures far from the publication are no date", "가온시는 8. 19. 누리대와 협약을 체결했다.",
     D(2026, 3, 21), None, None),
    ("without a publication date dotted figures are no date",
     "가온시는 26.3.19 누리대와 협약을 체결했다.", None, None, None),
    ("a place opening with 분 after the day is no count of days",
     "가온시는 15일 분당구 다래로 누리텍 본사를 찾아 협약을 맺었다.", D(2021, 9, 16),
     D(2021, 9, 15), None),
    ("a day joined to 분 is a count", "가온시는 누리대와 15일분 식량 지원 협약을 맺었다.",
     D(2021, 9, 16), None, None),
    ("a day after a quoted clause is the report's",
     "한빛시는 누리대와 협약을 체결했다고 20일 보도자료를 통해 밝혔다.", D(2023, 5, 20),
     None, None),
]


@pytest.mark.parametrize(
    "text, published, date, time", [c[1:] for c in SIGNING], ids=[c[0] for c in SIGNING]
)
def test_signing_datetime(
    text: str, published: dt.date | None, date: dt.date | None, time: dt.time | None
) -> None:
    doc, signing = one(text)
    assert signing_datetime(doc, signing, published) == (date, time)


def test_the_ceremony_sentence_gives_the_date_when_the_signing_sentence_has_none() -> None:
    doc = prepare(
        "한빛모금회는 최근 누리복지관 등과 협약식을 진행했다고 13일 밝혔다. "
        "지난 6일 진행된 협약식에는 기관 관계자들이 참석했다."
    )
    signing = doc.sentences[0]
    assert signing_datetime(doc, signing, D(2018, 8, 13)) == (D(2018, 8, 6), None)


def test_the_event_held_for_the_signing_gives_its_date() -> None:
    doc = prepare("가람시는 누리대학교와 청년 창업 지원 업무협약을 체결했다고 14일 밝혔다. "
                  "13일 시청에서 열린 행사에는 김가람 시장과 박누리 총장이 참석했다.")
    assert signing_datetime(doc, doc.sentences[0], D(2024, 5, 14)) == (D(2024, 5, 13), None)
    doc = prepare("가람시는 누리대학교와 청년 창업 지원 업무협약을 체결했다고 14일 밝혔다. "
                  "13일 시청 대회의실에서의 행사에는 김가람 시장과 박누리 총장이 참석했다.")
    assert signing_datetime(doc, doc.sentences[0], D(2024, 5, 14)) == (D(2024, 5, 13), None)


def test_a_ceremony_told_as_held_wins_over_a_sentence_that_only_names_the_agreement() -> None:
    doc = prepare("한빛시는 누리대와 협약을 체결했다고 20일 밝혔다. 누리대는 지난 3월 15일 "
                  "개교 기념일을 맞아 협약 체결을 추진해 왔다. 협약식은 19일 시청에서 열렸다.")
    assert signing_datetime(doc, doc.sentences[0], D(2019, 4, 20)) == (D(2019, 4, 19), None)


@pytest.mark.parametrize("after", [
    "시는 지난 8일 산림청 공모에 최종 선정됐으며, 이번 협약은 그 후속 조치다.",
    "누리대는 지난 8일 개교 50주년 기념식을 열었고, 이번 협약은 그 첫 사업이다.",
])
def test_a_day_of_another_clause_in_a_sentence_naming_the_agreement_is_not_its_day(
        after: str) -> None:
    doc = prepare("한빛시는 누리대와 숲 조성 협약을 체결했다고 15일 밝혔다. " + after)
    assert signing_datetime(doc, doc.sentences[0], D(2023, 8, 15)) == (None, None)


def test_a_sentence_that_only_names_the_agreement_still_dates_it_when_no_other_does() -> None:
    doc = prepare("한빛시는 누리대와 협약을 체결했다고 20일 밝혔다. "
                  "19일 협약에 따라 양 기관은 공동 연구소를 세운다.")
    assert signing_datetime(doc, doc.sentences[0], D(2019, 4, 20)) == (D(2019, 4, 19), None)


@pytest.mark.parametrize("text", [
    "한빛시-누리대, 18일 청년 일자리 업무협약 체결\n"              # the day in the headline only
    "한빛시는 누리대와 청년 일자리 업무협약을 체결했다고 20일 밝혔다.",
    "한빛시는 누리대와 청년 일자리 업무협약을 체결했다고 20일 밝혔다.\n"   # in a caption only
    "▲ 지난 18일 한빛시청에서 열린 업무협약식에서 김가람 시장(왼쪽)과 박누리 총장이 "
    "기념촬영을 하고 있다.",
])
def test_a_day_stated_only_in_the_headline_or_a_caption_dates_the_signing(text: str) -> None:
    doc = prepare(text)
    signing = next(s for s in doc.sentences if "밝혔다" in s.text)
    assert signing_datetime(doc, signing, D(2019, 4, 20)) == (D(2019, 4, 18), None)


# rule place-no-clause-end: a caption's day before its place ("18일 한빛시청에서 협약서를 …")
# dates the agreement named after the place; a clause closed with 서 before it does not
@pytest.mark.parametrize("caption, day", [
    ("김가람 한빛시장(오른쪽)과 박누리 누리대 총장이 18일 한빛시청에서 "
     "협약서를 들어 보이고 있다.", 18),
    ("사진 설명: 18일 한빛시청에서 김가람 시장과 박누리 총장이 협약 체결 후 "
     "기념촬영을 하고 있다.", 18),
    ("(왼쪽부터) 박누리 누리대 총장, 김가람 한빛시장이 18일 한빛시청 에서 "
     "협약서를 들고 서 있다.", 18),
    # negative rows: the day of a clause closed before the agreement is named
    ("누리대는 18일 공모에 선정돼서 이번 협약을 추진했다.", None),
    ("누리대는 18일 개교 기념식을 열고 이번 협약을 준비했다.", None),
])
def test_a_day_before_a_place_dates_the_agreement_named_after_it(
        caption: str, day: int | None) -> None:
    doc = prepare("한빛시는 누리대와 청년 일자리 업무협약을 맺었다.\n" + caption)
    signing = doc.sentences[0]
    expected = D(2019, 4, day) if day else None
    assert signing_datetime(doc, signing, D(2019, 4, 20)) == (expected, None)


# rule place-no-clause-end, with a quote: a day before a place and a quote dates the words
# said there; the earlier day inside the quote is the signing's (the paper of the 20th)
@pytest.mark.parametrize("sentence, day", [
    ("김가람 한빛시장은 19일 기자간담회에서 \"지난 18일 누리대와 협약을 맺었다\"며 "
     "\"청년 일자리를 함께 늘리겠다\"고 밝혔다.", 18),
    ("김가람 한빛시장은 19일 시청에서 “지난 18일 누리대와 협약을 맺었다”고 말했다.", 18),
    # negative row: one day, no quote: the day before the place is the signing's
    ("김가람 한빛시장은 19일 시청에서 누리대와 협약을 맺었다.", 19),
])
def test_a_day_before_a_place_and_a_quote_is_the_words_day(sentence: str, day: int) -> None:
    doc = prepare("한빛시가 누리대와 청년 일자리 업무협약을 맺었다.\n" + sentence)
    signing = doc.sentences[0]
    assert signing_datetime(doc, signing, D(2019, 4, 20)) == (D(2019, 4, day), None)


@pytest.mark.parametrize("caption", [
    "[사진] 4.19 협약식 모습",
    "사진설명 : 4.19 업무협약식 참석자들이 협약서를 들어 보이고 있다.",
    "▲ 4.19 MOU 체결 후 기념촬영",
])
def test_a_caption_giving_month_and_day_in_figures_dates_the_signing(caption: str) -> None:
    doc = prepare("한빛시는 누리대와 청년 일자리 업무협약을 체결했다고 20일 밝혔다.\n" + caption)
    assert signing_datetime(doc, doc.sentences[0], D(2019, 4, 20))[0] == D(2019, 4, 19)


@pytest.mark.parametrize("caption", [
    "[사진] 4.19 협약식 모습",          # no publication date: figures fix nothing
    "▲ LINC 3.0 협약 기관 현판",       # a version, no month 3 day 0
])
def test_figures_before_the_signing_word_are_no_date_otherwise(caption: str) -> None:
    doc = prepare("한빛시는 누리대와 청년 일자리 업무협약을 체결했다.\n" + caption)
    published = None if "4.19" in caption else D(2019, 4, 20)
    assert signing_datetime(doc, doc.sentences[0], published)[0] is None


@pytest.mark.parametrize("stamp", ["2019-04-20 홍길동", "2019.04.20", "date 2019-04-20",
                                   "2019년 4월 20일 토요일", "2019년 04월 20일 (토) | 수정 …"])
def test_that_day_never_stands_for_the_pages_own_stamp(stamp: str) -> None:
    doc = prepare(f"가람시·누리은행 금융협력 협약\n{stamp}\n"
                  "가람시는 누리은행과 금융협력 업무협약을 맺었다. "
                  "양측은 이날 본격적으로 협력하기로 했다.")
    signing = next(s for s in doc.sentences if "맺었다" in s.text)
    assert signing_datetime(doc, signing, D(2019, 4, 20)) == (None, None)


def test_that_day_glued_after_a_bracket_is_still_that_day() -> None:
    doc = prepare("19일은 지역 청년 주간의 첫날이었다. 가람공단(이사장 김가람, 이하 공단)이날 "
                  "누리상인회와 업무협약을 체결했다.")
    signing = next(s for s in doc.sentences if "협약" in s.text)
    assert signing_datetime(doc, signing, D(2019, 4, 20))[0] == D(2019, 4, 19)


def test_today_in_a_quotation_is_the_speakers_day_not_the_reports() -> None:
    text = ("한빛시는 누리대와 청년 일자리 업무협약을 체결했다고 20일 밝혔다.\n"
            "김가람 시장은 “오늘 협약은 청년을 위한 첫걸음”이라고 말했다.")
    doc = prepare(text)
    assert signing_datetime(doc, doc.sentences[0], D(2019, 4, 20)) == (None, None)
    doc = prepare(text + "\n[사진] 4.18 협약식 모습")
    assert signing_datetime(doc, doc.sentences[0], D(2019, 4, 20))[0] == D(2019, 4, 18)


# A text that names several dates: the signing's wins over an event's, a past agreement's, a
# deadline's, a period's, a founding's
SEVERAL_DATES = [
    ("an event opened earlier",
     "한빛시는 지난 15일 개막한 박람회에서 19일 누리대와 협약을 체결했다.", D(2019, 4, 19)),
    ("a past agreement renewed", "양 기관은 지난 2017년 3월 2일 체결한 협약을 갱신하는 협약을 19일 "
     "맺었다.", D(2019, 4, 19)),
    ("a past agreement followed, no day of its own",
     "양 기관은 2017년 3월 2일 맺은 협약에 이어 추가 협약을 체결했다.", None),
    ("a recent past agreement followed, no day of its own",
     "양 기관은 지난 2월 2일 맺은 협약에 이어 추가 협약을 체결했다.", None),
    ("a deadline after the signing", "누리대는 19일 한빛시와 협약을 체결했으며, 참여 기업은 오는 "
     "30일까지 신청하면 된다.", D(2019, 4, 19)),
    ("a deadline only", "한빛시는 누리대와 협약을 체결했으며, 참여 기업은 오는 30일까지 신청하면 "
     "된다.", None),
    ("a recruiting deadline only", "한빛시는 누리대와 협약을 체결하고 5월 3일까지 참가 기업을 "
     "모집한다.", None),
    ("an event to come", "양 기관은 19일 협약을 맺고 오는 6월 1일 개관하는 센터를 함께 운영한다.",
     D(2019, 4, 19)),
    ("an event the day before", "한빛시는 18일 박람회를 열고 19일 누리대와 협약을 체결했다.",
     D(2019, 4, 19)),
    ("the agreement's period", "협약 기간은 2019년 5월 1일부터 2021년 4월 30일까지이며 양 기관은 "
     "19일 협약을 맺었다.", D(2019, 4, 19)),
    ("a founding day",
     "2010년 3월 2일 개교한 누리대는 19일 한빛시와 협약을 맺었다.", D(2019, 4, 19)),
    ("an application period", "한빛시는 지난 1일부터 10일까지 참여 기관을 공모해 누리대를 선정하고 "
     "19일 협약을 체결했다.", D(2019, 4, 19)),
    ("a selection day", "누리대는 지난 8일 사업자로 선정됐으며, 19일 한빛시와 협약을 맺었다.",
     D(2019, 4, 19)),
    ("a working meeting held before", "양 기관은 지난 15일 협약 체결을 위한 실무협의를 가진 데 "
     "이어 19일 협약을 맺었다.", D(2019, 4, 19)),
    ("a board's decision before", "누리대는 지난 15일 열린 이사회에서 협약 체결을 의결하고 19일 "
     "협약을 체결했다.", D(2019, 4, 19)),
    ("a planned day and the held one", "협약식은 당초 10일 열릴 예정이었으나 15일 열렸다.",
     D(2019, 4, 15)),
    ("a ceremony brought forward", "양 기관은 오는 25일 협약식을 열 예정이었으나 일정이 앞당겨져 "
     "19일 협약을 체결했다.", D(2019, 4, 19)),
    ("an application deadline on the report's day", "한빛시는 누리대와 협약을 체결하고 참가 신청을 "
     "20일 마감한다.", None),
    ("a renewal following last year's agreement", "양 기관은 지난해 12월 28일 맺은 협약에 따라 "
     "19일 세부 협약을 체결했다.", D(2019, 4, 19)),
    ("a validity's end",
     "양 기관은 2020년 12월 31일까지 유효한 협약을 19일 맺었다.", D(2019, 4, 19)),
]


@pytest.mark.parametrize("text, expected", [c[1:] for c in SEVERAL_DATES],
                         ids=[c[0] for c in SEVERAL_DATES])
def test_of_several_dates_the_signings_wins(text: str, expected: dt.date | None) -> None:
    doc = prepare(text)
    signing = next(s for s in doc.sentences if "협약" in s.text)
    assert signing_datetime(doc, signing, D(2019, 4, 20))[0] == expected


def test_a_caption_opened_by_the_photo_credit_gives_the_date() -> None:
    doc = prepare("한빛시는 누리대와 청년 일자리 업무협약을 체결했다고 20일 밝혔다.\n"
                  "(사진=19일 한빛시청에서 열린 협약식에서 김가람 시장이 인사말을 하고 있다)")
    assert signing_datetime(doc, doc.sentences[0], D(2019, 4, 20)) == (D(2019, 4, 19), None)


@pytest.mark.parametrize("later, expected", [
    # the ceremony held ("협약식을 열고", "협약식을 열었다") in a sentence after the lead
    ("두 기관은 지난 19일 시청에서 협약식을 열고 ▲청년 창업 지원에 협력하기로 했다.",
     D(2019, 4, 19)),
    ("두 기관은 19일 시청에서 협약식을 열었다.", D(2019, 4, 19)),
    # … but not one planned, nor another event held
    ("두 기관은 오는 25일 시청에서 협약식을 열 예정이다.", None),
    ("한빛시는 지난 15일 시청에서 청년 정책 토론회를 열었다.", None),
])
def test_a_ceremony_held_after_an_undated_lead_gives_the_date(later: str,
                                                               expected: dt.date | None) -> None:
    doc = prepare("한빛시는 누리대와 청년 일자리 업무협약을 맺었다.\n" + later)
    assert signing_datetime(doc, doc.sentences[0], D(2019, 4, 20))[0] == expected


def test_the_parties_meeting_right_after_the_signing_sentence_give_its_date() -> None:
    doc = prepare("한빛시는 누리대와 청년 일자리 업무협약을 체결했다고 20일 밝혔다. 김가람 시장과 "
                  "박누리 총장은 19일 시청에서 만나 청년 일자리 창출에 힘을 모으기로 했다.")
    assert signing_datetime(doc, doc.sentences[0], D(2019, 4, 20)) == (D(2019, 4, 19), None)
    doc = prepare("한빛시는 누리대와 청년 일자리 업무협약을 체결했다고 20일 밝혔다. "
                  "한빛시는 지난 15일 시청에서 청년 정책 토론회를 열었다.")
    assert signing_datetime(doc, doc.sentences[0], D(2019, 4, 20)) == (None, None)


@pytest.mark.parametrize("line", [
    "□ 일시 : 2019. 4. 19.(금) 14:00", "□ 일시 : 2019.4.19 14:00", "□ 일시 : 4. 19.(금) 14:00",
    "- 일시/장소: 4월 19일(금) 14:00 / 한빛시청 대회의실",
])
def test_a_press_releases_schedule_line_gives_the_date(line: str) -> None:
    doc = prepare("한빛시는 누리대와 청년 일자리 업무협약을 체결했다고 20일 밝혔다.\n" + line)
    assert signing_datetime(doc, doc.sentences[0], D(2019, 4, 20))[0] == D(2019, 4, 19)


@pytest.mark.parametrize("scene, expected", [
    # rule scene-lead: a verbless line opening on the scene, right before the signing told
    ("지난 19일 오후 2시 한빛시청 대회의실.", D(2019, 4, 19)),
    ("18일 오전 누리대 본관 회의실.", D(2019, 4, 18)),
    # … not a sentence with a verb, nor a line that is not right before, nor one with no day
    ("지난 19일 한빛시청 대회의실은 붐볐다.", None),
    ("한빛시청 대회의실.", None),
])
def test_a_scene_line_before_the_signing_gives_its_day(scene: str,
                                                      expected: dt.date | None) -> None:
    doc = prepare(scene + " 김가람 시장과 박누리 총장이 협약서에 서명했다.")
    assert signing_datetime(doc, doc.sentences[-1], D(2019, 4, 20))[0] == expected


def test_a_scene_line_not_right_before_the_signing_gives_no_day() -> None:
    doc = prepare("지난 19일 오후 2시 한빛시청 대회의실. 시민 100여 명이 모였다. "
                  "김가람 시장과 박누리 총장이 협약서에 서명했다.")
    assert signing_datetime(doc, doc.sentences[-1], D(2019, 4, 20))[0] is None


@pytest.mark.parametrize("before, signing, expected", [
    # rule occasion-day's day: the signing told as the day of the sentence right before
    ("지난 토요일(18일) 오후, 누리마을도서관이 아이들로 붐볐다.",
     "가온도서관과 누리초등학교가 협약을 맺는 날이었다.", D(2019, 4, 18)),
    # … not a sentence of another kind, nor a day two sentences back
    ("지난 18일 누리마을도서관이 아이들로 붐볐다.",
     "가온도서관과 누리초등학교가 협약을 맺었다.", None),
    ("지난 18일 누리마을도서관이 붐볐다. 아이들이 많았다.",
     "가온도서관과 누리초등학교가 협약을 맺는 날이었다.", None),
    # …but a hard-wrapped line's piece between the scene and the signing is skipped
    ("지난 토요일(18일) 오후, 누리마을도서관에 이웃들이 모였다.\n도서관을 꾸려 온\n",
     "가온도서관과 누리초등학교가 협약을 맺는 날이었다.", D(2019, 4, 18)),
    ("지난 18일 누리마을도서관에 이웃들이 모였다.\n도서관을 꾸려 온 주민들은\n"
     "아이들이 많았다고 했다.",
     "가온도서관과 누리초등학교가 협약을 맺는 날이었다.", None),
])
def test_the_day_it_was_takes_the_day_of_the_sentence_before(
        before: str, signing: str, expected: dt.date | None) -> None:
    doc = prepare(before + " " + signing)
    assert signing_datetime(doc, doc.sentences[-1], D(2019, 4, 20))[0] == expected


@pytest.mark.parametrize("card, expected", [
    # a card news's card of its own that tells the signing done: "DAY, PLACE에서 서명!"
    ("11월 18일, 가온구청 3층 상황실에서 서명!", D(2019, 11, 18)),
    # …not a card that tells one to come, nor a campaign of signatures
    ("11월 28일, 가온구청에서 서명 예정!", None),
    ("11월 18일, 가온구청 상황실에서 서명 운동!", None),
])
def test_a_cards_signing_told_with_an_exclamation_gives_its_day(
        card: str, expected: dt.date | None) -> None:
    doc = prepare("가온구 × 누리은행\n소상공인 상생금융 업무협약\n\n언제, 어디서?\n" + card)
    signing = next(s for s in doc.sentences if "업무협약" in s.text)
    assert signing_datetime(doc, signing, D(2019, 11, 20))[0] == expected


@pytest.mark.parametrize("card, expected", [
    # rule card-fields: a card's "언제? …" line gives the day of the signing its cover tells
    ("언제? 11월 18일(화)\n어디서? 가온구청 상황실", D(2019, 11, 18)),
    # …not a when asked inside a sentence, nor a field with no day
    ("지원은 언제? 11월 18일부터 신청하면 돼요", None),
    ("언제? 곧 만나요", None),
])
def test_a_cards_when_field_gives_its_day(card: str, expected: dt.date | None) -> None:
    doc = prepare("#1\n가온구 × 누리은행\n소상공인 상생금융 업무협약 체결\n\n#2\n" + card)
    signing = next(s for s in doc.sentences if "업무협약" in s.text)
    assert signing_datetime(doc, signing, D(2019, 11, 20))[0] == expected


def test_unrelated_sentences_give_no_date() -> None:
    doc = prepare("양 기관은 업무협약을 체결했다. 한빛시는 지난 3일 축제를 열었다.")
    assert signing_datetime(doc, doc.sentences[0], D(2023, 5, 12)) == (None, None)


def test_an_earlier_agreement_gives_no_date() -> None:
    doc = prepare(
        "양 기관은 업무협약을 체결했다. 한편 한빛시는 지난 3일 가람시와도 협약을 맺은 바 있다."
    )
    assert signing_datetime(doc, doc.sentences[0], D(2023, 5, 12)) == (None, None)


@pytest.mark.parametrize("after, expected", [
    # an event where the agreement was only told about gives no day of the signing
    ("시는 3일 시청에서 열린 포럼에서 협약 내용을 시민들에게 소개했다.", None),
    ("시는 3일 설명회를 열고 협약 사실을 주민들에게 알렸다.", None),
    # the ceremony where the agreement is told too still does
    ("3일 시청에서 열린 협약식에서 양 기관장은 협약 내용을 설명했다.", D(2023, 5, 3)),
])
def test_an_event_that_only_tells_the_agreement_gives_no_date(
        after: str, expected: dt.date | None) -> None:
    doc = prepare("한빛시는 지난달 말 누리대와 업무협약을 체결했다고 12일 밝혔다. " + after)
    assert signing_datetime(doc, doc.sentences[0], D(2023, 5, 12))[0] == expected


def test_that_day_is_the_day_the_sentence_before_states() -> None:
    doc = prepare(
        "한빛시는 19일 오전 시청에서 개청 기념식을 열었다. "
        "이날 기념식에서 한빛시는 누리대와 업무협약을 체결했다."
    )
    assert signing_datetime(doc, doc.sentences[1], D(2023, 5, 20)) == (D(2023, 5, 19), None)


@pytest.mark.parametrize("text", [
    # the lead announces the signing, a later sentence tells "이날" ceremony
    "한빛시는 19일 축제를 열었다. 한빛시는 누리대와 협약을 체결했다고 20일 밝혔다. "
    "이날 협약식에는 시장이 참석했다.",
    "[가온일보=홍길동 기자] 한빛시는 누리대와 청년 창업 협약을 체결했다고 20일 밝혔다. "
    "이날 협약식에서 김가람 시장과 박나래 총장은 협약서에 서명했다.",
    # the lead reports something else on that day; the ceremony follows as "이날"
    "한빛시는 지역 기업 육성 성과를 20일 밝혔다. "
    "이날 협약식에서 한빛시와 다솜식품은 구매 확대 업무협약을 체결했다.",
])
def test_that_day_after_an_announcement_is_the_day_of_the_report(text: str) -> None:
    doc = prepare(text)
    signing = next(s for s in doc.sentences if "협약" in s.text and "축제" not in s.text)
    assert signing_datetime(doc, signing, D(2023, 5, 21))[0] == D(2023, 5, 20)


def test_a_caption_after_that_day_still_gives_the_ceremonys_own_day() -> None:
    doc = prepare("한빛시는 누리대와 업무협약을 체결했다고 20일 밝혔다. 이날 협약식에는 시장이 "
                  "참석했다.\n(사진=19일 한빛시청에서 열린 협약식에서 시장이 인사하고 있다)")
    assert signing_datetime(doc, doc.sentences[0], D(2023, 5, 20))[0] == D(2023, 5, 19)


@pytest.mark.parametrize("text", [
    # "이날" tells no ceremony: what the parties plan, not when they signed
    "한빛시는 누리대와 협약을 체결했다고 20일 밝혔다. 이날 시장은 협약의 의미를 설명했다.",
    # no sentence before states a day: nothing fixes "이날"
    "한빛시는 누리대와 협약을 체결했다고 밝혔다. 이날 협약식에는 시장이 참석했다.",
    # a sentence between moves the story to the day before the report: "이날" is unsure
    "한빛군수는 누리성 대표단을 만났다고 20일 밝혔다. 전날 군수는 대표단과 만찬을 했다. "
    "한빛군은 이날 호텔에서 누리성과 우호 협약을 체결했다.",
])
def test_that_day_without_a_ceremony_or_a_day_is_not_fixed(text: str) -> None:
    doc = prepare(text)
    signing = next(s for s in doc.sentences if "협약" in s.text)
    assert signing_datetime(doc, signing, D(2023, 5, 21))[0] is None


@pytest.mark.parametrize("text", [
    # the signing sentence's own "이날", no day in any sentence before: the page's day
    "한빛은행, 누리재단과 금융지원 협약\n한빛은행은 이날 본점 대회의실에서 누리재단과 "
    "업무협약을 맺었다고 밝혔다.",
    "은행들이 경쟁에 나섰다. 한빛은행은 이날 누리재단과 협약을 체결했다.",
])
def test_the_signings_own_that_day_with_no_day_before_is_the_pages_day(text: str) -> None:
    doc = prepare(text)
    signing = next(s for s in doc.sentences if "협약을" in s.text)
    assert signing_datetime(doc, signing, D(2023, 5, 20))[0] == D(2023, 5, 20)


@pytest.mark.parametrize("text", [
    # a text that opens on "이날": cut from a longer story, the day told before is lost
    "이날 시청 접견실에서 한빛시와 누리재단은 협약을 체결했다. 시장이 참석했다.",
    # "이날" only in a later sentence, none in the signing's (the rows above, not fixed)
    "한빛시는 누리대와 협약을 체결했다고 밝혔다. 이날 시장은 협약의 의미를 설명했다.",
])
def test_that_day_opening_the_text_or_outside_the_signing_is_not_the_pages_day(
        text: str) -> None:
    doc = prepare(text)
    signing = next(s for s in doc.sentences if "협약을" in s.text)
    assert signing_datetime(doc, signing, D(2023, 5, 20))[0] is None


@pytest.mark.parametrize("text, expected", [
    # the signing at an event that an earlier sentence dates
    ("한빛시는 20일 서울에서 열린 투자유치 설명회에 참가했다. "
     "시는 설명회에서 누리전자와 투자협약을 맺었다.", D(2023, 5, 20)),
    ("한빛시는 20일 시청에서 미래산업 포럼을 열었다. 포럼에는 300명이 참석했다. "
     "시는 포럼에서 누리에너지와 협약을 맺었다.", D(2023, 5, 20)),
    # an event running over days gives no single day
    ("한빛시는 지난 15일부터 포럼을 열고 있다. 시는 포럼에서 누리대와 협약을 맺었다.", None),
    # "개막 첫날": the day the event told before opened
    ("'가온 농업 박람회'가 20일 가온전시장에서 개막했다. 개막 첫날 누리랩과 솔빛농원이 "
     "협약을 맺었다.", D(2023, 5, 20)),
    ("'가온 농업 박람회'가 지난 15일부터 열리고 있다. 개막 첫날 누리랩과 솔빛농원이 "
     "협약을 맺었다.", None),
])
def test_a_signing_at_an_event_takes_the_events_day(text: str, expected: dt.date | None) -> None:
    doc = prepare(text)
    signing = next(s for s in doc.sentences if "맺었다" in s.text)
    assert signing_datetime(doc, signing, D(2023, 5, 22))[0] == expected


def test_that_day_passes_over_a_sentence_naming_only_a_span() -> None:
    doc = prepare(
        "한빛시는 21일 시청에서 시민의 날 기념식을 열었다. 시는 지난 15일부터 일주일간 축제를 "
        "이어왔다. 또 시는 이날 누리대와 평생교육 협약을 체결했다."
    )
    assert signing_datetime(doc, doc.sentences[2], D(2023, 5, 22))[0] == D(2023, 5, 21)


def test_a_signing_at_the_same_event_takes_the_events_day() -> None:
    # an article about a meeting, the signing told last "at the same place"
    doc = prepare(
        "한빛도는 29일 도청에서 현안 점검 회의를 열었다. 회의에서는 현안 20건을 점검했다. "
        "이어 한빛도는 같은 자리에서 가온전력과 에너지 지원 업무협약을 체결했다."
    )
    assert signing_datetime(doc, doc.sentences[2], D(2023, 5, 30))[0] == D(2023, 5, 29)
    doc = prepare("한빛시는 누리대와 업무협약을 체결했다. 이 자리에서 시장은 인사말을 했다.")
    assert signing_datetime(doc, doc.sentences[0], D(2023, 5, 30))[0] is None


def test_the_ceremony_day_wins_over_the_day_of_the_report() -> None:
    doc = prepare(
        "한빛시는 누리대와 업무협약을 체결했다고 20일 보도자료를 통해 밝혔다. "
        "협약식은 지난 18일 시청 접견실에서 열렸다."
    )
    assert signing_datetime(doc, doc.sentences[0], D(2023, 5, 20)) == (D(2023, 5, 18), None)


def test_the_days_event_named_as_the_subject_gives_its_date() -> None:
    doc = prepare(
        "한빛대학교는 누리전자와 산학협력 MOU를 교환했다. "
        "이날 행사는 21일 오후 본관 회의실에서 열렸다."
    )
    assert signing_datetime(doc, doc.sentences[0], D(2023, 5, 22)) == (D(2023, 5, 21), None)
    doc = prepare("한빛대학교는 누리전자와 MOU를 교환했다고 22일 밝혔다. "
                  "이번 행사는 21일 본관에서 열렸다.")
    assert signing_datetime(doc, doc.sentences[0], D(2023, 5, 22)) == (D(2023, 5, 21), None)


@pytest.mark.parametrize("after, expected", [
    ("행사는 6일 가온군청 소회의실에서 열렸다.", D(2023, 3, 6)),
    # an event that runs on: no day
    ("행사는 오는 20일까지 이어진다.", None),
])
def test_the_event_opening_the_sentence_after_the_lead_dates_it(
        after: str, expected: dt.date | None) -> None:
    doc = prepare("가온군은 다래농협과 판로 확대 협약을 체결했다고 8일 밝혔다. " + after)
    assert signing_datetime(doc, doc.sentences[0], D(2023, 3, 8))[0] == expected


def test_an_event_to_come_gives_no_signing_day() -> None:
    doc = prepare(
        "한빛시는 누리대와 업무협약을 체결했다고 20일 밝혔다. "
        "양 기관은 오는 30일 협약에 따른 첫 공동 행사를 연다."
    )
    assert signing_datetime(doc, doc.sentences[0], D(2023, 5, 20)) == (None, None)


def test_the_day_before_is_counted_from_the_day_last_stated() -> None:
    doc = prepare(
        "한빛군수는 누리성 대표단을 만났다고 5일 밝혔다. "
        "전날 서울의 한 호텔에서 한빛군은 누리성과 우호 협약을 체결했다."
    )
    assert signing_datetime(doc, doc.sentences[1], D(2022, 12, 6)) == (D(2022, 12, 4), None)


@pytest.mark.parametrize("aside, expected", [
    # an aside opened by 한편 or 앞서 whose subject is the reported ceremony dates it
    ("한편 협약식은 지난 6일 가온군청 소회의실에서 열렸다.", D(2023, 3, 6)),
    ("한편, 이번 체결식은 6일 군청에서 진행됐다.", D(2023, 3, 6)),
    ("앞서 6일 가온군청에서 열린 협약식에는 군수와 조합장이 참석했다.", D(2023, 3, 6)),
    # one about an earlier agreement or another partner does not
    ("한편 가온군은 지난 6일 누리시와도 협약을 맺었다.", None),
    ("한편 지난해 협약식은 6일 군청에서 열린 바 있다.", None),
    ("앞서 6일 열린 1차 협약식에는 군수가 참석했다.", None),
])
def test_an_aside_about_the_ceremony_itself_dates_it(aside: str, expected: dt.date | None
                                                      ) -> None:
    doc = prepare("가온군은 다래농협과 농산물 판로 확대 협약을 체결했다고 8일 밝혔다. " + aside)
    assert signing_datetime(doc, doc.sentences[0], D(2023, 3, 8))[0] == expected


@pytest.mark.parametrize("lead, expected", [
    # the lead's only day is the report's: the ceremony told as held earlier gives the day
    ("가온군은 8일 다래농협과 판로 확대 협약을 체결했다고 밝혔다.", D(2023, 3, 6)),
    ("가온군은 8일 다래농협과 판로 확대 협약을 체결했다며 이같이 전했다.", D(2023, 3, 6)),
    # a day after a clause told as reported is the report's whatever the verb
    ("가온군은 다래농협과 판로 확대 협약을 체결했다며 8일 이같이 전했다.", D(2023, 3, 6)),
    ("가온군은 다래농협과 판로 확대 협약을 체결했다고 8일 알려왔다.", D(2023, 3, 6)),
    # a lead that tells the signing itself keeps its own day
    ("가온군은 8일 다래농협과 판로 확대 협약을 체결했다.", D(2023, 3, 8)),
])
def test_a_ceremony_held_before_the_report_wins_over_the_report_day(
        lead: str, expected: dt.date) -> None:
    doc = prepare(lead + " 협약식은 지난 6일 가온군청 소회의실에서 열렸다.")
    assert signing_datetime(doc, doc.sentences[0], D(2023, 3, 8))[0] == expected


@pytest.mark.parametrize("after", [
    "양 기관은 지난 6일 실무 협의를 시작했다.",
    # a step before the signing, told as held, is not the ceremony
    "지난 6일 열린 실무협의회에서 양 기관은 협약안을 확정했다.",
    "양 기관은 지난 6일 열린 간담회에서 협약 체결을 논의했다.",
])
def test_the_report_day_stays_when_no_ceremony_is_told_as_held_earlier(after: str) -> None:
    doc = prepare("가온군은 8일 다래농협과 판로 확대 협약을 체결했다고 밝혔다. " + after)
    assert signing_datetime(doc, doc.sentences[0], D(2023, 3, 8))[0] == D(2023, 3, 8)


@pytest.mark.parametrize("after", [
    "양 기관은 지난 2일 협약 체결을 위한 실무협의를 시작했다.",
    "양 기관은 협약에 앞서 지난 15일 실무 회의를 열었다.",
])
def test_a_step_toward_the_signing_gives_no_date(after: str) -> None:
    doc = prepare("가온군은 다래농협과 농산물 판로 확대 협약을 체결했다고 22일 밝혔다. " + after)
    assert signing_datetime(doc, doc.sentences[0], D(2023, 3, 22))[0] is None
