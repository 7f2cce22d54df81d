"""Numeric claims: values, bounds, units, changes, concepts and attributions, on hand-made sentences and on
the geneva2 seed articles (read from ../shared, skipped when it is absent)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from storyline.analyse.claims import find_claims
from storyline.analyse.nlp import load_nlp
from storyline.models import Claim

GENEVA = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "geneva2"


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


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
    text = "Lavrov said the talks would end the war, which has killed more than 100,000 people."
    claim = by_value(claims_of(nlp, text), 100000)
    assert (claim.attributed_to, claim.text) == (None, "has killed more than 100,000 people")


@pytest.fixture(scope="module")
def geneva_claims(nlp) -> list[Claim]:
    if not GENEVA.is_dir():
        pytest.skip(f"geneva2 corpus not found at {GENEVA}")
    return [
        c for path in sorted(GENEVA.glob("*.txt")) for c in find_claims(nlp(path.read_text(encoding="utf-8")))
    ]


EXPECTED_TOLLS = [
    # value, qualifier, unit, attributed_to
    (120000, "=", "lives", None),  # "a war that may have cost 120,000 lives"
    (94000, ">=", "people", "Syrian Observatory for Human Rights"),
    (120000, "<=", "people", "Syrian Observatory for Human Rights"),  # "as high as 120,000"
    (70000, ">=", "lives", None),  # "has claimed more than 70,000 lives"
    (100000, ">=", "people", None),  # "which has killed more than 100,000 people"
    (200, "~", "Russian citizens", "FSB"),  # "the FSB estimated that about 200 Russian citizens"
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
