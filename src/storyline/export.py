"""The ``storyline/1`` format: every field of the JSON export, the API's documents and the CLI's ``--json``.

One function per object of the format, from the plain dataclasses of the model and the reconstruction, so the
shape of every field is written once. ``docs/export.md`` documents them and a test holds the two together.
Nothing here reads the store: ``corpus`` gathers what an export needs and calls :func:`document`.
"""

from __future__ import annotations

import contextlib
import html
import json
import shutil
import tempfile
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any, TextIO

from .ids import claim_id
from .models import (
    Analysis,
    Article,
    Change,
    Citation,
    CitedSentence,
    Claim,
    DateRef,
    Entity,
    Mention,
    Published,
    Quote,
    QuoteSpan,
    Story,
    Storyline,
    TimelineEntry,
    Watch,
)
from .reconstruct import CoverageView, FigurePoint, FigureView, Reconstruction
from .store.database import MARK_END, MARK_START

FORMAT = "storyline/1"

# --- articles and their annotations -----------------------------------------------------------------------------


def published_dict(p: Published) -> dict[str, Any]:
    return {"date": p.date, "earliest": p.earliest, "latest": p.latest, "method": p.method}


def article_dict(a: Article) -> dict[str, Any]:
    return {
        "id": a.id,
        "source": a.source,
        "url": a.url,
        "title": a.title,
        "outlet": a.outlet,
        "author": a.author,
        "language": a.language,
        "published": published_dict(a.published),
        "text": a.text,
        "boilerplate": list(a.boilerplate),
        "duplicate_of": a.duplicate_of,
    }


def snippet_html(marked: str) -> str:
    """A search snippet as HTML: the article's words escaped, each matched word in ``<mark>``."""
    return html.escape(marked, quote=False).replace(MARK_START, "<mark>").replace(MARK_END, "</mark>")


def article_row(a: Article) -> dict[str, Any]:
    """An article as the API's lists show it."""
    return {
        "id": a.id,
        "title": a.title,
        "outlet": a.outlet,
        "published": published_dict(a.published),
        "source": a.source,
    }


def date_dict(article_id: str, d: DateRef) -> dict[str, Any]:
    return {
        "article": article_id,
        "start": d.start,
        "end": d.end,
        "text": d.text,
        "type": d.type,
        "value": d.value,
        "earliest": d.earliest,
        "latest": d.latest,
    }


def claim_dict(article_id: str, c: Claim) -> dict[str, Any]:
    return {
        "id": claim_id(article_id, c),
        "article": article_id,
        "start": c.start,
        "end": c.end,
        "text": c.text,
        "value": c.value,
        "upper": c.upper,
        "unit": c.unit,
        "qualifier": c.qualifier,
        "concept": c.concept,
        "attributed_to": c.attributed_to,
    }


def mention_dict(m: Mention) -> dict[str, Any]:
    return {"start": m.start, "end": m.end, "text": m.text, "type": m.label}


def quote_span_dict(article_id: str, q: QuoteSpan) -> dict[str, Any]:
    """A quotation as found in one article (before quotes are merged across articles)."""
    return {
        "article": article_id,
        "start": q.start,
        "end": q.end,
        "text": q.text,
        "kind": q.kind,
        "speaker": q.speaker,
        "speaker_start": q.speaker_start,
        "speaker_end": q.speaker_end,
        "cue": q.cue,
    }


def article_document(article: Article, analysis: Analysis, story_id: str | None) -> dict[str, Any]:
    """The article as the export has it, with its own annotations and the story that holds it."""
    return {
        "format": FORMAT,
        **article_dict(article),
        "story": story_id,
        "mentions": [mention_dict(m) for m in analysis.mentions],
        "dates": [date_dict(article.id, d) for d in analysis.dates],
        "quotes": [quote_span_dict(article.id, q) for q in analysis.quotes],
        "claims": [claim_dict(article.id, c) for c in analysis.claims],
    }


# --- merged entities and quotes ---------------------------------------------------------------------------------


