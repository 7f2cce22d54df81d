"""Claims grouped into quantities: one group per thing counted, of what and where, over the story's own time.

Each claim is read in its clause first (``figure_scope``). History, rates and averages and forecasts are
comparisons, not points of the story's figures, and "40 other deaths" is another set: they are left out. The
rest group by family, the part counted (a part is not the whole) and the place; a count that names no place is
about the place its family's other counts name most. Claims outside any family group by unit and shared concept
words; durations and ages are details of one event, not figures. Within a group, a count more than tenfold off
what other articles said within a few days counts something else, and of values that jump tenfold apart only
the most reported run stays ("three were killed" in a bombing is not a war's 60,000): what is left out is not
known to be this quantity, so it is no point of it. A vague plural amount ("hundreds of thousands") above most
counts of a run with a confirmed count estimates another quantity (who may be infected, not who is confirmed) and is left out too.
"""

from __future__ import annotations

import math
import statistics
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from ..analyse.claims.patterns import VAGUE_PLURALS
from ..models import Article, Claim
from ..textsim import bare_words, fold
from . import figure_words as P
from .figure_label import commonest, family_label
from .figure_scope import Reading

CONCEPT_OVERLAP = 0.5
"""Jaccard overlap of concept words from which two claims outside any family count the same thing."""
MAGNITUDE_GAP = 10.0
"""Values of one figure more than this factor apart count different things."""
UNPLACED_GAP = 5.0
"""A count that names no place is in step with its neighbours within this factor (it joins by being in step)."""
IN_STEP = 1.2
"""An unplaced count at most this factor above its main place's counts near its day is about the main place."""
WIDE_DAYS = 7
"""Counts this many days apart or fewer tell which place an unplaced count is about."""
MIN_NEIGHBOURS = 3
"""A count is checked against what other articles said near its day when at least this many did."""
WORLD = "world"


@dataclass(frozen=True)
class Read:
    """A claim with its article and how it reads."""

    article: Article
    claim: Claim
    reading: Reading


@dataclass(frozen=True)
class Group:
    """Claims about one quantity, with the label and unit their figure takes."""

    members: tuple[Read, ...]
    label: str
    unit: str | None
    family: str | None = None


def group_claims(items: Sequence[Read]) -> list[Group]:
    """The quantities among the claims (see the module's docstring), each split where values jump tenfold."""
    current = [r for r in items if r.reading.scope == "event" and not r.reading.other_set]
    families = _people_placed([r for r in current if r.reading.family is not None])
    loose = [
        r
        for r in current
        if r.reading.family is None
        and (r.claim.unit or "") not in P.TIME_UNITS
        and (r.claim.unit or r.claim.concept)  # a number that says not what it counts is no quantity
    ]
    out: list[Group] = []
    for g in [*_family_groups(families), *_loose_groups(loose)]:
        core, _ = _in_step(list(g.members))
        parts = _by_magnitude(core)
        if parts:
            best = max(parts, key=lambda p: (article_count(p), len(p), max(abs(r.claim.value) for r in p)))
            out.append(Group(tuple(_without_estimates(best)), g.label, g.unit, g.family))
    return out


def _without_estimates(members: Sequence[Read]) -> list[Read]:
    """The members less the vague plural amounts ("hundreds of thousands", "millions") that lie above most of the
    counts among them, in a run with a confirmed count: such an amount estimates how many there may be (who may
    be infected, not who is confirmed), another quantity than the counts the figure follows. The counts are all
    the run's, confirmed or not, and "most" is more than half of them, so that one stray estimate worded as a
    count ("more than 1 million people") does not keep "hundreds of thousands" in. One below most counts
    ("thousands may have died" before the toll reached 9,000, though one confirmed count was 800), or in a run
    without a confirmed count ("thousands are feared dead" on a quake's first day), is an early estimate of the
    figure itself."""
    if not any(r.reading.status == "confirmed" for r in members):
        return list(members)
    counts = [_ends(r.claim)[1] for r in members if not vague_amount(r.claim.value, r.claim.upper)]
    return [
        r
        for r in members
        if not (vague_amount(r.claim.value, r.claim.upper) and _above_most(r.claim, counts))
    ]


