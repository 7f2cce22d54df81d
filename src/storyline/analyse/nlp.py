"""Loads the English spaCy pipeline once per process."""

from __future__ import annotations

from functools import lru_cache

import numpy as np
import spacy
from spacy.attrs import IS_SPACE
from spacy.language import Language
from spacy.tokens import Doc

from .attribute_rules import index_attribute_rules
from .lemmas import keep_lemmas
from .model import MODEL

_TEXT_KEY = "storyline.text"
_SENTS_KEY = "storyline.sentence_starts"


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """The shared pipeline (tagger, parser, NER), with paragraph breaks as sentence breaks, its attribute
    rules matched by arrays and its lemmas asked once per word (the same annotations, faster); loaded lazily so importing storyline stays cheap."""
    nlp = spacy.load(MODEL)
    nlp.add_pipe("storyline_paragraphs", before="parser")
    index_attribute_rules(nlp)
    keep_lemmas(nlp)
    return nlp


@Language.component("storyline_paragraphs")
def paragraph_breaks(doc: Doc) -> Doc:
    """Starts a sentence after every blank line: a paragraph that ends without a stop (a standfirst, a caption)
    is a sentence of its own, not the start of the next paragraph's (the parser keeps boundaries set before it)."""
    for i in np.flatnonzero(
        doc.to_array(IS_SPACE)[:-1]
    ).tolist():  # the spaces only, not a Token for each word
        if "\n\n" in doc[i].text:
            doc[i + 1].is_sent_start = True
    return doc


def doc_text(doc: Doc) -> str:
    """``doc.text``, computed once per Doc: spaCy joins every token's text on each access, so an extractor that
    reads it once per match is quadratic in the length of the article."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


def remember_text(doc: Doc, text: str) -> Doc:
    """Keep ``text``, the string ``doc`` was made from, as its :func:`doc_text`: spaCy's tokenizer keeps every
    character, so the text is the string given, and joining the tokens again (a Python object for each) is
    spared. A Doc whose tokens do not end where the string does is left to join its own."""
    last = doc[-1] if len(doc) else None
    if (last.idx + len(last.text_with_ws) if last is not None else 0) == len(text):
        doc.user_data[_TEXT_KEY] = text
    return doc


def sentence_starts(doc: Doc) -> list[int]:
    """The index of the first token of each token's sentence, computed once per Doc (``token.sent`` walks the
    sentence on every access)."""
    starts = doc.user_data.get(_SENTS_KEY)
    if starts is None:
        starts = [0] * len(doc)
        for sent in doc.sents:
            starts[sent.start : sent.end] = [sent.start] * (sent.end - sent.start)
        doc.user_data[_SENTS_KEY] = starts
    return starts
