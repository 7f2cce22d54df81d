"""Quotes merged across articles: small changes of wording, marks and length make one quote."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyline.merge.entities import merge_entities
from storyline.merge.quotes import merge_quotes, same_quote
from storyline.models import Citation, Entity, Mention, QuoteSpan

GENEVA2 = Path(__file__).parents[2] / "shared" / "corpus" / "geneva2"


def _span(text: str, speaker: str | None = None, at: int = 0) -> QuoteSpan:
    start = at + 100
    return QuoteSpan(
        start=start,
        end=start + len(text),
        text=text,
        kind="direct",
        speaker=speaker,
        speaker_start=at if speaker else None,
        speaker_end=at + len(speaker) if speaker else None,
        cue="said",
    )


def _entity(name: str, *refs: tuple[str, int]) -> Entity:
    mentions = tuple(Citation(article, at, at + len(name)) for article, at in refs)
    return Entity(id=f"e-{name.lower().replace(' ', '')}", name=name, type="PERSON", mentions=mentions)


BERG_A = (
    "\u201cThe harbour board believes that we hold some very important shared concerns with regard "
    "to the ferries \u2014 safety on the water, not having old boats causing delays,\u201d"
)
BERG_B = (
    '"The harbour board believes that we hold some very important shared concerns with regard '
    'to the ferries - safety on the water, not having old boats causing delays all along the coast."'
)


def test_quote_merge_same_words_with_other_marks_and_a_longer_ending_are_one_quote():
    berg = _entity("Ola Berg", ("mt", 0), ("indy", 0))
    items = [("mt", "", [_span(BERG_A, "Ola Berg")]), ("indy", "", [_span(BERG_B, "Ola Berg")])]
    (quote,) = merge_quotes(items, [berg])
    assert ([o.article for o in quote.occurrences], quote.speaker_entity) == (["indy", "mt"], berg.id)


def test_quote_merge_different_speakers_stay_apart():
    berg, lee = _entity("Ola Berg", ("a", 0)), _entity("Ann Lee", ("b", 0))
    items = [("a", "", [_span(BERG_A, "Ola Berg")]), ("b", "", [_span(BERG_A, "Ann Lee")])]
    assert len(merge_quotes(items, [berg, lee])) == 2


def test_quote_merge_unknown_speaker_joins_a_known_one():
    berg = _entity("Ola Berg", ("a", 0))
    items = [("a", "", [_span(BERG_A, "Ola Berg")]), ("b", "", [_span(BERG_B)])]
    (quote,) = merge_quotes(items, [berg])
    assert quote.speaker == "Ola Berg"


def test_quote_merge_short_quotes_do_not_merge_on_wording_alone():
    assert not same_quote(("absolutely", "wrong"), ("absolutely", "wrong"))


def test_quote_merge_different_quotes_stay_apart():
    other = '"The other road is that the ferry line drifts towards ruin, if not into ruin, and into debt."'
    items = [("a", "", [_span(BERG_A)]), ("b", "", [_span(other)])]
    assert len(merge_quotes(items, [])) == 2


def test_quote_merge_ids_are_stable_and_prefixed():
    items = [("a", "", [_span(BERG_A, "Ola Berg")]), ("b", "", [_span(BERG_B)])]
    first, again = merge_quotes(items, []), merge_quotes(list(reversed(items)), [])
    assert [q.id for q in first] == [q.id for q in again] and first[0].id.startswith("q-")


@pytest.fixture(scope="module")
def geneva2():
    if not GENEVA2.is_dir():
        pytest.skip(f"seed corpus not found at {GENEVA2}")
    from storyline.analyse.entities import find_mentions
    from storyline.analyse.nlp import load_nlp
    from storyline.analyse.quotes import find_quotes

    nlp = load_nlp()
    mentions: list[tuple[str, list[Mention]]] = []
    found = []
    for path in sorted(GENEVA2.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        doc = nlp(text)
        article_mentions = find_mentions(doc)
        mentions.append((path.stem, article_mentions))
        found.append((path.stem, text, find_quotes(doc, article_mentions)))
    entities = merge_entities(mentions)
    texts = {article: text for article, text, _ in found}
    return entities, merge_quotes(found, entities), texts


def test_quote_merge_geneva2_quote_in_two_outlets_is_one_quote(geneva2):
    _entities, quotes, texts = geneva2
    outlets = {a for a, t in texts.items() if "Moscow Times" in t or "themoscowtimes" in t}
    shared = [q for q in quotes if "significant common interests" in q.text]
    articles = {o.article for q in shared for o in q.occurrences}
    assert len(shared) == 1 and len(articles) == 2 and articles & outlets and articles - outlets


def test_quote_merge_geneva2_quoted_people_are_canonical_entities(geneva2):
    entities, quotes, _texts = geneva2
    by_id = {e.id: e for e in entities}
    people = {
        by_id[q.speaker_entity].name
        for q in quotes
        if q.speaker_entity and by_id[q.speaker_entity].type == "PERSON"
    }
    assert {"John Kerry", "Sergei Lavrov"} <= people


def test_quote_merge_geneva2_lavrov_has_every_spelling(geneva2):
    entities, _quotes, texts = geneva2
    lavrov = next(e for e in entities if e.name == "Sergei Lavrov")
    spellings = {texts[r.article][r.start : r.end] for r in lavrov.mentions}
    assert {"Sergei Lavrov", "Sergey Lavrov", "Lavrov"} <= spellings


@pytest.mark.parametrize(
    ("wording", "variant"),
    [
        (
            "We will rebuild every school in the valley before the winter comes.",
            "We will rebuild every school in the valley before winter comes.",
        ),
        (
            "The water is safe to drink again, and the pumps are running day and night.",
            "The water is safe to drink again and the pumps are running day and night",
        ),
        (
            "Nobody expected the river to rise so fast after only two days of rain.",
            "Nobody expected the river to rise so fast after only two days of heavy rain.",
        ),
    ],
)
def test_quote_merge_one_wording_carried_by_many_articles_and_its_variant_are_one_quote(wording, variant):
    items = [(f"a{n}", "", [_span(wording)]) for n in range(12)] + [("b", "", [_span(variant)])]
    (quote,) = merge_quotes(items, [])
    assert sorted(o.article for o in quote.occurrences) == sorted([f"a{n}" for n in range(12)] + ["b"])


def test_quote_merge_a_wording_used_by_more_than_a_stock_phrase_allows_is_no_evidence():
    wording = "We are doing everything we can to help the families who lost their homes."
    items = [(f"a{n}", "", [_span(wording)]) for n in range(51)]
    assert len(merge_quotes(items, [])) == 51  # every trigram is in 51 quotes: too common to join them
