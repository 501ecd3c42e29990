"""``klacht new`` on a terminal: the wizard, and the complaint it wrote shown with rich.

``klacht new --answers FILE --json`` never comes here: it needs none of rich or the screens.
"""

from __future__ import annotations

import dataclasses
import sys
from typing import TYPE_CHECKING

from rich.table import Table
from rich.text import Text

from klacht.commands import edge, reply_flow
from klacht.errors import Interrupted, KlachtError, StoreError
from klacht.followup import lifecycle
from klacht.screens import ui
from klacht.screens.follow_hooks import FollowHooks, FollowOpenInstead
from klacht.screens.wizard import Draft, Wizard
from klacht.storage import addressbook
from klacht.storage.config import save_setting
from klacht.writing.compose import build_complaint, length_meter
from klacht.writing.hidden import items_from_text, items_to_text
from klacht.writing.platforms import PLATFORMS as PLATFORM_INFO
from klacht.writing.render import format_date
from klacht.writing.texts import t

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Callable

    from rich.console import Console

    from klacht.commands.new import Drafted
    from klacht.model import Complaint, ScheduleItem
    from klacht.storage.config import Settings
    from klacht.storage.store import Store


def interactive(
    store: Store,
    today: dt.date,
    settings: Settings,
    *,
    lang: str | None,
    platform: str | None,
    resume: str | None,
) -> Complaint | None:
    """Run the wizard on the terminal; Ctrl-C keeps the draft and says how to resume.

    Returns None when the user chose to follow up an open complaint instead.
    """
    saved = store.load_draft(resume) if resume is not None else None
    if not sys.stdin.isatty():
        raise KlachtError(t("no_tty", lang or settings.lang))
    if resume is not None and saved is not None:
        answers = {str(k): str(v) for k, v in saved["answers"].items()}
        post = answers.pop("_post", "")
        draft = Draft(
            resume, lang or str(saved.get("lang", "nl")), answers, int(saved.get("step", 0)), post
        )
        draft.private = answers.pop("_private", "")
        draft.name = answers.pop("_name", "")
        draft.private_items = items_from_text(answers.pop("_moved", ""))
        variant = answers.pop("_variant", "0")
        draft.variant = int(variant) if variant.isdigit() else 0
    else:
        with store.lock():
            draft_id = store.new_id("concept")
            draft = Draft(draft_id, lang or settings.lang)
            if platform is not None:
                draft.answers["platform"] = platform
            save_draft(store, draft)
    console = edge.make_console()
    prompter = ui.RichPrompter(console, draft.lang)
    if resume is not None:
        prompter.say(t("resumed", draft.lang, id=draft.id), style="dim")

    def keep_instance(name: str) -> None:
        save_setting("mastodon_instance", name)
        wizard.settings = dataclasses.replace(wizard.settings, mastodon_instance=name)

    hooks = follow_hooks(prompter, store, today, settings, keep_instance)
    wizard = Wizard(
        prompter,
        draft,
        today=today,
        settings=settings,
        save_draft=lambda d: save_draft(store, d),
        book=addressbook,  # the module has lookup() and remember()
        console=console,
        after_answer=hooks.after_answer,
        ask_post_url=hooks.ask_post_url,
        given=frozenset({"platform"}) if platform is not None else frozenset(),
    )
    try:
        result = wizard.run()
    except FollowOpenInstead as chosen:
        if resume is None:
            store.delete_draft(draft.id)
        prompter.say(t("open_switched", draft.lang, id=chosen.complaint_id), style="green")
        return None
    except (KeyboardInterrupt, EOFError):
        if resume is None and not set(draft.answers) - {"platform"}:
            store.delete_draft(draft.id)  # nothing answered: nothing worth keeping
            raise Interrupted(t("no_draft_kept", draft.lang)) from None
        save_draft(store, draft)
        raise Interrupted(t("interrupted", draft.lang, id=draft.id)) from None
    answers = {**result.answers, "lang": draft.lang}
    if result.name:
        save_setting("name", result.name)
    with store.lock():
        complaint = build_complaint(
            answers,
            complaint_id=store.new_id(answers["company"]),
            today=today,
            post=result.post,
            posted_on=today if result.posted else None,
            private_message=result.private_message,
            name=draft.name,
            private_items=result.private_items,
        )
        store.save(complaint, new=True)
        store.delete_draft(draft.id)
    return complaint


def follow_hooks(
    prompter: ui.RichPrompter,
    store: Store,
    today: dt.date,
    settings: Settings,
    keep_instance: Callable[[str], None],
) -> FollowHooks:
    """Return the wizard's follow-through hooks over the stored complaints."""
    try:
        complaints = store.all()
    except StoreError:
        complaints = []  # an unreadable file is reported by `klacht list`
    return FollowHooks(
        prompter,
        complaints,
        today=today,
        settings=settings,
        save_instance=keep_instance,
    )


def save_draft(store: Store, draft: Draft) -> None:
    """Save the wizard's state (the texts travel as ``_post``, ``_private``, ``_variant``)."""
    texts = {
        "_post": draft.post,
        "_private": draft.private,
        "_variant": str(draft.variant),
        "_name": draft.name,
        "_moved": items_to_text(draft.private_items),
    }
    store.save_draft(draft.id, draft.lang, {**draft.answers, **texts}, draft.step)


def show_result(drafted: Drafted, *, show_post: bool, store: Store, settings: Settings) -> None:
    """Print the complaint's texts, findings and follow-up with rich.

    The wizard has shown the post already (``show_post`` False); an answers file has not.
    After the wizard, the consumer may go on with an answer the company already gave.
    """
    complaint, findings = drafted.complaint, drafted.findings
    console = edge.make_console()
    lang = complaint.lang
    prompter = ui.RichPrompter(console, lang)
    if show_post:
        info = PLATFORM_INFO[complaint.platform]
        meter = length_meter(complaint.post, complaint.platform, lang)
        prompter.show_text(t("post_title", lang, platform=info.label), complaint.post, meter)
        if findings:  # the post is in the panel just above
            ui.print_findings(console, complaint.post, findings, lang=lang, show_text=False)
    if complaint.private_message:  # an e-mail is the letter itself: no separate message
        prompter.show_text(t("private_title", lang), complaint.private_message)
    prompter.say(t("saved", lang, id=complaint.id), style="bold green")
    if lifecycle.posted_on(complaint) is not None:
        print_schedule(console, drafted.schedule, lang, complaint.platform)
    else:  # said after "saved", where the user looks last
        later = "posted_later_email" if complaint.platform == "email" else "posted_later"
        prompter.say(t(later, lang, id=complaint.id), style="yellow")
    if not show_post:
        reply_flow.after_wizard(console, store, settings, complaint)


def print_schedule(
    console: Console, schedule: list[ScheduleItem], lang: str, platform: str = ""
) -> None:
    """Print the follow-up schedule: a date and what to do, per step (on ``platform``)."""
    table = Table(title=t("schedule_title", lang), show_header=False, box=None)
    for item in schedule:
        step = lifecycle.label(lang, item.action, platform)
        table.add_row(format_date(item.date, lang), Text(step))
    console.print(table)
    console.print(Text(t("schedule_hint", lang), style="dim"))
