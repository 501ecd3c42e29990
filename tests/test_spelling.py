"""The embedded spelling checker: what it accepts, what it flags, and what it suggests."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from klacht.checks import apply_fix, check_text, spelling
from klacht.errors import DataFileError, KlachtError
from klacht.storage.config import Settings


def flagged(text: str, lang: str = "nl", known: tuple[str, ...] = ()) -> list[str]:
    """Return the flagged slices of ``text``."""
    return [f.text for f in spelling.check_embedded(text, lang=lang, known_words=known)]


def first_suggestions(word: str, lang: str = "nl") -> tuple[str, ...]:
    """Return the suggestions for a single misspelt word."""
    [finding] = spelling.check_embedded(word, lang=lang)
    return finding.suggestions


def test_correct_dutch_post_has_no_findings() -> None:
    """A correctly spelt Dutch complaint passes untouched, and the embedded checker is named."""
    text = (
        "Beste klantenservice, vorige week heb ik een terugbelverzoek ingediend, maar niemand "
        "heeft gebeld. Mijn bestelling is nog steeds niet bezorgd. Wilt u dit oplossen?"
    )
    assert spelling.check(text, lang="nl", settings=Settings()) == ([], "embedded", None)


def test_correct_english_post_has_no_findings() -> None:
    """A correctly spelt English complaint passes untouched."""
    text = "My suitcase did not arrive and nobody has answered my claim for twelve days."
    assert flagged(text, "en") == []


@pytest.mark.parametrize(
    "word",
    [
        "klantenservice",
        "webcareteam",
        "terugbelverzoek",
        "klantenservicemedewerkster",
        "pakketbezorger",
        "treinvertraging",
        "retourlabel",
        "bezorgmoment",
        "wasmachinemonteur",
        "vertragingsmelding",
        "Klantenservice",
    ],
)
def test_dutch_compounds_are_accepted(word: str) -> None:
    """Dutch compounds of known parts (with linking s/e/en) are words, listed or not."""
    assert flagged(word) == []


@pytest.mark.parametrize(
    "text",
    [
        "@KLM_NL",
        "@user@mastodon.social",
        "#klmfail",
        "https://www.example.com/pad?x=1",
        "www.voorbeeld.nl",
        "klant.service@example.com",
        "KL1234",
        "3x",
        "20-11",
        "14:30",
        "€ 129,95",
        "ANWB",
        "NS",
    ],
)
def test_never_flagged(text: str) -> None:
    """Handles, hashtags, URLs, e-mail addresses, numbers, codes and acronyms are skipped."""
    assert flagged(f"Zie {text} graag.") == []


def test_company_name_and_handle_are_known_words() -> None:
    """The company's name and handle (known_words) are never flagged, in any case."""
    assert (
        flagged("Beste Zalandu, zalandu heeft het verprutst.", known=("Zalandu", "@zalandu")) == []
    )
    assert flagged("Beste Zalandu.") == ["Zalandu"]


def test_personal_dictionary() -> None:
    """A word added to the personal dictionary is no longer flagged."""
    assert flagged("Mijn Fietsjefix kapot.") == ["Fietsjefix"]
    assert spelling.add_word("Fietsjefix") is True
    assert spelling.add_word("Fietsjefix") is False
    assert "Fietsjefix" in spelling.load_dictionary()
    assert spelling.dictionary_path().read_text(encoding="utf-8") == "Fietsjefix\n"
    assert flagged("Mijn Fietsjefix kapot.") == []


@pytest.mark.parametrize("word", ["", "   ", "twee woorden"])
def test_add_word_refuses_non_words(word: str) -> None:
    """Only single words go into the personal dictionary."""
    with pytest.raises(KlachtError):
        spelling.add_word(word)


def test_finding_shape_and_offsets() -> None:
    """A finding is a spelling warning whose span is exactly the misspelt word."""
    text = "Boos 😡 want mijn vlucht is geanuleerd!"
    [f] = spelling.check_embedded(text, lang="nl")
    assert (f.kind, f.rule, f.severity) == ("spelling", "spelling.unknown", "warning")
    assert text[f.start : f.end] == f.text == "geanuleerd"
    assert f.suggestions[0] == "geannuleerd"
    assert "geannuleerd" in f.message
    assert apply_fix(text, f, f.suggestions[0]) == "Boos 😡 want mijn vlucht is geannuleerd!"


def test_messages_follow_the_language() -> None:
    """Dutch text gets a Dutch message, English text an English one."""
    [nl] = spelling.check_embedded("geanuleerd", lang="nl")
    [en] = spelling.check_embedded("recieve", lang="en")
    assert nl.message.startswith("Onbekend woord")
    assert en.message.startswith("Unknown word")


