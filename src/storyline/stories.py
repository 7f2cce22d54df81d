"""Stories: incremental clustering of articles into stories with stable ids, over SQLite tables.

Near-duplicates aside (see ``dedup``: a copy joins its original's story), every article gets frozen vectors
(``story_features``) and its heaviest terms go into an inverted index with its day. A new article is compared
with the indexed articles that share one of its terms and fall inside the time window; each pair whose
similarity passes ``Params.join`` becomes a link. The links' connected groups that contain a new article are
then clustered again as a whole, by average linkage (``story_cluster``), so a batch costs what the groups it
touches cost, not what the store holds.

Because an article's vectors never change and average linkage sees every pair of a group, the stories are a
function of the set of articles stored, not of the order or the batches they came in: two halves give what one
batch gives. A story's id is a hash of its earliest article (by day, then id; undated last); every id ever
handed out is remembered with that article, so an id whose story later gained an earlier article, or merged
into another, still resolves to the story that holds its article now.
"""

from __future__ import annotations

import hashlib
import json
import math
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from . import dedup
from .models import Story
from .story_cluster import Member, average_link, pair_similarities
from .story_features import ArticleVectors, Weights, article_vectors, idf, top_terms, word_terms

SCHEMA = (
    """
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
    + dedup.SCHEMA
)

_CHUNK = 500


@dataclass(frozen=True)
class StoryInput:
    """What clustering needs of one article; ``published`` is an ISO day or None.

    ``entities`` (the analysis' entity names) is accepted but not used: names found in the text did better.
    """

    id: str
    title: str | None
    text: str
    outlet: str | None = None
    published: str | None = None
    entities: tuple[str, ...] = ()


@dataclass(frozen=True)
class Assignment:
    """Where an article went: its story and, for a near-duplicate, the earliest copy it duplicates."""

    article_id: str
    story_id: str
    duplicate_of: str | None = None


@dataclass(frozen=True)
class Params:
    """Clustering thresholds and weights.

    ``join`` is the mean similarity two groups of articles need to form one story. It and the weights were
    swept on ECB+ with average linkage (``bench_stories.py --grid``: join 0.2-0.3, names 0.3-0.5, numbers 0 or
    0.1; B3 F1 0.89-0.925 for join 0.225-0.275); the window and decay were set so that a story reported over
    months (geneva2: May to November 2013) holds together while other Syria coverage a week away stays apart.
    A new article is compared with the indexed articles that share ``index_shared`` of its ``index_words``
    heaviest words and ``index_names`` heaviest names. A linked group larger than ``max_group`` is clustered
    again only around the batch's days (see ``_Batch.nearest``).
    """

    join: float = 0.25
    link: float = 0.25
    weights: Weights = field(default_factory=Weights)
    window_days: int = 180
    decay_days: float = 60.0
    title_weight: int = 2
    index_words: int = 20
    index_names: int = 10
    index_shared: int = 2
    index_min_idf: float = 4.0
    max_group: int = 2000


def story_id(founder_article_id: str) -> str:
    return "s-" + hashlib.sha256(founder_article_id.encode()).hexdigest()[:16]


def sort_key(article_id: str, day: str | None) -> str:
    """Canonical order: dated articles by day, then undated ones; ids break ties."""
    return f"0{day}|{article_id}" if day else f"1|{article_id}"


def _shift(day: str, days: int) -> str:
    return date.fromordinal(date.fromisoformat(day).toordinal() + days).isoformat()


def _chunks(items: Sequence[str]) -> Iterable[list[str]]:
    for i in range(0, len(items), _CHUNK):
        yield list(items[i : i + _CHUNK])


def _marks(n: int) -> str:
    return ",".join("?" * n)


class StoryEngine:
    """Clusters articles into stories incrementally; its state lives in the ``story_``/``dup_`` tables."""

    def __init__(self, conn: sqlite3.Connection, params: Params | None = None) -> None:
        self.conn = conn
        self.params = params or Params()
        if not conn.execute("SELECT 1 FROM sqlite_master WHERE name='story_founders'").fetchone():
            for statement in _statements(SCHEMA):
                conn.execute(statement)
        self.dups = dedup.DuplicateIndex(conn)

    # --- writing ---------------------------------------------------------------------------------------------

    def add(self, articles: Sequence[StoryInput]) -> list[Assignment]:
        """Clusters a batch (writes, does not commit); returns assignments of its new articles, and of earlier
        articles whose ``duplicate_of`` changed because a new article is an earlier copy."""
        fresh = {a.id: a for a in articles}
        known = self._known(list(fresh))
        todo = sorted(
            (a for a in fresh.values() if a.id not in known), key=lambda a: sort_key(a.id, a.published)
        )
        if not todo:
            return []
        duplicate_of: dict[str, str | None] = {}
        repointed: dict[str, str] = {}
        for item in todo:
            original, moved = self.dups.add(item.id, sort_key(item.id, item.published), item.text)
            duplicate_of[item.id] = original
            repointed.update(moved)
        for aid, orig in repointed.items():
            if aid in duplicate_of:
                duplicate_of[aid] = orig
        batch = _Batch(self)
        batch.insert(todo, duplicate_of)
        seeds = batch.demote({a: o for a, o in repointed.items() if a not in duplicate_of})
        new_originals = [item.id for item in todo if duplicate_of[item.id] is None]
        batch.index(new_originals)
        batch.link(new_originals)
        batch.recluster(set(new_originals) | seeds)
        batch.follow_originals(set(duplicate_of) | set(repointed))
        batch.refresh_stories()
        out = [Assignment(item.id, self.story_of(item.id), duplicate_of[item.id]) for item in todo]
        out += [Assignment(a, self.story_of(a), o) for a, o in sorted(repointed.items()) if a not in fresh]
        return out

    def _known(self, ids: list[str]) -> set[str]:
        found: set[str] = set()
        for chunk in _chunks(ids):
            q = f"SELECT article_id FROM story_articles WHERE article_id IN ({_marks(len(chunk))})"
            found.update(r[0] for r in self.conn.execute(q, chunk))
        return found

    # --- reading ---------------------------------------------------------------------------------------------

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

    def story_of(self, article_id: str) -> str:
        row = self.conn.execute(
            "SELECT story_id FROM story_articles WHERE article_id=?", (article_id,)
        ).fetchone()
        if row is None:
            raise KeyError(article_id)
        return row[0]

    def duplicates(self) -> dict[str, str]:
        """Every near-duplicate article and the earliest copy it duplicates."""
        rows = self.conn.execute(
            "SELECT article_id, duplicate_of FROM story_articles WHERE duplicate_of IS NOT NULL"
        )
        return dict(rows.fetchall())

    def shared_passages(self, article_id: str) -> list[dedup.SharedPassage]:
        """Sentence runs this article shares with other, non-duplicate articles (wire copy reused)."""
        return self.dups.shared_passages(article_id)

    def stories(self) -> list[Story]:
        """Every story with its title, members in (day, id) order and first/last day."""
        members: dict[str, list[str]] = {}
        for sid, aid in self.conn.execute(
            "SELECT story_id, article_id FROM story_articles ORDER BY sort_key"
        ):
            members.setdefault(sid, []).append(aid)
        rows = self.conn.execute("SELECT id, title, first, last FROM story_list ORDER BY id")
        return [
            Story(sid, title, tuple(members.get(sid, ())), first, last) for sid, title, first, last in rows
        ]


class _Batch:
    """The working state of one ``add`` call: vectors read so far and the stories whose rows need refreshing."""

    def __init__(self, engine: StoryEngine) -> None:
        self.engine = engine
        self.conn = engine.conn
        self.p = engine.params
        self.rows: dict[str, tuple[str, str | None, ArticleVectors]] = {}
        self.touched: set[str] = set()

    def insert(self, items: Sequence[StoryInput], duplicate_of: dict[str, str | None]) -> None:
        rows = []
        for item in items:
            vectors = article_vectors(item.title, item.text, self.p.title_weight)
            key = sort_key(item.id, item.published)
            self.rows[item.id] = (key, item.published, vectors)
            label = item.title or lead(item.text)
            rows.append(
                (
                    item.id,
                    "",
                    key,
                    item.published,
                    label,
                    duplicate_of[item.id],
                    json.dumps(vectors.to_json()),
                )
            )
        self.conn.executemany("INSERT INTO story_articles VALUES (?, ?, ?, ?, ?, ?, ?)", rows)

    def demote(self, repointed: dict[str, str]) -> set[str]:
        """Stored originals that a new, earlier copy turned into duplicates leave the index and their links;
        returns their former neighbours, whose groups must be clustered again."""
        neighbours: set[str] = set()
        for aid, orig in sorted(repointed.items()):
            self.conn.execute("UPDATE story_articles SET duplicate_of=? WHERE article_id=?", (orig, aid))
            neighbours.update(self._neighbours([aid]))
            self.conn.execute("DELETE FROM story_links WHERE a=? OR b=?", (aid, aid))
            self.conn.execute("DELETE FROM story_terms WHERE article_id=?", (aid,))
            self.touched.add(self.engine.story_of(aid))
        return neighbours - set(repointed)

    def index(self, ids: Sequence[str]) -> None:
        rows = []
        for aid in ids:
            _, day, v = self.rows[aid]
            # Years and common words would put most of the store in every article's candidates.
            names = [t for t in top_terms(v.names, self.p.index_names + 5) if t.startswith("@")]
            terms = top_terms(v.words, self.p.index_words) + names[: self.p.index_names]
            for term in (t for t in terms if idf(t) >= self.p.index_min_idf):
                rows.append((term, day or "", aid))
        self.conn.executemany("INSERT OR IGNORE INTO story_terms VALUES (?, ?, ?)", rows)

    def link(self, ids: Sequence[str]) -> None:
        """Links each new article to the indexed articles in its window that share at least
        ``Params.index_shared`` of its index terms, when their similarity passes the join threshold."""
        found: set[tuple[str, str]] = set()
        for aid in ids:
            day = self.rows[aid][1]
            window = ""
            args: tuple[str, ...] = (aid, aid)
            if day:
                window = "AND (o.day = '' OR o.day BETWEEN ? AND ?)"
                args += (_shift(day, -self.p.window_days), _shift(day, self.p.window_days))
            rows = self.conn.execute(
                "SELECT o.article_id FROM story_terms t JOIN story_terms o ON o.term = t.term"
                f" WHERE t.article_id = ? AND o.article_id != ? {window}"
                " GROUP BY o.article_id HAVING COUNT(*) >= ?",
                (*args, self.p.index_shared),
            )
            found.update((min(aid, other), max(aid, other)) for (other,) in rows)
        pairs = sorted(found)
        involved = sorted({a for pair in pairs for a in pair})
        self.load(involved)
        position = {a: i for i, a in enumerate(involved)}
        members = [Member(a, *self.rows[a]) for a in involved]
        sims = pair_similarities(
            members,
            [(position[a], position[b]) for a, b in pairs],
            self.p.weights,
            self.p.window_days,
            self.p.decay_days,
        )
        links = [pair for pair, sim in zip(pairs, sims, strict=True) if sim >= max(self.p.link, self.p.join)]
        self.conn.executemany("INSERT OR IGNORE INTO story_links VALUES (?, ?)", links)

    def load(self, ids: Iterable[str]) -> None:
        missing = sorted({i for i in ids if i not in self.rows})
        for chunk in _chunks(missing):
            q = f"SELECT article_id, sort_key, day, vectors FROM story_articles WHERE article_id IN ({_marks(len(chunk))})"
            for aid, key, day, vectors in self.conn.execute(q, chunk):
                self.rows[aid] = (key, day, ArticleVectors.from_json(json.loads(vectors)))

    def _neighbours(self, ids: Sequence[str]) -> set[str]:
        out: set[str] = set()
        for chunk in _chunks(ids):
            marks = _marks(len(chunk))
            q = f"SELECT b FROM story_links WHERE a IN ({marks}) UNION SELECT a FROM story_links WHERE b IN ({marks})"
            out.update(r[0] for r in self.conn.execute(q, chunk + chunk))
        return out

    def components(self, seeds: set[str]) -> list[list[str]]:
        """The linked groups (connected components) that contain the seeds."""
        seen: set[str] = set()
        out = []
        for seed in sorted(seeds):
            if seed in seen:
                continue
            group, frontier = {seed}, [seed]
            while frontier:
                frontier = sorted(self._neighbours(frontier) - group)
                group.update(frontier)
            seen |= group
            out.append(sorted(group))
        return out

    def recluster(self, seeds: set[str]) -> None:
        for group in self.components(seeds):
            if len(group) > self.p.max_group:
                group = self.nearest(group, seeds)
            self.load(group)
            members = [Member(a, self.rows[a][0], self.rows[a][1], self.rows[a][2]) for a in group]
            for chunk in _chunks(group):
                q = f"SELECT DISTINCT story_id FROM story_articles WHERE article_id IN ({_marks(len(chunk))})"
                self.touched.update(r[0] for r in self.conn.execute(q, chunk))
            stories = average_link(
                members, self.p.join, self.p.weights, self.p.window_days, self.p.decay_days
            )
            for story in stories:
                sid = story_id(story[0].id)
                self.touched.add(sid)
                self.conn.execute("INSERT OR IGNORE INTO story_founders VALUES (?, ?)", (sid, story[0].id))
                self.conn.executemany(
                    "UPDATE story_articles SET story_id=? WHERE article_id=? OR duplicate_of=?",
                    [(sid, m.id, m.id) for m in story],
                )

    def nearest(self, group: list[str], seeds: set[str]) -> list[str]:
        """The ``max_group`` members of an oversized group nearest in time to its new articles (undated ones
        count as near): what a batch reclusters when the whole group would cost too much. Stories further away
        keep their members, so here, and only here, the result can depend on the batches."""
        days: dict[str, str | None] = {}
        for chunk in _chunks(group):
            q = f"SELECT article_id, day FROM story_articles WHERE article_id IN ({_marks(len(chunk))})"
            days.update(self.conn.execute(q, chunk).fetchall())
        seed_days = sorted(date.fromisoformat(d).toordinal() for a in seeds if (d := days.get(a)))
        lo, hi = (seed_days[0], seed_days[-1]) if seed_days else (0, 0)

        def distance(aid: str) -> int:
            day = days[aid]
            if not day or not seed_days:
                return 0
            n = date.fromisoformat(day).toordinal()
            return max(lo - n, n - hi, 0)

        return sorted(sorted(group, key=lambda a: (distance(a), a))[: self.p.max_group])

    def follow_originals(self, ids: Iterable[str]) -> None:
        """Near-duplicates take their original's story."""
        for chunk in _chunks(sorted(ids)):
            q = (
                "SELECT c.article_id, c.story_id, o.story_id FROM story_articles c"
                " JOIN story_articles o ON o.article_id = c.duplicate_of"
                f" WHERE c.article_id IN ({_marks(len(chunk))})"
            )
            for aid, old, new in self.conn.execute(q, chunk).fetchall():
                if old != new:
                    self.conn.execute("UPDATE story_articles SET story_id=? WHERE article_id=?", (new, aid))
                    self.touched.update({old, new})

    def refresh_stories(self) -> None:
        """Rewrites the title and first/last days of every story the batch changed (or drops emptied ones)."""
        for sid in sorted(self.touched - {""}):
            rows = self.conn.execute(
                "SELECT article_id, day, title, vectors FROM story_articles WHERE story_id=? ORDER BY sort_key",
                (sid,),
            ).fetchall()
            if not rows:
                self.conn.execute("DELETE FROM story_list WHERE id=?", (sid,))
                continue
            days = [r[1] for r in rows if r[1]]
            centroid: dict[str, float] = {}
            for r in rows:
                for t, v in json.loads(r[3])[0].items():
                    centroid[t] = centroid.get(t, 0.0) + v
            title = _title([r[2] for r in rows], centroid)
            self.conn.execute(
                "INSERT OR REPLACE INTO story_list VALUES (?, ?, ?, ?)",
                (sid, title, min(days, default=None), max(days, default=None)),
            )


MAX_TITLE_CHARS = 90


def lead(text: str) -> str | None:
    """The first sentence of a text, standing in for a missing headline."""
    for start, end in dedup.sentences(text):
        return text[start:end]
    return None


def _title(titles: Sequence[str | None], centroid: dict[str, float]) -> str:
    """The member headline that best covers the story's distinctive words (not simply the first one)."""

    def score(terms: list[str]) -> float:
        if not terms:
            return -1.0
        return sum(centroid.get(t, 0.0) * idf(t) for t in terms) / math.sqrt(len(terms))

    best = max(((score(word_terms(t)), -i, t) for i, t in enumerate(titles) if t), default=None)
    if best is None:
        return "(untitled story)"
    title = " ".join(best[2].split())
    if len(title) > MAX_TITLE_CHARS:
        title = title[:MAX_TITLE_CHARS].rsplit(" ", 1)[0] + "…"
    return title


def _statements(script: str) -> list[str]:
    out, buf = [], ""
    for line in script.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            if buf.strip():
                out.append(buf.strip())
            buf = ""
    return out
