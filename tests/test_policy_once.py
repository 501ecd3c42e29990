"""The follow-up ladder (config.yaml over data/schedule.yaml) is built once per command."""

from __future__ import annotations

import datetime as dt
import json
from typing import TYPE_CHECKING

import pytest

import factories
from klacht.cli import app
from klacht.followup import lifecycle, schedule
from klacht.model import Event
from klacht.storage.config import load_settings
from klacht.storage.store import Store

if TYPE_CHECKING:
    from pathlib import Path

    from typer.testing import CliRunner

COMPANIES = ("bolcom", "coolblue", "kpn", "ns")


def _save_posted() -> None:
    """Store four complaints, each posted long enough ago that a reminder is due."""
    for name in COMPANIES:
        complaint = factories.complaint(
            id=f"{name}-1",
            company=name.capitalize(),
            post=f"@{name} Mijn bestelling is nooit aangekomen.",
            events=(Event("posted", dt.date(2026, 11, 10)),),
        )
        Store().save(complaint)


@pytest.fixture
def built(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Count the ladders built: one entry per ``schedule.load_policy`` call."""
    calls: list[int] = []
    real = schedule.load_policy

    def counting(*args: object, **kwargs: object) -> schedule.Policy:
        calls.append(1)
        return real(*args, **kwargs)  # type: ignore[arg-type]  # passed through as given

    monkeypatch.setattr(schedule, "load_policy", counting)
    return calls


@pytest.mark.parametrize("command", [["list", "--json"], ["remind", "--json"]])
def test_the_ladder_is_built_once_for_all_complaints(
    runner: CliRunner, built: list[int], command: list[str]
) -> None:
    """`klacht list` and `klacht remind` build the ladder once, not once per complaint."""
    _save_posted()
    result = runner.invoke(app, command)
    assert result.exit_code == 0, result.output
    shown = json.loads(result.stdout)
    rows = shown if isinstance(shown, list) else shown["due"]
    assert {row["id"] for row in rows} == {f"{name}-1" for name in COMPANIES}
    assert len(built) == 1


def test_the_calendar_builds_the_ladder_once(
    runner: CliRunner, built: list[int], tmp_path: Path
) -> None:
    """`klacht remind --ics FILE` builds the ladder once for the calendar and once for today."""
    _save_posted()
    result = runner.invoke(app, ["remind", "--json", "--ics", str(tmp_path / "k.ics")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "k.ics").read_text(encoding="utf-8").count("BEGIN:VEVENT") >= 4
    assert len(built) == 2


def test_each_complaint_still_gets_its_own_disputes_body() -> None:
    """From one ladder, a bank's complaint waits Kifid's 8 weeks, a shop's the committee's 4."""
    base = lifecycle.policy_for(load_settings())
    bank = factories.complaint(company="ING Bank", what="mijn bankrekening is geblokkeerd")
    shop = factories.complaint()
    assert lifecycle.policy_of(bank, base).disputes_wait == 8 * 7
    assert lifecycle.policy_of(shop, base).disputes_wait == 4 * 7
