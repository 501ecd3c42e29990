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

import yaml

from klacht.errors import DataFileError, os_reason, says

if TYPE_CHECKING:
    from collections.abc import Collection
    from pathlib import Path

MAX_FILE_BYTES: Final = 10 * 1024 * 1024
"""The largest YAML file klacht reads (10 MB; an answers file of 1 MB is already huge)."""
MAX_DEPTH: Final = 32
"""How deeply mappings and lists may nest (klacht's own files use at most 5)."""

_NULLS: Final = frozenset({"", "~", "null", "Null", "NULL"})
_STR_TAG: Final = "tag:yaml.org,2002:str"
_SCALAR_TAGS: Final = frozenset(
    f"tag:yaml.org,2002:{name}" for name in ("str", "int", "float", "bool", "null", "timestamp")
)
# The safe loader, in C where libyaml is there (ten times faster than the pure-Python parser).
_LOADER: Final[Any] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


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
    builder = _Builder(source, text_keys)
    loader = _LOADER(text)
    try:
        while loader.check_event():
            builder.feed(loader.get_event())
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None) or getattr(err, "context_mark", None)
        line = mark.line + 1 if mark is not None else 1
        problem = getattr(err, "problem", None) or str(err).splitlines()[0]
        raise DataFileError(says("yaml.invalid", file=source, line=line, problem=problem)) from None
    finally:
        loader.dispose()
    return builder.root


class _Frame:
    """One open mapping or list, with the key that waits for its value."""

    __slots__ = ("container", "key", "label", "text")

    def __init__(self, container: dict[str, Any] | list[Any], label: str, *, text: bool) -> None:
        self.container = container
        self.label = label
        self.text = text
        self.key: str | None = None


class _Builder:
    """Builds Python values from parser events, with the checks of the module docstring."""

    def __init__(self, source: str, text_keys: bool | Collection[str]) -> None:
        self.source = source
        self.text_keys = text_keys
        self.stack: list[_Frame] = []
        self.root: Any = None
        self.documents = 0
        self.constructor = yaml.constructor.SafeConstructor()
        self.resolver = yaml.resolver.Resolver()

    def fail(self, text_key: str, event: yaml.Event, **values: object) -> DataFileError:
        line = event.start_mark.line + 1 if event.start_mark is not None else 1
        return DataFileError(says(text_key, file=self.source, line=line, **values))

    def feed(self, event: yaml.Event) -> None:
        if isinstance(event, yaml.DocumentStartEvent):
            self.documents += 1
            if self.documents > 1:
                raise self.fail("yaml.documents", event)
        elif isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            raise self.fail("yaml.alias", event)
        elif isinstance(event, yaml.ScalarEvent):
            self.add(self.scalar(event), event)
        elif isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
            self.open(event)
        elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            self.stack.pop()

    def where(self) -> tuple[str, bool]:
        """Return the key path of the value that comes next, and whether it stays text."""
        if not self.stack:
            return "", self.text_keys is True
        top = self.stack[-1]
        if isinstance(top.container, list):
            return f"{top.label}[{len(top.container)}]", top.text
        key = top.key or ""
        label = f"{top.label}.{key}" if top.label else key
        as_text = top.text or (not isinstance(self.text_keys, bool) and key in self.text_keys)
        return label, as_text

    def open(self, event: yaml.MappingStartEvent | yaml.SequenceStartEvent) -> None:
        if self.stack and isinstance(self.stack[-1].container, dict) and self.stack[-1].key is None:
            raise self.fail("yaml.complex_key", event)
        if event.tag not in (None, "!") and event.tag.rsplit(":", 1)[-1] not in ("map", "seq"):
            raise self.fail("yaml.tag", event, tag=event.tag)
        if len(self.stack) >= MAX_DEPTH:
            raise self.fail("yaml.too_deep", event, limit=MAX_DEPTH)
        label, as_text = self.where()
        container: dict[str, Any] | list[Any] = (
            {} if isinstance(event, yaml.MappingStartEvent) else []
        )
        self.add(container, event)
        self.stack.append(_Frame(container, label, text=as_text))

    def add(self, value: Any, event: yaml.Event) -> None:
        if not self.stack:
            self.root = value
            return
        top = self.stack[-1]
        if isinstance(top.container, list):
            top.container.append(value)
        elif top.key is None:
            key = "" if value is None else value
            if not isinstance(key, str):  # pragma: no cover - keys are built as text
                raise self.fail("yaml.complex_key", event)
            if key in top.container:
                label = f"{top.label}.{key}" if top.label else key
                raise self.fail("yaml.duplicate_key", event, field=label)
            top.key = key
        else:
            top.container[top.key] = value
            top.key = None

    def scalar(self, event: yaml.ScalarEvent) -> Any:
        top = self.stack[-1] if self.stack else None
        is_key = top is not None and isinstance(top.container, dict) and top.key is None
        label, as_text = self.where()
        tag = event.tag
        plain = event.implicit[0] and event.style in (None, "")
        if tag not in (None, "!") and tag not in _SCALAR_TAGS:
            raise self.fail("yaml.tag", event, tag=tag)
        if is_key:
            return event.value
        if tag in (None, "!"):
            if not plain:
                return event.value
            if as_text:
                return None if event.value in _NULLS else event.value
            tag = self.resolver.resolve(  # type: ignore[no-untyped-call] # pyyaml's stubs lack it
                yaml.ScalarNode, event.value, (True, False)
            )
        elif as_text and tag != _STR_TAG:
            raise self.fail("yaml.tag", event, tag=tag)
        if tag == _STR_TAG:
            return event.value
        node = yaml.ScalarNode(tag, event.value)
        try:
            return self.constructor.yaml_constructors[tag](self.constructor, node)
        except (ValueError, OverflowError, yaml.YAMLError) as err:
            raise self.fail(
                "yaml.bad_value", event, field=label or "-", problem=str(err).splitlines()[0]
            ) from None
