"""The command line itself: --version, completion, the user's language, standard input."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from klacht import __version__
from klacht.cli import app

if TYPE_CHECKING:
    from typer.testing import CliRunner

POST_280 = ("Mijn pakket van 3 november is nog steeds niet bezorgd. " * 6)[:279] + "."


def _english_config(home: Path) -> None:
    home.mkdir(parents=True, exist_ok=True)
    (home / "config.yaml").write_text("lang: en\n", encoding="utf-8")


def test_version_prints_name_and_version(runner: CliRunner) -> None:
    """`klacht --version` prints `klacht X.Y.Z` and exits 0."""
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.stdout == f"klacht {__version__}\n"


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_show_completion_prints_a_script(runner: CliRunner, shell: str) -> None:
    """`klacht --show-completion SHELL` prints that shell's completion script for klacht."""
    result = runner.invoke(app, ["--show-completion", shell])
    assert result.exit_code == 0
    assert "_KLACHT_COMPLETE" in result.stdout


def test_errors_are_dutch_by_default(runner: CliRunner) -> None:
    """With nothing configured, an unknown id is reported in Dutch (exit 2)."""
    result = runner.invoke(app, ["show", "nope-1"])
    assert result.exit_code == 2
    assert "Fout: Geen klacht met id 'nope-1'." in result.stderr


def test_errors_follow_the_configured_language(runner: CliRunner, klacht_home: Path) -> None:
    """With `lang: en` in config.yaml, an unknown id is reported in English."""
    _english_config(klacht_home)
    result = runner.invoke(app, ["show", "nope-1"])
    assert result.exit_code == 2
    assert "Error: No complaint with id 'nope-1'." in result.stderr
    assert "`klacht list` shows all complaints." in result.stderr


def test_errors_follow_the_lang_option(runner: CliRunner) -> None:
    """`check --lang en` with an unknown platform answers in English, naming the platforms."""
    result = runner.invoke(app, ["check", "--lang", "en", "--platform", "myspace", "hello"])
    assert result.exit_code == 2
    assert "Error: Unknown platform 'myspace'." in result.stderr
    assert "Choose from: x, bluesky" in result.stderr


def test_stdin_trailing_newline_is_not_counted(runner: CliRunner) -> None:
    """A 280-character post read from standard input with its line break fits X."""
    assert len(POST_280) == 280
    result = runner.invoke(app, ["check", "--platform", "x", "--json", "-"], input=POST_280 + "\n")
    findings = json.loads(result.stdout)["findings"]
    assert [f for f in findings if f["kind"] == "length"] == []


def test_file_trailing_newline_is_not_counted(runner: CliRunner, tmp_path: Path) -> None:
    """A 280-character post read with --file, ending in a line break, fits X."""
    path = tmp_path / "post.txt"
    path.write_text(POST_280 + "\n", encoding="utf-8")
    result = runner.invoke(app, ["check", "--platform", "x", "--json", "--file", str(path)])
    findings = json.loads(result.stdout)["findings"]
    assert [f for f in findings if f["kind"] == "length"] == []


def test_one_character_more_is_still_too_long(runner: CliRunner) -> None:
    """Only the final line break is dropped: 281 characters on standard input are too long."""
    result = runner.invoke(app, ["check", "--platform", "x", "--json", "-"], input=POST_280 + "!\n")
    findings = json.loads(result.stdout)["findings"]
    assert [f["kind"] for f in findings if f["kind"] == "length"] == ["length"]


def test_piped_output_keeps_long_lines_whole(runner: CliRunner) -> None:
    """`check` into a pipe prints each finding on one line, however long, not wrapped at 80."""
    post = "Jullie zijn echt de SLECHTSTE winkel ooit, " + "ik wacht al weken op mijn pakket " * 4
    result = runner.invoke(app, ["check", "--platform", "x", post])
    finding_lines = [line for line in result.stdout.splitlines() if "[tone.exaggeration]" in line]
    assert len(finding_lines) == 1
    assert "SLECHTSTE winkel ooit" in finding_lines[0]
    assert max(len(line) for line in result.stdout.splitlines()) > 100


def test_readme_screenshots_exist() -> None:
    """Each screenshot the README shows is there, as an SVG from rich's export."""
    root = Path(__file__).resolve().parents[1]
    readme = (root / "README.md").read_text(encoding="utf-8")
    for name in ("wizard", "check", "show"):
        assert f"docs/screenshots/{name}.svg" in readme
        svg = (root / "docs" / "screenshots" / f"{name}.svg").read_text(encoding="utf-8")
        assert svg.startswith("<svg") and "klacht" in svg


def test_option_clash_is_worded_in_english(runner: CliRunner) -> None:
    """`new --lang en --json` without --answers says so in English, exit 2."""
    result = runner.invoke(app, ["new", "--lang", "en", "--json"])
    assert result.exit_code == 2
    assert "--json only works together with --answers." in result.stderr
