"""The follow-up commands: remind, list, show, log, export."""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
from typing import TYPE_CHECKING

import pytest

import factories
from klacht.cli import app
from klacht.model import Complaint, Event, ScheduleItem
from klacht.storage.store import Store

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from rich.console import Console
    from typer.testing import CliRunner

TODAY = dt.date(2026, 11, 23)


def save(cid: str = "bolcom-1", *events: tuple[str, str], **fields: object) -> Complaint:
    """Store a complaint with the given (event, ISO date) pairs and return it."""
    complaint = factories.complaint(
        id=cid,
        reference="bestelnummer 4711",
        post="@bolcom Mijn bestelling is nooit aangekomen.",
        private_message="Beste Bol.com,\n\nDe details.\n",
        events=tuple(Event(name, dt.date.fromisoformat(day)) for name, day in events),
        **fields,
    )
    Store().save(complaint)
    return complaint


def stored(cid: str = "bolcom-1") -> Complaint:
    """The complaint as it is on disk now."""
    return Store().load(cid)


# --- remind ---------------------------------------------------------------------------------


def test_remind_is_quiet_when_nothing_is_due(runner: CliRunner) -> None:
    """Nothing due: no output at all and exit 0, so it fits cron."""
    save("bolcom-1", ("posted", "2026-11-22"))
    result = runner.invoke(app, ["remind"])
    assert result.exit_code == 0
    assert result.output == ""


def test_remind_shows_the_due_step_with_its_text(runner: CliRunner) -> None:
    """A due reminder is shown with its ready text and a compose link."""
    save("bolcom-1", ("posted", "2026-11-20"))
    result = runner.invoke(app, ["remind"])
    assert result.exit_code == 0
    assert "herinnering" in result.output
    assert "Een vriendelijke herinnering" in result.output
    assert "https://x.com/intent/tweet?text=" in result.output
    assert [e.event for e in stored().events] == ["posted"]  # showing is not doing


def test_remind_json_has_the_contract_shape(runner: CliRunner) -> None:
    """`remind --json` gives {"due": [{"id","company","date","action","text","url"}]}."""
    save("bolcom-1", ("posted", "2026-11-20"))
    save("kpn-1", ("posted", "2026-11-23"), company="KPN", handle="@kpn")
    result = runner.invoke(app, ["remind", "--json"])
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert list(data) == ["due"]
    assert len(data["due"]) == 1
    item = data["due"][0]
    assert set(item) == {"id", "company", "date", "action", "text", "url"}
    assert item["id"] == "bolcom-1"
    assert item["date"] == "2026-11-23"
    assert item["action"] == "reminder"
    assert item["text"].startswith("@bolcom ")


def test_remind_json_is_an_empty_list_when_nothing_is_due(runner: CliRunner) -> None:
    """With --json and nothing due, the shape stays: an empty list."""
    result = runner.invoke(app, ["remind", "--json"])
    assert result.exit_code == 0
    assert json.loads(result.stdout) == {"due": []}


def test_remind_on_a_later_date(runner: CliRunner) -> None:
    """--on looks at another day: a week later the private channel is due."""
    save("bolcom-1", ("posted", "2026-11-23"))
    result = runner.invoke(app, ["remind", "--on", "2026-11-30", "--json"])
    assert result.exit_code == 0
    assert [i["action"] for i in json.loads(result.stdout)["due"]] == ["escalate"]


def test_remind_refuses_a_bad_date(runner: CliRunner) -> None:
    """A date that is not ISO is bad input: exit 2 and a message."""
    result = runner.invoke(app, ["remind", "--on", "morgen"])
    assert result.exit_code == 2
    assert "JJJJ-MM-DD" in result.output


def test_remind_ics_writes_the_calendar(runner: CliRunner, tmp_path: Path) -> None:
    """--ics writes every planned step as an event and says so."""
    save("bolcom-1", ("posted", "2026-11-23"))
    target = tmp_path / "klacht.followup.ics"
    result = runner.invoke(app, ["remind", "--ics", str(target)])
    assert result.exit_code == 0
    assert "4 afspraken" in result.output
    text = target.read_text(encoding="utf-8")
    assert text.count("BEGIN:VEVENT") == 4
    assert "UID:bolcom-1-reminder@klacht" in text


