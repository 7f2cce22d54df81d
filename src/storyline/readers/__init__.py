"""Readers, one per format, behind one dispatcher (``read(source)``) that never raises for bad input.

A source is a file, a folder (read recursively, in sorted order), a ``.jsonl``/``.jsonl.gz`` dump, a feed (RSS,
Atom, RDF, JSON Feed), an OPML list of feeds, a WARC or ARC archive, or an ``http(s)://`` URL. Each yields
RawArticle items, a Skipped item (source and reason) for every file, record or entry that could not be read, and
a Notice for a library's warning about a source, so one bad file never stops a batch. ``dispatch`` sniffs what a
source is and hands it to ``text``, ``html``, ``jsonl``, ``feed``, ``jsonfeed``, ``opml`` or ``warc`` (feed
entries go through ``entries``); ``guard`` keeps any reader's exception and warnings inside its source;
``fetch`` brings URLs' bytes under the ingest's ``FetchPolicy`` (``addresses`` checks where a request may go),
``decode`` turns bytes into text (``codepages`` judges single-byte code pages), ``limits`` bounds what any of
them accepts.
"""

from __future__ import annotations

from ..models import RawArticle
from .base import Item, Notice, Skipped
from .dispatch import path_date, read, read_all
from .fetch import Fetcher, FetchPolicy

__all__ = [
    "FetchPolicy",
    "Fetcher",
    "Item",
    "Notice",
    "RawArticle",
    "Skipped",
    "path_date",
    "read",
    "read_all",
]
