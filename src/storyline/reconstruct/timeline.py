"""A story's timeline: the days (or months) its events happened on, each with the sentences that tell them.

The shape follows news-tls's DATEWISE generator (Ghalandari & Ifrim, ACL 2020), unsupervised:

1. every sentence is dated by the first day or month a date expression in it resolves to (the event date);
   the first few sentences of an article that name no date are taken to report the publication day;
2. dates are ranked by how many articles name them (sources), plus how many articles were published that
   day, plus how central their most central sentence is to the story (cosine with its TF-IDF centroid);
3. for each date in rank order, its sentences that match the query are grouped by what they say (TF-IDF cosine),
   so the same event reported by several outlets is one group; groups are ranked by how central they are to the
   date's sentences times how many articles report them, and the best ``per_date`` groups become the entry,
   each citing every article of its group.

Publication days only place undated lead sentences; entry dates are the event dates.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ..models import Analysis, Article, TimelineEntry
from ..textsim import Vectors, centroid_similarity, group_alike
from ..timeml import bounds, key_of, shift, unit_of, within
from .text import Sentence, cite, matches, sentences_of

LEAD_SENTENCES = 5
"""How many opening sentences of an article report the news of its publication day (news-tls: 5)."""
LEAD_DAYS = 2
"""Undated lead sentences count for the publication day and the days before it, this many in all."""
SAME_EVENT = 0.5
"""TF-IDF cosine from which two sentences are taken to tell the same event."""
PUBLISHED_WEIGHT = 0.5
"""What one article published on a day adds to that day's rank, against 1 for an article naming it."""
CENTRAL_WEIGHT = 1.0
"""What a date's most central sentence (cosine with the story's centroid, 0..1) adds to its rank."""
STORY_WEIGHT = 1.0
"""How much a sentence's closeness to the whole story counts, against its closeness to its date's others."""


@dataclass(frozen=True)
class Dated:
    """A sentence with the date it is placed on; ``named`` when a date expression in it says so."""

    sentence: Sentence
    key: str
    named: bool


def date_sentences(
    sentences: Sequence[Sentence],
    analyses: Mapping[str, Analysis],
    units: Sequence[str] = ("day", "month"),
    every_date: bool = False,
) -> list[Dated]:
    """Each sentence placed on the day/month it names first (every one it names with ``every_date``), or, for
    an undated lead sentence, on its publication days."""
    refs: dict[str, list] = {}
    for s in sentences:
        if s.article not in refs:
            refs[s.article] = sorted(analyses[s.article].dates, key=lambda d: d.start)
    out: list[Dated] = []
    for s in sentences:
        keys = [
            k
            for d in refs[s.article]
            if s.start <= d.start < s.end and (k := key_of(d)) is not None and unit_of(k) in units
        ]
        keys = list(dict.fromkeys(keys))[: None if every_date else 1]
        if keys:
            out.extend(Dated(s, k, True) for k in keys)
        elif s.index < LEAD_SENTENCES and s.published and "day" in units:
            out.extend(Dated(s, shift(s.published, -k), False) for k in range(LEAD_DAYS))
    return out


def rank_dates(dated: Sequence[Dated], published: Sequence[str], central: Mapping[str, float]) -> list[str]:
    """Dates by the articles that name them, plus the articles published then, plus how central the date's
    most central sentence is to the whole story (``central``: date -> cosine with the story's centroid)."""
    docs: dict[str, set[str]] = defaultdict(set)
    sents: dict[str, int] = defaultdict(int)
    for d in dated:
        if d.named:
            docs[d.key].add(d.sentence.article)
            sents[d.key] += 1
    pubs: dict[str, int] = defaultdict(int)
    for day in published:
        pubs[day] += 1
    keys = set(docs) | set(pubs)
    score = {
        k: len(docs[k]) + PUBLISHED_WEIGHT * pubs[k] + CENTRAL_WEIGHT * central.get(k, 0.0) + 0.01 * sents[k]
        for k in keys
    }
    return sorted(keys, key=lambda k: (-score[k], k))


