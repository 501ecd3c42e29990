"""The follow-up ladder: due dates as pure functions of ``(events, policy, today)``.

Nothing here reads the clock: ``today`` is always a parameter. The ladder, while the company
stays silent, counted from the post: a public ``reminder`` (once), ``escalate`` to a private
channel, a ``formal`` letter with a deadline, then the ``disputes`` body. A response pauses the
chase and restarts it after a while, or on the date the answer promised if it named one; a
rejection jumps to the formal steps; a resolution ends it and offers ``thanks``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Final

from klacht.errors import DataFileError
from klacht.followup.promise import promised_date
from klacht.model import ScheduleItem
from klacht.storage import paths

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from klacht.model import Event

ESCALATIONS: Final = ("escalate", "formal", "disputes")
CHASE: Final = ("reminder", *ESCALATIONS)
ACTIONS: Final = (*CHASE, "thanks")
DAYS: Final = (
    "reminder",
    "escalate",
    "formal",
    "formal_term",
    "restart_after_response",
    "after_rejection",
    "thanks_after",
    "thanks_window",
)


@dataclass(frozen=True, slots=True)
class Body:
    """A disputes body (geschilleninstantie)."""

    id: str
    """Short id used by the templates (``kifid``)."""
    name: str
    """Its name."""
    url: str
    """Its website."""
    wait_weeks: int
    """Weeks the company gets after the complaint before the body takes the case."""
    keywords: tuple[str, ...] = ()
    """Words in the company's name or the complaint that make this body the best fit."""
    tld: tuple[str, ...] = ()
    """Handle or e-mail endings (``.be``) that make this body the best fit."""


@dataclass(frozen=True, slots=True)
class Policy:
    """The ladder's numbers (days) and the disputes bodies."""

    reminder: int = 3
    """Days after the post: one friendly public reminder."""
    escalate: int = 7
    """Days after the post: a private, written channel."""
    formal: int = 14
    """Days after the post: the formal letter."""
    formal_term: int = 14
    """The deadline the formal letter gives."""
    restart_after_response: int = 5
    """Days a response pauses the chase."""
    after_rejection: int = 1
    """Days after a rejection before the formal steps are offered."""
    thanks_after: int = 0
    """Days after the resolution before the thank-you is offered."""
    thanks_window: int = 14
    """Days the thank-you stays on offer."""
    disputes_wait: int = 0
    """Days after the formal letter before the best-fitting disputes body takes the case."""
    alarm_time: str = "09:00"
    """Local time of the calendar alarm on the due day."""
    bodies: tuple[Body, ...] = field(default=())
    """Disputes bodies, in order."""

    def offset(self, action: str) -> int:
        """Return the day (after the post) of a chase action on the ladder."""
        if action == "disputes":
            # The day after the deadline, or later when the body wants the company to have
            # had longer: the step is due when the body can take the case.
            return self.formal + max(self.formal_term + 1, self.disputes_wait)
        value: int = getattr(self, action)
        return value


def _int(raw: Mapping[str, Any], key: str, source: str, minimum: int) -> int:
    value = raw[key]
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        raise DataFileError(
            f"{source}: schedule.{key} moet een geheel getal van minstens {minimum} zijn, "
            f"niet {value!r}."
        )
    return value


def _body(raw: Mapping[str, Any], source: str) -> Body:
    try:
        return Body(
            id=str(raw["id"]),
            name=str(raw["name"]),
            url=str(raw["url"]),
            wait_weeks=int(raw["wait_weeks"]),
            keywords=tuple(str(k).lower() for k in raw.get("keywords") or ()),
            tld=tuple(str(t).lower() for t in raw.get("tld") or ()),
        )
    except (KeyError, TypeError, ValueError) as err:
        raise DataFileError(f"{source}: ongeldige geschilleninstantie ({err}).") from err


def _defaults() -> dict[str, Any]:
    return paths.packaged_yaml("schedule.yaml")


def load_policy(overrides: Mapping[str, Any] | None = None) -> Policy:
    """Return the default ladder (``data/schedule.yaml``) with the user's ``overrides``.

    Raises:
        DataFileError: an unknown key, a value that is not a whole number, or days out of order.
    """
    source = "config.yaml"
    overrides = dict(overrides or {})
    allowed = (*DAYS, "alarm_time")
    unknown = sorted(str(k) for k in overrides if k not in allowed)
    if unknown:
        raise DataFileError(
            f"{source}: onbekende sleutel(s) onder schedule: {', '.join(unknown)}.",
            hint=f"Toegestaan: {', '.join(allowed)}.",
        )
    raw = {**_defaults(), **overrides}
    minimum = {"reminder": 1, "formal_term": 1, "restart_after_response": 1}
    days = {key: _int(raw, key, source, minimum.get(key, 0)) for key in DAYS}
    if not days["reminder"] < days["escalate"] < days["formal"]:
        raise DataFileError(
            f"{source}: schedule moet oplopen: reminder < escalate < formal "
            f"(nu {days['reminder']}, {days['escalate']}, {days['formal']})."
        )
    alarm = str(raw["alarm_time"])
    try:
        dt.time.fromisoformat(alarm)
    except ValueError:
        raise DataFileError(
            f"{source}: schedule.alarm_time moet een tijd als 09:00 zijn, niet {alarm!r}."
        ) from None
    bodies = tuple(_body(b, "data/schedule.yaml") for b in _defaults()["disputes_bodies"])
    return Policy(**days, alarm_time=alarm, bodies=bodies)


