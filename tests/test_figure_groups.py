"""A figure is one quantity: claims grouped by what they count, of what and where, over the story's own time.

Small hand-made stories (one article a line, no spaCy): a toll among the counts of its parts, of other places,
of history and of yearly averages; labels as a person would write them.
"""

from __future__ import annotations

import pytest

from storyline.models import Analysis, Article, Claim, DateRef, Mention, Published, Span
from storyline.reconstruct.figures import FigureView, build_figures

PLACES = ("Iceland", "Norway", "Peru", "United States", "Reykjavik", "Lorvia")
NATIONS = ("Lorvian", "Norwegian")


def line(aid: str, day: str, text: str, words: str, value: float, unit: str | None = None, **kw) -> tuple:
    """One article of one sentence, with one claim of ``words``; places and years in it are found by name."""
    article = Article(aid, f"{aid}.txt", text, outlet="Wire", published=Published.exact(day, "metadata"))
    mentions = tuple(
        Mention(text.index(p), text.index(p) + len(p), p, "GPE") for p in PLACES if p in text
    ) + tuple(Mention(text.index(p), text.index(p) + len(p), p, "NORP") for p in NATIONS if p in text)
    years = tuple(
        DateRef(text.index(y), text.index(y) + 4, y, "DATE", y, f"{y}-01-01", f"{y}-12-31", "absolute")
        for y in ("1918", "1968", "2008")
        if y in text
    )
    start = text.index(words)
    c = Claim(start, start + len(words), words, value, unit=unit, **kw)
    return article, Analysis(
        aid, sentences=(Span(0, len(text)),), mentions=mentions, dates=years, claims=(c,)
    )


def figures(*lines: tuple) -> list[FigureView]:
    return build_figures([a for a, _ in lines], {a.id: an for a, an in lines})


def by_label(figs: list[FigureView]) -> dict[str, list[float]]:
    return {f.figure.label: [p.value for p in f.points] for f in figs}


QUAKE = [
    line(
        "q1",
        "2010-01-13",
        "Thousands of people may be dead after the quake in Iceland.",
        "Thousands of people may be dead",
        1000,
        "people",
        upper=10000,
        qualifier="range",
    ),
    line(
        "q0",
        "2010-01-13",
        "Thousands of villagers are feared dead in the north of Iceland.",
        "Thousands of villagers",
        1000,
        "people",
        upper=10000,
        qualifier="range",
        concept="feared dead",
    ),
    line(
        "q2",
        "2010-01-14",
        "The quake has now killed tens of thousands.",
        "killed tens of thousands",
        10000,
        "people",
        upper=100000,
        qualifier="range",
    ),
    line(
        "q3",
        "2010-01-15",
        "Officials say 40,000 people died in the quake.",
        "40,000 people died",
        40000,
        "people",
    ),
    line(
        "q4",
        "2010-01-18",
        "The quake may have killed up to 150,000 people in Iceland.",
        "may have killed up to 150,000 people",
        150000,
        "people",
        qualifier="<=",
    ),
    line(
        "q5",
        "2010-01-20",
        "Up to 150,000 people may be dead after the quake.",
        "Up to 150,000 people may be dead",
        150000,
        "people",
        qualifier="<=",
    ),
    line(
        "u1",
        "2010-01-13",
        "The UN said 9 other UN staff had died too.",
        "9 other UN staff had died",
        9,
        "other UN staff",
    ),
    line(
        "u2",
        "2010-01-14",
        "The UN says 24 of its staff were killed.",
        "24 of its staff were killed",
        24,
        None,
    ),
    line(
        "u3",
        "2010-01-16",
        "The UN now says 27 of its staff were killed.",
        "27 of its staff were killed",
        27,
        None,
    ),
    line("m1", "2010-01-13", "The 6.4-magnitude quake killed many.", "6.4-magnitude", 6.4, "magnitude"),
    line("m2", "2010-01-14", "The 6.4-magnitude quake hit at dusk.", "6.4-magnitude", 6.4, "magnitude"),
    line(
        "h1",
        "2010-01-14",
        "In 2008, storms killed almost 800 people.",
        "killed almost 800 people",
        800,
        "people",
    ),
    line(
        "h2",
        "2010-01-15",
        "Storms in 2008 killed about 800 people.",
        "killed about 800 people",
        800,
        "people",
    ),
    line(
        "c1",
        "2010-03-01",
        "In Peru, fewer than 1,000 people died.",
        "fewer than 1,000 people died",
        1000,
        "people",
        qualifier="<=",
    ),
    line("c2", "2010-03-02", "The quake killed 800 people in Peru.", "killed 800 people", 800, "people"),
]


