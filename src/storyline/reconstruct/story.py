"""One story reconstructed: its figures, timeline, summary and coverage, built together from its articles.

The summary fuses the figures that changed, so the figures are built once and shared; everything else is
independent. History (what happened more than a year before the first article) is background to the summary and
no date of the timeline. Pure over plain data, like the rest of ``reconstruct``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from ..models import Analysis, Article, CitedSentence, Quote, TimelineEntry
from .coverage import CoverageView, build_coverage
from .figures import FigureView, build_figures
from .summary import HISTORY_DAYS, build_summary
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


def since_history(articles: Sequence[Article]) -> tuple[str, str] | None:
    """The days a story's timeline tells: from ``HISTORY_DAYS`` before its first article on; what happened before
    is history (a singer's birth in a profile box, "the pandemic of 1968"), background as the summary takes it."""
    first = min((a.published.date for a in articles if a.published.date), default=None)
    if first is None:
        return None
    return (date.fromisoformat(first) - timedelta(days=HISTORY_DAYS)).isoformat(), "9999-12-31"


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
        articles,
        analyses,
        max_dates=max_dates,
        per_date=per_date,
        every_date=True,
        sentences=sentences,
        between=since_history(articles),
    )
    return Reconstruction(
        figures=tuple(figures),
        timeline=tuple(timeline),
        summary=tuple(build_summary(articles, analyses, figures, sentences=sentences)),
        coverage=build_coverage(articles, analyses, quotes, sentences=sentences),
    )
