"""Timeline summarisation on Timeline17, scored as news-tls scores it (see ``_tlseval.py``).

Standard protocol (news-tls ``experiments/evaluate.py``): for each gold timeline, the system is told the gold
number of dates and the rounded average number of sentences per date, the topic's keywords are the query, and
every article of the topic published within the gold timeline's first..last day is the input, with the dates
kept to that span (``--no-span`` lifts both limits). Articles go through storyline's own reading, cleaning and
analysis (parses cached under /tmp keyed by the cleaned texts, analyses also by the analysis code's mtimes:
parsing ~1,100 articles takes minutes).

Figures: alignment-based ROUGE-1 F, ROUGE-2 F (tilse "align+ m:1") and Date-F1, averaged over timelines as
news-tls averages them, and the seconds per topic that ``build_timeline`` takes (analysis time apart); for all
topics and for each half: the study half (the first half of the topics in the order of the SHA-256 of their
names), on which any threshold or weight of the timeline is chosen, and the check half, which only measures.
Run: ``.venv/bin/python benchmarks/bench_timeline.py [--limit N] [--topics A,B] [--no-span]``
"""

from __future__ import annotations

import argparse
import hashlib
import json
import pickle
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _tlseval as E  # noqa: E402
from storyline.clean import clean  # noqa: E402
from storyline.models import Analysis, Article, RawArticle  # noqa: E402
from storyline.readers import read  # noqa: E402
from storyline.reconstruct.timeline import build_timeline  # noqa: E402

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "timeline17"
SRC = Path(__file__).resolve().parents[1] / "src" / "storyline"
CACHE = Path("/tmp/storyline_bench_timeline")
PUBLISHED = {"rouge_1": (0.120, "ROUGE-1 F"), "rouge_2": (0.035, "ROUGE-2 F"), "date": (0.544, "Date-F1")}


def _key(*parts: str) -> str:
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:16]


def _parses(topic: Path, articles: list[Article]) -> list:
    """spaCy Docs of the articles' texts, cached as a DocBin keyed by the model, its pipeline's components and the
    texts (parsing is the slow part)."""
    from spacy.tokens import DocBin

    from storyline.analyse.nlp import MODEL, load_nlp

    nlp = load_nlp()
    cached = CACHE / f"{topic.name}-docs-{_key(MODEL, *nlp.pipe_names, *(a.text for a in articles))}.spacy"
    if cached.exists():
        return list(DocBin().from_disk(cached).get_docs(nlp.vocab))
    docs = list(nlp.pipe((a.text for a in articles), batch_size=32))
    CACHE.mkdir(parents=True, exist_ok=True)
    DocBin(docs=docs).to_disk(cached)
    return docs


def load_topic(topic: Path) -> tuple[list[Article], dict[str, Analysis], float]:
    """The topic's cleaned articles and their analyses, and the seconds the analysis took (0 when cached).

    Analyses are cached keyed by the articles (text, date, language) and the analysis code's mtimes."""
    articles = [clean(item) for item in read(topic / "InputDocs") if isinstance(item, RawArticle)]
    code = sorted(f"{p.relative_to(SRC)}:{p.stat().st_mtime_ns}" for p in (SRC / "analyse").rglob("*.py"))
    inputs = (f"{a.id}:{a.published.date}:{a.language}:{a.text}" for a in articles)
    cached = CACHE / f"{topic.name}-{_key(*code, *inputs)}.pkl"
    if cached.exists():
        with cached.open("rb") as f:
            return [*pickle.load(f), 0.0]
    started = time.perf_counter()
    docs = _parses(topic, articles)
    from storyline.analyse.run import analyse_doc, is_english, reference_day

    analyses = {
        a.id: analyse_doc(doc, a.id, reference_day(a)) if is_english(a) else Analysis(a.id)
        for a, doc in zip(articles, docs, strict=True)
    }
    took = time.perf_counter() - started
    with cached.open("wb") as f:
        pickle.dump((articles, analyses), f)
    return articles, analyses, took


def gold_timelines(topic: Path) -> list[dict[date, list[str]]]:
    timelines = []
    for line in (topic / "timelines.jsonl").read_text().splitlines():
        if line.strip():
            timelines.append({date.fromisoformat(d[:10]): sents for d, sents in json.loads(line)})
    return timelines


def halves(names: list[str]) -> tuple[list[str], list[str]]:
    """The study half (the first half, rounded up, in the order of the SHA-256 of the names) and the check half."""
    ordered = sorted(names, key=lambda n: hashlib.sha256(n.encode()).hexdigest())
    cut = (len(ordered) + 1) // 2
    return ordered[:cut], ordered[cut:]


