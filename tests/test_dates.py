"""Temporal expressions: each family, pointing back and ahead, against reference days outside 2013."""

from __future__ import annotations

from datetime import date

import pytest

from storyline.analyse.dates import find_dates, normalise, resolve, resolve_all
from storyline.models import DateRef

WEDNESDAY = date(2021, 3, 10)  # a Wednesday


def dates_in(nlp, text: str, reference: date | None = WEDNESDAY) -> list[DateRef]:
    return find_dates(nlp(text), reference)


def only(nlp, text: str, reference: date | None = WEDNESDAY) -> DateRef:
    refs = dates_in(nlp, text, reference)
    assert len(refs) == 1, refs
    return refs[0]


def test_dates_offsets_point_into_the_text(nlp):
    text = "The minister said on Thursday that talks would resume next week."
    for ref in dates_in(nlp, text):
        assert text[ref.start : ref.end] == ref.text
    assert [r.text for r in dates_in(nlp, text)] == ["Thursday", "next week"]


def test_dates_weekday_in_past_sentence_is_the_one_before(nlp):
    ref = only(nlp, "The minister said on Thursday that talks had stalled.")
    assert (ref.value, ref.anchor) == ("2021-03-04", "past")


def test_dates_weekday_in_future_sentence_is_the_one_after(nlp):
    ref = only(nlp, "The minister will fly to Oslo on Thursday.")
    assert (ref.value, ref.anchor) == ("2021-03-11", "future")


def test_dates_weekday_after_due_to_is_ahead(nlp):
    assert only(nlp, "The ferry crew is due to meet the harbour board on Monday.").value == "2021-03-15"


def test_dates_weekday_named_on_its_own_day_is_that_day(nlp):
    assert only(nlp, "Police said Wednesday that two men were held.").value == "2021-03-10"


def test_dates_weekday_with_part_of_day_is_that_day(nlp):
    ref = only(nlp, "The ministers met on Tuesday night.", date(2021, 3, 11))
    assert (ref.type, ref.text, ref.value) == ("DATE", "Tuesday night", "2021-03-09")


def test_dates_clock_time_and_part_of_day_are_times(nlp):
    refs = dates_in(nlp, "The vote ended at 10:30 p.m. and results came in this morning.")
    assert [(r.type, r.value) for r in refs] == [("TIME", "2021-03-10T22:30"), ("TIME", "2021-03-10TMO")]


def test_dates_planned_event_on_a_weekday_is_ahead(nlp):
    assert only(nlp, "Protesters planned a large rally on Saturday.").value == "2021-03-13"


def test_dates_last_week_is_the_previous_iso_week(nlp):
    ref = only(nlp, "It was proposed during the visit last week.")
    assert (ref.value, ref.earliest, ref.latest) == ("2021-W09", "2021-03-01", "2021-03-07")


def test_dates_last_month_name_is_the_one_before_this_month(nlp):
    assert only(nlp, "The deal was announced last June.").value == "2020-06"
    assert only(nlp, "The deal was announced last June.", date(2021, 11, 2)).value == "2021-06"


def test_dates_month_name_follows_the_tense(nlp):
    assert only(nlp, "The plan was agreed in December.").value == "2020-12"
    assert only(nlp, "The plan will be signed in December.").value == "2021-12"


def test_dates_this_month_and_the_end_of_the_month(nlp):
    assert only(nlp, "Sales rose this month.").value == "2021-03"
    ref = only(nlp, "The council will settle the ferry budget by the end of the month.")
    assert (ref.value, ref.earliest, ref.latest) == ("2021-03", "2021-03-21", "2021-03-31")


def test_dates_mid_month_covers_the_middle_third(nlp):
    ref = only(nlp, "The harbour fair will be held in mid-November.")
    assert (ref.value, ref.earliest, ref.latest) == ("2021-11", "2021-11-11", "2021-11-20")


def test_dates_late_month_covers_the_last_third(nlp):
    ref = only(nlp, "Plans for a late-May opening fell through.", date(2021, 6, 20))
    assert (ref.earliest, ref.latest) == ("2021-05-21", "2021-05-31")


def test_dates_second_week_of_a_month_starts_on_its_second_monday(nlp):
    ref = only(nlp, "The regatta is planned for the second week of June.")
    assert (ref.value, ref.earliest, ref.latest) == ("2021-W24", "2021-06-14", "2021-06-20")


def test_dates_day_range_keeps_its_days(nlp):
    ref = only(nlp, "June 10-12 is the planned weekend for the regatta.")
    assert (ref.value, ref.earliest, ref.latest) == ("2021-06", "2021-06-10", "2021-06-12")


def test_dates_yearless_date_ahead_in_a_future_sentence(nlp):
    ref = only(nlp, "A preparatory meeting on Nov. 25 would settle the list.", date(2021, 11, 17))
    assert ref.value == "2021-11-25"


def test_dates_yearless_date_behind_in_a_past_sentence(nlp):
    assert only(nlp, "The meeting was held on Nov. 25.", date(2022, 1, 5)).value == "2021-11-25"


def test_dates_ago_moves_back_in_the_unit_named(nlp):
    assert only(nlp, "The war began two years ago.").value == "2019"
    assert only(nlp, "He left ten days ago.").value == "2021-02-28"


def test_dates_earlier_this_year_is_the_start_of_the_year(nlp):
    ref = only(nlp, "Prices fell earlier this year.")
    assert (ref.value, ref.earliest, ref.latest) == ("2021", "2021-01-01", "2021-05-02")


def test_dates_absolute_dates_need_no_reference(nlp):
    ref = only(nlp, "The letter was sent on May 7, 2013.", None)
    assert (ref.value, ref.anchor) == ("2013-05-07", "absolute")


def test_dates_relative_dates_without_reference_keep_their_tense(nlp):
    ref = only(nlp, "The minister said on Thursday that talks had stalled.", None)
    assert (ref.type, ref.value, ref.anchor) == ("DATE", None, "past")


def test_dates_duration_has_a_period_and_no_interval(nlp):
    ref = only(nlp, "The conflict has lasted for more than two years.")
    assert (ref.type, ref.value, ref.earliest) == ("DURATION", "P2Y", None)


def test_dates_set_repeats(nlp):
    ref = only(nlp, "The committee meets every week.")
    assert (ref.type, ref.value) == ("SET", "P1W")


def test_dates_quarter_is_the_one_just_closed(nlp):
    assert only(nlp, "Profit fell in the third quarter.", date(2021, 10, 20)).value == "2021-Q3"


def test_dates_year_back_takes_the_quarter_last_named(nlp):
    refs = dates_in(nlp, "Profit fell in the third quarter. A year earlier it rose.", date(2021, 10, 20))
    assert [r.value for r in refs] == ["2021-Q3", "2020-Q3"]


