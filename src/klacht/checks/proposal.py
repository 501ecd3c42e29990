"""One calmer proposal for a whole text: every form fix at once, angry clauses taken out whole.

A pure function of the text and its findings. It only needs what every ``Finding`` has (kind,
rule, severity, start, end, text, suggestions), so it keeps working as the rule packs change.

- Form fixes: sentence case for shouting, one mark for a pile of ``!!!``, a doubled word once.
- An error-level tone finding (an insult, a threat, a curse) is never swapped for another word:
  the clause that holds it goes, or the sentence when the clause is the whole sentence. A clause
  that also carries facts (a date, an amount, a number, a name) keeps them: then only the angry
  words themselves go ("it took you useless idiots 6 weeks" becomes "it took you 6 weeks").

The proposal is a list of non-overlapping changes, so a screen can offer them one by one, and
any subset applied to the text gives a text a person could have written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from klacht.checks import check_text
from klacht.checks.proposal_words import keep_sentence

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping, Sequence

    from klacht.model import Finding
    from klacht.storage.config import Settings

FORM_RULES: Final = ("tone.shouting", "tone.punctuation")
"""Rules whose suggestion changes form, not words."""

_CONJUNCTIONS: Final = {
    "nl": ("en", "maar", "anders", "want", "dus", "of", "omdat"),
    "en": ("and", "but", "or", "otherwise", "so", "because"),
}
_SENTENCE: Final = re.compile(r"[^.!?\n]*(?:[.!?…]+|\n|$)")
_SEPARATOR: Final = re.compile(r"\s*[,;:\u2013\u2014]\s*|\s+-\s+")  # comma … en/em dash
_FACT: Final = re.compile(r"\d|[€$£@]|\b(?:euro|eur)\b", re.IGNORECASE)
_DOUBLED: Final = re.compile(r"\b(\w+)(\s+)(\1)\b", re.IGNORECASE)
_WORD: Final = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Change:
    """One change of the proposal: ``text[start:end]`` becomes ``new``."""

    start: int
    """Offset of the first changed character in the original text."""
    end: int
    """Offset just past the changed part."""
    old: str
    """The original slice."""
    new: str
    """What it becomes ("" when it goes)."""
    rules: tuple[str, ...]
    """The rules that asked for it (``tone.insult``, ``form.doubled`` …)."""


@dataclass(frozen=True, slots=True)
class Proposal:
    """The calmer version of a text, as changes to it."""

    original: str
    """The text the findings were made on."""
    changes: tuple[Change, ...]
    """Sorted by position, never overlapping."""

    @property
    def text(self) -> str:
        """Return the text with every change applied."""
        return self.apply(self.changes)

    def apply(self, accepted: Iterable[Change]) -> str:
        """Return the text with only the ``accepted`` changes applied."""
        text = self.original
        for change in sorted(accepted, key=lambda c: c.start, reverse=True):
            text = text[: change.start] + change.new + text[change.end :]
        return text


def propose(text: str, findings: Sequence[Finding], *, lang: str = "nl") -> Proposal:
    """Return the one calmer proposal for ``text`` given its ``findings``."""
    edits: list[tuple[int, int, str, str]] = []  # start, end, new, rule
    removed: list[tuple[int, int]] = []
    for span, rules in _coalesce(
        text, [(_removal(text, s, e, lang), rules) for s, e, rules in _angry_groups(text, findings)]
    ):
        removed.append((span[0], span[1]))
        edits.extend((span[0], span[1], span[2], rule) for rule in rules)
    for f in findings:
        if f.rule not in FORM_RULES or not f.suggestions:
            continue
        if f.start >= f.end or text[f.start : f.end] != f.text:
            continue
        if any(s <= f.start and f.end <= e for s, e in removed):
            continue
        edits.append((f.start, f.end, f.suggestions[0], f.rule))
    for m in _DOUBLED.finditer(text):
        if m.group(1).isdigit():
            continue  # "2 2" may be a fact (a house number, a score)
        edits.append((m.start(2), m.end(3), "", "form.doubled"))
    return Proposal(text, tuple(_merge(text, edits)))


_GLUED_SWEARING: Final = ("tone.profanity.word", "tone.curse.word")


def _angry_groups(text: str, findings: Sequence[Finding]) -> list[tuple[int, int, list[str]]]:
    """Return the spans to take out: error-level tone findings and tone words next to them."""
    tone = sorted(
        (
            f
            for f in findings
            if f.kind == "tone"
            and f.rule not in FORM_RULES
            and f.end > f.start
            and text[f.start : f.end] == f.text
        ),
        key=lambda f: f.start,
    )
    groups: list[tuple[int, int, list[str], bool]] = []
    for f in tone:
        # A swear word glued to a thing (kutpakket) is only a warning, but a calmer text
        # still drops it and keeps the thing.
        error = f.severity == "error" or (f.rule in _GLUED_SWEARING and bool(f.suggestions))
        if groups and not text[groups[-1][1] : f.start].strip():
            start, end, rules, had_error = groups[-1]
            groups[-1] = (start, max(end, f.end), [*rules, f.rule], had_error or error)
        else:
            groups.append((f.start, f.end, [f.rule], error))
    return [(s, e, rules) for s, e, rules, error in groups if error]


def _coalesce(
    text: str, spans: list[tuple[tuple[int, int, str], list[str]]]
) -> list[tuple[tuple[int, int, str], list[str]]]:
    """Join removals that overlap into one, so two angry clauses of a sentence both go.

    A removal that gives the next word its capital removes up to that word; where two removals
    meet, what they take out together is taken out once (the whole sentence when nothing is left).
    """
    raw = sorted(
        ((s, _taken_end(text, s, e, new), rules) for (s, e, new), rules in spans),
        key=lambda r: (r[0], -r[1]),
    )
    joined: list[tuple[int, int, list[str], int]] = []  # start, end, rules, how many
    for s, e, rules in raw:
        if joined and s < joined[-1][1]:
            js, je, jrules, n = joined[-1]
            joined[-1] = (js, max(je, e), [*jrules, *rules], n + 1)
        else:
            joined.append((s, e, list(rules), 1))
    originals = {(s, _taken_end(text, s, e, new)): (s, e, new) for (s, e, new), _ in spans}
    out: list[tuple[tuple[int, int, str], list[str]]] = []
    for s, e, rules, n in joined:
        span = originals[(s, e)] if n == 1 and (s, e) in originals else _finish(text, s, e)
        out.append((span, rules))
    return out


def _taken_end(text: str, start: int, end: int, new: str) -> int:
    """Return where the words an edit takes out end (a capital it gives the next word is kept)."""
    if len(new) == 1 and end > start and text[end - 1].upper() == new:
        return end - 1
    return end


def _finish(text: str, start: int, end: int) -> tuple[int, int, str]:
    """Return the edit that removes ``text[start:end]`` and leaves a sentence behind."""
    s_start, s_body_end, s_end = _sentence_bounds(text, start)
    if start <= s_start and end >= s_body_end:
        return _whole_sentence(text, s_start, s_end)
    if start > s_start:
        return start, end, ""
    nxt = end
    while nxt < len(text) and not text[nxt].isalnum():
        nxt += 1
    if nxt >= min(len(text), s_body_end):
        return _whole_sentence(text, s_start, s_end)
    return start, nxt + 1, text[nxt].upper()


def _sentence_bounds(text: str, start: int) -> tuple[int, int, int]:
    """Return where the sentence around ``start`` begins, where its words end, and its end."""
    for m in _SENTENCE.finditer(text):
        if m.start() <= start < max(m.end(), m.start() + 1):
            body_end = m.start() + len(m.group(0).rstrip(".!?…\n"))
            return m.start() + _lead(m.group(0)), body_end, m.end()
    return 0, len(text), len(text)


def _lead(s: str) -> int:
    return len(s) - len(s.lstrip())


def _clause_cuts(text: str, s_start: int, s_end: int, lang: str) -> list[int]:
    """Return the offsets where clauses of the sentence begin (separators and conjunctions)."""
    cuts = [s_start]
    body = text[s_start:s_end]
    for m in _SEPARATOR.finditer(body):
        if m.start() > 0 and m.end() < len(body):
            cuts.append(s_start + m.start())
    words = _CONJUNCTIONS.get(lang[:2], _CONJUNCTIONS["en"])
    for m in _WORD.finditer(body):
        if m.group(0).lower() in words and m.start() > 0:
            cuts.append(s_start + m.start() - 1)  # the space before the conjunction
    return sorted(set(cuts))


def _has_facts(clause: str, angry: str) -> bool:
    # Numbers and amounts are facts; a name alone is not (it is usually the one insulted).
    return bool(_FACT.search(clause.replace(angry, " ")))


def _removal(text: str, start: int, end: int, lang: str) -> tuple[int, int, str]:
    """Return the span to remove for angry words at ``start:end`` and its replacement."""
    kept = keep_sentence(text, start, end, lang)
    if kept is not None:
        return kept
    s_start, s_body_end, s_end = _sentence_bounds(text, start)
    end = min(max(end, start), max(s_body_end, start))
    cuts = _clause_cuts(text, s_start, s_body_end, lang)
    c_start = max(c for c in cuts if c <= start)
    later = [c for c in cuts if c >= end]
    c_end = later[0] if later else s_body_end
    if _has_facts(text[c_start:c_end], text[start:end]):
        return _words_only(text, start, end)
    if c_start == s_start and c_end == s_body_end:
        return _whole_sentence(text, s_start, s_end)
    if c_start > s_start:  # a later clause: it goes with the separator in front of it
        while c_start > s_start and text[c_start - 1] in " ,;:\u2013\u2014":
            c_start -= 1
        return c_start, c_end, ""
    # The first clause: it goes up to the next clause's first word, which gets the capital.
    nxt = c_end
    while nxt < len(text) and text[nxt] in " ,;:-\u2013\u2014":
        nxt += 1
    if nxt < len(text) and text[nxt].isalpha():
        word = _WORD.match(text, nxt)
        if word is not None and word.group(0).lower() in _CONJUNCTIONS.get(lang[:2], ()):
            nxt = word.end()
            while nxt < len(text) and text[nxt].isspace():
                nxt += 1
    if nxt >= len(text):
        return _whole_sentence(text, s_start, s_end)
    if not text[nxt].isalpha():  # "€50 ...": nothing to capitalise
        return c_start, nxt, ""
    return c_start, nxt + 1, text[nxt].upper()


def _words_only(text: str, start: int, end: int) -> tuple[int, int, str]:
    """Take out only the angry words and one space next to them."""
    if end < len(text) and text[end] == " ":
        return start, end + 1, ""
    if start > 0 and text[start - 1] == " ":
        return start - 1, end, ""
    return start, end, ""


def _whole_sentence(text: str, s_start: int, s_end: int) -> tuple[int, int, str]:
    """Take out a whole sentence with the space after it (or before it, when it is the last)."""
    after = s_end
    while after < len(text) and text[after] in " \t":
        after += 1
    if after < len(text) and text[after] != "\n":
        return s_start, after, ""
    before = s_start
    while before > 0 and text[before - 1] in " \t":
        before -= 1
    return before, s_end, ""


def _merge(text: str, edits: list[tuple[int, int, str, str]]) -> list[Change]:
    """Merge overlapping edits into changes; where a removal overlaps a form fix, it wins."""
    changes: list[Change] = []
    group: list[tuple[int, int, str, str]] = []

    def flush() -> None:
        if not group:
            return
        start = min(e[0] for e in group)
        end = max(e[1] for e in group)
        chars: list[str] = list(text[start:end])
        # Removals first, longest first: a removal covers what it covers, and a form fix of the
        # same length (sentence case) fills in the letters around it, however long it is.
        for s, e, new, _ in sorted(group, key=lambda e: (len(e[2]) == e[1] - e[0], e[0] - e[1])):
            _paint(chars, s - start, e - start, new, text[s:e])
        rules = tuple(dict.fromkeys(e[3] for e in group))
        new_text = "".join(chars).replace(_TAKEN, "")
        if new_text != text[start:end]:
            changes.append(Change(start, end, text[start:end], new_text, rules))

    for edit in sorted(set(edits), key=lambda e: (e[0], -e[1])):
        if group and edit[0] < max(e[1] for e in group):
            group.append(edit)
            continue
        flush()
        group = [edit]
    flush()
    return changes


_TAKEN: Final = "\0"


def _paint(chars: list[str], s: int, e: int, new: str, old: str) -> None:
    """Write ``new`` over ``chars[s:e]`` unless a larger edit has already claimed those places.

    A same-length suggestion (sentence case) is painted letter by letter, so it combines with a
    removal inside it; otherwise the replacement sits in the first place and the rest is empty.
    """
    if any(c.startswith(_TAKEN) for c in chars[s:e]):
        if len(new) == len(old):
            for i in range(s, e):
                if not chars[i].startswith(_TAKEN):
                    chars[i] = new[i - s]
        return
    if len(new) == len(old):
        for i in range(s, e):
            chars[i] = _TAKEN + new[i - s]
    else:
        for i in range(s, e):
            chars[i] = _TAKEN
        if e > s:
            chars[s] = _TAKEN + new


CALMED_FIELDS: Final = ("what", "tried", "impact", "outcome_detail")
"""The answers in the consumer's own words: the ones a proposal may calm."""


def calm_text(text: str, *, lang: str, settings: Settings | None = None) -> str:
    """Return ``text`` with its calmer proposal applied (twice at most, as a fix may uncover one).

    Privacy is not this function's business: a reference number stays where the user put it.
    """
    for _ in range(2):
        report = check_text(text, lang=lang, settings=settings, spelling=False, public=False)
        calmer = propose(text, report.findings, lang=lang).text
        if calmer == text:
            break
        text = calmer
    return text


def calm_answers(
    answers: Mapping[str, str], *, lang: str, settings: Settings | None = None
) -> dict[str, str]:
    """Return the answers with every free-text answer calmed (``new --answers F --calm``)."""
    calmed = dict(answers)
    for name in CALMED_FIELDS:
        if calmed.get(name):
            calmed[name] = calm_text(calmed[name], lang=lang, settings=settings)
    return calmed
