"""Stories: incremental, online clustering of articles into stories with stable ids, over SQLite tables.

Each new article (near-duplicates aside, see ``dedup``) is compared with the stories active around its date. The
candidates come from an inverted index of each story's most distinctive words and names, restricted to stories
whose last article falls inside the blocking window, so the cost of a batch grows with the batch and not with the
store. The similarity mixes the TF-IDF cosine of words, the cosine of proper names (canonical entity names when
the analysis gave them, capitalised names in the text otherwise) and a decay with the gap in days. The article
joins the best story above ``Params.join`` or founds a new one; when it also matches another story above
``Params.merge`` and the two stories' centroids are close, it bridges them and the later-founded story merges
into the earlier one (its id then redirects to the survivor).

Ids: a story's id is a hash of its founding article's id, and nothing but a merge ever changes it. Articles are
processed in a canonical order, (day, id) with undated articles last, so a store fed in chronological batches
ends up exactly as if fed at once. The thresholds were tuned on ECB+ (see ``benchmarks/bench_stories.py``).
"""

from __future__ import annotations

import hashlib
import itertools
import json
import math
import re
import sqlite3
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from . import dedup
from .models import Story

SCHEMA = (
    """
CREATE TABLE IF NOT EXISTS story_meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS story_df (
    term TEXT PRIMARY KEY,
    df INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS story_stories (
    id TEXT PRIMARY KEY,
    founder_key TEXT NOT NULL,
    first TEXT,
    last TEXT,
    size INTEGER NOT NULL,
    words TEXT NOT NULL,
    names TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS story_members (
    article_id TEXT PRIMARY KEY,
    story_id TEXT NOT NULL,
    sort_key TEXT NOT NULL,
    day TEXT,
    title TEXT,
    duplicate_of TEXT
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS story_members_story ON story_members(story_id);
CREATE TABLE IF NOT EXISTS story_postings (
    term TEXT NOT NULL,
    last_day TEXT NOT NULL,
    story_id TEXT NOT NULL,
    PRIMARY KEY (term, last_day, story_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS story_postings_story ON story_postings(story_id);
CREATE TABLE IF NOT EXISTS story_redirects (
    old_id TEXT PRIMARY KEY,
    new_id TEXT NOT NULL
) WITHOUT ROWID;
"""
    + dedup.SCHEMA
)

# Words that say nothing about which event an article covers (news verbs and fillers beyond sklearn's list).
NEWS_STOPWORDS = frozenset(
    {
        "said", "says", "say", "told", "tells", "according", "reported", "report", "reports", "reuters",
        "news", "year", "years", "week", "weeks", "day", "days", "month", "months", "time", "today",
        "yesterday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "just", "like", "new", "including", "people", "percent", "mr", "mrs", "ms", "also", "would",
        "could", "one", "two", "three", "first", "last", "read", "more", "com", "www", "http", "https",
    }
)  # fmt: skip
STOPWORDS = frozenset(ENGLISH_STOP_WORDS) | NEWS_STOPWORDS

_WORD = re.compile(r"[^\W\d_][^\W_]*(?:['’][^\W\d_]+)?")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_NAME = re.compile(r"\b[A-Z][\w’'.-]*[A-Za-z](?:\s+(?:[A-Z][\w’'.-]*[A-Za-z]|of|de|al|bin|van|von))*")


@dataclass(frozen=True)
class StoryInput:
    """What clustering needs of one article; ``published`` is an ISO day or None, ``entities`` names."""

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

    ``join``, ``merge`` and ``name_weight`` were swept on ECB+ (``bench_stories.py --grid``: join 0.2-0.4, merge
    0.4/0.5/off, name weight 0/0.3/0.5); join 0.25 with name weight 0.3 was best over file order and shuffled
    order (B3 F1 0.87-0.88; 0.3 loses recall, 0.2 precision). The time window and decay were set by hand so that
    a story reported over months (geneva2: May to November 2013) can still be bridged by its later articles.
    """

    join: float = 0.25
    merge: float = 0.35
    name_weight: float = 0.3
    window_days: int = 90
    decay_days: float = 60.0
    candidates: int = 40
    query_terms: int = 20
    query_names: int = 10
    posting_terms: int = 30
    centroid_terms: int = 300
    title_weight: int = 2


@dataclass
class _State:
    """A story's centroid as the clustering sees it (sums of unit-length article vectors)."""

    id: str
    founder_key: str
    first: str | None
    last: str | None
    size: int
    words: dict[str, float]
    names: dict[str, float]
    postings: set[str] = field(default_factory=set)


