"""A lead that opens on a title and a full name under a headline in Title Case starts at the title."""

from __future__ import annotations

import pytest

from storyline.clean.cleaner import clean
from storyline.models import RawArticle

MORE = (
    "The argument drew replies from across the profession within hours, and the debate went on all week.\n\n"
    "Critics said the figures were chosen with care and that the credit market told another story entirely."
)


def _title(first: str) -> str | None:
    return clean(RawArticle(source="t.txt", text=f"{first}\n\n{MORE}")).title


@pytest.mark.parametrize(
    ("first", "title"),
    [
        (
            "Why Cheap Credit Fuelled the Housing Boom Economist Ann Lee argued on Monday that lenders had "
            "ignored every warning sign for a decade.",
            "Why Cheap Credit Fuelled the Housing Boom",
        ),
        (
            "Storm Closes the Coast Road Again Geologist Per Olsen warned that the cliffs above the road could "
            "give way at any time this winter.",
            "Storm Closes the Coast Road Again",
        ),
        (
            "How Rising Rents Emptied the Harbour Town Historian Kari Dahl wrote this week that the town had lost "
            "half its families since the war.",
            "How Rising Rents Emptied the Harbour Town",
        ),
    ],
)
def test_title_case_headline_ends_before_a_title_and_full_name_with_their_verb(
    first: str, title: str
) -> None:
    assert _title(first) == title


@pytest.mark.parametrize(
    ("first", "not_title"),
    [
        (
            "Treasury Secretary Ann Lee and Central Bank Governor Bo Berg pressed lawmakers yesterday to give "
            "regulators new powers over failing lenders.",
            "Treasury Secretary Ann Lee and Central Bank",
        ),
        (
            "Mayor Wins Vote on Harbour Wall Council Leader Ann Lee said on Monday that the wall would be built.",
            "Mayor Wins Vote on Harbour Wall Council",
        ),
        (
            "Strike Closes Ferries in the North Union Leader Per Olsen said the strike would last a week.",
            "Strike Closes Ferries in the North Union",
        ),
        (
            "Former Finance Minister Ann Lee argued on Monday that lenders had ignored every warning sign for a "
            "decade.",
            "Former Finance",
        ),
    ],
)
def test_a_lead_opening_on_titles_and_names_is_not_cut_at_a_title(first: str, not_title: str) -> None:
    assert _title(first) != not_title
