"""Tone, privacy and content rules (placeholder until the rule packs land)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterator

    from klacht.model import Finding


def check(text: str, *, lang: str = "nl", public: bool = True) -> Iterator[Finding]:
    """Yield the tone, privacy and content findings on ``text``."""
    del text, lang, public
    yield from ()
