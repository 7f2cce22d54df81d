"""Ingest: read -> clean -> analyse -> store -> cross-article steps, in committed chunks.

Each chunk of new articles is written in one transaction together with the cross-article updates it causes, so
an ingest killed at any point leaves a store that a re-run completes (ids are content hashes; what is stored is
skipped). Nothing a source holds ends an ingest: what cannot be read, cleaned or analysed is reported as skipped
with its reason, and libraries' warnings about a source are reported with it. One ``Fetcher`` serves the whole
ingest, so its fetching policy and budget of requests and bytes hold across every source. After the last
chunk, the reconstructions and documents the export and the pages ask for are built and kept (``materialise``).
When the analysis runs in worker processes, each chunk is analysed there while the chunk before it is written
(its store, cross-article and changes steps run in this process): the chunks are still written one by one, in
the order they were read, with the same results and report as one after the other.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .across import update as update_across
from .clean import clean, site_of
from .clean.language import lost_letters
from .corpus import Corpus, build_documents
from .follow.changes import record_changes
from .ids import article_id
from .materialise import Kept, Mapper, Refreshed, refresh
from .merge import furniture
from .models import Analysis, Article, RawArticle
from .readers import Fetcher, FetchPolicy, read_all
from .readers.base import Notice, Skipped
from .readers.limits import MAX_ARTICLE_CHARS
from .store import Store

CHUNK = 200
"""Articles analysed and committed together."""
FULL_REFRESH_SHARE = 2
"""An ingest that adds at least half of what the store then holds rebuilds everything kept (a first ingest, a
backfill); a smaller one (a round of following), only its new articles' stories."""
LOST_LETTERS = (
    "its text lost its letters (a page in another script saved in the wrong encoding): save it as UTF-8"
)
"""Why an article whose text lost its letters (``clean.language.lost_letters``) is skipped: no reader can read it."""

Progress = Callable[[str, int, int | None], None]
"""progress(stage, done, total): called as work advances (total None when unknown)."""

Analyser = Callable[[Sequence[Article]], Iterable[Analysis]]
"""analyser(articles): their analyses, in order. An analyser whose work runs in other processes may have
``start(articles)``, which starts it and returns what waits for the analyses (or None: call the analyser when
they are needed); each chunk's analysis then runs while the chunk before it is written. It may have ``map``
too (see ``materialise.Mapper``)."""

OnChunk = Callable[[Store, list[str]], object]
"""on_chunk(store, added): called inside each chunk's write transaction, after the cross-article step, with the
ids of the articles the chunk added (a follower records what they changed, in the same transaction)."""


@dataclass
class IngestReport:
    """What an ingest did: counts, the skipped inputs with their reasons, libraries' warnings about inputs, the
    requests it sent, and the time it took."""

    added: int = 0
    unchanged: int = 0
    read: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    warnings: list[Notice] = field(default_factory=list)
    requests: int = 0
    seconds: float = 0.0
    stopped: bool = False
    kept: Refreshed | None = None

    def summary(self) -> str:
        parts = [f"{self.added} added", f"{self.unchanged} already stored"]
        if self.skipped:
            parts.append(f"{len(self.skipped)} skipped")
        if self.warnings:
            parts.append(f"{len(self.warnings)} warnings")
        return ", ".join(parts) + f" in {self.seconds:.1f}s"


def ingest(
    sources: Iterable[str | Path],
    store: Store,
    analyser: Analyser | None = None,
    progress: Progress | None = None,
    chunk: int = CHUNK,
    fetching: FetchPolicy | None = None,
    fetcher: Fetcher | None = None,
    changes: bool = True,
    keep: bool = True,
) -> IngestReport:
    """Reads every source into the store; bad inputs are reported in the result, never raised.

    ``fetching`` is what the ingest may fetch (default ``FetchPolicy()``: links in local files are not fetched,
    links found in content reach public addresses only); ``fetcher`` replaces the whole fetching machinery (a
    test's resolver, say). ``changes``: record what each chunk changed in its stories (``storyline changes``).
    ``keep``: build and keep what the export and the pages read (``materialise``) once the articles are stored.
    """
    own = fetcher is None
    fetcher = fetcher or Fetcher(fetching)
    hook = record_changes if changes else None
    try:
        report = ingest_items(
            read_all(sources, fetcher), store, analyser, progress, chunk, on_chunk=hook, keep=keep
        )
    finally:
        if own:
            fetcher.close()
    report.requests = fetcher.requests
    return report


