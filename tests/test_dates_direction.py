"""Which way an underspecified date points: a deadline told in the past, the two ends of a weekday range."""

from __future__ import annotations

from datetime import date

import pytest

from storyline.analyse.dates import find_dates

WEDNESDAY = date(2021, 3, 10)  # a Wednesday


def values(nlp, text: str, reference: date = WEDNESDAY) -> list[tuple[str, str | None]]:
    return [(r.text, r.value) for r in find_dates(nlp(text), reference)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The report was due no later than Friday.", ("Friday", "2021-03-05")),
        ("The lease had been due to expire on Monday.", ("Monday", "2021-03-08")),
        ("The bonds were due to mature on Tuesday.", ("Tuesday", "2021-03-09")),
        ("The rent was due Thursday, and he paid it late.", ("Thursday", "2021-03-04")),
    ],
)
def test_dates_a_deadline_told_in_the_past_is_behind(nlp, text, expected):
    assert values(nlp, text)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The report is due Friday.", ("Friday", "2021-03-12")),
        ("He said the report was due Friday.", ("Friday", "2021-03-12")),
        ("The talks are due to resume on Monday.", ("Monday", "2021-03-15")),
    ],
)
def test_dates_a_deadline_told_now_or_reported_is_ahead(nlp, text, expected):
    assert values(nlp, text)[0] == expected