def test_remind_ics_refuses_to_overwrite_another_file(runner: CliRunner, tmp_path: Path) -> None:
    """An existing file that klacht did not write is left alone: exit 2."""
    save("bolcom-1", ("posted", "2026-11-23"))
    target = tmp_path / "notes.ics"
    target.write_text("mijn belangrijke aantekeningen\n", encoding="utf-8")
    result = runner.invoke(app, ["remind", "--ics", str(target)])
    assert result.exit_code == 2
    assert target.read_text(encoding="utf-8") == "mijn belangrijke aantekeningen\n"


def test_remind_ics_refuses_a_missing_folder(runner: CliRunner, tmp_path: Path) -> None:
    """--ics into a folder that does not exist: exit 2, a clear message, no folder made."""
    save("bolcom-1", ("posted", "2026-11-23"))
    target = tmp_path / "missing" / "deeper" / "klacht.followup.ics"
    result = runner.invoke(app, ["remind", "--ics", str(target)])
    assert result.exit_code == 2
    assert "bestaat niet" in result.output
    assert not (tmp_path / "missing").exists()


# --- list -----------------------------------------------------------------------------------


def test_list_json_has_the_contract_shape(runner: CliRunner) -> None:
    """`list --json` gives id, company, platform, status and next (or null)."""
    save("bolcom-1", ("posted", "2026-11-20"))
    save("kpn-1", ("posted", "2026-11-01"), ("resolved", "2026-11-02"), ("thanked", "2026-11-03"))
    result = runner.invoke(app, ["list", "--json"])
    assert result.exit_code == 0
    rows = {row["id"]: row for row in json.loads(result.stdout)}
    assert rows["bolcom-1"] == {
        "id": "bolcom-1",
        "company": "Bol.com",
        "platform": "x",
        "status": "posted",
        "next": {"date": "2026-11-23", "action": "reminder"},
    }
    assert rows["kpn-1"]["status"] == "thanked"
    assert rows["kpn-1"]["next"] is None


def test_list_shows_status_and_next_step(runner: CliRunner) -> None:
    """The table names each complaint, its status and its next step."""
    save("bolcom-1", ("posted", "2026-11-20"), ("response", "2026-11-21"))
    result = runner.invoke(app, ["list"])
    assert result.exit_code == 0
    assert "bolcom-1" in result.output
    assert "reactie ontvangen" in result.output


def test_list_without_complaints_says_how_to_start(runner: CliRunner) -> None:
    """An empty store points at `klacht new`."""
    result = runner.invoke(app, ["list"])
    assert result.exit_code == 0
    assert "klacht new" in result.output


# --- show -----------------------------------------------------------------------------------


def test_show_prints_texts_and_timeline(runner: CliRunner) -> None:
    """`show` prints the post, the private message, the events with notes and the plan."""
    save("bolcom-1", ("posted", "2026-11-20"))
    runner.invoke(app, ["log", "bolcom-1", "response", "--note", "zaaknummer 99"])
    result = runner.invoke(app, ["show", "bolcom-1"])
    assert result.exit_code == 0
    for phrase in ("Mijn bestelling is nooit aangekomen", "De details", "zaaknummer 99", "gepland"):
        assert phrase in result.output


def test_show_json_has_fields_status_and_schedule(runner: CliRunner) -> None:
    """`show --json`: the stored fields plus status and schedule."""
    save("bolcom-1", ("posted", "2026-11-20"))
    result = runner.invoke(app, ["show", "bolcom-1", "--json"])
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["id"] == "bolcom-1"
    assert data["reference"] == "bestelnummer 4711"
    assert data["events"] == [{"event": "posted", "date": "2026-11-20", "note": ""}]
    assert data["status"] == "posted"
    assert data["schedule"][0]["action"] == "reminder"
    assert set(data["schedule"][0]) == {"date", "action", "text"}
    assert "schema_version" not in data


def test_show_unknown_id_is_bad_input(runner: CliRunner) -> None:
    """An unknown id: exit 2 and a message that names it."""
    result = runner.invoke(app, ["show", "nope-1"])
    assert result.exit_code == 2
    assert "nope-1" in result.output


# --- log ------------------------------------------------------------------------------------

_POSTED = ("posted", "2026-11-10")


@pytest.mark.parametrize(
    ("before", "event", "phrase"),
    [
        ((), "posted", "geplaatst"),
        ((_POSTED,), "reminder-sent", "herinnering verstuurd"),
        ((_POSTED,), "escalated", "opgeschaald"),
        ((_POSTED,), "response", "reactie ontvangen"),
        ((_POSTED,), "resolved", "Dank jullie wel"),
        ((_POSTED,), "rejected", "formele klacht"),
        ((_POSTED, ("resolved", "2026-11-20")), "thanked", "Geen volgende stap"),
    ],
)
def test_log_records_each_event(
    runner: CliRunner, before: tuple[tuple[str, str], ...], event: str, phrase: str
) -> None:
    """Each event is stored with today's date and the note; the answer names the next step."""
    save("bolcom-1", *before)
    result = runner.invoke(app, ["log", "bolcom-1", event, "--note", "via DM"])
    assert result.exit_code == 0, result.output
    assert phrase in result.output
    last = stored().events[-1]
    assert (last.event, last.date, last.note) == (event, TODAY, "via DM")