def _above_most(claim: Claim, counts: Sequence[float]) -> bool:
    """Whether a claim's lower end lies above more than half of the counts."""
    return sum(_ends(claim)[0] > c for c in counts) * 2 > len(counts) > 0


def vague_amount(value: float, upper: float | None) -> bool:
    """Whether a value and its upper end are a vague plural amount as read ("thousands": 1,000 to 10,000; "tens
    of thousands", "hundreds of millions"), not a number someone counted."""
    if upper is None or upper != 10 * float(value):
        return False
    return any(
        float(value) == base * times and (times == 1 or base >= 1e3)
        for base in VAGUE_PLURALS.values()
        for times in (1, 10, 100)
    )


def place_key(name: str) -> str:
    """One key for a place's spellings: "the United States", "U.S." and "US" -> "us"."""
    words = fold(name).replace(".", "").split()
    if words[:1] == ["the"]:
        words = words[1:]
    if len(words) > 1 and words[0] != "outside":
        return "".join(w[0] for w in words)
    return " ".join(words)


def _family_groups(items: Sequence[Read]) -> list[Group]:
    """Parts by family and part; wholes by family, place (named, else inferred) and the kind of event."""
    main = _main_places(items)
    parts: dict[tuple[str, str], list[Read]] = defaultdict(list)
    placed: dict[tuple[str, str], list[Read]] = defaultdict(list)
    unplaced: list[Read] = []
    names: dict[str, list[str]] = defaultdict(list)
    for r in items:
        family, place, part = r.reading.family or "", r.reading.place, r.reading.part
        if part is not None and _demonym(part, place_key(place) if place else main.get(family, "")):
            part = None
        if part is not None:
            parts[(family, " ".join(bare_words(part)).removesuffix("s"))].append(r)
        elif place:
            placed[(family, place_key(place))].append(r)
            names[place_key(place)].append(place.removeprefix("the ").strip())
        else:
            unplaced.append(r)
    wholes: dict[tuple[str, str], list[Read]] = defaultdict(list, {k: list(v) for k, v in placed.items()})
    for r in unplaced:
        family = r.reading.family or ""
        wholes[(family, _inferred_place(r, family, placed, main.get(family, "")))].append(r)
    groups = []
    for (family, _), members in sorted(parts.items()):
        label = family_label(family, commonest([r.reading.part or "" for r in members]), None, [])
        groups.append(Group(tuple(members), label, _unit(members), family))
    for (family, key), members in sorted(wholes.items()):
        place = commonest(names[key]) if names[key] else None
        if place is not None and _needs_article(place):
            place = f"the {place}"
        for kind in _by_event(members):
            label = family_label(family, None, place, [r.reading.cause for r in kind])
            groups.append(Group(tuple(kind), label, _unit(kind), family))
    return groups


def _people_placed(items: Sequence[Read]) -> list[Read]:
    """Places named by their people ("the Syrian conflict") made the place named elsewhere ("Syria"); a people
    no place of the counts matches names no place."""
    named = {r.reading.place for r in items if r.reading.place and not r.reading.by_people}
    countries = sorted(named, key=lambda n: (place_key(n), n))
    out = []
    for r in items:
        if r.reading.by_people and r.reading.place:
            place = next((c for c in countries if _demonym(r.reading.place, place_key(c))), None)
            if place is None and countries:
                continue  # a people none of the counted places is: a count of a place the story does not count
            r = replace(r, reading=replace(r.reading, place=place, by_people=False))
        out.append(r)
    return out


