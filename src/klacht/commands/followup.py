"""Commands of the follow-up: remind, list, show, log, export."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from klacht.commands import drafts, edge
from klacht.errors import KlachtError, NotFoundError, says
from klacht.model import base_lang
from klacht.storage.paths import write_private
from klacht.storage.userfiles import output_exists, read_bytes_capped
from klacht.writing.texts import t

if TYPE_CHECKING:
    from collections.abc import Callable

    from rich.console import Console

    from klacht.model import Complaint, ScheduleItem
    from klacht.storage.config import Settings
    from klacht.storage.store import Store

Json = Annotated[bool, typer.Option("--json", help="opt_json")]
On = Annotated[str | None, typer.Option("--on", help="opt_on")]
ComplaintId = Annotated[str, typer.Argument(help="opt_complaint_id")]


def _ui(lang: str, section: str = "ui") -> dict[str, Any]:
    from klacht.followup.lifecycle import words

    return words(section, lang)


def _write_user_file(path: Path, text: str, lang: str, *, force: bool = False) -> None:
    """Write ``text`` owner-only to a path the user chose, in a folder that must exist.

    klacht creates only its own folders: a typo in a user's path must not become a new folder.
    A symlink or special file is refused; an existing file is replaced only with ``force``
    or after the user said yes on a terminal.
    """
    ui = _ui(lang)
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


def _label(lang: str, key: str) -> str:
    from klacht.followup.lifecycle import label

    return label(lang, key)


def _day(value: dt.date, lang: str, *, year: bool = True) -> str:
    from klacht.writing.render import format_date

    return format_date(value, base_lang(lang), year=year)


def _setup() -> tuple[Store, Settings]:
    from klacht.storage.config import load_settings
    from klacht.storage.store import Store

    settings = load_settings()
    return Store(on_wait=lambda: edge.warn(t("storage.lock_wait", settings.lang))), settings


def _warn_strays(store: Store, lang: str) -> None:
    """Name the files in the store folders that are no complaint (they are skipped)."""
    for path in store.stray_files():
        edge.warn(t("storage.stray_file", lang, path=path))


def _plain(item: ScheduleItem, keys: tuple[str, ...]) -> dict[str, str]:
    """Return the step's ``keys`` as JSON strings (dates in ISO form)."""
    return {k: v.isoformat() if isinstance(v := getattr(item, k), dt.date) else v for k in keys}


def _compose(c: Complaint, item: ScheduleItem, instance: str = "") -> str:
    """Return a link that fits the step: a reply to the post (or a new public post) for the
    public steps, e-mail for the private ones; ``""`` when the platform has none.
    """
    from klacht.writing.platforms import compose_link, post_instance, reply_link

    if item.action in ("reminder", "thanks"):
        own = instance or post_instance(c.platform, c.post_url)
        return reply_link(c.platform, item.text, handle=c.handle, post_url=c.post_url, instance=own)
    if c.platform == "email" and item.action in ("escalate", "formal"):
        return compose_link("email", item.text, handle=c.handle, subject=c.company)
    return ""


def _print_item(console: Console, c: Complaint, item: ScheduleItem, on: dt.date) -> None:
    from rich.markup import escape
    from rich.panel import Panel
    from rich.text import Text

    ui = _ui(c.lang)
    when = ui["today"] if item.date >= on else ui["overdue"].format(date=_day(item.date, c.lang))
    title = ui["due"].format(
        company=edge.clean(c.company), id=c.id, label=_label(c.lang, item.action), when=when
    )
    console.print(f"[bold]{escape(title)}[/]")
    console.print(f"[dim]{escape(_ui(c.lang, 'hints')[item.action])}[/]")
    console.print(Panel(Text(edge.clean(item.text)), expand=False))


