"""Words, sentences and similarity: the one place that says how storyline cuts text up and compares it.

Each tokeniser here serves one purpose, and their differences are deliberate:

- :func:`words` counts a sentence's words as a reader would (letters and digits, an apostrophe inside a word);
- :func:`lower_words` is every run of word characters, lower case: the shingles of near-duplicate detection;
- :func:`content_words` keeps what says what a sentence is about (no function words, dates or plural -s): the
  words the dating of undated articles matches sentences on;
- :func:`bare_words` splits on whitespace and trims punctuation, as a label or concept is compared;
- :func:`fold` drops accents and case, so spellings of one name or quote compare equal.

Story clustering weighs its own terms (``across.stories.features``): names and numbers with a prefix each.

:func:`sentences` splits on terminal punctuation and line breaks without a model (spaCy's sentences, stored
with each analysis, are used wherever an analysis exists). Similarity is a cosine: of unit sparse vectors held
as dicts (:func:`dot`), of raw counts (:func:`count_cosine`), or of the rows of a TF-IDF matrix
(:class:`Vectors`, :func:`centroid_similarity`, :func:`group_alike`).
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Mapping, Sequence

import numpy as np
from scipy import sparse

from .tfidf import tfidf_matrix
from .timeml import MONTHS, WEEKDAYS

# --- words ------------------------------------------------------------------------------------------------------

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
_RUN = re.compile(r"\w+")
_CONTENT = re.compile(r"[A-Za-z][A-Za-z'’-]+")
_POSSESSIVE_ENDS = ("'s", "’s")
_EDGE_PUNCTUATION = ".,;:'\"()[]-"

FUNCTION_WORDS = frozenset({
    "the", "and", "for", "that", "with", "from", "this", "have", "has", "had", "was", "were", "are",
    "been", "will", "would", "said", "says", "say", "its", "their", "his", "her", "they", "them", "there",
    "which", "who", "whom", "what", "when", "where", "while", "about", "after", "before", "into", "over",
    "under", "than", "then", "also", "but", "not", "our", "out", "all", "any", "can", "could", "may",
    "might", "should", "more", "most", "some", "such", "only", "other", "one", "two", "new", "last",
    "next", "week", "year", "month", "day", "today", "yesterday", "tomorrow", "mr", "mrs", "ms"
})  # fmt: skip
"""Words too common in news to say what a sentence is about."""
DATE_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS)


def words(text: str) -> list[str]:
    """The words of a text as written: runs of letters and digits, with an apostrophe inside a word."""
    return _WORD.findall(text)


def lower_words(text: str) -> list[str]:
    """Every run of word characters (letters, digits, underscore), lower case."""
    return _RUN.findall(text.lower())


def content_words(text: str) -> list[str]:
    """Content words, lower-cased, possessives and plural -s dropped; dates and function words left out."""
    out = []
    for word in _CONTENT.findall(text):
        word = word.lower()
        if word.endswith(_POSSESSIVE_ENDS):  # a possessive: "'s" dropped
            word = word[:-2]
        if len(word) > 4 and word.endswith("s") and not word.endswith("ss"):
            word = word[:-1]
        if len(word) > 2 and word not in FUNCTION_WORDS and word not in DATE_WORDS:
            out.append(word)
    return out


def bare_words(text: str) -> list[str]:
    """Whitespace-separated words (hyphens split), punctuation trimmed from their edges, lower case."""
    return [w.strip(_EDGE_PUNCTUATION).lower() for w in text.replace("-", " ").split()]


def fold(text: str) -> str:
    """Lower case without accents ("Genève" -> "geneve"), so spellings of one name compare equal."""
    folded = unicodedata.normalize("NFKD", text)
    if folded.isascii() or not any(map(unicodedata.combining, folded)):  # most text: nothing to drop
        return folded.lower()
    return "".join(ch for ch in folded if not unicodedata.combining(ch)).lower()


# --- sentences --------------------------------------------------------------------------------------------------

SENTENCE_END = re.compile(r"(?<=[.!?])(?P<close>[\"”’']?)[ \t]+(?=[\"“‘'A-Z0-9])|\s*\n\s*")
ABBREVIATION = re.compile(
    r"(?:\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|St|Gen|Gov|Sen|Rep|Lt|Col|Sgt|Jan|Feb|Aug|Sept|Oct|Nov|Dec|No|vs))\.$"
)


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence offsets by terminal punctuation (and a closing quotation mark) before a capital, and by line
    breaks; a period after an initial or a common abbreviation ("Mr.", "Sept.") does not end a sentence. Crude,
    but needs no model."""
    spans, start = [], 0
    for m in SENTENCE_END.finditer(text):
        if "\n" not in m.group(0) and ABBREVIATION.search(text[start : m.start()]):
            continue
        end = m.start() + len(m.group("close") or "")
        if text[start:end].strip():
            spans.append((start, end))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


