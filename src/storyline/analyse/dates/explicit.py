"""Rules for explicit calendar dates, years, decades and centuries, and financial quarters and halves."""

from __future__ import annotations

import re
from datetime import date

from ...timeml import (
    add_months,
    day_value,
    month_end,
    month_value,
    month_week,
    nth_weekday,
    quarter_of,
    safe_date,
    week_value,
)
from . import patterns as P
from .rules import (
    CLIPPED_YEAR,
    DAY,
    REL,
    SPELLED_DAY,
    SPELLED_YEAR,
    YEAR,
    Context,
    RuleSet,
    Timex,
    day_of_month,
    month_number,
    nearest,
    position,
    short_year,
    spelled_year,
    weekday_number,
    words,
    year_for_month_day,
    year_group,
    yearless_day,
)

RULES = RuleSet()
rule = RULES.rule

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
    found = safe_date(year_group(m) or 0, month_number(m["month"]), day_of_month(m["day"]))
    if found and "h" in m.re.groupindex and m["h"]:
        hour = int(m["h"]) % 12 + (12 if m["ap"].lower().startswith("p") else 0) if m["ap"] else int(m["h"])
        return Timex("TIME", f"{day_value(found)}T{hour:02d}:{m['mi']}")
    return Timex("DATE", day_value(found) if found else None)


# "the third of March": a day spelled out before "of" and its month, as said aloud.
SPOKEN_DAY_OF = rf"(?<=\bthe\s){SPELLED_DAY}(?=\s+of\s)"

rule(
    "mdy",
    rf"(?:(?:{P.WEEKDAY}),?\s+)?(?P<month>{P.MONTH})\s+(?P<day>{DAY}|{SPELLED_DAY}),?\s+(?:(?P<year>{YEAR})|"
    rf"(?P<syear>{SPELLED_YEAR}))"
    rf"(?:,?\s+(?:at\s+)?(?P<h>[01]?\d)[:.](?P<mi>[0-5]\d)(?:\s*(?P<ap>[ap]\.?\s?m\.?))?)?",
)(_full_date)
rule(
    "dmy",
    rf"(?:(?:{P.WEEKDAY}),?\s+)?(?:the\s+)?(?P<day>{DAY}|{SPOKEN_DAY_OF})\s+(?:of\s+)?(?P<month>{P.MONTH}),?\s+(?P<year>{YEAR})",
)(_full_date)


def _month_day(m: re.Match[str], ctx: Context) -> Timex:
    month, day = month_number(m["month"]), day_of_month(m["day"])
    rel = words(m, "rel") if "rel" in m.re.groupindex else ""
    rel = {"this past": "last", "this coming": "next", "coming": "next"}.get(rel, rel)
    if rel in ("last", "next"):  # "last Oct. 23": the one before (or after) the reference day
        ref = ctx.day
        options = [d for y in (ref.year - 1, ref.year, ref.year + 1) if (d := safe_date(y, month, day))]
        found = max(d for d in options if d < ref) if rel == "last" else min(d for d in options if d > ref)
        return Timex("DATE", day_value(found))
    found = yearless_day(ctx, m["month"], m["day"], m["wd"])
    return Timex("DATE", day_value(found) if found else None)


rule(
    "md",
    rf"(?:(?P<rel>last|next|this(?:\s+(?:coming|past))?|coming)\s+(?=(?:{P.WEEKDAY}),?\s|{P.MONTH}))?"
    rf"(?:(?P<wd>{P.WEEKDAY}),?\s+)?(?P<month>{P.MONTH})\s+(?P<day>{DAY}|{SPELLED_DAY})",
)(_month_day)
rule(
    "dm",
    rf"(?:(?P<wd>{P.WEEKDAY}),?\s+)?(?:the\s+)?(?P<day>{DAY}|{SPOKEN_DAY_OF})\s+(?:of\s+)?(?P<month>{P.MONTH})",
)(_month_day)


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


@rule("bare_day", r"(?<=\bon\s)the\s+(?P<day>(?:[12]?\d|3[01])(?:st|nd|rd|th))(?:\s+of\s+(?P<rel>this|next|last)\s+"
      r"month)?(?=\s*(?:[,.;:)]|$)|\s+(?:but|at|when|after|before|if)\b)")  # fmt: skip
