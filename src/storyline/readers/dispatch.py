"""One dispatcher for every source: a path, a folder or a URL becomes its bytes, the bytes a type, the type a reader.

Archives (WARC, ARC) are streamed from the file; other files and fetched URLs go the same way once their bytes
are in hand: gzip opened, the bytes decoded, and the text read as a JSON-lines dump, a feed (RSS, Atom, RDF,
JSON Feed), an OPML list of feeds, an HTML page or plain text, by what its name, its declared content type or its
first characters say it is. Files that are not articles (configuration, code, data) are refused by name.

Nothing here raises for bad input: each failure is a Skipped naming the file (and the record, entry or link
within it), every reader runs under ``guard.guarded``, and a source that yields nothing at all says so.
"""

from __future__ import annotations

import gzip
import json
import re
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path

from .base import Item, Notice, RawArticle, Skipped, TooLarge, gunzip, read_bytes
from .decode import NotText, decode
from .feed import looks_like_feed, read_feed
from .fetch import Fetched, Fetcher
from .guard import guarded
from .html import looks_like_html, read_html
from .jsonfeed import json_feed, read_json_feed
from .jsonl import read_jsonl
from .opml import looks_like_opml, opml_feeds
from .text import read_text
from .warc import read_warc_file

_PATH_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)[-_/]?(0[1-9]|1[0-2])[-_/]?(0[1-9]|[12]\d|3[01])(?!\d)")
_SKIP_NAMES = {".DS_Store", "Thumbs.db"}
_URL = re.compile(r"https?://", re.I)
JSONL_NAMES = (".jsonl", ".ndjson")
FEED_NAMES = (".xml", ".rss", ".atom", ".rdf")
HTML_NAMES = (".html", ".htm", ".xhtml")
ARCHIVE_NAMES = (".warc", ".arc", ".warc.gz", ".arc.gz")
NOT_ARTICLES = (
    *(".cfg", ".ini", ".conf", ".toml", ".yaml", ".yml", ".properties", ".env", ".lock"),
    *(".py", ".js", ".mjs", ".ts", ".css", ".scss", ".sh", ".bat", ".ps1", ".c", ".h", ".cpp", ".java"),
    *(".go", ".rs", ".rb", ".php", ".pl", ".sql", ".diff", ".patch", ".map", ".svg"),
    *(".csv", ".tsv", ".log"),
)
"""File names that say configuration, code or tabular data: refused by name rather than read as prose."""


def path_date(path: str) -> str | None:
    """A date that a folder in the path names (``2009-04-25/``, ``2013/05/07/``), as an ISO day."""
    parts = Path(path).parts[:-1]
    joined = "/".join(parts)
    matches = list(_PATH_DATE.finditer(joined))
    if not matches:
        return None
    y, m, d = matches[-1].groups()
    return f"{y}-{m}-{d}"


def read(source: str | Path, fetcher: Fetcher | None = None) -> Iterator[Item]:
    """Every article in ``source`` (a path or URL), with a Skipped item for each part that cannot be read and
    one for a source that yields nothing at all; ``fetcher`` carries the ingest's fetching policy and budget."""
    own = fetcher is None
    fetcher = fetcher or Fetcher()
    src = str(source)
    try:
        yielded = False
        for item in guarded(_source(src, fetcher), src, capture=False):
            yielded = yielded or not isinstance(item, Notice)
            yield item
        if not yielded:
            yield Skipped(src, "nothing to read")
    finally:
        if own:
            fetcher.close()


def read_all(sources: Iterable[str | Path], fetcher: Fetcher | None = None) -> Iterator[Item]:
    own = fetcher is None
    fetcher = fetcher or Fetcher()
    try:
        for source in sources:
            yield from read(source, fetcher)
    finally:
        if own:
            fetcher.close()


def _source(src: str, fetcher: Fetcher) -> Iterator[Item]:
    if _URL.match(src):
        yield from guarded(read_url(src, fetcher, trusted=True), src)
        return
    path = Path(src)
    if path.is_dir():
        files = [
            p
            for p in sorted(path.rglob("*"))
            if p.is_file()
            and p.name not in _SKIP_NAMES
            and not any(part.startswith(".") for part in p.relative_to(path).parts)
        ]
        if not files:
            yield Skipped(src, "folder holds no files to read")
        for child in files:
            yield from guarded(read_file(child, fetcher), str(child))
        return
    if not path.exists():
        yield Skipped(src, "no such file or folder")
        return
    yield from guarded(read_file(path, fetcher), src)


def read_file(path: Path, fetcher: Fetcher | None = None) -> Iterator[Item]:
    """The articles of one file, read by its name and content."""
    fetcher = fetcher or Fetcher()
    src = str(path)
    name = path.name.lower()
    if name.endswith(NOT_ARTICLES) or name.endswith(tuple(f"{n}.gz" for n in NOT_ARTICLES)):
        yield Skipped(src, f"a {name.rsplit('.', 1)[-1]} file is configuration, code or data, not an article")
        return
    try:
        if name.endswith(ARCHIVE_NAMES) or _archive_head(path):
            yield from read_warc_file(path, src)
            return
        data = read_bytes(path)
        if not data.strip():
            yield Skipped(src, "empty file")
            return
        if name.endswith(".gz") or data[:2] == b"\x1f\x8b":
            data = gunzip(data)
            name = name.removesuffix(".gz")
            if not data.strip():
                yield Skipped(src, "empty after decompression")
                return
        text = decode(data)
    except TooLarge as exc:
        yield Skipped(src, str(exc))
        return
    except OSError as exc:
        yield Skipped(src, f"cannot read file ({exc.strerror or exc})")
        return
    except ValueError as exc:
        yield Skipped(src, str(exc))
        return
    del data  # only the text is needed from here on: a 50 MB file is held once, not twice
    links = fetcher if fetcher.policy.links_of_files else None
    yield from read_text_as(kind_of(text, name=name), text, src, fetcher, links, path_date=path_date(src))