@dataclass(frozen=True)
class _Features:
    words: dict[str, float]
    names: dict[str, float]


def story_id(founder_article_id: str) -> str:
    return "s-" + hashlib.sha256(founder_article_id.encode()).hexdigest()[:16]


def sort_key(article_id: str, day: str | None) -> str:
    """Canonical processing order: dated articles by day, then undated ones; ids break ties."""
    return f"0{day}|{article_id}" if day else f"1|{article_id}"


def _stem(word: str) -> str:
    if len(word) > 4 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def word_terms(text: str) -> list[str]:
    """Content words, lower-cased and lightly stemmed."""
    out = []
    for w in _WORD.findall(text.lower()):
        w = w.replace("’", "'").split("'")[0]
        if len(w) > 2 and w not in STOPWORDS:
            out.append(_stem(w))
    return out


def name_terms(text: str, entities: Iterable[str] = ()) -> list[str]:
    """Tokens of proper names (the given entity names, or capitalised sequences that the text never writes in
    lower case, which drops sentence-initial common words) and the years the text mentions: what tells two
    events of the same kind apart."""
    lowered = set(_WORD.findall(text)) if not entities else set()
    found: list[str] = []
    sources = list(entities) or [m.group(0) for m in _NAME.finditer(text)]
    for name in sources:
        for token in _WORD.findall(name):
            low = token.lower()
            if len(low) < 2 or low in STOPWORDS or (lowered and low in lowered):
                continue
            found.append("@" + low)
    found.extend("#" + y for y in _YEAR.findall(text))
    return found


def _sublinear(terms: Iterable[str]) -> dict[str, float]:
    counts = Counter(terms)
    vec = {t: 1.0 + math.log(c) for t, c in counts.items()}
    norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
    return {t: v / norm for t, v in vec.items()}


def features(item: StoryInput, title_weight: int = 2) -> _Features:
    title = item.title or ""
    words = word_terms(item.text) + word_terms(title) * title_weight
    names = name_terms(item.text + "\n" + title, item.entities)
    return _Features(_sublinear(words), _sublinear(names))


def _days_between(a: str, b: str) -> int:
    return abs((date.fromisoformat(a) - date.fromisoformat(b)).days)


def _shift(day: str, days: int) -> str:
    return date.fromordinal(date.fromisoformat(day).toordinal() + days).isoformat()


