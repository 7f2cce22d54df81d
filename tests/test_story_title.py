"""A story's title: a report's headline rather than a page about the story, with no sentence run on after it."""

from __future__ import annotations

import pytest

from storyline.clean.story_title import about_a_story, headline_part


@pytest.mark.parametrize(
    ("title", "names_format"),
    [
        ("In pictures: Floods sweep through the valley", True),
        ("In pics: Ferry stranded off the coast", True),
        ("Video: Divers search the wreck", True),
        ("Q&A: What the ferry strike means", True),
        ("As it happened: the night of the vote", True),
        ("Why did the ferry sink?", True),
        ("An aerial view of the flooded valley", True),
        ("A satellite image of the storm over the coast", True),
        ("Photos of the rescue shown by the coastguard", True),
        ("Viewers of the debate divided over the result", False),
        ("What is next for the 'rescued' crew?'", True),
        ("Ferry strike: crews return to the boats", False),
        ("Live music returns: the festival's first night", False),
        ("Views of the crew differ on the pay deal", False),
    ],
)
def test_story_title_about_a_story_tells_a_gallery_clip_or_question_from_a_report(
    title: str, names_format: bool
) -> None:
    assert about_a_story(title) is names_format


@pytest.mark.parametrize(
    ("title", "headline"),
    [
        ("Handling the crisis in Bergen Many people are hungry and cold", "Handling the crisis in Bergen"),
        (
            "Divers search the wreck in the fjord The ferry sank on Sunday",
            "Divers search the wreck in the fjord",
        ),
        ("Ferry sinks off the coast of Norway", "Ferry sinks off the coast of Norway"),
        (
            "Pilots rescue ferry crew off Bergen Harbour master Anna Olsen has praised the two pilots who rescued"
            " the ferry's crew in a storm on Sunday night",
            "Pilots rescue ferry crew off Bergen",
        ),
        (
            "Oslo choir sings for flood victims Choir leader Per Berg has started an appeal for the flood victims"
            " of the western valleys this winter",
            "Oslo choir sings for flood victims",
        ),
        (
            "Ferry Strike Ends As Crews Accept New Pay Offer From Operator Union Leader Per Berg said the crews"
            " would accept the offer and the ferry strike would end on Monday",
            "Ferry Strike Ends As Crews Accept New Pay Offer From Operator Union Leader Per Berg said the crews"
            " would accept the offer and the ferry strike would end on Monday",
        ),
        (
            "Per Berg, Union Leader and Newly Elected Chairman Harbour Union Chairman Per Berg spoke to the crews"
            " at the harbour on Sunday night",
            "Per Berg, Union Leader and Newly Elected Chairman Harbour Union Chairman Per Berg spoke to the crews"
            " at the harbour on Sunday night",
        ),
        (
            "The mayor said on Sunday that the harbour would stay closed to ferries until the storm had passed"
            " and the pilots could safely bring them in",
            "The mayor said on Sunday that the harbour would stay closed to ferries until the storm had passed"
            " and the pilots could safely bring them in",
        ),
        ("Strike ends as the Port Authority agrees terms", "Strike ends as the Port Authority agrees terms"),
    ],
)
def test_story_title_headline_part_cuts_a_sentence_run_into_a_title(title: str, headline: str) -> None:
    assert headline_part(title) == headline


@pytest.mark.parametrize(
    "title",
    [
        "Then-Mayor Ann Lee flanked by harbour chief Ola Berg",
        "Transport Minister Jens Kvale, left, gestures as he speaks to crews",
        "Governor Kari Holm pauses as he reads the ferry report",
        "Ann Lee (center) is surrounded by reporters",
    ],
)
def test_story_title_a_caption_of_people_shown_doing_something_is_about_a_story(title: str) -> None:
    assert about_a_story(title)


@pytest.mark.parametrize(
    "title",
    [
        "Mayor Speaks Out on Ferry Fares",
        "Lee speaks to the council on the ferry crisis",
        "Minister walks out of fare talks",
        "Lee speaks as ferry talks collapse",
        "Berg flanked by crews at the harbour rally",
        "Harbour Board pauses as the fare vote looms",
    ],
)
def test_story_title_a_headline_with_a_verb_of_the_same_kind_is_a_report(title: str) -> None:
    assert not about_a_story(title)
