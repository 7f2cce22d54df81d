"""Coverage: which outlets reported which facts and quotes, and which facts only one outlet has.

A fact is a statement that carries something checkable (a number, a date, or a named entity), grouped across
articles by what it says (TF-IDF cosine), so the same fact in three outlets is one row with three outlets.
Quotes are the merged quotes of the story; an outlet carries a quote when one of its articles does.
Near-duplicate copies of an article never count for a second outlet.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from ..ids import fact_id
from ..models import Analysis, Article, Citation, Quote
from ..textsim import Vectors, centroid_similarity, group_alike
from .text import Sentence, cite, originals, outlet_names, sentences_of

SAME_FACT = 0.4
"""TF-IDF cosine from which two sentences state the same fact."""


@dataclass(frozen=True)
class CoveredFact:
    id: str
    text: str
    citations: tuple[Citation, ...]
    outlets: tuple[str, ...]


@dataclass(frozen=True)
class CoveredQuote:
    quote: str
    speaker: str | None
    text: str
    outlets: tuple[str, ...]


@dataclass(frozen=True)
class CoverageView:
    """Outlets (with their articles) against facts and quotes; facts most widely reported first."""

    outlets: tuple[tuple[str, tuple[str, ...]], ...]
    facts: tuple[CoveredFact, ...]
    quotes: tuple[CoveredQuote, ...]

    def single_outlet(self) -> tuple[CoveredFact, ...]:
        """Facts that only one outlet reports."""
        return tuple(f for f in self.facts if len(f.outlets) == 1)

    def reported_by(self, outlet: str) -> tuple[CoveredFact, ...]:
        return tuple(f for f in self.facts if outlet in f.outlets)


def build_coverage(
    articles: Sequence[Article],
    analyses: Mapping[str, Analysis],
    quotes: Sequence[Quote],
    sentences: Sequence[Sentence] | None = None,
) -> CoverageView:
    """Which outlet reported which fact and quote. ``sentences``: ``sentences_of(articles, analyses)`` when the
    caller has them already."""
    counted = [a for a in originals(articles) if a.id in analyses]
    outlet = outlet_names(counted)
    by_outlet: dict[str, list[str]] = {}
    for a in counted:
        by_outlet.setdefault(outlet[a.id], []).append(a.id)
    starts = {a.id: _fact_starts(analyses[a.id]) for a in counted}
    if sentences is None:
        sentences = sentences_of(counted, analyses)
    sentences = [s for s in sentences if _checkable(s.start, s.end, starts[s.article])]
    facts: list[CoveredFact] = []
    if sentences:
        vectors = Vectors([s.text for s in sentences])
        central = centroid_similarity(vectors.matrix)
        ranking = sorted(range(len(sentences)), key=lambda i: (-central[i], i))
        for group in group_alike(vectors.matrix, ranking, SAME_FACT):
            members = [sentences[i] for i in group]
            cited = cite(members[0], members)
            outlets = tuple(sorted({outlet[c.article] for c in cited.citations}))
            fid = fact_id([f"{c.article}:{c.start}:{c.end}" for c in cited.citations])
            facts.append(CoveredFact(fid, cited.text, cited.citations, outlets))
    facts.sort(key=lambda f: -len(f.outlets))
    return CoverageView(
        tuple(sorted((o, tuple(ids)) for o, ids in by_outlet.items())),
        tuple(facts),
        _covered_quotes(outlet, quotes),
    )


def with_quotes(
    coverage: CoverageView,
    articles: Sequence[Article],
    analyses: Mapping[str, Analysis],
    quotes: Sequence[Quote],
) -> CoverageView:
    """``coverage`` with its quotes those of ``quotes`` (the facts do not depend on them): what
    ``build_coverage`` gives with these quotes."""
    outlet = outlet_names([a for a in originals(articles) if a.id in analyses])
    return replace(coverage, quotes=_covered_quotes(outlet, quotes))


def _covered_quotes(outlet: Mapping[str, str], quotes: Sequence[Quote]) -> tuple[CoveredQuote, ...]:
    covered = []
    for q in quotes:
        outlets = tuple(sorted({outlet[o.article] for o in q.occurrences if o.article in outlet}))
        if outlets:
            covered.append(CoveredQuote(q.id, q.speaker, q.text, outlets))
    covered.sort(key=lambda q: -len(q.outlets))
    return tuple(covered)


def _fact_starts(analysis: Analysis) -> list[int]:
    """Where the analysis's numbers, dates and named entities start, in order."""
    return sorted(s.start for s in (*analysis.claims, *analysis.dates, *analysis.mentions))


def _checkable(start: int, end: int, fact_starts: list[int]) -> bool:
    """A sentence states a fact when it holds a number, a date or a named entity."""
    i = bisect_left(fact_starts, start)
    return i < len(fact_starts) and fact_starts[i] < end
