"""Temporal expressions (TimeML TIMEX3): find them, give each its type, value and day interval.

Rules in the manner of HeidelTime: a regular expression per family of expression (patterns kept as data in
``date_patterns.py``), a normaliser per rule, and the tense of the governing verb to decide whether an
underspecified expression ("Thursday", "June", "Nov. 25") points back or ahead from the publication day.
What we add to HeidelTime: the tense comes from the dependency parse (the verb the expression hangs on, its
auxiliaries and infinitive heads such as "is due to meet"), year-less dates and months pick the nearest
occurrence on the side the tense allows, and every value carries its day interval ("mid-November" is the
11th..20th). ``resolve`` re-normalises an expression against another publication day without spaCy, from the
text and the tense stored in ``DateRef.anchor``.
"""

from __future__ import annotations

import calendar
import math
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from functools import cache

from spacy.tokens import Doc, Span, Token

from ..models import DateRef, TimexType
from . import date_patterns as P
from .nlp import doc_text
from .spans import DisjointSpans

Tense = str  # "past", "future", "present"
TENSES = ("past", "future", "present")

# --------------------------------------------------------------------------------------------------------------
# Calendar arithmetic
# --------------------------------------------------------------------------------------------------------------

_DAY = re.compile(r"^(\d{4})-(\d\d)-(\d\d)(?:T.*)?$")
_WEEK = re.compile(r"^(\d{4})-W(\d\d)(-WE)?$")
_MONTH = re.compile(r"^(\d{4})-(\d\d)$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_HALF = re.compile(r"^(\d{4})-H([12])$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
_YEAR = re.compile(r"^(\d{4})$")
_DECADE = re.compile(r"^(\d{3})X?$")
_CENTURY = re.compile(r"^(\d{2})$")

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
    """The first and last day a TimeML DATE/TIME value covers, or None for values with no calendar span."""
    if not value:
        return None
    if m := _DAY.match(value):
        day = safe_date(int(m[1]), int(m[2]), int(m[3]))
        return (day, day) if day else None
    if m := _WEEK.match(value):
        monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
        return (
            (monday + timedelta(days=5), monday + timedelta(days=6))
            if m[3]
            else (monday, monday + timedelta(6))
        )
    if m := _MONTH.match(value):
        year, month = int(m[1]), int(m[2])
        return (date(year, month, 1), month_end(year, month)) if 1 <= month <= 12 else None
    if m := _QUARTER.match(value):
        year, first = int(m[1]), 3 * int(m[2]) - 2
        return date(year, first, 1), month_end(year, first + 2)
    if m := _HALF.match(value):
        year, first = int(m[1]), 6 * int(m[2]) - 5
        return date(year, first, 1), month_end(year, first + 5)
    if m := _SEASON.match(value):
        year = int(m[1])
        first, last = P.SEASON_MONTHS[m[2]]
        end_year = year + 1 if last < first else year
        return date(year, first, 1), month_end(end_year, last)
    if m := _YEAR.match(value):
        year = int(m[1])
        return (date(year, 1, 1), date(year, 12, 31)) if year >= 1 else None
    if m := _DECADE.match(value):
        start = int(m[1]) * 10
        return (date(start, 1, 1), date(start + 9, 12, 31)) if start >= 1 else None
    if m := _CENTURY.match(value):
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


class NoReference(Exception):
    """A relative expression needs the publication day, and it is unknown."""


@dataclass
class Context:
    """What a rule may use: the reference day (reading it marks the value as relative) and the tense."""

    reference: date | None
    tense: Tense
    relative: bool = False

    @property
    def day(self) -> date:
        self.relative = True
        if self.reference is None:
            raise NoReference
        return self.reference


@dataclass(frozen=True)
class Timex:
    """A normalised expression; ``span`` overrides the interval the value implies (as for "June 10-12")."""

    type: TimexType
    value: str | None
    mod: str | None = None
    span: tuple[date, date] | None = None


Normaliser = Callable[[re.Match[str], Context], Timex]
Accept = Callable[[re.Match[str]], bool]


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    normalise: Normaliser
    accept: Accept | None = None


RULES: list[Rule] = []
_START = r"(?<![\w$£€])"
_END = r"(?![\w])"


def rule(name: str, pattern: str, accept: Accept | None = None) -> Callable[[Normaliser], Normaliser]:
    """Registers a normaliser for every match of ``pattern`` (case-insensitive, on word boundaries)."""

    def register(normalise: Normaliser) -> Normaliser:
        compiled = re.compile(f"{_START}(?:{pattern}){_END}", re.IGNORECASE)
        RULES.append(Rule(name, compiled, normalise, accept))
        return normalise

    return register


YEAR = r"(?:1[0-9]|20)\d\d"
DAY = r"[0-3]?\d(?:st|nd|rd|th)?"
REL = {"last": -1, "past": -1, "previous": -1, "prior": -1, "this": 0, "current": 0, "the": 0, "same": 0,
       "next": 1, "coming": 1, "following": 1}  # fmt: skip
TENS = {"ten": 10, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90}  # fmt: skip
TEENS = {"eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
         "seventeen": 17, "eighteen": 18, "nineteen": 19}  # fmt: skip
UNIT_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
}
WRONG_SIDE_DAYS = 250  # how much a date on the side the tense rules out is penalised when picking a year


def words(match: re.Match[str], group: str) -> str:
    """A group's text, lower-cased, with whitespace runs and curly quotes normalised ("" when absent)."""
    text = match.group(group) or ""
    return re.sub(r"\s+", " ", text.lower().replace("’", "'")).strip()


def month_number(text: str) -> int:
    return P.MONTHS[text.lower().rstrip(".")]


def weekday_number(text: str) -> int:
    key = text.lower().rstrip(".")
    for name, number in P.WEEKDAYS.items():
        if name.startswith(key[:3]):
            return number
    raise KeyError(text)


def position(text: str) -> str | None:
    """TimeML ``mod`` of a position word ("mid-" -> MID), None when there is none."""
    key = text.strip().rstrip("-").lower()
    key = re.sub(r"\s+", " ", key)
    return P.POSITIONS[key][0] if key in P.POSITIONS else None


def parse_number(text: str) -> float | None:
    """The value of a number written in digits or words; None for vague quantities ("several")."""
    text = re.sub(r"\s+", " ", text.lower()).strip()
    if text in P.NUMBER_WORDS:
        return P.NUMBER_WORDS[text]
    if m := re.fullmatch(r"(\d+) (\d)/(\d)", text):
        return int(m[1]) + int(m[2]) / int(m[3])
    if re.fullmatch(r"\d+(?:\.\d+)?", text):
        return float(text)
    if "-" in text:
        tens, _, unit = text.partition("-")
        return P.NUMBER_WORDS.get(tens, 0) + P.NUMBER_WORDS.get(unit, 0) or None
    return None


def number_text(value: float | None) -> str:
    if value is None:
        return "X"
    return str(int(value)) if value == int(value) else f"{value:g}"


def unit_key(text: str) -> str:
    key = text.lower()
    if key.endswith("ies"):
        return key[:-3] + "y"
    return key[:-1] if key.endswith("s") and key[:-1] in P.UNITS else key


def duration_value(amount: float | None, unit: str) -> str:
    """An ISO 8601 / TimeML duration: ``P2Y``, ``PT5H30M`` ("5 1/2 hours"), ``PXD`` (unknown amount)."""
    letter, is_time = P.UNITS[unit_key(unit)]
    factor = 1
    if m := re.fullmatch(r"(\d+)([A-Z]+)", letter):
        factor, letter = int(m[1]), m[2]
    if amount is None:
        return f"P{'T' if is_time else ''}X{letter}"
    amount *= factor
    whole = int(amount)
    smaller = {"Y": (12, "M", False), "W": (7, "D", False), "D": (24, "H", True)}.get(letter)
    if is_time:
        smaller = {"H": (60, "M", True), "M": (60, "S", True)}.get(letter)
    rest = round((amount - whole) * smaller[0]) if smaller else 0
    text = f"{whole}{letter}" if whole or not rest else ""
    if rest and smaller:
        text += ("T" if smaller[2] and not is_time else "") + f"{rest}{smaller[1]}"
    return f"P{'T' if is_time else ''}{text}"


