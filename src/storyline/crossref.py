"""Cross-article steps run after each committed chunk: outlet names, stories and near-duplicates, dates."""

from __future__ import annotations

from collections.abc import Sequence

from .models import Analysis, Article
from .outlets import canonical_names
from .store import Store
from .stories import StoryEngine, StoryInput

ENTITY_TYPES = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT"})


def update(store: Store, new_ids: Sequence[str]) -> None:
    """Brings corpus-level state up to date with the articles just added (inside the caller's transaction)."""
    for site, name in canonical_names([o for o, _ in store.outlets()]).items():
        store.set_outlet(site, name)
    articles = store.articles(list(new_ids))
    analyses = store.analyses(list(new_ids))
    engine = StoryEngine(store.conn)
    for assignment in engine.add([story_input(a, analyses.get(a.id)) for a in articles]):
        store.set_duplicate_of(assignment.article_id, assignment.duplicate_of)


def story_input(article: Article, analysis: Analysis | None) -> StoryInput:
    """What clustering needs of an article: its text, date, outlet and the names it mentions."""
    names = ()
    if analysis is not None:
        names = tuple(dict.fromkeys(m.text for m in analysis.mentions if m.label in ENTITY_TYPES))
    return StoryInput(
        id=article.id,
        title=article.title,
        text=article.text,
        outlet=article.outlet,
        published=article.published.date,
        entities=names,
    )
