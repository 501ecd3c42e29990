"""Golden follow-up texts, nl and en: reviewers read the diff of tests/test_render_followup/."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

import factories
from klacht.followup import lifecycle as followup
from klacht.model import Event
from klacht.storage.config import Settings

if TYPE_CHECKING:
    from pytest_regressions.file_regression import FileRegressionFixture

GOLDEN = Path(__file__).parent / "test_render_followup"
POSTED = dt.date(2026, 11, 2)

_SHARED = {"when": dt.date(2026, 10, 30), "outcome": "repair", "created": POSTED}
BASE = {
    "nl": factories.complaint(
        what="mijn wasmachine is kapot geleverd, de trommel zit los",
        reference="bestelnummer 1234-5678",
        **_SHARED,
    ),
    "en": factories.complaint(
        lang="en",
        what="my washing machine arrived broken, the drum is loose",
        reference="order 1234-5678",
        **_SHARED,
    ),
}

# name -> (events as (event, days after the post), the action whose text is checked)
CASES = {
    "reminder": ([("posted", 0)], "reminder"),
    "escalate": ([("posted", 0), ("reminder-sent", 3), ("response", 4)], "escalate"),
    "formal": ([("posted", 0), ("reminder-sent", 3), ("escalated", 7)], "formal"),
    "formal_rejected": ([("posted", 0), ("escalated", 6), ("rejected", 9)], "formal"),
    "disputes": ([("posted", 0), ("escalated", 7), ("escalated", 14)], "disputes"),
    "thanks": ([("posted", 0), ("response", 2), ("resolved", 5)], "thanks"),
}


def rendered(lang: str, case: str, **fields: str) -> str:
    """The text of the case's step, on the day it is due."""
    events, action = CASES[case]
    timeline = tuple(Event(name, POSTED + dt.timedelta(days)) for name, days in events)
    c = dataclasses.replace(BASE[lang], events=timeline, **fields)  # type: ignore[arg-type]
    today = timeline[-1].date
    items = followup.plan(c, today=today, settings=Settings())
    item = next(i for i in items if i.action == action)
    return followup.plan(c, today=item.date, settings=Settings())[0].text + "\n"


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("case", sorted(CASES))
def test_golden_text(file_regression: FileRegressionFixture, lang: str, case: str) -> None:
    """Each follow-up text renders as its reviewed golden file."""
    file_regression.check(
        rendered(lang, case), extension=".txt", fullpath=GOLDEN / f"{case}_{lang}.txt"
    )


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_golden_email_reminder_has_no_handle(
    file_regression: FileRegressionFixture, lang: str
) -> None:
    """On e-mail the reminder is a reply, without an @handle in front."""
    text = rendered(lang, "reminder", platform="email", handle="service@bol.com")
    assert not text.startswith("service@")
    file_regression.check(text, extension=".txt", fullpath=GOLDEN / f"reminder_email_{lang}.txt")


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("case", ["reminder", "thanks"])
def test_public_texts_fit_on_x(lang: str, case: str) -> None:
    """The public reminder and thank-you fit X's 280 characters."""
    from klacht.writing import counting

    assert counting.measure(rendered(lang, case).strip(), "x") <= 280
