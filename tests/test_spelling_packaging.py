"""The word-list build script lives outside the package; klacht never needs pyspellchecker."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_pyspellchecker_is_a_build_time_extra_only() -> None:
    """pyspellchecker is not a runtime dependency, only the 'wordlists' extra."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert not any(d.startswith("pyspellchecker") for d in project["dependencies"])
    assert any(
        d.startswith("pyspellchecker") for d in project["optional-dependencies"]["wordlists"]
    )


def test_the_build_script_is_outside_the_package() -> None:
    """The word-list builder is in scripts/, not shipped inside klacht."""
    assert (ROOT / "scripts" / "build_wordlists.py").is_file()
    assert not (ROOT / "src" / "klacht" / "data" / "wordlists" / "build.py").exists()
