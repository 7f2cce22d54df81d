"""Which points of a figure disagree: a vague plural amount reaches a hundred times its order."""

from __future__ import annotations

import math

import pytest

from storyline.models import Citation
from storyline.reconstruct.figures import FigurePoint, _disagree, build_figures, claimed, is_vague
from tests.test_figures import analysed, article, claim


def point(
    article: str,
    source: str,
    value: float,
    text: str,
    upper: float | None = None,
    qualifier: str = "=",
    day: str = "2031-03-04",
) -> FigurePoint:
    return FigurePoint(
        article=article,
        outlet=f"{source} news",
        published=day,
        value=value,
        text=text,
        citation=Citation(article, 0, len(text)),
        upper=upper,
        qualifier=qualifier,
        attributed_to=source,
    )


def vague(
    article: str, source: str, base: float, text: str, qualifier: str = "range", day: str = "2031-03-04"
) -> FigurePoint:
    """A vague plural amount as the claims analyser reads it: the range [x, 10x]."""
    return point(article, source, base, text, upper=base * 10, qualifier=qualifier, day=day)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # a first day's vague count and a later, larger estimate
        (
            vague("a1", "the coastguard", 1e3, "thousands of residents are feared lost"),
            point("a2", "the governor", 60000, "at least 60,000 people", qualifier=">="),
        ),
        (
            vague("a1", "rescuers", 1e3, "killed thousands of villagers"),
            point("a2", "the ministry", 20000, "20,000 to 25,000 villagers", upper=25000, qualifier="range"),
        ),
        (
            vague("a1", "a witness", 12, "dozens of passengers were hurt"),
            point("a2", "the airline", 310, "more than 300 passengers", qualifier=">="),
        ),
        (
            vague("a1", "aid workers", 1e4, "tens of thousands of homes"),
            point("a2", "the agency", 80000, "80,000 homes"),
        ),
        # two vague amounts: the smaller order is the more cautious reading of the same count
        (
            vague("a1", "a nurse", 12, "dozens of patients"),
            vague("a2", "the hospital", 100, "hundreds of patients"),
        ),
        (
            vague("a1", "the mayor", 1e3, "thousands of residents"),
            vague("a2", "the army", 1e5, "hundreds of thousands of residents"),
        ),
        (
            vague("a1", "a charity", 1e3, "some thousands of families", qualifier="~"),
            point("a2", "the council", 5200, "5,200 families"),
        ),
    ],
)
def test_a_vague_amount_holds_with_a_larger_value_within_its_reach(
    first: FigurePoint, second: FigurePoint
) -> None:
    assert not _disagree(first, second) and not _disagree(second, first)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # a vague amount rules out a value below its order
        (
            vague("a1", "the coastguard", 1e3, "thousands of residents are feared lost"),
            point("a2", "the governor", 900, "900 people"),
        ),
        (
            point("a1", "the clinic", 56, "56 are injured"),
            vague("a2", "a surgeon", 100, "hundreds of injured"),
        ),
        (
            vague("a1", "the union", 1e4, "tens of thousands of workers"),
            point("a2", "the employer", 3500, "3,500 workers"),
        ),
        # precise estimates of different sources at the same time still disagree
        (
            point("a1", "the premier", 60000, "at least 60,000 people", qualifier=">="),
            point("a2", "the president", 20000, "20,000 to 25,000 people", upper=25000, qualifier="range"),
        ),
        (
            point("a1", "the police", 14, "14 people"),
            point("a2", "the fire service", 22, "22 people"),
        ),
        # a range written in figures keeps its top, though it spans tenfold as "thousands" is read
        (
            point("a1", "the survey", 1000, "1,000 to 10,000 birds", upper=10000, qualifier="range"),
            point("a2", "the society", 40000, "at least 40,000 birds", qualifier=">="),
        ),
    ],
)
def test_values_that_cannot_both_hold_disagree(first: FigurePoint, second: FigurePoint) -> None:
    assert _disagree(first, second) and _disagree(second, first)


def test_a_vague_amount_reads_up_to_a_hundred_times_its_order_only_when_disagreement_is_read() -> None:
    thousands = vague("a1", "rescuers", 1e3, "tens of thousands of people", day="2031-03-04")
    assert claimed(thousands) == (1e3, 1e5)
    assert is_vague(thousands)
    up_to = vague("a1", "rescuers", 1e3, "up to thousands of people", qualifier="<=")
    assert claimed(up_to) == (-math.inf, 1e3)  # "up to thousands" bounds from above, as before
    rose = vague("a1", "rescuers", 1e3, "thousands more people", qualifier="up")
    assert claimed(rose) is None
    figures = point("a1", "the survey", 1000, "1,000 to 10,000 birds", upper=10000, qualifier="range")
    assert not is_vague(figures) and claimed(figures) == (1000, 10000)


def test_a_vague_first_count_then_a_precise_estimate_is_a_change_not_a_disagreement() -> None:
    t1 = "Thousands of residents are feared lost after the dam burst, rescuers said."
    t2 = "The governor said at least 12,000 people had died when the dam burst."
    t3 = "A week on, officials put the number who died when the dam burst at 8,000 people."
    a1 = article("a1", t1, "2031-03-04", "Herald")
    a2 = article("a2", t2, "2031-03-04", "Courier")
    a3 = article("a3", t3, "2031-03-11", "Gazette")
    c1 = claim(t1, "Thousands of residents", 1000, "people", "range", upper=10000, concept="feared dead")
    c2 = claim(t2, "at least 12,000 people", 12000, "people", ">=", concept="died")
    c3 = claim(t3, "8,000 people", 8000, "people", concept="died")
    pairs = [(a1, analysed(a1, c1)), (a2, analysed(a2, c2)), (a3, analysed(a3, c3))]
    (fig,) = build_figures([a for a, _ in pairs], {a.id: an for a, an in pairs})
    assert [p.value for p in fig.points] == [1000, 12000, 8000]
    assert (fig.figure.disagreement, fig.changed) == (False, True)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # a vague amount reaches a hundred times its order, not without end
        (
            vague("a1", "a witness", 12, "dozens of people were swept away"),
            point("a2", "the agency", 2e6, "2 million people"),
        ),
        (
            vague("a1", "a local doctor", 100, "hundreds of people died"),
            point("a2", "the minister", 31000, "31,000 people"),
        ),
        (
            vague("a1", "a priest", 1e3, "thousands of homes"),
            point("a2", "the survey", 250000, "at least 250,000 homes", qualifier=">="),
        ),
    ],
)
def test_a_vague_amount_disagrees_with_a_value_far_above_its_order(
    first: FigurePoint, second: FigurePoint
) -> None:
    assert _disagree(first, second) and _disagree(second, first)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            vague("a1", "a priest", 1e3, "thousands of homes"),
            point("a2", "the survey", 60000, "60,000 to 90,000 homes", upper=90000, qualifier="range"),
        ),
        (
            vague("a1", "a witness", 12, "dozens of cars"),
            point("a2", "the police", 800, "800 cars"),
        ),
        # "hundreds" reaches 10,000, so it still holds with "at least 5,000"
        (
            vague("a1", "a local doctor", 100, "hundreds of people"),
            point("a2", "the governor", 5000, "at least 5,000 people", qualifier=">="),
        ),
    ],
)
def test_a_vague_amount_holds_with_a_value_within_a_hundred_times_its_order(
    first: FigurePoint, second: FigurePoint
) -> None:
    assert not _disagree(first, second) and not _disagree(second, first)
