"""The privacy guard's context: cue words (``data/privacy.yaml``) and where they count.

A number is personal data or not by what surrounds it: a date after "geboren" is a date of
birth, a number after "serienummer" names a thing, a number after "klantenservice" belongs
to the company. Cue words of every language count at once, since people mix them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any, Final

from klacht.storage import paths

CUE_KINDS: Final = ("birth", "vehicle", "document", "bsn", "company", "thing")
"""The cue lists a detector may ask for."""

# A full stop ends a clause only before a capital: "geb. 12/08/1990" is one clause.
_SENTENCE_END: Final = re.compile(r"[!?;]\s|\.\s+(?=[A-Z])|\n")


@dataclass(frozen=True, slots=True)
class Cues:
    """The cue words of ``data/privacy.yaml`` that are no pattern (see ``cue_pattern``)."""

    role_mailboxes: frozenset[str]
    """Local parts that name a company's mailbox (``info``, ``support``)."""
    month: str
    """A regex alternative of month names and abbreviations (no groups)."""


def _words(raw: dict[str, Any], name: str) -> list[str]:
    return sorted({str(w).casefold() for words in raw[name].values() for w in words}, key=len)


def _alternatives(words: list[str]) -> str:
    # Longest first, so "serial number" wins over "serial"; spaces match any whitespace.
    parts = [re.escape(w).replace(r"\ ", r"\s+") for w in reversed(words)]
    return "|".join(parts)


@cache
def cues() -> Cues:
    """Return the cue words, read once from klacht's own data file."""
    raw = paths.packaged_yaml("privacy.yaml")
    roles = frozenset(_words(raw["cues"], "role_mailbox"))
    return Cues(roles, _alternatives(_words(raw, "months")))


@cache
def cue_pattern(kind: str) -> re.Pattern[str]:
    """Return the case-insensitive, whole-word pattern of the ``kind`` cues (``CUE_KINDS``).

    Compiled when a detector first asks for it: most texts need one or two of the six.
    """
    words = _words(paths.packaged_yaml("privacy.yaml")["cues"], kind)
    return re.compile(rf"(?<!\w)(?:{_alternatives(words)})(?!\w)", re.IGNORECASE)


def examples() -> dict[str, dict[str, list[str]]]:
    """Return the examples per detector kind: ``fail`` ones are found, ``pass`` ones are not."""
    raw: dict[str, dict[str, list[str]]] = paths.packaged_yaml("privacy.yaml")["examples"]
    return raw


def _clause_before(text: str, start: int, window: int) -> str:
    before = text[max(0, start - window) : start]
    ends = list(_SENTENCE_END.finditer(before))
    return before[ends[-1].end() :] if ends else before


def cue_before(text: str, start: int, kind: str, *, window: int = 30) -> bool:
    """Tell whether a ``kind`` cue word stands in the same clause, at most ``window`` before."""
    return cue_pattern(kind).search(_clause_before(text, start, window)) is not None


def cue_right_before(text: str, start: int, kind: str, *, words: int = 2) -> bool:
    """Tell whether a ``kind`` cue is among the last ``words`` words before ``start``.

    Tight on purpose: "serienummer 0612345678" names a thing, but a "trein" ten words earlier
    says nothing about the phone number at the end of the sentence.
    """
    clause = _clause_before(text, start, 40)
    tail = " ".join(re.findall(r"[\w.-]+", clause)[-words:])
    return cue_pattern(kind).search(tail) is not None


def cue_near(text: str, start: int, end: int, kind: str, *, window: int = 30) -> bool:
    """Tell whether a ``kind`` cue stands just before ``start`` or just after ``end``."""
    if cue_before(text, start, kind, window=window):
        return True
    after = text[end : end + window]
    if match := _SENTENCE_END.search(after):
        after = after[: match.start()]
    return cue_pattern(kind).search(after) is not None
