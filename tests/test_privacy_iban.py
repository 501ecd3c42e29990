"""Account numbers: whatever has an IBAN's form is found, a typo included."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import pytest

from klacht.checks import privacy
from klacht.cli import app

if TYPE_CHECKING:
    from pathlib import Path

    from typer.testing import CliRunner


@pytest.fixture(autouse=True)
def no_spelling(klacht_home: Path) -> None:
    """Spelling off: these tests are about privacy, not the dictionary."""
    klacht_home.mkdir(parents=True, exist_ok=True)
    (klacht_home / "config.yaml").write_text("spelling: 'off'\n", encoding="utf-8")


@pytest.mark.parametrize(
    "number",
    [
        "BE68 5390 0754 7034",  # mod 97 holds; stdnum's Belgian bank check does not know it
        "NL91 ABNA 0417 1643 00",
        "NL91ABNA0417164300",
        "GB82 WEST 1234 5698 7654 32",
        "DE89 3704 0044 0532 0130 00",
    ],
)
def test_valid_ibans_are_accounts(number: str) -> None:
    """An IBAN whose check digits hold is one privacy.iban finding, the whole number."""
    found = [(f.rule, f.text) for f in privacy.check(f"Stort terug op {number}.")]
    assert found == [("privacy.iban", number)]


def test_a_typo_still_reads_as_an_account_number() -> None:
    """One wrong digit: still privacy.iban (not a phone number), saying it may be a typo."""
    (finding,) = privacy.check("Stort terug op NL91 ABNA 0417 1643 01", lang="nl")
    assert (finding.rule, finding.text) == ("privacy.iban", "NL91 ABNA 0417 1643 01")
    assert "tikfout" in finding.message
    (english,) = privacy.check("Refund to NL91 ABNA 0417 1643 01", lang="en")
    assert "typo" in english.message


@pytest.mark.parametrize(
    "text",
    [
        "NL91 ABNA 0417 1643",  # too short for a Dutch account
        "BE68 5390 0754 70",  # too short for a Belgian one
        "code de12345678901234",  # lower case and a wrong check: a code, not an account
        "XX12 3456 7890 1234",  # no such country
    ],
)
def test_what_has_no_iban_form_is_no_account(text: str) -> None:
    """A wrong length, an unknown country or a lower-case code with a wrong check is no IBAN."""
    assert not [f for f in privacy.check(text) if f.rule == "privacy.iban"]


def test_check_command_flags_the_belgian_account(runner: CliRunner) -> None:
    """klacht check finds the Belgian account and the phone number next to it, exit 1."""
    text = "Bel me op 0470 12 34 56 of stort terug op BE68 5390 0754 7034."
    result = runner.invoke(app, ["check", text, "--json"])
    assert result.exit_code == 1
    rules = {(f["rule"], f["text"]) for f in json.loads(result.stdout)["findings"]}
    assert ("privacy.iban", "BE68 5390 0754 7034") in rules
    assert ("privacy.phone", "0470 12 34 56") in rules
