"""The store's schema as named, recorded steps: each runs once, in order, inside one transaction."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

ARTICLES = """
CREATE TABLE articles (
    id TEXT PRIMARY KEY,
    seq INTEGER NOT NULL,
    source TEXT NOT NULL,
    url TEXT,
    title TEXT,
    outlet TEXT,
    site TEXT,
    author TEXT,
    language TEXT,
    pub_date TEXT,
    pub_earliest TEXT,
    pub_latest TEXT,
    pub_method TEXT NOT NULL DEFAULT 'unknown',
    text TEXT NOT NULL,
    boilerplate TEXT NOT NULL DEFAULT '[]',
    duplicate_of TEXT,
    metadata TEXT NOT NULL DEFAULT '{}',
    raw TEXT NOT NULL,
    ingested_at TEXT NOT NULL
);
CREATE INDEX articles_pub ON articles(pub_date);
CREATE INDEX articles_outlet ON articles(outlet);
CREATE TABLE analyses (
    article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    version INTEGER NOT NULL,
    data TEXT NOT NULL
);
CREATE TABLE outlet_lines (
    outlet TEXT NOT NULL,
    key TEXT NOT NULL,
    article_id TEXT NOT NULL,
    PRIMARY KEY (outlet, key, article_id)
) WITHOUT ROWID;
"""

FTS = """
CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='rowid');
CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
END;
CREATE TRIGGER articles_au AFTER UPDATE OF title, text ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
  INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
"""


def _stories_schema(conn: sqlite3.Connection) -> None:
    from .stories import SCHEMA

    for statement in _statements(SCHEMA):
        conn.execute(statement)


Step = tuple[str, Callable[[sqlite3.Connection], None] | str]

MIGRATIONS: list[Step] = [
    ("0001_articles", ARTICLES),
    ("0002_fts", FTS),
    ("0003_stories", _stories_schema),
]


def migrate(conn: sqlite3.Connection) -> list[str]:
    """Applies every step not yet recorded; returns the names applied."""
    conn.execute("CREATE TABLE IF NOT EXISTS _migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
    done = {row[0] for row in conn.execute("SELECT name FROM _migrations")}
    applied = []
    for name, step in MIGRATIONS:
        if name in done:
            continue
        conn.execute("BEGIN IMMEDIATE")
        try:
            if callable(step):
                step(conn)
            else:
                for statement in _statements(step):
                    conn.execute(statement)
            conn.execute("INSERT INTO _migrations VALUES (?, datetime('now'))", (name,))
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        applied.append(name)
    return applied


def _statements(script: str) -> list[str]:
    """Splits a script into complete statements (triggers hold inner semicolons)."""
    out, buf = [], ""
    for line in script.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            if buf.strip():
                out.append(buf.strip())
            buf = ""
    return out
