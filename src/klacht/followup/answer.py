"""An answer to the complaint: what it is, what to record, and the consumer's reply to it.

Pure: the day the answer came (``on``) and ``today`` are parameters, nothing is stored here.
The caller saves ``Outcome.complaint`` and shows ``Outcome.draft``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from klacht.checks import check_text
from klacht.followup import lifecycle
from klacht.followup.promise import promised_date
from klacht.followup.reply import Reading, classify
from klacht.writing import render
from klacht.writing.compose import context_from_complaint

if TYPE_CHECKING:
    from klacht.model import Complaint, Event, Finding
    from klacht.storage.config import Settings


@dataclass(frozen=True, slots=True)
class Draft:
    """The consumer's reply: a public text and, where details are needed, a private one."""

    public: str
    """The public reply (empty for a hostile bystander: the advice is not to answer)."""
    private: str = ""
    """The private message with the details (``asks-private`` and ``question``), else empty."""


@dataclass(frozen=True, slots=True)
class Outcome:
    """Everything ``klacht reply`` knows about one answer."""

    reading: Reading
    """The kind of answer and why."""
    draft: Draft
    """The consumer's reply."""
    findings: tuple[Finding, ...]
    """The checks on the public draft (as on a post)."""
    private_findings: tuple[Finding, ...]
    """The checks on the private draft (private data allowed there)."""
    complaint: Complaint
    """The complaint with the answer recorded (unchanged for a bystander)."""
    event: Event | None
    """The ``response`` event recorded, or None for a bystander."""
    promised: dt.date | None
    """The date the answer promised, if any."""


PRIVATE_KINDS = ("asks-private", "question")
"""Kinds whose reply goes on in a private message with the details."""


def record_answer(
    complaint: Complaint, text: str, kind: str, *, on: dt.date, today: dt.date
) -> tuple[Complaint, Event]:
    """Return the complaint with a company's answer recorded, and the ``response`` event.

    A rejection is recorded as well (a ``rejected`` event after the response), so that the
    schedule moves to the formal notice.

    Raises:
        KlachtError: the complaint is not posted yet, is closed, or ``on`` does not fit.
    """
    updated = lifecycle.record(complaint, "response", on, text, today=today)
    event = next(e for e in reversed(updated.events) if e.event == "response" and e.date == on)
    if kind == "rejects":
        updated = lifecycle.record(updated, "rejected", on, today=today)
    return updated, event


def confirm_resolved(complaint: Complaint, *, on: dt.date, today: dt.date) -> Complaint:
    """Return the complaint with ``resolved`` recorded (the user said it really is solved)."""
    return lifecycle.record(complaint, "resolved", on, today=today)


def answer(
    complaint: Complaint,
    text: str,
    *,
    source: str,
    on: dt.date,
    today: dt.date,
    settings: Settings,
) -> Outcome:
    """Classify ``text``, record it (a company's answer), draft the reply and check the draft.

    Raises:
        KlachtError: a company's answer cannot be recorded on this complaint.
    """
    reading = classify(text, lang=complaint.lang, source=source)
    updated, event = complaint, None
    if source == "company":
        updated, event = record_answer(complaint, text, reading.kind, on=on, today=today)
    promised = promised_date(text, on) if reading.kind == "offers-solution" else None
    return redraft(
        Outcome(reading, Draft(""), (), (), updated, event, promised),
        reading,
        today=today,
        settings=settings,
    )


def redraft(outcome: Outcome, reading: Reading, *, today: dt.date, settings: Settings) -> Outcome:
    """Return ``outcome`` with the reply drafted (and checked) for ``reading`` instead.

    The screen uses it when the user says a "resolved" answer did not solve it after all.
    """
    complaint = outcome.complaint
    nxt = lifecycle.next_step(complaint, today=today, settings=settings)
    policy = lifecycle.policy_for(settings)
    answered_on = outcome.event.date if outcome.event else today
    check_on = nxt.date if nxt else answered_on + dt.timedelta(policy.restart_after_response)
    draft = draft_reply(
        complaint,
        reading,
        promised=outcome.promised,
        check_on=check_on,
        term=policy.formal_term,
        name=settings.name,
    )
    known = (complaint.company, complaint.handle)
    lang = complaint.lang

    def checked(body: str, *, public: bool) -> tuple[Finding, ...]:
        if not body:
            return ()
        platform = complaint.platform if public else None
        report = check_text(
            body, lang=lang, platform=platform, settings=settings, public=public, known_words=known
        )
        # The content checks ask a complaint post for facts and a request: not a reply's job.
        return tuple(f for f in report.findings if f.kind != "content")

    return dataclasses.replace(
        outcome,
        reading=reading,
        draft=draft,
        findings=checked(draft.public, public=complaint.platform != "email"),
        private_findings=checked(draft.private, public=False),
    )


def draft_reply(
    complaint: Complaint,
    reading: Reading,
    *,
    promised: dt.date | None,
    check_on: dt.date,
    term: int,
    name: str = "",
) -> Draft:
    """Return the consumer's reply to an answer of kind ``reading.kind`` (templates).

    ``nl-BE`` has its own templates (the "u" register); ``name`` signs the private message.
    """
    if reading.kind == "hostile":
        return Draft("")
    lang = complaint.lang
    question = next((f.text for f in reading.reasons if f.rule.startswith("reply.question")), "")
    values = {
        "c": complaint,
        "lang": lang,
        "kind": reading.kind,
        "public_handle": complaint.handle if complaint.handle.startswith("@") else "",
        "official": complaint.handle if complaint.handle.startswith("@") else complaint.company,
        "promised": promised,
        "check_on": check_on,
        "term": term,
        "question": " ".join(question.split()),
        "request": lifecycle.request_text(complaint),
        "letter": context_from_complaint(complaint, name=name),
    }
    public = _tidy(render.render_template(lang, "reply_public", values))
    private = ""
    if reading.kind in PRIVATE_KINDS:
        private = _tidy(render.render_template(lang, "reply_private", values))
    if complaint.platform == "email":  # an e-mail answer is one private letter, details and all
        return Draft(private or public)
    return Draft(public, private)


def _tidy(text: str) -> str:
    return "\n".join(line.rstrip() for line in text.splitlines())


def with_public(draft: Draft, public: str) -> Draft:
    """Return ``draft`` with its public text replaced (the user edited it)."""
    return dataclasses.replace(draft, public=public)
