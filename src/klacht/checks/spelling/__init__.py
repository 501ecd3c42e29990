"""Spelling (placeholder until the checkers land)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from klacht.config import Settings
    from klacht.model import Finding


def check(
    text: str, *, lang: str, settings: Settings, known_words: tuple[str, ...] = ()
) -> tuple[list[Finding], str]:
    """Return the spelling findings on ``text`` and the name of the checker that ran."""
    del text, lang, settings, known_words
    return [], "off"