def test_dates_now_is_the_present_reference(nlp):
    ref = only(nlp, "Talks are now under way.")
    assert (ref.value, ref.earliest) == ("PRESENT_REF", "2021-03-10")


def test_dates_decade_is_three_digits(nlp):
    assert only(nlp, "Prices doubled in the 1990s.").value == "199"


def test_dates_modal_may_and_counts_are_not_dates(nlp):
    assert dates_in(nlp, "Officials may meet 2000 people.") == []


def test_dates_resolve_matches_find_dates_for_a_new_reference(nlp):
    text = "Berg and Lee said on Wednesday they met last week and will meet again on Monday."
    doc = nlp(text)
    later = date(2022, 7, 1)
    undated = find_dates(doc, None)
    assert [resolve(r, text, later) for r in undated] == find_dates(doc, later)


def test_dates_resolve_all_applies_the_quarter_context(nlp):
    text = "Profit fell in the third quarter. A year earlier it rose."
    doc = nlp(text)
    assert resolve_all(find_dates(doc, None), text, date(2021, 10, 20)) == find_dates(doc, date(2021, 10, 20))


def test_dates_normalise_one_expression():
    ref = normalise("last June", date(2013, 5, 17), "past")
    assert ref is not None and (ref.value, ref.earliest, ref.latest) == (
        "2012-06",
        "2012-06-01",
        "2012-06-30",
    )


# --- families added for TempEval-3 -----------------------------------------------------------------------------


def test_dates_month_and_season_take_a_spelled_out_year(nlp):
    ref = only(nlp, "One person was killed in January nineteen ninety-seven.", date(2021, 3, 10))
    assert (ref.text, ref.value) == ("January nineteen ninety-seven", "1997-01")
    ref = only(nlp, "Ice closed the harbour in the winter of nineteen eighty-seven.")
    assert ref.value == "1987-WI"


def test_dates_last_month_day_is_the_one_before_and_next_the_one_after(nlp):
    assert (
        only(nlp, "The shop was robbed last Oct. 23 near the quay.", date(2022, 4, 19)).value == "2021-10-23"
    )
    assert (
        only(nlp, "The shop was robbed last Oct. 23 near the quay.", date(2022, 11, 2)).value == "2022-10-23"
    )
    assert only(nlp, "The vote is set for next Feb. 2.", date(2021, 11, 2)).value == "2022-02-02"


def test_dates_two_days_joined_by_and_are_not_one_range(nlp):
    refs = dates_in(nlp, "The summit will be held on April 24 and 25.", date(2021, 2, 10))
    assert [(r.text, r.value) for r in refs][0] == ("April 24", "2021-04-24")


def test_dates_anaphoric_year_counts_from_the_date_named_before(nlp):
    text = "She moved to Bergen in June 1998 and came back to Molde later that year."
    refs = dates_in(nlp, text, date(2000, 1, 28))
    assert [(r.text, r.value, r.earliest) for r in refs] == [
        ("June 1998", "1998-06", "1998-06-01"), ("later that year", "1998", "1998-09-01"),
    ]  # fmt: skip
    refs = dates_in(
        nlp, "On May 22, 1995, he was promoted, and the following year he moved.", date(1998, 4, 18)
    )
    assert [r.value for r in refs] == ["1995-05-22", "1996"]


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("The mill shut in March 2015. That summer, it was sold.", "That summer", "2015-SU"),
        ("She won the seat in November 2008 and was sworn in the following January.", "the following January",
         "2009-01"),
        ("The levee broke in May 1998, after rains the previous winter.", "the previous winter", "1997-WI"),
        ("The strike began on Oct. 3, 2019, and ended later that December.", "later that December", "2019-12"),
        ("The park opened in 2012. The next spring it flooded.", "The next spring", "2013-SP"),
    ],
)  # fmt: skip
def test_dates_a_season_or_month_counts_from_the_date_named_before(nlp, text, words, value):
    ref = dates_in(nlp, text)[-1]
    assert (ref.text, ref.value) == (words, value)


def test_dates_a_season_anaphor_without_a_date_before_is_read_from_the_reference(nlp):
    assert only(nlp, "That summer was the hottest on record.").value == "2020-SU"
    assert only(nlp, "Work resumes the following spring.", date(2021, 7, 1)).value == "2022-SP"
    assert dates_in(nlp, "That may be true, and investors feared that fall in prices.") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("On June 5, 1998, he fled. Two days earlier, police had raided his flat.", "1998-06-03"),
        ("The mill closed in 2009. Three years earlier, it had employed 500.", "2006"),
        ("The firm was sold in March 2015; a month earlier its chief had quit.", "2015-02"),
    ],
)
def test_dates_counted_back_with_earlier_from_a_date_written_in_full(nlp, text, value):
    assert dates_in(nlp, text)[-1].value == value


def test_dates_counted_back_from_the_reference_without_a_full_date_before(nlp):
    assert only(nlp, "Sales rose to $5 million from $4 million a year earlier.").value == "2020"
    assert only(nlp, "Two days earlier, a man had been seen near the bank.").value == "2021-03-08"


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("On Feb. 3, 2019, the rebels attacked. That night, the army struck back.", "That night", "2019-02-03"),
        ("Fans gathered on Sunday; later that evening the band played.", "later that evening", "2021-03-07"),
        ("The quake hit on Oct. 8, 2005. The following afternoon, aid arrived.", "The following afternoon",
         "2005-10-09"),
        ("The polls closed on May 2, 2015, after a vote the previous night.", "the previous night", "2015-05-01"),
    ],
)  # fmt: skip
def test_dates_a_part_of_the_day_counts_from_the_day_named_before(nlp, text, words, value):
    ref = dates_in(nlp, text)[-1]
    assert (ref.text, ref.type, ref.value) == (words, "DATE", value)


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("The fair returns in the summer of next year.", "the summer of next year", "2022-SU"),
        ("The fair moved in autumn last year.", "autumn last year", "2020-FA"),
        (
            "The strike began in 2016 and ended in the spring of that year.",
            "the spring of that year",
            "2016-SP",
        ),
        ("The dam was begun in 1931 and finished in June that same year.", "June that same year", "1931-06"),
    ],
)
def test_dates_a_season_or_month_with_a_relative_or_anaphoric_year_is_one_date(nlp, text, words, value):
    ref = dates_in(nlp, text)[-1]
    assert (ref.text, ref.value) == (words, value)


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("The ferry sank on the third of March.", "the third of March", "2021-03-03"),
        ("Polls open on the twenty-first of June, 2022.", "the twenty-first of June, 2022", "2022-06-21"),
        ("The quay opened on the first of May 1950.", "the first of May 1950", "1950-05-01"),
    ],
)
def test_dates_a_spoken_day_of_a_month(nlp, text, words, value):
    ref = only(nlp, text)
    assert (ref.text, ref.value) == (words, value)


