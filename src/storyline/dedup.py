"""Near-duplicate articles and passages shared between articles, persisted in SQLite (``dup_`` tables).

Near-duplicates: MinHash (datasketch) over word 5-shingles of the cleaned text, with LSH banding kept in a
table so lookups stay cheap as the store grows. A copy points to the earliest article of its group (earliest by
publication day, then id), so the same set of articles gives the same originals whatever the ingest order.

Shared passages: sentences of at least ``MIN_PASSAGE_WORDS`` words, hashed after normalising case and
punctuation; runs of such sentences found in two different (non-duplicate) articles are the same wire paragraph
reprinted by two outlets.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import numpy as np
from datasketch import MinHash, MinHashLSH

from .models import Ref

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
CREATE TABLE IF NOT EXISTS dup_sentences (
    hash INTEGER NOT NULL,
    article_id TEXT NOT NULL,
    idx INTEGER NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    PRIMARY KEY (hash, article_id, idx)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS dup_sentences_article ON dup_sentences(article_id);
"""

SHINGLE_WORDS = 5
NUM_PERM = 64
DUPLICATE_JACCARD = 0.5
MIN_PASSAGE_WORDS = 8

_WORD = re.compile(r"\w+")
# A sentence: text up to a terminal mark (with closing quotes/brackets) followed by space, or to the line end.
_SENTENCE = re.compile(r"[^\s].*?(?:[.!?]+[\"'”’)\]]*(?=\s)|$)", re.MULTILINE)


@dataclass(frozen=True)
class SharedPassage:
    """The same run of sentences in two different articles (e.g. one wire paragraph in two outlets)."""

    first: Ref
    second: Ref


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def shingles(tokens: Sequence[str], size: int = SHINGLE_WORDS) -> set[bytes]:
    """Word n-grams as bytes; a text shorter than ``size`` words is one shingle."""
    if len(tokens) < size:
        return {" ".join(tokens).encode()} if tokens else set()
    return {" ".join(tokens[i : i + size]).encode() for i in range(len(tokens) - size + 1)}


def signature(text: str, num_perm: int = NUM_PERM) -> np.ndarray | None:
    """The MinHash signature of a text's word shingles (None for a text without words)."""
    grams = shingles(words(text))
    if not grams:
        return None
    mh = MinHash(num_perm=num_perm, seed=1)
    mh.update_batch(list(grams))
    return mh.hashvalues.astype(np.uint64)


