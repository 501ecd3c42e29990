"""The life of a complaint after the post: status, events, the schedule with its texts."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import TYPE_CHECKING, Any, Final

from klacht.errors import KlachtError
from klacht.followup import schedule
from klacht.followup import timeline as reading
from klacht.model import EVENTS, LANGS, Complaint, Event, ScheduleItem
from klacht.storage import paths
from klacht.writing import anchoring, prose, render
from klacht.writing.compose import context_from_complaint
from klacht.writing.platforms import PLATFORMS, POST_URL_EXAMPLES, normalize_post_url
from klacht.writing.texts import t

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from klacht.followup.schedule import Body, Policy
    from klacht.storage.config import Settings

STATUSES: Final = (
    "draft",
    "posted",
    "reminded",
    "response",
    "escalated",
    "resolved",
    "rejected",
    "thanked",
)
_STATUS_OF: Final = {
    "posted": "posted",
    "reminder-sent": "reminded",
    "escalated": "escalated",
    "response": "response",
    "resolved": "resolved",
    "rejected": "rejected",
    "thanked": "thanked",
}
DONE_EVENT: Final = {
    "reminder": "reminder-sent",
    "escalate": "escalated",
    "formal": "escalated",
    "disputes": "escalated",
    "thanks": "thanked",
}
"""The event that records a schedule step as done."""


def _words() -> dict[str, Any]:
    return paths.packaged_yaml("followup.yaml")


def words(section: str, lang: str) -> dict[str, Any]:
    """Return the follow-up's words of ``section`` (``labels``, ``ui``, ...) in ``lang``."""
    table = _words()[section]
    return dict(table.get(lang, table["nl"]))


def label(lang: str, key: str, platform: str = "") -> str:
    """Return the word for an action, status or event in ``lang``.

    An e-mail complaint is a letter: its steps have their own words (``reminder_email``).
    """
    labels = words("labels", lang)
    if platform == "email" and f"{key}_email" in labels:
        return str(labels[f"{key}_email"])
    return str(labels.get(key, key))


def _msg(lang: str, key: str, **values: object) -> str:
    return str(words("messages", lang)[key]).format(**values)


def timeline(complaint: Complaint) -> list[Event]:
    """Return the events oldest first (same-day events in the order they were recorded)."""
    return sorted(complaint.events, key=lambda e: e.date)


def posted_on(complaint: Complaint) -> dt.date | None:
    """Return the day the complaint was posted, or None for a draft."""
    return next((e.date for e in timeline(complaint) if e.event == "posted"), None)


_PROGRESS: Final = (
    "draft",
    "posted",
    "reminded",
    "response",
    "escalated",
    "rejected",
    "resolved",
    "thanked",
)
"""Statuses in the order a complaint moves through them: the status never moves back."""


def status(complaint: Complaint) -> str:
    """Return the status: one of ``STATUSES``, the furthest any event has brought it.

    A late ``reminder-sent`` after an escalation, or a reply after a formal letter, is part of
    the timeline but does not move the status back.
    """
    if posted_on(complaint) is None:
        return "draft"
    reached = {_STATUS_OF[e.event] for e in complaint.events}
    return max(reached, key=_PROGRESS.index)


def is_open(complaint: Complaint) -> bool:
    """Tell whether the complaint is posted and still being followed up (a rejection too)."""
    return status(complaint) not in ("draft", "resolved", "thanked")


def attach_url(complaint: Complaint, url: str) -> Complaint:
    """Return the complaint with the link to its public post (checked against the platform).

    Raises:
        KlachtError: e-mail has no public post, or the link is not a post on the platform.
    """
    lang = complaint.lang
    info = PLATFORMS[complaint.platform]
    if complaint.platform not in POST_URL_EXAMPLES:
        raise KlachtError(t("post_url_no_link", lang, platform=info.label))
    try:
        clean = normalize_post_url(complaint.platform, url)
    except ValueError:
        example = POST_URL_EXAMPLES[complaint.platform]
        raise KlachtError(
            t("post_url_invalid", lang, url=url.strip(), platform=info.label, example=example)
        ) from None
    return dataclasses.replace(complaint, post_url=clean)


