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


# Code points X weighs 1 (twitter-text config v2/v3 ``ranges``), minus the two emoji among them.
_X_LIGHT = re.compile(r"[\x00-\xa8\xaa-\xad\xaf-\u10ff\u2000-\u200d\u2010-\u201f\u2032-\u2037]*")
# Something twitter-text might read as a URL ("bol.com", "https://"): the slow path decides.
_X_URLISH = re.compile(r"[^\s]\.[^\W\d_]|://")


def x_length(text: str, *, version: int = 3) -> int:
    """Return X's weighted length; version 3 (emoji count 2) is what X uses today.

    Plain text (every code point weighing 1, nothing like a URL) is counted here; anything
    else goes to twitter-text-parser, whose import costs 0.1-0.4 s.
    """
    if version in (2, 3) and _X_LIGHT.fullmatch(text) and not _X_URLISH.search(text):
        import unicodedata

        normal = unicodedata.normalize("NFC", text).replace("\r\n", "\n")
        if _X_LIGHT.fullmatch(normal):
            return len(normal)
    from twitter_text import parse_tweet  # lazy: slow import, only for X
    from twitter_text.config import config

    options = {"emoji_parsing_enabled": False, **config[f"version{version}"]}
    return int(parse_tweet(text, options).weightedLength)


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