@pytest.mark.parametrize(
    "text",
    [
        "Rebels struck on Sunday. Crews arrived at 11:40 p.m. That evening the town burned.",
        "The mill shut on June 5, 1998. Two days earlier, workers were told. That summer it was sold.",
        "Analysts expect a rebound in September; voters go to the polls on Sunday.",
    ],
)
def test_dates_re_resolution_keeps_the_context_rules(nlp, text):
    doc = nlp(text)
    assert resolve_all(find_dates(doc, None), text, WEDNESDAY) == find_dates(doc, WEDNESDAY)


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("Americans vote on the first Tuesday of November.", "the first Tuesday of November", "2021-11-02"),
        (
            "The poll was held on the second Sunday in February.",
            "the second Sunday in February",
            "2021-02-14",
        ),
        ("Rent is due on the last Friday of the month.", "the last Friday of the month", "2021-03-26"),
        ("The race ran on the third Monday of April 2019.", "the third Monday of April 2019", "2019-04-15"),
    ],
)
def test_dates_a_weekday_counted_in_its_month(nlp, text, words, value):
    ref = only(nlp, text)
    assert (ref.text, ref.value) == (words, value)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The council meets on Thursdays.", [("Thursdays", "XXXX-WXX-4")]),
        ("The market shuts on Sunday mornings.", [("Sunday mornings", "XXXX-WXX-7TMO")]),
        ("Ferries sail on Friday and Saturday nights.",
         [("Friday", "XXXX-WXX-5TNI"), ("Saturday nights", "XXXX-WXX-6TNI")]),
    ],
)  # fmt: skip
def test_dates_a_plural_weekday_recurs_every_week(nlp, text, found):
    refs = dates_in(nlp, text)
    assert [(r.text, r.type, r.value) for r in refs] == [(t, "SET", v) for t, v in found]


def test_dates_a_weekday_joined_to_a_singular_one_stays_a_day(nlp):
    refs = dates_in(nlp, "Talks were held on Monday and Tuesday night.")
    assert [(r.text, r.type) for r in refs] == [("Monday", "DATE"), ("Tuesday night", "DATE")]


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("The siege lasted an hour and a half.", "an hour and a half", "PT1H30M"),
        ("The repairs lasted two and a half years.", "two and a half years", "P2Y6M"),
        ("The ferry was stuck for a day and a half.", "a day and a half", "P1DT12H"),
    ],
)
def test_dates_a_duration_and_a_half(nlp, text, words, value):
    ref = only(nlp, text)
    assert (ref.text, ref.type, ref.value) == (words, "DURATION", value)


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("The fair is held each spring.", "each spring", "XXXX-SP"),
        ("She swims every morning.", "every morning", "XXXX-XX-XXTMO"),
        ("The museum opens on weekends.", "weekends", "XXXX-WXX-WE"),
    ],
)
def test_dates_seasons_parts_of_day_and_weekends_that_recur(nlp, text, words, value):
    ref = only(nlp, text)
    assert (ref.text, ref.type, ref.value) == (words, "SET", value)


def test_dates_anaphoric_day_without_a_date_before_falls_back_to_the_reference(nlp):
    assert only(nlp, "She returned to the office the next morning.", date(2021, 3, 10)).value == "2021-03-11"
    refs = dates_in(
        nlp, "The hearing was on Feb. 22, 2000. She returned to the office the next morning.", WEDNESDAY
    )
    assert [r.value for r in refs] == ["2000-02-22", "2000-02-23"]


def test_dates_year_back_after_nine_months_is_the_year(nlp):
    text = "Profit fell in the third quarter. In the nine months, sales rose from a year earlier."
    refs = dates_in(nlp, text, date(2021, 10, 20))
    assert [r.value for r in refs] == ["2021-Q3", "P9M", "2020"]


def test_dates_corresponding_period_last_year_is_last_years_quarter(nlp):
    text = "The ferry line made $1.8 million in the corresponding period last year."
    assert only(nlp, text, date(2021, 11, 1)).value == "2020-Q3"
    # in February the quarter just reported is the fourth of the year before, so its counterpart is two back
    assert only(nlp, text, date(2022, 2, 1)).value == "2020-Q4"


def test_dates_last_month_name_skips_the_month_just_gone(nlp):
    # Written on 1 March: the February just gone would be "last month", so "last February" is a year back.
    ref = only(nlp, "Two helicopters crashed last February.", date(1998, 3, 1))
    assert ref.value == "1997-02"
    assert only(nlp, "Two helicopters crashed last January.", date(1998, 3, 1)).value == "1998-01"


def test_dates_last_december_in_january_is_the_one_just_ended(nlp):
    assert only(nlp, "Sales fell last December.", date(2014, 1, 5)).value == "2013-12"


def test_dates_next_month_name_skips_the_month_ahead(nlp):
    assert only(nlp, "The plant will open next April.", date(1998, 3, 1)).value == "1999-04"
    assert only(nlp, "The plant will open next June.", date(1998, 3, 1)).value == "1998-06"


def test_dates_a_named_march_is_not_the_month(nlp):
    assert (
        dates_in(nlp, "Walkers joined the annual March for Peace along the harbour front.", date(1999, 1, 22))
        == []
    )
    assert only(nlp, "It happened in the March of 1998.").value == "1998-03"


def test_dates_word_lists_match_every_word_and_prefer_the_longest():
    import re

    from storyline.analyse.dates.patterns import alternation

    words = ["sept", "september", "a", "a couple", "a couple of", "new year's eve", "x.y"]
    pattern = re.compile(alternation(words), re.IGNORECASE)
    assert all(pattern.fullmatch(w) for w in words)
    assert pattern.fullmatch("New  Year’s Eve") and not pattern.fullmatch("xzy")
    assert pattern.match("september 5").group(0) == "september"
    assert pattern.match("a couple of days").group(0) == "a couple of"


def test_dates_effective_day_is_ahead(nlp):
    ref = only(nlp, "The ferry line named a new harbour master, effective Feb. 1.", date(1989, 10, 26))
    assert ref.value == "1990-02-01"


def test_dates_infinitive_of_an_agreement_is_ahead(nlp):
    text = "Midwest said it signed an agreement to acquire the bank holding company in January."
    assert only(nlp, text, date(1989, 11, 2)).value == "1990-01"


def test_dates_a_postponement_names_its_new_date_ahead_and_its_own_day_behind(nlp):
    refs = dates_in(nlp, "The hearings were postponed on Monday until mid-May.", date(2025, 3, 26))
    assert [(r.text, r.anchor, r.value) for r in refs] == [
        ("Monday", "past", "2025-03-24"),
        ("mid-May", "future", "2025-05"),
    ]


