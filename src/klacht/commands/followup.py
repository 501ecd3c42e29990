"""What the follow-up commands (remind, list, show, log, export) share: the store, files, links."""

from __future__ import annotations

import datetime as dt
import sys
from typing import TYPE_CHECKING, Annotated

import typer

from klacht.commands import edge
from klacht.errors import KlachtError, says
from klacht.followup import lifecycle
from klacht.screens.followup_view import words
from klacht.storage.config import load_settings
from klacht.storage.paths import write_private
from klacht.storage.store import Store
from klacht.storage.userfiles import output_exists
from klacht.writing.platforms import compose_link, post_instance, reply_link
from klacht.writing.texts import t

if TYPE_CHECKING:
    from pathlib import Path

    from klacht.model import Complaint, ScheduleItem
    from klacht.storage.config import Settings

On = Annotated[str | None, typer.Option("--on", help="opt_on")]
ComplaintId = Annotated[str, typer.Argument(help="opt_complaint_id")]


def setup() -> tuple[Store, Settings]:
    """Return the store (which warns when it waits for another klacht) and the settings."""
    settings = load_settings()
    return Store(on_wait=lambda: edge.warn(t("storage.lock_wait", settings.lang))), settings


def warn_strays(store: Store, lang: str) -> None:
    """Name the files in the store folders that are no complaint (they are skipped)."""
    for path in store.stray_files():
        edge.warn(t("storage.stray_file", lang, path=path))


def read_all(store: Store, lang: str) -> tuple[list[Complaint], bool]:
    """Return the complaints that can be read, naming each damaged file on standard error.

    The second value says whether any was damaged: the command shows the rest, then exits 1.
    """
    complaints, broken = store.readable()
    for err in broken:
        edge.warn(f"{edge.text(err.message, lang)} {t('storage.skipped_broken', lang)}")
    return complaints, bool(broken)


def plain(item: ScheduleItem, keys: tuple[str, ...]) -> dict[str, str]:
    """Return the step's ``keys`` as JSON strings (dates in ISO form)."""
    return {k: v.isoformat() if isinstance(v := getattr(item, k), dt.date) else v for k in keys}


def step_link(c: Complaint, item: ScheduleItem, instance: str = "") -> str:
    """Return a link that fits the step: a reply to the post (or a new public post) for the
    public steps, e-mail for the private ones; ``""`` when the platform has none.
    """
    if item.action in ("reminder", "thanks"):
        own = instance or post_instance(c.platform, c.post_url)
        return reply_link(c.platform, item.text, handle=c.handle, post_url=c.post_url, instance=own)
    if c.platform == "email" and item.action in ("escalate", "formal"):
        return compose_link("email", item.text, handle=c.handle, subject=c.company)
    return ""


def write_user_file(path: Path, text: str, lang: str, *, force: bool = False) -> None:
    """Write ``text`` owner-only to a path the user chose, in a folder that must exist.

    klacht creates only its own folders: a typo in a user's path must not become a new folder.
    A symlink or special file is refused; an existing file is replaced only with ``force``
    or after the user said yes on a terminal.
    """
    ui = words(lang)
    if output_exists(path) and not force:
        if not (sys.stdin.isatty() and sys.stdout.isatty()):
            raise KlachtError(
                says("storage.output_exists", path=path), hint=says("storage.output_exists_fix")
            )
        if not typer.confirm(t("storage.output_ask", lang, path=path), default=False):
            raise KlachtError(
                says("storage.output_exists", path=path), hint=says("storage.output_exists_fix")
            )
    if not path.parent.is_dir():
        raise KlachtError(ui["no_folder"].format(folder=path.parent), hint=ui["no_folder_hint"])
    try:
        write_private(path, text)
    except OSError as err:
        raise KlachtError(ui["cannot_write"].format(path=path, error=err.strerror)) from err


def log_event(
    store: Store,
    complaint_id: str,
    event: str,
    on: dt.date,
    note: str,
    run: edge.Session | None = None,
    url: str = "",
) -> tuple[Complaint, bool]:
    """Record an event (and the post's link) under the store lock.

    Returns the updated complaint and whether an event was added: ``posted --url`` on a
    complaint posted earlier only adds the link.
    """
    with store.lock():
        complaint = store.load(complaint_id)
        if run is not None:
            run.use(complaint.lang)  # errors in the complaint's language
        if url and event != "posted":
            raise KlachtError(t("url_only_posted", complaint.lang))
        updated = complaint
        if url:
            updated = lifecycle.attach_url(updated, url)
        added = not (url and lifecycle.posted_on(complaint) is not None)
        if added:
            updated = lifecycle.record(updated, event, on, note, today=edge.today())
        store.save(updated)
    return updated, added
