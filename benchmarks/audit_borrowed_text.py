"""An audit of the project's own prose for text borrowed from the development data.

The project's rule: never quote benchmark text in code or comments; a rule names a family of English and is
tested on examples of our own. Examples copied from the data we measure on make a rule look general when it was
fitted to one article, and make a test pass for the sentence it was written from rather than for the family of
English it claims to cover.

This script reads every Python file under ``src/`` and ``tests/`` (or the paths given), collects the text of its
comments, docstrings and string literals with :mod:`tokenize` (consecutive full-line comments read as one text,
and adjacent string literals that Python joins, ``("..." "...")`` over several lines, as one text, so that a
sentence wrapped over lines is still seen whole), and reports each run of at least N words (default 6,
``--words``, at least 2) that also occurs in one of the shared texts:

- ``timeline17``: the InputDocs articles and the gold timelines (``timelines/*`` and ``timelines.jsonl``);
- ``ecbplus``: ``texts/*.txt``;
- ``polnear``: ``train/text/*.txt`` and ``dev/text/*.txt``;
- ``tempeval3``: every ``.tml`` file, with its TimeML tags stripped;
- ``newsquant``: the sentences of ``dev.json``;
- ``geneva2``: the seed articles in ``../corpus/geneva2``;
- ``realworld``: the web pages (``pages/*.html``, scripts and tags stripped, and the snippets of
  ``evaldata.json``) and the feeds (``feeds/**/*.xml``, tags stripped); the WARC and ARC archives are binary
  captures of test pages and are left out.

Both sides are compared as words: lower-cased, punctuation dropped, the tokeniser's marks (``-LRB-``, two
backticks or quotes) removed and its split clitics ("Bergen 's", "do n't") joined again, apostrophes inside a
word dropped. A hit is not necessarily a borrowing: common English ("at the end of the month") occurs in any
news text. Read the hits, and rewrite the examples that carry an article's own sentence, headline, dateline or
names with invented ones of the same shape.

It is an audit, not a gate: it always exits 0, and it says so and stops when the shared data is missing. The
shared folder is ``--shared PATH`` when given (and only that one), else ``../shared`` beside the repository, else
``/work/shared``.

Usage::

    python benchmarks/audit_borrowed_text.py [--words N] [--shared PATH] [PATH ...]
"""

from __future__ import annotations

import argparse
import html
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
DATASETS = ("timeline17", "ecbplus", "polnear", "tempeval3", "newsquant", "geneva2", "realworld")

_MARKS = re.compile(r"-[lr][rsc]b-|``|''")
_CLITIC = re.compile(r"\s+(?='(?:s|re|ve|ll|d|m)\b|n't\b)")
_INNER_APOSTROPHE = re.compile(r"(?<=[a-z0-9])'(?=[a-z])")
_WORD = re.compile(r"[a-z0-9]+")
_TAG = re.compile(r"<[^>]*>")
_SCRIPT = re.compile(r"<(script|style)\b.*?</\1\s*>", re.S | re.I)
_ESCAPE = re.compile(r"\\[nrt]")
_UNICODE_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})")
_STRING_PREFIX = re.compile(r"^[rRbBuUfF]*")


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


def shared_candidates(given: str | None) -> list[Path]:
    return [Path(given)] if given else [ROOT.parent / "shared", Path("/work/shared")]


def find_shared(given: str | None) -> Path | None:
    for c in shared_candidates(given):
        if (c / "data").is_dir():
            return c
    return None


