"""What the follow-up commands show: a due step, a complaint's timeline, the overview table."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rich.markup import escape
from rich.table import Table
from rich.text import Text

from klacht.followup import lifecycle
from klacht.model import base_lang
from klacht.model import strip_controls as clean
from klacht.screens.ui import Boxed
from klacht.writing.render import format_date
from klacht.writing.texts import t

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Sequence

    from rich.console import Console

    from klacht.model import Complaint, ScheduleItem


def words(lang: str, section: str = "ui") -> dict[str, Any]:
    """Return the follow-up screens' texts of ``section`` in ``lang``."""
    return lifecycle.words(section, lang)


def label(lang: str, key: str, platform: str = "") -> str:
    """Return the name of an event, status or step in ``lang`` (an e-mail's steps: its own)."""
    return lifecycle.label(lang, key, platform)


def day(value: dt.date, lang: str, *, year: bool = True) -> str:
    """Return ``value`` as the user reads a date (``23 november 2026``)."""
    return format_date(value, base_lang(lang), year=year)


def print_item(
    console: Console,
    c: Complaint,
    item: ScheduleItem,
    on: dt.date,
    *,
    lang: str = "",
    today: dt.date | None = None,
) -> None:
    """Print a due step: what, for which complaint, since when, with its text in a box.

    The labels are in ``lang`` (default: the complaint's); the text stays in the complaint's.
    ``on`` is the day asked about; unless it is ``today`` (None: it is), it is named by date.
    """
    lang = lang or c.lang
    ui = words(lang)
    if item.date < on:
        when = ui["overdue"].format(date=day(item.date, lang))
    elif today is None or on == today:
        when = ui["today"]
    else:
        when = t("due_on_day", lang, date=day(on, lang))
    title = ui["due"].format(
        company=clean(c.company), id=c.id, label=label(lang, item.action, c.platform), when=when
    )
    console.print(f"[bold]{escape(title)}[/]")
    console.print(f"[dim]{escape(words(lang, 'hints')[item.action])}[/]")
    console.print(Boxed(item.text))


def print_overview(
    console: Console,
    rows: Sequence[tuple[Complaint, str, ScheduleItem | None]],
    drafts: Sequence[dict[str, Any]],
    *,
    today: dt.date,
    lang: str,
) -> None:
    """Print every complaint (status, next step) and draft as a table, then how to resume."""
    ui = words(lang)
    if not rows and not drafts:
        console.print(ui["none"], markup=False)
        return
    table = Table(box=None, header_style="bold")
    ids = [c.id for c, _, _ in rows] + [str(row["id"]) for row in drafts]
    first, *others = ui["cols"]
    # An id is what the user types next: never cut; narrow terminals fold the other columns.
    table.add_column(first, no_wrap=True, min_width=max(map(len, [first, *ids])))
    for name in others:
        table.add_column(name, overflow="fold")
    for c, state, nxt in rows:
        step = Text("-")
        if nxt is not None and nxt.date < today:
            late = t("overdue_since", lang, date=day(nxt.date, lang))
            step = Text(f"{late}: {label(lang, nxt.action, c.platform)}", style="bold yellow")
        elif nxt is not None:
            step = Text(f"{day(nxt.date, lang)}: {label(lang, nxt.action, c.platform)}")
        company = Text(clean(c.company))  # a name is data, never markup
        table.add_row(c.id, company, c.platform, label(lang, state), step)
    for row in drafts:
        company, platform = Text(clean(row["company"])), Text(row["platform"])
        table.add_row(Text(row["id"]), company, platform, label(lang, "draft"), "-")
    console.print(table)
    for row in drafts:  # a command to copy: on its own line, never wrapped
        console.print(t("draft_resume", lang, id=row["id"]), markup=False, soft_wrap=True)


def print_complaint(
    console: Console,
    c: Complaint,
    items: Sequence[ScheduleItem],
    today: dt.date,
    *,
    lang: str = "",
) -> None:
    """Print one complaint: header, link, post, private message and its timeline.

    The labels are in ``lang`` (default: the complaint's); its texts stay as they were written.
    """
    lang = lang or c.lang
    ui = words(lang)
    state = label(lang, lifecycle.status(c))
    header = f"{clean(c.company)} · {c.id} · {c.platform} {clean(c.handle)} · {state}"
    console.print(f"[bold]{escape(header)}[/]")
    if c.post_url:  # a link to copy: never wrapped
        link = f"{t('post_link', lang)}: {c.post_url}"
        console.print(link, markup=False, soft_wrap=True, highlight=False)
    if c.post:
        console.print(Boxed(c.post, ui["post"]))
    if c.private_message:
        console.print(Boxed(c.private_message.strip(), ui["private"]))
    table = Table(box=None, show_header=False, title=ui["timeline"], title_justify="left")
    table.add_column(width=2)
    table.add_column(no_wrap=True)
    table.add_column()
    for e in lifecycle.timeline(c):
        what = Text(label(lang, e.event), style="bold")
        if e.note:
            what.append(" — " + clean(e.note), style="italic")
        table.add_row(Text("●", style="green"), day(e.date, lang), what)
    for item in (i for i in items if i.date < today):  # overdue: before today, and said so
        late = t("overdue_since", lang, date=day(item.date, lang))
        overdue = Text(f"{label(lang, item.action, c.platform)} ({late})", style="bold yellow")
        table.add_row(Text("!", style="bold yellow"), Text(day(item.date, lang)), overdue)
    table.add_row(Text("│", style="dim"), Text(day(today, lang), style="cyan"), ui["today"])
    for item in (i for i in items if i.date >= today):
        planned = Text(f"{label(lang, item.action, c.platform)} ({ui['planned']})", style="dim")
        mark = Text("○", style="yellow" if item.date == today else "dim")
        table.add_row(mark, Text(day(item.date, lang), style="dim"), planned)
    console.print(table)
    if lifecycle.status(c) in ("posted", "reminded", "response", "escalated", "rejected"):
        console.print(escape(t("reply_show_hint", lang, id=c.id)), style="dim")
