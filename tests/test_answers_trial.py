"""Answers files and accounts as a new user writes them: page links, empty and unknown values."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import pytest

from klacht.cli import app
from test_new_cli import answers, stored, write
from test_wizard import BASIC, run

if TYPE_CHECKING:
    from pathlib import Path

    from typer.testing import CliRunner


@pytest.fixture(autouse=True)
def no_spelling(klacht_home: Path) -> None:
    """Spelling off: these tests are about the answers, not the dictionary."""
    klacht_home.mkdir(parents=True, exist_ok=True)
    (klacht_home / "config.yaml").write_text("spelling: 'off'\n", encoding="utf-8")


@pytest.mark.parametrize(
    ("platform", "handle", "kept"),
    [
        ("facebook", "https://www.facebook.com/Proximus", "Proximus"),
        ("facebook", "facebook.com/Proximus/", "Proximus"),
        ("facebook", "https://m.facebook.com/Proximus?ref=bookmarks", "Proximus"),
        ("linkedin", "https://www.linkedin.com/company/proximus/", "proximus"),
        ("mastodon", "https://mastodon.nl/@ns", "@ns@mastodon.nl"),
        ("instagram", "https://www.instagram.com/bol/", "@bol"),
    ],
)
def test_a_page_url_is_taken_as_the_account(
    runner: CliRunner, tmp_path: Path, platform: str, handle: str, kept: str
) -> None:
    """A profile or page link in an answers file is accepted and stored as the account."""
    path = write(tmp_path, answers(platform=platform, handle=handle))
    result = runner.invoke(app, ["new", "--answers", str(path), "--json"])
    assert result.exit_code == 0, result.output
    complaint_id = json.loads(result.stdout)["id"]
    shown = json.loads(runner.invoke(app, ["show", complaint_id, "--json"]).stdout)
    assert shown["handle"] == kept


def test_a_facebook_profile_id_link_is_still_refused(runner: CliRunner, tmp_path: Path) -> None:
    """A numeric profile.php link names no page: refused with exit 2, nothing stored."""
    link = "https://www.facebook.com/profile.php?id=100064"
    path = write(tmp_path, answers(platform="facebook", handle=link))
    result = runner.invoke(app, ["new", "--answers", str(path)])
    assert result.exit_code == 2
    assert "geen geldig account voor Facebook" in result.output


def test_wizard_takes_a_facebook_page_link() -> None:
    """In the wizard, facebook.com/Proximus is the account Proximus; the post mentions it."""
    script = ["Proximus", "5", "facebook.com/Proximus", *BASIC[3:], "a", "a", "n"]
    result, prompter, _ = run(script)
    assert result.answers["handle"] == "Proximus"
    assert not any("geen geldig account" in p for p in prompter.asked)
    assert result.post.startswith("@Proximus ")


@pytest.mark.parametrize("empty", [[], "", "  "])
def test_an_empty_outcome_is_refused(runner: CliRunner, tmp_path: Path, empty: Any) -> None:
    """outcome: [] (or empty text) is a missing required key: exit 2, nothing stored."""
    result = runner.invoke(app, ["new", "--answers", str(write(tmp_path, answers(outcome=empty)))])
    assert result.exit_code == 2
    assert "outcome: is leeg, maar is verplicht" in result.output
    assert stored(tmp_path / "klacht") == []


def test_an_empty_required_text_is_refused_in_english(runner: CliRunner, tmp_path: Path) -> None:
    """An empty platform is named as empty and required, in the file's language."""
    path = write(tmp_path, answers(lang="en", platform=""))
    result = runner.invoke(app, ["new", "--answers", str(path)])
    assert result.exit_code == 2
    assert "platform: is empty, but it is required" in result.output


def test_an_unknown_outcome_lists_the_file_values(runner: CliRunner, tmp_path: Path) -> None:
    """An unknown outcome in a file lists the keys (with their words), not the wizard's menu."""
    path = write(tmp_path, answers(outcome="geld terug en een bloemetje, graag"))
    result = runner.invoke(app, ["new", "--answers", str(path)])
    assert result.exit_code == 2
    assert "refund (geld terug), repair (reparatie)," in " ".join(result.output.split())
    assert "Kies een nummer" not in result.output
    assert "1 geld terug" not in result.output
