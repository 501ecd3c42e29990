"""English words with an innocent sense, and context that makes a rude word a warning.

Tuned on the development set of real posts (tests/data/labelled/*_en.tsv): a garden hoe, a
pussy cat, a Maine coon, twenty fags, a car's tranny, ``git push``, Dick Smith, jerk
chicken; a hashtag, calling oneself a name, an accusation as a verb, "he's trash".
"""

from __future__ import annotations

import pytest

from klacht.checks import check_text, homonyms, lexicon


def _tone(text: str, lang: str = "en") -> list[tuple[str, str, str]]:
    report = check_text(text, lang=lang, spelling=False)
    return [(f.rule, f.severity, f.text) for f in report.findings if f.rule.startswith("tone.")]


INNOCENT = [
    "I need a new hoe for the garden, the old one broke.",
    "hoe vaak moet ik nog bellen voordat het geregeld is?",
    "The pussy cat sat on the parcel you delivered.",
    "She bought pussy hats for the march.",
    "My Maine coon is ill after eating your cat food.",
    "I bought 20 fags at your shop and got no receipt.",
    "The tranny on my car went out a week after your garage fixed the clutch.",
    "git push fails on your server and the git repo is broken.",
    "Dick Smith from your team was very helpful.",
    "The set-up was supposed to be idiot-proof, but step 4 fails on my laptop.",
    "Moby Dick arrived with a torn cover.",
    "I pricked my finger on a needle in the parcel.",
    "I ordered jerk chicken but got pork.",
    "Our bitch had a litter of six, so the vet came twice.",
    "Garbage men are supposed to bring trash to the dump.",
    "He is taking out the trash.",
    "If you're gonna trash talk my piercings, don't say it in front of my friends.",
]


@pytest.mark.parametrize("text", INNOCENT)
def test_innocent_senses_get_no_tone_finding(text: str) -> None:
    """A homonym used in its innocent sense gets no tone finding at all."""
    assert _tone(text) == []


RUDE = [
    ("You are a hoe.", "hoe"),
    ("You dick.", "dick"),
    ("Shut up, you pussy.", "pussy"),
    ("jullie zijn een stel @$$", "@$$"),
    ("What a jerk on your helpline.", "jerk"),
]


@pytest.mark.parametrize(("text", "word"), RUDE)
def test_rude_senses_stay_errors(text: str, word: str) -> None:
    """The same words used as names for people stay errors."""
    assert any(s == "error" and w == word for _, s, w in _tone(text)), _tone(text)


SOFTER = [
    ("#retarded", "retarded"),
    ("I'm such an idiot, I lost the receipt.", "idiot"),
    ("Im a twat", "twat"),
    ("You cheated me out of my deposit.", "cheated"),
    ("Damn.", "Damn"),
    ("Jeez. Fucking. Christ.", "Fucking"),
    ("He's trash.", "He's trash"),
]


@pytest.mark.parametrize(("text", "word"), SOFTER)
def test_context_makes_a_rude_word_a_warning(text: str, word: str) -> None:
    """A hashtag, oneself, an act, an exclamation or a third person: a warning, not an error."""
    found = _tone(text)
    assert any(w == word for _, _, w in found), found
    assert all(s == "warning" for _, s, _ in found), found


def test_aimed_words_stay_errors() -> None:
    """At the reader or the company the same words are errors (f*** you, you cheats)."""
    assert ("tone.profanity.word", "error", "f***") in _tone("f*** you, total scam")
    assert ("tone.insult.accusation", "error", "cheats") in _tone("You cheats.")
    assert any(s == "error" for _, s, _ in _tone("You are trash."))


def test_every_homonym_is_a_vocabulary_term() -> None:
    """Each term in homonyms.tsv is in the tone vocabulary of its language (no dead rows)."""
    for lang in ("nl", "en"):
        assert set(homonyms.senses(lang)) <= set(lexicon.vocabulary(lang))
    assert homonyms.senses("en")


def test_dutch_sentence_is_told_from_english() -> None:
    """Two or more Dutch function words, more than English ones, make a sentence Dutch."""
    assert homonyms.reads_dutch(["hoe", "vaak", "moet", "ik", "nog", "bellen"])
    assert not homonyms.reads_dutch(["how", "often", "do", "i", "have", "to", "call"])
    assert not homonyms.reads_dutch(["you", "are", "a", "hoe"])
