"""Tables researchers export: BigKinds .xlsx, .csv and .tsv with a header, one article a row.

Every sentence here is invented (same shape as news, no real article)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from mougraph.cli import cli
from mougraph.errors import InputError, InputWarning
from mougraph.model import Article
from mougraph.sources import Columns, read_inputs

ARTICLES = [
    ("가람시, 누리대와 인재 양성 협약",
     "가람시는 12일 시청에서 누리대학교와 지역 인재 양성을 위한 업무협약을 체결했다."),
    ("한솔병원-다온복지관 의료 지원 MOU",
     "한솔병원은 3일 다온종합사회복지관과 취약계층 의료 지원 업무협약을 맺었다."),
    ("바름테크, 새봄연구원과 기술 협력",
     "바름테크는 지난 8일 새봄연구원과 수소 기술 공동 연구를 위한 협약을 체결했다."),
]
# a BigKinds (한국언론진흥재단) export: these columns, in this order
BIGKINDS = ["뉴스 식별자", "일자", "언론사", "기고자", "제목", "통합 분류1", "통합 분류2",
            "통합 분류3", "사건/사고 분류1", "인물", "위치", "기관", "키워드",
            "특성추출(가중치순 상위 50개)", "본문", "URL", "분석제외 여부"]


def bigkinds_xlsx(path: Path, rows: list[tuple[str, str, str, str, str, str]]) -> Path:
    """(id, 일자, 언론사, 제목, 본문, URL) rows in a workbook shaped like a BigKinds export."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(BIGKINDS)
    for ident, day, publisher, title, body, url in rows:
        sheet.append([ident, day, publisher, "홍길동 기자", title, "경제>경제일반", "", "",
                      "", "", "", "", "협약", "협약,인재", body, url, ""])
    book.save(path)
    return path


def read(*paths: Path, **columns: str) -> list[Article | InputError]:
    return list(read_inputs(paths, columns=Columns(**columns)))


def test_a_bigkinds_export_gives_one_article_per_row_with_its_id_date_and_publisher(
        tmp_path: Path) -> None:
    rows = [(f"01100101.2024031{i}00000{i}", f"2024031{i}", "가람일보", title, body,
             f"https://news.example/{i}") for i, (title, body) in enumerate(ARTICLES)]
    items = read(bigkinds_xlsx(tmp_path / "bigkinds.xlsx", rows))
    assert [(a.id, a.published, a.publisher, a.url) for a in items if isinstance(a, Article)] == [
        (f"01100101.2024031{i}00000{i}", dt.date(2024, 3, 10 + i), "가람일보",
         f"https://news.example/{i}") for i in range(3)]
    first = items[0]
    assert isinstance(first, Article)
    assert first.title == ARTICLES[0][0]
    assert first.text == f"{ARTICLES[0][0]}\n\n{ARTICLES[0][1]}"  # 제목 + 본문
    assert first.source == f"{tmp_path / 'bigkinds.xlsx'}:2"  # the sheet's row


def test_rows_without_text_are_reported_in_one_line(tmp_path: Path) -> None:
    rows = [("a1", "20240301", "가람일보", *ARTICLES[0], ""),
            ("a2", "20240302", "가람일보", "사진 기사", "", ""),
            ("a3", "20240303", "가람일보", "그래픽", "", ""),
            ("a4", "20240304", "가람일보", *ARTICLES[1], "")]
    path = bigkinds_xlsx(tmp_path / "export.xlsx", rows)
    items = read(path)
    assert [a.id for a in items if isinstance(a, Article)] == ["a1", "a4"]
    problems = [str(p) for p in items if isinstance(p, InputError)]
    assert problems == [f"{path}: 2 rows without 본문 skipped (rows 3, 4)"]


