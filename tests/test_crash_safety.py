"""An ingest killed at a random point (SIGKILL) leaves a sound store, and a re-run completes it to the same result.

The ingest runs in a child process with an empty analysis (so it is quick and the kill lands mid-write); the
store, its transactions and the cross-article steps are the real ones.
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

from storyline.store import Store
from tests.cli_helpers import kill_once_stored

CHILD = """
import sys
from storyline.models import Analysis
from storyline.pipeline import ingest
from storyline.store import Store
store = Store(sys.argv[1])
ingest([sys.argv[2]], store, analyser=lambda arts: [Analysis(a.id) for a in arts], chunk=3)
"""

TOPICS = [
    "ferry strike",
    "bridge repairs",
    "school fees",
    "harbour dredging",
    "library closure",
    "tram fares",
]


def corpus(folder: Path) -> Path:
    folder.mkdir()
    for i in range(36):
        topic = TOPICS[i % len(TOPICS)]
        body = " ".join(f"{topic} report {i} sentence {j} about the council decision." for j in range(12))
        (folder / f"{i:03}.txt").write_text(f"{topic.title()} update {i}\n\n{body}\n\nRead more")
    return folder


def run_child(db: Path, src: Path, kill_at: int | None) -> None:
    """Runs the child ingest; with ``kill_at``, SIGKILLs it once the store holds that many articles."""
    proc = subprocess.Popen([sys.executable, "-c", CHILD, str(db), str(src)])
    if kill_at is None:
        assert proc.wait(timeout=300) == 0
        return
    kill_once_stored(proc, db, kill_at, timeout=120)


def snapshot(db: Path) -> str:
    with Store(db) as store:
        assert store.integrity_ok()
        rows = [(a.id, a.text, a.duplicate_of) for a in store.articles()]
        members = store.conn.execute(
            "SELECT article_id, story_id FROM story_articles ORDER BY article_id"
        ).fetchall()
    return json.dumps([sorted(rows), [tuple(m) for m in members]])


def test_crash_killed_ingests_then_rerun_equal_uninterrupted_run(tmp_path: Path) -> None:
    src = corpus(tmp_path / "in")
    clean_db = tmp_path / "clean.db"
    run_child(clean_db, src, None)
    crashed_db = tmp_path / "crashed.db"
    rng = random.Random(7)
    counts = []
    for kill_at in sorted(rng.sample(range(1, 34), 4)):
        run_child(crashed_db, src, kill_at)
        with Store(crashed_db) as store:
            assert store.integrity_ok()
            counts.append(store.count())
    assert 0 < counts[0] < 36, f"the kills should land mid-ingest: {counts}"
    run_child(crashed_db, src, None)
    assert snapshot(crashed_db) == snapshot(clean_db)
