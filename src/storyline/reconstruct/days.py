"""TimeML date values as the timeline uses them: a day (``2013-05-16``) or a month (``2013-06``) and its days."""

from __future__ import annotations

import calendar
import re
from datetime import date

from ..models import DateRef

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")


def unit_of(value: str | None) -> str | None:
    """``"day"`` or ``"month"`` for a TimeML value of that precision, else None (years, weeks, durations...)."""
    if not value:
        return None
    if _DAY.match(value):
        return "day"
    if _MONTH.match(value):
        return "month"
    return None


def key_of(ref: DateRef) -> str | None:
    """The day or month a DATE/TIME expression names, as a TimeML value (times of day cut to their day)."""
    if ref.type not in ("DATE", "TIME") or not ref.value:
        return None
    m = _DAY.match(ref.value)
    if m:
        return "-".join(m.groups())
    return ref.value if _MONTH.match(ref.value) else None


def bounds(key: str) -> tuple[str, str]:
    """First and last day of a day or month value."""
    m = _MONTH.match(key)
    if m:
        year, month = int(m.group(1)), int(m.group(2))
        last = calendar.monthrange(year, month)[1]
        return f"{key}-01", f"{key}-{last:02d}"
    return key, key


def shift(day: str, days: int) -> str:
    return date.fromordinal(date.fromisoformat(day).toordinal() + days).isoformat()


def within(key: str, between: tuple[str, str] | None) -> bool:
    """True when the day or month lies wholly inside the inclusive day interval (or no interval is given)."""
    if between is None:
        return True
    first, last = bounds(key)
    return between[0] <= first and last <= between[1]
