"""The export is a function of the stored articles: a real Timeline17 folder ingested with the real analysis,
killed three times (SIGKILL) and resumed with other chunk boundaries and two worker processes, exports exactly
what one uninterrupted run exports."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from storyline.corpus import Corpus
from storyline.store import Store
from tests.cli_helpers import kill_once_stored, stored
from tests.conftest import shared_path

CHILD = """
import sys
from storyline.analyse.parallel import make_analyser
from storyline.pipeline import ingest
from storyline.store import Store
db, src, chunk, workers = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
analyser = make_analyser(workers)
try:
    ingest([src], Store(db), analyser=analyser, chunk=chunk)
finally:
    analyser.close()
"""
KILL_AT = (12, 31, 55)
"""Stored-article counts at which the resumed ingests are killed (the folder holds 75 articles)."""


def run(db: Path, src: Path, chunk: int, workers: int, kill_at: int | None = None) -> None:
    proc = subprocess.Popen([sys.executable, "-c", CHILD, str(db), str(src), str(chunk), str(workers)])
    if kill_at is None:
        assert proc.wait(timeout=600) == 0
        return
    kill_once_stored(proc, db, kill_at, timeout=600)


def export(db: Path) -> str:
    with Store(db, readonly=True) as store:
        return json.dumps(Corpus(store).export(), ensure_ascii=False, sort_keys=False)


@pytest.mark.slow
def test_determinism_killed_and_resumed_ingest_exports_what_one_run_exports(tmp_path: Path) -> None:
    src = shared_path("data", "timeline17", "H1N1_guardian", "InputDocs")
    once = tmp_path / "once.db"
    run(once, src, chunk=200, workers=1)
    resumed = tmp_path / "resumed.db"
    counts = []
    for kill_at in KILL_AT:
        run(resumed, src, chunk=20, workers=2, kill_at=kill_at)
        counts.append(stored(resumed))
    assert counts[0] < counts[-1] < stored(once), f"the kills should land mid-ingest: {counts}"
    run(resumed, src, chunk=20, workers=2)
    assert export(resumed) == export(once)
