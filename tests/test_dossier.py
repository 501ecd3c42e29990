"""The dossier: facts, texts, timeline with notes, next steps, as Markdown."""

from __future__ import annotations

import dataclasses
import datetime as dt

from klacht.followup import dossier
from klacht.model import Complaint, Event
from klacht.storage.config import Settings

TODAY = dt.date(2026, 11, 23)


def complaint(lang: str = "nl", **fields: str) -> Complaint:
    """A complaint with a response that carries a note."""
    return Complaint(
        id="bolcom-1",
        lang=lang,
        company=fields.get("company", "Bol.com"),
        platform="x",
        handle="@bolcom",
        what=fields.get("what", "mijn bestelling is nooit aangekomen"),
        when=dt.date(2026, 11, 1),
        outcome="refund",
        created=dt.date(2026, 11, 2),
        reference="bestelnummer 4711",
        post=fields.get("post", "@bolcom Mijn bestelling is nooit aangekomen."),
        private_message="Beste Bol.com,\n\nDe details.\n",
        events=(
            Event("posted", dt.date(2026, 11, 2)),
            Event("response", dt.date(2026, 11, 4), "zaaknummer 99, ze zoeken het uit"),
        ),
    )


def test_dossier_has_facts_texts_timeline_and_next_steps() -> None:
    """Every part a disputes body needs is there, in order."""
    text = dossier.render_dossier(complaint(), today=TODAY, settings=Settings())
    headings = [line for line in text.splitlines() if line.startswith("#")]
    assert headings == [
        "# Dossier: klacht over Bol.com",
        "## Feiten",
        "## Verstuurde teksten",
        "### Openbaar bericht, 2 november 2026",
        "### Privébericht, 2 november 2026",
        "## Tijdlijn",
        "## Volgende stappen",
    ]
    assert "- **Referentie:** bestelnummer 4711" in text
    assert "- 4 november 2026: reactie ontvangen — notitie: zaaknummer 99" in text
    assert "geen juridisch advies" in text


def test_dossier_follows_the_complaints_language() -> None:
    """An English complaint gives an English dossier."""
    text = dossier.render_dossier(complaint("en"), today=TODAY, settings=Settings())
    assert text.startswith("# Dossier: complaint about Bol.com")
    assert "not legal advice" in text


def test_markdown_in_user_values_is_escaped() -> None:
    """Markup in the user's words cannot become headings, links or emphasis."""
    text = dossier.render_dossier(
        complaint(company="[Evil](http://x) *Co*", what="# kop\nnieuwe regel"),
        today=TODAY,
        settings=Settings(),
    )
    assert "\\[Evil\\](http://x) \\*Co\\*" in text
    assert "\\# kop nieuwe regel" in text
    assert "\n# kop" not in text


def test_texts_are_fenced_verbatim_even_with_backticks() -> None:
    """A text with a backtick fence inside gets a longer fence, so it stays verbatim."""
    text = dossier.render_dossier(
        complaint(post="Zie ```code``` hier"), today=TODAY, settings=Settings()
    )
    assert "````text\nZie ```code``` hier\n````" in text


def test_request_is_described_for_a_third_party() -> None:
    """The request line describes what the consumer wants, not a plea to the company."""
    nl = dossier.render_dossier(complaint(), today=TODAY, settings=Settings())
    en = dossier.render_dossier(complaint("en"), today=TODAY, settings=Settings())
    assert "- **Verzoek:** terugbetaling van het bedrag\n" in nl
    assert "- **Request:** a refund of the amount paid\n" in en
    assert "jullie" not in nl
    assert "Please" not in en


def test_request_in_the_consumers_own_words() -> None:
    """With a detailed wish, the dossier quotes it (escaped) instead of the stock phrase."""
    c = dataclasses.replace(complaint(), outcome="other", outcome_detail="een *nieuwe* fiets.")
    text = dossier.render_dossier(c, today=TODAY, settings=Settings())
    assert "- **Verzoek:** een \\*nieuwe\\* fiets\n" in text
