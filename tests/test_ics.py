"""The iCalendar export: parses back, stable UIDs, updates instead of duplicates, DST."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from icalendar import Calendar

import factories
from klacht.errors import KlachtError
from klacht.followup import ics
from klacht.followup import lifecycle as followup
from klacht.model import Complaint, Event, ScheduleItem
from klacht.storage.config import Settings

TODAY = dt.date(2026, 11, 23)
NOW = dt.datetime(2026, 11, 23, 12, 0, tzinfo=dt.UTC)
LATER = dt.datetime(2026, 11, 24, 12, 0, tzinfo=dt.UTC)


def complaint(*events: Event) -> Complaint:
    """A posted complaint."""
    return factories.complaint(
        what="kapot geleverd",
        outcome="repair",
        reference="bestelnummer 4711",
        events=(Event("posted", TODAY), *events),
    )


def entries(c: Complaint) -> list[tuple[Complaint, ScheduleItem]]:
    """The planned steps of one complaint."""
    return [(c, item) for item in followup.plan(c, today=TODAY, settings=Settings())]


def export(c: Complaint, previous: bytes | None = None, now: dt.datetime = NOW) -> bytes:
    """Export one complaint's plan."""
    data, _ = ics.build(
        entries(c), timezone="Europe/Amsterdam", alarm_time="09:00", now=now, previous=previous
    )
    return data


def events_of(data: bytes) -> dict[str, dict[str, object]]:
    """Parse the file back: UID -> the fields that matter."""
    result = {}
    for e in Calendar.from_ical(data).walk("VEVENT"):
        alarms = e.walk("VALARM")
        result[str(e["uid"])] = {
            "start": e.decoded("dtstart"),
            "end": e.decoded("dtend"),
            "summary": str(e["summary"]),
            "sequence": int(str(e["sequence"])),
            "status": str(e["status"]),
            "trigger": alarms[0].decoded("trigger") if alarms else None,
        }
    return result


def test_the_file_parses_back_with_the_same_events() -> None:
    """Every planned step comes back as an all-day event on its date, with an alarm."""
    c = complaint()
    parsed = events_of(export(c))
    planned = {ics.uid_for(c.id, i.action): i for _, i in entries(c)}
    assert set(parsed) == set(planned)
    for uid, item in planned.items():
        event = parsed[uid]
        assert event["start"] == item.date
        assert event["end"] == item.date + dt.timedelta(days=1)
        assert event["status"] == "CONFIRMED"
        assert event["sequence"] == 0
        assert event["trigger"] is not None


def test_alarms_are_absolute_utc_triggers() -> None:
    """Each alarm is an RFC 5545 absolute trigger (VALUE=DATE-TIME, UTC) that clients accept."""
    data = export(complaint()).decode()
    lines = [line for line in data.splitlines() if line.startswith("TRIGGER")]
    assert len(lines) == data.count("BEGIN:VEVENT") == 4
    assert all(line.startswith("TRIGGER;VALUE=DATE-TIME:") and line.endswith("Z") for line in lines)


def test_letters_and_references_stay_out_of_the_calendar() -> None:
    """The private reference and the letter text are never written to the calendar."""
    data = export(complaint()).decode()
    assert "4711" not in data
    assert "ingebrekestelling" in data  # the summary says what to do ...
    assert "Geachte" not in data  # ... but the letter stays in klacht


def test_reexport_without_changes_is_identical() -> None:
    """Exporting again with nothing changed gives the same bytes (same UIDs, DTSTAMPs)."""
    first = export(complaint())
    assert export(complaint(), previous=first, now=LATER) == first


def test_reexport_updates_moved_events() -> None:
    """A step that moved keeps its UID and gets a higher SEQUENCE and a new DTSTAMP."""
    first = export(complaint())
    moved = complaint(Event("response", TODAY))
    second = export(moved, previous=first, now=LATER)
    before, after = events_of(first), events_of(second)
    uid = ics.uid_for("bolcom-1", "escalate")
    assert after[uid]["start"] != before[uid]["start"]
    assert after[uid]["sequence"] == 1
    assert uid in before


def test_steps_that_are_gone_are_cancelled_not_left_behind() -> None:
    """A step no longer planned (done or dropped) is kept as CANCELLED with a higher SEQUENCE."""
    first = export(complaint())
    done = complaint(Event("resolved", TODAY))
    second = export(done, previous=first, now=LATER)
    after = events_of(second)
    reminder = after[ics.uid_for("bolcom-1", "reminder")]
    assert reminder["status"] == "CANCELLED"
    assert reminder["sequence"] == 1
    assert after[ics.uid_for("bolcom-1", "thanks")]["status"] == "CONFIRMED"
    third = export(done, previous=second, now=LATER + dt.timedelta(days=1))
    assert third == second  # cancelled once, then left as it is


@pytest.mark.parametrize(
    ("day", "utc_hour"),
    [
        (dt.date(2026, 1, 15), 8),  # CET, UTC+1
        (dt.date(2026, 3, 28), 8),  # the day before summer time
        (dt.date(2026, 3, 29), 7),  # the day the clocks go forward: 09:00 is CEST
        (dt.date(2026, 7, 1), 7),  # CEST, UTC+2
        (dt.date(2026, 10, 25), 8),  # the day the clocks go back
    ],
)
def test_alarm_is_at_local_time_across_daylight_saving(day: dt.date, utc_hour: int) -> None:
    """The alarm is 09:00 in Amsterdam on the due day, summer and winter time alike."""
    assert ics.alarm_at(day, "09:00", "Europe/Amsterdam") == dt.datetime(
        day.year, day.month, day.day, utc_hour, tzinfo=dt.UTC
    )


def test_alarm_follows_the_users_time_zone() -> None:
    """Another time zone moves the alarm's UTC moment."""
    day = dt.date(2026, 7, 1)
    assert ics.alarm_at(day, "09:00", "Europe/London").hour == 8


def test_unknown_time_zone_is_refused() -> None:
    """A time zone that does not exist is a user error naming it."""
    with pytest.raises(KlachtError, match="Mars/Olympus"):
        ics.alarm_at(TODAY, "09:00", "Mars/Olympus")


def test_a_file_that_is_not_a_calendar_is_refused() -> None:
    """The export never overwrites a file that is not klacht's calendar."""
    with pytest.raises(KlachtError, match="overschrijft"):
        export(complaint(), previous=b"BEGIN:VCALENDAR\r\nPRODID:-//other//EN\r\nEND:VCALENDAR\r\n")


def test_english_complaints_get_english_summaries() -> None:
    """The summary follows the complaint's language."""
    c = dataclasses.replace(complaint(), lang="en")
    summaries = [e["summary"] for e in events_of(export(c)).values()]
    assert "klacht: send the reminder: Bol.com" in summaries


def test_calendar_holds_posted_complaints_only() -> None:
    """The whole calendar has every step ahead of posted complaints; a draft adds nothing."""
    draft = dataclasses.replace(complaint(), id="kpn-1", events=())
    data, count = ics.calendar([complaint(), draft], settings=Settings(), today=TODAY, now=NOW)
    uids = set(events_of(data))
    assert count == len(uids) == 4
    assert all(uid.startswith("bolcom-1-") for uid in uids)
    descriptions = [str(e["description"]) for e in Calendar.from_ical(data).walk("VEVENT")]
    assert "Bol.com (bolcom-1). De tekst staat klaar in: klacht remind --on 2026-11-26" in (
        descriptions
    )
