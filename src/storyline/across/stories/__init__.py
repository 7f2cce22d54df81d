"""Stories: articles clustered into stories incrementally, with stable ids, near-duplicates following their
originals. ``engine`` decides where each article goes, from ``features`` (frozen vectors), ``clustering``
(average linkage inside a linked group) and ``dedup`` (MinHash); the state lives in the store."""

from __future__ import annotations

from .engine import Assignment, Params, StoryEngine, StoryInput, sort_key

__all__ = ["Assignment", "Params", "StoryEngine", "StoryInput", "sort_key"]
