"""HTML pages: trafilatura for the body and metadata, htmldate for the publication date."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import trafilatura
from htmldate import find_date

from ..models import RawArticle
from .base import Item, Skipped, language_tag

logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
logging.getLogger("htmldate").setLevel(logging.CRITICAL)


def read_html(html: str, source: str, url: str | None = None, path_date: str | None = None) -> Iterator[Item]:
    """One article from an HTML page, or a Skipped when the page holds no article body."""
    try:
        extracted = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=False
        )
        doc = extracted.as_dict() if extracted is not None else {}
    except Exception as exc:  # trafilatura raises many kinds on hostile markup
        yield Skipped(source, f"HTML could not be parsed ({type(exc).__name__}: {exc})")
        return
    body = doc.get("text") or ""
    if len(body.split()) < 20:
        yield Skipped(source, "HTML page has no article text")
        return
    published, method = None, None
    meta_date = doc.get("date")
    try:
        found = find_date(html, url=url, original_date=True, extensive_search=False, outputformat="%Y-%m-%d")
    except Exception:
        found = None
    if found:
        published, method = found, "metadata"
    elif meta_date:
        published, method = meta_date, "metadata"
    metadata = {"path_date": path_date} if path_date else {}
    if method:
        metadata["published_method"] = method
    for key in ("description", "categories", "tags", "hostname"):
        if doc.get(key):
            metadata[key] = doc[key]
    yield RawArticle(
        source=source,
        text=body,
        html=None,
        title=doc.get("title"),
        url=url or doc.get("url"),
        outlet=doc.get("sitename"),
        author=doc.get("author"),
        published=published,
        language=language_tag(doc.get("language")),
        metadata=metadata,
    )
