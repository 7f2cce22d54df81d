"""The store's schema as named, recorded steps, each set owned by the part of the store whose tables it makes.

As in sqlite-utils' ``migrations``: a :class:`Migrations` set belongs to one owner (the articles, the stories,
the duplicate index), declares its steps in order, and :func:`migrate` applies each step that the store has not
recorded yet, each in its own transaction. Step names are unique across sets (they are what the store records).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence

Step = Callable[[sqlite3.Connection], None] | str
"""A step: a SQL script, or a function given the connection."""


class Migrations:
    """One owner's schema steps, in the order they must run."""

    def __init__(self, owner: str) -> None:
        self.owner = owner
        self.steps: list[tuple[str, Step]] = []

    def add(self, name: str, step: Step) -> None:
        """Declares the next step; ``name`` is recorded in the store once the step has run."""
        self.steps.append((name, step))


def migrate(conn: sqlite3.Connection, sets: Sequence[Migrations]) -> list[str]:
    """Applies every step of ``sets`` (in order) not yet recorded, each in a transaction that looks again first
    (two processes opening a new store at once apply each step once); returns the names this call applied."""
    conn.execute("CREATE TABLE IF NOT EXISTS _migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
    done = {row[0] for row in conn.execute("SELECT name FROM _migrations")}
    applied = []
    for migrations in sets:
        for name, step in migrations.steps:
            if name in done:
                continue
            conn.execute("BEGIN IMMEDIATE")
            if conn.execute("SELECT 1 FROM _migrations WHERE name = ?", (name,)).fetchone():
                conn.execute("COMMIT")  # another process opening the store ran it since we looked
                continue
            try:
                if callable(step):
                    step(conn)
                else:
                    for statement in statements(step):
                        conn.execute(statement)
                conn.execute("INSERT INTO _migrations VALUES (?, datetime('now'))", (name,))
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            applied.append(name)
    return applied


def pending(conn: sqlite3.Connection, sets: Sequence[Migrations]) -> list[str]:
    """The steps of ``sets`` the store has not recorded (all of them in a file without storyline's tables)."""
    try:
        done = {row[0] for row in conn.execute("SELECT name FROM _migrations")}
    except sqlite3.OperationalError:
        done = set()
    return [name for migrations in sets for name, _ in migrations.steps if name not in done]


def statements(script: str) -> list[str]:
    """Splits a script into complete statements (triggers hold inner semicolons)."""
    out, buf = [], ""
    for line in script.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            if buf.strip():
                out.append(buf.strip())
            buf = ""
    return out
