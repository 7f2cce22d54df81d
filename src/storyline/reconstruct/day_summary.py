"""What one day's sentences say: the few sentences that best tell what happened that day, each citing its sources.

news-tls's DATEWISE shape (Ghalandari & Ifrim, ACL 2020) for one date of a timeline:

1. **focus**: when a day has both sentences that name it and lead sentences of the articles published then, what
   happened that day is what both kinds say; the words they share make the day's centroid, and only the
   sentences that stand out as close to it are kept (news-tls's PM-mean collector; it cuts at a knee of the
   sorted closeness, we at a standard deviation above the mean);
2. **summary**: sentences are added greedily, each the one that brings the summary's words closest to the day's
   centroid (news-tls's CentroidOpt), the centroid leaning a little towards the whole story's, so a day is told
   by the story's own events rather than by its asides;
3. a sentence that is mostly a direct quotation counts less (a quote is a weaker statement of what happened than a
   report), one that does not report (a question, the writer's own voice) is told only when nothing else of the
   day can be, and a sentence saying what a chosen one says is not told twice but cited by it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy import sparse

from ..textsim import Vectors, dense_rows, take_rows, used_columns
from .text import Sentence

FOCUS_SPREAD = 1.0
"""How far above the mean closeness to the day's shared words (in standard deviations) a sentence must be to
tell the day (chosen on the study half of Timeline17: 1.0 did best, 0.5 nearly as well, 0, 1.25 and 1.5 worse)."""
SAME_EVENT = 0.5
"""TF-IDF cosine from which two sentences are taken to tell the same event (a told sentence cites those alike)."""
RETOLD = 0.7
"""Cosine (over the day's words) from which a sentence would retell one already told of the day, and is not told:
below it, the second sentence adds a detail (chosen on the study half of Timeline17: 0.6 to 0.8 did alike,
0.5 and 0.3 worse, no limit worse)."""
STORY_WEIGHT = 0.3
"""How far a day's centroid leans towards the whole story's (unit vectors added with this weight)."""
QUOTE_WEIGHT = 0.3
"""What a sentence that is all direct quotation loses from its closeness to the day (0..1)."""
LAST = 2.0
"""What a sentence told only when nothing else of the day can be loses from its score (more than any closeness
and quotation can make up: cosines lie in 0..1)."""
BLOCK_CELLS = 4_000_000
"""Most cells (sentences by words) of a day's term rows made dense at once (32 MB): a day of thousands of
sentences is scored in blocks of rows, a day under it in one, as a whole."""


@dataclass(frozen=True)
class Candidate:
    """A sentence that may tell a day: its row in the term matrix, whether it names the day, whether it may be
    told (it matches the query and reads as a whole sentence), the share of its characters inside a direct
    quotation, and whether it is told only when nothing else of the day can be (``last``)."""

    sentence: Sentence
    row: int
    named: bool
    tellable: bool
    quoted: float
    last: bool = False


def term_matrix(texts: Sequence[str]) -> sparse.csr_matrix:
    """L2-normalised TF-IDF rows of ``texts`` with raw term counts, as news-tls weighs them (a word a sentence
    repeats is what it is about); an all-zero matrix when no text has a content word."""
    return Vectors(texts, sublinear=False).matrix


def unit(vector: np.ndarray) -> np.ndarray:
    """The vector scaled to length 1 (a zero vector as it is)."""
    norm = float(np.linalg.norm(vector))
    return vector / norm if norm else vector


def focus(candidates: Sequence[Candidate], matrix: sparse.csr_matrix) -> list[Candidate]:
    """The candidates that stand out as close to what both the day's naming sentences and its lead sentences say.

    The day's centroid keeps the words found in both kinds (each kind's mean vector, summed); a candidate is kept
    when its cosine with it is above the mean by FOCUS_SPREAD standard deviations, or, when none is (the day's
    sentences fall in two camps), above the mean. A day with only one kind, or no word shared, keeps every
    candidate."""
    named = [c for c in candidates if c.named]
    leads = [c for c in candidates if not c.named]
    if not named or not leads or matrix.shape[1] == 0:
        return list(candidates)
    named_sum = np.asarray(take_rows(matrix, [c.row for c in named]).sum(axis=0)).ravel()
    lead_sum = np.asarray(take_rows(matrix, [c.row for c in leads]).sum(axis=0)).ravel()
    shared = (named_sum > 0) & (lead_sum > 0)
    centre = np.where(shared, named_sum / len(named) + lead_sum / len(leads), 0.0)
    if not centre.any():
        return list(candidates)
    similarity = np.asarray(take_rows(matrix, [c.row for c in candidates]) @ unit(centre)).ravel()
    for threshold in (similarity.mean() + FOCUS_SPREAD * similarity.std(), similarity.mean()):
        kept = [c for c, s in zip(candidates, similarity, strict=True) if s > 0 and s > threshold]
        if kept:
            return kept
    return list(candidates)


def summarise_day(
    candidates: Sequence[Candidate], matrix: sparse.csr_matrix, story: np.ndarray, size: int
) -> list[tuple[Sentence, list[Sentence]]]:
    """At most ``size`` sentences telling the day, in the order chosen, each with the candidates that say the
    same (its sources): (representative, members). Only tellable candidates are told; all shape the centroid.

    ``story``: the unit centroid of the whole story's relevant sentences. Ties go to the earlier candidate."""
    if not candidates or size <= 0 or matrix.shape[1] == 0:
        return []
    kept = focus(candidates, matrix)
    sub = take_rows(matrix, [c.row for c in kept])
    columns, rows = used_columns(sub)  # the words the kept sentences use: the only ones a choice can change
    step = max(1, BLOCK_CELLS // len(columns))  # rows made dense at once: a crowded day has thousands
    own = unit(sum(rows[b : b + step].toarray().sum(axis=0) for b in range(0, rows.shape[0], step)))
    if not own.any():
        return []
    centre = own + STORY_WEIGHT * story[columns]
    # the norm of own + STORY_WEIGHT * story over every word, own being zero outside ``columns``
    norm2 = 1 + STORY_WEIGHT**2 * float(story @ story) + 2 * STORY_WEIGHT * float(own @ story[columns])
    centre = centre / np.sqrt(norm2)
    penalty = np.array([QUOTE_WEIGHT * c.quoted + LAST * c.last for c in kept])
    open_ = [i for i, c in enumerate(kept) if c.tellable]
    chosen: list[int] = []
    summed = np.zeros(len(columns))

    def scores(at: list[int]) -> np.ndarray:
        trial = dense_rows(rows, at) + summed
        norms = np.linalg.norm(trial, axis=1)
        norms[norms == 0] = 1.0
        return trial @ centre / norms - penalty[at]

    told: list[np.ndarray] = []  # the chosen sentences' rows, dense
    while open_ and len(chosen) < size:
        score = np.concatenate([scores(open_[b : b + step]) for b in range(0, len(open_), step)])
        i = open_.pop(int(np.argmax(score)))
        row = dense_rows(rows, [i]).ravel()
        if any(float(row @ other) >= RETOLD for other in told):
            continue
        chosen.append(i)
        told.append(row)
        summed += row
    every = take_rows(matrix, [c.row for c in candidates])
    out = []
    for i in chosen:
        alike = np.asarray(every @ dense_rows(matrix, [kept[i].row]).T).ravel()
        members = [c.sentence for c, s in zip(candidates, alike, strict=True) if s >= SAME_EVENT]
        out.append((kept[i].sentence, members))
    return out
