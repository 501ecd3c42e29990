"""``klacht remind``: what is due today across all complaints, walked one key at a time."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.markup import escape

from klacht.commands import edge, reply_flow
from klacht.commands.followup import (
    On,
    log_event,
    plain,
    read_all,
    setup,
    step_link,
    warn_strays,
)
from klacht.commands.followup import write_user_file as write_file
from klacht.errors import ExitCode
from klacht.followup import lifecycle
from klacht.screens import effects
from klacht.screens.followup_view import day, label, print_item, words
from klacht.storage.userfiles import read_bytes_capped
from klacht.writing.texts import t

if TYPE_CHECKING:
    from collections.abc import Callable

    from rich.console import Console

    from klacht.model import Complaint, ScheduleItem
    from klacht.storage.config import Settings
    from klacht.storage.store import Store


def remind(
    ctx: typer.Context,
    on: On = None,
    json_out: edge.Json = False,
    ics: Annotated[Path | None, typer.Option("--ics", help="opt_ics")] = None,
) -> None:
    """What is due today, with the text to post (``klacht remind``)."""
    with edge.friendly_errors(edge.session(ctx)) as run:
        store, settings = setup()
        day_on = edge.parse_date_option(on) or edge.today(settings.timezone)
        warn_strays(store, run.lang)
        complaints, damaged = read_all(store, run.lang)
        _remind(complaints, store, settings, day_on, ics=ics, json_out=json_out, lang=run.asked)
        if damaged:  # what could be read is shown; the exit code says the store needs care
            raise typer.Exit(int(ExitCode.FINDINGS))


def _remind(
    complaints: list[Complaint],
    store: Store,
    settings: Settings,
    day_on: dt.date,
    *,
    ics: Path | None,
    json_out: bool,
    lang: str | None,
) -> None:
    """Write the calendar, then print what is due on ``day_on`` (JSON, keys, or plain)."""
    if ics is not None:
        _write_ics(ics, complaints, settings, json_out=json_out)
    due = lifecycle.due(complaints, on=day_on, settings=settings)
    if json_out:
        keys = ("date", "action", "text")
        rows: list[dict[str, str | None]] = [
            {
                "id": c.id,
                "company": c.company,
                **plain(i, keys),
                "url": step_link(c, i, settings.mastodon_instance) or None,
            }
            for c, i in due
        ]
        edge.print_json({"due": rows})
        return
    if not due:
        return  # quiet: fits a shell profile or cron
    console = edge.make_console()
    if sys.stdin.isatty() and sys.stdout.isatty():
        interactive(console, store, due, day_on, instance=settings.mastodon_instance, lang=lang)
        return
    today = edge.today(settings.timezone)
    for c, item in due:
        print_item(console, c, item, day_on, lang=lang or c.lang, today=today)
        link = step_link(c, item, settings.mastodon_instance)
        if link:
            console.print(link, markup=False, soft_wrap=True)
        console.print()


def interactive(
    console: Console,
    store: Store,
    due: list[tuple[Complaint, ScheduleItem]],
    on: dt.date,
    getchar: Callable[[], str] = typer.getchar,
    instance: str = "",
    lang: str | None = None,
) -> None:
    """Walk the due steps; one key each: done (logs it today), copy, open, skip, quit.

    Labels and keys are in ``lang`` (``--lang``), else in each complaint's own language.

    Raises:
        KeyboardInterrupt: on Ctrl-C, EOFError on Ctrl-D (the edge exits 130 for both).
    """
    today = edge.today()
    for c, item in due:
        speak = lang or c.lang
        ui = words(speak)
        print_item(console, c, item, on, lang=speak, today=today)
        link = step_link(c, item, instance)
        console.print(escape(ui["keys"] if link else ui["keys_no_open"]))
        console.print(escape(t("reply_remind_key", speak)))
        while True:
            key = getchar().lower()
            if key == "\x03":  # some terminals hand Ctrl-C over as a character
                raise KeyboardInterrupt
            if key == "\x04":
                raise EOFError
            if key == "d":
                event = lifecycle.DONE_EVENT[item.action]
                note = label(c.lang, item.action) if event == "escalated" else ""
                log_event(store, c.id, event, today, note)
                done = ui["logged"].format(event=label(speak, event), date=day(today, speak))
                console.print(f"[green]✓[/] {escape(done)}")
                break
            if key == "c":
                if effects.copy_to_clipboard(item.text):
                    console.print(escape(ui["copied"]))
                else:  # plain, no border: a terminal selection copies exactly the text
                    console.print(t("copy_plain", speak), markup=False, soft_wrap=True)
                    console.print(edge.clean(item.text), markup=False, soft_wrap=True)
            elif key == "o" and link:
                # The whole link, unwrapped: on failure the user copies it from here.
                opened = effects.open_url(link)
                message = ui["opened"] if opened else ui["open_failed"].format(url=link)
                console.print(message, markup=False, soft_wrap=True)
            elif key == "r":  # the company answered: the reply screen of `klacht reply`
                _, settings = reply_flow.setup()
                reply_flow.interactive(console, store, settings, c)
                break
            elif key in ("s", "\r", "\n", " "):
                break
            elif key in ("q", "\x1b"):
                return
        console.print()


def _write_ics(
    path: Path, complaints: list[Complaint], settings: Settings, *, json_out: bool
) -> None:
    from klacht.followup import ics  # lazy: icalendar takes ~40 ms, only --ics needs it

    # Re-exports update the calendar's events; ics refuses a file that is not klacht's own.
    previous = read_bytes_capped(path)
    now = dt.datetime.now(dt.UTC)
    data, count = ics.calendar(
        complaints,
        settings=settings,
        today=edge.today(settings.timezone),
        now=now,
        previous=previous,
    )
    write_file(path, data.decode("utf-8"), settings.lang, force=True)
    if not json_out:
        message = words(settings.lang)["ics"].format(path=path, n=count)
        edge.make_console(stderr=True).print(escape(message))
