"""``klacht new``: the guided complaint (placeholder)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path


def run(
    *,
    lang: str | None,
    platform: str | None,
    answers: Path | None,
    json_out: bool,
    resume: str | None,
) -> None:
    """Run the wizard or the answers file."""
    del lang, platform, answers, json_out, resume
