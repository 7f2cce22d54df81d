"""The model's rule lemmatizer asked once per word, part of speech and morphology in a document, not once per token.

spaCy's rule lemmatizer answers from the word, its part of speech and its morphology alone, but keeps its answers
only for the words it looks up in its tables: the many it leaves as they are (a singular noun, a base verb) are
judged again at every token, in Python, a twentieth of the whole spaCy pass on news text. This component stands
before it and sets every token's lemma from the lemmatizer's own answer for that word, part of speech and
morphology, asked once and kept; the lemmatizer, which would find every lemma set (it never overwrites one, as
the model ships it), is then left out of the pass. Lemmas are those of the stock pipeline.
"""

from __future__ import annotations

import numpy as np
from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.language import Language
from spacy.tokens import Doc

MAX_KEPT = 500_000
"""Answers kept here before this store starts again (bounded over millions of articles; the lemmatizer's own
cache of the words it looks up is spaCy's, as in the stock pipeline)."""


class KeptLemmas:
    """Sets the lemma of every token that has none, from the pipeline's rule lemmatizer."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp
        self.kept: dict[bytes, int] = {}

    def __call__(self, doc: Doc) -> Doc:
        lemmatizer = self.nlp.get_pipe("lemmatizer") if "lemmatizer" in self.nlp.component_names else None
        if lemmatizer is None or not len(doc):
            return doc
        columns = doc.to_array([ORTH, POS, MORPH, LEMMA])
        todo = np.flatnonzero(columns[:, 3] == 0)
        if not len(todo):
            return doc
        # each token's word, part of speech and morphology as one value of their bytes (quicker to sort and to
        # read out than rows of three numbers)
        rows = np.ascontiguousarray(columns[todo, :3])
        rows = rows.view(np.dtype((np.void, 3 * rows.dtype.itemsize))).ravel()
        keys, first, inverse = np.unique(rows, return_index=True, return_inverse=True)
        if len(self.kept) + len(keys) > MAX_KEPT:
            self.kept.clear()
        found = np.empty(len(keys), dtype=np.uint64)
        for k, key in enumerate(keys.tolist()):
            lemma = self.kept.get(key)
            if lemma is None:
                token = doc[int(todo[first[k]])]
                lemma = self.kept[key] = doc.vocab.strings.add(lemmatizer.lemmatize(token)[0])
            found[k] = lemma
        lemmas = columns[:, 3].copy()
        lemmas[todo] = found[inverse.ravel()]
        doc.from_array([LEMMA], lemmas.reshape(-1, 1))
        return doc


@Language.factory("storyline_lemmas")
def make_kept_lemmas(nlp: Language, name: str) -> KeptLemmas:
    return KeptLemmas(nlp)


def keep_lemmas(nlp: Language) -> None:
    """Put :class:`KeptLemmas` in place of a rule lemmatizer that never overwrites a lemma (the model's, kept
    in the pipeline disabled for KeptLemmas to ask), and let its lists of known words answer "is this word one"
    from a set (:class:`KnownWords`); any other lemmatizer is left to run as it is."""
    if "lemmatizer" not in nlp.pipe_names:
        return
    lemmatizer = nlp.get_pipe("lemmatizer")
    if getattr(lemmatizer, "mode", None) != "rule" or getattr(lemmatizer, "overwrite", True):
        return
    nlp.add_pipe("storyline_lemmas", before="lemmatizer")
    nlp.disable_pipe(
        "lemmatizer"
    )  # every lemma is set before it: it would only walk the tokens to find none unset
    index = lemmatizer.lookups.get_table("lemma_index", {})
    for pos, words in list(index.items()):
        if isinstance(words, list) and not isinstance(words, KnownWords):
            index[pos] = KnownWords(words)


class KnownWords(list):
    """A part of speech's list of known words (the rule lemmatizer's ``lemma_index``) that answers ``in`` from a
    set: the lemmatizer asks whether each form its rules make is a known word, and a list of 57,000 nouns is
    read through for every form it does not hold. The same words in the same order; only ``in`` is faster."""

    def __init__(self, words: list[str]) -> None:
        super().__init__(words)
        self.known = frozenset(words)

    def __contains__(self, word: object) -> bool:
        return word in self.known
