"""Ranking helpers for suggestions: keyboard neighbours and a letter-pair (n-gram) search.

The edit search of ``embedded.py`` finds words one or two edits away. Poor spellers are often
further off ("acomadation", "beuttifull"); like hunspell, a last resort compares letter pairs
with the listed words that start with the same letter and have about the same length.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from klacht.checks.spelling.wordlist import WordList

_ROWS: Final = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
KEYBOARD: Final = {
    ch: frozenset(
        row2[j]
        for r2, row2 in enumerate(_ROWS)
        if abs(r2 - r) <= 1
        for j in range(max(0, i - 1), min(len(row2), i + 2))
        if row2[j] != ch
    )
    for r, row in enumerate(_ROWS)
    for i, ch in enumerate(row)
}
"""Letters next to each letter on a QWERTY (and AZERTY-like) keyboard."""


def neighbours(a: str, b: str) -> bool:
    """Tell whether ``b`` is next to ``a`` on the keyboard (a slip of the finger)."""
    return b in KEYBOARD.get(a, ())


def _pairs(word: str) -> set[str]:
    padded = f"<{word}>"
    return {padded[i : i + 2] for i in range(len(padded) - 1)}


def ngram_candidates(word: str, words: WordList, limit: int = 5) -> list[tuple[str, float]]:
    """Return listed words with many of ``word``'s letter pairs, best first, with a cost.

    Only lower-case words that start with the same letter and differ at most three letters
    in length are compared; the cost is 2 minus twice the Dice similarity of the letter
    pairs (plus a little for the length difference), so a close word costs about 0.6-1.2.
    """
    if len(word) < 4 or not word.isalpha():
        return []
    mine = _pairs(word)
    scored: list[tuple[float, str]] = []
    n = len(word)
    for cand in words.starting_with(word[0]):
        if abs(len(cand) - n) > 3 or not cand.islower():
            continue
        theirs = _pairs(cand)
        dice = 2 * len(mine & theirs) / (len(mine) + len(theirs))
        if dice >= 0.45:
            scored.append((2.0 - 2 * dice + 0.05 * abs(len(cand) - n), cand))
    scored.sort()
    return [(cand, cost) for cost, cand in scored[:limit]]
