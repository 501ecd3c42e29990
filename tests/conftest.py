"""Shared fixtures: every test gets its own KLACHT_HOME and a fixed today."""

from __future__ import annotations

import datetime as dt
import io
import signal
from typing import TYPE_CHECKING

import pytest
from hypothesis import settings
from rich.console import Console
from typer.testing import CliRunner

if TYPE_CHECKING:
    from pathlib import Path

TODAY = dt.date(2026, 11, 23)

# Property tests are deterministic (the same examples every run) and never timed: CI machines are
# shared and noisy, and a deadline there fails a test for the machine's sake, not klacht's.
settings.register_profile("klacht", derandomize=True, deadline=None)
settings.load_profile("klacht")

# A test run started in the background of a non-interactive shell ignores SIGINT, and the
# programs the terminal tests spawn would inherit that: Ctrl-C would do nothing. Restore it.
if signal.getsignal(signal.SIGINT) == signal.SIG_IGN:
    signal.signal(signal.SIGINT, signal.default_int_handler)


def pytest_addoption(parser: pytest.Parser) -> None:
    """Add --run-languagetool for the tests that need a real LanguageTool server."""
    parser.addoption(
        "--run-languagetool",
        action="store_true",
        default=False,
        help="run tests against the server in KLACHT_LT_SERVER",
    )


@pytest.fixture(autouse=True)
def klacht_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point KLACHT_HOME at a fresh folder and pin today, so no test touches real files."""
    home = tmp_path / "home"
    monkeypatch.setenv("KLACHT_HOME", str(home))
    monkeypatch.setenv("KLACHT_TODAY", TODAY.isoformat())
    return home


@pytest.fixture
def today() -> dt.date:
    """The fixed date tests run on."""
    return TODAY


@pytest.fixture
def runner() -> CliRunner:
    """A typer CliRunner."""
    return CliRunner()


@pytest.fixture
def console() -> Console:
    """A plain rich console writing to a string."""
    return Console(file=io.StringIO(), width=80, color_system=None)
