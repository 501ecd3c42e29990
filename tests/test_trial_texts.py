"""Texts a new-user trial found reading wrong: aimed at the wrong person, in the wrong language."""

from __future__ import annotations

import datetime as dt
import json
from typing import TYPE_CHECKING

from language_tool_python import download_lt

import factories
from klacht.checks import check_text
from klacht.checks.spelling import languagetool
from klacht.cli import app
from klacht.commands import new_terminal
from klacht.commands.new import Drafted
from klacht.followup import lifecycle
from klacht.followup.reply import classify
from klacht.model import Event
from klacht.storage.config import Settings
from klacht.storage.store import Store
from klacht.writing import platforms
from klacht.writing.answers import Invalid, questions, validate_answer
from klacht.writing.render import format_date
from test_wizard import TODAY, run

if TYPE_CHECKING:
    from pathlib import Path

    import pytest
    from typer.testing import CliRunner


def test_hostile_bystander_reasons_speak_to_the_user() -> None:
    """A bystander's insult is given as 'valt je aan', never as advice on how to write."""
    reading = classify("Wat een zeurpiet ben jij, stop met zeuren", lang="nl", source="bystander")
    assert reading.kind == "hostile"
    messages = [f.message for f in reading.reasons]
    assert "valt je aan: 'zeurpiet'" in messages
    assert not any("Beschrijf wat er gebeurde" in m for m in messages)
    assert len({(f.start, f.end) for f in reading.reasons}) == len(messages)


def test_belgian_hostile_reason_uses_u() -> None:
    """In Belgian Dutch the reason addresses the user with 'u'."""
    reading = classify("Jij bent een klootzak.", lang="nl-BE", source="bystander")
    assert any(f.message.startswith("valt u aan") for f in reading.reasons)


def test_english_email_search_and_example_are_english() -> None:
    """An English user searches for 'customer service email' and sees an English example."""
    link = platforms.search_link("email", "Ryanair", "en")
    assert link == "https://duckduckgo.com/?q=Ryanair+customer+service+email"
    assert "klantenservice" in platforms.search_link("email", "Ryanair", "nl")
    handle = next(q for q in questions() if q.name == "handle")
    answers = {"company": "Ryanair", "platform": "email"}
    try:
        validate_answer(handle, "not an address", answers, today=TODAY, lang="en")
    except Invalid as err:
        assert "customerservice@company.com" in str(err)
        assert "bedrijf" not in str(err)
    else:
        raise AssertionError("an invalid address was accepted")


def test_english_wizard_shows_english_email_tips() -> None:
    """The English wizard's e-mail step links to an English search."""
    script = ["Ryanair", "8", "help@ryanair.com", "n", "My flight was cancelled.", "20-11"]
    script += ["", "", "", "1", "", "a", "n"]
    _, prompter, _ = run(script, lang="en")
    said = " ".join(prompter.said)
    assert "Ryanair+customer+service+email" in said
    assert "klantenservice" not in said


def test_belgian_plate_message_says_nummerplaat() -> None:
    """A Belgian Dutch check calls a licence plate a nummerplaat, never a kenteken."""
    report = check_text("Mijn auto met nummerplaat 1-ABC-123 werd getakeld.", lang="nl-BE")
    (plate,) = [f for f in report.findings if f.rule == "privacy.plate"]
    assert plate.message.startswith("Een nummerplaat leidt naar jou")
    dutch = check_text("Mijn auto met kenteken 12-AB-34 werd weggesleept.", lang="nl")
    assert any(f.message.startswith("Een kenteken") for f in dutch.findings)


def test_the_signers_name_is_a_known_word(runner: CliRunner, klacht_home: Path) -> None:
    """The name in config.yaml gets no spelling tip; the same name without config does."""
    text = "Met vriendelijke groet, Jan Maesschalck"
    klacht_home.mkdir(parents=True, exist_ok=True)
    config = klacht_home / "config.yaml"
    config.write_text("spelling: embedded\n", encoding="utf-8")
    before = json.loads(runner.invoke(app, ["check", text, "--json"]).stdout)["findings"]
    assert [f["text"] for f in before] == ["Maesschalck"]
    config.write_text("spelling: embedded\nname: Jan Maesschalck\n", encoding="utf-8")
    after = runner.invoke(app, ["check", text, "--json"])
    assert after.exit_code == 0
    assert json.loads(after.stdout)["findings"] == []


def test_remind_on_a_later_day_names_that_day(runner: CliRunner, klacht_home: Path) -> None:
    """remind --on a later day says 'op <date>' for what falls due then, never 'vandaag'."""
    posted = factories.complaint(events=(Event("posted", dt.date(2026, 11, 20)),))
    Store().save(posted)
    plan = lifecycle.plan(posted, today=TODAY, settings=Settings())
    first = next(i for i in plan if i.date > TODAY)
    later = runner.invoke(app, ["remind", "--on", first.date.isoformat()])
    assert later.exit_code == 0, later.output
    assert f"op {format_date(first.date, 'nl')}" in later.output
    assert "vandaag" not in later.output.split("\n")[0]


def test_unposted_wizard_result_says_how_to_log_it_later(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """After saving an unposted complaint the last lines say: klacht log ID posted --url."""
    complaint = factories.complaint()
    drafted = Drafted(complaint, [], [])
    new_terminal.show_result(drafted, show_post=False, store=Store(), settings=Settings())
    out = " ".join(capsys.readouterr().out.split())
    assert out.index("Bewaard als bolcom-1") < out.index("klacht log bolcom-1 posted --url")


def test_a_folder_given_as_file_is_said_in_dutch(runner: CliRunner, tmp_path: Path) -> None:
    """check --file on a folder says it is a folder, in Dutch, exit 2, no system English."""
    result = runner.invoke(app, ["check", "--file", str(tmp_path)])
    assert result.exit_code == 2
    assert "het is een map, geen bestand" in result.output
    assert "Is a directory" not in result.output


def test_a_folder_given_as_answers_file_is_said_in_english(
    runner: CliRunner, tmp_path: Path
) -> None:
    """An English user reading a folder as answers file is told so in English."""
    result = runner.invoke(app, ["--lang", "en", "new", "--answers", str(tmp_path)])
    assert result.exit_code == 2
    assert "it is a folder, not a file" in result.output


def test_a_broken_store_file_names_the_reason_in_words(
    runner: CliRunner, klacht_home: Path
) -> None:
    """A complaint file that is not JSON is named with a reason in words, not JSONDecodeError."""
    folder = klacht_home / "complaints"
    folder.mkdir(parents=True)
    (folder / "bol-1.json").write_text("{not json", encoding="utf-8")
    result = runner.invoke(app, ["show", "bol-1"])
    assert result.exit_code == 1
    assert "het is geen geldige JSON" in result.output
    assert "JSONDecodeError" not in result.output


def test_a_failed_download_is_said_in_dutch(
    runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    """spelling download without a network says so in Dutch, never urllib3's message."""

    def offline(name: str) -> object:
        raise ConnectionError("HTTPSConnectionPool(host='x', port=443): Max retries exceeded")

    monkeypatch.setattr(languagetool, "java_version", lambda: 21)
    monkeypatch.setattr(download_lt.LocalLanguageTool, "from_version_name", offline)
    result = runner.invoke(app, ["spelling", "download"])
    assert result.exit_code == 1
    assert "niet te bereiken" in result.output
    assert "HTTPSConnectionPool" not in result.output
