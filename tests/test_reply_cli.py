"""``klacht reply``: the answer read, the reply drafted, the response stored."""

from __future__ import annotations

import datetime as dt
import io
import json
from typing import TYPE_CHECKING

import pytest

import factories
from klacht.cli import app
from klacht.model import Event
from klacht.storage.store import Store

if TYPE_CHECKING:
    from pathlib import Path

    from rich.console import Console
    from typer.testing import CliRunner

TODAY = dt.date(2026, 11, 23)
DM = "Wat vervelend! Stuur je ons een DM met je ordernummer? ^Lisa"


@pytest.fixture(autouse=True)
def no_spelling(klacht_home: Path) -> None:
    """Spelling off: these tests are about the reply, not the dictionary."""
    klacht_home.mkdir(parents=True, exist_ok=True)
    (klacht_home / "config.yaml").write_text("spelling: 'off'\n", encoding="utf-8")


def save(*events: tuple[str, str], lang: str = "nl") -> None:
    """Store bolcom-1 with a reference number and the given (event, ISO date) pairs."""
    complaint = factories.complaint(
        lang=lang,
        reference="bestelnummer 4711",
        events=tuple(Event(name, dt.date.fromisoformat(day)) for name, day in events),
    )
    Store().save(complaint)


def events() -> list[tuple[str, str, str]]:
    """The stored timeline as (event, date, note)."""
    return [(e.event, e.date.isoformat(), e.note) for e in Store().load("bolcom-1").events]


def test_reply_json_names_the_kind_drafts_and_records(runner: CliRunner) -> None:
    """--json gives kind, draft, private message, findings and the stored response event."""
    save(("posted", "2026-11-20"))
    result = runner.invoke(app, ["reply", "bolcom-1", DM, "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["id"] == "bolcom-1"
    assert data["from"] == "company"
    assert data["kind"] == "asks-private"
    assert data["reasons"][0]["text"] == "DM"
    assert "DM gestuurd" in data["draft"]
    assert "4711" not in data["draft"]
    assert "bestelnummer 4711" in data["private"]
    assert data["findings"] == []
    assert data["event"] == {"event": "response", "date": "2026-11-23", "note": DM}
    assert events()[-1] == ("response", "2026-11-23", DM)


def test_show_json_holds_the_response_with_its_text(runner: CliRunner) -> None:
    """After a reply, show --json lists the response event with the company's words."""
    save(("posted", "2026-11-20"))
    runner.invoke(app, ["reply", "bolcom-1", DM])
    shown = json.loads(runner.invoke(app, ["show", "bolcom-1", "--json"]).stdout)
    assert {"event": "response", "date": "2026-11-23", "note": DM} in shown["events"]
    assert shown["status"] == "response"


def test_reply_explains_the_kind_and_the_next_step(runner: CliRunner) -> None:
    """Without --json the kind, the reason, both drafts and the next step are printed."""
    save(("posted", "2026-11-20"))
    result = runner.invoke(app, ["reply", "bolcom-1", DM])
    assert result.exit_code == 0
    out = " ".join(result.output.split())
    assert "vraagt je om privé verder te gaan" in out
    assert "vraagt om een privébericht: 'DM'" in out
    assert "Reactie vastgelegd op 23 november 2026" in out
    assert "Volgende stap" in out


def test_a_rejection_puts_the_formal_letter_next(runner: CliRunner) -> None:
    """A refusal is stored with a rejected event; show --json has the formal step first."""
    save(("posted", "2026-11-20"))
    text = "Helaas kunnen we je geen vergoeding geven, dit valt niet onder de garantie."
    data = json.loads(runner.invoke(app, ["reply", "bolcom-1", text, "--json"]).stdout)
    assert data["kind"] == "rejects"
    assert [e[0] for e in events()] == ["posted", "response", "rejected"]
    shown = json.loads(runner.invoke(app, ["show", "bolcom-1", "--json"]).stdout)
    assert shown["schedule"][0]["action"] == "formal"
    assert shown["schedule"][0]["date"] == "2026-11-24"


def test_a_promised_date_is_the_next_check(runner: CliRunner) -> None:
    """'Binnen 5 werkdagen' on Monday 23 November: list --json shows 30 November next."""
    save(("posted", "2026-11-20"))
    text = "We storten het bedrag terug, het staat binnen 5 werkdagen op je rekening."
    data = json.loads(runner.invoke(app, ["reply", "bolcom-1", text, "--json"]).stdout)
    assert (data["kind"], data["promised"]) == ("offers-solution", "2026-11-30")
    listed = json.loads(runner.invoke(app, ["list", "--json"]).stdout)
    assert listed[0]["next"]["date"] == "2026-11-30"


def test_a_bystander_reply_is_not_stored(runner: CliRunner) -> None:
    """--from bystander drafts a reply but records nothing."""
    save(("posted", "2026-11-20"))
    result = runner.invoke(
        app, ["reply", "bolcom-1", "Stop met zeuren joh", "--from", "bystander", "--json"]
    )
    data = json.loads(result.stdout)
    assert (data["kind"], data["draft"], data["event"]) == ("hostile", "", None)
    assert events() == [("posted", "2026-11-20", "")]


def test_reply_reads_standard_input_and_files(runner: CliRunner, tmp_path: Path) -> None:
    """- reads standard input, --file a file; the trailing newline is not part of the note."""
    save(("posted", "2026-11-20"))
    runner.invoke(app, ["reply", "bolcom-1", "-"], input="Onze excuses!\n")
    path = tmp_path / "answer.txt"
    path.write_text("Om welk product gaat het?\n", encoding="utf-8")
    runner.invoke(app, ["reply", "bolcom-1", "--file", str(path)])
    assert [e[2] for e in events()[1:]] == ["Onze excuses!", "Om welk product gaat het?"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["reply", "nope-1", "Sorry"], "nope-1"),
        (["reply", "bolcom-1", "Sorry", "--from", "boss"], "--from moet company of bystander"),
        (["reply", "bolcom-1", "   "], "Het antwoord is leeg"),
        (["reply", "bolcom-1", "Sorry", "--on", "gisteren"], "JJJJ-MM-DD"),
        (["reply", "bolcom-1", "Sorry", "--on", "2026-11-24"], "toekomst"),
        (["reply", "bolcom-1", "x" * 6000], "langer dan 5000 tekens"),
    ],
)
def test_bad_input_is_refused_and_nothing_stored(
    runner: CliRunner, args: list[str], message: str
) -> None:
    """Bad input: a clear sentence, exit 2, no traceback, the timeline unchanged."""
    save(("posted", "2026-11-20"))
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert message in " ".join(result.output.split())
    assert "Traceback" not in result.output
    assert events() == [("posted", "2026-11-20", "")]


