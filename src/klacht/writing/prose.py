"""Small pieces of natural prose: the request as a question, the day, answers that say nothing.

Pure functions of the answers and the data in ``data/requests.yaml``; the templates weave them
into sentences.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, Final

from klacht.model import OUTCOMES, base_lang
from klacht.storage import paths
from klacht.writing.dates import MONTHS, words_for_day

NOTHING: Final = frozenset(
    {
        "niks",
        "niets",
        "nee",
        "neen",
        "geen",
        "nvt",
        "n.v.t.",
        "-",
        "nothing",
        "no",
        "none",
        "nope",
        "n/a",
        "na",
        "nah",
    }
)
"""First words of an answer that says nothing was done ("niks, ik ben te boos")."""
_FIRST_WORD: Final = re.compile(r"[^\s,.;:!?]+")


def says_nothing(answer: str) -> bool:
    """Tell whether an optional answer only says there is nothing ("niks", "nee", "no")."""
    m = _FIRST_WORD.match(answer.strip().lower())
    return m is None or m.group(0) in NOTHING


def outcomes(value: str) -> tuple[str, ...]:
    """Return the outcome ids of a stored outcome (``repair,compensation``)."""
    return tuple(o for o in value.split(",") if o in OUTCOMES)


def _table(lang: str) -> dict[str, Any]:
    data: dict[str, Any] = paths.packaged_yaml("requests.yaml")
    return dict(data[lang] if lang in data else data[base_lang(lang)])


def join(items: list[str], lang: str) -> str:
    """Return ``a``, ``a en b`` or ``a, b en c``."""
    word = _table(lang)["and"]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {word} " + items[-1]


def ask_for(outcome: str, lang: str) -> str:
    """Return the outcome(s) as one polite question ("Kunnen jullie A en B?"); "" for other."""
    table = _table(lang)
    acts = [table["acts"][o] for o in outcomes(outcome) if o in table["acts"]]
    return table["ask"].replace("{acts}", join(acts, lang)) if acts else ""


def ask_detail(detail: str, lang: str) -> str:
    """Return the consumer's concrete request as a sentence of its own, or framed politely."""
    detail = " ".join(detail.split()).rstrip(".!")
    if not detail:
        return ""
    table = _table(lang)
    first = _FIRST_WORD.match(detail.lower())
    if first is not None and first.group(0) in table["own_words"]:
        text = detail[0].upper() + detail[1:]
        return text if text[-1] in "?" else text + "."
    if detail[:1].isupper() and detail[1:2].islower():
        detail = detail[0].lower() + detail[1:]
    return str(table["detail"]).replace("{detail}", detail)


def day_phrase(day: dt.date, written: dt.date | None, lang: str) -> str:
    """Return how a post names the day: ``gisteren``, ``3 november`` (a year if not this one)."""
    words = {"nl": ("vandaag", "gisteren"), "en": ("today", "yesterday")}[base_lang(lang)]
    if written is not None and day == written:
        return words[0]
    if written is not None and day == written - dt.timedelta(days=1):
        return words[1]
    text = f"{day.day} {MONTHS[base_lang(lang)][day.month - 1]}"
    return text if written is not None and written.year == day.year else f"{text} {day.year}"


def mentions_day(text: str, day: dt.date, lang: str, written: dt.date | None = None) -> bool:
    """Tell whether the story already names the day ("op 3 november", "gisteren"), so it is
    not said twice. Words such as "gisteren" or "vrijdag" count when they name that very day."""
    month = MONTHS[base_lang(lang)][day.month - 1].lower()
    lowered = text.lower()
    relative = words_for_day(day, written) if written is not None else frozenset()
    return bool(
        any(re.search(rf"\b{word}\b", lowered) for word in relative)
        or re.search(rf"\b{day.day}\s+{month}", lowered)
        or re.search(rf"\b{month}\s+{day.day}\b", lowered)
        or re.search(rf"\b{day.day}[-/]{day.month}\b", lowered)
    )


def own_sentence(text: str, lang: str) -> bool:
    """Tell whether an answer is a sentence on its own (it starts with a subject: ik, I, mijn)."""
    first = _FIRST_WORD.match(text.strip().lower())
    subjects = {
        "nl": {"ik", "we", "wij", "mijn", "onze", "het", "dat", "dit", "daardoor", "er", "de"},
        "en": {"i", "we", "my", "our", "it", "that", "this", "the", "there"},
    }[base_lang(lang)]
    return first is not None and first.group(0) in subjects


def said(answer: str) -> str:
    """Return an optional answer, or "" when it only says there is nothing ("niks", "nee")."""
    return "" if says_nothing(answer) else answer
