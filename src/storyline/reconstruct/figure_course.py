"""The course of a figure: the value its sources gave day by day, and how it moved from one to the next.

Many articles repeat a figure on one day, some repeat an old value days later, and a few give stray values.
The course keeps, for each day, the value the most articles gave that day. A tie goes to a value that carries
on from the day before (within twofold), then to a confirmed count (so that when the estimates of a count stop
being repeated, the confirmed count takes over), then to the value nearest the day before and the day's
median, then to an exact value, then to the larger. Days that say the same merge, and so does a vaguer
statement that holds the value before it ("tens of thousands" after "50,000"). A move is kept unless the day
after it goes back to the value before it (an old value repeated once is not a move), and one article's jump
of twofold or more only when the day after is nearer it; on the last day, when several articles or a
confirmed count say it, or it rises less than twofold. Each step then
rose or fell; for a count of what has happened so far (deaths, cases) a lower count is a *revision*.
"""

from __future__ import annotations

import math
import statistics
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Literal

from .figures import FigurePoint, FigureView, interval

Move = Literal["first", "rose", "fell", "revised"]

EXACT = 0.02
"""Exact values this close (relative) say the same."""
ABOUT = 0.10
"""How far "about N" reaches either side of N."""
REFINE = 1.25
"""A narrower statement inside a vaguer one is a move when its middle is this factor or more away."""
CARRY_ON = 2.0
"""A value within this factor of the day before carries the course on; a tie goes to it."""
LAST_JUMP = 2.0
"""On the last day, one article's move of this factor or more is not taken on its word alone."""
MAX_TOLD = 5
"""At most this many steps of a course are told: the first, the last, and the turns between."""
_PLAIN = ("=", "~", "range", ">=", "<=", "up", "down")
"""Qualifiers from the plainest statement of a value to the most hedged, for picking one point of a day."""


@dataclass(frozen=True)
class Step:
    """One day of a figure's course: the point that states it, how many articles said it, how it moved."""

    point: FigurePoint
    support: int
    move: Move = "first"


def course(view: FigureView) -> list[Step]:
    """The figure's course, day by day, each step a change from the one before (see the module's docstring)."""
    days = _consensus(view.points)
    steps: list[Step] = []
    for i, day in enumerate(days):
        if not steps:
            steps.append(day)
            continue
        last = steps[-1].point
        if _overlap(_span(last), _span(day.point)) and not _refines(last, day.point):
            continue
        if not _holds(days, i, last):
            continue
        steps.append(replace(day, move=move(last, day.point, view.cumulative)))
    return steps


def told(steps: Sequence[Step], limit: int = MAX_TOLD, cumulative: bool = False) -> list[Step]:
    """The steps worth telling, in order, each move against the step told before it: the first and the last,
    for each run of revisions the step before it and where it ended, then the largest moves, at most
    ``limit``."""
    if len(steps) <= limit:
        return list(steps)
    keep = {0, len(steps) - 1}
    runs: list[tuple[int, int]] = []
    for i, s in enumerate(steps):
        if s.move in ("revised", "fell") and runs and runs[-1][1] == i - 1:
            runs[-1] = (runs[-1][0], i)
        elif s.move in ("revised", "fell"):
            runs.append((i, i))
    for first, last in sorted(runs, key=lambda r: (_log(steps[r[1]].point) - _log(steps[r[0] - 1].point), r)):
        if len(keep | {first - 1, last}) <= limit:
            keep |= {first - 1, last}
    sizes = sorted(
        range(1, len(steps) - 1),
        key=lambda i: (-abs(_log(steps[i].point) - _log(steps[i - 1].point)), i),
    )
    for i in sizes:
        if len(keep) >= limit:
            break
        keep.add(i)
    chosen = [steps[i] for i in sorted(keep)]
    return [chosen[0]] + [
        replace(s, move=move(before.point, s.point, cumulative))
        for before, s in zip(chosen, chosen[1:], strict=False)
    ]