def check_event(complaint: Complaint, event: str, on: dt.date, *, today: dt.date) -> None:
    """Refuse an event that does not fit the complaint's timeline.

    Raises:
        KlachtError: unknown event, a future date, a date before posting, a second ``posted``
            or ``reminder-sent``, anything but ``thanked`` after a resolution.
    """
    lang, cid = complaint.lang, complaint.id

    def day(value: dt.date) -> str:
        return render.format_date(value, lang if lang in LANGS else "nl")

    if event not in EVENTS:
        raise KlachtError(
            _msg(lang, "unknown", event=event),
            hint=_msg(lang, "unknown_hint", events=", ".join(EVENTS)),
        )
    if on > today:
        raise KlachtError(_msg(lang, "future", date=day(on)))
    posted = posted_on(complaint)
    if event == "posted":
        if posted is not None:
            raise KlachtError(_msg(lang, "posted_twice", id=cid, date=day(posted)))
        if on < complaint.when:
            raise KlachtError(_msg(lang, "before_when", date=day(on), when=day(complaint.when)))
        return
    if posted is None:
        raise KlachtError(
            _msg(lang, "not_posted", id=cid), hint=_msg(lang, "not_posted_hint", id=cid)
        )
    if on < posted:
        raise KlachtError(_msg(lang, "before_post", date=day(on), posted=day(posted)))
    current = status(complaint)
    if current in ("resolved", "thanked") and not (current == "resolved" and event == "thanked"):
        raise KlachtError(_msg(lang, "closed", id=cid, status=_msg(lang, current), event=event))
    if event == "thanked" and current != "resolved":
        raise KlachtError(_msg(lang, "thanks_unresolved", id=cid))
    if event == "reminder-sent":
        earlier = complaint.dated("reminder-sent")
        if earlier:
            raise KlachtError(_msg(lang, "second_reminder", id=cid, date=day(earlier[0].date)))
        if complaint.dated("rejected"):
            raise KlachtError(_msg(lang, "reminder_after_reject", id=cid))


def record(
    complaint: Complaint, event: str, on: dt.date, note: str = "", *, today: dt.date
) -> Complaint:
    """Return the complaint with ``event`` added to its timeline (checked, kept in date order)."""
    check_event(complaint, event, on, today=today)
    added = Event(event, on, note.strip())
    events = sorted((*complaint.events, added), key=lambda e: e.date)
    return dataclasses.replace(complaint, events=tuple(events))


def policy_for(settings: Settings) -> Policy:
    """Return the ladder with the user's overrides from ``config.yaml``."""
    return schedule.load_policy(settings.schedule)


def policy_of(complaint: Complaint, policy: Policy) -> Policy:
    """Return the ladder ``policy`` for ``complaint``: the disputes step waits for its body.

    ``policy`` is the user's ladder (``policy_for``), built once per command: reading and
    checking it per complaint made ``list`` and ``remind`` slower with every complaint.
    """
    bodies = pick_bodies(complaint, policy.bodies)
    wait = bodies[0].wait_weeks * 7 if bodies else 0
    return dataclasses.replace(policy, disputes_wait=wait)


def plan(
    complaint: Complaint, *, today: dt.date, settings: Settings, policy: Policy | None = None
) -> list[ScheduleItem]:
    """Return the forward schedule from the complaint's state, each step with its text.

    Without a ``posted`` event the dates are provisional and count from ``today``. ``policy``
    is ``policy_for(settings)`` when the caller has it already.
    """
    policy = policy_of(complaint, policy or policy_for(settings))
    name = settings.name
    return [
        dataclasses.replace(
            item, text=render_step(complaint, item, today=today, policy=policy, name=name)
        )
        for item in schedule.steps(complaint.events, policy, today)
    ]


def forward(
    complaint: Complaint, *, today: dt.date, settings: Settings, policy: Policy | None = None
) -> list[ScheduleItem]:
    """Return the dates and actions ahead of a posted complaint (texts empty); [] for a draft."""
    if posted_on(complaint) is None:
        return []
    ladder = policy_of(complaint, policy or policy_for(settings))
    return schedule.steps(complaint.events, ladder, today)


def next_step(
    complaint: Complaint, *, today: dt.date, settings: Settings, policy: Policy | None = None
) -> ScheduleItem | None:
    """Return the next step of a posted complaint (text empty), or None."""
    items = forward(complaint, today=today, settings=settings, policy=policy)
    return items[0] if items else None


def due(
    complaints: Iterable[Complaint], *, on: dt.date, settings: Settings
) -> list[tuple[Complaint, ScheduleItem]]:
    """Return what is due on ``on`` (or overdue) across posted complaints, with texts."""
    result = []
    base = policy_for(settings)  # once, not per complaint
    for c in complaints:
        if posted_on(c) is None:
            continue
        policy = policy_of(c, base)
        for item in schedule.steps(c.events, policy, on):
            if item.date <= on:
                text = render_step(c, item, today=on, policy=policy, name=settings.name)
                result.append((c, dataclasses.replace(item, text=text)))
    return sorted(result, key=lambda pair: (pair[1].date, pair[0].id))