def test_groups_the_toll_is_one_figure_without_parts_properties_history_or_elsewhere():
    figs = by_label(figures(*QUAKE))
    assert figs["quake deaths in Iceland"] == [1000, 1000, 10000, 40000, 150000, 150000]


def test_groups_a_part_is_a_figure_of_its_own():
    figs = by_label(figures(*QUAKE))
    assert figs["staff killed"] == [24, 27]


def test_groups_another_place_is_a_figure_of_its_own():
    figs = by_label(figures(*QUAKE))
    assert sorted(figs["quake deaths in Peru"]) == [800, 1000]


def test_groups_history_and_properties_are_no_points_of_the_toll():
    figs = figures(*QUAKE)
    assert not any(
        f.figure.label.startswith("storm")
        or 800 in [p.value for p in f.points]
        and "Iceland" in f.figure.label
        for f in figs
    )
    assert all(f.measure is None for f in figs if 6.4 in [p.value for p in f.points])


FLU = [
    line(
        "f1",
        "2009-04-24",
        "Swine flu has now killed up to 40 people in Norway.",
        "killed up to 40 people",
        40,
        "people",
        qualifier="<=",
    ),
    line(
        "f2",
        "2009-04-27",
        "Swine flu has now killed up to 117 people in Norway.",
        "killed up to 117 people",
        117,
        "people",
        qualifier="<=",
    ),
    line("f3", "2009-04-28", "The flu has killed 117 people.", "has killed 117 people", 117, "people"),
    line(
        "f4", "2009-05-02", "Norway said 16 deaths were confirmed.", "16 deaths were confirmed", 16, "deaths"
    ),
    line(
        "f5",
        "2009-05-05",
        "Norway has confirmed 26 deaths from swine flu.",
        "has confirmed 26 deaths",
        26,
        "deaths",
    ),
    line(
        "s1",
        "2009-04-25",
        "Seasonal flu kills about 30,000 people each year.",
        "about 30,000 people",
        30000,
        "people",
        qualifier="~",
    ),
    line(
        "s2",
        "2009-04-26",
        "Seasonal flu kills 30,000 people in a typical year.",
        "30,000 people",
        30000,
        "people",
    ),
    line(
        "p1",
        "2009-04-27",
        "The 1918 pandemic killed 50 million people.",
        "killed 50 million people",
        5e7,
        "people",
    ),
    line(
        "p2",
        "2009-04-28",
        "The 1968 flu killed roughly a million people.",
        "killed roughly a million people",
        1e6,
        "people",
        qualifier="~",
    ),
    line(
        "w1", "2009-05-20", "Swine flu has killed 86 people worldwide.", "has killed 86 people", 86, "people"
    ),
    line(
        "w2", "2009-05-22", "Swine flu has killed 90 people worldwide.", "has killed 90 people", 90, "people"
    ),
]


def test_groups_the_outbreaks_deaths_apart_from_seasonal_flu_and_past_pandemics():
    figs = by_label(figures(*FLU))
    assert figs["swine flu deaths in Norway"] == [40, 117, 117, 16, 26]
    assert figs["swine flu deaths worldwide"] == [86, 90]
    assert len(figs) == 2


def test_groups_a_nationality_before_the_event_places_the_count():
    lorvia = [
        line(
            "y1",
            "2013-05-07",
            "The war in Lorvia has cost more than 70,000 lives.",
            "more than 70,000 lives",
            70000,
            "lives",
            qualifier=">=",
        ),
        line(
            "y2",
            "2013-06-13",
            "At least 94,000 people have been killed in the Lorvian conflict.",
            "At least 94,000 people have been killed",
            94000,
            "people",
            qualifier=">=",
        ),
    ]
    (fig,) = figures(*lorvia)
    assert fig.figure.label.endswith("deaths in Lorvia") and len(fig.points) == 2


def test_groups_the_count_of_a_people_no_counted_place_is_goes_to_no_figure():
    quake = [
        *QUAKE,
        line(
            "q9",
            "2010-01-15",
            "Norwegian officials said 20,000 people had died in the quake.",
            "20,000 people had died",
            20000,
            "people",
        ),
    ]
    assert all(20000 not in values for values in by_label(figures(*quake)).values())


