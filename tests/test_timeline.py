"""One timeline model: each event once, status forward, dates that agree, dated letters."""

from __future__ import annotations

import dataclasses
import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

import factories
from klacht.errors import KlachtError
from klacht.followup import dossier, lifecycle, timeline
from klacht.model import Complaint, Event
from klacht.storage.config import Settings
from klacht.writing.anchoring import anchor, drop_deadlines
from klacht.writing.render import format_date

START = dt.date(2026, 11, 2)
LATER_EVENTS = ("reminder-sent", "escalated", "response", "rejected", "resolved", "thanked")

steps = st.lists(
    st.tuples(st.sampled_from(LATER_EVENTS), st.integers(min_value=0, max_value=12)),
    max_size=8,
)


def replay(pairs: list[tuple[str, int]]) -> tuple[list[Complaint], dt.date]:
    """Post on START, then record each (event, days later) the timeline accepts.

    Returns the complaint after each accepted event, and the last day.
    """
    c = factories.complaint(created=START, events=(Event("posted", START),))
    day = START
    history = [c]
    for event, gap in pairs:
        day += dt.timedelta(gap)
        try:
            c = lifecycle.record(c, event, day, today=day)
        except KlachtError:
            continue
        history.append(c)
    return history, day


@given(steps)
@settings(max_examples=60, deadline=None)
def test_status_never_moves_back(pairs: list[tuple[str, int]]) -> None:
    """Whatever is recorded, in whatever order the timeline accepts, the status only advances."""
    history, _ = replay(pairs)
    ranks = [lifecycle._PROGRESS.index(lifecycle.status(c)) for c in history]
    assert ranks == sorted(ranks)


@given(steps)
@settings(max_examples=60, deadline=None)
def test_each_event_is_counted_once(pairs: list[tuple[str, int]]) -> None:
    """Every text that went out stands for its own event: no step twice, none made up."""
    history, _ = replay(pairs)
    line = timeline.read(history[-1].events)
    actions = [action for action, _ in line.sent]
    assert len(actions) == len(set(actions))
    escalations = [e for e in line.events if e.event == "escalated"]
    rungs = [d for d in (line.escalated, line.formal, line.disputes) if d is not None]
    assert len(rungs) == min(len(escalations), len(rungs))
    assert len(rungs) <= len(escalations)
    assert [d for _, d in line.sent] == sorted(d for _, d in line.sent)


@given(steps, st.integers(min_value=0, max_value=40))
@settings(max_examples=60, deadline=None)
def test_every_scheduled_date_is_the_date_its_text_names(
    pairs: list[tuple[str, int]], wait: int
) -> None:
    """A formal letter is dated its step's day (or today, when late); the disputes note says
    the body takes the case on the very day the step is planned.
    """
    history, last = replay(pairs)
    today = last + dt.timedelta(wait)
    for item in lifecycle.plan(history[-1], today=today, settings=Settings()):
        if item.action == "formal":
            assert format_date(max(item.date, today), "nl") in item.text
        if item.action == "disputes":
            assert f"vanaf ongeveer {format_date(item.date, 'nl')}" in item.text


def test_disputes_note_counts_a_formal_letter_after_a_rejection_once() -> None:
    """After a rejection the escalation is the formal letter: not also a 'written' contact."""
    c = factories.complaint(
        created=START,
        events=(
            Event("posted", START),
            Event("reminder-sent", dt.date(2026, 11, 5)),
            Event("rejected", dt.date(2026, 11, 8)),
            Event("escalated", dt.date(2026, 11, 9)),
        ),
    )
    (item,) = lifecycle.plan(c, today=dt.date(2026, 11, 10), settings=Settings())
    assert item.action == "disputes"
    assert "op 5 november 2026 een herinnering gestuurd" in item.text
    assert "schriftelijk om een oplossing" not in item.text
    assert item.text.count("9 november 2026") == 1
    assert f"vanaf ongeveer {format_date(item.date, 'nl')}" in item.text


def test_disputes_step_waits_for_the_body() -> None:
    """The disputes step is due when the body takes the case (4 weeks after the formal letter)."""
    c = factories.complaint(
        created=START,
        events=(
            Event("posted", START),
            Event("escalated", dt.date(2026, 11, 9)),
            Event("escalated", dt.date(2026, 11, 16)),
        ),
    )
    (item,) = lifecycle.plan(c, today=dt.date(2026, 11, 17), settings=Settings())
    assert (item.action, item.date) == ("disputes", dt.date(2026, 12, 14))


def test_anchor_turns_relative_words_into_dates() -> None:
    """'al 5 dagen', 'gisteren', 'twee weken geleden' become dates counted from writing."""
    written = dt.date(2026, 11, 22)
    assert anchor("Mijn internet ligt al 5 dagen plat.", "nl", written) == (
        "Mijn internet ligt sinds 17 november plat."
    )
    assert anchor("Gisteren belde ik.", "nl", written) == "Op 21 november belde ik."
    assert anchor("twee weken geleden", "nl", written) == "rond 8 november"
    assert anchor("down for 5 days", "en", written) == "down since 17 November"
    assert anchor("Het gebeurde op 3 november.", "nl", written) == "Het gebeurde op 3 november."


def test_drop_deadlines_leaves_the_letters_own_term() -> None:
    """The first post's 'binnen 2 dagen' is left out of later letters."""
    assert drop_deadlines("Ik wil binnen 2 dagen weer internet.", "nl") == "Ik wil weer internet."
    assert drop_deadlines("Fix it within 3 working days.", "en") == "Fix it."


def test_replayed_thirty_days_have_no_stale_words_and_a_full_dossier() -> None:
    """A 30-day follow-up: later letters name dates, and the dossier holds every text sent."""
    c = factories.complaint(
        company="Ziggo",
        handle="@ziggo",
        what="Mijn internet ligt al 5 dagen plat.",
        outcome="other",
        outcome_detail="Ik wil binnen 2 dagen weer internet.",
        when=dt.date(2026, 10, 28),
        created=START,
    )
    c = dataclasses.replace(c, post="@ziggo Mijn internet ligt al 5 dagen plat.")
    c = dataclasses.replace(c, private_message="Beste Ziggo, de details.")
    day = START
    c = lifecycle.record(c, "posted", day, today=day)
    for event, on in (
        ("reminder-sent", dt.date(2026, 11, 5)),
        ("escalated", dt.date(2026, 11, 9)),
        ("response", dt.date(2026, 11, 12)),
        ("escalated", dt.date(2026, 11, 20)),
    ):
        c = lifecycle.record(c, event, on, today=on)
    today = START + dt.timedelta(30)
    sent = lifecycle.sent_texts(c, settings=Settings())
    assert [(what, on.isoformat()) for what, on, _ in sent] == [
        ("post", "2026-11-02"),
        ("private", "2026-11-02"),
        ("reminder", "2026-11-05"),
        ("escalate", "2026-11-09"),
        ("formal", "2026-11-20"),
    ]
    later = [text for what, _, text in sent if what in ("escalate", "formal")]
    later += [i.text for i in lifecycle.plan(c, today=today, settings=Settings())]
    for text in later:
        assert "al 5 dagen" not in text
        assert "binnen 2 dagen" not in text
    assert "sinds 28 oktober" in later[0]
    text = dossier.render_dossier(c, today=today, settings=Settings())
    for _, on, body in sent:
        assert format_date(on, "nl") in text
        assert body.strip().splitlines()[0] in text
