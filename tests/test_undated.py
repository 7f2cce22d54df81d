"""Undated articles dated by the cross-article step, through the real pipeline (spaCy analysis included)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from storyline.across.undated import unresolved
from storyline.models import DateRef
from storyline.pipeline import ingest
from storyline.store import Store

from .test_dating import GENEVA, RESOLVED, TRUE_DAYS

DATED = (
    "Norwegian minister in Reykjavik for cod talks\n\nMarch 2, 2021\n\n"
    "The Norwegian fisheries minister arrived in Reykjavik on Tuesday for talks on cod quotas with the "
    "Icelandic premier.\n\nThe visit was the first by a Norwegian fisheries minister to Reykjavik since the "
    "cod quota dispute began.\n"
)
UNDATED = (
    "Cod quota deal in sight\n\nNew cod quotas were first discussed during the Norwegian fisheries minister's "
    "visit to Reykjavik last week, Icelandic officials said on Friday.\n\nBoth sides expect a deal on cod "
    "quotas soon, the Icelandic premier said.\n"
)


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")
    return folder / name


def snapshot(store: Store) -> dict[str, tuple]:
    """Every article's publication date and date expressions, by title."""
    articles = store.articles()
    analyses = store.analyses([a.id for a in articles])
    return {a.title or a.id: (a.published, analyses[a.id].dates) for a in articles}


def by_title(store: Store, title: str):
    article = next(a for a in store.articles() if a.title == title)
    return article, store.analyses([article.id])[article.id].dates


def test_crossref_later_dated_neighbour_dates_an_undated_article(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.db")
    ingest([write(tmp_path / "a", "undated.txt", UNDATED)], store)
    article, refs = by_title(store, "Cod quota deal in sight")
    assert article.published.method == "unknown"
    assert [r.value for r in refs] == [None, None]

    ingest([write(tmp_path / "b", "dated.txt", DATED)], store)
    article, refs = by_title(store, "Cod quota deal in sight")
    published = article.published
    # the visit was on Tuesday March 2: "last week" is the week of March 8, "said on Friday" March 12 or after
    assert (published.method, published.date, published.earliest, published.latest) == (
        "inferred", "2021-03-12", "2021-03-12", "2021-03-14",
    )  # fmt: skip
    assert [(r.text, r.value) for r in refs] == [("last week", "2021-W09"), ("Friday", "2021-03-12")]
    assert all(article.text[r.start : r.end] == r.text for r in refs)


def test_crossref_dating_is_the_same_in_one_batch_or_two_and_on_reingest(tmp_path: Path) -> None:
    undated = write(tmp_path / "in", "undated.txt", UNDATED)
    dated = write(tmp_path / "in", "dated.txt", DATED)
    together = Store(tmp_path / "one.db")
    ingest([tmp_path / "in"], together)
    apart = Store(tmp_path / "two.db")
    ingest([dated], apart)
    ingest([undated], apart)
    before = snapshot(together)
    assert before == snapshot(apart)
    report = ingest([tmp_path / "in"], together)
    assert (report.added, snapshot(together)) == (0, before)


def test_crossref_story_span_takes_in_a_day_inferred_in_a_later_chunk(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.db")
    ingest([write(tmp_path / "a", "undated.txt", UNDATED)], store)
    ingest([write(tmp_path / "b", "dated.txt", DATED)], store)
    article, _ = by_title(store, "Cod quota deal in sight")
    story = store.stories.story(store.stories.story_of(article.id))
    assert (story.first, story.last) == ("2021-03-02", "2021-03-12")


def test_crossref_store_made_before_story_spans_reads_the_same_spans_once_upgraded(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    with Store(path) as store:
        ingest([write(tmp_path / "a", "undated.txt", UNDATED)], store)
        ingest([write(tmp_path / "b", "dated.txt", DATED)], store)
        before = store.stories.stories()
        store.conn.execute("DROP TABLE story_spans")
        store.conn.execute("DELETE FROM _migrations WHERE name = '0011_story_spans'")
    with Store(path, readonly=True) as reader:
        assert reader.stories.stories() == before


def test_crossref_unresolved_drops_values_of_relative_expressions_only() -> None:
    relative = DateRef(0, 6, "Friday", "DATE", "2021-03-12", "2021-03-12", "2021-03-12", "past")
    now = DateRef(7, 10, "now", "DATE", "PRESENT_REF", "2021-03-12", "2021-03-12", "present")
    fixed = DateRef(11, 22, "May 7, 2013", "DATE", "2013-05-07", "2013-05-07", "2013-05-07", "absolute")
    assert [(r.value, r.earliest) for r in map(unresolved, [relative, now, fixed])] == [
        (None, None), ("PRESENT_REF", None), ("2013-05-07", "2013-05-07"),
    ]  # fmt: skip


# --- geneva2 through the pipeline ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def geneva_store(tmp_path_factory):
    if not GENEVA.is_dir():
        pytest.skip(f"geneva2 corpus not found at {GENEVA}")
    store = Store(tmp_path_factory.mktemp("geneva") / "s.db")
    ingest([GENEVA], store)
    return store


def stored(store: Store, name: str):
    article = next(a for a in store.articles() if Path(a.source).name.startswith(name))
    return article, store.analyses([article.id])[article.id].dates


def test_crossref_geneva2_explicit_dates_stay(geneva_store):
    assert [stored(geneva_store, n)[0].published.date for n in ("001", "002")] == ["2013-05-07", "2013-10-07"]


@pytest.mark.parametrize("name", sorted(TRUE_DAYS))
def test_crossref_geneva2_undated_article_is_dated_within_days(geneva_store, name):
    published = stored(geneva_store, name)[0].published
    assert published.method == "inferred"
    earliest, latest = date.fromisoformat(published.earliest), date.fromisoformat(published.latest)
    assert all(earliest <= day <= latest for day in TRUE_DAYS[name])
    assert (latest - earliest).days <= 6
    best = date.fromisoformat(published.date)
    assert min(abs((best - day).days) for day in TRUE_DAYS[name]) <= 3


@pytest.mark.parametrize("name", sorted(RESOLVED))
def test_crossref_geneva2_stored_relative_dates_use_the_inferred_day(geneva_store, name):
    article, refs = stored(geneva_store, name)
    for words, before, value in RESOLVED[name]:
        match = [
            r
            for r in refs
            if r.text == words and " ".join(article.text[: r.start].split()).endswith(before.strip())
        ]
        assert match and match[0].value == value, (words, before, [r.value for r in match])