def test_groups_a_count_that_names_no_place_is_about_its_familys_main_place():
    figs = by_label(figures(*FLU))
    assert 16 in figs["swine flu deaths in Norway"]


def test_groups_labels_do_not_depend_on_the_order_of_articles():
    forward = [(f.figure.label, f.figure.id) for f in figures(*QUAKE)]
    backward = [(f.figure.label, f.figure.id) for f in figures(*reversed(QUAKE))]
    assert forward == backward


def test_labels_read_as_a_person_would_write_them():
    from storyline.reconstruct.figure_label import family_label

    assert family_label("death toll", None, "Norway", ["swine flu", "swine flu", "flu", None]) == (
        "swine flu deaths in Norway"
    )
    assert family_label("death toll", None, "Iceland", [None, None, None]) == "deaths in Iceland"
    assert family_label("infections", None, "world", ["virus", "virus"]) == "virus cases worldwide"
    assert family_label("death toll", "peacekeepers", None, []) == "peacekeepers killed"
    assert family_label("infections", "countries", None, []) == "countries with cases"
    assert family_label("death toll", "UN fatalities", None, []) == "UN fatalities"


@pytest.mark.parametrize(
    ("counted", "values", "estimate", "words", "low"),
    [
        (
            "fever deaths in Norway",
            (12, 30, 60),
            "Hundreds of people may be dead of the fever in Norway, doctors fear.",
            "Hundreds of people may be dead",
            1e2,
        ),
        (
            "deaths in the quake",
            (150, 400, 800),
            "Thousands of people may be dead after the quake in Iceland, aid groups fear.",
            "Thousands of people may be dead",
            1e3,
        ),
        (
            "cholera cases in Peru",
            (900, 3000, 8000),
            "Peru could have tens of thousands of cholera cases, doctors warned.",
            "tens of thousands of cholera cases",
            1e4,
        ),
    ],
)
def test_groups_a_vague_estimate_above_every_confirmed_count_is_no_point_of_it(
    counted: str, values: tuple[int, ...], estimate: str, words: str, low: float
) -> None:
    days = ("2010-04-27", "2010-05-04", "2010-05-11")
    noun = counted.split(" in ")[0]
    counts = [
        line(
            f"c{i}",
            day,
            f"Officials said there were {n:,} confirmed {counted}.",
            f"{n:,} confirmed {noun}",
            n,
        )
        for i, (day, n) in enumerate(zip(days, values, strict=True))
    ]
    vague = line("c9", "2010-05-12", estimate, words, low, "people", upper=10 * low, qualifier="range")
    told = [p.value for f in figures(*counts, vague) for p in f.points]
    assert low not in told and set(values) <= set(told)


def test_groups_a_vague_early_estimate_below_the_confirmed_counts_stays_a_point() -> None:
    days = ("2010-01-14", "2010-01-16", "2010-01-20")
    counts = [
        line(
            f"c{i}",
            day,
            f"Officials said there were {n:,} confirmed deaths in the quake.",
            f"{n:,} confirmed deaths",
            n,
        )
        for i, (day, n) in enumerate(zip(days, (5000, 20000, 50000), strict=True))
    ]
    early = "Thousands of people may be dead after the quake in Iceland, aid groups fear."
    vague = line(
        "c9",
        "2010-01-13",
        early,
        "Thousands of people may be dead",
        1e3,
        "people",
        upper=1e4,
        qualifier="range",
    )
    told = [p.value for f in figures(*counts, vague) for p in f.points]
    assert 1e3 in told


def _toll_run(place: str, confirmed: int, others: tuple[int, ...], days: tuple[str, ...]) -> list[tuple]:
    """A toll's run: one count worded "confirmed" on the first day, then one plain count on each of ``days``."""
    return [
        line(
            "c0",
            "2010-01-13",
            f"Officials said there were {confirmed:,} confirmed deaths in {place}.",
            f"{confirmed:,} confirmed deaths",
            confirmed,
        ),
        *(
            line(
                f"c{i}",
                day,
                f"The disaster has killed {n:,} people in {place}.",
                f"killed {n:,} people",
                n,
                "people",
            )
            for i, (day, n) in enumerate(zip(days, others, strict=True), 1)
        ),
    ]


