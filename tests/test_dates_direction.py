"""Which way an underspecified date points: a deadline, the two ends of a weekday range."""

from __future__ import annotations

from datetime import date

import pytest

from storyline.analyse.dates import find_dates, resolve_all

WEDNESDAY = date(2021, 3, 10)  # a Wednesday


def values(nlp, text: str, reference: date = WEDNESDAY) -> list[tuple[str, str | None]]:
    return [(r.text, r.value) for r in find_dates(nlp(text), reference)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The report is due Friday.", ("Friday", "2021-03-12")),
        ("He said the report was due Friday.", ("Friday", "2021-03-12")),
        ("The talks are due to resume on Monday.", ("Monday", "2021-03-15")),
        ("The envoy was due to land in Oslo on Friday.", ("Friday", "2021-03-12")),
        ("The firm was due to publish its accounts on Thursday.", ("Thursday", "2021-03-11")),
        ("The verdict was due on Monday, according to the court.", ("Monday", "2021-03-15")),
    ],
)
def test_dates_a_deadline_told_now_reported_or_still_ahead_then_is_ahead(nlp, text, expected):
    assert values(nlp, text)[0] == expected


TUESDAY = date(2021, 3, 9)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The talks ran from Monday to Wednesday.", [("Monday", "2021-03-01"), ("Wednesday", "2021-03-03")]),
        (
            "Voting took place between Monday and Wednesday.",
            [("Monday", "2021-03-01"), ("Wednesday", "2021-03-03")],
        ),
        ("The office was closed Monday-Wednesday.", [("Monday", "2021-03-01"), ("Wednesday", "2021-03-03")]),
        (
            "The strike lasted from Friday until Tuesday.",
            [("Friday", "2021-03-05"), ("Tuesday", "2021-03-09")],
        ),
        (
            "The fair will run from Thursday to Monday.",
            [("Thursday", "2021-03-11"), ("Monday", "2021-03-15")],
        ),
    ],
)
def test_dates_the_second_end_of_a_weekday_range_follows_the_first(nlp, text, expected):
    assert values(nlp, text, TUESDAY) == expected


def test_dates_two_weekdays_that_make_no_range_keep_their_own_reading(nlp):
    text = "He met her on Monday and on Wednesday."
    assert values(nlp, text, TUESDAY) == [("Monday", "2021-03-08"), ("Wednesday", "2021-03-03")]


def test_dates_a_weekday_range_is_ordered_again_when_resolved_against_another_day(nlp):
    text = "The talks ran from Monday to Wednesday."
    refs = find_dates(nlp(text), TUESDAY)
    again = resolve_all(refs, text, date(2021, 3, 16))
    assert [r.value for r in again] == ["2021-03-08", "2021-03-10"]


@pytest.mark.parametrize("reference", [date(1, 1, 1), date(1, 1, 3), date(9999, 12, 31), date(9999, 12, 27)])
@pytest.mark.parametrize(
    "text", ["The talks ran from Wednesday to Monday.", "The talks will run from Sunday to Saturday."]
)
def test_dates_a_weekday_range_at_the_calendars_edge_keeps_its_ends(nlp, text, reference):
    refs = find_dates(nlp(text), reference)
    assert [r.text for r in refs] == text.rstrip(".").split()[-3::2]
    assert [r.text for r in resolve_all(refs, text, reference)] == [r.text for r in refs]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The match was shifted from Monday to Wednesday.", ("Monday", "2021-03-08")),
        ("The board moved its vote from Monday to Wednesday.", ("Monday", "2021-03-08")),
        ("The race was switched from Monday to Friday.", ("Monday", "2021-03-08")),
        ("Organisers brought the gala forward from Friday to Wednesday.", ("Friday", "2021-03-05")),
    ],
)
def test_dates_a_day_moved_to_another_makes_no_range(nlp, text, source):
    assert values(nlp, text, TUESDAY)[0] == source


@pytest.mark.parametrize(
    "text",
    [
        "The index changed little from Wednesday to Friday.",
        "Shares moved sideways from Wednesday to Friday.",
        "Families moved out from Wednesday to Friday as the river rose.",
        "Neighbours brought soup from Wednesday to Friday.",
        "The team pushed on from Wednesday to Friday to finish the bridge.",
    ],
)
def test_dates_a_span_after_a_verb_that_moves_no_date_stays_a_range(nlp, text):
    """Only a rescheduling shape ("was moved from", "brought the gala forward from") parts two weekdays; a verb
    with a particle or a plain object before "from" tells a span over those days."""
    assert values(nlp, text) == [("Wednesday", "2021-03-03"), ("Friday", "2021-03-05")]
