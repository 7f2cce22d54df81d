"""Numeric claims: values, bounds, units, changes, concepts and attributions, on hand-made sentences and on
the geneva2 seed articles (read from ../shared, skipped when it is absent)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from storyline.analyse.claims import find_claims
from storyline.models import Claim

GENEVA = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "geneva2"


def claims_of(nlp, text: str) -> list[Claim]:
    return find_claims(nlp(text))


def by_value(claims: list[Claim], value: float) -> Claim:
    found = [c for c in claims if c.value == pytest.approx(value)]
    assert found, f"no claim with value {value} in {claims}"
    return found[0]


def test_claims_digits_with_scale_and_currency(nlp):
    claim = by_value(claims_of(nlp, "The city spent $3.1 million on the new bridge."), 3.1e6)
    assert (claim.unit, claim.qualifier, claim.text) == ("dollar", "=", "spent $3.1 million")


def test_claims_bounds_and_approximations(nlp):
    text = (
        "At least 40 people were hurt, more than 5 km of road was closed, the repair took about 30 minutes, "
        "the plant will create up to 400 jobs and fewer than 10 votes were cast."
    )
    qualifiers = {c.value: c.qualifier for c in claims_of(nlp, text)}
    assert qualifiers == {40: ">=", 5: ">=", 30: "~", 400: "<=", 10: "<="}


def test_claims_range_keeps_both_ends(nlp):
    claim = by_value(claims_of(nlp, "Between 94,000 and 120,000 people have died."), 94000)
    assert (claim.upper, claim.qualifier, claim.unit) == (120000, "range", "people")


def test_claims_change_up_and_down(nlp):
    claims = claims_of(nlp, "Shares of the firm rose 5% on Monday while the index fell 2.1%.")
    assert [(c.value, c.qualifier, c.unit) for c in claims] == [
        (5, "up", "percent"),
        (2.1, "down", "percent"),
    ]


def test_claims_numbers_in_words(nlp):
    claims = claims_of(nlp, "She waited three hours, bought a dozen eggs and won two-thirds of the votes.")
    assert [(c.value, c.unit) for c in claims] == [(3, "hour"), (12, "eggs"), (pytest.approx(2 / 3), "votes")]


def test_claims_half_of_is_a_fraction(nlp):
    claim = by_value(claims_of(nlp, "Nearly half of the nurses voted to strike."), 0.5)
    assert (claim.unit, claim.qualifier) == ("nurses", "~")


@pytest.mark.parametrize(
    ("text", "share"),
    [
        ("One out of three voters stayed home.", 1 / 3),
        ("Perhaps 17 out of 20 thefts go unreported.", 17 / 20),
        ("Nine out of 10 parents collected the leaflet.", 9 / 10),
        ("Two out of every five homes lost power.", 2 / 5),
    ],
)
def test_claims_a_share_of_a_small_or_round_whole_is_a_fraction(nlp, text, share):
    by_value(claims_of(nlp, text), share)


@pytest.mark.parametrize(
    ("text", "part", "whole"),
    [
        ("The fever has killed 131 out of 350 people it infected.", 131, 350),
        ("The survey said 73 out of 88 island schools were hit.", 73, 88),
        ("He scored 180 out of 200 points in the exam.", 180, 200),
    ],
)
def test_claims_a_count_out_of_a_counted_whole_reads_as_two_counts(nlp, text, part, whole):
    claims = claims_of(nlp, text)
    assert by_value(claims, part) and by_value(claims, whole)
    assert not any(0 < c.value < 1 for c in claims)


def test_claims_years_dates_times_and_ordinals_are_not_claims(nlp):
    text = "In 2013 the talks were set for June 10-12 at 5pm, the 3rd round since May 7, 2012."
    assert claims_of(nlp, text) == []


def test_claims_names_and_scores_are_not_claims(nlp):
    claims = claims_of(nlp, "The S&P 500 gained 1% after the G8 summit, and Russia beat the U.S. 5-3.")
    assert [(c.value, c.qualifier) for c in claims] == [(1, "up")]


def test_claims_offsets_point_into_the_text(nlp):
    text = "Officials said about 2,000 homes were flooded and 300 people were moved."
    for claim in claims_of(nlp, text):
        assert text[claim.start : claim.end] == claim.text


def test_claims_attribution_from_reporting_verb(nlp):
    claim = by_value(claims_of(nlp, "Reuters reported that about 300 homes were destroyed in the fire."), 300)
    assert (claim.attributed_to, claim.concept) == ("Reuters", "destroyed in the fire")


def test_claims_attribution_from_according_to(nlp):
    text = "About 2,000 homes were flooded last week, according to the Environment Agency."
    claim = by_value(claims_of(nlp, text), 2000)
    assert claim.attributed_to == "Environment Agency"


def test_claims_relative_clause_is_not_attributed_to_the_speaker(nlp):
    text = "Berg said the talks would end the conflict, which has killed more than 40,000 people."
    claim = by_value(claims_of(nlp, text), 40000)
    assert (claim.attributed_to, claim.text) == (None, "has killed more than 40,000 people")


def test_claims_counted_noun_that_is_a_unit_gives_the_unit(nlp):
    claims = claims_of(nlp, "The team ran for 312 passing yards and sold 4,000 signed shirts.")
    assert [(c.value, c.unit) for c in claims] == [(312, "yard"), (4000, "shirts")]


def test_claims_number_before_a_nationality_counts_people(nlp):
    claim = by_value(claims_of(nlp, "Police said 150 Dutch fans were detained after the match."), 150)
    assert (claim.unit, claim.attributed_to) == ("Dutch fans", "Police")


def test_claims_part_takes_the_unit_of_its_whole(nlp):
    claims = claims_of(nlp, "The council has spent 40 million of the 250 million euros it was promised.")
    assert [(c.value, c.unit) for c in claims] == [(40e6, "euro"), (250e6, "euro")]


def test_claims_number_after_the_same_word_shares_the_unit(nlp):
    claims = claims_of(nlp, "Exports grew by 4 percent last year but imports shrank by 2.")
    assert [(c.value, c.unit) for c in claims] == [(4, "percent"), (2, "percent")]


def test_claims_coordinated_number_shares_a_table_unit(nlp):
    claims = claims_of(nlp, "The tide reached 2.5 metres on Monday and 1.8 on Tuesday.")
    assert [(c.value, c.unit) for c in claims] == [(2.5, "metre"), (1.8, "metre")]


def test_claims_subject_of_its_own_clause_keeps_no_carried_unit(nlp):
    claim = by_value(claims_of(nlp, "Of the staff, 30 are over 50 years old and 40 are nurses."), 40)
    assert claim.unit is None


def test_claims_hanging_hyphen_takes_the_next_unit(nlp):
    claims = claims_of(nlp, "The chain runs three-, four- and five-star hotels.")
    assert [(c.value, c.unit) for c in claims] == [(3, "star"), (4, "star"), (5, "star")]


def test_claims_either_or_is_a_range(nlp):
    claim = by_value(claims_of(nlp, "Repairs will take two or three months, the mayor said."), 2)
    assert (claim.upper, claim.unit, claim.qualifier) == (3, "month", "range")


def test_claims_from_to_range_across_a_time_phrase(nlp):
    text = "The fare fell from $12.50 on Monday morning to $9.80 by the evening."
    claims = claims_of(nlp, text)
    assert [(c.value, c.upper, c.unit) for c in claims] == [(9.8, 12.5, "dollar")]


def test_claims_alternative_count_takes_the_noun(nlp):
    claim = by_value(claims_of(nlp, "The club hopes to sign a striker or two before the deadline."), 2)
    assert claim.unit == "striker"


def test_claims_counted_rate(nlp):
    claim = by_value(claims_of(nlp, "The lab can now process 5,000 samples per day."), 5000)
    assert claim.unit == "samples per day"


def test_claims_age_said_with_be(nlp):
    claim = by_value(claims_of(nlp, "She will be 40 when the new season starts."), 40)
    assert claim.unit == "year of age"


def test_claims_adjectival_durations_and_house_numbers_are_not_claims(nlp):
    text = "The firm signed a three-year lease at 12-14 Harbour Road and pays $9,000 a month."
    assert [(c.value, c.unit) for c in claims_of(nlp, text)] == [(9000, "dollar per month")]


def test_claims_scientific_notation_and_currency_codes(nlp):
    claims = claims_of(nlp, "A cell holds about 2×10^4 proteins, and a ticket costs 120 EUR.")
    assert [(c.value, c.unit) for c in claims] == [(2e4, "proteins"), (120, "euro")]


def test_claims_addressee_is_not_the_source(nlp):
    claim = by_value(
        claims_of(nlp, "The mayor told a meeting of about 200 residents that the road would reopen."), 200
    )
    assert claim.attributed_to is None


def test_claims_subject_that_names_no_source_is_not_an_attribution(nlp):
    claim = by_value(claims_of(nlp, "Neither team could find a goal in the extra 30 minutes."), 30)
    assert claim.attributed_to is None


def test_claims_anonymous_source_keeps_who_it_is(nlp):
    text = "A person who has read the audit said the hospital had lost 3 million dollars."
    claim = by_value(claims_of(nlp, text), 3e6)
    assert claim.attributed_to == "person who has read the audit"


def test_claims_number_inside_the_subject_is_not_attributed_to_it(nlp):
    claim = by_value(claims_of(nlp, "A group of about 40 families said on Monday that it would sue."), 40)
    assert claim.attributed_to is None


@pytest.fixture(scope="module")
def geneva_claims(nlp) -> list[Claim]:
    if not GENEVA.is_dir():
        pytest.skip(f"geneva2 corpus not found at {GENEVA}")
    return [
        c for path in sorted(GENEVA.glob("*.txt")) for c in find_claims(nlp(path.read_text(encoding="utf-8")))
    ]


EXPECTED_TOLLS = [
    # value, qualifier, unit, attributed_to
    (120000, "=", "lives", None),  # a cost in lives, said once
    (94000, ">=", "people", "Syrian Observatory for Human Rights"),
    (120000, "<=", "people", "Syrian Observatory for Human Rights"),  # the top of an estimate
    (70000, ">=", "lives", None),  # a toll with "more than"
    (100000, ">=", "people", None),  # a toll in a relative clause
    (200, "~", "Russian citizens", "FSB"),  # an agency's estimate of citizens
]


@pytest.mark.parametrize(("value", "qualifier", "unit", "source"), EXPECTED_TOLLS)
def test_claims_geneva2_death_tolls(geneva_claims, value, qualifier, unit, source):
    found = {(c.value, c.qualifier, c.unit, c.attributed_to) for c in geneva_claims}
    assert (value, qualifier, unit, source) in found


def test_claims_geneva2_no_year_or_date_is_a_claim(geneva_claims):
    months = (
        r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Nov\.)"
    )
    for claim in geneva_claims:
        assert not re.search(r"\b(?:19|20)\d\d\b", claim.text), claim
        assert not re.search(months, claim.text), claim


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The router reaches 300Mbps on the new line.", 300, "megabit per second"),
        ("Its processor was clocked at 800kHz in 1985.", 800, "kilohertz"),
        ("The reactor produced 12TWh of power last year.", 12, "terawatt hour"),
        ("Tyre pressure fell to 210kPa overnight.", 210, "kilopascal"),
        ("The signal lasted only 40ms before it faded.", 40, "millisecond"),
    ],
)
def test_claims_si_prefixed_symbols_glued_to_numbers(nlp, text, value, unit):
    assert by_value(claims_of(nlp, text), value).unit == unit


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Gusts reached 25 m/s on the ridge.", 25, "metre per second"),
        ("The electrolyser ran at 0.8 A/cm2 for a week.", 0.8, "ampere per square centimetre"),
        ("Panels on the roof give about 200 W/m2 at noon.", 200, "watt per square metre"),
        ("New cars must emit under 95 g/km from next year.", 95, "gram per kilometre"),
        ("Tests found 50 mg/L of nitrate in the well.", 50, "milligram per litre"),
        ("The alloy weighs 2.7 g/cm³.", 2.7, "gram per cubic centimetre"),
    ],
)
def test_claims_a_quotient_of_unit_symbols_is_one_unit(nlp, text, value, unit):
    assert by_value(claims_of(nlp, text), value).unit == unit


def test_claims_a_slash_between_words_that_are_not_units_is_no_quotient(nlp):
    claim = by_value(claims_of(nlp, "She polled 48 and/or more in the suburbs."), 48)
    assert "per" not in (claim.unit or "")


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The clip drew 10k views on its first day.", 10_000, "views"),
        ("About 2.5m people live in the region.", 2_500_000, "people"),
        ("The app has 40k users in Kenya.", 40_000, "users"),
        ("They ran the 100m sprint twice.", 100, "metre"),
        ("A 10m wall now surrounds the yard.", 10, "metre"),
    ],
)
def test_claims_a_glued_letter_is_a_scale_before_a_plural_noun_and_a_unit_otherwise(nlp, text, value, unit):
    assert by_value(claims_of(nlp, text), value).unit == unit


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Exports grew threefold over the decade.", 3),
        ("The agency expects a 10-fold rise in claims.", 10),
        ("Prices for the drug rose twofold in a year.", 2),
    ],
)
def test_claims_multiplicative_words_count_times(nlp, text, value):
    assert by_value(claims_of(nlp, text), value).unit == "count"


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("The driver, 41, was taken to hospital.", 41),
        ("Officers said the victim, 23, was found at home.", 23),
        ("A mother, 31, and her son were rescued.", 31),
        ("Witnesses saw the pilot, 52, leave the plane.", 52),
    ],
)
def test_claims_an_age_set_off_by_commas_after_a_noun_for_a_person(nlp, text, age):
    assert by_value(claims_of(nlp, text), age).unit == "year of age"


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The lender set aside Rs 4.5bn for bad loans.", 4.5e9, "indian rupee"),
        ("EUR 250 million was earmarked for the new line.", 2.5e8, "euro"),
        ("The plant will cost USD 1.5 billion to build.", 1.5e9, "dollar"),
        ("Fines reached NIS 30,000 in the worst cases.", 30_000, "shekel"),
    ],
)
def test_claims_a_currency_code_written_apart_from_the_amount(nlp, text, value, unit):
    assert by_value(claims_of(nlp, text), value).unit == unit


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Ann Patel, 54, was charged with fraud on Friday.", 54),
        ("The coach, 61, said he would step down.", 61),
        ("Prime Minister Omar Haddad, 47, called an early vote.", 47),
        ("The patient, 72, was flown to a hospital in the city.", 72),
    ],
)
def test_claims_an_age_set_off_by_commas_after_a_name_or_a_role(nlp, text, age):
    assert by_value(claims_of(nlp, text), age).unit == "year of age"


@pytest.mark.parametrize(
    ("text", "value", "change"),
    [
        ("The currency weakened 3% against the dollar.", 3, "down"),
        ("The euro strengthened 0.6% against the yen.", 0.6, "up"),
        ("The economy contracted 1.4% in the second quarter.", 1.4, "down"),
        ("The trade gap widened by $12 billion in March.", 12e9, "up"),
        ("The company slashed its workforce by 2,000 jobs.", 2000, "down"),
    ],
)
def test_claims_verbs_of_strength_size_and_cuts_make_a_change(nlp, text, value, change):
    assert by_value(claims_of(nlp, text), value).qualifier == change


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The single passed 500k streams on its first day.", 500_000, "streams"),
        ("Her post drew 40k likes within hours.", 40_000, "likes"),
        ("The petition gathered 120k signatures.", 120_000, "signatures"),
        ("The channel passed 900k subscribers on Sunday.", 900_000, "subscribers"),
    ],
)
def test_claims_a_scaled_number_is_an_amount_even_inside_a_name_or_a_date(nlp, text, value, unit):
    assert by_value(claims_of(nlp, text), value).unit == unit


@pytest.mark.parametrize(
    ("text", "value", "upper", "unit"),
    [
        ("A man aged 45 was arrested at the scene.", 45, None, "year of age"),
        ("Adults aged 18 to 24 were the most likely to vote.", 18, 24, "year of age"),
        ("The club has 52 members under the age of 18.", 18, None, "age"),
        ("Children from the age of five travel free.", 5, None, "age"),
    ],
)
def test_claims_a_number_after_aged_or_the_age_of_is_an_age(nlp, text, value, upper, unit):
    claim = by_value(claims_of(nlp, text), value)
    assert (claim.upper, claim.unit) == (upper, unit)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The temperature hit 41C on Tuesday.", 41, "celsius"),
        ("Overnight lows of -5C are expected.", -5, "celsius"),
        ("It felt like 105F in the shade.", 105, "fahrenheit"),
    ],
)
def test_claims_a_capital_c_or_f_glued_to_digits_is_a_temperature(nlp, text, value, unit):
    assert by_value(claims_of(nlp, text), value).unit == unit


def test_claims_a_letter_glued_to_the_number_of_a_flat_or_seat_is_a_label(nlp):
    text = "She moved from flat 4C to seat 12F and then room 7B."
    assert claims_of(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Revenue rose to $7 billion from $6 billion.", 7e9),
        ("Its shares were up 4% to $84 by noon.", 84),
        ("The stock finished 3% higher at $3.20.", 3.2),
        ("Sales rose after the chain agreed to sell 20 stores to a rival.", 20),
    ],
)
def test_claims_a_level_without_a_change_verb_and_its_amount_is_a_plain_value(nlp, text, value):
    assert by_value(claims_of(nlp, text), value).qualifier == "="


@pytest.mark.parametrize(
    ("text", "change", "level", "unit"),
    [
        ("Membership fell by 1,200 to 48,000 people.", 1200, 48000, "people"),
        ("The workforce was cut by 300 to 2,700 staff.", 300, 2700, "staff"),
        ("Payrolls rose by 150,000 to 1.2 million.", 150000, 1.2e6, None),
    ],
)
def test_claims_a_bare_change_by_an_amount_and_the_level_it_reached_are_no_range(
    nlp, text, change, level, unit
):
    claims = claims_of(nlp, text)
    assert [(c.value, c.upper, c.unit) for c in claims] == [(change, None, unit), (level, None, unit)]


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Prices will rise by 2 to 3 percent.", 2, 3),
        ("Sales fell by 4 to 6 per cent.", 4, 6),
        ("The firm grew by 5 to 10 staff a year.", 5, 10),
    ],
)
def test_claims_a_change_by_two_close_amounts_is_a_range(nlp, text, low, high):
    claim = by_value(claims_of(nlp, text), low)
    assert claim.upper == high


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The harbour bridge cost 9 billion Hong Kong dollars.", 9e9, "hong kong dollar"),
        ("The utility set aside 40 billion rand for repairs.", 40e9, "south african rand"),
        ("The carmaker earned 4.4 billion Swedish crowns.", 4.4e9, "swedish krone"),
        ("The club was fined 600 million reais.", 600e6, "brazilian real"),
        ("The tower was sold for 1.3 trillion rupiah.", 1.3e12, "indonesian rupiah"),
        ("The mayor kept 3 million pesos in a safe.", 3e6, "peso"),
    ],
)
def test_claims_currencies_named_in_words(nlp, text, value, unit):
    assert by_value(claims_of(nlp, text), value).unit == unit


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The council will spend 12 million pounds on roads.", 12e6, "pound sterling"),
        ("A painting sold for 1.8 million pounds.", 1.8e6, "pound sterling"),
        ("The firm recalled 2 million pounds of ground beef.", 2e6, "pound-mass"),
        ("The champion weighed 220 pounds.", 220, "pound-mass"),
        ("The chipmaker will invest 2.1 trillion won in a plant.", 2.1e12, "south korean won"),
        ("Some 3 million won prizes in the draw.", 3e6, None),
    ],
)
def test_claims_pounds_and_won_after_a_scale_are_money(nlp, text, value, unit):
    assert by_value(claims_of(nlp, text), value).unit == unit


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("She stayed five nights at the hotel.", 5, "nights"),
        ("The club won three titles in four seasons.", 4, "seasons"),
        ("The festival runs across two weekends.", 2, "weekends"),
        ("Sales have slipped for six straight months.", 6, "month"),
    ],
)
def test_claims_a_count_of_periods_that_ner_reads_as_a_date_is_kept(nlp, text, value, unit):
    assert by_value(claims_of(nlp, text), value).unit == unit


def test_claims_a_single_period_that_starts_a_story_is_no_claim(nlp):
    assert claims_of(nlp, "One night in June, the power went out.") == []


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("More than 2,000 of the workers walked out.", 2000, "workers"),
        ("About 150 of the chain's stores will close.", 150, "stores"),
        ("The museum returned 12 of the stolen paintings.", 12, "paintings"),
        ("The side has won 7 of its last 10 matches.", 7, "matches"),
    ],
)
def test_claims_a_part_of_a_plural_group_counts_the_group(nlp, text, value, unit):
    assert by_value(claims_of(nlp, text), value).unit == unit


@pytest.mark.parametrize(
    ("text", "change"),
    [
        ("The firm posted a 5% year-on-year increase in sales.", "up"),
        ("Sales recorded a 12 percent annual rise.", "up"),
        ("There was a 3.2% quarterly decline in output.", "down"),
        ("Analysts expect a 4 percent month-on-month drop.", "down"),
        ("Nurses were offered a 5% pay rise.", "="),
    ],
)
def test_claims_a_noun_of_change_after_adjectives_makes_a_change(nlp, text, change):
    assert claims_of(nlp, text)[0].qualifier == change


@pytest.mark.parametrize(
    ("text", "value", "change"),
    [
        ("The central bank raised its key rate by 25 basis points on Thursday.", 25, "up"),
        ("The government lowered its growth forecast by 0.5 percentage points.", 0.5, "down"),
        ("Regulators reduced the cap on card fees by 15%.", 15, "down"),
        ("The utility hiked its tariffs by 7 percent last winter.", 7, "up"),
        ("The rate was raised by 0.75 percentage points.", 0.75, "up"),
        ("The charity raised $40m by selling its offices.", 40e6, "="),
        ("The funds were raised by 300 donors.", 300, "="),
        ("She beat her rival by 300 votes.", 300, "="),
    ],
)
def test_claims_a_verb_that_changes_its_object_by_an_amount_makes_a_change(nlp, text, value, change):
    assert by_value(claims_of(nlp, text), value).qualifier == change


@pytest.mark.parametrize(
    ("text", "value", "change"),
    [
        ("The Dow Jones Industrial Average lost 350 points, or 1.1%.", 1.1, "down"),
        ("The stock fell $2.10, or 3 percent, to $68.", 3, "down"),
        ("Brent added 95 cents, or 1.2 per cent, to settle at $79.40 a barrel.", 1.2, "up"),
        ("Payrolls grew by 210,000, or 0.2%, last month.", 0.2, "up"),
        ("He faces 5 years in prison, or 10 if the charge is upgraded.", 10, "="),
    ],
)
def test_claims_a_change_restated_after_or_is_the_same_change(nlp, text, value, change):
    assert by_value(claims_of(nlp, text), value).qualifier == change


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The talks could take a week or two.", 2, "week"),
        ("Most buyers add a room or two to the house.", 2, "room"),
        ("Expect to lose a game or three in the group stage.", 3, "game"),
        ("He faces 5 years in prison, or 10 if the charge is upgraded.", 10, "year"),
    ],
)
def test_claims_an_alternative_count_takes_the_noun_just_before_or(nlp, text, value, unit):
    assert by_value(claims_of(nlp, text), value).unit == unit


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The project will cost 30 billion Egyptian pounds.", 30e9, "egyptian pound"),
        ("The government sold 2 million Mexican pesos in bonds.", 2e6, "mexican peso"),
        ("Smugglers were caught with 50,000 Pakistani rupees.", 50000, "pakistani rupee"),
        ("The chipmaker earned 12 billion New Taiwan dollars.", 12e9, "new taiwan dollar"),
        ("The club paid 80 million British pounds for him.", 80e6, "pound sterling"),
        ("The ship carried 300,000 Brazilian pounds of coffee.", 300000, "pound-mass"),
        ("The fine was 900,000 Colombian pesos.", 900000, "colombian peso"),
    ],
)
def test_claims_a_currency_word_after_its_country_names_that_countrys_currency(nlp, text, value, unit):
    assert by_value(claims_of(nlp, text), value).unit == unit


@pytest.mark.parametrize(
    ("text", "value", "qualifier", "unit"),
    [
        ("The fund will need $10 billion or more.", 10e9, ">=", "dollar"),
        ("The trip takes 40 minutes or so.", 40, "~", "minute"),
        ("He has played 300-plus games for the club.", 300, ">=", "games"),
        ("He has 300+ games for the club.", 300, ">=", "games"),
        ("Some 40-odd lawmakers signed the letter.", 40, "~", "lawmakers"),
        ("The project could cost $2 billion or less.", 2e9, "<=", "dollar"),
        ("Groups of 10 or more people are banned.", 10, ">=", "people"),
        ("The score was 2 plus 2.", 2, "=", None),
    ],
)
def test_claims_a_bound_written_after_the_number_or_its_unit(nlp, text, value, qualifier, unit):
    claim = by_value(claims_of(nlp, text), value)
    assert (claim.qualifier, claim.unit) == (qualifier, unit)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The household used 3,500 kilowatt hours last year.", 3500, "kilowatt hour"),
        ("The plant produced 900 megawatt hours.", 900, "megawatt hour"),
        ("The country exported 2 million metric tons of rice.", 2e6, "tonne"),
        ("The particles are 2.5 microns wide.", 2.5, "micrometre"),
        ("The star is 40 light years away.", 40, "light-year"),
        ("The tyres are inflated to 35 psi.", 35, "pound per square inch"),
        ("The field pumps 200,000 bpd.", 200000, "barrel per day"),
    ],
)
def test_claims_units_written_in_words_or_symbols_news_uses(nlp, text, value, unit):
    assert by_value(claims_of(nlp, text), value).unit == unit


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The heat pump is rated at 24,000 BTU.", 24000, "british thermal unit"),
        ("Stir in 3 tbsp of honey.", 3, "tablespoon"),
        ("The moped has a 50cc engine.", 50, "millilitre"),
        ("The lake lost 12,000 acre-feet of water in June.", 12000, "acre foot"),
        ("Each tablet holds 400 mcg of the drug.", 400, "microgram"),
        ("A reading of 140 mmHg counts as high.", 140, "millimeter of mercury"),
        ("The display reaches 1,000 nits outdoors.", 1000, "candela per square metre"),
        ("Emissions fell to 33 gigatonnes.", 33, "gigaton"),
        ("The rookie is scoring 19.4 ppg.", 19.4, "point per game"),
        ("He averages 8.1 rebounds per game.", 8.1, "rebounds per game"),
        ("The militia fired two RPG rounds.", 2, "RPG rounds"),
        ("The fund bought 4,000 BTC in May.", 4000, "bitcoin"),
        ("The watch sold for 2 million francs.", 2e6, "francs"),
        ("Moscow paid 3 billion roubles.", 3e9, "russian ruble"),
        ("The kiln fires 300 tonnes of clay a month.", 300, "tonne per month"),
        ("The tug towed the barge 800 nautical miles.", 800, "nautical mile"),
        ("Tea costs Rs 20 a cup at the station.", 20, "indian rupee per cup"),
        ("Farmers harvested 50 bushels an acre.", 50, "bushel per acre"),
        ("Beef sells for $4 a pound.", 4, "dollar per pound-mass"),
        ("Sterling traded at $1.25 a pound on the exchange.", 1.25, "dollar per pound sterling"),
        ("The exchange rate fell to $1.21 a pound.", 1.21, "dollar per pound sterling"),
        ("Copper futures on the Comex exchange rose to $4.50 a pound.", 4.5, "dollar per pound-mass"),
        ("Coffee rose 5 cents per pound.", 5, "cent per pound-mass"),
    ],
)
def test_claims_units_news_writes(nlp, text, value, unit):
    """Units news writes, under the names the figures group by (one name for a unit however written)."""
    assert by_value(claims_of(nlp, text), value).unit == unit


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The V8 delivers 470 lb-ft of torque.", 470, "pound-foot"),
        ("The wrench is set to 90 ft-lb.", 90, "pound-foot"),
        ("The diesel makes 1,000 pound-feet of torque.", 1000, "pound-foot"),
        ("The diesel makes 1,000 pound feet of torque.", 1000, "pound-foot"),
        ("The motor produces 350 Nm of torque.", 350, "newton metre"),
    ],
)
def test_claims_torque_units_by_their_table_names(nlp, text, value, unit):
    assert by_value(claims_of(nlp, text), value).unit == unit


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        ("The pitcher struck out 11 batters over seven innings.", 7, "="),
        ("She scored 30 goals over three seasons.", 3, "="),
        ("The firm lost $2 billion over five years.", 5, "="),
        ("Over 300 people came.", 300, ">="),
        ("The club has won over 20 games this year.", 20, ">="),
        ("Some 2,000 residents over 70 were vaccinated.", 70, ">="),
        ("The ward treats 40 patients over 80 years.", 80, ">="),
        ("Vaccines went to 2 million children over six months.", 6, "="),
        ("The clinic vaccinated 300 babies over six months old.", 6, ">="),
        ("The trial enrolled 40 adults over 65 years.", 65, ">="),
        ("The club has 300 members over 60 years.", 60, ">="),
        ("He served 4 terms over 16 years.", 16, "="),
        ("The bank lent $5 billion over 30 years.", 30, "="),
    ],
)
def test_claims_over_after_a_count_before_a_span_is_no_bound(nlp, text, value, qualifier):
    """ "over" right after a quantity and before a span of play or time says across what, not "more than"."""
    assert by_value(claims_of(nlp, text), value).qualifier == qualifier


@pytest.mark.parametrize(
    ("text", "count", "span", "unit"),
    [
        ("The militia killed 300 people over 10 days.", (300, "people"), 10, "day"),
        ("The campaign vaccinated 2 million people over six months.", (2e6, "people"), 6, "month"),
        ("The firm hired 200 workers over three years.", (200, "workers"), 3, "year"),
        ("The study followed 5,000 adults over 20 years.", (5000, "adults"), 20, "year"),
        ("Vaccines went to 2 million children over six months.", (2e6, "children"), 6, "month"),
    ],
)
def test_claims_over_a_span_after_a_count_of_people_is_no_age(nlp, text, count, span, unit):
    """A count of people and then "over" a span of days, of months (but of the young with "old" after it), or of
    years too few for an age (or an age adults all have) says across what time they were counted."""
    claims = claims_of(nlp, text)
    assert [(c.value, c.unit, c.qualifier) for c in claims] == [(*count, "="), (span, unit, "=")]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Eight in 10 voters back the plan.", 8, "voters"),
        ("In the survey, 1 in 5 adults said they smoke.", 1, "adults"),
        ("One in five children lives in poverty.", 1, "children"),
        ("One in every 10 households was flooded.", 1, "households"),
        ("He scored 2 in 5 matches.", 2, None),
        ("The bowler took 5 in 8 overs.", 5, None),
        ("The loaf costs 3 in 10 shops.", 3, None),
        ("Only 3 in every 100 applicants get a place.", 3, "applicants"),
        ("He scored 3 in 10 minutes.", 3, None),
    ],
)
def test_claims_a_share_written_with_in_counts_what_the_whole_counts(nlp, text, value, unit):
    assert by_value(claims_of(nlp, text), value).unit == unit


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("One in four said they would move.", [1, 4]),
        ("One in five say prices are too high.", [1, 5]),
        ("One in three think the plan will fail.", [1, 3]),
    ],
)
def test_claims_one_in_a_whole_before_a_verb_is_a_survey_share(nlp, text, values):
    """ "one in four said": the share of a survey whose people are left unsaid; the verb counts nothing."""
    assert [(c.value, c.unit) for c in claims_of(nlp, text)] == [(value, None) for value in values]


@pytest.mark.parametrize(
    "text",
    [
        "The chain opened one in 2019 and another in 2021.",
        "He scored one in 5 minutes.",
        "It is a one in 100 year flood.",
        "It was the first one in 30 years.",
        "They built one in 12 months.",
        "One in 10 is too many.",
        "It is the only one in 50 states with no tax.",
    ],
)
def test_claims_one_before_in_a_time_or_a_year_is_no_count(nlp, text):
    assert all(c.value != 1 for c in claims_of(nlp, text))


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The 2.0-litre four-cylinder makes 255 horsepower.", 4, "cylinder"),
        ("A 1.5-litre three-cylinder engine powers it.", 3, "cylinder"),
        ("Its 3.0-litre six-cylinder diesel makes 282 horsepower.", 6, "cylinder"),
    ],
)
def test_claims_another_numbers_unit_is_not_a_kind_of_what_is_counted(nlp, text, value, unit):
    assert by_value(claims_of(nlp, text), value).unit == unit


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("He averaged 2.1 goals a game in the group stage.", 2.1, "goals per game"),
        ("The left-hander struck out seven batters a start.", 7, "batters per start"),
        ("She wins 12 races a season.", 12, "races per season"),
        ("He gave 4 fans a lift.", 4, "fans"),
        ("He gave 4 fans a game ball.", 4, "fans"),
        ("The team handed 5 rookies a season pass.", 5, "rookies"),
        ("The airline gave 200 passengers a round of drinks.", 200, "passengers"),
        ("The club offered 3 players a season.", 3, "players"),
        ("The coach handed 2 rookies a start.", 2, "rookies"),
        ("She played 20 minutes a game.", 20, "minute per game"),
    ],
)
def test_claims_a_count_over_a_unit_of_play_is_a_rate(nlp, text, value, unit):
    assert by_value(claims_of(nlp, text), value).unit == unit


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The phone has a 6.1in screen.", 6.1, "inch"),
        ("He is 6ft 2in tall.", 2, "inch"),
        ("The 55in TV costs $499.", 55, "inch"),
        ("Cut the dough into 3in squares.", 3, "inch"),
        ("The box is 10in by 12in.", 12, "inch"),
        ("The storm left 6in of snow.", 6, "inch"),
    ],
)
def test_claims_in_glued_to_digits_is_inches(nlp, text, value, unit):
    assert by_value(claims_of(nlp, text), value).unit == unit


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("The board is 10in x 8in.", [10, 8]),
        ("The frame is 10in by 12in.", [10, 12]),
        ("Prints come in 16in x 20in.", [16, 20]),
    ],
)
def test_claims_both_sides_of_a_size_in_glued_inches_are_inches(nlp, text, sides):
    assert [(c.value, c.unit) for c in claims_of(nlp, text)] == [(side, "inch") for side in sides]


@pytest.mark.parametrize(
    "text",
    [
        "There is a 2in10 chance of rain.",
        "The 4in1 printer costs $99.",
        "Sales rose 5in the quarter.",
        "Staff log in at 9in the morning.",
        "He won 3in a row.",
    ],
)
def test_claims_in_glued_to_digits_is_the_word_in_unless_something_is_sized(nlp, text):
    assert all(c.unit != "inch" for c in claims_of(nlp, text))


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Sales rose 5in the quarter.", (5, None, "up")),
        ("The town got 8in overnight.", (8, None, "=")),
        ("He won 3in a row.", (3, None, "=")),
    ],
)
def test_claims_a_number_with_the_word_in_glued_on_stays(nlp, text, claim):
    assert [(c.value, c.unit, c.qualifier) for c in claims_of(nlp, text)] == [claim]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The country has 30 airports and 2 million flights a year.", 30, "airports"),
        ("The firm cut 200 jobs and 3 hours a week.", 200, "jobs"),
        ("Police arrested 12 people, and 4 cars a day were towed.", 12, "people"),
        ("Children need three meals and two snacks a day.", 2, "snacks per day"),
    ],
)
def test_claims_a_rate_after_the_last_count_of_a_list_is_that_counts_own(nlp, text, value, unit):
    """A rate after the last count of a list is the last count's: the counts before it may be of other things."""
    assert by_value(claims_of(nlp, text), value).unit == unit


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The refinery processes 300,000 barrels of crude per day.", 300000, "barrel per day"),
        ("The plant emits 4 million metric tons of carbon dioxide a year.", 4e6, "tonne per year"),
        ("The town uses 12 million litres of water a day.", 12e6, "litre per day"),
        ("He drinks 2 litres of milk a week.", 2, "litre per week"),
        ("The fleet landed 5 tonnes of fish per boat.", 5, "tonne"),
    ],
)
def test_claims_a_measure_of_a_thing_over_a_time_is_a_rate(nlp, text, value, unit):
    assert by_value(claims_of(nlp, text), value).unit == unit


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Sales exceeded $1 billion for the first time.", 1e9),
        ("Its debt has surpassed 100% of output.", 100),
        ("Membership now exceeds 20,000.", 20000),
    ],
)
def test_claims_a_verb_of_exceeding_before_the_number_is_a_lower_bound(nlp, text, value):
    assert by_value(claims_of(nlp, text), value).qualifier == ">="


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The top 10 scorers were all foreign.", 10, "top scorers"),
        ("The bottom three clubs are relegated.", 3, "bottom clubs"),
        ("The port handled a record 9 million containers.", 9e6, "record containers"),
        ("The hospital treated a record 900 patients in a day.", 900, "record patients"),
        ("The firm will cut a further 200 jobs.", 200, "jobs"),
        ("A whopping 40 goals were scored.", 40, "goals"),
        ("She scored a record 48 points on Sunday.", 48, "point"),
    ],
)
def test_claims_a_noun_or_rank_right_before_the_number_is_part_of_what_it_counts(nlp, text, value, unit):
    assert by_value(claims_of(nlp, text), value).unit == unit


