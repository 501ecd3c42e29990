"""One rule pack read and validated into ``Rule`` values; every problem named from the catalogue.

A pack is read through the one YAML reader (``storage/yamlfile.py``: no duplicate keys, no
aliases, free text kept as typed). Each error is a ``DataFileError`` worded from the text
catalogue (``data/texts/rules.yaml``) in the user's language, naming the file, the rule and
the key at fault; the command line shows it and exits 2.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final

from klacht.checks.rule_lists import expand, pack_lists
from klacht.checks.rule_needles import rule_needles
from klacht.errors import DataFileError, says

if TYPE_CHECKING:
    from pathlib import Path

EXTENDS: Final = ("existence", "substitution")
LEVELS: Final = ("error", "warning", "info")
KINDS: Final = ("tone", "privacy", "content")
_REQUIRED: Final = ("id", "extends", "level", "message", "examples")
_KEYS: Final = frozenset(
    {
        "id",
        "extends",
        "level",
        "message",
        "kind",
        "ignorecase",
        "tokens",
        "patterns",
        "swap",
        "unless",
        "suggest",
        "fixable",
        "examples",
    }
)
_ID_RE: Final = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$")
_TEXT_KEYS: Final = frozenset(_KEYS - {"ignorecase", "fixable"} | {"lists", "lang"})
"""Keys whose values stay text as typed (a token ``no`` or ``12:30`` is not a bool or a time)."""


@dataclass(frozen=True, slots=True)
class Rule:
    """One phrasing rule from a YAML pack."""

    id: str
    """Dotted id such as ``tone.insult``."""
    extends: str
    """The check type: one of ``EXTENDS``."""
    level: str
    """``error``, ``warning`` or ``info``."""
    message: str
    """What is wrong and what to do; ``{match}`` is replaced by the matched text."""
    lang: str
    """The pack's language."""
    source: str
    """The file the rule came from (for error messages)."""
    kind: str = "tone"
    """The finding kind: one of ``KINDS``."""
    ignorecase: bool = True
    """Match without regard to case."""
    tokens: tuple[str, ...] = ()
    """Literal words or phrases, matched on word boundaries."""
    patterns: tuple[str, ...] = ()
    """Regular expressions (Python ``re`` syntax), matched on word boundaries."""
    swap: tuple[tuple[str, str], ...] = ()
    """``substitution``: pairs of (token, replacement)."""
    unless: tuple[str, ...] = ()
    """Regular expressions; a match in the same sentence cancels the finding."""
    suggest: tuple[str, ...] = ()
    """Neutral alternatives offered for every match (``existence``)."""
    fixable: bool = False
    """Whether the first suggestion may be applied as a mechanical fix."""
    fail: tuple[str, ...] = ()
    """Examples that must produce a finding of this rule."""
    passing: tuple[str, ...] = ()
    """Examples that must not produce a finding of this rule."""
    needles: tuple[tuple[tuple[str, ...], ...], ...] = ()
    """Per regex of the rule (the literals' one if any, then each pattern): clauses of
    lower-case ASCII strings; every match contains one string of each clause. ``()`` for a
    regex where nothing is known.

    The engine never compiles or runs a regex with a clause none of whose strings is in the text.
    """


def pack_lang(path: Path, raw: object) -> str | None:
    """Return the language of a pack: from a ``lang`` key, else from its file name.

    ``raw`` is the parsed pack, or ``None`` to look at the file name only.
    """
    if isinstance(raw, dict) and "lang" in raw:
        return str(raw["lang"])
    suffixes = path.name.split(".")
    if len(suffixes) >= 3 and suffixes[-2] in ("nl", "en"):
        return suffixes[-2]
    return None


def load_pack(path: Path, *, lang: str | None = None) -> tuple[Rule, ...]:
    """Read one pack; return its rules (none when the pack is for another language).

    Raises:
        DataFileError: unreadable file, invalid YAML or an invalid rule.
    """
    named = pack_lang(path, None)
    if lang is not None and named is not None and named != lang:
        return ()  # another language's pack: not even parsed
    # Lazy: the one YAML reader imports PyYAML (20-30 ms, -X importtime), which a cold
    # `klacht check` with every pack in the JSON cache never needs.
    from klacht.storage import yamlfile

    try:
        raw = yamlfile.read_yaml(path, text_keys=_TEXT_KEYS)
    except FileNotFoundError as err:
        reason = err.strerror or type(err).__name__
        raise DataFileError(says("storage.file_unreadable", file=path, reason=reason)) from err
    if raw is None:
        return ()
    plang = pack_lang(path, raw)
    if plang not in ("nl", "en"):
        raise DataFileError(
            says("rules.unknown_lang", file=path), hint=says("rules.unknown_lang_hint")
        )
    if lang is not None and plang != lang:
        return ()
    items = raw.get("rules") if isinstance(raw, dict) else raw
    if not isinstance(items, list):
        raise DataFileError(says("rules.not_a_list", file=path))
    lists = pack_lists(raw, str(path))
    return tuple(parse_rule(item, source=str(path), lang=plang, lists=lists) for item in items)


