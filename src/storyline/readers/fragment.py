"""HTML fragments (a feed entry's body) to plain paragraphs, without trafilatura's page-level heuristics."""

from __future__ import annotations

import re

import lxml.html
from lxml import etree

_BLOCKS = {
    "p",
    "div",
    "br",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "tr",
    "section",
    "article",
}
_DROP = ("script", "style", "noscript", "iframe", "object", "embed", "form")


def fragment_to_text(html: str) -> str:
    """Paragraph text of an HTML fragment: block elements become blank-line separated paragraphs."""
    if "<" not in html:
        return html.strip()
    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except (etree.ParserError, ValueError):
        return re.sub(r"<[^>]+>", " ", html).strip()
    for bad in root.iter(*_DROP):
        bad.drop_tree()
    parts: list[str] = []
    buf: list[str] = []

    def flush() -> None:
        line = " ".join("".join(buf).split())
        if line:
            parts.append(line)
        buf.clear()

    def walk(el: etree._Element) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in _BLOCKS:
            flush()
        if el.text and tag:
            buf.append(el.text)
        for child in el:
            walk(child)
            if child.tail:
                buf.append(child.tail)
        if tag in _BLOCKS:
            flush()

    walk(root)
    flush()
    return "\n\n".join(parts)