def sentences(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence-like stretch of ``text``, lines never crossed."""
    for m in _SENTENCE.finditer(text):
        end = m.end()
        while end > m.start() and text[end - 1].isspace():
            end -= 1
        if end > m.start():
            yield m.start(), end


def _int64(data: bytes) -> int:
    return int.from_bytes(hashlib.blake2b(data, digest_size=8).digest(), "big", signed=True)


class DuplicateIndex:
    """Finds near-duplicates and shared sentences of new articles against everything stored before."""

    def __init__(
        self, conn: sqlite3.Connection, threshold: float = DUPLICATE_JACCARD, num_perm: int = NUM_PERM
    ):
        self.conn = conn
        self.threshold = threshold
        self.num_perm = num_perm
        lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
        self.bands, self.rows = lsh.b, lsh.r

    def known(self, article_ids: Sequence[str]) -> set[str]:
        found: set[str] = set()
        for i in range(0, len(article_ids), 500):
            chunk = list(article_ids[i : i + 500])
            q = f"SELECT article_id FROM dup_signatures WHERE article_id IN ({','.join('?' * len(chunk))})"
            found.update(r[0] for r in self.conn.execute(q, chunk))
        return found

    def add(self, article_id: str, sort_key: str, text: str) -> tuple[str | None, dict[str, str]]:
        """Indexes one article; returns its original (None when it is one) and earlier articles re-pointed.

        Re-pointing happens only when this article is earlier than the original of the group it joins.
        """
        sig = signature(text, self.num_perm)
        self._add_sentences(article_id, text)
        if sig is None:
            self.conn.execute(
                "INSERT OR IGNORE INTO dup_signatures VALUES (?, ?, NULL, NULL)", (article_id, sort_key)
            )
            return None, {}
        buckets = [_int64(sig[b * self.rows : (b + 1) * self.rows].tobytes()) for b in range(self.bands)]
        matches = self._matches(sig, buckets)
        original: str | None = None
        repointed: dict[str, str] = {}
        if matches:
            groups = {orig or aid for aid, orig in matches}
            keyed = sorted((self._sort_key(g), g) for g in groups)
            first_key, first_id = keyed[0]
            if (first_key, first_id) < (sort_key, article_id):
                original = first_id
                groups.discard(first_id)
                repointed = self._repoint(groups, first_id)
            else:
                repointed = self._repoint(groups, article_id)
        self.conn.execute(
            "INSERT OR IGNORE INTO dup_signatures VALUES (?, ?, ?, ?)",
            (article_id, sort_key, sig.tobytes(), original),
        )
        self.conn.executemany(
            "INSERT OR IGNORE INTO dup_bands VALUES (?, ?, ?)",
            [(b, bucket, article_id) for b, bucket in enumerate(buckets)],
        )
        return original, repointed

    def original(self, article_id: str) -> str | None:
        row = self.conn.execute(
            "SELECT original FROM dup_signatures WHERE article_id=?", (article_id,)
        ).fetchone()
        return row[0] if row else None

    def _sort_key(self, article_id: str) -> str:
        return self.conn.execute(
            "SELECT sort_key FROM dup_signatures WHERE article_id=?", (article_id,)
        ).fetchone()[0]

    def _matches(self, sig: np.ndarray, buckets: list[int]) -> list[tuple[str, str | None]]:
        """Stored articles sharing a band bucket whose estimated Jaccard passes the threshold."""
        candidates: set[str] = set()
        for band, bucket in enumerate(buckets):
            rows = self.conn.execute(
                "SELECT article_id FROM dup_bands WHERE band=? AND bucket=?", (band, bucket)
            )
            candidates.update(r[0] for r in rows)
        out = []
        for aid in sorted(candidates):
            stored, orig = self.conn.execute(
                "SELECT signature, original FROM dup_signatures WHERE article_id=?", (aid,)
            ).fetchone()
            other = np.frombuffer(stored, dtype=np.uint64)
            if float(np.mean(other == sig)) >= self.threshold:
                out.append((aid, orig))
        return out

    def _repoint(self, roots: set[str], new_original: str) -> dict[str, str]:
        """Makes every member of the groups rooted at ``roots`` a copy of ``new_original``."""
        changed: dict[str, str] = {}
        for root in sorted(roots):
            members = [root] + [
                r[0]
                for r in self.conn.execute("SELECT article_id FROM dup_signatures WHERE original=?", (root,))
            ]
            for member in members:
                if member != new_original:
                    changed[member] = new_original
        self.conn.executemany(
            "UPDATE dup_signatures SET original=? WHERE article_id=?", [(o, a) for a, o in changed.items()]
        )
        return changed

    # --- shared passages -------------------------------------------------------------------------------------

    def _add_sentences(self, article_id: str, text: str) -> None:
        rows = []
        for idx, (start, end) in enumerate(sentences(text)):
            tokens = words(text[start:end])
            if len(tokens) >= MIN_PASSAGE_WORDS:
                rows.append((_int64(" ".join(tokens).encode()), article_id, idx, start, end))
        self.conn.executemany("INSERT OR IGNORE INTO dup_sentences VALUES (?, ?, ?, ?, ?)", rows)

    def shared_passages(self, article_id: str) -> list[SharedPassage]:
        """Runs of sentences that ``article_id`` shares with other articles that are not copies of it."""
        mine = self.conn.execute(
            "SELECT hash, idx, start, end FROM dup_sentences WHERE article_id=? ORDER BY idx", (article_id,)
        ).fetchall()
        group = self._group(article_id)
        pairs: dict[str, list[tuple[int, int, int, int, int, int]]] = defaultdict(list)
        for h, idx, start, end in mine:
            rows = self.conn.execute(
                "SELECT article_id, idx, start, end FROM dup_sentences WHERE hash=? AND article_id != ?",
                (h, article_id),
            )
            for other, oidx, ostart, oend in rows:
                if other not in group:
                    pairs[other].append((idx, start, end, oidx, ostart, oend))
        out = []
        for other in sorted(pairs):
            for run in _runs(sorted(pairs[other])):
                out.append(
                    SharedPassage(
                        Ref(article_id, run[0][1], run[-1][2]),
                        Ref(other, min(r[4] for r in run), max(r[5] for r in run)),
                    )
                )
        return out

    def _group(self, article_id: str) -> set[str]:
        """The article, its original and every copy of that original."""
        root = self.original(article_id) or article_id
        members = {root, article_id}
        members.update(
            r[0] for r in self.conn.execute("SELECT article_id FROM dup_signatures WHERE original=?", (root,))
        )
        return members


def _runs(
    matches: list[tuple[int, int, int, int, int, int]],
) -> Iterator[list[tuple[int, int, int, int, int, int]]]:
    """Splits matched sentence pairs into runs consecutive in both articles."""
    run: list[tuple[int, int, int, int, int, int]] = []
    for m in matches:
        if run and (m[0] != run[-1][0] + 1 or m[3] != run[-1][3] + 1):
            yield run
            run = []
        run.append(m)
    if run:
        yield run
