"""The embedded checker: accepts listed words and Dutch compounds, ranks corrections."""

from __future__ import annotations

from typing import Final

from klacht.checks.spelling import emphasis, splits
from klacht.checks.spelling.ranking import neighbours, ngram_candidates
from klacht.checks.spelling.wordlist import ACCENTS, PLAIN, load, strip_accents
from klacht.model import base_lang

_LETTERS: Final = "abcdefghijklmnopqrstuvwxyz"
# Spelling slips that change more than one letter, as (wrong, right) pairs tried both ways.
_RULES: Final = {
    "nl": (
        ("ei", "ij"),
        ("au", "ou"),
        ("y", "ij"),
        ("c", "k"),
        ("ph", "f"),
        ("th", "t"),
        ("ch", "g"),
        ("sch", "s"),
        ("ks", "x"),
        ("ts", "c"),
        ("kw", "qu"),
        ("ie", "y"),
        ("dt", "d"),
        ("dt", "t"),
        ("z", "s"),
        ("v", "f"),
        ("mm", "m"),
        ("ai", "ij"),
    ),
    "en": (
        ("f", "ph"),
        ("ie", "ei"),
        ("ence", "ance"),
        ("ible", "able"),
        ("ent", "ant"),
        ("er", "or"),
        ("ou", "o"),
        ("s", "c"),
        ("k", "c"),
        ("i", "y"),
        ("k", "ck"),
        ("s", "sc"),
        ("w", "wh"),
        ("shun", "tion"),
        ("ise", "ize"),
        ("ea", "ee"),
        ("g", "gh"),
    ),
}
_CACHE_SIZE: Final = 4096
_VOWELS: Final = "aeiouy"
# A compound whose head is one of these is two words glued together ("voorelkaar").
_NOT_HEADS: Final = frozenset(
    [
        "elkaar",
        "zich",
        "zelf",
        "wel",
        "niet",
        "ook",
        "nog",
        "maar",
        "dan",
        "als",
        "wat",
        "waar",
        "hoe",
        "zal",
        "kan",
        "wil",
        "moet",
        "mag",
        "had",
        "heb",
        "hebben",
        "zijn",
        "was",
        "waren",
        "werd",
        "worden",
        "door",
        "over",
        "voor",
        "naar",
        "uit",
        "aan",
        "op",
        "af",
        "in",
        "om",
        "toe",
        "mee",
        "weg",
        "na",
        "bij",
    ]
)


_VERB_LIKE: Final = ("en", "de", "den", "te", "ten")
_APOSTROPHE_ENDINGS: Final = frozenset({"s", "er", "ers", "en", "je", "jes", "tje", "tjes"})
"""Endings Dutch joins with an apostrophe to an abbreviation or a word ending in a vowel."""
_DIMINUTIVES: Final = ("etjes", "etje", "tjes", "tje", "pjes", "pje", "kjes", "kje", "jes", "je")


