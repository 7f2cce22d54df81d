"""Reconstructing a story from its analysed articles: timeline, figures and disagreements, summary, coverage.

Pure functions over plain data (Articles and their Analyses); nothing here loads spaCy or opens the store.
"""

from __future__ import annotations

from .coverage import CoverageView, CoveredFact, CoveredQuote, build_coverage
from .figures import FigurePoint, FigureView, build_figures
from .story import Reconstruction, reconstruct_story
from .summary import build_summary
from .timeline import build_timeline

__all__ = [
    "CoverageView",
    "CoveredFact",
    "CoveredQuote",
    "FigurePoint",
    "FigureView",
    "Reconstruction",
    "build_coverage",
    "build_figures",
    "build_summary",
    "build_timeline",
    "reconstruct_story",
]
