"""Load and validate the YAML rule packs (tone, phrasing) into ``Rule`` values.

Built-in packs live in ``klacht/data/rules/<family>.<lang>.yaml``; users may add their own
``*.yaml`` files to ``paths.config_dir() / "rules"``. A pack holds one language: its file name
ends in ``.nl.yaml`` or ``.en.yaml``, or it says ``lang: nl`` in a top-level mapping
``{lang: .., rules: [..]}``. Only YAML's safe loader is used (``SafeLoader``, or its C
twin ``CSafeLoader``), and every problem names the file and the rule id.

A validated pack is also kept as JSON in ``paths.cache_dir() / "rules"``, together with its
key: klacht's version, the ``Rule`` fields, the language, the file's path and the file's whole
text. It is used only when all of them are equal, so a cold ``klacht check`` skips importing
PyYAML, parsing and validating but never sees a stale pack. Measured again for 0.2 (both
built-in packs, this machine): the cached load takes 21-40 ms, parsing and validating them
177-304 ms (compiling every pattern and deriving the needles), so the cache stays. A cache
file that is missing, stale, corrupt or cannot be written only means parsing again.
"""

from __future__ import annotations

import contextlib
import functools
import json
import zlib
from dataclasses import fields
from pathlib import Path
from typing import Any, Final

from klacht.checks.rule_needles import rule_needles
from klacht.checks.rule_pack import (
    EXTENDS,
    KINDS,
    LEVELS,
    Rule,
    load_pack,
    pack_lang,
    parse_rule,
)
from klacht.errors import DataFileError, says

__all__ = [
    "EXTENDS",
    "KINDS",
    "LEVELS",
    "Rule",
    "builtin_dir",
    "load_pack",
    "load_pack_cached",
    "load_rules",
    "pack_lang",
    "parse_rule",
    "rule_needles",
    "user_dir",
]


def builtin_dir() -> Path:
    """Return the folder of the built-in rule packs."""
    return Path(__file__).parent.parent / "data" / "rules"


def user_dir() -> Path:
    """Return the folder where users keep their own rule packs."""
    from klacht.storage import paths

    return paths.config_dir() / "rules"


def load_rules(lang: str) -> tuple[Rule, ...]:
    """Return the built-in and the user's rules for ``lang``, validated.

    Raises:
        DataFileError: a pack is not valid YAML or a rule is invalid; names file and id.
    """
    files = _pack_files(builtin_dir())
    udir = user_dir()
    if udir.is_dir():
        files += _pack_files(udir)
    return _load_files(tuple(files), lang)


def _pack_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.glob("*.yaml") if p.is_file())


@functools.cache
def _load_file_cached(path: str, mtime: float, lang: str) -> tuple[Rule, ...]:
    del mtime  # part of the cache key only: an edited file is read again
    return load_pack_cached(Path(path), lang=lang)


_CACHE_FORMAT: Final = 3
"""Bump when the cache file's layout, or what is derived into it (the needles), changes.

3: patterns are stored with their ``{list}`` references expanded.

2: needles hold several clauses per regex (a cache of format 1 would read each needle string
as a clause of single letters and silently skip rules).
"""


def load_pack_cached(path: Path, *, lang: str) -> tuple[Rule, ...]:
    """Return ``load_pack(path, lang=lang)``, from the on-disk cache when it is current.

    Raises:
        DataFileError: as ``load_pack``; an invalid pack is never cached.
    """
    named = pack_lang(path, None)
    if named is not None and named != lang:
        return ()  # another language's pack: not even read
    try:
        source = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return load_pack(path, lang=lang)  # let the loader word the error
    head = _cache_head(path, lang)
    cache_file = _cache_file(head)
    rules = _read_cache(cache_file, head, source)
    if rules is not None:
        return rules
    rules = load_pack(path, lang=lang)
    _write_cache(cache_file, head, source, rules)
    return rules


def _cache_head(path: Path, lang: str) -> str:
    from klacht import __version__

    names = ",".join(f.name for f in fields(Rule))
    return f"{_CACHE_FORMAT} {__version__} {lang} {names} {path}"


def _cache_file(head: str) -> Path:
    from klacht.storage import paths

    return paths.cache_dir() / "rules" / f"{zlib.crc32(head.encode()):08x}.json"


def _read_cache(cache_file: Path, head: str, source: str) -> tuple[Rule, ...] | None:
    try:
        raw = json.loads(cache_file.read_bytes())
        if raw["head"] != head or raw["source"] != source:
            return None  # another pack (same file name hash), or the pack was edited
        return tuple(_rule_from_json(item) for item in raw["rules"])
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return None  # missing, unreadable or corrupt: parse the pack again


def _rule_from_json(item: dict[str, Any]) -> Rule:
    values: dict[str, Any] = {}
    for f in fields(Rule):
        value = item[f.name]
        if f.name == "swap":
            value = tuple((str(k), str(v)) for k, v in value)
        elif f.name == "needles":
            value = tuple(tuple(tuple(str(n) for n in c) for c in clauses) for clauses in value)
        elif isinstance(value, list):
            value = tuple(str(v) for v in value)
        elif not isinstance(value, str | bool):
            raise TypeError(f.name)
        values[f.name] = value
    return Rule(**values)


def _write_cache(cache_file: Path, head: str, source: str, rules: tuple[Rule, ...]) -> None:
    from klacht.storage import paths

    items = [{f.name: getattr(r, f.name) for f in fields(Rule)} for r in rules]
    text = json.dumps({"head": head, "source": source, "rules": items}, ensure_ascii=False)
    with contextlib.suppress(OSError):  # a read-only or full disk only costs speed
        paths.write_private(cache_file, text)


def _load_files(files: tuple[Path, ...], lang: str) -> tuple[Rule, ...]:
    rules: list[Rule] = []
    seen: dict[str, str] = {}
    for path in files:
        try:
            mtime = path.stat().st_mtime
        except OSError as err:
            reason = err.strerror or type(err).__name__
            raise DataFileError(says("storage.file_unreadable", file=path, reason=reason)) from err
        for rule in _load_file_cached(str(path), mtime, lang):
            if rule.id in seen:
                raise DataFileError(
                    says("rules.duplicate_id", file=path, rule=rule.id, other=seen[rule.id]),
                    hint=says("rules.duplicate_id_hint"),
                )
            seen[rule.id] = str(path)
            rules.append(rule)
    return tuple(rules)
