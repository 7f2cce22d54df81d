"""Figures of real stories: haiti_bbc and the three H1N1 folders of Timeline17, checked against the issue's lines.

Run: ``.venv/bin/python benchmarks/bench_figures.py [--db-dir DIR] [--fresh] [--scope folder|story] [--top N]``.

Each folder is ingested once into ``DIR/<folder>.db`` (default ``/tmp/storyline-bench-figures``; ``--fresh``
ingests again), then its figures are built from the stored articles: over the whole folder (``--scope folder``,
the default: what a storyline that holds the folder shows) or over its largest story (``--scope story``). The
script prints, per folder, how many figures there are and how many a report shows (points from two articles
or more), the top figures with their course (the value most articles gave each day it moved), the sentences the
summary tells about its key figures, and the checks below, each PASS or FAIL with its numbers.

The checks, and the rules that judge them (stated here, shown in the output):

- haiti_bbc: the quake's death toll is the figure that counts deaths in Haiti (its measure is the death toll,
  its label names Haiti; the largest such). A point *is the toll* when (1) its value, or the top of its range,
  is 1,000 or more (every estimate of the quake's toll was in the thousands or more from the first day, so a
  smaller number counts something else: UN staff, a building, patients), (2) its sentence names no year before
  2010 (a past quake), (3) its sentence names no part of the whole (UN, staff, personnel, peacekeepers,
  soldiers, troops, patients, prisoners), and (4) its counted noun is not a measure (magnitude, percent). Pass:
  at least 80% of the points are the toll; its course holds at least three successive estimates in time order;
  no point is the UN's losses, the magnitude or a past quake (by rules 1-3); the summary tells the figure,
  rising, to its latest value.
- H1N1 (reuters, bbc, guardian): the Mexican outbreak's deaths are the figure that counts deaths in Mexico.
  Pass: it exists; its course rises (its largest value is above its first); a revision is told (the summary's
  sentence says "revised down to", and whether the count it was revised to is a confirmed one is shown); no
  point is seasonal flu or a past pandemic (no value of 10,000 or more; within 80 characters either side of
  the point, in its sentence, no year before 2009 and no "seasonal", "each year", "every year" or "annual").
- Every folder: figures per article (the issue counted 319 figures for a 32-article story).
"""

from __future__ import annotations

import argparse
import re
import time
from pathlib import Path

from storyline import Store, ingest
from storyline.models import Analysis, Article
from storyline.reconstruct.figure_course import course
from storyline.reconstruct.figures import FigurePoint, FigureView, build_figures
from storyline.reconstruct.summary import fuse, key_figures, says

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "timeline17"
FOLDERS = ("haiti_bbc", "H1N1_reuters", "H1N1_bbc", "H1N1_guardian")
PART_WORDS = re.compile(
    r"\b(?:UN|U\.N\.|United Nations|staff|personnel|peacekeepers?|soldiers?|troops|patients|prisoners)\b"
)
MEASURE_UNITS = {"magnitude", "percent"}
SEASONAL = re.compile(r"\b(?:seasonal|each year|every year|annual(?:ly)?|a year)\b", re.IGNORECASE)
YEAR = re.compile(r"\b(1[89]\d\d|200\d|2010)\b")
NEAR = 80
"""Characters either side of a point that the H1N1 comparison rule reads."""


def load(folder: str, db_dir: Path, fresh: bool) -> tuple[list[Article], dict[str, Analysis], list[str]]:
    """The folder's articles and analyses (ingested once), and the ids of its largest story's articles."""
    db = db_dir / f"{folder}.db"
    if fresh and db.exists():
        for path in db_dir.glob(f"{folder}.db*"):
            path.unlink()
    db_dir.mkdir(parents=True, exist_ok=True)
    with Store(db) as store:
        if not store.count():
            started = time.perf_counter()
            report = ingest([DATA / folder / "InputDocs"], store)
            print(f"  ingested {folder}: {report.summary()} in {time.perf_counter() - started:.0f}s")
        articles = store.articles()
        analyses = store.analyses([a.id for a in articles])
        stories = store.stories.stories()
    largest = max(stories, key=lambda s: (len(s.articles), s.id)) if stories else None
    return articles, analyses, list(largest.articles) if largest else []


