"""Tone, privacy and phrasing: the YAML rule packs plus the checks that need logic."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterator

    from klacht.model import Finding


def check(text: str, *, lang: str = "nl", public: bool = True) -> Iterator[Finding]:
    """Yield the tone, phrasing and (for a public text) privacy findings on ``text``.

    Raises:
        DataFileError: a rule pack (built-in or the user's) is invalid.
    """
    from klacht.checks import phrasing, shouting
    from klacht.checks.rules import load_rules

    rules = load_rules(lang)
    found: list[Finding] = []
    private: list[Finding] = []
    if public:
        from klacht.checks import privacy

        private = list(privacy.check(text, lang=lang))
    found.extend(private)
    # A phone number or order number is no shouting or insult: skip findings inside one.
    for f in (*phrasing.check(text, rules), *shouting.check(text, lang=lang)):
        if not any(p.start <= f.start and f.end <= p.end for p in private):
            found.append(f)
    yield from found
