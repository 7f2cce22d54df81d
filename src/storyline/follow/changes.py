"""What a committed chunk changed in the stories it touched, each change told in one line citing its words.

For every story that a chunk's new articles joined, the story is reconstructed twice, without them (as it
stood) and with them (as it stands), and the differences are the changes:

- ``story``: a story that did not exist (all its articles are new), cited by its founding article's lead;
- ``article``: a new article (not a near-duplicate copy) in a story that existed, cited by its lead;
- ``figure``: a known quantity (deaths, cases, …) whose course took a new step from a new article (rose, fell,
  was revised), or that two articles now state for the first time;
- ``disagreement``: a figure whose sources now disagree, where a new article's value is one side;
- ``date``: a planned date that a new article moved;
- ``quote``: a quotation in the speaker's own words (direct or partly quoted) by a named person or organisation,
  that no earlier article of the story carried.

Each change's id hashes its kind and what changed (the article, the claim, the quote's place), so recording the
same change again (a re-run after an interrupted poll) adds nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import UTC, datetime

from ..corpus import Corpus, merged
from ..ids import change_id
from ..models import Analysis, Article, Change, Citation
from ..reconstruct import FigurePoint, FigureView, build_figures
from ..reconstruct.figure_course import course, move
from ..reconstruct.figures import ABOUT_TOLERANCE, distinct_conflicts
from ..reconstruct.summary import says, told_source
from ..reconstruct.text import display
from ..store import Store
from ..textsim import sentences

Make = Callable[[str, str, str, str, Iterable[Citation]], Change]
"""change(kind, key, article, text, citations): a change of the story at hand."""

QUOTE_MARKS = " \"'\u2018\u2019\u201c\u201d"
QUOTE_CHARS = 160
"""A quote longer than this is cut in a change's line (its citation holds all of it)."""


def record_changes(store: Store, added: Sequence[str]) -> int:
    """Records what the articles ``added`` changed (inside the chunk's transaction); returns how many changes
    were new. The pipeline's hook after every chunk."""
    at = datetime.now(UTC).isoformat(timespec="seconds")
    return store.follow.add_changes(chunk_changes(store, added, at))


def chunk_changes(store: Store, added: Sequence[str], at: str) -> list[Change]:
    """The changes that the articles ``added`` (just stored, with the cross-article step run) made."""
    corpus = Corpus(store)
    fresh = set(added)
    touched = sorted(store.stories.stories_of(added))
    titles = store.stories.titles(touched)
    changes: list[Change] = []
    for sid, members in store.stories.members_of(touched).items():
        articles = store.articles(members)
        analyses = corpus.analyses(articles)
        old = [a for a in articles if a.id not in fresh]
        changes += story_changes(sid, titles.get(sid, ""), old, articles, analyses, fresh, at)
    return changes


def story_changes(
    story_id: str,
    title: str,
    old: Sequence[Article],
    now: Sequence[Article],
    analyses: Mapping[str, Analysis],
    fresh: set[str],
    at: str,
) -> list[Change]:
    """The changes between a story as it stood (``old``) and as it stands (``now``); ``fresh``: the new ids."""

    def change(kind: str, key: str, article: str, text: str, citations: Iterable[Citation]) -> Change:
        return Change(change_id(kind, key), at, kind, story_id, article, text, tuple(citations))

    found: list[Change] = []
    copied = {a.duplicate_of for a in now if a.duplicate_of}
    new = [a for a in now if a.id in fresh and not a.duplicate_of and a.id not in copied]
    # an earlier article that a new one now stands for (an entry edited after publication) was an original then
    old = [replace(a, duplicate_of=None) if a.duplicate_of in fresh else a for a in old]
    fresh = {a.id for a in new}
    if not old:
        founder = next(a for a in now if not a.duplicate_of)
        found.append(change("story", founder.id, founder.id, f"New story: {title}", [_lead(founder)]))
    else:
        for a in new:
            who = a.outlet or "An article"
            said = f"{who}: {a.title}" if a.title else f"{who} reported on the story"
            found.append(change("article", a.id, a.id, said, [_lead(a)]))
    if old:  # a new story's figures and quotes are all new: its own change tells it
        found += _figure_changes(old, now, analyses, fresh, change)
        found += _quote_changes(now, analyses, fresh, change)
    return found


def _lead(article: Article) -> Citation:
    spans = sentences(article.text)
    start, end = spans[0] if spans else (0, len(article.text))
    return Citation(article.id, start, end)


def _figure_changes(
    old: Sequence[Article],
    now: Sequence[Article],
    analyses: Mapping[str, Analysis],
    fresh: set[str],
    change: Make,
) -> list[Change]:
    before = [f for f in build_figures(old, analyses) if _followed(f)]
    found = []
    for view in build_figures(now, analyses):
        if not _followed(view) or not any(p.article in fresh for p in view.points):
            continue
        earlier = _matching(view, before, fresh)
        label = view.figure.label[:1].upper() + view.figure.label[1:]
        if view.kind == "date":
            found += _date_moves(view, earlier, fresh, change, label)
            continue
        found += _new_values(view, earlier, fresh, change, label)
        if view.figure.disagreement and (earlier is None or not earlier.figure.disagreement):
            found += _disagreements(view, fresh, change, label)
    return found


