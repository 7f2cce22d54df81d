"""The data model: frozen dataclasses that every stage after reading passes around.

Every annotation points into its article's cleaned ``text`` by character offsets (Python string indices, end
exclusive), the way a spaCy Span points into its Doc. Nothing after ``analyse/`` needs spaCy: it works on these.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

DateMethod = Literal["metadata", "url", "byline", "text", "inferred", "unknown"]
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
QuoteKind = Literal["direct", "indirect", "mixed"]
Qualifier = Literal["=", "~", ">=", "<=", "range", "up", "down"]


@dataclass(frozen=True)
class Published:
    """When an article was published, as a day interval, and how that was found.

    ``date`` is the single best day (ISO ``YYYY-MM-DD``) when one is known; ``earliest``/``latest`` bound the
    interval the evidence allows (equal to ``date`` for an explicit date).
    """

    date: str | None = None
    earliest: str | None = None
    latest: str | None = None
    method: DateMethod = "unknown"

    @classmethod
    def exact(cls, day: str, method: DateMethod) -> Published:
        return cls(date=day, earliest=day, latest=day, method=method)


@dataclass(frozen=True)
class RawArticle:
    """What a reader hands over: one article's raw content before cleaning.

    Exactly one of ``text`` (plain text) and ``html`` is the body. ``metadata`` holds what the source declared
    (a feed's or dump's fields, an HTTP header), kept as given. ``explicit_text``: the source states the text
    as the article (a JSONL field, a feed entry's content), so cleaning may drop debris lines from it but
    never all of it.
    """

    source: str
    text: str | None = None
    html: str | None = None
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: str | None = None
    language: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict, compare=False)
    explicit_text: bool = False


@dataclass(frozen=True)
class Article:
    """A cleaned article: the unit every annotation points into."""

    id: str
    source: str
    text: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    author: str | None = None
    language: str | None = None
    published: Published = field(default_factory=Published)
    boilerplate: tuple[str, ...] = ()
    duplicate_of: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict, compare=False)


@dataclass(frozen=True)
class Span:
    """A sentence (or any plain stretch) of an article's text."""

    start: int
    end: int


@dataclass(frozen=True)
class Mention:
    """A named-entity mention found in one article."""

    start: int
    end: int
    text: str
    label: str  # PERSON, ORG, GPE, LOC, NORP, ...


@dataclass(frozen=True)
class DateRef:
    """A temporal expression (TimeML TIMEX3) with its resolved value and day interval.

    ``anchor`` records how the expression was resolved ("absolute", "past", "future", "present", "none"), so it
    can be resolved again, without re-parsing, when the article's date changes.
    """

    start: int
    end: int
    text: str
    type: TimexType
    value: str | None
    earliest: str | None = None
    latest: str | None = None
    anchor: str = "none"


@dataclass(frozen=True)
class QuoteSpan:
    """One quotation as found in one article: content offsets, the speaker (``speaker``: the resolved person or
    organisation's name as the article writes it; ``speaker_start``/``speaker_end``: the words the text
    attributes the quote to, such as "he" or "a spokesman"; ``person_start``/``person_end``: the mention of the
    person or organisation those words resolve to, when they do) and the cue."""

    start: int
    end: int
    text: str
    kind: QuoteKind
    speaker: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    person_start: int | None = None
    person_end: int | None = None


@dataclass(frozen=True)
class Claim:
    """A numeric claim: a value, what it counts, how it is qualified and who says so."""

    start: int
    end: int
    text: str
    value: float
    upper: float | None = None
    unit: str | None = None
    qualifier: Qualifier = "="
    concept: str | None = None
    attributed_to: str | None = None


@dataclass(frozen=True)
class Analysis:
    """Everything the per-article analysis found in one article's text."""

    article_id: str
    sentences: tuple[Span, ...] = ()
    mentions: tuple[Mention, ...] = ()
    dates: tuple[DateRef, ...] = ()
    quotes: tuple[QuoteSpan, ...] = ()
    claims: tuple[Claim, ...] = ()


@dataclass(frozen=True)
class Citation:
    """A stretch of one article's text: the exact words a statement came from, or where a name or quote occurs."""

    article: str
    start: int
    end: int


@dataclass(frozen=True)
class CitedSentence:
    """A sentence of a summary or timeline, with the words of every article that says it."""

    text: str
    citations: tuple[Citation, ...]


@dataclass(frozen=True)
class TimelineEntry:
    """One date of a timeline (a day or a month, as a TimeML value with its days) and what happened then."""

    date: str
    earliest: str | None
    latest: str | None
    sentences: tuple[CitedSentence, ...]


@dataclass(frozen=True)
class Story:
    """A story: articles about one developing event, with a stable id."""

    id: str
    title: str
    articles: tuple[str, ...]
    first: str | None = None
    last: str | None = None


@dataclass(frozen=True)
class Storyline:
    """Stories that continue one another (one subject over weeks or months), with a stable id."""

    id: str
    title: str
    stories: tuple[str, ...]
    articles: tuple[str, ...]
    first: str | None = None
    last: str | None = None


@dataclass(frozen=True)
class Entity:
    """A canonical entity merged across the corpus, with every spelling the articles use."""

    id: str
    name: str
    type: str
    aliases: tuple[str, ...] = ()
    mentions: tuple[Citation, ...] = ()
    roles: tuple[str, ...] = ()


@dataclass(frozen=True)
class QuoteOccurrence:
    """Where one article carries a merged quote: the content's and the speaker's words, and the cue."""

    article: str
    start: int
    end: int
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None


@dataclass(frozen=True)
class Quote:
    """One quotation, merged across the articles that carry it (even with small changes of wording)."""

    id: str
    text: str
    kind: QuoteKind
    speaker: str | None = None
    speaker_entity: str | None = None
    occurrences: tuple[QuoteOccurrence, ...] = ()


@dataclass(frozen=True)
class Figure:
    """Claims about the same quantity, grouped; ``disagreement`` when sources differ at the same time."""

    id: str
    label: str
    unit: str | None
    claims: tuple[str, ...]
    disagreement: bool = False


@dataclass(frozen=True)
class Change:
    """One thing a committed chunk changed in a story (a new story, a new article in it, a figure's new value,
    disagreement or revision, a new quote, a planned date that moved), told in one line that cites its words.

    ``article`` is the article that brought the change (a story's changes are those of its members, whatever
    the story's id has become); ``at`` the UTC time it was recorded; ``seq`` its place in the store's log."""

    id: str
    at: str
    kind: str
    story: str | None
    article: str
    text: str
    citations: tuple[Citation, ...] = ()
    seq: int = 0


@dataclass(frozen=True)
class Watch:
    """A saved search: its query, when it was saved, and the ``seq`` of the last article stored before it (its
    feed reports the articles after)."""

    id: str
    query: str
    created_at: str
    after_seq: int
