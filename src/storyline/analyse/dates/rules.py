"""The frame of the date rules: a rule is a pattern and a normaliser; what a normaliser may read (the
reference day, the tense) and the helpers every family of rules shares."""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date

from ...models import TimexType
from ...timeml import MONTHS, WEEKDAYS, safe_date
from . import patterns as P

Tense = str  # "past", "future", "present"
TENSES = ("past", "future", "present")


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
    """A normalised expression; ``span`` overrides the interval the value implies (as for "June 10-12"); an end
    left None is open ("pre-1990": no first day)."""

    type: TimexType
    value: str | None
    mod: str | None = None
    span: tuple[date | None, date | None] | None = None


Normaliser = Callable[[re.Match[str], Context], Timex]
Accept = Callable[[re.Match[str]], bool]


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    normalise: Normaliser
    accept: Accept | None = None


START = r"(?<![\w$£€])"
END = r"(?![\w])"


class RuleSet(list[Rule]):
    """One family's rules, in the order they are declared (the order decides between equally long matches)."""

    def rule(
        self, name: str, pattern: str, accept: Accept | None = None
    ) -> Callable[[Normaliser], Normaliser]:
        """Declares a normaliser for every match of ``pattern`` (case-insensitive, on word boundaries)."""

        def register(normalise: Normaliser) -> Normaliser:
            compiled = re.compile(f"{START}(?:{pattern}){END}", re.IGNORECASE)
            self.append(Rule(name, compiled, normalise, accept))
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
    return MONTHS[text.lower().rstrip(".")]


def weekday_number(text: str) -> int:
    key = text.lower().rstrip(".")
    for name, number in WEEKDAYS.items():
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


ORDINAL_DAYS = {
    word: number
    for number, word in enumerate(
        "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
        "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split(),
        start=1,
    )
}
ORDINAL_DAYS |= {f"twenty-{word}": 20 + n for word, n in list(ORDINAL_DAYS.items())[:9]}
ORDINAL_DAYS |= {"thirtieth": 30, "thirty-first": 31}
# A day of the month spelled out, as spoken ("March eighth"); not the first word of a compound ("second-quarter").
SPELLED_DAY = (
    "(?:" + "|".join(sorted(ORDINAL_DAYS, key=len, reverse=True)).replace("-", r"[\s-]") + r")(?![-\w])"
)


def day_of_month(text: str) -> int:
    """The number of "25", "25th", "twenty-fifth"."""
    key = re.sub(r"\s+", "-", text.strip().lower())
    return ORDINAL_DAYS[key] if key in ORDINAL_DAYS else int(re.sub(r"\D", "", text))


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


CLIPPED_YEAR = r"['’]\d\d(?!\d|['’](?!s\b))"  # "'69", "’09": a year by its last two digits


def short_year(text: str, ctx: Context) -> int:
    """ "2014", "14", "'14": a year written in full or by its last two digits (the century that puts it nearest
    the reference year, at most ten years ahead)."""
    digits = text.lstrip("'’")
    if len(digits) == 4:
        return int(digits)
    ref = ctx.day
    year = ref.year // 100 * 100 + int(digits)
    return year - 100 if year > ref.year + 10 else year


def year_group(m: re.Match[str], ctx: Context | None = None) -> int | None:
    """The year written in a match's ``year`` group (digits), ``syear`` (spelled out) or ``cyear`` ("'69", read
    against the reference day), None when none is there."""
    if m["year"]:
        return int(m["year"])
    if "syear" in m.re.groupindex and m["syear"]:
        return spelled_year(m["syear"])
    if ctx is not None and "cyear" in m.re.groupindex and m["cyear"]:
        return short_year(m["cyear"], ctx)
    return None
