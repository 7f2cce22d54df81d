"""Reconstructions and page documents built once and kept in the store, so that exports and pages read them
instead of redoing them.

A story's reconstruction is a function of its articles, their annotations, its quotes and the code; it is kept
without its quotes (put in on reading, cheaply) under the digest of the rest (``inputs_digest``). A story's or
storyline's page document is a function of the story, its articles, their analyses as stored and their outlets'
furniture; it is kept under the digest of those, read before anything is decoded or merged (``document_digest``).
A reader computes the digest from what it reads, takes the kept result when there is one and builds it otherwise,
so a kept result is never stale and a store without them (older, or mid-ingest) reads the same. ``refresh`` runs
after each ingest: it asks for everything the export and the pages ask for, keeps what it had to build and drops
what nothing asks for any more.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import importlib.metadata
import json
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import Any

from .models import Analysis, Article, Entity, Quote
from .reconstruct import Reconstruction, reconstruct_story
from .reconstruct.coverage import with_quotes
from .reconstruct.text import forget_articles
from .store import Store
from .store.codec import from_data, to_data
from .store.derived import DerivedTables, encode, encode_records

WRITE_BATCH = 100
"""Results written per transaction by a refresh (so that a writer never waits long on it)."""
FULL_COLLECTION_EVERY = 1000
"""During a refresh, the collector's passes over its youngest two generations between passes over every object
(Python's default is 10): a refresh holds every article's analysis decoded (millions of objects) and makes
results that live until written, so each full pass scanned them all again for little garbage; 15 of them cost
a full refresh of Timeline17 dev a sixth of its CPU (4 s of 25)."""
_LIBRARIES = ("numpy", "scipy", "scikit-learn")


@cache
def code_digest() -> str:
    """A digest of this package's source and the versions of the libraries reconstruction calls: a kept
    reconstruction made by other code is not used."""
    h = hashlib.sha256()
    root = Path(__file__).resolve().parent
    for path in sorted(root.rglob("*.py")):
        h.update(path.relative_to(root).as_posix().encode())
        h.update(path.read_bytes())
    for name in _LIBRARIES:
        try:
            h.update(f"{name}={importlib.metadata.version(name)}".encode())
        except importlib.metadata.PackageNotFoundError:
            h.update(name.encode())
    return h.hexdigest()


AnalysisDigests = dict[int, tuple[Analysis | None, bytes]]
"""Analyses' digests by the analysis object's id, each with the object (held, so that its id stays its own)."""


def inputs_digest(
    articles: Sequence[Article], analyses: Mapping[str, Analysis], known: AnalysisDigests | None = None
) -> str:
    """The digest of everything ``reconstruct_story`` reads of these articles, quotes aside (the dataclasses'
    reprs are exact and ordered; an analysis is taken by the digest of its repr). ``known``: the digests of
    the analyses already taken, by object (a refresh asks for each article's in several stories)."""
    h = hashlib.sha256(code_digest().encode())
    for article in articles:
        h.update(repr(article).encode())
        h.update(_analysis_digest(analyses.get(article.id), known))
    return h.hexdigest()


def _analysis_digest(analysis: Analysis | None, known: AnalysisDigests | None) -> bytes:
    found = known.get(id(analysis)) if known is not None else None
    if found is not None and found[0] is analysis:
        return found[1]
    digest = hashlib.sha256(repr(analysis).encode()).digest()
    if known is not None:
        known[id(analysis)] = (analysis, digest)
    return digest


def document_digest(
    head: object, articles: Sequence[Article], analyses: Mapping[str, str], furniture: object
) -> str:
    """The digest of what a story's or storyline's page document is built from, taken before anything is
    decoded or merged: ``head`` (the story or storyline and what it refers to), the articles, their stored
    analyses as stored (``analyses``: id -> JSON text) and their outlets' furniture keys."""
    digest = DocumentDigest(head)
    digest.add(articles, analyses)
    return digest.hexdigest(furniture)


class DocumentDigest:
    """:func:`document_digest` taken a page of articles at a time (the whole store's, for the streamed export)."""

    def __init__(self, head: object) -> None:
        self._h = hashlib.sha256(code_digest().encode())
        self._h.update(repr(head).encode())

    def add(self, articles: Sequence[Article], analyses: Mapping[str, str]) -> None:
        """The next articles, in order, with their stored analyses (id -> JSON text)."""
        for article in articles:
            self._h.update(repr(article).encode())
            self._h.update(analyses.get(article.id, "").encode())

    def hexdigest(self, furniture: object) -> str:
        """The digest, once every article is added, with their outlets' furniture keys."""
        h = self._h.copy()
        h.update(repr(furniture).encode())
        return h.hexdigest()


@dataclass(frozen=True)
class Encoded:
    """A page document built during a refresh, as the JSON text it is kept as: encoded once, for the page to
    read back and the store to take."""

    text: str


@dataclass(frozen=True)
class Merged:
    """Entities and quotes merged during a refresh, as they were merged: kept as they are until written (encoded from
    their fields then), so that the export that asks for them need not decode them."""

    entities: list[Entity]
    quotes: list[Quote]


@dataclass
class Kept:
    """Reconstructions and page documents read through the store: kept ones decoded, others built. With
    ``collect``, what was built is remembered (for ``refresh`` to keep), and every digest asked for."""

    tables: DerivedTables | None
    collect: bool = False
    asked: set[str] = field(default_factory=set)
    built: dict[str, Any] = field(default_factory=dict)
    """What was built, by digest: JSON-ready data, a ``Reconstruction`` as it was built (encoded from its fields when
    it is written) or a page document as its JSON text (``Encoded``)."""
    on_built: Callable[[int], object] | None = None
    """Called with the count built so far, after each result built while collecting (progress)."""
    analysis_digests: AnalysisDigests = field(default_factory=dict)
    """The analyses' digests taken while collecting (``inputs_digest``)."""

    def reconstruction(
        self, articles: Sequence[Article], analyses: Mapping[str, Analysis], quotes: Sequence[Quote]
    ) -> Reconstruction:
        """The reconstruction of a story of these articles, annotations and quotes. Only the coverage's quotes
        depend on the quotes, so what is kept is built without them and they are put in on reading: the export's
        and the page's versions of a story (whose quotes are merged over different articles) share it."""
        digest = self._inputs_digest(articles, analyses)
        data = self._data(digest)
        if isinstance(data, Reconstruction):  # built during this refresh: kept as it is until written
            told = data
        elif data is not None:
            told = from_data(Reconstruction, data)
        else:
            told = reconstruct_story(articles, analyses, ())
            if self.collect:
                self._keep(digest, told)
        return replace(told, coverage=with_quotes(told.coverage, articles, analyses, quotes))

    def document(self, digest: str, build: Callable[[], Any]) -> Any:
        """The JSON-ready data kept under ``digest``, or ``build()``'s as JSON gives it back (so a built one and
        a kept one are alike)."""
        data = self._data(digest)
        if isinstance(data, Encoded):
            return json.loads(data.text)
        if data is None:
            text = encode(build())
            data = json.loads(text)
            if self.collect:
                self._keep(digest, Encoded(text))
        return data

    def keep_document(self, digest: str, build: Callable[[], Any]) -> None:
        """What :meth:`document` keeps, without reading it: ``build()``'s JSON text, kept under ``digest``
        unless the store or this refresh holds it already (what a refresh asks for, to keep, not to show)."""
        if self._data(digest, read=False) is None:
            text = encode(build())
            if self.collect:
                self._keep(digest, Encoded(text))

    def merged(
        self, digest: str, merge: Callable[[], tuple[list[Entity], list[Quote]]]
    ) -> tuple[list[Entity], list[Quote]]:
        """Entities and quotes merged across articles, kept under ``digest`` (see ``document_digest``)."""
        data = self._data(digest)
        if isinstance(data, Merged):  # built by ``prebuild_documents``
            return data.entities, data.quotes
        if data is not None:
            return [from_data(Entity, e) for e in data[0]], [from_data(Quote, q) for q in data[1]]
        entities, quotes = merge()
        if self.collect:
            self._keep(digest, [to_data(entities), to_data(quotes)])
        return entities, quotes

    def prebuild(self, jobs: Iterable[Job], mapper: Mapper) -> int:
        """Builds at once, through ``mapper`` (a map over worker processes), the reconstructions of these
        (articles, analyses) that are neither kept nor built yet, so that asking for them finds them built: the
        same results as building each when asked, spread over the workers. Returns how many it built."""
        todo: dict[str, Job] = {}
        for articles, analyses in jobs:
            digest = self._inputs_digest(articles, analyses)
            if digest not in self.built:
                todo.setdefault(
                    digest, (articles, {a.id: analyses[a.id] for a in articles if a.id in analyses})
                )
        if self.tables is not None:
            for digest in self.tables.known(list(todo)):
                del todo[digest]
        largest_first = sorted(todo, key=lambda digest: -len(todo[digest][0]))  # the longest jobs start first
        results = mapper(build_reconstruction, [todo[digest] for digest in largest_first])
        for digest, data in zip(largest_first, results, strict=True):
            self._keep(digest, data)
        return len(todo)

    def prebuild_documents(
        self,
        jobs: Iterable[tuple[Sequence[str], DocumentsJob]],
        mapper: Mapper,
        build: Callable[[DocumentsJob], tuple[Reconstruction | Merged, Sequence[str]]],
    ) -> int:
        """Builds at once, through ``mapper``, the page documents that are neither kept nor built yet, and the
        reconstructions they are built with, so that asking for them finds them built: ``jobs`` are (the
        digests of a job's documents, the job), ``build(job)`` gives the job's reconstruction as kept and its
        documents' JSON texts in the order of their digests (a job that gives ``Merged`` instead is the whole
        store's merge, read by :meth:`merged`). Spread over the workers, a refresh leaves little but the digests
        and the writing to this process. Returns how many results it built."""
        todo = [(digests, job) for digests, job in jobs if any(not self._has(d) for d in digests)]
        todo.sort(key=lambda item: -len(item[1][0]))  # the longest jobs start first
        results = mapper(build, [job for _, job in todo])
        made = 0
        for (digests, (articles, analyses, _)), (told, texts) in zip(todo, results, strict=True):
            if isinstance(told, Merged):  # the whole store's merge: kept under the job's one digest
                if not self._has(digests[0]):
                    self._keep(digests[0], told)
                    made += 1
                continue
            digest = self._inputs_digest(articles, analyses)
            if not self._has(digest):
                self._keep(digest, told)
            for digest, text in zip(digests, texts, strict=True):
                if not self._has(digest):
                    self._keep(digest, Encoded(text))
                    made += 1
        return made

    def _has(self, digest: str) -> bool:
        """Whether a result is built or kept under ``digest`` (asked for, when collecting)."""
        return self._data(digest, read=False) is not None

    def _inputs_digest(self, articles: Sequence[Article], analyses: Mapping[str, Analysis]) -> str:
        """``inputs_digest``, each analysis' digest taken once while collecting (a refresh's analyses live as
        long as it; a reader's are read afresh and would only pile up)."""
        return inputs_digest(articles, analyses, self.analysis_digests if self.collect else None)

    def _keep(self, digest: str, data: Any) -> None:
        self.built[digest] = data
        if self.on_built is not None:
            self.on_built(len(self.built))

    def _data(self, digest: str, read: bool = True) -> Any | None:
        """What was built or kept under ``digest`` (with ``read`` False, only whether there is one: True)."""
        if self.collect:
            self.asked.add(digest)
            if digest in self.built:
                return self.built[digest]
        if self.tables is None:
            return None
        if not read:
            return True if self.tables.known([digest]) else None
        return self.tables.get(digest)


Job = tuple[Sequence[Article], Mapping[str, Analysis]]
"""A story's articles and their analyses: what its reconstruction is built from."""
DocumentsJob = tuple[Sequence[Article], Mapping[str, Analysis], Any]
"""Articles, their analyses and what else the page documents built from them need (``corpus.DocumentsJob``)."""
Mapper = Callable[[Callable[[Job], Any], list[Job]], Iterable[Any]]
"""A map (``fn``, items) -> results in order, over worker processes or in this one."""


def build_reconstruction(job: Job) -> Reconstruction:
    """A story's reconstruction as it is kept (without its quotes); runs in a worker. It comes back as it was
    built, not as JSON-ready data, so that the documents asking for it need not decode it again."""
    articles, analyses = job
    return reconstruct_story(articles, analyses, ())


@dataclass(frozen=True)
class Refreshed:
    """What a refresh did: results asked for, built (and kept) now, and dropped as no longer asked for."""

    asked: int
    built: int
    dropped: int


def _encoded(built: Any) -> str:
    """What ``Kept`` built, as the JSON text the store keeps."""
    if isinstance(built, Encoded):
        return built.text
    if isinstance(built, Merged):
        return encode_records([built.entities, built.quotes])
    return encode_records(built)  # a Reconstruction as it was built, or JSON-ready data


def refresh(
    store: Store,
    ask_all: Callable[[Kept], None],
    on_built: Callable[[int], object] | None = None,
    drop: bool = True,
) -> Refreshed:
    """Keeps everything ``ask_all`` asks for (through the ``Kept`` it is given) and, with ``drop``, drops the rest
    (only a caller that asked for everything may); ``on_built`` hears how many were built so far. The building
    happens outside any write transaction; each batch is written in its own."""
    wanted = Kept(store.derived, collect=True, on_built=on_built)
    try:
        with _few_full_collections():
            ask_all(wanted)
            items = list(wanted.built.items())
            for start in range(0, len(items), WRITE_BATCH):
                with store.write():
                    for digest, data in items[start : start + WRITE_BATCH]:
                        store.derived.put_text(digest, _encoded(data))
    finally:
        forget_articles()
    dropped = 0
    if drop:
        with store.write():
            dropped = store.derived.keep(wanted.asked)
    return Refreshed(len(wanted.asked), len(items), dropped)


@contextlib.contextmanager
def _few_full_collections() -> Iterator[None]:
    """The garbage collector's full passes made rarer while the block runs (``FULL_COLLECTION_EVERY``), its
    settings as they were after the last of overlapping blocks ends (the setting is the process's); young objects
    are collected as usual, and what is left waits for the next full pass."""
    with _COLLECTIONS.lock:
        if _COLLECTIONS.held == 0:
            _COLLECTIONS.saved = gc.get_threshold()
            young, middle, full = _COLLECTIONS.saved
            gc.set_threshold(young, middle, max(full, FULL_COLLECTION_EVERY))
        _COLLECTIONS.held += 1
    try:
        yield
    finally:
        with _COLLECTIONS.lock:
            _COLLECTIONS.held -= 1
            if _COLLECTIONS.held == 0:
                gc.set_threshold(*_COLLECTIONS.saved)


class _Collections:
    """How many blocks now hold the collector's full passes rare, and its settings before the first."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.held = 0
        self.saved: tuple[int, ...] = gc.get_threshold()


_COLLECTIONS = _Collections()
