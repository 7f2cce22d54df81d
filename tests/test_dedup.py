"""Near-duplicates, on small hand-written articles and in-memory stores."""

from __future__ import annotations

import pytest

from storyline.across.stories.dedup import DuplicateIndex, signature
from storyline.store import Store

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


@pytest.fixture
def index() -> DuplicateIndex:
    return DuplicateIndex(Store(":memory:").duplicates)


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
