"""The near-duplicate index: each article's MinHash signature and original, and its LSH band buckets.

``dup_signatures`` holds every article the index has seen, with its canonical sort key, its signature (None for
a text without words) and the earliest copy it duplicates; ``dup_bands`` maps (band, bucket) to the articles
whose signature falls there. The decisions are ``across.stories.dedup``'s; these methods only read and write.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from .migrations import Migrations

SCHEMA = """
CREATE TABLE IF NOT EXISTS dup_signatures (
    article_id TEXT PRIMARY KEY,
    sort_key TEXT NOT NULL,
    signature BLOB,
    original TEXT
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS dup_signatures_original ON dup_signatures(original);
CREATE TABLE IF NOT EXISTS dup_bands (
    band INTEGER NOT NULL,
    bucket INTEGER NOT NULL,
    article_id TEXT NOT NULL,
    PRIMARY KEY (band, bucket, article_id)
) WITHOUT ROWID;
"""

MIGRATIONS = Migrations("duplicates")
MIGRATIONS.add("0004_duplicates", SCHEMA)  # stores made before this step have these tables from 0003_stories


class DuplicateTables:
    """Reads and writes the ``dup_`` tables on one connection (writes inside the caller's transaction)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def add(self, article_id: str, sort_key: str, signature: bytes | None, original: str | None) -> None:
        self.conn.execute(
            "INSERT OR IGNORE INTO dup_signatures VALUES (?, ?, ?, ?)",
            (article_id, sort_key, signature, original),
        )

    def add_buckets(self, article_id: str, buckets: Sequence[int]) -> None:
        """Files the article under one bucket per band (band i holds ``buckets[i]``)."""
        self.conn.executemany(
            "INSERT OR IGNORE INTO dup_bands VALUES (?, ?, ?)",
            [(band, bucket, article_id) for band, bucket in enumerate(buckets)],
        )

    def in_bucket(self, band: int, bucket: int) -> list[str]:
        rows = self.conn.execute("SELECT article_id FROM dup_bands WHERE band=? AND bucket=?", (band, bucket))
        return [r[0] for r in rows]

    def signature(self, article_id: str) -> tuple[bytes | None, str | None]:
        """An indexed article's signature and original."""
        return self.conn.execute(
            "SELECT signature, original FROM dup_signatures WHERE article_id=?", (article_id,)
        ).fetchone()

    def original(self, article_id: str) -> str | None:
        row = self.conn.execute(
            "SELECT original FROM dup_signatures WHERE article_id=?", (article_id,)
        ).fetchone()
        return row[0] if row else None

    def sort_key(self, article_id: str) -> str:
        return self.conn.execute(
            "SELECT sort_key FROM dup_signatures WHERE article_id=?", (article_id,)
        ).fetchone()[0]

    def copies(self, original: str) -> list[str]:
        """The articles recorded as copies of ``original``."""
        rows = self.conn.execute("SELECT article_id FROM dup_signatures WHERE original=?", (original,))
        return [r[0] for r in rows]

    def set_originals(self, changed: dict[str, str]) -> None:
        """Records each article's new original."""
        self.conn.executemany(
            "UPDATE dup_signatures SET original=? WHERE article_id=?", [(o, a) for a, o in changed.items()]
        )