def test_a_spreadsheet_date_cell_and_numeric_ids_read_as_such(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    book.active.append(["id", "date", "text"])
    book.active.append([17, dt.datetime(2024, 5, 2), ARTICLES[2][1]])
    book.save(tmp_path / "dated.xlsx")
    (article,) = read(tmp_path / "dated.xlsx")
    assert isinstance(article, Article)
    assert (article.id, article.published) == ("17", dt.date(2024, 5, 2))


@pytest.mark.parametrize("suffix, sep", [(".csv", ","), (".tsv", "\t")])
def test_csv_and_tsv_with_a_header(tmp_path: Path, suffix: str, sep: str) -> None:
    lines = [sep.join(["id", "published", "publisher", "title", "text"])]
    for i, (title, body) in enumerate(ARTICLES):
        lines.append(sep.join([f"n{i}", f"2024-03-0{i + 1}", "다온신문", title, f'"{body}"']))
    path = tmp_path / f"clips{suffix}"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = read(path)
    assert [(a.id, a.published, a.publisher) for a in items if isinstance(a, Article)] == [
        (f"n{i}", dt.date(2024, 3, i + 1), "다온신문") for i in range(3)]


def test_a_korean_excel_csv_in_cp949_with_a_multiline_body(tmp_path: Path) -> None:
    body = ARTICLES[0][1] + "\n두 기관은 교육과정 공동 개발에 협력한다."
    text = f'제목,내용\r\n"{ARTICLES[0][0]}","{body}"\r\n'
    (tmp_path / "엑셀.csv").write_bytes(text.encode("cp949"))
    (article,) = read(tmp_path / "엑셀.csv")
    assert isinstance(article, Article)
    assert article.id == "엑셀-2"  # no id column: FILE-ROW
    assert article.text.endswith("공동 개발에 협력한다.")


def test_columns_named_on_the_command_line(tmp_path: Path) -> None:
    path = tmp_path / "mine.csv"
    path.write_text("번호,기사 원문,보도 날짜\nk7,\"" + ARTICLES[1][1] + "\",2024.03.05\n",
                    encoding="utf-8")
    (article,) = read(path, text="기사 원문", id="번호", published="보도 날짜")
    assert isinstance(article, Article)
    assert (article.id, article.published) == ("k7", dt.date(2024, 3, 5))
    (problem,) = read(path, text="본문 전체")
    assert str(problem) == (f"{path}: no column '본문 전체' (--text-column; the columns are: "
                            "번호, 기사 원문, 보도 날짜)")


def test_a_table_with_no_column_that_could_hold_text_is_refused_in_one_line(
        tmp_path: Path) -> None:
    path = tmp_path / "counts.csv"
    path.write_text("name,count\nx1,3\nx2,5\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", str(path), "--out", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"mougraph: {path}: no column that could hold the article text (columns: name, "
        "count); name it with --text-column",
        f"0 articles, 0 agreements, 1 problem -> {tmp_path / 'out'}"]
    assert result.stdout == ""  # no organisation "x1" made up from the table


def test_extract_reads_a_bigkinds_export_end_to_end(tmp_path: Path) -> None:
    rows = [(f"b{i}", "20240311", "가람일보", title, body, "")
            for i, (title, body) in enumerate(ARTICLES)]
    path = bigkinds_xlsx(tmp_path / "bigkinds.xlsx", rows)
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["extract", str(path), "--out", str(out)])
    assert result.exit_code == 0, result.stderr
    assert [line.split(":")[0] for line in result.stdout.splitlines()] == ["b0", "b1", "b2"]
    result = CliRunner().invoke(cli, ["query", "articles", "--format", "csv", "--out", str(out)])
    assert "b0" in result.stdout and "2024-03-11" in result.stdout


def test_a_folder_reports_what_it_skipped_by_type_in_one_line(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLES[0][1], encoding="utf-8")
    for name in ("page.html", "notes.md", "memo.md", "scan.pdf", "README"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    (tmp_path / ".hidden.md").write_text("x", encoding="utf-8")  # hidden: not mentioned
    items = read(tmp_path)
    assert [a.id for a in items if isinstance(a, Article)] == ["a"]
    (warning,) = [w for w in items if isinstance(w, InputWarning)]
    assert str(warning) == (
        f"{tmp_path}: warning: skipped 5 files that mougraph does not read (2 .md, "
        "1 (no suffix), 1 .html, 1 .pdf; it reads .txt, .json, .jsonl, .csv, .tsv or .xlsx)")


def test_a_broken_workbook_is_one_problem(tmp_path: Path) -> None:
    (tmp_path / "broken.xlsx").write_bytes(b"PK\x03\x04 not really a workbook")
    (problem,) = read(tmp_path / "broken.xlsx")
    assert isinstance(problem, InputError)
    assert str(problem).startswith(f"{tmp_path / 'broken.xlsx'}: not a readable .xlsx workbook")
