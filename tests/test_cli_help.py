"""Help pages and click's own messages speak the user's language."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
import typer.main

from klacht.cli import app
from klacht.writing.texts import catalogue

if TYPE_CHECKING:
    from pathlib import Path

    from typer._click.core import Command
    from typer.testing import CliRunner


def _english_config(home: Path) -> None:
    home.mkdir(parents=True, exist_ok=True)
    (home / "config.yaml").write_text("lang: en\n", encoding="utf-8")


def test_help_is_dutch_by_default(runner: CliRunner) -> None:
    """`klacht --help` is Dutch with nothing configured, click's own lines included."""
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    assert result.stdout.startswith("Gebruik: klacht [OPTIES] COMMANDO")
    assert "Toon deze hulp en stop." in result.stdout
    assert "Commando's:" in result.stdout
    assert "Show this message" not in result.stdout
    assert "Install completion" not in result.stdout


def test_help_follows_the_lang_option(runner: CliRunner) -> None:
    """`klacht check --help --lang en` is English throughout."""
    result = runner.invoke(app, ["check", "--help", "--lang", "en"])
    assert result.exit_code == 0
    assert result.stdout.startswith("Usage: klacht check [OPTIONS] [text]")
    assert "Read the text from a file." in result.stdout
    assert "Show this help and exit." in result.stdout
    assert "Lees de tekst" not in result.stdout


def test_help_follows_the_configured_language(runner: CliRunner, klacht_home: Path) -> None:
    """With `lang: en` in config.yaml, the help of a subcommand group is English."""
    _english_config(klacht_home)
    result = runner.invoke(app, ["spelling", "--help"])
    assert result.exit_code == 0
    assert "Set up spell-checking." in result.stdout
    assert "Commands:" in result.stdout


def test_belgian_dutch_gets_dutch_help(runner: CliRunner) -> None:
    """`--lang nl-BE` shows the Dutch help."""
    result = runner.invoke(app, ["check", "--lang", "nl-BE", "--help"])
    assert "Lees de tekst uit een bestand." in result.stdout


@pytest.mark.parametrize(
    ("args", "dutch", "english"),
    [
        (["check", "--nope"], "Fout: Onbekende optie: --nope.", "Error: No such option: --nope."),
        (["show"], "Fout: Argument 'id' ontbreekt.", "Error: Missing argument 'id'."),
        (["chek"], "Bedoel je 'check'?", "Did you mean 'check'?"),
        (["show", "a", "b"], "Onverwacht extra argument: b.", "Unexpected extra argument: b."),
        (["check", "--lang"], "Optie '--lang' heeft een waarde nodig.", "requires a value."),
    ],
)
def test_usage_errors_speak_the_language(
    runner: CliRunner, klacht_home: Path, args: list[str], dutch: str, english: str
) -> None:
    """click's usage errors exit 2, in Dutch by default and in English with `lang: en`."""
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert dutch in result.stderr
    _english_config(klacht_home)
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert english in result.stderr


def test_usage_error_shows_where_help_is(runner: CliRunner) -> None:
    """A usage error shows the translated usage line and how to get help."""
    result = runner.invoke(app, ["check", "--nope"])
    assert "Gebruik: klacht check [OPTIES] [tekst]" in result.stderr
    assert "Probeer 'klacht check --help' voor hulp." in result.stderr


def _commands(command: Command, path: str = "klacht") -> list[tuple[str, Command]]:
    found = [(path, command)]
    for name, child in getattr(command, "commands", {}).items():
        found += _commands(child, f"{path} {name}")
    return found


def test_every_help_text_is_in_the_catalogue() -> None:
    """Each command's and option's help is a catalogue key (help_* or opt_*), so it translates."""
    builtin = {"install_completion", "show_completion"}  # typer's own, translated in shell.py
    keys = catalogue()
    missing = []
    for path, command in _commands(typer.main.get_command(app)):
        if command.help not in keys:
            missing.append(f"{path}: {command.help!r}")
        missing += [
            f"{path} {param.name}: {param.help!r}"  # type: ignore[attr-defined]  # typer's params
            for param in command.params
            if param.name not in builtin and getattr(param, "help", None) not in keys
        ]
    assert missing == [], "give these help= a key in data/texts/cli.yaml"


def test_no_arguments_shows_the_help(runner: CliRunner) -> None:
    """`klacht` alone shows the Dutch help page (click's exit code 2), no error line."""
    result = runner.invoke(app, [])
    assert result.exit_code == 2
    assert "Gebruik: klacht [OPTIES]" in result.stderr
    assert "Fout:" not in result.stderr


def test_missing_command_is_translated(runner: CliRunner) -> None:
    """`klacht --lang en` with no command says so in English; in Dutch by default."""
    assert "Error: Missing command." in runner.invoke(app, ["--lang", "en"]).stderr
    assert "Fout: Geef een commando." in runner.invoke(app, ["--debug"]).stderr


def test_unknown_language_before_the_command_is_refused(runner: CliRunner) -> None:
    """`klacht --lang xx show a` is refused with exit 2, naming the languages."""
    result = runner.invoke(app, ["--lang", "xx", "show", "a"])
    assert result.exit_code == 2
    assert "--lang" in result.stderr
    assert "'xx'" in result.stderr
