"""The command line itself in the user's language: help pages and click's own messages."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

from typer.core import TyperGroup

from klacht.commands.edge import Session

if TYPE_CHECKING:
    from collections.abc import Sequence


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


class KlachtGroup(TyperGroup):
    """The root ``klacht`` command: starts each run with its ``Session``."""

    def main(self, args: Sequence[str] | None = None, *pos: Any, **extra: Any) -> Any:
        """Run the command line with a ``Session`` that knows the ``--lang`` asked for."""
        argv = list(sys.argv[1:] if args is None else args)
        extra.setdefault("obj", Session(lang_option=lang_option(argv)))
        return super().main(argv, *pos, **extra)
