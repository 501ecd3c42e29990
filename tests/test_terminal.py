"""The wizard in a real pseudo-terminal, driven with keystrokes (pexpect)."""

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


def spawn(home: Path, *args: str) -> pexpect.spawn:
    env = {
        **os.environ,
        "KLACHT_HOME": str(home),
        "KLACHT_TODAY": "2026-11-23",
        "TERM": "xterm",
        "COLUMNS": "120",
        "LINES": "50",
    }
    env.pop("EDITOR", None)
    env.pop("VISUAL", None)
    return pexpect.spawn(
        sys.executable,
        ["-m", "klacht", "new", *args],
        env=env,
        encoding="utf-8",
        timeout=30,
        dimensions=(50, 120),
    )


def answer(child: pexpect.spawn, prompt: str, keys: str) -> None:
    child.expect(prompt)
    child.sendline(keys)


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
    answer(child, "al geplaatst", "j")
    answer(child, "Link naar je geplaatste bericht", "https://x.com/jan/status/1862000000000000001")
    child.expect("Bewaard als bol-1")
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
