"""Concurrent use of one store: the server keeps answering while an ingest writes, and a second ingest waits for
the first (ingest lock) instead of interleaving with it.

Ingests run in child processes with an empty analysis (quick, many small commits); the store, its transactions,
the lock and the server are the real ones.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from storyline.store import Store
from storyline.store.lock import ingest_lock
from tests.cli_helpers import free_port, serve_command

CHILD = """
import sys, time
from storyline.store.lock import ingest_lock
from storyline.models import Analysis
from storyline.pipeline import ingest
from storyline.store import Store
db, src, pause = sys.argv[1], sys.argv[2], float(sys.argv[3])

def slow_analysis(articles):
    time.sleep(pause)
    return [Analysis(a.id) for a in articles]

with ingest_lock(db, on_wait=lambda: print("waiting", file=sys.stderr, flush=True)), Store(db) as store:
    print("started", file=sys.stderr, flush=True)
    ingest([src], store, analyser=slow_analysis, chunk=2)
"""

HOLD_LOCK = """
import sys, time
from storyline.store.lock import ingest_lock
with ingest_lock(sys.argv[1]):
    print("holding", flush=True)
    time.sleep(600)
"""

TOPICS = [
    "ferry strike",
    "bridge repairs",
    "school fees",
    "harbour dredging",
    "tram fares",
    "library closure",
]


def corpus(folder: Path, start: int, count: int) -> Path:
    folder.mkdir()
    for i in range(start, start + count):
        topic = TOPICS[i % len(TOPICS)]
        body = " ".join(f"{topic} report {i} sentence {j} about the council decision." for j in range(12))
        (folder / f"{i:03}.txt").write_text(f"{topic.title()} update {i}\n\n{body}\n\nRead more")
    return folder


def child_ingest(db: Path, src: Path, pause: float = 0.0) -> subprocess.Popen:
    """An ingest in a child process that pauses ``pause`` seconds per chunk of two articles (to stay busy)."""
    return subprocess.Popen(
        [sys.executable, "-c", CHILD, str(db), str(src), str(pause)], stderr=subprocess.PIPE, text=True
    )


def count(db: Path) -> int:
    with Store(db, readonly=True) as store:
        return store.count()


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[Path, str]]:
    db = tmp_path / "s.db"
    assert child_ingest(db, corpus(tmp_path / "first", 0, 12)).wait(timeout=300) == 0
    port = free_port()
    proc = subprocess.Popen(serve_command(db, port), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            if httpx.get(f"{base}/api/stories", timeout=2).status_code == 200:
                break
        except httpx.TransportError:
            pass
        assert proc.poll() is None and time.monotonic() < deadline, "server did not start"
        time.sleep(0.2)
    yield db, base
    proc.terminate()
    proc.wait(timeout=30)


def test_concurrency_server_keeps_answering_while_an_ingest_writes(tmp_path: Path, served) -> None:
    db, base = served
    story = httpx.get(f"{base}/api/stories").json()["stories"][0]["id"]
    writer = child_ingest(db, corpus(tmp_path / "second", 12, 40), pause=0.05)
    failures, totals, answered = [], [], 0
    with httpx.Client(base_url=base, timeout=30) as http:
        while writer.poll() is None or answered < 20:
            for path in ("/api/articles?limit=1", "/api/search?q=council", f"/stories/{story}", "/"):
                response = http.get(path)
                answered += 1
                if response.status_code != 200:
                    failures.append((path, response.status_code, response.text[:200]))
                elif path.startswith("/api/articles"):
                    totals.append(response.json()["total"])
    assert writer.wait() == 0
    assert failures == []
    assert totals == sorted(totals), "a reader saw the article count go down"
    assert totals[0] < 52 and count(db) == 52
    assert httpx.get(f"{base}/api/articles?limit=1").json()["total"] == 52


def test_concurrency_second_ingest_waits_for_the_first_and_nothing_is_lost(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    first = child_ingest(db, corpus(tmp_path / "a", 0, 30), pause=0.4)
    assert first.stderr is not None and first.stderr.readline().strip() == "started"
    second = child_ingest(db, corpus(tmp_path / "b", 30, 30))
    assert second.stderr is not None and second.stderr.readline().strip() == "waiting"
    assert first.poll() is None, "the first ingest should still be writing"
    assert first.wait(timeout=300) == 0 and second.wait(timeout=300) == 0
    assert second.stderr.readline().strip() == "started"
    with Store(db) as store:
        assert store.integrity_ok()
        assert store.count() == 60


def test_concurrency_cli_ingest_names_the_wait_and_finishes_after_the_lock_is_freed(tmp_path: Path) -> None:
    src = corpus(tmp_path / "in", 0, 2)
    db = tmp_path / "s.db"
    with ingest_lock(str(db)):
        cli = subprocess.Popen(
            [sys.executable, "-m", "storyline", "ingest", str(src), "--db", str(db), "-q", "-j", "1"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert cli.stderr is not None
        assert "waiting for another ingest" in cli.stderr.readline()
        time.sleep(0.5)
        assert cli.poll() is None, "the CLI should wait while the lock is held"
    out, err = cli.communicate(timeout=300)
    assert cli.returncode == 0, err
    assert count(db) == 2


def test_concurrency_lock_of_a_killed_ingest_is_released(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    holder = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(db)], stdout=subprocess.PIPE, text=True)
    assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
    waited = []
    os.kill(holder.pid, signal.SIGKILL)
    holder.wait(timeout=30)
    started = time.monotonic()
    with ingest_lock(str(db), on_wait=lambda: waited.append(True)):
        pass
    assert waited == [] and time.monotonic() - started < 1


def test_concurrency_lock_is_shared_by_every_name_of_the_store(tmp_path: Path) -> None:
    (tmp_path / "real").mkdir()
    db = tmp_path / "real" / "s.db"
    (tmp_path / "alias").symlink_to(tmp_path / "real")
    holder = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(db)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        waited = []

        def on_wait() -> None:
            waited.append(True)
            holder.kill()

        with ingest_lock(str(tmp_path / "alias" / "s.db"), on_wait=on_wait):
            pass
        assert waited == [True]
    finally:
        holder.kill()
        holder.wait(timeout=30)
