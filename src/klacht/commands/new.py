"""``klacht new``: the wizard on a terminal, or the same steps from an answers file."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from klacht.checks import check_text
from klacht.checks.proposal import calm_answers
from klacht.checks.rules import load_rules
from klacht.commands import edge
from klacht.errors import DataFileError, KlachtError, StoreError, says
from klacht.followup import lifecycle
from klacht.followup.siblings import open_findings
from klacht.model import Finding
from klacht.storage.config import load_settings
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
    sentence,
)
from klacht.writing.counting import measure
from klacht.writing.platforms import PLATFORMS as PLATFORM_INFO
from klacht.writing.texts import t

if TYPE_CHECKING:
    from klacht.model import Complaint, ScheduleItem
    from klacht.storage.config import Settings


@dataclass(frozen=True, slots=True)
class Drafted:
    """A complaint just written, with what klacht found in its post and its follow-up."""

    complaint: Complaint
    findings: list[Finding]
    """The post's findings, the shortened story and the open complaints about the company."""
    schedule: list[ScheduleItem]
    """The follow-up steps with their texts."""


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
        drafted = review(complaint, today=today, settings=settings, shortened=shortened)
        if json_out:
            edge.print_json(to_json(drafted))
            return
    elif calm:
        raise KlachtError(t("calm_needs_answers", lang or settings.lang))
    elif json_out:
        raise KlachtError(says("err_json_needs_answers"))
    # lazy: rich and the wizard's screens take ~70 ms that `new --answers --json` never uses
    from klacht.commands import new_terminal

    if answers is None:
        chosen = new_terminal.interactive(
            store, today, settings, lang=lang, platform=platform, resume=resume
        )
        if chosen is None:
            return  # the user follows up an open complaint instead
        drafted = review(chosen, today=today, settings=settings)
    new_terminal.show_result(drafted, show_post=answers is not None, store=store, settings=settings)


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


def open_elsewhere(complaint: Complaint) -> list[Finding]:
    """Return content warnings for open complaints about the same company (naming their ids)."""
    try:
        others = Store().all()
    except StoreError:
        return []  # an unreadable file is reported by the commands that read them all
    return open_findings(complaint, others)


def review(
    complaint: Complaint, *, today: dt.date, settings: Settings, shortened: str = ""
) -> Drafted:
    """Check the complaint's post and plan its follow-up; ``shortened`` is the story as cut
    to fit the post, if it was.
    """
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
    return Drafted(complaint, findings, lifecycle.plan(complaint, today=today, settings=settings))


def to_json(drafted: Drafted) -> dict[str, object]:
    """Return the contract's ``new --json`` shape of a complaint just written."""
    complaint = drafted.complaint
    subject = (
        {"subject": email_subject(context_from_complaint(complaint))}
        if complaint.platform == "email"
        else {}
    )
    return {
        "id": complaint.id,
        "lang": complaint.lang,
        "platform": complaint.platform,
        "post": complaint.post,
        "length": measure(complaint.post, complaint.platform),
        "limit": PLATFORM_INFO[complaint.platform].limit,
        "private_message": complaint.private_message,
        **subject,
        "findings": [f.to_json() for f in drafted.findings],
        "schedule": [
            {"date": s.date.isoformat(), "action": s.action, "text": s.text}
            for s in drafted.schedule
        ],
    }
