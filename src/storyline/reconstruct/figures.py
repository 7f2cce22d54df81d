"""Figures: the quantities a story's sources state over time, one quantity a figure, with disagreements.

A figure is one quantity (the deaths of an earthquake in Bergen, fever cases in Norway, the planned
date of a conference) as the sources state it over time. Claims are read in their clause first
(``figure_scope``: what is counted, of what, where, over which span of time) and grouped (``figure_groups``):
history, rates and forecasts are no points of the story's figures, a part is not the whole, another place is
another figure; labels say what is counted, of what and where (``figure_label``). A value that one article
alone states is a claim, not a figure. Points are ordered by the reporting article's date. Two points
*disagree* when different sources in different articles give comparable values (both confirmed counts, or
neither) that cannot both hold at the same time (their intervals, from the qualifier, do not overlap, within
``SAME_TIME_DAYS``); a vague plural amount ("thousands", "dozens") reads as its order up to a hundred times it
(``claimed``). A figure whose latest value no longer fits its first has *changed* over time, which is not a
disagreement. How it moved, day by day, is its course (``figure_course``).

Planned dates come from date expressions: a date that lies after the article's day, in a sentence that names a
planned event ("the conference", "talks") and says it is a plan.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Literal

from ..analyse.claims.patterns import IRREGULAR_PLURALS, VAGUE_PLURALS
from ..ids import claim_id, figure_id
from ..models import Analysis, Article, Citation, Claim, DateRef, Figure
from ..textsim import bare_words
from . import figure_words as P
from .figure_groups import Group, Read, article_count, group_claims, place_key, vague_amount
from .figure_scope import MEASURE_UNITS, read_claims, story_start
from .text import originals, outlet_names

SAME_TIME_DAYS = 2
"""Reports this many days apart or fewer describe the same moment."""
EXACT_TOLERANCE = 0.02
"""Exact values this close (relative) agree: rounding, not a different count."""
ABOUT_TOLERANCE = 0.10
"""How far "about N" reaches either side of N."""
VAGUE_REACH = 100
"""A vague plural amount ("thousands") allows values up to this many times its order, not without end."""
MIN_ARTICLES = 2
"""A quantity is a figure when at least this many articles state it: one article's number is a claim."""


@dataclass(frozen=True)
class FigurePoint:
    """One source's value of a figure: what it says, where, when it was published and who it credits."""

    article: str
    outlet: str
    published: str | None
    value: float | str
    text: str
    citation: Citation
    claim: str | None = None
    upper: float | None = None
    qualifier: str = "="
    unit: str | None = None
    attributed_to: str | None = None
    earliest: str | None = None
    latest: str | None = None
    status: str | None = None
    moved: bool = False
    """A planned date whose sentence says the event's date was moved (``said_moved``: "postponed to June")."""


@dataclass(frozen=True)
class FigureView:
    """A figure with its points in time order, which pairs of points disagree, and whether it changed."""

    figure: Figure
    kind: Literal["quantity", "date"]
    points: tuple[FigurePoint, ...]
    changed: bool = False
    conflicts: tuple[tuple[int, int], ...] = field(default=())
    cumulative: bool = False
    measure: str | None = None

    @property
    def latest(self) -> FigurePoint:
        """The most recent statement of the figure (the last point that is a level, not a change)."""
        levels = [p for p in self.points if p.qualifier not in ("up", "down")]
        return (levels or list(self.points))[-1]


def build_figures(articles: Sequence[Article], analyses: Mapping[str, Analysis]) -> list[FigureView]:
    """Every figure of the articles stated by two articles or more: known quantities (deaths, cases, ...) and
    planned dates first, then other quantities, the most reported first."""
    counted = [a for a in originals(articles) if a.id in analyses]
    order = {a.id: i for i, a in enumerate(counted)}
    outlets = outlet_names(counted)
    first = story_start([a.published.date for a in counted if a.published.date])
    claims = []
    for a in counted:
        readings = read_claims(a, analyses[a.id], first)
        claims += [
            Read(a, c, r)
            for c, r in zip(analyses[a.id].claims, readings, strict=True)
            if not names_no_count(a.text, c)
        ]
    groups = [g for g in group_claims(claims) if article_count(g.members) >= MIN_ARTICLES]
    views = [_quantity_view(group, order, outlets) for group in groups]
    planned = _planned_dates(counted, analyses, outlets)
    views += [_date_view(noun, points, order) for noun, points in planned.items()]
    views = [v for v in views if v is not None]
    return sorted(views, key=_prominence)


