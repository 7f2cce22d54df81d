"""Average-linkage clustering of one connected group of articles into stories.

Average linkage (scipy's ``linkage(method="average")``, the UPGMA of the agglomerative baselines) joins two
groups while the mean similarity over all their article pairs stays above the join threshold: unlike comparing
an article with one averaged centroid, a group of same-kind-but-different events is not pulled together by one
article that happens to sit between them. Dates damp the similarity of two dated articles with the gap between
them and cut it to zero beyond the window. The result depends only on the set of articles given (they are
ordered by their canonical key before clustering), never on the order they arrived in.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

import numpy as np
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.sparse import csr_matrix

from .features import ArticleVectors, Weights


@dataclass(frozen=True)
class Member:
    """One article as clustering sees it: canonical sort key, ISO day (or None) and vectors."""

    id: str
    key: str
    day: str | None
    vectors: ArticleVectors


def time_factor(a: str | None, b: str | None, window_days: int, decay_days: float) -> float:
    """How much of their content similarity two articles keep given their days (1 when either is undated)."""
    days = [date.fromisoformat(d).toordinal() if d else -1 for d in (a, b)]
    return float(_time_factors(np.array(days[0]), np.array(days[1]), window_days, decay_days))


def _channels(members: Sequence[Member], weights: Weights) -> list[tuple[float, csr_matrix]]:
    """Each kind of evidence as a sparse matrix, one row per member, with the weight it has."""
    out = []
    for share, pick in (
        (weights.words, lambda v: v.words),
        (weights.names, lambda v: v.names),
        (weights.numbers, lambda v: v.numbers),
    ):
        out.append((share, _rows([pick(m.vectors) for m in members])))
    return out


def _rows(vectors: Sequence[Mapping[str, float]]) -> csr_matrix:
    """Sparse vectors as the rows of one matrix, the columns their terms in the order first met. Built from the
    flattened terms and values at once (the same entries, in the same order, as term by term, and faster)."""
    terms = [t for v in vectors for t in v]
    values = [x for v in vectors for x in v.values()]
    vocab = {t: j for j, t in enumerate(dict.fromkeys(terms))}
    rows = np.repeat(np.arange(len(vectors)), [len(v) for v in vectors])
    cols = np.fromiter(map(vocab.__getitem__, terms), dtype=np.int64, count=len(terms))
    return csr_matrix((values, (rows, cols)), shape=(len(vectors), max(1, len(vocab))))


def _ordinals(members: Sequence[Member]) -> np.ndarray:
    return np.array([date.fromisoformat(m.day).toordinal() if m.day else -1 for m in members], dtype=float)


def _time_factors(a: np.ndarray, b: np.ndarray, window_days: int, decay_days: float) -> np.ndarray:
    gap = np.abs(a - b)
    factor = np.where(gap > window_days, 0.0, np.exp(-gap / decay_days))
    return np.where((a >= 0) & (b >= 0), factor, 1.0)


def similarity_matrix(
    members: Sequence[Member], weights: Weights, window_days: int, decay_days: float
) -> np.ndarray:
    """Pairwise similarities (content times time factor) of the members, as a dense symmetric matrix."""
    total = np.zeros((len(members), len(members)))
    for share, x in _channels(members, weights):
        total += share * (x @ x.T).toarray()
    days = _ordinals(members)
    return total * _time_factors(days[:, None], days[None, :], window_days, decay_days)


def pair_similarities(
    members: Sequence[Member],
    pairs: Sequence[tuple[int, int]],
    weights: Weights,
    window_days: int,
    decay_days: float,
    chunk: int = 20_000,
) -> np.ndarray:
    """Similarities (content times time factor) of the given pairs of members, by index."""
    if not pairs:
        return np.zeros(0)
    left = np.array([i for i, _ in pairs])
    right = np.array([j for _, j in pairs])
    total = np.zeros(len(pairs))
    for share, x in _channels(members, weights):
        for start in range(0, len(pairs), chunk):
            part = slice(start, start + chunk)
            total[part] += share * np.asarray(x[left[part]].multiply(x[right[part]]).sum(axis=1)).ravel()
    days = _ordinals(members)
    return total * _time_factors(days[left], days[right], window_days, decay_days)


def average_link(
    members: Sequence[Member], join: float, weights: Weights, window_days: int, decay_days: float
) -> list[list[Member]]:
    """The stories of ``members``: groups in canonical order, each in canonical order."""
    ordered = sorted(members, key=lambda m: (m.key, m.id))
    if len(ordered) < 2:
        return [ordered] if ordered else []
    sims = similarity_matrix(ordered, weights, window_days, decay_days)
    dist = np.clip(1.0 - sims, 0.0, 1.0)
    condensed = dist[np.triu_indices(len(ordered), k=1)]
    labels = fcluster(linkage(condensed, method="average"), t=1.0 - join, criterion="distance")
    groups: dict[int, list[Member]] = {}
    for label, m in zip(labels, ordered, strict=True):
        groups.setdefault(int(label), []).append(m)
    return sorted(groups.values(), key=lambda g: (g[0].key, g[0].id))


def centroid_merge(
    groups: Sequence[Sequence[Member]], join: float, weights: Weights, floor: float = 0.0
) -> list[list[Member]]:
    """``groups`` merged, most similar pair first, while the cosine of their summed vectors (each kind of evidence
    apart, weighted as ``weights`` says) is at least ``join`` and that of each kind with a weight at least
    ``floor`` (the same subject in the words and the same actors in the names, not one of them alone).

    Average linkage asks that the members of two groups be close on average, which a subject told through many
    loosely related pieces (columns on one crisis over months) never is, however many of them share its words.
    The cosine of two sums is the mean similarity across the two groups over the geometric mean of the
    similarities within each: a group as loose inside as it is to another is one with it, and two groups each
    tight on its own subject stay apart. Groups come in canonical order and the first of equal pairs is merged,
    so the result depends on the groups alone."""
    groups = [sorted(g, key=lambda m: (m.key, m.id)) for g in groups if g]
    if len(groups) < 2:
        return groups
    members = [m for g in groups for m in g]
    owner = [i for i, g in enumerate(groups) for _ in g]
    indicator = csr_matrix(
        (np.ones(len(members)), (owner, np.arange(len(members)))), shape=(len(groups), len(members))
    )
    crosses = []
    for share, x in _channels(members, weights):
        if share:
            sums = indicator @ x
            crosses.append((share, (sums @ sums.T).toarray()))
    alive = np.ones(len(groups), dtype=bool)

    def row(i: int) -> np.ndarray:
        out = np.zeros(len(groups))
        lowest = np.full(len(groups), np.inf)
        for share, cross in crosses:
            norms = np.sqrt(np.clip(np.diag(cross), 0.0, None))
            scale = norms[i] * norms
            cosine = np.divide(cross[i], scale, out=np.zeros(len(groups)), where=scale > 0)
            out += share * cosine
            lowest = np.minimum(lowest, cosine)
        return np.where(lowest >= floor, out, -1.0)

    # the similarity of each pair i < j of live groups, -inf elsewhere
    sims = np.where(np.triu(np.ones((len(groups), len(groups)), dtype=bool), k=1), 0.0, -np.inf)
    for i in range(len(groups)):
        sims[i, i + 1 :] = row(i)[i + 1 :]
    while True:
        i, j = np.unravel_index(int(np.argmax(sims)), sims.shape)
        if sims[i, j] < join:
            break
        for _, cross in crosses:
            cross[i] += cross[j]
            cross[:, i] += cross[:, j]
        groups[i].extend(groups[j])
        alive[j] = False
        sims[j, :] = sims[:, j] = -np.inf
        merged = np.where(alive, row(i), -np.inf)
        sims[i, i + 1 :], sims[:i, i] = merged[i + 1 :], merged[:i]
    return sorted(
        (sorted(g, key=lambda m: (m.key, m.id)) for g, keep in zip(groups, alive, strict=True) if keep),
        key=lambda g: (g[0].key, g[0].id),
    )
