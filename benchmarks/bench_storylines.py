"""Storylines where they must keep apart what is different: ECB+ (two events of one kind in each topic), and
geneva2 among all of Timeline17 (plus Syria coverage re-dated into geneva2's months).

ECB+ texts carry no dates, so nothing but content keeps storylines apart there: it prints how many storylines
the 90 stories make, their purity against ECB+'s 35 topics (the share of each storyline's articles that belong to
its commonest topic, article-weighted) and how many storylines mix topics. For geneva2 it prints whether the
storyline that holds geneva2's story holds anything else (informational); and for Timeline17 with all six folders in one store,
each folder's share in the storyline holding most of it (the three H1N1 folders count as one subject).

Run: ``.venv/bin/python benchmarks/bench_storylines.py`` (no spaCy needed; about two minutes).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_stories import ECB, GENEVA, POLNEAR, T17, by_day, chunks, ecb_gold, inputs, syria_coverage  # noqa: E402
from storyline.across.stories import StoryEngine, StoryInput  # noqa: E402
from storyline.across.storylines import Params, StorylineEngine  # noqa: E402
from storyline.store import Store  # noqa: E402

PARAMS = Params()


def run(batches: Sequence[Sequence[StoryInput]]) -> Store:
    store = Store(":memory:")
    stories = StoryEngine(store.stories, store.duplicates)
    lines = StorylineEngine(store.stories, store.storylines, PARAMS)
    for batch in batches:
        stories.add(batch)
        lines.update(stories.touched)
    return store


def members(store: Store) -> list[list[str]]:
    """Each storyline's articles."""
    by_story = {s.id: s.articles for s in store.stories.stories()}
    return [
        [a for sid in row.stories for a in by_story.get(sid, ())] for row in store.storylines.storylines()
    ]


def bench_ecb() -> None:
    if not ECB.exists():
        print(f"skip ECB+: {ECB} missing")
        return
    items, gold = ecb_gold(None)
    topic = {i.id: g.split("_")[0] for i, g in zip(items, gold, strict=True)}
    started = time.perf_counter()
    store = run([items])
    lines = members(store)
    pure = sum(Counter(topic[a] for a in line).most_common(1)[0][1] for line in lines)
    mixed = sum(1 for line in lines if len({topic[a] for a in line}) > 1)
    print(
        f"ECB+: {len(items)} documents, {len(store.stories.stories())} stories, {len(lines)} storylines "
        f"({len(set(topic.values()))} topics); purity {pure / len(items):.3f}; storylines mixing topics: {mixed}"
        f"  {time.perf_counter() - started:.1f}s"
    )


def bench_timeline17() -> None:
    if not (GENEVA.exists() and T17.exists()):
        print("skip geneva2/timeline17: shared data missing")
        return
    seeds = inputs(GENEVA)
    folders = sorted(p for p in T17.iterdir() if p.is_dir())
    t17 = {i.id: folder.name for folder in folders for i in inputs(folder / "InputDocs")}
    items = [*seeds, *(i for folder in folders for i in inputs(folder / "InputDocs"))]
    syria = syria_coverage() if POLNEAR.exists() else []
    started = time.perf_counter()
    store = run(chunks(by_day(items + syria), 200))
    lines = members(store)
    seed_ids = {s.id for s in seeds}
    (with_geneva,) = [line for line in lines if seed_ids & set(line)]
    others = len(set(with_geneva) - seed_ids)
    print(
        f"geneva2 + Timeline17 + {len(syria)} Syria articles: {len(items) + len(syria)} articles, "
        f"{len(store.stories.stories())} stories, {len(lines)} storylines in {time.perf_counter() - started:.1f}s"
    )
    print(
        f"  geneva2's storyline holds {others} other article(s) (informational: the Syria coverage re-dated into "
        "its months is the same war, so one storyline may rightly hold both)"
    )
    by_subject: dict[str, list[str]] = {}
    for aid, folder in t17.items():
        by_subject.setdefault("H1N1" if folder.startswith("H1N1") else folder, []).append(aid)
    for name, ids in sorted(by_subject.items()):
        best = max(lines, key=lambda line: len(set(line) & set(ids)))
        own = len(set(best) & set(ids))
        foreign = Counter(
            "H1N1" if t17[a].startswith("H1N1") else t17[a] for a in best if a in t17 and a not in ids
        )
        print(
            f"  {name:22} its largest storyline holds {own / len(ids):.2f} of its {len(ids)} articles; "
            f"from other folders: {dict(foreign) or 'none'}"
        )


def bench_folders(cache: dict[str, list[StoryInput]]) -> None:
    """Each Timeline17 folder alone (as the issue measures it): the share of its articles that contain a query word
    held by its largest storyline."""
    if not T17.exists():
        return
    shares = []
    for folder in sorted(p for p in T17.iterdir() if p.is_dir()):
        items = cache.setdefault(folder.name, inputs(folder / "InputDocs"))
        keywords = [k.lower() for k in json.loads((folder / "keywords.json").read_text())]
        relevant = {i.id for i in items if any(k in f"{i.title or ''} {i.text}".lower() for k in keywords)}
        lines = members(run(chunks(by_day(items), 200)))
        best = max(len(relevant & set(line)) for line in lines) / len(relevant)
        shares.append(best)
        print(
            f"  {folder.name:22} alone: {len(lines):3} storylines, the largest holds {best:.2f} of its query articles"
        )
    print(f"  lowest {min(shares):.2f} (bar 0.80)")


def main() -> int:
    global PARAMS
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--link", type=float, default=Params.link)
    ap.add_argument("--join", type=float, default=Params.join)
    ap.add_argument("--merge", type=float, default=Params.merge)
    ap.add_argument("--merge-floor", type=float, default=Params.merge_floor)
    ap.add_argument("--gap", type=int, default=Params.gap_days)
    ap.add_argument("--folders-only", action="store_true", help="skip geneva2 inside all of Timeline17")
    args = ap.parse_args()
    PARAMS = Params(
        link=args.link, join=args.join, merge=args.merge, merge_floor=args.merge_floor, gap_days=args.gap
    )
    print(
        f"storylines: link {PARAMS.link}, join {PARAMS.join}, merge {PARAMS.merge} (floor {PARAMS.merge_floor}), gap {PARAMS.gap_days} days"
    )
    bench_ecb()
    bench_folders({})
    if not args.folders_only:
        bench_timeline17()
    return 0


if __name__ == "__main__":
    sys.exit(main())
