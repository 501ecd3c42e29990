"""Status, event checks, the plan with texts, and what is due."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

import factories
from klacht.errors import KlachtError
from klacht.followup import lifecycle as followup
from klacht.model import Complaint, Event
from klacht.storage.config import Settings

TODAY = dt.date(2026, 11, 23)
POSTED = dt.date(2026, 11, 10)


def make(*events: tuple[str, dt.date], lang: str = "nl", **fields: object) -> Complaint:
    """A complaint with the given events."""
    return factories.complaint(
        lang=lang,
        created=dt.date(2026, 11, 9),
        events=tuple(Event(name, day) for name, day in events),
        **fields,
    )


@pytest.mark.parametrize(
    ("events", "expected"),
    [
        ((), "draft"),
        ((("posted", POSTED),), "posted"),
        ((("posted", POSTED), ("reminder-sent", TODAY)), "reminded"),
        ((("posted", POSTED), ("response", TODAY)), "response"),
        ((("posted", POSTED), ("escalated", TODAY)), "escalated"),
        ((("posted", POSTED), ("rejected", TODAY)), "rejected"),
        ((("posted", POSTED), ("resolved", TODAY)), "resolved"),
        ((("posted", POSTED), ("resolved", TODAY), ("thanked", TODAY)), "thanked"),
        ((("posted", POSTED), ("response", TODAY), ("reminder-sent", POSTED)), "response"),
    ],
)
def test_status_follows_the_latest_event(
    events: tuple[tuple[str, dt.date], ...], expected: str
) -> None:
    """The status is the most recent event's, by date, and a draft has no post."""
    assert followup.status(make(*events)) == expected


@pytest.mark.parametrize(
    ("events", "event", "on", "match"),
    [
        ((("posted", POSTED),), "bogus", TODAY, "Onbekende gebeurtenis 'bogus'"),
        ((("posted", POSTED),), "response", TODAY + dt.timedelta(1), "toekomst"),
        ((("posted", POSTED),), "response", POSTED - dt.timedelta(1), "vóór het plaatsen"),
        ((("posted", POSTED),), "posted", TODAY, "al geplaatst op 10 november 2026"),
        ((), "posted", dt.date(2026, 10, 1), "vóór het voorval"),
        ((), "response", TODAY, "nog niet geplaatst"),
        ((("posted", POSTED), ("resolved", TODAY)), "reminder-sent", TODAY, "al opgelost"),
        (
            (("posted", POSTED), ("reminder-sent", POSTED)),
            "reminder-sent",
            TODAY,
            "één herinnering",
        ),
        ((("posted", POSTED), ("rejected", TODAY)), "reminder-sent", TODAY, "afgewezen"),
        ((("posted", POSTED),), "thanked", TODAY, "nog niet opgelost"),
        (
            (("posted", POSTED), ("resolved", TODAY), ("thanked", TODAY)),
            "thanked",
            TODAY,
            "bedankt",
        ),
    ],
)
def test_events_that_do_not_fit_are_refused(
    events: tuple[tuple[str, dt.date], ...], event: str, on: dt.date, match: str
) -> None:
    """Bad events get a clear Dutch message naming what is wrong."""
    with pytest.raises(KlachtError, match=match):
        followup.record(make(*events), event, on, today=TODAY)


def test_messages_follow_the_complaints_language() -> None:
    """An English complaint gets English messages."""
    with pytest.raises(KlachtError, match="one reminder is enough"):
        followup.record(
            make(("posted", POSTED), ("reminder-sent", POSTED), lang="en"),
            "reminder-sent",
            TODAY,
            today=TODAY,
        )


def test_record_keeps_the_timeline_in_date_order() -> None:
    """A back-dated event is put in its place, with its note."""
    c = make(("posted", POSTED), ("response", TODAY))
    updated = followup.record(
        c, "reminder-sent", POSTED + dt.timedelta(3), " zaak 77 ", today=TODAY
    )
    assert [e.event for e in updated.events] == ["posted", "reminder-sent", "response"]
    assert updated.events[1].note == "zaak 77"
    assert c.events == make(("posted", POSTED), ("response", TODAY)).events  # frozen original


