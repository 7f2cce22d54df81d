"""The story engine: incremental clustering of articles into stories with stable ids, over the store's tables.

Near-duplicates aside (see ``dedup``: a copy joins its original's story), every article gets frozen vectors
(``features``) and its heaviest terms go into an inverted index with its day. A new article is compared
with the indexed articles that share one of its terms and fall inside the time window; each pair whose
similarity passes ``Params.join`` becomes a link. The links' connected groups that contain a new article are
then clustered again as a whole, by average linkage (``clustering``), so a batch costs what the groups it
touches cost, not what the store holds.

Because an article's vectors never change and average linkage sees every pair of a group, the stories are a
function of the set of articles stored, not of the order or the batches they came in: two halves give what one
batch gives. A story's id is a hash of its earliest article (by day, then id; undated last); every id ever
handed out is remembered with that article, so an id whose story later gained an earlier article, or merged
into another, still resolves to the story that holds its article now.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterable, Sequence, Set
from dataclasses import dataclass, field
from datetime import date

from ...clean.headline import MAX_TITLE_CHARS, plausible
from ...clean.story_title import about_a_story, headline_part
from ...ids import story_id
from ...store.duplicates import DuplicateTables
from ...store.stories import StoryTables
from ...textsim import sentences
from .clustering import Member, average_link, pair_similarities
from .dedup import DuplicateIndex
from .features import ArticleVectors, Weights, article_vectors, decoded, idf, top_terms, word_terms


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
    again only around the batch's articles (see ``_Batch.around``). Each index term brings at most ``per_term``
    candidates, those nearest in time (a word in every article of a year of news would otherwise make each
    article a candidate of all), and a new article is compared with at most ``candidates`` of them, those
    sharing the most index terms, then the nearest in time; no Timeline17 folder or ECB+ has that many articles
    to a term, and where a term has, a link can depend on the order the articles came in.
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
    per_term: int = 400
    candidates: int = 300


def sort_key(article_id: str, day: str | None) -> str:
    """Canonical order: dated articles by day, then undated ones; ids break ties."""
    return f"0{day}|{article_id}" if day else f"1|{article_id}"


class StoryEngine:
    """Clusters articles into stories incrementally; its state lives in the store's story and duplicate tables."""

    def __init__(
        self, tables: StoryTables, duplicates: DuplicateTables, params: Params | None = None
    ) -> None:
        self.tables = tables
        self.params = params or Params()
        self.dups = DuplicateIndex(duplicates)
        self.touched: frozenset[str] = frozenset()
        """The stories the last ``add`` created, changed or emptied."""

    # --- writing ---------------------------------------------------------------------------------------------

    def add(self, articles: Sequence[StoryInput]) -> list[Assignment]:
        """Clusters a batch (writes, does not commit); returns assignments of its new articles, and of earlier
        articles whose ``duplicate_of`` changed because a new article is an earlier copy."""
        self.touched = frozenset()
        fresh = {a.id: a for a in articles}
        known = self.tables.known(fresh)
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
        self.touched = frozenset(batch.touched - {""})
        story_of = self.tables.story_of
        out = [Assignment(item.id, story_of(item.id), duplicate_of[item.id]) for item in todo]
        out += [Assignment(a, story_of(a), o) for a, o in sorted(repointed.items()) if a not in fresh]
        return out


