"""Private data in a public text: BSN, IBAN, phone, e-mail, postcode, address, reference numbers.

Candidates are found with loose patterns and confirmed with the field's validators
(python-stdnum, phonenumbers), imported lazily: most texts hold no candidate at all.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from klacht.model import Finding

if TYPE_CHECKING:
    from collections.abc import Iterator

_EMAIL = re.compile(
    r"(?<![\w.@%+-])[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,63}(?![\w@])"
)
_IBAN = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]{2}\d{2}(?:[ ]?[A-Za-z0-9]){8,30}")
# Nine digits, not part of a longer number, an amount ("123.456.789,00") or a date.
_BSN = re.compile(
    r"(?<![\d€+])(?<!€ )(?<![\d][.,-])"
    r"(?:\d{4}\.\d{2}\.\d{3}|\d{3}[ .]\d{3}[ .]\d{3}|\d{9})"
    r"(?![\d]|[.,-]\d)"
)
_POSTCODE = re.compile(
    r"(?<![\w-])([1-9]\d{3}) ?([A-Z]{2})(?![\w-])"
    r"(?:,?\s+(?:huisnummer\s+)?(\d{1,5}(?:\s?[a-zA-Z]\b|-\d{1,3}|\s+bis\b)?))?"
)
# Letter pairs that after a number are units, years or countries more often than postcodes.
_NOT_POSTCODE_LETTERS: Final = frozenset(
    {"AD", "AM", "BC", "BE", "CM", "DE", "EU", "FR", "GB", "GW", "HZ", "KB", "KG", "KM", "KW"}
    | {"LB", "MB", "MG", "ML", "MM", "MW", "NL", "PB", "PC", "PM", "TB", "TV", "UK", "US"}
)
_STREET = re.compile(
    r"\b[A-Z][a-zà-ÿ]+(?:straat|laan|weg|plein|gracht|kade|dreef|steenweg|singel|dijk|hof|"
    r"park|markt|pad|steeg|baan|lei|street|road|avenue|lane)\s+\d{1,5}(?:\s?[a-zA-Z]\b|-\d{1,3}"
    r"|\s+bis\b)?"
)
_REFERENCE = re.compile(
    r"(?i:\b(?:klant|order|bestel|contract|dossier|zaak|factuur|referentie|ticket|case|"
    r"customer|account|polis|abonnements?|klacht|aanvraag|zending|track(?:ing)?|invoice|"
    r"booking|boekings?|reserverings?)[- ]?(?:nummer|nr\.?|number|no\.?|id|code|ref\.?)"
    r"|\b(?:ref(?:erence)?|kenmerk)\b)"
    r"\s*(?:(?i:is|was|luidt)\s+)?[:#]?\s*#?"
    r"(?=[A-Za-z0-9/-]*\d)([A-Za-z0-9][A-Za-z0-9/-]{3,}[A-Za-z0-9])"
)
_PRIVATE_PHONE_TYPES_EXCLUDED: Final = frozenset({3, 4, 5, 8})  # toll-free, premium, shared, UAN


_MESSAGES: Final = {
    "nl": {
        "bsn": "Je BSN hoort niet in een openbaar bericht. Zet het alleen in het privébericht, "
        "en alleen als het bedrijf erom vraagt.",
        "iban": "Een rekeningnummer hoort niet in een openbaar bericht. Zet het in het "
        "privébericht.",
        "phone": "Een telefoonnummer is privé. Zet het in het privébericht.",
        "email": "Een e-mailadres is privé. Zet het in het privébericht.",
        "postcode": "Postcode en huisnummer zijn je adres. Zet ze in het privébericht.",
        "address": "Je adres is privé. Zet het in het privébericht.",
        "reference": "Klant-, order- en dossiernummers horen in het privébericht, niet openbaar.",
    },
    "en": {
        "bsn": "A citizen service number (BSN) never belongs in a public post. Put it only in "
        "the private message, and only if the company asks.",
        "iban": "A bank account number does not belong in a public post. Put it in the "
        "private message.",
        "phone": "A phone number is private. Put it in the private message.",
        "email": "An e-mail address is private. Put it in the private message.",
        "postcode": "A postcode with house number is your address. Put it in the private message.",
        "address": "Your address is private. Put it in the private message.",
        "reference": "Customer, order and case numbers belong in the private message, not in "
        "public.",
    },
}


def check(text: str, *, lang: str = "nl") -> Iterator[Finding]:
    """Yield an error for each piece of private data in ``text`` (meant for a public text)."""
    messages = _MESSAGES.get(lang, _MESSAGES["en"])
    taken: list[tuple[int, int]] = []
    for name, start, end in _candidates(text):
        if any(start < e and s < end for s, e in taken):
            continue
        taken.append((start, end))
        yield Finding(
            "privacy",
            f"privacy.{name}",
            "error",
            start,
            end,
            text[start:end],
            messages[name],
        )


def _candidates(text: str) -> Iterator[tuple[str, int, int]]:
    # Order matters: the more specific finder claims the span first.
    if "@" in text:
        for m in _EMAIL.finditer(text):
            yield "email", m.start(), m.end()
    yield from _ibans(text)
    yield from _phones(text)
    yield from _bsns(text)
    yield from _postcodes(text)
    for m in _STREET.finditer(text):
        yield "address", m.start(), m.end()
    for m in _REFERENCE.finditer(text):
        yield "reference", m.start(1), m.end(1)


def _ibans(text: str) -> Iterator[tuple[str, int, int]]:
    for m in _IBAN.finditer(text):
        from stdnum import iban  # lazy: only when something looks like an IBAN

        # The loose pattern may run on into the next word: try the longest valid prefix.
        raw = m.group(0)
        ends = [i + 1 for i, c in enumerate(raw) if c != " "]
        for end in reversed(ends):
            if end < len(raw) and raw[end].isalnum() and raw[end - 1].isalnum():
                continue  # an IBAN never ends inside a group of characters
            if iban.is_valid(raw[:end].upper()):
                yield "iban", m.start(), m.start() + end
                break


def _bsns(text: str) -> Iterator[tuple[str, int, int]]:
    for m in _BSN.finditer(text):
        from stdnum.nl import bsn  # lazy: only when a 9-digit number is present

        if bsn.is_valid(m.group(0)) and bsn.compact(m.group(0)) != "000000000":
            yield "bsn", m.start(), m.end()


def _postcodes(text: str) -> Iterator[tuple[str, int, int]]:
    for m in _POSTCODE.finditer(text):
        spaced = m.group(0)[4] == " "
        said = re.search(
            r"(?i)postcode|postal code|zip\W*$", text[max(0, m.start() - 20) : m.start()]
        )
        if spaced and not said and m.group(2) in _NOT_POSTCODE_LETTERS:
            continue  # "1500 MB", "2000 KM": a unit, not a postcode
        from stdnum.nl import postcode  # lazy

        if postcode.is_valid(m.group(1) + m.group(2)):
            yield "postcode", m.start(), m.end()


def _international(raw: str) -> bool:
    return raw.lstrip("(").startswith(("+", "00"))


# A run of at least nine digits (with spaces, dashes, dots or brackets) that starts like a phone
# number: only then is the slow phonenumbers import worth it.
_PHONE_HINT = re.compile(r"(?:\+|\(?0)\d[\d\s()./-]{7,}\d")


def _phones(text: str) -> Iterator[tuple[str, int, int]]:
    if not any(sum(c.isdigit() for c in m.group(0)) >= 8 for m in _PHONE_HINT.finditer(text)):
        return
    import phonenumbers  # lazy: slow to import, and most texts hold no number

    seen: list[tuple[int, int]] = []
    for region in ("NL", "BE"):
        for match in phonenumbers.PhoneNumberMatcher(
            text, region, leniency=phonenumbers.Leniency.VALID
        ):
            start, end = match.start, match.end
            if any(start < e and s < end for s, e in seen):
                continue
            kind = phonenumbers.number_type(match.number)
            if kind in _PRIVATE_PHONE_TYPES_EXCLUDED:
                continue  # a company's service line is not private data
            if region == "BE" and not _international(match.raw_string) and kind != 1:
                # Written nationally, a Belgian landline looks like a Dutch number missing a
                # digit ("06-1234567"); only Belgian mobiles (04xx) are unambiguous.
                continue
            seen.append((start, end))
            yield "phone", start, end
