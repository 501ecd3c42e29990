"""The YAML rule engine: a closed set of check types, one class per ``extends`` value."""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, NamedTuple, Protocol

from klacht.model import Finding

if TYPE_CHECKING:
    from collections.abc import Iterator

    from klacht.checks.rules import Rule
    from klacht.model import Kind, Severity

# `unless` patterns look only inside the sentence of the match: it ends at . ! ? ; or a line break.
_SENTENCE_END = re.compile(r"[.!?\n;]")


class Check(Protocol):
    """A compiled rule."""

    @property
    def rule(self) -> Rule:
        """The rule this check runs."""
        ...

    def find(self, text: str) -> Iterator[Finding]:
        """Yield this rule's findings on ``text``."""
        ...


def _wrap(body: str, flags: int) -> re.Pattern[str]:
    # Not inside a word, a handle or a hyphenated compound ("idiot-proof", "anti-kut").
    return re.compile(r"(?<![\w@#])(?<!\w-)(?:" + body + r")(?!\w|-\w)", flags)


def _regexes(
    rule: Rule, literals: tuple[str, ...], live: tuple[int, ...] | None = None
) -> tuple[re.Pattern[str], ...]:
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
    return tuple(_wrap(bodies[i], flags) for i in chosen)


def _matches(regexes: tuple[re.Pattern[str], ...], text: str) -> list[re.Match[str]]:
    """Return the matches of all regexes, longest first where they overlap."""
    found = [m for r in regexes for m in r.finditer(text) if m.end() > m.start()]
    found.sort(key=lambda m: (m.start(), -m.end()))
    kept: list[re.Match[str]] = []
    for m in found:
        if not kept or m.start() >= kept[-1].end():
            kept.append(m)
    return kept


def _sentence(text: str, start: int, end: int) -> str:
    left = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    right_m = _SENTENCE_END.search(text, end)
    right = right_m.start() if right_m else len(text)
    return text[left:right]


def _cancelled(unless: tuple[re.Pattern[str], ...], text: str, m: re.Match[str]) -> bool:
    if not unless:
        return False
    sentence = _sentence(text, m.start(), m.end())
    return any(u.search(sentence) for u in unless)


def _finding(rule: Rule, m: re.Match[str], suggestions: tuple[str, ...]) -> Finding:
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
    regexes: tuple[re.Pattern[str], ...]
    unless: tuple[re.Pattern[str], ...]

    def find(self, text: str) -> Iterator[Finding]:
        """Yield a finding per match not cancelled by an ``unless`` pattern."""
        for m in _matches(self.regexes, text):
            if _cancelled(self.unless, text, m):
                continue
            keep = m.groupdict().get("keep")
            sugg: tuple[str, ...] = (keep.lower(),) if keep else ()
            sugg += tuple(s for s in self.rule.suggest if s not in sugg)
            yield _finding(self.rule, m, tuple(_match_case(m.group(0), x) for x in sugg))


class Substitution(NamedTuple):
    """Flags each ``swap`` key and suggests its value."""

    rule: Rule
    regexes: tuple[re.Pattern[str], ...]
    unless: tuple[re.Pattern[str], ...]
    table: dict[str, str]

    def find(self, text: str) -> Iterator[Finding]:
        """Yield a finding per match, with the preferred form as the suggestion."""
        for m in _matches(self.regexes, text):
            if _cancelled(self.unless, text, m):
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
    unless = tuple(re.compile(u, flags) for u in rule.unless)
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
    clauses: compiling all of them costs more than a cold ``klacht check`` may spend.
    """
    hay = haystack(text)
    for rule in rules:
        live = _live(rule, hay)
        if live == ():
            continue
        yield from _compiled(rule, live).find(text)
