"""Reads of real stores: how long an export and the first view of each story and storyline page take.

For each Timeline17 dev folder it builds a store with the installed command (as ``bench_reports.py`` does, and
sharing its stores with ``--reuse``), then measures:

- ``refresh``: asking for every reconstruction the export and the pages ask for, building what the store does
  not keep yet (right after an ingest this builds nothing; on a store made before reconstructions were kept it
  builds them all, which is what the ingest's last step costs);
- ``export``: ``storyline export --format json`` in a fresh process (wall time and peak memory), with
  reconstructions kept and, with ``--afresh``, with none kept (what every export cost before);
- the first view of every story page and every storyline page (``GET /stories/{id}``, ``/storylines/{id}``), each
  asked once of a fresh app, with p50, p95 and the slowest.

Run: ``.venv/bin/python benchmarks/bench_reads.py [--topics A,B] [--reuse] [--afresh]``
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_reports import DATA, build  # noqa: E402
from storyline.corpus import Corpus  # noqa: E402
from storyline.materialise import refresh  # noqa: E402
from storyline.store import Store  # noqa: E402

BAR_EXPORT_S = 3.0
BAR_PAGE_S = 0.300


def export_seconds(db: Path) -> tuple[float, float]:
    """Wall seconds and peak resident MB (GNU time) of ``storyline export --format json`` in its own process."""
    out = Path(tempfile.mkdtemp()) / "export.json"
    started = time.perf_counter()
    cmd = [
        "/usr/bin/time",
        "-f",
        "%M",
        sys.executable,
        "-m",
        "storyline",
        "export",
        "--db",
        str(db),
        "-o",
        str(out),
    ]
    done = subprocess.run(cmd, check=True, capture_output=True, text=True)
    seconds = time.perf_counter() - started
    shutil.rmtree(out.parent)
    return seconds, int(done.stderr.split()[-1]) / 1024


def first_views(db: Path) -> dict[str, list[float]]:
    """Seconds of the first view of every story and storyline page, from one fresh app."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient

        from storyline.web.app import create_app
    with Store(db, readonly=True) as store:
        corpus = Corpus(store)
        routes = {
            "story page": [f"/stories/{s.id}" for s in corpus.stories()],
            "storyline page": [f"/storylines/{line.id}" for line in corpus.storylines()],
        }
    client = TestClient(create_app(db))
    times: dict[str, list[float]] = {}
    for route, paths in routes.items():
        for path in paths:
            started = time.perf_counter()
            answer = client.get(path)
            times.setdefault(route, []).append(time.perf_counter() - started)
            if answer.status_code != 200:
                raise SystemExit(f"{db}: {path} answered {answer.status_code}")
    return times


def quantile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--topics", default="", help="comma-separated folder names (default: all six)")
    parser.add_argument("--stores", default="/tmp/storyline_bench_reports", type=Path)
    parser.add_argument("--reuse", action="store_true", help="reuse stores already built")
    parser.add_argument("--afresh", action="store_true", help="also time an export with nothing kept")
    args = parser.parse_args()
    topics = [t for t in args.topics.split(",") if t] or sorted(p.name for p in DATA.iterdir() if p.is_dir())
    args.stores.mkdir(parents=True, exist_ok=True)
    failed = False
    print(
        "| store | articles | stories | storylines | refresh s (built) | export s (MB) | export afresh s | "
        "story page p50 / p95 / max ms | storyline page p50 / p95 / max ms |"
    )
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for topic in topics:
        db = args.stores / f"{topic}.db"
        build(DATA / topic, db, args.reuse)
        with Store(db) as store:
            started = time.perf_counter()
            done = refresh(store, lambda wanted: Corpus(store, wanted).ask_everything_kept())
            refreshed = time.perf_counter() - started
            counts = (store.count(), len(store.stories.stories()), len(store.storylines.storylines()))
        seconds, peak = export_seconds(db)
        afresh = "-"
        if args.afresh:
            bare = args.stores / f"{topic}.afresh.db"
            with Store(db) as store:
                store.conn.execute(f"VACUUM INTO '{bare}'")
            with Store(bare) as store, store.write():
                store.derived.keep(())
            afresh = f"{export_seconds(bare)[0]:.1f}"
            bare.unlink()
        views = first_views(db)
        cells = []
        for route in ("story page", "storyline page"):
            ms = [t * 1000 for t in views.get(route, [0.0])]
            cells.append(f"{statistics.median(ms):.0f} / {quantile(ms, 0.95):.0f} / {max(ms):.0f}")
            if route == "story page":  # the bar is the story page's; storyline pages are reported
                failed |= max(ms) > BAR_PAGE_S * 1000
        failed |= seconds > BAR_EXPORT_S
        print(
            f"| {topic} | {counts[0]} | {counts[1]} | {counts[2]} | {refreshed:.1f} ({done.built}) | "
            f"{seconds:.1f} ({peak:.0f}) | {afresh} | {cells[0]} | {cells[1]} |",
            flush=True,
        )
    print(
        f"bars: export <= {BAR_EXPORT_S:.0f} s, every story page's first view <= {BAR_PAGE_S * 1000:.0f} ms:",
        "FAIL" if failed else "PASS",
    )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