def _inferred_place(r: Read, family: str, placed: dict[tuple[str, str], list[Read]], main: str) -> str:
    """The place of a count that names none: the family's main place, unless the count is larger than the main
    place's counts near its day and nearer the world's (a world total, "311 deaths", among a country's)."""
    day = _ordinal(r.article)
    size = _size(r.claim)
    if day is None or size <= 0 or main == WORLD:
        return main
    centres = {}
    for key in (main, WORLD):
        near = [_size(o.claim) for o in placed.get((family, key), ()) if _near(o, day, WIDE_DAYS)]
        near = [n for n in near if n > 0]
        if near:
            centres[key] = statistics.median(near)
    if WORLD not in centres or main in centres and size <= centres[main] * IN_STEP:
        return main
    if main in centres and abs(math.log(size / centres[main])) <= abs(math.log(size / centres[WORLD])):
        return main
    return WORLD


def _near(r: Read, day: int, days: int = 3) -> bool:
    other = _ordinal(r.article)
    return other is not None and abs(other - day) <= days


def _by_event(members: Sequence[Read]) -> list[list[Read]]:
    """Counts split by the kind of event they are told with; those that name none go with the commonest kind."""
    kinds: dict[str, list[Read]] = defaultdict(list)
    for r in members:
        cause = (r.reading.cause or "").split()[-1:]
        kinds[P.EVENT_CLASS_OF.get(cause[0].lower(), "") if cause else ""].append(r)
    named = {k: len({r.article.id for r in v}) for k, v in kinds.items() if k}
    if named:
        top = min(named, key=lambda k: (-named[k], k))
        kinds[top] += kinds.pop("", [])
    return [kinds[k] for k in sorted(kinds)]


def _main_places(items: Sequence[Read]) -> dict[str, str]:
    """For each family, the place its whole counts name in the most articles, then the most often, then the
    earliest (not the world, not "outside")."""
    seen: dict[str, dict[str, list[Read]]] = defaultdict(lambda: defaultdict(list))
    for r in items:
        place = r.reading.place
        if r.reading.part is None and place and place != WORLD and not place.startswith("outside "):
            seen[r.reading.family or ""][place_key(place)].append(r)
    return {family: min(by, key=lambda k: _prominence(by[k], k)) for family, by in seen.items()}


def _prominence(members: Sequence[Read], key: str) -> tuple[int, int, str, str]:
    """Most articles first, then most counts, then the place reported first."""
    days = [r.article.published.date for r in members if r.article.published.date]
    return (-len({r.article.id for r in members}), -len(members), min(days, default="9999"), key)


def _demonym(part: str, key: str) -> bool:
    """ "Haitians" for Haiti, "Mexicans" for Mexico, "Syrian" for Syria: people of the place, or its adjective."""
    word = part.split()[-1].lower()
    if len(part.split()) != 1 or not part[:1].isupper():
        return False
    shared = next(
        (i for i, (a, b) in enumerate(zip(word, key, strict=False)) if a != b), min(len(word), len(key))
    )
    return shared >= 4 and shared >= len(key) - 3


def _needs_article(place: str) -> bool:
    """ "the United States", "the Dominican Republic": names of several words that are not a person's."""
    words = place.split()
    return len(words) > 1 and words[-1].lower() in ("states", "kingdom", "republic", "emirates", "islands")


def _loose_groups(items: Sequence[Read]) -> list[Group]:
    """Each reading joins the first group of its unit whose first reading's concept words it shares enough of
    (``CONCEPT_OVERLAP``), or starts one; groups in the order they were started."""
    loose: list[list[Read]] = []
    of_unit: dict[str, list[tuple[frozenset[str], list[Read]]]] = defaultdict(list)  # each unit's, in order
    for r in items:
        words = concept_words(r.claim)
        started = of_unit[r.claim.unit or ""]
        joined = (
            next((m for w, m in started if _jaccard(words, w) >= CONCEPT_OVERLAP), None) if words else None
        )
        if joined is not None:
            joined.append(r)
        else:
            loose.append([r])
            started.append((words, loose[-1]))
    groups = []
    for members in loose:
        concepts = [r.claim.concept for r in members if r.claim.concept]
        label = commonest(concepts) if concepts else members[0].claim.text
        groups.append(Group(tuple(members), label, _unit(members)))
    return groups


