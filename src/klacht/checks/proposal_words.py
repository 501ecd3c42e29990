"""Keep the sentence: take out only the insulting words, so the facts and what happened stay.

An insult inside a factual sentence ("Die idioten van jullie hebben op 3 november mijn pakket
kwijtgemaakt") should not take the sentence with it. Without a part-of-speech tagger, the shape
of the words around the insult says what it is, and each shape has one repair:

- an apposition between commas ("De bezorger, een echte hufter, gooide ...") goes with its commas;
- a compound with an insulting first part ("dat kutbedrijf") keeps its head ("dat bedrijf");
- an attributive adjective ("die debiele medewerker") goes, as its noun carries the sentence;
- an insulting noun after ``jullie`` / ``you`` goes ("Jullie prutsers hebben" -> "Jullie hebben");
- an insulting noun after a determiner names a person the sentence is about: it becomes the
  neutral noun for that person ("die klootzak aan de telefoon" -> "die medewerker aan de
  telefoon"), and "die idioten van jullie" becomes "jullie".

A repair is offered only where the sentence goes on after the insult; a predicate ("jullie zijn
idioten"), a vocative ("Stelletje idioten!") or an exclamation ("wat een sukkels") returns
``None``, and the caller takes the clause out instead.
"""

from __future__ import annotations

import re
from typing import Final

from klacht.checks.lexicon import lookup

Edit = tuple[int, int, str]
"""``text[start:end]`` becomes the string."""

_WORD: Final = re.compile(r"[\w'\u2019-]+")
_WORD_MARKS: Final = "-'\u2019"
"""Marks inside a word: a hyphen and both apostrophes (zo'n, you're)."""
_APPOSITION_LEAD: Final = {
    "nl": {"een", "echte", "echt", "stelletje", "stel", "bende", "zootje", "complete", "totale"},
    "en": {"a", "an", "complete", "total", "real", "absolute", "bunch", "of", "pack", "utter"},
}
_YOU: Final = {"nl": {"jullie"}, "en": {"you"}}
_DETERMINERS: Final = {
    "nl": {"de", "die", "deze", "het", "dat", "dit", "een", "uw", "jouw", "mijn", "onze"},
    "en": {"the", "that", "this", "those", "these", "a", "an", "your", "their", "my", "our"},
}
# "een idioot" is mostly a predicate or a comparison ("als een idioot"): only as a subject.
_INDEFINITE: Final = {"een", "a", "an"}
_LIKE: Final = {"als", "like"}
# Only a word for a person becomes "medewerker"; a curse ("de tering krijgen") does not.
_PERSON_CATEGORIES: Final = {"insult", "accusation"}
# What is left of "kuterij" or "lullig" is a suffix, not a word to keep.
_SUFFIXES: Final = {"erij", "erijen", "heid", "ig", "ige", "lig", "lige", "erig", "erige", "ing"}
# The determiner a neutral "medewerker" needs (het-words take de/die/deze).
_DE_FORM: Final = {"het": "de", "dat": "die", "dit": "deze"}
# After these words the insult is a predicate or an exclamation, not a person the story is about.
_NO_SUBJECT: Final = {
    "nl": {"zijn", "is", "ben", "bent", "was", "waren", "blijven", "blijft", "wat", "zo'n", "echt"},
    "en": {"are", "is", "am", "was", "were", "be", "been", "what", "such", "'re", "\u2019re"},
}
_NEUTRAL: Final = {"nl": ("medewerker", "medewerkers"), "en": ("employee", "employees")}
_YOU_PHRASE: Final = {"nl": ("van jullie", "bij jullie"), "en": ("of yours",)}
_ADJECTIVE_EN: Final = re.compile(r"(?:ic|less|ed|ing|id|ent|y|ful|ous|al|ish|ble|mb)$")
_S_LINKED: Final = ("er", "ing", "heid", "teit", "schap")
"""Dutch first parts that take a linking s (oplichtersbende); others do not (kloteservice)."""
_GROUP_NOUNS: Final = {"stelletje", "bende", "stel", "zootje", "bunch", "pack"}


def keep_sentence(text: str, start: int, end: int, lang: str) -> Edit | None:
    """Return the edit that takes out the insult at ``text[start:end]`` and keeps the sentence.

    ``None`` when the words around it do not show a shape this module can repair.
    """
    lang = "en" if lang.startswith("en") else "nl"
    return _apposition(text, start, end, lang) or _single_word(text, start, end, lang)


def _apposition(text: str, start: int, end: int, lang: str) -> Edit | None:
    """Return the edit for ", een echte hufter," between two commas, or ``None``."""
    front = text.rfind(",", 0, start)
    back = text.find(",", end)
    if front < 0 or back < 0 or any(c in text[front + 1 : back] for c in ".!?;:\n"):
        return None
    if text[end:back].strip():
        return None
    lead = [w.lower() for w in _WORD.findall(text[front + 1 : start])]
    if len(lead) > 3 or any(w not in _APPOSITION_LEAD[lang] for w in lead):
        return None
    before = text[:front].rstrip()
    if not before or before[-1] in ".!?\n":
        return None
    return front, back + 1, ""


