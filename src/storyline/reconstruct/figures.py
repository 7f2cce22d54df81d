"""Figures: claims about the same quantity across a story's articles, in time order, with disagreements.

A figure is one quantity (the death toll of a war, the number of fighters, the planned date of a conference)
as the sources state it over time. Points are ordered by the reporting article's date. Two points *disagree*
when different sources give values that cannot both hold at the same time (their intervals, from the
qualifier, do not overlap, within ``SAME_TIME_DAYS``); a figure whose latest value no longer fits its first has
*changed* over time, which is not a disagreement.

Quantities come from the analyses' Claims, grouped by unit and by what they count (``figure_words``'
families, else shared concept words). Planned dates come from date expressions: a date that lies after the
article's day, in a sentence that names a planned event ("the conference", "talks") and says it is a plan.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from ..analyse.claims.patterns import UNITS
from ..ids import claim_id, figure_id
from ..models import Analysis, Article, Citation, Claim, DateRef, Figure
from ..textsim import bare_words
from . import figure_words as P
from .text import originals, outlet_names

SAME_TIME_DAYS = 2
"""Reports this many days apart or fewer describe the same moment."""
EXACT_TOLERANCE = 0.02
"""Exact values this close (relative) agree: rounding, not a different count."""
ABOUT_TOLERANCE = 0.10
"""How far "about N" reaches either side of N."""
CONCEPT_OVERLAP = 0.5
"""Jaccard overlap of concept words from which two claims outside any family count the same thing."""
MAGNITUDE_GAP = 10.0
"""Values of one figure more than this factor apart count different things."""
MEASURE_UNITS = frozenset(UNITS.values())
"""Units that measure (percent, dollar, kilometre); any other unit is the noun a count counts."""


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


@dataclass(frozen=True)
class FigureView:
    """A figure with its points in time order, which pairs of points disagree, and whether it changed."""

    figure: Figure
    kind: Literal["quantity", "date"]
    points: tuple[FigurePoint, ...]
    changed: bool = False
    conflicts: tuple[tuple[int, int], ...] = field(default=())

    @property
    def latest(self) -> FigurePoint:
        """The most recent statement of the figure (the last point that is a level, not a change)."""
        levels = [p for p in self.points if p.qualifier not in ("up", "down")]
        return (levels or list(self.points))[-1]


def build_figures(articles: Sequence[Article], analyses: Mapping[str, Analysis]) -> list[FigureView]:
    """Every figure of the articles: quantities first, then planned dates, the most reported first."""
    counted = [a for a in originals(articles) if a.id in analyses]
    order = {a.id: i for i, a in enumerate(counted)}
    outlets = outlet_names(counted)
    claims = [(a, c) for a in counted for c in analyses[a.id].claims]
    views = [_quantity_view(group, order, outlets) for group in _group_claims(claims)]
    planned = _planned_dates(counted, analyses, outlets)
    views += [_date_view(noun, points, order) for noun, points in planned.items()]
    views = [v for v in views if v is not None]
    return sorted(views, key=lambda v: (-len(v.points), v.kind != "quantity", v.figure.label, v.figure.id))


# ---- quantities -------------------------------------------------------------------------------------------


def concept_words(claim: Claim) -> frozenset[str]:
    """The content words of what a claim counts (its concept, else its own words), lower case."""
    text = claim.concept or claim.text
    return frozenset(w for w in bare_words(text) if w not in P.STOP and not any(ch.isdigit() for ch in w))


def family_of(claim: Claim) -> str | None:
    """The quantity family a claim's concept (else its words) points to, if any."""
    for text in (claim.concept or "", claim.text):
        tokens = set(bare_words(text))
        for label, cues in P.CONCEPT_FAMILIES.items():
            if tokens & cues:
                return label
    return None


def _group_claims(claims: Sequence[tuple[Article, Claim]]) -> list[list[tuple[Article, Claim]]]:
    """Claims grouped by family (and measure unit) or by unit and overlapping concept words, then split where
    values jump tenfold: "three were killed" in a bombing is not a war's death toll of 70,000."""
    groups: dict[tuple[str, str], list[tuple[Article, Claim]]] = defaultdict(list)
    loose: list[tuple[str, frozenset[str], list[tuple[Article, Claim]]]] = []
    for article, claim in claims:
        unit = claim.unit or ""
        family = family_of(claim)
        if family is not None:
            groups[(family, unit if unit in MEASURE_UNITS else "count")].append((article, claim))
            continue
        words = concept_words(claim)
        for g_unit, g_words, members in loose:
            if g_unit == unit and words and _jaccard(words, g_words) >= CONCEPT_OVERLAP:
                members.append((article, claim))
                break
        else:
            loose.append((unit, words, [(article, claim)]))
    return [part for g in [*groups.values(), *(m for _, _, m in loose)] for part in _by_magnitude(g)]


