"""Publication dates for articles that carry none, inferred from their own words and from dated articles.

An undated article that reports an event a dated article also reports is dated by that event: "during Berg's
visit to Tromso last week", next to a dated report of the visit, puts the article in the week after the visit.
Each sentence of the undated article is matched to its closest sentence in the dated articles (tf-idf cosine
over content words); a match gives the event's day interval (the dated sentence's own date expression, or its
article's publication day). The undated sentence's relative expressions, re-resolved against every candidate
day, keep the days on which they land on that event; a sentence with no expression keeps the days within the
news lag after it. Journalistic style adds weak evidence: a year-less "Nov. 25" is a week or more away, since
news names days within a week by weekday (AP style).

The evidence votes; the days with the most support bound the interval (``earliest``..``latest``), the best
single day is the one around which the article's own expressions cluster most tightly, and the interval keeps
the days around it on which those expressions still name the same days ("said Thursday" fits the Thursday and
the six days after it). With no event matched
the date stays unknown: the result is never a guess dressed as fact. The function is pure, so calling it again
with more dated neighbours revises the date.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from ..analyse.dates.resolution import TENSES, is_anaphoric, resolver
from ..models import Article, DateRef, Published
from ..textsim import content_words, dot, inverse_frequencies, sentences, tfidf_vector
from ..timeml import WEEKDAYS

NEWS_LAG_DAYS = 2  # a dated report comes out at most this long after the event it reports without a date
SEARCH_MARGIN_DAYS = 400  # candidate days reach this far around the neighbours' dates
MIN_SIMILARITY = 0.3  # a sentence with a date expression matches an event at this cosine
MIN_UNTIMED_SIMILARITY = 0.45  # a sentence without one must match more closely
UNTIMED_WEIGHT = 0.5
STYLE_WEIGHT = 0.25
EVENT_SPAN_DAYS = 31  # date expressions wider than this do not date an event
STYLE_MIN_DAYS = 7
CONTRADICTION_COST = 10.0

MIN_TOKENS = 4  # sentences with fewer content words ("Related articles:") match nothing
MIN_DISTINCTIVE = 2  # shared words outside the story's most common ones
COMMON_SHARE = 0.1  # a word in more than this share of the story's sentences is common
BARE_WEEKDAY = re.compile(r"^(?:" + "|".join(WEEKDAYS) + r")(?:\s+\w+)?$", re.IGNORECASE)
YEARLESS_DAY = re.compile(r"^[A-Za-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?$|^\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]+$")


@dataclass(frozen=True)
class Evidence:
    """A set of candidate publication days that one observation supports, with its weight and reason."""

    days: frozenset[date]
    weight: float
    reason: str
    reported: date | None = None  # the day after an event reported without a date: when news of it comes out


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    vector: dict[str, float]


def infer_published(
    article: Article,
    dates: Sequence[DateRef],
    neighbours: Sequence[tuple[Article, Sequence[DateRef]]],
) -> Published:
    """The publication interval ``article``'s evidence allows, as ``Published(method="inferred")``.

    ``dates`` are the article's expressions as ``find_dates`` gave them without a reference day (relative
    ones keep their tense in ``anchor``); ``neighbours`` are dated articles of the same story with their
    resolved expressions. An article that already has an explicit date keeps it.
    """
    if article.published.method not in ("unknown", "inferred"):
        return article.published
    dated = [(a, refs) for a, refs in neighbours if a.published.earliest and a.published.latest]
    if not dated:
        return Published()
    evidence = gather_evidence(article, dates, dated)
    if not any(e.reason.startswith("event") for e in evidence):
        return Published()
    window = sorted(set().union(*(e.days for e in evidence)))
    scores = {day: sum(e.weight for e in evidence if day in e.days) for day in window}
    top = max(scores.values())
    supported = [day for day in window if math.isclose(scores[day], top)]
    best = best_day(supported, article.text, dates, evidence)
    first, last = steady_run(contiguous_run(supported, best), best, article.text, dates)
    return Published(
        date=best.isoformat(), earliest=first.isoformat(), latest=last.isoformat(), method="inferred"
    )


def gather_evidence(
    article: Article, dates: Sequence[DateRef], dated: Sequence[tuple[Article, Sequence[DateRef]]]
) -> list[Evidence]:
    """Event evidence from sentence matches, and style evidence from year-less dates."""
    days = candidate_days(dated)
    texts = [article.text] + [a.text for a, _ in dated]
    spans = [sentences(t) for t in texts]
    documents = [content_words(t[s:e]) for t, ss in zip(texts, spans, strict=True) for s, e in ss]
    idf = inverse_frequencies(documents)
    frequency = Counter(w for doc in documents for w in set(doc))
    common = max(2.0, COMMON_SHARE * len(documents))
    distinctive = {w for w, n in frequency.items() if n <= common}
    own = [Sentence(s, e, tfidf_vector(content_words(article.text[s:e]), idf)) for s, e in spans[0]]
    others = [
        (a, refs, Sentence(s, e, tfidf_vector(content_words(a.text[s:e]), idf)))
        for (a, refs), ss in zip(dated, spans[1:], strict=True)
        for s, e in ss
    ]
    evidence: list[Evidence] = []
    for sentence in own:
        if len(sentence.vector) < MIN_TOKENS:
            continue
        matches = [
            (dot(sentence.vector, o[2].vector), o)
            for o in others
            if len(o[2].vector) >= MIN_TOKENS
            and len(sentence.vector.keys() & o[2].vector.keys() & distinctive) >= MIN_DISTINCTIVE
        ]
        if not matches:
            continue
        similarity, (neighbour, refs, match) = max(matches, key=lambda x: x[0])
        if similarity < MIN_SIMILARITY:
            continue
        event = event_interval(neighbour, refs, match)
        inside = [r for r in dates if sentence.start <= r.start < sentence.end]
        evidence.extend(event_evidence(article.text, inside, event, similarity, days))
    evidence.extend(style_evidence(article.text, dates, days))
    return evidence


def event_evidence(
    text: str, refs: Sequence[DateRef], event: tuple[date, date], similarity: float, days: Sequence[date]
) -> list[Evidence]:
    """Days on which the sentence's expressions land on the event (or, lacking any, days just after it)."""
    relative = [
        r for r in refs if r.anchor in TENSES and r.type in ("DATE", "TIME") and not is_reference_point(r)
    ]
    untimed = all(is_anaphoric(r) for r in refs)  # "earlier in the day" is the event's own day
    if not relative and untimed and similarity >= MIN_UNTIMED_SIMILARITY:
        allowed = {d for d in days if event[0] <= d <= event[1] + timedelta(days=NEWS_LAG_DAYS)}
        reported = event[1] + timedelta(days=1)
        return [
            Evidence(frozenset(allowed), UNTIMED_WEIGHT * similarity, f"event {event[0]} reported", reported)
        ]
    out = []
    for ref in relative:
        if BARE_WEEKDAY.match(ref.text) and similarity < MIN_UNTIMED_SIMILARITY:
            continue  # a weekday recurs every week: a loose topical match would date the article by chance
        at = resolver(ref, text)
        allowed = set()
        for day in days:
            span = interval(at(day))
            if (
                span
                and span[1] - span[0] <= timedelta(days=366)
                and span[0] <= event[1]
                and event[0] <= span[1]
            ):
                allowed.add(day)
        if allowed:
            out.append(
                Evidence(frozenset(allowed), similarity / len(relative), f"event {event[0]} is {ref.text!r}")
            )
    return out


