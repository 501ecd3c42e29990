"""Word tokens of a text, skipping URLs, e-mail addresses, handles, hashtags and codes.

One left-to-right pass, linear in the length of the text whatever it holds.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from collections.abc import Iterable

# Things that are never words: URLs, e-mail addresses, handles, hashtags. Then word tokens.
# Every run that could be rescanned from each of its positions is possessive and starts only
# where such a run starts (the lookbehinds), so a megabyte of "@" or of one long word is read
# a bounded number of times, not once per position (that took minutes).
_TOKEN_RE: Final = re.compile(
    r"(?P<skip>(?:https?://|www\.)\S+"
    r"|(?<![\w.+-])[\w.+-]++@[\w-]++(?:\.[\w-]++)+"
    r"|[@#][\w.@-]*+"
    r"|(?<![\w-])[\w-]++\.(?:nl|be|com|org|net|eu|io)\b(?:/\S*)?)"
    r"|(?P<word>\w+(?:['\u2019-]\w+)*)"
)
_LONGEST: Final = 60
"""Longer "words" are pasted blobs, not language: never checked (compound search is quadratic)."""


def _scan(text: str) -> Iterable[tuple[bool, int, int]]:
    """Yield ``(skip, start, end)`` for each token, in one left-to-right pass."""
    for m in _TOKEN_RE.finditer(text):
        start, end = m.span()
        if m.group("skip") is not None:
            while end > start and not (text[end - 1].isalnum() or text[end - 1] == "_"):
                end -= 1  # "@KLM." and "#fail!": the handle, not the full stop
            if end - start > 1 or m.group().startswith(("http", "www")):
                yield True, start, end
            continue
        yield False, start, end


def tokens(text: str) -> Iterable[tuple[int, int, str]]:
    """Yield ``(start, end, word)`` for each word worth checking (no URLs, handles, codes)."""
    for skip, start, end in _scan(text):
        if skip:
            continue
        word = text[start:end]
        if _code(word):
            continue  # numbers and codes: KL1234, 3x, 20-11, a pasted blob
        if start and text[start - 1] in "'\u2019" and (word == "s" or word.startswith("s-")):
            start -= 1  # 's-Hertogenbosch, 's avonds
            word = text[start:end]
        yield start, end, word


def skipped_spans(text: str) -> list[tuple[int, int]]:
    """Return the spans never checked: URLs, e-mail addresses, handles, hashtags, codes."""
    return [(start, end) for skip, start, end in _scan(text) if skip or _code(text[start:end])]


def _code(word: str) -> bool:
    """Tell whether a word token is a number or code (digits, ``_``) or too long to be a word."""
    return len(word) > _LONGEST or any(ch.isdigit() or ch == "_" for ch in word)
