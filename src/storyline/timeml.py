"""TimeML values and the calendar: what day interval a value covers, and the arithmetic the date rules need.

A TimeML DATE or TIME value is a day (``2013-05-16``), an ISO week (``2013-W20``), a month, a quarter
(``2013-Q2``), a half, a season (``2013-SU``), a year, a decade (``201``) or a century (``20``); every one of them
covers a day interval, and a position modifier ("mid-", "early") keeps a third of it. The date analyser, the
dating of undated articles, figures and timelines all read values through this module and nothing else.
"""

from __future__ import annotations

import calendar
import math
import re
from datetime import date, timedelta

from .models import DateRef

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
"""Month names and their abbreviations, lower case, with the month's number."""

WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
}  # fmt: skip

SEASON_MONTHS: dict[str, tuple[int, int]] = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}
"""Meteorological seasons as (first month, last month); winter runs into the next year."""

# The shapes of TimeML DATE/TIME values.
DAY_RE = re.compile(r"^(\d{4})-(\d\d)-(\d\d)(?:T.*)?$")
WEEK_RE = re.compile(r"^(\d{4})-W(\d\d)(-WE)?$")
MONTH_RE = re.compile(r"^(\d{4})-(\d\d)$")
QUARTER_RE = re.compile(r"^(\d{4})-Q([1-4])$")
HALF_RE = re.compile(r"^(\d{4})-H([12])$")
SEASON_RE = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
YEAR_RE = re.compile(r"^(\d{4})$")
DECADE_RE = re.compile(r"^(\d{3})X?$")
CENTURY_RE = re.compile(r"^(\d{2})$")

MOD_SHARES: dict[str, tuple[float, float]] = {
    "START": (0.0, 1 / 3),
    "MID": (1 / 3, 2 / 3),
    "END": (2 / 3, 1.0),
}


def add_months(year: int, month: int, months: int) -> tuple[int, int]:
    """(year, month) shifted by ``months``."""
    index = year * 12 + month - 1 + months
    return index // 12, index % 12 + 1


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def safe_date(year: int, month: int, day: int) -> date | None:
    """The date, or None when the day does not exist in that month."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def week_value(day: date) -> str:
    """The ISO week of ``day`` as a TimeML value (``2013-W20``)."""
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def quarter_of(day: date) -> int:
    return (day.month - 1) // 3 + 1


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The n-th ``weekday`` (0 = Monday) of a month; n = -1 is the last one."""
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = month_end(year, month)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def easter(year: int) -> date:
    """Western Easter Sunday (the Meeus/Jones/Butcher computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (b - (b + 8) // 25 + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    weekday = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * weekday) // 451
    n = h + weekday - 7 * m + 114
    return date(year, n // 31, n % 31 + 1)


def movable_holiday(name: str, year: int) -> date | None:
    """The date of a holiday whose day changes from year to year (US conventions)."""
    if name.startswith("thanksgiving"):
        return nth_weekday(year, 11, 3, 4)
    if name.startswith("easter"):
        return easter(year)
    if name == "good friday":
        return easter(year) - timedelta(days=2)
    if name == "labor day":
        return nth_weekday(year, 9, 0, 1)
    if name == "memorial day":
        return nth_weekday(year, 5, 0, -1)
    if name == "election day":
        return nth_weekday(year, 11, 0, 1) + timedelta(days=1)
    return None


def month_week(year: int, month: int, n: int) -> date:
    """Monday of the n-th week of a month, counting weeks from the month's first Monday."""
    return nth_weekday(year, month, 0, n)


def value_interval(value: str | None) -> tuple[date, date] | None:
    """The first and last day a TimeML DATE/TIME value covers, or None for values with no calendar span (also for
    one that runs off the calendar: "0000-12", a winter of 9999, a week 53 the year lacks)."""
    if not value:
        return None
    try:
        return _calendar_span(value)
    except (ValueError, OverflowError):
        return None


def _calendar_span(value: str) -> tuple[date, date] | None:
    if m := DAY_RE.match(value):
        day = safe_date(int(m[1]), int(m[2]), int(m[3]))
        return (day, day) if day else None
    if m := WEEK_RE.match(value):
        monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
        return (
            (monday + timedelta(days=5), monday + timedelta(days=6))
            if m[3]
            else (monday, monday + timedelta(6))
        )
    if m := MONTH_RE.match(value):
        year, month = int(m[1]), int(m[2])
        return (date(year, month, 1), month_end(year, month)) if 1 <= month <= 12 else None
    if m := QUARTER_RE.match(value):
        year, first = int(m[1]), 3 * int(m[2]) - 2
        return date(year, first, 1), month_end(year, first + 2)
    if m := HALF_RE.match(value):
        year, first = int(m[1]), 6 * int(m[2]) - 5
        return date(year, first, 1), month_end(year, first + 5)
    if m := SEASON_RE.match(value):
        year = int(m[1])
        first, last = SEASON_MONTHS[m[2]]
        end_year = year + 1 if last < first else year
        return date(year, first, 1), month_end(end_year, last)
    if m := YEAR_RE.match(value):
        year = int(m[1])
        return (date(year, 1, 1), date(year, 12, 31)) if year >= 1 else None
    if m := DECADE_RE.match(value):
        start = int(m[1]) * 10
        return (date(start, 1, 1), date(start + 9, 12, 31)) if start >= 1 else None
    if m := CENTURY_RE.match(value):
        start = int(m[1]) * 100
        return (date(max(start, 1), 1, 1), date(start + 99, 12, 31)) if start >= 0 else None
    return None


def narrow(span: tuple[date, date], mod: str | None) -> tuple[date, date]:
    """The part of ``span`` that a position modifier keeps ("mid-November" keeps the middle third)."""
    if mod not in MOD_SHARES:
        return span
    start, end = span
    days = (end - start).days + 1
    if days < 3:
        return span
    low, high = MOD_SHARES[mod]
    first = start + timedelta(days=math.floor(days * low))
    last = start + timedelta(days=math.ceil(days * high) - 1)
    return first, last


# --------------------------------------------------------------------------------------------------------------
# Normalisation rules
# --------------------------------------------------------------------------------------------------------------


def day_value(day: date) -> str:
    return day.isoformat()


def month_value(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


# --- values as timelines use them: a day or a month -------------------------------------------------------------


def unit_of(value: str | None) -> str | None:
    """``"day"`` or ``"month"`` for a TimeML value of that precision, else None (years, weeks, durations...)."""
    if not value:
        return None
    if DAY_RE.match(value):
        return "day"
    if MONTH_RE.match(value):
        return "month"
    return None


def key_of(ref: DateRef) -> str | None:
    """The day or month a DATE/TIME expression names, as a TimeML value (times of day cut to their day)."""
    if ref.type not in ("DATE", "TIME") or not ref.value:
        return None
    m = DAY_RE.match(ref.value)
    if m:
        return "-".join(m.groups())
    return ref.value if MONTH_RE.match(ref.value) else None


def bounds(key: str) -> tuple[str, str]:
    """First and last day of a day or month value."""
    m = MONTH_RE.match(key)
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
