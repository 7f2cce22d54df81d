"""JSON Feed (https://jsonfeed.org, versions 1 and 1.1): each item an article, as RSS and Atom entries are."""

from __future__ import annotations

import json
from collections.abc import Iterator

from .base import Item, Skipped
from .entries import Entry, FeedInfo, LinkReader, read_entries
from .fragment import fragment_to_text

VERSION_PREFIX = "https://jsonfeed.org/version/"


def json_feed(text: str) -> dict | None:
    """The document as a JSON Feed object, or None when it is not one (not JSON, or no JSON Feed version)."""
    if not text.lstrip().startswith("{"):
        return None
    try:
        doc = json.loads(text)
    except (json.JSONDecodeError, RecursionError):
        return None
    version = doc.get("version") if isinstance(doc, dict) else None
    return doc if isinstance(version, str) and version.startswith(VERSION_PREFIX) else None


def read_json_feed(
    doc: dict, source: str, open_link: LinkReader | None = None, base_url: str | None = None
) -> Iterator[Item]:
    """Articles from a JSON Feed object (see ``json_feed``)."""
    items = doc.get("items")
    if not isinstance(items, list) or not items:
        yield Skipped(source, "JSON Feed has no items")
        return
    info = FeedInfo(title=_str(doc.get("title")), link=_str(doc.get("home_page_url")))
    entries = []
    for n, item in enumerate(items, start=1):
        if not isinstance(item, dict):
            yield Skipped(f"{source}#{n}", "JSON Feed item is not an object")
            continue
        entries.append(_entry(n, item))
    yield from read_entries(entries, info, source, open_link, base_url)


def _str(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _entry(number: int, item: dict) -> Entry:
    html, plain, summary = (_str(item.get(k)) for k in ("content_html", "content_text", "summary"))
    text = fragment_to_text(html) if html else plain or ""
    if not text and summary:
        text = summary
    authors = item.get("authors") if isinstance(item.get("authors"), list) else [item.get("author")]
    names = [a["name"].strip() for a in authors if isinstance(a, dict) and isinstance(a.get("name"), str)]
    published = _str(item.get("date_published")) or _str(item.get("date_modified"))
    return Entry(
        number=number,
        text=text,
        title=_str(item.get("title")),
        link=_str(item.get("url")) or _str(item.get("external_url")),
        author=", ".join(n for n in names if n) or None,
        published=published[:10] if published else None,
        entry_id=str(item["id"]) if item.get("id") is not None else None,
    )
