"""Dates for undated articles, from the dated articles of their story, kept current as stories grow.

An article without a publication date is dated from the dated articles of its story (``dating``), and its
relative expressions are resolved again against the inferred day, so the timeline and the export use the right
days. Only articles with an explicit date serve as evidence, so an inferred date is a function of the story's
explicitly dated articles: ingesting the same files again, or in another order, changes nothing, and a later
chunk that brings a dated article into the story revises it.

Stories do not see inferred dates: the story engine keeps the day each article arrived with (its features are
frozen), so stories stay a function of the stored set and an inference never reshapes the story it came from.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from ..analyse.dates.resolution import TENSES, resolve_all
from ..models import Analysis, Article, DateRef, Published
from ..store import Store
from ..textsim import content_words, count_cosine
from .dating import infer_published

INFERABLE = frozenset({"unknown", "inferred"})
MAX_NEIGHBOURS = 30  # dated articles (the most alike) an undated one is compared with, to bound the cost


def date_undated(store: Store, new_ids: Sequence[str]) -> None:
    """Infers (or revises) the date of every undated article in the stories the new articles touched."""
    stories = set()
    for aid in new_ids:
        try:
            stories.add(store.stories.story_of(aid))
        except KeyError:
            continue
    for members in store.stories.members_of(sorted(stories)).values():
        articles = store.articles(members)
        if not any(a.published.method in INFERABLE for a in articles):
            continue
        analyses = store.analyses(members)
        dated = [
            (a, analyses[a.id].dates if a.id in analyses else ())
            for a in articles
            if a.published.method not in INFERABLE and a.published.earliest and a.published.latest
        ]
        for article in articles:
            if article.published.method not in INFERABLE:
                continue
            analysis = analyses.get(article.id, Analysis(article_id=article.id))
            redate(store, article, analysis, closest(article, dated, MAX_NEIGHBOURS))


def redate(
    store: Store,
    article: Article,
    analysis: Analysis,
    dated: Sequence[tuple[Article, Sequence[DateRef]]],
) -> None:
    """Stores ``article``'s inferred date and its expressions resolved against it, when either changed."""
    published = infer_published(article, [unresolved(r) for r in analysis.dates], dated)
    if published != article.published:
        store.set_published(article.id, published)
    refs = reresolve(analysis.dates, article.text, published)
    if refs != list(analysis.dates):
        store.save_analysis(replace(analysis, dates=tuple(refs)))


def reresolve(refs: Sequence[DateRef], text: str, published: Published) -> list[DateRef]:
    """The expressions resolved against the best publication day, or left unresolved when there is none."""
    if published.date:
        return resolve_all(refs, text, date.fromisoformat(published.date))
    return [unresolved(r) for r in refs]


def unresolved(ref: DateRef) -> DateRef:
    """A relative expression as ``find_dates`` gives it without a reference day: its tense, no value."""
    if ref.anchor not in TENSES:
        return ref
    value = ref.value if ref.value and ref.value.endswith("_REF") else None
    return replace(ref, value=value, earliest=None, latest=None)


def closest(
    article: Article, dated: Sequence[tuple[Article, Sequence[DateRef]]], limit: int
) -> list[tuple[Article, Sequence[DateRef]]]:
    """The ``limit`` dated articles whose words are most like ``article``'s (cosine of word counts; ties by id)."""
    if len(dated) <= limit:
        return list(dated)
    own = Counter(content_words(article.text))

    def similarity(other: Article) -> float:
        return count_cosine(own, Counter(content_words(other.text)))

    ranked = sorted(dated, key=lambda pair: (-similarity(pair[0]), pair[0].id))
    return ranked[:limit]
