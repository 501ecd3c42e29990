from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from klacht.errors import KlachtError
from klacht.writing.answers import Invalid, questions, validate_answer, validate_answers

TODAY = dt.date(2026, 11, 23)
GOOD: dict[str, Any] = {
    "company": "Bol.com",
    "platform": "x",
    "handle": "bolcom",
    "what": "Mijn wasmachine is niet geleverd.",
    "when": "20-11",
    "outcome": "refund",
}


def test_valid_answers_are_normalised() -> None:
    """The handle gets its @, the date becomes ISO, defaults fill the optional keys."""
    answers = validate_answers(GOOD, today=TODAY)
    assert answers["handle"] == "@bolcom"
    assert answers["when"] == "2026-11-20"
    assert answers["lang"] == "nl"
    assert answers["tried"] == ""


def test_yaml_dates_are_accepted() -> None:
    """A YAML date value (unquoted 2026-11-20) is accepted like its text."""
    answers = validate_answers({**GOOD, "when": dt.date(2026, 11, 20)}, today=TODAY)
    assert answers["when"] == "2026-11-20"


def test_every_problem_is_named() -> None:
    """Unknown keys, missing keys and bad values are all listed in one error."""
    raw = {"company": "Bol.com", "platform": "fax", "when": "morgen", "colour": "red"}
    with pytest.raises(KlachtError) as info:
        validate_answers(raw, today=TODAY)
    text = str(info.value)
    for needle in ("colour", "'handle'", "'what'", "'outcome'", "platform:", "when:"):
        assert needle in text


@pytest.mark.parametrize(
    ("platform", "handle", "expected"),
    [
        ("x", "https://x.com/NS_online", "@NS_online"),
        ("bluesky", "Bol.bsky.social", "@bol.bsky.social"),
        ("mastodon", "@ns@mastodon.nl", "@ns@mastodon.nl"),
        ("threads", "bol.com", "@bol.com"),
        ("email", "klantenservice@bol.com", "klantenservice@bol.com"),
        ("facebook", "Albert Heijn", "Albert Heijn"),
        ("linkedin", "coolblue", "coolblue"),
    ],
)
def test_handles_per_platform(platform: str, handle: str, expected: str) -> None:
    """Each platform's handle form is accepted and normalised."""
    answers = validate_answers({**GOOD, "platform": platform, "handle": handle}, today=TODAY)
    assert answers["handle"] == expected


@pytest.mark.parametrize(
    ("platform", "handle"),
    [
        ("x", "@this_handle_is_far_too_long"),
        ("x", "@bol com"),
        ("bluesky", "@bol"),
        ("mastodon", "@ns"),
        ("email", "not-an-address"),
        ("instagram", "@bol!"),
    ],
)
def test_bad_handles_are_refused(platform: str, handle: str) -> None:
    """A handle that does not have the platform's form is refused with an example."""
    with pytest.raises(KlachtError, match=r"handle: .*bijvoorbeeld"):
        validate_answers({**GOOD, "platform": platform, "handle": handle}, today=TODAY)


def test_future_date_is_refused() -> None:
    """A complaint about tomorrow is refused."""
    with pytest.raises(KlachtError, match="toekomst"):
        validate_answers({**GOOD, "when": "2026-12-01"}, today=TODAY)


def test_other_outcome_needs_detail() -> None:
    """Outcome 'other' without a concrete request is refused."""
    with pytest.raises(KlachtError, match="outcome_detail"):
        validate_answers({**GOOD, "outcome": "other"}, today=TODAY)


def test_posted_before_problem_is_refused() -> None:
    """posted_on may not be before the day of the problem."""
    with pytest.raises(KlachtError, match="posted_on"):
        validate_answers({**GOOD, "posted_on": "2026-11-01"}, today=TODAY)


def test_english_messages() -> None:
    """With lang en, the problems are named in English."""
    with pytest.raises(KlachtError, match="future"):
        validate_answers({**GOOD, "lang": "en", "when": "2027-01-01"}, today=TODAY)


def test_non_text_values_are_refused() -> None:
    """A list where text is expected is refused, not crashed on."""
    with pytest.raises(KlachtError, match="'what'"):
        validate_answers({**GOOD, "what": ["a", "b"]}, today=TODAY)


def test_control_characters_are_stripped() -> None:
    """Terminal escapes and bidi overrides never survive into an answer."""
    question = next(q for q in questions() if q.name == "company")
    value = validate_answer(question, "Bol\x1b[31m\u202e.com", {}, today=TODAY, lang="nl")
    assert value == "Bol[31m.com"


def test_too_long_is_refused() -> None:
    """An answer over its limit is refused with the limit named."""
    question = next(q for q in questions() if q.name == "tried")
    with pytest.raises(Invalid, match="500"):
        validate_answer(question, "x" * 501, {}, today=TODAY, lang="nl")


def test_posted_on_in_the_future_says_so() -> None:
    """A posted_on after today gets its own message, about the post, not the problem."""
    with pytest.raises(KlachtError, match="waarop je het bericht plaatste"):
        validate_answers({**GOOD, "posted_on": "2027-01-01"}, today=TODAY)


def test_page_names_with_apostrophes_and_accents() -> None:
    """Facebook and LinkedIn page names may carry an apostrophe or an accent."""
    for platform in ("facebook", "linkedin"):
        answers = validate_answers(
            {**GOOD, "platform": platform, "handle": "Zoë's Café"}, today=TODAY
        )
        assert answers["handle"] == "Zoë's Café"


def test_emoji_joiners_survive_cleaning() -> None:
    """Zero-width joiners inside emoji stay; bidi overrides go."""
    question = next(q for q in questions() if q.name == "what")
    value = validate_answer(
        question,
        "Ons gezin 👨\u200d👩\u200d👧 zit\u202e zonder stroom.",
        {},
        today=TODAY,
        lang="nl",
    )
    assert value == "Ons gezin 👨\u200d👩\u200d👧 zit zonder stroom."


def test_question_choices_come_from_the_model() -> None:
    """The platform and outcome choices are the model's lists, not repeated in the data file."""
    from klacht.model import OUTCOMES, PLATFORMS

    by_name = {q.name: q for q in questions()}
    assert by_name["platform"].choices == PLATFORMS
    assert by_name["outcome"].choices == OUTCOMES


def test_a_broken_question_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    """A question with an unknown validator is refused on load, naming the question."""
    from klacht.errors import DataFileError
    from klacht.writing import questions as questions_module

    raw = questions_module.data()
    broken = {**raw, "questions": [{**raw["questions"][0], "validate": "nope"}]}
    monkeypatch.setattr(questions_module, "data", lambda: broken)
    with pytest.raises(DataFileError, match=r"questions\.yaml.*'company'.*validate 'nope'"):
        questions()
