"""Compact word lists: a JSON index plus zlib buckets, decompressed on demand.

A ``.kwl`` file (built by ``scripts/build_wordlists.py``, which documents the format) keys each
bucket by a word's first two or three characters. Only the buckets a text needs are
decompressed, so a cold check of a short post reads a few dozen kilobytes, not the whole list.
"""

from __future__ import annotations

import json
import zlib
from functools import cache
from pathlib import Path
from typing import Final

_MAGIC: Final = b"KWL\x00\x01\n"
_DATA: Final = Path(__file__).resolve().parent.parent.parent / "data" / "wordlists"
ACCENTS: Final = {
    "a": "áàäâ",
    "e": "éèëê",
    "i": "íìïî",
    "o": "óòöô",
    "u": "úùüû",
    "c": "ç",
    "n": "ñ",
}
"""The accented letters of each plain letter."""
PLAIN: Final = {accented: plain for plain, acc in ACCENTS.items() for accented in acc}
"""Accented letter -> plain letter."""


class _Bucket:
    """The words of one bucket; frequency bands are parsed only when suggestions need them."""

    __slots__ = ("_band_text", "_bands", "cased", "heads", "mods", "words")

    def __init__(self, text: str) -> None:
        sections = text.split("\x1f") if text else [""] * 4
        self.words = frozenset(sections[0].split("\n"))
        self.cased = {w.lower(): w for w in sections[1].split("\n")}
        self.heads = frozenset(sections[2].split("\n"))
        self.mods = frozenset(sections[3].split("\n"))
        self._band_text = sections[4:]
        self._bands: dict[str, int] | None = None

    def band(self, word: str) -> int:
        if self._bands is None:
            self._bands = {}
            for band, section in enumerate(self._band_text, start=1):
                if section:
                    self._bands.update(dict.fromkeys(section.split("\n"), band))
        return self._bands.get(word, 0)


_EMPTY: Final = _Bucket("")


class WordList:
    """One language's word list, decompressed bucket by bucket on demand."""

    def __init__(self, path: Path) -> None:
        """Read the index of ``path``; buckets are loaded when first needed."""
        raw = path.read_bytes()
        if not raw.startswith(_MAGIC):
            raise ValueError(f"{path} is not a klacht word list")
        newline = raw.index(b"\n", len(_MAGIC))
        header = json.loads(raw[len(_MAGIC) : newline])
        self._blob = memoryview(raw)[newline + 1 :]
        self._index: dict[str, list[int]] = header["buckets"]
        self._buckets: dict[str, _Bucket] = {}
        self._route: dict[str, _Bucket] = {}
        """Three-letter prefix -> its bucket, filled as words are looked up."""

    def _bucket(self, word: str) -> _Bucket:
        prefix = word[:3]
        bucket = self._route.get(prefix)
        if bucket is None:
            bucket = self._route[prefix] = self._load(prefix.lower())
        return bucket

    def _load(self, key: str) -> _Bucket:
        if key not in self._index:
            key = key[:2]
        bucket = self._buckets.get(key)
        if bucket is None:
            where = self._index.get(key)
            if where is None:
                bucket = _EMPTY
            else:
                start, length = where
                bucket = _Bucket(
                    zlib.decompress(self._blob[start : start + length]).decode("utf-8")
                )
            self._buckets[key] = bucket
        return bucket

    def starting_with(self, letter: str) -> list[str]:
        """Return every listed word whose first letter (lower-cased) is ``letter``."""
        out: list[str] = []
        for key in self._index:
            if key[:1] == letter:
                out.extend(self._load(key).words)
        return out

    def band(self, word: str) -> int | None:
        """Return the frequency band of a listed word (exact case), or None."""
        if not word:
            return None
        bucket = self._bucket(word)
        return bucket.band(word) if word in bucket.words else None

    def __contains__(self, word: object) -> bool:
        """Tell whether ``word`` is listed exactly."""
        return isinstance(word, str) and bool(word) and word in self._bucket(word).words

    def cased(self, word: str) -> str | None:
        """Return the listed form of ``word`` that differs only in capitals, if any."""
        if not word:
            return None
        return self._bucket(word).cased.get(word.lower())

    def is_head(self, word: str) -> bool:
        """Tell whether ``word`` ends compounds in the list."""
        return bool(word) and word in self._bucket(word).heads

    def is_mod(self, word: str) -> bool:
        """Tell whether ``word`` (linking letters included) starts compounds in the list."""
        return bool(word) and word in self._bucket(word).mods


@cache
def load(lang: str) -> WordList:
    """Return the word list of ``lang`` (``nl`` or ``en``), loaded once per process."""
    return WordList(_DATA / f"{'nl' if lang.startswith('nl') else 'en'}.kwl")


def strip_accents(word: str) -> str:
    """Return ``word`` without diacritics on Latin vowels."""
    return "".join(PLAIN.get(ch, ch) for ch in word)
