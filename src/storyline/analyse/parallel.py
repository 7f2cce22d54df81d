"""Where per-article analysis runs: in this process, in N local processes, or on a Dask cluster.

Each returns an ``Analyser`` for ``pipeline.ingest``: a function from a list of cleaned articles to their
analyses, in order, with a ``map`` that spreads other work of the ingest over the same workers (the
reconstructions it keeps). The spaCy model is loaded once per worker process; results are the same wherever they
run.

Worker processes end when the ingest that started them dies, however it dies: ``kill -9`` runs no cleanup in
the ingest, so each worker watches for itself, and leaves as soon as its parent process is gone.
"""

from __future__ import annotations

import importlib.util
import multiprocessing as mp
import os
import signal
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Executor, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TypeVar

from ..errors import StorylineError
from ..models import Analysis, Article

T = TypeVar("T")
R = TypeVar("R")

PART = 16
"""Articles sent to a worker at a time (enough for ``nlp.pipe`` batching, small enough to balance load)."""

PART_CHARS = 60_000
"""Characters sent to a worker at a time: a part closes early at this size, so a few very long articles do not
leave one worker busy while the others wait."""


def analyse_part(articles: Sequence[Article]) -> list[Analysis]:
    """Analyses one part; runs inside a worker process (the model is cached per process)."""
    from .run import analyse_articles

    return list(analyse_articles(articles))


def _parts(articles: Sequence[Article], size: int, chars: int = PART_CHARS) -> list[list[Article]]:
    """Consecutive parts of at most ``size`` articles, each closed once it holds ``chars`` characters."""
    parts: list[list[Article]] = []
    part: list[Article] = []
    held = 0
    for article in articles:
        part.append(article)
        held += len(article.text)
        if len(part) >= size or held >= chars:
            parts.append(part)
            part, held = [], 0
    if part:
        parts.append(part)
    return parts


WATCH_SECONDS = 0.5
"""How often a worker checks that the ingest that started it is still there."""