def nearest(candidates: Iterable[tuple[date, date]], day: date, tense: Tense) -> tuple[date, date]:
    """The candidate period closest to ``day``, penalising those on the side the tense rules out."""

    def cost(period: tuple[date, date]) -> int:
        first, last = period
        if first <= day <= last:
            return 0
        distance = (first - day).days if first > day else (day - last).days
        wrong = (tense == "past" and first > day) or (tense == "future" and last < day)
        return distance + (WRONG_SIDE_DAYS if wrong else 0)

    return min(candidates, key=cost)


def day_value(day: date) -> str:
    return day.isoformat()


def month_value(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def year_for_month_day(ctx: Context, month: int, day: int, weekday: int | None = None) -> int:
    """The year of a year-less date: the nearest occurrence on the tense's side (and on the right weekday)."""
    ref = ctx.day
    options = []
    for year in range(ref.year - 6, ref.year + 7):
        found = safe_date(year, month, min(day, calendar.monthrange(year, month)[1]))
        if found and (weekday is None or found.weekday() == weekday):
            options.append((found, found))
    if not options:
        return ref.year
    close = [o for o in options if abs(o[0].year - ref.year) <= 1] or options
    return nearest(close, ref, ctx.tense)[0].year


SPELLED_YEAR = (
    r"(?:nineteen|twenty)[\s-]+(?:(?:" + "|".join(TENS) + r")(?:[\s-]+(?:" + "|".join(UNIT_WORDS) + r"))?|(?:"
    + "|".join(TEENS) + r"))|two\s+thousand(?:\s+and\s+(?:" + "|".join(UNIT_WORDS) + r"))?"
)  # fmt: skip


def day_of_month(text: str) -> int:
    """The number of "25", "25th"."""
    return int(re.sub(r"\D", "", text))


def yearless_day(
    ctx: Context, month_text: str, day_text: str, weekday_text: str | None = None
) -> date | None:
    """The day a year-less "Nov. 9" (or "Friday, Nov. 9") names: in the year ``year_for_month_day`` picks."""
    month, day = month_number(month_text), day_of_month(day_text)
    weekday = weekday_number(weekday_text) if weekday_text else None
    return safe_date(year_for_month_day(ctx, month, day, weekday), month, day)


def spelled_year(text: str) -> int:
    """The year a spelled-out year names: "nineteen ninety-four" is 1994, "two thousand and one" 2001."""
    parts = re.split(r"[\s-]+", text.lower())
    if parts[:2] == ["two", "thousand"]:
        return 2000 + UNIT_WORDS.get(parts[-1], 0)
    rest = parts[1:]
    number = TEENS.get(rest[0]) or TENS[rest[0]] + (UNIT_WORDS.get(rest[1], 0) if len(rest) > 1 else 0)
    return (1900 if parts[0] == "nineteen" else 2000) + number


def year_group(m: re.Match[str], digits: str = "year", spelled: str = "syear") -> int | None:
    """The year written in a match's digit group or its spelled-out group, None when neither is there."""
    if m[digits]:
        return int(m[digits])
    if spelled in m.re.groupindex and m[spelled]:
        return spelled_year(m[spelled])
    return None


# --- explicit calendar dates ------------------------------------------------------------------------------------


@rule("iso", r"(?P<y>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)")
def _iso(m: re.Match[str], ctx: Context) -> Timex:
    return Timex("DATE", f"{m['y']}-{m['m']}-{m['d']}")


@rule("numeric", r"(?P<m>[01]?\d)/(?P<d>[0-3]?\d)/(?P<y>\d{4}|\d\d)")
def _numeric(m: re.Match[str], ctx: Context) -> Timex:
    year = int(m["y"]) if len(m["y"]) == 4 else 1900 + int(m["y"]) + (100 if int(m["y"]) < 50 else 0)
    found = safe_date(year, int(m["m"]), int(m["d"]))
    return Timex("DATE", day_value(found) if found else None)


def _full_date(m: re.Match[str], ctx: Context) -> Timex:
    found = safe_date(int(m["year"]), month_number(m["month"]), day_of_month(m["day"]))
    if found and "h" in m.re.groupindex and m["h"]:
        hour = int(m["h"]) % 12 + (12 if m["ap"].lower().startswith("p") else 0) if m["ap"] else int(m["h"])
        return Timex("TIME", f"{day_value(found)}T{hour:02d}:{m['mi']}")
    return Timex("DATE", day_value(found) if found else None)


rule(
    "mdy",
    rf"(?:(?:{P.WEEKDAY}),?\s+)?(?P<month>{P.MONTH})\s+(?P<day>{DAY}),?\s+(?P<year>{YEAR})"
    rf"(?:,?\s+(?:at\s+)?(?P<h>[01]?\d)[:.](?P<mi>[0-5]\d)(?:\s*(?P<ap>[ap]\.?\s?m\.?))?)?",
)(_full_date)
rule(
    "dmy",
    rf"(?:(?:{P.WEEKDAY}),?\s+)?(?:the\s+)?(?P<day>{DAY})\s+(?:of\s+)?(?P<month>{P.MONTH}),?\s+(?P<year>{YEAR})",
)(_full_date)


def _month_day(m: re.Match[str], ctx: Context) -> Timex:
    month, day = month_number(m["month"]), day_of_month(m["day"])
    rel = words(m, "rel") if "rel" in m.re.groupindex else ""
    if rel in ("last", "next"):  # "last Oct. 23": the one before (or after) the reference day
        ref = ctx.day
        options = [d for y in (ref.year - 1, ref.year, ref.year + 1) if (d := safe_date(y, month, day))]
        found = max(d for d in options if d < ref) if rel == "last" else min(d for d in options if d > ref)
        return Timex("DATE", day_value(found))
    found = yearless_day(ctx, m["month"], m["day"], m["wd"])
    return Timex("DATE", day_value(found) if found else None)


rule(
    "md",
    rf"(?:(?P<rel>last|next|this)\s+)?(?:(?P<wd>{P.WEEKDAY}),?\s+)?(?P<month>{P.MONTH})\s+(?P<day>{DAY})",
)(_month_day)
rule("dm", rf"(?:(?P<wd>{P.WEEKDAY}),?\s+)?(?:the\s+)?(?P<day>{DAY})\s+(?:of\s+)?(?P<month>{P.MONTH})")(
    _month_day
)


@rule(
    "range",
    rf"(?P<month>{P.MONTH})\s+(?P<d1>{DAY})\s*(?:-|–|—|to|through|until)\s*(?P<d2>{DAY})(?:,?\s+(?P<year>{YEAR}))?",
)
def _range(m: re.Match[str], ctx: Context) -> Timex:
    month = month_number(m["month"])
    first, last = day_of_month(m["d1"]), day_of_month(m["d2"])
    year = int(m["year"]) if m["year"] else year_for_month_day(ctx, month, first)
    start, end = safe_date(year, month, first), safe_date(year, month, last)
    if not start or not end or end < start:
        return Timex("DATE", None)
    return Timex("DATE", month_value(year, month), span=(start, end))


_FIRST_OF_TWO_DAYS = re.compile(rf"(?P<month>{P.MONTH})\s+(?P<day>{DAY}),?\s+(?:and|or)\s+$", re.IGNORECASE)


def _first_of_two_days(m: re.Match[str]) -> re.Match[str] | None:
    return _FIRST_OF_TWO_DAYS.search(m.string, max(0, m.start() - 24), m.start())


def _second_day_accept(m: re.Match[str]) -> bool:
    return _first_of_two_days(m) is not None


@rule("second_day", r"(?:(?<=\sand\s)|(?<=\sor\s))(?P<day>[0-3]?\d(?:st|nd|rd|th)?)(?![\d.,]\d|\s*(?:%|percent))",
      _second_day_accept)  # fmt: skip
def _second_day(m: re.Match[str], ctx: Context) -> Timex:
    """The 25 of "April 24 and 25": the same month as the day before it."""
    before = _first_of_two_days(m)
    assert before is not None
    first = yearless_day(ctx, before["month"], before["day"])
    found = first and safe_date(first.year, first.month, day_of_month(m["day"]))
    return Timex("DATE", day_value(found) if found else None)


@rule("week_of", rf"the\s+week\s+of\s+(?P<month>{P.MONTH})\s+(?P<day>{DAY})(?:,?\s+(?P<year>{YEAR}))?")
def _week_of(m: re.Match[str], ctx: Context) -> Timex:
    """ "the week of March 6": the (ISO) week that day falls in."""
    if m["year"]:
        found = safe_date(int(m["year"]), month_number(m["month"]), day_of_month(m["day"]))
    else:
        found = yearless_day(ctx, m["month"], m["day"])
    return Timex("DATE", week_value(found) if found else None)


@rule("month_week", rf"(?:the\s+)?(?P<ord>first|second|third|fourth|last|1st|2nd|3rd|4th)\s+week\s+(?:of|in)\s+"
      rf"(?P<month>{P.MONTH})(?:,?\s+(?P<year>{YEAR}))?")  # fmt: skip
def _month_week(m: re.Match[str], ctx: Context) -> Timex:
    month = month_number(m["month"])
    year = int(m["year"]) if m["year"] else _month_year(ctx, month, None)
    monday = month_week(year, month, P.ORDINALS[words(m, "ord")])
    return Timex("DATE", week_value(monday))


def _month_year(ctx: Context, month: int, rel: str | None) -> int:
    """The year of a year-less month: "last June" is the June before this month, plain "June" the nearest."""
    ref = ctx.day
    # Within a year the month just gone is "last month" and the one ahead "next month": "last February"
    # written in March is the February a year before, "next April" written in March the April a year on. Across
    # New Year "last December" is the one just ended; "this past" and "this coming" always mean the nearest.
    if rel in ("last", "past"):
        return ref.year if month < ref.month - (rel == "last") else ref.year - 1
    if rel in ("next", "coming"):
        return ref.year if month > ref.month + (rel == "next") else ref.year + 1
    if rel == "this":
        return ref.year
    options = [(date(y, month, 1), month_end(y, month)) for y in (ref.year - 1, ref.year, ref.year + 1)]
    return nearest(options, ref, ctx.tense)[0].year


def _not_a_verb_month(m: re.Match[str]) -> bool:
    """A bare abbreviation ("Dec") or an all-lowercase name is not taken as a month on its own."""
    bare = not (m["rel"] or m["pos"] or m["year"] or m["ryear"] or m["syear"])
    return not bare or len(m["month"].rstrip(".")) > 4 or m["month"].lower() in ("june", "july", "may")


@rule(
    "month",
    rf"(?:(?P<rel>last|next|this|coming|past)\s+)?(?:(?P<pos>{P.POSITION})\s*)?(?P<month>{P.MONTH})"
    rf"(?:,?\s+(?:of\s+)?(?:(?P<year>{YEAR})|(?P<ryear>this|last|next)\s+year|(?P<syear>{SPELLED_YEAR})))?",
    accept=_not_a_verb_month,
)
def _month(m: re.Match[str], ctx: Context) -> Timex:
    month = month_number(m["month"])
    if (given := year_group(m)) is not None:
        year = given
    elif m["ryear"]:
        year = ctx.day.year + REL[words(m, "ryear")]
    else:
        year = _month_year(ctx, month, words(m, "rel") or None)
    return Timex("DATE", month_value(year, month), position(m["pos"] or ""))


def _plausible_year(m: re.Match[str]) -> bool:
    return 1000 <= int(m["year"][-4:]) <= 2099


@rule("year", rf"(?:(?P<pos>{P.POSITION})\s*)?(?:(?:fiscal|calendar|FY|the\s+year|the\s+fiscal\s+year)\s*)?"
      rf"(?P<year>{YEAR})(?!\s*(?:%|percent|per\s+cent|-\d|[.,]\d))", accept=_plausible_year)  # fmt: skip
def _year(m: re.Match[str], ctx: Context) -> Timex:
    return Timex("DATE", m["year"], position(m["pos"] or ""))


_COUNTED_NOUN = re.compile(
    rf"\s+(?:(?:{P.UNIT})s?|people|dollars|miles|troops|soldiers|members)\b", re.IGNORECASE
)


def _spelled_year_accept(m: re.Match[str]) -> bool:
    """ "more than two thousand years" counts years; "in two thousand" names one."""
    return m.group(0).lower().startswith("the") or _COUNTED_NOUN.match(m.string, m.end()) is None


@rule("spelled_year", rf"(?:the\s+year\s+)?(?P<syear>{SPELLED_YEAR})", _spelled_year_accept)
def _spelled_year(m: re.Match[str], ctx: Context) -> Timex:
    return Timex("DATE", str(spelled_year(m["syear"])))


@rule("decade", rf"(?:the\s+(?P<half>first|second|last|latter)\s+half\s+of\s+(?:the\s+)?|(?:the\s+)?(?P<pos>{P.POSITION})"
      rf"\s*)?(?:(?P<cent>1[0-9]|20)|['’])(?P<dec>\d)0['’]?s")  # fmt: skip
def _decade(m: re.Match[str], ctx: Context) -> Timex:
    if m["cent"]:
        century = int(m["cent"])
    else:
        ref = ctx.day
        century = ref.year // 100 - (1 if int(m["dec"]) * 10 > ref.year % 100 else 0)
    value = f"{century}{m['dec']}"
    if half := words(m, "half"):  # "the last half of the '80s": 1985-1989
        first = int(value) * 10 + (0 if half == "first" else 5)
        return Timex(
            "DATE",
            value,
            "START" if half == "first" else "END",
            span=(date(first, 1, 1), date(first + 4, 12, 31)),
        )
    return Timex("DATE", value, position(m["pos"] or ""))


ORDINAL_CENTURIES = {"eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twenty-first": 21}


@rule("century", r"(?:the\s+)?(?:(?P<num>\d{1,2})(?:st|nd|rd|th)|(?P<word>eighteenth|nineteenth|twentieth|"
      r"twenty-first)|(?P<rel>this|last|next|the\s+(?:last|next|past))\s*)[\s-]+century")  # fmt: skip
def _century(m: re.Match[str], ctx: Context) -> Timex:
    if m["num"]:
        number = int(m["num"])
    elif m["word"]:
        number = ORDINAL_CENTURIES[words(m, "word")]
    else:
        number = ctx.day.year // 100 + 1 + REL[words(m, "rel").split()[-1]]
    return Timex("DATE", f"{number - 1:02d}")


# --- financial quarters and halves ------------------------------------------------------------------------------

QUARTER_ORD = r"first|second|third|fourth|1st|2nd|3rd|4th"


def last_completed_quarter(day: date) -> tuple[int, int]:
    quarter = quarter_of(day) - 1
    return (day.year, quarter) if quarter else (day.year - 1, 4)


def _period_year(ctx: Context, m: re.Match[str], number: int, months: int) -> int:
    """The year of an ordinal quarter or half: given, relative ("this year's"), or the nearest one."""
    for group in ("year", "yr"):
        if m[group]:
            return int(m[group])
    for group in ("ry", "ry2"):
        if m[group]:
            return ctx.day.year + REL[words(m, group)]
    # Reports name the current quarter or one already closed, whatever the verb's tense ("expects
    # first-quarter profit to fall" in October is this year's first quarter).
    ref = ctx.day
    return ref.year if date(ref.year, months * (number - 1) + 1, 1) <= ref else ref.year - 1


@rule("quarter", rf"(?:the\s+(?!(?:{QUARTER_ORD})-quarter))?(?:(?P<yr>{YEAR})\s+|(?P<ry>this|last|next)\s+year['’]s\s+)?(?:fiscal[\s-]+)?"
      rf"(?P<ord>{QUARTER_ORD})[\s-]+(?:fiscal[\s-]+)?quarter(?:\s+of\s+(?:(?:fiscal\s+)?(?P<year>{YEAR})|"
      r"(?P<ry2>this|last|next)\s+year))?")  # fmt: skip
def _quarter(m: re.Match[str], ctx: Context) -> Timex:
    number = P.ORDINALS[words(m, "ord")]
    return Timex("DATE", f"{_period_year(ctx, m, number, 3)}-Q{number}")


@rule("half", rf"(?:the\s+)?(?P<ord>first|second|last|latter)\s+(?:half|two\s+quarters)(?:\s+of\s+(?:(?P<year>{YEAR})|(?P<ry>this|last|next)\s+"
      r"year|the\s+year))?(?P<yr>)(?P<ry2>)")  # fmt: skip
def _half(m: re.Match[str], ctx: Context) -> Timex:
    number = 1 if words(m, "ord") == "first" else 2
    return Timex("DATE", f"{_period_year(ctx, m, number, 6)}-H{number}")


@rule("this_quarter", r"(?:the|this)\s+(?:(?P<which>latest|most\s+recent|recent|current|previous|prior|"
      rf"fiscal|same)\s+)?(?-i:quarter|period)(?!\s+(?:of|ended|ending|to\s+(?:date|{P.MONTH})))")  # fmt: skip
def _this_quarter(m: re.Match[str], ctx: Context) -> Timex:
    ref = ctx.day
    if words(m, "which") == "current" or m.group(0).lower().startswith("this quarter"):
        return Timex("DATE", f"{ref.year}-Q{quarter_of(ref)}")
    year, quarter = last_completed_quarter(ref)
    return Timex("DATE", f"{year}-Q{quarter}")


@rule("year_ago_period", r"(?:the\s+)?(?:same\s+|comparable\s+)?(?:year[-\s]ago|year[-\s]earlier|prior[-\s]year|"
      rf"a\s+year\s+(?:ago|earlier))\s+(?:(?P<ord>{QUARTER_ORD})\s+)?(?:quarter|period)|the\s+(?:same|corresponding|"
      r"comparable)?\s*(?:quarter|period)\s+(?:a\s+year\s+(?:ago|earlier)|(?:of\s+)?last\s+year)|last\s+year['’]s\s+"
      r"(?:quarter|period)")  # fmt: skip
def _year_ago_period(m: re.Match[str], ctx: Context) -> Timex:
    year, quarter = last_completed_quarter(ctx.day)
    if m["ord"]:
        year, quarter = ctx.day.year, P.ORDINALS[words(m, "ord")]
    return Timex("DATE", f"{year - 1}-Q{quarter}")


@rule("year_ended", r"the\s+(?:fiscal\s+)?year(?=\s+(?:ended|ending)\s)")
def _year_ended(m: re.Match[str], ctx: Context) -> Timex:
    """ "the year ended March 31": a year-long period named by its end, which the date after it gives."""
    return Timex("DURATION", "P1Y")


@rule("this_year", r"the\s+(?:current|latest|full|entire)\s+(?:fiscal\s+)?year|the\s+fiscal\s+year"
      r"|(?:around\s+)?(?P<end>year[-\s]end|year['’]s\s+end)")  # fmt: skip
def _this_year(m: re.Match[str], ctx: Context) -> Timex:
    year = ctx.day.year - (1 if "latest" in m.group(0).lower() else 0)
    return Timex("DATE", str(year), "END" if m["end"] else None)


_YEAR_PREPOSITION = re.compile(r"\b(?:for|in|during|through|throughout|of|over)\s+$", re.IGNORECASE)


def _the_year_accept(m: re.Match[str]) -> bool:
    """ "For the year, sales were flat", "a high for the year": the year in course, not "the year he left".
    ("Later in the year" counts from the date named before it: see ``ANAPHOR``.)"""
    return _YEAR_PREPOSITION.search(m.string, max(0, m.start() - 12), m.start()) is not None


@rule("the_year", r"the\s+year(?![-\s]+(?:ago|earlier|before|after|ended|ending|end|old|since|to\s+date|that|when|"
      r"in\s+which|\d|one|two|nineteen|twenty))(?!-)", _the_year_accept)  # fmt: skip
def _the_year(m: re.Match[str], ctx: Context) -> Timex:
    return Timex("DATE", str(ctx.day.year))


@rule("year_period", rf"the\s+(?P<year>{YEAR})\s+(?:period|quarter)")
def _year_period(m: re.Match[str], ctx: Context) -> Timex:
    return Timex("DATE", f"{m['year']}-Q{last_completed_quarter(ctx.day)[1]}")


@rule("year_ago_adj", r"year[-\s](?:ago|earlier)")
def _year_ago_adj(m: re.Match[str], ctx: Context) -> Timex:
    return Timex("DATE", str(ctx.day.year - 1))


# --- weekdays, deictic days, reference words --------------------------------------------------------------------


def weekday_date(ctx: Context, weekday: int, rel: str) -> date:
    """The day a weekday name points to: back in a past sentence, ahead in a future one, else the nearest."""
    ref = ctx.day
    back = (ref.weekday() - weekday) % 7  # 0..6 days back, today included
    ahead = (weekday - ref.weekday()) % 7 or 7  # 1..7 days ahead
    if rel in ("last", "the previous", "the preceding"):
        return ref - timedelta(days=back or 7)
    if rel in ("next", "coming", "the following"):
        return ref + timedelta(days=ahead)
    if rel == "this":
        return ref + timedelta(days=weekday - ref.weekday())
    if ctx.tense == "past":
        return ref - timedelta(days=back)
    if ctx.tense == "future":
        return ref + timedelta(days=ahead) if back else ref
    return ref - timedelta(days=back) if back <= 3 else ref + timedelta(days=ahead)


POD = r"morning|afternoon|evening|night|overnight"


@rule(
    "weekday",
    rf"(?:(?P<rel>last|next|this|coming|past|early|late|the\s+(?:previous|preceding|following))\s+)?(?P<wd>{P.WEEKDAY})"
    rf"(?:\s+(?P<pod>{POD}))?",
)
def _weekday(m: re.Match[str], ctx: Context) -> Timex:
    rel = words(m, "rel")
    day = weekday_date(ctx, weekday_number(m["wd"]), rel)
    mod = {"early": "START", "late": "END"}.get(rel)
    # "Friday night" stays a DATE of that day, as TimeBank annotates it; the part of day adds no day.
    return Timex("DATE", day_value(day), mod)


@rule("deictic", rf"(?:(?P<pos>early|late|later|earlier)\s+)?(?P<word>{P.alternation(P.DEICTIC_DAYS)})")
def _deictic(m: re.Match[str], ctx: Context) -> Timex:
    offset, pod = P.DEICTIC_DAYS[words(m, "word")]
    day = day_value(ctx.day + timedelta(days=offset))
    mod = {"early": "START", "earlier": "START", "late": "END", "later": "END"}.get(words(m, "pos"))
    return Timex("TIME", f"{day}T{pod}", mod) if pod else Timex("DATE", day, mod)


_COUNTED = re.compile(rf"\s+(?:{P.NUMBER}|{P.VAGUE}|couple)\b", re.IGNORECASE)


def _ref_word_accept(m: re.Match[str]) -> bool:
    """ "the past three summers" counts a span of time; it is not the past at large."""
    return not m.group(0).lower().startswith("the") or _COUNTED.match(m.string, m.end()) is None


@rule("ref_word", P.alternation(P.REF_WORDS), _ref_word_accept)
def _ref_word(m: re.Match[str], ctx: Context) -> Timex:
    ctx.relative = True  # PRESENT_REF covers the reference day, whatever it is
    return Timex("DATE", P.REF_WORDS[re.sub(r"\s+", " ", m.group(0).lower())])


@rule(
    "current",
    r"(?:(?P<then>then)[\s-]+)?current(?![-\s]+(?:account|assets|liabilities|ratio|portion|yield|events|affairs)\b)",
)
def _current(m: re.Match[str], ctx: Context) -> Timex:
    """ "the current system", "current market conditions": whatever holds at the reference day (TimeML's
    PRESENT_REF); "the then current price" held at some time before it. Only the adjective before a noun counts
    (``_is_word_use``)."""
    ctx.relative = True
    return Timex("DATE", "PAST_REF" if m["then"] else "PRESENT_REF")


@rule("vague_ref", r"(?P<dir>recent|past|the\s+coming|coming|future)\s+(?:days|weeks|months|quarters|years|decades)"
      r"|the\s+recent\s+past|an?\s+(?P<side>later|future|earlier|previous)\s+date")  # fmt: skip
def _vague_ref(m: re.Match[str], ctx: Context) -> Timex:
    """ "in recent weeks", "in coming quarters", "at a later date": some time back, or ahead, left open."""
    back = m.group(0).lower().startswith(("recent", "past", "the recent")) or words(m, "side") in (
        "earlier",
        "previous",
    )
    return Timex("DATE", "PAST_REF" if back else "FUTURE_REF")


# --- anaphoric expressions ("that year", "the following month", "the next morning") -------------------------
# They point at the date last mentioned, not at the publication day (HeidelTime's "last mentioned date"
# reference). The rule gives the publication-day reading; ``contextualise`` moves it to the date named before.

ANAPHOR = (
    r"(?:(?P<pos>earlier|later)\s+(?:in\s+)?)?(?:that|the\s+same|that\s+same|(?:(?<=earlier\sin\s)|(?<=later\sin\s))the)"
    r"\s+(?P<unit>day|month|year)"
    r"|the\s+following\s+(?P<funit>day|month|year)|the\s+next\s+(?P<nunit>day|morning)"
)
ANAPHOR_RE = re.compile(ANAPHOR, re.IGNORECASE)


def anaphor_unit(m: re.Match[str]) -> str:
    """The unit an anaphoric expression counts in: day, morning, month or year."""
    return words(m, "unit") or words(m, "funit") or words(m, "nunit")


def anaphor_value(m: re.Match[str], day: date) -> str:
    """The value of an anaphoric expression, counted from ``day``."""
    unit = anaphor_unit(m)
    step = 1 if m["funit"] or m["nunit"] else 0
    if unit in ("day", "morning"):
        return day_value(day + timedelta(days=step))
    if unit == "month":
        return month_value(*add_months(day.year, day.month, step))
    return str(day.year + step)


@rule("anaphor", ANAPHOR)
def _anaphor(m: re.Match[str], ctx: Context) -> Timex:
    mod = {"earlier": "START", "later": "END"}.get(words(m, "pos"))
    return Timex("DATE", anaphor_value(m, ctx.day), mod)


# --- periods relative to the reference day ----------------------------------------------------------------------

REL_WORDS = r"this|last|next|past|previous|coming|following|current|the(?:\s+(?:past|last|previous|coming|following|current|next|same))?"  # noqa: E501
REL_UNITS = r"week|month|year|quarter|decade|century|weekend"


def shift_period(ref: date, unit: str, offset: int, tense: Tense) -> str:
    """The TimeML value of the ``unit`` that is ``offset`` units from the one containing ``ref``."""
    if unit == "week":
        return week_value(ref + timedelta(weeks=offset))
    if unit == "weekend":
        saturday = ref + timedelta(days=5 - ref.weekday())
        if offset == 0 and tense == "past" and saturday > ref:
            saturday -= timedelta(weeks=1)
        return week_value(saturday + timedelta(weeks=offset)) + "-WE"
    if unit == "month":
        return month_value(*add_months(ref.year, ref.month, offset))
    if unit == "quarter":
        index = ref.year * 4 + quarter_of(ref) - 1 + offset
        return f"{index // 4}-Q{index % 4 + 1}"
    if unit == "decade":
        return f"{ref.year // 10 + offset}"
    if unit == "century":
        return f"{ref.year // 100 + offset:02d}"
    return str(ref.year + offset)


def _rel_unit_accept(m: re.Match[str]) -> bool:
    """ "the month" alone is anaphoric; only "the end of the month" and the like are taken."""
    return words(m, "rel") != "the" or bool(m["pos"]) or words(m, "unit") == "weekend"


@rule("rel_unit", rf"(?:(?P<pos>{P.POSITION})\s*)?(?P<rel>{REL_WORDS})\s+(?P<unit>{REL_UNITS})",
      accept=_rel_unit_accept)  # fmt: skip
def _rel_unit(m: re.Match[str], ctx: Context) -> Timex:
    offset = REL[words(m, "rel").split()[-1]]
    unit = words(m, "unit")
    return Timex("DATE", shift_period(ctx.day, unit, offset, ctx.tense), position(m["pos"] or ""))


def season_value(ctx: Context, season: str, rel: str) -> str:
    ref = ctx.day
    first, _ = P.SEASON_MONTHS[season]
    options = []
    for year in (ref.year - 1, ref.year, ref.year + 1):
        span = value_interval(f"{year:04d}-{season}") if 1 <= year <= 9998 else None
        if span is not None:
            options.append((date(year, first, 1), span[1], year))
    current = next((o for o in options if o[0] <= ref <= o[1]), None)
    if rel in ("last", "past"):
        pick = max((o for o in options if o[1] < ref), key=lambda o: o[0])
    elif rel in ("next", "coming"):
        pick = min((o for o in options if o[0] > ref), key=lambda o: o[0])
    elif rel == "this" and current:
        pick = current
    else:
        chosen = nearest([(o[0], o[1]) for o in options], ref, ctx.tense)
        pick = next(o for o in options if o[0] == chosen[0])
    return f"{pick[2]:04d}-{season}"


def _season_accept(m: re.Match[str]) -> bool:
    return words(m, "season") != "fall" or bool(m["rel"] or m["year"] or m["syear"])


@rule("season", rf"(?:(?P<rel>last|next|this|coming|past|the)\s+)?(?:(?P<pos>{P.POSITION})\s*)?"
      rf"(?P<season>{P.SEASON})(?:\s+(?:of\s+)?(?:(?P<year>{YEAR})|(?P<syear>{SPELLED_YEAR})))?",
      accept=_season_accept)  # fmt: skip
def _season(m: re.Match[str], ctx: Context) -> Timex:
    season = P.SEASONS[words(m, "season")]
    mod = position(m["pos"] or "")
    if (year := year_group(m)) is not None:
        return Timex("DATE", f"{year}-{season}", mod)
    return Timex("DATE", season_value(ctx, season, words(m, "rel")), mod)


APPROX = r"almost|nearly|more\s+than|less\s+than|fewer\s+than|roughly|approximately"


@rule("ago", rf"(?:(?P<pre>{APPROX})\s+)?(?:(?P<num>{P.NUMBER})|(?P<vague>{P.VAGUE}))?\s*(?P<unit>{P.UNIT})s?\s+"
      r"(?P<dir>ago|earlier|from\s+now|hence)")  # fmt: skip
def _ago(m: re.Match[str], ctx: Context) -> Timex:
    unit = unit_key(m["unit"])
    amount = parse_number(m["num"]) if m["num"] else None
    sign = 1 if words(m, "dir") in ("from now", "hence") else -1
    if amount is None or amount != int(amount):
        return Timex("DATE", "FUTURE_REF" if sign > 0 else "PAST_REF")
    step = int(amount) * sign
    ref = ctx.day
    if unit in ("day", "night"):
        return Timex("DATE", day_value(ref + timedelta(days=step)))
    if unit in ("week", "fortnight"):
        return Timex("DATE", week_value(ref + timedelta(weeks=step * (2 if unit == "fortnight" else 1))))
    if unit == "month":
        return Timex("DATE", month_value(*add_months(ref.year, ref.month, step)))
    if unit == "quarter":
        return Timex("DATE", shift_period(ref, "quarter", step, ctx.tense))
    if unit in ("hour", "minute", "second"):
        return Timex("TIME", day_value(ref))
    years = {"decade": 10, "century": 100, "centurie": 100, "millennium": 1000}.get(unit, 1)
    return Timex("DATE", str(ref.year + step * years))


@rule(
    "month_of_year",
    rf"(?:(?P<pos>{P.POSITION})\s*)?(?P<ryear>this|last|next)\s+year['’]s\s+(?P<month>{P.MONTH})",
)
def _month_of_year(m: re.Match[str], ctx: Context) -> Timex:
    return Timex("DATE", month_value(ctx.day.year + REL[words(m, "ryear")], month_number(m["month"])))


@rule("holiday", rf"(?:(?P<rel>last|next|this)\s+)?(?P<hol>{P.alternation(list(P.HOLIDAYS) + list(P.MOVABLE_HOLIDAYS))})"
      rf"(?:,?\s+(?P<year>{YEAR}))?")  # fmt: skip
def _holiday(m: re.Match[str], ctx: Context) -> Timex:
    name = words(m, "hol")

    def on(year: int) -> date | None:
        if name in P.HOLIDAYS:
            return safe_date(year, *P.HOLIDAYS[name])
        return movable_holiday(name, year)

    if m["year"]:
        found = on(int(m["year"]))
        return Timex("DATE", day_value(found) if found else None)
    ref, rel = ctx.day, words(m, "rel")
    days = [d for d in (on(y) for y in (ref.year - 1, ref.year, ref.year + 1)) if d]
    if rel == "last":
        found = max(d for d in days if d < ref)
    elif rel == "next":
        found = min(d for d in days if d > ref)
    else:
        found = nearest([(d, d) for d in days], ref, ctx.tense)[0]
    return Timex("DATE", day_value(found))


# --- clock times ------------------------------------------------------------------------------------------------

TIME_DAY = (
    rf"(?:,?\s+(?:on\s+)?(?:(?P<wd>{P.WEEKDAY})(?:,?\s+(?P<month>{P.MONTH})\s+(?P<day>{DAY}))?|(?P<mon2>{P.MONTH})\s+"
    rf"(?P<day2>{DAY}))(?![\w/-])|\s+(?P<dd>today|yesterday|tomorrow|tonight))?"
)


def _clock(ctx: Context, m: re.Match[str], clock: str) -> Timex:
    """A clock time on the day named after it ("5 p.m. EST Nov. 9", "9 a.m. Tuesday"), else on the reference day."""
    if month := m["month"] or m["mon2"]:
        day = yearless_day(ctx, month, m["day"] or m["day2"], m["wd"]) or ctx.day
    elif m["wd"]:
        day = weekday_date(ctx, weekday_number(m["wd"]), "")
    elif m["dd"]:
        day = ctx.day + timedelta(days=P.DEICTIC_DAYS[words(m, "dd")][0])
    else:
        day = ctx.day
    return Timex("TIME", f"{day_value(day)}T{clock}")


@rule("clock", r"(?P<h>[01]?\d)(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>[ap]\.\s?m\.?|[ap]m)"
      rf"(?:\s+(?-i:[A-Z]{{1,3}}T|GMT|UTC))?{TIME_DAY}")  # fmt: skip
def _clock_time(m: re.Match[str], ctx: Context) -> Timex:
    hour = int(m["h"]) % 12 + (12 if m["ap"].lower().startswith("p") else 0)
    return _clock(ctx, m, f"{hour:02d}:{m['mi'] or '00'}")


@rule("noon", rf"(?P<word>noon|midnight|midday){TIME_DAY}")
def _noon(m: re.Match[str], ctx: Context) -> Timex:
    return _clock(ctx, m, "24:00" if words(m, "word") == "midnight" else "12:00")


# --- durations and sets -----------------------------------------------------------------------------------------

DUR_PRE = (
    r"the\s+(?:past|last|next|first|previous|coming|following|final|latest|full|entire|whole)|the|another|an\s+"
    rf"additional|up\s+to|at\s+least|at\s+most|no\s+more\s+than|{APPROX}"
)


def _duration_accept(m: re.Match[str]) -> bool:
    """Not an age ("a 10-year-old"), an ordinal ("a second term") or a fraction ("a quarter of")."""
    rest = m.string[m.end() : m.end() + 12].lower()
    unit = unit_key(m["unit"])
    if re.match(r"[\s-]+old", rest):
        return False
    if unit == "second" and (m["num"] or "").lower() in ("a", "an", "the", ""):
        return False
    return not (unit == "quarter" and re.match(r"\s+of", rest))


_COUNTING_WORD = re.compile(
    r"\b(?:by|for|in|within|after|than|of|only|just|about|over|the|a|per)\s+$", re.IGNORECASE
)


@rule("duration", rf"(?:(?P<pre>{DUR_PRE})\s+){{0,2}}(?:(?P<num>{P.NUMBER})|(?P<vague>{P.VAGUE}))(?:\s+(?:more|"
      rf"full|long|straight|consecutive|additional|extra))?\s+(?P<unit>{P.UNIT})s?",
      accept=_duration_accept)  # fmt: skip
def _duration(m: re.Match[str], ctx: Context) -> Timex:
    if (
        re.fullmatch(r"one\s+day", m.group(0), re.IGNORECASE)
        and ctx.tense == "future"
        and not _COUNTING_WORD.search(m.string, max(0, m.start() - 10), m.start())
    ):
        return Timex("DATE", "FUTURE_REF")  # "Islam will one day be …": some day ahead, not a day's length
    amount = parse_number(m["num"]) if m["num"] else None
    return Timex("DURATION", duration_value(amount, m["unit"]))


@rule("adjective_duration", rf"(?P<num>{P.NUMBER})-(?P<unit>{P.UNIT})(?:-long)?(?P<vague>)",
      accept=_duration_accept)  # fmt: skip
def _adjective_duration(m: re.Match[str], ctx: Context) -> Timex:
    return _duration(m, ctx)


@rule("bare_duration", r"(?:(?<=for\s)|(?<=over\s)|(?<=within\s)|(?<=after\s))"
      r"(?P<unit>minutes|hours|days|weeks|months|years|decades|centuries)")  # fmt: skip
def _bare_duration(m: re.Match[str], ctx: Context) -> Timex:
    return Timex("DURATION", duration_value(None, m["unit"]))


@rule("set_every", rf"(?:every|each|per)\s+(?:(?P<num>{P.NUMBER}|other)\s+)?(?:(?P<wd>{P.WEEKDAY})|"
      rf"(?P<month>{P.MONTH})(?![\s.]*\d)|(?P<unit>{P.UNIT}|weekend))s?(?:\s+(?P<pod>{POD}))?")  # fmt: skip
def _set_every(m: re.Match[str], ctx: Context) -> Timex:
    if m["month"]:
        return Timex("SET", f"XXXX-{month_number(m['month']):02d}")  # "each July": every year's July
    if m["wd"]:
        return Timex("SET", f"XXXX-WXX-{weekday_number(m['wd']) + 1}")
    if unit_key(m["unit"]) == "weekend":
        return Timex("SET", "XXXX-WXX-WE")
    amount = 2 if words(m, "num") == "other" else (parse_number(m["num"]) if m["num"] else 1)
    return Timex("SET", duration_value(amount, m["unit"]))


@rule("set_times", rf"(?:once|twice|thrice|(?:\d+|{P.NUMBER}|several|many)\s+times)\s+(?:a|an|per|each|every)\s+"
      rf"(?P<unit>{P.UNIT})")  # fmt: skip
def _set_times(m: re.Match[str], ctx: Context) -> Timex:
    return Timex("SET", duration_value(1, m["unit"]))


@rule("set_word", P.alternation(P.SET_WORDS))
def _set_word(m: re.Match[str], ctx: Context) -> Timex:
    return Timex("SET", P.SET_WORDS[m.group(0).lower()])


@rule("set_rate", r"(?<=\d\s)(?:a|per)\s+(?P<unit>year|month|week|day|hour)")
def _set_rate(m: re.Match[str], ctx: Context) -> Timex:
    return Timex("SET", duration_value(1, m["unit"]))


# --------------------------------------------------------------------------------------------------------------
# Tense of the governing verb (spaCy)
# --------------------------------------------------------------------------------------------------------------

FUTURE_WORDS = frozenset(
    {"due", "planned", "upcoming", "forthcoming", "scheduled", "proposed", "expected", "effective"}
)
PLANNING_VERBS = frozenset({"plan", "schedule", "reschedule", "slate"})
MODAL_FUTURE = frozenset({"may", "might", "should", "must", "ought"})


def verb_tense(verb: Token) -> Tense | None:
    """past / future / present for a verb from its tag and auxiliaries; None when it says nothing."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    lowered = {c.lower_ for c in aux}
    if lowered & P.FUTURE_AUX or verb.lemma_.lower() in PLANNING_VERBS:
        return (
            "future"  # "will meet on Monday"; "planned a rally on Saturday", "has scheduled it for Thursday"
        )
    if "to" in lowered and verb.tag_ == "VB":
        head = verb.head
        if verb.dep_ in ("csubj", "csubjpass"):  # "the countries to join on Friday were …": the subject
            return verb_tense(head) if head.pos_ in ("VERB", "AUX") else None
        if head.i == verb.i or head.lemma_.lower() in P.FUTURE_HEADS or head.lower_ in P.FUTURE_HEADS:
            return "future"
        if head.pos_ == "NOUN" and verb.dep_ == "acl" and head.lemma_.lower() in P.FUTURE_NOUNS:
            return "future"
        if head.pos_ in ("VERB", "AUX"):
            return verb_tense(head)
        return None
    if lowered & P.PERFECT_AUX and any(c.lemma_ == "have" for c in aux):
        return "past"
    if lowered & MODAL_FUTURE:
        return "future"
    if verb.tag_ == "VBD" or any(c.tag_ == "VBD" for c in aux):
        return "past"
    if verb.tag_ in ("VBZ", "VBP") or any(c.tag_ in ("VBZ", "VBP") for c in aux):
        return "present"
    if verb.tag_ == "VBN" and not aux:
        return "past"  # a bare participle reports what was done: "the decision, announced Wednesday"
    return None


TARGET_PREPOSITIONS = frozenset({"to", "until", "till", "for"})
POSTPONING_VERBS = frozenset({"postpone", "delay", "defer", "reschedule", "adjourn", "extend"})
DEADLINE_VERBS = frozenset({"give", "grant", "allow"})  # "gave them until Tuesday": a deadline still ahead
POSTPONING_PHRASES = frozenset({("push", "back"), ("put", "off"), ("move", "back"), ("bring", "forward"),
                                ("move", "forward"), ("push", "forward")})  # fmt: skip


def _postpones(verb: Token, preposition: str) -> bool:
    """Whether ``verb`` moves a date or sets a deadline ("postponed", "pushed back", "gave them until"): its
    ``preposition`` phrase ("to", "until") names the new date."""
    lemma = verb.lemma_.lower()
    if lemma in POSTPONING_VERBS or (lemma in DEADLINE_VERBS and preposition in ("until", "till")):
        return True
    return any(c.dep_ in ("prt", "advmod") and (lemma, c.lower_) in POSTPONING_PHRASES for c in verb.children)


def governing_tense(doc: Doc, start: int, end: int) -> Tense:
    """The tense that decides an expression's direction: its governing verb's, else the nearest verb's."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return "present"
    token = span.root
    for _ in range(12):
        if token.lower_ in FUTURE_WORDS or any(
            c.dep_ in ("amod", "acomp") and c.lower_ in FUTURE_WORDS for c in token.children
        ):
            return "future"  # "is due in Russia on Friday", "a planned visit in the summer"
        if (
            token.lower_ in TARGET_PREPOSITIONS
            and token.dep_ == "prep"
            and _postpones(token.head, token.lower_)
        ):
            return "future"  # "pushed back last week to mid-May": the new date is still ahead
        if token.pos_ in ("VERB", "AUX") and (tense := verb_tense(token)):
            return tense
        if token.head.i == token.i:
            break
        token = token.head
    sentence = span.sent
    verbs = [t for t in sentence if t.pos_ in ("VERB", "AUX") and not (span.start <= t.i < span.end)]
    for verb in sorted(verbs, key=lambda t: min(abs(t.i - span.start), abs(t.i - span.end + 1))):
        if tense := verb_tense(verb):
            return tense
    return "present"


_EVENT_DETERMINERS = frozenset({"the", "a", "an", "annual", "his", "her", "their", "its", "our"})
_EVENT_LINKS = frozenset({"of", "for", "on", "against", "to", "through"})
_OPENING_QUOTES = frozenset({'"', "“", "``", "`", "'", "‘"})
_DAY_WORD_RULES = frozenset({"deictic", "rel_unit", "ref_word"})  # "Today", "This Week", "Now": also titles


def _names_an_event(doc: Doc, word: Token) -> bool:
    """ "the annual March for Life", "the “March of the Mothers”", "“Spring of Life” rallies": a named march or
    campaign, not the month or season (a month takes no determiner or quote before it, and a year, not a phrase,
    after "of")."""
    if word.i == 0 or word.i + 2 >= len(doc) or not word.text[:1].isupper():
        return False
    after, then = doc[word.i + 1], doc[word.i + 2]
    if after.lower_ not in _EVENT_LINKS or then.like_num:
        return False
    before = doc[word.i - 1]
    return before.text in _OPENING_QUOTES or before.lower_ in _EVENT_DETERMINERS


def _names_a_title(doc: Doc, span: Span) -> bool:
    """ "USA Today", ABC's "This Week": a deictic word capitalised inside a sentence, right after an acronym or
    an opening quote, names a paper or a programme (a weekday is not one: "the EU Tuesday approved")."""
    first = span[0]
    if first.is_sent_start or not first.text[:1].isupper() or first.text.isupper() or first.i == 0:
        return False
    if not all(t.text[:1].isupper() for t in span if t.is_alpha):
        return False
    before = doc[first.i - 1]
    if before.is_upper and before.is_alpha and len(before) >= 2:
        return True
    if before.text not in _OPENING_QUOTES:
        return False
    # Quoted: a title when the quote closes right after it ("This Week,") or goes on in title case ("This Week
    # With David Brinkley"); "``Today, I'm here" and "``Now we see" open a quoted sentence.
    after = doc[span.end : span.end + 2]
    if len(after) and after[0].is_punct and after[0].text in ",." and len(after) > 1:
        after = after[1:]
    if not len(after):
        return False
    nxt = after[0]
    return nxt.is_quote or (nxt.is_alpha and nxt.is_title and nxt.text != "I")


def _is_word_use(doc: Doc, start: int, end: int, name: str) -> bool:
    """Whether a match is an ordinary word rather than a date: modal "May", a count "2000 people"."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    if name in _DAY_WORD_RULES and _names_a_title(doc, span):
        return True
    if name == "current":
        token = span[-1]
        return not (token.dep_ == "amod" and token.head.pos_ == "NOUN" and token.head.i > token.i)
    if name == "month" and len(span) == 1 and span[0].tag_ == "MD":
        return True
    if name == "month" and len(span) == 1 and span[0].pos_ == "VERB":
        return True
    if name in ("month", "season") and len(span) == 1 and _names_an_event(doc, span[0]):
        return True
    if name == "year" and len(span) == 1:
        token = span[0]
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        before = doc[token.i - 1] if token.i > 0 else None
        if before is not None and before.text in ("$", "#", "No.", "no."):
            return True
        if after is not None and after.tag_ == "NNS" and token.head.i == after.i and after.lower_ not in (
            "levels", "elections", "figures", "results", "earnings",
        ):  # fmt: skip
            return True
    return False


# --------------------------------------------------------------------------------------------------------------
# Public API
# --------------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    rule: int
    match: re.Match[str]


@cache
def _any_rule() -> re.Pattern[str]:
    """Where some rule matches: one pass over the text that finds every start any rule could take, so the
    rules themselves are tried only there rather than each scanning the whole text."""
    bodies = [re.sub(r"\(\?P<\w+>", "(?:", r.pattern.pattern[len(_START) :]) for r in RULES]
    return re.compile(_START + "(?=" + "|".join(f"(?:{b})" for b in bodies) + ")", re.IGNORECASE)


def candidates(text: str) -> list[Candidate]:
    """Every rule match in ``text``, longest first, overlaps removed (earlier rules win ties)."""
    starts = [m.start() for m in _any_rule().finditer(text)]
    found = []
    for index, r in enumerate(RULES):
        resume = 0  # as ``finditer`` does, a rule looks for its next match after the end of its last
        for start in starts:
            if start < resume or (m := r.pattern.match(text, start)) is None:
                continue
            resume = max(m.end(), start + 1)
            if "\n" in m.group(0) or (r.accept and not r.accept(m)):
                continue
            found.append(Candidate(m.start(), m.end(), index, m))
    found.sort(key=lambda c: (-(c.end - c.start), c.start, c.rule))
    spans = DisjointSpans()
    taken: list[Candidate] = []
    for c in found:
        if not spans.overlaps(c.start, c.end):
            spans.add(c.start, c.end)
            taken.append(c)
    return sorted(taken, key=lambda c: c.start)


def _build(c: Candidate, text: str, reference: date | None, tense: Tense) -> DateRef:
    r = RULES[c.rule]
    ctx = Context(reference, tense)
    try:
        timex = r.normalise(c.match, ctx)
    except NoReference:
        timex_type = r.normalise(c.match, Context(date(2000, 1, 1), tense)).type
        return DateRef(c.start, c.end, text[c.start : c.end], timex_type, None, anchor=tense)
    except (ValueError, KeyError):
        return DateRef(c.start, c.end, text[c.start : c.end], "DATE", None, anchor="none")
    anchor = tense if ctx.relative else "absolute"
    span = timex.span
    if span is None and timex.type in ("DATE", "TIME"):
        whole = value_interval(timex.value)
        span = narrow(whole, timex.mod) if whole else None
    earliest, latest = (span[0].isoformat(), span[1].isoformat()) if span else (None, None)
    if timex.value == "PRESENT_REF" and reference is not None:
        earliest = latest = reference.isoformat()
    return DateRef(c.start, c.end, text[c.start : c.end], timex.type, timex.value, earliest, latest, anchor)


# "a year earlier" after "the third quarter" means the third quarter a year earlier (HeidelTime resolves such
# expressions at the granularity of the last mentioned date in the same way).
YEAR_BACK = re.compile(r"(?:a\s+year\s+(?:ago|earlier)|year[-\s](?:ago|earlier))", re.IGNORECASE)
QUARTER_VALUE = re.compile(r"^(\d{4})-Q([1-4])$")
LOOKS_BACK = re.compile(r"ago|earlier|prior|before|last\s+year", re.IGNORECASE)


def contextualise(refs: list[DateRef]) -> list[DateRef]:
    """Refines expressions that depend on the dates named before them.

    Year-back expressions ("a year earlier") take the quarter last mentioned, and anaphoric ones ("later that
    year", "the following month") count from the last date named at their granularity or finer.
    """
    out: list[DateRef] = []
    last_quarter: re.Match[str] | None = None
    for ref in refs:
        if (
            YEAR_BACK.fullmatch(ref.text)
            and ref.value
            and ref.value.isdigit()
            and last_quarter
            and int(last_quarter[1]) == int(ref.value) + 1
        ):
            value = f"{int(last_quarter[1]) - 1}-Q{last_quarter[2]}"
            span = value_interval(value)
            assert span is not None
            ref = replace(ref, value=value, earliest=span[0].isoformat(), latest=span[1].isoformat())
        if ref.value and (found := QUARTER_VALUE.match(ref.value)) and not LOOKS_BACK.search(ref.text):
            last_quarter = found
        elif ref.type == "DURATION" or (ref.value and YEAR_VALUE.match(ref.value)):
            last_quarter = None  # "the nine months", "fiscal 1989": a year back now means that period's year
        if (m := ANAPHOR_RE.fullmatch(ref.text)) and (day := last_named(out, anaphor_unit(m))):
            ref = anaphoric(ref, m, day)
        elif (m := SEQUEL_WEEKDAY.fullmatch(ref.text)) and (day := last_named(out, "day")):
            ref = sequel_weekday(ref, m, day)
        out.append(ref)
    return out


# "the previous Friday", "the following Monday": the weekday before (or after) the day named last.
SEQUEL_WEEKDAY = re.compile(rf"the\s+(?P<dir>previous|preceding|following)\s+(?P<wd>{P.WEEKDAY})(?:\s+(?:{POD}))?",
                            re.IGNORECASE)  # fmt: skip


def is_anaphoric(ref: DateRef) -> bool:
    """Whether ``ref`` counts from a date of the story ("later that day", "the following Monday") rather than
    from the publication day: without a date named before it, it says nothing about when it was written."""
    return bool(ANAPHOR_RE.fullmatch(ref.text) or SEQUEL_WEEKDAY.fullmatch(ref.text))


def sequel_weekday(ref: DateRef, m: re.Match[str], day: date) -> DateRef:
    found = weekday_date(Context(day, "present"), weekday_number(m["wd"]), f"the {words(m, 'dir')}")
    return replace(ref, value=day_value(found), earliest=found.isoformat(), latest=found.isoformat())


YEAR_VALUE = re.compile(r"^\d{4}$")
_MONTH_OR_DAY = re.compile(r"^\d{4}-\d\d")
_YEAR_OR_FINER = re.compile(r"^\d{4}")


def last_named(refs: list[DateRef], unit: str) -> date | None:
    """The first day of the date last named in ``refs`` that is at least as precise as ``unit``; "up from a
    year ago" is a comparison, not a date of the story, and is passed over."""
    needed = {"day": _DAY, "morning": _DAY, "month": _MONTH_OR_DAY}.get(unit, _YEAR_OR_FINER)
    for ref in reversed(refs):
        if (
            ref.type in ("DATE", "TIME")
            and ref.value
            and ref.earliest
            and needed.match(ref.value)
            and not _WEEK.match(ref.value)
            and ANAPHOR_RE.fullmatch(ref.text) is None
            and YEAR_BACK.fullmatch(ref.text) is None
        ):
            return date.fromisoformat(ref.earliest)
    return None


def anaphoric(ref: DateRef, m: re.Match[str], day: date) -> DateRef:
    value = anaphor_value(m, day)
    whole = value_interval(value)
    mod = {"earlier": "START", "later": "END"}.get(words(m, "pos"))
    span = narrow(whole, mod) if whole else None
    earliest, latest = (span[0].isoformat(), span[1].isoformat()) if span else (None, None)
    return replace(ref, value=value, earliest=earliest, latest=latest)


def find_dates(doc: Doc, reference: date | None) -> list[DateRef]:
    """Every temporal expression in ``doc.text``, resolved against the publication day ``reference``.

    With ``reference`` None, relative expressions keep their type and ``anchor`` (the tense) but get no value;
    absolute ones ("May 7, 2013") still resolve.
    """
    if isinstance(reference, datetime):
        reference = reference.date()
    text = doc_text(doc)
    refs = []
    for c in candidates(text):
        if _is_word_use(doc, c.start, c.end, RULES[c.rule].name):
            continue
        possessive = text.startswith(("'s", "’s"), c.end)
        tense = "past" if possessive else governing_tense(doc, c.start, c.end)
        refs.append(_build(c, text, reference, tense))
    return contextualise(refs)


def resolver(ref: DateRef, text: str = "") -> Callable[[date], DateRef]:
    """A function resolving ``ref`` against any publication day; the rule is found once (for date search)."""
    if ref.anchor in ("absolute", "none"):
        return lambda reference: ref
    words_ = text[ref.start : ref.end] if text[ref.start : ref.end] == ref.text else ref.text
    tense = ref.anchor if ref.anchor in TENSES else "present"
    for index, r in enumerate(RULES):
        m = r.pattern.fullmatch(words_)
        if m and (r.accept is None or r.accept(m)):
            candidate = Candidate(0, len(words_), index, m)

            def at(reference: date, candidate: Candidate = candidate) -> DateRef:
                built = _build(candidate, words_, reference, tense)
                return replace(built, start=ref.start, end=ref.end, text=ref.text)

            return at
    return lambda reference: ref


def resolve(ref: DateRef, text: str, reference: date) -> DateRef:
    """``ref`` re-resolved against another publication day, from its words and stored tense (no spaCy).

    ``text`` is the article's text (``ref.text`` is used when the offsets do not fit it).
    """
    return resolver(ref, text)(reference)


def resolve_all(refs: Iterable[DateRef], text: str, reference: date) -> list[DateRef]:
    """Every expression of one article re-resolved against ``reference``, with the context ``find_dates`` uses."""
    return contextualise([resolve(ref, text, reference) for ref in refs])


def normalise(expression: str, reference: date | None, tense: Tense = "present") -> DateRef | None:
    """One expression on its own (the whole string), as ``find_dates`` would resolve it; None if unknown."""
    for index, r in enumerate(RULES):
        m = r.pattern.fullmatch(expression)
        if m and (r.accept is None or r.accept(m)):
            return _build(Candidate(0, len(expression), index, m), expression, reference, tense)
    return None
