"""The ``klacht`` command: parses arguments, maps errors to exit codes, and nothing more."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from klacht import __version__
from klacht.commands import edge
from klacht.commands import followup as followup_cli
from klacht.commands import reply as reply_cli
from klacht.commands import spelling as spelling_cli
from klacht.commands.shell import KlachtGroup
from klacht.errors import ExitCode, KlachtError, says
from klacht.storage.userfiles import MAX_TEXT_BYTES, read_capped, read_stream

app = typer.Typer(
    name="klacht",
    cls=KlachtGroup,
    help="help_klacht",
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,  # locals hold the user's letter
    rich_markup_mode=None,
)

Lang = Annotated[str | None, typer.Option("--lang", help="opt_lang")]
Platform = Annotated[str | None, typer.Option("--platform", help="opt_platform")]
Json = Annotated[bool, typer.Option("--json", help="opt_json")]


def _show_version(value: bool) -> None:
    if value:
        typer.echo(f"klacht {__version__}")
        raise typer.Exit


@app.callback()
def _root(
    ctx: typer.Context,
    lang: Lang = None,
    debug: Annotated[bool, typer.Option("--debug", help="opt_debug")] = False,
    version: Annotated[
        bool,
        typer.Option("--version", callback=_show_version, is_eager=True, help="opt_version"),
    ] = False,
) -> None:
    run = edge.session(ctx)
    run.debug = debug
    run.use(lang)  # `klacht --lang en COMMAND`: the language of every command's messages
    with edge.friendly_errors(run):
        edge.check_options(lang, None)


@app.command(help="help_new")
def new(
    ctx: typer.Context,
    lang: Lang = None,
    platform: Platform = None,
    answers: Annotated[Path | None, typer.Option("--answers", help="opt_answers")] = None,
    json_out: Json = False,
    resume: Annotated[str | None, typer.Option("--resume", help="opt_resume")] = None,
    calm: Annotated[bool, typer.Option("--calm", help="opt_calm")] = False,
) -> None:
    """Schrijf een nieuwe klacht: de wizard. / Draft a new complaint."""
    from klacht.commands import new as new_cmd  # lazy: other commands need no wizard

    with edge.friendly_errors(edge.session(ctx)) as run:
        lang = lang or run.learned  # `klacht --lang en new`: the root's --lang counts too
        run.use(lang)
        new_cmd.run(
            lang=lang,
            platform=platform,
            answers=answers,
            json_out=json_out,
            resume=resume,
            calm=calm,
            session=run,
        )


@app.command(help="help_check")
def check(
    ctx: typer.Context,
    text: Annotated[str | None, typer.Argument(help="opt_text")] = None,
    file: Annotated[Path | None, typer.Option("--file", "-f", help="opt_file")] = None,
    lang: Lang = None,
    platform: Platform = None,
    json_out: Json = False,
    fix: Annotated[bool, typer.Option("--fix", help="opt_fix")] = False,
    interactive: Annotated[
        bool, typer.Option("--interactive", "-i", help="opt_interactive")
    ] = False,
    private: Annotated[bool, typer.Option("--private", help="opt_private")] = False,
) -> None:
    """Controleer een tekst: toon, privacy, lengte, spelling. / Check a text."""
    from klacht.commands import check as check_cmd  # lazy: other commands need no checks

    with edge.friendly_errors(edge.session(ctx)) as run:
        lang = lang or run.learned  # `klacht --lang en new`: the root's --lang counts too
        run.use(lang)
        source = _read_text(text, file)
        code = check_cmd.run(
            source,
            lang=lang,
            platform=platform,
            json_out=json_out,
            fix=fix,
            public=not private,
            interactive=interactive,
        )
    raise typer.Exit(int(code))


def _read_text(text: str | None, file: Path | None) -> str:
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


followup_cli.register(app)
reply_cli.register(app)
app.add_typer(spelling_cli.app, name="spelling")


def main() -> None:
    """Run the command line; the entry point ``klacht``."""
    for stream in (sys.stdout, sys.stderr):
        # PYTHONIOENCODING=ascii: a '?' for what the terminal cannot show, never a traceback
        if stream is not None and hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")
    try:
        app()
    except KeyboardInterrupt:  # pragma: no cover - outside any command body
        sys.exit(int(ExitCode.INTERRUPTED))
