"""The ``klacht`` command: the root options, and the table of commands it loads when they run."""

from __future__ import annotations

import sys
from types import MappingProxyType
from typing import TYPE_CHECKING, Annotated, Final, cast

import typer

from klacht import __version__
from klacht.commands import edge
from klacht.commands.lazy import Lazy
from klacht.commands.output import GuardedOutput
from klacht.commands.shell import KlachtGroup
from klacht.errors import ExitCode, KlachtError

if TYPE_CHECKING:
    from typing import TextIO

COMMANDS: Final = MappingProxyType(
    {
        "new": Lazy("klacht.commands.new", "new", "help_new"),
        "check": Lazy("klacht.commands.check", "check", "help_check"),
        "remind": Lazy("klacht.commands.remind", "remind", "help_remind"),
        "list": Lazy("klacht.commands.overview", "list_", "help_list"),
        "show": Lazy("klacht.commands.overview", "show", "help_show"),
        "log": Lazy("klacht.commands.record", "log", "help_log"),
        "export": Lazy("klacht.commands.record", "export", "help_export"),
        "rm": Lazy("klacht.commands.drafts", "rm", "help_rm"),
        "reply": Lazy("klacht.commands.reply", "reply", "help_reply"),
        "spelling": Lazy("klacht.commands.spelling", "app", "help_spelling"),
    }
)
"""Every command, in the order ``klacht --help`` lists them; a module is imported when it runs."""


class Klacht(KlachtGroup):
    """The root group with klacht's commands."""

    lazy = COMMANDS


app = typer.Typer(
    name="klacht",
    cls=Klacht,
    help="help_klacht",
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,  # locals hold the user's letter
    rich_markup_mode=None,
)


def _show_version(value: bool) -> None:
    if value:
        typer.echo(f"klacht {__version__}")
        raise typer.Exit


@app.callback()
def _root(
    ctx: typer.Context,
    lang: edge.Lang = None,
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


def main() -> None:
    """Run the command line; the entry point ``klacht``."""
    for stream in (sys.stdout, sys.stderr):
        # PYTHONIOENCODING=ascii: a '?' for what the terminal cannot show, never a traceback
        if stream is not None and hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")
    sys.stdout = cast("TextIO", GuardedOutput(sys.stdout))  # closed or full: a sentence, exit 1
    try:
        try:
            app()
        finally:
            sys.stdout.flush()  # what is still buffered fails here, not in Python's exit
    except KeyboardInterrupt:  # pragma: no cover - outside any command body
        sys.exit(int(ExitCode.INTERRUPTED))
    except KlachtError as err:  # standard output failed outside a command: --help, --version
        edge.error(err.message, err.hint, lang=edge.configured_lang())
        sys.exit(int(err.exit_code))
