"""Suggestion ranking: glued function words split, nonsense splits never, emphasis spelled."""

from __future__ import annotations

import pytest

from klacht.checks.spelling import check_embedded, splits
from klacht.checks.spelling.emphasis import collapsed, emphatic
from klacht.checks.spelling.wordlist import load


def first_suggestions(word: str, lang: str) -> tuple[str, ...]:
    """Return the suggestions of the one finding on ``word``."""
    [finding] = check_embedded(word, lang=lang)
    return finding.suggestions


@pytest.mark.parametrize(
    ("word", "lang", "first"),
    [
        ("opelkaar", "nl", "op elkaar"),
        ("voorelkaar", "nl", "voor elkaar"),
        ("eachother", "en", "each other"),
    ],
)
def test_a_glued_function_word_is_split_first(word: str, lang: str, first: str) -> None:
    """Two common words, one a function word, with no close single word: the split is first."""
    assert first_suggestions(word, lang)[0] == first


@pytest.mark.parametrize(
    ("word", "lang", "first"),
    [
        ("aantap", "nl", "aantal"),
        ("onderwij", "nl", "onderwijs"),
        ("moederdag", "nl", "Moederdag"),
        ("spitefull", "en", "spiteful"),
        ("missplaces", "en", "misplaces"),
    ],
)
def test_a_close_single_word_beats_any_split(word: str, lang: str, first: str) -> None:
    """A common word one slip away comes first; no split ('aan tap', 'spite full') is offered."""
    suggestions = first_suggestions(word, lang)
    assert suggestions[0] == first
    assert not any(" " in s for s in suggestions)


@pytest.mark.parametrize(("word", "lang"), [("moederdag", "nl"), ("poemtree", "en")])
def test_two_content_words_are_never_a_split(word: str, lang: str) -> None:
    """Without a function word a pair is a compound or a coincidence, never a split."""
    assert splits.splits(word, load(lang), lang) == []


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("veeeeeel", ("véél", "veel")),
        ("nooooooit", ("nóóit", "nooit")),
        ("Jaaaaaaa", ("Já", "Ja")),
        ("hòe", ("hóé", "hoe")),
    ],
)
def test_dutch_emphasis_is_spelled_with_accents(word: str, expected: tuple[str, ...]) -> None:
    """A stretched or wrongly accented Dutch word gets the acute emphasis, then the plain word."""
    assert first_suggestions(word, "nl")[:2] == expected


def test_a_stretched_english_word_gets_its_plain_form() -> None:
    """English has no emphasis accents: 'pleeeease' is 'please'."""
    assert first_suggestions("pleeeease", "en")[0] == "please"


@pytest.mark.parametrize(
    ("word", "marked"),
    [("veel", "véél"), ("nooit", "nóóit"), ("hij", "híj"), ("hoe", "hóé"), ("ja", "já")],
)
def test_emphatic_marks_the_vowel_of_a_one_syllable_word(word: str, marked: str) -> None:
    """Acute accents on the vowel, both letters of a long vowel or digraph; 'ij' on the i."""
    assert emphatic(word) == marked


def test_emphatic_leaves_longer_words_alone() -> None:
    """Which syllable of a longer word is stressed is unknown: no emphasis spelling."""
    assert emphatic("vervelend") is None


def test_collapsed_cuts_each_run_to_one_or_two_letters() -> None:
    """'zooo' gives 'zo' and 'zoo'; a word without a run of three gives nothing."""
    assert sorted(collapsed("zooo")) == ["zo", "zoo"]
    assert collapsed("zoo") == []


def test_an_abbreviation_takes_its_ending_after_an_apostrophe() -> None:
    """'MBO-ers' is written 'mbo'ers'."""
    assert first_suggestions("MBO-ers", "nl")[0] == "mbo'ers"


def test_ij_at_the_start_of_an_unlisted_compound_is_capitalised_as_one_letter() -> None:
    """'Ijzerwake' becomes 'IJzerwake' even though the list lacks the compound."""
    assert first_suggestions("Ijzerwake", "nl")[0] == "IJzerwake"
