"""Innocent senses of vocabulary words, told apart by context, and Dutch inside English.

A garden hoe, a pussy cat, a Maine coon, twenty fags, a car's tranny, ``git push``, Dick
Smith: each word is in the vocabulary for its rude sense, and ``data/lexicon/homonyms.tsv``
lists the words around it that show the innocent one (right before it, right after it, or
anywhere in its sentence) and whether it is also a name.

An "English" post may hold a Dutch sentence ("hoe vaak moet ik bellen?"): the cue ``@nl``
says that a term is a Dutch word too (``hoe`` is "how"), innocent in a sentence that reads
Dutch. English swear words inside Dutch ("jullie zijn een stel @$$") are still found.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources
from typing import Final


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


_DUTCH: Final = _set(
    """het een niet ik jij wij zij ze je jullie dat maar ook nog wel geen naar voor met zijn
    wat waar heb heeft hebben ben bent kan kun kunt moet zou als dan om bij uit mijn jouw
    onze meer veel vaak nooit altijd dit deze gaat weer zo hier daar wordt worden zelf
    nou toch echt gewoon alleen omdat want weet iets niks niemand iedereen"""
)
"""Frequent Dutch words that are not English words (no ``die``, ``van``, ``over``, ``is``)."""
_ENGLISH: Final = _set(
    """the a an and you i to of it that for my your this with on are be not was have has
    they we he she what how why when just but so do don't can't i'm it's"""
)


@dataclass(frozen=True, slots=True)
class Sense:
    """The innocent sense of a term and the context words that show it."""

    term: str
    sense: str
    before: tuple[str, ...]
    after: tuple[str, ...]
    near: tuple[str, ...]
    name: bool


@functools.cache
def senses(lang: str) -> dict[str, Sense]:
    """Return the terms of ``lang`` (``nl`` or ``en``) that have an innocent sense."""
    path = resources.files("klacht").joinpath("data", "lexicon", "homonyms.tsv")
    table: dict[str, Sense] = {}
    for line in path.read_text("utf-8").splitlines()[1:]:
        if not line.strip() or line.startswith("#"):
            continue
        term, row_lang, sense, before, after, near, name = line.split("\t")
        if row_lang == lang:
            table[term] = Sense(
                term,
                sense,
                tuple(before.split()),
                tuple(after.split()),
                tuple(near.split()),
                name == "yes",
            )
    return table


def _cued(words: list[str], cues: tuple[str, ...]) -> bool:
    """Tell whether one of ``words`` is a cue (a cue ending in ``*`` is a prefix)."""
    for word in words:
        for cue in cues:
            if word == cue or (cue.endswith("*") and word.startswith(cue[:-1])):
                return True
    return False


def innocent(term: str, lang: str, before: list[str], after: list[str], named: bool) -> bool:
    """Tell whether ``term`` is used in its innocent sense.

    ``before`` and ``after``: the lower-case words of its sentence on either side (the other
    part of a compound included); ``named``: it is capitalised next to a capitalised word.
    """
    sense = senses(lang).get(term)
    if sense is None:
        return False
    if sense.name and named:
        return True
    if _cued(before[-1:], sense.before) or _cued(after[:1], sense.after):
        return True
    if "@nl" in sense.near and reads_dutch(before + after):
        return True
    return _cued(before + after, sense.near)


def reads_dutch(words: list[str]) -> bool:
    """Tell whether a sentence's lower-case words are Dutch rather than English."""
    dutch = len({w for w in words if w in _DUTCH})
    english = len({w for w in words if w in _ENGLISH})
    return dutch >= 2 and dutch > english
