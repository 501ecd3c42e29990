"""Everyday dates as people type them, in Dutch and English, as pure functions of today."""

from __future__ import annotations

import datetime as dt
import re
from typing import Final

MONTHS: Final = {
    "nl": (
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ),
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
}
"""Month names per language, January first."""
_MONTHS: Final = {
    **{m: i for i, m in enumerate(MONTHS["nl"], start=1)},
    **{m.lower(): i for i, m in enumerate(MONTHS["en"], start=1)},
    "jan": 1,
    "feb": 2,
    "mrt": 3,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "okt": 10,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_WORDS: Final = {
    "vandaag": 0,
    "today": 0,
    "gisteren": 1,
    "yesterday": 1,
    "eergisteren": 2,
}
NUMBER_WORDS: Final = {
    "een": 1,
    "één": 1,
    "a": 1,
    "an": 1,
    "one": 1,
    "twee": 2,
    "two": 2,
    "drie": 3,
    "three": 3,
    "vier": 4,
    "four": 4,
    "vijf": 5,
    "five": 5,
    "zes": 6,
    "six": 6,
    "zeven": 7,
    "seven": 7,
    "acht": 8,
    "eight": 8,
    "negen": 9,
    "nine": 9,
    "tien": 10,
    "ten": 10,
    "veertien": 14,
    "fourteen": 14,
}
_UNITS: Final = {
    "dag": 1,
    "dagen": 1,
    "day": 1,
    "days": 1,
    "week": 7,
    "weken": 7,
    "weeks": 7,
}
WEEKDAYS: Final = {
    **{
        d: i
        for i, d in enumerate(
            ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
        )
    },
    **{
        d: i
        for i, d in enumerate(
            ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
        )
    },
}


def words_for_day(day: dt.date, written: dt.date) -> frozenset[str]:
    """Return the words that name ``day`` in a text written on ``written`` ("gisteren")."""
    back = (written - day).days
    words = {w for w, n in _WORDS.items() if n == back}
    if 0 < back < 7:
        words |= {w for w, i in WEEKDAYS.items() if i == day.weekday()}
    return frozenset(words)


_AGO_RE: Final = re.compile(r"^(\w+)\s+(\w+)\s+(geleden|ago)$")
_NUMERIC_RE: Final = re.compile(r"^(\d{1,2})[-/.](\d{1,2})(?:[-/.](\d{2}|\d{4}))?$")
_NAMED_RE: Final = re.compile(r"^(\d{1,2})(?:e|ste|de|st|nd|rd|th)?\s+([a-z]+)\.?(?:\s+(\d{4}))?$")
_NAMED_EN_RE: Final = re.compile(r"^([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?$")


def _year(text: str | None, month: int, day: int, today: dt.date) -> dt.date:
    """Build the date; without a year, take the most recent one that is not in the future."""
    if text:
        year = int(text)
        if year < 100:
            year += 2000
        return dt.date(year, month, day)
    candidate = dt.date(today.year, month, day)
    if candidate > today:
        candidate = dt.date(today.year - 1, month, day)
    return candidate


def parse_date(text: str, today: dt.date) -> dt.date:
    """Return the date in ``text``; raise ValueError when it is not one.

    Understands ISO (``2026-11-20``), ``20-11``, ``20-11-2026``, ``20/11``, ``20 november``,
    ``20 nov 2026``, ``November 20``, ``gisteren``, ``eergisteren``, ``vandaag``, ``yesterday``,
    ``3 dagen geleden``, ``2 weeks ago``, ``vorige week``, ``last week``, and weekday names
    (``maandag`` is the most recent Monday before today). Days and months are Dutch order.
    """
    value = " ".join(text.strip().lower().split())
    if not value:
        raise ValueError("empty")
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        pass
    if value in _WORDS:
        return today - dt.timedelta(days=_WORDS[value])
    if value in ("vorige week", "last week", "een week geleden", "a week ago"):
        return today - dt.timedelta(days=7)
    for prefix in ("afgelopen ", "vorige ", "last ", ""):
        name = value.removeprefix(prefix)
        if name in WEEKDAYS and (prefix or value == name):
            back = (today.weekday() - WEEKDAYS[name]) % 7 or 7
            return today - dt.timedelta(days=back)
    if match := _AGO_RE.match(value):
        count_text, unit, _ = match.groups()
        count = int(count_text) if count_text.isdigit() else NUMBER_WORDS.get(count_text)
        if count is None or unit not in _UNITS:
            raise ValueError(value)
        return today - dt.timedelta(days=count * _UNITS[unit])
    if match := _NUMERIC_RE.match(value):
        day, month, year = match.groups()
        return _year(year, int(month), int(day), today)
    if match := _NAMED_RE.match(value):
        day, month_name, year = match.groups()
        if month_name in _MONTHS:
            return _year(year, _MONTHS[month_name], int(day), today)
    if match := _NAMED_EN_RE.match(value):
        month_name, day, year = match.groups()
        if month_name in _MONTHS:
            return _year(year, _MONTHS[month_name], int(day), today)
    raise ValueError(value)
