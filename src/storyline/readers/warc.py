"""WARC and ARC archives (warcio): every HTML page in a ``response`` or ``resource`` record becomes an article.

Archives are streamed record by record from the file (gzip decompressed as a stream, whether or not each record is
its own gzip member), so memory is bounded by the largest record, not the archive: crawls come in gigabytes. A
record that cannot be read is skipped by its URL; an archive cut short keeps every record before the cut.
"""

from __future__ import annotations

import gzip
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator

from .base import Item, Skipped
from .decode import NotText, decode
from .html import looks_like_html, read_html
from .limits import MAX_FILE_BYTES

PAGE_RECORDS = ("response", "resource")
_GENERIC_TYPES = ("", "application/octet-stream", "text/plain", "unknown/unknown")


class CutShort(ValueError):
    """Compressed data that ends before its end marker."""


class _Gunzipped:
    """A gzip stream whose early end is an error: the gzip module says EOFError, which warcio takes for the
    archive's normal end and would read a cut-short archive as a short one."""

    def __init__(self, stream: gzip.GzipFile) -> None:
        self.stream = stream
        self.cut: CutShort | None = None

    def read(self, size: int = -1) -> bytes:
        if self.cut is not None:  # every later read fails too: the archive's end is not a normal one
            raise self.cut
        try:  # read1: what one step decompresses, so a cut loses only the bytes after it
            return self.stream.read1(size)
        except EOFError as exc:
            self.cut = CutShort(f"compressed data ends early ({exc})")
            raise self.cut from exc

    def tell(self) -> int:
        return self.stream.tell()


def read_warc_file(path: Path, source: str) -> Iterator[Item]:
    """The HTML pages of the archive at ``path`` (gzipped or not)."""
    with path.open("rb") as raw:
        gzipped = raw.read(2) == b"\x1f\x8b"
        raw.seek(0)
        if not gzipped:
            yield from read_warc(raw, source)
            return
        with gzip.GzipFile(fileobj=raw) as unzipped:
            yield from read_warc(_Gunzipped(unzipped), source)


def read_warc(stream: BinaryIO | _Gunzipped, source: str) -> Iterator[Item]:
    """The HTML pages of an archive read from ``stream`` (uncompressed, or gzipped record by record)."""
    records = pages = 0
    try:
        for record in ArchiveIterator(stream, arc2warc=True):
            records += 1
            content_type = _page_type(record)
            if content_type is None:
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            where = f"{source}#{url or f'record {records}'}"
            try:
                body = record.content_stream().read(MAX_FILE_BYTES + 1)
            except Exception as exc:  # a record's payload cut short or wrongly encoded
                yield Skipped(where, f"record could not be read ({type(exc).__name__}: {exc})")
                continue
            if len(body) > MAX_FILE_BYTES:
                yield Skipped(where, f"record body over the {MAX_FILE_BYTES:,}-byte limit")
                continue
            if not content_type and not looks_like_html(body[:4096].decode("latin-1")):
                continue
            pages += 1
            charset = (
                content_type.split("charset=")[-1].split(";")[0].strip()
                if "charset=" in content_type
                else None
            )
            try:
                html = decode(body, charset)
            except NotText as exc:
                yield Skipped(where, str(exc))
                continue
            try:
                yield from read_html(html, where, url=url)
            except Exception as exc:  # one page's bug must not cost the archive's other records
                yield Skipped(where, f"page could not be read ({type(exc).__name__}: {exc})")
    except Exception as exc:  # cut short or corrupt: what was read before stays read
        yield Skipped(
            source, f"archive cut short or corrupt after {records} records ({type(exc).__name__}: {exc})"
        )
        return
    if not pages:
        yield Skipped(source, "archive has no HTML pages (response or resource records)")


def _page_type(record: object) -> str | None:
    """The content type of a record that may hold a page ("" when undeclared), None for any other record."""
    if record.rec_type not in PAGE_RECORDS:
        return None
    if record.rec_type == "response":
        if record.http_headers is None:
            return None
        status = record.http_headers.get_statuscode() or ""
        if not status.startswith("2"):
            return None
        declared = record.http_headers.get_header("Content-Type") or ""
    else:
        declared = record.rec_headers.get_header("Content-Type") or ""
    declared = declared.lower()
    if "html" in declared:
        return declared
    return "" if declared.split(";")[0].strip() in _GENERIC_TYPES else None