@pytest.mark.parametrize(
    ("wrong", "right"),
    [
        ("geantwoort", "geantwoord"),  # d/t
        ("gebeurdt", "gebeurd"),  # d/t
        ("vrijdachs", "vrijdags"),  # ch/g
        ("beijna", "bijna"),  # ei/ij
        ("vrauw", "vrouw"),  # au/ou
        ("verkeerdt", "verkeerd"),  # d/t
        ("onmiddelijk", "onmiddellijk"),  # doubled letter
        ("herrinnering", "herinnering"),  # doubled letter
        ("nogsteeds", "nog steeds"),  # glued
        ("Ijsland", "IJsland"),  # the IJ digraph
        ("komissie", "commissie"),  # c/k and a doubled letter
        ("politiebureau's", "politiebureaus"),  # apostrophe plural
    ],
)
def test_dutch_slips_get_the_right_suggestion_first_or_close(wrong: str, right: str) -> None:
    """The usual Dutch slips are flagged and the right word is among the first three."""
    assert right in first_suggestions(wrong)[:3]


@pytest.mark.parametrize(
    ("abbr", "expansion"),
    [("mss", "misschien"), ("idd", "inderdaad"), ("zsm", "zo snel mogelijk"), ("Mss", "misschien")],
)
def test_chat_abbreviations(abbr: str, expansion: str) -> None:
    """Chat abbreviations are flagged with their written-out form."""
    [f] = spelling.check_embedded(f"Kunnen jullie {abbr} reageren?", lang="nl")
    assert f.rule == "spelling.abbreviation"
    assert f.suggestions[0] == expansion


def test_english_suggestions() -> None:
    """English misspellings get English corrections."""
    assert first_suggestions("recieve", "en")[0] == "receive"
    assert "refund" in first_suggestions("refnud", "en")[:3]
    assert flagged("u shuld pls refund me", "en") == ["u", "shuld", "pls"]


def test_belgian_dutch_uses_the_dutch_list() -> None:
    """nl-BE is checked with the Dutch word list (Belgian words included)."""
    assert flagged("Mijn gsm en mijn camion zijn geanuleerd.", "nl-BE") == ["geanuleerd"]


def test_wrongly_hyphenated_compound_is_flagged() -> None:
    """A hyphen where Dutch writes the compound as one word is flagged with the listed form."""
    assert first_suggestions("politie-aanwezigheid")[0] == "politieaanwezigheid"


def test_check_text_runs_spelling_and_names_the_backend() -> None:
    """The check entry point includes spelling findings and reports the checker that ran."""
    report = check_text("Mijn vlucht is geanuleerd.", lang="nl", settings=Settings())
    assert report.backend == "embedded"
    assert any(f.rule == "spelling.unknown" for f in report.findings)
    assert not report.has_errors


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=80))
def test_any_text_gives_consistent_spans(text: str) -> None:
    """On any text the checker never crashes and every span matches its slice."""
    for lang in ("nl", "en"):
        for f in spelling.check_embedded(text, lang=lang):
            assert text[f.start : f.end] == f.text
            assert f.text


def test_abbreviations_with_their_dot_are_words() -> None:
    """Listed abbreviations are accepted when written with their dot, flagged without."""
    assert flagged("Zie blz. 3, bijv. de factuur, enz.") == []
    assert flagged("Zie blz 3") == ["blz"]


def test_endings_after_acronyms_and_known_names() -> None:
    """An acronym or the company's name with 's, 'ers or 'je is not a misspelling."""
    text = "KLM's app, de NS'ers, een ADHD'er en Zalandu's pakket"
    assert flagged(text, known=("Zalandu",)) == []
    assert flagged("KLM's staff", "en") == []


def test_english_words_in_dutch_text_are_info() -> None:
    """An English word in a Dutch text is flagged gently (info), not as a misspelling."""
    [f] = spelling.check_embedded("De customer service reageert niet.", lang="nl")
    assert (f.text, f.rule, f.severity) == ("customer", "spelling.english", "info")
    assert "Engels" in f.message


@pytest.mark.parametrize(
    ("text", "slip", "fix"),
    [
        ("Mijn pakket is nog steeds niet bezorgt.", "bezorgt", "bezorgd"),
        ("Wat is er gebeurt?", "gebeurt", "gebeurd"),
        ("Heeft u het verstuurt?", "verstuurt", "verstuurd"),
        ("Hij word niet geholpen.", "word", "wordt"),
    ],
)
def test_dutch_dt_slips_between_correct_words(text: str, slip: str, fix: str) -> None:
    """A d/t slip that forms another word is caught after an auxiliary or a subject."""
    [f] = spelling.check_embedded(text, lang="nl")
    assert (f.text, f.rule, f.suggestions) == (slip, "spelling.dt", (fix,))


