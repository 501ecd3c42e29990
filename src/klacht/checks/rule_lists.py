"""Named word lists that the rules of a pack share (``lists:``), and their expansion.

A pack may hold ``lists: {name: [item, ...]}`` next to ``rules:``; a pattern or ``unless``
refers to a list as ``{name}``, which becomes ``(?:item|item|...)`` (longest first). Items
are small regular expressions (``medewerkers?``) and may refer to other lists. So a word
list is written once, and no pattern needs to be long.
"""

from __future__ import annotations

import re
from typing import Any, Final

from klacht.errors import DataFileError, says

_NAME: Final = re.compile(r"^[a-z][a-z0-9_]*$")
_REF: Final = re.compile(r"\{([a-z][a-z0-9_]*)\}")
_MAX_DEPTH: Final = 4
MAX_PATTERN: Final = 200
"""The longest pattern the built-in packs write by hand (tests/test_data.py checks it)."""


def parse_lists(raw: object, source: str) -> dict[str, tuple[str, ...]]:
    """Validate a pack's ``lists`` mapping (``source``: the pack's file, for errors).

    Raises:
        DataFileError: not a mapping of names to lists of texts.
    """
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        raise DataFileError(says("rules.lists_not_mapping", file=source))
    lists: dict[str, tuple[str, ...]] = {}
    for name, items in raw.items():
        if not isinstance(name, str) or not _NAME.match(name):
            raise DataFileError(
                says("rules.bad_list_name", file=source, name=name),
                hint=says("rules.bad_list_name_hint"),
            )
        if (
            not isinstance(items, list)
            or not items
            or not all(isinstance(i, str) and i for i in items)
        ):
            raise DataFileError(says("rules.list_not_texts", file=source, name=name))
        lists[name] = tuple(items)
    return lists


def expand(
    pattern: str, lists: dict[str, tuple[str, ...]], where: tuple[str, str], depth: int = 0
) -> str:
    """Return ``pattern`` with each ``{name}`` replaced by its list as an alternation.

    ``where``: the pack's file and the rule's id, for errors.

    Raises:
        DataFileError: a list that does not exist, or lists that refer to each other in a circle.
    """
    source, rule = where
    if depth > _MAX_DEPTH:
        raise DataFileError(says("rules.lists_too_deep", file=source, rule=rule))

    def one(m: re.Match[str]) -> str:
        name = m.group(1)
        if name not in lists:
            hint = (
                says("rules.known_lists", choices=", ".join(sorted(lists)))
                if lists
                else says("rules.no_lists")
            )
            raise DataFileError(
                says("rules.unknown_list", file=source, rule=rule, name=name), hint=hint
            )
        items = sorted(lists[name], key=len, reverse=True)
        return "(?:" + "|".join(expand(i, lists, where, depth + 1) for i in items) + ")"

    return _REF.sub(one, pattern)


def pack_lists(raw: Any, source: str) -> dict[str, tuple[str, ...]]:
    """Return the lists of a parsed pack (a mapping pack's ``lists``; none for a plain list)."""
    return parse_lists(raw.get("lists"), source) if isinstance(raw, dict) else {}
