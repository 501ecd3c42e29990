"""klacht in a real pseudo-terminal (pexpect): one way to start it and to answer a prompt."""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

import pexpect

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping
    from pathlib import Path


def spawn_klacht(
    home: Path,
    *args: str,
    env: Mapping[str, str] | None = None,
    unset: Iterable[str] = ("EDITOR", "VISUAL"),
) -> pexpect.spawn:
    """Start ``python -m klacht ARGS`` in a 50x120 terminal with its own home and a fixed today."""
    full = {
        **os.environ,
        "KLACHT_HOME": str(home),
        "KLACHT_TODAY": "2026-11-23",
        "TERM": "xterm",
        "COLUMNS": "120",
        "LINES": "50",
        **(env or {}),
    }
    for name in unset:
        full.pop(name, None)
    return pexpect.spawn(
        sys.executable,
        ["-m", "klacht", *args],
        env=full,
        encoding="utf-8",
        timeout=30,
        dimensions=(50, 120),
    )


def answer(child: pexpect.spawn, prompt: str, keys: str) -> None:
    """Wait for ``prompt`` and type ``keys`` with Enter."""
    child.expect(prompt)
    child.sendline(keys)