def test_dates_pushed_back_to_a_date_points_ahead(nlp):
    text = "The inquiry, pushed back last week to mid-May, has yet to hear evidence."
    refs = dates_in(nlp, text, date(2025, 3, 26))
    assert [(r.text, r.anchor) for r in refs] == [("last week", "past"), ("mid-May", "future")]


def test_dates_the_year_after_for_or_in_is_the_year_in_course(nlp):
    refs = dates_in(nlp, "For the year, volume was flat after sales slowed earlier in the year.")
    assert [(r.text, r.value, r.earliest, r.latest) for r in refs] == [
        ("the year", "2021", "2021-01-01", "2021-12-31"),
        ("earlier in the year", "2021", "2021-01-01", "2021-05-02"),
    ]


def test_dates_the_year_of_a_clause_is_not_a_date(nlp):
    assert dates_in(nlp, "It was the year he left office.") == []


def test_dates_the_year_ended_on_a_date_is_a_year_long_period(nlp):
    refs = dates_in(nlp, "Revenue was $76 million for the fiscal year ended March 31.", date(1989, 11, 1))
    assert [(r.text, r.type, r.value) for r in refs] == [
        ("the fiscal year", "DURATION", "P1Y"),
        ("March 31", "DATE", "1989-03-31"),
    ]


def test_dates_quarter_followed_by_to_and_an_amount_is_the_quarter(nlp):
    ref = only(nlp, "Fares rose 4.1% in the quarter to $1.62 billion.", date(1989, 10, 30))
    assert (ref.text, ref.value) == ("the quarter", "1989-Q3")


def test_dates_the_quarter_a_year_ago_is_last_years_quarter(nlp):
    ref = only(nlp, "For the quarter a year ago, the ferry line lost $4.2 million.", date(1989, 10, 26))
    assert (ref.text, ref.value) == ("the quarter a year ago", "1988-Q3")


def test_dates_the_past_before_a_count_is_not_the_past_at_large(nlp):
    assert all(r.value != "PAST_REF" for r in dates_in(nlp, "Violence flared for the past three summers."))


def test_dates_the_next_few_days_is_a_vague_duration(nlp):
    ref = only(nlp, "The troops may surrender over the next few days.")
    assert (ref.type, ref.value) == ("DURATION", "PXD")


def test_dates_clock_time_takes_the_date_after_it(nlp):
    ref = only(nlp, "Bids close at 4 p.m. EST Dec. 3.", date(1991, 11, 26))
    assert (ref.text, ref.type, ref.value) == ("4 p.m. EST Dec. 3", "TIME", "1991-12-03T16:00")


@pytest.mark.parametrize(
    ("text", "reference", "value"),
    [
        ("The fire broke out on Sunday. Crews arrived at 11:40 p.m.", date(2021, 3, 10), "2021-03-07T23:40"),
        ("Voting began on May 4, 2019, and polls shut around noon.", WEDNESDAY, "2019-05-04T12:00"),
        ("Yesterday the talks dragged on; they broke up at 3 a.m.", date(2022, 8, 16), "2022-08-15T03:00"),
    ],
)
def test_dates_a_bare_clock_time_falls_on_the_day_named_before(nlp, text, reference, value):
    assert dates_in(nlp, text, reference)[-1].value == value


def test_dates_a_bare_clock_time_with_no_day_before_is_on_the_reference_day(nlp):
    assert only(nlp, "Shares closed at 4 p.m. in New York.").value == "2021-03-10T16:00"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Economists expect the figures on Tuesday.", "2021-03-16"),
        ("Analysts expect a rebound in September.", "2021-09"),
        ("The agency forecasts heavy snow on Monday.", "2021-03-15"),
        ("Officials anticipate a decision in October.", "2021-10"),
    ],
)
def test_dates_what_is_expected_now_is_ahead(nlp, text, value):
    assert only(nlp, text).value == value


def test_dates_the_day_an_expectation_was_voiced_is_not_ahead(nlp):
    assert only(nlp, "The company said on Monday it expects a loss.").value == "2021-03-08"


@pytest.mark.parametrize(
    ("text", "words", "value", "mod_day"),
    [
        ("The chain expects growth next fiscal year.", "next fiscal year", "1999", "1999-01-01"),
        ("The mine lost money last fiscal year.", "last fiscal year", "1997", "1997-01-01"),
        ("Sales should recover in the coming fiscal quarter.", "the coming fiscal quarter", "1998-Q2", "1998-04-01"),
        ("Talks should end by midyear.", "midyear", "1998", "1998-05-02"),
        ("A verdict is due by mid-year.", "mid-year", "1998", "1998-05-02"),
    ],
)  # fmt: skip
def test_dates_fiscal_periods_and_midyear_are_calendar_periods(nlp, text, words, value, mod_day):
    ref = only(nlp, text, date(1998, 2, 5))
    assert (ref.text, ref.value, ref.earliest) == (words, value, mod_day)


def test_dates_a_year_by_its_last_two_digits_after_a_preposition(nlp):
    assert [(r.text, r.value) for r in dates_in(nlp, "The feud began in '98 and lasted until ’03.")] == [
        ("'98", "1998"), ("’03", "2003"),
    ]  # fmt: skip
    assert only(nlp, "She has coached the team since '19.").value == "2019"
    assert only(nlp, "He graduated with the class of '71.").value == "1971"
    assert [r.value for r in dates_in(nlp, "Prices fell in the '80s.")] == ["198"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Voters go to the polls on Sunday.", "2021-03-14"),
        ("The new law comes into force on Monday.", "2021-03-15"),
        ("The summit, which ends on Tuesday, has been tense.", "2021-03-16"),
        ("Officials are meeting on Monday to discuss the budget.", "2021-03-15"),
        ("The bill is going to the Senate on Tuesday.", "2021-03-16"),
    ],
)
def test_dates_a_simple_present_of_an_event_schedules_it(nlp, text, value):
    assert only(nlp, text).value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Officials say the bridge reopened on Monday.", "2021-03-08"),
        ("The slump hurt exporters on Monday.", "2021-03-08"),
        ("The GM move follows Tuesday's vote by the board.", "2021-03-09"),
        ("Police are investigating Monday's attack on a bank.", "2021-03-08"),
        ("The bill was going to the Senate on Monday.", "2021-03-08"),
    ],
)
def test_dates_a_present_that_reports_or_relates_schedules_nothing(nlp, text, value):
    assert only(nlp, text).value == value


def test_dates_a_deadline_given_or_extended_until_a_day_is_ahead(nlp):
    for text in (
        "The mayor gave the ferry line until 9 a.m. Tuesday to reply.",
        "They extended the deadline until Friday.",
    ):
        ref = only(nlp, text)
        assert ref.anchor == "future", text
        assert ref.value > "2021-03-10", text


