"""HTML pages: trafilatura for the body and metadata, and the page's lead when the body lacks it. The publication
date comes from the page's metadata (method ``metadata``); failing that, from a date the page shows where pages
show theirs (a dateline element, a ``<time>``, the title), found by htmldate without its broad search of the whole
text (method ``text``); a page with neither stays undated."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import trafilatura
from htmldate import find_date
from trafilatura.utils import load_html

from ..clean.language import word_count
from ..models import RawArticle
from .base import Item, Skipped, language_tag
from .lead import find_lead
from .pagedate import metadata_date

logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
logging.getLogger("htmldate").setLevel(logging.CRITICAL)

MIN_PAGE_WORDS = 20
"""A page whose extracted body is shorter than this (``word_count``: words, or characters of scripts written
without spaces) holds no article: a navigation page, an error page, a cookie wall."""


def looks_like_html(text: str) -> bool:
    head = text[:1024].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or (
        "<html" in head and "<body" in text[:8192].lower()
    )


def read_html(html: str, source: str, url: str | None = None, path_date: str | None = None) -> Iterator[Item]:
    """One article from an HTML page, or a Skipped when the page holds no article body."""
    try:
        extracted = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            favor_precision=True,
        )
        doc = extracted.as_dict() if extracted is not None else {}
    except Exception as exc:  # trafilatura raises many kinds on hostile markup
        yield Skipped(source, f"HTML could not be parsed ({type(exc).__name__}: {exc})")
        return
    body = doc.get("text") or ""
    if word_count(body) < MIN_PAGE_WORDS:
        yield Skipped(source, "HTML page has no article text")
        return
    lead, published = _lead_and_date(html, body)
    method = "metadata" if published else None
    if not published:
        published = _shown_date(html)
        method = "text" if published else None
    if lead:
        body = f"{lead}\n{body}"
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


def _shown_date(html: str) -> str | None:
    """A date the page shows where pages show theirs, by htmldate's fast search (no scan of the whole text)."""
    try:
        return find_date(html, original_date=True, extensive_search=False, outputformat="%Y-%m-%d")
    except Exception:  # htmldate on hostile markup
        return None


def _lead_and_date(html: str, body: str) -> tuple[str | None, str | None]:
    """The page's lead (when the body lacks it) and its metadata date, from the page parsed on its own
    (trafilatura changes the tree it extracts from); neither when the page cannot be parsed again."""
    try:
        tree = load_html(html)
        if tree is None:
            return None, None
        return find_lead(tree, body), metadata_date(tree)
    except Exception:  # lxml on hostile markup: the body stands without them
        return None, None
