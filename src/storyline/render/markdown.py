"""Renders a story as a readable Markdown report (``storyline show``, ``export --format md``).

Every statement cites its sources as ``[n]``, the number of an article in the list at the end; a citation
names the article, not the offsets (the JSON export has those).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

from ..corpus import StoryBundle
from ..models import Article, Citation, Quote, Story
from ..reconstruct import CoverageView, FigurePoint, FigureView
from ..reconstruct.figure_course import course
from ..reconstruct.figures import distinct_conflicts
from ..reconstruct.summary import says

MAX_PEOPLE = 15
MAX_FIGURES = 10
"""Figures in a report, the most stated first; the rest are in the export."""
MAX_CONFLICTS = 3
"""Pairs of disagreeing statements shown under a figure."""
MAX_FACTS_PER_OUTLET = 3
MAX_SPEAKERS = 15
MAX_SPEAKER_QUOTES = 8
QUOTE_MARKS = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb"


def _day(a: Article) -> str:
    p = a.published
    if p.date and p.method == "inferred" and p.earliest != p.latest:
        return f"~{p.date} ({p.earliest}..{p.latest}, inferred)"
    if p.date:
        return p.date if p.method != "inferred" else f"~{p.date} (inferred)"
    return "undated"


def _md(text: str) -> str:
    """Article text made safe inside Markdown (no accidental emphasis, links or HTML)."""
    for ch in "\\`*_[]<>|#":
        text = text.replace(ch, "\\" + ch)
    return " ".join(text.split())


class _Refs:
    """Numbers the story's articles in reading order (by date) and renders citations as ``[n]``."""

    def __init__(self, articles: Sequence[Article]) -> None:
        ordered = sorted(articles, key=lambda a: (a.published.date or "9999", a.id))
        self.number = {a.id: i for i, a in enumerate(ordered, 1)}
        self.ordered = ordered

    def cite(self, article_ids: Iterable[str]) -> str:
        numbers = sorted({self.number[i] for i in article_ids if i in self.number})
        return "".join(f"[{n}]" for n in numbers)

    def cite_spans(self, citations: Iterable[Citation]) -> str:
        return self.cite(c.article for c in citations)


def render_markdown(b: StoryBundle, stories: Sequence[Story] = ()) -> str:
    """The story report: summary, timeline, figures and disagreements, quotes by speaker, coverage.

    With ``stories``, the bundle is a storyline and the report lists its stories, from first to last."""
    s = b.story
    told = b.reconstruction
    refs = _Refs(b.articles)
    span = f"{s.first} to {s.last}" if s.first and s.first != s.last else (s.first or "undated")
    outlets = sorted({a.outlet for a in b.originals if a.outlet})
    copies = len(b.articles) - len(b.originals)
    out = [
        f"# {_md(s.title)}",
        "",
        ("Storyline" if stories else "Story")
        + f" `{s.id}`: "
        + (f"{len(stories)} stor{'ies' if len(stories) != 1 else 'y'}, " if stories else "")
        + f"{len(b.originals)} article{'s' if len(b.originals) != 1 else ''}"
        + (f" ({copies} near-duplicate cop{'ies' if copies != 1 else 'y'})" if copies else "")
        + (
            f", {span}, from {', '.join(_md(o) for o in outlets)}."
            if outlets
            else f", {span}; no outlet named."
        ),
    ]
    if stories:
        out += ["", "## Stories", ""]
        for story in stories:
            span_of = (
                f"{story.first} to {story.last}" if story.first != story.last else (story.first or "undated")
            )
            out.append(f"- {_md(story.title)} `{story.id}`: {len(story.articles)} articles, {span_of}")
    if told.summary:
        out += ["", "## Summary", ""]
        out += [f"- {_md(c.text)} {refs.cite_spans(c.citations)}" for c in told.summary]
    if told.timeline:
        out += ["", "## Timeline", ""]
        for entry in told.timeline:
            out.append(f"### {entry.date}")
            out.append("")
            out += [f"- {_md(c.text)} {refs.cite_spans(c.citations)}" for c in entry.sentences]
            out.append("")
    reported = [v for v in told.figures if len({p.article for p in v.points}) > 1][:MAX_FIGURES]
    if reported:
        out += ["", "## Figures", ""]
        for view in reported:
            out += _figure(view, refs)
        if len(told.figures) > len(reported):
            out.append(f"{len(told.figures) - len(reported)} more figures (see the export).")
    if b.quotes:
        out += ["", "## Quotes by speaker", ""]
        out += _quotes(b.quotes, refs)
    people = sorted(b.entities, key=lambda e: (-len(e.mentions), e.name))[:MAX_PEOPLE]
    if people:
        out += ["", "## Who and what", ""]
        for e in people:
            aliases = [x for x in e.aliases if x != e.name]
            also = f" (also {', '.join(_md(x) for x in aliases)})" if aliases else ""
            role = f", {_md(max(e.roles, key=len))}" if e.roles else ""
            out.append(f"- **{_md(e.name)}** {e.type}{role}{also}: {len(e.mentions)} mentions")
    out += ["", "## Coverage", ""]
    out += _coverage(told.coverage, refs)
    out += ["", "## Articles", ""]
    for a in refs.ordered:
        dup = f" (copy of [{refs.number[a.duplicate_of]}])" if a.duplicate_of in refs.number else ""
        out.append(
            f"{refs.number[a.id]}. {_day(a)} · {_md(a.outlet or 'unknown outlet')} · "
            f"{_md(a.title or '(untitled)')} `{a.id}`{dup}"
        )
    return "\n".join(out).rstrip() + "\n"


