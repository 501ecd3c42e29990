"""Undo disguises before words are looked up, keeping the original offsets.

``k*t``, ``f***``, ``a**hole`` (symbols inside a word), ``sh!t``, ``@$$``, ``kl0te``, ``1d10t``
(symbols and digits for letters), ``kuuut`` (stretched letters) and ``k u t`` (spaced letters)
all give the word they hide, with the span of what the user typed.
"""

from __future__ import annotations

import itertools
import re
import string
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

# A run of word characters and the symbols people put inside words. Hashtags are read (the
# '#' is not part of the run); handles, URLs and e-mail addresses are skipped.
_RUN: Final = re.compile(r"[\w*@$!|€'\u2019-]+")
# An e-mail address starts only where its run starts (the lookbehind) and never gives back what
# it took (possessive), so a long run without an "@" is read once, not once per letter.
_SKIP: Final = re.compile(r"(?:https?://|www\.)\S+|(?<![\w.+-])[\w.+-]++@[\w-]++(?:\.[\w-]++)+")
_SPACED: Final = re.compile(r"(?<!\w)(?:[^\W\d_][ .]){2,}[^\W\d_](?![\w])")
_STRETCH: Final = re.compile(r"([^\W\d_])\1{2,}")
_LEET: Final = {"0": "o", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s", "€": "e"}
_LEET_AMBIGUOUS: Final = {"1": "il", "!": "il", "|": "li"}
_MAX_STARS: Final = 2
"""Stars tried letter by letter (26 ** 2 lookups); more stars are matched against whole terms."""
_TRIM: Final = "!'\u2019-|"
_MAX_WORD: Final = 60
"""Longer runs are codes or keyboard mashing, not words: looking them up would cost n**2."""


@dataclass(frozen=True, slots=True)
class Token:
    """A word as typed, where it is, and the lower-case readings to look up."""

    start: int
    end: int
    text: str
    forms: tuple[str, ...]
    """The plain reading first, then the undisguised ones."""


def _readings(word: str) -> list[str]:
    """Return the readings of ``word`` (lower case): plain, then with disguises undone."""
    low = word.lower().replace("\u2019", "'")
    forms = [low]
    if _STRETCH.search(low):
        forms.append(_STRETCH.sub(r"\1", low))
        forms.append(_STRETCH.sub(r"\1\1", low))
    if any(c in _LEET or c in _LEET_AMBIGUOUS for c in low) and not low.isdigit():
        choices = [_LEET_AMBIGUOUS.get(c, _LEET.get(c, c)) for c in low]
        if sum(len(c) > 1 for c in choices) <= 3:
            forms.extend("".join(p) for p in itertools.product(*choices))
    return list(dict.fromkeys(forms))


def tokens(text: str) -> Iterator[Token]:
    """Yield every word of ``text`` worth looking up, with its readings."""
    skipped = [m.span() for m in _SKIP.finditer(text)]
    for m in _RUN.finditer(text):
        start, end = m.span()
        if any(s <= start < e for s, e in skipped):
            continue
        word = m.group(0)
        stripped = word.lstrip(_TRIM)
        start += len(word) - len(stripped)
        word = stripped.rstrip(_TRIM)
        end = start + len(word)
        if not word or len(word) > _MAX_WORD:
            continue
        if word[0] == "@" and len(word) > 1 and (word[1].isalnum() or word[1] == "_"):
            continue  # a handle
        if not any(c.isalpha() for c in word) and not any(c in "@$€*" for c in word):
            continue  # a number
        yield Token(start, end, text[start:end], tuple(_readings(word)))
    for m in _SPACED.finditer(text):
        letters = "".join(c for c in m.group(0) if c.isalpha())
        yield Token(m.start(), m.end(), m.group(0), (letters.lower(),))


def unstar(word: str, known: Callable[[str], bool], terms: tuple[str, ...]) -> str | None:
    """Return what a word with stars hides (``k*t`` -> ``kut``), if ``known`` accepts it.

    Up to two stars are tried letter by letter; more stars (``f***``) must match a whole
    term of ``terms`` letter for letter, a star standing for any one letter.
    """
    low = word.lower()
    stars = low.count("*")
    if not stars or not any(c.isalpha() for c in low) or low.strip("*") == "":
        return None
    if stars <= _MAX_STARS:
        positions = [i for i, c in enumerate(low) if c == "*"]
        for letters in itertools.product(string.ascii_lowercase, repeat=stars):
            chars = list(low)
            for i, letter in zip(positions, letters, strict=True):
                chars[i] = letter
            candidate = "".join(chars)
            if known(candidate):
                return candidate
        return None
    pattern = re.compile(re.escape(low).replace(r"\*", "[a-z]"))
    return next((t for t in terms if pattern.fullmatch(t)), None)
