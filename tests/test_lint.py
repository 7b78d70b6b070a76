"""STYLE.md asks for ruff- and mypy-clean code: a finding fails the suite with the report."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=300)


@pytest.mark.parametrize("tool, args", [
    ("ruff", ("check", "--no-cache", "src", "tests", "bench")),
    # the packages, paths and strictness come from [tool.mypy] in pyproject.toml
    ("mypy", ("--no-incremental", "--cache-dir=/dev/null")),
])
def test_clean(tool: str, args: tuple[str, ...]) -> None:
    result = run(tool, *args)
    assert result.returncode == 0, f"{tool} {' '.join(args)}:\n{result.stdout}{result.stderr}"
