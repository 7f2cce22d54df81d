"""Temporal expressions: where an expression starts and ends, and which TimeML type it takes."""

from __future__ import annotations

from datetime import date

import pytest

from storyline.analyse.dates import find_dates
from storyline.models import DateRef

WEDNESDAY = date(2021, 3, 10)


def only(nlp, text: str, reference: date | None = WEDNESDAY) -> DateRef:
    refs = find_dates(nlp(text), reference)
    assert len(refs) == 1, refs
    return refs[0]


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("The ferry will sail again within four to six weeks.", "four to six weeks", "PXW"),
        ("Ten stores will open over the next 9 to 15 months.", "the next 9 to 15 months", "PXM"),
        ("Repairs took 3-5 days, the mayor said.", "3-5 days", "PXD"),
        ("He was jailed for one or two years.", "one or two years", "PXY"),
        ("Symptoms appear 2-14 days after exposure.", "2-14 days", "PXD"),
        ("The dose is given 3-4 weeks after the first.", "3-4 weeks", "PXW"),
        ("Doors close 2-3 hours before the show.", "2-3 hours", "PTXH"),
        ("It will take from two to three weeks to repair.", "two to three weeks", "PXW"),
        ("He was jailed for from three to five years.", "three to five years", "PXY"),
        ("It lost 10-17 days before the vote.", "10-17 days", "PXD"),
    ],
)
def test_dates_a_range_of_counts_sharing_a_unit_is_one_open_duration(nlp, text, words, value):
    ref = only(nlp, text)
    assert (ref.text, ref.type, ref.value) == (words, "DURATION", value)


@pytest.mark.parametrize(
    ("text", "words", "kind", "value"),
    [
        ("The bridge will stay shut for a month or so.", "a month or so", "DURATION", "P1M"),
        ("The mill may reopen over the next year or so.", "the next year or so", "DATE", "2022"),
        ("Talks lasted three hours or so, aides said.", "three hours or so", "DURATION", "PT3H"),
    ],
)
def test_dates_or_so_belongs_to_the_expression_it_approximates(nlp, text, words, kind, value):
    ref = only(nlp, text)
    assert (ref.text, ref.type, ref.value) == (words, kind, value)


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("Envoys held a day-long summit in Oslo.", "day-long", "P1D"),
        ("The ruling ends a decades-long feud over water.", "decades-long", "PXY"),
        ("Villagers restored the centuries-old mill.", "centuries-old", "PXY"),
        ("The band played an hour-long set.", "hour-long", "PT1H"),
    ],
)
def test_dates_a_unit_made_an_adjective_without_a_number_is_a_duration(nlp, text, words, value):
    ref = only(nlp, text)
    assert (ref.text, ref.type, ref.value) == (words, "DURATION", value)


@pytest.mark.parametrize(
    "text",
    ["A 7-year-old girl won.", "The 83 year-old captain retired.", "Her twelve-month-old twins slept."],
)
def test_dates_an_age_with_its_number_is_no_duration(nlp, text):
    assert find_dates(nlp(text), WEDNESDAY) == []


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("Growers fear more frost in the weeks ahead.", "the weeks ahead", "PXW"),
        ("The scars will last for the years to come.", "the years to come", "PXY"),
        ("Traders expect calm in the days ahead.", "the days ahead", "PXD"),
    ],
)
def test_dates_the_units_ahead_is_an_open_stretch_from_now(nlp, text, words, value):
    ref = only(nlp, text)
    assert (ref.text, ref.type, ref.value) == (words, "DURATION", value)


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("The index fell for six trading days.", "six trading days", "P6D"),
        ("Refunds arrive within ten business days.", "ten business days", "P10D"),
        ("The permit takes 15 working days.", "15 working days", "P15D"),
    ],
)
def test_dates_days_of_trade_or_work_are_days(nlp, text, words, value):
    ref = only(nlp, text)
    assert (ref.text, ref.type, ref.value) == (words, "DURATION", value)


