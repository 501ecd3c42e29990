"""``klacht reply``: what the company (or someone else) answered, and the consumer's reply."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from klacht.commands import edge
from klacht.commands import reply_flow as flow


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
    with edge.friendly_errors(edge.session(ctx)) as run:
        store, settings = flow.setup()
        complaint = store.load(complaint_id)
        lang = complaint.lang
        run.use(lang)  # errors in the complaint's language
        flow.check_source(source, lang)
        day = edge.parse_date_option(on) or edge.today(settings.timezone)
        if text is None and file is None and sys.stdin.isatty() and not json_out:
            flow.interactive(edge.make_console(), store, settings, complaint, source=source, on=day)
            return
        answer_text = flow.read_answer(text, file, lang)
        outcome = flow.record(store, settings, complaint.id, answer_text, source=source, on=day)
        if json_out:
            edge.print_json(flow.to_json(outcome, source))
            return
        flow.print_outcome(edge.make_console(), outcome, lang, settings)


def register(app: typer.Typer) -> None:
    """Add ``klacht reply`` to ``app``."""
    app.command(help="help_reply")(reply)
