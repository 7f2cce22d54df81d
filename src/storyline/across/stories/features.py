"""Article vectors for story clustering: content words, proper names and numbers, weighted by frozen IDF.

Two articles about two events of the same kind (two floods, two boxing title defences) share their topic words;
what tells them apart is who, where and when: names, numbers and years. So each article gets three unit vectors
(sublinear term frequency times inverse document frequency) and the similarity of two articles is a weighted sum
of the three cosines. The IDF is the generic, frozen table in ``term_weights.json.gz`` (word frequencies of
general English, see the README's licences) rather than the store's own counts, so an article's vector never changes as the store grows and the similarity of two articles depends
on those two articles alone: the clustering built on it cannot depend on the order articles arrive in.
"""

from __future__ import annotations

import gzip
import json
import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib.resources import files
from typing import Any

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

# Words that say nothing about which event an article covers (news verbs and fillers beyond sklearn's list).
NEWS_STOPWORDS = frozenset(
    {
        "said", "says", "say", "told", "tells", "according", "reported", "report", "reports", "reuters",
        "news", "year", "years", "week", "weeks", "day", "days", "month", "months", "time", "today",
        "yesterday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "just", "like", "new", "including", "people", "percent", "mr", "mrs", "ms", "also", "would",
        "could", "one", "two", "three", "first", "last", "read", "more", "com", "www", "http", "https",
    }
)  # fmt: skip
STOPWORDS = frozenset(ENGLISH_STOP_WORDS) | NEWS_STOPWORDS

_WORD = re.compile(r"[^\W\d_][^\W_]*(?:['’][^\W\d_]+)?")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_NUMBER = re.compile(r"\b\d+(?:[.,]\d+)*\b")
_NAME = re.compile(r"\b[A-Z][\w’'.-]*[A-Za-z](?:\s+(?:[A-Z][\w’'.-]*[A-Za-z]|of|de|al|bin|van|von))*")

Vector = dict[str, float]


@dataclass(frozen=True)
class Weights:
    """How much each kind of evidence counts in the similarity of two articles (they sum to 1)."""

    words: float = 0.5
    names: float = 0.4
    numbers: float = 0.1


@dataclass(frozen=True)
class ArticleVectors:
    """An article's three unit vectors; names carry an ``@`` prefix and numbers/years a ``#``."""

    words: Vector
    names: Vector
    numbers: Vector

    def to_json(self) -> list[Vector]:
        return [self.words, self.names, self.numbers]

    @classmethod
    def from_json(cls, data: list[Vector]) -> ArticleVectors:
        return cls(*data)


DECODED = 16_384
"""Stored vectors kept decoded (about 15 KB each with their text): the candidates and stories of neighbouring
chunks are mostly the same, and an article's vectors never change."""


@lru_cache(maxsize=DECODED)
def decoded(text: str) -> Any:
    """Stored JSON (an article's vectors, a story's centroid) decoded, cached by its text: the same text always
    decodes to the same value, so the cache cannot go stale. The value is shared: callers must not change it."""
    return json.loads(text)


TERM_WEIGHTS = "term_weights.json.gz"


@cache
def term_weights() -> tuple[dict[str, float], float]:
    """The frozen table: each listed word's weight, and the weight of every word not listed."""
    data = json.loads(gzip.decompress(files(__package__).joinpath(TERM_WEIGHTS).read_bytes()))
    return data["weights"], data["default"]


def idf(term: str) -> float:
    """The frozen inverse document frequency of a term (prefixes ignored); unlisted terms count as rare."""
    weights, default = term_weights()
    return weights.get(term.lstrip("@#"), default)


@lru_cache(maxsize=1 << 16)
def _stem(word: str) -> str:
    """A plural as its singular ("companies" as "company", "losses" as "loss", "reports" as "report"), chosen
    among the endings English plurals take where the table knows the singular, so that both forms are one term
    with the singular's weight (a made-up stem such as "companie" would weigh as a rare word)."""
    if len(word) <= 4 or not word.endswith("s") or word.endswith(("ss", "us", "is")):
        return word
    weights, rare = term_weights()
    own = weights.get(word, rare)
    for singular in (
        word[:-3] + "y" if word.endswith("ies") else None,
        word[:-2] if word.endswith(("sses", "xes", "zes", "ches", "shes")) else None,
        word[:-1],
    ):
        # a word that is commoner than its would-be singular is no plural of it ("series", "news")
        if singular in weights and weights[singular] <= own:
            return singular
    return word if word in weights else word[:-1]


def word_terms(text: str) -> list[str]:
    """Content words, lower-cased and lightly stemmed."""
    out = []
    for w in _WORD.findall(text.lower().replace("’", "'")):  # the pattern reads both apostrophes alike
        if "'" in w:
            w = w[: w.index("'")]
        if len(w) > 2 and w not in STOPWORDS:
            out.append(_stem(w))
    return out


def name_terms(text: str) -> list[str]:
    """Tokens of proper names and the years the text mentions.

    Names are capitalised sequences whose words the text never writes in lower case (which drops
    sentence-initial common words). spaCy's entity names were measured instead and did worse on ECB+ (B3 F1
    0.881 against 0.919): the small model misses names (titles of events, venues, belts) that tell apart two
    events of one kind."""
    lowered = set(_WORD.findall(text))
    found: list[str] = []
    for m in _NAME.finditer(text):
        for token in _WORD.findall(m.group(0)):
            low = token.lower()
            if len(low) < 2 or low in STOPWORDS or low in lowered:
                continue
            found.append("@" + low)
    found.extend("#" + y for y in _YEAR.findall(text))
    return found


def number_terms(text: str) -> list[str]:
    """Numbers written in digits, years left out (``name_terms`` has them): scores, ages, tolls, counts."""
    return ["#" + n for n in _NUMBER.findall(text) if not _YEAR.fullmatch(n)]


def weighted(terms: Iterable[str]) -> Vector:
    """Sublinear term frequency times frozen IDF, scaled to unit length."""
    vec = {t: (1.0 + math.log(c)) * idf(t) for t, c in Counter(terms).items()}
    norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
    return {t: v / norm for t, v in sorted(vec.items())}


def article_vectors(title: str | None, text: str, title_weight: int = 2) -> ArticleVectors:
    """The vectors of one article; the title's words count ``title_weight`` times."""
    title = title or ""
    words = word_terms(text) + word_terms(title) * title_weight
    return ArticleVectors(
        weighted(words), weighted(name_terms(text + "\n" + title)), weighted(number_terms(text))
    )


def dot(a: Vector, b: Vector) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b[t] for t, v in a.items() if t in b)


def similarity(a: ArticleVectors, b: ArticleVectors, weights: Weights = Weights()) -> float:
    """Content similarity of two articles in [0, 1], regardless of their dates."""
    return (
        weights.words * dot(a.words, b.words)
        + weights.names * dot(a.names, b.names)
        + weights.numbers * dot(a.numbers, b.numbers)
    )


def top_terms(vec: Vector, k: int) -> list[str]:
    """The ``k`` heaviest terms of a vector (ties by term), the article's entries in the candidate index."""
    return sorted(vec, key=lambda t: (-vec[t], t))[:k]
