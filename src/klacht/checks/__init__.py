"""All checks on a text: tone, privacy, content, length and spelling."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from klacht.model import Finding
    from klacht.storage.config import Settings


@dataclass(frozen=True, slots=True)
class CheckReport:
    """The findings on one text, and which spelling checker ran."""

    findings: tuple[Finding, ...]
    """Sorted by position, then severity."""
    backend: str
    """The spelling checker that ran (``embedded``, ``languagetool:server``,
    ``languagetool:public``, ``languagetool:local``, ``off``)."""

    @property
    def has_errors(self) -> bool:
        """Tell whether any finding is error-level."""
        return any(f.severity == "error" for f in self.findings)


_SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}


def check_text(
    text: str,
    *,
    lang: str = "nl",
    platform: str | None = None,
    settings: Settings | None = None,
    spelling: bool = True,
    public: bool = True,
    known_words: tuple[str, ...] = (),
) -> CheckReport:
    """Run every check on ``text`` and return the findings.

    ``public`` says the text is a public post: private data is then an error. ``known_words``
    (the company's name, the handle) are never flagged as misspelt.
    """
    from klacht.checks import length, rules_engine
    from klacht.storage.config import Settings

    settings = settings or Settings()
    findings = list(rules_engine.check(text, lang=lang, public=public))
    if platform is not None:
        findings.extend(length.check(text, platform=platform, lang=lang))
    backend = "off"
    if spelling and settings.spelling != "off":
        from klacht.checks import spelling as spelling_mod

        spelling_findings, backend = spelling_mod.check(
            text, lang=lang, settings=settings, known_words=known_words
        )
        findings.extend(spelling_findings)
    disabled = settings.disabled_rules
    findings = [f for f in findings if not _disabled(f.rule, disabled)]
    findings.sort(key=lambda f: (f.start, _SEVERITY_ORDER[f.severity], f.rule))
    return CheckReport(tuple(findings), backend)


def _disabled(rule: str, disabled: tuple[str, ...]) -> bool:
    return any(rule == d or rule.startswith(d + ".") for d in disabled)


def apply_fix(text: str, finding: Finding, replacement: str) -> str:
    """Return ``text`` with the finding's span replaced by ``replacement``."""
    return text[: finding.start] + replacement + text[finding.end :]


def apply_fixes(text: str, fixes: list[tuple[Finding, str]]) -> str:
    """Apply several non-overlapping fixes, from the end so offsets stay valid."""
    for finding, replacement in sorted(fixes, key=lambda p: p[0].start, reverse=True):
        text = apply_fix(text, finding, replacement)
    return text


MECHANICAL_RULES = ("tone.shouting", "tone.punctuation")
"""Fixes that change form, not words: applied by ``--fix`` without asking."""


def safe_fixes(findings: tuple[Finding, ...] | list[Finding]) -> list[tuple[Finding, str]]:
    """Return the mechanical fixes: sentence case for shouting, one mark for many.

    Other fixable findings (a neutral word for an insult) change what the user says, so they
    are only offered one by one, with the user's yes (the wizard, ``check --interactive``).
    """
    chosen: list[tuple[Finding, str]] = []
    last_end = -1
    for f in sorted(findings, key=lambda f: f.start):
        mechanical = f.rule in MECHANICAL_RULES
        if mechanical and f.fixable and f.suggestions and f.start >= last_end:
            chosen.append((f, f.suggestions[0]))
            last_end = f.end
    return chosen
