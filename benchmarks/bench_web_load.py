"""Web load: N concurrent clients on loopback against a story page and the search API for S seconds.

Builds a store from the bundled demo corpus (or uses ``--db``), starts `storyline serve` on a free loopback port
(``python -m storyline.web`` where the CLI has no ``serve`` yet), then runs ``--clients`` threads, each with its
own keep-alive connection, alternating ``GET /stories/{id}`` and ``GET /api/search?q=WORD`` until the time is up.
Prints requests, errors, throughput and p50/p95/p99/max latency per route; exits 1 on any error.

    .venv/bin/python benchmarks/bench_web_load.py [--seconds 30] [--clients 50] [--db FILE]

The clients run in this process on the same machine as the server, so the figures are for the pair together.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tests.cli_helpers import free_port, serve_command  # noqa: E402  (the tests start the server the same way)


@dataclass
class Tally:
    """What every client saw, per route: latencies of answered requests and a count of each kind of error."""

    latencies: dict[str, list[float]] = field(default_factory=dict)
    errors: Counter[str] = field(default_factory=Counter)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def record(self, route: str, seconds: float, error: str | None) -> None:
        with self.lock:
            if error:
                self.errors[f"{route}: {error}"] += 1
            else:
                self.latencies.setdefault(route, []).append(seconds)


def build_demo_store(folder: Path) -> Path:
    from storyline.cli.demo import sample_path
    from storyline.pipeline import ingest
    from storyline.store import Store

    db = folder / "demo.db"
    with sample_path() as sample, Store(db) as store:
        report = ingest([sample], store)
    print(f"built {db}: {report.summary()}", flush=True)
    return db


@contextmanager
def server(db: Path) -> Iterator[str]:
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    with tempfile.TemporaryFile() as log:
        proc = subprocess.Popen(
            serve_command(db, port), stdout=log, stderr=subprocess.STDOUT, env={**os.environ}
        )
        try:
            deadline = time.monotonic() + 60
            while not _answers(base):
                if proc.poll() is not None or time.monotonic() > deadline:
                    log.seek(0)
                    raise SystemExit(f"server did not start:\n{log.read().decode(errors='replace')}")
                time.sleep(0.2)
            yield base
        finally:
            proc.terminate()
            proc.wait(timeout=30)


def _answers(base: str) -> bool:
    try:
        return httpx.get(f"{base}/api/stories", timeout=2).status_code == 200
    except httpx.TransportError:
        return False


def targets(base: str) -> tuple[str, list[str]]:
    """The story page of the largest story, and search words taken from the stories' titles."""
    stories = httpx.get(f"{base}/api/stories", timeout=30).json()["stories"]
    if not stories:
        raise SystemExit("the store holds no stories")
    biggest = max(stories, key=lambda s: len(s["articles"]))
    words = sorted({w.lower() for s in stories for w in re.findall(r"[A-Za-z]{5,}", s["title"] or "")})
    return f"/stories/{biggest['id']}", words[:20] or ["the"]


def client(base: str, story: str, words: list[str], until: float, tally: Tally, n: int) -> None:
    with httpx.Client(base_url=base, timeout=30) as http:
        i = n
        while time.monotonic() < until:
            if i % 2:
                route, path, params = "story page", story, None
            else:
                route, path, params = "search API", "/api/search", {"q": words[i % len(words)]}
            i += 1
            t0 = time.perf_counter()
            try:
                response = http.get(path, params=params)
                error = None if response.status_code == 200 else f"HTTP {response.status_code}"
            except httpx.HTTPError as exc:
                error = type(exc).__name__
            tally.record(route, time.perf_counter() - t0, error)


def percentile(values: list[float], q: float) -> float:
    return (
        statistics.quantiles(values, n=1000, method="inclusive")[int(q * 10) - 1]
        if len(values) > 1
        else values[0]
    )


def report(tally: Tally, seconds: float, clients: int) -> int:
    total = sum(len(v) for v in tally.latencies.values())
    errors = sum(tally.errors.values())
    print(
        f"{clients} clients for {seconds:.1f}s: {total + errors} requests, {errors} errors, {total / seconds:.0f} req/s"
    )
    every = [x for v in tally.latencies.values() for x in v]
    for route, values in [*sorted(tally.latencies.items()), ("all", every)]:
        if not values:
            continue
        p = {q: percentile(values, q) * 1000 for q in (50, 95, 99)}
        print(
            f"  {route:<11} {len(values):>7} ok   p50 {p[50]:7.1f} ms   p95 {p[95]:7.1f} ms   "
            f"p99 {p[99]:7.1f} ms   max {max(values) * 1000:7.1f} ms"
        )
    for what, count in tally.errors.most_common():
        print(f"  error {what}: {count}")
    return 1 if errors else 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seconds", type=float, default=30.0, help="how long the clients run (default 30)")
    ap.add_argument("--clients", type=int, default=50, help="concurrent clients (default 50)")
    ap.add_argument(
        "--db", type=Path, default=None, help="store to serve (default: built from the demo corpus)"
    )
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or build_demo_store(Path(tmp))
        with server(db) as base:
            story, words = targets(base)
            print(f"serving {db} at {base}; story page {story}; {len(words)} search words", flush=True)
            tally = Tally()
            started = time.monotonic()
            until = started + args.seconds
            threads = [
                threading.Thread(target=client, args=(base, story, words, until, tally, n))
                for n in range(args.clients)
            ]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            return report(tally, time.monotonic() - started, args.clients)


if __name__ == "__main__":
    sys.exit(main())
