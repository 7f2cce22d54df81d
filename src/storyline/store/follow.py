"""The tables of following: each followed feed's poll state, the changes each committed chunk made, and saved
searches.

``follow_feeds`` keeps what the next conditional request sends (ETag, Last-Modified) and when a feed may be
asked again (after a 429 or 503, or errors); ``changes`` is the log of what each chunk changed, one row per
change with a stable id, so that a feed reader never shows one twice; ``watches`` the saved searches, each with
the article ``seq`` it was made at (it reports what arrives after). The follower (``follow``) decides; these
methods only read and write.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..models import Change, Citation, Watch
from .migrations import Migrations
from .sql import select_in

SCHEMA = """
CREATE TABLE IF NOT EXISTS follow_feeds (
    url TEXT PRIMARY KEY,
    etag TEXT,
    last_modified TEXT,
    status INTEGER,
    polled_at TEXT,
    not_before REAL NOT NULL DEFAULT 0,
    failures INTEGER NOT NULL DEFAULT 0,
    note TEXT
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS changes (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    at TEXT NOT NULL,
    kind TEXT NOT NULL,
    story_id TEXT,
    article_id TEXT NOT NULL,
    text TEXT NOT NULL,
    citations TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS changes_article ON changes(article_id);
CREATE INDEX IF NOT EXISTS changes_at ON changes(at);
CREATE TABLE IF NOT EXISTS watches (
    id TEXT PRIMARY KEY,
    query TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    after_seq INTEGER NOT NULL
) WITHOUT ROWID;
"""

MIGRATIONS = Migrations("follow")
MIGRATIONS.add("0008_follow", SCHEMA)


@dataclass(frozen=True)
class FeedState:
    """What the store remembers of one followed feed between polls."""

    url: str
    etag: str | None = None
    last_modified: str | None = None
    status: int | None = None
    polled_at: str | None = None
    not_before: float = 0.0
    failures: int = 0
    note: str | None = None

    @property
    def validators(self) -> dict[str, str]:
        """The headers of the last good response that make the next request conditional."""
        out = {}
        if self.etag:
            out["etag"] = self.etag
        if self.last_modified:
            out["last-modified"] = self.last_modified
        return out


class FollowTables:
    """Reads and writes the follow tables on the store's connection."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def ready(self) -> bool:
        """Whether the store has these tables (a store opened read-only before its first follow may not)."""
        found = self.conn.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='changes'")
        return found.fetchone() is not None

    # --- feeds ----------------------------------------------------------------------------------------------

    def feed(self, url: str) -> FeedState:
        row = self.conn.execute(
            "SELECT url, etag, last_modified, status, polled_at, not_before, failures, note"
            " FROM follow_feeds WHERE url=?",
            (url,),
        ).fetchone()
        return FeedState(*row) if row else FeedState(url)

    def feeds(self) -> list[FeedState]:
        rows = self.conn.execute(
            "SELECT url, etag, last_modified, status, polled_at, not_before, failures, note"
            " FROM follow_feeds ORDER BY url"
        )
        return [FeedState(*row) for row in rows]

    def put_feed(self, state: FeedState) -> None:
        self.conn.execute(
            "INSERT OR REPLACE INTO follow_feeds VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                state.url,
                state.etag,
                state.last_modified,
                state.status,
                state.polled_at,
                state.not_before,
                state.failures,
                state.note,
            ),
        )

    # --- changes --------------------------------------------------------------------------------------------

    def add_changes(self, changes: Iterable[Change]) -> int:
        """Records changes not recorded before (by id); returns how many were new."""
        before = self.conn.total_changes
        self.conn.executemany(
            "INSERT OR IGNORE INTO changes (id, at, kind, story_id, article_id, text, citations)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    c.id,
                    c.at,
                    c.kind,
                    c.story,
                    c.article,
                    c.text,
                    json.dumps([[x.article, x.start, x.end] for x in c.citations]),
                )
                for c in changes
            ],
        )
        return self.conn.total_changes - before

    def changes(self, since: str | None = None, limit: int | None = None) -> list[Change]:
        """Changes recorded at or after ``since`` (an ISO time), newest first."""
        if not self.ready():
            return []
        query = "SELECT seq, id, at, kind, story_id, article_id, text, citations FROM changes"
        args: list[object] = []
        if since:
            query += " WHERE at >= ?"
            args.append(since)
        query += " ORDER BY seq DESC"
        if limit is not None:
            query += " LIMIT ?"
            args.append(limit)
        return [_change(row) for row in self.conn.execute(query, args)]

    def changes_of(self, article_ids: Sequence[str], since: str | None = None) -> list[Change]:
        """Changes caused by ``article_ids`` (a story's members), newest first."""
        if not self.ready():
            return []
        rows = select_in(
            self.conn,
            "SELECT seq, id, at, kind, story_id, article_id, text, citations FROM changes"
            " WHERE article_id IN ({marks})",
            article_ids,
        )
        found = [_change(row) for row in rows if not since or row[2] >= since]
        return sorted(found, key=lambda c: c.seq, reverse=True)

    # --- watches --------------------------------------------------------------------------------------------

    def add_watch(self, watch: Watch) -> bool:
        """Saves a search; False when the same query is already saved."""
        before = self.conn.total_changes
        self.conn.execute(
            "INSERT OR IGNORE INTO watches VALUES (?, ?, ?, ?)",
            (watch.id, watch.query, watch.created_at, watch.after_seq),
        )
        return self.conn.total_changes > before

    def remove_watch(self, watch_id: str) -> bool:
        before = self.conn.total_changes
        self.conn.execute("DELETE FROM watches WHERE id=?", (watch_id,))
        return self.conn.total_changes > before

    def watches(self) -> list[Watch]:
        if not self.ready():
            return []
        rows = self.conn.execute(
            "SELECT id, query, created_at, after_seq FROM watches ORDER BY created_at, id"
        )
        return [Watch(*row) for row in rows]

    def watch(self, watch_id: str) -> Watch | None:
        if not self.ready():
            return None
        row = self.conn.execute(
            "SELECT id, query, created_at, after_seq FROM watches WHERE id=?", (watch_id,)
        ).fetchone()
        return Watch(*row) if row else None


def _change(row: tuple) -> Change:
    seq, cid, at, kind, story, article, text, citations = row
    return Change(
        id=cid,
        at=at,
        kind=kind,
        story=story,
        article=article,
        text=text,
        citations=tuple(Citation(a, s, e) for a, s, e in json.loads(citations)),
        seq=seq,
    )
