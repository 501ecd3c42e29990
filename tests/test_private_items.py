"""Details moved to the private message: public texts name them, private texts keep them."""

from __future__ import annotations

import datetime as dt
import json
from typing import TYPE_CHECKING

import pytest

from klacht.cli import app
from klacht.followup import lifecycle
from klacht.model import PrivateItem, ScheduleItem
from klacht.screens.wizard import Draft
from klacht.storage.config import Settings
from klacht.storage.store import Store
from klacht.writing.compose import build_complaint
from klacht.writing.hidden import items_from_text, items_to_text
from test_wizard import TODAY, run

if TYPE_CHECKING:
    from pathlib import Path

    from typer.testing import CliRunner

PHONE = "0470 12 34 56"
IBAN = "NL91ABNA0417164300"
STORY = f"Mijn koelkast is kapot. Bel me op {PHONE} of stort terug op {IBAN}."
SCRIPT = [
    "Bol",  # company
    "1",  # platform: x
    "@bolcom",  # handle
    "n",  # remember in address book? no
    STORY,  # what
    "20-11",  # when
    "",  # tried
    "order 123",  # reference
    "",  # impact
    "1",  # outcome: refund
    "",  # outcome detail
    "j",  # move the IBAN to the private message
    "j",  # move the phone number too
    "a",  # accept the post
    "a",  # accept the private message
    "n",  # not posted yet
]


@pytest.fixture(autouse=True)
def no_spelling(klacht_home: Path) -> None:
    """Spelling off: these tests are about privacy, not the dictionary."""
    klacht_home.mkdir(parents=True, exist_ok=True)
    (klacht_home / "config.yaml").write_text("spelling: 'off'\n", encoding="utf-8")


def saved_complaint() -> str:
    """Run the wizard with both moves accepted, store the result; return its id."""
    result, _, _ = run(SCRIPT)
    complaint = build_complaint(
        {**result.answers, "lang": "nl"},
        complaint_id="bol-1",
        today=TODAY,
        post=result.post,
        posted_on=dt.date(2026, 11, 20),
        private_message=result.private_message,
        name="Anna de Vries",
        private_items=result.private_items,
    )
    Store().save(complaint, new=True)
    return complaint.id


def test_public_post_names_the_moved_details() -> None:
    """The post says the number and the account follow privately, and shows neither."""
    result, _, _ = run(SCRIPT)
    assert PHONE not in result.post
    assert IBAN not in result.post
    assert "Bel me op het telefoonnummer dat ik privé stuur" in result.post
    assert "stort terug op het rekeningnummer dat ik privé stuur" in result.post
    assert "(stuur ik privé)" not in result.post


def test_answers_and_private_message_keep_the_real_details() -> None:
    """The stored story and the private message hold the real number, no placeholder."""
    result, _, _ = run(SCRIPT)
    assert result.answers["what"] == STORY
    assert result.private_message is not None
    assert f"Bel me op {PHONE} of stort terug op {IBAN}." in result.private_message
    assert "privé stuur" not in result.private_message
    assert "(stuur ik privé)" not in result.answers.get("reference", "")


def test_stored_complaint_keeps_the_items_and_the_real_story() -> None:
    """The complaint on disk lists what was moved and keeps the story as typed."""
    stored = Store().load(saved_complaint())
    assert stored.what == STORY
    assert {(i.kind, i.text) for i in stored.private_items} == {("phone", PHONE), ("iban", IBAN)}
    assert PHONE not in stored.post
    assert IBAN in stored.private_message


def test_escalation_letter_keeps_the_real_number() -> None:
    """The escalation letter, a private text, tells the story with the real number."""
    complaint = Store().load(saved_complaint())
    policy = lifecycle.policy_for(Settings(spelling="off"))
    item = ScheduleItem(TODAY, "escalate")
    letter = lifecycle.render_step(complaint, item, today=TODAY, policy=policy)
    assert PHONE in letter
    assert "privé stuur" not in letter


def test_export_and_reply_dm_keep_the_real_number(runner: CliRunner, tmp_path: Path) -> None:
    """The dossier shows the real story; the DM drafted by reply holds the real number."""
    complaint_id = saved_complaint()
    out = tmp_path / "dossier.md"
    assert runner.invoke(app, ["export", complaint_id, "-o", str(out)]).exit_code == 0
    dossier = out.read_text(encoding="utf-8")
    assert f"Bel me op {PHONE}" in dossier
    asked = "Vervelend! Stuur je ons een DM met je gegevens?"
    result = runner.invoke(app, ["reply", complaint_id, asked, "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert PHONE not in data["draft"]
    assert f"Bel me op {PHONE} of stort terug op {IBAN}." in data["private"]
    assert "privé stuur" not in data["private"]


def test_a_moved_detail_is_not_offered_again() -> None:
    """Going back to the tone step does not ask again about an item already moved."""
    script = [*SCRIPT[:13], "t", "4", *SCRIPT[13:]]
    result, prompter, _ = run(script)
    offers = [p for p in prompter.asked if "naar het privébericht verplaatsen" in p]
    assert len(offers) == 2
    assert PHONE not in result.post


def test_a_resumed_draft_keeps_the_moved_items() -> None:
    """A resumed draft with moved items still names them in the post, not asking again."""
    moved = [PrivateItem("phone", PHONE), PrivateItem("iban", IBAN)]
    answers = {"company": "Bol", "platform": "x", "handle": "@bolcom", "what": STORY}
    saved = items_from_text(items_to_text(moved))
    draft = Draft("concept-1", "nl", answers, step=4, private_items=saved)
    result, prompter, _ = run([*SCRIPT[5:11], *SCRIPT[13:]], draft=draft)
    assert not any("verplaatsen" in p for p in prompter.asked)
    assert PHONE not in result.post
    assert set(result.private_items) == set(moved)


def test_a_damaged_draft_value_moves_nothing() -> None:
    """A draft whose list of moved items is not readable gives an empty list, no crash."""
    assert items_from_text("not json") == []
    assert items_from_text('{"a": 1}') == []
