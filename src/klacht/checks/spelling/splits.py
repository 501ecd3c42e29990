"""When to suggest two words for one: a glued function word, never a nonsense split.

Real glued-word slips join a function word to its neighbour: "opelkaar" (op elkaar),
"bijde" (bij de), "alot" (a lot), "eachother" (each other). Two content words glued together
are a compound (Dutch writes those as one word: "moederdag") or a coincidence of letters
("aantap" is "aantal" mistyped, not "aan tap"). So a split is suggested only when

- both parts are common words (frequency band at least ``BAND``, ``BAND_SHORT`` for a part
  of one or two letters),
- at least one part is a function word of the language (``FUNCTION_WORDS``: articles,
  pronouns, prepositions, particles, conjunctions, auxiliaries, a few adverbs), and
- no single word is a likely correction: the best single-word candidate scores at least
  ``WEAK_SINGLE`` (a common word one slip away scores lower), so the pair beats it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from klacht.model import base_lang

if TYPE_CHECKING:
    from klacht.checks.spelling.wordlist import WordList

BAND: Final = 7
BAND_SHORT: Final = 8
WEAK_SINGLE: Final = 0.5
"""A best single-word score at or above this is beaten by a qualifying split."""
SCORE: Final = 0.45
"""The score a qualifying split gets: below ``WEAK_SINGLE``, so it ranks first."""

_NL: Final = frozenset(
    {
        "de", "het", "een", "'t", "'n", "deze", "die", "dit", "dat", "ik", "jij", "je", "u",
        "hij", "zij", "ze", "wij", "we", "jullie", "hun", "hen", "hem", "haar", "mij", "me",
        "ons", "onze", "mijn", "jouw", "uw", "zijn", "zich", "elkaar", "iets", "niets",
        "niemand", "iemand", "alles", "er", "aan", "achter", "af", "bij", "binnen", "boven",
        "buiten", "door", "in", "langs", "met", "mee", "na", "naar", "naast", "om", "onder",
        "op", "over", "per", "rond", "sinds", "te", "ten", "ter", "tegen", "terug", "toe",
        "tot", "uit", "van", "vanaf", "voor", "voorbij", "weg", "zonder", "tussen", "en", "of",
        "maar", "want", "dus", "als", "dan", "omdat", "toen", "terwijl", "hoe", "wat", "wie",
        "waar", "wanneer", "ben", "bent", "is", "was", "waren", "heb", "hebt", "heeft", "had",
        "hadden", "hebben", "word", "wordt", "werd", "worden", "kan", "kun", "kunt", "kunnen",
        "mag", "moet", "moeten", "wil", "wilt", "willen", "zal", "zult", "zullen", "zou",
        "zouden", "ga", "gaat", "gaan", "geweest", "gehad", "al", "nog", "niet", "wel", "ook",
        "zo", "heel", "erg", "veel", "meer", "minder", "weer", "even", "zelf", "hier", "daar",
        "nu", "toch", "vol", "verder"
    }
)  # fmt: skip
_EN: Final = frozenset(
    {
        "a", "an", "the", "this", "that", "these", "those", "i", "you", "he", "she", "it", "we",
        "they", "me", "him", "her", "us", "them", "my", "your", "his", "its", "our", "their",
        "one", "each", "other", "any", "some", "every", "no", "all", "both", "either",
        "neither", "about", "above", "after", "against", "along", "among", "around", "as", "at",
        "before", "behind", "below", "between", "by", "down", "for", "from", "in", "inside",
        "into", "like", "near", "of", "off", "on", "onto", "out", "over", "since", "through",
        "to", "toward", "under", "until", "up", "upon", "with", "within", "without", "and",
        "or", "but", "nor", "so", "yet", "if", "than", "then", "because", "while", "when",
        "where", "what", "who", "how", "am", "is", "are", "was", "were", "be", "been", "being",
        "have", "has", "had", "do", "does", "did", "can", "could", "may", "might", "must",
        "shall", "should", "will", "would", "not", "too", "very", "well", "more", "most",
        "less", "least", "lot", "much", "many", "there", "here", "thank"
    }
)  # fmt: skip
FUNCTION_WORDS: Final = {"nl": _NL, "en": _EN}
"""Articles, pronouns, prepositions, particles, conjunctions, auxiliaries, a few adverbs."""


def splits(word: str, words: WordList, lang: str) -> list[tuple[str, int]]:
    """Return ``word`` cut into two common words, one of them a function word, with their band.

    The band returned is the lower of the two parts' frequency bands.
    """
    function = FUNCTION_WORDS[base_lang(lang)]
    out: list[tuple[str, int]] = []
    for i in range(1, len(word)):
        left, right = word[:i], word[i:]
        if left not in function and right not in function:
            continue
        if not (left[-1].isalpha() and right[0].isalpha()):
            continue
        band = min(words.band(left) or 0, words.band(right) or 0)
        short = min(len(left), len(right)) < 3
        if band >= (BAND_SHORT if short else BAND):
            out.append((f"{left} {right}", band))
    return out


def ranked(word: str, words: WordList, lang: str, best_single: float) -> dict[str, float]:
    """Return the splits to suggest with their scores: none unless they beat ``best_single``."""
    if best_single < WEAK_SINGLE:
        return {}
    return {pair: SCORE - 0.01 * band for pair, band in splits(word, words, lang)}
