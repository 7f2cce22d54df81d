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
        'Ann Lee told reporters that "the harbour will not look the same for years" after the storm tore away the '
        "old pier and flooded the fish market",
    ],
)
def test_reported_news_needs_a_named_speaker_telling_a_clause(lead: str) -> None:
    assert reported_news(lead) is None


@pytest.mark.parametrize(
    "lead",
    [
        "Defence Lawyer Ann Lee told the Court on Monday that her client had never been near the harbour that night",
        "Lawyers for Ann Lee told reporters on Monday that the payment was a loan from the harbour contractor",
        "Finance Minister Ann Lee told reporters on Monday that it was untrue that the bank had hidden its losses",
        "Fisheries Minister Ann Lee said on Monday that the government should cut fuel duty by a third next year",
        "Fisheries Minister Ann Lee told reporters that she did not believe the quotas had been broken this year",
        "Harbour Master Per Olsen told reporters that that was the end of the matter for the port and its staff",
        "If Prime Minister Ann Lee tells parliament today that the budget will be cut again the opposition will act",
        "Harbour Master Per Olsen said that the dredging could close the main channel for most of the summer",
        "When Harbour Master Per Olsen told reporters that the channel was closed the ferries stopped at once",
        "Although Finance Minister Ann Lee said that the bank was safe, savers queued outside its branches all day",
    ],
)
def test_reported_news_keeps_the_speaker_of_a_denial_judgement_or_clause_leaning_back(lead: str) -> None:
    assert reported_news(lead) is None


@pytest.mark.parametrize(
    ("lead", "news"),
    [
        (
            "Fisheries Minister Ann Lee told parliament on Tuesday that cod stocks had fallen by a third since May",
            "Cod stocks had fallen by a third since May",
        ),
        (
            "Fisheries Minister Ann Lee told parliament on Tuesday that cod catches had fallen to 1,200 tonnes",
            "Cod catches had fallen to 1,200 tonnes",
        ),
    ],
)
def test_reported_news_reads_a_month_and_a_number_with_commas(lead: str, news: str) -> None:
    assert reported_news(lead) == news


def test_a_short_lead_keeps_its_speaker() -> None:
    lead = "Ann Lee told parliament that cod stocks had fallen by a third"
    assert main_news(lead) == lead
