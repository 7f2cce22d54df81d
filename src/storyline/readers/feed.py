"""RSS, Atom and RDF feeds (feedparser): each entry an article (``entries`` decides between an entry's own text
and its linked page)."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator

import feedparser

from ..clean.language import word_count
from .base import Item, Skipped
from .entries import MIN_BODY_WORDS, Entry, FeedInfo, LinkReader, read_entries
from .fragment import fragment_to_text

_ENTITY_DECLARATION = re.compile(r"<!ENTITY", re.IGNORECASE)


def declares_entities(text: str) -> bool:
    """True when the document declares XML entities anywhere (a comment or padding can push a DOCTYPE past any
    fixed-size head; escaped text reads ``&lt;!ENTITY`` and does not match)."""
    return _ENTITY_DECLARATION.search(text) is not None


def looks_like_feed(text: str) -> bool:
    head = text[:2048].lstrip().lower()
    return "<rss" in head or "<feed" in head or "<rdf:rdf" in head


def read_feed(
    text: str, source: str, open_link: LinkReader | None = None, base_url: str | None = None
) -> Iterator[Item]:
    """Articles from a feed document; ``open_link`` reads a linked page (None: never touch the network)."""
    if declares_entities(text):
        yield Skipped(source, "feed declares XML entities (refused: entity expansion)")
        return
    parsed = feedparser.parse(text, sanitize_html=False, resolve_relative_uris=False)
    if not parsed.entries:
        problem = parsed.get("bozo_exception")
        reason = f"malformed feed ({problem})" if problem else "feed has no entries"
        yield Skipped(source, reason)
        return
    info = FeedInfo(
        title=(parsed.feed.get("title") or "").strip() or None,
        link=parsed.feed.get("link") or None,
    )
    entries = []
    for n, entry in enumerate(parsed.entries, start=1):
        try:
            entries.append(_entry(n, entry))
        except Exception as exc:  # feedparser's odd shapes for odd input: one entry, not the feed
            yield Skipped(f"{source}#{n}", f"feed entry could not be read ({type(exc).__name__}: {exc})")
    yield from read_entries(entries, info, source, open_link, base_url)


def _entry(number: int, entry: dict) -> Entry:
    """A feedparser entry as an Entry: its content, or its summary when the content is a teaser and the summary
    says more."""
    body = ""
    if entry.get("content"):
        body = fragment_to_text(entry["content"][0].get("value", ""))
    if word_count(body) < MIN_BODY_WORDS and entry.get("summary"):
        summary = fragment_to_text(entry["summary"])
        body = summary if len(summary) > len(body) else body
    return Entry(
        number=number,
        text=body,
        title=(entry.get("title") or "").strip() or None,
        link=(entry.get("link") or "").strip() or None,
        author=(entry.get("author") or "").strip() or None,
        published=_date(entry),
        entry_id=entry.get("id"),
    )


def _date(entry: dict) -> str | None:
    for key in ("published_parsed", "updated_parsed"):
        parsed = entry.get(key)
        if parsed:
            return time.strftime("%Y-%m-%d", parsed)
    return None
