"""The command-line edge shared by command modules: errors to exit codes, dates, output."""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import json
import os
import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING, Annotated, Any
from zoneinfo import ZoneInfo

import typer

from klacht.errors import ExitCode, Interrupted, KlachtError, Says, StoreError, says
from klacht.model import LANGS, PLATFORMS, strip_controls
from klacht.storage.config import config_path, load_settings
from klacht.storage.yamlfile import read_yaml_mapping
from klacht.writing.texts import t

if TYPE_CHECKING:
    from collections.abc import Iterator

    from rich.console import Console

Lang = Annotated[str | None, typer.Option("--lang", help="opt_lang")]
Platform = Annotated[str | None, typer.Option("--platform", help="opt_platform")]
Json = Annotated[bool, typer.Option("--json", help="opt_json")]
"""Options several commands share."""

USER_LANGS = ("nl", "nl-BE", "en")
PIPE_WIDTH = 10_000
"""The width of a pipe or a file: wide enough that no table row is ever folded."""
MIN_YEAR, MAX_YEAR = 1000, 9000
"""Dates klacht plans from: far enough from year 1 and 9999 that a follow-up cannot overflow."""
"""The languages klacht speaks to its user in."""


@dataclass(slots=True)
class Session:
    """One run of ``klacht``: the user's language and ``--debug``; lives on click's context.

    The language is what ``--lang`` says (before the command or after it); else the one a
    command learned (the answers file's, the complaint's, set with ``use``); else config.yaml's
    ``lang``, read only when something is shown in it; else Dutch.
    """

    lang_option: str | None = None
    """The ``--lang`` given on the command line, if any (checked or not)."""
    debug: bool = False
    """``--debug``: tracebacks instead of friendly messages."""
    learned: str | None = None
    """The language a command learned from the answers file or the complaint."""

    @property
    def lang(self) -> str:
        """Return the user's language: ``--lang``, learned, config.yaml, else ``nl``."""
        return self.asked or self.learned or configured_lang()

    @property
    def asked(self) -> str | None:
        """Return the language ``--lang`` asked for, when klacht speaks it, else ``None``."""
        return self.lang_option if self.lang_option in USER_LANGS else None

    def use(self, lang: str | None) -> None:
        """Speak ``lang`` from now on, when klacht knows it (an unknown one is ignored)."""
        if lang in USER_LANGS:
            self.learned = lang


def configured_lang() -> str:
    """Return config.yaml's ``lang``, or ``nl`` when it says none or cannot be read."""
    try:
        raw = read_yaml_mapping(config_path(), text_keys=True) or {}
    except KlachtError:
        return "nl"  # the command itself reports the broken file
    lang = raw.get("lang")
    return lang if isinstance(lang, str) and lang in USER_LANGS else "nl"


def session(ctx: typer.Context) -> Session:
    """Return the run's ``Session`` from click's context (made once, by the root command)."""
    run: Session = ctx.ensure_object(Session)
    return run


def text(message: str | Says, lang: str) -> str:
    """Return ``message`` in ``lang``: a catalogue sentence is looked up, plain text kept."""
    if isinstance(message, Says):  # a value may be a sentence too (a reason in a message)
        values = {k: text(v, lang) if isinstance(v, Says) else v for k, v in message.values.items()}
        return t(message.key, lang, **values)
    return message


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
            day = dt.date.fromisoformat(pinned)
        except ValueError:
            raise KlachtError(says("err_today_env", value=clean(pinned))) from None
        if not MIN_YEAR <= day.year <= MAX_YEAR:
            raise KlachtError(says("date.out_of_range", option="KLACHT_TODAY", value=pinned))
        return day

    return dt.datetime.now(ZoneInfo(timezone or load_settings().timezone)).date()


def check_options(lang: str | None, platform: str | None) -> None:
    """Refuse a --lang or --platform that klacht does not know (exit 2)."""
    if lang is not None and lang not in LANGS:
        raise KlachtError(says("err_lang_option", value=clean(lang), langs=", ".join(LANGS)))
    if platform is not None and platform not in PLATFORMS:
        raise KlachtError(
            says("err_platform", value=clean(platform)),
            hint=says("hint_platforms", platforms=", ".join(PLATFORMS)),
        )


