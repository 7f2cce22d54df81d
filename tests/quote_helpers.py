"""Quotes found in a sentence, as the quote tests read them: content, speaker words and cue."""

from __future__ import annotations

from storyline.analyse.entities import find_mentions
from storyline.analyse.quotes import find_quotes


def found_quotes(nlp, text: str) -> list[tuple[str, str | None, str | None]]:
    """Each quote's content, speaker words and cue, unresolved, in text order."""
    doc = nlp(text)
    return [(q.text, q.speaker, q.cue) for q in find_quotes(doc, find_mentions(doc), resolve=False)]
