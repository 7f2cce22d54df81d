"""Analysis in worker processes or on Dask gives exactly the local run's export (same ids, same stories)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from storyline.analyse.parallel import DaskAnalyser, LocalAnalyser, _parts
from storyline.corpus import Corpus
from storyline.models import Article
from storyline.pipeline import ingest
from storyline.store import Store

ARTICLES = {
    "a.txt": "Ferry crews strike over pay\n\nMarch 3, 2025\n\nFerry crews at Port Halden walked out on Monday "
    'over pay, stranding about 300 passengers, the Maritime Union said. "We have been patient for two years," '
    "union leader Rosa Kell told reporters.",
    "b.txt": "Ferry strike enters second day\n\nMarch 4, 2025\n\nThe ferry strike at Port Halden entered a second "
    "day on Tuesday. Union leader Rosa Kell said talks with the operator would resume on Thursday, and at least "
    "40 sailings have been cancelled.",
    "c.txt": "Council approves tram extension\n\nMarch 5, 2025\n\nThe city council approved a 12 km tram "
    "extension on Wednesday, the mayor's office said, at a cost of 240 million euros.",
}


def export_with(analyser, tmp: Path) -> str:
    src = tmp / "in"
    src.mkdir()
    for name, text in ARTICLES.items():
        (src / name).write_text(text, encoding="utf-8")
    with Store(tmp / "s.db") as store:
        try:
            ingest([src], store, analyser=analyser)
        finally:
            analyser.close()
        data = Corpus(store).export()
    for a in data["articles"]:
        a["source"] = Path(a["source"]).name
    return json.dumps(data, sort_keys=True)


@pytest.fixture(scope="module")
def local_export(tmp_path_factory: pytest.TempPathFactory) -> str:
    return export_with(LocalAnalyser(1), tmp_path_factory.mktemp("local"))


def test_parallel_two_local_processes_equal_one(local_export: str, tmp_path: Path) -> None:
    assert export_with(LocalAnalyser(2, min_parallel=0), tmp_path) == local_export


def test_parallel_dask_local_cluster_equals_local_run(local_export: str, tmp_path: Path) -> None:
    assert export_with(DaskAnalyser(None, workers=2), tmp_path) == local_export


def _article(n: int, length: int) -> Article:
    return Article(id=f"a{n}", source=f"{n}.txt", text="x" * length)


def test_parts_keep_order_and_close_at_the_count_or_the_character_budget() -> None:
    articles = [_article(0, 10), _article(1, 500), _article(2, 10), _article(3, 10), _article(4, 10)]
    parts = _parts(articles, size=3, chars=400)
    assert [[a.id for a in p] for p in parts] == [["a0", "a1"], ["a2", "a3", "a4"]]


_KILLED_PARENT = """
import os, sys, time
from storyline.analyse.parallel import worker_pool

if __name__ == "__main__":
    pool = worker_pool(2, load_model=False)
    futures = [pool.submit(time.sleep, 0.3) for _ in range(4)]
    for f in futures:
        f.result()
    print(" ".join(str(p) for p in pool._processes), flush=True)
    time.sleep(600)
"""


def _running(pid: int) -> bool:
    """True while ``pid`` is a live process (a zombie waiting for init to reap it counts as ended)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    return "\nState:\tZ" not in status


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads process states from /proc")
def test_parallel_workers_end_when_the_ingest_is_killed_with_sigkill(tmp_path: Path) -> None:
    import signal
    import subprocess
    import sys
    import time

    script = tmp_path / "ingest.py"
    script.write_text(_KILLED_PARENT)
    parent = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True)
    try:
        workers = [int(p) for p in parent.stdout.readline().split()]
        assert len(workers) == 2 and all(_running(p) for p in workers)
        parent.send_signal(signal.SIGKILL)
        parent.wait()
        deadline = time.monotonic() + 10
        while any(_running(p) for p in workers) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not any(_running(p) for p in workers)
    finally:
        parent.kill()


def test_parallel_dask_without_its_extra_says_how_to_install_it(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    from storyline.analyse.parallel import DaskAnalyser
    from storyline.errors import StorylineError

    monkeypatch.setitem(sys.modules, "distributed", None)
    with pytest.raises(StorylineError, match=r"storyline\[dask\]"):
        DaskAnalyser(None)
