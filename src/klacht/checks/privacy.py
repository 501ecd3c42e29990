"""Personal data in a public text, every kind people actually type.

Identity and money (BSN, rijksregisternummer, IBAN, card, passport, date of birth), contact
data (phone, e-mail, postcode, address, licence plate) and the numbers that identify a
customer's case are errors in a public text. The finders live in ``privacy_numbers`` and
``privacy_contact``; the cue words that decide in context in ``data/privacy.yaml``.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING, Final

from klacht.checks import privacy_contact, privacy_numbers
from klacht.model import Finding
from klacht.writing.texts import t

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

KINDS: Final = (
    "email",
    "iban",
    "card",
    "national_number",
    "passport",
    "birth_date",
    "phone",
    "bsn",
    "plate",
    "postcode",
    "address",
    "reference",
)
"""Every kind of personal data the guard knows; the rule id is ``privacy.<kind>``."""

# Order matters: the more specific finder claims a span first.
_FINDERS: Final[tuple[Callable[[str], Iterator[tuple[str, int, int]]], ...]] = (
    privacy_contact.emails,
    privacy_numbers.ibans,
    privacy_numbers.cards,
    privacy_numbers.national_numbers,
    privacy_numbers.documents,
    privacy_numbers.birth_dates,
    privacy_contact.phones,
    privacy_numbers.bsns,
    privacy_numbers.plates,
    privacy_contact.postcodes,
    privacy_contact.addresses,
    privacy_contact.references,
)


def check(text: str, *, lang: str = "nl") -> Iterator[Finding]:
    """Yield an error for each piece of personal data in ``text`` (meant for a public text)."""
    taken = _Spans()
    for finder in _FINDERS:
        for kind, start, end in finder(text):
            if not taken.add(start, end):
                continue
            message = t(f"privacy_{kind}", lang)
            if kind == "iban" and not privacy_numbers.iban_checks_out(text[start:end]):
                message = t("privacy_iban_typo", lang)
            yield Finding(
                "privacy", f"privacy.{kind}", "error", start, end, text[start:end], message
            )


class _Spans:
    """Non-overlapping spans, sorted: adding one costs a binary search, not a scan."""

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []

    def add(self, start: int, end: int) -> bool:
        """Add the span unless it overlaps one already taken; tell whether it was added."""
        i = bisect_right(self._starts, start)
        if i and self._ends[i - 1] > start:
            return False
        if i < len(self._starts) and self._starts[i] < end:
            return False
        self._starts.insert(i, start)
        self._ends.insert(i, end)
        return True
