"""The errors a user can fix, and the exit codes of the scripting contract."""

from __future__ import annotations

from enum import IntEnum
from typing import TYPE_CHECKING, ClassVar

if TYPE_CHECKING:
    from collections.abc import Mapping


class ExitCode(IntEnum):
    """Exit codes as ``shared/CLI.md`` defines them."""

    OK = 0
    FINDINGS = 1  # `klacht check` found error-level problems, or an operational failure
    BAD_INPUT = 2  # arguments, answers files, unknown id or event
    INTERRUPTED = 130  # Ctrl-C / Ctrl-D, draft saved


class KlachtError(Exception):
    """A problem the user can fix. ``str(err)`` is shown as it is.

    Layers below the text catalogue (storage) raise it with a catalogue ``key`` and its
    ``values`` instead of a sentence; the command edge turns those into the user's language.
    ``str(err)`` then names the key and the values (file, line), for logs and tests.
    """

    exit_code: ClassVar[ExitCode] = ExitCode.BAD_INPUT

    def __init__(
        self,
        message: str = "",
        *,
        hint: str | None = None,
        key: str | None = None,
        hint_key: str | None = None,
        values: Mapping[str, object] | None = None,
    ) -> None:
        """Keep the message (or catalogue key and values) and an optional hint."""
        self.key = key
        self.hint_key = hint_key
        self.values: dict[str, object] = dict(values or {})
        if not message and key:
            message = key + "".join(f" {name}={value}" for name, value in self.values.items())
        super().__init__(message)
        self.hint = hint


class DataFileError(KlachtError):
    """A YAML file (answers, rules, config, address book) is unreadable or invalid."""


class TemplateError(KlachtError):
    """A template could not be rendered."""


class StoreError(KlachtError):
    """The store could not be read or written."""

    exit_code: ClassVar[ExitCode] = ExitCode.FINDINGS


class NotFoundError(KlachtError):
    """No complaint with that id."""


class SpellcheckUnavailable(KlachtError):  # noqa: N818 -- the name says what happened
    """A spelling backend did not answer; callers fall back to the embedded checker."""


class Interrupted(KlachtError):  # noqa: N818 -- it is an interruption, not an error
    """The user pressed Ctrl-C or Ctrl-D; the draft is saved and the message says how to resume."""

    exit_code: ClassVar[ExitCode] = ExitCode.INTERRUPTED
