"""Length per platform with the platforms' own counting rules.

- X: twitter-text's weighted length (URLs count 23, CJK, € and emoji 2): counted here for text
  without emoji and with plain domains/URLs only, else by twitter-text-parser (slow import).
- Bluesky: extended grapheme clusters (300), and at most 3000 UTF-8 bytes.
- Mastodon: graphemes, with each http(s) URL counting 23 and ``@user@domain`` as ``@user`` (500).
- Threads: graphemes (500). Others: code points.
"""

from __future__ import annotations

import re
import sys
import types
import unicodedata
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

if TYPE_CHECKING:
    from collections.abc import Callable

BLUESKY_MAX_BYTES: Final = 3000
MASTODON_URL_LENGTH: Final = 23
# Mastodon counts only URLs with a scheme; trailing sentence punctuation is not part of them.
_MASTODON_URL = re.compile(r"(?<![\w/])https?://[^\s<>\"]+?(?=[.,:;!?)\]]*(?:\s|$))")
_MASTODON_REMOTE = re.compile(r"(?<![\w@])(@[A-Za-z0-9_]+(?:[.-]+[A-Za-z0-9_]+)*)@[\w.-]+\.\w+")


def graphemes(text: str) -> int:
    """Return the number of extended grapheme clusters in ``text``."""
    if text.isascii() and "\r" not in text:
        return len(text)  # each ASCII character but CR LF is its own cluster
    import regex  # lazy: only for non-ASCII text

    return len(regex.findall(r"\X", text))


def mastodon_length(text: str, spoiler_text: str = "") -> int:
    """Return Mastodon's countable length of a status and its content warning."""
    countable = _MASTODON_URL.sub("x" * MASTODON_URL_LENGTH, text)
    countable = _MASTODON_REMOTE.sub(r"\1", countable)
    return graphemes(spoiler_text + countable)


# Code points X weighs 1 (twitter-text config v2/v3 ``ranges``); every other code point weighs 2.
_X_HEAVY = re.compile(r"[^\x00-\u10ff\u2000-\u200d\u2010-\u201f\u2032-\u2037]")
# Any code point that is (or may be part of) an emoji in twitter-text's emoji-test.txt, as a
# superset: the ``\u2122-\u2b55`` block, variation selectors, surrogates and all beyond the BMP.
_X_EMOJI = re.compile(
    r"[\u00a9\u00ae\u200d\u203c\u2049\u20e3\u2122-\u2b55\u3030\u303d\u3297\u3299"
    r"\ud800-\udfff\ufe00-\ufe0f\U00010000-\U0010ffff]"
)
# A twitter-text URL needs a top-level domain right after a dot, and a TLD starts with a letter.
_X_URLISH = re.compile(r"\.[^\W\d_]|://")
# ".a" in "o.a." or "d.w.z.": no TLD is one letter, and a TLD must end before [^0-9a-zA-Z@+-].
_X_NO_TLD = re.compile(r"\.[A-Za-z](?![0-9A-Za-z@+-])")
# A plain URL or domain between spaces that twitter-text counts as 23, whole: ASCII labels,
# a known TLD, an optional simple path, and only sentence punctuation before the next space.
_X_URL = re.compile(
    r"(?<![^ \t\n(])(?:https?://)?(?P<host>(?:[a-z0-9]+(?:-+[a-z0-9]+)*\.)+(?P<tld>[a-z]{2,6}))"
    r"(?:/(?:[a-z0-9_/-]|\.(?=[a-z0-9_/-]))*)?(?=[.,!?;:)]*(?:[ \t\n]|$))",
    re.IGNORECASE,
)
# Top-level domains in twitter-text's lists (tests/test_length.py checks each one).
_X_TLDS: Final = frozenset(
    {"app", "be", "biz", "ch", "co", "com", "de", "dev", "eu", "fr", "info", "io", "it", "nl"}
    | {"net", "nu", "online", "org", "shop", "store", "uk"}
)
_X_URL_WEIGHT: Final = 23
_X_URL_MAX: Final = 4000  # twitter-text ignores URLs over 4096 characters