@pytest.mark.parametrize(
    "text",
    [
        "The quarter-to-quarter gain was large.",
        "Output rose on a year-over-year basis.",
        "Prices fell week-on-week, traders said.",
        "The month-by-month tally kept rising.",
    ],
)
def test_dates_a_unit_compared_with_the_next_is_no_date(nlp, text):
    assert find_dates(nlp(text), WEDNESDAY) == []


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("The post-1945 order is fraying.", "post-1945", "1945"),
        ("Pre-2008 loans were riskier.", "Pre-2008", "2008"),
        ("Post-1989 politics reshaped the city.", "Post-1989", "1989"),
    ],
)
def test_dates_a_year_after_pre_or_post_keeps_the_prefix(nlp, text, words, value):
    ref = only(nlp, text)
    assert (ref.text, ref.type, ref.value) == (words, "DATE", value)


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("She ended a several-year stint abroad.", "several-year", "PXY"),
        ("The club offered a multi-year contract.", "multi-year", "PXY"),
        ("Growth resumed after several quarters of decline.", "several quarters", "PXQ"),
    ],
)
def test_dates_a_vague_count_of_units_is_an_open_duration(nlp, text, words, value):
    ref = only(nlp, text)
    assert (ref.text, ref.type, ref.value) == (words, "DURATION", value)


@pytest.mark.parametrize(
    "text", ["Three quarters of voters agreed.", "Rebels hold several quarters of the city."]
)
def test_dates_quarters_as_a_share_are_no_duration(nlp, text):
    assert find_dates(nlp(text), WEDNESDAY) == []


@pytest.mark.parametrize(
    ("text", "words", "kind", "value"),
    [
        ("The plant will stay closed for a while.", "a while", "DURATION", "PXX"),
        ("After quite a while, the crowd left.", "quite a while", "DURATION", "PXX"),
        ("A little while ago the mayor resigned.", "A little while ago", "DATE", "PAST_REF"),
    ],
)
def test_dates_a_while_is_a_stretch_of_no_stated_unit(nlp, text, words, kind, value):
    ref = only(nlp, text)
    assert (ref.text, ref.type, ref.value) == (words, kind, value)


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("The wreck sank within hours or days of the storm.", "hours or days", "PTXH"),
        ("Prices have slid in recent months and years.", "recent months and years", "PXM"),
        ("For decades and decades, the pier stood empty.", "decades and decades", "PXY"),
    ],
)
def test_dates_two_bare_units_joined_are_one_open_stretch(nlp, text, words, value):
    ref = only(nlp, text)
    assert (ref.text, ref.type, ref.value) == (words, "DURATION", value)


@pytest.mark.parametrize(
    ("text", "reference", "value"),
    [
        ("Farmers lost sheep last winter.", date(2021, 1, 15), "2019-WI"),
        ("Farmers lost sheep last winter.", date(2021, 2, 20), "2019-WI"),
        ("Farmers lost sheep last winter.", date(2021, 3, 15), "2020-WI"),
        ("Farmers lost sheep last winter.", date(2021, 12, 15), "2020-WI"),
    ],
)
def test_dates_last_winter_said_in_winter_is_the_one_before(nlp, text, reference, value):
    assert only(nlp, text, reference).value == value


@pytest.mark.parametrize(
    "text", ["Farmers lost sheep last winter.", "The dam burst next summer.", "It rained the winter before."]
)
def test_dates_a_season_with_no_publication_day_keeps_its_type_and_raises_nothing(nlp, text):
    refs = find_dates(nlp(text), None)
    assert [(r.type, r.value) for r in refs] == [("DATE", None)]


@pytest.mark.parametrize("value", ["0000-12", "0000-Q4", "9999-WI", "0000-W52", "2021-W53"])
def test_dates_a_value_off_the_calendar_has_no_span(value):
    from storyline.timeml import value_interval

    assert value_interval(value) is None


@pytest.mark.parametrize(
    ("text", "reference"),
    [
        ("It happened last December.", date(1, 1, 15)),
        ("Flooding came last autumn.", date(1, 3, 1)),
        ("The fair returns next winter.", date(9999, 6, 1)),
    ],
)
def test_dates_a_month_or_season_past_the_calendar_is_found_and_raises_nothing(nlp, text, reference):
    assert [r.type for r in find_dates(nlp(text), reference)] == ["DATE"]


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("The jet landed at 0545 GMT.", "0545 GMT", "2021-03-10T05:45"),
        ("Polls close at 19:00 UTC Friday.", "19:00 UTC Friday", "2021-03-12T19:00"),
        ("The talks resume at 1600 EST.", "1600 EST", "2021-03-10T16:00"),
    ],
)
def test_dates_a_24_hour_clock_with_its_zone_is_a_time(nlp, text, words, value):
    ref = only(nlp, text)
    assert (ref.text, ref.type, ref.value) == (words, "TIME", value)


