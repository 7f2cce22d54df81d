"""Exports before and after a change, compared byte for byte: the check that a refactor changes no output.

For each corpus (geneva2, the bundled sample, every Timeline17 dev topic) it ingests the files into a fresh
store with this checkout's ``storyline`` (``python -m storyline`` with ``src/`` first on the path, so a
worktree of an older commit can be run with the same interpreter) and writes ``storyline export --format json`` to
``OUT/<corpus>.json``, with the seconds each step took. With ``--compare BASE`` it then compares every export
with ``BASE/<corpus>.json`` and names the first field that differs. ``--runs 2`` ingests each corpus twice
into two stores, to show that an export is the same from run to run.

Run, from a worktree of the old commit and then from the new one::

    git worktree add /tmp/before OLD_COMMIT
    .venv/bin/python /tmp/before/benchmarks/export_identity.py --out /tmp/exports-before --shared ../shared
    .venv/bin/python benchmarks/export_identity.py --out /tmp/exports-after --compare /tmp/exports-before
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
STORYLINE = [sys.executable, "-m", "storyline"]
ENV = {**os.environ, "PYTHONPATH": str(ROOT / "src")}  # this checkout's code, whichever one is installed


def corpora(shared: Path) -> dict[str, Path]:
    """Every corpus the comparison covers that is present on this machine, by name."""
    found = {"sample": ROOT / "src" / "storyline" / "sample" / "articles"}
    geneva2 = shared / "corpus" / "geneva2"
    if geneva2.is_dir():
        found["geneva2"] = geneva2
    t17 = shared / "data" / "timeline17"
    if t17.is_dir():
        found.update((p.name, p / "InputDocs") for p in sorted(t17.iterdir()) if (p / "InputDocs").is_dir())
    return found


def snapshot(name: str, folder: Path, out: Path, workers: int, run: int) -> dict[str, float]:
    """Ingests ``folder`` into a fresh store and writes its JSON export; returns the seconds of each step.

    The folder is named relative to its parent (the ingest runs there), so the articles' ``source`` fields do
    not depend on where the checkout or the data lie."""
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "store.db"
        started = time.perf_counter()
        ingest = [*STORYLINE, "ingest", folder.name, "--db", str(db), "--workers", str(workers), "-q"]
        done = subprocess.run(ingest, capture_output=True, text=True, env=ENV, cwd=folder.parent)
        if done.returncode not in (0, 1):
            raise SystemExit(f"{name}: ingest failed ({done.returncode}): {done.stderr[-2000:]}")
        ingested = time.perf_counter()
        target = out / (f"{name}.json" if run == 0 else f"{name}.run{run}.json")
        export = [*STORYLINE, "export", "--db", str(db), "--format", "json", "-o", str(target)]
        subprocess.run(export, check=True, capture_output=True, env=ENV)
        return {"ingest_s": ingested - started, "export_s": time.perf_counter() - ingested}


def first_difference(a: Any, b: Any, path: str = "$") -> str | None:
    """The JSON path of the first place two parsed exports differ, with both values (shortened)."""
    if type(a) is not type(b):
        return f"{path}: {type(a).__name__} != {type(b).__name__}"
    if isinstance(a, dict):
        for key in list(dict.fromkeys([*a, *b])):
            if key not in a or key not in b:
                return f"{path}.{key}: only in {'after' if key in b else 'before'}"
            found = first_difference(a[key], b[key], f"{path}.{key}")
            if found:
                return found
        return None
    if isinstance(a, list):
        for i, (x, y) in enumerate(zip(a, b, strict=False)):
            found = first_difference(x, y, f"{path}[{i}]")
            if found:
                return found
        return f"{path}: {len(a)} items != {len(b)}" if len(a) != len(b) else None
    return None if a == b else f"{path}: {str(a)[:80]!r} != {str(b)[:80]!r}"


def compare(before: Path, after: Path) -> tuple[bool, str]:
    """Whether two export files are byte-identical, and if not where they first differ."""
    if not before.exists():
        return False, f"no {before}"
    old, new = before.read_bytes(), after.read_bytes()
    if old == new:
        return True, f"identical ({len(new):,} bytes)"
    where = first_difference(json.loads(old), json.loads(new)) or "same JSON, different bytes"
    return False, f"DIFFERS at {where}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, required=True, help="folder for this run's exports")
    ap.add_argument("--compare", type=Path, help="folder of exports to compare with")
    ap.add_argument("--only", help="comma-separated corpus names")
    ap.add_argument("--workers", type=int, default=min(2, os.cpu_count() or 1))
    ap.add_argument("--runs", type=int, default=1, help="ingest each corpus this many times")
    ap.add_argument("--shared", type=Path, default=SHARED, help="the shared data folder")
    args = ap.parse_args()
    chosen = corpora(args.shared)
    if args.only:
        chosen = {k: v for k, v in chosen.items() if k in args.only.split(",")}
    args.out.mkdir(parents=True, exist_ok=True)
    same = True
    for name, folder in chosen.items():
        for run in range(args.runs):
            took = snapshot(name, folder, args.out, args.workers, run)
            line = f"{name:22} ingest {took['ingest_s']:6.1f}s  export {took['export_s']:5.1f}s"
            if run:
                ok, said = compare(args.out / f"{name}.json", args.out / f"{name}.run{run}.json")
                line += f"  run {run} vs run 0: {said}"
                same &= ok
            elif args.compare:
                ok, said = compare(args.compare / f"{name}.json", args.out / f"{name}.json")
                line += f"  {said}"
                same &= ok
            print(line, flush=True)
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
