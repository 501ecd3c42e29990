"""The one YAML reader: answers, config, address book, rule packs and klacht's own data.

Every YAML file klacht reads goes through :func:`read_yaml` (a file) or :func:`parse_yaml`
(text), which build the value from libyaml's events with an explicit stack, so that:

- a parse or value error is a ``DataFileError`` naming the file, the line and the key;
- a key that appears twice in one mapping is refused, as are anchors and aliases (``&``/``*``),
  unknown tags and more than one document;
- nesting deeper than ``MAX_DEPTH`` and files over ``MAX_FILE_BYTES`` are refused before they
  cost memory or a ``RecursionError``;
- free text stays text: for the keys named in ``text`` (or every key, ``text=True``) a plain
  scalar is the string as typed, so ``reference: 0123456`` is ``"0123456"``, not ``42798``, and
  ``12:30:45`` or ``0x1F`` stay as they are. Only an empty value, ``~`` and ``null`` are None.
  Other keys follow the YAML 1.1 safe schema (``true``, ``1.5``, ``2026-11-20``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

from klacht.errors import DataFileError, os_reason, says

if TYPE_CHECKING:
    from collections.abc import Collection
    from pathlib import Path
    from types import ModuleType

MAX_FILE_BYTES: Final = 10 * 1024 * 1024
"""The largest YAML file klacht reads (10 MB; an answers file of 1 MB is already huge)."""
MAX_DEPTH: Final = 32
"""How deeply mappings and lists may nest (klacht's own files use at most 5)."""


def read_text(path: Path, *, max_bytes: int = MAX_FILE_BYTES) -> str:
    """Return the UTF-8 text of ``path``, read at most ``max_bytes`` (a BOM is dropped).

    Raises:
        FileNotFoundError: there is no such file (callers decide whether that is fine).
        DataFileError: unreadable, a folder, not UTF-8, or larger than ``max_bytes``.
    """
    try:
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except FileNotFoundError:
        raise
    except OSError as err:
        reason = os_reason(err)
        raise DataFileError(says("storage.file_unreadable", file=path, reason=reason)) from None
    if len(data) > max_bytes:
        limit = _megabytes(max_bytes)
        raise DataFileError(says("storage.file_too_big", file=path, limit=limit))
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise DataFileError(says("storage.file_not_utf8", file=path, offset=err.start)) from None


def _megabytes(size: int) -> str:
    return f"{size / 1024 / 1024:g} MB" if size >= 1024 * 1024 else f"{size / 1024:g} KB"


def read_yaml(
    path: Path, *, text_keys: bool | Collection[str] = False, max_bytes: int = MAX_FILE_BYTES
) -> Any:
    """Read and parse one YAML file; see :func:`parse_yaml` for ``text_keys``.

    Raises:
        FileNotFoundError: there is no such file.
        DataFileError: unreadable, too big, not UTF-8 or not valid (file, line and key named).
    """
    text = read_text(path, max_bytes=max_bytes)
    return parse_yaml(text, source=str(path), text_keys=text_keys)


def read_yaml_mapping(
    path: Path, *, text_keys: bool | Collection[str] = False, max_bytes: int = MAX_FILE_BYTES
) -> dict[str, Any] | None:
    """Read a YAML mapping; None when the file does not exist, ``{}`` when it is empty.

    Raises:
        DataFileError: as :func:`read_yaml`, or the file holds something other than a mapping.
    """
    try:
        raw = read_yaml(path, text_keys=text_keys, max_bytes=max_bytes)
    except FileNotFoundError:
        return None
    return ensure_mapping(raw, source=str(path))


def ensure_mapping(raw: object, *, source: str) -> dict[str, Any]:
    """Return ``raw`` as a mapping (``{}`` for an empty file) or refuse it, naming ``source``."""
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        raise DataFileError(says("yaml.not_mapping", file=source))
    return raw


def parse_yaml(text: str, *, source: str, text_keys: bool | Collection[str] = False) -> Any:
    """Parse one YAML document from ``text``; ``source`` names it in errors.

    ``text_keys`` says which values stay text as typed: ``True`` for all of them, or the keys
    whose values (and the items of their lists) do; other plain scalars follow YAML 1.1.
    Mapping keys are always strings.

    Raises:
        DataFileError: invalid YAML, a duplicate key, an alias, an unknown tag, too deep,
            more than one document, or a value that cannot be built (``2026-11-40``).
    """
    return _parser().parse(text, source=source, text_keys=text_keys)


def dump_yaml(value: object) -> str:
    """Return ``value`` as block-style YAML with sorted keys (config.yaml, the address book)."""
    text: str = _parser().dump(value)
    return text


def _parser() -> ModuleType:
    # lazy: PyYAML costs ~12 ms, and a cold `klacht check` with no config.yaml parses no YAML
    from klacht.storage import yamlparse

    return yamlparse
