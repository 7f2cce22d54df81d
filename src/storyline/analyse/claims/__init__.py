"""Numeric claims in one article: the value, its bounds, what is counted, what it is about and who says so.

Works the way CQE does it, with rules over spaCy's parse instead of CQE's own grammar:

1. numbers are found on the text (digits with scales, powers of ten and attached units, number words,
   "dozens of", fractions) and anything that is a year, a date, a time, an ordinal, a score, a house number,
   a duration used as an adjective ("a five-year plan") or part of a name is dropped;
2. "X to Y", "X-Y", "X or Y", "between X and Y" and "from X [a few words] to Y" join into a range;
3. the unit is a known unit or currency next to the number, else the noun the number counts (its parse head;
   a unit when that noun is one: "212 passing yards" -> yard); a bare number then takes the unit the sentence
   gives it elsewhere ("40 million of the 2.5 billion rupees", "by 2% ... by 1", "two-, three- and
   four-door");
4. the qualifier comes from the words before ("at least", "about", "up to") or a change word ("rose", "down",
   "a 3% drop"): a change wins over an upper bound ("rose under 4%"), an approximation or a lower bound over a
   change ("rose about 5%", "climbed more than 3%"), as CQE reads them;
5. the concept is the verb phrase or noun the number is about, and the attribution is the subject of the
   nearest reporting verb above it ("the FSB estimated that ..."), or "according to X", when that subject
   names a source: a named entity, a proper noun, or a source noun ("officials", "a person who has seen it").

The package, one stage a module, in the order ``find_claims`` (``extract``) runs them:

- ``find_numbers``: numbers in digits, words, plural amounts and fractions;
- ``not_claims``: years, dates, times, ordinals, labels and parts of names, dropped;
- ``units``: the unit next to a number, or the noun it counts;
- ``ranges``: two numbers joined into a range, or dropped as a score;
- ``carried_units``: a bare number given the unit its sentence gives it elsewhere;
- ``claim``: a number made a ``Claim``, with ``qualifier``, ``concept`` and ``attribution``;
- ``patterns``: the word lists, unit tables and regexes all of them read; ``number`` and ``words``: the
  ``Number`` record and the word look-ups they share.

``find_claims`` loads lazily, so reading ``patterns`` (as figures do) does not load spaCy.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .extract import find_claims

__all__ = ["find_claims"]


def __getattr__(name: str) -> Any:
    if name != "find_claims":
        raise AttributeError(name)
    from .extract import find_claims

    return find_claims