def sentence_of(p: FigurePoint, texts: dict[str, str], analyses: dict[str, Analysis]) -> str:
    spans = analyses[p.article].sentences
    span = next((s for s in spans if s.start <= p.citation.start < s.end), None)
    text = texts[p.article]
    return " ".join(
        (text[span.start : span.end] if span else text[p.citation.start : p.citation.end]).split()
    )


def near_words(p: FigurePoint, texts: dict[str, str], analyses: dict[str, Analysis]) -> str:
    """The point's words with up to ``NEAR`` characters either side, within its sentence."""
    spans = analyses[p.article].sentences
    span = next((s for s in spans if s.start <= p.citation.start < s.end), None)
    lo, hi = (span.start, span.end) if span else (0, len(texts[p.article]))
    start, end = max(lo, p.citation.start - NEAR), min(hi, p.citation.end + NEAR)
    return " ".join(texts[p.article][start:end].split())


def show(view: FigureView, texts: dict[str, str], analyses: dict[str, Analysis], every: bool) -> None:
    articles = len({p.article for p in view.points})
    print(
        f"  - {view.figure.label} ({view.measure or 'no family'}): {len(view.points)} points, {articles} articles"
    )
    for step in course(view):
        p = step.point
        print(f"      {p.published} {step.move:>7} {says(p):<28} ({step.support} art.) {p.text[:60]!r}")
    if every:
        for p in view.points:
            print(f"        . {p.published} {says(p):<28} | {sentence_of(p, texts, analyses)[:150]}")


def verdict(name: str, ok: bool, detail: str) -> bool:
    print(f"  [{'PASS' if ok else 'FAIL'}] {name}: {detail}")
    return ok


def top(value: FigurePoint) -> float:
    return float(value.upper if value.upper is not None else value.value)


def check_haiti(figures: list[FigureView], texts: dict[str, str], analyses: dict[str, Analysis]) -> bool:
    tolls = [f for f in figures if f.measure == "death toll" and "Haiti" in f.figure.label]
    if not verdict("a figure counts deaths in Haiti", bool(tolls), ", ".join(f.figure.label for f in tolls)):
        return False
    toll = max(tolls, key=lambda f: (len(f.points), f.figure.id))
    judged = []
    for p in toll.points:
        sentence = sentence_of(p, texts, analyses)
        years = [int(y) for y in YEAR.findall(sentence)]
        reasons = [
            "under 1,000" if top(p) < 1000 else "",
            "names a year before 2010" if any(y < 2010 for y in years) else "",
            "names a part" if PART_WORDS.search(sentence) else "",
            "a measure" if (p.unit or "") in MEASURE_UNITS else "",
        ]
        judged.append((p, [r for r in reasons if r], sentence))
    not_toll = [(p, r, s) for p, r, s in judged if r]
    share = 1 - len(not_toll) / len(judged)
    ok = verdict(
        "share of the toll's points that are the toll", share >= 0.8, f"{share:.0%} of {len(judged)}"
    )
    for p, reasons, sentence in not_toll:
        print(f"        not the toll ({', '.join(reasons)}): {p.published} {says(p)} | {sentence[:140]}")
    steps = course(toll)
    ordered = [s.point.published or "" for s in steps]
    ok &= verdict(
        "successive estimates in time order",
        len(steps) >= 3 and ordered == sorted(ordered),
        " -> ".join(f"{says(s.point)} ({s.point.published})" for s in steps),
    )
    told = [f for f in key_figures(figures) if f.figure.id == toll.figure.id]
    sentence = fuse(told[0]).text if told else ""
    latest = says(steps[-1].point, bare=True) if steps else "?"
    ok &= verdict(
        "the summary tells the latest toll and the move",
        " rose from " in sentence and latest in sentence,
        sentence or "not told",
    )
    return ok