def citation_dict(c: Citation) -> dict[str, Any]:
    return {"article": c.article, "start": c.start, "end": c.end}


def change_dict(c: Change) -> dict[str, Any]:
    """A change that following recorded: what it says, the words it cites, when, and the story it is in now."""
    return {
        "id": c.id,
        "at": c.at,
        "kind": c.kind,
        "story": c.story,
        "article": c.article,
        "text": c.text,
        "citations": [citation_dict(x) for x in c.citations],
    }


def changes_document(changes: Iterable[Change]) -> dict[str, Any]:
    """What ``storyline changes --json`` prints and ``/api/changes`` answers."""
    return {"format": FORMAT, "changes": [change_dict(c) for c in changes]}


def watch_dict(w: Watch, matches: int) -> dict[str, Any]:
    """A saved search, with how many articles matched it since it was saved."""
    return {"id": w.id, "query": w.query, "created_at": w.created_at, "matches": matches}


def entity_dict(e: Entity) -> dict[str, Any]:
    return {
        "id": e.id,
        "name": e.name,
        "type": e.type,
        "aliases": list(e.aliases),
        "roles": list(e.roles),
        "mentions": [citation_dict(m) for m in e.mentions],
    }


def quote_dict(q: Quote) -> dict[str, Any]:
    return {
        "id": q.id,
        "text": q.text,
        "kind": q.kind,
        "speaker": {"name": q.speaker, "entity": q.speaker_entity},
        "occurrences": [
            {
                "article": o.article,
                "start": o.start,
                "end": o.end,
                "speaker_start": o.speaker_start,
                "speaker_end": o.speaker_end,
                "cue": o.cue,
            }
            for o in q.occurrences
        ],
    }


# --- the reconstruction -----------------------------------------------------------------------------------------


def cited_sentence_dict(s: CitedSentence) -> dict[str, Any]:
    return {"text": s.text, "citations": [citation_dict(c) for c in s.citations]}


def timeline_entry_dict(e: TimelineEntry) -> dict[str, Any]:
    return {
        "date": e.date,
        "earliest": e.earliest,
        "latest": e.latest,
        "sentences": [cited_sentence_dict(s) for s in e.sentences],
    }


def timeline_document(entries: Iterable[TimelineEntry]) -> dict[str, Any]:
    """What ``storyline timeline --json`` prints."""
    return {"format": FORMAT, "timeline": [timeline_entry_dict(e) for e in entries]}


def point_dict(p: FigurePoint) -> dict[str, Any]:
    return {
        "claim": p.claim,
        "article": p.article,
        "outlet": p.outlet,
        "published": p.published,
        "value": p.value,
        "upper": p.upper,
        "qualifier": p.qualifier,
        "unit": p.unit,
        "attributed_to": p.attributed_to,
        "status": p.status,
        "earliest": p.earliest,
        "latest": p.latest,
        "text": p.text,
        "citation": citation_dict(p.citation),
    }


def figure_dict(view: FigureView) -> dict[str, Any]:
    """A figure: the contract's fields, then its kind, whether it changed, its points and conflicts."""
    return {
        "id": view.figure.id,
        "label": view.figure.label,
        "unit": view.figure.unit,
        "claims": list(view.figure.claims),
        "disagreement": view.figure.disagreement,
        "kind": view.kind,
        "changed": view.changed,
        "points": [point_dict(p) for p in view.points],
        "conflicts": [list(c) for c in view.conflicts],
    }


def coverage_dict(view: CoverageView) -> dict[str, Any]:
    return {
        "outlets": [{"outlet": o, "articles": list(ids)} for o, ids in view.outlets],
        "facts": [
            {
                "id": f.id,
                "text": f.text,
                "citations": [citation_dict(c) for c in f.citations],
                "outlets": list(f.outlets),
            }
            for f in view.facts
        ],
        "quotes": [
            {"quote": q.quote, "speaker": q.speaker, "text": q.text, "outlets": list(q.outlets)}
            for q in view.quotes
        ],
        "single_outlet": [f.id for f in view.single_outlet()],
    }


