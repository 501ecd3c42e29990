"""Overlap queries on many spans at once, in about log time each (long texts stay linear)."""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING, Generic, TypeVar

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

T = TypeVar("T")


class Spans(Generic[T]):
    """A set of ``(start, end, value)`` spans; ask which overlap or contain a span."""

    def __init__(self, spans: Iterable[tuple[int, int, T]] = ()) -> None:
        self._items: list[tuple[int, int, T]] = sorted(spans, key=lambda s: (s[0], s[1]))
        self._starts = [s for s, _, _ in self._items]
        self._longest = max((e - s for s, e, _ in self._items), default=0)

    def add(self, start: int, end: int, value: T) -> None:
        """Add one span."""
        i = bisect.bisect_right(self._starts, start)
        self._starts.insert(i, start)
        self._items.insert(i, (start, end, value))
        self._longest = max(self._longest, end - start)

    def overlapping(self, start: int, end: int) -> Iterator[T]:
        """Yield the values of the spans that share a character with ``[start, end)``."""
        i = bisect.bisect_left(self._starts, end)
        floor = start - self._longest
        for j in range(i - 1, -1, -1):
            s, e, value = self._items[j]
            if s < floor:
                break
            if s < end and start < e:
                yield value

    def any_overlap(self, start: int, end: int) -> bool:
        """Tell whether some span shares a character with ``[start, end)``."""
        return next(self.overlapping(start, end), None) is not None

    def contains(self, start: int, end: int) -> bool:
        """Tell whether some span holds all of ``[start, end)``."""
        return any(True for _ in self._inside(start, end))

    def _inside(self, start: int, end: int) -> Iterator[T]:
        i = bisect.bisect_right(self._starts, start)
        floor = start - self._longest
        for j in range(i - 1, -1, -1):
            s, e, value = self._items[j]
            if s < floor:
                break
            if s <= start and end <= e:
                yield value
