"""Small SQL helpers the store's tables share: queries over many ids, in chunks under SQLite's variable limit."""

from __future__ import annotations

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


def nearest_first(
    dated: Sequence[tuple[str, str]], day: str, undated: Sequence[str], limit: int
) -> list[str]:
    """Ids of ``(id, day)`` rows nearest ``day`` first (ids break ties), then the undated ones; at most ``limit``
    (all when it is negative): what a term's bounded walks of an index in day order found."""
    at = date.fromisoformat(day)
    ordered = sorted(dated, key=lambda r: (abs((date.fromisoformat(r[1]) - at).days), r[0]))
    near = [r[0] for r in ordered] + list(undated)
    return near if limit < 0 else near[:limit]
