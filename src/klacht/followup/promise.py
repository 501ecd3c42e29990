"""The date a company promised in its answer ("binnen 5 werkdagen", "by Friday", "op 14 december").

Pure: the day the answer came is a parameter. Only forward-looking phrases count, and the latest
date named wins ("we sturen het vandaag, je hebt het uiterlijk vrijdag" promises Friday). A date
more than ``HORIZON_DAYS`` ahead is no promise to wait for.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Final

from klacht.writing.dates import MONTHS, NUMBER_WORDS, WEEKDAYS

HORIZON_DAYS: Final = 60
"""A promise further out than this is ignored: the chase does not wait that long."""

_MONTH_NUMBER: Final = {
    name.lower(): i for names in MONTHS.values() for i, name in enumerate(names, start=1)
}
_COUNT: Final = r"(\d{1,2}|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + ")"
_TERM_RE: Final = re.compile(
    rf"\b(?:binnen|within|in) {_COUNT} ((?:werk|working |business )?(?:dagen|dag|days|day)"
    r"|weken|week|weeks)\b",
    re.IGNORECASE,
)
_WEEKDAY_RE: Final = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b", re.IGNORECASE)
_DAY_MONTH_RE: Final = re.compile(
    r"\b(\d{1,2}) (" + "|".join(_MONTH_NUMBER) + r")\b"
    r"|\b(" + "|".join(_MONTH_NUMBER) + r") (\d{1,2})\b",
    re.IGNORECASE,
)
_RELATIVE: Final = {"morgen": 1, "tomorrow": 1, "overmorgen": 2, "volgende week": 7, "next week": 7}
_RELATIVE_RE: Final = re.compile(r"\b(" + "|".join(_RELATIVE) + r")\b", re.IGNORECASE)


def add_working_days(start: dt.date, days: int) -> dt.date:
    """Return the date ``days`` working days (Monday to Friday) after ``start``."""
    day = start
    while days > 0:
        day += dt.timedelta(1)
        if day.weekday() < 5:  # Saturday is 5, Sunday 6
            days -= 1
    return day


def _terms(text: str, on: dt.date) -> list[dt.date]:
    found = []
    for m in _TERM_RE.finditer(text):
        count_text, unit = m.group(1).lower(), m.group(2).lower()
        count = int(count_text) if count_text.isdigit() else NUMBER_WORDS[count_text]
        if unit.startswith(("werk", "working", "business")):
            found.append(add_working_days(on, count))
        elif unit.startswith(("week", "weken")):
            found.append(on + dt.timedelta(weeks=count))
        else:
            found.append(on + dt.timedelta(count))
    return found


def _named_dates(text: str, on: dt.date) -> list[dt.date]:
    found = []
    for m in _DAY_MONTH_RE.finditer(text):
        day_text, month_text = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
        month = _MONTH_NUMBER[month_text.lower()]
        for year in (on.year, on.year + 1):
            try:
                value = dt.date(year, month, int(day_text))
            except ValueError:
                break
            if value > on:
                found.append(value)
                break
    return found


def promised_date(text: str, on: dt.date) -> dt.date | None:
    """Return the latest date ``text`` (an answer received on ``on``) promises, or None."""
    found = _terms(text, on) + _named_dates(text, on)
    for m in _WEEKDAY_RE.finditer(text):
        ahead = (WEEKDAYS[m.group(1).lower()] - on.weekday()) % 7 or 7
        found.append(on + dt.timedelta(ahead))
    found += [on + dt.timedelta(_RELATIVE[m.group(1).lower()]) for m in _RELATIVE_RE.finditer(text)]
    horizon = on + dt.timedelta(HORIZON_DAYS)
    ahead_dates = [d for d in found if on < d <= horizon]
    return max(ahead_dates, default=None)
