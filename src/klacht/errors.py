"""The errors a user can fix, and the exit codes of the scripting contract."""

from __future__ import annotations

import errno
import json
from dataclasses import dataclass, field
from enum import IntEnum
from typing import ClassVar, Final


class ExitCode(IntEnum):
    """Exit codes as ``shared/CLI.md`` defines them."""

    OK = 0
    FINDINGS = 1  # `klacht check` found error-level problems, or an operational failure
    BAD_INPUT = 2  # arguments, answers files, unknown id or event
    INTERRUPTED = 130  # Ctrl-C / Ctrl-D, draft saved


@dataclass(frozen=True, slots=True)
class Says:
    """A sentence of the text catalogue not yet put into a language: its key and values.

    Errors raised where the user's language is unknown carry this; the command-line edge,
    which knows the language, turns it into text (``klacht.writing.texts.t``).
    """

    key: str
    """The catalogue key (``data/texts/*.yaml``)."""
    values: dict[str, object] = field(default_factory=dict)
    """The placeholders' values."""

    def __str__(self) -> str:
        """Return the key and values (for logs and tracebacks; users see the catalogue text)."""
        return f"{self.key} {self.values}" if self.values else self.key


def says(key: str, **values: object) -> Says:
    """Return the catalogue sentence ``key`` with ``values``, to be put in a language later."""
    return Says(key, values)


_ERRNO_KEYS: Final = {
    errno.ENOENT: "os.missing",
    errno.EISDIR: "os.is_dir",
    errno.ENOTDIR: "os.not_dir",
    errno.EACCES: "os.no_permission",
    errno.EPERM: "os.no_permission",
    errno.ENOSPC: "os.disk_full",
    errno.EROFS: "os.read_only",
}
"""The system's reasons a user can act on, as catalogue keys (never the system's English)."""


def os_reason(err: BaseException) -> Says:
    """Return why reading or writing a file failed, as a sentence for the user's language."""
    if isinstance(err, OSError) and err.errno in _ERRNO_KEYS:
        return Says(_ERRNO_KEYS[err.errno])
    if isinstance(err, json.JSONDecodeError):
        return Says("os.not_json")
    if isinstance(err, UnicodeDecodeError):
        return Says("os.not_utf8")
    if isinstance(err, OSError):
        code = errno.errorcode.get(err.errno or 0, "?")
        return Says("os.other", {"code": code})
    return Says("os.damaged")


class KlachtError(Exception):
    """A problem the user can fix. ``str(err)`` is shown as it is, or ``says`` in their language."""

    exit_code: ClassVar[ExitCode] = ExitCode.BAD_INPUT

    def __init__(self, message: str | Says, *, hint: str | Says | None = None) -> None:
        """Keep the message and an optional hint on what to do next."""
        super().__init__(str(message))
        self.message = message
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