def test_dates_a_counted_two_thousand_is_not_a_year(nlp):
    assert dates_in(nlp, "The new ferry can carry more than two thousand people.") == []


def test_dates_an_infinitive_subject_takes_the_main_verbs_tense(nlp):
    text = "Among the countries to join the alliance on Friday were Poland and Hungary."
    assert only(nlp, text, date(1999, 3, 13)).value == "1999-03-12"


def test_dates_later_in_the_year_counts_from_the_story_date_not_a_comparison(nlp):
    text = "The plant opened in March 2019, up from a year earlier. Later in the year it doubled its output."
    refs = dates_in(nlp, text)
    assert [(r.text, r.value) for r in refs][-1] == ("Later in the year", "2019")


def test_dates_the_following_weekday_counts_from_the_day_named_before(nlp):
    refs = dates_in(nlp, "The talks opened on Feb. 3, 2020, and collapsed the following Monday.")
    assert [(r.text, r.value) for r in refs] == [
        ("Feb. 3, 2020", "2020-02-03"),
        ("the following Monday", "2020-02-10"),
    ]


def test_dates_a_paper_or_programme_named_after_a_day_is_not_a_date(nlp):
    text = 'USA Today reported it, and Baker spoke on ABC\'s "This Week" program. This week the Senate votes.'
    assert [r.text for r in dates_in(nlp, text)] == ["This week"]


def test_dates_current_before_a_noun_is_the_present_and_then_current_the_past(nlp):
    refs = dates_in(nlp, "Under the current rules tickets sell at 60% of the then current fare.")
    assert [(r.text, r.value) for r in refs] == [("current", "PRESENT_REF"), ("then current", "PAST_REF")]


def test_dates_current_as_a_noun_or_an_account_is_not_a_date(nlp):
    assert dates_in(nlp, "The current was strong and the current account deficit grew.") == []


def test_dates_a_quoted_campaign_named_after_a_month_or_season_is_not_a_date(nlp):
    text = "She led the ``March of the Mothers'' and a series of ``Spring of Life'' rallies."
    assert dates_in(nlp, text, date(2000, 1, 15)) == []


def test_dates_a_quoted_sentence_opening_on_a_day_word_keeps_it(nlp):
    assert [r.text for r in dates_in(nlp, '"Today is a sad day," he said. "Now we wait."')] == [
        "Today",
        "Now",
    ]


def test_dates_open_periods_back_or_ahead_are_past_and_future_references(nlp):
    text = "Sales slid in past years; more cuts may follow in future quarters or at a later date."
    refs = dates_in(nlp, text)
    assert [(r.text, r.value) for r in refs] == [
        ("past years", "PAST_REF"),
        ("future quarters", "FUTURE_REF"),
        ("a later date", "FUTURE_REF"),
    ]


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("Rebels have gained ground in recent days.", "recent days", "PXD"),
        ("Shares have slipped in recent quarters.", "recent quarters", "PXQ"),
        ("The ferry will be repaired in the coming weeks.", "the coming weeks", "PXW"),
        ("Rates should ease in coming months, traders said.", "coming months", "PXM"),
    ],
)
def test_dates_recent_and_coming_units_are_vague_durations(nlp, text, words, value):
    ref = only(nlp, text)
    assert (ref.text, ref.type, ref.value) == (words, "DURATION", value)


def test_dates_one_day_ahead_is_some_day_and_otherwise_a_days_length(nlp):
    refs = dates_in(nlp, "Bergen will one day be the largest port. The strike followed by one day a warning.")
    assert [(r.type, r.value) for r in refs] == [("DATE", "FUTURE_REF"), ("DURATION", "P1D")]


def test_dates_the_second_of_two_days_takes_the_month_of_the_first(nlp):
    refs = dates_in(nlp, "The summit will be held on April 24 and 25.", date(2021, 2, 10))
    assert [(r.text, r.value) for r in refs] == [("April 24", "2021-04-24"), ("25", "2021-04-25")]


def test_dates_each_month_name_is_a_yearly_set(nlp):
    ref = only(nlp, "Brass bands parade each July from the harbour.")
    assert (ref.type, ref.value) == ("SET", "XXXX-07")


def test_dates_the_week_of_a_day_is_its_iso_week(nlp):
    ref = only(nlp, "The vote is planned for the week of June 12.", date(2000, 5, 30))
    assert (ref.text, ref.value, ref.earliest, ref.latest) == (
        "the week of June 12",
        "2000-W24",
        "2000-06-12",
        "2000-06-18",
    )


def test_dates_half_of_a_decade_and_two_quarters_of_a_year(nlp):
    refs = dates_in(nlp, "Through the last half of the '70s, sales fell in the first two quarters of 1981.")
    assert [(r.text, r.value, r.earliest, r.latest) for r in refs] == [
        ("the last half of the '70s", "197", "1975-01-01", "1979-12-31"),
        ("the first two quarters of 1981", "1981-H1", "1981-01-01", "1981-06-30"),
    ]


def test_dates_a_weekday_after_an_acronym_is_still_a_date(nlp):
    refs = dates_in(nlp, "The EU Tuesday approved the budget, and NATO Monday said it would meet.")
    assert [(r.text, r.value) for r in refs] == [("Tuesday", "2021-03-09"), ("Monday", "2021-03-08")]


@pytest.mark.parametrize(
    ("text", "words", "first", "last"),
    [
        ("The ferry line lost money in the 1998-99 season.", "1998-99", "1998-01-01", "1999-12-31"),
        ("The harbour plan for 2001-2002 was approved.", "2001-2002", "2001-01-01", "2002-12-31"),
        ("Fares rose in fiscal 2012/13, the company said.", "fiscal 2012/13", "2012-01-01", "2013-12-31"),
        ("Traffic fell over 1990–1994 as the bridge opened.", "1990–1994", "1990-01-01", "1994-12-31"),
    ],
)
def test_dates_a_year_range_is_one_period_from_its_first_year_to_its_last(nlp, text, words, first, last):
    ref = only(nlp, text)
    assert (ref.text, ref.earliest, ref.latest) == (words, first, last)


@pytest.mark.parametrize("text", ["The ferries won 2-1 on Saturday.", "The vote was 1998-1950 against."])
def test_dates_a_score_or_a_falling_pair_is_no_year_range(nlp, text):
    assert all("-" not in r.text for r in dates_in(nlp, text))