def _new_values(
    view: FigureView, earlier: FigureView | None, fresh: set[str], change: Make, label: str
) -> list[Change]:
    """A value that new articles give and the figure did not have: one change per value, from the value the
    figure stood at (its course's last step), or the figure's first statement by two articles."""
    if earlier is None:
        newest = max(view.points, key=lambda p: (p.published or "", p.article))
        text = f"{label}: {says(newest)} ({told_source(newest)}), now stated by more than one article."
        return [change("figure", _key(newest), newest.article, text, [newest.citation])]
    steps = course(earlier)
    stood = steps[-1].point if steps else earlier.latest
    known = [span for span in map(_span, earlier.points) if span is not None]
    by_value: dict[str, list[FigurePoint]] = {}
    for p in view.points:
        span = _span(p)
        if p.article not in fresh or p.qualifier in ("up", "down") or span is None:
            continue
        if not any(span[0] <= k[1] and k[0] <= span[1] for k in known):
            by_value.setdefault(says(p), []).append(p)
    found = []
    for value, points in by_value.items():
        p = points[0]
        went = move(stood, p, view.cumulative)
        went = "was revised down" if went == "revised" else went
        text = f"{label} {went} to {value} ({told_source(p)}), from {says(stood)} ({told_source(stood)})."
        cited = [q.citation for q in points] + [stood.citation]
        found.append(change("figure", _key(p), p.article, text, cited))
    return found


def _span(p: FigurePoint) -> tuple[float, float] | None:
    """The values a point states, its open ends closed ("at least 12" states 12; "about 30", 27 to 33)."""
    if isinstance(p.value, str):
        return None
    low = float(p.value)
    high = float(p.upper) if p.upper is not None else low
    if p.qualifier == "~":
        return low * (1 - ABOUT_TOLERANCE), high * (1 + ABOUT_TOLERANCE)
    return low, high


def _followed(view: FigureView) -> bool:
    """Figures worth a change: planned dates and known quantities (deaths, cases, …), not every number that
    two articles share."""
    return view.kind == "date" or view.measure is not None


def _matching(view: FigureView, before: Sequence[FigureView], fresh: set[str]) -> FigureView | None:
    """The figure as it stood: the earlier figure sharing the most of this one's older points."""
    keys = {_key(p) for p in view.points if p.article not in fresh}
    best, shared = None, 0
    for f in before:
        n = len(keys & {_key(p) for p in f.points})
        if n > shared:
            best, shared = f, n
    return best


def _date_moves(
    view: FigureView, earlier: FigureView | None, fresh: set[str], change: Make, label: str
) -> list[Change]:
    if earlier is None:
        return []
    latest = earlier.points[-1]
    found = []
    for p in view.points:
        if p.article in fresh and says(p) != says(latest):
            text = (
                f"{label} moved to {says(p)} ({told_source(p)}), from {says(latest)} ({told_source(latest)})."
            )
            found.append(change("date", _key(p), p.article, text, [p.citation, latest.citation]))
    return found


def _disagreements(view: FigureView, fresh: set[str], change: Make, label: str) -> list[Change]:
    found = []
    for a, b in distinct_conflicts(view):
        if a.article not in fresh and b.article not in fresh:
            continue
        new, other = (b, a) if b.article in fresh else (a, b)
        text = f"{label}: {told_source(new)} gives {says(new)}, {told_source(other)} {says(other)}."
        key = "|".join(sorted((_key(a), _key(b))))
        found.append(change("disagreement", key, new.article, text, [new.citation, other.citation]))
    return found


def _key(p: FigurePoint) -> str:
    return p.claim or f"{p.article}:{p.citation.start}:{p.citation.end}"


def _quote_changes(
    now: Sequence[Article], analyses: Mapping[str, Analysis], fresh: set[str], change: Make
) -> list[Change]:
    _, quotes = merged(list(now), dict(analyses))
    found = []
    for q in quotes:
        places = sorted(q.occurrences, key=lambda o: (o.article, o.start))
        if q.kind == "indirect" or q.speaker_entity is None:
            continue  # reported speech and unresolved speakers ("they", "officials") are not news of their own
        if not places or any(o.article not in fresh for o in places):
            continue
        first = places[0]
        words = display(q.text).strip(QUOTE_MARKS).rstrip(",;:")
        words = words if len(words) <= QUOTE_CHARS else words[: QUOTE_CHARS - 1].rstrip() + "…"
        who = q.speaker or "Unattributed"
        cited = [Citation(first.article, first.start, first.end)]
        if first.speaker_start is not None and first.speaker_end is not None:
            cited.append(Citation(first.article, first.speaker_start, first.speaker_end))
        key = f"{first.article}:{first.start}:{first.end}"
        found.append(change("quote", key, first.article, f"{who}: \u201c{words}\u201d", cited))
    return found
