"""Read-side results kept in the store: each story's and storyline's reconstruction and page document, under
the digest of what it was built from.

A row is addressed by the digest of its inputs (the code, the articles, their annotations, the quotes), so it
can never be stale: when an input changes, so does the digest, and the old row is simply not asked for again
(and pruned at the next refresh). Writers fill the table after an ingest; readers take what is there and build
the rest themselves. The reading side (``materialise``) decides what to keep; these methods only read and write.
"""

from __future__ import annotations

import json
import sqlite3
import zlib
from collections.abc import Iterable
from typing import Any

from .codec import fields_of
from .migrations import Migrations
from .sql import chunked, marks, select_in

SCHEMA = """
CREATE TABLE IF NOT EXISTS kept_results (
    digest TEXT PRIMARY KEY,
    body BLOB NOT NULL
) WITHOUT ROWID;
"""

LEVEL = 1
"""zlib's level for kept results: the fastest. A full refresh compresses every result it keeps (19 MB of JSON for
haiti_bbc's 286 articles) in the ingesting process; level 6 took three times as long for results 15% smaller."""
MIGRATIONS = Migrations("derived")
MIGRATIONS.add("0009_kept_results", SCHEMA)


def encode(data: Any) -> str:
    """JSON-ready data as the JSON text a result is kept as."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def encode_records(data: Any) -> str:
    """``encode(to_data(data))`` for data that holds dataclasses: the same text, each dataclass written as its
    fields when the encoder meets it, without making a JSON-ready copy of everything first."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), default=fields_of)


class DerivedTables:
    """Results by the digest of their inputs (JSON-ready data, compressed)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def get(self, digest: str) -> Any | None:
        """The stored data for ``digest``, or None (also in a store made before the table existed)."""
        try:
            row = self.conn.execute("SELECT body FROM kept_results WHERE digest = ?", (digest,)).fetchone()
        except sqlite3.OperationalError:
            return None
        return json.loads(zlib.decompress(row[0])) if row else None

    def known(self, digests: Iterable[str]) -> set[str]:
        """Which of ``digests`` are stored."""
        return {
            row[0]
            for row in select_in(
                self.conn, "SELECT digest FROM kept_results WHERE digest IN ({marks})", digests
            )
        }

    def put(self, digest: str, data: Any) -> None:
        """Stores one result (inside the caller's write transaction)."""
        self.put_text(digest, encode(data))

    def put_text(self, digest: str, text: str) -> None:
        """Stores one result given as :func:`encode` gives it (inside the caller's write transaction)."""
        body = zlib.compress(text.encode(), LEVEL)
        self.conn.execute("INSERT OR REPLACE INTO kept_results VALUES (?, ?)", (digest, body))

    def keep(self, digests: Iterable[str]) -> int:
        """Deletes every stored result whose digest is not in ``digests``; returns how many."""
        wanted = set(digests)
        gone = [d for (d,) in self.conn.execute("SELECT digest FROM kept_results") if d not in wanted]
        for batch in chunked(gone):
            self.conn.execute(f"DELETE FROM kept_results WHERE digest IN ({marks(len(batch))})", batch)
        return len(gone)

    def count(self) -> int:
        return self.conn.execute("SELECT COUNT(*) FROM kept_results").fetchone()[0]