def parse_rule(
    item: object, *, source: str, lang: str, lists: dict[str, tuple[str, ...]] | None = None
) -> Rule:
    """Validate one raw rule mapping and return it as a ``Rule``.

    ``{name}`` in a pattern or ``unless`` is replaced by the pack's list ``name``.

    Raises:
        DataFileError: naming the file, the rule id and the key at fault.
    """
    if not isinstance(item, dict):
        raise DataFileError(says("rules.not_a_mapping", file=source, value=repr(item)[:80]))
    rid = str(item.get("id", "?"))
    where = (source, rid)
    unknown = sorted(str(k) for k in set(item) - _KEYS)
    if unknown:
        raise DataFileError(
            says("rules.unknown_keys", file=source, rule=rid, keys=", ".join(unknown)),
            hint=says("rules.allowed", choices=", ".join(sorted(_KEYS))),
        )
    for key in _REQUIRED:
        if key not in item or item[key] in (None, ""):
            raise DataFileError(says("rules.missing_key", file=source, rule=rid, field=key))
    if not _ID_RE.match(rid):
        raise DataFileError(says("rules.bad_id", file=source, rule=rid))
    extends = _choice(item, "extends", EXTENDS, where)
    level = _choice(item, "level", LEVELS, where)
    kind = _choice(item, "kind", KINDS, where)
    tokens = _strings(item, "tokens", where)
    lists = lists or {}
    patterns = _patterns(item, "patterns", lists, where)
    unless = _patterns(item, "unless", lists, where)
    suggest = _strings(item, "suggest", where)
    swap = _swap(item, where)
    if extends == "existence" and not (tokens or patterns):
        raise DataFileError(says("rules.needs_tokens", file=source, rule=rid))
    if extends == "substitution" and not swap:
        raise DataFileError(says("rules.needs_swap", file=source, rule=rid))
    fail, passing = _examples(item, where)
    literals = tuple(k for k, _ in swap) if extends == "substitution" else tokens
    return Rule(
        id=rid,
        extends=extends,
        level=level,
        message=str(item["message"]),
        lang=lang,
        source=source,
        kind=kind,
        ignorecase=_flag(item, "ignorecase", True, where),
        tokens=tokens,
        patterns=patterns,
        swap=swap,
        unless=unless,
        suggest=suggest,
        fixable=_flag(item, "fixable", False, where),
        fail=fail,
        passing=passing,
        needles=rule_needles(literals, patterns),
    )


def _choice(
    item: dict[str, Any], key: str, allowed: tuple[str, ...], where: tuple[str, str]
) -> str:
    value = str(item.get(key, allowed[0]))
    if value not in allowed:
        raise DataFileError(
            says("rules.bad_choice", file=where[0], rule=where[1], field=key, value=value),
            hint=says("rules.choose", choices=", ".join(allowed)),
        )
    return value


def _flag(item: dict[str, Any], key: str, default: bool, where: tuple[str, str]) -> bool:
    value = item.get(key, default)
    if not isinstance(value, bool):
        raise DataFileError(says("rules.not_bool", file=where[0], rule=where[1], field=key))
    return value


def _strings(item: dict[str, Any], key: str, where: tuple[str, str]) -> tuple[str, ...]:
    value = item.get(key)
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise DataFileError(says("rules.not_texts", file=where[0], rule=where[1], field=key))
    return tuple(value)


def _patterns(
    item: dict[str, Any], key: str, lists: dict[str, tuple[str, ...]], where: tuple[str, str]
) -> tuple[str, ...]:
    """Return the rule's patterns under ``key``, lists expanded, each one compiled once."""
    patterns = tuple(expand(p, lists, where) for p in _strings(item, key, where))
    for pattern in patterns:
        try:
            re.compile(pattern)
        except re.error as err:
            shown = pattern if len(pattern) <= 120 else pattern[:117] + "..."
            raise DataFileError(
                says(
                    "rules.bad_pattern",
                    file=where[0],
                    rule=where[1],
                    field=key,
                    pattern=shown,
                    problem=str(err),
                )
            ) from None
    return patterns


def _swap(item: dict[str, Any], where: tuple[str, str]) -> tuple[tuple[str, str], ...]:
    value = item.get("swap")
    if value is None:
        return ()
    if not isinstance(value, dict) or not all(
        isinstance(k, str) and k and isinstance(v, str) for k, v in value.items()
    ):
        raise DataFileError(says("rules.bad_swap", file=where[0], rule=where[1]))
    return tuple(value.items())


def _examples(
    item: dict[str, Any], where: tuple[str, str]
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    ex = item["examples"]
    if not isinstance(ex, dict) or set(ex) - {"fail", "pass"}:
        raise DataFileError(says("rules.bad_examples", file=where[0], rule=where[1]))
    fail = _strings(ex, "fail", (where[0], where[1] + " examples"))
    passing = _strings(ex, "pass", (where[0], where[1] + " examples"))
    if not fail or not passing:
        raise DataFileError(says("rules.bad_examples", file=where[0], rule=where[1]))
    return fail, passing
