"""How one claim reads in its clause (``figure_scope``): what it counts, of what, where, over which span of time.

Hand-made sentences, claims, places and dates (no spaCy); each rule is checked on several wordings.
"""

from __future__ import annotations

import pytest

from storyline.models import Analysis, Article, Claim, DateRef, Mention, Published, Span
from storyline.reconstruct.figure_scope import Reading, read_claim, read_claims

FIRST_DAY = "2010-01-12"


def read(
    text: str,
    words: str,
    value: float,
    unit: str | None = None,
    qualifier: str = "=",
    *,
    places: tuple[tuple[str, str], ...] = (),
    years: tuple[str, ...] = (),
    concept: str | None = None,
    upper: float | None = None,
    day: str = "2010-01-20",
) -> Reading:
    """The reading of the claim ``words`` in ``text``; ``places`` are (words, label) mentions, ``years`` the
    four-digit years of the text as date expressions."""
    article = Article("a1", "a1.txt", text, published=Published.exact(day, "metadata"))
    mentions = tuple(Mention(text.index(w), text.index(w) + len(w), w, label) for w, label in places)
    dates = tuple(
        DateRef(text.index(y), text.index(y) + 4, y, "DATE", y, f"{y}-01-01", f"{y}-12-31", "absolute")
        for y in years
    )
    start = text.index(words)
    claim = Claim(
        start, start + len(words), words, value, upper=upper, unit=unit, qualifier=qualifier, concept=concept
    )
    analysis = Analysis(
        "a1", sentences=(Span(0, len(text)),), mentions=mentions, dates=dates, claims=(claim,)
    )
    return read_claim(claim, article, analysis, FIRST_DAY)


# ---- over which span of time ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "value", "year"),
    [
        (
            "The 1918 pandemic killed an estimated 50 million people.",
            "killed an estimated 50 million people",
            5e7,
            "1918",
        ),
        (
            "In 1946, a quake off the coast raised a wave that killed almost 1,700 people.",
            "killed almost 1,700 people",
            1700,
            "1946",
        ),
        ("Storms in 2008 left almost 800 people dead across the island.", "almost 800 people", 800, "2008"),
        ("Bird flu has killed 212 people since 2004.", "has killed 212 people", 212, "2004"),
    ],
)
def test_scope_a_count_dated_before_the_story_is_history(text, words, value, year):
    assert read(text, words, value, "people", years=(year,)).scope == "history"


def test_scope_a_superlative_since_a_year_only_compares():
    text = "The quake, the worst since 1812, has killed 150,000 people."
    assert read(text, "has killed 150,000 people", 1.5e5, "people", years=("1812",)).scope == "event"


def test_scope_a_time_stamp_opening_a_live_entry_is_no_date_of_the_count():
    text = "1850 The Red Cross says 40,000 people died in the quake."
    assert read(text, "40,000 people died", 4e4, "people", years=("1850",)).scope == "event"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Seasonal flu kills about 30,000 people in the country.", "about 30,000 people"),
        ("Between 200,000 and 400,000 people die of flu each year.", "Between 200,000 and 400,000 people"),
        ("Malaria kills 600,000 people annually.", "600,000 people"),
        ("Doctors say 3,000 people who could be treated are dying a day.", "3,000 people"),
    ],
)
def test_scope_a_rate_or_yearly_average_is_not_the_events_count(text, words):
    assert read(text, words, 1000, "people", concept="die").scope == "rate"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Officials warned that up to 21,000 people will die this winter.", "up to 21,000 people will die"),
        ("A severe pandemic could kill 100 million people.", "100 million people"),
        ("The model predicted 90,000 deaths in a bad season.", "90,000 deaths"),
    ],
)
def test_scope_a_forecast_is_not_a_count(text, words):
    assert read(text, words, 1000, "people", concept="die").scope == "forecast"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Up to 3,000 villagers may have drowned when the dam broke.",
            "Up to 3,000 villagers may have drowned",
        ),
        ("By Friday the count of the dead was well over 4,000.", "well over 4,000"),
        ("Officials privately put the final count as high as 6,500.", "as high as 6,500"),
    ],
)
def test_scope_an_estimate_of_what_happened_is_the_events_count(text, words):
    assert read(text, words, 1000, None, concept="death toll").scope == "event"


@pytest.mark.parametrize(
    "text",
    [
        "Another quake in the region killed 5,000 people.",
        "The previous pandemic killed 5,000 people.",
        "A similar earthquake killed 5,000 people there.",
    ],
)
def test_scope_another_event_of_the_kind_is_history(text):
    assert read(text, "killed 5,000 people", 5000, "people").scope == "history"


