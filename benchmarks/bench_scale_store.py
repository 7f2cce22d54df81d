"""The store at scale: generated news ingested in steps (100,000, 300,000, 1,000,000 articles), the web measured
at each step.

Articles are generated shaped like news: stories of 1 to 500 articles (a heavy tail: most stories have a few),
each running over days or weeks, spread over two years, told by 40 outlets, some of them near-duplicate copies
of another outlet's article (a wire story carried again with one sentence changed). Texts recombine the
sentences of the shared dev corpora as ``bench_story_scale.py`` does. The generation is deterministic and
lazy (a day at a time), so a step never holds more than one batch of generated articles.

Each batch of ``--batch`` articles goes through ``ingest_items`` as an ingest would (cleaning, storing, the
cross-article step, the record of changes, keeping results for pages and exports), except that the analysis is a
sentence splitter, not spaCy: this benchmark measures the store, the cross-article step and the web at size;
the analysis's own rate is ``bench_throughput.py``'s. Per batch it prints the seconds of each step; at each step
it prints the cross-article seconds per 10,000 articles, the peak memory of the ingesting process, the store's
size and, with the store at that size, p50 / p95 of ``/``, ``/?q=…``, ``/stories/{id}`` and ``/api/search``
(``--requests`` sequential requests each, against ``storyline serve``).

The store at ``--db`` is kept: a rerun with larger steps goes on from the articles it holds (the same stream).

    .venv/bin/python benchmarks/bench_scale_store.py [--steps 100000 300000 1000000] [--db FILE]

The default is one step of 10,000 articles (what ``make bench`` runs); the steps above are the full run.
"""

from __future__ import annotations

import argparse
import random
import re
import resource
import statistics
import sys
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from datetime import date, timedelta
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_story_scale import documents, sentences  # noqa: E402
from bench_throughput import phase_times  # noqa: E402
from bench_web_load import server  # noqa: E402
from storyline import pipeline  # noqa: E402
from storyline.models import Analysis, Article, RawArticle, Span  # noqa: E402
from storyline.store import Store  # noqa: E402

START = date(2012, 1, 1)
DAYS = 730
OUTLETS = 40
COPY_SHARE = 0.1
"""Share of articles that are another outlet's copy of the article before them, one sentence changed."""
MAX_STORY = 500