def run(topics: list[Path], span: bool) -> dict[str, list]:
    """Every gold timeline of ``topics`` scored; each list holds one item per timeline, ``topic`` its topic."""
    results: dict[str, list] = {"topic": [], "rouge_1": [], "rouge_2": [], "date": [], "seconds": []}
    for topic in topics:
        articles, analyses, analyse_s = load_topic(topic)
        keywords = json.loads((topic / "keywords.json").read_text())
        for j, ref in enumerate(gold_timelines(topic)):
            first, last = min(ref).isoformat(), max(ref).isoformat()
            between = (first, last) if span else None
            inputs = [a for a in articles if not span or first <= (a.published.date or "") <= last]
            n_dates = len(ref)
            per_date = round(sum(len(s) for s in ref.values()) / n_dates)
            started = time.perf_counter()
            entries = build_timeline(
                inputs, analyses, n_dates, per_date, keywords, between=between, units=("day",)
            )
            took = time.perf_counter() - started
            pred = {date.fromisoformat(e.date): [s.text for s in e.sentences] for e in entries}
            rouge = E.align_rouge(pred, ref)
            dates = E.date_scores(pred, ref)
            results["topic"].append(topic.name)
            results["rouge_1"].append(rouge["rouge_1"])
            results["rouge_2"].append(rouge["rouge_2"])
            results["date"].append(dates)
            results["seconds"].append(took)
            print(
                f"{topic.name}#{j}: articles {len(inputs)}, dates {len(pred)}/{n_dates}, k {per_date}, "
                f"R1 F {rouge['rouge_1']['f_score']:.3f}, R2 F {rouge['rouge_2']['f_score']:.3f}, "
                f"Date-F1 {dates['f_score']:.3f}, timeline {took:.2f}s"
                + (f" (analysis {analyse_s:.0f}s)" if analyse_s else ""),
                flush=True,
            )
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--limit", type=int, default=None, help="only the first N topics")
    parser.add_argument("--topics", default=None, help="comma-separated topic folder names")
    parser.add_argument("--no-span", action="store_true", help="all articles and dates, not the gold span")
    args = parser.parse_args(argv)
    if not args.data.exists():
        print(f"Timeline17 not found at {args.data}", file=sys.stderr)
        return 1
    topics = sorted(p for p in args.data.iterdir() if (p / "timelines.jsonl").exists())
    if args.topics:
        wanted = set(args.topics.split(","))
        topics = [t for t in topics if t.name in wanted]
    topics = topics[: args.limit] if args.limit else topics
    started = time.perf_counter()
    results = run(topics, span=not args.no_span)
    n = len(results["date"])
    print(f"\nTimeline17, {len(topics)} topics, {n} timelines (news-tls averaging: F of mean P and mean R)")
    for key, (published, name) in PUBLISHED.items():
        avg = E.average(results[key])
        print(
            f"  {name}: {avg['f_score']:.3f} (P {avg['precision']:.3f}, R {avg['recall']:.3f}); "
            f"news-tls DATEWISE {published:.3f}"
        )
    seconds = results["seconds"]
    print(
        f"  build_timeline per topic: mean {sum(seconds) / max(n, 1):.2f}s, max {max(seconds, default=0):.2f}s"
    )
    study, check = halves(sorted(set(results["topic"])))
    print(
        "\n| topics | timelines | R1 F | R2 F | Date-F1 | timeline s (mean) |\n| --- | --- | --- | --- | --- | --- |"
    )
    for label, names in (("all", study + check), ("study half", study), ("check half", check)):
        print(_row(f"{label}: {', '.join(sorted(names))}", results, set(names)))
    print(f"  total wall time {time.perf_counter() - started:.0f}s")
    return 0


def _row(label: str, results: dict[str, list], names: set[str]) -> str:
    """One Markdown row: the news-tls averages and the mean seconds over the timelines of ``names``."""
    keep = [i for i, t in enumerate(results["topic"]) if t in names]
    if not keep:
        return f"| {label} | 0 | | | | |"
    scores = [E.average([results[k][i] for i in keep])["f_score"] for k in ("rouge_1", "rouge_2", "date")]
    seconds = sum(results["seconds"][i] for i in keep) / len(keep)
    return f"| {label} | {len(keep)} | " + " | ".join(f"{x:.4f}" for x in scores) + f" | {seconds:.2f} |"


if __name__ == "__main__":
    sys.exit(main())
