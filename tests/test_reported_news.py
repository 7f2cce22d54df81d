"""A lead too long for a title that reports someone's words is headed with the clause it reports."""

from __future__ import annotations

import pytest

from storyline.clean.headline import main_news
from storyline.clean.reported_news import reported_news


@pytest.mark.parametrize(
    ("lead", "title"),
    [
        (
            "Fisheries Minister Ann Lee told parliament on Tuesday that cod stocks in the northern fjords had "
            "fallen by a third since the quotas were raised two years ago",
            "Cod stocks in the northern fjords had fallen by a third since the quotas were raised two years ago",
        ),
        (
            "Harbour Master Per Olsen told reporters yesterday that the main channel into the port would close "
            "for dredging for six weeks from the start of March next year",
            "The main channel into the port would close for dredging for six weeks from the start of March next "
            "year",
        ),
        (
            "Chief Constable Kari Dahl of the Western Police District assured residents last night that the "
            "patrols along the seafront would continue through the whole of the summer season",
            "The patrols along the seafront would continue through the whole of the summer season",
        ),
    ],
)
def test_a_long_lead_reporting_words_is_headed_with_what_it_reports(lead: str, title: str) -> None:
    assert main_news(lead) == title


@pytest.mark.parametrize(
    "lead",
    [
        "Ann Lee said the plan that the council drafted in the spring was flawed from the start and would cost "
        "the town far more than anyone had been told",
        "The mayor of the town told the council on Monday that the bridge would reopen in May once the repairs "
        "to its deck and railings were finished",
        'Ann Lee told reporters that "the harbour will never be the same again" after the storm tore away the '
        "old pier and flooded the fish market",
    ],
)
def test_reported_news_needs_a_named_speaker_telling_a_clause(lead: str) -> None:
    assert reported_news(lead) is None


def test_a_short_lead_keeps_its_speaker() -> None:
    lead = "Ann Lee told parliament that cod stocks had fallen by a third"
    assert main_news(lead) == lead
