"""The SQLite store: articles, their analyses, full-text search; one writer, readers in parallel (WAL).

Ids are content hashes, so writing an article that is already there changes nothing. Every write happens inside
``Store.write()``, one ``BEGIN IMMEDIATE`` transaction, so a killed process leaves the last committed state.
The store owns every SQL statement of the project: the article tables here, the story engine's tables in
``stories`` (``Store.stories``), the near-duplicate index in ``duplicates`` (``Store.duplicates``) and the
storylines in ``storylines`` (``Store.storylines``).
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
import threading
from collections import OrderedDict
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from ..errors import NotFound, StoreBusy, StoreError
from ..models import Analysis, Article, Published, RawArticle
from . import derived, duplicates, follow, stories, storylines
from .codec import from_data, to_data
from .migrations import Migrations, migrate, pending
from .sql import select_in

_UNSPACED = re.compile(
    "[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"
)
"""Letters of scripts written without spaces between words (Thai, Lao, Myanmar, Khmer, kana, Han)."""

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

LINES = """
CREATE TABLE IF NOT EXISTS article_lines (
    grp TEXT NOT NULL,
    key TEXT NOT NULL,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    edge INTEGER NOT NULL,
    short INTEGER NOT NULL,
    topical INTEGER NOT NULL,
    PRIMARY KEY (grp, key, article_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS article_lines_article ON article_lines(article_id);
"""

MIGRATIONS = Migrations("articles")
MIGRATIONS.add("0001_articles", ARTICLES)
MIGRATIONS.add("0002_fts", FTS)
MIGRATIONS.add("0006_article_lines", LINES)
MIGRATIONS.add("0007_drop_outlet_lines", "DROP TABLE IF EXISTS outlet_lines;")
MIGRATIONS.add("0012_articles_seq", "CREATE INDEX IF NOT EXISTS articles_seq ON articles(seq, id);")

MARK_START, MARK_END = "\x02", "\x03"
"""What a search snippet puts around a matched word (control characters that no cleaned text holds)."""
SNIPPET_TOKENS = 16
SNIPPET_CHARS = 60
"""Characters either side of a match in a snippet made without the full-text index."""

ANALYSIS_VERSION = 1
BUSY_TIMEOUT_MS = 60_000


SCHEMA_STEPS = (
    MIGRATIONS,
    stories.MIGRATIONS,
    duplicates.MIGRATIONS,
    storylines.MIGRATIONS,
    follow.MIGRATIONS,
    derived.MIGRATIONS,
)


def _upgrade(path: str) -> None:
    """Applies the schema steps a store made by an older storyline lacks, before it is opened to read."""
    try:
        Store(path).close()
    except sqlite3.OperationalError as exc:
        raise StoreError(
            f"{path}: this store was made by an older storyline and needs its tables upgraded, which needs write"
            f" access to the file and its folder ({exc})"
        ) from exc


ANALYSES_REMEMBERED = 2_000
"""Decoded analyses a store remembers (:class:`DecodedAnalyses`)."""


class DecodedAnalyses:
    """Analyses decoded from their stored JSON text, remembered by article id with the digest of that text (the
    most recently used ``size``): the same text decodes to an equal analysis, so one read again is not decoded
    again, and one whose text changed is. Safe to share between threads, as the store's connection is."""

    def __init__(self, size: int = ANALYSES_REMEMBERED) -> None:
        self.size = size
        self._known: OrderedDict[str, tuple[bytes, Analysis]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, article_id: str, text: str) -> Analysis:
        """The analysis stored as ``text``, decoded now or taken from an earlier decoding of the same text."""
        digest = hashlib.blake2b(text.encode(), digest_size=16).digest()
        with self._lock:
            found = self._known.get(article_id)
            if found is not None and found[0] == digest:
                self._known.move_to_end(article_id)
                return found[1]
        analysis = from_data(Analysis, json.loads(text))
        with self._lock:
            self._known[article_id] = (digest, analysis)
            self._known.move_to_end(article_id)
            while len(self._known) > self.size:
                self._known.popitem(last=False)
        return analysis


class Store:
    """One SQLite database file (or ``:memory:``) holding a storyline corpus."""

    def __init__(self, path: str | Path = "storyline.db", readonly: bool = False) -> None:
        self.path = str(path)
        self.readonly = readonly
        self._next_seq: int | None = None  # the next article's seq, known inside a write transaction only
        if readonly:
            if self.path != ":memory:" and not Path(self.path).exists():
                raise NotFound(f"{self.path}: no such store (run `storyline ingest` first)")
            uri = f"file:{Path(self.path).resolve()}?mode=ro"
            self.conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
            if self.path != ":memory:" and pending(self.conn, SCHEMA_STEPS):
                self.conn.close()
                _upgrade(self.path)
                self.conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
        else:
            self.conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        self.conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        self.conn.execute("PRAGMA foreign_keys = ON")
        if not readonly:
            if self.path != ":memory:":
                self.conn.execute("PRAGMA journal_mode = WAL")
            self.conn.execute("PRAGMA synchronous = NORMAL")
            try:
                migrate(self.conn, SCHEMA_STEPS)
            except sqlite3.OperationalError as exc:
                raise StoreBusy(f"{self.path}: {exc}") from exc
        self.stories = stories.StoryTables(self.conn)
        self.duplicates = duplicates.DuplicateTables(self.conn)
        self.storylines = storylines.StorylineTables(self.conn)
        self.follow = follow.FollowTables(self.conn)
        self.derived = derived.DerivedTables(self.conn)
        self._decoded = DecodedAnalyses()

    def close(self) -> None:
        self.conn.close()

    def _rows(self, query: str, args: Sequence[object] = ()) -> sqlite3.Cursor:
        """A cursor yielding ``sqlite3.Row`` (the shared connection itself keeps plain tuples)."""
        return self._cursor().execute(query, args)

    def _cursor(self) -> sqlite3.Cursor:
        cur = self.conn.cursor()
        cur.row_factory = sqlite3.Row
        return cur

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def snapshot(self) -> Iterator[None]:
        """One read transaction: every read inside it sees the store as it was at the first (what another
        process commits meanwhile is not seen), for reads made in many statements, such as a streamed export."""
        self.conn.execute("BEGIN")
        try:
            yield
        finally:
            self.conn.execute("COMMIT")

    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction (the single writer); waits for another writer up to the busy timeout."""
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            if "locked" in str(exc) or "busy" in str(exc):
                raise StoreBusy(
                    f"{self.path}: another process is writing to this store; try again later"
                ) from exc
            raise
        self._next_seq = None
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        else:
            self.conn.execute("COMMIT")
        finally:
            self._next_seq = None

    # --- articles -------------------------------------------------------------------------------------------

    def known(self, ids: Iterable[str]) -> set[str]:
        """Which of ``ids`` the store already holds."""
        return {r[0] for r in select_in(self.conn, "SELECT id FROM articles WHERE id IN ({marks})", ids)}

    def add(self, article: Article, analysis: Analysis, raw: RawArticle, site: str | None = None) -> bool:
        """Inserts an article with its analysis (inside ``write()``); False if its id was already there."""
        seq = self._next_seq
        if seq is None or not self.conn.in_transaction:  # MAX(seq) scans the table: once per transaction
            seq = self.conn.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM articles").fetchone()[0]
        p = article.published
        cur = self.conn.execute(
            "INSERT OR IGNORE INTO articles (id, seq, source, url, title, outlet, site, author, language, pub_date,"
            " pub_earliest, pub_latest, pub_method, text, boilerplate, duplicate_of, metadata, raw, ingested_at)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                article.id,
                seq,
                article.source,
                article.url,
                article.title,
                article.outlet,
                site,
                article.author,
                article.language,
                p.date,
                p.earliest,
                p.latest,
                p.method,
                article.text,
                json.dumps(list(article.boilerplate), ensure_ascii=False),
                article.duplicate_of,
                json.dumps(article.metadata, ensure_ascii=False, default=str),
                json.dumps(to_data(raw), ensure_ascii=False, default=str),
                datetime.now(UTC).isoformat(timespec="seconds"),
            ),
        )
        if cur.rowcount == 0:
            return False
        self._next_seq = seq + 1
        self.save_analysis(analysis)
        return True

    def save_analysis(self, analysis: Analysis) -> None:
        self.conn.execute(
            "INSERT OR REPLACE INTO analyses (article_id, version, data) VALUES (?, ?, ?)",
            (analysis.article_id, ANALYSIS_VERSION, json.dumps(to_data(analysis), ensure_ascii=False)),
        )

    def set_published(self, article_id: str, published: Published) -> None:
        self.conn.execute(
            "UPDATE articles SET pub_date=?, pub_earliest=?, pub_latest=?, pub_method=? WHERE id=?",
            (published.date, published.earliest, published.latest, published.method, article_id),
        )

    def set_duplicate_of(self, article_id: str, original: str | None) -> None:
        self.conn.execute("UPDATE articles SET duplicate_of=? WHERE id=?", (original, article_id))

    def set_outlet(self, old: str, new: str) -> int:
        return self.conn.execute("UPDATE articles SET outlet=? WHERE outlet=?", (new, old)).rowcount

    def outlets(self) -> list[tuple[str, int]]:
        rows = self.conn.execute(
            "SELECT outlet, COUNT(*) FROM articles WHERE outlet IS NOT NULL GROUP BY outlet ORDER BY outlet"
        )
        return [(r[0], r[1]) for r in rows]

    def article(self, article_id: str) -> Article:
        row = self._rows("SELECT * FROM articles WHERE id=?", (article_id,)).fetchone()
        if row is None:
            raise NotFound(f"no article with id {article_id!r}")
        return _article(row)

    def articles(
        self, ids: Sequence[str] | None = None, limit: int | None = None, offset: int = 0
    ) -> list[Article]:
        """Articles in ingest order (all, or those of ``ids`` in the order given)."""
        if ids is None:
            q = "SELECT * FROM articles ORDER BY seq"
            args: list[object] = []
            if limit is not None:
                q += " LIMIT ? OFFSET ?"
                args = [limit, offset]
            return [_article(r) for r in self._rows(q, args)]
        ids = list(ids)
        rows = select_in(self._cursor(), "SELECT * FROM articles WHERE id IN ({marks})", ids)
        by_id = {r["id"]: _article(r) for r in rows}
        return [by_id[i] for i in ids if i in by_id]

    def article_pages(self, size: int) -> Iterator[list[Article]]:
        """Every article in ingest order, ``size`` at a time, each page read from where the last one ended (one
        seek in the ``seq`` index, where an offset would read every article before it again)."""
        after: tuple[int, str] = (-1, "")
        while rows := list(
            self._rows(
                "SELECT * FROM articles WHERE (seq, id) > (?, ?) ORDER BY seq, id LIMIT ?", (*after, size)
            )
        ):
            yield [_article(r) for r in rows]
            after = (rows[-1]["seq"], rows[-1]["id"])

    def count(self) -> int:
        return self.conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]

    def raw(self, article_id: str) -> RawArticle:
        row = self.conn.execute("SELECT raw FROM articles WHERE id=?", (article_id,)).fetchone()
        if row is None:
            raise NotFound(f"no article with id {article_id!r}")
        return from_data(RawArticle, json.loads(row[0]))

    def analyses(self, ids: Sequence[str]) -> dict[str, Analysis]:
        """The stored analyses of ``ids``, decoded; one decoded before from the same stored text is taken again
        (an ingest reads each new article's analysis in the cross-article step, for its changes and for its
        kept results)."""
        sql = "SELECT article_id, data FROM analyses WHERE article_id IN ({marks})"
        return {r[0]: self._decoded.get(r[0], r[1]) for r in select_in(self.conn, sql, ids)}

    def analysis_texts(self, ids: Sequence[str]) -> dict[str, str]:
        """The stored analyses of ``ids`` as stored (JSON text), undecoded: what a digest of them reads."""
        sql = "SELECT article_id, data FROM analyses WHERE article_id IN ({marks})"
        return {r[0]: r[1] for r in select_in(self.conn, sql, ids)}

    # --- cross-article evidence of furniture ---------------------------------------------------------------

    def add_lines(self, group: str, article_id: str, lines: Iterable[tuple[str, bool, bool, bool]]) -> None:
        """Records an article's paragraphs as evidence of furniture: (key, at an edge of the article, short, on
        the article's own subject)."""
        self.conn.executemany(
            "INSERT OR IGNORE INTO article_lines VALUES (?, ?, ?, ?, ?, ?)",
            [
                (group, key, article_id, int(edge), int(short), int(topical))
                for key, edge, short, topical in lines
            ],
        )

    def furniture_keys(self, group: str, short_articles: int, edge_articles: int) -> frozenset[str]:
        """Paragraph keys that recur across the group's original articles (near-duplicate copies not counted), off
        their articles' subject in most: short lines in ``short_articles`` of them, or lines in ``edge_articles``
        of them, mostly at an edge."""
        rows = self.conn.execute(
            "SELECT l.key FROM article_lines l JOIN articles a ON a.id = l.article_id"
            " WHERE l.grp = ? AND a.duplicate_of IS NULL GROUP BY l.key"
            " HAVING 2 * SUM(l.topical) < COUNT(*)"
            " AND ((MAX(l.short) = 1 AND COUNT(*) >= ?) OR (COUNT(*) >= ? AND 2 * SUM(l.edge) > COUNT(*)))",
            (group, short_articles, edge_articles),
        )
        return frozenset(r[0] for r in rows)

    # --- search ---------------------------------------------------------------------------------------------

    def search(self, query: str, limit: int = 50) -> list[str]:
        """Ids of articles matching ``query`` (every word, as FTS5 prefix-free terms), best first.

        Words in scripts written without spaces (Chinese, Japanese, Thai) are matched as substrings of the title
        or text: the full-text index cuts text at spaces, so it holds a whole Chinese sentence as one token.
        """
        terms = re.findall(r"\w+", query)[:32]
        if not terms:
            return []
        unspaced = [t for t in terms if _UNSPACED.search(t)]
        spaced = [t for t in terms if not _UNSPACED.search(t)]
        match = " ".join('"' + t.replace('"', "") + '"' for t in spaced)
        if not unspaced:
            rows = self.conn.execute(
                "SELECT a.id FROM articles_fts f JOIN articles a ON a.rowid = f.rowid"
                " WHERE articles_fts MATCH ? ORDER BY bm25(articles_fts, 5.0, 1.0) LIMIT ?",
                (match, limit),
            )
            return [r[0] for r in rows]
        where = " AND ".join("(instr(a.title, ?) > 0 OR instr(a.text, ?) > 0)" for _ in unspaced)
        params: list[object] = [t for t in unspaced for _ in (0, 1)]
        if spaced:
            where += " AND a.rowid IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)"
            params.append(match)
        rows = self.conn.execute(
            f"SELECT a.id FROM articles a WHERE {where} ORDER BY a.seq LIMIT ?", (*params, limit)
        )
        return [r[0] for r in rows]

    def snippets(self, query: str, ids: Sequence[str]) -> dict[str, str]:
        """A few words around where each of ``ids`` matches ``query``, the matched words between ``MARK_START``
        and ``MARK_END`` (FTS5 ``snippet()``; for words of scripts written without spaces, the words around their
        first place in the text)."""
        terms = re.findall(r"\w+", query)[:32]
        spaced = [t for t in terms if not _UNSPACED.search(t)]
        unspaced = [t for t in terms if _UNSPACED.search(t)]
        found: dict[str, str] = {}
        if spaced and not unspaced:
            match = " ".join('"' + t.replace('"', "") + '"' for t in spaced)
            rows = select_in(
                self.conn,
                "SELECT a.id, snippet(articles_fts, -1, ?, ?, '…', ?) FROM articles_fts f"
                " JOIN articles a ON a.rowid = f.rowid WHERE articles_fts MATCH ? AND a.id IN ({marks})",
                ids,
                before=(MARK_START, MARK_END, SNIPPET_TOKENS, match),
            )
            found = {r[0]: r[1] for r in rows}
        for article in self.articles([i for i in ids if i not in found]):
            found[article.id] = _marked_around(article.text, terms)
        return found

    def arrivals(self, ids: Iterable[str]) -> dict[str, tuple[int, str]]:
        """Each article's place in the order of arrival (``seq``) and the UTC time it was stored."""
        rows = select_in(self.conn, "SELECT id, seq, ingested_at FROM articles WHERE id IN ({marks})", ids)
        return {r[0]: (r[1], r[2]) for r in rows}

    def added_since(self, seq: int) -> list[str]:
        """The ids of the articles stored after the one numbered ``seq``, in the order they came."""
        return [r[0] for r in self.conn.execute("SELECT id FROM articles WHERE seq > ? ORDER BY seq", (seq,))]

    def version(self) -> tuple[int, int]:
        """Changes whenever the store's contents may have changed: commits of other connections (SQLite's
        ``data_version``) and of this one (its ``total_changes``)."""
        return self.conn.execute("PRAGMA data_version").fetchone()[0], self.conn.total_changes

    def last_seq(self) -> int:
        """The ``seq`` of the last article stored (0 for an empty store)."""
        return self.conn.execute("SELECT COALESCE(MAX(seq), 0) FROM articles").fetchone()[0]

    def integrity_ok(self) -> bool:
        return self.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def _article(row: sqlite3.Row) -> Article:
    return Article(
        id=row["id"],
        source=row["source"],
        text=row["text"],
        title=row["title"],
        url=row["url"],
        outlet=row["outlet"],
        author=row["author"],
        language=row["language"],
        published=Published(row["pub_date"], row["pub_earliest"], row["pub_latest"], row["pub_method"]),
        boilerplate=tuple(json.loads(row["boilerplate"])),
        duplicate_of=row["duplicate_of"],
        metadata=json.loads(row["metadata"]),
    )


def _marked_around(text: str, terms: Sequence[str]) -> str:
    """The text around the first place one of ``terms`` occurs (case-insensitive), every occurrence marked."""
    flat = " ".join(text.split())
    lowered = flat.lower()
    places = [(lowered.find(t.lower()), t) for t in terms if t and lowered.find(t.lower()) >= 0]
    if not places:
        return flat[: 2 * SNIPPET_CHARS] + ("…" if len(flat) > 2 * SNIPPET_CHARS else "")
    first = min(p for p, _ in places)
    start, end = max(0, first - SNIPPET_CHARS), min(len(flat), first + SNIPPET_CHARS)
    window = flat[start:end]
    pattern = re.compile("|".join(re.escape(t) for _, t in places), re.IGNORECASE)
    marked = pattern.sub(lambda m: MARK_START + m.group(0) + MARK_END, window)
    return ("…" if start else "") + marked + ("…" if end < len(flat) else "")
