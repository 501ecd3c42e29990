"""Smoke tests: the command exists, and its configuration is read as a user writes it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from klacht.cli import app

if TYPE_CHECKING:
    from pathlib import Path

    from typer.testing import CliRunner


def test_help_lists_commands(runner: CliRunner) -> None:
    """`klacht --help` names the main commands and exits 0."""
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    assert "new" in result.output
    assert "check" in result.output


def test_bare_off_in_config_means_spelling_off(klacht_home: Path) -> None:
    """`spelling: off` (a YAML boolean) switches spelling off instead of being refused."""
    from klacht.storage.config import load_settings

    klacht_home.mkdir(parents=True)
    (klacht_home / "config.yaml").write_text("spelling: off\n", encoding="utf-8")
    assert load_settings().spelling == "off"


def test_unknown_timezone_is_refused(klacht_home: Path) -> None:
    """A misspelt time zone in config.yaml is named, not found out later."""
    import pytest

    from klacht.errors import DataFileError
    from klacht.storage.config import load_settings

    klacht_home.mkdir(parents=True)
    (klacht_home / "config.yaml").write_text("timezone: Europe/Amsterdm\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="Europe/Amsterdm"):
        load_settings()