def _prominence(v: FigureView) -> tuple[bool, int, int, str, str]:
    """Known quantities and planned dates first, then the rest; the most reported first within each."""
    articles = len({p.article for p in v.points})
    return (
        v.kind == "quantity" and v.measure is None,
        -articles,
        -len(v.points),
        v.figure.label,
        v.figure.id,
    )


# ---- quantities -------------------------------------------------------------------------------------------


def names_no_count(text: str, claim: Claim) -> bool:
    """Whether a claim's number counts nothing: "one of" a set, which picks one member ("one of the worst
    storms", "all but one of the ferries sold"); a share of a set ("half of the panel"); a person's age ("at the
    age of 50"); a number called ("did not call 999"); or a number after "a", "an" or "the" before a singular
    noun, which names or marks a thing ("a recording of the 999 call", "the 3,000 mark", "a 50-seat plane"),
    where a count's noun is plural ("the 40 cases", "the 300 people")."""
    words = text[claim.start : claim.end]
    if claim.value == 1 and _ONE_OF.match(words):
        return True
    if claim.unit == "age" or (
        _DIALLED.search(text, max(0, claim.start - 20), claim.end) and _ends_there(text, claim.end)
    ):
        return True
    if 0 < claim.value < 1 and claim.unit not in MEASURE_UNITS:
        return True  # "half of the panel", "a third of the crews": a share of a set, not a count
    before = text[max(0, claim.start - 4) : claim.start].split()
    noun = (claim.unit or "").split()
    if not before or not noun or claim.unit in MEASURE_UNITS:
        return False
    singular = not noun[-1].lower().endswith("s") and noun[-1].lower() not in _PLURALS
    return claim.value > 1 and words[:1].isdigit() and before[-1].lower() in ("a", "an", "the") and singular


_DIALLED = re.compile(r"\b(?:call|calls|called|calling|dial|dials|dialled|dialed|dialling|dialing)\s+\d{3}$")
_ONE_OF = re.compile(r"one\s+of\b", re.IGNORECASE)
_PLURALS = frozenset(IRREGULAR_PLURALS) | frozenset(
    """staff personnel crew cattle poultry livestock sheep deer fish aircraft missing dead injured wounded homeless
    displaced accused remaining sick elderly""".split()
)
"""Plurals without an "s": irregular ones, collective nouns, and adjectives standing for people ("the 12
missing", "the 40 injured")."""


def _ends_there(text: str, end: int) -> bool:
    """Whether a number called ends its phrase ("did not call 999.", "call 112 for help"), not a count of those
    called ("called 150 to the scene", "called 500 out on strike")."""
    after = text[end : end + 20].split()
    return not after or after[0][:1] in ".,;:!?)" or after[0].lower().strip(".,;:") in _AFTER_A_CALL


_AFTER_A_CALL = frozenset("for or and from after when but if as until before while since because".split())


def counts_its_own(r: Read) -> bool:
    """Whether a claim's source is the place it counts in, as the subject of a verb of counting with the count
    as its object ("Norway has reported 4,312 cases", "Iceland confirmed 12 new cases"): the place's count is
    where the figure is, which its label says, not who tells it; its outlet is. A place that says a clause
    ("Norway said the fever had killed 20 people") is a source, and so is any source that is no place or
    another one."""
    source, place = r.claim.attributed_to, r.reading.place
    if not source or not place or place_key(source) != place_key(place):
        return False
    text = r.article.text
    at = text.rfind(source, max(0, r.claim.start - OWN_COUNT_REACH), r.claim.start)
    if at < 0:
        return False
    return bool(_COUNTING.match(" ".join(bare_words(text[at + len(source) : r.claim.end]))))


