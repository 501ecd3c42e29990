"""Length per platform with the platforms' own counting rules, and the content of a post.

- X: twitter-text's weighted length (URLs count 23, CJK and emoji 2), via twitter-text-parser.
- Bluesky: extended grapheme clusters (300), and at most 3000 UTF-8 bytes.
- Mastodon: graphemes, with each http(s) URL counting 23 and ``@user@domain`` as ``@user`` (500).
- Threads: graphemes (500). Others: code points.

``check`` runs only for a post (a platform is given), so it also runs the content checks
(``content.no_fact``, ``content.no_request``) that make sense only for a post.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from klacht.model import Finding
from klacht.platforms import PLATFORMS

if TYPE_CHECKING:
    from collections.abc import Iterator

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
# What sends a text to twitter-text-parser: any code point that is (or may be part of) an emoji
# in twitter-text's emoji-test.txt (a superset: the ``\u2122-\u2b55`` block, variation
# selectors, surrogates and everything beyond the BMP), and anything that might be a URL: a
# domain needs a dot right before its top-level domain, which starts with a letter.
_X_SLOW = re.compile(
    r"[\u00a9\u00ae\u200d\u203c\u2049\u20e3\u2122-\u2b55\u3030\u303d\u3297\u3299"
    r"\ud800-\udfff\ufe00-\ufe0f\U00010000-\U0010ffff]|\.[^\W\d_]|://"
)


def x_length(text: str, *, version: int = 3) -> int:
    """Return X's weighted length; version 3 (emoji count 2) is what X uses today.

    Text without emoji or URLs (accents, €, CJK included) is counted here; anything else goes
    to twitter-text-parser, whose import costs 0.3-0.5 s.
    """
    if version in (2, 3):
        n = x_length_fast(text)
        if n is not None:
            return n
    from twitter_text import parse_tweet  # lazy: slow import, only for URLs and emoji
    from twitter_text.config import config

    options = {"emoji_parsing_enabled": False, **config[f"version{version}"]}
    return int(parse_tweet(text, options).weightedLength)


def x_length_fast(text: str) -> int | None:
    """Return X's weighted length (v2 and v3 agree here), or None when twitter-text must count.

    Each code point weighs 1 or 2 by twitter-text's ``ranges``, after NFC normalisation and
    with CR LF counted as one line break, as twitter-text does.
    """
    if _X_SLOW.search(text):
        return None
    if not text.isascii():
        import unicodedata  # lazy: only for non-ASCII text

        normal = unicodedata.normalize("NFC", text)
        if normal != text and _X_SLOW.search(normal):
            return None
        text = normal
    n = len(text) - text.count("\r\n")
    return n + len(_X_HEAVY.findall(text)) if not text.isascii() else n


def measure(text: str, platform: str) -> int:
    """Return the length of ``text`` as ``platform`` counts it."""
    if platform == "x":
        return x_length(text)
    if platform == "mastodon":
        return mastodon_length(text)
    if platform in ("bluesky", "threads"):
        return graphemes(text)
    return len(text)


def check(text: str, *, platform: str, lang: str = "nl") -> Iterator[Finding]:
    """Yield length findings for ``platform``, then the content findings for a post."""
    info = PLATFORMS[platform]
    n = measure(text, platform)
    unit = "tekens" if lang == "nl" else "characters"
    if n > info.limit:
        message = (
            f"Te lang voor {info.label}: {n} van {info.limit} {unit}. Kort in, of zet details "
            "in het privébericht."
            if lang == "nl"
            else f"Too long for {info.label}: {n} of {info.limit} {unit}. Shorten it, or move "
            "details to the private message."
        )
        yield Finding("length", "length.limit", "error", 0, len(text), text, message)
    elif platform == "bluesky" and len(text.encode("utf-8")) > BLUESKY_MAX_BYTES:
        message = (
            f"Te lang voor Bluesky: meer dan {BLUESKY_MAX_BYTES} bytes."
            if lang == "nl"
            else f"Too long for Bluesky: more than {BLUESKY_MAX_BYTES} bytes."
        )
        yield Finding("length", "length.limit", "error", 0, len(text), text, message)
    elif n > info.target:
        message = (
            f"Lang voor {info.label} ({n} {unit}): korter werkt beter, mik op {info.target}."
            if lang == "nl"
            else f"Long for {info.label} ({n} {unit}): shorter works better, aim for {info.target}."
        )
        yield Finding("length", "length.target", "warning", 0, len(text), text, message)
    from klacht.checks import content

    yield from content.check(text, lang=lang)
