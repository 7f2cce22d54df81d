"""The read side of the library: stories, articles and their merged annotations, shaped as CONTRACT.md says.

Everything here works on the store and plain dataclasses; nothing loads spaCy.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cached_property
from typing import Any

from .canon import merge_entities
from .errors import NotFound
from .models import Analysis, Article, Claim, Entity, Quote, Story, TimelineEntry
from .quote_merge import merge_quotes
from .reconstruct import Reconstruction, build_timeline, reconstruct_story
from .store import Store
from .stories import StoryEngine

FORMAT = "storyline/1"
QUERY_LIMIT = 100_000
"""Most articles one query word selects for a timeline."""


def claim_id(article_id: str, claim: Claim) -> str:
    key = f"{article_id}:{claim.start}:{claim.end}:{claim.value}"
    return "c-" + hashlib.sha256(key.encode()).hexdigest()[:16]


@dataclass(frozen=True)
class StoryBundle:
    """One story with everything that belongs to it, ready to render or export."""

    story: Story
    articles: tuple[Article, ...]
    analyses: dict[str, Analysis]
    entities: tuple[Entity, ...]
    quotes: tuple[Quote, ...]

    @property
    def originals(self) -> tuple[Article, ...]:
        """The story's articles without near-duplicate copies (which must not count twice)."""
        return tuple(a for a in self.articles if not a.duplicate_of)

    @cached_property
    def reconstruction(self) -> Reconstruction:
        """Figures, timeline, summary and coverage, built on first use."""
        return reconstruct_story(self.articles, self.analyses, self.quotes)

    def to_dict(self) -> dict[str, Any]:
        """The contract's story object, filled from the reconstruction."""
        return story_dict(self.story, self.entities, self.quotes, self.reconstruction)


