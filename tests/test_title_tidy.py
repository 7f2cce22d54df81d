"""A title's own debris is cut: a headline printed twice, a "follow us" widget's label before it."""

from __future__ import annotations

import pytest

from storyline.clean.title_tidy import tidy_title


@pytest.mark.parametrize(
    ("title", "tidy"),
    [
        (
            "TIMELINE: Ferry Strike on the Coast Timeline: Ferry Strike on the Coast",
            "Timeline: Ferry Strike on the Coast",
        ),
        ("Harbour Reopens After Storm Harbour Reopens After Storm", "Harbour Reopens After Storm"),
        ("Q&A: what the port plan means Q&A: What the port plan means", "Q&A: what the port plan means"),
    ],
)
def test_tidy_title_a_headline_printed_twice_is_said_once(title: str, tidy: str) -> None:
    assert tidy_title(title) == tidy


@pytest.mark.parametrize(
    ("title", "tidy"),
    [
        ("Follow The Harbour Desk On: Ferry Line Cuts Northern Routes", "Ferry Line Cuts Northern Routes"),
        ("Follow us on: Mayor opens the new bridge", "Mayor opens the new bridge"),
        ('" Follow @harbournews on: Port Strike Enters Second Week', "Port Strike Enters Second Week"),
    ],
)
def test_tidy_title_a_follow_widgets_label_is_cut(title: str, tidy: str) -> None:
    assert tidy_title(title) == tidy


@pytest.mark.parametrize(
    "title",
    [
        "Bergen, Bergen, the ferry town",  # a word said twice, not the whole title
        "Follow the money on the northern ferry routes",  # "follow" is the headline's own verb
        "Follow-up: the ferry inquiry reports",
        "Strike ends strike ends again in Bergen",
        "New York, New York",  # a name said twice on purpose
        "Going, Going, Going, Going",
        "Follow the Money On: Who Pays for the New Harbour",  # a kicker, no widget
    ],
)
def test_tidy_title_leaves_a_title_without_such_debris(title: str) -> None:
    assert tidy_title(title) == title


@pytest.mark.parametrize(
    ("title", "tidy"),
    [
        ('" Follow Ann Lee on: Port Strike Enters Second Week', "Port Strike Enters Second Week"),
        ("Follow The Harbour Times On: Port Strike Enters Second Week", "Port Strike Enters Second Week"),
    ],
)
def test_tidy_title_a_writers_or_outlets_follow_label_is_cut(title: str, tidy: str) -> None:
    assert tidy_title(title) == tidy


@pytest.mark.parametrize(
    "title",
    [
        "Bergen to Oslo, Bergen to Oslo",  # said twice on purpose, the comma between
        "Follow the Harbour Desk on: ferry strike ends",  # no headline after the label
    ],
)
def test_tidy_title_keeps_what_is_no_debris(title: str) -> None:
    assert tidy_title(title) == title
