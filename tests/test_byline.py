"""Reporter and outlet: one row per byline style, lines written for these tests."""
from __future__ import annotations

import pytest

from mougraph.extract.byline import find_author, find_publisher

CASES = [
    ("[매체 본부 이름 기자]", "[이뉴스투데이 대전충청취재본부 박희송 기자] 대전시는 협약을 했다.",
     "박희송", "이뉴스투데이"),
    ("(지역=매체) 이름 기자 =", "(서울=뉴스1) 홍길동 기자 = 양 기관은 협약을 체결했다.", "홍길동",
     "뉴스1"),
    ("[매체=이름 기자]", "[가나일보=김철수 기자] 한빛시는 협약을 체결했다.", "김철수", "가나일보"),
    ("[지역=매체] 이름 기자 =", "[부산=다라통신] 이영희 기자 = 한빛시는 협약을 체결했다.",
     "이영희", "다라통신"),
    ("[지역=매체 이름 기자]", "[세종=마바뉴스 정가람 기자] 재단이 협약을 맺었다.", "정가람",
     "마바뉴스"),
    ("[매체 l 지역=이름 기자]", "[사아팩트 l 광주=나누리 기자] 공단이 협약을 체결했다.",
     "나누리", "사아팩트"),
    ("매체 이름 기자= at the start", "가나경제 박영수 기자= 한빛대학교는 협약을 체결했다.",
     "박영수", "가나경제"),
    ("이름 기자 email at the end", "본문이다.\n홍길동 기자 hong@example.com", "홍길동", None),
    ("email 이름 기자 at the end", "본문이다.\nbsk@example.com 권민수 기자", "권민수", None),
    ("이름 기자 | 입력", "이민호 기자 | 입력 2020.07.29 10:00\n본문", "이민호", None),
    ("(이름 기자) closing", "본문이다.(고은비 기자)", "고은비", None),
    ("copyright footer", "본문이다.\n저작권자 © 마바신문 무단전재 및 재배포 금지", None,
     "마바신문"),
    ("ⓒ footer", "본문이다.\nⓒ 사아뉴스 & example.com 무단전재-재배포금지", None, "사아뉴스"),
    ("Copyright ©", "본문이다.\nCopyright © 가나일보. All rights reserved.", None, "가나일보"),
    ("[매체] alone at the start", "[가나TV] 한빛시 누리동은 협약을 체결했다.", None, "가나TV"),
    ("a photo credit is no outlet", "협약을 맺었다.ⓒ한빛대학\n본문", None, None),
    ("[사진=…] is no outlet", "[사진=한빛시청] 한빛시는 협약을 했다.", None, None),
    ("a role before 기자 is no name", "[가나일보 사진기자] 본문", None, "가나일보"),
    ("no byline", "한빛시는 누리대와 협약을 체결했다.", None, None),
]


@pytest.mark.parametrize(
    "text, author, publisher", [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_byline(text: str, author: str | None, publisher: str | None) -> None:
    assert (find_author(text), find_publisher(text)) == (author, publisher)
