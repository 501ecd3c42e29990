"""Finders for identity and money numbers: IBAN, card, BSN, rijksregisternummer, passport,
date of birth and licence plate.

Each finder yields ``(kind, start, end)``. Loose patterns find candidates, the field's
validators (python-stdnum) confirm them, and cue words (``privacy_cues``) decide where the form
alone says too little. Every pattern is linear: no nested repetition.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from klacht.checks.privacy_cues import cue_before, cue_near, cue_pattern, cue_right_before, cues

if TYPE_CHECKING:
    from collections.abc import Iterator

Span = tuple[str, int, int]

_IBAN: Final = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]{2}\d{2}(?:[ -]?[A-Za-z0-9]){8,30}")
_CARD: Final = re.compile(r"(?<![\d.,€$-])[3-6]\d{3}(?:[ -]?\d){9,15}(?![\d]|[.,]\d)")
# Card networks' number lengths, by first digit (Visa 13/16/19, Amex and Diners 14/15, ...).
_CARD_LENGTHS: Final = {"3": (14, 15, 16), "4": (13, 16, 19), "5": (16,), "6": (16, 19)}
_NATIONAL: Final = re.compile(
    r"(?<![\d.,€-])\d{2}[. ]?\d{2}[. ]?\d{2}(?:[- ]?|\s?-\s?)\d{3}[. ]?\d{2}(?![\d]|[.,]\d)"
)
# Nine digits in groups of two to four ("23 45 67 892", "691-682-483") or in one run.
_BSN: Final = re.compile(
    r"(?<![\d€+])(?<!€ )(?<![\d][.,-])\d{2,9}(?:[ .-]\d{2,4}){0,3}(?![\d]|[.,-]\d)"
)
_STANDARD_BSN: Final = re.compile(r"\d{9}|\d{3}([ .])\d{3}\1\d{3}|\d{4}\.\d{2}\.\d{3}")
_DOCUMENT_NUMBER: Final = re.compile(
    r"[\s:#.]*(?:(?i:nummer|nr\.?|no\.?|number|is|was|:)\s*)*"
    r"((?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{6,12}|\d{3}-\d{7}-\d{2}|[A-Z]{1,2}\d{6,8})\b"
)
_NUMERIC_DATE: Final = re.compile(
    r"(?<![\d/.-])(?:\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)?\d{2}|(?:19|20)\d{2}-\d{1,2}-\d{1,2})"
    r"(?![\d/-]|\.\d)"
)
# Dutch sidecodes with dashes (letters-digits groups), and Belgian 1-ABC-123.
_PLATE_DASHED: Final = re.compile(
    r"(?<![\w-])(?:[A-Z]{2}-\d{2}-\d{2}|\d{2}-\d{2}-[A-Z]{2}|\d{2}-[A-Z]{2}-\d{2}"
    r"|[A-Z]{2}-\d{2}-[A-Z]{2}|[A-Z]{2}-[A-Z]{2}-\d{2}|\d{2}-[A-Z]{2}-[A-Z]{2}"
    r"|\d{2}-[A-Z]{3}-\d|\d-[A-Z]{3}-\d{2}|[A-Z]{2}-\d{3}-[A-Z]|[A-Z]-\d{3}-[A-Z]{2}"
    r"|[A-Z]{3}-\d{2}-[A-Z]|[A-Z]-\d{2}-[A-Z]{3}|\d-[A-Z]{2}-\d{3}|\d{3}-[A-Z]{2}-\d"
    r"|[1-9]-[A-Z]{3}-\d{3})(?![\w-])"
)
# The same shapes run together ("JF847V", "1ABC234"): only next to a vehicle word.
_PLATE_PLAIN: Final = re.compile(
    r"(?<![\w-])(?=[A-Z0-9]{6,7}(?![\w-]))(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])"
    r"(?:[A-Z]{2}\d{3}[A-Z]|[A-Z]\d{3}[A-Z]{2}|\d{2}[A-Z]{3}\d|\d[A-Z]{3}\d{2}|[A-Z]{3}\d{2}[A-Z]"
    r"|[A-Z]\d{2}[A-Z]{3}|\d[A-Z]{2}\d{3}|\d{3}[A-Z]{2}\d|[1-9][A-Z]{3}\d{3}|[A-Z]{2}\d{4}"
    r"|\d{4}[A-Z]{2}|\d{2}[A-Z]{2}\d{2}|[A-Z]{2}\d{2}[A-Z]{2})(?![\w-])"
)


def ibans(text: str) -> Iterator[Span]:
    """Anything shaped like an IBAN: a country's code, two check digits, that country's BBAN.

    A reader sees an account number whether or not the check digits hold, so a typo
    (``iban_checks_out`` false) is found too; only then must the country code be in capitals.
    """
    for m in _IBAN.finditer(text):
        # The loose pattern may run on into the next word: try the longest prefix of the form.
        raw = m.group(0)
        ends = [i + 1 for i, c in enumerate(raw) if c not in " -"]
        for end in reversed(ends):
            if end < len(raw) and raw[end].isalnum() and raw[end - 1].isalnum():
                continue  # an IBAN never ends inside a group of characters
            number = re.sub(r"[ -]", "", raw[:end]).upper()
            if _iban_shaped(number) and (raw[:2].isupper() or iban_checks_out(number)):
                yield "iban", m.start(), m.start() + end
                break


def _iban_shaped(number: str) -> bool:
    """Tell whether ``number`` has an IBAN's form for its country, check digits aside."""
    if not number[2:4].isdigit():
        return False
    # ISO 7064 mod 97-10: the check digits the number should have, letters counting 10 to 35.
    digits = "".join(str(int(c, 36)) for c in number[4:] + number[:2] + "00")
    right = f"{number[:2]}{98 - int(digits) % 97:02d}{number[4:]}"
    # With those, stdnum checks the registry's BBAN form. Its national checks stay off: a
    # Belgian account whose bank stdnum does not know is still an account.
    return iban_checks_out(right)


