"""The ``Number`` record: one number found in the text, passed from stage to stage (its unit, the upper end of
its range, ...) until it becomes a ``Claim``."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Number:
    """One number found in the text, before it becomes a claim: offsets, value and what is next to it."""

    start: int
    end: int
    value: float
    upper: float | None = None
    unit: str | None = None
    unit_end: int | None = None
    prefix_start: int | None = None
    currency: bool = False
    scaled: bool = False
    words: bool = False
    change: str | None = None
