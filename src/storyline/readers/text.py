"""Plain-text articles: the whole file is the raw body; the cleaner finds title, byline and date lines in it."""

from __future__ import annotations

from collections.abc import Iterator

from ..models import RawArticle
from .base import Item, Skipped


def read_text(text: str, source: str, path_date: str | None = None) -> Iterator[Item]:
    """One article from plain text; ``path_date`` is a date the file's path carries (``2009-04-25/``)."""
    if not text.strip():
        yield Skipped(source, "empty file")
        return
    meta = {"path_date": path_date} if path_date else {}
    yield RawArticle(source=source, text=text, metadata=meta)
