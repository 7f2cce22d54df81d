"""``find_claims``, the stages in order: find the numbers, drop those that are not claims (and the numbers
of a score, "5-3"), give each its unit, join ranges, give a bare number the unit its sentence carries, then
make each a ``Claim``; a conversion in brackets takes the qualifier of the claim before it.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ...models import Claim
from ..nlp import doc_text
from .carried_units import carry_units
from .claim import to_claim
from .find_numbers import find_numbers
from .not_claims import is_not_a_claim
from .qualifier import inherit_qualifier, level_reached, over_a_span
from .ranges import join_ranges
from .units import with_unit

# "5-3", "2-2": a score, when the second number is not above the first (not "7-1/4", a whole and a fraction).
SCORE_RE = re.compile(r"(?<![\d.,$])(\d{1,3})\s?[-–]\s?(\d{1,3})(?![\d%\w/]|[.,]\d)")


def find_claims(doc: Doc) -> list[Claim]:
    """Every numeric claim in ``doc``, in text order; years, dates, times and ordinals are not claims."""
    text = doc_text(doc)
    scores = [m.span() for m in SCORE_RE.finditer(text) if int(m.group(2)) <= int(m.group(1))]
    numbers = [
        with_unit(doc, n)
        for n in find_numbers(doc)
        if not is_not_a_claim(doc, n) and not any(s <= n.start < e for s, e in scores)
    ]
    numbers = carry_units(doc, join_ranges(text, sorted(numbers, key=lambda n: n.start)))
    claims: list[Claim] = []
    for number in numbers:
        claim = to_claim(doc, number)
        claim = inherit_qualifier(text, claim, claims[-1] if claims else None)
        claim = over_a_span(text, claim, claims)
        claims.append(level_reached(doc, claim, claims))
    return claims
