"""One reading of a complaint's events that every text, view and count uses.

Each event is read once, in order (same-day events in the order they were recorded), and each
``escalated`` event is one rung of the ladder: the private channel, the formal letter, the
disputes body (after a rejection, the formal letter at least), exactly as the schedule counts.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from klacht.followup.schedule import ESCALATIONS, next_level

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Iterable

    from klacht.model import Event

SENT_BY: Final = {"reminder-sent": "reminder", "thanked": "thanks"}
"""Events that mean a follow-up text went out, and the step whose text it was."""


@dataclass(frozen=True, slots=True)
class Timeline:
    """What happened to a complaint, each event counted once."""

    events: tuple[Event, ...]
    """Every event, oldest first."""
    posted: dt.date | None = None
    """When the post went out (with the private message)."""
    reminded: dt.date | None = None
    """When the one public reminder went out."""
    escalated: dt.date | None = None
    """When the private, written follow-up went out."""
    formal: dt.date | None = None
    """When the formal letter (notice of default) went out."""
    disputes: dt.date | None = None
    """When the case went to the disputes body."""
    responses: tuple[Event, ...] = ()
    """The company's replies, oldest first."""
    rejection: Event | None = None
    """The latest rejection."""
    resolved: dt.date | None = None
    """When the problem was solved."""
    thanked: dt.date | None = None
    """When the public thank-you went out."""
    sent: tuple[tuple[str, dt.date], ...] = ()
    """Every follow-up step whose text went out, as ``(action, date)``, oldest first."""


def read(events: Iterable[Event]) -> Timeline:
    """Return the timeline of ``events`` (any order; sorted by date, stable)."""
    ordered = tuple(sorted(events, key=lambda e: e.date))
    found: dict[str, dt.date] = {}
    sent: list[tuple[str, dt.date]] = []
    responses: list[Event] = []
    rejection: Event | None = None
    level = 0
    for e in ordered:
        if e.event == "escalated":
            level = next_level(level, rejected=rejection is not None)
            action = ESCALATIONS[level - 1]
            if action not in found:
                found[action] = e.date
                sent.append((action, e.date))
        elif e.event == "response":
            responses.append(e)
        elif e.event == "rejected":
            rejection = e
        elif e.event not in found:
            found[e.event] = e.date
            if e.event in SENT_BY:
                sent.append((SENT_BY[e.event], e.date))
    return Timeline(
        events=ordered,
        posted=found.get("posted"),
        reminded=found.get("reminder-sent"),
        escalated=found.get("escalate"),
        formal=found.get("formal"),
        disputes=found.get("disputes"),
        responses=tuple(responses),
        rejection=rejection,
        resolved=found.get("resolved"),
        thanked=found.get("thanked"),
        sent=tuple(sent),
    )
