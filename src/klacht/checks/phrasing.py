"""The YAML rule engine: a closed set of check types, one class per ``extends`` value."""

from __future__ import annotations

import bisect
import functools
import re
from typing import TYPE_CHECKING, Any, Final, NamedTuple, Protocol

from klacht.checks.rules import builtin_dir
from klacht.errors import DataFileError, says
from klacht.model import Finding

if TYPE_CHECKING:
    from collections.abc import Iterator

    from klacht.checks.rules import Rule
    from klacht.model import Kind, Severity

# `unless` patterns look only inside the sentence of the match: it ends at . ! ? ; or a line break.
_SENTENCE_END = re.compile(r"[.!?\n;]")


USER_TIMEOUT: Final = 1.0
"""Seconds a user's pattern may search one text before klacht gives up with a message."""
_BUILTIN: Final = str(builtin_dir())


class Check(Protocol):
    """A compiled rule."""

    @property
    def rule(self) -> Rule:
        """The rule this check runs."""
        ...

    def find(self, text: str, sentences: Sentences | None = None) -> Iterator[Finding]:
        """Yield this rule's findings on ``text`` (``sentences``: its sentences, if known)."""
        ...


def _wrap(body: str, flags: int, user: bool = False) -> Any:
    # Not inside a word, a handle or a hyphenated compound ("idiot-proof", "anti-kut").
    wrapped = r"(?<![\w@#])(?<!\w-)(?:" + body + r")(?!\w|-\w)"
    if user:
        return _limited(wrapped, flags)
    return re.compile(wrapped, flags)


def _limited(pattern: str, flags: int) -> _Limited:
    # Lazy: importing the regex module costs 38-50 ms (measured, -X importtime), and only a
    # user's own pack needs its time limit.
    import regex

    return _Limited(regex.compile(pattern, flags | regex.VERSION0))


class _Limited:
    """A user's regex whose searches stop after ``USER_TIMEOUT`` seconds (TimeoutError)."""

    def __init__(self, pattern: Any) -> None:
        self.pattern = pattern

    def finditer(self, text: str) -> Any:
        """Return the matches, within the time limit."""
        return self.pattern.finditer(text, timeout=USER_TIMEOUT)

    def search(self, text: str) -> Any:
        """Return the first match, within the time limit."""
        return self.pattern.search(text, timeout=USER_TIMEOUT)


def _regexes(
    rule: Rule, literals: tuple[str, ...], live: tuple[int, ...] | None = None
) -> tuple[Any, ...]:
    """Return one regex for the literals (longest first) and one per pattern.

    Patterns stay separate so each may name a group ``keep``: the part of the match that is
    offered as the replacement (``kutbedrijf`` -> ``bedrijf``). ``live`` picks which of them
    to compile (their indexes in that order; None: all).
    """
    flags = re.IGNORECASE if rule.ignorecase else 0
    bodies: list[str] = []
    parts = sorted((r"\s+".join(re.escape(w) for w in t.split()) for t in literals), key=len)
    if parts:
        bodies.append("|".join(reversed(parts)))
    bodies.extend(rule.patterns)
    chosen = range(len(bodies)) if live is None else live
    user = not rule.source.startswith(_BUILTIN)
    return tuple(_wrap(bodies[i], flags, user) for i in chosen)


def _matches(regexes: tuple[Any, ...], text: str) -> list[Any]:
    """Return the matches of all regexes, longest first where they overlap."""
    found = [m for r in regexes for m in r.finditer(text) if m.end() > m.start()]
    found.sort(key=lambda m: (m.start(), -m.end()))
    kept: list[Any] = []
    for m in found:
        if not kept or m.start() >= kept[-1].end():
            kept.append(m)
    return kept


class Sentences:
    """The sentences of one text, found once: each ``unless`` looks only inside its own.

    A match's sentence is found by bisection and each sentence is searched once per
    ``unless`` set, so a long text costs about linear time (100 KB of "nooit " included).
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.ends = [m.start() for m in _SENTENCE_END.finditer(text)]
        self._cancelled: dict[tuple[int, int, int], bool] = {}

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Return the sentence around ``text[start:end]``."""
        i = bisect.bisect_left(self.ends, start)
        left = self.ends[i - 1] + 1 if i > 0 else 0
        j = bisect.bisect_left(self.ends, end)
        right = self.ends[j] if j < len(self.ends) else len(self.text)
        return left, right

    def cancelled(self, unless: tuple[Any, ...], m: Any) -> bool:
        """Tell whether an ``unless`` pattern matches in the sentence of ``m``."""
        if not unless:
            return False
        left, right = self.span(m.start(), m.end())
        key = (id(unless), left, right)
        if key not in self._cancelled:
            sentence = self.text[left:right]
            self._cancelled[key] = any(u.search(sentence) for u in unless)
        return self._cancelled[key]


