"""Letters read as letters: e-mail, Belgian Dutch, several outcomes, the name that signs them."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import pytest
import yaml

from klacht.cli import app
from klacht.writing.platforms import compose_link

if TYPE_CHECKING:
    from pathlib import Path

    from typer.testing import CliRunner

BASE: dict[str, Any] = {
    "company": "Proximus",
    "platform": "x",
    "handle": "@proximus",
    "what": "Mijn internet ligt al een week plat.",
    "when": "2026-11-16",
    "tried": "Twee keer gebeld, op 17 en 19 november.",
    "reference": "klantnummer 123456",
    "outcome": "repair",
}


@pytest.fixture
def home(klacht_home: Path) -> Path:
    klacht_home.mkdir(parents=True, exist_ok=True)
    (klacht_home / "config.yaml").write_text(
        "spelling: 'off'\nname: Jan Peeters\n", encoding="utf-8"
    )
    return klacht_home


def new_json(runner: CliRunner, tmp_path: Path, **extra: Any) -> dict[str, Any]:
    path = tmp_path / "a.yaml"
    path.write_text(yaml.safe_dump({**BASE, **extra}, allow_unicode=True), encoding="utf-8")
    result = runner.invoke(app, ["new", "--answers", str(path), "--json"])
    assert result.exit_code == 0, result.output
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def test_belgian_dutch_writes_u_never_jullie(runner: CliRunner, tmp_path: Path, home: Path) -> None:
    """lang: nl-BE: post, private message and every schedule text use 'u', never 'jullie'."""
    data = new_json(runner, tmp_path, lang="nl-BE")
    texts = [data["post"], data["private_message"], *(s["text"] for s in data["schedule"])]
    for text in texts:
        assert "jullie" not in text.lower(), text
    assert "Kunt u" in data["post"]
    assert data["private_message"].startswith("Beste klantendienst van Proximus,")
    disputes = next(s["text"] for s in data["schedule"] if s["action"] == "disputes")
    assert disputes.index("Consumentenombudsdienst") < disputes.index("Geschillencommissie")


def test_several_outcomes_in_a_list(runner: CliRunner, tmp_path: Path, home: Path) -> None:
    """outcome: [repair, compensation] is accepted and both are asked for, in one question."""
    data = new_json(runner, tmp_path, outcome=["repair", "compensation"])
    assert (
        "Kunnen jullie het product kosteloos repareren en mij een redelijke vergoeding geven?"
        in data["post"]
    )
    formal = next(s["text"] for s in data["schedule"] if s["action"] == "formal")
    assert "kosteloos te laten repareren" in formal
    assert "redelijke vergoeding" in formal


def test_an_unknown_outcome_names_the_choices_in_dutch(
    runner: CliRunner, tmp_path: Path, home: Path
) -> None:
    """A word klacht does not know is refused with the choices in the user's language."""
    path = tmp_path / "a.yaml"
    path.write_text(yaml.safe_dump({**BASE, "outcome": "blabla"}), encoding="utf-8")
    result = runner.invoke(app, ["new", "--answers", str(path)])
    assert result.exit_code == 2
    assert "geld terug" in result.output
    assert not (home / "complaints").exists() or not any((home / "complaints").iterdir())


def test_email_is_a_signed_letter_with_a_subject(
    runner: CliRunner, tmp_path: Path, home: Path
) -> None:
    """An e-mail complaint has a subject, a greeting and a sign-off with the name."""
    data = new_json(runner, tmp_path, platform="email", handle="klantendienst@proximus.be")
    assert data["subject"] == "Klacht: Mijn internet ligt al een week plat (klantnummer 123456)"
    assert data["post"].startswith("Beste klantenservice van Proximus,")
    assert data["post"].rstrip().endswith("Met vriendelijke groet,\nJan Peeters")
    assert "openbare" not in data["post"]
    assert "privébericht" not in data["post"]


def test_follow_up_letters_are_signed(runner: CliRunner, tmp_path: Path, home: Path) -> None:
    """The escalation and the formal notice carry the configured name."""
    data = new_json(runner, tmp_path)
    for action in ("escalate", "formal"):
        text = next(s["text"] for s in data["schedule"] if s["action"] == action)
        assert text.rstrip().endswith("Jan Peeters") or "Jan Peeters\n" in text, action


def test_answers_that_say_nothing_are_left_out(
    runner: CliRunner, tmp_path: Path, home: Path
) -> None:
    """'niks, ik ben te boos' as what was tried leaves no trace in the post or the letter."""
    data = new_json(runner, tmp_path, tried="niks, ik ben te boos", impact="nee")
    for text in (data["post"], data["private_message"]):
        assert "niks" not in text
        assert "boos" not in text
        assert "nee" not in text.lower().split()


def test_mailto_uses_crlf_line_breaks() -> None:
    """A mailto: body has CRLF line breaks, as RFC 6068 asks."""
    link = compose_link("email", "Beste,\n\nTekst.", handle="a@b.nl", subject="Klacht")
    assert link.startswith("mailto:a@b.nl?subject=Klacht&body=")
    assert "Beste%2C%0D%0A%0D%0ATekst." in link
