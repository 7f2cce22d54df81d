"""Publication-date inference: hand-made articles (no model), then the geneva2 seed articles."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from storyline.across.dating import infer_published
from storyline.analyse.dates import find_dates, resolve_all
from storyline.models import Article, DateRef, Published

GENEVA = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "geneva2"

DATED_TEXT = (
    "The Norwegian fisheries minister arrived in Reykjavik on Tuesday for talks on cod quotas with "
    "the Icelandic premier.\n\nThe visit was the first by a Norwegian minister since the dispute began."
)
UNDATED_TEXT = (
    "New cod quotas were first discussed during the Norwegian fisheries minister's visit to Reykjavik "
    "last week, officials said on Friday.\n\nBoth sides expect a deal soon."
)


def ref(text: str, needle: str, anchor: str, value: str | None = None, day: str | None = None) -> DateRef:
    start = text.index(needle)
    return DateRef(start, start + len(needle), needle, "DATE", value, day, day, anchor)


def dated_article() -> tuple[Article, list[DateRef]]:
    article = Article(
        id="a-dated", source="x", text=DATED_TEXT, published=Published.exact("2021-03-02", "byline")
    )
    return article, [ref(DATED_TEXT, "Tuesday", "past", "2021-03-02", "2021-03-02")]


def undated_article() -> tuple[Article, list[DateRef]]:
    article = Article(id="a-undated", source="y", text=UNDATED_TEXT)
    return article, [ref(UNDATED_TEXT, "last week", "past"), ref(UNDATED_TEXT, "Friday", "past")]


def test_dating_event_last_week_dates_article_to_the_week_after():
    article, refs = undated_article()
    published = infer_published(article, refs, [dated_article()])
    # "last week" puts it in the week of March 8; "said on Friday" on or after Friday March 12
    assert (published.method, published.earliest, published.latest) == (
        "inferred",
        "2021-03-12",
        "2021-03-14",
    )
    assert published.date is not None and published.earliest <= published.date <= published.latest


def test_dating_without_a_matching_event_stays_unknown():
    article, refs = undated_article()
    other = Article(id="a-other", source="z", text="Wheat prices rose sharply in Chicago trading on Monday.",
                    published=Published.exact("2021-03-02", "byline"))  # fmt: skip
    assert infer_published(article, refs, [(other, [])]) == Published()


def test_dating_is_revised_when_a_dated_neighbour_arrives():
    article, refs = undated_article()
    before = infer_published(article, refs, [])
    after = infer_published(article, refs, [dated_article()])
    assert (before.method, after.method) == ("unknown", "inferred")


def test_dating_keeps_an_explicit_date():
    article, refs = dated_article()
    assert infer_published(article, refs, [undated_article()]) == article.published


# --- geneva2: two dated articles, three undated ones --------------------------------------------------------------

TRUE_DAYS = {  # the days each article came out (004 went online on the evening of the 7th, in print on the 8th)
    "000": {date(2013, 5, 17)},
    "003": {date(2013, 11, 17)},
    "004": {date(2013, 5, 7), date(2013, 5, 8)},
}
HEADER_LINES = 6


@pytest.fixture(scope="module")
def geneva():
    if not GENEVA.is_dir():
        pytest.skip(f"geneva2 corpus not found at {GENEVA}")
    from storyline.analyse.nlp import load_nlp

    nlp = load_nlp()
    articles = []
    for path in sorted(GENEVA.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        doc = nlp(text)
        refs = find_dates(doc, None)
        day = byline_day(text, refs)
        published = Published.exact(day.isoformat(), "byline") if day else Published()
        if day:
            refs = find_dates(doc, day)
        articles.append((Article(id=path.name[:3], source=str(path), text=text, published=published), refs))
    dated = [(a, r) for a, r in articles if a.published.date]
    inferred = {a.id: infer_published(a, r, dated) for a, r in articles}
    return articles, inferred


def byline_day(text: str, refs: list[DateRef]) -> date | None:
    """A crude header split: the first full date among the first few non-empty lines."""
    lines = [i for i, line in enumerate(text.splitlines(keepends=True)) if line.strip()][:HEADER_LINES]
    header_end = sum(len(line) for line in text.splitlines(keepends=True)[: (lines[-1] + 1) if lines else 0])
    for r in refs:
        if r.start < header_end and r.anchor == "absolute" and r.earliest and r.earliest == r.latest:
            return date.fromisoformat(r.earliest)
    return None


def test_dating_geneva2_two_articles_carry_their_date(geneva):
    _, inferred = geneva
    assert (inferred["001"].date, inferred["002"].date) == ("2013-05-07", "2013-10-07")


@pytest.mark.parametrize("name", sorted(TRUE_DAYS))
def test_dating_geneva2_undated_article_interval_holds_its_day(geneva, name):
    _, inferred = geneva
    published = inferred[name]
    assert published.method == "inferred"
    earliest, latest = date.fromisoformat(published.earliest), date.fromisoformat(published.latest)
    assert all(earliest <= day <= latest for day in TRUE_DAYS[name])
    best = date.fromisoformat(published.date)
    assert min(abs((best - day).days) for day in TRUE_DAYS[name]) <= 3


RESOLVED = {  # (expression, words just before it) -> the day or value it must resolve to
    "000": [("Thursday", "said ", "2013-05-16"), ("Wednesday", "said on ", "2013-05-15"),
            ("last week", "Moscow ", "2013-W19"), ("last June", "Geneva ", "2012-06")],
    "003": [("Monday", "agreed ", "2013-11-11"), ("Monday", "Moscow on ", "2013-11-18"),
            ("Nov. 25", "on ", "2013-11-25"), ("Thursday", "telephone ", "2013-11-14"),
            ("next week", "Moscow ", "2013-W47"), ("May", "in ", "2013-05")],
    "004": [("Friday", "on ", "2013-05-10"), ("the end of the month", "by ", "2013-05"),
            ("last year", "Geneva ", "2012")],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(RESOLVED))
def test_dating_geneva2_relative_dates_resolve_once_dated(geneva, name):
    articles, inferred = geneva
    article, refs = next((a, r) for a, r in articles if a.id == name)
    resolved = resolve_all(refs, article.text, date.fromisoformat(inferred[name].date))
    for words, before, value in RESOLVED[name]:
        match = [
            r
            for r in resolved
            if r.text == words and " ".join(article.text[: r.start].split()).endswith(before.strip())
        ]
        assert match and match[0].value == value, (words, before, [r.value for r in match])


def test_dating_earlier_in_the_day_dates_like_an_untimed_report_of_the_event():
    untimed = "The Norwegian fisheries minister arrived in Reykjavik for talks on cod quotas with the Icelandic premier."
    timed = untimed.replace("Reykjavik for", "Reykjavik earlier in the day for")
    plain = infer_published(Article(id="a-plain", source="p", text=untimed), [], [dated_article()])
    anaphor = Article(id="a-anaphor", source="q", text=timed)
    found = infer_published(anaphor, [ref(timed, "earlier in the day", "past")], [dated_article()])
    assert (found.method, found.earliest, found.latest) == ("inferred", plain.earliest, plain.latest)