class _Batch:
    """The working state of one ``add`` call: vectors read so far and the stories whose rows need refreshing."""

    def __init__(self, engine: StoryEngine) -> None:
        self.tables = engine.tables
        self.p = engine.params
        self.rows: dict[str, tuple[str, str | None, ArticleVectors]] = {}
        self.new: frozenset[str] = frozenset()
        self.touched: set[str] = set()

    def insert(self, items: Sequence[StoryInput], duplicate_of: dict[str, str | None]) -> None:
        rows = []
        self.new = frozenset(item.id for item in items)
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
        self.tables.insert(rows)

    def demote(self, repointed: dict[str, str]) -> set[str]:
        """Stored originals that a new, earlier copy turned into duplicates leave the index and their links;
        returns their former neighbours, whose groups must be clustered again."""
        neighbours: set[str] = set()
        for aid, orig in sorted(repointed.items()):
            self.tables.set_duplicate_of(aid, orig)
            neighbours.update(self.tables.neighbours([aid]))
            self.tables.unindex(aid)
            self.touched.add(self.tables.story_of(aid))
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
        self.tables.add_terms(rows)

    def link(self, ids: Sequence[str]) -> None:
        """Links each new article to the indexed articles in its window that share at least
        ``Params.index_shared`` of its index terms, when their similarity passes the join threshold. The new
        articles are taken ``LINK_CHUNK`` at a time and the vectors read for them are let go after (beyond
        ``HELD``), so memory follows the chunk, not the batch."""
        for start in range(0, len(ids), LINK_CHUNK):
            self._link(ids[start : start + LINK_CHUNK])
            self.forget()

    def _link(self, ids: Sequence[str]) -> None:
        found: set[tuple[str, str]] = set()
        for aid in ids:
            day = self.rows[aid][1]
            others = self.tables.sharing_terms(
                aid, day, self.p.window_days, self.p.index_shared, self.p.per_term, self.p.candidates
            )
            found.update((min(aid, other), max(aid, other)) for other in others)
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
        self.tables.add_links(links)

    def forget(self) -> None:
        """Lets go of the vectors read from the store (the batch's own articles stay) once more than ``HELD`` are
        held: they are read again when needed, and the same, so letting go changes no result."""
        if len(self.rows) > len(self.new) + HELD:
            self.rows = {a: row for a, row in self.rows.items() if a in self.new}

    def load(self, ids: Iterable[str]) -> None:
        missing = sorted({i for i in ids if i not in self.rows})
        for aid, key, day, vectors in self.tables.vectors(missing):
            self.rows[aid] = (key, day, ArticleVectors.from_json(decoded(vectors)))

    def components(self, seeds: set[str]) -> list[list[str]]:
        """The linked groups (connected components) that contain the seeds, each walked breadth first; a walk
        stops once it holds more than ``Params.max_group`` articles (such a group is not clustered whole)."""
        seen: set[str] = set()
        past: set[str] = set()  # what the walks found past the bound: one component or several, all too large
        out = []
        for seed in sorted(seeds):
            if seed in seen:
                continue
            group = self.walk(seed, past)
            if len(group) > self.p.max_group:
                past |= group
            seen |= group
            out.append(sorted(group))
        return out

    def walk(self, seed: str, past: set[str]) -> set[str]:
        """The linked group of ``seed`` (:func:`bounded_walk` over the articles' links, ``Params.max_group``)."""
        return bounded_walk(seed, past, self.tables.neighbours, self.p.max_group)

    def recluster(self, seeds: set[str]) -> None:
        """Clusters again each linked group that holds a seed; the seeds of groups too large for that are
        clustered again together with the stories they link to (``around``)."""
        oversized: set[str] = set()
        for group in self.components(seeds):
            if len(group) > self.p.max_group:
                oversized |= seeds.intersection(group)
            else:
                self.cluster(group)
        if oversized:
            self.cluster(self.around(oversized))

    def cluster(self, group: list[str]) -> None:
        """Average linkage over ``group``; each resulting story takes the id of its founder."""
        self.load(group)
        members = [Member(a, self.rows[a][0], self.rows[a][1], self.rows[a][2]) for a in group]
        before = self.tables.story_ids(group)
        stories = average_link(members, self.p.join, self.p.weights, self.p.window_days, self.p.decay_days)
        for story in stories:
            sid = story_id(story[0].id)
            moved = [m.id for m in story if before.get(m.id) != sid]
            if moved:  # a story that kept its very members (and so its id) has not changed
                self.touched.add(sid)
                self.touched.update(before.get(a, "") for a in moved)
                self.tables.assign(sid, story[0].id, moved)
        self.forget()

    def around(self, seeds: set[str]) -> list[str]:
        """What a batch clusters again of linked groups too large to cluster whole: its seeds and every article
        of the stories they link to, whole, so that no story is cut; past ``max_group`` articles, the seeds and
        the articles nearest in time to them (undated ones count as near). Stories the seeds do not reach keep their members,
        so here, and only here, the result can depend on the batches."""
        reached = self.tables.stories_of(self.tables.neighbours(sorted(seeds)) | seeds) - {""}
        part = seeds | self.tables.originals_in(reached)
        if len(part) <= self.p.max_group:
            return sorted(part)
        days = self.tables.days(part)
        seed_days = sorted(date.fromisoformat(d).toordinal() for a in seeds if (d := days.get(a)))
        lo, hi = (seed_days[0], seed_days[-1]) if seed_days else (0, 0)

        def distance(aid: str) -> int:
            day = days[aid]
            if not day or not seed_days:
                return 0
            n = date.fromisoformat(day).toordinal()
            return max(lo - n, n - hi, 0)

        rest = sorted(part - seeds, key=lambda a: (distance(a), a))
        return sorted(seeds | set(rest[: max(0, self.p.max_group - len(seeds))]))

    def follow_originals(self, ids: Iterable[str]) -> None:
        """Near-duplicates take their original's story."""
        for aid, old, new in self.tables.copies_elsewhere(sorted(ids)):
            if old != new:
                self.tables.move(aid, new)
                self.touched.update({old, new})

    def refresh_stories(self) -> None:
        """Rewrites the title and first/last days of every story the batch changed (or drops emptied ones)."""
        for sid in sorted(self.touched - {""}):
            rows = self.tables.members(sid)
            if not rows:
                self.tables.drop_story(sid)
                continue
            days = [r[1] for r in rows if r[1]]
            centroid: dict[str, float] = {}
            for r in rows:
                for t, v in decoded(r[3])[0].items():
                    centroid[t] = centroid.get(t, 0.0) + v
            title = _title([r[2] for r in rows], centroid)
            self.tables.put_story(sid, title, min(days, default=None), max(days, default=None))


