"""Splits an article's text into pieces, each carrying the annotations that cover it, for highlighting.

Annotations overlap (an entity inside a quote inside a claim's sentence), so the text is cut at every start and
end; each piece then knows every mark over it and the template wraps it once. Offsets are Python string indices,
end exclusive, as everywhere in storyline.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Mark:
    """One annotation to highlight: where, what kind (entity, date, quote, claim, cited) and a short note."""

    start: int
    end: int
    kind: str
    note: str = ""


@dataclass(frozen=True)
class Piece:
    """A stretch of text under one unchanging set of marks."""

    text: str
    start: int
    end: int
    marks: tuple[Mark, ...] = ()

    @property
    def kinds(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(m.kind for m in self.marks))

    @property
    def notes(self) -> str:
        return " · ".join(dict.fromkeys(m.note for m in self.marks if m.note))

    def has(self, kind: str) -> bool:
        return any(m.kind == kind for m in self.marks)


def clip(marks: Iterable[Mark], length: int) -> list[Mark]:
    """Marks cut to the text's bounds; empty or inverted ones dropped (stored offsets are not trusted blindly)."""
    out = []
    for m in marks:
        start, end = max(0, m.start), min(length, m.end)
        if start < end:
            out.append(Mark(start, end, m.kind, m.note))
    return out


def pieces(text: str, marks: Sequence[Mark]) -> list[Piece]:
    """The text cut at every mark boundary, in order; pieces with no mark are kept so the text reads whole."""
    kept = clip(marks, len(text))
    cuts = sorted({0, len(text), *(m.start for m in kept), *(m.end for m in kept)})
    by_start = sorted(kept, key=lambda m: (m.start, -m.end))
    active: list[Mark] = []
    out: list[Piece] = []
    i = 0
    for lo, hi in zip(cuts, cuts[1:], strict=False):
        active = [m for m in active if m.end > lo]
        while i < len(by_start) and by_start[i].start <= lo:
            active.append(by_start[i])
            i += 1
        out.append(Piece(text[lo:hi], lo, hi, tuple(active)))
    return out