def watch_parent(parent: int, interval: float = WATCH_SECONDS) -> None:
    """Ends this process as soon as the ingest ``parent`` is gone: this process is handed to init or a
    subreaper (its parent changes), or ``parent`` no longer exists (when a fork server started this one). A
    daemon thread checks every ``interval`` seconds."""

    def watch() -> None:
        first = os.getppid()
        while os.getppid() == first and _alive(parent):
            time.sleep(interval)
        os._exit(1)

    threading.Thread(target=watch, name="storyline-watch-parent", daemon=True).start()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _start_worker(parent: int, load_model: bool = True) -> None:
    """A local worker's start: watch the ingest, then load the model. Ctrl+C reaches every process of the
    terminal's group: the ingest decides what it means (a follower finishes its chunk), so workers ignore it."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    watch_parent(parent)
    if load_model:
        _warm()


def _warm() -> None:
    from .nlp import load_nlp

    load_nlp()


def worker_pool(workers: int, load_model: bool = True) -> ProcessPoolExecutor:
    """``workers`` spawned processes that end with this one, each with the model loaded (``load_model``)."""
    return ProcessPoolExecutor(
        workers,
        mp_context=mp.get_context("spawn"),
        initializer=_start_worker,
        initargs=(os.getpid(), load_model),
    )


def _noop(_: object) -> None:
    return None


def default_workers() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)


class LocalAnalyser:
    """Analysis in ``workers`` local processes (or in this one when workers == 1).

    Batches smaller than ``min_parallel`` run in this process until the pool exists: starting workers (each
    loading the model) costs more than a handful of articles.
    """

    def __init__(self, workers: int, min_parallel: int = 2 * PART) -> None:
        self.workers = max(1, workers)
        self.min_parallel = min_parallel
        self.pool: Executor | None = None

    def __call__(self, articles: Sequence[Article]) -> Iterable[Analysis]:
        if self.workers == 1 or (self.pool is None and len(articles) < self.min_parallel):
            return analyse_part(articles)
        if self.pool is None:
            self.pool = worker_pool(self.workers)
        size = max(1, min(PART, -(-len(articles) // self.workers)))
        out: list[Analysis] = []
        try:
            for part in self.pool.map(analyse_part, _parts(articles, size)):
                out.extend(part)
        except BrokenProcessPool:  # a worker died (out of memory, a crash): the next batch gets a fresh pool
            self.pool.shutdown(wait=False, cancel_futures=True)
            self.pool = None
            raise
        return out

    def start(self, articles: Sequence[Article]) -> Callable[[], list[Analysis]] | None:
        """Starts analysing ``articles`` in the workers and returns what waits for their analyses (in order), so
        that the ingest writes the chunk before meanwhile; None where they would run in this process (one
        worker, or a batch too small to start the workers for), for the caller to analyse them when it needs
        them."""
        if self.workers == 1 or (self.pool is None and len(articles) < self.min_parallel):
            return None
        if self.pool is None:
            self.pool = worker_pool(self.workers)
        pool = self.pool
        size = max(1, min(PART, -(-len(articles) // self.workers)))
        futures = [pool.submit(analyse_part, part) for part in _parts(articles, size)]

        def wait() -> list[Analysis]:
            out: list[Analysis] = []
            try:
                for future in futures:
                    out.extend(future.result())
            except BrokenProcessPool:  # as in __call__: the next batch gets a fresh pool
                if self.pool is pool:
                    pool.shutdown(wait=False, cancel_futures=True)
                    self.pool = None
                raise
            return out

        return wait

    def map(self, function: Callable[[T], R], items: list[T]) -> list[R]:
        """``function`` over ``items`` in the workers when they are running (else in this process), in order:
        other work an ingest can spread, such as building reconstructions."""
        if self.pool is None:
            return [function(item) for item in items]
        return list(self.pool.map(function, items))

    def warm(self) -> None:
        """Starts the workers and loads the model in each now, rather than on the first batch."""
        if self.workers == 1:
            _warm()
            return
        if self.pool is None:
            self.pool = worker_pool(self.workers)
        list(self.pool.map(_noop, range(self.workers * 2)))

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown()


def _watch_ingest(parent: int) -> object:
    """A Dask worker plugin: each local worker (restarted ones too) ends when the ingest that started it does."""
    from distributed.diagnostics.plugin import WorkerPlugin

    class WatchIngest(WorkerPlugin):
        name = "storyline-watch-ingest"

        def setup(self, worker: object) -> None:
            watch_parent(parent)

    return WatchIngest()


class DaskAnalyser:
    """Analysis on a Dask distributed cluster: ``scheduler`` is ``tcp://HOST:PORT`` or None for a LocalCluster."""

    def __init__(self, scheduler: str | None, workers: int = 2) -> None:
        try:
            from distributed import Client, LocalCluster
        except ModuleNotFoundError as exc:
            raise StorylineError(
                "running on Dask needs its extra: pip install 'storyline[dask]' (or -e '.[dask]' in a checkout)"
            ) from exc

        self.cluster = None
        if scheduler is None:
            # The dashboard needs bokeh (in the dask extra); without it the cluster runs without one.
            dashboard = "127.0.0.1:0" if importlib.util.find_spec("bokeh") else None
            self.cluster = LocalCluster(
                n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=dashboard
            )
            self.client = Client(self.cluster)
            self.client.register_plugin(_watch_ingest(os.getpid()))
        else:
            self.client = Client(scheduler)

    @property
    def where(self) -> str:
        """The scheduler's address and its dashboard's, for people watching the run."""
        link = self.client.dashboard_link if self.cluster is None or self.cluster.dashboard_link else None
        dashboard = f"dashboard {link}" if link else "no dashboard (pip install bokeh)"
        return f"Dask scheduler {self.client.scheduler.address}, {dashboard}"

    def __call__(self, articles: Sequence[Article]) -> Iterable[Analysis]:
        futures = self.client.map(analyse_part, _parts(articles, PART), pure=False)
        out: list[Analysis] = []
        for part in self.client.gather(futures):
            out.extend(part)
        return out

    def map(self, function: Callable[[T], R], items: list[T]) -> list[R]:
        """``function`` over ``items`` on the cluster's workers, in order; in this process when the cluster has
        one worker (sending the work there would only add its transfer, with this process waiting)."""
        if len(self.client.scheduler_info().get("workers", {})) < 2:
            return [function(item) for item in items]
        return self.client.gather(self.client.map(function, items, pure=False))

    def warm(self) -> None:
        self.client.run(_warm)

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()


def make_analyser(
    workers: int | None = None, scheduler: str | None = None, dask_local: bool = False
) -> LocalAnalyser | DaskAnalyser:
    """The analyser the options ask for (the caller closes it with ``.close()``)."""
    if scheduler or dask_local:
        return DaskAnalyser(scheduler, workers or 2)
    return LocalAnalyser(workers or default_workers())
