"""Every example of issue 8 behaves as described: real abuse is found, calm words are not."""

from __future__ import annotations

import pytest

from klacht.checks import check_text, obfuscation

TONE_PREFIXES = ("tone.insult", "tone.profanity", "tone.curse", "tone.threat", "tone.contempt")


def _tone(text: str, lang: str) -> list[tuple[str, str, str]]:
    report = check_text(text, lang=lang, spelling=False)
    return [(f.rule, f.severity, f.text) for f in report.findings if f.rule.startswith("tone.")]


FOUND_NL = [
    "Smerig tuig is het",
    "Wat een domme organisatie",
    "Hoe DOM kun je zijn",
    "Wat een gezeik",
    "Kloten bedrijf",
    "Dat wijf van de klantenservice",
    "lafbekken",
    "jullie zijn echt hopeloos",
    "Jullie webcare-idioten lezen niet eens wat ik schrijf",
    "Wat een k*tbedrijf",
    "Kl0tezooi",
    "Zak in de stront met jullie abonnement",
    "Jullie 🖕",
    "Ik ben door jullie genaaid",
    "Ik kom morgen langs en dan zullen jullie het merken",
    "Als ik morgen mijn geld niet heb, weet ik waar jullie kantoor is",
    "Rotbedrijf, ik hoop dat jullie failliet gaan",
]
FOUND_EN = [
    "f*** you, total scam",
    "you are incompetent",
    "stfu",
    "a**hole",
    "sh!t",
    "retard",
    "I will come to your office and make you pay",
    "it's a disgrace",
    "😡😡😡",
]


@pytest.mark.parametrize("text", FOUND_NL)
def test_dutch_abuse_from_the_issue_gets_a_tone_finding(text: str) -> None:
    """Each Dutch example of the issue gets a tone finding."""
    assert any(rule.startswith(("tone.",)) for rule, _, _ in _tone(text, "nl")), text


@pytest.mark.parametrize("text", FOUND_EN)
def test_english_abuse_from_the_issue_gets_a_tone_finding(text: str) -> None:
    """Each English example of the issue gets a tone finding."""
    assert any(rule.startswith(("tone.",)) for rule, _, _ in _tone(text, "en")), text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Jullie webcare-idioten lezen niet eens wat ik schrijf", "nl"),
        ("Wat een k*tbedrijf", "nl"),
        ("Ik kom morgen langs en dan zullen jullie het merken", "nl"),
        ("Als ik morgen mijn geld niet heb, weet ik waar jullie kantoor is", "nl"),
        ("Rotbedrijf, ik hoop dat jullie failliet gaan", "nl"),
        ("jullie zijn echt hopeloos", "nl"),
        ("Jullie 🖕", "nl"),
        ("f*** you, total scam", "en"),
        ("you are incompetent", "en"),
        ("I will come to your office and make you pay", "en"),
    ],
)
def test_abuse_aimed_at_the_company_is_an_error(text: str, lang: str) -> None:
    """Insults, threats and swearing aimed at the company or the reader are errors."""
    assert any(
        sev == "error" for rule, sev, _ in _tone(text, lang) if rule.startswith(TONE_PREFIXES)
    )


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("De bus had mijn eten vermoord", "nl"),
        ("Die deadline vermoordt me", "nl"),
        ("De politie heeft gisteren drie criminelen opgepakt bij het depot.", "nl"),
        ("My favourite band is Damn Yankees.", "en"),
        ("Mijn moeder heeft kanker en kan niet zonder verwarming.", "nl"),
    ],
)
def test_jokes_reports_and_names_are_no_error(text: str, lang: str) -> None:
    """A joke, a news report, a band's name or an illness gets no error."""
    assert not any(sev == "error" for _, sev, _ in _tone(text, lang)), _tone(text, lang)


@pytest.mark.parametrize(
    "text",
    ["De bus had mijn eten vermoord", "Die deadline vermoordt me"],
)
def test_idioms_are_not_threats(text: str) -> None:
    """'vermoord' about food or a deadline is an idiom, not a threat."""
    assert not any(rule.startswith("tone.threat") for rule, _, _ in _tone(text, "nl"))


