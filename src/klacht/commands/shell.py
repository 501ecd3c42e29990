"""The command line itself in the user's language: help pages and click's own messages.

typer (0.28) carries its own copy of click, whose messages are English literals. klacht's help
texts are catalogue keys (``help_*`` for commands, ``opt_*`` for options and arguments); the
formatter below puts them, click's headings and click's own sentences into the user's language,
and ``KlachtGroup.main`` words usage errors from the catalogue.
"""

from __future__ import annotations

import re
import sys
from typing import TYPE_CHECKING, Any, ClassVar

import typer
from typer._click.core import Command
from typer._click.exceptions import (  # typer ships click inside; no public name for these
    BadOptionUsage,
    BadParameter,
    ClickException,
    MissingParameter,
    NoArgsIsHelpError,
    NoSuchOption,
    UsageError,
)
from typer._click.formatting import HelpFormatter
from typer._click.shell_completion import CompletionItem
from typer.core import TyperGroup

from klacht.commands import edge
from klacht.commands.edge import Session
from klacht.commands.lazy import Lazy, LazyCommands
from klacht.writing.texts import catalogue, t, table

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from typer._click.core import Context

_CLICK_SENTENCES = {
    "Show this message and exit.": "opt_help",
    "Install completion for the current shell.": "opt_install_completion",
    "Show completion for the current shell, to copy it or customize the installation.": (
        "opt_show_completion"
    ),
}
"""click's and typer's own help sentences, by the catalogue key that says them."""

_EXTRA = re.compile(r"\s*\[(?P<what>default|required|env var)(?P<rest>[^\]]*)\]$")
_METAVAR = re.compile(r"(?<=[<{\['])(?P<name>[a-z_]+)(?=[>}\]'])|^(?P<bare>[a-z_]+)$")
_NO_COMMAND = re.compile(r"No such command '(?P<name>.*?)'\.(?: Did you mean (?P<like>.+)\?)?$")
_EXTRA_ARGS = re.compile(r"Got unexpected extra argument(?:\(s\)|s)? \((?P<args>.*)\)$")
_NEEDS_VALUE = re.compile(r"Option '(?P<name>.+)' requires ")
_NO_VALUE = re.compile(r"Option '(?P<name>.+)' does not take a value\.")


def say(text: str, lang: str) -> str:
    """Return a help text in ``lang``: a catalogue key or one of click's sentences, translated."""
    extra = ""
    if match := _EXTRA.search(text):
        text = text[: match.start()]
        names = table("help_extras", lang)
        extra = f"  [{names.get(match['what'], match['what'])}{match['rest']}]"
    key = _CLICK_SENTENCES.get(text, text)
    return (t(key, lang) if key in catalogue() else text) + extra


def metavars(text: str, lang: str) -> str:
    """Return ``text`` with typer's metavars (``<path>``, ``{complaint_id}``) in ``lang``."""
    names = table("help_metavars", lang)
    return _METAVAR.sub(lambda m: names.get(m[0], m[0]), text)


class LocalFormatter(HelpFormatter):
    """click's help formatter, speaking the user's language."""

    def __init__(self, lang: str, *args: Any, **kwargs: Any) -> None:
        """Format help in ``lang``; the other arguments are click's."""
        super().__init__(*args, **kwargs)
        self.lang = lang
        self.heading = ""

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        """Write the usage line with a translated prefix and placeholders."""
        args = args.replace("[OPTIONS]", t("usage_options", self.lang))
        args = args.replace("COMMAND [ARGS]...", t("usage_command", self.lang))
        prefix = t("usage_prefix", self.lang) + " " if prefix is None else prefix
        super().write_usage(prog, metavars(args, self.lang), prefix)

    def write_heading(self, heading: str) -> None:
        """Write a section heading (Options, Arguments, Commands) in the user's language."""
        self.heading = heading
        super().write_heading(table("help_headings", self.lang).get(heading, heading))

    def write_text(self, text: str) -> None:
        """Write a command's help text, looked up in the catalogue."""
        super().write_text(say(text, self.lang))

    def write_dl(
        self, rows: Sequence[tuple[str, str]], col_max: int = 30, col_spacing: int = 2
    ) -> None:
        """Write options, arguments or commands with their help in the user's language."""
        short = self.heading == "Commands"
        translated = []
        for first, second in rows:
            text = say(second, self.lang)
            if short:  # a command's first sentence: the list stays one line each
                first_sentence, _, rest = text.partition(". ")
                text = f"{first_sentence}." if rest else text
            else:
                first = metavars(first, self.lang)
            translated.append((first, text))
        super().write_dl(translated, col_max, col_spacing)


class KlachtContext(typer.Context):
    """click's context, whose help and usage speak the run's language."""

    def make_formatter(self) -> HelpFormatter:
        """Return a formatter in the language of this run's ``Session``."""
        return LocalFormatter(
            edge.session(self).lang, width=self.terminal_width, max_width=self.max_content_width
        )


def _adopt(command: Command) -> None:
    """Give ``command`` and every command under it klacht's context (and so its help)."""
    command.context_class = KlachtContext
    children = getattr(command, "commands", {})
    for child in children.loaded() if isinstance(children, LazyCommands) else children.values():
        _adopt(child)


