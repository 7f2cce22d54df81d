"""The Atom feeds the web serves: a story's changes, the store's new and changed stories, a saved search's new
matches. What each entry says comes from the store through ``Corpus``; the document is ``render.atom``'s.

Links are absolute (a feed reader fetches them from elsewhere), made from the address the feed was asked at.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from ..corpus import Corpus
from ..ids import change_id
from ..models import Article, Change, Citation, Watch
from ..render.atom import AtomEntry, atom_feed
from .views import article_href, story_href

KIND_TITLES = {
    "story": "New story",
    "article": "New article",
    "figure": "Figure",
    "disagreement": "Sources disagree",
    "date": "Date moved",
    "quote": "New quote",
}
STORE_ENTRIES = 100
"""Entries the store's feed lists (its latest changed stories)."""
WORDS = 300
"""Characters of cited words quoted in an entry."""


def story_feed(corpus: Corpus, story_id: str, base: str) -> bytes:
    """One entry per change of the story, each linking to the story page and to the words it cites."""
    story = corpus.story(story_id)
    changes = corpus.changes(articles=story.articles)
    texts = _texts(corpus, [c for ch in changes for c in ch.citations])
    entries = [
        AtomEntry(
            id=f"urn:storyline:change:{c.id}",
            title=f"{KIND_TITLES.get(c.kind, c.kind)}: {c.text}",
            updated=c.at,
            link=base + story_href(story.id) + "#changes",
            text=_told(c.text, c.citations, texts),
            related=_related(c.citations, texts, base),
        )
        for c in changes
    ]
    href = base + story_href(story.id)
    return atom_feed(f"urn:storyline:story:{story.id}", story.title, href + "/feed.atom", href, entries)


def store_feed(corpus: Corpus, base: str) -> bytes:
    """One entry per story and committed chunk that changed it: new stories and stories that moved."""
    changes = corpus.changes(limit=20 * STORE_ENTRIES)
    grouped: dict[tuple[str, str], list[Change]] = defaultdict(list)
    for c in changes:
        if c.story is not None:
            grouped[(c.story, c.at)].append(c)
    titles = corpus.store.stories.titles({sid for sid, _ in grouped})
    texts = _texts(corpus, [x for cs in grouped.values() for c in cs for x in c.citations])
    entries = []
    for (sid, at), group in sorted(grouped.items(), key=lambda kv: kv[0][1], reverse=True)[:STORE_ENTRIES]:
        kinds = sorted({c.kind for c in group}, key=list(KIND_TITLES).index)
        what = ", ".join(_counted(c, group) for c in kinds)
        entries.append(
            AtomEntry(
                id="urn:storyline:changes:" + change_id("chunk", "|".join(sorted(c.id for c in group))),
                title=f"{titles.get(sid, sid)}: {what}",
                updated=at,
                link=base + story_href(sid) + "#changes",
                text="\n\n".join(_told(c.text, c.citations, texts) for c in group),
                related=tuple(dict.fromkeys(r for c in group for r in _related(c.citations, texts, base))),
            )
        )
    return atom_feed(
        "urn:storyline:store", "storyline: new and changed stories", base + "/feed.atom", base + "/", entries
    )


def watch_feed(corpus: Corpus, watch: Watch, base: str) -> bytes:
    """One entry per article matching the saved search that arrived after it was saved, linking to its story."""
    matches = corpus.watch_matches(watch)
    titles = corpus.store.stories.titles({sid for _, _, sid in matches if sid})
    entries = []
    for article, arrived, sid in matches:
        story = f"\n\nIn the story: {titles.get(sid, sid)}" if sid else ""
        entries.append(
            AtomEntry(
                id=f"urn:storyline:watch:{watch.id}:{article.id}",
                title=article.title or "(untitled)",
                updated=arrived,
                link=base + (story_href(sid) if sid else article_href(article.id)),
                text=f"{_source(article)}\n\n{_lead(article)}{story}",
                related=((base + article_href(article.id), article.title or article.id),),
            )
        )
    href = f"{base}/watches/{watch.id}"
    return atom_feed(
        f"urn:storyline:watch:{watch.id}",
        f"storyline: {watch.query}",
        href + "/feed.atom",
        base + "/watches",
        entries,
    )


def _counted(kind: str, group: Sequence[Change]) -> str:
    n = sum(c.kind == kind for c in group)
    name = KIND_TITLES[kind].lower()
    return name if n == 1 else f"{n} × {name}"


def _texts(corpus: Corpus, citations: Sequence[Citation]) -> dict[str, Article]:
    return {a.id: a for a in corpus.store.articles(list(dict.fromkeys(c.article for c in citations)))}


def _told(text: str, citations: Sequence[Citation], articles: dict[str, Article]) -> str:
    """A change's line and, under it, the words it cites with who published them."""
    lines = [text]
    for c in citations:
        a = articles.get(c.article)
        if a is None:
            continue
        words = " ".join(a.text[c.start : c.end].split())
        words = words if len(words) <= WORDS else words[: WORDS - 1] + "…"
        lines.append(f"{_source(a)}: \u201c{words}\u201d")
    return "\n".join(lines)


def _related(
    citations: Sequence[Citation], articles: dict[str, Article], base: str
) -> tuple[tuple[str, str], ...]:
    return tuple(
        (base + article_href(c.article, (c.start, c.end)), _source(articles[c.article]))
        for c in citations
        if c.article in articles
    )


def _source(a: Article) -> str:
    day = a.published.date or "undated"
    return f"{a.outlet or 'unknown outlet'}, {day}"


def _lead(a: Article) -> str:
    text = " ".join(a.text.split())
    return text if len(text) <= WORDS else text[: WORDS - 1] + "…"
