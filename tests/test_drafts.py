"""Drafts are first-class: listed, shown, removed; closed complaints can be removed too."""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
from typing import TYPE_CHECKING

import pexpect
import pytest

import factories
from klacht.cli import app
from klacht.model import Event
from klacht.storage.store import Store

if TYPE_CHECKING:
    from pathlib import Path

    from typer.testing import CliRunner


def save(cid: str, *events: tuple[str, str]) -> None:
    """Store a complaint with (event, ISO date) pairs."""
    timeline = tuple(Event(name, dt.date.fromisoformat(day)) for name, day in events)
    Store().save(factories.complaint(id=cid, events=timeline))


def test_list_json_shows_drafts_with_status_draft(runner: CliRunner) -> None:
    """A wizard draft appears in `list --json` with status `draft` and no next step."""
    save("bolcom-1", ("posted", "2026-11-20"))
    Store().save_draft("concept-1", "nl", {"company": "NS", "platform": "x"}, 2)
    result = runner.invoke(app, ["list", "--json"])
    assert result.exit_code == 0
    rows = json.loads(result.stdout)
    assert [r["id"] for r in rows] == ["bolcom-1", "concept-1"]
    assert rows[1] == {
        "id": "concept-1",
        "company": "NS",
        "platform": "x",
        "status": "draft",
        "next": None,
    }


def test_list_shows_drafts_with_how_to_resume(runner: CliRunner) -> None:
    """`list` names a draft as concept and says how to continue it."""
    Store().save_draft("concept-1", "nl", {"company": "NS"}, 1)
    result = runner.invoke(app, ["list"])
    assert result.exit_code == 0
    assert "concept-1" in result.output
    assert "concept" in result.output
    assert "--resume concept-1" in result.output


def test_list_puts_overdue_steps_first_and_says_so(runner: CliRunner) -> None:
    """A complaint whose next step is overdue comes first, marked as overdue."""
    save("bolcom-1", ("posted", "2026-11-22"))
    save("kpn-1", ("posted", "2026-11-10"))
    result = runner.invoke(app, ["list"])
    assert result.output.index("kpn-1") < result.output.index("bolcom-1")
    assert "te laat, sinds" in result.output
    rows = json.loads(runner.invoke(app, ["list", "--json"]).stdout)
    assert [r["id"] for r in rows] == ["kpn-1", "bolcom-1"]


def test_show_opens_a_draft(runner: CliRunner) -> None:
    """`show` on a draft id shows the answers so far and how to resume."""
    Store().save_draft("concept-1", "nl", {"company": "NS", "what": "De trein reed niet."}, 3)
    result = runner.invoke(app, ["show", "concept-1"])
    assert result.exit_code == 0, result.output
    assert "De trein reed niet." in result.output
    assert "klacht new --resume concept-1" in result.output
    data = json.loads(runner.invoke(app, ["show", "concept-1", "--json"]).stdout)
    assert data["status"] == "draft"
    assert data["answers"]["company"] == "NS"


def test_show_overdue_step_comes_before_today(runner: CliRunner) -> None:
    """In `show` an overdue step is listed before today and marked overdue, not planned."""
    save("bolcom-1", ("posted", "2026-11-10"))
    result = runner.invoke(app, ["show", "bolcom-1"])
    out = result.output
    assert "te laat, sinds" in out
    assert out.index("te laat, sinds") < out.index("vandaag")


def test_rm_removes_a_draft_with_yes(runner: CliRunner, klacht_home: Path) -> None:
    """`rm ID --yes` removes a draft without asking."""
    Store().save_draft("concept-1", "nl", {"company": "NS"}, 1)
    result = runner.invoke(app, ["rm", "concept-1", "--yes"])
    assert result.exit_code == 0
    assert "concept-1 is verwijderd" in result.output
    assert not (klacht_home / "drafts" / "concept-1.json").exists()


def test_rm_removes_a_closed_complaint(runner: CliRunner) -> None:
    """A resolved complaint can be removed."""
    save("bolcom-1", ("posted", "2026-11-10"), ("resolved", "2026-11-12"))
    result = runner.invoke(app, ["rm", "bolcom-1", "--yes"])
    assert result.exit_code == 0
    assert Store().all() == []


def test_rm_refuses_an_open_complaint(runner: CliRunner) -> None:
    """A complaint still being followed up is not removed: exit 2 and a way out."""
    save("bolcom-1", ("posted", "2026-11-20"))
    result = runner.invoke(app, ["rm", "bolcom-1", "--yes"])
    assert result.exit_code == 2
    assert "loopt nog" in result.output
    assert "klacht log bolcom-1 resolved" in result.output
    assert len(Store().all()) == 1


def test_rm_without_yes_and_without_a_terminal_is_refused(runner: CliRunner) -> None:
    """No terminal to confirm on and no --yes: exit 2, nothing removed."""
    Store().save_draft("concept-1", "nl", {"company": "NS"}, 1)
    result = runner.invoke(app, ["rm", "concept-1"])
    assert result.exit_code == 2
    assert "--yes" in result.output
    assert Store().draft_ids() == ["concept-1"]


def test_rm_unknown_id(runner: CliRunner) -> None:
    """An unknown id: exit 2 and where to look."""
    result = runner.invoke(app, ["rm", "nope-1", "--yes"])
    assert result.exit_code == 2
    assert "Geen klacht of concept" in result.output


def _spawn(home: Path, *args: str) -> pexpect.spawn:
    env = {**os.environ, "KLACHT_HOME": str(home), "KLACHT_TODAY": "2026-11-23", "TERM": "xterm"}
    return pexpect.spawn(
        sys.executable, ["-m", "klacht", *args], env=env, encoding="utf-8", timeout=30
    )


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pty")
def test_rm_asks_first_in_a_terminal(klacht_home: Path) -> None:
    """In a terminal `rm` asks; the default (no) keeps the draft."""
    Store().save_draft("concept-1", "nl", {"company": "NS"}, 1)
    child = _spawn(klacht_home, "rm", "concept-1")
    child.expect("definitief verwijderen")
    child.sendline("")
    child.expect("Niets verwijderd")
    child.expect(pexpect.EOF)
    assert Store().draft_ids() == ["concept-1"]


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pty")
def test_ctrl_c_at_the_first_question_keeps_no_draft(klacht_home: Path) -> None:
    """Ctrl-C before anything was answered keeps no empty draft, and says so."""
    child = _spawn(klacht_home, "new")
    child.expect("Over welk bedrijf")
    child.sendintr()
    child.expect("geen concept bewaard")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130
    assert Store().draft_ids() == []
