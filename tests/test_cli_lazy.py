"""The root group loads a command's module only when that command runs or its help is asked."""

from __future__ import annotations

import os
import subprocess
import sys
from typing import TYPE_CHECKING

import pytest
import typer.main

from klacht.cli import COMMANDS, app
from klacht.commands.shell import KlachtGroup
from klacht.writing.texts import t, table

if TYPE_CHECKING:
    from pathlib import Path

    from typer.testing import CliRunner

PROBE = """
import sys
from klacht.cli import main
sys.argv = ["klacht", *sys.argv[1:]]
try:
    main()
except SystemExit:
    pass
print(",".join(sorted(m for m in sys.modules if m.startswith("klacht"))), file=sys.stderr)
"""
HEAVY = ("klacht.checks", "klacht.screens", "klacht.followup", "jinja2", "rich")
"""What no help page and no usage error of the root needs."""


def _loaded(home: Path, *args: str) -> set[str]:
    """Return the klacht modules imported by ``klacht ARGS`` in a fresh Python."""
    env = {**os.environ, "KLACHT_HOME": str(home)}
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *args],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return set(done.stderr.strip().splitlines()[-1].split(","))


def _everything_loaded(home: Path, *args: str) -> set[str]:
    """Return every module (klacht's and third-party) imported by ``klacht ARGS``."""
    probe = PROBE.replace('if m.startswith("klacht")', "")
    env = {**os.environ, "KLACHT_HOME": str(home)}
    done = subprocess.run(
        [sys.executable, "-c", probe, *args], env=env, capture_output=True, text=True, check=True
    )
    return set(done.stderr.strip().splitlines()[-1].split(","))


def test_help_imports_no_command_module(klacht_home: Path) -> None:
    """`klacht --help` lists the commands without importing any command module or the domain."""
    loaded = _everything_loaded(klacht_home, "--help")
    commands = sorted({entry.module for entry in COMMANDS.values()} & loaded)
    heavy = sorted(m for m in loaded if m.startswith(HEAVY))
    assert commands == []
    assert heavy == []


def test_a_command_imports_only_its_own_module(klacht_home: Path) -> None:
    """`klacht show --help` imports the module of `show`, not the wizard's nor the checks'."""
    loaded = _loaded(klacht_home, "show", "--help")
    assert "klacht.commands.followup" in loaded
    assert "klacht.commands.new" not in loaded
    assert "klacht.commands.check" not in loaded


def test_a_mistyped_command_imports_nothing(klacht_home: Path) -> None:
    """`klacht chek` suggests `check` from the table, importing no command module."""
    loaded = _loaded(klacht_home, "chek")
    assert not {entry.module for entry in COMMANDS.values()} & loaded


@pytest.mark.parametrize("name", list(COMMANDS))
def test_every_command_is_reachable(runner: CliRunner, name: str) -> None:
    """Each command of the table loads: its help page shows, with its help from the table."""
    result = runner.invoke(app, ["--lang", "en", name, "--help"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(f"Usage: klacht {name} ")
    assert t(COMMANDS[name].help, "en").split(". ")[0] in result.stdout


def test_loaded_commands_carry_the_tables_help() -> None:
    """The help a loaded command shows is the key its table entry lists (one source)."""
    root = typer.main.get_command(app)
    assert isinstance(root, KlachtGroup)
    helps = {name: command.help for name, command in root.commands.items()}
    assert helps == {name: entry.help for name, entry in COMMANDS.items()}


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_help_lists_every_command_with_its_first_sentence(runner: CliRunner, lang: str) -> None:
    """`klacht --help` lists every command, in the table's order, with its help in the language."""
    result = runner.invoke(app, ["--lang", lang, "--help"])
    listing = result.stdout.split(table("help_headings", lang)["Commands"] + ":\n")[1]
    rows = [line.split(maxsplit=1) for line in listing.splitlines() if line[2] != " "]
    assert [name for name, _ in rows] == list(COMMANDS)
    for name, shown in rows:
        assert t(COMMANDS[name].help, lang).startswith(shown)  # its first sentence, or wrapped


def test_completion_offers_commands_with_their_help(klacht_home: Path) -> None:
    """Tab after `klacht r` offers remind, rm and reply with their help in Dutch."""
    env = {
        **os.environ,
        "KLACHT_HOME": str(klacht_home),
        "_KLACHT_COMPLETE": "complete_zsh",
        "_TYPER_COMPLETE_ARGS": "klacht r",
    }
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; sys.argv[0] = 'klacht'; from klacht.cli import main; main()",
        ],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0
    assert '"remind":"Wat moet er vandaag gebeuren? Met de tekst erbij."' in done.stdout
    assert '"rm":' in done.stdout
    assert '"reply":' in done.stdout
    assert '"new"' not in done.stdout


ANSWERS = """\
company: Bol
platform: x
handle: "@bolcom"
what: Mijn wasmachine is niet geleverd, terwijl ik op 10 november betaald heb.
when: 2026-11-20
outcome: refund
"""


@pytest.mark.parametrize(
    "args",
    [
        ["new", "--answers", "{answers}", "--json"],
        ["check", "--json", "--platform", "x", "Mijn pakket is niet bezorgd."],
    ],
)
def test_json_runs_import_no_screens(klacht_home: Path, tmp_path: Path, args: list[str]) -> None:
    """`new --answers --json` and `check --json` print JSON without importing rich or screens."""
    answers = tmp_path / "a.yaml"
    answers.write_text(ANSWERS, encoding="utf-8")
    loaded = _everything_loaded(klacht_home, *(a.format(answers=answers) for a in args))
    assert sorted(m for m in loaded if m.startswith(("rich", "klacht.screens"))) == []
    assert f"klacht.commands.{args[0]}" in loaded  # the command did run
