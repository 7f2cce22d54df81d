"""Near-duplicates and shared passages, on small hand-written articles and in-memory databases."""

from __future__ import annotations

import sqlite3

import pytest

from storyline.dedup import DuplicateIndex, sentences, signature
from storyline.stories import StoryEngine

ORIGINAL = (
    "Engineers in the river town of Orlavik opened the new lock gates on Tuesday after four years of building, "
    "letting the first cargo barges pass the old weir since the spring floods of last decade. The harbour "
    "master, Ines Varga, said traffic on the canal should double within a year and that the town council "
    "would now repair the towpath and the two swing bridges near the grain market. Local bargemen welcomed "
    "the reopening, though several complained that the new tolls were set higher than they had been promised "
    "at the public meetings held in the town hall during the winter."
)
REWRITE = (
    ORIGINAL.replace("Tuesday", "Wednesday").replace("several complained", "some complained")
    + "\nThis story was syndicated from a regional wire service."
)
OTHER = (
    "A chess festival in the hill city of Dravno drew more than three hundred players this weekend, with the "
    "open section won on tie-break by a seventeen-year-old student from the local academy. Organisers said "
    "entries had risen by a third since last year and that the city had agreed to host the event again."
)
WIRE = (
    "The harbour master, Ines Varga, said traffic on the canal should double within a year, officials added."
)


@pytest.fixture
def index() -> DuplicateIndex:
    conn = sqlite3.connect(":memory:")
    StoryEngine(conn)  # creates the dup_ tables
    return DuplicateIndex(conn)


def test_dedup_light_rewrite_points_to_earlier_copy(index: DuplicateIndex) -> None:
    index.add("a-1", "02013-05-01|a-1", ORIGINAL)
    original, _ = index.add("a-2", "02013-05-02|a-2", REWRITE)
    assert original == "a-1"


def test_dedup_different_article_is_not_a_duplicate(index: DuplicateIndex) -> None:
    index.add("a-1", "02013-05-01|a-1", ORIGINAL)
    original, _ = index.add("a-3", "02013-05-02|a-3", OTHER)
    assert original is None


def test_dedup_earlier_copy_ingested_later_becomes_original(index: DuplicateIndex) -> None:
    index.add("a-2", "02013-05-02|a-2", REWRITE)
    original, repointed = index.add("a-1", "02013-05-01|a-1", ORIGINAL)
    assert (original, repointed, index.original("a-2")) == (None, {"a-2": "a-1"}, "a-1")


def test_dedup_signature_of_text_without_words_is_none() -> None:
    assert signature("  -- ... ") is None


def test_dedup_sentences_are_offsets_into_the_text() -> None:
    text = 'He said "yes." Then he left!\nNew line without stop'
    assert [text[s:e] for s, e in sentences(text)] == [
        'He said "yes."',
        "Then he left!",
        "New line without stop",
    ]


def test_dedup_shared_passage_between_different_articles(index: DuplicateIndex) -> None:
    first = OTHER + "\n" + WIRE
    second = "Unrelated opening about the weather in the mountains this week.\n" + WIRE + " More later."
    index.add("a-5", "02013-05-01|a-5", first)
    index.add("a-6", "02013-05-01|a-6", second)
    [passage] = index.shared_passages("a-6")
    shown = (
        second[passage.first.start : passage.first.end],
        first[passage.second.start : passage.second.end],
    )
    assert shown == (WIRE, WIRE) and passage.second.article == "a-5"


def test_dedup_copies_are_not_reported_as_shared_passages(index: DuplicateIndex) -> None:
    index.add("a-1", "02013-05-01|a-1", ORIGINAL)
    index.add("a-2", "02013-05-02|a-2", REWRITE)
    assert index.shared_passages("a-2") == []
