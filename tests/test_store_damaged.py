"""One damaged complaint file never hides the others from `list` and `remind`."""

from __future__ import annotations

import datetime as dt
import json
from typing import TYPE_CHECKING

import pytest

import factories
from klacht.cli import app
from klacht.model import Event
from klacht.storage.store import Store

if TYPE_CHECKING:
    from pathlib import Path

    from typer.testing import CliRunner


@pytest.fixture
def damaged(klacht_home: Path) -> Path:
    """Store bolcom-1 (a reminder due) next to kpn-1.json, which is not JSON; return that file."""
    posted = (Event("posted", dt.date(2026, 11, 20)),)
    Store().save(factories.complaint(post="@bolcom Waar blijft mijn pakket?", events=posted))
    broken = klacht_home / "complaints" / "kpn-1.json"
    broken.write_text('{"id": "kpn-1", "company": ', encoding="utf-8")
    return broken


@pytest.mark.parametrize("args", [["list"], ["remind"]])
def test_the_rest_is_shown_and_the_file_named(
    runner: CliRunner, damaged: Path, args: list[str]
) -> None:
    """`list` and `remind` show the readable complaints, name the damaged file, and exit 1."""
    result = runner.invoke(app, args)
    assert result.exit_code == 1
    assert "bolcom-1" in result.output
    assert str(damaged) in result.stderr
    assert "Traceback" not in result.output


def test_list_json_holds_the_readable_complaints(runner: CliRunner, damaged: Path) -> None:
    """`list --json` is valid JSON with every readable complaint; the warning is on stderr."""
    result = runner.invoke(app, ["list", "--json"])
    assert result.exit_code == 1
    assert [row["id"] for row in json.loads(result.stdout)] == ["bolcom-1"]
    assert damaged.name in result.stderr


def test_remind_json_still_lists_what_is_due(runner: CliRunner, damaged: Path) -> None:
    """`remind --json` from cron still gives the due reminder of the readable complaint."""
    result = runner.invoke(app, ["remind", "--json"])
    assert result.exit_code == 1
    assert [row["id"] for row in json.loads(result.stdout)["due"]] == ["bolcom-1"]


def test_the_damaged_file_is_left_alone(runner: CliRunner, damaged: Path) -> None:
    """Listing never rewrites or removes the damaged file."""
    before = damaged.read_bytes()
    runner.invoke(app, ["list"])
    assert damaged.read_bytes() == before
