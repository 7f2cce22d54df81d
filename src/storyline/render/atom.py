"""Atom feeds (RFC 4287) of what following changed: a story's changes, the store's new and changed stories, a
saved search's new matches. Built with ElementTree, so every title and text from an article is escaped.

Entry ids are ``urn:storyline:…`` names of what the entry tells (a change's id, a story and the changes of one
chunk, a watch and an article), so a feed reader never shows the same entry twice however often it polls.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass, field

ATOM = "http://www.w3.org/2005/Atom"
CONTENT_TYPE = "application/atom+xml; charset=utf-8"
EPOCH = "1970-01-01T00:00:00+00:00"
"""A feed's ``updated`` when it has no entries yet."""


@dataclass(frozen=True)
class AtomEntry:
    """One entry: its stable id, title, time, the page it links to, its text, and the links of its sources."""

    id: str
    title: str
    updated: str
    link: str
    text: str
    related: tuple[tuple[str, str], ...] = field(default=())
    """(href, title) of each source the entry cites."""


def atom_feed(
    feed_id: str, title: str, self_link: str, page_link: str, entries: Sequence[AtomEntry]
) -> bytes:
    """The feed document, newest entry first, as UTF-8 bytes."""
    ET.register_namespace("", ATOM)
    root = ET.Element(f"{{{ATOM}}}feed")
    _text(root, "id", feed_id)
    _text(root, "title", title)
    ordered = sorted(entries, key=lambda e: (e.updated, e.id), reverse=True)
    _text(root, "updated", ordered[0].updated if ordered else EPOCH)
    author = ET.SubElement(root, f"{{{ATOM}}}author")
    _text(author, "name", "storyline")
    ET.SubElement(root, f"{{{ATOM}}}link", rel="self", href=self_link, type="application/atom+xml")
    ET.SubElement(root, f"{{{ATOM}}}link", rel="alternate", href=page_link, type="text/html")
    _text(root, "generator", "storyline")
    for e in ordered:
        entry = ET.SubElement(root, f"{{{ATOM}}}entry")
        _text(entry, "id", e.id)
        _text(entry, "title", e.title)
        _text(entry, "updated", e.updated)
        ET.SubElement(entry, f"{{{ATOM}}}link", rel="alternate", href=e.link, type="text/html")
        for href, label in e.related:
            ET.SubElement(entry, f"{{{ATOM}}}link", rel="related", href=href, title=label, type="text/html")
        content = ET.SubElement(entry, f"{{{ATOM}}}content", type="text")
        content.text = _clean(e.text)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def _text(parent: ET.Element, tag: str, value: str) -> None:
    ET.SubElement(parent, f"{{{ATOM}}}{tag}").text = _clean(value)


def _clean(value: str) -> str:
    """``value`` without the control characters XML 1.0 cannot hold (scraped text has them)."""
    return "".join(ch for ch in value if (ch in "\t\n\r" or ord(ch) >= 0x20) and _xml_char(ch))


def _xml_char(ch: str) -> bool:
    return not (0xD800 <= ord(ch) <= 0xDFFF or ch in "\ufffe\uffff")
