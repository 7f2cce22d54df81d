"""A page's publication date from its metadata only: ``<meta>`` tags, JSON-LD and ``<time>`` elements marked as the
publication time. Dates found by searching a page's visible text (a copyright year, a date in a sidebar, a
comment's timestamp) are not metadata and are not read here: a page without a declared date stays undated, and
the cleaner or the story dates it, saying how.
"""

from __future__ import annotations

import json
import re
from datetime import date
from email.utils import parsedate_to_datetime

from lxml import etree

META_NAMES = frozenset(
    {
        "article:published_time",
        "article:published",
        "og:published_time",
        "og:article:published_time",
        "datepublished",
        "date",
        "dc.date",
        "dc.date.issued",
        "dc.date.created",
        "dcterms.date",
        "dcterms.issued",
        "dcterms.created",
        "pubdate",
        "publishdate",
        "publish-date",
        "publish_date",
        "published_time",
        "published-date",
        "publication_date",
        "date_published",
        "sailthru.date",
        "parsely-pub-date",
        "citation_publication_date",
        "citation_date",
        "originalpublicationdate",
        "article_date_original",
        "rnews:datepublished",
        "displaydate",
        "release_date",
    }
)
"""``name``, ``property`` or ``itemprop`` values of meta tags that declare when a page was published."""

JSONLD_KEYS = ("datePublished", "dateCreated", "uploadDate")
_ISO = re.compile(r"^\s*((?:19|20)\d\d)[-/.]?(0[1-9]|1[0-2])[-/.]?(0[1-9]|[12]\d|3[01])(?!\d)")
_MAX_JSONLD_CHARS = 1_000_000


def metadata_date(tree: etree._Element) -> str | None:
    """The publication day a page's metadata declares, as ``YYYY-MM-DD``, or None."""
    for found in (_meta(tree), _jsonld(tree), _time_elements(tree)):
        for value in found:
            day = parse_day(value)
            if day:
                return day
    return None


def parse_day(value: str | None) -> str | None:
    """An ISO day from an ISO-8601 or RFC 2822 date string, or None."""
    if not value:
        return None
    m = _ISO.match(value)
    try:
        if m:
            return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
        return parsedate_to_datetime(value.strip()).date().isoformat()
    except (ValueError, TypeError, IndexError):
        return None


def _meta(tree: etree._Element) -> list[str]:
    out = []
    for el in tree.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        if key in META_NAMES and el.get("content"):
            out.append(el.get("content"))
    return out


def _jsonld(tree: etree._Element) -> list[str]:
    out: list[str] = []
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json" or not script.text:
            continue
        if len(script.text) > _MAX_JSONLD_CHARS:
            continue
        try:
            data = json.loads(script.text)
        except (json.JSONDecodeError, RecursionError):
            continue
        _collect(data, out, depth=0)
    return out


def _collect(data: object, out: list[str], depth: int) -> None:
    """Publication dates anywhere in a JSON-LD document (``@graph`` lists, nested objects)."""
    if depth > 6:
        return
    if isinstance(data, list):
        for item in data:
            _collect(item, out, depth + 1)
    elif isinstance(data, dict):
        out.extend(data[k] for k in JSONLD_KEYS if isinstance(data.get(k), str))
        for key in ("@graph", "mainEntity", "mainEntityOfPage"):
            _collect(data.get(key), out, depth + 1)


def _time_elements(tree: etree._Element) -> list[str]:
    return [
        el.get("datetime")
        for el in tree.iter("time")
        if el.get("datetime") and (el.get("pubdate") is not None or el.get("itemprop") == "datePublished")
    ]
