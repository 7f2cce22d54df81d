"""What the JSON API answers, read from the store through the library's read side (``Corpus``, ``Store``).

The story and article objects follow the JSON export (format ``storyline/1``, built by ``export``), with the
story's articles, quotes, figures, claims, entities and dates inlined so one request gives a page everything it
shows. The web handlers only call these functions; nothing here knows about HTTP.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from ..corpus import Corpus
from ..export import article_row, changes_document, snippet_html, story_row, storyline_row, watch_dict
from ..store import Store


def story_list(corpus: Corpus, limit: int, offset: int = 0) -> dict[str, Any]:
    """The contract's story list (newest first), one page of it, with how many stories there are."""
    page = corpus.stories_page(limit, offset)
    return {"stories": [story_row(s) for s in page], "total": corpus.story_count()}


def story_rows(corpus: Corpus, limit: int, offset: int = 0) -> tuple[list[dict[str, Any]], int]:
    """One page of the stories, newest first, each with its outlets counted; and how many stories there are."""
    page = corpus.stories_page(limit, offset)
    articles = {a.id: a for a in corpus.store.articles([i for s in page for i in s.articles])}
    rows = []
    for s in page:
        members = [articles[i] for i in s.articles if i in articles]
        outlets = Counter(a.outlet or "unknown outlet" for a in members if not a.duplicate_of)
        rows.append({**story_row(s), "outlets": dict(sorted(outlets.items()))})
    return rows, corpus.story_count()


def article_rows(store: Store, limit: int, offset: int = 0) -> dict[str, Any]:
    return {
        "articles": [article_row(a) for a in store.articles(limit=limit, offset=offset)],
        "total": store.count(),
    }


def search(corpus: Corpus, query: str, limit: int = 50) -> dict[str, Any]:
    """Articles matching every word (FTS5, best first), each with a snippet of the words around the match (HTML:
    the article's words escaped, the matched ones in ``<mark>``), and the stories holding them, the best hit's
    first."""
    ids = corpus.store.search(query, limit=limit)
    snippets = corpus.store.snippets(query, ids)
    articles = [
        {**article_row(a), "snippet": snippet_html(snippets.get(a.id, ""))}
        for a in corpus.store.articles(ids)
    ]
    return {"articles": articles, "stories": [story_row(s) for s in corpus.stories_holding(ids)]}


def story_document(corpus: Corpus, story_id: str) -> dict[str, Any]:
    """The story as the export has it, with everything it refers to inlined, plus its coverage matrix."""
    return corpus.story_document(story_id)


def storyline_document(corpus: Corpus, storyline_id: str) -> dict[str, Any]:
    """A storyline as one story of all its stories' articles, with the list of its stories."""
    return corpus.storyline_document(storyline_id)


def storyline_list(corpus: Corpus, limit: int, offset: int = 0) -> dict[str, Any]:
    """The storylines, newest first, one page of them, with how many there are."""
    lines = corpus.storylines()
    return {"storylines": [storyline_row(s) for s in lines[offset : offset + limit]], "total": len(lines)}


def article_document(corpus: Corpus, article_id: str) -> dict[str, Any]:
    """The article as the export has it, with its own annotations and the story that holds it."""
    return corpus.article_document(article_id)


def changes(
    corpus: Corpus, since: str | None = None, story_id: str | None = None, limit: int | None = None
) -> dict[str, Any]:
    """What ingests recorded, newest first: in the store or in one story, since a time."""
    return changes_document(corpus.changes(since=since, story_id=story_id, limit=limit))


def story_changes(corpus: Corpus, doc: dict[str, Any]) -> list[dict[str, Any]]:
    """The changes recorded in a story document's articles, newest first, as the API gives them."""
    ids = [a["id"] for a in doc.get("articles", ())]
    return changes_document(corpus.changes(articles=ids))["changes"]


def watches(corpus: Corpus) -> list[dict[str, Any]]:
    """The saved searches, each with how many articles matched it since it was saved."""
    return [watch_dict(w, matches) for w, matches in corpus.watches()]
