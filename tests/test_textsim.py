"""Words, sentences and similarity (``storyline.textsim``), on hand-written text."""

from __future__ import annotations

from collections import Counter

import numpy as np
import pytest

from storyline import textsim
from storyline.textsim import (
    Vectors,
    bare_words,
    content_words,
    count_cosine,
    csr,
    dense_rows,
    dot,
    fold,
    group_alike,
    lower_words,
    row_cosines,
    row_dot,
    sentences,
    take_rows,
    used_columns,
    words,
)


def test_textsim_sentences_keep_abbreviations_and_initials_together():
    text = "Officials in the U.S. said so. Mr. Kerry agreed.\nNext line"
    assert [text[s:e] for s, e in sentences(text)] == [
        "Officials in the U.S. said so.", "Mr. Kerry agreed.", "Next line",
    ]  # fmt: skip


def test_textsim_sentences_end_after_a_closing_quote_and_at_line_breaks():
    text = 'He said "yes." Then he left!\nNew line without stop'
    assert [text[s:e] for s, e in sentences(text)] == [
        'He said "yes."',
        "Then he left!",
        "New line without stop",
    ]


def test_textsim_words_keep_an_inner_apostrophe_and_case():
    assert words("The mayor's office, 2013: don't") == ["The", "mayor's", "office", "2013", "don't"]


def test_textsim_lower_words_are_every_run_of_word_characters():
    assert lower_words("Mayor's office_2") == ["mayor", "s", "office_2"]


def test_textsim_content_words_drop_function_words_dates_plurals_and_possessives():
    assert content_words("The minister's talks in Geneva on Monday, with Lavrov’s plans") == [
        "minister",
        "talk",
        "geneva",
        "lavrov",
        "plan",
    ]


def test_textsim_bare_words_split_hyphens_and_trim_punctuation():
    assert bare_words("Death-toll (revised), 'killed'") == ["death", "toll", "revised", "killed"]


def test_textsim_fold_drops_accents_and_case():
    assert [fold(w) for w in ("Genève", "SERGEÏ", "Łódź")] == ["geneve", "sergei", "łodz"]


def test_textsim_fold_keeps_text_without_accents_as_it_is_but_for_case():
    # plain ASCII, curly quotes and letters with no accent to drop, and a ligature that decomposes
    assert fold("The Harbour Board") == "the harbour board"
    assert fold("“We’ll see,” ŁUKASZ said") == "“we’ll see,” łukasz said"
    assert fold("ﬁnal İzmir") == "final izmir"


def test_textsim_dot_of_unit_vectors_is_their_cosine():
    a, b = {"x": 0.6, "y": 0.8}, {"y": 1.0}
    assert dot(a, b) == dot(b, a) == 0.8


def test_textsim_count_cosine_of_bags_of_words():
    assert count_cosine(Counter("aab"), Counter("aab")) == 1.0
    assert count_cosine(Counter("a"), Counter("b")) == 0.0
    assert count_cosine(Counter(), Counter("a")) == 0.0


ALIKE = [
    "The dam at Quillmoor was closed after engineers found cracks in its wall.",
    "Engineers found cracks in the wall of the Quillmoor dam, which was closed.",
    "Ferry crossings on Lake Ambry were halted while the hull is repaired.",
    "The Quillmoor dam stays closed while engineers inspect the cracks.",
    "Crossings of Lake Ambry by ferry were halted for hull repairs.",
    "Rain is expected across the north of the country this weekend.",
]


def test_textsim_grouping_a_block_of_rows_at_a_time_groups_as_all_at_once(monkeypatch) -> None:
    matrix = Vectors(ALIKE).matrix
    order = [3, 0, 1, 4, 2, 5]
    at_once = group_alike(matrix, order, 0.3)
    monkeypatch.setattr(textsim, "PAIRS_AT_ONCE", 1)  # one row's pairs at a time
    assert group_alike(matrix, order, 0.3) == at_once and len(at_once) < len(ALIKE)