# --- stories ----------------------------------------------------------------------------------------------------


def story_row(s: Story) -> dict[str, Any]:
    """A story as lists show it (``storyline stories --json``, ``/api/stories``)."""
    return {"id": s.id, "title": s.title, "articles": list(s.articles), "first": s.first, "last": s.last}


class Occurring:
    """Which quotes and entities occur in which articles, indexed once: a store holds thousands of each, and every
    story asks."""

    def __init__(self, entities: Sequence[Entity], quotes: Sequence[Quote]) -> None:
        self.entities, self.quotes = list(entities), list(quotes)
        self._entities = _positions([m.article for m in e.mentions] for e in self.entities)
        self._quotes = _positions([o.article for o in q.occurrences] for q in self.quotes)

    def quotes_in(self, article_ids: Iterable[str]) -> list[Quote]:
        """The quotes that occur in any of the articles, in their order."""
        return [self.quotes[i] for i in _found(self._quotes, article_ids)]

    def entities_in(self, article_ids: Iterable[str]) -> list[Entity]:
        """The entities mentioned in any of the articles, in their order."""
        return [self.entities[i] for i in _found(self._entities, article_ids)]


def _positions(articles_of: Iterable[list[str]]) -> dict[str, list[int]]:
    where: dict[str, list[int]] = {}
    for i, articles in enumerate(articles_of):
        for article in dict.fromkeys(articles):
            where.setdefault(article, []).append(i)
    return where


def _found(where: Mapping[str, list[int]], article_ids: Iterable[str]) -> list[int]:
    return sorted({i for a in dict.fromkeys(article_ids) for i in where.get(a, ())})


def story_dict(
    story: Story,
    entities: Sequence[Entity],
    quotes: Sequence[Quote],
    told: Reconstruction,
    occurring: Occurring | None = None,
) -> dict[str, Any]:
    """The contract's story object: its members, reconstruction, and the ids of its quotes and entities
    (``occurring`` indexes ``entities`` and ``quotes``; made here when not given)."""
    occurring = occurring or Occurring(entities, quotes)
    return {
        **story_row(story),
        "summary": [cited_sentence_dict(s) for s in told.summary],
        "timeline": [timeline_entry_dict(e) for e in told.timeline],
        "figures": [v.figure.id for v in told.figures],
        "quotes": [q.id for q in occurring.quotes_in(story.articles)],
        "entities": [e.id for e in occurring.entities_in(story.articles)],
    }


def storyline_dict(line: Storyline, told: Reconstruction) -> dict[str, Any]:
    """The contract's storyline object: its stories and articles, course (summary, timeline) and figures."""
    return {
        "id": line.id,
        "title": line.title,
        "stories": list(line.stories),
        "articles": list(line.articles),
        "first": line.first,
        "last": line.last,
        "summary": [cited_sentence_dict(s) for s in told.summary],
        "timeline": [timeline_entry_dict(e) for e in told.timeline],
        "figures": [v.figure.id for v in told.figures],
    }


def storyline_row(line: Storyline) -> dict[str, Any]:
    """A storyline as lists show it (``storyline storylines --json``, ``/api/storylines``)."""
    return {
        "id": line.id,
        "title": line.title,
        "stories": list(line.stories),
        "articles": len(line.articles),
        "first": line.first,
        "last": line.last,
    }


