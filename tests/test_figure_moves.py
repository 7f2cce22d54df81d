"""A running total that says it moved is no dispute; other counts and unmarked later values still disagree."""

from __future__ import annotations

import pytest

from storyline.reconstruct.figure_moves import same_source, stated_move, total_so_far
from storyline.reconstruct.figures import FigureView, build_figures, distinct_conflicts
from tests.test_figures import analysed, article, claim


def _move(marked: str) -> str | None:
    """``stated_move`` of a clause whose count is marked with brackets: "rose to [340 people]"."""
    start, end = marked.index("["), marked.index("]") - 1
    return stated_move(marked.replace("[", "").replace("]", ""), start, end)


@pytest.mark.parametrize(
    ("clause", "move"),
    [
        ("The death toll from the storm rose to [340]", "up"),
        ("the number of confirmed infections has risen sharply to [75]", "up"),
        ("[Deaths climbed past 90] overnight", "up"),
        ("the count of arrests increased to [41]", "up"),
        ("up to [120 people] from 95", "up"),
        ("The toll was lowered to [60 people]", "down"),
        ("down to [80 cases] from 110", "down"),
        ("The toll was revised down to [150 people]", "either"),
        ("Officials now say [210 people] were killed", "either"),
        ("the agency corrected its count to [33 cases]", "either"),
        ("the toll, which has risen to [95]", "up"),
        ("the ward has [18 cases] now", "either"),
        ("The toll, now at [95], is expected to climb", "either"),
    ],
)
def test_a_clause_that_says_its_count_moved(clause: str, move: str) -> None:
    assert _move(clause) == move


@pytest.mark.parametrize(
    "clause",
    [
        "The floods have killed [500 people] in the valley",
        "The toll is expected to rise above [200]",
        "Rescuers climb into the rubble where [40 people] died",
        "[up to 300 people] may have been hurt",
        "Doctors know of [12 cases] in the town",
        "Snow cut off [30 villages]",
        # the words of moving belong to another count or another clause
        "Cases climbed to 900 by Friday, including [12 deaths]",
        "The agency is now calling it a pandemic, which has killed [70 people]",
        "[Forty people] died in the province, where there have now been 800 cases",
        "Now that the roads are open, relief is reaching the towns of the north where [300] died",
        "The storm, the worst the coast has now seen, killed [300 people]",
        "[300 people] died, the mayor said, and schools are now shut",
    ],
)
def test_a_clause_that_says_no_move(clause: str) -> None:
    assert _move(clause) is None


@pytest.mark.parametrize(
    ("clause", "family"),
    [
        ("The death toll has risen to 300 people", "death toll"),
        ("12 people have been arrested since the protests began", "arrests"),
        ("the ministry said on Monday that infections had risen to 75", "infections"),
        ("the death toll rose to 150 on Tuesday", "death toll"),
        ("40 people have died in hospital", "death toll"),
    ],
)
def test_a_total_so_far(clause: str, family: str) -> None:
    assert total_so_far(clause, family)


@pytest.mark.parametrize(
    ("clause", "family"),
    [
        ("The senate killed the measure by 52 votes to 48", "death toll"),
        ("Doctors treated 40 cases of the flu at the clinic on Monday", "infections"),
        ("Nine people were hurt in a single day of clashes", "injured"),
        ("There are 40 infected patients in hospital", "infections"),
        ("Police are holding 40 detainees in the city", "arrests"),
        ("15 of the injured remain in intensive care", "injured"),
    ],
)
def test_no_total_so_far(clause: str, family: str) -> None:
    assert not total_so_far(clause, family)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("NFA", "the National Forestry Agency"),
        ("the Harbour Authority", "harbour authority"),
        ("R.D.A.", "Rural Development Agency"),
        ("the Tarnvale Health Board", "The Tarnvale Health Board"),
        ("FMG", "Federation of Mountain Guides"),
    ],
)
def test_one_source_spelled_two_ways(a: str, b: str) -> None:
    assert same_source(a, b) and same_source(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("the government", "the opposition"),
        ("NFA", "the National Fisheries Board"),
        ("the ministry", "the health ministry"),
        ("Nfa", "National Forestry Agency"),
        ("VWB", "Valley Water Authority"),
    ],
)
def test_two_sources(a: str, b: str) -> None:
    assert not same_source(a, b)


Item = tuple[str, str, str, str, float, str | None, dict[str, object]]


def _figure(*items: Item) -> FigureView:
    """The one figure of articles a1, a2, ...: (text, day, outlet, words, value, unit, claim keywords)."""
    pairs = []
    for n, (text, day, outlet, words, value, unit, kw) in enumerate(items, 1):
        a = article(f"a{n}", text, day, outlet)
        pairs.append((a, analysed(a, claim(text, words, value, unit, **kw))))
    (fig,) = build_figures([a for a, _ in pairs], {a.id: an for a, an in pairs})
    return fig


def _pairs(fig: FigureView) -> list[tuple[float | str, float | str]]:
    return [(a.value, b.value) for a, b in distinct_conflicts(fig)]


