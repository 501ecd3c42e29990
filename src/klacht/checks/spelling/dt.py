"""Dutch d/t slips between two correct words: "is bezorgt" (bezorgd), "hij word" (wordt).

A word list cannot see these: both forms are words. Two narrow patterns catch the most common
ones in complaints without guessing at grammar: a past participle right after a form of
*zijn*, *hebben* or *worden* (optionally with a few adverbs in between), and *word* right after
a third-person subject.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from collections.abc import Sequence

    from klacht.checks.spelling.embedded import Embedded
    from klacht.model import Finding

_AUXILIARIES: Final = frozenset(
    {
        "is", "ben", "bent", "zijn", "was", "waren", "wordt", "worden", "werd", "werden",
        "heb", "hebt", "heeft", "hebben", "had", "hadden",
    }
)  # fmt: skip
_BETWEEN: Final = frozenset(
    {
        "niet", "nog", "al", "nooit", "wel", "ook", "steeds", "gewoon", "pas", "echt", "zelfs",
        "toch", "inmiddels", "eindelijk", "netjes", "keurig", "goed", "net", "weer", "alweer",
        "nu", "even", "er", "allemaal", "volledig", "bijna", "helemaal", "het", "dat", "dit",
        "u", "ze", "hem", "haar", "mij", "me", "ons", "jullie",
    }
)  # fmt: skip
_PREFIXES: Final = ("ge", "be", "ver", "ont", "her", "er")
_SUBJECTS: Final = frozenset({"hij", "zij", "ze", "het", "dat", "die", "dit", "er", "u", "jij"})


def dt_slips(text: str, words: Sequence[tuple[int, int, str]], checker: Embedded) -> list[Finding]:
    """Return d/t findings for a Dutch text, given its word tokens."""
    from klacht.model import Finding

    findings: list[Finding] = []
    after_aux = False
    between = 0
    previous = ""
    previous_end = 0
    for start, end, word in words:
        lower = word.lower()
        if any(ch in ".!?;:" for ch in text[previous_end:start]):
            after_aux, previous = False, ""  # a new sentence
        previous_end = end
        fix = None
        if (
            after_aux
            and lower.endswith("t")
            and not lower.endswith("dt")
            and lower.startswith(_PREFIXES)
            and lower in checker.words
            and lower[:-1] + "d" in checker.words
        ):
            fix = lower[:-1] + "d"
        if lower == "word" and previous in _SUBJECTS:
            fix = "wordt"
        if fix is not None:
            fixed = fix if word.islower() else fix[:1].upper() + fix[1:]
            message = (
                f"Hier hoort '{fixed}' (voltooid deelwoord op -d)."
                if fix != "wordt"
                else f"Na '{previous}' schrijf je 'wordt'."
            )
            findings.append(
                Finding(
                    kind="spelling",
                    rule="spelling.dt",
                    severity="warning",
                    start=start,
                    end=end,
                    text=text[start:end],
                    message=message,
                    suggestions=(fixed,),
                )
            )
        if lower in _AUXILIARIES:
            after_aux, between = True, 0
        elif after_aux and lower in _BETWEEN and between < 3:
            between += 1
        else:
            after_aux = False
        previous = lower
    return findings
