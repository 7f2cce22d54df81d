"""The storyline tables: each story's centroid and span, the links between stories that continue one another, and
the storylines those links make.

``story_centroids`` holds, for every story, its founder article and that article's sort key, its first and last
day and its centroid (the heaviest words and names of its articles); ``story_centroid_terms`` indexes the centroid
terms; ``storyline_links`` holds the pairs of stories close enough to be one storyline; ``storyline_members`` each
story's storyline; ``storyline_list`` each storyline's title and span; ``storyline_founders`` every storyline id
ever handed out, with the article it hashes. ``across.storylines`` decides; these methods only read and write.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from .migrations import Migrations
from .sql import nearest, select_in

SCHEMA = """
CREATE TABLE IF NOT EXISTS story_centroids (
    story_id TEXT PRIMARY KEY,
    founder TEXT NOT NULL,
    founder_key TEXT NOT NULL,
    first TEXT,
    last TEXT,
    articles INTEGER NOT NULL,
    title TEXT NOT NULL,
    centroid TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS story_centroid_terms (
    term TEXT NOT NULL,
    story_id TEXT NOT NULL,
    PRIMARY KEY (term, story_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS story_centroid_terms_story ON story_centroid_terms(story_id);
CREATE TABLE IF NOT EXISTS storyline_links (
    a TEXT NOT NULL,
    b TEXT NOT NULL,
    PRIMARY KEY (a, b)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS storyline_links_b ON storyline_links(b);
CREATE TABLE IF NOT EXISTS storyline_members (
    story_id TEXT PRIMARY KEY,
    storyline_id TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS storyline_members_line ON storyline_members(storyline_id);
CREATE TABLE IF NOT EXISTS storyline_list (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    first TEXT,
    last TEXT
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS storyline_founders (
    id TEXT PRIMARY KEY,
    article_id TEXT NOT NULL
) WITHOUT ROWID;
"""

BY_DAY = """
CREATE TABLE story_centroid_terms_by_day (
    term TEXT NOT NULL,
    last TEXT NOT NULL,
    story_id TEXT NOT NULL,
    first TEXT NOT NULL,
    PRIMARY KEY (term, last, story_id)
) WITHOUT ROWID;
INSERT INTO story_centroid_terms_by_day
    SELECT t.term, COALESCE(s.last, ''), t.story_id, COALESCE(s.first, '')
    FROM story_centroid_terms t JOIN story_centroids s ON s.story_id = t.story_id;
DROP TABLE story_centroid_terms;
ALTER TABLE story_centroid_terms_by_day RENAME TO story_centroid_terms;
CREATE INDEX story_centroid_terms_story ON story_centroid_terms(story_id);
"""

MIGRATIONS = Migrations("storylines")
MIGRATIONS.add("0005_storylines", SCHEMA)
# A term's stories in order of their last day. The key's columns come first: SQLite 3.40's integrity_check
# misreads a WITHOUT ROWID table whose other columns sit between them.
MIGRATIONS.add("0010_centroid_terms_by_day", BY_DAY)


@dataclass(frozen=True)
class StoryCentroid:
    """What linking needs of a story: its founder, span, size, title and centroid (JSON)."""

    story_id: str
    founder: str
    founder_key: str
    first: str | None
    last: str | None
    articles: int
    title: str
    centroid: str


@dataclass(frozen=True)
class StorylineHead:
    """What a storyline's row is made of: the founder of its earliest story, its title and span."""

    founder: str
    title: str
    first: str | None
    last: str | None


@dataclass(frozen=True)
class StorylineRow:
    """A storyline as listed: id, title, span, and its stories in canonical order."""

    id: str
    title: str
    first: str | None
    last: str | None
    stories: tuple[str, ...]


class StorylineTables:
    """Reads and writes the storyline tables on one connection (writes inside the caller's transaction)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    # --- story centroids ------------------------------------------------------------------------------------

    def put_centroid(self, c: StoryCentroid, terms: Iterable[str]) -> None:
        self.conn.execute(
            "INSERT OR REPLACE INTO story_centroids VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (c.story_id, c.founder, c.founder_key, c.first, c.last, c.articles, c.title, c.centroid),
        )
        self.conn.execute("DELETE FROM story_centroid_terms WHERE story_id=?", (c.story_id,))
        self.conn.executemany(
            "INSERT OR IGNORE INTO story_centroid_terms VALUES (?, ?, ?, ?)",
            [(t, c.last or "", c.story_id, c.first or "") for t in terms],
        )

    def drop_story(self, story_id: str) -> None:
        """Forgets a story that no longer exists: its centroid, terms, links and membership."""
        for sql in (
            "DELETE FROM story_centroids WHERE story_id=?",
            "DELETE FROM story_centroid_terms WHERE story_id=?",
            "DELETE FROM storyline_members WHERE story_id=?",
        ):
            self.conn.execute(sql, (story_id,))
        self.conn.execute("DELETE FROM storyline_links WHERE a=? OR b=?", (story_id, story_id))

    def spans(self, story_ids: Iterable[str]) -> dict[str, tuple[int | None, int | None]]:
        """The first and last day of each story as day ordinals (None when undated)."""
        sql = "SELECT story_id, first, last FROM story_centroids WHERE story_id IN ({marks})"
        return {
            sid: (_ordinal(first), _ordinal(last))
            for sid, first, last in select_in(self.conn, sql, story_ids)
        }

    def centroid_texts(self, story_ids: Iterable[str]) -> dict[str, str]:
        """Each story's centroid (JSON) alone: what comparing stories needs, without the rest of the row."""
        sql = "SELECT story_id, centroid FROM story_centroids WHERE story_id IN ({marks})"
        return dict(select_in(self.conn, sql, story_ids))

    def centroids(self, story_ids: Iterable[str]) -> dict[str, StoryCentroid]:
        sql = "SELECT * FROM story_centroids WHERE story_id IN ({marks})"
        return {r[0]: StoryCentroid(*r) for r in select_in(self.conn, sql, story_ids)}

    def sharing_terms(
        self, story_id: str, within_days: int | None = None, per_term: int | None = None
    ) -> list[str]:
        """The other stories whose centroids share a term with this one's; with ``within_days``, only those whose
        span lies at most that many days from this one's (or either is undated): a story that shares a common
        word with this one months away is left out before its centroid is read. With ``per_term``, each term
        brings at most that many: those whose last day is nearest this one's (then undated ones), each found by
        a bounded walk of the term's entries in order of their last day, so the cost does not grow with the
        number of stories that use a common word."""
        me = self.conn.execute(
            "SELECT first, last FROM story_centroids WHERE story_id=?", (story_id,)
        ).fetchone()
        if me is None:
            return []
        terms = [
            r[0]
            for r in self.conn.execute("SELECT term FROM story_centroid_terms WHERE story_id=?", (story_id,))
        ]
        found: set[str] = set()
        for term in terms:
            found.update(self._near_on(term, story_id, me, within_days, per_term))
        return sorted(found)

    def _near_on(
        self,
        term: str,
        story_id: str,
        span: tuple[str | None, str | None],
        within_days: int | None,
        limit: int | None,
    ) -> list[str]:
        """The stories of one term's entries near ``span`` (see :meth:`sharing_terms`)."""
        cap = -1 if limit is None else limit
        first, last = span
        if within_days is None or not first or not last:
            rows = self.conn.execute(
                "SELECT story_id FROM story_centroid_terms WHERE term=? AND story_id != ?"
                " ORDER BY last DESC, story_id LIMIT ?",
                (term, story_id, cap),
            )
            return [r[0] for r in rows]
        lo = (date.fromisoformat(first) - timedelta(days=within_days)).isoformat()
        hi = (date.fromisoformat(last) + timedelta(days=within_days)).isoformat()
        after = self.conn.execute(  # ending on or after this one, and starting at most the gap after it
            "SELECT story_id, last FROM story_centroid_terms WHERE term=? AND last >= ? AND first <= ?"
            " AND story_id != ? ORDER BY last, story_id LIMIT ?",
            (term, last, hi, story_id, cap),
        ).fetchall()
        before = self.conn.execute(  # ending before this one, at most the gap before it starts
            "SELECT story_id, last FROM story_centroid_terms WHERE term=? AND last >= ? AND last < ?"
            " ORDER BY last DESC, story_id LIMIT ?",
            (term, lo, last, cap),
        ).fetchall()
        near = [r[0] for r in nearest(after, before, last, cap)]
        if cap < 0 or len(near) < cap:
            undated = self.conn.execute(
                "SELECT story_id FROM story_centroid_terms WHERE term=? AND last = '' ORDER BY story_id LIMIT ?",
                (term, cap),
            )
            near += [r[0] for r in undated]
        return near[:cap] if cap >= 0 else near

    # --- links and storylines -------------------------------------------------------------------------------

    def set_links(self, story_id: str, others: Iterable[str]) -> None:
        """Replaces a story's links with links to ``others``."""
        self.replace_links({story_id: others})

    def replace_links(self, links: Mapping[str, Iterable[str]]) -> None:
        """Replaces each story's links with links to its others, story after story in the mapping's order (a
        later story's links replace what an earlier one linked to it). The links are read once for them all and
        only those that change are written: a story that gained an article mostly keeps its links (about a
        hundred at size), and rewriting them all was most of the cost."""
        sql = (
            "SELECT a, b FROM storyline_links WHERE a IN ({marks})"
            " UNION SELECT a, b FROM storyline_links WHERE b IN ({marks})"
        )
        held = set(select_in(self.conn, sql, list(links), times=2))
        touching: dict[str, set[tuple[str, str]]] = {}
        for pair in held:
            for end in pair:
                touching.setdefault(end, set()).add(pair)
        now = set(held)
        for story_id, others in links.items():
            for pair in touching.pop(story_id, set()):
                now.discard(pair)
                for end in pair:
                    touching.get(end, set()).discard(pair)
            for other in others:
                pair = (min(story_id, other), max(story_id, other))
                now.add(pair)
                for end in pair:
                    touching.setdefault(end, set()).add(pair)
        self.conn.executemany("DELETE FROM storyline_links WHERE a=? AND b=?", sorted(held - now))
        self.conn.executemany("INSERT INTO storyline_links VALUES (?, ?)", sorted(now - held))

    def linked(self, story_ids: Sequence[str]) -> set[str]:
        """Stories linked to any of ``story_ids``."""
        sql = (
            "SELECT b FROM storyline_links WHERE a IN ({marks})"
            " UNION SELECT a FROM storyline_links WHERE b IN ({marks})"
        )
        return {r[0] for r in select_in(self.conn, sql, story_ids, times=2)}

    def stories_of(self, storyline_id: str, limit: int | None = None) -> list[str]:
        """The stories of a storyline; with ``limit``, at most that many (which ones is not said)."""
        rows = self.conn.execute(
            "SELECT story_id FROM storyline_members WHERE storyline_id=? LIMIT ?",
            (storyline_id, -1 if limit is None else limit),
        )
        return [r[0] for r in rows]

    def head(self, storyline_id: str) -> StorylineHead | None:
        """What a storyline's row is made of, from one pass over its members' short columns (never their
        centroids): the founder of its earliest story, the title of its largest story (the earliest of equals) and
        its span; None when it has no members."""
        rows = self.conn.execute(_HEAD, (storyline_id,)).fetchall()
        if not rows:
            return None
        founder = min(rows)[2]  # by founder_key, then story id
        title = min(rows, key=lambda r: (-r[3], r[0], r[1]))[4]
        first = min((r[5] for r in rows if r[5]), default=None)
        last = max((r[6] for r in rows if r[6]), default=None)
        return StorylineHead(founder, title, first, last)

    def put_row(self, storyline_id: str, head: StorylineHead) -> None:
        """Writes a storyline's title and span, its members as they are."""
        self.conn.execute(
            "INSERT OR REPLACE INTO storyline_list VALUES (?, ?, ?, ?)",
            (storyline_id, head.title, head.first, head.last),
        )

    def storyline_of_stories(self, story_ids: Iterable[str]) -> dict[str, str]:
        sql = "SELECT story_id, storyline_id FROM storyline_members WHERE story_id IN ({marks})"
        return dict(select_in(self.conn, sql, story_ids))

    def put_storyline(self, row: StorylineRow, founder: str) -> None:
        """Writes a storyline and makes its stories its members."""
        self.conn.execute(
            "INSERT OR REPLACE INTO storyline_list VALUES (?, ?, ?, ?)",
            (row.id, row.title, row.first, row.last),
        )
        self.conn.execute("INSERT OR IGNORE INTO storyline_founders VALUES (?, ?)", (row.id, founder))
        self.conn.executemany(
            "INSERT OR REPLACE INTO storyline_members VALUES (?, ?)", [(s, row.id) for s in row.stories]
        )

    def drop_storylines_without_members(self, storyline_ids: Iterable[str]) -> None:
        for sid in sorted(set(storyline_ids)):
            if not self.conn.execute(
                "SELECT 1 FROM storyline_members WHERE storyline_id=?", (sid,)
            ).fetchone():
                self.conn.execute("DELETE FROM storyline_list WHERE id=?", (sid,))

    # --- reading --------------------------------------------------------------------------------------------

    def storylines(self) -> list[StorylineRow]:
        """Every storyline with its stories in canonical order (their founders' order), by id."""
        members: dict[str, list[str]] = {}
        rows = self.conn.execute(f"{_MEMBERS} ORDER BY c.founder_key")
        for line, story in rows:
            members.setdefault(line, []).append(story)
        listed = self.conn.execute("SELECT id, title, first, last FROM storyline_list ORDER BY id")
        return [StorylineRow(i, t, f, last, tuple(members.get(i, ()))) for i, t, f, last in listed]

    def storyline(self, storyline_id: str) -> StorylineRow | None:
        """One storyline as :meth:`storylines` gives it, or None."""
        row = self.conn.execute(
            "SELECT id, title, first, last FROM storyline_list WHERE id=?", (storyline_id,)
        ).fetchone()
        if row is None:
            return None
        stories = self.conn.execute(
            f"{_MEMBERS} WHERE m.storyline_id=? ORDER BY c.founder_key", (storyline_id,)
        )
        return StorylineRow(*row, tuple(r[1] for r in stories))

    def storyline_of(self, story_id: str) -> str | None:
        row = self.conn.execute(
            "SELECT storyline_id FROM storyline_members WHERE story_id=?", (story_id,)
        ).fetchone()
        return row[0] if row else None

    def resolve(self, storyline_id: str) -> str:
        """The current id of a storyline: itself while it exists, else the one that holds its founder now."""
        if self.conn.execute("SELECT 1 FROM storyline_list WHERE id=?", (storyline_id,)).fetchone():
            return storyline_id
        row = self.conn.execute(
            "SELECT m.storyline_id FROM storyline_founders f JOIN story_articles a ON a.article_id = f.article_id"
            " JOIN storyline_members m ON m.story_id = a.story_id WHERE f.id=?",
            (storyline_id,),
        ).fetchone()
        return row[0] if row else storyline_id


_MEMBERS = "SELECT m.storyline_id, m.story_id FROM storyline_members m JOIN story_centroids c ON c.story_id = m.story_id"
"""Each storyline's stories, with what orders them canonically (``c.founder_key``)."""
_HEAD = (
    "SELECT c.founder_key, c.story_id, c.founder, c.articles, c.title, c.first, c.last FROM storyline_members m"
    " JOIN story_centroids c ON c.story_id = m.story_id WHERE m.storyline_id=?"
)
"""What one storyline's row is worked out from: its members' short centroid columns."""


def _ordinal(day: str | None) -> int | None:
    return date.fromisoformat(day).toordinal() if day else None
