"""The reply screen: what the answer is and why, the drafted reply, then copy, open or edit it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from rich.text import Text

from klacht.followup.answer import with_public
from klacht.model import strip_controls as clean
from klacht.screens import effects, ui
from klacht.writing.texts import t, table

if TYPE_CHECKING:
    from collections.abc import Callable

    from rich.console import Console

    from klacht.followup.answer import Draft, Outcome
    from klacht.screens.review import Prompter

MAX_ANSWER_LINES = 60
"""A pasted answer longer than this is cut off: it is a social-media reply, not a letter."""


@dataclass(frozen=True, slots=True)
class Effects:
    """The side effects of the screen, replaceable in tests."""

    copy: Callable[[str], bool] = field(default=effects.copy_to_clipboard)
    """Put a text on the clipboard; tell whether that worked."""
    open: Callable[[str], bool] = field(default=effects.open_url)
    """Open a link in the browser; tell whether that worked."""
    edit: Callable[[str], str | None] = field(default=effects.edit_in_editor)
    """Edit a text in the user's editor; None when there is none."""


def ask_answer(prompter: Prompter, lang: str) -> str:
    """Ask for the company's answer, pasted over one or more lines (an empty line ends it)."""
    lines = [prompter.ask(t("reply_paste", lang))]
    while lines[-1].strip() and len(lines) < MAX_ANSWER_LINES:
        lines.append(prompter.ask(""))
    return "\n".join(line.rstrip() for line in lines).strip()


def show_outcome(console: Console, outcome: Outcome, lang: str) -> None:
    """Print the kind of answer with its reasons, the advice, the drafts and their findings."""
    kind = outcome.reading.kind
    console.print(Text(table("reply_kind", lang)[kind], style="bold"))
    if outcome.reading.reasons:
        reasons = "; ".join(clean(f.message) for f in outcome.reading.reasons[:3])
        console.print(Text(t("reply_why", lang, reasons=reasons), style="dim"))
    console.print(Text(table("reply_advice", lang)[kind], style="italic"))
    show_draft(console, outcome.draft, outcome, lang)


def show_draft(console: Console, draft: Draft, outcome: Outcome, lang: str) -> None:
    """Print the public and private drafts in panels, each with its findings."""
    if draft.public:
        title = public_title(lang, outcome.complaint.platform)
        console.print(ui.Boxed(draft.public, title))
        ui.print_findings(console, draft.public, outcome.findings, lang=lang, show_text=False)
    if draft.private:
        console.print(ui.Boxed(draft.private, t("reply_private_title", lang)))
        private = outcome.private_findings
        ui.print_findings(console, draft.private, private, lang=lang, show_text=False)


def act_on_draft(
    prompter: Prompter,
    draft: Draft,
    lang: str,
    *,
    link_for: Callable[[str], str],
    effects: Effects,
    platform: str = "",
) -> Draft:
    """Let the user copy, open or edit the drafts until done; return the (edited) draft."""
    actions = table("reply_keys_map", lang)
    while draft.public:
        keys = t("reply_keys" if draft.private else "reply_keys_public", lang)
        key = prompter.ask(t("reply_choice", lang), hint=keys).strip().lower()
        action = actions.get(key[:1], "done" if not key else "")
        if action == "done":
            break
        if action == "copy":
            say_done(prompter, lang, copied=effects.copy(draft.public))
        elif action == "private" and draft.private:
            say_done(prompter, lang, copied=effects.copy(draft.private))
        elif action == "open":
            link = link_for(draft.public)
            if not link:
                prompter.say(t("reply_no_link", lang))
            elif effects.open(link):
                prompter.say(t("reply_opened", lang))
            else:
                prompter.say(t("reply_open_failed", lang, url=link))
        elif action == "edit":
            edited = effects.edit(draft.public)
            if edited is None:
                edited = prompter.ask(t("reply_no_editor", lang), default=draft.public)
            draft = with_public(draft, edited.strip() or draft.public)
            prompter.show_text(public_title(lang, platform), draft.public)
    return draft


def public_title(lang: str, platform: str) -> str:
    """Return the reply panel's title: a public reply, or for an e-mail complaint an e-mail."""
    return t("reply_email_title" if platform == "email" else "reply_public_title", lang)


def say_done(prompter: Prompter, lang: str, *, copied: bool) -> None:
    """Say whether the copy worked."""
    prompter.say(t("reply_copied" if copied else "reply_not_copied", lang))
