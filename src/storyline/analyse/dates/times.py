"""Rules for clock times, durations and sets ("every week")."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from ...timeml import day_value
from . import patterns as P
from .relative import APPROX, POD, weekday_date
from .rules import (
    DAY,
    Context,
    RuleSet,
    Timex,
    duration_value,
    month_number,
    parse_number,
    unit_key,
    weekday_number,
    words,
    yearless_day,
)

RULES = RuleSet()
rule = RULES.rule

# --- clock times ------------------------------------------------------------------------------------------------

TIME_DAY = (
    rf"(?:,?\s+(?:on\s+)?(?:(?P<wd>{P.WEEKDAY})(?:,?\s+(?P<month>{P.MONTH})\s+(?P<day>{DAY}))?|(?P<mon2>{P.MONTH})\s+"
    rf"(?P<day2>{DAY}))(?![\w/-])|\s+(?P<dd>today|yesterday|tomorrow|tonight))?"
)


def _clock(ctx: Context, m: re.Match[str], clock: str) -> Timex:
    """A clock time on the day named after it ("4 p.m. EST Dec. 3", "8 a.m. Friday"), else on the reference day."""
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


@rule("zoned_clock", rf"(?<!\()(?P<h>[01]\d|2[0-3]):?(?P<mi>[0-5]\d)\s*(?-i:{P.TIME_ZONES})\b{TIME_DAY}")
def _zoned_clock(m: re.Match[str], ctx: Context) -> Timex:
    """ "at 0730 GMT", "14:30 UTC Friday": a 24-hour clock time, known as one by its zone. One in brackets after
    another clock time ("4:15 p.m. (2015 GMT)") restates that moment in another zone and is left alone."""
    return _clock(ctx, m, f"{m['h']}:{m['mi']}")


CLOCK_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
               "ten": 10, "eleven": 11, "twelve": 12}  # fmt: skip
LATE_PARTS = ("afternoon", "evening", "night", "tonight")


@rule("spoken_clock", rf"(?<=\bat\s)(?P<h>1[0-2]|0?[1-9]|{'|'.join(CLOCK_WORDS)})(?:[:.](?P<mi>[0-5]\d))?\s+"
      r"(?:(?P<oc>o['’]clock)(?:\s+in\s+the\s+(?P<pod>morning|afternoon|evening|night))?"
      r"|in\s+the\s+(?P<pod2>morning|afternoon|evening)|at\s+(?P<pod3>night)|(?P<tonight>tonight))"
      rf"{TIME_DAY}")  # fmt: skip
def _spoken_clock(m: re.Match[str], ctx: Context) -> Timex:
    """ "at 4 in the morning", "at eight o'clock", "at 9 tonight": a clock time said in words, its half of the day
    given by the part of day after it (an evening hour of 6 to 11 at night)."""
    text = words(m, "h")
    hour = CLOCK_WORDS.get(text) or int(text)
    part = words(m, "pod") or words(m, "pod2") or words(m, "pod3") or ("tonight" if m["tonight"] else "")
    if part in LATE_PARTS and hour < 12 and not (part in ("night", "tonight") and hour < 5):
        hour += 12
    elif part == "morning" and hour == 12:
        hour = 0
    elif part in ("night", "tonight") and hour == 12:  # "at 12 tonight": the midnight that ends the day
        if not m["mi"]:
            return _clock(ctx, m, "24:00")  # as the "midnight" rule writes it
        timex = _clock(ctx, m, f"00:{m['mi']}")
        day = date.fromisoformat(timex.value[:10]) + timedelta(days=1)
        return replace(timex, value=f"{day_value(day)}{timex.value[10:]}")
    return _clock(ctx, m, f"{hour:02d}:{m['mi'] or '00'}")


@rule("noon", rf"(?<!high\s)(?P<word>noon|midnight|midday){TIME_DAY}")
def _noon(m: re.Match[str], ctx: Context) -> Timex:
    return _clock(ctx, m, "24:00" if words(m, "word") == "midnight" else "12:00")


_PART_CODES = {"morning": "TMO", "afternoon": "TAF", "evening": "TEV", "night": "TNI"}

# --- durations and sets -----------------------------------------------------------------------------------------

# "the" before a count whose unit stays singular ("the 30 day period", "the 5-7 day forecast") belongs to the noun
# the count describes, not to the duration.
_THE_OF_A_NOUN = rf"(?!\s+\S+(?:\s+(?:to|or)\s+\S+)?\s+(?:{P.UNIT})\b(?!s))"
DUR_PRE = (
    rf"the\s+(?:past|last|next|first|previous|coming|following|final|latest|full|entire|whole)|the{_THE_OF_A_NOUN}|"
    rf"another|an\s+additional|up\s+to|at\s+least|at\s+most|no\s+more\s+than|{APPROX}"
)


QUANTITY = (r"(?:\d[\d,.]*|million|billion|thousand|hundred|dozen|hundreds|thousands|dozens|millions|several|many|few|"
            r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred)")  # fmt: skip
_RATE_BEFORE = re.compile(rf"\b{QUANTITY}(?:%|\s+(?:(?:\w+\s+){{0,2}}?(?:[a-z]+s|people|staff|percent|per\s+cent|%|of\s+\w+s))?)\s*$",
                          re.IGNORECASE)  # fmt: skip


_POINT_AFTER = re.compile(r"\s+(?:after|into|before|later|earlier|on\s+from)\b", re.IGNORECASE)


def is_rate(m: re.Match[str]) -> bool:
    """ "$35 a night", "four flights a week", "hundreds of interviews a day": "a"/"per" and a unit after an amount
    counts how often (TimeML's SET), not how long."""
    if not re.match(r"(?:an?|per)\s", m.group(0), re.IGNORECASE):
        return False
    if _POINT_AFTER.match(m.string, m.end()):
        return False  # "grew 3% a year after the merger": a year from a point, no rate
    return _RATE_BEFORE.search(m.string, max(0, m.start() - 40), m.start()) is not None


def _duration_accept(m: re.Match[str]) -> bool:
    """Not an age ("a 10-year-old"), an ordinal ("a second term"), a fraction ("a quarter of") or a rate ("$5
    a year")."""
    rest = m.string[m.end() : m.end() + 12].lower()
    unit = unit_key(m["unit"])
    if re.match(r"[\s-]+old", rest) or is_rate(m):
        return False
    if unit == "second" and (m["num"] or "").lower() in ("a", "an", "the", ""):
        return False
    if m.groupdict().get("upto") and not _a_range(m):
        return False
    return not (unit == "quarter" and re.match(r"\s+of", rest) and _a_fraction(m, rest))


def _a_range(m: re.Match[str]) -> bool:
    """ "two to three weeks", "12-18 months": a count that runs from a smaller number to a larger one. Not a change
    ("cut from five to three years", "grew from two to four years": the last number is the count) nor a score
    ("won 21-14 days after": a winner first, the first number the larger). "2-14 days after exposure" is a range,
    and so is "from" with no verb of change before it ("take from two to three weeks", "jailed for from three to
    five years")."""
    low, high = parse_number(m["num"]), parse_number(re.sub(r"^\W*(?:to|or)?\s*", "", m["upto"], flags=re.I))
    if low is None or high is None or low >= high:
        return False
    return not _CHANGED_FROM.search(m.string, max(0, m.start() - 50), m.start())


# A verb of change, then (a few words on) "from" just before a count: "extended the term from two to four years".
_CHANGED_FROM = re.compile(
    r"\b(?:rose|ris(?:e|es|en|ing)|f[ae]ll(?:s|en|ing)?|cut(?:s|ting)?|gr[eo]w(?:s|n|ing)?|went|go(?:es|ne|ing)?|"
    r"(?:extend|lower|shorten|lengthen|climb|jump|boost|slash)(?:s|ed|ing)?|"
    r"(?:reduc|increas|rais|declin|chang|mov|doubl|tripl|halv)(?:e|es|ed|ing)|"
    r"(?:drop|slip|trim)(?:s|ped|ping|med|ming)?|shr[aiu]nk(?:s|ing)?|up|down)\b[^.;:!?]{0,30}?\bfrom\s+$",
    re.IGNORECASE,
)


# What a stretch of quarters is made of: "several quarters of losses", "many quarters of declining sales".
_QUARTERS_OF = re.compile(
    r"\s+of\s+(?:(?-i:[a-z]+(?:-[a-z]+)?ing)\b|(?:(?:strong|weak|slow|slower|rapid|steady|record|positive|negative|"
    r"double-digit|higher|lower|rising|falling|declining|flat)\s+)?(?:growth|loss|losses|decline|declines|gains?|"
    r"profits?|earnings|sales|revenues?|contraction|expansion|deficits?|surplus(?:es)?|increases?|decreases?|"
    r"recession|inflation|deflation)\b)",
    re.IGNORECASE,
)


def _a_fraction(m: re.Match[str], rest: str) -> bool:
    """ "three quarters of the vote" is a share, "several quarters of Beirut" parts of a city; "several quarters
    of losses", "many quarters of declining sales" (no number, a business noun or an "-ing" word after "of") are
    a stretch of time."""
    return not m.group("vague") or not _QUARTERS_OF.match(m.string, m.end())


_COUNTING_WORD = re.compile(
    r"\b(?:by|for|in|within|after|than|of|only|just|about|over|the|a|per)\s+$", re.IGNORECASE
)


# A second number sharing the unit ("two to three weeks", "12-18 months"): the count is a range, left open.
NUMBER_RANGE = rf"\s+(?:to|or)\s+(?:{P.NUMBER})|(?<=\d)\s*[-–]\s*\d{{1,3}}(?![\d,.])"
# Words between the count and the unit that keep the unit a stretch of time ("eight trading days").
UNIT_ADJECTIVES = r"more|full|long|straight|consecutive|additional|extra|trading|business|working|calendar"


@rule("duration", rf"(?:(?P<pre>{DUR_PRE})\s+){{0,2}}(?:(?P<num>{P.NUMBER})(?P<upto>{NUMBER_RANGE})?|(?P<vague>{P.VAGUE}))"
      rf"(?P<half>\s+and\s+a\s+half)?(?:\s+(?:{UNIT_ADJECTIVES}))?\s+(?P<unit>{P.UNIT})s?"
      r"(?P<half2>\s+and\s+an?\s+half)?(?:\s+or\s+so)?",
      accept=_duration_accept)  # fmt: skip
def _duration(m: re.Match[str], ctx: Context) -> Timex:
    """ "two weeks", "the past 20 years", "two and a half years"; "two to three weeks" leaves the count open
    (PXW), as "several weeks" does; "a year or so" is about a year (P1Y)."""
    if (
        re.fullmatch(r"one\s+day", m.group(0), re.IGNORECASE)
        and ctx.tense == "future"
        and not _COUNTING_WORD.search(m.string, max(0, m.start() - 10), m.start())
    ):
        return Timex("DATE", "FUTURE_REF")  # "She will one day be …": some day ahead, not a day's length
    groups = m.groupdict()
    amount = parse_number(m["num"]) if m["num"] else None
    if groups.get("upto"):
        amount = None
    if amount is not None and (groups.get("half") or groups.get("half2")):
        amount += 0.5  # "two and a half years", "an hour and a half"
    return Timex("DURATION", duration_value(amount, m["unit"]))


@rule("adjective_duration", rf"(?:(?P<num>{P.NUMBER})|(?P<vague>several|many|multi|few))-(?P<unit>{P.UNIT})(?:-long)?",
      accept=_duration_accept)  # fmt: skip
def _adjective_duration(m: re.Match[str], ctx: Context) -> Timex:
    return _duration(m, ctx)


_NUMBER_BEFORE = re.compile(rf"\b(?!an?\s)(?:{P.NUMBER})\s+$", re.IGNORECASE)


def _unit_adjective_accept(m: re.Match[str]) -> bool:
    """Not an age: "a three year-old boy" (a number word before), "a month-old baby" (one unit, old)."""
    if not m["plural"] and m.group(0).lower().endswith("-old"):
        return False
    return _NUMBER_BEFORE.search(m.string, max(0, m.start() - 20), m.start()) is None


@rule("unit_adjective", rf"(?<![-\d])(?<!\d\s)(?P<unit>{P.UNIT})(?P<plural>s)?-(?:long|old)",
      accept=_unit_adjective_accept)  # fmt: skip
def _unit_adjective(m: re.Match[str], ctx: Context) -> Timex:
    """ "a day-long meeting" (P1D), "a decades-long battle", "a years-old slump": a unit made an adjective with
    no number before it; plural, the count is left open (PXY), as "for years". An age is none: "a six-year-old"
    (left to ``adjective_duration``'s refusal), "a three year-old", "a month-old baby"."""
    return Timex("DURATION", duration_value(None if m["plural"] else 1, m["unit"]))


@rule("a_while", r"(?:(?<=\bfor\s)|(?<=\bafter\s))(?:quite\s+)?a\s+(?:long\s+|little\s+|short\s+)?while(?!\s+(?:ago|back)\b)"
      r"|a\s+(?:long\s+|little\s+|short\s+)?while\s+(?P<back>ago|back)")  # fmt: skip
def _a_while(m: re.Match[str], ctx: Context) -> Timex:
    """ "for a while", "after quite a while": a stretch of time of no stated unit (TimeML's PXX); "a while ago"
    is some time back (PAST_REF)."""
    if m["back"]:
        ctx.relative = True
        return Timex("DATE", "PAST_REF")
    return Timex("DURATION", "PXX")


BARE_UNITS = r"minutes|hours|days|weeks|months|years|decades|centuries"
# Words after which "months of talks" is a stretch of time ("after months of talks", "ends weeks of unrest").
_STRETCH_AFTER = ("after", "following", "follows", "followed", "during", "despite", "amid", "ending", "ends",
                  "ended", "took", "takes", "take", "spent", "spend", "spends", "through", "capped", "caps")  # fmt: skip
_STRETCH_LOOKBEHIND = "|".join(rf"(?<=\b{word}\s)" for word in _STRETCH_AFTER)


@rule("bare_duration", r"(?:(?<=for\s)|(?<=over\s)|(?<=within\s)|(?<=after\s)|(?=\w+\s+later\b)"
      rf"|(?<=\bin\s)(?=(?:{BARE_UNITS})\s*[,.;:!?)])"
      rf"|(?:{_STRETCH_LOOKBEHIND})(?=(?:{BARE_UNITS})\s+of\s))"
      rf"(?P<unit>{BARE_UNITS})(?:\s+(?:or|and)\s+(?:{BARE_UNITS}))?")  # fmt: skip
def _bare_duration(m: re.Match[str], ctx: Context) -> Timex:
    """ "for weeks", "within days", "hours later", "the first time in years.", "after months of talks": a unit
    with no number is a stretch of time whose length is left open (TimeML's PXW, PXM). "Within weeks or
    months" is one such stretch, in the first unit. The "ahead" rule below ("the weeks ahead") reads the same."""
    return Timex("DURATION", duration_value(None, m["unit"]))


# "in the weeks ahead", "the years to come": the stretch from now whose length is left open (PXW), as "the coming
# weeks" is; not "the years to come back", "the days to come up with a plan", "the weeks to come to terms" (a verb
# with its particle). A preposition that starts a place ("in the years to come in Britain", "on Wall Street",
# "over the border") leaves the stretch of time.
rule("ahead", rf"the\s+(?P<unit>{BARE_UNITS})\s+(?:ahead|to\s+come\b(?!\s+(?:back|up|out|home|down|together|"
     r"forward|to\s+terms)\b))")(_bare_duration)  # fmt: skip


@rule("set_every", rf"(?:every|each|per)\s+(?:(?P<num>{P.NUMBER}|other)\s+)?(?:(?P<wd>{P.WEEKDAY})|"
      rf"(?P<month>{P.MONTH})(?![\s.]*\d)|(?P<season>{P.SEASON})|(?P<part>{P.DAY_PARTS})|(?P<unit>{P.UNIT}|weekend))s?"
      rf"(?:\s+(?P<pod>{POD}))?")  # fmt: skip
def _set_every(m: re.Match[str], ctx: Context) -> Timex:
    """ "every week", "each July", "every Friday", "each spring" (XXXX-SP), "every morning" (XXXX-XX-XXTMO)."""
    if m["season"]:
        return Timex("SET", f"XXXX-{P.SEASONS[words(m, 'season')]}")
    if m["part"]:
        return Timex("SET", f"XXXX-XX-XX{_PART_CODES[words(m, 'part')]}")
    if m["month"]:
        return Timex("SET", f"XXXX-{month_number(m['month']):02d}")  # "each July": every year's July
    if m["wd"]:
        return Timex("SET", f"XXXX-WXX-{weekday_number(m['wd']) + 1}")
    if unit_key(m["unit"]) == "weekend":
        return Timex("SET", "XXXX-WXX-WE")
    amount = 2 if words(m, "num") == "other" else (parse_number(m["num"]) if m["num"] else 1)
    return Timex("SET", duration_value(amount, m["unit"]))


@rule("weekly_day", rf"(?-i:(?P<wd>{P.WEEKDAY_NAME}))(?:s(?:\s+(?P<pod>{P.DAY_PARTS})s?)?|\s+(?P<pods>{P.DAY_PARTS})s"
      rf"|(?={P.SHARED_WEEKLY}))|(?<=\bon\s)(?P<weekends>weekends)")  # fmt: skip
def _weekly_day(m: re.Match[str], ctx: Context) -> Timex:
    """ "on Sundays", "Tuesday nights", "on Monday and Tuesday nights": that weekday (and part of it) every week,
    TimeML's SET XXXX-WXX-2TNI."""
    if m["weekends"]:  # "open on weekends"
        return Timex("SET", "XXXX-WXX-WE")
    part = _PART_CODES.get(words(m, "pod") or words(m, "pods") or words(m, "podn"), "")
    return Timex("SET", f"XXXX-WXX-{weekday_number(m['wd']) + 1}{'T' + part[1:] if part else ''}")


@rule("set_times", rf"(?:once|twice|thrice|(?:\d+|{P.NUMBER}|several|many)\s+times)\s+(?:a|an|per|each|every)\s+"
      rf"(?P<unit>{P.UNIT})")  # fmt: skip
def _set_times(m: re.Match[str], ctx: Context) -> Timex:
    return Timex("SET", duration_value(1, m["unit"]))


@rule("set_word", P.alternation(P.SET_WORDS))
def _set_word(m: re.Match[str], ctx: Context) -> Timex:
    return Timex("SET", P.SET_WORDS[m.group(0).lower()])


def _set_rate_accept(m: re.Match[str]) -> bool:
    """A rate after an amount, but not the ordinal "a second" before its noun ("won 50 percent a second round")."""
    ordinal = words(m, "unit") == "second" and not m.group(0).lower().startswith("per")
    if ordinal and re.match(
        r"\s+(?!(?:and|or|but|to|in|on|at|of|for|from|with|by|as|while|until)\b)[a-z]", m.string[m.end() :]
    ):
        return False
    return is_rate(m)


@rule("set_rate", r"(?:an?|per)\s+(?P<unit>year|month|week|day|night|hour|minute|second)", _set_rate_accept)
def _set_rate(m: re.Match[str], ctx: Context) -> Timex:
    return Timex("SET", duration_value(1, m["unit"]))
