"""The story tables: each article's story, frozen vectors and day, the candidate index, links and the stories.

``story_articles`` holds every article the story engine has seen, with its story, canonical sort key, day,
label and vectors; ``story_terms`` is the inverted index of its heaviest terms by day; ``story_links`` the pairs
similar enough to be one story; ``story_list`` each story's title and first and last day; ``story_spans`` the
days each story covers as a reader sees them (``story_list``'s, widened by its members' inferred dates), indexed
newest first so a page of stories is read without reading them all; ``story_founders`` every story id ever handed
out with the article it hashes, so an old id still resolves. The engine (``across.stories``) decides; these
methods only read and write.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from operator import itemgetter

from ..models import Story
from .migrations import Migrations, statements
from .sql import chunked, marks, nearest, ordinal, select_in

SCHEMA = """
CREATE TABLE IF NOT EXISTS story_articles (
    article_id TEXT PRIMARY KEY,
    story_id TEXT NOT NULL,
    sort_key TEXT NOT NULL,
    day TEXT,
    title TEXT,
    duplicate_of TEXT,
    vectors TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS story_articles_story ON story_articles(story_id);
CREATE INDEX IF NOT EXISTS story_articles_duplicate ON story_articles(duplicate_of);
CREATE TABLE IF NOT EXISTS story_terms (
    term TEXT NOT NULL,
    day TEXT NOT NULL,
    article_id TEXT NOT NULL,
    PRIMARY KEY (term, day, article_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS story_terms_article ON story_terms(article_id);
CREATE TABLE IF NOT EXISTS story_links (
    a TEXT NOT NULL,
    b TEXT NOT NULL,
    PRIMARY KEY (a, b)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS story_links_b ON story_links(b);
CREATE TABLE IF NOT EXISTS story_list (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    first TEXT,
    last TEXT
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS story_founders (
    id TEXT PRIMARY KEY,
    article_id TEXT NOT NULL
) WITHOUT ROWID;
"""

SPANS = """
CREATE TABLE IF NOT EXISTS story_spans (
    story_id TEXT PRIMARY KEY,
    first TEXT,
    last TEXT
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS story_spans_newest ON story_spans(last, story_id);
"""

# A story's span widened by its members' inferred dates: the least and greatest of its own days and theirs.
WIDEN = """
INSERT OR REPLACE INTO story_spans
SELECT l.id,
    CASE WHEN i.lo IS NULL THEN l.first ELSE MIN(i.lo, COALESCE(l.first, i.lo), COALESCE(l.last, i.lo)) END,
    CASE WHEN i.hi IS NULL THEN l.last ELSE MAX(i.hi, COALESCE(l.first, i.hi), COALESCE(l.last, i.hi)) END
FROM story_list l LEFT JOIN (
    SELECT m.story_id, MIN(a.pub_date) AS lo, MAX(a.pub_date) AS hi
    FROM story_articles m JOIN articles a ON a.id = m.article_id
    WHERE a.pub_method = 'inferred' AND a.pub_date IS NOT NULL AND {members}
    GROUP BY m.story_id
) i ON i.story_id = l.id
WHERE {stories}
"""


def _spans(conn: sqlite3.Connection) -> None:
    for statement in statements(SPANS):
        conn.execute(statement)
    conn.execute(WIDEN.format(members="1", stories="1"))


LISTED = "SELECT l.id, l.title, s.first, s.last FROM story_list l JOIN story_spans s ON s.story_id = l.id"

MIGRATIONS = Migrations("stories")
MIGRATIONS.add("0003_stories", SCHEMA)
MIGRATIONS.add("0011_story_spans", _spans)

StoryRow = tuple[str, str, str, str | None, str | None, str | None, str]
"""(article_id, story_id, sort_key, day, title, duplicate_of, vectors as JSON): one ``story_articles`` row."""


class StoryTables:
    """Reads and writes the ``story_`` tables on one connection (writes inside the caller's transaction)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    # --- articles --------------------------------------------------------------------------------------------

    def known(self, ids: Iterable[str]) -> set[str]:
        """Which of ``ids`` the engine has already placed."""
        sql = "SELECT article_id FROM story_articles WHERE article_id IN ({marks})"
        return {r[0] for r in select_in(self.conn, sql, ids)}

    def insert(self, rows: Sequence[StoryRow]) -> None:
        self.conn.executemany("INSERT INTO story_articles VALUES (?, ?, ?, ?, ?, ?, ?)", rows)

    def vectors(self, ids: Iterable[str]) -> list[tuple[str, str, str | None, str]]:
        """(article_id, sort_key, day, vectors as JSON) of each of ``ids``."""
        sql = "SELECT article_id, sort_key, day, vectors FROM story_articles WHERE article_id IN ({marks})"
        return list(select_in(self.conn, sql, ids))

    def days(self, ids: Iterable[str]) -> dict[str, str | None]:
        sql = "SELECT article_id, day FROM story_articles WHERE article_id IN ({marks})"
        return dict(select_in(self.conn, sql, ids))

    def set_duplicate_of(self, article_id: str, original: str) -> None:
        self.conn.execute(
            "UPDATE story_articles SET duplicate_of=? WHERE article_id=?", (original, article_id)
        )

    def copies_elsewhere(self, ids: Iterable[str]) -> list[tuple[str, str, str]]:
        """(copy, its story, its original's story) for each of ``ids`` that is a near-duplicate."""
        sql = (
            "SELECT c.article_id, c.story_id, o.story_id FROM story_articles c"
            " JOIN story_articles o ON o.article_id = c.duplicate_of"
            " WHERE c.article_id IN ({marks})"
        )
        return list(select_in(self.conn, sql, ids))

    def move(self, article_id: str, story_id: str) -> None:
        self.conn.execute("UPDATE story_articles SET story_id=? WHERE article_id=?", (story_id, article_id))

    def story_ids(self, ids: Iterable[str]) -> dict[str, str]:
        """The story each of ``ids`` is in ("" for an article not yet placed)."""
        sql = "SELECT article_id, story_id FROM story_articles WHERE article_id IN ({marks})"
        return dict(select_in(self.conn, sql, ids))

    def assign(self, story_id: str, founder: str, members: Sequence[str]) -> None:
        """Puts ``members`` and their copies in ``story_id``, remembering the article the id hashes."""
        self.conn.execute("INSERT OR IGNORE INTO story_founders VALUES (?, ?)", (story_id, founder))
        self.conn.executemany(
            "UPDATE story_articles SET story_id=? WHERE article_id=? OR duplicate_of=?",
            [(story_id, m, m) for m in members],
        )

    # --- the candidate index and links ----------------------------------------------------------------------

    def add_terms(self, rows: Sequence[tuple[str, str, str]]) -> None:
        """Index entries: (term, day or "", article_id)."""
        self.conn.executemany("INSERT OR IGNORE INTO story_terms VALUES (?, ?, ?)", rows)

    def sharing_terms(
        self,
        article_id: str,
        day: str | None,
        window_days: int | None,
        shared: int,
        per_term: int | None = None,
        most: int | None = None,
    ) -> list[str]:
        """Indexed articles that share at least ``shared`` index terms with ``article_id``, dated at most
        ``window_days`` from its ``day`` or undated (any day when either is None). With ``per_term``, each term
        brings at most that many articles: those dated nearest ``day`` (then undated ones), found by a bounded walk
        of the term's entries in order of day, so the cost does not grow with the articles that use a term. With
        ``most``, at most that many: those sharing the most terms, then the nearest in time."""
        cap = -1 if per_term is None else per_term
        terms = [
            r[0] for r in self.conn.execute("SELECT term FROM story_terms WHERE article_id=?", (article_id,))
        ]
        counts: Counter[str] = Counter()
        days: dict[str, str] = {}
        for term in terms:
            if day is None or window_days is None:
                near = self.conn.execute(
                    "SELECT article_id, day FROM story_terms WHERE term=? AND article_id != ?"
                    " ORDER BY day DESC, article_id LIMIT ?",
                    (term, article_id, cap),
                ).fetchall()
            else:
                near = self._near_on(term, article_id, day, window_days, cap)
            counts.update(map(itemgetter(0), near))
            days.update(near)
        found = [a for a, n in counts.items() if n >= shared]
        if most is not None and len(found) > most:
            found = _most(found, counts, days, day, most)
        return sorted(found)

    def _near_on(
        self, term: str, article_id: str, day: str, window_days: int, cap: int
    ) -> list[tuple[str, str]]:
        """One term's articles dated within the window nearest ``day``, then its undated ones, at most ``cap``:
        (id, day, "" when undated), in no set order."""
        at = date.fromisoformat(day)
        lo, hi = ((at + timedelta(days=d)).isoformat() for d in (-window_days, window_days))
        after = self.conn.execute(
            "SELECT article_id, day FROM story_terms WHERE term=? AND day >= ? AND day <= ? AND article_id != ?"
            " ORDER BY day, article_id LIMIT ?",
            (term, day, hi, article_id, cap),
        ).fetchall()
        before = self.conn.execute(
            "SELECT article_id, day FROM story_terms WHERE term=? AND day >= ? AND day < ?"
            " ORDER BY day DESC, article_id LIMIT ?",
            (term, lo, day, cap),
        ).fetchall()

        def undated() -> list[tuple[str]]:
            return self.conn.execute(
                "SELECT article_id FROM story_terms WHERE term=? AND day = '' AND article_id != ?"
                " ORDER BY article_id LIMIT ?",
                (term, article_id, cap),
            ).fetchall()

        near = nearest(after, before, day, cap)
        if cap < 0 or len(near) < cap:
            near += [(r[0], "") for r in undated()]
        return near[:cap] if cap >= 0 else near

    def add_links(self, pairs: Sequence[tuple[str, str]]) -> None:
        self.conn.executemany("INSERT OR IGNORE INTO story_links VALUES (?, ?)", pairs)

    def neighbours(self, ids: Sequence[str]) -> set[str]:
        """Articles linked to any of ``ids``."""
        sql = "SELECT b FROM story_links WHERE a IN ({marks}) UNION SELECT a FROM story_links WHERE b IN ({marks})"
        return {r[0] for r in select_in(self.conn, sql, ids, times=2)}

    def unindex(self, article_id: str) -> None:
        """Takes an article out of the candidate index and drops its links."""
        self.conn.execute("DELETE FROM story_links WHERE a=? OR b=?", (article_id, article_id))
        self.conn.execute("DELETE FROM story_terms WHERE article_id=?", (article_id,))

    # --- stories ---------------------------------------------------------------------------------------------

    def story_of(self, article_id: str) -> str:
        row = self.conn.execute(
            "SELECT story_id FROM story_articles WHERE article_id=?", (article_id,)
        ).fetchone()
        if row is None:
            raise KeyError(article_id)
        return row[0]

    def stories_of(self, ids: Iterable[str]) -> set[str]:
        sql = "SELECT DISTINCT story_id FROM story_articles WHERE article_id IN ({marks})"
        return {r[0] for r in select_in(self.conn, sql, ids)}

    def members(self, story_id: str) -> list[tuple[str, str | None, str | None, str]]:
        """(article_id, day, label, vectors as JSON) of a story's articles in canonical order."""
        return self.conn.execute(
            "SELECT article_id, day, title, vectors FROM story_articles WHERE story_id=? ORDER BY sort_key",
            (story_id,),
        ).fetchall()

    def originals_in(self, story_ids: Iterable[str]) -> set[str]:
        """The articles of the stories that are not near-duplicates of another (those the index holds)."""
        sql = "SELECT article_id FROM story_articles WHERE duplicate_of IS NULL AND story_id IN ({marks})"
        return {r[0] for r in select_in(self.conn, sql, story_ids)}

    def members_of(self, story_ids: Sequence[str]) -> dict[str, list[str]]:
        """The article ids of each story, in canonical order (day, then id)."""
        members: dict[str, list[str]] = {sid: [] for sid in story_ids}
        sql = "SELECT story_id, article_id FROM story_articles WHERE story_id IN ({marks}) ORDER BY sort_key"
        for sid, aid in select_in(self.conn, sql, story_ids):
            members[sid].append(aid)
        return members

    def put_story(self, story_id: str, title: str, first: str | None, last: str | None) -> None:
        self.conn.execute(
            "INSERT OR REPLACE INTO story_list VALUES (?, ?, ?, ?)", (story_id, title, first, last)
        )
        self.conn.execute("INSERT OR REPLACE INTO story_spans VALUES (?, ?, ?)", (story_id, first, last))

    def drop_story(self, story_id: str) -> None:
        self.conn.execute("DELETE FROM story_list WHERE id=?", (story_id,))
        self.conn.execute("DELETE FROM story_spans WHERE story_id=?", (story_id,))

    def widen_spans(self, story_ids: Iterable[str]) -> None:
        """Works out again the span of each of ``story_ids`` that exists, with its members' inferred dates (after
        its members or their dates changed)."""
        for chunk in chunked(sorted(set(story_ids))):
            where = f"IN ({marks(len(chunk))})"
            sql = WIDEN.format(members=f"m.story_id {where}", stories=f"l.id {where}")
            self.conn.execute(sql, [*chunk, *chunk])

    def duplicates(self) -> dict[str, str]:
        """Every near-duplicate article and the earliest copy it duplicates."""
        rows = self.conn.execute(
            "SELECT article_id, duplicate_of FROM story_articles WHERE duplicate_of IS NOT NULL"
        )
        return dict(rows.fetchall())

    def titles(self, story_ids: Iterable[str]) -> dict[str, str]:
        """The title of each of ``story_ids`` that exists."""
        return dict(select_in(self.conn, "SELECT id, title FROM story_list WHERE id IN ({marks})", story_ids))

    def count(self) -> int:
        return self.conn.execute("SELECT COUNT(*) FROM story_list").fetchone()[0]

    def resolve(self, story_id: str) -> str:
        """The current id of a story: itself while it exists, else the story that now holds its founder."""
        if self.conn.execute("SELECT 1 FROM story_list WHERE id=?", (story_id,)).fetchone():
            return story_id
        row = self.conn.execute(
            "SELECT a.story_id FROM story_founders f JOIN story_articles a ON a.article_id = f.article_id"
            " WHERE f.id=?",
            (story_id,),
        ).fetchone()
        return row[0] if row else story_id

    def stories(self) -> list[Story]:
        """Every story with its title, members in (day, id) order and span (inferred dates included), by id."""
        members: dict[str, list[str]] = {}
        for sid, aid in self.conn.execute(
            "SELECT story_id, article_id FROM story_articles ORDER BY sort_key"
        ):
            members.setdefault(sid, []).append(aid)
        return [
            Story(sid, title, tuple(members.get(sid, ())), first, last)
            for sid, title, first, last in self.conn.execute(f"{LISTED} ORDER BY l.id")
        ]

    def story(self, story_id: str) -> Story | None:
        """One story as :meth:`stories` gives it, or None."""
        return self.by_ids([story_id]).get(story_id)

    def by_ids(self, story_ids: Iterable[str]) -> dict[str, Story]:
        """The stories of ``story_ids`` that exist, as :meth:`stories` gives them."""
        rows = list(select_in(self.conn, f"{LISTED} WHERE l.id IN ({{marks}})", story_ids))
        members = self.members_of([r[0] for r in rows])
        return {sid: Story(sid, title, tuple(members[sid]), first, last) for sid, title, first, last in rows}

    def newest(self, limit: int, offset: int = 0) -> list[Story]:
        """One page of the stories, the latest last day first (ids break ties; stories without days last)."""
        ids = [
            r[0]
            for r in self.conn.execute(
                "SELECT story_id FROM story_spans ORDER BY last DESC, story_id DESC LIMIT ? OFFSET ?",
                (limit, offset),
            )
        ]
        found = self.by_ids(ids)
        return [found[i] for i in ids if i in found]


def _most(
    found: list[str], counts: Counter[str], days: dict[str, str], day: str | None, most: int
) -> list[str]:
    """The ``most`` of ``found`` sharing the most terms, then dated nearest ``day`` (undated ones, or all when
    ``day`` is None, after every dated one), then by id. Only the articles at the count where the cut falls are
    ordered by distance: the rest are in or out by their count alone."""
    ranked = sorted(found, key=counts.__getitem__, reverse=True)
    edge = counts[ranked[most - 1]]
    sure = [a for a in ranked if counts[a] > edge]
    at = ordinal(day) if day else None
    far = {d: abs(ordinal(d) - at) if d and at is not None else 1 << 30 for d in set(days.values())}
    tied = sorted((a for a in ranked if counts[a] == edge), key=lambda a: (far[days[a]], a))
    return sure + tied[: most - len(sure)]
