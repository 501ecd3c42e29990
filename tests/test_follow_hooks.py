"""Open complaints about the same company, and the wizard's follow-through questions."""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
from typing import TYPE_CHECKING

import pexpect
import pytest
import yaml

import factories
from klacht.cli import app
from klacht.followup.siblings import open_findings
from klacht.model import Event
from klacht.screens.follow_hooks import FollowHooks, FollowOpenInstead
from klacht.screens.wizard import Draft, Wizard
from klacht.storage import addressbook
from klacht.storage.config import Settings
from klacht.storage.store import Store

if TYPE_CHECKING:
    from collections.abc import Sequence
    from pathlib import Path

    from typer.testing import CliRunner

TODAY = dt.date(2026, 11, 23)
POSTED = (Event("posted", dt.date(2026, 11, 20)),)


class Script:
    """A prompter that answers from a script and records what was said and asked."""

    def __init__(self, answers: Sequence[str], lang: str = "nl") -> None:
        self.answers = list(answers)
        self.lang = lang
        self.said: list[str] = []
        self.asked: list[str] = []

    def say(self, text: str, style: str = "") -> None:
        self.said.append(text)

    def header(self, title: str, why: str) -> None:
        self.said.append(title)

    def ask(
        self,
        prompt: str,
        *,
        default: str | None = None,
        hint: str | None = None,
        error: str | None = None,
        choices: Sequence[tuple[str, str]] = (),
    ) -> str:
        self.asked.append(prompt if error is None else f"{prompt} !{error}")
        if not self.answers:
            raise EOFError
        answer = self.answers.pop(0)
        return default if answer == "" and default is not None else answer

    def edit(self, prompt: str, text: str, *, error: str | None = None) -> str:
        return self.ask(prompt, default=text, error=error)

    def confirm(self, prompt: str, *, default: bool) -> bool:
        answer = self.ask(prompt)
        return default if answer == "" else answer in ("j", "y")

    def show_text(self, title: str, text: str, footer: str = "") -> None:
        self.said.append(text)


def hooks(script: Script, *complaints: object, settings: Settings | None = None) -> FollowHooks:
    saved: list[str] = []
    return FollowHooks(
        script,
        list(complaints),  # type: ignore[arg-type]
        today=TODAY,
        settings=settings or Settings(spelling="off"),
        save_instance=saved.append,
    )


def test_same_platform_gives_an_open_complaint_finding() -> None:
    """A second complaint about Bol.com on X names the open bolcom-1."""
    old = factories.complaint(id="bolcom-1", events=POSTED)
    new = factories.complaint(id="bolcom-2", post="@bolcom Weer mis.", events=POSTED)
    (finding,) = open_findings(new, [old, new])
    assert (finding.kind, finding.rule, finding.severity) == (
        "content",
        "content.open_complaint",
        "warning",
    )
    assert "bolcom-1" in finding.message
    assert finding.text == "@bolcom"


def test_another_platform_is_cross_posting() -> None:
    """The same company on another platform is a cross-post warning naming the open id."""
    old = factories.complaint(id="ns-1", company="NS", handle="@NS_online", events=POSTED)
    new = factories.complaint(
        id="ns-2", company="ns", platform="facebook", handle="NS", events=POSTED
    )
    (finding,) = open_findings(new, [old])
    assert finding.rule == "content.cross_post"
    assert "ns-1" in finding.message
    assert "X (Twitter)" in finding.message


def test_closed_complaints_and_other_companies_are_quiet() -> None:
    """A resolved complaint, a draft or another company gives no finding."""
    resolved = factories.complaint(
        id="bolcom-1", events=(*POSTED, Event("resolved", dt.date(2026, 11, 21)))
    )
    draft = factories.complaint(id="bolcom-2")
    other = factories.complaint(id="kpn-1", company="KPN", handle="@kpn", events=POSTED)
    new = factories.complaint(id="bolcom-3", events=POSTED)
    assert open_findings(new, [resolved, draft, other]) == []


