"""Finders for contact data: e-mail (also written to dodge bots), phone, postcode, address,
and the customer, order and case numbers that identify a consumer.

Each finder yields ``(kind, start, end)``; see ``privacy_numbers`` for the approach.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from klacht.checks.privacy_cues import cue_before, cue_right_before, cues

if TYPE_CHECKING:
    from collections.abc import Iterator

Span = tuple[str, int, int]

_EMAIL: Final = re.compile(
    r"(?<![\w.@%+-])[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,63}(?![\w@])"
)
# "naam at gmail punt com", "j.jansen(at)hotmail(dot)nl", "piet [at] ziggo [punt] nl",
# "karin apenstaartje outlook.com", "j.smit @ ziggo . nl": the words for @ and . spelt out.
_AT: Final = (
    r"(?:\s*[(\[{<]\s*(?i:at|apenstaartje)\s*[)\]}>]\s*|\s+(?i:at|apenstaartje)\s+|\s+@\s+)"
)
_DOT: Final = r"(?:\s*[(\[{<]\s*(?i:dot|punt)\s*[)\]}>]\s*|\s+(?i:dot|punt)\s+|\s+\.\s+|\.)"
_TLD: Final = r"(?i:com|nl|be|net|org|eu|me|de|fr|uk|io|info|nu|email|online)"
_EMAIL_SPELT: Final = re.compile(
    rf"(?<![\w.@%+-])([A-Za-z0-9][A-Za-z0-9._%+-]*){_AT}[A-Za-z0-9-]+(?:{_DOT}[A-Za-z0-9-]+)??"
    rf"{_DOT}{_TLD}(?![\w@])"
)
_POSTCODE: Final = re.compile(
    r"(?<![\w-])([1-9]\d{3}) ?([A-Z]{2})(?![\w-])"
    r"(?:,?\s+(?:huisnummer\s+)?(\d{1,5}(?:\s?[a-zA-Z]\b|-\d{1,3}|\s+bis\b)?))?"
)
# Letter pairs that after a number are units, years or countries more often than postcodes.
_NOT_POSTCODE_LETTERS: Final = frozenset(
    {"AD", "AM", "BC", "BE", "CM", "DE", "EU", "FR", "GB", "GW", "HZ", "KB", "KG", "KM", "KW"}
    | {"LB", "MB", "MG", "ML", "MM", "MW", "NL", "PB", "PC", "PM", "TB", "TV", "UK", "US"}
)
_HOUSE: Final = r"\d{1,5}(?:\s?[a-zA-Z]\b|-\d{1,3}|/\d{1,4}|\s+bis\b)?"
_STREET: Final = re.compile(
    r"\b[A-Z][a-zà-ÿ]+(?:straat|laan|weg|plein|gracht|kade|dreef|steenweg|singel|dijk|hof|"
    r"park|markt|pad|steeg|baan|lei|street|road|avenue|lane)\s+"
    + _HOUSE
    + r"(?:,?\s+[1-9]\d{3}\s+[A-Z][a-zà-ÿ]+)?"
)
# Belgian addresses name the letterbox: "Grote Markt 5 bus 2, 2000 Antwerpen", "Meir 45 bus 201".
_BUS_ADDRESS: Final = re.compile(
    r"(?<![\w'-])(?:[A-Z][a-zà-ÿ'-]{1,30}\s){0,2}[A-Z][a-zà-ÿ'-]{1,30}\s\d{1,4}[a-zA-Z]?,?\s"
    r"(?:bus|bte\.?|boîte)\s\d{1,4}"
    r"[a-zA-Z]?\b(?:,?\s+[1-9]\d{3}\s+[A-Z][a-zà-ÿ]+)?"
)
_REFERENCE: Final = re.compile(
    r"(?i:\b(?:klant|order|bestel|contract|dossier|zaak|factuur|referentie|ticket|case|"
    r"customer|account|polis|abonnements?|abonnee|klacht|aanvraag|zending|track(?:ing)?|"
    r"invoice|booking|boekings?|reserverings?)[- ]?(?:nummer|nr\.?|number|no\.?|id|code|ref\.?)"
    r"|\b(?:ref(?:erence)?|kenmerk)\b)"
    r"\s*(?:(?i:is|was|luidt)\s+)?[:#]?\s*#?"
    r"(?=[A-Za-z0-9/-]*\d)([A-Za-z0-9][A-Za-z0-9/-]{3,}[A-Za-z0-9])"
)


def emails(text: str) -> Iterator[Span]:
    """E-mail addresses, also spelt out; a company's role mailbox (``info@``) is left alone."""
    roles = cues().role_mailboxes
    if "@" in text:
        for m in _EMAIL.finditer(text):
            if m.group(0).split("@")[0].casefold() not in roles:
                yield "email", m.start(), m.end()
    for m in _EMAIL_SPELT.finditer(text):
        if m.group(1).casefold() not in roles:
            yield "email", m.start(), m.end()


