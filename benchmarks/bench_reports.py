"""Real stories read as a reader would: each Timeline17 dev folder ingested whole, its storylines and the reports
they give, checked with a general lint (``report_lint.py``).

For each folder it prints: how many articles, stories and storylines; the share of the folder's articles that
contain one of the topic's query words held by its largest storyline (the issue's bar: at least 80%); and, over
the largest storyline's summary and timeline, the share of sentences the lint finds clean (bar: 98%), the
flagged sentences with their reasons, and the titles the lint flags (every story's, and the largest
storyline's); the lint's run-on check knows the words the folder writes in lower case. ``--report DIR`` also writes each
largest storyline's Markdown report for reading by hand. Stores are kept under ``--stores`` (default
/tmp/storyline_bench_reports) and reused when ``--reuse`` is given, so the read side can be iterated on.

Run: ``.venv/bin/python benchmarks/bench_reports.py [--topics A,B] [--report /tmp/reports] [--reuse]``
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import report_lint as lint  # noqa: E402
from storyline.corpus import Corpus  # noqa: E402
from storyline.render.markdown import render_markdown  # noqa: E402
from storyline.store import Store  # noqa: E402

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "timeline17"
STUDY = ("H1N1_bbc", "H1N1_guardian", "haiti_bbc")
"""The topics the rules were looked at on (the first three by sha256 of the name); the others are the check."""
BAR_STORYLINE = 0.80
BAR_CLEAN = 0.98


def build(topic: Path, db: Path, reuse: bool) -> float:
    """Ingests a folder into ``db`` with the installed command (analysis in 2 processes); returns seconds."""
    if reuse and db.exists():
        return 0.0
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    started = time.perf_counter()
    cmd = [
        sys.executable,
        "-m",
        "storyline",
        "ingest",
        str(topic / "InputDocs"),
        "--db",
        str(db),
        "-q",
        "-j",
        "2",
    ]
    subprocess.run(cmd, capture_output=True, text=True)
    return time.perf_counter() - started


def check(topic: Path, db: Path, report_dir: Path | None) -> dict:
    keywords = [k.lower() for k in json.loads((topic / "keywords.json").read_text())]
    with Store(db, readonly=True) as store:
        corpus = Corpus(store)
        articles = store.articles()
        relevant = {a.id for a in articles if any(k in f"{a.title or ''} {a.text}".lower() for k in keywords)}
        lines = corpus.storylines()
        stories = corpus.stories()
        main = max(lines, key=lambda line: (len(line.articles), line.id))
        held = len(relevant & set(main.articles)) / max(1, len(relevant))
        bundle = corpus.storyline_bundle(main.id)
        told = bundle.reconstruction
        sentences = [c.text for c in told.summary] + [c.text for e in told.timeline for c in e.sentences]
        lower_case = lint.lower_case_words(a.text for a in articles)
        modifiers = lint.modifier_words(a.text for a in articles)
        flagged = [(s, lint.sentence_problems(s, lower_case)) for s in sentences]
        flagged += [(c.text, ["a question in the summary"]) for c in told.summary if lint.question(c.text)]
        flagged = [(s, p) for s, p in flagged if p]
        repeated = [told.summary[i].text for i in lint.repeats(c.text for c in told.summary)]
        titles = [(s.title, lint.title_problems(s.title, lower_case, modifiers)) for s in stories]
        titles.append((main.title, lint.title_problems(main.title, lower_case, modifiers)))
        shared = lint.shared_titles(s.title for s in stories)
        titles = [
            (t, p + ["the same title on three stories or more"] * (" ".join(t.split()).lower() in shared))
            for t, p in titles
        ]
        if report_dir:
            by_id = {s.id: s for s in stories}
            report_dir.mkdir(parents=True, exist_ok=True)
            text = render_markdown(bundle, [by_id[i] for i in main.stories])
            (report_dir / f"{topic.name}.md").write_text(text)
    bad = len(flagged) + len(repeated)
    return {
        "articles": len(articles),
        "stories": len(stories),
        "storylines": len(lines),
        "held": held,
        "relevant": len(relevant),
        "sentences": len(sentences),
        "clean": 1 - bad / max(1, len(sentences)),
        "flagged": flagged,
        "repeated": repeated,
        "titles": len(titles),
        "bad_titles": [(t, p) for t, p in titles if p],
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--topics", help="comma-separated topic folders (default: all)")
    ap.add_argument("--stores", type=Path, default=Path("/tmp/storyline_bench_reports"))
    ap.add_argument("--reuse", action="store_true", help="reuse stores built by an earlier run")
    ap.add_argument("--report", type=Path, help="write each main storyline's Markdown report here")
    ap.add_argument("--quiet", action="store_true", help="print only the table")
    args = ap.parse_args()
    if not DATA.is_dir():
        print(f"skipped: {DATA} not found")
        return 0
    topics = sorted(p for p in DATA.iterdir() if (p / "InputDocs").is_dir())
    if args.topics:
        topics = [t for t in topics if t.name in args.topics.split(",")]
    args.stores.mkdir(parents=True, exist_ok=True)
    rows = []
    for topic in topics:
        took = build(topic, args.stores / f"{topic.name}.db", args.reuse)
        result = check(topic, args.stores / f"{topic.name}.db", args.report)
        rows.append((topic.name, took, result))
        if not args.quiet:
            print(f"== {topic.name}")
            for sentence, problems in result["flagged"]:
                print(f"  flagged ({', '.join(problems)}): {sentence[:160]}")
            for sentence in result["repeated"]:
                print(f"  repeats an earlier summary sentence: {sentence[:160]}")
            for title, problems in result["bad_titles"]:
                print(f"  title ({', '.join(problems)}): {title[:120]}")
    print()
    print(
        "topic                 half   articles stories lines  held  (bar 0.80)  clean  (bar 0.98)  titles ok  ingest s"
    )
    for name, took, r in rows:
        half = "study" if name in STUDY else "check"
        titles_ok = f"{r['titles'] - len(r['bad_titles'])}/{r['titles']}"
        print(
            f"{name:22}{half:7}{r['articles']:8} {r['stories']:7} {r['storylines']:5}  {r['held']:.2f} "
            f"{'PASS' if r['held'] >= BAR_STORYLINE else 'FAIL':>11}  {r['clean']:.3f} "
            f"{'PASS' if r['clean'] >= BAR_CLEAN else 'FAIL':>11}  {titles_ok:>9}  {took:7.1f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
