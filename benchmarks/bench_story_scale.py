"""Story clustering at scale: time and memory of clustering 100,000 generated articles in batches of 10,000.

The articles are made by recombining the sentences of the shared dev corpora (ECB+, timeline17, PolNeAR, geneva2):
each generated event draws most of its articles' sentences from one source document plus a few from anywhere,
its articles are dated within a week of the event's start, and the starts spread over two years. Batches are fed
in date order to one SQLite file, committed after each batch, as the store does. The figure to watch is the time
per batch as the store grows: it must stay flat.

    .venv/bin/python benchmarks/bench_story_scale.py [--limit N] [--batch 10000] [--link-chunk N] [--held N]

``--link-chunk`` and ``--held`` set how many new articles are linked at a time and how many earlier articles'
vectors a batch holds between its steps (``engine.LINK_CHUNK``, ``engine.HELD``); a huge value for both gives
the engine as it was before memory was bounded.
"""

from __future__ import annotations

import argparse
import random
import re
import resource
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from storyline.across.stories import StoryEngine, StoryInput
from storyline.across.stories import engine as engine_module
from storyline.store import Store

SHARED = Path(__file__).resolve().parents[2] / "shared"
SOURCES = [
    SHARED / "data" / "ecbplus" / "texts",
    SHARED / "data" / "timeline17",
    SHARED / "data" / "polnear",
    SHARED / "corpus" / "geneva2",
]
START = date(2012, 1, 1)
DAYS = 730


# The generator's own sentence splitter (a sentence ends at a terminal mark before a space, or at the line end),
# kept as it was when the figures in RESULTS.md were measured, so the generated corpus stays the same.
_SENTENCE = re.compile(r"[^\s].*?(?:[.!?]+[\"'”’)\]]*(?=\s)|$)", re.MULTILINE)


def sentences(text: str) -> list[tuple[int, int]]:
    return [
        (m.start(), m.start() + len(m.group(0).rstrip()))
        for m in _SENTENCE.finditer(text)
        if m.group(0).strip()
    ]


def documents() -> list[list[str]]:
    """Each source document as its list of sentences of at least six words."""
    docs = []
    for root in SOURCES:
        if not root.exists():
            continue
        for path in sorted(root.rglob("*.txt")):
            if "timelines" in path.parts:
                continue
            text = path.read_text(errors="replace")
            sents = [text[s:e] for s, e in sentences(text) if len(re.findall(r"\w+", text[s:e])) >= 6]
            if len(sents) >= 3:
                docs.append(sents)
    return docs


def generate(n: int, docs: list[list[str]], seed: int = 0) -> list[StoryInput]:
    """``n`` articles grouped in events, sorted by (day, id)."""
    rng = random.Random(seed)
    pool = [s for d in docs for s in d]
    out: list[StoryInput] = []
    event = 0
    while len(out) < n:
        source = rng.choice(docs)
        start = START + timedelta(days=rng.randrange(DAYS))
        for _ in range(min(n - len(out), rng.randint(1, 9))):
            own = rng.sample(source, min(len(source), rng.randint(3, 8)))
            text = " ".join(own + rng.sample(pool, 2))
            day = (start + timedelta(days=rng.randrange(7))).isoformat()
            title = " ".join(own[0].split()[:10])
            out.append(StoryInput(f"a-{len(out):06d}", title, text, f"outlet{rng.randrange(40)}", day))
        event += 1
    return sorted(out, key=lambda a: (a.published, a.id))


def peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=100_000, help="number of articles to generate")
    ap.add_argument("--batch", type=int, default=10_000)
    ap.add_argument("--link-chunk", type=int, default=engine_module.LINK_CHUNK)
    ap.add_argument("--held", type=int, default=engine_module.HELD)
    args = ap.parse_args(argv)
    engine_module.LINK_CHUNK, engine_module.HELD = args.link_chunk, args.held
    t0 = time.perf_counter()
    docs = documents()
    if not docs:
        print("skip: no shared corpora found")
        return 0
    items = generate(args.limit, docs)
    print(
        f"generated {len(items)} articles from {len(docs)} source documents in {time.perf_counter() - t0:.1f}s"
    )
    print(f"peak memory before clustering: {peak_mib():.0f} MiB")
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "scale.db")
        engine = StoryEngine(store.stories, store.duplicates)
        total = 0.0
        print("batch  store_before  seconds  articles/s  stories  duplicates  peak_MiB")
        for i in range(0, len(items), args.batch):
            batch = items[i : i + args.batch]
            t = time.perf_counter()
            with store.write():
                out = engine.add(batch)
            secs = time.perf_counter() - t
            total += secs
            stories = store.stories.count()
            dups = sum(1 for a in out if a.duplicate_of)
            print(
                f"{i // args.batch + 1:5d}  {i:12d}  {secs:7.1f}  {len(batch) / secs:10.0f}  {stories:7d}"
                f"  {dups:10d}  {peak_mib():8.0f}",
                flush=True,
            )
        size = (Path(tmp) / "scale.db").stat().st_size / 2**20
        store.close()
    print(
        f"clustered {len(items)} articles in {total:.1f}s; database {size:.0f} MiB; peak memory {peak_mib():.0f} MiB"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
