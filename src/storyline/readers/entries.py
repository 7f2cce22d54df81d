"""Feed entries, whatever the feed's format (RSS, Atom, RDF, JSON Feed), made articles.

An entry's own text is the article. Only a teaser (shorter than ``MIN_BODY_WORDS``) sends for the linked page,
and only when links may be fetched; when the page cannot be had (refused, unreachable, not an article, a feed),
the entry's own text is kept, and an entry without text is refused naming the entry and its link.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from urllib.parse import urljoin

from ..clean.language import word_count
from ..models import RawArticle
from .base import Item, Notice, Skipped, Unreachable, host_of
from .fetch import link_problem

MIN_BODY_WORDS = 40
"""An entry shorter than this (in words, or the characters of scripts written without spaces: ``word_count``)
is a teaser: the linked page is read instead, when links may be fetched."""

LinkReader = Callable[[str], Iterable[Item]]
"""Reads the page an entry links to (never as a feed)."""


@dataclass(frozen=True)
class FeedInfo:
    """What a feed says about itself."""

    title: str | None = None
    link: str | None = None


@dataclass(frozen=True)
class Entry:
    """One feed entry: its number in the feed (from 1), text as plain paragraphs, and what it declares."""

    number: int
    text: str
    title: str | None = None
    link: str | None = None
    author: str | None = None
    published: str | None = None
    entry_id: str | None = None


def read_entries(
    entries: Iterable[Entry],
    feed: FeedInfo,
    source: str,
    open_link: LinkReader | None,
    base_url: str | None = None,
) -> Iterator[Item]:
    """Articles from a feed's entries; ``open_link`` None: links are not fetched."""
    dead_hosts: set[str] = set()
    for entry in entries:
        where = f"{source}#{entry.number}"
        if entry.link is None or open_link is None or word_count(entry.text) >= MIN_BODY_WORDS:
            yield _own_text(entry, feed, source, _unfetched(entry, open_link))
            continue
        link = urljoin(base_url or feed.link or "", entry.link)
        problem = link_problem(link)
        if problem:
            yield _own_text(entry, feed, source, f"its link {link} {problem}")
            continue
        if host_of(link) in dead_hosts:
            yield _own_text(
                entry, feed, source, f"its link {link} is on a host unreachable earlier in this feed"
            )
            continue
        page, refusal = None, "gave no article"
        for item in open_link(link):
            if isinstance(item, Unreachable):
                dead_hosts.add(item.host)
            if isinstance(item, RawArticle) and page is None:
                page = item
            elif isinstance(item, Skipped) and refusal == "gave no article":
                refusal = item.reason
            elif isinstance(item, Notice):
                yield Notice(where, f"{link}: {item.message}")
        if page is not None:
            yield _with_entry(page, entry, feed, source)
        else:
            yield _own_text(entry, feed, source, f"its link {link}: {refusal}")


def _unfetched(entry: Entry, open_link: LinkReader | None) -> str:
    if entry.link is None:
        return "no link"
    return "its link is not fetched for a local file (--fetch fetches it)" if open_link is None else ""


def _own_text(entry: Entry, feed: FeedInfo, source: str, why_not_page: str) -> Item:
    """The entry's own text as the article, or a Skipped naming the entry when it has none."""
    if not entry.text.strip():
        why = f" and {why_not_page}" if why_not_page else ""
        return Skipped(f"{source}#{entry.number}", f"feed entry has no text{why}")
    return RawArticle(
        source=f"{source}#{entry.number}",
        text=entry.text,
        title=entry.title,
        url=entry.link,
        outlet=feed.title,
        author=entry.author,
        published=entry.published,
        metadata={"feed": source, "entry_id": entry.entry_id},
        explicit_text=True,
    )


def _with_entry(page: RawArticle, entry: Entry, feed: FeedInfo, source: str) -> RawArticle:
    """The linked page's article with what the entry declares filling its gaps (the entry's date wins)."""
    metadata = {**page.metadata, "feed": source, "entry_id": entry.entry_id}
    if entry.published:
        metadata["published_method"] = "metadata"
    return RawArticle(
        source=page.source,
        text=page.text,
        title=page.title or entry.title,
        url=page.url,
        outlet=page.outlet or feed.title,
        author=page.author or entry.author,
        published=entry.published or page.published,
        language=page.language,
        metadata=metadata,
    )
