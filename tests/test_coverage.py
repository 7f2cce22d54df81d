"""Coverage by outlet on hand-made articles (no spaCy)."""

from __future__ import annotations

import re

from storyline.models import Analysis, Article, Mention, Published, Quote, QuoteOccurrence, Span
from storyline.reconstruct.coverage import build_coverage

SHARED_FACT = "Berg and Dahl agreed in Tromso to hold a regional conference on the ferry routes."
OWN_FACT = "The NSL estimated that about 200 Norwegian sailors are working on foreign trawlers."
CHATTER = "It was a long and tiring day for everyone who had waited outside in the rain."


def make(aid: str, text: str, outlet: str, **kw) -> tuple[Article, Analysis]:
    article = Article(
        aid, f"{aid}.txt", text, outlet=outlet, published=Published.exact("2014-03-04", "metadata"), **kw
    )
    spans = tuple(Span(m.start(), m.end()) for m in re.finditer(r"[^.]+\.", text))
    mentions = tuple(
        Mention(m.start(), m.end(), m.group(), "PERSON") for m in re.finditer(r"\b(?:Berg|Dahl|NSL)\b", text)
    )
    return article, Analysis(aid, sentences=spans, mentions=mentions)


def coverage(*pairs, quotes=()):
    return build_coverage([a for a, _ in pairs], {a.id: an for a, an in pairs}, quotes)


def test_coverage_one_fact_reported_by_two_outlets():
    view = coverage(make("a1", SHARED_FACT, "Times"), make("a2", SHARED_FACT, "Post"))
    assert [f.outlets for f in view.facts] == [("Post", "Times")]


def test_coverage_lists_the_facts_only_one_outlet_has():
    view = coverage(make("a1", f"{SHARED_FACT} {OWN_FACT}", "Times"), make("a2", SHARED_FACT, "Post"))
    assert [(f.text, f.outlets) for f in view.single_outlet()] == [(OWN_FACT, ("Times",))]


def test_coverage_sentences_with_nothing_checkable_are_not_facts():
    view = coverage(make("a1", f"{SHARED_FACT} {CHATTER}", "Times"))
    assert [f.text for f in view.facts] == [SHARED_FACT]


def test_coverage_a_duplicate_copy_does_not_add_an_outlet():
    view = coverage(make("a1", SHARED_FACT, "Times"), make("a2", SHARED_FACT, "Mirror", duplicate_of="a1"))
    assert [f.outlets for f in view.facts] == [("Times",)] and [o for o, _ in view.outlets] == ["Times"]


def test_coverage_quotes_by_outlet():
    quote = Quote(
        "q-1",
        "This is the start of a fine new partnership",
        "direct",
        speaker="Ola Berg",
        occurrences=(QuoteOccurrence("a1", 0, 10), QuoteOccurrence("a2", 0, 10)),
    )
    view = coverage(make("a1", SHARED_FACT, "Times"), make("a2", OWN_FACT, "Post"), quotes=[quote])
    assert [(q.quote, q.outlets) for q in view.quotes] == [("q-1", ("Post", "Times"))]


def test_coverage_facts_cite_exact_offsets():
    article, analysis = make("a1", f"{CHATTER} {SHARED_FACT}", "Times")
    (fact,) = coverage((article, analysis)).facts
    (c,) = fact.citations
    assert article.text[c.start : c.end] == SHARED_FACT
