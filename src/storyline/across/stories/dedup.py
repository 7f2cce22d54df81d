"""Near-duplicate articles: MinHash (datasketch) over word 5-shingles of the cleaned text, with LSH banding kept
in the store (``Store.duplicates``) so lookups stay cheap as the store grows. A copy points to the earliest
article of its group (earliest by publication day, then id), so the same set of articles gives the same
originals whatever the ingest order.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from functools import lru_cache

import numpy as np
from datasketch import MinHash, MinHashLSH

from ...store.duplicates import DuplicateTables
from ...textsim import lower_words

SHINGLE_WORDS = 5
NUM_PERM = 64
DUPLICATE_JACCARD = 0.5


def shingles(tokens: Sequence[str], size: int = SHINGLE_WORDS) -> set[bytes]:
    """Word n-grams as bytes; a text shorter than ``size`` words is one shingle."""
    if len(tokens) < size:
        return {" ".join(tokens).encode()} if tokens else set()
    return {" ".join(tokens[i : i + size]).encode() for i in range(len(tokens) - size + 1)}


def signature(text: str, num_perm: int = NUM_PERM) -> np.ndarray | None:
    """The MinHash signature of a text's word shingles (None for a text without words)."""
    grams = shingles(lower_words(text))
    if not grams:
        return None
    mh = MinHash(num_perm=num_perm, seed=1, permutations=_permutations(num_perm), scheme=SCHEME)
    mh.update_batch(list(grams))
    return mh.hashvalues.astype(np.uint64)


SCHEME = "affine32"
"""datasketch's hashing scheme (its default since 2.0, which the pin in pyproject.toml asks for), named on both
calls so that the permutations drawn once and the signatures made with them agree."""


@lru_cache(maxsize=4)
def _permutations(num_perm: int) -> np.ndarray:
    """The permutations a MinHash of seed 1 draws, drawn once rather than per text (read-only: every signature
    shares them)."""
    drawn = MinHash(num_perm=num_perm, seed=1, scheme=SCHEME).permutations
    drawn.flags.writeable = False
    return drawn


def _int64(data: bytes) -> int:
    return int.from_bytes(hashlib.blake2b(data, digest_size=8).digest(), "big", signed=True)


class DuplicateIndex:
    """Finds the near-duplicates of new articles among everything stored before."""

    def __init__(
        self, tables: DuplicateTables, threshold: float = DUPLICATE_JACCARD, num_perm: int = NUM_PERM
    ) -> None:
        self.tables = tables
        self.threshold = threshold
        self.num_perm = num_perm
        lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
        self.bands, self.rows = lsh.b, lsh.r

    def add(self, article_id: str, sort_key: str, text: str) -> tuple[str | None, dict[str, str]]:
        """Indexes one article; returns its original (None when it is one) and earlier articles re-pointed.

        Re-pointing happens only when this article is earlier than the original of the group it joins.
        """
        sig = signature(text, self.num_perm)
        if sig is None:
            self.tables.add(article_id, sort_key, None, None)
            return None, {}
        buckets = [_int64(sig[b * self.rows : (b + 1) * self.rows].tobytes()) for b in range(self.bands)]
        matches = self._matches(sig, buckets)
        original: str | None = None
        repointed: dict[str, str] = {}
        if matches:
            groups = {orig or aid for aid, orig in matches}
            keyed = sorted((self.tables.sort_key(g), g) for g in groups)
            first_key, first_id = keyed[0]
            if (first_key, first_id) < (sort_key, article_id):
                original = first_id
                groups.discard(first_id)
                repointed = self._repoint(groups, first_id)
            else:
                repointed = self._repoint(groups, article_id)
        self.tables.add(article_id, sort_key, sig.tobytes(), original)
        self.tables.add_buckets(article_id, buckets)
        return original, repointed

    def original(self, article_id: str) -> str | None:
        return self.tables.original(article_id)

    def _matches(self, sig: np.ndarray, buckets: list[int]) -> list[tuple[str, str | None]]:
        """Stored articles sharing a band bucket whose estimated Jaccard passes the threshold."""
        candidates: set[str] = set()
        for band, bucket in enumerate(buckets):
            candidates.update(self.tables.in_bucket(band, bucket))
        out = []
        for aid in sorted(candidates):
            stored, orig = self.tables.signature(aid)
            other = np.frombuffer(stored, dtype=np.uint64)
            if float(np.mean(other == sig)) >= self.threshold:
                out.append((aid, orig))
        return out

    def _repoint(self, roots: set[str], new_original: str) -> dict[str, str]:
        """Makes every member of the groups rooted at ``roots`` a copy of ``new_original``."""
        changed: dict[str, str] = {}
        for root in sorted(roots):
            members = [root, *self.tables.copies(root)]
            for member in members:
                if member != new_original:
                    changed[member] = new_original
        self.tables.set_originals(changed)
        return changed