def _annotations(
    articles: Sequence[Article], analyses: Mapping[str, Analysis]
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    return _claims(articles, analyses), _dates(articles, analyses)


def _claims(articles: Sequence[Article], analyses: Mapping[str, Analysis]) -> list[dict[str, Any]]:
    return [claim_dict(a.id, c) for a in articles if a.id in analyses for c in analyses[a.id].claims]


def _dates(articles: Sequence[Article], analyses: Mapping[str, Analysis]) -> list[dict[str, Any]]:
    return [date_dict(a.id, d) for a in articles if a.id in analyses for d in analyses[a.id].dates]


def story_document(
    story: Story,
    articles: Sequence[Article],
    analyses: Mapping[str, Analysis],
    entities: Sequence[Entity],
    quotes: Sequence[Quote],
    told: Reconstruction,
    part_of: tuple[str, str] | None = None,
    stories: Sequence[Story] = (),
) -> dict[str, Any]:
    """The story as the export has it, with everything it refers to inlined, plus its coverage matrix and the
    storyline it belongs to (``part_of``: its id and title, when it holds other stories too). With ``stories``,
    the document is a storyline's: ``story`` is the storyline seen as one story, and ``stories`` lists its
    stories."""
    claims, dates = _annotations(articles, analyses)
    storyline = {"id": part_of[0], "title": part_of[1]} if part_of else None
    return {
        "format": FORMAT,
        **story_dict(story, entities, quotes, told),
        **({"stories": [story_row(s) for s in stories]} if stories else {"storyline": storyline}),
        "articles": [article_dict(a) for a in articles],
        "entities": [entity_dict(e) for e in entities],
        "quotes": [quote_dict(q) for q in quotes],
        "figures": [figure_dict(v) for v in told.figures],
        "claims": claims,
        "dates": dates,
        "coverage": coverage_dict(told.coverage),
    }


def document(
    articles: Sequence[Article],
    analyses: Mapping[str, Analysis],
    entities: Sequence[Entity],
    quotes: Sequence[Quote],
    stories: Sequence[tuple[Story, Reconstruction]],
    storylines: Sequence[tuple[Storyline, Reconstruction]] = (),
) -> dict[str, Any]:
    """The whole export: articles, entities, dates, quotes, claims, figures, stories and storylines (the
    records of :func:`records`, each kind in a list)."""
    doc: dict[str, Any] = {"format": FORMAT, **{plural: [] for plural in KINDS.values()}}
    for record in records(articles, analyses, entities, quotes, stories, storylines):
        kind = record.pop("kind")
        doc[KINDS[kind]].append(_renamed(record, f"{kind}_kind", "kind"))
    return doc


KINDS = {
    "article": "articles",
    "entity": "entities",
    "date": "dates",
    "quote": "quotes",
    "claim": "claims",
    "figure": "figures",
    "story": "stories",
    "storyline": "storylines",
}
"""Each kind of record of the JSON-lines export, and the list that holds it in the JSON export."""


def write_document(records: Iterable[dict[str, Any]], out: TextIO) -> None:
    """Writes the JSON export :func:`document` makes of these records, as ``json.dumps(..., ensure_ascii=False,
    indent=2)`` writes it, while the records come: each list's items as they arrive, except the stories' and
    storylines', which wait in temporary files while the figures that come among them are written (the JSON lists
    the figures first). What it holds at once is one record."""
    out.write('{\n  "format": ' + json.dumps(FORMAT))
    lists = _Lists(out)
    held = dict.fromkeys(_WAITING, 0)
    with contextlib.ExitStack() as files:
        waiting = {k: files.enter_context(tempfile.TemporaryFile("w+", encoding="utf-8")) for k in _WAITING}
        for record in records:
            kind = record.pop("kind")
            text = json.dumps(_renamed(record, f"{kind}_kind", "kind"), ensure_ascii=False, indent=2)
            item = "\n".join("    " + line for line in text.split("\n"))
            if kind in waiting:
                waiting[kind].write((",\n" if held[kind] else "\n") + item)
                held[kind] += 1
            else:
                lists.item(kind, item)
        for kind in _WAITING:
            lists.to(kind)
            waiting[kind].seek(0)
            shutil.copyfileobj(waiting[kind], out)
            lists.count = held[kind]
        lists.to(None)
    out.write("\n}")


_WAITING = ("story", "storyline")
"""The kinds of record that come among the figures and are listed after them, in this order."""


class _Lists:
    """The export's lists written one after another in :data:`KINDS` order, each opened once, even empty."""

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.order = list(KINDS)
        self.at = -1  # the list open now
        self.count = 0  # items written in it

    def to(self, kind: str | None) -> None:
        """Closes the open list and opens each one up to ``kind``'s (every one left, for None)."""
        target = len(self.order) if kind is None else self.order.index(kind)
        while self.at < target:
            if self.at >= 0:
                self.out.write("\n  ]" if self.count else "]")
            self.at += 1
            self.count = 0
            if self.at < len(self.order):
                self.out.write(f",\n  {json.dumps(KINDS[self.order[self.at]])}: [")

    def item(self, kind: str, text: str) -> None:
        """One item of ``kind``'s list (records of a kind come together, the kinds in order)."""
        self.to(kind)
        self.out.write((",\n" if self.count else "\n") + text)
        self.count += 1


def records(
    articles: Sequence[Article],
    analyses: Mapping[str, Analysis],
    entities: Sequence[Entity],
    quotes: Sequence[Quote],
    stories: Iterable[tuple[Story, Reconstruction]],
    storylines: Iterable[tuple[Storyline, Reconstruction]] = (),
) -> Iterator[dict[str, Any]]:
    """The export one record at a time, each with its ``kind`` (an object's own ``kind`` field, a quote's or a
    figure's, is its ``quote_kind`` or ``figure_kind`` in a record): the articles, entities, dates, quotes and claims,
    then each story (and each storyline) after the figures it is the first to hold. ``stories`` and
    ``storylines`` may be lazy: a reconstruction is not needed once its records are made."""
    yield from (article_record(a) for a in articles)
    yield from (entity_record(e) for e in entities)
    yield from date_records(articles, analyses)
    yield from (quote_record(q) for q in quotes)
    yield from claim_records(articles, analyses)
    told_figures: set[str] = set()
    occurring = Occurring(entities, quotes)
    for story, told in stories:
        yield from new_figure_records(told, told_figures)
        yield story_record(story, entities, quotes, told, occurring)
    for line, told_line in storylines:
        yield from new_figure_records(told_line, told_figures)
        yield storyline_record(line, told_line)


def article_record(a: Article) -> dict[str, Any]:
    """An article's export record."""
    return _record("article", article_dict(a))


def entity_record(e: Entity) -> dict[str, Any]:
    """An entity's export record."""
    return _record("entity", entity_dict(e))


def quote_record(q: Quote) -> dict[str, Any]:
    """A quote's export record."""
    return _record("quote", quote_dict(q))


def date_records(articles: Sequence[Article], analyses: Mapping[str, Analysis]) -> Iterator[dict[str, Any]]:
    """The dates of these articles, article by article (those without an analysis have none)."""
    return (_record("date", d) for d in _dates(articles, analyses))


def claim_records(articles: Sequence[Article], analyses: Mapping[str, Analysis]) -> Iterator[dict[str, Any]]:
    """The claims of these articles, article by article."""
    return (_record("claim", c) for c in _claims(articles, analyses))


def story_record(
    story: Story,
    entities: Sequence[Entity],
    quotes: Sequence[Quote],
    told: Reconstruction,
    occurring: Occurring,
) -> dict[str, Any]:
    """A story's export record, with its reconstruction."""
    return _record("story", story_dict(story, entities, quotes, told, occurring))


def storyline_record(line: Storyline, told: Reconstruction) -> dict[str, Any]:
    """A storyline's export record, with its reconstruction."""
    return _record("storyline", storyline_dict(line, told))


def new_figure_records(told: Reconstruction, seen: set[str]) -> Iterator[dict[str, Any]]:
    """The records of the reconstruction's figures not yet in ``seen`` (which takes them in)."""
    for view in told.figures:
        if view.figure.id not in seen:
            seen.add(view.figure.id)
            yield _record("figure", figure_dict(view))


def _record(kind: str, body: dict[str, Any]) -> dict[str, Any]:
    return {"kind": kind, **_renamed(body, "kind", f"{kind}_kind")}


def _renamed(body: dict[str, Any], old: str, new: str) -> dict[str, Any]:
    """``body`` with its field ``old`` named ``new``, in the same place."""
    return {new if k == old else k: v for k, v in body.items()} if old in body else body
