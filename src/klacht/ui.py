"""Everything that prints or prompts with rich."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.markup import escape
from rich.text import Text

from klacht.edge import clean

if TYPE_CHECKING:
    from collections.abc import Sequence

    from rich.console import Console

    from klacht.model import Finding

_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}
_LABEL = {
    "nl": {"error": "fout", "warning": "let op", "info": "tip"},
    "en": {"error": "error", "warning": "warning", "info": "tip"},
}


def highlighted(text: str, findings: Sequence[Finding]) -> Text:
    """Return ``text`` as rich Text with each finding's span underlined in its colour."""
    shown = Text(clean(text))
    if len(shown.plain) != len(text):  # control characters removed: offsets no longer match
        return shown
    for f in findings:
        if f.end > f.start and f.kind != "length":
            shown.stylize(f"underline {_STYLE[f.severity]}", f.start, f.end)
    return shown


def print_findings(
    console: Console, text: str, findings: Sequence[Finding], *, lang: str, backend: str = ""
) -> None:
    """Print the text with its problems highlighted, then one line per finding."""
    labels = _LABEL.get(lang, _LABEL["en"])
    if not findings:
        console.print("[green]✓[/] " + ("Geen opmerkingen." if lang == "nl" else "No findings."))
    else:
        console.print(highlighted(text, findings))
        for f in findings:
            line = Text()
            line.append(f"{labels[f.severity]:>7} ", style=_STYLE[f.severity])
            if f.kind != "length":
                line.append(f"'{clean(f.text)}' ", style="bold")
            line.append(clean(f.message))
            if f.suggestions:
                arrow = " → " + " / ".join(clean(s) for s in f.suggestions[:3])
                line.append(arrow, style="green")
            line.append(f"  [{f.rule}]", style="dim")
            console.print(line)
    if backend:
        console.print(f"[dim]spelling: {escape(backend)}[/]")
