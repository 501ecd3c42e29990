"""The link to the posted post: stored by `log --url` and `post_url`, used by reminder links."""

from __future__ import annotations

import datetime as dt
import json
from typing import TYPE_CHECKING, Any

import pytest
import yaml

import factories
from klacht.cli import app
from klacht.model import Event
from klacht.storage.store import Store
from klacht.writing import platforms

if TYPE_CHECKING:
    from pathlib import Path

    from typer.testing import CliRunner

POST = "https://x.com/jan/status/1862000000000000001"


def save(cid: str = "bolcom-1", posted: str | None = "2026-11-20", **fields: Any) -> None:
    """Store a complaint, posted on ``posted`` (None: not posted)."""
    events = (Event("posted", dt.date.fromisoformat(posted)),) if posted else ()
    Store().save(factories.complaint(id=cid, events=events, **fields))


def test_log_posted_url_adds_the_link_to_a_post_recorded_earlier(runner: CliRunner) -> None:
    """`log ID posted --url` on a posted complaint stores the link and adds no second event."""
    save()
    result = runner.invoke(app, ["log", "bolcom-1", "posted", "--url", POST])
    assert result.exit_code == 0, result.output
    assert "Link naar je bericht bewaard" in result.output
    complaint = Store().load("bolcom-1")
    assert complaint.post_url == POST
    assert [e.event for e in complaint.events] == ["posted"]


def test_log_posted_url_records_the_post_and_its_link(runner: CliRunner) -> None:
    """On a complaint not yet posted, `posted --url` records both the event and the link."""
    save(posted=None)
    result = runner.invoke(app, ["log", "bolcom-1", "posted", "--on", "2026-11-21", "--url", POST])
    assert result.exit_code == 0, result.output
    complaint = Store().load("bolcom-1")
    assert complaint.post_url == POST
    assert complaint.events == (Event("posted", dt.date(2026, 11, 21)),)


@pytest.mark.parametrize(
    ("url", "platform"),
    [
        ("https://x.com/jan", "x"),  # a profile, not a post
        ("javascript:alert(1)", "x"),
        ("https://evil.example/jan/status/1", "x"),
        ("https://bsky.app/profile/jan.bsky.social", "bluesky"),
    ],
)
def test_log_refuses_a_link_that_is_no_post(runner: CliRunner, url: str, platform: str) -> None:
    """A link that is not a post on the complaint's platform: exit 2, an example, nothing stored."""
    save(platform=platform, handle=factories.HANDLES[platform])
    result = runner.invoke(app, ["log", "bolcom-1", "posted", "--url", url])
    assert result.exit_code == 2
    assert "geen link naar een bericht" in result.output
    assert platforms.POST_URL_EXAMPLES[platform] in result.output
    assert Store().load("bolcom-1").post_url == ""


def test_url_goes_only_with_posted(runner: CliRunner) -> None:
    """`--url` with another event is refused with exit 2 and nothing is recorded."""
    save()
    result = runner.invoke(app, ["log", "bolcom-1", "response", "--url", POST])
    assert result.exit_code == 2
    assert "--url hoort bij 'posted'" in result.output
    assert [e.event for e in Store().load("bolcom-1").events] == ["posted"]


def test_an_email_complaint_has_no_post_link(runner: CliRunner) -> None:
    """E-mail has no public post: the link is refused with a sentence."""
    save(platform="email", handle=factories.HANDLES["email"])
    result = runner.invoke(app, ["log", "bolcom-1", "posted", "--url", POST])
    assert result.exit_code == 2
    assert "geen openbaar bericht" in result.output


def test_day_three_reminder_replies_to_the_stored_post(runner: CliRunner) -> None:
    """A complaint with a stored X post link gets a day-3 reminder whose url replies to it."""
    save(post_url=POST)
    result = runner.invoke(app, ["remind", "--json", "--on", "2026-11-23"])
    assert result.exit_code == 0
    (item,) = json.loads(result.stdout)["due"]
    assert item["action"] == "reminder"
    assert item["url"].startswith(
        "https://x.com/intent/tweet?in_reply_to=1862000000000000001&text="
    )
    assert "vriendelijke%20herinnering" in item["url"]


def test_reminder_without_a_post_link_opens_a_new_post(runner: CliRunner) -> None:
    """Without a stored link the reminder's url is X's documented intent/tweet compose link."""
    save()
    result = runner.invoke(app, ["remind", "--json", "--on", "2026-11-23"])
    (item,) = json.loads(result.stdout)["due"]
    assert item["url"].startswith("https://x.com/intent/tweet?text=")


def test_reminder_url_is_null_where_the_platform_has_no_link(runner: CliRunner) -> None:
    """Facebook without a stored post: `url` is null."""
    save(platform="facebook", handle="bol")
    result = runner.invoke(app, ["remind", "--json", "--on", "2026-11-23"])
    (item,) = json.loads(result.stdout)["due"]
    assert item["url"] is None


