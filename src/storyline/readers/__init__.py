"""Readers, one per format, behind one dispatcher (``read(source)``) that never raises for bad input.

A source is a file, a folder (read recursively, in sorted order), a ``.jsonl``/``.jsonl.gz`` dump, a feed, a WARC
file or an ``http(s)://`` URL. Each yields RawArticle items, and a Skipped item (source and reason) for every
file, record or entry that could not be read, so one bad file never stops a batch. ``dispatch`` sniffs what a
source is and hands it to ``text``, ``html``, ``jsonl``, ``feed`` or ``warc``; ``fetch`` brings URLs' bytes,
``decode`` turns bytes into text, ``limits`` bounds what any of them accepts.
"""

from __future__ import annotations

from ..models import RawArticle
from .base import Item, Skipped
from .dispatch import path_date, read, read_all

__all__ = ["Item", "RawArticle", "Skipped", "path_date", "read", "read_all"]
