"""Chart geometry for the story page, computed server-side so the page draws with inline SVG and no script.

Two drawings: a figure's values over time, one colour per outlet, with the points that disagree joined by a
red dashed line; and the story's timeline as an axis of dated entries over the days its articles appeared.
Everything here is numbers and short labels; the templates turn it into SVG (and escape every label).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

PALETTE = ("#1f5fa8", "#c2571a", "#2e7d4f", "#7a3e9d", "#a8831f", "#1b8a95", "#b03a5b", "#5b6770")
"""Outlet colours, distinct under the common colour-vision deficiencies for the first four."""

WIDTH = 640
FIGURE_HEIGHT = 230
MARGIN = {"left": 72, "right": 20, "top": 18, "bottom": 34}
LANE = 22
"""Vertical room for one row of timeline marks."""
SHAPES = {"=": "exact", "~": "about", ">=": "at-least", "<=": "at-most", "range": "range"}


@dataclass(frozen=True)
class Tick:
    pos: float
    label: str


@dataclass(frozen=True)
class Dot:
    """One plotted value: its place, its extent (ranges, planned date intervals), outlet and how it is hedged."""

    x: float
    y: float
    y_end: float | None
    outlet: str
    colour: str
    shape: str
    conflict: bool
    label: str
    href: str


@dataclass(frozen=True)
class Series:
    outlet: str
    colour: str
    path: str


@dataclass(frozen=True)
class Chart:
    width: int
    height: int
    left: float
    top: float
    right: float
    bottom: float
    dots: tuple[Dot, ...]
    series: tuple[Series, ...]
    x_ticks: tuple[Tick, ...]
    y_ticks: tuple[Tick, ...]
    conflicts: tuple[tuple[float, float, float, float], ...]
    undated: int


@dataclass(frozen=True)
class TimelineMark:
    x: float
    x_end: float
    y: float
    number: int
    label: str
    anchor: str


@dataclass(frozen=True)
class TimelineAxis:
    width: int
    height: int
    axis_y: float
    left: float
    right: float
    marks: tuple[TimelineMark, ...]
    ticks: tuple[Tick, ...]
    articles: tuple[tuple[float, str, str], ...]


def outlet_colours(outlets: Sequence[str]) -> dict[str, str]:
    """A stable colour per outlet (sorted by name), so one outlet looks the same in every chart of a page."""
    return {o: PALETTE[i % len(PALETTE)] for i, o in enumerate(sorted(set(outlets)))}


def day(text: str | None) -> date | None:
    """An ISO day (``2025-02-19``) as a date; anything else (months, weeks, garbage) as None."""
    if not text or len(text) != 10:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def short_day(d: date, with_year: bool = False) -> str:
    return f"{d.day} {d:%b}" + (f" {d.year}" if with_year else "")


def number(v: float) -> str:
    """A value as a reader writes it: thousands separated, no trailing ``.0``."""
    if float(v).is_integer():
        return f"{int(v):,}"
    return f"{v:,.2f}".rstrip("0").rstrip(".")


def nice_ticks(lo: float, hi: float, count: int = 5) -> list[float]:
    """Round tick values (1, 2, 5 times a power of ten) covering ``lo``..``hi``."""
    if hi <= lo:
        hi = lo + 1.0
    raw = (hi - lo) / max(1, count - 1)
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)
    first = math.floor(lo / step) * step
    ticks = []
    v = first
    while v <= hi + step * 0.5 and len(ticks) < 12:
        ticks.append(round(v, 10))
        v += step
    return ticks


def _scale(lo: float, hi: float, out_lo: float, out_hi: float):
    span = (hi - lo) or 1.0
    return lambda v: out_lo + (v - lo) / span * (out_hi - out_lo)


def _day_ticks(lo: int, hi: int, scale, count: int = 6) -> tuple[Tick, ...]:
    step = max(1, round((hi - lo) / max(1, count - 1)))
    years = {date.fromordinal(lo).year, date.fromordinal(hi).year}
    return tuple(
        Tick(scale(o), short_day(date.fromordinal(o), with_year=len(years) > 1))
        for o in range(lo, hi + 1, step)
    )


def _level(p: Mapping[str, Any]) -> tuple[float, float | None] | None:
    """The value a point puts on the y axis (and where it ends, for ranges and date intervals)."""
    value = p.get("value")
    if isinstance(value, str):
        first, last = day(p.get("earliest")), day(p.get("latest"))
        if first is None:
            return None
        return float(first.toordinal()), float(last.toordinal()) if last and last != first else None
    if not isinstance(value, int | float) or p.get("qualifier") in ("up", "down"):
        return None
    upper = p.get("upper") if p.get("qualifier") == "range" else None
    return float(value), float(upper) if isinstance(upper, int | float) else None


def figure_chart(
    points: Sequence[Mapping[str, Any]],
    conflicts: Sequence[Sequence[int]],
    colours: Mapping[str, str],
    hrefs: Sequence[str],
) -> Chart | None:
    """Values over publication time, by outlet; None when fewer than one point can be placed."""
    placed = []
    for i, p in enumerate(points):
        when, level = day(p.get("published")), _level(p)
        if when is not None and level is not None:
            placed.append((i, when.toordinal(), level, p))
    if not placed:
        return None
    left, top = MARGIN["left"], MARGIN["top"]
    right, bottom = WIDTH - MARGIN["right"], FIGURE_HEIGHT - MARGIN["bottom"]
    days = [o for _, o, _, _ in placed]
    x_lo, x_hi = min(days) - 1, max(days) + 1
    dated_values = isinstance(placed[0][3].get("value"), str)
    values = [v for _, _, (y, y2), _ in placed for v in (y, y2) if v is not None]
    y_lo, y_hi = min(values), max(values)
    if not dated_values and 0 < y_lo < y_hi * 0.5:
        y_lo = 0.0
    pad = (y_hi - y_lo) * 0.12 or max(1.0, abs(y_hi) * 0.1)
    y_lo, y_hi = y_lo - pad, y_hi + pad
    if not dated_values and min(values) >= 0:
        y_lo = max(0.0, y_lo)
    sx = _scale(x_lo, x_hi, left, right)
    sy = _scale(y_lo, y_hi, bottom, top)
    in_conflict = {i for pair in conflicts for i in pair[:2]}
    dots = []
    for i, o, (y, y2), p in placed:
        outlet = str(p.get("outlet") or "unknown outlet")
        dots.append(
            Dot(
                sx(o),
                sy(y),
                sy(y2) if y2 is not None else None,
                outlet,
                colours.get(outlet, PALETTE[-1]),
                "range" if y2 is not None else SHAPES.get(str(p.get("qualifier")), "exact"),
                i in in_conflict,
                _dot_label(p),
                hrefs[i] if i < len(hrefs) else "",
            )
        )
    where = {i: (d.x, d.y) for (i, _, _, _), d in zip(placed, dots, strict=True)}
    lines = tuple(
        (*where[a], *where[b]) for a, b, *_ in conflicts if a in where and b in where and where[a] != where[b]
    )
    if dated_values:
        lo_day, hi_day = math.ceil(y_lo), math.floor(y_hi)
        y_ticks = tuple(Tick(t.pos, t.label) for t in _day_ticks(lo_day, hi_day, sy, count=5))
    else:
        y_ticks = tuple(Tick(sy(v), number(v)) for v in nice_ticks(y_lo, y_hi) if y_lo <= v <= y_hi)
    return Chart(
        WIDTH,
        FIGURE_HEIGHT,
        left,
        top,
        right,
        bottom,
        tuple(dots),
        _series(dots),
        _day_ticks(x_lo + 1, x_hi - 1, sx) if x_hi - x_lo > 2 else (Tick(sx(days[0]), _label_day(days[0])),),
        y_ticks,
        lines,
        len(points) - len(placed),
    )


def _label_day(ordinal: int) -> str:
    return short_day(date.fromordinal(ordinal), with_year=True)


def _dot_label(p: Mapping[str, Any]) -> str:
    who = p.get("attributed_to")
    source = f"{p.get('outlet') or 'unknown outlet'}" + (f", citing {who}" if who else "")
    return f"{p.get('text', '')} ({source}, {p.get('published') or 'undated'})"


def _series(dots: Sequence[Dot]) -> tuple[Series, ...]:
    by_outlet: dict[str, list[Dot]] = {}
    for d in dots:
        by_outlet.setdefault(d.outlet, []).append(d)
    out = []
    for outlet, ds in sorted(by_outlet.items()):
        ds = sorted(ds, key=lambda d: d.x)
        path = " ".join(f"{'M' if k == 0 else 'L'}{d.x:.1f},{d.y:.1f}" for k, d in enumerate(ds))
        out.append(Series(outlet, ds[0].colour, path if len(ds) > 1 else ""))
    return tuple(out)


def timeline_axis(
    entries: Sequence[Mapping[str, Any]], article_days: Sequence[tuple[str | None, str, str]]
) -> TimelineAxis | None:
    """The timeline's dated entries (numbered, intervals as bars) above ticks for each article's day.

    ``article_days``: (published day, colour, label) per article. None when nothing can be placed.
    """
    spans = []
    for n, e in enumerate(entries, start=1):
        first = day(e.get("earliest")) or day(e.get("date"))
        last = day(e.get("latest")) or first
        if first is not None and last is not None:
            spans.append((n, first.toordinal(), max(first, last).toordinal(), str(e.get("date") or "")))
    pubs = [(day(d), c, label) for d, c, label in article_days]
    pub_days = [d.toordinal() for d, _, _ in pubs if d is not None]
    ends = [o for _, a, b, _ in spans for o in (a, b)] + pub_days
    if not spans or not ends:
        return None
    lo, hi = min(ends) - 1, max(ends) + 1
    left, right = 24.0, WIDTH - 24.0
    sx = _scale(lo, hi, left, right)
    lanes: list[float] = []
    marks = []
    for n, a, b, label in sorted(spans, key=lambda s: (s[1], s[2], s[0])):
        x, x_end = sx(a), sx(b)
        lane = next((k for k, free in enumerate(lanes) if free <= x), len(lanes))
        if lane == len(lanes):
            lanes.append(0.0)
        lanes[lane] = max(x_end, x) + 20
        marks.append(TimelineMark(x, x_end, 14 + lane * LANE, n, label, f"t{n}"))
    axis_y = 14 + len(lanes) * LANE
    ticks = _day_ticks(lo + 1, hi - 1, sx) if hi - lo > 2 else ()
    articles = tuple((sx(d.toordinal()), c, label) for d, c, label in pubs if d is not None)
    return TimelineAxis(
        WIDTH,
        int(axis_y + 40),
        axis_y,
        left,
        right,
        tuple(sorted(marks, key=lambda m: m.number)),
        ticks,
        articles,
    )
