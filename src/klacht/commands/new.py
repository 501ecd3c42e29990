"""``klacht new``: the wizard on a terminal, or the same steps from an answers file."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from klacht.checks import check_text
from klacht.checks.proposal import calm_answers
from klacht.checks.rules import load_rules
from klacht.commands import edge
from klacht.errors import DataFileError, Interrupted, KlachtError, StoreError, says
from klacht.model import Finding
from klacht.storage.config import load_settings, save_setting
from klacht.storage.store import Store
from klacht.storage.userfiles import MAX_TEXT_BYTES
from klacht.storage.yamlfile import read_yaml_mapping
from klacht.writing.answers import validate_answers
from klacht.writing.compose import (
    build_complaint,
    context_from_answers,
    context_from_complaint,
    email_subject,
    fit_post,
    length_meter,
    sentence,
)
from klacht.writing.counting import measure
from klacht.writing.hidden import items_from_text, items_to_text
from klacht.writing.platforms import PLATFORMS as PLATFORM_INFO
from klacht.writing.texts import t

if TYPE_CHECKING:
    from collections.abc import Callable

    from rich.console import Console

    from klacht.model import Complaint, ScheduleItem
    from klacht.screens.follow_hooks import FollowHooks
    from klacht.screens.ui import RichPrompter
    from klacht.screens.wizard import AddressBook, Draft
    from klacht.storage.config import Settings


def new(
    ctx: typer.Context,
    lang: edge.Lang = None,
    platform: edge.Platform = None,
    answers: Annotated[Path | None, typer.Option("--answers", help="opt_answers")] = None,
    json_out: edge.Json = False,
    resume: Annotated[str | None, typer.Option("--resume", help="opt_resume")] = None,
    calm: Annotated[bool, typer.Option("--calm", help="opt_calm")] = False,
) -> None:
    """Draft a new complaint: the wizard (``klacht new``)."""
    with edge.friendly_errors(edge.session(ctx)) as session:
        lang = lang or session.learned  # `klacht --lang en new`: the root's --lang counts too
        session.use(lang)
        run(
            lang=lang,
            platform=platform,
            answers=answers,
            json_out=json_out,
            resume=resume,
            calm=calm,
            session=session,
        )


def run(
    *,
    lang: str | None,
    platform: str | None,
    answers: Path | None,
    json_out: bool,
    resume: str | None,
    calm: bool = False,
    session: edge.Session | None = None,
) -> None:
    """Run the wizard, or the answers file with no prompts; save and show the result.

    With ``calm`` every answer in the consumer's own words gets its calmer proposal.
    ``session`` learns the answers file's language, so errors speak it.
    """
    session = session or edge.Session()
    settings = load_settings()
    edge.check_options(lang, platform)
    session.use(lang or settings.lang)
    today = edge.today(settings.timezone)
    store = Store(on_wait=lambda: edge.warn(t("storage.lock_wait", session.lang)))
    if answers is not None:
        if resume is not None:
            raise KlachtError(says("err_options_clash", first="--answers", second="--resume"))
        complaint, shortened = from_answers_file(
            answers,
            store,
            today,
            lang=lang,
            platform=platform,
            session=session,
            calm=calm,
            settings=settings,
        )
    else:
        shortened = ""
        if calm:
            raise KlachtError(t("calm_needs_answers", lang or settings.lang))
        if json_out:
            raise KlachtError(says("err_json_needs_answers"))
        chosen = interactive(store, today, settings, lang=lang, platform=platform, resume=resume)
        if chosen is None:
            return  # the user follows up an open complaint instead
        complaint = chosen
    show_result(
        complaint,
        today=today,
        settings=settings,
        json_out=json_out,
        show_post=answers is not None,
        shortened=shortened,
    )
    if answers is None:
        from klacht.commands import reply_flow  # lazy: only after the wizard

        reply_flow.after_wizard(edge.make_console(), store, settings, complaint)


def read_answers(path: Path) -> dict[Any, Any]:
    """Read an answers file (YAML mapping, UTF-8, safe_load only)."""
    # Every answer is text as typed; 1 MB (parsed in about a second at worst, bench_answers.py).
    raw = read_yaml_mapping(path, text_keys=True, max_bytes=MAX_TEXT_BYTES)
    if raw is None:
        raise DataFileError(f"Het antwoordenbestand {path} bestaat niet.")
    return raw


def from_answers_file(
    path: Path,
    store: Store,
    today: dt.date,
    *,
    lang: str | None,
    platform: str | None,
    session: edge.Session | None = None,
    calm: bool = False,
    settings: Settings | None = None,
) -> tuple[Complaint, str]:
    """Validate the answers file, render and save the complaint; nothing is stored on error.

    With ``calm`` the free-text answers get their calmer proposal before anything is written.

    Returns the complaint and, when the story was cut to fit the post, the shortened story.
    """
    raw = read_answers(path)
    # What the user typed on the command line wins over the file.
    if lang is not None:
        raw["lang"] = lang
    if platform is not None:
        raw["platform"] = platform
    if session is not None and isinstance(raw.get("lang"), str):
        session.use(raw["lang"])
    answers = validate_answers(raw, today=today)
    if calm:
        answers = calm_story(answers, settings=settings)
    posted_on = dt.date.fromisoformat(answers.get("posted_on") or today.isoformat())
    name = settings.name if settings is not None else ""
    post, shortened = fit_post(context_from_answers(answers, today=today, name=name))
    load_rules("en" if answers["lang"] == "en" else "nl")  # a broken user pack: nothing stored
    with store.lock():
        complaint = build_complaint(
            answers,
            complaint_id=store.new_id(answers["company"]),
            today=today,
            post=post,
            posted_on=posted_on,
            name=name,
        )
        store.save(complaint, new=True)
    return complaint, shortened


def calm_story(answers: dict[str, str], *, settings: Settings | None) -> dict[str, str]:
    """Return the answers with their calmer proposals; refuse when no story is left."""
    lang = answers.get("lang", "nl")
    calmed = calm_answers(answers, lang=lang, settings=settings)
    if not calmed["what"].strip():
        raise KlachtError(t("calm_nothing_left", lang))
    return calmed


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
    from klacht.screens import ui  # lazy: rich prompts only for the wizard
    from klacht.screens.follow_hooks import FollowOpenInstead  # lazy: only for the wizard
    from klacht.screens.wizard import Draft, Wizard

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
        book=addressbook_module(),
        console=console,
        after_answer=hooks.after_answer,
        ask_post_url=hooks.ask_post_url,
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
    if not result.posted:
        prompter.say(t("posted_later", draft.lang, id=complaint.id), style="yellow")
    return complaint


def follow_hooks(
    prompter: RichPrompter,
    store: Store,
    today: dt.date,
    settings: Settings,
    keep_instance: Callable[[str], None],
) -> FollowHooks:
    """Return the wizard's follow-through hooks over the stored complaints."""
    from klacht.screens.follow_hooks import FollowHooks  # lazy: only for the wizard

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


