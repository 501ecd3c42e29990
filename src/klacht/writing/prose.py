"""Small pieces of natural prose: the request as a question, the day, answers that say nothing.

Pure functions of the answers and the data in ``data/requests.yaml``; the templates weave them
into sentences.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, Final

from klacht.model import OUTCOMES, base_lang
from klacht.storage import paths
from klacht.writing.dates import MONTHS, words_for_day

NOTHING: Final = frozenset(
    {
        "niks",
        "niets",
        "nee",
        "neen",
        "geen",
        "nvt",
        "n.v.t.",
        "-",
        "nothing",
        "no",
        "none",
        "nope",
        "n/a",
        "na",
        "nah",
    }
)
"""First words of an answer that says nothing was done ("niks, ik ben te boos")."""
_FIRST_WORD: Final = re.compile(r"[^\s,.;:!?]+")


def says_nothing(answer: str) -> bool:
    """Tell whether an optional answer only says there is nothing ("niks", "nee", "no")."""
    m = _FIRST_WORD.match(answer.strip().lower())
    return m is None or m.group(0) in NOTHING


def outcomes(value: str) -> tuple[str, ...]:
    """Return the outcome ids of a stored outcome (``repair,compensation``)."""
    return tuple(o for o in value.split(",") if o in OUTCOMES)


def _table(lang: str) -> dict[str, Any]:
    data: dict[str, Any] = paths.packaged_yaml("requests.yaml")
    return dict(data[lang] if lang in data else data[base_lang(lang)])


def join(items: list[str], lang: str) -> str:
    """Return ``a``, ``a en b`` or ``a, b en c``."""
    word = _table(lang)["and"]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {word} " + items[-1]


def ask_for(outcome: str, lang: str) -> str:
    """Return the outcome(s) as one polite question ("Kunnen jullie A en B?"); "" for other."""
    table = _table(lang)
    acts = [table["acts"][o] for o in outcomes(outcome) if o in table["acts"]]
    return table["ask"].replace("{acts}", join(acts, lang)) if acts else ""


def ask_detail(detail: str, lang: str) -> str:
    """Return the consumer's concrete request as a sentence of its own, or framed politely.

    A Dutch verb phrase ("het bedrag terugstorten") becomes the question "Kunnen jullie het
    bedrag terugstorten?"; an English one ("refund the fee") "Could you refund the fee?".
    """
    detail = " ".join(detail.split()).rstrip(".!")
    if not detail:
        return ""
    table = _table(lang)
    first = _FIRST_WORD.match(detail.lower())
    if first is not None and first.group(0) in table["own_words"]:
        text = detail[0].upper() + detail[1:]
        return text if text[-1] in "?" else text + "."
    if detail[:1].isupper() and detail[1:2].islower():
        detail = detail[0].lower() + detail[1:]
    if _verb_phrase(detail, lang):
        return str(table["ask"]).replace("{acts}", detail.rstrip("?"))
    return str(table["detail"]).replace("{detail}", detail)


def ask_all(outcome: str, detail: str, lang: str) -> str:
    """Return the request of the letters: the outcomes asked, then the consumer's own words.

    A request in the consumer's words that is a verb phrase joins the same question
    ("Kunnen jullie mijn geld terugbetalen en het bedrag terugstorten?"), not a second one.
    """
    words = " ".join(detail.split()).rstrip(".!?")
    table = _table(lang)
    acts = [table["acts"][o] for o in outcomes(outcome) if o in table["acts"]]
    first = _FIRST_WORD.match(words.lower())
    own = first is not None and first.group(0) in table["own_words"]
    if acts and words and not own and _verb_phrase(words, lang):
        if words[:1].isupper() and words[1:2].islower():
            words = words[0].lower() + words[1:]
        return str(table["ask"]).replace("{acts}", join([*acts, words], lang))
    return " ".join(part for part in (ask_for(outcome, lang), ask_detail(detail, lang)) if part)


_DETERMINERS: Final = frozenset(
    {"de", "het", "een", "mijn", "jullie", "uw", "die", "deze", "dat", "dit", "twee", "drie"}
)
_EN_VERBS: Final = frozenset(
    {
        "refund",
        "repair",
        "replace",
        "send",
        "fix",
        "cancel",
        "pay",
        "return",
        "explain",
        "call",
        "credit",
        "reimburse",
        "confirm",
        "restore",
        "reconnect",
        "deliver",
        "change",
        "correct",
        "remove",
        "close",
        "give",
        "offer",
        "contact",
        "reply",
        "update",
        "waive",
    }
)


def _verb_phrase(detail: str, lang: str) -> bool:
    """Tell whether the request is a verb phrase: Dutch ends in an infinitive, English starts
    with a verb. "de verzendkosten" and "nieuwe batterijen" are nouns (after an article or an
    inflected adjective)."""
    words = detail.lower().rstrip("?").split()
    if base_lang(lang) == "en":
        return words[0] in _EN_VERBS if words else False
    if len(words) < 2 or not words[-1].endswith("en") or len(words[-1]) < 5:
        return False
    before = words[-2]
    return before not in _DETERMINERS and not before.endswith("e")


def day_phrase(day: dt.date, written: dt.date | None, lang: str) -> str:
    """Return how a post names the day: ``gisteren``, ``3 november`` (a year if not this one)."""
    words = {"nl": ("vandaag", "gisteren"), "en": ("today", "yesterday")}[base_lang(lang)]
    if written is not None and day == written:
        return words[0]
    if written is not None and day == written - dt.timedelta(days=1):
        return words[1]
    text = f"{day.day} {MONTHS[base_lang(lang)][day.month - 1]}"
    return text if written is not None and written.year == day.year else f"{text} {day.year}"


def mentions_day(text: str, day: dt.date, lang: str, written: dt.date | None = None) -> bool:
    """Tell whether the story already names the day ("op 3 november", "gisteren"), so it is
    not said twice. Words such as "gisteren" or "vrijdag" count when they name that very day,
    and so do "3 nov", "de 3e" and "the 3rd"."""
    month = MONTHS[base_lang(lang)][day.month - 1].lower()
    short = month[:3]
    lowered = text.lower()
    relative = words_for_day(day, written) if written is not None else frozenset()
    return bool(
        any(re.search(rf"\b{word}\b", lowered) for word in relative)
        or re.search(rf"\b{day.day}(?:e|ste|de|st|nd|rd|th)?\s+(?:of\s+)?{short}", lowered)
        or re.search(rf"\b{short}\w*\.?\s+{day.day}\b", lowered)
        or re.search(rf"\b{day.day}[-/]{day.month}\b", lowered)
        or re.search(rf"\b(?:de|the|on the)\s+{day.day}(?:e|ste|de|st|nd|rd|th)\b", lowered)
    )


_ONGOING: Final = {
    "nl": re.compile(
        r"\b(?:al|sinds|inmiddels|ruim|nu)\s+(?:\d+|een|twee|drie|vier|vijf|zes|zeven|acht|"
        r"negen|tien|enkele|een paar|ruim)\s+(?:\w+\s+)?(?:uur|uren|dagen|dag|weken|week|"
        r"maanden|maand|jaar)\b|\bnog (?:steeds|altijd)\b|\bsindsdien\b",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\b(?:for|since|over)\s+(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|"
        r"several|a few)\s+(?:\w+\s+)?(?:hours?|days?|weeks?|months?|years?)\b|"
        r"\bstill\b|\bever since\b",
        re.IGNORECASE,
    ),
}


def ongoing(text: str, lang: str) -> bool:
    """Tell whether the story tells of something that is still going on ("al 5 dagen zoek").

    Then the day it happened is the day it began: "Het begon op 27 november", not "Dat was".
    """
    return bool(_ONGOING[base_lang(lang)].search(text))


def own_sentence(text: str, lang: str) -> bool:
    """Tell whether an answer is a sentence on its own (it starts with a subject: ik, I, mijn)."""
    first = _FIRST_WORD.match(text.strip().lower())
    subjects = {
        "nl": {"ik", "we", "wij", "mijn", "onze", "het", "dat", "dit", "daardoor", "er", "de"},
        "en": {"i", "we", "my", "our", "it", "that", "this", "the", "there"},
    }[base_lang(lang)]
    return first is not None and first.group(0) in subjects


def said(answer: str) -> str:
    """Return an optional answer, or "" when it only says there is nothing ("niks", "nee")."""
    return "" if says_nothing(answer) else answer


_NEXT_SENTENCE: Final = re.compile(r"(?<![.…][.!?])(?<=[.!?])( +)([a-z])")  # not after "..." or "…"
_ABBREVIATION: Final = re.compile(
    r"(?:\b\w\.\w\.|\b(?:bijv|bv|ca|nr|vs|etc|evt|incl|excl|tel|blz|max|min|"
    r"mr|mrs|dr|st|ong|resp|excl|approx|no)\.)$",
    re.IGNORECASE,
)


def capitalise_sentences(text: str) -> str:
    """Return ``text`` with a capital for every sentence after the first that starts in lower
    case ("niet normaal. de verkoper" -> "De verkoper"); not after an abbreviation or "..."."""
    return _NEXT_SENTENCE.sub(
        lambda m: (
            m.group(0)
            if _ABBREVIATION.search(text[: m.start()])
            else m.group(1) + m.group(2).upper()
        ),
        text,
    )


_STORY_BREAK: Final = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def split_first(text: str) -> tuple[str, str]:
    """Return ``text`` cut after its first sentence, and the rest ("" when there is none)."""
    parts = _STORY_BREAK.split(text, maxsplit=1)
    return parts[0], parts[1] if len(parts) > 1 else ""