def _bare_day(m: re.Match[str], ctx: Context) -> Timex:
    """ "The talks resume on the 15th", "on the 3rd of next month": a day of the month with the month left out,
    the nearest such day on the tense's side (or in the month named)."""
    ref, number = ctx.day, day_of_month(m["day"])
    if m["rel"]:
        found = safe_date(*add_months(ref.year, ref.month, REL[words(m, "rel")]), number)
        return Timex("DATE", day_value(found) if found else None)
    options = [
        (d, d) for step in (-1, 0, 1) if (d := safe_date(*add_months(ref.year, ref.month, step), number))
    ]
    return Timex("DATE", day_value(nearest(options, ref, ctx.tense)[0]))


@rule("week_of", rf"the\s+week\s+of\s+(?P<month>{P.MONTH})\s+(?P<day>{DAY})(?:,?\s+(?P<year>{YEAR}))?")
def _week_of(m: re.Match[str], ctx: Context) -> Timex:
    """ "the week of June 12": the (ISO) week that day falls in."""
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


@rule("month_weekday", rf"the\s+(?P<ord>first|second|third|fourth|fifth|last|final|1st|2nd|3rd|4th|5th)\s+"
      rf"(?P<wd>{P.WEEKDAY})\s+(?:of|in)\s+(?:(?P<month>{P.MONTH})(?:,?\s+(?P<year>{YEAR}))?"
      r"|(?P<rel>this|next|last|the)\s+month)")  # fmt: skip
def _month_weekday(m: re.Match[str], ctx: Context) -> Timex:
    """ "the first Tuesday of November", "the last Friday of the month": that weekday counted in the month."""
    if m["month"]:
        month = month_number(m["month"])
        year = int(m["year"]) if m["year"] else _month_year(ctx, month, None)
    else:
        year, month = add_months(ctx.day.year, ctx.day.month, REL[words(m, "rel")])
    found = nth_weekday(year, month, weekday_number(m["wd"]), P.ORDINALS[words(m, "ord")])
    return Timex("DATE", day_value(found) if found.month == month else None)  # no fifth Monday in it


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
    bare = not (m["rel"] or m["pos"] or m["year"] or m["ryear"] or m["syear"] or m["cyear"])
    return not bare or len(m["month"].rstrip(".")) > 4 or m["month"].lower() in ("june", "july", "may")


@rule(
    "month",
    rf"(?:(?P<rel>this\s+(?:past|coming)|last|next|this|coming|past)\s+)?(?:(?P<pos>{P.POSITION})\s*)?(?P<month>{P.MONTH})"
    rf"(?:,?\s+(?:of\s+)?(?:(?P<year>{YEAR})|(?P<ryear>this|last|next)\s+year|(?P<syear>{SPELLED_YEAR})|"
    rf"(?P<cyear>{CLIPPED_YEAR})))?",
    accept=_not_a_verb_month,
)
def _month(m: re.Match[str], ctx: Context) -> Timex:
    month = month_number(m["month"])
    if (given := year_group(m, ctx)) is not None:
        year = given
    elif m["ryear"]:
        year = ctx.day.year + REL[words(m, "ryear")]
    else:
        year = _month_year(ctx, month, words(m, "rel").removeprefix("this ") or None)
    return Timex("DATE", month_value(year, month), position(m["pos"] or ""))


def _plausible_year(m: re.Match[str]) -> bool:
    return 1000 <= int(m["year"][-4:]) <= 2099


# What may stand before a year joined by a dash to a number: a day and a month ("05-12-1998"); any other number
# group ("1-800-555-2000", "0-800-22-1999") makes it the last group of a phone number.
_DASHED_BEFORE = re.compile(r"\d-\Z")
_DASHED_DAY_MONTH = re.compile(r"(?<![\d-])[0-3]?\d-[0-3]?\d-\Z")


def _year_accept(m: re.Match[str]) -> bool:
    before = m.string[max(0, m.start("year") - 8) : m.start("year")]
    if _DASHED_BEFORE.search(before) and not _DASHED_DAY_MONTH.search(before):
        return False
    return _plausible_year(m)


# "the 2019-20 fiscal year", "the 1998 school year": a kind of year after the number, with "the" before it, is one
# expression, as "the fiscal year" is.
_YEAR_KIND = r"\s+(?:fiscal|financial|calendar|school|academic|tax)[\s-]+year\b"
_THE_BEFORE_KIND = rf"(?:the\s+(?=(?:{YEAR})(?:\s*[-–/]\s*(?:{YEAR}|\d\d))?{_YEAR_KIND}))?"


def _year_range_accept(m: re.Match[str]) -> bool:
    first, last = _range_years(m)
    return 1000 <= first < last <= first + 30


