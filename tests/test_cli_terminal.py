"""In a real terminal klacht keeps rich's layout: long findings wrap at the terminal's width."""

from __future__ import annotations

import os
import re
import sys
from typing import TYPE_CHECKING

import pexpect
import pytest

if TYPE_CHECKING:
    from pathlib import Path

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a pty")


def test_terminal_output_wraps_at_its_width(klacht_home: Path) -> None:
    """`check` on a 60-column terminal wraps its findings; no line is wider than the terminal."""
    post = "Jullie zijn echt de SLECHTSTE winkel ooit, " + "ik wacht al weken op mijn pakket " * 4
    env = {
        **os.environ,
        "KLACHT_HOME": str(klacht_home),
        "TERM": "xterm",
        "COLUMNS": "60",
        "NO_COLOR": "1",
    }
    child = pexpect.spawn(
        sys.executable,
        ["-m", "klacht", "check", "--platform", "x", post],
        env=env,
        encoding="utf-8",
        timeout=60,
        dimensions=(40, 60),
    )
    child.expect(pexpect.EOF)
    child.close()
    lines = re.sub(r"\x1b\[[0-9;]*m", "", str(child.before)).splitlines()
    assert any("[tone.exaggeration]" in line for line in lines)
    assert max(len(line) for line in lines) <= 60
    assert len([line for line in lines if line.startswith(" let op")]) < len(lines) / 2
