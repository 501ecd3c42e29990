"""Move to private: personal data leaves the public text and is named there instead."""

from __future__ import annotations

from typing import TYPE_CHECKING

from klacht.checks import privacy
from klacht.checks.privacy_move import private_detail, without_item
from klacht.screens.review import offer_private_moves, private_details

if TYPE_CHECKING:
    from collections.abc import Sequence

    from klacht.model import Finding

STORY = "Stort het terug op NL91ABNA0417164300 of bel 06-12345678."


def _findings(text: str, lang: str = "nl") -> list[Finding]:
    return list(privacy.check(text, lang=lang))


class YesNo:
    """A prompter that answers each confirmation from a list and records the prompts."""

    def __init__(self, answers: Sequence[bool], lang: str = "nl") -> None:
        self.answers = list(answers)
        self.lang = lang
        self.prompts: list[str] = []

    def say(self, text: str, style: str = "") -> None:
        """Ignore a line."""

    def header(self, title: str, why: str) -> None:
        """Ignore a header."""

    def ask(
        self,
        prompt: str,
        *,
        default: str | None = None,
        hint: str | None = None,
        error: str | None = None,
        choices: Sequence[tuple[str, str]] = (),
    ) -> str:
        raise AssertionError(prompt)

    def confirm(self, prompt: str, *, default: bool) -> bool:
        self.prompts.append(prompt)
        return self.answers.pop(0)

    def edit(self, prompt: str, text: str, *, error: str | None = None) -> str:
        raise AssertionError(prompt)

    def show_text(self, title: str, text: str, footer: str = "") -> None:
        """Ignore a text."""


def test_move_takes_the_item_out_and_labels_it() -> None:
    """The IBAN leaves the story and joins the reference with its label."""
    iban = next(f for f in _findings(STORY) if f.rule == "privacy.iban")
    public = without_item(STORY, iban, "nl")
    assert public == "Stort het terug op het rekeningnummer dat ik privé stuur of bel 06-12345678."
    assert private_detail(iban, "nl") == "Rekeningnummer: NL91ABNA0417164300"


def test_move_in_english_uses_english_words() -> None:
    """An English user gets an English note and label."""
    text = "Refund to NL91ABNA0417164300 please."
    iban = _findings(text, "en")[0]
    assert (
        without_item(text, iban, "en")
        == "Refund to the account number I will send privately please."
    )
    assert private_detail(iban, "en") == "Account number: NL91ABNA0417164300"


def test_belgian_plate_is_a_nummerplaat() -> None:
    """Belgian Dutch labels a plate the Belgian way."""
    plate = _findings("nummerplaat 1-ABC-123", "nl-BE")[0]
    assert private_detail(plate, "nl-BE") == "Nummerplaat: 1-ABC-123"


def test_review_moves_only_what_the_user_accepts() -> None:
    """The review asks per item; a yes moves it, a no leaves it in the public text."""
    prompter = YesNo([False, True])  # asked from the end: first the phone, then the IBAN
    text, moved = offer_private_moves(prompter, "nl", STORY, _findings(STORY))
    assert text == "Stort het terug op het rekeningnummer dat ik privé stuur of bel 06-12345678."
    assert private_details(moved, "nl") == "Rekeningnummer: NL91ABNA0417164300"
    assert "'06-12345678' naar het privébericht verplaatsen?" in prompter.prompts[0]


def test_review_keeps_order_of_several_moves() -> None:
    """Accepting every move lists the details in the order they stood in the text."""
    text, moved = offer_private_moves(YesNo([True, True]), "nl", STORY, _findings(STORY))
    assert "NL91" not in text
    assert "06-" not in text
    assert private_details(moved, "nl") == (
        "Rekeningnummer: NL91ABNA0417164300; Telefoon: 06-12345678"
    )
