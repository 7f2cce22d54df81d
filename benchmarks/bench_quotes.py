"""Quote extraction and attribution on PolNeAR, against textacy's ``direct_quotations`` in the same run.

Every attribution counts (direct, mixed, indirect). Figures, each for all attributions and for direct ones:

- token-overlap P/R/F1 of contents, as Citron's evaluate reports it: the tokens inside system contents
  against the tokens inside gold contents;
- span exact P/R/F1: system content spans equal to gold content spans (gold pieces that only whitespace
  separates are joined: annotators split long quotes by sentence);
- speaker accuracy on matched quotes: a system quote matches the gold attribution whose content it
  overlaps best (token Jaccard; nested attributions share tokens); its speaker is right when its span
  equals the gold source span, edge commas aside (exact; annotators close an appositive with its comma
  about half the time), or when the two overlap (overlap). Gold attributions without a source are left
  out of this figure.

Where several annotators did a text, the first one's file is the gold. Direct: the gold content opens and
closes with quotation marks; the system quote's kind is "direct".
The speaker span is the one storyline stores: the words the text attributes the quote to, as written ("he",
"the spokesman"), which is what PolNeAR annotates (the pronoun, not its referent).
Run: ``.venv/bin/python benchmarks/bench_quotes.py [--split dev|train] [--limit N] [--part even|odd]``;
``--dump missed|partial|speaker|spurious`` prints storyline's errors of one family (to tune on ``train`` or
one part of ``dev`` and measure on the other). ``--corpus DIR`` (e.g. ``../shared/corpus/geneva2``) instead
prints the quotes several articles of a corpus carry and every quoted person with the spellings the articles use.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from storyline.analyse.entities import find_mentions
from storyline.analyse.nlp import load_nlp
from storyline.analyse.quotes import find_quotes

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "polnear"
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "geneva2"
QUOTE_MARKS = "\"“”«»'‘’"


@dataclass(frozen=True)
class Gold:
    contents: tuple[tuple[int, int], ...]
    source: tuple[int, int] | None


@dataclass(frozen=True)
class Predicted:
    content: tuple[int, int]
    speaker: tuple[int, int] | None
    direct: bool


@dataclass
class Tally:
    pred_tokens: int = 0
    pred_overlap: int = 0
    gold_tokens: int = 0
    gold_overlap: int = 0
    pred_spans: int = 0
    gold_spans: int = 0
    exact: int = 0
    matched: int = 0
    speaker_exact: int = 0
    speaker_overlap: int = 0
    docs: list[str] = field(default_factory=list)

    def add(self, doc, golds: Sequence[Gold], preds: Sequence[Predicted]) -> None:
        token_sets = _token_index(doc)
        gold_sets = [set().union(*(token_sets(s) for s in g.contents)) for g in golds]
        pred_sets = [token_sets(p.content) for p in preds]
        all_gold = set().union(*gold_sets) if gold_sets else set()
        all_pred = set().union(*pred_sets) if pred_sets else set()
        self.pred_tokens += sum(len(s) for s in pred_sets)
        self.pred_overlap += sum(len(s & all_gold) for s in pred_sets)
        self.gold_tokens += sum(len(s) for s in gold_sets)
        self.gold_overlap += sum(len(s & all_pred) for s in gold_sets)
        gold_pieces = {_strip(doc.text, s) for g in golds for s in joined(doc.text, g.contents)}
        pred_pieces = {_strip(doc.text, p.content) for p in preds}
        self.gold_spans += len(gold_pieces)
        self.pred_spans += len(pred_pieces)
        self.exact += len(gold_pieces & pred_pieces)
        for pred, tokens in zip(preds, pred_sets, strict=True):
            overlaps = [len(tokens & g) / len(tokens | g) if tokens | g else 0.0 for g in gold_sets]
            if not overlaps or max(overlaps) == 0:
                continue
            gold = golds[overlaps.index(max(overlaps))]
            if gold.source is None:
                continue
            self.matched += 1
            if pred.speaker is None:
                continue
            ps, gs = _strip(doc.text, pred.speaker, ",;:"), _strip(doc.text, gold.source, ",;:")
            self.speaker_exact += ps == gs
            self.speaker_overlap += ps[0] < gs[1] and gs[0] < ps[1]

    def figures(self) -> dict[str, float]:
        return {
            "tok_P": _ratio(self.pred_overlap, self.pred_tokens),
            "tok_R": _ratio(self.gold_overlap, self.gold_tokens),
            "tok_F1": _f1(
                _ratio(self.pred_overlap, self.pred_tokens), _ratio(self.gold_overlap, self.gold_tokens)
            ),
            "exact_P": _ratio(self.exact, self.pred_spans),
            "exact_R": _ratio(self.exact, self.gold_spans),
            "exact_F1": _f1(_ratio(self.exact, self.pred_spans), _ratio(self.exact, self.gold_spans)),
            "spk_exact": _ratio(self.speaker_exact, self.matched),
            "spk_overlap": _ratio(self.speaker_overlap, self.matched),
            "matched": float(self.matched),
        }


def _ratio(a: int, b: int) -> float:
    return 100.0 * a / b if b else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def _strip(text: str, span: tuple[int, int], punctuation: str = "") -> tuple[int, int]:
    start, end = span
    while start < end and (text[start].isspace() or text[start] in punctuation):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in punctuation):
        end -= 1
    return start, end


def _token_index(doc):
    """A function from a character span to the indices of the (non-space) tokens that start inside it."""
    starts = [(t.idx, t.i) for t in doc if not t.is_space]
    positions = [s for s, _ in starts]

    def tokens(span: tuple[int, int]) -> set[int]:
        lo, hi = bisect_left(positions, span[0]), bisect_left(positions, span[1])
        return {i for _, i in starts[lo:hi]}

    return tokens


def read_gold(path: Path, text: str) -> list[Gold]:
    """Attributions of one brat file: each E line links Content, Source and Cue spans."""
    spans: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    links: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if re.match(r"T\d+\t", line):
            tid, info, _ = line.split("\t", 2)
            label, offsets = info.split(" ", 1)
            pieces = [tuple(int(x) for x in part.split()) for part in offsets.split(";")]
            spans[tid] = (label, pieces)
        elif re.match(r"E\d+\t", line):
            links.append(line.split("\t", 1)[1])
    golds = []
    for link in links:
        parts = dict(p.split(":", 1) for p in link.split())
        content = spans.get(parts.get("Content", ""))
        if content is None:
            continue
        source = spans.get(parts.get("Source", ""))
        source_span = (min(s for s, _ in source[1]), max(e for _, e in source[1])) if source else None
        golds.append(Gold(contents=tuple(content[1]), source=source_span))
    return golds


def is_direct(text: str, gold: Gold) -> bool:
    """Direct speech: the content opens and closes with quotation marks (over all its pieces)."""
    pieces = sorted(gold.contents)
    first = text[pieces[0][0] : pieces[0][1]].strip()
    last = text[pieces[-1][0] : pieces[-1][1]].strip().rstrip(".,;:!? ")
    return bool(first and last) and first[0] in QUOTE_MARKS and last[-1] in QUOTE_MARKS


def joined(text: str, pieces: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Pieces with only whitespace between them are one stretch of text (annotators split by sentence)."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(pieces):
        if out and not text[out[-1][1] : start].strip():
            out[-1] = (out[-1][0], max(end, out[-1][1]))
        else:
            out.append((start, end))
    return out


def documents(
    split: str, limit: int | None, part: str | None = None
) -> Iterator[tuple[str, str, list[Gold]]]:
    """(name, text, gold) per text; where several annotators did a text, the first one's file is used.
    ``part`` keeps every other text (even: the 1st, 3rd, ...; odd: the 2nd, 4th, ...)."""
    folder = DATA / split
    files = sorted((folder / "attributions").glob("*.ann"))
    seen: set[str] = set()
    count = 0
    for ann in files:
        name = re.sub(r"_[0-9a-f]{4}$", "", ann.stem)
        if name in seen:
            continue
        seen.add(name)
        if part is not None and (len(seen) % 2 == 1) != (part == "even"):
            continue
        text = (folder / "text" / f"{name}.txt").read_text(encoding="utf-8")
        yield name, text, read_gold(ann, text)
        count += 1
        if limit is not None and count >= limit:
            return


def dump_errors(kind: str, name: str, text: str, golds: Sequence[Gold], preds: Sequence[Predicted]) -> None:
    """Print one family of storyline's errors in a document: gold contents no system quote overlaps
    (missed), overlapped but not matched exactly (partial), matched with a wrong speaker (speaker), or system
    quotes overlapping no gold content (spurious)."""

    def show(span: tuple[int, int] | None) -> str:
        return "-" if span is None else repr(" ".join(text[span[0] : span[1]].split())[:300])

    def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
        return a[0] < b[1] and b[0] < a[1]

    pieces = [(g, _strip(text, s)) for g in golds for s in joined(text, g.contents)]
    if kind == "spurious":
        for p in preds:
            if not any(overlaps(p.content, s) for _, s in pieces):
                print(f"{name}\tSPURIOUS\t{show(p.content)}\tspeaker={show(p.speaker)}")
        return
    for gold, span in pieces:
        hits = [p for p in preds if overlaps(p.content, span)]
        if kind == "missed" and not hits:
            print(f"{name}\tMISSED\t{show(span)}\tsource={show(gold.source)}")
        elif kind == "partial" and hits and all(_strip(text, p.content) != span for p in hits):
            best = max(hits, key=lambda p: min(p.content[1], span[1]) - max(p.content[0], span[0]))
            print(f"{name}\tPARTIAL\tgold={show(span)}\n\t\tsys ={show(best.content)}")
        elif kind == "speaker" and hits and gold.source is not None:
            best = max(hits, key=lambda p: min(p.content[1], span[1]) - max(p.content[0], span[0]))
            if best.speaker is None or _strip(text, best.speaker, ",;:") != _strip(text, gold.source, ",;:"):
                print(
                    f"{name}\tSPEAKER\tgold={show(gold.source)}\tsys={show(best.speaker)}\t{show(span)[:80]}"
                )


def storyline_quotes(doc) -> list[Predicted]:
    quotes = find_quotes(doc, find_mentions(doc))
    return [
        Predicted(
            (q.start, q.end),
            (q.speaker_start, q.speaker_end) if q.speaker_start is not None else None,
            q.kind == "direct",
        )
        for q in quotes
    ]


def textacy_quotes(doc) -> list[Predicted]:
    from textacy.extract.triples import direct_quotations

    try:
        triples = list(direct_quotations(doc))
    except ValueError:  # textacy gives up on a document with an odd number of quotation marks
        return []
    found = []
    for triple in triples:
        content = (triple.content[0].idx, triple.content[-1].idx + len(triple.content[-1]))
        speaker = (triple.speaker[0].idx, triple.speaker[-1].idx + len(triple.speaker[-1]))
        found.append(Predicted(content, speaker, True))
    return found


def corpus_report(folder: Path) -> int:
    """Quotes merged across a folder of .txt articles: shared quotes and quoted people with their spellings."""
    from storyline.merge.entities import merge_entities
    from storyline.merge.quotes import merge_quotes

    nlp = load_nlp()
    mentions, found, texts = [], [], {}
    for path in sorted(folder.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        doc = nlp(text)
        article_mentions = find_mentions(doc)
        mentions.append((path.stem, article_mentions))
        found.append((path.stem, text, find_quotes(doc, article_mentions)))
        texts[path.stem] = text
    entities = merge_entities(mentions, texts)
    quotes = merge_quotes(found, entities)
    by_id = {e.id: e for e in entities}
    shared = [q for q in quotes if len({o.article for o in q.occurrences}) > 1]
    print(
        f"{folder.name}: {len(texts)} articles, {len(quotes)} quotes, {len(shared)} carried by several articles"
    )
    for quote in shared:
        speaker = by_id[quote.speaker_entity].name if quote.speaker_entity else quote.speaker
        print(f"  {quote.id} [{speaker}] {' '.join(quote.text.split())[:120]!r}")
        for o in quote.occurrences:
            print(f"      {o.article} {o.start}-{o.end}")
    people = sorted(
        {q.speaker_entity for q in quotes if q.speaker_entity and by_id[q.speaker_entity].type == "PERSON"}
    )
    print(f"quoted people: {len(people)}")
    for entity_id in people:
        entity = by_id[entity_id]
        spellings = sorted({" ".join(texts[r.article][r.start : r.end].split()) for r in entity.mentions})
        roles = f"; roles: {', '.join(entity.roles)}" if entity.roles else ""
        print(f"  {entity.id} {entity.name}: {' | '.join(spellings)}{roles}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="dev", choices=["dev", "train"])
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--part", choices=["even", "odd"], default=None, help="every other text only")
    parser.add_argument("--dump", choices=["missed", "partial", "speaker", "spurious"], default=None)
    parser.add_argument("--corpus", type=Path, default=None, help=f"a folder of articles, e.g. {CORPUS}")
    args = parser.parse_args(argv)
    if args.corpus is not None:
        return corpus_report(args.corpus)
    if not (DATA / args.split).is_dir():
        print(f"PolNeAR not found at {DATA / args.split}", file=sys.stderr)
        return 1
    nlp = load_nlp()
    systems = {"storyline": storyline_quotes, "textacy": textacy_quotes}
    tallies = {(name, scope): Tally() for name in systems for scope in ("all", "direct")}
    spent = dict.fromkeys(systems, 0.0)
    started = time.perf_counter()
    n_docs = n_gold = 0
    for name, text, golds in documents(args.split, args.limit, args.part):
        doc = nlp(text)
        n_docs += 1
        n_gold += len(golds)
        direct_golds = [g for g in golds if is_direct(text, g)]
        for system, extract in systems.items():
            tick = time.perf_counter()
            preds = extract(doc)
            spent[system] += time.perf_counter() - tick
            if args.dump and system == "storyline":
                dump_errors(args.dump, name, text, golds, preds)
            tallies[(system, "all")].add(doc, golds, preds)
            tallies[(system, "direct")].add(doc, direct_golds, [p for p in preds if p.direct])
    elapsed = time.perf_counter() - started
    part = f" ({args.part} part)" if args.part else ""
    print(f"PolNeAR {args.split}{part}: {n_docs} documents, {n_gold} gold attributions, {elapsed:.1f}s")
    costs = ", ".join(f"{system} {1000 * t / max(n_docs, 1):.1f}" for system, t in spent.items())
    print(f"extraction after parsing, ms per article: {costs}")
    header = ["system", "scope", "tok_P", "tok_R", "tok_F1", "exact_P", "exact_R", "exact_F1", "spk_exact"]
    header += ["spk_overlap", "matched"]
    print("  ".join(f"{h:>11}" for h in header))
    for (system, scope), tally in tallies.items():
        figures = tally.figures()
        row = [system, scope] + [f"{figures[h]:.2f}" for h in header[2:]]
        print("  ".join(f"{c:>11}" for c in row))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
