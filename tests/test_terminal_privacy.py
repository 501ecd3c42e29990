"""Move to private in a real pseudo-terminal: an IBAN leaves the story for the private message."""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING

import pexpect
import pytest

from terminal import answer, spawn_klacht

if TYPE_CHECKING:
    from pathlib import Path

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a pty")

IBAN = "NL91ABNA0417164300"


def test_wizard_moves_an_iban_from_the_story_to_the_private_message(klacht_home: Path) -> None:
    """Saying yes takes the IBAN out of the public post and puts it in the private message."""
    klacht_home.mkdir(parents=True)
    (klacht_home / "config.yaml").write_text("spelling: 'off'\n", encoding="utf-8")
    child = spawn_klacht(klacht_home, "new")
    answer(child, "Over welk bedrijf", "Bol")
    answer(child, "Via welk kanaal", "1")
    answer(child, "officiële account", "@bolcom")
    answer(child, "adresboek", "n")
    answer(child, "Wat is er gebeurd", f"Mijn koelkast is kapot. Stort het geld op {IBAN}.")
    answer(child, "Wanneer gebeurde het", "gisteren")
    answer(child, "al geprobeerd", "")
    answer(child, "dossiernummer", "order 12345")
    answer(child, "betekent dit", "")
    answer(child, "Wat wil je dat het bedrijf doet", "1")
    answer(child, "Zeg het concreet", "")
    answer(child, "naar het privébericht verplaatsen", "j")
    child.expect(f"Verplaatst naar het privébericht: Rekeningnummer: {IBAN}")
    answer(child, r"\[a\]kkoord", "a")
    answer(child, "Met welke naam", "Anna de Vries")
    child.expect(f"Stort het geld op {IBAN}")  # the private message, shown before it is used
    answer(child, r"privébericht gebruiken\?", "a")
    answer(child, "al geplaatst", "j")
    answer(child, "Link naar je geplaatste bericht", "")  # Enter skips it
    child.expect("Bewaard als bol-1")
    answer(child, "Heeft het bedrijf al gereageerd", "")  # Enter: not yet
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    saved = json.loads((klacht_home / "complaints" / "bol-1.json").read_text(encoding="utf-8"))
    assert IBAN not in saved["post"]
    assert "Stort het geld op het rekeningnummer dat ik privé stuur." in saved["post"]
    assert saved["what"] == f"Mijn koelkast is kapot. Stort het geld op {IBAN}."
    assert saved["reference"] == "order 12345"
    assert saved["private_items"] == [{"kind": "iban", "text": IBAN}]
    assert f"Stort het geld op {IBAN}." in saved["private_message"]


def test_check_interactive_moves_a_phone_number_out(klacht_home: Path) -> None:
    """In check -i a yes takes the number out and shows it as a detail for the private message."""
    klacht_home.mkdir(parents=True)
    (klacht_home / "config.yaml").write_text("spelling: 'off'\n", encoding="utf-8")
    child = spawn_klacht(klacht_home, "check", "-i", "Bel me op 06-12345678 graag.")
    answer(child, "naar het privébericht verplaatsen", "j")
    child.expect("Bel me op het telefoonnummer dat ik privé stuur graag.")
    child.expect("Voor het privébericht")
    child.expect("Telefoon: 06-12345678")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
