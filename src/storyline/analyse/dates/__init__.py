"""Temporal expressions (TimeML TIMEX3): find them, give each its type, value and day interval.

Rules in the manner of HeidelTime: a regular expression per family of expression (patterns kept as data in
``patterns.py``; the families in ``explicit.py``, ``relative.py`` and ``times.py``), a normaliser per rule, and
the tense of the governing verb to decide whether an underspecified expression ("Thursday", "June", "Nov. 25")
points back or ahead from the publication day. What we add to HeidelTime: the tense comes from the dependency
parse (``tense.py``: the verb the expression hangs on, its auxiliaries and infinitive heads such as "is due to
meet"), year-less dates and months pick the nearest occurrence on the side the tense allows, and every value
carries its day interval ("mid-November" is the 11th..20th). ``resolution.py`` finds and re-normalises
expressions without spaCy, from the text and the tense stored in ``DateRef.anchor``, so the cross-article steps
can resolve an article's dates again against an inferred publication day; ``neighbours.py`` reads neighbouring
expressions together (the two ends of a weekday range, a clock time and the day after it).

Only ``find_dates`` (in ``find.py``) needs spaCy; the names below load lazily, so importing
``storyline.analyse.dates.resolution`` never loads the model's library.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .find import find_dates
    from .resolution import is_anaphoric, normalise, resolve, resolve_all, resolver
    from .rules import TENSES

__all__ = ["TENSES", "find_dates", "is_anaphoric", "normalise", "resolve", "resolve_all", "resolver"]
_HOME = {"find_dates": ".find", "TENSES": ".rules"}


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(name)
    return getattr(import_module(_HOME.get(name, ".resolution"), __name__), name)
