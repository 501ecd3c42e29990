"""The one calmer proposal: form fixes at once, angry clauses out whole, facts kept."""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING

import pytest

from klacht.checks import check_text
from klacht.checks.proposal import propose
from klacht.cli import app
from klacht.model import Finding
from klacht.storage.config import Settings

if TYPE_CHECKING:
    from typer.testing import CliRunner

OFF = Settings(spelling="off")


def tone(text: str, word: str, rule: str = "tone.insult", severity: str = "error") -> Finding:
    start = text.index(word)
    return Finding("tone", rule, severity, start, start + len(word), word, "m", ("onhandig",))  # type: ignore[arg-type]


def test_an_insulting_sentence_goes_whole() -> None:
    """A sentence that is only an insult goes, with its space; the next sentence stays."""
    text = "Stelletje prutsers! De trein was te laat."
    assert propose(text, [tone(text, "prutsers")]).text == "De trein was te laat."


def test_an_insult_is_never_swapped_for_a_word() -> None:
    """The insult's suggestion is not used: no 'stelletje onhandig'."""
    text = "De trein was te laat, stelletje prutsers."
    result = propose(text, [tone(text, "prutsers")]).text
    assert result == "De trein was te laat."
    assert "onhandig" not in result


def test_a_first_clause_goes_and_the_next_gets_the_capital() -> None:
    """An insulting first clause goes; the sentence then starts with a capital."""
    text = "Stelletje prutsers, de trein was te laat."
    assert propose(text, [tone(text, "prutsers")]).text == "De trein was te laat."


def test_a_threat_after_a_conjunction_goes_with_it() -> None:
    """'... en dit gaat jullie berouwen' goes from 'en' on; the sentence end is kept."""
    text = "Mijn pakket is zoek en dit gaat jullie berouwen."
    finding = tone(text, "dit gaat jullie berouwen", "tone.threat")
    assert propose(text, [finding]).text == "Mijn pakket is zoek."


def test_facts_in_the_clause_are_kept() -> None:
    """A clause with a number keeps it: only the angry words go."""
    text = "It took you useless idiots 6 weeks to reply."
    findings = [
        tone(text, "useless", "tone.emotive", "warning"),
        tone(text, "idiots"),
    ]
    assert propose(text, findings, lang="en").text == "It took you 6 weeks to reply."


def test_warnings_alone_are_not_removed() -> None:
    """A warning-level word without an error next to it stays (it is advice, not abuse)."""
    text = "Dit is schandalig."
    assert propose(text, [tone(text, "schandalig", "tone.emotive", "warning")]).text == text


def test_form_fixes_come_at_once() -> None:
    """Shouting and a pile of marks are fixed in the same proposal."""
    text = "DE TREIN WAS WEER TE LAAT!!!"
    findings = [
        Finding(
            "tone",
            "tone.shouting",
            "warning",
            0,
            25,
            text[:25],
            "m",
            ("De trein was weer te laat",),
        ),
        Finding("tone", "tone.punctuation", "warning", 25, 28, "!!!", "m", ("!",)),
    ]
    proposal = propose(text, findings)
    assert proposal.text == "De trein was weer te laat!"
    assert len(proposal.changes) == 2


def test_doubled_words_go() -> None:
    """A word typed twice in a row appears once; numbers are facts and stay."""
    assert propose("Ik heb heb gebeld op 2 2 mei.", []).text == "Ik heb gebeld op 2 2 mei."


def test_changes_apply_one_by_one() -> None:
    """Applying only some changes leaves the others' text as it was."""
    text = "Stelletje prutsers! DE TREIN WAS TE LAAT!!!"
    findings = [
        tone(text, "prutsers"),
        Finding("tone", "tone.punctuation", "warning", 40, 43, "!!!", "m", ("!",)),
    ]
    proposal = propose(text, findings)
    assert len(proposal.changes) == 2
    assert proposal.apply(proposal.changes[1:]) == "Stelletje prutsers! DE TREIN WAS TE LAAT!"
    assert proposal.apply([]) == text


def test_nothing_to_calm_gives_the_text() -> None:
    """Without findings the proposal is the text itself."""
    assert propose("Mijn pakket is zoek.", []).text == "Mijn pakket is zoek."


