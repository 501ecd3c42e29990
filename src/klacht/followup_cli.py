"""Commands of the follow-up: remind, list, show, log, export (placeholder)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import typer


def register(app: typer.Typer) -> None:
    """Add the follow-up commands to ``app``."""
    del app
