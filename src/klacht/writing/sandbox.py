"""Limits for rendering templates, the user's own included: time, size, recursion, big numbers.

Jinja's sandbox already refuses attribute tricks and ``range()`` over 100 000 items. A user's
template can still loop for ever (nested loops over big ranges), recurse in a macro, or build
a huge string with ``'x' * 10**9``. :func:`render_limited` renders under a wall-clock limit
(``SIGALRM`` in the main thread, where the command line runs), stops when the text grows past
``MAX_CHARS``, and turns every such case into a ``TemplateError`` that names the template.
"""

from __future__ import annotations

import contextlib
import signal
import threading
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

import jinja2
from jinja2 import (
    ChoiceLoader,
    FileSystemBytecodeCache,
    FileSystemLoader,
    PackageLoader,
    StrictUndefined,
)
from jinja2.sandbox import SandboxedEnvironment

from klacht import __version__
from klacht.errors import StoreError, TemplateError, says
from klacht.storage import paths
from klacht.writing.compose import sentence
from klacht.writing.render import capital, format_date, lower_first

if TYPE_CHECKING:
    from collections.abc import Iterator, Mapping

    from jinja2 import BaseLoader, Template
    from jinja2.bccache import Bucket

MAX_SECONDS: Final = 2.0
"""A letter renders in milliseconds; two seconds means a loop that does not end."""
MAX_CHARS: Final = 100_000
"""A letter is a few thousand characters; more is a runaway loop."""
MAX_REPEAT: Final = 100_000
"""The largest ``*`` or ``**`` operand a template may use on text, lists or numbers."""


class _TimeUp(Exception):  # noqa: N818 -- raised by the alarm, never shown
    """The wall-clock limit passed."""


class LimitedEnvironment(SandboxedEnvironment):
    """A sandbox that also refuses ``'x' * 10**9``, ``[0] * 10**9`` and ``9 ** 10**6``."""

    intercepted_binops = frozenset({"*", "**"})

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        """Refuse a repeat or power over ``MAX_REPEAT``; do the rest as Python does."""
        for value in (left, right):
            if isinstance(value, int) and not isinstance(value, bool) and abs(value) > MAX_REPEAT:
                raise OverflowError("number too large for a template")
        return super().call_binop(context, operator, left, right)


def _own_templates() -> BaseLoader:
    """Return klacht's templates: inside the installed wheel, or top-level in a source checkout."""
    try:
        return PackageLoader("klacht", "templates")
    except ValueError:  # an editable install: the wheel's force-include does not apply
        return FileSystemLoader(str(Path(__file__).resolve().parents[3] / "templates"))


@cache
def environment() -> SandboxedEnvironment:
    """Return the template environment: user templates first, then klacht's own."""
    user_templates = FileSystemLoader(str(paths.config_dir() / "templates"))
    # Compiling the six templates of one `klacht new` takes ~40 ms, loading them compiled ~2 ms.
    # The compiled code depends on the options below too: one folder per klacht version.
    compiled = paths.cache_dir() / f"templates-{__version__}"
    try:
        paths.ensure_private_dir(compiled)
    except (OSError, StoreError):
        bytecode_cache = None  # a read-only or foreign cache folder: compile every time
    else:
        bytecode_cache = CompiledTemplates(str(compiled))
    # Plain-text output, never HTML: autoescape would only corrupt apostrophes and ampersands.
    env = LimitedEnvironment(
        loader=ChoiceLoader([user_templates, _own_templates()]),
        undefined=StrictUndefined,
        keep_trailing_newline=False,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,
        bytecode_cache=bytecode_cache,
    )
    env.filters["format_date"] = format_date
    env.filters["sentence"] = sentence
    env.filters["capital"] = capital
    env.filters["lower_first"] = lower_first
    return env


def render_file(lang: str, name: str, context: Mapping[str, object]) -> str:
    """Render ``templates/{lang}/{name}.j2`` (or the base language's) with ``context``, stripped.

    Raises:
        TemplateError: the template is missing, unreadable, invalid or breaks a limit.
    """
    where = f"{lang}/{name}.j2"
    try:
        template = environment().get_or_select_template([where, f"{lang.split('-')[0]}/{name}.j2"])
        return render_limited(template, context, name=template.filename or where).strip()
    except (OSError, UnicodeDecodeError) as err:  # a user template that cannot be read
        reason = getattr(err, "strerror", None) or type(err).__name__
        raise TemplateError(says("template.unreadable", name=where, reason=reason)) from None
    except jinja2.TemplateError as err:
        raise TemplateError(f"Sjabloon {lang}/{name}.j2 kan niet worden gemaakt: {err}") from err


def render_limited(template: Template, context: Mapping[str, object], *, name: str) -> str:
    """Render ``template`` with ``context`` under the limits of this module.

    Raises:
        TemplateError: too slow, too long, too deep, a number too large, or unreadable.
    """
    try:
        with _deadline(MAX_SECONDS):
            return _collect(template.generate(**context), name)
    except _TimeUp:
        raise TemplateError(says("template.too_slow", name=name, seconds=MAX_SECONDS)) from None
    except RecursionError:
        raise TemplateError(says("template.too_deep", name=name)) from None
    except (OverflowError, MemoryError) as err:
        raise TemplateError(says("template.too_big", name=name, reason=str(err))) from None


def _collect(chunks: Iterator[str], name: str) -> str:
    parts: list[str] = []
    size = 0
    for chunk in chunks:
        size += len(chunk)
        if size > MAX_CHARS:
            raise TemplateError(says("template.too_long", name=name, limit=MAX_CHARS))
        parts.append(chunk)
    return "".join(parts)


@contextlib.contextmanager
def _deadline(seconds: float) -> Iterator[None]:
    """Raise ``_TimeUp`` in the main thread after ``seconds`` (no limit in other threads)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def ring(signum: int, frame: object) -> None:
        del signum, frame
        raise _TimeUp

    previous = signal.signal(signal.SIGALRM, ring)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


class CompiledTemplates(FileSystemBytecodeCache):
    """Templates compiled once, kept in klacht's cache folder; a cache that cannot be written
    (a full disk, a folder removed meanwhile) only means compiling again next time.
    """

    def load_bytecode(self, bucket: Bucket) -> None:
        """Load the compiled template, if the folder has it and can be read."""
        with contextlib.suppress(OSError):
            super().load_bytecode(bucket)

    def dump_bytecode(self, bucket: Bucket) -> None:
        """Keep the compiled template, unless the folder refuses it."""
        with contextlib.suppress(OSError):
            super().dump_bytecode(bucket)
