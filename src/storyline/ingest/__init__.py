"""Readers, one per format, behind one ``read(source)`` that never raises for bad input.

A source is a file, a folder (read recursively, in sorted order), a ``.jsonl``/``.jsonl.gz`` dump, a feed, a WARC
file or an ``http(s)://`` URL. Each yields RawArticle items, and a Skipped item (source and reason) for every
file, record or entry that could not be read, so one bad file never stops a batch.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..models import RawArticle
from .base import Item, Skipped, TooLarge, gunzip, read_bytes
from .decode import decode
from .feed import looks_like_feed, read_feed
from .html import read_html
from .jsonl import read_jsonl
from .text import read_text
from .url import fetch_url
from .warc import read_warc

__all__ = ["Item", "RawArticle", "Skipped", "read", "read_all"]

_PATH_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)[-_/]?(0[1-9]|1[0-2])[-_/]?(0[1-9]|[12]\d|3[01])(?!\d)")
_SKIP_NAMES = {".DS_Store", "Thumbs.db"}


def path_date(path: str) -> str | None:
    """A date that a folder in the path names (``2009-04-25/``, ``2013/05/07/``), as an ISO day."""
    parts = Path(path).parts[:-1]
    joined = "/".join(parts)
    matches = list(_PATH_DATE.finditer(joined))
    if not matches:
        return None
    y, m, d = matches[-1].groups()
    return f"{y}-{m}-{d}"


def read(source: str | Path) -> Iterator[Item]:
    """Every article in ``source`` (a path or URL), with a Skipped item for each part that cannot be read."""
    src = str(source)
    if re.match(r"https?://", src, re.I):
        yield from fetch_url(src)
        return
    path = Path(src)
    if path.is_dir():
        for child in sorted(p for p in path.rglob("*") if p.is_file()):
            if child.name in _SKIP_NAMES or any(
                part.startswith(".") for part in child.relative_to(path).parts
            ):
                continue
            yield from _read_file(child)
        return
    if not path.exists():
        yield Skipped(src, "no such file or folder")
        return
    yield from _read_file(path)


def read_all(sources: Iterable[str | Path]) -> Iterator[Item]:
    for source in sources:
        yield from read(source)


def _read_file(path: Path) -> Iterator[Item]:
    src = str(path)
    try:
        data = read_bytes(path)
    except TooLarge as exc:
        yield Skipped(src, str(exc))
        return
    except OSError as exc:
        yield Skipped(src, f"cannot read file ({exc.strerror or exc})")
        return
    if not data.strip():
        yield Skipped(src, "empty file")
        return
    name = path.name.lower()
    try:
        if name.endswith(".gz") or data[:2] == b"\x1f\x8b":
            if name.endswith((".warc.gz", ".arc.gz")):
                yield from read_warc(data, src)
                return
            data = gunzip(data)
            name = name.removesuffix(".gz")
            if not data.strip():
                yield Skipped(src, "empty after decompression")
                return
        if name.endswith((".warc", ".arc")) or data[:8] == b"WARC/1.0" or data[:8] == b"WARC/1.1":
            yield from read_warc(data, src)
            return
        text = decode(data)
    except (TooLarge, ValueError) as exc:
        yield Skipped(src, str(exc))
        return
    del data  # only the text is needed from here on: a 50 MB file is held once, not twice
    if name.endswith((".jsonl", ".ndjson")):
        yield from read_jsonl(text, src)
    elif name.endswith((".xml", ".rss", ".atom")) or looks_like_feed(text):
        yield from read_feed(text, src, fetch=fetch_url)
    elif name.endswith((".html", ".htm", ".xhtml")) or _looks_like_html(text):
        yield from read_html(text, src, path_date=path_date(src))
    else:
        yield from read_text(text, src, path_date=path_date(src))


def _looks_like_html(text: str) -> bool:
    head = text[:1024].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or (
        "<html" in head and "<body" in text[:8192].lower()
    )
