"""Does a post say what happened and what the writer wants? Warnings, never errors."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from klacht.model import Finding

if TYPE_CHECKING:
    from collections.abc import Iterator

_MONTHS = (
    "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|"
    "january|february|march|june|july|august|october|"
    "jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|oct|nov|dec"
)
_DAYS = (
    "maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|"
    "monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    "gisteren|eergisteren|vandaag|vanochtend|vanmorgen|vanmiddag|vanavond|"
    "yesterday|today|this morning|tonight|vorige week|vorige maand|last week|last month"
)
_FACT: Final = re.compile(rf"\d|€|\$|£|\beuro\b|\b(?:{_MONTHS}|{_DAYS})\b", re.IGNORECASE)
# A product or brand written inside a sentence ("mijn Fairphone", "the Galaxy").
_FACT_CASED: Final = re.compile(r"(?<=[a-zà-ÿ,] )[A-Z][a-zà-ÿ]+")
_REQUEST: Final = re.compile(
    r"\?|\b(?:graag|gaarne|verzoek|verzoeken|vraag|vragen|wil|willen|wilt|wens|eis|"
    r"kunnen|kunt|kan|zou|zouden|moet|moeten|terugbetal\w*|terugstort\w*|vergoed\w*|"
    r"compensatie|oploss\w*|oplossen|vervang\w*|repar\w*|terugbel\w*|contact|reactie|"
    r"please|could|would|can|want|need|expect|ask|request|refund\w*|replace\w*|repair\w*|"
    r"fix|compensat\w*|resolve|reply|respond|call me|get back)\b",
    re.IGNORECASE,
)

_MESSAGES: Final = {
    "nl": {
        "fact": "Noem een concreet feit: een datum, een bedrag of het product. "
        "Dan kan het bedrijf er iets mee.",
        "request": "Zeg wat je wilt: terugbetaling, reparatie, een reactie voor een datum. "
        "Een duidelijke vraag krijgt eerder antwoord.",
    },
    "en": {
        "fact": "Give one concrete fact: a date, an amount or the product. That gives the company "
        "something to act on.",
        "request": "Say what you want: a refund, a repair, a reply by a date. A clear request "
        "gets an answer sooner.",
    },
}


def _has_fact(text: str) -> bool:
    if _FACT_CASED.search(text):
        return True
    return bool(_FACT.search(text))


def check(text: str, *, lang: str = "nl") -> Iterator[Finding]:
    """Yield a warning when a post has no concrete fact or no request."""
    if not text.strip():
        return
    messages = _MESSAGES.get(lang, _MESSAGES["en"])
    if not _has_fact(text):
        yield Finding("content", "content.no_fact", "warning", 0, len(text), text, messages["fact"])
    if not _REQUEST.search(text):
        yield Finding(
            "content", "content.no_request", "warning", 0, len(text), text, messages["request"]
        )