def ingest_items(
    items: Iterable[object],
    store: Store,
    analyser: Analyser | None = None,
    progress: Progress | None = None,
    chunk: int = CHUNK,
    on_chunk: OnChunk | None = None,
    stop: Callable[[], bool] | None = None,
    keep: bool = True,
) -> IngestReport:
    """Stores what readers yielded (articles, refusals, warnings) in committed chunks.

    ``stop``, asked after each committed chunk, ends the ingest there (``report.stopped``): what was read and not
    committed is left for the next run, which finds the committed articles already stored."""
    started = time.perf_counter()
    report = IngestReport()
    analyser = analyser or _default_analyser()
    pending: dict[str, RawArticle] = {}
    first_seq = store.last_seq()
    ahead: list[_Prepared] = []  # a chunk whose analysis runs in the workers while the one before is written

    def commit() -> None:
        if ahead:
            _commit_chunk(ahead.pop(), store, analyser, report, on_chunk, ahead)
            if progress:
                progress("stored", report.added + report.unchanged, None)
        if stop is not None and stop():
            raise _Stopped

    def flush() -> None:
        prepared = _prepare_chunk(list(pending.items()), store, analyser, report) if pending else None
        pending.clear()
        if prepared is not None and prepared.waiting is not None:
            ahead.insert(0, prepared)  # analysed in the workers while the chunk before is written
            if len(ahead) > 1:
                commit()
            if stop is not None and stop():
                commit()  # asked to stop: the chunk read is written and nothing more is read, as one by one
            return
        if ahead:  # nothing runs in the workers: the chunk before is written first, as read
            commit()
        if prepared is not None:
            ahead.append(prepared)
        commit()

    try:
        _read_into(items, pending, report, progress, chunk, flush)
        flush()
        while ahead:
            commit()
    except _Stopped:
        report.stopped = True
    if report.added and keep:
        report.kept = _keep_results(store, first_seq, report.added, progress, getattr(analyser, "map", None))
    report.seconds = time.perf_counter() - started
    return report


def _keep_results(
    store: Store, first_seq: int, added: int, progress: Progress | None, mapper: Mapper | None = None
) -> Refreshed:
    """Builds and keeps what the export and the pages read: everything when the ingest added a large share of
    the store (and what nothing asks for any more is dropped), else only the documents of the new articles'
    stories, so that a small ingest into a large store (a round of following) costs about what it changed; a
    storyline page is then built on its first view. ``mapper`` (the analyser's map over its workers) builds
    the reconstructions of a full refresh in parallel first."""
    built = (lambda n: progress("stories kept", n, None)) if progress else None
    if added * FULL_REFRESH_SHARE >= store.count():

        def ask_everything(wanted: Kept) -> None:
            corpus = Corpus(store, wanted, remember_analyses=True)
            if mapper is not None:
                # a worker lost on the way costs only time: what was not built is built below, here
                with contextlib.suppress(Exception):
                    wanted.prebuild_documents(corpus.document_jobs(), mapper, build_documents)
                with contextlib.suppress(Exception):
                    wanted.prebuild(corpus.reconstruction_jobs(), mapper)
            corpus.ask_everything_kept()

        return refresh(store, ask_everything, built)
    new = store.added_since(first_seq)
    return refresh(store, lambda wanted: Corpus(store, wanted).ask_kept_for(new), built, drop=False)


class _Stopped(Exception):
    """Raised out of a flush to end an ingest that was asked to stop."""


def _read_into(
    items: Iterable[object],
    pending: dict[str, RawArticle],
    report: IngestReport,
    progress: Progress | None,
    chunk: int,
    flush: Callable[[], None],
) -> None:
    """Sorts what the readers yield: refusals and warnings into the report, articles into chunks."""
    for item in items:
        if isinstance(item, Notice):
            report.warnings.append(item)
            continue
        if isinstance(item, Skipped):
            report.skipped.append(item)
            if progress:
                progress("skipped", len(report.skipped), None)
            continue
        report.read += 1
        body = item.text or item.html or ""
        if len(body) > MAX_ARTICLE_CHARS:
            report.skipped.append(
                Skipped(
                    item.source, f"article is {len(body):,} characters, over the {MAX_ARTICLE_CHARS:,} limit"
                )
            )
            continue
        aid = article_id(item)
        if aid in pending:
            report.unchanged += 1
            continue
        pending[aid] = item
        if len(pending) >= chunk:
            flush()


def _default_analyser() -> Analyser:
    from .analyse.run import analyse_articles

    return lambda articles: analyse_articles(articles)


@dataclass
class _Prepared:
    """A chunk read, cleaned and sent to be analysed, not yet written.

    ``waiting`` waits for the analyses that run in the analyser's workers (None: they are made when the chunk is
    written). What preparing it would have added to the report (its articles already stored, the ones it
    could not clean) is held until it is written, and goes in at the place in the report's lists where it
    stood when the chunk was read (``skipped_at``, ``warnings_at``), so that a chunk analysed while the one
    before it is written reports exactly what writing the chunks one after the other reports."""

    articles: list[tuple[Article, RawArticle]]
    known: set[str]
    unclean: list[tuple[str, Skipped]]
    waiting: Callable[[], Iterable[Analysis]] | None
    skipped_at: int
    warnings_at: int


