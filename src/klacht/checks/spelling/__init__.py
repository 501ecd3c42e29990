"""Spelling: LanguageTool when configured and answering, else the embedded offline checker.

``check`` is the one entry point. The embedded checker (``embedded.py``, on the compact word
lists of ``wordlist.py``) needs nothing but the package. LanguageTool (``languagetool.py``) is
used only when the user set it up: a server URL, the public API after an explicit opt-in, or a
local server (Java >= 17, downloaded on request). Any LanguageTool failure falls back to the
embedded checker, and the result names the checker that ran.

All spelling findings are warnings and none is ``fixable``: a typo should be fixed, but it never
makes ``klacht check`` exit 1 (that is for tone, privacy and length errors), and a name that is
merely unknown must never be "corrected" without the user choosing a suggestion.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple, Protocol

from klacht.checks.spelling.dictionary import DICTIONARY_NAME as DICTIONARY_NAME
from klacht.checks.spelling.dictionary import add_word as add_word
from klacht.checks.spelling.dictionary import dictionary_path as dictionary_path
from klacht.checks.spelling.dictionary import load_dictionary as load_dictionary
from klacht.checks.spelling.offline import _MAX_SUGGESTED as _MAX_SUGGESTED
from klacht.checks.spelling.offline import _embedded as _embedded
from klacht.checks.spelling.offline import abbreviations as abbreviations
from klacht.checks.spelling.offline import check_abbreviations as check_abbreviations
from klacht.checks.spelling.offline import check_embedded as check_embedded
from klacht.checks.spelling.tokens import skipped_spans as skipped_spans
from klacht.checks.spelling.tokens import tokens as tokens
from klacht.errors import SpellcheckUnavailable
from klacht.writing.texts import t

if TYPE_CHECKING:
    from klacht.checks.spelling.languagetool import Target
    from klacht.model import Finding
    from klacht.storage.config import Settings


class SpellChecker(Protocol):
    """One spelling checker: a name for the ``backend`` field and a check that may fail."""

    @property
    def name(self) -> str:
        """Return the name reported as the backend that ran."""
        ...

    def check(self, text: str, *, lang: str, known_words: tuple[str, ...]) -> list[Finding]:
        """Return findings; raise SpellcheckUnavailable when the checker cannot answer."""
        ...


@dataclass(frozen=True, slots=True)
class WordlistChecker:
    """The embedded, offline checker; it always answers."""

    name: str = "embedded"

    def check(self, text: str, *, lang: str, known_words: tuple[str, ...]) -> list[Finding]:
        """Return the embedded checker's findings."""
        return check_embedded(text, lang=lang, known_words=known_words)


@dataclass(frozen=True, slots=True)
class LanguageToolChecker:
    """LanguageTool at the configured place, plus klacht's chat-abbreviation findings."""

    settings: Settings
    target: Target

    @property
    def name(self) -> str:
        """Return ``languagetool:server``, ``languagetool:public`` or ``languagetool:local``."""
        return f"languagetool:{self.target.kind}"

    def check(self, text: str, *, lang: str, known_words: tuple[str, ...]) -> list[Finding]:
        """Return LanguageTool's findings; raise SpellcheckUnavailable on any failure."""
        from klacht.checks.spelling import languagetool

        found = languagetool.check(
            text, lang=lang, settings=self.settings, target=self.target, known=known_words
        )
        extra = [
            a
            for a in check_abbreviations(text, lang=lang, known_words=known_words)
            if not any(f.start < a.end and a.start < f.end for f in found)
        ]
        return sorted(found + extra, key=lambda f: (f.start, f.end))


def checkers(settings: Settings) -> list[SpellChecker]:
    """Return the checkers to try, in order; the embedded one is always last."""
    chain: list[SpellChecker] = []
    wants_lt = (
        settings.languagetool_url or settings.languagetool_public_api or settings.languagetool_local
    )
    if settings.spelling in ("auto", "languagetool") and wants_lt:
        from klacht.checks.spelling import languagetool

        target = languagetool.configured(settings)
        if target is not None:
            chain.append(LanguageToolChecker(settings, target))
    chain.append(WordlistChecker())
    return chain


class SpellResult(NamedTuple):
    """The spelling findings, the checker that ran, and why it fell back (if it did)."""

    findings: list[Finding]
    backend: str
    """``embedded``, ``languagetool:local``, ``languagetool:server``, ``languagetool:public``
    or ``off``."""
    fallback: str | None = None
    """A note for the user when a wanted LanguageTool did not answer (None otherwise)."""


def check(
    text: str, *, lang: str, settings: Settings, known_words: tuple[str, ...] = ()
) -> SpellResult:
    """Return the spelling findings on ``text``, the checker that ran and any fallback note.

    A LanguageTool that fails (error, timeout, dead server, bad answer) gives way to the
    embedded checker; the note then says so, in ``lang``, for standard error.
    """
    if settings.spelling == "off":
        return SpellResult([], "off")
    chain = checkers(settings)
    note: str | None = None
    if settings.spelling == "languagetool" and len(chain) == 1:
        note = t("spelling_fallback_unset", lang)  # wanted, but nothing set up
    for checker in chain:
        try:
            found = checker.check(text, lang=lang, known_words=known_words)
        except SpellcheckUnavailable as err:
            note = t("spelling_fallback_failed", lang, backend=checker.name, reason=err)
            continue
        return SpellResult(found, checker.name, None if checker.name != "embedded" else note)
    return SpellResult([], "off")  # unreachable: the embedded checker always answers
