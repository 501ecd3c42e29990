"""The follow-up schedule as an iCalendar file (RFC 5545) that calendars import and update.

Each step is an all-day event with a stable UID (``{id}-{action}@klacht``) and an alarm at a
local time of day, converted to UTC for the user's time zone (so daylight saving is right). A
re-export reads the previous file: unchanged events keep their SEQUENCE and DTSTAMP, changed ones
get SEQUENCE + 1, and steps that are no longer planned stay in the file as CANCELLED, so a
calendar that imports the file again updates its events instead of duplicating them. Letters
never go into the calendar: the description says which command shows the text.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from icalendar import Alarm, Calendar, Event

from klacht.errors import KlachtError
from klacht.followup import lifecycle as followup

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from klacht.model import Complaint, ScheduleItem
    from klacht.storage.config import Settings

PRODID: Final = "-//klacht//klacht remind//NL"


@dataclass(frozen=True, slots=True)
class _Old:
    sequence: int
    stamp: dt.datetime
    fingerprint: tuple[Any, ...]
    cancelled: bool
    component: Any


def uid_for(complaint_id: str, action: str) -> str:
    """Return the stable UID of a step."""
    return f"{complaint_id}-{action}@klacht"


def _fingerprint(
    start: dt.date, summary: str, description: str, trigger: dt.datetime | None
) -> tuple[Any, ...]:
    return (start, summary, description, trigger)


def _read_previous(previous: bytes | None) -> dict[str, _Old]:
    """Return the events of an earlier export by UID; refuse a file klacht did not write."""
    if previous is None or not previous.strip():
        return {}
    try:
        cal = Calendar.from_ical(previous)
    except ValueError as err:
        raise KlachtError(
            f"Het bestaande bestand is geen iCalendar-bestand ({err}); "
            "klacht overschrijft het niet.",
            hint="Kies een nieuw bestand voor --ics.",
        ) from err
    if str(cal.get("prodid", "")) != PRODID:
        raise KlachtError(
            "Het bestaande bestand is geen agenda van klacht; klacht overschrijft het niet.",
            hint="Kies een nieuw bestand voor --ics.",
        )
    result = {}
    for event in cal.walk("VEVENT"):
        alarms = event.walk("VALARM")
        trigger = alarms[0].decoded("trigger") if alarms else None
        result[str(event["uid"])] = _Old(
            sequence=int(event.get("sequence", 0)),
            stamp=event.decoded("dtstamp"),
            fingerprint=_fingerprint(
                event.decoded("dtstart"),
                str(event.get("summary", "")),
                str(event.get("description", "")),
                trigger,
            ),
            cancelled=str(event.get("status", "")).upper() == "CANCELLED",
            component=event,
        )
    return result


def alarm_at(day: dt.date, alarm_time: str, timezone: str) -> dt.datetime:
    """Return the UTC moment of ``alarm_time`` (local, in ``timezone``) on ``day``."""

    try:
        zone = ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError) as err:
        raise KlachtError(
            f"Onbekende tijdzone '{timezone}' in config.yaml.",
            hint="Gebruik een naam als Europe/Amsterdam of Europe/Brussels.",
        ) from err
    local = dt.datetime.combine(day, dt.time.fromisoformat(alarm_time), tzinfo=zone)
    return local.astimezone(dt.UTC)


def calendar(
    complaints: Iterable[Complaint],
    *,
    settings: Settings,
    today: dt.date,
    now: dt.datetime,
    previous: bytes | None = None,
) -> tuple[bytes, int]:
    """Return every posted complaint's steps ahead as iCalendar bytes, and the number of steps."""
    policy = followup.policy_for(settings)  # once, not per complaint
    entries = [
        (c, item)
        for c in complaints
        for item in followup.forward(c, today=today, settings=settings, policy=policy)
    ]
    alarm_time = policy.alarm_time
    return build(
        entries, timezone=settings.timezone, alarm_time=alarm_time, now=now, previous=previous
    )


def build(
    entries: Sequence[tuple[Complaint, ScheduleItem]],
    *,
    timezone: str,
    alarm_time: str,
    now: dt.datetime,
    previous: bytes | None = None,
) -> tuple[bytes, int]:
    """Return the calendar file and the number of planned (not cancelled) events.

    Args:
        entries: each planned step with its complaint.
        timezone: the user's IANA time zone, for the alarms.
        alarm_time: local time of day of the alarm (``09:00``).
        now: the moment of the export (UTC), for DTSTAMP of new or changed events.
        previous: the earlier export at the same path, if any.
    """
    old = _read_previous(previous)
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", "klacht")
    cal.add("x-wr-timezone", timezone)
    stamp_now = now.astimezone(dt.UTC).replace(microsecond=0)
    seen: set[str] = set()
    for c, item in sorted(entries, key=lambda pair: (pair[1].date, pair[0].id, pair[1].action)):
        uid = uid_for(c.id, item.action)
        if uid in seen:
            continue
        seen.add(uid)
        words = followup.words("calendar", c.lang)
        summary = f"klacht: {words[item.action]}: {c.company}"
        description = words["description"].format(
            company=c.company, id=c.id, date=item.date.isoformat()
        )
        trigger = alarm_at(item.date, alarm_time, timezone)
        fingerprint = _fingerprint(item.date, summary, description, trigger)
        before = old.get(uid)
        if before is not None and before.fingerprint == fingerprint and not before.cancelled:
            sequence, stamp = before.sequence, before.stamp
        else:
            sequence = before.sequence + 1 if before is not None else 0
            stamp = stamp_now
        event = Event()
        event.add("uid", uid)
        event.add("dtstamp", stamp)
        event.add("sequence", sequence)
        event.add("summary", summary)
        event.add("description", description)
        event.add("dtstart", item.date)
        event.add("dtend", item.date + dt.timedelta(days=1))
        event.add("transp", "TRANSPARENT")
        event.add("status", "CONFIRMED")
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", summary)
        alarm.add("trigger", trigger, parameters={"VALUE": "DATE-TIME"})
        event.add_component(alarm)
        cal.add_component(event)
    for uid in sorted(set(old) - seen):
        before = old[uid]
        component = before.component
        if not before.cancelled:  # done or dropped since the last export: cancel it once
            component["sequence"] = before.sequence + 1
            component["status"] = "CANCELLED"
            component.pop("dtstamp")
            component.add("dtstamp", stamp_now)
            for alarm in list(component.subcomponents):
                component.subcomponents.remove(alarm)
        cal.add_component(component)
    return cal.to_ical(), len(seen)
