"""output/ in the repository is what `python3 dev.py run` makes from the built-in example.

A visitor looks at output/ before installing anything, so it must never be stale:
regenerate it into a temporary folder and compare byte for byte.
"""
from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from mougraph.cli import cli

COMMITTED = Path(__file__).resolve().parents[1] / "output"


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*"))
            if p.is_file() and "store" not in p.relative_to(folder).parts
            and not p.name.startswith(".")}


def test_output_folder_is_what_the_run_command_makes(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["example", "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    fresh, committed = _files(tmp_path), _files(COMMITTED)
    assert sorted(committed) == sorted(fresh), "run `python3 dev.py run` and commit output/"
    stale = [name for name in fresh if fresh[name] != committed[name]]
    assert not stale, f"stale in output/: {stale}; run `python3 dev.py run` and commit output/"
