"""WARC files: every HTML response record becomes an article (read with warcio, streamed)."""

from __future__ import annotations

import io
from collections.abc import Iterator

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from .base import Item, Skipped
from .decode import NotText, decode
from .html import read_html
from .limits import MAX_FILE_BYTES


def read_warc(data: bytes, source: str) -> Iterator[Item]:
    """HTML responses of a WARC (gzipped or not) as articles; other records are ignored."""
    found = 0
    try:
        for record in ArchiveIterator(io.BytesIO(data)):
            if record.rec_type != "response" or record.http_headers is None:
                continue
            ctype = (record.http_headers.get_header("Content-Type") or "").lower()
            if "html" not in ctype:
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            where = f"{source}#{url}"
            found += 1
            body = record.content_stream().read(MAX_FILE_BYTES + 1)
            if len(body) > MAX_FILE_BYTES:
                yield Skipped(where, "response body over the size limit")
                continue
            charset = ctype.split("charset=")[-1].strip() if "charset=" in ctype else None
            try:
                html = decode(body, charset)
            except NotText as exc:
                yield Skipped(where, str(exc))
                continue
            yield from read_html(html, where, url=url)
    except ArchiveLoadFailed as exc:
        yield Skipped(source, f"not a readable WARC file ({exc})")
        return
    if not found:
        yield Skipped(source, "WARC file has no HTML responses")