# ---- where -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "place", "where"),
    [
        (
            "The virus has killed up to 117 people in Norway.",
            "has killed up to 117 people",
            "Norway",
            "Norway",
        ),
        ("In Chile, fewer than 1,000 people died.", "fewer than 1,000 people died", "Chile", "Chile"),
        ("Norway has reported 4,312 cases with 97 deaths.", "97 deaths", "Norway", "Norway"),
        ("The quake that struck Chile killed 500 people.", "killed 500 people", "Chile", "Chile"),
        (
            "Norway: one death, at least 73 confirmed cases.",
            "at least 73 confirmed cases",
            "Norway",
            "Norway",
        ),
        ("Iceland: 4 confirmed, 11 probable cases", "11 probable cases", "Iceland", "Iceland"),
        ("Flu counts so far. Peru: 2 deaths, 40 suspected cases", "40 suspected cases", "Peru", "Peru"),
        ("The WHO said Peru has reported 400 cases.", "400 cases", "Peru", "Peru"),
        ("Officials said on Friday that Chile had confirmed 75 cases.", "75 cases", "Chile", "Chile"),
        ("Health officials announced Kenya has recorded 12 deaths.", "12 deaths", "Kenya", "Kenya"),
        ("The agency says Ghana now has 30 confirmed cases.", "30 confirmed cases", "Ghana", "Ghana"),
        ("However, neighbouring Chile has two confirmed cases.", "two confirmed cases", "Chile", "Chile"),
        ("Meanwhile Peru has recorded 12 deaths.", "12 deaths", "Peru", "Peru"),
        ("Elsewhere, nearby Bolivia reported 40 cases.", "40 cases", "Bolivia", "Bolivia"),
    ],
)
def test_place_a_preposition_a_subject_or_a_heading_places_the_count(text, words, place, where):
    assert read(text, words, 100, "people", places=((place, "GPE"),), concept="died").place == where


@pytest.mark.parametrize(
    ("text", "words", "place"),
    [
        (
            "The prime minister told US network CNN that 100,000 people had died.",
            "100,000 people had died",
            "US",
        ),
        (
            "Russia says the war, which has killed 100,000 people, must end.",
            "has killed 100,000 people",
            "Russia",
        ),
        (
            "The quake hit the Caribbean country and killed thousands of people.",
            "killed thousands of people",
            "Caribbean",
        ),
    ],
)
def test_place_a_name_that_places_nothing_is_no_place(text, words, place):
    assert read(text, words, 1000, "people", places=((place, "GPE"),)).place is None


@pytest.mark.parametrize(
    "text",
    [
        "The virus has killed 79 people worldwide.",
        "The disease has infected 21,300 people in 64 countries.",
        "It has killed 53 people, mostly in Norway.",
    ],
)
def test_place_a_count_larger_than_one_place_is_the_worlds(text):
    words = next(w for w in ("79 people", "21,300 people", "53 people") if w in text)
    places = (("Norway", "GPE"),) if "Norway" in text else ()
    assert read(text, words, 50, "people", places=places).place == "world"


def test_place_a_nationality_before_the_event_names_the_place_by_its_people():
    text = "More than 3,200 people had drowned in the Lorvian floods."
    got = read(text, "More than 3,200 people had drowned", 3200, "people", places=(("Lorvian", "NORP"),))
    assert (got.place, got.by_people) == ("Lorvian", True)


# ---- what is counted -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "unit", "part"),
    [
        ("It said 9 other UN staff had died.", "9 other UN staff had died", "other UN staff", "UN staff"),
        (
            "Two of its peacekeepers had died.",
            "Two of its peacekeepers had died",
            "peacekeepers",
            "peacekeepers",
        ),
        (
            "The UN says 24 of its personnel were killed.",
            "24 of its personnel were killed",
            None,
            "personnel",
        ),
        ("Five patients died in the hospital.", "Five patients died", "patients", "patients"),
    ],
)
def test_part_a_count_of_a_part_is_not_the_whole(text, words, unit, part):
    got = read(text, words, 10, unit)
    assert (got.family, got.part) == ("death toll", part)


@pytest.mark.parametrize(
    ("words", "unit"),
    [
        ("150,000 people died", "people"),
        ("claimed 150,000 lives", "lives"),
        ("150,000 Icelanders died", "Icelanders"),
    ],
)
def test_part_people_and_lives_are_the_whole(words, unit):
    got = read(f"The quake: {words}.", words, 2e5, unit)
    assert got.family == "death toll" and got.part in (None, "Icelanders")


@pytest.mark.parametrize(
    ("text", "words", "unit"),
    [
        (
            "Nine fishermen were lost when the 5.9-magnitude tremor struck the coast.",
            "5.9-magnitude",
            "magnitude",
        ),
        ("Fewer than 900 people died in the 8.1 earthquake.", "8.1 earthquake", "earthquake"),
        ("The quake killed 80 % of the population.", "80 %", "percent"),
    ],
)
def test_part_a_property_or_a_measure_is_not_a_count(text, words, unit):
    assert read(text, words, 7, unit, concept="killed").family is None


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Less than 1 in 200 people who caught it had died.", "Less than 1"),
        ("So it is one death in 1,480 cases.", "one death"),
        ("Only four patients out of tens of millions vaccinated have died.", "four patients"),
    ],
)
def test_part_a_ratio_is_not_a_count(text, words):
    assert read(text, words, 1, None, concept="died").family is None


