"""An answer to a complaint: recorded, drafted, checked; the schedule follows from its kind."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import TYPE_CHECKING

import pytest

import factories
from klacht.followup import lifecycle
from klacht.followup.answer import answer, draft_reply
from klacht.followup.reply import Reading
from klacht.model import Event
from klacht.storage.config import Settings

if TYPE_CHECKING:
    from pytest_regressions.file_regression import FileRegressionFixture

    from klacht.model import Complaint

TODAY = dt.date(2026, 11, 23)
REFERENCE = "bestelnummer 4711-0815"
SETTINGS = Settings(spelling="off")

ANSWERS = {
    "nl": {
        "asks-private": "Wat vervelend! Stuur je ons een DM met je ordernummer? ^Lisa",
        "offers-solution": "We sturen je een nieuwe, die heb je uiterlijk vrijdag in huis.",
        "apology-only": "Onze excuses, dit had niet mogen gebeuren.",
        "canned": "Bedankt voor je feedback, we nemen het mee.",
        "rejects": "Helaas kunnen we je geen vergoeding geven.",
        "resolved": "We hebben het bedrag vandaag teruggestort.",
        "question": "Om welk product gaat het precies?",
    },
    "en": {
        "asks-private": "So sorry! Could you DM us your order number?",
        "offers-solution": "We'll send a new one, you'll have it by Friday.",
        "apology-only": "We're so sorry, that shouldn't have happened.",
        "canned": "Thank you for your feedback, we'll pass it on.",
        "rejects": "Unfortunately we're unable to offer a refund.",
        "resolved": "We've refunded the amount today.",
        "question": "Which product is it exactly?",
    },
}
CASES = [(lang, kind, text) for lang, by_kind in ANSWERS.items() for kind, text in by_kind.items()]


def posted(lang: str = "nl", **fields: object) -> Complaint:
    """A complaint posted on 20 November with a reference number."""
    return factories.complaint(
        lang=lang, reference=REFERENCE, events=(Event("posted", dt.date(2026, 11, 20)),), **fields
    )


def run(text: str, lang: str = "nl", source: str = "company", **fields: object):  # type: ignore[no-untyped-def]
    return answer(
        posted(lang, **fields), text, source=source, on=TODAY, today=TODAY, settings=SETTINGS
    )


@pytest.mark.parametrize(("lang", "kind", "text"), CASES)
def test_each_kind_is_read_and_drafted_without_errors(lang: str, kind: str, text: str) -> None:
    """Every kind gets its reply; the public draft has no error-level finding."""
    outcome = run(text, lang)
    assert outcome.reading.kind == kind
    assert outcome.draft.public.startswith("@bolcom ")
    assert not [f for f in outcome.findings if f.severity == "error"]
    assert not [f for f in outcome.private_findings if f.severity == "error"]


@pytest.mark.parametrize(("lang", "kind", "text"), CASES)
def test_reference_numbers_stay_out_of_the_public_reply(lang: str, kind: str, text: str) -> None:
    """The reference is never in the public draft; where details go private, it is in the DM."""
    outcome = run(text, lang)
    assert "4711" not in outcome.draft.public
    if kind in ("asks-private", "question"):
        assert REFERENCE in outcome.draft.private
    else:
        assert outcome.draft.private == ""


def test_a_company_answer_is_a_response_event_with_its_text() -> None:
    """The answer is stored as a response event dated the day it came, its text as the note."""
    outcome = run(ANSWERS["nl"]["canned"])
    assert outcome.event == Event("response", TODAY, ANSWERS["nl"]["canned"])
    assert outcome.complaint.events[-1] == outcome.event
    assert lifecycle.status(outcome.complaint) == "response"


def test_a_rejection_moves_the_schedule_to_the_formal_notice() -> None:
    """After a rejection the next step is the formal letter, the day after."""
    outcome = run(ANSWERS["nl"]["rejects"])
    assert [e.event for e in outcome.complaint.events] == ["posted", "response", "rejected"]
    nxt = lifecycle.next_step(outcome.complaint, today=TODAY, settings=SETTINGS)
    assert nxt is not None
    assert (nxt.action, nxt.date) == ("formal", TODAY + dt.timedelta(1))
    assert "14" in outcome.draft.public


def test_a_promised_date_moves_the_next_check_to_that_date() -> None:
    """'Uiterlijk vrijdag' on Monday 23 November: the next check is Friday 27 November."""
    outcome = run(ANSWERS["nl"]["offers-solution"])
    assert outcome.promised == dt.date(2026, 11, 27)
    nxt = lifecycle.next_step(outcome.complaint, today=TODAY, settings=SETTINGS)
    assert nxt is not None
    assert nxt.date == dt.date(2026, 11, 27)
    assert "27 november" in outcome.draft.public


def test_an_answer_without_a_date_pauses_the_chase_as_before() -> None:
    """An apology names no date: the chase resumes after the usual pause (5 days)."""
    outcome = run(ANSWERS["nl"]["apology-only"])
    nxt = lifecycle.next_step(outcome.complaint, today=TODAY, settings=SETTINGS)
    assert nxt is not None
    assert nxt.date == TODAY + dt.timedelta(5)
    assert "28 november" in outcome.draft.public


def test_a_question_is_quoted_in_the_private_message() -> None:
    """The company's question is repeated in the DM, so the answer goes with it."""
    outcome = run(ANSWERS["nl"]["question"])
    assert '"Om welk product gaat het precies?"' in outcome.draft.private


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_bystander_is_not_recorded(lang: str) -> None:
    """A fellow consumer's reply changes nothing in the complaint's timeline."""
    text = "Sterkte, succes ermee!" if lang == "nl" else "Good luck, hope you get it sorted!"
    outcome = run(text, lang, source="bystander")
    assert outcome.reading.kind == "support"
    assert outcome.event is None
    assert [e.event for e in outcome.complaint.events] == ["posted"]
    assert "@bolcom" in outcome.draft.public  # points to the official account