def warn(message: str) -> None:
    """Print a note on standard error (never on stdout, which may be JSON)."""
    plain(make_console(stderr=True), clean(message), style="yellow")


def parse_date_option(value: str | None, option: str = "--on") -> dt.date | None:
    """Parse an ISO date given on the command line, or refuse it with exit code 2."""
    if value is None:
        return None
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        raise KlachtError(says("err_date_option", option=option, value=clean(value))) from None
    if not MIN_YEAR <= day.year <= MAX_YEAR:  # 9999-12-20 plus a reminder overflows
        raise KlachtError(says("date.out_of_range", option=option, value=day.isoformat()))
    return day


def make_console(*, stderr: bool = False) -> Console:
    """Return a rich console; plain and unwrapped when not a terminal.

    Messages on stderr are never wrapped: scripts grep them, and paths must stay whole. Output
    to a pipe or a file keeps long lines whole too; a terminal keeps rich's layout.
    """
    # lazy: rich.console takes ~35 ms (bench: python -X importtime); `new --answers --json`,
    # `check --json` and every help page print through no console at all
    from rich.console import Console

    stream = sys.stderr if stderr else sys.stdout
    piped = stream is None or not stream.isatty()  # None: started with it closed (>&-)
    # A pipe has no width: tables get room for their longest row instead of rich's 80 columns
    width = PIPE_WIDTH if piped and not os.environ.get("COLUMNS") else None
    return Console(stderr=stderr, highlight=False, soft_wrap=stderr or piped, width=width)


def print_json(data: Any) -> None:
    """Write ``data`` as JSON to standard output (the contract's shapes).

    Non-ASCII stays as it is on a UTF-8 stream and is escaped (``\\u00e9``) on any other, so
    the JSON is exact whatever ``PYTHONIOENCODING`` says.

    Raises:
        StoreError: standard output is closed or full (``>&-``, ``/dev/full``): exit 1.
    """
    stream = sys.stdout
    encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
    text = json.dumps(data, ensure_ascii=encoding != "utf8", indent=2) + "\n"
    try:
        if stream is None:  # started with standard output closed
            raise OSError(errno.EBADF, os.strerror(errno.EBADF))
        stream.write(text)
        stream.flush()
    except (OSError, ValueError) as err:
        _drop_stdout()
        reason = getattr(err, "strerror", None) or str(err)
        raise StoreError(says("output.failed", reason=reason)) from None


def _drop_stdout() -> None:
    """Point standard output at /dev/null, so Python's own flush at exit cannot fail again."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def error(message: str | Says, hint: str | Says | None = None, *, lang: str) -> None:
    """Print an error message (and hint) on standard error in ``lang``, markup-safe."""
    console = make_console(stderr=True)
    plain(console, t("error_label", lang), style="bold red", end=" ")
    plain(console, clean(text(message, lang)))
    if hint:
        plain(console, clean(text(hint, lang)))


def plain(console: Console, message: str, *, style: str = "", end: str = "\n") -> None:
    """Print ``message`` as it is: no markup, emoji codes or highlighting read into it."""
    console.print(message, style=style, end=end, markup=False, emoji=False, highlight=False)


@contextlib.contextmanager
def friendly_errors(run: Session) -> Iterator[Session]:
    """Turn KlachtError into a message in the user's language and its exit code; Ctrl-C into 130.

    Yields ``run``, so the command can ``use`` the language it learns on the way.
    """
    try:
        yield run
    except Interrupted as err:
        console = make_console(stderr=True)
        console.print()
        plain(console, clean(text(err.message, run.lang)), style="yellow")
        raise _exit(err.exit_code) from None
    except KlachtError as err:
        if run.debug:
            raise
        error(err.message, err.hint, lang=run.lang)
        raise _exit(err.exit_code) from None
    except (KeyboardInterrupt, EOFError):
        if run.debug:
            raise
        make_console(stderr=True).print()
        raise _exit(ExitCode.INTERRUPTED) from None


def _exit(code: int) -> Exception:
    """Return typer's ``Exit`` for ``code``; typer is imported only on the way out."""
    return typer.Exit(int(code))
