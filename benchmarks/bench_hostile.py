"""Hostile input: `storyline ingest` over other projects' own test files, and over archives cut short.

Every file of ``../shared/data/realworld`` (trafilatura's evaluation pages, feedparser's test feeds, warcio's test
archives) is ingested on its own, as a user would (`storyline ingest FILE --db NEW.db -j 1 -q`, run in this
process so the spaCy model loads once), and so is every WARC, ARC and gzip file of it cut short at many points
(made here, in a temporary folder). Figures:

- exits by status (2 is an internal error) and tracebacks on stderr;
- stderr lines that name no input (a library talking on its own);
- refused inputs without a line naming them (every input that stored nothing must have one);
- feed entries that feedparser itself reads with text, and how many of those were stored;
- on the pages: the share of ``with`` snippets present in the stored text, and of ``without`` snippets wrongly
  present, and how each page's date was found (and, where the evaluation data gives the date, whether a
  ``metadata`` date is right).

.venv/bin/python benchmarks/bench_hostile.py [--data ../shared/data/realworld] [--cuts 24] [--only feeds]
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import re
import sqlite3
import sys
import tempfile
import time
import warnings
from dataclasses import dataclass, field
from pathlib import Path

import feedparser
import trafilatura

from storyline.cli.commands import main as storyline_main
from storyline.readers.fragment import fragment_to_text

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "data" / "realworld"
ARCHIVES = (".warc", ".arc", ".gz", ".bad")
_SUMMARY = re.compile(r"(\d+) added, (\d+) already stored")


@dataclass
class Run:
    """One `storyline ingest` of one input."""

    path: Path
    status: int
    stdout: str
    stderr: str
    texts: list[tuple[str, str, str | None, str]] = field(default_factory=list)

    @property
    def stored(self) -> int:
        m = _SUMMARY.search(self.stdout)
        return int(m[1]) + int(m[2]) if m else 0

    def lines(self, kind: str) -> list[str]:
        return [ln for ln in self.stderr.splitlines() if ln.startswith(kind)]


def ingest(path: Path, db: Path) -> Run:
    """`storyline ingest PATH --db DB -j 1 -q` in this process, stdout and stderr captured at the descriptors."""
    args = ["storyline", "ingest", str(path), "--db", str(db), "-j", "1", "-q"]
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        sys.stdout.flush()
        sys.stderr.flush()
        saved = os.dup(1), os.dup(2)
        os.dup2(out.fileno(), 1)
        os.dup2(err.fileno(), 2)
        argv, sys.argv = sys.argv, args
        status = 0
        try:
            storyline_main()
        except SystemExit as exc:
            status = exc.code if isinstance(exc.code, int) else 1
        finally:
            sys.stdout.flush()
            sys.stderr.flush()
            os.dup2(saved[0], 1)
            os.dup2(saved[1], 2)
            os.close(saved[0])
            os.close(saved[1])
            sys.argv = argv
        out.seek(0)
        err.seek(0)
        run = Run(path, status, out.read().decode(errors="replace"), err.read().decode(errors="replace"))
    if db.exists():
        with sqlite3.connect(db) as conn:
            run.texts = conn.execute("SELECT source, text, pub_date, pub_method FROM articles").fetchall()
    return run


def cuts(path: Path, count: int, folder: Path) -> list[Path]:
    """``path`` cut short at ``count`` evenly spread points and a few near either end, each a file in ``folder``
    named like the original (so a cut ``.warc.gz`` is still named one)."""
    data = path.read_bytes()
    size = len(data)
    points = {1, 2, 3, 10, 27, 64, 100, 512, size - 1, size - 2, size - 10, size - 100}
    points |= {size * k // (count + 1) for k in range(1, count + 1)}
    stem, dot, suffix = path.name.partition(".")
    out = []
    for p in sorted(x for x in points if 0 < x < size):
        cut = folder / f"{stem}.cut{p:07d}{dot}{suffix}"
        cut.write_bytes(data[:p])
        out.append(cut)
    return out


def feed_entries_with_text(path: Path) -> int:
    """Entries feedparser itself reads from a feed file (its default options) whose content or summary holds
    text: a word, not markup or punctuation alone."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        parsed = feedparser.parse(path.read_bytes())
    n = 0
    for entry in parsed.entries:
        text = fragment_to_text(entry["content"][0].get("value", "")) if entry.get("content") else ""
        if not re.search(r"\w", text) and entry.get("summary"):
            text = fragment_to_text(entry["summary"])
        n += bool(re.search(r"\w", text))
    return n


def _norm(text: str) -> str:
    return " ".join(text.split())


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DEFAULT)
    ap.add_argument(
        "--cuts", type=int, default=24, help="evenly spread cuts per archive (plus 12 near the ends)"
    )
    ap.add_argument("--only", choices=["pages", "feeds", "warc", "cuts"], default=None)
    ap.add_argument("-v", "--verbose", action="store_true", help="print every problem found")
    args = ap.parse_args()
    if not args.data.exists():
        print(f"skipped: {args.data} not found")
        return 0
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        groups: dict[str, list[Path]] = {
            name: sorted(p for p in (args.data / name).rglob("*") if p.is_file())
            for name in ("pages", "feeds", "warc")
        }
        cut_folder = tmp_path / "cuts"
        cut_folder.mkdir()
        archives = [p for p in groups["warc"] if p.name.lower().endswith(ARCHIVES) or _gzip(p)]
        groups["cuts"] = [c for p in archives for c in cuts(p, args.cuts, cut_folder)]
        if args.only:
            groups = {args.only: groups[args.only]}
        (tmp_path / "db").mkdir()
        runs: dict[str, list[Run]] = {}
        for name, paths in groups.items():
            runs[name] = [ingest(p, tmp_path / "db" / f"{name}-{i}.db") for i, p in enumerate(paths)]
        report(runs, args)
    print(f"took {time.perf_counter() - started:.0f}s")
    return 0