# --- similarity of sparse vectors held as dicts -----------------------------------------------------------------

Vector = dict[str, float]


def dot(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    """The dot product of two sparse vectors: their cosine when both have unit length."""
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b[t] for t, v in a.items() if t in b)


def count_cosine(a: Counter[str], b: Counter[str]) -> float:
    """The cosine of two bags of words (raw counts)."""
    product = sum(n * b[w] for w, n in a.items())
    norm = math.sqrt(sum(n * n for n in a.values()) * sum(n * n for n in b.values()))
    return product / norm if norm else 0.0


def inverse_frequencies(documents: Sequence[list[str]]) -> dict[str, float]:
    """Smoothed inverse document frequency of every word of ``documents`` (as scikit-learn smooths it)."""
    counts = Counter(w for doc in documents for w in set(doc))
    total = len(documents)
    return {w: math.log((total + 1) / (c + 1)) + 1 for w, c in counts.items()}


def tfidf_vector(tokens: Sequence[str], idf: Mapping[str, float]) -> Vector:
    """Counts times inverse frequency (unknown words weigh 1), scaled to unit length; empty for no words."""
    counts = Counter(tokens)
    vector = {w: c * idf.get(w, 1.0) for w, c in counts.items()}
    norm = math.sqrt(sum(v * v for v in vector.values()))
    return {w: v / norm for w, v in vector.items()} if norm else {}


# --- similarity of the rows of a TF-IDF matrix ------------------------------------------------------------------


class Vectors:
    """TF-IDF vectors (L2-normalised rows) of a set of texts, fitted on those texts; term counts dampened
    (``1 + log``) unless ``sublinear`` is False (raw counts: a word a sentence repeats is what it is about)."""

    def __init__(self, texts: Sequence[str], sublinear: bool = True) -> None:
        matrix = tfidf_matrix(texts, sublinear)  # scikit-learn's TfidfVectorizer(stop_words="english")
        # nothing but stop words (or nothing at all): no dimensions to compare on
        self.matrix = matrix if matrix is not None else sparse.csr_matrix((len(texts), 0))

    def rows(self, indices: Sequence[int]) -> sparse.csr_matrix:
        return take_rows(self.matrix, indices)


def take_rows(matrix: sparse.csr_matrix, indices: Sequence[int]) -> sparse.csr_matrix:
    """``matrix[list(indices)]``: the same rows in the same arrays (entries in their stored order, so products
    add up alike), gathered without scipy's checks of the index, which cost more than the gathering on the
    small matrices of a story's sentences (a timeline gathers rows thousands of times). Indices must lie in
    ``0 .. rows - 1``; a matrix with 64-bit indices is left to scipy."""
    n = matrix.shape[0]
    if not indices or matrix.indptr.dtype != np.int32 or matrix.indices.dtype != np.int32:
        return matrix[list(indices)]
    at = np.asarray(indices, dtype=np.int32)
    if int(at.min()) < 0 or int(at.max()) >= n:
        raise IndexError(f"row index out of range for {n} rows")
    starts = matrix.indptr[at]
    lengths = matrix.indptr[at + 1] - starts
    indptr = np.zeros(len(at) + 1, dtype=np.int32)
    np.cumsum(lengths, out=indptr[1:])
    where = np.arange(indptr[-1], dtype=np.int32) + np.repeat(starts - indptr[:-1], lengths)
    return csr(matrix.data[where], matrix.indices[where], indptr, (len(at), matrix.shape[1]))


