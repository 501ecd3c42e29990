"""The ``klacht`` command: parses arguments, maps errors to exit codes, and nothing more."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from klacht.commands import edge
from klacht.commands import followup as followup_cli
from klacht.commands import reply as reply_cli
from klacht.commands import spelling as spelling_cli
from klacht.errors import ExitCode, KlachtError

app = typer.Typer(
    name="klacht",
    help="Klaag effectief, met resultaat, via sociale media. / Complain effectively, with results.",
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,  # locals hold the user's letter
    add_completion=False,
    rich_markup_mode=None,
)

Lang = Annotated[str | None, typer.Option("--lang", help="nl (standaard) of en.")]
Platform = Annotated[
    str | None, typer.Option("--platform", help="x, bluesky, mastodon, threads, facebook, ...")
]
Json = Annotated[bool, typer.Option("--json", help="Uitvoer als JSON (zie CLI.md).")]


@app.callback()
def _root(
    debug: Annotated[bool, typer.Option("--debug", help="Toon tracebacks.")] = False,
) -> None:
    edge.DEBUG["on"] = debug
    edge.LANG["current"] = "nl"  # until a command knows the user's language


@app.command()
def new(
    lang: Lang = None,
    platform: Platform = None,
    answers: Annotated[
        Path | None, typer.Option("--answers", help="YAML-antwoordenbestand: geen vragen.")
    ] = None,
    json_out: Json = False,
    resume: Annotated[
        str | None, typer.Option("--resume", help="Ga verder met een bewaard concept.")
    ] = None,
) -> None:
    """Schrijf een nieuwe klacht: de wizard. / Draft a new complaint."""
    from klacht.commands import new as new_cmd

    with edge.friendly_errors():
        new_cmd.run(lang=lang, platform=platform, answers=answers, json_out=json_out, resume=resume)


@app.command()
def check(
    text: Annotated[str | None, typer.Argument(help="De tekst, of - voor standaardinvoer.")] = None,
    file: Annotated[
        Path | None, typer.Option("--file", "-f", help="Lees de tekst uit een bestand.")
    ] = None,
    lang: Lang = None,
    platform: Platform = None,
    json_out: Json = False,
    fix: Annotated[
        bool, typer.Option("--fix", help="Pas veilige correcties toe en toon de tekst.")
    ] = False,
    interactive: Annotated[
        bool, typer.Option("--interactive", "-i", help="Loop de opmerkingen samen met je door.")
    ] = False,
    private: Annotated[
        bool, typer.Option("--private", help="Het is een privébericht: privégegevens mogen.")
    ] = False,
) -> None:
    """Controleer een tekst: toon, privacy, lengte, spelling. / Check a text."""
    from klacht.commands import check as check_cmd

    with edge.friendly_errors():
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
    if file is not None and text is not None:
        raise KlachtError("Geef een tekst of --file, niet allebei.")
    if file is not None:
        try:
            return file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as err:
            raise KlachtError(f"Kan {file} niet lezen: {err}") from err
    if text is None or text == "-":
        if text is None and sys.stdin.isatty():
            raise KlachtError("Geef een tekst, --file PAD, of - om van standaardinvoer te lezen.")
        return sys.stdin.read()
    return text


followup_cli.register(app)
reply_cli.register(app)
app.add_typer(spelling_cli.app, name="spelling")


def main() -> None:
    """Run the command line; the entry point ``klacht``."""
    try:
        app()
    except KeyboardInterrupt:  # pragma: no cover - outside any command body
        sys.exit(int(ExitCode.INTERRUPTED))
