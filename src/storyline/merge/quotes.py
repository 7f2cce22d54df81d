"""One quote, many articles: quotations merged across the corpus despite small changes of wording.

Outlets quote the same words with different quotation marks, dashes, spelling and length (one stops at
"creating problems", another goes on "throughout the region"). Two occurrences are one quote when their
word sequences are near-identical (difflib ratio) or one is, nearly word for word and in order, part of the
other; and their speakers do not contradict each other (the same canonical entity, or one unknown).
Candidate pairs come from shared word trigrams, so the comparison stays near-linear on a big corpus.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache
from itertools import combinations

from ..ids import quote_id
from ..models import Entity, Quote, QuoteKind, QuoteOccurrence, QuoteSpan
from ..textsim import fold
from .entities import EntityIndex

SIMILAR = 0.8  # difflib ratio over words for two renderings of one quote
CONTAINED = 0.85  # share of the shorter quote's words found in order in the longer one
MIN_WORDS = 5  # shorter quotes ("absolutely wrong") are too common to merge on wording alone
STOCK_PHRASE = 50
"""A word trigram that more occurrences than this use is a stock phrase: no evidence that two quotes are one."""
QUOTES_REMEMBERED = 20_000
"""Quotations whose words are remembered (:func:`quote_words`)."""


@dataclass(frozen=True)
class _Occurrence:
    article: str
    span: QuoteSpan
    words: tuple[str, ...]
    entity: Entity | None


@lru_cache(maxsize=QUOTES_REMEMBERED)
def quote_words(text: str) -> tuple[str, ...]:
    """The words of a quote, folded: no accents, case, quotation marks or punctuation. Remembered: a refresh
    merges each article's quotes in the store's quotes, its story's and its storyline's."""
    folded = fold(text)
    folded = folded.replace("’", "'").replace("‘", "'")
    return tuple(re.findall(r"[a-z0-9]+(?:'[a-z]+)?", folded))


def merge_quotes(
    items: Sequence[tuple[str, str, Sequence[QuoteSpan]]], entities: Sequence[Entity]
) -> list[Quote]:
    """Quotes merged across articles; ``items`` are (article_id, article_text, quotes found in it)."""
    occurrences = _occurrences(items, entities)
    groups = _group(occurrences)
    quotes = [_quote(members) for members in groups]
    return sorted(quotes, key=lambda q: (q.occurrences[0].article, q.occurrences[0].start, q.id))


def _occurrences(items: Sequence[tuple[str, str, Sequence[QuoteSpan]]], entities: Sequence[Entity]):
    found: list[_Occurrence] = []
    seen: set[tuple[str, int, int]] = set()
    index = EntityIndex(entities)
    for article, _text, spans in items:
        for span in spans:
            if (article, span.start, span.end) in seen:
                continue
            seen.add((article, span.start, span.end))
            entity = None
            if span.person_start is not None and span.person_end is not None:
                entity = index.find(article, span.person_start, span.person_end, span.speaker)
            elif span.speaker_start is not None and span.speaker_end is not None:
                entity = index.find(article, span.speaker_start, span.speaker_end, span.speaker)
            found.append(_Occurrence(article, span, quote_words(span.text), entity))
    return found


def _group(occurrences: Sequence[_Occurrence]) -> list[list[_Occurrence]]:
    parent = list(range(len(occurrences)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in _candidate_pairs(occurrences):
        a, b = occurrences[i], occurrences[j]
        if _compatible(a, b) and same_quote(a.words, b.words):
            ri, rj = find(i), find(j)
            parent[max(ri, rj)] = min(ri, rj)
    groups: dict[int, list[_Occurrence]] = defaultdict(list)
    for i, occ in enumerate(occurrences):
        groups[find(i)].append(occ)
    return list(groups.values())


def _candidate_pairs(occurrences: Sequence[_Occurrence]) -> set[tuple[int, int]]:
    """The pairs (i, j), i < j, of occurrences that share at least two word trigrams, a trigram counting only
    when at most ``STOCK_PHRASE`` occurrences use it (more: a stock phrase, no evidence). Occurrences of the
    same words (one quote carried by many articles) share all their trigrams: each wording's trigrams are
    compared once and its occurrences paired after."""
    users: Counter[tuple[str, ...]] = Counter()  # how many occurrences use each trigram
    wordings: dict[tuple[str, ...], list[int]] = defaultdict(list)
    grams_of: dict[tuple[str, ...], set[tuple[str, ...]]] = {}
    for i, occ in enumerate(occurrences):
        if len(occ.words) < MIN_WORDS:
            continue
        if occ.words not in grams_of:
            grams_of[occ.words] = {occ.words[k : k + 3] for k in range(len(occ.words) - 2)}
        wordings[occ.words].append(i)
        users.update(grams_of[occ.words])
    by_gram: dict[tuple[str, ...], list[int]] = defaultdict(list)
    own: list[int] = []  # each wording's trigrams that count
    for k, words in enumerate(wordings):
        counted = [gram for gram in grams_of[words] if users[gram] <= STOCK_PHRASE]
        own.append(len(counted))
        for gram in counted:
            if users[gram] > 1:  # a trigram of one occurrence (most are) pairs no wordings
                by_gram[gram].append(k)
    shared: Counter[tuple[int, int]] = Counter()
    for members in by_gram.values():
        if len(members) > 1:
            shared.update(combinations(members, 2))  # members ascend: each pair (a, b) with a < b
    places = list(wordings.values())
    pairs = {
        (min(i, j), max(i, j))
        for (a, b), count in shared.items()
        if count >= 2
        for i in places[a]
        for j in places[b]
    }
    for k, same in enumerate(places):
        if own[k] >= 2:
            pairs.update(combinations(same, 2))  # ascending: i < j
    return pairs


def _compatible(a: _Occurrence, b: _Occurrence) -> bool:
    if a.article == b.article and a.span.start < b.span.end and b.span.start < a.span.end:
        return False
    return a.entity is None or b.entity is None or a.entity.id == b.entity.id


def same_quote(a: Sequence[str], b: Sequence[str]) -> bool:
    """Near-identical wording, or the shorter quote nearly word for word inside the longer one."""
    return _same_words(tuple(a), tuple(b))


PAIRS_REMEMBERED = 50_000
"""Pairs of quotes whose comparison is remembered (:func:`same_quote`): a refresh compares a story's quotes
again in its storyline and in the store."""


@lru_cache(maxsize=PAIRS_REMEMBERED)
def _same_words(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    if min(len(a), len(b)) < MIN_WORDS:
        return False
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    if matcher.ratio() >= SIMILAR:
        return True
    matched = sum(block.size for block in matcher.get_matching_blocks())
    return matched >= CONTAINED * min(len(a), len(b))


def _quote(members: Sequence[_Occurrence]) -> Quote:
    if len(members) == 1:  # most quotes: the one occurrence's words, speaker and kind, without counting
        (only,) = members
        speaker = only.entity.name if only.entity is not None else only.span.speaker or None
        return _made(only, members, only.entity, speaker, only.span.kind)
    members = sorted(members, key=lambda o: (o.article, o.span.start))
    wordings = Counter(o.words for o in members)
    _, canonical = max(enumerate(members), key=lambda io: (wordings[io[1].words], len(io[1].words), -io[0]))
    entity_votes = Counter(o.entity.id for o in members if o.entity is not None)
    entity = None
    if entity_votes:
        top = entity_votes.most_common(1)[0][0]
        entity = next(o.entity for o in members if o.entity is not None and o.entity.id == top)
    speakers = Counter(o.span.speaker for o in members if o.span.speaker)
    speaker = entity.name if entity is not None else (speakers.most_common(1)[0][0] if speakers else None)
    kinds: Counter[QuoteKind] = Counter(o.span.kind for o in members)
    kind = (
        canonical.span.kind
        if kinds[canonical.span.kind] == max(kinds.values())
        else kinds.most_common(1)[0][0]
    )
    return _made(canonical, members, entity, speaker, kind)


def _made(
    canonical: _Occurrence,
    members: Sequence[_Occurrence],
    entity: Entity | None,
    speaker: str | None,
    kind: QuoteKind,
) -> Quote:
    """The quote of ``members`` (in order) worded as ``canonical``, said by ``entity`` or ``speaker``."""
    occurrences = tuple(
        QuoteOccurrence(
            article=o.article,
            start=o.span.start,
            end=o.span.end,
            speaker_start=o.span.speaker_start,
            speaker_end=o.span.speaker_end,
            cue=o.span.cue,
        )
        for o in members
    )
    return Quote(
        id=quote_id(canonical.words, entity.id if entity is not None else speaker),
        text=canonical.span.text,
        kind=kind,
        speaker=speaker,
        speaker_entity=entity.id if entity is not None else None,
        occurrences=occurrences,
    )