def _prepare_chunk(
    items: list[tuple[str, RawArticle]], store: Store, analyser: Analyser, report: IngestReport
) -> _Prepared | None:
    """The chunk's new articles cleaned, and their analysis started in the analyser's workers when it can run
    there (``Analyser.start``), so that the chunk before is written meanwhile. None when nothing is new."""
    known = store.known(aid for aid, _ in items)
    fresh = [(aid, raw) for aid, raw in items if aid not in known]
    unclean: list[tuple[str, Skipped]] = []
    articles = []
    for aid, raw in fresh:
        try:
            article = clean(raw, aid=aid)
        except Exception as exc:  # a bug on one odd input must not sink the batch
            unclean.append((aid, Skipped(raw.source, f"could not be cleaned ({type(exc).__name__}: {exc})")))
            continue
        if not article.text.strip():
            unclean.append((aid, Skipped(raw.source, "no article text left after removing page debris")))
            continue
        if lost_letters(article.text):
            unclean.append((aid, Skipped(raw.source, LOST_LETTERS)))
            continue
        articles.append((article, raw))
    start = getattr(analyser, "start", None)
    waiting = start([a for a, _ in articles]) if start is not None and articles else None
    return _Prepared(articles, set(known), unclean, waiting, len(report.skipped), len(report.warnings))


def _commit_chunk(
    prepared: _Prepared,
    store: Store,
    analyser: Analyser,
    report: IngestReport,
    on_chunk: OnChunk | None = None,
    later: Sequence[_Prepared] = (),
) -> None:
    """Writes a prepared chunk with the cross-article updates it causes, in one transaction. Articles that the
    chunk before stored meanwhile (the same article read twice) count as already stored, as they would have
    had that chunk been written before this one was read; ``later``: chunks read since, whose places in the
    report's lists move with what this one puts in before them."""
    ids = [a.id for a, _ in prepared.articles] + [aid for aid, _ in prepared.unclean]
    now_known = store.known(ids)
    known = prepared.known | now_known
    report.unchanged += len(known)
    skipped = [why for aid, why in prepared.unclean if aid not in now_known]
    warnings: list[Notice] = []
    articles = [(a, raw) for a, raw in prepared.articles if a.id not in now_known]
    waiting = prepared.waiting if len(articles) == len(prepared.articles) else None
    if waiting is None and prepared.waiting is not None:
        # what the workers made is not needed (some of the articles were stored meanwhile): waited for, dropped
        with contextlib.suppress(Exception):
            list(prepared.waiting())
    if articles:
        articles, analyses = _analysed(articles, analyser, skipped, waiting)
        _write_chunk(articles, analyses, store, report, on_chunk, warnings)
    report.skipped[prepared.skipped_at : prepared.skipped_at] = skipped
    report.warnings[prepared.warnings_at : prepared.warnings_at] = warnings
    for chunk in later:
        chunk.skipped_at += len(skipped)
        chunk.warnings_at += len(warnings)


def _write_chunk(
    articles: list[tuple[Article, RawArticle]],
    analyses: list[Analysis],
    store: Store,
    report: IngestReport,
    on_chunk: OnChunk | None,
    warnings: list[Notice],
) -> None:
    with store.write():
        added = []
        for (article, raw), analysis in zip(articles, analyses, strict=True):
            if store.add(article, analysis, raw, site=site_of(article.url) if article.url else None):
                store.add_lines(furniture.group_of(article), article.id, furniture.evidence(article))
                added.append(article.id)
            else:
                report.unchanged += 1
        report.added += len(added)
        update_across(store, [a.id for a, _ in articles])
        if on_chunk is not None and added:
            try:
                on_chunk(store, added)
            except Exception as exc:  # what a chunk changed is told, not needed: its articles stay
                first = next(a.source for a, _ in articles if a.id == added[0])
                why = f"what the {len(added)} articles stored with this one changed was not recorded"
                warnings.append(Notice(first, f"{why} ({type(exc).__name__}: {exc})"))


def _analysed(
    articles: list[tuple[Article, RawArticle]],
    analyser: Analyser,
    skipped: list[Skipped],
    waiting: Callable[[], Iterable[Analysis]] | None = None,
) -> tuple[list[tuple[Article, RawArticle]], list[Analysis]]:
    """The chunk's analyses (``waiting``'s, when they were started before); when the chunk fails, each article
    alone, and one that fails alone is skipped."""
    try:
        done = waiting() if waiting is not None else analyser([a for a, _ in articles])
        return articles, list(done)
    except Exception:  # some article in the chunk breaks the analysis: find which, keep the others
        pass
    kept, analyses = [], []
    for article, raw in articles:
        try:
            analyses.extend(analyser([article]))
        except Exception as exc:  # one article that breaks the analysis must not sink the batch
            skipped.append(Skipped(article.source, f"could not be analysed ({type(exc).__name__}: {exc})"))
            continue
        kept.append((article, raw))
    return kept, analyses