def csr(
    data: np.ndarray, indices: np.ndarray, indptr: np.ndarray, shape: tuple[int, int]
) -> sparse.csr_matrix:
    """``sparse.csr_matrix((data, indices, indptr), shape=shape, copy=False)`` for arrays the caller has just made
    (float64 values, int32 indices and index pointers, consistent): the same matrix, made without scipy's
    checks of the arrays, which cost more than the work done with a few sentences' rows (a reconstruction makes
    tens of thousands). Other arrays are left to scipy."""
    rows, columns = int(shape[0]), int(shape[1])
    if (
        data.dtype != np.float64
        or indices.dtype != np.int32
        or indptr.dtype != np.int32
        or data.ndim != 1
        or indices.ndim != 1
        or indptr.ndim != 1
        or len(indptr) != rows + 1
        or len(indices) != len(data)
        or int(indptr[-1]) != len(data)
        or max(rows, columns) > _INT32_MAX
    ):
        return sparse.csr_matrix((data, indices, indptr), shape=shape, copy=False)
    made = sparse.csr_matrix.__new__(sparse.csr_matrix)
    made._shape = (rows, columns)
    made.maxprint = _MAXPRINT
    made.indices, made.indptr, made.data = indices, indptr, data
    return made


_INT32_MAX = int(np.iinfo(np.int32).max)
_MAXPRINT = sparse.csr_matrix((0, 0)).maxprint


def dense_rows(matrix: sparse.csr_matrix, indices: Sequence[int]) -> np.ndarray:
    """``take_rows(matrix, indices).toarray()``: the rows as a dense array (each entry put in its place; a row
    holds a column once), without making the sparse rows first."""
    at = np.asarray(indices, dtype=np.intp)
    out = np.zeros((len(at), matrix.shape[1]))
    if not len(at):
        return out
    starts = matrix.indptr[at]
    lengths = matrix.indptr[at + 1] - starts
    where = np.arange(int(lengths.sum())) + np.repeat(starts - np.cumsum(lengths) + lengths, lengths)
    out[np.repeat(np.arange(len(at)), lengths), matrix.indices[where]] = matrix.data[where]
    return out


def row_dot(matrix: sparse.csr_matrix, i: int, j: int) -> float:
    """``float(take_rows(matrix, [i]).multiply(take_rows(matrix, [j])).sum())``: the products of the two rows'
    entries on the columns both use, added up as scipy adds them (in the order of the columns: it sorts the
    product's entries before summing). Rows hold each column once and no zero (TF-IDF rows)."""
    a, b = slice(matrix.indptr[i], matrix.indptr[i + 1]), slice(matrix.indptr[j], matrix.indptr[j + 1])
    _, ia, ib = np.intersect1d(matrix.indices[a], matrix.indices[b], assume_unique=True, return_indices=True)
    if not len(ia):
        return 0.0
    return float((matrix.data[a][ia] * matrix.data[b][ib]).sum())


def row_cosines(matrix: sparse.csr_matrix, i: int, rows: Sequence[int]) -> np.ndarray:
    """``(take_rows(matrix, [i]) @ take_rows(matrix, rows).T).toarray().ravel()``: row ``i``'s products with each
    of ``rows``, each added up as scipy's sparse product adds it (in the order of row ``i``'s stored entries,
    one after the other; a column the other row lacks adds nothing)."""
    stored = slice(matrix.indptr[i], matrix.indptr[i + 1])
    columns, values = matrix.indices[stored], matrix.data[stored]
    if not len(columns) or not len(rows):
        return np.zeros(len(rows))
    products = dense_rows(matrix, rows)[:, columns] * values
    return np.cumsum(products, axis=1)[:, -1]


