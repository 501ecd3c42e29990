"""The command-line edge shared by command modules: errors to exit codes, dates, output."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import sys
from typing import TYPE_CHECKING, Any

from klacht.errors import ExitCode, Interrupted, KlachtError
from klacht.model import strip_controls

if TYPE_CHECKING:
    from collections.abc import Iterator

    from rich.console import Console

DEBUG = {"on": False}
LANG = {"current": "nl"}
"""The language of the command's user, once known (``--lang`` or config): for the error label."""


def clean(text: str) -> str:
    """Strip control characters (ANSI escapes, bidi overrides) from text that will be shown."""
    return strip_controls(text)


def today(timezone: str | None = None) -> dt.date:
    """Return today's date in ``timezone`` (default: the configured one).

    ``KLACHT_TODAY`` pins it for tests and scripts. Commands that hold their settings pass
    ``settings.timezone``, so config.yaml is not read twice.
    """
    pinned = os.environ.get("KLACHT_TODAY")
    if pinned:
        try:
            return dt.date.fromisoformat(pinned)
        except ValueError:
            raise KlachtError(
                f"KLACHT_TODAY: '{clean(pinned)}' is geen datum JJJJ-MM-DD."
            ) from None
    from zoneinfo import ZoneInfo

    from klacht.storage.config import load_settings

    return dt.datetime.now(ZoneInfo(timezone or load_settings().timezone)).date()


def check_options(lang: str | None, platform: str | None) -> None:
    """Refuse a --lang or --platform that klacht does not know (exit 2)."""
    from klacht.model import LANGS, PLATFORMS

    if lang is not None and lang not in LANGS:
        raise KlachtError(f"--lang moet nl of en zijn, niet '{clean(lang)}'.")
    if platform is not None and platform not in PLATFORMS:
        raise KlachtError(
            f"Onbekend platform '{clean(platform)}'.", hint=f"Kies uit: {', '.join(PLATFORMS)}."
        )


def warn(message: str) -> None:
    """Print a note on standard error (never on stdout, which may be JSON)."""
    from rich.text import Text

    make_console(stderr=True).print(Text(clean(message), style="yellow"))


def parse_date_option(value: str | None, option: str = "--on") -> dt.date | None:
    """Parse an ISO date given on the command line, or refuse it with exit code 2."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise KlachtError(
            f"{option}: '{clean(value)}' is geen datum in de vorm JJJJ-MM-DD."
        ) from None


def make_console(*, stderr: bool = False) -> Console:
    """Return a rich console; plain when not a terminal."""
    from rich.console import Console

    # Messages on stderr are never wrapped: scripts grep them, and paths must stay whole.
    return Console(stderr=stderr, highlight=False, soft_wrap=stderr)


def print_json(data: Any) -> None:
    """Write ``data`` as JSON to standard output (the contract's shapes)."""
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    sys.stdout.flush()


def error(message: str, hint: str | None = None) -> None:
    """Print an error message (and hint) on standard error, markup-safe."""
    from rich.markup import escape

    console = make_console(stderr=True)
    label = "Error" if LANG["current"] == "en" else "Fout"
    console.print(f"[bold red]{label}:[/] {escape(clean(message))}")
    if hint:
        console.print(escape(clean(hint)))


@contextlib.contextmanager
def friendly_errors() -> Iterator[None]:
    """Turn KlachtError into a message and its exit code; Ctrl-C into exit 130."""
    try:
        yield
    except Interrupted as err:
        from rich.text import Text  # lazy: only on the way out (rich costs ~30 ms to import)

        from klacht.writing import texts  # lazy: importlib.resources costs ~40 ms at start-up

        console = make_console(stderr=True)
        console.print()
        console.print(Text(clean(texts.describe(err, LANG["current"])[0]), style="yellow"))
        raise _exit(err.exit_code) from None
    except KlachtError as err:
        if DEBUG["on"]:
            raise
        from klacht.writing import texts  # lazy: importlib.resources costs ~40 ms at start-up

        error(*texts.describe(err, LANG["current"]))
        raise _exit(err.exit_code) from None
    except (KeyboardInterrupt, EOFError):
        if DEBUG["on"]:
            raise
        make_console(stderr=True).print()
        raise _exit(ExitCode.INTERRUPTED) from None


def _exit(code: int) -> Exception:
    """Return typer's ``Exit`` for ``code``; typer is imported only on the way out."""
    import typer  # lazy: callers of the domain (and --json runs) need no typer

    return typer.Exit(int(code))