@pytest.mark.parametrize(
    ("lang", "text"), [("nl", "Stop met zeuren, eigen schuld."), ("en", "Stop whining, idiot.")]
)
def test_a_hostile_bystander_gets_no_draft(lang: str, text: str) -> None:
    """Someone hostile: the kind says so and there is nothing to post."""
    outcome = run(text, lang, source="bystander")
    assert outcome.reading.kind == "hostile"
    assert outcome.draft.public == ""
    assert outcome.findings == ()


def test_an_insult_from_a_bystander_is_hostile_without_a_cue() -> None:
    """The tone rules' insults count too, though no reply rule lists the word."""
    outcome = run("Wat een stelletje oplichters zijn jullie klanten ook.", source="bystander")
    assert outcome.reading.kind == "hostile"


def test_an_unposted_complaint_cannot_record_an_answer() -> None:
    """A draft was never posted, so no company can have answered it."""
    from klacht.errors import KlachtError

    draft = dataclasses.replace(posted(), events=())
    with pytest.raises(KlachtError, match="nog niet geplaatst"):
        answer(draft, "Sorry!", source="company", on=TODAY, today=TODAY, settings=SETTINGS)


@pytest.mark.parametrize("lang", ["nl", "nl-BE", "en"])
def test_golden_drafts(lang: str, file_regression: FileRegressionFixture) -> None:
    """Every kind's reply, as a person reads it (one file per language)."""
    parts = []
    for kind in (*ANSWERS[lang[:2]], "support"):
        draft = draft_reply(
            posted(lang),
            Reading(kind, ()),
            promised=dt.date(2026, 11, 27) if kind == "offers-solution" else None,
            check_on=dt.date(2026, 11, 28),
            term=14,
        )
        parts.append(f"== {kind}\n{draft.public}\n")
        if draft.private:
            parts.append(f"-- private\n{draft.private}\n")
    file_regression.check("\n".join(parts), extension=".txt")
