"""Where a sentence starts inside a run-on line: the word lists the search relies on."""

from __future__ import annotations

from storyline.clean.junction import run_in_opening
from storyline.clean.word_classes import CAPITALISED_OPENERS, COUNTS, TITLE_CASE_ENDERS


def test_the_words_a_start_may_open_on_are_capitalised() -> None:
    """Without names a start is looked for only at capitalised words: every list of such words is capitalised."""
    for words in (CAPITALISED_OPENERS, COUNTS, TITLE_CASE_ENDERS):
        assert all(word[:1].isupper() for word in words)


def test_run_in_opening_finds_a_caption_run_into_its_sentence() -> None:
    paragraph = (
        "Volunteers clear the beach after the spill They have worked through the night to save the birds."
    )
    assert run_in_opening(paragraph) == "Volunteers clear the beach after the spill"
    assert (
        run_in_opening("The volunteers cleared the beach after the spill and worked through the night.")
        is None
    )