OWN_COUNT_REACH = 80
"""How far before its count a place that counts it may stand (a claim's words may hold the verb itself)."""
_COUNTING = re.compile(
    r"(?:(?:has|have|had)\s+)?(?:(?:now|also|officially|already|so\s+far)\s+)*"
    r"(?:reported|reports|confirmed|confirms|recorded|records|registered|registers|counted|counts|logged|logs)\b"
)


def _quantity_view(group: Group, order: Mapping[str, int], outlets: Mapping[str, str]) -> FigureView | None:
    points = [
        FigurePoint(
            article=r.article.id,
            outlet=outlets[r.article.id],
            published=r.article.published.date,
            value=r.claim.value,
            text=r.claim.text,
            citation=Citation(r.article.id, r.claim.start, r.claim.end),
            claim=claim_id(r.article.id, r.claim),
            upper=r.claim.upper,
            qualifier=r.reading.level or ("up" if r.reading.increment else r.claim.qualifier),
            unit=r.claim.unit,
            attributed_to=None if counts_its_own(r) else r.claim.attributed_to,
            status=r.reading.status,
        )
        for r in group.members
    ]
    points.sort(key=lambda p: _when(p, order))
    view = _view("quantity", group.label, group.unit, points, group.family in P.CUMULATIVE)
    return replace(view, measure=group.family)


# ---- planned dates ----------------------------------------------------------------------------------------


def _planned_dates(
    articles: Sequence[Article], analyses: Mapping[str, Analysis], outlets: Mapping[str, str]
) -> dict[str, list[FigurePoint]]:
    """Future dates of planned events, by the event's noun ("conference" -> its dates as the articles set them)."""
    by_noun: dict[str, list[FigurePoint]] = defaultdict(list)
    for article in articles:
        analysis = analyses[article.id]
        for ref in analysis.dates:
            sentence = next((s for s in analysis.sentences if s.start <= ref.start < s.end), None)
            if sentence is None or not _is_plan(ref, article, article.text[sentence.start : sentence.end]):
                continue
            noun = _event_noun(article.text, sentence.start, sentence.end, ref)
            if noun is None:
                continue
            point = FigurePoint(
                article=article.id,
                outlet=outlets[article.id],
                published=article.published.date,
                value=ref.value or ref.text,
                text=ref.text,
                citation=Citation(article.id, ref.start, ref.end),
                earliest=ref.earliest,
                latest=ref.latest,
                unit="date",
                moved=said_moved(
                    article.text[sentence.start : sentence.end], ref.start - sentence.start, noun
                ),
            )
            if all((p.article, p.value) != (point.article, point.value) for p in by_noun[noun]):
                by_noun[noun].append(point)
    return by_noun


def said_moved(sentence: str, date_at: int, noun: str) -> bool:
    """Whether a sentence says its event's date was moved: a cue (``MOVED``: "postponed", "delayed", "shifted",
    "brought forward", "pushed back") that governs the new date or the event. It governs the date when the date
    (at ``date_at``) comes at most four words after it, right after "to", "until", "for", "back" ("postponed to
    mid-November", "moved the summit to June"; not "moved to the capital in November"); the event when its noun comes at most three words before it
    ("the election was postponed") or two after it ("delayed the vote", "postponed the G20 summit"), with no
    comma between. A cue elsewhere in the sentence ("troops moved into the capital before the election",
    "delays in aid at the summit") or after "without" ("without delay") says nothing of the date."""
    named = rf"\b{re.escape(noun)}s?\b"
    for cue in P.MOVED.finditer(sentence):
        if P.NO_DELAY.search(sentence[: cue.start()]):
            continue
        between = sentence[cue.end() : date_at]
        if (
            date_at >= cue.end()
            and len(between.split()) <= 4
            and not re.search(r"[,;:()]", between)
            and P.MOVED_TO.search(between)
            and re.search(
                r"\b(?:to|until|till|for|back|forward|up)\s+(?:(?:the|early|mid|late|next|this|after|before|at\s+least)[-\s]+)*$",
                between,
            )
        ):
            return True
        if cue.group("cue") is None:  # "moved", "pushed": only with their direction or new date
            continue
        if re.search(rf"{named}(?:\s+[\w'’-]+){{0,3}}\s+$", sentence[: cue.start()], re.IGNORECASE):
            return True
        if re.match(rf"\s+(?:[\w'’-]+\s+){{0,2}}{named}", sentence[cue.end() :], re.IGNORECASE):
            return True
    return False