@pytest.mark.parametrize(
    ("text", "value", "change"),
    [
        ("The currency has depreciated 20% this year.", 20, "down"),
        ("The yuan appreciated 1.5% against the dollar.", 1.5, "up"),
        ("Costs ballooned 40% to $2 billion.", 40, "up"),
        ("Core prices softened 0.2% in March.", 0.2, "down"),
        ("The stock nosedived 17% after the results.", 17, "down"),
        ("Stocks staged a 5% rally.", 5, "up"),
        ("The economy suffered a 2.1% contraction.", 2.1, "down"),
        ("The town saw a 30% spike in burglaries.", 30, "up"),
    ],
)
def test_claims_verbs_and_nouns_of_currency_and_market_moves_make_a_change(nlp, text, value, change):
    assert by_value(claims_of(nlp, text), value).qualifier == change


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        ("Rescuers recovered 12 bodies from the rubble on Monday.", 12, "="),
        ("Divers dived 40 metres to reach the wreck.", 40, "="),
        ("The flat costs 1,200 euros plus VAT.", 1200, "="),
        ("He was ordered to pay 500 pounds plus costs.", 500, "="),
        ("She topped 11 other candidates in the poll.", 11, "="),
    ],
)
def test_claims_verbs_and_words_that_only_look_like_changes_or_bounds_are_neither(
    nlp, text, value, qualifier
):
    assert by_value(claims_of(nlp, text), value).qualifier == qualifier


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Volunteers collected 2 tonnes of rubbish a week ago.", 2, "tonne"),
        ("Crews had cleared 5 tonnes of debris a year after the storm.", 5, "tonne"),
        ("The well pumped 300 barrels of crude a day.", 300, "barrel per day"),
    ],
)
def test_claims_a_time_after_a_measured_thing_is_a_rate_only_when_it_is_no_point_in_time(
    nlp, text, value, unit
):
    assert by_value(claims_of(nlp, text), value).unit == unit


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("The winger, 26, limped off before half-time.", 26),
        ("A pensioner, 91, was robbed at her door on Sunday.", 91),
        ("The gunman, 33, fled in a stolen car.", 33),
        ("The tycoon, 67, stepped down as chairman.", 67),
        ("Her grandfather, who is 94, still runs the farm.", 94),
        ("Lena Fischer, who is 38, leads the new team.", 38),
    ],
)
def test_claims_an_age_after_a_role_noun_or_who_is(nlp, text, age):
    assert by_value(claims_of(nlp, text), age).unit == "year of age"


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The state will spend Rs 2,400 crore on new roads.", 2.4e10, "indian rupee"),
        ("Some 35 lakh farmers applied for the scheme.", 3.5e6, "farmers"),
        ("The annual budget is 4.5 lakh crore rupees.", 4.5e12, "indian rupee"),
    ],
)
def test_claims_crore_and_lakh_are_scales(nlp, text, value, unit):
    assert by_value(claims_of(nlp, text), value).unit == unit


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Half a million homes lost power in the storm.", 5e5, "homes"),
        ("The club spent half a billion dollars on players.", 5e8, "dollar"),
        ("Officers found half a dozen knives in the car.", 6, "knives"),
    ],
)
def test_claims_half_before_a_scale_word_halves_it(nlp, text, value, unit):
    claims = claims_of(nlp, text)
    assert [c.value for c in claims] == [pytest.approx(value)]
    assert claims[0].unit == unit


