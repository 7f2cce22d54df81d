"""An audit of the project's own prose for text borrowed from the development data.

The project's rule: never quote benchmark text in code or comments; a rule names a family of English and is
tested on examples of our own. Examples copied from the data we measure on make a rule look general when it was
fitted to one article, and make a test pass for the sentence it was written from rather than for the family of
English it claims to cover.

This script reads every Python file under ``src/`` and ``tests/`` (or the paths given), collects the text of its
comments, docstrings and string literals with :mod:`tokenize` (consecutive full-line comments read as one text,
so that a sentence wrapped over lines is still seen whole), and reports each run of at least N words (default 6,
``--words``) that also occurs in one of the shared texts:

- ``timeline17``: the InputDocs articles;
- ``ecbplus``: ``texts/*.txt``;
- ``polnear``: ``train/text/*.txt`` and ``dev/text/*.txt``;
- ``tempeval3``: every ``.tml`` file, with its TimeML tags stripped;
- ``newsquant``: the sentences of ``dev.json``;
- ``geneva2``: the seed articles in ``../corpus/geneva2``.

Both sides are compared as words: lower-cased, punctuation dropped, the tokeniser's marks (``-LRB-``, two
backticks or quotes) removed and its split clitics ("Bergen 's", "do n't") joined again, apostrophes inside a
word dropped. A hit is not necessarily a borrowing: common English ("at the end of the month") occurs in any
news text. Read the hits, and rewrite the examples that carry an article's own sentence, headline, dateline or
names with invented ones of the same shape.

It is an audit, not a gate: it always exits 0, and it says so and stops when the shared data is missing. The
shared folder is ``../shared`` beside the repository, else ``/work/shared``, else ``--shared PATH``.

Usage::

    python benchmarks/audit_borrowed_text.py [--words N] [--shared PATH] [PATH ...]
"""

from __future__ import annotations

import argparse
import io
import json
import re
import sys
import tokenize
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATASETS = ("timeline17", "ecbplus", "polnear", "tempeval3", "newsquant", "geneva2")

_MARKS = re.compile(r"-[lr][rsc]b-|``|''")
_CLITIC = re.compile(r"\s+(?='(?:s|re|ve|ll|d|m)\b|n't\b)")
_INNER_APOSTROPHE = re.compile(r"(?<=[a-z0-9])'(?=[a-z])")
_WORD = re.compile(r"[a-z0-9]+")
_TAG = re.compile(r"<[^>]*>")
_ESCAPE = re.compile(r"\\[nrt]")


def words(text: str) -> list[str]:
    """The words of ``text`` as both sides are compared: lower case, no punctuation or tokeniser marks."""
    text = text.lower().replace("\u2019", "'").replace("\u2018", "'")
    text = _MARKS.sub(" ", text)
    text = _CLITIC.sub("", text)
    text = _INNER_APOSTROPHE.sub("", text)
    return _WORD.findall(text)


def ngrams(seq: list[str], n: int) -> Iterator[tuple[str, ...]]:
    return zip(*(seq[i:] for i in range(n)), strict=False)


# --- the shared texts -------------------------------------------------------------------------------------


def find_shared(given: str | None) -> Path | None:
    candidates = [Path(given)] if given else [ROOT.parent / "shared", Path("/work/shared")]
    for c in candidates:
        if (c / "data").is_dir():
            return c
    return None


def shared_texts(shared: Path) -> Iterator[tuple[str, str, str]]:
    """(dataset, document, text) for every shared text there is."""
    data = shared / "data"
    for p in sorted((data / "timeline17").glob("*/InputDocs/*/*")):
        if p.is_file():
            yield "timeline17", str(p.relative_to(data)), p.read_text(errors="replace")
    for p in sorted((data / "ecbplus" / "texts").glob("*.txt")):
        yield "ecbplus", str(p.relative_to(data)), p.read_text(errors="replace")
    for part in ("train", "dev"):
        for p in sorted((data / "polnear" / part / "text").glob("*.txt")):
            yield "polnear", str(p.relative_to(data)), p.read_text(errors="replace")
    for p in sorted((data / "tempeval3").rglob("*.tml")):
        yield "tempeval3", str(p.relative_to(data)), _TAG.sub(" ", p.read_text(errors="replace"))
    dev = data / "newsquant" / "dev.json"
    if dev.is_file():
        for i, item in enumerate(json.loads(dev.read_text())):
            yield "newsquant", f"newsquant/dev.json#{i}", item.get("text", "")
    for p in sorted((shared / "corpus" / "geneva2").glob("*.txt")):
        yield "geneva2", str(p.relative_to(shared)), p.read_text(errors="replace")