def iban_checks_out(number: str) -> bool:
    """Tell whether an IBAN's check digits hold (ISO 7064 mod 97-10); spaces are allowed."""
    from stdnum import iban  # lazy: only for a number that looks like an IBAN

    return bool(iban.is_valid(number, check_country=False))


def cards(text: str) -> Iterator[Span]:
    """Payment card numbers: a network's length and a valid Luhn check digit."""
    for m in _CARD.finditer(text):
        digits = re.sub(r"\D", "", m.group(0))
        if len(digits) not in _CARD_LENGTHS[digits[0]] or cue_right_before(
            text, m.start(), "thing"
        ):
            continue
        from stdnum import luhn  # lazy

        if luhn.is_valid(digits):
            yield "card", m.start(), m.end()


def national_numbers(text: str) -> Iterator[Span]:
    """Belgian rijksregisternummers (birth date plus check digits, python-stdnum ``be.nn``)."""
    for m in _NATIONAL.finditer(text):
        from stdnum.be import nn  # lazy

        if nn.is_valid(re.sub(r"\D", "", m.group(0))):
            yield "national_number", m.start(), m.end()


def bsns(text: str) -> Iterator[Span]:
    """BSNs passing the 11-proof; unusual groupings only after a BSN cue word."""
    for m in _BSN.finditer(text):
        raw = m.group(0)
        digits = re.sub(r"\D", "", raw)
        if len(digits) != 9 or digits == "000000000":
            continue
        if not _STANDARD_BSN.fullmatch(raw) and not cue_before(text, m.start(), "bsn"):
            continue
        from stdnum.nl import bsn  # lazy: only when a 9-digit number is present

        if bsn.is_valid(digits):
            yield "bsn", m.start(), m.end()


def documents(text: str) -> Iterator[Span]:
    """Passport and identity card numbers: a code with digits and letters after a cue word."""
    for cue in cue_pattern("document").finditer(text):
        m = _DOCUMENT_NUMBER.match(text, cue.end())
        if m is not None and m.start(1) - cue.end() <= 20:
            yield "passport", m.start(1), m.end(1)


def birth_dates(text: str) -> Iterator[Span]:
    """Dates next to a birth cue ("geboren op 14-03-1985", "DOB: 1987-08-30")."""
    month = cues().month
    written = re.compile(
        rf"(?i)(?<!\w)(?:\d{{1,2}}\s+(?:{month})\.?,?\s+(?:19|20)\d{{2}}"
        rf"|(?:{month})\.?\s+\d{{1,2}},?\s+(?:19|20)\d{{2}})(?!\w)"
    )
    for pattern in (_NUMERIC_DATE, written):
        for m in pattern.finditer(text):
            if cue_near(text, m.start(), m.end(), "birth"):
                yield "birth_date", m.start(), m.end()


def plates(text: str) -> Iterator[Span]:
    """NL and BE licence plates: dashed sidecodes, or plain ones next to a vehicle word."""
    for m in _PLATE_DASHED.finditer(text):
        if not cue_right_before(text, m.start(), "thing"):
            yield "plate", m.start(), m.end()
    for m in _PLATE_PLAIN.finditer(text):
        if cue_before(text, m.start(), "vehicle") and not cue_right_before(
            text, m.start(), "thing"
        ):
            yield "plate", m.start(), m.end()
