"""The built-in rule packs: valid, with examples that hold."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from klacht.checks import phrasing
from klacht.checks.rules import Rule, builtin_dir, load_pack

PACKS = sorted(builtin_dir().glob("*.yaml"))
RULES: list[Rule] = [rule for path in PACKS for rule in load_pack(path)]


def _ids(rule: Rule) -> str:
    return f"{Path(rule.source).name}:{rule.id}"


def test_there_are_packs_for_both_languages() -> None:
    """Both Dutch and English have a tone pack with insults, threats and absolutes."""
    for lang in ("nl", "en"):
        ids = {r.id for r in RULES if r.lang == lang}
        assert {"tone.insult", "tone.threat", "tone.absolute", "tone.profanity"} <= ids


@pytest.mark.parametrize("rule", RULES, ids=_ids)
def test_fail_examples_are_found(rule: Rule) -> None:
    """Every fail example yields a finding of its rule."""
    for example in rule.fail:
        found = [f for f in phrasing.check(example, (rule,)) if f.rule == rule.id]
        assert found, f"{rule.id} misses: {example}"


@pytest.mark.parametrize("rule", RULES, ids=_ids)
def test_pass_examples_are_clean(rule: Rule) -> None:
    """No pass example yields a finding of its rule."""
    for example in rule.passing:
        found = [f.text for f in phrasing.check(example, (rule,)) if f.rule == rule.id]
        assert not found, f"{rule.id} flags {found} in: {example}"


@pytest.mark.parametrize("path", PACKS, ids=lambda p: p.name)
def test_ids_are_unique_per_pack(path: Path) -> None:
    """No pack defines an id twice."""
    ids = [r.id for r in load_pack(path)]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("rule", RULES, ids=_ids)
def test_tokens_sorted_without_duplicates(rule: Rule) -> None:
    """Token lists and swap keys are sorted (case-insensitively) and hold no duplicates."""
    for values in (list(rule.tokens), [k for k, _ in rule.swap]):
        keys = [v.lower() for v in values]
        assert keys == sorted(keys), f"{rule.id}: not sorted"
        assert len(keys) == len(set(keys)), f"{rule.id}: duplicates"


@pytest.mark.parametrize("rule", RULES, ids=_ids)
def test_messages_are_in_the_packs_language(rule: Rule) -> None:
    """A Dutch pack speaks Dutch, an English pack English (checked on common words)."""
    dutch = re.search(r"\b(?:een|het|je|is|dat|niet|de)\b", rule.message)
    english = re.search(r"\b(?:the|is|you|it|a|they|and)\b", rule.message)
    assert dutch if rule.lang == "nl" else english, rule.message


def test_acronym_list_is_sorted_and_upper_case() -> None:
    """The acronym list (not shouting) is sorted, unique and upper case."""
    lines = (builtin_dir() / "acronyms.txt").read_text(encoding="utf-8").splitlines()
    words = [w for w in lines if w and not w.startswith("#")]
    assert words == sorted(set(words))
    assert all(w.isupper() for w in words)


@pytest.mark.parametrize("path", PACKS, ids=lambda p: p.name)
def test_no_pattern_is_written_longer_than_the_limit(path: Path) -> None:
    """Every pattern as written in a built-in pack is short; long ones are built from lists."""
    import yaml

    from klacht.checks.rule_lists import MAX_PATTERN

    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    rules = raw["rules"] if isinstance(raw, dict) else raw
    for rule in rules:
        for pattern in (*rule.get("patterns", ()), *rule.get("unless", ())):
            assert len(pattern) <= MAX_PATTERN, f"{rule['id']}: {len(pattern)} characters"


def test_tone_packs_share_named_lists() -> None:
    """The tone packs define named lists, and rules refer to them."""
    import yaml

    for name in ("tone.nl.yaml", "tone.en.yaml"):
        raw = yaml.safe_load((builtin_dir() / name).read_text(encoding="utf-8"))
        assert raw["lists"]
        written = [p for r in raw["rules"] for p in r.get("patterns", ())]
        assert any("{" + list_name + "}" in p for p in written for list_name in raw["lists"])