def test_an_unposted_complaint_refuses_an_answer(runner: CliRunner) -> None:
    """A complaint that was never posted cannot have an answer: exit 2, nothing stored."""
    save()
    result = runner.invoke(app, ["reply", "bolcom-1", "Sorry"])
    assert result.exit_code == 2
    assert "nog niet geplaatst" in result.output
    assert events() == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("nl", DM),
        ("nl", "We sturen je uiterlijk vrijdag een nieuwe."),
        ("nl", "Helaas kunnen we je niet helpen."),
        ("en", "Could you DM us your order number?"),
        ("en", "Unfortunately we're unable to offer a refund."),
        ("en", "Which product is it?"),
    ],
)
def test_every_draft_passes_klacht_check(runner: CliRunner, lang: str, text: str) -> None:
    """The drafted public reply goes through klacht check with exit 0 (no error)."""
    save(("posted", "2026-11-20"), lang=lang)
    data = json.loads(runner.invoke(app, ["reply", "bolcom-1", text, "--json"]).stdout)
    checked = runner.invoke(
        app, ["check", data["draft"], "--lang", lang, "--platform", "x", "--json"]
    )
    assert checked.exit_code == 0, checked.output
    if data["private"]:
        private = ["check", data["private"], "--lang", lang, "--private", "--json"]
        assert runner.invoke(app, private).exit_code == 0


def test_remind_key_r_opens_the_reply_screen(
    console: Console, monkeypatch: pytest.MonkeyPatch
) -> None:
    """In remind's walk, [r] asks for the answer and stores it as a response."""
    from klacht.commands import remind as followup_cli
    from klacht.followup import lifecycle
    from klacht.storage.config import Settings

    save(("posted", "2026-11-20"))
    due = lifecycle.due([Store().load("bolcom-1")], on=TODAY, settings=Settings())
    monkeypatch.setattr("sys.stdin", io.StringIO("Onze excuses!\n\n\n"))
    pressed = ["r"]
    followup_cli.interactive(console, Store(), due, TODAY, getchar=lambda: pressed.pop(0))
    out = " ".join(console.file.getvalue().split())  # type: ignore[attr-defined]  # StringIO
    assert "[r] het bedrijf heeft gereageerd" in out
    assert "biedt excuses aan" in out
    assert events()[-1] == ("response", "2026-11-23", "Onze excuses!")


def test_show_points_to_klacht_reply(runner: CliRunner) -> None:
    """A posted complaint's page says how to paste the company's answer."""
    save(("posted", "2026-11-20"))
    result = runner.invoke(app, ["show", "bolcom-1"])
    assert "Heeft het bedrijf gereageerd? klacht reply bolcom-1" in result.output