def check_h1n1(figures: list[FigureView], texts: dict[str, str], analyses: dict[str, Analysis]) -> bool:
    mexico = [f for f in figures if f.measure == "death toll" and "Mexico" in f.figure.label]
    if not verdict(
        "a figure counts deaths in Mexico", bool(mexico), ", ".join(f.figure.label for f in mexico)
    ):
        return False
    deaths = max(mexico, key=lambda f: (len(f.points), f.figure.id))
    steps = course(deaths)
    values = [float(s.point.value) for s in steps]
    ok = verdict(
        "the count rises",
        len(values) > 1 and max(values) > values[0],
        " -> ".join(f"{s.move} {says(s.point, bare=True)} ({s.point.published})" for s in steps),
    )
    told = [f for f in key_figures(figures) if f.figure.id == deaths.figure.id]
    sentence = fuse(told[0]).text if told else ""
    revised = sentence.split("revised down to", 1)[1] if "revised down to" in sentence else ""
    confirmed = "confirmed" in revised.split("),")[0]
    ok &= verdict(
        "the later count told as a revision",
        bool(revised),
        f"{sentence or 'not told'} [revised to a confirmed count: {'yes' if confirmed else 'no'}]",
    )
    comparisons = []
    for p in deaths.points:
        sentence = near_words(p, texts, analyses)
        years = [int(y) for y in YEAR.findall(sentence)]
        if top(p) >= 10000 or SEASONAL.search(sentence) or any(y < 2009 for y in years):
            comparisons.append((p, sentence))
    ok &= verdict(
        "no seasonal flu or past pandemic among its points",
        not comparisons,
        f"{len(comparisons)} of {len(deaths.points)}",
    )
    for p, sentence in comparisons:
        print(f"        comparison: {p.published} {says(p)} | {sentence[:140]}")
    return ok


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db-dir", type=Path, default=Path("/tmp/storyline-bench-figures"))
    parser.add_argument("--fresh", action="store_true", help="ingest the folders again")
    parser.add_argument("--scope", choices=("folder", "story"), default="folder")
    parser.add_argument("--top", type=int, default=6, help="figures shown per folder")
    parser.add_argument("--points", action="store_true", help="show every point of the checked figures")
    args = parser.parse_args()
    if not DATA.exists():
        raise SystemExit(f"Timeline17 not found at {DATA}")
    passed = True
    for folder in FOLDERS:
        articles, analyses, largest = load(folder, args.db_dir, args.fresh)
        story = [a for a in articles if a.id in set(largest)]
        chosen = articles if args.scope == "folder" else story
        started = time.perf_counter()
        figures = build_figures(chosen, analyses)
        took = time.perf_counter() - started
        story_figures = build_figures(story, analyses)
        texts = {a.id: a.text for a in articles}
        reported = [f for f in figures if len({p.article for p in f.points}) > 1]
        print(
            f"\n== {folder} ({args.scope}): {len(chosen)} articles, {len(figures)} figures "
            f"({len(figures) / max(len(chosen), 1):.2f} per article), {len(reported)} in a report, {took:.1f}s; "
            f"largest story: {len(story)} articles, {len(story_figures)} figures"
        )
        for view in figures[: args.top]:
            show(view, texts, analyses, False)
        print("  summary tells:")
        for view in key_figures(figures)[:2]:
            print(f"    {fuse(view).text}")
        checked = check_haiti if folder.startswith("haiti") else check_h1n1
        passed &= checked(figures, texts, analyses)
        if args.points:
            wanted = "Haiti" if folder.startswith("haiti") else "Mexico"
            for view in figures:
                if view.measure == "death toll" and wanted in view.figure.label:
                    show(view, texts, analyses, True)
    print(f"\n{'all checks pass' if passed else 'some checks fail'}")


if __name__ == "__main__":
    main()
