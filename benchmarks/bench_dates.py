"""Temporal expressions on TempEval-3 (TimeBank + AQUAINT), scored TimeML's way, against dateparser's floor.

Each document is resolved against its creation time (``<DCT>``), the way the ``published`` day is used in
storyline. Figures, for DATE expressions and for all types (DATE, TIME, DURATION, SET):

- strict extent P/R/F1: system spans equal to gold spans;
- relaxed extent P/R/F1: spans that overlap (one-to-one);
- value F1: a relaxed match counts only when its value equals the gold value (TE3's attribute F1 for value).

The floor is dateparser's ``search_dates`` with the document date as ``RELATIVE_BASE``; its values are written
at the granularity dateparser reports (day, week, month, year, time). Published TE3 task A figures to beat:
HeidelTime value F1 77.6, strict extent F1 81.3.
Run: ``.venv/bin/python benchmarks/bench_dates.py [--limit N] [--split train|dev] [--errors [DATE]] [--cache DIR]
[--audit]``

``--audit`` counts the gold DATE values that break TimeML's own rules (a week written "2000-W7", a "Tuesday"
that falls on a Monday, "Sept. 27, 1989" given as November) and scores DATE again without them.

``--split`` scores a fixed part of the documents (dev: about one in five, chosen by a hash of the file name; train:
the rest), so rules tuned on the train part's errors can be checked on documents they were not tuned on.
``--cache`` keeps the spaCy parses between runs (they take most of the time).
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _gold_audit import flag, repeats  # noqa: E402
from _timeml import GoldTimex, TimeMLDoc, read_timeml  # noqa: E402
from storyline.analyse.dates import find_dates  # noqa: E402
from storyline.analyse.nlp import load_nlp  # noqa: E402

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "tempeval3" / "TBAQ-cleaned"
PARTS = ("TimeBank", "AQUAINT")  # TBAQ-cleaned also ships testpipeline/, a copy of one TimeBank document
HEIDELTIME = {"value F1": 77.6, "strict F1": 81.3}


@dataclass(frozen=True)
class Found:
    start: int
    end: int
    type: str
    value: str | None


@dataclass
class Counts:
    system: int = 0
    gold: int = 0
    strict: int = 0
    relaxed: int = 0
    value: int = 0

    def add(self, other: Counts) -> None:
        for name in ("system", "gold", "strict", "relaxed", "value"):
            setattr(self, name, getattr(self, name) + getattr(other, name))


def prf(hits: int, system: int, gold: int) -> tuple[float, float, float]:
    p = hits / system if system else 0.0
    r = hits / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(
    found: Sequence[Found], gold: Sequence[GoldTimex]
) -> tuple[Counts, list[tuple[Found | None, GoldTimex | None]]]:
    """Counts for one document, and the pairs (matched, missed, spurious) for error listings."""
    counts = Counts(system=len(found), gold=len(gold))
    counts.strict = len({(f.start, f.end) for f in found} & {(g.start, g.end) for g in gold})
    pairs: list[tuple[Found | None, GoldTimex | None]] = []
    used: set[int] = set()
    for g in gold:
        match = next(
            (i for i, f in enumerate(found) if i not in used and f.start < g.end and g.start < f.end), None
        )
        if match is None:
            pairs.append((None, g))
            continue
        used.add(match)
        counts.relaxed += 1
        counts.value += found[match].value == g.value
        pairs.append((found[match], g))
    pairs.extend((f, None) for i, f in enumerate(found) if i not in used)
    return counts, pairs


def in_split(name: str, split: str) -> bool:
    """Whether a document belongs to ``split`` (all, train or dev: a fixed fifth chosen by name hash)."""
    if split == "all":
        return True
    dev = int(hashlib.sha1(name.encode()).hexdigest(), 16) % 5 == 0
    return dev == (split == "dev")


def parse(docs: Sequence[TimeMLDoc], cache: Path | None) -> list:
    """spaCy parses of the documents, read from (and written to) ``cache`` when one is given."""
    from spacy.tokens import DocBin

    nlp = load_nlp()
    key = hashlib.sha1("".join(d.name + d.text for d in docs).encode()).hexdigest()[:16]
    path = cache / f"tempeval3-{nlp.meta['name']}-{nlp.meta['version']}-{key}.spacy" if cache else None
    if path and path.is_file():
        return list(DocBin().from_disk(path).get_docs(nlp.vocab))
    parsed = list(nlp.pipe((d.text for d in docs), batch_size=16))
    if path:
        path.parent.mkdir(parents=True, exist_ok=True)
        DocBin(store_user_data=False, docs=parsed).to_disk(path)
    return parsed


def ours(docs: Sequence[TimeMLDoc], cache: Path | None = None) -> list[list[Found]]:
    start = time.perf_counter()
    parsed = parse(docs, cache)
    parsing = time.perf_counter() - start
    found = [
        [Found(r.start, r.end, r.type, r.value) for r in find_dates(doc, d.created)]
        for d, doc in zip(docs, parsed, strict=True)
    ]
    print(
        f"  spaCy parse{' (cached)' if cache else ''} {parsing:.1f} s, find_dates {time.perf_counter() - start - parsing:.1f} s"
    )
    return found


def dateparser_floor(docs: Sequence[TimeMLDoc]) -> list[list[Found]]:
    """dateparser's ``search_dates`` with the document date as base, its spans located in order."""
    from dateparser.date import DateDataParser
    from dateparser.search import search_dates

    results = []
    for d in docs:
        base = datetime(d.created.year, d.created.month, d.created.day)
        settings = {"RELATIVE_BASE": base}
        parser = DateDataParser(languages=["en"], settings=settings)
        hits = search_dates(d.text, languages=["en"], settings=settings) or []
        found, cursor = [], 0
        for words, moment in hits:
            start = d.text.find(words, cursor)
            if start < 0:
                continue
            cursor = start + len(words)
            stripped = words.strip()
            start += words.index(stripped)
            period = parser.get_date_data(stripped).period or "day"
            found.append(Found(start, start + len(stripped), "TIME" if period == "time" else "DATE",
                               _value(moment, period)))  # fmt: skip
        results.append(found)
    return results


