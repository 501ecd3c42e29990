"""The user's language in every command: Belgian Dutch is Dutch, the root --lang is followed."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest
import yaml

import factories
from klacht.cli import app
from klacht.model import Event, base_lang
from klacht.storage.store import Store

if TYPE_CHECKING:
    from pathlib import Path

    from typer.testing import CliRunner


@pytest.fixture(autouse=True)
def spelling_off(klacht_home: Path) -> None:
    """Switch spelling off: these tests are about the language of klacht's own sentences."""
    klacht_home.mkdir(parents=True, exist_ok=True)
    (klacht_home / "config.yaml").write_text('spelling: "off"\n', encoding="utf-8")


@pytest.mark.parametrize(("lang", "base"), [("nl", "nl"), ("nl-BE", "nl"), ("en", "en")])
def test_base_lang_counts_belgian_dutch_as_dutch(lang: str, base: str) -> None:
    """The one helper says nl-BE is Dutch."""
    assert base_lang(lang) == base


def test_check_speaks_dutch_to_a_belgian_user(runner: CliRunner) -> None:
    """`check --lang nl-BE` on a calm text says so in Dutch, not in English."""
    result = runner.invoke(app, ["check", "--lang", "nl-BE", "Ik heb een vraag over mijn factuur."])
    assert result.exit_code == 0, result.output
    assert "Geen opmerkingen." in result.output
    assert "No findings" not in result.output


def test_check_labels_findings_in_dutch_for_a_belgian_user(runner: CliRunner) -> None:
    """A Belgian user's findings are labelled 'fout', as a Dutch user's are."""
    result = runner.invoke(app, ["check", "--lang", "nl-BE", "Jullie zijn oplichters!!!"])
    assert result.exit_code == 1
    assert "fout" in result.output
    assert "error " not in result.output


def test_bad_answers_file_in_belgian_dutch_is_refused_in_dutch(
    runner: CliRunner, tmp_path: Path, klacht_home: Path
) -> None:
    """An answers file with lang nl-BE and a bad value is refused with a Dutch heading."""
    path = tmp_path / "a.yaml"
    data = {
        "lang": "nl-BE",
        "company": "Proximus",
        "platform": "myspace",
        "handle": "@proximus",
        "what": "Mijn internet valt al twee weken elke avond uit.",
        "when": "2026-11-20",
        "outcome": "repair",
    }
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    result = runner.invoke(app, ["new", "--answers", str(path)])
    assert result.exit_code == 2
    assert "Het antwoordenbestand klopt niet:" in result.stderr
    assert "Invalid answers file" not in result.stderr
    assert not (klacht_home / "complaints").exists() or not any(
        (klacht_home / "complaints").glob("*.json")
    )


def _save_dutch(*events: tuple[str, str]) -> None:
    """Store bolcom-1, a Dutch complaint, with the given (event, ISO date) pairs."""
    complaint = factories.complaint(
        post="@bolcom Mijn bestelling is nooit aangekomen.",
        events=tuple(Event(name, dt.date.fromisoformat(day)) for name, day in events),
    )
    Store().save(complaint)


@pytest.mark.parametrize(
    ("args", "english"),
    [
        (["show", "bolcom-1"], "Public post"),
        (["list"], "next step"),
        (["remind"], "as a reply to your post"),
        (["log", "bolcom-1", "response", "--note", "Ze bellen terug."], "Recorded"),
    ],
    ids=["show", "list", "remind", "log"],
)
def test_root_lang_is_followed_by_every_command(
    runner: CliRunner, args: list[str], english: str
) -> None:
    """`klacht --lang en COMMAND` on a Dutch complaint labels everything in English."""
    _save_dutch(("posted", "2026-11-20"))
    result = runner.invoke(app, ["--lang", "en", *args])
    assert result.exit_code == 0, result.output
    assert english in result.output


def test_root_lang_is_followed_in_errors(runner: CliRunner) -> None:
    """`klacht --lang en show` of an unknown id says so in English."""
    result = runner.invoke(app, ["--lang", "en", "show", "nope-1"])
    assert result.exit_code == 2
    assert "No complaint with id 'nope-1'" in result.stderr


def test_without_lang_a_complaint_speaks_its_own_language(runner: CliRunner) -> None:
    """Without --lang, `show` labels a Dutch complaint in Dutch."""
    _save_dutch(("posted", "2026-11-20"))
    result = runner.invoke(app, ["show", "bolcom-1"])
    assert result.exit_code == 0
    assert "Openbaar bericht" in result.output
