"""Length per platform with the platforms' own counting rules."""

from __future__ import annotations

from typing import TYPE_CHECKING

from klacht.model import Finding
from klacht.platforms import PLATFORMS

if TYPE_CHECKING:
    from collections.abc import Iterator


def measure(text: str, platform: str) -> int:
    """Return the length of ``text`` as ``platform`` counts it."""
    if platform == "x":
        from twitter_text import parse_tweet

        return int(parse_tweet(text).weightedLength)
    if platform in ("bluesky", "mastodon", "threads"):
        import regex

        return len(regex.findall(r"\X", text))
    return len(text)


def check(text: str, *, platform: str, lang: str = "nl") -> Iterator[Finding]:
    """Yield a finding when ``text`` is over the platform's limit or klacht's target."""
    info = PLATFORMS[platform]
    n = measure(text, platform)
    if n > info.limit:
        message = (
            f"Te lang voor {info.label}: {n} van {info.limit} tekens."
            if lang == "nl"
            else f"Too long for {info.label}: {n} of {info.limit} characters."
        )
        yield Finding("length", "length.limit", "error", 0, len(text), text, message)
    elif n > info.target:
        message = (
            f"Lang voor {info.label} ({n} tekens): korter werkt beter."
            if lang == "nl"
            else f"Long for {info.label} ({n} characters): shorter works better."
        )
        yield Finding("length", "length.target", "warning", 0, len(text), text, message)