def next_level(level: int, *, rejected: bool) -> int:
    """Return the escalation level an ``escalated`` event reaches from ``level``.

    Levels: 1 the private channel, 2 the formal letter, 3 the disputes body. After a rejection,
    the next escalation is the formal letter at least.
    """
    return min(max(level + 1, 2 if rejected else 0), len(ESCALATIONS))


@dataclass(slots=True)
class _State:
    """What the replayed timeline says (mutable while replaying, private)."""

    posted: dt.date
    base: dt.date
    base_offset: int | None  # ladder day of `base`; None: the first pending step falls on `base`
    reminded: bool = False
    responded: bool = False
    rejected: bool = False
    level: int = 0  # escalations done: 1 private channel, 2 formal letter, 3 disputes body
    resolved: dt.date | None = None
    thanked: bool = False
    formal_on: dt.date | None = None  # the formal letter, once sent


def _replay(timeline: Sequence[Event], posted: dt.date, policy: Policy) -> _State:
    state = _State(posted=posted, base=posted, base_offset=0)
    for e in timeline:
        if e.event == "reminder-sent":
            state.reminded = True
            state.base, state.base_offset = e.date, policy.reminder
        elif e.event == "escalated":
            # After a rejection, the next escalation is the formal letter at least.
            state.level = next_level(state.level, rejected=state.rejected)
            if state.level == ESCALATIONS.index("formal") + 1:
                state.formal_on = e.date
            state.base, state.base_offset = e.date, policy.offset(ESCALATIONS[state.level - 1])
        elif e.event == "response":
            state.responded = True
            # A date the company promised in its answer (the note) is when to check back.
            promised = promised_date(e.note, e.date) if e.note else None
            state.base = promised or e.date + dt.timedelta(policy.restart_after_response)
            state.base_offset = None
        elif e.event == "rejected":
            state.rejected = True
            state.base = e.date + dt.timedelta(policy.after_rejection)
            state.base_offset = None
        elif e.event == "resolved":
            state.resolved = e.date
        elif e.event == "thanked":
            state.thanked = True
    return state


def _pending(state: _State) -> list[str]:
    level = max(state.level, 1 if state.rejected else 0)
    pending = list(ESCALATIONS[level:])
    silent = not (state.reminded or state.responded or state.rejected or state.level)
    return ["reminder", *pending] if silent else pending


def steps(events: Sequence[Event], policy: Policy, today: dt.date) -> list[ScheduleItem]:
    """Return the forward schedule (texts empty), oldest first, from the events so far.

    Without a ``posted`` event the schedule is provisional and counts from ``today``. The first
    step may lie before ``today`` (overdue); any later step lies after ``today``, so at most one
    chase step is due on any day. A public reminder whose time has passed (the next step is due)
    is skipped rather than sent late.
    """
    timeline = sorted(events, key=lambda e: e.date)  # stable: same-day events keep their order
    posted = next((e.date for e in timeline if e.event == "posted"), None)
    if posted is None:
        state = _State(posted=today, base=today, base_offset=0)
    else:
        state = _replay([e for e in timeline if e.date >= posted], posted, policy)
    if state.thanked:
        return []
    if state.resolved is not None:
        start = state.resolved + dt.timedelta(policy.thanks_after)
        if today > start + dt.timedelta(policy.thanks_window):
            return []
        return [ScheduleItem(start, "thanks")]
    pending = _pending(state)
    if not pending:
        return []
    base_offset = policy.offset(pending[0]) if state.base_offset is None else state.base_offset

    def ladder(action: str) -> dt.date:  # the ladder's spacing, counted from the latest news
        return state.base + dt.timedelta(policy.offset(action) - base_offset)

    if pending[0] == "reminder" and ladder(pending[1]) <= today:
        pending = pending[1:]
    items: list[ScheduleItem] = []
    for action in pending:
        day = ladder(action)
        if items:  # after an overdue step, the next one keeps its distance from today
            previous = items[-1]
            gap = policy.offset(action) - policy.offset(previous.action)
            day = max(day, max(previous.date, today) + dt.timedelta(gap))
        if action == "disputes" and state.formal_on is not None:
            # A reply after the formal letter does not make the body take the case sooner.
            wait = policy.offset("disputes") - policy.offset("formal")
            day = max(day, state.formal_on + dt.timedelta(wait))
        items.append(ScheduleItem(day, action))
    return items
