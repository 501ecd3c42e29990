"""A KLACHT_HOME that cannot be written: exit 1 for every command, and a hint that fits."""

from __future__ import annotations

import datetime as dt
import errno
import os
from typing import TYPE_CHECKING, Any

import pytest

import factories
from klacht.cli import app
from klacht.model import Event
from klacht.storage.store import Store

if TYPE_CHECKING:
    from pathlib import Path

    from typer.testing import CliRunner


@pytest.fixture
def read_only(klacht_home: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Store bolcom-1, then make writes under KLACHT_HOME fail with EROFS (root ignores modes)."""
    posted = (Event("posted", dt.date(2026, 11, 20)),)
    Store().save(factories.complaint(events=posted))
    real_open = os.open
    writing = os.O_WRONLY | os.O_RDWR | os.O_CREAT

    def refuse(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        if flags & writing and str(path).startswith(str(klacht_home)):
            raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", refuse)
    return klacht_home


@pytest.mark.parametrize(
    "args",
    [["spelling", "add", "kapstok"], ["log", "bolcom-1", "response"]],
    ids=["spelling add", "log"],
)
def test_a_read_only_home_is_an_operational_failure(
    runner: CliRunner, read_only: Path, args: list[str]
) -> None:
    """Writing into a read-only KLACHT_HOME is exit 1 (not 2: the input was fine), said in Dutch."""
    result = runner.invoke(app, args)
    assert result.exit_code == 1, result.output
    assert "alleen-lezen" in result.stderr
    assert "Read-only file system" not in result.stderr


def test_the_hint_names_the_folder_not_the_lock(runner: CliRunner, read_only: Path) -> None:
    """The hint says the folder cannot be written, never 'remove the .lock file'."""
    result = runner.invoke(app, ["log", "bolcom-1", "response"])
    assert f"De map {read_only} kan niet worden beschreven" in result.stderr
    assert "verwijder" not in result.stderr
    assert [e.event for e in Store().load("bolcom-1").events] == ["posted"]