def _value(moment: datetime, period: str) -> str:
    if period == "year":
        return f"{moment.year:04d}"
    if period == "month":
        return f"{moment.year:04d}-{moment.month:02d}"
    if period == "week":
        year, week, _ = moment.isocalendar()
        return f"{year}-W{week:02d}"
    if period == "time":
        return moment.strftime("%Y-%m-%dT%H:%M")
    return moment.date().isoformat()


def evaluate(docs: Sequence[TimeMLDoc], found: Sequence[Sequence[Found]], types: set[str] | None) -> Counts:
    total = Counts()
    for d, system in zip(docs, found, strict=True):
        gold = [g for g in d.timexes if types is None or g.type in types]
        mine = [f for f in system if types is None or f.type in types]
        total.add(score(mine, gold)[0])
    return total


def report(name: str, docs: Sequence[TimeMLDoc], found: Sequence[Sequence[Found]], seconds: float) -> None:
    print(f"\n{name}  ({seconds:.1f} s)")
    print(f"  {'types':6} {'gold':>5} {'sys':>5} | {'strict P':>8} {'R':>5} {'F1':>5} | {'relaxed P':>9} {'R':>5} "
          f"{'F1':>5} | {'value F1':>8}")  # fmt: skip
    for label, types in (("DATE", {"DATE"}), ("all", None)):
        c = evaluate(docs, found, types)
        sp, sr, sf = prf(c.strict, c.system, c.gold)
        rp, rr, rf = prf(c.relaxed, c.system, c.gold)
        vf = prf(c.value, c.system, c.gold)[2]
        print(f"  {label:6} {c.gold:5d} {c.system:5d} | {100 * sp:8.1f} {100 * sr:5.1f} {100 * sf:5.1f} | "
              f"{100 * rp:9.1f} {100 * rr:5.1f} {100 * rf:5.1f} | {100 * vf:8.1f}")  # fmt: skip


def errors(docs: Sequence[TimeMLDoc], found: Sequence[Sequence[Found]], types: set[str] | None) -> None:
    """Every mismatch, one a line: document, its date, system text/type/value vs gold text/type/value, and
    the words around it."""
    for d, system in zip(docs, found, strict=True):
        gold = [g for g in d.timexes if types is None or g.type in types]
        mine = [f for f in system if types is None or f.type in types]
        for f, g in score(mine, gold)[1]:
            if f and g and f.start == g.start and f.end == g.end and f.value == g.value:
                continue
            sys_part = f"{d.text[f.start : f.end]!r} {f.type} {f.value}" if f else "-"
            gold_part = f"{g.text!r} {g.type} {g.value}" if g else "-"
            at = f or g
            assert at is not None
            context = " ".join(d.text[max(0, at.start - 60) : at.end + 40].split())
            print(f"{d.name[:24]:24} {d.created} | {sys_part:45} | {gold_part:45} | {context}")