@pytest.mark.parametrize(
    "text",
    [
        "Het is gebeurd en het is verstuurd.",
        "Ik word gek van dit bedrijf.",
        "Het is wat hij bedoelt.",
        "Ik heb het betaald. Betaalt u ook?",
        "Is het bereikt?",
    ],
)
def test_correct_d_and_t_forms_are_left_alone(text: str) -> None:
    """Correct participles and present-tense forms are not flagged."""
    assert flagged(text) == []


def test_a_long_text_gets_suggestions_only_for_the_first_unknowns() -> None:
    """Every unknown word is flagged, but only the first ones get (costly) suggestions."""
    found = spelling.check_embedded("geanuleerd " * 100, lang="nl")
    unknown = [f for f in found if f.rule == "spelling.unknown"]
    assert len(unknown) == 100
    limit = spelling._MAX_SUGGESTED
    assert all(f.suggestions[0] == "geannuleerd" for f in unknown[:limit])
    assert all(f.suggestions == () for f in unknown[limit:])
    budget = [f for f in found if f.rule == "spelling.budget"]
    assert [(f.severity, f.start) for f in budget] == [("info", unknown[limit].start)]
    assert "60" in budget[0].message


def test_a_short_text_has_no_budget_finding() -> None:
    """Under the budget, no finding says suggestions were left out."""
    found = spelling.check_embedded("geanuleerd " * 10, lang="nl")
    assert not [f for f in found if f.rule == "spelling.budget"]


def test_english_hyphenation_is_free() -> None:
    """English allows both 'non-exclusive' and 'nonexclusive'; Dutch prescribes one form."""
    assert flagged("a non-exclusive, well-known e-mail", "en") == []
    assert flagged("politie-aanwezigheid", "nl") == ["politie-aanwezigheid"]


def test_apostrophe_s() -> None:
    """'s follows a lone Dutch vowel (auto's, Anna's) but not -e, -é or -eau; English is free."""
    assert flagged("Anna's fiets en de taxi's, menu's en baby's") == []
    assert flagged("de college's en bureau's") == ["college's", "bureau's"]
    assert first_suggestions("bureau's")[0] == "bureaus"
    assert flagged("somebody else's door", "en") == []


@pytest.mark.parametrize(
    ("text", "pair", "joined"),
    [
        ("De klanten service reageert niet.", "klanten service", "klantenservice"),
        ("Mijn internet verbinding valt weg.", "internet verbinding", "internetverbinding"),
    ],
)
def test_compound_written_as_two_words(text: str, pair: str, joined: str) -> None:
    """A listed compound written as two words gets an info finding with the joined form."""
    [f] = spelling.check_embedded(text, lang="nl")
    assert (f.text, f.rule, f.severity, f.suggestions) == (
        pair,
        "spelling.split",
        "info",
        (joined,),
    )


@pytest.mark.parametrize(
    "text",
    [
        "Op lange termijn is dit slecht.",
        "Ze moeten het probleem oplossen.",
        "Ik sta open voor een oplossing.",
        "Ze staan onder druk.",
    ],
)
def test_word_pairs_that_stay_apart(text: str) -> None:
    """Adjective + noun, noun + verb and particle phrases are not joined."""
    assert flagged(text) == []


def test_company_names_of_several_words() -> None:
    """Each part of a company's name or handle is known: 'Albert Heijn', '@Vrieling_Reizen'."""
    text = "Beste Albert Heijn en Zalandu Reizen, jullie Zalandu-app hapert."
    assert flagged(text) == ["Zalandu", "Zalandu-app"]
    assert flagged(text, known=("Albert Heijn", "@Zalandu_Reizen")) == []


def test_add_word_never_overwrites_an_unreadable_dictionary() -> None:
    """A dictionary that is not UTF-8 is refused by name and left exactly as it was."""
    path = spelling.dictionary_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"woord1\n\xff\n")
    with pytest.raises(DataFileError, match=r"dictionary\.txt"):
        spelling.add_word("nieuw")
    assert path.read_bytes() == b"woord1\n\xff\n"


def test_add_word_refuses_a_dictionary_it_cannot_open() -> None:
    """An OS error on reading (here: a folder in its place) is refused, never replaced."""
    path = spelling.dictionary_path()
    path.mkdir(parents=True)
    with pytest.raises(DataFileError, match=r"dictionary\.txt"):
        spelling.add_word("nieuw")
    assert path.is_dir()


