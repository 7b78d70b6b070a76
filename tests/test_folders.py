"""One folder per graph: a user's articles never mix silently with the built-in example."""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from mougraph.cli import cli
from mougraph.folders import EXAMPLE_ID, articles_in

MINE = "가람시는 12일 시청에서 누리대학교와 지역 인재 양성을 위한 업무협약을 체결했다."
OTHER = "한솔병원은 3일 다온종합사회복지관과 취약계층 의료 지원 업무협약을 맺었다."


def run(*args: str | Path) -> Result:
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture()
def example(tmp_path: Path) -> Path:
    out = tmp_path / "output"
    result = run("example", "--out", out)
    assert result.exit_code == 0, result.stderr
    assert articles_in(out) == [EXAMPLE_ID]
    return out


def ids(out: Path) -> list[str]:
    result = run("query", "SELECT ?id WHERE { ?a schema:identifier ?id } ORDER BY ?id",
                 "--format", "csv", "--out", out)
    return result.stdout.splitlines()[1:]


def test_extracting_into_the_example_folder_replaces_the_example(
        example: Path, tmp_path: Path) -> None:
    (tmp_path / "mine.txt").write_text(MINE, encoding="utf-8")
    result = run("extract", tmp_path / "mine.txt", "--out", example)
    assert result.exit_code == 0, result.stderr
    assert result.stderr.splitlines()[0] == (
        f"mougraph: {example} held only the built-in example: it is replaced by these "
        f"articles ('mougraph example --out {example}' brings it back)")
    assert ids(example) == ["mine"]
    # the example's exports and pictures went with it: nothing stale is left to open
    assert not (example / "organisations.png").exists()
    assert not (example / "organisations.gexf").exists()

    # a second run adds to the user's graph as always, without a notice
    (tmp_path / "other.txt").write_text(OTHER, encoding="utf-8")
    result = run("extract", tmp_path / "other.txt", "--out", example)
    assert result.exit_code == 0 and "built-in example" not in result.stderr
    assert ids(example) == ["mine", "other"]


def test_the_example_refuses_a_folder_of_user_articles(tmp_path: Path) -> None:
    (tmp_path / "mine.txt").write_text(MINE, encoding="utf-8")
    out = tmp_path / "research"
    assert run("extract", tmp_path / "mine.txt", "--out", out).exit_code == 0
    result = run("example", "--out", out)
    assert result.exit_code == 2
    assert result.stderr.strip() == (
        f"mougraph: {out}: holds articles of your own; the built-in example goes into a "
        "folder of its own (e.g. --out example-output)")
    assert ids(out) == ["mine"]


def test_other_files_in_the_example_folder_are_kept(example: Path, tmp_path: Path) -> None:
    (example / "my-notes.md").write_text("메모", encoding="utf-8")
    (tmp_path / "mine.txt").write_text(MINE, encoding="utf-8")
    assert run("extract", tmp_path / "mine.txt", "--out", example).exit_code == 0
    assert (example / "my-notes.md").read_text(encoding="utf-8") == "메모"
