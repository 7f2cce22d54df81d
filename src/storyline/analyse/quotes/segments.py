"""An index of character spans (quoted segments, or draft quotes) sorted by start.

Every rule asks "is this position quoted?" or "which quote starts or ends here?" once per token or cue:
the index answers with bisection, so a long page costs time in proportion to its length.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from itertools import accumulate


class Segments(tuple):
    """Spans sorted by start, with the lookups the rules make once per cue, built once per article so that
    a long page costs time in proportion to its length."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        self.starts = [s for s, _ in self]
        # The furthest end reached by the spans up to each one: bounds every overlap search.
        self.reach = list(accumulate((e for _, e in self), max))
        self.by_end = sorted((e, k) for k, (_, e) in enumerate(self))
        self.ends = frozenset(e for _, e in self)

    def __new__(cls, spans: Iterable[tuple[int, int]]) -> Segments:
        return super().__new__(cls, sorted(spans))

    def inside(self, pos: int) -> bool:
        """Whether any span holds ``pos``."""
        k = bisect_right(self.starts, pos)
        return k > 0 and self.reach[k - 1] > pos

    def overlaps(self, start: int, end: int) -> bool:
        """Whether any span overlaps ``[start, end)``."""
        k = bisect_left(self.starts, end)
        return k > 0 and self.reach[k - 1] > start

    def starting(self, lo: int, hi: int) -> range:
        """Indices of the spans that start within ``[lo, hi]``."""
        return range(bisect_left(self.starts, lo), bisect_right(self.starts, hi))

    def ending(self, lo: int, hi: int) -> list[int]:
        """Indices of the spans that end within ``[lo, hi]``."""
        first = bisect_left(self.by_end, (lo, -1))
        last = bisect_right(self.by_end, (hi, len(self)))
        return [k for _, k in self.by_end[first:last]]


def as_segments(segments: Sequence[tuple[int, int]]) -> Segments:
    return segments if isinstance(segments, Segments) else Segments(segments)


def covered(segments: Sequence[tuple[int, int]]):
    """Whether any segment holds a position."""
    return as_segments(segments).inside
