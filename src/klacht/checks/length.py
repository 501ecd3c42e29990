"""The length check of a post, and the content checks that make sense only for a post.

``check`` runs only for a post (a platform is given), so it also runs the content checks
(``content.no_fact``, ``content.no_request``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from klacht.checks import content
from klacht.model import Finding
from klacht.writing.counting import BLUESKY_MAX_BYTES, measure
from klacht.writing.platforms import PLATFORMS

if TYPE_CHECKING:
    from collections.abc import Iterator


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
    yield from content.check(text, lang=lang)