class StoryEngine:
    """Clusters articles into stories incrementally; its state lives in the ``story_``/``dup_`` tables."""

    def __init__(self, conn: sqlite3.Connection, params: Params | None = None) -> None:
        self.conn = conn
        self.params = params or Params()
        if not conn.execute("SELECT 1 FROM sqlite_master WHERE name='story_members'").fetchone():
            for statement in _statements(SCHEMA):
                conn.execute(statement)
        self.dups = dedup.DuplicateIndex(conn)

    # --- writing ---------------------------------------------------------------------------------------------

    def add(self, articles: Sequence[StoryInput]) -> list[Assignment]:
        """Clusters a batch (writes, does not commit); returns assignments of its new articles, and of earlier
        articles whose ``duplicate_of`` changed because a new article is an earlier copy."""
        batch = _Batch(self)
        fresh = {a.id: a for a in articles}
        known = self._known(list(fresh))
        todo = sorted(
            (a for a in fresh.values() if a.id not in known), key=lambda a: sort_key(a.id, a.published)
        )
        if not todo:
            return []
        batch.prefetch_df(todo)
        out: list[Assignment] = []
        repointed: dict[str, str] = {}
        for item in todo:
            original, moved = self.dups.add(item.id, sort_key(item.id, item.published), item.text)
            repointed.update(moved)
            if original is not None:
                sid = batch.story_of(original)
                batch.add_member(item, sid, original)
                out.append(Assignment(item.id, sid, original))
            else:
                sid = batch.cluster(item)
                out.append(Assignment(item.id, sid, None))
        batch.flush()
        new_ids = {a.article_id for a in out}
        for aid, orig in sorted(repointed.items()):
            self.conn.execute("UPDATE story_members SET duplicate_of=? WHERE article_id=?", (orig, aid))
            if aid not in new_ids:
                out.append(Assignment(aid, self.story_of(aid), orig))
        return [self._resolved(a) for a in out]

    def _resolved(self, a: Assignment) -> Assignment:
        return Assignment(a.article_id, self.resolve(a.story_id), a.duplicate_of)

    def _known(self, ids: list[str]) -> set[str]:
        found: set[str] = set()
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            q = f"SELECT article_id FROM story_members WHERE article_id IN ({','.join('?' * len(chunk))})"
            found.update(r[0] for r in self.conn.execute(q, chunk))
        return found

    # --- reading ---------------------------------------------------------------------------------------------

    def resolve(self, story_id: str) -> str:
        """The surviving id of a story that may have been merged into another."""
        seen = {story_id}
        while True:
            row = self.conn.execute(
                "SELECT new_id FROM story_redirects WHERE old_id=?", (story_id,)
            ).fetchone()
            if row is None or row[0] in seen:
                return story_id
            story_id = row[0]
            seen.add(story_id)

    def story_of(self, article_id: str) -> str:
        row = self.conn.execute(
            "SELECT story_id FROM story_members WHERE article_id=?", (article_id,)
        ).fetchone()
        if row is None:
            raise KeyError(article_id)
        return self.resolve(row[0])

    def duplicates(self) -> dict[str, str]:
        """Every near-duplicate article and the earliest copy it duplicates."""
        rows = self.conn.execute(
            "SELECT article_id, duplicate_of FROM story_members WHERE duplicate_of IS NOT NULL"
        )
        return dict(rows.fetchall())

    def shared_passages(self, article_id: str) -> list[dedup.SharedPassage]:
        """Sentence runs this article shares with other, non-duplicate articles (wire copy reused)."""
        return self.dups.shared_passages(article_id)

    def stories(self) -> list[Story]:
        """Every story with its title, members in (day, id) order and first/last day."""
        members: dict[str, list[tuple[str, str | None, str | None]]] = {}
        rows = self.conn.execute(
            "SELECT story_id, article_id, day, title FROM story_members ORDER BY sort_key"
        )
        for sid, aid, day, title in rows:
            members.setdefault(sid, []).append((aid, day, title))
        states = {r[0]: json.loads(r[1]) for r in self.conn.execute("SELECT id, words FROM story_stories")}
        title_words = {sid: [word_terms(t or "") for _, _, t in m] for sid, m in members.items()}
        df, n = self._df({w for lists in title_words.values() for ws in lists for w in ws})
        out = []
        for sid in sorted(members):
            days = [d for _, d, _ in members[sid] if d]
            title = _title(members[sid], title_words[sid], states.get(sid, {}), df, n)
            out.append(
                Story(
                    sid,
                    title,
                    tuple(a for a, _, _ in members[sid]),
                    min(days, default=None),
                    max(days, default=None),
                )
            )
        return out

    def _df(self, terms: set[str]) -> tuple[dict[str, int], int]:
        df: dict[str, int] = {}
        listed = sorted(terms)
        for i in range(0, len(listed), 500):
            chunk = listed[i : i + 500]
            q = f"SELECT term, df FROM story_df WHERE term IN ({','.join('?' * len(chunk))})"
            df.update(self.conn.execute(q, chunk).fetchall())
        row = self.conn.execute("SELECT value FROM story_meta WHERE key='docs'").fetchone()
        return df, int(row[0]) if row else 0