def style_evidence(text: str, dates: Sequence[DateRef], days: Sequence[date]) -> list[Evidence]:
    """A year-less month-day ("Nov. 25") is written for days a week or more away; weekdays name the rest."""
    out = []
    for ref in dates:
        if ref.anchor not in TENSES or not YEARLESS_DAY.match(ref.text.strip()):
            continue
        at = resolver(ref, text)
        allowed = set()
        for day in days:
            span = interval(at(day))
            if span and abs((span[0] - day).days) >= STYLE_MIN_DAYS:
                allowed.add(day)
        out.append(Evidence(frozenset(allowed), STYLE_WEIGHT, f"style {ref.text!r}"))
    return out


def best_day(
    candidates: Sequence[date], text: str, dates: Sequence[DateRef], evidence: Sequence[Evidence] = ()
) -> date:
    """The candidate around which the article's own expressions cluster most tightly (latest on ties)."""
    costs = day_costs(candidates, text, dates, evidence)
    return min(candidates, key=lambda d: (costs[d], -d.toordinal()))


def day_costs(
    candidates: Sequence[date], text: str, dates: Sequence[DateRef], evidence: Sequence[Evidence] = ()
) -> dict[date, float]:
    """How badly each candidate day fits the article's own expressions (0: they all fall on or around it).

    Each expression's distance to the day is counted in its own unit (a month named is "one away" a month
    off, a weekday a day off), so precise expressions weigh more than vague ones. A weekday ahead costs
    nothing (plans fall anywhere in the coming week) but a weekday behind does (news reports the latest
    days); the same weekday written once in the past and once in the future cannot be one day; and an event
    reported without a date is news the day after it.
    """
    relative = [
        r for r in dates if r.type in ("DATE", "TIME") and r.anchor in TENSES and not is_reference_point(r)
    ]
    resolvers: list[tuple[DateRef, Callable[[date], DateRef]]] = [(r, resolver(r, text)) for r in relative]
    fixed = [
        span for r in dates if r.anchor == "absolute" and r.type in ("DATE", "TIME") and (span := interval(r))
    ]
    reported = [(e.weight, e.reported) for e in evidence if e.reported]

    def cost(day: date) -> float:
        total = sum(weight * abs((day - when).days) for weight, when in reported)
        seen: dict[tuple[str, tuple[date, date]], set[str]] = {}
        spans: list[tuple[date, date] | None] = list(fixed)
        for ref, at in resolvers:
            span = interval(at(day))
            if span and BARE_WEEKDAY.match(ref.text):
                tenses = seen.setdefault((ref.text.lower(), span), set())
                tenses.add(ref.anchor)
                if {"past", "future"} <= tenses:
                    total += CONTRADICTION_COST
                if ref.anchor == "future":
                    continue
            spans.append(span)
        for span in spans:
            if not span:
                continue
            width = (span[1] - span[0]).days + 1
            if width > 366:
                continue
            gap = (span[0] - day).days if span[0] > day else max(0, (day - span[1]).days)
            total += gap / width
        return total

    return {day: cost(day) for day in candidates}


