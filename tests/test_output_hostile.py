"""Tracebacks where a sentence is promised: closed or full stdout, ASCII locale, far dates."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import types
from pathlib import Path
from typing import IO

import pytest

import klacht.__main__ as entry

ANSWERS = """\
company: Café Ünïcode
platform: x
handle: "@cafe"
what: Mijn wasmachine is niet geleverd, terwijl ik op 10 november betaald heb.
when: 2026-11-20
outcome: refund
"""


def _klacht(
    args: list[str],
    home: Path,
    *,
    env: dict[str, str] | None = None,
    stdout: IO[str] | None = None,
) -> subprocess.CompletedProcess[str]:
    """Run `python -m klacht ARGS` in a real process (streams and encodings as a user has them)."""
    full_env = {**os.environ, "KLACHT_HOME": str(home), "KLACHT_TODAY": "2026-11-23", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "klacht", *args],
        env=full_env,
        stdout=stdout if stdout is not None else subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        check=False,
        timeout=60,
    )


@pytest.fixture
def stored(tmp_path: Path, klacht_home: Path) -> Path:
    """Store one complaint with non-ASCII text in KLACHT_HOME."""
    path = tmp_path / "a.yaml"
    path.write_text(ANSWERS, encoding="utf-8")
    klacht_home.mkdir(parents=True, exist_ok=True)
    (klacht_home / "config.yaml").write_text("spelling: off\n", encoding="utf-8")
    assert _klacht(["new", "--answers", str(path)], klacht_home).returncode == 0
    return klacht_home


def test_json_on_dev_full_is_exit_1_with_a_sentence(stored: Path) -> None:
    """`list --json > /dev/full` says it cannot write, exit 1, and prints no traceback."""
    with Path("/dev/full").open("w") as full:
        result = _klacht(["list", "--json"], stored, stdout=full)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "Exception ignored" not in result.stderr
    assert "uitvoer" in result.stderr


def test_json_with_stdout_closed_is_exit_1(stored: Path) -> None:
    """`list --json >&-` is exit 1 with a sentence, not an AttributeError."""
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import os, sys; os.close(1); os.execv(sys.argv[1], sys.argv[1:])",
            sys.executable,
            "-m",
            "klacht",
            "list",
            "--json",
        ],
        env={**os.environ, "KLACHT_HOME": str(stored), "KLACHT_TODAY": "2026-11-23"},
        stderr=subprocess.PIPE,
        text=True,
        check=False,
        timeout=60,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr


def test_ascii_locale_shows_text_and_keeps_json_exact(stored: Path) -> None:
    """With PYTHONIOENCODING=ascii, `show` prints (with ?) and `--json` stays exact, escaped."""
    env = {"PYTHONIOENCODING": "ascii"}
    shown = _klacht(["show", "cafe-unicode-1"], stored, env=env)
    assert shown.returncode == 0, shown.stderr
    assert "Traceback" not in shown.stderr
    listed = _klacht(["list", "--json"], stored, env=env)
    assert listed.returncode == 0
    assert listed.stdout.isascii()
    assert json.loads(listed.stdout)[0]["company"] == "Café Ünïcode"


@pytest.mark.parametrize(
    "args",
    [["remind", "--on", "9999-12-20"], ["log", "cafe-unicode-1", "response", "--on", "9999-12-20"]],
)
def test_far_dates_are_a_sentence(stored: Path, args: list[str]) -> None:
    """A date in the year 9999 is refused with exit 2 instead of an OverflowError."""
    result = _klacht(args, stored)
    assert result.returncode == 2
    assert "9999-12-20" in result.stderr
    assert "Traceback" not in result.stderr


def test_ctrl_c_while_modules_load_is_exit_130(monkeypatch: pytest.MonkeyPatch) -> None:
    """Ctrl-C before any command runs (while klacht.cli loads) ends with 130 and no traceback."""

    class Loading(types.ModuleType):
        def __getattr__(self, name: str) -> object:
            raise KeyboardInterrupt

    monkeypatch.setitem(sys.modules, "klacht.cli", Loading("klacht.cli"))
    with pytest.raises(SystemExit) as caught:
        entry.main()
    assert caught.value.code == 130