def move(last: FigurePoint, now: FigurePoint, cumulative: bool) -> Move:
    """How a figure went from ``last`` to ``now``: rose, fell, or (a count so far that went down) revised."""
    if _log(now) > _log(last):
        return "rose"
    return "revised" if cumulative else "fell"


def _holds(days: Sequence[Step], i: int, last: FigurePoint) -> bool:
    """Whether day ``i``'s value is a move from ``last``. A move that several articles or a confirmed count
    make, or one of less than ``LAST_JUMP``-fold, holds unless the next day goes back to ``last`` or beyond it;
    one article's larger jump holds when the next day is nearer it than ``last``. On the last day, only the
    former hold, and a fall needs several articles or a confirmed count."""
    here = days[i]
    jump = abs(_log(here.point) - _log(last))
    firm = here.support > 1 or here.point.status == "confirmed"
    if i == len(days) - 1:
        return firm or _log(here.point) > _log(last) and jump < math.log(LAST_JUMP)
    after = days[i + 1].point
    if firm or jump < math.log(LAST_JUMP):
        back = _overlap(_span(after), _span(last)) or (_log(after) > _log(last)) != (
            _log(here.point) > _log(last)
        )
        return not back
    return abs(_log(after) - _log(here.point)) < abs(_log(after) - _log(last))


def _refines(last: FigurePoint, new: FigurePoint) -> bool:
    """A narrower statement inside a vaguer one that moves its middle ("50,000" after "tens of thousands")."""
    a, b = _span(last), _span(new)
    return b[1] - b[0] < a[1] - a[0] and abs(_log(new) - _log(last)) > math.log(REFINE)


def _consensus(points: Sequence[FigurePoint]) -> list[Step]:
    """Per publication day, the value the most articles gave that day, with one point that states it."""
    by_day: dict[str, list[FigurePoint]] = defaultdict(list)
    for p in points:
        if p.published and interval(p) is not None and not isinstance(p.value, str):
            by_day[p.published].append(p)
    out: list[Step] = []
    for day in sorted(by_day):
        said: dict[tuple[float, float | None], list[FigurePoint]] = defaultdict(list)
        for p in by_day[day]:
            said[(float(p.value), p.upper)].append(p)
        middle = statistics.median(_log(p) for p in by_day[day])
        before = _log(out[-1].point) if out else middle
        ps = max(said.values(), key=lambda ps: _rank(ps, before, middle))
        qualifiers = Counter(p.qualifier for p in ps)
        point = min(
            ps, key=lambda p: (p.status != "confirmed", -qualifiers[p.qualifier], _PLAIN.index(p.qualifier))
        )
        out.append(Step(point, len({p.article for p in ps})))
    return out


def _rank(
    ps: Sequence[FigurePoint], before: float, middle: float
) -> tuple[int, bool, bool, float, float, bool, float]:
    """How well a value stands for its day: articles, carrying on from the day before (within ``CARRY_ON``),
    a confirmed count, nearness to the day before, nearness to the day's median, an exact statement, then the
    larger value."""
    near = abs(_log(ps[0]) - before)
    return (
        len({p.article for p in ps}),
        near <= math.log(CARRY_ON),
        any(p.status == "confirmed" for p in ps),
        -round(near, 6),
        -abs(_log(ps[0]) - middle),
        any(p.qualifier in ("=", "~") for p in ps),
        float(ps[0].value) + (ps[0].upper or 0.0),
    )


def _span(p: FigurePoint) -> tuple[float, float]:
    """The values a point allows for telling a move: its range, else its value within rounding (a bound is
    taken at its value: "up to 200,000" after "50,000" is a rise)."""
    value = abs(float(p.value))
    if p.upper is not None:
        return min(value, p.upper), max(value, p.upper)
    spread = value * (ABOUT if p.qualifier == "~" else EXACT)
    return value - spread, value + spread


def _overlap(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _log(p: FigurePoint) -> float:
    value = abs(float(p.value))
    if p.upper is not None and p.upper > 0 and value > 0:
        value = math.sqrt(value * p.upper)
    return math.log(max(value, 1e-9))