ANGRY = [
    ("nl", "Stelletje prutsers!!! DE TREIN WAS WEER TE LAAT op 3 mei, ik wil mijn 25 euro terug."),
    (
        "nl",
        "Wat een sukkels zijn jullie. Ik wacht al 3 weken op bestelling 12345"
        " en NIEMAND HELPT ME!!",
    ),
    (
        "nl",
        "Odido is een stelletje oplichters, mijn rekening van 80 euro klopt niet"
        " en dit gaat jullie berouwen.",
    ),
    (
        "en",
        "You are a bunch of incompetent morons. My Dell laptop broke after 2 weeks, you scammers.",
    ),
    ("en", "It took you useless idiots 6 weeks to reply!!!"),
]


@pytest.mark.parametrize(("lang", "text"), ANGRY)
def test_angry_texts_calm_down_and_keep_their_facts(lang: str, text: str) -> None:
    """Real angry stories: no error-level tone left, no doubled words, every number kept."""
    report = check_text(text, lang=lang, settings=OFF, spelling=False)
    result = propose(text, report.findings, lang=lang).text
    after = check_text(result, lang=lang, settings=OFF, spelling=False)
    assert not [f for f in after.findings if f.kind == "tone" and f.severity == "error"]
    assert not re.search(r"\b(\w+)\s+\1\b", result, re.IGNORECASE)
    assert re.findall(r"\d+", result) == re.findall(r"\d+", text)
    assert "  " not in result
    assert result[:1].isupper()


def test_check_json_carries_the_proposal(runner: CliRunner) -> None:
    """check --json has the proposal: calm, the facts kept."""
    text = "Stelletje prutsers!!! DE TREIN WAS WEER TE LAAT op 3 mei."
    result = runner.invoke(app, ["check", text, "--json", "--lang", "nl"])
    assert json.loads(result.output)["proposal"] == "De trein was weer te laat op 3 mei."


def test_check_json_proposal_is_the_text_when_calm(runner: CliRunner) -> None:
    """A calm text is its own proposal."""
    text = "Mijn pakket is niet bezorgd."
    result = runner.invoke(app, ["check", text, "--json", "--lang", "nl"])
    assert result.exit_code == 0
    assert json.loads(result.output)["proposal"] == text


def test_an_amount_after_a_removed_clause_is_kept_as_is() -> None:
    """'Jullie zijn dieven, €50 afgeschreven' keeps the amount, with nothing capitalised."""
    text = "Jullie zijn dieven, €50 afgeschreven voor niks."
    assert propose(text, [tone(text, "dieven")]).text == "€50 afgeschreven voor niks."


def test_a_later_clause_takes_its_comma_along() -> None:
    """A clause after ', en' goes with the comma: no ',.' is left behind."""
    text = "Wat een gedoe weer, en het zijn prutsers."
    assert propose(text, [tone(text, "prutsers")]).text == "Wat een gedoe weer."


def test_a_name_alone_does_not_keep_an_insulting_clause() -> None:
    """'Wat een kutbedrijf is KPN' goes whole: a name is no fact that needs the clause."""
    text = "Wat een kutbedrijf is KPN, weer geen internet."
    assert propose(text, [tone(text, "kutbedrijf")]).text == "Weer geen internet."


def test_two_angry_clauses_of_one_sentence_take_the_sentence() -> None:
    """An insulting first clause and a wish of harm after it: nothing of that sentence is left."""
    text = "Rotbedrijf, ik hoop dat jullie failliet gaan. Mijn pakket is zoek."
    findings = [
        tone(text, "Rotbedrijf", "tone.profanity"),
        tone(text, "ik hoop dat jullie failliet gaan", "tone.threat.harm"),
    ]
    assert propose(text, findings).text == "Mijn pakket is zoek."


def test_a_removed_first_clause_and_a_shouted_rest_combine() -> None:
    """The insult goes and the shouted rest gets sentence case, whichever span is longer."""
    text = "Stelletje prutsers, DE TREIN WAS WEER TE LAAT!!! Ik wil mijn geld terug."
    shout = text.index("DE TREIN")
    findings = [
        tone(text, "Stelletje prutsers"),
        Finding(
            "tone",
            "tone.shouting",
            "warning",
            shout,
            shout + 25,
            text[shout : shout + 25],
            "m",
            ("De trein was weer te laat",),
        ),
        Finding("tone", "tone.punctuation", "warning", shout + 25, shout + 28, "!!!", "m", ("!",)),
    ]
    assert propose(text, findings).text == "De trein was weer te laat! Ik wil mijn geld terug."