@pytest.mark.parametrize(
    ("text", "value", "change"),
    [
        ("The bus fare went up 30 cents on Monday.", 30, "up"),
        ("Diesel went down by 4p a litre this week.", 4, "down"),
        ("The hourly minimum will go up by 75 cents an hour.", 75, "up"),
        ("Stamps are going up 5 pence in April.", 5, "up"),
    ],
)
def test_claims_cents_and_pence_after_up_or_down_are_a_change(nlp, text, value, change):
    assert by_value(claims_of(nlp, text), value).qualifier == change


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The Jamaican won the heat in 10.02s.", 10.02, "second"),
        ("Her best lap was 1.7s quicker than anyone else's.", 1.7, "second"),
        ("The swimmer touched in 52.38s for a new record.", 52.38, "second"),
        ("The suspect is 5ft 11in with short dark hair.", 11, "inch"),
        ("The new centre stands 6ft 9in in his socks.", 9, "inch"),
        ("A fence 7 feet 4in high surrounds the yard.", 4, "inch"),
    ],
)
def test_claims_a_glued_s_after_a_decimal_is_seconds_and_a_glued_in_after_feet_is_inches(
    nlp, text, value, unit
):
    assert by_value(claims_of(nlp, text), value).unit == unit


def test_claims_a_glued_s_after_whole_digits_is_a_plural_or_a_decade(nlp):
    assert claims_of(nlp, "Prices were lower in the 1980s.") == []


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The city hired 350 officers to patrol the parks.", 350, "officers"),
        ("The bank will shut 45 offices across the north.", 45, "offices"),
        ("Some 60 officials were sacked after the audit.", 60, "officials"),
        ("The striker turned down three offers from abroad.", 3, "offers"),
    ],
)
def test_claims_a_counted_noun_that_starts_with_of_is_no_of_phrase(nlp, text, value, unit):
    assert by_value(claims_of(nlp, text), value).unit == unit