def steady_run(run: tuple[date, date], best: date, text: str, dates: Sequence[DateRef]) -> tuple[date, date]:
    """The days of ``run`` around ``best`` on which the article's relative expressions keep their meaning.

    "Said Thursday" written on a Thursday names the same day for the six days after it, and "last week" for
    the seven days of the next week: the article came out where all of them still point where they point
    from ``best``. Expressions that move with the day ("today", "tonight") say nothing and are left out.
    """
    relative = [
        resolver(r, text)
        for r in dates
        if r.type in ("DATE", "TIME") and r.anchor in TENSES and not is_reference_point(r)
    ]
    spans = [(at, interval(at(best))) for at in relative]
    one = timedelta(days=1)
    steady = [
        (at, span)
        for at, span in spans
        if span and (interval(at(best - one)) == span or interval(at(best + one)) == span)
    ]

    def keeps(day: date) -> bool:
        return all(interval(at(day)) == span for at, span in steady)

    first, last = best, best
    while first - one >= run[0] and keeps(first - one):
        first -= one
    while last + one <= run[1] and keeps(last + one):
        last += one
    return first, last


def contiguous_run(days: Sequence[date], anchor: date) -> tuple[date, date]:
    """The longest stretch of consecutive ``days`` that contains ``anchor``."""
    present = set(days)
    first = last = anchor
    while first - timedelta(days=1) in present:
        first -= timedelta(days=1)
    while last + timedelta(days=1) in present:
        last += timedelta(days=1)
    return first, last


def event_interval(neighbour: Article, refs: Sequence[DateRef], sentence: Sentence) -> tuple[date, date]:
    """When the matched sentence's event happened: its narrowest date, else its article's days (and lag)."""
    spans = [
        span
        for r in refs
        if sentence.start <= r.start < sentence.end and r.type in ("DATE", "TIME")
        if (span := interval(r)) and (span[1] - span[0]).days < EVENT_SPAN_DAYS
    ]
    if spans:
        return min(spans, key=lambda s: s[1] - s[0])
    published = neighbour.published
    assert published.earliest and published.latest
    first, last = date.fromisoformat(published.earliest), date.fromisoformat(published.latest)
    return first - timedelta(days=NEWS_LAG_DAYS), last


def candidate_days(dated: Sequence[tuple[Article, Sequence[DateRef]]]) -> list[date]:
    bounds = [
        date.fromisoformat(d) for a, _ in dated for d in (a.published.earliest, a.published.latest) if d
    ]
    first = min(bounds) - timedelta(days=SEARCH_MARGIN_DAYS)
    last = max(bounds) + timedelta(days=SEARCH_MARGIN_DAYS)
    return [first + timedelta(days=i) for i in range((last - first).days + 1)]


def is_reference_point(ref: DateRef) -> bool:
    """PRESENT_REF and the like ("now" is whenever the article is), and expressions that count from a day of the
    story ("earlier in the day"), which a paper may print the day after: neither can date the article."""
    return bool(ref.value and ref.value.endswith("_REF")) or is_anaphoric(ref)


def interval(ref: DateRef) -> tuple[date, date] | None:
    if ref.earliest and ref.latest:
        return date.fromisoformat(ref.earliest), date.fromisoformat(ref.latest)
    return None