class _Batch:
    """The working state of one ``add`` call: caches of story centroids and document frequencies."""

    def __init__(self, engine: StoryEngine) -> None:
        self.engine = engine
        self.conn = engine.conn
        self.p = engine.params
        self.states: dict[str, _State] = {}
        self.dirty: set[str] = set()
        self.deleted: set[str] = set()
        self.overlay: dict[str, set[str]] = {}
        self.features: dict[str, _Features] = {}
        self.idf_cache: dict[str, float] = {}
        self.df: dict[str, int] = {}
        self.df_delta: Counter[str] = Counter()
        self.members: list[tuple[str, str, str, str | None, str | None, str | None]] = []
        self.member_story: dict[str, str] = {}
        self.redirects: dict[str, str] = {}
        row = self.conn.execute("SELECT value FROM story_meta WHERE key='docs'").fetchone()
        self.docs = int(row[0]) if row else 0

    # --- document frequencies --------------------------------------------------------------------------------

    def prefetch_df(self, items: Sequence[StoryInput]) -> None:
        terms: set[str] = set()
        for item in items:
            f = self.features[item.id] = features(item, self.p.title_weight)
            terms.update(f.words)
            terms.update(f.names)
        df, _ = self.engine._df(terms)
        self.df.update(df)

    def idf(self, term: str) -> float:
        # Cached until the next article changes the counts (scoring one article asks for a term many times).
        value = self.idf_cache.get(term)
        if value is None:
            value = self.idf_cache[term] = math.log((self.docs + 1) / (self.df.get(term, 0) + 1)) + 1.0
        return value

    # --- clustering ------------------------------------------------------------------------------------------

    def cluster(self, item: StoryInput) -> str:
        f = self.features.pop(item.id)
        scored = sorted(
            ((self.similarity(f, item.published, s), s.id) for s in self.candidates(f, item.published)),
            key=lambda x: (-x[0], x[1]),
        )
        if scored and scored[0][0] >= self.p.join:
            sid = scored[0][1]
            self.absorb(sid, f, item.published)
            for sim, other in scored[1:]:
                if sim < self.p.merge:
                    break
                if (
                    other in self.states
                    and self.centroid_similarity(self.states[sid], self.states[other]) >= self.p.join
                ):
                    sid = self.merge(sid, other)
        else:
            key = sort_key(item.id, item.published)
            sid = story_id(item.id)
            self.states[sid] = _State(sid, key, item.published, item.published, 0, {}, {})
            self.absorb(sid, f, item.published)
        self.add_member(item, sid, None)
        for t in set(f.words) | set(f.names):
            self.df[t] = self.df.get(t, 0) + 1
            self.df_delta[t] += 1
        self.docs += 1
        self.idf_cache.clear()
        return sid

    def candidates(self, f: _Features, day: str | None) -> list[_State]:
        words = sorted(f.words, key=lambda t: (-f.words[t] * self.idf(t), t))[: self.p.query_terms]
        names = sorted(f.names, key=lambda t: (-f.names[t] * self.idf(t), t))[: self.p.query_names]
        lower = _shift(day, -self.p.window_days) if day else None
        hits: Counter[str] = Counter()
        for term in words + names:
            if lower is None:
                rows = self.conn.execute("SELECT story_id FROM story_postings WHERE term=?", (term,))
            else:
                rows = self.conn.execute(
                    "SELECT story_id FROM story_postings WHERE term=? AND (last_day >= ? OR last_day = '')",
                    (term, lower),
                )
            for (sid,) in rows:
                if sid not in self.dirty and sid not in self.deleted:
                    hits[sid] += 1
            for sid in self.overlay.get(term, ()):
                hits[sid] += 1
        ranked = sorted(hits, key=lambda s: (-hits[s], s))[: self.p.candidates]
        upper = _shift(day, self.p.window_days) if day else None
        states = [self.load(sid) for sid in ranked]
        return [
            s
            for s in states
            if not (lower and upper and s.first and s.last and (s.last < lower or s.first > upper))
        ]

    def similarity(self, f: _Features, day: str | None, s: _State) -> float:
        text = self._cosine(f.words, s.words)
        names = self._cosine(f.names, s.names) if f.names and s.names else 0.0
        sim = (1 - self.p.name_weight) * text + self.p.name_weight * names
        if day and s.first and s.last:
            gap = (
                0
                if s.first <= day <= s.last
                else min(_days_between(day, s.first), _days_between(day, s.last))
            )
            sim *= math.exp(-gap / self.p.decay_days)
        return sim

    def centroid_similarity(self, a: _State, b: _State) -> float:
        text = self._cosine(a.words, b.words)
        names = self._cosine(a.names, b.names) if a.names and b.names else 0.0
        return (1 - self.p.name_weight) * text + self.p.name_weight * names

    def _cosine(self, a: dict[str, float], b: dict[str, float]) -> float:
        if len(a) > len(b):
            a, b = b, a
        dot = 0.0
        for t, v in a.items():
            w = b.get(t)
            if w is not None:
                dot += v * w * self.idf(t) ** 2
        if dot == 0.0:
            return 0.0
        return dot / (self._norm(a) * self._norm(b))

    def _norm(self, vec: dict[str, float]) -> float:
        idf = self.idf
        return math.sqrt(sum((v * idf(t)) ** 2 for t, v in vec.items()))

    # --- story state -----------------------------------------------------------------------------------------

    def load(self, sid: str) -> _State:
        state = self.states.get(sid)
        if state is None:
            row = self.conn.execute(
                "SELECT founder_key, first, last, size, words, names FROM story_stories WHERE id=?", (sid,)
            ).fetchone()
            state = _State(sid, row[0], row[1], row[2], row[3], json.loads(row[4]), json.loads(row[5]))
            missing = {t for t in itertools.chain(state.words, state.names) if t not in self.df}
            if missing:
                df, _ = self.engine._df(missing)
                self.df.update({t: df.get(t, 0) for t in missing})
                self.idf_cache.clear()
            state.postings = self._posting_terms(state)
            self.states[sid] = state
        return state

    def absorb(self, sid: str, f: _Features, day: str | None) -> None:
        s = self.states[sid]
        for src, dst in ((f.words, s.words), (f.names, s.names)):
            for t, v in src.items():
                dst[t] = dst.get(t, 0.0) + v
        s.words = _prune(s.words, self.p.centroid_terms)
        s.names = _prune(s.names, self.p.centroid_terms)
        s.size += 1
        if day:
            s.first = min(s.first or day, day)
            s.last = max(s.last or day, day)
        self.touch(s)

    def merge(self, a: str, b: str) -> str:
        """Merges two stories; the one founded earlier survives and the other's id redirects to it."""
        sa, sb = self.states[a], self.states[b]
        keep, gone = (sa, sb) if (sa.founder_key, sa.id) <= (sb.founder_key, sb.id) else (sb, sa)
        for src, dst in ((gone.words, keep.words), (gone.names, keep.names)):
            for t, v in src.items():
                dst[t] = dst.get(t, 0.0) + v
        keep.words = _prune(keep.words, self.p.centroid_terms)
        keep.names = _prune(keep.names, self.p.centroid_terms)
        keep.size += gone.size
        days = [d for d in (keep.first, keep.last, gone.first, gone.last) if d]
        keep.first, keep.last = (min(days), max(days)) if days else (None, None)
        self.touch(keep)
        for t in gone.postings:
            self.overlay.get(t, set()).discard(gone.id)
        del self.states[gone.id]
        self.dirty.discard(gone.id)
        self.deleted.add(gone.id)
        self.redirects[gone.id] = keep.id
        for aid, sid in self.member_story.items():
            if sid == gone.id:
                self.member_story[aid] = keep.id
        return keep.id

    def touch(self, s: _State) -> None:
        """Marks a story changed and refreshes its entries in the in-memory postings."""
        new = self._posting_terms(s)
        for t in s.postings - new:
            self.overlay.get(t, set()).discard(s.id)
        for t in new:
            self.overlay.setdefault(t, set()).add(s.id)
        s.postings = new
        self.dirty.add(s.id)

    def _posting_terms(self, s: _State) -> set[str]:
        words = sorted(s.words, key=lambda t: (-s.words[t] * self.idf(t), t))[: self.p.posting_terms]
        names = sorted(s.names, key=lambda t: (-s.names[t] * self.idf(t), t))[: self.p.query_names]
        return set(words) | set(names)

    def story_of(self, article_id: str) -> str:
        sid = self.member_story.get(article_id)
        if sid is None:
            sid = self.engine.story_of(article_id)
        while sid in self.redirects:
            sid = self.redirects[sid]
        return sid

    def add_member(self, item: StoryInput, sid: str, original: str | None) -> None:
        label = item.title or lead(item.text)
        self.members.append(
            (item.id, sid, sort_key(item.id, item.published), item.published, label, original)
        )
        self.member_story[item.id] = sid
        if original is not None and item.published:
            s = self.load(sid)
            s.first = min(s.first or item.published, item.published)
            s.last = max(s.last or item.published, item.published)
            self.touch(s)

    # --- writing back ----------------------------------------------------------------------------------------

    def flush(self) -> None:
        c = self.conn
        c.executemany(
            "INSERT INTO story_members VALUES (?, ?, ?, ?, ?, ?)",
            [
                (aid, self.member_story[aid], key, day, title, orig)
                for aid, _, key, day, title, orig in self.members
            ],
        )
        for gone, keep in self.redirects.items():
            final = keep
            while final in self.redirects:
                final = self.redirects[final]
            c.execute("UPDATE story_members SET story_id=? WHERE story_id=?", (final, gone))
            c.execute("UPDATE story_redirects SET new_id=? WHERE new_id=?", (final, gone))
            c.execute("INSERT OR REPLACE INTO story_redirects VALUES (?, ?)", (gone, final))
            c.execute("DELETE FROM story_stories WHERE id=?", (gone,))
            c.execute("DELETE FROM story_postings WHERE story_id=?", (gone,))
        for sid in sorted(self.dirty):
            s = self.states[sid]
            c.execute(
                "INSERT OR REPLACE INTO story_stories VALUES (?, ?, ?, ?, ?, ?, ?)",
                (sid, s.founder_key, s.first, s.last, s.size, json.dumps(s.words), json.dumps(s.names)),
            )
            c.execute("DELETE FROM story_postings WHERE story_id=?", (sid,))
            c.executemany(
                "INSERT INTO story_postings VALUES (?, ?, ?)",
                [(t, s.last or "", sid) for t in sorted(s.postings)],
            )
        c.executemany(
            "INSERT INTO story_df VALUES (?, ?) ON CONFLICT(term) DO UPDATE SET df = df + excluded.df",
            sorted(self.df_delta.items()),
        )
        c.execute("INSERT OR REPLACE INTO story_meta VALUES ('docs', ?)", (str(self.docs),))


def _prune(vec: dict[str, float], keep: int) -> dict[str, float]:
    if len(vec) <= keep:
        return vec
    return dict(sorted(vec.items(), key=lambda kv: (-kv[1], kv[0]))[:keep])


MAX_TITLE_CHARS = 90


def lead(text: str) -> str | None:
    """The first sentence of a text, standing in for a missing headline."""
    for start, end in dedup.sentences(text):
        return text[start:end]
    return None


def _title(
    members: list[tuple[str, str | None, str | None]],
    words: list[list[str]],
    centroid: dict[str, float],
    df: dict[str, int],
    docs: int,
) -> str:
    """The member headline that best covers the story's distinctive words (not simply the first one)."""

    def score(terms: list[str]) -> float:
        if not terms:
            return -1.0
        idf = [math.log((docs + 1) / (df.get(t, 0) + 1)) + 1.0 for t in terms]
        return sum(centroid.get(t, 0.0) * w for t, w in zip(terms, idf, strict=True)) / math.sqrt(len(terms))

    best = max(
        ((score(ws), -i, m[2]) for i, (m, ws) in enumerate(zip(members, words, strict=True)) if m[2]),
        default=None,
    )
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
