"""Quotations in one article: direct, mixed and indirect, with cue, speaker and pronoun resolution.

Follows the shape of BBC Citron (cue -> source -> content) with rules on spaCy's dependency parse instead
of trained classifiers, and textacy's quote-mark pairing for direct speech:

1. quotation marks are paired into segments, across paragraphs when the next paragraph reopens the quote;
2. every reporting verb ("said", "told", "according to") outside a segment is a cue; its clausal
   complement is the content (indirect, or mixed when it holds a quoted segment), else the quoted segment
   next to it is (direct); its subject is the speaker;
3. a quoted segment that stands alone as a sentence continues the previous quote's speaker;
4. pronoun, relative-pronoun and role speakers ("he", "who", "the Norwegian fisheries minister") are resolved to
   the nearest fitting named person in the article.

Modules, each importing only those listed before it: ``patterns`` (word lists and quotation-mark tables),
``segments`` (an index of spans by position), ``marks`` (pairing quotation marks into segments),
``content`` (draft quotes and their content spans), ``tails`` (the speaker's next act and the occasion of
speaking, which the parse hangs on a content), ``speakers`` (a cue's subject phrase), ``adjacent``
(the quote next to a reporting verb), ``cues`` (quotes from cues in the parse), ``layouts`` (quotes from
colon labels, headlines, signatures and trailing cues), ``continuations`` (quoted sentences that go on from
the quote beside them), ``resolution`` (speaker phrases to named mentions) and ``extract``
(``find_quotes``, which runs them all).
"""

from __future__ import annotations

from .extract import find_quotes
from .marks import quote_segments

__all__ = ["find_quotes", "quote_segments"]
