"""Drafts beside complaints: in ``list`` and ``show``, and ``klacht rm`` for what is done."""

from __future__ import annotations

import sys
from typing import Annotated, Any

import typer

from klacht.commands import edge
from klacht.errors import KlachtError, NotFoundError, says
from klacht.followup import lifecycle as followup
from klacht.screens import ui
from klacht.storage.store import Store
from klacht.writing.platforms import PLATFORMS
from klacht.writing.texts import t, table

REMOVABLE = ("draft", "resolved", "rejected", "thanked")
"""Statuses ``klacht rm`` removes: nothing that is still being followed up."""


def draft_rows(store: Store) -> list[dict[str, Any]]:
    """Return the wizard's saved drafts as ``list --json`` rows (status ``draft``)."""
    rows = []
    for draft_id in store.draft_ids():
        answers = store.load_draft(draft_id)["answers"]
        rows.append(
            {
                "id": draft_id,
                "company": answers.get("company", ""),
                "platform": answers.get("platform", ""),
                "status": "draft",
                "next": None,
            }
        )
    return rows


def show_draft(store: Store, draft_id: str, *, json_out: bool, run: edge.Session) -> None:
    """Show a saved draft: its answers so far, its post if shaped, and how to go on."""
    saved = store.load_draft(draft_id)
    lang = str(saved["lang"])
    run.use(lang)
    answers = {k: v for k, v in saved["answers"].items() if not k.startswith("_")}
    post = saved["answers"].get("_post", "")
    if json_out:
        edge.print_json(
            {"id": draft_id, "lang": lang, "status": "draft"}
            | {"answers": answers, "post": post, "events": [], "schedule": []}
        )
        return
    console = edge.make_console()
    prompter = ui.RichPrompter(console, lang)
    prompter.say(t("draft_title", lang, id=draft_id), style="bold")
    names = table("field_names", lang)
    if not answers:
        prompter.say(t("draft_empty", lang))
    for key, value in answers.items():
        console.print(f"{names.get(key, key)}: {edge.clean(value)}", markup=False)
    if post:
        info = PLATFORMS.get(answers.get("platform", ""))
        where = info.label if info is not None else answers.get("platform", "")
        prompter.show_text(t("post_title", lang, platform=where), post)
    prompter.say(t("draft_resume", lang, id=draft_id), style="dim")


def _describe(store: Store, item_id: str) -> tuple[str, str, str]:
    """Return ``(lang, company, status)`` of the complaint or draft ``item_id``.

    Raises:
        KlachtError: no complaint and no draft has that id.
    """
    try:
        complaint = store.load(item_id)
    except NotFoundError:
        pass
    else:
        return complaint.lang, complaint.company, followup.status(complaint)
    try:
        draft = store.load_draft(item_id)
    except NotFoundError:
        raise KlachtError(
            says("not_found_any", id=edge.clean(item_id)), hint=says("not_found_hint")
        ) from None
    return str(draft["lang"]), str(draft["answers"].get("company") or "-"), "wizard"


def rm(
    ctx: typer.Context,
    item_id: Annotated[str, typer.Argument(help="opt_rm_id")],
    yes: Annotated[bool, typer.Option("--yes", "-y", help="opt_yes")] = False,
) -> None:
    """Remove a draft or a closed complaint."""
    with edge.friendly_errors(edge.session(ctx)) as run:
        store = Store()
        lang, company, state = _describe(store, item_id)
        run.use(lang)
        if state not in (*REMOVABLE, "wizard"):
            raise KlachtError(
                t("rm_open", lang, id=item_id, status=followup.label(lang, state)),
                hint=t("rm_open_hint", lang, id=item_id),
            )
        what = t("rm_what_complaint" if state in REMOVABLE[1:] else "rm_what_draft", lang)
        console = edge.make_console()
        if not yes:
            if not sys.stdin.isatty():
                raise KlachtError(t("rm_no_tty", lang))
            question = t("rm_confirm", lang, what=what, id=item_id, company=edge.clean(company))
            if not ui.RichPrompter(console, lang).confirm(question, default=False):
                console.print(t("rm_kept", lang), markup=False)
                return
        with store.lock():
            if state == "wizard":
                store.delete_draft(item_id)
            else:
                store.delete(item_id)
        console.print(t("rm_done", lang, id=item_id), markup=False)