@pytest.mark.parametrize(
    "text",
    [
        "The dam broke at 9:20 p.m. (1920 GMT).",
        "Ships sailed at 6 a.m. (1100 GMT) from the port.",
        "Shelling began at 3 p.m. (2000 UTC).",
    ],
)
def test_dates_a_zone_gloss_in_brackets_is_neither_a_year_nor_a_second_time(nlp, text):
    assert [r.type for r in find_dates(nlp(text), WEDNESDAY)] == ["TIME"]


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("The march halted for half an hour.", "half an hour", "PT30M"),
        ("Divers searched for half an hour more.", "half an hour", "PT30M"),
        ("The fog lifted after half a day.", "half a day", "PT12H"),
    ],
)
def test_dates_half_an_hour_is_half_the_unit(nlp, text, words, value):
    ref = only(nlp, text)
    assert (ref.text, ref.type, ref.value) == (words, "DURATION", value)


@pytest.mark.parametrize(
    "text",
    [
        "Fares rose 4% a year over the decade.",
        "Prices climbed 7 percent a year.",
        "The fund earned 12% a year, traders said.",
    ],
)
def test_dates_a_year_after_a_percentage_is_a_yearly_rate(nlp, text):
    ref = only(nlp, text)
    assert (ref.text, ref.type, ref.value) == ("a year", "SET", "P1Y")


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("Mills spread in the late 18th century.", "the late 18th century", "17"),
        ("Jazz of the early twentieth century thrived.", "the early twentieth century", "19"),
        ("By the mid-19th century, rail had come.", "the mid-19th century", "18"),
    ],
)
def test_dates_a_century_keeps_its_early_mid_or_late(nlp, text, words, value):
    ref = only(nlp, text)
    assert (ref.text, ref.type, ref.value) == (words, "DATE", value)


@pytest.mark.parametrize(
    "text",
    [
        "Engineers upgraded every office to Windows 2000.",
        "Passengers on Flight 1996 were safe.",
        "The crew of Apollo 1975 trained hard.",
        "Traffic on Route 1966 was slow.",
    ],
)
def test_dates_a_number_a_name_takes_as_its_own_is_no_year(nlp, text):
    assert find_dates(nlp(text), WEDNESDAY) == []


@pytest.mark.parametrize(
    "text",
    [
        "Police found his 1994 sedan near the border.",
        "She drove a 1999 Camry to work.",
        "He restored a 1965 Mustang convertible.",
        "Police said a 1994 Ford Explorer was stolen.",
        "The dealer still sells the 2004 model.",
        "Ford recalled the 2011 Fiesta model.",
        "He drove a 2007 Honda model to work.",
        "Owners of the 2014 Toyota model were warned.",
        "The firm recalled 2013 Corolla models.",
    ],
)
def test_dates_a_model_year_before_a_vehicle_or_product_is_no_date(nlp, text):
    assert find_dates(nlp(text), WEDNESDAY) == []


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("The 1999 truck bombing killed six.", "1999"),
        ("The 2020 car sales were weak.", "2020"),
        ("Car sales fell in 1998.", "1998"),
    ],
)
def test_dates_a_year_of_an_event_about_vehicles_stays_a_date(nlp, text, year):
    assert [r.value for r in find_dates(nlp(text), WEDNESDAY) if r.type == "DATE"] == [year]


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Her 2016 election model was badly wrong.", "2016"),
        ("The bank scrapped its 2018 business model.", "2018"),
        ("Under the 2012 funding model, schools lost money.", "2012"),
    ],
)
def test_dates_a_year_of_what_a_model_is_of_stays_a_date(nlp, text, year):
    assert [r.value for r in find_dates(nlp(text), WEDNESDAY)] == [year]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Christmas 1997 was the coldest in years.", "Christmas 1997"),
        ("Riots marked Chicago 1968, historians say.", "1968"),
        ("That 1978 accord still stands.", "1978"),
    ],
)
def test_dates_a_year_after_a_calendar_word_a_place_or_a_determiner_stays_a_date(nlp, text, words):
    assert [r.text for r in find_dates(nlp(text), WEDNESDAY) if r.type == "DATE"] == [words]


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("The Halvorsen 2008 campaign raised record sums.", "2008"),
        ("Toyota 2019 profits beat forecasts.", "2019"),
        ("Census 2011 figures show growth.", "2011"),
        ("The Kyoto 1997 protocol was signed.", "1997"),
        ("Copenhagen 2009 failed to produce a deal.", "2009"),
        ("Rio 2016 left debts.", "2016"),
        ("Boeing 2019 deliveries fell sharply.", "2019"),
        ("Airbus 2019 deliveries fell sharply.", "2019"),
    ],
)
def test_dates_a_year_after_a_name_that_takes_no_number_stays_a_date(nlp, text, year):
    assert [r.value for r in find_dates(nlp(text), WEDNESDAY) if r.type == "DATE"] == [year]