def shortened_story(complaint: Complaint, shorter: str) -> list[Finding]:
    """Return an info finding when the story was cut to fit (the full one is in the DM)."""
    shown = sentence(shorter)  # as the template shows it: a capital, a full stop
    start = complaint.post.find(shown) if shorter else -1
    if start < 0:
        return []
    end = start + len(shown)
    return [
        Finding(
            "length",
            "length.shortened",
            "info",
            start,
            end,
            complaint.post[start:end],
            t("shortened", complaint.lang),
        )
    ]


def addressbook_module() -> AddressBook:
    """Return the address book on disk, as the wizard's ``AddressBook``."""
    from klacht.storage import addressbook  # lazy: start-up time

    return addressbook  # the module has lookup() and remember()


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


def open_elsewhere(complaint: Complaint) -> list[Finding]:
    """Return content warnings for open complaints about the same company (naming their ids)."""
    from klacht.followup.siblings import open_findings  # lazy: start-up time

    try:
        others = Store().all()
    except StoreError:
        return []  # an unreadable file is reported by the commands that read them all
    return open_findings(complaint, others)


def show_result(
    complaint: Complaint,
    *,
    today: dt.date,
    settings: Settings,
    json_out: bool,
    show_post: bool,
    shortened: str = "",
) -> None:
    """Print the complaint's texts, findings and follow-up (or the contract's JSON).

    The wizard has shown the post already (``show_post`` False); an answers file has not.
    ``shortened`` is the story as cut to fit the post, if it was.
    """
    from klacht.followup import lifecycle as followup  # lazy: start-up time

    info = PLATFORM_INFO[complaint.platform]
    report = check_text(
        complaint.post,
        lang=complaint.lang,
        platform=complaint.platform,
        settings=settings,
        known_words=(complaint.company, complaint.handle),
    )
    findings = [*report.findings, *shortened_story(complaint, shortened)]
    findings += open_elsewhere(complaint)
    if report.fallback:
        edge.warn(report.fallback)
    schedule = followup.plan(complaint, today=today, settings=settings)
    if json_out:
        subject = (
            {"subject": email_subject(context_from_complaint(complaint))}
            if complaint.platform == "email"
            else {}
        )
        edge.print_json(
            {
                "id": complaint.id,
                "lang": complaint.lang,
                "platform": complaint.platform,
                "post": complaint.post,
                "length": measure(complaint.post, complaint.platform),
                "limit": info.limit,
                "private_message": complaint.private_message,
                **subject,
                "findings": [f.to_json() for f in findings],
                "schedule": [
                    {"date": s.date.isoformat(), "action": s.action, "text": s.text}
                    for s in schedule
                ],
            }
        )
        return
    from klacht.screens import ui  # lazy: rich only when printing

    console = edge.make_console()
    lang = complaint.lang
    prompter = ui.RichPrompter(console, lang)
    if show_post:
        meter = length_meter(complaint.post, complaint.platform, lang)
        prompter.show_text(t("post_title", lang, platform=info.label), complaint.post, meter)
        if findings:  # the post is in the panel just above
            ui.print_findings(console, complaint.post, findings, lang=lang, show_text=False)
    prompter.show_text(t("private_title", lang), complaint.private_message)
    prompter.say(t("saved", lang, id=complaint.id), style="bold green")
    if followup.posted_on(complaint) is not None:
        print_schedule(console, schedule, lang)


def print_schedule(console: Console, schedule: list[ScheduleItem], lang: str) -> None:
    """Print the follow-up schedule: a date and what to do, per step."""
    from rich.table import Table  # lazy: start-up time
    from rich.text import Text  # lazy: start-up time

    from klacht.followup import lifecycle as followup  # lazy: start-up time
    from klacht.writing.render import format_date  # lazy: start-up time

    table = Table(title=t("schedule_title", lang), show_header=False, box=None)
    for item in schedule:
        table.add_row(format_date(item.date, lang), Text(followup.label(lang, item.action)))
    console.print(table)
    console.print(Text(t("schedule_hint", lang), style="dim"))
