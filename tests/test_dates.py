from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from klacht.writing.dates import parse_date

TODAY = dt.date(2026, 11, 23)  # a Monday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-11-20", dt.date(2026, 11, 20)),
        ("gisteren", dt.date(2026, 11, 22)),
        ("Gisteren ", dt.date(2026, 11, 22)),
        ("eergisteren", dt.date(2026, 11, 21)),
        ("vandaag", TODAY),
        ("yesterday", dt.date(2026, 11, 22)),
        ("20-11", dt.date(2026, 11, 20)),
        ("20/11", dt.date(2026, 11, 20)),
        ("20.11.2025", dt.date(2025, 11, 20)),
        ("20-11-25", dt.date(2025, 11, 20)),
        ("20 november", dt.date(2026, 11, 20)),
        ("20 nov 2025", dt.date(2025, 11, 20)),
        ("1e december", dt.date(2025, 12, 1)),
        ("November 20", dt.date(2026, 11, 20)),
        ("November 20th, 2025", dt.date(2025, 11, 20)),
        ("3 dagen geleden", dt.date(2026, 11, 20)),
        ("drie dagen geleden", dt.date(2026, 11, 20)),
        ("2 weken geleden", dt.date(2026, 11, 9)),
        ("2 weeks ago", dt.date(2026, 11, 9)),
        ("vorige week", dt.date(2026, 11, 16)),
        ("vrijdag", dt.date(2026, 11, 20)),
        ("vorige maandag", dt.date(2026, 11, 16)),
        ("last friday", dt.date(2026, 11, 20)),
    ],
)
def test_everyday_dates(text: str, expected: dt.date) -> None:
    """Dutch and English everyday date forms parse to the intended day."""
    assert parse_date(text, TODAY) == expected


def test_day_month_without_year_is_never_in_the_future() -> None:
    """A day-month in the future this year means last year (25-12 on 23 November)."""
    assert parse_date("25-12", TODAY) == dt.date(2025, 12, 25)


@pytest.mark.parametrize("text", ["", "morgen ooit", "31-02", "32 november", "13-13", "blah"])
def test_nonsense_is_refused(text: str) -> None:
    """Text that is no date raises ValueError."""
    with pytest.raises(ValueError, match=r"."):
        parse_date(text, TODAY)


@given(st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2099, 12, 31)))
def test_iso_round_trip(day: dt.date) -> None:
    """Any ISO date parses to itself."""
    assert parse_date(day.isoformat(), TODAY) == day
