"""Throughput: `storyline ingest` end to end against spaCy's bare `nlp.pipe` over the same texts.

Both run at 1 and 2 processes (or the counts given) on the Timeline17 articles; the end-to-end rate should be at
least 70% of spaCy's bare rate at the same number of processes. spaCy runs its full default pipeline (the one
storyline uses, nothing disabled) over exactly the texts storyline analysed: the cleaned articles it stored, so
inputs it refuses (over the size limit) or cannot clean count on neither side.

    .venv/bin/python benchmarks/bench_throughput.py [--limit 300] [--workers 1 2] [--dask] [--repeat 2]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from storyline.analyse.parallel import make_analyser
from storyline.analyse.run import is_english
from storyline.pipeline import ingest
from storyline.store import Store

ROOT = Path(__file__).resolve().parents[1]
T17 = ROOT.parent / "shared" / "data" / "timeline17"


def files(limit: int | None) -> list[Path]:
    found = sorted(p for p in T17.glob("*/InputDocs/*/*") if p.is_file() and p.stat().st_size > 10)
    return found[:limit] if limit else found


def spacy_seconds(texts: list[str], processes: int) -> float:
    """Seconds for spaCy's full pipeline over ``texts`` (the model load not counted)."""
    from storyline.analyse.nlp import load_nlp

    nlp = load_nlp()
    nlp("warm up")
    t0 = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=32, n_process=processes):
        pass
    return time.perf_counter() - t0


def storyline_run(
    paths: list[Path], workers: int, dask: bool, changes: bool = True, keep: bool = True
) -> tuple[float, int, list[str]]:
    """Seconds for ``storyline ingest`` end to end, the articles added and the texts they were analysed from."""
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "t.db") as store:
        analyser = make_analyser(workers, dask_local=dask)
        try:
            analyser.warm()  # start the workers and load the model before timing, as for spaCy
            if dask:
                print(f"  {workers} workers: {analyser.where}", flush=True)
            t0 = time.perf_counter()
            report = ingest(paths, store, analyser=analyser, changes=changes, keep=keep)
            seconds = time.perf_counter() - t0
        finally:
            analyser.close()
        texts = [a.text for a in store.articles() if is_english(a)]
        return seconds, report.added, texts


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
    args = ap.parse_args()
    if not T17.exists():
        print(f"skipped: {T17} not found")
        return 0
    paths = files(args.limit)
    print(
        f"Timeline17: {len(paths)} files; spaCy runs over the texts storyline stored (cleaned, within limits)"
    )
    print(
        f"{'processes':>9} {'articles':>8} {'words':>9} {'spaCy art/s':>12} {'spaCy words/s':>14}"
        f" {'storyline art/s':>16} {'words/s':>10} {'ratio':>6}"
    )
    for n in args.workers:
        ours, added, texts = storyline_run(paths, n, args.dask, not args.no_changes, not args.no_keep)
        bare = spacy_seconds(texts, n)
        # On a shared machine the load shifts: alternate the two sides and keep the best run of each.
        for _ in range(args.repeat - 1):
            bare = min(bare, spacy_seconds(texts, n))
            ours = min(ours, storyline_run(paths, n, args.dask, not args.no_changes, not args.no_keep)[0])
        words = sum(len(t.split()) for t in texts)
        print(
            f"{n:>9} {added:>8} {words:>9,} {len(texts) / bare:>12.2f} {words / bare:>14,.0f}"
            f" {added / ours:>16.2f} {words / ours:>10,.0f} {bare / ours:>6.0%}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