def generated(total: int, docs: list[list[str]], seed: int = 0) -> Iterator[RawArticle]:
    """The article stream: for each of ``DAYS`` days the stories that start then, each story's articles dated
    over its course; as many stories a day as make ``total`` articles over the two years."""
    pool = [s for d in docs for s in d]
    mean_size = _mean_size()
    for day in range(DAYS):
        rng = random.Random(seed * 100_003 + day)
        stories = max(1, round(total / DAYS / mean_size * rng.uniform(0.6, 1.4)))
        for k in range(stories):
            source = rng.choice(docs)
            size = _story_size(rng)
            course = min(60, 1 + size // 5)  # a large story runs for weeks
            before: str | None = None
            for j in range(size):
                own = rng.sample(source, min(len(source), rng.randint(3, 8)))
                text = " ".join(own + rng.sample(pool, 2))
                if before is not None and rng.random() < COPY_SHARE:
                    parts = before.split(". ")
                    parts[rng.randrange(len(parts))] = rng.choice(pool).rstrip(".")
                    text = ". ".join(parts)
                before = text
                published = START + timedelta(days=day + rng.randrange(course))
                yield RawArticle(
                    source=f"generated:{day}:{k}:{j}",
                    text=text,
                    title=" ".join(own[0].split()[:10]),
                    outlet=f"Outlet {rng.randrange(OUTLETS)}",
                    published=published.isoformat(),
                    language="en",
                    explicit_text=True,
                )


def _story_size(rng: random.Random) -> int:
    return min(MAX_STORY, int(rng.paretovariate(1.1)))


def _mean_size(samples: int = 100_000) -> float:
    rng = random.Random(12345)
    return sum(_story_size(rng) for _ in range(samples)) / samples


def split_sentences(articles: Sequence[Article]) -> list[Analysis]:
    """The analysis this benchmark runs in place of spaCy's: each article's sentences, nothing else."""
    return [Analysis(a.id, sentences=tuple(Span(s, e) for s, e in sentences(a.text))) for a in articles]


def peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def web_latencies(db: Path, requests: int) -> dict[str, tuple[float, float]]:
    """p50 and p95 in ms of each route, ``requests`` sequential requests each, against ``storyline serve``."""
    with server(db) as base, httpx.Client(base_url=base, timeout=120) as client:
        stories = client.get("/api/stories").json()["stories"]
        rng = random.Random(7)
        picks = [s["id"] for s in rng.sample(stories, min(requests, len(stories)))]
        words = sorted(
            {w.lower() for s in stories[:2000] for w in re.findall(r"[A-Za-z]{6,}", s["title"] or "")}
        )
        queries = [rng.choice(words) for _ in range(requests)] if words else ["the"] * requests
        routes = {
            "/": ["/"] * requests,
            "/?q=": [f"/?q={q}" for q in queries],
            "/stories/{id}": [f"/stories/{p}" for p in picks],
            "/api/search": [f"/api/search?q={q}" for q in queries],
        }
        out = {}
        for route, paths in routes.items():
            times = []
            for path in paths:
                t0 = time.perf_counter()
                answer = client.get(path)
                times.append((time.perf_counter() - t0) * 1000)
                if answer.status_code != 200:
                    raise SystemExit(f"{path}: HTTP {answer.status_code}")
            times.sort()
            out[route] = (
                statistics.median(times),
                times[min(len(times) - 1, round(0.95 * (len(times) - 1)))],
            )
        return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--steps", type=int, nargs="+", default=[10_000], help="100000 300000 1000000: the full run"
    )
    ap.add_argument("--total", type=int, default=1_000_000, help="articles the two years of the stream hold")
    ap.add_argument("--batch", type=int, default=10_000)
    ap.add_argument("--requests", type=int, default=100, help="requests per route at each step")
    ap.add_argument("--db", type=Path, default=Path("/tmp/storyline_scale/scale.db"))
    args = ap.parse_args(argv)
    docs = documents()
    if not docs:
        print("skip: no shared corpora found")
        return 0
    args.db.parent.mkdir(parents=True, exist_ok=True)
    stream = generated(args.total, docs)
    position = args.db.with_name(args.db.name + ".position")
    held = int(position.read_text()) if position.exists() else 0
    for _ in range(held):  # the same stream goes on where the last run stopped
        next(stream)
    with Store(args.db) as store:
        print(f"store {args.db}: {store.count()} articles from the first {held} of a stream of {args.total}")
    print(
        "batch  stored_after  seconds  cleaning  storing  cross-article  changes  keeping  peak_MiB",
        flush=True,
    )
    across: list[tuple[float, int]] = []
    skipped: Counter[str] = Counter()
    for step in sorted(args.steps):
        while held < step:
            batch = [next(stream) for _ in range(min(args.batch, step - held))]
            t0 = time.perf_counter()
            with Store(args.db) as store, phase_times() as spent:
                report = pipeline.ingest_items(
                    batch, store, split_sentences, on_chunk=pipeline.record_changes
                )
            seconds = time.perf_counter() - t0
            held += len(batch)
            position.write_text(str(held))
            across.append((spent["cross-article"], len(batch)))
            skipped.update(s.reason.split(" (")[0] for s in report.skipped)
            print(
                f"{len(across):5d}  {held:12d}  {seconds:7.1f}  {spent['cleaning']:8.1f}"
                f"  {spent['storing']:7.1f}  {spent['cross-article']:13.1f}  {spent['changes']:7.1f}"
                f"  {spent['keeping']:7.1f}  {peak_mib():8.0f}",
                flush=True,
            )
        size = sum(p.stat().st_size for p in args.db.parent.glob(args.db.name + "*")) / 2**20
        recent = across[-3:]
        per_10k = sum(s for s, _ in recent) * 10_000 / max(1, sum(n for _, n in recent))
        print(
            f"step {step}: cross-article {per_10k:.1f} s per 10,000 articles (last 3 batches),"
            f" peak {peak_mib():.0f} MiB, store {size:.0f} MiB, skipped {dict(skipped)}",
            flush=True,
        )
        for route, (p50, p95) in web_latencies(args.db, args.requests).items():
            print(f"  {route:<14} p50 {p50:7.1f} ms  p95 {p95:7.1f} ms", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
