"""A short cited summary of a story: its most central, most widely reported statements, and how figures moved.

Extractive, in the manner of centroid summarisers (Radev et al. 2004, as news-tls's CentroidOpt uses them):
sentences are grouped by what they say across articles, a group scores by its centrality to the whole story
times how many articles carry it, and groups are taken best first while they say something new; a question, a
sentence leaning on the one before it ("And ...", or "That is why ..." when that one is not told: a group is
then told by a member that does not point back, and one that does is told right after what it points to once
that is told), one in the writer's voice or addressed to the reader, one speaking as "we" (a speech, a
column), a speaker's turn in a transcript, and background (what recurs every year or usually happens, what
happened long before the story) are not its developments and are left out; a general remark that names
nothing particular (no sentence of its group gives a name, date or number) and tells no event (no verb in the
past: "In a small town, news travels fast") is told only when nothing more particular is left. Each sentence cites every
article that says it. The key figures that moved are told once each, fused from their course
(``figure_course``: "rose from ... to ..., were revised down to ..."), citing each value's words; sentences
stating their outdated values are left out, so the latest state wins and the change is mentioned. A key figure
is a coherent one: a known quantity (deaths, cases, ...) told by several articles whose course moved, or a
planned date that a source says was moved; the most reported first.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Mapping, Sequence
from datetime import date, timedelta

from ..analyse.claims.patterns import VAGUE_PLURALS
from ..analyse.lexicon import irregular_verbs, is_english_word, may_be_finite_verb
from ..models import Analysis, Article, CitedSentence
from ..textsim import Vectors, centroid_similarity, group_alike, row_cosines
from .figure_course import Step, course, told
from .figures import FigurePoint, FigureView, interval, outdated
from .text import (
    QUOTED,
    UNKNOWN_OUTLET,
    Sentence,
    asks_or_speaks_in_person,
    cite,
    conditional,
    continuation,
    display,
    originals,
    points_back,
    sentences_of,
    speaks_as_we,
    states,
    whole,
)

SAME_STATEMENT = 0.5
"""TF-IDF cosine from which two sentences say the same thing (and cite each other's articles)."""
REDUNDANT = 0.3
"""Cosine from which a sentence repeats one already in the summary."""
LEAD_BONUS = 1.15
"""Opening sentences carry an article's news; a small boost for the first three."""
MAX_FUSED = 2
"""At most this many sentences of a summary tell changed figures."""
MAX_STEPS = 4
"""A fused sentence about a planned date names the first date and the latest ones, this many in all."""
MAX_GROUPED = 20_000
"""Most sentences, the most central first, grouped by what they say (the grouping compares every pair: a
storyline of thousands of articles has hundreds of thousands of sentences, and its summary draws on the
central ones)."""
KEY_ARTICLES = 3
"""A quantity is a key figure of a summary when at least this many articles state it."""
_QUALIFIER_WORDS = {">=": "at least", "<=": "up to", "~": "about"}


def build_summary(
    articles: Sequence[Article],
    analyses: Mapping[str, Analysis],
    figures: Sequence[FigureView],
    max_sentences: int = 6,
    sentences: Sequence[Sentence] | None = None,
) -> list[CitedSentence]:
    """At most ``max_sentences`` sentences, each citing its sources, in the order the story happened (a
    statement placed where its first report is). ``sentences``: ``sentences_of(articles, analyses)`` when the
    caller has them already."""
    if max_sentences <= 0:
        return []
    if sentences is None:
        sentences = sentences_of(articles, analyses)
    changed = key_figures(figures)[:MAX_FUSED]
    fused = [(_when(f.latest), fuse(f)) for f in changed][: max_sentences // 2]
    stale = {(p.article, p.citation.start) for f in changed for p in outdated(f.points)}
    picked: list[tuple[tuple[str, int, int], CitedSentence]] = []
    if sentences:
        order = {a.id: i for i, a in enumerate(originals(articles))}
        vectors = Vectors([s.text for s in sentences])
        central = centroid_similarity(vectors.matrix)
        ranking = sorted(range(len(sentences)), key=lambda i: (-central[i], i))[:MAX_GROUPED]
        groups = group_alike(vectors.matrix, ranking, SAME_STATEMENT)

        def score(group: list[int]) -> float:
            lead = sentences[group[0]]
            support = len({sentences[i].article for i in group})
            return (
                float(central[group[0]]) * (1 + math.log(support)) * (LEAD_BONUS if lead.index < 3 else 1.0)
            )

        chosen: list[int] = []  # the leads told
        told: set[int] = set()  # every member of a told group: what a sentence pointing back may lean on
        where: dict[int, tuple] = {}  # a told member -> where its group's sentence stands
        waiting: list[list[int]] = []  # groups whose every member points back to a sentence not told (yet)
        first_day = min((a.published.date for a in articles if a.published.date), default=None)

        def tell(group: list[int], general: bool = False) -> bool:
            at = _lead(group, sentences, told)
            if at is None:
                return False
            lead = sentences[at]
            if not whole(lead.text) or not stands_alone(lead.text):
                return False
            if background(lead, analyses.get(lead.article), first_day):
                return False
            if not general and general_remark(lead, [sentences[i] for i in group], analyses):
                return False
            if any(a == lead.article and lead.start <= s < lead.end for a, s in stale):
                return False
            if chosen and row_cosines(vectors.matrix, at, chosen).max() >= REDUNDANT:
                return False
            chosen.append(at)
            members = [sentences[i] for i in group]
            place: tuple = min(_place(m, order) for m in members)
            if at - 1 in where and points_back(display(lead.text)):  # right after what it points back to
                place = (*where[at - 1], *_place(lead, order))
            told.update(group)
            where.update(dict.fromkeys(group, place))
            picked.append((place, cite(lead, members)))
            return True

        for general in (False, True):  # what names nothing particular only when nothing else is left
            waiting = []
            for group in sorted(groups, key=lambda g: (-score(g), g[0])):
                if len(chosen) + len(fused) >= max_sentences:
                    break
                if told.intersection(group):
                    continue
                if _lead(group, sentences, told) is None:
                    waiting.append(group)
                    continue
                if not tell(group, general):
                    continue
                while len(chosen) + len(fused) < max_sentences:  # what waited on a sentence told now
                    ready = [g for g in waiting if _lead(g, sentences, told) is not None]
                    if not ready:
                        break
                    waiting.remove(ready[0])
                    tell(ready[0], general)
    ordered = sorted(picked + fused, key=lambda item: item[0])
    return [s for _, s in ordered]


def _lead(group: Sequence[int], sentences: Sequence[Sentence], told: set[int]) -> int | None:
    """The member a group is told by: its first that does not point back (``points_back``: "That is why ..."),
    or one that does when the sentence before it in its article is told (``told``: any member of a told group),
    which it then follows; never a speaker's turn in a transcript (``Sentence.spoken``); None when every member
    leans on a sentence not told or is spoken, or when the group's leader (its most central member, which the
    others are alike to) is spoken or speaks as "we" (``speaks_as_we``): the group then says what a speaker or
    the writer mused ("it changed the world"), which the sentences alike to it echo."""
    leader = sentences[group[0]]
    if leader.spoken or speaks_as_we(display(leader.text)):
        return None
    for i in group:
        if sentences[i].spoken:
            continue  # a speaker's turn in a transcript: what was said, not what happened
        if not points_back(display(sentences[i].text)) or _after_its_own(i, sentences, told):
            return i
    return None


def _after_its_own(i: int, sentences: Sequence[Sentence], told: set[int]) -> bool:
    """Whether the sentence before ``sentences[i]`` in its article is told anywhere in the summary (``told``
    holds every member of the groups told, not only their leads)."""
    return i > 0 and sentences[i - 1].article == sentences[i].article and i - 1 in told


def stands_alone(text: str) -> bool:
    """Whether a sentence states something of the story by itself: not a question or in the writer's or the
    reader's voice (``asks_or_speaks_in_person``: a page's questions to its readers are among them) or a
    speaker's or the writer's "we" (``speaks_as_we``), not a condition ("If the dam fails, ...": what may be,
    ``conditional``), not a noun phrase without a verb (a caption or a headline with a full stop), not a
    continuation opening on "And", "But", "Or" or "So", which leans on the sentence before it, and not mostly a
    quotation (what someone said is told with the quotes, a summary tells what happened)."""
    text = text.strip()
    unquoted = QUOTED.sub(" ", text)  # with its closing mark: a sentence wholly quoted is someone's words
    quotation = len(unquoted.split()) * 2 < len(text.split())  # mostly someone's words: a quote, not a report
    text = text.rstrip("\"”’')")
    personal = asks_or_speaks_in_person(text) or speaks_as_we(text)
    return (
        states(text) and not personal and not continuation(text) and not conditional(text) and not quotation
    )


def background(sentence: Sentence, analysis: Analysis | None, first_day: str | None) -> bool:
    """Whether a sentence is background rather than a development of the story: it tells what recurs ("every
    year", "each winter": a set of times) or only what happened long before the story's first article (every
    date it names ends more than ``HISTORY_DAYS`` earlier: "the last pandemic, in 1968")."""
    if analysis is None:
        return False
    dates = [d for d in analysis.dates if sentence.start <= d.start < sentence.end]
    if any(d.type == "SET" for d in dates):
        return True
    ends = [d.latest for d in dates if d.type == "DATE" and d.latest]
    if not ends or first_day is None:
        return False
    before = (date.fromisoformat(first_day) - timedelta(days=HISTORY_DAYS)).isoformat()
    return all(end < before for end in ends)


def particular(sentence: Sentence, analysis: Analysis | None) -> bool:
    """Whether a sentence names something particular, a name, a date on the calendar (not "now" or "the current
    crisis") or a number ("The ferry line cut its winter sailings on Monday"), as a development of a story does;
    a general remark ("In a small town, news travels fast") is told only when the story gives nothing more
    particular."""
    if analysis is None:
        return True
    calendar = [d for d in analysis.dates if d.type != "SET" and d.value not in _NO_DAY]  # not "the current"
    spans = (*analysis.mentions, *calendar, *analysis.claims)
    return any(sentence.start <= x.start < sentence.end for x in spans)


def general_remark(lead: Sentence, members: Sequence[Sentence], analyses: Mapping[str, Analysis]) -> bool:
    """Whether a group of sentences makes a general remark: none of them names anything particular
    (:func:`particular`) and its lead tells no event (:func:`tells_an_event`)."""
    return not tells_an_event(lead.text) and not any(particular(m, analyses.get(m.article)) for m in members)


def tells_an_event(text: str) -> bool:
    """Whether a sentence tells something that happened: a verb in the past or a participle of one ("was
    cancelled", "fell", "has fallen"; not a past like "hit" that is also a present), where a general remark is in the present ("news travels fast")."""
    past = _irregular_pasts()
    return any(w in _PAST or w in past or _regular_past(w) for w in re.findall(r"[a-z]+", text))


@functools.cache
def _irregular_pasts() -> frozenset[str]:
    """The word list's irregular forms of verbs that only a past can be: not a present ("is", "has") nor a base
    form in "-eed" that the list files as a form ("feed")."""
    return frozenset(w for w in irregular_verbs() - _PRESENT if not w.endswith("eed"))


def _regular_past(word: str) -> bool:
    """Whether a word is the past of a verb in "-ed" ("closed", "cancelled", "tried"), not a word that only ends
    so ("need", "shed", "feed")."""
    short = len(word) == 4 and word[-3] == "e"  # "need", "feed": no past
    if not (word.endswith("ed") and len(word) >= 4 and not short and may_be_finite_verb(word)):
        return False
    doubled = word[-3] == word[-4] and word[-3] not in "aeiou"
    stems = (
        word[:-1],
        word[:-2],
        word[:-3] if doubled else "",
        word[:-3] + "y" if word.endswith("ied") else "",
    )
    return any(stem and is_english_word(stem, ("verb",)) for stem in stems)


_PAST = frozenset("was were had did struck".split())
_NO_DAY = frozenset({"PRESENT_REF", "PAST_REF", "FUTURE_REF"})
_PRESENT = frozenset("is are am has have do does be being".split())


HISTORY_DAYS = 365
"""A date that ends this long before a story's first article is history, told as background."""


def _place(s: Sentence, order: Mapping[str, int]) -> tuple[str, int, int]:
    return (s.published or "9999-99-99", order.get(s.article, 0), s.start)


def _when(p: FigurePoint) -> tuple[str, int, int]:
    return (p.published or "9999-99-99", 1 << 30, p.citation.start)


def key_figures(figures: Sequence[FigureView]) -> list[FigureView]:
    """The figures a summary tells, most reported first: planned dates that moved, and known quantities stated
    by ``KEY_ARTICLES`` articles or more whose course moved. A planned date is told only when a source says its
    event was moved ("postponed", "delayed"): dates of one event noun set apart in time may be of different
    events (two summits, two elections), and "moved from ... to ..." would join them. The source must say so of
    a later date (``points[1:]``): the first date is the plan the move starts from, and a word of moving by it
    tells no move to another date."""
    keyed = []
    for f in figures:
        articles = len({p.article for p in f.points})
        moved = any(p.moved for p in f.points[1:])
        if (
            f.kind == "date"
            and f.changed
            and moved
            or f.measure
            and articles >= KEY_ARTICLES
            and _coherent(f)
        ):
            keyed.append((articles, f))
    return [f for _, f in sorted(keyed, key=lambda af: (-af[0], af[1].figure.label, af[1].figure.id))]


def _coherent(figure: FigureView) -> bool:
    """A course that moved one way: a count so far rises (and may be revised), anything else rises or falls
    but not both (a course that does both counts different things under one label)."""
    moves = {s.move for s in course(figure)[1:]}
    return bool(moves) and not {"rose", "fell"} <= moves


def fuse(figure: FigureView) -> CitedSentence:
    """One sentence telling how a figure moved, value by value with outlet and day, citing each value's words."""
    if figure.kind == "date":
        return _fuse_dates(figure)
    steps = told(course(figure), cumulative=figure.cumulative)
    plural = figure.measure is not None
    runs: list[list[Step]] = []
    for step in steps[1:]:
        if runs and runs[-1][0].move == step.move:
            runs[-1].append(step)
        else:
            runs.append([step])
    first = f"{says(steps[0].point, bare=plural)} ({told_source(steps[0].point, name_unknown=False)})"
    phrases = [
        f"stood at {first}" if not runs or runs[0][0].move == "revised" else f"{runs[0][0].move} from {first}"
    ]
    for i, run in enumerate(runs):
        values = [f"{says(s.point, bare=plural)} ({told_source(s.point, name_unknown=False)})" for s in run]
        values[0] = _after_to(values[0])
        listed = values[0] if len(values) == 1 else ", ".join(values[:-1]) + " and " + values[-1]
        if run[0].move == "revised":
            phrases.append(f", {'were' if plural else 'was'} revised down to {listed}")
        elif i == 0:
            phrases.append(f" to {listed}")
        else:
            phrases.append(f", then {run[0].move} to {listed}")
    text = f"{figure.figure.label} " + "".join(phrases) + "."
    return CitedSentence(text[0].upper() + text[1:], tuple(s.point.citation for s in steps))


def _after_to(value: str) -> str:
    """A value told right after "to": an upper bound reads "at most 10", not "to up to 10"."""
    return "at most " + value.removeprefix("up to ") if value.startswith("up to ") else value


def _fuse_dates(figure: FigureView) -> CitedSentence:
    """A planned date's moves: the first date set and the latest ones."""
    steps: list[FigurePoint] = []
    for p in figure.points:
        if interval(p) is None:
            continue
        if steps and says(steps[-1]) == says(p):
            continue
        if any(q.article == p.article for q in steps):
            continue  # an article states one plan; its other dates for the event are details or history
        steps.append(p)
    if len(steps) > MAX_STEPS:
        steps = steps[:1] + steps[1 - MAX_STEPS :]
    told_dates = [f"{says(p)} ({told_source(p, name_unknown=False)})" for p in steps]
    text = f"The {figure.figure.label} moved from {told_dates[0]}" + "".join(
        f" to {t}" for t in told_dates[1:]
    )
    return CitedSentence(text[0].upper() + text[1:] + ".", tuple(p.citation for p in steps))


def says(p: FigurePoint, bare: bool = False) -> str:
    """A figure point's value as words: "at least 8,000 people", "60 to 75 people", "thousands of people", or a
    date's own text; ``bare``: without the counted noun, which the figure's label names ("16 confirmed", "up to
    142")."""
    if isinstance(p.value, str):
        return " ".join(p.text.split())
    if p.unit in CURRENCY_SIGNS and _vague(p) is None:
        return _money(p)  # a label names what money is for, not its currency
    if bare:
        said = _number(p)
        return f"{said} {p.status}" if p.status == "confirmed" else said
    said = _number(p)
    if p.unit and _vague(p) is not None:  # "tens of thousands of people", "billions of dollars"
        return f"{said} of {_CURRENCY_PLURALS.get(p.unit, p.unit)}"
    return f"{said} {p.unit}" if p.unit else said


CURRENCY_SIGNS = {"dollar": "$", "euro": "€", "pound sterling": "£", "japanese yen": "¥"}
"""Currencies told by their sign before the amount, as news writes money ("$75,000", "£2 billion")."""
_CURRENCY_PLURALS = {"dollar": "dollars", "euro": "euros", "pound sterling": "pounds", "japanese yen": "yen"}


def _money(p: FigurePoint) -> str:
    """An amount of money as news writes it: its sign, a large amount in millions or billions ("at least $1
    billion", "$5 million to $6 million", "$75,000")."""
    sign = CURRENCY_SIGNS[p.unit or ""]
    amounts = [
        ("-" if v < 0 else "") + sign + _scaled(abs(float(v))) for v in (p.value, p.upper) if v is not None
    ]
    words = _QUALIFIER_WORDS.get(p.qualifier)
    said = " to ".join(amounts)
    return f"{words} {said}" if words else said


def _scaled(value: float) -> str:
    """An amount in millions, billions or trillions when it is one to three decimals of them exactly ("$1.25
    billion"); else written out whole, so no amount is rounded ("$1,234,567")."""
    for size, name in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if value >= size and round(value / size * 1000, 6).is_integer():
            return f"{value / size:,.3f}".rstrip("0").rstrip(".") + f" {name}"
    return f"{value:,.0f}" if value.is_integer() else f"{value:,.2f}"


def _number(p: FigurePoint) -> str:
    vague = _vague(p)
    if vague is not None:
        return vague
    number = f"{p.value:,.0f}" if float(p.value).is_integer() else f"{p.value:,}"
    if p.upper is not None:
        upper = f"{p.upper:,.0f}" if float(p.upper).is_integer() else f"{p.upper:,}"
        number = f"{number} to {upper}"
    words = _QUALIFIER_WORDS.get(p.qualifier)
    return f"{words} {number}" if words else number


def _vague(p: FigurePoint) -> str | None:
    """ "thousands", "tens of thousands": a plural amount told as written, not as the range it is read as."""
    if p.upper is None or p.upper != 10 * float(p.value):
        return None
    for word, base in sorted(VAGUE_PLURALS.items(), key=lambda wb: wb[1]):
        for times, prefix in ((1, ""), (10, "tens of "), (100, "hundreds of ")):
            if float(p.value) == base * times and (times == 1 or base >= 1e3):
                return prefix + word
    return None


def told_source(p: FigurePoint, name_unknown: bool = True) -> str:
    """Who gave a value and when: "WHO, via Reuters, 2009-05-02". Without ``name_unknown``, an outlet that is not
    known is left out ("WHO, 2009-05-02", "2009-05-02"): in a sentence that lists many values, "unknown outlet"
    after each tells the reader nothing."""
    outlet = p.outlet if name_unknown or p.outlet != UNKNOWN_OUTLET else None
    who = p.attributed_to or outlet
    if p.attributed_to and outlet and p.attributed_to != outlet:
        who = f"{p.attributed_to}, via {outlet}"
    return ", ".join(part for part in (who, p.published) if part) or p.outlet
