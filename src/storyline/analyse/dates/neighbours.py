"""Neighbouring expressions read together. The two ends of a weekday range ("from Monday to Wednesday",
"Thursday through Sunday"): the second follows the first; each end alone is read by the tense, and in a past
sentence a "Wednesday" said on a Tuesday is the one six days back, before the "Monday" of the day before; read
together, the range ends on that Wednesday and starts on the Monday before it. A clock time and the day named
right after it ("at 2.46pm local time on Friday"): the time is on that day."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from ...models import DateRef
from ...timeml import DAY_RE
from . import patterns as P
from .rules import weekday_number

_END = re.compile(
    rf"(?:(?P<rel>last|next|this|coming|past)\s+)?(?P<wd>{P.WEEKDAY})(?:\s+(?:{P.DAY_PARTS}|overnight))?",
    re.IGNORECASE,
)
# What joins the ends: "to", "through", "until", a dash; "and" only after "between".
_JOIN = re.compile(r"\s*(?:-|–|—|\bto\b|\bthrough\b|\bthru\b|\buntil\b|\btill\b)\s*", re.IGNORECASE)
_BETWEEN_AND = re.compile(r"\s+and\s+", re.IGNORECASE)
_BETWEEN = re.compile(r"\bbetween\s+$", re.IGNORECASE)
# A date moved from one day to another: two dates, no range. Only a rescheduling shape counts: a passive ("was
# moved from", "were postponed from", "was pushed back from"), a verb that only reschedules ("postponed from",
# "rescheduled from", "pushed the vote back from", "brought the gala forward from"), or a mover with its event
# ("moved the vote from", "shifted its final from"). Not "changed little from", "moved out from", "brought food
# from" or "pushed on from": spans over those days.
_RESCHEDULE = r"(?:mov|postpon|delay|shift|reschedul|switch|bump|chang)\w*"
_MOVED = re.compile(
    rf"(?:\b(?:was|were|is|are|be|been|being|get|gets|got)\s+(?:\w+ly\s+)?"
    rf"(?:{_RESCHEDULE}|(?:push|pull)\w*\s+back|(?:brought|mov\w*|pull\w*)\s+forward)"
    r"|\b(?:postpon|reschedul)\w*"
    r"|\b(?:push|pull)\w*(?:\s+(?:the|its|their|his|her|a|an)(?:\s+\w+){1,2})?\s+back"
    r"|\b(?:brought|bring\w*|mov\w*|pull\w*)(?:\s+(?:the|its|their|his|her|a|an)(?:\s+\w+){1,2})?\s+forward"
    rf"|\b{_RESCHEDULE}\s+(?:the|its|their|his|her|a|an)(?:\s+\w+){{1,2}})\s+from\s+$",
    re.IGNORECASE,
)


def order_weekday_ranges(refs: list[DateRef], text: str) -> list[DateRef]:
    """``refs`` with the ends of each weekday range put in order: the end a word fixes ("last Monday") or, failing
    that, the one the tense fixes best (the last day of a range told in the past, the first of any other) stays,
    and the other end moves to the nearest day of its name on its side."""
    out = list(refs)
    for i in range(len(out) - 1):
        first, second = out[i], out[i + 1]
        one, two = _END.fullmatch(first.text), _END.fullmatch(second.text)
        if not (one and two and _joined(first, second, text) and first.anchor == second.anchor):
            continue
        if not (first.value and second.value and first.earliest and second.earliest):
            continue
        start, end = date.fromisoformat(first.earliest), date.fromisoformat(second.earliest)
        if start <= end and (end - start).days < 7:
            continue
        gap = timedelta(days=(weekday_number(two["wd"]) - weekday_number(one["wd"])) % 7)
        keep_end = bool(two["rel"]) if bool(one["rel"]) != bool(two["rel"]) else first.anchor == "past"
        try:
            if keep_end:
                out[i] = _on(first, end - gap)
            else:
                out[i + 1] = _on(second, start + gap)
        except OverflowError:  # a range at the calendar's first or last days keeps its ends as read
            continue
    return out


def _joined(first: DateRef, second: DateRef, text: str) -> bool:
    """Whether the words between two expressions make them the ends of one range; a date moved from one day to
    the other ("postponed from Monday to Thursday") makes none."""
    between = text[first.end : second.start]
    if _MOVED.search(text[max(0, first.start - 60) : first.start]):
        return False
    if _JOIN.fullmatch(between):
        return True
    return (
        _BETWEEN_AND.fullmatch(between) is not None
        and _BETWEEN.search(text[max(0, first.start - 12) : first.start]) is not None
    )


def _on(ref: DateRef, day: date) -> DateRef:
    """``ref`` moved to ``day``, keeping what its value says after the day (a part of day)."""
    assert ref.value is not None
    value = day.isoformat() + ref.value[10:]
    return replace(ref, value=value, earliest=day.isoformat(), latest=day.isoformat())


# "at 10 p.m.", "around noon": a clock time with no day of its own.
BARE_CLOCK = re.compile(r"(?:(?:about|around|at|shortly\s+(?:before|after)|just\s+(?:before|after))\s+)?"
                        r"(?:\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?\s?m\.?(?:\s+[A-Z]{1,3}T)?|noon|midnight|midday)",
                        re.IGNORECASE)  # fmt: skip
# Between a clock time and its day: a time zone in capitals ("GMT", "EST") or "local time", a bracketed gloss
# ("(0800 GMT)"), a comma, "on". A lower-case word ("and", "but", "from") ends the clock's phrase.
_CLOCK_TO_DAY = re.compile(
    rf"\s*(?:local\s+time|\([^()]{{1,24}}\)|(?-i:(?:{P.TIME_ZONES})\b))?\s*,?\s*(?:on\s+)?", re.IGNORECASE
)
_ANAPHORIC = re.compile(r"(?:that|the)\b", re.IGNORECASE)


def day_after(refs: list[DateRef], index: int, text: str) -> date | None:
    """The day named right after the bare clock time ``refs[index]`` ("at 2.46pm local time on Friday", "at 3 a.m.
    (0800 GMT) Sunday"), None when no day follows it there. A day that counts from the story ("that day") is read
    later, in order, and is left to the date named before."""
    if index + 1 >= len(refs):
        return None
    clock, day = refs[index], refs[index + 1]
    if day.type != "DATE" or not day.value or not DAY_RE.match(day.value) or not day.earliest:
        return None
    if _ANAPHORIC.match(day.text) or _CLOCK_TO_DAY.fullmatch(text, clock.end, day.start) is None:
        return None
    return date.fromisoformat(day.earliest)