@pytest.mark.parametrize(
    ("text", "low", "high", "unit"),
    [
        ("Between 30 and 40 miners were trapped underground.", 30, 40, "miners"),
        ("Between 15 and 20 riders crashed on the wet descent.", 15, 20, "riders"),
        ("Between 8 and 10 boats left the harbour at dawn.", 8, 10, "boats"),
    ],
)
def test_claims_a_range_that_ner_reads_as_a_date_is_kept_when_it_counts_a_plural(nlp, text, low, high, unit):
    claim = by_value(claims_of(nlp, text), low)
    assert (claim.upper, claim.unit) == (high, unit)


def test_claims_a_range_of_years_before_a_plural_is_still_no_claim(nlp):
    assert claims_of(nlp, "Between 2012 and 2016 exports stalled.") == []


@pytest.mark.parametrize(
    ("text", "value", "unit", "change"),
    [
        ("The central bank lifted its rate by half a percentage point.", 0.5, "percentage point", "up"),
        ("Policymakers cut borrowing costs by a quarter point.", 0.25, "point", "down"),
        ("The delay lasted half an hour at the border.", 0.5, "hour", "="),
        ("The drag strip is a quarter mile long.", 0.25, "mile", "="),
    ],
)
def test_claims_half_or_a_quarter_of_one_unit(nlp, text, value, unit, change):
    claim = by_value(claims_of(nlp, text), value)
    assert (claim.unit, claim.qualifier) == (unit, change)


