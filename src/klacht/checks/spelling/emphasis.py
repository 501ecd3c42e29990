"""Emphasis written by stretching a word ("veeeeel", "nooooit") or with the wrong accent.

Dutch marks emphasis with acute accents on the stressed vowel, both letters of a long vowel
included: "véél", "nóóit", "já", "hóé" (Taalunie, klemtoonteken); "ij" takes it on the i
only ("híj"). English has no such mark: a stretched English word is just its plain form.
These helpers give the candidates; the ranking in ``embedded.py`` decides.
"""

from __future__ import annotations

import re
from itertools import product
from typing import Final

_RUN: Final = re.compile(r"(.)\1{2,}")
"""A letter three or more times in a row: no Dutch or English word has that."""
_VOWEL_GROUP: Final = re.compile(r"ij|[aeiouy]+")
_ACUTE: Final = str.maketrans("aeiouy", "áéíóúý")
_PAIRS: Final = frozenset({"ie", "oe", "eu", "ui", "ei", "au", "ou"})
_MAX_RUNS: Final = 3


def collapsed(word: str) -> list[str]:
    """Return ``word`` with each run of three or more equal letters cut to one or to two."""
    runs = list(_RUN.finditer(word))
    if not runs or len(runs) > _MAX_RUNS:
        return []
    out = []
    for lengths in product((1, 2), repeat=len(runs)):
        parts, last = [], 0
        for m, n in zip(runs, lengths, strict=True):
            parts.append(word[last : m.start()] + m.group(1) * n)
            last = m.end()
        out.append("".join(parts) + word[last:])
    return out


def emphatic(word: str) -> str | None:
    """Return the Dutch emphasis spelling of a one-syllable word ("veel" -> "véél"), or None."""
    groups = list(_VOWEL_GROUP.finditer(word))
    if len(groups) != 1:
        return None  # only one-syllable words: which syllable is stressed is not in the list
    m = groups[0]
    vowels = m.group()
    if vowels == "ij":
        marked = "íj"
    elif len(vowels) >= 2 and vowels[0] == vowels[1]:
        marked = vowels[:2].translate(_ACUTE) + vowels[2:]  # nóóit, máár
    elif vowels[:2] in _PAIRS:
        marked = vowels[:2].translate(_ACUTE) + vowels[2:]  # hóé, éú
    else:
        marked = vowels[0].translate(_ACUTE) + vowels[1:]
    return word[: m.start()] + marked + word[m.end() :]