def test_checking_with_an_unreadable_dictionary_keeps_its_good_words() -> None:
    """Checking stays lenient: a bad byte does not crash, and the readable words still count."""
    path = spelling.dictionary_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"Fietsjefix\n\xff\n")
    assert "Fietsjefix" in spelling.load_dictionary()
    assert flagged("Mijn Fietsjefix kapot.") == []


def test_add_word_keeps_earlier_words() -> None:
    """Adding a word keeps every word that was there (sorted, one per line)."""
    path = spelling.dictionary_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("zebra\nAlbert\n", encoding="utf-8")
    assert spelling.add_word("Mopje") is True
    assert path.read_text(encoding="utf-8") == "Albert\nMopje\nzebra\n"


def test_add_word_waits_for_the_lock() -> None:
    """add_word takes the dictionary's file lock: while another process holds it, it gives up."""
    from filelock import FileLock

    path = spelling.dictionary_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    with FileLock(str(path) + ".lock"), pytest.raises(KlachtError, match="bezet"):
        spelling.add_word("nieuw", timeout=0.05)
    assert not path.exists()
    assert spelling.add_word("nieuw") is True


@pytest.mark.parametrize(
    "word", ["a\x1bb", "nieuw\x00", "a/b", "a\\b", "<script>", "a b", "a\tb", "...", "-", "a" * 61]
)
def test_add_word_refuses_anything_but_word_characters(word: str) -> None:
    """Control characters, slashes, spaces, markup and letterless strings are refused."""
    with pytest.raises(KlachtError):
        spelling.add_word(word)
    assert not spelling.dictionary_path().exists()


@pytest.mark.parametrize(
    "word", ["Zalandu", "e-mail", "'s-Hertogenbosch", "d\u2019r", "bol.com", "KL1234", "café"]
)
def test_add_word_accepts_letters_digits_apostrophes_hyphens_dots(word: str) -> None:
    """Letters (accented too), digits, apostrophes, hyphens and dots make a word."""
    assert spelling.add_word(word) is True
    assert word in spelling.load_dictionary()


def test_add_word_stores_decomposed_accents_composed() -> None:
    """A word typed with a combining accent is stored in its composed (NFC) form."""
    assert spelling.add_word("cafe\u0301") is True
    assert "café" in spelling.load_dictionary()


def test_fallback_reason_comes_back_with_the_result() -> None:
    """A configured LanguageTool that fails gives a note in the result; a clean run none."""
    from fake_languagetool import dead_url

    dead = Settings(languagetool_url=dead_url())
    result = spelling.check("Mijn vlucht.", lang="nl", settings=dead)
    assert result.backend == "embedded"
    assert result.fallback is not None
    assert "LanguageTool" in result.fallback
    assert "ingebouwde" in result.fallback
    english = spelling.check("My flight.", lang="en", settings=dead).fallback
    assert english is not None
    assert "built-in" in english
    assert spelling.check("Mijn vlucht.", lang="nl", settings=Settings()).fallback is None


def test_fallback_reason_when_languagetool_is_wanted_but_not_set_up() -> None:
    """spelling: languagetool without a server, public API or local set-up says so too."""
    result = spelling.check("Mijn vlucht.", lang="nl", settings=Settings(spelling="languagetool"))
    assert result.backend == "embedded"
    assert result.fallback is not None
    assert "klacht spelling setup" in result.fallback


def test_no_fallback_reason_when_embedded_is_chosen() -> None:
    """Choosing the embedded checker (or turning spelling off) is no fall-back: no note."""
    chosen = spelling.check("Mijn vlucht.", lang="nl", settings=Settings(spelling="embedded"))
    assert chosen.fallback is None
    off = spelling.check("Mijn vlucht.", lang="nl", settings=Settings(spelling="off"))
    assert off.fallback is None


def test_check_text_report_carries_the_fallback_note() -> None:
    """check_text's report names the backend and the fallback note: no state to ask later."""
    from fake_languagetool import dead_url

    report = check_text("Mijn vlucht.", lang="nl", settings=Settings(languagetool_url=dead_url()))
    assert report.backend == "embedded"
    assert report.fallback is not None
    assert "LanguageTool" in report.fallback


def test_concurrent_adds_lose_no_word() -> None:
    """Five klacht processes adding a word at once: every word ends up in the dictionary."""
    import subprocess
    import sys

    words = [f"Woord{n}x" for n in range(5)]
    code = "import sys; from klacht.checks import spelling; spelling.add_word(sys.argv[1])"
    procs = [subprocess.Popen([sys.executable, "-c", code, w]) for w in words]
    assert [p.wait(timeout=60) for p in procs] == [0] * len(words)
    assert spelling.load_dictionary() == frozenset(words)
