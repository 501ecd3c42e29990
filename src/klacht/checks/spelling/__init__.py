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

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Final, NamedTuple, Protocol

from klacht.checks.spelling.dictionary import DICTIONARY_NAME as DICTIONARY_NAME
from klacht.checks.spelling.dictionary import add_word as add_word
from klacht.checks.spelling.dictionary import dictionary_path as dictionary_path
from klacht.checks.spelling.dictionary import load_dictionary as load_dictionary
from klacht.errors import SpellcheckUnavailable
from klacht.writing.texts import t

if TYPE_CHECKING:
    from collections.abc import Iterable

    from klacht.checks.spelling.embedded import Embedded
    from klacht.checks.spelling.languagetool import Target
    from klacht.model import Finding
    from klacht.storage.config import Settings

# Things that are never words: URLs, e-mail addresses, handles, hashtags. Then word tokens.
_TOKEN_RE: Final = re.compile(
    r"(?P<skip>(?:https?://|www\.)\S+"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|[@#][\w.@-]*\w"
    r"|\b[\w-]+\.(?:nl|be|com|org|net|eu|io)\b(?:/\S*)?)"
    r"|(?P<word>\w+(?:['\u2019-]\w+)*)"
)
_ABBREVIATIONS_FILE: Final = "abbreviations.tsv"
_MAX_SUGGESTED: Final = 60
"""Unknown words per text that get suggestions; the rest are flagged without."""
_ENDINGS: Final = frozenset({"s", "er", "ers", "je", "jes", "tje", "tjes", "en", "d", "t", "ed"})
"""What may follow an acronym or a known name after an apostrophe."""


def _abbreviations(lang: str) -> dict[str, tuple[str, ...]]:

    table: dict[str, tuple[str, ...]] = {}
    text = (
        resources.files("klacht")
        .joinpath("data", "wordlists", _ABBREVIATIONS_FILE)
        .read_text(encoding="utf-8")
    )
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        row_lang, abbr, expansions = line.split("\t")
        if row_lang == lang:
            table[abbr] = tuple(expansions.split("|"))
    return table


@cache
def abbreviations(lang: str) -> dict[str, tuple[str, ...]]:
    """Return the chat abbreviations of ``lang`` and what they stand for (read once)."""
    return _abbreviations(lang)


def tokens(text: str) -> Iterable[tuple[int, int, str]]:
    """Yield ``(start, end, word)`` for each word worth checking (no URLs, handles, codes)."""
    for m in _TOKEN_RE.finditer(text):
        if m.group("skip"):
            continue
        start, end = m.span()
        word = m.group()
        if any(ch.isdigit() or ch == "_" for ch in word):
            continue  # numbers and codes: KL1234, 3x, 20-11
        if start and text[start - 1] in "'\u2019" and (word == "s" or word.startswith("s-")):
            start -= 1  # 's-Hertogenbosch, 's avonds
            word = text[start:end]
        yield start, end, word


def skipped_spans(text: str) -> list[tuple[int, int]]:
    """Return the spans never checked: URLs, e-mail addresses, handles, hashtags, codes."""
    spans = []
    for m in _TOKEN_RE.finditer(text):
        word = m.group("word")
        if m.group("skip") or (word and any(ch.isdigit() or ch == "_" for ch in word)):
            spans.append(m.span())
    return spans


def _skip(word: str) -> bool:
    """Tell whether a word is never checked: single letters and acronyms (KLM, NS, ANWB)."""
    bare = word.strip("'\u2019-")
    return len(bare) < 2 or bare.isupper()


def _known(known_words: Iterable[str]) -> frozenset[str]:
    """Return the words never flagged, lower-cased too: "Albert Heijn" gives each part."""
    known = set(load_dictionary())
    for entry in known_words:
        bare = entry.strip().lstrip("@#")
        known.update((bare, *bare.replace("-", " ").replace("_", " ").split()))
    known.discard("")
    return frozenset(known | {w.lower() for w in known})


def _abbreviation(text: str, start: int, end: int, lang: str) -> Finding | None:
    from klacht.model import Finding

    word = text[start:end]
    if len(word) > 1 and word.isupper():
        return None  # ASAP, IDD: an acronym, never flagged
    expansions = abbreviations(lang).get(word.lower())
    if not expansions:
        return None
    return Finding(
        kind="spelling",
        rule="spelling.abbreviation",
        severity="warning",
        start=start,
        end=end,
        text=word,
        message=_message("abbreviation", lang, word, expansions),
        suggestions=expansions,
    )


def check_abbreviations(text: str, *, lang: str, known_words: Iterable[str] = ()) -> list[Finding]:
    """Return findings for chat abbreviations only (``mss``, ``zsm``; added to LanguageTool's)."""
    base = "nl" if lang.startswith("nl") else "en"
    known = _known(known_words)
    found = (
        _abbreviation(text, start, end, base)
        for start, end, word in tokens(text)
        if word not in known and word.lower() not in known
    )
    return [f for f in found if f is not None]


def check_embedded(text: str, *, lang: str, known_words: Iterable[str] = ()) -> list[Finding]:
    """Return the embedded checker's findings on ``text``."""
    from klacht.model import Finding

    base = "nl" if lang.startswith("nl") else "en"
    checker = _embedded(base)
    known = _known(known_words)
    findings: list[Finding] = []
    budget = _MAX_SUGGESTED  # a pasted log must not take minutes: later unknowns get none
    words = list(tokens(text))
    for start, end, word in words:
        if word in known or word.lower() in known:
            continue
        stem, _, ending = word.replace("\u2019", "'").partition("'")
        if ending in _ENDINGS and (_skip(stem) or stem.lower() in known):
            continue  # KLM's, NS'ers, ADHD'er, Ziggo's (the company's name)
        abbreviation = _abbreviation(text, start, end, base)
        if abbreviation is not None:
            findings.append(abbreviation)
            continue
        if _skip(word) or checker.accepts(word):
            continue
        parts = word.split("-")
        if (
            len(parts) > 1
            and any(p.lower() in known for p in parts)
            and all(p.lower() in known or checker.accepts(p) for p in parts)
        ):
            continue  # the company's name in a compound: Zalandu-app
        if text[end : end + 1] == "." and checker.accepts(word + "."):
            continue  # abbreviations listed with their dot: enz., bijv., blz.
        budget -= 1
        suggestions = tuple(checker.suggest(word)) if budget >= 0 and len(word) <= 40 else ()
        english = (
            base == "nl" and word.isalpha() and word.islower() and _embedded("en").accepts(word)
        )
        kind = "english" if english else "unknown"
        findings.append(
            Finding(
                kind="spelling",
                rule=f"spelling.{kind}",
                severity="info" if english else "warning",
                start=start,
                end=end,
                text=text[start:end],
                message=_message(kind, base, word, suggestions),
                suggestions=suggestions,
            )
        )
    if base == "nl":
        from klacht.checks.spelling.adjacent import dt_slips, split_compounds

        flagged = {f.start for f in findings}
        findings.extend(dt_slips(text, words, checker))
        findings.extend(
            f for f in split_compounds(text, words, checker) if not flagged & {f.start, f.end}
        )
        findings.sort(key=lambda f: f.start)
    return findings


@cache
def _embedded(lang: str) -> Embedded:
    """Return the embedded checker of ``lang``, created once per process."""
    from klacht.checks.spelling.embedded import Embedded

    return Embedded(lang)


def _message(kind: str, lang: str, word: str, suggestions: tuple[str, ...]) -> str:
    shown = ", ".join(f"'{s}'" for s in suggestions[:3])
    if kind == "abbreviation":
        if lang == "nl":
            return f"Chattaal: schrijf '{word}' voluit ({shown}); dat leest zakelijker."
        return f"Chat shorthand: write '{word}' out in full ({shown}); it reads more seriously."
    if kind == "english":
        tail = f" Of bedoel je {shown}?" if suggestions else ""
        return f"'{word}' is Engels; in een Nederlandse klacht leest Nederlands beter.{tail}"
    if lang == "nl":
        tail = (
            f" Bedoel je {shown}?"
            if suggestions
            else " Klopt het, voeg het dan toe aan je woordenlijst."
        )
        return f"Onbekend woord '{word}'.{tail}"
    tail = (
        f" Did you mean {shown}?" if suggestions else " If it is right, add it to your dictionary."
    )
    return f"Unknown word '{word}'.{tail}"


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
