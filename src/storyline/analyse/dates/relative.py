"""Rules for dates relative to the publication day: weekdays, "today", reference words, anaphora ("that year"),
periods ("last week"), seasons, "ago" and holidays."""

from __future__ import annotations

import re
from datetime import date, timedelta

from ...timeml import (
    SEASON_MONTHS,
    add_months,
    day_value,
    month_value,
    movable_holiday,
    quarter_of,
    safe_date,
    value_interval,
    week_value,
)
from . import patterns as P
from .rules import (
    CLIPPED_YEAR,
    REL,
    SPELLED_YEAR,
    YEAR,
    Context,
    RuleSet,
    Tense,
    Timex,
    duration_value,
    month_number,
    nearest,
    parse_number,
    position,
    unit_key,
    weekday_number,
    words,
    year_group,
)

RULES = RuleSet()
rule = RULES.rule

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


_SHARED_WEEKLY = re.compile(P.SHARED_WEEKLY, re.IGNORECASE)


def _one_weekday(m: re.Match[str]) -> bool:
    """ "Monday" of "on Monday and Tuesday nights" is every Monday night (``weekly_day``), not one day."""
    return bool(m["rel"] or m["pod"]) or _SHARED_WEEKLY.match(m.string, m.end()) is None


@rule(
    "weekday",
    rf"(?:(?P<rel>this\s+(?:past|coming)|last|next|this|coming|past|early|late|the\s+(?:previous|preceding|following))\s+)?"
    rf"(?P<wd>{P.WEEKDAY})"
    rf"(?:\s+(?P<pod>{POD}))?",
    accept=_one_weekday,
)
def _weekday(m: re.Match[str], ctx: Context) -> Timex:
    rel = {"this past": "last", "past": "last", "this coming": "coming"}.get(words(m, "rel"), words(m, "rel"))
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
    (``is_word_use``)."""
    ctx.relative = True
    return Timex("DATE", "PAST_REF" if m["then"] else "PRESENT_REF")


@rule("at_the_time", r"(?<=\bat\s)(?:the|that)\s+time(?!\s+(?:of|when|being|and|or|to|for|in|on)\b)(?![\w-])")
def _at_the_time(m: re.Match[str], ctx: Context) -> Timex:
    """ "At the time, he was mayor", "at that time the plant was shut": the past moment the story is about
    (TimeML marks "the time" as PAST_REF); in a future sentence, the moment still to come. "At the time of
    the vote" names the vote's own day and is left alone, as is "at the same time"."""
    ctx.relative = True
    return Timex("DATE", "FUTURE_REF" if ctx.tense == "future" else "PAST_REF")


@rule("vague_ref", r"(?P<dir>recent|past|the\s+coming|coming|future)\s+(?P<unit>days|weeks|months|quarters|years|decades)"
      r"(?:\s+(?:and|or)\s+(?:days|weeks|months|quarters|years|decades))?"
      r"|the\s+recent\s+past|an?\s+(?P<side>later|future|earlier|previous)\s+date")  # fmt: skip
def _vague_ref(m: re.Match[str], ctx: Context) -> Timex:
    """ "in past years", "in future quarters", "at a later date": some time back, or ahead, left open. "In
    recent weeks" and "in the coming months" measure a stretch up to (or from) now whose length is left open:
    TimeML's vague duration (PXW, PXM), as "for weeks" is."""
    if words(m, "dir") in ("recent", "coming", "the coming"):
        return Timex("DURATION", duration_value(None, m["unit"]))
    back = m.group(0).lower().startswith(("past", "the recent")) or words(m, "side") in (
        "earlier",
        "previous",
    )
    return Timex("DATE", "PAST_REF" if back else "FUTURE_REF")


EVENT_ORDINALS = r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th)"
CALENDAR_AFTER = (rf"(?:the\s+|this\s+|next\s+|last\s+)?(?:year|month|week|quarter|season|new\s+year|{P.SEASON}|"
                  rf"{P.MONTH}|{YEAR}|school\s+year|term|semester)\b")  # fmt: skip


# "The strike entered its third day", "the siege is in its tenth day": the event's own day with no "of" after it,
# after a word of reaching, or after "in" with a copula or "now" before it ("is in", "now in"); a bare "in" tells
# of any first day ("most hires quit in their first day").
_REACHED = "|".join(
    rf"(?<=\b{w}\s)"
    for w in ("into", "enter", "enters", "entered", "entering", "is in", "are in", "was in", "were in", "now in",
              "still in")
)  # fmt: skip
_EVENT_DAY = rf"(?:{EVENT_ORDINALS})\s+(?:straight\s+|consecutive\s+|full\s+)?day"
# A clause of condition or time before the day ("if the strike enters its fifth day"): no day of the story.
_CONDITION = re.compile(r"\b(?:if|unless|when|whenever|once|should|until)\b[^.;:!?,]*$", re.IGNORECASE)