def test_dates_fiscal_year_with_its_number_is_one_expression(nlp):
    assert only(nlp, "The ferry budget for fiscal year 2014 was cut.").text == "fiscal year 2014"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Hours later, the ferry sank.", "PTXH"),
        ("The storm passed, and days later the port reopened.", "PXD"),
        ("Minutes later the crew of the ferry was found.", "PTXM"),
    ],
)
def test_dates_bare_plural_unit_before_later_is_a_vague_duration(nlp, text, value):
    ref = only(nlp, text)
    assert (ref.type, ref.value) == ("DURATION", value)


@pytest.mark.parametrize(
    ("text", "reference", "words", "value"),
    [
        ("Rents doubled in the nineties.", date(2003, 6, 1), "the nineties", "199"),
        ("The band toured through the late sixties.", date(2021, 3, 10), "the late sixties", "196"),
        ("Jazz clubs thrived in the twenties.", date(2014, 5, 14), "the twenties", "192"),
        ("Jazz clubs thrived in the nineteen-twenties.", date(2021, 3, 10), "the nineteen-twenties", "192"),
    ],
)
def test_dates_a_decade_named_in_words(nlp, text, reference, words, value):
    ref = only(nlp, text, reference)
    assert (ref.text, ref.value) == (words, value)


def test_dates_a_decade_of_life_is_no_date(nlp):
    assert dates_in(nlp, "She is in her nineties and still paints.") == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("At the time, the bridge was the longest in Europe.", "the time"),
        ("The mayor said at the time that the budget was sound.", "the time"),
        ("At that time the mill employed half the town.", "that time"),
        ("The plan, popular at the time, later collapsed.", "the time"),
    ],
)
def test_dates_at_the_time_refers_to_the_past(nlp, text, words):
    ref = only(nlp, text)
    assert (ref.text, ref.value) == (words, "PAST_REF")


@pytest.mark.parametrize(
    "text",
    [
        "At the time the levee broke, the town had no warning.",
        "Crowds cheered at the time of the launch.",
        "Prices rose and wages fell at the same time.",
    ],
)
def test_dates_the_time_of_a_clause_or_event_is_left_alone(nlp, text):
    assert [r.value for r in dates_in(nlp, text)] == []


@pytest.mark.parametrize(
    ("text", "reference", "value"),
    [
        ("The chain will open ten stores in the fourth quarter.", date(2021, 5, 12), "2021-Q4"),
        ("Margins should widen in the second half.", date(2021, 3, 10), "2021-H2"),
        ("Losses deepened in the fourth quarter.", date(2021, 5, 12), "2020-Q4"),
        ("Analysts expect fourth-quarter profit to fall.", date(2021, 1, 20), "2020-Q4"),
    ],
)
def test_dates_a_quarter_or_half_not_yet_begun_is_ahead_only_in_a_future_sentence(
    nlp, text, reference, value
):
    assert only(nlp, text, reference).value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Output slumped in the last quarter of 2019.", "2019-Q4"),
        ("The plant will reopen in the final quarter of next year.", "2022-Q4"),
        ("Exports grew in the final quarter of the year.", "2021-Q4"),
    ],
)
def test_dates_the_last_quarter_of_a_year_is_its_fourth(nlp, text, value):
    assert only(nlp, text, date(2021, 12, 20)).value == value


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("The lake froze this past winter.", "this past winter", "2020-WI"),
        ("Voters go to the polls this coming Sunday.", "this coming Sunday", "2021-03-14"),
        ("The mill shut this past Monday.", "this past Monday", "2021-03-08"),
        ("The festival returns this coming June.", "this coming June", "2021-06"),
        ("Polls open this coming Sunday, March 14.", "this coming Sunday, March 14", "2021-03-14"),
        ("The vote was held this past Monday, March 8.", "this past Monday, March 8", "2021-03-08"),
    ],
)
def test_dates_this_past_and_this_coming_are_one_expression(nlp, text, words, value):
    ref = only(nlp, text)
    assert (ref.text, ref.value) == (words, value)


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("On the third day of the talks, the envoys walked out.", "the third day", "XXXX-XX-XX"),
        ("Shares slid on the second day of trading.", "the second day", "XXXX-XX-XX"),
        ("The blockade is in its fourth day of tension.", "its fourth day", "2021-03-10"),
        ("The seventh day of the trial will hear the defence.", "The seventh day", "XXXX-XX-XX"),
    ],
)
def test_dates_an_ordinal_day_of_an_event(nlp, text, words, value):
    ref = only(nlp, text)
    assert (ref.text, ref.type, ref.value) == (words, "DATE", value)


@pytest.mark.parametrize(
    "text",
    [
        "Rent is due on the first day of the month.",
        "The last day of 2020 was mild.",
        "Snow fell on the first day of the year.",
    ],
)
def test_dates_an_ordinal_day_of_a_calendar_period_is_no_event_day(nlp, text):
    assert all(r.value != "XXXX-XX-XX" for r in dates_in(nlp, text))


@pytest.mark.parametrize(
    ("text", "words", "value", "earliest"),
    [
        (
            "The dam failed on June 3, 2011. Late in the year the town was rebuilt.",
            "Late in the year",
            "2011",
            "2011-09-01",
        ),
        (
            "The fair opened on Aug. 2, 2019. Early in the month crowds were thin.",
            "Early in the month",
            "2019-08",
            "2019-08-01",
        ),
        (
            "The court met on Friday, Jan. 15, 2016. Earlier in the week it had ruled.",
            "Earlier in the week",
            "2016-W02",
            "2016-01-11",
        ),
        ("Sales recovered late in the year.", "late in the year", "2021", "2021-09-01"),
    ],
)
def test_dates_early_and_late_in_a_period_count_from_the_date_named_before(nlp, text, words, value, earliest):
    ref = dates_in(nlp, text)[-1]
    assert (ref.text, ref.value, ref.earliest) == (words, value, earliest)


def test_dates_late_in_the_day_is_left_alone(nlp):
    assert dates_in(nlp, "It is late in the day to change course.") == []


@pytest.mark.parametrize(
    ("text", "words", "value", "mod_start"),
    [
        ("The canal will reopen by the end of the summer.", "the end of the summer", "2021-SU", "2021-08-01"),
        ("Prices spiked late last autumn.", "late last autumn", "2020-FA", "2020-10-31"),
        (
            "Work starts at the beginning of next spring.",
            "the beginning of next spring",
            "2022-SP",
            "2022-03-01",
        ),
    ],
)
def test_dates_a_position_before_a_relative_season(nlp, text, words, value, mod_start):
    ref = only(nlp, text)
    assert (ref.text, ref.value, ref.earliest) == (words, value, mod_start)


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        (
            "The dam failed on June 3, 2011. The previous day, rain had fallen.",
            "The previous day",
            "2011-06-02",
        ),
        ("Sales rose 5% in 2010. The year before, they fell.", "The year before", "2009"),
        (
            "The talks began on May 2, 2012. The following week they collapsed.",
            "The following week",
            "2012-W19",
        ),
        (
            "The strike ended in March 2015; the preceding month had been calm.",
            "the preceding month",
            "2015-02",
        ),
    ],
)
def test_dates_the_period_before_or_after_the_date_named_last(nlp, text, words, value):
    ref = dates_in(nlp, text)[-1]
    assert (ref.text, ref.value) == (words, value)


