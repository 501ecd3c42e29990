"""The phrasing engine's needle prefilter: it skips regexes that cannot match, and only those."""

from __future__ import annotations

import re
import string

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from klacht.checks import phrasing
from klacht.checks.rules import load_rules, rule_needles


def _all_regexes(text: str, lang: str) -> list[tuple[str, int, int, tuple[str, ...]]]:
    """The findings when every regex of every rule is compiled and run (no prefilter)."""
    return [
        (f.rule, f.start, f.end, f.suggestions)
        for rule in load_rules(lang)
        for f in phrasing.compile_rule(rule).find(text)
    ]


def _prefiltered(text: str, lang: str) -> list[tuple[str, int, int, tuple[str, ...]]]:
    return [(f.rule, f.start, f.end, f.suggestions) for f in phrasing.check(text, load_rules(lang))]


def _examples(lang: str) -> list[str]:
    return [e for r in load_rules(lang) for e in (*r.fail, *r.passing)]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_prefilter_keeps_every_finding_on_the_rule_examples(lang: str) -> None:
    """On every fail and pass example, the prefiltered engine finds just what all regexes find."""
    examples = _examples(lang)
    assert len(examples) > 50
    for text in examples:
        for variant in (text, text.upper(), text.title()):
            assert _prefiltered(variant, lang) == _all_regexes(variant, lang), variant


def _words(lang: str) -> list[str]:
    return sorted({w for text in _examples(lang) for w in re.findall(r"\S+", text)})


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_prefilter_keeps_every_finding_on_mixed_texts(data: st.DataObject) -> None:
    """On texts mixed from the rules' example words, in any case, nothing is lost or added."""
    lang = data.draw(st.sampled_from(["nl", "en"]))
    words = data.draw(st.lists(st.sampled_from(_words(lang)), max_size=25))
    case = data.draw(st.sampled_from(["as is", "upper", "lower", "title"]))
    text = " ".join(words)
    text = {"upper": text.upper(), "lower": text.lower(), "title": text.title()}.get(case, text)
    assert _prefiltered(text, lang) == _all_regexes(text, lang)


def test_prefilter_sees_through_case_twins() -> None:
    """A long s or dotless i that re.IGNORECASE reads as s or i does not hide a match."""
    for text in ("Wat een \u017fhit bedrijf.", "Wat een kl\u0130te actie.", "What a \u017fham."):
        for lang in ("nl", "en"):
            assert _prefiltered(text, lang) == _all_regexes(text, lang)


def test_case_twins_are_all_the_ignorecase_twins_of_ascii_letters() -> None:
    """Every non-ASCII character re.IGNORECASE matches to an ASCII letter is folded by haystack."""
    letters = re.compile("[a-z]", re.IGNORECASE)
    for cp in range(0x80, 0x110000):
        char = chr(cp)
        if 0xD800 <= cp < 0xE000 or not letters.fullmatch(char):
            continue
        twin = next(a for a in string.ascii_lowercase if re.fullmatch(a, char, re.IGNORECASE))
        assert twin in phrasing.haystack(char), hex(cp)


@pytest.mark.parametrize(
    ("literals", "patterns", "expected"),
    [
        (("ik stap naar de krant",), (), ((("krant",),),)),
        (("idioot", "idioten", "belgië"), (), ((("belgi", "idioot", "idioten"),),)),
        ((), (r"(?:kut|shit)-?(?P<keep>[a-z]{3,})",), ((("kut", "shit"),),)),
        ((), (r"(?:een|die) (?:\w+ )?idioot",), ((("idioot",), ("die", "een")),)),
        ((), (r"(?:debiel|debiele|debielen)",), ((("debiel",),),)),
        ((), (r"\w+ (?:heel )?erg",), ((("erg",),),)),
        ((), (r"(?:x)?\w+",), ((),)),
        ((), (r"(?:kut|)\w+",), ((),)),
        ((), (r"(?-i:Mongool)",), ((("mongool",),),)),
        ((), (r"(?P<a>jij )?(?:(?(a)(?!)|kapot)|stuk)",), ((("kapot", "stuk"),),)),
    ],
)
def test_rule_needles(
    literals: tuple[str, ...],
    patterns: tuple[str, ...],
    expected: tuple[tuple[tuple[str, ...], ...], ...],
) -> None:
    """Each clause must be met by every match; optional or open-ended parts give none."""
    assert rule_needles(literals, patterns) == expected


def test_builtin_rules_have_needles_for_most_regexes() -> None:
    """The prefilter is worth it: nearly every built-in regex has a clause of 3+ letters."""
    per_regex = [n for lang in ("nl", "en") for r in load_rules(lang) for n in r.needles]
    assert per_regex
    useful = [n for n in per_regex if any(min(len(x) for x in clause) >= 3 for clause in n)]
    assert len(useful) >= 0.9 * len(per_regex)


def test_a_plain_post_compiles_few_regexes() -> None:
    """A calm post needs only the few regexes whose needles it contains."""
    post = (
        "Sinds 12 oktober heb ik geen internet meer. De monteur kwam niet opdagen. "
        "Graag deze week een monteur en een korting op de rekening."
    )
    hay = phrasing.haystack(post)
    rules = load_rules("nl")
    live = [phrasing._live(r, hay) for r in rules]
    assert all(x is not None for x in live)
    assert sum(len(x or ()) for x in live) <= sum(len(r.needles) for r in rules) // 4
