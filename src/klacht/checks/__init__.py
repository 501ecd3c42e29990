"""All checks on a text: tone, privacy, content, length and spelling."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from klacht.checks.reported import soften
from klacht.checks.spans import Spans
from klacht.storage.config import Settings

if TYPE_CHECKING:
    from klacht.model import Finding


@dataclass(frozen=True, slots=True)
class CheckReport:
    """The findings on one text, which spelling checker ran, and why it fell back."""

    findings: tuple[Finding, ...]
    """Sorted by position, then severity."""
    backend: str
    """The spelling checker that ran (``embedded``, ``languagetool:server``,
    ``languagetool:public``, ``languagetool:local``, ``off``)."""
    fallback: str | None = None
    """A note for the user when a configured LanguageTool did not answer and the embedded
    checker ran instead (None otherwise)."""

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
    """Run every checker of the registry on ``text`` and return the report.

    ``public`` says the text is a public post: private data is then an error. ``known_words``
    (the company's name, the handle) are never flagged as misspelt.

    Raises:
        DataFileError: a rule pack (built-in or the user's) is invalid.
    """
    # Not at the top: the registry imports this package's modules (an import cycle).
    from klacht.checks.registry import CHECKERS, CheckContext

    asked, lang = lang, lang.split("-")[0]  # nl-BE is checked as nl: same words, same rules
    settings = settings or Settings()
    if settings.name:  # the name the user signs with is a word they know
        known_words = (*known_words, settings.name)
    ctx = CheckContext(
        lang=lang,
        messages_lang=asked,
        platform=platform,
        settings=settings,
        public=public,
        spelling=spelling,
        known_words=known_words,
    )
    findings: list[Finding] = []
    backend, fallback = "off", None
    for checker in CHECKERS:
        if not ctx.enabled(checker.family) or not checker.applies(ctx):
            continue  # skipped before it runs
        result = checker.run(text, ctx)
        findings.extend(result.findings)
        if result.backend is not None:
            backend, fallback = result.backend, result.fallback
    # A phone number or order number is no shouting or insult: drop tone findings inside one.
    # A disguised swear word ("k*tbedrijf") is no typo: drop spelling findings inside one.
    private = Spans((f.start, f.end, f) for f in findings if f.kind == "privacy")
    words = Spans((f.start, f.end, f) for f in findings if f.rule.endswith(_WORD_RULES))
    findings = [
        f
        for f in findings
        if ctx.enabled(f.rule)
        and not (f.kind == "tone" and private.contains(f.start, f.end))
        and not (f.kind == "spelling" and words.contains(f.start, f.end))
    ]
    findings = soften(text, _without_repeats(findings), lang)
    findings.sort(key=lambda f: (f.start, _SEVERITY_ORDER[f.severity], f.rule))
    return CheckReport(tuple(findings), backend, fallback)


_WORD_RULES = (".word", ".slur", ".accusation", ".emoji")
"""Rule-id endings of the vocabulary's findings (``tone.insult.word``…)."""


def _without_repeats(findings: list[Finding]) -> list[Finding]:
    """Drop a vocabulary finding where a rule of a pack already found the same words.

    The pack's finding stays when it is at least as severe: it often carries a neutral
    suggestion (``prutsers`` -> ``onhandig``). Shouting and punctuation never hide a word.
    """
    packs = Spans(
        (f.start, f.end, f)
        for f in findings
        if f.kind == "tone" and not f.rule.endswith(_WORD_RULES) and f.rule not in MECHANICAL_RULES
    )
    kept = []
    for f in findings:
        if f.kind == "tone" and f.rule.endswith(_WORD_RULES):
            rank = _SEVERITY_ORDER[f.severity]
            if any(_SEVERITY_ORDER[p.severity] <= rank for p in packs.overlapping(f.start, f.end)):
                continue
        kept.append(f)
    return kept


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
