"""The reply screen in a real pseudo-terminal: at the end of the wizard and from klacht reply."""

from __future__ import annotations

import json
import os
import sys
from typing import TYPE_CHECKING

import pexpect
import pytest

from terminal import answer, spawn_klacht

if TYPE_CHECKING:
    from pathlib import Path

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a pty")

DM = "Wat vervelend! Stuur je ons een DM met je ordernummer? ^Lisa"


def spawn(home: Path, clipboard: Path, *args: str) -> pexpect.spawn:
    """Start klacht with a fake clipboard (wl-copy) writing to ``clipboard``, and a fake browser."""
    bin_dir = home.parent / "bin"
    bin_dir.mkdir(exist_ok=True)
    tool = bin_dir / "wl-copy"
    tool.write_text(f"#!/bin/sh\ncat > '{clipboard}'\n", encoding="utf-8")
    tool.chmod(0o700)
    browser = bin_dir / "fake-browser"
    browser.write_text(f"#!/bin/sh\nprintf '%s' \"$1\" > '{clipboard.parent / 'browser.txt'}'\n")
    browser.chmod(0o700)
    env = {
        "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}",
        "BROWSER": f"{bin_dir / 'fake-browser'} %s",
    }
    unset = ("EDITOR", "VISUAL", "DISPLAY", "WAYLAND_DISPLAY")
    return spawn_klacht(home, *args, env=env, unset=unset)


def stored(home: Path) -> dict[str, object]:
    raw: dict[str, object] = json.loads(
        (home / "complaints" / "bol-1.json").read_text(encoding="utf-8")
    )
    return raw


def test_answer_pasted_at_the_end_of_the_wizard(klacht_home: Path, tmp_path: Path) -> None:
    """After the wizard: the answer pasted, its kind shown, the DM copied, the response stored."""
    klacht_home.mkdir(parents=True)
    (klacht_home / "config.yaml").write_text("spelling: 'off'\n", encoding="utf-8")
    clipboard = tmp_path / "clipboard.txt"
    child = spawn(klacht_home, clipboard, "new")
    answer(child, "Over welk bedrijf", "Bol")
    answer(child, "Via welk kanaal", "1")
    answer(child, "officiële account", "@bolcom")
    answer(child, "adresboek", "n")
    answer(child, "Wat is er gebeurd", "Mijn koelkast is kapot aangekomen.")
    answer(child, "Wanneer gebeurde het", "gisteren")
    answer(child, "al geprobeerd", "")
    answer(child, "dossiernummer", "order 12345")
    answer(child, "betekent dit", "")
    answer(child, "Wat wil je dat het bedrijf doet", "3")
    answer(child, "Zeg het concreet", "")
    child.expect(r"\[a\]kkoord")
    child.sendline("a")
    answer(child, "Met welke naam", "Anna de Vries")
    answer(child, r"privébericht gebruiken\?", "a")
    answer(child, "al geplaatst", "j")
    answer(child, "Link naar je geplaatste bericht", "https://x.com/jan/status/1862000000000000001")
    child.expect("Bewaard als bol-1")
    answer(child, "Heeft het bedrijf al gereageerd", "j")
    answer(child, "Plak het antwoord dat je kreeg", DM)
    child.sendline("")  # an empty line ends the pasted answer
    child.expect("privé verder te gaan")
    child.expect("vraagt om een privébericht: 'DM'")
    child.expect("Reactie vastgelegd op 23 november 2026")
    answer(child, "Wat wil je doen", "p")
    child.expect("Gekopieerd")
    answer(child, "Wat wil je doen", "o")
    child.expect("Geopend")
    answer(child, "Wat wil je doen", "g")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    opened = (clipboard.parent / "browser.txt").read_text(encoding="utf-8")
    assert opened.startswith("https://x.com/intent/tweet?in_reply_to=1862000000000000001&text=")
    copied = clipboard.read_text(encoding="utf-8")
    assert "Het gaat om order 12345." in copied
    saved = stored(klacht_home)
    events = saved["events"]
    assert isinstance(events, list)
    assert [e["event"] for e in events] == ["posted", "response"]
    assert events[1]["note"] == DM


def test_reply_on_a_terminal_asks_and_logs_a_resolution(klacht_home: Path, tmp_path: Path) -> None:
    """klacht reply ID on a terminal: a 'solved' answer, confirmed, is logged as resolved."""
    klacht_home.mkdir(parents=True)
    (klacht_home / "config.yaml").write_text("spelling: 'off'\n", encoding="utf-8")
    answers = tmp_path / "answers.yaml"
    answers.write_text(
        "company: Bol\nplatform: x\nhandle: '@bolcom'\nwhat: Mijn koelkast is kapot.\n"
        "when: 2026-11-20\noutcome: refund\nposted_on: 2026-11-21\n",
        encoding="utf-8",
    )
    clipboard = tmp_path / "clipboard.txt"
    setup = spawn(klacht_home, clipboard, "new", "--answers", str(answers))
    setup.expect(pexpect.EOF)
    child = spawn(klacht_home, clipboard, "reply", "bol-1")
    answer(child, "Plak het antwoord", "We hebben het bedrag vandaag teruggestort.")
    child.sendline("")
    child.expect("zegt dat het is opgelost")
    answer(child, "Is het echt opgelost", "j")
    child.expect("Opgelost vastgelegd")
    answer(child, "Wat wil je doen", "k")
    child.expect("Gekopieerd")
    answer(child, "Wat wil je doen", "")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert "het is opgelost" in clipboard.read_text(encoding="utf-8")
    events = stored(klacht_home)["events"]
    assert isinstance(events, list)
    assert [e["event"] for e in events] == ["posted", "response", "resolved"]
