"""``klacht list`` and ``klacht show``: every complaint and draft, or one with its timeline."""

from __future__ import annotations

import typer

from klacht.commands import drafts, edge
from klacht.commands.followup import ComplaintId, plain, read_all, setup, warn_strays
from klacht.errors import ExitCode, NotFoundError
from klacht.followup import lifecycle
from klacht.screens.followup_view import print_complaint, print_overview
from klacht.storage.store import complaint_to_raw


def list_(ctx: typer.Context, json_out: edge.Json = False) -> None:
    """All complaints and drafts, with status and next step (``klacht list``)."""
    with edge.friendly_errors(edge.session(ctx)) as run:
        store, settings = setup()
        today = edge.today(settings.timezone)
        warn_strays(store, run.lang)
        policy = lifecycle.policy_for(settings)  # once, not per complaint
        complaints, damaged = read_all(store, run.lang)
        rows = []
        for c in complaints:
            nxt = lifecycle.next_step(c, today=today, settings=settings, policy=policy)
            rows.append((c, lifecycle.status(c), nxt))
        # Overdue steps first: they are what needs doing.
        rows.sort(key=lambda row: row[2] is None or row[2].date >= today)
        drafts_found = drafts.draft_rows(store)
        if json_out:
            edge.print_json(
                [
                    {"id": c.id, "company": c.company, "platform": c.platform, "status": state}
                    | {"next": None if nxt is None else plain(nxt, ("date", "action"))}
                    for c, state, nxt in rows
                ]
                + drafts_found
            )
        else:
            print_overview(edge.make_console(), rows, drafts_found, today=today, lang=run.lang)
        if damaged:  # the rest is shown; the exit code says the store needs care
            raise typer.Exit(int(ExitCode.FINDINGS))


def show(ctx: typer.Context, complaint_id: ComplaintId, json_out: edge.Json = False) -> None:
    """One complaint or draft: its texts and timeline (``klacht show``)."""
    with edge.friendly_errors(edge.session(ctx)) as run:
        store, settings = setup()
        try:
            c = store.load(complaint_id)
        except NotFoundError:
            if complaint_id not in store.draft_ids():
                raise
            drafts.show_draft(store, complaint_id, json_out=json_out, run=run)
            return
        run.use(c.lang)  # errors in the complaint's language
        today = edge.today(settings.timezone)
        items = lifecycle.plan(c, today=today, settings=settings)
        if json_out:
            raw = complaint_to_raw(c)
            raw.pop("schema_version", None)
            raw["status"] = lifecycle.status(c)
            raw["schedule"] = [plain(i, ("date", "action", "text")) for i in items]
            edge.print_json(raw)
            return
        print_complaint(edge.make_console(), c, items, today, lang=run.lang)
