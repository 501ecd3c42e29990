"""``klacht reply``: what the company (or someone else) answered, and the consumer's reply."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from klacht.commands import edge
from klacht.errors import KlachtError
from klacht.storage.userfiles import read_capped, read_stream

if TYPE_CHECKING:
    import datetime as dt

    from rich.console import Console

    from klacht.followup.answer import Outcome
    from klacht.model import Complaint
    from klacht.screens.reply import Effects
    from klacht.storage.config import Settings
    from klacht.storage.store import Store

MAX_ANSWER = 5000
"""Characters: an answer on social media is far shorter; more is a pasted page, not an answer."""


def reply(
    ctx: typer.Context,
    complaint_id: Annotated[str, typer.Argument(help="opt_complaint_id")],
    text: Annotated[str | None, typer.Argument(help="opt_reply_text")] = None,
    file: Annotated[Path | None, typer.Option("--file", "-f", help="opt_reply_file")] = None,
    source: Annotated[str, typer.Option("--from", help="opt_reply_from")] = "company",
    on: Annotated[str | None, typer.Option("--on", help="opt_reply_on")] = None,
    json_out: Annotated[bool, typer.Option("--json", help="opt_json")] = False,
) -> None:
    """Een antwoord van het bedrijf: wat is het, en je reactie. / Answer a reply."""
    from klacht.storage.config import load_settings
    from klacht.storage.store import Store

    with edge.friendly_errors(edge.session(ctx)) as run:
        settings = load_settings()
        store = Store(on_wait=lambda: edge.warn(_t("storage.lock_wait", settings.lang)))
        complaint = store.load(complaint_id)
        lang = complaint.lang
        run.use(lang)  # errors in the complaint's language
        if source not in ("company", "bystander"):
            raise KlachtError(_t("reply_bad_from", lang, value=edge.clean(source)))
        day = edge.parse_date_option(on) or edge.today(settings.timezone)
        if text is None and file is None and sys.stdin.isatty() and not json_out:
            interactive(edge.make_console(), store, settings, complaint, source=source, on=day)
            return
        answer_text = read_answer(text, file, lang)
        outcome = record(store, settings, complaint.id, answer_text, source=source, on=day)
        if json_out:
            edge.print_json(to_json(outcome, source))
            return
        print_outcome(edge.make_console(), outcome, lang, settings)


def _t(key: str, lang: str, **values: object) -> str:
    from klacht.writing.texts import t

    return t(key, lang, **values)


def read_answer(text: str | None, file: Path | None, lang: str) -> str:
    """Return the answer from the argument, a file or standard input, checked.

    Raises:
        KlachtError: both or neither given, an unreadable file, an empty or huge answer.
    """
    if file is not None and text is not None:
        raise KlachtError(_t("reply_text_and_file", lang))
    if file is not None:
        raw = read_capped(file)  # capped: an endless file is a sentence, not all the memory
    elif text is None or text == "-":
        if text is None and sys.stdin.isatty():
            raise KlachtError(_t("reply_no_text", lang))
        raw = read_stream(sys.stdin)
    else:
        raw = text
    answer = edge.clean(raw).strip()
    if not answer:
        raise KlachtError(_t("reply_empty", lang))
    if len(answer) > MAX_ANSWER:
        raise KlachtError(_t("reply_too_long", lang, limit=MAX_ANSWER))
    return answer


def record(
    store: Store, settings: Settings, complaint_id: str, text: str, *, source: str, on: dt.date
) -> Outcome:
    """Classify and draft; store a company's answer (under the store lock). Return the outcome."""
    from klacht.followup.answer import answer

    today = edge.today(settings.timezone)
    with store.lock():
        complaint = store.load(complaint_id)
        outcome = answer(complaint, text, source=source, on=on, today=today, settings=settings)
        if outcome.event is not None:
            store.save(outcome.complaint)
    return outcome


def to_json(outcome: Outcome, source: str) -> dict[str, object]:
    """Return the contract's JSON shape of ``reply --json``."""
    from klacht.followup import lifecycle

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
    from klacht.screens.reply import show_outcome

    show_outcome(console, outcome, lang)
    print_recorded(console, outcome, lang, settings)
    if outcome.reading.kind == "resolved":
        console.print(_t("reply_resolved_hint", lang, id=outcome.complaint.id), markup=False)


def print_recorded(console: Console, outcome: Outcome, lang: str, settings: Settings) -> None:
    """Say that the answer was stored, and when the next step is due."""
    from klacht.followup import lifecycle
    from klacht.writing.render import format_date

    if outcome.event is None:
        return
    base = "en" if lang == "en" else "nl"
    day = format_date(outcome.event.date, base)
    console.print("[green]✓[/] " + escape_text(_t("reply_recorded", lang, date=day)))
    today = edge.today(settings.timezone)
    nxt = lifecycle.next_step(outcome.complaint, today=today, settings=settings)
    if nxt is not None:
        label = lifecycle.label(base, nxt.action)
        when = format_date(nxt.date, base)
        console.print(_t("reply_next", lang, label=label, date=when), markup=False)


def escape_text(text: str) -> str:
    """Return ``text`` safe for rich markup."""
    from rich.markup import escape

    return escape(text)


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
    from klacht.followup import answer as answers
    from klacht.followup.reply import Reading
    from klacht.screens import ui
    from klacht.screens.reply import Effects, act_on_draft, ask_answer, show_draft, show_outcome
    from klacht.writing.platforms import compose_link

    lang = complaint.lang
    prompter = ui.RichPrompter(console, "en" if lang == "en" else "nl")
    text = ask_answer(prompter, lang)
    if not text:
        return None
    day = on or edge.today(settings.timezone)
    outcome = record(store, settings, complaint.id, edge.clean(text), source=source, on=day)
    show_outcome(console, outcome, lang)
    draft = outcome.draft
    if outcome.reading.kind == "resolved":
        if prompter.confirm(_t("reply_really_solved", lang), default=True):
            with store.lock():
                current = store.load(complaint.id)
                today = edge.today(settings.timezone)
                store.save(answers.confirm_resolved(current, on=day, today=today))
            console.print("[green]✓[/] " + escape_text(_t("reply_resolved_logged", lang)))
        else:
            not_yet = Reading("apology-only", ())
            today = edge.today(settings.timezone)
            outcome = answers.redraft(outcome, not_yet, today=today, settings=settings)
            draft = outcome.draft
            show_draft(console, draft, outcome, lang)
    print_recorded(console, outcome, lang, settings)

    def link_for(text: str) -> str:
        return compose_link(complaint.platform, text, handle=complaint.handle)

    act_on_draft(prompter, draft, lang, link_for=link_for, effects=effects or Effects())
    return outcome


def register(app: typer.Typer) -> None:
    """Add ``klacht reply`` to ``app``."""
    app.command(help="help_reply")(reply)