def _event_day_accept(m: re.Match[str]) -> bool:
    """A day reached is no day of the story in a clause of condition or time ("if the talks enter their third
    day", "once the strike enters its fifth day")."""
    return m["reached"] is None or _CONDITION.search(m.string, max(0, m.start() - 80), m.start()) is None


@rule("event_day", rf"(?:the|its|their)\s+{_EVENT_DAY}(?=\s+of\s+(?!{CALENDAR_AFTER})\w)"
      rf"|(?P<reached>(?:{_REACHED})(?:its|their)\s+{_EVENT_DAY}(?![\w-]))", accept=_event_day_accept)  # fmt: skip
def _event_day(m: re.Match[str], ctx: Context) -> Timex:
    """ "the third day of the talks", "its second day of trading", "the strike entered its third day": a day
    counted within an event, whose calendar day the text does not give. Said in the present it is the day of
    writing ("the strike is in its fifth day"); otherwise an unknown day (TimeML's XXXX-XX-XX). "The first day of
    the month" is a calendar day and is left alone."""
    if ctx.tense == "present":
        return Timex("DATE", day_value(ctx.day))
    return Timex("DATE", "XXXX-XX-XX")


# --- anaphoric expressions ("that year", "the following month", "the next morning") -------------------------
# They point at the date last mentioned, not at the publication day (HeidelTime's "last mentioned date"
# reference). The rule gives the publication-day reading; ``contextualise`` moves it to the date named before.

DAY_PARTS = P.DAY_PARTS
ANAPHOR = (
    r"(?:(?P<pos>earlier|later|early|late)\s+(?:in\s+)?)?(?:that|the\s+same|that\s+same|(?:(?<=earlier\sin\s)|"
    rf"(?<=later\sin\s)|(?<=early\sin\s)|(?<=late\sin\s))the)\s+(?P<unit>day|week|month|year|{DAY_PARTS})"
    rf"|the\s+following\s+(?P<funit>day|week|month|year|{DAY_PARTS})|the\s+next\s+(?P<nunit>day|{DAY_PARTS})"
    rf"|the\s+(?:previous|preceding|prior)\s+(?P<punit>day|week|month|year|{DAY_PARTS})"
    r"|the\s+(?P<bunit>day|week|month|year)\s+(?:before|earlier)(?=\s*(?:[,.;:]|$)|\s+(?:and|but)\b)"
)
ANAPHOR_RE = re.compile(ANAPHOR, re.IGNORECASE)


def anaphor_unit(m: re.Match[str]) -> str:
    """The unit an anaphoric expression counts in: day, week, month or year ("that night" counts in days)."""
    unit = (
        words(m, "unit") or words(m, "funit") or words(m, "nunit") or words(m, "punit") or words(m, "bunit")
    )
    return "day" if re.fullmatch(DAY_PARTS, unit) else unit


def anaphor_value(m: re.Match[str], day: date) -> str:
    """The value of an anaphoric expression, counted from ``day``."""
    unit = anaphor_unit(m)
    step = 1 if m["funit"] or m["nunit"] else -1 if m["punit"] or m["bunit"] else 0
    if unit == "day":
        return day_value(day + timedelta(days=step))
    if unit == "week":
        return week_value(day + timedelta(weeks=step))
    if unit == "month":
        return month_value(*add_months(day.year, day.month, step))
    return str(day.year + step)


ANAPHOR_MODS = {"earlier": "START", "early": "START", "later": "END", "late": "END"}


def _anaphor_accept(m: re.Match[str]) -> bool:
    """ "Late in the day" is as often "too late" as a time; "later in the day" and "early in the week" are dates."""
    return not (words(m, "pos") in ("early", "late") and words(m, "unit") == "day")


@rule("anaphor", ANAPHOR, _anaphor_accept)
def _anaphor(m: re.Match[str], ctx: Context) -> Timex:
    """ "that year", "later that day", "late in the year", "the following week", "the previous day", "the year
    before": the period of the date named before it, or the one after or before it (``contextualise``); counted
    from the reference day when no date was named."""
    return Timex("DATE", anaphor_value(m, ctx.day), ANAPHOR_MODS.get(words(m, "pos")))


# "that summer", "the following April", "the previous winter": a season or month counted from the date named
# before it, as "that year" is; ``contextualise`` supplies that date, the reference day stands in without one.
NAMED_ANAPHOR = (
    rf"(?:(?P<pos>earlier|later|early|late)\s+(?:in\s+)?)?(?P<dir>that(?:\s+same)?|the\s+same|the\s+(?:following|next|"
    rf"previous|preceding|prior))\s+(?P<name>spring|summer|autumn|winter|{P.MONTH})(?![\w-])"
    rf"|(?:the\s+)?(?P<name2>spring|summer|autumn|fall|winter|{P.MONTH})\s+(?:of\s+)?that\s+(?:same\s+)?year"
)
NAMED_ANAPHOR_RE = re.compile(NAMED_ANAPHOR, re.IGNORECASE)
NAMED_STEPS = {"following": 1, "next": 1, "previous": -1, "preceding": -1, "prior": -1}