LINK_CHUNK = 1000
"""New articles linked at a time (the vectors of their candidates are held while they are)."""
WALK_STEP = 100
"""Articles of a walk's frontier whose links are read at once (a walk past the bound stops within a step)."""


def bounded_walk(
    seed: str, past: Set[str], neighbours: Callable[[list[str]], set[str]], bound: int
) -> set[str]:
    """The group linked to ``seed`` through chains of links, walked breadth first ``WALK_STEP`` items of a
    frontier at a time (``neighbours`` of a list of items), until it holds more than ``bound`` items. A walk
    that reaches ``past`` (groups already found past the bound) is in such a group: it stops there and returns
    it, with what it walked."""
    group, frontier = {seed}, [seed]
    while frontier and len(group) <= bound:
        reached: set[str] = set()
        for start in range(0, len(frontier), WALK_STEP):
            reached |= neighbours(frontier[start : start + WALK_STEP]) - group
            if not reached.isdisjoint(past):
                return group | reached | set(past)
            if len(group) + len(reached) > bound:
                break
        frontier = sorted(reached)
        group.update(frontier)
    return group


HELD = 5000
"""Vectors of earlier articles held between the steps of a batch (about 25 KB each), so that neighbouring chunks
and groups need not read them again."""


def lead(text: str) -> str | None:
    """The first sentence of a text, standing in for a missing headline."""
    for start, end in sentences(text):
        return text[start:end]
    return None


def _title(titles: Sequence[str | None], centroid: dict[str, float]) -> str:
    """The member headline that best covers the story's distinctive words (not simply the first one), among
    those that read as headlines when there are any, among those the headlines of reports rather than of pages
    about the story (``about_a_story``: a gallery, a clip, a question, a caption) when there are any. A sentence
    run into a headline is cut off it first (``headline_part``)."""

    def score(terms: list[str]) -> float:
        if not terms:
            return -1.0
        return sum(centroid.get(t, 0.0) * idf(t) for t in terms) / math.sqrt(len(terms))

    def tier(title: str) -> tuple[bool, bool]:
        return plausible(title), not about_a_story(title)

    titles = [headline_part(t) if t else t for t in titles]
    best = max(((tier(t), score(word_terms(t)), -i, t) for i, t in enumerate(titles) if t), default=None)
    if best is None:
        return "(untitled story)"
    title = " ".join(best[3].split())
    if len(title) > MAX_TITLE_CHARS:
        title = title[:MAX_TITLE_CHARS].rsplit(" ", 1)[0] + "…"
    return title