def test_plan_renders_each_step_in_the_complaints_language() -> None:
    """Each planned step has its ready text; an English complaint gets English texts."""
    items = followup.plan(make(("posted", TODAY), lang="en"), today=TODAY, settings=Settings())
    assert [i.action for i in items] == ["reminder", "escalate", "formal", "disputes"]
    assert items[0].text.startswith("@bolcom A friendly reminder")
    assert "formally put you on notice" in items[2].text


def test_plan_of_a_draft_is_provisional_from_today() -> None:
    """A complaint that is not posted yet gets a schedule counted from today."""
    items = followup.plan(make(), today=TODAY, settings=Settings())
    assert items[0].date == TODAY + dt.timedelta(3)
    assert followup.next_step(make(), today=TODAY, settings=Settings()) is None


def test_formal_letter_is_dated_when_sent_with_its_deadline() -> None:
    """An overdue formal letter carries today's date and a deadline a term later."""
    c = make(("posted", dt.date(2026, 10, 1)), ("escalated", dt.date(2026, 10, 8)))
    items = followup.plan(c, today=TODAY, settings=Settings())
    assert items[0].action == "formal"
    assert items[0].date < TODAY
    assert "23 november 2026" in items[0].text
    assert "uiterlijk 7 december 2026" in items[0].text


def test_due_lists_only_what_is_due_with_texts() -> None:
    """Due items are those dated on or before the day, across complaints, with texts."""
    silent = make(("posted", POSTED))
    fresh = make(("posted", TODAY), id="kpn-1", company="KPN", handle="@kpn")
    draft = make(id="ns-1")
    due = followup.due([silent, fresh, draft], on=TODAY, settings=Settings())
    assert [(c.id, i.action) for c, i in due] == [("bolcom-1", "escalate")]
    assert "schriftelijk" in due[0][1].text


def test_settings_override_the_ladder() -> None:
    """A schedule override in the settings moves the reminder."""
    items = followup.plan(
        make(("posted", TODAY)), today=TODAY, settings=Settings(schedule={"reminder": 2})
    )
    assert items[0].date == TODAY + dt.timedelta(2)


@pytest.mark.parametrize(
    ("fields", "first"),
    [
        ({}, "geschillencommissie"),
        ({"company": "ING Bank"}, "kifid"),
        ({"what": "mijn verzekering keert niet uit"}, "kifid"),
        ({"platform": "email", "handle": "info@winkel.be"}, "consumentenombudsdienst"),
    ],
)
def test_the_fitting_disputes_body_comes_first(fields: dict[str, str], first: str) -> None:
    """Financial services put Kifid first, a Belgian address the Belgian ombudsman."""
    policy = followup.policy_for(Settings())
    bodies = followup.pick_bodies(make(**fields), policy.bodies)
    assert bodies[0].id == first
    assert bodies[-1].id == "ecc"


def test_user_values_stay_data_in_texts() -> None:
    """Template syntax in the user's words is printed as it is, never run."""
    c = make(("posted", POSTED), what="{{ 7 * 7 }} {% if true %}x{% endif %}")
    text = followup.plan(c, today=POSTED, settings=Settings())[1].text
    assert "{{ 7 * 7 }}" in text
    assert "49" not in text


@pytest.mark.parametrize(
    "section", ["labels", "messages", "wants", "hints", "ui", "dossier", "calendar"]
)
def test_every_word_exists_in_both_languages(section: str) -> None:
    """data/followup.yaml has the same keys in Dutch and English, so no text is missing."""
    assert followup.words(section, "nl").keys() == followup.words(section, "en").keys()


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_action_status_and_event_has_a_label(lang: str) -> None:
    """Each schedule action, status and event has its own word (never the raw key)."""
    from klacht.followup.schedule import ACTIONS
    from klacht.model import EVENTS

    assert {*ACTIONS, *followup.STATUSES, *EVENTS} <= followup.words("labels", lang).keys()
    assert set(ACTIONS) <= followup.words("hints", lang).keys()
    assert set(ACTIONS) <= followup.words("calendar", lang).keys()


def test_wants_cover_every_outcome_but_other() -> None:
    """Every stock outcome has a third-party description; 'other' uses the consumer's words."""
    c = make(("posted", POSTED), outcome="other", outcome_detail="  een nieuwe  fiets. ")
    assert followup.wants_text(c) == "een nieuwe fiets"
    from klacht.model import OUTCOMES

    for outcome in (o for o in OUTCOMES if o != "other"):
        assert followup.wants_text(dataclasses.replace(c, outcome=outcome, outcome_detail=""))
