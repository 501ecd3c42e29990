"""``klacht log`` and ``klacht export``: record what happened, and the whole dossier."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape

from klacht.commands import edge
from klacht.commands.followup import ComplaintId, On, log_event, setup, write_user_file
from klacht.followup import dossier, lifecycle
from klacht.screens.followup_view import day, label, print_item, words
from klacht.writing.texts import t


def log(
    ctx: typer.Context,
    complaint_id: ComplaintId,
    event: Annotated[str, typer.Argument(help="opt_event")],
    on: On = None,
    note: Annotated[str, typer.Option("--note", help="opt_note")] = "",
    url: Annotated[str, typer.Option("--url", help="opt_url")] = "",
) -> None:
    """Record what happened (``klacht log``)."""
    with edge.friendly_errors(edge.session(ctx)) as run:
        store, settings = setup()
        when = edge.parse_date_option(on) or edge.today(settings.timezone)
        c, added = log_event(store, complaint_id, event, when, note, run, url)
        run.use(c.lang)
        lang = run.lang  # --lang, else the complaint's
        ui = words(lang)
        console = edge.make_console()
        if added:
            logged = ui["logged"].format(event=label(lang, event), date=day(when, lang))
            console.print(f"[green]✓[/] {escape(logged)}")
        if url:
            console.print(f"[green]✓[/] {escape(t('url_stored', lang))}")
        today = edge.today(settings.timezone)
        items = lifecycle.plan(c, today=today, settings=settings)
        if not items:
            console.print(escape(ui["no_next"]))
            return
        nxt = items[0]
        next_day = ui["today"] if nxt.date <= today else day(nxt.date, lang)
        console.print(escape(ui["next"].format(label=label(lang, nxt.action), date=next_day)))
        if event in ("resolved", "rejected") or nxt.date <= today:
            print_item(console, c, nxt, today, lang=lang)


def export(
    ctx: typer.Context,
    complaint_id: ComplaintId,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="opt_output")] = None,
    force: Annotated[bool, typer.Option("--force", help="opt_force")] = False,
) -> None:
    """The dossier as Markdown, for a disputes body (``klacht export``)."""
    with edge.friendly_errors(edge.session(ctx)) as run:
        store, settings = setup()
        c = store.load(complaint_id)
        run.use(c.lang)  # errors in the complaint's language
        text = dossier.render_dossier(c, today=edge.today(settings.timezone), settings=settings)
        if output is None:
            sys.stdout.write(text)
            sys.stdout.flush()
            return
        write_user_file(output, text, run.lang, force=force)
        message = words(run.lang)["exported"].format(path=output)
        edge.make_console(stderr=True).print(message, markup=False)
