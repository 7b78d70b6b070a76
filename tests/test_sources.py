"""Reading inputs: every bad input has a defined outcome, one line, and the run goes on."""
from __future__ import annotations

import codecs
import datetime as dt
import json
import os
from pathlib import Path

import pytest

from mougraph.errors import InputError, InputWarning
from mougraph.extract import extract
from mougraph.model import Article
from mougraph.sources import (
    MAX_ARTICLE_BYTES,
    clean_text,
    decode,
    parse_date,
    read_inputs,
    record_to_article,
)

KOREAN = "한빛시는 20일 시청에서 누리대학교와 인공지능 인재 양성을 위한 업무협약을 체결했다."
SHORT = "협약"
HANJA = "▲韓中 협력 강화 “상생 발전” 도모"


def read(*paths: Path, **options: object) -> list[Article | InputError]:
    return list(read_inputs(paths, **options))  # type: ignore[arg-type]


def only(items: list[Article | InputError]) -> Article | InputError:
    assert len(items) == 1, items
    return items[0]


# --- encodings --------------------------------------------------------------------------

ENCODED = [
    ("utf-8", KOREAN.encode("utf-8")),
    ("utf-8 with BOM", codecs.BOM_UTF8 + KOREAN.encode("utf-8")),
    ("utf-16 with BOM (LE)", KOREAN.encode("utf-16")),
    ("utf-16 BE with BOM", codecs.BOM_UTF16_BE + KOREAN.encode("utf-16-be")),
    ("utf-16 LE without BOM", KOREAN.encode("utf-16-le")),
    ("utf-32 with BOM", KOREAN.encode("utf-32")),
    ("cp949", KOREAN.encode("cp949")),
    ("euc-kr", KOREAN.encode("euc-kr")),
    ("cp949, one word", SHORT.encode("cp949")),
    ("cp949, one syllable", "가".encode("cp949")),
    ("cp949 with hanja and symbols", HANJA.encode("cp949")),
]


@pytest.mark.parametrize(("name", "data"), ENCODED, ids=[n for n, _ in ENCODED])
def test_encodings_are_detected(name: str, data: bytes) -> None:
    expected = {"cp949, one word": SHORT, "cp949, one syllable": "가",
                "cp949 with hanja and symbols": HANJA}.get(name, KOREAN)
    assert decode(data, "x.txt") == expected


@pytest.mark.parametrize("text", ["café", "\u00a0", "Ωμέγα", "naïve résumé"])
def test_valid_utf8_is_utf8_even_when_it_is_also_valid_cp949(text: str) -> None:
    data = text.encode("utf-8")
    data.decode("cp949")  # these bytes are Hangul in CP949 too
    assert decode(data, "x.txt") == text


def test_a_cp949_file_is_read_as_an_article(tmp_path: Path) -> None:
    path = tmp_path / "기사.txt"
    path.write_bytes(KOREAN.encode("cp949"))
    article = only(read(path))
    assert isinstance(article, Article)
    assert (article.id, article.text, article.source) == ("기사", KOREAN, str(path))


@pytest.mark.parametrize(("text", "codec"), [
    ("Coopération signée à Genève entre l'université et la région, déjà célébrée.", "cp1252"),
    ("東京大学と大阪市は連携協定を締結した。人工知能の研究で協力する。", "shift_jis"),
    ("北京大学与上海市签署了合作协议，双方将在人工智能领域开展合作。", "gb18030"),
    (KOREAN, "johab"),
    (KOREAN, "iso2022_kr"),
])
def test_other_encodings_are_guessed_among_likely_ones(text: str, codec: str) -> None:
    # charset-normalizer is asked only when UTF-8 and CP949 both fail, and only among the
    # encodings a Korean archive meets (unrestricted, it reads this French as cp1257)
    assert decode(text.encode(codec), "x.txt") == text


