"""Ingest: read -> clean -> analyse -> store -> cross-article steps, in committed chunks.

Each chunk of new articles is written in one transaction together with the cross-article updates it causes, so
an ingest killed at any point leaves a store that a re-run completes (ids are content hashes; what is stored is
skipped).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .across import update as update_across
from .clean import candidate_lines, clean, outlet_hint, site_of
from .ids import article_id
from .models import Analysis, Article, RawArticle
from .readers import read_all
from .readers.base import Skipped
from .readers.limits import MAX_ARTICLE_CHARS
from .store import Store

CHUNK = 200
"""Articles analysed and committed together."""

Progress = Callable[[str, int, int | None], None]
"""progress(stage, done, total): called as work advances (total None when unknown)."""

Analyser = Callable[[Sequence[Article]], Iterable[Analysis]]


@dataclass
class IngestReport:
    """What an ingest did: counts, the skipped inputs with their reasons, and the time it took."""

    added: int = 0
    unchanged: int = 0
    read: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    seconds: float = 0.0

    def summary(self) -> str:
        parts = [f"{self.added} added", f"{self.unchanged} already stored"]
        if self.skipped:
            parts.append(f"{len(self.skipped)} skipped")
        return ", ".join(parts) + f" in {self.seconds:.1f}s"


def ingest(
    sources: Iterable[str | Path],
    store: Store,
    analyser: Analyser | None = None,
    progress: Progress | None = None,
    chunk: int = CHUNK,
) -> IngestReport:
    """Reads every source into the store; bad inputs are reported in the result, never raised."""
    started = time.perf_counter()
    report = IngestReport()
    analyser = analyser or _default_analyser()
    pending: dict[str, RawArticle] = {}

    def flush() -> None:
        if pending:
            _ingest_chunk(list(pending.items()), store, analyser, report)
            pending.clear()
            if progress:
                progress("stored", report.added + report.unchanged, None)

    for item in read_all(sources):
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
    flush()
    report.seconds = time.perf_counter() - started
    return report


def _default_analyser() -> Analyser:
    from .analyse.run import analyse_articles

    return lambda articles: analyse_articles(articles)


def _ingest_chunk(
    items: list[tuple[str, RawArticle]], store: Store, analyser: Analyser, report: IngestReport
) -> None:
    known = store.known(aid for aid, _ in items)
    report.unchanged += len(known)
    fresh = [(aid, raw) for aid, raw in items if aid not in known]
    if not fresh:
        return
    hints = {aid: outlet_hint(raw) for aid, raw in fresh}
    with store.write():
        for aid, raw in fresh:
            if hints[aid]:
                store.add_outlet_lines(hints[aid], aid, candidate_lines(raw))
        recurring = {o: store.recurring_lines(o) for o in set(hints.values()) if o}
    articles = []
    for aid, raw in fresh:
        try:
            article = clean(raw, recurring.get(hints[aid] or "", frozenset()), aid=aid)
        except Exception as exc:  # a bug on one odd input must not sink the batch
            report.skipped.append(Skipped(raw.source, f"could not be cleaned ({type(exc).__name__}: {exc})"))
            continue
        if not article.text.strip():
            report.skipped.append(Skipped(raw.source, "no article text left after removing page debris"))
            continue
        articles.append((article, raw))
    analyses = list(analyser([a for a, _ in articles]))
    with store.write():
        for (article, raw), analysis in zip(articles, analyses, strict=True):
            if store.add(article, analysis, raw, site=site_of(article.url) if article.url else None):
                report.added += 1
            else:
                report.unchanged += 1
        update_across(store, [a.id for a, _ in articles])
