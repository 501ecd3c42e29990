"""``klacht check`` on a terminal: the findings shown with rich, and the interactive review.

``klacht check --json`` never comes here: it needs none of rich or the screens.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from klacht.commands import edge
from klacht.commands.check import exit_code, fixed
from klacht.errors import KlachtError, says
from klacht.screens import ui
from klacht.screens.review import offer_private_moves, private_details, review_text
from klacht.writing.texts import t

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from klacht.checks import CheckReport as Report
    from klacht.errors import ExitCode
    from klacht.model import Finding


def run(
    text: str, check: Callable[[str], Report], *, lang: str, fix: bool, interactive: bool
) -> ExitCode:
    """Check ``text`` (reviewed with the user first when ``interactive``), print the findings
    in colour, and return the exit code.
    """

    def recheck(changed: str) -> Sequence[Finding]:
        return check(changed).findings

    report = check(text)
    if interactive:
        text = review_interactively(text, report.findings, lang=lang, recheck=recheck)
        report = check(text)
    if fix:
        text, report = fixed(text, report, check)
    if report.fallback:
        edge.warn(report.fallback)
    console = edge.make_console()
    if fix:
        console.print(edge.clean(text.rstrip("\n")), markup=False, highlight=False)
    shown = fix or interactive  # the text was printed just above
    ui.print_findings(
        console, text, report.findings, lang=lang, backend=report.backend, show_text=not shown
    )
    return exit_code(report)


def review_interactively(
    text: str,
    findings: tuple[Finding, ...],
    *,
    lang: str,
    recheck: Callable[[str], Sequence[Finding]],
) -> str:
    """Walk the findings with the user (as the wizard does) and print the resulting text."""
    if not sys.stdin.isatty():
        raise KlachtError(says("err_interactive_needs_terminal"))
    console = edge.make_console()
    prompter = ui.RichPrompter(console, lang)
    ui.print_findings(console, text, findings, lang=lang)

    def edit(current: str) -> str:
        return prompter.ask(t("new_text", lang), default=current)

    text = review_text(prompter, lang, text, findings, recheck=recheck, edit=edit, console=console)
    text, moved = offer_private_moves(prompter, lang, text, recheck(text))
    prompter.show_text(t("new_text", lang), text)
    if moved:
        prompter.show_text(t("privacy_private_details", lang), private_details(moved, lang))
    return text
