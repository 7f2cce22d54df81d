"""What the JSON API answers, read from the store through the library's read side (``Corpus``, ``Store``).

The story and article objects follow CONTRACT.md's export (format ``storyline/1``), with the story's articles,
quotes, figures, claims, entities and dates inlined so one request gives a page everything it shows. The web
handlers only call these functions; nothing here knows about HTTP.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from ..corpus import FORMAT, Corpus, claim_dict, entity_dict, quote_dict
from ..models import Analysis, Article, QuoteSpan, Story
from ..store import Store


def story_list(corpus: Corpus, limit: int, offset: int = 0) -> dict[str, Any]:
    """The contract's story list (newest first), one page of it, with how many stories there are."""
    stories = corpus.stories()
    return {"stories": [_story_row(s) for s in stories[offset : offset + limit]], "total": len(stories)}


def _story_row(s: Story) -> dict[str, Any]:
    return {"id": s.id, "title": s.title, "articles": list(s.articles), "first": s.first, "last": s.last}


def story_rows(corpus: Corpus, limit: int, offset: int = 0) -> tuple[list[dict[str, Any]], int]:
    """One page of the stories, newest first, each with its outlets counted; and how many stories there are."""
    stories = corpus.stories()
    page = stories[offset : offset + limit]
    articles = {a.id: a for a in corpus.store.articles([i for s in page for i in s.articles])}
    rows = []
    for s in page:
        members = [articles[i] for i in s.articles if i in articles]
        outlets = Counter(a.outlet or "unknown outlet" for a in members if not a.duplicate_of)
        rows.append({**_story_row(s), "outlets": dict(sorted(outlets.items()))})
    return rows, len(stories)


def article_row(a: Article) -> dict[str, Any]:
    return {
        "id": a.id,
        "title": a.title,
        "outlet": a.outlet,
        "published": a.published.to_dict(),
        "source": a.source,
    }


def article_rows(store: Store, limit: int, offset: int = 0) -> dict[str, Any]:
    return {
        "articles": [article_row(a) for a in store.articles(limit=limit, offset=offset)],
        "total": store.count(),
    }


def search(corpus: Corpus, query: str, limit: int = 50) -> dict[str, Any]:
    """Articles matching every word (FTS5, best first) and the stories holding them, the best hit's first."""
    ids = corpus.store.search(query, limit=limit)
    rank = {aid: i for i, aid in enumerate(ids)}
    articles = [article_row(a) for a in corpus.store.articles(ids)]
    hits = [
        (min(rank[i] for i in s.articles if i in rank), s)
        for s in corpus.stories()
        if rank.keys() & set(s.articles)
    ]
    hits.sort(key=lambda h: h[0])
    return {"articles": articles, "stories": [_story_row(s) for _, s in hits]}


def story_document(corpus: Corpus, story_id: str) -> dict[str, Any]:
    """The story as the export has it, with everything it refers to inlined, plus its coverage matrix."""
    bundle = corpus.bundle(story_id)
    told = bundle.reconstruction
    analysed = [a for a in bundle.articles if a.id in bundle.analyses]
    return {
        "format": FORMAT,
        **bundle.to_dict(),
        "articles": [a.to_dict() for a in bundle.articles],
        "entities": [entity_dict(e) for e in bundle.entities],
        "quotes": [quote_dict(q) for q in bundle.quotes],
        "figures": [v.to_dict() for v in told.figures],
        "claims": [claim_dict(a.id, c) for a in analysed for c in bundle.analyses[a.id].claims],
        "dates": [d.to_dict(a.id) for a in analysed for d in bundle.analyses[a.id].dates],
        "coverage": told.coverage.to_dict(),
    }


def article_document(corpus: Corpus, article_id: str) -> dict[str, Any]:
    """The article as the export has it, with its own annotations and the story that holds it."""
    article = corpus.store.article(article_id)
    analysis = corpus.store.analyses([article_id]).get(article_id) or Analysis(article_id)
    try:
        story: str | None = corpus.engine.story_of(article_id)
    except KeyError:
        story = None
    return {
        "format": FORMAT,
        **article.to_dict(),
        "story": story,
        "mentions": [
            {"start": m.start, "end": m.end, "text": m.text, "type": m.label} for m in analysis.mentions
        ],
        "dates": [d.to_dict(article_id) for d in analysis.dates],
        "quotes": [_quote_span(article_id, q) for q in analysis.quotes],
        "claims": [claim_dict(article_id, c) for c in analysis.claims],
    }


def _quote_span(article_id: str, q: QuoteSpan) -> dict[str, Any]:
    return {
        "article": article_id,
        "start": q.start,
        "end": q.end,
        "text": q.text,
        "kind": q.kind,
        "speaker": q.speaker,
        "speaker_start": q.speaker_start,
        "speaker_end": q.speaker_end,
        "cue": q.cue,
    }
