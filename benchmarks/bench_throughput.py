"""Throughput: `storyline ingest` end to end against spaCy's bare `nlp.pipe` over the same texts.

Both run at 1 and 2 processes (or the counts given) on the Timeline17 articles; the end-to-end rate should be at
least 70% of spaCy's bare rate at the same number of processes. spaCy runs the model's stock pipeline as
``spacy.load`` gives it (the model storyline uses, nothing disabled; storyline finds the same attribute rules
faster, ``analyse.attribute_rules``) over exactly the texts storyline analysed: the cleaned articles it stored,
so inputs it refuses (over the size limit) or cannot clean count on neither side.

    .venv/bin/python benchmarks/bench_throughput.py [--limit 300] [--workers 1 2] [--dask] [--repeat 2]

For a scaling curve (``--dask --workers 1 2 4 8 16 --no-spacy``) each run also prints how its time split between
the analysis, the only part spread over the workers, and the rest (reading, cleaning, the store, the
cross-article step and keeping the results, all in the ingesting process). ``--data`` points at a copy of the
Timeline17 folders elsewhere (another machine).
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from storyline import pipeline
from storyline.analyse.parallel import make_analyser
from storyline.analyse.run import is_english
from storyline.pipeline import CHUNK, ingest
from storyline.store import Store

ROOT = Path(__file__).resolve().parents[1]
T17 = ROOT.parent / "shared" / "data" / "timeline17"


def files(limit: int | None, root: Path = T17) -> list[Path]:
    found = sorted(p for p in root.glob("*/InputDocs/*/*") if p.is_file() and p.stat().st_size > 10)
    return found[:limit] if limit else found


def spacy_seconds(texts: list[str], processes: int) -> float:
    """Seconds for the model's stock pipeline over ``texts`` (the model load not counted)."""
    import spacy

    from storyline.analyse.nlp import MODEL

    nlp = spacy.load(MODEL)
    nlp("warm up")
    t0 = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=32, n_process=processes):
        pass
    return time.perf_counter() - t0


PHASES: dict[str, tuple[object, str]] = {
    "cleaning": (pipeline, "clean"),
    "storing": (Store, "add"),
    "cross-article": (pipeline, "update_across"),
    "changes": (pipeline, "record_changes"),
    "keeping": (pipeline, "_keep_results"),
}
"""The steps of an ingest that run in the ingesting process, each timed by wrapping what the pipeline calls."""


@contextlib.contextmanager
def phase_times() -> Iterator[dict[str, float]]:
    """Seconds spent in each step of ``PHASES`` while the block runs (the originals are put back after)."""
    spent = dict.fromkeys(["analysis", *PHASES], 0.0)
    originals = {phase: getattr(owner, name) for phase, (owner, name) in PHASES.items()}
    for phase, (owner, name) in PHASES.items():
        setattr(owner, name, _timed(originals[phase], phase, spent))
    try:
        yield spent
    finally:
        for phase, (owner, name) in PHASES.items():
            setattr(owner, name, originals[phase])


def _timed(function: Callable, phase: str, spent: dict[str, float]) -> Callable:
    @functools.wraps(function)
    def timed(*args: object, **kwargs: object) -> object:
        t0 = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            spent[phase] += time.perf_counter() - t0

    return timed


def storyline_run(
    paths: list[Path], workers: int, dask: bool, changes: bool = True, keep: bool = True, chunk: int = CHUNK
) -> tuple[float, dict[str, float], int, list[str]]:
    """Seconds for ``storyline ingest`` end to end and in each step, the articles added and their texts."""
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "t.db") as store, phase_times() as spent:
        analyser = make_analyser(workers, dask_local=dask)
        try:
            analyser.warm()  # start the workers and load the model before timing, as for spaCy
            if dask:
                print(f"  {workers} workers: {analyser.where}", flush=True)
            timed = _timed(analyser, "analysis", spent)
            timed.map = analyser.map  # the ingest spreads the reconstructions it keeps over the same workers
            timed.start = analyser.start  # a chunk is analysed in the workers while the one before is written
            t0 = time.perf_counter()
            report = ingest(paths, store, analyser=timed, changes=changes, keep=keep, chunk=chunk)
            seconds = time.perf_counter() - t0
        finally:
            analyser.close()
        texts = [a.text for a in store.articles() if is_english(a)]
        return seconds, dict(spent), report.added, texts


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--limit", type=int, default=None, help="use only the first N articles")
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--dask", action="store_true", help="run storyline's analysis on a local Dask cluster")
    ap.add_argument(
        "--no-changes", action="store_true", help="ingest without recording what each chunk changed"
    )
    ap.add_argument(
        "--no-keep", action="store_true", help="ingest without building what the export and the pages read"
    )
    ap.add_argument(
        "--repeat", type=int, default=1, help="runs of each side, alternating; the fastest counts"
    )
    ap.add_argument("--no-spacy", action="store_true", help="time storyline alone (a scaling curve)")
    ap.add_argument("--chunk", type=int, default=CHUNK, help="articles per committed chunk of the ingest")
    ap.add_argument("--data", type=Path, default=T17, help="the Timeline17 folder (default: ../shared's)")
    args = ap.parse_args()
    if not args.data.exists():
        print(f"skipped: {args.data} not found")
        return 0
    paths = files(args.limit, args.data)
    if args.no_spacy:
        return curve(paths, args)
    print(
        f"Timeline17: {len(paths)} files; spaCy runs over the texts storyline stored (cleaned, within limits)"
    )
    print(
        f"{'processes':>9} {'articles':>8} {'words':>9} {'spaCy art/s':>12} {'spaCy words/s':>14}"
        f" {'storyline art/s':>16} {'words/s':>10} {'ratio':>6}"
    )
    for n in args.workers:
        ours, _, added, texts = storyline_run(
            paths, n, args.dask, not args.no_changes, not args.no_keep, args.chunk
        )
        bare = spacy_seconds(texts, n)
        # On a shared machine the load shifts: alternate the two sides and keep the best run of each.
        for _ in range(args.repeat - 1):
            bare = min(bare, spacy_seconds(texts, n))
            again = storyline_run(paths, n, args.dask, not args.no_changes, not args.no_keep, args.chunk)
            ours = min(ours, again[0])
        words = sum(len(t.split()) for t in texts)
        print(
            f"{n:>9} {added:>8} {words:>9,} {len(texts) / bare:>12.2f} {words / bare:>14,.0f}"
            f" {added / ours:>16.2f} {words / ours:>10,.0f} {bare / ours:>6.0%}"
        )
    return 0


def curve(paths: list[Path], args: argparse.Namespace) -> int:
    """storyline's rate at each worker count, its speed-up over the first, and where the time went: the
    analysis (spread over the workers), the steps of the ingesting process, and the rest of it (reading)."""
    steps = ["analysis", *PHASES]
    print(
        f"{'workers':>7} {'articles':>8} {'seconds':>8} {'art/s':>6} {'speed-up':>8}", *steps, "reading etc."
    )
    first = None
    for n in args.workers:
        runs = [
            storyline_run(paths, n, args.dask, not args.no_changes, not args.no_keep, args.chunk)
            for _ in range(args.repeat)
        ]
        seconds, spent, added, _ = min(runs, key=lambda run: run[0])
        first = first or seconds
        split = " ".join(f"{spent[step]:>{len(step)}.1f}" for step in steps)
        other = seconds - sum(spent.values())
        print(
            f"{n:>7} {added:>8} {seconds:>8.1f} {added / seconds:>6.2f} {first / seconds:>7.2f}x {split} {other:>12.1f}",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
