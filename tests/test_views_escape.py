"""User values are data in every view: rich markup in them shows literally, never as markup."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import pytest

from klacht.cli import app

if TYPE_CHECKING:
    from pathlib import Path

    from typer.testing import CliRunner

NAME = "Foo [/] Bar [link=https://evil.example]klik[/link]"
ANSWERS = f"""\
company: "{NAME}"
platform: x
handle: "@foo"
what: "De [bold]wasmachine[/bold] is niet geleverd [/], terwijl ik op 10 november betaald heb."
when: 2026-11-01
reference: "[red]0123[/red] [/]"
outcome: refund
"""


@pytest.fixture
def hostile_complaint(runner: CliRunner, tmp_path: Path, klacht_home: Path) -> str:
    """Store one complaint whose every text holds rich markup; return its id."""
    klacht_home.mkdir(parents=True, exist_ok=True)
    (klacht_home / "config.yaml").write_text("spelling: off\n", encoding="utf-8")
    path = tmp_path / "a.yaml"
    path.write_text(ANSWERS, encoding="utf-8")
    result = runner.invoke(app, ["new", "--answers", str(path)])
    assert result.exit_code == 0, result.output
    note = "[/]x [link=https://evil.example]y[/link]"
    ids = list((klacht_home / "complaints").glob("*.json"))
    complaint_id = ids[0].stem
    assert runner.invoke(app, ["log", complaint_id, "response", "--note", note]).exit_code == 0
    return complaint_id


@pytest.mark.parametrize(
    ("command", "literal"),
    [
        (["list"], "Foo [/] Bar"),
        (["show", "{id}"], NAME),
        (["show", "{id}"], "[/]x [link=https://evil.example]y[/link]"),
        (["show", "{id}"], "[red]0123[/red] [/]"),
        (["remind", "--on", "2026-12-30"], "Foo [/] Bar"),
        (["export", "{id}"], "[bold]wasmachine[/bold]"),
        (
            ["check", "Jullie zijn idioten [link=https://evil.example]klik[/link] [/]."],
            "[link=https://",
        ),
    ],
)
def test_markup_in_user_values_shows_literally(
    runner: CliRunner, hostile_complaint: str, command: list[str], literal: str
) -> None:
    """`Foo [/] Bar` never breaks a view, and `[link=…]` is shown as typed, never a link."""
    args = [part.format(id=hostile_complaint) for part in command]
    result = runner.invoke(app, args, env={"FORCE_COLOR": "1", "COLUMNS": "300"})
    assert result.exit_code in (0, 1), result.output
    assert "Traceback" not in result.output
    assert "\x1b]8;" not in result.output  # no terminal hyperlink
    plain = result.output.replace("\x1b[0m", "")
    assert literal in _strip_ansi(plain)


def _strip_ansi(text: str) -> str:
    return re.sub(r"\x1b\[[0-9;]*m", "", text)
