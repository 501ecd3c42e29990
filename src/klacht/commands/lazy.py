"""The root group's commands, imported only when one runs: ``klacht --help`` imports none.

click's ``Group.get_command`` is the hook (click's docs, "lazily loading subcommands"): the group
keeps a table of names, modules and help keys, and builds a command with typer the first time
it is asked for.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator, Mapping, MutableMapping
from dataclasses import dataclass

import typer
from typer._click.core import Command  # typer ships click inside; no public name for it
from typer.main import get_command_from_info, get_group_from_info
from typer.models import CommandInfo, TyperInfo


@dataclass(frozen=True, slots=True)
class Lazy:
    """A command of the root group, imported only when it runs or its help is asked."""

    module: str
    """The module that holds it, e.g. ``klacht.commands.new``."""
    attribute: str
    """The typer function in ``module`` (or a ``typer.Typer`` for a group of commands)."""
    help: str
    """Its help: a catalogue key (``help_*``), listed by ``klacht --help`` without the import."""


def load(name: str, entry: Lazy, adopt: Callable[[Command], None]) -> Command:
    """Import ``entry``'s module and build its click command, in klacht's help language."""
    target = getattr(importlib.import_module(entry.module), entry.attribute)
    command: Command
    if isinstance(target, typer.Typer):
        group = TyperInfo(target, help=entry.help)
        command = get_group_from_info(
            group, pretty_exceptions_short=True, rich_markup_mode=None, suggest_commands=True
        )
    else:
        info = CommandInfo(name=name, callback=target, help=entry.help)
        command = get_command_from_info(info, pretty_exceptions_short=True, rich_markup_mode=None)
    command.name = name
    adopt(command)
    return command


class LazyCommands(MutableMapping[str, Command]):
    """A group's commands by name: each is imported and built the first time it is asked for.

    Listing the names (usage errors, suggestions, the help page) imports nothing.
    """

    def __init__(
        self,
        table: Mapping[str, Lazy],
        built: Mapping[str, Command],
        adopt: Callable[[Command], None],
    ) -> None:
        """Serve ``table``'s commands lazily and ``built`` ones as they are; ``adopt`` each
        command when it is built (klacht's context, so its help speaks the user's language).
        """
        self.table = table
        self._built = dict(built)
        self._adopt = adopt

    def loaded(self) -> list[Command]:
        """Return the commands built so far (none imported for this)."""
        return list(self._built.values())

    def __getitem__(self, name: str) -> Command:
        """Return command ``name``, importing its module on first use."""
        if name not in self._built:
            self._built[name] = load(
                name, self.table[name], self._adopt
            )  # KeyError: no such command
        return self._built[name]

    def __setitem__(self, name: str, command: Command) -> None:
        """Add a command that is built already."""
        self._built[name] = command

    def __delitem__(self, name: str) -> None:
        """Remove a built command (a lazy one stays in the table)."""
        del self._built[name]

    def __iter__(self) -> Iterator[str]:
        """Yield the names in the table's order, then those added later."""
        yield from self.table
        yield from (name for name in self._built if name not in self.table)

    def __len__(self) -> int:
        """Return how many commands there are."""
        return len(self.table.keys() | self._built.keys())

    def help_of(self, name: str) -> str:
        """Return the help (a catalogue key) of ``name`` without importing it."""
        if name in self.table:
            return self.table[name].help
        return self._built[name].get_short_help_str()
