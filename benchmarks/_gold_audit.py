"""Checks TempEval-3 gold DATE annotations against TimeML's own rules, to size the noise in the scores.

A gold TIMEX3 is flagged when its value cannot be right whatever a system does:

- ``malformed``: the value is not a TimeML DATE value ("2000-W7" for a week, a duration "P1W" typed DATE);
- ``weekday``: a bare weekday ("Tuesday") whose value falls on another weekday, or more than a week from the
  document's date (TimeML reads a bare weekday as the nearest one);
- ``written``: the expression writes a year or a month that its value contradicts ("Sept. 27, 1989" given as
  1989-11-27, "the 1988 period" as 1998);
- ``unresolved``: the value leaves unknown (TimeML's "X") a part that the expression and the document's date fix,
  or names a unit the expression does not: "1968" given as 1968-XX (a month nobody wrote), "earlier this year"
  as 1998-XX-XX, "last week" as 1989-WXX, 1998-10 or 1998-10-XX, "the latest quarter" as 1989-QX. A year the
  annotator filled in from the document's date fixes the week or quarter that a deictic expression counts from
  it in the same way.

``repeats`` are the other side: words annotated as a DATE in a document and left unannotated where they occur
again in the same document ("now" marked twice and not a third time). They are only counted, never scored
differently, since a guideline could tell the two uses apart.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from _timeml import GoldTimex, TimeMLDoc

_PART = r"(?:-(?:(?:0[1-9]|1[0-2]|XX)(?:-(?:0[1-9]|[12]\d|3[01]|XX))?|W(?:0[1-9]|[1-4]\d|5[0-3]|XX)(?:-WE)?|Q[1-4X]|H[12X]|SP|SU|FA|WI))?"
DATE_VALUE = re.compile(
    rf"(?:PRESENT_REF|PAST_REF|FUTURE_REF|(?:\d{{4}}|\d{{3}}X?|\d{{2}}X{{0,2}}|\d{{1,3}}X{{1,3}}|XXXX){_PART}"
    r"(?:T(?:MO|AF|EV|NI|DT|\d\d(?::\d\d)?))?)"
)
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10,
    "nov": 11, "dec": 12,
}  # fmt: skip
_DAY = re.compile(r"(\d{4})-(\d\d)-(\d\d)")
_YEAR = re.compile(r"\b(1[5-9]\d\d|20\d\d)\b")
_ALL_UNKNOWN_BELOW_YEAR = re.compile(r"\d{4}-XX(?:-XX)?")
_BELOW_YEAR_WORDS = re.compile(
    r"\b(?:months?|weeks?|days?|morning|afternoon|evening|night|spring|summer|fall|autumn|winter|quarter|half"
    r"|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?"
    r"|nov(?:ember)?|dec(?:ember)?)\b",
    re.IGNORECASE,
)
_DEICTIC_WEEK = re.compile(r"\b(?:this|last|next|the)\s+week\b|^week$", re.IGNORECASE)
_WEEK_VALUE = re.compile(r"\d{4}-W\d\d(?:-WE)?")
_WEEKS_AGO = re.compile(r"\bweeks?\s+ago\b", re.IGNORECASE)
_UNKNOWN_WEEK = re.compile(r"\d{4}-(?:WXX|\d\d-XX|XX-XX)")
_DEICTIC_QUARTER = re.compile(r"^(?:the\s+)?(?:latest\s+)?(?:quarter|period)$", re.IGNORECASE)
_MONTH = re.compile(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?=\s|$|,)", re.IGNORECASE)


def flag(gold: GoldTimex, created: date) -> str | None:
    """Why a gold DATE cannot be matched by a correct system, or None when it can."""
    value, text = gold.value, gold.text.strip()
    if not DATE_VALUE.fullmatch(value):
        return "malformed"
    bare = re.sub(r"['’]s$", "", text).lower()
    day = _DAY.match(value)
    if bare in WEEKDAYS and day:
        when = date(int(day[1]), int(day[2]), int(day[3]))
        if when.weekday() != WEEKDAYS.index(bare) or abs(when - created) > timedelta(days=7):
            return "weekday"
    years = _YEAR.findall(text)
    if years and value[:4].isdigit() and value[:4] not in years:
        return "written"
    months = [MONTHS[m.lower()[:3]] for m in _MONTH.findall(text) if m[0].isupper()]
    if len(months) == 1 and re.match(r"\d{4}-\d\d", value) and int(value[5:7]) != months[0]:
        return "written"
    if _ALL_UNKNOWN_BELOW_YEAR.fullmatch(value) and not _BELOW_YEAR_WORDS.search(text):
        return "unresolved"  # a year-sized expression given unknown months or days
    if _DEICTIC_WEEK.search(text.rstrip(".")) and not _WEEK_VALUE.fullmatch(value):
        return "unresolved"  # "last week" is a week, not "1989-WXX", "1998-10" or "1998-10-XX"
    if _WEEKS_AGO.search(text) and _UNKNOWN_WEEK.fullmatch(value):
        return "unresolved"
    if _DEICTIC_QUARTER.fullmatch(text) and value.endswith("-QX"):
        return "unresolved"
    return None


def repeats(doc: TimeMLDoc) -> list[tuple[int, int]]:
    """Unannotated occurrences of words the same document annotates as a DATE elsewhere."""
    taken = [(g.start, g.end) for g in doc.timexes]
    found: set[tuple[int, int]] = set()
    for text in {g.text for g in doc.timexes if g.type == "DATE" and g.text.strip()}:
        pattern = re.compile(rf"(?<!\w)(?i:{re.escape(text[0])}){re.escape(text[1:])}(?!\w)")
        for m in pattern.finditer(doc.text):
            if not any(s < m.end() and m.start() < e for s, e in taken):
                found.add((m.start(), m.end()))
    return sorted(found)
