"""The length of a post against its platform's limit (an error) and target (a warning)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from klacht.model import Finding
from klacht.writing.counting import BLUESKY_MAX_BYTES, measure
from klacht.writing.platforms import PLATFORMS
from klacht.writing.texts import t

if TYPE_CHECKING:
    from collections.abc import Iterator


def check(text: str, *, platform: str, lang: str = "nl") -> Iterator[Finding]:
    """Yield the length finding for ``platform``, if the post is over its limit or target."""
    info = PLATFORMS[platform]
    n = measure(text, platform)
    if n > info.limit:
        message = t("length_limit", lang, platform=info.label, n=n, limit=info.limit)
        yield Finding("length", "length.limit", "error", 0, len(text), text, message)
    elif platform == "bluesky" and len(text.encode("utf-8")) > BLUESKY_MAX_BYTES:
        message = t("length_bytes", lang, limit=BLUESKY_MAX_BYTES)
        yield Finding("length", "length.limit", "error", 0, len(text), text, message)
    elif n > info.target:
        message = t("length_target", lang, platform=info.label, n=n, target=info.target)
        yield Finding("length", "length.target", "warning", 0, len(text), text, message)
