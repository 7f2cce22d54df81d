"""A short cited summary of a story: its most central, most widely reported statements, and how figures moved.

Extractive, in the manner of centroid summarisers (Radev et al. 2004, as news-tls's CentroidOpt uses them):
sentences are grouped by what they say across articles, a group scores by its centrality to the whole story
times how many articles carry it, and groups are taken best first while they say something new. Each sentence
cites every article that says it. A figure that changed over time is told once, fused from its points ("went
from ... to ..."), citing each value's words; sentences stating its outdated values are left out, so the latest
state wins and the change is mentioned.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

from ..models import Analysis, Article, CitedSentence
from ..textsim import Vectors, centroid_similarity, group_alike
from .figures import FigurePoint, FigureView, interval, outdated
from .text import Sentence, cite, originals, sentences_of

SAME_STATEMENT = 0.5
"""TF-IDF cosine from which two sentences say the same thing (and cite each other's articles)."""
REDUNDANT = 0.3
"""Cosine from which a sentence repeats one already in the summary."""
LEAD_BONUS = 1.15
"""Opening sentences carry an article's news; a small boost for the first three."""
MAX_FUSED = 2
"""At most this many sentences of a summary tell changed figures."""
MAX_STEPS = 4
"""A fused sentence names the first value and the latest ones, this many in all."""
_QUALIFIER_WORDS = {">=": "at least", "<=": "up to", "~": "about"}


def build_summary(
    articles: Sequence[Article],
    analyses: Mapping[str, Analysis],
    figures: Sequence[FigureView],
    max_sentences: int = 6,
) -> list[CitedSentence]:
    """At most ``max_sentences`` sentences, each citing its sources, in the order the story happened (a
    statement placed where its first report is)."""
    if max_sentences <= 0:
        return []
    sentences = sentences_of(articles, analyses)
    changed = [f for f in figures if f.changed][:MAX_FUSED]
    fused = [(_when(f.latest), fuse(f)) for f in changed][: max_sentences // 2]
    stale = {(p.article, p.citation.start) for f in changed for p in outdated(f.points)}
    picked: list[tuple[tuple[str, int, int], CitedSentence]] = []
    if sentences:
        order = {a.id: i for i, a in enumerate(originals(articles))}
        vectors = Vectors([s.text for s in sentences])
        central = centroid_similarity(vectors.matrix)
        ranking = sorted(range(len(sentences)), key=lambda i: (-central[i], i))
        groups = group_alike(vectors.matrix, ranking, SAME_STATEMENT)

        def score(group: list[int]) -> float:
            lead = sentences[group[0]]
            support = len({sentences[i].article for i in group})
            return (
                float(central[group[0]]) * (1 + math.log(support)) * (LEAD_BONUS if lead.index < 3 else 1.0)
            )

        chosen: list[int] = []
        for group in sorted(groups, key=lambda g: (-score(g), g[0])):
            if len(chosen) + len(fused) >= max_sentences:
                break
            lead = sentences[group[0]]
            if any(a == lead.article and lead.start <= s < lead.end for a, s in stale):
                continue
            if chosen and (vectors.matrix[[group[0]]] @ vectors.matrix[chosen].T).max() >= REDUNDANT:
                continue
            chosen.append(group[0])
            members = [sentences[i] for i in group]
            picked.append((min(_place(m, order) for m in members), cite(lead, members)))
    ordered = sorted(picked + fused, key=lambda item: item[0])
    return [s for _, s in ordered]


def _place(s: Sentence, order: Mapping[str, int]) -> tuple[str, int, int]:
    return (s.published or "9999-99-99", order.get(s.article, 0), s.start)


def _when(p: FigurePoint) -> tuple[str, int, int]:
    return (p.published or "9999-99-99", 1 << 30, p.citation.start)


def fuse(figure: FigureView) -> CitedSentence:
    """One sentence telling how a figure moved, value by value with outlet and day, citing each value's words."""
    steps: list[FigurePoint] = []
    for p in figure.points:
        if interval(p) is None:
            continue
        if steps and says(steps[-1]) == says(p):
            continue
        if figure.kind == "date" and any(q.article == p.article for q in steps):
            continue  # an article states one plan; its other dates for the event are details or history
        steps.append(p)
    if len(steps) > MAX_STEPS:
        steps = steps[:1] + steps[1 - MAX_STEPS :]
    first, last = steps[0], steps[-1]
    verb = "moved"
    if (
        figure.kind == "quantity"
        and isinstance(first.value, float | int)
        and isinstance(last.value, float | int)
    ):
        verb = "rose" if last.value > first.value else "fell"
    told = [f"{says(p)} ({_source(p)})" for p in steps]
    text = f"The {figure.figure.label} {verb} from {told[0]}" + "".join(f" to {t}" for t in told[1:]) + "."
    return CitedSentence(text[0].upper() + text[1:], tuple(p.citation for p in steps))


def says(p: FigurePoint) -> str:
    """A figure point's value as words: "at least 94,000 people", "60 to 75 people", or a date's own text."""
    if isinstance(p.value, str):
        return " ".join(p.text.split())
    number = f"{p.value:,.0f}" if float(p.value).is_integer() else f"{p.value:,}"
    if p.qualifier == "range" and p.upper is not None:
        upper = f"{p.upper:,.0f}" if float(p.upper).is_integer() else f"{p.upper:,}"
        number = f"{number} to {upper}"
    words = _QUALIFIER_WORDS.get(p.qualifier)
    said = f"{words} {number}" if words else number
    return f"{said} {p.unit}" if p.unit else said


def _source(p: FigurePoint) -> str:
    who = p.attributed_to or p.outlet
    if p.attributed_to and p.attributed_to != p.outlet:
        who = f"{p.attributed_to}, via {p.outlet}"
    return f"{who}, {p.published}" if p.published else who
