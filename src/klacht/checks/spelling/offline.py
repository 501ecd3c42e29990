"""The embedded checker's findings: unknown words, names, abbreviations, the suggestion budget."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Final

from klacht.checks.spelling.adjacent import dt_slips, split_compounds
from klacht.checks.spelling.dictionary import load_dictionary_folded
from klacht.checks.spelling.embedded import Embedded
from klacht.checks.spelling.tokens import tokens
from klacht.model import Finding, base_lang
from klacht.writing.texts import t

if TYPE_CHECKING:
    from collections.abc import Iterable

_ABBREVIATIONS_FILE: Final = "abbreviations.tsv"
_NAMES_FILE: Final = "names.txt"
_DOTTED_RE: Final = re.compile(r"(?<![\w.])(?:[^\W\d_]{1,3}\.){2,4}(?![\w.])")
"""Letters and dots, as in m.b.t. and i.p.v. (bounded, so linear)."""
_MAX_SUGGESTED: Final = 60
"""Unknown words per text that get suggestions; the rest are flagged without."""
_TITLES: Final = frozenset(
    {
        "mr",
        "mrs",
        "ms",
        "dr",
        "drs",
        "ir",
        "ing",
        "prof",
        "st",
        "sr",
        "jr",
        "mw",
        "mevr",
        "hr",
        "dhr",
    }
)
"""Titles written with a full stop that does not end the sentence (Dr. Jansen, Mr. Guitar)."""
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


@cache
def _names() -> frozenset[str]:
    """Return the brand and service names written in lower case (gmail, whatsapp)."""
    text = resources.files("klacht").joinpath("data", "wordlists", _NAMES_FILE)
    lines = text.read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip() for w in lines if w.strip() and not w.startswith("#"))


def _skip(word: str) -> bool:
    """Tell whether a word is never checked: single letters and acronyms (KLM, NS, ANWB)."""
    bare = word.strip("'\u2019-")
    return len(bare) < 2 or bare.isupper()


def _known(known_words: Iterable[str]) -> frozenset[str]:
    """Return the words never flagged, lower-cased too: "Albert Heijn" gives each part."""
    base = load_dictionary_folded() | _names()
    extra: set[str] = set()
    for entry in known_words:
        bare = entry.strip().lstrip("@#")
        extra.update((bare, *bare.replace("-", " ").replace("_", " ").split()))
    extra.discard("")
    return base | extra | {w.lower() for w in extra} if extra else base


def _abbreviation(text: str, start: int, end: int, lang: str, out: str) -> Finding | None:
    """Return an ``info`` finding for a chat or day abbreviation, with the full form."""
    word = text[start:end]
    if len(word) > 1 and word.isupper():
        return None  # ASAP, IDD: an acronym, never flagged
    expansions = abbreviations(lang).get(word.lower().replace("\u2019", "'"))
    if not expansions:
        return None
    return Finding(
        kind="spelling",
        rule="spelling.abbreviation",
        severity="info",
        start=start,
        end=end,
        text=word,
        message=_message("abbreviation", out, word, expansions),
        suggestions=expansions,
    )


def _dotted(text: str, lang: str, out: str) -> list[Finding]:
    """Return findings for listed abbreviations written with dots: m.b.t., i.p.v."""
    found = []
    for m in _DOTTED_RE.finditer(text):
        finding = _abbreviation(text, m.start(), m.end(), lang, out)
        if finding is not None:
            found.append(finding)
    return found


def check_abbreviations(text: str, *, lang: str, known_words: Iterable[str] = ()) -> list[Finding]:
    """Return findings for chat abbreviations only (``mss``, ``zsm``; added to LanguageTool's)."""
    base = base_lang(lang)
    known = _known(known_words)
    found = [
        _abbreviation(text, start, end, base, lang)
        for start, end, word in tokens(text)
        if word not in known and word.lower() not in known
    ]
    return sorted(
        [f for f in found if f is not None] + _dotted(text, base, lang), key=lambda f: f.start
    )


def _sentence_start(between: str, first: bool) -> bool:
    """Tell whether a word begins a sentence, given the text since the previous word.

    A colon or semicolon does not end a sentence: "plaatsen met de naam Alexandria:
    Alexandria (Kentucky)" has a name after the colon, not a new sentence.
    """
    return first or any(ch in ".!?\u2026\n" for ch in between)


def _initials(text: str, words: list[tuple[int, int, str]]) -> list[bool]:
    """Return, per word token, whether it begins a sentence."""
    out: list[bool] = []
    previous_end = -1
    previous = ""
    for start, end, word in words:
        between = text[max(previous_end, 0) : start]
        title = between.startswith(".") and previous.lower() in _TITLES  # Mr. Guitar
        out.append(not title and _sentence_start(between, previous_end < 0))
        previous_end, previous = end, word
    return out


def _name_like(word: str, initial: bool, names: set[str]) -> bool:
    """Tell whether an unknown word is a name: capitalised inside a sentence, capitalised
    elsewhere in the same text inside a sentence (Sidonia ... Tante Sidonia), or made of
    capitalised parts joined by hyphens (Sint-Michielspark, Jean-Pol)."""
    if not word[:1].isupper() or word.isupper():
        return False
    parts = word.split("-")
    if len(parts) > 1 and all(p[:1].isupper() for p in parts):
        return True
    return not initial or word in names


def check_embedded(text: str, *, lang: str, known_words: Iterable[str] = ()) -> list[Finding]:
    """Return the embedded checker's findings on ``text``.

    Unknown words are warnings, except a capitalised word inside a sentence (a name:
    ``info``), an English word in a Dutch text and an abbreviation (``info``, with the full
    form). The first ``_MAX_SUGGESTED`` unknown words get suggestions; when more remain, one
    ``spelling.budget`` info finding says so.
    """
    base = base_lang(lang)
    checker = _embedded(base)
    known = _known(known_words)
    findings: list[Finding] = _dotted(text, base, lang)
    budget = _MAX_SUGGESTED  # a pasted log must not take minutes: later unknowns get none
    over: Finding | None = None
    words = list(tokens(text))
    initials = _initials(text, words)
    names = {w for (_, _, w), i in zip(words, initials, strict=True) if not i and w[:1].isupper()}
    for (start, end, word), initial in zip(words, initials, strict=True):
        if word in known or word.lower() in known:
            continue
        stem, _, ending = word.replace("\u2019", "'").partition("'")
        if ending in _ENDINGS and (_skip(stem) or stem.lower() in known):
            continue  # KLM's, NS'ers, ADHD'er, Ziggo's (the company's name)
        abbreviation = _abbreviation(text, start, end, base, lang)
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
        if budget < 0 and over is None:
            over = Finding(
                kind="spelling",
                rule="spelling.budget",
                severity="info",
                start=start,
                end=end,
                text=word,
                message=t("spelling_budget", lang, n=_MAX_SUGGESTED),
                suggestions=(),
            )
        english = (
            base == "nl" and word.isalpha() and word.islower() and _embedded("en").accepts(word)
        )
        name = _name_like(word, initial, names)
        kind = "english" if english else "name" if name else "unknown"
        findings.append(
            Finding(
                kind="spelling",
                rule=f"spelling.{kind}",
                severity="warning" if kind == "unknown" else "info",
                start=start,
                end=end,
                text=text[start:end],
                message=_message(kind, lang, word, suggestions),
                suggestions=suggestions,
            )
        )
    if base == "nl":
        flagged = {f.start for f in findings}
        findings.extend(dt_slips(text, words, checker))
        findings.extend(
            f for f in split_compounds(text, words, checker) if not flagged & {f.start, f.end}
        )
    if over is not None:
        findings.append(over)
    findings.sort(key=lambda f: f.start)
    return findings


@cache
def _embedded(lang: str) -> Embedded:
    """Return the embedded checker of ``lang``, created once per process."""
    return Embedded(lang)


def _message(kind: str, lang: str, word: str, suggestions: tuple[str, ...]) -> str:
    """Return the sentence of a spelling finding in ``lang``."""
    shown = ", ".join(f"'{s}'" for s in suggestions[:3])
    if kind == "abbreviation":
        return t("spelling_abbreviation", lang, word=word, full=shown)
    suffix = "_suggest" if suggestions else ""
    return t(f"spelling_{kind}{suffix}", lang, word=word, shown=shown)