def test_claims_a_quarter_or_half_before_no_unit_is_no_number(nlp):
    assert claims_of(nlp, "The quarter final ended late, and half a team was injured.") == []


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Officials said between 20 and 25 new schools would open.", "new schools"),
        ("Between 6 and 8 armed men stormed the bank.", "armed men"),
        ("The survey found between 40 and 60 rare orchids.", "rare orchids"),
    ],
)
def test_claims_a_range_joined_by_and_counts_the_noun_past_its_adjectives(nlp, text, unit):
    claims = claims_of(nlp, text)
    assert [(c.upper is not None, c.unit) for c in claims] == [(True, unit)]


@pytest.mark.parametrize(
    ("text", "value", "change"),
    [
        ("The miner's shares leapt 22% on the takeover talk.", 22, "up"),
        ("The small-cap index rocketed 9% in a week.", 9, "up"),
        ("The retailer pared its outlook by 3%.", 3, "down"),
        ("The government devalued the peso by 15%.", 15, "down"),
        ("Tech stocks recovered 1.8% after the sell-off.", 1.8, "up"),
        ("The bond index bounced back 40 basis points.", 40, "up"),
        ("The stock gave up 4.5% in late trading.", 4.5, "down"),
        ("The dollar gave back 0.7% of its gains.", 0.7, "down"),
        ("The profit warning wiped 12% off the shares.", 12, "down"),
        ("The tax cut knocked $3 off a tank of fuel.", 3, "down"),
    ],
)
def test_claims_market_verbs_and_phrases_make_a_change(nlp, text, value, change):
    assert by_value(claims_of(nlp, text), value).qualifier == change


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Investigators recovered $4 million of the stolen funds.", 4e6),
        ("Divers recovered 9 bodies from the wreck.", 9),
        ("The bowler took 5 wickets off 30 balls.", 5),
    ],
)
def test_claims_getting_money_or_things_back_is_no_change(nlp, text, value):
    assert by_value(claims_of(nlp, text), value).qualifier == "="


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Customs officers found 25 kilos of heroin in the truck.", 25, "kilogram"),
        ("The estate grows olives on 340 ha near the coast.", 340, "hectare"),
        ("The handset pairs a 64MP main camera with a 5,000mAh cell.", 64, "megapixel"),
        ("The sensor captures 24 megapixels per frame.", 24, "megapixel"),
    ],
)
def test_claims_kilos_hectares_and_megapixels(nlp, text, value, unit):
    assert by_value(claims_of(nlp, text), value).unit.startswith(unit)


def test_claims_mps_apart_from_the_number_are_members_of_parliament(nlp):
    assert by_value(claims_of(nlp, "The party lost 14 MPs at the election."), 14).unit == "MPs"


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The striker signed a £9m-a-year contract.", 9e6, "pound sterling per year"),
        ("The £2.4bn-a-year subsidy ends in May.", 2.4e9, "pound sterling per year"),
        ("Guests paid a $15k-per-head fee for the gala.", 15e3, "dollar per head"),
        ("Rooms cost $350-per-night in the high season.", 350, "dollar per night"),
        ("Engineers raised a 4m-high barrier against the sea.", 4, "metre"),
    ],
)
def test_claims_a_scale_or_unit_glued_before_a_hyphenated_compound(nlp, text, value, unit):
    assert by_value(claims_of(nlp, text), value).unit == unit


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Mr Okonkwo, 58, of Bristol, was fined.", 58),
        ("Nowak, 24, and Lindqvist, 29, were held overnight.", 29),
        ("The actress, now 76, returns to the stage.", 76),
        ("The twins, both 12, were found safe.", 12),
        ("The singer, then 17, signed her first deal.", 17),
    ],
)
def test_claims_an_age_set_off_after_a_name_in_apposition_or_after_now_both_then(nlp, text, age):
    assert by_value(claims_of(nlp, text), age).unit == "year of age"


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("The Hang Seng shed 412 points to 16,980.", 16980),
        ("The Straits Times Index added 18.2 points to close at 3,240.7.", 3240.7),
        ("The Nikkei lost 500 points, or 1.6%, to 31,200.", 31200),
    ],
)
def test_claims_the_level_an_index_reached_after_a_move_in_points_is_in_points(nlp, text, level):
    assert by_value(claims_of(nlp, text), level).unit == "point"


def test_claims_the_level_after_a_move_in_percent_stays_bare(nlp):
    assert by_value(claims_of(nlp, "The stock rose 4.2% to 7.30."), 7.3).unit is None


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Floods wrecked 1,400 homes and left 3,000 more without power.", 3000, "homes"),
        ("Officers detained 9 suspects on Monday and 6 more on Tuesday.", 6, "suspects"),
        ("The club signed 3 strikers in June and 2 more in August.", 2, "strikers"),
    ],
)
def test_claims_n_more_counts_what_the_number_before_it_counts(nlp, text, value, unit):
    assert by_value(claims_of(nlp, text), value).unit == unit


@pytest.mark.parametrize(
    "text",
    [
        "Several thousand people lined the streets for the parade.",
        "A few hundred workers stayed on after the sale.",
        "Many million viewers tuned in, the network said.",
    ],
)
def test_claims_several_or_a_few_before_a_scale_word_says_no_number(nlp, text):
    assert claims_of(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "low", "high", "unit"),
    [
        ("The painting is expected to fetch £3-5m at auction.", 3e6, 5e6, "pound sterling"),
        ("Analysts put the fine at $2 to 4bn.", 2e9, 4e9, "dollar"),
        ("Repairs could cost €15-20k, the council said.", 15e3, 20e3, "euro"),
    ],
)
def test_claims_a_range_of_money_shares_the_scale_glued_to_its_second_end(nlp, text, low, high, unit):
    claim = by_value(claims_of(nlp, text), low)
    assert (claim.upper, claim.unit) == (pytest.approx(high), unit)


def test_claims_a_range_of_lengths_keeps_its_metres(nlp):
    claim = by_value(claims_of(nlp, "The waves reached 5-8m near the pier."), 5)
    assert (claim.upper, claim.unit) == (8, "metre")


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Ozone peaked at 95 parts per billion downtown.", 95, "parts-per-billion"),
        ("The lake held 12 parts per million of nitrate.", 12, "parts-per-million"),
        ("The region had 40 deaths per million residents.", 40, "deaths per million"),
        ("Clinics saw 9 cases per thousand children.", 9, "cases per thousand"),
    ],
)
def test_claims_a_scale_word_after_per_is_the_base_of_a_rate(nlp, text, value, unit):
    claims = claims_of(nlp, text)
    assert [(c.value, c.unit) for c in claims] == [(value, unit)]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The coalition needs 14 more votes to pass the bill.", 14, "votes"),
        ("The hospital will take on 250 more nurses next year.", 250, "nurses"),
        ("The ministry reported 30 fewer road deaths than in 2021.", 30, "road deaths"),
        ("The UN will send 500 further peacekeepers.", 500, "peacekeepers"),
    ],
)
def test_claims_more_fewer_or_further_after_the_number_is_not_what_it_counts(nlp, text, value, unit):
    assert by_value(claims_of(nlp, text), value).unit == unit


@pytest.mark.parametrize(
    ("text", "value", "change"),
    [
        ("Downloads increased by a factor of 4 after the launch.", 4, "up"),
        ("The new process cuts waste by a factor of 20.", 20, "down"),
        ("The forecast was wrong by a factor of three.", 3, "="),
    ],
)
def test_claims_by_a_factor_of_counts_times_and_takes_the_verbs_change(nlp, text, value, change):
    claim = by_value(claims_of(nlp, text), value)
    assert (claim.unit, claim.qualifier) == ("count", change)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The watchdog fined the bank CHF 4.2 million.", 4.2e6, "swiss franc"),
        ("The retailer's sales rose to SEK 61bn.", 61e9, "swedish krone"),
        ("The plant will cost KRW 2.3 trillion.", 2.3e12, "south korean won"),
        ("A bowl of noodles now costs ₦2,500 in Lagos.", 2500, "nigerian naira"),
        ("The chipmaker booked NT$180 billion in revenue.", 180e9, "new taiwan dollar"),
        ("The utility plans to spend RMB 12 billion on the grid.", 12e9, "chinese yuan"),
    ],
)
def test_claims_iso_codes_and_signs_of_more_currencies(nlp, text, value, unit):
    assert by_value(claims_of(nlp, text), value).unit == unit


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The carmaker earned 9.1bn SEK in the quarter.", 9.1e9, "swedish krone"),
        ("Rents average 6,500 HKD a month.", 6500, "hong kong dollar per month"),
        ("The club was sold for 250 million AUD.", 250e6, "australian dollar"),
    ],
)
def test_claims_iso_codes_of_more_currencies_after_the_amount(nlp, text, value, unit):
    assert by_value(claims_of(nlp, text), value).unit == unit


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Season tickets now cost PS450, up from last year.", 450),
        ("The council spent PS2.4m on the new library.", 2.4e6),
        ("The flat sold for PS187,500 within a week.", 187500),
    ],
)
def test_claims_transliterated_pound_sign_glued_to_the_amount(nlp, text, value):
    """ "PS" is the pound sign as an ASCII transliteration writes it, when glued to the amount."""
    assert by_value(claims_of(nlp, text), value).unit == "pound sterling"


@pytest.mark.parametrize(
    "text",
    [
        "He queued all night for a PS5 at the shop.",
        "The PS4 sold well in Japan.",
        "Sales of the PS 5 slowed.",
    ],
)
def test_claims_console_names_are_no_pounds(nlp, text):
    assert all(c.unit != "pound sterling" for c in claims_of(nlp, text))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The hatchback's engine makes 130 PS.", 130),
        ("Its diesel produces 190 PS and plenty of torque.", 190),
        ("The van's 2.0-litre engine is rated at 110 PS (81 kW).", 110),
    ],
)
def test_claims_metric_horsepower_after_the_number(nlp, text, value):
    assert by_value(claims_of(nlp, text), value).unit == "horsepower"


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The well has yielded 40,000 barrels of oil so far.", 40000, "barrel of oil"),
        ("A large pizza can hold 2,300 kcal.", 2300, "kilocalorie"),
        ("Noise near the runway reached 95 decibels.", 95, "decibel"),
        ("The concert peaked at 110 dB.", 110, "decibel"),
    ],
)
def test_claims_oil_barrels_food_energy_and_loudness(nlp, text, value, unit):
    assert by_value(claims_of(nlp, text), value).unit == unit


