"""TF-IDF matrices exactly as scikit-learn's ``TfidfVectorizer(stop_words="english")`` makes them, without the
checks and conversions it repeats at every fit.

A story's reconstruction fits three small matrices (its timeline's, its summary's and its coverage's sentences)
and a storyline's fits them again over its stories' sentences: scikit-learn's validation of its parameters and
inputs cost more than the counting, and each fit split the same sentences into words again. Here each sentence's
terms are found and counted once (and remembered for the next fit), every text's terms are numbered at once, and
the matrix is built in the same steps as
scikit-learn's (1.9): counts in the order each term first appears, rows sorted by that order, columns then
numbered by the terms' alphabetical order without sorting the rows again, smoothed inverse document frequencies
and scikit-learn's own L2 normalisation. So every value, and the order of the values in each row (which decides
how later products add up), is the same.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS
from sklearn.utils.sparsefuncs_fast import inplace_csr_row_normalize_l2

_TOKEN = re.compile(r"(?u)\b\w\w+\b")
"""scikit-learn's default ``token_pattern``."""
REMEMBERED = 100_000
"""Texts whose terms are remembered (the sentences of the stories being reconstructed, and of their storylines
built after every story of a refresh: as many as ``reconstruct.text`` remembers)."""


def terms(text: str) -> tuple[str, ...]:
    """The terms scikit-learn's analyzer finds in ``text``: runs of two or more word characters, lower case,
    English stop words left out."""
    return tuple(t for t in _TOKEN.findall(text.lower()) if t not in ENGLISH_STOP_WORDS)


@lru_cache(maxsize=REMEMBERED)
def counted_terms(text: str) -> tuple[tuple[str, ...], tuple[int, ...]]:
    """The distinct terms of ``text`` in the order each first appears, and how often each appears. Remembered:
    a sentence is counted again for each of its story's matrices and again in its storyline."""
    counted = Counter(terms(text))
    return tuple(counted), tuple(counted.values())


def tfidf_matrix(texts: Sequence[str], sublinear: bool) -> sparse.csr_matrix | None:
    """L2-normalised TF-IDF rows of ``texts`` (smoothed idf; term counts ``1 + log`` when ``sublinear``), as
    ``TfidfVectorizer(stop_words="english", sublinear_tf=sublinear).fit_transform(texts)`` gives them; None
    where it raises (no text has a term)."""
    found: list[str] = []  # each text's distinct terms, one text after the other
    counts: list[int] = []
    lengths: list[int] = []
    for text in texts:
        distinct, n = counted_terms(text)
        found.extend(distinct)
        counts.extend(n)
        lengths.append(len(distinct))
    # terms numbered in the order each first appears, as scikit-learn's vocabulary grows
    vocabulary = dict(zip(dict.fromkeys(found), itertools.count()))
    if not vocabulary:
        return None
    indptr = np.zeros(len(texts) + 1, dtype=np.int32)
    np.cumsum(lengths, out=indptr[1:])
    matrix = sparse.csr_matrix(
        (
            np.asarray(counts, dtype=np.float64),
            _numbers(vocabulary, found, np.int32),
            indptr,
        ),
        shape=(len(texts), len(vocabulary)),
    )
    matrix.sort_indices()  # by first appearance, as scikit-learn counts
    alphabetical = np.empty(len(vocabulary), dtype=np.int32)  # each term's rank in alphabetical order
    ordered = sorted(vocabulary)
    alphabetical[_numbers(vocabulary, ordered, np.intp)] = np.arange(len(ordered), dtype=np.int32)
    matrix.indices = alphabetical.take(matrix.indices)  # the rows are not sorted again
    data = matrix.data
    if sublinear:
        np.log(data, data)
        data += 1.0
    frequency = np.bincount(matrix.indices, minlength=len(vocabulary)).astype(np.float64)
    frequency += 1.0
    idf = np.full_like(frequency, fill_value=len(texts) + 1, dtype=np.float64)
    idf /= frequency
    np.log(idf, out=idf)
    idf += 1.0
    data *= idf[matrix.indices]
    inplace_csr_row_normalize_l2(matrix)
    return sparse.csr_matrix(matrix)


def _numbers(vocabulary: dict[str, int], found: Sequence[str], dtype: type) -> np.ndarray:
    """The number of each of ``found`` in ``vocabulary``, as an array."""
    return np.fromiter(map(vocabulary.__getitem__, found), dtype=dtype, count=len(found))
