"""The privacy guard's data file: every example in data/privacy.yaml behaves as it says."""

from __future__ import annotations

import pytest

from klacht.checks import privacy
from klacht.checks.privacy_cues import CUE_KINDS, cue_pattern, examples


def _cases(outcome: str) -> list[tuple[str, str]]:
    return [(kind, text) for kind, sets in examples().items() for text in sets[outcome]]


@pytest.mark.parametrize(("kind", "text"), _cases("fail"))
def test_fail_examples_are_found(kind: str, text: str) -> None:
    """Each `fail` example gets a finding of its own kind."""
    rules = {f.rule for f in privacy.check(text)}
    assert f"privacy.{kind}" in rules


@pytest.mark.parametrize(("kind", "text"), _cases("pass"))
def test_pass_examples_are_clean(kind: str, text: str) -> None:
    """No `pass` example gets any privacy finding."""
    assert [f.text for f in privacy.check(text)] == [], kind


def test_every_kind_has_examples() -> None:
    """Every detector kind but the long-standing ones has fail and pass examples in the data."""
    known = set(examples())
    assert known <= set(privacy.KINDS)
    assert set(privacy.KINDS) - known == {"postcode", "reference"}  # covered by the shared cases


def test_cue_lists_are_loaded_for_every_kind() -> None:
    """Each cue kind compiles to a pattern that matches its own words, whatever their case."""
    patterns = {kind: cue_pattern(kind) for kind in CUE_KINDS}
    assert patterns["birth"].search("Geboortedatum: 1-1-1962")
    assert patterns["thing"].search("serienummer 0612345678")
    assert not patterns["birth"].search("ongeboren")
