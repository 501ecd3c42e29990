"""Tone checks: insults, curses, threats, exaggeration, shouting, and their fixes."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from klacht.checks import apply_fixes, check_text, safe_fixes
from klacht.storage.config import Settings

if TYPE_CHECKING:
    from klacht.model import Finding


def _found(text: str, lang: str = "nl") -> dict[str, Finding]:
    report = check_text(text, lang=lang, spelling=False)
    return {f.rule: f for f in report.findings}


@pytest.mark.parametrize(
    ("text", "lang", "rule"),
    [
        ("Wat een kutbedrijf.", "nl", "tone.profanity"),
        ("Stelletje oplichters!", "nl", "tone.insult"),
        ("Jullie zijn prutsers.", "nl", "tone.insult"),
        ("Tyfusbedrijf met je wachtrij.", "nl", "tone.curse"),
        ("Tering, weer geen trein.", "nl", "tone.curse.word"),
        ("Ik weet waar jullie kantoor is.", "nl", "tone.threat"),
        ("Jullie gaan ervan lusten.", "nl", "tone.threat"),
        ("You are a bunch of crooks.", "en", "tone.insult"),
        ("I know where your office is.", "en", "tone.threat"),
        ("Worst service ever.", "en", "tone.exaggeration"),
    ],
)
def test_nasty_phrases_are_found(text: str, lang: str, rule: str) -> None:
    """Insults, curses and threats are found in Dutch and English."""
    assert rule in _found(text, lang)


@pytest.mark.parametrize(
    "text",
    [
        "Ik baal ervan dat de pot pindakaas kapot was.",
        "Een zak aardappelen van 5 kilo was half verrot.",
        "Onze teef is loops, dus de hondenoppas moest afzeggen.",
        "Mijn vader heeft kanker; de thuiszorg komt op 3 december.",
        "Ik heb nooit een bevestiging ontvangen.",
        "KPN, ABN AMRO en DUO reageren niet op mijn brief van 2 mei.",
        "Mijn vlucht KL1234 had 5 uur vertraging.",
    ],
)
def test_everyday_words_are_not_errors(text: str) -> None:
    """Homonyms (balen, pot, zak, teef), illness and acronyms give no error."""
    report = check_text(text, lang="nl", spelling=False)
    assert not report.has_errors, report.findings


def test_factual_never_is_no_warning_but_a_generalisation_is() -> None:
    """'ik heb nooit ... ontvangen' passes; 'jullie reageren nooit' is a warning."""
    assert "tone.absolute" not in _found("Ik heb nooit een bevestiging ontvangen.")
    finding = _found("Jullie reageren nooit.")["tone.absolute"]
    assert finding.severity == "warning"
    assert finding.text == "nooit"


def test_legitimate_next_steps_are_at_most_info() -> None:
    """De Geschillencommissie, a lawyer and the press are next steps, not threats."""
    text = "Anders gaat het naar De Geschillencommissie en mijn advocaat, en naar de pers."
    report = check_text(text, lang="nl", spelling=False)
    assert report.findings
    assert {f.severity for f in report.findings} == {"info"}
    assert "tone.threat" not in {f.rule for f in report.findings}


def test_insult_offers_a_neutral_alternative() -> None:
    """An insult is fixable with a neutral word as first suggestion."""
    finding = _found("Jullie zijn oplichters.")["tone.insult"]
    assert finding.fixable
    assert finding.suggestions[0] == "onbetrouwbaar"
    assert finding.message.startswith("'oplichters'")


def test_compound_curse_suggests_the_plain_noun() -> None:
    """'kutbedrijf' suggests 'bedrijf', keeping the capital at the start."""
    assert _found("Kutbedrijf.")["tone.profanity"].suggestions[0] == "Bedrijf"


def test_offsets_point_at_the_match() -> None:
    """start/end are character offsets into the text, also after non-ASCII text."""
    text = "Één vraag: waarom zijn jullie zulke prutsers?"
    finding = _found(text)["tone.insult"]
    assert text[finding.start : finding.end] == finding.text == "prutsers"


def test_shouting_fix_is_sentence_case_and_keeps_acronyms() -> None:
    """Shouting becomes sentence case; KPN stays in capitals."""
    text = "MIJN INTERNET VAN KPN DOET HET NIET"
    finding = _found(text)["tone.shouting"]
    assert finding.fixable
    assert finding.suggestions[0] == "Mijn internet van KPN doet het niet"


def test_acronyms_and_codes_are_not_shouting() -> None:
    """KPN, ABN AMRO, DUO, NS and KL1234 are names, not shouting."""
    assert "tone.shouting" not in _found("Bij ABN AMRO, KPN, DUO en NS: vlucht KL1234.")


@pytest.mark.parametrize(("pile", "one"), [("!!!", "!"), ("?!?!", "?"), ("??", "?")])
def test_punctuation_pile_becomes_one_mark(pile: str, one: str) -> None:
    """A pile of ! and ? is fixable to one mark."""
    finding = _found(f"Waar blijft mijn geld{pile}")["tone.punctuation"]
    assert finding.text == pile
    assert finding.suggestions == (one,)


def test_safe_fixes_apply_cleanly() -> None:
    """Applying the fixable findings removes shouting and piles."""
    text = "IK WIL MIJN GELD TERUG!!! Dit duurt al 3 weken."
    report = check_text(text, lang="nl", spelling=False)
    fixed = apply_fixes(text, safe_fixes(report.findings))
    assert fixed == "Ik wil mijn geld terug! Dit duurt al 3 weken."
    again = check_text(fixed, lang="nl", spelling=False)
    assert not {f.rule for f in again.findings} & {"tone.shouting", "tone.punctuation"}


def test_messages_follow_the_language() -> None:
    """English text gets English messages, Dutch text Dutch ones."""
    en = _found("You are idiots!!!", "en")
    nl = _found("Jullie zijn idioten!!!", "nl")
    assert "insult" in en["tone.insult"].message
    assert "belediging" in nl["tone.insult"].message
    assert "enough" in en["tone.punctuation"].message


def test_disabled_rules_by_prefix() -> None:
    """Settings.disabled_rules switches off a family by prefix."""
    settings = Settings(disabled_rules=("tone",))
    report = check_text("Stelletje oplichters!!!", spelling=False, settings=settings)
    assert not [f for f in report.findings if f.rule.startswith("tone.")]


_CALM_WORDS = st.sampled_from(
    [
        *("ik", "heb", "op", "mei", "besteld", "pakket", "niet", "ontvangen", "graag"),
        *("factuur", "bedrag", "monteur", "afspraak", "week", "maand", "euro", "gebeld"),
    ]
)


@settings(max_examples=60, deadline=None)
@given(st.lists(_CALM_WORDS, min_size=1, max_size=25))
def test_no_tone_error_on_calm_vocabulary(words: list[str]) -> None:
    """Text made only of calm complaint words never gets a tone error."""
    text = " ".join(words).capitalize() + "."
    report = check_text(text, lang="nl", spelling=False)
    assert not [f for f in report.findings if f.kind == "tone" and f.severity == "error"]