def _is_plan(ref: DateRef, article: Article, sentence: str) -> bool:
    """A date that lies ahead of the article's day (or is resolved as future) in a sentence that plans; not a
    bare "the year" or "the week", which refers back to a time or ranks a thing ("the trial of the year") and
    tells no date."""
    if ref.type != "DATE" or not (ref.value and ref.value[:1].isdigit() and ref.earliest and ref.latest):
        return False
    if _BARE_UNIT.fullmatch(" ".join(ref.text.lower().split())):
        return False
    day = article.published.date
    ahead = ref.anchor == "future" or bool(day and ref.latest and ref.latest > day)
    if not ahead or (day and ref.latest and ref.latest < day):
        return False
    return bool(set(bare_words(sentence)) & P.FUTURE_CUES)


_BARE_UNIT = re.compile(r"the (?:year|month|week|day|season|decade)")


def _event_noun(text: str, start: int, end: int, ref: DateRef) -> str | None:
    """The planned-event noun of the sentence nearest the date expression, singular, if any."""
    best: tuple[int, str] | None = None
    pos = start
    for raw in text[start:end].split():
        at = text.index(raw, pos)
        pos = at + len(raw)
        bare = raw.strip(".,;:'\"()[]“”‘’")
        word = bare.lower()
        if word in P.EVENT_NOUNS:
            before = text[start:at].split()[-1:]
            if before and before[0].strip(".,;:'\"").lower() in P.NOT_PLANNED:
                continue
            if _institution(bare, before[0] if before else ""):
                continue
            if at >= ref.end and P.OTHER_ACTION.search(text[ref.end : at]):
                continue
            distance = min(abs(at - ref.start), abs(at - ref.end))
            plural = word.endswith("s") and not word.endswith(("ss", "us", "is"))
            noun = word[:-1] if plural and word not in ("talks", "games", "negotiations") else word
            if best is None or distance < best[0]:
                best = (distance, noun)
    return best[1] if best else None


def _institution(word: str, before: str) -> bool:
    """Whether a capitalised event noun names a body rather than an event ("Congress will vote", "the Congress
    passed"): capitalised on its own, with no name or number before it that would make it an event's name ("the
    Party Congress", "the G20 Summit")."""
    before = before.strip(".,;:'\"()[]“”‘’")
    if not word[:1].isupper() or not before:  # at the start of a sentence every word is capitalised
        return False
    return before.lower() in ("the", "a", "an") or not (before[:1].isupper() or before[:1].isdigit())


def _date_view(noun: str, points: list[FigurePoint], order: Mapping[str, int]) -> FigureView | None:
    if len(points) < 2:
        return None
    points.sort(key=lambda p: _when(p, order))
    return _view("date", f"planned date of the {noun}", "date", points)


# ---- shared -----------------------------------------------------------------------------------------------


def _when(p: FigurePoint, order: Mapping[str, int]) -> tuple[str, int, int]:
    return (p.published or "9999-99-99", order.get(p.article, 0), p.citation.start)


def _view(
    kind: Literal["quantity", "date"],
    label: str,
    unit: str | None,
    points: list[FigurePoint],
    cumulative: bool = False,
) -> FigureView:
    conflicts = tuple(
        (i, j)
        for i in range(len(points))
        for j in range(i + 1, len(points))
        if _disagree(points[i], points[j])
    )
    fid = figure_id([p.claim or f"{p.citation.article}:{p.citation.start}:{p.citation.end}" for p in points])
    claims = tuple(p.claim for p in points if p.claim)
    figure = Figure(fid, label, unit, claims, disagreement=bool(conflicts))
    return FigureView(figure, kind, tuple(points), _changed(points), conflicts, cumulative)