def postcodes(text: str) -> Iterator[Span]:
    """Dutch postcodes (with the house number when it follows)."""
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


def addresses(text: str) -> Iterator[Span]:
    """Street and house number, Dutch or Belgian (with "bus" and the postcode and town)."""
    for m in _BUS_ADDRESS.finditer(text):
        yield "address", m.start(), m.end()
    for m in _STREET.finditer(text):
        yield "address", m.start(), m.end()


def references(text: str) -> Iterator[Span]:
    """Customer, order, policy and case numbers, named as such."""
    for m in _REFERENCE.finditer(text):
        yield "reference", m.start(1), m.end(1)


# A run of at least nine digits (with spaces, dashes, dots or brackets) that starts like a phone
# number: only then is the slow phonenumbers import worth it.
_PHONE_HINT: Final = re.compile(r"(?:\+|\(?0)\d[\d\s()./-]{6,}\d")
_DATE_SHAPE: Final = re.compile(r"\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|\d{4}-\d{2}-\d{2}")
# Belgian landlines as Belgians group them: "03 234 56 78", "011/22.33.44", "050 12 34 56".
_BE_GROUPED: Final = re.compile(
    r"0\d[ /.]\d{3}[ .]\d{2}[ .]\d{2}|0\d{2}[ /.]\d{2}[ .]\d{2}[ .]\d{2}"
)
# National numbers that are companies' by law: free, paying, shared-cost and corporate lines.
_COMPANY_PREFIXES: Final = {31: ("800", "900", "906", "909", "88"), 32: ("800", "70", "78", "90")}


def phones(text: str) -> Iterator[Span]:
    """Phone numbers as the numbering plans allow, allocated or not, except companies' lines.

    phonenumbers' matcher at the "possible" level finds candidates for NL and BE; the plans'
    lengths then decide (NL: nine digits after the 0; BE: 04 mobiles, landlines grouped the
    Belgian way), so "06-1234567" and dates stay clean while "06-99833420" is found.
    """
    if not any(sum(c.isdigit() for c in m.group(0)) >= 8 for m in _PHONE_HINT.finditer(text)):
        return
    import phonenumbers  # lazy: slow to import, and most texts hold no number

    seen: set[tuple[int, int]] = set()
    for hint in _PHONE_HINT.finditer(text):
        if sum(c.isdigit() for c in hint.group(0)) < 8:
            continue
        # The matcher runs on the candidate and a few characters around it, not on the whole
        # text: five times faster on long texts, and the same numbers found.
        offset = max(0, hint.start() - 3)
        window = text[offset : hint.end() + 3]
        for region in ("NL", "BE"):
            matcher = phonenumbers.PhoneNumberMatcher(
                window, region, leniency=phonenumbers.Leniency.POSSIBLE
            )
            for match in matcher:
                start, end = offset + match.start, offset + match.end
                if (start, end) in seen or (start and text[start - 1].isalnum()):
                    continue  # found for NL already, or the tail of a code ("ABNA0612345678")
                number = match.number
                nsn = phonenumbers.national_significant_number(number)
                country = number.country_code or 0
                possible = bool(phonenumbers.is_possible_number(number))
                if _personal(match.raw_string, nsn, country, possible=possible) and not (
                    _said_not_personal(text, start)
                ):
                    seen.add((start, end))
                    yield "phone", start, end


def _personal(raw: str, nsn: str, country: int, *, possible: bool) -> bool:
    """Tell whether a matched number (national significant number ``nsn``) is a person's."""
    raw = raw.strip()
    if _DATE_SHAPE.fullmatch(raw):
        return False
    international = raw.lstrip("(").startswith(("+", "00"))
    if not international and not raw.startswith(("0", "(0")):
        return False
    if nsn.startswith(_COMPANY_PREFIXES.get(country, ())):
        return False
    if country == 31:
        return len(nsn) == 9
    if country == 32:
        if nsn.startswith("4"):
            return len(nsn) == 9
        return len(nsn) == 8 and (international or _BE_GROUPED.fullmatch(raw) is not None)
    return international and possible


def _said_not_personal(text: str, start: int) -> bool:
    # "Jullie klantenservice op 088 ...", "serienummer 0612345678": the company's, or a thing's.
    return cue_before(text, start, "company", window=30) or cue_right_before(text, start, "thing")
