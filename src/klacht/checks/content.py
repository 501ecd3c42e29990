"""Does a post say what happened and what the writer wants? Warnings, never errors."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from klacht.model import Finding
from klacht.writing.texts import t

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


def _has_fact(text: str) -> bool:
    if _FACT_CASED.search(text):
        return True
    return bool(_FACT.search(text))


def check(text: str, *, lang: str = "nl") -> Iterator[Finding]:
    """Yield a warning when a post has no concrete fact or no request."""
    if not text.strip():
        return
    if not _has_fact(text):
        message = t("content_no_fact", lang)
        yield Finding("content", "content.no_fact", "warning", 0, len(text), text, message)
    if not _REQUEST.search(text):
        message = t("content_no_request", lang)
        yield Finding("content", "content.no_request", "warning", 0, len(text), text, message)
