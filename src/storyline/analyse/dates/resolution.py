"""Finding and resolving expressions in text without spaCy: every rule's matches, the values they normalise to,
the context of the dates named before them, and re-resolution against another publication day."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date
from functools import cache

from ...models import DateRef
from ...timeml import DAY_RE, WEEK_RE, day_value, narrow, value_interval
from ..spans import DisjointSpans
from . import explicit, relative, times
from . import patterns as P
from .first_chars import StartScanner
from .neighbours import BARE_CLOCK, day_after, order_weekday_ranges
from .relative import (
    ANAPHOR_MODS,
    ANAPHOR_RE,
    APPROX,
    NAMED_ANAPHOR_RE,
    POD,
    anaphor_unit,
    anaphor_value,
    named_period,
    weekday_date,
)
from .rules import START, TENSES, Context, NoReference, Rule, Tense, unit_key, weekday_number, words

# --------------------------------------------------------------------------------------------------------------
# Public API
# --------------------------------------------------------------------------------------------------------------


RULES: list[Rule] = [*explicit.RULES, *relative.RULES, *times.RULES]
"""Every rule, in the order that decides between equally long matches at one place (earlier wins)."""


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    rule: int
    match: re.Match[str]


@cache
def _any_rule() -> StartScanner:
    """Where each rule may match: one pass over the text that finds the starts each rule could take, so the
    rules themselves are tried only there rather than each scanning the whole text."""
    bodies = [re.sub(r"\(\?P<\w+>", "(?:", r.pattern.pattern[len(START) :]) for r in RULES]
    return StartScanner(START, bodies)


# "quarter-to-quarter", "a year-over-year basis", "week-on-week": a unit compared with the one before it, an
# adjective of comparison rather than a time (the match would end at the first unit).
_UNIT_COMPARISON = re.compile(r"-(?:to|over|on|by)-(?:day|week|month|quarter|year)\b", re.IGNORECASE)
# Only a unit alone is that adjective: "the second quarter-on-quarter", "last year-over-year" keep their date.
_BARE_UNIT = re.compile(r"(?:(?:an?|the)\s+)?(?:day|week|month|quarter|year)", re.IGNORECASE)


def _compared_unit(m: re.Match[str], text: str) -> bool:
    return _BARE_UNIT.fullmatch(m.group(0)) is not None and _UNIT_COMPARISON.match(text, m.end()) is not None


def candidates(text: str) -> list[Candidate]:
    """Every rule match in ``text``, longest first, overlaps removed (earlier rules win ties)."""
    found = []
    # As ``finditer`` does, a rule looks for its next match after the end of its last.
    resume = [0] * len(RULES)
    for start, indices in _any_rule().places(text):
        for index in indices:
            r = RULES[index]
            if start < resume[index] or (m := r.pattern.match(text, start)) is None:
                continue
            refused = r.accept is not None and not r.accept(m)
            if refused and m.groupdict().get("upto"):
                continue  # a refused range leaves its last count to match alone ("from five to three years")
            resume[index] = max(m.end(), start + 1)
            if "\n" in m.group(0) or refused or _compared_unit(m, text):
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


def build(c: Candidate, text: str, reference: date | None, tense: Tense) -> DateRef:
    r = RULES[c.rule]
    ctx = Context(reference, tense)
    try:
        timex = r.normalise(c.match, ctx)
    except NoReference:
        return DateRef(
            c.start, c.end, text[c.start : c.end], _type_alone(r, c.match, tense), None, anchor=tense
        )
    except (ValueError, KeyError, OverflowError, IndexError, StopIteration):  # past year 1 or 9999
        return DateRef(c.start, c.end, text[c.start : c.end], "DATE", None, anchor="none")
    anchor = tense if ctx.relative else "absolute"
    span = timex.span
    if span is None and timex.type in ("DATE", "TIME"):
        whole = value_interval(timex.value)
        span = narrow(whole, timex.mod) if whole else None
    earliest, latest = (_iso(span[0]), _iso(span[1])) if span else (None, None)
    if timex.value == "PRESENT_REF" and reference is not None:
        earliest = latest = reference.isoformat()
    return DateRef(c.start, c.end, text[c.start : c.end], timex.type, timex.value, earliest, latest, anchor)


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _type_alone(r: Rule, match: re.Match[str], tense: Tense) -> str:
    """The type a match takes with no publication day, read by resolving it against a stand-in day; DATE when even
    that fails (a count that runs off the calendar), so an article without a date never raises."""
    try:
        return r.normalise(match, Context(date(2000, 1, 1), tense)).type
    except (NoReference, ValueError, KeyError, OverflowError, IndexError, StopIteration):
        return "DATE"


# "a year earlier" after "the third quarter" means the third quarter a year earlier (HeidelTime resolves such
# expressions at the granularity of the last mentioned date in the same way).
YEAR_BACK = re.compile(r"(?:a\s+year\s+(?:ago|earlier)|year[-\s](?:ago|earlier))", re.IGNORECASE)
QUARTER_VALUE = re.compile(r"^(\d{4})-Q([1-4])$")
LOOKS_BACK = re.compile(r"ago|earlier|prior|before|last\s+year", re.IGNORECASE)


def contextualise(refs: list[DateRef], text: str = "", reference: date | None = None) -> list[DateRef]:
    """Refines expressions that depend on the dates named before them.

    Year-back expressions ("a year earlier") take the quarter last mentioned, and anaphoric ones ("later that
    year", "the following month") count from the last date named at their granularity or finer. A date of a life
    ("born on June 5, 1948", "Born: August 29, 1958" in a profile box, ``text`` read around it) is no point a
    story counts from, and a count that lands a sentence about the future before ``reference`` ("He was named on
    3 May 2019. The board meets at 9 a.m.") is no reading of it.
    """
    out: list[DateRef] = []
    story: list[DateRef] = []  # those of ``out`` that are no date of a life, kept as ``out`` grows
    last_quarter: re.Match[str] | None = None
    ordered = order_weekday_ranges(refs, text)
    for index, ref in enumerate(ordered):
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
        before = ref
        try:
            if (m := ANAPHOR_RE.fullmatch(ref.text)) and (day := last_named(story, anaphor_unit(m))):
                ref = anaphoric(ref, m, day)
            elif (m := NAMED_ANAPHOR_RE.fullmatch(ref.text)) and (named := last_named_ref(story, "year")):
                ref = anaphoric_named(ref, m, named)
            elif (m := SEQUEL_WEEKDAY.fullmatch(ref.text)) and (day := last_named(story, "day")):
                ref = sequel_weekday(ref, m, day)
            elif (
                ref.type == "TIME"
                and ref.value
                and BARE_CLOCK.fullmatch(ref.text)
                and (day := day_after(ordered, index, text) or last_named(story, "day"))
            ):
                ref = on_day(ref, day)
            elif (m := COUNTED_BACK.fullmatch(ref.text)) and ref.value and not QUARTER_VALUE.match(ref.value):
                ref = counted_back(ref, last_named_ref(story, unit_key(m["unit"])))
        except (ValueError, OverflowError, IndexError, StopIteration):
            ref = before  # a count past year 1 or 9999: the expression keeps its own reading
        if ref is not before and _future_read_as_past(ref, reference):
            ref = before
        out.append(ref)
        if not _of_a_life(ref, text):
            story.append(ref)
    return out


_LIFE = re.compile(r"\b(?:born|died|b\.|d\.)\s*(?:on|in|:)?\s*$", re.IGNORECASE)


def _of_a_life(ref: DateRef, text: str) -> bool:
    """Whether a date is a birth or a death ("born on June 5, 1948", "Born: August 29, 1958", "died in 2001")."""
    return bool(text) and _LIFE.search(text[max(0, ref.start - 16) : ref.start]) is not None


def _future_read_as_past(ref: DateRef, reference: date | None) -> bool:
    """Whether a date in a sentence about the future was counted to a day before the publication."""
    return (
        reference is not None
        and ref.anchor == "future"
        and bool(ref.latest)
        and ref.latest < reference.isoformat()
    )


# "the previous Friday", "the following Monday": the weekday before (or after) the day named last.
SEQUEL_WEEKDAY = re.compile(rf"the\s+(?P<dir>previous|preceding|following)\s+(?P<wd>{P.WEEKDAY})(?:\s+(?:{POD}))?",
                            re.IGNORECASE)  # fmt: skip


def on_day(ref: DateRef, day: date) -> DateRef:
    """``ref``, a clock time, moved onto ``day``: a bare clock time ("at 10 p.m.", ``BARE_CLOCK``) falls on the day
    named right after it, else on the day the story named last (HeidelTime's reference-day reading of a bare
    time)."""
    assert ref.value is not None
    value = day_value(day) + ref.value[10:]
    return replace(ref, value=value, earliest=day.isoformat(), latest=day.isoformat())


# "two days earlier", "three years before": counted back from the date the story named last, when it named one
# with its year ("On June 5, 1998, ... Two days earlier"); "ago" always counts from the publication day.
COUNTED_BACK = re.compile(rf"(?:(?:{APPROX})\s+)?(?:{P.NUMBER}|an?)\s+(?P<unit>day|week|month|year)s?\s+earlier",
                          re.IGNORECASE)  # fmt: skip


def counted_back(ref: DateRef, named: DateRef | None) -> DateRef:
    """``ref`` ("two days earlier") read back from ``named`` when that date was written out in full."""
    if named is None or named.anchor != "absolute" or not named.earliest:
        return ref
    found = normalise(ref.text, date.fromisoformat(named.earliest), ref.anchor)
    if found is None or found.value is None:
        return ref
    return replace(ref, value=found.value, earliest=found.earliest, latest=found.latest)


def is_anaphoric(ref: DateRef) -> bool:
    """Whether ``ref`` counts from a date of the story ("later that day", "the following Monday") rather than
    from the publication day: without a date named before it, it says nothing about when it was written."""
    return bool(
        ANAPHOR_RE.fullmatch(ref.text)
        or SEQUEL_WEEKDAY.fullmatch(ref.text)
        or NAMED_ANAPHOR_RE.fullmatch(ref.text)
    )


def sequel_weekday(ref: DateRef, m: re.Match[str], day: date) -> DateRef:
    found = weekday_date(Context(day, "present"), weekday_number(m["wd"]), f"the {words(m, 'dir')}")
    return replace(ref, value=day_value(found), earliest=found.isoformat(), latest=found.isoformat())


YEAR_VALUE = re.compile(r"^\d{4}$")
_MONTH_OR_DAY = re.compile(r"^\d{4}-\d\d")
_YEAR_OR_FINER = re.compile(r"^\d{4}")


def last_named(refs: list[DateRef], unit: str) -> date | None:
    """The first day of the date last named in ``refs`` that is at least as precise as ``unit``."""
    found = last_named_ref(refs, unit)
    return date.fromisoformat(found.earliest) if found and found.earliest else None


def last_named_ref(refs: list[DateRef], unit: str) -> DateRef | None:
    """The date last named in ``refs`` that is at least as precise as ``unit``; "up from a year ago" is a
    comparison, not a date of the story, and is passed over."""
    needed = {"day": DAY_RE, "week": DAY_RE, "month": _MONTH_OR_DAY}.get(unit, _YEAR_OR_FINER)
    for ref in reversed(refs):
        if (
            ref.type in ("DATE", "TIME")
            and ref.value
            and ref.earliest
            and ref.latest  # not a side of a year left open ("post-1959")
            and needed.match(ref.value)
            and not WEEK_RE.match(ref.value)
            and ANAPHOR_RE.fullmatch(ref.text) is None
            and YEAR_BACK.fullmatch(ref.text) is None
        ):
            return ref
    return None


def anaphoric(ref: DateRef, m: re.Match[str], day: date) -> DateRef:
    value = anaphor_value(m, day)
    whole = value_interval(value)
    span = narrow(whole, ANAPHOR_MODS.get(words(m, "pos"))) if whole else None
    earliest, latest = (span[0].isoformat(), span[1].isoformat()) if span else (None, None)
    return replace(ref, value=value, earliest=earliest, latest=latest)


def anaphoric_named(ref: DateRef, m: re.Match[str], named: DateRef) -> DateRef:
    """ "that summer", "the following April" counted from ``named``, the date named before."""
    assert named.earliest and named.latest
    value = named_period(m, date.fromisoformat(named.earliest), date.fromisoformat(named.latest))
    whole = value_interval(value)
    span = narrow(whole, ANAPHOR_MODS.get(words(m, "pos"))) if whole else None
    earliest, latest = (span[0].isoformat(), span[1].isoformat()) if span else (None, None)
    return replace(ref, value=value, earliest=earliest, latest=latest)


def resolver(ref: DateRef, text: str = "") -> Callable[[date], DateRef]:
    """A function resolving ``ref`` against any publication day; the rule is found once (for date search)."""
    if ref.anchor in ("absolute", "none"):
        return lambda reference: ref
    tense = ref.anchor if ref.anchor in TENSES else "present"
    found = _rule_at(text, ref.start, ref.end) if text[ref.start : ref.end] == ref.text else None
    source = text if found else ref.text
    found = found or _rule_at(ref.text, 0, len(ref.text), whole=True)
    if found is None:
        return lambda reference: ref

    def at(reference: date, candidate: Candidate = found) -> DateRef:
        built = build(candidate, source, reference, tense)
        return replace(built, start=ref.start, end=ref.end, text=ref.text)

    return at


def _rule_at(text: str, start: int, end: int, whole: bool = False) -> Candidate | None:
    """The first rule matching ``text[start:end]`` exactly, matched where it stands so that what a rule reads
    around it ("at the time", "on the 25th") is there; ``whole`` lets a rule fit the span by backtracking."""
    for index, r in enumerate(RULES):
        m = r.pattern.fullmatch(text, start, end) if whole else r.pattern.match(text, start)
        if m and m.end() == end and (r.accept is None or r.accept(m)):
            return Candidate(start, end, index, m)
    return None


def resolve(ref: DateRef, text: str, reference: date) -> DateRef:
    """``ref`` re-resolved against another publication day, from its words and stored tense (no spaCy).

    ``text`` is the article's text (``ref.text`` is used when the offsets do not fit it).
    """
    return resolver(ref, text)(reference)


def resolve_all(refs: Iterable[DateRef], text: str, reference: date) -> list[DateRef]:
    """Every expression of one article re-resolved against ``reference``, with the context ``find_dates`` uses."""
    return contextualise([resolve(ref, text, reference) for ref in refs], text, reference)


def normalise(expression: str, reference: date | None, tense: Tense = "present") -> DateRef | None:
    """One expression on its own (the whole string), as ``find_dates`` would resolve it; None if unknown."""
    for index, r in enumerate(RULES):
        m = r.pattern.fullmatch(expression)
        if m and (r.accept is None or r.accept(m)):
            return build(Candidate(0, len(expression), index, m), expression, reference, tense)
    return None
