"""Jinja2 templates, sandboxed: every user value is data, never a template."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from klacht import __version__
from klacht.errors import StoreError, TemplateError, says
from klacht.storage import paths
from klacht.writing.dates import MONTHS

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Mapping

    from jinja2 import BaseLoader
    from jinja2.sandbox import SandboxedEnvironment


def format_date(value: dt.date, lang: str = "nl", *, year: bool = True) -> str:
    """Return ``20 november 2026`` (nl) or ``20 November 2026`` (en)."""
    text = f"{value.day} {MONTHS[lang.split('-')[0]][value.month - 1]}"
    return f"{text} {value.year}" if year else text


def capital(text: str) -> str:
    """Return ``text`` with a capital first letter."""
    return text[:1].upper() + text[1:]


def lower_first(text: str) -> str:
    """Return ``text`` with its first letter in lower case when it is an ordinary word.

    "Mijn pakket" becomes "mijn pakket"; "NS" and "iPhone" stay as they are.
    """
    text = text.strip()
    if text[:1].isupper() and text[1:2].islower():
        return text[0].lower() + text[1:]
    return text


def _own_templates() -> BaseLoader:
    """Return klacht's templates: inside the installed wheel, or top-level in a source checkout."""
    from jinja2 import FileSystemLoader, PackageLoader

    try:
        return PackageLoader("klacht", "templates")
    except ValueError:  # an editable install: the wheel's force-include does not apply
        return FileSystemLoader(str(Path(__file__).resolve().parents[3] / "templates"))


@cache
def environment() -> SandboxedEnvironment:
    """Return the template environment: user templates first, then klacht's own."""
    from jinja2 import ChoiceLoader, FileSystemLoader, StrictUndefined

    from klacht.writing.compose import sentence  # compose imports this module: import late
    from klacht.writing.sandbox import (  # lazy: imports jinja2 (~40 ms)
        CompiledTemplates,
        LimitedEnvironment,
    )

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


def render_template(lang: str, name: str, context: Mapping[str, object]) -> str:
    """Render ``templates/{lang}/{name}.j2`` with ``context``; the result is stripped."""
    import jinja2

    from klacht.writing.sandbox import render_limited  # lazy: imports jinja2 (~40 ms)

    where = f"{lang}/{name}.j2"
    try:
        template = environment().get_or_select_template([where, f"{lang.split('-')[0]}/{name}.j2"])
        return render_limited(template, context, name=template.filename or where).strip()
    except (OSError, UnicodeDecodeError) as err:  # a user template that cannot be read
        reason = getattr(err, "strerror", None) or type(err).__name__
        raise TemplateError(says("template.unreadable", name=where, reason=reason)) from None
    except jinja2.TemplateError as err:
        raise TemplateError(f"Sjabloon {lang}/{name}.j2 kan niet worden gemaakt: {err}") from err
