"""Property-based tests for the date resolver and the claim parser: no exception escapes on arbitrary text, and
every offset lies inside the text it points into."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storyline.analyse.claims import find_claims
from storyline.analyse.dates import TENSES, find_dates, normalise, resolve

SETTINGS = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Words the date and claim rules look for, so generated text reaches the normalisers, not only the misses.
WORDS = (
    "May 7 2013 mid-November last next this Thursday June ago two three 12 1,200 years months weeks days "
    "Q3 quarter half early late end of the year earlier weekly every at least more than about up to rose by "
    "% percent $ 5m million billion people killed said according to Christmas Easter 1990s century spring "
    "noon 9am tonight yesterday tomorrow decade fiscal 2014-05-07 07/05/2013 between and - – , . ( ) '"
).split()
TEXT = st.one_of(
    st.text(max_size=300),
    st.lists(st.sampled_from(WORDS), max_size=40).map(" ".join),
    st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=6)), max_size=30).map(" ".join),
)
PUBLISHED = st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))
"""Publication days: the resolver works in four-digit years around them."""
DAYS = st.one_of(st.none(), PUBLISHED)


def _check_date_ref(ref, text: str) -> None:
    assert 0 <= ref.start <= ref.end <= len(text)
    assert text[ref.start : ref.end] == ref.text
    if ref.earliest and ref.latest:
        assert ref.earliest <= ref.latest, ref


@SETTINGS
@given(expression=TEXT, reference=DAYS, tense=st.sampled_from(TENSES))
def test_property_date_normalise_never_raises_and_spans_the_expression(
    expression: str, reference: date | None, tense: str
) -> None:
    ref = normalise(expression, reference, tense)
    if ref is not None:
        _check_date_ref(ref, expression)
        assert (ref.start, ref.end) == (0, len(expression))


@SETTINGS
@given(text=TEXT, reference=DAYS, other=PUBLISHED)
def test_property_find_dates_offsets_lie_in_the_text_and_resolve_keeps_them(
    nlp, text: str, reference: date | None, other: date
) -> None:
    refs = find_dates(nlp(text), reference)
    for ref in refs:
        _check_date_ref(ref, text)
        again = resolve(ref, text, other)
        _check_date_ref(again, text)
    assert [r.start for r in refs] == sorted(r.start for r in refs)


@SETTINGS
@given(text=TEXT)
def test_property_find_claims_never_raises_and_offsets_lie_in_the_text(nlp, text: str) -> None:
    for claim in find_claims(nlp(text)):
        assert 0 <= claim.start < claim.end <= len(text), claim
        if claim.upper is not None:
            assert claim.qualifier == "range" or claim.upper >= claim.value, claim