BINARY = [
    ("png", b"\x89PNG\r\n\x1a\n" + bytes(200), "binary file (PNG image), not text"),
    ("jpeg", b"\xff\xd8\xff\xe0" + bytes(200), "binary file (JPEG image), not text"),
    ("pdf", b"%PDF-1.7\n%\xe2\xe3", "binary file (PDF document), not text"),
    ("hwp", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(64),
     "binary file (HWP or MS Office document), not text"),
    ("zip", b"PK\x03\x04" + bytes(64), "binary file (ZIP archive, .docx or .hwpx), not text"),
    ("gzip", b"\x1f\x8b\x08\x00", "binary file (gzip archive), not text"),
    ("nul bytes", "본문\x00\x01\x02".encode() + bytes(7), "binary data (NUL bytes), not text"),
    ("control characters", b"\x01\x02\x03\x04 text \x05\x06\x07\x08\x0e\x0f",
     "binary data (control characters), not text"),
    ("random high bytes", bytes(range(128, 256)) * 4,
     "not text in a known encoding (tried UTF-8, UTF-16, CP949/EUC-KR and others)"),
    ("broken utf-16", codecs.BOM_UTF16_LE + b"\x00\xd8\x41",
     "broken UTF-16-LE text (byte 2)"),
    ("empty", b"", "empty file"),
]


@pytest.mark.parametrize(("name", "data", "reason"), BINARY, ids=[b[0] for b in BINARY])
def test_binary_and_undecodable_input_is_refused(tmp_path: Path, name: str, data: bytes,
                                                 reason: str) -> None:
    path = tmp_path / "input.txt"
    path.write_bytes(data)
    problem = only(read(path))
    assert isinstance(problem, InputError)
    assert str(problem) == f"{path}: {reason}"


def test_control_characters_in_text_become_spaces_keeping_offsets() -> None:
    raw = "대전시\x0b협약\x1f체결\ud800끝\uffff"
    cleaned = clean_text(raw)
    assert cleaned == "대전시 협약 체결 끝 "
    assert len(cleaned) == len(raw)
    assert clean_text("줄\n바꿈\t탭\r") == "줄\n바꿈\t탭\r"


# --- empty, whitespace, sizes -----------------------------------------------------------

def test_whitespace_only_text_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "blank.txt"
    path.write_text(" \n\t\u3000\n", encoding="utf-8")
    assert str(only(read(path))) == f"{path}: empty text (whitespace only)"


def test_a_huge_text_is_refused_without_reading_it(tmp_path: Path) -> None:
    # a 50 MB article, made sparse so the test writes almost nothing to disk
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.write(KOREAN.encode())
        handle.truncate(50_000_000)
    problem = only(read(path))
    assert isinstance(problem, InputError)
    assert problem.reason == "too large (50.0 MB; the limit is 1.0 MB per article)"


