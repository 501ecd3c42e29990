from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

import pytest

from factories import HANDLES
from klacht.model import PLATFORMS
from klacht.writing.answers import validate_answers
from klacht.writing.compose import (
    build_complaint,
    context_from_answers,
    email_subject,
    fit_post,
    render_post,
)
from klacht.writing.counting import measure
from klacht.writing.platforms import PLATFORMS as INFO

if TYPE_CHECKING:
    from pytest_regressions.file_regression import FileRegressionFixture

TODAY = dt.date(2026, 11, 23)
LANGS = ["nl", "nl-BE", "en"]
WHAT = {
    "nl-BE": "mijn bestelde wasmachine (Bosch Serie 6) is niet geleverd, terwijl ik al betaald heb",
    "nl": "mijn bestelde wasmachine (Bosch Serie 6) is niet geleverd, terwijl ik al betaald heb",
    "en": "the washing machine I ordered (Bosch Serie 6) never arrived, although I have paid",
}
TRIED = {
    "nl": "op 21-11 en 22-11 gebeld, zonder antwoord",
    "nl-BE": "op 21-11 en 22-11 gebeld, zonder antwoord",
    "en": "called on 21 and 22 November",
}
IMPACT = {
    "nl": "ik kan al een week geen was doen",
    "nl-BE": "ik kan al een week geen was doen",
    "en": "I cannot do laundry for a week",
}


def answers_for(lang: str, platform: str, **extra: Any) -> dict[str, str]:
    raw = {
        "lang": lang,
        "company": "Bol",
        "platform": platform,
        "handle": HANDLES[platform],
        "what": WHAT[lang],
        "when": "2026-11-20",
        "tried": TRIED[lang],
        "reference": "order 1234567890",
        "impact": IMPACT[lang],
        "outcome": "refund",
        **extra,
    }
    return validate_answers(raw, today=TODAY)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("variant", [0, 1, 2])
def test_golden_post_variants(
    lang: str, variant: int, file_regression: FileRegressionFixture
) -> None:
    """Each phrasing of the post, in nl, nl-BE and en, matches its reviewed golden text."""
    ctx = context_from_answers(answers_for(lang, "mastodon"), today=TODAY, variant=variant)
    file_regression.check(
        render_post(ctx) + "\n", basename=f"post_{lang}_v{variant}", extension=".txt"
    )


@pytest.mark.parametrize("lang", LANGS)
def test_golden_post_fitted_to_x(lang: str, file_regression: FileRegressionFixture) -> None:
    """On X the optional parts go first; the golden text shows what stays."""
    post = render_post(context_from_answers(answers_for(lang, "x"), today=TODAY))
    file_regression.check(post + "\n", basename=f"post_{lang}_x", extension=".txt")


@pytest.mark.parametrize("lang", LANGS)
def test_golden_private_message(lang: str, file_regression: FileRegressionFixture) -> None:
    """The private message is a letter with every detail, signed with the name."""
    complaint = build_complaint(
        answers_for(lang, "x"), complaint_id="bol-1", today=TODAY, name="Anna de Vries"
    )
    file_regression.check(complaint.private_message, basename=f"private_{lang}", extension=".txt")


@pytest.mark.parametrize("lang", LANGS)
def test_golden_email(lang: str, file_regression: FileRegressionFixture) -> None:
    """An e-mail is a letter: subject, greeting, the details, a sign-off with the name."""
    ctx = context_from_answers(
        answers_for(lang, "email", outcome="repair,compensation"), today=TODAY, name="Anna"
    )
    text = f"{email_subject(ctx)}\n\n{render_post(ctx)}\n"
    file_regression.check(text, basename=f"email_{lang}", extension=".txt")


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("platform", [p for p in PLATFORMS if p != "email"])
def test_post_fits_and_keeps_order(lang: str, platform: str) -> None:
    """Every post fits the platform's target, opens with the handle and ends with the request."""
    answers = answers_for(lang, platform, what=" ".join([WHAT[lang] + "."] * 3))
    post = render_post(context_from_answers(answers, today=TODAY))
    assert measure(post, platform) <= INFO[platform].target
    mention = {"email": "", "facebook": "@bol ", "linkedin": "@bol "}.get(
        platform, HANDLES[platform]
    )
    assert post.startswith(mention)
    request = "Kunnen jullie mijn geld terugbetalen?" if lang == "nl" else "Could you refund"
    assert request in post
    assert "…" not in post, "whole sentences go, the story is never cut mid-sentence"