@pytest.mark.parametrize(
    "text",
    [
        "For tickets call 1-800-555-2000.",
        "Dial 212-555-1998 for help.",
        "The hotline, 0-800-22-1999, is free.",
    ],
)
def test_dates_the_last_group_of_a_phone_number_is_no_year(nlp, text):
    assert find_dates(nlp(text), WEDNESDAY) == []


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("He was born on 05-12-1998.", "1998"),
        ("The deed is dated 12-25-1987.", "1987"),
        ("Records from 3-4-2001 were lost.", "2001"),
    ],
)
def test_dates_a_year_after_a_dashed_day_and_month_stays_a_year(nlp, text, year):
    assert [r.value for r in find_dates(nlp(text), WEDNESDAY) if r.type == "DATE"] == [year]


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("The judge cut his sentence from five to three years.", "three years", "P3Y"),
        ("Delays fell from 30 to 10 days.", "10 days", "P10D"),
        ("The term grew from two to four years.", "four years", "P4Y"),
        ("The court extended the ban from two to four years.", "four years", "P4Y"),
        ("Wait times rose from 10 to 14 days.", "14 days", "P14D"),
        ("They won 21-14 days after the storm.", "14 days", "P14D"),
        ("He scored 3-2 minutes before the end.", "2 minutes", "PT2M"),
    ],
)
def test_dates_a_change_or_a_score_before_a_unit_is_no_range(nlp, text, words, value):
    assert [(r.text, r.value) for r in find_dates(nlp(text), WEDNESDAY)] == [(words, value)]


@pytest.mark.parametrize(
    "text",
    [
        "A three year-old boy was hurt.",
        "A six month-old baby cried.",
        "The fire killed a week-old calf.",
        "A ten year-old girl won the race.",
    ],
)
def test_dates_an_age_written_with_a_unit_adjective_is_no_duration(nlp, text):
    assert find_dates(nlp(text), WEDNESDAY) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("A day-long strike ended.", "P1D"),
        ("Weeks-long talks failed.", "PXW"),
        ("A years-old slump lifted.", "PXY"),
    ],
)
def test_dates_a_unit_adjective_without_a_number_stays_a_duration(nlp, text, value):
    assert [r.value for r in find_dates(nlp(text), WEDNESDAY)] == [value]


@pytest.mark.parametrize(
    "text",
    [
        "Several quarters of Beirut were flattened.",
        "In many quarters of Washington people were angry.",
        "Several quarters of residents complained.",
        "Several quarters of Beijing were cleared.",
    ],
)
def test_dates_vague_quarters_of_a_place_or_people_are_no_time(nlp, text):
    assert find_dates(nlp(text), WEDNESDAY) == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The firm had several quarters of losses.", "several quarters"),
        ("After many quarters of declining sales, it closed.", "many quarters"),
        ("It follows several quarters of contraction.", "several quarters"),
    ],
)
def test_dates_vague_quarters_of_business_are_a_stretch(nlp, text, words):
    assert [(r.text, r.value) for r in find_dates(nlp(text), WEDNESDAY)] == [(words, "PXQ")]


@pytest.mark.parametrize(
    "text",
    [
        "Output grew 3% a year after the merger.",
        "Unemployment hit 9% a year into the crisis.",
        "Prices were up 4% a month before the vote.",
        "Sales fell 20 percent a year later.",
    ],
)
def test_dates_a_unit_after_a_percentage_counted_from_a_point_is_no_rate(nlp, text):
    assert "SET" not in [r.type for r in find_dates(nlp(text), WEDNESDAY)]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("GDP grew 0.3% in the second quarter-on-quarter.", "the second quarter"),
        ("Sales rose 5% last year-over-year.", "last year"),
        ("Orders fell 2% this month-on-month.", "this month"),
    ],
)
def test_dates_a_date_before_a_unit_comparison_keeps_its_date(nlp, text, words):
    assert [r.text for r in find_dates(nlp(text), WEDNESDAY) if r.type == "DATE"] == [words]