class Embedded:
    """Accept correct words and rank corrections for the others, offline."""

    def __init__(self, lang: str) -> None:
        """Use the word list of ``lang``."""
        self.lang = base_lang(lang)
        self.words = load(self.lang)
        self._suggestions: dict[tuple[str, int], tuple[str, ...]] = {}

    # -- acceptance --------------------------------------------------------------------------

    def _listed(self, word: str) -> bool:
        """Listed as written, or capitalised at the start of a sentence."""
        if word in self.words:
            return True
        if word[:1].isupper() and word[1:].islower():
            lower = word.lower()
            if lower.startswith("ij"):
                return False  # Dutch capitalises the digraph: IJsland, not Ijsland
            if lower in self.words:
                return True
            # a capital may drop its accent at the start of a sentence: Eén for één
            return any(a + lower[1:] in self.words for a in ACCENTS.get(lower[0], ""))
        return False

    def _compound(self, word: str, depth: int = 0) -> bool:
        """Split a lower-case word into listed modifiers and a listed head."""
        n = len(word)
        for i in range(n - 4, 2, -1):
            head = word[i:]
            if head in _NOT_HEADS or not self._head(head):
                continue
            left = word[:i]
            if self.words.is_mod(left):
                return True
            if depth < 1 and n >= 11 and self._compound_left(left):
                return True
        for i in range(4, n - 5):
            # a listed word of six letters or more after a listed modifier of four or more:
            # landbouw-mechanisatie, carnaval-vermomming; not a verb form, plural or inflected
            # adjective ("rest-oreren", "les-verstoren"), which glue words more often
            head = word[i:]
            if (
                not head.endswith(_VERB_LIKE)
                and head in self.words
                and self.words.is_mod(word[:i])
                and word[:i] not in splits.FUNCTION_WORDS["nl"]
            ):
                return True
        return self._loose(word)

    def _common(self, word: str, least: int) -> bool:
        """Tell whether ``word`` is listed with a frequency band of at least ``least``."""
        return (self.words.band(word) or 0) >= least

    def _loose(self, word: str) -> bool:
        """Two common listed words, maybe with a linking s/e/en, or a diminutive of one.

        The list's compound parts miss new pairs (molen + dag, petjes + verbod, volgers +
        lijst) and diminutives (miljoentje). Function words never start such a pair, so
        "aantap" is no compound of "aan" and "tap".
        """
        n = len(word)
        if n < 8:
            return False
        for ending in _DIMINUTIVES:
            stem = word[: -len(ending)]
            if word.endswith(ending) and len(stem) >= 4 and self._common(stem, 2):
                return True
        for i in range(3, n - 2):
            left, head = word[:i], word[i:]
            if head in _NOT_HEADS or not self.words.is_head(head):
                continue  # only what ends compounds in the list: no verb forms, no pronouns
            if not self._common(head, 5 if len(head) == 3 else 2):
                continue
            bases = [left]
            if left.endswith(("s", "e")):
                bases.append(left[:-1])  # linking s or e: volger-s-lijst
            if left.endswith("en"):
                bases.append(left[:-2])  # linking en: klant-en-service
            if any(
                len(b) >= 3
                and b not in _NOT_HEADS
                and (not b.endswith("e") or b.endswith("je"))  # "derde generatie", "vrije"
                and self._common(b, 3)
                for b in bases
            ):
                return True
        return False

    def _head(self, head: str) -> bool:
        if self.words.is_head(head):
            return True
        for suffix in ("tjes", "jes", "tje", "je", "s"):
            if head.endswith(suffix) and self.words.is_head(head[: -len(suffix)]):
                return head in self.words
        return False

    def _compound_left(self, left: str) -> bool:
        for i in range(len(left) - 4, 2, -1):
            first, second = left[:i], left[i:]
            if self.words.is_mod(second) and (
                self.words.is_mod(first) or (len(first) >= 3 and first in self.words)
            ):
                return True
        return False

    def listed_variant(self, word: str) -> str | None:
        """Return a listed spelling of a compound that differs in linking letters or hyphens."""
        lower = word.lower()
        joined = lower.replace("-", "")
        if "-" in lower and joined in self.words:
            return joined
        for i in range(3, len(joined) - 2):
            left, right = joined[:i], joined[i:]
            for cand in (
                f"{left}-{right}",
                f"{left}s{right}",
                f"{left}n{right}",
                f"{left}en{right}",
            ):
                if cand != lower and cand in self.words:
                    return cand
            if left.endswith("s") and left[:-1] + right in self.words:
                return left[:-1] + right
        return None

    def accepts(self, word: str) -> bool:
        """Tell whether ``word`` is correct (listed, an acceptable compound or hyphenation)."""
        word = word.replace("\u2019", "'")
        if self._listed(word):
            return True
        if word.endswith("'s") and self._possessive(word[:-2]):
            return True
        lower = word.lower()
        if "-" in word:
            if lower in self.words or (self.lang == "nl" and self.listed_variant(word)):
                return False  # Dutch writes listed compounds one way; English allows both
            parts = [p for p in word.split("-") if p]
            return bool(parts) and all(
                p.isupper() or self._listed(p) or self._compound_ok(p.lower()) for p in parts
            )
        if not (word.islower() or (word[:1].isupper() and word[1:].islower())):
            return False
        if lower.startswith("ij") and word[:1].isupper():
            return False
        return self._compound_ok(lower)

    def _possessive(self, base: str) -> bool:
        """Tell whether ``base`` + 's is right: any English word; a Dutch one on a lone vowel.

        Dutch writes 's only after a single a, i, o, u or y that would otherwise change its
        sound (auto's, Anna's, baby's), and writes "colleges", "bureaus" and "cafés".
        """
        if not base or "'" in base or not self.accepts(base):
            return False
        if self.lang == "en":
            return True
        tail = base[-2:].lower()
        return len(tail) == 2 and tail[1] in "aiouy" and tail[0] not in "aeiouyé"

    def _compound_ok(self, lower: str) -> bool:
        if self.lang != "nl" or len(lower) < 6 or not lower.isalpha():
            return False
        return (
            self._compound(lower)
            and self.listed_variant(lower) is None
            and not self._near_listed(lower)
        )

    def _near_listed(self, lower: str) -> bool:
        """Tell whether an unlisted compound is one slip away from a listed word.

        The list holds the usual compounds, so "woordvoeder" next to the listed "woordvoerder"
        is a typo, not a new word. A listed word that only adds or drops an ending is left
        alone: that is an inflection ("-s", "-en") of a compound the list may lack.
        """
        if self.words.cased(lower) is not None or strip_accents(lower) in self.words:
            return True
        for cand in self._slips(lower) | self._rule_variants(lower):
            if cand in self.words and not (cand.startswith(lower) or lower.startswith(cand)):
                return True
        return False

    # -- suggestions -------------------------------------------------------------------------

    def suggest(self, word: str, limit: int = 5) -> list[str]:
        """Return up to ``limit`` corrections for ``word``, best first (cached per word)."""
        key = (word, limit)
        cached = self._suggestions.get(key)
        if cached is None:
            if len(self._suggestions) >= _CACHE_SIZE:
                self._suggestions.clear()
            cached = self._suggestions[key] = self._suggest(word.replace("\u2019", "'"), limit)
        return list(cached)

    def _suggest(self, word: str, limit: int) -> tuple[str, ...]:
        scores: dict[str, float] = {}

        def add(cand: str, cost: float) -> None:
            form = self._known_form(cand)
            if form is None or form == word:
                return
            band = self.words.band(form) or 0
            score = cost - 0.12 * band
            if score < scores.get(form, 99.0):
                scores[form] = score

        lower = word.lower()
        if word[:2] == "Ij":
            add("IJ" + word[2:], 0.0)
            if self.accepts(lower):
                scores["IJ" + word[2:]] = -1.0  # a compound the list lacks: IJzerwake
        self._emphasis(lower, scores)
        stem, _, ending = lower.rpartition("-")
        if stem and ending in _APOSTROPHE_ENDINGS:
            add(f"{stem}'{ending}", 0.2)  # mbo'ers, sms'en, tv'tje
        cased = self.words.cased(word)
        if cased:
            add(cased, 0.05)
        add(lower, 0.1)
        variant = self.listed_variant(word)
        if variant:
            add(variant, 0.2)
        if "'" in lower:
            add(lower.replace("'", ""), 0.2)
        if lower.startswith("s-"):
            add("'" + lower, 0.2)
        plain = strip_accents(lower)
        if plain != lower:
            add(plain, 0.3)
        ruled = self._rule_variants(lower)
        for cand in ruled:
            add(cand, 0.4)
        edits = self._edits(lower)
        for cand, cost in edits.items():
            add(cand, cost)
        if not scores or min(scores.values()) > 0.6:
            for base in ruled:
                for cand, cost in self._edits(base).items():
                    add(cand, cost + 0.5)
        if (not scores or min(scores.values()) > 0.3) and len(lower) <= 14:
            second: dict[str, float] = {}
            for base, cost1 in edits.items():
                for cand, cost2 in self._edits(base, cheap=True).items():
                    if cost1 + cost2 < second.get(cand, 9.0):
                        second[cand] = cost1 + cost2
            for cand, cost in second.items():
                if cand in self.words:
                    add(cand, cost + 0.2)
        if not scores or min(scores.values()) > 0.5:
            for cand, cost in ngram_candidates(lower, self.words):
                add(cand, cost + 0.6)
        best = min(scores.values(), default=99.0)
        scores.update(splits.ranked(lower, self.words, self.lang, best))
        ranked = sorted(scores, key=lambda s: (scores[s], s))
        return tuple(self._recase(word, s) for s in ranked[:limit])

    def _emphasis(self, lower: str, scores: dict[str, float]) -> None:
        """Score the plain and (Dutch) emphatic forms of a stretched or wrongly accented word.

        "veeeeel" gets "véél" then "veel"; "hòe" gets "hóé" then "hoe" (Dutch marks emphasis
        with acute accents); English "sooooo" gets "so".
        """
        plain = strip_accents(lower)
        bases = emphasis.collapsed(lower) or ([plain] if plain != lower else [])
        forms = [f for f in map(self._known_form, bases) if f is not None]
        for form in forms:
            score = -0.5 - 0.12 * (self.words.band(form) or 0)
            scores[form] = min(scores.get(form, 99.0), score)
        if self.lang == "nl" and forms:
            best = min(forms, key=lambda f: scores[f])  # the commonest: "veel", not "vel"
            marked = emphasis.emphatic(best)
            if marked is not None and marked != lower:
                scores[marked] = scores[best] - 0.01

    def _known_form(self, cand: str) -> str | None:
        """Return the listed form of a candidate (or of each word of a split), else None."""
        if " " in cand:
            parts = cand.split(" ")
            return cand if all(p in self.words for p in parts) else None
        if cand in self.words:
            return cand
        if cand.startswith("IJ") and cand[2:].islower() and cand.lower() in self.words:
            return cand
        cased = self.words.cased(cand)
        if cased is not None and not cased.isupper():
            return cased
        if "-" in cand:
            lower = cand.lower()
            if lower in self.words:
                return lower
        return None

    @staticmethod
    def _recase(word: str, suggestion: str) -> str:
        """Capitalise a suggestion for a capitalised word (sentence start), IJ as one letter."""
        if suggestion.lower() == word.lower().replace("'", "") or not (
            word[:1].isupper() and word[1:] == word[1:].lower() and suggestion[:1].islower()
        ):
            return suggestion
        if suggestion.startswith("ij"):
            return "IJ" + suggestion[2:]
        return suggestion[:1].upper() + suggestion[1:]

    def _rule_variants(self, word: str) -> set[str]:
        out: set[str] = set()
        for a, b in _RULES[self.lang]:
            for src, dst in ((a, b), (b, a)):
                start = word.find(src)
                while start != -1:
                    out.add(word[:start] + dst + word[start + len(src) :])
                    start = word.find(src, start + 1)
        if self.lang == "nl":
            for end, repl in (("dt", ("d", "t")), ("t", ("d", "dt")), ("d", ("t", "dt"))):
                if word.endswith(end):
                    out.update(word[: -len(end)] + r for r in repl)
        out.discard(word)
        return out

    @staticmethod
    def _slips(word: str) -> set[str]:
        """Return the words one typical slip away: a letter dropped or added, d/t, a vowel."""
        out = {word[:i] + word[i + 1 :] for i in range(len(word))}
        out.update(word[:i] + c + word[i:] for i in range(len(word) + 1) for c in _LETTERS)
        for i, ch in enumerate(word):
            if ch in "dt":
                out.add(word[:i] + ("t" if ch == "d" else "d") + word[i + 1 :])
            elif ch in "aeiou" and i < len(word) - 3:
                # an unstressed vowel spelled by ear (sponseren); not in the ending, where
                # vowels change with inflection (crisis, crises)
                out.update(word[:i] + v + word[i + 1 :] for v in "aeiou")
        out.discard(word)
        return out

    def _edits(self, word: str, *, cheap: bool = False) -> dict[str, float]:
        """Return the words one edit away, with a cost per kind of edit."""
        out: dict[str, float] = {}
        n = len(word)
        for i in range(n):
            cand = word[:i] + word[i + 1 :]
            doubled = (i > 0 and word[i - 1] == word[i]) or (i + 1 < n and word[i + 1] == word[i])
            out[cand] = min(out.get(cand, 9.0), 0.6 if doubled else 0.9)
        for i in range(n - 1):
            if word[i] != word[i + 1]:
                cand = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
                out[cand] = min(out.get(cand, 9.0), 0.8)
        if cheap:
            # the second edit of a two-edit search: also a vowel for a vowel (sepErate)
            for i, ch in enumerate(word):
                if ch in _VOWELS:
                    for v in _VOWELS:
                        if v != ch:
                            out.setdefault(word[:i] + v + word[i + 1 :], 1.0)
            return out
        for i, ch in enumerate(word):
            alphabet = _LETTERS + ACCENTS.get(PLAIN.get(ch, ch), "")
            for c in alphabet:
                if c != ch:
                    cand = word[:i] + c + word[i + 1 :]
                    if PLAIN.get(c, c) == PLAIN.get(ch, ch):
                        cost = 0.3  # an accent
                    elif neighbours(ch, c):
                        cost = 0.75  # the key next to it
                    else:
                        cost = 1.0
                    out[cand] = min(out.get(cand, 9.0), cost)
        for i in range(n + 1):
            prev = word[i - 1] if i else ""
            for c in _LETTERS + "-'\u00e9":
                cand = word[:i] + c + word[i:]
                cost = 0.6 if c == prev else 1.0
                out[cand] = min(out.get(cand, 9.0), cost)
        out.pop(word, None)
        return out
