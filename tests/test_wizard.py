from __future__ import annotations

import datetime as dt
import sys
from typing import TYPE_CHECKING

import pytest

from klacht.screens.wizard import Draft, Wizard
from klacht.storage import addressbook
from klacht.storage.config import Settings

if TYPE_CHECKING:
    from collections.abc import Sequence
    from pathlib import Path

TODAY = dt.date(2026, 11, 23)
OFF = Settings(spelling="off", name="Anna de Vries")


class ScriptedPrompter:
    """Answers the wizard's questions from a script and records what it was asked."""

    def __init__(self, script: Sequence[str], lang: str = "nl") -> None:
        self.script = list(script)
        self.lang = lang
        self.asked: list[str] = []
        self.said: list[str] = []

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
        shown = f"{prompt} ({hint})" if hint else prompt
        self.asked.append(shown if error is None else f"{shown} !{error}")
        if not self.script:
            raise EOFError
        answer = self.script.pop(0)
        return default if answer == "" and default is not None else answer

    def edit(self, prompt: str, text: str, *, error: str | None = None) -> str:
        return self.ask(prompt, default=text, error=error)

    def confirm(self, prompt: str, *, default: bool) -> bool:
        answer = self.ask(prompt)
        return default if answer == "" else answer in ("j", "y")

    def show_text(self, title: str, text: str, footer: str = "") -> None:
        self.said.append(text)


def run(script: Sequence[str], *, lang: str = "nl", draft: Draft | None = None):  # type: ignore[no-untyped-def]
    prompter = ScriptedPrompter(script, lang)
    saved: list[dict[str, str]] = []
    draft = draft or Draft("concept-1", lang)
    wizard = Wizard(
        prompter,
        draft,
        today=TODAY,
        settings=OFF,
        save_draft=lambda d: saved.append(dict(d.answers)),
        book=addressbook,
    )
    return wizard.run(), prompter, saved


BASIC = [
    "Bol",  # company
    "1",  # platform: x
    "@bolcom",  # handle
    "n",  # remember in address book? no
    "Mijn wasmachine is niet geleverd.",  # what
    "20-11",  # when
    "",  # tried
    "order 123",  # reference
    "",  # impact
    "1",  # outcome: refund
    "",  # outcome detail
]


def test_happy_path_returns_answers_and_post() -> None:
    """A straight run gives validated answers and a post that opens with the handle."""
    result, _, saved = run([*BASIC, "a", "a", "n"])
    assert result.answers["handle"] == "@bolcom"
    assert result.answers["when"] == "2026-11-20"
    assert result.answers["outcome"] == "refund"
    assert result.post.startswith("@bolcom Mijn wasmachine is niet geleverd.")
    assert result.posted is False
    assert saved, "the draft is saved after answers"


def test_invalid_answer_is_asked_again_with_reason() -> None:
    """A bad date is re-asked with the reason, then accepted."""
    script = [*BASIC[:5], "morgen ooit", "gisteren", *BASIC[6:], "a", "a", "j"]
    result, prompter, _ = run(script)
    assert any("!'morgen ooit' is geen datum" in p for p in prompter.asked)
    assert result.answers["when"] == "2026-11-22"
    assert result.posted is True


def test_back_goes_to_previous_question() -> None:
    """Typing < goes back one question and the new answer replaces the old one."""
    script = [*BASIC[:5], "<", "Mijn koelkast is kapot geleverd.", *BASIC[5:], "a", "a", "n"]
    result, _, _ = run(script)
    assert result.answers["what"] == "Mijn koelkast is kapot geleverd."
    assert "koelkast" in result.post


def test_back_to_a_step_from_the_post() -> None:
    """From the post, going back to step 3 changes the outcome and regenerates the post."""
    script = [*BASIC, "t", "3", "5", "", "a", "a", "n"]  # back to outcome: 5 = explanation
    result, _, _ = run(script)
    assert result.answers["outcome"] == "explanation"
    assert "uitleggen wat er misging" in result.post


def test_interrupt_propagates_with_draft_saved() -> None:
    """Running out of input (Ctrl-D) raises, after the answers so far were saved."""
    with pytest.raises(EOFError):
        run(BASIC[:5])


def test_resume_starts_at_saved_step() -> None:
    """A resumed draft asks only what is still missing."""
    draft = Draft(
        "concept-1",
        "nl",
        {
            "company": "Bol",
            "platform": "x",
            "handle": "@bolcom",
            "what": "Mijn wasmachine is niet geleverd.",
        },
        step=4,
    )
    result, prompter, _ = run([*BASIC[5:], "a", "a", "n"], draft=draft)
    assert result.answers["company"] == "Bol"
    assert not any("Over welk bedrijf" in p for p in prompter.asked)


