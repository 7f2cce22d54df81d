"""The read side of the library: stories, articles and their merged annotations, read from the store.

Everything here works on the store and plain dataclasses; nothing loads spaCy. The shapes of the JSON export
are ``export``'s; this module gathers what they are built from.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import Any

from . import export
from .errors import NotFound
from .materialise import DocumentDigest, Kept, Merged, document_digest
from .merge import furniture
from .merge.entities import merge_entities
from .merge.quotes import merge_quotes
from .models import Analysis, Article, Change, Entity, Quote, Story, Storyline, TimelineEntry, Watch
from .reconstruct import Reconstruction, build_timeline, reconstruct_story
from .reconstruct.coverage import with_quotes
from .store import Store
from .store.derived import encode
from .store.storylines import StorylineRow

EXPORT_PAGE = 1000
"""Articles the streamed export reads at a time."""
READ_WHOLE = 5000
"""Most articles a whole-store export reads at once (about 100 MB with their analyses); a larger store is read
``EXPORT_PAGE`` at a time, in bounded memory, about twice as slowly."""
MERGED = ("merged",)
"""The head of the digest that the whole store's (or a story's) merged entities and quotes are kept under."""
QUERY_LIMIT = 100_000
"""Most articles one query word selects for a timeline."""
WATCH_LIMIT = 50
"""Most matches a saved search's feed lists."""


@dataclass(frozen=True)
class StoryBundle:
    """One story with everything that belongs to it, ready to render or export."""

    story: Story
    articles: tuple[Article, ...]
    analyses: dict[str, Analysis]
    entities: tuple[Entity, ...]
    quotes: tuple[Quote, ...]
    kept: Kept = field(default_factory=lambda: Kept(None), compare=False)

    @property
    def originals(self) -> tuple[Article, ...]:
        """The story's articles without near-duplicate copies (which must not count twice)."""
        return tuple(a for a in self.articles if not a.duplicate_of)

    @cached_property
    def reconstruction(self) -> Reconstruction:
        """Figures, timeline, summary and coverage: kept in the store, or built on first use."""
        return self.kept.reconstruction(self.articles, self.analyses, self.quotes)

    def document(
        self, part_of: tuple[str, str] | None = None, stories: Sequence[Story] = ()
    ) -> dict[str, Any]:
        """The story as the API answers it: the export's story with everything it refers to inlined, and the
        storyline it is part of (its id and title); with ``stories``, a storyline's document listing them."""
        return export.story_document(
            self.story,
            self.articles,
            self.analyses,
            self.entities,
            self.quotes,
            self.reconstruction,
            part_of,
            stories,
        )


