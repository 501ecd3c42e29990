"""``klacht check``: all checks on any text, for scripts and editors."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from klacht.checks import apply_fixes, check_text, safe_fixes
from klacht.checks.proposal import propose
from klacht.commands import edge
from klacht.errors import ExitCode, KlachtError, says
from klacht.storage.config import load_settings
from klacht.storage.userfiles import MAX_TEXT_BYTES, read_capped, read_stream
from klacht.writing.texts import t

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from klacht.model import Finding


def check(
    ctx: typer.Context,
    text: Annotated[str | None, typer.Argument(help="opt_text")] = None,
    file: Annotated[Path | None, typer.Option("--file", "-f", help="opt_file")] = None,
    lang: edge.Lang = None,
    platform: edge.Platform = None,
    json_out: edge.Json = False,
    fix: Annotated[bool, typer.Option("--fix", help="opt_fix")] = False,
    interactive: Annotated[
        bool, typer.Option("--interactive", "-i", help="opt_interactive")
    ] = False,
    private: Annotated[bool, typer.Option("--private", help="opt_private")] = False,
) -> None:
    """Check a text: tone, privacy, length, spelling (``klacht check``)."""
    with edge.friendly_errors(edge.session(ctx)) as session:
        lang = lang or session.learned  # `klacht --lang en check`: the root's --lang counts too
        session.use(lang)
        source = read_text(text, file)
        code = run(
            source,
            lang=lang,
            platform=platform,
            json_out=json_out,
            fix=fix,
            public=not private,
            interactive=interactive,
        )
    raise typer.Exit(int(code))


def read_text(text: str | None, file: Path | None) -> str:
    """Return the text to check; a file's or standard input's final line break is not part of it."""
    if file is not None and text is not None:
        raise KlachtError(says("err_text_and_file"))
    if file is not None:
        return _without_final_newline(read_capped(file))  # 1 MB: /dev/zero is a sentence
    if text is None or text == "-":
        if text is None and sys.stdin.isatty():
            raise KlachtError(says("err_no_text"))
        return _without_final_newline(read_stream(sys.stdin))
    if len(text) > MAX_TEXT_BYTES:
        raise KlachtError(says("storage.file_too_big", file="TEXT", limit="1 MB"))
    return text


def _without_final_newline(text: str) -> str:
    """Drop the one line break that ends a file (``echo``, editors), not the blank lines before."""
    return text.removesuffix("\n").removesuffix("\r")


def run(
    text: str,
    *,
    lang: str | None,
    platform: str | None,
    json_out: bool,
    fix: bool,
    public: bool,
    interactive: bool = False,
) -> ExitCode:
    """Check ``text``, print the findings (or JSON), and return the exit code."""
    settings = load_settings()
    lang = lang or settings.lang
    edge.check_options(lang, platform)
    if interactive and json_out:
        raise KlachtError(says("err_options_clash", first="--interactive", second="--json"))
    report = check_text(text, lang=lang, platform=platform, settings=settings, public=public)
    if interactive:

        def recheck(changed: str) -> tuple[Finding, ...]:
            return check_text(
                changed, lang=lang, platform=platform, settings=settings, public=public
            ).findings

        text = review_interactively(text, report.findings, lang=lang, recheck=recheck)
        report = check_text(text, lang=lang, platform=platform, settings=settings, public=public)
    if fix:
        fixed = apply_fixes(text, safe_fixes(report.findings))
        if fixed != text:
            report = check_text(
                fixed, lang=lang, platform=platform, settings=settings, public=public
            )
            text = fixed
    if report.fallback:
        edge.warn(report.fallback)
    if json_out:
        data: dict[str, object] = {
            "findings": [f.to_json() for f in report.findings],
            "backend": {"spelling": report.backend},
            "spelling_budget_reached": any(f.rule == "spelling.budget" for f in report.findings),
            "proposal": propose(text, report.findings, lang=lang).text,
        }
        if fix:
            data["text"] = text
        edge.print_json(data)
    else:
        from klacht.screens import ui  # lazy: rich and its views; --json needs neither

        console = edge.make_console()
        if fix:
            console.print(edge.clean(text.rstrip("\n")), markup=False, highlight=False)
        shown = fix or interactive  # the text was printed just above
        ui.print_findings(
            console, text, report.findings, lang=lang, backend=report.backend, show_text=not shown
        )
    return ExitCode.FINDINGS if report.has_errors else ExitCode.OK


def review_interactively(
    text: str,
    findings: tuple[Finding, ...],
    *,
    lang: str,
    recheck: Callable[[str], Sequence[Finding]],
) -> str:
    """Walk the findings with the user (as the wizard does) and print the resulting text."""

    from klacht.screens import ui  # lazy: rich prompts only here (~30 ms)
    from klacht.screens.review import (  # lazy: rich prompts only here
        offer_private_moves,
        private_details,
        review_text,
    )

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
