"""Words around a number: the token at a character offset, the word written before an offset, and a phrase
as plain words. Every stage of claim extraction looks things up this way."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token


def token_at(doc: Doc, char: int) -> Token | None:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def word_before(text: str, start: int) -> str:
    match = re.search(r"([#\w.]+)[\s,]*$", text[max(0, start - 30) : start])
    return match.group(1) if match else ""


def clean(text: str) -> str:
    """A phrase as plain words: one space between them and no leading article."""
    return re.sub(r"^(?:the|a|an) ", "", " ".join(text.split()), flags=re.I)
