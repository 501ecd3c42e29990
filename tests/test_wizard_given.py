"""`klacht new --platform P`: the wizard never asks for what the command line gave."""

from __future__ import annotations

from klacht.screens.wizard import Draft, Wizard
from klacht.storage import addressbook
from test_wizard import BASIC, OFF, TODAY, ScriptedPrompter

WITHOUT_PLATFORM = [answer for i, answer in enumerate(BASIC) if i != 1]
"""The basic run's answers minus the platform's."""


def run_given(script: list[str]) -> tuple[dict[str, str], ScriptedPrompter]:
    """Run the wizard on a draft whose platform came from --platform mastodon."""
    prompter = ScriptedPrompter(script)
    draft = Draft("concept-1", "nl")
    draft.answers["platform"] = "mastodon"
    wizard = Wizard(
        prompter,
        draft,
        today=TODAY,
        settings=OFF,
        save_draft=lambda d: None,
        book=addressbook,
        given=frozenset({"platform"}),
    )
    return wizard.run().answers, prompter


def test_a_given_platform_is_not_asked() -> None:
    """With --platform the channel question is skipped and the given platform is kept."""
    script = [*WITHOUT_PLATFORM, "a", "a", "n"]
    script[1] = "@bol@mastodon.nl"
    answers, prompter = run_given(script)
    assert answers["platform"] == "mastodon"
    assert not any("kanaal" in asked for asked in prompter.asked)


def test_back_passes_over_a_given_platform() -> None:
    """'<' at the handle goes back past the skipped channel question, to the company."""
    script = ["Bol", "<", "Coolblue", "@coolblue@mastodon.nl", "n", *WITHOUT_PLATFORM[3:], "a", "a"]
    answers, prompter = run_given([*script, "n"])
    assert answers["company"] == "Coolblue"
    assert answers["platform"] == "mastodon"
    assert not any("kanaal" in asked for asked in prompter.asked)
