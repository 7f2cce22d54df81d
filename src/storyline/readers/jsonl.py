"""JSON-lines dumps (``.jsonl``, ``.jsonl.gz``): one article a line; a broken line is skipped by number."""

from __future__ import annotations

import json
from collections.abc import Iterator

from ..models import RawArticle
from .base import Item, Skipped, language_tag
from .html import read_html
from .limits import MAX_LINE_CHARS

KNOWN = ("id", "text", "html", "title", "url", "published", "outlet", "author", "language")


def lines(text: str) -> Iterator[str]:
    """The lines of ``text`` one at a time (``splitlines`` would hold a second copy of a 50 MB dump)."""
    start = 0
    while start < len(text):
        end = text.find("\n", start)
        if end < 0:
            end = len(text)
        yield text[start:end].rstrip("\r")
        start = end + 1


def read_jsonl(text: str, source: str) -> Iterator[Item]:
    """Each good line becomes an article (fields as CONTRACT.md lists; unknown fields kept as metadata)."""
    seen_any = False
    for n, line in enumerate(lines(text), start=1):
        if not line.strip():
            continue
        seen_any = True
        where = f"{source}:{n}"
        if len(line) > MAX_LINE_CHARS:
            yield Skipped(where, f"line is {len(line):,} characters, over the {MAX_LINE_CHARS:,} limit")
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Skipped(where, f"not valid JSON ({exc.msg})")
            continue
        if not isinstance(rec, dict):
            yield Skipped(where, "line is not a JSON object")
            continue
        try:
            yield from _record(rec, where)
        except Exception as exc:  # one record's bug must not cost the dump's other lines
            yield Skipped(where, f"record could not be read ({type(exc).__name__}: {exc})")
    if not seen_any:
        yield Skipped(source, "empty file")


def _str(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _record(rec: dict, where: str) -> Iterator[Item]:
    metadata = {k: v for k, v in rec.items() if k not in KNOWN}
    if rec.get("id") is not None:
        metadata["record_id"] = str(rec["id"])
    fields = {k: _str(rec.get(k)) for k in ("title", "url", "outlet", "author")}
    fields["language"] = language_tag(rec.get("language"))
    published = _str(rec.get("published"))
    text = rec.get("text")
    if isinstance(text, str) and text.strip():
        yield RawArticle(
            source=where, text=text, published=published, metadata=metadata, explicit_text=True, **fields
        )
        return
    html = rec.get("html")
    if isinstance(html, str) and html.strip():
        for item in read_html(html, where, url=fields["url"]):
            if isinstance(item, RawArticle):
                item = RawArticle(
                    source=where,
                    text=item.text,
                    title=fields["title"] or item.title,
                    url=fields["url"] or item.url,
                    outlet=fields["outlet"] or item.outlet,
                    author=fields["author"] or item.author,
                    published=published or item.published,
                    language=fields["language"] or item.language,
                    metadata={**item.metadata, **metadata},
                )
            yield item
        return
    yield Skipped(where, "record has no 'text' or 'html'")
