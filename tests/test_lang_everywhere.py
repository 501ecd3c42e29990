"""The user's language in every command: Belgian Dutch is Dutch, the root --lang is followed."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
import yaml

from klacht.cli import app
from klacht.model import base_lang

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
