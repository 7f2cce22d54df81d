"""The course of a figure (``figure_course``) and how the summary tells it (``summary.fuse``): rises, revisions,
old values repeated, and an unchanged value that is no move. Hand-made points, no spaCy."""

from __future__ import annotations

from storyline.models import Citation, Figure
from storyline.reconstruct.figure_course import course, told
from storyline.reconstruct.figures import FigurePoint, FigureView
from storyline.reconstruct.summary import fuse, key_figures


def point(
    n: int, day: str, value: float, qualifier: str = "=", *, upper: float | None = None, **kw
) -> FigurePoint:
    aid = f"a{n}"
    return FigurePoint(
        aid, "Wire", day, value, f"{value:g}", Citation(aid, 0, 5), upper=upper, qualifier=qualifier, **kw
    )


def view(*points: FigurePoint, label: str = "flu deaths in Norway", cumulative: bool = True) -> FigureView:
    return FigureView(
        Figure("f-1", label, "deaths", ()),
        "quantity",
        points,
        changed=True,
        cumulative=cumulative,
        measure="death toll" if cumulative else None,
    )


RISE_AND_REVISION = view(
    point(1, "2009-04-24", 60, "<="),
    point(2, "2009-04-24", 60, "~"),
    point(3, "2009-04-27", 103),
    point(4, "2009-04-28", 149, "<="),
    point(5, "2009-04-28", 149),
    point(6, "2009-04-30", 176, "<="),
    point(7, "2009-05-02", 159, status="suspected"),
    point(8, "2009-05-02", 16, status="confirmed"),
    point(9, "2009-05-03", 19, status="confirmed"),
    point(10, "2009-05-06", 29, status="confirmed"),
    point(11, "2009-05-10", 45),
)


def test_course_a_count_rises_then_is_revised_to_the_confirmed_count():
    steps = course(RISE_AND_REVISION)
    assert [(s.point.value, s.move) for s in steps] == [
        (60, "first"),
        (103, "rose"),
        (149, "rose"),
        (176, "rose"),
        (159, "revised"),
        (19, "revised"),
        (29, "rose"),
        (45, "rose"),
    ]


def test_course_an_old_value_repeated_once_is_not_a_move():
    steps = course(
        view(
            point(1, "2010-01-15", 50000),
            point(2, "2010-01-18", 150000),
            point(3, "2010-01-19", 50000),
            point(4, "2010-01-20", 150000),
            point(5, "2010-01-20", 150000),
        )
    )
    assert [s.point.value for s in steps] == [50000, 150000]


def test_course_a_vaguer_statement_holding_the_value_is_not_a_move():
    steps = course(view(point(1, "2010-01-15", 50000), point(2, "2010-01-16", 10000, "range", upper=100000)))
    assert [s.point.value for s in steps] == [50000]


def test_course_an_unchanged_value_is_no_fall():
    same = view(
        point(1, "2011-03-01", 11, unit="people"),
        point(2, "2011-03-02", 11, unit="workers"),
        cumulative=False,
    )
    assert len(course(same)) == 1 and key_figures([same]) == []


def test_course_a_lower_value_of_a_measure_that_is_no_count_falls():
    price = view(
        point(1, "2011-03-01", 100), point(2, "2011-03-02", 80), point(3, "2011-03-03", 80), cumulative=False
    )
    assert [s.move for s in course(price)] == ["first", "fell"]


def test_told_keeps_the_peak_before_a_revision_and_where_it_ended():
    steps = told(course(RISE_AND_REVISION), limit=5, cumulative=True)
    assert [(s.point.value, s.move) for s in steps] == [
        (60, "first"),
        (103, "rose"),
        (176, "rose"),
        (19, "revised"),
        (45, "rose"),
    ]


def test_fuse_tells_the_rise_the_revision_and_the_latest_count():
    text = fuse(RISE_AND_REVISION).text
    assert text.startswith("Flu deaths in Norway rose from about 60 (Wire, 2009-04-24) to ")
    assert (
        "176 (Wire, 2009-04-30), were revised down to 19 confirmed (Wire, 2009-05-03), then rose to 45"
        in text
    )


def test_fuse_tells_vague_amounts_as_written():
    quake = view(
        point(1, "2010-01-13", 1000, "range", upper=10000),
        point(2, "2010-01-14", 10000, "range", upper=100000),
        point(3, "2010-01-18", 150000, "<="),
        point(4, "2010-01-19", 150000, "<="),
        label="quake deaths in Iceland",
    )
    assert fuse(quake).text == (
        "Quake deaths in Iceland rose from thousands (Wire, 2010-01-13) to tens of thousands (Wire, 2010-01-14)"
        " and up to 150,000 (Wire, 2010-01-18)."
    )


def test_key_figures_leave_out_a_course_that_rose_and_fell():
    mixed = view(
        point(1, "2011-03-01", 100),
        point(2, "2011-03-03", 300),
        point(3, "2011-03-04", 300),
        point(4, "2011-03-06", 50),
        point(5, "2011-03-07", 50),
        cumulative=False,
    )
    mixed = FigureView(mixed.figure, "quantity", mixed.points, True, (), False, "fighters")
    assert [s.move for s in course(mixed)] == ["first", "rose", "fell"] and key_figures([mixed]) == []


def test_fuse_tells_an_upper_bound_right_after_to_as_at_most():
    deaths = view(
        point(1, "2009-04-24", 60, "~"),
        point(2, "2009-04-27", 103),
        point(3, "2009-04-27", 103),
        point(4, "2009-04-30", 176),
        point(5, "2009-04-30", 176),
        point(6, "2009-05-03", 19, "<=", status="confirmed"),
        point(7, "2009-05-03", 19, "<=", status="confirmed"),
    )
    text = fuse(deaths).text
    assert "revised down to at most 19 confirmed (Wire, 2009-05-03)" in text and "to up to" not in text
