"""Walking through findings with the user: calmer wording, spelling suggestions, edits."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from klacht.checks import apply_fix
from klacht.checks import spelling as spelling_mod
from klacht.checks.privacy_move import private_detail, without_item
from klacht.checks.proposal import propose
from klacht.errors import KlachtError
from klacht.screens.calm import review_proposal
from klacht.writing.texts import t

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from rich.console import Console

    from klacht.model import Finding


def pick(answer: str, choices: Sequence[tuple[str, str]]) -> str:
    """Return the key a number or label stands for (``2``, ``geld terug``), else the answer."""
    text = answer.strip()
    if choices and text.isdigit() and 1 <= int(text) <= len(choices):
        return choices[int(text) - 1][0]
    by_label = {label.casefold(): key for key, label in choices}
    return by_label.get(text.casefold(), answer)


class Prompter(Protocol):
    """What the wizard needs from a terminal (``ui.RichPrompter``; a fake in tests)."""

    lang: str

    def say(self, text: str, style: str = "") -> None:
        """Print a line."""

    def header(self, title: str, why: str) -> None:
        """Print a step's title and reason."""

    def ask(
        self,
        prompt: str,
        *,
        default: str | None = None,
        hint: str | None = None,
        error: str | None = None,
        choices: Sequence[tuple[str, str]] = (),
    ) -> str:
        """Ask a question, return the raw answer."""

    def confirm(self, prompt: str, *, default: bool) -> bool:
        """Ask yes or no."""

    def edit(self, prompt: str, text: str, *, error: str | None = None) -> str:
        """Let the user change ``text``, which is already typed in (Enter keeps it)."""

    def show_text(self, title: str, text: str, footer: str = "") -> None:
        """Show a text literally."""


def review_spelling(
    p: Prompter,
    lang: str,
    text: str,
    findings: Sequence[Finding],
    *,
    edit: Callable[[str], str],
) -> str:
    """Walk the spelling findings: take a suggestion, skip, add to the dictionary, or edit."""
    spelling = [f for f in findings if f.kind == "spelling" and text[f.start : f.end] == f.text]
    for finding in sorted(spelling, key=lambda f: f.start, reverse=True):
        suggestions = list(finding.suggestions[:5])
        key = "spelling_menu" if suggestions else "spelling_menu_nosugg"
        menu = t(key, lang, word=finding.text, n=len(suggestions))
        choices = [(s, s) for s in suggestions]
        answer = pick(p.ask(menu, choices=choices), choices).strip()
        if answer in suggestions:
            text = apply_fix(text, finding, answer)
        elif answer.lower() in ("w", "d"):
            try:
                spelling_mod.add_word(finding.text)
            except KlachtError as err:  # a broken dictionary file is named, never fatal here
                p.say(str(err), style="yellow")
            else:
                p.say(t("added_word", lang, word=finding.text), style="green")
        elif answer.lower() in ("b", "e"):
            return edit(text)
    return text


def review_text(
    p: Prompter,
    lang: str,
    text: str,
    findings: Sequence[Finding],
    *,
    recheck: Callable[[str], Sequence[Finding]],
    edit: Callable[[str], str],
    console: Console | None = None,
) -> str:
    """Offer the one calmer proposal, then walk the spelling of the text as it then stands.

    The proposal moves offsets, so the spelling findings are made again on the changed text.
    """
    proposal = propose(text, findings, lang=lang)
    changed = review_proposal(p, lang, proposal, edit=edit, console=console)
    if changed != text:
        findings = recheck(changed)
    return review_spelling(p, lang, changed, findings, edit=edit)


def offer_private_moves(
    p: Prompter, lang: str, text: str, findings: Sequence[Finding]
) -> tuple[str, list[Finding]]:
    """Offer to move each piece of personal data to the private message.

    Returns the public text with the accepted items named instead of shown, and the accepted
    findings in the order they stood in the text (the caller keeps them for private texts).
    """
    moved: list[Finding] = []
    private = [f for f in findings if f.kind == "privacy" and text[f.start : f.end] == f.text]
    for finding in sorted(private, key=lambda f: f.start, reverse=True):
        candidate = without_item(text, finding, lang)
        if p.confirm(
            t("privacy_move_offer", lang, item=finding.text, text=candidate), default=True
        ):
            text = candidate
            moved.insert(0, finding)
    return text, moved


def private_details(moved: Sequence[Finding], lang: str) -> str:
    """Return the moved items as labelled details for the private message, in one line."""
    return "; ".join(private_detail(f, lang) for f in moved)
