"""A user's bad rule pack: a clear sentence in the user's language, exit 2, file and key named.

User packs are read through the one YAML reader (storage/yamlfile.py): a key twice, an alias
or a bad value is refused with its line; free text such as a token ``no`` stays text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from klacht.checks.rules import load_pack
from klacht.cli import app
from klacht.errors import DataFileError, Says
from klacht.writing.texts import t

if TYPE_CHECKING:
    from pathlib import Path

    from typer.testing import CliRunner

GOOD = """\
- id: own.word
  extends: existence
  level: warning
  message: "Liever niet '{match}'."
  tokens: [klantonvriendelijk]
  examples:
    fail: ["Wat klantonvriendelijk."]
    pass: ["Wat vriendelijk."]
"""


def _pack(home: Path, text: str, name: str = "own.nl.yaml") -> Path:
    folder = home / "rules"
    folder.mkdir(parents=True, exist_ok=True)
    (home / "config.yaml").write_text('spelling: "off"\n', encoding="utf-8")
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def _said(value: str | Says | None, lang: str) -> str:
    return t(value.key, lang, **value.values) if isinstance(value, Says) else str(value)


@pytest.mark.parametrize(
    ("lang", "words"),
    [("en", ("rule 'own.word'", "level 'fatal'", "Choose from")), ("nl", ("regel 'own.word'",))],
)
def test_bad_user_pack_is_explained_in_the_users_language(
    runner: CliRunner, klacht_home: Path, lang: str, words: tuple[str, ...]
) -> None:
    """`klacht check` with a bad level in a user pack: exit 2, file and key named, no traceback."""
    bad = GOOD.replace("level: warning", "level: fatal")
    path = _pack(klacht_home, bad, f"own.{lang}.yaml")
    result = runner.invoke(app, ["check", "--lang", lang, "Mijn pakket is niet bezorgd."])
    assert result.exit_code == 2, result.output
    output = " ".join(result.output.split())
    assert path.name in output
    assert all(w in output for w in words), output
    assert "Traceback" not in result.output


def test_english_sentences_for_every_pack_problem(tmp_path: Path) -> None:
    """Each kind of mistake gets an English sentence naming the file, the rule and the key."""
    cases = {
        "  tokens: [klantonvriendelijk]\n": ("needs 'tokens' or 'patterns'", None),
        "tokens: [klantonvriendelijk]": ("'patterns' holds an invalid pattern", "patterns: ['(x']"),
        "  level: warning\n": ("'level' is missing", None),
        "id: own.word": ("'id' must look like family.name", "id: Own"),
    }
    for old, (expected, new) in cases.items():
        path = tmp_path / "own.nl.yaml"
        path.write_text(GOOD.replace(old, new if new is not None else ""), encoding="utf-8")
        with pytest.raises(DataFileError) as info:
            load_pack(path)
        text = _said(info.value.message, "en")
        assert expected in text and "own.nl.yaml" in text, text


def test_a_key_twice_in_a_user_rule_is_refused_with_its_line(tmp_path: Path) -> None:
    """The one YAML reader refuses a rule that says 'level' twice, naming line and key."""
    path = tmp_path / "own.nl.yaml"
    path.write_text(GOOD.replace("  level: warning\n", "  level: warning\n  level: error\n"))
    with pytest.raises(DataFileError) as info:
        load_pack(path)
    text = _said(info.value.message, "en")
    assert "line 4" in text and "level" in text, text


def test_free_text_in_a_pack_stays_as_typed(tmp_path: Path) -> None:
    """A token 'no' or '12:30' is text, not a bool or a number of seconds."""
    path = tmp_path / "own.nl.yaml"
    path.write_text(GOOD.replace("[klantonvriendelijk]", "[no, 12:30]"), encoding="utf-8")
    (rule,) = load_pack(path)
    assert rule.tokens == ("no", "12:30")


def test_a_switch_must_be_true_or_false(tmp_path: Path) -> None:
    """'ignorecase: maybe' is refused instead of read as true."""
    path = tmp_path / "own.nl.yaml"
    path.write_text(GOOD.replace("  level:", "  ignorecase: maybe\n  level:"), encoding="utf-8")
    with pytest.raises(DataFileError) as info:
        load_pack(path)
    assert "'ignorecase' must be true or false" in _said(info.value.message, "en")
