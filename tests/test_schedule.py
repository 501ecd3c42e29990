"""The follow-up ladder: pure dates from events, policy and today."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import factories
from klacht.errors import DataFileError, KlachtError
from klacht.followup import lifecycle as followup
from klacht.followup import schedule
from klacht.model import EVENTS, Event

POLICY = schedule.load_policy()
P = dt.date(2026, 11, 2)
D = dt.timedelta


def ev(name: str, day: int) -> Event:
    """An event ``day`` days after P."""
    return Event(name, P + D(day))


def plan(events: list[Event], today: int) -> list[tuple[int, str]]:
    """The schedule as (days after P, action)."""
    return [((i.date - P).days, i.action) for i in schedule.steps(events, POLICY, P + D(today))]


def test_defaults_follow_the_ladder() -> None:
    """The default ladder: reminder day 3, private day 7, formal day 14, disputes after the term."""
    assert plan([ev("posted", 0)], 0) == [
        (3, "reminder"),
        (7, "escalate"),
        (14, "formal"),
        (29, "disputes"),
    ]


def test_provisional_schedule_counts_from_today() -> None:
    """Without a post, the schedule is provisional and counts from today."""
    assert plan([], 5)[0] == (8, "reminder")


def test_reminder_sent_moves_the_next_step() -> None:
    """After the reminder, the private channel keeps the ladder's gap from the reminder."""
    assert plan([ev("posted", 0), ev("reminder-sent", 5)], 5)[0] == (9, "escalate")
    assert plan([ev("posted", 0), ev("reminder-sent", 3)], 3)[0] == (7, "escalate")


def test_late_reminder_is_skipped_once_the_next_step_is_due() -> None:
    """A public reminder whose time has passed is not offered late: the private step is due."""
    assert plan([ev("posted", 0)], 10)[0] == (7, "escalate")
    assert [a for _, a in plan([ev("posted", 0)], 10)].count("reminder") == 0


def test_response_pauses_and_restarts() -> None:
    """A response pauses the chase; it resumes with the private channel after the pause."""
    steps = plan([ev("posted", 0), ev("response", 2)], 2)
    assert steps[0] == (2 + POLICY.restart_after_response, "escalate")


def test_rejection_offers_the_formal_steps() -> None:
    """A rejection skips the reminder and the private channel: the formal letter comes next."""
    steps = plan([ev("posted", 0), ev("rejected", 2)], 2)
    assert [a for _, a in steps] == ["formal", "disputes"]
    assert steps[0][0] == 2 + POLICY.after_rejection


def test_escalation_after_rejection_counts_as_the_formal_letter() -> None:
    """After a rejection, the next 'escalated' is the formal letter: disputes come next."""
    steps = plan([ev("posted", 0), ev("rejected", 2), ev("escalated", 3)], 3)
    assert steps == [(3 + POLICY.formal_term + 1, "disputes")]


def test_resolution_offers_thanks_for_a_while() -> None:
    """A resolution ends the chase and offers a thank-you, which expires after its window."""
    events = [ev("posted", 0), ev("resolved", 4)]
    assert plan(events, 4) == [(4, "thanks")]
    assert plan(events, 4 + POLICY.thanks_window + 1) == []
    assert plan([*events, ev("thanked", 5)], 5) == []


def test_after_disputes_nothing_is_left() -> None:
    """Three escalations (private, formal, disputes) leave nothing to chase."""
    events = [ev("posted", 0), ev("escalated", 7), ev("escalated", 14), ev("escalated", 30)]
    assert plan(events, 30) == []


@pytest.mark.parametrize(
    ("overrides", "match"),
    [
        ({"reminder": 0}, r"schedule\.reminder"),
        ({"reminder": "3"}, r"schedule\.reminder"),
        ({"escalate": 2}, "oplopen"),
        ({"sooner": 1}, "sooner"),
        ({"alarm_time": "9 uur"}, "alarm_time"),
        ({"formal_term": True}, "formal_term"),
    ],
)
def test_bad_overrides_are_refused(overrides: dict[str, object], match: str) -> None:
    """A wrong schedule override in config.yaml names the key."""
    with pytest.raises(DataFileError, match=match):
        schedule.load_policy(overrides)


def test_overrides_change_the_ladder() -> None:
    """A user's override changes the day of a step."""
    policy = schedule.load_policy({"reminder": 2, "restart_after_response": 9})
    items = schedule.steps([ev("posted", 0)], policy, P)
    assert items[0].date == P + D(2)
    assert policy.restart_after_response == 9