def _range_years(m: re.Match[str]) -> tuple[int, int]:
    first, last = int(m["y1"]), m["y2"]
    return first, int(last) if len(last) == 4 else first // 100 * 100 + int(last)


@rule("year_range", rf"{_THE_BEFORE_KIND}(?:(?:fiscal(?:\s+years?)?|FY)\s*)?(?P<y1>{YEAR})\s*[-–/]\s*(?P<y2>{YEAR}|\d\d)"
      rf"(?!\s*(?:%|percent|per\s+cent|[-–/]\d|[.,]\d))(?:{_YEAR_KIND})?", accept=_year_range_accept)  # fmt: skip
def _year_range(m: re.Match[str], ctx: Context) -> Timex:
    """ "1998-99", "2001-2002", "fiscal 2012/13": the years from the first to the last, one period."""
    first, last = _range_years(m)
    return Timex("DATE", str(first), span=(date(first, 1, 1), date(last, 12, 31)))


@rule("year", rf"(?:(?P<pos>{P.POSITION})\s*|(?P<side>pre|post)-|{_THE_BEFORE_KIND})?(?:(?:fiscal(?:\s+year)?|calendar(?:\s+year)?|FY|the\s+year|the\s+fiscal\s+year)\s*)?"
      rf"(?P<year>{YEAR})(?!\s*(?:%|percent|per\s+cent|-\d|[.,]\d|(?-i:{P.TIME_ZONES})\b))(?:{_YEAR_KIND})?", accept=_year_accept)  # fmt: skip
def _year(m: re.Match[str], ctx: Context) -> Timex:
    """ "1998", "mid-1998", "fiscal 1998"; "pre-1990", "post-1959": the year, the side of it kept as TimeML's
    mod (BEFORE, AFTER) and the days it leaves open: up to the end of 1989, from the start of 1960."""
    if m["side"]:
        year = int(m["year"])
        if words(m, "side") == "pre":
            return Timex("DATE", m["year"], "BEFORE", span=(None, date(year - 1, 12, 31)))
        return Timex("DATE", m["year"], "AFTER", span=(date(year + 1, 1, 1), None))
    return Timex("DATE", m["year"], position(m["pos"] or ""))


YEAR_PREPOSITIONS = (
    "in",
    "since",
    "by",
    "until",
    "till",
    "of",
    "from",
    "to",
    "through",
    "before",
    "after",
    "during",
)


@rule("clipped_year", "(?:" + "|".join(rf"(?<=\b{p}\s)" for p in YEAR_PREPOSITIONS) + ")"
      r"(?P<cyear>['’]\d\d)(?![\d-]|['’]?s\b)")  # fmt: skip
def _clipped_year(m: re.Match[str], ctx: Context) -> Timex:
    """ "in '98", "since '05", "the class of '69": a year by its last two digits after a preposition, in the
    century that puts it nearest the reference year."""
    return Timex("DATE", str(short_year(m["cyear"], ctx)))


_COUNTED_NOUN = re.compile(
    rf"\s+(?:(?:{P.UNIT})s?|people|dollars|miles|troops|soldiers|members)\b", re.IGNORECASE
)


def _spelled_year_accept(m: re.Match[str]) -> bool:
    """ "more than three thousand years" counts years; "in two thousand" names one."""
    return m.group(0).lower().startswith("the") or _COUNTED_NOUN.match(m.string, m.end()) is None


@rule("spelled_year", rf"(?:the\s+year\s+)?(?P<syear>{SPELLED_YEAR})", _spelled_year_accept)
def _spelled_year(m: re.Match[str], ctx: Context) -> Timex:
    return Timex("DATE", str(spelled_year(m["syear"])))


def latest_century(day: date, decade: int) -> int:
    """The century of a decade written without one ("the '90s", "the sixties"): the latest in which it began."""
    return day.year // 100 - (1 if decade * 10 > day.year % 100 else 0)


@rule("decade", rf"(?:the\s+(?P<half>first|second|last|latter)\s+half\s+of\s+(?:the\s+)?|(?:the\s+)?(?P<pos>{P.POSITION})"
      rf"\s*)?(?:(?P<cent>1[0-9]|20)|['’])(?P<dec>\d)0['’]?s")  # fmt: skip
def _decade(m: re.Match[str], ctx: Context) -> Timex:
    century = int(m["cent"]) if m["cent"] else latest_century(ctx.day, int(m["dec"]))
    value = f"{century}{m['dec']}"
    if half := words(m, "half"):  # "the last half of the '70s": 1975-1979
        first = int(value) * 10 + (0 if half == "first" else 5)
        return Timex(
            "DATE",
            value,
            "START" if half == "first" else "END",
            span=(date(first, 1, 1), date(first + 4, 12, 31)),
        )
    return Timex("DATE", value, position(m["pos"] or ""))


DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
                "eighties": 8, "nineties": 9}  # fmt: skip


# Words of a temperature before "the forties" in its sentence: "highs in the forties" is no decade.
_TEMPERATURE_BEFORE = re.compile(r"\b(?:temperatures?|highs?|lows?|degrees|mercury|thermometers?|heat\s+index)\b[^.;!?]*$",
                                 re.IGNORECASE)  # fmt: skip


def _spelled_decade_accept(m: re.Match[str]) -> bool:
    """Not a temperature: "highs in the forties", "temperatures climbed into the nineties"."""
    return (
        bool(m["nineteen"]) or _TEMPERATURE_BEFORE.search(m.string, max(0, m.start() - 60), m.start()) is None
    )


@rule("spelled_decade", rf"(?:the\s+(?:(?P<pos>{P.POSITION})\s*)?|(?=nineteen))(?:(?P<nineteen>nineteen)[\s-]+)?"
      rf"(?P<word>{P.alternation(DECADE_WORDS)})", _spelled_decade_accept)  # fmt: skip
def _spelled_decade(m: re.Match[str], ctx: Context) -> Timex:
    """ "the nineties", "the late sixties", "nineteen-eighties": a decade named in words. "The" is required, for
    "in her nineties" is an age; the century is the latest one in which the decade has begun."""
    decade = DECADE_WORDS[words(m, "word")]
    century = 19 if m["nineteen"] else latest_century(ctx.day, decade)
    return Timex("DATE", f"{century}{decade}", position(m["pos"] or ""))


ORDINAL_CENTURIES = {"eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twenty-first": 21}


@rule("century", rf"(?:the\s+)?(?:(?P<pos>{P.POSITION})\s*)?(?:(?P<num>\d{{1,2}})(?:st|nd|rd|th)|(?P<word>eighteenth|"
      r"nineteenth|twentieth|twenty-first)|(?P<rel>this|last|next|the\s+(?:last|next|past))\s*)[\s-]+century")  # fmt: skip
def _century(m: re.Match[str], ctx: Context) -> Timex:
    """ "the 19th century" (18), "the late nineteenth century" (18, mod END), "next century"."""
    if m["num"]:
        number = int(m["num"])
    elif m["word"]:
        number = ORDINAL_CENTURIES[words(m, "word")]
    else:
        number = ctx.day.year // 100 + 1 + REL[words(m, "rel").split()[-1]]
    return Timex("DATE", f"{number - 1:02d}", position(m["pos"] or ""))


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
    return reported_year(ctx, number, months)


def reported_year(ctx: Context, number: int, months: int) -> int:
    """The year of a quarter or half named without one."""
    # Reports name the current quarter or one already closed ("expects first-quarter profit to fall" in October
    # is this year's first quarter). One not yet begun is last year's, unless the sentence looks ahead ("will
    # rise in the fourth quarter" in May) and last year's closed before this reporting season.
    ref = ctx.day
    start = date(ref.year, months * (number - 1) + 1, 1)
    if start <= ref:
        return ref.year
    if ctx.tense == "future" and (ref - month_end(ref.year - 1, months * number)).days > REPORTING_DAYS:
        return ref.year
    return ref.year - 1


REPORTING_DAYS = 60  # how long after a period closes its results may still be to come (annual ones included)


@rule("quarter", rf"(?:(?P<pos>{P.PERIOD_POSITION})\s*)?(?:the\s+(?!(?:{QUARTER_ORD})-quarter))?(?:(?:fiscal\s+)?(?P<yr>{YEAR})(?:['’]s)?\s+|(?P<ry>this|last|next)\s+year['’]s\s+)?(?:fiscal[\s-]+)?"
      rf"(?P<ord>{QUARTER_ORD}|(?:last|final)(?=\s+(?:fiscal\s+)?quarter\s+of\s+(?:(?:fiscal\s+)?{YEAR}|(?:this|last|next)\s+year|the\s+(?:fiscal\s+)?year)\b))[\s-]+(?:fiscal[\s-]+)?quarter"
      rf"(?:\s+of\s+(?:(?:fiscal\s+)?(?P<year>{YEAR})|(?P<ry2>this|last|next)\s+year|the\s+(?:fiscal\s+)?year))?")  # fmt: skip
