"""Ingest time on a real corpus, and the cost of a second ingest of the same files (which must add nothing).

.venv/bin/python benchmarks/bench_ingest.py [--corpus ../shared/data/timeline17/H1N1_bbc/InputDocs]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from storyline.pipeline import ingest
from storyline.store import Store

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "data" / "timeline17" / "H1N1_bbc" / "InputDocs"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--corpus", type=Path, default=DEFAULT)
    args = ap.parse_args()
    if not args.corpus.exists():
        print(f"skipped: {args.corpus} not found")
        return 0
    files = sum(1 for p in args.corpus.rglob("*") if p.is_file())
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.db"
        t0 = time.perf_counter()
        with Store(db) as store:
            first = ingest([args.corpus], store)
        t1 = time.perf_counter()
        with Store(db) as store:
            second = ingest([args.corpus], store)
            total = store.count()
        t2 = time.perf_counter()
    words = sum(len(p.read_text(errors="replace").split()) for p in args.corpus.rglob("*") if p.is_file())
    print(f"corpus: {args.corpus} ({files} files, {words:,} words)")
    print(f"first ingest:  {t1 - t0:7.1f}s  {first.summary()}; {files / (t1 - t0):.1f} files/s")
    for s in first.skipped:
        print(f"  skipped {s}")
    print(f"second ingest: {t2 - t1:7.1f}s  {second.summary()}")
    print(f"store holds {total} articles; second run added {second.added}")
    return 0 if second.added == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