def test_reference_stays_private() -> None:
    """The reference number is in the private message and never in the post."""
    complaint = build_complaint(answers_for("nl", "x"), complaint_id="bol-1", today=TODAY)
    assert "1234567890" not in complaint.post
    assert "1234567890" in complaint.private_message


def test_long_story_loses_whole_sentences_on_x() -> None:
    """On X a long story drops the optional parts first, then whole sentences from its end."""
    long_what = " ".join(f"Op dag {n} kwam de bezorger niet." for n in range(1, 13))
    ctx = context_from_answers(answers_for("nl", "x", what=long_what), today=TODAY)
    post, shorter = fit_post(ctx)
    assert "…" not in post
    assert shorter.endswith("kwam de bezorger niet.")
    assert post.startswith("@bolcom Op dag 1 kwam de bezorger niet.")
    assert "gebeld" not in post
    assert measure(post, "x") <= 280


def test_one_endless_sentence_is_cut_only_as_a_last_resort() -> None:
    """A first sentence too long for X on its own is cut at a word, with an ellipsis."""
    long_what = " ".join(["de bezorger kwam niet en niemand belde terug"] * 12)
    post = render_post(context_from_answers(answers_for("nl", "x", what=long_what), today=TODAY))
    assert "…" in post
    assert measure(post, "x") <= 280


@pytest.mark.parametrize("company", ["{{ 7*7 }}", "{% for x in range(3) %}x{% endfor %}"])
def test_user_text_is_never_a_template(company: str) -> None:
    """Template syntax in the user's words comes out literally."""
    answers = answers_for("nl", "x", what=f"{company} heeft mijn pakket kwijtgemaakt")
    complaint = build_complaint(answers, complaint_id="bol-1", today=TODAY)
    assert company in complaint.post
    assert "49" not in complaint.post


def test_detail_replaces_the_generic_request() -> None:
    """The consumer's concrete request is used, literally, even with braces."""
    answers = answers_for("nl", "x", outcome_detail="mijn € 49,95 terug {detail}")
    post = render_post(context_from_answers(answers, today=TODAY))
    assert "Ik zou graag mijn € 49,95 terug {detail} willen. Kunnen jullie dat regelen?" in post


def test_a_date_in_another_year_names_the_year() -> None:
    """A date in another year shows its year, so it is never read as a date to come."""
    answers = answers_for("nl", "x", when="2025-11-25")
    post = render_post(context_from_answers(answers, today=TODAY))
    assert "Dat was op 25 november 2025." in post
    same_year = render_post(context_from_answers(answers_for("nl", "x"), today=TODAY))
    assert "Dat was op 20 november." in same_year


@pytest.mark.parametrize(
    ("lang", "what", "back"),
    [
        ("nl", "Ik stond gisteren een uur op het perron.", 1),
        ("nl", "Vandaag kwam de monteur weer niet.", 0),
        ("en", "Yesterday my parcel went missing.", 1),
    ],
)
def test_a_day_the_story_names_in_words_is_not_repeated(lang: str, what: str, back: int) -> None:
    """'gisteren' in the story names the day: the post does not add 'Dat was gisteren.'."""
    when = (TODAY - dt.timedelta(days=back)).isoformat()
    post = render_post(
        context_from_answers(answers_for(lang, "x", what=what, when=when), today=TODAY)
    )
    day_word = {0: ("vandaag", "today"), 1: ("gisteren", "yesterday")}[back][lang == "en"]
    assert post.lower().count(day_word) == 1, post


def test_a_relative_word_for_another_day_still_gets_the_date() -> None:
    """'gisteren' in a story about three weeks ago does not stand for the day it happened."""
    when = (TODAY - dt.timedelta(days=21)).isoformat()
    answers = answers_for("nl", "x", what="Ik heb gisteren weer gebeld.", when=when)
    post = render_post(context_from_answers(answers, today=TODAY))
    assert "november" in post or "oktober" in post
