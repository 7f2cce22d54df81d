"""Storylines: stories that continue one another, linked over weeks or months.

A story is a tight cluster about one development; a storyline follows one subject through its developments (a
quake from its first hours to the relief effort and the rebuilding). Two stories may continue one another when
their centroids (the heaviest content words and names of their articles) are close and their spans lie within
``Params.gap_days`` of each other: such links make groups of stories that a chain of developments could join.
Within each group, stories are clustered by average linkage on their centroids (as stories are from articles),
so a storyline holds stories that are on the whole about one subject, and a story that bridges two subjects
("the flu outbreak could deepen the recession") does not weld them into one; those clusters are then merged
while their summed centroids agree, so a subject told in many loosely related pieces (columns on one crisis)
is one storyline although no two of its pieces are close. Each link depends on its two
stories alone and the clustering on the group alone, so storylines are a function of the stories, whatever
order or batches the articles came in. A storyline's id is a hash of its founding article (the founder of its
earliest story); every id handed out is remembered with that article, so an old id still resolves.

Incremental like stories: after each chunk, the stories it changed get new centroids and links, and only the
storylines they belonged to, or now touch, are worked out again.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping, Set
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

import numpy as np
from scipy import sparse

from ..ids import storyline_id
from ..store.stories import StoryTables
from ..store.storylines import StoryCentroid, StorylineRow, StorylineTables
from .stories.clustering import Member, average_link, centroid_merge
from .stories.engine import bounded_walk, sort_key
from .stories.features import ArticleVectors, Vector, Weights, decoded


@dataclass(frozen=True)
class Params:
    """How close stories must be to continue one another.

    ``link`` is the weighted cosine of two centroids (``words`` and ``names`` shares, each centroid cut to its
    ``centroid_terms`` heaviest terms of each kind) from which two stories whose spans are at most ``gap_days``
    apart are linked; candidates share one of each other's ``index_terms`` heaviest words or names. ``join`` is
    the mean cosine two groups of linked stories need to be one storyline (average linkage); ``merge`` the cosine
    of their summed centroids at which those groups are then one all the same (a subject told loosely over many
    stories), provided the words and the names each agree at ``merge_floor`` at least. ``link`` and ``join``
    were chosen on the study topics of Timeline17 (H1N1_bbc, H1N1_guardian, haiti_bbc); ``merge``,
    ``merge_floor`` and the lower ``link`` were chosen looking at Finan_washingtonpost too (a check topic,
    already read), the one folder of loosely related columns; all were checked on ECB+ (undated, so content
    alone must keep its 33 topics apart) and on all six folders in one store (swine flu and the financial crisis
    of the same months stay apart), with ``benchmarks/bench_storylines.py``.

    ``per_term`` bounds the candidates each index term brings to the stories nearest in time (by last day):
    without it a word that most stories use (the subject of a year of news) would make every story a candidate
    of every other. No Timeline17 folder has a term in more than 100 stories, so there it changes nothing;
    where a term is that common, a link can depend on which of its two stories changed last (as the story
    engine's ``max_group`` can), since each story keeps the links it found when it last changed. ``max_group``
    bounds the stories clustered again at once (a linked group can grow with the store: every story on one
    subject of a year of news); no Timeline17 folder has a group of more than 240 stories."""

    link: float = 0.12
    join: float = 0.08
    merge: float = 0.15
    merge_floor: float = 0.1
    words: float = 0.55
    names: float = 0.45
    gap_days: int = 150
    centroid_terms: int = 50
    index_terms: int = 15
    per_term: int = 100
    max_group: int = 1000


RELINK_BLOCK = 128
"""Changed stories whose closeness to the chunk's candidates is held densely at once (128 rows of a few thousand)."""


def centroid(vectors: Iterable[list[Mapping[str, float]]], size: int) -> dict[str, Vector]:
    """The unit centroid of articles' word and name vectors, each cut to its ``size`` heaviest terms."""
    sums: dict[str, dict[str, float]] = {"words": {}, "names": {}}
    for words, names, *_ in vectors:
        for kind, vector in (("words", words), ("names", names)):
            total = sums[kind]
            for term, value in vector.items():
                total[term] = total.get(term, 0.0) + value
    out = {}
    for kind, total in sums.items():
        top = sorted(total.items(), key=lambda kv: (-kv[1], kv[0]))[:size]
        norm = math.sqrt(sum(v * v for _, v in top)) or 1.0
        out[kind] = {t: v / norm for t, v in sorted(top)}
    return out


def index_terms(c: Mapping[str, Vector], k: int) -> list[str]:
    """The terms a story is found by: its ``k`` heaviest words and ``k`` heaviest names."""
    return sorted(
        t for kind in ("words", "names") for t in sorted(c[kind], key=lambda t: (-c[kind][t], t))[:k]
    )


CENTROIDS_HELD = 32_768
"""Stored centroids kept as arrays (about 4 KB each with their text): a chunk compares its changed stories with
every story near them, and most of those are the same from chunk to chunk."""
_COLUMNS: dict[str, int] = {}
"""One column per centroid term, shared by every matrix of centroids this process builds."""


@lru_cache(maxsize=CENTROIDS_HELD)
def _centroid_row(text: str) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """A stored centroid (JSON) as the columns and values of its words and of its names, each in the centroid's
    own order (the terms' order, as before: the order in which a cosine sums its products). Cached by its text:
    the same text always gives the same row. The arrays are shared: callers must not change them."""
    c = json.loads(text)
    out: list[np.ndarray] = []
    for kind in ("words", "names"):
        v = c[kind]
        cols = (_COLUMNS.setdefault(t, len(_COLUMNS)) for t in v)
        out += [
            np.fromiter(cols, dtype=np.int32, count=len(v)),
            np.fromiter(v.values(), dtype=float, count=len(v)),
        ]
    return out[0], out[1], out[2], out[3]


def _matrix(rows: list[tuple[np.ndarray, ...]], kind: int) -> sparse.csr_matrix:
    """The words (``kind`` 0) or names (1) of centroid rows as one sparse matrix over the shared columns."""
    cols, values = (np.concatenate([r[2 * kind + k] for r in rows] or [np.zeros(0)]) for k in (0, 1))
    indptr = np.zeros(len(rows) + 1, dtype=np.int64)
    np.cumsum([len(r[2 * kind]) for r in rows], out=indptr[1:])
    return sparse.csr_matrix(
        (values, cols.astype(np.int32), indptr), shape=(len(rows), max(1, len(_COLUMNS)))
    )


def _ordinal(day: str | None) -> int | None:
    return date.fromisoformat(day).toordinal() if day else None


def gap(a: StoryCentroid, b: StoryCentroid) -> int:
    """Days between two stories' spans (0 when they overlap or either is undated)."""
    a0, a1, b0, b1 = (_ordinal(d) for d in (a.first, a.last, b.first, b.last))
    if None in (a0, a1, b0, b1):
        return 0
    return max(a0 - b1, b0 - a1, 0)  # type: ignore[operator]


class StorylineEngine:
    """Keeps the storyline tables current with the stories a chunk changed."""

    def __init__(self, stories: StoryTables, tables: StorylineTables, params: Params | None = None) -> None:
        self.stories = stories
        self.tables = tables
        self.p = params or Params()

    def update(self, changed: Iterable[str]) -> None:
        """Refreshes the centroids and links of the changed stories, then the storylines around them."""
        changed = sorted(set(changed))
        former = set(self.tables.storyline_of_stories(changed).values())
        seeds = self.tables.linked(changed)
        titles = self.stories.titles(changed)
        for sid in changed:
            if sid in titles:
                self._put_centroid(sid, titles[sid])
            else:
                self.tables.drop_story(sid)
        alive = sorted(titles)
        self._relink(alive)
        seeds |= set(alive) | self.tables.linked(alive)
        large: set[str] = set()
        for line in sorted(former):
            stories = self.tables.stories_of(line, limit=self.p.max_group + 1)
            if len(stories) > self.p.max_group:
                large.add(line)  # its stories lie in groups too large to cluster whole: not walked
            else:
                seeds |= set(stories)
        self._regroup(sorted(seeds - (set(changed) - set(alive))), former, set(alive), large)

    def _put_centroid(self, sid: str, title: str) -> None:
        rows = self.stories.members(sid)
        c = centroid((decoded(r[3]) for r in rows), self.p.centroid_terms)
        days = [r[1] for r in rows if r[1]]
        founder = rows[0][0]  # members come in canonical order: the first is the story's founder
        row = StoryCentroid(
            story_id=sid,
            founder=founder,
            founder_key=sort_key(founder, rows[0][1]),
            first=min(days, default=None),
            last=max(days, default=None),
            articles=len(rows),
            title=title,
            centroid=json.dumps(c, sort_keys=True),
        )
        self.tables.put_centroid(row, index_terms(c, self.p.index_terms))

    def _relink(self, stories: list[str]) -> None:
        """Links each of ``stories`` to the stories it continues: those near in time sharing an index term whose
        centroid is close. The centroids are read and decoded once for the whole chunk, and the stories are
        compared with all the chunk's candidates in one sparse product, read a block of rows at a time (each
        cosine sums the same products in the same order as one story against its own candidates)."""
        candidates = {
            sid: self.tables.sharing_terms(sid, self.p.gap_days, self.p.per_term) for sid in stories
        }
        texts = self.tables.centroid_texts(set(stories).union(*candidates.values()))
        ids = sorted(texts)
        at = {sid: i for i, sid in enumerate(ids)}
        rows = [_centroid_row(texts[sid]) for sid in ids]
        words, names = _matrix(rows, 0), _matrix(rows, 1)
        mine = [at[sid] for sid in stories]
        close = self.p.words * (words[mine] @ words.T) + self.p.names * (names[mine] @ names.T)
        links: dict[str, list[str]] = {}
        for start in range(0, len(stories), RELINK_BLOCK):
            block = close[start : start + RELINK_BLOCK].toarray()
            for sid, row in zip(stories[start : start + RELINK_BLOCK], block, strict=True):
                near = candidates[sid]  # already within the gap, and each with its centroid
                links[sid] = [o for o in near if row[at[o]] >= self.p.link]
        self.tables.replace_links(links)

    def _regroup(
        self, seeds: list[str], former: set[str], changed: set[str], large: Set[str] = frozenset()
    ) -> None:
        """Works out the storylines of the linked groups (connected components) that hold the seeds. A group
        larger than ``Params.max_group`` is clustered again only around the changed stories (``_around``); the
        ``large`` storylines (more stories than that), whose stories were not walked, have their rows written
        again from what they hold now (``_restate``)."""
        seen: set[str] = set()
        oversized: set[str] = set()
        for seed in sorted(seeds, key=lambda s: (s not in changed, s)):
            if seed in seen:
                continue
            group = self._linked_group(seed, oversized)
            seen |= group
            if len(group) > self.p.max_group:
                oversized |= group
                continue
            former |= set(self.tables.storyline_of_stories(sorted(group)).values())
            for line in self._cluster(self.tables.centroids(group)):
                self._write(line)
        restated: set[str] = set()
        if changed & oversized:
            restated = self._around(changed & oversized, former)
        self._restate(set(large) - restated)
        self.tables.drop_storylines_without_members(former)

    def _linked_group(self, seed: str, past: Set[str] = frozenset()) -> set[str]:
        """The stories linked to ``seed`` through chains of links (:func:`bounded_walk`, ``Params.max_group``):
        a group past the bound is not clustered whole."""
        return bounded_walk(seed, past, self.tables.linked, self.p.max_group)

    def _around(self, anchors: set[str], former: set[str]) -> set[str]:
        """Clusters again, all at once, the changed stories of linked groups too large to cluster whole with the
        stories they link to (past ``max_group``, those nearest in time to the changed ones; undated ones count as
        near).
        What that leaves of each storyline it took stories from stays one storyline, written again
        (``_restate``), and a story left without one is one of its own; returns those storylines. Stories
        further away keep their storylines, so here, and only here, storylines can depend on the order the
        articles came in (groups with no changed story, reached from a storyline that lost one, are left as they
        are)."""
        reach = anchors | self.tables.linked(sorted(anchors))
        spans = self.tables.spans(reach)
        dated = [d for a in anchors if a in spans for d in spans[a] if d is not None]
        lo, hi = (min(dated), max(dated)) if dated else (0, 0)

        def distance(sid: str) -> int:
            first, last = spans.get(sid, (None, None))
            if first is None or last is None or not dated:
                return 0
            return max(first - hi, lo - last, 0)

        rest = sorted(reach - anchors, key=lambda sid: (distance(sid), sid))
        part = anchors | set(rest[: max(0, self.p.max_group - len(anchors))])
        lines = set(self.tables.storyline_of_stories(sorted(part)).values())
        former |= lines
        for line in self._cluster(self.tables.centroids(part)):
            self._write(line)
        placed = self.tables.storyline_of_stories(sorted(reach - part))
        self._restate(lines)  # what the part left of each
        for single in sorted(reach - part):
            if single not in placed:
                self._write(list(self.tables.centroids([single]).values()))
        return lines

    def _restate(self, lines: set[str]) -> None:
        """Writes again what is left of each storyline others took stories from, as one storyline (all read
        before any is written): its row is worked out in SQL from its members, which are read and moved only
        when its founding story left (its id then changes), so the cost does not grow with the storyline (a
        subject followed for years)."""
        left = {line: self.tables.head(line) for line in sorted(lines)}
        moved = {
            line: self.tables.stories_of(line)
            for line, head in left.items()
            if head is not None and storyline_id(head.founder) != line
        }
        for line, head in left.items():
            if line in moved:
                centroids = self.tables.centroids(moved[line])
                self._write([centroids[s] for s in moved[line]])
            elif head is not None:
                self.tables.put_row(line, head)

    def _cluster(self, centroids: Mapping[str, StoryCentroid]) -> list[list[StoryCentroid]]:
        """The storylines of one linked group: average linkage over the stories' centroids, content alone (the
        links have kept the group's stories close in time), then those groups merged while their summed
        centroids agree (:func:`centroid_merge`)."""
        members = []
        for c in centroids.values():
            vector = decoded(c.centroid)
            members.append(
                Member(c.story_id, c.founder_key, None, ArticleVectors(vector["words"], vector["names"], {}))
            )
        weights = Weights(words=self.p.words, names=self.p.names, numbers=0.0)
        groups = average_link(members, self.p.join, weights, window_days=0, decay_days=1.0)
        groups = centroid_merge(groups, self.p.merge, weights, self.p.merge_floor)
        return [[centroids[m.id] for m in group] for group in groups]

    def _write(self, stories: list[StoryCentroid]) -> None:
        ordered = sorted(stories, key=lambda c: (c.founder_key, c.story_id))
        if not ordered:
            return
        main = max(ordered, key=lambda c: c.articles)  # the largest story; the earliest of equals
        row = StorylineRow(
            id=storyline_id(ordered[0].founder),
            title=main.title,
            first=min((c.first for c in ordered if c.first), default=None),
            last=max((c.last for c in ordered if c.last), default=None),
            stories=tuple(c.story_id for c in ordered),
        )
        self.tables.put_storyline(row, ordered[0].founder)
