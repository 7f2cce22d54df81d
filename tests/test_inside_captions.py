"""A caption inside an article, run into the paragraph's sentence under it, is parted from that sentence."""

from __future__ import annotations

import pytest

from storyline.clean.cleaner import clean
from storyline.clean.inside_captions import caption_before_named_subject
from storyline.models import RawArticle


@pytest.mark.parametrize(
    ("paragraph", "caption"),
    [
        (
            "Rescuers search the rubble of the school The Red Cross has sent 40 doctors to the town on Monday.",
            "Rescuers search the rubble of the school",
        ),
        (
            "A boy waits at the quay The Coast Guard is searching the bay for the missing boat and its crew.",
            "A boy waits at the quay",
        ),
        (
            "Crowds gathered near the port The Harbour Board has quickly closed the gates to all traffic today.",
            "Crowds gathered near the port",
        ),
    ],
)
def test_a_caption_run_into_a_sentence_on_an_article_and_a_name_is_found(
    paragraph: str, caption: str
) -> None:
    assert caption_before_named_subject(paragraph) == caption


@pytest.mark.parametrize(
    "paragraph",
    [
        "It was the deal The Times has reported twice this week about the mayor and the port.",
        "Officials said the storm The Met Office has named is due on Friday night.",
        "Fishermen on the coast read The Harbour Gazette every morning before they sail out.",
        "Ferries ran late all week because the union The Olsen Line has hired is on strike.",
        "The mayor thanked the crews of the lifeboats, and The Red Cross has sent 40 doctors to the town.",
        "Rescuers worked through the night in the rubble of the school near the harbour wall.",
    ],
)
def test_a_sentence_that_goes_on_through_an_article_and_a_name_is_not_parted(paragraph: str) -> None:
    assert caption_before_named_subject(paragraph) is None


def test_clean_parts_a_caption_inside_the_article_from_the_sentence_under_it() -> None:
    raw = RawArticle(
        source="caption.txt",
        text=(
            "Floods closed the valley road on Tuesday and hundreds of people left their homes.\n\n"
            "Rescuers search the rubble of the school The Red Cross has sent 40 doctors to the town on Monday.\n\n"
            "The river fell by a metre on Wednesday morning."
        ),
        published="2025-03-04",
    )
    paragraphs = clean(raw).text.split("\n\n")
    assert "Rescuers search the rubble of the school" in paragraphs
    assert "The Red Cross has sent 40 doctors to the town on Monday." in paragraphs


@pytest.mark.parametrize(
    "paragraph",
    [
        "He was so sure The Times had got the story wrong that he wrote to the editor on the same day.",
        "Two days later it emerged The Red Cross had sent 40 doctors to the town without telling anyone.",
        "Many people in the town are angry The Coast Guard was sent 200 miles away during the storm.",
    ],
)
def test_a_clause_after_a_verb_or_adjective_that_takes_one_is_not_parted(paragraph: str) -> None:
    assert caption_before_named_subject(paragraph) is None


def test_a_caption_ending_on_a_passive_participle_is_parted() -> None:
    paragraph = (
        "Whole streets of the old town have been flattened The Red Cross is sending the families new tents."
    )
    assert caption_before_named_subject(paragraph) == "Whole streets of the old town have been flattened"


@pytest.mark.parametrize(
    "caption",
    [
        "Children play in the ruins of the school",
        "Villagers are evacuated from the valley",
        "Whole streets were badly damaged",
        "The old bridge was swept away",
    ],
)
def test_a_caption_on_a_plural_noun_or_a_passive_is_parted(caption: str) -> None:
    paragraph = f"{caption} The Red Cross has sent 40 doctors to the town since Monday."
    assert caption_before_named_subject(paragraph) == caption


def test_a_report_that_it_was_announced_is_not_a_caption() -> None:
    paragraph = "Two days later it was announced The Red Cross had sent 40 doctors to the town since Monday."
    assert caption_before_named_subject(paragraph) is None
