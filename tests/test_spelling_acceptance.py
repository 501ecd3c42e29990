"""Words that are right are not warnings: new compounds, names, brands, abbreviations."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from klacht.checks.spelling import check_embedded, dictionary
from klacht.cli import app

if TYPE_CHECKING:
    from typer.testing import CliRunner

DATA = Path(__file__).parent / "data" / "spelling"


def warnings(text: str, lang: str = "nl") -> list[str]:
    """Return the text of each spelling warning in ``text``."""
    return [f.text for f in check_embedded(text, lang=lang) if f.severity == "warning"]


@pytest.mark.parametrize(
    "text",
    [
        "Vandaag is het Molendag en er geldt een petjesverbod.",
        "Mijn volgerslijst groeit, een miljoentje erbij.",
        "Ik betaal een eigen bijdrage van 385 euro.",
        "Kom je di langs? Da's jammer.",
        "Ik luister via Spotify en mail via gmail.",
    ],
)
def test_words_from_real_tweets_are_no_warnings(text: str) -> None:
    """The compounds, phrases, abbreviations and brands of issue 14 are never warnings."""
    assert warnings(text) == []


def test_eigen_bijdrage_is_not_joined() -> None:
    """'eigen bijdrage' is written apart: no finding suggests 'eigenbijdrage'."""
    found = check_embedded("Ik betaal een eigen bijdrage.", lang="nl")
    assert all("eigenbijdrage" not in f.suggestions for f in found)


def test_a_glued_typo_is_still_flagged() -> None:
    """Two words glued by a typo ('aantap') are no compound: still a warning."""
    assert warnings("Het aantap klachten groeit.") == ["aantap"]


@pytest.mark.parametrize(
    ("text", "word", "full"),
    [
        ("Kom je di of wo?", "di", "dinsdag"),
        ("Kom je di of wo?", "wo", "woensdag"),
        ("Bel me ma terug.", "ma", "maandag"),
        ("Da's jammer.", "Da's", "dat is"),
        ("Ik bel m.b.t. de rekening.", "m.b.t.", "met betrekking tot"),
        ("Ik bel ff terug.", "ff", "even"),
        ("Ik bel mss morgen.", "mss", "misschien"),
    ],
)
def test_abbreviations_are_info_with_the_full_form(text: str, word: str, full: str) -> None:
    """Common and informal abbreviations are info, with the full form as the suggestion."""
    found = [f for f in check_embedded(text, lang="nl") if f.text == word]
    assert [(f.rule, f.severity, f.suggestions[0]) for f in found] == [
        ("spelling.abbreviation", "info", full)
    ]
    assert full in found[0].message


def test_a_capitalised_word_inside_a_sentence_is_a_name() -> None:
    """An unknown capitalised word inside a sentence is at most info; at the start a warning."""
    found = check_embedded("Ik kocht het bij Zalandu. Klantenservise reageert niet.", lang="nl")
    by_word = {f.text: (f.rule, f.severity) for f in found}
    assert by_word["Zalandu"] == ("spelling.name", "info")
    assert by_word["Klantenservise"] == ("spelling.unknown", "warning")


def test_a_name_after_a_handle_at_the_start_is_a_sentence_start() -> None:
    """A word right after the opening handle starts the sentence (a typo there is a warning)."""
    found = check_embedded("@KLM Klantenservise reageert niet.", lang="nl")
    assert [(f.text, f.severity) for f in found] == [("Klantenservise", "warning")]


def test_name_messages_follow_the_language() -> None:
    """The name finding speaks English to an English user."""
    found = check_embedded("I bought it from Zalandu today.", lang="en")
    assert [f.rule for f in found] == ["spelling.name"]
    assert "name" in found[0].message


def test_check_json_says_when_the_suggestion_budget_was_reached(
    runner: CliRunner, klacht_home: Path
) -> None:
    """`check --json` has spelling_budget_reached: true for a text with too many unknowns."""
    many = runner.invoke(app, ["check", "--json", "geanuleerd " * 70])
    few = runner.invoke(app, ["check", "--json", "Mijn pakket is geanuleerd."])
    assert json.loads(many.stdout)["spelling_budget_reached"] is True
    assert json.loads(few.stdout)["spelling_budget_reached"] is False


def test_a_long_personal_dictionary_is_read_once_per_version(klacht_home: Path) -> None:
    """The dictionary is read again only when the file changes (a 1M-line file cost seconds)."""
    path = dictionary.dictionary_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(f"woord{i}x\n" for i in range(50_000)) + "Zalandu\n")
    first = dictionary.load_dictionary_folded()
    assert dictionary.load_dictionary_folded() is first
    assert "zalandu" in first
    assert warnings("Ik kocht het bij zalandu.") == []
    path.write_text("Zalandu\nZiggu\n")
    assert dictionary.load_dictionary() == {"Zalandu", "Ziggu"}


@pytest.mark.parametrize(
    "text",
    [
        "Eén ding is zeker: de trein kwam niet.",
        "Er zijn plaatsen met de naam Alexandria: Alexandria (Kentucky) en Alexandria (Virginia).",
        "Hij werd bijgenaamd Mr. Guitar door zijn fans.",
        "Wilmars woonde aan het Sint-Michielspark in Antwerpen.",
        "Sidonia belde op. Tante Sidonia was boos.",
        "De landbouwmechanisatie ging snel, net als de carnavalvermomming.",
    ],
)
def test_correct_published_dutch_patterns_are_no_warnings(text: str) -> None:
    """Eén at the start, names after a colon or a title, hyphenated and repeated names, new
    compounds of a listed modifier and a long listed word: none is a warning."""
    assert warnings(text) == []


def test_a_compound_with_a_typo_in_its_head_is_still_a_warning() -> None:
    """'landbouwmechanisaite': the modifier is listed, the head is not a word: a warning."""
    assert warnings("De landbouwmechanisaite ging snel.") == ["landbouwmechanisaite"]


def test_few_warnings_on_correct_published_dutch() -> None:
    """On the development sample of edited Dutch, at most 1.5% of the words are warnings."""
    root = os.environ.get("KLACHT_REAL_DATA")
    if not root:
        pytest.skip("the correct-sentence samples are kept outside: set KLACHT_REAL_DATA")
    path = Path(root) / "spelling" / "correct_sentences_nl_dev.tsv"
    lines = path.read_text(encoding="utf-8").splitlines()[1:]
    sentences = [line.split("\t", 1)[1] for line in lines]
    flagged = sum(len(warnings(s)) for s in sentences)
    assert flagged <= 0.015 * sum(len(s.split()) for s in sentences)
