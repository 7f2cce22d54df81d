"""A set of character spans that never overlap one another, for extractors that keep the first of competing
matches: kept sorted, so a page with thousands of matches costs a bisection per match, not a scan."""

from __future__ import annotations

from bisect import bisect_left, bisect_right


class DisjointSpans:
    """Non-overlapping ``[start, end)`` spans; starts and ends sort alike, so one bisection finds the
    neighbours of any position."""

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` shares a position with a kept span."""
        k = bisect_left(self._starts, end)
        return k > 0 and self._ends[k - 1] > start

    def holds(self, pos: int) -> bool:
        """Whether a kept span covers ``pos``."""
        k = bisect_right(self._starts, pos)
        return k > 0 and self._ends[k - 1] > pos

    def add(self, start: int, end: int) -> None:
        """Keeps ``[start, end)``, which must not overlap a kept span."""
        k = bisect_left(self._starts, start)
        self._starts.insert(k, start)
        self._ends.insert(k, end)