@pytest.mark.parametrize(
    ("text", "level", "change"),
    [
        ("The miner's shares climbed 12 cents to $3.40 in early trade.", 3.4, "up"),
        ("Support for the coalition slipped four points to 31%.", 31, "down"),
        ("The index lost 0.7% to end at 6,912 on Thursday.", 6912, "down"),
        ("The bank's stock closed down 2% at 318p.", 318, "down"),
        ("Wheat futures fell 9 cents, or 1.4%, to $6.25 a bushel.", 6.25, "down"),
    ],
)
def test_claims_level_reached_by_a_verb_of_change(nlp, text, level, change):
    """The level a verb of change reached after its amount is part of the move."""
    assert by_value(claims_of(nlp, text), level).qualifier == change


@pytest.mark.parametrize(
    ("text", "level", "change"),
    [
        ("Turnover climbed 14% year on year to $2.3 billion.", 2.3e9, "up"),
        ("Net profit fell 8% in the quarter to 1.1 billion euros.", 1.1e9, "down"),
        ("The shares rose 3.4% on Monday to 412 pence.", 412, "up"),
        ("The euro gained 0.5% against the dollar to $1.09.", 1.09, "up"),
        ("Orders soared 25% to a record 18,000.", 18000, "up"),
        ("The index dropped 1.2% in 2023 to 7,102.", 7102, "down"),
        ("The loan rose 5% in value, to the delight of 300 savers.", 300, "="),
    ],
)
def test_claims_level_reached_after_a_phrase_of_when_or_against_what(nlp, text, level, change):
    """A short phrase of when or against what may stand between a move and the level it reached."""
    assert by_value(claims_of(nlp, text), level).qualifier == change


@pytest.mark.parametrize(
    ("text", "level", "change"),
    [
        ("Gold added $12 to $1,950 an ounce.", 1950, "up"),
        ("The stock added 40 cents to $18.", 18, "up"),
        ("The fund added $12 to its holdings of 40 shares.", 40, "="),
    ],
)
def test_claims_level_the_parse_makes_the_verbs_object(nlp, text, level, change):
    """The parse may make the level the object of the verb of change ("added $12 to $1,950"): still reached."""
    assert by_value(claims_of(nlp, text), level).qualifier == change


@pytest.mark.parametrize(
    ("text", "value", "change"),
    [
        ("The company boosted its dividend 10% this year.", 10, "up"),
        ("The chain raised prices 4% last month.", 4, "up"),
        ("The firm lifted its outlook 2 cents.", 2, "up"),
        ("The regulator lowered the cap £50 a year.", 50, "down"),
        ("He spent 5% of his savings.", 5, "="),
        ("They sold the house $20,000 below the asking price.", 20000, "="),
    ],
)
def test_claims_a_verb_of_change_with_its_object_then_the_amount_makes_a_change(nlp, text, value, change):
    """ "raised prices 4%": the amount the parse hangs from the verb after its object is how much it changed."""
    assert by_value(claims_of(nlp, text), value).qualifier == change


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Cases rose to 1,282 on Tuesday, up from 900 a week earlier.", [1282, 900]),
        ("Deaths rose to 40, up from 12 the day before.", [40, 12]),
        ("Arrivals fell to 300 from 450 last year.", [300, 450]),
        ("It happened on May 12 a year ago.", []),
        ("The law passed in 2019 a year earlier.", []),
        ("Interstate 95 last month reopened.", []),
        ("Crews closed Highway 1 a week earlier.", []),
    ],
)
def test_claims_a_number_before_a_relative_time_is_no_date(nlp, text, values):
    """NER reads "900 a week earlier" as one date; the number is a count, the time says when."""
    assert [c.value for c in claims_of(nlp, text)] == values


@pytest.mark.parametrize(
    ("text", "value", "change"),
    [
        ("Shares posted gains of 3% on the day.", 3, "up"),
        ("Sales declines of 4% hit the sector.", 4, "down"),
        ("The fund booked gains of $2 billion.", 2e9, "="),
        ("The pound was 1.5% weaker against the euro.", 1.5, "down"),
        ("The currency is 3% stronger this year.", 3, "up"),
        ("Bookings are higher by 12% this year.", 12, "up"),
        ("The bridge is 20% stronger than steel.", 20, "="),
        ("The new alloy is 30% stronger.", 30, "="),
        ("A 5% weaker signal was detected.", 5, "="),
        ("The tower is higher by 12 metres than the old one.", 12, "="),
        ("The dollar was 2% softer.", 2, "down"),
        ("Costs were lower by 2 points.", 2, "down"),
        ("Growth slowed by 0.4 percentage points.", 0.4, "down"),
        ("Growth slowed to 1.2% in the spring.", 1.2, "="),
        ("The economy saw a slow 2% rise in output.", 2, "up"),
    ],
)
def test_claims_plural_nouns_comparatives_and_slowing_say_a_change(nlp, text, value, change):
    """ "gains of 3%" (of percent or points only: "gains of $2 billion" may be a profit), "1.5% weaker", "higher by
    12%", "slowed by 0.4 points"."""
    assert by_value(claims_of(nlp, text), value).qualifier == change


@pytest.mark.parametrize(
    ("text", "change"),
    [
        ("The dollar was 2% firmer than a week ago.", "up"),
        ("The pound was 3% weaker than a year earlier.", "down"),
        ("The yen is 4% stronger than at the start of the year.", "up"),
        ("The euro was 1% softer than last month.", "down"),
        ("The Korean won was 2% weaker on Friday.", "down"),
        ("The squad that won the title is 10% stronger, the coach said.", "="),
        ("The team is 5% stronger, while prices of tickets rose at the start of the season.", "="),
        ("The dollar was 2% firmer than the euro.", "="),
    ],
)
def test_claims_strength_is_a_change_of_a_market_named_near_it_or_against_a_time(nlp, text, change):
    """ "than" a time compares with before, a change; a comparative of strength is a market's only where its
    subject or the words around it name one (the won as a currency, not the verb), not anywhere in the sentence."""
    assert [(c.value, c.unit, c.qualifier) for c in claims_of(nlp, text)] == [
        (pytest.approx(float(re.search(r"(\d+)%", text).group(1))), "percent", change)
    ]


@pytest.mark.parametrize(
    ("text", "value", "change"),
    [
        ("The storm dropped 4 inches of rain on the city.", 4, "="),
        ("The front dropped 2 feet of snow on the hills.", 2, "="),
        ("Rainfall dropped 20% this year.", 20, "down"),
        ("Temperatures dropped 10 degrees overnight.", 10, "down"),
    ],
)
def test_claims_what_a_storm_drops_is_no_fall(nlp, text, value, change):
    assert by_value(claims_of(nlp, text), value).qualifier == change


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Retailers gained, with the grocer up 3% to $41.", 41),
        ("The stock finished 5% higher at 212p.", 212),
        ("Revenue was $4.2 billion, and the dividend rose to 30 cents.", 4.2e9),
    ],
)
def test_claims_price_beside_a_change_without_its_verb_is_no_change(nlp, text, level):
    assert by_value(claims_of(nlp, text), level).qualifier == "="


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The port is one of the busiest harbours in Europe.", "busiest harbours"),
        ("She became one of its youngest directors last year.", "youngest directors"),
        ("It is one of Italy's oldest football clubs.", "oldest football clubs"),
    ],
)
def test_claims_one_of_a_group_counts_one_member(nlp, text, unit):
    assert by_value(claims_of(nlp, text), 1).unit == unit


@pytest.mark.parametrize(
    "text", ["One of them left early.", "No one of the group spoke.", "Each one of us has a vote."]
)
def test_claims_one_without_a_named_group_is_no_count(nlp, text):
    assert not [c for c in claims_of(nlp, text) if c.value == 1]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The Nasdaq closed at 14,210.5 after a late sell-off.", 14210.5),
        ("The blue-chip index slipped 0.3% to end at 7,086.", 7086),
        ("Tokyo's Nikkei average finished the week at 31,200.", 31200),
    ],
)
def test_claims_index_level_is_in_points(nlp, text, value):
    assert by_value(claims_of(nlp, text), value).unit == "point"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The retailer's shares closed at 152.40 in New York.", 152.4),
        ("The pound traded at 1.2650 against the dollar.", 1.265),
        ("The index rose as 300 workers returned.", 300),
    ],
)
def test_claims_prices_and_counts_beside_no_index_get_no_points(nlp, text, value):
    assert by_value(claims_of(nlp, text), value).unit != "point"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The seven-day average of new infections fell to 4,500 on Friday.", 4500),
        ("The average number of daily admissions rose to 350 last week.", 350),
    ],
)
def test_claims_a_common_average_is_no_index_quoted_in_points(nlp, text, value):
    assert by_value(claims_of(nlp, text), value).unit != "point"


def test_claims_an_index_named_average_is_quoted_in_points(nlp):
    claim = by_value(claims_of(nlp, "The Dow Jones Industrial Average closed at 34,500."), 34500)
    assert claim.unit == "point"


@pytest.mark.parametrize(
    ("text", "value", "unit", "change"),
    [
        ("The central bank trimmed its key rate by a quarter-point.", 0.25, "point", "down"),
        ("Markets expect a half-point rise next month.", 0.5, "point", "up"),
        ("Policymakers raised rates by a quarter point in June.", 0.25, "point", "up"),
    ],
)
def test_claims_fraction_of_a_point_hyphened_or_not(nlp, text, value, unit, change):
    claim = by_value(claims_of(nlp, text), value)
    assert (claim.unit, claim.qualifier) == (unit, change)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The state set aside Rs 250cr for flood relief.", 2.5e9, "indian rupee"),
        ("The temple trust received ₹12cr in donations.", 1.2e8, "indian rupee"),
        ("Rs 1,200cr was spent on the metro line.", 1.2e10, "indian rupee"),
    ],
)
def test_claims_crore_glued_to_a_rupee_amount(nlp, text, value, unit):
    assert by_value(claims_of(nlp, text), value).unit == unit


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The hike takes 4½ hours in good weather.", 4.5, "hour"),
        ("He served 3 1/2 years in prison.", 3.5, "year"),
        ("Just ¾ mile of track remains to be laid.", 0.75, "mile"),
        ("The board is 7-1/4 inches wide.", 7.25, "inch"),
    ],
)
def test_claims_whole_numbers_with_a_fraction(nlp, text, value, unit):
    assert by_value(claims_of(nlp, text), value).unit == unit


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The studio sold 2½ million tickets.", 2.5e6),
        ("The province borrowed 4 1/2 billion dollars.", 4.5e9),
    ],
)
def test_claims_whole_number_with_a_fraction_takes_its_scale(nlp, text, value):
    claims = claims_of(nlp, text)
    assert [c.value for c in claims] == [pytest.approx(value)], claims


