"""`klacht list` in a narrow terminal never cuts an id, and drafts come in number order."""

from __future__ import annotations

import datetime as dt
import io

from rich.console import Console

import factories
from klacht.model import Event
from klacht.screens.followup_view import print_overview
from klacht.storage.store import Store, id_order

TODAY = dt.date(2026, 11, 23)


def test_ids_are_never_cut_at_45_columns() -> None:
    """At 45 columns every id is shown whole; the other columns fold instead."""
    posted = (Event("posted", dt.date(2026, 11, 20)),)
    complaint = factories.complaint(id="klantenservice-eneco-12", events=posted)
    drafts = [
        {"id": "concept-10", "company": "Vattenfall Klantenservice", "platform": "facebook"},
    ]
    out = io.StringIO()
    console = Console(file=out, width=45, force_terminal=True, color_system=None)
    print_overview(console, [(complaint, "posted", None)], drafts, today=TODAY, lang="nl")
    shown = out.getvalue()
    assert "klantenservice-eneco-12" in shown
    assert "concept-10" in shown
    assert "…" not in shown


def test_id_order_is_numeric() -> None:
    """concept-2 sorts before concept-10, and ids without a number keep their place."""
    ids = ["concept-10", "concept-2", "concept-1", "bol-3"]
    assert sorted(ids, key=id_order) == ["bol-3", "concept-1", "concept-2", "concept-10"]


def test_drafts_are_listed_in_number_order() -> None:
    """The store gives drafts as concept-1, concept-2, concept-10."""
    store = Store()
    for number in (1, 10, 2):
        store.save_draft(f"concept-{number}", "nl", {"company": "Bol"}, 1)
    assert store.draft_ids() == ["concept-1", "concept-2", "concept-10"]