def test_another_source_larger_the_next_day_without_a_word_of_a_rise_disagrees() -> None:
    t1 = "The floods have killed 100 people in the valley, the government said."
    t2 = "The floods have killed 500 people in the valley, the opposition said, accusing ministers of a cover-up."
    fig = _figure(
        (
            t1,
            "2031-06-02",
            "Herald",
            "100 people",
            100,
            "people",
            {"concept": "killed", "attributed_to": "the government"},
        ),
        (
            t2,
            "2031-06-03",
            "Courier",
            "500 people",
            500,
            "people",
            {"concept": "killed", "attributed_to": "the opposition"},
        ),
    )
    assert fig.cumulative and _pairs(fig) == [(100, 500)]


@pytest.mark.parametrize(
    ("t1", "t2", "w1", "w2", "unit", "concept"),
    [
        # votes are no running count, though "killed" puts them with the deaths
        (
            "The senate killed the measure by 52 votes to 48, the clerk said.",
            "The senate now killed the measure by 61 votes to 39, party whips said.",
            "52 votes",
            "61 votes",
            None,
            "killed",
        ),
        # a present level is no running total
        (
            "There are 40 infected patients in hospital, the ministry said.",
            "There are now 90 infected patients in hospital, doctors said.",
            "40 infected patients",
            "90 infected patients",
            "patients",
            "infected",
        ),
        (
            "Police are holding 40 detainees in the city, the police said.",
            "Police are now holding 90 detainees in the city, lawyers said.",
            "40 detainees",
            "90 detainees",
            "detainees",
            "arrested",
        ),
        # a count of one day reported on two days
        (
            "Doctors treated 40 cases of the flu at the clinic on Monday, the clinic said.",
            "Doctors treated 90 cases of the flu at the clinic on Monday, a nurse now said.",
            "40 cases",
            "90 cases",
            "cases",
            "treated",
        ),
    ],
)
def test_counts_that_are_no_running_total_disagree_even_when_the_later_says_now(
    t1: str, t2: str, w1: str, w2: str, unit: str | None, concept: str
) -> None:
    v1, v2 = float(w1.split()[0]), float(w2.split()[0])
    fig = _figure(
        (t1, "2031-06-02", "Herald", w1, v1, unit, {"concept": concept, "attributed_to": "the first source"}),
        (
            t2,
            "2031-06-03",
            "Courier",
            w2,
            v2,
            unit,
            {"concept": concept, "attributed_to": "the second source"},
        ),
    )
    assert _pairs(fig) == [(v1, v2)]


def test_a_toll_revised_down_by_another_source_is_a_revision() -> None:
    t1 = "The floods have killed 200 people in the valley, the police said."
    t2 = "The death toll from the floods in the valley was revised down to 150 people, officials said."
    fig = _figure(
        (
            t1,
            "2031-06-02",
            "Herald",
            "200 people",
            200,
            "people",
            {"concept": "killed", "attributed_to": "the police"},
        ),
        (
            t2,
            "2031-06-03",
            "Courier",
            "150 people",
            150,
            "people",
            {"concept": "killed", "attributed_to": "officials"},
        ),
    )
    assert _pairs(fig) == [] and fig.changed is False


def test_one_source_in_two_spellings_revising_its_count_does_not_disagree_with_itself() -> None:
    t1 = "The THB said 200 people had been infected with the fever in the region."
    t2 = "The Tarnvale Health Board said 150 people had been infected with the fever in the region."
    fig = _figure(
        (
            t1,
            "2031-06-04",
            "Herald",
            "200 people",
            200,
            "people",
            {"concept": "infected", "attributed_to": "THB"},
        ),
        (
            t2,
            "2031-06-05",
            "Courier",
            "150 people",
            150,
            "people",
            {"concept": "infected", "attributed_to": "the Tarnvale Health Board"},
        ),
    )
    assert _pairs(fig) == []


def test_a_toll_that_rose_the_next_day_by_another_outlet_and_the_same_authority_a_day_later() -> None:
    t1 = "The landslide killed 30 people in the hills, the harbour authority said."
    t2 = "The death toll from the landslide in the hills rose to 45 people, a local mayor said."
    t3 = "The landslide has killed 52 people in the hills, the Harbour Authority said."
    t4 = "The landslide killed 20 people in the hills, a priest said."
    kw = {"concept": "killed"}
    fig = _figure(
        (
            t1,
            "2031-06-02",
            "Herald",
            "30 people",
            30,
            "people",
            {**kw, "attributed_to": "the harbour authority"},
        ),
        (t2, "2031-06-03", "Courier", "45 people", 45, "people", {**kw, "attributed_to": "a local mayor"}),
        (
            t3,
            "2031-06-03",
            "Gazette",
            "52 people",
            52,
            "people",
            {**kw, "attributed_to": "the Harbour Authority"},
        ),
        (t4, "2031-06-03", "Post", "20 people", 20, "people", {**kw, "attributed_to": "a priest"}),
    )
    # the rise (30, 45) and the authority's own later count (30, 52) are no dispute; the priest's lower count
    # and two sources' counts of the same day (45, 52) are
    assert sorted(_pairs(fig)) == [(30, 20), (45, 20), (45, 52), (52, 20)]