@pytest.mark.parametrize(
    "text",
    ["The appeal dragged on for two and a half years.", "The drive took three and a quarter hours."],
)
def test_claims_and_a_half_after_a_whole_is_not_read_as_a_half_alone(nlp, text):
    assert all(c.value not in (0.5, 0.25) for c in claims_of(nlp, text)), claims_of(nlp, text)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Cleaners there earn $12/hour.", 12, "dollar per hour"),
        ("Parking costs £4/day near the station.", 4, "pound sterling per day"),
        ("Rooms start at €90/night.", 90, "euro per night"),
    ],
)
def test_claims_money_with_a_slashed_rate(nlp, text, value, unit):
    assert by_value(claims_of(nlp, text), value).unit == unit


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("About 400 Amazon workers walked out on Friday.", 400, "Amazon workers"),
        ("Some 30 Tesla owners joined the lawsuit.", 30, "Tesla owners"),
        ("The carrier ordered 50 Airbus A350 jets.", 50, "Airbus A350 jets"),
        ("The airline flies 120 Boeing 737 planes.", 120, "Boeing 737 planes"),
    ],
)
def test_claims_count_of_a_plural_noun_past_a_company_name(nlp, text, value, unit):
    assert by_value(claims_of(nlp, text), value).unit == unit


@pytest.mark.parametrize(
    "text", ["He walked past 10 Downing Street.", "The S&P 500 rose.", "They bought 5 2019 models."]
)
def test_claims_numbers_in_names_or_years_count_no_plural_past_them(nlp, text):
    assert all(c.unit is None or "street" not in c.unit.lower() for c in claims_of(nlp, text))
    assert not any(c.unit and "2019" in c.unit for c in claims_of(nlp, text))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Patrick Byrne (58) was fined at the district court.", 58),
        ("Siobhan Walsh (27), from Galway, was hurt in the crash.", 27),
        ("The cyclist (44) was taken to hospital.", 44),
    ],
)
def test_claims_age_in_brackets_after_a_person(nlp, text, value):
    assert by_value(claims_of(nlp, text), value).unit == "year of age"


@pytest.mark.parametrize(
    "text", ["The Greens (14) gained seats.", "Ford (3) and Honda (2) recalled cars.", "Item (12) was sold."]
)
def test_claims_number_in_brackets_after_no_person_is_no_age(nlp, text):
    assert all(c.unit != "year of age" for c in claims_of(nlp, text))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The motion needs a two-thirds majority to pass.", 2 / 3),
        ("A three-quarters share of the firm was sold.", 0.75),
        ("Nine-tenths of the forest burned.", 0.9),
    ],
)
def test_claims_hyphened_fraction_is_one_number(nlp, text, value):
    claims = claims_of(nlp, text)
    assert by_value(claims, value)
    assert not [c for c in claims if c.value in (2, 3, 9)]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The studio flat measures just 28m².", 28, "square metre"),
        ("The reserve spans 340 km² of wetland.", 340, "square kilometre"),
        ("A chocolate bar cost 60¢ in 1990.", 60, "cent"),
        ("He broke free for a 45 yd gain.", 45, "yard"),
        ("The yacht averaged 11 knots.", 11, "knot"),
        ("Central pressure dropped to 945 hPa.", 945, "hectopascal"),
        ("Workers there absorbed 2.4 mSv a year.", 2.4, "millisievert per year"),
        ("The drone records video at 120 fps.", 120, "frame per second"),
    ],
)
def test_claims_unit_symbols_of_area_money_distance_speed_pressure_dose_and_frames(nlp, text, value, unit):
    assert by_value(claims_of(nlp, text), value).unit == unit


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The tank holds 500 m³ of water.", 500, "cubic metre"),
        ("The reservoir stores 2.5 million m3 of rainwater.", 2.5e6, "cubic metre"),
        ("Greenland shed 280 km3 of ice last summer.", 280, "cubic kilometre"),
        ("The lake lost 12 cubic kilometres of ice.", 12, "cubic kilometre"),
        ("The scooter has a 125 cm3 engine.", 125, "millilitre"),
        ("The V8 has 350 cubic inches of displacement.", 350, "cubic inch"),
        ("The park covers 40 sq mi of forest.", 40, "square mile"),
        ("Emissions fell to 36 Gt of carbon dioxide.", 36, "gigaton"),
        ("The plant captures 1.5 Mt of CO2.", 1.5, "megaton"),
        ("The smelter has a capacity of 4 Mt.", 4, "megaton"),
        ("Emissions reached 2.1 Mt CO2 in 2022.", 2.1, "megaton"),
    ],
)
def test_claims_units_of_volume_in_cubes_square_miles_and_emissions(nlp, text, value, unit):
    """Cubes, square miles and gigatonnes by the names of CQE's unit table."""
    assert by_value(claims_of(nlp, text), value).unit == unit


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Emissions fell by 2 Mt to 40 Mt last year.", 40, "megaton"),
        ("Global emissions reached 37 Gt in 2022.", 37, "gigaton"),
        ("The refinery's output rose to 1,200 Mt in 2023.", 1200, "megaton"),
        ("The new pit will add 5 Mt by 2030.", 5, "megaton"),
        ("Coal exports hit 12 Mt last year.", 12, "megaton"),
        ("The smelter made 3 Mt and its rival 2 Mt.", 3, "megaton"),
    ],
)
def test_claims_mt_and_gt_before_a_lower_case_word_are_tonnes(nlp, text, value, unit):
    """ "Mt" and "Gt" are megatonnes and gigatonnes before "in", "by", "to", "last" or "and": only a capitalised
    name after them makes a mountain."""
    assert by_value(claims_of(nlp, text), value).unit == unit


def test_claims_mt_range_keeps_both_ends(nlp):
    """ "from 40 Mt to 35 Mt" is a range of megatonnes, not a single tonnage."""
    claim = by_value(claims_of(nlp, "Production fell from 40 Mt to 35 Mt."), 35)
    assert (claim.upper, claim.unit) == (40, "megaton")


@pytest.mark.parametrize(
    "text",
    [
        "The 2 M3 cars sold for $90,000.",
        "Snow closed 4 Mt Hood ski runs on Sunday.",
        "Three of the 5 Mt Everest expeditions were called off.",
        "The 2 Mt Kenya climbers were rescued.",
    ],
)
def test_claims_upper_case_m3_and_mount_are_no_units(nlp, text):
    """ "M3" in capitals is a car, and "Mt" before a name is a mountain ("4 Mt Hood ski runs"), not megatonnes."""
    assert all(c.unit not in ("cubic metre", "megaton") for c in claims_of(nlp, text))


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        ("Shares of the airline collapsed 42% after the warning.", 42, "down"),
        ("The index stumbled 1.3% in early trade.", 1.3, "down"),
        ("The start-up's valuation collapsed by 80 percent.", 80, "down"),
        ("The stock flopped 12% on its first day.", 12, "down"),
        ("The peso collapsed by 30 cents against the dollar.", 30, "down"),
        ("The shares collapsed 40% to $3.10.", 3.1, "down"),
        ("The bridge collapsed 20 metres into the river.", 20, "="),
        ("He stumbled 3 times on the stairs.", 3, "="),
        ("The army surrendered 3,000 rifles.", 3000, "="),
        ("The suspect surrendered $40,000 in cash to police.", 40000, "="),
        ("The founder agreed to surrender 10% of his shares.", 10, "="),
        ("The tenants surrendered $2,000 deposits when they left.", 2000, "="),
    ],
)
def test_claims_falls_of_a_ratio_or_money_collapse_stumble_flop(nlp, text, value, qualifier):
    """CQE's change words "collapse", "stumble", "flop" say a fall of a percentage, points or money only; a sum
    or a stake surrendered is handed over, not a fall."""
    assert by_value(claims_of(nlp, text), value).qualifier == qualifier


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        ("The crowd was larger than 50,000 people.", 50000, ">="),
        ("The blast left a crater bigger than 20 metres across.", 20, ">="),
        ("The new chip is smaller than 5 nanometres.", 5, "<="),
        ("The fleet is larger than 300 ships.", 300, ">="),
        ("The deficit was smaller than $2 billion.", 2e9, "<="),
    ],
)
def test_claims_bounds_of_size(nlp, text, value, qualifier):
    """CQE's bound words of size: "larger", "bigger" and "smaller" than."""
    assert by_value(claims_of(nlp, text), value).qualifier == qualifier


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The miners were trapped beneath 300 metres of rock.", 300),
        ("Rescuers found survivors beneath 40 tonnes of rubble.", 40),
        ("The wreck rests beneath 3,800 metres of water.", 3800),
        ("Our crowd was larger than 37 of 45 concerts last year.", 37),
        ("The hall is bigger than 3 of the 4 arenas in town.", 3),
        ("The new plant is smaller than 2 of its 5 rivals.", 2),
    ],
)
def test_claims_beneath_and_size_against_some_of_a_count_are_no_bounds(nlp, text, value):
    """ "Beneath" a quantity is a place, and a size compared with "N of M" things counts N exactly: "="."""
    assert by_value(claims_of(nlp, text), value).qualifier == "="


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("As many as 300 people died in the quake.", 300),
        ("The storm could cost as much as $2 billion.", 2e9),
        ("Up to 40 people and as many as 60 may have died.", 60),
    ],
)
def test_claims_as_many_as_is_the_top_of_an_estimate(nlp, text, value):
    """ "As many as"/"as much as" give the top of an estimate, like "up to": "<=", not the exact "="."""
    assert by_value(claims_of(nlp, text), value).qualifier == "<="


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("A quarter of the staff were laid off.", 0.25, "staff"),
        ("About a quarter of adults smoke.", 0.25, "adults"),
        ("Three quarters of the budget goes on salaries.", 0.75, "budget"),
        ("The work took a quarter of an hour.", 0.25, "hour"),
    ],
)
def test_claims_a_quarter_of_a_whole_is_a_fraction_not_a_date(nlp, text, value, unit):
    """NER reads "a quarter" as a date; with "of" after it, it is a share of what follows."""
    assert by_value(claims_of(nlp, text), value).unit == unit


@pytest.mark.parametrize(
    "text",
    [
        "Profits fell in the first quarter of the year.",
        "Sales rose in the fourth quarter.",
        "In the second half of 2024, profits doubled.",
        "The club struggled in the first half of the season.",
        "Output rose in the latter half of the decade.",
        "The striker scored twice in the second half of the match.",
        "The club won nothing for half of the season.",
    ],
)
def test_claims_a_quarter_of_the_year_stays_a_date(nlp, text):
    """A fraction word after an ordinal or a position ("the second half"), or before a period or a year ("half of
    the season", "half of 2024"), is part of a date."""
    assert claims_of(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Half of the year-end payout went to staff.", 0.5),
        ("About a quarter of the quarter-final tickets were unsold.", 0.25),
        ("Half of the week-long festival budget was spent.", 0.5),
        ("Half of the month-end invoices were late.", 0.5),
    ],
)
def test_claims_a_fraction_of_a_hyphened_period_word_is_a_share(nlp, text, value):
    """A period word that starts a hyphened compound ("the year-end payout", "the quarter-final tickets") names
    what is shared, not a period: the fraction is a claim."""
    assert by_value(claims_of(nlp, text), value)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Nearly a quarter of the $90 million was spent.", 0.25, None),
        ("The bank lent half of the 2 million euros.", 0.5, None),
        ("About half of the 2,000 jobs went.", 0.5, "jobs"),
        ("A third of the 90 seats changed hands.", 1 / 3, "seats"),
        ("The lead was less than half of 1 percent.", 0.5, "percent"),
        ("Christians make up a quarter of one percent of arrivals.", 0.25, "percent"),
        ("Two of the 12 km of track were laid.", 2, "kilometre"),
        ("Five of the 20 miles of coast were closed.", 5, "mile"),
        ("Only three of the 7 days of the fair were dry.", 3, "day"),
        ("Four of the 9 tonnes arrived late.", 4, "tonne"),
    ],
)
def test_claims_a_fraction_of_a_number_takes_no_number_for_unit(nlp, text, value, unit):
    """The whole after a fraction's "of" is a number of its own: neither it nor its currency is the fraction's
    unit ("a quarter of the $90 million" is no $0.25); a noun it counts is, and so is the unit of a whole of
    one ("half of 1 percent" is 0.5%). A whole number in words keeps the unit ("two of the 12 km" are 2 km)."""
    assert by_value(claims_of(nlp, text), value).unit == unit