def _quarter(m: re.Match[str], ctx: Context) -> Timex:
    """ "the third quarter", "fourth-quarter", "the final quarter of 2013" (the last of a year is its fourth), "the
    end of the third quarter" (mod END)."""
    number = P.ORDINALS[words(m, "ord")] % 5
    return Timex("DATE", f"{_period_year(ctx, m, number, 3)}-Q{number}", position(m["pos"] or ""))


@rule("half", rf"(?:(?P<pos>{P.PERIOD_POSITION})\s*)?(?:the\s+)?(?:(?:fiscal\s+)?(?P<yr>{YEAR})['’]s\s+|(?P<ry2>this|last|next)\s+year['’]s\s+)?"
      rf"(?P<ord>first|second|last|latter)\s+(?:half|two\s+quarters)(?:\s+of\s+(?:(?:fiscal\s+)?(?P<year>{YEAR})|"
      r"(?P<ry>this|last|next)\s+year|the\s+(?:fiscal\s+)?year))?")  # fmt: skip
def _half(m: re.Match[str], ctx: Context) -> Timex:
    """ "the second half", "the first half of fiscal 1990", "2019's second half", "next year's first half"."""
    number = 1 if words(m, "ord") == "first" else 2
    return Timex("DATE", f"{_period_year(ctx, m, number, 6)}-H{number}", position(m["pos"] or ""))


PERIOD_CODE_YEAR = (rf"\s*(?:FY|fiscal)\s*(?P<y1>\d\d(?:\d\d)?)|\s+(?P<y2>{YEAR})|(?<=[1-4][QH])(?P<y3>\d\d)"
                    r"|\s*(?P<y4>['’]\d\d)")  # fmt: skip
_ANY_CODE_YEAR = re.sub(r"\(\?P<\w+>", "(?:", PERIOD_CODE_YEAR)  # the same, unnamed, for a lookahead


@rule("period_code", rf"(?-i:Q(?P<q>[1-4])|(?P<q2>[1-4])Q|(?P<h>H[12]|[12]H)(?=(?:{_ANY_CODE_YEAR})(?!\w)))"
      rf"(?:{PERIOD_CODE_YEAR})?")  # fmt: skip
def _period_code(m: re.Match[str], ctx: Context) -> Timex:
    """ "Q3", "Q3 2014", "3Q14", "H1 2013", "2H FY15": a quarter or half in the shorthand of financial reports (a
    half only with its year: a bare "H1" is as often a strain or a visa)."""
    if m["h"]:
        kind, number = "H", int(re.sub(r"\D", "", m["h"]))
    else:
        kind, number = "Q", int(m["q"] or m["q2"])
    months = 6 if kind == "H" else 3
    given = m["y1"] or m["y2"] or m["y3"] or m["y4"]
    year = short_year(given, ctx) if given else reported_year(ctx, number, months)
    return Timex("DATE", f"{year}-{kind}{number}")


QUARTER_END_MONTHS = {3: 1, 6: 2, 9: 3, 12: 4}


def _month_quarter_accept(m: re.Match[str]) -> bool:
    return month_number(m["month"]) in QUARTER_END_MONTHS


@rule(
    "month_quarter",
    rf"the\s+(?P<month>{P.MONTH})(?:[\s-]+(?P<year>{YEAR}))?\s+quarter",
    _month_quarter_accept,
)
def _month_quarter(m: re.Match[str], ctx: Context) -> Timex:
    """ "the September quarter", "the June 2019 quarter": a quarter named by the month it ends in (only the
    calendar quarters; "the January quarter" of a fiscal year has no TimeML value)."""
    number = QUARTER_END_MONTHS[month_number(m["month"])]
    year = int(m["year"]) if m["year"] else reported_year(ctx, number, 3)
    return Timex("DATE", f"{year}-Q{number}")


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
    """ "the year ended June 30": a year-long period named by its end, which the date after it gives."""
    return Timex("DURATION", "P1Y")


@rule("this_year", r"the\s+(?:current|latest|full|entire)\s+(?:fiscal\s+)?year|the\s+fiscal\s+year"
      r"|(?:around\s+)?(?P<end>year[-\s]end|year['’]s\s+end)|(?P<mid>mid-?year)(?![-\w])")  # fmt: skip
def _this_year(m: re.Match[str], ctx: Context) -> Timex:
    """ "the current fiscal year", "by year-end", "by midyear": the year in course, or its end or middle."""
    year = ctx.day.year - (1 if "latest" in m.group(0).lower() else 0)
    return Timex("DATE", str(year), "END" if m["end"] else "MID" if m["mid"] else None)


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
