"""Dutch slips made of correct words, seen only next to their neighbours.

A word list cannot see these: every word is listed. Narrow patterns catch the most common ones
in complaints without guessing at grammar:

- d/t: a past participle right after a form of *zijn*, *hebben* or *worden* (optionally with a
  few adverbs between): "is bezorgt" -> "bezorgd"; and *word* after a third-person subject:
  "hij word" -> "wordt".
- a listed compound written as two words: "klanten service" -> "klantenservice" (info).
"""

from __future__ import annotations

from itertools import pairwise
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


_NOT_JOINED: Final = frozenset(
    {
        "de", "het", "een", "en", "of", "op", "in", "te", "ten", "ter", "van", "voor", "met",
        "om", "aan", "bij", "uit", "door", "over", "naar", "tot", "er", "zo", "al", "nog",
        "niet", "wel", "ook", "dan", "als", "dat", "die", "dit", "wat", "hoe", "ik", "je",
        "u", "we", "ze", "hij", "zij", "mijn", "uw", "ons", "onze", "hun", "geen", "veel",
        "meer", "heel", "erg", "zeer", "echt", "even", "lang", "kort", "onder", "boven",
        "open", "achter", "samen", "terug", "weg", "vast", "los", "dicht", "goed", "kwijt",
        "zijn", "mee", "tegen", "binnen", "buiten", "thuis", "weer", "eigen", "nieuw",
        "oud", "groot", "klein", "hoog", "laag", "vrij", "half",
    }
)  # fmt: skip


def split_compounds(
    text: str, words: Sequence[tuple[int, int, str]], checker: Embedded
) -> list[Finding]:
    """Return info findings for a listed compound written as two words ("klanten service").

    Only noun-like pairs: no function words or particles, no inflected adjective first, and
    no verb form second, so "op lange termijn" and "het probleem oplossen" stay apart.
    """
    from klacht.model import Finding

    findings: list[Finding] = []
    for (start, first_end, first), (second_start, end, second) in pairwise(words):
        gap = text[first_end:second_start]
        a, b = first.lower(), second.lower()
        if gap != " " or not (a.isalpha() and b.isalpha()) or a in _NOT_JOINED:
            continue
        if len(a) < 4 or len(b) < 4 or a.endswith("e") or b in _NOT_JOINED:
            continue  # "lange termijn": an adjective before a noun stays apart
        if b.endswith(("en", "t", "d")):
            continue  # a verb after a noun or particle ("probleem oplossen", "open staat")
        joined = a + b
        if joined in checker.words and a in checker.words and b in checker.words:
            fixed = joined if first.islower() else joined[:1].upper() + joined[1:]
            findings.append(
                Finding(
                    kind="spelling",
                    rule="spelling.split",
                    severity="info",
                    start=start,
                    end=end,
                    text=text[start:end],
                    message=f"Samenstellingen schrijf je aan elkaar: '{fixed}'.",
                    suggestions=(fixed,),
                )
            )
    return findings
