"""Named-entity mentions from spaCy's NER, cleaned so the same name gets the same span everywhere.

The small model's spans carry noise that would split one entity into several spellings: a leading "the",
a possessive "'s", honorifics ("Mr", "Dr") and line breaks. Each mention is trimmed here; merging across
articles and fixing the model's type errors by consensus happen later in :mod:`storyline.canon`.
Titles and roles written next to a name ("Foreign Minister Ola Berg", "Berg, the Norwegian foreign
minister") are found by :func:`find_roles`, so a speaker named only by role can be linked to the person.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from ..models import Mention
from .nlp import doc_text

LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT"})

# Honorifics never belong to a name; kept lowercase without a final period.
HONORIFICS = frozenset(
    {"mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "lord", "lady", "prof", "rev", "fr", "hon"}
)
# Words of a title that the small model sometimes tags as part of a PERSON span.
TITLE_WORDS = frozenset(
    {
        "president",
        "vice",
        "prime",
        "minister",
        "foreign",
        "secretary",
        "general",
        "gen",
        "senator",
        "sen",
        "rep",
        "representative",
        "governor",
        "gov",
        "chancellor",
        "king",
        "queen",
        "prince",
        "princess",
        "pope",
        "ambassador",
        "envoy",
        "judge",
        "justice",
        "mayor",
        "chief",
        "director",
        "spokesman",
        "spokeswoman",
        "colonel",
        "col",
        "captain",
        "capt",
        "lt",
        "sgt",
        "commander",
        "state",
        "of",
        "us",
        "u.s.",
    }
)
_LEADING_ARTICLES = frozenset({"the", "a", "an"})
_POSSESSIVE = re.compile(r"(?:['’]s?|['’])$")
_EDGE_JUNK = " \t\r\n\"'“”‘’«»()[]{}.,;:!?-–—*#|"


@dataclass(frozen=True)
class RoleLink:
    """A role or title the text gives a named person ("Norwegian Foreign Minister" for "Ola Berg")."""

    start: int
    end: int
    text: str
    person: Mention


def find_mentions(doc: Doc) -> list[Mention]:
    """Every named entity in ``doc`` with its span cleaned; mentions with no letters are dropped."""
    mentions: list[Mention] = []
    text = doc_text(doc)
    for ent in doc.ents:
        if ent.label_ not in LABELS:
            continue
        for start, end in _split_lines(text, ent.start_char, ent.end_char):
            mention = _clean(text, start, end, ent.label_)
            if mention is not None:
                mentions.append(mention)
    return mentions


_LINE_BREAKS = re.compile(r"\n+")
_WORD = re.compile(r"\S+")


def _split_lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A span that crosses a line break is two names glued by the model (a caption and a headline)."""
    pieces, at = [], start
    for match in _LINE_BREAKS.finditer(text[start:end]):
        pieces.append((at, start + match.start()))
        at = start + match.end()
    pieces.append((at, end))
    return pieces


def _clean(text: str, start: int, end: int, label: str) -> Mention | None:
    start, end = _strip_edges(text, start, end)
    changed = True
    while changed and start < end:
        changed = False
        first = _WORD.match(text[start:end])
        word = first.group(0) if first else ""
        key = word.lower().rstrip(".")
        rest = text[start + len(word) : end].strip()
        drop_title = label == "PERSON" and (key in HONORIFICS or key in TITLE_WORDS)
        if rest and (key in _LEADING_ARTICLES or drop_title):
            start, end = _strip_edges(text, start + len(word), end)
            changed = True
        possessive = _POSSESSIVE.search(text[start:end])
        if possessive and possessive.start() > 0:
            end = start + possessive.start()
            start, end = _strip_edges(text, start, end)
            changed = True
    if start >= end or not any(ch.isalpha() for ch in text[start:end]):
        return None
    return Mention(start=start, end=end, text=text[start:end], label=label)


def _strip_edges(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _EDGE_JUNK:
        start += 1
    while end > start and text[end - 1] in _EDGE_JUNK:
        # A final period belongs to abbreviations such as "U.S." and "Inc."
        if text[end - 1] == "." and end - start > 2 and text[end - 3] == "." and text[end - 2].isalpha():
            break
        end -= 1
    return start, end


def find_roles(doc: Doc, mentions: Sequence[Mention]) -> list[RoleLink]:
    """Roles the text attaches to a named person, by apposition or as a title written before the name."""
    links: list[RoleLink] = []
    text = doc_text(doc)
    for mention in mentions:
        if mention.label != "PERSON":
            continue
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            continue
        head = span.root
        role = _title_before(doc, span) or _apposition(head, span)
        if role is not None:
            start, end = role
            links.append(RoleLink(start=start, end=end, text=text[start:end], person=mention))
    return links


_ROLE_DEPS = frozenset({"compound", "amod", "nmod", "prep", "pobj", "npadvmod", "nummod"})


def _title_before(doc: Doc, span) -> tuple[int, int] | None:
    """'Foreign Minister Ola Berg': the title words of the name's noun phrase, right before the name."""
    first, floor = span.start, span.root.left_edge.i
    while first > floor:
        token = doc[first - 1]
        if "\n" in token.text or "\n" in token.whitespace_:
            break
        if token.is_space:
            first -= 1
            continue
        if token.is_punct or token.dep_ not in _ROLE_DEPS or (token.pos_ == "ADP" and token.lower_ != "of"):
            break
        if token.lower_ == "and" or token.lower_.rstrip(".") in HONORIFICS:
            break
        first -= 1
    while first < span.start and (doc[first].lower_ == "of" or doc[first].is_space):
        first += 1
    if first == span.start:
        return None
    last = doc[span.start - 1]
    return doc[first].idx, last.idx + len(last)


def _apposition(head: Token, span) -> tuple[int, int] | None:
    """'Berg, the Norwegian foreign minister,' and 'the Norwegian foreign minister, Berg'."""
    doc = head.doc
    for child in head.children:
        adjacent = child.left_edge.i == span.end + 1 and doc[span.end].text == ","
        if child.dep_ == "appos" and child.tag_ == "NN" and adjacent:
            return _noun_phrase(child)
    role = head.head
    if (
        head.dep_ == "appos"
        and role.tag_ == "NN"
        and role.i == span.start - 2
        and doc[role.i + 1].text == ","
    ):
        return _noun_phrase(role, stop=span.start)
    return None


def _noun_phrase(noun: Token, stop: int | None = None) -> tuple[int, int] | None:
    """The role's words: the noun, its modifiers on the left and an 'of ...' on the right, no determiner."""
    doc = noun.doc
    first, last = noun.left_edge.i, noun.i
    for child in noun.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            last = child.right_edge.i
    if stop is not None:
        last = min(last, stop - 1)
    while first <= last and (doc[first].dep_ in {"det", "poss"} or doc[first].is_punct):
        first += 1
    while last >= first and doc[last].is_punct:
        last -= 1
    if first > last:
        return None
    return doc[first].idx, doc[last].idx + len(doc[last])