class Corpus:
    """A read-only view of a store. With ``remember_analyses``, each article's analysis is decoded once and
    remembered until the store changes: a refresh reads every article in the export, in its story and in its
    storyline; a long-lived reader (the pages) leaves it off, holding only what it is reading."""

    def __init__(self, store: Store, kept: Kept | None = None, remember_analyses: bool = False) -> None:
        self.store = store
        self.kept = kept or Kept(store.derived)
        self.remember_analyses = remember_analyses
        self._memos: dict[tuple[str, ...], Any] = {}
        self._memo_version: tuple[int, int] | None = None

    def analyses(self, articles: Sequence[Article]) -> dict[str, Analysis]:
        """The stored analyses of ``articles``, without what their outlets' furniture says (see
        ``merge.furniture``): everything the read side tells comes from these."""
        if not self.remember_analyses:
            stored = self.store.analyses([a.id for a in articles])
            return furniture.strip_furniture(articles, stored, self._furniture_keys)
        known: dict[str, Analysis] = self._memo(("analyses",), dict)
        missing = list({a.id: a for a in articles if a.id not in known}.values())
        if missing:
            stored = self.store.analyses([a.id for a in missing])
            known.update(furniture.strip_furniture(missing, stored, self._furniture_keys))
        return {a.id: known[a.id] for a in articles if a.id in known}

    def _furniture_keys(self, group: str) -> frozenset[str]:
        return self._memo(
            ("furniture", group),
            lambda: self.store.furniture_keys(group, furniture.SHORT_ARTICLES, furniture.EDGE_ARTICLES),
        )

    def _memo(self, key: tuple[str, ...], read: Callable[[], Any]) -> Any:
        """``read()``, remembered until the store changes (a refresh or an export asks for the same stories and
        furniture once per story)."""
        version = self.store.version()
        if self._memo_version != version:
            self._memos.clear()
            self._memo_version = version
        if key not in self._memos:
            self._memos[key] = read()
        return self._memos[key]

    def stories(self) -> list[Story]:
        """Every story, newest first."""
        return sorted(self._stories(), key=lambda s: (s.last or "", s.id), reverse=True)

    def stories_page(self, limit: int, offset: int = 0) -> list[Story]:
        """One page of :meth:`stories`, read without reading the others."""
        return self.store.stories.newest(limit, offset)

    def story_count(self) -> int:
        return self.store.stories.count()

    def story(self, story_id: str) -> Story:
        found = self.store.stories.story(self.store.stories.resolve(story_id))
        if found is None:
            raise NotFound(f"no story with id {story_id!r}")
        return found

    def stories_holding(self, article_ids: Sequence[str]) -> list[Story]:
        """The stories that hold any of ``article_ids``, in the order of the first article each holds."""
        found = self.store.stories.by_ids(self.store.stories.stories_of(article_ids))
        rank = {aid: i for i, aid in reversed(list(enumerate(article_ids)))}
        first = {sid: min(rank[a] for a in s.articles if a in rank) for sid, s in found.items()}
        return [found[sid] for sid in sorted(found, key=lambda sid: first[sid])]

    def storylines(self) -> list[Storyline]:
        """Every storyline, newest first: its stories (in the order they began) and all their articles."""

        def read() -> list[Storyline]:
            stories = {s.id: s for s in self._stories()}
            lines = [_storyline(row, stories) for row in self.store.storylines.storylines()]
            return sorted(lines, key=lambda s: (s.last or "", s.id), reverse=True)

        return list(self._memo(("storylines",), read))

    def storyline(self, storyline_id: str) -> Storyline:
        row = self.store.storylines.storyline(self.store.storylines.resolve(storyline_id))
        if row is None:
            raise NotFound(f"no storyline with id {storyline_id!r}")
        return _storyline(row, self.store.stories.by_ids(row.stories))

    def storyline_of(self, story_id: str) -> str | None:
        """The id of the storyline that holds a story, if any."""
        return self.store.storylines.storyline_of(self.store.stories.resolve(story_id))

    def storyline_bundle(self, storyline_id: str) -> StoryBundle:
        """A storyline as one bundle of all its stories' articles (its ``story`` is the storyline as a Story)."""
        line = self.storyline(storyline_id)
        articles = tuple(self.store.articles(line.articles))
        analyses = self.analyses(articles)
        entities, quotes = self._merged(articles, analyses)
        return StoryBundle(_as_story(line), articles, analyses, tuple(entities), tuple(quotes), self.kept)

    def story_of(self, article_id: str) -> str | None:
        """The id of the story that holds an article, if it is in one."""
        try:
            return self.store.stories.story_of(article_id)
        except KeyError:
            return None

    def _stories(self) -> list[Story]:
        """The engine's stories, their spans widened by their members' inferred dates (see ``store.stories``)."""
        return list(self._memo(("stories",), self.store.stories.stories))

    def bundle(self, story_id: str) -> StoryBundle:
        story = self.story(story_id)
        articles = tuple(self.store.articles(story.articles))
        analyses = self.analyses(articles)
        entities, quotes = self._merged(articles, analyses)
        return StoryBundle(story, articles, analyses, tuple(entities), tuple(quotes), self.kept)

    def _merged(
        self, articles: Sequence[Article], analyses: dict[str, Analysis]
    ) -> tuple[list[Entity], list[Quote]]:
        """:func:`merged`; with ``remember_analyses``, the last bundle's merge is remembered until the store
        changes, for a storyline of that one story (asked right after it) to take."""
        if not self.remember_analyses:
            return merged(articles, analyses)
        last: dict[tuple[str, ...], tuple[list[Entity], list[Quote]]] = self._memo(("last merged",), dict)
        key = tuple(a.id for a in articles)
        if key not in last:
            last.clear()
            last[key] = merged(articles, analyses)
        return last[key]

    def article_document(self, article_id: str) -> dict[str, Any]:
        """One article as the API answers it: the export's article with its annotations and its story."""
        article = self.store.article(article_id)
        analysis = self.analyses([article]).get(article_id) or Analysis(article_id)
        return export.article_document(article, analysis, self.story_of(article_id))

    def timeline(
        self,
        story_id: str | None = None,
        query: str | None = None,
        max_dates: int = 10,
        per_date: int = 2,
    ) -> list[TimelineEntry]:
        """A timeline over one story, over the articles that match any word of ``query``, or over the store.

        With a query, only sentences that contain one of its words are told (Timeline17's protocol).
        """
        words = re.findall(r"\w+", query or "")
        if story_id is not None:
            ids: list[str] | None = list(self.story(story_id).articles)
        elif words:
            ids = list(dict.fromkeys(i for w in words for i in self.store.search(w, limit=QUERY_LIMIT)))
        else:
            ids = None
        articles = self.store.articles(ids)
        analyses = self.analyses(articles)
        return build_timeline(articles, analyses, max_dates, per_date, query=words or None)

    def changes(
        self,
        since: str | None = None,
        story_id: str | None = None,
        limit: int | None = None,
        articles: Sequence[str] | None = None,
    ) -> list[Change]:
        """What ingests changed, newest first (a chunk's changes in the order it recorded them): in the store, or
        in one story (whatever its id was when the change was recorded), or caused by ``articles``; each change
        names the story that now holds its article."""
        if story_id is not None:
            articles = self.story(story_id).articles
        if articles is not None:
            found = self.store.follow.changes_of(articles, since)[:limit]
        else:
            found = self.store.follow.changes(since, limit)
        in_order = sorted(found, key=lambda c: c.seq)  # a chunk's changes in the order they were recorded
        newest_first = sorted(in_order, key=lambda c: c.at, reverse=True)
        return [replace(c, story=self.story_of(c.article)) for c in newest_first]

    def watches(self) -> list[tuple[Watch, int]]:
        """The saved searches, each with how many articles matched it since it was saved."""
        return [(w, len(self.watch_matches(w))) for w in self.store.follow.watches()]

    def watch_matches(self, watch: Watch, limit: int = WATCH_LIMIT) -> list[tuple[Article, str, str | None]]:
        """The articles stored after a saved search was made that match it, newest first: each with the UTC
        time it arrived and the id of its story."""
        ids = self.store.search(watch.query, limit=QUERY_LIMIT)
        arrived = self.store.arrivals(ids)
        newer = sorted((i for i in ids if arrived[i][0] > watch.after_seq), key=lambda i: -arrived[i][0])[
            :limit
        ]
        return [(a, arrived[a.id][1], self.story_of(a.id)) for a in self.store.articles(newer)]

    def export(self, story_id: str | None = None) -> dict[str, Any]:
        """The contract's JSON export of the whole store, or of one story and its articles."""
        return export.document(*self._export_parts(story_id))

    def export_records(self, story_id: str | None = None) -> Iterator[dict[str, Any]]:
        """The export one record at a time (``storyline export --format jsonl``): the same records as
        :meth:`export`, each with its ``kind``. A large store's is read a page of articles at a time and each
        story's articles when its record is made (:meth:`_streamed_records`): what it holds at once is the
        merged entities and quotes, the list of stories and one page or story."""
        if story_id is not None:
            return export.records(*self._export_parts(story_id))
        return self._streamed_records()

    def _streamed_records(self) -> Iterator[dict[str, Any]]:
        """The whole store's records read in one snapshot of it, so that an ingest committed meanwhile does not
        make them disagree: a store of up to ``READ_WHOLE`` articles read at once (faster: each article's
        analysis is decoded once), a larger one a page at a time (:meth:`_streamed_parts`)."""
        with self.store.snapshot():
            if self.store.count() <= READ_WHOLE:
                yield from export.records(*self._export_parts(None))
            else:
                yield from self._streamed_parts()

    def _streamed_parts(self) -> Iterator[dict[str, Any]]:
        """The whole store's export records in :func:`export.records`' order, from pages of articles (read
        again for each kind that lists them) and each story's and storyline's own articles. The pass that
        writes the articles also takes the digest their merged entities and quotes are kept under."""
        digest = DocumentDigest(MERGED)
        groups: set[str] = set()
        for page in self.store.article_pages(EXPORT_PAGE):
            digest.add(page, self.store.analysis_texts([a.id for a in page]))
            groups.update(furniture.group_of(a) for a in page)
            yield from (export.article_record(a) for a in page)

        def merge_all() -> tuple[list[Entity], list[Quote]]:  # when not kept: from every article at once
            articles = self.store.articles(None)
            return merged(articles, self.analyses(articles))

        entities, quotes = self.kept.merged(digest.hexdigest(self._furniture_of(groups)), merge_all)
        occurring = export.Occurring(entities, quotes)
        yield from (export.entity_record(e) for e in entities)
        yield from (r for page, analyses in self._pages() for r in export.date_records(page, analyses))
        yield from (export.quote_record(q) for q in quotes)
        yield from (r for page, analyses in self._pages() for r in export.claim_records(page, analyses))
        told_figures: set[str] = set()
        for story in self.stories():
            told = self._reconstructed(story.articles, occurring)
            yield from export.new_figure_records(told, told_figures)
            yield export.story_record(story, entities, quotes, told, occurring)
        for line in self.storylines():
            told = self._reconstructed(line.articles, occurring)
            yield from export.new_figure_records(told, told_figures)
            yield export.storyline_record(line, told)

    def _pages(self) -> Iterator[tuple[list[Article], dict[str, Analysis]]]:
        """The stored articles in ingest order, ``EXPORT_PAGE`` at a time, with their analyses."""
        for page in self.store.article_pages(EXPORT_PAGE):
            yield page, self.analyses(page)

    def _reconstructed(self, article_ids: Sequence[str], occurring: export.Occurring) -> Reconstruction:
        """The reconstruction of these articles, read with their analyses alone, as the export tells it."""
        members = self.store.articles(list(article_ids))
        analyses = self.analyses(members)
        return self.kept.reconstruction(members, analyses, occurring.quotes_in(article_ids))

    def story_document(self, story_id: str) -> dict[str, Any]:
        """The story as the API answers it (see ``StoryBundle.document``), with the storyline it is part of
        when that holds other stories too: kept in the store, or built."""
        return self.kept.document(*self._story_document(story_id))

    def _story_document(self, story_id: str) -> tuple[str, Callable[[], dict[str, Any]]]:
        """The digest a story's document is kept under, and how to build it."""
        digest, story, part_of = self._story_head(story_id)
        return digest, lambda: self.bundle(story.id).document(part_of)

    def _story_head(self, story_id: str) -> tuple[str, Story, tuple[str, str] | None]:
        """The digest a story's document is kept under, the story, and the storyline it is part of (its id and
        title) when that holds other stories too; remembered with ``remember_analyses`` (a refresh asks twice:
        ``document_jobs``, then ``ask_everything_kept``)."""

        def read() -> tuple[str, Story, tuple[str, str] | None]:
            story = self.story(story_id)
            line_id = self.storyline_of(story.id)
            line = self._storyline_row(line_id) if line_id else None
            part_of = (line.id, line.title) if line and len(line.stories) > 1 else None
            digest = self._document_digest(("story", story, part_of), self.store.articles(story.articles))
            return digest, story, part_of

        return self._memo(("story head", story_id), read) if self.remember_analyses else read()

    def _storyline_row(self, storyline_id: str) -> StorylineRow | None:
        """A storyline as stored; with ``remember_analyses`` from every storyline's row, read once (a refresh asks
        for each story's)."""
        if not self.remember_analyses:
            return self.store.storylines.storyline(storyline_id)
        rows = self._memo(("storyline rows",), lambda: {r.id: r for r in self.store.storylines.storylines()})
        return rows.get(storyline_id)

    def storyline_document(self, storyline_id: str) -> dict[str, Any]:
        """A storyline as one story of all its stories' articles, with the list of its stories: kept in the
        store, or built."""
        return self.kept.document(*self._storyline_document(storyline_id))

    def _storyline_document(self, storyline_id: str) -> tuple[str, Callable[[], dict[str, Any]]]:
        """The digest a storyline's document is kept under, and how to build it."""
        digest, line, members = self._storyline_head(storyline_id)
        return digest, lambda: self.storyline_bundle(line.id).document(stories=members)

    def _storyline_head(self, storyline_id: str) -> tuple[str, Storyline, list[Story]]:
        """The digest a storyline's document is kept under, the storyline and its stories; remembered with
        ``remember_analyses``, as :meth:`_story_head`."""

        def read() -> tuple[str, Storyline, list[Story]]:
            line = self.storyline(storyline_id)
            by_id = self.store.stories.by_ids(line.stories)
            members = [by_id[i] for i in line.stories]
            digest = self._document_digest(
                ("storyline", line, tuple(members)), self.store.articles(line.articles)
            )
            return digest, line, members

        return self._memo(("storyline head", storyline_id), read) if self.remember_analyses else read()

    def _merged_digest(self, articles: Sequence[Article]) -> str:
        """The digest the whole store's merged entities and quotes are kept under (``articles``: every article);
        remembered with ``remember_analyses`` (a refresh asks twice, as :meth:`_story_head`)."""
        if not self.remember_analyses:
            return self._document_digest(MERGED, articles)
        return self._memo(("merged digest",), lambda: self._document_digest(MERGED, articles))

    def _document_digest(self, head: object, articles: Sequence[Article]) -> str:
        keys = self._furniture_of({furniture.group_of(a) for a in articles})
        return document_digest(head, articles, self.store.analysis_texts([a.id for a in articles]), keys)

    def _furniture_of(self, groups: set[str]) -> list[tuple[str, list[str]]]:
        """The furniture keys of these outlets' groups, as the digests take them."""
        return [(g, sorted(self._furniture_keys(g))) for g in sorted(groups)]

    def ask_kept_for(self, article_ids: Sequence[str]) -> None:
        """Asks for the documents (and so the reconstructions) of the stories that hold these articles: what an
        ingest of them changed for certain (other stories and the storylines may have changed too; they are
        built when first read)."""
        for story_id in dict.fromkeys(s for s in map(self.story_of, article_ids) if s is not None):
            self.kept.keep_document(*self._story_document(story_id))

    def reconstruction_jobs(self) -> Iterator[tuple[list[Article], dict[str, Analysis]]]:
        """The articles and analyses of every story and storyline, as the export reconstructs them (for
        ``Kept.prebuild`` to build their reconstructions in parallel before ``ask_everything_kept``)."""
        articles = self.store.articles(None)
        analyses = self.analyses(articles)
        by_id = {a.id: a for a in articles}
        for members in [s.articles for s in self.stories()] + [line.articles for line in self.storylines()]:
            yield [by_id[i] for i in members if i in by_id], analyses

    def document_jobs(self) -> Iterator[tuple[list[str], DocumentsJob]]:
        """The page documents of every story and storyline as jobs for ``Kept.prebuild_documents`` (to build in
        parallel before ``ask_everything_kept``): each story's articles, their analyses and its document's head,
        with the head of the storyline that is that story alone (built from the same merge), and each other
        storyline alone; with the digests the documents are kept under, in the order of the heads. The first job
        is the whole store's merged entities and quotes (no head), which the export reads."""
        everything = tuple(self.store.articles(None))  # first, the whole store's merge (no head: no document)
        yield [self._merged_digest(everything)], (everything, self.analyses(everything), ())
        storylines = self.storylines()
        alone: dict[str, list[str]] = {}
        for line in storylines:
            if len(line.stories) == 1:
                alone.setdefault(line.stories[0], []).append(line.id)
        asked: set[str] = set()
        for story in self.stories():
            digest, told, part_of = self._story_head(story.id)
            digests, heads = [digest], [DocumentHead(told, part_of)]
            for line_id in alone.get(story.id, ()):
                line_digest, line, members = self._storyline_head(line_id)
                digests.append(line_digest)
                heads.append(DocumentHead(_as_story(line), None, tuple(members)))
                asked.add(line_id)
            articles = tuple(self.store.articles(told.articles))
            yield digests, (articles, self.analyses(articles), tuple(heads))
        for line in storylines:
            if line.id not in asked:
                line_digest, line, members = self._storyline_head(line.id)
                articles = tuple(self.store.articles(line.articles))
                head = DocumentHead(_as_story(line), None, tuple(members))
                yield [line_digest], (articles, self.analyses(articles), (head,))

    def ask_everything_kept(self) -> None:
        """Asks for every reconstruction and document the export and the story and storyline pages ask for
        (``materialise.refresh`` keeps them in the store)."""
        *_, stories, lines = self._export_parts(None)
        for _ in (*stories, *lines):
            pass
        storylines = self.storylines()
        alone: dict[str, list[str]] = {}  # a storyline of one story is asked right after it (same merge)
        for line in storylines:
            if len(line.stories) == 1:
                alone.setdefault(line.stories[0], []).append(line.id)
        asked: set[str] = set()
        for story in self.stories():
            self.kept.keep_document(*self._story_document(story.id))
            for line_id in alone.get(story.id, ()):
                self.kept.keep_document(*self._storyline_document(line_id))
                asked.add(line_id)
        for line in storylines:
            if line.id not in asked:
                self.kept.keep_document(*self._storyline_document(line.id))

    def _export_parts(self, story_id: str | None) -> tuple[Any, ...]:
        if story_id is not None:
            stories = [self.story(story_id)]
            ids = list(dict.fromkeys(i for s in stories for i in s.articles))
        else:
            stories = self.stories()
            ids = None
        articles = self.store.articles(ids)
        analyses = self.analyses(articles)
        digest = self._merged_digest(articles) if ids is None else self._document_digest(MERGED, articles)
        entities, quotes = self.kept.merged(digest, lambda: merged(articles, analyses))
        by_id = {a.id: a for a in articles}
        occurring = export.Occurring(entities, quotes)

        def reconstruct(article_ids: Sequence[str]) -> Reconstruction:
            members = [by_id[i] for i in article_ids if i in by_id]
            return self.kept.reconstruction(members, analyses, occurring.quotes_in(article_ids))

        told: dict[str, Reconstruction] = {}

        def told_stories() -> Iterator[tuple[Story, Reconstruction]]:
            for s in stories:
                reconstruction = reconstruct(s.articles)
                if single.get(s.id):
                    told[s.id] = reconstruction  # kept for the storyline that is this one story
                yield s, reconstruction

        lines = self.storylines() if story_id is None else []
        single = {line.stories[0]: True for line in lines if len(line.stories) == 1}

        def told_lines() -> Iterator[tuple[Storyline, Reconstruction]]:
            for line in lines:
                one = len(line.stories) == 1 and line.stories[0] in told
                yield line, told.pop(line.stories[0]) if one else reconstruct(line.articles)

        return articles, analyses, entities, quotes, told_stories(), told_lines()


