"""What each committed chunk changes across the corpus, inside the chunk's transaction.

Four steps, in order: outlet names made canonical (a bare site takes the name other articles give it); the new
articles clustered into stories, near-duplicates marked (``stories``); the storylines around the stories that
changed worked out again (``storylines``); and every undated article of the stories they touched dated from its
story's dated articles, its relative dates resolved again (``undated``), and the spans of the stories whose
members or dates changed widened by those dates.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..clean.outlets import canonical_names
from ..models import Analysis, Article
from ..store import Store
from .stories import StoryEngine, StoryInput
from .storylines import StorylineEngine
from .undated import date_undated

ENTITY_TYPES = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT"})


def update(store: Store, new_ids: Sequence[str]) -> None:
    """Brings corpus-level state up to date with the articles just added (inside the caller's transaction)."""
    for site, name in canonical_names([o for o, _ in store.outlets()]).items():
        store.set_outlet(site, name)
    articles = store.articles(list(new_ids))
    analyses = store.analyses(list(new_ids))
    engine = StoryEngine(store.stories, store.duplicates)
    for assignment in engine.add([story_input(a, analyses.get(a.id)) for a in articles]):
        store.set_duplicate_of(assignment.article_id, assignment.duplicate_of)
    StorylineEngine(store.stories, store.storylines).update(engine.touched)
    date_undated(store, new_ids)
    store.stories.widen_spans(engine.touched | store.stories.stories_of(new_ids))


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
