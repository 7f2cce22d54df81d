"""A news page's lead (standfirst): the paragraph under the headline that sums the story up, which body
extractors often leave out because the page sets it apart from the body's paragraphs.

It is found two ways, the first that answers wins, and is only ever text the page shows:

- the page's description (``<meta name="description">``, ``og:description``) when the page also shows it: the
  shortest visible element that opens with the description's first words is the lead, in the page's words;
- an element between the headline (``<h1>``) and the body's first paragraph whose class names a lead (``lead``,
  ``intro``, ``teaser``, ``standfirst``, ``summary``, ``dek``…), not a caption, a credit or a link list.
"""

from __future__ import annotations

import re

from lxml import etree

from ..clean.language import word_count

MIN_WORDS = 8
MAX_WORDS = 150
MAX_ELEMENTS = 20_000
"""Pages with more elements than this are not searched (each candidate's text is read from its subtree)."""
DESCRIPTIONS = ("description", "og:description", "twitter:description")
_LEAD_CLASS = re.compile(
    r"(?:^|[-_\s])(?:lead|intro|teaser|excerpt|standfirst|summary|subtitle|subline|dek|deck|abstract)"
    r"(?:[-_\s]|$)",
    re.I,
)
_NOT_LEAD_CLASS = re.compile(
    r"caption|credit|photo|image|img|media|figure|author|bio|newsletter|related", re.I
)
_SENTENCE_END = tuple(".!?…\"”»“'’)。！？")
_BLOCKS = ("p", "div", "span", "h2", "h3", "h4", "li", "strong", "b", "em", "blockquote", "td", "dd")


def _norm(text: str) -> str:
    return " ".join(text.split())


def find_lead(tree: etree._Element, body: str) -> str | None:
    """The page's lead when it is not already in the extracted ``body``, else None."""
    flat_body = _norm(body)
    elements = [el for el, _ in zip(tree.iter(), range(MAX_ELEMENTS + 1), strict=False)]
    if not flat_body or len(elements) > MAX_ELEMENTS:
        return None
    blocks = [el for el in elements if el.tag in _BLOCKS]
    lead = _described(tree, blocks) or _by_class(elements, body)
    if lead is None or lead in flat_body or "©" in lead:
        return None
    return lead


def _text(el: etree._Element) -> str:
    return _norm(el.text_content())


def _prose(el: etree._Element, text: str) -> bool:
    """Running text: sentences (a subtitle is a heading, not a lead), not mostly links."""
    words = word_count(text)
    if not MIN_WORDS <= words <= MAX_WORDS or not (text.endswith(_SENTENCE_END) or words >= 20):
        return False
    linked = sum(len(_norm(a.text_content())) for a in el.iter("a"))
    return linked <= 0.3 * len(text)


def _described(tree: etree._Element, blocks: list[etree._Element]) -> str | None:
    description = next(
        (
            _norm(m.get("content") or "")
            for m in tree.iter("meta")
            if (m.get("property") or m.get("name") or "").lower() in DESCRIPTIONS and m.get("content")
        ),
        "",
    )
    opening = " ".join(description.split()[:6])
    if word_count(description) < MIN_WORDS or len(opening) < 20:
        return None
    best = None
    for el in blocks:
        text = _text(el)
        if text.startswith(opening) and _prose(el, text) and (best is None or len(text) < len(best)):
            best = text
    return best


def _by_class(elements: list[etree._Element], body: str) -> str | None:
    headline = next((i for i, el in enumerate(elements) if el.tag == "h1"), None)
    opening = _norm(body.split("\n", 1)[0])[:60]
    start = next(
        (
            i
            for i, el in enumerate(elements)
            if el.tag in ("p", "div", "span", "li", "h2", "h3") and _norm(el.text or "").startswith(opening)
        ),
        None,
    )
    if headline is None or start is None or headline > start:
        return None
    for el in elements[headline + 1 : start]:
        if el.tag not in _BLOCKS:
            continue
        names = " ".join(filter(None, (el.get("class"), el.get("id"))))
        if not names or not _LEAD_CLASS.search(names) or _NOT_LEAD_CLASS.search(names):
            continue
        if any(a.tag in ("figure", "figcaption") for a in el.iterancestors()):
            continue
        text = _text(el)
        if _prose(el, text):
            return text
    return None
