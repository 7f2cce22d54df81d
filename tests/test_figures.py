"""Figures from hand-made claims and dates (no spaCy), and the geneva2 seed story's figures when it is there."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyline.ids import claim_id
from storyline.models import Analysis, Article, Claim, DateRef, Published, Span
from storyline.reconstruct.figures import build_figures, distinct_conflicts, names_no_count, said_moved
from storyline.reconstruct.summary import key_figures

SHARED = Path(__file__).resolve().parents[2] / "shared"


def article(aid: str, text: str, day: str | None, outlet: str, **kw) -> Article:
    published = Published.exact(day, "metadata") if day else Published()
    return Article(aid, f"{aid}.txt", text, outlet=outlet, published=published, **kw)


def claim(text: str, words: str, value: float, unit: str | None, qualifier: str = "=", **kw) -> Claim:
    start = text.index(words)
    return Claim(start, start + len(words), words, value, unit=unit, qualifier=qualifier, **kw)


def analysed(a: Article, *claims: Claim, dates: tuple[DateRef, ...] = ()) -> Analysis:
    return Analysis(a.id, sentences=(Span(0, len(a.text)),), claims=claims, dates=dates)


def figures_of(*pairs: tuple[Article, Analysis]):
    return build_figures([a for a, _ in pairs], {a.id: an for a, an in pairs})


T1 = "The war has cost more than 70,000 lives, the rebels say."
T2 = "At least 91,500 people have been killed in the Lorvian war so far, a monitoring group said."
T3 = "Monitors now say 80,000 people have died in the conflict so far."


def test_figures_groups_death_tolls_worded_differently():
    a1, a2 = article("a1", T1, "2013-05-07", "Times"), article("a2", T2, "2013-06-13", "Post")
    figs = figures_of(
        (a1, analysed(a1, claim(T1, "more than 70,000 lives", 70000, "lives", ">=", concept="war claimed"))),
        (a2, analysed(a2, claim(T2, "At least 91,500 people", 91500, "people", ">=", concept="killed"))),
    )
    assert [(f.figure.label.endswith("deaths"), f.measure, len(f.points)) for f in figs] == [
        (True, "death toll", 2)
    ]


def test_figures_points_run_in_publication_order_with_their_sources():
    a1, a2 = article("a1", T2, "2013-06-13", "Post"), article("a2", T1, "2013-05-07", "Times")
    c1 = claim(
        T2, "At least 91,500 people", 91500, "people", ">=", concept="killed", attributed_to="Observatory"
    )
    c2 = claim(T1, "more than 70,000 lives", 70000, "lives", ">=", concept="war claimed")
    (fig,) = figures_of((a1, analysed(a1, c1)), (a2, analysed(a2, c2)))
    assert [(p.published, p.value, p.outlet, p.attributed_to) for p in fig.points] == [
        ("2013-05-07", 70000, "Times", None),
        ("2013-06-13", 91500, "Post", "Observatory"),
    ]


def test_figures_a_value_that_moved_over_time_is_a_change_not_a_disagreement():
    a1, a2 = article("a1", T1, "2013-05-07", "Times"), article("a2", T2, "2013-06-13", "Post")
    (fig,) = figures_of(
        (a1, analysed(a1, claim(T1, "more than 70,000 lives", 70000, "lives", ">=", concept="war claimed"))),
        (
            a2,
            analysed(
                a2,
                claim(
                    T2,
                    "At least 91,500 people",
                    91500,
                    "people",
                    ">=",
                    concept="killed in the Lorvian war",
                ),
            ),
        ),
    )
    assert (fig.changed, fig.figure.disagreement) == (True, False)


def test_figures_sources_that_differ_on_the_same_day_disagree():
    a1, a2 = article("a1", T2, "2013-06-13", "Post"), article("a2", T3, "2013-06-13", "Times")
    (fig,) = figures_of(
        (
            a1,
            analysed(
                a1,
                claim(
                    T2,
                    "At least 91,500 people",
                    91500,
                    "people",
                    ">=",
                    concept="killed in the Lorvian war",
                ),
            ),
        ),
        (a2, analysed(a2, claim(T3, "80,000 people", 80000, "people", concept="died in the conflict"))),
    )
    assert fig.figure.disagreement and fig.conflicts == ((0, 1),)


def test_figures_compatible_bounds_do_not_disagree():
    t1 = "At least 2,300 people were killed in the storm, the coastguard said."
    t2 = "Harbour officials put the number of dead as high as 2,900."
    a1, a2 = article("a1", t1, "2013-05-17", "Times"), article("a2", t2, "2013-05-17", "Post")
    c1 = claim(t1, "At least 2,300 people", 2300, "people", ">=", concept="killed")
    c2 = claim(t2, "as high as 2,900", 2900, None, "<=", concept="death toll")
    (fig,) = figures_of((a1, analysed(a1, c1)), (a2, analysed(a2, c2)))
    assert not fig.figure.disagreement


def test_figures_counts_tenfold_apart_are_different_figures():
    text = "Three were killed in the blast, and the war has killed more than 70,000 people."
    a1, a2 = article("a1", text, "2013-05-07", "Times"), article("a2", text, "2013-05-08", "Post")
    c1 = claim(text, "Three were killed", 3, None, concept="killed")
    c2 = claim(text, "more than 70,000 people", 70000, "people", ">=", concept="war killed")
    (fig,) = figures_of((a1, analysed(a1, c1, c2)), (a2, analysed(a2, c1, c2)))
    assert {p.value for p in fig.points} == {70000}


def test_figures_cite_claim_ids_the_export_uses():
    a1, a2 = article("a1", T2, "2013-06-13", "Post"), article("a2", T2, "2013-06-14", "Times")
    c1 = claim(T2, "At least 91,500 people", 91500, "people", ">=", concept="killed in the Lorvian war")
    (fig,) = figures_of((a1, analysed(a1, c1)), (a2, analysed(a2, c1)))
    assert fig.figure.claims == (claim_id("a1", c1), claim_id("a2", c1)) and fig.figure.id.startswith("f-")


def test_figures_skip_duplicate_copies():
    a1, a2 = article("a1", T2, "2013-06-13", "Post"), article("a2", T3, "2013-06-14", "Times")
    a3 = article("a3", T2, "2013-06-13", "Copy", duplicate_of="a1")
    c1 = claim(T2, "At least 91,500 people", 91500, "people", ">=", concept="killed in the Lorvian war")
    c2 = claim(T3, "80,000 people", 80000, "people", concept="died in the conflict")
    (fig,) = figures_of((a1, analysed(a1, c1)), (a2, analysed(a2, c2)), (a3, analysed(a3, c1)))
    assert [p.article for p in fig.points] == ["a1", "a2"]


def test_figures_a_value_from_one_source_said_once_is_no_figure():
    a1 = article("a1", T2, "2013-06-13", "Post")
    c1 = claim(T2, "At least 91,500 people", 91500, "people", ">=", concept="killed in the Lorvian war")
    assert figures_of((a1, analysed(a1, c1))) == []


def future(text: str, words: str, value: str, first: str, last: str) -> DateRef:
    start = text.index(words)
    return DateRef(start, start + len(words), words, "DATE", value, first, last, "future")


def test_figures_planned_date_that_moved_is_a_date_figure_in_order():
    t1 = "The conference could be held in late May, officials said."
    t2 = "June 10-12 is the likely date for the conference."
    t3 = "The conference will be held in mid-November, the ministers agreed."
    a1, a2, a3 = (
        article("a1", t1, "2013-05-07", "Times"),
        article("a2", t2, "2013-05-17", "Times"),
        article("a3", t3, "2013-10-07", "Post"),
    )
    figs = figures_of(
        (a1, analysed(a1, dates=(future(t1, "late May", "2013-05", "2013-05-21", "2013-05-31"),))),
        (a2, analysed(a2, dates=(future(t2, "June 10-12", "2013-06-10", "2013-06-10", "2013-06-12"),))),
        (a3, analysed(a3, dates=(future(t3, "mid-November", "2013-11", "2013-11-11", "2013-11-20"),))),
    )
    (fig,) = [f for f in figs if f.kind == "date"]
    assert [p.text for p in fig.points] == ["late May", "June 10-12", "mid-November"]
    assert fig.changed and fig.figure.label == "planned date of the conference"
    assert [p.moved for p in fig.points] == [False, False, False]
    assert key_figures(figs) == []  # no source says the date moved: the dates may be of different conferences


def _summit_planned_in_may_then(later: str) -> list:
    """The figures of two articles: a summit planned for late May, then ``later`` naming mid-November."""
    first = "The summit could be held in late May, officials said."
    a1, a2 = article("a1", first, "2013-05-07", "Times"), article("a2", later, "2013-10-07", "Post")
    return figures_of(
        (a1, analysed(a1, dates=(future(first, "late May", "2013-05", "2013-05-21", "2013-05-31"),))),
        (a2, analysed(a2, dates=(future(later, "mid-November", "2013-11", "2013-11-11", "2013-11-20"),))),
    )


@pytest.mark.parametrize(
    "later",
    [
        "The summit was postponed to mid-November, the ministers agreed.",
        "The summit will now be delayed until mid-November, officials said.",
        "The ministers rescheduled the summit for mid-November.",
        "The ministers have shifted the summit to mid-November.",
        "The summit will be brought forward to mid-November, officials said.",
        "The council reschedules the summit for mid-November.",
    ],
)
def test_figures_a_planned_date_said_to_be_moved_is_marked_moved(later: str) -> None:
    figs = _summit_planned_in_may_then(later)
    (fig,) = [f for f in figs if f.kind == "date"]
    assert [p.moved for p in fig.points] == [False, True]
    assert key_figures(figs) == [fig]


@pytest.mark.parametrize(
    "later",
    [
        "Troops moved into the capital before the summit in mid-November, officials said.",
        "Leaders will discuss delays in aid at the summit in mid-November, officials said.",
        "The summit will go ahead without delay in mid-November, officials said.",
        "Aid was delayed, and the summit will open in mid-November.",
    ],
)
def test_figures_a_moving_word_that_governs_neither_the_event_nor_its_date_moves_nothing(later: str) -> None:
    figs = _summit_planned_in_may_then(later)
    (fig,) = [f for f in figs if f.kind == "date"]
    assert [p.moved for p in fig.points] == [False, False]
    assert key_figures(figs) == []


@pytest.mark.parametrize(
    ("sentence", "words", "value", "noun"),
    [
        ("The ferry trial will be the big trial of the year, lawyers said.", "the year", "2013", "trial"),
        (
            "The council will hold the vote later in the month, officials said.",
            "the month",
            "2013-05",
            "vote",
        ),
        ("The summit is due to end within the week, officials said.", "the week", "2013-W19", "summit"),
    ],
)
def test_figures_a_bare_unit_is_no_planned_date(sentence: str, words: str, value: str, noun: str) -> None:
    other = f"The {noun} will be held on June 10, officials said."
    a1, a2 = article("a1", sentence, "2013-05-07", "Times"), article("a2", other, "2013-05-08", "Post")
    figs = figures_of(
        (a1, analysed(a1, dates=(future(sentence, words, value, "2013-05-08", "2013-12-31"),))),
        (a2, analysed(a2, dates=(future(other, "June 10", "2013-06-10", "2013-06-10", "2013-06-10"),))),
    )
    assert [f for f in figs if f.kind == "date"] == []


def test_figures_a_past_date_is_not_a_plan():
    t1 = "The conference was held on May 2, officials said."
    t2 = "The conference met on May 2 and will meet again, officials said."
    a1, a2 = article("a1", t1, "2013-05-07", "Times"), article("a2", t2, "2013-05-08", "Post")
    past = DateRef(
        t1.index("May 2"),
        t1.index("May 2") + 5,
        "May 2",
        "DATE",
        "2013-05-02",
        "2013-05-02",
        "2013-05-02",
        "past",
    )
    past2 = DateRef(
        t2.index("May 2"),
        t2.index("May 2") + 5,
        "May 2",
        "DATE",
        "2013-05-02",
        "2013-05-02",
        "2013-05-02",
        "past",
    )
    figs = figures_of((a1, analysed(a1, dates=(past,))), (a2, analysed(a2, dates=(past2,))))
    assert [f for f in figs if f.kind == "date"] == []


def test_figures_geneva2_death_toll_and_conference_date():
    folder = SHARED / "corpus" / "geneva2"
    if not folder.exists():
        pytest.skip(f"shared data not available: {folder}")
    from storyline.analyse.run import analyse_articles
    from storyline.clean import clean
    from storyline.models import RawArticle
    from storyline.readers import read

    articles = [clean(item) for item in read(folder) if isinstance(item, RawArticle)]
    analyses = {a.article_id: a for a in analyse_articles(articles)}
    figs = build_figures(articles, analyses)
    toll = next(f for f in figs if f.measure == "death toll")
    assert len({p.article for p in toll.points}) >= 2 and {70000, 94000} <= {p.value for p in toll.points}
    conference = next(f for f in figs if f.figure.label == "planned date of the conference")
    assert len({p.value for p in conference.points}) >= 2


def test_figures_a_date_that_belongs_to_another_action_is_not_the_events_date():
    t1 = "The conference could be held in late May, officials said."
    t2 = "A delegation is set to see officials on Monday to discuss the conference, a source said."
    a1, a2 = article("a1", t1, "2013-05-07", "Times"), article("a2", t2, "2013-05-17", "Post")
    figs = figures_of(
        (a1, analysed(a1, dates=(future(t1, "late May", "2013-05", "2013-05-21", "2013-05-31"),))),
        (a2, analysed(a2, dates=(future(t2, "Monday", "2013-05-20", "2013-05-20", "2013-05-20"),))),
    )
    assert [f for f in figs if f.kind == "date"] == []


TIED = """
import sys
from storyline.models import Analysis, Article, Claim, Published, Span
from storyline.reconstruct.figures import build_figures

