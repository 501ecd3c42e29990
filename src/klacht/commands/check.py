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
from klacht.storage.userfiles import (
    MAX_TEXT_BYTES,
    read_capped,
    read_stream,
    refuse_undecodable,
)

if TYPE_CHECKING:
    from collections.abc import Callable

    from klacht.checks import CheckReport as Report


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
    """Return the text to check; a file's or standard input's final line break is not part of it.

    Raises:
        KlachtError: no text, an empty one, or one that is not UTF-8 (the same rule for an
            argument, standard input and a file).
    """
    if file is not None and text is not None:
        raise KlachtError(says("err_text_and_file"))
    if file is not None:
        read = _without_final_newline(read_capped(file))  # 1 MB: /dev/zero is a sentence
    elif text is None or text == "-":
        if text is None and sys.stdin.isatty():
            raise KlachtError(says("err_no_text"))
        read = _without_final_newline(read_stream(sys.stdin))
    elif len(text) > MAX_TEXT_BYTES:
        raise KlachtError(says("storage.file_too_big", file="TEXT", limit="1 MB"))
    else:
        read = refuse_undecodable(text, name="TEXT")
    if not read.strip():
        raise KlachtError(says("check.empty"), hint=says("err_no_text"))
    return read


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

    def check(changed: str) -> Report:
        return check_text(changed, lang=lang, platform=platform, settings=settings, public=public)

    if not json_out:
        # lazy: rich and the review screens take ~60 ms that `check --json` never uses
        from klacht.commands import check_terminal

        return check_terminal.run(text, check, lang=lang, fix=fix, interactive=interactive)
    report = check(text)
    if fix:
        text, report = fixed(text, report, check)
    if report.fallback:
        edge.warn(report.fallback)
    data: dict[str, object] = {
        "findings": [f.to_json() for f in report.findings],
        "backend": {"spelling": report.backend},
        "spelling_budget_reached": any(f.rule == "spelling.budget" for f in report.findings),
        "proposal": propose(text, report.findings, lang=lang).text,
    }
    if fix:
        data["text"] = text
    edge.print_json(data)
    return exit_code(report)


def fixed(text: str, report: Report, check: Callable[[str], Report]) -> tuple[str, Report]:
    """Return ``text`` with the safe fixes of its ``report`` applied, and the new report."""
    changed = apply_fixes(text, safe_fixes(report.findings))
    return (changed, check(changed)) if changed != text else (text, report)


def exit_code(report: Report) -> ExitCode:
    """Return 1 when the text has error-level findings, else 0."""
    return ExitCode.FINDINGS if report.has_errors else ExitCode.OK
