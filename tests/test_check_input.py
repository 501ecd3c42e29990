"""`klacht check` refuses the same bad input the same way, whatever the source."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from klacht.cli import app

if TYPE_CHECKING:
    from pathlib import Path

    from typer.testing import CliRunner

BAD = b"caf\xe9 \xff kapot"


@pytest.fixture(autouse=True)
def spelling_off(klacht_home: Path) -> None:
    """Switch spelling off: these tests are about reading the text."""
    klacht_home.mkdir(parents=True, exist_ok=True)
    (klacht_home / "config.yaml").write_text('spelling: "off"\n', encoding="utf-8")


def test_bad_bytes_on_standard_input_are_refused(runner: CliRunner) -> None:
    """Bytes that are not UTF-8 on `check -` are exit 2 with the byte's position, as --file."""
    result = runner.invoke(app, ["check", "-"], input=BAD)
    assert result.exit_code == 2
    assert "geen UTF-8-tekst" in result.stderr
    assert "positie 3" in result.stderr


def test_bad_bytes_in_a_file_are_refused_the_same_way(runner: CliRunner, tmp_path: Path) -> None:
    """The same bytes in --file give the same exit code and sentence."""
    path = tmp_path / "post.txt"
    path.write_bytes(BAD)
    result = runner.invoke(app, ["check", "--file", str(path)])
    assert result.exit_code == 2
    assert "geen UTF-8-tekst" in result.stderr
    assert "positie 3" in result.stderr


def test_bad_bytes_in_the_argument_are_refused(runner: CliRunner) -> None:
    """An argument with a byte that was not UTF-8 (kept by Python as a surrogate) is exit 2."""
    result = runner.invoke(app, ["check", "caf\udce9 kapot"])
    assert result.exit_code == 2
    assert "TEXT is geen UTF-8-tekst" in result.stderr


def test_utf8_on_standard_input_is_checked(runner: CliRunner) -> None:
    """Good UTF-8 on standard input is read whole, accents included."""
    result = runner.invoke(
        app, ["check", "-"], input="Ik wacht op mijn café-bestelling.\n".encode()
    )
    assert result.exit_code == 0, result.stderr
    assert "Geen opmerkingen" in result.output


@pytest.mark.parametrize("args", [["check"], ["check", "-"], ["check", "   "]])
def test_an_empty_text_is_refused(runner: CliRunner, args: list[str]) -> None:
    """Nothing on standard input, or only blanks, is exit 2 with a sentence; nothing is checked."""
    result = runner.invoke(app, args, input=b"")
    assert result.exit_code == 2
    assert "De tekst is leeg" in result.stderr
    assert "Geen opmerkingen" not in result.output


def test_an_empty_file_is_refused(runner: CliRunner, tmp_path: Path) -> None:
    """An empty file (only a line break) is refused like empty standard input."""
    path = tmp_path / "empty.txt"
    path.write_text("\n", encoding="utf-8")
    result = runner.invoke(app, ["check", "--file", str(path), "--json"])
    assert result.exit_code == 2
    assert "De tekst is leeg" in result.stderr
    assert result.stdout == ""
