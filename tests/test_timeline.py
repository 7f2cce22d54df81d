"""Timeline building on small hand-made articles (no spaCy), and on the geneva2 seed story when it is there."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from storyline.models import Analysis, Article, DateRef, Published, Span
from storyline.reconstruct.timeline import build_timeline

SHARED = Path(__file__).resolve().parents[2] / "shared"


def make(
    aid: str, text: str, day: str | None, outlet: str, dates: dict[str, str] | None = None, **kw
) -> tuple[Article, Analysis]:
    """An article and its analysis: sentences split at full stops, each ``dates`` phrase resolved to a value."""
    article = Article(
        aid,
        f"{aid}.txt",
        text,
        outlet=outlet,
        published=Published.exact(day, "metadata") if day else Published(),
        **kw,
    )
    spans = tuple(Span(m.start(), m.end()) for m in re.finditer(r"[^.]+\.", text))
    refs = []
    for phrase, value in (dates or {}).items():
        start = text.index(phrase)
        first, last = (value, value) if len(value) == 10 else (f"{value}-01", f"{value}-30")
        refs.append(DateRef(start, start + len(phrase), phrase, "DATE", value, first, last, "past"))
    return article, Analysis(aid, sentences=spans, dates=tuple(refs))


def run(pairs, **kw):
    articles = [a for a, _ in pairs]
    analyses = {a.id: an for a, an in pairs}
    return build_timeline(articles, analyses, **kw)


def test_timeline_dates_an_event_by_the_day_it_describes():
    text = "On May 7 the ministers announced a peace conference in Moscow after long talks."
    entries = run([make("a1", text, "2013-05-17", "Times", {"May 7": "2013-05-07"})])
    assert [e.date for e in entries] == ["2013-05-07"]


def test_timeline_entry_cites_the_exact_words():
    text = "Some opening words here are not dated at all today. On May 7 the ministers announced a conference in Moscow."
    article, analysis = make("a1", text, "2013-05-17", "Times", {"May 7": "2013-05-07"})
    entries = run([(article, analysis)], units=("day",))
    cited = [c for e in entries if e.date == "2013-05-07" for s in e.sentences for c in s.citations]
    assert [text[c.start : c.end] for c in cited] == [
        "On May 7 the ministers announced a conference in Moscow."
    ]


def test_timeline_same_event_from_two_outlets_is_one_entry_citing_both():
    pairs = [
        make(
            "a1",
            "On May 7 Kerry and Lavrov agreed to convene a Syria peace conference.",
            "2013-05-08",
            "Times",
            {"May 7": "2013-05-07"},
        ),
        make(
            "a2",
            "On May 7 Kerry and Lavrov agreed to convene an international Syria peace conference.",
            "2013-05-09",
            "Post",
            {"May 7": "2013-05-07"},
        ),
    ]
    entries = run(pairs, per_date=2)
    assert len(entries) == 1 and len(entries[0].sentences) == 1
    assert {c.article for c in entries[0].sentences[0].citations} == {"a1", "a2"}


def test_timeline_keeps_the_dates_more_sources_report_within_the_budget():
    pairs = [
        make(
            "a1",
            "On June 10 the delegations met in Geneva for the first round of talks.",
            None,
            "Times",
            {"June 10": "2013-06-10"},
        ),
        make(
            "a2",
            "The Geneva meeting on June 10 brought the delegations together for talks.",
            None,
            "Post",
            {"June 10": "2013-06-10"},
        ),
        make(
            "a3",
            "On March 3 a minor official visited the border crossing near the city.",
            None,
            "Post",
            {"March 3": "2013-03-03"},
        ),
    ]
    entries = run(pairs, max_dates=1)
    assert [e.date for e in entries] == ["2013-06-10"]


def test_timeline_gives_at_most_per_date_sentences():
    text = (
        "On May 7 the ministers announced a peace conference in Moscow. "
        "On May 7 rebels seized an airbase in the north of the country. "
        "On May 7 oil prices fell sharply on world markets after the news."
    )
    pairs = [
        make(
            "a1",
            text,
            None,
            "Times",
            {"On May 7 the": "2013-05-07", "On May 7 rebels": "2013-05-07", "On May 7 oil": "2013-05-07"},
        )
    ]
    assert [len(e.sentences) for e in run(pairs, per_date=2)] == [2]


def test_timeline_query_keeps_only_matching_sentences():
    text = "On May 7 the ministers announced a peace conference in Moscow. On May 9 the football season ended with a big final."
    pairs = [make("a1", text, None, "Times", {"May 7": "2013-05-07", "May 9": "2013-05-09"})]
    assert [e.date for e in run(pairs, query=["conference"])] == ["2013-05-07"]


def test_timeline_does_not_count_a_duplicate_copy():
    text = "On May 7 the ministers announced a peace conference in Moscow after talks."
    pairs = [
        make("a1", text, None, "Times", {"May 7": "2013-05-07"}),
        make("a2", text, None, "Copycat", {"May 7": "2013-05-07"}, duplicate_of="a1"),
    ]
    cited = {c.article for e in run(pairs) for s in e.sentences for c in s.citations}
    assert cited == {"a1"}


def test_timeline_month_entry_spans_its_month():
    text = "The communique agreed in Geneva last June called for a transitional government."
    entries = run([make("a1", text, "2013-05-17", "Times", {"last June": "2012-06"})])
    assert [(e.date, e.earliest, e.latest) for e in entries] == [("2012-06", "2012-06-01", "2012-06-30")]


def test_timeline_undated_lead_sentence_reports_its_publication_day():
    text = "Rebels seized the northern airbase after a long siege by government troops."
    entries = run([make("a1", text, "2013-05-17", "Times")], max_dates=1, units=("day",))
    assert [e.date for e in entries] == ["2013-05-17"]


def test_timeline_between_keeps_dates_inside_the_interval():
    text = (
        "On May 7 the ministers announced a conference. On June 10 the delegations met in Geneva for talks."
    )
    pairs = [make("a1", text, None, "Times", {"May 7": "2013-05-07", "June 10": "2013-06-10"})]
    assert [e.date for e in run(pairs, between=("2013-06-01", "2013-06-30"))] == ["2013-06-10"]


def test_timeline_geneva2_runs_in_order_from_the_moscow_announcement_to_november():
    """The dated articles' events: the May 7 announcement in Moscow, the Bali agreement of October 7 and the
    conference planned for November, in order, every sentence cited. (The undated articles' relative dates
    resolve only once their publication days are inferred, which happens before analysis, not here.)"""
    folder = SHARED / "corpus" / "geneva2"
    if not folder.exists():
        pytest.skip(f"shared data not available: {folder}")
    from storyline.analyse.run import analyse_articles
    from storyline.clean import clean
    from storyline.models import RawArticle
    from storyline.readers import read

    articles = [clean(item) for item in read(folder) if isinstance(item, RawArticle)]
    analyses = {a.article_id: a for a in analyse_articles(articles)}
    entries = build_timeline(articles, analyses, max_dates=10, per_date=2)
    texts = {a.id: a.text for a in articles}
    assert [e.earliest for e in entries] == sorted(e.earliest for e in entries)
    told = {e.date: " ".join(s.text for s in e.sentences) for e in entries}
    assert "Kerry" in told.get("2013-05-07", "") and "conference" in told.get("2013-11", "")
    assert "agreed" in told.get("2013-10-07", "")
    for entry in entries:
        for sentence in entry.sentences:
            c = sentence.citations[0]
            assert " ".join(texts[c.article][c.start : c.end].split()) == sentence.text