def _log_event(
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
    from klacht.followup import lifecycle as followup

    with store.lock():
        complaint = store.load(complaint_id)
        if run is not None:
            run.use(complaint.lang)  # errors in the complaint's language
        if url and event != "posted":
            raise KlachtError(t("url_only_posted", complaint.lang))
        updated = complaint
        if url:
            updated = followup.attach_url(updated, url)
        added = not (url and followup.posted_on(complaint) is not None)
        if added:
            updated = followup.record(updated, event, on, note, today=edge.today())
        store.save(updated)
    return updated, added


def _interactive(
    console: Console,
    store: Store,
    due: list[tuple[Complaint, ScheduleItem]],
    on: dt.date,
    getchar: Callable[[], str] = typer.getchar,
    instance: str = "",
) -> None:
    """Walk the due steps; one key each: done (logs it today), copy, open, skip, quit.

    Raises:
        KeyboardInterrupt: on Ctrl-C, EOFError on Ctrl-D (the edge exits 130 for both).
    """
    from rich.markup import escape

    from klacht.followup.lifecycle import DONE_EVENT, label
    from klacht.screens import effects

    today = edge.today()
    for c, item in due:
        words = _ui(c.lang)
        _print_item(console, c, item, on)
        link = _compose(c, item, instance)
        console.print(escape(words["keys"] if link else words["keys_no_open"]))
        console.print(escape(t("reply_remind_key", c.lang)))
        while True:
            key = getchar().lower()
            if key == "\x03":  # some terminals hand Ctrl-C over as a character
                raise KeyboardInterrupt
            if key == "\x04":
                raise EOFError
            if key == "d":
                event = DONE_EVENT[item.action]
                note = label(c.lang, item.action) if event == "escalated" else ""
                _log_event(store, c.id, event, today, note)
                done = words["logged"].format(event=_label(c.lang, event), date=_day(today, c.lang))
                console.print(f"[green]✓[/] {escape(done)}")
                break
            if key == "c":
                if effects.copy_to_clipboard(item.text):
                    console.print(escape(words["copied"]))
                else:  # plain, no border: a terminal selection copies exactly the text
                    console.print(t("copy_plain", c.lang), markup=False, soft_wrap=True)
                    console.print(edge.clean(item.text), markup=False, soft_wrap=True)
            elif key == "o" and link:
                # The whole link, unwrapped: on failure the user copies it from here.
                opened = effects.open_url(link)
                message = words["opened"] if opened else words["open_failed"].format(url=link)
                console.print(message, markup=False, soft_wrap=True)
            elif key == "r":  # the company answered: the reply screen of `klacht reply`
                from klacht.commands import reply_flow

                _, settings = reply_flow.setup()
                reply_flow.interactive(console, store, settings, c)
                break
            elif key in ("s", "\r", "\n", " "):
                break
            elif key in ("q", "\x1b"):
                return
        console.print()


def remind(
    ctx: typer.Context,
    on: On = None,
    json_out: Json = False,
    ics: Annotated[Path | None, typer.Option("--ics", help="opt_ics")] = None,
) -> None:
    """Wat moet er vandaag gebeuren? Met de tekst erbij. / What is due today."""
    with edge.friendly_errors(edge.session(ctx)):
        from klacht.followup import lifecycle as followup

        store, settings = _setup()
        day = edge.parse_date_option(on) or edge.today(settings.timezone)
        _warn_strays(store, settings.lang)
        complaints = store.all()
        if ics is not None:
            _write_ics(ics, complaints, settings, json_out=json_out)
        due = followup.due(complaints, on=day, settings=settings)
        if json_out:
            keys = ("date", "action", "text")
            rows: list[dict[str, str | None]] = [
                {
                    "id": c.id,
                    "company": c.company,
                    **_plain(i, keys),
                    "url": _compose(c, i, settings.mastodon_instance) or None,
                }
                for c, i in due
            ]
            edge.print_json({"due": rows})
            return
        if not due:
            return  # quiet: fits a shell profile or cron
        console = edge.make_console()
        if sys.stdin.isatty() and sys.stdout.isatty():
            _interactive(console, store, due, day, instance=settings.mastodon_instance)
            return
        for c, item in due:
            _print_item(console, c, item, day)
            link = _compose(c, item, settings.mastodon_instance)
            if link:
                console.print(link, markup=False, soft_wrap=True)
            console.print()


def _write_ics(
    path: Path, complaints: list[Complaint], settings: Settings, *, json_out: bool
) -> None:
    from klacht.followup import ics

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
    _write_user_file(path, data.decode("utf-8"), settings.lang, force=True)
    if not json_out:
        from rich.markup import escape

        message = _ui(settings.lang)["ics"].format(path=path, n=count)
        edge.make_console(stderr=True).print(escape(message))


def list_(ctx: typer.Context, json_out: Json = False) -> None:
    """Alle klachten en concepten, met status en volgende stap. / All complaints and drafts."""
    with edge.friendly_errors(edge.session(ctx)):
        from klacht.followup import lifecycle as followup

        store, settings = _setup()
        today = edge.today(settings.timezone)
        _warn_strays(store, settings.lang)
        rows = []
        for c in store.all():
            nxt = followup.next_step(c, today=today, settings=settings)
            rows.append((c, followup.status(c), nxt))
        # Overdue steps first: they are what needs doing.
        rows.sort(key=lambda row: row[2] is None or row[2].date >= today)
        drafts_found = drafts.draft_rows(store)
        if json_out:
            edge.print_json(
                [
                    {"id": c.id, "company": c.company, "platform": c.platform, "status": state}
                    | {"next": None if nxt is None else _plain(nxt, ("date", "action"))}
                    for c, state, nxt in rows
                ]
                + drafts_found
            )
            return
        from rich.table import Table
        from rich.text import Text

        lang = settings.lang
        ui = _ui(lang)
        console = edge.make_console()
        if not rows and not drafts_found:
            console.print(ui["none"], markup=False)
            return
        table = Table(*ui["cols"], box=None, header_style="bold")
        for c, state, nxt in rows:
            step = Text("-")
            if nxt is not None and nxt.date < today:
                late = t("overdue_since", lang, date=_day(nxt.date, lang))
                step = Text(f"{late}: {_label(lang, nxt.action)}", style="bold yellow")
            elif nxt is not None:
                step = Text(f"{_day(nxt.date, lang)}: {_label(lang, nxt.action)}")
            company = Text(edge.clean(c.company))  # a name is data, never markup
            table.add_row(c.id, company, c.platform, _label(lang, state), step)
        for row in drafts_found:
            company, platform = Text(edge.clean(row["company"])), Text(row["platform"])
            table.add_row(Text(row["id"]), company, platform, _label(lang, "draft"), "-")
        console.print(table)
        for row in drafts_found:  # a command to copy: on its own line, never wrapped
            console.print(t("draft_resume", lang, id=row["id"]), markup=False, soft_wrap=True)


def show(ctx: typer.Context, complaint_id: ComplaintId, json_out: Json = False) -> None:
    """Eén klacht: teksten en tijdlijn. / One complaint: texts and timeline."""
    with edge.friendly_errors(edge.session(ctx)) as run:
        from klacht.followup import lifecycle as followup
        from klacht.storage.store import complaint_to_raw

        store, settings = _setup()
        try:
            c = store.load(complaint_id)
        except NotFoundError:
            if complaint_id not in store.draft_ids():
                raise
            drafts.show_draft(store, complaint_id, json_out=json_out, run=run)
            return
        run.use(c.lang)  # errors in the complaint's language
        today = edge.today(settings.timezone)
        items = followup.plan(c, today=today, settings=settings)
        if json_out:
            raw = complaint_to_raw(c)
            raw.pop("schema_version", None)
            raw["status"] = followup.status(c)
            raw["schedule"] = [_plain(i, ("date", "action", "text")) for i in items]
            edge.print_json(raw)
            return
        _show(edge.make_console(), c, items, today)


def _show(console: Console, c: Complaint, items: list[ScheduleItem], today: dt.date) -> None:
    from rich.markup import escape
    from rich.panel import Panel
    from rich.table import Table
    from rich.text import Text

    from klacht.followup import lifecycle as followup

    lang = c.lang
    ui = _ui(lang)
    state = _label(lang, followup.status(c))
    header = f"{edge.clean(c.company)} · {c.id} · {c.platform} {edge.clean(c.handle)} · {state}"
    console.print(f"[bold]{escape(header)}[/]")
    if c.post_url:  # a link to copy: never wrapped
        link = f"{t('post_link', lang)}: {c.post_url}"
        console.print(link, markup=False, soft_wrap=True, highlight=False)
    if c.post:
        console.print(Panel(Text(edge.clean(c.post)), title=ui["post"], expand=False))
    if c.private_message:
        body = Text(edge.clean(c.private_message.strip()))
        console.print(Panel(body, title=ui["private"], expand=False))
    table = Table(box=None, show_header=False, title=ui["timeline"], title_justify="left")
    table.add_column(width=2)
    table.add_column(no_wrap=True)
    table.add_column()
    for e in followup.timeline(c):
        what = Text(_label(lang, e.event), style="bold")
        if e.note:
            what.append(" — " + edge.clean(e.note), style="italic")
        table.add_row(Text("●", style="green"), _day(e.date, lang), what)
    for item in (i for i in items if i.date < today):  # overdue: before today, and said so
        late = t("overdue_since", lang, date=_day(item.date, lang))
        label = Text(f"{_label(lang, item.action)} ({late})", style="bold yellow")
        table.add_row(Text("!", style="bold yellow"), Text(_day(item.date, lang)), label)
    table.add_row(Text("│", style="dim"), Text(_day(today, lang), style="cyan"), ui["today"])
    for item in (i for i in items if i.date >= today):
        label = Text(f"{_label(lang, item.action)} ({ui['planned']})", style="dim")
        mark = Text("○", style="yellow" if item.date == today else "dim")
        table.add_row(mark, Text(_day(item.date, lang), style="dim"), label)
    console.print(table)
    if followup.status(c) in ("posted", "reminded", "response", "escalated", "rejected"):
        console.print(escape(t("reply_show_hint", lang, id=c.id)), style="dim")


def log(
    ctx: typer.Context,
    complaint_id: ComplaintId,
    event: Annotated[str, typer.Argument(help="opt_event")],
    on: On = None,
    note: Annotated[str, typer.Option("--note", help="opt_note")] = "",
    url: Annotated[str, typer.Option("--url", help="opt_url")] = "",
) -> None:
    """Leg vast wat er gebeurde. / Record what happened."""
    with edge.friendly_errors(edge.session(ctx)) as run:
        from rich.markup import escape

        from klacht.followup import lifecycle as followup

        store, settings = _setup()
        day = edge.parse_date_option(on) or edge.today(settings.timezone)
        c, added = _log_event(store, complaint_id, event, day, note, run, url)
        lang = c.lang
        ui = _ui(lang)
        console = edge.make_console()
        if added:
            logged = ui["logged"].format(event=_label(lang, event), date=_day(day, lang))
            console.print(f"[green]✓[/] {escape(logged)}")
        if url:
            console.print(f"[green]✓[/] {escape(t('url_stored', lang))}")
        today = edge.today(settings.timezone)
        items = followup.plan(c, today=today, settings=settings)
        if not items:
            console.print(escape(ui["no_next"]))
            return
        nxt = items[0]
        when = ui["today"] if nxt.date <= today else _day(nxt.date, lang)
        console.print(escape(ui["next"].format(label=_label(lang, nxt.action), date=when)))
        if event in ("resolved", "rejected") or nxt.date <= today:
            _print_item(console, c, nxt, today)


def export(
    ctx: typer.Context,
    complaint_id: ComplaintId,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="opt_output")] = None,
    force: Annotated[bool, typer.Option("--force", help="opt_force")] = False,
) -> None:
    """Het dossier als Markdown, voor een geschilleninstantie. / The dossier as Markdown."""
    with edge.friendly_errors(edge.session(ctx)) as run:
        from klacht.followup import dossier

        store, settings = _setup()
        c = store.load(complaint_id)
        run.use(c.lang)  # errors in the complaint's language
        text = dossier.render_dossier(c, today=edge.today(settings.timezone), settings=settings)
        if output is None:
            sys.stdout.write(text)
            sys.stdout.flush()
            return
        _write_user_file(output, text, c.lang, force=force)
        message = _ui(c.lang)["exported"].format(path=output)
        edge.make_console(stderr=True).print(message, markup=False)


def register(app: typer.Typer) -> None:
    """Add the follow-up commands to ``app``."""
    app.command(help="help_remind")(remind)
    app.command(name="list", help="help_list")(list_)
    app.command(help="help_show")(show)
    app.command(help="help_log")(log)
    app.command(help="help_export")(export)
    app.command(help="help_rm")(drafts.rm)
