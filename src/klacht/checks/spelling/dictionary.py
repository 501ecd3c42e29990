"""The personal dictionary: ``dictionary.txt`` in the config folder, one word per line.

Checking reads it leniently (a bad byte or an unreadable file must not stop a check), but
``add_word`` reads it strictly under a file lock: a file it cannot read is refused by name and
never overwritten, so no earlier word is ever lost.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import Final

from klacht.errors import DataFileError, KlachtError, StoreError, os_reason, says
from klacht.storage import paths

DICTIONARY_NAME: Final = "dictionary.txt"
MAX_WORD: Final = 60
"""The longest word accepted, in characters."""
_WORD_MARKS: Final = frozenset("'\u2019-.")
"""What may join the letters and digits of a word: apostrophes, hyphens and dots."""
LOCK_TIMEOUT: Final = 10.0
"""Seconds ``add_word`` waits for another klacht process to finish with the dictionary."""


def dictionary_path() -> Path:
    """Return the personal dictionary file (one word per line)."""
    return paths.config_dir() / DICTIONARY_NAME


def _words(text: str) -> frozenset[str]:
    return frozenset(line.strip() for line in text.splitlines() if line.strip())


def load_dictionary() -> frozenset[str]:
    """Return the words in the personal dictionary, leniently (empty when there is none).

    A line with bytes that are not UTF-8 is skipped; the rest still count. A file that cannot
    be opened gives no words: spelling still runs, just without them. The words are read
    once per version of the file (its modification time and size), so a long dictionary
    costs one read, not one per check.
    """
    return _cached(dictionary_path(), folded=False)


def load_dictionary_folded() -> frozenset[str]:
    """Return the personal dictionary's words plus their lower-case forms (cached likewise)."""
    return _cached(dictionary_path(), folded=True)


def _cached(path: Path, *, folded: bool) -> frozenset[str]:
    try:
        stat = path.stat()
    except OSError:
        return frozenset()
    return _read_lenient(str(path), stat.st_mtime_ns, stat.st_size, folded)


@lru_cache(maxsize=4)
def _read_lenient(path: str, mtime_ns: int, size: int, folded: bool) -> frozenset[str]:
    """Read the dictionary at ``path``; the version arguments are the cache key."""
    del mtime_ns, size
    try:
        raw = Path(path).read_bytes()
    except OSError:
        return frozenset()
    text = raw.decode("utf-8", errors="replace")
    words = frozenset(w for w in _words(text) if "\ufffd" not in w)
    return words | {w.lower() for w in words} if folded else words


def read_dictionary() -> frozenset[str]:
    """Return the words in the personal dictionary; raise DataFileError when it is unreadable."""
    path = dictionary_path()
    try:
        return _words(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return frozenset()
    except UnicodeDecodeError as err:
        line = err.object[: err.start].count(b"\n") + 1
        raise DataFileError(
            f"Je woordenlijst {path} is geen geldige UTF-8-tekst (regel {line}).",
            hint="Herstel of verwijder het bestand; klacht overschrijft het niet.",
        ) from err
    except OSError as err:
        raise DataFileError(
            f"Je woordenlijst {path} is niet te lezen: {err.strerror or err}.",
            hint="Controleer het bestand en de rechten erop; klacht overschrijft het niet.",
        ) from err


def valid_word(word: str) -> str:
    """Return ``word`` stripped and composed (NFC); raise KlachtError when it is not one word.

    A word is letters and digits, joined by apostrophes, hyphens and dots; nothing else
    (no spaces, slashes, markup or control characters) and at most ``MAX_WORD`` characters.
    """

    word = unicodedata.normalize("NFC", word.strip())
    shown = "".join(ch if ch.isprintable() else "?" for ch in word[:MAX_WORD])
    if not word or any(ch.isspace() for ch in word):
        raise KlachtError(f"'{shown}' is geen enkel woord.", hint="Voeg één woord tegelijk toe.")
    if len(word) > MAX_WORD:
        raise KlachtError(f"Dat woord is te lang (meer dan {MAX_WORD} tekens).")
    if not any(ch.isalnum() for ch in word) or not all(
        ch.isalnum() or ch in _WORD_MARKS or unicodedata.category(ch).startswith("M") for ch in word
    ):
        raise KlachtError(
            f"'{shown}' kan niet in je woordenlijst: een woord bestaat uit letters en cijfers, "
            "eventueel met een apostrof, koppelteken of punt.",
            hint="Bijvoorbeeld: klacht spelling add Zalandu",
        )
    return word


def add_word(word: str, *, timeout: float = LOCK_TIMEOUT) -> bool:
    """Add ``word`` to the personal dictionary; return False when it was there already.

    Raises KlachtError for a non-word, DataFileError when the dictionary cannot be read (it
    is then left as it is), and KlachtError when another process holds the lock too long.
    """
    from filelock import FileLock, Timeout  # lazy: only when a word is added

    word = valid_word(word)
    path = dictionary_path()
    try:
        paths.ensure_private_dir(path.parent)
        with FileLock(str(path) + ".lock", timeout=timeout, mode=0o600):
            words = read_dictionary()
            if word in words:
                return False
            paths.write_private(path, "".join(f"{w}\n" for w in sorted(words | {word})))
    except Timeout:
        raise KlachtError(
            f"Je woordenlijst {path} is bezet door een ander klacht-proces.",
            hint="Probeer het zo nog eens.",
        ) from None
    except OSError as err:  # a read-only KLACHT_HOME is an operational failure: exit 1
        raise StoreError(says("storage.write_failed", path=path, reason=os_reason(err))) from err
    return True
