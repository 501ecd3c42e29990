"""Dutch words of abuse that are reported, mentioned or aimed at oneself: a warning, not an error.

An error is for words the writer aims at someone. A post that tells what others shouted
(``ze scholden me uit voor ...``, ``hij riep: ...``), that talks about a word (``klootzak is
een Nederlands woord``), that quotes it (in curly quotes) or that calls the writer a name (``ik ben
echt een sukkel``) still uses rough words, so it keeps a warning, but it insults nobody.
Likewise an insult used as an intensifier before an adjective (``idioot duur``) judges a
price, not a person.
"""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING, Final

from klacht.checks.phrasing import Sentences

if TYPE_CHECKING:
    from klacht.model import Finding

_SOFTENED: Final = ("tone.insult", "tone.curse", "tone.profanity", "tone.threat")
_WINDOW: Final = 150
_REPORTING: Final = re.compile(
    r"\b(?:uitgescholden|uitgemaakt|scheld(?:t|en)|schold(?:en)?|scheldwoord\w*|scheldnam\w*|"
    r"scheldpartij\w*|belediging(?:en)?|naampjes|termen|woorden|woord)\b"
    r"|(?<!\bik )(?<!\bwe )(?<!\bwij )\b(?:noemde[n]?|noemt|riep(?:en)?|roept|schreeuwde[n]?|"
    r"zei(?:den)?|zegt|schreef|schreven|tweette[n]?)\b"
    r"|\b(?:ze|zij|hij|men) (?:\w+ )?(?:zeggen|noemen|roepen)\b"
    r"|\b(?:zeggen|noemen|roepen) (?:elkaar|zichzelf)\b"
    r"|\b(?:zeggen|gezegd|roepen|geroepen|noemen)\b[^.!?]{0,40}[:\u201c\u201e\u2018\"]",
    re.IGNORECASE,
)
"""What someone else said, or a word named as a word, before the finding. A first person
(``zeggen``, ``noemen``) reports only with a colon or a quote after it."""
_REPORTED_AFTER: Final = re.compile(
    r"^[^.!?:]{0,40}\b(?:genoemd|noemen|noemde[n]?|mogen zeggen|te zeggen|roepen|riep(?:en)?|"
    r"scholden|schelden|uitgemaakt)\b",
    re.IGNORECASE,
)
"""The report after the word: ``ze werden oplichters genoemd``."""
_MENTION_AFTER: Final = re.compile(
    r"^\W*(?:is|zijn|was|betekent|betekenen)\s+(?:\w+\s+){0,3}"
    r"(?:woord|scheldwoord|belediging|term|vertaling)\w*\b",
    re.IGNORECASE,
)
"""A word talked about as a word: ``klootzak is ook een Nederlands woord``."""
_QUOTES: Final = re.compile(
    '[\u2018\u201c\u201e\u00ab"]([^\u2018\u2019\u201c\u201d\u201e\u00ab\u00bb"\n]{1,80})'
    '[\u2019\u201d\u00bb"]'
)
_SELF: Final = re.compile(
    r"\b(?:ik ben|ben ik|ik was|was ik|ik voel me|voel ik me|noem me|noem mezelf)\s+"
    r"(?:(?:echt|gewoon|zo'n|zo|een|wel|ook|toch|soms|best|maar|beetje|nogal|eigenlijk|"
    r"natuurlijk|zelf|ook|maar|wat|af\s+en\s+toe)\s+){0,3}$",
    re.IGNORECASE,
)
_INTENSIFIER_AFTER: Final = re.compile(
    r"^\s+(?:duur|dure|lang|lange|hoog|hoge|laag|lage|slecht|slechte|veel|weinig|druk|drukke|"
    r"vroeg|laat|traag|trage|snel|snelle|goed|goede|mooi|mooie|groot|grote|klein|kleine|"
    r"hard|moeilijk|simpel|makkelijk|ingewikkeld|vaag|warm|koud|heet|vol|leeg|ver|vaak|"
    r"zwaar|zware|raar|rare|hoog|stil|luid|lekker|leuk)\b",
    re.IGNORECASE,
)
"""An insult before an adjective is an intensifier: ``idioot duur``, ``debiel lang``."""
_INTENSIFIERS: Final = frozenset(
    ("idioot", "debiel", "achterlijk", "gestoord", "kanker", "kut", "kk", "kkr", "tering")
)


def soften(text: str, findings: list[Finding], lang: str) -> list[Finding]:
    """Return ``findings`` with Dutch errors that insult nobody lowered to warnings."""
    if lang != "nl":
        return findings
    sentences = Sentences(text)
    quoted = [m.span(1) for m in _QUOTES.finditer(text)]
    out = []
    for f in findings:
        if (
            f.kind == "tone"
            and f.severity == "error"
            and f.rule.startswith(_SOFTENED)
            and _insults_nobody(text, sentences, quoted, f)
        ):
            f = dataclasses.replace(f, severity="warning")
        out.append(f)
    return out


_ADDRESSED: Final = re.compile(r"\b(?:jij|jou|je|jullie|u)\s+(?:\w+\s+)?$", re.IGNORECASE)
"""``jij hoer``, ``jullie vuile oplichters``: said to the reader, whatever came before."""
_GLOSS: Final = re.compile(r"^\s+[-\u2013=]\s+\w")
"""A word glossed in a word list: ``klootzak - asshole``."""


def _vocative(text: str, f: Finding, after: str) -> bool:
    """``..., mongool.``: a name called at the end of a sentence, after a comma."""
    return text[: f.start].rstrip().endswith(",") and not after.strip(" .!?)")


def _insults_nobody(
    text: str, sentences: Sentences, quoted: list[tuple[int, int]], f: Finding
) -> bool:
    left, right = sentences.span(f.start, f.end)
    before = text[max(left, f.start - _WINDOW) : f.start]
    after = text[f.end : min(right, f.end + _WINDOW)]
    if _ADDRESSED.search(before) or _vocative(text, f, after):
        return False
    if any(s <= f.start and f.end <= e for s, e in quoted):
        return True
    if text[f.start - 1 : f.start] == "-" or _GLOSS.match(text[f.end : f.end + 6]):
        return True  # a word part talked about (-hoer), or a word glossed in a list
    if _REPORTING.search(before) or _MENTION_AFTER.search(after) or _REPORTED_AFTER.match(after):
        return True
    if _SELF.search(before):
        return True
    return f.text.lower() in _INTENSIFIERS and bool(_INTENSIFIER_AFTER.match(after))