def test_a_bluesky_reminder_opens_the_post_to_reply(runner: CliRunner) -> None:
    """Bluesky has no reply link: the reminder's url is the post itself."""
    url = "https://bsky.app/profile/jan.bsky.social/post/3lbxyz2abcd2k"
    save(platform="bluesky", handle="@bol.bsky.social", post_url=url)
    result = runner.invoke(app, ["remind", "--json", "--on", "2026-11-23"])
    (item,) = json.loads(result.stdout)["due"]
    assert item["url"] == url


def test_mastodon_links_go_through_the_users_instance(runner: CliRunner, klacht_home: Path) -> None:
    """With `mastodon_instance` in config.yaml, the reminder opens that server's share page."""
    klacht_home.mkdir(parents=True)
    (klacht_home / "config.yaml").write_text("mastodon_instance: https://mastodon.nl/\n")
    save(platform="mastodon", handle="@bol@mastodon.social")
    result = runner.invoke(app, ["remind", "--json", "--on", "2026-11-23"])
    assert result.exit_code == 0, result.output
    (item,) = json.loads(result.stdout)["due"]
    assert item["url"].startswith("https://mastodon.nl/share?text=")


def test_answers_file_stores_the_post_url(runner: CliRunner, tmp_path: Path) -> None:
    """`post_url` in an answers file is stored on the complaint (twitter.com becomes x.com)."""
    data = {
        "company": "Bol",
        "platform": "x",
        "handle": "@bolcom",
        "what": "Mijn wasmachine is niet geleverd, terwijl ik betaald heb.",
        "when": "2026-11-20",
        "outcome": "refund",
        "post_url": "https://twitter.com/jan/status/1862000000000000001",
    }
    path = tmp_path / "a.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    result = runner.invoke(app, ["new", "--answers", str(path), "--json"])
    assert result.exit_code == 0, result.output
    complaint = Store().load(json.loads(result.stdout)["id"])
    assert complaint.post_url == POST


def test_answers_file_refuses_a_bad_post_url(runner: CliRunner, tmp_path: Path) -> None:
    """A `post_url` that is no post: exit 2, the key named, nothing stored."""
    data = {
        "company": "Bol",
        "platform": "x",
        "handle": "@bolcom",
        "what": "Mijn wasmachine is niet geleverd, terwijl ik betaald heb.",
        "when": "2026-11-20",
        "outcome": "refund",
        "post_url": "https://x.com/bolcom",
    }
    path = tmp_path / "a.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    result = runner.invoke(app, ["new", "--answers", str(path)])
    assert result.exit_code == 2
    assert "post_url:" in result.output
    assert Store().all() == []


@pytest.mark.parametrize(
    ("platform", "expected"),
    [
        ("x", "https://x.com/intent/tweet?text=hoi"),
        ("threads", "https://www.threads.com/intent/post?text=hoi"),
        ("bluesky", "https://bsky.app/intent/compose?text=hoi"),
        ("linkedin", ""),  # LinkedIn documents no link that prefills a text
        ("mastodon", ""),  # no instance known
    ],
)
def test_compose_links_are_the_documented_ones(platform: str, expected: str) -> None:
    """Each platform's compose link is its documented one, or none."""
    assert platforms.compose_link(platform, "hoi") == expected


def test_copy_without_a_clipboard_prints_the_text_plain(
    console: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """[c] without a clipboard tool prints the text again, plain and without a border."""
    from klacht.commands import remind as followup_cli
    from klacht.followup import lifecycle as followup
    from klacht.screens import effects
    from klacht.storage.config import Settings

    monkeypatch.setattr(effects, "copy_to_clipboard", lambda text: False)
    save()
    due = followup.due(Store().all(), on=dt.date(2026, 11, 23), settings=Settings())
    pressed = ["c", "s"]
    followup_cli.interactive(
        console, Store(), due, dt.date(2026, 11, 23), getchar=lambda: pressed.pop(0)
    )
    out = console.file.getvalue()
    after = out.split("kopieer hem:")[1]
    first_line = after.strip().splitlines()[0]
    assert first_line.startswith("@bolcom Een vriendelijke herinnering")
    assert "│" not in after.split("[d]")[0]


def test_show_prints_the_post_link_whole(runner: CliRunner) -> None:
    """`show` prints the stored link on one line, never wrapped."""
    long_url = POST + "?s=20&t=" + "a" * 90
    save(post_url=long_url)
    result = runner.invoke(app, ["show", "bolcom-1"])
    assert result.exit_code == 0
    assert long_url in result.output


def test_prompter_never_wraps_a_line_with_a_link(console: Any) -> None:
    """A wizard line holding a link is printed whole, whatever the terminal's width."""
    from klacht.screens.ui import RichPrompter

    url = "https://x.com/search?q=" + "bol" * 40
    RichPrompter(console, "nl").say(f"Zoek het account: {url}")
    assert url in console.file.getvalue()