def test_dates_the_day_before_an_event_is_left_alone(nlp):
    assert dates_in(nlp, "He left town the day before the vote.") == []


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("Q3 2019 revenue beat forecasts.", "Q3 2019", "2019-Q3"),
        ("The chipmaker's 2Q19 margin narrowed.", "2Q19", "2019-Q2"),
        ("Bookings in H2 2020 doubled.", "H2 2020", "2020-H2"),
        ("Profit in Q4 slipped.", "Q4", "2020-Q4"),
        ("The firm cut its 1H FY22 outlook.", "1H FY22", "2022-H1"),
    ],
)
def test_dates_quarter_and_half_shorthand(nlp, text, words, value):
    ref = only(nlp, text)
    assert (ref.text, ref.value) == (words, value)


@pytest.mark.parametrize(
    "text", ["The H5N8 strain spread.", "She applied for an H1 permit.", "The Q400 turboprop landed safely."]
)
def test_dates_codes_that_only_look_like_quarters(nlp, text):
    assert dates_in(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("The band formed in the summer of '69.", "the summer of '69", "1969-SU"),
        ("Prices bottomed in March '09.", "March '09", "2009-03"),
        ("The mill reopened in the fall of ’08.", "the fall of ’08", "2008-FA"),
    ],
)
def test_dates_a_year_clipped_to_two_digits(nlp, text, words, value):
    ref = only(nlp, text)
    assert (ref.text, ref.value) == (words, value)


@pytest.mark.parametrize(
    ("text", "reference", "words", "value"),
    [
        ("The talks will resume on the 25th.", date(2021, 3, 10), "the 25th", "2021-03-25"),
        ("The strike began on the 28th, officials said.", date(2021, 3, 10), "the 28th", "2021-02-28"),
        ("Rent is due on the 1st of next month.", date(2021, 3, 10), "the 1st of next month", "2021-04-01"),
    ],
)
def test_dates_a_day_of_the_month_with_the_month_left_out(nlp, text, reference, words, value):
    ref = only(nlp, text, reference)
    assert (ref.text, ref.value) == (words, value)


@pytest.mark.parametrize("text", ["He crashed on the 3rd lap.", "Offices on the 2nd and 3rd floors flooded."])
def test_dates_an_ordinal_before_a_noun_is_no_day(nlp, text):
    assert dates_in(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "reference", "value"),
    [
        ("Rain has fallen for the past week.", date(2021, 3, 12), "2021-W10"),  # a Friday: mostly this week
        ("Rain has fallen for the past week.", date(2021, 3, 8), "2021-W09"),  # a Monday: mostly the last
        ("Hiring slowed over the past month.", date(2021, 3, 28), "2021-03"),
        ("Hiring slowed over the last year.", date(2021, 3, 10), "2020"),
        ("Hiring slowed over the past year.", date(2021, 11, 20), "2021"),
    ],
)
def test_dates_the_past_week_month_year_is_the_period_holding_most_of_it(nlp, text, reference, value):
    assert only(nlp, text, reference).value == value


def test_dates_last_week_is_still_the_calendar_week_before(nlp):
    assert only(nlp, "Rain fell last week.", date(2021, 3, 12)).value == "2021-W09"


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("Rooms cost $80 a night.", "a night", "P1D"),
        ("The line runs six ferries a week.", "a week", "P1W"),
        ("Staff answer hundreds of calls a day.", "a day", "P1D"),
        ("The fund returned 7 percent a year.", "a year", "P1Y"),
    ],
)
def test_dates_a_unit_after_an_amount_is_a_rate(nlp, text, words, value):
    ref = only(nlp, text)
    assert (ref.text, ref.type, ref.value) == (words, "SET", value)


@pytest.mark.parametrize(
    "text",
    [
        "If neither wins 50 percent a second round will follow.",
        "After three losses a second coach was fired.",
    ],
)
def test_dates_a_second_before_its_noun_is_an_ordinal_not_a_rate(nlp, text):
    assert dates_in(nlp, text) == []


def test_dates_an_amount_a_second_is_still_a_rate(nlp):
    ref = only(nlp, "The pumps move 900 litres a second.")
    assert (ref.type, ref.value) == ("SET", "PT1S")


def test_dates_a_unit_after_a_verb_is_still_a_length(nlp):
    ref = only(nlp, "The hearing lasted a week.")
    assert (ref.type, ref.value) == ("DURATION", "P1W")


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("Bond yields hit their highest level in years.", "years", "PXY"),
        ("The accord ends months of wrangling.", "months", "PXM"),
        ("After weeks of rain, the river burst its banks.", "weeks", "PXW"),
        ("It was the first such strike in decades, unions said.", "decades", "PXY"),
    ],
)
def test_dates_bare_plural_units_of_a_stretch_of_time(nlp, text, words, value):
    ref = only(nlp, text)
    assert (ref.text, ref.type, ref.value) == (words, "DURATION", value)


def test_dates_bare_plural_units_before_a_noun_phrase_are_left_alone(nlp):
    assert dates_in(nlp, "Memories of the war years of her youth remain.") == []


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("The ferry will sail at 4 in the morning.", "4 in the morning", "2021-03-10T04:00"),
        (
            "The bells rang at eight o'clock in the evening.",
            "eight o'clock in the evening",
            "2021-03-10T20:00",
        ),
        ("Polls close at 9 tonight.", "9 tonight", "2021-03-10T21:00"),
        ("Talks resume at ten in the morning Friday.", "ten in the morning Friday", "2021-03-12T10:00"),
        ("The curfew starts at 12 tonight.", "12 tonight", "2021-03-10T24:00"),
        ("The last train leaves at 12:15 tonight.", "12:15 tonight", "2021-03-11T00:15"),
        ("Fireworks were set off at 12 at night.", "12 at night", "2021-03-10T24:00"),
    ],
)
def test_dates_a_clock_time_said_in_words(nlp, text, words, value):
    ref = only(nlp, text)
    assert (ref.text, ref.type, ref.value) == (words, "TIME", value)


def test_dates_high_noon_is_no_time(nlp):
    assert dates_in(nlp, "The showdown had the air of high noon.") == []


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("Crowds gathered this past weekend.", "this past weekend", "2021-W09-WE"),
        ("The fair opens this coming weekend.", "this coming weekend", "2021-W10-WE"),
        ("Profit recovered in 2019's fourth quarter.", "2019's fourth quarter", "2019-Q4"),
        ("Sales fell in fiscal 2018's first quarter.", "fiscal 2018's first quarter", "2018-Q1"),
    ],
)
def test_dates_this_past_weekend_and_a_years_quarter(nlp, text, words, value):
    ref = only(nlp, text)
    assert (ref.text, ref.value) == (words, value)