def _by_magnitude(group: list[tuple[Article, Claim]]) -> list[list[tuple[Article, Claim]]]:
    ranked = sorted(group, key=lambda ac: abs(ac[1].value))
    parts: list[list[tuple[Article, Claim]]] = [[ranked[0]]]
    for prev, cur in zip(ranked, ranked[1:], strict=False):
        small, big = abs(prev[1].value), abs(cur[1].value)
        if big > MAGNITUDE_GAP * max(small, 1e-9):
            parts.append([])
        parts[-1].append(cur)
    return parts


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a | b else 0.0


def _quantity_view(
    group: Sequence[tuple[Article, Claim]], order: Mapping[str, int], outlets: Mapping[str, str]
) -> FigureView | None:
    points = [
        FigurePoint(
            article=a.id,
            outlet=outlets[a.id],
            published=a.published.date,
            value=c.value,
            text=c.text,
            citation=Citation(a.id, c.start, c.end),
            claim=claim_id(a.id, c),
            upper=c.upper,
            qualifier=c.qualifier,
            unit=c.unit,
            attributed_to=c.attributed_to,
        )
        for a, c in group
    ]
    points.sort(key=lambda p: _when(p, order))
    family = family_of(group[0][1])
    concepts = [c.concept for _, c in group if c.concept]
    units = [c.unit for _, c in group if c.unit]
    label = family or (commonest(concepts) if concepts else group[0][1].text)
    return _view("quantity", label, commonest(units) if units else None, points)


def commonest(values: Sequence[str]) -> str:
    """The value given most often; a tie goes to the first in alphabetical order, so that a figure's label is a
    function of its claims (picking among a set's members would follow the process's hash seed)."""
    counts = Counter(values)
    return min(counts, key=lambda v: (-counts[v], v))


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
            )
            if all((p.article, p.value) != (point.article, point.value) for p in by_noun[noun]):
                by_noun[noun].append(point)
    return by_noun


def _is_plan(ref: DateRef, article: Article, sentence: str) -> bool:
    """A date that lies ahead of the article's day (or is resolved as future) in a sentence that plans."""
    if ref.type != "DATE" or not (ref.value and ref.value[:1].isdigit() and ref.earliest and ref.latest):
        return False
    day = article.published.date
    ahead = ref.anchor == "future" or bool(day and ref.latest and ref.latest > day)
    if not ahead or (day and ref.latest and ref.latest < day):
        return False
    return bool(set(bare_words(sentence)) & P.FUTURE_CUES)


def _event_noun(text: str, start: int, end: int, ref: DateRef) -> str | None:
    """The planned-event noun of the sentence nearest the date expression, singular, if any."""
    best: tuple[int, str] | None = None
    pos = start
    for raw in text[start:end].split():
        at = text.index(raw, pos)
        pos = at + len(raw)
        word = raw.strip(".,;:'\"()[]“”‘’").lower()
        if word in P.EVENT_NOUNS:
            before = text[start:at].split()[-1:]
            if before and before[0].strip(".,;:'\"").lower() in P.NOT_PLANNED:
                continue
            if at >= ref.end and P.OTHER_ACTION.search(text[ref.end : at]):
                continue
            distance = min(abs(at - ref.start), abs(at - ref.end))
            noun = word if word in ("talks", "games", "negotiations") else word.removesuffix("s")
            if best is None or distance < best[0]:
                best = (distance, noun)
    return best[1] if best else None


def _date_view(noun: str, points: list[FigurePoint], order: Mapping[str, int]) -> FigureView | None:
    if len(points) < 2:
        return None
    points.sort(key=lambda p: _when(p, order))
    return _view("date", f"planned date of the {noun}", "date", points)


# ---- shared -----------------------------------------------------------------------------------------------


def _when(p: FigurePoint, order: Mapping[str, int]) -> tuple[str, int, int]:
    return (p.published or "9999-99-99", order.get(p.article, 0), p.citation.start)


def _view(
    kind: Literal["quantity", "date"], label: str, unit: str | None, points: list[FigurePoint]
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
    return FigureView(figure, kind, tuple(points), _changed(points), conflicts)


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


def _overlap(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def _same_time(a: FigurePoint, b: FigurePoint) -> bool:
    if a.article == b.article:
        return True
    if not (a.published and b.published):
        return False
    gap = abs(date.fromisoformat(a.published).toordinal() - date.fromisoformat(b.published).toordinal())
    return gap <= SAME_TIME_DAYS


def _disagree(a: FigurePoint, b: FigurePoint) -> bool:
    """Different sources, the same moment, values that cannot both hold."""
    ia, ib = interval(a), interval(b)
    if ia is None or ib is None or _overlap(ia, ib) or not _same_time(a, b):
        return False
    source_a = a.attributed_to or a.outlet
    source_b = b.attributed_to or b.outlet
    return source_a != source_b


def _same_value(a: FigurePoint, b: FigurePoint) -> bool:
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
    return [p for p in levels if not _same_time(p, last) and not _same_value(p, last)]


def _changed(points: Sequence[FigurePoint]) -> bool:
    return bool(outdated(points))