def interval(p: FigurePoint) -> tuple[float, float] | None:
    """The values a point allows: numbers from its qualifier, planned dates as day ordinals; None for changes."""
    if isinstance(p.value, str):
        if not (p.earliest and p.latest):
            return None
        return float(date.fromisoformat(p.earliest).toordinal()), float(
            date.fromisoformat(p.latest).toordinal()
        )
    v = float(p.value)
    if p.qualifier in ("up", "down"):
        return None
    if p.qualifier == ">=":
        return v, math.inf
    if p.qualifier == "<=":
        return -math.inf, v
    if p.qualifier == "range" and p.upper is not None:
        return min(v, p.upper), max(v, p.upper)
    spread = abs(v) * (ABOUT_TOLERANCE if p.qualifier == "~" else EXACT_TOLERANCE)
    return v - spread, v + spread


def claimed(p: FigurePoint) -> tuple[float, float] | None:
    """The values a point allows as disagreement reads them: its ``interval``, but a vague plural amount
    ("thousands of people", "dozens of cases", "tens of thousands") reads from its order up to
    ``VAGUE_REACH`` times it: "thousands" holds with "60,000 to 90,000" and "dozens" with "hundreds", while
    "thousands" rules out "900" and "hundreds" rules out "31,000". A range written in figures ("1,000 to
    10,000") keeps both its ends."""
    bounds = interval(p)
    if bounds is None or not is_vague(p) or p.qualifier not in ("=", "~", "range"):
        return bounds
    return float(p.value), float(p.value) * VAGUE_REACH


def is_vague(p: FigurePoint) -> bool:
    """Whether a point is a vague plural amount as written ("thousands of", "tens of thousands of"): read as
    the range [x, 10x], with its plural word among its words."""
    return (
        not isinstance(p.value, str) and vague_amount(p.value, p.upper) and bool(_VAGUE_WORD.search(p.text))
    )


_VAGUE_WORD = re.compile(rf"\b(?:{'|'.join(VAGUE_PLURALS)})\b", re.IGNORECASE)


def _overlap(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def _same_time(a: FigurePoint, b: FigurePoint) -> bool:
    if a.article == b.article:
        return True
    if not (a.published and b.published):
        return False
    gap = abs(date.fromisoformat(a.published).toordinal() - date.fromisoformat(b.published).toordinal())
    return gap <= SAME_TIME_DAYS


def distinct_conflicts(view: FigureView) -> list[tuple[FigurePoint, FigurePoint]]:
    """The pairs of points that disagree, once for each pair of articles and values: an article that gives a
    value twice ("81", "81 deaths") makes one disagreement with another's, not two."""
    seen: set[tuple[object, ...]] = set()
    out = []
    for i, j in view.conflicts:
        a, b = view.points[i], view.points[j]
        key = (a.article, a.value, a.qualifier, b.article, b.value, b.qualifier)
        if key not in seen:
            seen.add(key)
            out.append((a, b))
    return out


def _disagree(a: FigurePoint, b: FigurePoint) -> bool:
    """Different sources in different articles, the same moment, comparable values (both confirmed counts or
    neither) that cannot both hold (``claimed``). Two values in one article are two statements of it, not a
    dispute."""
    ia, ib = claimed(a), claimed(b)
    if ia is None or ib is None or _overlap(ia, ib) or not _same_time(a, b):
        return False
    if a.article == b.article or (a.status == "confirmed") != (b.status == "confirmed"):
        return False
    source_a = a.attributed_to or a.outlet
    source_b = b.attributed_to or b.outlet
    return source_a != source_b


def same_value(a: FigurePoint, b: FigurePoint) -> bool:
    """Two points give the same value (within rounding) and the same range."""
    if isinstance(a.value, str) or isinstance(b.value, str):
        return (a.earliest, a.latest, a.value) == (b.earliest, b.latest, b.value)
    scale = max(abs(float(a.value)), abs(float(b.value)), 1e-9)
    return abs(float(a.value) - float(b.value)) <= EXACT_TOLERANCE * scale and a.upper == b.upper


def outdated(points: Sequence[FigurePoint]) -> list[FigurePoint]:
    """Levels reported before the latest one (not at the same moment) that give another value."""
    levels = [p for p in points if interval(p) is not None]
    if not levels:
        return []
    last = levels[-1]
    return [p for p in levels if not _same_time(p, last) and not same_value(p, last)]


def _changed(points: Sequence[FigurePoint]) -> bool:
    return bool(outdated(points))
