"""Texts a new-user trial found reading wrong: aimed at the wrong person, in the wrong language."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from klacht.checks import check_text
from klacht.cli import app
from klacht.followup.reply import classify
from klacht.writing import platforms
from klacht.writing.answers import Invalid, questions, validate_answer
from test_wizard import TODAY, run

if TYPE_CHECKING:
    from pathlib import Path

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
