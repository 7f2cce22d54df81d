"""``find_dates``: every temporal expression of a parsed article, with its tense from the parse."""

from __future__ import annotations

from datetime import date, datetime

from spacy.tokens import Doc

from ...models import DateRef
from ..nlp import doc_text
from .resolution import RULES, build, candidates, contextualise
from .tense import governing_tense, is_word_use


def find_dates(doc: Doc, reference: date | None) -> list[DateRef]:
    """Every temporal expression in ``doc.text``, resolved against the publication day ``reference``.

    With ``reference`` None, relative expressions keep their type and ``anchor`` (the tense) but get no value;
    absolute ones ("May 7, 2013") still resolve.
    """
    if isinstance(reference, datetime):
        reference = reference.date()
    text = doc_text(doc)
    refs = []
    for c in candidates(text):
        if is_word_use(doc, c.start, c.end, RULES[c.rule].name):
            continue
        possessive = text.startswith(("'s", "’s"), c.end)
        tense = "past" if possessive else governing_tense(doc, c.start, c.end)
        refs.append(build(c, text, reference, tense))
    return contextualise(refs, text, reference)
