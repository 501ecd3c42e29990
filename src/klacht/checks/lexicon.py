"""The tone vocabulary (``data/lexicon/tone.tsv``) and the morphology that finds its words.

A word is looked up as written, then through its inflections (Dutch ``domme``, ``idioten``,
``lafbekken``; English ``-s``, ``-ing``, ``-er``, ``-ed``), then as a compound: Dutch glues
words (``kutbedrijf``, ``oplichtersbende``, ``webcareidioten``), so a word whose first or last
part is in the vocabulary is found by splitting, not by listing every compound.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources
from typing import Final

CATEGORIES: Final = ("insult", "slur", "accusation", "profanity", "curse", "contempt", "innocent")
INNOCENT: Final = "innocent"
"""A Dutch word that merely contains a term (negeren, kleren, recidief): never a finding."""
_NL_PREFIXES: Final = frozenset(
    ("be", "ge", "ver", "ont", "her", "er", "mis", "over", "onbe", "onge", "inge", "verge")
)
"""Bound Dutch prefixes: a word made of one and a term (versleten, verhoor, onbeschoft) is a
verb or adjective of its own, not a compound with an insult as its head."""
PARTS: Final = ("any", "head", "modifier", "none")
_MIN_PART: Final = 3
"""The shortest other part of a compound (``kut`` + ``app``)."""
_LINKS: Final = ("", "s", "e", "en", "-")
"""Linking sounds between a modifier and the head (oplichter-s-bende, kanker-zooi)."""


@dataclass(frozen=True, slots=True)
class Entry:
    """One term of the vocabulary."""

    term: str
    lang: str
    category: str
    severity: str
    parts: str
    source: str


@dataclass(frozen=True, slots=True)
class Hit:
    """A word found in the vocabulary, and how: the term and whether it was a compound."""

    entry: Entry
    compound: str = ""
    """The other part of a compound (``bedrijf`` in ``kutbedrijf``); empty for a word."""
    modifier: bool = False
    """The term is the compound's first part (``kut`` in ``kutbedrijf``)."""


@functools.cache
def vocabulary(lang: str) -> dict[str, Entry]:
    """Return the terms of ``lang`` (``nl`` or ``en``), lower case."""
    text = resources.files("klacht").joinpath("data", "lexicon", "tone.tsv").read_text("utf-8")
    table: dict[str, Entry] = {}
    for line in text.splitlines()[1:]:
        if not line.strip() or line.startswith("#"):
            continue
        term, row_lang, category, severity, parts, source = line.split("\t")
        if row_lang == lang:
            table[term] = Entry(term, row_lang, category, severity, parts, source)
    return table


def _nl_stems(word: str) -> list[str]:
    """Return the forms a Dutch inflected word may come from (domme -> dom, idioten -> idioot)."""
    stems: list[str] = []
    for ending in ("sten", "ste", "ens", "en", "es", "e", "s", "'s"):
        if word.endswith(ending) and len(word) - len(ending) >= _MIN_PART:
            stem = word[: -len(ending)]
            stems.append(stem)
            if len(stem) >= 2 and stem[-1] == stem[-2] and stem[-1] not in "aeiou":
                stems.append(stem[:-1])  # domme -> dom, lafbekken -> lafbek
            if len(stem) >= 3 and stem[-2] in "aeiou" and stem[-1] not in "aeiou":
                stems.append(stem[:-1] + stem[-2] + stem[-1])  # idioten -> idioot
            if stem.endswith("z"):
                stems.append(stem[:-1] + "s")  # hersenloze -> hersenloos
            if stem.endswith("v"):
                stems.append(stem[:-1] + "f")  # dieven -> dief
    return stems


def _en_stems(word: str) -> list[str]:
    """Return the forms an English inflected word may come from (idiots, fucking, scammers)."""
    stems: list[str] = []
    for ending in ("ing", "in", "ers", "er", "ed", "es", "s", "y", "'s"):
        if word.endswith(ending) and len(word) - len(ending) >= _MIN_PART:
            stem = word[: -len(ending)]
            stems.append(stem)
            if len(stem) >= 2 and stem[-1] == stem[-2]:
                stems.append(stem[:-1])  # shitty -> shit
            stems.append(stem + "e")  # retarded -> retard(e), hoes -> hoe
    if word.endswith("ves"):
        stems.append(word[:-3] + "f")  # thieves -> thief
    return stems


def lookup_word(word: str, lang: str) -> Entry | None:
    """Return the entry of ``word`` (lower case) or of the form it is inflected from."""
    table = vocabulary(lang)
    entry = table.get(word)
    if entry is not None:
        return entry
    stems = _nl_stems(word) if lang == "nl" else _en_stems(word)
    for stem in stems:
        entry = table.get(stem)
        if entry is not None:
            return entry
    return None


@functools.lru_cache(maxsize=65536)  # a long text repeats its words: look each up once
def lookup(word: str, lang: str) -> Hit | None:
    """Return how ``word`` (lower case, no symbols) is in the vocabulary, if it is.

    A word, an inflected form, a hyphenated compound (``webcare-idioten``) or a glued one
    (``kutbedrijf``, ``oplichtersbende``).
    """
    entry = lookup_word(word, lang)
    if entry is not None:
        return None if entry.category == INNOCENT else Hit(entry)
    if "-" in word:
        parts = [p for p in word.split("-") if p]
        if len(parts) >= 2:
            head = lookup_word(parts[-1], lang)
            if head is not None and head.category == INNOCENT:
                return None
            if head is not None and head.parts in ("any", "head"):
                return Hit(head, "-".join(parts[:-1]))
            first = lookup_word(parts[0], lang)
            if first is not None and first.parts in ("any", "modifier"):
                return Hit(first, "-".join(parts[1:]), modifier=True)
        return None
    return _compound(word, lang)


def _compound(word: str, lang: str) -> Hit | None:
    table = vocabulary(lang)
    n = len(word)
    if lang != "nl":
        # English glues few words: only a swear word as the first part (shitshow, fuckwit).
        for term, entry in table.items():
            if entry.category == "profanity" and word.startswith(term) and n - len(term) > 3:
                return Hit(entry, word[len(term) :], modifier=True)
        return None
    # The modifier first: the longest vocabulary word the compound starts with.
    for cut in range(n - _MIN_PART, _MIN_PART - 1, -1):
        left = word[:cut]
        for link in _LINKS:
            if link and not left.endswith(link):
                continue
            base = left[: len(left) - len(link)] if link else left
            found = table.get(base) or (lookup_word(base, lang) if link == "s" else None)
            if found is not None and found.category == INNOCENT:
                return None  # kleren-hanger, not klere-nhanger
            if found is not None and found.parts in ("any", "modifier"):
                return Hit(found, word[cut:], modifier=True)
    # Then the head: the longest vocabulary word the compound ends with.
    for cut in range(_MIN_PART, n - _MIN_PART + 1):
        head = lookup_word(word[cut:], lang)
        if head is not None and head.category == INNOCENT:
            return None  # vlieg-tuig, zin-tuig
        if head is not None and head.parts in ("any", "head") and len(head.term) >= 4:
            return None if word[:cut] in _NL_PREFIXES else Hit(head, word[:cut])
    return None
