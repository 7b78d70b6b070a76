"""Every command explains itself: help with an example, and a place in the README."""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from mougraph.cli import cli

README = Path(__file__).resolve().parents[1] / "README.md"
COMMANDS = sorted(cli.commands)


def test_there_are_commands() -> None:
    assert {"extract", "example"} <= set(COMMANDS)


@pytest.mark.parametrize("name", COMMANDS)
def test_help_has_an_example(name: str) -> None:
    result = CliRunner().invoke(cli, [name, "--help"])
    assert result.exit_code == 0, result.output
    assert "Example:" in result.output
    assert f"mougraph {name}" in result.output.split("Example:", 1)[1]


@pytest.mark.parametrize("name", COMMANDS)
def test_readme_documents_the_command(name: str) -> None:
    assert f"mougraph {name}" in README.read_text(encoding="utf-8")
