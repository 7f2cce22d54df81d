"""A clock time read with the day named right after it."""

from __future__ import annotations

from datetime import date

import pytest

from storyline.analyse.dates import find_dates

WEDNESDAY = date(2021, 3, 10)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "clock", "value"),
    [
        ("The earthquake struck at 2.46pm local time on Friday.", "2.46pm", "2021-03-05T14:46"),
        ("The plane crashed at 11 p.m. local time Saturday.", "11 p.m.", "2021-03-06T23:00"),
        ("The ship sank at about 3 a.m. (0800 GMT) on Sunday.", "3 a.m.", "2021-03-07T03:00"),
        ("The blast happened at 9 a.m. local time on March 3.", "9 a.m.", "2021-03-03T09:00"),
    ],
)
def test_dates_a_clock_time_falls_on_the_day_named_right_after_it(nlp, text, clock, value):
    refs = {r.text: r.value for r in find_dates(nlp(text), WEDNESDAY)}
    assert refs[clock] == value


def test_dates_a_clock_time_before_a_day_counted_from_the_story_keeps_the_day_named_before(nlp):
    text = "The rebels attacked on Feb. 3, 2019. At 10 p.m. that day, the army struck back."
    refs = {r.text: r.value for r in find_dates(nlp(text), WEDNESDAY)}
    assert refs["10 p.m."] == "2019-02-03T22:00"


@pytest.mark.parametrize(
    ("text", "clock", "value"),
    [
        ("On Friday, trading stopped at 2 p.m. and Monday's session was cancelled.", "2 p.m.", "2021-03-05T14:00"),
        ("On Sunday the polls closed at 8 p.m. and Monday's count showed a swing.", "8 p.m.", "2021-03-07T20:00"),
        ("Rebels struck on Saturday. The shelling stopped at 6 a.m. but Tuesday brought new raids.", "6 a.m.",
         "2021-03-06T06:00"),
    ],
)  # fmt: skip
def test_dates_a_clock_time_takes_no_day_named_after_a_lower_case_word(nlp, text, clock, value):
    refs = {r.text: r.value for r in find_dates(nlp(text), WEDNESDAY)}
    assert refs[clock] == value