def _named_anaphor_accept(m: re.Match[str]) -> bool:
    """A month is written with a capital ("that may" is a modal); "the next May" but not "that fall" (a drop)."""
    name = m["name"] or m["name2"]
    return name.lower() in P.SEASONS or name[0].isupper()


def named_period(m: re.Match[str], first: date, last: date) -> str:
    """The value of "that summer" (the one of the year of the date named before, which runs ``first`` to
    ``last``), "the following April" (the first after it) or "the previous winter" (the last before it)."""
    name = words(m, "name") or words(m, "name2")
    step = NAMED_STEPS.get(words(m, "dir").split()[-1], 0) if m["dir"] else 0
    spans = [(v, span) for v in _named_values(name, first.year) if (span := value_interval(v))]
    if step > 0:
        return next(v for v, span in spans if span[0] > last)
    if step < 0:
        return [v for v, span in spans if span[1] < first][-1]
    return next((v for v, span in spans if span[0] <= first <= span[1]), spans[2][0])


def _named_values(name: str, year: int) -> list[str]:
    """The season or month ``name`` from two years before ``year`` to two after (a winter runs over the turn of
    the year: the one before a January day began two Decembers back)."""
    years = range(year - 2, year + 3)
    if name in P.SEASONS:
        return [f"{y:04d}-{P.SEASONS[name]}" for y in years]
    return [month_value(y, month_number(name)) for y in years]


@rule("named_anaphor", NAMED_ANAPHOR, _named_anaphor_accept)
def _named_anaphor(m: re.Match[str], ctx: Context) -> Timex:
    """ "That summer", "later that April", "the following spring": counted from the date named before
    (``contextualise``); without one, "that summer" is the nearest on the tense's side and "the following
    spring" the one after the reference day."""
    mod = ANAPHOR_MODS.get(words(m, "pos"))
    if m["dir"] and words(m, "dir").split()[-1] in NAMED_STEPS:
        return Timex("DATE", named_period(m, ctx.day, ctx.day), mod)
    values = _named_values(words(m, "name") or words(m, "name2"), ctx.day.year - 1)[:3]
    spans = [span for v in values if (span := value_interval(v))]
    chosen = nearest(spans, ctx.day, ctx.tense)
    return Timex("DATE", values[spans.index(chosen)], mod)


# --- periods relative to the reference day ----------------------------------------------------------------------

REL_WORDS = (r"this(?:\s+(?:past|coming))?|last|next|past|previous|coming|following|current"
             r"|the(?:\s+(?:past|last|previous|coming|following|current|next|same))?")  # fmt: skip
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


TRAILING_MIDDLE = {"week": timedelta(days=3), "month": timedelta(days=15), "year": timedelta(days=182)}


@rule("rel_unit", rf"(?:(?P<pos>{P.POSITION})\s*)?(?P<rel>{REL_WORDS})\s+(?:(?:fiscal|calendar)[\s-]+(?=year|quarter))?"
      rf"(?P<unit>{REL_UNITS})(?:\s+or\s+so)?",
      accept=_rel_unit_accept)  # fmt: skip
def _rel_unit(m: re.Match[str], ctx: Context) -> Timex:
    rel, unit = words(m, "rel"), words(m, "unit")
    if rel in ("the past", "the last", "this past") and unit in TRAILING_MIDDLE and not m["pos"]:
        # "over the past week": the seven days up to now, not last calendar week; TimeML gives one calendar
        # value, so the period that holds the middle of those days.
        return Timex("DATE", shift_period(ctx.day - TRAILING_MIDDLE[unit], unit, 0, ctx.tense))
    offset = REL[rel.split()[-1]]
    if unit == "weekend" and rel.endswith("coming"):  # "this coming weekend": the next Saturday and Sunday
        saturday = ctx.day + timedelta(days=(5 - ctx.day.weekday()) % 7)
        return Timex("DATE", week_value(saturday) + "-WE")
    return Timex("DATE", shift_period(ctx.day, unit, offset, ctx.tense), position(m["pos"] or ""))


def season_value(ctx: Context, season: str, rel: str) -> str:
    ref = ctx.day
    first, _ = SEASON_MONTHS[season]
    options = []
    # From two years back: a winter is named by the year it starts in, so "last winter" said in January began
    # two calendar years before.
    for year in range(ref.year - 2, ref.year + 2):
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
    return words(m, "season") != "fall" or bool(m["rel"] or m["year"] or m["syear"] or m["cyear"])


