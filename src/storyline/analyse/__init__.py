"""Per-article analysis, the only part of storyline that uses spaCy: one parse per article (``nlp``, ``run``),
then each extractor on the same Doc: ``entities``, ``dates``, ``quotes`` and ``claims``, giving plain
annotations with offsets into the text. ``parallel`` runs it in local processes or on a Dask cluster.

The date rules in ``dates.rules``/``dates.resolution`` need no parse, so the cross-article steps use them to
resolve an article's dates again without loading the model."""
