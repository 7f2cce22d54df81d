"""Story clustering quality on the shared dev data.

1. ECB+ (35 topics, each two real events of one kind): B3 F1 and ARI of stories against gold.tsv's ``story``,
   articles ingested one at a time in file order and shuffled (ECB+ texts carry no publication date), next to a
   TF-IDF + agglomerative (average link, cosine) baseline at its best distance threshold. ``--entities`` runs
   spaCy first and gives the engine its entity names, as ingest does; ``--grid`` sweeps join and weights.
2. geneva2 inside timeline17: the five seed articles ingested with every timeline17 article must form one story
   with nothing else in it; again with Syria coverage from PolNeAR re-dated into the same months of 2013.
3. Incremental determinism: the timeline17 + geneva2 corpus ingested in two halves (chronological and random) vs
   at once, and ingested twice.

    .venv/bin/python benchmarks/bench_stories.py [--limit N] [--grid] [--entities] [--skip-ecb] [--skip-geneva]
"""

from __future__ import annotations

import argparse
import itertools
import random
import re
import sys
import time
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path

from sklearn.cluster import AgglomerativeClustering
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics import adjusted_rand_score

from storyline.across.stories import Params, StoryEngine, StoryInput
from storyline.across.stories.features import Weights
from storyline.across.update import story_input
from storyline.analyse.entities import find_mentions
from storyline.analyse.nlp import load_nlp
from storyline.clean import clean
from storyline.models import Analysis
from storyline.readers import RawArticle, read
from storyline.store import Store

SHARED = Path(__file__).resolve().parents[2] / "shared"
ECB = SHARED / "data" / "ecbplus"
T17 = SHARED / "data" / "timeline17"
GENEVA = SHARED / "corpus" / "geneva2"
POLNEAR = SHARED / "data" / "polnear"


def inputs(source: Path, dated: bool = True) -> list[StoryInput]:
    """Articles read and cleaned by the project's own reader and cleaner, in file order."""
    out = []
    for item in read(source):
        if not isinstance(item, RawArticle):
            continue
        a = clean(item)
        out.append(StoryInput(a.id, a.title, a.text, a.outlet, a.published.date if dated else None))
    return out