def _unit(members: Sequence[Read]) -> str | None:
    units = [r.claim.unit for r in members if r.claim.unit]
    return commonest(units) if units else None


def concept_words(claim: Claim) -> frozenset[str]:
    """The content words of what a claim counts (its concept, else its own words), lower case."""
    text = claim.concept or claim.text
    return frozenset(w for w in bare_words(text) if w not in P.STOP and not any(ch.isdigit() for ch in w))


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    shared = len(a & b)
    return shared / (len(a) + len(b) - shared) if a or b else 0.0  # the union's size, without making it


def _in_step(members: list[Read]) -> tuple[list[Read], list[Read]]:
    """The members in step with what the other articles said nearest in time, and the strays: a count more than
    ``MAGNITUDE_GAP`` times off most of its neighbours (``UNPLACED_GAP`` for a count that names no place and is
    not a confirmed count, which is in the figure only by inference) counts something else. The neighbours are the other
    articles' counts on the nearest days that hold at least ``MIN_NEIGHBOURS`` of them; a confirmed count is
    checked against the confirmed counts when there are enough (a confirmed count can be far below the
    estimates of its day, and that is a revision, not another quantity)."""
    core: list[Read] = []
    strays: list[Read] = []
    for r in members:
        day = _ordinal(r.article)
        others = [o for o in members if o.article.id != r.article.id and _ordinal(o.article) is not None]
        confirmed = [o for o in others if o.reading.status == "confirmed"]
        if r.reading.status == "confirmed" and len(confirmed) >= MIN_NEIGHBOURS:
            others = confirmed
        if day is None or len(others) < MIN_NEIGHBOURS:
            core.append(r)
            continue
        gaps = [(abs((_ordinal(o.article) or 0) - day), o.claim) for o in others]
        reach = sorted(gap for gap, _ in gaps)[MIN_NEIGHBOURS - 1]
        near = [c for gap, c in gaps if gap <= reach]
        gap = MAGNITUDE_GAP if r.reading.place or r.reading.status == "confirmed" else UNPLACED_GAP
        off = sum(_off(r.claim, c) > gap for c in near)
        (strays if off * 2 > len(near) else core).append(r)
    return core, strays


def _off(a: Claim, b: Claim) -> float:
    """How many times two claims are apart: 1 when their ranges meet, else the factor between the nearer ends."""
    (a_low, a_high), (b_low, b_high) = _ends(a), _ends(b)
    if a_low <= b_high and b_low <= a_high:
        return 1.0
    low, high = (a_high, b_low) if a_high < b_low else (b_high, a_low)
    return high / max(low, 1e-9)


def _ends(claim: Claim) -> tuple[float, float]:
    low = abs(claim.value)
    high = abs(claim.upper) if claim.upper is not None else low
    return min(low, high), max(low, high)


def _size(claim: Claim) -> float:
    """A claim's size for comparing magnitudes: its value, or the geometric middle of its range."""
    low = abs(claim.value)
    if claim.upper is not None and claim.upper > 0 and low > 0:
        return math.sqrt(low * abs(claim.upper))
    return low


def _ordinal(article: Article) -> int | None:
    day = article.published.date
    return date.fromisoformat(day).toordinal() if day else None


def _by_magnitude(group: list[Read]) -> list[list[Read]]:
    if not group:
        return []
    ranked = sorted(group, key=lambda r: abs(r.claim.value))
    parts: list[list[Read]] = [[ranked[0]]]
    for prev, cur in zip(ranked, ranked[1:], strict=False):
        small, big = abs(prev.claim.value), abs(cur.claim.value)
        if big > MAGNITUDE_GAP * max(small, 1e-9):
            parts.append([])
        parts[-1].append(cur)
    return parts


def article_count(members: Sequence[Read]) -> int:
    return len({r.article.id for r in members})