@pytest.mark.parametrize(
    "text",
    [
        "Sales rose 5% quarter-on-quarter.",
        "Prices rose on a year-over-year basis.",
        "Output was flat week-on-week.",
    ],
)
def test_dates_a_bare_unit_compared_with_the_next_is_no_date(nlp, text):
    assert find_dates(nlp(text), WEDNESDAY) == []


@pytest.mark.parametrize(
    ("text", "earliest", "latest"),
    [
        ("The pre-1990 rules were strict.", None, "1989-12-31"),
        ("Post-1959 cars are different.", "1960-01-01", None),
        ("Most pre-2001 homes lack insulation.", None, "2000-12-31"),
    ],
)
def test_dates_pre_and_post_a_year_leave_the_year_itself_out(nlp, text, earliest, latest):
    for reference in (WEDNESDAY, None):
        ref = only(nlp, text, reference)
        assert (ref.earliest, ref.latest) == (earliest, latest)


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("Post-1959 cars sold well that summer.", "that summer", "2020-SU"),
        ("Pre-1990 rules ended that spring.", "that spring", "2020-SP"),
        ("Post-2001 homes were built. Two years earlier, the land was sold.", "Two years earlier", "2019"),
    ],
)
def test_dates_an_open_sided_year_is_no_anchor_for_what_follows(nlp, text, words, value):
    refs = find_dates(nlp(text), WEDNESDAY)  # "that summer" once raised, counted from a year with no last day
    assert [(r.text, r.value) for r in refs[1:]] == [(words, value)]


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("He left a week or so ago.", "a week or so ago", "2021-W09"),
        ("She moved a year or so ago.", "a year or so ago", "2020"),
        ("The fund closed a month or so ago.", "a month or so ago", "2021-02"),
    ],
)
def test_dates_or_so_before_ago_is_still_a_date_back(nlp, text, words, value):
    assert [(r.text, r.type, r.value) for r in find_dates(nlp(text), WEDNESDAY)] == [(words, "DATE", value)]


@pytest.mark.parametrize(
    "text",
    [
        "Half an hour ago the bridge closed.",
        "The bridge closed half an hour ago.",
        "Police left 1.5 hours ago.",
    ],
)
def test_dates_a_fraction_of_hours_ago_is_the_days_time(nlp, text):
    assert [(r.type, r.value) for r in find_dates(nlp(text), WEDNESDAY)] == [("TIME", "2021-03-10")]


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("It happened 72 hours ago.", "DATE", "2021-03-07"),
        ("Rebels struck 48 hours ago.", "DATE", "2021-03-08"),
        ("The vote closes 72 hours from now.", "DATE", "2021-03-13"),
        ("The bridge closed 24 hours ago.", "TIME", "2021-03-10"),
        ("Police left 90 minutes ago.", "TIME", "2021-03-10"),
    ],
)
def test_dates_hours_ago_past_a_day_count_back_whole_days(nlp, text, kind, value):
    assert [(r.type, r.value) for r in find_dates(nlp(text), WEDNESDAY)] == [(kind, value)]


@pytest.mark.parametrize(
    "text",
    [
        "He needed the years to come back from injury.",
        "We have the days to come up with a plan.",
        "She took the weeks to come to terms with it.",
    ],
)
def test_dates_the_units_to_come_with_a_particle_is_no_time(nlp, text):
    assert find_dates(nlp(text), WEDNESDAY) == []


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("Prices will rise in the years to come in Britain.", "the years to come", "PXY"),
        ("Stocks may swing in the weeks to come on Wall Street.", "the weeks to come", "PXW"),
        ("The months to come over the border will be hard.", "The months to come", "PXM"),
    ],
)
def test_dates_the_units_to_come_before_a_place_is_a_stretch_ahead(nlp, text, words, value):
    assert [(r.text, r.type, r.value) for r in find_dates(nlp(text), WEDNESDAY)] == [
        (words, "DURATION", value)
    ]


@pytest.mark.parametrize(
    ("text", "value"),
    [("Prices will rise in the years to come.", "PXY"), ("In the weeks ahead, talks resume.", "PXW")],
)
def test_dates_the_units_to_come_or_ahead_stay_open_durations(nlp, text, value):
    assert [r.value for r in find_dates(nlp(text), WEDNESDAY)] == [value]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The 5-7 day forecast was grim.", "5-7 day"),
        ("The 30 day period was over.", "30 day"),
        ("The two to three week delay hurt.", "two to three week"),
    ],
)
def test_dates_the_before_a_count_made_an_adjective_stays_with_the_noun(nlp, text, words):
    assert [r.text for r in find_dates(nlp(text), WEDNESDAY)] == [words]


