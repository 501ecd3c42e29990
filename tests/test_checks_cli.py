"""`klacht check` on the command line: input forms, JSON contract, exit codes, --fix."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import pytest

from klacht.cli import app

if TYPE_CHECKING:
    from pathlib import Path

    from typer.testing import CliRunner

CALM = "Op 12 oktober besteld en nog niets ontvangen. Graag terugbetaling van de 49 euro."
NASTY = "Jullie zijn oplichters!!!"
FINDING_KEYS = {"kind", "rule", "severity", "start", "end", "text", "message", "suggestions"}


@pytest.fixture(autouse=True)
def spelling_off(klacht_home: Path) -> None:
    """Switch spelling off, so only this issue's checks speak."""
    klacht_home.mkdir(parents=True, exist_ok=True)
    (klacht_home / "config.yaml").write_text('spelling: "off"\n', encoding="utf-8")


def test_calm_text_exits_0(runner: CliRunner) -> None:
    """A calm text gives exit code 0 and says there is nothing to note."""
    result = runner.invoke(app, ["check", CALM])
    assert result.exit_code == 0, result.output
    assert "Geen opmerkingen" in result.output


def test_error_findings_exit_1(runner: CliRunner) -> None:
    """An insult is an error: exit code 1, with the message shown."""
    result = runner.invoke(app, ["check", NASTY])
    assert result.exit_code == 1
    assert "belediging" in result.output
    assert "tone.insult" in result.output


def test_warnings_only_exit_0(runner: CliRunner) -> None:
    """Warnings alone (an absolute) do not fail the check."""
    result = runner.invoke(app, ["check", "Jullie reageren nooit op 3 mails."])
    assert result.exit_code == 0
    assert "tone.absolute" in result.output


def test_reads_standard_input_with_dash(runner: CliRunner) -> None:
    """`-` reads the text from standard input."""
    result = runner.invoke(app, ["check", "-", "--json"], input=NASTY)
    assert result.exit_code == 1
    rules = {f["rule"] for f in json.loads(result.output)["findings"]}
    assert "tone.insult" in rules


def test_reads_a_file(runner: CliRunner, tmp_path: Path) -> None:
    """--file reads the text from a UTF-8 file."""
    path = tmp_path / "post.txt"
    path.write_text("Bel me op 06-12345678.", encoding="utf-8")
    result = runner.invoke(app, ["check", "--file", str(path), "--json"])
    assert result.exit_code == 1
    assert [f["rule"] for f in json.loads(result.output)["findings"]] == ["privacy.phone"]


def test_json_shape_is_the_contract(runner: CliRunner) -> None:
    """--json prints findings with exactly the contract's keys, and the spelling backend."""
    text = "Ik weet waar jullie kantoor is!!!"
    result = runner.invoke(app, ["check", text, "--json", "--lang", "nl"])
    data = json.loads(result.output)
    assert set(data) == {"findings", "backend", "proposal", "spelling_budget_reached"}
    assert data["spelling_budget_reached"] is False
    assert data["backend"] == {"spelling": "off"}
    assert data["proposal"] == "", "a text that is only a threat leaves nothing to propose"
    assert data["findings"]
    for f in data["findings"]:
        assert set(f) == FINDING_KEYS
        assert f["severity"] in ("error", "warning", "info")
        assert f["kind"] in ("spelling", "tone", "privacy", "length", "content")
        assert text[f["start"] : f["end"]] == f["text"]
        assert isinstance(f["suggestions"], list)


def test_private_flag_allows_private_data(runner: CliRunner) -> None:
    """--private: private data is fine in a private message."""
    result = runner.invoke(app, ["check", "Mijn IBAN is NL91ABNA0417164300.", "--private"])
    assert result.exit_code == 0
    public = runner.invoke(app, ["check", "Mijn IBAN is NL91ABNA0417164300."])
    assert public.exit_code == 1


def test_platform_adds_length_and_content(runner: CliRunner) -> None:
    """--platform x counts with X's rules and checks the post's content."""
    result = runner.invoke(app, ["check", "a" * 281, "--platform", "x", "--json"])
    assert result.exit_code == 1
    rules = {f["rule"] for f in json.loads(result.output)["findings"]}
    assert {"length.limit", "content.no_request"} <= rules


@pytest.mark.parametrize(
    "args", [["--platform", "myspace"], ["--lang", "de"], ["--platform", "X!"]]
)
def test_bad_platform_or_lang_exits_2(runner: CliRunner, args: list[str]) -> None:
    """An unknown platform or language is bad input: exit code 2, no traceback."""
    result = runner.invoke(app, ["check", CALM, *args])
    assert result.exit_code == 2
    assert "Traceback" not in result.output


def test_markup_in_text_is_printed_literally(runner: CliRunner) -> None:
    """Rich markup in the user's text is shown as typed, never interpreted."""
    result = runner.invoke(app, ["check", "[bold]Stelletje oplichters[/bold]"])
    assert result.exit_code == 1
    assert "[bold]Stelletje oplichters[/bold]" in result.output


def test_fix_prints_the_fixed_text(runner: CliRunner) -> None:
    """--fix applies the safe fixes (sentence case, one '!') and prints the new text."""
    text = "WAAR BLIJFT MIJN PAKKET VAN 3 MEI!!!"
    result = runner.invoke(app, ["check", text, "--fix"])
    assert "Waar blijft mijn pakket van 3 mei!" in result.output
    assert result.exit_code == 0


def test_fix_with_json_returns_the_text(runner: CliRunner) -> None:
    """--fix --json includes the fixed text; an insult is never swapped without asking."""
    result = runner.invoke(app, ["check", "Jullie zijn oplichters!!!", "--fix", "--json"])
    data = json.loads(result.output)
    assert data["text"] == "Jullie zijn oplichters!"
    rules = {f["rule"] for f in data["findings"]}
    assert "tone.insult" in rules
    assert "tone.punctuation" not in rules
    assert result.exit_code == 1


def test_broken_user_rule_pack_is_exit_2(runner: CliRunner, klacht_home: Path) -> None:
    """A broken user rule pack is named in the error, exit code 2."""
    rules = klacht_home / "rules"
    rules.mkdir(parents=True)
    (rules / "mine.nl.yaml").write_text("- id: own.x\n  extends: magic\n", encoding="utf-8")
    result = runner.invoke(app, ["check", CALM])
    assert result.exit_code == 2
    assert "mine.nl.yaml" in result.output


def test_fix_prints_the_text_once(runner: CliRunner) -> None:
    """With --fix the fixed text is printed once, followed by the findings."""
    result = runner.invoke(app, ["check", "JULLIE SERVICE IS WAARDELOOS!!!", "--fix"])
    assert result.output.count("Jullie service is waardeloos!") == 1