def _value(p: FigurePoint) -> str:
    if isinstance(p.value, str):  # a planned date: its days, next to the words that set it
        return p.earliest if p.earliest == p.latest else f"{p.earliest}..{p.latest}"
    change = {"up": "up ", "down": "down "}.get(p.qualifier, "")
    return change + says(p)


def _figure(view: FigureView, refs: _Refs) -> list[str]:
    """A figure: a quantity by its course (the value most articles gave each day it moved), a planned date by
    its points; then a few of the pairs of sources that disagree."""
    notes = []
    if view.figure.disagreement:
        notes.append("sources disagree")
    if view.changed:
        notes.append("changed over time")
    head = f"### {_md(view.figure.label)}" + (f" ({', '.join(notes)})" if notes else "")
    lines = [head, ""]
    steps = course(view) if view.kind == "quantity" else []
    for step in steps:
        p = step.point
        said = f"{step.support} articles" if step.support > 1 else "1 article"
        move = {"revised": "revised: ", "rose": "up: ", "fell": "down: "}.get(step.move, "")
        lines.append(
            f"- {p.published} · {move}**{_md(_value(p))}** ({said}) {refs.cite([p.article])}: "
            f"\u201c{_md(p.text)}\u201d"
        )
    if steps:
        days = sorted({p.published for p in view.points if p.published})
        span = f", {days[0]} to {days[-1]}" if days else ""
        lines.append(
            f"- {len(view.points)} statements in {len({p.article for p in view.points})} articles{span}"
        )
    for p in [] if steps else view.points:
        who = f", according to {_md(p.attributed_to)}" if p.attributed_to else ""
        lines.append(
            f"- {p.published or 'undated'} · {_md(p.outlet)} {refs.cite([p.article])}: "
            f"**{_md(_value(p))}**{who}: \u201c{_md(p.text)}\u201d"
        )
    pairs = distinct_conflicts(view)
    for a, b in pairs[:MAX_CONFLICTS]:
        lines.append(
            f"- Disagreement: {_md(a.attributed_to or a.outlet)} {refs.cite([a.article])} says {_md(_value(a))}, "
            f"{_md(b.attributed_to or b.outlet)} {refs.cite([b.article])} says {_md(_value(b))}."
        )
    if len(pairs) > MAX_CONFLICTS:
        lines.append(f"- and {len(pairs) - MAX_CONFLICTS} more pairs of statements that disagree.")
    return [*lines, ""]


def _quotes(quotes: Sequence[Quote], refs: _Refs) -> list[str]:
    """Quotes grouped by speaker: people the corpus knows first, the most quoted first, each list bounded."""
    grouped: dict[str, list[Quote]] = defaultdict(list)
    for q in quotes:
        grouped[q.speaker or "unattributed"].append(q)
    known = {q.speaker for q in quotes if q.speaker_entity}
    order = sorted(grouped, key=lambda k: (k not in known, k == "unattributed", -len(grouped[k]), k))
    lines: list[str] = []
    for speaker in order[:MAX_SPEAKERS]:
        said = sorted(grouped[speaker], key=lambda q: (-len(q.occurrences), q.kind != "direct"))
        lines += [f"### {_md(speaker)}", ""]
        for q in said[:MAX_SPEAKER_QUOTES]:
            cited = refs.cite(o.article for o in q.occurrences)
            text = q.text.strip().strip(QUOTE_MARKS).strip()
            lines.append(f"- ({q.kind}) \u201c{_md(text)}\u201d {cited}")
        if len(said) > MAX_SPEAKER_QUOTES:
            lines.append(f"- and {len(said) - MAX_SPEAKER_QUOTES} more")
        lines.append("")
    rest = order[MAX_SPEAKERS:]
    if rest:
        lines.append(f"{sum(len(grouped[k]) for k in rest)} more quotes from {len(rest)} other speakers.")
    return lines


def _coverage(coverage: CoverageView, refs: _Refs) -> list[str]:
    lines = []
    shared = sum(1 for f in coverage.facts if len(f.outlets) > 1)
    if coverage.facts:
        lines.append(f"{len(coverage.facts)} checkable facts; {shared} reported by more than one outlet.")
        lines.append("")
    for outlet, ids in coverage.outlets:
        own = [f for f in coverage.single_outlet() if outlet in f.outlets]
        quoted = sum(1 for q in coverage.quotes if outlet in q.outlets)
        lines.append(
            f"- **{_md(outlet)}** {refs.cite(ids)}: {len(coverage.reported_by(outlet))} facts "
            f"({len(own)} only here), {quoted} quotes"
        )
        for fact in own[:MAX_FACTS_PER_OUTLET]:
            lines.append(f"  - only here: {_md(fact.text)} {refs.cite_spans(fact.citations)}")
    return lines
