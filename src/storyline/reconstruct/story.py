"""One story reconstructed: its figures, timeline, summary and coverage, built together from its articles.

The summary fuses the figures that changed, so the figures are built once and shared; everything else is
independent. Pure over plain data, like the rest of ``reconstruct``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ..models import Analysis, Article, CitedSentence, Quote, TimelineEntry
from .coverage import CoverageView, build_coverage
from .figures import FigureView, build_figures
from .summary import build_summary
from .text import sentences_of
from .timeline import build_timeline

STORY_DATES = 12
"""Dates on a story's own timeline: enough for a story told over months, few enough to read."""
STORY_PER_DATE = 2


@dataclass(frozen=True)
class Reconstruction:
    """What a reader wants of a story beyond its articles, every statement citing the words it came from."""

    figures: tuple[FigureView, ...]
    timeline: tuple[TimelineEntry, ...]
    summary: tuple[CitedSentence, ...]
    coverage: CoverageView


def reconstruct_story(
    articles: Sequence[Article],
    analyses: Mapping[str, Analysis],
    quotes: Sequence[Quote],
    max_dates: int = STORY_DATES,
    per_date: int = STORY_PER_DATE,
) -> Reconstruction:
    """Figures, timeline, summary and coverage of one story's articles."""
    figures = build_figures(articles, analyses)
    sentences = sentences_of(articles, analyses)
    timeline = build_timeline(
        articles, analyses, max_dates=max_dates, per_date=per_date, every_date=True, sentences=sentences
    )
    return Reconstruction(
        figures=tuple(figures),
        timeline=tuple(timeline),
        summary=tuple(build_summary(articles, analyses, figures, sentences=sentences)),
        coverage=build_coverage(articles, analyses, quotes, sentences=sentences),
    )
