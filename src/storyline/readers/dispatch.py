"""One dispatcher for every source: a path, a folder or a URL becomes its bytes, the bytes a type, the type a reader.

Files and fetched URLs go the same way once their bytes are in hand: archives (gzip, WARC) are opened, the bytes
decoded, and the text read as a JSON-lines dump, a feed, an HTML page or plain text, by what its name, its
declared content type or its first bytes say it is. A feed entry whose body is a teaser is completed by
fetching its link through the same dispatcher. Nothing here raises for bad input: each failure is a Skipped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from .base import Item, Skipped, TooLarge, gunzip, read_bytes
from .decode import NotText, decode
from .feed import looks_like_feed, read_feed
from .fetch import fetch
from .html import read_html
from .jsonl import read_jsonl
from .text import read_text
from .warc import read_warc

_PATH_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)[-_/]?(0[1-9]|1[0-2])[-_/]?(0[1-9]|[12]\d|3[01])(?!\d)")
_SKIP_NAMES = {".DS_Store", "Thumbs.db"}
_URL = re.compile(r"https?://", re.I)
JSONL_NAMES = (".jsonl", ".ndjson")
FEED_NAMES = (".xml", ".rss", ".atom")
HTML_NAMES = (".html", ".htm", ".xhtml")


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
    if _URL.match(src):
        yield from read_url(src)
        return
    path = Path(src)
    if path.is_dir():
        for child in sorted(p for p in path.rglob("*") if p.is_file()):
            if child.name in _SKIP_NAMES or any(
                part.startswith(".") for part in child.relative_to(path).parts
            ):
                continue
            yield from read_file(child)
        return
    if not path.exists():
        yield Skipped(src, "no such file or folder")
        return
    yield from read_file(path)


def read_all(sources: Iterable[str | Path]) -> Iterator[Item]:
    for source in sources:
        yield from read(source)


def read_file(path: Path) -> Iterator[Item]:
    """The articles of one file, read by its name and content."""
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
    yield from read_text_as(kind_of(text, name=name), text, src, path_date=path_date(src))


def read_url(url: str) -> Iterator[Item]:
    """The article (or feed entries) at ``url``, read by its content type and content."""
    fetched = fetch(url)
    if isinstance(fetched, Skipped):
        yield fetched
        return
    try:
        text = decode(fetched.data, fetched.charset)
    except NotText as exc:
        yield Skipped(url, str(exc))
        return
    yield from read_text_as(
        kind_of(text, content_type=fetched.content_type), text, url, url=fetched.final_url
    )


def kind_of(text: str, name: str = "", content_type: str = "") -> str:
    """``jsonl``, ``feed``, ``html`` or ``text``: what a decoded file or response is, by its name (a file's),
    its declared content type (a response's) and its first characters."""
    if name.endswith(JSONL_NAMES):
        return "jsonl"
    if name.endswith(FEED_NAMES) or "xml" in content_type or looks_like_feed(text):
        return "feed"
    if name.endswith(HTML_NAMES) or "html" in content_type or looks_like_html(text):
        return "html"
    return "text"


def read_text_as(
    kind: str, text: str, source: str, url: str | None = None, path_date: str | None = None
) -> Iterator[Item]:
    """Articles from decoded text of a known kind."""
    if kind == "jsonl":
        yield from read_jsonl(text, source)
    elif kind == "feed":
        yield from read_feed(text, source, fetch=read_url)
    elif kind == "html":
        yield from read_html(text, source, url=url, path_date=path_date)
    else:
        yield from read_text(text, source, path_date=path_date)


def looks_like_html(text: str) -> bool:
    head = text[:1024].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or (
        "<html" in head and "<body" in text[:8192].lower()
    )