@pytest.mark.parametrize(
    ("text", "words", "value", "mod_latest"),
    [
        ("The merger closed at the end of the third quarter.", "the end of the third quarter", "2020-Q3", "2020-09-30"),
        ("Sales picked up at the start of the second half.", "the start of the second half", "2020-H2", "2020-08-31"),
        ("Orders slowed in the middle of the first quarter of 2019.", "the middle of the first quarter of 2019",
         "2019-Q1", "2019-03-01"),
    ],
)  # fmt: skip
def test_dates_a_position_in_a_quarter_or_half_is_part_of_it(nlp, text, words, value, mod_latest):
    ref = only(nlp, text)
    assert (ref.text, ref.value, ref.latest) == (words, value, mod_latest)


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("Revenue for the 2019-20 fiscal year rose.", "the 2019-20 fiscal year", "2019"),
        ("In the 1998 fiscal year, it lost money.", "the 1998 fiscal year", "1998"),
        ("Profit in the 2020 financial year fell.", "the 2020 financial year", "2020"),
        ("The 1998-99 school year starts soon.", "The 1998-99 school year", "1998"),
    ],
)
def test_dates_a_year_with_its_kind_after_it_is_one_expression(nlp, text, words, value):
    ref = only(nlp, text)
    assert (ref.text, ref.value) == (words, value)


@pytest.mark.parametrize(
    ("text", "words", "latest"),
    [
        ("The company revised its earlier third-quarter estimate.", "third-quarter", "2020-09-30"),
        ("The firm cut its earlier second half forecast.", "second half", "2020-12-31"),
        ("Analysts expect a later second half recovery.", "second half", "2021-12-31"),
    ],
)
def test_dates_an_earlier_or_later_quarter_or_half_is_a_whole_one(nlp, text, words, latest):
    ref = only(nlp, text)
    assert (ref.text, ref.latest) == (words, latest)


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("The siege is now in its tenth day.", "its tenth day", "2021-03-10"),
        ("The talks are in their second day.", "their second day", "2021-03-10"),
        ("The strike entered its third day.", "its third day", "XXXX-XX-XX"),
        ("The protests stretched into their fifth straight day.", "their fifth straight day", "XXXX-XX-XX"),
    ],
)
def test_dates_an_event_reaching_its_ordinal_day_names_that_day(nlp, text, words, value):
    assert [(r.text, r.value) for r in find_dates(nlp(text), WEDNESDAY) if r.text != "now"] == [
        (words, value)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Most new hires quit in their first day.",
        "The film earns half its takings in its first week, and a third in its first day.",
        "If the strike enters its fifth day, schools will close.",
        "Once the talks enter their third day, a deal may follow.",
    ],
)
def test_dates_an_ordinal_day_in_general_or_in_a_condition_is_no_event_day(nlp, text):
    assert find_dates(nlp(text), WEDNESDAY) == []


def test_dates_an_ordinal_day_long_meeting_is_no_event_day(nlp):
    refs = find_dates(nlp("Negotiators left their second day-long session."), WEDNESDAY)
    assert [(r.text, r.type) for r in refs] == [("day-long", "DURATION")]


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Toyota 2019 profits rose.", "2019"),
        ("The 1994 strikes failed.", "1994"),
        ("Its 2019 sales fell.", "2019"),
        ("The 2000 elections were close.", "2000"),
    ],
)
def test_dates_a_year_before_a_plural_noun_stays_a_year(nlp, text, year):
    assert [r.value for r in find_dates(nlp(text), WEDNESDAY)] == [year]


@pytest.mark.parametrize(
    "text", ["About 2000 people marched.", "He sent 1500 troops.", "The company has 1850 employees."]
)
def test_dates_a_count_before_a_plural_noun_is_no_year(nlp, text):
    assert find_dates(nlp(text), WEDNESDAY) == []


@pytest.mark.parametrize(
    "text",
    [
        "The candidate won 1999 votes in the first round.",
        "Officials recorded 2011 cases.",
        "The firm cut 1987 jobs.",
        "Police arrested 2013 protesters.",
        "The army sent 1500 troops and 1350 vehicles.",
        "A total of 1998 deaths were recorded.",
    ],
)
def test_dates_a_count_after_a_verb_or_of_before_a_plural_noun_is_no_year(nlp, text):
    assert find_dates(nlp(text), WEDNESDAY) == []
