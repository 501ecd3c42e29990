"""Output into a pipe or a file keeps every line whole; a terminal keeps its panels."""

from __future__ import annotations

import datetime as dt
import io
from typing import TYPE_CHECKING

import pytest
import yaml
from rich.console import Console

import factories
from klacht.cli import app
from klacht.model import Event
from klacht.screens.ui import Boxed
from klacht.storage.store import Store

if TYPE_CHECKING:
    from pathlib import Path

    from typer.testing import CliRunner

LONG = (
    "@bolcom Mijn wasmachine (een Bosch Serie 6 met extra grote trommel die ik speciaal heb "
    "uitgekozen) is nog steeds niet geleverd, terwijl ik op 10 november heb betaald."
)
PRIVATE = (
    "Beste klantenservice van Bol.com,\n\nMijn bestelling met bestelnummer 4711 en de "
    "bijbehorende bezorgafspraak van 12 november zijn allebei verdwenen uit mijn account.\n"
)


@pytest.fixture(autouse=True)
def spelling_off(klacht_home: Path) -> None:
    """Switch spelling off: these tests are about how output looks, not about words."""
    klacht_home.mkdir(parents=True, exist_ok=True)
    (klacht_home / "config.yaml").write_text('spelling: "off"\n', encoding="utf-8")


def save_long(*events: tuple[str, str]) -> None:
    """Store bolcom-1 with a post and a private message longer than 80 columns a line."""
    complaint = factories.complaint(
        post=LONG,
        private_message=PRIVATE,
        events=tuple(Event(name, dt.date.fromisoformat(day)) for name, day in events),
    )
    Store().save(complaint)


def lines(output: str) -> list[str]:
    """The output's lines without trailing blanks."""
    return [line.rstrip() for line in output.splitlines()]


def test_show_in_a_pipe_keeps_post_and_message_whole(runner: CliRunner) -> None:
    """`show ID | cat` prints the post and each line of the message whole, under headings."""
    save_long(("posted", "2026-11-20"))
    result = runner.invoke(app, ["show", "bolcom-1"])
    assert result.exit_code == 0, result.output
    shown = lines(result.output)
    assert LONG in shown
    assert PRIVATE.splitlines()[2] in shown
    assert "Openbaar bericht" in shown
    assert "│" not in result.output.split("Tijdlijn")[0]  # no panel border before the timeline


def test_remind_in_a_pipe_keeps_the_text_whole(runner: CliRunner) -> None:
    """`remind` from cron prints the ready text on whole lines, no panel cutting it."""
    save_long(("posted", "2026-11-20"))
    result = runner.invoke(app, ["remind"])
    assert result.exit_code == 0, result.output
    text = next(line for line in lines(result.output) if line.startswith("@bolcom"))
    assert len(text) > 80
    assert "╭" not in result.output


def test_new_from_an_answers_file_in_a_pipe_keeps_the_post_whole(
    runner: CliRunner, tmp_path: Path
) -> None:
    """`new --answers F` without --json prints the whole post on one line."""
    what = LONG.removeprefix("@bolcom ")
    answers = {
        "company": "Bol",
        "platform": "x",
        "handle": "@bolcom",
        "what": what,
        "when": "2026-11-20",
        "outcome": "refund",
    }
    path = tmp_path / "a.yaml"
    path.write_text(yaml.safe_dump(answers, allow_unicode=True), encoding="utf-8")
    result = runner.invoke(app, ["new", "--answers", str(path)])
    assert result.exit_code == 0, result.output
    post = next(line for line in lines(result.output) if line.startswith("@bolcom"))
    assert what in post
    assert "╭" not in result.output


def test_list_in_a_pipe_never_folds_a_row(runner: CliRunner) -> None:
    """`list | cat` gives one line per complaint, its next step included."""
    save_long(("posted", "2026-11-20"))
    result = runner.invoke(app, ["list"])
    assert result.exit_code == 0
    row = next(line for line in lines(result.output) if line.lstrip().startswith("bolcom-1"))
    assert row.endswith("als antwoord op je bericht)")


def test_boxed_text_is_a_panel_on_a_terminal() -> None:
    """On a terminal a boxed text is a panel with its title, wrapped inside the border."""
    out = io.StringIO()
    console = Console(file=out, width=40, force_terminal=True, color_system=None)
    console.print(Boxed(LONG, "Openbaar bericht"))
    shown = out.getvalue()
    assert "╭" in shown
    assert "Openbaar bericht" in shown
    assert "uitgekozen)" in shown  # wrapped, not cut
    assert all(len(line) <= 40 for line in shown.splitlines())


def test_boxed_text_is_plain_lines_off_a_terminal() -> None:
    """Off a terminal a boxed text is its title, its text whole, and its footer."""
    out = io.StringIO()
    console = Console(file=out, width=40, soft_wrap=True, color_system=None)
    console.print(Boxed(LONG, "Openbaar bericht", "180 van 280 tekens"))
    assert lines(out.getvalue()) == ["Openbaar bericht", LONG, "180 van 280 tekens", ""]