def _finding(rule: Rule, m: Any, suggestions: tuple[str, ...]) -> Finding:
    kind: Kind = rule.kind  # type: ignore[assignment]  # validated against KINDS by the loader
    level: Severity = rule.level  # type: ignore[assignment]  # validated against LEVELS
    return Finding(
        kind,
        rule.id,
        level,
        m.start(),
        m.end(),
        m.group(0),
        rule.message.replace("{match}", m.group(0)),
        suggestions,
        fixable=rule.fixable and bool(suggestions),
    )


def _match_case(original: str, replacement: str) -> str:
    if replacement and original[:1].isupper():
        return replacement[0].upper() + replacement[1:]
    return replacement


class Existence(NamedTuple):
    """Flags every occurrence of the rule's tokens or patterns."""

    rule: Rule
    regexes: tuple[Any, ...]
    unless: tuple[Any, ...]

    def find(self, text: str, sentences: Sentences | None = None) -> Iterator[Finding]:
        """Yield a finding per match not cancelled by an ``unless`` pattern."""
        sentences = sentences or Sentences(text)
        for m in _matches(self.regexes, text):
            if sentences.cancelled(self.unless, m):
                continue
            keep = m.groupdict().get("keep")
            sugg: tuple[str, ...] = (keep.lower(),) if keep else ()
            sugg += tuple(s for s in self.rule.suggest if s not in sugg)
            yield _finding(self.rule, m, tuple(_match_case(m.group(0), x) for x in sugg))


class Substitution(NamedTuple):
    """Flags each ``swap`` key and suggests its value."""

    rule: Rule
    regexes: tuple[Any, ...]
    unless: tuple[Any, ...]
    table: dict[str, str]

    def find(self, text: str, sentences: Sentences | None = None) -> Iterator[Finding]:
        """Yield a finding per match, with the preferred form as the suggestion."""
        sentences = sentences or Sentences(text)
        for m in _matches(self.regexes, text):
            if sentences.cancelled(self.unless, m):
                continue
            key = " ".join(m.group(0).split())
            repl = self.table.get(key.lower() if self.rule.ignorecase else key)
            sugg = () if repl is None else (_match_case(m.group(0), repl),)
            yield _finding(self.rule, m, sugg + tuple(self.rule.suggest))


def compile_rule(rule: Rule, live: tuple[int, ...] | None = None) -> Check:
    """Return the check for one rule; its ``extends`` picks the type.

    ``live`` limits it to some of its regexes (see ``_regexes``): those that may match.
    """
    flags = re.IGNORECASE if rule.ignorecase else 0
    if rule.source.startswith(_BUILTIN):
        unless: tuple[Any, ...] = tuple(re.compile(u, flags) for u in rule.unless)
    else:
        unless = tuple(_limited(u, flags) for u in rule.unless)
    if rule.extends == "substitution":
        table = {(k.lower() if rule.ignorecase else k): v for k, v in rule.swap}
        regexes = _regexes(rule, tuple(k for k, _ in rule.swap), live)
        return Substitution(rule, regexes, unless, table)
    return Existence(rule, _regexes(rule, rule.tokens, live), unless)


@functools.cache
def _compiled(rule: Rule, live: tuple[int, ...] | None) -> Check:
    """Return the rule's check with only the regexes at ``live`` (None: all of them)."""
    return compile_rule(rule, live)


# Characters that Python's re.IGNORECASE equates with an ASCII letter, though str.lower()
# does not make them that letter: capital I with dot, dotless i and long s.
_CASE_TWINS = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})


def haystack(text: str) -> str:
    """Return ``text`` as rules' needles are looked up in: lower case, case twins folded."""
    low = text.lower()
    return low if low.isascii() else text.translate(_CASE_TWINS).lower()


def _live(rule: Rule, hay: str) -> tuple[int, ...] | None:
    """Return the indexes of the rule's regexes that may match (None: all, no needles known)."""
    literals = rule.swap if rule.extends == "substitution" else rule.tokens
    if len(rule.needles) != bool(literals) + len(rule.patterns):
        return None  # a rule built without its needles: run all of it
    return tuple(
        i
        for i, clauses in enumerate(rule.needles)
        if all(any(n in hay for n in clause) for clause in clauses)
    )


def check(text: str, rules: tuple[Rule, ...]) -> Iterator[Finding]:
    """Yield the findings of every rule on ``text``.

    A regex is compiled (once per process) only when the text holds a needle of each of its
    clauses: compiling all of them costs more than a cold ``klacht check`` may spend. Measured
    again for 0.2 on a 160-character complaint (rule packs loaded, six runs each): 3-7 ms with
    the needles, 33-118 ms compiling every regex, so the prefilter stays.
    """
    hay = haystack(text)
    sentences = Sentences(text)
    for rule in rules:
        live = _live(rule, hay)
        if live == ():
            continue
        check = _compiled(rule, live)
        if rule.source.startswith(_BUILTIN):
            yield from check.find(text, sentences)
            continue
        try:  # a user's pattern runs under a time limit: (a+)+$ must not hang klacht
            yield from list(check.find(text, sentences))
        except TimeoutError as err:
            raise DataFileError(
                says("rules.too_slow", file=rule.source, rule=rule.id, seconds=f"{USER_TIMEOUT:g}"),
                hint=says("rules.too_slow_hint"),
            ) from err