def _gzip(path: Path) -> bool:
    with path.open("rb") as f:
        return f.read(2) == b"\x1f\x8b"


def report(runs: dict[str, list[Run]], args: argparse.Namespace) -> None:
    everything = [r for group in runs.values() for r in group]
    statuses = collections.Counter(r.status for r in everything)
    tracebacks = [r for r in everything if "Traceback" in r.stderr or "internal error" in r.stderr]
    stray = [
        (r.path, ln)
        for r in everything
        for ln in r.stderr.splitlines()
        if ln.strip() and not ln.startswith(("skipped ", "warning ", "error: "))
    ]
    unnamed = [
        (r.path, ln)
        for r in everything
        for ln in r.lines("skipped ") + r.lines("warning ")
        if not ln.split(" ", 1)[1].startswith(str(r.path))
    ]
    refused = [r for r in everything if r.stored == 0]
    silent = [r for r in refused if not r.lines("skipped ")]
    print(f"inputs: {len(everything)} ({', '.join(f'{k} {len(v)}' for k, v in runs.items())})")
    print(f"exit statuses: {dict(sorted(statuses.items()))}; status 2: {statuses.get(2, 0)}")
    print(f"tracebacks or internal errors: {len(tracebacks)}")
    print(f"stderr lines naming no input: {len(stray)}")
    print(f"skipped/warning lines not naming their input file: {len(unnamed)}")
    print(
        f"inputs that stored nothing: {len(refused)}; of those with a line naming them: {len(refused) - len(silent)}"
    )
    warned = sum(bool(r.lines("warning ")) for r in everything)
    print(f"inputs with library warnings attached: {warned}")
    if args.verbose:
        for r in tracebacks:
            print(f"  TRACEBACK {r.path}:\n{r.stderr}")
        for path, ln in stray[:40]:
            print(f"  STRAY {path}: {ln[:160]}")
        for path, ln in unnamed[:40]:
            print(f"  UNNAMED {path}: {ln[:160]}")
        for r in silent:
            print(f"  SILENT {r.path} (status {r.status})")
    if "feeds" in runs:
        _feeds(runs["feeds"], args.verbose)
    if "pages" in runs:
        _pages(runs["pages"], args.verbose)


def _feeds(runs: list[Run], verbose: bool) -> None:
    expected = stored = 0
    for r in runs:
        n = feed_entries_with_text(r.path)
        expected += n
        stored += min(n, r.stored)
        if verbose and r.stored < n:
            print(f"  FEED {r.path}: feedparser reads {n} entries with text, {r.stored} stored")
    print(f"feeds: entries feedparser reads with text: {expected}; stored: {stored}")


def _pages(runs: list[Run], verbose: bool) -> None:
    folder = runs[0].path.parent
    evaluation = json.loads((folder / "evaldata.json").read_text(encoding="utf-8"))
    by_name = {r.path.name: r for r in runs}
    present = wrong = n_with = n_without = 0
    methods: collections.Counter[str] = collections.Counter()
    right: collections.Counter[str] = collections.Counter()
    known: collections.Counter[str] = collections.Counter()
    for name, rec in sorted(evaluation.items()):
        run = by_name.get(name)
        texts = run.texts if run else []
        body = _norm(" ".join(t for _, t, _, _ in texts))
        for s in rec.get("with", []):
            n_with += 1
            ok = _norm(s) in body
            present += ok
            if verbose and not ok:
                print(f"  MISSING {name}: {s[:70]!r}")
        for s in rec.get("without", []):
            n_without += 1
            bad = _norm(s) in body
            wrong += bad
            if verbose and bad:
                print(f"  PRESENT {name}: {s[:70]!r}")
        for _, _, day, method in texts[:1]:
            methods[method] += 1
            if rec.get("date"):
                known[method] += 1
                right[method] += day == rec["date"]
    print(
        f"pages: 'with' snippets present {present}/{n_with} = {present / n_with:.1%}; "
        f"'without' snippets present {wrong}/{n_without} = {wrong / n_without:.1%}"
    )
    alone_with, alone_without = _trafilatura_alone(folder, evaluation)
    print(
        f"pages, trafilatura alone (storyline's former options): 'with' {alone_with}/{n_with} = "
        f"{alone_with / n_with:.1%}; 'without' {alone_without}/{n_without} = {alone_without / n_without:.1%}"
    )
    print(f"pages: date methods {dict(sorted(methods.items()))}")
    print(
        "pages: dates equal to the evaluation data's, where it gives one: "
        + ", ".join(f"{m} {right[m]}/{known[m]}" for m in sorted(known) if m != "unknown")
    )


def _trafilatura_alone(folder: Path, evaluation: dict) -> tuple[int, int]:
    """Snippets present in what trafilatura extracts on its own (no comments, no tables, default balance)."""
    present = wrong = 0
    for name, rec in evaluation.items():
        html = (folder / name).read_bytes().decode("utf-8", errors="replace")
        text = _norm(trafilatura.extract(html, include_comments=False, include_tables=False) or "")
        present += sum(_norm(s) in text for s in rec.get("with", []))
        wrong += sum(_norm(s) in text for s in rec.get("without", []))
    return present, wrong


if __name__ == "__main__":
    sys.exit(main())