def test_address_book_is_offered_and_remembered() -> None:
    """A remembered account is offered; a new verified one is stored with today's date."""
    script = ["Bol", "1", "@bolcom", "j", "j", *BASIC[4:], "a", "a", "n"]
    run(script)
    account = addressbook.lookup("Bol", "x")
    assert account is not None
    assert account.handle == "@bolcom"
    assert account.verified_on == TODAY
    assert account.webcare is True
    result, prompter, _ = run(["Bol", "1", "", *BASIC[4:], "a", "a", "n"])
    assert any("In je adresboek: @bolcom" in p for p in prompter.asked)
    assert result.answers["handle"] == "@bolcom"


def test_english_wizard() -> None:
    """With lang en, questions and the post are English."""
    result, prompter, _ = run([*BASIC, "a", "a", "n"], lang="en")
    assert any("Which company" in p for p in prompter.asked)
    assert "That was on 20 November." in result.post


def test_edit_post_in_editor(monkeypatch: pytest.MonkeyPatch) -> None:
    """[b]ewerken opens $EDITOR on the post; the edited text becomes the post."""
    monkeypatch.setenv("EDITOR", "sed -i s/wasmachine/droger/")
    monkeypatch.delenv("VISUAL", raising=False)
    result, _, _ = run([*BASIC, "b", "a", "a", "n"])
    assert result.post.startswith("@bolcom Mijn droger is niet geleverd.")


