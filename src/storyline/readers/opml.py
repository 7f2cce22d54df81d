"""OPML subscription lists: the feeds they name are sources the user chose, read as if named on the command
line (fetched wherever they are)."""

from __future__ import annotations

import re

import lxml.etree as etree

_OPML = re.compile(r"<opml[\s>]", re.IGNORECASE)
_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")


def looks_like_opml(text: str) -> bool:
    return _OPML.search(text[:2048]) is not None


def opml_feeds(text: str) -> list[str]:
    """The feed addresses (``xmlUrl``) an OPML document lists, in order, without repeats.

    Raises ValueError when the document is not well-formed XML.
    """
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, recover=False)
    try:
        root = etree.fromstring(_DECLARATION.sub("", text, count=1), parser)
    except etree.XMLSyntaxError as exc:
        raise ValueError(f"malformed OPML ({exc})") from exc
    urls = [
        (outline.get("xmlUrl") or outline.get("xmlurl") or "").strip() for outline in root.iter("outline")
    ]
    return list(dict.fromkeys(u for u in urls if u))
