"""The wizard in a real pseudo-terminal, driven with keystrokes (pexpect)."""

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


def spawn(home: Path, *args: str) -> pexpect.spawn:
    """Start the wizard (``klacht new ARGS``)."""
    return spawn_klacht(home, "new", *args)


def test_wizard_with_go_back_ctrl_c_and_resume(klacht_home: Path) -> None:
    """Keystrokes drive the wizard: < goes back, Ctrl-C keeps the draft, --resume finishes it."""
    klacht_home.mkdir(parents=True)
    (klacht_home / "config.yaml").write_text("spelling: 'off'\n", encoding="utf-8")
    child = spawn(klacht_home)
    answer(child, "Over welk bedrijf", "Bol")
    answer(child, "Via welk kanaal", "1")
    answer(child, "officiële account", "@bolcom")
    answer(child, "adresboek", "n")
    answer(child, "Wat is er gebeurd", "Mijn wasmachine is niet geleverd.")
    answer(child, "Wanneer gebeurde het", "<")  # back to the previous question
    answer(child, "Wat is er gebeurd", "Mijn koelkast is kapot aangekomen.")
    answer(child, "Wanneer gebeurde het", "morgen ooit")
    answer(child, "geen datum die ik begrijp", "gisteren")
    answer(child, "al geprobeerd", "")
    answer(child, "dossiernummer", "order 12345")
    answer(child, "betekent dit", "")
    answer(child, "Wat wil je dat het bedrijf doet", "3")
    answer(child, "Zeg het concreet", "")
    child.expect("rustig en zakelijk")
    child.expect(r"\[a\]kkoord")
    child.sendintr()  # Ctrl-C at the post
    child.expect("klacht new --resume concept-1")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130
    draft = json.loads((klacht_home / "drafts" / "concept-1.json").read_text(encoding="utf-8"))
    assert draft["answers"]["what"] == "Mijn koelkast is kapot aangekomen."
    assert draft["answers"]["when"] == "2026-11-22"

    child = spawn(klacht_home, "--resume", "concept-1")
    child.expect("verder met concept concept-1")
    child.expect(r"\[a\]kkoord")
    child.sendline("a")
    answer(child, "Met welke naam", "Anna de Vries")
    answer(child, r"privébericht gebruiken\?", "a")
    answer(child, "al geplaatst", "j")
    answer(child, "Link naar je geplaatste bericht", "https://x.com/jan/status/1862000000000000001")
    child.expect("Bewaard als bol-1")
    answer(child, "Heeft het bedrijf al gereageerd", "")  # Enter: not yet
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    saved = json.loads((klacht_home / "complaints" / "bol-1.json").read_text(encoding="utf-8"))
    assert saved["post"].startswith("@bolcom Mijn koelkast is kapot aangekomen.")
    assert "exemplaar sturen dat wel werkt" in saved["post"]
    assert "12345" not in saved["post"]
    assert saved["events"][0]["event"] == "posted"
    assert saved["post_url"] == "https://x.com/jan/status/1862000000000000001"
    assert not (klacht_home / "drafts" / "concept-1.json").exists()


ANGRY = "Stelletje prutsers!!! DE TREIN WAS WEER TE LAAT en niemand hielp me, klootzakken."
TRIED = "Gebeld op 2 november, jullie zijn oplichters."
IMPACT = "Ik kwam een uur te laat op mijn werk, dit gaat jullie berouwen."
DROPPED = ("prutsers", "klootzakken", "oplichters", "berouwen", "TREIN", "!!!")


def test_angry_story_calmed_on_screen_reaches_every_stored_text(klacht_home: Path) -> None:
    """Tone screen: accept-all, one-by-one and edit; the private message edited; all stored calm."""
    klacht_home.mkdir(parents=True)
    (klacht_home / "config.yaml").write_text("spelling: 'off'\n", encoding="utf-8")
    child = spawn(klacht_home)
    answer(child, "Over welk bedrijf", "NS")
    answer(child, "Via welk kanaal", "1")
    answer(child, "officiële account", "@NS_online")
    answer(child, "adresboek", "n")
    answer(child, "Wat is er gebeurd", ANGRY)
    answer(child, "Wanneer gebeurde het", "gisteren")
    answer(child, "al geprobeerd", TRIED)
    answer(child, "dossiernummer", "NS-4711")
    answer(child, "betekent dit", IMPACT)
    answer(child, "Wat wil je dat het bedrijf doet", "vergoeding")
    answer(child, "Zeg het concreet", "")
    # The story: every change at once.
    child.expect("Rustiger voorstel")
    answer(child, r"\[a\]lles overnemen", "a")
    # What was tried: one by one; the insulting clause goes.
    child.expect("Rustiger voorstel")
    answer(child, r"\[a\]lles overnemen", "s")
    answer(child, "Overnemen", "j")
    # The impact: edit, starting from the proposal (typed over the prefilled line).
    child.expect("Rustiger voorstel")
    answer(child, r"\[a\]lles overnemen", "b")
    child.expect("Nieuwe tekst")
    child.expect(r"› \S*Ik kwam een uur te laat")  # noqa: RUF001 -- klacht's prompt mark
    child.sendcontrol("u")  # clear the prefilled proposal, as a user would
    child.sendline("Ik kwam een uur te laat op mijn werk.")
    child.expect(r"\[a\]kkoord")
    child.sendline("a")
    answer(child, "Met welke naam", "Anna de Vries")
    child.expect("Beste klantenservice van NS")
    answer(child, r"privébericht gebruiken\?", "b")
    for _ in range(4):  # paragraphs kept: greeting, story, reference, request
        answer(child, "Alinea", "")
    child.expect("Alinea 5 van 5")
    child.expect("Anna de Vries")  # the prefilled sign-off is on the line
    child.sendcontrol("u")  # the sign-off, typed anew
    child.sendline("Met vriendelijke groet, Anna")
    answer(child, r"privébericht gebruiken\?", "a")
    answer(child, "al geplaatst", "j")
    answer(child, "Link naar je geplaatste bericht", "")  # Enter skips it
    child.expect("Bewaard als ns-1")
    answer(child, "Heeft het bedrijf al gereageerd", "")  # Enter: not yet
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    saved = json.loads((klacht_home / "complaints" / "ns-1.json").read_text(encoding="utf-8"))
    assert saved["what"] == "De trein was weer te laat en niemand hielp me."
    assert saved["tried"] == "Gebeld op 2 november."
    assert saved["impact"] == "Ik kwam een uur te laat op mijn werk."
    assert saved["private_message"].rstrip().endswith("Met vriendelijke groet, Anna")
    assert "NS-4711" in saved["private_message"]
    config = (klacht_home / "config.yaml").read_text(encoding="utf-8")
    assert "Anna de Vries" in config
    for text in (saved["post"], saved["private_message"], saved["what"], saved["tried"]):
        for word in DROPPED:
            assert word not in text