def build_timeline(
    articles: Sequence[Article],
    analyses: Mapping[str, Analysis],
    max_dates: int = 10,
    per_date: int = 2,
    query: Sequence[str] | None = None,
    *,
    between: tuple[str, str] | None = None,
    units: Sequence[str] = ("day", "month"),
    every_date: bool = False,
) -> list[TimelineEntry]:
    """The dated events of ``articles``: at most ``max_dates`` entries of at most ``per_date`` sentences.

    ``query``: only sentences containing one of these words (case-insensitive) are told; ``between``: an
    inclusive day interval the dates must lie in; ``units``: which precisions an entry may have;
    ``every_date``: a sentence that names several dates may tell any of them (news-tls keeps the first; a
    story of a few articles needs all: "agreed this month on a plan reached last June" tells both).
    """
    sentences = sentences_of(articles, analyses)
    if not sentences or max_dates <= 0 or per_date <= 0:
        return []
    dated = [d for d in date_sentences(sentences, analyses, units, every_date) if within(d.key, between)]
    vectors = Vectors([s.text for s in sentences])
    row = {(s.article, s.start): i for i, s in enumerate(sentences)}
    relevant = [matches(s.text, query) for s in sentences]
    to_story = centroid_similarity(vectors.matrix, [1.0 if r else 0.0 for r in relevant])
    central: dict[str, float] = defaultdict(float)
    for d in dated:
        i = row[(d.sentence.article, d.sentence.start)]
        if relevant[i]:
            central[d.key] = max(central[d.key], float(to_story[i]))
    published = sorted({(s.article, s.published) for s in sentences if s.published})
    ranked = [k for k in rank_dates(dated, [p for _, p in published], central) if within(k, between)]
    by_key: dict[str, list[Dated]] = defaultdict(list)
    for d in dated:
        by_key[d.key].append(d)
    used: set[tuple[str, int]] = set()
    entries: list[TimelineEntry] = []
    for key in ranked:
        if len(entries) >= max_dates:
            break
        candidates = [
            d
            for d in by_key.get(key, [])
            if (d.sentence.article, d.sentence.start) not in used and matches(d.sentence.text, query)
        ]
        rows = [row[(d.sentence.article, d.sentence.start)] for d in candidates]
        chosen = _summarise(candidates, vectors, rows, [float(to_story[i]) for i in rows])
        if not chosen:
            continue
        for _, members in chosen[:per_date]:
            used.update((m.article, m.start) for m in members)
        first, last = bounds(key)
        entries.append(
            TimelineEntry(key, first, last, tuple(cite(rep, members) for rep, members in chosen[:per_date]))
        )
    return sorted(entries, key=lambda e: (e.earliest or e.date, e.date))


def _summarise(
    candidates: Sequence[Dated], vectors: Vectors, rows: Sequence[int], to_story: Sequence[float]
) -> list[tuple[Sentence, list[Sentence]]]:
    """The date's sentences grouped by event, best group first, as (representative, members).

    A group counts by how central it is to the date's sentences and to the whole story (``to_story``), times
    how many articles tell it."""
    if not candidates:
        return []
    matrix = vectors.rows(rows)
    central = centroid_similarity(matrix, [1.0 if d.named else 0.5 for d in candidates])
    order = sorted(range(len(candidates)), key=lambda i: (-central[i], i))
    groups = group_alike(matrix, order, SAME_EVENT)

    def score(g: list[int]) -> float:
        sources = len({candidates[i].sentence.article for i in g})
        return (float(central[g[0]]) + STORY_WEIGHT * to_story[g[0]]) * (1 + math.log(sources))

    groups.sort(key=lambda g: (-score(g), g[0]))
    return [(candidates[g[0]].sentence, [candidates[i].sentence for i in g]) for g in groups]
