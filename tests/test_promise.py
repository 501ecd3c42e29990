"""The date a company promised in its answer."""

from __future__ import annotations

import datetime as dt

import pytest

from klacht.followup.promise import add_working_days, promised_date

MONDAY = dt.date(2026, 11, 23)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Je hebt hem uiterlijk vrijdag in huis.", dt.date(2026, 11, 27)),
        ("We sturen het vandaag, je hebt het uiterlijk vrijdag.", dt.date(2026, 11, 27)),
        ("Het bedrag staat binnen 5 werkdagen op je rekening.", dt.date(2026, 11, 30)),
        ("You'll see it within three working days.", dt.date(2026, 11, 26)),
        ("We betalen het binnen twee weken uit.", dt.date(2026, 12, 7)),
        ("Onze collega belt je op 14 december.", dt.date(2026, 12, 14)),
        ("Our team will call you on December 9.", dt.date(2026, 12, 9)),
        ("We'll email it to you tomorrow.", dt.date(2026, 11, 24)),
        ("An engineer will visit on Monday.", dt.date(2026, 11, 30)),
        ("Je hoort volgende week van ons.", dt.date(2026, 11, 30)),
    ],
)
def test_promised_dates(text: str, expected: dt.date) -> None:
    """Terms, weekdays, named dates and relative days give the latest date promised."""
    assert promised_date(text, MONDAY) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Onze excuses!",
        "Het pakket is op 3 november verstuurd.",  # a past date is no promise
        "Je pas komt binnen 20 weken.",  # too far out to wait for
        "",
    ],
)
def test_no_promise(text: str) -> None:
    """An answer without a date ahead (or one too far out) promises nothing."""
    assert promised_date(text, MONDAY) is None


def test_working_days_skip_the_weekend() -> None:
    """Five working days from a Friday end on the next Friday."""
    assert add_working_days(dt.date(2026, 11, 27), 5) == dt.date(2026, 12, 4)