@pytest.mark.parametrize(
    "text",
    [
        "Vraag aan @RET @HTM: waarom rijdt lijn 9 niet?",
        "Storing bij #KPN #ZIGGO sinds vanochtend.",
        "Mijn klantnummer is XXXX en mijn IBAN eindigt op XXXX.",
        "Mijn router KX-9000B doet het niet.",
        "De ANWB en de NS reageren niet.",
    ],
)
def test_no_shouting_on_handles_hashtags_redactions_and_codes(text: str) -> None:
    """Handles, hashtags, XXXX, acronyms and product codes are never shouting."""
    assert not any(rule == "tone.shouting" for rule, _, _ in _tone(text, "nl")), text


def test_a_single_shouted_insult_is_an_insult() -> None:
    """'DOM' on its own in capitals is shouting and an insult."""
    found = _tone("Hoe DOM kun je zijn", "nl")
    assert any(rule.startswith("tone.insult") for rule, _, _ in found), found
    assert any(rule == "tone.shouting" for rule, _, _ in found), found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Op 12 oktober bestelde ik een wasmachine; hij is nog niet geleverd. Wanneer komt hij?",
            "nl",
        ),
        ("Ik wil graag mijn geld terug voor de dubbele afschrijving van 3 mei.", "nl"),
        ("Ik ben door mijn oma genaaid aan de jurk geholpen.", "nl"),
        ("My order from 3 May has not arrived. Could you send it or refund me?", "en"),
        ("Ons teefje is loops; kan de oppas later komen?", "nl"),
    ],
)
def test_calm_complaints_get_no_error(text: str, lang: str) -> None:
    """Calm consumer complaints get no tone error."""
    assert not any(sev == "error" for _, sev, _ in _tone(text, lang)), _tone(text, lang)


def test_insult_span_covers_the_word() -> None:
    """A disguised insult's finding covers what the user typed, for the calmer proposal."""
    text = "Wat een k*tbedrijf, echt."
    (finding,) = [f for f in check_text(text, spelling=False).findings if f.kind == "tone"]
    assert text[finding.start : finding.end] == "k*tbedrijf"
    assert finding.suggestions[:1] == ("bedrijf",)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("jullie zijn k u t", "k u t"),
        ("wat een kuuut service", "kuuut"),
        ("jij bent een 1d10t", "1d10t"),
        ("jullie zijn een stel @$$", "@$$"),
        ("kl0te service van jullie", "kl0te"),
    ],
)
def test_disguised_words_are_found_with_their_original_span(text: str, word: str) -> None:
    """Spaced, stretched, digit and symbol disguises are undone; the span is the typed word."""
    lang = "en" if "@$$" in text or "1d10t" in text else "nl"
    texts = [w for _, _, w in _tone(text, lang)]
    assert word in texts, texts


def test_a_disguised_word_is_no_spelling_mistake() -> None:
    """'k*tbedrijf' is a swear word for the tone check, not an unknown word 'tbedrijf'."""
    report = check_text("Wat een k*tbedrijf zijn jullie.", lang="nl")
    assert any(f.rule == "tone.profanity.word" for f in report.findings)
    assert not [f for f in report.findings if f.kind == "spelling" and "bedrijf" in f.text]


def test_a_run_longer_than_a_word_is_not_looked_up() -> None:
    """A 61-letter run is keyboard mashing or a code, not an insult compound: no tone finding."""
    assert [t.text for t in obfuscation.tokens("kut" + "a" * 58)] == []
    assert [t.text for t in obfuscation.tokens("kutbedrijf")] == ["kutbedrijf"]


def test_an_address_inside_a_long_run_is_still_skipped() -> None:
    """An e-mail address is skipped from where its run starts, however long the run."""
    assert [t.text for t in obfuscation.tokens("piet.kut@example.nl kutzooi")] == ["kutzooi"]