def _archive_head(path: Path) -> bool:
    """True when a file's first bytes (decompressed, for gzip) open a WARC or ARC archive."""
    with path.open("rb") as f:
        head = f.read(64)
    if head[:2] == b"\x1f\x8b":
        try:
            with gzip.open(path, "rb") as f:
                head = f.read(64)
        except (OSError, EOFError, zlib.error):
            return False
    return head.startswith((b"WARC/1.", b"WARC/0.", b"filedesc://"))


def read_url(url: str, fetcher: Fetcher, trusted: bool, feeds: bool = True) -> Iterator[Item]:
    """The article (or feed entries) at ``url``, read by its content type and content. ``trusted``: the user
    named it; ``feeds`` False: a page fetched for a feed entry, never read as a feed again."""
    fetched = fetcher.fetch(url, trusted=trusted)
    if isinstance(fetched, Skipped):
        yield fetched
        return
    yield from read_fetched(fetched, fetcher, feeds)


def read_fetched(fetched: Fetched, fetcher: Fetcher, feeds: bool = True) -> Iterator[Item]:
    """The articles of a fetched response, read by its content type and content (see ``read_url``)."""
    url = fetched.url
    try:
        text = decode(fetched.data, fetched.charset)
    except NotText as exc:
        yield Skipped(url, str(exc))
        return
    kind = kind_of(text, content_type=fetched.content_type)
    if not feeds and kind in ("feed", "jsonfeed", "opml"):
        yield Skipped(url, "the linked page is a feed (not read as a feed again)")
        return
    yield from read_text_as(kind, text, url, fetcher, fetcher, url=fetched.final_url)


def kind_of(text: str, name: str = "", content_type: str = "") -> str:
    """What a decoded file or response is, by its name (a file's), its declared content type (a response's) and
    its first characters: ``jsonl``, ``jsonfeed``, ``json`` (any other JSON document), ``opml``, ``feed``,
    ``html`` or ``text``."""
    if name.endswith(JSONL_NAMES):
        return "jsonl"
    if name.endswith(".json") or "json" in content_type or text.lstrip()[:1] in ("{", "["):
        if json_feed(text) is not None:
            return "jsonfeed"
        if _is_json(text):
            return "json"
        if name.endswith(".json"):
            return "json"
    if name.endswith(".opml") or looks_like_opml(text):
        return "opml"
    if name.endswith(FEED_NAMES) or "xml" in content_type or looks_like_feed(text):
        return "feed"
    if name.endswith(HTML_NAMES) or "html" in content_type or looks_like_html(text):
        return "html"
    return "text"


def _is_json(text: str) -> bool:
    try:
        json.loads(text)
    except (json.JSONDecodeError, RecursionError):
        return False
    return True


def read_text_as(
    kind: str,
    text: str,
    source: str,
    fetcher: Fetcher,
    links: Fetcher | None,
    url: str | None = None,
    path_date: str | None = None,
) -> Iterator[Item]:
    """Articles from decoded text of a known kind; ``links`` fetches the pages feed entries link to (None:
    links are not fetched)."""
    open_link = None
    if links is not None:

        def open_link(link: str) -> Iterator[Item]:
            return guarded(read_url(link, links, trusted=False, feeds=False), link)

    if kind == "jsonl":
        yield from read_jsonl(text, source)
    elif kind == "feed":
        yield from read_feed(text, source, open_link, base_url=url)
    elif kind == "jsonfeed":
        yield from read_json_feed(json_feed(text) or {}, source, open_link, base_url=url)
    elif kind == "json":
        yield Skipped(source, "a JSON document that is not a JSON Feed is data, not an article")
    elif kind == "opml":
        yield from _read_opml(text, source, fetcher)
    elif kind == "html":
        yield from read_html(text, source, url=url, path_date=path_date)
    else:
        yield from read_text(text, source, path_date=path_date)


def _read_opml(text: str, source: str, fetcher: Fetcher) -> Iterator[Item]:
    """The feeds an OPML list names, fetched as sources the user chose; refusals name the list and the feed."""
    try:
        feeds = opml_feeds(text)
    except ValueError as exc:
        yield Skipped(source, str(exc))
        return
    if not feeds:
        yield Skipped(source, "OPML list names no feeds (no xmlUrl)")
    for feed in feeds:
        for item in guarded(read_url(feed, fetcher, trusted=True), feed):
            if isinstance(item, RawArticle):
                yield item
            elif isinstance(item, Skipped):
                yield Skipped(f"{source}: {item.source}", item.reason)
            else:
                yield Notice(f"{source}: {item.source}", item.message)
