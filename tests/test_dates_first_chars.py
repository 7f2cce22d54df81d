"""The date rules' places found by their first characters are the places one pattern of every rule finds."""

from __future__ import annotations

import pytest

from storyline.analyse.dates.first_chars import StartScanner, first_chars
from storyline.analyse.dates.resolution import _any_rule
from storyline.analyse.dates.rules import START


@pytest.mark.parametrize(
    ("body", "chars"),
    [
        (r"(?:last|next)\s+week", set("ln")),
        (r"\d{4}-\d\d", set("0123456789")),
        (r"(?:the\s+)?(?:spring|summer)", set("ts")),
        (r"[A-C]\w+", set("abc")),
        (r"(?:the\s+)?", None),
        (r"[^a]x", None),
    ],
)
def test_first_chars_are_read_from_the_parse(body: str, chars: set[str] | None) -> None:
    found = first_chars(body)
    assert (found if found is None else set(found)) == chars


TEXTS = [
    "The ferry sank on Tuesday, 3 May 2011, and last week the inquiry opened; by mid-November it had reported.",
    "LAST WEEK the council met. Next year? In the spring of 1998-99 the fleet grew.",
    "Le 3 mai, l'équipe est partie; ٣ مايو; the Ⅻ century; Kelvin sign at 10 a.m. and ſummer.",
    "",
    "  \n\n 2009-04-28T10:00 ... $5 on Monday; £3bn a year ago; €2 at noon; 24/7, 9-to-5 jobs.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_places_found_by_first_characters_are_those_of_one_pattern_of_every_rule(text: str) -> None:
    scanner = _any_rule()
    assert scanner.starts(text) == [m.start() for m in scanner.full.finditer(text)]


def test_a_rule_that_may_start_with_anything_makes_every_place_tried_with_every_rule() -> None:
    scanner = StartScanner(START, [r"ferry", r"[^x]arbour"])
    text = "The harbour ferry, the Harbour."
    assert scanner.by_char is None and scanner.starts(text) == [
        m.start() for m in scanner.full.finditer(text)
    ]