@pytest.mark.parametrize(
    "text",
    [
        "She blamed him for the last decade and a half of harbour policies.",
        "The project took a year and a half of work.",
        "The feud lasted a century and a half of bitter rivalry.",
    ],
)
def test_claims_a_half_after_a_whole_and_is_no_share(nlp, text):
    """ "A decade and a half of ...": the half belongs to the whole before it; it is no share of what follows."""
    assert all(c.value != 0.5 for c in claims_of(nlp, text))


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("He is 5-foot-10 and weighs 180 pounds.", 10, "inch"),
        ("The 6-foot-4 quarterback threw for 300 yards.", 4, "inch"),
        ("At 6-foot-2, she towers over her teammates.", 2, "inch"),
        ("He stands 6 foot 2 in his socks.", 2, "inch"),
        ("A 10-foot wall and 3 gates surround the site.", 3, "gates"),
        ("The workers dug 30 feet 3 storeys below the street.", 3, "storeys"),
        ("The climber fell 40 feet 2 ledges down the face.", 2, "ledges"),
        ("The wall is 12 feet 8 layers of brick thick.", 8, "layers"),
        ("The 6 foot 3 defender headed home.", 3, "inch"),
        ("Their 5 foot 8 midfielder was booked.", 8, "inch"),
        ("A 6 foot 1 goalkeeper joined on loan.", 1, "inch"),
    ],
)
def test_claims_a_height_in_feet_then_inches(nlp, text, value, unit):
    """A bare number after a height's feet ("5-foot-10") is its inches, not an age or a count; spaced ("6 foot
    2", "the 6 foot 3 defender"), not when a plural noun follows it ("30 feet 3 storeys")."""
    assert by_value(claims_of(nlp, text), value).unit == unit


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        ("The country pledged 1 billion euros in aid over five years.", 5, "="),
        ("The storm dropped 10 inches of rain over two days.", 2, "="),
        ("The charity raised $2 million in donations over three months.", 3, "="),
        ("He has worked there for over 10 years.", 10, ">="),
        ("The warehouse stores 5,000 tonnes of cheese over 12 months old.", 12, ">="),
        ("The bank holds $2 billion of loans over 90 days overdue.", 90, ">="),
        ("The bank wrote off $3 million in loans over 90 days late.", 90, ">="),
        ("The survey found 40% of workers over 50 years were worried.", 50, ">="),
        ("The mill cut 25% of its staff over 20 years.", 20, "="),
        ("The party lost 35% of its members over 30 years.", 30, "="),
        ("The church lost 3,000 members over 40 years.", 40, "="),
    ],
)
def test_claims_over_a_span_after_what_a_count_is_of(nlp, text, value, qualifier):
    """ "Over" a span after a count and what it is of ("of rain", "in aid") says across what time, not more; an
    age or a delay ("months old", "days overdue") or an age of the people it is of ("of workers") stays more,
    unless the count is a change ("cut 25% of its staff over 20 years": the change's span)."""
    assert by_value(claims_of(nlp, text), value).qualifier == qualifier


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("He drinks 3 cups of coffee a day.", 3, "cups per day"),
        ("Eat 5 portions of fruit a day.", 5, "portions per day"),
        ("The charity served 500 bowls of soup a night.", 500, "bowls per night"),
        ("Adults need 7 to 9 hours of sleep a night.", 7, "hour per night"),
        ("The village lost 40 of its people a year ago.", 40, "people"),
        ("He ate 2 slices of cake per guest.", 2, "slices"),
        ("Patients received two doses of the vaccine a month apart.", 2, "doses"),
        ("The sides held three rounds of talks a week apart.", 3, "rounds"),
        ("She ran 3 laps of the track a minute faster than her rival.", 3, "laps"),
        ("He finished 2 laps of the circuit a second quicker.", 2, "laps"),
        ("The army freed 12 of the hostages a week into the siege.", 12, "hostages"),
        ("The wells pump 800,000 barrels of crude a day into the market.", 800000, "barrel per day"),
        ("The mill pours 6 tonnes of waste a day into the lake.", 6, "tonne per day"),
        ("She drinks 4 cups of tea a day rather than coffee.", 4, "cups per day"),
        ("The quarry digs 50 tonnes of stone a year ahead of plan.", 50, "tonne per year"),
        ("The depot trucks 90 tonnes of salt a week away from the port.", 90, "tonne per week"),
        ("He runs 5 laps a day rather than ten.", 5, "laps per day"),
        ("The rebels let 9 hostages go a week into the standoff.", 9, "hostages"),
    ],
)
def test_claims_a_count_of_a_thing_over_a_time_is_a_rate(nlp, text, value, unit):
    """A count or a measure of a thing, then a time ("a day", "a night"), is a rate of the count; not when the
    time says how far apart or by how much ("a month apart", "a minute faster", "a week into")."""
    assert by_value(claims_of(nlp, text), value).unit == unit


def test_claims_descending_bare_numbers_stay_apart(nlp):
    claims = claims_of(nlp, "The committee voted 7 to 5 against the plan.")
    assert all(c.upper is None for c in claims)


@pytest.mark.parametrize(
    "text", ["The film was shot in 8K resolution.", "Buy a 4K TV this weekend.", "It streams 4K video."]
)
def test_claims_resolution_names_are_no_thousands(nlp, text):
    assert not [c for c in claims_of(nlp, text) if c.value >= 1000]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The race drew 5K runners.", 5000),
        ("Tickets cost $4K each.", 4000),
        ("The post got 12K likes.", 12000),
    ],
)
def test_claims_capital_k_still_scales_counts_and_money(nlp, text, value):
    assert by_value(claims_of(nlp, text), value)


@pytest.mark.parametrize(
    ("text", "value", "change"),
    [
        ("Turnover was 6% down on the year before.", 6, "down"),
        ("The Greens are 4 points up since the spring.", 4, "up"),
        ("By noon the shares were 30p down.", 30, "down"),
    ],
)
def test_claims_up_or_down_after_an_amount_of_change(nlp, text, value, change):
    assert by_value(claims_of(nlp, text), value).qualifier == change


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Buyers put a $20,000 down payment on the house.", 20000),
        ("Backers paid 10% up front.", 10),
        ("The office is 200 metres down the road.", 200),
    ],
)
def test_claims_up_or_down_after_a_payment_or_a_distance_is_no_change(nlp, text, value):
    assert by_value(claims_of(nlp, text), value).qualifier == "="


def test_claims_level_after_a_verb_and_up(nlp):
    claims = claims_of(nlp, "Joblessness ticked up 0.2 percentage point to 4.1% in May.")
    assert by_value(claims, 4.1).qualifier == "up"


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        ("Shares rose about 4% in early trade.", 4, "~"),
        ("The index has climbed more than 10% this year.", 10, ">="),
        ("Exports fell nearly 6% in March.", 6, "~"),
        ("Chip stocks gained under 2% on Monday.", 2, "up"),
    ],
)
def test_claims_approximation_and_lower_bound_win_over_a_change(nlp, text, value, qualifier):
    assert by_value(claims_of(nlp, text), value).qualifier == qualifier


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The bank trades at barely 5 times earnings.", 5),
        ("Turnout was barely 40%.", 40),
        ("They had barely 20 minutes to leave.", 20),
    ],
)
def test_claims_barely_is_an_approximation(nlp, text, value):
    assert by_value(claims_of(nlp, text), value).qualifier == "~"


@pytest.mark.parametrize(
    "text",
    [
        "He still plays his old PS-3 at weekends.",
        "The shop sold its last PS-2 on Friday.",
        "A PS-4 was stolen from the school.",
    ],
)
def test_claims_a_currency_mark_hyphened_to_digits_is_a_models_code(nlp, text):
    assert not [c for c in claims_of(nlp, text) if c.unit == "pound sterling"]


@pytest.mark.parametrize(
    "text",
    [
        "Sony sold 40 million PS-2 consoles.",
        "It shipped 2 million MP-3 players last year.",
        "The airline bought 12 more DC-10 jets.",
    ],
)
def test_claims_a_unit_symbol_hyphened_to_digits_is_no_unit(nlp, text):
    assert all(c.unit not in ("horsepower", "megapixel") for c in claims_of(nlp, text))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The ſix ferries sailed at dawn.", 6.0),
        ("Lee won a thİrd of the vote.", 1 / 3),
        ("Thouſands of people fled the coast.", 1000.0),
        ("One out of every fıve boats sank.", 5.0),
    ],
)
def test_claims_a_number_word_with_a_letter_that_lower_cases_oddly_is_read(
    nlp, text: str, value: float
) -> None:
    assert value in [c.value for c in claims_of(nlp, text)]


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Officials now fear that 45 to 50,000 homes were flooded by the river.", 45e3, 50e3),
        ("Between 8 and 12,000 homes were left without power overnight.", 8e3, 12e3),
        ("The storm destroyed 3-4,000 houses along the coast.", 3e3, 4e3),
        ("The plan is backed by some 45 to 50,000 voters in the north.", 45e3, 50e3),
    ],
)
def test_claims_a_range_written_short_shares_the_thousands_of_its_second_end(nlp, text, low, high):
    assert by_value(claims_of(nlp, text), low).upper == pytest.approx(high)


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Membership rose from 45 to 50,000 in a decade.", 45, 50e3),
        ("Between 20 and 1,000 workers could lose their jobs.", 20, 1e3),
        ("Counts put the flock at 40 to 600,000 birds, a range wide enough to mean little.", 40, 600e3),
        ("Membership rose from about 45 to 50,000 in a decade.", 45, 50e3),
        ("Seats are numbered 1 to 5,000 in the new stadium.", 1, 5e3),
    ],
)
def test_claims_a_range_far_apart_or_a_change_keeps_its_first_end(nlp, text, low, high):
    assert by_value(claims_of(nlp, text), low).upper == pytest.approx(high)


def test_claims_a_change_by_an_amount_and_its_level_stay_two_claims_when_written_short(nlp):
    assert sorted(c.value for c in claims_of(nlp, "Membership rose by 12 to 20,000 last year.")) == [
        12,
        20000,
    ]
    assert 12000 not in [c.value for c in claims_of(nlp, "Membership rose by some 12 to 20,000 last year.")]