@pytest.mark.parametrize(
    ("place", "confirmed", "estimate", "words", "low", "others"),
    [
        (
            "Iceland",
            800,
            "Thousands of people may be dead after the quake in Iceland, aid groups fear.",
            "Thousands of people may be dead",
            1e3,
            (3000, 9000, 9500),
        ),
        (
            "Norway",
            40,
            "Hundreds of people may be dead of the fever in Norway, doctors fear.",
            "Hundreds of people may be dead",
            1e2,
            (150, 250, 400),
        ),
        (
            "Peru",
            2000,
            "Peru could have tens of thousands of dead after the quake, doctors warned.",
            "tens of thousands of dead",
            1e4,
            (12000, 30000, 60000),
        ),
    ],
)
def test_groups_a_vague_estimate_below_a_count_not_worded_confirmed_stays_a_point(
    place: str, confirmed: int, estimate: str, words: str, low: float, others: tuple[int, ...]
) -> None:
    """Only the one confirmed count is below the estimate; the run's other counts lie above it."""
    days = ("2010-01-15", "2010-01-17", "2010-01-18")
    counts = _toll_run(place, confirmed, others, days)
    vague = line("c9", "2010-01-13", estimate, words, low, "people", upper=10 * low, qualifier="range")
    told = [p.value for f in figures(*counts, vague) for p in f.points]
    assert low in told and set(others) <= set(told)


@pytest.mark.parametrize(
    ("place", "confirmed", "others", "stray", "estimate", "words", "low"),
    [
        (
            "Iceland",
            800,
            (3000, 5000, 8000),
            60000,
            "Tens of thousands of people may be dead in Iceland, aid groups fear.",
            "Tens of thousands of people may be dead",
            1e4,
        ),
        (
            "Norway",
            40,
            (60, 80, 90),
            700,
            "Hundreds of people may be dead of the fever in Norway, doctors fear.",
            "Hundreds of people may be dead",
            1e2,
        ),
        (
            "Peru",
            2000,
            (4000, 6000, 9000),
            50000,
            "Peru could have tens of thousands of dead after the quake, doctors warned.",
            "tens of thousands of dead",
            1e4,
        ),
    ],
)
def test_groups_a_vague_estimate_above_most_counts_goes_though_one_stray_count_lies_above_it(
    place: str, confirmed: int, others: tuple[int, ...], stray: int, estimate: str, words: str, low: float
) -> None:
    """One study's figure worded as a count lies above the vague amount; the run's other counts lie below it."""
    days = ("2010-01-14", "2010-01-15", "2010-01-16")
    counts = [
        *_toll_run(place, confirmed, others, days),
        line(
            "c8",
            "2010-01-17",
            f"The disaster may have killed {stray:,} people in {place}, a study said.",
            f"killed {stray:,} people",
            stray,
            "people",
        ),
    ]
    vague = line("c9", "2010-01-16", estimate, words, low, "people", upper=10 * low, qualifier="range")
    told = [p.value for f in figures(*counts, vague) for p in f.points]
    assert low not in told and {*others, stray} <= set(told)


@pytest.mark.parametrize(
    ("text", "words", "source", "credited"),
    [
        (
            "Norway has reported 412 confirmed cases of the fever so far.",
            "412 confirmed cases",
            "Norway",
            None,
        ),
        ("The United States has now confirmed 96 cases of the fever.", "96 cases", "United States", None),
        ("Lorvia has officially registered 77 cases.", "has officially registered 77 cases", "Lorvia", None),
        ("Iceland recorded 40 new cases of the fever on Friday.", "40 new cases", "Iceland", None),
        ("Peru said the fever had infected 57 people in the capital.", "57 people", "Peru", "Peru"),
        ("Norway has reported 31 cases of the fever in Iceland.", "31 cases", "Norway", "Norway"),
        (
            "The health ministry has reported 88 cases of the fever.",
            "88 cases",
            "health ministry",
            "health ministry",
        ),
    ],
)
def test_figure_a_place_counting_its_own_cases_is_where_they_are_not_who_tells_them(
    text: str, words: str, source: str, credited: str | None
) -> None:
    value = float(next(w for w in words.split() if w[0].isdigit()))
    told = [
        line(aid, day, text, words, value, "cases", attributed_to=source, concept="fever")
        for aid, day in (("h1", "2009-05-03"), ("h2", "2009-05-04"))
    ]
    assert [p.attributed_to for f in figures(*told) for p in f.points] == [credited, credited]