def test_default_bodies_come_from_the_data_file() -> None:
    """The disputes bodies and their waiting times come from data/schedule.yaml."""
    weeks = {b.id: b.wait_weeks for b in POLICY.bodies}
    assert weeks["geschillencommissie"] == 4
    assert weeks["kifid"] == 8
    assert {"consumentenombudsdienst", "ecc"} <= set(weeks)


# --- properties -----------------------------------------------------------------------------

_BASE = factories.complaint(id="x-1", company="X", handle="@x", what="kapot", when=P, created=P)
_LATER = [e for e in EVENTS if e != "posted"]


@st.composite
def timelines(draw: st.DrawFn) -> tuple[list[Event], dt.date]:
    """A valid timeline (each event accepted by followup.record) and a today after it."""
    complaint = dataclasses.replace(_BASE, events=(Event("posted", P),))
    day = P
    for _ in range(draw(st.integers(0, 8))):
        day += D(draw(st.integers(0, 12)))
        name = draw(st.sampled_from(_LATER))
        try:
            complaint = followup.record(complaint, name, day, today=day)
        except KlachtError:
            continue
    today = day + D(draw(st.integers(0, 60)))
    return list(complaint.events), today


policies = st.builds(
    lambda r, e, f, t, rs, ar: schedule.load_policy(
        {
            "reminder": r,
            "escalate": r + e,
            "formal": r + e + f,
            "formal_term": t,
            "restart_after_response": rs,
            "after_rejection": ar,
        }
    ),
    st.integers(1, 6),
    st.integers(1, 8),
    st.integers(1, 10),
    st.integers(1, 21),
    st.integers(1, 10),
    st.integers(0, 3),
)


@settings(max_examples=300, deadline=None)
@given(timelines(), policies)
def test_never_before_posting_or_the_last_event(
    case: tuple[list[Event], dt.date], policy: schedule.Policy
) -> None:
    """No step is scheduled before the post, nor before the last thing that happened."""
    events, today = case
    last = max(e.date for e in events)
    for item in schedule.steps(events, policy, today):
        assert item.date >= P
        assert item.date >= last


@settings(max_examples=300, deadline=None)
@given(timelines(), policies)
def test_never_two_reminders(case: tuple[list[Event], dt.date], policy: schedule.Policy) -> None:
    """At most one reminder is planned, and none once a reminder was sent."""
    events, today = case
    actions = [i.action for i in schedule.steps(events, policy, today)]
    sent = any(e.event == "reminder-sent" for e in events)
    assert actions.count("reminder") <= (0 if sent else 1)


@settings(max_examples=300, deadline=None)
@given(timelines(), policies)
def test_sorted_unique_and_one_due_at_a_time(
    case: tuple[list[Event], dt.date], policy: schedule.Policy
) -> None:
    """Steps are strictly in date order, each action once, and at most one is due today."""
    events, today = case
    items = schedule.steps(events, policy, today)
    dates = [i.date for i in items]
    assert dates == sorted(set(dates))
    assert len({i.action for i in items}) == len(items)
    assert sum(1 for i in items if i.date <= today) <= 1


@settings(max_examples=300, deadline=None)
@given(timelines(), policies)
def test_a_response_stops_the_chase(
    case: tuple[list[Event], dt.date], policy: schedule.Policy
) -> None:
    """After a response (the latest news), nothing is due until the pause is over."""
    events, today = case
    latest = sorted(events, key=lambda e: e.date)[-1]
    if latest.event != "response":
        return
    resume = latest.date + D(policy.restart_after_response)
    items = schedule.steps(events, policy, today)
    assert all(i.date >= resume for i in items)
    assert "reminder" not in [i.action for i in items]


@settings(max_examples=300, deadline=None)
@given(timelines(), policies)
def test_resolution_ends_the_chase(
    case: tuple[list[Event], dt.date], policy: schedule.Policy
) -> None:
    """Once resolved, the only thing left is the thank-you; once thanked, nothing."""
    events, today = case
    names = {e.event for e in events}
    actions = [i.action for i in schedule.steps(events, policy, today)]
    if "thanked" in names:
        assert actions == []
    elif "resolved" in names:
        assert actions in ([], ["thanks"])
    else:
        assert "thanks" not in actions


@settings(max_examples=300, deadline=None)
@given(timelines())
def test_doing_the_due_step_moves_on(case: tuple[list[Event], dt.date]) -> None:
    """Recording the due step as done (on today) removes that step from the schedule."""
    events, today = case
    due = [i for i in schedule.steps(events, POLICY, today) if i.date <= today]
    if not due:
        return
    complaint = dataclasses.replace(_BASE, events=tuple(events))
    done = followup.record(complaint, followup.DONE_EVENT[due[0].action], today, today=today)
    after = [i.action for i in schedule.steps(done.events, POLICY, today)]
    assert due[0].action not in after
