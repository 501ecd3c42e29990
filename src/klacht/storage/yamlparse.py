"""The YAML parser behind :mod:`klacht.storage.yamlfile`: values built from libyaml's events.

It is its own module so that PyYAML is imported only when YAML is parsed: a cold
``klacht check`` with no ``config.yaml`` parses none (klacht's own data comes from
``paths.packaged_yaml``'s cache), and PyYAML's import costs it about 12 ms.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

import yaml

from klacht.errors import DataFileError, says
from klacht.storage.yamlfile import MAX_DEPTH

if TYPE_CHECKING:
    from collections.abc import Collection

_NULLS: Final = frozenset({"", "~", "null", "Null", "NULL"})
_STR_TAG: Final = "tag:yaml.org,2002:str"
_SCALAR_TAGS: Final = frozenset(
    f"tag:yaml.org,2002:{name}" for name in ("str", "int", "float", "bool", "null", "timestamp")
)
# The safe loader, in C where libyaml is there (ten times faster than the pure-Python parser).
_LOADER: Final[Any] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def parse(text: str, *, source: str, text_keys: bool | Collection[str] = False) -> Any:
    """Parse one YAML document from ``text``; see ``yamlfile.parse_yaml``.

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


def dump(value: object) -> str:
    """Return ``value`` as block-style YAML, keys sorted, non-ASCII kept as it is."""
    return yaml.safe_dump(value, allow_unicode=True, sort_keys=True)


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
