"""The shared table formatter: columns line up by terminal width, Hangul included."""
from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from click.testing import CliRunner
from semantic_data import build

from mougraph import query as q
from mougraph.cli import cli
from mougraph.tables import format_rows, width

NFD_HAN = unicodedata.normalize("NFD", "한빛시")  # a macOS file name comes decomposed


@pytest.mark.parametrize("text, columns", [
    ("KAIST", 5),
    ("대전광역시", 10),
    ("한국VRAR협회", 4 + 4 * 2),
    ("융·복합", 2 + 1 + 2 * 2),      # the middle dot is narrow in a Korean terminal too
    ("ＡＢ", 4),                      # full-width Latin
    (NFD_HAN, 6),                     # ᄒ+ᅡ+ᆫ: the vowel and final are drawn on the initial
    ("e\u0301", 1),                   # a combining accent takes no column
    ("", 0),
])
def test_width(text: str, columns: int) -> None:
    assert width(text) == columns


def slots(line: str) -> list[str]:
    """``line`` as the terminal columns it fills (a wide character fills two)."""
    out: list[str] = []
    for ch in line:
        w = width(ch)
        if w == 0 and out:
            out[-1] += ch
        else:
            out += [ch] + [""] * (w - 1)
    return out


def columns(text: str) -> list[list[str]]:
    """Cut a ruled table into cells by the terminal columns of its dashed rule."""
    lines = text.splitlines()
    rule = lines[1]
    assert set(rule) <= {"-", " "}, rule
    spans, start = [], None
    for i, ch in enumerate(rule + " "):
        if ch == "-" and start is None:
            start = i
        elif ch == " " and start is not None:
            spans.append((start, i))
            start = None
    cut = []
    for line in [lines[0]] + lines[2:]:
        cells = slots(line)
        for (_, end), (nxt, _) in zip(spans, spans[1:], strict=False):
            assert "".join(cells[end:nxt]).strip() == "", f"column overflows: {line!r}"
        cut.append(["".join(cells[a:b]).strip() for a, b in spans])
    return cut


def test_format_rows_aligns_left_and_right() -> None:
    text = format_rows(["name", "n"], [["대전광역시", "1"], ["KAIST", "12"]], left={"name"})
    assert text.splitlines() == ["name         n", "대전광역시   1", "KAIST       12"]
    ruled = format_rows(["name", "n"], [["대전", "1"]], rule=True)
    assert ruled.splitlines() == ["name  n", "----  -", "대전  1"]


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build(tmp_path_factory.mktemp("tables-out"))


def test_query_table_columns_line_up_with_hangul(out: Path) -> None:
    sparql = ('SELECT ?name ?n ?note WHERE { VALUES (?name ?n ?note) { '
              '("대전광역시" 1 "융·복합") ("KAIST" 22 "ＡＢ") '
              f'("{NFD_HAN}" 333 "x") ("가" 4 "한국과학기술원") }} }} ORDER BY ?n')
    result = CliRunner().invoke(cli, ["query", sparql, "--out", str(out)])
    assert result.exit_code == 0, result.output
    text = result.output.rstrip("\n")
    assert text.splitlines()[-1] == "(4 rows)"
    table = "\n".join(text.splitlines()[:-1])
    assert columns(table) == [["name", "n", "note"], ["대전광역시", "1", "융·복합"],
                              ["가", "4", "한국과학기술원"], ["KAIST", "22", "ＡＢ"],
                              [NFD_HAN, "333", "x"]]


@pytest.mark.parametrize("name", ["signatories", "organisations", "people", "agreements"])
def test_named_query_tables_line_up(out: Path, name: str) -> None:
    result = CliRunner().invoke(cli, ["query", name, "--out", str(out)])
    assert result.exit_code == 0, result.output
    lines = result.output.rstrip("\n").splitlines()
    names, rows = q.rows(q.run(out, q.resolve_query(name)))
    assert columns("\n".join(lines[:-1])) == [names] + [[q.show(v) for v in r] for r in rows]
    assert any(width(cell) != len(cell) for row in rows for cell in map(q.show, row))
