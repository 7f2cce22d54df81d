"""A figure's label as a person would write it: what is counted, of what, where ("harbour fever deaths in Bergen",
"peacekeepers killed", "cases in Norway"), from what its points share.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from . import figure_words as P

CAUSE_SHARE = 0.3
"""A cause names the figure when at least this share of its points' clauses tell it."""


def commonest(values: Sequence[str]) -> str:
    """The value given most often; a tie goes to the first in alphabetical order, so that a figure's label is a
    function of its claims (picking among a set's members would follow the process's hash seed)."""
    counts = Counter(values)
    return min(counts, key=lambda v: (-counts[v], v))


def family_label(family: str, part: str | None, place: str | None, causes: Sequence[str | None]) -> str:
    """ "harbour fever deaths in Bergen", "deaths in Molde", "peacekeepers killed", "countries with cases"."""
    where = "" if place is None else (" worldwide" if place == "world" else f" {_where(place)}")
    if part is not None:
        head = part.split()[-1].lower()
        single = head[:-3] + "y" if head.endswith("ies") else head.removesuffix("s")
        if head in P.CONCEPT_FAMILIES.get(family, frozenset()):
            return f"{part}{where}"  # "UN fatalities": the part names its count
        if single in P.PLACE_NOUNS:
            noun = P.FAMILY_NOUNS.get(family, family).format(cause="")
            return f"{part} with {noun}{where}"  # "countries with cases"
        return P.PART_LABELS.get(family, "{part}").format(part=part) + where
    cause = _cause(causes)
    noun = P.FAMILY_NOUNS.get(family, family).format(cause=f"{cause} " if cause else "")
    return f"{noun}{where}"


def _where(place: str) -> str:
    if place.startswith("outside "):
        return place
    return f"in {place}"


def _cause(causes: Sequence[str | None]) -> str | None:
    """The cause most of the points are told with, by its commonest name ("swine flu" for "flu" when most of
    its mentions say so); None when too few say any."""
    named = [c for c in causes if c]
    if not named or len(named) < CAUSE_SHARE * len(causes):
        return None
    heads = Counter(c.split()[-1] for c in named)
    head = min(heads, key=lambda h: (-heads[h], h))
    if heads[head] < CAUSE_SHARE * len(causes):
        return None
    full = [c for c in named if c.split()[-1] == head]
    best = commonest(full)
    return best if full.count(best) * 2 > len(full) else head