def test_log_with_a_date(runner: CliRunner) -> None:
    """--on records the event on that day, in date order."""
    save("bolcom-1", _POSTED, ("response", "2026-11-20"))
    result = runner.invoke(app, ["log", "bolcom-1", "reminder-sent", "--on", "2026-11-13"])
    assert result.exit_code == 0
    assert [e.event for e in stored().events] == ["posted", "reminder-sent", "response"]


@pytest.mark.parametrize(
    ("before", "args", "phrase"),
    [
        ((_POSTED,), ["nope-1", "response"], "Geen klacht met id 'nope-1'"),
        ((_POSTED,), ["bolcom-1", "gebeld"], "Onbekende gebeurtenis"),
        ((_POSTED,), ["bolcom-1", "response", "--on", "2026-11-09"], "vóór het plaatsen"),
        ((_POSTED,), ["bolcom-1", "response", "--on", "2026-11-24"], "toekomst"),
        ((_POSTED,), ["bolcom-1", "response", "--on", "gisteren"], "JJJJ-MM-DD"),
        ((_POSTED, ("resolved", "2026-11-20")), ["bolcom-1", "reminder-sent"], "al opgelost"),
        ((_POSTED, ("reminder-sent", "2026-11-13")), ["bolcom-1", "reminder-sent"], "één"),
        ((_POSTED,), ["bolcom-1", "posted"], "al geplaatst"),
        ((), ["bolcom-1", "response"], "nog niet geplaatst"),
        ((_POSTED,), ["bolcom-1", "thanked"], "nog niet opgelost"),
    ],
)
def test_log_refuses_bad_input_and_changes_nothing(
    runner: CliRunner, before: tuple[tuple[str, str], ...], args: list[str], phrase: str
) -> None:
    """Bad input: exit 2, a clear Dutch message, and the stored file is byte for byte the same."""
    save("bolcom-1", *before)
    path = Store().path_for("bolcom-1")
    data = path.read_bytes()
    result = runner.invoke(app, ["log", *args])
    assert result.exit_code == 2
    assert phrase in " ".join(result.output.split())
    assert "Traceback" not in result.output
    assert path.read_bytes() == data
    assert sorted(p.name for p in path.parent.iterdir()) == ["bolcom-1.json"]


def test_log_answers_in_the_complaints_language(runner: CliRunner) -> None:
    """An English complaint gets English confirmations and errors."""
    save("bolcom-1", _POSTED, lang="en")
    assert "Recorded" in runner.invoke(app, ["log", "bolcom-1", "response"]).output
    result = runner.invoke(app, ["log", "bolcom-1", "posted"])
    assert result.exit_code == 2
    assert "already posted" in result.output


# --- export ---------------------------------------------------------------------------------


def test_export_writes_markdown_to_stdout(runner: CliRunner) -> None:
    """`export` prints the dossier as Markdown."""
    save("bolcom-1", _POSTED, ("response", "2026-11-12"))
    result = runner.invoke(app, ["export", "bolcom-1"])
    assert result.exit_code == 0
    assert result.stdout.startswith("# Dossier: klacht over Bol.com")
    assert "bestelnummer 4711" in result.stdout


def test_export_to_a_file(runner: CliRunner, tmp_path: Path) -> None:
    """`export --output FILE` writes the dossier there, owner-only."""
    save("bolcom-1", _POSTED)
    target = tmp_path / "dossier.md"
    result = runner.invoke(app, ["export", "bolcom-1", "--output", str(target)])
    assert result.exit_code == 0
    assert "Dossier geschreven" in result.output
    assert target.read_text(encoding="utf-8").startswith("# Dossier")
    assert target.stat().st_mode & 0o077 == 0


def test_export_refuses_a_missing_folder(runner: CliRunner, tmp_path: Path) -> None:
    """`export -o` into a folder that does not exist: exit 2, a clear message, no folder made."""
    save("bolcom-1", _POSTED)
    target = tmp_path / "missing" / "dossier.md"
    result = runner.invoke(app, ["export", "bolcom-1", "-o", str(target)])
    assert result.exit_code == 2
    assert f"De map {target.parent} bestaat niet" in result.output
    assert not target.parent.exists()