def test_the_size_limit_is_an_option(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(KOREAN, encoding="utf-8")
    assert isinstance(only(read(path, max_bytes=10)), InputError)
    assert isinstance(only(read(path, max_bytes=10_000)), Article)


def test_a_long_text_without_newline_is_read(tmp_path: Path) -> None:
    text = (KOREAN + " ") * 3000  # ~300 kB on one line, under the limit
    path = tmp_path / "one-line.txt"
    path.write_text(text, encoding="utf-8")
    article = only(read(path))
    assert isinstance(article, Article) and article.text == text


def test_a_20_mb_jsonl_line_is_skipped_and_the_next_line_read(tmp_path: Path) -> None:
    path = tmp_path / "corpus.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        handle.write(json.dumps({"id": "a", "text": KOREAN}) + "\n")
        handle.write('{"id": "big", "text": "' + "가" * 7_000_000 + '"}\n')  # 21 MB
        handle.write(json.dumps({"id": "c", "text": KOREAN}) + "\n")
    items = read(path)
    assert [type(i) for i in items] == [Article, InputError, Article]
    assert str(items[1]) == f"{path}:2: record too large (21.0 MB; the limit is 1.0 MB per article)"
    assert items[2].source == f"{path}:3"


def test_a_jsonl_record_whose_text_is_over_the_limit_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "corpus.jsonl"
    path.write_text(json.dumps({"id": "big", "text": "가" * 400_000}) + "\n", encoding="utf-8")
    problem = only(read(path))
    assert str(problem) == (f"{path}:1: too large (1.2 MB of text; the limit is "
                            f"{MAX_ARTICLE_BYTES / 1e6:.1f} MB per article)")


# --- JSON and JSON Lines records --------------------------------------------------------

LINES = [
    ('{"id": "ok", "text": "본문"}', None),
    ('{"id": "ok", "text": "본문"', "broken JSON (Expecting ',' delimiter at column 26)"),
    ("not json at all", "broken JSON (Expecting value at column 1)"),
    ('{"id": "x"}', "record has no 'text' (its keys: id)"),
    ('{"id": "x", "body": "본문", "url": "u"}', "record has no 'text' (its keys: body, id, url)"),
    ('{"id": "x", "text": 42}', "'text' must be a string, not a number"),
    ('{"id": "x", "text": null}', "'text' must be a string, not null"),
    ('{"id": "x", "text": ""}', "empty text"),
    ('{"id": "x", "text": "  \\n "}', "empty text (whitespace only)"),
    ('{"text": "본문"}', "record has no 'id'"),
    ('{"id": null, "text": "본문"}', "record has no 'id'"),
    ('{"id": ["a"], "text": "본문"}', "'id' must be a string or a whole number, not an array"),
    ('{"id": {"a": 1}, "text": "본문"}', "'id' must be a string or a whole number, not an object"),
    ('{"id": 1.5, "text": "본문"}', "'id' must be a string or a whole number, not a number"),
    ('{"id": true, "text": "본문"}', "'id' must be a string or a whole number, not true/false"),
    ('{"id": "  ", "text": "본문"}', "'id' is empty"),
    ('{"id": "' + "i" * 300 + '", "text": "본문"}',
     "'id' is too long (300 characters; the limit is 256)"),
    ("[1, 2]", "a record must be a JSON object, not an array"),
    ('"text"', "a record must be a JSON object, not a string"),
    ("[" * 100_000, "unreadable JSON (nested too deeply)"),
    ('{"id": "x", "text": "본문", "n": ' + "9" * 5000 + "}",
     "unreadable JSON (Exceeds the limit (4300 digits) for int…)"),
]


@pytest.mark.parametrize(("line", "reason"), LINES, ids=[f"line{i}" for i in range(len(LINES))])
def test_each_bad_jsonl_line_is_one_problem_naming_its_line(tmp_path: Path, line: str,
                                                            reason: str | None) -> None:
    path = tmp_path / "corpus.jsonl"
    good = json.dumps({"id": "after", "text": KOREAN}, ensure_ascii=False)
    path.write_text(f"{line}\n{good}\n", encoding="utf-8")
    items = read(path)
    assert isinstance(items[-1], Article) and items[-1].id == "after", "the run goes on"
    if reason is None:
        assert isinstance(items[0], Article)
    else:
        assert len(items) == 2
        assert str(items[0]) == f"{path}:1: {reason}"


def test_numeric_ids_are_kept_as_text(tmp_path: Path) -> None:
    path = tmp_path / "corpus.jsonl"
    path.write_text('{"id": 20190420, "text": "본문"}\n', encoding="utf-8")
    article = only(read(path))
    assert isinstance(article, Article) and article.id == "20190420"


def test_ids_lose_line_breaks_and_control_characters(tmp_path: Path) -> None:
    path = tmp_path / "corpus.jsonl"
    path.write_text(json.dumps({"id": " a\nb\u0000c ", "text": "본문"}) + "\n", encoding="utf-8")
    article = only(read(path))
    assert isinstance(article, Article) and article.id == "a b c"


def test_json_escapes_that_are_not_text_become_spaces(tmp_path: Path) -> None:
    path = tmp_path / "corpus.jsonl"
    path.write_text('{"id": "x", "text": "본\\u0000문\\ud800끝"}\n', encoding="utf-8")
    article = only(read(path))
    assert isinstance(article, Article) and article.text == "본 문 끝"
    article.text.encode("utf-8")  # would raise on a lone surrogate


def test_blank_lines_in_jsonl_are_skipped_and_numbering_kept(tmp_path: Path) -> None:
    path = tmp_path / "corpus.jsonl"
    path.write_text('\n  \n{"id": "x", "text": "본문"}\n{oops}\n', encoding="utf-8")
    items = read(path)
    assert [i.source if isinstance(i, Article) else i.where for i in items] == [
        f"{path}:3", f"{path}:4"]


def test_a_cp949_jsonl_line_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "corpus.jsonl"
    path.write_bytes(json.dumps({"id": "k", "text": KOREAN}, ensure_ascii=False).encode("cp949"))
    article = only(read(path))
    assert isinstance(article, Article) and article.text == KOREAN


def test_a_utf16_jsonl_is_refused_with_advice(tmp_path: Path) -> None:
    path = tmp_path / "corpus.jsonl"
    path.write_bytes('{"id": "k", "text": "본문"}\n'.encode("utf-16"))
    assert str(only(read(path))) == f"{path}: UTF-16 .jsonl is not supported; save it as UTF-8"


def test_a_json_file_defaults_its_id_to_the_file_name(tmp_path: Path) -> None:
    path = tmp_path / "news-17.json"
    path.write_text(json.dumps({"text": KOREAN, "title": " 제목 \n 둘째 줄 ", "url": 5}),
                    encoding="utf-8")
    items = read(path)
    assert str(items[0]) == f"{path}: warning: 'url' is a number, not a string; ignored"
    article = items[1]
    assert isinstance(article, Article)
    assert (article.id, article.title, article.url) == ("news-17", "제목 둘째 줄", None)


def test_a_json_array_is_read_record_by_record(tmp_path: Path) -> None:
    path = tmp_path / "dump.json"
    path.write_text(json.dumps([{"id": "a", "text": "본문"}, {"id": "b"}, "x"]),
                    encoding="utf-8")
    items = read(path)
    assert isinstance(items[0], Article)
    assert [str(i) for i in items[1:]] == [
        f"{path}[1]: record has no 'text' (its keys: id)",
        f"{path}[2]: a record must be a JSON object, not a string"]


@pytest.mark.parametrize(("content", "reason"), [("", "empty file"),
                                               ("\n \n\n", "no records (only blank lines)")])
def test_an_empty_jsonl_is_a_problem(tmp_path: Path, content: str, reason: str) -> None:
    path = tmp_path / "corpus.jsonl"
    path.write_text(content, encoding="utf-8")
    assert str(only(read(path))) == f"{path}: {reason}"


def test_a_json_file_over_its_limit_is_refused_with_advice(tmp_path: Path) -> None:
    path = tmp_path / "dump.json"
    with path.open("wb") as handle:
        handle.truncate(70_000_000)  # sparse: nothing is written
    assert str(only(read(path))) == (f"{path}: too large (70.0 MB; the limit is 64.0 MB per "
                                     "file; use .jsonl for big corpora)")


def test_input_files_are_the_files_read(tmp_path: Path) -> None:
    from mougraph.sources import input_files

    for name in ("b.txt", "a.JSONL", ".hidden.txt", "x.md"):
        (tmp_path / name).write_text("{}", encoding="utf-8")
    assert [p.name for p in input_files(tmp_path)] == ["a.JSONL", "b.txt"]


@pytest.mark.parametrize(("content", "reason"), [
    ('{"id": "x", "text": ', "broken JSON (Expecting value at line 1 column 21)"),
    ("[]", "empty JSON array: no records"),
    ("", "empty file"),
])
def test_broken_json_files(tmp_path: Path, content: str, reason: str) -> None:
    path = tmp_path / "record.json"
    path.write_text(content, encoding="utf-8")
    assert str(only(read(path))) == f"{path}: {reason}"


# --- dates ------------------------------------------------------------------------------

@pytest.mark.parametrize(("value", "expected"), [
    ("2019-04-20", dt.date(2019, 4, 20)),
    ("2019-04-20T09:30:00+09:00", dt.date(2019, 4, 20)),
    ("2019-04-20 09:30", dt.date(2019, 4, 20)),
    ("2019.04.20", dt.date(2019, 4, 20)),
    ("2019. 4. 20.", dt.date(2019, 4, 20)),
    ("2019/4/20 오후 3:12", dt.date(2019, 4, 20)),
    ("2019년 4월 20일", dt.date(2019, 4, 20)),
    ("20190420", dt.date(2019, 4, 20)),
    ("Wed, 22 May 2019 10:31:00 +0900", dt.date(2019, 5, 22)),   # a news API's pubDate
    # a time in another zone is the day it was in Korea
    ("2019-05-21T16:00:00Z", dt.date(2019, 5, 22)),
    ("2019-05-21T14:59:59+00:00", dt.date(2019, 5, 21)),
    ("2019-05-21 16:00:00.000+0000", dt.date(2019, 5, 22)),
    ("2019-05-22T00:30:00+09:00", dt.date(2019, 5, 22)),
    ("Tue, 21 May 2019 16:00:00 GMT", dt.date(2019, 5, 22)),
    ("Tue, 21 May 2019 20:00:00 -0500", dt.date(2019, 5, 22)),
    ("2019-05-21T16:00:00", dt.date(2019, 5, 21)),                # no zone: as written
    ("2019-02-30T16:00:00Z", None),
    ("May 22, 2019 10:31", dt.date(2019, 5, 22)),
    ("22 May 2019", dt.date(2019, 5, 22)),
    ("Foo 22, 2019", None),
    ("2019-13-45", None),
    ("2019-02-30", None),
    ("지난주", None),
    ("201904201", None),
    (1555718400, None),
    (None, None),
])
def test_publication_dates(value: object, expected: dt.date | None) -> None:
    assert parse_date(value) == expected


def test_a_malformed_date_is_a_warning_and_the_default_date_is_used() -> None:
    warnings: list[InputWarning] = []
    article = record_to_article({"id": "x", "text": "본문", "published": "2019-13-45"},
                                "c.jsonl:4", dt.date(2020, 1, 2), warnings=warnings)
    assert article.published == dt.date(2020, 1, 2)
    assert [str(w) for w in warnings] == [
        "c.jsonl:4: warning: 'published' '2019-13-45' is not a date; ignored; using 2020-01-02"]


def test_a_good_date_in_the_record_beats_the_default() -> None:
    article = record_to_article({"id": "x", "text": "본문", "published": "2019.04.20"},
                                "c.jsonl:4", dt.date(2020, 1, 2))
    assert article.published == dt.date(2019, 4, 20)


@pytest.mark.parametrize("record", [
    # a BigKinds-style record, a news API's item, a scraper's record
    {"id": "x", "text": "본문", "published_at": "2019-05-22T10:31:00",
     "provider": "가온일보", "provider_link_page": "https://example.kr/a/1"},
    {"id": "x", "text": "본문", "pubDate": "Wed, 22 May 2019 10:31:00 +0900",
     "originallink": "https://example.kr/a/1", "press": "가온일보"},
    {"id": "x", "text": "본문", "date": "2019.05.22", "link": "https://example.kr/a/1",
     "언론사": "가온일보"},
])
def test_a_records_date_url_and_publisher_are_read_under_other_tools_names(
        record: dict[str, str]) -> None:
    article = record_to_article(record, "c.jsonl:1")
    assert (article.published, article.url, article.publisher) == (
        dt.date(2019, 5, 22), "https://example.kr/a/1", "가온일보")


def test_a_records_own_field_wins_over_another_name() -> None:
    article = record_to_article({"id": "x", "text": "본문", "published": "2019-05-22",
                                 "date": "2020-01-01"}, "c.jsonl:1")
    assert article.published == dt.date(2019, 5, 22)


def test_a_title_the_text_does_not_hold_opens_the_text() -> None:
    body, title = "양 기관은 청년 창업 지원에 협력하기로 했다.", "가람시-누리대학교, 업무협약 체결"
    article = record_to_article({"id": "x", "text": body, "title": title}, "c.jsonl:1")
    assert article.text == title + "\n\n" + body
    # the signing told only in the headline is read, its evidence inside the text
    (agreement,) = extract(article).agreements
    assert sorted(o.name for o in agreement.parties) == ["가람시", "누리대학교"]
    assert article.text[agreement.evidence.start:agreement.evidence.end] == agreement.evidence.text


@pytest.mark.parametrize("text", [
    "가람시-누리대학교, 청년 일자리 업무협약 체결\n본문이다.",
    "[종합] 가람시·누리대학교 청년 일자리 업무협약 체결…\n본문이다.",   # the page's punctuation
])
def test_a_title_the_text_holds_is_not_repeated(text: str) -> None:
    article = record_to_article(
        {"id": "x", "text": text, "title": "가람시-누리대학교, 청년 일자리 업무협약 체결"}, "c")
    assert article.text == text


# --- files, folders, duplicates ---------------------------------------------------------

def test_a_missing_input_is_a_problem_and_the_others_are_read(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(KOREAN, encoding="utf-8")
    items = read(tmp_path / "missing.txt", good)
    assert str(items[0]) == f"{tmp_path / 'missing.txt'}: no such file or folder"
    assert isinstance(items[1], Article)


def test_folders_are_walked_in_order_skipping_hidden_and_other_files(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    for name in ("b/2.txt", "a.TXT", "c.json", ".hidden.txt", "._a.txt", ".git/x.txt",
                 "notes.md", "photo.png"):
        (tmp_path / name).write_text(json.dumps({"text": KOREAN}) if name.endswith("json")
                                     else KOREAN, encoding="utf-8")
    items = read(tmp_path)
    assert [i.source for i in items if isinstance(i, Article)] == [
        str(tmp_path / "a.TXT"), str(tmp_path / "c.json"), str(tmp_path / "b" / "2.txt")]


def test_an_empty_folder_is_a_problem(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text("x", encoding="utf-8")
    assert str(only(read(tmp_path))) == (
        f"{tmp_path}: folder holds no .txt, .json, .jsonl, .csv, .tsv or .xlsx files "
        "(only 1 .md)")


def test_a_folder_symlink_loop_does_not_hang(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(KOREAN, encoding="utf-8")
    os.symlink(tmp_path, tmp_path / "loop")
    assert [i.id for i in read(tmp_path) if isinstance(i, Article)] == ["a"]


def test_a_named_file_with_another_suffix_is_read_as_text(tmp_path: Path) -> None:
    path = tmp_path / "article.md"
    path.write_text(KOREAN, encoding="utf-8")
    assert isinstance(only(read(path)), Article)


def test_a_device_is_not_read(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    assert str(only(read(fifo))) == (f"{fifo}: a FIFO (named pipe), not a regular file or "
                                     "folder; skipped")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads anything")
def test_an_unreadable_file_is_a_problem(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text(KOREAN, encoding="utf-8")
    path.chmod(0)
    assert str(only(read(path))) == f"{path}: cannot read (Permission denied)"


def test_duplicate_ids_later_wins_and_a_warning_names_both_places(tmp_path: Path) -> None:
    (tmp_path / "x").mkdir()
    first = tmp_path / "x" / "same.txt"
    first.write_text("첫째 " + KOREAN, encoding="utf-8")
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(json.dumps({"id": "same", "text": "둘째 " + KOREAN}) + "\n",
                      encoding="utf-8")
    items = read(first, corpus)
    assert isinstance(items[1], InputWarning)
    assert str(items[1]) == (f"{corpus}:1: warning: duplicate id 'same' (also at {first}); "
                             "this later record wins")
    assert [i.text[:2] for i in items if isinstance(i, Article)] == ["첫째", "둘째"]


def test_problem_messages_stay_on_one_line(tmp_path: Path) -> None:
    path = tmp_path / "bad\nname.txt"
    path.write_bytes(b"")
    message = str(only(read(path)))
    assert "\n" not in message and "bad\\nname.txt: empty file" in message


def test_duplicates_are_found_after_the_ids_move_to_disk() -> None:
    from mougraph.sources import SeenIds

    seen = SeenIds(in_memory=3)
    assert [seen.remember(f"id{n}", f"c.jsonl:{n}") for n in range(10)] == [None] * 10
    assert seen.remember("id1", "c.jsonl:11") == "c.jsonl:1"
    assert seen.remember("id1", "c.jsonl:12") == "c.jsonl:11"
    assert seen.remember("new", "c.jsonl:13") is None
