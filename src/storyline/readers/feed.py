"""RSS and Atom feeds: each entry an article; the linked page is fetched only when the entry has no body."""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterator

import feedparser

from ..models import RawArticle
from .base import Item, Skipped, Unreachable, host_of
from .fragment import fragment_to_text

MIN_BODY_WORDS = 40
"""An entry with fewer words than this is a teaser, not a body: the linked page is read instead."""

_ENTITY_DECLARATION = re.compile(r"<!ENTITY", re.IGNORECASE)


def declares_entities(text: str) -> bool:
    """True when the document declares XML entities anywhere (a comment or padding can push a DOCTYPE past any
    fixed-size head; escaped text reads ``&lt;!ENTITY`` and does not match)."""
    return _ENTITY_DECLARATION.search(text) is not None


def looks_like_feed(text: str) -> bool:
    head = text[:2048].lstrip().lower()
    return "<rss" in head or "<feed" in head or "<rdf:rdf" in head


def read_feed(text: str, source: str, fetch: Callable[[str], Iterator[Item]] | None = None) -> Iterator[Item]:
    """Articles from a feed document; ``fetch`` reads a linked page (None: never touch the network)."""
    if declares_entities(text):
        yield Skipped(source, "feed declares XML entities (refused: entity expansion)")
        return
    parsed = feedparser.parse(text, sanitize_html=False, resolve_relative_uris=False)
    if not parsed.entries:
        problem = parsed.get("bozo_exception")
        reason = f"malformed feed ({problem})" if problem else "feed has no entries"
        yield Skipped(source, reason)
        return
    outlet = (parsed.feed.get("title") or "").strip() or None
    dead_hosts: set[str] = set()
    for n, entry in enumerate(parsed.entries, start=1):
        where = f"{source}#{n}"
        body = ""
        if entry.get("content"):
            body = fragment_to_text(entry.content[0].get("value", ""))
        if len(body.split()) < MIN_BODY_WORDS and entry.get("summary"):
            summary = fragment_to_text(entry.summary)
            body = summary if len(summary) > len(body) else body
        link = entry.get("link")
        published = _date(entry)
        if len(body.split()) < MIN_BODY_WORDS:
            if link and fetch is not None:
                if host_of(link) in dead_hosts:
                    yield Skipped(link, "host unreachable earlier in this feed (not tried again)")
                    continue
                for item in fetch(link):
                    if isinstance(item, Unreachable):
                        dead_hosts.add(item.host)
                    if isinstance(item, RawArticle):
                        item = _with_entry(item, entry, outlet, published)
                    yield item
                continue
            if not body.strip():
                yield Skipped(where, "feed entry has no body and no fetchable link")
                continue
        yield RawArticle(
            source=where,
            text=body,
            title=(entry.get("title") or "").strip() or None,
            url=link,
            outlet=outlet,
            author=(entry.get("author") or "").strip() or None,
            published=published,
            metadata={"feed": source, "entry_id": entry.get("id")},
        )


def _date(entry: dict) -> str | None:
    for key in ("published_parsed", "updated_parsed"):
        parsed = entry.get(key)
        if parsed:
            return time.strftime("%Y-%m-%d", parsed)
    return None


def _with_entry(item: RawArticle, entry: dict, outlet: str | None, published: str | None) -> RawArticle:
    return RawArticle(
        source=item.source,
        text=item.text,
        title=item.title or (entry.get("title") or "").strip() or None,
        url=item.url,
        outlet=item.outlet or outlet,
        author=item.author or (entry.get("author") or "").strip() or None,
        published=published or item.published,
        language=item.language,
        metadata={**item.metadata, "published_method": "metadata"} if published else item.metadata,
    )
