"""Small SQL helpers the store's tables share: queries over many ids, in chunks under SQLite's variable limit."""

from __future__ import annotations

import bisect
import functools
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from datetime import date

CHUNK = 500
"""Ids bound in one query (SQLite allows 32,766 variables; small chunks keep each statement cheap to plan)."""


def chunked(items: Iterable[str], size: int = CHUNK) -> Iterator[list[str]]:
    """``items`` in consecutive lists of at most ``size``."""
    items = list(items)
    for i in range(0, len(items), size):
        yield items[i : i + size]


def marks(n: int) -> str:
    """``?,?,…`` with ``n`` placeholders."""
    return ",".join("?" * n)


def select_in(
    conn: sqlite3.Connection | sqlite3.Cursor,
    sql: str,
    ids: Iterable[str],
    times: int = 1,
    before: Sequence[object] = (),
) -> Iterator[sqlite3.Row | tuple]:
    """Rows of ``sql`` for every chunk of ``ids``; ``sql`` holds ``{marks}`` where the chunk's placeholders go
    (``times`` places, each bound to the whole chunk), after the parameters ``before`` binds."""
    for chunk in chunked(ids):
        yield from conn.execute(sql.format(marks=marks(len(chunk))), [*before, *(chunk * times)])


def nearest(
    after: Sequence[tuple[str, str]], before: Sequence[tuple[str, str]], day: str, limit: int
) -> list[tuple[str, str]]:
    """The ``(id, day)`` rows of two walks of an index in day order, one on from ``day`` (days ascending, ids
    ascending within a day) and one back from it (days descending, ids ascending within a day): the ``limit``
    nearest ``day`` (ids break ties), all when they are no more (or ``limit`` is negative), in no set order.
    Below the cap every row is kept, so none is looked at; past it, each walk is already in order of distance,
    so the distance at which the cap falls is found by bisection and only the rows at that distance are
    sorted (by id), not the whole walk."""
    rows = [*after, *before]
    if limit < 0 or len(rows) <= limit:
        return rows
    at = ordinal(day)
    ahead = [ordinal(r[1]) - at for r in after]  # ascending
    back = [at - ordinal(r[1]) for r in before]  # ascending

    def within(d: int) -> int:
        return bisect.bisect_right(ahead, d) + bisect.bisect_right(back, d)

    lo, hi = 0, max(ahead[-1] if ahead else 0, back[-1] if back else 0)
    while lo < hi:  # the least distance within which ``limit`` rows lie
        mid = (lo + hi) // 2
        lo, hi = (lo, mid) if within(mid) >= limit else (mid + 1, hi)
    i, j = bisect.bisect_left(ahead, lo), bisect.bisect_left(back, lo)
    ties = sorted([*after[i : bisect.bisect_right(ahead, lo)], *before[j : bisect.bisect_right(back, lo)]])
    return [*after[:i], *before[:j], *ties[: limit - i - j]]


@functools.lru_cache(maxsize=8192)
def ordinal(day: str) -> int:
    """An ISO day as a day number (cached: an index walk meets the same few days over and over)."""
    return date.fromisoformat(day).toordinal()