def used_columns(matrix: sparse.csr_matrix) -> tuple[np.ndarray, sparse.csr_matrix]:
    """The columns the matrix's rows use, ascending, and the matrix of those columns alone: what
    ``matrix[:, columns]`` gives (each entry where it was, its column numbered by its rank among them), made
    without scipy's checks of the index (a day's summary asks once per date). A matrix with 64-bit indices, or
    with no entry, is left to scipy."""
    columns = np.unique(matrix.indices)
    if not len(columns) or matrix.indptr.dtype != np.int32 or matrix.indices.dtype != np.int32:
        return columns, sparse.csr_matrix(matrix[:, columns])
    indices = np.searchsorted(columns, matrix.indices).astype(np.int32)
    shape = (matrix.shape[0], len(columns))
    return columns, csr(matrix.data.copy(), indices, matrix.indptr.copy(), shape)


def centroid_similarity(matrix: sparse.csr_matrix, weights: Sequence[float] | None = None) -> np.ndarray:
    """Cosine of each row with the rows' (weighted) centroid: how central each text is to the set."""
    if matrix.shape[0] == 0 or matrix.shape[1] == 0:
        return np.zeros(matrix.shape[0])
    w = np.ones(matrix.shape[0]) if weights is None else np.asarray(weights, dtype=float)
    centroid = np.asarray(matrix.T @ w).ravel()
    norm = np.linalg.norm(centroid)
    if norm == 0:
        return np.zeros(matrix.shape[0])
    return np.asarray(matrix @ (centroid / norm)).ravel()


def group_alike(matrix: sparse.csr_matrix, order: Sequence[int], threshold: float) -> list[list[int]]:
    """Rows grouped by what they say: each row, in ``order``, joins the group whose first row (its leader) it
    is most alike (cosine at least ``threshold``), or leads a new group. Groups come out in order of leaders.
    Rows not in ``order`` take no part (nor any room: the pairs compared are those of ``order``'s rows)."""
    rows = sorted(order)
    if len(rows) < matrix.shape[0]:
        at = {row: k for k, row in enumerate(rows)}
        local = group_alike(take_rows(matrix, rows), [at[i] for i in order], threshold)
        return [[rows[k] for k in group] for group in local]
    alike = _alike_pairs(matrix, threshold)
    groups: list[list[int]] = []
    # as plain lists: a row has few alike rows, read one by one faster than through numpy
    indptr, indices, data = alike.indptr.tolist(), alike.indices.tolist(), alike.data.tolist()
    leads = [-1] * matrix.shape[0]  # the group a row leads, or -1
    for i in order:
        best, most = -1, 0.0
        for k in range(indptr[i], indptr[i + 1]):
            led = leads[indices[k]]
            # the most alike leader; of equally alike ones, the last stored
            if led >= 0 and data[k] >= threshold and (best < 0 or data[k] >= most):
                best, most = led, data[k]
        if best < 0:
            leads[i] = len(groups)
            groups.append([i])
        else:
            groups[best].append(i)
    return groups


PAIRS_AT_ONCE = 4_000_000
"""Most pairs of rows whose cosines are worked out at once when grouping (some 50 MB)."""


def _alike_pairs(matrix: sparse.csr_matrix, threshold: float) -> sparse.csr_matrix:
    """The cosines of every two rows that reach ``threshold``, worked out a block of rows at a time so that
    memory holds only those (each row's entries in the order the whole product would hold them)."""
    n = matrix.shape[0]
    if not matrix.shape[1]:
        return sparse.csr_matrix((n, n))
    step = max(1, PAIRS_AT_ONCE // max(1, n))
    if step >= n:  # one block: the whole product (the same arrays as one block stacked)
        return _alike_block(matrix, matrix, threshold)
    blocks = []
    for start in range(0, n, step):
        blocks.append(_alike_block(matrix[start : start + step], matrix, threshold))
    return sparse.vstack(blocks, format="csr") if blocks else sparse.csr_matrix((0, 0))


def _alike_block(rows: sparse.csr_matrix, matrix: sparse.csr_matrix, threshold: float) -> sparse.csr_matrix:
    """The cosines of ``rows`` with every row of ``matrix`` that reach ``threshold``."""
    block = (rows @ matrix.T).tocsr()
    block.data[block.data < threshold] = 0
    block.eliminate_zeros()
    return block