# --- the project's prose ----------------------------------------------------------------------------------


@dataclass
class Prose:
    """One text of a source file: a comment block, a docstring or a string literal, as words with their lines."""

    path: Path
    words: list[str] = field(default_factory=list)
    lines: list[int] = field(default_factory=list)

    def add(self, text: str, line: int) -> None:
        for offset, part in enumerate(text.split("\n")):
            ws = words(_ESCAPE.sub(" ", part))
            self.words.extend(ws)
            self.lines.extend([line + offset] * len(ws))


def prose(path: Path) -> Iterator[Prose]:
    """The comments (consecutive full-line ones as one text), docstrings and string literals of a file."""
    try:
        source = path.read_text()
        tokens = list(tokenize.generate_tokens(io.StringIO(source).readline))
    except (OSError, UnicodeDecodeError, SyntaxError, tokenize.TokenError):
        return
    block: Prose | None = None
    last_comment_line = -2
    for tok in tokens:
        if tok.type == tokenize.COMMENT:
            row = tok.start[0]
            full_line = tok.line[: tok.start[1]].strip() == ""
            if block is None or not full_line or row != last_comment_line + 1:
                if block is not None:
                    yield block
                block = Prose(path)
            block.add(tok.string.lstrip("#"), row)
            last_comment_line = row if full_line else -2
        elif tok.type == tokenize.STRING:
            text = Prose(path)
            text.add(tok.string, tok.start[0])
            yield text
    if block is not None:
        yield block


def python_files(paths: Iterable[Path]) -> Iterator[Path]:
    for p in paths:
        if p.is_dir():
            yield from sorted(p.rglob("*.py"))
        elif p.suffix == ".py":
            yield p


# --- the audit --------------------------------------------------------------------------------------------


@dataclass
class Hit:
    path: Path
    line: int
    run: str
    datasets: set[str]
    document: str


def audit(paths: Iterable[Path], shared: Path, n: int) -> list[Hit]:
    texts = [t for f in python_files(paths) for t in prose(f) if len(t.words) >= n]
    wanted: set[tuple[str, ...]] = set()
    for t in texts:
        wanted.update(ngrams(t.words, n))
    found: dict[tuple[str, ...], set[str]] = defaultdict(set)
    first_document: dict[tuple[str, ...], str] = {}
    for dataset, document, text in shared_texts(shared):
        for gram in wanted.intersection(ngrams(words(text), n)):
            found[gram].add(dataset)
            first_document.setdefault(gram, document)
    hits: list[Hit] = []
    for t in texts:
        grams = list(ngrams(t.words, n))
        i = 0
        while i < len(grams):
            if grams[i] not in found:
                i += 1
                continue
            j = i
            datasets: set[str] = set()
            while j < len(grams) and grams[j] in found:
                datasets |= found[grams[j]]
                j += 1
            run = " ".join(t.words[i : j - 1 + n])
            hits.append(Hit(t.path, t.lines[i], run, datasets, first_document[grams[i]]))
            i = j
    return hits


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*", type=Path, help="files or folders (default: src and tests)")
    parser.add_argument("--words", type=int, default=6, help="the shortest run of words reported (default 6)")
    parser.add_argument("--shared", help="the shared folder (holding data/ and corpus/)")
    parser.add_argument("--documents", action="store_true", help="name a shared document each run occurs in")
    args = parser.parse_args(argv)
    shared = find_shared(args.shared)
    if shared is None:
        print("audit_borrowed_text: no shared data folder (../shared or /work/shared); nothing audited.")
        return 0
    paths = args.paths or [ROOT / "src", ROOT / "tests"]
    hits = audit(paths, shared, max(2, args.words))
    per_dataset: Counter[str] = Counter()
    for h in hits:
        try:
            where = h.path.resolve().relative_to(ROOT)
        except ValueError:
            where = h.path
        print(f"{where}:{h.line}: [{','.join(sorted(h.datasets))}] {h.run}")
        if args.documents:
            print(f"    in {h.document}")
        per_dataset.update(h.datasets)
    print(f"\n{len(hits)} runs of {args.words}+ words shared with the development data")
    for name in DATASETS:
        print(f"  {name:<11} {per_dataset[name]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