def test_edit_post_inline_without_editor(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without $EDITOR the new post is typed at the prompt; control characters are dropped."""
    monkeypatch.delenv("EDITOR", raising=False)
    monkeypatch.delenv("VISUAL", raising=False)
    result, _, _ = run([*BASIC, "b", "@bolcom Korter\x1b[2J bericht.", "a", "a", "n"])
    assert result.post == "@bolcom Korter[2J bericht."


def test_broken_editor_falls_back_to_typing(monkeypatch: pytest.MonkeyPatch) -> None:
    """An editor that fails is reported and the text can be typed instead."""
    monkeypatch.setenv("EDITOR", "false")
    result, prompter, _ = run([*BASIC, "b", "@bolcom Getypt.", "a", "a", "n"])
    assert result.post == "@bolcom Getypt."
    assert any("editor kon niet starten" in s for s in prompter.said)


def test_broken_address_book_is_named_not_overwritten(klacht_home: Path) -> None:
    """A broken address book is named, the wizard goes on without it, and the file stays."""
    klacht_home.mkdir(parents=True, exist_ok=True)
    book = klacht_home / "addressbook.yaml"
    book.write_text("bol: [unclosed\n", encoding="utf-8")
    result, prompter, _ = run(["Bol", "1", "@bolcom", "j", "n", *BASIC[4:], "a", "a", "n"])
    assert result.answers["handle"] == "@bolcom"
    assert any(
        "adresboek kon niet worden gebruikt" in s and "addressbook.yaml" in s for s in prompter.said
    )
    assert book.read_text(encoding="utf-8") == "bol: [unclosed\n"


def test_minus_clears_an_optional_answer() -> None:
    """Going back to an optional answer and typing - empties it."""
    script = [*BASIC[:8], "<", "-", "", "1", "", "a", "a", "n"]  # back to reference, clear it
    result, prompter, _ = run(script)
    assert result.answers["reference"] == ""
    assert any("typ - om het leeg te maken" in p for p in prompter.asked)


def test_default_choice_shows_its_label() -> None:
    """The default outcome is shown by its Dutch label, and Enter still takes it."""
    result, _, _ = run([*BASIC[:9], "", "", "a", "a", "n"])
    assert result.answers["outcome"] == "refund"


def test_back_after_editing_asks_first(monkeypatch: pytest.MonkeyPatch) -> None:
    """Going back to a step after editing the post by hand asks before the edit is lost."""
    monkeypatch.delenv("EDITOR", raising=False)
    monkeypatch.delenv("VISUAL", raising=False)
    script = [*BASIC, "b", "@bolcom Eigen tekst.", "t", "3", "n", "a", "a", "n"]
    result, prompter, _ = run(script)
    assert result.post == "@bolcom Eigen tekst."
    assert any("aanpassing verloren" in p for p in prompter.asked)


def test_unknown_menu_key_is_explained() -> None:
    """A key the post menu does not know gets a message instead of silence."""
    _, prompter, _ = run([*BASIC, "x", "a", "a", "n"])
    assert any("Die keuze ken ik niet" in s for s in prompter.said)


def test_paragraphs_survive_an_edit(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """A blank line typed in the editor stays a paragraph break."""
    editor = tmp_path / "editor.py"
    editor.write_text(
        "import pathlib, sys\n"
        "p = pathlib.Path(sys.argv[1])\n"
        "p.write_text(p.read_text().replace(' Dat', '\\n\\nDat'))\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("EDITOR", f"{sys.executable} {editor}")
    monkeypatch.delenv("VISUAL", raising=False)
    result, _, _ = run([*BASIC, "b", "a", "a", "n"])
    assert "geleverd.\n\nDat was" in result.post


def test_spelling_is_reviewed_after_a_tone_fix() -> None:
    """After the calmer wording is accepted, the spelling of the changed text is still walked."""
    script = [
        "Bol",
        "1",
        "@bolcom",
        "n",
        "HET PAKKET IS NOOIT BEZORGD!!! De bezorgr kwam niet.",
        *BASIC[5:],
        "a",  # the calmer proposal: accept all
        "1",
        "a",
        "a",
        "n",
    ]
    prompter = ScriptedPrompter(script)
    wizard = Wizard(
        prompter,
        Draft("concept-1", "nl"),
        today=TODAY,
        settings=Settings(spelling="embedded", name="Anna"),
        save_draft=lambda d: None,
        book=addressbook,
    )
    result = wizard.run()
    assert any("'bezorgr': kies" in p for p in prompter.asked)
    assert "bezorgr" not in result.answers["what"]
    assert result.answers["what"].startswith("Het pakket is nooit bezorgd!")


def test_languagetool_fallback_is_said_once() -> None:
    """With a configured LanguageTool that does not answer, the wizard says so, once."""
    settings = Settings(
        spelling="languagetool",
        languagetool_url="http://127.0.0.1:9",
        languagetool_timeout=0.2,
        name="Anna",
    )
    prompter = ScriptedPrompter([*BASIC, "x", "a", "a", "n"])
    wizard = Wizard(
        prompter,
        Draft("concept-1", "nl"),
        today=TODAY,
        settings=settings,
        save_draft=lambda d: None,
        book=addressbook,
    )
    wizard.run()
    notes = [s for s in prompter.said if "LanguageTool" in s]
    assert len(notes) == 1


def test_accepting_a_post_with_errors_asks_first() -> None:
    """A post that still holds private data is only accepted after an explicit yes."""
    what = "Bel me op 0612345678, mijn wasmachine is niet geleverd."
    script = [
        *BASIC[:4],
        what,
        *BASIC[5:],
        "n",
        "h",
        "a",
        "n",
        "a",
        "j",
        "a",
        "n",
    ]  # n: keep public
    result, prompter, _ = run(script)
    assert "0612345678" in result.post
    assert sum("Toch zo gebruiken?" in p for p in prompter.asked) == 2


def test_regenerate_after_edit_asks_first(monkeypatch: pytest.MonkeyPatch) -> None:
    """[o]pnieuw maken after a hand edit asks before throwing the edit away."""
    monkeypatch.delenv("EDITOR", raising=False)
    monkeypatch.delenv("VISUAL", raising=False)
    script = [*BASIC, "b", "@bolcom Eigen tekst.", "o", "n", "a", "a", "n"]
    result, prompter, _ = run(script)
    assert result.post == "@bolcom Eigen tekst."
    assert any("opnieuw maken gooit je aanpassing weg" in p for p in prompter.asked)


ANGRY_WHAT = "Stelletje prutsers! Mijn wasmachine is NIET GELEVERD!!!"


def test_calmer_proposal_accept_all() -> None:
    """Accepting the proposal takes every change at once: the insult goes, the form is fixed."""
    script = [*BASIC[:4], ANGRY_WHAT, *BASIC[5:], "a", "a", "a", "n"]
    result, prompter, _ = run(script)
    assert result.answers["what"] == "Mijn wasmachine is niet geleverd!"
    assert "prutsers" not in result.post
    assert any("[-Stelletje prutsers! -]" in s for s in prompter.said), "the diff is shown"


def test_calmer_proposal_one_by_one() -> None:
    """Going through the changes one by one applies only the accepted ones."""
    script = [*BASIC[:4], ANGRY_WHAT, *BASIC[5:], "s", "j", "n", "j", "a", "a", "n"]
    result, _, _ = run(script)
    assert result.answers["what"] == "Mijn wasmachine is NIET GELEVERD!"


def test_calmer_proposal_edit_is_prefilled() -> None:
    """Editing starts from the proposal (Enter keeps it) and the edit is the answer."""
    script = [*BASIC[:4], ANGRY_WHAT, *BASIC[5:], "b", "Mijn wasmachine kwam niet.", "a", "a", "n"]
    result, _, _ = run(script)
    assert result.answers["what"] == "Mijn wasmachine kwam niet."


def test_calmer_proposal_is_never_applied_without_a_yes() -> None:
    """Keeping the text leaves the user's words as they were."""
    script = [*BASIC[:4], ANGRY_WHAT, *BASIC[5:], "h", "h", "a", "j", "a", "n"]
    result, _, _ = run(script)
    assert result.answers["what"] == ANGRY_WHAT


def test_regenerate_gives_another_phrasing() -> None:
    """[o]pnieuw maken gives a post in another phrasing, with the same facts."""
    script = [*BASIC, "o", "a", "a", "n"]
    first, _, _ = run([*BASIC, "a", "a", "n"])
    again, _, _ = run(script)
    assert again.post != first.post
    assert "20 november" in again.post
    assert "Kunnen jullie mijn geld terugbetalen?" in again.post


def test_private_message_is_shown_and_editable() -> None:
    """The private message is shown after the post, signed, and an edit is what is kept."""
    script = [*BASIC, "a", "b", "", "", "Het ordernummer is 123.", "", "", "a", "n"]
    result, prompter, _ = run(script)
    assert result.private_message is not None
    assert "Het ordernummer is 123." in result.private_message
    assert result.private_message.rstrip().endswith("Anna de Vries")
    assert any(s.startswith("Beste klantenservice van Bol,") for s in prompter.said)


def test_name_is_asked_once_when_unknown() -> None:
    """Without a name in the settings, the wizard asks for it and signs the letter with it."""
    prompter = ScriptedPrompter([*BASIC, "a", "Piet Jansen", "a", "n"])
    wizard = Wizard(
        prompter,
        Draft("concept-1", "nl"),
        today=TODAY,
        settings=Settings(spelling="off"),
        save_draft=lambda d: None,
        book=addressbook,
    )
    result = wizard.run()
    assert result.name == "Piet Jansen"
    assert result.private_message is not None
    assert result.private_message.rstrip().endswith("Piet Jansen")


@pytest.mark.parametrize(
    ("typed", "stored"),
    [("2 en 4", "repair,compensation"), ("vergoeding", "compensation"), ("geld terug", "refund")],
)
def test_outcome_understands_words_and_several_numbers(typed: str, stored: str) -> None:
    """The outcome step takes several numbers and typed words in the user's language."""
    script = [*BASIC[:9], typed, "", "a", "a", "n"]
    result, _, _ = run(script)
    assert result.answers["outcome"] == stored


def test_other_outcome_says_the_description_is_needed() -> None:
    """'iets anders' asks for the description, says it is needed, and refuses an empty one."""
    script = [*BASIC[:9], "8", "", "een nieuwe afspraak", "a", "a", "n"]
    result, prompter, _ = run(script)
    assert any("dit is nodig" in a for a in prompter.asked)
    assert any("!Bij 'iets anders'" in a for a in prompter.asked)
    assert "Ik zou graag een nieuwe afspraak willen." in result.post


def test_a_story_over_the_limit_comes_back_to_be_shortened() -> None:
    """A pasted story over 1000 characters is offered again, typed in, not thrown away."""
    long_story = "Mijn wasmachine is niet geleverd. " + "Ik heb elke dag gebeld. " * 60
    script = [
        *BASIC[:4],
        long_story,
        "Mijn wasmachine is niet geleverd.",
        *BASIC[5:],
        "a",
        "a",
        "n",
    ]
    edited: list[str] = []
    prompter = ScriptedPrompter(script)
    plain_edit = prompter.edit

    def edit(prompt: str, text: str, *, error: str | None = None) -> str:
        edited.append(text)
        return plain_edit(prompt, text, error=error)

    prompter.edit = edit  # type: ignore[method-assign]
    wizard = Wizard(
        prompter,
        Draft("concept-1", "nl"),
        today=TODAY,
        settings=OFF,
        save_draft=lambda d: None,
        book=addressbook,
    )
    result = wizard.run()
    assert edited == [long_story]
    assert any("te lang" in p for p in prompter.asked)
    assert result.answers["what"] == "Mijn wasmachine is niet geleverd."