@pytest.mark.parametrize(
    ("text", "words", "unit"),
    [
        ("The fever could be to blame for 31 more deaths.", "31 more deaths", "more deaths"),
        ("Another 10 people died overnight.", "10 people died", "people"),
        ("Four more died at the clinic.", "Four", None),
    ],
)
def test_part_an_increment_is_not_a_level(text, words, unit):
    assert read(text, words, 10, unit, concept="died").increment


def test_part_another_set_is_left_out():
    text = "It may also be behind 27 other deaths."
    assert read(text, "27 other deaths", 27, "other deaths").other_set


@pytest.mark.parametrize(
    ("text", "words", "status"),
    [
        ("Norway has confirmed 18 deaths from the fever.", "has confirmed 18 deaths", "confirmed"),
        ("There were 142 suspected deaths in Norway.", "142 suspected deaths", "suspected"),
        ("Sixty deaths have been confirmed.", "Sixty deaths have been confirmed", "confirmed"),
        ("It has 12 probable cases.", "12 probable cases", "suspected"),
    ],
)
def test_status_confirmed_and_suspected_counts(text, words, status):
    assert read(text, words, 20, "deaths").status == status


def test_level_a_change_past_a_bound_is_the_level_reached():
    text = "The death toll has risen above 12,000."
    assert read(text, "risen above 12,000", 12000, None, "up", concept="death toll").level == ">="


@pytest.mark.parametrize(
    ("text", "cause"),
    [
        ("Swine flu has killed 20 people.", "swine flu"),
        ("The quake killed 20 people.", "quake"),
        ("The war has killed 20 people.", "war"),
    ],
)
def test_cause_the_event_a_count_is_told_with(text, cause):
    assert read(text, "killed 20 people", 20, "people").cause == cause


@pytest.mark.parametrize(
    ("text", "words", "place", "label", "where"),
    [
        (
            "French health officials said three possible cases were being checked.",
            "three possible cases",
            "French",
            "NORP",
            "French",
        ),
        (
            "New York City's mayor said 28 cases had been confirmed.",
            "28 cases",
            "New York City",
            "GPE",
            "New York City",
        ),
        ("Kenyan officials told reporters that 12 people had died.", "12 people", "Kenyan", "NORP", "Kenyan"),
    ],
)
def test_place_the_officials_who_give_an_unplaced_count_place_it(text, words, place, label, where):
    assert read(text, words, 10, "people", places=((place, label),)).place == where


def test_place_a_place_outside_the_speakers_office_places_nothing():
    text = "The prime minister told US network CNN that 100,000 people had died."
    assert read(text, "100,000 people had died", 100000, "people", places=(("US", "GPE"),)).place is None


# ---- every claim of an article read at once, for stories that begin on different days ---------------------------


@pytest.mark.parametrize(
    ("text", "claims", "year"),
    [
        (
            "The 1998 floods drove 9,000 people from their homes; this week 300 families left the valley.",
            ("9,000 people", "300 families"),
            "1998",
        ),
        (
            "Since 2004 the clinic has treated 1,200 patients, and on Monday it took in 45 more.",
            ("1,200 patients", "45 more"),
            "2004",
        ),
        (
            "In 2001 a fire destroyed 80 homes. Crews said 12 homes burned overnight.",
            ("80 homes", "12 homes"),
            "2001",
        ),
    ],
)
def test_read_claims_reads_each_claim_as_read_claim_whatever_the_first_day(text, claims, year):
    article = Article("a2", "a2.txt", text, published=Published.exact("2010-01-20", "metadata"))
    found = tuple(
        Claim(
            text.index(w), text.index(w) + len(w), w, float(w.split()[0].replace(",", "")), unit=w.split()[-1]
        )
        for w in claims
    )
    at = text.index(year)
    dates = (DateRef(at, at + 4, year, "DATE", year, f"{year}-01-01", f"{year}-12-31", "absolute"),)
    analysis = Analysis("a2", sentences=(Span(0, len(text)),), dates=dates, claims=found)
    for first_day in (None, f"{year}-06-01", "2010-01-12", f"{year}-01-15"):
        expected = tuple(read_claim(c, article, analysis, first_day) for c in found)
        assert read_claims(article, analysis, first_day) == expected
    assert read_claims(article, analysis, "2010-01-12")[0].scope == "history"
    assert read_claims(article, analysis, None)[0].scope != "history"