texts = ["Sales rose to 40 units in the north.", "Output rose to 41 units in the south."]
concepts = ["widgets sold", "sold widgets"]
articles, analyses = [], {}
for i, (text, concept) in enumerate(zip(texts, concepts)):
    a = Article(f"a{i}", f"a{i}.txt", text, outlet="Post", published=Published.exact("2020-01-0" + str(i + 1), "metadata"))
    start = text.index("4")
    c = Claim(start, start + 8, text[start : start + 8], 40.0 + i, unit="units", concept=concept)
    articles.append(a)
    analyses[a.id] = Analysis(a.id, sentences=(Span(0, len(text)),), claims=(c,))
print([v.figure.label for v in build_figures(articles, analyses)])
"""


def test_figures_a_tie_between_concepts_gives_the_same_label_whatever_the_hash_seed():
    import os
    import subprocess
    import sys

    labels = {
        subprocess.run(
            [sys.executable, "-c", TIED],
            env={**os.environ, "PYTHONHASHSEED": str(seed)},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in range(6)
    }
    assert labels == {"['sold widgets']\n"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Aides expect Congress to act on the ferry bill next week.",
        "The bill will go to the Congress next week, aides said.",
        "Aides said the ferry bill will reach Congress next week.",
    ],
)
def test_figures_a_body_named_like_an_event_has_no_planned_date(sentence: str) -> None:
    a1, a2 = article("a1", sentence, "2013-05-07", "Times"), article("a2", sentence, "2013-05-20", "Post")
    figs = figures_of(
        (a1, analysed(a1, dates=(future(sentence, "next week", "2013-W20", "2013-05-13", "2013-05-19"),))),
        (a2, analysed(a2, dates=(future(sentence, "next week", "2013-W22", "2013-05-27", "2013-06-02"),))),
    )
    assert [f.figure.label for f in figs if f.kind == "date"] == []


def test_figures_a_planned_congress_keeps_its_double_s():
    t1 = "The party congress will open next week, officials said."
    t2 = "The party congress will now open in June, officials said."
    a1, a2 = article("a1", t1, "2013-05-07", "Times"), article("a2", t2, "2013-05-20", "Post")
    figs = figures_of(
        (a1, analysed(a1, dates=(future(t1, "next week", "2013-W20", "2013-05-13", "2013-05-19"),))),
        (a2, analysed(a2, dates=(future(t2, "June", "2013-06", "2013-06-01", "2013-06-30"),))),
    )
    assert [f.figure.label for f in figs if f.kind == "date"] == ["planned date of the congress"]


def test_figures_report_an_article_giving_a_value_twice_as_one_disagreement():
    t1 = "The outbreak has killed 81 people, officials said, and the 81 deaths were all in the capital."
    t2 = "Doctors now say 103 people have died in the outbreak."
    a1, a2 = article("a1", t1, "2013-05-07", "Times"), article("a2", t2, "2013-05-07", "Post")
    (fig,) = figures_of(
        (
            a1,
            analysed(
                a1,
                claim(t1, "81 people", 81, "people", concept="killed"),
                claim(t1, "81 deaths", 81, "deaths", concept="killed"),
            ),
        ),
        (a2, analysed(a2, claim(t2, "103 people", 103, "people", concept="died"))),
    )
    assert len(fig.conflicts) == 2
    assert [(a.article, a.value, b.article, b.value) for a, b in distinct_conflicts(fig)] == [
        ("a1", 81, "a2", 103)
    ]


@pytest.mark.parametrize(
    ("sentence", "date", "noun", "moved"),
    [
        (
            "Ahead of the election, rebels moved to the capital in early November.",
            "early November",
            "election",
            False,
        ),
        (
            "The summit will discuss the shift to clean energy in mid-November.",
            "mid-November",
            "summit",
            False,
        ),
        ("The vote was postponed to mid-November.", "mid-November", "vote", True),
        ("They moved the summit to June.", "June", "summit", True),
    ],
)
def test_figures_a_date_is_moved_only_when_its_cue_is_joined_right_before_it(
    sentence: str, date: str, noun: str, moved: bool
) -> None:
    assert said_moved(sentence, sentence.index(date), noun) is moved


@pytest.mark.parametrize(
    ("sentence", "date", "noun"),
    [
        ("The board postponed the vote until after 5 May.", "5 May", "vote"),
        ("The ministry shifts the launch to June.", "June", "launch"),
        ("The council delayed the vote to at least 2015.", "2015", "vote"),
    ],
)
def test_figures_a_moved_date_may_follow_after_or_at_least(sentence: str, date: str, noun: str) -> None:
    assert said_moved(sentence, sentence.index(date), noun)


@pytest.mark.parametrize(
    ("text", "words", "value", "unit", "counts"),
    [
        (
            "The captain said it was one of the worst storms the port had seen.",
            "one of the worst storms",
            1,
            "worst storms",
            False,
        ),
        (
            "The yard had sold all but one of the old ferries by May.",
            "one of the old ferries",
            1,
            "old ferries",
            False,
        ),
        ("The captain died at the age of 71 in Bergen.", "71", 71, "age", False),
        ("The crew did not call 112 until the fire had spread.", "call 112", 112, None, False),
        ("The court heard a recording of the 112 call from the quay.", "112 call", 112, "call", False),
        ("The index fell below the 3,000 mark on Friday.", "3,000 mark", 3000, "mark", False),
        ("The airline flies a 50-seat plane to the islands.", "50-seat", 50, "seat", False),
        (
            "One of the crew was taken to hospital, and 40 cases were confirmed.",
            "40 cases",
            40,
            "cases",
            True,
        ),
        ("The fever has now infected the 300 people on board.", "300 people", 300, "people", True),
        ("The port called 300 workers back to the quay.", "300 workers", 300, "workers", True),
        ("One person died in the fire at the quay.", "One person", 1, "person", True),
        (
            "Half of the ferry crews stayed at home on Friday.",
            "Half of the ferry crews",
            0.5,
            "ferry crews",
            False,
        ),
        ("A third of the islanders have left.", "A third of the islanders", 1 / 3, "islanders", False),
        ("Fares rose by 0.5 percent in May.", "0.5 percent", 0.5, "percent", True),
    ],
)
def test_figures_a_number_that_counts_nothing_is_no_point(
    text: str, words: str, value: float, unit: str | None, counts: bool
) -> None:
    pairs = [
        (a := article(aid, text, day, "Wire"), analysed(a, claim(text, words, value, unit, concept="crew")))
        for aid, day in (("a1", "2013-05-07"), ("a2", "2013-05-08"))
    ]
    assert bool(figures_of(*pairs)) is counts


@pytest.mark.parametrize(
    ("text", "words", "value", "unit"),
    [
        ("Rescuers are still looking for the 12 missing after the landslide.", "12 missing", 12, "missing"),
        ("Police called 150 to the scene after the blast.", "150", 150, None),
        ("The union called 500 out on strike on Monday.", "500", 500, None),
    ],
)
def test_figures_a_count_after_the_or_a_call_verb_is_still_a_count(
    text: str, words: str, value: float, unit: str | None
) -> None:
    start = text.index(words)
    claim = Claim(start, start + len(words), words, value, unit)
    assert not names_no_count(text, claim)