def _single_word(text: str, start: int, end: int, lang: str) -> Edit | None:
    """Return the repair for one insulting word (or "stelletje X"), by the words around it."""
    words = _WORD.findall(text[start:end])
    group = len(words) == 2 and words[0].lower() in _GROUP_NOUNS
    described = len(words) > 1 and all(_adjective(w, lang) for w in words[:-1])
    if len(words) != 1 and not group and not described:
        return None
    w_start, w_end = _word_at(text, end - 1)
    if group or described:
        w_start = min(w_start, _word_at(text, start)[0])
    following = _next_word(text, w_end)
    if following is None:
        return None  # the insult ends the sentence: nothing to keep it for
    previous = _previous_word(text, w_start)
    prev_word = text[previous[0] : previous[1]].lower() if previous else ""
    if len(words) == 1:
        head = _compound_head(text[w_start:w_end], lang)
        if head is not None and prev_word in _DETERMINERS[lang] | _YOU[lang]:
            if not _exclamation(text, previous, lang):
                return w_start, w_end, head
            return None
        if _adjective(text[w_start:w_end], lang) and previous is not None:
            return w_start, following[0], ""
    if previous is None:
        return None
    if prev_word not in _DETERMINERS[lang] | _YOU[lang] and _adjective(prev_word, lang):
        # "your useless idiots": the adjective goes with the noun it describes.
        previous = _previous_word(text, previous[0])
        if previous is None:
            return None
        prev_word = text[previous[0] : previous[1]].lower()
    if prev_word in _YOU[lang]:
        return previous[1], w_end, ""
    if prev_word not in _DETERMINERS[lang]:
        return None
    like = _previous_word(text, previous[0]) if prev_word in _INDEFINITE else None
    if like is not None and text[like[0] : like[1]].lower() in _LIKE:
        return like[0], following[0], ""  # "als een idioot" says nothing the sentence needs
    if _exclamation(text, previous, lang) or not _person(text[w_start:w_end], lang):
        return None
    if prev_word in _INDEFINITE and not _starts_sentence(text, previous[0]):
        return None
    plural = group or _plural(text[w_start:w_end], lang)
    if plural:
        tail = text[w_end:].lower()
        for phrase in _YOU_PHRASE[lang]:
            if tail.startswith(" " + phrase + " "):
                you = "jullie" if lang == "nl" else "you"
                cap = text[previous[0]].isupper()
                return previous[0], w_end + 1 + len(phrase), you.capitalize() if cap else you
    det = text[previous[0] : previous[1]]
    noun = _NEUTRAL[lang][plural]
    new_det = _neutral_determiner(det, noun, lang)
    if (
        new_det == det
    ):  # only the noun changes: an edit next to it ("Wat een ..., en die") stays apart
        after_det = previous[1]
        while text[after_det] == " ":
            after_det += 1
        return after_det, w_end, noun
    return previous[0], w_end, f"{new_det} {noun}"


def _exclamation(text: str, det: tuple[int, int] | None, lang: str) -> bool:
    """Whether the determiner follows "wat", "zijn" and the like ("wat een kutbedrijf")."""
    before = _previous_word(text, det[0]) if det else None
    return before is not None and text[before[0] : before[1]].lower() in _NO_SUBJECT[lang]


def _person(word: str, lang: str) -> bool:
    """Whether the insult (its last word) is a word for a person: an insult or accusation."""
    last = _WORD.findall(word)[-1].lower()
    hit = lookup(last, lang)
    return hit is not None and hit.entry.category in _PERSON_CATEGORIES


def _starts_sentence(text: str, index: int) -> bool:
    before = text[:index].rstrip()
    return not before or before[-1] in ".!?:\n"


def _neutral_determiner(det: str, noun: str, lang: str) -> str:
    """Return the determiner the neutral ``noun`` needs where ``det`` stood (dat -> die)."""
    low = det.lower()
    if lang == "nl":
        low = _DE_FORM.get(low, low)
    elif low in ("a", "an"):
        low = "an" if noun[0] in "aeiou" else "a"
    if det[:1].isupper():
        low = low[:1].upper() + low[1:]
    return low


def _compound_head(word: str, lang: str) -> str | None:
    """Return the head of a compound whose first part is the insult ("kutbedrijf" -> "bedrijf")."""
    hit = lookup(word.lower(), lang)
    if hit is None or not hit.modifier:
        return None
    term = hit.entry.term
    head = word[len(term) :] if word.lower().startswith(term) else hit.compound
    if term.endswith(_S_LINKED) and head.startswith("s"):
        head = head[1:]  # oplichter-s-bedrijf; "klote-service" keeps its s
    head = head.lstrip("-")
    if len(head) < 3 or head.lower() in _SUFFIXES or lookup(head.lower(), lang) is not None:
        return None  # the rest is an insult too ("kutwijf"): no head to keep
    return word[len(word) - len(head) :]


def _adjective(word: str, lang: str) -> bool:
    """Whether ``word`` looks like an adjective before its noun ("debiele", "stupid")."""
    low = word.lower()
    if lang == "nl":
        return low.endswith("e") and not low.endswith(("je", "ie"))
    return bool(_ADJECTIVE_EN.search(low))


def _plural(word: str, lang: str) -> bool:
    low = word.lower()
    if lang == "nl":
        return low.endswith(("en", "s")) and not low.endswith("ss")
    return low.endswith("s") and not low.endswith("ss")


def _word_at(text: str, index: int) -> tuple[int, int]:
    """Return the bounds of the word that holds ``text[index]``."""
    start = index
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] in _WORD_MARKS):
        start -= 1
    end = index + 1
    while end < len(text) and (text[end].isalnum() or text[end] in _WORD_MARKS):
        end += 1
    return start, end


def _next_word(text: str, end: int) -> tuple[int, int] | None:
    """Return the next word when only spaces lie between (the sentence goes on), else ``None``."""
    i = end
    while i < len(text) and text[i] == " ":
        i += 1
    if i == end or i >= len(text) or not text[i].isalnum():
        return None
    return _word_at(text, i)


def _previous_word(text: str, start: int) -> tuple[int, int] | None:
    """Return the word before ``start`` when only spaces lie between, else ``None``."""
    i = start
    while i > 0 and text[i - 1] == " ":
        i -= 1
    if i == start or i == 0 or not text[i - 1].isalnum():
        return None
    return _word_at(text, i - 1)
