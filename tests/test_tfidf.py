"""TF-IDF matrices (``storyline.tfidf``) are scikit-learn's, value for value and in the same order in each row."""

from __future__ import annotations

import pytest
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer

from storyline.tfidf import tfidf_matrix

TEXT_SETS = [
    [
        "The council ordered weekly tests of the Vellin River below Carrow Weir.",
        "Samples taken at the weir last week still held traces of the solvent, the officer said.",
        "Anglers have been told to stay off the river until two tests in a row come back clean.",
        "The council said tests of the river would go on; the council meets again on Monday.",
    ],
    ["Genève café CAFÉ", "x_y __ a1 1a 22 22 22", "İstanbul STRASSE straße", "ﬁnal ligature"],
    ["the and of", "a river", ""],
    ["river", "river river river weir", "weir solvent"],
]


def sklearn_matrix(texts: list[str], sublinear: bool) -> sparse.csr_matrix | None:
    try:
        return TfidfVectorizer(stop_words="english", sublinear_tf=sublinear).fit_transform(texts).tocsr()
    except ValueError:
        return None


@pytest.mark.parametrize("sublinear", [True, False])
@pytest.mark.parametrize("texts", TEXT_SETS)
def test_tfidf_matrices_are_scikit_learns_byte_for_byte(texts: list[str], sublinear: bool) -> None:
    ours, theirs = tfidf_matrix(texts, sublinear), sklearn_matrix(texts, sublinear)
    assert theirs is not None and ours is not None
    assert type(ours) is type(theirs) and ours.shape == theirs.shape
    for part in ("data", "indices", "indptr"):
        a, b = getattr(ours, part), getattr(theirs, part)
        assert a.dtype == b.dtype and a.tobytes() == b.tobytes(), part
    assert ours.has_sorted_indices == theirs.has_sorted_indices


@pytest.mark.parametrize("texts", [[], [""], ["the and of", "a"]])
def test_tfidf_texts_without_a_term_give_no_matrix_where_scikit_learn_raises(texts: list[str]) -> None:
    assert tfidf_matrix(texts, True) is None and sklearn_matrix(texts, True) is None
