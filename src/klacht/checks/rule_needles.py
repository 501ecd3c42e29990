"""Needles: the strings a rule's regex cannot match without, so it runs only where they are.

Derived once per rule when its pack is parsed (and kept in the pack's JSON cache): per regex,
clauses of lower-case ASCII strings from the parse tree of Python's ``re``.
"""

from __future__ import annotations

import re
from re import _constants as c  # type: ignore[attr-defined]  # loaded by re itself
from re import _parser  # type: ignore[attr-defined]  # stable since 3.11
from typing import TYPE_CHECKING, Any, Final

if TYPE_CHECKING:
    from collections.abc import Iterable


def rule_needles(
    literals: tuple[str, ...], patterns: tuple[str, ...]
) -> tuple[tuple[tuple[str, ...], ...], ...]:
    """Return, per regex of a rule, clauses of lower-case ASCII strings every match satisfies.

    Each match holds at least one string of every clause. The literals share one regex and
    one clause: a literal needs all its words, so its longest ASCII piece will do. A pattern
    is walked in the parse tree of Python's ``re`` (at most ``_MAX_CLAUSES``, most selective
    first). ``()`` where nothing is known (or the parser is not understood): that regex then
    always runs.
    """
    out: list[tuple[tuple[str, ...], ...]] = []
    if literals:
        pieces = [max(_ascii_pieces(x.lower()), key=len, default="") for x in literals]
        out.append((_fewest(pieces),) if all(pieces) else ())
    for pattern in patterns:
        try:
            clauses = _clauses(_parser.parse(pattern))
        except Exception:  # any surprise only means no prefilter for this pattern
            clauses = []
        best = sorted({_fewest(c) for c in clauses}, key=_selectivity, reverse=True)
        out.append(tuple(best[:_MAX_CLAUSES]))
    return tuple(out)


_MAX_CLAUSES: Final = 3


def _selectivity(clause: Iterable[str]) -> tuple[int, int]:
    strings = list(clause)
    return min(len(s) for s in strings), -len(strings)


def _fewest(needles: Iterable[str]) -> tuple[str, ...]:
    # "debiel" in the text is needed for "debiele" too: keep only the shortest of such chains.
    unique = sorted(set(needles), key=len)
    kept: list[str] = []
    for n in unique:
        if not any(k in n for k in kept):
            kept.append(n)
    return tuple(sorted(kept))


def _ascii_pieces(text: str) -> list[str]:
    return [p for p in re.split(r"[^\x00-\x7f]+|\s+", text) if p]


def _clauses(items: Any) -> list[frozenset[str]]:
    """Return sets of strings such that every match of the parsed sequence holds one of each."""
    clauses: list[frozenset[str]] = []
    run: list[str] = []

    def close_run() -> None:
        pieces = _ascii_pieces("".join(run).lower())
        if pieces:
            clauses.append(frozenset({max(pieces, key=len)}))
        run.clear()

    for op, av in items:
        if op is c.LITERAL:
            run.append(chr(av))
            continue
        close_run()
        if op is c.SUBPATTERN:
            clauses.extend(_clauses(av[-1]))
        elif op is c.ATOMIC_GROUP:
            clauses.extend(_clauses(av))
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and av[0] >= 1:
            clauses.extend(_clauses(av[2]))
        elif op is c.BRANCH or op is c.GROUPREF_EXISTS:
            # One clause for the whole alternation: the best clause of each branch, joined.
            # A conditional ``(?(name)yes|no)`` is an alternation of its two branches, and a
            # branch that can never match (``(?!)``) adds nothing.
            branches = av[1] if op is c.BRANCH else [av[1], av[2] or []]
            alts = [_clauses(b) for b in branches if not _never(b)]
            if alts and all(alts):
                clauses.append(frozenset().union(*(max(a, key=_selectivity) for a in alts)))
    close_run()
    return clauses


def _never(items: Any) -> bool:
    """Tell whether a parsed sequence holds ``(?!)``, so that it can never match."""
    return any(op is c.ASSERT_NOT and not list(av[1]) for op, av in items)
