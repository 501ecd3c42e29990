"""Standard output that cannot fail with a traceback: closed (``>&-``), full, or a closed pipe.

``klacht.cli.main`` puts ``GuardedOutput`` in place of ``sys.stdout`` once, before any command
runs, so every writer (rich, ``typer.echo``, click's help, JSON) goes through one guard.
"""

from __future__ import annotations

import contextlib
import errno
import os
from typing import TYPE_CHECKING, Any, TypeVar

import typer

from klacht.errors import StoreError, says

if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import TextIO

T = TypeVar("T")


class GuardedOutput:
    """A text stream around standard output; a failed write is a ``StoreError`` (exit 1).

    After the first failure the stream is pointed at ``os.devnull`` and stays quiet, so the
    error message, and Python's own flush at exit, cannot fail a second time.
    """

    def __init__(self, stream: TextIO | None) -> None:
        """Guard ``stream`` (``None`` when the process started with standard output closed)."""
        self._stream = stream
        self._failed = False

    def write(self, text: str) -> int:
        """Write ``text``; raise ``StoreError`` when standard output cannot take it."""
        if not isinstance(text, str):  # click probes with write(b""): a text stream refuses it
            raise TypeError(f"write() argument must be str, not {type(text).__name__}")
        if not text:  # ... and then with write(""), whose failure it ignores
            return 0
        return self._guard(lambda stream: stream.write(text), len(text))

    def flush(self) -> None:
        """Flush; raise ``StoreError`` when standard output cannot take what is buffered."""
        self._guard(lambda stream: stream.flush(), None)

    def isatty(self) -> bool:
        """Tell whether standard output is a terminal (a closed one is not)."""
        try:
            return self._stream is not None and self._stream.isatty()
        except (OSError, ValueError):
            return False

    def __getattr__(self, name: str) -> Any:
        """Pass everything else (``encoding``, ``fileno``, ``buffer``…) to the real stream."""
        if self._stream is None:
            raise AttributeError(name)
        return getattr(self._stream, name)

    def _guard(self, action: Callable[[TextIO], T], quiet: T) -> T:
        if self._failed:
            return quiet
        try:
            if self._stream is None:
                raise OSError(errno.EBADF, os.strerror(errno.EBADF))
            return action(self._stream)
        except (OSError, ValueError) as err:  # ValueError: the stream was closed
            self._failed = True
            self._silence()
            if getattr(err, "errno", None) == errno.EPIPE:
                # The reader stopped (`klacht check --file BIG | head`): nothing to tell.
                raise typer.Exit(1) from None
            reason = getattr(err, "strerror", None) or str(err)
            raise StoreError(says("output.failed", reason=reason)) from None

    def _silence(self) -> None:
        """Point file descriptor 1 at ``os.devnull``, so what is still buffered goes nowhere."""
        with contextlib.suppress(OSError, ValueError, AttributeError):
            if self._stream is not None:
                devnull = os.open(os.devnull, os.O_WRONLY)
                os.dup2(devnull, self._stream.fileno())
                os.close(devnull)