def test_dates_resolve_reads_the_words_around_an_expression(nlp):
    text = "The talks will resume on the 25th. The ferry will sail at 4 in the morning."
    refs = dates_in(nlp, text, None)
    again = [resolve(r, text, date(2021, 3, 10)).value for r in refs]
    assert again == ["2021-03-25", "2021-03-10T04:00"]


def test_dates_a_quarter_code_with_its_year_needs_no_reference(nlp):
    assert normalise("Q3 2019", None).value == "2019-Q3"


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("The vote falls on Sunday, March fourteenth.", "Sunday, March fourteenth", "2021-03-14"),
        (
            "He was born on August seventeenth, nineteen eighty-two.",
            "August seventeenth, nineteen eighty-two",
            "1982-08-17",
        ),
        ("The law took effect January first.", "January first", "2021-01-01"),
        ("Talks end on April twenty-second.", "April twenty-second", "2021-04-22"),
    ],
)
def test_dates_a_day_of_the_month_spelled_out(nlp, text, words, value):
    ref = only(nlp, text)
    assert (ref.text, ref.value) == (words, value)


def test_dates_a_spelled_ordinal_starting_a_compound_is_no_day(nlp):
    refs = dates_in(nlp, "In June second-quarter sales rose.", date(2021, 7, 20))
    assert [r.text for r in refs] == ["June", "second-quarter"]


@pytest.mark.parametrize(
    ("text", "reference", "words", "value"),
    [
        ("Profit rose in the September quarter.", date(2021, 11, 3), "the September quarter", "2021-Q3"),
        ("Sales slipped in the December quarter.", date(2021, 2, 3), "the December quarter", "2020-Q4"),
        ("Margins widened in the June 2019 quarter.", date(2021, 2, 3), "the June 2019 quarter", "2019-Q2"),
        ("Sales fell in fiscal 2019's first half.", date(2021, 2, 3), "fiscal 2019's first half", "2019-H1"),
        (
            "Output rose in the second half of fiscal 2020.",
            date(2021, 2, 3),
            "the second half of fiscal 2020",
            "2020-H2",
        ),
    ],
)
def test_dates_quarters_named_by_their_last_month_and_halves_of_a_named_year(
    nlp, text, reference, words, value
):
    ref = only(nlp, text, reference)
    assert (ref.text, ref.value) == (words, value)


@pytest.mark.parametrize(
    ("text", "reference", "words", "value"),
    [
        ("Shops were packed during Christmas week.", date(2021, 1, 10), "Christmas week", "2020-W52"),
        (
            "Roads will be jammed over the Thanksgiving weekend.",
            date(2021, 11, 1),
            "Thanksgiving weekend",
            "2021-W47-WE",
        ),
        ("Pilgrims arrived as Easter week began.", date(2021, 3, 30), "Easter week", "2021-W13"),
    ],
)
def test_dates_the_week_or_weekend_of_a_holiday(nlp, text, reference, words, value):
    ref = only(nlp, text, reference)
    assert (ref.text, ref.value) == (words, value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The council meets this coming April 2.", "2021-04-02"),
        ("The referendum is set for this coming March 3.", "2022-03-03"),
        ("The market reopened this past February 20.", "2021-02-20"),
    ],
)
def test_dates_this_coming_or_past_before_a_month_and_day_looks_that_way(nlp, text, value):
    assert only(nlp, text).value == value


@pytest.mark.parametrize(
    "text",
    [
        "The visitors scored twice in the final quarter of the match.",
        "The home side led for the final quarter of the game.",
    ],
)
def test_dates_last_quarter_of_something_other_than_a_year_is_no_date(nlp, text):
    assert not [r for r in dates_in(nlp, text) if "quarter" in r.text]


def test_dates_final_quarter_of_a_year_is_its_fourth(nlp):
    assert only(nlp, "Orders slumped in the final quarter of last year.").value == "2020-Q4"


@pytest.mark.parametrize(
    "text",
    [
        "Temperatures will climb into the nineties by the weekend.",
        "Highs in the forties are forecast for the coast.",
    ],
)
def test_dates_a_temperature_in_the_forties_is_no_decade(nlp, text):
    assert not [r for r in dates_in(nlp, text) if r.value and r.value.startswith("19")]


def test_dates_a_spelled_decade_away_from_a_temperature_is_still_one(nlp):
    assert only(nlp, "The band was formed in the sixties.").value == "196"


@pytest.mark.parametrize(
    "text",
    [
        "Officials said on January 10, 2021 that the previous winter had been harsh.",
        "Officials said on February 2, 2021 that the previous winter had been mild.",
        "The previous winter was harsh.",
    ],
)
def test_dates_the_previous_winter_from_a_day_in_winter_is_found(nlp, text):
    assert any(d.value and d.value.endswith("-WI") for d in dates_in(nlp, text, date(2021, 1, 10)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Smith, born on June 5, 1948, leads the party. That night, police raided the office.", "1948"),
        ("The singer was born on June 5, 1948. Two days earlier, police raided the office.", "1948"),
        ("He was appointed on 3 May 2019. The board meets at 9 a.m.", "2019"),
    ],
)
def test_dates_a_date_of_a_life_or_a_far_day_is_no_anchor(nlp, text, expected):
    last = dates_in(nlp, text)[-1]
    assert not (last.value or "").startswith(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The announcement comes after a meeting on Monday.", "2021-03-08"),
        ("The deal arrives after a vote on Tuesday.", "2021-03-09"),
        ("The vote comes after a debate on Monday.", "2021-03-08"),
    ],
)
def test_dates_a_day_after_after_is_behind_a_present_verb(nlp, text, expected):
    assert dates_in(nlp, text)[-1].value == expected


def test_dates_a_bare_clock_time_with_no_reference_day_is_left_unresolved(nlp):
    refs = dates_in(nlp, "0001-01-01:NOON", None)
    assert [r.value for r in refs if r.text.lower() == "noon"] in ([], [None])


@pytest.mark.parametrize(
    ("text", "reference"),
    [
        ("Two days earlier, the crew sailed.", date(1, 1, 1)),
        ("On 1 January 0001 the crew sailed. That summer, the crew sailed again.", date(1, 1, 1)),
        ("The following April, the crew sailed.", date(9999, 12, 31)),
    ],
)
def test_dates_counting_past_the_first_or_last_year_leaves_the_expression_unresolved(nlp, text, reference):
    assert dates_in(nlp, text, reference)  # found, and no error raised
