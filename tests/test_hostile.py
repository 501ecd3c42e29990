"""Hostile input from the command line (issue 15): a sentence, the contract's exit code, no harm."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from klacht.cli import app
from klacht.storage.config import load_settings

if TYPE_CHECKING:
    from typer.testing import CliRunner

ANSWERS = """\
company: Bol
platform: x
handle: "@bolcom"
what: Mijn wasmachine is niet geleverd, terwijl ik op 10 november betaald heb.
when: 2026-11-20
outcome: refund
"""


@pytest.fixture(autouse=True)
def spelling_off(klacht_home: Path) -> None:
    """Switch spelling off: these tests are about input, not spelling."""
    klacht_home.mkdir(parents=True, exist_ok=True)
    (klacht_home / "config.yaml").write_text("spelling: off\n", encoding="utf-8")


def stored(home: Path) -> list[Path]:
    folder = home / "complaints"
    return sorted(folder.glob("*.json")) if folder.exists() else []


@pytest.mark.parametrize(
    "reference", ["0123456", "12:30:45", "0x1F", "0o777", "1_234", "+31", "1e5", "007"]
)
def test_reference_reaches_the_private_message_as_typed(
    runner: CliRunner, tmp_path: Path, klacht_home: Path, reference: str
) -> None:
    """An unquoted order number is never read as a YAML 1.1 number, time or octal."""
    path = tmp_path / "a.yaml"
    path.write_text(ANSWERS + f"reference: {reference}\n", encoding="utf-8")
    result = runner.invoke(app, ["new", "--answers", str(path), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert reference in data["private_message"]
    stored_json = json.loads(stored(klacht_home)[0].read_text(encoding="utf-8"))
    assert stored_json["reference"] == reference


@pytest.mark.parametrize(
    ("extra", "phrase"),
    [
        ("company: Coolblue\n", "company"),
        ("when: 2025-11-31\n", "2025-11-31"),
        ("reference: &r 1\nimpact: *r\n", "&"),
        (
            "reference: [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[x]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]\n",
            "32",
        ),
        ("reference: !!python/object/apply:os.system [ls]\n", "python/object"),
    ],
)
def test_bad_answers_file_is_a_sentence_and_stores_nothing(
    runner: CliRunner, tmp_path: Path, klacht_home: Path, extra: str, phrase: str
) -> None:
    """Duplicate keys, bad dates, aliases, deep nesting, tags: exit 2, named, nothing stored."""
    path = tmp_path / "a.yaml"
    base = ANSWERS.replace("when: 2026-11-20\n", "") if extra.startswith("when:") else ANSWERS
    path.write_text(base + extra, encoding="utf-8")
    result = runner.invoke(app, ["new", "--answers", str(path)])
    assert result.exit_code == 2, result.output
    assert phrase in result.stderr
    assert "Traceback" not in result.output
    assert stored(klacht_home) == []


def test_duplicate_key_names_file_and_line(
    runner: CliRunner, tmp_path: Path, klacht_home: Path
) -> None:
    """A key given twice is refused with the file and the line of the second one."""
    path = tmp_path / "dup.yaml"
    path.write_text(ANSWERS + "company: Coolblue\n", encoding="utf-8")
    result = runner.invoke(app, ["new", "--answers", str(path)])
    assert result.exit_code == 2
    assert "dup.yaml, regel 7" in result.stderr
    assert "twee keer" in result.stderr
    assert stored(klacht_home) == []


def test_not_utf8_answers_file_is_a_sentence(
    runner: CliRunner, tmp_path: Path, klacht_home: Path
) -> None:
    """An answers file saved as Latin-1 is named and the user is told to save it as UTF-8."""
    path = tmp_path / "latin.yaml"
    path.write_bytes((ANSWERS + "impact: veel gedoe, café dicht\n").encode("latin-1"))
    result = runner.invoke(app, ["new", "--answers", str(path)])
    assert result.exit_code == 2
    assert "UTF-8" in result.stderr
    assert stored(klacht_home) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('disabled_rules: "tone"\n', ("tone",)),
        ("disabled_rules: tone\n", ("tone",)),
        ("disabled_rules: [tone, privacy.iban]\n", ("tone", "privacy.iban")),
    ],
)
def test_disabled_rules_as_a_string_is_one_rule(
    klacht_home: Path, text: str, expected: tuple[str, ...]
) -> None:
    """`disabled_rules: "tone"` switches off the tone family instead of the letters t, o, n, e."""
    (klacht_home / "config.yaml").write_text(text, encoding="utf-8")
    assert load_settings().disabled_rules == expected


def test_config_duplicate_key_is_refused(runner: CliRunner, klacht_home: Path) -> None:
    """A config.yaml with a key twice is refused with its name, not silently half-read."""
    (klacht_home / "config.yaml").write_text("spelling: off\nspelling: auto\n", encoding="utf-8")
    result = runner.invoke(app, ["check", "Hallo"])
    assert result.exit_code == 2
    assert "config.yaml, regel 2" in result.stderr


def test_broken_user_rule_pack_stores_nothing(
    runner: CliRunner, tmp_path: Path, klacht_home: Path
) -> None:
    """`new --answers` with a broken user rule pack exits 2 naming it; a retry stores nothing."""
    rules = klacht_home / "rules"
    rules.mkdir()
    (rules / "own.nl.yaml").write_text("- id: own.word\n  extends: bogus\n", encoding="utf-8")
    path = tmp_path / "a.yaml"
    path.write_text(ANSWERS, encoding="utf-8")
    for _ in range(2):
        result = runner.invoke(app, ["new", "--answers", str(path)])
        assert result.exit_code == 2
        assert "own.nl.yaml" in result.stderr
    assert stored(klacht_home) == []


def _one_complaint(runner: CliRunner, tmp_path: Path) -> str:
    path = tmp_path / "a.yaml"
    path.write_text(ANSWERS, encoding="utf-8")
    result = runner.invoke(app, ["new", "--answers", str(path), "--json"])
    assert result.exit_code == 0, result.output
    return str(json.loads(result.stdout)["id"])


@pytest.mark.parametrize("kind", ["symlink", "fifo", "folder", "device"])
@pytest.mark.parametrize("command", ["export", "ics"])
def test_output_path_refuses_links_and_special_files(
    runner: CliRunner, tmp_path: Path, kind: str, command: str
) -> None:
    """`export -o` and `remind --ics` never replace a symlink, FIFO, folder or device (exit 2)."""
    complaint_id = _one_complaint(runner, tmp_path)
    target = tmp_path / "victim.txt"
    target.write_text("keep me", encoding="utf-8")
    out = tmp_path / "out"
    if kind == "symlink":
        out.symlink_to(target)
    elif kind == "fifo":
        os.mkfifo(out)
    elif kind == "folder":
        out.mkdir()
    else:
        out = Path("/dev/zero")
    args = ["export", complaint_id, "-o", str(out)] if command == "export" else ["remind"]
    if command == "ics":
        args += ["--ics", str(out)]
    result = runner.invoke(app, [*args, "--force"] if command == "export" else args)
    assert result.exit_code == 2, result.output
    assert str(out) in result.stderr
    assert target.read_text(encoding="utf-8") == "keep me"
    assert kind != "symlink" or out.is_symlink()


def test_export_asks_before_overwriting(runner: CliRunner, tmp_path: Path) -> None:
    """An existing file is kept without --force (scripts get exit 2); --force replaces it 0600."""
    complaint_id = _one_complaint(runner, tmp_path)
    out = tmp_path / "dossier.md"
    out.write_text("my own notes", encoding="utf-8")
    result = runner.invoke(app, ["export", complaint_id, "-o", str(out)])
    assert result.exit_code == 2
    assert "--force" in result.stderr
    assert out.read_text(encoding="utf-8") == "my own notes"
    result = runner.invoke(app, ["export", complaint_id, "-o", str(out), "--force"])
    assert result.exit_code == 0, result.output
    assert "Bol" in out.read_text(encoding="utf-8")
    assert stat.S_IMODE(out.stat().st_mode) == 0o600


@pytest.mark.parametrize("source", ["file", "stdin", "argument", "zero"])
def test_text_over_one_megabyte_is_refused(runner: CliRunner, tmp_path: Path, source: str) -> None:
    """`check` refuses a text over 1 MB (a file, standard input, /dev/zero) with exit 2."""
    big = "Dit is een zin. " * 70_000
    path = tmp_path / "big.txt"
    path.write_text(big, encoding="utf-8")
    if source == "file":
        result = runner.invoke(app, ["check", "--file", str(path)])
    elif source == "zero":
        result = runner.invoke(app, ["check", "--file", "/dev/zero"])
    elif source == "stdin":
        result = runner.invoke(app, ["check", "-"], input=big)
    else:
        result = runner.invoke(app, ["check", big])
    assert result.exit_code == 2, result.output[:300]
    assert "1 MB" in result.stderr
