"""``klacht new --answers F --calm``: the calm story reaches every text that is stored."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import pytest
import yaml

from klacht.checks import check_text
from klacht.cli import app
from klacht.storage.config import Settings

if TYPE_CHECKING:
    from pathlib import Path

    from typer.testing import CliRunner

DROPPED = ("prutsers", "oplichters", "klootzakken", "berouwen", "TREIN WAS", "!!!")

ANGRY: dict[str, Any] = {
    "company": "NS",
    "platform": "x",
    "handle": "@NS_online",
    "what": "Stelletje prutsers!!! DE TREIN WAS WEER TE LAAT op 3 november, ik heb 45 minuten"
    " gewacht en dit gaat jullie berouwen.",
    "when": "2026-11-03",
    "tried": "Gebeld op 4 november, jullie zijn oplichters.",
    "impact": "Ik kwam te laat op mijn werk, klootzakken.",
    "reference": "NS-123456",
    "outcome": "compensation",
}


@pytest.fixture
def angry_file(tmp_path: Path, klacht_home: Path) -> Path:
    klacht_home.mkdir(parents=True, exist_ok=True)
    (klacht_home / "config.yaml").write_text("spelling: 'off'\n", encoding="utf-8")
    path = tmp_path / "angry.yaml"
    path.write_text(yaml.safe_dump(ANGRY, allow_unicode=True), encoding="utf-8")
    return path


def tone_errors(text: str) -> list[str]:
    report = check_text(text, lang="nl", settings=Settings(spelling="off"), public=False)
    return [f.text for f in report.findings if f.kind == "tone" and f.severity == "error"]


def test_calm_reaches_post_private_message_and_schedule(
    runner: CliRunner, angry_file: Path
) -> None:
    """--calm: no error-level tone finding in the post, the private message or any schedule text."""
    result = runner.invoke(app, ["new", "--answers", str(angry_file), "--calm", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    texts = [data["post"], data["private_message"], *(s["text"] for s in data["schedule"])]
    assert len(texts) >= 4
    for text in texts:
        assert tone_errors(text) == [], text
        for word in DROPPED:
            assert word not in text
    assert "45 minuten" in data["post"]
    assert "NS-123456" in data["private_message"]


def test_calm_story_is_what_is_stored(runner: CliRunner, angry_file: Path) -> None:
    """show --json holds the calm story, and the dossier is free of the dropped words."""
    assert runner.invoke(app, ["new", "--answers", str(angry_file), "--calm"]).exit_code == 0
    shown = json.loads(runner.invoke(app, ["show", "ns-1", "--json"]).output)
    assert shown["what"] == "De trein was weer te laat op 3 november, ik heb 45 minuten gewacht."
    assert shown["tried"] == "Gebeld op 4 november."
    assert shown["impact"] == "Ik kwam te laat op mijn werk."
    dossier = runner.invoke(app, ["export", "ns-1"]).output
    assert "45 minuten" in dossier
    for word in DROPPED:
        assert word not in dossier


def test_without_calm_the_words_stay(runner: CliRunner, angry_file: Path) -> None:
    """Without --calm nothing is changed unasked: the story is stored as written."""
    assert runner.invoke(app, ["new", "--answers", str(angry_file)]).exit_code == 0
    shown = json.loads(runner.invoke(app, ["show", "ns-1", "--json"]).output)
    assert shown["what"] == ANGRY["what"]


def test_calm_that_leaves_no_story_is_refused(
    runner: CliRunner, tmp_path: Path, klacht_home: Path
) -> None:
    """A story that is nothing but abuse is refused with a sentence: exit 2, nothing stored."""
    path = tmp_path / "a.yaml"
    path.write_text(
        yaml.safe_dump({**ANGRY, "what": "Stelletje prutsers! Dit gaat jullie berouwen."}),
        encoding="utf-8",
    )
    result = runner.invoke(app, ["new", "--answers", str(path), "--calm"])
    assert result.exit_code == 2
    assert "niets over" in result.output
    assert not (klacht_home / "complaints").exists() or not any(
        (klacht_home / "complaints").iterdir()
    )


def test_calm_without_answers_is_refused(runner: CliRunner) -> None:
    """--calm belongs to --answers; in the wizard the user says yes to each proposal."""
    result = runner.invoke(app, ["new", "--calm"])
    assert result.exit_code == 2
    assert "--answers" in result.output
