"""An e-mail complaint is a private letter everywhere: no public wording in its steps or replies."""

from __future__ import annotations

import datetime as dt
import io
import json
from typing import TYPE_CHECKING

import pytest
from rich.console import Console

import factories
from klacht.cli import app
from klacht.followup import answer
from klacht.model import Event
from klacht.screens.reply import show_draft
from klacht.storage.config import Settings
from klacht.storage.store import Store
from test_new_cli import answers, write

if TYPE_CHECKING:
    from pathlib import Path

    from typer.testing import CliRunner

TODAY = dt.date(2026, 11, 23)
ASKS = "Wat vervelend! Stuur je ons je ordernummer? ^Lisa"


@pytest.fixture(autouse=True)
def no_spelling(klacht_home: Path) -> None:
    """Spelling off: these tests are about the channel, not the dictionary."""
    klacht_home.mkdir(parents=True, exist_ok=True)
    (klacht_home / "config.yaml").write_text("spelling: 'off'\n", encoding="utf-8")


def save_email(lang: str = "nl") -> None:
    """Store bolcom-1 as an e-mail complaint, posted (sent) on 20 November."""
    complaint = factories.complaint(
        lang=lang,
        platform="email",
        handle="klantenservice@bol.com",
        reference="bestelnummer 4711",
        events=(Event("posted", dt.date(2026, 11, 20)),),
    )
    Store().save(complaint)


def test_show_names_email_steps_not_public_ones(runner: CliRunner) -> None:
    """The schedule of an e-mail complaint says reminder by e-mail, never public."""
    save_email()
    result = runner.invoke(app, ["show", "bolcom-1"])
    assert result.exit_code == 0, result.output
    assert "herinnering (per e-mail" in result.output
    assert "openbaar" not in result.output


def test_list_names_the_email_step(runner: CliRunner) -> None:
    """klacht list shows an e-mail complaint's next step in e-mail words."""
    save_email()
    result = runner.invoke(app, ["list"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "herinnering (per e-mail" in result.output
    assert "openbaar" not in result.output


def test_reply_to_an_email_drafts_one_email_with_the_details(runner: CliRunner) -> None:
    """reply on an e-mail complaint drafts the e-mail with the details, not a 'DM sent' post."""
    save_email()
    result = runner.invoke(app, ["reply", "bolcom-1", ASKS, "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert "4711" in data["draft"]
    assert "DM" not in data["draft"]
    assert not [f for f in data["findings"] if f["kind"] == "privacy"]


def test_reply_screen_titles_the_email_as_an_email() -> None:
    """The reply screen calls the draft of an e-mail complaint an e-mail, not a public reply."""
    complaint = factories.complaint(
        platform="email",
        handle="klantenservice@bol.com",
        events=(Event("posted", dt.date(2026, 11, 20)),),
    )
    outcome = answer.answer(
        complaint, ASKS, source="company", on=TODAY, today=TODAY, settings=Settings()
    )
    out = io.StringIO()
    show_draft(Console(file=out, width=100, color_system=None), outcome.draft, outcome, "nl")
    assert "Je antwoord per e-mail" in out.getvalue()
    assert "publieke" not in out.getvalue()


def test_new_email_shows_no_empty_private_panel(runner: CliRunner, tmp_path: Path) -> None:
    """After an e-mail complaint is saved, no empty 'private message' panel is shown."""
    path = write(tmp_path, answers(platform="email", handle="klantenservice@bol.com"))
    result = runner.invoke(app, ["new", "--answers", str(path)])
    assert result.exit_code == 0, result.output
    assert "Bewaard als" in result.output
    assert "Je privébericht" not in result.output
