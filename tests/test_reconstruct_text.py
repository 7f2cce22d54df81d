"""How a told sentence is shown: tokens read back, a quote left open by a multi-sentence quotation taken off."""

from __future__ import annotations

import pytest

from storyline.reconstruct.text import display, whole


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ('"We will rebuild the bridge by spring.', "We will rebuild the bridge by spring."),
        ("The tugs held the ferry all night.”", "The tugs held the ferry all night."),
        ('The mayor called it "a disgrace" on Monday.', 'The mayor called it "a disgrace" on Monday.'),
        ("The port  -LRB- Bergen -RRB-\nreopened.", "The port (Bergen) reopened."),
        ("The ferry sailed , the crew said .", "The ferry sailed, the crew said."),
        ("Who paid ? Nobody knows !", "Who paid? Nobody knows!"),
    ],
)
def test_reconstruct_text_display_reads_back_tokens_and_drops_a_dangling_quote(raw: str, shown: str) -> None:
    assert display(raw) == shown


@pytest.mark.parametrize(
    ("text", "is_whole"),
    [
        ("The ferry reached Bergen on Monday.", True),
        ('"We will sail again," the captain said.', True),
        ("Passengers waiting on the quay at dawn", False),
        ("and the crew was paid off.", False),
        ("The harbour master (who resigned said nothing.", False),
    ],
)
def test_reconstruct_text_whole_tells_a_sentence_from_a_caption_or_a_piece(text: str, is_whole: bool) -> None:
    assert whole(text) is is_whole
