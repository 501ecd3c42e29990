"""Hostile input from the command line (issue 15): a sentence, the contract's exit code, no harm."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import pytest

from klacht.cli import app
from klacht.storage.config import load_settings

if TYPE_CHECKING:
    from pathlib import Path

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
