"""The reply rule packs: valid, every rule names a kind, examples that hold."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from klacht.checks import phrasing
from klacht.checks.rules import Rule, load_pack
from klacht.followup.reply import BYSTANDER_KINDS, COMPANY_KINDS, kind_of, pack_dir

PACKS = sorted(pack_dir().glob("*.yaml"))
RULES: list[Rule] = [rule for path in PACKS for rule in load_pack(path)]


def _ids(rule: Rule) -> str:
    return f"{Path(rule.source).name}:{rule.id}"


def test_both_languages_cover_every_kind() -> None:
    """Dutch and English each have a rule for every kind that is not a default."""
    for lang in ("nl", "en"):
        kinds = {kind_of(r.id) for r in RULES if r.lang == lang}
        assert kinds == set(COMPANY_KINDS) | set(BYSTANDER_KINDS), lang


@pytest.mark.parametrize("rule", RULES, ids=_ids)
def test_rule_id_names_a_kind(rule: Rule) -> None:
    """Every id has the form reply.<kind>.<name> with a known kind."""
    assert rule.id.startswith("reply.")
    assert kind_of(rule.id) in (*COMPANY_KINDS, *BYSTANDER_KINDS)


@pytest.mark.parametrize("rule", RULES, ids=_ids)
def test_fail_examples_are_found(rule: Rule) -> None:
    """Every fail example yields a finding of its rule."""
    for example in rule.fail:
        assert any(f.rule == rule.id for f in phrasing.check(example, (rule,))), example


@pytest.mark.parametrize("rule", RULES, ids=_ids)
def test_pass_examples_are_clean(rule: Rule) -> None:
    """No pass example yields a finding of its rule."""
    for example in rule.passing:
        found = [f.text for f in phrasing.check(example, (rule,)) if f.rule == rule.id]
        assert not found, f"{rule.id} flags {found} in: {example}"


@pytest.mark.parametrize("rule", RULES, ids=_ids)
def test_tokens_sorted_without_duplicates(rule: Rule) -> None:
    """Token lists are sorted (case-insensitively) and hold no duplicates."""
    keys = [v.lower() for v in rule.tokens]
    assert keys == sorted(set(keys)), rule.id


@pytest.mark.parametrize("rule", RULES, ids=_ids)
def test_messages_show_the_match_in_the_packs_language(rule: Rule) -> None:
    """A message quotes the phrase found, in the language of its pack."""
    assert "'{match}'" in rule.message
    dutch = re.search(r"\b(?:een|het|je|om|dat|is|vraagt|zegt|biedt|noemt)\b", rule.message)
    english = re.search(r"\b(?:you|your|a|is|the|it|says|asks|offers)\b", rule.message)
    assert dutch if rule.lang == "nl" else english, rule.message
