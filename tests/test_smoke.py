from __future__ import annotations

from typing import TYPE_CHECKING

from klacht.cli import app

if TYPE_CHECKING:
    from typer.testing import CliRunner


def test_help_lists_commands(runner: CliRunner) -> None:
    """`klacht --help` names the main commands and exits 0."""
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    assert "new" in result.output
    assert "check" in result.output