class Corpus:
    """A read-only view of a store."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.engine = StoryEngine(store.conn)

    def stories(self) -> list[Story]:
        """Every story, newest first."""
        return sorted(self._stories(), key=lambda s: (s.last or "", s.id), reverse=True)

    def story(self, story_id: str) -> Story:
        resolved = self.engine.resolve(story_id)
        for story in self._stories():
            if story.id == resolved:
                return story
        raise NotFound(f"no story with id {story_id!r}")

    def _stories(self) -> list[Story]:
        """The engine's stories, their first and last days widened by their members' inferred dates.

        Clustering sees only the dates articles arrived with (so that stories are a function of the stored
        set); a reader wants the span the story covers, inferred dates included."""
        inferred = dict(
            self.store.conn.execute(
                "SELECT id, pub_date FROM articles WHERE pub_method = 'inferred' AND pub_date IS NOT NULL"
            ).fetchall()
        )
        return [_widened(s, inferred) for s in self.engine.stories()]

    def bundle(self, story_id: str) -> StoryBundle:
        story = self.story(story_id)
        articles = tuple(self.store.articles(story.articles))
        analyses = self.store.analyses([a.id for a in articles])
        entities, quotes = _merged(articles, analyses)
        return StoryBundle(story, articles, analyses, tuple(entities), tuple(quotes))

    def timeline(
        self,
        story_id: str | None = None,
        query: str | None = None,
        max_dates: int = 10,
        per_date: int = 2,
    ) -> list[TimelineEntry]:
        """A timeline over one story, over the articles that match any word of ``query``, or over the store.

        With a query, only sentences that contain one of its words are told (Timeline17's protocol).
        """
        words = re.findall(r"\w+", query or "")
        if story_id is not None:
            ids: list[str] | None = list(self.story(story_id).articles)
        elif words:
            ids = list(dict.fromkeys(i for w in words for i in self.store.search(w, limit=QUERY_LIMIT)))
        else:
            ids = None
        articles = self.store.articles(ids)
        analyses = self.store.analyses([a.id for a in articles])
        return build_timeline(articles, analyses, max_dates, per_date, query=words or None)

    def export(self, story_id: str | None = None) -> dict[str, Any]:
        """The contract's JSON export of the whole store, or of one story and its articles."""
        if story_id is not None:
            stories = [self.story(story_id)]
            ids = list(dict.fromkeys(i for s in stories for i in s.articles))
        else:
            stories = self.stories()
            ids = None
        articles = self.store.articles(ids)
        analyses = self.store.analyses([a.id for a in articles])
        entities, quotes = _merged(articles, analyses)
        claims = [claim_dict(a.id, c) for a in articles if a.id in analyses for c in analyses[a.id].claims]
        dates = [d.to_dict(a.id) for a in articles if a.id in analyses for d in analyses[a.id].dates]
        by_id = {a.id: a for a in articles}
        figures: dict[str, dict[str, Any]] = {}
        story_dicts = []
        for s in stories:
            members = [by_id[i] for i in s.articles if i in by_id]
            told = reconstruct_story(members, analyses, _quotes_of(quotes, s.articles))
            figures.update((v.figure.id, v.to_dict()) for v in told.figures)
            story_dicts.append(story_dict(s, entities, quotes, told))
        return {
            "format": FORMAT,
            "articles": [a.to_dict() for a in articles],
            "entities": [entity_dict(e) for e in entities],
            "dates": dates,
            "quotes": [quote_dict(q) for q in quotes],
            "claims": claims,
            "figures": list(figures.values()),
            "stories": story_dicts,
        }


def _widened(story: Story, inferred: dict[str, str]) -> Story:
    days = [inferred[i] for i in story.articles if i in inferred]
    if not days:
        return story
    days += [d for d in (story.first, story.last) if d]
    return replace(story, first=min(days), last=max(days))


def _merged(articles: Sequence[Article], analyses: dict[str, Analysis]) -> tuple[list[Entity], list[Quote]]:
    counted = [a for a in articles if a.id in analyses]
    entities = merge_entities(
        [(a.id, analyses[a.id].mentions) for a in counted], {a.id: a.text for a in counted}
    )
    quotes = merge_quotes([(a.id, a.text, analyses[a.id].quotes) for a in counted], entities)
    return entities, quotes


def claim_dict(article_id: str, c: Claim) -> dict[str, Any]:
    return {
        "id": claim_id(article_id, c),
        "article": article_id,
        "start": c.start,
        "end": c.end,
        "text": c.text,
        "value": c.value,
        "upper": c.upper,
        "unit": c.unit,
        "qualifier": c.qualifier,
        "concept": c.concept,
        "attributed_to": c.attributed_to,
    }


def entity_dict(e: Entity) -> dict[str, Any]:
    return {
        "id": e.id,
        "name": e.name,
        "type": e.type,
        "aliases": list(e.aliases),
        "roles": list(e.roles),
        "mentions": [m.to_dict() for m in e.mentions],
    }


def quote_dict(q: Quote) -> dict[str, Any]:
    return {
        "id": q.id,
        "text": q.text,
        "kind": q.kind,
        "speaker": {"name": q.speaker, "entity": q.speaker_entity},
        "occurrences": [
            {
                "article": o.article,
                "start": o.start,
                "end": o.end,
                "speaker_start": o.speaker_start,
                "speaker_end": o.speaker_end,
                "cue": o.cue,
            }
            for o in q.occurrences
        ],
    }


def _quotes_of(quotes: Sequence[Quote], article_ids: Sequence[str]) -> list[Quote]:
    members = set(article_ids)
    return [q for q in quotes if any(o.article in members for o in q.occurrences)]


def story_dict(
    story: Story, entities: Sequence[Entity], quotes: Sequence[Quote], told: Reconstruction
) -> dict[str, Any]:
    """The contract's story object: its members, reconstruction, and the ids of its quotes and entities."""
    members = set(story.articles)
    return {
        "id": story.id,
        "title": story.title,
        "articles": list(story.articles),
        "first": story.first,
        "last": story.last,
        **told.story_fields(),
        "quotes": [q.id for q in _quotes_of(quotes, story.articles)],
        "entities": [e.id for e in entities if any(m.article in members for m in e.mentions)],
    }