def test_new_json_names_the_open_complaint(runner: CliRunner, tmp_path: Path) -> None:
    """`new --answers --json` for a company with an open complaint has a content finding."""
    Store().save(factories.complaint(id="bol-1", company="Bol", events=POSTED))
    data = {
        "company": "Bol",
        "platform": "facebook",
        "handle": "bol",
        "what": "Mijn wasmachine is niet geleverd, terwijl ik betaald heb.",
        "when": "2026-11-20",
        "outcome": "refund",
    }
    path = tmp_path / "a.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    result = runner.invoke(app, ["new", "--answers", str(path), "--json"])
    assert result.exit_code == 0, result.output
    found = [f for f in json.loads(result.stdout)["findings"] if f["kind"] == "content"]
    cross = [f for f in found if f["rule"] == "content.cross_post"]
    assert len(cross) == 1
    assert "bol-1" in cross[0]["message"]


def test_hook_offers_the_open_complaint_with_its_next_step() -> None:
    """After the company's name, the open one is named with its next step and offered first."""
    script = Script(["j"])
    open_one = factories.complaint(id="bolcom-1", events=POSTED)
    with pytest.raises(FollowOpenInstead) as raised:
        hooks(script, open_one).after_answer("company", {"company": "bol.com"})
    assert raised.value.complaint_id == "bolcom-1"
    assert any("bolcom-1" in line for line in script.said)
    assert any(line.startswith("Volgende stap daar: herinnering") for line in script.said)


def test_hook_offers_each_open_complaint_once() -> None:
    """Declined once, the same open complaint is not offered again at the handle."""
    script = Script(["n"])
    hook = hooks(script, factories.complaint(id="bolcom-1", events=POSTED))
    hook.after_answer("company", {"company": "Bol.com"})
    hook.after_answer("handle", {"company": "Bol.com", "handle": "@bolcom"})
    assert len(script.asked) == 1


def test_wizard_stops_when_the_user_follows_the_open_one_up() -> None:
    """The wizard, given the hooks, stops at the company when the user takes the open one."""
    script = Script(["Bol.com", "j"])
    hook = hooks(script, factories.complaint(id="bolcom-1", events=POSTED))
    wizard = Wizard(
        script,
        Draft("concept-1", "nl"),
        today=TODAY,
        settings=Settings(spelling="off"),
        save_draft=lambda d: None,
        book=addressbook,
        after_answer=hook.after_answer,
        ask_post_url=hook.ask_post_url,
    )
    with pytest.raises(FollowOpenInstead):
        wizard.run()


def test_post_url_question_re_asks_until_it_is_a_post() -> None:
    """A link that is no post is refused with an example; a good one is kept."""
    script = Script(["https://x.com/jan", "https://x.com/jan/status/123456789"])
    assert hooks(script).ask_post_url("x") == "https://x.com/jan/status/123456789"
    assert "geen link naar een bericht" in script.asked[1]


def test_post_url_question_is_optional_and_skipped_for_email() -> None:
    """Enter skips the link; e-mail is not asked at all."""
    script = Script([""])
    assert hooks(script).ask_post_url("x") == ""
    assert hooks(Script([])).ask_post_url("email") == ""


def test_mastodon_server_is_asked_once_and_kept() -> None:
    """Choosing Mastodon asks for the user's server once; a link or account is accepted."""
    saved: list[str] = []
    script = Script(["niet goed!", "https://Mastodon.nl/@jij"])
    hook = FollowHooks(
        script, [], today=TODAY, settings=Settings(spelling="off"), save_instance=saved.append
    )
    hook.after_answer("platform", {"platform": "mastodon"})
    hook.after_answer("platform", {"platform": "mastodon"})
    assert saved == ["mastodon.nl"]
    assert len(script.asked) == 2


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pty")
def test_wizard_in_a_terminal_offers_the_open_complaint(klacht_home: Path) -> None:
    """A new wizard about a company with an open complaint offers that one; taking it ends
    the wizard with no draft kept."""
    klacht_home.mkdir(parents=True)
    (klacht_home / "config.yaml").write_text("spelling: 'off'\n", encoding="utf-8")
    Store().save(factories.complaint(id="ns-1", company="NS", handle="@NS_online", events=POSTED))
    env = {**os.environ, "KLACHT_HOME": str(klacht_home), "KLACHT_TODAY": "2026-11-23"}
    child = pexpect.spawn(
        sys.executable, ["-m", "klacht", "new"], env=env, encoding="utf-8", timeout=30
    )
    child.expect("Over welk bedrijf")
    child.sendline("NS")
    child.expect("lopende klacht over NS: ns-1")
    child.expect("opvolgen in plaats van")
    child.sendline("j")
    child.expect("klacht show ns-1")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert Store().draft_ids() == []
