"""The steps of ``klacht reply``: read the answer, record it, print or walk the outcome.

Also reached from the end of the wizard (``after_wizard``) and from ``klacht remind``.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from rich.markup import escape

from klacht.commands import edge
from klacht.errors import KlachtError
from klacht.followup import answer as answers
from klacht.followup import lifecycle
from klacht.followup.reply import Reading
from klacht.model import base_lang
from klacht.screens import ui
from klacht.screens.reply import Effects, act_on_draft, ask_answer, show_draft, show_outcome
from klacht.storage.config import load_settings
from klacht.storage.store import Store
from klacht.storage.userfiles import read_capped, read_stream
from klacht.writing.platforms import post_instance, reply_link
from klacht.writing.render import format_date
from klacht.writing.texts import t

if TYPE_CHECKING:
    import datetime as dt
    from pathlib import Path

    from rich.console import Console

    from klacht.followup.answer import Outcome
    from klacht.model import Complaint
    from klacht.storage.config import Settings


MAX_ANSWER = 5000
"""Characters: an answer on social media is far shorter; more is a pasted page, not an answer."""


def setup() -> tuple[Store, Settings]:
    """Return the store (saying so when it waits for another klacht) and the settings."""
    settings = load_settings()
    store = Store(on_wait=lambda: edge.warn(t("storage.lock_wait", settings.lang)))
    return store, settings


def check_source(source: str, lang: str) -> None:
    """Refuse a ``--from`` other than ``company`` or ``bystander``.

    Raises:
        KlachtError: naming the value given.
    """
    if source not in ("company", "bystander"):
        raise KlachtError(t("reply_bad_from", lang, value=edge.clean(source)))


def read_answer(text: str | None, file: Path | None, lang: str) -> str:
    """Return the answer from the argument, a file or standard input, checked.

    Raises:
        KlachtError: both or neither given, an unreadable file, an empty or huge answer.
    """
    if file is not None and text is not None:
        raise KlachtError(t("reply_text_and_file", lang))
    if file is not None:
        raw = read_capped(file)  # capped: an endless file is a sentence, not all the memory
    elif text is None or text == "-":
        if text is None and sys.stdin.isatty():
            raise KlachtError(t("reply_no_text", lang))
        raw = read_stream(sys.stdin)
    else:
        raw = text
    answer = edge.clean(raw).strip()
    if not answer:
        raise KlachtError(t("reply_empty", lang))
    if len(answer) > MAX_ANSWER:
        raise KlachtError(t("reply_too_long", lang, limit=MAX_ANSWER))
    return answer


def record(
    store: Store, settings: Settings, complaint_id: str, text: str, *, source: str, on: dt.date
) -> Outcome:
    """Classify and draft; store a company's answer (under the store lock). Return the outcome."""

    today = edge.today(settings.timezone)
    with store.lock():
        complaint = store.load(complaint_id)
        outcome = answers.answer(
            complaint, text, source=source, on=on, today=today, settings=settings
        )
        if outcome.event is not None:
            store.save(outcome.complaint)
    return outcome


def to_json(outcome: Outcome, source: str) -> dict[str, object]:
    """Return the contract's JSON shape of ``reply --json``."""

    event = outcome.event
    c = outcome.complaint
    return {
        "id": c.id,
        "from": source,
        "kind": outcome.reading.kind,
        "reasons": [
            {"rule": f.rule, "text": f.text, "message": f.message} for f in outcome.reading.reasons
        ],
        "draft": outcome.draft.public,
        "private": outcome.draft.private,
        "findings": [f.to_json() for f in outcome.findings],
        "event": None
        if event is None
        else {"event": event.event, "date": event.date.isoformat(), "note": event.note},
        "status": lifecycle.status(c),
        "promised": None if outcome.promised is None else outcome.promised.isoformat(),
    }


def print_outcome(console: Console, outcome: Outcome, lang: str, settings: Settings) -> None:
    """Print the outcome, what was recorded and the next step."""

    show_outcome(console, outcome, lang)
    print_recorded(console, outcome, lang, settings)
    if outcome.reading.kind == "resolved":
        console.print(t("reply_resolved_hint", lang, id=outcome.complaint.id), markup=False)


def print_recorded(console: Console, outcome: Outcome, lang: str, settings: Settings) -> None:
    """Say that the answer was stored, and when the next step is due."""

    if outcome.event is None:
        return
    base = base_lang(lang)
    day = format_date(outcome.event.date, base)
    console.print("[green]✓[/] " + escape(t("reply_recorded", lang, date=day)))
    today = edge.today(settings.timezone)
    nxt = lifecycle.next_step(outcome.complaint, today=today, settings=settings)
    if nxt is not None:
        label = lifecycle.label(base, nxt.action)
        when = format_date(nxt.date, base)
        console.print(t("reply_next", lang, label=label, date=when), markup=False)


def interactive(
    console: Console,
    store: Store,
    settings: Settings,
    complaint: Complaint,
    *,
    source: str = "company",
    on: dt.date | None = None,
    effects: Effects | None = None,
) -> Outcome | None:
    """Ask for the answer, show what it is and the drafted reply, then copy, open or edit it.

    Reached from ``klacht reply ID`` on a terminal, the end of the wizard and ``klacht remind``.
    Returns None when the user pasted nothing.
    """

    lang = complaint.lang
    prompter = ui.RichPrompter(console, lang)
    text = ask_answer(prompter, lang)
    if not text:
        return None
    day = on or edge.today(settings.timezone)
    outcome = record(store, settings, complaint.id, edge.clean(text), source=source, on=day)
    show_outcome(console, outcome, lang)
    draft = outcome.draft
    if outcome.reading.kind == "resolved":
        if prompter.confirm(t("reply_really_solved", lang), default=True):
            with store.lock():
                current = store.load(complaint.id)
                today = edge.today(settings.timezone)
                store.save(answers.confirm_resolved(current, on=day, today=today))
            console.print("[green]✓[/] " + escape(t("reply_resolved_logged", lang)))
        else:
            not_yet = Reading("apology-only", ())
            today = edge.today(settings.timezone)
            outcome = answers.redraft(outcome, not_yet, today=today, settings=settings)
            draft = outcome.draft
            show_draft(console, draft, outcome, lang)
    print_recorded(console, outcome, lang, settings)

    def link_for(text: str) -> str:
        own = settings.mastodon_instance or post_instance(complaint.platform, complaint.post_url)
        return reply_link(
            complaint.platform,
            text,
            handle=complaint.handle,
            post_url=complaint.post_url,
            instance=own,
        )

    act_on_draft(
        prompter,
        draft,
        lang,
        link_for=link_for,
        effects=effects or Effects(),
        platform=complaint.platform,
    )
    return outcome


def after_wizard(console: Console, store: Store, settings: Settings, complaint: Complaint) -> None:
    """Ask, at the end of the wizard, whether the company has answered; if so, open the screen."""

    if lifecycle.posted_on(complaint) is None:
        return  # not posted yet: nobody can have answered
    prompter = ui.RichPrompter(console, complaint.lang)
    if prompter.confirm(t("reply_company_answered", complaint.lang), default=False):
        interactive(console, store, settings, complaint)