def b3_f1(pred: Sequence[str], gold: Sequence[str]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 of a clustering against gold labels."""
    by_pred, by_gold = defaultdict(set), defaultdict(set)
    for i, (p, g) in enumerate(zip(pred, gold, strict=True)):
        by_pred[p].add(i)
        by_gold[g].add(i)
    prec = rec = 0.0
    for p, g in zip(pred, gold, strict=True):
        both = len(by_pred[p] & by_gold[g])
        prec += both / len(by_pred[p])
        rec += both / len(by_gold[g])
    prec, rec = prec / len(pred), rec / len(pred)
    return prec, rec, 2 * prec * rec / (prec + rec)


def run_engine(
    batches: Iterable[Sequence[StoryInput]], params: Params | None = None
) -> tuple[StoryEngine, float]:
    store = Store(":memory:")
    engine = StoryEngine(store.stories, store.duplicates, params)
    t0 = time.perf_counter()
    for batch in batches:
        engine.add(batch)
    return engine, time.perf_counter() - t0


def labels(engine: StoryEngine, ids: Sequence[str]) -> list[str]:
    return [engine.tables.story_of(i) for i in ids]


def ecb_gold(limit: int | None, entities: bool = False) -> tuple[list[StoryInput], list[str]]:
    gold = {}
    for line in (ECB / "gold.tsv").read_text().splitlines()[1:]:
        doc, _topic, story = line.split("\t")
        gold[doc] = story
    docs = sorted(gold, key=lambda d: (int(d.split("_")[0]), d))
    if limit:
        topics = sorted({gold[d].split("_")[0] for d in docs}, key=int)[: max(1, limit // 20)]
        docs = [d for d in docs if gold[d].split("_")[0] in topics]
    articles = []
    for doc in docs:
        raw = RawArticle(
            source=str(ECB / "texts" / f"{doc}.txt"), text=(ECB / "texts" / f"{doc}.txt").read_text()
        )
        articles.append(clean(raw))
    if entities:
        # What ingest hands the engine: spaCy's entity mentions, through crossref.story_input.
        docs_ = load_nlp().pipe(a.text for a in articles)
        items = [
            story_input(a, Analysis(a.id, mentions=tuple(find_mentions(doc))))
            for a, doc in zip(articles, docs_, strict=True)
        ]
    else:
        items = [StoryInput(a.id, a.title, a.text, a.outlet, None) for a in articles]
    return items, [gold[d] for d in docs]


def baseline(items: Sequence[StoryInput], gold: Sequence[str]) -> tuple[float, float, float]:
    """TF-IDF + agglomerative clustering at its best threshold on this data: (threshold, B3 F1, ARI)."""
    vec = TfidfVectorizer(stop_words="english", sublinear_tf=True, min_df=1)
    x = vec.fit_transform([f"{i.title or ''}\n{i.text}" for i in items]).toarray()
    best = (0.0, 0.0, 0.0)
    for thr in [0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95]:
        pred = AgglomerativeClustering(
            n_clusters=None, distance_threshold=thr, metric="cosine", linkage="average"
        )
        lab = [str(v) for v in pred.fit_predict(x)]
        f1 = b3_f1(lab, gold)[2]
        if f1 > best[1]:
            best = (thr, f1, adjusted_rand_score(gold, lab))
    return best


def bench_ecb(limit: int | None, grid: bool, entities: bool) -> None:
    if not ECB.exists():
        print(f"skip ECB+: {ECB} missing")
        return
    items, gold = ecb_gold(limit, entities)
    names = "spaCy entity names" if entities else "capitalised names"
    print(f"ECB+: {len(items)} documents, {len(set(gold))} gold stories; {names}")
    shuffled = list(range(len(items)))
    random.Random(0).shuffle(shuffled)
    orders = {"file order": list(range(len(items))), "shuffled": shuffled}
    if grid:
        for join, nw, numw in itertools.product([0.2, 0.225, 0.25, 0.275, 0.3], [0.3, 0.4, 0.5], [0.0, 0.1]):
            params = replace(Params(), join=join, weights=Weights(1 - nw - numw, nw, numw))
            engine, _ = run_engine([items], params)
            p, r, f = b3_f1(labels(engine, [i.id for i in items]), gold)
            print(
                f"  grid join={join} names={nw} numbers={numw}: B3 P {p:.3f} R {r:.3f} F1 {f:.3f}", flush=True
            )
    for name, order in orders.items():
        engine, secs = run_engine([items[i]] for i in order)
        pred = labels(engine, [i.id for i in items])
        p, r, f = b3_f1(pred, gold)
        ari = adjusted_rand_score(gold, pred)
        print(
            f"  storyline ({name}, one article per batch): B3 P {p:.3f} R {r:.3f} F1 {f:.3f}  ARI {ari:.3f}"
            f"  stories {len(set(pred))}  {secs:.1f}s"
        )
    engine, secs = run_engine([items])
    pred = labels(engine, [i.id for i in items])
    p, r, f = b3_f1(pred, gold)
    print(
        f"  storyline (one batch): B3 P {p:.3f} R {r:.3f} F1 {f:.3f}  ARI {adjusted_rand_score(gold, pred):.3f}"
    )
    thr, f, ari = baseline(items, gold)
    print(
        f"  baseline TF-IDF + agglomerative (average, cosine, best threshold {thr}): B3 F1 {f:.3f}  ARI {ari:.3f}"
    )


def syria_coverage() -> list[StoryInput]:
    """PolNeAR articles about Syria (2015-16), re-dated into May-November 2013 to share geneva2's months."""
    out = []
    for path in sorted(POLNEAR.glob("*/text/*.txt")):
        text = path.read_text()
        if len(re.findall(r"\bSyria", text)) < 3:
            continue
        raw = RawArticle(source=str(path), text=text)
        a = clean(raw)
        day = f"2013-{5 + len(out) % 7:02d}-{1 + (len(out) * 7) % 28:02d}"
        out.append(StoryInput(a.id, a.title, a.text, a.outlet, day))
    return out


def check_geneva(engine: StoryEngine, seeds: Sequence[StoryInput], label: str) -> bool:
    stories = {engine.tables.story_of(s.id) for s in seeds}
    members = [s for s in engine.tables.stories() if s.id in stories]
    alone = len(stories) == 1 and set(members[0].articles) == {s.id for s in seeds}
    others = sum(len(m.articles) for m in members) - len(seeds)
    print(
        f"  {label}: geneva2 in {len(stories)} story(ies), {others} other article(s) with them -> {'PASS' if alone else 'FAIL'}"
    )
    if members:
        print(f"    title: {members[0].title!r}")
    return alone


def by_day(items: Sequence[StoryInput]) -> list[StoryInput]:
    return sorted(items, key=lambda i: (i.published is None, i.published or "", i.id))


def chunks(items: Sequence[StoryInput], size: int) -> list[Sequence[StoryInput]]:
    return [items[i : i + size] for i in range(0, len(items), size)]


def snapshot(engine: StoryEngine) -> list[tuple[str, str, tuple[str, ...]]]:
    return sorted((s.id, s.title, tuple(sorted(s.articles))) for s in engine.tables.stories())


def bench_geneva(limit: int | None) -> None:
    if not (GENEVA.exists() and T17.exists()):
        print("skip geneva2/timeline17: shared data missing")
        return
    t0 = time.perf_counter()
    seeds = inputs(GENEVA)
    t17 = [i for topic in sorted(T17.iterdir()) if topic.is_dir() for i in inputs(topic / "InputDocs")]
    if limit:
        t17 = t17[:: max(1, len(t17) // limit)]
    syria = syria_coverage() if POLNEAR.exists() else []
    print(
        f"geneva2 + timeline17: {len(seeds)} seeds ({sum(1 for s in seeds if s.published)} dated), {len(t17)} timeline17"
        f" articles, {len(syria)} Syria articles; read and cleaned in {time.perf_counter() - t0:.1f}s"
    )
    corpus = by_day(seeds + t17)
    engine, secs = run_engine(chunks(corpus, 200))
    print(
        f"  clustered {len(corpus)} articles in batches of 200 in {secs:.1f}s: {len(engine.tables.stories())} stories"
    )
    check_geneva(engine, seeds, "with timeline17")
    mixed = by_day(seeds + t17 + syria)
    engine2, _ = run_engine(chunks(mixed, 200))
    check_geneva(engine2, seeds, "with timeline17 and Syria coverage re-dated to 2013")

    whole = snapshot(engine)
    half = len(corpus) // 2
    twice, _ = run_engine([corpus[:half], corpus[half:]])
    print(f"  two chronological halves == at once: {snapshot(twice) == whole}")
    mixed_order = list(corpus)
    random.Random(1).shuffle(mixed_order)
    rand, _ = run_engine([mixed_order[:half], mixed_order[half:]])
    same = snapshot(rand) == whole
    moved = _moved(engine, rand, [i.id for i in corpus])
    print(f"  two random halves == at once: {same} ({moved} article pairs clustered differently)")
    before = snapshot(engine)
    assignments = engine.add(corpus)
    print(
        f"  second ingest of the same articles: {len(assignments)} assignments, unchanged: {snapshot(engine) == before}"
    )


def _moved(a: StoryEngine, b: StoryEngine, ids: Sequence[str]) -> int:
    la, lb = labels(a, ids), labels(b, ids)
    gold = dict(zip(ids, la, strict=True))
    pred = dict(zip(ids, lb, strict=True))
    pairs_a = {(x, y) for x, y in itertools.combinations(ids, 2) if gold[x] == gold[y]}
    pairs_b = {(x, y) for x, y in itertools.combinations(ids, 2) if pred[x] == pred[y]}
    return len(pairs_a ^ pairs_b)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=None, help="use about N articles of each corpus")
    ap.add_argument("--grid", action="store_true", help="also sweep the clustering thresholds on ECB+")
    ap.add_argument(
        "--entities", action="store_true", help="give ECB+ articles spaCy's entity names, as ingest does"
    )
    ap.add_argument("--skip-ecb", action="store_true")
    ap.add_argument("--skip-geneva", action="store_true")
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    if not args.skip_ecb:
        bench_ecb(args.limit, args.grid, args.entities)
    if not args.skip_geneva:
        bench_geneva(args.limit)
    print(f"total {time.perf_counter() - t0:.1f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
