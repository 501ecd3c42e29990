"""Reply drafts in Belgian Dutch: the "u" register and Belgian words, as the post and letters."""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import TYPE_CHECKING

import pytest

import factories
from klacht.cli import app
from klacht.followup.answer import answer
from klacht.model import Complaint, Event
from klacht.storage.config import Settings
from klacht.storage.store import Store

if TYPE_CHECKING:
    from pathlib import Path

    from typer.testing import CliRunner

TODAY = dt.date(2026, 11, 23)
ANSWERS = {
    "asks-private": "Wat vervelend! Stuurt u ons een DM met uw bestelnummer?",
    "offers-solution": "We sturen u een nieuwe, die hebt u ten laatste vrijdag in huis.",
    "apology-only": "Onze excuses, dit had niet mogen gebeuren.",
    "canned": "Bedankt voor uw feedback, we nemen het mee.",
    "rejects": "Helaas kunnen we u geen vergoeding geven.",
    "resolved": "We hebben het bedrag vandaag teruggestort.",
    "question": "Om welk product gaat het precies?",
}
JULLIE = re.compile(r"\bjullie\b", re.IGNORECASE)


def posted() -> Complaint:
    """A Belgian complaint posted on 20 November, with a reference number."""
    return factories.complaint(
        lang="nl-BE",
        reference="bestelnummer 4711",
        events=(Event("posted", dt.date(2026, 11, 20)),),
    )


@pytest.mark.parametrize(("kind", "text"), ANSWERS.items())
def test_every_belgian_draft_says_u_never_jullie(kind: str, text: str) -> None:
    """Each kind's public draft and private message address the company with 'u'."""
    outcome = answer(
        posted(), text, source="company", on=TODAY, today=TODAY, settings=Settings(spelling="off")
    )
    assert outcome.reading.kind == kind
    for draft in (outcome.draft.public, outcome.draft.private):
        assert not JULLIE.search(draft), draft
    assert re.search(r"\bu(w)?\b", outcome.draft.public), outcome.draft.public
    assert not [f for f in outcome.findings if f.severity == "error"]


def test_belgian_words_in_the_drafts() -> None:
    """A promise is held to 'ten laatste', a rejection announces an 'aangetekende brief'."""
    settings = Settings(spelling="off")
    solution = answer(
        posted(),
        ANSWERS["offers-solution"],
        source="company",
        on=TODAY,
        today=TODAY,
        settings=settings,
    )
    assert "ten laatste op 27 november in orde" in solution.draft.public
    rejected = answer(
        posted(), ANSWERS["rejects"], source="company", on=TODAY, today=TODAY, settings=settings
    )
    assert "aangetekende brief" in rejected.draft.public


def test_reply_json_in_belgian_dutch_is_signed(runner: CliRunner, klacht_home: Path) -> None:
    """`reply --json` on an nl-BE complaint: 'u' in the draft, the DM signed with the name."""
    klacht_home.mkdir(parents=True, exist_ok=True)
    (klacht_home / "config.yaml").write_text("spelling: 'off'\nname: An Peeters\n", "utf-8")
    Store().save(posted())
    result = runner.invoke(app, ["reply", "bolcom-1", ANSWERS["asks-private"], "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["draft"] == (
        "@bolcom Bedankt voor uw snelle reactie!"
        " Ik heb u een privébericht gestuurd met de gegevens."
    )
    assert data["private"].startswith("Beste klantendienst van Bol.com,")
    assert data["private"].rstrip().endswith("Met vriendelijke groet,\nAn Peeters")
    assert "bestelnummer 4711" in data["private"]
    assert data["event"]["event"] == "response"