def _strings(value: object) -> Iterator[str]:
    """Every string inside a JSON value."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)
    elif isinstance(value, dict):
        for v in value.values():
            yield from _strings(v)


def _markup_text(text: str) -> str:
    return html.unescape(_TAG.sub(" ", _SCRIPT.sub(" ", text)))


def shared_texts(shared: Path) -> Iterator[tuple[str, str, str]]:
    """(dataset, document, text) for every shared text there is."""
    data = shared / "data"
    for p in sorted((data / "timeline17").glob("*/InputDocs/*/*")):
        if p.is_file():
            yield "timeline17", str(p.relative_to(data)), p.read_text(errors="replace")
    for p in sorted((data / "timeline17").glob("*/timelines/*")):
        if p.is_file():
            yield "timeline17", str(p.relative_to(data)), p.read_text(errors="replace")
    for p in sorted((data / "timeline17").glob("*/timelines.jsonl")):
        for i, line in enumerate(p.read_text(errors="replace").splitlines()):
            if line.strip():
                yield "timeline17", f"{p.relative_to(data)}#{i}", "\n".join(_strings(json.loads(line)))
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
    pages = data / "realworld" / "pages"
    for p in sorted(pages.glob("*.html")):
        yield "realworld", str(p.relative_to(data)), _markup_text(p.read_text(errors="replace"))
    evaldata = pages / "evaldata.json"
    if evaldata.is_file():
        yield (
            "realworld",
            str(evaldata.relative_to(data)),
            "\n".join(_strings(json.loads(evaldata.read_text()))),
        )
    for p in sorted((data / "realworld" / "feeds").rglob("*.xml")):
        yield "realworld", str(p.relative_to(data)), _markup_text(p.read_text(errors="replace"))


# --- the project's prose ----------------------------------------------------------------------------------


@dataclass
class Prose:
    """One text of a source file: a comment block, a docstring or a string literal, as words with their lines."""

    path: Path
    words: list[str] = field(default_factory=list)
    lines: list[int] = field(default_factory=list)

    def add(self, text: str, line: int) -> None:
        for offset, part in enumerate(text.split("\n")):
            part = _UNICODE_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), part)
            ws = words(_ESCAPE.sub(" ", part))
            self.words.extend(ws)
            self.lines.extend([line + offset] * len(ws))


def prose(path: Path) -> Iterator[Prose]:
    """The comments (consecutive full-line ones as one text), docstrings and string literals of a file.

    Adjacent string literals (only line breaks or comments between them) are one text, as Python reads them.
    A literal is read without its prefix (``f``, ``r``, ``b``), and its ``\\uXXXX`` escapes as the character.
    """
    try:
        source = path.read_text()
        tokens = list(tokenize.generate_tokens(io.StringIO(source).readline))
    except (OSError, UnicodeDecodeError, SyntaxError, tokenize.TokenError):
        return
    block: Prose | None = None
    string: Prose | None = None
    last_comment_line = -2
    fstring_depth = 0
    for tok in tokens:
        kind = tokenize.tok_name.get(tok.type, "")
        if kind.startswith("FSTRING_"):  # Python 3.12+: an f-string comes as pieces
            fstring_depth += {"FSTRING_START": 1, "FSTRING_END": -1}.get(kind, 0)
            if string is None:
                string = Prose(path)
            if kind == "FSTRING_MIDDLE":
                string.add(tok.string, tok.start[0])
            continue
        if fstring_depth:  # the expressions inside an f-string's braces
            continue
        if tok.type == tokenize.STRING:
            if string is None:
                string = Prose(path)
            string.add(_STRING_PREFIX.sub("", tok.string), tok.start[0])
            continue
        if tok.type not in (tokenize.NL, tokenize.COMMENT) and string is not None:
            yield string
            string = None
        if tok.type == tokenize.COMMENT:
            row = tok.start[0]
            full_line = tok.line[: tok.start[1]].strip() == ""
            if block is None or not full_line or row != last_comment_line + 1:
                if block is not None:
                    yield block
                block = Prose(path)
            block.add(tok.string.lstrip("#"), row)
            last_comment_line = row if full_line else -2
    if string is not None:
        yield string
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
    parser.add_argument(
        "--words", type=int, default=6, help="the shortest run of words reported (default 6, at least 2)"
    )
    parser.add_argument("--shared", help="the shared folder (holding data/ and corpus/)")
    parser.add_argument("--documents", action="store_true", help="name a shared document each run occurs in")
    args = parser.parse_args(argv)
    shared = find_shared(args.shared)
    if shared is None:
        tried = " or ".join(str(c) for c in shared_candidates(args.shared))
        print(f"audit_borrowed_text: no shared data folder (tried {tried}); nothing audited.")
        return 0
    paths = args.paths or [ROOT / "src", ROOT / "tests"]
    n = max(2, args.words)
    hits = audit(paths, shared, n)
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
    print(f"\n{len(hits)} runs of {n}+ words shared with the development data")
    for name in DATASETS:
        print(f"  {name:<11} {per_dataset[name]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
