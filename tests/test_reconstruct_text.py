"""How a told sentence is shown: tokens read back, a quote left open by a multi-sentence quotation taken off."""

from __future__ import annotations

import pytest

from storyline.reconstruct.text import display


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ('"We will rebuild the bridge by spring.', "We will rebuild the bridge by spring."),
        ("The tugs held the ferry all night.”", "The tugs held the ferry all night."),
        ('The mayor called it "a disgrace" on Monday.', 'The mayor called it "a disgrace" on Monday.'),
        ("The port  -LRB- Bergen -RRB-\nreopened.", "The port (Bergen) reopened."),
    ],
)
def test_reconstruct_text_display_reads_back_tokens_and_drops_a_dangling_quote(raw: str, shown: str) -> None:
    assert display(raw) == shown
