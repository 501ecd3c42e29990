"""Move to private in a real pseudo-terminal: an IBAN leaves the story for the private message."""

from __future__ import annotations

import json
import os
import sys
from typing import TYPE_CHECKING

import pexpect
import pytest

if TYPE_CHECKING:
    from pathlib import Path

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a pty")

IBAN = "NL91ABNA0417164300"


def _spawn(home: Path, *args: str) -> pexpect.spawn:
    env = {**os.environ, "KLACHT_HOME": str(home), "KLACHT_TODAY": "2026-11-23", "TERM": "xterm"}
    env.pop("EDITOR", None)
    env.pop("VISUAL", None)
    return pexpect.spawn(
        sys.executable,
        ["-m", "klacht", *args],
        env=env,
        encoding="utf-8",
        timeout=30,
        dimensions=(50, 120),
    )


def _answer(child: pexpect.spawn, prompt: str, keys: str) -> None:
    child.expect(prompt)
    child.sendline(keys)


def test_wizard_moves_an_iban_from_the_story_to_the_private_message(klacht_home: Path) -> None:
    """Saying yes takes the IBAN out of the public post and puts it in the private message."""
    klacht_home.mkdir(parents=True)
    (klacht_home / "config.yaml").write_text("spelling: 'off'\n", encoding="utf-8")
    child = _spawn(klacht_home, "new")
    _answer(child, "Over welk bedrijf", "Bol")
    _answer(child, "Via welk kanaal", "1")
    _answer(child, "officiële account", "@bolcom")
    _answer(child, "adresboek", "n")
    _answer(child, "Wat is er gebeurd", f"Mijn koelkast is kapot. Stort het geld op {IBAN}.")
    _answer(child, "Wanneer gebeurde het", "gisteren")
    _answer(child, "al geprobeerd", "")
    _answer(child, "dossiernummer", "order 12345")
    _answer(child, "betekent dit", "")
    _answer(child, "Wat wil je dat het bedrijf doet", "1")
    _answer(child, "Zeg het concreet", "")
    _answer(child, "naar het privébericht verplaatsen", "j")
    child.expect(f"Verplaatst naar het privébericht: Rekeningnummer: {IBAN}")
    _answer(child, r"\[a\]kkoord", "a")
    _answer(child, "Met welke naam", "Anna de Vries")
    child.expect(f"Rekeningnummer: {IBAN}")  # the private message, shown before it is used
    _answer(child, r"privébericht gebruiken\?", "a")
    _answer(child, "al geplaatst", "j")
    _answer(child, "Link naar je geplaatste bericht", "")  # Enter skips it
    child.expect("Bewaard als bol-1")
    _answer(child, "Heeft het bedrijf al gereageerd", "")  # Enter: not yet
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    saved = json.loads((klacht_home / "complaints" / "bol-1.json").read_text(encoding="utf-8"))
    assert IBAN not in saved["post"]
    assert "Stort het geld op (stuur ik privé)." in saved["post"]
    assert IBAN not in saved["what"]
    assert saved["reference"] == f"order 12345; Rekeningnummer: {IBAN}"
    assert f"Rekeningnummer: {IBAN}" in saved["private_message"]


def test_check_interactive_moves_a_phone_number_out(klacht_home: Path) -> None:
    """In check -i a yes takes the number out and shows it as a detail for the private message."""
    klacht_home.mkdir(parents=True)
    (klacht_home / "config.yaml").write_text("spelling: 'off'\n", encoding="utf-8")
    child = _spawn(klacht_home, "check", "-i", "Bel me op 06-12345678 graag.")
    _answer(child, "naar het privébericht verplaatsen", "j")
    child.expect("Bel me op \\(stuur ik privé\\) graag.")
    child.expect("Voor het privébericht")
    child.expect("Telefoon: 06-12345678")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
