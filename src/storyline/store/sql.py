"""Small SQL helpers the store's tables share: queries over many ids, in chunks under SQLite's variable limit."""

from __future__ import annotations

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
    """The ``(id, day)`` rows of two walks of an index in day order, one on from ``day`` and one back from it:
    the ``limit`` nearest ``day`` (ids break ties), all when they are no more (or ``limit`` is negative), in no
    set order. Only a term past its cap is sorted: below it every row is kept, so none is looked at."""
    rows = [*after, *before]
    if limit < 0 or len(rows) <= limit:
        return rows
    at = ordinal(day)
    return sorted(rows, key=lambda r: (abs(ordinal(r[1]) - at), r[0]))[:limit]


@functools.lru_cache(maxsize=8192)
def ordinal(day: str) -> int:
    """An ISO day as a day number (cached: an index walk meets the same few days over and over)."""
    return date.fromisoformat(day).toordinal()