@rule("season", rf"(?:(?P<pre>{P.POSITION})\s*(?=(?:this|last|next|coming|past|the)\s))?"
      rf"(?:(?P<rel>this\s+(?:past|coming)|last|next|this|coming|past|the)\s+)?(?:(?P<pos>{P.POSITION})\s*)?"
      rf"(?P<season>{P.SEASON})(?:\s+(?:of\s+)?(?:(?P<year>{YEAR})|(?P<syear>{SPELLED_YEAR})|(?P<cyear>{CLIPPED_YEAR})|"
      r"(?P<ryear>this|last|next)\s+year))?",
      accept=_season_accept)  # fmt: skip
def _season(m: re.Match[str], ctx: Context) -> Timex:
    season = P.SEASONS[words(m, "season")]
    mod = position(m["pre"] or m["pos"] or "")  # "the end of the summer", "late last spring", "mid-winter"
    if (year := year_group(m, ctx)) is not None:
        return Timex("DATE", f"{year}-{season}", mod)
    if m["ryear"]:  # "the summer of next year", "autumn last year"
        return Timex("DATE", f"{ctx.day.year + REL[words(m, 'ryear')]}-{season}", mod)
    return Timex("DATE", season_value(ctx, season, words(m, "rel").removeprefix("this ")), mod)


APPROX = r"almost|nearly|more\s+than|less\s+than|fewer\s+than|roughly|approximately"


@rule("ago", rf"(?:(?P<pre>{APPROX})\s+)?(?:(?P<num>{P.NUMBER})|(?P<vague>{P.VAGUE}))?\s*(?P<unit>{P.UNIT})s?(?:\s+or\s+so)?\s+"
      r"(?P<dir>ago|earlier|from\s+now|hence)")  # fmt: skip
def _ago(m: re.Match[str], ctx: Context) -> Timex:
    """ "two years ago", "a week or so ago", "half an hour ago" (the day's TIME, as for a count of hours up to a
    day); "72 hours ago" runs past the day and counts back whole days (the DATE three days back)."""
    unit = unit_key(m["unit"])
    amount = parse_number(m["num"]) if m["num"] else None
    sign = 1 if words(m, "dir") in ("from now", "hence") else -1
    if amount is not None and unit in ("hour", "minute", "second"):
        seconds = amount * {"hour": 3600, "minute": 60}.get(unit, 1)
        if seconds <= 86400:
            return Timex("TIME", day_value(ctx.day))
        return Timex("DATE", day_value(ctx.day + timedelta(days=int(seconds // 86400) * sign)))
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
    years = {"decade": 10, "century": 100, "centurie": 100, "millennium": 1000}.get(unit, 1)
    return Timex("DATE", str(ref.year + step * years))


@rule(
    "month_of_year",
    rf"(?:(?P<pos>{P.POSITION})\s*)?(?P<ryear>this|last|next)\s+year['’]s\s+(?P<month>{P.MONTH})",
)
def _month_of_year(m: re.Match[str], ctx: Context) -> Timex:
    return Timex("DATE", month_value(ctx.day.year + REL[words(m, "ryear")], month_number(m["month"])))


@rule("holiday", rf"(?:(?P<rel>last|next|this)\s+)?(?P<hol>{P.alternation(list(P.HOLIDAYS) + list(P.MOVABLE_HOLIDAYS))})"
      rf"(?:\s+(?P<span>week|weekend))?(?:,?\s+(?P<year>{YEAR}))?")  # fmt: skip
def _holiday(m: re.Match[str], ctx: Context) -> Timex:
    """ "Christmas", "last Easter", "Thanksgiving 2019"; "Easter week", "the Thanksgiving weekend": the week (or
    its weekend) that holds the holiday."""
    found = _holiday_day(m, ctx)
    span = words(m, "span")
    if found is None or not span:
        return Timex("DATE", day_value(found) if found else None)
    return Timex("DATE", week_value(found) + ("-WE" if span == "weekend" else ""))


def _holiday_day(m: re.Match[str], ctx: Context) -> date | None:
    name = words(m, "hol")

    def on(year: int) -> date | None:
        if name in P.HOLIDAYS:
            return safe_date(year, *P.HOLIDAYS[name])
        return movable_holiday(name, year)

    if m["year"]:
        return on(int(m["year"]))
    ref, rel = ctx.day, words(m, "rel")
    days = [d for d in (on(y) for y in (ref.year - 1, ref.year, ref.year + 1)) if d]
    if rel == "last":
        return max(d for d in days if d < ref)
    if rel == "next":
        return min(d for d in days if d > ref)
    return nearest([(d, d) for d in days], ref, ctx.tense)[0]