def audit(docs: Sequence[TimeMLDoc], found: Sequence[Sequence[Found]]) -> None:
    """Sizes the gold noise in the DATE figures (``_gold_audit``): the gold values no system can match, what
    they cost us, and the DATE scores with them (and the outputs on them) left out of both sides."""
    reasons: Counter[str] = Counter()
    ours_wrong: Counter[str] = Counter()
    kept = Counts()
    repeat_total = repeat_ours = 0
    for d, system in zip(docs, found, strict=True):
        gold = [g for g in d.timexes if g.type == "DATE"]
        mine = [f for f in system if f.type == "DATE"]
        why = {g: reason for g in gold if (reason := flag(g, d.created))}
        reasons.update(why.values())
        pairs = score(mine, gold)[1]
        ours_wrong.update(why[g] for f, g in pairs if g in why and (f is None or f.value != g.value))
        spurious = [f for f, g in pairs if f is not None and g is None]
        repeated = repeats(d)
        repeat_total += len(repeated)
        repeat_ours += sum(1 for f in spurious if any(s < f.end and f.start < e for s, e in repeated))
        keep = [f for f in mine if not any(f.start < g.end and g.start < f.end for g in why)]
        kept.add(score(keep, [g for g in gold if g not in why])[0])
    print("\ngold DATE annotations that break TimeML's own rules (benchmarks/_gold_audit.py):")
    for reason, count in sorted(reasons.items()):
        print(f"  {reason:10} {count:4d} gold, {ours_wrong[reason]:4d} of them scored against us")
    print(
        f"  repeats    {repeat_total:4d} unannotated repeats of annotated words, {repeat_ours} of our 'spurious' on them"
    )
    sp, sr, sf = prf(kept.strict, kept.system, kept.gold)
    vf = prf(kept.value, kept.system, kept.gold)[2]
    print(f"  DATE with the flagged gold left out: gold {kept.gold}, sys {kept.system}, strict F1 {100 * sf:.1f}, "
          f"value F1 {100 * vf:.1f}")  # fmt: skip


def timed(
    run: Callable[[Sequence[TimeMLDoc]], list[list[Found]]], docs: Sequence[TimeMLDoc]
) -> tuple[list, float]:
    start = time.perf_counter()
    result = run(docs)
    return result, time.perf_counter() - start


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="score only the first N documents")
    parser.add_argument("--errors", nargs="?", const="all", default=None, metavar="TYPE",
                        help="list every mismatch of ours (of one TimeML type when given)")  # fmt: skip
    parser.add_argument("--split", choices=("all", "train", "dev"), default="all", help="documents to score")
    parser.add_argument("--cache", type=Path, default=None, help="folder to keep spaCy parses in")
    parser.add_argument("--no-floor", action="store_true", help="skip the dateparser floor")
    parser.add_argument("--audit", action="store_true", help="size the gold DATE values no system can match")
    args = parser.parse_args(argv)
    if not DATA.is_dir():
        print(f"TempEval-3 data not found at {DATA}", file=sys.stderr)
        return 1
    paths = [p for part in PARTS for p in sorted((DATA / part).glob("*.tml")) if in_split(p.stem, args.split)]
    docs = [read_timeml(p) for p in paths][: args.limit]
    print(
        f"TempEval-3 TBAQ-cleaned ({args.split}): {len(docs)} documents, {sum(len(d.timexes) for d in docs)} TIMEX3"
    )
    mine, seconds = timed(lambda ds: ours(ds, args.cache), docs)
    report("storyline find_dates (spaCy parse included)", docs, mine, seconds)
    if args.errors:
        errors(docs, mine, None if args.errors == "all" else {args.errors})
    if args.audit:
        audit(docs, mine)
    if not args.no_floor:
        floor, seconds = timed(dateparser_floor, docs)
        report("dateparser search_dates (floor)", docs, floor, seconds)
    print(
        f"\npublished HeidelTime (TE3 task A): value F1 {HEIDELTIME['value F1']}, strict F1 {HEIDELTIME['strict F1']}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())


__all__ = ["Counts", "Found", "date", "main", "score"]
