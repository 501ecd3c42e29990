"""Compiled templates are kept in the cache folder and reused; a broken cache only costs time."""

from __future__ import annotations

import json
import stat
from typing import TYPE_CHECKING

import pytest

from klacht import __version__
from klacht.cli import app
from klacht.writing import sandbox
from klacht.writing.sandbox import LimitedEnvironment

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from typer.testing import CliRunner

ANSWERS = """\
company: Bol
platform: x
handle: "@bolcom"
what: Mijn wasmachine is niet geleverd.
when: 2026-11-20
outcome: refund
"""


@pytest.fixture
def answers(tmp_path: Path) -> Iterator[Path]:
    """An answers file; the template environment is rebuilt before and after the test."""
    path = tmp_path / "a.yaml"
    path.write_text(ANSWERS, encoding="utf-8")
    sandbox.environment.cache_clear()
    yield path
    sandbox.environment.cache_clear()


def _new(runner: CliRunner, answers: Path) -> dict[str, object]:
    result = runner.invoke(app, ["new", "--answers", str(answers), "--json"])
    assert result.exit_code == 0, result.output
    shown: dict[str, object] = json.loads(result.stdout)
    return shown


def test_a_second_run_uses_the_compiled_templates(
    runner: CliRunner, klacht_home: Path, answers: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After one `klacht new`, the next renders the same texts without compiling a template."""
    first = _new(runner, answers)
    compiled = klacht_home / "cache" / f"templates-{__version__}"
    assert [p.suffix for p in compiled.iterdir()].count(".cache") >= 3
    assert stat.S_IMODE(compiled.stat().st_mode) == 0o700
    sandbox.environment.cache_clear()  # as a new process would start

    def compile_again(*args: object, **kwargs: object) -> None:
        raise AssertionError("a template was compiled again")

    monkeypatch.setattr(LimitedEnvironment, "compile", compile_again)
    second = _new(runner, answers)
    assert (first["id"], second["id"]) == ("bol-1", "bol-2")
    for key in ("post", "private_message", "schedule"):  # the texts name the complaint's id
        assert json.dumps(second[key]).replace("bol-2", "bol-1") == json.dumps(first[key])


def test_a_cache_that_cannot_be_used_only_costs_time(
    runner: CliRunner, klacht_home: Path, answers: Path
) -> None:
    """A file where the cache folder should be: `klacht new` still writes its texts (exit 0)."""
    (klacht_home / "cache").mkdir(parents=True, mode=0o700)
    (klacht_home / "cache" / f"templates-{__version__}").write_text("no folder", encoding="utf-8")
    shown = _new(runner, answers)
    assert str(shown["post"]).startswith("@bolcom")
