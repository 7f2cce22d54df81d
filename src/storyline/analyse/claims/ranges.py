"""Ranges: "X to Y", "X-Y", "X or Y", "between X and Y" and "from X [a few words] to Y" join into one number
with an upper end; "X-Y" of bare whole numbers where Y is not above X is a score, and neither is a claim.
"""

from __future__ import annotations

import re
from dataclasses import replace

from . import patterns as P
from .find_numbers import NUM_WORD
from .number import Number

RANGE_JOIN_RE = re.compile(r"^\s*(?:-|–|—|to|to-|and|or)\s*$", re.I)

RANGE_END_RE = re.compile(rf"^\s*(?:-|–|to|or|and)\s*(?:\d[\d,.]*|(?:{NUM_WORD})\b)", re.I)

# "from $61,200 at 9.30pm on Monday to $58,410": a few words (no clause) between the ends of a from-to range.
FROM_TO_GAP_RE = re.compile(r"^\s+[^;:()\[\]]{1,40}?\s+to\s*$", re.I)


def range_end(text: str, end: int) -> int:
    """Where the other end of a range that starts at ``end`` stops ("three [or four] years"), else ``end``."""
    other = RANGE_END_RE.match(text[end:])
    return end + other.end() if other else end


def join_ranges(text: str, numbers: list[Number]) -> list[Number]:
    """Joins "X to Y", "X-Y" and "between X and Y" into one number with an upper bound; drops scores ("5-3")."""
    out: list[Number] = []
    i = 0
    while i < len(numbers):
        first = numbers[i]
        if i + 1 < len(numbers):
            second = numbers[i + 1]
            joined = _range_of(text, first, second)
            if joined == "score":
                i += 2
                continue
            if joined is not None:
                out.append(joined)
                i += 2
                continue
        out.append(first)
        i += 1
    return out


def _range_of(text: str, first: Number, second: Number) -> Number | str | None:
    between = text[first.unit_end or first.end : second.prefix_start or second.start]
    head = text[max(0, (first.prefix_start or first.start) - 30) : first.prefix_start or first.start].lower()
    if FROM_TO_GAP_RE.match(between) and re.search(r"\bfrom\s+$", head) and len(between.split()) <= 6:
        between = " to "
    if not RANGE_JOIN_RE.match(between) or first.upper is not None or second.upper is not None:
        return None
    joiner = between.strip().lower()
    if joiner == "or" and not first.value < second.value:
        return None  # "three or four years" is a range; "five or 2" is a choice
    if joiner == "and" and not re.search(r"\bbetween\s+\S*$", head):
        return None
    words = re.findall(r"[\w+]+", head)
    after_change = bool(words) and (words[-1] in P.UP_WORDS | P.DOWN_WORDS or words[-1] == "by")
    if joiner == "to" and after_change and (first.unit or first.currency):
        return None  # "rose by $12.4 billion to $305.9 billion": a change and where it ended
    if first.unit and second.unit and first.unit != second.unit:
        if not first.unit.startswith(f"{second.unit} per ") and not second.unit.startswith(
            f"{first.unit} per "
        ):
            return None
        longer = max(
            first.unit, second.unit, key=len
        )  # "from $75 per barrel to $45.88", "$62 and $68 a share"
        first, second = replace(first, unit=longer), replace(second, unit=longer)
    low, high = first.value, second.value
    if second.scaled and not first.scaled:  # "$41 to $47 billion", unless "$500 to $2 million"
        digits = re.match(r"[\d.,]+", text[second.start : second.end])
        base = float(digits.group(0).replace(",", "")) if digits else 0.0
        scale = high / base if base else 1.0
        if low * scale <= high:
            low *= scale
    elif not after_change and _thousands_shorthand(text, first, second, joiner, head):
        low *= 1000 ** text[second.start : second.end].count(",000")
    if joiner == "to" and words[-1:] == ["by"] and high > 4 * low and not _is_table_unit(second.unit):
        return None  # "rose by 8,000 to 221,000": a bare change, and the level it reached far above it
    if joiner in ("-", "–", "—") and high <= low:
        bare = not (first.unit or second.unit or first.currency or second.currency)
        return "score" if bare and float(low).is_integer() and float(high).is_integer() else None
    if high <= low and not re.search(r"\bfrom\s+\S*$", head):
        return None
    low, high = sorted((low, high))
    return replace(
        second,
        start=first.start,
        prefix_start=first.prefix_start,
        value=low,
        upper=high,
        unit=second.unit or first.unit,
        currency=first.currency or second.currency,
    )


def _thousands_shorthand(text: str, first: Number, second: Number, joiner: str, head: str) -> bool:
    """Whether a range writes its first end short, sharing the thousands of its second ("45 to 50,000", "between
    8 and 12,000", "3-4,000 homes"): the first a bare whole number under a thousand, the second's digits ending
    in ",000", and the first so scaled below the second, within a tenth of it. Not a change from one level to
    another ("rose from about 45 to 50,000", "rose by some 12 to 20,000"), a first end of one ("seats 1 to 5,000") or
    one with its own currency or unit ("$45 to $50,000"), where both ends say what they are."""
    written = text[first.start : first.end]
    groups = text[second.start : second.end].count(",000")
    if not (
        re.fullmatch(r"\d{1,3}", written)
        and groups
        and re.search(r"(?:,000)+$", text[second.start : second.end])
    ):
        return False
    changed_by = re.search(r"\b([a-z]+)\s+(?:[a-z]+ly\s+)?by\s+(?:\S+\s+)?$", head)
    if changed_by and changed_by.group(1) in P.UP_WORDS | P.DOWN_WORDS:
        return False
    if re.search(r"\bfrom\s+(?:\S+\s+)?$", head) or joiner == "or" or first.currency or first.unit:
        return False
    if first.value < 2:
        return False
    scaled = first.value * 1000**groups
    return scaled < second.value <= 10 * scaled


def _is_table_unit(unit: str | None) -> bool:
    """A measure from the unit table ("rise by 2 to 3 percent" is a range of percents), not a counted noun."""
    return unit is not None and (unit in P.UNITS.values() or unit in P.CASE_UNITS.values())