def x_length(text: str, *, version: int = 3) -> int:
    """Return X's weighted length; version 3 (emoji count 2) is what X uses today.

    Text without emoji or URLs (accents, €, CJK included) is counted here; anything else goes
    to twitter-text-parser, whose import costs 0.3-0.5 s.
    """
    if version in (2, 3):
        n = x_length_fast(text)
        if n is not None:
            return n
    parse_tweet, config = _twitter_text()
    options = {"emoji_parsing_enabled": False, **config[f"version{version}"]}
    return int(parse_tweet(text, options).weightedLength)


def _twitter_text() -> tuple[Callable[[str, dict[str, Any]], Any], dict[str, Any]]:
    """Import twitter-text-parser (lazily: 0.3 s) and return ``parse_tweet`` and its config.

    twitter-text-parser 3.0.0 reads its emoji list with ``pkg_resources.resource_string``
    and nothing else from it. setuptools 82 no longer ships ``pkg_resources`` (and Python
    3.12+ virtualenvs have no setuptools at all), 80.9-81 print a deprecation ``UserWarning``
    on import, and the import itself costs about 0.15 s. So while twitter_text is imported, a
    stand-in offering just ``resource_string`` is put in ``sys.modules`` and taken out again.
    """

    stand_in = None
    if "twitter_text" not in sys.modules and "pkg_resources" not in sys.modules:
        stand_in = types.ModuleType("pkg_resources")
        stand_in.resource_string = _resource_string  # type: ignore[attr-defined]
        sys.modules["pkg_resources"] = stand_in
    try:
        from twitter_text import parse_tweet  # lazy: slow import, only for URLs and emoji
        from twitter_text.config import config
    finally:
        if stand_in is not None and sys.modules.get("pkg_resources") is stand_in:
            del sys.modules["pkg_resources"]
    return parse_tweet, config


def _resource_string(module: str, name: str) -> bytes:
    """Read a data file next to ``module``, as ``pkg_resources.resource_string`` does."""

    origin = sys.modules[module].__file__
    if origin is None:
        raise FileNotFoundError(name)
    return Path(origin).with_name(name).read_bytes()


def x_length_fast(text: str) -> int | None:
    """Return X's weighted length (v2 and v3 agree here), or None when twitter-text must count.

    Each code point weighs 1 or 2 by twitter-text's ``ranges``, after NFC normalisation and
    with CR LF counted as one line break, as twitter-text does; a plain URL or domain counts 23.
    """
    if _X_EMOJI.search(text):
        return None
    if not text.isascii():
        normal = unicodedata.normalize("NFC", text)
        if normal != text and _X_EMOJI.search(normal):
            return None
        text = normal
    text = text.replace("\r\n", "\n")
    urls = _x_urls(text) if "." in text else []
    if urls is None:
        return None
    n = len(text) + sum(_X_URL_WEIGHT - (end - start) for start, end in urls)
    return n + len(_X_HEAVY.findall(text)) if not text.isascii() else n


def _x_urls(text: str) -> list[tuple[int, int]] | None:
    """Return the spans of the URLs in ``text``, or None when only twitter-text can tell."""
    urls = []
    for m in _X_URL.finditer(text):
        host = m.group("host").lower()
        labels_ok = all(len(label) <= 63 for label in host.split("."))  # IDNA's limit
        if m.group("tld").lower() not in _X_TLDS or not labels_ok or host == "t.co":
            return None  # t.co links get twitter-text's own slug rules
        if m.end() - m.start() > _X_URL_MAX:
            return None
        urls.append(m.span())
    for m in _X_URLISH.finditer(text):
        if _X_NO_TLD.match(text, m.start()):
            continue
        if not any(start <= m.start() < end for start, end in urls):
            return None
    return urls


def measure(text: str, platform: str) -> int:
    """Return the length of ``text`` as ``platform`` counts it."""
    if platform == "x":
        return x_length(text)
    if platform == "mastodon":
        return mastodon_length(text)
    if platform in ("bluesky", "threads"):
        return graphemes(text)
    return len(text)