def _as_story(line: Storyline) -> Story:
    """A storyline seen as one story of all its stories' articles (its bundle's and its document's)."""
    return Story(line.id, line.title, line.articles, line.first, line.last)


@dataclass(frozen=True)
class DocumentHead:
    """What a page document is built from besides its articles: the story (or storyline seen as one), the
    storyline a story is part of (id and title), and a storyline's stories."""

    story: Story
    part_of: tuple[str, str] | None = None
    stories: tuple[Story, ...] = ()


DocumentsJob = tuple[tuple[Article, ...], dict[str, Analysis], tuple[DocumentHead, ...]]
"""Articles, their analyses, and the heads of the page documents built from them."""


def build_documents(job: DocumentsJob) -> tuple[Reconstruction | Merged, list[str]]:
    """The reconstruction of the job's articles as it is kept (without its quotes) and each head's page
    document as the JSON text it is kept as: what :meth:`StoryBundle.document` builds, from one merge; runs in
    a worker (``Kept.prebuild_documents``). A job without heads is the whole store's merge: its entities and
    quotes, and no document."""
    articles, analyses, heads = job
    entities, quotes = merged(articles, analyses)
    if not heads:
        return Merged(entities, quotes), []
    bare = reconstruct_story(articles, analyses, ())
    held, cited = tuple(entities), tuple(quotes)
    told = replace(bare, coverage=with_quotes(bare.coverage, articles, analyses, cited))
    texts = [
        encode(
            export.story_document(
                head.story, articles, analyses, held, cited, told, head.part_of, head.stories
            )
        )
        for head in heads
    ]
    return bare, texts


def _storyline(row: StorylineRow, stories: dict[str, Story]) -> Storyline:
    """A stored storyline with its stories' articles and its span over theirs (inferred days included)."""
    members = [stories[sid] for sid in row.stories if sid in stories]
    articles = tuple(a for s in members for a in s.articles)
    firsts = [s.first for s in members if s.first]
    lasts = [s.last for s in members if s.last]
    return Storyline(
        row.id,
        row.title,
        tuple(s.id for s in members),
        articles,
        min(firsts, default=row.first),
        max(lasts, default=row.last),
    )


def merged(articles: Sequence[Article], analyses: dict[str, Analysis]) -> tuple[list[Entity], list[Quote]]:
    """The entities and quotes of ``articles``, merged across them."""
    counted = [a for a in articles if a.id in analyses]
    entities = merge_entities(
        [(a.id, analyses[a.id].mentions) for a in counted], {a.id: a.text for a in counted}
    )
    quotes = merge_quotes([(a.id, a.text, analyses[a.id].quotes) for a in counted], entities)
    return entities, quotes
