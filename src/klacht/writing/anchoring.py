"""Relative time words in the consumer's own text, anchored to the day they were written.

The first post says "het internet ligt al 5 dagen plat"; three weeks later that sentence is
wrong. Letters written later quote the story with dates instead ("ligt sinds 17 november
plat"), and leave out the first post's own deadlines ("binnen 2 dagen"), since every letter
sets its own term.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Final

from klacht.model import base_lang
from klacht.writing.dates import NUMBER_WORDS
from klacht.writing.render import format_date

if TYPE_CHECKING:
    from collections.abc import Callable

_N: Final = r"(?P<n>\d{1,3}|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + ")"
_UNIT_NL: Final = r"(?P<unit>dagen|dag|weken|week|maanden|maand)"
_UNIT_EN: Final = r"(?P<unit>days|day|weeks|week|months|month)"
_DAYS_PER: Final = {"d": 1, "w": 7, "m": 30}

# (pattern, replacement form): {date} is the anchored date; "about" forms for weeks and months.
_RULES: Final[dict[str, tuple[tuple[re.Pattern[str], str, str], ...]]] = {
    "nl": (
        (
            re.compile(rf"\b(?:nu\s+)?al\s+{_N}\s+{_UNIT_NL}\b", re.I),
            "sinds {date}",
            "sinds ongeveer {date}",
        ),
        (
            re.compile(rf"\bsinds\s+{_N}\s+{_UNIT_NL}\b", re.I),
            "sinds {date}",
            "sinds ongeveer {date}",
        ),
        (re.compile(rf"\b{_N}\s+{_UNIT_NL}\s+geleden\b", re.I), "op {date}", "rond {date}"),
        (re.compile(r"\b(?P<word>eergisteren)\b", re.I), "op {date}", ""),
        (re.compile(r"\b(?P<word>gisteren)\b", re.I), "op {date}", ""),
        (
            re.compile(r"\b(?P<word>vandaag|vanochtend|vanmorgen|vanmiddag|vanavond)\b", re.I),
            "op {date}",
            "",
        ),
        (re.compile(r"\b(?P<word>vorige week)\b", re.I), "", "rond {date}"),
    ),
    "en": (
        (
            re.compile(rf"\bfor\s+(?:the\s+(?:last|past)\s+)?{_N}\s+{_UNIT_EN}\b", re.I),
            "since {date}",
            "since about {date}",
        ),
        (re.compile(rf"\b{_N}\s+{_UNIT_EN}\s+ago\b", re.I), "on {date}", "around {date}"),
        (re.compile(r"\b(?P<word>the day before yesterday)\b", re.I), "on {date}", ""),
        (re.compile(r"\b(?P<word>yesterday)\b", re.I), "on {date}", ""),
        (
            re.compile(r"\b(?P<word>today|this morning|this afternoon|tonight)\b", re.I),
            "on {date}",
            "",
        ),
        (re.compile(r"\b(?P<word>last week)\b", re.I), "", "around {date}"),
    ),
}
_WORD_DAYS: Final = {
    "eergisteren": 2,
    "gisteren": 1,
    "the day before yesterday": 2,
    "yesterday": 1,
    "vorige week": 7,
    "last week": 7,
}
_DEADLINES: Final = {
    "nl": re.compile(
        rf"[ ,]*\b(?:uiterlijk\s+)?binnen\s+(?:de\s+)?{_N}\s+"
        r"(?:werk)?(?:dagen|dag|weken|week|uur)\b",
        re.I,
    ),
    "en": re.compile(
        rf"[ ,]*\bwithin\s+(?:the\s+next\s+)?{_N}\s+(?:working\s+|business\s+)?"
        r"(?:days|day|weeks|week|hours|hour)\b",
        re.I,
    ),
}


def _offset(match: re.Match[str]) -> tuple[int, bool]:
    """Return (days back, whether the count is rough) for a match."""
    groups = match.groupdict()
    if groups.get("word"):
        word = " ".join(groups["word"].lower().split())
        return _WORD_DAYS.get(word, 0), word in ("vorige week", "last week")
    raw = groups["n"].lower()
    n = int(raw) if raw.isdigit() else NUMBER_WORDS[raw]
    unit = groups["unit"].lower()[0]
    return n * _DAYS_PER[unit], unit != "d"


def anchor(text: str, lang: str, written_on: dt.date) -> str:
    """Return ``text`` with relative time words replaced by dates counted from ``written_on``."""
    base = base_lang(lang)

    def replace(form: str, rough_form: str) -> Callable[[re.Match[str]], str]:
        def sub(match: re.Match[str]) -> str:
            days, rough = _offset(match)
            chosen = rough_form if rough else form
            if not chosen or days > 3660:
                return match.group(0)
            day = written_on - dt.timedelta(days)
            date = format_date(day, base, year=day.year != written_on.year)
            result = chosen.format(date=date)
            return result[0].upper() + result[1:] if match.group(0)[0].isupper() else result

        return sub

    for pattern, form, rough_form in _RULES[base]:
        text = pattern.sub(replace(form, rough_form), text)
    return text


def drop_deadlines(text: str, lang: str) -> str:
    """Return ``text`` without the first post's own deadlines ("binnen 2 dagen")."""
    return _DEADLINES[base_lang(lang)].sub("", text)
