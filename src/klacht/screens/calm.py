"""The calmer proposal on screen: a highlighted diff; accept all, one by one, edit, or keep."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text

from klacht.model import strip_controls as clean
from klacht.screens.ui import Boxed
from klacht.writing.texts import t

if TYPE_CHECKING:
    from collections.abc import Callable

    from rich.console import Console

    from klacht.checks.proposal import Proposal
    from klacht.screens.review import Prompter

_KEYS = {
    "all": ("a", ""),
    "one": ("s", "o"),
    "edit": ("b", "e"),
    "keep": ("h", "k", "n"),
}


def diff_text(proposal: Proposal) -> Text:
    """Return the original with what goes struck through in red and what comes in green."""
    shown = Text()
    at = 0
    for change in proposal.changes:
        shown.append(clean(proposal.original[at : change.start]))
        if change.old:
            shown.append(clean(change.old), style="strike red")
        if change.new:
            shown.append(clean(change.new), style="bold green")
        at = change.end
    shown.append(clean(proposal.original[at:]))
    return shown


def plain_diff(proposal: Proposal) -> str:
    """Return the diff without colours: ``[-gone-]{+new+}`` (for a prompter without a console)."""
    parts: list[str] = []
    at = 0
    for change in proposal.changes:
        parts.append(proposal.original[at : change.start])
        if change.old:
            parts.append(f"[-{change.old}-]")
        if change.new:
            parts.append(f"{{+{change.new}+}}")
        at = change.end
    parts.append(proposal.original[at:])
    return "".join(parts)


def review_proposal(
    p: Prompter,
    lang: str,
    proposal: Proposal,
    *,
    edit: Callable[[str], str],
    console: Console | None = None,
) -> str:
    """Show the proposal and return the text the user chose; never changed without a yes."""
    if not proposal.changes:
        return proposal.original
    if console is not None:
        console.print(Boxed(diff_text(proposal), t("calm_title", lang), fit=False))
    else:
        p.show_text(t("calm_title", lang), plain_diff(proposal))
    while True:
        choice = p.ask(t("calm_menu", lang)).strip().lower()
        if choice in _KEYS["all"]:
            text = proposal.text
            break
        if choice in _KEYS["one"]:
            accepted = []
            for change in proposal.changes:
                old, new = clean(change.old.strip()), clean(change.new.strip())
                key = "calm_change" if new else "calm_removed"
                if p.confirm(t(key, lang, old=old, new=new), default=True):
                    accepted.append(change)
            text = proposal.apply(accepted)
            break
        if choice in _KEYS["edit"]:
            return edit(proposal.text)
        if choice in _KEYS["keep"]:
            p.say(t("calm_kept", lang), style="dim")
            return proposal.original
        p.say(t("unknown_choice", lang), style="yellow")
    if not text.strip():
        p.say(t("calm_empty", lang), style="yellow")
        return edit(text)
    return text
