"""The pipeline streams, runs in parallel with the same output, and repeats idempotently."""
from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from mougraph import pipeline
from mougraph.cli import cli
from mougraph.model import Article, Extraction
from mougraph.pipeline import Extracted, build, extract_all

# Our own short articles (invented organisations and people); ids vary per copy.
TEXTS = (
    "한밭대학교(총장 오민준)는 3일 대학 본관에서 유성구청(구청장 김서연)과 지역 인재 양성을 위한 "
    "업무협약을 체결했다.\n양 기관은 ▲현장실습 ▲공동 연구 등에 협력하기로 했다.",
    "㈜누리테크와 가온바이오는 10일 판교 본사에서 공동 연구개발 양해각서(MOU)를 맺었다.\n"
    "이수진 누리테크 대표는 \"좋은 성과를 내겠다\"고 말했다.",
    "고령군은 다음 달 한국관광협회와 관광 홍보 협약을 체결할 예정이라고 밝혔다.",
    "세움의료원, 솔빛대학교, 한국로봇협회 등 3개 기관은 20일 의료 로봇 실증을 위한 "
    "업무협약을 체결했다.\n저작권자 © 가람일보 무단전재 및 재배포 금지",
)


def records(count: int) -> Iterator[dict[str, str]]:
    for number in range(count):
        yield {"id": f"t{number:03d}", "text": TEXTS[number % len(TEXTS)],
               "published": f"2021-05-2{number % 9}"}


def write_corpus(path: Path, count: int, *, broken_at: tuple[int, ...] = ()) -> Path:
    lines = [json.dumps(r, ensure_ascii=False) for r in records(count)]
    for index in broken_at:
        lines[index] = '{"id": "oops", "text": '  # a cut-off line
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def articles(count: int, consumed: list[int]) -> Iterator[Article]:
    """Articles made on demand; ``consumed`` says how many were taken."""
    for number, record in enumerate(records(count)):
        consumed[0] = number + 1
        yield Article(id=record["id"], text=record["text"], source=f"gen:{number}")


@pytest.fixture
def small_tasks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Two articles a task, two tasks a worker: several tasks even in a small corpus."""
    monkeypatch.setattr(pipeline, "CHUNK", 2)
    monkeypatch.setattr(pipeline, "IN_FLIGHT", 2)


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_generator_is_consumed_lazily_and_boundedly(jobs: int, small_tasks: None) -> None:
    consumed = [0]
    results = extract_all(articles(100_000, consumed), jobs=jobs)
    first = next(results)
    assert isinstance(first, Extracted) and first.extraction.article.id == "t000"
    # only what is in flight has been read: never the whole corpus
    in_flight = jobs * pipeline.IN_FLIGHT * pipeline.CHUNK if jobs > 1 else 1
    assert consumed[0] <= in_flight + 1
    for _ in range(5):
        next(results)
    assert consumed[0] <= 6 + in_flight
    results.close()  # stops the workers without waiting for the rest


def test_jobs_2_keeps_input_order_and_writes_the_same_bytes_as_jobs_1(
        tmp_path: Path, small_tasks: None) -> None:
    corpus = write_corpus(tmp_path / "c.jsonl", 13, broken_at=(0, 5, 6, 12))
    lines: list[str] = []
    summary = build([corpus], tmp_path / "out1", jobs=1,
                    on_article=lambda e: lines.append(e.article.id),
                    on_problem=lambda p: lines.append(p.where))
    assert summary.articles == 9 and len(summary.problems) == 4
    expected = [f"{corpus}:{n + 1}" if n in (0, 5, 6, 12) else f"t{n:03d}" for n in range(13)]
    assert lines == expected  # problems in place, articles in input order

    result = CliRunner().invoke(cli, ["extract", str(corpus), "--jobs", "2",
                                      "--out", str(tmp_path / "out2")])
    assert result.exit_code == 1, result.output  # 1: some records were problems
    shown = [line.removeprefix("mougraph: ").split(": ")[0].split(":")[-1]
             for line in result.output.splitlines()[:13]]
    assert shown == [e.split(":")[-1] for e in expected]  # same order through the CLI
    for name in ("graph.trig", "graph.ttl"):
        one = (tmp_path / "out1" / name).read_bytes()
        assert one == (tmp_path / "out2" / name).read_bytes(), name


def test_running_the_same_input_again_changes_nothing(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "c.jsonl", 12)
    out = tmp_path / "out"
    first = build([corpus], out)
    trig = (out / "graph.trig").read_bytes()
    again = build([corpus], out)
    assert first.unchanged == 0 and first.articles == 12
    assert again.unchanged == again.articles == 12
    assert (out / "graph.trig").read_bytes() == trig


def test_one_article_the_extractor_fails_on_is_a_problem(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = pipeline.extract

    def fragile(article: Article) -> Extraction:
        if article.id == "t002":
            raise ValueError("unexpected token")
        return real(article)

    monkeypatch.setattr(pipeline, "extract", fragile)
    summary = build([write_corpus(tmp_path / "c.jsonl", 5)], tmp_path / "out")
    assert summary.articles == 4
    [problem] = summary.problems
    assert problem.where.endswith("c.jsonl:3")
    assert "extraction failed (ValueError: unexpected token)" in str(problem)


def test_no_progress_bar_unless_on_a_terminal_or_asked(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = write_corpus(tmp_path / "c.jsonl", 3)
    build([corpus], tmp_path / "out")
    assert capsys.readouterr().err == ""
    build([corpus], tmp_path / "out", progress=True)
    bar = capsys.readouterr().err
    assert "3/3" in bar and "articles" in bar  # total known: a .jsonl's lines are counted


def test_records_are_counted_for_the_eta(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    write_corpus(folder / "a.jsonl", 7)
    (folder / "b.txt").write_text(TEXTS[0], encoding="utf-8")
    (folder / "notes.md").write_text("not an input", encoding="utf-8")
    (tmp_path / "c.jsonl").write_bytes(b'{"id": 1, "text": "x"}\n{"id": 2, "text": "y"}')
    assert pipeline._count_records([folder, tmp_path / "c.jsonl"]) == 7 + 1 + 2