def lang_option(args: Sequence[str]) -> str | None:
    """Return the value of ``--lang`` in ``args`` (``--lang en`` or ``--lang=en``), if any.

    Help pages and usage errors are shown while the arguments are parsed, before any command
    knows its options: this early look lets them speak the language the user asked for.
    """
    for i, arg in enumerate(args):
        if arg == "--":
            break
        if arg == "--lang" and i + 1 < len(args):
            return args[i + 1]
        if arg.startswith("--lang="):
            return arg.partition("=")[2]
    return None


def usage_message(err: UsageError, lang: str) -> str:
    """Return click's usage error ``err`` as a sentence in ``lang``."""
    hint = ""
    if isinstance(err, BadParameter) and err.param is not None and err.ctx is not None:
        hint = metavars(err.param.get_error_hint(err.ctx), lang)
    if isinstance(err, MissingParameter):
        kind = "argument" if err.param is None else err.param.param_type_name
        return t(f"click_missing_{'option' if kind == 'option' else 'argument'}", lang, name=hint)
    if isinstance(err, BadParameter):
        return t("click_invalid_value", lang, name=hint or "?", message=err.message)
    if isinstance(err, NoSuchOption):
        text = t("click_no_such_option", lang, name=edge.clean(err.option_name))
        if err.possibilities:
            options = ", ".join(sorted(err.possibilities))
            text += " " + t("click_did_you_mean", lang, options=options)
        return text
    message = err.message
    if isinstance(err, BadOptionUsage) and (match := _NEEDS_VALUE.match(message)):
        return t("click_needs_value", lang, name=match["name"])
    if isinstance(err, BadOptionUsage) and (match := _NO_VALUE.match(message)):
        return t("click_no_value", lang, name=match["name"])
    if match := _NO_COMMAND.match(message):
        text = t("click_no_such_command", lang, name=edge.clean(match["name"]))
        if match["like"]:
            text += " " + t("click_did_you_mean", lang, options=match["like"])
        return text
    if message == "Missing command.":
        return t("click_missing_command", lang)
    if match := _EXTRA_ARGS.match(message):
        return t("click_extra_arguments", lang, args=edge.clean(match["args"]))
    return edge.clean(err.format_message())


def show_usage_error(err: UsageError, lang: str) -> None:
    """Print a usage error as click does (usage, where to find help, the error) in ``lang``."""
    if err.ctx is not None:
        typer.echo(err.ctx.get_usage(), err=True)
        if err.ctx.command.get_help_option(err.ctx) is not None:
            try_help = t("click_try_help", lang, command=f"{err.ctx.command_path} --help")
            typer.echo(try_help + "\n", err=True)
    edge.error(usage_message(err, lang), lang=lang)


class KlachtGroup(TyperGroup):
    """The root ``klacht`` command: each run gets its ``Session``; click speaks its language.

    Its commands are ``lazy``: ``klacht --help`` lists them from the table, and a command's
    module is imported only when that command runs (or its help or completion is asked).
    """

    context_class = KlachtContext
    lazy: ClassVar[Mapping[str, Lazy]] = {}
    """The commands, by name, in the order ``--help`` lists them (set by a subclass)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        """Build the group as typer does; every command under it formats help in the language."""
        super().__init__(*args, **kwargs)
        self.commands = self.lazy_commands = LazyCommands(self.lazy, self.commands, _adopt)
        _adopt(self)

    def format_commands(self, ctx: Context, formatter: HelpFormatter) -> None:
        """List every command with its one-line help, without importing any of them."""
        rows = [(name, self.lazy_commands.help_of(name)) for name in self.lazy_commands]
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)

    def shell_complete(self, ctx: Context, incomplete: str) -> list[CompletionItem]:
        """Complete command names (with their help in the user's language) and options."""
        lang = ctx.ensure_object(Session).lang
        results = [
            CompletionItem(name, help=say(self.lazy_commands.help_of(name), lang))
            for name in self.lazy_commands
            if name.startswith(incomplete)
        ]
        results.extend(Command.shell_complete(self, ctx, incomplete))
        return results

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        windows_expand_args: bool = True,
        **extra: Any,
    ) -> Any:
        """Run the command line; usage errors and aborts are worded in the user's language."""
        argv = list(sys.argv[1:] if args is None else args)
        run = extra.setdefault("obj", Session(lang_option=lang_option(argv)))
        standalone = standalone_mode
        try:
            code = super().main(argv, prog_name, complete_var, False, windows_expand_args, **extra)
        except NoArgsIsHelpError as err:
            if not standalone:
                raise
            err.show()  # the help page, formatted in the user's language already
            sys.exit(err.exit_code)
        except UsageError as err:
            if not standalone:
                raise
            show_usage_error(err, run.lang)
            sys.exit(err.exit_code)
        except ClickException as err:
            if not standalone:
                raise
            edge.error(edge.clean(err.format_message()), lang=run.lang)
            sys.exit(err.exit_code)
        except typer.Abort:
            if not standalone:
                raise
            typer.echo(t("click_aborted", run.lang), err=True)
            sys.exit(1)
        if not standalone:
            return code
        sys.exit(code if isinstance(code, int) else 0)
