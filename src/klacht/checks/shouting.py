"""Shouting: runs of capitalised words and piles of ``!`` and ``?``.

Acronyms and names written in capitals (KPN, ABN AMRO, DUO, KL1234) are not shouting; the list
is data, ``data/rules/acronyms.txt``.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import TYPE_CHECKING, Final

from klacht.model import Finding
from klacht.writing.texts import t

if TYPE_CHECKING:
    from collections.abc import Iterator

_WORD = re.compile(r"[^\W_]+(?:['\u2019-][^\W_]+)*")
_PILE = re.compile(r"[!?][!?1]*[!?]")
_REDACTED = re.compile(r"X{2,}|x{2,}")  # XXXX stands for a number the writer left out
_MILD: Final = frozenset({"?!", "!?"})  # surprise, not anger
_MIN_SINGLE = 5  # one capitalised word this long is shouting ("NOOIT")
_MIN_RUN_LETTERS = 6  # a run of capitalised words with this many letters is shouting

CAPS_RULE: Final = "tone.shouting"
PUNCT_RULE: Final = "tone.punctuation"


def _word_list(name: str) -> frozenset[str]:
    path = Path(__file__).parent.parent / "data" / "rules" / name
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip() for w in lines if w.strip() and not w.startswith("#"))


@functools.cache
def acronyms() -> frozenset[str]:
    """Return the upper-case names and acronyms that are not shouting."""
    return _word_list("acronyms.txt")


@functools.cache
def emphasis_words() -> frozenset[str]:
    """Return the short words that are shouting when written in capitals on their own."""
    return _word_list("emphasis.txt")


def _is_caps(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and not any(c.isdigit() for c in word) and word.isupper()


def check(
    text: str, *, lang: str = "nl", caps: bool = True, punct: bool = True
) -> Iterator[Finding]:
    """Yield warnings for shouted runs of capitals (``caps``) and piles of punctuation."""
    if caps:
        yield from _caps(text, lang)
    if not punct:
        return
    for m in _PILE.finditer(text):
        if m.group(0) in _MILD:
            continue
        one = "?" if "?" in m.group(0) else "!"
        yield Finding(
            "tone",
            PUNCT_RULE,
            "warning",
            m.start(),
            m.end(),
            m.group(0),
            t("tone_punctuation", lang),
            (one,),
            fixable=True,
        )


def _caps(text: str, lang: str) -> Iterator[Finding]:
    known = acronyms()
    run: list[re.Match[str]] = []
    for m in _WORD.finditer(text):
        if m.start() and text[m.start() - 1] in "@#":
            continue  # a handle or a hashtag (@RET, #KPN) is a name, not shouting
        if _is_caps(m.group(0)) and not _REDACTED.fullmatch(m.group(0)):
            run.append(m)
            continue
        if run and m.group(0).isdigit():
            continue  # a number inside a shouted run ("VAN 3 MEI") neither breaks nor counts
        yield from _flag_run(text, run, known, lang)
        run = []
    yield from _flag_run(text, run, known, lang)


def _flag_run(
    text: str, run: list[re.Match[str]], known: frozenset[str], lang: str
) -> Iterator[Finding]:
    shouted = [m for m in run if m.group(0) not in known]
    if not shouted:
        return
    letters = sum(len(m.group(0)) for m in shouted)
    if len(shouted) == 1 and letters < _MIN_SINGLE and shouted[0].group(0) not in emphasis_words():
        return
    if len(shouted) > 1 and letters < _MIN_RUN_LETTERS:
        return
    start, end = shouted[0].start(), shouted[-1].end()
    span = text[start:end]
    yield Finding(
        "tone",
        CAPS_RULE,
        "warning",
        start,
        end,
        span,
        t("tone_shouting", lang),
        (_sentence_case(text, start, end, known, lang),),
        fixable=True,
    )


def _sentence_case(text: str, start: int, end: int, known: frozenset[str], lang: str) -> str:
    def lower(m: re.Match[str]) -> str:
        word = m.group(0)
        if word in known or (lang == "en" and word == "I"):
            return word
        return word.lower()

    fixed = _WORD.sub(lower, text[start:end])
    before = text[:start].rstrip()
    if not before or before[-1] in ".!?:\n\"'“(":
        fixed = fixed[:1].upper() + fixed[1:]
    # A sentence start inside the span gets its capital back too.
    return re.sub(r"([.!?]\s+)(\w)", lambda m: m.group(1) + m.group(2).upper(), fixed)
