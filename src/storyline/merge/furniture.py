"""Page furniture known from the corpus: a paragraph that recurs across an outlet's articles is not news.

One article cannot tell that "Get the morning briefing in your inbox" or an advertisement at its foot is
furniture; its outlet's other articles can. Each stored article leaves its paragraphs as evidence (keyed as the
cleaner keys lines, with whether they stand at an edge of the article, are short, and share the article's own
subject); a paragraph is furniture when its key recurs across the outlet's original articles, near-duplicate
copies not counted, off their subject in most of them: a short line in ``SHORT_ARTICLES`` of them, any line in
``EDGE_ARTICLES`` of them standing at an edge in most. A paragraph on the story's subject (a lead an outlet
reuses, a background paragraph) stays news however often it recurs.

The judgement is made when stories are read, from everything stored, so it never depends on the order articles
came in: furniture is never told (no summary, timeline, figure or quote draws on it), and the article keeps its
text.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace

from ..clean.cleaner import line_key
from ..clean.language import word_count
from ..models import Analysis, Article
from ..textsim import content_words

SHORT_ARTICLES = 2
EDGE_ARTICLES = 3
EDGE = (2, 3)
"""A paragraph among the first two or the last three of an article stands at its edge."""
MAX_WORDS = 45
"""Longer paragraphs are never furniture by recurrence."""
SHORT_WORDS = 12
TOPICAL_SHARED = 2
TOPICAL_SHARE = 0.3
"""A paragraph is on its article's subject when it shares this many content words with the rest of the article,
or this share of its own."""

Span = tuple[int, int]


def group_of(article: Article) -> str:
    """Whose furniture an article shares: its outlet's ("" for articles of no known outlet)."""
    return article.outlet or ""


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank line of a cleaned text."""
    out, start = [], 0
    for line in text.split("\n"):
        end = start + len(line)
        if line.strip():
            out.append((start, end))
        start = end + 1
    return out


def _short(line: str) -> bool:
    words = word_count(line)
    return 0 < words <= SHORT_WORDS and (not line.rstrip().endswith((".", "。")) or words <= 4)


def topical(line: str, rest: str) -> bool:
    """Whether a paragraph shares the subject of the rest of its article (enough of its content words)."""
    return _shares_subject(Counter(content_words(line)), Counter(content_words(rest)))


def _shares_subject(own: Counter[str], rest: Counter[str], whole: bool = False) -> bool:
    """``rest`` the words of the rest of the article, or (``whole``) of the whole article, own words included."""
    shared = sum(1 for w, n in own.items() if rest[w] > (n if whole else 0))
    return shared >= TOPICAL_SHARED or (bool(own) and shared >= TOPICAL_SHARE * len(own))


def evidence(article: Article) -> list[tuple[str, bool, bool, bool]]:
    """An article's paragraphs as evidence: (key, stands at an edge, is short, is on the article's subject),
    long paragraphs left out."""
    spans = paragraphs(article.text)
    # a word never runs across a line's end: the text's words are its non-blank lines' words, each read once
    own = [content_words(article.text[start:end]) for start, end in spans]
    whole = Counter(word for words in own for word in words)
    out: dict[str, tuple[bool, bool, bool]] = {}
    for i, (start, end) in enumerate(spans):
        line = article.text[start:end]
        key = line_key(line)
        if key and word_count(line) <= MAX_WORDS:
            edge = i < EDGE[0] or i >= len(spans) - EDGE[1]
            on_subject = _shares_subject(Counter(own[i]), whole, whole=True)
            known = out.get(key, (False, False, False))
            out[key] = (known[0] or edge, known[1] or _short(line), known[2] or on_subject)
    return [(key, *flags) for key, flags in sorted(out.items())]


def furniture_spans(article: Article, keys: frozenset[str]) -> list[Span]:
    """The paragraphs of an article that are its outlet's furniture."""
    return [(s, e) for s, e in paragraphs(article.text) if line_key(article.text[s:e]) in keys]


def _outside(spans: Sequence[Span]) -> Callable[[int], bool]:
    def keep(position: int) -> bool:
        return not any(s <= position < e for s, e in spans)

    return keep


def without(analysis: Analysis, spans: Sequence[Span]) -> Analysis:
    """The analysis without the annotations that start inside ``spans``."""
    if not spans:
        return analysis
    keep = _outside(spans)
    return replace(
        analysis,
        sentences=tuple(x for x in analysis.sentences if keep(x.start)),
        mentions=tuple(x for x in analysis.mentions if keep(x.start)),
        dates=tuple(x for x in analysis.dates if keep(x.start)),
        quotes=tuple(x for x in analysis.quotes if keep(x.start)),
        claims=tuple(x for x in analysis.claims if keep(x.start)),
    )


def strip_furniture(
    articles: Iterable[Article],
    analyses: Mapping[str, Analysis],
    keys_of: Callable[[str], frozenset[str]],
) -> dict[str, Analysis]:
    """Every analysis without what its outlet's furniture says; ``keys_of(group)`` gives a group's keys."""
    keys: dict[str, frozenset[str]] = {}
    out = dict(analyses)
    for article in articles:
        if article.id not in analyses:
            continue
        group = group_of(article)
        if group not in keys:
            keys[group] = keys_of(group)
        out[article.id] = without(analyses[article.id], furniture_spans(article, keys[group]))
    return out
