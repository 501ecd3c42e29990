"""``klacht spelling ...``: set up LanguageTool, the personal dictionary (placeholder)."""

from __future__ import annotations

import typer

app = typer.Typer(help="Spellingcontrole instellen. / Set up spell-checking.", no_args_is_help=True)


@app.command()
def status() -> None:
    """Toon welke spellingcontrole klacht gebruikt. / Show which checker runs."""
