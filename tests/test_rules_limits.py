"""Rule packs at their limits: named lists, runaway user patterns, very long texts."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

import pytest

from klacht.checks import check_text
from klacht.checks.rules import load_pack
from klacht.errors import DataFileError, Says
from klacht.storage import paths
from klacht.writing.texts import t

if TYPE_CHECKING:
    from pathlib import Path

WITH_LIST = """\
lang: nl
lists:
  bedrijf: [bedrijf, organisatie, 'winkels?', klantenservice]
rules:
  - id: mine.sloppy
    extends: existence
    level: warning
    message: "'{match}' is een oordeel."
    patterns:
      - "(?:slordig|rommelig)e? {bedrijf}"
    examples:
      fail: ["Wat een slordige klantenservice."]
      pass: ["Het pakket was slordig ingepakt."]
"""


def said(value: str | Says | None, lang: str = "nl") -> str:
    """Return an error's message or hint as the user reads it in ``lang``."""
    return t(value.key, lang, **value.values) if isinstance(value, Says) else str(value)


def _write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_rule_uses_a_named_list(tmp_path: Path) -> None:
    """'{bedrijf}' in a pattern stands for the pack's list 'bedrijf'."""
    (rule,) = load_pack(_write(tmp_path, "mine.yaml", WITH_LIST))
    assert "klantenservice" in rule.patterns[0]
    assert "{bedrijf}" not in rule.patterns[0]


def test_an_unknown_list_names_the_rule_and_the_lists(tmp_path: Path) -> None:
    """A pattern that refers to a missing list is refused with the lists that exist."""
    path = _write(tmp_path, "mine.yaml", WITH_LIST.replace("{bedrijf}", "{winkel}"))
    with pytest.raises(DataFileError, match=r"mine\.sloppy.*winkel") as info:
        load_pack(path)
    assert "bedrijf" in said(info.value.hint)


def test_a_list_must_hold_texts(tmp_path: Path) -> None:
    """A list that is not a list of texts is refused, naming the list."""
    path = _write(tmp_path, "mine.yaml", WITH_LIST.replace("[bedrijf,", "[{a: b},"))
    with pytest.raises(DataFileError, match="bedrijf"):
        load_pack(path)


def test_a_runaway_user_pattern_gives_a_clear_message() -> None:
    """A user's catastrophic pattern stops with a message naming the rule, no hang."""
    pack = WITH_LIST.replace('"(?:slordig|rommelig)e? {bedrijf}"', '"x(?:a|aa)+$"')
    pack = pack.replace('fail: ["Wat een slordige klantenservice."]', 'fail: ["xaaa"]')
    _write(paths.config_dir() / "rules", "slow.nl.yaml", pack)
    started = time.monotonic()
    with pytest.raises(DataFileError, match=r"mine\.sloppy") as info:
        check_text("x" + "a" * 40 + "!", spelling=False)
    assert time.monotonic() - started < 20
    assert "(a+)+" in said(info.value.hint)


def test_a_nested_repeat_in_a_user_pattern_does_not_hang() -> None:
    """(a+)+$ in a user's pack finishes on a long run of a's (and finds nothing there)."""
    pack = WITH_LIST.replace('"(?:slordig|rommelig)e? {bedrijf}"', '"x(a+)+$"')
    pack = pack.replace('fail: ["Wat een slordige klantenservice."]', 'fail: ["xaaa"]')
    _write(paths.config_dir() / "rules", "slow.nl.yaml", pack)
    started = time.monotonic()
    report = check_text("x" + "a" * 5000 + "!", spelling=False)
    assert time.monotonic() - started < 20
    assert not [f for f in report.findings if f.rule == "mine.sloppy"]


@pytest.mark.parametrize("unit", ["nooit ", "NOOIT MEER ", "kut ", "Jullie zijn k*t idioten. "])
def test_a_long_repetitive_text_is_checked_in_seconds(unit: str) -> None:
    """100 KB of one repeated phrase is checked in seconds, not minutes (no rescan per match)."""
    text = unit * (100_000 // len(unit))
    started = time.monotonic()
    report = check_text(text, spelling=False)
    assert time.monotonic() - started < 30
    assert report.findings