def test_textsim_grouping_leaves_out_the_rows_not_in_the_order() -> None:
    matrix = Vectors(ALIKE).matrix
    grouped = group_alike(matrix, [2, 0, 1], 0.3)
    assert sorted(i for group in grouped for i in group) == [0, 1, 2] and grouped[0] == [2]


@pytest.mark.parametrize("picked", [[3], [0, 0, 5], [5, 1, 3, 1], list(range(6))])
def test_textsim_take_rows_gives_scipys_rows_in_the_same_arrays(picked: list[int]) -> None:
    for sublinear in (True, False):
        matrix = Vectors(ALIKE, sublinear=sublinear).matrix
        taken, scipys = take_rows(matrix, picked), matrix[picked]
        assert taken.shape == scipys.shape
        for part in ("data", "indices", "indptr"):
            mine, theirs = getattr(taken, part), getattr(scipys, part)
            assert mine.dtype == theirs.dtype and np.array_equal(mine, theirs)
        assert taken.has_sorted_indices == scipys.has_sorted_indices


def test_textsim_take_rows_refuses_a_row_out_of_range() -> None:
    with pytest.raises(IndexError):
        take_rows(Vectors(ALIKE).matrix, [6])


@pytest.mark.parametrize("picked", [[3], [0, 5], [5, 1, 3, 1], list(range(6))])
def test_textsim_used_columns_give_scipys_columns_in_the_same_arrays(picked: list[int]) -> None:
    rows = take_rows(Vectors(ALIKE).matrix, picked)
    columns, taken = used_columns(rows)
    scipys = rows[:, columns]
    assert list(columns) == sorted(set(rows.indices)) and taken.shape == scipys.shape
    for part in ("data", "indices", "indptr"):
        mine, theirs = getattr(taken, part), getattr(scipys, part)
        assert mine.dtype == theirs.dtype and np.array_equal(mine, theirs)


def test_textsim_csr_is_scipys_matrix_of_the_same_arrays() -> None:
    matrix = Vectors(ALIKE).matrix
    made = csr(matrix.data.copy(), matrix.indices.copy(), matrix.indptr.copy(), matrix.shape)
    scipys = type(matrix)((matrix.data, matrix.indices, matrix.indptr), shape=matrix.shape)
    assert type(made) is type(scipys) and made.shape == scipys.shape and set(vars(made)) == set(vars(scipys))
    assert made.maxprint == scipys.maxprint and (made != scipys).nnz == 0
    assert made.has_canonical_format == scipys.has_canonical_format
    wide = csr(matrix.data.astype(np.float32), matrix.indices, matrix.indptr, matrix.shape)  # left to scipy
    assert wide.dtype == np.float32 and (wide != matrix.astype(np.float32)).nnz == 0


@pytest.mark.parametrize("picked", [[], [3], [0, 0, 5], [5, 1, 3, 1], list(range(6))])
def test_textsim_dense_rows_are_the_rows_as_an_array(picked: list[int]) -> None:
    matrix = Vectors(ALIKE, sublinear=False).matrix
    expected = matrix[picked].toarray() if picked else np.zeros((0, matrix.shape[1]))
    assert np.array_equal(dense_rows(matrix, picked), expected)


def test_textsim_row_dot_adds_up_as_scipys_product() -> None:
    for sublinear in (True, False):
        matrix = Vectors(ALIKE, sublinear=sublinear).matrix
        for i in range(matrix.shape[0]):
            for j in range(matrix.shape[0]):
                scipys = float(matrix[[i]].multiply(matrix[[j]]).sum())
                assert row_dot(matrix, i, j) == scipys  # the same float, not merely close


@pytest.mark.parametrize("picked", [[], [3], [0, 0, 5], [5, 1, 3, 1], list(range(6))])
def test_textsim_row_cosines_add_up_as_scipys_product(picked: list[int]) -> None:
    matrix = Vectors(ALIKE).matrix
    for i in range(matrix.shape[0]):
        scipys = (matrix[[i]] @ matrix[picked].T).toarray().ravel() if picked else np.zeros(0)
        assert np.array_equal(row_cosines(matrix, i, picked), scipys)  # the same floats, not merely close