def sent_texts(
    complaint: Complaint, *, settings: Settings, policy: Policy | None = None
) -> list[tuple[str, dt.date, str]]:
    """Return every text that went out, as ``(what, date, text)``, oldest first.

    The post and the private message went out on the posting day; each follow-up text is
    rendered as it read that day, from the events before it.
    """
    line = reading.read(complaint.events)
    if line.posted is None:
        return []
    result = [("post", line.posted, complaint.post)]
    if complaint.private_message.strip():
        result.append(("private", line.posted, complaint.private_message))
    policy = policy_of(complaint, policy or policy_for(settings))
    for action, day in line.sent:
        earlier = tuple(e for e in line.events if e.date < day)
        then = dataclasses.replace(complaint, events=earlier)
        text = render_step(
            then, ScheduleItem(day, action), today=day, policy=policy, name=settings.name
        )
        result.append((action, day, text))
    return result


def pick_bodies(complaint: Complaint, bodies: Sequence[Body]) -> list[Body]:
    """Return the disputes bodies, the best fit first (financial services, Belgium)."""
    haystack = f"{complaint.company} {complaint.what}".lower()
    handle = complaint.handle.lower()

    def rank(body: Body) -> int:
        if any(k in haystack for k in body.keywords):
            return 0
        if any(handle.endswith(t) or t + "/" in handle for t in body.tld):
            return 0
        if complaint.lang == "nl-BE" and ".be" in body.tld:
            return 0  # a Belgian consumer: Belgian bodies first
        return 1

    return sorted(bodies, key=rank)  # stable: the file's order otherwise


def request_text(complaint: Complaint) -> str:
    """Return the concrete request in the words of the private message."""
    return context_from_complaint(complaint).request_long


def wants_text(complaint: Complaint) -> str:
    """Return what the consumer wants, described for a third party (no final full stop)."""
    detail = " ".join(complaint.outcome_detail.split()).rstrip(".")
    if detail:
        return detail
    wants = words("wants", complaint.lang)
    parts = [str(wants[o]) for o in complaint.outcome.split(",") if wants.get(o)]
    if len(parts) <= 1:
        return "".join(parts)
    joiner = " and " if complaint.lang == "en" else " en "
    return ", ".join(parts[:-1]) + joiner + parts[-1]


def context(
    complaint: Complaint, item: ScheduleItem, *, today: dt.date, policy: Policy
) -> dict[str, Any]:
    """Return what a follow-up template sees: the complaint as ``c`` plus dates and facts."""
    line = reading.read(complaint.events)
    sent = max(item.date, today)  # an overdue letter is dated the day it goes out
    formal_on = line.formal
    if formal_on is None and item.action == "disputes":
        formal_on = item.date - dt.timedelta(policy.offset("disputes") - policy.offset("formal"))
    bodies: list[dict[str, Any]] = []
    for b in pick_bodies(complaint, policy.bodies):
        opens = (formal_on or sent) + dt.timedelta(weeks=b.wait_weeks)
        if item.action == "disputes" and not bodies:
            opens = max(opens, item.date)  # the step is due when the body takes the case
        bodies.append(
            {"id": b.id, "name": b.name, "url": b.url, "wait_weeks": b.wait_weeks, "from": opens}
        )
    # Later letters quote the story with dates, never the first post's "al 5 dagen".
    written = complaint.created
    later = dataclasses.replace(
        complaint,
        what=anchoring.anchor(complaint.what, complaint.lang, written),
        tried=prose.said(anchoring.anchor(complaint.tried, complaint.lang, written)),
        impact=prose.said(anchoring.anchor(complaint.impact, complaint.lang, written)),
        reference=prose.said(complaint.reference),
        outcome_detail=anchoring.drop_deadlines(
            anchoring.anchor(complaint.outcome_detail, complaint.lang, written), complaint.lang
        ),
    )
    return {
        "c": later,
        "lang": complaint.lang,
        "action": item.action,
        "date": sent,
        "posted": line.posted or today,
        "reminded_on": line.reminded,
        "escalated_on": line.escalated,
        "formal_on": formal_on,
        "last_response": line.responses[-1] if line.responses else None,
        "rejection": line.rejection,
        "resolved_on": line.resolved,
        "term": policy.formal_term,
        "deadline": sent + dt.timedelta(policy.formal_term),
        "request": request_text(later),
        "wants": wants_text(later),
        "bodies": bodies,
        "public_handle": complaint.handle if complaint.handle.startswith("@") else "",
        "platform_label": PLATFORMS[complaint.platform].label
        if complaint.platform in PLATFORMS
        else complaint.platform,
    }


def render_step(
    complaint: Complaint, item: ScheduleItem, *, today: dt.date, policy: Policy, name: str = ""
) -> str:
    """Return the ready text of a schedule step, in the complaint's language, signed ``name``."""
    ctx = {**context(complaint, item, today=today, policy=policy), "name": name}
    text = render.render_template(complaint.lang, item.action, ctx)
    return "\n".join(line.rstrip() for line in text.splitlines())