def test_export_unknown_id_is_bad_input(runner: CliRunner) -> None:
    """An unknown id: exit 2."""
    assert runner.invoke(app, ["export", "nope-1"]).exit_code == 2


# --- interactive ----------------------------------------------------------------------------


@pytest.mark.skipif(sys.platform == "win32", reason="pexpect needs a POSIX terminal")
def test_remind_keys_in_a_terminal(klacht_home: Path) -> None:
    """In a terminal, 'd' logs the due step as done (with what was done) and 's' skips one."""
    import pexpect

    save("kpn-1", ("posted", "2026-11-10"), company="KPN", handle="@kpn")
    save("bolcom-1", ("posted", "2026-11-20"))
    env = {**os.environ, "KLACHT_HOME": str(klacht_home), "KLACHT_TODAY": TODAY.isoformat()}
    child = pexpect.spawn(
        sys.executable, ["-m", "klacht", "remind"], env=env, encoding="utf-8", timeout=20
    )
    child.expect("KPN")  # overdue first
    child.expect("plak het antwoord")  # the whole last line before klacht reads a key: a key
    child.send("d")  # sent earlier may be flushed when the terminal turns raw
    child.expect("Vastgelegd")
    child.expect("Bol.com")
    child.expect("plak het antwoord")
    child.send("s")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    last = stored("kpn-1").events[-1]
    assert (last.event, last.date) == ("escalated", TODAY)
    assert "privé opvolgen" in last.note
    assert [e.event for e in stored().events] == ["posted"]


def keys(*pressed: str) -> Callable[[], str]:
    """A stand-in for typer.getchar that hands out ``pressed`` one by one."""
    queue = list(pressed)
    return lambda: queue.pop(0)


def due_now(cid: str = "bolcom-1") -> list[tuple[Complaint, ScheduleItem]]:
    """A complaint with its reminder due today, as `remind` finds it."""
    from klacht.followup import lifecycle as followup
    from klacht.storage.config import Settings

    save(cid, ("posted", "2026-11-20"))
    return followup.due([stored(cid)], on=TODAY, settings=Settings())


@pytest.mark.parametrize("opened", [True, False])
def test_open_key_reports_what_happened(
    console: Console, monkeypatch: pytest.MonkeyPatch, *, opened: bool
) -> None:
    """[o] says the browser opened only when it did; otherwise it prints the whole link."""
    from klacht.commands import remind as followup_cli
    from klacht.screens import effects

    urls: list[str] = []

    def fake_open(url: str) -> bool:
        urls.append(url)
        return opened

    monkeypatch.setattr(effects, "open_url", fake_open)
    followup_cli.interactive(console, Store(), due_now(), TODAY, getchar=keys("o", "s"))
    out = console.file.getvalue()  # type: ignore[attr-defined]  # StringIO from the fixture
    assert len(urls) == 1
    assert len(urls[0]) > 80
    assert ("Geopend in je browser" in out) is opened
    assert ("Kon de browser niet openen" in out) is not opened
    assert (urls[0] in out) is not opened  # the whole link, on one line


@pytest.mark.parametrize(("key", "error"), [("\x03", KeyboardInterrupt), ("\x04", EOFError)])
def test_ctrl_c_and_ctrl_d_interrupt(
    console: Console, key: str, error: type[BaseException]
) -> None:
    """Ctrl-C or Ctrl-D as a key stops the walk as an interruption (the edge exits 130)."""
    from klacht.commands import remind as followup_cli

    with pytest.raises(error):
        followup_cli.interactive(console, Store(), due_now(), TODAY, getchar=keys(key))
    assert [e.event for e in stored().events] == ["posted"]


@pytest.mark.skipif(sys.platform == "win32", reason="pexpect needs a POSIX terminal")
def test_remind_ctrl_c_in_a_terminal_exits_130(klacht_home: Path) -> None:
    """Ctrl-C at the key prompt of `klacht remind` exits 130, as the contract says."""
    import pexpect

    save("bolcom-1", ("posted", "2026-11-20"))
    env = {**os.environ, "KLACHT_HOME": str(klacht_home), "KLACHT_TODAY": TODAY.isoformat()}
    child = pexpect.spawn(
        sys.executable, ["-m", "klacht", "remind"], env=env, encoding="utf-8", timeout=20
    )
    child.expect("gedaan")
    child.sendintr()
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130
