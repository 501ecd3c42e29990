"""Standard output closed (`>&-`) or full (`> /dev/full`): exit 1 and a sentence, never a traceback.

Real processes, since only a real process has a closed or full standard output.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ANSWERS = """\
company: Bol
platform: x
handle: "@bolcom"
what: Mijn wasmachine is niet geleverd, terwijl ik op 10 november betaald heb.
when: 2026-11-20
outcome: refund
"""

COMMANDS = [
    ["list"],
    ["show", "bol-1"],
    ["remind", "--on", "2026-12-20"],
    ["check", "Ik wacht al drie weken op mijn terugbetaling."],
    ["export", "bol-1"],
    ["spelling", "status"],
    ["--help"],
    ["--version"],
]
"""Commands that print something, each of which must fail cleanly when it cannot."""


def _run(args: list[str], home: Path, *, close_stdout: bool) -> subprocess.CompletedProcess[str]:
    """Run klacht with standard output full (/dev/full) or closed, in a real process."""
    env = {**os.environ, "KLACHT_HOME": str(home), "KLACHT_TODAY": "2026-11-23"}
    if close_stdout:
        starter = "import os, sys; os.close(1); os.execv(sys.argv[1], sys.argv[1:])"
        command = [sys.executable, "-c", starter, sys.executable, "-m", "klacht", *args]
        return subprocess.run(
            command, env=env, stderr=subprocess.PIPE, text=True, check=False, timeout=60
        )
    with Path("/dev/full").open("w") as full:
        return subprocess.run(
            [sys.executable, "-m", "klacht", *args],
            env=env,
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            check=False,
            timeout=60,
        )


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A KLACHT_HOME with one posted complaint, bol-1, and spelling off."""
    home = tmp_path_factory.mktemp("closed") / "home"
    home.mkdir()
    (home / "config.yaml").write_text("spelling: off\n", encoding="utf-8")
    answers = home.parent / "a.yaml"
    answers.write_text(ANSWERS, encoding="utf-8")
    env = {**os.environ, "KLACHT_HOME": str(home), "KLACHT_TODAY": "2026-11-23"}
    made = subprocess.run(
        [sys.executable, "-m", "klacht", "new", "--answers", str(answers)],
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert made.returncode == 0, made.stderr
    return home


@pytest.mark.parametrize("args", COMMANDS, ids=" ".join)
def test_full_stdout_is_exit_1_with_a_sentence(args: list[str], home: Path) -> None:
    """Output to /dev/full: exit 1, 'cannot write the output' on stderr, no traceback."""
    result = _run(args, home, close_stdout=False)
    assert result.returncode == 1, result.stderr
    assert "Kan de uitvoer niet schrijven" in result.stderr
    assert "Traceback" not in result.stderr
    assert "Exception ignored" not in result.stderr


@pytest.mark.parametrize("args", COMMANDS, ids=" ".join)
def test_closed_stdout_is_exit_1_with_a_sentence(args: list[str], home: Path) -> None:
    """Standard output closed: exit 1, a sentence on stderr, no AttributeError traceback."""
    result = _run(args, home, close_stdout=True)
    assert result.returncode == 1, result.stderr
    assert "Kan de uitvoer niet schrijven" in result.stderr
    assert "Traceback" not in result.stderr
