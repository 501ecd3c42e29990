"""Jinja2 templates, sandboxed: every user value is data, never a template."""

from __future__ import annotations

from typing import TYPE_CHECKING

from klacht.writing.dates import MONTHS

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Mapping


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


def render_template(lang: str, name: str, context: Mapping[str, object]) -> str:
    """Render ``templates/{lang}/{name}.j2`` with ``context``; the result is stripped.

    Raises:
        TemplateError: the template is missing, unreadable, invalid or breaks a limit.
    """
    from klacht.writing.sandbox import render_file  # lazy: imports jinja2 (~40 ms)

    return render_file(lang, name, context)
